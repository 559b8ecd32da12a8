from __future__ import annotations

from starlette.responses import Response

from relay_server import __version__
from relay_server.handlers import handler
from relay_server.routing import Ctx


@handler("health_check")
async def health_check(ctx: Ctx) -> Response:
    return ctx.json({"status": "ok", "version": __version__})


@handler("health_ready")
async def health_ready(ctx: Ctx) -> Response:
    if ctx.services.db.ping():
        return ctx.json({"status": "ready", "checks": {"database": "ok"}})
    return ctx.json({"status": "not_ready", "checks": {"database": "error"}}, 503, {"Retry-After": "5"})


@handler("health_metrics")
async def health_metrics(ctx: Ctx) -> Response:
    return Response(ctx.services.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
