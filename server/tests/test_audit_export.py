"""``audit_events.export`` streams 100,000 events as NDJSON and CSV over HTTP while the server's peak
resident memory (VmHWM) stays flat: its growth is a small fraction of the export's size."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import httpx
from conftest import Server, insert_many

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

N = 100_000
B32 = "234567abcdefghijklmnopqrstuvwxyz"  # in ASCII order, so ids sort like the numbers
MiB = 1024 * 1024


def _id(i: int) -> str:
    out = ""
    for _ in range(24):
        out = B32[i % 32] + out
        i //= 32
    return "aud_" + out


def _vm_hwm_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM")


def _insert(db: Path | str, workspace_id: str) -> None:
    metadata = json.dumps({"note": "bulk-loaded for the export memory test", "pad": "x" * 200})
    base = 1_700_000_000_000
    rows = (
        (
            _id(i),
            workspace_id,
            base + i,
            "key_bulk",
            "admin",
            "bulk.export_test",
            None,
            f"tgt_{i}",
            "success",
            200,
            f"req_{i}",
            metadata,
        )
        for i in range(N)
    )
    insert_many(
        db,
        "INSERT INTO audit_events(id, workspace_id, created_at, actor_key_id, actor_role, action, target_type,"
        " target_id, outcome, status_code, request_id, metadata) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        list(rows),
    )


def test_export_100k_events_in_constant_memory(flows: Server) -> None:
    assert flows.proc is not None
    creds = flows.credentials()
    _insert(flows.db, creds["workspace_id"])
    params = {"action": "bulk.export_test"}
    with httpx.Client(
        base_url=flows.url,
        headers={"Authorization": f"Bearer {creds['api_key']}", "Accept-Encoding": "identity"},
        timeout=60,
    ) as c:
        # warm up the code paths (a small filtered export), then take the baseline peak
        small = c.get("/v1/audit-events/export", params={**params, "occurred_before": "2023-11-14T22:13:21Z"})
        assert small.status_code == 200 and 0 < small.text.count("\n") < N
        baseline = _vm_hwm_kib(flows.proc.pid)

        size = 0
        lines = 0
        last_id = ""
        with c.stream("GET", "/v1/audit-events/export", params={**params, "format": "ndjson"}) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("application/x-ndjson")
            for line in r.iter_lines():
                event = json.loads(line)
                assert event["id"] > last_id and event["action"] == "bulk.export_test"
                last_id = event["id"]
                lines += 1
                size += len(line) + 1
        assert lines == N and last_id == _id(N - 1)
        after_ndjson = _vm_hwm_kib(flows.proc.pid)

        csv_size = 0
        with c.stream("GET", "/v1/audit-events/export", params={**params, "format": "csv"}) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
            text = io.TextIOWrapper(io.BufferedReader(_Chunks(r.iter_bytes())), encoding="utf-8", newline="")
            reader = csv.DictReader(text)
            count = 0
            for row in reader:
                count += 1
                csv_size += sum(len(v) for v in row.values())
            assert count == N and row["id"] == _id(N - 1) and json.loads(row["metadata"])["pad"] == "x" * 200
        after_csv = _vm_hwm_kib(flows.proc.pid)

    assert size > 40 * MiB and csv_size > 30 * MiB
    # streamed in batches: the peak grows by far less than the export (a buffered export would grow it
    # by several times the export's size)
    growth = (max(after_ndjson, after_csv) - baseline) * 1024
    assert growth < 16 * MiB, (baseline, after_ndjson, after_csv)
    assert growth < size / 4


class _Chunks(io.RawIOBase):
    """A readable file over an iterator of byte chunks, so csv can parse the stream incrementally."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._it = chunks
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, b: WriteableBuffer) -> int:
        while not self._buf:
            try:
                self._buf = next(self._it)
            except StopIteration:
                return 0
        view = memoryview(b).cast("B")
        n = min(len(view), len(self._buf))
        view[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n
