"""SSRF guard for outbound requests made on a caller's behalf."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit


class TargetRefused(Exception):
    pass


def _is_public(addr: str) -> bool:
    ip = ipaddress.ip_address(addr.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


async def check_target(url: str, *, dev_mode: bool, allow_hosts: frozenset[str]) -> None:
    """Raises ``TargetRefused`` unless ``url`` may be contacted.

    Rules: http(s) only; when an allow-list is configured the host must be on it; every address the host
    resolves to must be public unless dev mode is on (loopback and private ranges are then permitted).
    """
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"}:
        raise TargetRefused("only http and https targets are allowed")
    host = (parts.hostname or "").lower()
    if not host:
        raise TargetRefused("the target URL has no host")
    if parts.username or parts.password:
        raise TargetRefused("credentials in the target URL are not allowed")
    if allow_hosts and host not in allow_hosts:
        raise TargetRefused(f"host {host!r} is not on the allow-list")
    if dev_mode:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise TargetRefused("invalid port") from exc
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise TargetRefused(f"host {host!r} does not resolve") from exc
    for info in infos:
        addr = str(info[4][0])
        if not _is_public(addr):
            raise TargetRefused(f"host {host!r} resolves to a non-public address")
