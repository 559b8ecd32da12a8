"""``relay-contract``: run the whole contract suite against a Relay deployment.

    relay-contract --base-url https://relay.example.com --api-key relay_sk_… [--second-api-key relay_sk_…]
    relay-contract                      # starts the reference server itself (fresh temp db), then stops it

Two parts, both against the same deployment:
1. schemathesis (``st run`` with the packaged ``relay_contract/schemathesis.toml``): every operation,
   every default check, phases examples → coverage → fuzzing → stateful, fixed seed.
2. the hand-written cases (pytest, the packaged ``relay_contract/suite``): idempotency, confirm tokens,
   role matrix,
   OWASP API Top 10 (BOLA, BFLA, broken auth, resource consumption), problem+json, SSE framing, hostile
   JSON, HTTP semantics, SSRF.

An operation the deployment answers with 501 ``not_implemented`` is reported as *skipped* by both parts
(not implemented by this deployment), never as passed or failed.

With a reference server this run started, a third part scans its database file afterwards: no API key,
webhook secret or OAuth token the run created or saw may be readable in it (``relay_contract/scan``).

Exit status is non-zero when any part fails.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx

from relay_contract.cases import FUZZ_EXAMPLES_ENV
from relay_contract.implemented import unimplemented_operations, write_skipped_junit
from relay_contract.refserver import Deployment, reference_deployment
from relay_contract.secrets_log import SECRETS_LOG_ENV, record_secret
from relay_contract.spec import Spec, default_spec_path

# Everything the run needs ships inside the package, so an installed relay-contract works anywhere.
PACKAGE = Path(__file__).resolve().parent
CONFIG = PACKAGE / "schemathesis.toml"
SUITE = PACKAGE / "suite"
SCAN = PACKAGE / "scan"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="relay-contract", description=__doc__.split("\n\n")[0])
    p.add_argument("--base-url", default=os.environ.get("RELAY_BASE_URL"), help="the deployment to test")
    p.add_argument("--api-key", default=os.environ.get("RELAY_API_KEY"), help="an ADMIN key of workspace A")
    p.add_argument(
        "--second-api-key",
        default=os.environ.get("RELAY_SECOND_API_KEY"),
        help="an admin key of another workspace B (isolation cases are skipped without it)",
    )
    p.add_argument(
        "--rate-limited-api-key",
        default=os.environ.get("RELAY_RATE_LIMITED_API_KEY"),
        help="opt-in: a key whose workspace rate limit the 429 case may exhaust",
    )
    p.add_argument("--rate-limited-base-url", default=os.environ.get("RELAY_RATE_LIMITED_BASE_URL"))
    p.add_argument(
        "--production-api-key",
        default=os.environ.get("RELAY_PRODUCTION_API_KEY"),
        help="opt-in: an admin key of a deployment with dev mode off (the SSRF cases are skipped without it)",
    )
    p.add_argument(
        "--production-base-url",
        default=os.environ.get("RELAY_PRODUCTION_BASE_URL"),
        help="that deployment's URL (default: --base-url)",
    )
    p.add_argument(
        "--spec",
        default=str(default_spec_path()),
        help="the OpenAPI document (default: the one this relay-contract release ships)",
    )
    p.add_argument(
        "--max-examples",
        type=int,
        help="generated cases per operation: schemathesis's max-examples, and the cases' hostile-JSON fuzz",
    )
    p.add_argument("--phases", help="schemathesis phases (default: all four)")
    p.add_argument("--skip-fuzz", action="store_true", help="only the hand-written cases")
    p.add_argument("--skip-cases", action="store_true", help="only the schemathesis run")
    p.add_argument("--junit-dir", type=Path, help="write JUnit XML reports here")
    p.add_argument("-k", dest="keyword", help="pytest -k expression for the hand-written cases")
    return p


def _headers(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def own_key_ids(base_url: str, key: str) -> list[str]:
    """Ids of the keys in workspace A whose prefix matches ``key`` (the fuzzer must not revoke them)."""
    ids: list[str] = []
    after: str | None = None
    with httpx.Client(base_url=base_url, headers=_headers(key), timeout=30) as client:
        for _ in range(100):
            params: dict[str, str | int] = {"limit": 100}
            if after:
                params["after"] = after
            r = client.get("/v1/api-keys", params=params)
            if r.status_code != 200:
                break
            page = r.json()
            ids += [k["id"] for k in page["data"] if key.startswith(k["prefix"])]
            if not page["has_more"]:
                break
            after = page["next_cursor"]
    return ids


@contextlib.contextmanager
def fuzz_key(base_url: str, admin_key: str) -> Iterator[tuple[str, list[str]]]:
    """A dedicated admin key for the fuzzer (revoked afterwards), plus every key id it must not revoke."""
    protected = own_key_ids(base_url, admin_key)
    with httpx.Client(base_url=base_url, headers=_headers(admin_key), timeout=30) as client:
        r = client.post("/v1/api-keys", json={"name": "relay-contract fuzzer", "role": "admin"})
        if r.status_code != 201:
            print(
                f"note: could not mint a fuzzer key ({r.status_code}); fuzzing with the given key", flush=True
            )
            yield admin_key, protected
            return
        created = r.json()
        record_secret(created["secret"])
        try:
            yield created["secret"], [*protected, created["id"]]
        finally:
            client.delete(f"/v1/api-keys/{created['id']}")


def run_schemathesis(dep: Deployment, args: argparse.Namespace) -> int:
    spec = Spec(Path(args.spec))
    with fuzz_key(dep.base_url, dep.api_key) as (key, protected):
        missing = unimplemented_operations(dep.base_url, key, spec)
        if args.junit_dir:
            write_skipped_junit(args.junit_dir / "contract-not-implemented.xml", spec, missing)
        for operation_id in missing:
            print(f"relay-contract: skipped, not implemented by this deployment: {operation_id}", flush=True)
        if len(missing) == len(spec.operations):
            return 0
        cmd = [sys.executable, "-m", "schemathesis.cli", "--config-file", str(CONFIG), "run", args.spec]
        cmd += ["--url", dep.base_url]
        for operation_id in missing:
            cmd += ["--exclude-operation-id", operation_id]
        if args.max_examples:
            cmd += ["--max-examples", str(args.max_examples)]
        if args.phases:
            cmd += ["--phases", args.phases]
        if args.junit_dir:
            cmd += [
                "--report",
                "junit",
                "--report-junit-path",
                str(args.junit_dir / "contract-schemathesis.xml"),
            ]
        env = dict(os.environ, RELAY_BASE_URL=dep.base_url, RELAY_API_KEY=key)
        env["RELAY_OWN_KEY_IDS"] = ",".join(protected)
        print("$ " + " ".join(cmd), flush=True)
        return subprocess.call(cmd, env=env)


def run_cases(dep: Deployment, args: argparse.Namespace) -> int:
    cmd = [sys.executable, "-m", "pytest", str(SUITE), "-p", "no:cacheprovider", "--spec", args.spec]
    cmd += ["--rootdir", str(SUITE)]
    cmd += ["--base-url", dep.base_url, "--api-key", dep.api_key]
    if dep.second_api_key:
        cmd += ["--second-api-key", dep.second_api_key]
    if dep.limited_api_key:
        cmd += ["--rate-limited-api-key", dep.limited_api_key]
        cmd += ["--rate-limited-base-url", dep.limited_base_url or dep.base_url]
    if dep.production_api_key:
        cmd += ["--production-api-key", dep.production_api_key]
        cmd += ["--production-base-url", dep.production_base_url or dep.base_url]
    if args.keyword:
        cmd += ["-k", args.keyword]
    if args.junit_dir:
        cmd += [f"--junitxml={args.junit_dir / 'contract-cases.xml'}"]
    keys = {dep.api_key, dep.second_api_key, dep.limited_api_key, dep.production_api_key}
    printable = [c if c not in keys else "***" for c in cmd]
    print("$ " + " ".join(printable), flush=True)
    env = dict(os.environ)
    if args.max_examples:
        env[FUZZ_EXAMPLES_ENV] = str(args.max_examples)
    if dep.confirm_secret:
        env["RELAY_CONFIRM_TOKEN_SECRET"] = dep.confirm_secret
    return subprocess.call(cmd, env=env)


def run_database_scan(dep: Deployment, args: argparse.Namespace) -> int:
    """After the suite: the reference server's database holds no secret in plaintext."""
    cmd = [sys.executable, "-m", "pytest", str(SCAN), "-p", "no:cacheprovider", "--rootdir", str(SCAN)]
    cmd += ["--database", str(dep.database_path)]
    if args.junit_dir:
        cmd += [f"--junitxml={args.junit_dir / 'contract-database-scan.xml'}"]
    print("$ " + " ".join(cmd), flush=True)
    return subprocess.call(cmd)


