"""Spec problems are collected as diagnostics; errors stop generation and are all reported."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import GOLDEN_DIR

from relay_codegen.build import build_api
from relay_codegen.cli import main
from relay_codegen.diagnostics import Severity

BASE: dict[str, Any] = yaml.safe_load((GOLDEN_DIR / "basic" / "spec.yaml").read_text("utf-8"))


def codes(doc: dict[str, Any]) -> set[str]:
    _, diags = build_api(doc)
    return {d.code for d in diags.errors}


def op(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    result: dict[str, Any] = doc["paths"][path][method]
    return result


def test_the_golden_spec_is_clean() -> None:
    _, diags = build_api(BASE)
    assert diags.items == []


def test_missing_operation_id() -> None:
    doc = copy.deepcopy(BASE)
    del op(doc, "/v1/actions", "get")["operationId"]
    assert "missing-operation-id" in codes(doc)


def test_operation_id_must_be_tag_then_method() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/v1/actions", "get")["operationId"] = "listActions"
    assert {"operation-id-case", "operation-id-convention"} <= codes(doc)


def test_exactly_one_tag() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/v1/actions", "get")["tags"] = ["actions", "chat"]
    assert "one-tag" in codes(doc)


def test_authenticated_operation_needs_roles() -> None:
    doc = copy.deepcopy(BASE)
    del op(doc, "/v1/actions", "get")["x-relay-roles"]
    assert "missing-roles" in codes(doc)


def test_unauthenticated_operation_must_not_have_roles() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/health", "get")["x-relay-roles"] = ["admin"]
    assert "roles-unauthenticated" in codes(doc)


def test_list_without_pagination() -> None:
    doc = copy.deepcopy(BASE)
    del op(doc, "/v1/actions", "get")["x-relay-pagination"]
    assert "list-without-pagination" in codes(doc)


def test_paginated_operation_needs_limit_and_after() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/v1/actions", "get")["parameters"].pop(0)  # Limit
    assert "pagination-params" in codes(doc)


def test_duplicate_operation_id_and_unknown_link_target() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/v1/chat", "post")["operationId"] = "chat_send"
    op(doc, "/health", "get")["operationId"] = "health_check"
    op(doc, "/v1/chat", "post")["tags"] = ["chat"]
    preview = op(doc, "/v1/actions/{action_id}/preview", "post")
    preview["responses"]["200"]["links"]["execute"]["operationId"] = "actions_run"
    op(doc, "/v1/actions/{action_id}/execute", "post")["operationId"] = "actions_preview"
    found = codes(doc)
    assert {"duplicate-operation-id", "link-target"} <= found


def test_mcp_marker_shapes() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/v1/actions", "get")["x-relay-mcp"] = "no"
    op(doc, "/health", "get")["x-relay-mcp"] = {"read_only": "yes", "hidden": True}
    _, diags = build_api(doc)
    messages = [d.message for d in diags.errors if d.code == "mcp-shape"]
    assert len(messages) == 3, messages
    doc = copy.deepcopy(BASE)
    op(doc, "/health", "get")["x-relay-mcp"] = False
    op(doc, "/v1/actions/{action_id}/preview", "post")["x-relay-mcp"] = {"read_only": True}
    assert codes(doc) == set()
    api, _ = build_api(doc)
    assert not api.operation("health_check").mcp.tool
    assert api.operation("actions_preview").mcp.read_only is True
    assert api.operation("actions_list").mcp.tool and api.operation("actions_list").mcp.read_only is None


def test_mcp_confirmed_by_needs_a_link_to_the_operation() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/v1/actions/{action_id}/execute", "post")["x-relay-mcp"] = {"confirmed_by": "actions_preview"}
    assert codes(doc) == set()
    api, _ = build_api(doc)
    assert api.operation("actions_execute").mcp.confirmed_by == "actions_preview"
    op(doc, "/v1/actions/{action_id}/execute", "post")["x-relay-mcp"] = {"confirmed_by": "actions_list"}
    assert "mcp-confirmed-by" in codes(doc)


def test_secret_marker_must_be_true() -> None:
    doc = copy.deepcopy(BASE)
    schema = next(s for s in doc["components"]["schemas"].values() if "properties" in s)
    next(iter(schema["properties"].values()))["x-relay-secret"] = "yes"
    assert "secret-marker" in codes(doc)


def test_roles_missing_from_description_is_a_warning() -> None:
    doc = copy.deepcopy(BASE)
    op(doc, "/v1/actions", "get")["description"] = "Lists actions."
    _, diags = build_api(doc)
    assert [d.code for d in diags.items] == ["roles-not-described"]
    assert diags.items[0].severity is Severity.WARNING


def test_generate_reports_every_error_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = copy.deepcopy(BASE)
    del op(doc, "/v1/actions", "get")["x-relay-roles"]
    op(doc, "/v1/chat", "post")["tags"] = ["chat", "actions"]
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path / "out")]) == 1  # before any target
    err = capsys.readouterr().err
    assert "[missing-roles]" in err and "[one-tag]" in err
    assert "2 error(s) in the spec" in err
    assert not (tmp_path / "out").exists()


def test_invalid_openapi_is_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "openapi-invalid" in err and "version" in err


def test_duplicate_yaml_keys_are_rejected(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\npaths: {}\n", encoding="utf-8"
    )
    assert main(["generate", "--spec", str(spec), "--out", str(tmp_path)]) == 1
    assert "duplicate key" in capsys.readouterr().err


# --- x-relay-errors: the codes each operation can return (errorcodes.py) --------------------------

SPEC: dict[str, Any] = yaml.safe_load(
    (Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml").read_text()
)


def _error_diagnostics(doc: dict[str, Any]) -> set[str]:
    _, diags = build_api(doc)
    return {d.code for d in diags.items}


def test_the_spec_lists_the_codes_of_every_operation() -> None:
    api, diags = build_api(SPEC)
    assert diags.items == []
    listing = api.operation("actions_list").errors
    assert "idempotency_key_reused" not in listing and "confirm_token_invalid" not in listing
    assert {"confirm_token_invalid", "idempotency_key_reused"} <= set(api.operation("actions_execute").errors)


def test_a_code_the_operation_cannot_return_is_refused() -> None:
    doc = copy.deepcopy(SPEC)
    listing = op(doc, "/v1/actions", "get")
    listing["x-relay-errors"] = [*listing["x-relay-errors"], "idempotency_key_reused"]  # no key, no reuse
    assert "error-code-impossible" in _error_diagnostics(doc)


def test_a_code_the_pipeline_answers_must_be_listed() -> None:
    doc = copy.deepcopy(SPEC)
    create = op(doc, "/v1/api-keys", "post")
    create["x-relay-errors"] = [c for c in create["x-relay-errors"] if c != "unsupported_media_type"]
    assert "error-code-missing" in _error_diagnostics(doc)


def test_codes_and_responses_agree() -> None:
    doc = copy.deepcopy(SPEC)
    listing = op(doc, "/v1/actions", "get")
    listing["x-relay-errors"] = [*listing["x-relay-errors"], "not_found"]  # it has no 404 response
    del op(doc, "/v1/actions/{action_id}", "get")["responses"]["404"]  # not_found without a 404
    execute = op(doc, "/v1/actions/{action_id}/execute", "post")
    execute["x-relay-errors"] = [
        c
        for c in execute["x-relay-errors"]
        if c not in ("conflict", "confirm_token_used", "connection_required", "idempotency_in_progress")
    ]  # a 409 without a code
    found = _error_diagnostics(doc)
    assert {"error-code-without-response", "response-without-error-code"} <= found


def test_an_operation_without_the_list_is_reported() -> None:
    doc = copy.deepcopy(SPEC)
    del op(doc, "/v1/actions", "get")["x-relay-errors"]
    assert "missing-error-codes" in _error_diagnostics(doc)
    op(doc, "/v1/actions", "get")["x-relay-errors"] = ["not_a_code"]
    assert "unknown-error-code" in _error_diagnostics(doc)
