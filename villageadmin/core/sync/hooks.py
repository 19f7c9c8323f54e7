"""Derived data kept up to date after a merge touched a village's records."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core import search

if TYPE_CHECKING:
    from villageadmin.core.store import Store


def reindex_meetings(store: Store, village_id: int, affected: set[int], deleted: set[int]) -> None:
    """The search index of meetings whose minutes (or parts) arrived or changed."""
    for mid in deleted:
        search.unindex_meeting(store, mid)
    for mid in sorted(affected):
        if store.scalar("SELECT 1 FROM meetings WHERE id=?", (mid,)):
            search.index_meeting(store, mid, village_id)
