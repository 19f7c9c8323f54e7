"""Helpers for the sync tests: a small village PC, an enrolled township archive, and tools to
build damaged or re-signed files from a good one."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import shutil
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from villageadmin.core import accounts, meetings, township
from villageadmin.core.meetings import Attendee, MeetingInput, Resolution, TownshipAttendee
from villageadmin.core.store import open_store
from villageadmin.core.sync import keys

ADMIN_PW = "admin-pass-1"
VILLAGE_PW = "village-pass-1"
VILLAGES = [("001", "白鹿村"), ("002", "青山村")]


def make_village_pc(path: Path, *, meetings_per_village: int = 3) -> None:
    """A PC where two villages' records are entered (like the township office's shared PC)."""
    store = open_store(path)
    try:
        admin = township.set_up(store, name="测试乡", code="T01", villages=VILLAGES, admin_username="admin",
                                admin_password=ADMIN_PW, village_password=VILLAGE_PW)
        admin = accounts.authenticate(store, "admin", ADMIN_PW)
        sid = township.add_staff(store, admin, name="周指导", title="驻村指导员")
        for vid in (1, 2):
            township.link_staff(store, admin, village_id=vid, staff_id=sid, role="instructor")
            cadres = [township.add_cadre(store, admin, village_id=vid, name=f"{n}{vid}", post=p, line=ln)
                      for n, p, ln in (("张书记", "党支部书记", "党建"), ("李主任", "村委会主任", "村务"),
                                       ("王会计", "会计", "财务"))]
            for i in range(meetings_per_village):
                add_meeting(store, admin, vid, cadres, dt.date(2026, 8 + i, 3), sid)
    finally:
        store.close()


def add_meeting(store: Any, actor: Any, vid: int, cadres: list[int], day: dt.date, staff_id: int | None = None,
                topic: str = "") -> int:
    data = MeetingInput(
        village_id=vid, kind="work", held_on=day, start_time="09:00", place="村部会议室", host="张书记",
        recorder="王会计", topic=topic or f"{day.month}月例会",
        attendance=[Attendee(c, True) for c in cadres[:-1]] + [Attendee(cadres[-1], False, "病假")],
        township=[TownshipAttendee("周指导", "instructor", staff_id)] if staff_id else [],
        agenda=["通报上月工作", "部署本月工作"],
        resolutions=[Resolution("修好村道", "李主任", day + dt.timedelta(days=20))])
    return meetings.save_meeting(store, actor, data)


def make_archive(path: Path, village_pc: Path) -> None:
    """The township's empty archive with both villages set up and their keys enrolled."""
    src = open_store(village_pc)
    arch = open_store(path)
    try:
        admin = accounts.authenticate(src, "admin", ADMIN_PW)
        township.set_up(arch, name="测试乡", code="T01", villages=VILLAGES, admin_username="admin",
                        admin_password=ADMIN_PW)
        a_admin = accounts.authenticate(arch, "admin", ADMIN_PW)
        for vid in (1, 2):
            body = json.dumps(keys.key_file(src, admin, village_id=vid)).encode()
            keys.enrol(arch, a_admin, keys.read_key_file(body))
    finally:
        src.close()
        arch.close()


_TEMPLATES: dict[str, Path] = {}


def fresh_pair(factory: Any, dst: Path) -> tuple[Path, Path]:
    """Copies of a village PC and its enrolled township archive (built once per test session)."""
    if "pair" not in _TEMPLATES:
        base = factory.mktemp("sync-templates")
        make_village_pc(base / "pc")
        make_archive(base / "arch", base / "pc")
        _TEMPLATES["pair"] = base
    base = _TEMPLATES["pair"]
    return copy_store(base / "pc", dst / "pc"), copy_store(base / "arch", dst / "arch")


def copy_store(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("sync", "backups"))
    return dst


def record_hash(store: Any) -> str:
    """Content hash of every table except the import log and the audit log."""
    h = hashlib.sha256()
    names = [r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    for name in names:
        if name in ("audit_log", "sync_imports") or name.startswith("sqlite_"):
            continue
        h.update(name.encode())
        for row in store.execute(f"SELECT * FROM \"{name}\" ORDER BY rowid" if not _without_rowid(store, name)
                                 else f"SELECT * FROM \"{name}\""):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def _without_rowid(store: Any, name: str) -> bool:
    sql = store.scalar("SELECT sql FROM sqlite_master WHERE name=?", (name,)) or ""
    return "WITHOUT ROWID" in sql.upper()


def private_key(store_path: Path, village_id: int | None) -> str:
    conn = sqlite3.connect(store_path / "villageadmin.db")
    try:
        row = conn.execute("SELECT private_key FROM sync_keys WHERE coalesce(village_id, 0)=? AND retired_at IS NULL",
                           (village_id or 0,)).fetchone()
    finally:
        conn.close()
    return str(row[0])


# -- building files ------------------------------------------------------------------------------------
def read_members(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as zf:
        members = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    manifest = json.loads(members.pop("manifest.json"))
    members.pop("manifest.sig")
    return manifest, members


def build(out: Path, manifest: dict[str, Any], members: dict[str, bytes], *, private: str | None,
          rehash: bool = True, entries: list[tuple[str, bytes]] | None = None,
          signature: bytes | None = None) -> Path:
    """Write a container: members re-hashed into the manifest, signed with ``private`` (raw key b64)."""
    if rehash:
        manifest = dict(manifest)
        manifest["members"] = {n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                               for n, d in members.items()}
    mbytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode()
    sig = signature if signature is not None else (keys.sign_with(private, mbytes) if private else b"\0" * 64)
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", mbytes)
        zf.writestr("manifest.sig", sig)
        for name, data in members.items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
        for name, data in entries or []:
            zf.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return out


def edit_rows(members: dict[str, bytes], table: str, fn: Callable[[list[list[Any]]], None]) -> None:
    name = f"data/{table}.jsonl"
    rows = [json.loads(line) for line in members[name].decode().splitlines() if line]
    fn(rows)
    members[name] = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    b = bytearray(data)
    b[offset] ^= mask
    return bytes(b)


def member_offset(path: Path, name: str) -> tuple[int, int]:
    """(start, length) of a member's stored bytes inside the zip."""
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo(name)
    raw = path.read_bytes()
    hdr = info.header_offset
    n = int.from_bytes(raw[hdr + 26:hdr + 28], "little")
    m = int.from_bytes(raw[hdr + 28:hdr + 30], "little")
    start = hdr + 30 + n + m
    return start, info.compress_size


def zip_bytes(entries: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, d in entries:
            zf.writestr(n, d)
    return buf.getvalue()
