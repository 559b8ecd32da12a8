"""The secrets a contract run is shown (new API keys, webhook endpoint secrets), noted for the scan of the
reference server's database after the run (``relay_contract/scan``): none of them may be readable there.

``relay-contract`` sets ``RELAY_CONTRACT_SECRETS_LOG`` to a file in a temporary directory for the run;
schemathesis's hooks and the hand-written cases append every ``secret`` of a response to it (one per
line; appends of short lines from several processes do not interleave). Without the variable nothing is
written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

SECRETS_LOG_ENV = "RELAY_CONTRACT_SECRETS_LOG"


def record_secret(value: str) -> None:
    path = os.environ.get(SECRETS_LOG_ENV)
    if path and value and "\n" not in value:
        with Path(path).open("a", encoding="utf-8") as log:
            log.write(value + "\n")


def record_secrets_in(body: Any) -> None:
    """Notes the ``secret`` of a response body (an API key's or a webhook endpoint's), if it has one."""
    if isinstance(body, dict) and isinstance(body.get("secret"), str):
        record_secret(body["secret"])


def recorded() -> list[str]:
    path = os.environ.get(SECRETS_LOG_ENV)
    if not path or not Path(path).is_file():
        return []
    return sorted({line for line in Path(path).read_text(encoding="utf-8").splitlines() if line})
