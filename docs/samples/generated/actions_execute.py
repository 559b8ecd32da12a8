# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 15049309918b10e41571d201ba1fc9d4b4bcd8818f055fd20e300c7c539937e4
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

execution = client.actions.execute(
    "email.send",
    confirm_token="ct_v1.eyJ3Ijoid3NfdWp6ZGVneGRuY2YzMmVwZjNkaG9kemRvIn0.Zm9vYmFy",
)
print(execution)
