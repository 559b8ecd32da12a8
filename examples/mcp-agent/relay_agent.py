"""A minimal MCP host in the terminal: it runs relay-mcp over stdio, lists the action catalog, and asks
relay-mcp to execute an action — and when relay-mcp asks for the human's consent (an MCP
elicitation), this host shows the preview in the terminal and asks you.

    RELAY_API_KEY=relay_sk_... RELAY_BASE_URL=http://127.0.0.1:8080 \
        python relay_agent.py [--action email.send] [--params '{"to": ...}'] [--yes]

``--yes`` consents without asking (for scripts and CI). Exit status: 0 when the action was executed
and succeeded, 1 when it failed, 2 when consent was not given (nothing was executed).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from typing import Any

import mcp_types as types
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.session import ClientRequestContext, ElicitationFnT

DEFAULT_PARAMS = {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"}


def consent_prompt(yes: bool) -> ElicitationFnT:
    """The host's elicitation callback: relay-mcp's question in the terminal, your answer back."""

    async def ask(context: ClientRequestContext, params: types.ElicitRequestParams) -> types.ElicitResult:
        print("\n┌ relay-mcp asks you ─────────────────────────────")
        for line in params.message.splitlines():
            print(f"│ {line}")
        print("└─────────────────────────────────────────────────")
        if yes:
            print("(--yes: consenting)")
            agreed = True
        else:
            print("Confirm? [y/N]", end=" ", flush=True)
            agreed = sys.stdin.readline().strip().lower() in {"y", "yes"}
        return types.ElicitResult(action="accept" if agreed else "decline", content={"confirm": agreed})

    return ask


def text_of(result: types.CallToolResult) -> str:
    return "\n".join(c.text for c in result.content if isinstance(c, types.TextContent))


async def run(action_id: str, params: dict[str, Any], yes: bool) -> int:
    server = StdioServerParameters(command="relay-mcp", env=dict(os.environ))  # RELAY_API_KEY, RELAY_BASE_URL
    async with (
        stdio_client(server) as (read, write),
        ClientSession(read, write, elicitation_callback=consent_prompt(yes)) as session,
    ):
        init = await session.initialize()
        tools = (await session.list_tools()).tools
        print(f"connected to {init.server_info.name} {init.server_info.version}: {len(tools)} tools")

        page = await session.call_tool("actions_list", {"limit": 100})
        catalog = page.structured_content or {}
        print("actions:", ", ".join(a["id"] for a in catalog.get("data", [])))

        print(f"\nagent: actions_execute {action_id} {json.dumps(params)}")
        result = await session.call_tool("actions_execute", {"action_id": action_id, "params": params})
        if result.is_error:
            problem = json.loads(text_of(result))
            print(f"not executed: {problem['code']} — {problem['detail']}")
            return 2 if problem["code"].startswith("consent_") else 1
        execution = result.structured_content or {}
        print(f"execution {execution.get('id')}: {execution.get('status')}")
        return 0 if execution.get("status") == "succeeded" else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Drive relay-mcp like an MCP host, consent in the terminal.")
    parser.add_argument("--action", default="email.send", help="the action to execute (default: email.send)")
    parser.add_argument("--params", default=json.dumps(DEFAULT_PARAMS), help="its params, as JSON")
    parser.add_argument("--yes", "-y", action="store_true", help="consent without asking")
    args = parser.parse_args(argv)
    return asyncio.run(run(args.action, json.loads(args.params), args.yes))


if __name__ == "__main__":
    sys.exit(main())
