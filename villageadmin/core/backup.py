"""Backups of the data file with SQLite's online backup API, and restoring one.

A backup is written under a temporary name, checked with ``PRAGMA integrity_check`` and only
then renamed into place, so a crash or a full disk during a backup never touches earlier ones.
Backups are made when the app closes, at most every 30 minutes while the data changes, and
before every import, migration and restore. The folder keeps every backup of the last day and
the newest of each of the last 7 days, 4 weeks and 12 months (like GnuCash and Anki do).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.clock import now_iso
from villageadmin.core.errors import StoreError

if TYPE_CHECKING:
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import Store

FOLDER_NAME = "backups"
AUTO_INTERVAL = dt.timedelta(minutes=30)
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
# Why a backup was made; the label is what people see in lists and prompts.
REASONS: dict[str, str] = {
    "auto": "自动",
    "close": "关闭时",
    "manual": "手动",
    "import": "导入前",
    "migration": "升级前",
    "restore": "恢复前",
}
_NAME_RE = re.compile(r"^villageadmin-(\d{8})-(\d{6})(?:-(\d+))?-([a-z]+)\.db$")
_PARTIAL_SUFFIX = ".partial"
_STALE_PARTIAL_S = 600

# Set by the app from the user's "backup folder" setting; None means <data>/backups.
_configured_folder: Path | None = None


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: dt.datetime
    reason: str

    @property
    def reason_label(self) -> str:
        return REASONS.get(self.reason, self.reason)

    @property
    def label(self) -> str:
        """E.g. 2026年11月27日 15:30（自动）— the date people confirm before a restore."""
        return f"{cn_datetime(self.made_at)}（{self.reason_label}）"


@dataclass(frozen=True)
class BackupDetails:
    """What is inside a backup file (read without changing it)."""

    path: Path
    ok: bool
    problem: str
    township: str | None = None
    audit_entries: int = 0
    head: str = audit.GENESIS
    last_change_at: str | None = None
    migrations: tuple[str, ...] = ()


def cn_datetime(t: dt.datetime) -> str:
    return f"{t.year}年{t.month}月{t.day}日 {t.hour:02d}:{t.minute:02d}"


def _now() -> dt.datetime:
    return dt.datetime.fromisoformat(now_iso())


# -- where backups go --------------------------------------------------------------------------
def set_folder(folder: str | os.PathLike[str] | None) -> None:
    """The app calls this with the user's backup-folder setting (empty or None: inside the data folder)."""
    global _configured_folder
    _configured_folder = Path(folder) if folder else None


def folder_for(data_dir: Path, folder: str | os.PathLike[str] | None = None) -> Path:
    if folder:
        return Path(folder)
    if _configured_folder is not None:
        return _configured_folder
    return data_dir / FOLDER_NAME


def _file_name(made_at: dt.datetime, reason: str, n: int = 0) -> str:
    stamp = made_at.strftime("%Y%m%d-%H%M%S")
    return f"villageadmin-{stamp}{f'-{n}' if n else ''}-{reason}.db"


