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
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit

if TYPE_CHECKING:
    from villageadmin.core.store import Store

QUICK_CHAIN_ENTRIES = 500


@dataclass
class Problem:
    kind: str  # "integrity" | "chain" | "changed" | "deleted" | "reappeared"
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
    """A kind of record whose audit entries carry its full state in ``after``."""

    entity: str
    label: str  # how people call one record, e.g. 会议记录
    table: str
    # Columns compared by the quick check (main row only).
    columns: tuple[str, ...]
    # Full check: the record's current state, shaped like the audit ``after`` (None if gone).
    snapshot: Callable[[Store, int], dict[str, Any] | None]
    # Parts of the state that other, separately audited changes may legitimately alter.
    volatile: Callable[[dict[str, Any]], dict[str, Any]] = lambda d: d


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


def audited_kinds() -> list[Audited]:
    """The audited record kinds of the areas present in this build."""
    kinds = [Audited("meeting", "会议记录", "meetings", MEETING_COLUMNS, _meeting_snapshot, _meeting_stable)]
    return kinds


# -- checks ------------------------------------------------------------------------------------
def integrity(store: Store, *, quick: bool = False) -> str:
    rows = store.conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    text = "; ".join(str(r[0]) for r in rows[:5])
    return "ok" if text == "ok" else text


def _chain(store: Store, report: VerifyReport, last: int | None) -> None:
    chain = audit.verify_chain(store, last=last)
    report.audit_entries = int(store.scalar("SELECT count(*) FROM audit_log") or 0)
    if not chain.ok:
        report.problems.append(Problem("chain", chain.reason, chain.first_broken_id, "audit_log",
                                       chain.first_broken_id))


def _latest_entries_sql() -> str:
    return ("SELECT a.entity_id, a.id, a.action, a.detail FROM audit_log a JOIN"
            " (SELECT entity_id, max(id) AS mid FROM audit_log WHERE entity=? AND entity_id IS NOT NULL"
            "  GROUP BY entity_id) l ON a.id = l.mid")


def _describe_diff(kind: Audited, entity_id: int, audit_id: int, recorded: Any, current: Any) -> str:
    where = _first_difference(recorded, current)
    text = f"{kind.label}（编号 {entity_id}）与第 {audit_id} 条审计记录不符"
    if where:
        path, was, now = where
        text += f"：{path} 审计记录里是 {_short(was)}，现在是 {_short(now)}"
    return text + "（记录在软件之外被改动过）"


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


def _records_full(store: Store, kind: Audited, report: VerifyReport) -> None:
    n = 0
    for entity_id, audit_id, action, detail_text in store.conn.execute(_latest_entries_sql(), (kind.entity,)):
        detail = json.loads(detail_text)
        current = kind.snapshot(store, entity_id)
        if action == "delete":
            if current is not None:
                report.problems.append(Problem(
                    "reappeared", f"{kind.label}（编号 {entity_id}）在第 {audit_id} 条审计记录中已删除，现在却又出现了"
                    "（记录在软件之外被改动过）", audit_id, kind.entity, entity_id))
            continue
        if "after" not in detail:
            continue
        n += 1
        if current is None:
            report.problems.append(Problem(
                "deleted", f"{kind.label}（编号 {entity_id}）不见了，但审计记录里没有删除它（第 {audit_id} 条是最后一次"
                "修改）", audit_id, kind.entity, entity_id))
            continue
        recorded = kind.volatile(_canonical(detail["after"]))
        now = kind.volatile(_canonical(current))
        if recorded != now:
            report.problems.append(Problem("changed", _describe_diff(kind, entity_id, audit_id, recorded, now),
                                           audit_id, kind.entity, entity_id))
    report.checked[kind.entity] = n


