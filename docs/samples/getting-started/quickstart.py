from relay_sdk import Relay

client = Relay()  # reads RELAY_API_KEY and RELAY_BASE_URL from the environment

# 1. What can this workspace do?
for action in client.actions.list():
    print(action.id, "-", action.name)

# 2. Preview: validates the params, says what would happen, returns a single-use confirm token.
preview = client.actions.preview(
    "email.send",
    params={"to": "ada@example.com", "subject": "Lunch", "body": "Shall we meet at noon?"},
)
print(preview.summary)

# 3. Execute with the token. The SDK adds an Idempotency-Key, so a retry never sends twice.
execution = client.actions.execute("email.send", confirm_token=preview.confirm_token)
print(execution.id, execution.status)
