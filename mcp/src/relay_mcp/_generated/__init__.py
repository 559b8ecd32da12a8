# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e

"""The generated half of relay-mcp: ``TOOLS``, one per operation of spec/openapi.yaml (see tools.py)."""

from .tools import TOOLS

__all__ = ["TOOLS"]
