"""WAL checkpoints run on the Checkpointer's thread, not on the commits of requests."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path

from relay_server.app import create_app
from relay_server.config import Settings
from relay_server.db.sqlite import (
    BACKSTOP_AUTOCHECKPOINT_PAGES,
    DEFAULT_AUTOCHECKPOINT_PAGES,
    Checkpointer,
    SqliteDatabase,
)


def _write(db: SqliteDatabase, rows: int, size: int = 400) -> None:
    """``rows`` commits (autocommit inserts) of about ``size`` bytes each."""
    db.conn.execute("CREATE TABLE IF NOT EXISTS t(id INTEGER PRIMARY KEY, v TEXT)")
    for i in range(rows):
        db.conn.execute("INSERT INTO t(v) VALUES (?)", (f"row {i} " + "x" * size,))


def test_commits_checkpoint_only_past_the_backstop_in_background_mode(tmp_path: Path) -> None:
    plain = SqliteDatabase(tmp_path / "plain.db")
    background = SqliteDatabase(tmp_path / "bg.db", background_checkpoints=True)
    assert plain.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == DEFAULT_AUTOCHECKPOINT_PAGES
    assert background.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == BACKSTOP_AUTOCHECKPOINT_PAGES
    # ~3,000 pages of commits: with SQLite's default a commit checkpoints (and the WAL is reused from its
    # start) every 1,000 pages; in background mode no commit does, so the WAL holds all of them.
    page = int(plain.conn.execute("PRAGMA page_size").fetchone()[0])
    for db in (plain, background):
        _write(db, 3000, size=page)
    assert (tmp_path / "plain.db-wal").stat().st_size < 1500 * page
    assert (tmp_path / "bg.db-wal").stat().st_size > 3000 * page
    plain.close_sync()
    background.close_sync()


def _wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_checkpointer_copies_the_wal_on_its_own_thread(tmp_path: Path) -> None:
    db = SqliteDatabase(tmp_path / "c.db", background_checkpoints=True)
    _write(db, 1500)
    wal = tmp_path / "c.db-wal"
    page = int(db.conn.execute("PRAGMA page_size").fetchone()[0])
    assert wal.stat().st_size > DEFAULT_AUTOCHECKPOINT_PAGES * page  # no commit checkpointed
    checkpointer = Checkpointer(db, interval=0.05)
    checkpointer.start()
    try:
        # It finds the ~1,500 pages and copies all of them into the database file.
        assert _wait_for(lambda: checkpointer.last[0] > DEFAULT_AUTOCHECKPOINT_PAGES)
        assert checkpointer.last[1] == checkpointer.last[0]
        # Writes go on meanwhile; the next writer starts the WAL over from its first frame (it had all
        # been copied), and the thread keeps up with it.
        runs = checkpointer.runs
        _write(db, 300)

        def caught_up() -> bool:
            frames, copied = checkpointer.last
            return (
                checkpointer.runs > runs + 1
                and 300 <= frames < DEFAULT_AUTOCHECKPOINT_PAGES
                and frames == copied
            )

        assert _wait_for(caught_up), checkpointer.last
    finally:
        checkpointer.stop()
    assert not any(t.name == "relay-checkpointer" and t.is_alive() for t in threading.enumerate())
    db.close_sync()


def test_the_app_runs_a_checkpointer_for_its_lifetime(tmp_path: Path) -> None:
    app = create_app(Settings.from_env(tmp_path / "r.db"))

    async def lifetime() -> None:
        async with app.router.lifespan_context(app):
            assert app.state.checkpointer._thread is not None
            assert app.state.checkpointer._thread.is_alive()
        assert app.state.checkpointer._thread is None

    asyncio.run(lifetime())
    assert not any(t.name == "relay-checkpointer" and t.is_alive() for t in threading.enumerate())
