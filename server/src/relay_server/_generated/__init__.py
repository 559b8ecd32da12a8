# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
"""Code generated from the Relay spec: ``models`` (the API's types), ``routes`` (the route table) and
``openapi.yaml`` (the spec itself, which the server serves)."""
