# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

for webhook_delivery in client.webhook_endpoints.list_deliveries("whe_2xuid5zzzzg6zdmen4khvdga"):
    print(webhook_delivery.id)
