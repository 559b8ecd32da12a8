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
from collections.abc import Mapping
from typing import Any

import httpx

from relay_server._generated import models
from relay_server.cipher import Undecryptable
from relay_server.db import Database, now_ms
from relay_server.ids import new_id
from relay_server.services import Services
from relay_server.signing import signature_headers
from relay_server.ssrf import TargetRefused, check_target
from relay_server.stores import webhooks
from relay_server.timeutil import iso_required

MAX_BACKOFF_SECONDS = 3600.0
POLL_SECONDS = 0.5
DELIVERY_TIMEOUT_SECONDS = 10.0

log = logging.getLogger("relay_server.webhooks")


def backoff_seconds(attempts: int, base_seconds: float = 2.0) -> float:
    base = min(MAX_BACKOFF_SECONDS, base_seconds * 2.0 ** max(0, attempts - 1))
    return base * random.uniform(0.8, 1.2)  # noqa: S311 - jitter, not security


def enqueue(
    db: Database, workspace_id: str, endpoint_id: str, event_type: str, data: Mapping[str, Any]
) -> str:
    """A delivery of a new event to one endpoint, due now; returns its id."""
    now = now_ms()
    event_id = new_id("msg")
    payload = {"type": event_type, "timestamp": iso_required(now).replace(".000Z", "Z"), "data": data}
    delivery_id = new_id("dlv")
    webhooks.enqueue(
        db,
        delivery_id=delivery_id,
        workspace_id=workspace_id,
        endpoint_id=endpoint_id,
        event_id=event_id,
        event_type=event_type,
        payload=json.dumps(payload, separators=(",", ":")),
        now=now,
    )
    return delivery_id


def on_execution_event(
    services: Services, workspace_id: str, event_type: str, data: models.Execution
) -> None:
    for endpoint_id in webhooks.subscribed_endpoint_ids(services.db, workspace_id, event_type):
        enqueue(services.db, workspace_id, endpoint_id, event_type, data)


async def deliver_once(services: Services, delivery_id: str) -> None:
    db = services.db
    row = webhooks.pending_with_endpoint(db, delivery_id)
    if row is None:
        return
    if row["deleted_at"] is not None or not row["enabled"]:
        webhooks.fail_undeliverable(db, delivery_id, now_ms())
        return
    body = row["payload"].encode()
    attempts = int(row["attempts"]) + 1
    status_code: int | None = None
    error: str | None = None
    try:
        await check_target(
            row["url"], dev_mode=services.settings.dev_mode, allow_hosts=services.settings.webhook_allow_hosts
        )
        headers = signature_headers(services.cipher.decrypt_text(row["secret"]), row["event_id"], body)
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
    except Undecryptable:
        error = "the endpoint's secret cannot be decrypted (the server's encryption key changed)"
    except httpx.TimeoutException:
        error = "timed out"
    except httpx.HTTPError as exc:
        error = f"could not connect: {type(exc).__name__}"
    now = now_ms()
    settings = services.settings
    if error is None:
        webhooks.record_success(
            db,
            delivery_id=delivery_id,
            endpoint_id=row["endpoint_id"],
            attempts=attempts,
            status_code=status_code,
            now=now,
        )
        return
    done = attempts >= settings.webhook_max_attempts
    webhooks.record_failure(
        db,
        delivery_id=delivery_id,
        endpoint_id=row["endpoint_id"],
        attempts=attempts,
        status_code=status_code,
        error=error,
        next_attempt_at=None
        if done
        else now + int(backoff_seconds(attempts, settings.webhook_backoff_base_seconds) * 1000),
        now=now,
        disable_after=settings.webhook_disable_after,
        disabled_reason=f"disabled after {settings.webhook_disable_after} consecutive failed delivery attempts",
    )


async def delivery_worker(services: Services) -> None:
    """Background task: delivers due webhook deliveries until cancelled."""
    while True:
        try:
            due = webhooks.due(services.db, now_ms(), 20)
            if due:
                await asyncio.gather(*(deliver_once(services, delivery_id) for delivery_id in due))
                continue
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("webhook delivery worker iteration failed")
        await asyncio.sleep(POLL_SECONDS)
