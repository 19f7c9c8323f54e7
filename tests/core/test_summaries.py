"""The running totals the triggers keep (schema_summaries) equal the totals worked out from the rows, after
every kind of write: inserts, updates and deletes of each counted table, meetings moved to another month or
village, parents deleted with their rows cascading, children written before their parents."""

from __future__ import annotations

import random
import sqlite3
import shutil
from pathlib import Path
from typing import Any

import pytest

from villageadmin.core.schema_summaries import COMMITTED
from villageadmin.core.store import open_store

STAGES = ["approval", "tender", "construction", "acceptance", "audit", "funds"]


def counted(store: Any) -> dict[str, set[tuple[Any, ...]]]:
    """What the tables hold (zero counts and empty totals left out: the check reads them as none)."""
    return {
        "meetings": set(store.execute("SELECT village_id, staff_id, month, n FROM meeting_month_staff WHERE n <> 0")),
        "expenses": set(store.execute("SELECT village_id, budget_year, kind, total_fen, biggest_fen FROM expense_totals"
                                      " WHERE biggest_fen IS NOT NULL")),
        "projects": set(store.execute(
            "SELECT p.id, f.a_done, f.t_done, f.t_start, f.t_method, f.c_done, f.c_end, f.c_amount, f.k_done,"
            " f.u_done, f.u_amount, f.f_done, f.f_end, f.f_amount, coalesce(f.paid_fen, 0),"
            " coalesce(f.released_fen, 0), coalesce(f.n_bids, 0), coalesce(f.n_amounts, 0)"
            " FROM projects p LEFT JOIN project_facts f ON f.project_id = p.id")),
    }


def recounted(store: Any) -> dict[str, set[tuple[Any, ...]]]:
    """The same figures from the rows themselves."""
    def stage(s: str, expr: str) -> str:
        return f"(SELECT {expr} FROM project_stages st WHERE st.project_id = p.id AND st.stage = '{s}')"

    return {
        "meetings": set(store.execute(
            "SELECT m.village_id, t.staff_id, substr(m.held_on, 1, 7), count(*) FROM meeting_township t"
            " JOIN meetings m ON m.id = t.meeting_id WHERE t.staff_id IS NOT NULL"
            " GROUP BY m.village_id, t.staff_id, substr(m.held_on, 1, 7)")),
        "expenses": set(store.execute(
            f"SELECT village_id, budget_year, kind, sum(amount_fen), max(amount_fen) FROM expenses"
            f" WHERE status IN {COMMITTED} GROUP BY village_id, budget_year, kind")),
        "projects": set(store.execute(
            "SELECT p.id, " + ", ".join([
                stage("approval", "done_on"), stage("tender", "done_on"),
                stage("tender", "CASE WHEN coalesce(notice_on, '') <> '' THEN notice_on ELSE done_on END"),
                stage("tender", "coalesce(method, '')"), stage("construction", "done_on"),
                stage("construction", "max(done_on, coalesce(start_on, ''))"),
                stage("construction", "coalesce(amount_fen, 0)"), stage("acceptance", "done_on"),
                stage("audit", "done_on"), stage("audit", "coalesce(amount_fen, 0)"), stage("funds", "done_on"),
                stage("funds", "end_on"), stage("funds", "coalesce(amount_fen, 0)"),
                "(SELECT coalesce(sum(amount_fen), 0) FROM project_payments WHERE project_id = p.id"
                " AND kind = 'payment')",
                "(SELECT coalesce(sum(amount_fen), 0) FROM project_payments WHERE project_id = p.id"
                " AND kind = 'retention')",
                "(SELECT count(*) FROM project_bids WHERE project_id = p.id)",
                "(SELECT count(DISTINCT amount_fen) FROM project_bids WHERE project_id = p.id)"])
            + " FROM projects p")),
    }


