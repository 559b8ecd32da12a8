"""Run the INSTALLED reference server until stdin closes (run by the interpreter of a fresh venv).

    <venv>/bin/python serve_installed.py WORKSPACE...

Starts ``relay-server serve`` through the installed package's own launcher
(``relay_server.testing.running_server``: fresh database, one admin key per workspace, waits for
/ready), prints one JSON line ``{"base_url": ..., "keys": {workspace: api_key}}``, and stops the server
when its stdin is closed. Standard library + relay_server only: nothing from the checkout.
"""

from __future__ import annotations

import json
import sys

from relay_server.testing import running_server


def main(workspaces: list[str]) -> int:
    with running_server(workspaces=workspaces, rate_limit=6000, burst=1000) as server:
        keys = {name: ws["api_key"] for name, ws in zip(workspaces, server.workspaces, strict=True)}
        print(json.dumps({"base_url": server.base_url, "keys": keys}), flush=True)
        sys.stdin.read()  # until the caller closes it
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or ["default"]))
