"""`villageadmin backup`, `restore` and `verify` from the command line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from villageadmin.cli import main
from villageadmin.core import backup, demo

EXE = [sys.executable, "-m", "villageadmin"]


def run(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=e, timeout=120, input=stdin)


@pytest.fixture
def data(tmp_path) -> Path:
    d = tmp_path / "data"
    demo.create(d, villages=2, years=1, seed=3)
    return d


def meeting_topics(d: Path) -> list[str]:
    conn = sqlite3.connect(d / "villageadmin.db")
    try:
        return [r[0] for r in conn.execute("SELECT topic FROM meetings ORDER BY id DESC LIMIT 3")]
    finally:
        conn.close()


def test_backup_to_the_backups_folder_and_to_a_file(data, tmp_path, capsys):
    assert main(["backup", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    made = backup.list_backups(data / "backups")
    assert len(made) == 1 and str(made[0].path) in out and "检查通过" in out
    target = tmp_path / "u盘" / "村务通.db"
    assert main(["backup", "--data", str(data), "--out", str(target)]) == 0
    assert backup.inspect(target).ok
    assert main(["backup", "--data", str(data), "--out", str(target)]) == 1  # never overwrites
    assert "文件已经存在" in capsys.readouterr().err
    assert main(["backup", "--data", str(data), "--list"]) == 0
    assert "共 1 个备份" in capsys.readouterr().out


def test_backup_of_a_folder_without_data_is_a_clear_error(tmp_path, capsys):
    assert main(["backup", "--data", str(tmp_path / "nothing")]) == 1
    assert "这里没有村务通的数据" in capsys.readouterr().err


def _change(d: Path) -> None:
    conn = sqlite3.connect(d / "villageadmin.db")
    conn.execute("UPDATE meetings SET topic='备份之后的修改' WHERE id=(SELECT max(id) FROM meetings)")
    conn.commit()
    conn.close()


def test_restore_asks_naming_the_date_and_backs_up_first(data):
    saved = backup.list_backups(data / "backups") or []
    r = run("backup", "--data", str(data))
    assert r.returncode == 0, r.stderr
    saved = backup.list_backups(data / "backups")[0]
    _change(data)
    no = run("restore", "--data", str(data), str(saved.path), stdin="n\n")
    assert no.returncode == 1
    assert f"{saved.made_at.year}年{saved.made_at.month}月{saved.made_at.day}日" in no.stdout
    assert "没有恢复" in no.stdout
    assert meeting_topics(data)[0] == "备份之后的修改"
    yes = run("restore", "--data", str(data), str(saved.path), stdin="y\n")
    assert yes.returncode == 0, yes.stderr
    assert "恢复前的数据已备份到" in yes.stdout
    assert meeting_topics(data)[0] != "备份之后的修改"
    pre = [b for b in backup.list_backups(data / "backups") if b.reason == "restore"]
    assert len(pre) == 1
    conn = sqlite3.connect(pre[0].path)
    assert conn.execute("SELECT topic FROM meetings ORDER BY id DESC LIMIT 1").fetchone()[0] == "备份之后的修改"
    conn.close()
    conn = sqlite3.connect(data / "villageadmin.db")
    last = conn.execute("SELECT action, username FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    conn.close()
    assert last == ("restore", "cli")


def test_restore_yes_and_refusals(data, tmp_path, capsys):
    assert main(["backup", "--data", str(data), "--out", str(tmp_path / "b.db")]) == 0
    assert main(["restore", "--data", str(data), str(tmp_path / "b.db"), "--yes"]) == 0
    assert main(["restore", "--data", str(data), str(tmp_path / "missing.db"), "--yes"]) == 1
    assert "找不到备份文件" in capsys.readouterr().err
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 50)
    assert main(["restore", "--data", str(data), str(tmp_path / "junk.db"), "--yes"]) == 1
    assert "不是村务通的备份文件" in capsys.readouterr().err


def test_verify_ok_then_tampered(data, capsys):
    assert main(["verify", "--data", str(data)]) == 0
    out = capsys.readouterr().out
    assert "完整性检查：通过" in out and "数据完好" in out
    # A meeting saved through the app, then edited behind its back.
    from villageadmin.core import accounts, meetings
    from villageadmin.core.store import open_store

    store = open_store(data)
    admin = accounts.authenticate(store, demo.ADMIN_USER, demo.ADMIN_PASSWORD)
    mid = store.scalar("SELECT max(id) FROM meetings")
    m = meetings.get_meeting(store, admin, mid)
    data_in = meetings.MeetingInput(village_id=m["village_id"], kind=m["kind"],
                                    held_on=__import__("datetime").date.fromisoformat(m["held_on"]),
                                    start_time=m["start_time"], place=m["place"] or "村部", host=m["host"] or "书记",
                                    recorder=m["recorder"] or "会计", topic="经软件修改",
                                    attendance=[meetings.Attendee(a["cadre_id"], bool(a["present"]),
                                                                  a["absence_reason"] or "事假")
                                                for a in m["attendance"]])
    meetings.save_meeting(store, admin, data_in, meeting_id=mid)
    entry = store.scalar("SELECT max(id) FROM audit_log WHERE entity='meeting'")
    store.close()
    _change(data)
    assert main(["verify", "--data", str(data)]) == 1
    captured = capsys.readouterr()
    assert f"最早的问题在第 {entry} 条审计记录" in captured.err
    assert "会议主题在审计记录里是 “经软件修改”，现在是 “备份之后的修改”" in captured.out
    assert main(["verify", "--data", str(data), "--quick"]) == 1
    capsys.readouterr()
    assert main(["verify", "--data", str(data), "--json"]) == 1
    assert '"ok": false' in capsys.readouterr().out


def test_verify_never_changes_the_file(data):
    before = (data / "villageadmin.db").read_bytes()
    r = run("verify", "--data", str(data))
    assert r.returncode == 0, r.stderr
    assert (data / "villageadmin.db").read_bytes() == before
