"""Google and Microsoft actions: a sandbox adapter that validates and records the call.

It needs an active connection for the action's provider, makes sure its access token is fresh (refreshing
it at the provider when it expires within the refresh margin) and records the connection id (never a
token).
"""

from __future__ import annotations

import json
from typing import Any

from relay_server.adapters import ActionFailure, ConnectionRequired, ExecContext
from relay_server.catalog import CATALOG
from relay_server.db import now_ms
from relay_server.ids import new_id
from relay_server.oauth import RefreshFailed, fresh_access_token
from relay_server.stores import connections, outbox


async def run(ctx: ExecContext, params: dict[str, Any]) -> dict[str, Any]:
    action = CATALOG[ctx.action_id]
    provider = action.requires_connection or action.provider
    connection_id = ctx.connection_id or await connections.active_for_provider(
        ctx.db, ctx.workspace_id, provider
    )
    if connection_id is None:
        raise ConnectionRequired(provider)
    try:
        await fresh_access_token(ctx.db, ctx.cipher, ctx.settings, ctx.http, connection_id)
    except RefreshFailed as exc:
        raise ActionFailure(
            "connection_refresh_failed", f"the {provider} connection could not be refreshed: {exc}"
        ) from exc
    record_id = new_id("msg")
    await outbox.record(
        ctx.db,
        record_id=record_id,
        workspace_id=ctx.workspace_id,
        execution_id=ctx.execution_id,
        channel=ctx.action_id,
        payload=json.dumps({"connection_id": connection_id, "params": params}),
        now=now_ms(),
    )
    return {"sandbox": True, "provider": provider, "connection_id": connection_id, "record_id": record_id}
