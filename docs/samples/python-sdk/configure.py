import httpx

from relay_sdk import Relay

client = Relay(
    # api_key=... and base_url=... default to RELAY_API_KEY and RELAY_BASE_URL
    timeout=httpx.Timeout(20.0, connect=5.0),  # default: 60 s, connect 5 s
    max_retries=3,  # default: 2
    default_headers={"X-Team": "billing"},
)

# Per call: any method takes timeout=, max_retries=, extra_headers=, extra_query=, extra_body=.
workspace = client.workspace.retrieve(timeout=5.0, max_retries=0)
print(workspace.name, workspace.rate_limit.requests_per_minute)

# A modified copy sharing the connection pool.
patient = client.with_options(timeout=120.0)
print(patient.usage.retrieve().start_date)

# The raw response: status, headers, request id; .parse() for the typed object.
raw = client.with_raw_response.actions.retrieve("email.send")
print(raw.status_code, raw.request_id, raw.headers["content-type"])
print(raw.parse().name)

client.close()  # or: with Relay() as client: ...
