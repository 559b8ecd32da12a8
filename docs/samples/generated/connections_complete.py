# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 fa182f57e5ec4dfa0684ba8264c4c006e95bb302a05e8c626f7f7d0240e9dc73
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

connection = client.connections.complete(
    code="4/0AVG7fiQ-example-code",
    state="st_3kq2mzx4b5n6c7d2e3f4g5h6",
)
print(connection)
