"""Running totals kept by triggers, for the county check (bench: figure ``check``).

The check judges every village-month and every village-year of a county against the rules. Counting a
county's 390k township attendances or summing its million expenses on each run cost most of its time;
these tables hold the counts and sums, kept right by triggers on every write to the rows they count —
through the app, an import, or SQL behind the app's back (which the check exists to catch) — so the check
reads one row per village-month or village-year instead.

- ``meeting_month_staff``: per village, township staff member and month, how many of the village's meetings
  that month the staff member attended (``meeting_township`` rows joined to ``meetings``; rows whose meeting
  does not exist are not counted, as the join would not count them).
- ``expense_totals``: per village, budget year and kind, the sum and the largest amount of the committed
  expenses (status township, approved or paid): the annual and per-item limits' figures.

Inserts, the bulk path (demo, import), add to the totals; updates and deletes, which are rare, work the
affected total out again from its index.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from villageadmin.core.migrations import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

    from villageadmin.core.store import Store

migrations = Migrations("summaries")

# The tables: figures worked out from other tables' rows, so they never travel in an export file (the rows
# they count do, and the triggers count them again where they land).
TABLES = ("meeting_month_staff", "expense_totals", "project_facts")
# The tables whose rows they count (the triggers are on these).
COUNTED_TABLES = ("meetings", "meeting_township", "expenses", "projects", "project_stages", "project_bids",
                  "project_payments")

COMMITTED = "('township', 'approved', 'paid')"

# meeting_month_staff: the count for one (village, staff, month) worked out again from the rows.
_RECOUNT_MEETING = """
        INSERT INTO meeting_month_staff (village_id, staff_id, month, n)
        SELECT {vid}, {sid}, {month}, (SELECT count(*) FROM meetings m CROSS JOIN meeting_township t
            ON t.meeting_id = m.id AND t.staff_id = {sid}
            WHERE m.village_id = {vid} AND m.held_on >= {month} AND m.held_on < {month} || '-99')
        WHERE {sid} IS NOT NULL AND {vid} IS NOT NULL
        ON CONFLICT (village_id, staff_id, month) DO UPDATE SET n = excluded.n;"""

# expense_totals: one (village, year, kind) total worked out again from expenses_budget.
_RETOTAL_EXPENSE = f"""
        INSERT INTO expense_totals (village_id, budget_year, kind, total_fen, biggest_fen)
        SELECT {{vid}}, {{year}}, {{kind}}, coalesce(sum(amount_fen), 0), max(amount_fen) FROM expenses
            WHERE village_id = {{vid}} AND budget_year = {{year}} AND kind = {{kind}} AND status IN {COMMITTED}
        ON CONFLICT (village_id, budget_year, kind) DO UPDATE
            SET total_fen = excluded.total_fen, biggest_fen = excluded.biggest_fen;"""


def _meeting_staff_sql() -> str:
    old_meeting = "(SELECT village_id FROM meetings WHERE id = OLD.meeting_id)"
    old_month = "(SELECT substr(held_on, 1, 7) FROM meetings WHERE id = OLD.meeting_id)"
    return f"""
        CREATE TABLE IF NOT EXISTS meeting_month_staff (
            village_id INTEGER NOT NULL,
            staff_id INTEGER NOT NULL,
            month TEXT NOT NULL,                 -- YYYY-MM of meetings.held_on
            n INTEGER NOT NULL,                  -- the staff member's attendances at the village's meetings
            PRIMARY KEY (village_id, staff_id, month)
        ) WITHOUT ROWID;

        -- An attendance added: one more for its meeting's village and month (none if the meeting is not there).
        CREATE TRIGGER IF NOT EXISTS meeting_month_staff_ai AFTER INSERT ON meeting_township
        WHEN NEW.staff_id IS NOT NULL BEGIN
            INSERT INTO meeting_month_staff (village_id, staff_id, month, n)
            SELECT m.village_id, NEW.staff_id, substr(m.held_on, 1, 7), 1 FROM meetings m WHERE m.id = NEW.meeting_id
            ON CONFLICT (village_id, staff_id, month) DO UPDATE SET n = n + 1;
        END;

        -- An attendance removed or changed: its old (and new) count worked out again. When its meeting is
        -- being deleted, the meeting's trigger below has already taken it off.
        CREATE TRIGGER IF NOT EXISTS meeting_month_staff_ad AFTER DELETE ON meeting_township
        WHEN OLD.staff_id IS NOT NULL BEGIN
            {_RECOUNT_MEETING.format(vid=old_meeting, sid="OLD.staff_id", month=old_month)}
        END;
        CREATE TRIGGER IF NOT EXISTS meeting_month_staff_au AFTER UPDATE OF meeting_id, staff_id ON meeting_township
        BEGIN
            {_RECOUNT_MEETING.format(vid=old_meeting, sid="OLD.staff_id", month=old_month)}
            {_RECOUNT_MEETING.format(vid=old_meeting.replace("OLD.", "NEW."), sid="NEW.staff_id",
                                     month=old_month.replace("OLD.", "NEW."))}
        END;

        -- A meeting added after its attendances (an import in another order): count them now.
        CREATE TRIGGER IF NOT EXISTS meeting_month_staff_mi AFTER INSERT ON meetings
        WHEN EXISTS (SELECT 1 FROM meeting_township WHERE meeting_id = NEW.id) BEGIN
            INSERT INTO meeting_month_staff (village_id, staff_id, month, n)
            SELECT NEW.village_id, staff_id, substr(NEW.held_on, 1, 7), count(*) FROM meeting_township
            WHERE meeting_id = NEW.id AND staff_id IS NOT NULL GROUP BY staff_id
            ON CONFLICT (village_id, staff_id, month) DO UPDATE SET n = n + excluded.n;
        END;

        -- A meeting moved to another month or village: its attendances move with it.
        CREATE TRIGGER IF NOT EXISTS meeting_month_staff_mu AFTER UPDATE OF village_id, held_on ON meetings
        WHEN OLD.village_id IS NOT NEW.village_id OR substr(OLD.held_on, 1, 7) IS NOT substr(NEW.held_on, 1, 7)
        BEGIN
            UPDATE meeting_month_staff SET n = n - (SELECT count(*) FROM meeting_township t
                WHERE t.meeting_id = OLD.id AND t.staff_id = meeting_month_staff.staff_id)
            WHERE village_id = OLD.village_id AND month = substr(OLD.held_on, 1, 7)
              AND staff_id IN (SELECT staff_id FROM meeting_township WHERE meeting_id = OLD.id);
            INSERT INTO meeting_month_staff (village_id, staff_id, month, n)
            SELECT NEW.village_id, staff_id, substr(NEW.held_on, 1, 7), count(*) FROM meeting_township
            WHERE meeting_id = NEW.id AND staff_id IS NOT NULL GROUP BY staff_id
            ON CONFLICT (village_id, staff_id, month) DO UPDATE SET n = n + excluded.n;
        END;

        -- A meeting deleted: its attendances stop counting (before the row goes, while it can be joined).
        CREATE TRIGGER IF NOT EXISTS meeting_month_staff_md BEFORE DELETE ON meetings BEGIN
            UPDATE meeting_month_staff SET n = n - (SELECT count(*) FROM meeting_township t
                WHERE t.meeting_id = OLD.id AND t.staff_id = meeting_month_staff.staff_id)
            WHERE village_id = OLD.village_id AND month = substr(OLD.held_on, 1, 7)
              AND staff_id IN (SELECT staff_id FROM meeting_township WHERE meeting_id = OLD.id);
        END;
    """


def _expense_sql() -> str:
    old = {"vid": "OLD.village_id", "year": "OLD.budget_year", "kind": "OLD.kind"}
    new = {"vid": "NEW.village_id", "year": "NEW.budget_year", "kind": "NEW.kind"}
    return f"""
        CREATE TABLE IF NOT EXISTS expense_totals (
            village_id INTEGER NOT NULL,
            budget_year INTEGER NOT NULL,
            kind TEXT NOT NULL,
            total_fen INTEGER NOT NULL,          -- sum of the committed expenses' amounts
            biggest_fen INTEGER,                 -- the largest committed amount; NULL when there is none
            PRIMARY KEY (village_id, budget_year, kind)
        ) WITHOUT ROWID;

        CREATE TRIGGER IF NOT EXISTS expense_totals_ai AFTER INSERT ON expenses
        WHEN NEW.status IN {COMMITTED} BEGIN
            INSERT INTO expense_totals (village_id, budget_year, kind, total_fen, biggest_fen)
            VALUES (NEW.village_id, NEW.budget_year, NEW.kind, NEW.amount_fen, NEW.amount_fen)
            ON CONFLICT (village_id, budget_year, kind) DO UPDATE SET total_fen = total_fen + excluded.total_fen,
                biggest_fen = CASE WHEN biggest_fen IS NULL OR excluded.biggest_fen > biggest_fen
                                   THEN excluded.biggest_fen ELSE biggest_fen END;
        END;

        CREATE TRIGGER IF NOT EXISTS expense_totals_au
        AFTER UPDATE OF village_id, budget_year, kind, status, amount_fen ON expenses
        WHEN OLD.status IN {COMMITTED} OR NEW.status IN {COMMITTED} BEGIN
            {_RETOTAL_EXPENSE.format(**old)}
            {_RETOTAL_EXPENSE.format(**new)}
        END;

        CREATE TRIGGER IF NOT EXISTS expense_totals_ad AFTER DELETE ON expenses
        WHEN OLD.status IN {COMMITTED} BEGIN
            {_RETOTAL_EXPENSE.format(**old)}
        END;
    """


def _fill_meeting_staff(village: str | None = None) -> str:
    """The INSERT of every village's attendance counts, or of one village's (``village``: the SQL of its id)."""
    mine = "" if village is None else f" AND m.village_id = {village}"
    return f"""
        INSERT INTO meeting_month_staff (village_id, staff_id, month, n)
        SELECT m.village_id, t.staff_id, substr(m.held_on, 1, 7), count(*)
        FROM meeting_township t JOIN meetings m ON m.id = t.meeting_id WHERE t.staff_id IS NOT NULL{mine}
        GROUP BY m.village_id, t.staff_id, substr(m.held_on, 1, 7)"""


def expense_totals_select(village: str | None = None) -> str:
    """The committed money per village, year and kind (of one village: ``village``, the SQL of its id)."""
    mine = "" if village is None else f" AND village_id = {village}"
    return (f"SELECT village_id, budget_year, kind, sum(amount_fen), max(amount_fen) FROM expenses"
            f" WHERE status IN {COMMITTED}{mine} GROUP BY village_id, budget_year, kind")


def _fill_expense_totals(village: str | None = None) -> str:
    return (f"INSERT INTO expense_totals (village_id, budget_year, kind, total_fen, biggest_fen)"
            f" {expense_totals_select(village)}")


@migrations()
def m001_check_totals(db: Database) -> None:
    """The two tables, their triggers, and their figures for the rows already there."""
    db.executescript(_meeting_staff_sql() + _expense_sql() + _fill_meeting_staff() + ";\n"
                     + _fill_expense_totals() + ";")


# project_facts: what the bidding rules read of a project's stages, payments and bids, one row per project.
# The stage columns are as the check's pivot defined them (a stage is there when its done_on is; tender's
# start is its notice date, else its done date; construction's end is the later of its done and start dates).
_STAGE_COLUMNS = {
    "approval": {"a_done": "done_on"},
    "tender": {"t_done": "done_on",
               "t_start": "CASE WHEN coalesce({s}.notice_on, '') <> '' THEN {s}.notice_on ELSE {s}.done_on END",
               "t_method": "coalesce({s}.method, '')"},
    "construction": {"c_done": "done_on", "c_end": "max({s}.done_on, coalesce({s}.start_on, ''))",
                     "c_amount": "coalesce({s}.amount_fen, 0)"},
    "acceptance": {"k_done": "done_on"},
    "audit": {"u_done": "done_on", "u_amount": "coalesce({s}.amount_fen, 0)"},
    "funds": {"f_done": "done_on", "f_end": "end_on", "f_amount": "coalesce({s}.amount_fen, 0)"},
}


def _stage_expr(expr: str, alias: str) -> str:
    return f"{alias}.{expr}" if expr.isidentifier() else expr.format(s=alias)


def _project_facts_sql() -> str:
    cols = [c for stage in _STAGE_COLUMNS.values() for c in stage]
    stage_cols = ", ".join(f"{c} {'INTEGER' if c.endswith('amount') else 'TEXT'}" for c in cols)
    # A project's stage columns worked out again: one probe of UNIQUE (project_id, stage) per stage.
    restage = ", ".join(
        f"{c} = (SELECT {_stage_expr(e, 'st')} FROM project_stages st WHERE st.project_id = {{p}} AND st.stage = '{s}')"
        for s, stage in _STAGE_COLUMNS.items() for c, e in stage.items())
    repay = ("paid_fen = (SELECT coalesce(sum(amount_fen), 0) FROM project_payments WHERE project_id = {p}"
             " AND kind = 'payment'), released_fen = (SELECT coalesce(sum(amount_fen), 0) FROM project_payments"
             " WHERE project_id = {p} AND kind = 'retention')")
    rebid = ("n_bids = (SELECT count(*) FROM project_bids WHERE project_id = {p}),"
             " n_amounts = (SELECT count(DISTINCT amount_fen) FROM project_bids WHERE project_id = {p})")

    def redo(part: str, p: str) -> str:
        # The row made if missing (only for a project that exists: a cascade from a deleted project does not
        # bring its row back), then the part's columns set from the rows.
        return (f"INSERT INTO project_facts (project_id) SELECT {p} WHERE EXISTS (SELECT 1 FROM projects"
                f" WHERE id = {p}) ON CONFLICT (project_id) DO NOTHING;"
                f" UPDATE project_facts SET {part.format(p=p)} WHERE project_id = {p};")

    # A stage added: its own columns set (the UNIQUE constraint allows one row per project and stage).
    set_stage = ", ".join(
        f"{c} = CASE WHEN NEW.stage = '{s}' THEN {_stage_expr(e, 'NEW')} ELSE {c} END"
        for s, stage in _STAGE_COLUMNS.items() for c, e in stage.items())
    return f"""
        CREATE TABLE IF NOT EXISTS project_facts (
            project_id INTEGER PRIMARY KEY,
            {stage_cols},
            paid_fen INTEGER NOT NULL DEFAULT 0,      -- project_payments of kind payment
            released_fen INTEGER NOT NULL DEFAULT 0,  -- project_payments of kind retention
            n_bids INTEGER NOT NULL DEFAULT 0,
            n_amounts INTEGER NOT NULL DEFAULT 0      -- distinct bid amounts
        );

        CREATE TRIGGER IF NOT EXISTS project_facts_si AFTER INSERT ON project_stages BEGIN
            INSERT INTO project_facts (project_id) VALUES (NEW.project_id) ON CONFLICT (project_id) DO NOTHING;
            UPDATE project_facts SET {set_stage} WHERE project_id = NEW.project_id;
        END;
        CREATE TRIGGER IF NOT EXISTS project_facts_su AFTER UPDATE ON project_stages BEGIN
            {redo(restage, "OLD.project_id")}
            {redo(restage, "NEW.project_id")}
        END;
        CREATE TRIGGER IF NOT EXISTS project_facts_sd AFTER DELETE ON project_stages BEGIN
            {redo(restage, "OLD.project_id")}
        END;

        CREATE TRIGGER IF NOT EXISTS project_facts_pi AFTER INSERT ON project_payments BEGIN
            INSERT INTO project_facts (project_id, paid_fen, released_fen)
            VALUES (NEW.project_id, CASE WHEN NEW.kind = 'payment' THEN NEW.amount_fen ELSE 0 END,
                    CASE WHEN NEW.kind = 'retention' THEN NEW.amount_fen ELSE 0 END)
            ON CONFLICT (project_id) DO UPDATE SET paid_fen = paid_fen + excluded.paid_fen,
                released_fen = released_fen + excluded.released_fen;
        END;
        CREATE TRIGGER IF NOT EXISTS project_facts_pu AFTER UPDATE ON project_payments BEGIN
            {redo(repay, "OLD.project_id")}
            {redo(repay, "NEW.project_id")}
        END;
        CREATE TRIGGER IF NOT EXISTS project_facts_pd AFTER DELETE ON project_payments BEGIN
            {redo(repay, "OLD.project_id")}
        END;

        CREATE TRIGGER IF NOT EXISTS project_facts_bi AFTER INSERT ON project_bids BEGIN
            INSERT INTO project_facts (project_id, n_bids, n_amounts) VALUES (NEW.project_id, 1, 1)
            ON CONFLICT (project_id) DO UPDATE SET n_bids = n_bids + 1, n_amounts = n_amounts + NOT EXISTS
                (SELECT 1 FROM project_bids WHERE project_id = NEW.project_id AND amount_fen = NEW.amount_fen
                 AND id <> NEW.id);
        END;
        CREATE TRIGGER IF NOT EXISTS project_facts_bu AFTER UPDATE ON project_bids BEGIN
            {redo(rebid, "OLD.project_id")}
            {redo(rebid, "NEW.project_id")}
        END;
        CREATE TRIGGER IF NOT EXISTS project_facts_bd AFTER DELETE ON project_bids BEGIN
            {redo(rebid, "OLD.project_id")}
        END;

        CREATE TRIGGER IF NOT EXISTS project_facts_d AFTER DELETE ON projects BEGIN
            DELETE FROM project_facts WHERE project_id = OLD.id;
        END;
    """


def _fill_project_facts(village: str | None = None) -> str:
    """The INSERT of every project's figures, or of one village's (``village``: the SQL of its id)."""
    cols = [c for stage in _STAGE_COLUMNS.values() for c in stage]
    pivot = ", ".join(f"max(CASE WHEN st.stage = '{s}' THEN {_stage_expr(e, 'st')} END) AS {c}"
                      for s, stage in _STAGE_COLUMNS.items() for c, e in stage.items())
    mine = "" if village is None else f" WHERE project_id IN (SELECT id FROM projects WHERE village_id = {village})"
    return f"""
        INSERT INTO project_facts (project_id, {', '.join(cols)}, paid_fen, released_fen, n_bids, n_amounts)
        SELECT p.id, {', '.join('s.' + c for c in cols)}, coalesce(x.paid, 0), coalesce(x.released, 0),
               coalesce(b.n, 0), coalesce(b.n_amounts, 0)
        FROM projects p
        LEFT JOIN (SELECT project_id, {pivot} FROM project_stages st{mine} GROUP BY project_id) s
          ON s.project_id = p.id
        LEFT JOIN (SELECT project_id, sum(CASE WHEN kind = 'payment' THEN amount_fen ELSE 0 END) AS paid,
                   sum(CASE WHEN kind = 'retention' THEN amount_fen ELSE 0 END) AS released
                   FROM project_payments{mine} GROUP BY project_id) x ON x.project_id = p.id
        LEFT JOIN (SELECT project_id, count(*) AS n, count(DISTINCT amount_fen) AS n_amounts FROM project_bids{mine}
                   GROUP BY project_id) b ON b.project_id = p.id{'' if village is None else f' WHERE p.village_id = {village}'}"""


@migrations()
def m002_project_facts(db: Database) -> None:
    """The bidding rules' figures per project, their triggers, and the figures for the projects already there."""
    db.executescript(_project_facts_sql() + _fill_project_facts() + ";")


