"""``health``: liveness, readiness and Prometheus metrics (unauthenticated)."""

from __future__ import annotations

from starlette.responses import Response

from relay_server import __version__
from relay_server._generated import models
from relay_server.context import Ctx
from relay_server.handlers import handler


@handler("health_check")
async def health_check(ctx: Ctx) -> models.Health:
    return models.Health(status="ok", version=__version__)


@handler("health_ready")
async def health_ready(ctx: Ctx) -> models.Readiness:
    if await ctx.services.db.ping():
        return models.Readiness(status="ready", checks=models.ReadinessChecks(database="ok"))
    ctx.status = 503
    ctx.response_headers["Retry-After"] = "5"
    return models.Readiness(status="not_ready", checks=models.ReadinessChecks(database="error"))


@handler("health_metrics")
async def health_metrics(ctx: Ctx) -> Response:
    return Response(ctx.services.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
