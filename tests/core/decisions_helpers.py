"""A bidding project to link a major matter to, whether or not the bidding register is installed."""

from __future__ import annotations

import datetime as dt

from villageadmin.core import decisions


def make_project(store, actor, village_id: int = 1, name: str = "村东道路硬化工程") -> int:  # noqa: ANN001
    if not decisions.projects_table_exists(store):
        return 77  # no register: the matter keeps the number as given
    from villageadmin.core import bidding

    return bidding.save_project(store, actor, bidding.ProjectInput(
        village_id=village_id, name=name, kind="road", registered_on=dt.date(2026, 5, 20), village_fen=30_000_000))
