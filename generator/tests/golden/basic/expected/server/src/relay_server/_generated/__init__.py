# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 60af756c987c028f2422d202ca7a1aa33c3897f6cbf3d24ec966514670ef2d8c
"""Code generated from the Relay spec: ``models`` (the API's types), ``routes`` (the route table) and
``openapi.yaml`` (the spec itself, which the server serves)."""
