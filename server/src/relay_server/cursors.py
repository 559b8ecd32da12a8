"""Pagination cursors: opaque, signed, and bound to the list and the workspace that issued them.

A list's handlers page by *position* — the id of the last item of the previous page, which orders the
list. The request pipeline (``routing``) hands them the position and never the cursor: it signs each
``next_cursor`` a list returns and checks every ``after`` it receives, so a cursor that this server did not
issue for this list and this workspace (hand-made from an id, edited, truncated, from another list) is
422 ``invalid_cursor`` instead of a silently empty or wrong page.

Format: ``base64url(position) "." base64url(HMAC-SHA256(key, workspace \\n operation \\n body))[:16 bytes]``,
with a key derived from the server secret (so a cursor stays valid across restarts and processes).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re

_B64URL = re.compile(r"^[A-Za-z0-9_-]+$")
_MAC_BYTES = 16


class InvalidCursor(ValueError):
    """Not a cursor this server issued for this list and workspace."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class Cursors:
    def __init__(self, secret: bytes) -> None:
        self._key = hmac.new(secret, b"relay pagination cursor v1", hashlib.sha256).digest()

    def _mac(self, workspace_id: str, operation_id: str, body: str) -> str:
        message = f"{workspace_id}\n{operation_id}\n{body}".encode()
        return _b64(hmac.new(self._key, message, hashlib.sha256).digest()[:_MAC_BYTES])

    def issue(self, workspace_id: str, operation_id: str, position: str) -> str:
        """The cursor of ``position`` in the list ``operation_id`` of ``workspace_id``."""
        body = _b64(position.encode("utf-8"))
        return f"{body}.{self._mac(workspace_id, operation_id, body)}"

    def position(self, cursor: str, workspace_id: str, operation_id: str) -> str:
        """The position ``cursor`` stands for; :class:`InvalidCursor` unless this server issued it for
        this list and workspace."""
        body, dot, mac = cursor.partition(".")
        if not dot or not _B64URL.match(body) or not _B64URL.match(mac):
            raise InvalidCursor("not a cursor")
        if not hmac.compare_digest(mac, self._mac(workspace_id, operation_id, body)):
            raise InvalidCursor("not issued by this list")
        try:
            return _unb64(body).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError) as exc:  # signed, so only a bug gets here
            raise InvalidCursor("undecodable") from exc
