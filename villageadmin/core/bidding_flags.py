"""What the bidding office should look at: missing tenders, stage-order breaks, over-payment,
contract splitting (拆分项目规避招标) and bid red flags. Used by the register, the file sheet and checks.

Everything is computed from the stored facts each time (nothing cached), judged by the policy in
force on each project's date.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import bidding, policy
from villageadmin.core.clock import today
from villageadmin.core.money import fmt_cny

if TYPE_CHECKING:
    from villageadmin.core.store import Store

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
# A few words for each rule, for lists and the printed register (the full message says the rest).
FLAG_LABELS = {"tender_missing": "应招未招", "tender_not_public": "未公开招标（有理由）", "stage_order": "阶段顺序不对",
               "overpaid": "超付", "split_suspected": "疑似拆分", "bid_single": "只有一家投标", "bid_identical": "报价相同",
               "bid_close": "报价过近", "retention_due": "质保金到期未退", "public_interest_unticked": "公共利益待核实"}
# Stage markers that often end a project name: 一期, 二标段, 第3批 … (dropped before comparing names).
_SUFFIX = re.compile(r"(第?[0-9一二三四五六七八九十]+(期|标段|标|段|批|号|组))|[（(].*?[)）]|[0-9]+")
_PUNCT = re.compile(r"[\s,，.。、;；:：\-—_/·]+")


@dataclass
class ProjectFlag:
    rule: str
    severity: str
    message: str
    date: str


@dataclass
class SplitGroup:
    """Projects that look like one job split to stay under the tender threshold."""

    village_id: int
    village_code: str
    project_ids: list[int]
    first_on: str
    last_on: str
    township_total_fen: int
    village_total_fen: int
    message: str


@dataclass
class Analysis:
    projects: list[dict[str, Any]] = field(default_factory=list)
    stages: dict[int, dict[str, dict[str, Any]]] = field(default_factory=dict)
    bids: dict[int, list[dict[str, Any]]] = field(default_factory=dict)
    flags: dict[int, list[ProjectFlag]] = field(default_factory=dict)
    groups: list[SplitGroup] = field(default_factory=list)

    def add(self, project_id: int, flag: ProjectFlag) -> None:
        self.flags.setdefault(project_id, []).append(flag)


def name_key(name: str) -> str:
    """A project name without stage markers, brackets, numbers and punctuation."""
    return _PUNCT.sub("", _SUFFIX.sub("", name))


def _bigrams(s: str) -> set[str]:
    return {s[i:i + 2] for i in range(len(s) - 1)} if len(s) > 1 else {s}


def similar_names(a: str, b: str) -> bool:
    """Same name apart from 一期/二期 and the like, or mostly the same characters (bigram Dice ≥ 0.6)."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False
    if ka == kb or (min(len(ka), len(kb)) >= 4 and (ka in kb or kb in ka)):
        return True
    ba, bb = _bigrams(ka), _bigrams(kb)
    return 2 * len(ba & bb) >= 0.6 * (len(ba) + len(bb))


def policy_lookup(store: Store) -> Callable[[str], dict[str, Any]]:
    """day -> the bidding policy in force that day, computed once per policy version (fast for 50k projects)."""
    starts = sorted({v["effective_from"] for v in policy.list_versions(store)})
    by_start: dict[str, dict[str, Any]] = {}

    def rules(day: str) -> dict[str, Any]:
        i = bisect.bisect_right(starts, day)
        key = starts[i - 1] if i else (starts[0] if starts else day)
        if key not in by_start:
            by_start[key] = bidding.thresholds(store, key)
        return by_start[key]

    return rules


def analyse(store: Store, village_ids: list[int], *, year: int | None = None, keep: bool = True) -> Analysis:
    """The villages' projects (of ``year`` if given) with every flag.

    The result is kept until the data changes (this connection's change count and SQLite's
    data_version) or the day does, so filtering a township's register by stage or "needs attention" is instant.
    ``keep=False`` neither reads nor fills that store (the register's pages, a few villages each, would push
    the township's whole analysis out of it).
    """
    if not keep:
        return _analyse(store, village_ids, year)
    stamp = (store.conn.total_changes, store.scalar("PRAGMA data_version"), today())
    cache: tuple[Any, dict[Any, Analysis]] | None = getattr(store, "_bidding_analysis", None)
    key = (tuple(village_ids), year)
    if cache is not None and cache[0] == stamp and key in cache[1]:
        return cache[1][key]
    out = _analyse(store, village_ids, year)
    kept = cache[1] if cache is not None and cache[0] == stamp else {}
    if len(kept) >= 8:
        kept.clear()
    kept[key] = out
    store._bidding_analysis = (stamp, kept)  # type: ignore[attr-defined]
    return out


