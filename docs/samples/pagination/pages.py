from relay_sdk import Relay

client = Relay()

# Iterate: the SDK fetches the next page when it needs it.
for execution in client.executions.list(status="succeeded", limit=50):
    print(execution.id, execution.action_id)

# Or page by hand, e.g. to show one page per screen.
page = client.actions.list(limit=2)
print([a.id for a in page.data], page.has_more, page.next_cursor)
while page.has_next_page():
    page = page.get_next_page()  # same filters, after=<previous next_cursor>
    print([a.id for a in page.data])
