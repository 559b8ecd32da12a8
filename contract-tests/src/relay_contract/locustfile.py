"""Locust load test of Relay through the Python SDK (``relay-sdk``): list → preview → execute.

Each user iteration is one realistic flow: list the catalog, preview an action (getting a confirm
token), execute it with that token. Every SDK call is reported to Locust as its own step
(``actions.list``, ``actions.preview``, ``actions.execute``), so the stats give RPS and percentiles per
step. Users are paced (``constant_pacing``): ``users / RELAY_LOAD_PACING`` flows per second are *offered*
whatever the latency, so a slow server shows up as latency rather than as a quietly lower load.

Environment:
    RELAY_BASE_URL, RELAY_API_KEY   the deployment and a developer (or admin) key
    RELAY_LOAD_ACTION               action to preview/execute (default email.send)
    RELAY_LOAD_PARAMS               its params as JSON (default: a sandbox email)
    RELAY_LOAD_PACING               seconds per flow per user (default 1.0)

    locust -f contract-tests/src/relay_contract/locustfile.py --headless -u 34 -r 34 -t 30s
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from typing import Any, TypeVar

import relay_sdk
from locust import User, constant_pacing, events, task

T = TypeVar("T")

ACTION = os.environ.get("RELAY_LOAD_ACTION", "email.send")
PARAMS: dict[str, Any] = json.loads(
    os.environ.get(
        "RELAY_LOAD_PARAMS",
        json.dumps(
            {"to": ["load@example.com"], "subject": "Relay load test", "body": "Sent by the load test."}
        ),
    )
)
PACING = float(os.environ.get("RELAY_LOAD_PACING", "1.0"))


class RelaySdkUser(User):
    wait_time = constant_pacing(PACING)

    def on_start(self) -> None:
        # No SDK retries: a retry would hide a failure and distort latencies.
        self.client = relay_sdk.Relay(
            api_key=os.environ["RELAY_API_KEY"], base_url=os.environ["RELAY_BASE_URL"], max_retries=0
        )
        # Warm-up, not measured: opens the connection and lets the server verify (and cache) the key.
        self.client.workspace.retrieve()

    def on_stop(self) -> None:
        self.client.close()

    def _step(self, name: str, call: Callable[[], T]) -> T:
        start = time.perf_counter()
        exc: BaseException | None = None
        result: Any = None
        try:
            result = call()
        except Exception as e:  # reported to Locust as a failure of this step
            exc = e
        events.request.fire(  # type: ignore[no-untyped-call]
            request_type="SDK",
            name=name,
            response_time=(time.perf_counter() - start) * 1000.0,
            response_length=0,
            exception=exc,
            context={},
        )
        if exc is not None:
            raise exc
        return result  # type: ignore[no-any-return]

    @task
    def list_preview_execute(self) -> None:
        try:
            self._step("actions.list", lambda: self.client.actions.list(limit=20))
            preview = self._step(
                "actions.preview", lambda: self.client.actions.preview(ACTION, params=PARAMS)
            )
            execution = self._step(
                "actions.execute",
                lambda: self.client.actions.execute(ACTION, confirm_token=preview.confirm_token),
            )
            if execution.status != "succeeded":
                events.request.fire(  # type: ignore[no-untyped-call]
                    request_type="SDK",
                    name="execution.status",
                    response_time=0,
                    response_length=0,
                    exception=RuntimeError(f"execution {execution.id} {execution.status}"),
                    context={},
                )
        except Exception:  # already reported; start the next flow
            return
