# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

connection = client.connections.complete(
    code="4/0AVG7fiQ-example-code",
    state="st_3kq2mzx4b5n6c7d2e3f4g5h6",
)
print(connection)
