from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import Response, StreamingResponse

from relay_server.catalog import CATALOG
from relay_server.db import Database, now_ms
from relay_server.errors import ApiError
from relay_server.handlers import handler, not_found, page_limit
from relay_server.handlers.actions import make_preview
from relay_server.ids import new_id
from relay_server.intents import IntentExtractor, RuleBasedExtractor
from relay_server.routing import Ctx
from relay_server.timeutil import iso

HISTORY_LIMIT = 50
extractor: IntentExtractor = RuleBasedExtractor()


def message_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "session_id": row["session_id"],
        "role": row["role"],
        "content": row["content"],
        "created_at": iso(row["created_at"]),
    }


def _session_exists(db: Database, workspace_id: str, session_id: str) -> bool:
    return (
        db.one(
            "SELECT 1 FROM chat_messages WHERE workspace_id = ? AND session_id = ? LIMIT 1",
            (workspace_id, session_id),
        )
        is not None
    )


def _store(
    db: Database, ws: str, session: str, role: str, content: str, suggestion: Any = None
) -> dict[str, Any]:
    msg_id = new_id("msg")
    created = now_ms()
    db.execute(
        "INSERT INTO chat_messages(id, workspace_id, session_id, role, content, suggestion, created_at)"
        " VALUES (?,?,?,?,?,?,?)",
        (msg_id, ws, session, role, content, json.dumps(suggestion) if suggestion else None, created),
    )
    return {"id": msg_id, "session_id": session, "role": role, "content": content, "created_at": iso(created)}


def _trim(db: Database, ws: str, session: str) -> None:
    db.execute(
        "DELETE FROM chat_messages WHERE workspace_id = ? AND session_id = ? AND id NOT IN"
        " (SELECT id FROM chat_messages WHERE workspace_id = ? AND session_id = ? ORDER BY id DESC LIMIT ?)",
        (ws, session, ws, session, HISTORY_LIMIT),
    )


def _reply(ctx: Ctx) -> tuple[str, str, dict[str, Any] | None]:
    """Works out the reply (text and suggestion) and stores the user's message."""
    db = ctx.services.db
    body = ctx.body
    session = body.get("session_id")
    if session is not None and not _session_exists(db, ctx.workspace_id, session):
        raise not_found("chat session", session)
    session = session or new_id("chs")
    intent = extractor.extract(body["message"])
    text = intent.reply
    suggestion = None
    if intent.action_id is not None:
        try:
            preview = make_preview(ctx, CATALOG[intent.action_id], intent.params)
            suggestion = {"action_id": intent.action_id, "params": intent.params, "preview": preview}
        except ApiError as exc:
            problems = "; ".join(f"{e['pointer']}: {e['message']}" for e in exc.errors or [])
            text = f"I understood you want {intent.action_id}, but some details are invalid ({problems})."
    ctx.audit_target = session
    return session, text, suggestion


def _store_turn(
    db: Database, ws: str, session: str, user: str | None, text: str | None, suggestion: Any = None
) -> dict[str, Any] | None:
    """Stores the user's message and/or the assistant's reply, keeping the last HISTORY_LIMIT."""
    message = None
    with db.transaction():
        if user is not None:
            _store(db, ws, session, "user", user)
        if text is not None:
            message = _store(db, ws, session, "assistant", text, suggestion)
        _trim(db, ws, session)
    return message


def _sse(event_id: int, event: str, data: dict[str, Any]) -> bytes:
    payload = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return f"id: {event_id}\nevent: {event}\ndata: {payload}\n\n".encode()


async def _with_heartbeat(events: AsyncIterator[bytes], interval: float) -> AsyncIterator[bytes]:
    """Yields the events, inserting a comment line whenever ``interval`` seconds pass without one."""
    it = events.__aiter__()
    pending: asyncio.Task[bytes] | None = None
    try:
        while True:
            if pending is None:
                pending = asyncio.ensure_future(it.__anext__())
            done, _ = await asyncio.wait({pending}, timeout=interval)
            if not done:
                yield b": heartbeat\n\n"
                continue
            try:
                chunk = pending.result()
            except StopAsyncIteration:
                return
            pending = None
            yield chunk
    finally:
        if pending is not None:
            pending.cancel()


@handler("chat_send")
async def chat_send(ctx: Ctx) -> Response:
    db = ctx.services.db
    ws = ctx.workspace_id
    session, text, suggestion = _reply(ctx)
    if not ctx.body.get("stream"):
        message = _store_turn(db, ws, session, ctx.body["message"], text, suggestion)
        return ctx.json({"session_id": session, "message": message, "suggestion": suggestion})
    # streaming: the user's message is stored now, the assistant's only once the whole reply was
    # streamed -- a client that disconnects early cancels this generator, so nothing more is done
    _store_turn(db, ws, session, ctx.body["message"], None)
    settings = ctx.services.settings
    metrics = ctx.services.metrics

    async def events() -> AsyncIterator[bytes]:
        n = 0
        words = text.split(" ")
        try:
            for i in range(0, len(words), 4):
                n += 1
                delta = " ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "")
                yield _sse(n, "text_delta", {"type": "text_delta", "delta": delta})
                await asyncio.sleep(settings.chat_stream_delay_seconds)
            if suggestion is not None:
                n += 1
                yield _sse(n, "action_suggestion", {"type": "action_suggestion", "suggestion": suggestion})
        except (asyncio.CancelledError, GeneratorExit):
            metrics.chat_streams.labels(outcome="cancelled").inc()
            raise
        message = _store_turn(db, ws, session, None, text, suggestion)
        assert message is not None
        metrics.chat_streams.labels(outcome="completed").inc()
        n += 1
        yield _sse(
            n, "done", {"type": "done", "session_id": session, "message_id": message["id"], "text": text}
        )

    return StreamingResponse(
        _with_heartbeat(events(), settings.chat_heartbeat_seconds),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@handler("chat_list_messages")
async def chat_list_messages(ctx: Ctx) -> Response:
    db = ctx.services.db
    session = ctx.query["session_id"]
    if not _session_exists(db, ctx.workspace_id, session):
        raise not_found("chat session", session)
    limit = page_limit(ctx)
    after = ctx.query.get("after") or ""
    rows = db.all(
        "SELECT id, session_id, role, content, created_at FROM chat_messages WHERE workspace_id = ? AND session_id = ?"
        " AND id > ? ORDER BY id LIMIT ?",
        (ctx.workspace_id, session, after, limit + 1),
    )
    has_more = len(rows) > limit
    data = [message_dict(r) for r in rows[:limit]]
    return ctx.json({"data": data, "has_more": has_more, "next_cursor": data[-1]["id"] if has_more else None})
