"""The API as this server knows it, all generated from the spec by relay-codegen: the route table
(:data:`OPERATIONS`), the API's types (:mod:`models`) and the spec document it serves.

The server never reads the spec file: a wheel installed anywhere carries all of it.
"""

from __future__ import annotations

import functools
from importlib import resources

from relay_server._generated import models
from relay_server._generated.routes import OPERATIONS, OPERATIONS_BY_ID, OperationSpec, ParamSpec

__all__ = ["OPERATIONS", "OPERATIONS_BY_ID", "OperationSpec", "ParamSpec", "models", "served_spec"]


@functools.cache
def served_spec() -> bytes:
    """The spec, as served at ``/openapi.yaml``: package data generated beside the route table."""
    return resources.files("relay_server._generated").joinpath("openapi.yaml").read_bytes()
