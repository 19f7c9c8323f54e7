"""Bad disks: a full disk or a read-only folder gives a clear message, no partial write, and the data
stays readable; a data folder on removable media or a network share is recognised (for a warning)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from villageadmin.core import audit, backup, location, meetings, township, verify
from villageadmin.core.errors import StoreError
from villageadmin.core.meetings import Attendee, MeetingInput
from villageadmin.core.store import open_store


def big_meeting(n: int, size: int = 20000) -> MeetingInput:
    return MeetingInput(village_id=1, kind="work", held_on=dt.date(2026, 11, 3), start_time="09:00",
                        place="村部会议室", host="张书记", recorder="王会计", topic=f"第{n}次",
                        discussion="讨论内容" * (size // 4), attendance=[Attendee(1, True)])


def _state(store) -> tuple:
    return (store.scalar("SELECT count(*) FROM meetings"), store.scalar("SELECT count(*) FROM meeting_attendance"),
            audit.head(store))


# -- full disk -----------------------------------------------------------------------------------
def test_full_disk_refuses_the_write_whole_and_the_data_stays_readable(store, village1):
    meetings.save_meeting(store, village1, big_meeting(1, 100))
    before = _state(store)
    store.execute(f"PRAGMA max_page_count={store.scalar('PRAGMA page_count')}")  # the disk is full now
    with pytest.raises(StoreError) as e:
        meetings.save_meeting(store, village1, big_meeting(2))
    assert e.value.code == "disk_full"
    assert e.value.message == "磁盘空间已满，修改没有保存。请清理磁盘后再试。"
    assert _state(store) == before  # nothing of the meeting, its attendance or its audit entry
    assert [m["topic"] for m in meetings.list_meetings(store, village1)] == ["第1次"]  # still readable
    assert verify.full(store).ok
    store.execute("PRAGMA max_page_count=1073741823")  # space freed
    meetings.save_meeting(store, village1, big_meeting(3))
    assert store.scalar("SELECT count(*) FROM meetings") == 2


def _can_mount() -> bool:
    return sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.fixture
def tiny_tmpfs(tmp_path):
    """A real 3 MB file system (Linux, root only) — skipped where mounting is not allowed."""
    if not _can_mount():
        pytest.skip("needs root on Linux to mount a tmpfs")
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mnt)], capture_output=True)
    if r.returncode != 0:
        pytest.skip("mount not permitted here")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_really_full_disk(tiny_tmpfs):
    from villageadmin.core import accounts

    data = tiny_tmpfs / "data"
    store = open_store(data)
    try:
        admin = township.set_up(store, name="测试乡", code="T", villages=[("001", "白鹿村")],
                                admin_username="admin", admin_password="admin-pass-1")
        township.add_cadre(store, admin, village_id=1, name="张书记", post="书记", line="党建")
        actor = accounts.Actor(admin.user_id, "admin", "管理员", "admin")
        free = shutil.disk_usage(tiny_tmpfs).free
        (tiny_tmpfs / "filler").write_bytes(b"\0" * max(0, free - 150_000))
        saved = 0
        with pytest.raises(StoreError) as e:
            for n in range(200):
                meetings.save_meeting(store, actor, big_meeting(n))
                saved += 1
        assert e.value.code == "disk_full"
        assert "磁盘空间已满" in e.value.message
        assert store.scalar("SELECT count(*) FROM meetings") == saved  # the failed one left nothing
        assert store.scalar("SELECT count(*) FROM audit_log WHERE entity='meeting'") == saved
        assert verify.full(store).ok
        # A backup onto the full disk fails cleanly too, leaving no partial file behind.
        with pytest.raises(StoreError) as e2:
            backup.make(store)
        assert e2.value.code == "disk_full"
        assert not list((data / "backups").glob(".*"))
        (tiny_tmpfs / "filler").unlink()
        meetings.save_meeting(store, actor, big_meeting(999, 100))
    finally:
        store.close()
    store = open_store(data)
    try:
        assert store.scalar("PRAGMA integrity_check") == "ok"
        assert audit.verify_chain(store).ok
    finally:
        store.close()


# -- read-only ------------------------------------------------------------------------------------
def test_read_only_store_refuses_every_write_with_a_clear_message_and_reads(store, village1, tmp_path):
    meetings.save_meeting(store, village1, big_meeting(1, 100))
    data = store.data_dir
    store.close()
    ro = open_store(data, read_only=True)
    try:
        with pytest.raises(StoreError) as e:
            meetings.save_meeting(ro, village1, big_meeting(2, 100))
        assert e.value.code == "read_only" and "只读" in e.value.message
        assert [m["topic"] for m in meetings.list_meetings(ro, village1)] == ["第1次"]
        assert verify.quick(ro).ok
        assert backup.maybe_auto(ro) is None  # no automatic backups from a read-only window
    finally:
        ro.close()


READ_ONLY_SCRIPT = textwrap.dedent("""
    import datetime as dt, sys
    from villageadmin.core import meetings, verify
    from villageadmin.core.accounts import Actor
    from villageadmin.core.errors import StoreError
    from villageadmin.core.meetings import Attendee, MeetingInput
    from villageadmin.core.store import open_store
    s = open_store(sys.argv[1])
    print("read_only", s.read_only)
    print("meetings", s.scalar("SELECT count(*) FROM meetings"))
    print("verify", verify.quick(s).ok)
    try:
        meetings.save_meeting(s, Actor(2, "001", "x", "village", 1), MeetingInput(
            village_id=1, kind="work", held_on=dt.date(2026, 11, 3), start_time="09:00", place="p", host="h",
            recorder="r", attendance=[Attendee(1, True)]))
        print("saved")
    except StoreError as e:
        print("refused", e.code, e.message)
