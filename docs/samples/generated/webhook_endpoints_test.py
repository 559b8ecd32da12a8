# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

webhook_delivery = client.webhook_endpoints.test("whe_2xuid5zzzzg6zdmen4khvdga")
print(webhook_delivery)
