"""Major village matters (重大事项) and their steps through the 四议两公开 procedure."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("decisions")


@migrations()
def m001_decisions(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE decision_matters (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            kind TEXT NOT NULL CHECK (kind IN ('project', 'assets', 'rules', 'expense', 'other')),
            title TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
            -- The bidding register's project (招投标登记). No FOREIGN KEY: that table belongs to the
            -- bidding area's migrations, which may be applied after these or not at all.
            project_id INTEGER,
            round INTEGER NOT NULL DEFAULT 1 CHECK (round >= 1),
            returned_on TEXT,  -- when the current round began (returned to the branch)
            started_on TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
            closed_on TEXT,
            closed_reason TEXT NOT NULL DEFAULT '',
            created_on TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX decision_matters_village ON decision_matters(village_id, status);
        CREATE INDEX decision_matters_project ON decision_matters(project_id);
        -- One row per step taken, per round (a matter returned to the branch starts a new round).
        -- Steps 1-4 are meetings with a vote; steps 5-6 are postings on the notice board.
        CREATE TABLE decision_steps (
            id INTEGER PRIMARY KEY,
            matter_id INTEGER NOT NULL REFERENCES decision_matters(id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),
            done_on TEXT NOT NULL,
            meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
            body TEXT NOT NULL DEFAULT ''
                CHECK (body IN ('', 'branch', 'joint', 'party_members', 'villagers', 'representatives')),
            basis TEXT NOT NULL DEFAULT '' CHECK (basis IN ('', 'persons', 'households')),
            members INTEGER,
            present INTEGER,
            votes_for INTEGER,
            votes_against INTEGER,
            votes_abstain INTEGER,
            quorum_ok INTEGER,
            passed INTEGER NOT NULL DEFAULT 1,
            text TEXT NOT NULL DEFAULT '',
            posted_place TEXT NOT NULL DEFAULT '',
            period_days INTEGER,
            note TEXT NOT NULL DEFAULT '',
            -- set on a failed step when the matter went back to the branch: the date and the reason
            return_note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (matter_id, round, step)
        );
        CREATE INDEX decision_steps_meeting ON decision_steps(meeting_id);
        """
    )
