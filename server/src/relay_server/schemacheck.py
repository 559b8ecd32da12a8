"""Exact validity predicates for the JSON Schema subset the API's schemas use, compiled to plain Python.

jsonschema walks a schema through generic machinery on every call, which made request validation one of
the largest costs of a request. ``compile_predicate`` turns a schema into nested closures that answer
"is this instance valid?" with jsonschema's Draft 2020-12 semantics (same type rules, ``re.search`` for
``pattern``, code-point lengths, the same format checker). A schema using any keyword outside the subset
compiles to ``None`` and the caller keeps using jsonschema alone. A ``False`` answer is followed by a
jsonschema run to produce the messages, so only the ``True`` answers need to be exact; the property test
in ``tests/test_schemacheck.py`` holds both directions against jsonschema anyway.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import FormatChecker
from jsonschema._utils import (
    uniq,  # the validator's own equality rules (True is not 1), exact by construction
)

Predicate = Callable[[Any], bool]

# Keywords jsonschema ignores for validation (annotations, OpenAPI and vendor extensions).
_IGNORED = frozenset(
    {
        "$schema",
        "$comment",
        "$id",
        "title",
        "description",
        "default",
        "examples",
        "example",
        "deprecated",
        "readOnly",
        "writeOnly",
        "discriminator",
        "nullable",
        "externalDocs",
        "xml",
        "contentMediaType",
        "contentEncoding",
    }
)
_SUPPORTED = frozenset(
    {
        "type",
        "enum",
        "const",
        "properties",
        "required",
        "additionalProperties",
        "minLength",
        "maxLength",
        "pattern",
        "format",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "items",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
        "propertyNames",
        "oneOf",
        "anyOf",
        "allOf",
    }
)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def _is_integer(v: Any) -> bool:
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or (isinstance(v, float) and v.is_integer())


_TYPES: dict[str, Predicate] = {
    "string": lambda v: isinstance(v, str),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": _is_number,
    "integer": _is_integer,
}


class _Unsupported(Exception):
    pass


@functools.lru_cache(maxsize=512)
def ecma_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with the ECMA-262 meaning of ``$`` that JSON Schema specifies: the end of the
    input only. Python's ``$`` also matches before a final newline, so ``^[^\\n]+$`` would accept
    ``"abc\\n"``; outside character classes an unescaped ``$`` becomes ``\\Z``."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "$":
            ch = r"\Z"
        out.append(ch)
        i += 1
    return re.compile("".join(out))


def ecma_search(pattern: str, text: str) -> bool:
    """JSON Schema's ``pattern``: does ``pattern`` (ECMA-262 semantics of ``$``) match somewhere in ``text``."""
    return ecma_regex(pattern).search(text) is not None


def compile_predicate(schema: Any, format_checker: FormatChecker) -> Predicate | None:
    """The schema's exact validity predicate, or ``None`` when it uses keywords outside the subset."""
    try:
        return _compile(schema, format_checker)
    except _Unsupported:
        return None


def _always(_: Any) -> bool:
    return True


def _never(_: Any) -> bool:
    return False


def _compile(schema: Any, fc: FormatChecker) -> Predicate:
    if schema is True:
        return _always
    if schema is False:
        return _never
    if not isinstance(schema, Mapping):
        raise _Unsupported
    unknown = [k for k in schema if k not in _SUPPORTED and k not in _IGNORED and not k.startswith("x-")]
    if unknown:
        raise _Unsupported
    checks: list[Predicate] = []
    if "type" in schema:
        checks.append(_type_check(schema["type"]))
    if "enum" in schema or "const" in schema:
        checks.append(_enum_check(schema))
    checks.extend(_string_checks(schema, fc))
    checks.extend(_number_checks(schema))
    checks.extend(_array_checks(schema, fc))
    checks.extend(_object_checks(schema, fc))
    checks.extend(_combinator_checks(schema, fc))
    if not checks:
        return _always
    if len(checks) == 1:
        return checks[0]
    return lambda v: all(check(v) for check in checks)


def _type_check(types: Any) -> Predicate:
    names = [types] if isinstance(types, str) else list(types) if isinstance(types, list) else None
    if not names or any(n not in _TYPES for n in names):
        raise _Unsupported
    if len(names) == 1:
        return _TYPES[names[0]]
    preds = [_TYPES[n] for n in names]
    return lambda v: any(p(v) for p in preds)


