"""The breaking-change gate: the spec at REF against the spec now, then proof on real artifacts.

1. ``relay-codegen``'s classifier (:mod:`relay_codegen.breaking`) lists every change, breaking or not,
   with its JSON pointer and why.
2. Proof, as users would meet the change: the SDKs and the server are regenerated from the current spec
   in a scratch copy of the tree, then
   * REF's typed usage of the Python SDK (``sdk-python/tests/typing``) is type-checked (mypy --strict)
     against the regenerated relay-sdk,
   * REF's TypeScript type tests (``sdk-ts/tests/types``, the positive usage files) are type-checked
     (tsc --strict) against the regenerated @relay/sdk-js,
   * REF's Postman collection runs (newman) against the regenerated server.

The gate fails when the classifier finds a breaking change and ``info.version``'s major was not bumped,
or when a proof fails although the classifier found nothing (a break the spec diff cannot see: it is
reported as such). Under a major bump, failing proofs are expected and shown as evidence only.
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from relay_codegen.breaking import Report, compare_files
from relay_release.packages import ROOT, ReleaseError, parse
from relay_release.smoke import TSC, command, installed_server, newman

REF_FILES = (
    "spec/openapi.yaml",
    "sdk-python/tests/typing",
    "sdk-ts/tests/types",
    "postman/relay.postman_collection.json",
    "postman/relay.postman_environment.json",
)
SCRATCH_DIRS = ("spec", "sdk-python", "sdk-ts", "server")
REGENERATED = ("python-sdk", "ts-sdk", "server-models", "server-routes")


def git(*args: str, cwd: Path = ROOT) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise ReleaseError(f"git {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout.strip()


def latest_release_tag() -> str | None:
    """The highest ``vX.Y.Z`` tag reachable or not (a release tag names a published release)."""
    best: tuple[tuple[int, int, int], str] | None = None
    for tag in git("tag", "--list", "v*").splitlines():
        try:
            version = parse(tag[1:])
        except ReleaseError:
            continue
        if best is None or version > best[0]:
            best = (version, tag)
    return best[1] if best else None


def default_ref() -> tuple[str, str]:
    tag = latest_release_tag()
    if tag:
        return tag, "the latest release tag"
    for main in ("main", "origin/main"):
        try:
            return git("merge-base", "HEAD", main), f"the merge base with {main}"
        except ReleaseError:
            continue
    raise ReleaseError("no release tag (vX.Y.Z) and no `main` branch: pass --against REF")


def extract(ref: str, dest: Path) -> list[str]:
    """REF's files of :data:`REF_FILES` into ``dest``; returns the paths REF has."""
    git("rev-parse", "--verify", f"{ref}^{{commit}}")
    found = []
    for path in REF_FILES:
        if subprocess.run(  # noqa: PLW1510 - the exit status is the answer
            ["git", "cat-file", "-e", f"{ref}:{path}"], cwd=ROOT, capture_output=True
        ).returncode:
            continue
        archive = subprocess.run(
            ["git", "archive", "--format=tar", ref, "--", path], cwd=ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest, filter="data")
        found.append(path)
    return found


@dataclass
class Proof:
    name: str
    ok: bool
    output: str


@dataclass
class GateResult:
    ref: str
    how: str
    report: Report
    proofs: list[Proof] = field(default_factory=list)

    @property
    def unexplained(self) -> list[Proof]:
        """Failed proofs the classifier does not account for (it found no breaking change)."""
        return [p for p in self.proofs if not p.ok] if not self.report.breaking else []

    @property
    def required_bump(self) -> str:
        return "major" if self.unexplained else self.report.required_bump

    @property
    def passes(self) -> bool:
        if self.report.major_bumped:
            return True
        return self.report.passes and not self.unexplained


def run_gate(ref: str, how: str, *, proofs: bool = True, head_spec: Path | None = None) -> GateResult:
    work = Path(tempfile.mkdtemp(prefix="relay-breaking-"))
    try:
        ref_dir = work / "ref"
        have = extract(ref, ref_dir)
        if "spec/openapi.yaml" not in have:
            raise ReleaseError(f"{ref} has no spec/openapi.yaml")
        report = compare_files(ref_dir / "spec" / "openapi.yaml", head_spec or ROOT / "spec" / "openapi.yaml")
        result = GateResult(ref, how, report)
        if proofs:
            scratch = _scratch_tree(work / "head", head_spec)
            result.proofs = [
                _python_typing(ref_dir, scratch, work),
                _ts_typing(ref_dir, scratch),
                _postman(ref_dir, scratch, work),
            ]
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _scratch_tree(dest: Path, head_spec: Path | None) -> Path:
    """A copy of the working tree's SDKs and server, regenerated from the current spec."""
    listed = git("ls-files", "--cached", "--others", "--exclude-standard", "--", *SCRATCH_DIRS).splitlines()
    for rel in listed:
        src = ROOT / rel
        if src.is_file() and "node_modules" not in Path(rel).parts:
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / rel)
    if head_spec is not None:
        shutil.copyfile(head_spec, dest / "spec" / "openapi.yaml")
    only = [arg for target in REGENERATED for arg in ("--only", target)]
    command(["relay-codegen", "generate", "--out", dest, *only], cwd=dest)
    return dest


