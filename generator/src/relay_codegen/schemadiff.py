"""Compare two JSON Schemas (as the spec writes them) for what changes for existing clients.

Whether a change breaks depends on who writes the data:

* ``REQUEST`` (the client writes, the server reads: request bodies, parameters): the new schema must
  accept everything the old one did. Narrowing (a type, an enum value or a property removed, a field
  newly required, a tighter bound) breaks; widening does not.
* ``RESPONSE`` (the server writes, the client reads: responses, webhooks, stream events): clients must
  still receive what they were built for. A removed property, a required field made optional, a field
  made nullable or a new type breaks; a new property or enum value does not (the SDKs accept unknown
  enum values and union members on purpose: see the python-sdk and ts-sdk enum templates).

Removing an enum value breaks in both directions: code that names it no longer type-checks.
A ``$ref`` to a component schema that both specs still have by the same name is not followed: the
caller compares each component once (:mod:`relay_codegen.breaking`), so a change is reported once, at
its own location.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any

from relay_codegen.changes import Change
from relay_codegen.diagnostics import pointer as make_pointer
from relay_codegen.ir import JSON, SCHEMA_REF_PREFIX, deref, schema_ref_name


class Direction(Enum):
    REQUEST = "request"
    RESPONSE = "response"


# Bounds: keyword → does a larger value accept MORE instances?
_UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
_LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
_EXACT_KEYWORDS = ("pattern", "format", "multipleOf", "uniqueItems")
_DOC_KEYWORDS = ("description", "title", "example", "examples", "deprecated")


def _types(schema: Mapping[str, JSON]) -> frozenset[str] | None:
    """The JSON types a schema allows (``None``: not constrained), ``null`` included when nullable."""
    raw = schema.get("type")
    if raw is None:
        if "const" in schema or "enum" in schema:
            values = [schema["const"]] if "const" in schema else list(schema["enum"])
            return frozenset(_json_type(v) for v in values)
        return None
    types = set(raw) if isinstance(raw, list) else {raw}
    if "integer" in types and "number" in types:
        types.discard("integer")
    return frozenset(str(t) for t in types)


def _json_type(value: JSON) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def _enum(schema: Mapping[str, JSON]) -> list[JSON] | None:
    if "const" in schema:
        return [schema["const"]]
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    return None


def _accepts_more(old_types: frozenset[str], new_types: frozenset[str]) -> tuple[set[str], set[str]]:
    """(types only the new schema allows, types only the old one allowed); integer ⊂ number."""
    added = set(new_types - old_types)
    removed = set(old_types - new_types)
    if "number" in new_types:
        removed.discard("integer")
    if "number" in old_types:
        added.discard("integer")
    return added, removed


class SchemaComparer:
    """Compares schemas of two documents; collects :class:`~relay_codegen.changes.Change` items."""

    def __init__(
        self,
        old_doc: Mapping[str, JSON],
        new_doc: Mapping[str, JSON],
        follow: Callable[[str, str], bool] | None = None,
    ) -> None:
        self.old_doc = old_doc
        self.new_doc = new_doc
        # follow(old_ref, new_ref): descend into a $ref pair? (default: only when the names differ)
        self.follow = follow or (lambda old_ref, new_ref: old_ref != new_ref)
        self.changes: list[Change] = []
        self._seen: set[tuple[str, str, Direction]] = set()

    def add(
        self, where: str, kind: str, breaking: bool, message: str, why: str, in_base: bool = False
    ) -> None:
        self.changes.append(Change(where, kind, breaking, message, why, in_base))

    def compare(self, old: JSON, new: JSON, where: str, direction: Direction) -> None:
        if not isinstance(old, Mapping) or not isinstance(new, Mapping):
            return
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if isinstance(old_ref, str) and isinstance(new_ref, str):
            if not self.follow(old_ref, new_ref):
                return
            key = (old_ref, new_ref, direction)
            if key in self._seen:  # a recursive schema: compared once
                return
            self._seen.add(key)
        old_s = deref(self.old_doc, old)
        new_s = deref(self.new_doc, new)
        if isinstance(new_ref, str) and new_ref.startswith(SCHEMA_REF_PREFIX):
            where = make_pointer("components", "schemas", new_ref[len(SCHEMA_REF_PREFIX) :])
        if not isinstance(old_s, Mapping) or not isinstance(new_s, Mapping):
            return
        self._types(old_s, new_s, where, direction)
        self._enum(old_s, new_s, where, direction)
        self._bounds(old_s, new_s, where, direction)
        self._object(old_s, new_s, where, direction)
        if "items" in old_s and "items" in new_s:
            self.compare(old_s["items"], new_s["items"], where + "/items", direction)
        for keyword in ("oneOf", "anyOf", "allOf"):
            self._variants(old_s, new_s, keyword, where, direction)
        self._docs(old_s, new_s, where, direction)

    # -- facets ------------------------------------------------------------------------------

    def _types(self, old: Mapping[str, JSON], new: Mapping[str, JSON], where: str, d: Direction) -> None:
        old_t, new_t = _types(old), _types(new)
        if old_t == new_t:
            return
        if old_t is None or new_t is None:
            if d is Direction.REQUEST and new_t is not None:
                self.add(
                    where,
                    "type-narrowed",
                    True,
                    f"type constrained to {_fmt(new_t)}",
                    "requests that send another type are now rejected",
                )
            elif d is Direction.RESPONSE and new_t is None:
                self.add(
                    where,
                    "type-widened",
                    True,
                    f"type no longer constrained (was {_fmt(old_t or set())})",
                    "clients may now receive values of any type",
                )
            else:
                self.add(
                    where, "type-changed", False, "type constraint changed", "compatible in this direction"
                )
            return
        added, removed = _accepts_more(old_t, new_t)
        if d is Direction.REQUEST:
            if removed:
                self.add(
                    where,
                    "type-narrowed",
                    True,
                    f"type {_fmt(old_t)} → {_fmt(new_t)}",
                    f"requests sending {_fmt(removed)} are now rejected",
                )
            elif added:
                self.add(
                    where,
                    "type-widened",
                    False,
                    f"type {_fmt(old_t)} → {_fmt(new_t)}",
                    "every request valid before is still valid",
                )
            return
        if added == {"null"}:
            self.add(
                where,
                "made-nullable",
                True,
                f"type {_fmt(old_t)} → {_fmt(new_t)}",
                "clients that use the value without a null check get null",
            )
        elif added:
            self.add(
                where,
                "type-widened",
                True,
                f"type {_fmt(old_t)} → {_fmt(new_t)}",
                f"clients may now receive {_fmt(added)}, which they were not built for",
            )
        elif removed:
            self.add(
                where,
                "type-narrowed",
                False,
                f"type {_fmt(old_t)} → {_fmt(new_t)}",
                "clients receive a subset of what they handle",
            )

    def _enum(self, old: Mapping[str, JSON], new: Mapping[str, JSON], where: str, d: Direction) -> None:
        old_e, new_e = _enum(old), _enum(new)
        if old_e == new_e:
            return
        if old_e is None and new_e is not None:
            self.add(
                where,
                "enum-added",
                d is Direction.REQUEST,
                f"values restricted to {_fmt(new_e)}",
                "requests with other values are now rejected"
                if d is Direction.REQUEST
                else "clients receive a subset of what they handle",
            )
            return
        if new_e is None or old_e is None:
            self.add(
                where,
                "enum-removed",
                d is Direction.RESPONSE,
                "values no longer restricted",
                "clients may receive values they do not know"
                if d is Direction.RESPONSE
                else "every request valid before is still valid",
            )
            return
        gone = [v for v in old_e if v not in new_e]
        extra = [v for v in new_e if v not in old_e]
        for value in gone:
            self.add(
                where,
                "enum-value-removed",
                True,
                f"enum value {value!r} removed",
                "requests sending it are rejected and code that names it no longer type-checks"
                if d is Direction.REQUEST
                else "code that names it no longer type-checks",
            )
        for value in extra:
            self.add(
                where,
                "enum-value-added",
                False,
                f"enum value {value!r} added",
                "a new accepted value"
                if d is Direction.REQUEST
                else "the SDKs accept enum values they do not know yet",
            )

    def _bounds(self, old: Mapping[str, JSON], new: Mapping[str, JSON], where: str, d: Direction) -> None:
        for keyword in (*_UPPER_BOUNDS, *_LOWER_BOUNDS, *_EXACT_KEYWORDS):
            before, after = old.get(keyword), new.get(keyword)
            if before == after:
                continue
            if keyword in _UPPER_BOUNDS:
                tighter = after is not None and (before is None or after < before)
            elif keyword in _LOWER_BOUNDS:
                tighter = after is not None and (before is None or after > before)
            else:
                tighter = after is not None  # any new or changed pattern/format may reject values
            message = f"{keyword} {_show(before)} → {_show(after)}"
            if d is Direction.REQUEST and tighter:
                self.add(
                    where, "constraint-tightened", True, message, "requests valid before may now be rejected"
                )
            else:
                self.add(
                    where,
                    "constraint-changed",
                    False,
                    message,
                    "requests valid before stay valid"
                    if d is Direction.REQUEST
                    else "the SDKs do not validate response constraints",
                )

    def _object(self, old: Mapping[str, JSON], new: Mapping[str, JSON], where: str, d: Direction) -> None:
        old_props: Mapping[str, JSON] = old.get("properties") or {}
        new_props: Mapping[str, JSON] = new.get("properties") or {}
        old_req = set(old.get("required") or ())
        new_req = set(new.get("required") or ())
        for name in old_props:
            at = where + make_pointer("properties", str(name))
            if name not in new_props:
                self.add(
                    at,
                    "property-removed",
                    True,
                    f"property {name!r} removed",
                    "clients that send it are rejected or ignored, and SDK code naming it no longer "
                    "type-checks"
                    if d is Direction.REQUEST
                    else "clients that read it get nothing, and SDK code naming it no longer type-checks",
                    in_base=True,
                )
                continue
            self.compare(old_props[name], new_props[name], at, d)
            if name in old_req and name not in new_req:
                self.add(
                    at,
                    "property-made-optional",
                    d is Direction.RESPONSE,
                    f"property {name!r} no longer required",
                    "clients that rely on it being present may get nothing"
                    if d is Direction.RESPONSE
                    else "requests valid before stay valid",
                )
            elif name in new_req and name not in old_req:
                self.add(
                    at,
                    "property-made-required",
                    d is Direction.REQUEST,
                    f"property {name!r} now required",
                    "requests without it are now rejected"
                    if d is Direction.REQUEST
                    else "clients always receive it now",
                )
        for name in new_props:
            if name in old_props:
                continue
            at = where + make_pointer("properties", str(name))
            required = name in new_req
            breaking = d is Direction.REQUEST and required
            self.add(
                at,
                "property-added",
                breaking,
                f"{'required' if required else 'optional'} property {name!r} added",
                "requests without it are now rejected" if breaking else "existing clients are unaffected",
            )
        closed_now = new.get("additionalProperties") is False and old.get("additionalProperties") is not False
        if d is Direction.REQUEST and closed_now:
            self.add(
                where,
                "additional-properties-closed",
                True,
                "additionalProperties: false",
                "requests carrying other properties are now rejected",
            )

    def _variants(
        self, old: Mapping[str, JSON], new: Mapping[str, JSON], keyword: str, where: str, d: Direction
    ) -> None:
        old_v: list[JSON] = list(old.get(keyword) or [])
        new_v: list[JSON] = list(new.get(keyword) or [])
        if not old_v and not new_v:
            return
        new_by_ref = {schema_ref_name(v): v for v in new_v if schema_ref_name(v)}
        old_by_ref = {schema_ref_name(v): v for v in old_v if schema_ref_name(v)}
        for i, variant in enumerate(old_v):
            name = schema_ref_name(variant)
            at = f"{where}/{keyword}/{i}"
            if name is not None:
                if name not in new_by_ref:
                    self.add(
                        at,
                        "variant-removed",
                        d is Direction.REQUEST,
                        f"{keyword} variant {name} removed",
                        "requests using it are now rejected"
                        if d is Direction.REQUEST
                        else "clients receive a subset of what they handle",
                        in_base=True,
                    )
                continue
            if i < len(new_v) and schema_ref_name(new_v[i]) is None:
                self.compare(variant, new_v[i], at, d)
        for i, variant in enumerate(new_v):
            name = schema_ref_name(variant)
            if name is not None and name not in old_by_ref:
                self.add(
                    f"{where}/{keyword}/{i}",
                    "variant-added",
                    keyword == "allOf",
                    f"{keyword} variant {name} added",
                    "every instance must now also match it"
                    if keyword == "allOf"
                    else "a new alternative; the SDKs accept union members they do not know yet",
                )

    def _docs(self, old: Mapping[str, JSON], new: Mapping[str, JSON], where: str, d: Direction) -> None:
        changed = [k for k in _DOC_KEYWORDS if old.get(k) != new.get(k)]
        if changed:
            self.add(where, "docs", False, f"{', '.join(changed)} changed", "documentation only")
        if new.get("default") != old.get("default"):
            request = d is Direction.REQUEST
            self.add(
                where,
                "default-changed",
                request,
                f"default {_show(old.get('default'))} → {_show(new.get('default'))}",
                "clients that omit the value get a different behaviour"
                if request
                else "documentation only for responses",
            )


def _fmt(values: Any) -> str:
    items = sorted(values) if isinstance(values, (set, frozenset)) else list(values)
    return "/".join(str(v) for v in items) if isinstance(values, (set, frozenset)) else repr(items)


def _show(value: JSON) -> str:
    return "(none)" if value is None else repr(value)
