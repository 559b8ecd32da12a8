"""The breaking-change classifier: every change between two versions of the spec, for existing clients.

Both documents go through the generator's own IR (:func:`relay_codegen.build.build_api`), so a change
is seen the way the SDKs, the server and the collection see it: operations by ``operationId``,
parameters by location and name, roles from ``x-relay-roles``, pagination, streams and webhooks.
Component schemas are compared once each, in the direction(s) they are used in (request and/or
response, see :mod:`relay_codegen.schemadiff`), so a renamed field of ``Action`` is reported once, at
``/components/schemas/Action/properties/…``, however many operations return an ``Action``.

Each :class:`Change` carries a JSON pointer (into the head spec, or into the base spec for something
removed), whether it breaks existing clients, and why. :class:`Report` holds the verdict: a breaking
change passes only with a major version bump of ``info.version``. ``relay-codegen breaking`` prints it;
``nox -s breaking`` and ``nox -s release`` use it, and the changelogs' "API changes" are its Markdown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relay_codegen.apidiff import diff_apis
from relay_codegen.build import build_api
from relay_codegen.changes import Change
from relay_codegen.ir import JSON
from relay_codegen.loader import parse_spec, read_spec

__all__ = ["Change", "Report", "compare_documents", "compare_files", "dumps", "parse_version"]

# Non-breaking kinds that do not need a minor release on their own.
PATCH_KINDS = frozenset({"docs", "version", "servers-changed", "constraint-changed"})
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:[-+].*)?$")


def parse_version(version: str) -> tuple[int, int, int] | None:
    match = _SEMVER.match(version.strip())
    return (int(match[1]), int(match[2]), int(match[3])) if match else None


@dataclass(frozen=True)
class Report:
    base_version: str
    head_version: str
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.breaking)

    @property
    def major_bumped(self) -> bool:
        base, head = parse_version(self.base_version), parse_version(self.head_version)
        return base is not None and head is not None and head[0] > base[0]

    @property
    def required_bump(self) -> str:
        """The smallest SemVer bump these changes need: major, minor, patch, or none."""
        if self.breaking:
            return "major"
        if any(c.kind not in PATCH_KINDS for c in self.changes):
            return "minor"
        return "patch" if any(c.kind != "version" for c in self.changes) else "none"

    @property
    def passes(self) -> bool:
        return not self.breaking or self.major_bumped

    def to_json(self) -> dict[str, Any]:
        return {
            "base_version": self.base_version,
            "head_version": self.head_version,
            "breaking": len(self.breaking),
            "non_breaking": len(self.changes) - len(self.breaking),
            "required_bump": self.required_bump,
            "major_bumped": self.major_bumped,
            "passes": self.passes,
            "changes": [c.to_json() for c in self.changes],
        }

    def text(self) -> str:
        lines = [
            f"spec {self.base_version} (base) → {self.head_version} (head): {len(self.changes)} change(s), "
            f"{len(self.breaking)} breaking"
        ]
        for c in sorted(self.changes, key=lambda c: (not c.breaking, c.pointer, c.kind)):
            label = "BREAKING    " if c.breaking else "non-breaking"
            where = c.pointer + (" (in the base spec)" if c.in_base else "")
            lines.append(f"{label}  {c.kind}  {where}\n              {c.message}\n              why: {c.why}")
        if not self.breaking:
            bump = (
                ""
                if self.required_bump == "none"
                else f" (a release of it needs a {self.required_bump} bump)"
            )
            lines.append(f"OK: no breaking change{bump}")
        elif self.major_bumped:
            lines.append(f"OK: {len(self.breaking)} breaking change(s) under a major version bump")
        else:
            lines.append(
                f"FAIL: {len(self.breaking)} breaking change(s) and info.version went {self.base_version} → "
                f"{self.head_version}, not to a new major version: make the change compatible, or release it "
                "as a new major version"
            )
        return "\n".join(lines)

    def markdown(self) -> str:
        """The changelog's "API changes" list (documentation-only edits summed up in one line)."""
        items = []
        docs = 0
        for c in sorted(self.changes, key=lambda c: (not c.breaking, c.pointer, c.kind)):
            if c.kind == "version":
                continue
            if c.kind == "docs":
                docs += 1
                continue
            prefix = "**Breaking:** " if c.breaking else ""
            items.append(f"- {prefix}{c.message} (`{c.pointer}`){' — ' + c.why if c.breaking else ''}")
        if docs:
            items.append(f"- Documentation: {docs} description(s) or example(s) changed.")
        return "\n".join(items) if items else "- No change to the API."


def compare_files(base: Path, head: Path) -> Report:
    return compare_documents(parse_spec(base, read_spec(base)), parse_spec(head, read_spec(head)))


def compare_documents(base: Mapping[str, JSON], head: Mapping[str, JSON]) -> Report:
    old, _ = build_api(base)  # diagnostics are lint's business; the IR is built regardless
    new, _ = build_api(head)
    return Report(old.version, new.version, tuple(diff_apis(old, new)))


def dumps(report: Report) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
