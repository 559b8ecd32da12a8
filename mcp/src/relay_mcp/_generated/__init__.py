# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f93a7bf1eabf865314df49de7d93c6e3c33aa3c3555b1ed01e0de54909d3b95d

"""The generated half of relay-mcp: ``TOOLS``, one per operation of spec/openapi.yaml (see tools.py)."""

from .tools import TOOLS

__all__ = ["TOOLS"]
