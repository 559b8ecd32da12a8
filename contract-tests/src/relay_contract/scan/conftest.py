"""Options of the database scan: ``pytest relay_contract/scan --database PATH`` (``relay-contract`` runs it
after the suite, against the reference server it started)."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("relay", "Relay deployment under test").addoption(
        "--database",
        help="the database of the reference server the suite ran against: its SQLite file or PostgreSQL URL",
    )


@pytest.fixture(scope="session")
def database(pytestconfig: pytest.Config) -> Path | str:
    value = pytestconfig.getoption("--database")
    if not value:
        pytest.skip("needs --database (the database of a reference server this run started)")
    if str(value).startswith(("postgresql://", "postgres://")):
        return str(value)
    path = Path(value)
    assert path.is_file(), f"{path} does not exist"
    return path
