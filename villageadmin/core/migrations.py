"""Named, ordered schema migrations: one sqlite-utils ``Migrations`` set per area.

Each area's set lives beside its code (``schema_*.py``) and is listed in ``SETS`` in the order
it must be applied. Every migration runs in its own transaction together with its record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlite_utils.migrations import Migrations

from villageadmin.core.errors import StoreError

if TYPE_CHECKING:
    from villageadmin.core.store import Store


def _sets() -> list[Migrations]:
    # Imported here so that each area's module stays the one place that defines its tables.
    from villageadmin.core import schema_base

    sets = [schema_base.migrations]
    for name in _AREA_SCHEMAS:
        module = __import__(f"villageadmin.core.{name}", fromlist=["migrations"])
        sets.append(module.migrations)
    return sets


# Area schema modules, applied after the base set in this order. Add a line per area.
_AREA_SCHEMAS: list[str] = [
    "schema_bidding",
    "schema_expenses",
    "schema_decisions",
    "schema_cadres",
    "schema_sync",
    "schema_perf",  # last: indexes over every area's tables
]


def apply(store: Store) -> None:
    for s in _sets():
        if s.pending(store.db):
            s.apply(store.db)


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


# Re-exported for area modules: ``from villageadmin.core.migrations import Migrations``.
__all__ = ["Migrations", "apply", "check_not_newer", "all_migration_names"]
