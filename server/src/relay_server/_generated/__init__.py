# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 d247bd318689de0522bda1bd8b00d54c27caad56b0c60c76d6e17240e9c1b670
"""Code generated from the Relay spec: ``models`` (the API's types), ``routes`` (the route table) and
``openapi.yaml`` (the spec itself, which the server serves)."""