@contextmanager
def triggers_held(store: Store, *tables: str) -> Iterator[None]:
    """Inside a transaction that bulk-loads ``tables``: their running-total triggers dropped, and made again at
    the end. For a loader that then works the totals out in one pass (``refill``), cheaper than a trigger per
    row, or that brings them with it (the demo's expenses, whose ``INSERT … SELECT`` of a million finished rows
    SQLite can copy as they are only into a table without triggers). On an error the transaction's rollback
    brings the triggers back."""
    found = store.conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name IN ({','.join('?' * len(tables))})"
        f" AND name IN ({','.join('?' * len(_TRIGGERS))})", (*tables, *_TRIGGERS)).fetchall()
    for name, _sql in found:
        store.conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in found:
        store.conn.execute(sql)


def refill(store: Store, table: str) -> None:
    """One running-total table worked out again from the rows it counts (inside the caller's transaction)."""
    store.conn.execute(f"DELETE FROM {table}")
    store.conn.execute(_FILL[table]())


def refill_villages(store: Store, village_ids: list[int]) -> None:
    """Every running total of these villages worked out again from their rows (inside the caller's transaction):
    for a loader that writes one village's rows with the triggers held (``triggers_held``), at a cost in
    proportion to the village's rows, not the archive's."""
    c = store.conn
    for vid in village_ids:
        c.execute("DELETE FROM meeting_month_staff WHERE village_id=?", (vid,))
        c.execute("DELETE FROM expense_totals WHERE village_id=?", (vid,))
        c.execute("DELETE FROM project_facts WHERE project_id IN (SELECT id FROM projects WHERE village_id=?)", (vid,))
        for table in TABLES:
            c.execute(_FILL[table](":v"), {"v": vid})


# Every trigger the tables above are kept by.
_TRIGGERS = ("meeting_month_staff_ai", "meeting_month_staff_ad", "meeting_month_staff_au", "meeting_month_staff_mi",
             "meeting_month_staff_mu", "meeting_month_staff_md", "expense_totals_ai", "expense_totals_au",
             "expense_totals_ad", "project_facts_si", "project_facts_su", "project_facts_sd", "project_facts_pi",
             "project_facts_pu", "project_facts_pd", "project_facts_bi", "project_facts_bu", "project_facts_bd",
             "project_facts_d")

_FILL = {"meeting_month_staff": _fill_meeting_staff, "expense_totals": _fill_expense_totals,
         "project_facts": _fill_project_facts}
