"""No page of the repository tells users to `pip install` a Relay package by bare name (public PyPI's
`relay-sdk` is another project), and the docs say where the packages install from."""

from __future__ import annotations

from pathlib import Path

import pytest

from relay_release.install_docs import bad_install_lines
from relay_release.packages import ROOT

PAGES = sorted(
    [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *ROOT.glob("*/README.md"), *(ROOT / "docs").rglob("*.md")],
    key=str,
)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_bare_pip_install_of_a_relay_package(page: Path) -> None:
    assert bad_install_lines(page.read_text(encoding="utf-8")) == []


def test_the_checker_catches_bare_names_and_extra_index_urls() -> None:
    page = "\n".join(
        [
            "```sh",
            "pip install relay-sdk",
            'python3 -m pip install "relay-server==1.0.0"',
            "pip install relay-sdk --extra-index-url https://x/simple/",
            'pip install "relay-sdk==1.0.0" --index-url https://x/simple/',
            "pip install ./relay_sdk-1.0.0-py3-none-any.whl",
            "pip install -e ./server",
            "```",
            "prose may name `pip install relay-sdk` to warn against it",
        ]
    )
    assert bad_install_lines(page) == [
        "pip install relay-sdk",
        'python3 -m pip install "relay-server==1.0.0"',
        "pip install relay-sdk --extra-index-url https://x/simple/",
    ]


def test_the_docs_say_where_the_packages_install_from() -> None:
    guide = (ROOT / "docs" / "guides" / "installation.md").read_text(encoding="utf-8")
    assert "--index-url" in guide and "--extra-index-url" in guide and "0.3.1" in guide
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "PEP 541" in readme  # what publishing to public PyPI needs
    for package in ("sdk-python", "sdk-ts", "server", "contract-tests", "generator"):
        text = (ROOT / package / "README.md").read_text(encoding="utf-8")
        assert "--index-url" in text or "registry" in text.lower(), package