def _analyse(store: Store, village_ids: list[int], year: int | None) -> Analysis:
    out = Analysis()
    if not village_ids:
        return out
    every = int(store.scalar("SELECT count(*) FROM villages")) == len(set(village_ids))
    where = "1=1" if every else f"p.village_id IN ({','.join('?' * len(village_ids))})"
    vparams: list[Any] = [] if every else list(village_ids)
    params = list(vparams)
    if year is not None:
        where += " AND p.registered_on BETWEEN ? AND ?"
        params += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
    out.projects = store.query(
        f"SELECT p.id, p.village_id, v.code AS village_code, v.name AS village_name, p.name, p.kind, p.place,"
        f" p.registered_on, p.township_fen, p.village_fen, p.grant_fen, p.public_fen, p.other_fen,"
        f" p.public_interest, p.stage, p.contractor FROM projects p JOIN villages v ON v.id=p.village_id"
        f" WHERE {where} ORDER BY p.village_id, p.registered_on, p.id", params)
    paid: dict[int, tuple[int, int]] = {
        r[0]: (r[1], r[2]) for r in store.execute(
            f"SELECT x.project_id, coalesce(sum(CASE WHEN x.kind='payment' THEN x.amount_fen END), 0),"
            f" coalesce(sum(CASE WHEN x.kind='retention' THEN x.amount_fen END), 0)"
            f" FROM project_payments x JOIN projects p ON p.id=x.project_id WHERE {where} GROUP BY x.project_id",
            params)}
    cols = ("stage", "done_on", "method", "method_reason", "notice_on", "amount_fen", "start_on", "end_on", "result")
    for r in store.execute(f"SELECT s.project_id, s.{', s.'.join(cols)} FROM project_stages s"
                           f" JOIN projects p ON p.id=s.project_id WHERE {where}", params):
        out.stages.setdefault(r[0], {})[r[1]] = dict(zip(cols, r[1:]))
    for r in store.query(f"SELECT b.project_id, b.seq, b.bidder, b.amount_fen, b.is_winner FROM project_bids b"
                         f" JOIN projects p ON p.id=b.project_id WHERE {where} ORDER BY b.project_id, b.seq", params):
        out.bids.setdefault(r["project_id"], []).append(r)
    rules = policy_lookup(store)
    t = today().isoformat()
    for p in out.projects:
        p["paid_fen"], p["released_fen"] = paid.get(p["id"], (0, 0))
        pol = rules(p["registered_on"])
        p["required"] = bidding.is_required(pol, township_fen=p["township_fen"], village_fen=p["village_fen"],
                                            public_fen=p["public_fen"], public_interest=bool(p["public_interest"]))
        p["total_fen"] = p["township_fen"] + p["village_fen"] + p["grant_fen"] + p["public_fen"] + p["other_fen"]
        _project_flags(out, p, pol, t)
    neighbours: list[dict[str, Any]] = []
    if year is not None:
        # A split job may cross the year boundary: small projects just before and after the year count too.
        months = max(int(rules(f"{year:04d}-12-31").get("split_window_months", 12)), 12)
        lo = add_months(dt.date(year, 1, 1), -months).isoformat()
        hi = add_months(dt.date(year, 12, 31), months).isoformat()
        vwhere = "1=1" if every else f"p.village_id IN ({','.join('?' * len(village_ids))})"
        neighbours = store.query(
            f"SELECT p.id, p.village_id, v.code AS village_code, p.name, p.kind, p.registered_on, p.township_fen,"
            f" p.village_fen, p.public_fen, p.public_interest, p.contractor FROM projects p"
            f" JOIN villages v ON v.id=p.village_id WHERE {vwhere} AND (p.registered_on BETWEEN ? AND ?"
            f" OR p.registered_on BETWEEN ? AND ?) AND (p.township_fen > 0 OR p.village_fen > 0)",
            [*vparams, lo, f"{year - 1:04d}-12-31", f"{year + 1:04d}-01-01", hi])
        for n in neighbours:
            n["required"] = bidding.is_required(rules(n["registered_on"]), township_fen=n["township_fen"],
                                                village_fen=n["village_fen"], public_fen=n["public_fen"],
                                                public_interest=bool(n["public_interest"]))
    _split_groups(out, rules, neighbours)
    for flags in out.flags.values():
        flags.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule))
    return out


