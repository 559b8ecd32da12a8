# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``audit_events`` resource: The workspace's audit log, with secrets redacted."""

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
)
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._response import APIResponse, AsyncAPIResponse
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..types.audit_event import AuditEvent

__all__ = [
    "AsyncAuditEvents",
    "AsyncAuditEventsWithRawResponse",
    "AuditEvents",
    "AuditEventsWithRawResponse",
]


def _list_options(
    *,
    actor: Any,
    action: Any,
    occurred_after: Any,
    occurred_before: Any,
    limit: Any,
    after: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/audit-events",
        params=merge_query(
            {
                "actor": actor,
                "action": action,
                "occurred_after": occurred_after,
                "occurred_before": occurred_before,
                "limit": limit,
                "after": after,
            },
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _export_options(
    *,
    format: Any,
    actor: Any,
    action: Any,
    occurred_after: Any,
    occurred_before: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/audit-events/export",
        params=merge_query(
            {
                "format": format,
                "actor": actor,
                "action": action,
                "occurred_after": occurred_after,
                "occurred_before": occurred_before,
            },
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_export(response: httpx.Response) -> bytes:
    return response.content


class AuditEvents:
    """The workspace's audit log, with secrets redacted."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AuditEventsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AuditEventsWithRawResponse(self._client)

    def list(
        self,
        *,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[AuditEvent]:
        """List audit events

        Lists the workspace's audit events, newest first. Every mutating call is recorded with its actor,
        action, target, outcome and request id; secrets are redacted.

        Roles: admin.

        Args:
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            AuditEvent.from_dict,
        )

    def export(
        self,
        *,
        format: Union[Literal["csv", "ndjson"], NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        """Export audit events

        Streams every audit event matching the filters, oldest first, as CSV (with a header row) or as
        NDJSON (one JSON `AuditEvent` per line). The export is streamed in constant memory, so it suits
        very large logs.

        Roles: admin.

        Args:
          format: The export format.
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
        """
        return self._client.request(
            _export_options(
                format=format,
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_export,
        )


class AuditEventsWithRawResponse:
    """``audit_events`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[SyncPage[AuditEvent]]:
        """List audit events

        Lists the workspace's audit events, newest first. Every mutating call is recorded with its actor,
        action, target, outcome and request id; secrets are redacted.

        Roles: admin.

        Args:
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page_raw(
            _list_options(
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            AuditEvent.from_dict,
        )

    def export(
        self,
        *,
        format: Union[Literal["csv", "ndjson"], NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """Export audit events

        Streams every audit event matching the filters, oldest first, as CSV (with a header row) or as
        NDJSON (one JSON `AuditEvent` per line). The export is streamed in constant memory, so it suits
        very large logs.

        Roles: admin.

        Args:
          format: The export format.
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
        """
        return self._client.request_raw(
            _export_options(
                format=format,
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_export,
        )


class AsyncAuditEvents:
    """The workspace's audit log, with secrets redacted."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncAuditEventsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncAuditEventsWithRawResponse(self._client)

    def list(
        self,
        *,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[AuditEvent]:
        """List audit events

        Lists the workspace's audit events, newest first. Every mutating call is recorded with its actor,
        action, target, outcome and request id; secrets are redacted.

        Roles: admin.

        Args:
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            AuditEvent.from_dict,
        )

    async def export(
        self,
        *,
        format: Union[Literal["csv", "ndjson"], NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        """Export audit events

        Streams every audit event matching the filters, oldest first, as CSV (with a header row) or as
        NDJSON (one JSON `AuditEvent` per line). The export is streamed in constant memory, so it suits
        very large logs.

        Roles: admin.

        Args:
          format: The export format.
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
        """
        return await self._client.request(
            _export_options(
                format=format,
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_export,
        )


class AsyncAuditEventsWithRawResponse:
    """``audit_events`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[AuditEvent]]:
        """List audit events

        Lists the workspace's audit events, newest first. Every mutating call is recorded with its actor,
        action, target, outcome and request id; secrets are redacted.

        Roles: admin.

        Args:
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return await self._client.request_page_raw(
            _list_options(
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            AuditEvent.from_dict,
        )

    async def export(
        self,
        *,
        format: Union[Literal["csv", "ndjson"], NotGiven] = NOT_GIVEN,
        actor: Union[str, NotGiven] = NOT_GIVEN,
        action: Union[str, NotGiven] = NOT_GIVEN,
        occurred_after: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        occurred_before: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[bytes]:
        """Export audit events

        Streams every audit event matching the filters, oldest first, as CSV (with a header row) or as
        NDJSON (one JSON `AuditEvent` per line). The export is streamed in constant memory, so it suits
        very large logs.

        Roles: admin.

        Args:
          format: The export format.
          actor: Only events whose actor is this API key.
          action: Only events of this action, `<resource>.<method>` (for example `api_keys.create`).
          occurred_after: Only events at or after this instant (RFC 3339).
          occurred_before: Only events before this instant (RFC 3339).
        """
        return await self._client.request_raw(
            _export_options(
                format=format,
                actor=actor,
                action=action,
                occurred_after=occurred_after,
                occurred_before=occurred_before,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_export,
        )
