"""Non-productive expenses (非生产性开支): requests, their approval steps, reversals, publicity postings.

One row per request or reversal. The approval steps live in columns of the row (who, when, opinion
for each step) rather than a child table: a county archive holds about a million rows and the
demo writes them in one pass. Rows that money has been committed to are protected by triggers as
well as by the core: their facts never change and their status only moves forward.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core.migrations import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = Migrations("expenses")

# Status order: pending → township → approved → paid; refused and withdrawn end a request.
STATUSES = ("pending", "township", "approved", "paid", "refused", "withdrawn")
# Statuses whose amount counts against the limits (money committed by the village).
COMMITTED = ("township", "approved", "paid")


@migrations()
def m001_expenses(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE expenses (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            seq INTEGER NOT NULL,                 -- number within the village and the year of spent_on (编号)
            kind TEXT NOT NULL,                   -- code of the kind in the expense policy
            spent_on TEXT NOT NULL,               -- date of the request (a reversal: date of the correction)
            budget_year INTEGER NOT NULL,         -- calendar year whose limit it counts against
            amount_fen INTEGER NOT NULL,          -- negative only for reversals
            payee TEXT NOT NULL,
            purpose TEXT NOT NULL,
            handler_id INTEGER REFERENCES cadres(id),
            handler_name TEXT NOT NULL,           -- 经办人
            receipts INTEGER NOT NULL DEFAULT 0,
            pay_method TEXT NOT NULL CHECK (pay_method IN ('cash', 'transfer')),
            status TEXT NOT NULL CHECK (status IN ('pending', 'township', 'approved', 'paid', 'refused',
                                                   'withdrawn')),
            needs_township INTEGER NOT NULL DEFAULT 0,
            needs_second INTEGER NOT NULL DEFAULT 0,
            reverses_id INTEGER REFERENCES expenses(id),
            reason TEXT NOT NULL DEFAULT '',      -- why a reversal was made
            recorded_by TEXT NOT NULL,
            created_at TEXT NOT NULL,
            -- the judgement against the policy in force on spent_on, kept as it was made
            item_limit_fen INTEGER,
            annual_limit_fen INTEGER,
            ytd_before_fen INTEGER,
            -- village approval (村审批) and the second signer
            village_approver_id INTEGER REFERENCES cadres(id),
            village_approver_name TEXT,
            second_signer_id INTEGER REFERENCES cadres(id),
            second_signer_name TEXT,
            village_approved_at TEXT,
            village_opinion TEXT,
            approved_by_user TEXT,
            -- township review (乡镇审核)
            township_reviewer TEXT,
            township_reviewed_at TEXT,
            township_opinion TEXT,
            -- payment (支付)
            paid_on TEXT,
            paid_by TEXT,
            paid_at TEXT,
            -- refusal or withdrawal: by whom, when, at which stage, by which rule, why
            refused_at TEXT,
            refused_by TEXT,
            refused_stage TEXT CHECK (refused_stage IN ('rule', 'village', 'township', 'handler')),
            refused_rule TEXT,
            refused_reason TEXT,
            CHECK (amount_fen > 0 OR reverses_id IS NOT NULL),
            CHECK (amount_fen < 0 OR reverses_id IS NULL)
        );
        CREATE INDEX expenses_village_date ON expenses(village_id, spent_on);
        CREATE INDEX expenses_date ON expenses(spent_on);
        CREATE INDEX expenses_budget ON expenses(village_id, budget_year, kind, status, amount_fen);
        CREATE INDEX expenses_open ON expenses(status, village_id) WHERE status IN ('pending', 'township');
        CREATE INDEX expenses_reverses ON expenses(reverses_id) WHERE reverses_id IS NOT NULL;

        -- The month's publicity sheet posted on the village notice board (财务公开栏).
        CREATE TABLE expense_publications (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            month TEXT NOT NULL,                  -- YYYY-MM
            posted_on TEXT NOT NULL,
            posted_by TEXT NOT NULL,
            total_fen INTEGER NOT NULL,
            items INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (village_id, month)
        );

        -- Facts of a request are frozen once money is committed to it (村审批之后不得改动).
        CREATE TRIGGER expenses_frozen_facts BEFORE UPDATE ON expenses
        WHEN OLD.status IN ('township', 'approved', 'paid', 'refused', 'withdrawn') AND (
            NEW.village_id IS NOT OLD.village_id OR NEW.seq IS NOT OLD.seq OR NEW.kind IS NOT OLD.kind
            OR NEW.spent_on IS NOT OLD.spent_on OR NEW.budget_year IS NOT OLD.budget_year
            OR NEW.amount_fen IS NOT OLD.amount_fen OR NEW.payee IS NOT OLD.payee
            OR NEW.purpose IS NOT OLD.purpose OR NEW.handler_id IS NOT OLD.handler_id
            OR NEW.handler_name IS NOT OLD.handler_name OR NEW.receipts IS NOT OLD.receipts
            OR NEW.pay_method IS NOT OLD.pay_method OR NEW.reverses_id IS NOT OLD.reverses_id
            OR NEW.reason IS NOT OLD.reason OR NEW.item_limit_fen IS NOT OLD.item_limit_fen
            OR NEW.annual_limit_fen IS NOT OLD.annual_limit_fen OR NEW.ytd_before_fen IS NOT OLD.ytd_before_fen
            OR NEW.village_approver_id IS NOT OLD.village_approver_id
            OR NEW.village_approver_name IS NOT OLD.village_approver_name
            OR NEW.second_signer_id IS NOT OLD.second_signer_id
            OR NEW.second_signer_name IS NOT OLD.second_signer_name
            OR NEW.village_approved_at IS NOT OLD.village_approved_at
            OR NEW.village_opinion IS NOT OLD.village_opinion)
        BEGIN
            SELECT RAISE(ABORT, 'expense is approved or closed: its facts cannot be changed');
        END;

        CREATE TRIGGER expenses_frozen_review BEFORE UPDATE ON expenses
        WHEN OLD.status IN ('approved', 'paid', 'refused') AND (
            NEW.township_reviewer IS NOT OLD.township_reviewer
            OR NEW.township_reviewed_at IS NOT OLD.township_reviewed_at
            OR NEW.township_opinion IS NOT OLD.township_opinion)
        BEGIN
            SELECT RAISE(ABORT, 'expense township review cannot be changed');
        END;

        CREATE TRIGGER expenses_frozen_payment BEFORE UPDATE ON expenses
        WHEN OLD.status = 'paid' AND (NEW.paid_on IS NOT OLD.paid_on OR NEW.paid_by IS NOT OLD.paid_by
                                      OR NEW.paid_at IS NOT OLD.paid_at)
        BEGIN
            SELECT RAISE(ABORT, 'expense payment cannot be changed');
        END;

        -- Status moves forward only; refused and withdrawn are final.
        CREATE TRIGGER expenses_status_forward BEFORE UPDATE OF status ON expenses
        WHEN NEW.status IS NOT OLD.status AND (
            OLD.status IN ('paid', 'refused', 'withdrawn')
            OR (OLD.status = 'approved' AND NEW.status <> 'paid')
            OR (OLD.status = 'township' AND NEW.status NOT IN ('approved', 'paid', 'refused')))
        BEGIN
            SELECT RAISE(ABORT, 'expense status can only move forward');
        END;

        CREATE TRIGGER expenses_no_delete BEFORE DELETE ON expenses
        WHEN OLD.status <> 'pending' OR EXISTS (SELECT 1 FROM expenses r WHERE r.reverses_id = OLD.id)
        BEGIN
            SELECT RAISE(ABORT, 'expense records are kept: only a pending request can be removed');
        END;
        """
    )


