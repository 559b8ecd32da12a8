# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``health`` resource: Unauthenticated operational endpoints."""

from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

import httpx

from .._base_client import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    merge_query,
)
from .._response import APIResponse, AsyncAPIResponse
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..types.health import Health
from ..types.readiness import Readiness

__all__ = [
    "AsyncHealthResource",
    "AsyncHealthResourceWithRawResponse",
    "HealthResource",
    "HealthResourceWithRawResponse",
]


def _check_options(
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/health",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_check(response: httpx.Response) -> Health:
    return Health.from_dict(response.json())


def _ready_options(
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/ready",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_ready(response: httpx.Response) -> Readiness:
    return Readiness.from_dict(response.json())


def _metrics_options(
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/metrics",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_metrics(response: httpx.Response) -> bytes:
    return response.content


class HealthResource:
    """Unauthenticated operational endpoints."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> HealthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return HealthResourceWithRawResponse(self._client)

    def check(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Health:
        """Liveness

        Answers while the process is alive. Unauthenticated.
        """
        return self._client.request(
            _check_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_check,
        )

    def ready(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Readiness:
        """Readiness

        Answers 200 when the server can serve traffic (its database answers), 503 otherwise.
        Unauthenticated.
        """
        return self._client.request(
            _ready_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_ready,
        )

    def metrics(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        """Prometheus metrics

        Metrics in the Prometheus text exposition format, among them `action_exec_total`,
        `action_latency_seconds` and `action_error_total`, labelled by action and status. Unauthenticated.
        """
        return self._client.request(
            _metrics_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_metrics,
        )


class HealthResourceWithRawResponse:
    """``health`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def check(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Health]:
        """Liveness

        Answers while the process is alive. Unauthenticated.
        """
        return self._client.request_raw(
            _check_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_check,
        )

    def ready(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Readiness]:
        """Readiness

        Answers 200 when the server can serve traffic (its database answers), 503 otherwise.
        Unauthenticated.
        """
        return self._client.request_raw(
            _ready_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_ready,
        )

    def metrics(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """Prometheus metrics

        Metrics in the Prometheus text exposition format, among them `action_exec_total`,
        `action_latency_seconds` and `action_error_total`, labelled by action and status. Unauthenticated.
        """
        return self._client.request_raw(
            _metrics_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_metrics,
        )


class AsyncHealthResource:
    """Unauthenticated operational endpoints."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncHealthResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncHealthResourceWithRawResponse(self._client)

    async def check(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Health:
        """Liveness

        Answers while the process is alive. Unauthenticated.
        """
        return await self._client.request(
            _check_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_check,
        )

    async def ready(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Readiness:
        """Readiness

        Answers 200 when the server can serve traffic (its database answers), 503 otherwise.
        Unauthenticated.
        """
        return await self._client.request(
            _ready_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_ready,
        )

    async def metrics(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        """Prometheus metrics

        Metrics in the Prometheus text exposition format, among them `action_exec_total`,
        `action_latency_seconds` and `action_error_total`, labelled by action and status. Unauthenticated.
        """
        return await self._client.request(
            _metrics_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_metrics,
        )


class AsyncHealthResourceWithRawResponse:
    """``health`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def check(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Health]:
        """Liveness

        Answers while the process is alive. Unauthenticated.
        """
        return await self._client.request_raw(
            _check_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_check,
        )

    async def ready(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Readiness]:
        """Readiness

        Answers 200 when the server can serve traffic (its database answers), 503 otherwise.
        Unauthenticated.
        """
        return await self._client.request_raw(
            _ready_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_ready,
        )

    async def metrics(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[bytes]:
        """Prometheus metrics

        Metrics in the Prometheus text exposition format, among them `action_exec_total`,
        `action_latency_seconds` and `action_error_total`, labelled by action and status. Unauthenticated.
        """
        return await self._client.request_raw(
            _metrics_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_metrics,
        )