def run(dep: Deployment, args: argparse.Namespace) -> int:
    if args.junit_dir:
        args.junit_dir.mkdir(parents=True, exist_ok=True)
    for note in dep.notes:
        print(f"relay-contract: {note}", flush=True)
    results: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="relay-contract-") as scratch:
        # every secret the run is shown (created keys and endpoints) is noted here, for the database scan
        os.environ[SECRETS_LOG_ENV] = str(Path(scratch) / "secrets.log")
        if not args.skip_fuzz:
            results["schemathesis"] = run_schemathesis(dep, args)
        if not args.skip_cases:
            results["hand-written cases"] = run_cases(dep, args)
        if dep.database_path is not None and results:
            results["database scan"] = run_database_scan(dep, args)
    for part, rc in results.items():
        print(f"relay-contract: {part}: {'passed' if rc == 0 else f'FAILED (exit {rc})'}", flush=True)
    return 0 if all(rc == 0 for rc in results.values()) else 1


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.base_url:
        if not args.api_key:
            print("relay-contract: --api-key (or RELAY_API_KEY) is required with --base-url", file=sys.stderr)
            return 2
        dep = Deployment(
            base_url=args.base_url.rstrip("/"),
            api_key=args.api_key,
            second_api_key=args.second_api_key,
            limited_base_url=(args.rate_limited_base_url or args.base_url).rstrip("/")
            if args.rate_limited_api_key
            else None,
            limited_api_key=args.rate_limited_api_key,
            confirm_secret=os.environ.get("RELAY_CONFIRM_TOKEN_SECRET"),
            production_base_url=(args.production_base_url or args.base_url).rstrip("/")
            if args.production_api_key
            else None,
            production_api_key=args.production_api_key,
            notes=[f"deployment {args.base_url}"],
        )
        return run(dep, args)
    with reference_deployment() as dep:
        return run(dep, args)


if __name__ == "__main__":
    raise SystemExit(main())
