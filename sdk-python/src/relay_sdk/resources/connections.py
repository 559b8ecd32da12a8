# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``connections`` resource: OAuth 2.0 (authorization code + PKCE) connections to Google, Microsoft and GitHub."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal, Mapping, Optional, Sequence, Union

import httpx

from .._base_client import (
    AsyncAPIClient,
    RequestOptions,
    SyncAPIClient,
    merge_body,
    merge_query,
    path_param,
)
from .._pagination import AsyncPage, AsyncPaginator, SyncPage
from .._response import APIResponse, AsyncAPIResponse
from .._types import NOT_GIVEN, Headers, NotGiven, Query, Timeout
from ..types.connection import Connection
from ..types.connection_authorization import ConnectionAuthorization

__all__ = [
    "AsyncConnections",
    "AsyncConnectionsWithRawResponse",
    "Connections",
    "ConnectionsWithRawResponse",
]


def _list_options(
    *,
    limit: Any,
    after: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/connections",
        params=merge_query(
            {
                "limit": limit,
                "after": after,
            },
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _authorize_options(
    *,
    provider: Any,
    redirect_uri: Any,
    scopes: Any,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        "/v1/connections/authorize",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "provider": provider,
                "redirect_uri": redirect_uri,
                "scopes": scopes,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_authorize(response: httpx.Response) -> ConnectionAuthorization:
    return ConnectionAuthorization.from_dict(response.json())


def _complete_options(
    *,
    code: Any,
    state: Any,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        "/v1/connections/complete",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "code": code,
                "state": state,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_complete(response: httpx.Response) -> Connection:
    return Connection.from_dict(response.json())


def _revoke_options(
    connection_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "DELETE",
        f"/v1/connections/{path_param(connection_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_revoke(response: httpx.Response) -> Connection:
    return Connection.from_dict(response.json())


class Connections:
    """OAuth 2.0 (authorization code + PKCE) connections to Google, Microsoft and GitHub."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ConnectionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return ConnectionsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Connection]:
        """List connections

        Lists the workspace's active OAuth connections. Tokens are never returned.

        Roles: admin, developer, viewer.

        Args:
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Connection.from_dict,
        )

    def authorize(
        self,
        *,
        provider: Literal["google", "microsoft", "github"],
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        scopes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ConnectionAuthorization:
        """Start an OAuth connection

        Starts the OAuth 2.0 authorization-code flow with PKCE for a provider. Returns the provider's
        authorization URL (carrying `state` and an S256 `code_challenge`) to send the user to. The `state`
        is single-use and expires after 10 minutes; pass it with the returned `code` to
        `connections_complete`.

        Roles: admin.

        Args:
          provider: provider
          redirect_uri: Where the provider sends the user back; defaults to the server's configured callback.
          scopes: Scopes to request; defaults to what the provider's actions need.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _authorize_options(
                provider=provider,
                redirect_uri=redirect_uri,
                scopes=scopes,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_authorize,
        )

    def complete(
        self,
        *,
        code: str,
        state: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Connection:
        """Complete an OAuth connection

        Completes the flow started by `connections_authorize`: validates the single-use `state`, exchanges
        the `code` (with the PKCE verifier) at the provider's token endpoint, and stores the tokens
        encrypted at rest. A forged, expired or reused `state`, or a code the provider refuses, is
        `validation_failed` (422).

        Roles: admin.

        Args:
          code: The authorization code the provider returned.
          state: The `state` from `connections_authorize`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _complete_options(
                code=code,
                state=state,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_complete,
        )

    def revoke(
        self,
        connection_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Connection:
        """Revoke a connection

        Revokes a connection: calls the provider's revocation endpoint and deletes the stored tokens. The
        connection is no longer listed; actions needing it fail with `connection_required`.

        Roles: admin.

        Args:
          connection_id: The connection's id.
        """
        return self._client.request(
            _revoke_options(
                connection_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )


class ConnectionsWithRawResponse:
    """``connections`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[SyncPage[Connection]]:
        """List connections

        Lists the workspace's active OAuth connections. Tokens are never returned.

        Roles: admin, developer, viewer.

        Args:
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page_raw(
            _list_options(
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Connection.from_dict,
        )

    def authorize(
        self,
        *,
        provider: Literal["google", "microsoft", "github"],
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        scopes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[ConnectionAuthorization]:
        """Start an OAuth connection

        Starts the OAuth 2.0 authorization-code flow with PKCE for a provider. Returns the provider's
        authorization URL (carrying `state` and an S256 `code_challenge`) to send the user to. The `state`
        is single-use and expires after 10 minutes; pass it with the returned `code` to
        `connections_complete`.

        Roles: admin.

        Args:
          provider: provider
          redirect_uri: Where the provider sends the user back; defaults to the server's configured callback.
          scopes: Scopes to request; defaults to what the provider's actions need.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _authorize_options(
                provider=provider,
                redirect_uri=redirect_uri,
                scopes=scopes,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_authorize,
        )

    def complete(
        self,
        *,
        code: str,
        state: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Connection]:
        """Complete an OAuth connection

        Completes the flow started by `connections_authorize`: validates the single-use `state`, exchanges
        the `code` (with the PKCE verifier) at the provider's token endpoint, and stores the tokens
        encrypted at rest. A forged, expired or reused `state`, or a code the provider refuses, is
        `validation_failed` (422).

        Roles: admin.

        Args:
          code: The authorization code the provider returned.
          state: The `state` from `connections_authorize`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _complete_options(
                code=code,
                state=state,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_complete,
        )

    def revoke(
        self,
        connection_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Connection]:
        """Revoke a connection

        Revokes a connection: calls the provider's revocation endpoint and deletes the stored tokens. The
        connection is no longer listed; actions needing it fail with `connection_required`.

        Roles: admin.

        Args:
          connection_id: The connection's id.
        """
        return self._client.request_raw(
            _revoke_options(
                connection_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )


class AsyncConnections:
    """OAuth 2.0 (authorization code + PKCE) connections to Google, Microsoft and GitHub."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncConnectionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncConnectionsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Connection]:
        """List connections

        Lists the workspace's active OAuth connections. Tokens are never returned.

        Roles: admin, developer, viewer.

        Args:
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Connection.from_dict,
        )

    async def authorize(
        self,
        *,
        provider: Literal["google", "microsoft", "github"],
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        scopes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ConnectionAuthorization:
        """Start an OAuth connection

        Starts the OAuth 2.0 authorization-code flow with PKCE for a provider. Returns the provider's
        authorization URL (carrying `state` and an S256 `code_challenge`) to send the user to. The `state`
        is single-use and expires after 10 minutes; pass it with the returned `code` to
        `connections_complete`.

        Roles: admin.

        Args:
          provider: provider
          redirect_uri: Where the provider sends the user back; defaults to the server's configured callback.
          scopes: Scopes to request; defaults to what the provider's actions need.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _authorize_options(
                provider=provider,
                redirect_uri=redirect_uri,
                scopes=scopes,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_authorize,
        )

    async def complete(
        self,
        *,
        code: str,
        state: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Connection:
        """Complete an OAuth connection

        Completes the flow started by `connections_authorize`: validates the single-use `state`, exchanges
        the `code` (with the PKCE verifier) at the provider's token endpoint, and stores the tokens
        encrypted at rest. A forged, expired or reused `state`, or a code the provider refuses, is
        `validation_failed` (422).

        Roles: admin.

        Args:
          code: The authorization code the provider returned.
          state: The `state` from `connections_authorize`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _complete_options(
                code=code,
                state=state,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_complete,
        )

    async def revoke(
        self,
        connection_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Connection:
        """Revoke a connection

        Revokes a connection: calls the provider's revocation endpoint and deletes the stored tokens. The
        connection is no longer listed; actions needing it fail with `connection_required`.

        Roles: admin.

        Args:
          connection_id: The connection's id.
        """
        return await self._client.request(
            _revoke_options(
                connection_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )


class AsyncConnectionsWithRawResponse:
    """``connections`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[Connection]]:
        """List connections

        Lists the workspace's active OAuth connections. Tokens are never returned.

        Roles: admin, developer, viewer.

        Args:
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return await self._client.request_page_raw(
            _list_options(
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Connection.from_dict,
        )

    async def authorize(
        self,
        *,
        provider: Literal["google", "microsoft", "github"],
        redirect_uri: Union[str, NotGiven] = NOT_GIVEN,
        scopes: Union[Sequence[str], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[ConnectionAuthorization]:
        """Start an OAuth connection

        Starts the OAuth 2.0 authorization-code flow with PKCE for a provider. Returns the provider's
        authorization URL (carrying `state` and an S256 `code_challenge`) to send the user to. The `state`
        is single-use and expires after 10 minutes; pass it with the returned `code` to
        `connections_complete`.

        Roles: admin.

        Args:
          provider: provider
          redirect_uri: Where the provider sends the user back; defaults to the server's configured callback.
          scopes: Scopes to request; defaults to what the provider's actions need.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _authorize_options(
                provider=provider,
                redirect_uri=redirect_uri,
                scopes=scopes,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_authorize,
        )

    async def complete(
        self,
        *,
        code: str,
        state: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Connection]:
        """Complete an OAuth connection

        Completes the flow started by `connections_authorize`: validates the single-use `state`, exchanges
        the `code` (with the PKCE verifier) at the provider's token endpoint, and stores the tokens
        encrypted at rest. A forged, expired or reused `state`, or a code the provider refuses, is
        `validation_failed` (422).

        Roles: admin.

        Args:
          code: The authorization code the provider returned.
          state: The `state` from `connections_authorize`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _complete_options(
                code=code,
                state=state,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_complete,
        )

    async def revoke(
        self,
        connection_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Connection]:
        """Revoke a connection

        Revokes a connection: calls the provider's revocation endpoint and deletes the stored tokens. The
        connection is no longer listed; actions needing it fail with `connection_required`.

        Roles: admin.

        Args:
          connection_id: The connection's id.
        """
        return await self._client.request_raw(
            _revoke_options(
                connection_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )
