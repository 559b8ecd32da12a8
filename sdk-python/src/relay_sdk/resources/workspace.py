# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``workspace`` resource: The workspace of the calling API key, with its rate-limit policy."""

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
from ..types.workspace import Workspace

__all__ = [
    "AsyncWorkspaceResource",
    "AsyncWorkspaceResourceWithRawResponse",
    "WorkspaceResource",
    "WorkspaceResourceWithRawResponse",
]


def _retrieve_options(
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/workspace",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_retrieve(response: httpx.Response) -> Workspace:
    return Workspace.from_dict(response.json())


class WorkspaceResource:
    """The workspace of the calling API key, with its rate-limit policy."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WorkspaceResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return WorkspaceResourceWithRawResponse(self._client)

    def retrieve(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Workspace:
        """Retrieve the workspace

        Returns the workspace the calling API key belongs to, with its rate-limit policy.

        Roles: admin, developer, viewer.
        """
        return self._client.request(
            _retrieve_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class WorkspaceResourceWithRawResponse:
    """``workspace`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Workspace]:
        """Retrieve the workspace

        Returns the workspace the calling API key belongs to, with its rate-limit policy.

        Roles: admin, developer, viewer.
        """
        return self._client.request_raw(
            _retrieve_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class AsyncWorkspaceResource:
    """The workspace of the calling API key, with its rate-limit policy."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWorkspaceResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncWorkspaceResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Workspace:
        """Retrieve the workspace

        Returns the workspace the calling API key belongs to, with its rate-limit policy.

        Roles: admin, developer, viewer.
        """
        return await self._client.request(
            _retrieve_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class AsyncWorkspaceResourceWithRawResponse:
    """``workspace`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Workspace]:
        """Retrieve the workspace

        Returns the workspace the calling API key belongs to, with its rate-limit policy.

        Roles: admin, developer, viewer.
        """
        return await self._client.request_raw(
            _retrieve_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )
