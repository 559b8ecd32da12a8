"""``nox -s publish -- --pypi-url URL --npm-registry URL``: upload dist/ to a PyPI-compatible index
(twine) and an npm registry (``npm publish``).

Credentials come from the environment and are never printed, written to disk or put on a command line:
twine reads ``TWINE_USERNAME`` / ``TWINE_PASSWORD`` itself (``__token__`` + an API token for PyPI);
npm reads ``NPM_TOKEN`` through a temporary userconfig that holds the literal ``${NPM_TOKEN}``.
Only the artifacts of the tree's current version are uploaded; a dist/ from another version is refused.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from relay_release.artifacts import Artifacts, release_version
from relay_release.packages import ReleaseError, packages
from relay_release.smoke import command


def npmrc_key(registry: str) -> str:
    """The npmrc prefix that scopes a token to ``registry``: ``//host[:port]/path/``."""
    parts = urlsplit(registry)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ReleaseError(f"--npm-registry must be an http(s) URL, got {registry!r}")
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"//{parts.netloc}{path}"


def publish(dist: Path, pypi_url: str, npm_registry: str) -> list[str]:
    version = release_version()
    art = Artifacts(dist, version)
    python = [p for p in packages() if p.kind == "python"]
    npm = [p for p in packages() if p.kind == "npm"]
    uploads = [art.sdist(p) for p in python] + [art.wheel(p) for p in python]
    tarballs = [art.tarball(p) for p in npm]
    missing = [p.name for p in (*uploads, *tarballs) if not p.is_file()]
    if missing:
        raise ReleaseError(f"dist/ lacks {missing} for version {version}: run `nox -s build` first")
    for var in ("TWINE_USERNAME", "TWINE_PASSWORD", "NPM_TOKEN"):
        if not os.environ.get(var):
            raise ReleaseError(f"{var} is not set: credentials come from the environment")
    done = []
    command(
        [
            "twine",
            "upload",
            "--non-interactive",
            "--disable-progress-bar",
            "--repository-url",
            pypi_url,
            *map(str, uploads),
        ],
        cwd=dist,
    )
    done += [f"{p.name} → {pypi_url}" for p in uploads]
    with tempfile.TemporaryDirectory(prefix="relay-npmrc-") as tmp:
        userconfig = Path(tmp) / ".npmrc"
        # npm expands ${NPM_TOKEN} when it reads the file: the token itself is never written anywhere.
        userconfig.write_text(f"{npmrc_key(npm_registry)}:_authToken=${{NPM_TOKEN}}\n", encoding="utf-8")
        for tgz in tarballs:
            command(
                [
                    "npm",
                    "publish",
                    str(tgz),
                    "--registry",
                    npm_registry,
                    "--userconfig",
                    str(userconfig),
                    "--access",
                    "public",
                    "--loglevel",
                    "warn",
                ],
                cwd=dist,
            )
            done.append(f"{tgz.name} → {npm_registry}")
    return done
