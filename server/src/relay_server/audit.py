"""The audit log: every mutating call appends one event, secrets redacted."""

from __future__ import annotations

import json
from typing import Any

from relay_server.db import Database, now_ms
from relay_server.ids import new_id
from relay_server.redaction import redact
from relay_server.stores import audit


async def record(
    db: Database,
    *,
    workspace_id: str,
    actor_key_id: str | None,
    actor_role: str | None,
    action: str,
    target: str | None,
    outcome: str,
    status_code: int,
    request_id: str | None,
    metadata: dict[str, Any],
) -> str:
    event_id = new_id("aud")
    await audit.insert(
        db,
        event_id=event_id,
        workspace_id=workspace_id,
        created_at=now_ms(),
        actor_key_id=actor_key_id,
        actor_role=actor_role,
        action=action,
        target=target,
        outcome=outcome,
        status_code=status_code,
        request_id=request_id,
        metadata=json.dumps(redact(metadata), separators=(",", ":"), default=str),
    )
    return event_id
