"""The township overview: every village side by side — when its last file came, whether it met in
the first week of each month this year, spending against the limits, projects needing attention,
key reserve candidates, and the `check` findings per area.

Each area's figures are read only when that area is installed, so the overview works whatever
modules exist; the findings come from ``checks.run`` for all of them.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import checks, meetings, policy
from villageadmin.core.accounts import Actor, require_read, visible_village_ids
from villageadmin.core.clock import today
from villageadmin.core.sync import records

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE_LABELS = {"meetings": "会议", "expenses": "开支", "bidding": "招投标", "cadres": "后备干部",
                 "decisions": "重大事项", "sync": "报送"}
SEVERITY_LABELS = {"error": "违规", "warning": "提醒", "info": "提示"}
STALE_DAYS = 45  # a village not heard from for this long is flagged


@dataclass
class VillageRow:
    village_id: int
    code: str
    name: str
    source: str  # "local" (entered on this PC), "archived" (from the village's files), "none"
    last_seq: int | None = None
    last_at: str | None = None  # when the last file was received (archived) or written (local)
    last_created_at: str | None = None
    days_since: int | None = None
    held: int = 0
    meetings_met: int = 0
    meetings_due: int = 0
    spend_fen: int | None = None
    limit_fen: int | None = None
    over_kinds: list[str] = field(default_factory=list)
    waiting_township: int | None = None
    projects_attention: int | None = None
    projects: int | None = None
    key_candidates: int | None = None
    findings: dict[str, dict[str, int]] = field(default_factory=dict)  # module -> severity -> count

    @property
    def stale(self) -> bool:
        return self.source == "archived" and (self.days_since is None or self.days_since > STALE_DAYS)

    def count(self, severity: str) -> int:
        return sum(s.get(severity, 0) for s in self.findings.values())


@dataclass
class TownshipOverview:
    year: int
    on: dt.date
    township: str
    rows: list[VillageRow]
    modules: list[str]
    key_target: tuple[int, int] | None
    top_findings: dict[str, list[checks.Finding]]  # village code -> its most serious findings
    complete: bool = True  # False: only what ``first_look`` reads (files, key candidates) is filled in


def overview(store: Store, actor: Actor, *, year: int | None = None, village_ids: list[int] | None = None,
             top: int = 5) -> TownshipOverview:
    on = today()
    year = year or on.year
    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    villages = {r["id"]: r for r in store.query("SELECT id, code, name FROM villages")}
    rows = {vid: VillageRow(vid, villages[vid]["code"], villages[vid]["name"], "none") for vid in ids}
    _files(store, rows, on)
    _meetings(store, actor, rows, year)
    _expenses(store, actor, rows, year)
    target = _key_candidates(store, rows)
    found = checks.run(store, actor, village_ids=ids) if ids else []
    _projects(store, rows, [f for f in found if f.module == "bidding"])  # the check's own bidding findings
    by_code = {r.code: r for r in rows.values()}
    modules: list[str] = []
    for path in checks.AREAS:
        mod = importlib.import_module(path)
        name = getattr(mod, "MODULE", path.rsplit("_", 1)[-1])
        modules.append(name)
    top_findings: dict[str, list[checks.Finding]] = {}
    order = {s: i for i, s in enumerate(checks.SEVERITIES)}
    for f in found:
        row = by_code.get(f.village or "")
        if row is None:
            continue
        sev = row.findings.setdefault(f.module, {})
        sev[f.severity] = sev.get(f.severity, 0) + 1
        top_findings.setdefault(row.code, []).append(f)
    for code, lst in top_findings.items():
        lst.sort(key=lambda f: f.date or "", reverse=True)  # newest first …
        lst.sort(key=lambda f: order.get(f.severity, 9))  # … within the most serious first
        top_findings[code] = lst[:top]
    info = store.one("SELECT name FROM township WHERE id=1") or {"name": ""}
    out = [rows[vid] for vid in ids]
    out.sort(key=lambda r: r.code)
    return TownshipOverview(year, on, str(info["name"]), out, modules, target, top_findings)


def first_look(store: Store, actor: Actor, *, year: int | None = None,
               village_ids: list[int] | None = None) -> TownshipOverview:
    """The overview's cheap part, at once: every village with its last file and key candidates. The
    meetings, spending, projects and findings (a whole ``check``) come from ``overview``."""
    on = today()
    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    villages = {r["id"]: r for r in store.query("SELECT id, code, name FROM villages")}
    rows = {vid: VillageRow(vid, villages[vid]["code"], villages[vid]["name"], "none") for vid in ids}
    _files(store, rows, on)
    target = _key_candidates(store, rows)
    info = store.one("SELECT name FROM township WHERE id=1") or {"name": ""}
    out = sorted(rows.values(), key=lambda r: r.code)
    return TownshipOverview(year or on.year, on, str(info["name"]), out, [], target, {}, complete=False)


def _files(store: Store, rows: dict[int, VillageRow], on: dt.date) -> None:
    for p in store.query("SELECT village_id, last_seq, last_received_at, last_created_at FROM sync_peers"
                         " WHERE kind='village'"):
        r = rows.get(p["village_id"])
        if r is None:
            continue
        r.source = "archived"
        if p["last_seq"]:
            r.last_seq, r.last_at, r.last_created_at = p["last_seq"], p["last_received_at"], p["last_created_at"]
    for e in store.query("SELECT village_id, max(seq) AS seq, max(created_at) AS at FROM sync_exports"
                         " WHERE kind='village' GROUP BY village_id"):
        r = rows.get(e["village_id"])
        if r is not None and r.source == "none":
            r.source = "local"
            r.last_seq, r.last_at = e["seq"], e["at"]
    for k in store.query("SELECT village_id FROM sync_keys WHERE owner='village' AND retired_at IS NULL"):
        r = rows.get(k["village_id"])
        if r is not None and r.source == "none":
            r.source = "local"
    if not any(r.source == "archived" for r in rows.values()):
        # No village sends files here: this is where the records are entered.
        for r in rows.values():
            if r.source == "none":
                r.source = "local"
    for h in store.query("SELECT village_id, count(*) AS n FROM sync_imports WHERE status='held' AND resolved=0"
                         " GROUP BY village_id"):
        r = rows.get(h["village_id"])
        if r is not None:
            r.held = int(h["n"])
    for r in rows.values():
        if r.last_at:
            r.days_since = (on - dt.date.fromisoformat(r.last_at[:10])).days


def _meetings(store: Store, actor: Actor, rows: dict[int, VillageRow], year: int) -> None:
    if not rows:
        return
    table = meetings.township_month_table(store, actor, year, village_ids=list(rows))
    for vid, months in table.items():
        r = rows[vid]
        r.meetings_due = sum(1 for m in months if m.due)
        r.meetings_met = sum(1 for m in months if m.due and m.met_first_week)


def _expenses(store: Store, actor: Actor, rows: dict[int, VillageRow], year: int) -> None:
    if not records.table_exists(store, "expenses"):
        return
    try:
        views = importlib.import_module("villageadmin.core.expense_views")
    except ImportError:
        return
    pol, spending = views.township_overview(store, actor, year, village_ids=list(rows))
    limit = sum(k.annual_limit_fen for k in pol.kinds.values() if getattr(k, "active", True))
    for s in spending:
        r = rows[s.village_id]
        r.spend_fen, r.limit_fen, r.waiting_township = s.total_fen, limit, s.waiting_township
        r.over_kinds = [pol.kinds[c].name for c in s.over_kinds(pol)]


def _projects(store: Store, rows: dict[int, VillageRow], found: list[checks.Finding]) -> None:
    """Projects per village, and how many need attention: those with a bidding finding (error or warning)."""
    if not records.table_exists(store, "projects") or not rows:
        return
    marks = ",".join("?" * len(rows))
    counts = dict(store.execute(f"SELECT village_id, count(*) FROM projects WHERE village_id IN ({marks})"
                                " GROUP BY village_id", list(rows)).fetchall())
    codes = {r.code: r for r in rows.values()}
    attention: dict[str, set[Any]] = {}
    for f in found:
        if f.village in codes and f.severity in ("error", "warning"):
            attention.setdefault(f.village, set()).add(f.record if f.record is not None else f.rule)
    for r in rows.values():
        r.projects = int(counts.get(r.village_id, 0))
        r.projects_attention = len(attention.get(r.code, ()))


def _key_candidates(store: Store, rows: dict[int, VillageRow]) -> tuple[int, int] | None:
    if not records.table_exists(store, "reserve_candidates") or not rows:
        return None
    marks = ",".join("?" * len(rows))
    counts = dict(store.execute(f"SELECT village_id, count(*) FROM reserve_candidates WHERE tier='key' AND"
                                f" status='pool' AND village_id IN ({marks}) GROUP BY village_id", list(rows)).fetchall())
    for r in rows.values():
        r.key_candidates = int(counts.get(r.village_id, 0))
    sec = policy.section(store, "cadres", today())
    return int(sec.get("key_candidates_min", 2)), int(sec.get("key_candidates_max", 3))
