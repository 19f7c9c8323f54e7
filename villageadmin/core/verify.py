"""Tamper evidence: is the data file whole, is the audit chain unbroken, do the records still say
what their audit history says?

Every audited change stores the record's state after the change (``after``) in its hash-chained
audit entry. A record edited behind the app's back (for example an approved amount changed with
a SQLite tool) no longer matches the ``after`` of its newest entry, and a record deleted behind
its back no longer exists although its newest entry is not a deletion. ``full`` checks all of
this (``villageadmin verify``); ``quick`` is the start-up check: the newest part of the chain and
the main columns of every audited record, in a few SQL queries.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit

if TYPE_CHECKING:
    from villageadmin.core.store import Store

QUICK_CHAIN_ENTRIES = 500


@dataclass
class Problem:
    kind: str  # "integrity" | "chain" | "schema" | "changed" | "deleted" | "reappeared"
    message: str
    audit_id: int | None = None
    entity: str | None = None
    entity_id: int | None = None


@dataclass
class VerifyReport:
    mode: str  # "full" | "quick"
    integrity: str = "ok"
    audit_entries: int = 0
    checked: dict[str, int] = field(default_factory=dict)  # entity -> records compared with their history
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        return self.problems[0] if self.problems else None

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "mode": self.mode, "integrity": self.integrity,
                "audit_entries": self.audit_entries, "checked": self.checked,
                "problems": [p.__dict__ for p in self.problems]}


@dataclass(frozen=True)
class Audited:
    """A kind of record whose audit entries carry its state in ``after``.

    Replaying a record's entries (each ``after`` updates the state; ``create`` and ``delete`` start
    over) gives the state the app last wrote. Meetings log their whole state each time, expenses
    only what each step changed (approval, payment…): the replay covers both.
    """

    entity: str
    label: str  # how people call one record, e.g. 会议记录
    table: str
    # Columns the quick check compares, each with the newest entry that set it.
    columns: tuple[str, ...]
    # Full check: the record's current state, shaped like the audit ``after`` (None if gone).
    snapshot: Callable[[Store, int], dict[str, Any] | None]
    # Parts of the state that other, separately audited changes may legitimately alter.
    stable: Callable[[dict[str, Any]], dict[str, Any]] = lambda d: d


def _row_snapshot(table: str) -> Callable[[Store, int], dict[str, Any] | None]:
    def snap(store: Store, entity_id: int) -> dict[str, Any] | None:
        return store.one(f"SELECT * FROM {table} WHERE id=?", (entity_id,))
    return snap


def _meeting_snapshot(store: Store, meeting_id: int) -> dict[str, Any] | None:
    from villageadmin.core import meetings
    from villageadmin.core.errors import NotFound

    try:
        return meetings._snapshot(store, meeting_id)
    except NotFound:
        return None


def _meeting_stable(snap: dict[str, Any]) -> dict[str, Any]:
    # A resolution's status is set by the follow-up at a later meeting (audited with that meeting).
    out = dict(snap)
    out["resolutions"] = [{k: v for k, v in r.items() if k not in ("status", "closed_on", "closed_meeting_id")}
                          for r in snap.get("resolutions", [])]
    return out


MEETING_COLUMNS = ("village_id", "kind", "held_on", "start_time", "place", "host", "recorder", "topic",
                   "discussion", "updated_at")
EXPENSE_COLUMNS = ("village_id", "kind", "spent_on", "amount_fen", "payee", "status", "reverses_id",
                   "village_approver_name", "village_approved_at", "township_reviewed_at", "paid_on", "paid_by")
# How people call the fields a message may name.
FIELD_LABELS = {
    "amount_fen": "金额", "status": "状态", "payee": "收款人", "purpose": "用途", "kind": "类别",
    "spent_on": "日期", "paid_on": "支付日期", "paid_by": "付款人", "village_id": "所属村", "held_on": "开会日期",
    "topic": "会议主题", "discussion": "讨论内容", "place": "开会地点", "host": "主持人", "recorder": "记录人",
    "village_approver_name": "审批人", "village_approved_at": "审批时间", "township_reviewed_at": "乡镇审核时间",
    "reverses_id": "冲销的开支",
}


def audited_kinds(store: Store | None = None) -> list[Audited]:
    """The audited record kinds of the areas present in this data file."""
    kinds = [Audited("meeting", "会议记录", "meetings", MEETING_COLUMNS, _meeting_snapshot, _meeting_stable)]
    kinds.append(Audited("expense", "开支记录", "expenses", EXPENSE_COLUMNS, _row_snapshot("expenses")))
    if store is not None:
        kinds = [k for k in kinds if _table_exists(store, k.table)]
    return kinds


# -- checks ------------------------------------------------------------------------------------
def integrity(store: Store, *, quick: bool = False) -> str:
    try:
        rows = store.conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    text = "; ".join(str(r[0]) for r in rows[:5])
    return "ok" if text == "ok" else text


def _chain(store: Store, report: VerifyReport, last: int | None) -> None:
    chain = audit.verify_chain(store, last=last)
    report.audit_entries = int(store.scalar("SELECT count(*) FROM audit_log") or 0)
    if not chain.ok:
        report.problems.append(Problem("chain", chain.reason, chain.first_broken_id, "audit_log",
                                       chain.first_broken_id))


def _guards(store: Store, report: VerifyReport) -> None:
    """The triggers that protect committed money must be there, as the migrations made them."""
    from villageadmin.core import migrations

    expected = _expected_triggers()
    present = {name: sql for name, sql in store.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger'")}
    # A file not yet upgraded may hold an older version of a trigger: then only its presence counts.
    upgraded = not any(s.pending(store.db) for s in migrations._sets())
    for name, sql in sorted(expected.items()):
        table = store.scalar("SELECT tbl_name FROM sqlite_master WHERE type='trigger' AND name=?", (name,))
        if name not in present:
            if _guarded_table_exists(store, sql):
                report.problems.append(Problem("schema", f"保护数据的触发器 {name} 被删除了（数据库在软件之外被改动过）",
                                               entity="trigger"))
        elif upgraded and _norm(present[name]) != _norm(sql) and table:
            report.problems.append(Problem("schema", f"保护数据的触发器 {name} 被改动过（数据库在软件之外被改动过）",
                                           entity="trigger"))


def _norm(sql: str | None) -> str:
    return " ".join((sql or "").split())


def _guarded_table_exists(store: Store, trigger_sql: str) -> bool:
    words = _norm(trigger_sql).split()
    try:
        table = words[words.index("ON") + 1]
    except (ValueError, IndexError):
        return False
    return _table_exists(store, table)


_trigger_cache: dict[str, str] | None = None


def _expected_triggers() -> dict[str, str]:
    """The triggers this version's migrations create (applied once to an in-memory database)."""
    global _trigger_cache
    if _trigger_cache is None:
        from villageadmin.core import migrations
        from villageadmin.core.store import Store

        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            mem = Store(Path(":memory:"), conn)
            for s in migrations._sets():
                s.apply(mem.db)
            _trigger_cache = {n: q for n, q in conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")}
        finally:
            conn.close()
    return dict(_trigger_cache)


def _imports_by_village(store: Store) -> dict[int, int]:
    """The newest import audit entry per village: records a village's file replaced after their own
    last entry are judged by that file (checked by the import), not by their local history."""
    return {vid: mid for vid, mid in store.conn.execute(
        "SELECT village_id, max(id) FROM audit_log WHERE entity='sync_bundle' AND action='import'"
        " AND village_id IS NOT NULL GROUP BY village_id")}


def _replay(store: Store, kind: Audited) -> dict[int, tuple[dict[str, Any] | None, dict[str, int], int, int | None]]:
    """entity id → (state or None if deleted, audit id that last set each field, last audit id, village)."""
    states: dict[int, tuple[dict[str, Any] | None, dict[str, int], int, int | None]] = {}
    for entity_id, audit_id, action, village_id, detail_text in store.conn.execute(
            "SELECT entity_id, id, action, village_id, detail FROM audit_log WHERE entity=? AND entity_id IS NOT NULL"
            " ORDER BY id", (kind.entity,)):
        state, setters, _, _ = states.get(entity_id, (None, {}, 0, None))
        if action == "delete":
            states[entity_id] = (None, {}, audit_id, village_id)
            continue
        detail = json.loads(detail_text)
        after = detail.get("after")
        if not isinstance(after, dict):
            states[entity_id] = (state, setters, audit_id, village_id)
            continue
        if action == "create" or state is None:
            state, setters = {}, {}
        state = {**state, **after}
        setters = {**setters, **{k: audit_id for k in after}}
        states[entity_id] = (state, setters, audit_id, village_id)
    return states


def _describe(kind: Audited, entity_id: int, audit_id: int, path: str, was: Any, now: Any) -> str:
    column = path.split(".")[0].split("[")[0]
    label = FIELD_LABELS.get(column, path)
    if column.endswith("_fen") and isinstance(was, int) and isinstance(now, int):
        from villageadmin.core.money import fmt_yuan

        was_text, now_text = f"{fmt_yuan(was)} 元", f"{fmt_yuan(now)} 元"
    else:
        was_text, now_text = _short(was), _short(now)
    return (f"{kind.label}（编号 {entity_id}）与第 {audit_id} 条审计记录不符：{label}在审计记录里是 {was_text}，"
            f"现在是 {now_text}（记录在软件之外被改动过）")


def _short(v: Any) -> str:
    s = json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else f"“{v}”"
    return s if len(s) <= 40 else s[:38] + "…"


def _first_difference(a: Any, b: Any, path: str = "") -> tuple[str, Any, Any] | None:
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b), key=str):
            d = _first_difference(a.get(k), b.get(k), f"{path}.{k}" if path else str(k))
            if d:
                return d
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return (f"{path} 的条数", len(a), len(b))
        for i, (x, y) in enumerate(zip(a, b)):
            d = _first_difference(x, y, f"{path}[{i + 1}]")
            if d:
                return d
        return None
    return None if a == b else (path, a, b)


