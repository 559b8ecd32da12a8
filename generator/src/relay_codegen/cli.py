"""``relay-codegen`` command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from relay_codegen import __version__
from relay_codegen.breaking import compare_files, dumps
from relay_codegen.build import build_api
from relay_codegen.diagnostics import GenerationError
from relay_codegen.loader import load_spec
from relay_codegen.pipeline import generate
from relay_codegen.targets import TARGETS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relay-codegen",
        description="Generate the Relay suite's code from spec/openapi.yaml.",
    )
    parser.add_argument("--version", action="version", version=f"relay-codegen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    gen = sub.add_parser("generate", help="generate every target (or check they are up to date)")
    gen.add_argument(
        "--check",
        action="store_true",
        help="regenerate into a temp dir and fail, naming each file, if the tree differs",
    )
    gen.add_argument("--spec", type=Path, default=None, help="spec file (default: ROOT/spec/openapi.yaml)")
    gen.add_argument("--out", type=Path, default=Path("."), help="repository root to write into (default: .)")
    gen.add_argument(
        "--only",
        action="append",
        metavar="TARGET",
        choices=sorted(TARGETS),
        help="generate only this target (repeatable); targets sharing its output root come along",
    )

    lint = sub.add_parser("lint", help="report spec convention diagnostics without generating")
    lint.add_argument("--spec", type=Path, default=Path("spec/openapi.yaml"))

    brk = sub.add_parser(
        "breaking",
        help="list every change between two versions of the spec, breaking or not for existing clients",
        description="Compare BASE and HEAD specs; exit 1 when a change breaks existing clients and the "
        "major version of info.version was not bumped.",
    )
    brk.add_argument("--base", type=Path, required=True, help="the spec clients were built against")
    brk.add_argument("--head", type=Path, default=Path("spec/openapi.yaml"), help="the new spec")
    brk.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    brk.add_argument("--output", type=Path, help="write the report here (default: stdout)")
    brk.add_argument("--no-fail", action="store_true", help="exit 0 whatever the verdict (just list)")

    sub.add_parser("targets", help="list the registered targets")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "generate":
        out_root: Path = args.out
        spec: Path = args.spec or out_root / "spec" / "openapi.yaml"
        return generate(spec, out_root, only=args.only, check_only=args.check)
    if args.command == "lint":
        try:
            loaded = load_spec(args.spec)
        except GenerationError as exc:
            if exc.diagnostics.items:
                print(exc.diagnostics.report(), file=sys.stderr)
            print(f"relay-codegen: {exc}", file=sys.stderr)
            return 1
        _, diagnostics = build_api(loaded.document)
        if diagnostics.items:
            print(diagnostics.report(), file=sys.stderr)
        print(
            f"relay-codegen lint: {len(diagnostics.errors)} error(s), {len(diagnostics.warnings)} warning(s)"
        )
        return 1 if diagnostics.items else 0
    if args.command == "breaking":
        return _breaking(args)
    for target in TARGETS.values():
        print(f"{target.name:16} {target.root:45} {target.description}")
    return 0


def _breaking(args: argparse.Namespace) -> int:
    try:
        report = compare_files(args.base, args.head)
    except GenerationError as exc:
        print(f"relay-codegen: {exc}", file=sys.stderr)
        return 2
    renderers = {"text": report.text, "json": lambda: dumps(report), "markdown": report.markdown}
    rendered = renderers[args.format]()
    if args.output:
        args.output.write_text(rendered if rendered.endswith("\n") else rendered + "\n", encoding="utf-8")
    else:
        print(rendered, end="" if rendered.endswith("\n") else "\n")
    return 0 if report.passes or args.no_fail else 1


if __name__ == "__main__":
    raise SystemExit(main())
