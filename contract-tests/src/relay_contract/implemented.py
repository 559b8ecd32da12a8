"""Operations of the spec a deployment does not implement: it answers them 501 problem+json
``not_implemented`` (a deployment older than the spec under test, or one still being built).

The contract suite reports those operations as *skipped* — never passed, never failed — so adding an
operation to the spec leaves the suite green for every deployment that has not implemented it yet:

* schemathesis: :func:`unimplemented_operations` probes each operation once before the run (a deployment
  answers 501 right after authentication, whatever the inputs); the runner excludes them from the run and
  lists them as skipped test cases (``contract-not-implemented.xml``). (A hook cannot skip them:
  schemathesis's examples and coverage phases would stop their worker on a skip raised in a hook.)
* the hand-written cases: their client's response hook skips the case that met the 501 (``cases.Api``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import httpx

from relay_contract.spec import Spec

PROBLEM_JSON = "application/problem+json"


def says_not_implemented(status: int, content_type: str, body: Callable[[], Any]) -> bool:
    """Whether a response is 501 problem+json with ``code`` ``not_implemented`` (``body`` parses it)."""
    if status != 501 or content_type.split(";", 1)[0].strip().lower() != PROBLEM_JSON:
        return False
    try:
        parsed = body()
    except ValueError:
        return False
    return isinstance(parsed, dict) and parsed.get("code") == "not_implemented"


def _probe_path(path: str, spec: Spec, operation_id: str) -> str:
    for param in spec.by_id[operation_id].path_params():
        path = path.replace("{" + param.name + "}", str(param.example or "x"))
    return path


def unimplemented_operations(base_url: str, api_key: str, spec: Spec) -> list[str]:
    """The operation ids the deployment answers 501 ``not_implemented``. One request each, made to change
    nothing: the spec's example ids (which exist nowhere) and an empty JSON body, without an
    ``Idempotency-Key``."""
    found: list[str] = []
    with httpx.Client(base_url=base_url, timeout=30) as client:
        for op in spec.operations:
            headers = {"Authorization": f"Bearer {api_key}"} if op.authenticated else {}
            kwargs: dict[str, Any] = {"headers": headers}
            if op.body_schema is not None:
                kwargs["json"] = {}
            r = client.request(op.method, _probe_path(op.path, spec, op.operation_id), **kwargs)
            if says_not_implemented(r.status_code, r.headers.get("content-type", ""), r.json):
                found.append(op.operation_id)
    return found


def write_skipped_junit(path: Path, spec: Spec, operation_ids: list[str]) -> None:
    """A JUnit report listing each unimplemented operation as a skipped test case."""
    skipped = '<skipped message="not implemented by this deployment (501 not_implemented)"/>'
    names = [f"{op.method} {op.path} ({op.operation_id})" for op in (spec.by_id[i] for i in operation_ids)]
    cases = "".join(
        f'  <testcase classname="schemathesis" name={quoteattr(name)}>{skipped}</testcase>\n'
        for name in names
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<testsuites><testsuite name="not implemented by this deployment" tests="{len(operation_ids)}"'
        f' skipped="{len(operation_ids)}" failures="0" errors="0">\n{cases}</testsuite></testsuites>\n',
        encoding="utf-8",
    )
