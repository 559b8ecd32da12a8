"""Helpers used by generated code (date parsing that works on Python 3.9)."""

from __future__ import annotations

import datetime

__all__ = ["parse_date", "parse_datetime"]


def parse_datetime(value: str) -> datetime.datetime:
    """RFC 3339 date-time → aware datetime (``fromisoformat`` before 3.11 rejects ``Z``)."""
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    return datetime.datetime.fromisoformat(value)


def parse_date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)
