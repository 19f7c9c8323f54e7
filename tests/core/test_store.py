from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from villageadmin.core import township
from villageadmin.core.errors import StoreError
from villageadmin.core.store import DB_FILENAME, open_store


def test_pragmas_wal_full_foreign_keys(fresh_store):
    assert fresh_store.scalar("PRAGMA journal_mode") == "wal"
    assert fresh_store.scalar("PRAGMA synchronous") == 2  # FULL
    assert fresh_store.scalar("PRAGMA foreign_keys") == 1


def test_migrations_are_recorded_and_idempotent(tmp_path):
    s = open_store(tmp_path)
    names = [r[0] for r in s.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    s.close()
    s = open_store(tmp_path)
    assert [r[0] for r in s.execute("SELECT name FROM _sqlite_migrations ORDER BY id")] == names
    assert names[:2] == ["m001_core", "m002_meetings"]
    s.close()


def test_file_that_is_not_ours_is_refused_and_untouched(tmp_path):
    path = tmp_path / DB_FILENAME
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE something (x)")
    conn.execute("INSERT INTO something VALUES (42)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as e:
        open_store(tmp_path)
    assert e.value.code == "not_ours"
    assert "不是村务通的数据文件" in e.value.message
    assert path.read_bytes() == before


def test_garbage_file_is_refused(tmp_path):
    (tmp_path / DB_FILENAME).write_bytes(b"hello, this is a text file" * 10)
    with pytest.raises(StoreError) as e:
        open_store(tmp_path)
    assert e.value.code == "not_ours"


def test_file_from_newer_version_is_refused_and_untouched(tmp_path):
    s = open_store(tmp_path)
    s.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('base', 'm999_future', 'x')")
    s.close()
    before = (tmp_path / DB_FILENAME).read_bytes()
    with pytest.raises(StoreError) as e:
        open_store(tmp_path)
    assert e.value.code == "newer_version"
    assert "更新版本" in e.value.message
    assert (tmp_path / DB_FILENAME).read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_folder_opens_read_only(tmp_path):
    s = open_store(tmp_path)
    s.close()
    os.chmod(tmp_path, 0o555)
    try:
        s = open_store(tmp_path)
        assert s.read_only
        with pytest.raises(StoreError):
            with s.transaction():
                pass
        s.close()
    finally:
        os.chmod(tmp_path, 0o755)


def test_read_only_store_refuses_writes_with_plain_message(tmp_path):
    s = open_store(tmp_path)
    s.close()
    ro = open_store(tmp_path, read_only=True)
    with pytest.raises(StoreError) as e:
        with ro.transaction():
            pass
    assert e.value.code == "read_only"
    assert "只读" in e.value.message
    ro.close()


def test_core_never_imports_qt():
    code = ("import sys, villageadmin.core.store, villageadmin.core.meetings, villageadmin.core.checks, "
            "villageadmin.core.demo, villageadmin.core.search, villageadmin.core.reports.meeting, villageadmin.cli;"
            "import importlib, pkgutil, villageadmin.core as c;"
            "[importlib.import_module(m.name) for m in pkgutil.walk_packages(c.__path__, 'villageadmin.core.')];"
            "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_setup_refuses_twice(store):
    from villageadmin.core.errors import RuleViolation

    with pytest.raises(RuleViolation):
        township.set_up(store, name="x", code="x", villages=[("9", "x村")], admin_username="a",
                        admin_password="123456")


@pytest.mark.parametrize("villages, message", [
    ([], "至少"),
    ([("001", "白鹿村"), ("001", "青山村")], "重复"),
    ([("0 1", "白鹿村")], "只能用数字或字母"),
    ([("001", " ")], "没有名称"),
])
def test_setup_validation(fresh_store, villages, message):
    from villageadmin.core.errors import ValidationError

    with pytest.raises(ValidationError) as e:
        township.set_up(fresh_store, name="测试乡", code="T", villages=villages, admin_username="admin",
                        admin_password="secret1")
    assert message in e.value.message
    assert not township.is_set_up(fresh_store)


def test_setup_creates_default_policy_marked_default(store):
    import datetime as dt

    from villageadmin.core import policy

    assert policy.current_is_default(store, dt.date(2026, 1, 1))
    assert policy.section(store, "bidding", "2026-01-01")["tender_township_fen"] == 2_000_000
