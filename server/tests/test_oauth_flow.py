"""OAuth 2.0 code + PKCE end to end against the simulated provider over real HTTP: forged state and
replayed code rejected, tokens encrypted at rest, refreshed before expiry, revoked at the provider."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from conftest import EMAIL_PARAMS, FLOWS_ENV, Server, preview, query

from relay_server.cipher import Cipher

MARGIN = float(FLOWS_ENV["RELAY_OAUTH_REFRESH_MARGIN_SECONDS"])


def _authorize(c: httpx.Client) -> tuple[str, str, dict[str, list[str]]]:
    auth = c.post("/v1/connections/authorize", json={"provider": "google"})
    assert auth.status_code == 200, auth.text
    url = auth.json()["authorization_url"]
    query = parse_qs(urlsplit(url).query)
    assert query["code_challenge_method"] == ["S256"] and query["state"] == [auth.json()["state"]]
    # the "user" consents at the simulated provider, which answers with the code for the redirect
    consent = httpx.get(url, headers={"accept": "application/json"})
    assert consent.status_code == 200
    return consent.json()["code"], consent.json()["state"], query


def _stored(db: Any, connection_id: str) -> dict[str, Any]:
    (row,) = query(db, "SELECT token_blob, token_url FROM connections WHERE id = ?", (connection_id,))
    blob, token_url = row["token_blob"], row["token_url"]
    if blob is None:
        return {}
    tokens: dict[str, Any] = Cipher(FLOWS_ENV["RELAY_ENCRYPTION_KEY"]).decrypt_json(blob)
    tokens["_blob"] = bytes(blob)
    tokens["_token_url"] = token_url
    return tokens


def _introspect(server: Server, token: str) -> dict[str, Any]:
    r = httpx.post(server.url + "/oauth/sim/google/introspect", data={"token": token})
    assert r.status_code == 200
    out: dict[str, Any] = r.json()
    return out


def _ts(value: str) -> float:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()


def test_oauth_flow_refresh_and_revoke(flows: Server) -> None:
    with flows.client(flows.credentials()["api_key"]) as c:
        code, state, _ = _authorize(c)
        forged = c.post("/v1/connections/complete", json={"state": "st_" + "a" * 26, "code": code})
        assert forged.status_code == 422 and forged.json()["errors"][0]["pointer"] == "/state"
        done = c.post("/v1/connections/complete", json={"state": state, "code": code})
        assert done.status_code == 201, done.text
        con = done.json()
        assert con["status"] == "active" and con["account"] == "dev@google.example"
        # replaying the same state and code: the state was single use
        again = c.post("/v1/connections/complete", json={"state": state, "code": code})
        assert again.status_code == 422 and again.json()["errors"][0]["pointer"] == "/state"
        # the used code under a fresh state: the provider refuses it
        _, state2, _ = _authorize(c)
        replay = c.post("/v1/connections/complete", json={"state": state2, "code": code})
        assert replay.status_code == 422 and replay.json()["errors"][0]["pointer"] == "/code"

        # encrypted at rest: neither the row nor the database files contain the tokens
        first = _stored(flows.db, con["id"])
        assert first["_token_url"] == flows.url + "/oauth/sim/google/token"
        files = b"".join(p.read_bytes() for p in Path(flows.db).parent.glob(Path(flows.db).name + "*"))
        for token in (first["access_token"], first["refresh_token"]):
            assert token.encode() not in first["_blob"] and token.encode() not in files
        assert _introspect(flows, first["access_token"])["active"] is True

        # within the refresh margin of the expiry, using the connection refreshes it first
        expires = _ts(con["token_expires_at"])
        time.sleep(max(0.0, expires - MARGIN - time.time()) + 0.1)
        p = preview(c, "google.gmail.send", EMAIL_PARAMS)
        exe = c.post("/v1/actions/google.gmail.send/execute", json={"confirm_token": p["confirm_token"]})
        assert exe.status_code == 200 and exe.json()["status"] == "succeeded", exe.text
        assert exe.json()["result"]["connection_id"] == con["id"]
        assert "sim_" not in exe.text  # the execution records the connection, never a token
        refreshed = c.get("/v1/connections").json()["data"]
        now_con = next(x for x in refreshed if x["id"] == con["id"])
        assert _ts(now_con["token_expires_at"]) > expires
        second = _stored(flows.db, con["id"])
        assert second["access_token"] != first["access_token"]
        info = _introspect(flows, second["access_token"])
        assert info["active"] is True and info["grant_type"] == "refresh_token"
        assert _introspect(flows, first["refresh_token"])["active"] is False  # rotated

        # revoke: the provider's revocation endpoint is called and the tokens are deleted
        revoked = c.delete(f"/v1/connections/{con['id']}")
        assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
        gone = _introspect(flows, second["refresh_token"])
        assert gone["active"] is False and gone["revoked"] is True
        assert _introspect(flows, second["access_token"])["revoked"] is True
        assert _stored(flows.db, con["id"]) == {}
