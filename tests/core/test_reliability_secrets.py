"""No password and no password hash ever reaches a log: the audit log, log files, Python logging, or
what the command line prints (stdout and stderr)."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from villageadmin.core import accounts, backup, township
from villageadmin.core.errors import AuthError
from villageadmin.core.store import open_store

ADMIN_SECRET = "Adm1n-Secret-Zq"
VILLAGE_SECRET = "V1llage-Secret-Zq"
WRONG_SECRET = "Wr0ng-Secret-Zq"
NEW_SECRET = "N3w-Secret-Zq"
SECRETS = (ADMIN_SECRET, VILLAGE_SECRET, WRONG_SECRET, NEW_SECRET)


def hashes(store) -> list[str]:
    return [r[0] for r in store.execute("SELECT pw_hash FROM users")]


def assert_clean(text: str, known_hashes: list[str], where: str) -> None:
    for s in SECRETS:
        assert s not in text, f"a password appears in {where}"
    for h in known_hashes:
        assert h not in text and h.split("$")[-1] not in text, f"a password hash appears in {where}"
    assert "$argon2" not in text, f"a password hash appears in {where}"


def test_no_password_or_hash_in_audit_log_logging_or_files(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    store = open_store(tmp_path / "data")
    admin = township.set_up(store, name="测试乡", code="T", villages=[("001", "白鹿村")], admin_username="admin",
                            admin_password=ADMIN_SECRET, village_password=VILLAGE_SECRET)
    all_hashes = set(hashes(store))
    for bad in (WRONG_SECRET, WRONG_SECRET + "x"):
        with pytest.raises(AuthError):
            accounts.authenticate(store, "001", bad)
    with pytest.raises(AuthError):
        accounts.authenticate(store, WRONG_SECRET, WRONG_SECRET)  # a password typed as the user name
    village = accounts.authenticate(store, "001", VILLAGE_SECRET)
    assert not accounts.verify_password(store, village, WRONG_SECRET)
    accounts.set_password(store, village, village.user_id, NEW_SECRET, old_password=VILLAGE_SECRET)
    all_hashes |= set(hashes(store))
    accounts.set_password(store, admin, village.user_id, VILLAGE_SECRET)  # the administrator resets it
    all_hashes |= set(hashes(store))
    uid = accounts.create_user(store, admin, username="viewer", display_name="查看", role="viewer",
                               password=NEW_SECRET)
    all_hashes |= set(hashes(store))
    backup.make(store)
    audit_text = "\n".join(" ".join(str(v) for v in r) for r in store.execute("SELECT * FROM audit_log"))
    store.close()
    known = sorted(all_hashes)
    assert uid and len(known) >= 4
    assert_clean(audit_text, known, "the audit log")
    assert_clean("\n".join(r.getMessage() for r in caplog.records), known, "Python logging")
    for root in (tmp_path / "data", Path(os.environ["VILLAGEADMIN_CONFIG"])):
        if not root.exists():
            continue
        for f in root.rglob("*"):
            if f.is_file() and not _is_sqlite(f):
                assert_clean(f.read_bytes().decode("utf-8", "replace"), known, str(f))


def _is_sqlite(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00" or path.name.endswith(("-wal", "-shm"))


def test_a_password_typed_as_the_user_name_is_not_logged(store):
    """A failed sign-in with an unknown name is audited without the name: it is often a password."""
    with pytest.raises(AuthError):
        accounts.authenticate(store, ADMIN_SECRET, "whatever")
    row = store.one("SELECT action, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1")
    assert row["action"] == "sign_in_failed" and row["entity_id"] is None
    assert ADMIN_SECRET not in row["detail"]
    assert '"typed_length":15' in row["detail"]


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "villageadmin", *args], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=120)


def test_command_line_never_prints_a_password_or_hash(tmp_path):
    data = str(tmp_path / "data")
    outputs = []
    r = run("setup", "--data", data, "--township", "测试乡", "--village", "001:白鹿村",
            env={"VILLAGEADMIN_PASSWORD": ADMIN_SECRET, "VILLAGEADMIN_VILLAGE_PASSWORD": VILLAGE_SECRET})
    assert r.returncode == 0, r.stderr
    outputs.append(r)
    saved = str(tmp_path / "saved.db")
    outputs.append(run("backup", "--data", data, "--out", saved, env={"VILLAGEADMIN_PASSWORD": ADMIN_SECRET}))
    for user, pw in (("admin", WRONG_SECRET), ("001", WRONG_SECRET), ("001", VILLAGE_SECRET),
                     ("admin", ADMIN_SECRET)):
        outputs.append(run("restore", "--data", data, saved, "--yes", "--user", user,
                           env={"VILLAGEADMIN_PASSWORD": pw}))
    outputs.append(run("verify", "--data", data, env={"VILLAGEADMIN_PASSWORD": ADMIN_SECRET}))
    assert [r.returncode for r in outputs] == [0, 0, 1, 1, 1, 0, 0], [r.stderr for r in outputs]
    assert "用户名或密码不对" in outputs[2].stderr
    assert "只有乡镇管理员" in outputs[4].stderr
    conn = sqlite3.connect(tmp_path / "data" / "villageadmin.db")
    known = [r[0] for r in conn.execute("SELECT pw_hash FROM users")]
    conn.close()
    for r in outputs:
        assert_clean(r.stdout + r.stderr, known, f"the output of {' '.join(map(str, r.args[3:5]))}")
