"""What a target is, and the context every target renders with.

A target turns the intermediate model into files under ONE output root (a repo-relative
directory). Register new targets in :mod:`relay_codegen.targets` (``TARGETS``), nowhere else.

Rules every target follows (the pipeline enforces the first two):

* every file carries :data:`HEADER` in its first three lines (use :meth:`Context.header`), except
  JSON files, which must contain it somewhere (e.g. in a description field);
* file paths are POSIX, relative to the target's root, and never escape it;
* output is a pure function of the IR: sorted keys, no timestamps, no absolute paths.

"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar, Protocol

import jinja2

from relay_codegen.ir import Api

HEADER = "generated from spec/openapi.yaml — do not edit"


@dataclass(frozen=True)
class GeneratedFile:
    path: str  # POSIX, relative to the target's root
    content: str


@dataclass(frozen=True)
class Context:
    api: Api
    spec_path: Path  # the spec file on disk (for tools that read it themselves)
    spec_sha256: str
    generator_version: str
    templates: jinja2.Environment
    spec_bytes: bytes | None = None  # the bytes the IR was built from (None: read spec_path)

    @property
    def stamp_line(self) -> str:
        return make_stamp_line(self.generator_version, self.spec_sha256)

    def header(self, prefix: str = "#", suffix: str = "") -> str:
        """The two header lines as comments of the output's syntax, newline-terminated.

        ``header("#")`` for Python, ``header("//")`` for TypeScript,
        ``header("<!--", " -->")`` for Markdown/HTML.
        """
        end = suffix
        return f"{prefix} {HEADER}{end}\n{prefix} {self.stamp_line}{end}\n"

    def render(self, template: str, **variables: Any) -> str:
        return self.templates.get_template(template).render(
            api=self.api, ctx=self, header=self.header, **variables
        )


def make_stamp_line(generator_version: str, spec_sha256: str) -> str:
    """The second header line: which generator made the file from which spec."""
    return f"relay-codegen {generator_version} · spec sha256 {spec_sha256}"


class Target(Protocol):
    name: ClassVar[str]
    root: ClassVar[str]  # repo-relative output directory, POSIX
    description: ClassVar[str]

    def generate(self, ctx: Context) -> list[GeneratedFile]: ...


def stamp_document(ctx: Context, files_by_target: Mapping[str, Mapping[str, str]]) -> dict[str, Any]:
    """The ``.relay-codegen-stamp.json`` content for one output root."""
    return {
        "generated_from": "spec/openapi.yaml",
        "generator": "relay-codegen",
        "generator_version": ctx.generator_version,
        "notice": HEADER,
        "spec_sha256": ctx.spec_sha256,
        "targets": {
            name: {"files": dict(sorted(files.items()))} for name, files in sorted(files_by_target.items())
        },
    }
