"""Webhook event delivery: a durable outbox (``webhook_deliveries``) and a background worker.

Events ``execution.succeeded`` / ``execution.failed`` (and ``ping`` from ``webhook_endpoints.test``)
become one delivery row per subscribed endpoint. The worker POSTs due deliveries signed per Standard
Webhooks, with a timeout; failures are retried with exponential backoff and jitter (about ``base * 2**(attempt-1)`` seconds, base
2 s, ``RELAY_WEBHOOK_BACKOFF_BASE_SECONDS``) up to 8 attempts (``RELAY_WEBHOOK_MAX_ATTEMPTS``); an
endpoint is disabled after 20 consecutive failed attempts (``RELAY_WEBHOOK_DISABLE_AFTER``).
Pending deliveries live in the database, so a restart resumes them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import sqlite3
from typing import Any

import httpx

from relay_server.db import Database, now_ms
from relay_server.ids import new_id
from relay_server.services import Services
from relay_server.signing import signature_headers
from relay_server.ssrf import TargetRefused, check_target
from relay_server.timeutil import iso, iso_required

MAX_BACKOFF_SECONDS = 3600.0
POLL_SECONDS = 0.5
DELIVERY_TIMEOUT_SECONDS = 10.0

log = logging.getLogger("relay_server.webhooks")

DELIVERY_COLS = (
    "id, endpoint_id, event_id, event_type, status, attempts, last_status_code, last_error,"
    " next_attempt_at, created_at, completed_at"
)


def delivery_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "endpoint_id": row["endpoint_id"],
        "event_id": row["event_id"],
        "event_type": row["event_type"],
        "status": row["status"],
        "attempts": row["attempts"],
        "last_status_code": row["last_status_code"],
        "last_error": row["last_error"],
        "next_attempt_at": iso(row["next_attempt_at"]),
        "created_at": iso(row["created_at"]),
        "completed_at": iso(row["completed_at"]),
    }


def backoff_seconds(attempts: int, base_seconds: float = 2.0) -> float:
    base = min(MAX_BACKOFF_SECONDS, base_seconds * 2.0 ** max(0, attempts - 1))
    return base * random.uniform(0.8, 1.2)  # noqa: S311 - jitter, not security


def enqueue(db: Database, workspace_id: str, endpoint_id: str, event_type: str, data: dict[str, Any]) -> str:
    now = now_ms()
    event_id = new_id("msg")
    payload = {"type": event_type, "timestamp": iso_required(now).replace(".000Z", "Z"), "data": data}
    dlv_id = new_id("dlv")
    db.execute(
        "INSERT INTO webhook_deliveries(id, workspace_id, endpoint_id, event_id, event_type, payload, status,"
        " attempts, next_attempt_at, created_at, updated_at) VALUES (?,?,?,?,?,?,'pending',0,?,?,?)",
        (
            dlv_id,
            workspace_id,
            endpoint_id,
            event_id,
            event_type,
            json.dumps(payload, separators=(",", ":")),
            now,
            now,
            now,
        ),
    )
    return dlv_id


def on_execution_event(services: Services, workspace_id: str, event_type: str, data: dict[str, Any]) -> None:
    rows = services.db.all(
        "SELECT id, events FROM webhook_endpoints WHERE workspace_id = ? AND deleted_at IS NULL AND enabled = 1",
        (workspace_id,),
    )
    for row in rows:
        if event_type in json.loads(row["events"]):
            enqueue(services.db, workspace_id, row["id"], event_type, data)


async def deliver_once(services: Services, delivery_id: str) -> None:
    db = services.db
    row = db.one(
        "SELECT d.id, d.endpoint_id, d.event_id, d.payload, d.attempts, e.url, e.secret, e.enabled, e.deleted_at"
        " FROM webhook_deliveries d JOIN webhook_endpoints e ON e.id = d.endpoint_id WHERE d.id = ?"
        " AND d.status = 'pending'",
        (delivery_id,),
    )
    if row is None:
        return
    now = now_ms()
    if row["deleted_at"] is not None or not row["enabled"]:
        db.execute(
            "UPDATE webhook_deliveries SET status = 'failed', next_attempt_at = NULL, completed_at = ?, updated_at = ?,"
            " last_error = COALESCE(last_error, 'endpoint disabled or deleted') WHERE id = ?",
            (now, now, delivery_id),
        )
        return
    body = row["payload"].encode()
    attempts = int(row["attempts"]) + 1
    status_code: int | None = None
    error: str | None = None
    try:
        await check_target(
            row["url"], dev_mode=services.settings.dev_mode, allow_hosts=services.settings.webhook_allow_hosts
        )
        headers = signature_headers(row["secret"], row["event_id"], body)
        headers["content-type"] = "application/json"
        headers["user-agent"] = "Relay-Webhooks/1.0"
        resp = await services.http.post(
            row["url"], content=body, headers=headers, timeout=DELIVERY_TIMEOUT_SECONDS
        )
        status_code = resp.status_code
        if not 200 <= resp.status_code < 300:
            error = f"the endpoint answered {resp.status_code}"
    except TargetRefused as exc:
        error = str(exc)
    except httpx.TimeoutException:
        error = "timed out"
    except httpx.HTTPError as exc:
        error = f"could not connect: {type(exc).__name__}"
    now = now_ms()
    settings = services.settings
    with db.transaction() as conn:
        if error is None:
            conn.execute(
                "UPDATE webhook_deliveries SET status = 'succeeded', attempts = ?, last_status_code = ?, last_error = NULL,"
                " next_attempt_at = NULL, completed_at = ?, updated_at = ? WHERE id = ?",
                (attempts, status_code, now, now, delivery_id),
            )
            conn.execute(
                "UPDATE webhook_endpoints SET consecutive_failures = 0 WHERE id = ?", (row["endpoint_id"],)
            )
            return
        done = attempts >= settings.webhook_max_attempts
        conn.execute(
            "UPDATE webhook_deliveries SET status = ?, attempts = ?, last_status_code = ?, last_error = ?,"
            " next_attempt_at = ?, completed_at = ?, updated_at = ? WHERE id = ?",
            (
                "failed" if done else "pending",
                attempts,
                status_code,
                error,
                None
                if done
                else now + int(backoff_seconds(attempts, settings.webhook_backoff_base_seconds) * 1000),
                now if done else None,
                now,
                delivery_id,
            ),
        )
        conn.execute(
            "UPDATE webhook_endpoints SET consecutive_failures = consecutive_failures + 1 WHERE id = ?",
            (row["endpoint_id"],),
        )
        conn.execute(
            "UPDATE webhook_endpoints SET enabled = 0, disabled_reason = ? WHERE id = ? AND consecutive_failures >= ?",
            (
                f"disabled after {settings.webhook_disable_after} consecutive failed delivery attempts",
                row["endpoint_id"],
                settings.webhook_disable_after,
            ),
        )


async def delivery_worker(services: Services) -> None:
    """Background task: delivers due webhook deliveries until cancelled."""
    while True:
        try:
            due = services.db.all(
                "SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_attempt_at <= ?"
                " ORDER BY next_attempt_at LIMIT 20",
                (now_ms(),),
            )
            if due:
                await asyncio.gather(*(deliver_once(services, r["id"]) for r in due))
                continue
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhook delivery worker iteration failed")
        await asyncio.sleep(POLL_SECONDS)