def verdict(p: dict[str, Any], pol: dict[str, Any]) -> bidding.TenderVerdict:
    return bidding.tender_verdict(pol, township_fen=p["township_fen"], village_fen=p["village_fen"],
                                  public_fen=p["public_fen"], public_interest=bool(p["public_interest"]),
                                  grant_fen=p["grant_fen"])


def _project_flags(out: Analysis, p: dict[str, Any], pol: dict[str, Any], t: str) -> None:
    pid = p["id"]
    st = out.stages.get(pid, {})
    tender = st.get("tender")
    later = [s for s in bidding.STAGE_ORDER[2:] if s in st]
    # 1. The tender rule.
    if p["required"]:
        def why() -> str:
            return "；".join(verdict(p, pol).reasons)

        if tender is None and later:
            out.add(pid, ProjectFlag("tender_missing", "error",
                                     f"“{p['name']}”必须公开招标（{why()}），但没有招投标就进入了"
                                     f"“{bidding.STAGES[later[0]]}”", st[later[0]]["done_on"]))
        elif tender is not None and tender["method"] != "public":
            method = bidding.METHODS.get(tender["method"] or "direct", tender["method"])
            if tender["method_reason"]:
                out.add(pid, ProjectFlag("tender_not_public", "warning",
                                         f"“{p['name']}”必须公开招标（{why()}），实际采用{method}，"
                                         f"理由：{tender['method_reason']}", tender["done_on"]))
            else:
                out.add(pid, ProjectFlag("tender_missing", "error",
                                         f"“{p['name']}”必须公开招标（{why()}），实际采用{method}，没有书面理由",
                                         tender["done_on"]))
    elif not p["public_interest"] and bidding.is_required(
            pol, township_fen=p["township_fen"], village_fen=p["village_fen"], public_fen=0, public_interest=True):
        out.add(pid, ProjectFlag("public_interest_unticked", "info",
                                 f"“{p['name']}”投资达到招标标准，但登记为不涉及公共利益、公众安全，未要求公开招标，"
                                 f"请乡招标办核实", p["registered_on"]))
    # 2. Stages out of order (data entered around the app, or imported).
    for stage, problem in bidding.order_problems(st):
        if stage == "construction" and tender is None and p["required"]:
            continue  # already reported as a missing tender
        out.add(pid, ProjectFlag("stage_order", "error", f"“{p['name']}”阶段顺序不对：{problem}",
                                 st[stage]["done_on"]))
    # 3. Over-payment.
    cap = bidding.cap_from(st, p["paid_fen"], p["released_fen"])
    if cap.paid_fen and cap.basis == "none":
        out.add(pid, ProjectFlag("overpaid", "error", f"“{p['name']}”没有施工合同却已付款 {fmt_cny(cap.paid_fen)}",
                                 p["registered_on"]))
    elif cap.over_fen:
        out.add(pid, ProjectFlag("overpaid", "error",
                                 f"“{p['name']}”已付 {fmt_cny(cap.paid_fen)}，超过{cap.basis_label} "
                                 f"{fmt_cny(cap.cap_fen)}，多付 {fmt_cny(cap.over_fen)}"
                                 + ("，应予追回" if cap.basis == "audit" else ""),
                                 (st.get("audit") or st["construction"])["done_on"]))
    funds = st.get("funds")
    if funds and cap.retention_held_fen and funds["end_on"] and funds["end_on"] < t:
        out.add(pid, ProjectFlag("retention_due", "info",
                                 f"“{p['name']}”质保期已于 {funds['end_on']} 期满，质保金 "
                                 f"{fmt_cny(cap.retention_held_fen)} 尚未退还", funds["end_on"]))
    # 4. Bid red flags that fit village scale.
    bids = out.bids.get(pid, [])
    if tender is not None and bids:
        method = tender["method"]
        if method in bidding.COMPETITIVE_METHODS and len(bids) == 1:
            out.add(pid, ProjectFlag("bid_single", "warning",
                                     f"“{p['name']}”{bidding.METHODS[method]}只有一家投标（{bids[0]['bidder']}）",
                                     tender["done_on"]))
        amounts: dict[int, list[str]] = {}
        for b in bids:
            amounts.setdefault(b["amount_fen"], []).append(b["bidder"])
        same = [(a, names) for a, names in amounts.items() if len(names) > 1]
        for a, names in same:
            out.add(pid, ProjectFlag("bid_identical", "warning",
                                     f"“{p['name']}”的投标报价相同：{'、'.join(names)} 都报 {fmt_cny(a)}",
                                     tender["done_on"]))
        winner = next((b for b in bids if b["is_winner"]), None)
        pct = int(pol.get("bid_close_percent", 1))
        if winner is not None and len(bids) > 1:
            others = [b for b in bids if b is not winner and b["amount_fen"] != winner["amount_fen"]]
            if others:
                nxt = min(others, key=lambda b: abs(b["amount_fen"] - winner["amount_fen"]))
                diff = abs(nxt["amount_fen"] - winner["amount_fen"])
                if diff * 100 <= winner["amount_fen"] * pct:
                    out.add(pid, ProjectFlag(
                        "bid_close", "warning",
                        f"“{p['name']}”中标价 {fmt_cny(winner['amount_fen'])}（{winner['bidder']}）与"
                        f"{nxt['bidder']}的报价 {fmt_cny(nxt['amount_fen'])} 只差 {fmt_cny(diff)}，"
                        f"在 {pct}% 以内", tender["done_on"]))


