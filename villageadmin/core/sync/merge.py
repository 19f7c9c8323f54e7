"""Merging a checked village file into the township's archive (inside the caller's transaction).

The village's ids are kept in ``sync_map`` beside the archive's own ids, so thirty villages'
meeting number 1 never collide. Order: drop what the village deleted (children first), match
township-level list entries, give new rows their archive ids, then write parents before children;
a reference to a row written later (a cycle such as cadre <-> reserve candidate) is filled in by
a second pass. Finally the archive's copy is compared with the village's digests: any difference
aborts the whole merge.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core.sync import records
from villageadmin.core.sync import tables as reg
from villageadmin.core.sync.container import Refused

if TYPE_CHECKING:
    from villageadmin.core.store import Store
    from villageadmin.core.sync.incoming import Bundle

_CHUNK = 500


@dataclass
class TableChange:
    new: int = 0
    changed: int = 0
    deleted: int = 0

    @property
    def any(self) -> bool:
        return bool(self.new or self.changed or self.deleted)


@dataclass
class MergeResult:
    tables: dict[str, TableChange] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return any(c.any for c in self.tables.values())


def _chunks(items: list[Any]) -> list[list[Any]]:
    return [items[i:i + _CHUNK] for i in range(0, len(items), _CHUNK)]


def merge(store: Store, b: Bundle) -> MergeResult:
    assert store.conn.in_transaction
    known = reg.by_name()
    order = [name for name in reg.order() if name in b.columns]
    vid = b.village_id
    maps: dict[str, dict[int, int]] = {}
    for name in [*order, *reg.SHARED]:
        maps[name] = {s: loc for s, loc in store.execute(
            "SELECT source_id, local_id FROM sync_map WHERE village_id=? AND tbl=?", (vid, name))}
    result = MergeResult({name: TableChange() for name in order})
    # Township review decisions of this archive's own (the trigger must not take the village's for new ones).
    store.execute("UPDATE sync_state SET merging=1 WHERE id=1")
    affected: dict[str, set[int]] = {name: set() for name in order}
    deleted: dict[str, set[int]] = {name: set() for name in order}

    def mark_refs(table: reg.SyncTable, cols: list[str], rows: list[tuple[Any, ...]]) -> None:
        for i, col in enumerate(cols):
            target = table.refs.get(col)
            if target in affected and target is not None and known[target].after_merge:
                affected[target].update(r[i] for r in rows if r[i] is not None)

    # 1. What the village no longer has, children first.
    for name in reversed(order):
        t = known[name]
        gone = [s for s in maps[name] if s not in b.ids[name]]
        if not gone:
            continue
        ref_cols = [c for c in t.refs if c in b.columns[name]]
        for chunk in _chunks(gone):
            local = [maps[name][s] for s in chunk]
            marks = ",".join("?" * len(local))
            if ref_cols:
                mark_refs(t, ref_cols, [tuple(r) for r in store.execute(
                    f"SELECT {', '.join(ref_cols)} FROM {name} WHERE id IN ({marks})", local)])
            store.execute(f"DELETE FROM {name} WHERE id IN ({marks})", local)
            store.execute(f"DELETE FROM sync_map WHERE village_id=? AND tbl=? AND source_id IN ({marks})",
                          [vid, name, *chunk])
            deleted[name].update(local)
        for s in gone:
            del maps[name][s]
        result.tables[name].deleted = len(gone)

    # 2. Township-level lists (staff, project kinds): match the township's own entry or add one.
    shared_local = _match_shared(store, b, maps, result)

    # 3. Archive ids for rows new to the archive: above every id the table has now.
    new_local: dict[str, set[int]] = {}
    id_before: dict[str, int] = {}  # the table's highest id before the merge
    for name in order:
        id_before[name] = int(store.scalar(f"SELECT coalesce(max(id), 0) FROM {name}"))
        next_id = id_before[name] + 1
        own = maps[name]
        if not own:  # none of the village's rows here yet (its first file): the next ids, in the file's order
            sids = _ids(b, name)
            lids = range(next_id, next_id + len(sids))
            own.update(zip(sids, lids))
            new_local[name] = set(lids)
            # One statement for the lot (SQLite reads the ids from one JSON list): half the time of a
            # statement per row.
            store.execute("INSERT INTO sync_map (village_id, tbl, source_id, local_id)"
                          " SELECT ?, ?, value, ? + key FROM json_each(?)", (vid, name, next_id, json.dumps(sids)))
            continue
        taken = set(own.values())
        fresh: list[tuple[int, str, int, int]] = []
        for sid in _ids(b, name):
            if sid not in own:
                while next_id in taken:
                    next_id += 1
                own[sid] = next_id
                fresh.append((vid, name, sid, next_id))
                next_id += 1
        new_local[name] = {f[3] for f in fresh}
        store.conn.executemany("INSERT INTO sync_map (village_id, tbl, source_id, local_id) VALUES (?,?,?,?)", fresh)

    # 4. Write rows, parents first; forward references wait for the second pass.
    pending_new = {name: set(ids) for name, ids in new_local.items()}
    second_pass: list[tuple[str, str, Any, int]] = []
    for name in order:
        t = known[name]
        cols = b.columns[name]
        idx = {c: i for i, c in enumerate(cols)}
        deferred = {c for c in reg.deferred_refs(t) if c in idx}
        current: dict[int, tuple[Any, ...]] = {}
        fresh_here = new_local[name]
        if len(fresh_here) == len(b.rows[name]):  # every row new to the archive: written a column at a time
            _write_new(store, b, t, maps, shared_local, pending_new, second_pass, affected, result)
            continue
        mapped_here = [lid for lid in (maps[name][r[idx["id"]]] for r in b.rows[name]) if lid not in fresh_here]
        for chunk in _chunks(mapped_here):
            marks = ",".join("?" * len(chunk))
            for r in store.execute(f"SELECT {', '.join(cols)} FROM {name} WHERE id IN ({marks})", chunk):
                current[r[idx["id"]]] = tuple(r)
        insert_sql = f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        set_cols = [c for c in cols if c != "id"]
        update_sql = f"UPDATE {name} SET {', '.join(f'{c}=?' for c in set_cols)} WHERE id=?"
        ref_cols = [c for c in t.refs if c in idx]
        pending: dict[int, str] = {}
        if t.township_columns:
            pending = {r[0]: r[1] for r in store.execute(
                "SELECT local_id, decided_at FROM sync_reviews WHERE village_id=? AND tbl=? AND acknowledged_at IS NULL",
                (vid, name))}
        decided_col = idx.get("township_reviewed_at")
        # Parents of the rows written whose derived data (search index) must follow.
        hooked = [(idx[c], t.refs[c]) for c in ref_cols if known[t.refs[c]].after_merge]
        inserts: list[list[Any]] = []
        updates: list[list[Any]] = []
        # The row's own id, its village and its references, re-keyed: (position, source -> local).
        id_at = idx["id"]
        own = maps[name]
        vcol = idx[t.village] if t.village is not None and t.village in idx else None
        rekey = [(idx[col], maps[t.refs[col]]) for col in ref_cols]
        rekey += [(idx[col], shared_local[sname]) for col, sname in t.shared.items() if col in idx]
        later = [(col, idx[col], t.refs[col]) for col in deferred]
        track = t.after_merge is not None  # only tables with derived data need their touched rows
        change = result.tables[name]
        for row in b.rows[name]:
            local = list(row)
            lid = own[row[id_at]]
            local[id_at] = lid
            if vcol is not None:
                local[vcol] = vid
            for i, to_local in rekey:
                v = row[i]
                if v is not None:
                    local[i] = to_local[v]
            old = current.get(lid) if current else None
            if old is not None and lid in pending:
                if decided_col is not None and row[decided_col] is not None:
                    # The village has applied the township's decision: it is no longer pending.
                    store.execute("UPDATE sync_reviews SET acknowledged_at=datetime('now', 'localtime')"
                                  " WHERE tbl=? AND local_id=?", (name, lid))
                else:
                    # Not yet applied there: the township's own decision stays in its copy.
                    for c in t.township_columns:
                        if c in idx:
                            local[idx[c]] = old[idx[c]]
            final = tuple(local)
            if old == final:
                continue
            # Updates of this table run before its inserts; inserts run in id order. A reference
            # to a row of this table not written by then is filled in by the second pass.
            for col, i, target in later:
                target_local = final[i]
                waiting = new_local[name] if old is not None and target == name else pending_new[target]
                if target_local is not None and target_local in waiting:
                    local[i] = None
                    second_pass.append((name, col, target_local, lid))
            if old is None:
                inserts.append(local)
                if later:
                    pending_new[name].discard(lid)  # later inserts of this table may point at it
                change.new += 1
            else:
                updates.append([local[idx[c]] for c in set_cols] + [lid])
                change.changed += 1
                for i, target in hooked:
                    if old[i] is not None:
                        affected[target].add(old[i])
            if track:
                affected[name].add(lid)
            for i, target in hooked:
                if final[i] is not None:
                    affected[target].add(final[i])
        store.conn.executemany(update_sql, updates)
        store.conn.executemany(insert_sql, inserts)
        pending_new[name] = set()
    for name, col, value, lid in second_pass:
        store.execute(f"UPDATE {name} SET {col}=? WHERE id=?", (value, lid))

    # 5. Derived data (search index …) of the touched records.
    for name in order:
        hook = known[name].after_merge
        if hook and (affected[name] or deleted[name]):
            mod, fn = hook.split(":")
            getattr(importlib.import_module(mod), fn)(store, vid, affected[name] - deleted[name], deleted[name])

    store.execute("UPDATE sync_state SET merging=0 WHERE id=1")
    # 6. The archive's copy must now equal the village's own, table by table.
    _check_copy(store, b, order, maps, id_before, new_local, result)
    return result


def _rekeyed(values: tuple[Any, ...], to_local: dict[Any, Any]) -> list[Any]:
    """A column of the village's references as the archive's (None stays None)."""
    if None in values:
        return [None if v is None else to_local[v] for v in values]
    return list(map(to_local.__getitem__, values))


def _write_new(store: Store, b: Bundle, t: reg.SyncTable, maps: dict[str, dict[int, int]],
               shared_local: dict[str, dict[Any, Any]], pending_new: dict[str, set[int]],
               second_pass: list[tuple[str, str, Any, int]], affected: dict[str, set[int]],
               result: MergeResult) -> None:
    """Step 4 for a table whose rows in the file are all new to the archive: the same rows, references and
    second-pass entries as the row-by-row loop in ``merge``, worked out a column at a time."""
    known = reg.by_name()
    name, cols, rows = t.name, b.columns[t.name], b.rows[t.name]
    idx = {c: i for i, c in enumerate(cols)}
    n = len(rows)
    by_column = b.column_values.get(name)
    if by_column is None:
        by_column = list(zip(*rows)) if rows else [() for _ in cols]
    own = maps[name]
    # The columns written with other values than the file's: position -> the values.
    lids = list(map(own.__getitem__, by_column[idx["id"]]))  # rising, in the file's order (step 3)
    written: dict[int, list[Any]] = {idx["id"]: lids}
    if t.village is not None and t.village in idx:
        written[idx[t.village]] = [b.village_id] * n
    ref_cols = [c for c in t.refs if c in idx]
    for col in ref_cols:
        written[idx[col]] = _rekeyed(by_column[idx[col]], maps[t.refs[col]])
    for col, sname in t.shared.items():
        if col in idx:
            written[idx[col]] = _rekeyed(by_column[idx[col]], shared_local[sname])
    # Parents whose derived data (search index) must follow: the references as written in the end.
    for col in ref_cols:
        target = t.refs[col]
        if known[target].after_merge:
            affected[target].update(v for v in written[idx[col]] if v is not None)
    if t.after_merge is not None:
        affected[name].update(lids)
    # A reference to a row not written yet (a later table's, or a later row of this one) waits for the
    # second pass; the rows are written in id order, so a row of this table at or after this one.
    waits: list[tuple[int, int, tuple[str, str, Any, int]]] = []
    for j, col in enumerate(sorted(reg.deferred_refs(t) & set(idx), key=list(idx).index)):
        target, values = t.refs[col], written[idx[col]]
        waiting = pending_new[target]
        for k, v in enumerate(values if waiting else ()):
            if v is not None and v in waiting and (target != name or v >= lids[k]):
                values[k] = None
                waits.append((k, j, (name, col, v, lids[k])))
    waits.sort(key=lambda w: w[:2])
    second_pass.extend(w[2] for w in waits)
    store.conn.executemany(f"INSERT INTO {name} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                           zip(*(written.get(i, values) for i, values in enumerate(by_column))))
    result.tables[name].new += n
    pending_new[name] = set()


def _check_copy(store: Store, b: Bundle, order: list[str], maps: dict[str, dict[int, int]],
                id_before: dict[str, int], new_local: dict[str, set[int]], result: MergeResult) -> None:
    """Refuse (the caller's transaction is undone) unless the archive's copy of every table equals the
    village's own: its digest over the village's rows in the village's terms.

    Rows this merge wrote new (ids above the table's highest before it) are the file's rows, checked
    value by value: when SQLite keeps such values as given (``records.stored_as_given``) and every
    reference maps one-to-one, their canonical form is the file's row itself, hashed from the file, and
    a count in SQL proves each of them was written and belongs to the village. Every other row of the
    village is read back from the archive (which is what finds a copy changed behind the app's back)."""
    known = reg.by_name()
    vid = b.village_id
    tr = records.Translator.for_village(store, vid)
    one_to_one: dict[str, bool] = {}

    def injective(target: str) -> bool:
        if target not in one_to_one:
            m = maps.get(target, {})
            one_to_one[target] = len(set(m.values())) == len(m)
        return one_to_one[target]

    mismatch: list[str] = []
    for name in b.columns:  # the file's order: the notes' order
        t = known[name]
        cols = b.columns[name]
        rows, lines, ids = b.rows[name], b.lines.get(name), _ids(b, name)
        if len(new_local[name]) < len(rows):  # some rows were in the archive already: only the new ones
            own, above = maps[name], id_before[name]
            keep = [k for k, sid in enumerate(ids) if own[sid] > above]
            rows, ids = [rows[k] for k in keep], [ids[k] for k in keep]
            lines = [lines[k] for k in keep] if lines is not None else None
        from_file = (bool(rows) and records.stored_as_given(store, name)
                     and all(injective(target) for target in t.refs.values())
                     and all(injective(s) for s in t.shared.values() if reg.SHARED[s].key == "id"))
        new_hashes: dict[int, str] = {}
        canonical = None
        if from_file:
            canonical = _as_village_has(store, b, t, rows, maps, tr)
            if canonical is not None or lines is None:
                new_hashes = records.row_hashes(name, canonical or zip(ids, rows))
            else:  # the rows as they are: the lines they were read from are their text
                new_hashes = records.line_hashes(name, ids, lines)
            if records.count_above(store, t, vid, id_before[name]) != len(rows):
                mismatch.append(name)
        read = records.canonical_rows(store, t, vid, cols, tr, ordered=False,
                                      id_up_to=id_before[name] if from_file else None)
        hashes = records.row_hashes(name, read)
        if records.digest({**hashes, **new_hashes} if hashes else new_hashes) != b.digests[name]:
            if from_file and canonical is None and lines is not None:
                # A line that is not the row's usual spelling (same values): hash the values themselves.
                new_hashes = records.row_hashes(name, zip(ids, rows))
                if records.digest({**hashes, **new_hashes}) == b.digests[name]:
                    continue
            mismatch.append(name)
    for name, n in tr.unmapped.items():
        result.notes.append(f"本机另有{b.village_name}的 {n} 条“{known[name].label}”是在乡镇录入的，不是村里报送的，村里没有这些记录。")
    for name in order:
        if name in mismatch:
            raise Refused("mismatch_after_merge",
                          f"合并后本机的“{known[name].label}”与{b.village_name}的不一致，已全部撤销，什么都没有改动。"
                          "请让村里选择“导出全部记录”重新导出。")


def _ids(b: Bundle, name: str) -> Sequence[int]:
    """The (village's) ids of the file's rows of ``name``, in the file's order."""
    id_at = b.columns[name].index("id")
    by_column = b.column_values.get(name)
    return by_column[id_at] if by_column is not None else [r[id_at] for r in b.rows[name]]


def _as_village_has(store: Store, b: Bundle, t: reg.SyncTable, rows: list[list[Any]],
                    maps: dict[str, dict[int, int]], tr: records.Translator) -> list[tuple[int, list[Any]]] | None:
    """(village's id, canonical values) of rows just written from the file, as ``records.canonical_rows``
    would read them back, where that is not the file's row itself (None when it is): a reference to a
    row the village no longer has (``soft_refs``) travels as null, and a township decision the village
    has not applied yet (``township_columns``) as the village's values."""
    cols = b.columns[t.name]
    idx = {c: i for i, c in enumerate(cols)}
    id_at = idx["id"]
    soft = [(idx[c], maps[t.refs[c]], tr.existing(reg.by_name()[t.refs[c]])) for c in t.soft_refs
            if c in idx and t.refs.get(c) in reg.by_name()]
    undo = tr.pending(t.name) if t.township_columns else {}
    own = maps[t.name]
    out = []
    changed = False
    for row in rows if soft or undo else ():
        values = list(row)
        for i, to_local, alive in soft:
            if values[i] is not None and to_local[values[i]] not in alive:
                values[i] = None
        for c, v in undo.get(own[row[id_at]], {}).items():
            if c in idx:
                values[idx[c]] = v
        changed = changed or values != row
        out.append((row[id_at], values))
    return out if changed else None


def _match_shared(store: Store, b: Bundle, maps: dict[str, dict[int, int]],
                  result: MergeResult) -> dict[str, dict[Any, Any]]:
    out: dict[str, dict[Any, Any]] = {}
    added: dict[str, list[str]] = {}
    for sname, s in reg.SHARED.items():
        resolved: dict[Any, Any] = dict(maps.get(sname, {})) if s.key == "id" else {}
        if s.key != "id" and records.table_exists(store, sname):
            resolved.update({r[0]: r[0] for r in store.execute(f"SELECT {s.key} FROM {sname}")})
        for row in b.shared.get(sname, []):
            vals = dict(zip(s.columns, row))
            src = vals[s.key]
            if src in resolved:
                continue
            where = " AND ".join(f"{c}=?" for c in s.match)
            params = [vals[c] for c in s.match]
            if s.key == "id" and resolved:
                # Two of the village's entries never share one of ours: the mapping stays one-to-one.
                where += f" AND id NOT IN ({','.join('?' * len(resolved))})"
                params += list(resolved.values())
            order_by = " ORDER BY active DESC, id" if "active" in records.columns(store, sname) else ""
            hit = store.one(f"SELECT {s.key} FROM {sname} WHERE {where}{order_by} LIMIT 1", params)
            if hit is not None:
                local = hit[s.key]
            else:
                cur = store.execute(f"INSERT INTO {sname} ({', '.join(s.create)}) VALUES ({', '.join('?' * len(s.create))})",
                                    [vals[c] for c in s.create])
                local = cur.lastrowid if s.key == "id" else src
                added.setdefault(sname, []).append(str(vals[s.match[0]]))
            resolved[src] = local
            if s.key == "id":
                store.execute("INSERT INTO sync_map (village_id, tbl, source_id, local_id) VALUES (?,?,?,?)",
                              (b.village_id, sname, src, local))
                maps.setdefault(sname, {})[src] = local
        out[sname] = resolved
    for sname, names in added.items():
        shown = "、".join(names[:6]) + ("等" if len(names) > 6 else "")
        result.notes.append(f"{_SHARED_LABELS.get(sname, sname)}里新加了 {len(names)} 项：{shown}，请核对。")
    return out


_SHARED_LABELS = {"township_staff": "乡镇人员名单", "project_kinds": "工程类别"}
