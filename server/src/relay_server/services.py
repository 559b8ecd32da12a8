"""Everything a handler needs, built once per app."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

import httpx

from relay_server._generated import models
from relay_server.cipher import Cipher, NotStarted, load_cipher
from relay_server.config import Settings, new_secret
from relay_server.cursors import Cursors
from relay_server.db import Database, open_database
from relay_server.db.sqlite import SqliteDatabase
from relay_server.idempotency import IdempotencyStore
from relay_server.keys import KeyStore
from relay_server.metrics import Metrics
from relay_server.ratelimit import FailedAuthThrottle, Limiter, Policy
from relay_server.secrets_at_rest import encrypt_plaintext_secrets
from relay_server.stores import meta
from relay_server.tokens import ConfirmTokens

#: a long-running coroutine started in the app lifespan and cancelled at shutdown
BackgroundTask = Callable[["Services"], Coroutine[Any, Any, None]]
#: awaited after an execution finished: (services, workspace_id, event_type, execution)
EventListener = Callable[["Services", str, str, models.Execution], Awaitable[None]]


@dataclass
class Services:
    settings: Settings
    db: Database
    keys: KeyStore
    tokens: ConfirmTokens
    limiter: Limiter
    idempotency: IdempotencyStore
    metrics: Metrics
    http: httpx.AsyncClient
    #: encryption at rest (webhook secrets, OAuth tokens, preview params, stored idempotent responses)
    cipher: Cipher
    #: signs and checks the lists' pagination cursors
    cursors: Cursors
    background_tasks: list[BackgroundTask] = field(default_factory=list)
    event_listeners: list[EventListener] = field(default_factory=list)
    #: set when a webhook delivery was enqueued (or an attempt finished): the delivery worker looks at once
    wake_delivery_worker: asyncio.Event = field(default_factory=asyncio.Event)

    async def emit(self, workspace_id: str, event_type: str, data: models.Execution) -> None:
        for listener in self.event_listeners:
            await listener(self, workspace_id, event_type, data)

    async def start(self) -> None:
        """Connects to the database, applies pending migrations and loads the server secret (the app's
        lifespan calls it before serving)."""
        await self.db.open()
        await self.db.migrate()
        secret = self.settings.secret or base64.b64decode(
            await meta.set_if_absent(self.db, "server_secret", base64.b64encode(new_secret()).decode())
        )
        self.tokens.secret = secret
        self.cursors = Cursors(secret)
        self.cipher = self.idempotency.cipher = await load_cipher(self.settings, self.db)
        if isinstance(self.db, SqliteDatabase):  # only SQLite files predate encryption at rest
            await encrypt_plaintext_secrets(self.db, self.cipher)

    async def stop(self) -> None:
        await self.http.aclose()
        self.keys.close()
        await self.db.close()


def build_services(settings: Settings) -> Services:
    """Everything a handler needs, not connected yet: ``await services.start()`` first."""
    settings.check()
    db = open_database(
        settings.database,
        background_checkpoints=True,  # SQLite: app.py runs the Checkpointer
        pool_size=settings.database_pool_size,
    )
    cipher = NotStarted()
    return Services(
        settings=settings,
        db=db,
        keys=KeyStore(
            db,
            cache_ttl=settings.key_cache_ttl,
            throttle=FailedAuthThrottle(
                db,
                by_address=Policy(
                    "failed-auth-address",
                    settings.auth_failures_per_address,
                    settings.auth_failures_per_address,
                ),
                by_key=Policy(
                    "failed-auth-key", settings.auth_failures_per_key, settings.auth_failures_per_key
                ),
            ),
            verify_threads=settings.key_verify_threads,
        ),
        tokens=ConfirmTokens(settings.secret, db),
        limiter=Limiter(db, Policy("workspace", settings.rate_limit_per_minute, settings.burst)),
        idempotency=IdempotencyStore(db, cipher, int(settings.interrupted_after_seconds * 1000)),
        metrics=Metrics(),
        http=httpx.AsyncClient(
            timeout=settings.webhook_timeout_seconds, follow_redirects=False, trust_env=False
        ),
        cipher=cipher,
        cursors=Cursors(settings.secret),
    )