def _split_groups(out: Analysis, rules: Any, neighbours: list[dict[str, Any]]) -> None:
    """Same village, same kind or similar names or the same contractor, within the window, each under the
    threshold and together at or above it."""
    by_village: dict[int, list[dict[str, Any]]] = {}
    for p in [*out.projects, *neighbours]:
        if not p["required"] and (p["township_fen"] or p["village_fen"]):
            by_village.setdefault(p["village_id"], []).append(p)
    for vid, cands in by_village.items():
        if len(cands) < 2:
            continue
        cands.sort(key=lambda p: (p["registered_on"], p["id"]))
        found: list[set[int]] = []
        for i, a in enumerate(cands):
            months = int(rules(a["registered_on"]).get("split_window_months", 12))
            end = add_months(dt.date.fromisoformat(a["registered_on"]), months).isoformat()
            members = [a]
            for b in cands[i + 1:]:
                if b["registered_on"] >= end:
                    break
                if (b["kind"] == a["kind"] or similar_names(a["name"], b["name"])
                        or (a["contractor"] and a["contractor"] == b["contractor"])):
                    members.append(b)
            if len(members) < 2:
                continue
            ids = {m["id"] for m in members}
            if any(ids <= g for g in found):
                continue
            last = members[-1]["registered_on"]
            pol = rules(last)
            t_min = int(pol.get("tender_township_fen", 2_000_000))
            v_min = int(pol.get("tender_village_fen", 500_000))
            t_sum = sum(m["township_fen"] for m in members)
            v_sum = sum(m["village_fen"] for m in members)
            hits = []
            if t_sum >= t_min:
                hits.append(f"乡镇投资合计 {fmt_cny(t_sum)}，达到 {fmt_cny(t_min)}")
            if v_sum >= v_min:
                hits.append(f"村级投资合计 {fmt_cny(v_sum)}，达到 {fmt_cny(v_min)}")
            if not hits:
                continue
            found.append(ids)
            months_apart = _months_between(a["registered_on"], last)
            listing = "、".join(f"“{m['name']}”（{m['registered_on']}，乡 {fmt_cny(m['township_fen'])}"
                               f"／村 {fmt_cny(m['village_fen'])}）" for m in members)
            msg = (f"疑似拆分项目规避招标：{months_apart} 个月内 {len(members)} 个相近项目{listing}，"
                   f"每个都低于招标标准，{'；'.join(hits)}")
            group = SplitGroup(vid, a["village_code"], [m["id"] for m in members], a["registered_on"], last,
                               t_sum, v_sum, msg)
            out.groups.append(group)
            names = "、".join(f"“{m['name']}”" for m in members)
            for m in members:
                if any(f.rule == "split_suspected" for f in out.flags.get(m["id"], [])):
                    continue
                out.add(m["id"], ProjectFlag("split_suspected", "warning",
                                             f"与{names}疑似一个工程拆分（{'；'.join(hits)}）", m["registered_on"]))


def add_months(d: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it is shorter: 31 Jan + 1 → 28/29 Feb)."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(d.day, last))


def _months_between(a: str, b: str) -> int:
    da, db = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return max(1, (db.year - da.year) * 12 + db.month - da.month + (1 if db.day > da.day else 0))
