"""Server-side request forgery (OWASP API7; Relay #17): a deployment with dev mode off refuses every
non-public webhook target — any IANA special-purpose address, including the 6to4, Teredo and NAT64 forms
that embed one — when an endpoint is created and when ``webhook.post`` is previewed, with 422
problem+json pointing at the URL, before anything is stored or a confirm token issued. A malformed URL is
a 422 on any deployment (never a 500)."""

from __future__ import annotations

import pytest

from relay_contract.cases import Api, assert_problem, new_idempotency_key
from relay_contract.spec import Spec, load_spec

SPEC = load_spec()
NON_PUBLIC = [
    "https://127.0.0.1/hook",
    "https://localhost/hook",
    "https://[::1]/hook",
    "https://[::ffff:127.0.0.1]/hook",
    "https://10.0.0.1/hook",
    "https://169.254.169.254/latest/meta-data/",
    "https://100.64.0.1/hook",
    "https://192.88.99.1/hook",
    "https://[2002:7f00:1::1]/hook",
    "https://[2002:a9fe:a9fe::1]/hook",
    "https://[2002:a00:1::1]/hook",
    "https://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook",
    "https://[64:ff9b::7f00:1]/hook",
    "https://[fd00::1]/hook",
    "https://[fe80::1]/hook",
    "https://0x7f.1/hook",
]
MALFORMED = ["https://[::1", "https://exa mple.com/", "https://example.com:99999/", "https://[not-an-ip]/"]


@pytest.mark.parametrize("url", NON_PUBLIC)
def test_a_non_public_webhook_endpoint_is_refused_at_creation(production: Api, spec: Spec, url: str) -> None:
    r = production.post(
        "/v1/webhook-endpoints",
        json={"url": url, "events": ["execution.failed"]},
        idempotency_key=new_idempotency_key(),
    )
    if r.status_code == 201:
        production.delete(f"/v1/webhook-endpoints/{r.json()['id']}")
    body = assert_problem(spec, r, 422, "validation_failed", operation=SPEC.by_id["webhook_endpoints_create"])
    assert [e["pointer"] for e in body["errors"]] == ["/url"], body


@pytest.mark.parametrize("url", NON_PUBLIC)
def test_a_non_public_webhook_post_is_refused_at_preview(production: Api, spec: Spec, url: str) -> None:
    r = production.post(
        "/v1/actions/webhook.post/preview",
        json={"params": {"url": url, "payload": {"source": "relay-contract"}}},
        idempotency_key=new_idempotency_key(),
    )
    body = assert_problem(spec, r, 422, "validation_failed", operation=SPEC.by_id["actions_preview"])
    assert [e["pointer"] for e in body["errors"]] == ["/params/url"], body


@pytest.mark.parametrize("url", MALFORMED)
def test_a_malformed_url_is_422_with_its_pointer(admin: Api, spec: Spec, url: str) -> None:
    r = admin.post(
        "/v1/webhook-endpoints",
        json={"url": url, "events": ["execution.failed"]},
        idempotency_key=new_idempotency_key(),
    )
    body = assert_problem(spec, r, 422, "validation_failed", operation=SPEC.by_id["webhook_endpoints_create"])
    assert [e["pointer"] for e in body["errors"]] == ["/url"], body
    r = admin.post(
        "/v1/actions/webhook.post/preview",
        json={"params": {"url": url, "payload": {}}},
        idempotency_key=new_idempotency_key(),
    )
    body = assert_problem(spec, r, 422, "validation_failed", operation=SPEC.by_id["actions_preview"])
    assert [e["pointer"] for e in body["errors"]] == ["/params/url"], body
