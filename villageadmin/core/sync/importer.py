"""Importing files from a USB stick: one file, several, or whole folders.

Each file is copied off the stick, checked completely, then merged in one transaction (all or
nothing) with its import-log row and audit entry. A refused file changes no record: only the
import log and the audit log gain the refusal. The report says per file: imported (what changed),
already imported (no change), held (a number missing; waits for the township to confirm), or
refused — with the reason in plain Chinese.
"""

from __future__ import annotations

import gc
import importlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core import schema_summaries as summaries
from villageadmin.core.accounts import Actor, require_admin
from villageadmin.core.clock import now_iso
from villageadmin.core.errors import AccessDenied, VillageAdminError
from villageadmin.core.sync import bundle as bundle_fmt
from villageadmin.core.sync import container, incoming, merge
from villageadmin.core.sync import tables as reg
from villageadmin.core.sync.container import Refused

if TYPE_CHECKING:
    from villageadmin.core.store import Store

SUFFIXES = (bundle_fmt.SUFFIX, ".vapolicy")
MAX_FOLDER_DEPTH = 3
MAX_FILES = 500
STATUS_LABELS = {"imported": "已导入", "unchanged": "已导入过，没有变化", "held": "暂存待确认", "refused": "拒收"}

Progress = Callable[[str, float], None]


@dataclass
class FileReport:
    file: str
    status: str  # imported / unchanged / held / refused
    reason: str = ""
    code: str = ""
    kind: str = ""  # "village" or "township"
    village: str = ""
    village_code: str = ""
    seq: int | None = None
    changes: dict[str, dict[str, int]] = field(default_factory=dict)  # label -> new/changed/deleted
    notes: list[str] = field(default_factory=list)
    import_id: int | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    def change_text(self) -> str:
        parts = []
        for label, c in self.changes.items():
            bits = [f"{w} {c[k]}" for k, w in (("new", "新增"), ("changed", "修改"), ("deleted", "删除")) if c.get(k)]
            if bits:
                parts.append(f"{label}{'、'.join(bits)}")
        return "；".join(parts)

    def summary(self) -> str:
        """One plain-Chinese line for the report."""
        who = f"{self.village}第 {self.seq} 号文件" if self.village and self.seq else self.file
        if self.status == "imported":
            text = self.change_text() or "记录没有变化"
            line = f"{who}：已导入。{text}。"
        elif self.status == "unchanged":
            line = f"{who}：以前已经导入过，没有任何变化。"
        elif self.status == "held":
            line = f"{who}：暂存待确认。{self.reason}"
        else:
            line = f"{self.file}：拒收。{self.reason}"
        if self.notes:
            line += " " + " ".join(self.notes)
        return line

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "status": self.status, "reason": self.reason, "code": self.code,
                "kind": self.kind, "village": self.village_code, "village_name": self.village, "seq": self.seq,
                "changes": self.changes, "notes": self.notes, "summary": self.summary()}


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    backup: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    def headline(self) -> str:
        parts = [f"{STATUS_LABELS[s]} {self.count(s)} 个" for s in ("imported", "unchanged", "held", "refused")
                 if self.count(s)]
        return f"共 {len(self.files)} 个文件：" + "，".join(parts) if parts else "没有找到要导入的文件。"


