"""Walk two IRs of the spec (:mod:`relay_codegen.ir`) and list every change between them.

Operations by ``operationId`` (a changed id on the same method and path is a rename), parameters by
location and name, request bodies, success responses, roles, pagination, streams, webhooks, and each
component schema once, in the direction(s) it is used in (:mod:`relay_codegen.schemadiff`). The
verdict over the list is :class:`relay_codegen.breaking.Report`'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from relay_codegen.changes import Change
from relay_codegen.diagnostics import pointer
from relay_codegen.ir import JSON, SCHEMA_REF_PREFIX, Api, Operation, Param, RequestBody, deref
from relay_codegen.schemadiff import Direction, SchemaComparer


def diff_apis(old: Api, new: Api) -> list[Change]:
    return _Differ(old, new).run()


class _Differ:
    def __init__(self, old: Api, new: Api) -> None:
        self.old = old
        self.new = new
        self.schemas = SchemaComparer(old.document, new.document)
        self.changes: list[Change] = []

    def add(
        self, where: str, kind: str, breaking: bool, message: str, why: str, in_base: bool = False
    ) -> None:
        self.changes.append(Change(where, kind, breaking, message, why, in_base))

    def run(self) -> list[Change]:
        if self.old.version != self.new.version:
            self.add(
                "/info/version",
                "version",
                False,
                f"info.version {self.old.version} → {self.new.version}",
                "the API version",
            )
        if list(self.old.servers) != list(self.new.servers):
            self.add("/servers", "servers-changed", False, "servers changed", "the SDKs' default base URL")
        self.operations()
        self.webhooks()
        self.components()
        self.changes += self.schemas.changes
        return _merge(self.changes)

    # -- operations ------------------------------------------------------------------------

    def operations(self) -> None:
        new_ids = {op.operation_id: op for op in self.new.operations}
        old_ids = {op.operation_id for op in self.old.operations}
        by_route = {(op.http_method, op.path): op for op in self.new.operations}
        for old in self.old.operations:
            new = new_ids.get(old.operation_id)
            if new is not None:
                self.operation(old, new)
                continue
            moved = by_route.get((old.http_method, old.path))
            if moved is not None and moved.operation_id not in old_ids:
                self.add(
                    moved.pointer,
                    "operation-renamed",
                    True,
                    f"operationId {old.operation_id} → {moved.operation_id}",
                    "the SDK method is renamed: code calling the old name no longer type-checks",
                )
                self.operation(old, moved, renamed=True)
                old_ids.add(moved.operation_id)
                continue
            self.add(
                old.pointer,
                "operation-removed",
                True,
                f"operation {old.operation_id} ({old.http_method} {old.path}) removed",
                "clients calling it get 404, and SDK code calling it no longer type-checks",
                in_base=True,
            )
        for new in self.new.operations:
            if new.operation_id not in old_ids:
                self.add(
                    new.pointer,
                    "operation-added",
                    False,
                    f"operation {new.operation_id} ({new.http_method} {new.path}) added",
                    "a new operation; existing calls are unaffected",
                )

    def operation(self, old: Operation, new: Operation, renamed: bool = False) -> None:
        at = new.pointer
        name = new.operation_id
        if not renamed and (old.http_method, old.path) != (new.http_method, new.path):
            self.add(
                at,
                "operation-moved",
                True,
                f"{name}: {old.http_method} {old.path} → {new.http_method} {new.path}",
                "clients built for the old method and path reach nothing",
            )
        if new.deprecated and not old.deprecated:
            self.add(at, "operation-deprecated", False, f"{name} deprecated", "it still works; plan the move")
        if (old.summary, old.description) != (new.summary, new.description):
            self.add(at, "docs", False, f"{name}: summary or description changed", "documentation only")
        self.security(old, new)
        self.params(old, new)
        self.request_body(old.request_body, new.request_body, new)
        self.responses(old, new)
        if old.paginated != new.paginated:
            self.add(
                at,
                "pagination-changed",
                True,
                f"{name}: {'now' if new.paginated else 'no longer'} cursor-paginated",
                "the SDK method returns a different type (a page, or not)",
            )
        self.stream(old, new)

    def security(self, old: Operation, new: Operation) -> None:
        at, name = new.pointer, new.operation_id
        if new.authenticated and not old.authenticated:
            self.add(
                at,
                "authentication-required",
                True,
                f"{name} now requires an API key",
                "anonymous callers now get 401",
            )
        elif old.authenticated and not new.authenticated:
            self.add(
                at,
                "authentication-dropped",
                False,
                f"{name} no longer requires an API key",
                "authenticated calls still work",
            )
        if old.authenticated and new.authenticated:
            for role in old.roles:
                if role not in new.roles:
                    self.add(
                        at + "/x-relay-roles",
                        "role-removed",
                        True,
                        f"{name}: role {role!r} no longer allowed",
                        f"callers with a {role} key now get 403",
                    )
            for role in new.roles:
                if role not in old.roles:
                    self.add(
                        at + "/x-relay-roles",
                        "role-added",
                        False,
                        f"{name}: role {role!r} now allowed",
                        "more callers allowed",
                    )

    def params(self, old: Operation, new: Operation) -> None:
        name = new.operation_id
        old_params = {_param_key(p): p for p in old.params}
        new_params = {_param_key(p): p for p in new.params}
        for key, before in old_params.items():
            after = new_params.get(key)
            label = f"{before.location} parameter {before.name!r}"
            if after is None:
                self.add(
                    self._param_pointer(self.old, old, before),
                    "parameter-removed",
                    True,
                    f"{name}: {label} removed",
                    "clients sending it are rejected or ignored, and SDK code passing it no longer "
                    "type-checks",
                    in_base=True,
                )
                continue
            at = self._param_pointer(self.new, new, after)
            if after.required and not before.required:
                self.add(
                    at,
                    "parameter-made-required",
                    True,
                    f"{name}: {label} now required",
                    "requests without it are now rejected",
                )
            elif before.required and not after.required:
                self.add(
                    at,
                    "parameter-made-optional",
                    False,
                    f"{name}: {label} now optional",
                    "requests valid before stay valid",
                )
            self.schemas.compare(before.schema, after.schema, at + "/schema", Direction.REQUEST)
        for key, after in new_params.items():
            if key in old_params:
                continue
            label = (
                f"{'required' if after.required else 'optional'} {after.location} parameter {after.name!r}"
            )
            self.add(
                self._param_pointer(self.new, new, after),
                "parameter-added",
                after.required,
                f"{name}: {label} added",
                "requests without it are now rejected" if after.required else "existing calls are unaffected",
            )

    @staticmethod
    def _param_pointer(api: Api, op: Operation, param: Param) -> str:
        item = api.document.get("paths", {}).get(op.path, {})
        for base, raw_list in (
            (op.pointer, item.get(op.http_method.lower(), {}).get("parameters")),
            (pointer("paths", op.path), item.get("parameters")),
        ):
            for i, raw in enumerate(raw_list or ()):
                resolved = deref(api.document, raw)
                if isinstance(resolved, Mapping) and (resolved.get("in"), resolved.get("name")) == (
                    param.location,
                    param.name,
                ):
                    return f"{base}/parameters/{i}"
        return op.pointer

    def request_body(self, old: RequestBody | None, new: RequestBody | None, op: Operation) -> None:
        at, name = op.pointer + "/requestBody", op.operation_id
        if old is None and new is None:
            return
        if old is None and new is not None:
            self.add(
                at,
                "request-body-added",
                new.required,
                f"{name}: {'required' if new.required else 'optional'} request body added",
                "requests without a body are now rejected"
                if new.required
                else "existing calls are unaffected",
            )
            return
        if new is None or old is None:
            self.add(
                at,
                "request-body-removed",
                True,
                f"{name}: request body removed",
                "clients sending a body are rejected, and SDK code passing it no longer type-checks",
            )
            return
        if new.required and not old.required:
            self.add(
                at,
                "request-body-made-required",
                True,
                f"{name}: request body now required",
                "requests without a body are now rejected",
            )
        old_types = {m.content_type: m for m in old.contents}
        new_types = {m.content_type: m for m in new.contents}
        for ctype, media in old_types.items():
            where = f"{at}/content{pointer(ctype)}"
            if ctype not in new_types:
                self.add(
                    where,
                    "request-content-type-removed",
                    True,
                    f"{name}: request body {ctype} removed",
                    "requests sending it get 415",
                    in_base=True,
                )
            else:
                self.schemas.compare(
                    media.schema, new_types[ctype].schema, where + "/schema", Direction.REQUEST
                )
        for ctype in new_types.keys() - old_types.keys():
            self.add(
                f"{at}/content{pointer(ctype)}",
                "request-content-type-added",
                False,
                f"{name}: request body {ctype} accepted",
                "an additional format",
            )

    def responses(self, old: Operation, new: Operation) -> None:
        name = new.operation_id
        before, after = old.success_response, new.success_response
        if before is not None and after is not None:
            at = f"{new.pointer}/responses/{after.status}"
            if before.status != after.status:
                self.add(
                    at,
                    "success-status-changed",
                    True,
                    f"{name}: success status {before.status} → {after.status}",
                    "clients that check the status code see a different one",
                )
            old_types = {m.content_type: m for m in before.contents}
            new_types = {m.content_type: m for m in after.contents}
            for ctype, media in old_types.items():
                where = f"{at}/content{pointer(ctype)}"
                if ctype not in new_types:
                    self.add(
                        where,
                        "response-content-type-removed",
                        True,
                        f"{name}: success response {ctype} removed",
                        "clients that asked for it get something else",
                    )
                else:
                    self.schemas.compare(
                        media.schema, new_types[ctype].schema, where + "/schema", Direction.RESPONSE
                    )
            for ctype in new_types.keys() - old_types.keys():
                self.add(
                    f"{at}/content{pointer(ctype)}",
                    "response-content-type-added",
                    False,
                    f"{name}: success response also as {ctype}",
                    "an additional format",
                )
            old_headers = {h.name.lower(): h for h in before.headers}
            new_headers = {h.name.lower(): h for h in after.headers}
            for key, header in old_headers.items():
                if key not in new_headers:
                    self.add(
                        f"{at}/headers{pointer(header.name)}",
                        "response-header-removed",
                        True,
                        f"{name}: response header {header.name} removed",
                        "clients that read it get nothing",
                        in_base=True,
                    )
                elif header.required and not new_headers[key].required:
                    self.add(
                        f"{at}/headers{pointer(header.name)}",
                        "response-header-made-optional",
                        True,
                        f"{name}: response header {header.name} no longer always sent",
                        "clients that rely on it may get nothing",
                    )
            for key in new_headers.keys() - old_headers.keys():
                self.add(
                    f"{at}/headers{pointer(new_headers[key].name)}",
                    "response-header-added",
                    False,
                    f"{name}: response header {new_headers[key].name} added",
                    "existing clients are unaffected",
                )
        old_errors, new_errors = set(old.error_statuses), set(new.error_statuses)
        for status in sorted(new_errors - old_errors):
            self.add(
                f"{new.pointer}/responses/{status}",
                "error-response-added",
                False,
                f"{name}: documents error {status}",
                "documentation of an error clients may already get",
            )
        for status in sorted(old_errors - new_errors):
            self.add(
                f"{old.pointer}/responses/{status}",
                "error-response-removed",
                False,
                f"{name}: no longer documents error {status}",
                "documentation only",
                in_base=True,
            )

    def stream(self, old: Operation, new: Operation) -> None:
        at, name = new.pointer + "/x-relay-stream", new.operation_id
        if old.stream is None or new.stream is None:
            if old.stream is not None:
                self.add(
                    at,
                    "stream-removed",
                    True,
                    f"{name}: streaming removed",
                    f"SDK code calling {old.stream.method_name}() no longer type-checks",
                )
            elif new.stream is not None:
                self.add(
                    at,
                    "stream-added",
                    False,
                    f"{name}: streaming added ({new.stream.method_name}())",
                    "a new SDK method; existing calls are unaffected",
                )
            return
        old_events = {e.name for e in old.stream.events}
        new_events = {e.name for e in new.stream.events}
        for event in sorted(old_events - new_events):
            self.add(
                at,
                "stream-event-removed",
                True,
                f"{name}: stream event {event!r} removed",
                "code that handles it by name no longer type-checks",
            )
        for event in sorted(new_events - old_events):
            self.add(
                at,
                "stream-event-added",
                False,
                f"{name}: stream event {event!r} added",
                "the SDKs pass events they do not know through",
            )

    # -- webhooks and components ------------------------------------------------------------

    def webhooks(self) -> None:
        old = {w.name: w for w in self.old.webhooks}
        new = {w.name: w for w in self.new.webhooks}
        for name in old.keys() - new.keys():
            self.add(
                pointer("webhooks", name),
                "webhook-removed",
                True,
                f"webhook event {name!r} removed",
                "receivers' code that handles it by type no longer type-checks",
                in_base=True,
            )
        for name in sorted(new.keys() - old.keys()):
            self.add(
                pointer("webhooks", name),
                "webhook-added",
                False,
                f"webhook event {name!r} added",
                "endpoints subscribed to it start receiving it",
            )
        for name in sorted(old.keys() & new.keys()):
            before, after = old[name].request_body, new[name].request_body
            if before and after and before.json and after.json:
                where = pointer("webhooks", name, new[name].http_method.lower(), "requestBody")
                self.schemas.compare(before.json.schema, after.json.schema, where, Direction.RESPONSE)

    def components(self) -> None:
        used = _directions(self.old) | _directions(self.new)
        old_schemas, new_schemas = self.old.schemas, self.new.schemas
        for name in old_schemas:
            at = pointer("components", "schemas", name)
            if name not in new_schemas:
                self.add(
                    at,
                    "schema-removed",
                    True,
                    f"schema {name} removed",
                    f"the SDK type {name} is gone: code importing it no longer type-checks",
                    in_base=True,
                )
                continue
            for direction in sorted(used.get(name, {Direction.RESPONSE}), key=lambda d: d.value):
                self.schemas.compare(old_schemas[name], new_schemas[name], at, direction)
        for name in new_schemas:
            if name not in old_schemas:
                self.add(
                    pointer("components", "schemas", name),
                    "schema-added",
                    False,
                    f"schema {name} added",
                    "a new SDK type",
                )


def _param_key(param: Param) -> tuple[str, str]:
    return param.location, param.name.lower() if param.location == "header" else param.name


def _directions(api: Api) -> dict[str, set[Direction]]:
    """Component schema → the directions it is used in (followed through nested ``$ref``s)."""
    roots: list[tuple[JSON, Direction]] = []
    for op in api.operations:
        roots += [(p.schema, Direction.REQUEST) for p in op.params]
        if op.request_body is not None:
            roots += [(m.schema, Direction.REQUEST) for m in op.request_body.contents]
        roots += [(m.schema, Direction.RESPONSE) for r in op.responses for m in r.contents]
        if op.stream is not None:
            roots += [(e.schema, Direction.RESPONSE) for e in op.stream.events]
    for hook in api.webhooks:
        if hook.request_body is not None:
            roots += [(m.schema, Direction.RESPONSE) for m in hook.request_body.contents]
    used: dict[str, set[Direction]] = {}
    for root, direction in roots:
        stack = list(_refs(root))
        while stack:
            name = stack.pop()
            if direction in used.setdefault(name, set()):
                continue
            used[name].add(direction)
            stack += _refs(api.schemas.get(name))
    return used


def _refs(node: JSON) -> Iterator[str]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            yield ref[len(SCHEMA_REF_PREFIX) :]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _merge(changes: Iterable[Change]) -> list[Change]:
    """One entry per (pointer, kind, message): a schema used both ways may report a change twice."""
    merged: dict[tuple[str, str, str], Change] = {}
    for change in changes:
        key = (change.pointer, change.kind, change.message)
        seen = merged.get(key)
        if seen is None or (change.breaking and not seen.breaking):
            merged[key] = change
    return list(merged.values())
