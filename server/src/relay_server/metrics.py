"""Prometheus metrics (one registry per app, so several apps can live in one process)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics, generate_latest

disable_created_metrics()  # type: ignore[no-untyped-call]  # no `*_created` gauges: the spec's metrics are the counters and the histogram


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.exec_total = Counter(
            "action_exec", "Executions by action and status.", ["action", "status"], registry=self.registry
        )
        self.latency = Histogram(
            "action_latency_seconds",
            "Execution latency by action and status.",
            ["action", "status"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
        )
        self.errors = Counter(
            "action_error",
            "Failed executions by action and status.",
            ["action", "status"],
            registry=self.registry,
        )
        self.requests = Counter(
            "relay_http_requests",
            "HTTP requests by operation and status.",
            ["operation", "status"],
            registry=self.registry,
        )
        self.sweeps = Counter(
            "relay_sweeps",
            "Background sweeps this process ran (each runs once per interval over every process).",
            ["sweep"],
            registry=self.registry,
        )
        self.chat_streams = Counter(
            "relay_chat_streams",
            "Chat SSE streams by outcome: completed, or cancelled when the client disconnected early.",
            ["outcome"],
            registry=self.registry,
        )

    def observe_execution(self, action: str, status: str, seconds: float) -> None:
        self.exec_total.labels(action=action, status=status).inc()
        self.latency.labels(action=action, status=status).observe(seconds)
        if status != "succeeded":
            self.errors.labels(action=action, status=status).inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
