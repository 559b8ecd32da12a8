# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 f4c210593995f0941541561a6c86e1b30f6c9794bfe7a89de6395f8d0f8169aa
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

connection = client.connections.revoke("con_6kbnxjbtfqxkwovompzom7wb")
print(connection)
