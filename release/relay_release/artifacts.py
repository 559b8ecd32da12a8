"""Build every artifact of a release into dist/ and check what each one carries.

``build``: an sdist and a wheel per Python package (``uv build``: the wheel is built from the sdist, so
a file missing from the sdist fails here, not on a user's machine), the npm tarball (``npm pack`` of a
private copy of sdk-ts), and the release assets (spec, Postman collection and environment), each with
the version in its name, plus ``SHA256SUMS``.

``check``: one version across packages and the spec; ``twine check --strict``; publint and
@arethetypeswrong/cli on the tarball; and per artifact: the root LICENSE, byte for byte; complete
metadata (licence expression, repository / issues / changelog / documentation URLs, keywords); a long
description with no link that only works inside the repository.
"""

from __future__ import annotations

import email.parser
import hashlib
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from relay_release.install_docs import bad_install_lines
from relay_release.packages import ROOT, Package, ReleaseError, assets, packages, spec_version, versions

REQUIRED_URLS = ("Repository", "Issues", "Changelog", "Documentation")
# A Markdown link or image whose target is a relative path: dead on PyPI and npm.
_RELATIVE_LINK = re.compile(r"\]\((?!https?://|mailto:|#)([^)\s]+)\)")


@dataclass(frozen=True)
class Artifacts:
    dist: Path
    version: str

    def wheel(self, pkg: Package) -> Path:
        return self.dist / f"{_normalize(pkg.name)}-{self.version}-py3-none-any.whl"

    def sdist(self, pkg: Package) -> Path:
        return self.dist / f"{_normalize(pkg.name)}-{self.version}.tar.gz"

    def tarball(self, pkg: Package) -> Path:
        return self.dist / f"{pkg.name.lstrip('@').replace('/', '-')}-{self.version}.tgz"

    @property
    def spec(self) -> Path:
        return self.dist / f"relay-openapi-{self.version}.yaml"

    @property
    def postman_collection(self) -> Path:
        return self.dist / f"relay-{self.version}.postman_collection.json"

    @property
    def postman_environment(self) -> Path:
        return self.dist / f"relay-{self.version}.postman_environment.json"


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def release_version() -> str:
    """The one version of the release; every package and the spec must agree on it."""
    found = versions()
    distinct = set(found.values())
    if len(distinct) != 1:
        listing = ", ".join(f"{name} {v}" for name, v in sorted(found.items()))
        raise ReleaseError(f"the packages and the spec must share one version; found: {listing}")
    return distinct.pop()


