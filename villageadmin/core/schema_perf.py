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
