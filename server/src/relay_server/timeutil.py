"""RFC 3339 timestamps (UTC, millisecond precision) to and from epoch milliseconds."""

from __future__ import annotations

import time
from datetime import UTC, datetime


def iso(ms: int | None) -> str | None:
    if ms is None:
        return None
    seconds, millis = divmod(ms, 1000)
    t = time.gmtime(seconds)  # several times cheaper than datetime + strftime, on every response
    return (
        f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}"
        f".{millis:03d}Z"
    )


def iso_required(ms: int) -> str:
    out = iso(ms)
    assert out is not None
    return out


def parse_iso_ms(value: str) -> int:
    dt = datetime.fromisoformat(value.replace("z", "Z").replace("t", "T").replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return int(dt.timestamp() * 1000)
