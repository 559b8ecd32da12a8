# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

content = client.health.metrics()  # bytes
print(content.decode())