def run(cmd: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> str:
    print("$ " + " ".join(str(c) for c in cmd), flush=True)
    done = subprocess.run(list(cmd), cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ReleaseError(
            f"{cmd[0]} failed (exit {done.returncode}):\n{done.stdout[-4000:]}{done.stderr[-4000:]}"
        )
    return done.stdout


def build(dist: Path, uv: str) -> Artifacts:
    version = release_version()
    shutil.rmtree(dist, ignore_errors=True)
    dist.mkdir(parents=True)
    for pkg in packages():
        if pkg.kind == "python":
            run(
                [uv, "build", "--quiet", "--out-dir", str(dist), str(pkg.directory)]
            )  # sdist, then wheel from it
        else:
            pack_npm(pkg, dist)
    out = Artifacts(dist, version)
    sources = assets()
    shutil.copyfile(sources["spec"], out.spec)
    shutil.copyfile(sources["postman_collection"], out.postman_collection)
    shutil.copyfile(sources["postman_environment"], out.postman_environment)
    sums = [
        f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}"
        for p in sorted(dist.iterdir())
        if not p.name.startswith(".")
    ]
    (dist / "SHA256SUMS").write_text("\n".join(sums) + "\n", encoding="utf-8")
    for path in sorted(dist.iterdir()):
        print(f"  dist/{path.name}  ({path.stat().st_size:,} bytes)")
    return out


def pack_npm(pkg: Package, out: Path) -> Path:
    """``npm pack`` a private copy: another session may be rebuilding the package's dist/ right now."""
    staging = Path(tempfile.mkdtemp(prefix="relay-npm-pack-"))
    try:
        copy = staging / pkg.directory.name
        shutil.copytree(pkg.directory, copy, ignore=shutil.ignore_patterns("node_modules", "dist"))
        (copy / "node_modules").symlink_to(pkg.directory / "node_modules", target_is_directory=True)
        name = (
            run(["npm", "pack", "--silent", "--pack-destination", str(out)], cwd=copy)
            .strip()
            .splitlines()[-1]
        )
        return out / name
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def check(art: Artifacts) -> list[str]:
    """Every check of the built artifacts; returns what passed (raises on the first failure)."""
    passed: list[str] = []
    license_text = (ROOT / "LICENSE").read_bytes()
    py = [p for p in packages() if p.kind == "python"]
    files = [art.sdist(p) for p in py] + [art.wheel(p) for p in py]
    for path in files:
        if not path.is_file():
            raise ReleaseError(
                f"missing artifact {path.name} (built: {sorted(p.name for p in art.dist.iterdir())})"
            )
    run(["twine", "check", "--strict", *map(str, files)])
    passed.append(f"twine check --strict: {len(files)} files")
    for pkg in py:
        _check_wheel(art.wheel(pkg), pkg, license_text)
        _check_sdist(art.sdist(pkg), license_text)
        passed.append(f"{pkg.name}: LICENSE, metadata, long description (sdist + wheel)")
    for pkg in (p for p in packages() if p.kind == "npm"):
        tgz = art.tarball(pkg)
        _check_tarball(tgz, license_text)
        bin_dir = pkg.directory / "node_modules" / ".bin"
        run([str(bin_dir / "publint"), "run", "--strict", str(tgz)], cwd=pkg.directory)
        run([str(bin_dir / "attw"), "--no-color", "--format", "ascii", str(tgz)], cwd=pkg.directory)
        passed.append(f"{pkg.name}: LICENSE, package.json metadata, README; publint --strict; attw")
    if spec_version(art.spec) != art.version:
        raise ReleaseError(f"{art.spec.name}: info.version is not {art.version}")
    collection = json.loads(art.postman_collection.read_text(encoding="utf-8"))
    if collection.get("info", {}).get("version") not in (None, art.version):
        raise ReleaseError(f"{art.postman_collection.name}: info.version is not {art.version}")
    passed.append("release assets: spec, Postman collection + environment, SHA256SUMS")
    return passed


def _check_long_description(text: str, where: str) -> None:
    dead = _RELATIVE_LINK.findall(text)
    if dead:
        raise ReleaseError(f"{where}: links that only work inside the repository: {dead}")
    bare = bad_install_lines(text)
    if bare:
        raise ReleaseError(f"{where}: installs a Relay package from public PyPI by bare name: {bare}")


def _check_wheel(path: Path, pkg: Package, license_text: bytes) -> None:
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        info = next(n.rsplit("/", 1)[0] for n in names if n.endswith(".dist-info/METADATA"))
        if wheel.read(f"{info}/licenses/LICENSE") != license_text:
            raise ReleaseError(f"{path.name}: licenses/LICENSE is not the repository's LICENSE")
        meta = email.parser.Parser().parsestr(wheel.read(f"{info}/METADATA").decode("utf-8"))
    if meta.get("License-Expression") != "Apache-2.0":
        raise ReleaseError(f"{path.name}: License-Expression is {meta.get('License-Expression')!r}")
    urls = {u.split(",", 1)[0].strip() for u in meta.get_all("Project-URL") or []}
    missing = [u for u in REQUIRED_URLS if u not in urls]
    if missing or not meta.get("Keywords") or meta.get("Description-Content-Type") != "text/markdown":
        raise ReleaseError(
            f"{path.name}: incomplete metadata (missing URLs {missing}, keywords, or a README)"
        )
    _check_long_description(meta.get_payload(), f"{path.name} long description")  # type: ignore[arg-type]


def _check_sdist(path: Path, license_text: bytes) -> None:
    with tarfile.open(path) as sdist:
        top = sdist.getnames()[0].split("/", 1)[0]
        member = sdist.extractfile(f"{top}/LICENSE")
        if member is None or member.read() != license_text:
            raise ReleaseError(f"{path.name}: LICENSE missing or not the repository's")
        for name in ("CHANGELOG.md", "README.md", "pyproject.toml"):
            if f"{top}/{name}" not in sdist.getnames():
                raise ReleaseError(f"{path.name}: {name} missing")


def _check_tarball(path: Path, license_text: bytes) -> None:
    with tarfile.open(path) as tgz:
        read = {
            n: tgz.extractfile(n) for n in ("package/LICENSE", "package/package.json", "package/README.md")
        }
        if any(f is None for f in read.values()):
            raise ReleaseError(f"{path.name}: LICENSE, package.json or README.md missing")
        data = {n: f.read() for n, f in read.items() if f is not None}
        if "package/CHANGELOG.md" not in tgz.getnames():
            raise ReleaseError(f"{path.name}: CHANGELOG.md missing")
    if data["package/LICENSE"] != license_text:
        raise ReleaseError(f"{path.name}: LICENSE is not the repository's")
    manifest = json.loads(data["package/package.json"])
    missing = [k for k in ("license", "repository", "bugs", "homepage", "keywords") if not manifest.get(k)]
    if missing or manifest["license"] != "Apache-2.0":
        raise ReleaseError(f"{path.name}: package.json lacks {missing or ['license Apache-2.0']}")
    _check_long_description(data["package/README.md"].decode("utf-8"), f"{path.name} README.md")
