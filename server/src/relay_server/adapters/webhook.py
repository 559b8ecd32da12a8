"""``webhook.post``: a real, signed HTTP POST with a timeout and an SSRF guard."""

from __future__ import annotations

import json
from typing import Any

import httpx

from relay_server.adapters import ActionFailure, ExecContext
from relay_server.cipher import Cipher
from relay_server.db import Database
from relay_server.ids import new_id
from relay_server.secrets_at_rest import WORKSPACE_SIGNING_SECRET
from relay_server.signing import new_webhook_secret, signature_headers
from relay_server.ssrf import TargetRefused, check_target
from relay_server.stores import meta

_BLOCKED_HEADERS = {"host", "content-length", "content-type", "transfer-encoding", "connection"}
_BLOCKED_HEADERS |= {"webhook-id", "webhook-timestamp", "webhook-signature"}


async def workspace_signing_secret(db: Database, cipher: Cipher, workspace_id: str) -> str:
    """The workspace's default Standard Webhooks secret for ``webhook.post`` (created on first use, kept
    encrypted)."""
    sealed = await meta.set_if_absent(
        db, WORKSPACE_SIGNING_SECRET + workspace_id, cipher.encrypt_text(new_webhook_secret())
    )
    return cipher.decrypt_text(sealed)


async def run(ctx: ExecContext, params: dict[str, Any]) -> dict[str, Any]:
    url = str(params["url"])
    try:
        await check_target(url, dev_mode=ctx.settings.dev_mode, allow_hosts=ctx.settings.webhook_allow_hosts)
    except TargetRefused as exc:
        raise ActionFailure("target_not_allowed", str(exc)) from exc
    body = json.dumps(params["payload"], separators=(",", ":"), sort_keys=True).encode("utf-8")
    secret = str(
        params.get("signing_secret") or await workspace_signing_secret(ctx.db, ctx.cipher, ctx.workspace_id)
    )
    msg_id = new_id("msg")
    headers = {
        k: v for k, v in dict(params.get("headers") or {}).items() if k.lower() not in _BLOCKED_HEADERS
    }
    headers.update(signature_headers(secret, msg_id, body))
    headers["content-type"] = "application/json"
    headers["user-agent"] = "Relay-Webhooks/1.0"
    try:
        resp = await ctx.http.post(
            url,
            content=body,
            headers=headers,
            timeout=ctx.settings.webhook_timeout_seconds,
            follow_redirects=False,
        )
    except httpx.TimeoutException as exc:
        raise ActionFailure("upstream_timeout", "the webhook target did not answer in time") from exc
    except httpx.HTTPError as exc:
        raise ActionFailure(
            "upstream_unreachable", f"could not reach the webhook target: {type(exc).__name__}"
        ) from exc
    result = {
        "delivered": 200 <= resp.status_code < 300,
        "status_code": resp.status_code,
        "webhook_id": msg_id,
    }
    if not result["delivered"]:
        raise ActionFailure(
            "upstream_error",
            f"the webhook target answered {resp.status_code}",
            {"status_code": resp.status_code},
        )
    return result
