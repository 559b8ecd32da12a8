"""A live reference server, relay-mcp as a real process (stdio, or streamable HTTP), and the official
MCP client (``mcp.ClientSession``) to drive it.

``connect()`` speaks either protocol era: ``"2025-11-25"`` (the ``initialize`` handshake; consent is a
server-initiated elicitation) or ``"2026-07-28"`` (``server/discover``; consent comes back as an
input-required result that ``call()`` answers with the same elicitation callback, as ``mcp.Client``
does).
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

import mcp_types as types
import pytest
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.session import ClientRequestContext
from mcp.client.streamable_http import streamable_http_client
from relay_sdk import Relay
from relay_server.testing import running_server

LEGACY = "2025-11-25"
MODERN = "2026-07-28"
TRANSPORTS = ("stdio", "http")

Elicit = Callable[[ClientRequestContext | None, types.ElicitRequestParams], Awaitable[types.ElicitResult]]


@dataclass(frozen=True)
class Live:
    base_url: str
    admin_key: str
    developer_key: str
    viewer_key: str

    def sdk(self, key: str | None = None) -> Relay:
        return Relay(api_key=key or self.admin_key, base_url=self.base_url)


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    directory = tmp_path_factory.mktemp("relay-server")
    with running_server(
        workspaces=["mcp tests"], rate_limit=100_000, burst=10_000, directory=directory
    ) as server:
        with Relay(api_key=server.api_key, base_url=server.base_url) as admin:
            developer = admin.api_keys.create(name="mcp developer", role="developer").secret
            viewer = admin.api_keys.create(name="mcp viewer", role="viewer").secret
        yield Live(server.base_url, server.api_key, developer, viewer)


def _env(live: Live, key: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RELAY_")}
    return {**env, "RELAY_API_KEY": key, "RELAY_BASE_URL": live.base_url}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class HttpServers:
    """relay-mcp --http processes, one per (key, flags), kept for the test session."""

    live: Live
    directory: Path
    running: dict[tuple[str, tuple[str, ...]], tuple[str, subprocess.Popen[bytes], Path]] = field(
        default_factory=dict
    )

    def url(self, key: str, flags: tuple[str, ...]) -> str:
        if (key, flags) in self.running:
            return self.running[(key, flags)][0]
        port = _free_port()
        log = self.directory / f"relay-mcp-{port}.log"
        proc = subprocess.Popen(
            [sys.executable, "-m", "relay_mcp", "--http", "--port", str(port), *flags],
            env=_env(self.live, key),
            stdout=subprocess.DEVNULL,
            stderr=log.open("wb"),
        )
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"relay-mcp --http exited:\n{log.read_text()}")
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                break
            if time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"relay-mcp --http did not listen:\n{log.read_text()}")
            time.sleep(0.1)
        url = f"http://127.0.0.1:{port}/mcp"
        self.running[(key, flags)] = (url, proc, log)
        return url

    def log(self, key: str, flags: tuple[str, ...] = ()) -> str:
        return self.running[(key, flags)][2].read_text()

    def stop(self) -> None:
        for _, proc, _ in self.running.values():
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


@pytest.fixture(scope="session")
def http_servers(live: Live, tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpServers]:
    servers = HttpServers(live, tmp_path_factory.mktemp("relay-mcp-http"))
    try:
        yield servers
    finally:
        servers.stop()


@dataclass
class Mcp:
    """A connected ``ClientSession`` plus the elicitations it was asked, in order."""

    session: ClientSession
    era: str
    elicit: Elicit | None
    asked: list[types.ElicitRequestParams]

    async def call(self, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
        """``tools/call``, answering input-required rounds (2026-07-28) with the elicitation callback."""
        result = await self.session.call_tool(name, arguments, allow_input_required=True)
        rounds = 0
        while isinstance(result, types.InputRequiredResult):
            rounds += 1
            assert rounds < 5, "too many input-required rounds"
            responses: types.InputResponses = {}
            for key, request in (result.input_requests or {}).items():
                assert isinstance(request, types.ElicitRequest), request
                assert self.elicit is not None, "asked to elicit without an elicitation callback"
                responses[key] = await self._elicit(None, request.params)
            result = await self.session.call_tool(
                name,
                arguments,
                input_responses=responses,
                request_state=result.request_state,
                allow_input_required=True,
            )
        return result

    async def _elicit(
        self, context: ClientRequestContext | None, params: types.ElicitRequestParams
    ) -> types.ElicitResult:
        self.asked.append(params)
        assert self.elicit is not None
        return await self.elicit(context, params)


def accept(confirm: bool = True) -> Elicit:
    async def answer(
        context: ClientRequestContext | None, params: types.ElicitRequestParams
    ) -> types.ElicitResult:
        return types.ElicitResult(action="accept", content={"confirm": confirm, "stored": True})

    return answer


def reply(action: str) -> Elicit:
    async def answer(
        context: ClientRequestContext | None, params: types.ElicitRequestParams
    ) -> types.ElicitResult:
        return types.ElicitResult(action=action)  # type: ignore[arg-type]

    return answer


@contextlib.asynccontextmanager
async def connect(
    live: Live,
    transport: str,
    *,
    http_servers: HttpServers | None = None,
    key: str | None = None,
    elicit: Elicit | None = None,
    era: str = LEGACY,
    flags: tuple[str, ...] = (),
    errlog: TextIO = sys.stderr,
) -> AsyncIterator[Mcp]:
    """relay-mcp over ``transport`` with ``key`` (default: the developer key), as a client that can
    elicit (``elicit`` given) or not."""
    key = key or live.developer_key
    asked: list[types.ElicitRequestParams] = []
    holder: list[Mcp] = []

    async def callback(
        context: ClientRequestContext, params: types.ElicitRequestParams
    ) -> types.ElicitResult:
        return await holder[0]._elicit(context, params)

    async with contextlib.AsyncExitStack() as stack:
        if transport == "stdio":
            params = StdioServerParameters(
                command=sys.executable, args=["-m", "relay_mcp", *flags], env=_env(live, key)
            )
            read, write = await stack.enter_async_context(stdio_client(params, errlog=errlog))
        else:
            assert http_servers is not None
            read, write = await stack.enter_async_context(
                streamable_http_client(http_servers.url(key, flags))
            )
        session = await stack.enter_async_context(
            ClientSession(read, write, elicitation_callback=callback if elicit else None)
        )
        if era == MODERN:
            await session.discover()
        else:
            await session.initialize()
        assert session.protocol_version == era
        holder.append(Mcp(session, era, elicit, asked))
        yield holder[0]