# Committed rows that break the approval rules: steps missing or out of order, a handler approving their
# own request, an amount over the per-item limit it was judged against. Only such rows enter the partial
# index below, so `check` finds them without reading a county's million rows. The check's query must
# repeat this condition word for word for SQLite to use the index; change it only with a new migration.
BROKEN_WHERE = (
    "status IN ('township', 'approved', 'paid') AND ("
    "village_approved_at IS NULL"
    " OR (reverses_id IS NULL AND needs_township = 1 AND status IN ('approved', 'paid')"
    " AND township_reviewed_at IS NULL)"
    " OR substr(township_reviewed_at, 1, 10) < substr(village_approved_at, 1, 10)"
    " OR paid_on < substr(village_approved_at, 1, 10)"
    " OR paid_on < substr(township_reviewed_at, 1, 10)"
    " OR (status = 'paid' AND paid_on IS NULL)"
    " OR handler_id = village_approver_id OR handler_name = village_approver_name"
    " OR second_signer_id = handler_id OR second_signer_id = village_approver_id"
    " OR (reverses_id IS NULL AND amount_fen > item_limit_fen))"
)


@migrations()
def m002_check_indexes(db: Database) -> None:
    db.executescript(
        f"""
        CREATE INDEX expenses_broken ON expenses(village_id, spent_on) WHERE {BROKEN_WHERE};
        CREATE INDEX expenses_refused ON expenses(village_id, spent_on) WHERE status = 'refused';
        """
    )


# Refused and withdrawn requests together (the township's list of attempts shows both); a query uses this
# index when its WHERE repeats the condition literally (see expense_views._where).
CLOSED_WHERE = "status IN ('refused', 'withdrawn')"
OPEN_WHERE = "status IN ('pending', 'township')"


@migrations()
def m003_closed_index(db: Database) -> None:
    db.executescript(
        f"""
        DROP INDEX IF EXISTS expenses_refused;
        CREATE INDEX expenses_closed ON expenses(spent_on) WHERE {CLOSED_WHERE};
        """
    )


@migrations()
def m004_checks_without_in_lists(db: Database) -> None:
    """Spell the table's ``CHECK (x IN (...))`` constraints as ``x = … OR x = …``.

    SQLite evaluates an IN list in a CHECK by building a small temporary table for every row written,
    which made inserting a county's million rows more than twice as slow. The constraints mean the
    same, so the table's definition is rewritten in place (SQLite's documented procedure for changing
    CHECK constraints: writable_schema, then a new schema_version) without copying any row.
    """
    import re

    sql = db.execute("SELECT sql FROM sqlite_master WHERE type='table' AND name='expenses'").fetchone()[0]

    def spelled(m: re.Match[str]) -> str:
        return "(" + " OR ".join(f"{m.group(1)} = {x.strip()}" for x in m.group(2).split(",")) + ")"

    new = re.sub(r"CHECK \((\w+) IN \(([^()]*)\)\)", lambda m: f"CHECK {spelled(m)}", sql)
    if new == sql:
        return
    version = db.execute("PRAGMA schema_version").fetchone()[0]
    db.execute("PRAGMA writable_schema=ON")
    try:
        db.execute("UPDATE sqlite_master SET sql=? WHERE type='table' AND name='expenses'", [new])
        db.execute(f"PRAGMA schema_version={int(version) + 1}")
    finally:
        db.execute("PRAGMA writable_schema=OFF")
