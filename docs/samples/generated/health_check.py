# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

health = client.health.check()
print(health)
