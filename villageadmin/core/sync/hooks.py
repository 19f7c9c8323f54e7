"""Derived data kept up to date after a merge touched a village's records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core import search

if TYPE_CHECKING:
    from villageadmin.core.store import Store

_CHUNK = 500


def reindex_meetings(store: Store, village_id: int, affected: set[int], deleted: set[int]) -> None:
    """The search index of meetings whose minutes (or parts) arrived or changed.

    The same rows ``search.index_meeting`` writes, a few hundred meetings per query.
    """
    if deleted:
        store.conn.executemany("DELETE FROM meeting_fts WHERE rowid=?", [(mid,) for mid in sorted(deleted)])
    ids = sorted(affected)
    token = search.village_token(village_id)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        texts = search.meeting_texts(store, chunk)  # only meetings that still exist
        rows = []
        for mid in chunk:
            if mid in texts:
                bi, uni = search.index_columns(texts[mid])
                rows.append((mid, bi + " " + token, uni))
        store.conn.executemany("DELETE FROM meeting_fts WHERE rowid=?", [(r[0],) for r in rows])
        store.conn.executemany("INSERT INTO meeting_fts (rowid, bi, uni) VALUES (?,?,?)", rows)
