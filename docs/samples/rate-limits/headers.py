from relay_sdk import Relay

client = Relay()  # retries 429s itself (max_retries=2 by default), honouring Retry-After

response = client.with_raw_response.workspace.retrieve()
print("policy:   ", response.headers["RateLimit-Policy"])  # "workspace";q=600;w=60
print("remaining:", response.headers["RateLimit"])  # "workspace";r=599;t=1
workspace = response.parse()
print(workspace.rate_limit.requests_per_minute, "per minute, burst", workspace.rate_limit.burst)

# Spread a bulk job over time instead of relying on retries; and give up quickly where latency matters:
fast = client.with_options(max_retries=0)
print(fast.workspace.retrieve().id)