""")


def test_read_only_data_folder_opens_read_only_even_after_a_clean_close(store, village1):
    """A cleanly closed WAL file has no -wal/-shm beside it; SQLite could not create them here."""
    import tempfile

    meetings.save_meeting(store, village1, big_meeting(1, 100))
    # A folder another (unprivileged) user can reach: tests run as root are re-run as nobody.
    outer = Path(tempfile.mkdtemp(prefix="va-ro-"))
    data = outer / "data"
    try:
        backup.make(store, out=data / "villageadmin.db")
        assert not (data / "villageadmin.db-wal").exists()
        cmd = [sys.executable, "-c", READ_ONLY_SCRIPT, str(data)]
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("root ignores permissions and setpriv is missing")
            root = Path(__file__).resolve().parents[2]
            if any(not (d.stat().st_mode & 0o001) for d in (root, *root.parents)):
                # e.g. a clone inside `mktemp -d` (mode 700): nobody could not load the program at all
                pytest.skip(f"an unprivileged user cannot reach the checkout ({root})")
            cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *cmd]
        os.chmod(outer, 0o755)
        os.chmod(data / "villageadmin.db", 0o644)
        os.chmod(data, 0o555)
        r = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd="/", timeout=60)
    finally:
        os.chmod(data, 0o755)
        shutil.rmtree(outer, ignore_errors=True)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[:3] == ["read_only True", "meetings 1", "verify True"]
    assert lines[3] == "refused read_only 数据以只读方式打开，不能保存修改。"


# -- removable media and network shares ---------------------------------------------------------
MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
/dev/vda2 /home ext4 rw,relatime 0 0
//server/share /mnt/share cifs rw,relatime 0 0
server:/export /srv/nfs nfs4 rw 0 0
me@host:/x /home/me/remote fuse.sshfs rw 0 0
/dev/sdb1 /media/me/KINGSTON vfat rw 0 0
/dev/sdc1 /run/media/me/My\\040Disk exfat rw 0 0
/dev/sdd1 /data/stick vfat rw 0 0
/dev/sde1 /data/bigdisk ext4 rw 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0
"""


@pytest.fixture
def sys_block(tmp_path):
    root = tmp_path / "sys_block"
    for dev, removable in (("sdd", "1"), ("sde", "0")):
        (root / dev).mkdir(parents=True)
        (root / dev / "removable").write_text(removable + "\n")
    return root


@pytest.mark.parametrize("path, kind", [
    ("/home/me/村务通", "local"),
    ("/var/lib/villageadmin", "local"),
    ("/mnt/share/村务通", "network"),
    ("/mnt/shared2/data", "local"),  # only a name prefix of /mnt/share, not inside it
    ("/srv/nfs/data", "network"),
    ("/home/me/remote/data", "network"),
    ("/media/me/KINGSTON/村务通", "removable"),
    ("/run/media/me/My Disk/data", "removable"),
    ("/data/stick/x", "removable"),  # the device says removable
    ("/data/bigdisk/x", "local"),
    ("/run/user/1000/gvfs/smb-share:server=x,share=y/data", "network"),
])
def test_classify_linux_mounts(path, kind, sys_block):
    assert location.classify_linux(Path(path), MOUNTS, sys_block).kind == kind


def test_warnings_are_plain_chinese_and_none_for_a_local_disk(sys_block):
    assert location.classify_linux(Path("/home/me"), MOUNTS, sys_block).warning is None
    usb = location.classify_linux(Path("/media/me/KINGSTON/x"), MOUNTS, sys_block).warning
    assert usb is not None and "U盘" in usb
    net = location.classify_linux(Path("/mnt/share/x"), MOUNTS, sys_block).warning
    assert net is not None and "网络共享盘" in net


def test_this_test_folder_is_local(tmp_path):
    assert location.warning(tmp_path) is None or location.classify(tmp_path).kind != "local"
    assert location.classify(tmp_path).kind in ("local", "removable", "network")


@pytest.mark.skipif(sys.platform != "win32", reason="Windows drive types")
def test_windows_unc_path_is_a_network_share():
    assert location.classify_windows(r"\\server\share\data").kind == "network"
