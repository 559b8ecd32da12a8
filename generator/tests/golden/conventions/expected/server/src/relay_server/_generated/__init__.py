# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414
"""Code generated from the Relay spec: ``models`` (the API's types), ``routes`` (the route table) and
``openapi.yaml`` (the spec itself, which the server serves)."""
