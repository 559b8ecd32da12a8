# generated from spec/openapi.yaml — do not edit
# relay-codegen 1.0.0 · spec sha256 0dfd9df866a94f9603624198344d2f2e14a1ebba3e7247292b5194e02f082414

"""The ``folders`` resource: Folders, which contain folders."""

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
from ..types.folder import Folder

__all__ = [
    "AsyncFolders",
    "AsyncFoldersWithRawResponse",
    "Folders",
    "FoldersWithRawResponse",
]


def _list_options(
    *,
    limit: Any,
    after: Any,
    colour: Any,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        "/v1/folders",
        params=merge_query(
            {
                "limit": limit,
                "after": after,
                "colour": colour,
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
    colour: Any,
    parent_id: Any,
    class_: Any,
    idempotency_key: str,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    extra_body: Optional[Mapping[str, object]],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "POST",
        "/v1/folders",
        params=merge_query(
            {},
            extra_query,
        ),
        json=merge_body(
            {
                "name": name,
                "colour": colour,
                "parent_id": parent_id,
                "class": class_,
            },
            extra_body,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
        idempotency_key=idempotency_key,
    )


def _parse_create(response: httpx.Response) -> Folder:
    return Folder.from_dict(response.json())


def _retrieve_options(
    folder_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        f"/v1/folders/{path_param(folder_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_retrieve(response: httpx.Response) -> Folder:
    return Folder.from_dict(response.json())


def _delete_options(
    folder_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "DELETE",
        f"/v1/folders/{path_param(folder_id)}",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_delete(response: httpx.Response) -> None:
    return None


def _archive_options(
    folder_id: Any,
    *,
    extra_headers: Optional[Headers],
    extra_query: Optional[Query],
    timeout: Union[Timeout, NotGiven],
    max_retries: Union[int, NotGiven],
) -> RequestOptions:
    return RequestOptions(
        "GET",
        f"/v1/folders/{path_param(folder_id)}/archive",
        params=merge_query(
            {},
            extra_query,
        ),
        headers=extra_headers,
        timeout=timeout,
        max_retries=max_retries,
    )


def _parse_archive(response: httpx.Response) -> bytes:
    return response.content


class Folders:
    """Folders, which contain folders."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> FoldersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return FoldersWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Folder]:
        """List folders

        Lists folders, optionally of one colour.

        Roles: admin, viewer.

        Args:
          limit: Page size.
          after: The `next_cursor` of the previous page.
          colour: Only folders of this colour.
        """
        return self._client.request_page(
            _list_options(
                limit=limit,
                after=after,
                colour=colour,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Folder.from_dict,
        )

    def create(
        self,
        *,
        name: str,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        parent_id: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Folder:
        """Create a folder

        Creates a folder, inside another one when `parent_id` is given.

        Roles: admin.

        Args:
          name: name
          colour: A folder's colour.
          parent_id: parent_id
          class_: class
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request(
            _create_options(
                name=name,
                colour=colour,
                parent_id=parent_id,
                class_=class_,
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
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Folder:
        """Retrieve a folder

        Retrieves a folder with its children, recursively.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return self._client.request(
            _retrieve_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def delete(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a folder

        Deletes a folder and its children.

        Roles: admin.

        Args:
          folder_id: The folder's id.
        """
        return self._client.request(
            _delete_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    def archive(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        """Download a folder as a tarball

        The folder and its children as a gzipped tarball.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return self._client.request(
            _archive_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_archive,
        )


class FoldersWithRawResponse:
    """``folders`` methods returning APIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[SyncPage[Folder]]:
        """List folders

        Lists folders, optionally of one colour.

        Roles: admin, viewer.

        Args:
          limit: Page size.
          after: The `next_cursor` of the previous page.
          colour: Only folders of this colour.
        """
        return self._client.request_page_raw(
            _list_options(
                limit=limit,
                after=after,
                colour=colour,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Folder.from_dict,
        )

    def create(
        self,
        *,
        name: str,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        parent_id: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Folder]:
        """Create a folder

        Creates a folder, inside another one when `parent_id` is given.

        Roles: admin.

        Args:
          name: name
          colour: A folder's colour.
          parent_id: parent_id
          class_: class
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return self._client.request_raw(
            _create_options(
                name=name,
                colour=colour,
                parent_id=parent_id,
                class_=class_,
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
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[Folder]:
        """Retrieve a folder

        Retrieves a folder with its children, recursively.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return self._client.request_raw(
            _retrieve_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    def delete(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[None]:
        """Delete a folder

        Deletes a folder and its children.

        Roles: admin.

        Args:
          folder_id: The folder's id.
        """
        return self._client.request_raw(
            _delete_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    def archive(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> APIResponse[bytes]:
        """Download a folder as a tarball

        The folder and its children as a gzipped tarball.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return self._client.request_raw(
            _archive_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_archive,
        )


class AsyncFolders:
    """Folders, which contain folders."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncFoldersWithRawResponse:
        """The same methods, returning the raw response (status, headers, request_id, ``.parse()``)."""
        return AsyncFoldersWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Folder]:
        """List folders

        Lists folders, optionally of one colour.

        Roles: admin, viewer.

        Args:
          limit: Page size.
          after: The `next_cursor` of the previous page.
          colour: Only folders of this colour.
        """
        return self._client.request_page(
            _list_options(
                limit=limit,
                after=after,
                colour=colour,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Folder.from_dict,
        )

    async def create(
        self,
        *,
        name: str,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        parent_id: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Folder:
        """Create a folder

        Creates a folder, inside another one when `parent_id` is given.

        Roles: admin.

        Args:
          name: name
          colour: A folder's colour.
          parent_id: parent_id
          class_: class
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request(
            _create_options(
                name=name,
                colour=colour,
                parent_id=parent_id,
                class_=class_,
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
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Folder:
        """Retrieve a folder

        Retrieves a folder with its children, recursively.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return await self._client.request(
            _retrieve_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def delete(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Delete a folder

        Deletes a folder and its children.

        Roles: admin.

        Args:
          folder_id: The folder's id.
        """
        return await self._client.request(
            _delete_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    async def archive(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> bytes:
        """Download a folder as a tarball

        The folder and its children as a gzipped tarball.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return await self._client.request(
            _archive_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_archive,
        )


class AsyncFoldersWithRawResponse:
    """``folders`` methods returning AsyncAPIResponse (status, headers, request_id, ``.parse()``)."""

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: Union[int, NotGiven] = NOT_GIVEN,
        after: Union[str, NotGiven] = NOT_GIVEN,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[AsyncPage[Folder]]:
        """List folders

        Lists folders, optionally of one colour.

        Roles: admin, viewer.

        Args:
          limit: Page size.
          after: The `next_cursor` of the previous page.
          colour: Only folders of this colour.
        """
        return await self._client.request_page_raw(
            _list_options(
                limit=limit,
                after=after,
                colour=colour,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            Folder.from_dict,
        )

    async def create(
        self,
        *,
        name: str,
        colour: Union[Literal["red", "green", "blue"], NotGiven] = NOT_GIVEN,
        parent_id: Union[str, NotGiven] = NOT_GIVEN,
        class_: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        extra_body: Optional[Mapping[str, object]] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Folder]:
        """Create a folder

        Creates a folder, inside another one when `parent_id` is given.

        Roles: admin.

        Args:
          name: name
          colour: A folder's colour.
          parent_id: parent_id
          class_: class
          idempotency_key: Sent as `Idempotency-Key`; generated when not given and kept across retries.
        """
        return await self._client.request_raw(
            _create_options(
                name=name,
                colour=colour,
                parent_id=parent_id,
                class_=class_,
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
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[Folder]:
        """Retrieve a folder

        Retrieves a folder with its children, recursively.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return await self._client.request_raw(
            _retrieve_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_retrieve,
        )

    async def delete(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[None]:
        """Delete a folder

        Deletes a folder and its children.

        Roles: admin.

        Args:
          folder_id: The folder's id.
        """
        return await self._client.request_raw(
            _delete_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_delete,
        )

    async def archive(
        self,
        folder_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        extra_query: Optional[Query] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncAPIResponse[bytes]:
        """Download a folder as a tarball

        The folder and its children as a gzipped tarball.

        Roles: admin, viewer.

        Args:
          folder_id: The folder's id.
        """
        return await self._client.request_raw(
            _archive_options(
                folder_id,
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
            ),
            _parse_archive,
        )
