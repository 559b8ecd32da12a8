# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 169fd7d9e0368f6c14111fc589991f7d4589f1b8189b62df4dd3ef6cc949c90e
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

for execution in client.executions.list(action_id="email.send", status="succeeded"):
    print(execution.id)
