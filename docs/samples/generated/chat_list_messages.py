# generated from spec/openapi.yaml — do not edit
# relay-codegen 0.1.0 · spec sha256 7b86e581ae7a1febe12ac22c3348dadddca571e1e34ea11d57f5ac6030a642f5
from relay_sdk import Relay

client = Relay()  # RELAY_API_KEY, RELAY_BASE_URL

for chat_message in client.chat.list_messages(session_id="chs_i3mnbqnspuq2idw52ijb4laj"):
    print(chat_message.id)
