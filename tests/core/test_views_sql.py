"""The register views' queries at county scale work a page at a time and add up in SQL; these tests hold them
to the rows and figures the whole-township functions give, at the edges, on a small demo and a fresh store."""

from __future__ import annotations

import datetime as dt

import pytest

from villageadmin.core import bidding, expense_views, meetings
from villageadmin.core.accounts import Actor
from villageadmin.core.meetings import MeetingInput, Resolution
from villageadmin.core.store import open_store

TOWNSHIP = Actor(None, "t", "乡镇", "viewer")


@pytest.fixture
def demo(demo_dir):  # noqa: ANN001
    store = open_store(demo_dir, read_only=True)
    yield store
    store.close()


# -- meetings: overdue resolutions per month (two index ranges instead of every resolution) -------------------
def _overdue_by_hand(rows: list[tuple[str, str, str, str | None]], year: int, t: dt.date) -> dict[int, int]:
    """month -> resolutions open and past due at the month's end (or today): the rule, row by row."""
    import calendar

    out: dict[int, int] = {}
    for month in range(1, 13):
        if dt.date(year, month, 1) > t:
            continue
        day = min(dt.date(year, month, calendar.monthrange(year, month)[1]), t).isoformat()
        n = sum(1 for due_on, held_on, status, closed_on in rows
                if due_on < day and held_on <= day and (status == "open" or (closed_on is not None and closed_on > day)))
        if n:
            out[month] = n
    return out


def test_overdue_resolutions_at_the_month_edges(store, admin, village1):  # noqa: ANN001
    # (due, status, closed_on): due the last day of a month is not overdue that month; closed on the month's
    # last day is not open at its end, closed the day after is; closed before January counts nowhere.
    cases = [("2026-01-31", "open", None), ("2026-01-30", "open", None), ("2026-02-27", "done", "2026-02-28"),
             ("2026-02-27", "done", "2026-03-01"), ("2025-12-01", "done", "2025-12-31"),
             ("2025-06-30", "dropped", "2026-01-31"), ("2025-06-30", "dropped", "2026-02-01"),
             ("2026-10-30", "done", "2026-11-27"), ("2026-11-26", "open", None), ("2026-11-27", "open", None)]
    mid = meetings.save_meeting(store, village1, MeetingInput(
        village_id=1, kind="work", held_on=dt.date(2025, 6, 2), place="村部", host="张书记", recorder="王会计",
        attendance=[meetings.Attendee(1, True)],
        resolutions=[Resolution(f"事项{i}", "李主任", dt.date.fromisoformat(due)) for i, (due, _s, _c) in enumerate(cases)]))
    ids = [r["id"] for r in store.query("SELECT id FROM resolutions WHERE meeting_id=? ORDER BY seq", (mid,))]
    for rid, (_due, status, closed_on) in zip(ids, cases, strict=True):
        store.execute("UPDATE resolutions SET status=?, closed_on=? WHERE id=?", (status, closed_on, rid))
    rows = [(due, "2025-06-02", status, closed_on) for due, status, closed_on in cases]
    table = meetings.township_month_table(store, admin, 2026, village_ids=[1, 2])
    got = {m.month: m.overdue_resolutions for m in table[1] if m.overdue_resolutions}
    assert got == _overdue_by_hand(rows, 2026, dt.date(2026, 11, 27))
    assert got == {1: 2, 2: 3, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 2, 9: 2, 10: 3, 11: 3}
    assert all(m.overdue_resolutions == 0 for m in table[2])


@pytest.mark.parametrize("year", [2025, 2026])
def test_month_table_without_visits_then_visits_added_is_the_whole_table(demo, year):  # noqa: ANN001
    whole = meetings.township_month_table(demo, TOWNSHIP, year)
    assert any(m.township_visits for months in whole.values() for m in months)
    assert any(m.linked_visits for months in whole.values() for m in months)
    bare = meetings.township_month_table(demo, TOWNSHIP, year, visits=False)
    assert all(m.township_visits == 0 and m.linked_visits == {} for months in bare.values() for m in months)
    meetings.add_township_visits(demo, TOWNSHIP, year, bare)
    assert bare == whole


def test_visits_added_only_for_readable_villages(store, village1):  # noqa: ANN001
    from villageadmin.core.errors import AccessDenied

    table = meetings.township_month_table(store, village1, 2026, village_ids=[1], visits=False)
    meetings.add_township_visits(store, village1, 2026, table)
    with pytest.raises(AccessDenied):
        meetings.add_township_visits(store, village1, 2026, {2: []})


