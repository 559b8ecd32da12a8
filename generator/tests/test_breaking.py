"""The breaking-change classifier (``relay-codegen breaking``): one fixture spec pair per kind of change
(tests/breaking/*.yaml), the verdict and its version rule, the renderings, and the real spec."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from relay_codegen.breaking import Report, compare_documents, parse_version
from relay_codegen.cli import main

FIXTURES = Path(__file__).parent / "breaking"
CASES = sorted(p.stem for p in FIXTURES.glob("*.yaml"))
REPO_SPEC = Path(__file__).resolve().parents[2] / "spec" / "openapi.yaml"


def _load(case: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((FIXTURES / f"{case}.yaml").read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("case", CASES)
def test_fixture_pair(case: str) -> None:
    data = _load(case)
    report = compare_documents(data["base"], data["head"])
    found = sorted((c.kind, c.breaking, c.pointer) for c in report.changes)
    expected = sorted((e["kind"], e["breaking"], e["pointer"]) for e in data["expect"])
    assert found == expected, report.text()
    for change in report.changes:
        assert change.message and change.why


def test_every_issue_kind_has_a_fixture() -> None:
    kinds = {e["kind"] for case in CASES for e in _load(case)["expect"]}
    assert {
        "operation-removed",
        "parameter-removed",
        "property-removed",
        "enum-value-removed",
        "parameter-made-required",
        "property-made-required",
        "type-narrowed",
        "property-made-optional",
        "made-nullable",
        "success-status-changed",
        "role-removed",
        "authentication-required",
        "operation-added",
        "property-added",
        "parameter-added",
        "enum-value-added",
        "role-added",
        "docs",
    } <= kinds


def test_verdict_needs_a_major_bump_for_breaking_changes() -> None:
    data = _load("operation-removed")
    assert not compare_documents(data["base"], data["head"]).passes
    head = copy.deepcopy(data["head"])
    head["info"]["version"] = "2.0.0"
    report = compare_documents(data["base"], head)
    assert report.passes and report.major_bumped and report.required_bump == "major"
    head["info"]["version"] = "1.9.0"
    assert not compare_documents(data["base"], head).passes


@pytest.mark.parametrize(
    ("case", "bump"),
    [("operation-added", "minor"), ("docs-only", "patch"), ("response-field-renamed", "major")],
)
def test_required_bump(case: str, bump: str) -> None:
    data = _load(case)
    assert compare_documents(data["base"], data["head"]).required_bump == bump


def test_no_change_needs_no_bump() -> None:
    data = _load("operation-added")
    report = compare_documents(data["base"], data["base"])
    assert report.changes == () and report.required_bump == "none" and report.passes


def test_parse_version() -> None:
    assert parse_version("1.2.3") == (1, 2, 3)
    assert parse_version("2.0.0-rc.1") == (2, 0, 0)
    assert parse_version("v1") is None


def test_markdown_names_breaking_changes_and_sums_up_docs() -> None:
    data = _load("response-field-renamed")
    md = compare_documents(data["base"], data["head"]).markdown()
    assert md.splitlines()[0].startswith(
        "- **Breaking:** property 'name' removed (`/components/schemas/Thing"
    )
    docs = _load("docs-only")
    assert compare_documents(docs["base"], docs["head"]).markdown() == (
        "- Documentation: 2 description(s) or example(s) changed."
    )
    assert Report("1.0.0", "1.0.0", ()).markdown() == "- No change to the API."


def test_cli_exit_status_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _load("request-field-made-required")
    base, head = tmp_path / "base.yaml", tmp_path / "head.yaml"
    base.write_text(yaml.safe_dump(data["base"]), encoding="utf-8")
    head.write_text(yaml.safe_dump(data["head"]), encoding="utf-8")
    assert main(["breaking", "--base", str(base), "--head", str(head)]) == 1
    out = capsys.readouterr().out
    assert "BREAKING" in out and "/components/schemas/ThingCreate/properties/note" in out and "FAIL" in out
    assert main(["breaking", "--base", str(base), "--head", str(head), "--no-fail", "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["breaking"] == 1 and report["passes"] is False
    assert report["changes"][0]["why"] == "requests without it are now rejected"
    assert main(["breaking", "--base", str(base), "--head", str(base)]) == 0


def test_cli_reports_an_unreadable_spec(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["breaking", "--base", str(tmp_path / "missing.yaml"), "--head", str(REPO_SPEC)]) == 2
    assert "cannot read spec" in capsys.readouterr().err


def test_real_spec_against_itself_and_the_issue_examples() -> None:
    spec: dict[str, Any] = yaml.safe_load(REPO_SPEC.read_text(encoding="utf-8"))
    assert compare_documents(spec, spec).changes == ()
    renamed = copy.deepcopy(spec)
    action = renamed["components"]["schemas"]["Action"]
    action["properties"]["needs_connection"] = action["properties"].pop("requires_connection")
    action["required"] = ["needs_connection" if r == "requires_connection" else r for r in action["required"]]
    report = compare_documents(spec, renamed)
    assert [(c.kind, c.pointer) for c in report.breaking] == [
        ("property-removed", "/components/schemas/Action/properties/requires_connection")
    ]
    removed = copy.deepcopy(spec)
    del removed["paths"]["/v1/audit-events/export"]
    report = compare_documents(spec, removed)
    assert [(c.kind, c.pointer) for c in report.breaking] == [
        ("operation-removed", "/paths/~1v1~1audit-events~1export/get")
    ]
