"""Rate-limit buckets shared by every server process on the database (``rate_limits``).

Each bucket is one row holding its GCRA *theoretical arrival time* ``tat`` (seconds since the epoch):
the moment the bucket will be full again. A request is allowed when, charged ``interval`` seconds, the
bucket's ``tat`` stays within ``tau`` (= burst × interval) of now — the same decisions as a token bucket
of ``burst`` tokens refilled one every ``interval`` seconds, in one number, so one statement both decides
and charges. A bucket whose ``tat`` is past is full, exactly as if it had no row (``purge`` drops those).

One ``INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING`` per request, the same text on both engines
(``CASE`` for the two-argument maximum, which SQLite spells ``max`` and PostgreSQL ``GREATEST``). SQLite:
the statement takes the database's write lock as it starts, so concurrent processes serialise on it and
never both take the last token. PostgreSQL: the conflicting row's lock serialises them the same way (the
second statement re-reads the row the first committed). ``now`` is the database's clock
(``Database.now``), the one every process and host agrees on.
"""

from __future__ import annotations

from collections.abc import Sequence

from relay_server.db import Database

#: the later of the bucket's ``tat`` and now (a full bucket's ``tat`` is in the past)
_LATER = "(CASE WHEN rate_limits.tat > :now THEN rate_limits.tat ELSE :now END)"


async def take(db: Database, bucket: str, now: float, interval: float, tau: float) -> float | None:
    """Charges ``bucket`` one request if it has room; returns its new ``tat``, or ``None`` (no room,
    nothing charged)."""
    row = await db.one(
        "INSERT INTO rate_limits(bucket, tat) VALUES (:bucket, :now + :interval)"
        " ON CONFLICT(bucket) DO UPDATE SET tat = " + _LATER + " + :interval"
        " WHERE " + _LATER + " + :interval - :now <= :tau"
        " RETURNING tat",
        {"bucket": bucket, "now": now, "interval": interval, "tau": tau},
    )
    return None if row is None else float(row["tat"])


async def take_for_key(
    db: Database, bucket: str, key_id: str, now: float, interval: float, tau: float
) -> float | None:
    """``take`` for a request made with API key ``key_id``, in the same statement that checks the key is
    not revoked: a revoked key's request is not charged (and the caller learns of the revocation at
    once, in any process). ``None`` when the key is revoked or the bucket has no room (``key_state``
    tells which: a second statement, on those paths only)."""
    row = await db.one(
        "INSERT INTO rate_limits(bucket, tat) SELECT :bucket, :now + :interval"
        " WHERE EXISTS (SELECT 1 FROM api_keys WHERE id = :key_id AND revoked_at IS NULL)"
        " ON CONFLICT(bucket) DO UPDATE SET tat = " + _LATER + " + :interval"
        " WHERE " + _LATER + " + :interval - :now <= :tau"
        " RETURNING tat",
        {"bucket": bucket, "key_id": key_id, "now": now, "interval": interval, "tau": tau},
    )
    return None if row is None else float(row["tat"])


async def key_state(db: Database, bucket: str, key_id: str) -> tuple[bool, float | None]:
    """Whether ``key_id`` is not revoked, and the bucket's ``tat`` (None: no row, the bucket is full)."""
    row = await db.one(
        "SELECT (SELECT count(*) FROM api_keys WHERE id = ? AND revoked_at IS NULL) AS active,"
        " (SELECT tat FROM rate_limits WHERE bucket = ?) AS tat",
        (key_id, bucket),
    )
    assert row is not None
    return bool(row["active"]), None if row["tat"] is None else float(row["tat"])


async def tats(db: Database, buckets: Sequence[str]) -> dict[str, float]:
    """The ``tat`` of each bucket that has a row (a bucket without one is full)."""
    marks = ",".join("?" * len(buckets))
    rows = await db.all(f"SELECT bucket, tat FROM rate_limits WHERE bucket IN ({marks})", tuple(buckets))
    return {str(r["bucket"]): float(r["tat"]) for r in rows}


async def purge(db: Database, now: float, batch: int) -> int:
    """Drops up to ``batch`` buckets that are full again (no row means full); returns how many."""
    return await db.execute(
        "DELETE FROM rate_limits WHERE bucket IN (SELECT bucket FROM rate_limits WHERE tat <= ? LIMIT ?)",
        (now, batch),
    )
