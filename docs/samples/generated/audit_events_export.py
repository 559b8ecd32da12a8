# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 36e50b71cd82929c14801dfe447ee515669de8067a84a7147e3af7d39d6d3c77
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

content = client.audit_events.export(
    format="csv",
    actor="key_pft7v4seh2kvj72ceuvw75ef",
    action="actions.execute",
)  # bytes
print(content.decode())