def _records_quick(store: Store, kind: Audited, report: VerifyReport) -> None:
    """Main columns of every audited record against its newest ``after``, in SQL."""
    cmp = " OR ".join(f"json_extract(a.detail, '$.after.{c}') IS NOT t.{c}" for c in kind.columns)
    latest = ("SELECT entity_id, max(id) AS mid FROM audit_log WHERE entity=? AND entity_id IS NOT NULL"
              " GROUP BY entity_id")
    rows = store.conn.execute(
        f"SELECT l.entity_id, a.id, a.action, t.id IS NOT NULL, CASE WHEN t.id IS NULL THEN 0 ELSE ({cmp}) END"
        f" FROM ({latest}) l JOIN audit_log a ON a.id = l.mid LEFT JOIN {kind.table} t ON t.id = l.entity_id"
        f" WHERE (a.action = 'delete' AND t.id IS NOT NULL)"
        f"    OR (a.action <> 'delete' AND json_type(a.detail, '$.after') = 'object'"
        f"        AND (t.id IS NULL OR ({cmp})))"
        f" ORDER BY a.id", (kind.entity,)).fetchall()
    report.checked[kind.entity] = int(store.scalar(
        f"SELECT count(*) FROM ({latest}) l JOIN audit_log a ON a.id = l.mid WHERE a.action <> 'delete'",
        (kind.entity,)) or 0)
    for entity_id, audit_id, action, exists, _changed in rows:
        if action == "delete":
            report.problems.append(Problem(
                "reappeared", f"{kind.label}（编号 {entity_id}）在第 {audit_id} 条审计记录中已删除，现在却又出现了"
                "（记录在软件之外被改动过）", audit_id, kind.entity, entity_id))
        elif not exists:
            report.problems.append(Problem(
                "deleted", f"{kind.label}（编号 {entity_id}）不见了，但审计记录里没有删除它（第 {audit_id} 条是最后一次"
                "修改）", audit_id, kind.entity, entity_id))
        else:
            detail = json.loads(store.scalar("SELECT detail FROM audit_log WHERE id=?", (audit_id,)))
            current = store.one(f"SELECT {', '.join(kind.columns)} FROM {kind.table} WHERE id=?", (entity_id,))
            recorded = {c: detail["after"].get(c) for c in kind.columns}
            report.problems.append(Problem("changed", _describe_diff(kind, entity_id, audit_id, recorded, current),
                                           audit_id, kind.entity, entity_id))


def records(store: Store, *, full: bool) -> VerifyReport:
    """Only the comparison of audited records with their history (no integrity or chain check)."""
    report = VerifyReport("full" if full else "quick")
    for kind in audited_kinds():
        if _table_exists(store, kind.table):
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
    for kind in audited_kinds():
        if _table_exists(store, kind.table):
            _records_full(store, kind, report)
    _sort(report)
    return report


def quick(store: Store) -> VerifyReport:
    """The start-up check: quick_check, the newest chain entries, the main columns of audited records."""
    report = VerifyReport("quick")
    try:
        report.integrity = integrity(store, quick=True)
    except sqlite3.DatabaseError as exc:
        report.integrity = str(exc)
    if report.integrity != "ok":
        report.problems.append(Problem("integrity", f"数据文件已损坏（完整性检查：{report.integrity}）"))
        return report
    _chain(store, report, QUICK_CHAIN_ENTRIES)
    for kind in audited_kinds():
        if _table_exists(store, kind.table):
            _records_quick(store, kind, report)
    _sort(report)
    return report


def _sort(report: VerifyReport) -> None:
    # The first broken entry first: chain breaks and records by the audit entry they contradict.
    report.problems.sort(key=lambda p: (p.kind == "integrity" and -1 or 0, p.audit_id or 0))


def _table_exists(store: Store, table: str) -> bool:
    return store.scalar("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?", (table,)) == 1


def summary(report: VerifyReport) -> str:
    """One line for a banner or the CLI."""
    if report.ok:
        return (f"数据完好：完整性检查通过，审计记录 {report.audit_entries} 条首尾相接，"
                f"{sum(report.checked.values())} 条记录与审计记录一致。")
    first = report.first
    assert first is not None
    more = f"（另有 {len(report.problems) - 1} 处问题）" if len(report.problems) > 1 else ""
    return f"数据可能被改动过：{first.message}{more}"
