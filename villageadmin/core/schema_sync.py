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
