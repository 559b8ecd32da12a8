"""The generated reference and the guides cover the whole spec (no server needed).

Reads spec/openapi.yaml directly (not through the generator), so a target that silently dropped
an operation, a role or an error code fails here.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DOCS, REPO

SPEC = yaml.safe_load((REPO / "spec" / "openapi.yaml").read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "patch")
OPERATIONS = [
    (path, method, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in METHODS
]
ERROR_CODES: list[str] = SPEC["components"]["schemas"]["ErrorCode"]["enum"]
HEADER = "generated from spec/openapi.yaml — do not edit"


def page(rel: str) -> str:
    return (DOCS / rel).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("path", "method", "op"), OPERATIONS, ids=[o["operationId"] for _, _, o in OPERATIONS]
)
def test_every_operation_has_a_reference_entry(path: str, method: str, op: dict[str, Any]) -> None:
    op_id = str(op["operationId"])
    (tag,) = op["tags"]
    text = page(f"reference/{tag}.md")
    assert text.splitlines()[0] == f"<!-- {HEADER} -->"
    match = re.search(rf"^## .+ \{{#{op_id}\}}$(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert match, f"no entry for {op_id} in reference/{tag}.md"
    entry = match.group(1)
    assert f"`{method.upper()} {path}`" in entry
    roles = op.get("x-relay-roles")
    if roles:
        assert "**Roles:** " + ", ".join(f"`{r}`" for r in roles) in entry
    else:
        assert "**Authentication:** none" in entry
    for status in op["responses"]:
        assert f"| `{status}` |" in entry, f"{op_id}: response {status} missing"
    for ext in ("sh", "py", "ts"):
        sample = DOCS / "samples" / "generated" / f"{op_id}.{ext}"
        assert HEADER in "".join(sample.read_text(encoding="utf-8").splitlines()[:3]), sample
        assert f'--8<-- "docs/samples/generated/{op_id}.{ext}:' in entry
    if "x-relay-stream" in op:
        assert f'--8<-- "docs/samples/generated/{tag}_{op["x-relay-stream"]["method"]}.py:' in entry


def test_role_matrix_has_every_operation() -> None:
    text = page("reference/roles.md")
    for _, _, op in OPERATIONS:
        assert f"#{op['operationId']})" in text


@pytest.mark.parametrize("code", ERROR_CODES)
def test_every_error_code_has_a_cause_and_a_remedy(code: str) -> None:
    reference = page("reference/errors.md")
    assert re.search(rf"^\| `{code}`\{{#{code}\}} \| \d{{3}} \| \S", reference, re.M), code
    guide = page("guides/errors.md")
    section = re.search(rf"^### `{code}`$(.*?)(?=^### |\Z)", guide, re.M | re.S)
    assert section, f"guides/errors.md has no section for {code}"
    assert "**Remedy:**" in section.group(1)


def test_every_guide_is_in_the_nav_and_not_a_stub() -> None:
    nav = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for guide in sorted((DOCS / "guides").glob("*.md")):
        assert f"guides/{guide.name}" in nav, guide.name
        words = len(guide.read_text(encoding="utf-8").split())
        assert words > 150, f"{guide.name} has only {words} words"


def test_reference_page_per_resource() -> None:
    tags = {o["tags"][0] for _, _, o in OPERATIONS}
    for tag in tags:
        assert (DOCS / "reference" / f"{tag}.md").is_file(), tag
    assert (
        not {p.stem for p in (DOCS / "reference").glob("*.md")}
        - tags
        - {
            "index",
            "webhooks",
            "schemas",
            "roles",
            "errors",
        }
    )


def _anchors(path: Path) -> set[str]:
    return set(re.findall(r"\{#([A-Za-z0-9_.-]+)\}", path.read_text(encoding="utf-8")))


def test_schema_links_resolve() -> None:
    anchors = _anchors(DOCS / "reference" / "schemas.md")
    for md in (DOCS / "reference").glob("*.md"):
        for target in re.findall(r"\(schemas\.md#([a-z0-9-]+)\)", md.read_text(encoding="utf-8")):
            assert target in anchors, f"{md.name} links to missing schema anchor {target}"