# -- expenses: the township table a page of villages at a time, its totals by aggregate SQL ---------------------
@pytest.mark.parametrize("year", [2025, 2026])
def test_township_pages_and_summary_equal_the_whole_overview(demo, year):  # noqa: ANN001
    pol, whole = expense_views.township_overview(demo, TOWNSHIP, year)
    ids = [r.village_id for r in whole]
    paged = [r for i in range(0, len(ids), 3)
             for r in expense_views.township_overview(demo, TOWNSHIP, year, village_ids=ids[i:i + 3])[1]]
    assert paged == whole
    kinds = [k for k in pol.kinds.values() if k.active and not k.always_refused]
    s = expense_views.township_summary(demo, TOWNSHIP, year)
    assert s.villages == len(whole) == 4
    assert s.total_fen == sum(r.total_fen for r in whole) > 0
    assert {k.code: s.by_kind.get(k.code, 0) for k in kinds} == {
        k.code: sum(r.by_kind.get(k.code, 0) for r in whole) for k in kinds}
    assert s.waiting_township == sum(r.waiting_township for r in whole)
    assert s.over_villages == sum(1 for r in whole if any(r.by_kind.get(k.code, 0) > k.annual_limit_fen for k in kinds))


def test_township_summary_limit_edge(store, admin, village1):  # noqa: ANN001
    """A village exactly at a kind's year limit is not over it; one fen more is."""
    limit = expense_views.township_summary(store, admin, 2026).policy.kinds["office"].annual_limit_fen
    rows = [(1, 1, "office", "2026-03-02", 2026, limit, "paid"), (2, 1, "office", "2026-03-02", 2026, limit, "paid"),
            (2, 2, "office", "2026-03-03", 2026, 1, "township"), (2, 3, "office", "2025-12-30", 2026, 5, "refused")]
    store.conn.executemany(
        "INSERT INTO expenses (village_id, seq, kind, spent_on, budget_year, amount_fen, payee, purpose, handler_name,"
        " pay_method, status, recorded_by, created_at) VALUES (?,?,?,?,?,?,'店','办公用品','王会计','cash',?,'t','x')",
        rows)
    s = expense_views.township_summary(store, admin, 2026)
    assert (s.villages, s.total_fen, s.by_kind, s.waiting_township, s.over_villages) == (
        2, 2 * limit + 1, {"office": 2 * limit + 1}, 1, 1)
    assert expense_views.township_summary(store, admin, 2026, village_ids=[1]).over_villages == 0
    _pol, over = expense_views.township_overview(store, admin, 2026, village_ids=[2])
    assert (over[0].total_fen, over[0].waiting_township, over[0].refused) == (limit + 1, 1, 0)  # refused: spent 2025


# -- bidding: the register a few villages at a time --------------------------------------------------------------
@pytest.mark.parametrize("year", [None, 2025, 2026])
@pytest.mark.parametrize("stage", [None, "registered", "tender", "funds"])
@pytest.mark.parametrize("attention", [False, True])
def test_register_read_a_few_villages_at_a_time_equals_the_whole(demo, year, stage, attention):  # noqa: ANN001
    whole = bidding.list_projects(demo, TOWNSHIP, year=year, stage=stage, attention=attention)
    if stage is None:
        assert len({r["village_id"] for r in whole}) > 1  # the pages split the villages
    for step in (1, 3):
        rows = list(bidding.iter_projects(demo, TOWNSHIP, year=year, stage=stage, attention=attention, step=step))
        assert [(r["id"], r["flags"], r["tender_status"], r["cap"]) for r in rows] == [
            (r["id"], r["flags"], r["tender_status"], r["cap"]) for r in whole]
    if not attention:
        assert bidding.register_totals(demo, TOWNSHIP, year=year, stage=stage) == (
            len(whole), sum(r["total_fen"] for r in whole))
    villages = bidding.register_villages(demo, TOWNSHIP, year=year, stage=stage)
    assert villages == list(dict.fromkeys(r["village_id"] for r in
                                          bidding.list_projects(demo, TOWNSHIP, year=year, stage=stage)))


def test_register_filters_at_the_year_edges(store, admin, village1):  # noqa: ANN001
    for on in ("2024-12-31", "2025-01-01", "2025-12-31", "2026-01-01"):
        bidding.save_project(store, village1, bidding.ProjectInput(
            village_id=1, name=f"道路{on}", kind="road", place="村东", registered_on=dt.date.fromisoformat(on),
            village_fen=100_00))
    rows = list(bidding.iter_projects(store, admin, year=2025))
    assert [r["registered_on"] for r in rows] == ["2025-01-01", "2025-12-31"]
    assert bidding.register_totals(store, admin, year=2025) == (2, 200_00)
    assert bidding.register_totals(store, admin, year=2025, stage="tender") == (0, 0)
    assert bidding.register_villages(store, admin, year=2026) == [1]
    assert bidding.register_villages(store, admin, village_ids=[2], year=2025) == []
