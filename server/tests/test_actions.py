"""The catalog, preview → confirm → execute, and the adapters doing real work."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from aiosmtpd.controller import Controller
from conftest import EMAIL_PARAMS, HIGH_LIMIT, Env, Receiver, Server, new_database, preview

from relay_server import signing
from relay_server.testing import free_port
from relay_server.tokens import ConfirmTokens

ACTIONS = {
    "webhook.post",
    "email.send",
    "google.gmail.send",
    "google.calendar.create_event",
    "google.chat.send_message",
    "microsoft.outlook.send",
    "microsoft.teams.send_message",
    "microsoft.calendar.create_event",
}


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def test_catalog(env: Env) -> None:
    with env.client("viewer") as c:
        page1 = c.get("/v1/actions", params={"limit": 3}).json()
        assert page1["has_more"] and len(page1["data"]) == 3
        rest = c.get("/v1/actions", params={"limit": 100, "after": page1["next_cursor"]}).json()
        ids = [a["id"] for a in page1["data"] + rest["data"]]
        assert set(ids) >= ACTIONS and ids == sorted(ids)
        google = c.get("/v1/actions", params={"provider": "google"}).json()["data"]
        assert {a["provider"] for a in google} == {"google"} and all(a["requires_connection"] for a in google)
        a = c.get("/v1/actions/webhook.post").json()
        assert a["input_schema"]["type"] == "object" and a["requires_connection"] is False


def test_webhook_post_is_signed_and_delivered(env: Env, receiver: Receiver) -> None:
    secret = signing.new_webhook_secret()
    with env.client("developer") as c:
        p = preview(
            c, "webhook.post", {"url": receiver.url, "payload": {"text": "hi"}, "signing_secret": secret}
        )
        assert p["params"]["signing_secret"] == secret
        exe = c.post("/v1/actions/webhook.post/execute", json={"confirm_token": p["confirm_token"]}).json()
    assert exe["status"] == "succeeded", exe
    assert exe["result"]["status_code"] == 204
    assert exe["params"]["signing_secret"] == "[REDACTED]"
    headers, body = receiver.requests[0]
    assert json.loads(body) == {"text": "hi"}
    assert signing.verify(secret, headers, body)
    assert headers["webhook-id"] == exe["result"]["webhook_id"]
    assert not signing.verify(signing.new_webhook_secret(), headers, body)


def test_webhook_post_upstream_error_is_failed_execution(env: Env) -> None:
    bad = Receiver(status=502)
    try:
        with env.client() as c:
            p = preview(c, "webhook.post", {"url": bad.url, "payload": {}})
            r = c.post("/v1/actions/webhook.post/execute", json={"confirm_token": p["confirm_token"]})
        assert r.status_code == 200
        assert r.json()["status"] == "failed" and r.json()["error"]["code"] == "upstream_error"
    finally:
        bad.close()


def test_recipients_as_string_or_list(env: Env) -> None:
    with env.client() as c:
        one = preview(c, "email.send", {"to": "ada@example.com", "subject": "Lunch", "body": "Noon?"})
        assert one["params"]["to"] == "ada@example.com"  # bound params stay as sent
        assert one["effects"] == ["Sends 1 email to ada@example.com"]
        exe = c.post("/v1/actions/email.send/execute", json={"confirm_token": one["confirm_token"]}).json()
        assert exe["result"]["accepted"] == ["ada@example.com"]
        bad = c.post(
            "/v1/actions/email.send/preview", json={"params": {"to": "nope", "subject": "s", "body": "b"}}
        )
        assert bad.status_code == 422
        assert bad.json()["errors"] == [
            {"pointer": "/params/to", "message": "'nope' is not a valid email address"}
        ]


def test_email_sandbox_outbox(env: Env) -> None:
    with env.client() as c:
        p = preview(c, "email.send", EMAIL_PARAMS)
        assert any("sandbox" in w for w in p["warnings"])
        exe = c.post("/v1/actions/email.send/execute", json={"confirm_token": p["confirm_token"]}).json()
    assert exe["status"] == "succeeded" and exe["result"]["delivery"] == "sandbox"
    assert exe["result"]["message_id"].endswith("@relay.local>")


def test_email_subject_must_be_one_line(env: Env) -> None:
    # a subject becomes a mail header: refused at preview (its input_schema's pattern, read with ECMA-262's
    # `$`, so a trailing newline is refused too), in sandbox and SMTP mode alike
    with env.client() as c:
        for subject in ("Lunch\nBcc: eve@example.com", "Lunch\r", "Lunch\n", "Lunch\u0000", "\x1b[31mred"):
            bad = c.post(
                "/v1/actions/email.send/preview", json={"params": {**EMAIL_PARAMS, "subject": subject}}
            )
            assert bad.status_code == 422, subject
            assert bad.json()["errors"] == [
                {
                    "pointer": "/params/subject",
                    "message": "must be one line without control characters (U+0000-U+001F, U+007F)",
                }
            ]


def test_webhook_headers_must_be_http_fields(env: Env) -> None:
    # webhook.post `headers` become HTTP header fields: names are tokens, values carry no CR/LF/NUL
    cases = {
        "Bad Name": ("/params/headers", "must be an HTTP field name"),
        "X-Ok": ("/params/headers/X-Ok", "must not contain CR, LF, NUL or other control characters"),
    }
    with env.client() as c:
        for (name, (where, message)), value in zip(cases.items(), ["v", "a\r\nInjected: 1"], strict=True):
            params = {"url": "https://example.com/hook", "payload": {}, "headers": {name: value}}
            bad = c.post("/v1/actions/webhook.post/preview", json={"params": params})
            assert bad.status_code == 422, bad.text
            errors = bad.json()["errors"]
            assert any(e["pointer"].startswith(where) and e["message"].startswith(message) for e in errors), (
                errors
            )


class _Sink:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


def test_email_over_smtp(tmp_path: Path) -> None:
    sink = _Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=free_port())
    controller.start()
    server = Server(
        new_database(tmp_path),
        [*HIGH_LIMIT, "--smtp-host", "127.0.0.1", "--smtp-port", str(controller.port)],
        cwd=tmp_path,
    ).start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            p = preview(c, "email.send", {**EMAIL_PARAMS, "cc": ["bob@example.com"]})
            exe = c.post("/v1/actions/email.send/execute", json={"confirm_token": p["confirm_token"]}).json()
        assert exe["status"] == "succeeded", exe
        assert exe["result"]["delivery"] == "smtp"
        assert len(sink.messages) == 1
        env_ = sink.messages[0]
        assert set(env_.rcpt_tos) == {"ada@example.com", "bob@example.com"}
        assert b"Subject: Lunch" in env_.content
    finally:
        server.stop()
        controller.stop()


def test_confirm_token_rules(env: Env) -> None:
    with env.client() as c:
        p = preview(c, "email.send", EMAIL_PARAMS)
        token = p["confirm_token"]
        # bound to the action
        r = c.post("/v1/actions/google.gmail.send/execute", json={"confirm_token": token})
        assert r.status_code == 422 and r.json()["code"] == "confirm_token_invalid"
        # bound to the params
        r = c.post(
            "/v1/actions/email.send/execute",
            json={"confirm_token": token, "params": {**EMAIL_PARAMS, "subject": "Other"}},
        )
        assert r.status_code == 422 and r.json()["code"] == "confirm_token_invalid"
        # forged
        head, _, sig = token.rpartition(".")
        r = c.post("/v1/actions/email.send/execute", json={"confirm_token": head + "." + sig[::-1]})
        assert r.status_code == 422 and r.json()["code"] == "confirm_token_invalid"
        r = c.post("/v1/actions/email.send/execute", json={"confirm_token": "garbage"})
        assert r.status_code == 422 and r.json()["code"] == "confirm_token_invalid"
        # same params given again are fine; then single use
        ok = c.post("/v1/actions/email.send/execute", json={"confirm_token": token, "params": EMAIL_PARAMS})
        assert ok.status_code == 200
        r = c.post("/v1/actions/email.send/execute", json={"confirm_token": token})
        assert r.status_code == 409 and r.json()["code"] == "confirm_token_used"


def test_confirm_token_expiry(tmp_path: Path) -> None:
    from relay_server.db.sqlite import SqliteDatabase
    from relay_server.tokens import TokenError

    db = SqliteDatabase(tmp_path / "t.db")  # checks need no statement: any engine's clock will do
    tokens = ConfirmTokens(b"k" * 32, db)
    old = tokens.issue("ws_x", "email.send", {"a": 1}, now=1_000_000.0)
    with pytest.raises(TokenError) as exc:
        tokens.check(old.token, "ws_x", "email.send")
    assert exc.value.reason == "expired"
    fresh = tokens.issue("ws_x", "email.send", {"a": 1})
    assert tokens.check(fresh.token, "ws_x", "email.send")["n"] == fresh.nonce
    with pytest.raises(TokenError):
        tokens.check(fresh.token, "ws_y", "email.send")
    with pytest.raises(TokenError):
        ConfirmTokens(b"other" * 8, db).check(fresh.token, "ws_x", "email.send")


def test_provider_actions_need_a_connection(env: Env) -> None:
    params = {"summary": "Sync", "start": "2030-01-01T10:00:00Z", "end": "2030-01-01T10:30:00Z"}
    with env.server.client(env.other_admin_key) as c:
        bad = c.post(
            "/v1/actions/google.calendar.create_event/preview",
            json={"params": {**params, "end": "2030-01-01T09:00:00Z"}},
        )
        assert bad.status_code == 422 and bad.json()["errors"][0]["pointer"] == "/params/end"
        p = preview(c, "google.calendar.create_event", params)
        assert any("connection" in w for w in p["warnings"])
        r = c.post(
            "/v1/actions/google.calendar.create_event/execute",
            json={"confirm_token": p["confirm_token"]},
            headers={"Idempotency-Key": "needs-conn"},
        )
        assert r.status_code == 409 and r.json()["code"] == "connection_required"
        # connect google through the OAuth flow (simulated provider in dev mode)
        auth = c.post(
            "/v1/connections/authorize",
            json={"provider": "google", "redirect_uri": "https://app.example.com/cb"},
        ).json()
        q = parse_qs(urlsplit(auth["authorization_url"]).query)
        assert q["code_challenge_method"] == ["S256"] and q["state"] == [auth["state"]]
        grant = httpx.get(auth["authorization_url"], headers={"accept": "application/json"}).json()
        con = c.post("/v1/connections/complete", json={"state": grant["state"], "code": grant["code"]})
        assert con.status_code == 201, con.text
        replayed = c.post("/v1/connections/complete", json={"state": grant["state"], "code": grant["code"]})
        assert replayed.status_code == 422
        # the same token now works (nothing was stored for the key, nothing consumed the token)
        r = c.post(
            "/v1/actions/google.calendar.create_event/execute",
            json={"confirm_token": p["confirm_token"]},
            headers={"Idempotency-Key": "needs-conn"},
        )
        assert r.status_code == 200 and r.json()["status"] == "succeeded", r.text
        assert r.json()["result"]["connection_id"] == con.json()["id"]
        assert "token" not in json.dumps(r.json()["result"])
        revoked = c.delete(f"/v1/connections/{con.json()['id']}")
        assert revoked.status_code == 200 and revoked.json()["status"] == "revoked"
        assert c.get("/v1/connections").json()["data"] == []


def test_metrics_and_usage(env: Env) -> None:
    with env.client() as c:
        p = preview(c, "email.send", EMAIL_PARAMS)
        c.post("/v1/actions/email.send/execute", json={"confirm_token": p["confirm_token"]})
        text = c.get("/metrics").text
        assert 'action_exec_total{action="email.send",status="succeeded"}' in text
        assert 'action_latency_seconds_count{action="email.send",status="succeeded"}' in text
        assert "# TYPE action_error_total counter" in text
        usage = c.get("/v1/usage").json()
        rows = [r for r in usage["data"] if r["action_id"] == "email.send"]
        assert rows and rows[0]["executions"] >= 1 and rows[0]["succeeded"] >= 1
        # schema-valid dates are never refused (the spec's rules): a reversed range is empty, a range
        # over 366 days is shortened to the 366 days ending on end_date, both reported in the response
        reversed_range = c.get("/v1/usage", params={"start_date": "2026-01-02", "end_date": "2026-01-01"})
        assert reversed_range.status_code == 200
        assert reversed_range.json() == {"start_date": "2026-01-02", "end_date": "2026-01-01", "data": []}
        long_range = c.get("/v1/usage", params={"start_date": "2000-01-01", "end_date": "2026-12-31"}).json()
        assert (long_range["start_date"], long_range["end_date"]) == ("2025-12-31", "2026-12-31")
        extreme = c.get("/v1/usage", params={"start_date": "0001-01-01", "end_date": "9999-12-31"})
        assert extreme.status_code == 200 and extreme.json()["start_date"] == "9998-12-31"
        edge = c.get("/v1/usage", params={"end_date": "0001-01-05"})
        assert edge.status_code == 200 and edge.json()["start_date"] == "0001-01-01"
        assert c.get("/ready").json() == {"status": "ready", "checks": {"database": "ok"}}