def parse_name(path: Path) -> BackupInfo | None:
    m = _NAME_RE.match(path.name)
    if not m:
        return None
    try:
        made_at = dt.datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupInfo(path, made_at, m.group(4))


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in a folder, newest first (partial files of an interrupted backup are never listed)."""
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        info = parse_name(p)
        if info is not None:
            try:
                found.append((info, p.stat().st_mtime_ns))
            except OSError:
                continue
    # Made in the same second: the later-written file first.
    found.sort(key=lambda x: (x[0].made_at, x[1], x[0].path.name), reverse=True)
    return [info for info, _ in found]


def describe_file(path: Path) -> BackupInfo:
    """A BackupInfo for any file: from our file name, else the newest audit entry inside, else its mtime."""
    info = parse_name(path)
    if info is not None:
        return info
    details = inspect(path, check=False)
    if details.last_change_at:
        try:
            return BackupInfo(path, dt.datetime.fromisoformat(details.last_change_at), "manual")
        except ValueError:
            pass
    return BackupInfo(path, dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0), "manual")


# -- making a backup ---------------------------------------------------------------------------
def make(store: Store, *, reason: str = "manual", folder: str | os.PathLike[str] | None = None,
         out: str | os.PathLike[str] | None = None, step_pages: int = -1,
         progress: Callable[[int, int], None] | None = None, prune_old: bool = True) -> BackupInfo:
    """Copy the committed state of the store to a new backup file and check it.

    With ``out`` the backup goes exactly there (never over an existing file) and is not pruned.
    ``step_pages``/``progress`` copy in steps (progress gets pages remaining, total).
    """
    if reason not in REASONS:
        raise ValueError(reason)
    made_at = _now()
    if out is not None:
        target = Path(out)
        if target.exists():
            raise StoreError(f"文件已经存在，没有覆盖：{target}", code="exists")
        target_dir = target.parent
    else:
        target_dir = folder_for(store.data_dir, folder)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"无法建立备份文件夹 {target_dir}：{exc.strerror}", code="backup_folder") from exc
    _remove_stale_partials(target_dir)
    if out is None:
        n = 0
        while (target := target_dir / _file_name(made_at, reason, n)).exists():
            n += 1
    partial = target.with_name(f".{target.name}.{os.getpid()}{_PARTIAL_SUFFIX}")
    try:
        _copy_checked(store, partial, step_pages, progress)
        os.replace(partial, target)
        _fsync_dir(target_dir)
    except BaseException:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        raise
    info = parse_name(target) or BackupInfo(target, made_at, reason)
    if out is None and prune_old:
        prune(target_dir, now=made_at, keep={target})
    _last_backup[_key(store)] = (time.monotonic(), audit.head(store))
    return info


def _copy_checked(store: Store, partial: Path, step_pages: int,
                  progress: Callable[[int, int], None] | None) -> None:
    # Our own read connection: a consistent snapshot of what is committed, on any thread, without
    # blocking the app's writer (WAL).
    try:
        src = sqlite3.connect(f"file:{store.path}?mode=ro", uri=True, check_same_thread=False)
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        src = None
    dst = sqlite3.connect(str(partial), isolation_level=None)
    try:
        source = src if src is not None else store.conn

        def report(_status: int, remaining: int, total: int) -> None:
            if progress is not None:
                progress(remaining, total)

        try:
            source.backup(dst, pages=step_pages, progress=report)
            # A self-contained file: no -wal beside the backup.
            dst.execute("PRAGMA journal_mode=DELETE").fetchone()
            result = dst.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.Error as exc:
            raise _backup_error(exc) from exc
        if [r[0] for r in result] != ["ok"]:
            raise StoreError("备份写好后检查不通过，已丢弃这个备份。请检查磁盘。", code="backup_check",
                             details=[r[0] for r in result][:5])
    finally:
        dst.close()
        if src is not None:
            src.close()
    with open(partial, "rb+") as fh:
        os.fsync(fh.fileno())


def _backup_error(exc: sqlite3.Error) -> StoreError:
    text = str(exc).lower()
    if "full" in text:
        return StoreError("磁盘空间已满，备份没有做成；以前的备份都还在。请清理磁盘后再试。", code="disk_full")
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError("备份文件夹不能写入，备份没有做成。请检查文件夹权限。", code="read_only")
    return StoreError(f"备份没有做成：{exc}", code="backup_failed")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_stale_partials(folder: Path) -> None:
    """Remove leftovers of backups that were interrupted (their process is gone, or they are old)."""
    now = time.time()
    for p in folder.glob(f".villageadmin-*{_PARTIAL_SUFFIX}"):
        try:
            pid = int(p.name[: -len(_PARTIAL_SUFFIX)].rsplit(".", 1)[-1])
        except ValueError:
            pid = -1
        try:
            if not _pid_alive(pid) or now - p.stat().st_mtime > _STALE_PARTIAL_S:
                p.unlink()
        except OSError:
            pass


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # age decides on Windows
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# -- when to make one --------------------------------------------------------------------------
# store path -> (monotonic time of the last backup this process made, audit head then)
_last_backup: dict[str, tuple[float, str]] = {}


def _key(store: Store) -> str:
    return str(store.path.resolve())


def _changed_since_last(store: Store, folder: Path) -> bool:
    head = audit.head(store)
    mine = _last_backup.get(_key(store))
    if mine is not None:
        return mine[1] != head
    latest = list_backups(folder)
    if not latest:
        return True
    return inspect(latest[0].path, check=False).head != head


def maybe_auto(store: Store, *, folder: str | os.PathLike[str] | None = None) -> BackupInfo | None:
    """Called by the app's timer: back up when the data changed and the last backup is 30 minutes old."""
    if store.read_only:
        return None
    target = folder_for(store.data_dir, folder)
    mine = _last_backup.get(_key(store))
    if mine is not None:
        if time.monotonic() - mine[0] < AUTO_INTERVAL.total_seconds():
            return None
    else:
        latest = list_backups(target)
        if latest and _now() - latest[0].made_at < AUTO_INTERVAL:
            _last_backup[_key(store)] = (time.monotonic() - (_now() - latest[0].made_at).total_seconds(),
                                         inspect(latest[0].path, check=False).head)
            return None
    if not _changed_since_last(store, target):
        return None
    return make(store, reason="auto", folder=folder)


