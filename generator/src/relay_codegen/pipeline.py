"""Spec → IR → targets → files on disk (or a drift report with ``check=True``)."""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TextIO

from relay_codegen import __version__
from relay_codegen.build import build_api
from relay_codegen.diagnostics import Diagnostics, GenerationError
from relay_codegen.loader import check_valid, parse_spec, read_spec, validate_document
from relay_codegen.render import make_environment
from relay_codegen.targets import TARGETS
from relay_codegen.targets.base import HEADER, Context, Target, stamp_document

STAMP_NAME = ".relay-codegen-stamp.json"
DIFF_EXCERPT_LINES = 40
MAX_DIFF_EXCERPTS = 20  # past this many drifted files, only their names are listed


@dataclass
class Result:
    files: dict[str, bytes]  # repo-relative POSIX path → content
    diagnostics: Diagnostics
    targets: tuple[str, ...]
    drift: list[str] = field(default_factory=list)  # human-readable drift lines (check mode)
    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def select_targets(only: Iterable[str] | None) -> list[Target]:
    """The requested targets, expanded to every target sharing an output root with them.

    Stamps are per output root, so a root is always generated as a whole.
    """
    if not only:
        return list(TARGETS.values())
    wanted = list(only)
    unknown = [name for name in wanted if name not in TARGETS]
    if unknown:
        raise GenerationError(f"unknown target(s) {', '.join(unknown)}; known: {', '.join(TARGETS)}")
    roots = {TARGETS[name].root for name in wanted}
    return [t for t in TARGETS.values() if t.root in roots]


