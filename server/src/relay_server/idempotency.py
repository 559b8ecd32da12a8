"""Durable idempotency keys (Stripe semantics, IETF draft-ietf-httpapi-idempotency-key-header).

The lock is a row in the database: one ``INSERT … ON CONFLICT`` statement decides the single winner
across coroutines, processes and hosts (the primary key on (workspace, key); SQLite's write lock or
PostgreSQL's row lock orders concurrent statements). States: ``locked`` (handler running, nothing executed yet),
``executing`` (execution began; the key can never run again), ``done`` (response stored: its status and body, or — for an execute — the execution id it is rebuilt
from, so a key costs a few dozen bytes, not a copy of the response). A key left
``executing`` by a process that stopped mid-execution answers 409 ``conflict`` once it is older than
``interrupted_after_ms``, instead of ``idempotency_in_progress`` forever.

The stored response body is encrypted (:mod:`relay_server.cipher`): it may carry the secret of an API
key or webhook endpoint the request created. Whether a stored response may still be replayed is the
request pipeline's decision (``routing``: never a secret that was revoked since).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from relay_server._generated.models import ErrorCode
from relay_server.cipher import Cipher, Undecryptable
from relay_server.db import Database
from relay_server.errors import ApiError
from relay_server.stores import idempotency

RETENTION_MS = 24 * 3600 * 1000
#: a ``locked`` row older than this belongs to a process that died before anything executed
STALE_LOCK_MS = 60 * 1000
MAX_KEY_LENGTH = 255


def parse_key(raw: str) -> str:
    """Accepts a bare key or an RFC 8941 sf-string; returns the key or raises a 422."""
    value = raw.strip()

    def bad(msg: str) -> ApiError:
        return ApiError(
            422,
            ErrorCode.validation_failed,
            "The Idempotency-Key header is invalid.",
            errors=[{"pointer": "/headers/idempotency-key", "message": msg}],
        )

    if value.startswith('"'):
        if len(value) < 2 or not value.endswith('"'):
            raise bad("a quoted key must be a structured-field string")
        out: list[str] = []
        inner = value[1:-1]
        i = 0
        while i < len(inner):
            ch = inner[i]
            if ch == "\\":
                if i + 1 >= len(inner) or inner[i + 1] not in '"\\':
                    raise bad("invalid escape in structured-field string")
                out.append(inner[i + 1])
                i += 2
                continue
            if ch == '"' or not (0x20 <= ord(ch) <= 0x7E):
                raise bad("invalid character in structured-field string")
            out.append(ch)
            i += 1
        value = "".join(out)
    elif not all(0x20 <= ord(c) <= 0x7E for c in value):
        raise bad("only visible ASCII characters and spaces are allowed")
    if not value:
        raise bad("must not be empty")
    if len(value) > MAX_KEY_LENGTH:
        raise bad(f"must be at most {MAX_KEY_LENGTH} characters")
    return value


def fingerprint(method: str, path: str, body: object) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{method} {path}\n{canonical}".encode()).hexdigest()


@dataclass(frozen=True)
class StoredResponse:
    """A response to replay: its ``body``, or ``ref`` (an execution id) to rebuild it from."""

    status: int
    body: bytes | None
    headers: dict[str, str]
    ref: str | None = None


class IdempotencyStore:
    def __init__(self, db: Database, cipher: Cipher, interrupted_after_ms: int = 300_000) -> None:
        self.db = db
        self.cipher = cipher
        #: an ``executing`` row this old belongs to a process that stopped mid-execution
        self.interrupted_after_ms = interrupted_after_ms

    async def begin(self, workspace_id: str, key: str, fp: str) -> StoredResponse | None:
        """Takes the lock (returns None) or returns the stored response to replay; raises 409/422."""
        now = self.db.now_ms()
        expires = now + RETENTION_MS
        if await idempotency.take(self.db, workspace_id, key, fp, now, expires, now - STALE_LOCK_MS):
            return None
        row = await idempotency.get(self.db, workspace_id, key)
        if row is None:  # purged between the two statements: it had expired, so take it again
            return await self.begin(workspace_id, key, fp)
        if row["request_hash"] != fp:
            raise ApiError(
                422,
                ErrorCode.idempotency_key_reused,
                "This Idempotency-Key was used with a different request body.",
            )
        if row["state"] == "executing" and row["locked_at"] < now - self.interrupted_after_ms:
            raise self._interrupted(row["response_ref"])
        if row["state"] != "done":
            raise ApiError(
                409,
                ErrorCode.idempotency_in_progress,
                "A request with this Idempotency-Key is still being processed; retry shortly.",
                headers={"Retry-After": "1"},
            )
        sealed = row["response_body"]
        if sealed is None:  # an execute: its execution is the body (rebuilt by the caller)
            return StoredResponse(
                status=int(row["status_code"]),
                body=None,
                headers=json.loads(row["response_headers"] or "{}"),
                ref=row["response_ref"],
            )
        try:
            body = self.cipher.decrypt(bytes(sealed))
        except Undecryptable:
            raise ApiError(
                409,
                ErrorCode.conflict,
                "The response stored for this Idempotency-Key can no longer be read (the server's encryption "
                "key changed); it is not replayed. Send a new key.",
            ) from None
        return StoredResponse(
            status=int(row["status_code"]), body=body, headers=json.loads(row["response_headers"] or "{}")
        )

    @staticmethod
    def _interrupted(exe_id: str | None) -> ApiError:
        # Not idempotency_in_progress: that one says "retry shortly" (and the SDKs do), which would
        # never end. The action may have run; it must never run twice, so the key stays spent.
        where = f"execution {exe_id}" if exe_id is not None else "its execution"
        return ApiError(
            409,
            ErrorCode.conflict,
            "The first request with this Idempotency-Key began executing and never finished: the server "
            f"stopped mid-execution. It will not run again; see {where} (marked failed, `interrupted`) and "
            "send a new key to try again.",
        )

    async def mark_executing(self, workspace_id: str, key: str, execution_id: str) -> None:
        await idempotency.mark_executing(self.db, workspace_id, key, execution_id)

    async def complete(
        self,
        workspace_id: str,
        key: str,
        status: int,
        body: bytes | None,
        headers: dict[str, str],
        ref: str | None = None,
    ) -> None:
        sealed = None if body is None else self.cipher.encrypt(body)
        await idempotency.complete(self.db, workspace_id, key, status, sealed, headers, ref)

    async def release(self, workspace_id: str, key: str) -> None:
        await idempotency.release(self.db, workspace_id, key)
