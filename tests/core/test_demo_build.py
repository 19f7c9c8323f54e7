"""The demo builds fast (bulk pragmas, index parts computed once) and still leaves a normal data file."""

from __future__ import annotations

import sqlite3

from villageadmin.core import search
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
