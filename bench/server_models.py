"""Server models: what typing a request body costs, and what it changes — the reference server's way
(``json.loads`` + its exact JSON Schema check, the handler typed with the generated TypedDicts) beside
the pydantic models datamodel-code-generator makes of the same spec (the server's models until issue
#18; same pinned flags as then).

Two figures per body, paired in interleaved rounds: pydantic's ``model_validate_json`` alone (it then
replaces the schema check), and pydantic's ``model_validate`` on top of the schema check (the cost of
typed pydantic objects if the API's validation is kept). Then fixed probe bodies show where pydantic's
answer differs from the API's: a different verdict, or the value changed on the way in.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from relay_server.operations import OPERATIONS_BY_ID
from relay_server.validation import Schema, compile_schema

from _util import SPEC, median

# The flags relay-codegen's server-models target ran datamodel-code-generator with (strict scalars,
# unknown fields forbidden), until the target switched to TypedDicts.
DATAMODEL_CODEGEN_ARGS: tuple[str, ...] = (
    "--input-file-type", "openapi", "--openapi-scopes", "schemas",
    "--output-model-type", "pydantic_v2.BaseModel", "--target-python-version", "3.11",
    "--use-annotated", "--field-constraints", "--strict-types", "str", "bytes", "int", "float", "bool",
    "--extra-fields", "forbid", "--use-standard-collections", "--use-union-operator",
    "--use-subclass-enum", "--disable-timestamp", "--formatters", "builtin",
)  # fmt: skip

_URL = "https://hooks.example.com/relay"
_EVENTS = ["execution.succeeded", "execution.failed"]
_KEY = {"name": "k", "role": "viewer"}
_ENDPOINT = ("webhook_endpoints_create", "WebhookEndpointCreateRequest")

# (operation, request model, a typical body) — the bodies of the write path
BODIES: tuple[tuple[str, str, dict[str, Any]], ...] = (
    ("actions_preview", "PreviewRequest", {"params": {"url": _URL, "payload": {"text": "done", "n": 3}}}),
    ("actions_execute", "ExecuteRequest", {"confirm_token": "ct_v1.eyJhIjoid2ViaG9vayJ9.c2lnbmF0dXJl"}),
    ("webhook_endpoints_create", "WebhookEndpointCreateRequest", {"url": _URL, "events": _EVENTS}),
    ("api_keys_create", "ApiKeyCreateRequest", {**_KEY, "expires_at": "2030-01-01T00:00:00Z"}),
)

# Bodies on which the two can disagree: URL normalization, datetime parsing, regex engines.
PROBES: tuple[tuple[str, str, dict[str, Any]], ...] = (
    (*_ENDPOINT, {"url": "https://a.example", "events": _EVENTS}),
    (*_ENDPOINT, {"url": "https://A.example/a b", "events": _EVENTS}),
    ("connections_authorize", "ConnectionAuthorizeRequest", {"provider": "google", "redirect_uri": "https://a.example"}),
    ("api_keys_create", "ApiKeyCreateRequest", {**_KEY, "expires_at": 1900000000}),
    ("api_keys_create", "ApiKeyCreateRequest", {**_KEY, "expires_at": "2030-01-01 00:00:00Z"}),
    ("api_keys_create", "ApiKeyCreateRequest", {**_KEY, "expires_at": "2030-01-01T00:00:00.1234567Z"}),
    ("chat_send", "ChatRequest", {"message": "hi", "session_id": "chs_" + "a" * 24 + "\n"}),
    ("actions_execute", "ExecuteRequest", {"confirm_token": "ct_v1.a.b"}),
)  # fmt: skip


def generate_pydantic_models(work: Path) -> ModuleType:
    """datamodel-code-generator's models of the spec, written to ``work`` and imported."""
    work.mkdir(parents=True, exist_ok=True)
    out = work / "relay_pydantic_models.py"
    cmd = [sys.executable, "-m", "datamodel_code_generator", "--input", str(SPEC), "--output", str(out)]
    subprocess.run([*cmd, *DATAMODEL_CODEGEN_ARGS], check=True, capture_output=True, cwd=work)
    spec = importlib.util.spec_from_file_location("relay_pydantic_models", out)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot import {out}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # pydantic looks its generic models' module up there
    spec.loader.exec_module(module)
    return module


def _relay(schema: Schema) -> Callable[[bytes], object]:
    def parse(raw: bytes) -> object:  # what relay_server.inputs does with a JSON body
        body = json.loads(raw.decode("utf-8"))
        if schema.errors(body):
            raise ValueError("invalid")
        return body

    return parse


def _per_call_us(fn: Callable[[bytes], object], raw: bytes, calls: int) -> float:
    started = time.process_time()
    for _ in range(calls):
        fn(raw)
    return (time.process_time() - started) / calls * 1e6


def bench_models(work: Path, rounds: int, calls: int) -> dict[str, Any]:
    models = generate_pydantic_models(work)
    sides: dict[str, dict[str, Callable[[bytes], object]]] = {
        "relay-server": {},
        "pydantic": {},
        "pydantic+schema": {},
    }
    payloads: dict[str, bytes] = {}
    for op, model_name, body in BODIES:
        model = getattr(models, model_name)
        relay = _relay(compile_schema(OPERATIONS_BY_ID[op].request_schema or {}))
        raw = json.dumps(body).encode()
        payloads[op] = raw
        sides["relay-server"][op] = relay
        sides["pydantic"][op] = model.model_validate_json
        sides["pydantic+schema"][op] = lambda raw, relay=relay, model=model: model.model_validate(relay(raw))
        for parse in (side[op] for side in sides.values()):
            parse(raw)  # every side accepts every body (and is warm)
    runs: dict[str, list[float]] = {name: [] for name in sides}
    names = list(sides)
    for i in range(rounds):
        for name in names[i % len(names) :] + names[: i % len(names)]:  # rotate the order
            per_body = [_per_call_us(sides[name][op], payloads[op], calls) for op in payloads]
            runs[name].append(sum(per_body) / len(per_body))
    return {
        "per_body_us": {name: {"median_us": round(median(r), 3), "runs_us": r} for name, r in runs.items()},
        "bodies": [op for op, _, _ in BODIES],
        "probes": probe(models),
    }


def probe(models: ModuleType) -> list[dict[str, Any]]:
    """Each probe body: the API's verdict, and pydantic's (its error, or the value it would hand on)."""
    out = []
    for op, model_name, body in PROBES:
        raw = json.dumps(body)
        errors = compile_schema(OPERATIONS_BY_ID[op].request_schema or {}).errors(json.loads(raw))
        try:
            parsed = (
                getattr(models, model_name)
                .model_validate_json(raw)
                .model_dump(mode="json", exclude_unset=True)
            )
            pydantic = {"valid": True, "value": parsed, "changed": parsed != body}
        except ValueError as exc:  # pydantic.ValidationError
            pydantic = {
                "valid": False,
                "error": str(exc).splitlines()[2].strip() if "\n" in str(exc) else str(exc),
            }
        out.append(
            {
                "operation": op,
                "body": body,
                "api": {"valid": not errors, "errors": errors},
                "pydantic": pydantic,
                "differs": (not errors) != pydantic["valid"] or bool(pydantic.get("changed")),
            }
        )
    return out
