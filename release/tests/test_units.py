"""The release tooling's pure parts: versions (one place each, all equal), the changelog entry, the
minimum version a gate verdict requires, the npm token scope."""

from __future__ import annotations

from pathlib import Path

import pytest

from relay_release.changelog import ChangelogError, release_entry
from relay_release.packages import ReleaseError, packages, parse, set_spec_version, spec_version, versions
from relay_release.publish import npmrc_key

REPO = "https://github.com/relay-dev/relay-sdk-suite"


def test_one_version_for_every_package_and_the_spec() -> None:
    found = versions()
    assert {
        "relay-sdk",
        "relay-server",
        "relay-contract",
        "relay-codegen",
        "@relay/sdk-js",
        "openapi",
    } <= set(found)
    assert len(set(found.values())) == 1, found
    assert parse(found["openapi"]) >= (1, 0, 0)


def test_each_python_package_keeps_its_version_in_one_place() -> None:
    for pkg in packages():
        if pkg.kind == "python":
            pyproject = (pkg.directory / "pyproject.toml").read_text(encoding="utf-8")
            assert 'dynamic = ["version"]' in pyproject and "\nversion =" not in pyproject, pkg.name


def test_spec_version_round_trip(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.1.0\ninfo:\n  title: Relay\n  version: 1.0.0\n  description: x\npaths: {}\n")
    assert spec_version(spec) == "1.0.0"
    set_spec_version("2.1.0", spec)
    assert (
        spec.read_text()
        == "openapi: 3.1.0\ninfo:\n  title: Relay\n  version: 2.1.0\n  description: x\npaths: {}\n"
    )


def test_parse_rejects_what_is_not_a_release_version() -> None:
    assert parse("10.2.3") == (10, 2, 3)
    for bad in ("1.0", "v1.0.0", "1.0.0-rc1", "01.0.0"):
        with pytest.raises(ReleaseError):
            parse(bad)


CHANGELOG = """# Changelog

Intro.

## [Unreleased]

### Added

- A thing.

## [1.0.0] - 2026-12-01

### Added

- First.

[Unreleased]: https://x/compare/v1.0.0...HEAD
[1.0.0]: https://x/releases/tag/v1.0.0
"""


def test_release_entry_moves_unreleased_and_adds_api_changes() -> None:
    out = release_entry(
        CHANGELOG, "1.1.0", "2026-12-03", api_changes="- **Breaking:** x", repository=REPO, previous="1.0.0"
    )
    assert out.index("## [Unreleased]") < out.index("## [1.1.0] - 2026-12-03") < out.index("## [1.0.0]")
    entry = out[out.index("## [1.1.0]") : out.index("## [1.0.0]")]
    assert "- A thing." in entry and "### API changes\n\n- **Breaking:** x" in entry
    unreleased = out[out.index("## [Unreleased]") : out.index("## [1.1.0]")]
    assert unreleased.strip() == "## [Unreleased]"
    assert f"[Unreleased]: {REPO}/compare/v1.1.0...HEAD" in out
    assert f"[1.1.0]: {REPO}/compare/v1.0.0...v1.1.0" in out
    assert "[1.0.0]: https://x/releases/tag/v1.0.0" in out and out.count("[Unreleased]:") == 1


def test_release_entry_without_api_changes_or_notes() -> None:
    text = "# Changelog\n\n## [Unreleased]\n"
    out = release_entry(text, "1.0.1", "2026-12-03", api_changes=None, repository=REPO, previous=None)
    assert "## [1.0.1] - 2026-12-03\n\nNo changes besides the version." in out
    assert f"[1.0.1]: {REPO}/releases/tag/v1.0.1" in out
    with pytest.raises(ChangelogError):
        release_entry(
            out.replace("## [Unreleased]", "## Next"),
            "1.0.2",
            "d",
            api_changes=None,
            repository=REPO,
            previous=None,
        )
    with pytest.raises(ChangelogError):
        release_entry(out, "1.0.1", "d", api_changes=None, repository=REPO, previous=None)


def test_every_package_changelog_has_an_unreleased_section() -> None:
    for pkg in packages():
        assert "## [Unreleased]" in pkg.changelog.read_text(encoding="utf-8"), pkg.name


def test_npmrc_key_scopes_the_token_to_the_registry() -> None:
    assert npmrc_key("http://127.0.0.1:4873") == "//127.0.0.1:4873/"
    assert npmrc_key("https://npm.example.com/repo/npm/") == "//npm.example.com/repo/npm/"
    with pytest.raises(ReleaseError):
        npmrc_key("127.0.0.1:4873")
