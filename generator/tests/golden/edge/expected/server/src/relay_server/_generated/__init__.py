# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 ce564a81bd4ac6357433c77cca355f9155159c85d6c8ddc07bd299ca269f86d4
"""Code generated from the Relay spec: ``models`` (the API's types), ``routes`` (the route table) and
``openapi.yaml`` (the spec itself, which the server serves)."""
