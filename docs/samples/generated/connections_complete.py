# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

connection = client.connections.complete(
    code="4/0AVG7fiQ-example-code",
    state="st_3kq2mzx4b5n6c7d2e3f4g5h6",
)
print(connection)
