"""OAuth 2.0 authorization code + PKCE: provider configuration, token encryption, and the dev-mode
simulated authorization server (its own authorize / token / revoke endpoints under ``/oauth/sim``).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from cryptography.fernet import Fernet, InvalidToken
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from relay_server.db import Database, now_ms

STATE_TTL_MS = 10 * 60 * 1000
DEFAULT_SCOPES = {
    "google": [
        "openid",
        "email",
        "https://www.googleapis.com/auth/gmail.send",
        "https://www.googleapis.com/auth/calendar.events",
        "https://www.googleapis.com/auth/chat.messages",
    ],
    "microsoft": [
        "openid",
        "email",
        "offline_access",
        "Mail.Send",
        "Calendars.ReadWrite",
        "ChannelMessage.Send",
    ],
    "github": ["read:user", "repo"],
}


@dataclass(frozen=True)
class ProviderConfig:
    name: str
    authorize_url: str
    token_url: str
    revoke_url: str | None
    client_id: str
    client_secret: str


def provider_config(name: str, base_url: str) -> ProviderConfig:
    """Real providers plug in with ``RELAY_OAUTH_<PROVIDER>_{AUTHORIZE_URL,TOKEN_URL,REVOKE_URL,CLIENT_ID,
    CLIENT_SECRET}``; without them the simulated provider of this server is used."""
    env = f"RELAY_OAUTH_{name.upper()}_"
    sim = base_url.rstrip("/") + f"/oauth/sim/{name}"
    return ProviderConfig(
        name=name,
        authorize_url=os.environ.get(env + "AUTHORIZE_URL", sim + "/authorize"),
        token_url=os.environ.get(env + "TOKEN_URL", sim + "/token"),
        revoke_url=os.environ.get(env + "REVOKE_URL", sim + "/revoke"),
        client_id=os.environ.get(env + "CLIENT_ID", "relay-dev"),
        client_secret=os.environ.get(env + "CLIENT_SECRET", "relay-dev-secret"),
    )


def provider_configured(name: str) -> bool:
    return bool(os.environ.get(f"RELAY_OAUTH_{name.upper()}_AUTHORIZE_URL"))


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(48)
    return verifier, s256(verifier)


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


def authorization_url(
    cfg: ProviderConfig, redirect_uri: str, state: str, challenge: str, scopes: list[str]
) -> str:
    query = urlencode(
        {
            "response_type": "code",
            "client_id": cfg.client_id,
            "redirect_uri": redirect_uri,
            "scope": " ".join(scopes),
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    return f"{cfg.authorize_url}?{query}"


class TokenCipher:
    """Fernet (AES-128-CBC + HMAC-SHA256) with a key from ``RELAY_ENCRYPTION_KEY``; in dev mode a
    key generated once and kept in the database."""

    def __init__(self, db: Database) -> None:
        key = os.environ.get("RELAY_ENCRYPTION_KEY") or db.set_meta_if_absent(
            "dev_encryption_key", Fernet.generate_key().decode()
        )
        self._fernet = Fernet(key.encode())

    def encrypt(self, tokens: dict[str, object]) -> bytes:
        return self._fernet.encrypt(json.dumps(tokens).encode())

    def decrypt(self, blob: bytes) -> dict[str, object]:
        try:
            out: dict[str, object] = json.loads(self._fernet.decrypt(blob))
        except InvalidToken as exc:
            raise ValueError("undecryptable token blob") from exc
        return out


# -- simulated authorization server (dev mode) -------------------------------------------------------


def sim_routes(db: Database) -> list[Route]:
    async def authorize(request: Request) -> Response:
        provider = request.path_params["provider"]
        q = request.query_params
        if (
            q.get("response_type") != "code"
            or q.get("code_challenge_method") != "S256"
            or not q.get("code_challenge")
        ):
            return JSONResponse({"error": "invalid_request"}, status_code=400)
        code = secrets.token_urlsafe(24)
        db.execute(
            "INSERT INTO oauth_sim_codes(code, provider, code_challenge, redirect_uri, scopes, expires_at)"
            " VALUES (?,?,?,?,?,?)",
            (
                code,
                provider,
                q["code_challenge"],
                q.get("redirect_uri"),
                q.get("scope", ""),
                now_ms() + 60_000,
            ),
        )
        params = {"code": code, "state": q.get("state", "")}
        redirect = q.get("redirect_uri")
        if redirect and request.headers.get("accept", "").find("application/json") < 0:
            sep = "&" if "?" in redirect else "?"
            return RedirectResponse(f"{redirect}{sep}{urlencode(params)}", status_code=302)
        return JSONResponse(params)

    async def token(request: Request) -> Response:
        provider = request.path_params["provider"]
        form = await _form(request)
        grant = form.get("grant_type")
        if grant == "refresh_token":
            if not str(form.get("refresh_token", "")).startswith("sim_rt_"):
                return JSONResponse({"error": "invalid_grant"}, status_code=400)
            return JSONResponse(_sim_tokens(provider, str(form.get("scope", ""))))
        if grant != "authorization_code":
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        code = str(form.get("code", ""))
        verifier = str(form.get("code_verifier", ""))
        with db.transaction() as conn:
            row = conn.execute(
                "SELECT provider, code_challenge, redirect_uri, scopes, expires_at, used_at FROM oauth_sim_codes"
                " WHERE code = ?",
                (code,),
            ).fetchone()
            if (
                row is None
                or row["used_at"] is not None
                or row["expires_at"] < now_ms()
                or row["provider"] != provider
            ):
                return JSONResponse({"error": "invalid_grant"}, status_code=400)
            conn.execute("UPDATE oauth_sim_codes SET used_at = ? WHERE code = ?", (now_ms(), code))
        if s256(verifier) != row["code_challenge"]:
            return JSONResponse(
                {"error": "invalid_grant", "error_description": "PKCE verification failed"}, status_code=400
            )
        if row["redirect_uri"] and form.get("redirect_uri") != row["redirect_uri"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        return JSONResponse(_sim_tokens(provider, row["scopes"]))

    async def revoke(request: Request) -> Response:
        await _form(request)
        return Response(status_code=200)

    return [
        Route("/oauth/sim/{provider}/authorize", authorize, methods=["GET"]),
        Route("/oauth/sim/{provider}/token", token, methods=["POST"]),
        Route("/oauth/sim/{provider}/revoke", revoke, methods=["POST"]),
    ]


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


def _sim_tokens(provider: str, scope: str) -> dict[str, object]:
    return {
        "access_token": "sim_at_" + secrets.token_urlsafe(24),
        "refresh_token": "sim_rt_" + secrets.token_urlsafe(24),
        "token_type": "Bearer",
        "expires_in": 3600,
        "scope": scope,
        "account": f"dev@{provider}.example",
    }
