"""relay-mcp: the Relay API as an MCP server, with a human's consent for every side effect.

Run ``relay-mcp`` (stdio) or ``relay-mcp --http --port 8765`` with ``RELAY_API_KEY`` set; or embed it::

    from relay_sdk import AsyncRelay
    from relay_mcp import RelayMcp

    server = RelayMcp(AsyncRelay()).server  # an mcp.server.lowlevel.Server
"""

from ._cli import main
from ._server import INSTRUCTIONS, RelayMcp
from ._tool import Confirmation, Tool
from ._version import __version__

__all__ = ["INSTRUCTIONS", "Confirmation", "RelayMcp", "Tool", "__version__", "main"]
