"""Prefixed identifiers: ``<prefix>_`` followed by 24 lowercase base32 characters.

Ids sort by creation time: the first 10 characters encode the millisecond timestamp in an
order-preserving base32 alphabet (``234567a…z``, ASCII order), the other 14 are random (70 bits).
So ``ORDER BY id`` is creation order and any id-shaped string is a valid pagination position.
"""

from __future__ import annotations

import base64
import secrets
import threading
import time

#: API keys: ``relay_sk_`` + a 12-character lookup prefix (stored) + a 32-character secret (never stored)
KEY_PREFIX = "relay_sk_"
_SORTED_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_lock = threading.Lock()
_last_ms = 0
_last_rand = 0


def random_b32(nbytes: int = 15) -> str:
    """Lowercase base32 without padding; 15 bytes give exactly 24 characters."""
    return base64.b32encode(secrets.token_bytes(nbytes)).decode("ascii").rstrip("=").lower()


def _encode(value: int, width: int) -> str:
    chars = []
    for _ in range(width):
        chars.append(_SORTED_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def id_before(prefix: str, ms: int) -> str:
    """A position sorting below every id of ``prefix`` made at or after ``ms`` and above every one made
    before it (range deletions by age)."""
    return f"{prefix}_{_encode(ms, 10)}"


def new_id(prefix: str) -> str:
    """A time-ordered id; ids made by one process in the same millisecond stay strictly increasing."""
    global _last_ms, _last_rand
    with _lock:
        ms = int(time.time() * 1000)
        if ms <= _last_ms:
            ms = _last_ms
            rand = _last_rand + 1 + secrets.randbelow(1 << 20)
        else:
            rand = secrets.randbits(70)
        if rand >= 1 << 70:  # pragma: no cover - 2^50 ids in one millisecond
            ms += 1
            rand = secrets.randbits(70)
        _last_ms, _last_rand = ms, rand
    return f"{prefix}_{_encode(ms, 10)}{_encode(rand, 14)}"
