"""The lazy table model: first page at once, the rest as the view scrolls, sorting by a new query."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from villageadmin.core import meetings
from villageadmin.ui.widgets.sqlmodel import SqlTableModel, list_pages, sql_pages
from villageadmin.ui.widgets.table import Column


def test_pages_fetched_as_asked(qtbot):  # noqa: ANN001
    asked: list[tuple[int, int]] = []
    rows = [{"n": i} for i in range(45)]

    def fetch(offset: int, limit: int) -> list[dict]:
        asked.append((offset, limit))
        return rows[offset:offset + limit]

    m = SqlTableModel([Column("n", "N")], page=20)
    m.set_source(fetch)
    assert m.rowCount() == 20 and m.canFetchMore()
    m.fetchMore()
    assert m.rowCount() == 40 and m.canFetchMore()
    m.fetchMore()
    assert m.rowCount() == 45 and not m.canFetchMore()
    assert asked == [(0, 20), (20, 20), (40, 20)]
    assert m.index(44, 0).data() == "44"
    m.set_rows([])
    assert m.rowCount() == 0 and not m.canFetchMore()


def test_fetch_all_and_sort_by_query(qtbot):  # noqa: ANN001
    rows = [{"n": i} for i in range(7)]
    m = SqlTableModel([Column("n", "N")], page=3)
    m.sort_source = lambda key, desc: list_pages(sorted(rows, key=lambda r: r[key], reverse=desc))
    m.set_source(list_pages(rows))
    assert len(m.fetch_all()) == 7
    m.sort(0, Qt.SortOrder.DescendingOrder)
    assert [m.index(i, 0).data() for i in range(3)] == ["6", "5", "4"]


def test_sql_pages_and_the_meetings_list(qtbot, store, admin, village1):  # noqa: ANN001
    from villageadmin.ui.context import AppContext
    from villageadmin.ui.meetings.page import MeetingsPage

    for d in range(1, 26):
        meetings.save_meeting(store, village1, meetings.MeetingInput(
            village_id=1, kind="joint", held_on=dt.date(2026, 1 + d % 11, 1 + d), place="村部", host="书记",
            recorder="会计", attendance=[meetings.Attendee(1, True)]))
    fetch = sql_pages(store, "SELECT id, held_on FROM meetings WHERE village_id=?", [1], order_by="held_on, id")
    assert [r["held_on"] for r in fetch(0, 3)] == sorted(r["held_on"] for r in fetch(0, 100))[:3]
    page = MeetingsPage(AppContext(store, admin))
    qtbot.addWidget(page)
    page.model.page = 10
    page.load_list()
    assert page.model.rowCount() == 10 and page.model.canFetchMore()
    assert len(page.model.fetch_all()) == 25


def test_township_month_table_fetches_villages_a_page_at_a_time(qtbot):  # noqa: ANN001
    from villageadmin.core.meetings import MonthStatus
    from villageadmin.ui.meetings.calendar import TownshipMonthModel, TownshipMonthTable

    villages = [{"id": i, "code": f"{i:03d}", "name": f"村{i}"} for i in range(1, 6)]
    asked: list[list[int]] = []

    def load(ids: list[int]) -> dict[int, list[MonthStatus]]:
        asked.append(ids)
        return {i: [MonthStatus(2026, 3, "2026-03-02", True, 1, 2, {}, 0, True)] for i in ids}

    t = TownshipMonthTable()
    qtbot.addWidget(t)
    t.month_model.PAGE = 2
    t.set_source(villages, load)
    assert t.rowCount() == 2 and asked == [[1, 2]]
    assert t.text(1, 0) == "002 村2" and t.text(1, 3) == "✓" and t.text(1, 13) == "1/1"
    while t.month_model.canFetchMore():
        t.month_model.fetchMore()
    assert asked == [[1, 2], [3, 4], [5]] and t.rowCount() == 5
    assert TownshipMonthModel.PAGE == 40


def test_township_month_table_reads_visits_when_a_tooltip_asks(qtbot):  # noqa: ANN001
    from PySide6.QtCore import Qt

    from villageadmin.core.meetings import MonthStatus
    from villageadmin.ui.meetings.calendar import TownshipMonthTable

    villages = [{"id": i, "code": f"{i:03d}", "name": f"村{i}"} for i in range(1, 6)]
    added: list[list[int]] = []

    def load(ids: list[int]) -> dict[int, list[MonthStatus]]:
        return {i: [MonthStatus(2026, 3, "2026-03-02", True, 1, 0, {}, 0, True)] for i in ids}

    def add_visits(table: dict[int, list[MonthStatus]]) -> None:
        added.append(sorted(table))
        for vid, months in table.items():
            for m in months:
                m.township_visits = vid * 10

    t = TownshipMonthTable()
    qtbot.addWidget(t)
    t.month_model.PAGE = 2
    t.set_source(villages, load, add_visits)
    while t.month_model.canFetchMore():
        t.month_model.fetchMore()
    m = t.month_model
    assert t.text(3, 3) == "✓" and added == []  # the cells without the visits
    assert "40" in m.index(3, 3).data(Qt.ItemDataRole.ToolTipRole) and added == [[3, 4]]  # row 3's page
    assert "30" in m.index(2, 3).data(Qt.ItemDataRole.ToolTipRole) and added == [[3, 4]]  # read once a page
    assert "10" in m.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) and added == [[3, 4], [1, 2]]
