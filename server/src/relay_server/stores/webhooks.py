"""Webhook endpoints and their deliveries (the durable outbox the delivery worker drains)."""

from __future__ import annotations

import json

from relay_server._generated import models
from relay_server.db import Database, Row
from relay_server.timeutil import iso, iso_required

_ENDPOINT_COLS = "id, url, description, events, enabled, disabled_reason, consecutive_failures, created_at"
_DELIVERY_COLS = (
    "id, endpoint_id, event_id, event_type, status, attempts, last_status_code, last_error,"
    " next_attempt_at, created_at, completed_at"
)


def _endpoint(row: Row) -> models.WebhookEndpoint:
    return models.WebhookEndpoint(
        id=row["id"],
        url=row["url"],
        description=Database.text_out(row["description"]),
        events=json.loads(row["events"]),
        enabled=bool(row["enabled"]),
        disabled_reason=row["disabled_reason"],
        consecutive_failures=row["consecutive_failures"],
        created_at=iso_required(row["created_at"]),
    )


def _delivery(row: Row) -> models.WebhookDelivery:
    return models.WebhookDelivery(
        id=row["id"],
        endpoint_id=row["endpoint_id"],
        event_id=row["event_id"],
        event_type=row["event_type"],
        status=row["status"],
        attempts=row["attempts"],
        last_status_code=row["last_status_code"],
        last_error=row["last_error"],
        next_attempt_at=iso(row["next_attempt_at"]),
        created_at=iso_required(row["created_at"]),
        completed_at=iso(row["completed_at"]),
    )


# -- endpoints -----------------------------------------------------------------------------------------


async def create_endpoint(
    db: Database,
    *,
    endpoint_id: str,
    workspace_id: str,
    url: str,
    description: str | None,
    events: list[str],
    sealed_secret: str,
    now: int,
) -> None:
    """A new endpoint; its signing secret is stored as the caller sealed it (encrypted)."""
    await db.execute(
        "INSERT INTO webhook_endpoints(id, workspace_id, url, description, events, secret, enabled, created_at)"
        " VALUES (?,?,?,?,?,?,1,?)",
        (endpoint_id, workspace_id, url, db.text_in(description), json.dumps(events), sealed_secret, now),
    )


async def get_endpoint(db: Database, workspace_id: str, endpoint_id: str) -> models.WebhookEndpoint | None:
    row = await db.one(
        f"SELECT {_ENDPOINT_COLS} FROM webhook_endpoints WHERE id = ? AND workspace_id = ? AND deleted_at IS NULL",
        (endpoint_id, workspace_id),
    )
    return None if row is None else _endpoint(row)


async def list_endpoints(
    db: Database, workspace_id: str, before: str, limit: int
) -> list[models.WebhookEndpoint]:
    """Endpoints (not deleted) with ids below ``before``, newest first, at most ``limit``."""
    rows = await db.all(
        f"SELECT {_ENDPOINT_COLS} FROM webhook_endpoints WHERE workspace_id = ? AND deleted_at IS NULL AND id < ?"
        " ORDER BY id DESC LIMIT ?",
        (workspace_id, before, limit),
    )
    return [_endpoint(r) for r in rows]


async def delete_endpoint(db: Database, endpoint_id: str, now: int) -> None:
    """Deletes the endpoint (softly) and fails its pending deliveries, atomically."""
    async with db.transaction():
        await db.execute("UPDATE webhook_endpoints SET deleted_at = ? WHERE id = ?", (now, endpoint_id))
        await db.execute(
            "UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, completed_at = ?, updated_at = ?,"
            " last_error = 'endpoint deleted' WHERE endpoint_id = ? AND status = 'pending'",
            (now, now, endpoint_id),
        )


async def subscribed_endpoint_ids(db: Database, workspace_id: str, event_type: str) -> list[str]:
    """The workspace's enabled endpoints subscribed to ``event_type``."""
    rows = await db.all(
        "SELECT id, events FROM webhook_endpoints WHERE workspace_id = ? AND deleted_at IS NULL AND enabled = 1",
        (workspace_id,),
    )
    return [str(r["id"]) for r in rows if event_type in json.loads(r["events"])]


