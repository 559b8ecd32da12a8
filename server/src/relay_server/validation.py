"""JSON Schema validation producing one ``{pointer, message}`` per invalid field.

Two points where Python would otherwise drift from what the spec's JSON Schemas mean: ``pattern`` uses
ECMA-262's ``$`` (the end of the input, not before a final newline — ``schemacheck.ecma_regex``), and
``format: uri`` is an RFC 3986 URI (ASCII, percent-escapes well formed, a parseable authority; an http(s)
URI has a host) — checked without ever raising, whatever the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError

from relay_server._generated.models import FieldError
from relay_server.schemacheck import compile_predicate, ecma_search

_EMAIL = re.compile(
    r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*$"
)

format_checker = FormatChecker(formats=())


@format_checker.checks("email")
def _is_email(value: object) -> bool:
    return not isinstance(value, str) or bool(_EMAIL.match(value))


@format_checker.checks("date-time", raises=ValueError)
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not re.match(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", value):
        return False
    datetime.fromisoformat(value.replace("z", "Z").replace("t", "T"))
    return True


@format_checker.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    if not isinstance(value, str):
        return True
    date.fromisoformat(value)
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}$", value))


# RFC 3986: a scheme, then only unreserved, reserved and percent characters
_URI_SYNTAX = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*\Z")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


@format_checker.checks("uri")
def _is_uri(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _URI_SYNTAX.match(value) or _BAD_PERCENT.search(value):
        return False
    try:
        parts = urlsplit(value)
        host = parts.hostname
        _ = parts.port  # a port that is not a number in range
    except ValueError:  # an unclosed or invalid IPv6 literal, a bad port
        return False
    if any(c in rest for c in "[]" for rest in (parts.path, parts.query, parts.fragment)):
        return False  # brackets belong to an IP literal host only
    return not (parts.scheme.lower() in ("http", "https") and not host)


def _ecma_pattern(
    validator: Draft202012Validator, pattern: str, instance: Any, schema: Mapping[str, Any]
) -> Iterable[ValidationError]:
    if validator.is_type(instance, "string") and not ecma_search(pattern, instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


#: Draft 2020-12 with JSON Schema's (ECMA-262) ``pattern`` semantics
SpecValidator: type[Draft202012Validator] = validators.extend(  # type: ignore[no-untyped-call]
    Draft202012Validator, {"pattern": _ecma_pattern}
)


def escape_pointer_token(token: object) -> str:
    return str(token).replace("~", "~0").replace("/", "~1")


def pointer(base: str, path: Iterable[object]) -> str:
    return base + "".join("/" + escape_pointer_token(p) for p in path)


class Schema:
    """A compiled JSON Schema: an exact fast validity check (``schemacheck``) where the schema allows one,
    with jsonschema producing the ``{pointer, message}`` errors when the instance is invalid."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.validator = SpecValidator(schema, format_checker=format_checker)
        self.predicate = compile_predicate(schema, format_checker)

    def is_valid(self, instance: Any) -> bool:
        if self.predicate is not None:
            return self.predicate(instance)
        return bool(self.validator.is_valid(instance))

    def errors(self, instance: Any, base: str = "") -> list[FieldError]:
        if self.predicate is not None and self.predicate(instance):
            return []
        return collect_errors(self.validator, instance, base)


def compile_schema(schema: Mapping[str, Any]) -> Schema:
    return Schema(schema)


def _leaf_errors(error: ValidationError) -> list[ValidationError]:
    if error.context:
        # anyOf/oneOf: report the branch that got furthest
        # the deepest error, preferring a branch of the right type (its message is the useful one)
        best = max(error.context, key=lambda e: (len(e.absolute_path), e.validator != "type"))
        if len(best.absolute_path) > len(error.absolute_path) or best.validator != "type":
            return _leaf_errors(best)
        return [error]
    return [error]


def collect_errors(validator: Draft202012Validator, instance: Any, base: str = "") -> list[FieldError]:
    out: list[FieldError] = []
    seen: set[tuple[str, str]] = set()
    for top in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        for err in _leaf_errors(top):
            path = list(err.absolute_path)
            items: list[tuple[str, str]] = []
            if err.validator == "required" and isinstance(err.instance, dict):
                for name in list(err.validator_value):  # type: ignore[arg-type]
                    if name not in err.instance:
                        items.append((pointer(base, [*path, name]), "is a required property"))
            elif err.validator == "additionalProperties" and isinstance(err.instance, dict):
                props = err.schema.get("properties", {}) if isinstance(err.schema, dict) else {}
                for name in err.instance:
                    if name not in props:
                        items.append((pointer(base, [*path, name]), "unknown field"))
            else:
                items.append((pointer(base, path), _message(err)))
            for item in items:
                if item not in seen:
                    seen.add(item)
                    out.append(FieldError(pointer=item[0], message=item[1]))
    return out


#: what a value failing one of the API's recurring patterns is told (instead of the regular expression)
PATTERN_MESSAGES = {
    r"^[^\x00-\x1F\x7F]+$": "must be one line without control characters (U+0000-U+001F, U+007F)",
    r"^[^\x00-\x08\x0A-\x1F\x7F]*$": "must not contain CR, LF, NUL or other control characters",
    r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$": "must be an HTTP field name (letters, digits and !#$%&'*+.^_`|~-)",
}


def _message(err: ValidationError) -> str:
    if err.validator in ("maxLength", "minLength") and isinstance(err.instance, str):
        # the limit first, never the value: an over-long value echoed back would hide the reason
        bound = "at most" if err.validator == "maxLength" else "at least"
        return f"must be {bound} {err.validator_value} characters long (this one has {len(err.instance)})"
    msg = err.message
    if err.validator == "pattern" and str(err.validator_value) in PATTERN_MESSAGES:
        return PATTERN_MESSAGES[str(err.validator_value)]
    if err.validator == "format":
        kind = {
            "email": "email address",
            "date-time": "RFC 3339 date-time",
            "date": "date (YYYY-MM-DD)",
            "uri": "URI",
        }.get(str(err.validator_value), str(err.validator_value))
        msg = f"{err.instance!r} is not a valid {kind}"
    if len(msg) > 300:
        msg = msg[:297] + "..."
    return msg
