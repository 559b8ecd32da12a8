"""Schemathesis hooks for fuzzing the reference server (``SCHEMATHESIS_HOOKS=hooks``).

Clients send a fresh ``Idempotency-Key`` per logical request (the SDKs generate one). The fuzzer instead
reuses the spec's example key, and Hypothesis shrinks keys to the same few strings, so different bodies
land on one key and the server correctly answers 422 ``idempotency_key_reused``; positive-data checks
would call that a rejected valid request. This hook makes every schema-valid key unique, as a real client's
would be, and drops a generated ``after`` cursor from positive cases (only a ``next_cursor`` is one);
negative cases are left exactly as generated. The reuse rules themselves are covered by
``tests/test_idempotency.py``.

The spec carries the schema of one chat Server-Sent Event as ``x-relay-item-schema`` (OpenAPI 3.2's
``itemSchema`` as an extension of the 3.1 document); ``before_load_schema`` hands it to schemathesis as
``itemSchema`` so each streamed event is validated — as relay-contract's hooks do
(``relay_contract.st_hooks.expose_item_schemas``, which this test environment does not install).
"""

from __future__ import annotations

import uuid
from typing import Any

import schemathesis


@schemathesis.hook
def before_call(context: Any, case: Any, kwargs: dict[str, Any]) -> None:
    meta = getattr(case, "meta", None)
    if meta is not None and meta.generation.mode.is_negative:
        return  # negative cases are left exactly as generated
    # a pagination cursor is opaque and signed: only a previous page's next_cursor is one, any generated
    # string is (correctly) 422 invalid_cursor (tests/test_http_semantics.py)
    if case.query and "after" in case.query:
        del case.query["after"]
    headers = case.headers
    if not headers:
        return
    for name in list(headers):
        if name.lower() != "idempotency-key":
            continue
        value = headers[name]
        fresh = uuid.uuid4().hex
        if isinstance(value, str) and value.isascii() and value.isprintable():
            headers[name] = f"{fresh}-{value[:200]}"
        else:
            headers[name] = fresh


@schemathesis.hook
def before_load_schema(context: Any, raw_schema: dict[str, Any]) -> None:
    for item in raw_schema.get("paths", {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            responses = operation.get("responses", {}) if isinstance(operation, dict) else {}
            for response in responses.values():
                for media in response.get("content", {}).values() if isinstance(response, dict) else ():
                    if isinstance(media, dict) and "x-relay-item-schema" in media:
                        media.setdefault("itemSchema", media["x-relay-item-schema"])
