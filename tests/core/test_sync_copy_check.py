"""After a merge the archive's copy of a village must equal the village's own (the signed digests).

Rows the merge wrote new are hashed from the file instead of being read back (``merge._check_copy``):
from the lines they were read from when each line is known to be exactly one row's text, else from the
values. These tests hold that shortcut to the answer a full read-back gives: a file it would accept is
accepted, and one it would refuse is refused with nothing written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.core import sync_util as su
from villageadmin.core import accounts
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, importer, records


@pytest.fixture
def env(tmp_path: Path, tmp_path_factory):  # noqa: ANN001
    pc_dir, arch_dir = su.fresh_pair(tmp_path_factory, tmp_path)
    pc, arch = open_store(pc_dir), open_store(arch_dir)
    (tmp_path / "stick").mkdir()
    good = bundle.export_village(pc, accounts.authenticate(pc, "001", su.VILLAGE_PW), 1, tmp_path / "stick").path
    yield pc, arch, accounts.authenticate(arch, "admin", su.ADMIN_PW), good, tmp_path
    pc.close()
    arch.close()


def _resign(pc: Any, good: Path, out: Path, edit: Any) -> Path:
    manifest, members = su.read_members(good)
    edit(manifest, members)
    return su.build(out, manifest, members, private=su.private_key(pc.data_dir, 1))


def _import(arch: Any, admin: Any, path: Path) -> importer.FileReport:
    return importer.import_files(arch, admin, [path]).files[0]


def test_the_archive_equals_the_village_read_back_in_full(env) -> None:  # noqa: ANN001
    pc, arch, admin, good, _work = env
    rep = _import(arch, admin, good)
    assert rep.status == "imported", rep.reason
    manifest, _members = su.read_members(good)
    columns = {t: meta["columns"] for t, meta in manifest["tables"].items()}
    assert records.digests(arch, 1, columns) == {t: meta["digest"] for t, meta in manifest["tables"].items()}
    assert records.view(pc, 1) == records.view(arch, 1)


def test_lines_spelled_another_way_with_the_same_values_import(env) -> None:  # noqa: ANN001
    """Spaces after the commas: not the village's spelling, so the lines' hashes miss; the values match."""
    pc, arch, admin, good, work = env

    def spaced(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        su.edit_rows(members, "meetings", lambda rows: None)  # json.dumps' own spelling: ", "
        assert b", " in members["data/meetings.jsonl"]

    rep = _import(arch, admin, _resign(pc, good, work / "spaced.vabundle", spaced))
    assert rep.status == "imported", rep.reason
    assert records.view(pc, 1) == records.view(arch, 1)


def test_two_rows_on_one_line_are_not_taken_for_the_lines_text(env) -> None:  # noqa: ANN001
    """Three lines that parse to three rows, but not one row a line; the digest signed over the lines.

    A full read-back hashes the values and refuses it; so must the shortcut (the lines are not the rows)."""
    pc, arch, admin, good, work = env

    def shuffled(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        name = "data/meetings.jsonl"
        rows = [json.loads(line) for line in members[name].decode().splitlines()]
        assert len(rows) == 3
        text = [records.encode(r) for r in rows]
        cut = text[2].index(",") + 1
        lines = [text[0] + "," + text[1], text[2][:cut - 1], text[2][cut:]]
        members[name] = "".join(line + "\n" for line in lines).encode()
        hashes = {row[0]: records.line_hash("meetings", line) for row, line in zip(rows, lines)}
        manifest["tables"]["meetings"]["digest"] = records.digest(hashes)

    before = su.record_hash(arch)
    rep = _import(arch, admin, _resign(pc, good, work / "shuffled.vabundle", shuffled))
    assert rep.status == "refused" and rep.code == "mismatch_after_merge", rep.summary()
    assert "会议记录" in rep.reason
    assert su.record_hash(arch) == before


def test_a_trigger_that_changes_new_rows_is_caught(env) -> None:  # noqa: ANN001
    """A trigger writing to a synced table could change a row after it was written: read back in full."""
    pc, arch, admin, good, _work = env
    assert records.stored_as_given(arch, "meetings")
    with arch.transaction():
        arch.execute("CREATE TRIGGER agenda_marks_meeting AFTER INSERT ON meeting_agenda BEGIN"
                     " UPDATE meetings SET topic = topic || '（改）' WHERE id = NEW.meeting_id; END")
    assert not records.stored_as_given(arch, "meetings")
    before = su.record_hash(arch)
    rep = _import(arch, admin, good)
    assert rep.status == "refused" and rep.code == "mismatch_after_merge", rep.summary()
    assert "会议记录" in rep.reason
    assert su.record_hash(arch) == before


def test_which_tables_keep_values_as_given(env) -> None:  # noqa: ANN001
    _pc, arch, _admin, _good, _work = env
    assert records.stored_as_given(arch, "meetings") and records.stored_as_given(arch, "expenses")
    assert not records.stored_as_given(arch, "reserve_candidates")  # exam scores: REAL keeps 85 as 85.0
    with arch.transaction():  # a trigger writing elsewhere changes nothing written
        arch.execute("CREATE TABLE agenda_count (n INTEGER)")
        arch.execute("CREATE TRIGGER agenda_counted AFTER INSERT ON meeting_agenda BEGIN"
                     " INSERT INTO agenda_count VALUES (1); END")
    assert records.stored_as_given(arch, "meetings")


@pytest.mark.parametrize("declared, affinity", [
    ("INTEGER", "INTEGER"), ("BIGINT", "INTEGER"), ("TEXT", "TEXT"), ("VARCHAR(20)", "TEXT"), ("", "BLOB"),
    ("BLOB", "BLOB"), ("REAL", "REAL"), ("DOUBLE", "REAL"), ("NUMERIC", "NUMERIC"), ("DATE", "NUMERIC"),
])
def test_affinity(declared: str, affinity: str) -> None:
    assert records._affinity(declared) == affinity


# -- a village's first file is merged without SQLite's foreign-key look-ups (they could not fail) -----------
def test_first_file_satisfies_every_foreign_key_and_the_look_ups_come_back(env) -> None:  # noqa: ANN001
    pc, arch, admin, good, work = env
    assert _import(arch, admin, good).status == "imported"
    assert arch.execute("PRAGMA foreign_key_check").fetchall() == []
    assert arch.scalar("PRAGMA foreign_keys") == 1
    # Also after a first file that is refused (here: the other village's, its digest altered).
    other = bundle.export_village(pc, accounts.authenticate(pc, "admin", su.ADMIN_PW), 2, work / "stick")

    def wrong_digest(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        manifest["tables"]["meetings"]["digest"] = "0" * 64

    manifest, members = su.read_members(other.path)
    wrong_digest(manifest, members)
    bad = su.build(work / "other.vabundle", manifest, members, private=su.private_key(pc.data_dir, 2))
    rep = _import(arch, admin, bad)
    assert rep.status == "refused" and rep.code == "mismatch_after_merge", rep.summary()
    assert arch.scalar("PRAGMA foreign_keys") == 1
    assert arch.scalar("SELECT count(*) FROM sync_map WHERE village_id=2") == 0


def test_later_files_are_merged_with_the_foreign_key_look_ups(env) -> None:  # noqa: ANN001
    """A cadre deleted at the township behind the app's back: the next file's new attendance of that cadre
    fails its foreign key, as it always did (the look-ups are only left out for a first file)."""
    import datetime as dt

    from villageadmin.core import township

    pc, arch, admin, good, work = env
    assert _import(arch, admin, good).status == "imported"
    v1 = accounts.authenticate(pc, "001", su.VILLAGE_PW)
    cadres = [c["id"] for c in township.cadres(pc, v1, 1)]
    local = arch.scalar("SELECT local_id FROM sync_map WHERE village_id=1 AND tbl='cadres' AND source_id=?",
                        (cadres[0],))
    arch.execute("PRAGMA foreign_keys=OFF")
    with arch.transaction():
        arch.execute("DELETE FROM cadres WHERE id=?", (local,))
    arch.execute("PRAGMA foreign_keys=ON")
    su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, 4))
    before = su.record_hash(arch)
    rep = _import(arch, admin, bundle.export_village(pc, v1, 1, work / "stick").path)
    assert rep.status == "refused" and rep.code == "merge_failed", rep.summary()
    assert "FOREIGN KEY" in rep.reason
    assert su.record_hash(arch) == before
    assert arch.scalar("PRAGMA foreign_keys") == 1
