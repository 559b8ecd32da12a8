"""Python clients against one local reference server: client CPU time per call and import time.

Clients: relay-sdk, raw httpx + ``json.loads``, the openapi-generator ``python`` client generated from
the same spec (urllib3 + pydantic), and the ``openai`` SDK. Every client sends the same requests to the
same server; CPU time is ``time.process_time()`` of this process only (the server is another process).
Rounds are interleaved: every round runs every client, in an order that rotates.

``openai`` has no Relay operations: its ``models.list()`` / ``models.retrieve()`` are pointed at the
same reference server (``base_url=…/v1``) and an httpx request hook on its ``http_client`` rewrites
``/v1/models`` to ``/v1/actions`` (same list shape: ``data`` + extra fields) and ``/v1/models/x`` to
``/v1/actions/email.send``. The hook's own CPU cost is measured separately and reported.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from typing import Any

import httpx

from _util import median

ACTION = "email.send"
PARAMS = {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"}
OPS = ("list", "retrieve", "execute")
CLIENTS = ("relay-sdk", "httpx", "openapi-generator", "openai")
IMPORTS = {  # client → module a user imports
    "relay-sdk": "relay_sdk",
    "httpx": "httpx",
    "openapi-generator": "relay_oag_client",
    "openai": "openai",
}


def _clients(base_url: str, api_key: str) -> dict[str, dict[str, Callable[[str], object]]]:
    """Per client, per operation: a callable taking a confirm token (ignored by list/retrieve)."""
    out: dict[str, dict[str, Callable[[str], object]]] = {}

    relay_sdk: Any = importlib.import_module("relay_sdk")
    relay = relay_sdk.Relay(api_key=api_key, base_url=base_url)
    out["relay-sdk"] = {
        "list": lambda _t: relay.actions.list(),
        "retrieve": lambda _t: relay.actions.retrieve(ACTION),
        "execute": lambda t: relay.actions.execute(ACTION, confirm_token=t),
    }

    raw = httpx.Client(timeout=httpx.Timeout(60.0, connect=5.0))
    auth = {"Authorization": f"Bearer {api_key}", "Accept": "application/json"}

    def raw_get(path: str) -> object:
        response = raw.get(base_url + path, headers=auth)
        response.raise_for_status()
        return json.loads(response.content)

    def raw_execute(token: str) -> object:
        headers = {**auth, "Idempotency-Key": str(uuid.uuid4())}
        response = raw.post(
            f"{base_url}/v1/actions/{ACTION}/execute", headers=headers, json={"confirm_token": token}
        )
        response.raise_for_status()
        return json.loads(response.content)

    out["httpx"] = {
        "list": lambda _t: raw_get("/v1/actions"),
        "retrieve": lambda _t: raw_get(f"/v1/actions/{ACTION}"),
        "execute": raw_execute,
    }

    try:
        oag: Any = importlib.import_module("relay_oag_client")
    except ImportError:
        oag = None
    if oag is not None:
        api = oag.ActionsApi(oag.ApiClient(oag.Configuration(host=base_url, access_token=api_key)))
        out["openapi-generator"] = {
            "list": lambda _t: api.actions_list(),
            "retrieve": lambda _t: api.actions_retrieve(ACTION),
            "execute": lambda t: api.actions_execute(
                ACTION, oag.ExecuteRequest(confirm_token=t), idempotency_key=str(uuid.uuid4())
            ),
        }

    openai: Any = importlib.import_module("openai")
    try:  # openai >= 3 runs on httpx2 (an httpx fork); older releases on httpx
        transport_lib: Any = importlib.import_module("httpx2")
    except ImportError:
        transport_lib = httpx
    oa_client = openai.OpenAI(
        api_key=api_key,
        base_url=f"{base_url}/v1",
        http_client=transport_lib.Client(event_hooks={"request": [_openai_route]}),
    )
    out["openai"] = {
        "list": lambda _t: oa_client.models.list(),
        "retrieve": lambda _t: oa_client.models.retrieve("x"),
    }
    return out


def _openai_route(request: Any) -> None:
    """httpx request hook: openai's ``/v1/models`` → the reference server's ``/v1/actions`` (same list
    shape), ``/v1/models/{id}`` → ``/v1/actions/email.send``. Its cost is measured and reported."""
    path = request.url.path
    if path == "/v1/models":
        request.url = request.url.copy_with(path="/v1/actions")
    elif path.startswith("/v1/models/"):
        request.url = request.url.copy_with(path=f"/v1/actions/{ACTION}")


def openai_hook_cost_us(base_url: str) -> float:
    """CPU µs per call of ``_openai_route`` on a request like openai's (to read its figure fairly)."""
    try:
        lib: Any = importlib.import_module("httpx2")
    except ImportError:
        lib = httpx
    requests = [lib.Request("GET", f"{base_url}/v1/models") for _ in range(2000)]
    start = time.process_time()
    for request in requests:
        _openai_route(request)
    return (time.process_time() - start) / len(requests) * 1e6


