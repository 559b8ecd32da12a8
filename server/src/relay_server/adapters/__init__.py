"""Adapters run actions. Each takes an ``ExecContext`` and the validated params and returns a result.

An adapter raises ``ActionFailure`` for the action's own failure (the execution is recorded as failed
and the response stored for idempotent replay) and ``ConnectionRequired`` when the provider has no
active connection (nothing ran; nothing is stored).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from relay_server.cipher import Cipher
from relay_server.config import Settings
from relay_server.db import Database


class ActionFailure(Exception):
    def __init__(self, code: str, message: str, details: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = dict(details or {})


class ConnectionRequired(Exception):
    def __init__(self, provider: str) -> None:
        super().__init__(provider)
        self.provider = provider


@dataclass
class ExecContext:
    db: Database
    settings: Settings
    http: httpx.AsyncClient
    cipher: Cipher
    workspace_id: str
    execution_id: str
    action_id: str
    connection_id: str | None = None


Adapter = Callable[[ExecContext, dict[str, Any]], Awaitable[dict[str, Any]]]


def get_adapter(action_id: str) -> Adapter:
    from relay_server.adapters import email, sandbox, webhook

    if action_id == "webhook.post":
        return webhook.run
    if action_id == "email.send":
        return email.run
    return sandbox.run
