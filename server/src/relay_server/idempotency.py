"""Durable idempotency keys (Stripe semantics, IETF draft-ietf-httpapi-idempotency-key-header).

The lock is a row in the database: ``INSERT`` under ``BEGIN IMMEDIATE`` decides the single winner
across coroutines, threads and processes. States: ``locked`` (handler running, nothing executed yet),
``executing`` (execution began; the key can never run again), ``done`` (response stored). A key left
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
from relay_server.db import Database, now_ms
from relay_server.errors import ApiError
from relay_server.stores import confirm_tokens, executions, idempotency

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
    status: int
    body: bytes
    headers: dict[str, str]


class IdempotencyStore:
    def __init__(self, db: Database, cipher: Cipher, interrupted_after_ms: int = 300_000) -> None:
        self.db = db
        self.cipher = cipher
        #: an ``executing`` row this old belongs to a process that stopped mid-execution
        self.interrupted_after_ms = interrupted_after_ms

    def begin(self, workspace_id: str, key: str, fp: str) -> StoredResponse | None:
        """Takes the lock (returns None) or returns the stored response to replay; raises 409/422."""
        now = now_ms()
        with self.db.transaction():
            row = idempotency.get(self.db, workspace_id, key)
            if row is not None and (
                row["expires_at"] <= now
                or (row["state"] == "locked" and row["locked_at"] < now - STALE_LOCK_MS)
            ):
                idempotency.delete(self.db, workspace_id, key)
                row = None
            if row is None:
                idempotency.insert_locked(self.db, workspace_id, key, fp, now, now + RETENTION_MS)
                return None
        if row["request_hash"] != fp:
            raise ApiError(
                422,
                ErrorCode.idempotency_key_reused,
                "This Idempotency-Key was used with a different request body.",
            )
        if row["state"] == "executing" and row["locked_at"] < now - self.interrupted_after_ms:
            raise self._interrupted(workspace_id, key)
        if row["state"] != "done":
            raise ApiError(
                409,
                ErrorCode.idempotency_in_progress,
                "A request with this Idempotency-Key is still being processed; retry shortly.",
                headers={"Retry-After": "1"},
            )
        try:
            body = self.cipher.decrypt(bytes(row["response_body"]))
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

    def _interrupted(self, workspace_id: str, key: str) -> ApiError:
        # Not idempotency_in_progress: that one says "retry shortly" (and the SDKs do), which would
        # never end. The action may have run; it must never run twice, so the key stays spent.
        exe_id = executions.latest_id_with_idempotency_key(self.db, workspace_id, key)
        where = f"execution {exe_id}" if exe_id is not None else "its execution"
        return ApiError(
            409,
            ErrorCode.conflict,
            "The first request with this Idempotency-Key began executing and never finished: the server "
            f"stopped mid-execution. It will not run again; see {where} (marked failed, `interrupted`) and "
            "send a new key to try again.",
        )

    def mark_executing(self, workspace_id: str, key: str) -> None:
        idempotency.mark_executing(self.db, workspace_id, key)

    def complete(
        self, workspace_id: str, key: str, status: int, body: bytes, headers: dict[str, str]
    ) -> None:
        idempotency.complete(self.db, workspace_id, key, status, self.cipher.encrypt(body), headers)

    def release(self, workspace_id: str, key: str) -> None:
        idempotency.release(self.db, workspace_id, key)

    def purge_expired(self) -> int:
        """Drops expired keys, and the expired previews and used-token records with them."""
        now = now_ms()
        purged = idempotency.purge_expired(self.db, now)
        confirm_tokens.purge_expired(self.db, now)
        return purged
