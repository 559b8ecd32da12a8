"""An in-process MCP client for a ``RelayMcp`` (no subprocess): for unit-level tests."""

from __future__ import annotations

from typing import Any

import anyio
import mcp_types as types
from mcp import ClientSession

from relay_mcp import RelayMcp


async def call_in_process(relay: RelayMcp, name: str, arguments: dict[str, Any]) -> types.CallToolResult:
    client_to_server = anyio.create_memory_object_stream[Any](16)
    server_to_client = anyio.create_memory_object_stream[Any](16)
    async with anyio.create_task_group() as tg:
        tg.start_soon(
            relay.server.run,
            client_to_server[1],
            server_to_client[0],
            relay.server.create_initialization_options(),
        )
        async with ClientSession(server_to_client[1], client_to_server[0]) as session:
            await session.initialize()
            result = await session.call_tool(name, arguments)
        tg.cancel_scope.cancel()
    return result
