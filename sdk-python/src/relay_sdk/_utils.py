"""Helpers shared by the runtime and generated code: header lookup, Python 3.9 date parsing."""

from __future__ import annotations

import datetime
from typing import Mapping, Optional, Union

import httpx

__all__ = ["HeadersLike", "get_header", "parse_date", "parse_datetime"]

# Response headers (retry decisions) and webhook request headers (verification) arrive either as
# httpx.Headers or as a plain mapping from a web framework.
HeadersLike = Union[httpx.Headers, Mapping[str, str]]


def get_header(headers: HeadersLike, name: str) -> Optional[str]:
    """The value of header ``name`` (given in lower case), matched case-insensitively."""
    if isinstance(headers, httpx.Headers):
        value: Optional[str] = headers.get(name)
        return value
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def parse_datetime(value: str) -> datetime.datetime:
    """RFC 3339 date-time → aware datetime (``fromisoformat`` before 3.11 rejects ``Z``)."""
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    return datetime.datetime.fromisoformat(value)


def parse_date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)
