# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``usage`` resource: Executions per action per day."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any, Optional, Union

import httpx

from .._base_client import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    merge_query,
)
from .._response import APIResponse, AsyncAPIResponse
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..types.usage import Usage

__all__ = [
    "AsyncUsageResource",
    "AsyncUsageResourceWithRawResponse",
    "UsageResource",
    "UsageResourceWithRawResponse",
]


def _retrieve_options(
    *,
    start_date: Any,
    end_date: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/usage",
        params=merge_query(
            {
                "start_date": start_date,
                "end_date": end_date,
            },
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_retrieve(response: httpx.Response) -> Usage:
    return Usage.from_dict(response.json())


class UsageResource:
    """Executions per action per day."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> UsageResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return UsageResourceWithRawResponse(self._client)

    def retrieve(
        self,
        *,
        start_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        end_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Usage:
        """Retrieve usage

        Counts executions per action per day (UTC) over a date range. Without dates, the last 30 days up
        to today; with only `start_date`, 30 days from it (not past today); with only `end_date`, the 30
        days ending on it. The range counted is at most 366 days: a longer one is shortened to the 366
        days ending on `end_date`. A `start_date` after `end_date` is an empty range: no rows, both dates
        echoed. The response's `start_date` and `end_date` are the range actually counted.

        Roles: admin, developer, viewer.

        Args:
          start_date: First day of the range (inclusive, UTC); at most 365 days before `end_date` are counted.
          end_date: Last day of the range (inclusive, UTC).
        """
        return self._client.request(
            _retrieve_options(
                start_date=start_date,
                end_date=end_date,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class UsageResourceWithRawResponse:
    """``usage`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        *,
        start_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        end_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Usage]:
        """Retrieve usage

        Counts executions per action per day (UTC) over a date range. Without dates, the last 30 days up
        to today; with only `start_date`, 30 days from it (not past today); with only `end_date`, the 30
        days ending on it. The range counted is at most 366 days: a longer one is shortened to the 366
        days ending on `end_date`. A `start_date` after `end_date` is an empty range: no rows, both dates
        echoed. The response's `start_date` and `end_date` are the range actually counted.

        Roles: admin, developer, viewer.

        Args:
          start_date: First day of the range (inclusive, UTC); at most 365 days before `end_date` are counted.
          end_date: Last day of the range (inclusive, UTC).
        """
        return self._client.request_raw(
            _retrieve_options(
                start_date=start_date,
                end_date=end_date,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class AsyncUsageResource:
    """Executions per action per day."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncUsageResourceWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncUsageResourceWithRawResponse(self._client)

    async def retrieve(
        self,
        *,
        start_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        end_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Usage:
        """Retrieve usage

        Counts executions per action per day (UTC) over a date range. Without dates, the last 30 days up
        to today; with only `start_date`, 30 days from it (not past today); with only `end_date`, the 30
        days ending on it. The range counted is at most 366 days: a longer one is shortened to the 366
        days ending on `end_date`. A `start_date` after `end_date` is an empty range: no rows, both dates
        echoed. The response's `start_date` and `end_date` are the range actually counted.

        Roles: admin, developer, viewer.

        Args:
          start_date: First day of the range (inclusive, UTC); at most 365 days before `end_date` are counted.
          end_date: Last day of the range (inclusive, UTC).
        """
        return await self._client.request(
            _retrieve_options(
                start_date=start_date,
                end_date=end_date,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )


class AsyncUsageResourceWithRawResponse:
    """``usage`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        *,
        start_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        end_date: Union[Union[str, datetime.date], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Usage]:
        """Retrieve usage

        Counts executions per action per day (UTC) over a date range. Without dates, the last 30 days up
        to today; with only `start_date`, 30 days from it (not past today); with only `end_date`, the 30
        days ending on it. The range counted is at most 366 days: a longer one is shortened to the 366
        days ending on `end_date`. A `start_date` after `end_date` is an empty range: no rows, both dates
        echoed. The response's `start_date` and `end_date` are the range actually counted.

        Roles: admin, developer, viewer.

        Args:
          start_date: First day of the range (inclusive, UTC); at most 365 days before `end_date` are counted.
          end_date: Last day of the range (inclusive, UTC).
        """
        return await self._client.request_raw(
            _retrieve_options(
                start_date=start_date,
                end_date=end_date,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )
