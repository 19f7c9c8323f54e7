"""Which SQL statements a piece of work spends its time in, and SQLite's plan for each.

SQLite's trace callback fires when a statement starts; the time until the next one starts (or the
work ends) is charged to it, which includes Python's handling of its rows. Statements are grouped
by their text with the literals taken out; the slowest groups get an ``EXPLAIN QUERY PLAN``.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Any

_STRING = re.compile(r"'(?:[^']|'')*'")
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
_LIST = re.compile(r"\(\s*\?(?:\s*,\s*\?)+\s*\)")
_SPACE = re.compile(r"\s+")


def normalise(sql: str) -> str:
    s = _STRING.sub("?", sql)
    s = _NUMBER.sub("?", s)
    s = _LIST.sub("(?, …)", s)
    return _SPACE.sub(" ", s).strip()


@dataclass
class Statement:
    text: str  # normalised
    example: str  # one expanded statement as run
    count: int = 0
    seconds: float = 0.0
    plan: list[str] = field(default_factory=list)


class SqlTrace:
    """``with SqlTrace(conn) as t: ...`` then ``t.hot(3)``."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.events: list[tuple[float, str]] = []
        self.end = 0.0

    def __enter__(self) -> SqlTrace:
        self.events.clear()
        self.conn.set_trace_callback(lambda sql: self.events.append((time.perf_counter(), sql)))
        return self

    def __exit__(self, *exc: object) -> None:
        self.end = time.perf_counter()
        self.conn.set_trace_callback(None)

    def statements(self) -> list[Statement]:
        groups: dict[str, Statement] = {}
        for i, (t, sql) in enumerate(self.events):
            nxt = self.events[i + 1][0] if i + 1 < len(self.events) else self.end
            key = normalise(sql)
            st = groups.get(key)
            if st is None:
                st = groups[key] = Statement(key, sql)
            st.count += 1
            st.seconds += nxt - t
        return sorted(groups.values(), key=lambda s: -s.seconds)

    def hot(self, n: int = 3, *, min_seconds: float = 0.0) -> list[Statement]:
        out = []
        for st in self.statements():
            head = st.text.lstrip("(").split(" ", 1)[0].upper()
            if head not in ("SELECT", "WITH", "INSERT", "UPDATE", "DELETE"):
                continue
            if st.seconds < min_seconds:
                continue
            st.plan = query_plan(self.conn, st.example)
            out.append(st)
            if len(out) >= n:
                break
        return out


def query_plan(conn: sqlite3.Connection, sql: str) -> list[str]:
    """EXPLAIN QUERY PLAN as an indented tree."""
    try:
        rows = conn.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    except sqlite3.Error as exc:
        return [f"(no plan: {exc})"]
    depth: dict[int, int] = {0: -1}
    lines = []
    for node, parent, _unused, detail in rows:
        d = depth.get(parent, -1) + 1
        depth[node] = d
        lines.append("  " * d + str(detail))
    return lines


def as_json(statements: list[Statement]) -> list[dict[str, Any]]:
    return [{"sql": s.text, "count": s.count, "ms": round(s.seconds * 1000, 1), "plan": s.plan} for s in statements]
