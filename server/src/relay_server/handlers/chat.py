"""``chat``: natural-language chat that suggests actions, answered as JSON or as Server-Sent Events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import StreamingResponse

from relay_server import executions
from relay_server._generated import models
from relay_server.catalog import CATALOG
from relay_server.context import Ctx
from relay_server.db import Database, now_ms
from relay_server.errors import ApiError
from relay_server.handlers import handler, not_found, page
from relay_server.ids import new_id
from relay_server.intents import IntentExtractor, RuleBasedExtractor
from relay_server.stores import chat
from relay_server.timeutil import iso_required

HISTORY_LIMIT = 50
extractor: IntentExtractor = RuleBasedExtractor()


async def _reply(ctx: Ctx, body: models.ChatRequest) -> tuple[str, str, models.ActionSuggestion | None]:
    """Works out the reply (text and suggestion) for the session (a new one unless given)."""
    db = ctx.services.db
    session = body.get("session_id")
    if session is not None and not chat.session_exists(db, ctx.workspace_id, session):
        raise not_found("chat session", session)
    session = session or new_id("chs")
    intent = extractor.extract(body["message"])
    text = intent.reply
    suggestion = None
    if intent.action_id is not None:
        try:
            preview = await executions.preview(
                ctx.services, ctx.workspace_id, CATALOG[intent.action_id], intent.params
            )
            suggestion = models.ActionSuggestion(
                action_id=intent.action_id, params=intent.params, preview=preview
            )
        except ApiError as exc:
            problems = "; ".join(f"{e['pointer']}: {e['message']}" for e in exc.errors or [])
            text = f"I understood you want {intent.action_id}, but some details are invalid ({problems})."
    ctx.audit_target = session
    return session, text, suggestion


def _store(
    db: Database, ws: str, session: str, role: models.ChatRole, content: str, suggestion: Any = None
) -> models.ChatMessage:
    msg_id = new_id("msg")
    created = now_ms()
    chat.insert(
        db,
        message_id=msg_id,
        workspace_id=ws,
        session_id=session,
        role=role,
        content=content,
        suggestion=suggestion,
        created_at=created,
    )
    return models.ChatMessage(
        id=msg_id, session_id=session, role=role, content=content, created_at=iso_required(created)
    )


def _store_turn(
    db: Database, ws: str, session: str, user: str | None, text: str | None, suggestion: Any = None
) -> models.ChatMessage | None:
    """Stores the user's message and/or the assistant's reply, keeping the last HISTORY_LIMIT."""
    message = None
    with db.transaction():
        if user is not None:
            _store(db, ws, session, "user", user)
        if text is not None:
            message = _store(db, ws, session, "assistant", text, suggestion)
        chat.keep_last(db, ws, session, HISTORY_LIMIT)
    return message


def _sse(event_id: int, event: str, data: models.ChatStreamEvent) -> bytes:
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
async def chat_send(ctx: Ctx, body: models.ChatRequest) -> models.ChatReply | StreamingResponse:
    db = ctx.services.db
    ws = ctx.workspace_id
    session, text, suggestion = await _reply(ctx, body)
    if not body.get("stream"):
        message = _store_turn(db, ws, session, body["message"], text, suggestion)
        assert message is not None
        return models.ChatReply(session_id=session, message=message, suggestion=suggestion)
    # streaming: the user's message is stored now, the assistant's only once the whole reply was
    # streamed -- a client that disconnects early cancels this generator, so nothing more is done
    _store_turn(db, ws, session, body["message"], None)
    settings = ctx.services.settings
    metrics = ctx.services.metrics

    async def events() -> AsyncIterator[bytes]:
        n = 0
        words = text.split(" ")
        try:
            for i in range(0, len(words), 4):
                n += 1
                delta = " ".join(words[i : i + 4]) + (" " if i + 4 < len(words) else "")
                yield _sse(n, "text_delta", models.ChatTextDeltaEvent(type="text_delta", delta=delta))
                await asyncio.sleep(settings.chat_stream_delay_seconds)
            if suggestion is not None:
                n += 1
                yield _sse(
                    n,
                    "action_suggestion",
                    models.ChatActionSuggestionEvent(type="action_suggestion", suggestion=suggestion),
                )
        except (asyncio.CancelledError, GeneratorExit):
            metrics.chat_streams.labels(outcome="cancelled").inc()
            raise
        message = _store_turn(db, ws, session, None, text, suggestion)
        assert message is not None
        metrics.chat_streams.labels(outcome="completed").inc()
        n += 1
        yield _sse(
            n,
            "done",
            models.ChatDoneEvent(type="done", session_id=session, message_id=message["id"], text=text),
        )

    return StreamingResponse(
        _with_heartbeat(events(), settings.chat_heartbeat_seconds),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@handler("chat_list_messages")
async def chat_list_messages(ctx: Ctx, query: models.ChatListMessagesQuery) -> models.ChatMessageList:
    db = ctx.services.db
    session = query["session_id"]
    if not chat.session_exists(db, ctx.workspace_id, session):
        raise not_found("chat session", session)
    limit = query["limit"]
    found = chat.list_page(db, ctx.workspace_id, session, query.get("after") or "", limit + 1)
    data, has_more, cursor = page(found, limit)
    return models.ChatMessageList(data=data, has_more=has_more, next_cursor=cursor)
