# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

execution = client.actions.execute(
    "email.send",
    confirm_token="ct_v1.eyJ3Ijoid3NfdWp6ZGVneGRuY2YzMmVwZjNkaG9kemRvIn0.Zm9vYmFy",
)
print(execution)
