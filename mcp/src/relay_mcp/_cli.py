"""``relay-mcp``: serve the Relay API to an MCP host over stdio (default) or streamable HTTP.

The API key comes from ``RELAY_API_KEY`` (and the server from ``RELAY_BASE_URL``), read by relay_sdk
like every Relay client: it is never a command-line argument, a tool argument, or logged.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import logging
import sys
from collections.abc import Sequence

import anyio
import uvicorn
from mcp.server.stdio import stdio_server
from relay_sdk import AsyncRelay, RelayError

from ._server import RelayMcp
from ._version import __version__

__all__ = ["main"]

log = logging.getLogger("relay_mcp")

DEFAULT_PORT = 8765


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relay-mcp",
        description="The Relay API as an MCP server: list, preview and (with a human's consent) execute "
        "actions. Reads RELAY_API_KEY and RELAY_BASE_URL from the environment.",
    )
    parser.add_argument("--version", action="version", version=f"relay-mcp {__version__}")
    parser.add_argument("--http", action="store_true", help="serve streamable HTTP at /mcp instead of stdio")
    parser.add_argument("--host", default="127.0.0.1", help="HTTP address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"HTTP port (default: {DEFAULT_PORT})")
    parser.add_argument(
        "--base-url", default=None, help="the Relay API (default: RELAY_BASE_URL, else production)"
    )
    parser.add_argument(
        "--auto-confirm",
        action="store_true",
        help="when the MCP client cannot ask the human (no elicitation), run side effects WITHOUT consent "
        "instead of refusing them (default: off)",
    )
    parser.add_argument(
        "--log-level", default="info", choices=["debug", "info", "warning", "error"], help="stderr log level"
    )
    return parser


def _configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)  # stdout is the stdio transport's
    handler.setFormatter(logging.Formatter("relay-mcp %(levelname)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    log.setLevel(level.upper())
    # Request/response traffic stays out of the log unless asked for (it carries the shown secrets).
    for noisy in ("mcp", "httpx", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if level == "debug" else logging.WARNING)


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


async def _serve(args: argparse.Namespace, client: AsyncRelay) -> None:
    relay = RelayMcp(client, auto_confirm=args.auto_confirm)
    where = f"streamable HTTP on http://{args.host}:{args.port}/mcp" if args.http else "stdio"
    log.info(
        "relay-mcp %s: %d tools for Relay at %s, over %s",
        __version__,
        len(relay.tools),
        client.base_url,
        where,
    )
    if args.auto_confirm:
        log.warning(
            "--auto-confirm is ON: when an MCP client cannot ask the human, side effects run WITHOUT consent"
        )
    else:
        log.info("consent: asked through MCP elicitation; --auto-confirm is off")
    if not args.http:
        async with stdio_server() as (read, write):
            await relay.server.run(read, write, relay.server.create_initialization_options())
        return
    if not _is_loopback(args.host):
        log.warning(
            "listening on %s, beyond this machine: anyone who reaches it acts with this API key", args.host
        )
    app = relay.server.streamable_http_app(host=args.host)
    config = uvicorn.Config(app, host=args.host, port=args.port, log_level="warning", lifespan="on")
    await uvicorn.Server(config).serve()


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _configure_logging(args.log_level)
    try:
        client = AsyncRelay(base_url=args.base_url)
    except RelayError as exc:
        log.error("%s", exc)
        return 2

    async def run() -> None:
        async with client:
            await _serve(args, client)

    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C ends a foreground HTTP server
        anyio.run(run)
    return 0
