"""``audit_events``: the workspace's audit log, listed or exported (NDJSON / CSV, streamed)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import AsyncIterator

from starlette.responses import Response, StreamingResponse

from relay_server._generated import models
from relay_server.context import Ctx
from relay_server.db import Database
from relay_server.handlers import before_cursor, handler, page
from relay_server.stores.audit import AuditFilter, export, list_page
from relay_server.timeutil import parse_iso_ms

CSV_FIELDS = [
    "id",
    "occurred_at",
    "actor_key_id",
    "actor_role",
    "action",
    "target",
    "outcome",
    "status_code",
    "request_id",
    "metadata",
]
EXPORT_BATCH = 500


def _filter(query: models.AuditEventsListQuery | models.AuditEventsExportQuery) -> AuditFilter:
    after = query.get("occurred_after")
    before = query.get("occurred_before")
    return AuditFilter(
        actor=query.get("actor"),
        action=query.get("action"),
        occurred_after_ms=parse_iso_ms(after) if after is not None else None,
        occurred_before_ms=parse_iso_ms(before) if before is not None else None,
    )


@handler("audit_events_list")
async def audit_events_list(ctx: Ctx, query: models.AuditEventsListQuery) -> models.AuditEventList:
    limit = query["limit"]
    found = await list_page(
        ctx.services.db, ctx.workspace_id, _filter(query), before_cursor(query.get("after")), limit + 1
    )
    data, has_more, cursor = page(found, limit)
    return models.AuditEventList(data=data, has_more=has_more, next_cursor=cursor)


async def _export_rows(db: Database, workspace_id: str, where: AuditFilter, fmt: str) -> AsyncIterator[bytes]:
    """The events oldest first, ``EXPORT_BATCH`` at a time (``stores.audit.export``: a server-side cursor
    on PostgreSQL, keyset pages on SQLite), so memory stays flat however many events there are."""
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerow(CSV_FIELDS)
        yield buf.getvalue().encode()
    async for events in export(db, workspace_id, where, EXPORT_BATCH):
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf)
            for e in events:
                cells = {**e, "metadata": json.dumps(e["metadata"], separators=(",", ":"))}
                w.writerow(["" if cells[f] is None else cells[f] for f in CSV_FIELDS])
            yield buf.getvalue().encode()
        else:
            yield b"".join(
                json.dumps(e, separators=(",", ":"), ensure_ascii=False).encode() + b"\n" for e in events
            )


@handler("audit_events_export")
async def audit_events_export(ctx: Ctx, query: models.AuditEventsExportQuery) -> Response:
    fmt = query["format"]
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    return StreamingResponse(
        _export_rows(ctx.services.db, ctx.workspace_id, _filter(query), fmt),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="audit-events.{fmt}"'},
    )
