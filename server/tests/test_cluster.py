"""A cluster: three ``relay-server serve`` processes on one PostgreSQL, each in a network namespace of
its own — three hosts as far as the network goes (their own addresses and loopback, reaching the
database and the webhook receivers over a bridge) — with requests spread over them. Every guarantee is
held by the database: one execution for 40 concurrent executes with one key, one success for a confirm
token raced on all three, a revoke on one refused at once on another, one rate-limit budget, each
webhook delivered once, sweeps once per cluster, and a ``kill -9`` under load losing nothing.

Needs PostgreSQL (``RELAY_TEST_POSTGRES_URL``: ``nox -s tests-postgres``). Namespaces need root and
``ip``; without them the three processes share loopback (``HOSTS`` says which ran).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import Receiver, query, run_cli, wait_for

from relay_server.testing import ServerProcess, encryption_key_for_tests, postgres_server_url
from relay_server.throwaway_postgres import fresh_database, throwaway_postgres

pytestmark = pytest.mark.skipif(
    postgres_server_url() is None, reason="a cluster needs PostgreSQL (RELAY_TEST_POSTGRES_URL)"
)

BRIDGE_NET = "10.231.{n}.0/24"


@dataclass
class Hosts:
    """Where the cluster's processes run: ``prefixes[i]`` is the command prefix of host ``i`` (``ip netns
    exec …``, empty on loopback), ``addresses[i]`` its address; ``gateway`` is this test's address as
    the hosts see it (the database and the receivers listen there)."""

    prefixes: list[list[str]]
    addresses: list[str]
    gateway: str
    network: str | None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)


@contextlib.contextmanager
def hosts(count: int) -> Iterator[Hosts]:
    """``count`` network namespaces on a bridge (root and ``ip`` needed), else loopback."""
    if os.geteuid() != 0 or shutil.which("ip") is None:
        yield Hosts([[] for _ in range(count)], ["127.0.0.1"] * count, "127.0.0.1", None)
        return
    tag = f"{os.getpid() % 10000}"
    n = os.getpid() % 200 + 20
    bridge, names = f"rlbr{tag}", [f"relay-{tag}-{i}" for i in range(count)]
    gateway = f"10.231.{n}.1"
    try:
        _ip("link", "add", bridge, "type", "bridge")
        _ip("addr", "add", f"{gateway}/24", "dev", bridge)
        _ip("link", "set", bridge, "up")
        for i, ns in enumerate(names):
            outside, inside = f"rl{tag}v{i}a", f"rl{tag}v{i}b"
            _ip("netns", "add", ns)
            _ip("link", "add", outside, "type", "veth", "peer", "name", inside)
            _ip("link", "set", outside, "master", bridge)
            _ip("link", "set", outside, "up")
            _ip("link", "set", inside, "netns", ns)
            _ip("-n", ns, "addr", "add", f"10.231.{n}.{11 + i}/24", "dev", inside)
            _ip("-n", ns, "link", "set", inside, "up")
            _ip("-n", ns, "link", "set", "lo", "up")
        yield Hosts(
            [["ip", "netns", "exec", ns] for ns in names],
            [f"10.231.{n}.{11 + i}" for i in range(count)],
            gateway,
            BRIDGE_NET.format(n=n),
        )
    finally:
        for ns in names:
            subprocess.run(["ip", "netns", "delete", ns], capture_output=True, check=False)
        subprocess.run(["ip", "link", "delete", bridge], capture_output=True, check=False)


@dataclass
class Cluster:
    hosts: Hosts
    database: str
    servers: list[ServerProcess]
    directory: Path
    actions: Receiver  # where webhook.post executions post
    hooks: Receiver  # where webhook deliveries arrive

    def workspace(self, name: str) -> tuple[str, str]:
        """A new workspace: ``(workspace_id, admin key)``."""
        created = run_cli("workspaces", "create", "--name", name, "--db", self.database, "--json")
        return created["workspace_id"], created["api_key"]

    def clients(self, key: str) -> list[httpx.Client]:
        return [
            httpx.Client(base_url=s.base_url, headers={"Authorization": f"Bearer {key}"}, timeout=30)
            for s in self.servers
        ]


ENV = {
    "RELAY_WEBHOOK_TIMEOUT_SECONDS": "1",  # leases of 11 s: a killed process's claims come back soon
    "RELAY_INTERRUPTED_AFTER_SECONDS": "2",  # the interrupted sweep runs every 0.5 s over the cluster
    "RELAY_WEBHOOK_BACKOFF_BASE_SECONDS": "0.2",
}
# a workspace's budget: a burst of 400, refilled one request a second
LIMITS = ["--rate-limit", "60", "--burst", "400"]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    directory = tmp_path_factory.mktemp("cluster")
    with hosts(3) as net:
        listen = "127.0.0.1" if net.network is None else f"127.0.0.1,{net.gateway}"
        trusted = [net.network] if net.network else []
        with throwaway_postgres({"listen_addresses": listen}, trusted=trusted) as server_url:
            local = fresh_database(server_url, "relay_cluster")
            # the hosts reach the database at the bridge's address
            database = local.replace("@127.0.0.1:", f"@{net.gateway}:")
            env = {**ENV, "RELAY_ENCRYPTION_KEY": encryption_key_for_tests(database)}
            actions, hooks = Receiver(host=net.gateway), Receiver(host=net.gateway)
            servers: list[ServerProcess] = []
            try:
                for i, (prefix, address) in enumerate(zip(net.prefixes, net.addresses, strict=True)):
                    process = ServerProcess(
                        database,
                        LIMITS,
                        env,
                        directory / f"server-{i}.log",
                        host=address,
                        prefix=prefix,
                        cwd=directory,
                    )
                    servers.append(process.start())
                yield Cluster(net, local, servers, directory, actions, hooks)
            finally:
                for s in servers:
                    s.stop()
                actions.close()
                hooks.close()


def test_the_processes_are_separate_hosts(cluster: Cluster) -> None:
    if cluster.hosts.network is None:
        pytest.skip("no network namespaces here (needs root and ip): the processes share loopback")
    addresses = {s.host for s in cluster.servers}
    assert len(addresses) == 3 and "127.0.0.1" not in addresses
    # each host's loopback is its own: nothing of another host answers there
    for s in cluster.servers:
        probe = subprocess.run(
            [
                *s.prefix,
                "python3",
                "-c",
                f"import socket; socket.create_connection(('127.0.0.1', {s.port}), 1)",
            ],
            capture_output=True,
            check=False,
        )
        assert probe.returncode != 0


def _preview(c: httpx.Client, url: str, payload: dict[str, Any]) -> str:
    r = c.post("/v1/actions/webhook.post/preview", json={"params": {"url": url, "payload": payload}})
    assert r.status_code == 200, r.text
    token: str = r.json()["confirm_token"]
    return token


def test_forty_concurrent_executes_with_one_key_make_one_execution(cluster: Cluster) -> None:
    _, key = cluster.workspace("idempotency")
    clients = cluster.clients(key)
    token = _preview(clients[0], cluster.actions.url, {"run": "one-key"})

    def execute(i: int) -> tuple[int, str | None]:
        r = clients[i % 3].post(
            "/v1/actions/webhook.post/execute",
            json={"confirm_token": token},
            headers={"Idempotency-Key": "cluster-one-key"},
        )
        return r.status_code, r.json().get("id") if r.status_code == 200 else r.json()["code"]

    with ThreadPoolExecutor(40) as pool:
        results = list(pool.map(execute, range(40)))
    ok = {ident for status, ident in results if status == 200}
    assert len(ok) == 1, results
    assert {ident for status, ident in results if status != 200} <= {"idempotency_in_progress"}
    # the stragglers, retried: the same execution, replayed
    for c in clients:
        r = c.post(
            "/v1/actions/webhook.post/execute",
            json={"confirm_token": token},
            headers={"Idempotency-Key": "cluster-one-key"},
        )
        assert r.status_code == 200 and r.json()["id"] in ok and r.headers["idempotent-replayed"] == "true"
    assert sum(b'"one-key"' in body for _, body in cluster.actions.requests) == 1
    for c in clients:
        c.close()


def test_one_confirm_token_raced_on_all_three_succeeds_once(cluster: Cluster) -> None:
    _, key = cluster.workspace("tokens")
    clients = cluster.clients(key)
    token = _preview(clients[0], cluster.actions.url, {"run": "raced-token"})

    def execute(i: int) -> int:
        return (
            clients[i % 3].post("/v1/actions/webhook.post/execute", json={"confirm_token": token}).status_code
        )

    with ThreadPoolExecutor(12) as pool:
        statuses = Counter(pool.map(execute, range(12)))
    assert statuses == Counter({200: 1, 409: 11}), statuses
    assert sum(b'"raced-token"' in body for _, body in cluster.actions.requests) == 1
    for c in clients:
        c.close()


def test_a_revoke_on_one_host_is_refused_at_once_on_the_others(cluster: Cluster) -> None:
    _, key = cluster.workspace("revoke")
    a, b, c = cluster.clients(key)
    created = a.post("/v1/api-keys", json={"name": "victim", "role": "viewer"}).json()
    victim = {"Authorization": f"Bearer {created['secret']}"}
    for client in (b, c):  # verified, and cached, on both other hosts
        assert client.get("/v1/workspace", headers=victim).status_code == 200
    assert a.delete(f"/v1/api-keys/{created['id']}").status_code == 200
    assert b.get("/v1/workspace", headers=victim).status_code == 401
    assert c.get("/v1/workspace", headers=victim).status_code == 401
    for client in (a, b, c):
        client.close()


def test_a_burst_over_all_three_respects_one_budget(cluster: Cluster) -> None:
    _, key = cluster.workspace("budget")
    clients = cluster.clients(key)
    began = time.monotonic()

    def call(i: int) -> int:
        return clients[i % 3].get("/v1/workspace").status_code

    with ThreadPoolExecutor(12) as pool:
        statuses = Counter(pool.map(call, range(900)))
    refilled = int(time.monotonic() - began) + 1  # one request a second refills meanwhile
    assert set(statuses) == {200, 429}, statuses
    assert 400 <= statuses[200] <= 400 + refilled, (statuses, refilled)
    refused = clients[1].get("/v1/workspace")
    assert refused.status_code == 429 and refused.headers["ratelimit-policy"] == '"workspace";q=60;w=60'
    for c in clients:
        c.close()


def test_a_hundred_pings_are_each_delivered_once(cluster: Cluster) -> None:
    _, key = cluster.workspace("pings")
    clients = cluster.clients(key)
    endpoint = (
        clients[0]
        .post("/v1/webhook-endpoints", json={"url": cluster.hooks.url, "events": ["execution.succeeded"]})
        .json()
    )
    before = len(cluster.hooks.hits)

    def ping(i: int) -> int:
        return clients[i % 3].post(f"/v1/webhook-endpoints/{endpoint['id']}/test").status_code

    with ThreadPoolExecutor(12) as pool:
        assert list(pool.map(ping, range(100))) == [202] * 100

    def delivered() -> bool:
        rows = query(
            cluster.database, "SELECT status FROM webhook_deliveries WHERE endpoint_id = ?", (endpoint["id"],)
        )
        return len(rows) == 100 and all(r["status"] == "succeeded" for r in rows)

    wait_for(delivered, "100 deliveries")
    time.sleep(1.5)  # every worker polled again (each 0.5 s): a duplicate would have arrived now
    ids = Counter(h["webhook-id"] for h, _ in cluster.hooks.requests[before:])
    assert len(ids) == 100 and set(ids.values()) == {1}, ids.most_common(3)
    for c in clients:
        c.close()


def _sweep_runs(servers: list[ServerProcess], sweep: str) -> int:
    total = 0
    for s in servers:
        text = httpx.get(f"{s.base_url}/metrics", timeout=10).text
        found = re.search(rf'^relay_sweeps_total\{{sweep="{sweep}"\}} (\S+)$', text, re.M)
        total += int(float(found.group(1))) if found else 0
    return total


def test_sweeps_run_once_per_cluster(cluster: Cluster) -> None:
    """The interrupted-execution sweep is due every 0.5 s: over 6 s the three processes run it about 12
    times between them, not 12 times each."""
    first = _sweep_runs(cluster.servers, "interrupted")
    time.sleep(6)
    runs = _sweep_runs(cluster.servers, "interrupted") - first
    assert 6 <= runs <= 16, runs


def test_kill_9_under_load_loses_nothing(cluster: Cluster) -> None:
    """Executes (each with its own Idempotency-Key) and pings spread over the three processes; one is
    killed with ``kill -9`` mid-way. Every execute that answered 200 is durable; retrying the others with
    their key never runs an action twice; every ping is delivered, the victim's claimed deliveries by the
    others once their lease expired."""
    _, key = cluster.workspace("kill")
    clients = cluster.clients(key)
    endpoint = (
        clients[0]
        .post("/v1/webhook-endpoints", json={"url": cluster.hooks.url, "events": ["execution.succeeded"]})
        .json()
    )
    victim = cluster.servers[1]
    assert victim.proc is not None
    seen: dict[str, str] = {}  # idempotency key → execution id of a 200
    tokens: dict[str, str] = {}  # idempotency key → its confirm token (a retry sends the same request)
    failed: list[int] = []

    def execute(i: int) -> None:
        k = f"kill-{i}"
        try:
            token = tokens[k] = _preview(clients[i % 3], cluster.actions.url, {"run": k})
            r = clients[i % 3].post(
                "/v1/actions/webhook.post/execute",
                json={"confirm_token": token},
                headers={"Idempotency-Key": k},
            )
            if r.status_code == 200:
                seen[k] = r.json()["id"]
                return
        except (httpx.HTTPError, AssertionError):
            pass
        failed.append(i)

    def ping(i: int) -> bool:
        try:
            return clients[i % 3].post(f"/v1/webhook-endpoints/{endpoint['id']}/test").status_code == 202
        except httpx.HTTPError:
            return False

    with ThreadPoolExecutor(9) as pool:
        work = [pool.submit(execute, i) for i in range(90)] + [pool.submit(ping, i) for i in range(60)]
        time.sleep(0.4)
        os.kill(victim.proc.pid, signal.SIGKILL)
        victim.proc.wait()
        for f in work:
            f.result()
    survivors = [clients[0], clients[2]]
    # every success seen is durable, on any host
    for k, exe_id in seen.items():
        r = survivors[len(k) % 2].get(f"/v1/executions/{exe_id}")
        assert r.status_code == 200 and r.json()["idempotency_key"] == k
    # the failed ones, retried with their key on a survivor: each runs at most once, ever
    for i in failed:
        k = f"kill-{i}"
        token = tokens.get(k) or _preview(survivors[0], cluster.actions.url, {"run": k})
        r = survivors[0].post(
            "/v1/actions/webhook.post/execute", json={"confirm_token": token}, headers={"Idempotency-Key": k}
        )
        # 409: the victim died holding the key (conflict once it is marked interrupted; in progress while
        # its lock is young) or the token (used); else it runs now, once
        assert r.status_code in (200, 409), r.text
    wait_for(
        lambda: not query(cluster.database, "SELECT id FROM executions WHERE status = 'running'"),
        "the interrupted sweep to fail the victim's executions",
    )
    posted = Counter(
        m.group(1).decode()
        for _, body in cluster.actions.requests
        if (m := re.search(rb'"run":"(kill-\d+)"', body))
    )
    assert set(posted.values()) <= {1}, posted.most_common(3)  # no action ran twice
    assert set(seen) <= set(posted)
    # every ping accepted is delivered; the victim's claims were taken over when their lease expired
    accepted = query(
        cluster.database, "SELECT id FROM webhook_deliveries WHERE endpoint_id = ?", (endpoint["id"],)
    )

    def all_delivered() -> bool:
        rows = query(
            cluster.database, "SELECT status FROM webhook_deliveries WHERE endpoint_id = ?", (endpoint["id"],)
        )
        return bool(rows) and all(r["status"] == "succeeded" for r in rows)

    wait_for(all_delivered, "every delivery, the victim's included", timeout=90)
    rows = query(
        cluster.database, "SELECT event_id FROM webhook_deliveries WHERE endpoint_id = ?", (endpoint["id"],)
    )
    received = {h["webhook-id"] for h, _ in cluster.hooks.requests}
    assert {r["event_id"] for r in rows} <= received and len(rows) == len(accepted)
    for c in clients:
        c.close()
