# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 4d6dffa2280d3b962863c2d29f2beb8bc5a7709bfa36ce1299d0a4586f8c2d55

"""The ``actions`` resource: The action catalog, and the preview → confirm → execute flow."""

from __future__ import annotations

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
from ..types.action import Action
from ..types.execution import Execution
from ..types.preview import Preview

__all__ = [
    "AsyncActions",
    "AsyncActionsWithRawResponse",
    "Actions",
    "ActionsWithRawResponse",
]


def _list_options(
    *,
    provider: Any,
    limit: Any,
    after: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/actions",
        params=merge_query(
            {
                "provider": provider,
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
    action_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        f"/v1/actions/{path_param(action_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_retrieve(response: httpx.Response) -> Action:
    return Action.from_dict(response.json())


def _preview_options(
    action_id: Any,
    *,
    params: Any,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        f"/v1/actions/{path_param(action_id)}/preview",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "params": params,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_preview(response: httpx.Response) -> Preview:
    return Preview.from_dict(response.json())


def _execute_options(
    action_id: Any,
    *,
    confirm_token: Any,
    params: Any,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        f"/v1/actions/{path_param(action_id)}/execute",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "confirm_token": confirm_token,
                "params": params,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_execute(response: httpx.Response) -> Execution:
    return Execution.from_dict(response.json())


class Actions:
    """The action catalog, and the preview → confirm → execute flow."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ActionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return ActionsWithRawResponse(self._client)

    def list(
        self,
        *,
        provider: Union[Literal["independent", "google", "microsoft"], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Action]:
        """List actions

        Lists the action catalog, optionally filtered by provider, in id order.

        Roles: admin, developer, viewer.

        Args:
          provider: Only actions of this provider.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                provider=provider,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Action.from_dict,
        )

    def retrieve(
        self,
        action_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Action:
        """Retrieve an action

        Retrieves one action of the catalog with its `input_schema`, the JSON Schema its `params` must
        satisfy.

        Roles: admin, developer, viewer.

        Args:
          action_id: The action's id.
        """
        return self._client.request(
            _retrieve_options(
                action_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def preview(
        self,
        action_id: str,
        *,
        params: Mapping[str, object],
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Preview:
        """Preview an action

        Validates `params` against the action's `input_schema` and describes what executing it would do:
        a human summary, its effects and warnings. Nothing runs. The response carries a `confirm_token`,
        signed and bound to the workspace, the action and these exact params; it expires after 10 minutes
        and can be used once, by `actions_execute`. Relay keeps the previewed params encrypted until then
        (a `webhook.post` `signing_secret` included).

        Outside dev mode, a `webhook.post` whose `url` is not a public `http(s)` target (a loopback,
        private or other IANA special-purpose address, or a malformed URL) is 422 `validation_failed` at
        `/params/url` here, before any token is issued; the target is checked again when it runs.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          params: The action's parameters, validated against its `input_schema`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _preview_options(
                action_id,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_preview,
        )

    def execute(
        self,
        action_id: str,
        *,
        confirm_token: str,
        params: Union[Mapping[str, object], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Execution:
        """Execute an action

        Executes a previewed action with its `confirm_token`. Send an `Idempotency-Key`: a retry with the
        same key and body returns the original response (`Idempotent-Replayed: true`) and never runs the
        action twice; the same key with another body is `idempotency_key_reused` (422); a retry while the
        first request is still running is `idempotency_in_progress` (409). If the server stopped in the
        middle of that first execution, the execution ends `failed` with the error code `interrupted` and
        the key answers `conflict` (409) naming it: the action may have run, so it never runs again under
        that key. A used token is `confirm_token_used` (409), an expired one `confirm_token_expired` (422),
        a forged one or one bound to other params `confirm_token_invalid` (422). An action that ran and
        failed is a 200 whose execution has `status: failed`.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          confirm_token: The token from `actions_preview`.
          params: Optionally, the params again; when given they must equal the previewed ones.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _execute_options(
                action_id,
                confirm_token=confirm_token,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_execute,
        )


class ActionsWithRawResponse:
    """``actions`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        provider: Union[Literal["independent", "google", "microsoft"], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[SyncPage[Action]]:
        """List actions

        Lists the action catalog, optionally filtered by provider, in id order.

        Roles: admin, developer, viewer.

        Args:
          provider: Only actions of this provider.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page_raw(
            _list_options(
                provider=provider,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Action.from_dict,
        )

    def retrieve(
        self,
        action_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Action]:
        """Retrieve an action

        Retrieves one action of the catalog with its `input_schema`, the JSON Schema its `params` must
        satisfy.

        Roles: admin, developer, viewer.

        Args:
          action_id: The action's id.
        """
        return self._client.request_raw(
            _retrieve_options(
                action_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def preview(
        self,
        action_id: str,
        *,
        params: Mapping[str, object],
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Preview]:
        """Preview an action

        Validates `params` against the action's `input_schema` and describes what executing it would do:
        a human summary, its effects and warnings. Nothing runs. The response carries a `confirm_token`,
        signed and bound to the workspace, the action and these exact params; it expires after 10 minutes
        and can be used once, by `actions_execute`. Relay keeps the previewed params encrypted until then
        (a `webhook.post` `signing_secret` included).

        Outside dev mode, a `webhook.post` whose `url` is not a public `http(s)` target (a loopback,
        private or other IANA special-purpose address, or a malformed URL) is 422 `validation_failed` at
        `/params/url` here, before any token is issued; the target is checked again when it runs.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          params: The action's parameters, validated against its `input_schema`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _preview_options(
                action_id,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_preview,
        )

    def execute(
        self,
        action_id: str,
        *,
        confirm_token: str,
        params: Union[Mapping[str, object], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Execution]:
        """Execute an action

        Executes a previewed action with its `confirm_token`. Send an `Idempotency-Key`: a retry with the
        same key and body returns the original response (`Idempotent-Replayed: true`) and never runs the
        action twice; the same key with another body is `idempotency_key_reused` (422); a retry while the
        first request is still running is `idempotency_in_progress` (409). If the server stopped in the
        middle of that first execution, the execution ends `failed` with the error code `interrupted` and
        the key answers `conflict` (409) naming it: the action may have run, so it never runs again under
        that key. A used token is `confirm_token_used` (409), an expired one `confirm_token_expired` (422),
        a forged one or one bound to other params `confirm_token_invalid` (422). An action that ran and
        failed is a 200 whose execution has `status: failed`.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          confirm_token: The token from `actions_preview`.
          params: Optionally, the params again; when given they must equal the previewed ones.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _execute_options(
                action_id,
                confirm_token=confirm_token,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_execute,
        )


class AsyncActions:
    """The action catalog, and the preview → confirm → execute flow."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncActionsWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncActionsWithRawResponse(self._client)

    def list(
        self,
        *,
        provider: Union[Literal["independent", "google", "microsoft"], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Action]:
        """List actions

        Lists the action catalog, optionally filtered by provider, in id order.

        Roles: admin, developer, viewer.

        Args:
          provider: Only actions of this provider.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return self._client.request_page(
            _list_options(
                provider=provider,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Action.from_dict,
        )

    async def retrieve(
        self,
        action_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Action:
        """Retrieve an action

        Retrieves one action of the catalog with its `input_schema`, the JSON Schema its `params` must
        satisfy.

        Roles: admin, developer, viewer.

        Args:
          action_id: The action's id.
        """
        return await self._client.request(
            _retrieve_options(
                action_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def preview(
        self,
        action_id: str,
        *,
        params: Mapping[str, object],
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Preview:
        """Preview an action

        Validates `params` against the action's `input_schema` and describes what executing it would do:
        a human summary, its effects and warnings. Nothing runs. The response carries a `confirm_token`,
        signed and bound to the workspace, the action and these exact params; it expires after 10 minutes
        and can be used once, by `actions_execute`. Relay keeps the previewed params encrypted until then
        (a `webhook.post` `signing_secret` included).

        Outside dev mode, a `webhook.post` whose `url` is not a public `http(s)` target (a loopback,
        private or other IANA special-purpose address, or a malformed URL) is 422 `validation_failed` at
        `/params/url` here, before any token is issued; the target is checked again when it runs.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          params: The action's parameters, validated against its `input_schema`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _preview_options(
                action_id,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_preview,
        )

    async def execute(
        self,
        action_id: str,
        *,
        confirm_token: str,
        params: Union[Mapping[str, object], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Execution:
        """Execute an action

        Executes a previewed action with its `confirm_token`. Send an `Idempotency-Key`: a retry with the
        same key and body returns the original response (`Idempotent-Replayed: true`) and never runs the
        action twice; the same key with another body is `idempotency_key_reused` (422); a retry while the
        first request is still running is `idempotency_in_progress` (409). If the server stopped in the
        middle of that first execution, the execution ends `failed` with the error code `interrupted` and
        the key answers `conflict` (409) naming it: the action may have run, so it never runs again under
        that key. A used token is `confirm_token_used` (409), an expired one `confirm_token_expired` (422),
        a forged one or one bound to other params `confirm_token_invalid` (422). An action that ran and
        failed is a 200 whose execution has `status: failed`.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          confirm_token: The token from `actions_preview`.
          params: Optionally, the params again; when given they must equal the previewed ones.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _execute_options(
                action_id,
                confirm_token=confirm_token,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_execute,
        )


class AsyncActionsWithRawResponse:
    """``actions`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        provider: Union[Literal["independent", "google", "microsoft"], NotGiven] = NOT_GIVEN,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[Action]]:
        """List actions

        Lists the action catalog, optionally filtered by provider, in id order.

        Roles: admin, developer, viewer.

        Args:
          provider: Only actions of this provider.
          limit: Page size, 1 to 100.
          after: The `next_cursor` of the previous page of the same list. Cursors are opaque and signed by the server: any other value is 422 `invalid_cursor`.
        """
        return await self._client.request_page_raw(
            _list_options(
                provider=provider,
                limit=limit,
                after=after,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Action.from_dict,
        )

    async def retrieve(
        self,
        action_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Action]:
        """Retrieve an action

        Retrieves one action of the catalog with its `input_schema`, the JSON Schema its `params` must
        satisfy.

        Roles: admin, developer, viewer.

        Args:
          action_id: The action's id.
        """
        return await self._client.request_raw(
            _retrieve_options(
                action_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def preview(
        self,
        action_id: str,
        *,
        params: Mapping[str, object],
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Preview]:
        """Preview an action

        Validates `params` against the action's `input_schema` and describes what executing it would do:
        a human summary, its effects and warnings. Nothing runs. The response carries a `confirm_token`,
        signed and bound to the workspace, the action and these exact params; it expires after 10 minutes
        and can be used once, by `actions_execute`. Relay keeps the previewed params encrypted until then
        (a `webhook.post` `signing_secret` included).

        Outside dev mode, a `webhook.post` whose `url` is not a public `http(s)` target (a loopback,
        private or other IANA special-purpose address, or a malformed URL) is 422 `validation_failed` at
        `/params/url` here, before any token is issued; the target is checked again when it runs.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          params: The action's parameters, validated against its `input_schema`.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _preview_options(
                action_id,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_preview,
        )

    async def execute(
        self,
        action_id: str,
        *,
        confirm_token: str,
        params: Union[Mapping[str, object], NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Execution]:
        """Execute an action

        Executes a previewed action with its `confirm_token`. Send an `Idempotency-Key`: a retry with the
        same key and body returns the original response (`Idempotent-Replayed: true`) and never runs the
        action twice; the same key with another body is `idempotency_key_reused` (422); a retry while the
        first request is still running is `idempotency_in_progress` (409). If the server stopped in the
        middle of that first execution, the execution ends `failed` with the error code `interrupted` and
        the key answers `conflict` (409) naming it: the action may have run, so it never runs again under
        that key. A used token is `confirm_token_used` (409), an expired one `confirm_token_expired` (422),
        a forged one or one bound to other params `confirm_token_invalid` (422). An action that ran and
        failed is a 200 whose execution has `status: failed`.

        Roles: admin, developer.

        Args:
          action_id: The action's id.
          confirm_token: The token from `actions_preview`.
          params: Optionally, the params again; when given they must equal the previewed ones.
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _execute_options(
                action_id,
                confirm_token=confirm_token,
                params=params,
                idempotency_key=idempotency_key
                if isinstance(idempotency_key, str)
                else self._client.generate_idempotency_key(),
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_execute,
        )
