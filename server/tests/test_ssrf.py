"""The SSRF guard (#17 item 7): every IANA special-purpose range refused (6to4, Teredo and NAT64 forms
judged by what they embed), every malformed URL refused with ``TargetRefused`` (never a ``ValueError``),
and — without dev mode — non-public targets refused when a webhook endpoint is created and when
``webhook.post`` is previewed (422 problem+json with the field's pointer), not only at delivery."""

from __future__ import annotations

import asyncio
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import HIGH_LIMIT, Server

from relay_server.ssrf import TargetRefused, check_target, is_public, split_target

#: one address of every block refused, with its IANA name
REFUSED = {
    "0.0.0.1": "this network",
    "10.1.2.3": "private",
    "100.64.0.1": "shared address space",
    "127.0.0.1": "loopback",
    "169.254.169.254": "link-local (cloud metadata)",
    "172.16.0.1": "private",
    "192.0.0.9": "PCP anycast",
    "192.0.0.170": "NAT64/DNS64 discovery",
    "192.0.2.1": "TEST-NET-1",
    "192.31.196.1": "AS112-v4",
    "192.52.193.1": "AMT",
    "192.88.99.1": "deprecated 6to4 relay anycast",
    "192.168.1.1": "private",
    "192.175.48.1": "direct delegation AS112",
    "198.18.0.1": "benchmarking",
    "198.51.100.1": "TEST-NET-2",
    "203.0.113.1": "TEST-NET-3",
    "224.0.0.1": "multicast",
    "240.0.0.1": "reserved",
    "255.255.255.255": "limited broadcast",
    "::": "unspecified",
    "::1": "loopback",
    "::ffff:127.0.0.1": "IPv4-mapped loopback",
    "::ffff:10.0.0.1": "IPv4-mapped private",
    "::127.0.0.1": "IPv4-compatible (deprecated)",
    "64:ff9b::7f00:1": "NAT64 embedding loopback",
    "64:ff9b::a9fe:a9fe": "NAT64 embedding link-local",
    "64:ff9b:1::1": "local-use NAT64",
    "100::1": "discard-only",
    "2001::1": "Teredo",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2": "Teredo (a public server and client)",
    "2001:2::1": "benchmarking",
    "2001:db8::1": "documentation",
    "2001:10::1": "ORCHID",
    "2001:20::1": "ORCHIDv2",
    "2002:7f00:1::1": "6to4 embedding loopback",
    "2002:a9fe:a9fe::1": "6to4 embedding link-local",
    "2002:a00:1::1": "6to4 embedding private",
    "2002:5db8:d822::1": "6to4 embedding a public address (6to4 is refused as such)",
    "2620:4f:8000::1": "direct delegation AS112",
    "3fff::1": "documentation (RFC 9637)",
    "5f00::1": "SRv6 SIDs",
    "fc00::1": "unique local",
    "fe80::1": "link-local",
    "fec0::1": "site-local (deprecated)",
    "ff02::1": "multicast",
}
ALLOWED = ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111", "::ffff:93.184.216.34", "64:ff9b::5db8:d822"]


@pytest.mark.parametrize(("address", "what"), REFUSED.items(), ids=list(REFUSED))
def test_special_purpose_addresses_are_refused(address: str, what: str) -> None:
    assert not is_public(ipaddress.ip_address(address)), what
    url = f"https://[{address}]/hook" if ":" in address else f"https://{address}/hook"
    with pytest.raises(TargetRefused):
        asyncio.run(check_target(url, dev_mode=False, allow_hosts=frozenset()))


@pytest.mark.parametrize("address", ALLOWED)
def test_public_addresses_pass(address: str) -> None:
    assert is_public(ipaddress.ip_address(address))
    url = f"https://[{address}]/hook" if ":" in address else f"https://{address}/hook"
    asyncio.run(check_target(url, dev_mode=False, allow_hosts=frozenset()))


MALFORMED = [
    "https://[::1",
    "https://::1]/x",
    "https://[not-an-ip]/",
    "https://example.com:99999/",
    "https://example.com:port/",
    "https://user:pw@example.com/",
    "ftp://example.com/",
    "https:///path-only",
    "https://exa mple.com/",
    "https://example.com\x00.evil/",
    "",
    "//example.com/",
]


@pytest.mark.parametrize("url", MALFORMED)
def test_every_malformed_url_is_refused_never_a_value_error(url: str) -> None:
    for dev_mode in (True, False):
        with pytest.raises(TargetRefused):
            asyncio.run(check_target(url, dev_mode=dev_mode, allow_hosts=frozenset()))
    with pytest.raises(TargetRefused):
        split_target(url)


