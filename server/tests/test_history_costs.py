"""Costs flat in a workspace's history, on either engine: usage read from counters kept in the
executions' transactions, idempotency keys that keep a reference instead of the response, purges and
retention in small batches — through a real server, and the stores directly."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from conftest import (
    EMAIL_PARAMS,
    HIGH_LIMIT,
    Server,
    execute,
    new_database,
    open_test_database,
    preview,
    query,
)

from relay_server import sweeps
from relay_server.config import Settings
from relay_server.db import Database
from relay_server.ids import id_before, new_id
from relay_server.services import build_services
from relay_server.stores import audit, idempotency, usage


def test_usage_counts_every_execution_by_day_and_action(tmp_path: Path) -> None:
    server = Server(new_database(tmp_path), HIGH_LIMIT, cwd=tmp_path).start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            for _ in range(3):
                execute(c, "email.send", EMAIL_PARAMS)
            bad = {"url": "http://127.0.0.1:9/unreachable", "payload": {}}
            assert execute(c, "webhook.post", bad)["status"] == "failed"
            today = time.strftime("%Y-%m-%d", time.gmtime())
            data = c.get("/v1/usage").json()["data"]
    finally:
        server.stop()
    assert {(r["date"], r["action_id"]): (r["executions"], r["succeeded"], r["failed"]) for r in data} == {
        (today, "email.send"): (3, 3, 0),
        (today, "webhook.post"): (1, 0, 1),
    }
    # the counters, not a scan: one row per day and action
    rows = query(
        server.db, "SELECT action_id, sum(executions) AS executions FROM usage_daily GROUP BY action_id"
    )
    assert sorted((r["action_id"], r["executions"]) for r in rows) == [("email.send", 3), ("webhook.post", 1)]


def test_an_idempotent_execute_keeps_a_reference_not_the_response(tmp_path: Path) -> None:
    server = Server(new_database(tmp_path), HIGH_LIMIT, cwd=tmp_path).start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            p = preview(c, "email.send", EMAIL_PARAMS)
            body = {"confirm_token": p["confirm_token"]}
            first = c.post("/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": "ref-1"})
            (row,) = query(
                server.db,
                "SELECT response_body, response_ref, request_hash FROM idempotency_keys WHERE key = ?",
                ("ref-1",),
            )
            assert row["response_body"] is None and row["response_ref"] == first.json()["id"]
            server.stop()
            server.start()  # replayed from the record by a new process, byte for byte
        with server.client(server.credentials()["api_key"]) as c:
            again = c.post("/v1/actions/email.send/execute", json=body, headers={"Idempotency-Key": "ref-1"})
    finally:
        server.stop()
    assert again.status_code == 200 and again.headers["idempotent-replayed"] == "true"
    assert again.content == first.content


async def _event(db: Database, event_id: str, created_at: int) -> None:
    await audit.insert(
        db,
        event_id=event_id,
        workspace_id="ws_a",
        created_at=created_at,
        actor_key_id=None,
        actor_role=None,
        action="x",
        target=None,
        outcome="success",
        status_code=200,
        request_id=None,
        metadata="{}",
    )


def test_purges_and_retention_delete_in_batches(tmp_path: Path) -> None:
    """1,200 expired idempotency keys and 1,200 audit events older than the retention: the sweeps delete
    them ``sweeps.BATCH`` rows a statement, and leave what is not due."""

    async def scenario() -> tuple[int, int, list[str]]:
        database = new_database(tmp_path)
        db = await open_test_database(database)
        settings = Settings.from_env(database, audit_retention_days=30)
        settings.encryption_key = "dGVzdC1vbmx5LWZlcm5ldC1rZXktMzItYnl0ZXMhISE="
        services = build_services(settings)
        services.db = services.idempotency.db = db
        now = db.now_ms()
        old = now - 40 * 86_400_000
        for i in range(1200):
            await idempotency.take(db, "ws_a", f"k{i}", "h", old, old + 1, old)
            await _event(db, f"{id_before('aud', old)}{i:014d}", old)
        await idempotency.take(db, "ws_a", "fresh", "h", now, now + 86_400_000, now)
        kept_event = new_id("aud")
        await _event(db, kept_event, now)
        try:
            await sweeps.purge(services)
            await sweeps.retention(services)
            keys = await db.all("SELECT key FROM idempotency_keys")
            events = await db.all("SELECT id FROM audit_events")
            return len(keys), len(events), [str(e["id"]) for e in events]
        finally:
            await db.close()

    keys, events, ids = asyncio.run(scenario())
    assert keys == 1 and events == 1 and len(ids) == 1


def test_usage_counters_are_per_workspace_and_day(tmp_path: Path) -> None:
    async def scenario() -> list[tuple[str, str, int, int, int]]:
        db = await open_test_database(new_database(tmp_path))
        try:
            for day in ("2030-01-01", "2030-01-02"):
                await usage.count_started(db, "ws_a", day, "email.send")
                await usage.count_finished(db, "ws_a", day, "email.send", "succeeded")
            await usage.count_started(db, "ws_b", "2030-01-01", "email.send")
            await usage.count_finished(db, "ws_b", "2030-01-01", "email.send", "failed")
            rows = await usage.by_day(db, "ws_a", "2030-01-02", "2030-12-31")
            return [(r["date"], r["action_id"], r["executions"], r["succeeded"], r["failed"]) for r in rows]
        finally:
            await db.close()

    assert asyncio.run(scenario()) == [("2030-01-02", "email.send", 1, 1, 0)]
