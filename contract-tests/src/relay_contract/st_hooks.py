"""Schemathesis hooks for the Relay contract run (``hooks = "relay_contract.st_hooks"`` in schemathesis.toml).

They make generated requests *semantically* meaningful where the schema cannot say so, and never relax
a check on a response. Besides:

* **The chat event stream's item schema** — the spec carries the schema of one Server-Sent Event as
  ``x-relay-item-schema`` (OpenAPI 3.2's ``itemSchema``, as an extension of the 3.1 document, whose
  ``schema`` would describe the whole text body); ``before_load_schema`` hands it to schemathesis as
  ``itemSchema``, so every streamed event is validated.
* Every ``secret`` a response shows is noted for the database scan after the run (``secrets_log``).

* ``Idempotency-Key`` — the API replays a stored response for a repeated key and rejects a repeated key
  with another body (``idempotency_key_reused``, 422). Generated keys repeat (the spec example, short
  strings), so in every case whose headers are generated as *valid* the key is replaced by a fresh unique
  one. Negative cases (empty, > 255 characters) are sent as generated.
* ``after`` — a pagination cursor is opaque: only a previous page's ``next_cursor`` is valid, any other
  string is (correctly) 422. In *positive* cases a generated ``after`` is dropped; negative cases keep it.
* ``api_keys_revoke`` of the key the run authenticates with would lock the run out; such a case is
  filtered. Every other key id (unknown ones, keys created by the stateful phase) is still revoked.
* ``actions_preview`` in the *stateful* phase: ``params`` must satisfy the action's own ``input_schema``,
  which generated data practically never does, so the preview → execute → executions_retrieve chain
  would never get past the preview. A positive stateful preview therefore gets params built from the
  action's ``input_schema`` (fetched from the deployment; reserved example.com / .invalid targets only). The
  examples, coverage and fuzzing phases keep sending generated params. When the stateful phase then
  executes with a token taken from that preview (the ``ExecutePreviewedAction`` link), optional
  generated ``params`` are replaced by the previewed ones (the token is bound to them, by design).
* ``connections_complete`` in the *stateful* phase, with a ``state`` from ``connections_authorize`` (the
  ``CompleteConnection`` link): the browser step is played — the authorization URL is fetched without
  following redirects, and when the provider consents without a login page (a development provider)
  the ``code`` it redirects with is used, so complete → revoke is exercised. Real providers show a
  login page; the case is then sent as generated.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import os
import re
import uuid
from collections.abc import Mapping
from typing import Any

import httpx
import schemathesis
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation.meta import TestPhase

from relay_contract.secrets_log import record_secrets_in

_RUN = uuid.uuid4().hex[:12]
_COUNTER = itertools.count()
_OWN_KEY_IDS: set[str] = set(filter(None, os.environ.get("RELAY_OWN_KEY_IDS", "").split(",")))


def _header_name(headers: Mapping[str, Any], wanted: str) -> str | None:
    for name in headers:
        if name.lower() == wanted:
            return name
    return None


_INPUT_SCHEMAS: dict[str, dict[str, Any] | None] = {}
_PREVIEW = re.compile(r"^/v1/actions/([^/]+)/preview$")
_EXECUTE = re.compile(r"^/v1/actions/([^/]+)/execute$")
_PREVIEWED: dict[str, Any] = {}  # confirm_token → the params it is bound to
_AUTHORIZATIONS: dict[str, str] = {}  # OAuth state → authorization URL


def _input_schema(action_id: str) -> dict[str, Any] | None:
    if action_id not in _INPUT_SCHEMAS:
        schema = None
        try:
            r = httpx.get(
                f"{os.environ['RELAY_BASE_URL'].rstrip('/')}/v1/actions/{action_id}",
                headers={"Authorization": f"Bearer {os.environ['RELAY_API_KEY']}"},
                timeout=30,
            )
            if r.status_code == 200:
                schema = r.json().get("input_schema")
        except (httpx.HTTPError, KeyError, ValueError):
            schema = None
        _INPUT_SCHEMAS[action_id] = schema if isinstance(schema, dict) else None
    return _INPUT_SCHEMAS[action_id]


def _instance(schema: dict[str, Any]) -> Any:
    """A plain valid instance of a (simple) action input_schema: required properties only."""
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        props = schema.get("properties", {})
        return {name: _instance(props.get(name, {})) for name in schema.get("required", [])}
    if kind == "array":
        n = max(1, int(schema.get("minItems", 1)))
        return [_instance(schema.get("items", {})) for _ in range(n)]
    if kind in ("integer", "number"):
        return int(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    fmt = schema.get("format")
    if fmt == "email":
        return "contract@example.com"
    if fmt in ("uri", "url"):
        return "https://relay-contract.invalid/hook"  # RFC 2606: never resolves, so nothing is sent
    if fmt == "date-time":
        return (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).replace(microsecond=0).isoformat()
    if fmt == "date":
        return (dt.date.today() + dt.timedelta(days=1)).isoformat()
    text = "Relay contract run"
    return text[: int(schema.get("maxLength", len(text)))] or "x"


def _stateful_preview_params(case: schemathesis.Case[Any]) -> None:
    meta = getattr(case, "meta", None)
    if meta is None or meta.phase.name != TestPhase.STATEFUL or meta.is_negative_at(ParameterLocation.BODY):
        return
    match = _PREVIEW.match(case.formatted_path)
    if match is None or not isinstance(case.body, dict):
        return
    schema = _input_schema(match.group(1))
    if schema is not None:
        case.body["params"] = _instance(schema)


def _stateful_oauth_code(case: schemathesis.Case[Any]) -> None:
    meta = getattr(case, "meta", None)
    if meta is None or meta.phase.name != TestPhase.STATEFUL or meta.is_negative_at(ParameterLocation.BODY):
        return
    body = case.body
    if case.formatted_path != "/v1/connections/complete" or not isinstance(body, dict):
        return
    url = _AUTHORIZATIONS.pop(str(body.get("state")), None)
    if url is None:
        return
    try:
        r = httpx.get(url, follow_redirects=False, timeout=15)
    except httpx.HTTPError:
        return
    query = dict(httpx.URL(r.headers.get("location", "")).params)
    if r.is_redirect and query.get("state") == body["state"] and query.get("code"):
        body["code"] = query["code"]


#: the extension carrying OpenAPI 3.2's ``itemSchema`` in the 3.1 spec (see the module docstring)
ITEM_SCHEMA_EXTENSION = "x-relay-item-schema"
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def expose_item_schemas(document: dict[str, Any]) -> int:
    """Copies every media type's ``x-relay-item-schema`` to ``itemSchema``; returns how many."""
    count = 0
    for item in (document.get("paths") or {}).values():
        for method in _HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            for response in (operation or {}).get("responses", {}).values():
                for media in (response.get("content") or {}).values() if isinstance(response, dict) else ():
                    if (
                        isinstance(media, dict)
                        and ITEM_SCHEMA_EXTENSION in media
                        and "itemSchema" not in media
                    ):
                        media["itemSchema"] = media[ITEM_SCHEMA_EXTENSION]
                        count += 1
    return count


