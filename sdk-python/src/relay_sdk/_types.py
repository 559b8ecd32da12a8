"""Small shared types: the NOT_GIVEN sentinel and aliases used in signatures."""

from __future__ import annotations

from typing import Any, Dict, Literal, Mapping, Optional, TypeVar, Union, final

import httpx

__all__ = [
    "NOT_GIVEN",
    "UNSET",
    "Headers",
    "NotGiven",
    "Query",
    "Timeout",
    "Unset",
]

_T = TypeVar("_T")


@final
class NotGiven:
    """Marks an argument the caller did not pass (distinct from an explicit ``None``).

    ``timeout=None`` means "no timeout", while ``timeout=NOT_GIVEN`` means "use the client default".
    """

    __slots__ = ()

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Timeout = Union[float, httpx.Timeout, None]
Headers = Mapping[str, Union[str, None]]
Query = Mapping[str, object]
JSONDict = Dict[str, Any]
OptionalStr = Optional[str]

# The names openapi-python-client's models use for "field absent": the same sentinel as NOT_GIVEN.
Unset = NotGiven
UNSET = NOT_GIVEN
