"""What an MCP host does with relay-mcp over stdio: list the tools, preview an action, execute it.

The elicitation callback stands for the host's confirmation prompt: it prints what the human sees and
accepts. relay-mcp reads RELAY_API_KEY and RELAY_BASE_URL from the environment it is started with.
"""

import asyncio
import os

import mcp_types as types
from mcp import ClientSession, StdioServerParameters, stdio_client
from mcp.client.session import ClientRequestContext

PARAMS = {"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"}


async def confirm(context: ClientRequestContext, params: types.ElicitRequestParams) -> types.ElicitResult:
    print("── the human sees ──────────────────────────")
    print(params.message)
    print("── and ticks 'Yes, run it' ─────────────────")
    return types.ElicitResult(action="accept", content={"confirm": True})


async def main() -> None:
    server = StdioServerParameters(command="relay-mcp", env=dict(os.environ))
    async with (
        stdio_client(server) as (read, write),
        ClientSession(read, write, elicitation_callback=confirm) as session,
    ):
        await session.initialize()
        tools = (await session.list_tools()).tools
        print(f"{len(tools)} tools, e.g. {', '.join(t.name for t in tools[:4])}")

        page = await session.call_tool("actions_list", {"limit": 3})
        assert page.structured_content is not None
        print("actions:", [a["id"] for a in page.structured_content["data"]])

        preview = await session.call_tool("actions_preview", {"action_id": "email.send", "params": PARAMS})
        assert preview.structured_content is not None
        print(
            "preview:", preview.structured_content["summary"]
        )  # no confirm token: it never reaches the model

        result = await session.call_tool("actions_execute", {"action_id": "email.send", "params": PARAMS})
        assert not result.is_error and result.structured_content is not None
        print("execution:", result.structured_content["id"], result.structured_content["status"])


asyncio.run(main())
