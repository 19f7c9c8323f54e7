"""The county check's set-based SQL finds exactly what the per-row Python it replaced found.

Each area's earlier check is kept in tests/core/reference_checks_*.py. A small demo is bent out of shape
at random (stages dropped or re-dated, bids made alike, payments over the contract, meetings moved, kinds
changed, visits removed, sheets not posted, a policy change half-way) and both must give the same findings,
message for message, in the order `check` prints them, on several "today"s and for one village as well as all.
"""

from __future__ import annotations

import json
import os
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.core import reference_checks_bidding, reference_checks_expenses, reference_checks_meetings
from villageadmin.core import checks, checks_bidding, checks_expenses, checks_meetings
from villageadmin.core.accounts import Actor
from villageadmin.core.checks import Finding
from villageadmin.core import store as store_module
from villageadmin.core.errors import StoreError
from villageadmin.core.store import open_store

READER = Actor(None, "t", "t", "viewer")
PAIRS = [(checks_meetings, reference_checks_meetings), (checks_bidding, reference_checks_bidding),
         (checks_expenses, reference_checks_expenses)]


def ordered(found: list[Finding]) -> list[dict[str, Any]]:
    """As checks.run orders them (a stable sort, so ties keep the area's own order)."""
    order = {s: i for i, s in enumerate(checks.SEVERITIES)}
    found = sorted(found, key=lambda f: (f.village or "", order.get(f.severity, 9), f.module, f.date or "", f.rule))
    return [f.as_json() for f in found]


