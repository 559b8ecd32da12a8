"""Rate-limit buckets shared by every server process on the database (``rate_limits``).

Each bucket is one row holding its GCRA *theoretical arrival time* ``tat`` (seconds since the epoch):
the moment the bucket will be full again. A request is allowed when, charged ``interval`` seconds, the
bucket's ``tat`` stays within ``tau`` (= burst × interval) of now — the same decisions as a token bucket
of ``burst`` tokens refilled one every ``interval`` seconds, in one number, so one statement both decides
and charges. A bucket whose ``tat`` is past is full, exactly as if it had no row (``purge`` drops those).

SQLite: one ``INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING`` takes the database's write lock when
it starts, so concurrent processes serialise on it and never both take the last token. PostgreSQL runs
the same statement (the row lock of the conflicting row serialises them), with ``GREATEST`` for the
two-argument ``max`` and, across hosts, the database's clock instead of the caller's ``now``.
"""

from __future__ import annotations

from collections.abc import Sequence

from relay_server.db import Database


def take(db: Database, bucket: str, now: float, interval: float, tau: float) -> float | None:
    """Charges ``bucket`` one request if it has room; returns its new ``tat``, or ``None`` (no room,
    nothing charged)."""
    row = db.one(
        "INSERT INTO rate_limits(bucket, tat) VALUES (:bucket, :now + :interval)"
        " ON CONFLICT(bucket) DO UPDATE SET tat = max(tat, :now) + :interval"
        " WHERE max(tat, :now) + :interval - :now <= :tau"
        " RETURNING tat",
        {"bucket": bucket, "now": now, "interval": interval, "tau": tau},
    )
    return None if row is None else float(row["tat"])


def tats(db: Database, buckets: Sequence[str]) -> dict[str, float]:
    """The ``tat`` of each bucket that has a row (a bucket without one is full)."""
    marks = ",".join("?" * len(buckets))
    rows = db.all(f"SELECT bucket, tat FROM rate_limits WHERE bucket IN ({marks})", tuple(buckets))
    return {str(r["bucket"]): float(r["tat"]) for r in rows}


def purge(db: Database, now: float) -> int:
    """Drops the buckets that are full again (no row means full); returns how many."""
    return db.execute("DELETE FROM rate_limits WHERE tat <= ?", (now,)).rowcount
