"""ARCHITECTURE.md's server rules that are not import rules: all SQL lives in ``relay_server.stores``
(plus the connection layer ``db`` and the schema in ``migrations``). The import rules are
import-linter contracts (.importlinter); reading the environment outside ``config`` is ruff's TID251."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import relay_server

PACKAGE = Path(relay_server.__file__).parent
SQL_HOMES = ("stores/", "db.py", "migrations.py", "_generated/")
# a string that starts like a statement: what a query passed to execute() looks like
STATEMENT = re.compile(
    r"^\s*(SELECT\b.*\bFROM\b|SELECT \d|INSERT (OR \w+ )?INTO\b|UPDATE \w+ SET\b|DELETE FROM\b"
    r"|REPLACE INTO\b|(CREATE|DROP|ALTER) (TABLE|INDEX|VIEW|TRIGGER)\b|PRAGMA \w+|WITH \w+ AS\b)",
    re.S,
)


def sql_strings(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # an f-string: its literal parts, placeholders as "x"
            text = "".join(str(v.value) if isinstance(v, ast.Constant) else "x" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            text = node.value
        else:
            continue
        if STATEMENT.match(str(text)):
            found.append((node.lineno, str(text).strip().splitlines()[0][:60]))
    return found


def test_sql_only_in_stores() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)}:{line}: {text}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if not path.relative_to(PACKAGE).as_posix().startswith(SQL_HOMES)
        for line, text in sql_strings(path)
    ]
    assert offenders == [], "SQL outside relay_server.stores:\n" + "\n".join(offenders)


def test_the_check_sees_sql(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        '"""SELECT in a docstring is prose."""\nq = "SELECT id FROM api_keys"\nr = f"UPDATE {t} SET a = 1"\n'
    )
    assert sql_strings(module) == [(2, "SELECT id FROM api_keys"), (3, "UPDATE x SET a = 1")]
