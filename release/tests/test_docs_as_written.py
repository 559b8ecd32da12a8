"""The getting-started page, run as written: every block, literally and in order, in fresh folders
outside the checkout, against the release's packages served by a local index and registry.

The reader's setup is two environment variables the page asks for (``RELAY_INDEX_URL``,
``RELAY_NPM_REGISTRY``): here they point at pypiserver and verdaccio holding dist/ (``conftest``).
Each ``Terminal N`` is one bash process fed the page's commands as typed; a file block is saved in
that terminal's current folder; the SDK READMEs' quickstarts then run in the same folder. The wall
time from the first command to the first executed action is printed for a Python reader and a
TypeScript reader: the first terminal's start until its server answers, plus the second terminal's
shared blocks and that language's tab (a figure, not an assertion).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Registry, user_env

from relay_release.artifacts import release_version
from relay_release.packages import ROOT
from relay_release.smoke import outside_checkout
from relay_release.walkthrough import Block, blocks, page

GUIDE = ROOT / "docs" / "guides" / "getting-started.md"
PORT = 8080  # the page's `relay-server serve --port 8080`
DONE = "__relay_block_done__"


class Terminal:
    """A bash the test types into, as a reader types into a terminal (``set -e``: a failing command
    ends it, as the reader would stop there)."""

    def __init__(self, name: str, cwd: Path, env: dict[str, str], log: Path) -> None:
        self.name = name
        self.log_path = log
        self._log = log.open("w")
        self.proc = subprocess.Popen(
            ["bash", "--norc", "--noprofile"],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # its own process group: closing it stops what it started (a server)
        )

    def type(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text)
        self.proc.stdin.flush()

    def run(self, block: Block, timeout: float = 900) -> float:
        """Types the block's commands (or saves its file); returns the seconds it took."""
        start = time.monotonic()
        mark = f"{DONE} {start}"
        if block.file_name:
            self.type(f"cat > {block.file_name} <<'__RELAY_EOF__'\n{block.code}__RELAY_EOF__\n")
        else:
            self.type(f"set -e\n{block.code}set +e\n")
        self.type(f"echo '{mark}'\n")
        while mark not in self.output():
            if self.proc.poll() is not None:
                pytest.fail(
                    f"{self.name} stopped at a failing command:\n{block.code}\n--- output:\n{self.tail()}"
                )
            if time.monotonic() - start > timeout:
                pytest.fail(
                    f"{self.name}: no end within {timeout} s:\n{block.code}\n--- output:\n{self.tail()}"
                )
            time.sleep(0.1)
        return time.monotonic() - start

    def output(self) -> str:
        return self.log_path.read_text(errors="replace")

    def tail(self) -> str:
        return self.output()[-6000:]

    def close(self) -> None:
        if self.proc.stdin is not None and not self.proc.stdin.closed:
            self.proc.stdin.close()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.proc.pid, signal.SIGTERM)  # the group this terminal leads: bash and its server
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self._log.close()


@pytest.fixture
def work() -> Iterator[Path]:
    path = outside_checkout("relay-docs-as-written-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):  # noqa: S310 - http://127.0.0.1
            return True
    except OSError:
        return False


def _readme_quickstart(readme: Path, lang: str) -> Block:
    """The first ``lang`` block under the README's ``## Quickstart`` heading."""
    text = readme.read_text(encoding="utf-8")
    section = text.split("\n## Quickstart\n", 1)[1].split("\n## ", 1)[0]
    return next(b for b in blocks(section) if b.lang == lang)


def test_getting_started_runs_as_written(
    published: str, pypi: Registry, npm_registry: Registry, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # the page serves on 8080: it must be free on this machine
        if probe.connect_ex(("127.0.0.1", PORT)) == 0:
            pytest.fail(f"port {PORT} is in use here; the page's `relay-server serve --port {PORT}` needs it")
    steps = page(GUIDE)
    env = {**user_env(), "RELAY_INDEX_URL": f"{pypi.url}simple/", "RELAY_NPM_REGISTRY": npm_registry.url}
    for name in ("RELAY_API_KEY", "RELAY_BASE_URL"):
        env.pop(name, None)
    terminals: dict[str, Terminal] = {}
    durations: list[tuple[Block, float]] = []
    server_ready_s = 0.0
    first_command = time.monotonic()
    try:
        for block in steps:
            if not block.terminal and not block.file_name:
                continue  # output shown for reading
            name = block.terminal or "Terminal 2"  # a file is saved where the reader works
            terminal = terminals.get(name)
            if terminal is None:
                terminal = terminals[name] = Terminal(
                    name, work, env, work.parent / f"{work.name}-{len(terminals)}.log"
                )
            if block.keeps_running:
                terminal.type(f"set -e\n{block.code}")
                deadline = time.monotonic() + 600
                while not _answers(f"http://127.0.0.1:{PORT}/health"):
                    if terminal.proc.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"{name}: the server did not come up:\n{terminal.tail()}")
                    time.sleep(0.2)
                server_ready_s = time.monotonic() - first_command
                continue
            durations.append((block, terminal.run(block)))
        second = terminals["Terminal 2"]
        # The SDK READMEs' quickstarts, in the same folder and shell
        for readme, lang, file_name, command in (
            (
                ROOT / "sdk-python" / "README.md",
                "python",
                "readme_quickstart.py",
                "python readme_quickstart.py\n",
            ),
            (ROOT / "sdk-ts" / "README.md", "ts", "readme_quickstart.ts", "npx tsx readme_quickstart.ts\n"),
        ):
            quickstart = _readme_quickstart(readme, lang)
            second.run(Block(lang, file_name, quickstart.code, ""))
            second.run(Block("bash", "Terminal 2", command, ""))
        transcript = second.output()
        folder = work / "relay-quickstart"
        installed = json.loads(
            subprocess.run(
                [folder / ".venv" / "bin" / "python", "-m", "pip", "list", "--format", "json"],
                capture_output=True, text=True, check=True, env=env,
            ).stdout
        )  # fmt: skip
    finally:
        for terminal in terminals.values():
            terminal.close()
    version = release_version()
    versions = {p["name"]: p["version"] for p in installed}
    assert versions["relay-server"] == versions["relay-sdk"] == version  # from the local index
    manifest = json.loads((folder / "node_modules" / "@relay" / "sdk-js" / "package.json").read_text())
    assert manifest["version"] == version
    assert transcript.count(" succeeded") >= 5, transcript[-6000:]  # 3 tabs + 2 READMEs

    shared = sum(s for b, s in durations if not b.tab)
    with capsys.disabled():
        for language in ("Python", "TypeScript"):
            seconds = server_ready_s + shared + sum(s for b, s in durations if b.tab == language)
            print(f"\nfirst action: {language}: {seconds:.0f} s from the first command of getting-started.md")
