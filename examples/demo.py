"""The Relay demo: the reference server on its embedded default, every example against it, the
Postman collection, then everything stopped. Run by ``python3 dev.py demo`` (nox session ``demo``),
which first regenerates, builds the relay-sdk wheel and the @relay/sdk-js tarball, and installs them
into the examples the way users do.

    python examples/demo.py [--skip-browser] [--skip-postman]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import harness

failures: list[str] = []


def step(title: str) -> None:
    print(f"\n━━ {title} " + "━" * max(0, 90 - len(title)), flush=True)


def show(text: str, indent: str = "   ") -> None:
    print(textwrap.indent(text.rstrip("\n"), indent), flush=True)


def check(ok: bool, what: str, detail: str = "") -> None:
    print(f"   {'✔' if ok else '✘'} {what}", flush=True)
    if not ok:
        failures.append(what)
        if detail:
            show(detail[-4000:], "     │ ")


def server_summary(server: harness.Service) -> str:
    """What the server printed, without the admin key it created: where the key is stored instead (a
    demo's output ends up in terminals, CI logs and bug reports)."""
    key = str(server.info["api_key"])
    kept = [
        line
        for line in server.log().splitlines()
        if key not in line and not line.startswith(("Created workspace ", "Saved to "))
    ]
    stored = server.info["credentials_file"]
    head = f"workspace {server.info['workspace_id']}: its admin key is stored in {stored} (mode 0600)"
    return "\n".join([head, *kept])


def main() -> int:
    parser = argparse.ArgumentParser(description="Run every Relay example against a fresh reference server.")
    parser.add_argument("--skip-browser", action="store_true", help="do not drive the React app in Chromium")
    parser.add_argument("--skip-postman", action="store_true", help="do not run the Postman collection")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="relay-demo-"))
    try:
        step("1. reference server (relay-server serve, SQLite under .relay/)")
        with harness.relay_server(work) as server:
            show(server_summary(server))
            step(
                "2. fastapi-backend: same-origin proxy + webhook receiver (AsyncRelay, from the built wheel)"
            )
            with harness.fastapi_backend(server.url, server.info["api_key"], work) as backend:
                endpoint = backend.info["webhook_endpoint_id"]
                show(f"backend on {backend.url}; webhook endpoint {endpoint} registered")
                show(f"try it: open {backend.url} in a browser (while the demo runs)")

                step("3. chat-cli: a streamed reply, the suggested action, confirmed with --yes, executed")
                message = "send an email to ada@example.com about lunch"
                show(f"$ python examples/chat-cli/relay_chat.py {json.dumps(message)} --yes")
                done = harness.chat_cli(server, message, yes=True)
                show(done.stdout + done.stderr)
                check(
                    done.returncode == 0 and "succeeded" in done.stdout,
                    "chat-cli executed the suggested email.send",
                )

                step("4. node-quickstart (TypeScript, @relay/sdk-js tarball): list → preview → execute")
                done = harness.node_quickstart(server)
                show(done.stdout + done.stderr)
                check(done.returncode == 0, "node quickstart ran", done.stdout + done.stderr)

                step("5. mcp-agent: an MCP host drives relay-mcp: actions_list → actions_execute, consented")
                show("$ python examples/mcp-agent/relay_agent.py --yes")
                done = harness.mcp_agent(server, yes=True)
                show(done.stdout + done.stderr)
                check(
                    done.returncode == 0
                    and "relay-mcp asks you" in done.stdout
                    and "succeeded" in done.stdout,
                    "relay-mcp asked for consent, then executed email.send once",
                    done.stdout + done.stderr,
                )

                if not args.skip_browser:
                    step("6. react-frontend in headless Chromium: email.send → form → preview → confirm")
                    done, findings = harness.frontend_e2e(backend)
                    for key in ("fields", "summary", "execution_status", "webhook", "screenshot"):
                        if key in findings:
                            show(f"{key}: {findings[key]}")
                    same_origin = not findings.get("foreign_requests")
                    keyed = findings.get("authorization_headers")
                    show(f"browser requests: {findings.get('requests')}, all same-origin: {same_origin}")
                    show(f"browser requests carrying an API key: {keyed}")
                    check(
                        done.returncode == 0 and bool(findings.get("ok")),
                        "the React app previewed, executed and saw the webhook",
                        done.stdout + done.stderr,
                    )

                step("7. webhook events the backend received and verified (client.webhooks.unwrap)")
                time.sleep(1.0)  # let the delivery worker hand over the last events
                recorded = harness.get_json(backend.url + "/api/events")["data"]
                for event in recorded:
                    data = event["data"]
                    what = f"{data.get('action_id')} {data.get('id')} → {data.get('status')}"
                    show(f"{event['webhook_id']}  {event['type']:<20} {what}")
                check(len(recorded) > 0, f"{len(recorded)} signed webhook event(s) verified and recorded")

            if not args.skip_postman:
                step("8. Postman collection with newman against the same server")
                if not harness.NEWMAN.exists():
                    check(False, "newman is installed (postman/: npm ci)")
                else:
                    report = work / "newman.xml"
                    done = harness.newman(server, report)
                    summary = (
                        done.stdout[done.stdout.find("┌") :] if "┌" in done.stdout else done.stdout[-3000:]
                    )
                    show(summary)
                    check(
                        done.returncode == 0,
                        "the Postman collection passed",
                        done.stdout[-4000:] + done.stderr,
                    )
        step("done: every process stopped")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print(f"\ndemo: {len(failures)} step(s) failed: " + "; ".join(failures), file=sys.stderr)
        return 1
    print("\ndemo: every step succeeded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