# -- deliveries ----------------------------------------------------------------------------------------


async def enqueue(
    db: Database,
    *,
    delivery_id: str,
    workspace_id: str,
    endpoint_id: str,
    event_id: str,
    event_type: str,
    payload: str,
    now: int,
) -> None:
    """A pending delivery, due now."""
    await db.execute(
        "INSERT INTO webhook_deliveries(id, workspace_id, endpoint_id, event_id, event_type, payload, status,"
        " attempts, next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,?,'pending',0,?,?,?)",
        (delivery_id, workspace_id, endpoint_id, event_id, event_type, payload, now, now, now),
    )


async def get_delivery(db: Database, delivery_id: str) -> models.WebhookDelivery | None:
    row = await db.one(f"SELECT {_DELIVERY_COLS} FROM webhook_deliveries WHERE id = ?", (delivery_id,))
    return None if row is None else _delivery(row)


async def list_deliveries(
    db: Database, workspace_id: str, endpoint_id: str, before: str, limit: int
) -> list[models.WebhookDelivery]:
    """The endpoint's deliveries with ids below ``before``, newest first, at most ``limit``."""
    rows = await db.all(
        f"SELECT {_DELIVERY_COLS} FROM webhook_deliveries WHERE endpoint_id = ? AND workspace_id = ? AND id < ?"
        " ORDER BY id DESC LIMIT ?",
        (endpoint_id, workspace_id, before, limit),
    )
    return [_delivery(r) for r in rows]


async def claim(
    db: Database, *, token: str, now: int, lease_ms: int, limit: int, per_endpoint: int
) -> list[str]:
    """Claims up to ``limit`` due deliveries for one attempt each: sets their lease (``token``, expiring
    at ``now + lease_ms``) and counts the attempt; returns their ids, the longest-waiting first.

    A delivery is due when it is pending, its next attempt is due and nobody holds an unexpired lease
    on it (a crashed process's claims are due again once their lease expires). No endpoint gets more
    than ``per_endpoint`` unexpired leases, counting the ones every process already holds: a receiver
    that hangs holds that many attempts, not the pool. The attempt is counted now, so one a crash cut
    short still counts (it may have reached the receiver); a delivery to an endpoint disabled or deleted
    meanwhile is claimed uncounted, to be failed without an attempt.
    """
    args = {"token": token, "now": now, "lease_ms": lease_ms, "limit": limit, "per_endpoint": per_endpoint}
    if db.dialect == "postgresql":
        return await _claim_postgresql(db, args)
    # SQLite: the UPDATE takes the database's write lock as it starts, so processes claim one after
    # another, each seeing every lease the others took: never the same delivery, never past the bound.
    rows = await db.all(
        """
        UPDATE webhook_deliveries
        SET lease_token = :token,
            lease_expires_at = :now + :lease_ms,
            attempts = attempts + coalesce((
                SELECT e.enabled AND e.deleted_at IS NULL FROM webhook_endpoints e
                WHERE e.id = webhook_deliveries.endpoint_id), 0)
        WHERE id IN (
            WITH busy AS (
                SELECT endpoint_id, count(*) AS leased FROM webhook_deliveries
                WHERE lease_token IS NOT NULL AND lease_expires_at > :now
                GROUP BY endpoint_id),
            due AS (
                SELECT id, endpoint_id, next_attempt_at,
                       row_number() OVER (PARTITION BY endpoint_id ORDER BY next_attempt_at, id) AS place
                FROM webhook_deliveries
                WHERE status = 'pending' AND next_attempt_at <= :now
                  AND (lease_token IS NULL OR lease_expires_at <= :now))
            SELECT due.id FROM due LEFT JOIN busy ON busy.endpoint_id = due.endpoint_id
            WHERE due.place + coalesce(busy.leased, 0) <= :per_endpoint
            ORDER BY due.next_attempt_at, due.id
            LIMIT :limit)
        RETURNING id, next_attempt_at
        """,
        args,
    )
    return [str(r["id"]) for r in sorted(rows, key=lambda r: (r["next_attempt_at"], r["id"]))]


