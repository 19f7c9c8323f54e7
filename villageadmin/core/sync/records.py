"""A village's records in the village's own terms: the same on the village PC and at the township.

Each synced row is written as a list of values in column order where the row's own id and every
reference are the *village's* ids, and the village column is the village code. On the village PC
that is the row as stored; at the township the ids are mapped back through ``sync_map``. Equal
lists mean equal records, so the township can check after every import that its copy of a village
equals the village's own, table by table (``digest``).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core.sync import tables as reg

if TYPE_CHECKING:
    from villageadmin.core.store import Store


# What the schema holds, per open store, for as long as its schema version stays the same: an import
# asks for every table of every file (a county's 500 files) and the answer changes only by migration.
_SCHEMA: weakref.WeakKeyDictionary[Store, tuple[int, set[str], dict[str, list[Any]]]] = weakref.WeakKeyDictionary()


def _schema(store: Store) -> tuple[set[str], dict[str, list[Any]]]:
    version = int(store.scalar("PRAGMA schema_version"))
    got = _SCHEMA.get(store)
    if got is None or got[0] != version:
        names = {r[0] for r in store.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        got = (version, names, {})
        _SCHEMA[store] = got
    return got[1], got[2]


def _table_info(store: Store, table: str) -> list[Any]:
    infos = _schema(store)[1]
    if table not in infos:
        infos[table] = store.execute(f"PRAGMA table_info({table})").fetchall()
    return infos[table]


def columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in _table_info(store, table)]


def column_info(store: Store, table: str) -> dict[str, dict[str, Any]]:
    """name -> {type, notnull, default, pk} as SQLite declares it."""
    return {r[1]: {"type": (r[2] or "").upper(), "notnull": bool(r[3]), "default": r[4], "pk": bool(r[5])}
            for r in _table_info(store, table)}


def table_exists(store: Store, name: str) -> bool:
    return name in _schema(store)[0]


def available(store: Store) -> list[reg.SyncTable]:
    """The registry's tables that exist in this store (an area not installed is skipped)."""
    return [t for t in reg.TABLES if table_exists(store, t.name)]


def select_sql(table: reg.SyncTable, cols: list[str], *, ordered: bool = True, id_above: bool | None = None) -> str:
    """Rows of one village (ordered by id): follow the owner chain to the village column.

    ``id_above`` True or False adds a second parameter: only rows whose id is above it, or not above it."""
    sel = ", ".join(f"t0.{c}" for c in cols)
    sql = f"SELECT {sel} FROM {table.name} t0"
    alias = "t0"
    for i, (col, parent) in enumerate(reg.owner_chain(table), 1):
        sql += f" JOIN {parent} t{i} ON t{i}.id = {alias}.{col}"
        alias = f"t{i}"
    sql += f" WHERE {alias}.{reg.village_column(table)} = ?"
    if id_above is not None:
        sql += " AND t0.id > ?" if id_above else " AND t0.id <= ?"
    return sql + (" ORDER BY t0.id" if ordered else "")


def count_above(store: Store, table: reg.SyncTable, village_id: int, id_above: int) -> int:
    """How many of the village's rows of ``table`` have an id above ``id_above``."""
    return int(store.scalar(f"SELECT count(*) FROM ({select_sql(table, ['id'], ordered=False, id_above=True)})",
                            (village_id, id_above)))


# A statement in a trigger's body that writes to a table: the table's name (after any schema name).
_WRITE_TARGET = re.compile(r"\b(?:UPDATE(?:\s+OR\s+\w+)?|INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|DELETE\s+FROM)"
                           r"\s+(?:[\"`\[]?\w+[\"`\]]?\s*\.\s*)?[\"`\[]?(\w+)", re.IGNORECASE)
_AS_GIVEN: weakref.WeakKeyDictionary[Store, tuple[int, dict[str, bool]]] = weakref.WeakKeyDictionary()


def stored_as_given(store: Store, table: str) -> bool:
    """True when a row inserted into ``table`` with checked values (whole numbers in INTEGER columns, text
    in TEXT columns) reads back exactly as given: every column is INTEGER or TEXT (REAL and NUMERIC
    columns convert some values; an untyped one takes numbers with fractions, left to the read-back) and
    no trigger anywhere in the schema writes to a synced table (which could change the row after it was
    written)."""
    version = int(store.scalar("PRAGMA schema_version"))
    got = _AS_GIVEN.get(store)
    if got is None or got[0] != version:
        got = (version, {})
        _AS_GIVEN[store] = got
    answers = got[1]
    if table not in answers:
        synced = {t.name for t in reg.TABLES}
        triggers = [r[0] or "" for r in store.execute("SELECT sql FROM sqlite_master WHERE type='trigger'")]
        writes_synced = any(m.group(1).lower() in synced for sql in triggers for m in _WRITE_TARGET.finditer(sql))
        answers[table] = table_exists(store, table) and not writes_synced and all(
            _affinity(r[2] or "") in ("INTEGER", "TEXT") for r in _table_info(store, table))
    return answers[table]


