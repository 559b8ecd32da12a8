"""One change between two versions of the spec, as the breaking-change classifier reports it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    pointer: str  # JSON pointer: into the head spec, or into the base spec when ``in_base``
    kind: str  # e.g. "operation-removed", "property-made-required", "docs"
    breaking: bool  # for clients built against the base spec
    message: str  # what changed
    why: str  # why it breaks existing clients, or why it does not
    in_base: bool = False  # the thing is gone from the head spec

    def to_json(self) -> dict[str, Any]:
        return asdict(self)