def _enum_check(schema: Mapping[str, Any]) -> Predicate:
    values = list(schema["enum"]) if "enum" in schema else [schema["const"]]
    if "enum" in schema and "const" in schema:
        raise _Unsupported
    # jsonschema's equality keeps True apart from 1; restricting to strings and null keeps `in` exact
    if not all(isinstance(x, str) or x is None for x in values):
        raise _Unsupported
    strings = frozenset(x for x in values if isinstance(x, str))
    allow_null = None in values
    return lambda v: (isinstance(v, str) and v in strings) or (allow_null and v is None)


def _string_checks(schema: Mapping[str, Any], fc: FormatChecker) -> list[Predicate]:
    out: list[Predicate] = []
    lo, hi = schema.get("minLength"), schema.get("maxLength")
    if lo is not None or hi is not None:
        low = int(lo or 0)
        out.append(lambda v: not isinstance(v, str) or (len(v) >= low and (hi is None or len(v) <= hi)))
    if "pattern" in schema:
        search = ecma_regex(schema["pattern"]).search
        out.append(lambda v: not isinstance(v, str) or search(v) is not None)
    if "format" in schema:
        fmt = str(schema["format"])
        out.append(lambda v: fc.conforms(v, fmt))
    return out


def _number_checks(schema: Mapping[str, Any]) -> list[Predicate]:
    out: list[Predicate] = []
    for keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
        if keyword in schema:
            bound = schema[keyword]
            if not _is_number(bound):
                raise _Unsupported
            out.append(_bound_check(keyword, bound))
    return out


def _bound_check(keyword: str, bound: float) -> Predicate:
    if keyword == "minimum":
        return lambda v: not _is_number(v) or v >= bound
    if keyword == "maximum":
        return lambda v: not _is_number(v) or v <= bound
    if keyword == "exclusiveMinimum":
        return lambda v: not _is_number(v) or v > bound
    return lambda v: not _is_number(v) or v < bound


def _array_checks(schema: Mapping[str, Any], fc: FormatChecker) -> list[Predicate]:
    out: list[Predicate] = []
    lo, hi = schema.get("minItems"), schema.get("maxItems")
    if lo is not None or hi is not None:
        low = int(lo or 0)
        out.append(lambda v: not isinstance(v, list) or (len(v) >= low and (hi is None or len(v) <= hi)))
    if schema.get("uniqueItems") is True:
        out.append(lambda v: not isinstance(v, list) or _unique(v))
    if "items" in schema:
        item = _compile(schema["items"], fc)
        out.append(lambda v: not isinstance(v, list) or all(item(x) for x in v))
    return out


def _unique(items: list[Any]) -> bool:
    if all(isinstance(x, str) for x in items):
        return len(set(items)) == len(items)
    return bool(uniq(items))


def _object_checks(schema: Mapping[str, Any], fc: FormatChecker) -> list[Predicate]:
    out: list[Predicate] = []
    lo, hi = schema.get("minProperties"), schema.get("maxProperties")
    if lo is not None or hi is not None:
        low = int(lo or 0)
        out.append(lambda v: not isinstance(v, dict) or (len(v) >= low and (hi is None or len(v) <= hi)))
    if "propertyNames" in schema:
        name_ok = _compile(schema["propertyNames"], fc)
        out.append(lambda v: not isinstance(v, dict) or all(name_ok(k) for k in v))
    required = list(schema.get("required", ()))
    if required:
        out.append(lambda v: not isinstance(v, dict) or all(name in v for name in required))
    props = {name: _compile(sub, fc) for name, sub in dict(schema.get("properties", {})).items()}
    if props:
        pairs = list(props.items())
        out.append(lambda v: not isinstance(v, dict) or all(p(v[n]) for n, p in pairs if n in v))
    extra = schema.get("additionalProperties", True)
    if extra is False:
        known = frozenset(props)
        out.append(lambda v: not isinstance(v, dict) or all(k in known for k in v))
    elif extra is not True:
        known = frozenset(props)
        rest = _compile(extra, fc)
        out.append(lambda v: not isinstance(v, dict) or all(rest(x) for k, x in v.items() if k not in known))
    return out


def _combinator_checks(schema: Mapping[str, Any], fc: FormatChecker) -> list[Predicate]:
    out: list[Predicate] = []
    if "allOf" in schema:
        every = [_compile(s, fc) for s in schema["allOf"]]
        out.append(lambda v: all(p(v) for p in every))
    if "anyOf" in schema:
        some = [_compile(s, fc) for s in schema["anyOf"]]
        out.append(lambda v: any(p(v) for p in some))
    if "oneOf" in schema:
        branches = [_compile(s, fc) for s in schema["oneOf"]]
        out.append(lambda v: sum(1 for p in branches if p(v)) == 1)
    return out