def on_close(store: Store, *, folder: str | os.PathLike[str] | None = None) -> BackupInfo | None:
    """When the app closes: back up if anything changed since the last backup."""
    if store.read_only or not _has_township(store):
        return None
    if not _changed_since_last(store, folder_for(store.data_dir, folder)):
        return None
    return make(store, reason="close", folder=folder)


def before(reason: str, store: Store, *, folder: str | os.PathLike[str] | None = None) -> BackupInfo | None:
    """Before an import, a migration or a restore. Raises StoreError if the backup cannot be made,
    so the risky step does not start without one. Nothing to back up in an empty file."""
    if not _has_township(store):
        return None
    return make(store, reason=reason, folder=folder)


def before_migration(store: Store) -> BackupInfo | None:
    """Called by open_store when migrations are pending on a file that holds data."""
    from villageadmin.core import migrations

    if not any(s.pending(store.db) for s in migrations._sets()):
        return None
    return before("migration", store)


def _has_township(store: Store) -> bool:
    try:
        return store.scalar("SELECT count(*) FROM township") > 0  # type: ignore[no-any-return]
    except sqlite3.Error:
        return False


# -- retention ---------------------------------------------------------------------------------
def to_keep(backups: list[BackupInfo], *, now: dt.datetime) -> set[Path]:
    """Every backup of the last 24 hours; the newest of each of the last 7 days, 4 ISO weeks and
    12 months that have backups (days without backups do not count, so an unused PC keeps its)."""
    newest_first = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    keep = {b.path for b in newest_first if now - b.made_at < dt.timedelta(days=1)}
    for period, count in ((lambda t: t.date(), KEEP_DAILY),
                          (lambda t: tuple(t.isocalendar())[:2], KEEP_WEEKLY),
                          (lambda t: (t.year, t.month), KEEP_MONTHLY)):
        seen: list[Any] = []
        for b in newest_first:
            p = period(b.made_at)
            if p not in seen:
                if len(seen) == count:
                    break
                seen.append(p)
                keep.add(b.path)
    return keep


def prune(folder: Path, *, now: dt.datetime | None = None, keep: set[Path] | None = None) -> list[Path]:
    """Delete backups the retention rule no longer keeps; returns what was deleted."""
    backups = list_backups(folder)
    kept = to_keep(backups, now=now or _now()) | (keep or set())
    removed = []
    for b in backups:
        if b.path not in kept:
            try:
                b.path.unlink()
                removed.append(b.path)
            except OSError:
                pass
    return removed


