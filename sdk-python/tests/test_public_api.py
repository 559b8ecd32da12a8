"""The public surface is exactly what we intend to support."""

from __future__ import annotations

import subprocess
import sys

import relay_sdk

EXPECTED = {
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncRelay",
    "AsyncRelayWithRawResponse",
    "AsyncStream",
    "AsyncStreamManager",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "FieldError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "Relay",
    "RelayError",
    "RelayWithRawResponse",
    "ServerSentEvent",
    "Stream",
    "SyncPage",
    "Timeout",
    "UnprocessableEntityError",
    "WebhookVerificationError",
    "Webhooks",
    "__api_version__",
    "__version__",
}


def test_all_is_exactly_the_public_names() -> None:
    assert set(relay_sdk.__all__) == EXPECTED
    assert len(relay_sdk.__all__) == len(EXPECTED)
    for name in relay_sdk.__all__:
        assert hasattr(relay_sdk, name), name
    public = {n for n in vars(relay_sdk) if not n.startswith("_")} - {
        "annotations",
        "types",
        "resources",
    }
    assert public <= EXPECTED, public - EXPECTED


def test_error_hierarchy() -> None:
    assert issubclass(relay_sdk.APITimeoutError, relay_sdk.APIConnectionError)
    assert issubclass(relay_sdk.APIConnectionError, relay_sdk.RelayError)
    for name in (
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
    ):
        assert issubclass(getattr(relay_sdk, name), relay_sdk.APIStatusError)
    assert issubclass(relay_sdk.APIStatusError, relay_sdk.RelayError)
    assert issubclass(relay_sdk.WebhookVerificationError, relay_sdk.RelayError)


def test_every_spec_operation_is_a_method() -> None:
    """client.<resource>.<method> exists on all four client flavours for every operation."""
    import json
    from pathlib import Path

    spec_path = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"
    try:
        import yaml
    except ImportError:  # pragma: no cover
        import pytest

        pytest.skip("pyyaml not installed")
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    client = relay_sdk.Relay(api_key="k", base_url="http://x")
    aclient = relay_sdk.AsyncRelay(api_key="k", base_url="http://x")
    seen = []
    for item in spec["paths"].values():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            tag = op["tags"][0]
            name = op["operationId"][len(tag) + 1 :]
            for c in (client, aclient, client.with_raw_response, aclient.with_raw_response):
                assert callable(getattr(getattr(c, tag), name)), (tag, name)
            stream = op.get("x-relay-stream")
            if stream:
                for c in (client, aclient, client.with_raw_response, aclient.with_raw_response):
                    assert callable(getattr(getattr(c, tag), stream["method"])), (tag, stream)
            seen.append(op["operationId"])
    assert len(seen) >= 29, json.dumps(seen)


def test_import_is_lazy() -> None:
    """`import relay_sdk` loads neither the resources nor the models (nor pydantic/dateutil)."""
    code = (
        "import sys, relay_sdk; "
        "bad = [m for m in sys.modules if m.startswith(('relay_sdk.resources', 'relay_sdk.types', "
        "'pydantic', 'dateutil', 'attrs', 'attr'))]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
