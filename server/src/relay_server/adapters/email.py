"""``email.send``: SMTP to a configured server, or the sandbox outbox when none is configured."""

from __future__ import annotations

import asyncio
import json
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any

from relay_server.adapters import ActionFailure, ExecContext
from relay_server.catalog import recipients
from relay_server.db import now_ms
from relay_server.ids import new_id
from relay_server.stores import outbox


def _build(sender: str, params: dict[str, Any]) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = ", ".join(recipients(params["to"]))
    if params.get("cc"):
        msg["Cc"] = ", ".join(recipients(params["cc"]))
    msg["Subject"] = params["subject"]
    msg["Message-ID"] = make_msgid(domain="relay.local")
    msg.set_content(params["body"])
    return msg


def _send(host: str, port: int, msg: EmailMessage, timeout: float) -> dict[str, Any]:
    with smtplib.SMTP(host, port, timeout=timeout) as smtp:
        refused = smtp.send_message(msg)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in refused.items()}


async def run(ctx: ExecContext, params: dict[str, Any]) -> dict[str, Any]:
    rcpts = [*recipients(params["to"]), *recipients(params.get("cc"))]
    if ctx.settings.smtp_host:
        # The MIME message is built only when it is sent: the email package's header parsing costs more
        # than the rest of an execution, and the sandbox records the params, not the MIME text.
        msg = _build(ctx.settings.smtp_from, params)
        try:
            refused = await asyncio.to_thread(
                _send,
                ctx.settings.smtp_host,
                ctx.settings.smtp_port,
                msg,
                ctx.settings.webhook_timeout_seconds,
            )
        except (smtplib.SMTPException, OSError) as exc:
            raise ActionFailure(
                "smtp_error", f"the SMTP server rejected the message: {type(exc).__name__}"
            ) from exc
        return {
            "delivery": "smtp",
            "message_id": msg["Message-ID"],
            "accepted": [r for r in rcpts if r not in refused],
        }
    message_id = make_msgid(domain="relay.local")
    outbox_id = new_id("msg")
    await outbox.record(
        ctx.db,
        record_id=outbox_id,
        workspace_id=ctx.workspace_id,
        execution_id=ctx.execution_id,
        channel="email",
        payload=json.dumps(params),
        now=now_ms(),
    )
    return {
        "delivery": "sandbox",
        "message_id": message_id,
        "accepted": rcpts,
        "sandbox_outbox_id": outbox_id,
        "note": "no SMTP server is configured; the message was recorded to the sandbox outbox",
    }
