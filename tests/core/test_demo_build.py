"""The demo builds fast (bulk pragmas, index parts computed once) and still leaves a normal data file."""

from __future__ import annotations

import random
import sqlite3
import tempfile

import pytest

from villageadmin.core import demo, search
from villageadmin.core.demo_meetings import _Indexer


def test_demo_rows_satisfy_every_foreign_key(demo_dir):  # noqa: ANN001
    """The demo is built with foreign-key look-ups off; every row must still point at a real parent."""
    conn = sqlite3.connect(demo_dir / "villageadmin.db")
    try:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_demo_search_index_equals_the_whole_text_indexed():
    texts = ["村干部工作例会", "", "村部二楼会议室", "张三", "2026年11月村干部工作例会", "abc DEF 12", "水", "。，",
             "与会人员围绕秸秆禁烧巡查和森林防火进行了讨论"]
    index = _Indexer()
    assert index(texts) == search.index_columns("\n".join(texts))
    assert index(texts) == search.index_columns("\n".join(texts))  # again, from the cache


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 7, 8, 26, 97, 1000, 2147483647])
def test_fast_draws_are_the_random_modules_draws(n):
    """demo.below draws what rng.randrange draws, so the faster demo makes the same township for a seed."""
    a, b = random.Random(11), random.Random(11)
    draw = demo.below(b)
    assert [a.randrange(n) for _ in range(300)] == [draw(n) for _ in range(300)]
    assert a.random() == b.random()  # and leaves the generator in the same state


def test_insert_rows_through_a_temporary_table_keeps_rows_and_order(fresh_store):
    """A table with a CHECK (x IN (...)) gets its rows via one INSERT … SELECT: same rows, same ids, in order."""
    c = fresh_store.conn
    c.execute("CREATE TABLE t_in (id INTEGER PRIMARY KEY, a INTEGER, role TEXT CHECK (role IN ('x', 'y')))")
    c.execute("CREATE TABLE t_plain (id INTEGER PRIMARY KEY, a INTEGER, role TEXT)")
    rows = [(i, "xy"[i % 2]) for i in range(50, 0, -1)]
    with fresh_store.transaction():
        demo.insert_rows(fresh_store, "t_in", "a, role", rows)
        demo.insert_rows(fresh_store, "t_plain", "a, role", rows)
    assert c.execute("SELECT * FROM t_in ORDER BY id").fetchall() == \
        c.execute("SELECT * FROM t_plain ORDER BY id").fetchall() == [(i + 1, *r) for i, r in enumerate(rows)]
    with pytest.raises(sqlite3.IntegrityError), fresh_store.transaction():
        demo.insert_rows(fresh_store, "t_in", "a, role", [(1, "z")])
    assert c.execute("SELECT count(*) FROM t_in").fetchone()[0] == 50


def test_indexes_built_after_puts_back_the_same_indexes(fresh_store):
    def indexes():
        return fresh_store.query("SELECT name, sql FROM sqlite_master WHERE type='index' AND tbl_name='meetings'"
                                 " ORDER BY name")

    before = indexes()
    assert any(r["sql"] for r in before)
    with fresh_store.transaction(), demo.indexes_built_after(fresh_store, "meetings"):
        assert all(r["sql"] is None for r in indexes())  # only the automatic (unique) ones stay
    assert indexes() == before


def test_demo_leaves_no_side_file_and_reports_a_failed_side_build(tmp_path, monkeypatch):
    """The expenses are made in a temporary side file on a second thread: it is gone afterwards, and an
    error there reaches the caller (nothing hangs, nothing is left behind)."""
    from villageadmin.core import demo_expenses

    side = tmp_path / "tmp"
    side.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(side))
    demo.create(tmp_path / "ok", villages=2, years=1, seed=3)
    assert list(side.iterdir()) == []

    def broken(self, *args):  # noqa: ANN001, ANN002
        self._error = sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(demo_expenses._SideBuild, "_run", broken)
    with pytest.raises(sqlite3.OperationalError):
        demo.create(tmp_path / "broken", villages=2, years=1, seed=3)
    assert list(side.iterdir()) == []


def test_demo_cadres_terms_began_at_the_2026_election_or_on_appointment(demo_dir):  # noqa: ANN001
    """Today is 2026-11-27 in the tests: the two committees were elected in spring 2026."""
    from villageadmin.core.store import open_store

    store = open_store(demo_dir, read_only=True)
    try:
        rows = store.execute("SELECT appointed_on, term_start FROM cadres").fetchall()
    finally:
        store.close()
    assert rows and all(t == max(a, "2026-03-15") for a, t in rows)
    assert {t for _a, t in rows} > {"2026-03-15"}  # some appointed since, the rest at the election
