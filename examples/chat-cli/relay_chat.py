"""Chat with Relay from the terminal: the reply streams in token by token, the suggested action is
shown with its preview, and — once you confirm — executed.

    RELAY_API_KEY=relay_sk_... RELAY_BASE_URL=http://127.0.0.1:8080 \
        python relay_chat.py "send an email to ada@example.com about lunch" [--yes]

Without a message it asks for one. ``--yes`` confirms without asking (for scripts and CI).
Exit status: 0 when the suggested action was executed and succeeded (or nothing was suggested),
1 when it failed, 2 when you declined.
"""

from __future__ import annotations

import argparse
import sys

from relay_sdk import APIStatusError, Relay
from relay_sdk.types.action_suggestion import ActionSuggestion


def ask(question: str) -> bool:
    print(question, end=" ", flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in {"y", "yes"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chat with Relay; confirm and execute what it suggests.")
    parser.add_argument("message", nargs="?", help="what you want done")
    parser.add_argument("--yes", "-y", action="store_true", help="execute the suggestion without asking")
    args = parser.parse_args(argv)
    message = args.message or input("you> ")

    client = Relay()  # RELAY_API_KEY / RELAY_BASE_URL from the environment
    suggestion: ActionSuggestion | None = None
    print("relay> ", end="", flush=True)
    with client.chat.stream(message=message) as events:
        for event in events:
            if event.type == "text_delta":
                print(event.delta, end="", flush=True)  # token by token, as it arrives
            elif event.type == "action_suggestion":
                suggestion = event.suggestion
            elif event.type == "error":
                print(f"\n[error] {event.to_dict()}", file=sys.stderr)
                return 1
            elif event.type == "done":
                print()
    if suggestion is None:
        print("(no action suggested)")
        return 0

    preview = suggestion.preview
    print(f"\nsuggested action: {suggestion.action_id}")
    print(f"  summary: {preview.summary}")
    for effect in preview.effects:
        print(f"  effect:  {effect}")
    for warning in preview.warnings:
        print(f"  warning: {warning}")
    print(f"  confirm token expires at {preview.expires_at.isoformat()}")
    if not args.yes and not ask("Execute it? [y/N]"):
        print("declined: nothing was executed")
        return 2
    try:
        execution = client.actions.execute(suggestion.action_id, confirm_token=preview.confirm_token)
    except APIStatusError as exc:
        print(f"execution refused: {exc.status_code} {exc.code}: {exc.detail}", file=sys.stderr)
        return 1
    print(f"execution {execution.id}: {execution.status} ({execution.duration_ms} ms)")
    if execution.result is not None:
        print(f"  result: {execution.result.to_dict()}")
    if execution.error is not None:
        print(f"  error:  {execution.error.to_dict()}")
    return 0 if str(execution.status) == "succeeded" else 1


if __name__ == "__main__":
    sys.exit(main())
