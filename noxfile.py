"""Every build, lint and test entry point of the Relay suite.

Run through the bootstrap (no global nox needed):   python3 dev.py test   |   python3 dev.py demo
or directly:   nox -s lint   nox -s tests   nox -s generate -- --check   nox -s goldens

Default sessions (``nox`` with no ``-s``) together are the full check; ``python3 dev.py test`` runs
them and prints one closing summary line. A session whose component does not exist yet says so and
is reported as *skipped* — never as a success.

Adding a component: add it to ``PYTHON_COMPONENTS`` (or ``NODE_COMPONENTS``) below; the ``tests``
session picks it up. Later issues fill ``contract``, ``postman``, ``docs``, ``build``, ``demo``, ``bench``.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent
PYTHON = "3.11"
SPEC = "spec/openapi.yaml"
RESULTS = ROOT / ".relay" / "test-results"  # per-component results, summed up by dev.py
GENERATOR_CONSTRAINTS = ROOT / "generator" / "constraints.txt"
CONTRACT_CONSTRAINTS = ROOT / "contract-tests" / "constraints.txt"

# uv (pinned in requirements-dev.txt, found by nox in its own environment) installs several times
# faster than pip, which keeps the full check well inside CI's budget; plain venv is the fallback.
nox.options.default_venv_backend = "uv|venv"
nox.options.error_on_missing_interpreters = True
nox.options.sessions = [
    "lint", "tests", "tests-postgres", "tests-node", "contract", "postman", "docs", "examples", "build",
]  # fmt: skip

# component → (directory, PEP 735 dependency group holding its test tools)
PYTHON_COMPONENTS: dict[str, tuple[str, str]] = {
    "generator": ("generator", "test"),
    "server": ("server", "test"),
    "sdk-python": ("sdk-python", "test"),
    "mcp": ("mcp", "test"),
    "release": ("release", "test"),  # the release tooling (its publish test runs in `build`)
}
NODE_COMPONENTS: dict[str, str] = {
    "sdk-ts": "sdk-ts",
}


def _groups(directory: str, *groups: str) -> list[str]:
    """The requirements of a package's PEP 735 ``[dependency-groups]`` (its development tools, which are
    not published as extras)."""
    pyproject = nox.project.load_toml(ROOT / directory / "pyproject.toml")
    return list(nox.project.dependency_groups(pyproject, *groups))


def _install_generator(session: nox.Session, group: str = "") -> None:
    tools = _groups("generator", group) if group else []
    session.install("-c", str(GENERATOR_CONSTRAINTS), "-e", "./generator", *tools)


def _install_mcp(session: nox.Session, *groups: str) -> None:
    """relay-mcp (editable, with its dependency ``groups``), this repository's relay-sdk and the
    reference server its live tests start, in one resolve pinned by mcp/constraints.txt."""
    packages = ["-e", "./sdk-python", "-e", "./mcp", "-e", "./server"]
    session.install("-c", "mcp/constraints.txt", *packages, *_groups("mcp", *groups))


def _npm_ci(session: nox.Session, directory: Path) -> None:
    """``npm ci`` unless node_modules already matches the committed lockfile."""
    lock = directory / "package-lock.json"
    marker = directory / "node_modules" / ".package-lock.json"
    if not lock.is_file():
        session.error(f"{directory.relative_to(ROOT)}: package-lock.json is missing; run npm install")
    if marker.is_file() and marker.stat().st_mtime >= lock.stat().st_mtime:
        return
    session.run("npm", "ci", "--no-audit", "--no-fund", external=True, env={"npm_config_loglevel": "error"})


@contextlib.contextmanager
def _live_relay_server(session: nox.Session) -> Iterator[dict[str, str]]:
    """The reference server on a free 127.0.0.1 port with a fresh database and workspace, started by the
    suite's one launcher (``python -m relay_server.testing``, in the session's venv).

    Yields ``RELAY_TEST_BASE_URL`` / ``RELAY_TEST_API_KEY`` (an admin key) for live integration
    tests, or ``{}`` when the server is not built; stops the server (and removes its files) after.
    """
    if not (ROOT / "server" / "pyproject.toml").is_file():
        yield {}
        return
    session.install("-e", str(ROOT / "server"))
    python = str(Path(str(session.bin)) / "python")
    launcher = [python, "-m", "relay_server.testing", "--workspace", "live-tests"]
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [*launcher, "--rate-limit", "6000", "--burst", "1000"],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        try:
            line = proc.stdout.readline() if proc.stdout else ""  # one JSON line once the server answers
            if not line:
                proc.wait()
                errors.seek(0)
                session.error(f"relay-server did not start:\n{errors.read().decode(errors='replace')}")
            live = json.loads(line)
            session.log(f"live reference server on {live['base_url']}")
            yield {"RELAY_TEST_BASE_URL": live["base_url"], "RELAY_TEST_API_KEY": live["api_key"]}
        finally:
            proc.terminate()  # the launcher stops the server and removes its files
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _apt_install(session: nox.Session, *packages: str) -> None:
    """Installs Debian packages a session needs and this machine lacks (CI starts from a fresh machine,
    as root); the package lists are refreshed first, since a fresh machine may have none."""
    session.run("apt-get", "update", "-qq", external=True)
    session.run("apt-get", "install", "-y", "-qq", *packages, external=True)


def _postgres_installed() -> bool:
    """Whether PostgreSQL's initdb and pg_ctl are here (on PATH, or where Debian installs them)."""
    return bool(shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb")))


@contextlib.contextmanager
def _throwaway_postgres(session: nox.Session) -> Iterator[dict[str, str]]:
    """A throwaway PostgreSQL cluster on a free 127.0.0.1 port for the session's commands (``python -m
    relay_server.throwaway_postgres`` in the session's venv: initdb in a temp dir as the ``postgres``
    user), stopped and deleted after. Installs Debian's postgresql first when initdb is missing.

    Yields ``RELAY_TEST_POSTGRES_URL``: the launcher (``relay_server.testing``) and the server's tests put
    each server they start on a fresh database there.
    """
    if not _postgres_installed():
        _apt_install(session, "postgresql")
    python = str(Path(str(session.bin)) / "python")
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(
            [python, "-m", "relay_server.throwaway_postgres"],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        try:
            url = proc.stdout.readline().strip() if proc.stdout else ""
            if not url:
                proc.wait()
                errors.seek(0)
                session.error(f"PostgreSQL did not start:\n{errors.read().decode(errors='replace')}")
            session.log(f"throwaway PostgreSQL on {url}")
            yield {"RELAY_TEST_POSTGRES_URL": url}
        finally:
            proc.terminate()  # stops the cluster and deletes its directory
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate every target from spec/openapi.yaml (``-- --check`` only verifies)."""
    _install_generator(session)
    session.run("relay-codegen", "generate", *session.posargs)


@nox.session(python=PYTHON)
def goldens(session: nox.Session) -> None:
    """Rewrite generator/tests/golden/*/expected from the current generator, then review the diff
    (the golden tests then type-check the new output: mypy, and tsc from sdk-ts)."""
    _install_generator(session, "test")
    env = _golden_tsc(session)
    with session.chdir("generator"):
        session.run("pytest", "-q", "tests/test_golden.py", "--update-goldens", env=env)
        session.run("pytest", "-q", "tests/test_golden.py", env=env)


def _golden_tsc(session: nox.Session) -> dict[str, str]:
    """sdk-ts's pinned TypeScript, which the golden tests compile the generated TypeScript with."""
    with session.chdir(ROOT / "sdk-ts"):
        _npm_ci(session, ROOT / "sdk-ts")
    return {"RELAY_TSC": str(ROOT / "sdk-ts" / "node_modules" / ".bin" / "tsc")}


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Spec lints (Redocly + openapi-spec-validator + conventions), drift checks (generated code, the
    shared vectors), ruff, mypy --strict, the architecture's import layers, relay-sdk's type
    completeness, biome on sdk-ts, and the pre-commit config."""
    _install_generator(session, "lint")
    if not (ROOT / SPEC).is_file():
        session.error(f"{SPEC} does not exist")
    session.run("openapi-spec-validator", SPEC)
    session.run("relay-codegen", "lint", "--spec", SPEC)
    _redocly_lint(session)
    session.run("relay-codegen", "generate", "--check")
    session.run("python", "contract-tests/vectors/tools/generate_vectors.py", "--check")
    # ruff over the Python of components whose own sessions are not default (bench) or that
    # type-check themselves in their sessions (contract-tests, examples, docs tests).
    py_paths = ["generator", "noxfile.py", "dev.py", "contract-tests", "bench", "examples", "docs/tests"]
    py_paths.append("release")
    session.run("ruff", "check", *py_paths)
    session.run("ruff", "format", "--check", *py_paths)
    _typecheck(session)
    with session.chdir("sdk-python"):  # relay-sdk: ruff, and its public API's type completeness
        session.run("ruff", "check", ".")
        session.run("ruff", "format", "--check", ".")
        session.run("python", "scripts/verify_types.py", "--min", "0.99")
    for package in ("server", "mcp"):
        with session.chdir(package):
            session.run("ruff", "check", ".")
            session.run("ruff", "format", "--check", ".")
    with session.chdir("sdk-ts"):  # biome: lint + format of the hand-written TypeScript (biome.jsonc)
        _npm_ci(session, ROOT / "sdk-ts")
        session.run("npm", "run", "--silent", "lint", external=True)
    session.run("pre-commit", "validate-config", ".pre-commit-config.yaml")


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict of every Python package and the import layers of ARCHITECTURE.md (lint-imports).
    The part of ``lint`` that the pre-commit hook runs."""
    _install_generator(session, "lint")
    _typecheck(session)


def _typecheck(session: nox.Session) -> None:
    with session.chdir("generator"):
        session.run("mypy", "--strict", "src", "tests")
    session.install("-r", "requirements-dev.txt")  # nox itself, so mypy can type-check this file
    session.run("mypy", "--strict", "noxfile.py", "dev.py")
    session.install(
        "-c", "server/constraints.txt", "-e", "./server", *_groups("server", "test"), "-e", "./sdk-python",
        *_groups("sdk-python", "lint", "test"), "-c", str(CONTRACT_CONSTRAINTS), "-e", "./contract-tests",
        "-e", "./release", "import-linter==2.16", "pre-commit==4.7.0",
        "-c", "mcp/constraints.txt", "-e", "./mcp", *_groups("mcp", "test", "lint"),
    )  # fmt: skip
    with session.chdir("sdk-python"):
        session.run("mypy")  # strict, on the package and tests/typing/usage.py (pyproject)
        session.run("pyright")
    with session.chdir("server"):
        session.run("mypy", "--strict", "src", "tests")
    with session.chdir("mcp"):
        session.run("mypy")  # strict, on src/relay_mcp (the generated tool table too) and tests
    with session.chdir("release"):  # the release tooling (relay_codegen: installed above)
        session.run("mypy", "--strict", "relay_release", "tests")
    session.run("lint-imports", "--no-cache")  # .importlinter: the layer table of ARCHITECTURE.md


def _redocly_lint(session: nox.Session) -> None:
    """Redocly CLI (pinned in the root package.json); fails on any error OR warning."""
    _npm_ci(session, ROOT)
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    env = {"REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    out = session.run(
        str(redocly), "lint", SPEC, "--format=json", external=True, silent=True, success_codes=[0, 1], env=env
    )
    text = str(out)
    try:  # the JSON report sits between Redocly's banners on the combined output
        report, _ = json.JSONDecoder().raw_decode(text[text.index("\n{") + 1 :])
    except ValueError:
        session.error(f"redocly lint produced no JSON report:\n{out}")
    totals = report["totals"]
    for problem in report.get("problems", []):
        where = ", ".join(loc.get("pointer", "?") for loc in problem.get("location", []))
        session.log(f"redocly {problem['severity']}: {problem['ruleId']}: {problem['message']} at {where}")
    session.log(
        f"redocly lint {SPEC}: {totals['errors']} error(s), {totals['warnings']} warning(s), "
        f"{totals['ignored']} explicitly ignored (.redocly.lint-ignore.yaml)"
    )
    if totals["errors"] or totals["warnings"]:
        session.error("redocly lint must report zero errors and zero warnings")


def _record_pytest(component: str) -> list[str]:
    RESULTS.mkdir(parents=True, exist_ok=True)
    return [f"--junitxml={RESULTS / (component + '.xml')}"]


@nox.session(python=PYTHON)
@nox.parametrize("component", list(PYTHON_COMPONENTS))
def tests(session: nox.Session, component: str) -> None:
    """pytest for each Python package that exists (generator, server, sdk-python, mcp, release)."""
    directory, group = PYTHON_COMPONENTS[component]
    path = ROOT / directory
    if not (path / "pyproject.toml").is_file() or not (path / "tests").is_dir():
        session.skip(f"{component}: not built yet ({directory}/pyproject.toml or tests/ missing)")
    env: dict[str, str] = {}
    if component == "generator":
        _install_generator(session, group)
        env = _golden_tsc(session)
    elif component == "mcp":  # with this repository's relay-sdk (PyPI's relay-sdk is another project)
        _install_mcp(session, group)
    else:
        pins = path / "constraints.txt"  # a component's committed lock, when it has one
        constraints = ["-c", str(pins)] if pins.is_file() else []
        session.install(*constraints, "-e", f"./{directory}", *_groups(directory, group))
    # codegen round-trip test (a new operation needs no hand edit) + live tests against the reference server
    if component in ("sdk-python", "mcp"):
        _install_generator(session)
        if (ROOT / "server" / "pyproject.toml").is_file():
            session.install("-e", "./server")
    # The server's own schemathesis test duplicates the `contract` session (same checks, more
    # examples) — in the full check it runs once, there.
    if component == "server":
        env = {"RELAY_SCHEMATHESIS": "0"}
    # The publish test needs the artifacts and registries of `nox -s build`, where it runs.
    # release: the tests against the artifacts of dist/ and local registries run in `nox -s build`
    ignore = (
        ["--ignore=tests/test_publish.py", "--ignore=tests/test_docs_as_written.py"]
        if component == "release"
        else []
    )
    with session.chdir(path):
        session.run("pytest", *_record_pytest(component), *ignore, *session.posargs, env=env)


@nox.session(name="tests-postgres", python=PYTHON)
def tests_postgres(session: nox.Session) -> None:
    """The reference server on PostgreSQL: its tests, then the contract suite (schemathesis included) against
    it, each server on a fresh database of a throwaway cluster (``RELAY_TEST_POSTGRES_URL``). The cluster
    test (three servers on one PostgreSQL, each in a network namespace of its own) is among the tests."""
    session.install("-c", "server/constraints.txt", "-e", "./server[postgresql]", *_groups("server", "test"))
    session.install("-c", str(CONTRACT_CONSTRAINTS), "-e", "./contract-tests")
    RESULTS.mkdir(parents=True, exist_ok=True)
    with _throwaway_postgres(session) as pg:
        # schemathesis runs once, in the contract suite below (as in the SQLite sessions)
        env = {**pg, "RELAY_SCHEMATHESIS": "0"}
        with session.chdir("server"):
            session.run("pytest", f"--junitxml={RESULTS / 'server-postgres.xml'}", *session.posargs, env=env)
        if session.posargs:
            return
        with tempfile.TemporaryDirectory() as junit:
            try:
                session.run("relay-contract", "--junit-dir", junit, env=pg)
            finally:  # beside the SQLite run's reports, for dev.py's summary
                for report in Path(junit).glob("*.xml"):
                    shutil.copyfile(report, RESULTS / f"postgres-{report.name}")


@nox.session(name="tests-sdk-py39", python="3.9")
def tests_sdk_py39(session: nox.Session) -> None:
    """relay-sdk's unit tests on its oldest supported Python. Not default: needs python3.9 on PATH
    (here: PATH=/root/.pyenv/versions/3.9.18/bin:$PATH nox -s tests-sdk-py39)."""
    # pytest 9 needs Python >= 3.10: the last releases that support 3.9
    session.install("pytest==8.4.2", "pytest-asyncio==0.26.0", "respx==0.22.0", "pyyaml==6.0.3")
    session.install("./sdk-python")  # a regular (non-editable) install, as users get it
    with session.chdir("sdk-python"):
        session.run(
            "pytest", "-q", "-o", "asyncio_mode=auto", "--ignore=tests/integration",
            "--ignore=tests/test_codegen_new_operation.py", *session.posargs,
        )  # fmt: skip


@nox.session(name="tests-node")
@nox.parametrize("component", list(NODE_COMPONENTS))
def tests_node(session: nox.Session, component: str) -> None:
    """``npm run test:all`` (else ``npm test``) for each Node package that exists (sdk-ts), with a live
    reference server for its integration tests."""
    path = ROOT / NODE_COMPONENTS[component]
    if not (path / "package.json").is_file():
        session.skip(f"{component}: not built yet (no package.json)")
    scripts = json.loads((path / "package.json").read_text()).get("scripts", {})
    script = "test:all" if "test:all" in scripts else "test"  # test:all adds types, package, live tests
    _install_generator(session)  # relay-codegen on PATH for the spec → SDK round-trip test
    with session.chdir(path), _live_relay_server(session) as live_env:
        _npm_ci(session, path)
        ran = session.run(
            "npm", "run", script, external=True, silent=True, success_codes=[0, 1], env=live_env
        )
        out = str(ran or "")
    print(out, end="" if out.endswith("\n") else "\n")
    counts: dict[str, int] = {}  # summed: a script may run several `node --test` invocations
    for key, value in re.findall(r"^[ℹ#] (pass|fail|skipped|todo|cancelled) (\d+)", out, re.M):
        counts[key] = counts.get(key, 0) + int(value)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{component}.json").write_text(
        json.dumps(
            {
                "passed": counts.get("pass", 0),
                "failed": counts.get("fail", 0) + counts.get("cancelled", 0),
                "skipped": counts.get("skipped", 0) + counts.get("todo", 0),
            }
        )
    )
    if counts.get("fail", 0) or counts.get("cancelled", 0) or "pass" not in counts:
        session.error(f"{component}: npm test failed")


def _not_built(session: nox.Session, what: str) -> None:
    """Skip (reported as skipped, never as success) a session whose component is not wired yet."""
    session.skip(f"{what}: not wired into nox yet — arrives with its issue")


@nox.session(python=PYTHON)
def contract(session: nox.Session) -> None:
    """Contract tests: schemathesis (every operation, default check and phase) + the hand-written cases.

    ``nox -s contract`` starts the reference server itself (fresh temp db); against any deployment:
    ``nox -s contract -- --base-url URL --api-key ADMIN_KEY [--second-api-key ADMIN_KEY_B]``
    (``relay-contract --help`` lists every option).
    """
    session.install("-c", str(CONTRACT_CONSTRAINTS), "-e", "./contract-tests")
    if not any(arg == "--base-url" or arg.startswith("--base-url=") for arg in session.posargs):
        session.install("-e", "./server")  # the reference server the run starts
    RESULTS.mkdir(parents=True, exist_ok=True)
    if not session.posargs:  # local run: type-check the suite itself too (CI = the test command)
        session.install("-c", str(CONTRACT_CONSTRAINTS), *_groups("contract-tests", "lint"))
        with session.chdir("contract-tests"):  # the locustfile is checked by `nox -s load` (needs locust)
            session.run("mypy", "--strict", "src", "tests", "--exclude", "locustfile")
            tooling = _record_pytest("contract-tooling")  # the suite's own helpers (no deployment)
            session.run("pytest", "-q", "-p", "no:cacheprovider", "tests", *tooling)
    session.run("relay-contract", "--junit-dir", str(RESULTS), *session.posargs)


@nox.session(python=PYTHON)
def load(session: nox.Session) -> None:
    """Locust load test through relay-sdk (list → preview → execute), headless and bounded (30 s).

    Prints RPS and p50/p95/p99 per step and the headroom against p95 < 1.2 s at 100 RPS. Not a default
    session. ``nox -s load -- --users 50 --run-time 60s`` or ``-- --base-url URL --api-key KEY``.
    """
    session.install(
        "-c", str(CONTRACT_CONSTRAINTS), "-e", "./contract-tests[load]", "-e", "./sdk-python",
        *_groups("contract-tests", "lint"),
    )  # fmt: skip
    if not any(arg == "--base-url" or arg.startswith("--base-url=") for arg in session.posargs):
        session.install("-e", "./server")
    with session.chdir("contract-tests"):
        session.run("mypy", "--strict", "src/relay_contract/locustfile.py")  # the rest: `nox -s contract`
    session.run("relay-load", *session.posargs)


@nox.session(python=PYTHON)
def postman(session: nox.Session) -> None:
    """Postman collection: up to date with the spec, loads in postman-collection (node:test), and runs
    with zero failed assertions in newman against a fresh reference server.

    newman's JUnit report (the CI artifact) is written to ``build/reports/newman.xml``.
    """
    path = ROOT / "postman"
    if not (path / "package.json").is_file():
        _not_built(session, "postman collection")
    _install_generator(session)
    session.run("relay-codegen", "generate", "--check", "--only", "postman")
    with session.chdir(path):
        _npm_ci(session, path)
        out = str(session.run("npm", "test", external=True, silent=True, success_codes=[0, 1]) or "")
    print(out, end="" if out.endswith("\n") else "\n")
    counts = {k: int(v) for k, v in re.findall(r"^[ℹ#] (pass|fail|skipped|todo|cancelled) (\d+)", out, re.M)}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "postman-collection.json").write_text(
        json.dumps(
            {
                "passed": counts.get("pass", 0),
                "failed": counts.get("fail", 0) + counts.get("cancelled", 0),
                "skipped": counts.get("skipped", 0) + counts.get("todo", 0),
            }
        )
    )
    if counts.get("fail", 0) or counts.get("cancelled", 0) or "pass" not in counts:
        session.error("postman: the collection does not load in postman-collection (npm test)")
    report = ROOT / "build" / "reports" / "newman.xml"
    report.parent.mkdir(parents=True, exist_ok=True)
    report.unlink(missing_ok=True)
    with _live_relay_server(session) as live:
        if not live:
            session.skip("postman: the reference server is not built yet")
        try:
            session.run(
                str(path / "node_modules" / ".bin" / "newman"),
                "run",
                str(path / "relay.postman_collection.json"),
                "--environment",
                str(path / "relay.postman_environment.json"),
                "--env-var",
                f"baseUrl={live['RELAY_TEST_BASE_URL']}",
                "--env-var",
                f"apiKey={live['RELAY_TEST_API_KEY']}",
                "--reporters",
                "cli,junit",
                "--reporter-junit-export",
                str(report),
                "--color",
                "off",
                external=True,
            )
        finally:
            if report.is_file():  # counted by dev.py's summary line
                shutil.copyfile(report, RESULTS / "postman-newman.xml")
                session.log(f"newman JUnit report: {report.relative_to(ROOT)}")


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Docs site: reference up to date, ``mkdocs build --strict``, every sample run against the
    reference server (pytest), and the built site driven in headless Chromium (node --test)."""
    _install_generator(session)
    session.run("relay-codegen", "generate", "--check", "--only", "docs")
    session.install("-r", "docs/requirements.txt")
    session.install("ruff==0.17.6", "mypy==2.4.1", "types-PyYAML==6.0.12.20261113")
    # the samples' SDK and MCP server (relay-mcp, with this repository's relay-sdk); conftest's server
    session.install("-c", "mcp/constraints.txt", "-e", "./server", "-e", "./sdk-python", "-e", "./mcp")
    session.run("ruff", "check", "docs")
    session.run("ruff", "format", "--check", "docs")
    with session.chdir("docs/tests"):
        session.run("mypy", "--strict", *sorted(str(p.name) for p in Path(".").glob("*.py")))
    session.run("mkdocs", "build", "--strict", "-f", "mkdocs.yml", env={"NO_MKDOCS_2_WARNING": "1"})
    # The built site in headless Chromium (Debian's chromium, driven by playwright-core from docs/).
    with session.chdir("docs"):
        _npm_ci(session, ROOT / "docs")
    if not Path("/usr/bin/chromium").exists():
        _apt_install(session, "chromium")
    ran = session.run(
        "node", "--test", "docs/tests/browser.test.mjs", external=True, silent=True, success_codes=[0, 1]
    )
    out = str(ran or "")
    print(out, end="" if out.endswith("\n") else "\n")
    counts = {k: int(v) for k, v in re.findall(r"^# (pass|fail|skipped|todo|cancelled) (\d+)", out, re.M)}
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "docs-browser.json").write_text(
        json.dumps(
            {
                "passed": counts.get("pass", 0),
                "failed": counts.get("fail", 0) + counts.get("cancelled", 0),
                "skipped": counts.get("skipped", 0) + counts.get("todo", 0),
            }
        )
    )
    if counts.get("fail", 0) or counts.get("cancelled", 0) or "pass" not in counts:
        session.error("docs: the headless-Chromium site test failed")
    # Samples: Python against relay_sdk, TypeScript against the built sdk-ts, curl with bash/jq/openssl.
    with session.chdir("sdk-ts"):
        _npm_ci(session, ROOT / "sdk-ts")
    # A failed sdk-ts build must not leave the TS samples running against a stale dist/: the samples
    # test reports it on every TypeScript sample instead (and the Python/curl samples still run).
    built = subprocess.run(
        ["npm", "run", "build"], cwd=ROOT / "sdk-ts", capture_output=True, text=True, check=False
    )
    samples_env: dict[str, str] = {}
    if built.returncode != 0:
        session.warn(f"sdk-ts build failed:\n{built.stdout[-3000:]}{built.stderr[-3000:]}")
        samples_env["RELAY_DOCS_SDK_TS_BUILD_ERROR"] = (built.stdout + built.stderr)[-3000:]
    if not shutil.which("jq"):  # the curl samples parse JSON with jq
        _apt_install(session, "jq")
    session.run(
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "docs/tests",
        *_record_pytest("docs"),
        *session.posargs,
        env=samples_env,
    )


RELEASE = ROOT / "release"
DIST = ROOT / "dist"


def _uv(session: nox.Session) -> str:
    """The uv that runs nox itself (pinned in requirements-dev.txt): fresh venvs for smoke tests."""
    found, uv, _ = nox.virtualenv.find_uv()
    if not found:
        session.error("uv is missing from the nox environment (requirements-dev.txt pins it)")
    return uv


def _release_tools(session: nox.Session, *groups: str) -> None:
    """relay_release (release/) and the Node tools it drives: tsc, publint, attw (sdk-ts), newman."""
    session.install("-e", "./release", *_groups("release", *groups))
    for package in ("sdk-ts", "postman"):
        with session.chdir(package):
            _npm_ci(session, ROOT / package)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Every artifact into dist/ and proof that each works alone, outside the checkout.

    The packages of ``release/packages.toml`` (sdists + wheels, the @relay/sdk-js tarball), the spec and
    the Postman collection + environment as release assets; ``twine check --strict``, publint, attw,
    LICENSE and metadata of each; then smoke tests in fresh venvs / folders in a temp dir with no spec/
    above it (``release/relay_release/smoke.py``); then the publish test: dist/ uploaded to pypiserver and
    verdaccio on loopback, installed from them with pip and npm, quickstarts run against the installed
    server (``release/tests/test_publish.py``), and docs/guides/getting-started.md run as written against
    those registries (``release/tests/test_docs_as_written.py``: prints the time to a first action).
    """
    _release_tools(session, "test")
    RESULTS.mkdir(parents=True, exist_ok=True)
    session.run(
        "python", "-m", "relay_release", "build", "--dist", str(DIST), "--uv", _uv(session),
        "--results", str(RESULTS / "build-artifacts.json"),
    )  # fmt: skip
    wheel = next(DIST.glob("relay_sdk-*.whl"))  # relay-sdk alone: only httpx + attrs come along
    session.run("python", "sdk-python/scripts/wheel_smoke.py", str(wheel))
    with session.chdir(RELEASE / "registries"):
        _npm_ci(session, RELEASE / "registries")  # verdaccio, pinned for Node 20
    if not shutil.which("jq"):  # the getting-started page's curl tab parses JSON with jq
        _apt_install(session, "jq")
    # dist/ published to the local registries, installed from them; then the getting-started page run
    # as written against them (it prints the time to a first action, in Python and TypeScript)
    tests = [RELEASE / "tests" / "test_publish.py", RELEASE / "tests" / "test_docs_as_written.py"]
    session.run(
        "pytest", "-q", *map(str, tests), f"--dist={DIST}", *_record_pytest("publish"), *session.posargs,
    )  # fmt: skip


@nox.session(python=PYTHON)
def breaking(session: nox.Session) -> None:
    """The breaking-change gate: ``nox -s breaking [-- --against REF]`` (default: the latest release tag,
    else the merge base with main). Every change of spec/openapi.yaml since REF, breaking or not, with its
    JSON pointer and why; then REF's typed usage tests (Python, TypeScript) type-checked against SDKs
    regenerated from the current spec, and REF's Postman collection run against the regenerated server.
    Exits 1 on a breaking change unless info.version's major was bumped. Report: build/reports/breaking.json.
    """
    _install_generator(session)
    # the server's dependencies (the gate runs the regenerated server from a scratch copy) and mypy
    # with the SDK's runtime dependencies, for REF's typed usage of relay-sdk
    session.install("-c", "server/constraints.txt", "-e", "./server", "httpx==0.28.1", "attrs==26.1.0")
    session.install(*[r for r in _groups("sdk-python", "lint") if r.startswith("mypy")])
    _release_tools(session)
    report = ROOT / "build" / "reports" / "breaking.json"
    session.run("python", "-m", "relay_release", "breaking", "--json", str(report), *session.posargs)


@nox.session(python=PYTHON)
def release(session: nox.Session) -> None:
    """``nox -s release -- X.Y.Z``: refuse a version smaller than the breaking-change gate requires
    against the latest release tag; else bump every version (packages, spec info.version), regenerate
    (generated files, goldens), write each CHANGELOG.md entry (with the "API changes" of the diff),
    commit "Release X.Y.Z" and tag vX.Y.Z. Publish with ``nox -s build`` then ``nox -s publish``."""
    if len(session.posargs) < 1:
        session.error("usage: nox -s release -- X.Y.Z [--date YYYY-MM-DD]")
    _install_generator(session, "test")  # relay-codegen generate + the goldens
    session.install("-c", "server/constraints.txt", "-e", "./server", "httpx==0.28.1", "attrs==26.1.0")
    session.install(*[r for r in _groups("sdk-python", "lint") if r.startswith("mypy")])
    _release_tools(session)
    session.run("python", "-m", "relay_release", "release", *session.posargs)


@nox.session(python=PYTHON)
def publish(session: nox.Session) -> None:
    """``nox -s publish -- --pypi-url URL --npm-registry URL``: upload dist/ (``nox -s build`` first) with
    twine and ``npm publish``. Credentials from the environment only: TWINE_USERNAME / TWINE_PASSWORD
    (``__token__`` and an API token for PyPI) and NPM_TOKEN; nothing secret is printed."""
    session.install("-e", "./release")
    session.run("python", "-m", "relay_release", "publish", "--dist", str(DIST), *session.posargs)


EXAMPLES = ROOT / "examples"


def _prepare_examples(session: nox.Session) -> None:
    """Install the examples the way users install Relay: relay-server, the relay-sdk and relay-mcp
    wheels (built here) and the backend's pins into this venv; the packed @relay/sdk-js tarball
    (``npm pack``) into both Node examples; build the React app; Debian's chromium for the browser test."""
    session.install("-c", "server/constraints.txt", "-e", "./server")
    session.install("-r", "examples/fastapi-backend/requirements.txt", "build==1.6.1")
    out = ROOT / "build" / "examples"  # gitignored: the wheel and the tarball of this run
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    session.run("python", "-m", "build", "--wheel", "--outdir", str(out), "./sdk-python", silent=True)
    wheel = next(out.glob("relay_sdk-*.whl"))
    session.install("--force-reinstall", "--no-deps", str(wheel))
    # relay-mcp from its wheel too (the mcp-agent example runs the `relay-mcp` command it installs)
    session.run("python", "-m", "build", "--wheel", "--outdir", str(out), "./mcp", silent=True)
    session.install("-c", "mcp/constraints.txt", str(next(out.glob("relay_mcp-*.whl"))))
    with session.chdir("sdk-ts"):
        _npm_ci(session, ROOT / "sdk-ts")
    # Pack a private copy: another session (tests-node, docs) may be rebuilding sdk-ts/dist right now.
    staging = Path(tempfile.mkdtemp(prefix="relay-sdk-ts-pack-"))
    try:
        copy = staging / "sdk-ts"
        shutil.copytree(ROOT / "sdk-ts", copy, ignore=shutil.ignore_patterns("node_modules", "dist"))
        (copy / "node_modules").symlink_to(ROOT / "sdk-ts" / "node_modules", target_is_directory=True)
        with session.chdir(copy):
            session.run("npm", "pack", "--silent", "--pack-destination", str(out), external=True, silent=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    tarball = next(out.glob("relay-sdk-js-*.tgz"))
    with tarfile.open(tarball) as packed:
        missing = {"package/dist/esm/index.js", "package/dist/cjs/index.js"} - set(packed.getnames())
    if missing:
        session.error(f"{tarball.name} lacks {sorted(missing)}")
    session.log(f"examples use {wheel.name} and {tarball.name} (in {out.relative_to(ROOT)})")
    for app in ("react-frontend", "node-quickstart"):
        with session.chdir(EXAMPLES / app):
            _npm_ci(session, EXAMPLES / app)
            shutil.rmtree(EXAMPLES / app / "node_modules" / "@relay" / "sdk-js", ignore_errors=True)
            session.run(
                "npm", "install", "--no-save", "--no-audit", "--no-fund", str(tarball),
                external=True, env={"npm_config_loglevel": "error"},
            )  # fmt: skip
    with session.chdir(EXAMPLES / "react-frontend"):
        session.run("npm", "run", "--silent", "build", external=True, env={"npm_config_loglevel": "error"})
    if not Path("/usr/bin/chromium").exists():
        _apt_install(session, "chromium")


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The demo: regenerate, start the reference server on its embedded default (SQLite in a temp
    dir's .relay/), run every example (chat CLI, node quickstart, FastAPI backend + React app in
    headless Chromium, webhooks, an MCP host driving relay-mcp) and the Postman collection against it,
    print what happened, stop."""
    _install_generator(session)
    session.run("relay-codegen", "generate")
    needed = ("server/pyproject.toml", "sdk-python/pyproject.toml", "sdk-ts/package.json", "examples/demo.py")
    if not all((ROOT / c).is_file() for c in needed):
        _not_built(session, "reference server / SDKs / examples")
    _prepare_examples(session)
    with session.chdir("postman"):
        _npm_ci(session, ROOT / "postman")
    session.run("python", "examples/demo.py", *session.posargs)


@nox.session(python=PYTHON)
def examples(session: nox.Session) -> None:
    """The examples with assertions (examples/tests): chat CLI, MCP agent, node quickstart, FastAPI backend
    proxy + webhook receiver, React app end to end in headless Chromium (screenshot in build/screenshots/)."""
    if not (EXAMPLES / "tests").is_dir():
        _not_built(session, "examples")
    _prepare_examples(session)
    session.install("pytest==9.2.0", "ruff==0.17.6", "mypy==2.4.1")
    session.run("ruff", "check", "examples")
    session.run("ruff", "format", "--check", "examples")
    with session.chdir(EXAMPLES):
        session.run("mypy", "--strict", "--explicit-package-bases", "harness.py", "demo.py", "tests",
                    "fastapi-backend/relay_backend.py", "chat-cli/relay_chat.py",
                    "mcp-agent/relay_agent.py")  # fmt: skip
    with session.chdir(EXAMPLES / "node-quickstart"):
        session.run("npx", "--no-install", "tsc", "-p", "tsconfig.json", "--noEmit", external=True)
    tests = ["pytest", "-q", "-p", "no:cacheprovider", "examples/tests", *_record_pytest("examples")]
    session.run(*tests, *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """The suite beside the tools users would pick instead, in one run (bench/run.py, ≲ 10 min): one
    table of ratios with targets and PASS/MISS → docs/benchmarks.md + bench/results/latest.json.
    Installs its pinned peers (openapi-generator-cli, openapi-python-client, openai, Prism, wrk) and
    PostgreSQL (the scale-out section starts a throwaway cluster).
    ``nox -s bench -- --quick`` for a smoke run that writes nothing."""
    _install_generator(session)
    session.install("-c", "server/constraints.txt", "-e", "./server[postgresql]", "-e", "./sdk-python")
    # + pip: bench/run.py pip-installs the openapi-generator client it generates mid-run (a uv venv has none)
    session.install("-c", "bench/constraints.txt", "-r", "bench/requirements.txt", "pip")
    with session.chdir("bench"):
        _npm_ci(session, ROOT / "bench")  # Stoplight Prism, pinned for node 20
    with session.chdir("sdk-ts"):
        _npm_ci(session, ROOT / "sdk-ts")  # esbuild + openapi-fetch for sdk-ts/scripts/bench.mjs
    needed = {"wrk": bool(shutil.which("wrk")), "postgresql": _postgres_installed()}
    missing = [package for package, here in needed.items() if not here]
    if missing:  # the load generator of the server sections, the scale-out's database
        _apt_install(session, *missing)
    session.run("python", "bench/run.py", *session.posargs)


@nox.session(python=PYTHON, venv_backend="venv")  # pip freeze needs pip in the venv
def lock(session: nox.Session) -> None:
    """Re-pin generator/constraints.txt from a fresh resolve of relay-codegen + its lint/test groups."""
    session.install("-e", "./generator", *_groups("generator", "lint", "test"))
    frozen = session.run("pip", "freeze", "--exclude-editable", silent=True)
    lines = [ln for ln in str(frozen).splitlines() if ln and not ln.startswith("relay-codegen")]
    header = (
        "# Full pinned dependency set of relay-codegen (+ lint/test extras), used as pip constraints by\n"
        "# noxfile.py so every machine generates byte-identical output. Regenerate with 'nox -s lock'.\n"
    )
    GENERATOR_CONSTRAINTS.write_text(header + "\n".join(lines) + "\n")
    session.log(f"wrote {GENERATOR_CONSTRAINTS.relative_to(ROOT)} ({len(lines)} pins)")
