"""Connect a Google account (OAuth 2.0 authorization code + PKCE), then revoke it.

Against the reference server in dev mode the provider is simulated, so this runs end to end:
the "user consents" step is a plain GET of the authorization URL. In production you redirect
the user's browser there and Relay's provider sends them back to your redirect_uri.
"""

from urllib.parse import parse_qs, urlsplit

import httpx

from relay_sdk import Relay

client = Relay()

# 1. Start: Relay keeps the PKCE verifier and returns where to send the user.
auth = client.connections.authorize(provider="google", redirect_uri="https://app.example.com/oauth/callback")
print("send the user to:", auth.authorization_url)

# 2. The user consents; the provider redirects to redirect_uri?code=…&state=…
#    (simulated here; in your app this is the request your callback route receives).
consent = httpx.get(auth.authorization_url, follow_redirects=False)
callback = parse_qs(urlsplit(consent.headers["location"]).query)
code, state = callback["code"][0], callback["state"][0]
assert state == auth.state  # your callback should check it matches the flow it started

# 3. Complete: Relay checks the single-use state, exchanges the code with the PKCE verifier,
#    and stores the tokens encrypted. Tokens are never returned.
connection = client.connections.complete(code=code, state=state)
print(connection.id, connection.provider, connection.status, connection.scopes)

print([c.id for c in client.connections.list()])
client.connections.revoke(connection.id)  # actions needing it now fail with connection_required
