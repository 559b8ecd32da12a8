"""Secret redaction by field name and by value pattern."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

REDACTED = "[REDACTED]"

_SECRET_NAME = re.compile(
    r"(passw(or)?d|passphrase|secret|token|authorization|api[_-]?key|credential|cookie|private[_-]?key"
    r"|access[_-]?key|client[_-]?secret|code[_-]?verifier|^code$|signature)",
    re.IGNORECASE,
)
_SECRET_VALUE = re.compile(
    r"(relay_sk_[A-Za-z0-9_]+|whsec_[A-Za-z0-9+/=]+|ct_v1\.[A-Za-z0-9_.-]+|(?i:bearer)\s+[A-Za-z0-9._~+/=-]+"
    r"|eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)"
)


@lru_cache(maxsize=4096)  # field names repeat on every request; the regex search is the cost
def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name)) and name.lower() != "idempotency_key"


def redact_string(value: str) -> str:
    return _SECRET_VALUE.sub(REDACTED, value)


def redact(value: Any, _depth: int = 0) -> Any:
    if _depth > 32:
        return REDACTED
    if isinstance(value, dict):
        return {
            k: (REDACTED if isinstance(k, str) and is_secret_name(k) else redact(v, _depth + 1))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v, _depth + 1) for v in value]
    if isinstance(value, str):
        return redact_string(value)
    return value
