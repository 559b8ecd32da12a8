# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 85c3e0b2afc668ad69c14b6bbb0f619cac3044b7aa43fbdb3c1ef46a78e8d556
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

for audit_event in client.audit_events.list(
    actor="key_pft7v4seh2kvj72ceuvw75ef",
    action="actions.execute",
):
    print(audit_event.id)
