"""Start the reference server (``relay_server.testing.running_server``: a free 127.0.0.1 port, a temporary
database, two workspaces).

The live tests skip, with a reason, only when the ``relay_server`` package is not importable.
"""

from __future__ import annotations

import importlib.util
from typing import Dict, Iterator

import pytest

if importlib.util.find_spec("relay_server") is None:
    pytest.skip(
        "live tests need the reference server: pip install -e server (relay_server not importable)",
        allow_module_level=True,
    )


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dict[str, str]]:
    from relay_server.testing import running_server

    tmp = tmp_path_factory.mktemp("relay-live")
    workspaces = ["sdk-python-live", "sdk-python-other"]
    with running_server(
        workspaces=workspaces, rate_limit=6000, burst=1000, directory=tmp
    ) as server:
        first, second = server.workspaces
        yield {
            "base_url": server.base_url,
            "api_key": first["api_key"],
            "workspace_id": first["workspace_id"],
            "other_api_key": second["api_key"],
        }