def _tokens(base_url: str, api_key: str, count: int) -> list[str]:
    headers = {"Authorization": f"Bearer {api_key}"}
    with httpx.Client(timeout=60.0) as client:
        tokens = []
        for _ in range(count):
            response = client.post(
                f"{base_url}/v1/actions/{ACTION}/preview", headers=headers, json={"params": PARAMS}
            )
            response.raise_for_status()
            tokens.append(str(response.json()["confirm_token"]))
    return tokens


def bench_calls(base_url: str, api_key: str, rounds: int, calls: int, execute_calls: int) -> dict[str, Any]:
    """Median client CPU µs per call, per client and operation."""
    clients = _clients(base_url, api_key)
    names = [c for c in CLIENTS if c in clients]
    samples: dict[str, dict[str, list[float]]] = {c: {op: [] for op in clients[c]} for c in names}
    for name in names:  # warm-up: connections, caches, lazy imports
        for op, fn in clients[name].items():
            for token in _tokens(base_url, api_key, 10) if op == "execute" else [""] * 20:
                fn(token)
    for index in range(rounds):
        order = names[index % len(names) :] + names[: index % len(names)]
        for op in OPS:
            for name in order:
                if op not in clients[name]:
                    continue
                call = clients[name][op]
                n = execute_calls if op == "execute" else calls
                tokens = _tokens(base_url, api_key, n) if op == "execute" else [""] * n
                start = time.process_time()
                for token in tokens:
                    call(token)
                samples[name][op].append((time.process_time() - start) / n * 1e6)
        print(f"  python clients round {index + 1}/{rounds} done", flush=True)
    return {
        name: {
            op: {"median_us": round(median(v), 1), "runs_us": [round(x, 1) for x in v]}
            for op, v in ops.items()
        }
        for name, ops in samples.items()
    }


def _import_us(module: str) -> int:
    """Cumulative ``-X importtime`` µs of ``import module`` in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        check=True,
        capture_output=True,
        text=True,
    ).stderr
    for line in reversed(out.splitlines()):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1])
    raise RuntimeError(f"no importtime line for {module}")


def bench_imports(runs: int) -> dict[str, Any]:
    """Median cumulative import µs per client module, fresh interpreters, interleaved."""
    modules = {}
    for name, module in IMPORTS.items():
        try:
            _import_us(module)  # also warms the file cache
            modules[name] = module
        except (subprocess.CalledProcessError, RuntimeError):
            continue
    samples: dict[str, list[int]] = {name: [] for name in modules}
    names = list(modules)
    for index in range(runs):
        for name in names[index % len(names) :] + names[: index % len(names)]:
            samples[name].append(_import_us(modules[name]))
    return {
        name: {"module": modules[name], "median_us": round(median(v)), "runs_us": v}
        for name, v in samples.items()
    }