def render(spec_path: Path, only: Iterable[str] | None = None) -> Result:
    """Load the spec once, validate it, build the IR, run the selected targets; return all files in memory.

    Nothing is returned (or written) unless the spec is valid OpenAPI 3.1: its validation diagnostics
    are raised first, then the convention diagnostics of the IR.
    """
    targets = select_targets(only)
    raw = read_spec(spec_path)
    document = parse_spec(spec_path, raw)
    check_valid(spec_path, validate_document(document))
    api, diagnostics = build_api(document)
    if diagnostics.errors:
        raise GenerationError(f"{spec_path}: {len(diagnostics.errors)} error(s) in the spec", diagnostics)
    ctx = Context(
        api=api,
        spec_path=spec_path.resolve(),
        spec_sha256=hashlib.sha256(raw).hexdigest(),
        generator_version=__version__,
        templates=make_environment(),
        spec_bytes=raw,
    )
    files: dict[str, bytes] = {}
    per_root: dict[str, dict[str, dict[str, str]]] = {}
    for target in targets:
        produced: dict[str, str] = {}
        for gen in target.generate(ctx):
            rel = PurePosixPath(gen.path)
            if rel.is_absolute() or ".." in rel.parts or gen.path != rel.as_posix():
                raise GenerationError(f"{target.name}: bad output path {gen.path!r}")
            _check_header(target.name, gen.path, gen.content)
            full = f"{target.root}/{gen.path}"
            if full in files:
                raise GenerationError(f"{target.name}: {full} is produced twice")
            data = gen.content.encode("utf-8")
            files[full] = data
            produced[gen.path] = hashlib.sha256(data).hexdigest()
        per_root.setdefault(target.root, {})[target.name] = produced
    for root, by_target in sorted(per_root.items()):
        stamp = stamp_document(ctx, by_target)
        files[f"{root}/{STAMP_NAME}"] = (
            json.dumps(stamp, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
        ).encode("utf-8")
    return Result(
        files=dict(sorted(files.items())),
        diagnostics=diagnostics,
        targets=tuple(t.name for t in targets),
    )


def _check_header(target: str, path: str, content: str) -> None:
    if "\r" in content:
        raise GenerationError(f"{target}: {path} contains carriage returns")
    if path.endswith(".json"):
        ok = HEADER in content
    else:
        ok = any(HEADER in line for line in content.splitlines()[:3])
    if not ok:
        raise GenerationError(f"{target}: {path} lacks the header {HEADER!r}")


def generated_on_disk(out_root: Path, targets: list[Target]) -> set[str]:
    """Generated files currently in the tree for these targets' roots.

    A file counts when the root's stamp lists it, or when it carries the header. Subtrees that
    belong to another registered target's (deeper) root are that target's business.
    """
    found: set[str] = set()
    roots = sorted({t.root for t in targets})
    other_roots = {t.root for t in TARGETS.values()} - set(roots)
    for root in roots:
        base = out_root / root
        stamp_path = base / STAMP_NAME
        if stamp_path.is_file():
            found.add(f"{root}/{STAMP_NAME}")
            try:
                stamp = json.loads(stamp_path.read_text(encoding="utf-8"))
                for entry in (stamp.get("targets") or {}).values():
                    for rel in entry.get("files") or {}:
                        if (base / rel).exists():
                            found.add(f"{root}/{rel}")
            except (ValueError, AttributeError):
                pass
        if not base.is_dir():
            continue
        for dirpath, dirnames, filenames in os.walk(base):
            rel_dir = Path(dirpath).relative_to(out_root).as_posix()
            dirnames[:] = sorted(
                d
                for d in dirnames
                if f"{rel_dir}/{d}" not in other_roots
                and d not in ("__pycache__", "node_modules", ".mypy_cache")
            )
            for name in sorted(filenames):
                rel = f"{rel_dir}/{name}"
                if _has_header(Path(dirpath) / name):
                    found.add(rel)
    return found


def _has_header(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    text = head.decode("utf-8", errors="replace")
    if path.suffix == ".json":
        return HEADER in text
    return any(HEADER in line for line in text.splitlines()[:3])


def check(result: Result, out_root: Path) -> list[str]:
    """Regenerate into a temp dir and compare it with the tree; return drift messages."""
    targets = [TARGETS[name] for name in result.targets]
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="relay-codegen-check-") as tmp:
        fresh_root = Path(tmp)
        _write_all(result.files, fresh_root)
        for rel in sorted(result.files):
            fresh = (fresh_root / rel).read_bytes()
            current_path = out_root / rel
            if not current_path.is_file():
                problems.append(f"missing: {rel}")
                continue
            current = current_path.read_bytes()
            if current != fresh:
                shown = sum(1 for p in problems if p.startswith("drifted:") and "\n" in p)
                excerpt = _diff_excerpt(rel, current, fresh) if shown < MAX_DIFF_EXCERPTS else ""
                problems.append(f"drifted: {rel}" + (f"\n{excerpt}" if excerpt else ""))
    for rel in sorted(generated_on_disk(out_root, targets) - set(result.files)):
        problems.append(f"extra: {rel} (generated file no target produces any more)")
    return problems


def _diff_excerpt(rel: str, current: bytes, fresh: bytes) -> str:
    lines = list(
        difflib.unified_diff(
            current.decode("utf-8", errors="replace").splitlines(keepends=True),
            fresh.decode("utf-8", errors="replace").splitlines(keepends=True),
            fromfile=f"{rel} (in tree)",
            tofile=f"{rel} (regenerated)",
        )
    )
    excerpt = "".join(lines[:DIFF_EXCERPT_LINES])
    if not excerpt.endswith("\n"):
        excerpt += "\n"
    if len(lines) > DIFF_EXCERPT_LINES:
        excerpt += f"... ({len(lines) - DIFF_EXCERPT_LINES} more diff lines)\n"
    return excerpt


def _write_all(files: Mapping[str, bytes], out_root: Path) -> list[str]:
    written = []
    for rel, data in files.items():
        path = out_root / rel
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".relay-codegen-tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
        written.append(rel)
    return written


def write(result: Result, out_root: Path) -> None:
    """Write changed files and delete generated files no target produces any more."""
    targets = [TARGETS[name] for name in result.targets]
    stale = sorted(generated_on_disk(out_root, targets) - set(result.files))
    result.written = _write_all(result.files, out_root)
    for rel in stale:
        path = out_root / rel
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
        result.removed.append(rel)


def generate(
    spec_path: Path,
    out_root: Path,
    *,
    only: Iterable[str] | None = None,
    check_only: bool = False,
    stream: TextIO | None = None,
) -> int:
    """The ``relay-codegen generate`` command. Returns the process exit code."""
    out = stream or sys.stdout
    err = sys.stderr if stream is None else stream
    try:
        result = render(spec_path, only)
    except GenerationError as exc:
        if exc.diagnostics.items:
            print(exc.diagnostics.report(), file=err)
        print(f"relay-codegen: {exc}", file=err)
        return 1
    if result.diagnostics.items:
        print(result.diagnostics.report(), file=err)
    if check_only:
        problems = check(result, out_root)
        if problems:
            for problem in problems:
                print(problem, file=err)
            print(
                f"relay-codegen: {len(problems)} generated file(s) out of date; "
                "run `relay-codegen generate` (or `nox -s generate`) and commit the result",
                file=err,
            )
            return 1
        print(
            f"relay-codegen: {len(result.files)} generated files up to date "
            f"(targets: {', '.join(result.targets)})",
            file=out,
        )
        return 0
    write(result, out_root)
    for rel in result.written:
        print(f"wrote {rel}", file=out)
    for rel in result.removed:
        print(f"removed {rel}", file=out)
    print(
        f"relay-codegen: {len(result.files)} files, {len(result.written)} changed, "
        f"{len(result.removed)} removed (targets: {', '.join(result.targets)})",
        file=out,
    )
    return 0