def _python_typing(ref_dir: Path, scratch: Path, work: Path) -> Proof:
    name = "REF's sdk-python/tests/typing (mypy --strict) against the regenerated relay-sdk"
    files = sorted((ref_dir / "sdk-python" / "tests" / "typing").glob("*.py"))
    if not files:
        return Proof(name, True, "REF has no typed usage tests")
    env = {"MYPYPATH": str(scratch / "sdk-python" / "src")}
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--python-version",
        "3.10",
        *map(str, files),
    ]
    return _attempt(name, cmd, work, env)


def _ts_typing(ref_dir: Path, scratch: Path) -> Proof:
    name = "REF's sdk-ts/tests/types (tsc --strict) against the regenerated @relay/sdk-js"
    ref_types = ref_dir / "sdk-ts" / "tests" / "types"
    # The positive usage only: misuse.ts asserts that wrong calls fail, which a compatible widening breaks.
    usage = sorted(p.name for p in ref_types.glob("*.ts") if p.name != "misuse.ts")
    if not usage:
        return Proof(name, True, "REF has no TypeScript type tests")
    target = scratch / "sdk-ts" / "tests" / "types-ref"  # same depth: "../../src/index.js" resolves
    shutil.copytree(ref_types, target)
    config = json.loads((ref_types / "tsconfig.json").read_text(encoding="utf-8"))
    config["include"] = usage
    (target / "tsconfig.json").write_text(json.dumps(config), encoding="utf-8")
    return _attempt(name, ["node", str(TSC), "-p", str(target / "tsconfig.json")], scratch)


def _postman(ref_dir: Path, scratch: Path, work: Path) -> Proof:
    name = "REF's Postman collection (newman) against the regenerated server"
    collection = ref_dir / "postman" / "relay.postman_collection.json"
    if not collection.is_file():
        return Proof(name, True, "REF has no Postman collection")
    environment = ref_dir / "postman" / "relay.postman_environment.json"
    try:
        with installed_server(
            Path(sys.executable), work, {"PYTHONPATH": str(scratch / "server" / "src")}
        ) as server:
            out = newman(collection, environment, server, work)
    except ReleaseError as exc:
        return Proof(name, False, str(exc))
    return Proof(name, True, out.strip()[-1500:])


def _attempt(name: str, cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> Proof:
    try:
        return Proof(name, True, command(cmd, cwd=cwd, env=env).strip()[-1500:])
    except ReleaseError as exc:
        return Proof(name, False, str(exc))


def render(result: GateResult) -> str:
    lines = [
        f"breaking-change gate: spec at {result.ref} ({result.how}) → the working tree",
        result.report.text(),
    ]
    for proof in result.proofs:
        lines.append(f"\nproof {'PASS' if proof.ok else 'FAIL'}: {proof.name}")
        if not proof.ok:
            lines.append("  " + proof.output.replace("\n", "\n  ")[-3000:])
    if result.unexplained:
        lines.append(
            "\nFAIL: REF's artifacts break against the new code although the spec diff found no breaking "
            "change: a break the classifier cannot see (behaviour, or a gap in relay_codegen.breaking)"
        )
    elif result.report.major_bumped and result.report.breaking:
        lines.append("\nOK: breaking changes under a new major version")
    bump = result.required_bump
    need = "no API change" if bump == "none" else f"a release of it needs at least a {bump} version bump"
    lines.append(f"\ngate: {'PASS' if result.passes else 'FAIL'} ({need})")
    return "\n".join(lines)


def to_json(result: GateResult) -> dict[str, object]:
    return {
        "ref": result.ref,
        "how": result.how,
        "passes": result.passes,
        "required_bump": result.required_bump,
        "report": result.report.to_json(),
        "proofs": [{"name": p.name, "ok": p.ok, "output": p.output} for p in result.proofs],
    }
