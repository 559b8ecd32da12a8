# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``api_keys`` resource: Workspace API keys. A key's secret is shown once, when it is created."""

from __future__ import annotations

import datetime
from functools import cached_property
from typing import Any, Literal, Mapping, Optional, Union

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
from ..types.api_key import ApiKey
from ..types.api_key_created import ApiKeyCreated

__all__ = [
    "AsyncApiKeys",
    "AsyncApiKeysWithRawResponse",
    "ApiKeys",
    "ApiKeysWithRawResponse",
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
        "/v1/api-keys",
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


def _create_options(
    *,
    name: Any,
    role: Any,
    expires_at: Any,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        "/v1/api-keys",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "name": name,
                "role": role,
                "expires_at": expires_at,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_create(response: httpx.Response) -> ApiKeyCreated:
    return ApiKeyCreated.from_dict(response.json())


def _retrieve_options(
    key_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        f"/v1/api-keys/{path_param(key_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_retrieve(response: httpx.Response) -> ApiKey:
    return ApiKey.from_dict(response.json())


def _revoke_options(
    key_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "DELETE",
        f"/v1/api-keys/{path_param(key_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_revoke(response: httpx.Response) -> ApiKey:
    return ApiKey.from_dict(response.json())


class ApiKeys:
    """Workspace API keys. A key's secret is shown once, when it is created."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ApiKeysWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return ApiKeysWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[ApiKey]:
        """List API keys

        Lists the workspace's active API keys, newest first. Secrets are never returned.

        Roles: admin.

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
            ApiKey.from_dict,
        )

    def create(
        self,
        *,
        name: str,
        role: Literal["admin", "developer", "viewer"],
        expires_at: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKeyCreated:
        """Create an API key

        Creates an API key with a role and an optional expiry. The response carries the secret
        (`relay_sk_…`) — the only time it is shown; store it safely. Relay stores only its hash. A replay
        of the request (same `Idempotency-Key`) returns the same key only while it is active; once it is
        revoked the replay is 409 `conflict`.

        Roles: admin.

        Args:
          name: A label for the key (one line; no control characters).
          role: An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.
          expires_at: When the key stops working; must be in the future. Omit for never.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _create_options(
                name=name,
                role=role,
                expires_at=expires_at,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_create,
        )

    def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Retrieve an API key

        Retrieves an active API key by id. A revoked key is a 404. The secret is never returned.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return self._client.request(
            _retrieve_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def revoke(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Revoke an API key

        Revokes an API key at once: requests made with it fail with 401 from now on, and the key is no
        longer listed or retrievable. Returns the key as it was revoked.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return self._client.request(
            _revoke_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )


class ApiKeysWithRawResponse:
    """``api_keys`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

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
    ) -> APIResponse[SyncPage[ApiKey]]:
        """List API keys

        Lists the workspace's active API keys, newest first. Secrets are never returned.

        Roles: admin.

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
            ApiKey.from_dict,
        )

    def create(
        self,
        *,
        name: str,
        role: Literal["admin", "developer", "viewer"],
        expires_at: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[ApiKeyCreated]:
        """Create an API key

        Creates an API key with a role and an optional expiry. The response carries the secret
        (`relay_sk_…`) — the only time it is shown; store it safely. Relay stores only its hash. A replay
        of the request (same `Idempotency-Key`) returns the same key only while it is active; once it is
        revoked the replay is 409 `conflict`.

        Roles: admin.

        Args:
          name: A label for the key (one line; no control characters).
          role: An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.
          expires_at: When the key stops working; must be in the future. Omit for never.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _create_options(
                name=name,
                role=role,
                expires_at=expires_at,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_create,
        )

    def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[ApiKey]:
        """Retrieve an API key

        Retrieves an active API key by id. A revoked key is a 404. The secret is never returned.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return self._client.request_raw(
            _retrieve_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def revoke(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[ApiKey]:
        """Revoke an API key

        Revokes an API key at once: requests made with it fail with 401 from now on, and the key is no
        longer listed or retrievable. Returns the key as it was revoked.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return self._client.request_raw(
            _revoke_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )


class AsyncApiKeys:
    """Workspace API keys. A key's secret is shown once, when it is created."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncApiKeysWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncApiKeysWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[ApiKey]:
        """List API keys

        Lists the workspace's active API keys, newest first. Secrets are never returned.

        Roles: admin.

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
            ApiKey.from_dict,
        )

    async def create(
        self,
        *,
        name: str,
        role: Literal["admin", "developer", "viewer"],
        expires_at: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKeyCreated:
        """Create an API key

        Creates an API key with a role and an optional expiry. The response carries the secret
        (`relay_sk_…`) — the only time it is shown; store it safely. Relay stores only its hash. A replay
        of the request (same `Idempotency-Key`) returns the same key only while it is active; once it is
        revoked the replay is 409 `conflict`.

        Roles: admin.

        Args:
          name: A label for the key (one line; no control characters).
          role: An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.
          expires_at: When the key stops working; must be in the future. Omit for never.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _create_options(
                name=name,
                role=role,
                expires_at=expires_at,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_create,
        )

    async def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Retrieve an API key

        Retrieves an active API key by id. A revoked key is a 404. The secret is never returned.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return await self._client.request(
            _retrieve_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def revoke(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> ApiKey:
        """Revoke an API key

        Revokes an API key at once: requests made with it fail with 401 from now on, and the key is no
        longer listed or retrievable. Returns the key as it was revoked.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return await self._client.request(
            _revoke_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )


class AsyncApiKeysWithRawResponse:
    """``api_keys`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

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
    ) -> AsyncAPIResponse[AsyncPage[ApiKey]]:
        """List API keys

        Lists the workspace's active API keys, newest first. Secrets are never returned.

        Roles: admin.

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
            ApiKey.from_dict,
        )

    async def create(
        self,
        *,
        name: str,
        role: Literal["admin", "developer", "viewer"],
        expires_at: Union[Union[str, datetime.datetime], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[ApiKeyCreated]:
        """Create an API key

        Creates an API key with a role and an optional expiry. The response carries the secret
        (`relay_sk_…`) — the only time it is shown; store it safely. Relay stores only its hash. A replay
        of the request (same `Idempotency-Key`) returns the same key only while it is active; once it is
        revoked the replay is 409 `conflict`.

        Roles: admin.

        Args:
          name: A label for the key (one line; no control characters).
          role: An API key role: `viewer` reads; `developer` also previews and executes; `admin` also manages keys, webhook endpoints and connections, and reads the audit log.
          expires_at: When the key stops working; must be in the future. Omit for never.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _create_options(
                name=name,
                role=role,
                expires_at=expires_at,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_create,
        )

    async def retrieve(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[ApiKey]:
        """Retrieve an API key

        Retrieves an active API key by id. A revoked key is a 404. The secret is never returned.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return await self._client.request_raw(
            _retrieve_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def revoke(
        self,
        key_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[ApiKey]:
        """Revoke an API key

        Revokes an API key at once: requests made with it fail with 401 from now on, and the key is no
        longer listed or retrievable. Returns the key as it was revoked.

        Roles: admin.

        Args:
          key_id: The API key's id.
        """
        return await self._client.request_raw(
            _revoke_options(
                key_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_revoke,
        )
