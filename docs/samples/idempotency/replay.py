import uuid

from relay_sdk import Relay

client = Relay()
params = {"to": "ada@example.com", "subject": "Invoice 1042", "body": "Attached."}
preview = client.actions.preview("email.send", params=params)

# Choose the key yourself when the retry may come from another process (a job queue, a restart):
# store it with the job, and send the same key every time the job runs.
key = f"invoice-1042-{uuid.uuid4()}"
first = client.with_raw_response.actions.execute(
    "email.send", confirm_token=preview.confirm_token, idempotency_key=key
)
again = client.with_raw_response.actions.execute(
    "email.send", confirm_token=preview.confirm_token, idempotency_key=key
)

assert again.parse().id == first.parse().id  # the same execution: the email went out once
print(first.parse().id, "replayed:", again.headers.get("Idempotent-Replayed"))  # replayed: true