def shake(store: Any, seed: int) -> None:
    """Raw writes of every kind, as imports, repairs and hand edits make them."""
    rnd = random.Random(seed)
    ex = store.execute
    staff = [r[0] for r in ex("SELECT id FROM township_staff")]
    villages = [r[0] for r in ex("SELECT id FROM villages")]
    mids = [r[0] for r in ex("SELECT id FROM meetings")]
    gone: set[int] = set()
    for mid in rnd.sample(mids, len(mids) // 3):
        what = rnd.randrange(8)
        if what == 0:
            ex("UPDATE meetings SET held_on=date(held_on, ?) WHERE id=?", (rnd.choice(["-1 month", "+40 days"]), mid))
        elif what == 1:
            ex("UPDATE meetings SET village_id=? WHERE id=?", (rnd.choice(villages), mid))
        elif what == 2:
            ex("UPDATE resolutions SET closed_meeting_id=NULL WHERE closed_meeting_id=?", (mid,))
            ex("DELETE FROM meetings WHERE id=?", (mid,))  # its attendances go with it (ON DELETE CASCADE)
            gone.add(mid)
        elif what == 3:
            ex("DELETE FROM meeting_township WHERE id IN (SELECT id FROM meeting_township WHERE meeting_id=? LIMIT 1)",
               (mid,))
        elif what == 4:
            ex("UPDATE meeting_township SET staff_id=? WHERE meeting_id=?", (rnd.choice(staff + [None]), mid))
        elif what == 5:
            ex("UPDATE meeting_township SET meeting_id=? WHERE meeting_id=?",
               (rnd.choice([m for m in mids if m not in gone]), mid))
        elif what == 6:
            ex("INSERT INTO meeting_township (meeting_id, staff_id, name, role) VALUES (?, ?, '某', 'liaison')",
               (mid, rnd.choice(staff)))
        else:
            ex("UPDATE meetings SET topic='改了' WHERE id=?", (mid,))  # not a counted column
    # Attendances written before their meeting (an import in another order), then the meeting.
    store.execute("PRAGMA foreign_keys=OFF")
    new_id = int(store.scalar("SELECT max(id) FROM meetings")) + 100
    for sid in staff[:3]:
        ex("INSERT INTO meeting_township (meeting_id, staff_id, name, role) VALUES (?, ?, '某', 'leader')",
           (new_id, sid))
    ex("INSERT INTO meetings (id, village_id, kind, held_on, created_at, updated_at)"
       " VALUES (?, ?, 'work', '2026-03-02', '2026-03-02', '2026-03-02')", (new_id, villages[0]))
    store.execute("PRAGMA foreign_keys=ON")

    # Expenses: approved money cannot be changed in place (the schema's own triggers refuse it); what may
    # change — pending rows' facts, status moves, deletes of open rows — does, and a refusal changes nothing.
    eids = [r[0] for r in ex("SELECT id FROM expenses")]
    cols = [r[1] for r in ex("PRAGMA table_info(expenses)") if r[1] not in ("id", "status", "seq")]
    for i, eid in enumerate(rnd.sample(eids, 12)):  # new requests: pending, or entered as already approved
        ex(f"INSERT INTO expenses (seq, status, {', '.join(cols)}) SELECT seq + 10000 + ?, ?, {', '.join(cols)}"
           f" FROM expenses WHERE id=?", (i, rnd.choice(["pending", "approved"]), eid))
    eids = [r[0] for r in ex("SELECT id FROM expenses")]
    for eid in rnd.sample(eids, len(eids) // 2):
        what = rnd.randrange(6)
        sql, params = [
            ("UPDATE expenses SET status=? WHERE id=?",
             (rnd.choice(["pending", "approved", "paid", "refused", "township", "withdrawn"]), eid)),
            ("UPDATE expenses SET amount_fen=amount_fen + ? WHERE id=?", (rnd.choice([-1, 1, 500_000]), eid)),
            ("UPDATE expenses SET kind=(SELECT kind FROM expenses WHERE id <> ? ORDER BY id LIMIT 1) WHERE id=?",
             (eid, eid)),
            ("UPDATE expenses SET budget_year=budget_year - 1 WHERE id=?", (eid,)),
            ("DELETE FROM expenses WHERE id=?", (eid,)),
            ("UPDATE expenses SET village_id=? WHERE id=?", (rnd.choice(villages), eid)),
        ][what]
        try:
            ex(sql, params)
        except sqlite3.IntegrityError:
            pass

    pids = [r[0] for r in ex("SELECT id FROM projects")]
    for pid in rnd.sample(pids, len(pids) // 2):
        what = rnd.randrange(9)
        if what == 0:
            ex("DELETE FROM project_stages WHERE project_id=? AND stage=?", (pid, rnd.choice(STAGES)))
        elif what == 1:
            ex("UPDATE project_stages SET done_on=date(done_on, '-3 days'), notice_on=?, method=?, start_on=?,"
               " amount_fen=? WHERE project_id=? AND stage=?",
               (rnd.choice([None, "", "2020-01-01"]), rnd.choice([None, "direct", "public"]),
                rnd.choice([None, "", "2031-01-01"]), rnd.choice([None, 0, 77_700]), pid, rnd.choice(STAGES)))
        elif what == 2:
            to = rnd.choice(pids)
            ex("UPDATE project_stages SET project_id=? WHERE project_id=? AND stage='funds'"
               " AND NOT EXISTS (SELECT 1 FROM project_stages o WHERE o.project_id=? AND o.stage='funds')",
               (to, pid, to))
        elif what == 3:
            ex("INSERT INTO project_payments (project_id, paid_on, amount_fen, kind, created_at)"
               " VALUES (?, '2026-01-05', ?, ?, '2026-01-05T00:00:00')",
               (pid, rnd.choice([1, 5_000_000]), rnd.choice(["payment", "retention"])))
        elif what == 4:
            ex("UPDATE project_payments SET amount_fen=amount_fen + 1, kind=? WHERE project_id=?",
               (rnd.choice(["payment", "retention"]), pid))
        elif what == 5:
            ex("DELETE FROM project_payments WHERE project_id=?", (pid,))
        elif what == 6:
            ex("UPDATE project_bids SET amount_fen=(SELECT max(amount_fen) FROM project_bids WHERE project_id=?)"
               " WHERE project_id=?", (pid, pid))
        elif what == 7:
            ex("INSERT INTO project_bids (project_id, seq, bidder, amount_fen) VALUES (?, 9, '某公司',"
               " coalesce((SELECT min(amount_fen) FROM project_bids WHERE project_id=?), 1))", (pid, pid))
        else:
            ex("DELETE FROM project_bids WHERE project_id=? AND is_winner=0", (pid,))
    for pid in rnd.sample(pids, 3):
        ex("DELETE FROM decision_matters WHERE project_id=?", (pid,))
        ex("DELETE FROM projects WHERE id=?", (pid,))  # stages, payments and bids cascade
    store.conn.commit()


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from villageadmin.core import demo

    d = tmp_path_factory.mktemp("summaries")
    demo.create(d, villages=3, years=2, seed=3)
    return d


def test_the_demo_s_totals_are_the_rows_totals(demo_copy):
    store = open_store(demo_copy, read_only=True)
    try:
        have, want = counted(store), recounted(store)
        for name in want:
            assert have[name] == want[name], name
            assert len(want[name]) > 20, name  # the demo has something to count in each
    finally:
        store.close()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_totals_follow_every_kind_of_write(demo_copy, tmp_path, seed):
    d = tmp_path / "copy"
    shutil.copytree(demo_copy, d)
    store = open_store(d)
    try:
        before = recounted(store)
        shake(store, seed)
        after = recounted(store)
        assert [k for k in before if before[k] == after[k]] == [], "the writes should change every total"
        assert counted(store) == after
    finally:
        store.close()


def test_a_migrated_file_gets_its_totals(demo_copy, tmp_path):
    """A file made before the tables existed: the migration counts what is there."""
    d = tmp_path / "copy"
    shutil.copytree(demo_copy, d)
    store = open_store(d)
    try:
        store.conn.executescript(
            "DROP TABLE meeting_month_staff; DROP TABLE expense_totals; DROP TABLE project_facts;"
            " DELETE FROM _sqlite_migrations WHERE migration_set='summaries';"
            " DELETE FROM settings WHERE key='schema_code_digest';")
    finally:
        store.close()
    store = open_store(d)
    try:
        assert counted(store) == recounted(store)
        assert store.scalar("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND"
                            " (name LIKE 'meeting_month_staff%' OR name LIKE 'expense_totals%'"
                            " OR name LIKE 'project_facts%')") == 19
    finally:
        store.close()


def test_a_village_s_totals_worked_out_again_leave_the_others_alone(demo_copy, tmp_path):
    """refill_villages: what an import does after writing a village's rows with the triggers held."""
    from villageadmin.core import schema_summaries as summaries

    d = tmp_path / "copy"
    shutil.copytree(demo_copy, d)
    store = open_store(d)
    try:
        shake(store, 4)
        want = counted(store)
        with store.transaction():
            store.execute("UPDATE meeting_month_staff SET n = n + 1")
            store.execute("UPDATE expense_totals SET total_fen = 0, biggest_fen = -1")
            store.execute("UPDATE project_facts SET paid_fen = -5, a_done = 'x', n_bids = 99")
            store.execute("INSERT INTO project_facts (project_id, paid_fen) VALUES (999999, 7)")  # no such project
            summaries.refill_villages(store, [1])
            one = counted(store)
            summaries.refill_villages(store, [2, 3])
        assert counted(store) == want == recounted(store)
        # After village 1 alone, only village 1's figures were right again.
        for name, rows in one.items():
            key = {"meetings": 0, "expenses": 0}.get(name)
            if key is None:
                ids = {r[0] for r in store.execute("SELECT id FROM projects WHERE village_id=1")}
                assert {r for r in rows if r[0] in ids} == {r for r in want[name] if r[0] in ids}
                assert {r for r in rows if r[0] not in ids}.isdisjoint(want[name])
            else:
                assert {r for r in rows if r[key] == 1} == {r for r in want[name] if r[key] == 1}
                assert {r for r in rows if r[key] != 1}.isdisjoint(want[name])
    finally:
        store.close()
