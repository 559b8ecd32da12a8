from relay_sdk import Relay

client = Relay()
suggestion = None

with client.chat.stream(message="send an email to ada@example.com about lunch") as events:
    for event in events:  # typed events, discriminated by `type`
        if event.type == "text_delta":
            print(event.delta, end="", flush=True)
        elif event.type == "action_suggestion":
            suggestion = event.suggestion
        elif event.type == "error":
            raise SystemExit(f"chat failed: {event.code}: {event.message}")
        elif event.type == "done":
            print(f"\n(session {event.session_id})")
# Leaving the `with` block closes the connection, also when you break out early.

if suggestion is not None:
    print("suggested:", suggestion.preview.summary)
    # Show the preview to the user; only on their confirmation:
    execution = client.actions.execute(suggestion.action_id, confirm_token=suggestion.preview.confirm_token)
    print(execution.id, execution.status)
