"""Open the data file: location, pragmas, ownership and version checks, transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin.core.errors import StoreError

if TYPE_CHECKING:
    import sqlite_utils

DB_FILENAME = "villageadmin.db"
# PRAGMA application_id marks the file as ours ("VADM").
APPLICATION_ID = 0x5641444D


def default_data_dir() -> Path:
    env = os.environ.get("VILLAGEADMIN_DATA")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir("VillageAdmin", appauthor=False))


def resolve_data_dir(data: str | os.PathLike[str] | None) -> Path:
    return Path(data) if data else default_data_dir()


# Called with a store about to close. The app's background worker waits here for the work it runs on the
# connection: closing a connection while another thread is inside a query crashes the process.
BEFORE_CLOSE: list[Callable[[Store], None]] = []


class Store:
    """One open data file. ``db`` is the sqlite-utils Database; ``conn`` its connection."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        self.read_only = read_only

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils' view of the connection, made when first needed (migrations): a quicker start."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    def close(self) -> None:
        for fn in BEFORE_CLOSE:
            fn(self)
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- queries -----------------------------------------------------------------
    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        cols = [d[0] for d in cur.description or ()]
        return [dict(zip(cols, row)) for row in cur.fetchall()]

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        cur = self.conn.execute(sql, params)
        row = cur.fetchone()
        if row is None:
            return None
        cols = [d[0] for d in cur.description or ()]
        return dict(zip(cols, row))

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    # -- transactions ------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """One write transaction (BEGIN IMMEDIATE); nested calls become savepoints."""
        if self.read_only:
            raise StoreError("数据以只读方式打开，不能保存修改。", code="read_only")
        if self.conn.in_transaction:
            name = f"sp_{id(self)}_{os.urandom(4).hex()}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise _store_error(exc) from exc
        try:
            yield self
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _store_error(exc).code != "sqlite":
                raise _store_error(exc) from exc  # disk full, read-only, locked: a plain message
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise _store_error(exc) from exc


def _store_error(exc: sqlite3.OperationalError) -> StoreError:
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return StoreError("数据文件夹是只读的，修改没有保存。请检查文件夹权限。", code="read_only")
    if "full" in text:
        return StoreError("磁盘空间已满，修改没有保存。请清理磁盘后再试。", code="disk_full")
    if "locked" in text or "busy" in text:
        return StoreError("数据文件正被另一个窗口使用，请稍后再试。", code="locked")
    return StoreError(f"数据文件出错：{exc}", code="sqlite")


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = f"file:{path}?mode=ro"
        # In a folder we cannot write, SQLite cannot create the -shm file a WAL reader needs; with
        # no -wal beside it the main file holds everything, so it is read as immutable.
        if not os.access(path.parent, os.W_OK) and not Path(f"{path}-wal").exists():
            uri += "&immutable=1"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    else:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
    return conn


def open_store(data: str | os.PathLike[str] | None = None, *, migrate: bool = True,
               read_only: bool = False, create: bool = True) -> Store:
    """Open (and by default create and migrate) the store in a data folder.

    Refuses, leaving the file untouched, a file that is not ours or from a newer version.
    """
    from villageadmin.core import migrations

    data_dir = resolve_data_dir(data)
    path = data_dir / DB_FILENAME
    if not path.exists():
        if not create:
            raise StoreError(f"这里没有村务通的数据：{data_dir}", code="missing")
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"无法建立数据文件夹 {data_dir}：{exc.strerror}", code="mkdir") from exc
        if not os.access(data_dir, os.W_OK):
            raise StoreError(f"数据文件夹是只读的，无法建立数据文件：{data_dir}", code="read_only")
    elif not read_only and not os.access(data_dir, os.W_OK):
        read_only = True
    _check_is_ours(path)
    try:
        conn = _connect(path, read_only=read_only)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=10000")
        if not read_only:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError("无法以 WAL 模式打开数据文件。", code="wal")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA temp_store=MEMORY")
        # A modest page cache and no memory map: the OS caches the file anyway, and the pages of a
        # memory-mapped county archive counted against the app's memory (a 1 GB file: 538 MB peak RSS
        # with every view visited; 226 MB without the map). County queries run as fast either way.
        conn.execute("PRAGMA cache_size=-16000")
        conn.execute("PRAGMA mmap_size=0")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"这不是村务通的数据文件，已原样保留：{path}（{exc}）", code="not_ours") from exc
    store = Store(path, conn, read_only=read_only)
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
        if app_id not in (0, APPLICATION_ID) or (app_id == 0 and has_tables):
            raise StoreError(f"这不是村务通的数据文件，已原样保留：{path}", code="not_ours")
        if not migrations.up_to_date(store):
            migrations.check_not_newer(store)
            if migrate and not read_only:
                if app_id == 0:
                    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
                from villageadmin.core import backup

                backup.before_migration(store)  # a file that holds data is backed up before its schema changes
                migrations.apply(store)
    except BaseException:
        conn.close()
        raise
    return store


def _check_is_ours(path: Path) -> None:
    """Look at the header bytes before SQLite touches the file (it would rewrite a WAL)."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError(f"无法读取数据文件 {path}：{exc.strerror}", code="unreadable") from exc
    if len(head) < 100 or not head.startswith(b"SQLite format 3\x00"):
        raise StoreError(f"这不是村务通的数据文件，已原样保留：{path}", code="not_ours")
    app_id = int.from_bytes(head[68:72], "big")
    if app_id not in (0, APPLICATION_ID):
        raise StoreError(f"这不是村务通的数据文件，已原样保留：{path}", code="not_ours")
    if app_id == 0:
        # Some other program's SQLite file: look (read-only) whether it has tables of its own.
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                n = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                # A new file of ours whose first pages are still only in the -wal (another window has it open).
                ours = conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"这不是村务通的数据文件，已原样保留：{path}", code="not_ours") from exc
        if n and not ours:
            raise StoreError(f"这不是村务通的数据文件，已原样保留：{path}", code="not_ours")