# -- folders ------------------------------------------------------------------------------------------
def find_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, plus export files found in folders named (a few levels deep, no links followed)."""
    out: list[Path] = []
    seen: set[Path] = set()

    def add(p: Path) -> None:
        key = p.resolve()
        if key not in seen and len(out) < MAX_FILES:
            seen.add(key)
            out.append(p)

    def walk(folder: Path, depth: int) -> None:
        try:
            entries = sorted(folder.iterdir(), key=lambda e: e.name)
        except OSError:
            return
        for e in entries:
            if e.is_symlink() or e.name.startswith("."):
                continue
            if e.is_dir() and depth < MAX_FOLDER_DEPTH:
                walk(e, depth + 1)
            elif e.is_file() and e.suffix.lower() in SUFFIXES:
                add(e)

    for p in map(Path, paths):
        if p.is_dir():
            walk(p, 1)
        else:
            add(p)
    return out


# -- the import ---------------------------------------------------------------------------------------
def sync_dir(store: Store) -> Path:
    return store.data_dir / "sync"


@dataclass
class _Item:
    report: FileReport
    staged: container.Staged | None = None
    sort_key: tuple[Any, ...] = ()


def import_files(store: Store, actor: Actor, paths: Iterable[str | Path], *, accept_gap: bool = False,
                 progress: Progress | None = None, backup: bool = True) -> ImportReport:
    """Import village files (at the township) and township files (at a village)."""
    if actor.role not in ("admin", "village"):
        raise AccessDenied("这个账号只能查看，不能导入文件。")
    progress = progress or (lambda text, frac: None)
    report = ImportReport()
    files = find_files(paths)
    items: list[_Item] = []
    staging = sync_dir(store) / "incoming"
    for i, path in enumerate(files):
        progress(f"拷贝 {path.name}", 0.3 * i / max(1, len(files)))
        item = _Item(FileReport(path.name, "refused"))
        try:
            item.staged = container.stage(path, staging)
            with container.Container(item.staged.path) as c:
                m = c.manifest
                kind = m.get("kind")
                code = (m.get("village") or {}).get("code", "") if isinstance(m.get("village"), dict) else ""
                seq = m.get("seq") if isinstance(m.get("seq"), int) else 0
                item.sort_key = (0 if kind == "township" else 1, str(code), seq, path.name)
        except Refused as exc:
            item.report.reason, item.report.code = exc.message, exc.code
            item.sort_key = (2, "", 0, path.name)
        items.append(item)
    items.sort(key=lambda it: it.sort_key)
    backed_up = not backup
    with _checkpoints_spaced(store):
        for i, item in enumerate(items):
            progress(f"检查并导入 {item.report.file}", 0.3 + 0.7 * i / max(1, len(items)))
            if item.staged is None:
                _log(store, actor, item.report, None)
                report.files.append(item.report)
                continue
            if not backed_up:
                report.backup = _backup(store)
                backed_up = True
            with _no_cycle_collection():
                rep = _import_one(store, actor, item.staged, accept_gap=accept_gap)
                report.files.append(rep)
                if rep.status == "imported":
                    report.files.extend(_release_held(store, actor, rep))
    progress("完成", 1.0)
    return report


# Pages of changes (4 KB each) the write-ahead log may hold before SQLite copies them into the data file.
CHECKPOINT_PAGES = 65536


@contextmanager
def _checkpoints_spaced(store: Store) -> Iterator[None]:
    """While files are imported, the log is copied into the data file every 256 MB of changes instead of
    after each file (SQLite's default: every 4 MB). Each file of a county touches pages all over the large
    tables' indexes, and copying them after every file took a third of an import's time by the 100th file.
    Each file is still committed (and on disk) on its own; at the end the log is copied across once."""
    before = int(store.scalar("PRAGMA wal_autocheckpoint"))
    store.execute(f"PRAGMA wal_autocheckpoint={max(before, CHECKPOINT_PAGES)}")
    try:
        yield
    finally:
        store.execute(f"PRAGMA wal_autocheckpoint={before}")
        if not store.conn.in_transaction:
            store.execute("PRAGMA wal_checkpoint(PASSIVE)")


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a file is read and merged: a file is a few hundred thousand
    fresh lists of plain values (no cycles), which it would otherwise walk again and again (a tenth of
    the CPU of a county import)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _backup(store: Store) -> str | None:
    """A backup before the first merge, when the reliability module provides one."""
    try:
        backup = importlib.import_module("villageadmin.core.backup")
    except ImportError:
        return None
    info = backup.before("import", store)
    return str(info.path) if info is not None else None


def _import_one(store: Store, actor: Actor, staged: container.Staged, *, accept_gap: bool,
                held_row: int | None = None) -> FileReport:
    rep = FileReport(staged.original.name, "refused")
    done = sync_dir(store)
    previous = store.one("SELECT id, village_code, seq, kind FROM sync_imports WHERE sha256=? AND status IN"
                         " ('imported', 'unchanged') ORDER BY id LIMIT 1", (staged.sha256,))
    if previous is not None and held_row is None:
        rep.status, rep.kind, rep.seq = "unchanged", previous["kind"], previous["seq"]
        rep.village_code = previous["village_code"]
        rep.village = store.scalar("SELECT name FROM villages WHERE code=?", (rep.village_code,)) or ""
        staged.path.unlink(missing_ok=True)
        _log(store, actor, rep, staged)
        return rep
    if held_row is None and store.one("SELECT id FROM sync_imports WHERE sha256=? AND status='held' AND resolved=0",
                                      (staged.sha256,)):
        rep.status, rep.code = "held", "gap"
        rep.reason = "这个文件以前已经暂存，正在等乡镇确认缺号后导入。"
        staged.path.unlink(missing_ok=True)
        return rep
    try:
        with container.Container(staged.path) as c:
            kind = c.manifest.get("kind")
            rep.kind = kind if kind in ("village", "township") else ""
            if kind == "township":
                from villageadmin.core.sync import township_file

                township_file.import_file(store, actor, c, staged, rep)
            else:
                require_admin(actor)
                _import_village(store, actor, c, staged, rep, accept_gap=accept_gap, held_row=held_row)
    except incoming.Held as exc:
        rep.status, rep.reason, rep.code = "held", exc.message, exc.code
        container.move(staged, done / "held")
        _log(store, actor, rep, staged)
        return rep
    except Refused as exc:
        rep.status, rep.reason, rep.code = "refused", exc.message, exc.code
    except AccessDenied as exc:
        rep.status, rep.reason, rep.code = "refused", exc.message, exc.code
    except VillageAdminError as exc:
        rep.status, rep.reason, rep.code = "refused", f"合并时出错，已全部撤销：{exc.message}", exc.code
    except Exception as exc:  # noqa: BLE001 - a trigger or constraint of an area refused a row
        import sqlite3

        if not isinstance(exc, sqlite3.Error):
            raise
        rep.status, rep.reason, rep.code = "refused", f"合并时记录不符合本机的规则，已全部撤销，什么都没有改动（{exc}）。", \
            "merge_failed"
    if rep.status == "refused":
        container.move(staged, done / "refused")
        _log(store, actor, rep, staged)
    return rep


def _import_village(store: Store, actor: Actor, c: container.Container, staged: container.Staged,
                    rep: FileReport, *, accept_gap: bool, held_row: int | None) -> None:
    m = c.manifest
    if isinstance(m.get("village"), dict):
        rep.village_code = str(m["village"].get("code", ""))[:20]
        rep.village = str(m["village"].get("name", ""))[:40]
    if isinstance(m.get("seq"), int):
        rep.seq = m["seq"]
    b = incoming.open_village_bundle(store, c, sha256=staged.sha256, file_name=staged.original.name,
                                     accept_gap=accept_gap)
    if rep.village and rep.village != b.village_name:
        rep.notes.append(f"文件里的村名是“{rep.village}”，本乡镇登记的是“{b.village_name}”。")
    rep.village, rep.village_code = b.village_name, b.village_code
    labels = {t.name: t.label for t in reg.TABLES}
    first = store.one("SELECT 1 FROM sync_map WHERE village_id=? LIMIT 1", (b.village_id,)) is None
    with _no_foreign_key_lookups(store, first), store.transaction():
        # A village's first file brings its whole history: its rows go in without the running totals' triggers,
        # and the village's totals are worked out in one pass after (a quarter of the cost). Later files, a few
        # rows each, keep the triggers.
        with summaries.triggers_held(store, *summaries.COUNTED_TABLES) if first else nullcontext():
            result = merge.merge(store, b)
            if first:
                summaries.refill_villages(store, [b.village_id])
        if b.new_key is not None:
            from villageadmin.core.sync import keys

            keys.replace_peer_key(store, actor, b.peer, b.new_key, how="signed_by_old_key")
            rep.notes.append(f"{b.village_name}换了签名密钥（有旧密钥签名的交接），新指纹 {keys.fingerprint(b.new_key)}。")
        if b.seq > int(b.peer["last_seq"]) + 1 and int(b.peer["last_seq"]) > 0:
            rep.notes.append(f"乡镇已确认缺少第 {int(b.peer['last_seq']) + 1}–{b.seq - 1} 号文件。")
        store.execute(
            "UPDATE sync_peers SET last_seq=?, last_sha256=?, last_file=?, last_received_at=?, last_created_at=?"
            " WHERE id=?", (b.seq, staged.sha256, staged.original.name, now_iso(),
                            str(m.get("created_at", ""))[:32], b.peer["id"]))
        rep.status = "imported"
        rep.changes = {labels[n]: {"new": ch.new, "changed": ch.changed, "deleted": ch.deleted}
                       for n, ch in result.tables.items() if ch.any}
        rep.notes.extend(result.notes)
        final = container.move(staged, sync_dir(store) / "imported" / b.village_code)
        rep.import_id = _write_log(store, actor, rep, staged, final)
        if held_row is not None:
            store.execute("UPDATE sync_imports SET resolved=1 WHERE id=?", (held_row,))
        audit.append(store, actor, "import", "sync_bundle", rep.import_id, village_id=b.village_id,
                     extra={"seq": b.seq, "file": staged.original.name, "sha256": staged.sha256,
                            "village_audit_head": m.get("audit_head"), "changes": rep.changes})


@contextmanager
def _no_foreign_key_lookups(store: Store, first_file: bool) -> Iterator[None]:
    """SQLite's foreign-key look-ups left out while a village's first file is merged (a third of the
    time of its writes besides the rows themselves), as the demo build does.

    They could not fail there: the archive maps none of the village's rows yet, so every row the file's
    rows point at is one of the file's own (checked: each reference is to an id the file lists, and each
    id listed is a row in the file), written in the same merge and counted afterwards, or the township's
    own list entry (staff, project kinds), found or added by the merge; the village column is the
    village. Later files, which may point at rows already here, are merged with the look-ups."""
    skip = first_file and not store.conn.in_transaction and store.scalar("PRAGMA foreign_keys") == 1
    if skip:
        store.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        if skip:
            store.execute("PRAGMA foreign_keys=ON")


def _write_log(store: Store, actor: Actor, rep: FileReport, staged: container.Staged | None,
               path: Path | None = None) -> int:
    vid = store.scalar("SELECT id FROM villages WHERE code=?", (rep.village_code,)) if rep.village_code else None
    cur = store.execute(
        "INSERT INTO sync_imports (at, username, file_name, sha256, size, kind, village_id, village_code, seq, status,"
        " reason_code, reason, changes, staged_path, file_created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (now_iso(), actor.username, rep.file, staged.sha256 if staged else "", staged.size if staged else 0,
         rep.kind, vid, rep.village_code, rep.seq, rep.status, rep.code, rep.reason,
         json.dumps({"changes": rep.changes, "notes": rep.notes}, ensure_ascii=False),
         str(path or (staged.path if staged else "")), None))
    return int(cur.lastrowid or 0)


def _log(store: Store, actor: Actor, rep: FileReport, staged: container.Staged | None) -> None:
    """Record a file that was not merged (refused, held, already imported) with its audit entry."""
    with store.transaction():
        rep.import_id = _write_log(store, actor, rep, staged)
        vid = store.scalar("SELECT id FROM villages WHERE code=?", (rep.village_code,)) if rep.village_code else None
        audit.append(store, actor, {"refused": "import_refused", "held": "import_held"}.get(rep.status, "import_again"),
                     "sync_import", rep.import_id, village_id=vid,
                     extra={"file": rep.file, "sha256": staged.sha256 if staged else "", "code": rep.code,
                            "reason": rep.reason})


# -- held files ---------------------------------------------------------------------------------------
def held_files(store: Store) -> list[dict[str, Any]]:
    return store.query("SELECT i.*, v.name AS village_name FROM sync_imports i LEFT JOIN villages v"
                       " ON v.id=i.village_id WHERE i.status='held' AND i.resolved=0 ORDER BY i.village_code, i.seq")


def confirm_held(store: Store, actor: Actor, import_id: int) -> list[FileReport]:
    """The township confirms a gap: import the held file anyway (then any held files that now follow)."""
    require_admin(actor)
    row = store.one("SELECT * FROM sync_imports WHERE id=? AND status='held' AND resolved=0", (import_id,))
    if row is None:
        raise Refused("not_held", "没有这个暂存的文件（可能已经导入了）。")
    staged = _staged_from_row(row)
    rep = _import_one(store, actor, staged, accept_gap=True, held_row=import_id)
    out = [rep]
    if rep.status == "imported":
        out.extend(_release_held(store, actor, rep))
    elif rep.status == "refused":
        with store.transaction():
            store.execute("UPDATE sync_imports SET resolved=1 WHERE id=?", (import_id,))
    return out


def _staged_from_row(row: dict[str, Any]) -> container.Staged:
    path = Path(row["staged_path"])
    if not path.is_file():
        raise Refused("held_missing", "暂存的文件找不到了，请重新拷贝后导入。")
    return container.Staged(Path(row["file_name"]), path, row["sha256"], int(row["size"]))


def _release_held(store: Store, actor: Actor, last: FileReport) -> list[FileReport]:
    """Held files of the same village that now follow on without a gap are imported at once."""
    out: list[FileReport] = []
    if not last.village_code:
        return out
    while True:
        peer_seq = store.scalar("SELECT p.last_seq FROM sync_peers p JOIN villages v ON v.id=p.village_id"
                                " WHERE v.code=?", (last.village_code,))
        row = store.one("SELECT * FROM sync_imports WHERE status='held' AND resolved=0 AND village_code=? AND seq=?",
                        (last.village_code, (peer_seq or 0) + 1))
        if row is None:
            return out
        try:
            staged = _staged_from_row(row)
        except Refused:
            with store.transaction():
                store.execute("UPDATE sync_imports SET resolved=1 WHERE id=?", (row["id"],))
            continue
        rep = _import_one(store, actor, staged, accept_gap=False, held_row=row["id"])
        rep.notes.insert(0, "（之前暂存的文件，现在接上了）")
        out.append(rep)
        if rep.status != "imported":
            with store.transaction():
                store.execute("UPDATE sync_imports SET resolved=1 WHERE id=?", (row["id"],))
            return out


def import_log(store: Store, *, limit: int = 200) -> list[dict[str, Any]]:
    """The newest files offered for import; ``detail`` says what changed or why it was refused."""
    rows = store.query("SELECT i.*, v.name AS village_name FROM sync_imports i LEFT JOIN villages v"
                       " ON v.id=i.village_id ORDER BY i.id DESC LIMIT ?", (limit,))
    for r in rows:
        rep = FileReport(r["file_name"], r["status"], reason=r["reason"])
        try:
            extra = json.loads(r["changes"] or "{}")
            rep.changes, rep.notes = extra.get("changes", {}), extra.get("notes", [])
        except ValueError:
            pass
        if r["status"] == "imported":
            r["detail"] = rep.change_text() or "记录没有变化"
        elif r["status"] == "unchanged":
            r["detail"] = "以前已经导入过，没有变化"
        else:
            r["detail"] = r["reason"]
    return rows
