# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

usage = client.usage.retrieve()
print(usage)