async def _claim_postgresql(db: Database, args: dict[str, object]) -> list[str]:
    """PostgreSQL's claim: one transaction of two statements.

    1. Lock the rows of the endpoints that have due deliveries, ``FOR UPDATE SKIP LOCKED``: a concurrent
       claimer holds the others, and this one passes them by instead of queueing. Holding an endpoint's
       row is what keeps its bound exact: no other claimer can lease its deliveries until this
       transaction ends.
    2. Claim among those endpoints' due deliveries. A statement of its own, so that its snapshot sees
       every lease committed before step 1 got the locks (within one statement, a snapshot taken before a
       lock was granted would miss the leases of the claimer that held it). The due deliveries are read
       ``FOR UPDATE SKIP LOCKED`` in an inner query, ranked per endpoint outside it (a window function
       cannot share a ``SELECT`` with ``FOR UPDATE``).
    """
    async with db.transaction():
        locked = await db.all(
            "SELECT id FROM webhook_endpoints WHERE id IN (SELECT endpoint_id FROM webhook_deliveries"
            " WHERE status = 'pending' AND next_attempt_at <= :now"
            " AND (lease_token IS NULL OR lease_expires_at <= :now)) FOR UPDATE SKIP LOCKED",
            args,
        )
        if not locked:
            return []
        rows = await db.all(
            """
            WITH mine AS (SELECT unnest(CAST(:endpoints AS text[])) AS endpoint_id),
            busy AS (
                SELECT d.endpoint_id, count(*) AS leased FROM webhook_deliveries d JOIN mine USING (endpoint_id)
                WHERE d.lease_token IS NOT NULL AND d.lease_expires_at > :now
                GROUP BY d.endpoint_id),
            due AS (
                SELECT id, endpoint_id, next_attempt_at,
                       row_number() OVER (PARTITION BY endpoint_id ORDER BY next_attempt_at, id) AS place
                FROM (SELECT d.id, d.endpoint_id, d.next_attempt_at FROM webhook_deliveries d
                      WHERE d.endpoint_id IN (SELECT endpoint_id FROM mine)
                        AND d.status = 'pending' AND d.next_attempt_at <= :now
                        AND (d.lease_token IS NULL OR d.lease_expires_at <= :now)
                      FOR UPDATE SKIP LOCKED) candidates),
            chosen AS (
                SELECT due.id FROM due LEFT JOIN busy USING (endpoint_id)
                WHERE due.place + coalesce(busy.leased, 0) <= :per_endpoint
                ORDER BY due.next_attempt_at, due.id
                LIMIT :limit)
            UPDATE webhook_deliveries d
            SET lease_token = :token,
                lease_expires_at = :now + :lease_ms,
                attempts = d.attempts + (
                    SELECT CASE WHEN e.enabled = 1 AND e.deleted_at IS NULL THEN 1 ELSE 0 END
                    FROM webhook_endpoints e WHERE e.id = d.endpoint_id)
            FROM chosen WHERE d.id = chosen.id
            RETURNING d.id, d.next_attempt_at
            """,
            {**args, "endpoints": [str(r["id"]) for r in locked]},
        )
    return [str(r["id"]) for r in sorted(rows, key=lambda r: (r["next_attempt_at"], r["id"]))]


async def claimed_with_endpoint(db: Database, delivery_id: str, token: str) -> Row | None:
    """A delivery claimed with ``token`` and what its attempt needs: ``id``, ``endpoint_id``,
    ``event_id``, ``payload``, ``attempts`` (this one included) and the endpoint's ``url``, ``secret``,
    ``enabled``, ``deleted_at``; ``None`` when the claim was lost. The
    ``secret`` is sealed (encrypted)."""
    return await db.one(
        "SELECT d.id, d.endpoint_id, d.event_id, d.payload, d.attempts, e.url, e.secret, e.enabled, e.deleted_at"
        " FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id"
        " WHERE d.id = ? AND d.lease_token = ?",
        (delivery_id, token),
    )


