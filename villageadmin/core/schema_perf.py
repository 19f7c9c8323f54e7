"""Indexes for county-scale speed, each chosen from the EXPLAIN QUERY PLAN of a hot query (bench/RESULTS.md).

Kept in one set, applied after every area's tables exist, so that an index is named after the query it
serves and can be dropped again when that query changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core.migrations import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = Migrations("perf")


@migrations()
def m001_meeting_checks(db: Database) -> None:
    db.executescript(
        """
        -- check: each village's first work meeting per month, read from the index alone.
        CREATE INDEX IF NOT EXISTS meetings_kind_village ON meetings(kind, village_id, held_on);
        -- check: township attendance counted per village-month without reading meeting_township's rows.
        CREATE INDEX IF NOT EXISTS meeting_township_meeting_staff ON meeting_township(meeting_id, staff_id);
        -- check (township): office members' attendance found by staff, not by scanning every attendance.
        CREATE INDEX IF NOT EXISTS meeting_township_staff ON meeting_township(staff_id, meeting_id);
        """
    )


@migrations()
def m002_meeting_fts_ascii(db: Database) -> None:
    """The search index with FTS5's ``ascii`` tokenizer. Its columns hold only CJK characters, lower-case
    ASCII words and spaces (``search.index_columns``); for those both tokenizers give the same tokens, and
    ``ascii`` builds a county's index (the demo's longest step) about a third faster. The indexed text is
    copied across, not worked out again."""
    db.executescript(
        """
        CREATE VIRTUAL TABLE meeting_fts_ascii USING fts5(bi, uni, tokenize = 'ascii');
        INSERT INTO meeting_fts_ascii (rowid, bi, uni) SELECT rowid, bi, uni FROM meeting_fts;
        DROP TABLE meeting_fts;
        ALTER TABLE meeting_fts_ascii RENAME TO meeting_fts;
        """
    )
