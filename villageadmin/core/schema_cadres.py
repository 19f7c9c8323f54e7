"""Reserve cadres (村级后备干部) and the cadre team: the reserve pool, cultivation, assessments, reviews.

The base set already has ``cadres`` (the village's current team); this set adds the columns the
cadres area needs to it. No national ID numbers are kept anywhere, and age is never stored:
it is computed from the date of birth.
"""

from __future__ import annotations

from sqlite_utils import Database

from villageadmin.core.migrations import Migrations

migrations = Migrations("cadres")


@migrations()
def m001_reserve_pool(db: Database) -> None:
    db.executescript(
        """
        -- The reserve pool: people chosen by written exam and interview, managed as they enter and leave.
        CREATE TABLE reserve_candidates (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            name TEXT NOT NULL,
            sex TEXT NOT NULL CHECK (sex IN ('男', '女')),
            birth_date TEXT NOT NULL,
            schooling TEXT NOT NULL DEFAULT '',
            party_status TEXT NOT NULL DEFAULT '群众',
            occupation TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            -- How they entered: written exam and interview (scores out of 100, one decimal), and the date.
            exam_score REAL,
            interview_score REAL,
            entered_on TEXT NOT NULL,
            tier TEXT NOT NULL DEFAULT 'general' CHECK (tier IN ('general', 'key')),  -- 一般 / 重点培养
            intended_post TEXT NOT NULL DEFAULT '',
            mentor TEXT NOT NULL DEFAULT '',  -- 培养联系人
            status TEXT NOT NULL DEFAULT 'pool' CHECK (status IN ('pool', 'appointed', 'left')),
            appointed_on TEXT,
            cadre_id INTEGER REFERENCES cadres(id),
            left_on TEXT,
            left_reason TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((status = 'left') = (left_on IS NOT NULL)),
            CHECK ((status = 'appointed') = (appointed_on IS NOT NULL))
        );
        CREATE INDEX reserve_village_status ON reserve_candidates(village_id, status, tier);

        ALTER TABLE cadres ADD COLUMN schooling TEXT NOT NULL DEFAULT '';
        -- The reserve candidate this cadre was appointed from (their history stays with that record).
        ALTER TABLE cadres ADD COLUMN candidate_id INTEGER REFERENCES reserve_candidates(id);
        -- Reviews after appointment (3 months, 6 months, 1 year, then yearly) count from this date;
        -- NULL for cadres in post before the app was used, who have no review schedule.
        ALTER TABLE cadres ADD COLUMN review_from TEXT;
        ALTER TABLE cadres ADD COLUMN note TEXT NOT NULL DEFAULT '';

        -- Cultivation (培养): training, talks (谈心), temporary posts (挂职), pairing (结对). A record
        -- belongs to a reserve candidate or to a cadre; an appointed candidate keeps theirs.
        CREATE TABLE cultivation (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            candidate_id INTEGER REFERENCES reserve_candidates(id),
            cadre_id INTEGER REFERENCES cadres(id),
            kind TEXT NOT NULL,
            start_on TEXT NOT NULL,
            end_on TEXT,
            title TEXT NOT NULL DEFAULT '',
            partner TEXT NOT NULL DEFAULT '',  -- organiser, talk partner, host unit or model village
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK ((candidate_id IS NULL) <> (cadre_id IS NULL))
        );
        CREATE INDEX cultivation_candidate ON cultivation(candidate_id);
        CREATE INDEX cultivation_cadre ON cultivation(cadre_id);
        CREATE INDEX cultivation_village ON cultivation(village_id, start_on);

        -- Yearly assessments (年度考核) of candidates and cadres.
        CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            candidate_id INTEGER REFERENCES reserve_candidates(id),
            cadre_id INTEGER REFERENCES cadres(id),
            year INTEGER NOT NULL,
            grade TEXT NOT NULL,
            assessed_by TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK ((candidate_id IS NULL) <> (cadre_id IS NULL)),
            UNIQUE (candidate_id, year),
            UNIQUE (cadre_id, year)
        );

        -- Reviews of newly appointed cadres: seq 1 = 3 months, 2 = 6 months, 3 = 1 year, 4.. = yearly.
        -- Due dates are computed from cadres.review_from; a row here is a review that was held.
        CREATE TABLE cadre_reviews (
            id INTEGER PRIMARY KEY,
            village_id INTEGER NOT NULL REFERENCES villages(id),
            cadre_id INTEGER NOT NULL REFERENCES cadres(id),
            seq INTEGER NOT NULL CHECK (seq >= 1),
            due_on TEXT NOT NULL,
            held_on TEXT NOT NULL,
            rating TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            reviewer TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (cadre_id, seq)
        );
        CREATE INDEX cadre_reviews_village ON cadre_reviews(village_id);
        """
    )