async def release(db: Database, delivery_id: str, token: str) -> None:
    """Gives a claim back unfinished (the process is stopping): the delivery is due again at once."""
    await db.execute(
        "UPDATE webhook_deliveries SET lease_token = NULL, lease_expires_at = NULL WHERE id = ? AND lease_token = ?",
        (delivery_id, token),
    )


async def fail_undeliverable(db: Database, delivery_id: str, token: str, now: int) -> None:
    """The endpoint was disabled or deleted: the delivery fails without an attempt."""
    await db.execute(
        "UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, completed_at = ?, updated_at = ?,"
        " last_error = COALESCE(last_error, 'endpoint disabled or deleted'), lease_token = NULL,"
        " lease_expires_at = NULL WHERE id = ? AND lease_token = ?",
        (now, now, delivery_id, token),
    )


async def record_success(
    db: Database, *, delivery_id: str, token: str, endpoint_id: str, status_code: int | None, now: int
) -> bool:
    """The attempt claimed with ``token`` succeeded: the delivery is done and the endpoint's failure
    count resets. False (nothing changed) when the claim was lost."""
    async with db.transaction():
        done = await db.execute(
            "UPDATE webhook_deliveries SET status = 'succeeded', last_status_code = ?, last_error = NULL,"
            " next_attempt_at = NULL, completed_at = ?, updated_at = ?, lease_token = NULL, lease_expires_at = NULL"
            " WHERE id = ? AND lease_token = ?",
            (status_code, now, now, delivery_id, token),
        )
        if done:
            await db.execute(
                "UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = ?", (endpoint_id,)
            )
    return bool(done)


async def record_failure(
    db: Database,
    *,
    delivery_id: str,
    token: str,
    endpoint_id: str,
    status_code: int | None,
    error: str,
    next_attempt_at: int | None,
    now: int,
    disable_after: int,
    disabled_reason: str,
) -> bool:
    """The attempt claimed with ``token`` failed: retried at ``next_attempt_at`` (None: the delivery
    failed for good); the endpoint counts one more consecutive failure and is disabled once it reaches
    ``disable_after``. False (nothing changed) when the claim was lost."""
    done = next_attempt_at is None
    async with db.transaction():
        recorded = await db.execute(
            "UPDATE webhook_deliveries SET status = ?, last_status_code = ?, last_error = ?, next_attempt_at = ?,"
            " completed_at = ?, updated_at = ?, lease_token = NULL, lease_expires_at = NULL"
            " WHERE id = ? AND lease_token = ?",
            (
                "failed" if done else "pending",
                status_code,
                error,
                next_attempt_at,
                now if done else None,
                now,
                delivery_id,
                token,
            ),
        )
        if recorded:
            await db.execute(
                "UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1 WHERE id = ?",
                (endpoint_id,),
            )
            await db.execute(
                "UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ? WHERE id = ? AND consecutive_failures >= ?",
                (disabled_reason, endpoint_id, disable_after),
            )
    return bool(recorded)


async def delete_finished_before(db: Database, before_id: str, batch: int) -> int:
    """Deletes up to ``batch`` finished (succeeded or failed) deliveries with ids below ``before_id`` (ids
    sort by creation time); returns how many."""
    return await db.execute(
        "DELETE FROM webhook_deliveries WHERE id IN (SELECT id FROM webhook_deliveries WHERE id < ?"
        " AND status <> 'pending' ORDER BY id LIMIT ?)",
        (before_id, batch),
    )


async def plaintext_secrets(db: Database) -> list[tuple[str, str]]:
    """``(endpoint_id, secret)`` of endpoints whose secret an earlier version stored unencrypted."""
    rows = await db.all("SELECT id, secret FROM webhook_endpoints WHERE substr(secret, 1, 6) = 'whsec_'")
    return [(str(r["id"]), str(r["secret"])) for r in rows]


async def set_secret(db: Database, endpoint_id: str, sealed_secret: str) -> None:
    await db.execute("UPDATE webhook_endpoints SET secret = ? WHERE id = ?", (sealed_secret, endpoint_id))
