"""Named, ordered schema migrations: one sqlite-utils ``Migrations`` set per area.

Each area's set lives beside its code (``schema_*.py``) and is listed in ``SETS`` in the order
it must be applied. Every migration runs in its own transaction together with its record.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from villageadmin.core.errors import StoreError

if TYPE_CHECKING:
    from villageadmin.core.store import Store

_F = TypeVar("_F", bound=Callable[..., Any])

# The digest of the schema modules' source that last migrated a file, kept in its settings table: when it
# matches this version's, nothing can be pending or unknown, and opening the file needs neither the
# schema modules nor sqlite-utils (a quicker start).
_DIGEST_KEY = "schema_code_digest"


def _sets() -> list[Migrations]:
    # Imported here so that each area's module stays the one place that defines its tables.
    from villageadmin.core import schema_base

    sets = [schema_base.migrations]
    for name in _AREA_SCHEMAS:
        module = __import__(f"villageadmin.core.{name}", fromlist=["migrations"])
        sets.append(module.migrations)
    return sets


_SHIPPED_SETS = _sets


# Area schema modules, applied after the base set in this order. Add a line per area.
_AREA_SCHEMAS: list[str] = [
    "schema_bidding",
    "schema_expenses",
    "schema_decisions",
    "schema_cadres",
    "schema_sync",
    "schema_perf",  # last: indexes over every area's tables
    "schema_perf_views",  # indexes for the register views
    "schema_summaries",  # running totals kept by triggers, for the county check
]


def _code_digest() -> str | None:
    here = Path(__file__).parent
    h = hashlib.sha256()
    for name in ["schema_base", *_AREA_SCHEMAS]:
        try:
            h.update((here / f"{name}.py").read_bytes())
        except OSError:
            return None  # no sources (a frozen build): always take the full path
    return h.hexdigest()


def up_to_date(store: Store) -> bool:
    """True when this file was migrated by code with exactly these schema modules."""
    if _sets is not _SHIPPED_SETS:
        return False  # sets added at run time (a test): take the full path
    digest = _code_digest()
    if digest is None:
        return False
    try:
        row = store.conn.execute("SELECT value FROM settings WHERE key=?", (_DIGEST_KEY,)).fetchone()
        n = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    except sqlite3.Error:
        return False
    return row is not None and row[0] == f"{digest}:{n}"


def apply(store: Store) -> None:
    for s in _sets():
        if s.pending(store.db):
            s.apply(store.db)
    digest = _code_digest()
    if digest is not None:
        n = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
        store.conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)"
                           " ON CONFLICT(key) DO UPDATE SET value=excluded.value", (_DIGEST_KEY, f"{digest}:{n}"))


def check_not_newer(store: Store) -> None:
    """Refuse a file whose applied migrations this version does not know (made by a newer app)."""
    if not store.db["_sqlite_migrations"].exists():
        return
    known = {(s.name, m.name) for s in _sets() for m in s._migrations}
    rows = store.conn.execute("SELECT migration_set, name FROM _sqlite_migrations").fetchall()
    unknown = [r for r in rows if (r[0], r[1]) not in known]
    if unknown:
        raise StoreError(
            "这个数据文件由更新版本的村务通建立，当前版本不能打开它。文件已原样保留，请先升级村务通。",
            code="newer_version",
            unknown=[f"{a}:{b}" for a, b in unknown],
        )


def all_migration_names() -> list[str]:
    return [f"{s.name}:{m.name}" for s in _sets() for m in s._migrations]


class Migrations:
    """sqlite-utils' ``Migrations``, made when first used (pending, apply): a module imported only for its
    constants (an area's schema module, for its status lists) does not import sqlite-utils."""

    def __init__(self, name: str) -> None:
        self._real: Any = None
        self.name = name
        self._registered: list[tuple[Callable[..., Any], dict[str, Any]]] = []

    def __call__(self, **options: Any) -> Callable[[_F], _F]:
        def inner(fn: _F) -> _F:
            if self._real is not None:
                self._real(**options)(fn)
            else:
                self._registered.append((fn, options))
            return fn

        return inner

    def _get(self) -> Any:
        if self._real is None:
            from sqlite_utils.migrations import Migrations as SqliteUtilsMigrations

            real = SqliteUtilsMigrations(self.name)
            for fn, options in self._registered:
                real(**options)(fn)
            self._real = real
        return self._real

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__") or attr in ("_real", "_registered", "name"):
            raise AttributeError(attr)
        return getattr(self._get(), attr)


# Re-exported for area modules: ``from villageadmin.core.migrations import Migrations``.
__all__ = ["Migrations", "apply", "check_not_newer", "all_migration_names"]
