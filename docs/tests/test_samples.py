"""Run every code sample of the docs against a live reference server.

Samples are the files under ``docs/samples/`` (hand-written ones by guide, and the ones the
``docs`` generator target writes to ``docs/samples/generated/`` from the spec's examples):

* ``*.py`` run with this Python, which must have ``relay_sdk`` installed;
* ``*.ts`` are type-checked and compiled together with ``tsc --strict`` against the built
  ``@relay/sdk-js`` (``docs/node_modules``), then run with node;
* ``*.sh`` run with bash (they use curl, jq and openssl).

Generated samples name the spec's example objects (``exe_r6edt4…``, a sample confirm token…),
which a fresh server does not have. Before such a sample runs, the test creates the real object
it names through the API and substitutes the live id into a copy of the sample; the sample's
code is otherwise run exactly as the page shows it. Each sample must exit 0 and print something.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from conftest import DOCS, LiveServer

SAMPLES = DOCS / "samples"
TIMEOUT = 120
ALL_SAMPLES = sorted(p for p in SAMPLES.rglob("*") if p.suffix in (".py", ".ts", ".sh") and p.is_file())
EXAMPLE_PARAMS = {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"}
EXAMPLE_HOOK_URL = "https://hooks.example.com/relay"


def _idem() -> dict[str, str]:
    return {"Idempotency-Key": str(uuid.uuid4())}


def _ok(response: httpx.Response) -> dict[str, object]:
    assert response.is_success, f"setup call failed: {response.status_code} {response.text}"
    body: dict[str, object] = response.json()
    return body


class Fixtures:
    """Creates, through the API, the objects the spec's examples name."""

    def __init__(self, server: LiveServer, sink_url: str) -> None:
        self.server = server
        self.sink_url = sink_url
        self.http = server.client()

    def confirm_token(self) -> str:
        preview = _ok(
            self.http.post("/v1/actions/email.send/preview", json={"params": EXAMPLE_PARAMS}, headers=_idem())
        )
        return str(preview["confirm_token"])

    def execution_id(self) -> str:
        token = self.confirm_token()
        execution = _ok(
            self.http.post("/v1/actions/email.send/execute", json={"confirm_token": token}, headers=_idem())
        )
        return str(execution["id"])

    def key_id(self) -> str:
        key = _ok(
            self.http.post("/v1/api-keys", json={"name": "docs sample", "role": "developer"}, headers=_idem())
        )
        return str(key["id"])

    def endpoint_id(self) -> str:
        """An endpoint (to the local sink) with one delivery, so its deliveries list is not empty."""
        endpoint = _ok(
            self.http.post(
                "/v1/webhook-endpoints",
                json={"url": self.sink_url, "events": ["execution.succeeded"]},
                headers=_idem(),
            )
        )
        _ok(self.http.post(f"/v1/webhook-endpoints/{endpoint['id']}/test", headers=_idem()))
        return str(endpoint["id"])

    def audited_actor_key_id(self) -> str:
        """The admin key's id, after it executed an action (so audit filters on it match)."""
        self.execution_id()
        return self.server.key_id

    def session_id(self) -> str:
        reply = _ok(self.http.post("/v1/chat", json={"message": "hello"}))
        return str(reply["session_id"])

    def oauth_code_and_state(self) -> tuple[str, str]:
        auth = _ok(
            self.http.post(
                "/v1/connections/authorize",
                json={"provider": "google", "redirect_uri": "https://app.example.com/oauth/callback"},
                headers=_idem(),
            )
        )
        consent = httpx.get(str(auth["authorization_url"]), follow_redirects=False, timeout=30)
        assert consent.status_code in (302, 303, 307), consent.text
        query = parse_qs(urlsplit(consent.headers["location"]).query)
        return query["code"][0], query["state"][0]

    def connection_id(self) -> str:
        code, state = self.oauth_code_and_state()
        connection = _ok(
            self.http.post("/v1/connections/complete", json={"code": code, "state": state}, headers=_idem())
        )
        return str(connection["id"])


def substitutions(text: str, fx: Fixtures) -> dict[str, str]:
    """Spec example value → live value, for the example values this sample contains."""
    out: dict[str, str] = {}
    simple: dict[str, Callable[[], str]] = {
        "exe_r6edt4sywb5wkh7dnsipzz7f": fx.execution_id,
        "key_cis2jhtlgmxgedn73u55xtpl": fx.key_id,
        "whe_2xuid5zzzzg6zdmen4khvdga": fx.endpoint_id,
        "con_6kbnxjbtfqxkwovompzom7wb": fx.connection_id,
        "chs_i3mnbqnspuq2idw52ijb4laj": fx.session_id,
        "key_pft7v4seh2kvj72ceuvw75ef": fx.audited_actor_key_id,
        "ct_v1.eyJ3Ijoid3NfdWp6ZGVneGRuY2YzMmVwZjNkaG9kemRvIn0.Zm9vYmFy": fx.confirm_token,
    }
    for example, make in simple.items():
        if example in text:
            out[example] = make()
    if "st_3kq2mzx4b5n6c7d2e3f4g5h6" in text and "4/0AVG7fiQ-example-code" in text:
        code, state = fx.oauth_code_and_state()
        out["4/0AVG7fiQ-example-code"] = code
        out["st_3kq2mzx4b5n6c7d2e3f4g5h6"] = state
    if EXAMPLE_HOOK_URL in text:  # never let the server call out of this machine
        out[EXAMPLE_HOOK_URL] = fx.sink_url
    return out


