"""Bad files are refused with a clear reason and nothing already stored changes: every table except
the import log and the audit log has the same content before and after, and those two gain one row."""

from __future__ import annotations

import json
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.core import sync_util as su
from villageadmin.core import accounts, township
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, container, importer, keys


@dataclass
class Env:
    pc: Any
    arch: Any
    v1: Any
    admin: Any
    good: Path
    work: Path

    def key(self, village_id: int | None = 1) -> str:
        return su.private_key(self.pc.data_dir, village_id)


@pytest.fixture
def env(tmp_path: Path, tmp_path_factory) -> Env:  # noqa: ANN001
    pc_dir, arch_dir = su.fresh_pair(tmp_path_factory, tmp_path)
    pc, arch = open_store(pc_dir), open_store(arch_dir)
    v1 = accounts.authenticate(pc, "001", su.VILLAGE_PW)
    (tmp_path / "stick").mkdir()
    good = bundle.export_village(pc, v1, 1, tmp_path / "stick").path
    e = Env(pc, arch, v1, accounts.authenticate(arch, "admin", su.ADMIN_PW), good, tmp_path)
    yield e
    pc.close()
    arch.close()


def refused(env: Env, path: Path, codes: set[str] | str, text: str | None = None) -> importer.FileReport:
    """Import ``path``; assert refused with one of ``codes``, a Chinese reason, and nothing touched."""
    codes = {codes} if isinstance(codes, str) else codes
    before = su.record_hash(env.arch)
    n_log = env.arch.scalar("SELECT count(*) FROM sync_imports")
    n_audit = env.arch.scalar("SELECT count(*) FROM audit_log")
    rep = importer.import_files(env.arch, env.admin, [path]).files[0]
    assert rep.status == "refused", rep.summary()
    assert rep.code in codes, (rep.code, rep.reason)
    assert re.search(r"[\u4e00-\u9fff]{4}", rep.reason), rep.reason
    if text:
        assert text in rep.reason, rep.reason
    assert su.record_hash(env.arch) == before
    assert env.arch.scalar("SELECT count(*) FROM sync_imports") == n_log + 1
    assert env.arch.scalar("SELECT count(*) FROM audit_log") == n_audit + 1
    row = env.arch.one("SELECT status, reason_code FROM sync_imports ORDER BY id DESC LIMIT 1")
    assert row == {"status": "refused", "reason_code": rep.code}
    return rep


def resigned(env: Env, name: str, *, village_key: int | None = 1, manifest_edit=None, rows=None,  # noqa: ANN001
             members_edit=None, entries=None) -> Path:  # noqa: ANN001
    """The good file, changed, and signed again with a real key (a buggy or dishonest village)."""
    manifest, members = su.read_members(env.good)
    if rows is not None:
        table, fn = rows
        su.edit_rows(members, table, fn)
    if members_edit is not None:
        members_edit(manifest, members)
    if manifest_edit is not None:
        manifest_edit(manifest)
    return su.build(env.work / name, manifest, members, private=env.key(village_key), entries=entries)


def test_the_good_file_imports(env: Env) -> None:
    assert importer.import_files(env.arch, env.admin, [env.good]).files[0].status == "imported"


# -- damage ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("where", [0.1, 0.5, 0.9])
def test_flipped_byte_in_payload(env: Env, where: float) -> None:
    start, length = su.member_offset(env.good, "data/meetings.jsonl")
    bad = env.work / "payload.vabundle"
    bad.write_bytes(su.flip(env.good.read_bytes(), start + int(length * where)))
    refused(env, bad, {"damaged", "hash_mismatch"})


@pytest.mark.parametrize("where", [0.0, 0.3, 0.99])
def test_flipped_byte_in_manifest(env: Env, where: float) -> None:
    start, length = su.member_offset(env.good, "manifest.json")
    bad = env.work / "manifest.vabundle"
    bad.write_bytes(su.flip(env.good.read_bytes(), start + int((length - 1) * where), 0x04))
    refused(env, bad, {"damaged", "bad_signature", "bad_manifest"})


