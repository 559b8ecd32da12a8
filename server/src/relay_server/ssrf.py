"""SSRF guard for outbound requests made on a caller's behalf (``webhook.post``, webhook deliveries).

A target must be an ``http(s)`` URL that parses (never an exception other than :class:`TargetRefused`),
without credentials, on the allow-list when one is configured, and — unless dev mode is on — every
address its host is or resolves to must be a public unicast address:

* IPv4: none of the IANA IPv4 Special-Purpose Address Registry's blocks (loopback, RFC 1918, CGNAT,
  link-local, documentation, benchmarking, the deprecated 6to4 relay anycast ``192.88.99.0/24``, AS112,
  AMT, ``240.0.0.0/4``, …), nor multicast.
* IPv6: only global unicast (``2000::/3``) outside the IANA IPv6 Special-Purpose Address Registry's blocks
  (documentation, ORCHID, 6to4 ``2002::/16`` and Teredo ``2001::/32`` — both tunnel to an embedded IPv4
  address, deprecated and never a legitimate webhook target — …). Two forms *are* IPv4 addresses and
  are judged as the IPv4 address they embed: IPv4-mapped ``::ffff:a.b.c.d`` and the NAT64 well-known
  prefix ``64:ff9b::/96`` (what DNS64 synthesises on IPv6-only networks); the local-use NAT64 prefix
  ``64:ff9b:1::/48`` is refused.

Registries: https://www.iana.org/assignments/iana-ipv4-special-registry and
https://www.iana.org/assignments/iana-ipv6-special-registry (as of 2026).
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_V4_SPECIAL = tuple(
    ipaddress.IPv4Network(n)
    for n in (
        "0.0.0.0/8",  # "this network"
        "10.0.0.0/8",  # private
        "100.64.0.0/10",  # shared address space (CGNAT)
        "127.0.0.0/8",  # loopback
        "169.254.0.0/16",  # link-local
        "172.16.0.0/12",  # private
        "192.0.0.0/24",  # IETF protocol assignments (incl. DS-Lite, PCP and TURN anycast, NAT64 discovery)
        "192.0.2.0/24",  # documentation (TEST-NET-1)
        "192.31.196.0/24",  # AS112-v4
        "192.52.193.0/24",  # AMT
        "192.88.99.0/24",  # deprecated 6to4 relay anycast
        "192.168.0.0/16",  # private
        "192.175.48.0/24",  # direct delegation AS112 service
        "198.18.0.0/15",  # benchmarking
        "198.51.100.0/24",  # documentation (TEST-NET-2)
        "203.0.113.0/24",  # documentation (TEST-NET-3)
        "224.0.0.0/4",  # multicast (not in the special-purpose registry, never a unicast target)
        "240.0.0.0/4",  # reserved
        "255.255.255.255/32",  # limited broadcast
    )
)
_V6_GLOBAL_UNICAST = ipaddress.IPv6Network("2000::/3")
_V6_SPECIAL_IN_GLOBAL = tuple(
    ipaddress.IPv6Network(n)
    for n in (
        "2001::/23",  # IETF protocol assignments (Teredo 2001::/32, benchmarking, AMT, AS112, ORCHID, DRIP)
        "2001:db8::/32",  # documentation
        "2002::/16",  # 6to4
        "2620:4f:8000::/48",  # direct delegation AS112 service
        "3fff::/20",  # documentation (RFC 9637)
    )
)
_V4_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")


class TargetRefused(Exception):
    pass


def is_public(ip: IPAddress) -> bool:
    """Whether ``ip`` is a public unicast address a webhook may be sent to (see the module docstring)."""
    if isinstance(ip, ipaddress.IPv6Address):
        if ip in _V4_MAPPED or ip in _NAT64_WELL_KNOWN:
            return is_public(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if ip not in _V6_GLOBAL_UNICAST or any(ip in net for net in _V6_SPECIAL_IN_GLOBAL):
            return False
        return ip.is_global  # the standard library's own view, as a second opinion
    if any(ip in net for net in _V4_SPECIAL):
        return False
    return ip.is_global


def parse_address(text: str) -> IPAddress | None:
    """An IP address literal (an IPv6 zone index dropped), or None for a host name."""
    try:
        return ipaddress.ip_address(text.split("%", 1)[0])
    except ValueError:
        return None


def split_target(url: str) -> tuple[str, str, int]:
    """``(scheme, host, port)`` of an http(s) URL without credentials; :class:`TargetRefused` otherwise
    (a malformed URL included: never a ``ValueError``)."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        has_credentials = parts.username is not None or parts.password is not None
    except ValueError as exc:  # an unclosed IPv6 bracket, a port out of range, …
        raise TargetRefused(f"the target URL is malformed ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in {"http", "https"}:
        raise TargetRefused("only http and https targets are allowed")
    if not host:
        raise TargetRefused("the target URL has no host")
    if has_credentials:
        raise TargetRefused("credentials in the target URL are not allowed")
    if any(c in host for c in " \t\r\n\x00"):
        raise TargetRefused("the target URL's host is malformed")
    return scheme, host, port


async def check_target(
    url: str, *, dev_mode: bool, allow_hosts: frozenset[str], unresolvable_ok: bool = False
) -> None:
    """Raises :class:`TargetRefused` unless ``url`` may be contacted.

    Rules: a well-formed http(s) URL without credentials; when an allow-list is configured the host must
    be on it; unless dev mode is on, the host must be (or resolve only to) public addresses.
    ``unresolvable_ok``: a host name that does not resolve (yet) passes — what a check at creation time
    wants, since every delivery checks again; a delivery itself needs the addresses.
    """
    _scheme, host, port = split_target(url)
    if allow_hosts and host not in allow_hosts:
        raise TargetRefused(f"host {host!r} is not on the allow-list")
    if dev_mode:
        return
    literal = parse_address(host)
    if literal is not None:
        if not is_public(literal):
            raise TargetRefused(f"{host} is not a public address")
        return
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        if unresolvable_ok and not isinstance(exc, UnicodeError):
            return
        raise TargetRefused(f"host {host!r} does not resolve") from exc
    for info in infos:
        address = parse_address(str(info[4][0]))
        if address is None or not is_public(address):
            raise TargetRefused(f"host {host!r} resolves to a non-public address")
