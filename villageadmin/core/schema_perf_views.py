"""Indexes for the register views at county scale, each chosen from the EXPLAIN QUERY PLAN of the query
that fills a view's first rows (bench: figure ``views``). Applied after every area's tables exist.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core.migrations import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = Migrations("perf_views")


@migrations()
def m001_township_tables(db: Database) -> None:
    db.executescript(
        """
        -- Expenses › all villages: refused attempts per village and year from the refused rows alone
        -- (about 1% of a county's million), not from every row of the year (expense_views.township_overview).
        CREATE INDEX IF NOT EXISTS expenses_refused_village
            ON expenses(village_id, spent_on, refused_rule) WHERE status = 'refused';
        -- Meetings › all villages: resolutions closed after a date, for the overdue count of each month
        -- (meetings._overdue_by_month; the open ones come from resolutions_village_status).
        CREATE INDEX IF NOT EXISTS resolutions_closed_on
            ON resolutions(village_id, closed_on, due_on, meeting_id, status) WHERE status <> 'open';
        """
    )
