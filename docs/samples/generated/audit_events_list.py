# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 8cb0733908cfd1f0bc1a2014836113f1f61bb6d652a621056c66908b8174854e
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

for audit_event in client.audit_events.list(
    actor="key_pft7v4seh2kvj72ceuvw75ef",
    action="actions.execute",
):
    print(audit_event.id)