def test_manifest_edited_and_zip_rebuilt_fails_the_signature(env: Env) -> None:
    manifest, members = su.read_members(env.good)
    with zipfile.ZipFile(env.good) as zf:
        sig = zf.read("manifest.sig")
    manifest["tables"]["meetings"]["total"] += 0  # same content, new bytes below
    manifest["created_by"] = "someone else"
    bad = su.build(env.work / "edited.vabundle", manifest, members, private=None, signature=sig)
    refused(env, bad, "bad_signature", "签名不对")


def test_rows_edited_after_signing_fail_the_member_hash(env: Env) -> None:
    manifest, members = su.read_members(env.good)
    with zipfile.ZipFile(env.good) as zf:
        sig = zf.read("manifest.sig")
    su.edit_rows(members, "meetings", lambda rows: rows[0].__setitem__(8, "改过"))
    bad = su.build(env.work / "rows.vabundle", manifest, members, private=None, rehash=False, signature=sig)
    refused(env, bad, "hash_mismatch", "被改动过")


@pytest.mark.parametrize("cut", [0, 1, 30, 100, "third", "half", -100, -22, -1])
def test_truncated(env: Env, cut: Any) -> None:
    data = env.good.read_bytes()
    n = {"third": len(data) // 3, "half": len(data) // 2}.get(cut, cut)
    bad = env.work / "cut.vabundle"
    bad.write_bytes(data[:n] if n >= 0 else data[:len(data) + n])
    refused(env, bad, "damaged", "不完整或已损坏")


def test_not_a_zip_and_a_key_file_renamed(env: Env) -> None:
    bad = env.work / "text.vabundle"
    bad.write_text("hello")
    refused(env, bad, "damaged")
    key = env.work / "key.vabundle"
    keys.write_key_file(env.pc, env.v1, key, village_id=1)
    refused(env, key, "damaged")


# -- container tricks -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["../evil.jsonl", "data/../../evil.jsonl", "/tmp/evil.jsonl", "C:/evil.jsonl",
                                  "C:evil.jsonl", "data\\..\\evil.jsonl", "./manifest.json", "data/./x.jsonl"])
def test_zip_slip_names(env: Env, name: str) -> None:
    manifest, members = su.read_members(env.good)
    bad = su.build(env.work / "slip.vabundle", manifest, members, private=env.key(), entries=[(name, b"x")])
    refused(env, bad, "unsafe_name", "危险的路径名")
    assert not list(Path("/tmp").glob("evil.jsonl")) and not list(env.work.parent.glob("evil.jsonl"))


def test_duplicate_member(env: Env) -> None:
    manifest, members = su.read_members(env.good)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bad = su.build(env.work / "dup.vabundle", manifest, members, private=env.key(),
                       entries=[("data/meetings.jsonl", b"[]\n")])
    refused(env, bad, "duplicate_member", "重名")


@pytest.mark.parametrize("name, code", [("data/sub/x.jsonl", "nested"), ("data/", "nested"),
                                        ("inner.zip", "extra_member"), ("data/evil.jsonl", "extra_member"),
                                        ("README.txt", "extra_member")])
def test_nested_and_extra_members(env: Env, name: str, code: str) -> None:
    manifest, members = su.read_members(env.good)
    payload = su.zip_bytes([("a.txt", b"a")]) if name.endswith(".zip") else b""
    bad = su.build(env.work / "extra.vabundle", manifest, members, private=env.key(), entries=[(name, payload)])
    refused(env, bad, code)


