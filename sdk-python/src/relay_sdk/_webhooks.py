"""Standard Webhooks verification (pinned by contract-tests/vectors/webhook_signatures.json).

``verify`` checks, in order: the three headers are present, the timestamp is an integer within the
tolerance (default 5 minutes either way), and one ``v1`` entry of ``webhook-signature`` equals
HMAC-SHA256(secret, "{id}.{timestamp}.{body}") — compared in constant time.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import re
import time
from typing import Any, Callable, Generic, Optional, TypeVar, Union

from ._exceptions import WebhookVerificationError
from ._utils import HeadersLike, get_header

__all__ = ["DEFAULT_TOLERANCE", "Webhooks", "sign", "verify"]

DEFAULT_TOLERANCE = 300
SECRET_PREFIX = "whsec_"
_DIGITS = re.compile(r"[0-9]+")

_T = TypeVar("_T")
Payload = Union[str, bytes, bytearray]


def _key(secret: str) -> bytes:
    raw = secret[len(SECRET_PREFIX) :] if secret.startswith(SECRET_PREFIX) else secret
    try:
        return base64.b64decode(raw, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise WebhookVerificationError(
            "invalid_secret", "The webhook secret is not a whsec_<base64> value."
        ) from exc


def _payload_bytes(payload: Payload) -> bytes:
    return payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)


def _digest(key: bytes, msg_id: str, timestamp: str, body: bytes) -> bytes:
    to_sign = msg_id.encode("utf-8") + b"." + timestamp.encode("ascii") + b"." + body
    return hmac.new(key, to_sign, hashlib.sha256).digest()


def sign(secret: str, msg_id: str, timestamp: Union[int, str], payload: Payload) -> str:
    """The ``v1,<base64>`` signature for one message (what the server sends)."""
    digest = _digest(_key(secret), msg_id, str(timestamp), _payload_bytes(payload))
    return "v1," + base64.b64encode(digest).decode("ascii")


def verify(
    payload: Payload,
    headers: HeadersLike,
    secret: str,
    *,
    tolerance: int = DEFAULT_TOLERANCE,
    now: Optional[float] = None,
) -> None:
    """Raise :class:`WebhookVerificationError` unless the message is authentic and fresh."""
    msg_id = get_header(headers, "webhook-id")
    timestamp = get_header(headers, "webhook-timestamp")
    signature = get_header(headers, "webhook-signature")
    for name, value in (
        ("webhook-id", msg_id),
        ("webhook-timestamp", timestamp),
        ("webhook-signature", signature),
    ):
        if value is None:
            raise WebhookVerificationError("missing_header", f"Missing the {name} header.")
    assert msg_id is not None and timestamp is not None and signature is not None
    timestamp = timestamp.strip()
    if not _DIGITS.fullmatch(timestamp):
        raise WebhookVerificationError("invalid_timestamp", "Invalid webhook-timestamp header.")
    current = time.time() if now is None else now
    sent = int(timestamp)
    if current - sent > tolerance:
        raise WebhookVerificationError("timestamp_too_old", "The webhook timestamp is too old.")
    if sent - current > tolerance:
        raise WebhookVerificationError("timestamp_too_new", "The webhook timestamp is too new.")
    expected = base64.b64encode(_digest(_key(secret), msg_id, timestamp, _payload_bytes(payload)))
    matched = False
    for entry in signature.split(" "):
        version, sep, value = entry.partition(",")
        if sep and version == "v1":
            # no early exit: every entry is compared in constant time
            matched |= hmac.compare_digest(value.encode("ascii", "replace"), expected)
    if not matched:
        raise WebhookVerificationError(
            "invalid_signature", "No webhook-signature entry matches this payload and secret."
        )


class Webhooks(Generic[_T]):
    """``client.webhooks``: verify signed webhook requests and parse them into typed events."""

    def __init__(self, parse_event: Callable[[Any], _T], secret: Optional[str] = None) -> None:
        self._parse_event = parse_event
        self._secret = secret

    def _resolve_secret(self, secret: Optional[str]) -> str:
        resolved = secret or self._secret or os.environ.get("RELAY_WEBHOOK_SECRET")
        if not resolved:
            raise WebhookVerificationError(
                "invalid_secret",
                "No webhook secret: pass secret=... or set the RELAY_WEBHOOK_SECRET "
                "environment variable.",
            )
        return resolved

    def verify(
        self,
        payload: Payload,
        *,
        headers: HeadersLike,
        secret: Optional[str] = None,
        tolerance: int = DEFAULT_TOLERANCE,
        now: Optional[float] = None,
    ) -> None:
        """Raise :class:`WebhookVerificationError` unless the request is authentic and fresh."""
        verify(payload, headers, self._resolve_secret(secret), tolerance=tolerance, now=now)

    def unwrap(
        self,
        payload: Payload,
        *,
        headers: HeadersLike,
        secret: Optional[str] = None,
        tolerance: int = DEFAULT_TOLERANCE,
        now: Optional[float] = None,
    ) -> _T:
        """Verify, then parse the body into its typed event model."""
        self.verify(payload, headers=headers, secret=secret, tolerance=tolerance, now=now)
        try:
            data = json.loads(payload)
            return self._parse_event(data)
        except (ValueError, KeyError, TypeError) as exc:
            raise WebhookVerificationError(
                "invalid_payload", "The webhook body is not a known event."
            ) from exc
