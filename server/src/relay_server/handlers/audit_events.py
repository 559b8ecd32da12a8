from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import Any

from starlette.responses import Response, StreamingResponse

from relay_server.audit import event_dict
from relay_server.db import Database
from relay_server.handlers import before_cursor, handler, page, page_limit
from relay_server.routing import Ctx
from relay_server.timeutil import parse_iso_ms

_COLS = (
    "id, created_at, actor_key_id, actor_role, action, target_id, outcome, status_code, request_id, metadata"
)
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


def _filters(ctx: Ctx) -> tuple[list[str], list[Any]]:
    q = ctx.query
    where = ["workspace_id = ?"]
    args: list[Any] = [ctx.workspace_id]
    if q.get("actor") is not None:
        where.append("actor_key_id = ?")
        args.append(q["actor"])
    if q.get("action") is not None:
        where.append("action = ?")
        args.append(q["action"])
    if q.get("occurred_after") is not None:
        where.append("created_at >= ?")
        args.append(parse_iso_ms(q["occurred_after"]))
    if q.get("occurred_before") is not None:
        where.append("created_at < ?")
        args.append(parse_iso_ms(q["occurred_before"]))
    return where, args


@handler("audit_events_list")
async def audit_events_list(ctx: Ctx) -> Response:
    db = ctx.services.db
    limit = page_limit(ctx)
    where, args = _filters(ctx)
    where.append("id < ?")
    args.append(before_cursor(ctx.query.get("after")))
    rows = db.all(
        f"SELECT {_COLS} FROM audit_events WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",
        (*args, limit + 1),
    )
    return ctx.json(page(rows, limit, event_dict))


def _export_rows(db: Database, where: list[str], args: list[Any], fmt: str) -> Iterator[bytes]:
    """Keyset-paginates oldest first so memory stays flat however many events there are."""
    last = ""
    if fmt == "csv":
        buf = io.StringIO()
        csv.writer(buf).writerow(CSV_FIELDS)
        yield buf.getvalue().encode()
    sql = f"SELECT {_COLS} FROM audit_events WHERE {' AND '.join(where)} AND id > ? ORDER BY id LIMIT ?"
    while True:
        rows = db.all(sql, (*args, last, EXPORT_BATCH))
        if not rows:
            return
        last = str(rows[-1]["id"])
        if fmt == "csv":
            buf = io.StringIO()
            w = csv.writer(buf)
            for r in rows:
                e = event_dict(r)
                e["metadata"] = json.dumps(e["metadata"], separators=(",", ":"))
                w.writerow(["" if e[f] is None else e[f] for f in CSV_FIELDS])
            yield buf.getvalue().encode()
        else:
            yield b"".join(
                json.dumps(event_dict(r), separators=(",", ":"), ensure_ascii=False).encode() + b"\n"
                for r in rows
            )
        if len(rows) < EXPORT_BATCH:
            return


@handler("audit_events_export")
async def audit_events_export(ctx: Ctx) -> Response:
    fmt = ctx.query.get("format", "ndjson")
    where, args = _filters(ctx)
    media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson"
    return StreamingResponse(
        _export_rows(ctx.services.db, where, args, fmt),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="audit-events.{fmt}"'},
    )
