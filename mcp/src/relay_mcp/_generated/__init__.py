# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5

"""The generated half of relay-mcp: ``TOOLS``, one per operation of spec/openapi.yaml (see tools.py)."""

from .tools import TOOLS

__all__ = ["TOOLS"]
