"""The search index uses FTS5's ascii tokenizer (schema_perf m002): for the text search.index_columns
writes and the expressions match_expression makes, it must find exactly what unicode61 found."""

from __future__ import annotations

import random
import sqlite3

from villageadmin.core import search

ALPHABET = list("村道路硬化会议例党员大会防汛低保户修建组") + ["A", "b", "Z", "7", "2025", "，", "。", "、", " ",
                                                       "（", "）", "é", "Ａ", "\u3400", "\uf900", "-", "\n"]


def _index(tokenizer: str, texts: list[str]) -> sqlite3.Connection:
    c = sqlite3.connect(":memory:")
    c.execute(f"CREATE VIRTUAL TABLE f USING fts5(bi, uni, tokenize = '{tokenizer}')")
    c.executemany("INSERT INTO f (rowid, bi, uni) VALUES (?,?,?)",
                  [(i, *search.index_columns(t)) for i, t in enumerate(texts)])
    return c


def test_ascii_and_unicode61_find_the_same_meetings():
    rng = random.Random(8)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40))) for _ in range(400)]
    ascii_, uni = _index("ascii", texts), _index("unicode61", texts)
    queries = ["村", "道路", "路硬化", "党员大会", "a", "b", "2025", "A组", "会议 道路", "z7", "\u3400"]
    queries += ["".join(rng.choice(ALPHABET[:20]) for _ in range(rng.randint(1, 4))) for _ in range(200)]
    checked = 0
    for q in queries:
        expr = search.match_expression(q)
        if expr is None:
            continue
        sql = "SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid"
        assert [r[0] for r in ascii_.execute(sql, (expr,))] == [r[0] for r in uni.execute(sql, (expr,))], q
        checked += 1
    assert checked > 150


def test_a_new_archive_indexes_with_ascii(store):
    sql = store.scalar("SELECT sql FROM sqlite_master WHERE name='meeting_fts'")
    assert "tokenize = 'ascii'" in sql