# -- looking inside, restoring -----------------------------------------------------------------
def inspect(path: Path, *, check: bool = True) -> BackupDetails:
    """Open a backup read-only: is it ours, whole (integrity_check when ``check``), and what is in it."""
    from villageadmin.core.store import APPLICATION_ID

    path = Path(path)
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        return BackupDetails(path, False, f"无法读取文件：{exc.strerror}")
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        return BackupDetails(path, False, "这不是村务通的备份文件。")
    if int.from_bytes(head[68:72], "big") != APPLICATION_ID:
        return BackupDetails(path, False, "这不是村务通的备份文件。")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return BackupDetails(path, False, f"备份文件打不开：{exc}")
    try:
        if check:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
            if result != ["ok"]:
                return BackupDetails(path, False, "备份文件已损坏（完整性检查不通过）。")
        row = conn.execute("SELECT name FROM township WHERE id=1").fetchone()
        n, last_at = conn.execute("SELECT count(*), max(at) FROM audit_log").fetchone()
        h = conn.execute("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
        names = tuple(f"{a}:{b}" for a, b in conn.execute(
            "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id"))
    except sqlite3.Error as exc:
        return BackupDetails(path, False, f"备份文件读不出来：{exc}")
    finally:
        conn.close()
    return BackupDetails(path, True, "", row[0] if row else None, int(n), h[0] if h else audit.GENESIS,
                         last_at, names)


def check_restorable(path: Path) -> BackupDetails:
    """Everything a restore needs from the file, or StoreError with the reason it is refused."""
    from villageadmin.core import migrations

    details = inspect(path, check=True)
    if not details.ok:
        raise StoreError(details.problem, code="bad_backup")
    unknown = set(details.migrations) - set(migrations.all_migration_names())
    if unknown:
        raise StoreError("这个备份由更新版本的村务通做成，当前版本不能恢复它。请先升级村务通。",
                         code="newer_version", unknown=sorted(unknown))
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        from villageadmin.core.store import Store

        report = audit.verify_chain(Store(Path(path), conn, read_only=True))
    finally:
        conn.close()
    if not report.ok:
        raise StoreError(f"这个备份的审计记录被改动过，不能恢复：{report.reason}", code="backup_tampered",
                         first_broken_id=report.first_broken_id)
    return details


def restore(store: Store, path: str | os.PathLike[str], actor: Actor, *,
            folder: str | os.PathLike[str] | None = None) -> BackupInfo | None:
    """Replace the store's data with a backup's: the current state is backed up first.

    The copy goes through the online backup API into the open store in one step, so a crash
    leaves either the old data or the backup's, never a mix. The restore itself is audited.
    Returns the backup of the state before the restore (None when the store was empty).
    """
    from villageadmin.core import migrations
    from villageadmin.core.accounts import require_admin

    if actor.user_id is not None:
        require_admin(actor)
    if store.read_only:
        raise StoreError("数据以只读方式打开，不能恢复备份。", code="read_only")
    src_path = Path(path)
    check_restorable(src_path)
    info = describe_file(src_path)
    old_head = audit.head(store)
    pre = before("restore", store, folder=folder)
    src = sqlite3.connect(f"{src_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(store.conn)
    except sqlite3.Error as exc:
        raise _backup_error(exc) from exc
    finally:
        src.close()
    store.conn.execute("PRAGMA journal_mode=WAL").fetchone()
    store.__dict__.pop("_policy_cache", None)
    migrations.apply(store)
    with store.transaction():
        audit.append(store, actor, "restore", "database", None,
                     extra={"file": src_path.name, "made_at": info.made_at.isoformat(),
                            "previous_head": old_head,
                            "pre_restore_backup": pre.path.name if pre else None})
    _last_backup.pop(_key(store), None)
    return pre
