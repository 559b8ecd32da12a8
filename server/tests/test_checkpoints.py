"""WAL checkpoints run on the Checkpointer's thread, not on the commits of requests."""

from __future__ import annotations

import asyncio
import threading
import time
from pathlib import Path

from relay_server.app import create_app
from relay_server.config import Settings
from relay_server.db import (
    BACKSTOP_AUTOCHECKPOINT_PAGES,
    DEFAULT_AUTOCHECKPOINT_PAGES,
    Checkpointer,
    Database,
)


def _wal_pages(db: Database) -> tuple[int, int]:
    """(frames in the WAL, frames of it in the database file) after a passive checkpoint of our own."""
    row = db.one("PRAGMA wal_checkpoint(PASSIVE)")
    assert row is not None
    return int(row[1]), int(row[2])


def _write(db: Database, rows: int, size: int = 400) -> None:
    """``rows`` commits (autocommit inserts) of about ``size`` bytes each."""
    db.execute("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT)")
    for i in range(rows):
        db.execute("INSERT INTO t(v) VALUES (?)", (f"row {i} " + "x" * size,))


def test_commits_checkpoint_only_past_the_backstop_in_background_mode(tmp_path: Path) -> None:
    plain = Database(tmp_path / "plain.db")
    background = Database(tmp_path / "bg.db", background_checkpoints=True)
    assert plain.one("PRAGMA wal_autocheckpoint")[0] == DEFAULT_AUTOCHECKPOINT_PAGES  # type: ignore[index]
    assert background.one("PRAGMA wal_autocheckpoint")[0] == BACKSTOP_AUTOCHECKPOINT_PAGES  # type: ignore[index]
    # ~3,000 pages of commits: with SQLite's default a commit checkpoints (and the WAL is reused from its
    # start) every 1,000 pages; in background mode no commit does, so the WAL holds all of them.
    page = int(plain.one("PRAGMA page_size")[0])  # type: ignore[index]
    for db in (plain, background):
        _write(db, 3000, size=page)
    assert (tmp_path / "plain.db-wal").stat().st_size < 1500 * page
    assert (tmp_path / "bg.db-wal").stat().st_size > 3000 * page
    plain.close()
    background.close()


def test_checkpointer_copies_the_wal_on_its_own_thread(tmp_path: Path) -> None:
    db = Database(tmp_path / "c.db", background_checkpoints=True)
    _write(db, 1500)
    checkpointer = Checkpointer(db, interval=0.05)
    checkpointer.start()
    try:
        deadline = time.monotonic() + 10
        while checkpointer.frames == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert checkpointer.frames > DEFAULT_AUTOCHECKPOINT_PAGES  # the WAL held more than 1,000 pages
        # Everything in the WAL is in the database file now (a passive checkpoint here copies nothing new).
        log_frames, checkpointed = _wal_pages(db)
        assert log_frames == checkpointed
        # Writes go on while it runs, and it keeps up with them.
        _write(db, 500)
        before = checkpointer.frames
        deadline = time.monotonic() + 10
        while checkpointer.frames == before and time.monotonic() < deadline:
            time.sleep(0.02)
        assert checkpointer.frames > before
    finally:
        checkpointer.stop()
    assert not any(t.name == "relay-checkpointer" and t.is_alive() for t in threading.enumerate())
    db.close()


def test_the_app_runs_a_checkpointer_for_its_lifetime(tmp_path: Path) -> None:
    app = create_app(Settings.from_env(tmp_path / "r.db"))

    async def lifetime() -> None:
        async with app.router.lifespan_context(app):
            assert app.state.checkpointer._thread is not None
            assert app.state.checkpointer._thread.is_alive()
        assert app.state.checkpointer._thread is None

    asyncio.run(lifetime())
    assert not any(t.name == "relay-checkpointer" and t.is_alive() for t in threading.enumerate())