def test_host_names_are_judged_by_what_they_resolve_to() -> None:
    with pytest.raises(TargetRefused, match="non-public"):
        asyncio.run(check_target("https://localhost/x", dev_mode=False, allow_hosts=frozenset()))
    # inet_aton spellings of 127.0.0.1 are host names to the URL parser, and resolve to loopback
    for spelled in ("2130706433", "0x7f.1", "127.1"):
        with pytest.raises(TargetRefused):
            asyncio.run(check_target(f"http://{spelled}/", dev_mode=False, allow_hosts=frozenset()))
    # a name that does not resolve: refused for a delivery, accepted for a check at creation time
    with pytest.raises(TargetRefused, match="does not resolve"):
        asyncio.run(check_target("https://relay-test.invalid/", dev_mode=False, allow_hosts=frozenset()))
    asyncio.run(
        check_target(
            "https://relay-test.invalid/", dev_mode=False, allow_hosts=frozenset(), unresolvable_ok=True
        )
    )


@pytest.fixture(scope="module")
def production(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    server = Server(tmp_path_factory.mktemp("prod") / "relay.db", [*HIGH_LIMIT, "--no-dev-mode"]).start()
    try:
        yield server
    finally:
        server.stop()


NON_PUBLIC_URLS = [
    "https://127.0.0.1/hook",
    "https://localhost/hook",
    "https://[::1]/hook",
    "https://[2002:7f00:1::1]/hook",
    "https://[2002:a9fe:a9fe::1]/hook",
    "https://[64:ff9b::a00:1]/hook",
    "https://192.88.99.1/hook",
    "https://169.254.169.254/latest/meta-data",
]


@pytest.mark.parametrize("url", [*NON_PUBLIC_URLS, "https://[::1"])
def test_without_dev_mode_a_non_public_endpoint_is_refused_at_creation(production: Server, url: str) -> None:
    with production.client(production.credentials()["api_key"]) as c:
        r = c.post("/v1/webhook-endpoints", json={"url": url, "events": ["execution.failed"]})
        assert r.status_code == 422, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert [e["pointer"] for e in r.json()["errors"]] == ["/url"]
        assert url not in {e["url"] for e in c.get("/v1/webhook-endpoints").json()["data"]}


@pytest.mark.parametrize("url", [*NON_PUBLIC_URLS, "https://[::1"])
def test_without_dev_mode_a_non_public_webhook_post_is_refused_at_preview(
    production: Server, url: str
) -> None:
    with production.client(production.credentials()["api_key"]) as c:
        r = c.post("/v1/actions/webhook.post/preview", json={"params": {"url": url, "payload": {}}})
        assert r.status_code == 422, r.text
        assert r.headers["content-type"] == "application/problem+json"
        assert [e["pointer"] for e in r.json()["errors"]] == ["/params/url"]
        assert "confirm_token" not in r.text


def test_without_dev_mode_public_and_not_yet_resolvable_targets_are_accepted(production: Server) -> None:
    with production.client(production.credentials()["api_key"]) as c:
        for url in ("https://93.184.216.34/hook", "https://hooks.relay-test.invalid/hook"):
            r = c.post("/v1/webhook-endpoints", json={"url": url, "events": ["execution.failed"]})
            assert r.status_code == 201, r.text
            p = c.post("/v1/actions/webhook.post/preview", json={"params": {"url": url, "payload": {}}})
            assert p.status_code == 200, p.text
        plain = c.post(
            "/v1/webhook-endpoints", json={"url": "http://93.184.216.34/", "events": ["execution.failed"]}
        )
        assert plain.status_code == 422 and plain.json()["errors"][0]["message"] == "must be an https URL"


def test_in_dev_mode_loopback_is_accepted_and_malformed_is_still_422(tmp_path: Path) -> None:
    server = Server(tmp_path / "relay.db", HIGH_LIMIT).start()
    try:
        with server.client(server.credentials()["api_key"]) as c:
            ok = c.post(
                "/v1/webhook-endpoints", json={"url": "http://127.0.0.1:9/x", "events": ["execution.failed"]}
            )
            assert ok.status_code == 201, ok.text
            bad = c.post(
                "/v1/webhook-endpoints", json={"url": "https://[::1", "events": ["execution.failed"]}
            )
            assert bad.status_code == 422 and bad.json()["errors"][0]["pointer"] == "/url"
    finally:
        server.stop()
