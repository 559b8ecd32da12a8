"""Webhook event delivery: a durable outbox (``webhook_deliveries``) and a background worker.

Events ``execution.succeeded`` / ``execution.failed`` (and ``ping`` from ``webhook_endpoints.test``)
become one delivery row per subscribed endpoint. The worker POSTs due deliveries signed per Standard
Webhooks, with a timeout; failures are retried with exponential backoff and jitter (about ``base * 2**(attempt-1)`` seconds, base
2 s, ``RELAY_WEBHOOK_BACKOFF_BASE_SECONDS``) up to 8 attempts (``RELAY_WEBHOOK_MAX_ATTEMPTS``); an
endpoint is disabled after 20 consecutive failed attempts (``RELAY_WEBHOOK_DISABLE_AFTER``).
Pending deliveries live in the database, so a restart resumes them.

Every process on the database runs a :class:`DeliveryWorker`: it *claims* due deliveries (a lease in
the database, ``stores.webhooks.claim``), so each attempt is made by exactly one process, and a crashed
process's claims are taken over once their lease expires (``Settings.webhook_lease_seconds``). Attempts
run concurrently, up to ``RELAY_WEBHOOK_WORKERS`` per process and ``RELAY_WEBHOOK_ENDPOINT_CONCURRENCY``
per endpoint over all processes, each cut off at ``RELAY_WEBHOOK_TIMEOUT_SECONDS``: a receiver that
hangs holds a few attempts of its own, never the others' deliveries.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import secrets
from collections.abc import Mapping
from typing import Any

import httpx

from relay_server._generated import models
from relay_server.cipher import Undecryptable
from relay_server.ids import new_id
from relay_server.services import Services
from relay_server.signing import signature_headers
from relay_server.ssrf import TargetRefused, check_target
from relay_server.stores import webhooks
from relay_server.timeutil import iso_required

MAX_BACKOFF_SECONDS = 3600.0
#: how often the worker looks for due deliveries when nothing woke it (retries coming due, other
#: processes' enqueues); an enqueue in this process wakes it at once
POLL_SECONDS = 0.5

log = logging.getLogger("relay_server.webhooks")


def backoff_seconds(attempts: int, base_seconds: float = 2.0) -> float:
    base = min(MAX_BACKOFF_SECONDS, base_seconds * 2.0 ** max(0, attempts - 1))
    return base * random.uniform(0.8, 1.2)  # noqa: S311 - jitter, not security


async def enqueue(
    services: Services, workspace_id: str, endpoint_id: str, event_type: str, data: Mapping[str, Any]
) -> str:
    """A delivery of a new event to one endpoint, due now (the worker is woken); returns its id."""
    db = services.db
    now = db.now_ms()
    event_id = new_id("msg")
    payload = {"type": event_type, "timestamp": iso_required(now).replace(".000Z", "Z"), "data": data}
    delivery_id = new_id("dlv")
    await webhooks.enqueue(
        db,
        delivery_id=delivery_id,
        workspace_id=workspace_id,
        endpoint_id=endpoint_id,
        event_id=event_id,
        event_type=event_type,
        payload=json.dumps(payload, separators=(",", ":")),
        now=now,
    )
    services.wake_delivery_worker.set()
    return delivery_id


async def on_execution_event(
    services: Services, workspace_id: str, event_type: str, data: models.Execution
) -> None:
    for endpoint_id in await webhooks.subscribed_endpoint_ids(services.db, workspace_id, event_type):
        await enqueue(services, workspace_id, endpoint_id, event_type, data)


async def deliver_once(services: Services, delivery_id: str, token: str) -> None:
    """One attempt of a delivery this process claimed with ``token``, and its outcome recorded."""
    db = services.db
    settings = services.settings
    row = await webhooks.claimed_with_endpoint(db, delivery_id, token)
    if row is None:
        return
    if row["deleted_at"] is not None or not row["enabled"]:
        await webhooks.fail_undeliverable(db, delivery_id, token, db.now_ms())
        return
    body = row["payload"].encode()
    attempts = int(row["attempts"])
    status_code: int | None = None
    error: str | None = None
    try:
        # the whole attempt, name resolution included: a receiver trickling bytes cannot stretch it
        async with asyncio.timeout(settings.webhook_timeout_seconds):
            await check_target(
                row["url"], dev_mode=settings.dev_mode, allow_hosts=settings.webhook_allow_hosts
            )
            headers = signature_headers(services.cipher.decrypt_text(row["secret"]), row["event_id"], body)
            headers["content-type"] = "application/json"
            headers["user-agent"] = "Relay-Webhooks/1.0"
            resp = await services.http.post(row["url"], content=body, headers=headers)
        status_code = resp.status_code
        if not 200 <= resp.status_code < 300:
            error = f"the endpoint answered {resp.status_code}"
    except TargetRefused as exc:
        error = str(exc)
    except Undecryptable:
        error = "the endpoint's secret cannot be decrypted (the server's encryption key changed)"
    except (TimeoutError, httpx.TimeoutException):
        error = "timed out"
    except httpx.HTTPError as exc:
        error = f"could not connect: {type(exc).__name__}"
    now = db.now_ms()
    if error is None:
        recorded = await webhooks.record_success(
            db,
            delivery_id=delivery_id,
            token=token,
            endpoint_id=row["endpoint_id"],
            status_code=status_code,
            now=now,
        )
    else:
        done = attempts >= settings.webhook_max_attempts
        recorded = await webhooks.record_failure(
            db,
            delivery_id=delivery_id,
            token=token,
            endpoint_id=row["endpoint_id"],
            status_code=status_code,
            error=error,
            next_attempt_at=None
            if done
            else now + int(backoff_seconds(attempts, settings.webhook_backoff_base_seconds) * 1000),
            now=now,
            disable_after=settings.webhook_disable_after,
            disabled_reason=f"disabled after {settings.webhook_disable_after} consecutive failed delivery attempts",
        )
    if not recorded:  # only if this process stalled for longer than the lease
        log.warning(
            "the claim on delivery %s expired during its attempt; another process retries it", delivery_id
        )


class DeliveryWorker:
    """Claims due deliveries and runs their attempts concurrently (``webhook_workers`` at most)."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.in_flight: set[asyncio.Task[None]] = set()

    async def run(self) -> None:
        settings = self.services.settings
        wake = self.services.wake_delivery_worker
        try:
            while True:
                wake.clear()
                free = settings.webhook_workers - len(self.in_flight)
                claimed = await self._claim(free) if free > 0 else []
                for delivery_id, token in claimed:
                    task = asyncio.create_task(self._attempt(delivery_id, token))
                    self.in_flight.add(task)
                    task.add_done_callback(self._finished)
                if claimed and len(claimed) == free:
                    continue  # the pool is full now; a finished attempt wakes the worker
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(POLL_SECONDS):
                        await wake.wait()
        finally:
            for task in self.in_flight:
                task.cancel()
            await asyncio.gather(*self.in_flight, return_exceptions=True)

    async def _claim(self, free: int) -> list[tuple[str, str]]:
        settings = self.services.settings
        token = secrets.token_hex(12)
        try:
            ids = await webhooks.claim(
                self.services.db,
                token=token,
                now=self.services.db.now_ms(),
                lease_ms=int(settings.webhook_lease_seconds * 1000),
                limit=free,
                per_endpoint=settings.webhook_endpoint_concurrency,
            )
        except Exception:
            log.exception("claiming webhook deliveries failed")
            return []
        return [(delivery_id, token) for delivery_id in ids]

    async def _attempt(self, delivery_id: str, token: str) -> None:
        try:
            await deliver_once(self.services, delivery_id, token)
        except asyncio.CancelledError:
            # stopping: give the claim back so that the next process to look retries it at once
            # (shielded: the cancellation must not cut the release short)
            with contextlib.suppress(Exception):
                await asyncio.shield(webhooks.release(self.services.db, delivery_id, token))
            raise
        except Exception:
            log.exception("webhook delivery %s failed unexpectedly", delivery_id)

    def _finished(self, task: asyncio.Task[None]) -> None:
        self.in_flight.discard(task)
        self.services.wake_delivery_worker.set()  # a free slot, and maybe the endpoint's next delivery


async def delivery_worker(services: Services) -> None:
    """Background task: delivers due webhook deliveries until cancelled."""
    await DeliveryWorker(services).run()
