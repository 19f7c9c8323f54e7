"""Backups: online backup API, checked, renamed into place; retention; when they are made; restore."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from villageadmin.core import audit, backup, meetings, migrations, soak
from villageadmin.core.accounts import SYSTEM
from villageadmin.core.errors import StoreError
from villageadmin.core.meetings import Attendee, MeetingInput
from villageadmin.core.store import DB_FILENAME, open_store


def work(day: dt.date, topic: str = "", village_id: int = 1) -> MeetingInput:
    return MeetingInput(village_id=village_id, kind="work", held_on=day, start_time="09:00", place="村部会议室",
                        host="张书记", recorder="王会计", topic=topic, attendance=[Attendee(1, True)])


def topics(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT topic FROM meetings ORDER BY id")]
    finally:
        conn.close()


@pytest.fixture(autouse=True)
def _no_configured_folder():
    backup.set_folder(None)
    backup._last_backup.clear()
    yield
    backup.set_folder(None)
    backup._last_backup.clear()


# -- making one ----------------------------------------------------------------------------------
def test_backup_is_a_checked_self_contained_copy_in_the_backups_folder(store, village1):
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "第一次"))
    info = backup.make(store, reason="manual")
    assert info.path.parent == store.data_dir / "backups"
    assert backup._NAME_RE.match(info.path.name) and info.path.name.endswith("-manual.db")
    assert info.reason_label == "手动"
    details = backup.inspect(info.path)
    assert details.ok and details.township == "测试乡"
    assert details.head == audit.head(store)
    assert topics(info.path) == ["第一次"]
    # A single file: rollback journal mode, nothing beside it.
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]


def test_backup_holds_what_is_committed_even_if_only_in_the_wal(store, village1):
    """A file copy of villageadmin.db would miss the changes still in the -wal file; the API does not."""
    store.execute("PRAGMA wal_autocheckpoint=0")
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "只在日志里"))
    assert (store.data_dir / (DB_FILENAME + "-wal")).stat().st_size > 0
    info = backup.make(store)
    assert topics(info.path) == ["只在日志里"]


def test_backup_leaves_out_a_transaction_in_progress(store, village1):
    with store.transaction():
        store.execute("UPDATE township SET name='改到一半'")
        info = backup.make(store)
    assert backup.inspect(info.path).township == "测试乡"


def test_backup_to_a_chosen_file_never_overwrites(store, tmp_path):
    out = tmp_path / "u盘" / "备份.db"
    info = backup.make(store, out=out)
    assert info.path == out and backup.inspect(out).ok
    with pytest.raises(StoreError) as e:
        backup.make(store, out=out)
    assert e.value.code == "exists"


def test_configured_folder_is_used(store, tmp_path):
    backup.set_folder(tmp_path / "elsewhere")
    info = backup.make(store)
    assert info.path.parent == tmp_path / "elsewhere"


def test_two_backups_in_the_same_second_get_different_names(store):
    a = backup.make(store)
    b = backup.make(store)
    assert a.path != b.path and a.path.exists() and b.path.exists()


def test_unwritable_backup_folder_is_a_clear_error(store, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError) as e:
        backup.make(store, folder=blocker / "sub")
    assert "无法建立备份文件夹" in e.value.message


def test_partial_files_are_never_listed_and_stale_ones_are_removed(store):
    folder = store.data_dir / "backups"
    folder.mkdir()
    stale = folder / ".villageadmin-20261127-120000-auto.db.999999999.partial"
    stale.write_bytes(b"half a backup")
    assert backup.list_backups(folder) == []
    backup.make(store)
    assert not stale.exists()
    assert len(backup.list_backups(folder)) == 1


# -- retention -----------------------------------------------------------------------------------
def _fake(folder: Path, when: dt.datetime, reason: str = "auto") -> Path:
    p = folder / backup._file_name(when, reason)
    p.write_bytes(b"")
    return p


def test_retention_keeps_last_day_7_days_4_weeks_12_months(tmp_path):
    now = dt.datetime(2026, 11, 27, 18, 0)
    # One backup at noon every day for two years, plus several today.
    made = [dt.datetime(2024, 11, 28, 12, 0) + dt.timedelta(days=i) for i in range(730)]
    made += [dt.datetime(2026, 11, 27, h, 30) for h in (8, 9, 10, 11, 13, 17)]
    for t in made:
        _fake(tmp_path, t)
    removed = backup.prune(tmp_path, now=now)
    kept = sorted(b.made_at for b in backup.list_backups(tmp_path))
    assert len(removed) + len(kept) == len(made)
    today = [t for t in kept if t.date() == now.date()]
    assert len(today) == 7  # everything of the last 24 hours
    days = sorted({t.date() for t in kept}, reverse=True)
    assert days[:7] == [now.date() - dt.timedelta(days=i) for i in range(7)]
    weeks = {tuple(t.isocalendar())[:2] for t in kept}
    assert {(2026, 48), (2026, 47), (2026, 46), (2026, 45)} <= weeks
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12 and min(months) == (2025, 12)
    # Newest of each older week / month is what stays.
    assert dt.datetime(2026, 11, 15, 12, 0) in kept  # Sunday, end of ISO week 46
    assert dt.datetime(2026, 6, 30, 12, 0) in kept
    assert dt.datetime(2026, 6, 29, 12, 0) not in kept
    assert len(kept) == 7 + 6 + 2 + 11  # today, 6 more days, 2 older weeks (47 is in the days), 11 older months


def test_retention_counts_days_with_backups_not_calendar_days(tmp_path):
    """A PC left unused for months keeps its last backups."""
    for d in (1, 2, 3):
        _fake(tmp_path, dt.datetime(2026, 1, d, 12))
    backup.prune(tmp_path, now=dt.datetime(2026, 11, 27, 12))
    assert len(backup.list_backups(tmp_path)) == 3


def test_make_prunes_but_never_the_new_backup(store):
    folder = store.data_dir / "backups"
    folder.mkdir()
    for i in range(40):
        _fake(folder, dt.datetime(2025, 1, 1, 12) + dt.timedelta(days=i))
    info = backup.make(store)
    names = [b.path.name for b in backup.list_backups(folder)]
    assert names[0] == info.path.name
    assert len(names) < 41


# -- when backups are made -----------------------------------------------------------------------
def test_auto_backup_at_most_every_30_minutes_and_only_after_changes(store, village1, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(backup.time, "monotonic", lambda: clock[0])
    first = backup.maybe_auto(store)
    assert first is not None and first.reason == "auto"
    assert backup.maybe_auto(store) is None  # nothing changed, too soon
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3)))
    clock[0] += 29 * 60
    assert backup.maybe_auto(store) is None  # changed, but only 29 minutes
    clock[0] += 61
    second = backup.maybe_auto(store)
    assert second is not None and backup.inspect(second.path).head == audit.head(store)
    clock[0] += 3600
    assert backup.maybe_auto(store) is None  # no change since


def test_auto_backup_after_restart_looks_at_the_newest_backup(store, village1, monkeypatch):
    backup.make(store, reason="close")
    backup._last_backup.clear()  # a new app session
    assert backup.maybe_auto(store) is None  # the newest backup is seconds old
    monkeypatch.setattr(backup, "_now", lambda: dt.datetime.now() + dt.timedelta(hours=1))
    backup._last_backup.clear()
    assert backup.maybe_auto(store) is None  # an hour old, but nothing changed since
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3)))
    assert backup.maybe_auto(store) is not None


def test_backup_on_close_only_when_something_changed(store, village1):
    assert backup.on_close(store) is not None  # never backed up yet
    assert backup.on_close(store) is None
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3)))
    info = backup.on_close(store)
    assert info is not None and info.reason == "close"


def test_before_import_backs_up_and_an_empty_file_needs_none(store, tmp_path):
    info = backup.before("import", store)
    assert info is not None and info.reason_label == "导入前"
    empty = open_store(tmp_path / "empty")
    try:
        assert backup.before("import", empty) is None  # no township yet: nothing to lose
    finally:
        empty.close()


def test_pending_migrations_on_a_file_with_data_back_it_up_first(store, monkeypatch):
    data = store.data_dir
    store.close()
    extra = migrations.Migrations("reliability_test")

    @extra()
    def m001_extra(db):  # noqa: ANN001
        db.execute("CREATE TABLE reliability_test_extra (x)")

    real_sets = migrations._sets
    monkeypatch.setattr(migrations, "_sets", lambda: [*real_sets(), extra])
    s = open_store(data)
    try:
        found = backup.list_backups(data / "backups")
        assert [b.reason for b in found] == ["migration"]
        names = backup.inspect(found[0].path).migrations
        assert "reliability_test:m001_extra" not in names  # taken before the change
        assert s.scalar("SELECT count(*) FROM reliability_test_extra") == 0
    finally:
        s.close()
    open_store(data).close()  # nothing pending now: no second backup
    assert len(backup.list_backups(data / "backups")) == 1


# -- restore -------------------------------------------------------------------------------------
def test_restore_brings_back_the_backup_after_backing_up_the_current_state(store, village1, admin):
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 3), "备份前"))
    saved = backup.make(store, reason="manual")
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 4), "备份后"))
    pre = backup.restore(store, saved.path, admin)
    assert [r["topic"] for r in store.query("SELECT topic FROM meetings")] == ["备份前"]
    assert pre is not None and pre.reason == "restore"
    assert topics(pre.path) == ["备份前", "备份后"]  # nothing lost: the replaced state is kept
    last = store.one("SELECT action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1")
    assert (last["action"], last["entity"]) == ("restore", "database")
    assert saved.path.name in last["detail"]
    assert audit.verify_chain(store).ok
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA integrity_check") == "ok"
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 5), "恢复后"))  # still writable


def test_restore_is_for_the_administrator(store, village1):
    saved = backup.make(store)
    from villageadmin.core.errors import AccessDenied

    with pytest.raises(AccessDenied):
        backup.restore(store, saved.path, village1)


def test_restore_into_an_empty_data_folder(store, tmp_path):
    saved = backup.make(store, out=tmp_path / "copy.db")
    empty = open_store(tmp_path / "new")
    try:
        assert backup.restore(empty, saved.path, SYSTEM) is None  # nothing to back up first
        assert empty.scalar("SELECT name FROM township") == "测试乡"
    finally:
        empty.close()


@pytest.mark.parametrize("damage, code", [
    ("foreign", "bad_backup"),
    ("corrupt", "bad_backup"),
    ("tampered", "backup_tampered"),
    ("newer", "newer_version"),
])
def test_restore_refuses_bad_files_and_changes_nothing(store, admin, tmp_path, damage, code):
    path = tmp_path / "bad.db"
    if damage == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE x (y)")
        conn.commit()
        conn.close()
    else:
        backup.make(store, out=path)
        conn = sqlite3.connect(path)
        if damage == "corrupt":
            conn.close()
            raw = bytearray(path.read_bytes())
            page = 4096
            for i in range(page * 3, len(raw) - page, page * 2):
                raw[i + 100:i + 400] = b"\xff" * 300
            path.write_bytes(bytes(raw))
        else:
            if damage == "tampered":
                conn.execute("UPDATE audit_log SET username='someone' WHERE id=2")
            else:
                conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES"
                             " ('base', 'm999_future', 'x')")
            conn.commit()
            conn.close()
    before = audit.head(store)
    with pytest.raises(StoreError) as e:
        backup.restore(store, path, admin)
    assert e.value.code == code
    assert audit.head(store) == before
    assert not (store.data_dir / "backups").exists()  # refused before backing anything up


def test_describe_file_dates_a_renamed_backup_by_its_last_change(store, tmp_path):
    out = backup.make(store, out=tmp_path / "拷贝.db")
    info = backup.describe_file(out.path)
    assert info.made_at.date() == dt.date(2026, 11, 27)
    assert info.label.startswith("2026年11月27日 ")


# -- a crash during a backup ---------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killing_the_app_during_a_backup_leaves_the_previous_backup_intact(demo_dir, tmp_path):
    data = tmp_path / "data"
    demo = open_store(demo_dir, read_only=True)
    try:
        backup.make(demo, out=data / DB_FILENAME)  # a private copy of the demo township
    finally:
        demo.close()
    folder = data / "backups"
    proc = subprocess.Popen([sys.executable, "-m", "villageadmin.core.soak", "backup-loop", "--data", str(data),
                             "--step-pages", "4", "--pause", "0.002"], stdout=subprocess.PIPE,
                            env=soak._python_env())
    assert proc.stdout is not None
    lines = soak._Lines(proc.stdout)
    try:
        assert lines.read(30) == "start"
        first = lines.read(60)
        assert first is not None and first.startswith("backed ")
        previous = folder / first.split()[1]
        digest = hashlib.sha256(previous.read_bytes()).hexdigest()
        assert lines.read(30) == "start"
        deadline = time.monotonic() + 30
        while not list(folder.glob(".*.partial")) and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(0.05)
        partials = list(folder.glob(".*.partial"))
        assert partials, "the second backup never started writing"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert lines.drain(0) == []  # it died before finishing the second backup
    assert [b.path for b in backup.list_backups(folder)] == [previous]
    assert hashlib.sha256(previous.read_bytes()).hexdigest() == digest
    assert backup.inspect(previous).ok
    store = open_store(data)
    try:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        backup.make(store)  # the next backup clears the dead one's leftovers
    finally:
        store.close()
    assert not list(folder.glob(".*.partial"))
