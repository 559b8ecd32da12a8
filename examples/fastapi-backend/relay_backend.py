"""A FastAPI backend for a browser app that uses Relay, through ``AsyncRelay``.

* ``/api/relay/v1/...`` — a same-origin proxy for the React frontend. The browser never sees the API
  key: this server adds it (via the SDK) and forwards only an allow-list of operations — list and
  retrieve actions, preview, execute, retrieve an execution. Anything else is a 404 here.
* ``POST /webhooks/relay`` — the webhook receiver. Every request is verified with
  ``client.webhooks.unwrap`` (Standard Webhooks signature, 5-minute tolerance); a forged or stale one
  gets a 400, an authentic one is recorded.
* ``GET /api/events`` — the recorded events, newest last; the frontend polls it.
* ``/`` — the built frontend (``--static DIR``), so page and proxy share one origin.

On start it registers ``<public URL>/webhooks/relay`` as a webhook endpoint with Relay (a dev-mode
server accepts a loopback URL) and keeps the ``whsec_`` secret in memory; on shutdown it deletes it.

    RELAY_API_KEY=relay_sk_... RELAY_BASE_URL=http://127.0.0.1:8080 \
        python relay_backend.py --port 8000 --static ../react-frontend/dist
"""

from __future__ import annotations

import argparse
import os
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from relay_sdk import NOT_GIVEN, APIStatusError, AsyncAPIResponse, AsyncRelay, WebhookVerificationError

RECEIVER_PATH = "/webhooks/relay"
# Headers of Relay's answer worth passing on to the browser.
FORWARDED_HEADERS = ("x-request-id", "ratelimit", "ratelimit-policy", "retry-after", "idempotent-replayed")


class EventLog:
    """Verified webhook events, in arrival order (thread-safe; in memory)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._events: list[dict[str, Any]] = []

    def add(self, event: dict[str, Any]) -> None:
        with self._lock:
            self._events.append(event)

    def all(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._events)


def _relay_response(raw: AsyncAPIResponse[Any]) -> Response:
    headers = {k: v for k, v in raw.headers.items() if k.lower() in FORWARDED_HEADERS}
    return Response(
        raw.content,
        status_code=raw.status_code,
        media_type=raw.headers.get("content-type", "application/json"),
        headers=headers,
    )


def _problem_response(exc: APIStatusError) -> Response:
    """Relay's RFC 9457 problem, passed through unchanged (status, body, request id)."""
    headers = {k: v for k, v in exc.response.headers.items() if k.lower() in FORWARDED_HEADERS}
    return Response(
        exc.response.content,
        status_code=exc.status_code,
        media_type=exc.response.headers.get("content-type", "application/problem+json"),
        headers=headers,
    )


async def _forward(call: Callable[[], Awaitable[AsyncAPIResponse[Any]]]) -> Response:
    try:
        return _relay_response(await call())
    except APIStatusError as exc:
        return _problem_response(exc)


def _idempotency_key(request: Request) -> Any:
    """The browser SDK's Idempotency-Key, kept across the hop so its retries stay idempotent."""
    return request.headers.get("idempotency-key") or NOT_GIVEN