def test_member_listed_but_missing(env: Env) -> None:
    def drop(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        members.pop("data/meeting_agenda.jsonl")

    def relist(manifest: dict[str, Any]) -> None:
        manifest["members"]["data/meeting_agenda.jsonl"] = {"sha256": "0" * 64, "size": 3}

    manifest, members = su.read_members(env.good)
    drop(manifest, members)
    manifest = dict(manifest)
    bad = su.build(env.work / "missing.vabundle", manifest, members, private=env.key())
    refused(env, bad, "missing_member")


def test_manifest_bomb_is_stopped_at_the_bound(env: Env) -> None:
    bad = env.work / "bomb.vabundle"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("manifest.json", b"{" + b" " * (50 * 1024 * 1024) + b"}", compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("manifest.sig", b"\0" * 64)
    assert bad.stat().st_size < 200_000
    refused(env, bad, "too_big", "上限")


def test_signed_member_bomb_is_stopped_at_the_bound(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(container, "MAX_MEMBER_BYTES", 1024 * 1024)

    def bomb(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        members["data/meeting_agenda.jsonl"] = b" " * (8 * 1024 * 1024)

    bad = resigned(env, "bomb2.vabundle", members_edit=bomb)
    assert bad.stat().st_size < 100_000
    refused(env, bad, "too_big", "恶意构造")


def test_header_sizes_that_lie_are_not_trusted(env: Env) -> None:
    """Central directory says 10 bytes; the member really inflates to much more."""
    data = bytearray(env.good.read_bytes())
    with zipfile.ZipFile(env.good) as zf:
        info = zf.getinfo("data/meetings.jsonl")
    # Patch the uncompressed size (offset 24) of this member's central-directory entry.
    pos = 0
    while True:
        pos = data.find(b"PK\x01\x02", pos)
        assert pos >= 0
        n = int.from_bytes(data[pos + 28:pos + 30], "little")
        if data[pos + 46:pos + 46 + n] == b"data/meetings.jsonl":
            break
        pos += 4
    data[pos + 24:pos + 28] = (10).to_bytes(4, "little")
    assert info.file_size > 10
    bad = env.work / "liar.vabundle"
    bad.write_bytes(bytes(data))
    refused(env, bad, {"damaged", "hash_mismatch", "too_big"})


def test_damaged_zip_version_in_the_central_directory(env: Env) -> None:
    """One flipped byte asks for zip version 8.4, which Python's zipfile refuses to read at all."""
    data = bytearray(env.good.read_bytes())
    pos = data.find(b"PK\x01\x02")
    data[pos + 6:pos + 8] = (84).to_bytes(2, "little")  # version needed to extract
    bad = env.work / "version.vabundle"
    bad.write_bytes(bytes(data))
    refused(env, bad, "damaged", "已损坏")


# -- who signed it --------------------------------------------------------------------------------------
def test_foreign_key(env: Env) -> None:
    stranger, stranger_pub = keys.new_private_key()
    manifest, members = su.read_members(env.good)
    manifest["signer"] = {"public_key": stranger_pub, "fingerprint": keys.fingerprint(stranger_pub)}
    bad = su.build(env.work / "foreign.vabundle", manifest, members, private=stranger)
    rep = refused(env, bad, "foreign_key", "不是白鹿村登记的密钥")
    assert keys.fingerprint(stranger_pub) in rep.reason


def test_foreign_key_pretending_to_be_the_enrolled_one(env: Env) -> None:
    stranger, _pub = keys.new_private_key()
    manifest, members = su.read_members(env.good)
    bad = su.build(env.work / "pretend.vabundle", manifest, members, private=stranger)
    refused(env, bad, "bad_signature")


def test_other_villages_key(env: Env) -> None:
    """Village 002's key signing a file that says it is village 001's."""
    admin = accounts.authenticate(env.pc, "admin", su.ADMIN_PW)
    pub2 = keys.own_key(env.pc, village_id=2) or keys.ensure_own_key(env.pc, admin, village_id=2)
    manifest, members = su.read_members(env.good)
    manifest["signer"] = {"public_key": pub2.public_key, "fingerprint": pub2.fingerprint}
    bad = su.build(env.work / "other.vabundle", manifest, members, private=env.key(2))
    refused(env, bad, "key_of_other_village", "青山村的密钥")
    manifest["signer"] = {"public_key": keys.own_key(env.pc, village_id=1).public_key, "fingerprint": ""}
    bad = su.build(env.work / "other2.vabundle", manifest, members, private=env.key(2))
    refused(env, bad, "key_of_other_village", "青山村的密钥")


def test_unknown_village_other_township_not_enrolled_and_newer_format(env: Env) -> None:
    refused(env, resigned(env, "u.vabundle", manifest_edit=lambda m: m["village"].update(code="999")),
            "unknown_village", "没有编号为 999 的村")
    refused(env, resigned(env, "t.vabundle", manifest_edit=lambda m: m["township"].update(code="X9", name="别乡")),
            "other_township", "别乡")
    refused(env, resigned(env, "f.vabundle", manifest_edit=lambda m: m.update(format_version=2)),
            "format_version", "请先升级村务通")
    refused(env, resigned(env, "g.vabundle", manifest_edit=lambda m: m.update(format="something")), "not_ours")
    with env.arch.transaction():
        env.arch.execute("DELETE FROM sync_peers WHERE village_id=1")
    refused(env, env.good, "not_enrolled", keys.own_key(env.pc, village_id=1).fingerprint)


# -- sequence -------------------------------------------------------------------------------------------
def test_replayed_and_older_sequence(env: Env) -> None:
    first = env.good
    assert importer.import_files(env.arch, env.admin, [first]).files[0].status == "imported"
    second = bundle.export_village(env.pc, env.v1, 1, env.work / "stick").path
    assert importer.import_files(env.arch, env.admin, [second]).files[0].status == "imported"
    # The very same file again: already imported, no change (not a refusal).
    before = su.record_hash(env.arch)
    assert importer.import_files(env.arch, env.admin, [first]).files[0].status == "unchanged"
    assert su.record_hash(env.arch) == before
    # Another file with a number already used (a village restored from an old backup, or a replay).
    env.good = second
    rep = refused(env, resigned(env, "replay.vabundle", manifest_edit=lambda m: m.update(created_by="x")), "replay",
                  "已经收到过第 2 号")
    assert "第 2 号文件" in rep.reason
    env.good = first
    refused(env, resigned(env, "older.vabundle", manifest_edit=lambda m: m.update(created_by="y")), "replay",
            "旧文件")


def test_next_number_that_does_not_follow_the_last_file(env: Env) -> None:
    importer.import_files(env.arch, env.admin, [env.good])
    refused(env, resigned(env, "fork.vabundle", manifest_edit=lambda m: m.update(seq=2, prev_sha256="ab" * 32)),
            "chain_broken", "接不上")


def test_gap_is_held_not_refused_and_nothing_touched(env: Env) -> None:
    importer.import_files(env.arch, env.admin, [env.good])
    before = su.record_hash(env.arch)
    bad = resigned(env, "gap.vabundle", manifest_edit=lambda m: m.update(seq=5, prev_sha256="cd" * 32))
    rep = importer.import_files(env.arch, env.admin, [bad]).files[0]
    assert rep.status == "held" and "缺少白鹿村的第 2–4 号文件" in rep.reason
    assert su.record_hash(env.arch) == before
    assert importer.import_files(env.arch, env.admin, [bad]).files[0].status == "held"
    assert len(importer.held_files(env.arch)) == 1


# -- malformed rows (signed by the village's real key) -------------------------------------------------------
def _set(table: str, col: int, value: Any, row: int = 0):  # noqa: ANN202
    return table, lambda rows: rows[row].__setitem__(col, value)


def _cols(env: Env, table: str) -> list[str]:
    return [r[1] for r in env.pc.execute(f"PRAGMA table_info({table})")]


@pytest.mark.parametrize("table, column, value, code", [
    ("meetings", "held_on", "2026-13-01", "bad_value"),
    ("meetings", "held_on", "2026-02-30", "bad_value"),
    ("meetings", "held_on", "next tuesday", "bad_value"),
    ("meetings", "kind", "party", "bad_value"),
    ("meetings", "start_time", "25:00", "bad_value"),
    ("meetings", "village_id", "002", "foreign_row"),
    ("meetings", "id", "abc", "bad_rows"),
    ("meetings", "id", -3, "bad_rows"),
    ("meetings", "topic", 12, "bad_value"),
    ("meetings", "place", None, "bad_value"),
    ("meeting_attendance", "present", 2, "bad_value"),
    ("meeting_attendance", "present", True, "bad_value"),
    ("meeting_attendance", "cadre_id", 99999, "dangling_ref"),
    ("meeting_attendance", "meeting_id", 1.5, "bad_value"),
    ("resolutions", "due_on", 20261201, "bad_value"),
    ("resolutions", "status", "maybe", "bad_value"),
    ("cadres", "sex", "x", "bad_value"),
    ("cadres", "created_at", "yesterday", "bad_value"),
])
def test_malformed_value(env: Env, table: str, column: str, value: Any, code: str) -> None:
    col = _cols(env, table).index(column)
    rep = refused(env, resigned(env, "rows.vabundle", rows=_set(table, col, value)), code)
    assert column in rep.reason or code in ("dangling_ref", "foreign_row", "bad_rows")


def test_malformed_rows_shape(env: Env) -> None:
    refused(env, resigned(env, "short.vabundle", rows=("meetings", lambda rows: rows[0].pop())), "bad_rows",
            "栏目数不对")
    refused(env, resigned(env, "dupid.vabundle", rows=("meetings", lambda rows: rows.append(list(rows[0])))),
            {"bad_rows", "count_mismatch"})

    def nan(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        members["data/meetings.jsonl"] = members["data/meetings.jsonl"].replace(b'"09:00"', b"NaN", 1)

    refused(env, resigned(env, "nan.vabundle", members_edit=nan), "bad_rows")

    def count(m: dict[str, Any]) -> None:
        m["tables"]["meetings"]["rows"] += 1

    refused(env, resigned(env, "count.vabundle", manifest_edit=count), "count_mismatch")

    def unknown_table(m: dict[str, Any]) -> None:
        m["tables"]["secret_table"] = m["tables"]["meetings"]

    refused(env, resigned(env, "tbl.vabundle", manifest_edit=unknown_table), "unknown_table", "请先升级村务通")

    def unknown_column(m: dict[str, Any]) -> None:
        m["tables"]["meeting_agenda"]["columns"][-1] = "mystery"

    refused(env, resigned(env, "col.vabundle", manifest_edit=unknown_column), "unknown_column", "mystery")

    def missing_ids(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
        ids = json.loads(members["ids.json"])
        ids["meetings"] = ids["meetings"][1:]
        members["ids.json"] = json.dumps(ids).encode()
        manifest["tables"]["meetings"]["total"] -= 1

    refused(env, resigned(env, "ids.vabundle", members_edit=missing_ids), {"bad_rows", "dangling_ref"})


def test_nothing_written_outside_the_staging_folders(env: Env) -> None:
    bad = env.work / "cut.vabundle"
    bad.write_bytes(env.good.read_bytes()[:500])
    refused(env, bad, "damaged")
    sync = env.arch.data_dir / "sync"
    assert {p.name for p in sync.iterdir()} <= {"incoming", "refused", "held", "imported"}
    assert [p.name for p in (sync / "incoming").iterdir()] == []
    assert len(list((sync / "refused").iterdir())) == 1
    assert bad.exists()  # the stick's file is never moved or changed


def test_unknown_village_added_later_is_still_not_enrolled(env: Env) -> None:
    admin_pc = accounts.authenticate(env.pc, "admin", su.ADMIN_PW)
    vid = township.add_village(env.pc, admin_pc, code="003", name="新村")
    township.add_village(env.arch, env.admin, code="003", name="新村")
    f = bundle.export_village(env.pc, admin_pc, vid, env.work / "stick")
    refused(env, f.path, "not_enrolled", "还没有登记签名密钥")


def test_harmless_damage_to_a_zip_header_timestamp_still_imports_the_same_records(env: Env) -> None:
    """The local header's modification time is not covered by any hash; changing it changes nothing."""
    from villageadmin.core.sync import records

    data = bytearray(env.good.read_bytes())
    with zipfile.ZipFile(env.good) as zf:
        hdr = zf.getinfo("data/meetings.jsonl").header_offset
    data[hdr + 10] ^= 0x01  # last mod file time, local header
    bad = env.work / "time.vabundle"
    bad.write_bytes(bytes(data))
    rep = importer.import_files(env.arch, env.admin, [bad]).files[0]
    assert rep.status == "imported", rep.reason
    assert records.view(env.arch, 1) == records.view(env.pc, 1)
