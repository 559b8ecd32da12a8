from relay_sdk import PermissionDeniedError, Relay

admin = Relay()  # an admin key: RELAY_API_KEY

# Admins create keys; the secret is in this response only.
key = admin.api_keys.create(name="Dashboard", role="viewer")
viewer = admin.with_options(api_key=key.secret)  # same connection pool, another key

try:
    print([action.id for action in viewer.actions.list()])  # viewers read…
    viewer.actions.preview("email.send", params={"to": "ada@example.com", "subject": "Hi", "body": "…"})
except PermissionDeniedError as err:  # …but may not preview or execute
    print(err.status_code, err.code, err.detail)
else:
    raise SystemExit("a viewer key was allowed to preview")
finally:
    admin.api_keys.revoke(key.id)  # requests with it fail with 401 from now on