def apply(text: str, subs: dict[str, str]) -> str:
    for old, new in subs.items():
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="session")
def fixtures(live_server: LiveServer, webhook_sink: str) -> Fixtures:
    return Fixtures(live_server, webhook_sink)


@pytest.fixture(scope="session")
def compiled_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """All TypeScript samples, type-checked (strict) and compiled once; fails loudly."""
    tsc = DOCS / "node_modules" / ".bin" / "tsc"
    sdk = DOCS / "node_modules" / "@relay" / "sdk-js"
    if not tsc.exists() or not sdk.exists():
        pytest.fail("docs/node_modules is missing: run `npm ci` in docs/ (nox -s docs does)")
    build_error = os.environ.get("RELAY_DOCS_SDK_TS_BUILD_ERROR")
    if build_error:
        pytest.fail(f"@relay/sdk-js failed to build, so no TypeScript sample can run:\n{build_error}")
    if not (sdk / "dist" / "esm" / "index.js").exists():
        pytest.fail("@relay/sdk-js is not built: run `npm run build` in sdk-ts/ (nox -s docs does)")
    out = tmp_path_factory.mktemp("ts-samples")
    result = subprocess.run(
        [str(tsc), "-p", str(DOCS / "tsconfig.samples.json"), "--outDir", str(out)],
        capture_output=True,
        text=True,
        cwd=DOCS,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"tsc failed on the TypeScript samples:\n{result.stdout}{result.stderr}")
    (out / "package.json").write_text('{"type": "module"}\n')
    # Run against a snapshot of the built package (as `npm install` would place it), so a rebuild of
    # sdk-ts/dist while the samples run cannot pull the files from under them.
    installed = out / "node_modules" / "@relay" / "sdk-js"
    shutil.copytree(sdk.resolve() / "dist", installed / "dist")
    shutil.copy2(sdk.resolve() / "package.json", installed / "package.json")
    return out


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT, check=False)


@pytest.mark.parametrize("sample", ALL_SAMPLES, ids=[p.relative_to(SAMPLES).as_posix() for p in ALL_SAMPLES])
def test_sample_runs(
    sample: Path,
    sample_env: dict[str, str],
    fixtures: Fixtures,
    request: pytest.FixtureRequest,
    tmp_path: Path,
) -> None:
    rel = sample.relative_to(SAMPLES)
    if sample.suffix == ".ts":
        compiled: Path = request.getfixturevalue("compiled_ts")
        js = compiled / rel.with_suffix(".js")
        text = js.read_text()
        subs = substitutions(text, fixtures)
        target = js.with_name(f"{js.stem}.run-{tmp_path.name}.js")
        target.write_text(apply(text, subs))
        cmd = ["node", str(target)]
    else:
        text = sample.read_text()
        subs = substitutions(text, fixtures)
        target = tmp_path / sample.name
        target.write_text(apply(text, subs))
        cmd = [sys.executable, str(target)] if sample.suffix == ".py" else ["bash", str(target)]
    result = _run(cmd, sample_env, tmp_path)
    if result.returncode != 0 and _not_implemented(result):
        pytest.skip(f"{rel}: the server does not implement this operation (501 not_implemented)")
    report = (
        f"{rel} exited {result.returncode}\n--- substitutions: {subs}\n"
        f"--- stdout:\n{result.stdout[-4000:]}\n--- stderr:\n{result.stderr[-4000:]}"
    )
    assert result.returncode == 0, report
    assert result.stdout.strip(), f"{rel} printed nothing\n{report}"


def _not_implemented(result: subprocess.CompletedProcess[str]) -> bool:
    """The sample failed on a 501 ``not_implemented``: the spec has an operation this server lacks
    (the server's own tests report that; the sample is skipped, not failed, here)."""
    output = result.stdout + result.stderr
    return "501" in output and "not_implemented" in output


def test_every_sample_is_shown_in_the_docs() -> None:
    """No orphan sample: each file is included in some page through pymdownx.snippets."""
    pages = "\n".join(p.read_text() for p in DOCS.rglob("*.md") if "node_modules" not in p.parts)
    included = {path.removeprefix("docs/samples/") for path in re.findall(r'--8<-- "([^":]+)', pages)}
    orphans = [p.relative_to(SAMPLES).as_posix() for p in ALL_SAMPLES]
    orphans = [o for o in orphans if o not in included]
    assert not orphans, f"samples no page includes: {orphans}"


def test_tools_the_shell_samples_need_are_present() -> None:
    missing = [tool for tool in ("bash", "curl", "jq", "openssl", "node") if shutil.which(tool) is None]
    assert not missing, f"install {missing} to run the docs samples"
    assert os.access(sys.executable, os.X_OK)


def test_guides_include_samples_by_their_path_in_the_repository() -> None:
    """On GitHub an include is a line of text, not the file: it names the file where it really is."""
    for guide in sorted((DOCS / "guides").glob("*.md")):
        for path in re.findall(r'--8<-- "([^":]+)', guide.read_text()):
            assert (DOCS.parent / path).is_file(), f"{guide.name}: --8<-- {path!r} is no repository path"
