"""Shared helpers for the generator tests."""

from __future__ import annotations

import difflib
from pathlib import Path

GOLDEN_DIR = Path(__file__).parent / "golden"


def read_tree(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def tree_diff(expected: dict[str, bytes], actual: dict[str, bytes], limit: int = 200) -> str:
    """A readable report of how two file trees differ (unified diffs per file)."""
    out: list[str] = []
    for rel in sorted(set(expected) | set(actual)):
        if rel not in actual:
            out.append(f"--- {rel}: expected but not generated\n")
        elif rel not in expected:
            out.append(f"+++ {rel}: generated but not in the golden tree\n")
        elif expected[rel] != actual[rel]:
            diff = difflib.unified_diff(
                expected[rel].decode("utf-8", "replace").splitlines(keepends=True),
                actual[rel].decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"golden/{rel}",
                tofile=f"generated/{rel}",
            )
            out.extend(list(diff)[:limit])
    return "".join(out)


def write_tree(root: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
