# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
"""Code generated from the Relay spec: ``models`` (the API's types), ``routes`` (the route table) and
``openapi.yaml`` (the spec itself, which the server serves)."""
