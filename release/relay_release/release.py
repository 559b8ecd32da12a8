"""``nox -s release -- X.Y.Z``: bump every version, regenerate, write the changelogs, commit and tag.

Refuses, before touching anything: a dirty tree, a version that is not MAJOR.MINOR.PATCH or is below
1.0.0, a version not above the latest release tag, and a version smaller than the breaking-change gate
requires against that tag (a major bump for a breaking change, a minor one for additions). Without a
previous release tag, the first release may be any version from the current one up.
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

from relay_release.changelog import release_entry
from relay_release.gate import git, latest_release_tag, render, run_gate
from relay_release.packages import (
    ROOT,
    ReleaseError,
    packages,
    parse,
    repository,
    set_spec_version,
    spec_version,
)

_BUMPS = {"major": 0, "minor": 1, "patch": 2}


def minimum_version(previous: str, bump: str) -> tuple[int, int, int]:
    major, minor, patch = parse(previous)
    if bump == "major":
        return major + 1, 0, 0
    if bump == "minor":
        return major, minor + 1, 0
    return major, minor, patch + 1


def release(version: str, *, date: str | None = None, proofs: bool = True) -> str:
    wanted = parse(version)
    if wanted < (1, 0, 0):
        raise ReleaseError(
            f"{version}: releases start at 1.0.0 (public PyPI has an unrelated relay-sdk 0.3.1)"
        )
    if git("status", "--porcelain"):
        raise ReleaseError("the working tree has uncommitted changes: commit or stash them first")
    tag = latest_release_tag()
    if tag is not None:
        previous = tag[1:]
        result = run_gate(tag, "the latest release tag", proofs=proofs, head_spec=_spec_as(version))
        print(render(result), flush=True)
        needed = minimum_version(previous, result.required_bump)
        if wanted < needed:
            raise ReleaseError(
                f"{version} is too small: against {tag} the gate requires a {result.required_bump} bump, "
                f"at least {'.'.join(map(str, needed))}"
            )
        api_changes = result.report.markdown()
    else:
        previous = None
        current = spec_version()
        if wanted < parse(current):
            raise ReleaseError(f"{version} is below the current version {current}")
        api_changes = f"- First release of the Relay API, version {version} (`spec/openapi.yaml`)."
    day = date or datetime.datetime.now(datetime.UTC).date().isoformat()
    _bump(version)
    _regenerate()
    for pkg in packages():
        text = pkg.changelog.read_text(encoding="utf-8")
        pkg.changelog.write_text(
            release_entry(
                text,
                version,
                day,
                api_changes=api_changes if pkg.api_changes else None,
                repository=repository(),
                previous=previous,
            ),
            encoding="utf-8",
        )
    git("add", "-A")
    git("commit", "-q", "-m", f"Release {version}")
    git("tag", "-a", f"v{version}", "-m", f"Relay {version}")
    return f"v{version}"


def _spec_as(version: str) -> Path:
    """The current spec with info.version set to the version being released (what the gate judges)."""
    copy = ROOT / "build" / "release" / "openapi.yaml"
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes((ROOT / "spec" / "openapi.yaml").read_bytes())
    set_spec_version(version, copy)
    return copy


def _bump(version: str) -> None:
    set_spec_version(version)
    for pkg in packages():
        pkg.set_version(version)
        if pkg.kind == "npm":
            lock = pkg.directory / "package-lock.json"
            if lock.is_file():
                data = json.loads(lock.read_text(encoding="utf-8"))
                data["version"] = version
                data.get("packages", {}).get("", {})["version"] = version
                lock.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            # scripts/build.mjs writes src/core/version.ts from package.json (and builds dist/)
            subprocess.run(["node", "scripts/build.mjs"], cwd=pkg.directory, check=True, capture_output=True)


def _regenerate() -> None:
    """Every generated file and the generator's goldens carry the versions: rewrite them."""
    subprocess.run(["relay-codegen", "generate"], cwd=ROOT, check=True, capture_output=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/test_golden.py",
            "--update-goldens",
        ],
        cwd=ROOT / "generator",
        check=True,
        capture_output=True,
    )
