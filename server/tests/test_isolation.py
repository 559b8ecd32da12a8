"""Another workspace's objects are a 404 on every resource: never a 403, never data."""

from __future__ import annotations

from typing import Any

from conftest import EMAIL_PARAMS, Env, preview


def _make_objects(env: Env) -> dict[str, Any]:
    with env.client() as c:
        key = c.post("/v1/api-keys", json={"name": "victim", "role": "viewer"}).json()
        p = preview(c, "email.send", EMAIL_PARAMS)
        exe = c.post("/v1/actions/email.send/execute", json={"confirm_token": p["confirm_token"]}).json()
        ep = c.post(
            "/v1/webhook-endpoints",
            json={"url": "https://hooks.example.com/x", "events": ["execution.succeeded"]},
        ).json()
        auth = c.post("/v1/connections/authorize", json={"provider": "google"}).json()
        chat = c.post("/v1/chat", json={"message": "hello"}).json()
        second = preview(c, "email.send", EMAIL_PARAMS)
        c.post("/v1/actions/email.send/execute", json={"confirm_token": second["confirm_token"]})
        cursor = c.get("/v1/executions", params={"limit": 1}).json()["next_cursor"]
    return {
        "key": key,
        "exe": exe,
        "ep": ep,
        "auth": auth,
        "chat": chat,
        "token": p["confirm_token"],
        "cursor": cursor,
    }


def test_cross_workspace_is_404_everywhere(env: Env) -> None:
    o = _make_objects(env)
    with env.server.client(env.other_admin_key) as other:
        checks = [
            ("GET", f"/v1/api-keys/{o['key']['id']}", None),
            ("DELETE", f"/v1/api-keys/{o['key']['id']}", None),
            ("GET", f"/v1/executions/{o['exe']['id']}", None),
            ("GET", f"/v1/webhook-endpoints/{o['ep']['id']}", None),
            ("DELETE", f"/v1/webhook-endpoints/{o['ep']['id']}", None),
            ("POST", f"/v1/webhook-endpoints/{o['ep']['id']}/test", None),
            ("GET", f"/v1/webhook-endpoints/{o['ep']['id']}/deliveries", None),
            ("GET", f"/v1/chat/messages?session_id={o['chat']['session_id']}", None),
            ("POST", "/v1/chat", {"message": "hi", "session_id": o["chat"]["session_id"]}),
        ]
        for method, url, body in checks:
            r = other.request(method, url, json=body)
            assert r.status_code == 404, (method, url, r.status_code)
            assert r.json()["code"] == "not_found"
            assert o["key"]["id"] not in r.text or "No " in r.text
        # a confirm token of another workspace is not usable
        r = other.post("/v1/actions/email.send/execute", json={"confirm_token": o["token"]})
        assert r.status_code == 422 and r.json()["code"] == "confirm_token_invalid"
        # an OAuth state of another workspace is unknown here
        r = other.post("/v1/connections/complete", json={"state": o["auth"]["state"], "code": "x"})
        assert r.status_code == 422
        # lists never show the other workspace's objects
        for url in ("/v1/api-keys", "/v1/executions", "/v1/webhook-endpoints", "/v1/connections"):
            text = other.get(url).text
            for ident in (o["key"]["id"], o["exe"]["id"], o["ep"]["id"]):
                assert ident not in text, (url, ident)
        # the other workspace's audit log holds only its own calls (the ids it tried), not our events
        events = other.get("/v1/audit-events", params={"limit": 100}).json()["data"]
        assert all(e["actor_key_id"] != o["key"]["id"] for e in events)
        assert "victim" not in str(events) and "hooks.example.com" not in str(events)
        # an id of another workspace is no cursor; nor is a real cursor of another workspace's list
        r = other.get("/v1/executions", params={"after": o["exe"]["id"]})
        assert r.status_code == 422 and r.json()["code"] == "invalid_cursor"
        assert o["exe"]["id"] not in r.text
        r = other.get("/v1/executions", params={"after": o["cursor"]})
        assert r.status_code == 422 and r.json()["code"] == "invalid_cursor"
        ws = other.get("/v1/workspace").json()
        assert ws["id"] == env.other_workspace_id != env.workspace_id
    # and the owner still sees everything
    with env.client() as c:
        assert c.get(f"/v1/executions/{o['exe']['id']}").status_code == 200
        assert c.get(f"/v1/api-keys/{o['key']['id']}").status_code == 200
        assert c.get(f"/v1/webhook-endpoints/{o['ep']['id']}").status_code == 200
