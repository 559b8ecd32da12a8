# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""The generated half of relay-mcp: ``TOOLS``, one per operation of spec/openapi.yaml (see tools.py)."""

from .tools import TOOLS

__all__ = ["TOOLS"]
