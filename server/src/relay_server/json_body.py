"""Request bodies are I-JSON (RFC 7493), or 400: what :func:`parse` accepts.

``json.loads`` alone accepts more than the API can store or answer with, and some of it used to crash
handlers far from the parser: a lone surrogate (``"\\ud800"``) cannot be encoded as UTF-8 again,
``1e400`` becomes ``inf`` (which no JSON can carry back), 1,000 nested arrays exhaust the recursion
limit, and a repeated member name silently keeps the last value (a proxy that kept the first would have
validated something else). Here every such body is refused before anything reads it:

* UTF-8 only, and no lone surrogate in any string or member name;
* every object's member names unique;
* numbers within the range of an IEEE 754 double (I-JSON's interoperable range; larger integers would
  not survive JavaScript clients either), no ``NaN``/``Infinity``;
* at most :data:`MAX_DEPTH` nested arrays and objects.

The common body costs one ``json.loads``: the depth and surrogate walks run only when the raw text
could exceed the depth (more brackets than the limit) or contains a surrogate escape.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

#: arrays and objects nested deeper than this are refused (documented in the spec's conventions)
MAX_DEPTH = 32
#: a double's largest finite value has 309 digits
_MAX_INT_DIGITS = 309
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]", re.ASCII)
_SURROGATE = re.compile("[\ud800-\udfff]")


class NotIJson(ValueError):
    """The body is not valid JSON or not I-JSON; the message says why (it becomes the 400's detail)."""


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                raise NotIJson(f"The request body repeats the member name {json.dumps(name)} in one object.")
            seen.add(name)
    return obj


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise NotIJson("The request body has a number beyond the range of a double.")
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise NotIJson("The request body has a number beyond the range of a double.")
    return value


def _constant(name: str) -> Any:
    raise NotIJson(f"The request body is not valid JSON ({name} is not a JSON value).")


def _too_deep() -> NotIJson:
    return NotIJson(f"The request body nests arrays and objects more than {MAX_DEPTH} deep.")


def _walk(value: Any, *, depth: bool, surrogates: bool) -> None:
    """Checks nesting depth and/or lone surrogates iteratively (no recursion on hostile input)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            if depth and level >= MAX_DEPTH:
                raise _too_deep()
            for key, child in node.items():
                if surrogates and _SURROGATE.search(key):
                    raise _lone_surrogate()
                stack.append((child, level + 1))
        elif isinstance(node, list):
            if depth and level >= MAX_DEPTH:
                raise _too_deep()
            stack.extend((child, level + 1) for child in node)
        elif surrogates and isinstance(node, str) and _SURROGATE.search(node):
            raise _lone_surrogate()


def _lone_surrogate() -> NotIJson:
    return NotIJson("The request body has a string with a lone surrogate (not valid Unicode).")


def parse(raw: bytes) -> Any:
    """The JSON value of ``raw``; :class:`NotIJson` unless it is I-JSON within the limits above."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise NotIJson("The request body is not UTF-8.") from None
    try:
        value = json.loads(
            text, object_pairs_hook=_object, parse_int=_integer, parse_float=_float, parse_constant=_constant
        )
    except RecursionError:
        raise _too_deep() from None
    except NotIJson:
        raise
    except ValueError:
        raise NotIJson("The request body is not valid JSON.") from None
    deep = text.count("[") + text.count("{") > MAX_DEPTH
    surrogates = _SURROGATE_ESCAPE.search(text) is not None
    if deep or surrogates:
        _walk(value, depth=deep, surrogates=surrogates)
    return value