def _affinity(declared: str) -> str:
    """SQLite's column affinity for a declared type (https://sqlite.org/datatype3.html, 3.1)."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if "CHAR" in t or "CLOB" in t or "TEXT" in t:
        return "TEXT"
    if "BLOB" in t or not t:
        return "BLOB"
    if "REAL" in t or "FLOA" in t or "DOUB" in t:
        return "REAL"
    return "NUMERIC"


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _c_encoder() -> Callable[[Any, int], Any] | None:
    """The C encoder ``_ENCODER.encode`` builds for every call, built once: ``"".join(it(values, 0))`` is
    ``_ENCODER.encode(values)``; None when this Python has no such encoder."""
    from json import encoder as je

    c_make_encoder = getattr(je, "c_make_encoder", None)
    if c_make_encoder is None:
        return None
    try:  # the same arguments JSONEncoder.iterencode passes (no circular check: rows are flat values)
        make: Callable[[Any, int], Any] = c_make_encoder(None, _ENCODER.default, je.encode_basestring, None, ":",
                                                          ",", False, False, True)
        sample = [1, -2, "会议 \"记录\"\n\t\x01", None, 1.5, True, {"a": [1, 2]}]
        if "".join(make(sample, 0)) != _ENCODER.encode(sample):
            return None
    except TypeError:  # another Python's signature
        return None
    return make


def _fast_encoder(make: Callable[[Any, int], Any] | None) -> Callable[[Any], str]:
    if make is None:
        return _ENCODER.encode
    join = "".join
    return lambda values: join(make(values, 0))


_make = _c_encoder()
_encode = _fast_encoder(_make)


def encode(values: Any) -> str:
    """One row as the compact JSON line it travels as."""
    return _encode(values)


def line_hash(table: str, line: str) -> str:
    return hashlib.sha256(f"{table}\n{line}".encode()).hexdigest()


def row_hash(table: str, values: list[Any]) -> str:
    return line_hash(table, encode(values))


def digest(hashes: dict[int, str]) -> str:
    text = "".join([f"{sid}:{h}\n" for sid, h in sorted(hashes.items())])  # the same bytes, hashed at once
    return hashlib.sha256(text.encode("ascii")).hexdigest()


@dataclass
class Translator:
    """Local ids -> the village's ids (identity on the village PC; through sync_map at the township)."""

    store: Store
    village_id: int
    village_code: str
    mapped: bool
    _cache: dict[str, dict[int, int]]
    unmapped: dict[str, int] = field(default_factory=dict)

    @classmethod
    def for_village(cls, store: Store, village_id: int) -> Translator:
        code = store.scalar("SELECT code FROM villages WHERE id=?", (village_id,))
        mapped = store.one("SELECT id FROM sync_peers WHERE village_id=?", (village_id,)) is not None
        return cls(store, village_id, str(code), mapped, {})

    def pending(self, table: str) -> dict[int, dict[str, Any]]:
        """Township decisions the village has not applied yet: local id -> the village's values."""
        if not self.mapped or not table_exists(self.store, "sync_reviews"):
            return {}
        return {r[0]: json.loads(r[1]) for r in self.store.execute(
            "SELECT local_id, old_values FROM sync_reviews WHERE village_id=? AND tbl=? AND acknowledged_at IS NULL",
            (self.village_id, table))}

    def existing(self, table: reg.SyncTable) -> set[int]:
        """Ids (local) of the village's rows of ``table``: for references that may dangle."""
        return {r[0] for r in self.store.execute(select_sql(table, ["id"]), (self.village_id,))}

    def back(self, table: str) -> dict[int, int] | None:
        """local id -> source id, or None for identity."""
        if not self.mapped:
            return None
        if table not in self._cache:
            self._cache[table] = {loc: src for src, loc in self.store.execute(
                "SELECT source_id, local_id FROM sync_map WHERE village_id=? AND tbl=?", (self.village_id, table))}
        return self._cache[table]


