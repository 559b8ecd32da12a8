"""Retry decisions and delays (pinned by contract-tests/vectors/retry_*.json).

Pure functions: no I/O, no clock or randomness of their own (both are passed in), so the request
loop
and the tests share exactly the same logic.
"""

from __future__ import annotations

import calendar
import re
from typing import Literal, Optional, Tuple

from ._utils import HeadersLike, get_header

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "backoff_delay",
    "retry_after",
    "should_retry_error",
    "should_retry_status",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
JITTER_MIN = 0.75

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENCY_IN_PROGRESS = "idempotency_in_progress"

RetryAfterKind = Literal["delay", "backoff", "raise"]

_MS_RE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_SECONDS_RE = re.compile(r"[0-9]+")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_IMF_FIXDATE_RE = re.compile(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), ([0-9]{2}) (" + "|".join(_MONTHS) + r") ([0-9]{4}) "
    r"([0-9]{2}):([0-9]{2}):([0-9]{2}) GMT"
)


def method_allows_retry(method: str, has_idempotency_key: bool) -> bool:
    """Idempotent methods may always be retried; POST/PATCH only with an Idempotency-Key."""
    return method.upper() in IDEMPOTENT_METHODS or has_idempotency_key


def should_retry_error(*, method: str, has_idempotency_key: bool, retries_remaining: int) -> bool:
    """A connection error or timeout: retry when retries remain and the method allows it."""
    return retries_remaining > 0 and method_allows_retry(method, has_idempotency_key)


def should_retry_status(
    *,
    method: str,
    has_idempotency_key: bool,
    status: int,
    problem_code: Optional[str],
    headers: HeadersLike,
    retries_remaining: int,
) -> bool:
    """Whether a response with ``status`` is retried (see contract-tests/vectors/README.md)."""
    if retries_remaining <= 0 or status < 400:
        return False
    if not method_allows_retry(method, has_idempotency_key):
        return False
    should = get_header(headers, "x-should-retry")
    if should == "true":
        return True
    if should == "false":
        return False
    if status == 409:
        return problem_code == IDEMPOTENCY_IN_PROGRESS
    return status in RETRYABLE_STATUSES


def retry_after(headers: HeadersLike, now: float) -> Tuple[RetryAfterKind, float]:
    """The server-requested delay: ``("delay", s)``, ``("raise", s)`` when over 60 s, or
    ``("backoff", 0.0)`` when no usable value was sent."""
    delay: Optional[float] = None
    ms = get_header(headers, "retry-after-ms")
    if ms is not None and _MS_RE.fullmatch(ms.strip()):
        delay = float(ms.strip()) / 1000.0
    else:
        value = get_header(headers, "retry-after")
        if value is not None:
            value = value.strip()
            if _SECONDS_RE.fullmatch(value):
                delay = float(value)
            else:
                when = _parse_imf_fixdate(value)
                if when is not None:
                    delay = when - now
    if delay is None or delay <= 0:
        return ("backoff", 0.0)
    if delay > MAX_RETRY_AFTER:
        return ("raise", delay)
    return ("delay", delay)


def backoff_delay(retry_number: int, random_value: float) -> float:
    """``min(0.5 * 2**n, 8) * jitter`` with jitter = 1 - 0.25 * random_value in [0.75, 1.0]."""
    base = min(INITIAL_RETRY_DELAY * (2.0 ** min(retry_number, 32)), MAX_RETRY_DELAY)
    jitter = 1.0 - (1.0 - JITTER_MIN) * min(max(random_value, 0.0), 1.0)
    return base * jitter


def _parse_imf_fixdate(value: str) -> Optional[float]:
    match = _IMF_FIXDATE_RE.fullmatch(value)
    if match is None:
        return None
    day, month, year, hour, minute, second = match.groups()
    try:
        return float(
            calendar.timegm(
                (int(year), _MONTHS.index(month) + 1, int(day), int(hour), int(minute), int(second))
            )
        )
    except (ValueError, OverflowError):
        return None
