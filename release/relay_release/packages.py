"""The released packages (``release/packages.toml``) and the one place each keeps its version.

* a Python package: the ``__version__`` line of the file its ``[tool.hatch.version] path`` names
  (hatch reads the version from there, so pyproject.toml has ``dynamic = ["version"]``);
* the npm package: ``version`` in package.json (``scripts/build.mjs`` writes ``src/core/version.ts``
  from it);
* the API: ``info.version`` of ``spec/openapi.yaml``.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "release" / "packages.toml"
SPEC = ROOT / "spec" / "openapi.yaml"
_PY_VERSION = re.compile(r'^(__version__\s*=\s*")([^"]+)(")', re.M)
_INFO_VERSION = re.compile(
    r"^(info:\n(?:[ \t]+.*\n|\n)*?[ \t]+version:[ \t]*)(['\"]?)([^'\"\n]+)\2[ \t]*$", re.M
)
SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")


class ReleaseError(Exception):
    """A release step cannot go on; the message says why and what to do."""


@dataclass(frozen=True)
class Package:
    kind: str  # "python" | "npm"
    directory: Path
    name: str
    smoke: str
    api_changes: bool
    version_file: Path  # the one place the version is written

    @property
    def rel(self) -> str:
        return self.directory.relative_to(ROOT).as_posix()

    @property
    def version(self) -> str:
        text = self.version_file.read_text(encoding="utf-8")
        if self.kind == "npm":
            return str(json.loads(text)["version"])
        match = _PY_VERSION.search(text)
        if match is None:
            raise ReleaseError(f"{self.version_file}: no __version__ line")
        return match[2]

    def set_version(self, version: str) -> None:
        if self.kind == "npm":  # package.json only; the release runs `npm version` for the lockfile
            data = json.loads(self.version_file.read_text(encoding="utf-8"))
            data["version"] = version
            self.version_file.write_text(
                json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            return
        text = self.version_file.read_text(encoding="utf-8")
        self.version_file.write_text(
            _PY_VERSION.sub(rf"\g<1>{version}\g<3>", text, count=1), encoding="utf-8"
        )

    @property
    def changelog(self) -> Path:
        return self.directory / "CHANGELOG.md"


def _config(root: Path) -> dict[str, Any]:
    return tomllib.loads((root / "release" / "packages.toml").read_text(encoding="utf-8"))


def repository(root: Path = ROOT) -> str:
    return str(_config(root)["repository"])


def packages(root: Path = ROOT) -> list[Package]:
    """The packages of packages.toml that exist in this tree, Python first, in file order."""
    found: list[Package] = []
    config = _config(root)
    for entry in config.get("python", []):
        directory = root / entry["dir"]
        pyproject = directory / "pyproject.toml"
        if not pyproject.is_file():
            continue
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        path = project.get("tool", {}).get("hatch", {}).get("version", {}).get("path")
        if not path:
            raise ReleaseError(f"{pyproject}: no [tool.hatch.version] path (the one place of the version)")
        found.append(
            Package(
                "python",
                directory,
                project["project"]["name"],
                entry.get("smoke", "import"),
                bool(entry.get("api_changes", False)),
                directory / path,
            )
        )
    for entry in config.get("npm", []):
        directory = root / entry["dir"]
        manifest = directory / "package.json"
        if manifest.is_file():
            name = json.loads(manifest.read_text(encoding="utf-8"))["name"]
            found.append(
                Package("npm", directory, name, "npm", bool(entry.get("api_changes", False)), manifest)
            )
    return found


def assets(root: Path = ROOT) -> dict[str, Path]:
    return {key: root / value for key, value in _config(root).get("assets", {}).items()}


def spec_version(spec: Path = SPEC) -> str:
    match = _INFO_VERSION.search(spec.read_text(encoding="utf-8"))
    if match is None:
        raise ReleaseError(f"{spec}: no info.version")
    return match[3].strip()


def set_spec_version(version: str, spec: Path = SPEC) -> None:
    text = spec.read_text(encoding="utf-8")
    match = _INFO_VERSION.search(text)
    if match is None:
        raise ReleaseError(f"{spec}: no info.version")
    start, end = match.span(3)
    spec.write_text(text[:start] + version + text[end:], encoding="utf-8")


def versions(root: Path = ROOT) -> dict[str, str]:
    """Every version of the release: each package's and the API's (``openapi``)."""
    out = {pkg.name: pkg.version for pkg in packages(root)}
    out["openapi"] = spec_version(root / "spec" / "openapi.yaml")
    return out


def parse(version: str) -> tuple[int, int, int]:
    match = SEMVER.match(version)
    if match is None:
        raise ReleaseError(f"{version!r} is not a SemVer release version (MAJOR.MINOR.PATCH)")
    return int(match[1]), int(match[2]), int(match[3])
