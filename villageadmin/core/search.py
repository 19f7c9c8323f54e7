"""Chinese-aware full-text search over meeting minutes.

SQLite's FTS5 tokenizers cannot find one- or two-character Chinese words, so, like Lucene's
CJK bigram analyzer, we index runs of Chinese characters ourselves: overlapping character
bigrams in column ``bi`` (a query of 2+ characters becomes a phrase of its bigrams, which
matches exactly that substring) and single characters in column ``uni`` (1-character queries).
Latin words and numbers go to both columns as whole lower-cased words. Column ``vil`` holds a
village token so a village filter is part of the index lookup.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from villageadmin.core.store import Store

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_SEGMENT = re.compile(rf"([{_CJK}]+)|([0-9A-Za-z]+)")


def _segments(text: str) -> Iterable[tuple[str, str]]:
    for m in _SEGMENT.finditer(text):
        if m.group(1):
            yield "cjk", m.group(1)
        else:
            yield "word", m.group(2).lower()


_RUN = re.compile(rf"[{_CJK}]+|[0-9A-Za-z]+")


class _Pieces(dict[str, str]):
    """A run of Chinese characters or a Latin word -> its part of a column, worked out once (minutes
    repeat the same words: names, places, agenda items). Bounded: cleared when it grows large."""

    def __init__(self, piece: Callable[[str], str]) -> None:
        super().__init__()
        self.piece = piece

    def __missing__(self, run: str) -> str:
        if len(self) >= 100_000:
            self.clear()
        value = self[run] = self.piece(run)
        return value


def _bi_piece(run: str) -> str:
    if run.isascii():
        return run.lower()
    # overlapping bigrams (a lone character stands for itself), then a break token so a bigram phrase
    # never spans two runs
    return (" ".join(map(str.__add__, run, run[1:])) if len(run) > 1 else run) + " brk"


def _uni_piece(run: str) -> str:
    return run.lower() if run.isascii() else " ".join(run)


_BI, _UNI = _Pieces(_bi_piece), _Pieces(_uni_piece)


def index_columns(text: str) -> tuple[str, str]:
    """The (bi, uni) column values for a text."""
    runs = _RUN.findall(text)
    return " ".join(map(_BI.__getitem__, runs)), " ".join(map(_UNI.__getitem__, runs))


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query, or None when it has nothing searchable."""
    parts: list[str] = []
    for kind, seg in _segments(query):
        if kind == "cjk":
            if len(seg) == 1:
                parts.append(f'uni:"{seg}"')
            else:
                parts.append('bi:"' + " ".join(seg[i:i + 2] for i in range(len(seg) - 1)) + '"')
        else:
            parts.append(f'uni:"{seg}"*')
    return " AND ".join(parts) if parts else None


def village_token(village_id: int) -> str:
    return f"v{village_id}"


def meeting_text(store: Store, meeting_id: int) -> str:
    m = store.one("SELECT kind, place, host, recorder, topic, discussion FROM meetings WHERE id=?", (meeting_id,))
    if m is None:
        return ""
    from villageadmin.core.meetings import KINDS

    parts = [KINDS.get(m["kind"], m["kind"]), m["place"], m["host"], m["recorder"], m["topic"], m["discussion"]]
    parts += [r[0] for r in store.execute("SELECT item FROM meeting_agenda WHERE meeting_id=? ORDER BY seq",
                                          (meeting_id,))]
    for line, reporter, content in store.execute(
            "SELECT line, reporter, content FROM meeting_reports WHERE meeting_id=? ORDER BY seq", (meeting_id,)):
        parts += [line, reporter, content]
    for text, owner in store.execute("SELECT text, owner FROM resolutions WHERE meeting_id=? ORDER BY seq",
                                     (meeting_id,)):
        parts += [text, owner]
    for (note,) in store.execute("SELECT note FROM resolution_followups WHERE meeting_id=?", (meeting_id,)):
        parts.append(note)
    return "\n".join(p for p in parts if p)


