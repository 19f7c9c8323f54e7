"""Tables for sync with the township: signing keys, enrolled keys, files sent and received.

The same schema serves the village PC and the township's archive. A village whose records are
entered on this PC has a signing key here (``sync_keys``); a village whose records arrive as files
is enrolled here (``sync_peers``) and its rows are re-keyed through ``sync_map``.
"""

from __future__ import annotations

from sqlite_utils import Database

from villageadmin.core.migrations import Migrations

migrations = Migrations("sync")


@migrations()
def m001_sync(db: Database) -> None:
    db.executescript(
        """
        -- This PC's own signing keys: one active key per village entered here, one for the township.
        -- The private key never leaves this table (it is in no export file).
        CREATE TABLE sync_keys (
            id INTEGER PRIMARY KEY,
            owner TEXT NOT NULL CHECK (owner IN ('village', 'township')),
            village_id INTEGER REFERENCES villages(id),
            private_key TEXT NOT NULL,
            public_key TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL,
            retired_at TEXT,
            -- JSON statement "old key hands over to this key", signed by the old key; carried in files.
            key_change TEXT,
            CHECK ((owner = 'village') = (village_id IS NOT NULL))
        );
        CREATE UNIQUE INDEX sync_keys_active ON sync_keys(owner, coalesce(village_id, 0)) WHERE retired_at IS NULL;

        -- Public keys of the other side, enrolled after comparing fingerprints: at the township one
        -- row per village whose files it receives; at a village the township's key.
        CREATE TABLE sync_peers (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('village', 'township')),
            village_id INTEGER UNIQUE REFERENCES villages(id),
            public_key TEXT NOT NULL UNIQUE,
            fingerprint TEXT NOT NULL,
            enrolled_at TEXT NOT NULL,
            enrolled_by TEXT NOT NULL,
            last_seq INTEGER NOT NULL DEFAULT 0,
            last_sha256 TEXT,
            last_file TEXT,
            last_received_at TEXT,
            last_created_at TEXT,
            CHECK ((kind = 'village') = (village_id IS NOT NULL))
        );
        CREATE UNIQUE INDEX sync_peers_one_township ON sync_peers(kind) WHERE kind = 'township';

        -- Files written here (village bundles, township policy files), numbered per sender.
        CREATE TABLE sync_exports (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('village', 'township')),
            village_id INTEGER REFERENCES villages(id),
            seq INTEGER NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            full INTEGER NOT NULL DEFAULT 0,
            counts TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL
        );
        CREATE UNIQUE INDEX sync_exports_seq ON sync_exports(kind, coalesce(village_id, 0), seq);

        -- What the last file carried, row by row (content hash), so the next file holds only changes.
        CREATE TABLE sync_sent (
            village_id INTEGER NOT NULL,
            tbl TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            row_hash TEXT NOT NULL,
            PRIMARY KEY (village_id, tbl, row_id)
        ) WITHOUT ROWID;

        -- At the township: a village's record (its own id there) -> the id it has in this archive.
        CREATE TABLE sync_map (
            village_id INTEGER NOT NULL REFERENCES villages(id),
            tbl TEXT NOT NULL,
            source_id INTEGER NOT NULL,
            local_id INTEGER NOT NULL,
            PRIMARY KEY (village_id, tbl, source_id)
        ) WITHOUT ROWID;
        CREATE INDEX sync_map_local ON sync_map(tbl, local_id);

        -- At a village: township policy versions received (township id -> id here).
        CREATE TABLE sync_policy_map (
            source_id INTEGER PRIMARY KEY,
            local_id INTEGER NOT NULL REFERENCES policy_versions(id)
        );

        -- Every file offered for import and what became of it.
        CREATE TABLE sync_imports (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            username TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            size INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            village_id INTEGER,
            village_code TEXT NOT NULL DEFAULT '',
            seq INTEGER,
            status TEXT NOT NULL CHECK (status IN ('imported', 'unchanged', 'refused', 'held')),
            reason_code TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            changes TEXT NOT NULL DEFAULT '{}',
            staged_path TEXT NOT NULL DEFAULT '',
            file_created_at TEXT,
            resolved INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX sync_imports_village ON sync_imports(village_id, status);
        CREATE INDEX sync_imports_sha ON sync_imports(sha256);
        """
    )


# The columns of an expense that the township's review decides (mirrors the expenses area's
# township review); frozen here because a migration must not change when the code does.
_REVIEW_COLUMNS = ("status", "township_reviewer", "township_reviewed_at", "township_opinion", "refused_at",
                   "refused_by", "refused_stage", "refused_rule", "refused_reason")


@migrations()
def m002_township_reviews(db: Database) -> None:
    db.executescript(
        """
        -- Set while a village's file is being merged (inside that transaction only).
        CREATE TABLE sync_state (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            merging INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO sync_state (id, merging) VALUES (1, 0);

        -- At the township: its review decisions on villages' records, to be sent back to the village.
        -- ``old_values`` is the village's version of the decided columns (what the village still has
        -- until it applies the decision); ``acknowledged_at`` is set when the village's file shows it applied.
        CREATE TABLE sync_reviews (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            tbl TEXT NOT NULL,
            local_id INTEGER NOT NULL,
            decided_at TEXT NOT NULL,
            old_values TEXT NOT NULL,
            new_values TEXT NOT NULL,
            acknowledged_at TEXT,
            UNIQUE (tbl, local_id)
        );
        CREATE INDEX sync_reviews_open ON sync_reviews(village_id, tbl) WHERE acknowledged_at IS NULL;
        """
    )
    if "expenses" in db.table_names():
        old = ", ".join(f"'{c}', OLD.{c}" for c in _REVIEW_COLUMNS)
        new = ", ".join(f"'{c}', NEW.{c}" for c in _REVIEW_COLUMNS)
        db.execute(
            f"""
            CREATE TRIGGER sync_capture_expense_review AFTER UPDATE OF township_reviewed_at ON expenses
            WHEN OLD.township_reviewed_at IS NULL AND NEW.township_reviewed_at IS NOT NULL
                AND (SELECT merging FROM sync_state WHERE id = 1) = 0
                AND EXISTS (SELECT 1 FROM sync_peers WHERE village_id = NEW.village_id)
            BEGIN
                INSERT OR REPLACE INTO sync_reviews (village_id, tbl, local_id, decided_at, old_values, new_values)
                VALUES (NEW.village_id, 'expenses', NEW.id, NEW.township_reviewed_at, json_object({old}),
                        json_object({new}));
            END
            """
        )
