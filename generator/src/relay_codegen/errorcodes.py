"""Which error codes an operation can return: ``x-relay-errors`` and the convention that keeps it true.

Each operation lists, in ``x-relay-errors``, every ``ErrorCode`` it can answer with; the reference
pages show exactly those under each error status. The request pipeline every server runs
(ARCHITECTURE.md: 401 → 429 → 403 → parameters → body → idempotency) answers some codes whenever an
operation has the matching shape, so for those the list must say exactly what the shape implies — an
operation without a body cannot answer ``unsupported_media_type``, and one with an ``Idempotency-Key``
can answer ``idempotency_key_reused``. The codes only a handler raises (``not_found``, ``conflict``,
``confirm_token_*``, …) must each have a response of their status, and every error response must have a
code.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from relay_codegen.diagnostics import Diagnostics
from relay_codegen.ir import JSON, ErrorCodeDoc, Operation

ALL_ROLES = frozenset({"admin", "developer", "viewer"})

#: codes the request pipeline answers, and the shape of an operation that makes it answer them
PIPELINE: Mapping[str, Callable[[Operation], bool]] = {
    "unauthenticated": lambda op: op.authenticated,
    "rate_limited": lambda op: op.authenticated,
    "forbidden": lambda op: op.authenticated and not set(op.roles) >= ALL_ROLES,
    "validation_failed": lambda op: bool(op.params) or op.request_body is not None,
    "invalid_request": lambda op: op.request_body is not None,
    "payload_too_large": lambda op: op.request_body is not None,
    "unsupported_media_type": lambda op: op.request_body is not None,
    "invalid_cursor": lambda op: any(p.location == "query" and p.name == "after" for p in op.params),
    "idempotency_key_reused": lambda op: op.idempotency_key,
    "idempotency_in_progress": lambda op: op.idempotency_key,
    "internal_error": lambda op: True,
    "not_implemented": lambda op: True,
}


def parse(raw: JSON, where: str, operation_id: str, d: Diagnostics, *, expected: bool) -> tuple[str, ...]:
    """The ``x-relay-errors`` list of an operation; ``expected`` (the spec has an ``ErrorCode`` schema):
    a warning when there is none."""
    if raw is None:
        if expected:
            d.warning(
                where, "missing-error-codes", f"{operation_id}: no x-relay-errors (the codes it returns)"
            )
        return ()
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        d.error(
            where + "/x-relay-errors",
            "malformed-error-codes",
            f"{operation_id}: x-relay-errors: a list of codes",
        )
        return ()
    if len(set(raw)) != len(raw):
        d.error(where + "/x-relay-errors", "duplicate-error-code", f"{operation_id}: a code is listed twice")
    return tuple(raw)


def check(op: Operation, known: Mapping[str, ErrorCodeDoc], d: Diagnostics) -> None:
    """``op.errors`` agrees with ``op``'s responses and with what its shape makes the pipeline answer."""
    if not op.errors:
        return
    where = op.pointer + "/x-relay-errors"
    listed = set(op.errors)
    statuses = set(op.error_statuses)
    for code in op.errors:
        doc = known.get(code)
        if doc is None:
            d.error(where, "unknown-error-code", f"{op.operation_id}: {code!r} is not an ErrorCode")
        elif doc.status not in statuses:
            d.error(
                where,
                "error-code-without-response",
                f"{op.operation_id}: lists {code} ({doc.status}) but has no {doc.status} response",
            )
    for status in sorted(statuses):
        if not any(known[c].status == status for c in listed if c in known):
            d.error(
                where,
                "response-without-error-code",
                f"{op.operation_id}: no listed code answers its {status}",
            )
    for code, applies in PIPELINE.items():
        if applies(op) and code not in listed:
            d.error(
                where,
                "error-code-missing",
                f"{op.operation_id}: the request pipeline can answer {code} for this operation: list it",
            )
        elif code in listed and not applies(op):
            d.error(
                where,
                "error-code-impossible",
                f"{op.operation_id}: lists {code}, which an operation of this shape never returns",
            )