def _canonical(value: Any) -> Any:
    """Round-trip through JSON, as the audit entry did, so types compare alike."""
    return json.loads(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _gone(kind: Audited, entity_id: int, audit_id: int) -> Problem:
    return Problem("deleted", f"{kind.label}（编号 {entity_id}）不见了，但审计记录里没有删除它（第 {audit_id} 条是最后一次"
                   "修改，记录在软件之外被删除过）", audit_id, kind.entity, entity_id)


def _back(kind: Audited, entity_id: int, audit_id: int) -> Problem:
    return Problem("reappeared", f"{kind.label}（编号 {entity_id}）在第 {audit_id} 条审计记录中已删除，现在却又出现了"
                   "（记录在软件之外被改动过）", audit_id, kind.entity, entity_id)


def _records_full(store: Store, kind: Audited, report: VerifyReport) -> None:
    imports = _imports_by_village(store)
    n = 0
    for entity_id, (state, setters, last_id, village_id) in sorted(_replay(store, kind).items()):
        if village_id is not None and imports.get(village_id, 0) > last_id:
            continue
        current = kind.snapshot(store, entity_id)
        if state is None:
            if current is not None:
                report.problems.append(_back(kind, entity_id, last_id))
            continue
        n += 1
        if current is None:
            report.problems.append(_gone(kind, entity_id, last_id))
            continue
        recorded = kind.stable(_canonical(state))
        now = kind.stable(_canonical({k: current.get(k) for k in state}))
        diff = _first_difference(recorded, now)
        if diff is not None:
            path = diff[0]
            column = path.split(".")[0].split("[")[0].split(" ")[0]
            audit_id = setters.get(column, last_id)
            report.problems.append(Problem("changed", _describe(kind, entity_id, audit_id, *diff), audit_id,
                                           kind.entity, entity_id))
    report.checked[kind.entity] = n


def _records_quick(store: Store, kind: Audited, report: VerifyReport) -> None:
    """Each main column of every audited record against the newest entry that set it, in SQL."""
    imports = _imports_by_village(store)
    problems: dict[int, Problem] = {}

    def superseded(village_id: int | None, last_id: int) -> bool:
        return village_id is not None and imports.get(village_id, 0) > last_id

    # Records whose newest entry says they exist but which are gone, or the other way round.
    latest = store.conn.execute(
        f"SELECT l.entity_id, a.id, a.action, a.village_id, t.id IS NOT NULL FROM"
        f" (SELECT entity_id, max(id) AS mid FROM audit_log WHERE entity=? AND entity_id IS NOT NULL"
        f"  AND (action='delete' OR json_type(detail, '$.after') = 'object') GROUP BY entity_id) l"
        f" JOIN audit_log a ON a.id = l.mid LEFT JOIN {kind.table} t ON t.id = l.entity_id", (kind.entity,)).fetchall()
    report.checked[kind.entity] = sum(1 for r in latest if r[2] != "delete")
    for entity_id, audit_id, action, village_id, exists in latest:
        if superseded(village_id, audit_id):
            continue
        if action == "delete" and exists:
            problems[entity_id] = _back(kind, entity_id, audit_id)
        elif action != "delete" and not exists:
            problems[entity_id] = _gone(kind, entity_id, audit_id)
    for column in kind.columns:
        rows = store.conn.execute(
            f"SELECT l.entity_id, a.id, a.village_id, json_extract(a.detail, '$.after.{column}'), t.{column} FROM"
            f" (SELECT entity_id, max(id) AS mid FROM audit_log WHERE entity=? AND entity_id IS NOT NULL"
            f"  AND json_type(detail, '$.after.{column}') IS NOT NULL GROUP BY entity_id) l"
            f" JOIN audit_log a ON a.id = l.mid JOIN {kind.table} t ON t.id = l.entity_id"
            f" WHERE json_extract(a.detail, '$.after.{column}') IS NOT t.{column}", (kind.entity,)).fetchall()
        for entity_id, audit_id, village_id, was, now in rows:
            if entity_id in problems or superseded(village_id, audit_id):
                continue
            # Not if a later delete/create of the same id made this entry history.
            newest = store.scalar("SELECT max(id) FROM audit_log WHERE entity=? AND entity_id=?"
                                  " AND action IN ('create', 'delete')", (kind.entity, entity_id))
            if newest is not None and newest > audit_id:
                continue
            problems[entity_id] = Problem("changed", _describe(kind, entity_id, audit_id, column, was, now),
                                          audit_id, kind.entity, entity_id)
    report.problems.extend(problems.values())


def records(store: Store, *, full: bool) -> VerifyReport:
    """Only the comparison of audited records with their history (no integrity or chain check)."""
    report = VerifyReport("full" if full else "quick")
    for kind in audited_kinds(store):
        (_records_full if full else _records_quick)(store, kind, report)
    _sort(report)
    return report


def full(store: Store) -> VerifyReport:
    """``villageadmin verify``: integrity_check, the whole chain, every audited record in full."""
    report = VerifyReport("full")
    report.integrity = integrity(store)
    if report.integrity != "ok":
        report.problems.append(Problem("integrity", f"数据文件已损坏（完整性检查：{report.integrity}）"))
        return report
    _chain(store, report, None)
    _guards(store, report)
    for kind in audited_kinds(store):
        _records_full(store, kind, report)
    _sort(report)
    return report


def quick(store: Store) -> VerifyReport:
    """The start-up check: quick_check, the newest chain entries, the main columns of audited records."""
    report = VerifyReport("quick")
    report.integrity = integrity(store, quick=True)
    if report.integrity != "ok":
        report.problems.append(Problem("integrity", f"数据文件已损坏（完整性检查：{report.integrity}）"))
        return report
    _chain(store, report, QUICK_CHAIN_ENTRIES)
    _guards(store, report)
    for kind in audited_kinds(store):
        _records_quick(store, kind, report)
    _sort(report)
    return report


def quick_file(data_dir: str | os.PathLike[str]) -> VerifyReport:
    """The quick check on its own read-only connection (the app runs it beside its work at start)."""
    from villageadmin.core.store import open_store

    store = open_store(data_dir, read_only=True, create=False, migrate=False)
    try:
        return quick(store)
    finally:
        store.close()


def _sort(report: VerifyReport) -> None:
    # The first broken entry first: chain breaks and records by the audit entry they contradict.
    report.problems.sort(key=lambda p: (p.kind == "integrity" and -1 or 0, p.audit_id or 0))


def _table_exists(store: Store, table: str) -> bool:
    return bool(store.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?", (table,)) == 1)


def summary(report: VerifyReport) -> str:
    """One line for a banner or the CLI."""
    if report.ok:
        return (f"数据完好：完整性检查通过，审计记录 {report.audit_entries} 条首尾相接，"
                f"{sum(report.checked.values())} 条记录与审计记录一致。")
    first = report.first
    assert first is not None
    more = f"（另有 {len(report.problems) - 1} 处问题）" if len(report.problems) > 1 else ""
    return f"数据可能被改动过：{first.message}{more}"