@schemathesis.hook
def before_load_schema(context: schemathesis.HookContext, raw_schema: dict[str, Any]) -> None:
    expose_item_schemas(raw_schema)


@schemathesis.hook
def before_call(
    context: schemathesis.HookContext, case: schemathesis.Case[Any], kwargs: dict[str, Any]
) -> None:
    _stateful_preview_params(case)
    meta = getattr(case, "meta", None)
    headers = case.headers
    if headers and meta is not None and not meta.is_negative_at(ParameterLocation.HEADER):
        name = _header_name(headers, "idempotency-key")
        if name is not None:
            headers[name] = f"st-{_RUN}-{next(_COUNTER)}"
    query = case.query
    if query and "after" in query and meta is not None and not meta.is_negative_at(ParameterLocation.QUERY):
        del query["after"]


@schemathesis.hook
def filter_case(context: schemathesis.HookContext, case: schemathesis.Case[Any]) -> bool:
    op = context.operation
    if op is not None and getattr(op, "label", "").startswith("DELETE /v1/api-keys/"):
        key_id = (case.path_parameters or {}).get("key_id")
        return key_id not in _OWN_KEY_IDS
    return True


@schemathesis.hook
def after_call(context: schemathesis.HookContext, case: schemathesis.Case[Any], response: Any) -> None:
    if response.status_code == 201:
        with contextlib.suppress(ValueError):
            record_secrets_in(response.json())
    if response.status_code != 200:
        return
    is_preview = _PREVIEW.match(case.formatted_path) is not None
    if not is_preview and case.formatted_path != "/v1/connections/authorize":
        return
    try:
        body = response.json()
    except ValueError:
        return
    if not isinstance(body, dict):
        return
    if is_preview and isinstance(body.get("confirm_token"), str):
        _PREVIEWED[body["confirm_token"]] = body.get("params")
    elif isinstance(body.get("state"), str) and isinstance(body.get("authorization_url"), str):
        _AUTHORIZATIONS[body["state"]] = body["authorization_url"]
