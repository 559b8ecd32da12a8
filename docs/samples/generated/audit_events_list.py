# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

for audit_event in client.audit_events.list(
    actor="key_pft7v4seh2kvj72ceuvw75ef",
    action="actions.execute",
):
    print(audit_event.id)
