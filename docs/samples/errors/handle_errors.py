from relay_sdk import APIConnectionError, APIStatusError, RateLimitError, Relay, UnprocessableEntityError

client = Relay()

try:
    client.actions.preview("email.send", params={"to": "not-an-email", "subject": "Hi", "body": "…"})
except UnprocessableEntityError as err:
    print(err.status_code, err.code)  # 422 validation_failed
    for field in err.errors:  # one JSON pointer per invalid field
        print(" ", field.pointer, "-", field.message)
    print("request id:", err.request_id)  # quote it when you contact support
except RateLimitError as err:  # only after the SDK's own retries ran out
    print("rate limited; retry after", err.response.headers.get("retry-after"), "s")
except APIStatusError as err:  # any other 4xx/5xx
    print(err.status_code, err.code, err.detail)
except APIConnectionError:  # network failure or timeout, after retries
    print("could not reach Relay")
