"""pagination.json through the sync and async auto-pagers (respx serves the pages)."""

from __future__ import annotations

from typing import Any, Dict, List

import httpx
import pytest
import respx

from relay_sdk import AsyncRelay, Relay
from relay_sdk._base_client import RequestOptions

from .conftest import BASE_URL, vector_cases


def _serve(mock: respx.MockRouter, case: Dict[str, Any]) -> respx.Route:
    return mock.get("/v1/things").mock(
        side_effect=[httpx.Response(200, json=page) for page in case["pages"]]
    )


def _requests(route: respx.Route) -> List[Dict[str, Any]]:
    out = []
    for call in route.calls:
        params: Dict[str, Any] = dict(call.request.url.params)
        if "limit" in params:
            params["limit"] = int(params["limit"])
        out.append(params)
    return out


def _item_id(item: Any) -> str:
    return str(item["id"])


@pytest.mark.parametrize("case", vector_cases("pagination.json"))
def test_sync_auto_paging(case: Dict[str, Any], client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = _serve(mock, case)
        page = client.request_page(
            RequestOptions("GET", "/v1/things", params=case["params"]), _item_id
        )
        assert list(page) == case["expected_items"]
    assert _requests(route) == case["expected_requests"]


@pytest.mark.parametrize("case", vector_cases("pagination.json"))
async def test_async_auto_paging(case: Dict[str, Any], async_client: AsyncRelay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = _serve(mock, case)
        pager = async_client.request_page(
            RequestOptions("GET", "/v1/things", params=case["params"]), _item_id
        )
        items = [item async for item in pager]
        assert items == case["expected_items"]
    assert _requests(route) == case["expected_requests"]


@pytest.mark.parametrize("case", vector_cases("pagination.json"))
async def test_async_awaited_page_then_iterate(
    case: Dict[str, Any], async_client: AsyncRelay
) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = _serve(mock, case)
        first = await async_client.request_page(
            RequestOptions("GET", "/v1/things", params=case["params"]), _item_id
        )
        assert first.data == [p["id"] for p in case["pages"][0]["data"]]
        assert first.has_more == case["pages"][0]["has_more"]
        items = [item async for item in first]
        assert items == case["expected_items"]
    assert _requests(route) == case["expected_requests"]


@pytest.mark.parametrize("case", vector_cases("pagination.json"))
def test_sync_page_by_page(case: Dict[str, Any], client: Relay) -> None:
    with respx.mock(base_url=BASE_URL) as mock:
        route = _serve(mock, case)
        page = client.request_page(
            RequestOptions("GET", "/v1/things", params=case["params"]), _item_id
        )
        pages = [page]
        while page.has_next_page():
            page = page.get_next_page()
            pages.append(page)
        with pytest.raises(RuntimeError):
            page.get_next_page()
        assert [i for p in pages for i in p.data] == case["expected_items"]
    assert len(pages) == len(case["expected_requests"])
    assert route.call_count == len(case["expected_requests"])
