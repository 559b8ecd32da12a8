# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
"""Code generated from the Relay spec: ``models`` (pydantic v2) and ``routes`` (route table)."""