def create_app(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    public_url: str | None = None,
    static_dir: str | None = None,
) -> FastAPI:
    events = EventLog()
    state: dict[str, Any] = {"secret": None, "endpoint_id": None}

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        async with AsyncRelay(api_key=api_key, base_url=base_url) as client:
            app.state.relay = client
            if public_url:
                endpoint = await client.webhook_endpoints.create(
                    url=public_url.rstrip("/") + RECEIVER_PATH,
                    events=["execution.succeeded", "execution.failed"],
                    description="relay examples: fastapi-backend",
                )
                state["secret"], state["endpoint_id"] = endpoint.secret, endpoint.id
                print(f"fastapi-backend: webhook endpoint {endpoint.id} → {endpoint.url}", flush=True)
            try:
                yield
            finally:
                if state["endpoint_id"]:
                    with suppress(APIStatusError):
                        await client.webhook_endpoints.delete(state["endpoint_id"])

    app = FastAPI(title="Relay example backend", lifespan=lifespan, docs_url=None, redoc_url=None)

    def relay(request: Request) -> AsyncRelay:
        client: AsyncRelay = request.app.state.relay
        return client

    # -- the proxy: an allow-list of operations, each forwarded through the SDK -------------------

    @app.get("/api/relay/v1/actions")
    async def list_actions(request: Request) -> Response:
        q = request.query_params
        return await _forward(
            lambda: relay(request).with_raw_response.actions.list(
                provider=q.get("provider") or NOT_GIVEN,  # type: ignore[arg-type]  # validated by Relay
                limit=int(q["limit"]) if q.get("limit", "").isdigit() else NOT_GIVEN,
                after=q.get("after") or NOT_GIVEN,
            )
        )

    @app.get("/api/relay/v1/actions/{action_id}")
    async def retrieve_action(action_id: str, request: Request) -> Response:
        return await _forward(lambda: relay(request).with_raw_response.actions.retrieve(action_id))

    @app.post("/api/relay/v1/actions/{action_id}/preview")
    async def preview_action(action_id: str, request: Request) -> Response:
        body = await request.json()
        return await _forward(
            lambda: relay(request).with_raw_response.actions.preview(
                action_id,
                params=body.get("params", {}) if isinstance(body, dict) else {},
                idempotency_key=_idempotency_key(request),
            )
        )

    @app.post("/api/relay/v1/actions/{action_id}/execute")
    async def execute_action(action_id: str, request: Request) -> Response:
        body = await request.json()
        body = body if isinstance(body, dict) else {}
        return await _forward(
            lambda: relay(request).with_raw_response.actions.execute(
                action_id,
                confirm_token=str(body.get("confirm_token", "")),
                params=body.get("params", NOT_GIVEN),
                idempotency_key=_idempotency_key(request),
            )
        )

    @app.get("/api/relay/v1/executions/{execution_id}")
    async def retrieve_execution(execution_id: str, request: Request) -> Response:
        return await _forward(lambda: relay(request).with_raw_response.executions.retrieve(execution_id))

    @app.api_route("/api/relay/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
    async def not_forwarded(rest: str) -> Response:
        return JSONResponse(
            {
                "type": "about:blank",
                "title": "Not forwarded",
                "status": 404,
                "detail": f"This backend does not forward /{rest} to Relay.",
            },
            status_code=404,
            media_type="application/problem+json",
        )

    # -- the webhook receiver ---------------------------------------------------------------------

    @app.post(RECEIVER_PATH)
    async def receive_webhook(request: Request) -> Response:
        payload = await request.body()  # the raw bytes: the signature covers them exactly
        secret = state["secret"]
        if not secret:
            return JSONResponse({"error": "no webhook endpoint registered"}, status_code=503)
        try:
            event = relay(request).webhooks.unwrap(payload, headers=dict(request.headers), secret=secret)
        except WebhookVerificationError as exc:
            return JSONResponse({"error": "invalid webhook", "detail": str(exc)}, status_code=400)
        events.add({"webhook_id": request.headers["webhook-id"], **event.to_dict()})
        return Response(status_code=204)

    @app.get("/api/events")
    async def list_events() -> dict[str, Any]:
        return {"data": events.all(), "webhook_endpoint_id": state["endpoint_id"]}

    @app.get("/api/health")
    async def health() -> dict[str, Any]:
        return {"ok": True, "webhook_endpoint_id": state["endpoint_id"]}

    if static_dir and Path(static_dir, "index.html").is_file():
        app.mount("/", StaticFiles(directory=static_dir, html=True), name="frontend")
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--public-url", help="where Relay can reach this server (default http://HOST:PORT)")
    parser.add_argument("--static", help="the built frontend to serve at / (react-frontend/dist)")
    args = parser.parse_args()
    app = create_app(
        api_key=os.environ.get("RELAY_API_KEY"),
        base_url=os.environ.get("RELAY_BASE_URL"),
        public_url=args.public_url or f"http://{args.host}:{args.port}",
        static_dir=args.static,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
