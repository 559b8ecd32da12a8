# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 6fd1f99f74959a0c3664009328cfa9b1e26622f7a8ca85c012b01e7fa40624e2
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

content = client.health.metrics()  # bytes
print(content.decode())
