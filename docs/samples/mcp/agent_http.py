"""relay-mcp over streamable HTTP, and a client that cannot show a confirmation prompt.

Starts `relay-mcp --http` (as you would in a terminal), connects with the MCP SDK's streamable HTTP
client, and asks to execute: without elicitation support nothing runs, and the result says why.
"""

import asyncio
import json
import socket
import subprocess
import time

import mcp_types as types
from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def main(url: str) -> None:
    async with streamable_http_client(url) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        print("connected to", session.server_info.name if session.server_info else "?", "at", url)
        arguments = {
            "action_id": "email.send",
            "params": {"to": "ada@example.com", "subject": "Hi", "body": "Hello"},
        }
        result = await session.call_tool("actions_execute", arguments)
        text = "".join(c.text for c in result.content if isinstance(c, types.TextContent))
        problem = json.loads(text)
        print(problem["code"], "-", problem["detail"])
        print("what it would do:", problem["preview"]["summary"])


port = free_port()
server = subprocess.Popen(["relay-mcp", "--http", "--port", str(port)])  # RELAY_API_KEY from the environment
try:
    for _ in range(100):  # wait until it listens
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.1)
    asyncio.run(main(f"http://127.0.0.1:{port}/mcp"))
finally:
    server.terminate()
    server.wait()
