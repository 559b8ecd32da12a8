"""Smoke-test the built artifacts where users meet them: fresh environments OUTSIDE the checkout.

Everything runs in a temporary directory with no ``spec/`` (and no ``.git``) above it, with the
artifacts of dist/ only — nothing is imported from the checkout:

* ``relay-server``: its wheel alone in a fresh venv serves (``relay-server serve`` through the installed
  package's launcher) and answers the SDK calls below;
* ``relay-sdk``: its wheel alone in a fresh venv (only httpx + attrs come along) runs the Python
  quickstart of the docs against that server;
* ``@relay/sdk-js``: the tarball installed into a fresh folder; the TypeScript quickstart of the docs,
  type-checked against the installed declarations and run with node against that server;
* ``relay-contract``: its wheel alone in a fresh venv runs the contract suite (schemathesis on a small
  budget + every hand-written case) against that server, with the spec it ships;
* the Postman collection + environment of dist/ run by newman against that server;
* ``relay-codegen``: its wheel alone in a fresh venv generates from the spec of dist/ and reproduces the
  committed generated tree byte for byte;
* any other package (``smoke = "import"``): installs, imports, and its commands answer ``--help``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from relay_release.artifacts import Artifacts
from relay_release.packages import ROOT, Package, ReleaseError, packages

QUICKSTART_PY = ROOT / "docs" / "samples" / "getting-started" / "quickstart.py"
QUICKSTART_TS = ROOT / "docs" / "samples" / "getting-started" / "quickstart.ts"
TSC = ROOT / "sdk-ts" / "node_modules" / "typescript" / "bin" / "tsc"
NEWMAN = ROOT / "postman" / "node_modules" / ".bin" / "newman"
SERVE = Path(__file__).with_name("serve_installed.py")
WORKSPACES = ("quickstart", "contract", "contract-b", "postman")


def outside_checkout(prefix: str) -> Path:
    """A fresh temporary directory with no spec/ or .git above it (so nothing can find the checkout)."""
    work = Path(tempfile.mkdtemp(prefix=prefix)).resolve()
    for parent in (work, *work.parents):
        if (parent / "spec" / "openapi.yaml").exists() or (parent / ".git").exists():
            raise ReleaseError(f"{work} is inside a checkout ({parent}); set TMPDIR elsewhere")
    return work


def isolated_environ() -> dict[str, str]:
    """This process's environment minus what could point an installed artifact back at the checkout:
    the nox session's virtualenv and the spec overrides of relay-server / relay-contract."""
    hidden = ("VIRTUAL_ENV", "RELAY_SPEC_PATH", "RELAY_SPEC", "PYTHONPATH")
    return {k: v for k, v in os.environ.items() if k not in hidden}