def run_both(store: Any, new: Any, old: Any, ids: list[int]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    a, b = new.findings(store, ids), old.findings(store, ids)
    if hasattr(new, "township_findings"):
        a, b = a + new.township_findings(store), b + old.township_findings(store)
    return ordered(a), ordered(b)


def bend(store: Any, seed: int) -> None:
    """Raw edits behind the core's back, as imported or hand-edited files have them."""
    rnd = random.Random(seed)
    ex = store.execute
    pids = [r[0] for r in ex("SELECT id FROM projects")]
    for pid in rnd.sample(pids, len(pids) // 3):
        what = rnd.randrange(12)
        if what == 0:
            ex("DELETE FROM project_stages WHERE project_id=? AND stage=?",
               (pid, rnd.choice(["approval", "tender", "construction", "acceptance", "audit", "funds"])))
        elif what == 1:
            ex("UPDATE project_stages SET done_on=date(done_on, ?) WHERE project_id=? AND stage=?",
               (f"{rnd.choice([-400, -40, -1, 1, 30])} days", pid,
                rnd.choice(["tender", "construction", "acceptance", "audit", "funds"])))
        elif what == 2:
            ex("UPDATE project_stages SET notice_on=? WHERE project_id=? AND stage='tender'",
               (rnd.choice([None, "", "2015-01-01", "2030-01-01"]), pid))
        elif what == 3:
            ex("UPDATE project_stages SET method=? WHERE project_id=? AND stage='tender'",
               (rnd.choice([None, "direct", "invited", "competitive", "public"]), pid))
        elif what == 4:
            ex("UPDATE project_stages SET start_on=? WHERE project_id=? AND stage='construction'",
               (rnd.choice([None, "", "2000-01-01", "2031-01-01"]), pid))
        elif what == 5:
            ex("UPDATE project_bids SET amount_fen=(SELECT max(amount_fen) FROM project_bids WHERE project_id=?)"
               " WHERE project_id=?", (pid, pid))
        elif what == 6:
            ex("UPDATE project_bids SET amount_fen=amount_fen + ? WHERE project_id=? AND is_winner=0",
               (rnd.choice([1, 100, 20_000]), pid))
        elif what == 7:
            ex("DELETE FROM project_bids WHERE project_id=? AND is_winner=0", (pid,))
        elif what == 8:
            ex("INSERT INTO project_payments (project_id, paid_on, amount_fen, kind, created_at)"
               " VALUES (?, '2026-01-05', ?, ?, '2026-01-05T00:00:00')",
               (pid, rnd.choice([1, 5_000_000]), rnd.choice(["payment", "retention"])))
        elif what == 9:
            ex("UPDATE projects SET public_interest=0 WHERE id=?", (pid,))
        elif what == 10:
            ex("UPDATE project_stages SET end_on=?, amount_fen=? WHERE project_id=? AND stage='funds'",
               (rnd.choice([None, "", "2026-11-26", "2026-11-27", "2027-01-01"]), rnd.choice([0, 1, 90_000]), pid))
        else:
            ex("UPDATE projects SET township_fen=?, village_fen=? WHERE id=?",
               (rnd.choice([0, 1_999_999, 2_000_000]), rnd.choice([0, 499_999, 500_000]), pid))
    mids = [r[0] for r in ex("SELECT id FROM meetings")]
    for mid in rnd.sample(mids, len(mids) // 4):
        what = rnd.randrange(4)
        if what == 0:
            ex("UPDATE meetings SET held_on=substr(held_on, 1, 8) || ? WHERE id=?",
               (rnd.choice(["01", "05", "06", "07", "08", "28"]), mid))
        elif what == 1:
            ex("UPDATE meetings SET kind=? WHERE id=?", (rnd.choice(["work", "party", "villagers"]), mid))
        elif what == 2:
            ex("DELETE FROM meeting_township WHERE meeting_id=?", (mid,))
        else:
            ex("UPDATE meetings SET held_on=date(held_on, '-1 month') WHERE id=?", (mid,))
    ex("DELETE FROM expense_publications WHERE rowid % 3 = 0")
    ex("UPDATE township_staff SET is_office_member=1 WHERE id % 5 = 0")
    ex("DELETE FROM meeting_township WHERE staff_id % 4 = 0 AND meeting_id % 2 = 0")
    # A policy change half-way: a shorter first week, more visits, other bidding thresholds.
    body = json.loads(store.scalar("SELECT body FROM policy_versions ORDER BY effective_from DESC LIMIT 1"))
    body.setdefault("meetings", {}).update(first_week_last_day=5, linked_visits_per_month=3)
    body.setdefault("bidding", {}).update(tender_village_fen=400_000, bid_close_percent=3, split_window_months=6)
    ex("INSERT INTO policy_versions (effective_from, is_default, note, created_at, created_by, body)"
       " VALUES ('2026-03-01', 0, 'test', '2026-02-01T00:00:00', 'test', ?)", (json.dumps(body),))
    store.conn.commit()


@pytest.fixture(scope="module")
def bent(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from villageadmin.core import demo

    d = tmp_path_factory.mktemp("bent")
    demo.create(d, villages=3, years=2, seed=11)
    store = open_store(d)
    try:
        bend(store, 5)
    finally:
        store.close()
    return d


@pytest.mark.parametrize("today_", ["2026-11-27", "2026-11-05", "2026-11-07", "2026-11-08", "2026-12-11"])
@pytest.mark.parametrize("area", ["meetings", "bidding", "expenses"])
def test_sql_check_agrees_with_the_python_check_on_bent_data(bent, tmp_path, monkeypatch, today_, area):
    monkeypatch.setenv("VILLAGEADMIN_TODAY", today_)
    d = tmp_path / "copy"
    shutil.copytree(bent, d)
    store = open_store(d)
    try:
        new, old = next(p for p in PAIRS if p[0].MODULE == area)
        ids = [r[0] for r in store.execute("SELECT id FROM villages WHERE active=1 ORDER BY code")]
        a, b = run_both(store, new, old, ids)
        assert a == b
        assert a, "the bent demo should have findings in every area"
        one = run_both(store, new, old, ids[1:2])  # one village: the IN-list path
        assert one[0] == one[1]
    finally:
        store.close()


@pytest.mark.parametrize("area", ["meetings", "bidding", "expenses"])
def test_sql_check_agrees_with_the_python_check_on_the_demo(demo_dir, area):
    store = open_store(demo_dir, read_only=True)
    try:
        new, old = next(p for p in PAIRS if p[0].MODULE == area)
        ids = [r[0] for r in store.execute("SELECT id FROM villages ORDER BY code")]
        a, b = run_both(store, new, old, ids)
        assert a == b and a
    finally:
        store.close()


def test_json_text_is_what_json_dumps_writes():
    found = [Finding("001", "m", "r", "error", 'say "hi"\n\ttab \\ 中文 \u2028 \x01', 5, "expense", "2026-01-01"),
             Finding(None, "m", "r", "info", "", None, None, None), Finding("002", "m", "r", "warning", "é", 0, "x", "")]
    for case in (found, found[:1], []):
        assert checks.to_json(case) == json.dumps([f.as_json() for f in case], ensure_ascii=False, indent=1)


@pytest.mark.parametrize("days", [["2027-03-02"], ["2027-03-02", "2026-11-03", "2026-09-30"]])
def test_meetings_check_with_records_dated_after_this_month(store, days):
    for day in days:
        store.execute("INSERT INTO meetings (village_id, kind, held_on, created_at, updated_at)"
                      " VALUES (1, 'work', ?, ?, ?)", (day, day, day))
    a, b = run_both(store, checks_meetings, reference_checks_meetings, [1, 2])
    assert a == b
    late_or_missing = [(f["date"], f["rule"]) for f in a if f["rule"].startswith("work_meeting")]
    assert late_or_missing == ([("2026-10", "work_meeting_missing"), ("2026-09", "work_meeting_late")] if len(days) > 1 else [])


def test_the_check_in_several_processes_finds_what_one_finds(bent, monkeypatch):
    """Each process checks every n-th village on its own connection; together, in checks.run's order, they
    find exactly what one connection finds (township-wide findings once)."""
    monkeypatch.setattr(checks, "PARALLEL_MIN_VILLAGES", 1)
    monkeypatch.setattr(checks, "_can_fork", lambda: True)
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    statuses = []
    real_wait = os.waitpid
    monkeypatch.setattr(os, "waitpid", lambda pid, opt: statuses.append(real_wait(pid, opt)[1]) or (pid, statuses[-1]))
    store = open_store(bent, read_only=True)
    try:
        one = checks.run(store, READER)
        assert {f.village for f in one} == {"001", "002", "003", None}  # None: the township-wide findings
        assert not forks
        for n in (2, 3, 8):
            assert checks.run(store, READER, processes=n) == one
        assert len(forks) == 1 + 2 + 2  # at most one process per village
        assert statuses == [0] * 5  # each did its share (a failed one would be done here instead)
    finally:
        store.close()


def test_a_share_whose_process_fails_is_checked_here(bent, monkeypatch):
    monkeypatch.setattr(checks, "PARALLEL_MIN_VILLAGES", 1)
    monkeypatch.setattr(checks, "_can_fork", lambda: True)
    store = open_store(bent, read_only=True)
    try:
        one = checks.run(store, READER)

        def cannot_open(*_a: object, **_k: object) -> None:
            raise StoreError("打不开", code="test")

        monkeypatch.setattr(store_module, "open_store", cannot_open)  # the children cannot open the file
        assert checks.run(store, READER, processes=3) == one
    finally:
        store.close()


def test_the_check_inside_a_transaction_sees_its_uncommitted_rows(bent, tmp_path, monkeypatch):
    """Another connection could not see rows not yet committed: the check stays on the caller's."""
    monkeypatch.setattr(checks, "PARALLEL_MIN_VILLAGES", 1)
    monkeypatch.setattr(checks, "_can_fork", lambda: True)
    forks: list[int] = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    d = tmp_path / "copy"
    shutil.copytree(bent, d)
    store = open_store(d)
    try:
        before = checks.run(store, READER, processes=2, modules=["meetings"])
        with pytest.raises(KeyboardInterrupt), store.transaction():  # rolled back at the end
            store.execute("INSERT INTO resolutions (meeting_id, village_id, seq, text, owner, due_on, status)"
                          " SELECT id, village_id, 99, '新决议', '某', '2026-01-02', 'open' FROM meetings LIMIT 1")
            forked_before = len(forks)
            during = checks.run(store, READER, processes=2, modules=["meetings"])
            assert len(forks) == forked_before  # checked on the caller's connection, which sees them
            raise KeyboardInterrupt
        assert checks.run(store, READER, processes=2, modules=["meetings"]) == before
        assert [f.message for f in during if f not in before] == ["决议“新决议”（责任人 某）应于 2026-01-02 完成，已逾期 329 天"]
    finally:
        store.close()
