"""Village -> township round trip: the township's copy of each village equals the village's own,
record by record, and importing the same file again changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.core import sync_util as su
from villageadmin.core import accounts, meetings, search, township
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, importer, keys, records


@pytest.fixture(scope="module")
def demo_roundtrip(tmp_path_factory, demo_dir):  # noqa: ANN001
    """The demo township exports every village; an empty archive enrols the keys and imports them."""
    base = tmp_path_factory.mktemp("rt")
    src_dir = su.copy_store(demo_dir, base / "src")
    src = open_store(src_dir)
    admin = accounts.authenticate(src, "admin", "admin123")
    out = base / "stick"
    out.mkdir()
    vs = township.villages(src)
    key_bodies = []
    for v in vs:
        bundle.export_village(src, admin, v["id"], out)
        key_bodies.append(json.dumps(keys.key_file(src, admin, village_id=v["id"])).encode())
    arch = open_store(base / "arch")
    township.set_up(arch, name="青山镇（演示）", code="DEMO", villages=[(v["code"], v["name"]) for v in vs],
                    admin_username="admin", admin_password=su.ADMIN_PW)
    a_admin = accounts.authenticate(arch, "admin", su.ADMIN_PW)
    for body in key_bodies:
        keys.enrol(arch, a_admin, keys.read_key_file(body))
    report = importer.import_files(arch, a_admin, [out])
    yield src, arch, admin, a_admin, out, report, vs
    src.close()
    arch.close()


def test_every_village_imported_and_equal_record_by_record(demo_roundtrip):
    src, arch, _admin, _a, _out, report, vs = demo_roundtrip
    assert [f.status for f in report.files] == ["imported"] * len(vs), report.headline()
    for v in vs:
        arch_id = arch.scalar("SELECT id FROM villages WHERE code=?", (v["code"],))
        mine, theirs = records.view(src, v["id"]), records.view(arch, arch_id)
        assert set(mine) == set(theirs)
        for table in mine:
            assert mine[table] == theirs[table], (v["code"], table)
        assert sum(len(t) for t in mine.values()) > 500


def test_the_archive_s_running_totals_are_its_rows_totals(demo_roundtrip):
    """First files go in with the totals' triggers held and each village's totals worked out after; the
    archive's totals are what its rows add up to, and what each village's own PC holds for it."""
    from tests.core.test_summaries import counted, recounted

    src, arch, *_rest = demo_roundtrip
    assert counted(arch) == recounted(arch)
    codes = {r[0]: r[1] for r in arch.execute("SELECT id, code FROM villages")}
    src_codes = {r[0]: r[1] for r in src.execute("SELECT id, code FROM villages")}
    for table, key in (("expense_totals", "budget_year, kind, total_fen, biggest_fen"),
                       ("meeting_month_staff", "month, n")):
        mine = {(src_codes[r[0]], *r[1:]) for r in src.execute(f"SELECT village_id, {key} FROM {table} WHERE"
                                                              f" {'n > 0' if 'n' in key.split(', ') else '1'}")}
        theirs = {(codes[r[0]], *r[1:]) for r in arch.execute(f"SELECT village_id, {key} FROM {table}")}
        assert theirs == mine and mine, table
    assert arch.scalar("SELECT count(*) FROM sqlite_master WHERE type='trigger' AND name LIKE 'expense_totals%'") == 3


def test_the_archive_reads_like_the_village(demo_roundtrip):
    """Lists, findings and search at the township say what they say on the village PC."""
    from villageadmin.core import checks

    src, arch, admin, a_admin, _out, _report, vs = demo_roundtrip
    v = vs[0]
    arch_id = arch.scalar("SELECT id FROM villages WHERE code=?", (v["code"],))
    mine = [(m["held_on"], m["kind"], m["topic"]) for m in meetings.list_meetings(src, admin, village_id=v["id"])]
    theirs = [(m["held_on"], m["kind"], m["topic"]) for m in meetings.list_meetings(arch, a_admin,
                                                                                    village_id=arch_id)]
    assert mine == theirs
    rules = {(f.rule, f.date, f.message) for f in checks.run(src, admin, village_ids=[v["id"]], modules=["meetings"])
             if f.rule != "township_attendance_low"}
    got = {(f.rule, f.date, f.message) for f in checks.run(arch, a_admin, village_ids=[arch_id],
                                                            modules=["meetings"]) if f.rule != "township_attendance_low"}
    assert rules == got
    word = meetings.list_meetings(src, admin, village_id=v["id"])[0]["topic"][:4]
    found_there = {(m["held_on"], m["topic"]) for m in search.search_meetings(arch, word, village_ids=[arch_id])}
    found_here = {(m["held_on"], m["topic"]) for m in search.search_meetings(src, word, village_ids=[v["id"]])}
    assert found_here and found_here <= found_there  # the archive indexes every meeting it received


def test_reimport_changes_nothing(demo_roundtrip):
    _src, arch, _admin, a_admin, out, _report, vs = demo_roundtrip
    before = su.record_hash(arch)
    n_imports = arch.scalar("SELECT count(*) FROM sync_imports")
    again = importer.import_files(arch, a_admin, [out])
    assert [f.status for f in again.files] == ["unchanged"] * len(vs)
    assert "没有任何变化" in again.files[0].summary()
    assert su.record_hash(arch) == before
    assert arch.scalar("SELECT count(*) FROM sync_imports") == n_imports + len(vs)


# -- incremental files on a small village PC -----------------------------------------------------------
@pytest.fixture
def pair(tmp_path: Path, tmp_path_factory):  # noqa: ANN001
    pc_dir, arch_dir = su.fresh_pair(tmp_path_factory, tmp_path)
    pc, arch = open_store(pc_dir), open_store(arch_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    yield pc, arch, accounts.authenticate(pc, "001", su.VILLAGE_PW), accounts.authenticate(arch, "admin", su.ADMIN_PW), \
        stick
    pc.close()
    arch.close()


def _equal(pc, arch, code="001"):  # noqa: ANN001
    vid = pc.scalar("SELECT id FROM villages WHERE code=?", (code,))
    aid = arch.scalar("SELECT id FROM villages WHERE code=?", (code,))
    return records.view(pc, vid) == records.view(arch, aid)


def test_second_file_carries_only_changes_and_deletions(pair):
    pc, arch, v1, a_admin, stick = pair
    first = bundle.export_village(pc, v1, 1, stick)
    assert first.seq == 1 and first.full and first.path.name == f"白鹿村-2026-11-27-0001{bundle.SUFFIX}"
    assert importer.import_files(arch, a_admin, [first.path]).files[0].status == "imported"
    # Edit one meeting, delete another, add a third.
    ids = [m["id"] for m in meetings.list_meetings(pc, v1, village_id=1)]
    m = meetings.get_meeting(pc, v1, ids[0])
    data = meetings.MeetingInput(
        village_id=1, kind="work", held_on=dt.date.fromisoformat(m["held_on"]), start_time="14:00", place="村部",
        host="张书记", recorder="王会计", topic="改过的主题",
        attendance=[meetings.Attendee(a["cadre_id"], True) for a in m["attendance"]],
        resolutions=[meetings.Resolution(r["text"], r["owner"], dt.date.fromisoformat(r["due_on"]), r["id"])
                     for r in m["resolutions"]])
    meetings.save_meeting(pc, v1, data, meeting_id=ids[0])
    meetings.delete_meeting(pc, v1, ids[-1])
    cadres = [c["id"] for c in township.cadres(pc, v1, 1)]
    su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, 4), topic="十一月例会")
    status = bundle.export_status(pc, v1, 1)
    assert status["last"]["seq"] == 1 and status["changed"] > 0
    second = bundle.export_village(pc, v1, 1, stick)
    assert second.seq == 2 and not second.full
    assert 0 < second.carried < sum(second.totals.values())
    rep = importer.import_files(arch, a_admin, [second.path]).files[0]
    assert rep.status == "imported", rep.reason
    assert rep.changes["会议记录"] == {"new": 1, "changed": 1, "deleted": 1}
    assert "会议记录新增 1、修改 1、删除 1" in rep.summary()
    assert _equal(pc, arch)
    from tests.core.test_summaries import counted, recounted

    assert counted(arch) == recounted(arch)  # a later file: the triggers kept the totals
    assert search.search_meetings(arch, "改过的主题")
    assert arch.scalar("SELECT count(*) FROM meeting_fts") == arch.scalar("SELECT count(*) FROM meetings")
    # Nothing changed since: a third file carries no rows and still imports.
    third = bundle.export_village(pc, v1, 1, stick)
    assert third.carried == 0
    rep3 = importer.import_files(arch, a_admin, [third.path]).files[0]
    assert rep3.status == "imported" and "记录没有变化" in rep3.summary()


def test_ids_do_not_collide_across_villages(pair):
    pc, arch, _v1, a_admin, stick = pair
    admin = accounts.authenticate(pc, "admin", su.ADMIN_PW)
    f1 = bundle.export_village(pc, admin, 1, stick)
    f2 = bundle.export_village(pc, admin, 2, stick)
    # Village 2 arrives first: the archive's ids differ from the village PC's.
    importer.import_files(arch, a_admin, [f2.path])
    importer.import_files(arch, a_admin, [f1.path])
    assert _equal(pc, arch, "001") and _equal(pc, arch, "002")
    assert arch.scalar("SELECT count(*) FROM meetings") == pc.scalar("SELECT count(*) FROM meetings")
    # Both villages' meetings point at the one township staff entry, matched by name.
    assert arch.scalar("SELECT count(DISTINCT staff_id) FROM meeting_township") == 1


def test_full_export_after_a_lost_file_brings_everything(pair):
    pc, arch, v1, a_admin, stick = pair
    importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path])
    cadres = [c["id"] for c in township.cadres(pc, v1, 1)]
    su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, 2))
    bundle.export_village(pc, v1, 1, stick / "..")  # seq 2: lost on the way
    su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, 5), topic="补开")
    third = bundle.export_village(pc, v1, 1, stick)  # seq 3, changes since 2 only
    rep = importer.import_files(arch, a_admin, [third.path]).files[0]
    assert rep.status == "held" and "缺少白鹿村的第 2 号文件" in rep.reason
    [confirmed] = importer.confirm_held(arch, a_admin, rep.import_id)
    assert confirmed.status == "refused" and confirmed.code == "incomplete"
    assert "导出全部记录" in confirmed.reason
    full = bundle.export_village(pc, v1, 1, stick, full=True)
    rep = importer.import_files(arch, a_admin, [full.path], accept_gap=True).files[0]
    assert rep.status == "imported", rep.reason
    assert _equal(pc, arch)


def test_gap_held_then_released_when_the_missing_file_arrives(pair, tmp_path):
    pc, arch, v1, a_admin, stick = pair
    cadres = [c["id"] for c in township.cadres(pc, v1, 1)]
    files = []
    for day in (2, 3, 4):
        su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, day))
        files.append(bundle.export_village(pc, v1, 1, stick).path)
    importer.import_files(arch, a_admin, [files[0]])
    rep = importer.import_files(arch, a_admin, [files[2]])
    assert [f.status for f in rep.files] == ["held"]
    assert importer.held_files(arch)[0]["seq"] == 3
    # The stick comes back with the missing file: 2 is imported, then the held 3 follows on.
    rep = importer.import_files(arch, a_admin, [files[1]])
    assert [(f.seq, f.status) for f in rep.files] == [(2, "imported"), (3, "imported")]
    assert importer.held_files(arch) == []
    assert _equal(pc, arch)


def test_folder_import_sorts_by_village_and_number(pair):
    pc, arch, v1, a_admin, stick = pair
    cadres = [c["id"] for c in township.cadres(pc, v1, 1)]
    bundle.export_village(pc, v1, 1, stick)
    su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, 2))
    second = bundle.export_village(pc, v1, 1, stick)
    second.path.rename(stick / "aaa-renamed.vabundle")  # name order would put it first
    (stick / "notes.txt").write_text("not ours")
    rep = importer.import_files(arch, a_admin, [stick])
    assert [(f.seq, f.status) for f in rep.files] == [(1, "imported"), (2, "imported")]
    assert _equal(pc, arch)


def test_township_cannot_export_an_archived_village(pair):
    _pc, arch, _v1, a_admin, stick = pair
    from villageadmin.core.errors import RuleViolation

    with pytest.raises(RuleViolation, match="只能在白鹿村自己的电脑上导出"):
        bundle.export_village(arch, a_admin, 1, stick)


def test_village_account_exports_only_its_own_village(pair):
    pc, _arch, v1, _a, stick = pair
    from villageadmin.core.errors import AccessDenied

    with pytest.raises(AccessDenied):
        bundle.export_village(pc, v1, 2, stick)


def test_export_never_carries_the_private_key(pair):
    pc, _arch, v1, _a, stick = pair
    f = bundle.export_village(pc, v1, 1, stick)
    priv = su.private_key(pc.data_dir, 1)
    import base64
    import zipfile

    raw = base64.b64decode(priv)
    with zipfile.ZipFile(f.path) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            assert priv.encode() not in data and raw not in data
    assert priv.encode() not in f.path.read_bytes()


def test_township_edit_of_a_village_record_is_caught_and_a_full_file_repairs_it(pair):
    pc, arch, v1, a_admin, stick = pair
    importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path])
    with arch.transaction():  # someone changes the township's copy behind the app's back
        arch.execute("UPDATE meetings SET topic='改过' WHERE id=(SELECT min(local_id) FROM sync_map"
                     " WHERE village_id=1 AND tbl='meetings')")
    cadres = [c["id"] for c in township.cadres(pc, v1, 1)]
    su.add_meeting(pc, v1, 1, cadres, dt.date(2026, 11, 4))
    before = su.record_hash(arch)
    rep = importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path]).files[0]
    assert rep.status == "refused" and rep.code == "mismatch_after_merge"
    assert "会议记录" in rep.reason and "导出全部记录" in rep.reason
    assert su.record_hash(arch) == before
    full = bundle.export_village(pc, v1, 1, stick, full=True)
    rep = importer.import_files(arch, a_admin, [full.path], accept_gap=True).files[0]
    assert rep.status == "imported", rep.reason
    assert _equal(pc, arch)


def test_records_entered_at_the_township_do_not_block_imports(pair):
    pc, arch, v1, a_admin, stick = pair
    importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path])
    cadre_ids = [c["id"] for c in township.cadres(arch, a_admin, 1)]
    su.add_meeting(arch, a_admin, 1, cadre_ids, dt.date(2026, 11, 6), topic="乡镇代录")
    su.add_meeting(pc, v1, 1, [c["id"] for c in township.cadres(pc, v1, 1)], dt.date(2026, 11, 4))
    rep = importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path]).files[0]
    assert rep.status == "imported", rep.reason
    assert any("是在乡镇录入的" in n for n in rep.notes)
    assert _equal(pc, arch)


def test_check_reports_villages_not_heard_from_and_held_files(pair, monkeypatch):
    from villageadmin.core import checks

    pc, arch, v1, a_admin, stick = pair
    importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path])
    for _ in range(2):
        last = bundle.export_village(pc, v1, 1, stick)
    importer.import_files(arch, a_admin, [last.path])  # No. 3 without No. 2: held
    found = [f for f in checks.run(arch, a_admin, modules=["sync"])]
    assert [(f.village, f.rule) for f in found] == [("001", "file_held")]
    assert "白鹿村第 3 号文件暂存待确认" in found[0].message
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2027-02-01")
    rules = {(f.village, f.rule) for f in checks.run(arch, a_admin, modules=["sync"])}
    assert ("001", "no_file_lately") in rules and ("002", "no_file_lately") in rules
    msg = next(f.message for f in checks.run(arch, a_admin, modules=["sync"]) if f.village == "002")
    assert msg.startswith("青山村登记密钥已经 ") and "还没有报送过文件" in msg