def command(
    cmd: Sequence[str | Path], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 900
) -> str:
    """Run a command; its output on success, a ReleaseError with the output otherwise."""
    shown = " ".join(str(c) for c in cmd)
    print(f"$ {shown}", flush=True)
    full_env = {**isolated_environ(), **(env or {})}
    done = subprocess.run(
        [str(c) for c in cmd],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    out = done.stdout + done.stderr
    if done.returncode != 0:
        raise ReleaseError(f"`{shown}` exited {done.returncode}:\n{out[-6000:]}")
    return out


@dataclass
class Venv:
    path: Path

    @property
    def python(self) -> Path:
        return self.path / "bin" / "python"

    def bin(self, name: str) -> Path:
        return self.path / "bin" / name


def new_venv(work: Path, name: str, uv: str, *requirements: str | Path) -> Venv:
    """A fresh virtualenv in ``work`` with only ``requirements`` (and their dependencies) installed."""
    env = Venv(work / f"venv-{name}")
    command([uv, "venv", "--quiet", "--python", sys.executable, env.path], cwd=work)
    if requirements:
        command([uv, "pip", "install", "--quiet", "--python", env.python, *requirements], cwd=work)
    return env


@dataclass
class Results:
    passed: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def check(self, name: str, fn: Callable[[], str | None]) -> None:
        start = time.monotonic()
        try:
            detail = fn()
        except (ReleaseError, subprocess.TimeoutExpired, OSError, AssertionError) as exc:
            self.failed.append((name, str(exc)))
            print(f"SMOKE FAIL  {name}\n{exc}", flush=True)
        else:
            self.passed.append(name)
            print(f"SMOKE ok    {name}{': ' + detail if detail else ''}", flush=True)
        self.seconds[name] = time.monotonic() - start

    def blocked(self, names: Sequence[str], reason: str) -> None:
        for name in names:
            self.failed.append((name, f"not run: {reason}"))
            print(f"SMOKE FAIL  {name}: not run: {reason}", flush=True)


@dataclass
class Server:
    base_url: str
    keys: dict[str, str]


@contextmanager
def installed_server(python: Path, work: Path, env: dict[str, str] | None = None) -> Iterator[Server]:
    """The relay-server that ``python`` imports, serving on 127.0.0.1 until the block ends
    (``env`` is added to the isolated environment, e.g. a PYTHONPATH to a regenerated server)."""
    log_path = work / "server-driver.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen(
            [str(python), str(SERVE), *WORKSPACES],
            cwd=work,
            env={**isolated_environ(), **(env or {})},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line:
            proc.wait(timeout=30)
            raise ReleaseError(f"relay-server did not start:\n{log_path.read_text()[-6000:]}")
        info = json.loads(line)
        yield Server(info["base_url"], info["keys"])
    finally:
        if proc.stdin is not None:
            proc.stdin.close()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def newman(collection: Path, environment: Path | None, server: Server, work: Path) -> str:
    """Run a Postman collection with newman against ``server`` (its ``postman`` workspace)."""
    cmd: list[str | Path] = [NEWMAN, "run", collection]
    if environment is not None and environment.is_file():
        cmd += ["--environment", environment]
    cmd += ["--env-var", f"baseUrl={server.base_url}", "--env-var", f"apiKey={server.keys['postman']}"]
    return command([*cmd, "--color", "off", "--reporters", "cli"], cwd=work)


def _by_smoke(kind: str) -> list[Package]:
    return [p for p in packages() if p.smoke == kind]


def run_smoke(art: Artifacts, uv: str, *, contract_examples: int = 3) -> Results:
    results = Results()
    work = outside_checkout("relay-smoke-")
    print(f"smoke tests in {work} (outside the checkout)", flush=True)
    try:
        _server_stack(art, uv, work, results, contract_examples)
        for pkg in _by_smoke("codegen"):
            results.check(
                f"{pkg.name}: generates the committed tree from the released spec",
                partial(_codegen, art, pkg, uv, work),
            )
        for pkg in _by_smoke("import"):
            results.check(
                f"{pkg.name}: installs, imports, commands answer --help",
                partial(_imports, art, pkg, uv, work),
            )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return results


def _server_stack(art: Artifacts, uv: str, work: Path, results: Results, contract_examples: int) -> None:
    server_pkgs, sdk_pkgs = _by_smoke("server"), _by_smoke("sdk")
    contract_pkgs, npm_pkgs = _by_smoke("contract"), _by_smoke("npm")
    dependents = [f"{p.name}: quickstart against the installed server" for p in (*sdk_pkgs, *npm_pkgs)]
    dependents += [f"{p.name}: runs against the installed server" for p in contract_pkgs]
    dependents += ["Postman collection (dist/) runs against the installed server"]
    if not server_pkgs:
        results.blocked(dependents, "no relay-server package")
        return
    server_env = new_venv(work, "server", uv, art.wheel(server_pkgs[0]))
    try:
        with installed_server(server_env.python, work) as server:
            results.passed.append(f"{server_pkgs[0].name}: the wheel serves (relay-server serve)")
            print(f"SMOKE ok    {server_pkgs[0].name}: the wheel serves on {server.base_url}", flush=True)
            for pkg in sdk_pkgs:
                results.check(
                    f"{pkg.name}: quickstart against the installed server",
                    partial(_python_quickstart, art, pkg, uv, work, server),
                )
            for pkg in npm_pkgs:
                results.check(
                    f"{pkg.name}: quickstart against the installed server",
                    partial(_ts_quickstart, art.tarball(pkg), work, server),
                )
            for pkg in contract_pkgs:
                results.check(
                    f"{pkg.name}: runs against the installed server",
                    partial(_contract, art, pkg, uv, work, server, contract_examples),
                )
            results.check(
                "Postman collection (dist/) runs against the installed server",
                lambda: _newman(art, work, server),
            )
    except ReleaseError as exc:
        results.failed.append((f"{server_pkgs[0].name}: the wheel serves (relay-server serve)", str(exc)))
        print(f"SMOKE FAIL  {server_pkgs[0].name}: the wheel serves\n{exc}", flush=True)
        results.blocked(dependents, "the installed relay-server did not start")


def _python_quickstart(art: Artifacts, pkg: Package, uv: str, work: Path, server: Server) -> str:
    env = new_venv(work, "sdk", uv, art.wheel(pkg))
    script = work / "quickstart.py"
    shutil.copyfile(QUICKSTART_PY, script)
    check = f"import relay_sdk; assert relay_sdk.__version__ == relay_sdk.__api_version__ == {art.version!r}"
    command([env.python, "-c", check], cwd=work)
    out = command([env.python, script], cwd=work, env=_client_env(server, "quickstart"))
    if "succeeded" not in out:
        raise ReleaseError(f"the quickstart did not report a succeeded execution:\n{out}")
    return out.strip().splitlines()[-1]


def install_tarball_project(folder: Path, spec: str, registry: str | None = None) -> None:
    """A fresh npm project in ``folder`` with ``spec`` (a tarball path or name@version) installed."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "package.json").write_text(
        json.dumps({"name": "relay-quickstart", "private": True, "type": "module"})
    )
    extra = ["--registry", registry] if registry else []
    command(["npm", "install", "--no-audit", "--no-fund", "--loglevel", "error", *extra, spec], cwd=folder)


def run_ts_quickstart(folder: Path, server: Server) -> str:
    """Type-check the docs' TypeScript quickstart against the installed package, run it with node."""
    shutil.copyfile(QUICKSTART_TS, folder / "quickstart.ts")
    options = {
        "strict": True,
        "module": "nodenext",
        "moduleResolution": "nodenext",
        "target": "es2022",
        "lib": ["es2022", "dom"],
        "types": [],
        "skipLibCheck": False,
        "outDir": "out",
    }
    config = {"compilerOptions": options, "files": ["quickstart.ts"]}
    (folder / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    command(["node", TSC, "-p", "tsconfig.json"], cwd=folder)
    out = command(["node", "out/quickstart.js"], cwd=folder, env=_client_env(server, "quickstart"))
    if "succeeded" not in out:
        raise ReleaseError(f"the TypeScript quickstart did not report a succeeded execution:\n{out}")
    return out.strip().splitlines()[-1]


def _ts_quickstart(tarball: Path, work: Path, server: Server) -> str:
    folder = work / "ts-quickstart"
    install_tarball_project(folder, str(tarball))
    return run_ts_quickstart(folder, server)


def _contract(art: Artifacts, pkg: Package, uv: str, work: Path, server: Server, examples: int) -> str:
    env = new_venv(work, "contract", uv, art.wheel(pkg))
    out = command(
        [
            env.bin("relay-contract"),
            "--base-url",
            server.base_url,
            "--api-key",
            server.keys["contract"],
            "--second-api-key",
            server.keys["contract-b"],
            "--max-examples",
            str(examples),
        ],
        cwd=work,
    )
    return next((ln for ln in reversed(out.splitlines()) if "hand-written cases" in ln), "passed")


def _newman(art: Artifacts, work: Path, server: Server) -> str:
    out = newman(art.postman_collection, art.postman_environment, server, work)
    return next((ln.strip() for ln in out.splitlines() if "assertions" in ln), "passed")


def _codegen(art: Artifacts, pkg: Package, uv: str, work: Path) -> str:
    env = new_venv(work, "codegen", uv, art.wheel(pkg))
    version = command([env.bin("relay-codegen"), "--version"], cwd=work).split()[-1]
    if version != art.version:
        raise ReleaseError(f"relay-codegen --version says {version}, not {art.version}")
    out_root = work / "generated"
    command([env.bin("relay-codegen"), "generate", "--spec", art.spec, "--out", out_root], cwd=work)
    produced = sorted(p for p in out_root.rglob("*") if p.is_file())
    differing = [
        p.relative_to(out_root).as_posix()
        for p in produced
        if (ROOT / p.relative_to(out_root)).read_bytes() != p.read_bytes()
    ]
    if not produced or differing:
        raise ReleaseError(
            f"the installed relay-codegen does not reproduce the committed files: {differing[:20]}"
        )
    return f"{len(produced)} files identical to the checkout's"


def _imports(art: Artifacts, pkg: Package, uv: str, work: Path) -> str:
    wheel = art.wheel(pkg)
    # its Relay dependencies (relay-mcp needs relay-sdk) from dist/ too: public PyPI's relay-sdk is another
    # project, so an install that looks only there cannot resolve them
    env = new_venv(work, pkg.directory.name, uv, wheel, "--find-links", art.dist)
    with zipfile.ZipFile(wheel) as zf:
        names = zf.namelist()
        tops = sorted({n.split("/", 1)[0] for n in names if n.endswith("/__init__.py") and n.count("/") == 1})
        entry = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), None)
        scripts = _console_scripts(zf.read(entry).decode()) if entry else []
    command([env.python, "-c", "; ".join(f"import {t}" for t in tops) or "pass"], cwd=work)
    for script in scripts:
        command([env.bin(script), "--help"], cwd=work, timeout=120)
    return f"imports {', '.join(tops)}; --help of {', '.join(scripts) or 'no command'}"


def _console_scripts(entry_points: str) -> list[str]:
    scripts, section = [], ""
    for line in entry_points.splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[console_scripts]" and "=" in line:
            scripts.append(line.split("=", 1)[0].strip())
    return scripts


def _client_env(server: Server, workspace: str) -> dict[str, str]:
    return {"RELAY_API_KEY": server.keys[workspace], "RELAY_BASE_URL": server.base_url}
