"""ARCHITECTURE.md's layer rules for relay-mcp, checked on the imports (read with ``ast``)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "relay_mcp"
RUNTIME_ALLOWED = {"mcp", "mcp_types", "relay_sdk", "jsonschema", "uvicorn", "anyio", "relay_mcp"}


def imports(path: Path) -> list[str]:
    """Absolute module names ``path`` imports (relative imports resolved inside relay_mcp)."""
    package = ["relay_mcp", *path.parent.relative_to(PACKAGE).parts]
    found: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found += [module] if node.module else [f"{module}.{alias.name}" for alias in node.names]
    return found


def test_the_runtime_uses_public_apis_only() -> None:
    for path in PACKAGE.glob("*.py"):
        for name in imports(path):
            top = name.split(".")[0]
            if top == "__future__" or top in sys.stdlib_module_names:
                continue
            assert top in RUNTIME_ALLOWED, (path.name, name)
            assert not (top == "relay_sdk" and "._" in name), (path.name, name)  # no relay_sdk internals
            if name.startswith("relay_mcp._generated"):
                assert path.name == "_server.py", (path.name, name)


def test_the_generated_table_imports_only_the_row_type_and_relay_sdk() -> None:
    for path in (PACKAGE / "_generated").glob("*.py"):
        for name in imports(path):
            assert name.split(".")[0] in {"__future__", "typing", "relay_sdk", "relay_mcp"}, (path.name, name)
            if name.startswith("relay_mcp"):
                assert name.startswith(("relay_mcp._tool", "relay_mcp._generated")), (path.name, name)
            assert not (name.startswith("relay_sdk") and "._" in name), (path.name, name)
