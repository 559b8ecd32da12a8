# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``executions`` resource: Records of executed actions."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any, Literal, Optional, Union

import httpx

from .._base_client import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    merge_query,
    path_param,
)
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._response import APIResponse, AsyncAPIResponse
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..types.execution import Execution

__all__ = [
    "AsyncExecutions",
    "AsyncExecutionsWithRawResponse",
    "Executions",
    "ExecutionsWithRawResponse",
]


def _list_options(
    *,
    action_id: Any,
    status: Any,
    created_after: Any,
    created_before: Any,
    limit: Any,
    after: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/executions",
        params=merge_query(
            {
                "action_id": action_id,
                "status": status,
                "created_after": created_after,
                "created_before": created_before,
                "limit": limit,
                "after": after,
            },
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _retrieve_options(
    execution_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        f"/v1/executions/{path_param(execution_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_retrieve(response: httpx.Response) -> Execution:
    return Execution.from_dict(response.json())


class Executions:
    """Records of executed actions."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ExecutionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return ExecutionsWithRawResponse(self._client)

    def list(
        self,
        *,
        action_id: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["pending", "running", "succeeded", "failed"], NotGiven] = NOT_GIVEN,
        created_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        created_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Execution]:
        """List executions

        Lists the workspace's executions, newest first, with optional filters.

        Roles: admin, developer, viewer.

        Args:
          action_id: Only executions of this action.
          status: Only executions in this status.
          created_after: Only executions created at or after this instant (RFC 3339).
          created_before: Only executions created before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                action_id=action_id,
                status=status,
                created_after=created_after,
                created_before=created_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Execution.from_dict,
        )

    def retrieve(
        self,
        execution_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Execution:
        """Retrieve an execution

        Retrieves one execution.

        Roles: admin, developer, viewer.

        Args:
          execution_id: The execution's id.
        """
        return self._client.request(
            _retrieve_options(
                execution_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class ExecutionsWithRawResponse:
    """``executions`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        action_id: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["pending", "running", "succeeded", "failed"], NotGiven] = NOT_GIVEN,
        created_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        created_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[SyncPage[Execution]]:
        """List executions

        Lists the workspace's executions, newest first, with optional filters.

        Roles: admin, developer, viewer.

        Args:
          action_id: Only executions of this action.
          status: Only executions in this status.
          created_after: Only executions created at or after this instant (RFC 3339).
          created_before: Only executions created before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page_raw(
            _list_options(
                action_id=action_id,
                status=status,
                created_after=created_after,
                created_before=created_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Execution.from_dict,
        )

    def retrieve(
        self,
        execution_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Execution]:
        """Retrieve an execution

        Retrieves one execution.

        Roles: admin, developer, viewer.

        Args:
          execution_id: The execution's id.
        """
        return self._client.request_raw(
            _retrieve_options(
                execution_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class AsyncExecutions:
    """Records of executed actions."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncExecutionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncExecutionsWithRawResponse(self._client)

    def list(
        self,
        *,
        action_id: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["pending", "running", "succeeded", "failed"], NotGiven] = NOT_GIVEN,
        created_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        created_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Execution]:
        """List executions

        Lists the workspace's executions, newest first, with optional filters.

        Roles: admin, developer, viewer.

        Args:
          action_id: Only executions of this action.
          status: Only executions in this status.
          created_after: Only executions created at or after this instant (RFC 3339).
          created_before: Only executions created before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                action_id=action_id,
                status=status,
                created_after=created_after,
                created_before=created_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Execution.from_dict,
        )

    async def retrieve(
        self,
        execution_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Execution:
        """Retrieve an execution

        Retrieves one execution.

        Roles: admin, developer, viewer.

        Args:
          execution_id: The execution's id.
        """
        return await self._client.request(
            _retrieve_options(
                execution_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class AsyncExecutionsWithRawResponse:
    """``executions`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        action_id: Union[str, NotGiven] = NOT_GIVEN,
        status: Union[Literal["pending", "running", "succeeded", "failed"], NotGiven] = NOT_GIVEN,
        created_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        created_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[Execution]]:
        """List executions

        Lists the workspace's executions, newest first, with optional filters.

        Roles: admin, developer, viewer.

        Args:
          action_id: Only executions of this action.
          status: Only executions in this status.
          created_after: Only executions created at or after this instant (RFC 3339).
          created_before: Only executions created before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return await self._client.request_page_raw(
            _list_options(
                action_id=action_id,
                status=status,
                created_after=created_after,
                created_before=created_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Execution.from_dict,
        )

    async def retrieve(
        self,
        execution_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Execution]:
        """Retrieve an execution

        Retrieves one execution.

        Roles: admin, developer, viewer.

        Args:
          execution_id: The execution's id.
        """
        return await self._client.request_raw(
            _retrieve_options(
                execution_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )
