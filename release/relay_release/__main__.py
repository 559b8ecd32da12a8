"""``python -m relay_release COMMAND``: what the release nox sessions run (see noxfile.py).

build   --dist DIR --uv UV [--results FILE]      build + check + smoke-test every artifact
breaking [--against REF] [--json FILE] [--no-proofs]
release  X.Y.Z [--date YYYY-MM-DD]
publish  --dist DIR --pypi-url URL --npm-registry URL
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from relay_release import artifacts, publish, smoke
from relay_release.packages import ReleaseError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="relay_release", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build every artifact into --dist, check it, smoke-test it")
    b.add_argument("--dist", type=Path, required=True)
    b.add_argument("--uv", required=True, help="the uv executable (fresh venvs for the smoke tests)")
    b.add_argument("--results", type=Path, help="write {passed, failed, skipped} here (dev.py's summary)")
    b.add_argument(
        "--contract-examples", type=int, default=3, help="schemathesis budget of the contract smoke"
    )
    g = sub.add_parser("breaking", help="the breaking-change gate against --against REF")
    g.add_argument(
        "--against", help="a git ref (default: the latest release tag, else the merge base with main)"
    )
    g.add_argument("--json", type=Path, help="also write the result as JSON here")
    g.add_argument("--no-proofs", action="store_true", help="the spec diff only (no real-artifact proof)")
    r = sub.add_parser("release", help="bump every version, regenerate, write changelogs, commit, tag")
    r.add_argument("version")
    r.add_argument("--date", help="the release date (default: today, UTC)")
    p = sub.add_parser("publish", help="upload dist/ with twine and npm publish")
    p.add_argument("--dist", type=Path, required=True)
    p.add_argument("--pypi-url", required=True, help="upload URL of a PyPI-compatible index")
    p.add_argument("--npm-registry", required=True, help="npm registry URL")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            return _build(args)
        if args.command == "breaking":
            from relay_release import gate  # noqa: PLC0415 - needs relay_codegen (nox -s breaking has it)

            ref, how = (args.against, "given") if args.against else gate.default_ref()
            result = gate.run_gate(ref, how, proofs=not args.no_proofs)
            print(gate.render(result))
            if args.json:
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(gate.to_json(result), indent=2) + "\n", encoding="utf-8")
            return 0 if result.passes else 1
        if args.command == "release":
            from relay_release import release  # noqa: PLC0415 - needs relay_codegen (nox -s release has it)

            tag = release.release(args.version, date=args.date)
            print(
                f"released {tag}: next `nox -s build`, `nox -s publish -- …`, then `git push --follow-tags`"
            )
            return 0
        for line in publish.publish(args.dist, args.pypi_url, args.npm_registry):
            print(f"published {line}")
        return 0
    except ReleaseError as exc:
        print(f"relay_release {args.command}: {exc}", file=sys.stderr)
        return 1


def _build(args: argparse.Namespace) -> int:
    start = time.monotonic()
    try:
        built = artifacts.build(args.dist.resolve(), args.uv)
        checks = artifacts.check(built)
    except ReleaseError:
        _write_results(args.results, passed=0, failed=1)  # counted by dev.py's summary line
        raise
    for line in checks:
        print(f"CHECK ok    {line}")
    built_at = time.monotonic()
    results = smoke.run_smoke(built, args.uv, contract_examples=args.contract_examples)
    print(f"\nbuild {built_at - start:.0f} s (build + checks), smoke {time.monotonic() - built_at:.0f} s:")
    for name, seconds in results.seconds.items():
        print(f"  {seconds:6.1f} s  {name}")
    _write_results(args.results, passed=len(checks) + len(results.passed), failed=len(results.failed))
    for name, why in results.failed:
        print(f"FAILED: {name}\n  {why[-2000:]}", file=sys.stderr)
    return 1 if results.failed else 0


def _write_results(path: Path | None, *, passed: int, failed: int) -> None:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps({"passed": passed, "failed": failed, "skipped": 0}) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    raise SystemExit(main())
