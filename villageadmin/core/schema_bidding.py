"""Bidding register tables (招投标登记): projects, their lifecycle stages, bids and payments."""

from __future__ import annotations

from typing import TYPE_CHECKING

from villageadmin.core.migrations import Migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

migrations = Migrations("bidding")

# The kinds a township starts with; the administrator may rename them or add more.
DEFAULT_KINDS = [("road", "道路", 1), ("water", "水利饮水", 2), ("buildings", "房屋建筑", 3),
                 ("utilities", "公用设施", 4), ("other", "其他", 5)]


@migrations()
def m001_projects(db: Database) -> None:
    db.executescript(
        """
        -- The editable list of project kinds (类别).
        CREATE TABLE project_kinds (
            code TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            seq INTEGER NOT NULL,
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE projects (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            name TEXT NOT NULL,
            kind TEXT NOT NULL REFERENCES project_kinds(code),
            place TEXT NOT NULL DEFAULT '',
            registered_on TEXT NOT NULL,          -- the project's date: the policy in force then judges it
            -- Money by source, integer fen.
            township_fen INTEGER NOT NULL DEFAULT 0 CHECK (township_fen >= 0),
            village_fen INTEGER NOT NULL DEFAULT 0 CHECK (village_fen >= 0),
            grant_fen INTEGER NOT NULL DEFAULT 0 CHECK (grant_fen >= 0),
            public_fen INTEGER NOT NULL DEFAULT 0 CHECK (public_fen >= 0),
            other_fen INTEGER NOT NULL DEFAULT 0 CHECK (other_fen >= 0),
            public_interest INTEGER NOT NULL DEFAULT 1,  -- touches public interest or safety
            -- (whether a public tender is required is never stored: it follows from the money and the
            -- policy in force on registered_on, so a policy change is always reflected)
            stage TEXT NOT NULL DEFAULT 'registered',  -- the latest stage reached
            contractor TEXT NOT NULL DEFAULT '',  -- the winner of the tender (or the direct awardee)
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX projects_village_date ON projects(village_id, registered_on);
        CREATE INDEX projects_date ON projects(registered_on);
        -- One row per stage reached: 立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理.
        CREATE TABLE project_stages (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            -- approval, tender, construction, acceptance, audit, funds (checked in the core: an IN-list
            -- CHECK costs more than the rest of the insert when the demo writes 300k rows)
            stage TEXT NOT NULL,
            done_on TEXT NOT NULL,        -- approval / bid opening / contract signing / acceptance / audit / settlement
            doc_no TEXT NOT NULL DEFAULT '',       -- approval document, contract or audit report number
            method TEXT,                           -- tender: public, invited, competitive, direct
            method_reason TEXT NOT NULL DEFAULT '',-- tender: the written reason when not a public tender
            notice_on TEXT,                        -- tender: notice published
            amount_fen INTEGER,                    -- construction: contract sum; audit: audited sum;
                                                   -- funds: retention held
            start_on TEXT,                         -- construction: work starts
            end_on TEXT,                           -- construction: planned end; funds: retention due
            result TEXT,                           -- acceptance: passed / failed
            party TEXT NOT NULL DEFAULT '',        -- audit: the auditor; acceptance: who accepted
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (project_id, stage)
        );
        CREATE TABLE project_bids (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            bidder TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            is_winner INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX project_bids_project ON project_bids(project_id);
        CREATE TABLE project_payments (
            id INTEGER PRIMARY KEY,
            project_id INTEGER NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
            paid_on TEXT NOT NULL,
            amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
            kind TEXT NOT NULL,                    -- payment 工程款 / retention 质保金退还
            payee TEXT NOT NULL DEFAULT '',
            voucher TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX project_payments_project ON project_payments(project_id, paid_on);
        """
    )
    db.conn.executemany("INSERT INTO project_kinds (code, label, seq, active) VALUES (?, ?, ?, 1)", DEFAULT_KINDS)
