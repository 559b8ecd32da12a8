# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``webhook_endpoints`` resource: Endpoints that receive signed webhook events (Standard Webhooks), and their deliveries."""

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
from ..types.deleted_object import DeletedObject
from ..types.webhook_delivery import WebhookDelivery
from ..types.webhook_endpoint import WebhookEndpoint
from ..types.webhook_endpoint_created import WebhookEndpointCreated

__all__ = [
    "AsyncWebhookEndpoints",
    "AsyncWebhookEndpointsWithRawResponse",
    "WebhookEndpoints",
    "WebhookEndpointsWithRawResponse",
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
        "/v1/webhook-endpoints",
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
    url: Any,
    events: Any,
    description: Any,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        "/v1/webhook-endpoints",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "url": url,
                "events": events,
                "description": description,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_create(response: httpx.Response) -> WebhookEndpointCreated:
    return WebhookEndpointCreated.from_dict(response.json())


def _retrieve_options(
    endpoint_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        f"/v1/webhook-endpoints/{path_param(endpoint_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_retrieve(response: httpx.Response) -> WebhookEndpoint:
    return WebhookEndpoint.from_dict(response.json())


def _delete_options(
    endpoint_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "DELETE",
        f"/v1/webhook-endpoints/{path_param(endpoint_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_delete(response: httpx.Response) -> DeletedObject:
    return DeletedObject.from_dict(response.json())


def _test_options(
    endpoint_id: Any,
    *,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        f"/v1/webhook-endpoints/{path_param(endpoint_id)}/test",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_test(response: httpx.Response) -> WebhookDelivery:
    return WebhookDelivery.from_dict(response.json())


def _list_deliveries_options(
    endpoint_id: Any,
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
        f"/v1/webhook-endpoints/{path_param(endpoint_id)}/deliveries",
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


class WebhookEndpoints:
    """Endpoints that receive signed webhook events (Standard Webhooks), and their deliveries."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhookEndpointsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return WebhookEndpointsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[WebhookEndpoint]:
        """List webhook endpoints

        Lists the workspace's webhook endpoints, newest first. Secrets are never returned.

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
            WebhookEndpoint.from_dict,
        )

    def create(
        self,
        *,
        url: str,
        events: Sequence[Literal["execution.succeeded", "execution.failed"]],
        description: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebhookEndpointCreated:
        """Create a webhook endpoint

        Subscribes a URL to events. The response carries the endpoint's signing secret (`whsec_…`) — the
        only time it is shown; Relay keeps it encrypted. Deliveries are signed per the Standard Webhooks
        specification.

        Outside dev mode the URL must be `https` and reach a public address: a URL whose host is (or
        resolves to) a loopback, private, link-local or any other IANA special-purpose address (including
        6to4, Teredo, and NAT64 embedding a non-public IPv4 address) is 422 `validation_failed` at
        `/url`, as is a malformed URL. The check is repeated before every delivery.

        Roles: admin.

        Args:
          url: An `https` URL of a public host (`http` and non-public hosts are accepted by a server in dev mode only).
          events: events
          description: description
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _create_options(
                url=url,
                events=events,
                description=description,
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
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebhookEndpoint:
        """Retrieve a webhook endpoint

        Retrieves one webhook endpoint. The secret is never returned.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return self._client.request(
            _retrieve_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def delete(
        self,
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DeletedObject:
        """Delete a webhook endpoint

        Deletes a webhook endpoint; its pending deliveries are cancelled.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return self._client.request(
            _delete_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    def test(
        self,
        endpoint_id: str,
        *,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebhookDelivery:
        """Send a test event

        Queues a signed `ping` event to the endpoint and returns its delivery, which the delivery worker
        attempts at once and retries like any other.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _test_options(
                endpoint_id,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_test,
        )

    def list_deliveries(
        self,
        endpoint_id: str,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[WebhookDelivery]:
        """List an endpoint's deliveries

        Lists the deliveries to one endpoint, newest first, with their attempts and next attempt.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_deliveries_options(
                endpoint_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            WebhookDelivery.from_dict,
        )


class WebhookEndpointsWithRawResponse:
    """``webhook_endpoints`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

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
    ) -> APIResponse[SyncPage[WebhookEndpoint]]:
        """List webhook endpoints

        Lists the workspace's webhook endpoints, newest first. Secrets are never returned.

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
            WebhookEndpoint.from_dict,
        )

    def create(
        self,
        *,
        url: str,
        events: Sequence[Literal["execution.succeeded", "execution.failed"]],
        description: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[WebhookEndpointCreated]:
        """Create a webhook endpoint

        Subscribes a URL to events. The response carries the endpoint's signing secret (`whsec_…`) — the
        only time it is shown; Relay keeps it encrypted. Deliveries are signed per the Standard Webhooks
        specification.

        Outside dev mode the URL must be `https` and reach a public address: a URL whose host is (or
        resolves to) a loopback, private, link-local or any other IANA special-purpose address (including
        6to4, Teredo, and NAT64 embedding a non-public IPv4 address) is 422 `validation_failed` at
        `/url`, as is a malformed URL. The check is repeated before every delivery.

        Roles: admin.

        Args:
          url: An `https` URL of a public host (`http` and non-public hosts are accepted by a server in dev mode only).
          events: events
          description: description
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _create_options(
                url=url,
                events=events,
                description=description,
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
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[WebhookEndpoint]:
        """Retrieve a webhook endpoint

        Retrieves one webhook endpoint. The secret is never returned.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return self._client.request_raw(
            _retrieve_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def delete(
        self,
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[DeletedObject]:
        """Delete a webhook endpoint

        Deletes a webhook endpoint; its pending deliveries are cancelled.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return self._client.request_raw(
            _delete_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    def test(
        self,
        endpoint_id: str,
        *,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[WebhookDelivery]:
        """Send a test event

        Queues a signed `ping` event to the endpoint and returns its delivery, which the delivery worker
        attempts at once and retries like any other.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _test_options(
                endpoint_id,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_test,
        )

    def list_deliveries(
        self,
        endpoint_id: str,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[SyncPage[WebhookDelivery]]:
        """List an endpoint's deliveries

        Lists the deliveries to one endpoint, newest first, with their attempts and next attempt.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page_raw(
            _list_deliveries_options(
                endpoint_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            WebhookDelivery.from_dict,
        )


class AsyncWebhookEndpoints:
    """Endpoints that receive signed webhook events (Standard Webhooks), and their deliveries."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhookEndpointsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncWebhookEndpointsWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[WebhookEndpoint]:
        """List webhook endpoints

        Lists the workspace's webhook endpoints, newest first. Secrets are never returned.

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
            WebhookEndpoint.from_dict,
        )

    async def create(
        self,
        *,
        url: str,
        events: Sequence[Literal["execution.succeeded", "execution.failed"]],
        description: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebhookEndpointCreated:
        """Create a webhook endpoint

        Subscribes a URL to events. The response carries the endpoint's signing secret (`whsec_…`) — the
        only time it is shown; Relay keeps it encrypted. Deliveries are signed per the Standard Webhooks
        specification.

        Outside dev mode the URL must be `https` and reach a public address: a URL whose host is (or
        resolves to) a loopback, private, link-local or any other IANA special-purpose address (including
        6to4, Teredo, and NAT64 embedding a non-public IPv4 address) is 422 `validation_failed` at
        `/url`, as is a malformed URL. The check is repeated before every delivery.

        Roles: admin.

        Args:
          url: An `https` URL of a public host (`http` and non-public hosts are accepted by a server in dev mode only).
          events: events
          description: description
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _create_options(
                url=url,
                events=events,
                description=description,
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
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebhookEndpoint:
        """Retrieve a webhook endpoint

        Retrieves one webhook endpoint. The secret is never returned.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return await self._client.request(
            _retrieve_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def delete(
        self,
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> DeletedObject:
        """Delete a webhook endpoint

        Deletes a webhook endpoint; its pending deliveries are cancelled.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return await self._client.request(
            _delete_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    async def test(
        self,
        endpoint_id: str,
        *,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> WebhookDelivery:
        """Send a test event

        Queues a signed `ping` event to the endpoint and returns its delivery, which the delivery worker
        attempts at once and retries like any other.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _test_options(
                endpoint_id,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_test,
        )

    def list_deliveries(
        self,
        endpoint_id: str,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[WebhookDelivery]:
        """List an endpoint's deliveries

        Lists the deliveries to one endpoint, newest first, with their attempts and next attempt.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_deliveries_options(
                endpoint_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            WebhookDelivery.from_dict,
        )


class AsyncWebhookEndpointsWithRawResponse:
    """``webhook_endpoints`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

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
    ) -> AsyncAPIResponse[AsyncPage[WebhookEndpoint]]:
        """List webhook endpoints

        Lists the workspace's webhook endpoints, newest first. Secrets are never returned.

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
            WebhookEndpoint.from_dict,
        )

    async def create(
        self,
        *,
        url: str,
        events: Sequence[Literal["execution.succeeded", "execution.failed"]],
        description: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[WebhookEndpointCreated]:
        """Create a webhook endpoint

        Subscribes a URL to events. The response carries the endpoint's signing secret (`whsec_…`) — the
        only time it is shown; Relay keeps it encrypted. Deliveries are signed per the Standard Webhooks
        specification.

        Outside dev mode the URL must be `https` and reach a public address: a URL whose host is (or
        resolves to) a loopback, private, link-local or any other IANA special-purpose address (including
        6to4, Teredo, and NAT64 embedding a non-public IPv4 address) is 422 `validation_failed` at
        `/url`, as is a malformed URL. The check is repeated before every delivery.

        Roles: admin.

        Args:
          url: An `https` URL of a public host (`http` and non-public hosts are accepted by a server in dev mode only).
          events: events
          description: description
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _create_options(
                url=url,
                events=events,
                description=description,
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
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[WebhookEndpoint]:
        """Retrieve a webhook endpoint

        Retrieves one webhook endpoint. The secret is never returned.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return await self._client.request_raw(
            _retrieve_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def delete(
        self,
        endpoint_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[DeletedObject]:
        """Delete a webhook endpoint

        Deletes a webhook endpoint; its pending deliveries are cancelled.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
        """
        return await self._client.request_raw(
            _delete_options(
                endpoint_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    async def test(
        self,
        endpoint_id: str,
        *,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[WebhookDelivery]:
        """Send a test event

        Queues a signed `ping` event to the endpoint and returns its delivery, which the delivery worker
        attempts at once and retries like any other.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _test_options(
                endpoint_id,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_test,
        )

    async def list_deliveries(
        self,
        endpoint_id: str,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[WebhookDelivery]]:
        """List an endpoint's deliveries

        Lists the deliveries to one endpoint, newest first, with their attempts and next attempt.

        Roles: admin.

        Args:
          endpoint_id: The webhook endpoint's id.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return await self._client.request_page_raw(
            _list_deliveries_options(
                endpoint_id,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            WebhookDelivery.from_dict,
        )
