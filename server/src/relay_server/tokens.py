"""Confirm tokens: HMAC-SHA256 signed, bound to workspace + action + params digest, 10 minutes, single use."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from typing import Any

from relay_server.db import Database
from relay_server.stores import confirm_tokens

CONFIRM_TTL_SECONDS = 600
TOKEN_PREFIX = "ct_v1."  # noqa: S105 - a prefix, not a secret


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def params_digest(params: Any) -> str:
    return hashlib.sha256(canonical_json(params)).hexdigest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(data: str) -> bytes:
    return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))


@dataclass(frozen=True)
class IssuedToken:
    token: str
    expires_at: float  # epoch seconds
    nonce: str


class TokenError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # "invalid" | "expired" | "mismatch" | "used"


class ConfirmTokens:
    def __init__(self, secret: bytes, db: Database) -> None:
        #: the HMAC key; ``Services.start`` sets the one kept in the database when none was configured
        self.secret = secret
        self.db = db

    def issue(self, workspace_id: str, action_id: str, params: Any, now: float | None = None) -> IssuedToken:
        issued = self.db.now() if now is None else now
        exp = int(issued) + CONFIRM_TTL_SECONDS
        nonce = secrets.token_hex(12)
        payload = {"a": action_id, "d": params_digest(params), "e": exp, "n": nonce, "w": workspace_id}
        body = _b64(canonical_json(payload))
        sig = _b64(hmac.new(self.secret, body.encode("ascii"), hashlib.sha256).digest())
        return IssuedToken(token=f"{TOKEN_PREFIX}{body}.{sig}", expires_at=float(exp), nonce=nonce)

    def check(self, token: str, workspace_id: str, action_id: str) -> dict[str, Any]:
        """Verifies signature, binding to workspace + action, and expiry (not params, not single use)."""
        if (
            not token.isascii()
            or not token.startswith(TOKEN_PREFIX)
            or token[len(TOKEN_PREFIX) :].count(".") != 1
        ):
            raise TokenError("invalid")
        body, sig = token[len(TOKEN_PREFIX) :].split(".")
        expected = _b64(hmac.new(self.secret, body.encode("ascii"), hashlib.sha256).digest())
        if not hmac.compare_digest(expected, sig):
            raise TokenError("invalid")
        try:
            payload = json.loads(_unb64(body))
        except (ValueError, UnicodeDecodeError) as exc:
            raise TokenError("invalid") from exc
        if not isinstance(payload, dict):
            raise TokenError("invalid")
        if payload.get("w") != workspace_id or payload.get("a") != action_id:
            raise TokenError("mismatch")
        if not isinstance(payload.get("e"), int) or not isinstance(payload.get("n"), str):
            raise TokenError("invalid")
        if int(payload["e"]) <= self.db.now():
            raise TokenError("expired")
        return payload

    async def is_used(self, nonce: str) -> bool:
        return await confirm_tokens.is_used(self.db, _nonce_digest(nonce))

    async def consume(self, nonce: str, workspace_id: str, exp: int) -> bool:
        """Marks the token (by its nonce) used, inside the caller's transaction; False when already used
        (the record's primary key: of two transactions using one token, in any processes, one wins)."""
        return await confirm_tokens.mark_used(
            self.db, _nonce_digest(nonce), workspace_id, self.db.now_ms(), exp * 1000
        )


def _nonce_digest(nonce: str) -> str:
    return hashlib.sha256(nonce.encode()).hexdigest()