def index_meeting(store: Store, meeting_id: int, village_id: int) -> None:
    """(Re)index one meeting; call inside the transaction that changed it."""
    store.execute("DELETE FROM meeting_fts WHERE rowid=?", (meeting_id,))
    bi, uni = index_columns(meeting_text(store, meeting_id))
    store.execute("INSERT INTO meeting_fts (rowid, bi, uni) VALUES (?,?,?)",
                  (meeting_id, bi + " " + village_token(village_id), uni))


def unindex_meeting(store: Store, meeting_id: int) -> None:
    store.execute("DELETE FROM meeting_fts WHERE rowid=?", (meeting_id,))


def search_meetings(store: Store, query: str, *, village_ids: list[int] | None = None,
                    limit: int = 100) -> list[dict[str, Any]]:
    """Meetings whose minutes contain the query, newest first, with a short snippet."""
    expr = match_expression(query)
    if expr is None:
        return []
    if village_ids is not None and village_ids and len(village_ids) >= 50 \
            and set(village_ids) >= {r[0] for r in store.execute("SELECT id FROM villages")}:
        village_ids = None  # every village: no filter (500 village tokens would slow the match)
    if village_ids is not None:
        if not village_ids:
            return []
        expr = f"({expr}) AND bi:(" + " OR ".join(village_token(v) for v in village_ids) + ")"
    rows = store.query(
        "SELECT m.id, m.village_id, v.code AS village_code, v.name AS village_name, m.kind, m.held_on,"
        " m.topic FROM (SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH ? ORDER BY rowid DESC LIMIT ?) f"
        " JOIN meetings m ON m.id = f.rowid JOIN villages v ON v.id = m.village_id ORDER BY m.held_on DESC, m.id DESC",
        (expr, limit))
    terms = [seg for _k, seg in _segments(query)]
    texts = meeting_texts(store, [r["id"] for r in rows])
    for r in rows:
        r["snippet"] = _snippet(texts.get(r["id"], ""), terms)
    return rows


def meeting_texts(store: Store, meeting_ids: list[int]) -> dict[int, str]:
    """``meeting_text`` of many meetings with five queries in all (a page of search results)."""
    if not meeting_ids:
        return {}
    from villageadmin.core.meetings import KINDS

    marks = ",".join("?" * len(meeting_ids))
    parts: dict[int, list[str]] = {}
    for mid, kind, place, host, recorder, topic, discussion in store.execute(
            f"SELECT id, kind, place, host, recorder, topic, discussion FROM meetings WHERE id IN ({marks})",
            meeting_ids):
        parts[mid] = [KINDS.get(kind, kind), place, host, recorder, topic, discussion]
    for sql in (f"SELECT meeting_id, item FROM meeting_agenda WHERE meeting_id IN ({marks}) ORDER BY meeting_id, seq",
                f"SELECT meeting_id, line, reporter, content FROM meeting_reports WHERE meeting_id IN ({marks})"
                f" ORDER BY meeting_id, seq",
                f"SELECT meeting_id, text, owner FROM resolutions WHERE meeting_id IN ({marks}) ORDER BY meeting_id, seq",
                f"SELECT meeting_id, note FROM resolution_followups WHERE meeting_id IN ({marks})"
                f" ORDER BY meeting_id, id"):
        for mid, *values in store.execute(sql, meeting_ids):
            if mid in parts:
                parts[mid] += values
    return {mid: "\n".join(p for p in ps if p) for mid, ps in parts.items()}


def _snippet(text: str, terms: list[str], width: int = 40) -> str:
    flat = " ".join(text.split())
    low = flat.lower()
    pos = min((p for p in (low.find(t) for t in terms) if p >= 0), default=0)
    start = max(0, pos - width // 3)
    s = flat[start:start + width]
    return ("…" if start else "") + s + ("…" if start + width < len(flat) else "")