def canonical_rows(store: Store, table: reg.SyncTable, village_id: int, cols: list[str],
                   tr: Translator | None = None, *, ordered: bool = True,
                   id_up_to: int | None = None) -> Iterator[tuple[int, list[Any]]]:
    """(village's id, canonical values) for each of the village's rows of ``table`` (by id unless
    ``ordered`` is false; only rows whose (local) id is at most ``id_up_to`` if given)."""
    if id_up_to is None:
        found = store.execute(select_sql(table, cols, ordered=ordered), (village_id,))
    else:
        found = store.execute(select_sql(table, cols, ordered=ordered, id_above=False), (village_id, id_up_to))
    first = found.fetchone()
    if first is None:
        return  # no rows: no need to look up how their references map back
    tr = tr or Translator.for_village(store, village_id)
    own = tr.back(table.name)
    idx = {c: i for i, c in enumerate(cols)}
    plan: list[tuple[int, dict[int, int] | None, set[int] | None]] = []
    known = reg.by_name()
    for col, target in table.refs.items():
        if col in idx:
            alive = tr.existing(known[target]) if col in table.soft_refs and target in known else None
            plan.append((idx[col], tr.back(target), alive))
    for col, shared in table.shared.items():
        if col in idx:
            key = reg.SHARED[shared].key
            plan.append((idx[col], tr.back(shared) if key == "id" else None, None))
    vcol = idx.get(table.village) if table.village else None
    undo = tr.pending(table.name) if table.township_columns else {}
    id_at = idx["id"]
    for row in itertools.chain((first,), found):
        values = list(row)
        lid = values[id_at]
        sid = lid
        if own is not None:
            if lid not in own:
                # Entered at the township itself, not received from the village: not the village's record.
                tr.unmapped[table.name] = tr.unmapped.get(table.name, 0) + 1
                continue
            sid = own[lid]
            values[id_at] = sid
        for i, back, alive in plan:
            v = values[i]
            if v is None:
                continue
            if alive is not None and v not in alive:
                values[i] = None  # points at a row the village deleted: travels as null
            elif back is not None:
                values[i] = back.get(v, -v)
        if vcol is not None:
            values[vcol] = tr.village_code
        if lid in undo:
            for c, v in undo[lid].items():
                if c in idx:
                    values[idx[c]] = v
        yield sid, values


def shared_rows(store: Store, shared: reg.SharedTable, keys: set[Any]) -> list[list[Any]]:
    if not keys or not table_exists(store, shared.name):
        return []
    cols = ", ".join(shared.columns)
    out = []
    for key in sorted(keys, key=str):
        row = store.execute(f"SELECT {cols} FROM {shared.name} WHERE {shared.key}=?", (key,)).fetchone()
        if row is not None:
            out.append(list(row))
    return out


def view(store: Store, village_id: int) -> dict[str, dict[int, tuple[Any, ...]]]:
    """The village's records, table -> village's id -> values: compare two stores record by record."""
    tr = Translator.for_village(store, village_id)
    out: dict[str, dict[int, tuple[Any, ...]]] = {}
    for t in available(store):
        cols = columns(store, t.name)
        out[t.name] = {sid: tuple(vals) for sid, vals in canonical_rows(store, t, village_id, cols, tr)}
    return out


def row_hashes(table: str, rows: Iterable[tuple[int, list[Any]]]) -> dict[int, str]:
    """id -> ``row_hash(table, values)`` of (id, canonical values) pairs."""
    prefix = f"{table}\n"  # row_hash(table, vals), spelled out: this runs for every row of a village
    sha256, join, make = hashlib.sha256, "".join, _make
    if make is None:
        enc = _encode
        return {sid: sha256((prefix + enc(vals)).encode()).hexdigest() for sid, vals in rows}
    return {sid: sha256((prefix + join(make(vals, 0))).encode()).hexdigest() for sid, vals in rows}


def line_hashes(table: str, ids: Iterable[int], lines: Iterable[str]) -> dict[int, str]:
    """id -> ``line_hash(table, line)`` of rows whose lines (as they travel) are known."""
    prefix = f"{table}\n"
    sha256 = hashlib.sha256
    return {sid: sha256((prefix + line).encode()).hexdigest() for sid, line in zip(ids, lines)}


def digests(store: Store, village_id: int, cols_by_table: dict[str, list[str]],
            tr: Translator | None = None) -> dict[str, str]:
    tr = tr or Translator.for_village(store, village_id)
    reg_tables = reg.by_name()
    return {name: digest(row_hashes(name, canonical_rows(store, reg_tables[name], village_id, cols, tr,
                                                         ordered=False)))
            for name, cols in cols_by_table.items()}
