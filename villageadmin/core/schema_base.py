"""Base tables: township, villages, accounts, audit log, policy, people, meetings, search index."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("base")


@migrations()
def m001_core(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE township (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            code TEXT NOT NULL,
            created_at TEXT NOT NULL,
            is_demo INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE villages (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL
        );
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            username TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'village', 'viewer')),
            village_id INTEGER REFERENCES villages(id),
            pw_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_count INTEGER NOT NULL DEFAULT 0,
            last_failed_at TEXT,
            must_change_pw INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            CHECK ((role = 'village') = (village_id IS NOT NULL))
        );
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user_id INTEGER,
            username TEXT NOT NULL,
            village_id INTEGER,
            action TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        );
        CREATE INDEX audit_entity ON audit_log(entity, entity_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE policy_versions (
            id INTEGER PRIMARY KEY,
            effective_from TEXT NOT NULL,
            body TEXT NOT NULL,
            is_default INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE INDEX policy_from ON policy_versions(effective_from, id);
        -- Village cadres (两委 members and other village cadres).
        CREATE TABLE cadres (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            name TEXT NOT NULL,
            sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('', '男', '女')),
            birth_date TEXT,
            post TEXT NOT NULL DEFAULT '',
            line TEXT NOT NULL DEFAULT '',
            party_member INTEGER NOT NULL DEFAULT 0,
            phone TEXT NOT NULL DEFAULT '',
            appointed_on TEXT,
            term_start TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            left_on TEXT,
            left_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX cadres_village ON cadres(village_id, active);
        -- Township staff who attend village meetings.
        CREATE TABLE township_staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            is_office_member INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1
        );
        -- Which staff are linked to which village, and as what (乡领导/驻村指导员/联村干部).
        CREATE TABLE village_links (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            staff_id INTEGER NOT NULL REFERENCES township_staff(id),
            role TEXT NOT NULL CHECK (role IN ('leader', 'instructor', 'liaison')),
            UNIQUE (village_id, staff_id, role)
        );
        """
    )


@migrations()
def m002_meetings(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            kind TEXT NOT NULL,
            held_on TEXT NOT NULL,
            start_time TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            host TEXT NOT NULL DEFAULT '',
            recorder TEXT NOT NULL DEFAULT '',
            topic TEXT NOT NULL DEFAULT '',
            discussion TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX meetings_village_date ON meetings(village_id, held_on);
        CREATE INDEX meetings_date ON meetings(held_on);
        CREATE TABLE meeting_attendance (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            cadre_id INTEGER NOT NULL REFERENCES cadres(id),
            present INTEGER NOT NULL,
            absence_reason TEXT NOT NULL DEFAULT '',
            UNIQUE (meeting_id, cadre_id)
        );
        CREATE TABLE meeting_township (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            staff_id INTEGER REFERENCES township_staff(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('leader', 'instructor', 'liaison', 'office'))
        );
        CREATE INDEX meeting_township_meeting ON meeting_township(meeting_id);
        CREATE TABLE meeting_agenda (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            item TEXT NOT NULL
        );
        CREATE INDEX meeting_agenda_meeting ON meeting_agenda(meeting_id);
        CREATE TABLE meeting_reports (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            line TEXT NOT NULL,
            reporter TEXT NOT NULL DEFAULT '',
            content TEXT NOT NULL
        );
        CREATE INDEX meeting_reports_meeting ON meeting_reports(meeting_id);
        CREATE TABLE resolutions (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            seq INTEGER NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL,
            due_on TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
            closed_on TEXT,
            closed_meeting_id INTEGER REFERENCES meetings(id)
        );
        CREATE INDEX resolutions_village_status ON resolutions(village_id, status, due_on);
        CREATE INDEX resolutions_meeting ON resolutions(meeting_id);
        CREATE TABLE resolution_followups (
            id INTEGER PRIMARY KEY,
            resolution_id INTEGER NOT NULL REFERENCES resolutions(id) ON DELETE CASCADE,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (resolution_id, meeting_id)
        );
        CREATE INDEX resolution_followups_meeting ON resolution_followups(meeting_id);
        -- CJK-aware search index: bigrams in one column, single characters in the other.
        CREATE VIRTUAL TABLE meeting_fts USING fts5(bi, uni, tokenize = 'unicode61');
        """
    )
