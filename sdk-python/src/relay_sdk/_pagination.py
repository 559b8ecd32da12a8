"""Cursor pagination (pinned by contract-tests/vectors/pagination.json).

``SyncPage`` is one page (``.data``, ``.has_more``, ``.next_cursor``, ``.get_next_page()``) and,
when
iterated, yields every item of this page and the following ones. ``AsyncPaginator`` is what async
list methods return: ``await`` it for the first ``AsyncPage``, or ``async for`` over it directly.
"""

from __future__ import annotations

from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Generic,
    Iterator,
    List,
    Optional,
    TypeVar,
)

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

_T = TypeVar("_T")


class SyncPage(Generic[_T]):
    __slots__ = ("_fetch", "data", "has_more", "next_cursor")

    def __init__(
        self,
        *,
        data: List[_T],
        has_more: bool,
        next_cursor: Optional[str],
        fetch: Optional[Callable[[str], SyncPage[_T]]] = None,
    ) -> None:
        self.data: List[_T] = data
        self.has_more: bool = has_more
        self.next_cursor: Optional[str] = next_cursor
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return bool(self.has_more and self.next_cursor and self._fetch is not None)

    def get_next_page(self) -> SyncPage[_T]:
        """Fetch the following page; raises ``StopIteration``-free ``RuntimeError`` at the end."""
        if not self.has_next_page() or self._fetch is None or self.next_cursor is None:
            raise RuntimeError("No next page: check has_next_page() first.")
        return self._fetch(self.next_cursor)

    def iter_pages(self) -> Iterator[SyncPage[_T]]:
        page: SyncPage[_T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[_T]:
        for page in self.iter_pages():
            yield from page.data

    def __repr__(self) -> str:
        return (
            f"SyncPage(data=<{len(self.data)} items>, has_more={self.has_more!r}, "
            f"next_cursor={self.next_cursor!r})"
        )


class AsyncPage(Generic[_T]):
    __slots__ = ("_fetch", "data", "has_more", "next_cursor")

    def __init__(
        self,
        *,
        data: List[_T],
        has_more: bool,
        next_cursor: Optional[str],
        fetch: Optional[Callable[[str], Awaitable[AsyncPage[_T]]]] = None,
    ) -> None:
        self.data: List[_T] = data
        self.has_more: bool = has_more
        self.next_cursor: Optional[str] = next_cursor
        self._fetch = fetch

    def has_next_page(self) -> bool:
        return bool(self.has_more and self.next_cursor and self._fetch is not None)

    async def get_next_page(self) -> AsyncPage[_T]:
        if not self.has_next_page() or self._fetch is None or self.next_cursor is None:
            raise RuntimeError("No next page: check has_next_page() first.")
        return await self._fetch(self.next_cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[_T]]:
        page: AsyncPage[_T] = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[_T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item

    def __repr__(self) -> str:
        return (
            f"AsyncPage(data=<{len(self.data)} items>, has_more={self.has_more!r}, "
            f"next_cursor={self.next_cursor!r})"
        )


class AsyncPaginator(Generic[_T]):
    """Returned by async list methods: awaitable (first page) and async-iterable (every item)."""

    __slots__ = ("_get_page",)

    def __init__(self, get_page: Callable[[], Awaitable[AsyncPage[_T]]]) -> None:
        self._get_page = get_page

    def __await__(self) -> Generator[Any, None, AsyncPage[_T]]:
        return self._get_page().__await__()

    async def __aiter__(self) -> AsyncIterator[_T]:
        page = await self._get_page()
        async for item in page:
            yield item
