"""Options of the database scan: ``pytest relay_contract/scan --database PATH`` (``relay-contract`` runs it
after the suite, against the reference server it started)."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.getgroup("relay", "Relay deployment under test").addoption(
        "--database", help="the SQLite database file of the reference server the suite ran against"
    )


@pytest.fixture(scope="session")
def database(pytestconfig: pytest.Config) -> Path:
    value = pytestconfig.getoption("--database")
    if not value:
        pytest.skip("needs --database (the file of a reference server this run started)")
    path = Path(value)
    assert path.is_file(), f"{path} does not exist"
    return path
