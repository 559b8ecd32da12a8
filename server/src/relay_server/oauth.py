"""OAuth 2.0 authorization code + PKCE: provider configuration, and the dev-mode
simulated authorization server (its own authorize / token / revoke / introspect endpoints under
``/oauth/sim``), and refreshing access tokens before they expire.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

import httpx
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from relay_server.cipher import Cipher
from relay_server.config import Settings
from relay_server.db import Database, now_ms
from relay_server.stores import connections, oauth_sim

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


def provider_config(name: str, base_url: str, settings: Settings) -> ProviderConfig:
    """Real providers plug in with ``RELAY_OAUTH_<PROVIDER>_{AUTHORIZE_URL,TOKEN_URL,REVOKE_URL,CLIENT_ID,
    CLIENT_SECRET}`` (``settings.oauth_providers``); without them the simulated provider of this server
    is used."""
    real = settings.oauth_providers.get(name)
    sim = base_url.rstrip("/") + f"/oauth/sim/{name}"
    return ProviderConfig(
        name=name,
        authorize_url=(real and real.authorize_url) or sim + "/authorize",
        token_url=(real and real.token_url) or sim + "/token",
        revoke_url=(real and real.revoke_url) or sim + "/revoke",
        client_id=(real and real.client_id) or "relay-dev",
        client_secret=(real and real.client_secret) or "relay-dev-secret",
    )


def provider_configured(name: str, settings: Settings) -> bool:
    real = settings.oauth_providers.get(name)
    return real is not None and bool(real.authorize_url)


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


class RefreshFailed(Exception):
    """The provider refused or could not be reached for a refresh."""


async def fresh_access_token(
    db: Database, cipher: Cipher, settings: Settings, http: httpx.AsyncClient, connection_id: str
) -> str:
    """The connection's access token, refreshed at the provider's token endpoint first when it expires
    within ``settings.oauth_refresh_margin_seconds``. Tokens are stored encrypted (``cipher``)."""
    row = await connections.active_tokens(db, connection_id)
    if row is None or row["token_blob"] is None:
        raise RefreshFailed("no active connection")
    try:
        tokens: dict[str, object] = cipher.decrypt_json(row["token_blob"])
    except ValueError as exc:
        raise RefreshFailed("the stored tokens cannot be decrypted") from exc
    margin_ms = int(settings.oauth_refresh_margin_seconds * 1000)
    if row["access_expires_at"] is not None and row["access_expires_at"] - margin_ms > now_ms():
        return str(tokens["access_token"])
    refresh_token = tokens.get("refresh_token")
    if not refresh_token or not row["token_url"]:
        raise RefreshFailed("the access token expired and cannot be refreshed")
    cfg = provider_config(row["provider"], "", settings)
    try:
        resp = await http.post(
            row["token_url"],
            data={
                "grant_type": "refresh_token",
                "refresh_token": str(refresh_token),
                "client_id": cfg.client_id,
                "client_secret": cfg.client_secret,
            },
            headers={"accept": "application/json"},
        )
    except httpx.HTTPError as exc:
        raise RefreshFailed("the provider's token endpoint could not be reached") from exc
    if resp.status_code != 200:
        raise RefreshFailed(f"the provider refused the refresh ({resp.status_code})")
    fresh: dict[str, object] = resp.json()
    # providers may omit the refresh token on refresh: keep the old one then
    merged = {**tokens, **fresh}
    now = now_ms()
    expires_in = fresh.get("expires_in", 3600)
    expires = now + int(expires_in if isinstance(expires_in, (int, float, str)) else 3600) * 1000
    await connections.store_refreshed(db, connection_id, cipher.encrypt_json(merged), expires, now)
    return str(merged["access_token"])


# -- simulated authorization server (dev mode) -------------------------------------------------------


def sim_routes(db: Database, token_ttl_seconds: int = 3600) -> list[Route]:
    """The simulated provider keeps only SHA-256 digests of the tokens it issued (never the tokens)."""

    async def issue(provider: str, scope: str, grant: str, family: str | None = None) -> dict[str, object]:
        tokens = _sim_tokens(provider, scope, token_ttl_seconds)
        now = now_ms()
        await oauth_sim.insert_token_pair(
            db,
            provider=provider,
            grant_type=grant,
            family=family or secrets.token_hex(8),
            access_sha256=_digest(str(tokens["access_token"])),
            refresh_sha256=_digest(str(tokens["refresh_token"])),
            access_expires_at=now + token_ttl_seconds * 1000,
            now=now,
        )
        return tokens

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
        await oauth_sim.insert_code(
            db,
            code=code,
            provider=provider,
            code_challenge=q["code_challenge"],
            redirect_uri=q.get("redirect_uri"),
            scopes=q.get("scope", ""),
            expires_at=now_ms() + 60_000,
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
            old = await oauth_sim.token(db, _digest(str(form.get("refresh_token", ""))))
            if (
                old is None
                or old["kind"] != "refresh"
                or old["revoked_at"] is not None
                or old["provider"] != provider
            ):
                return JSONResponse({"error": "invalid_grant"}, status_code=400)
            # rotation: the used refresh token is revoked, the family lives on
            await oauth_sim.revoke_token(db, _digest(str(form["refresh_token"])), now_ms())
            return JSONResponse(
                await issue(provider, str(form.get("scope", "")), "refresh_token", old["family"])
            )
        if grant != "authorization_code":
            return JSONResponse({"error": "unsupported_grant_type"}, status_code=400)
        verifier = str(form.get("code_verifier", ""))
        row = await oauth_sim.take_code(db, str(form.get("code", "")), provider, now_ms())
        if row is None:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        if s256(verifier) != row["code_challenge"]:
            return JSONResponse(
                {"error": "invalid_grant", "error_description": "PKCE verification failed"}, status_code=400
            )
        if row["redirect_uri"] and form.get("redirect_uri") != row["redirect_uri"]:
            return JSONResponse({"error": "invalid_grant"}, status_code=400)
        return JSONResponse(await issue(provider, row["scopes"], "authorization_code"))

    async def revoke(request: Request) -> Response:
        """RFC 7009: revoking a token revokes its whole grant (every token of the family)."""
        form = await _form(request)
        row = await oauth_sim.token(db, _digest(form.get("token", "")))
        if row is not None:
            await oauth_sim.revoke_family(db, row["family"], now_ms())
        return Response(status_code=200)

    async def introspect(request: Request) -> Response:
        """RFC 7662-style: whether a token is active, plus how it was granted (for tests and debugging)."""
        form = await _form(request)
        row = await oauth_sim.token(db, _digest(form.get("token", "")))
        if row is None:
            return JSONResponse({"active": False})
        expired = row["expires_at"] is not None and row["expires_at"] <= now_ms()
        return JSONResponse(
            {
                "active": row["revoked_at"] is None and not expired,
                "token_type": f"{row['kind']}_token",
                "grant_type": row["grant_type"],
                "revoked": row["revoked_at"] is not None,
                "exp": None if row["expires_at"] is None else row["expires_at"] // 1000,
            }
        )

    return [
        Route("/oauth/sim/{provider}/authorize", authorize, methods=["GET"]),
        Route("/oauth/sim/{provider}/token", token, methods=["POST"]),
        Route("/oauth/sim/{provider}/revoke", revoke, methods=["POST"]),
        Route("/oauth/sim/{provider}/introspect", introspect, methods=["POST"]),
    ]


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    return {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _sim_tokens(provider: str, scope: str, ttl_seconds: int) -> dict[str, object]:
    return {
        "access_token": "sim_at_" + secrets.token_urlsafe(24),
        "refresh_token": "sim_rt_" + secrets.token_urlsafe(24),
        "token_type": "Bearer",
        "expires_in": ttl_seconds,
        "scope": scope,
        "account": f"dev@{provider}.example",
    }
