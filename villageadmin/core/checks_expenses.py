"""Expense rule findings: over-limit spending, hospitality, approval steps out of order, a handler who
approved their own request, months whose spending was not made public.

The core prevents all of these for records made through it; they show up in data imported from
elsewhere, entered before the rules, or altered behind the app's back. Each check is one scan in SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import expenses
from villageadmin.core.checks import Finding, month_end, month_iter, village_filter
from villageadmin.core.clock import today
from villageadmin.core.money import fmt_yuan
from villageadmin.core.schema_expenses import BROKEN_WHERE, CLOSED_WHERE

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MODULE = "expenses"
_COMMITTED = "('township', 'approved', 'paid')"


def _periods(store: Store) -> list[tuple[str, str, expenses.ExpensePolicy]]:
    """(from, to) date ranges with the expense policy in force in each; ``to`` is exclusive."""
    starts = sorted({r[0] for r in store.execute("SELECT effective_from FROM policy_versions")} | {"0000-01-01"})
    out = []
    for i, lo in enumerate(starts):
        hi = starts[i + 1] if i + 1 < len(starts) else "9999-12-31"
        out.append((lo, hi, expenses.rules(store, lo if lo != "0000-01-01" else "1900-01-01")))
    return out


def findings(store: Store, village_ids: list[int]) -> list[Finding]:
    if not village_ids:
        return []
    codes = {r[0]: r[1] for r in store.execute("SELECT id, code FROM villages")}
    names = expenses.kind_names(store)
    periods = _periods(store)
    marks = ",".join("?" * len(village_ids))
    out: list[Finding] = []

    def add(vid: int, rule: str, severity: str, message: str, rec: int | None, date: str | None) -> None:
        out.append(Finding(codes.get(vid), MODULE, rule, severity, message, rec,
                           "expense" if rec is not None else None, date))

    def label(r: dict[str, Any]) -> str:
        return (f"{r['spent_on'][:4]}年第 {r['seq']} 号{names.get(r['kind'], r['kind'])} {fmt_yuan(r['amount_fen'])} 元"
                f"（{r['spent_on']}）")

    def policy_on(day: str) -> expenses.ExpensePolicy:
        return next(p for lo, hi, p in periods if lo <= day < hi)

    # 1. Rows that break the approval rules sit in a partial index (see schema_expenses.BROKEN_WHERE).
    for r in store.query(
            f"SELECT id, village_id, seq, kind, spent_on, amount_fen, status, reverses_id, handler_id, handler_name,"
            f" village_approver_id, village_approver_name, second_signer_id, second_signer_name,"
            f" village_approved_at, needs_township, township_reviewed_at, paid_on, item_limit_fen FROM expenses"
            f" WHERE village_id IN ({marks}) AND {BROKEN_WHERE} ORDER BY village_id, spent_on, id", village_ids):
        vid = r["village_id"]
        if r["reverses_id"] is None and r["item_limit_fen"] is not None and r["amount_fen"] > r["item_limit_fen"]:
            add(vid, "over_item_limit", "error", f"{label(r)}超过单笔限额 {fmt_yuan(r['item_limit_fen'])} 元，"
                f"多出 {fmt_yuan(r['amount_fen'] - r['item_limit_fen'])} 元", r["id"], r["spent_on"])
        steps: list[str] = []
        if r["village_approved_at"] is None:
            steps.append("没有村审批记录就" + {"township": "报了乡镇审核", "approved": "入了账",
                                                "paid": "支付了"}[r["status"]])
        if r["reverses_id"] is None and r["needs_township"] and r["status"] in ("approved", "paid") \
                and r["township_reviewed_at"] is None:
            steps.append("需要乡镇审核却没有审核记录")
        va = (r["village_approved_at"] or "")[:10]
        tr = (r["township_reviewed_at"] or "")[:10]
        if tr and va and tr < va:
            steps.append(f"乡镇审核（{tr}）早于村审批（{va}）")
        if r["paid_on"] and va and r["paid_on"] < va:
            steps.append(f"支付（{r['paid_on']}）早于村审批（{va}）")
        if r["paid_on"] and tr and r["paid_on"] < tr:
            steps.append(f"支付（{r['paid_on']}）早于乡镇审核（{tr}）")
        if r["status"] == "paid" and not r["paid_on"]:
            steps.append("标为已支付却没有支付日期")
        if steps:
            add(vid, "steps_out_of_order", "error", f"{label(r)}审批顺序不对：" + "；".join(steps), r["id"],
                r["spent_on"])
        if (r["handler_id"] is not None and r["handler_id"] == r["village_approver_id"]) or \
                (r["handler_name"] and r["handler_name"] == r["village_approver_name"]):
            add(vid, "self_approval", "error", f"{label(r)}由经办人{r['handler_name']}自己审批", r["id"], r["spent_on"])
        elif r["second_signer_id"] is not None and r["second_signer_id"] in (r["handler_id"],
                                                                             r["village_approver_id"]):
            add(vid, "self_approval", "error", f"{label(r)}的会签人{r['second_signer_name']}同时是经办人或审批人",
                r["id"], r["spent_on"])

    # 2. The committed money per village, year and kind, its sum and its biggest item, as the triggers keep them
    #    (schema_summaries.expense_totals). Only groups over the lowest limit that applied that year are read in
    #    detail.
    lowest: dict[tuple[str, int], tuple[int, int]] = {}  # (kind, year) -> (lowest item limit, lowest annual)
    refused_kinds = {code for _lo, _hi, p in periods for code, k in p.kinds.items() if k.always_refused}
    for lo, hi, pol in periods:
        for year in range(max(2000, int(lo[:4])), min(today().year, int(hi[:4])) + 1):
            for k in pol.kinds.values():
                item, annual = lowest.get((k.code, year), (k.per_item_limit_fen, k.annual_limit_fen))
                lowest[(k.code, year)] = (min(item, k.per_item_limit_fen), min(annual, k.annual_limit_fen))
    over_item: list[tuple[int, str, int]] = []
    over_year: list[tuple[int, str, int]] = []
    for vid, year, kind, total, biggest in store.execute(
            f"SELECT village_id, budget_year, kind, total_fen, biggest_fen FROM expense_totals"
            f" WHERE village_id IN ({marks}) AND biggest_fen IS NOT NULL", village_ids):
        if kind in refused_kinds:
            if biggest > 0:
                over_item.append((vid, kind, year))
            continue
        item, annual = lowest.get((kind, year), (None, None))
        if item is not None and biggest > item:
            over_item.append((vid, kind, year))
        if annual is not None and total > annual:
            over_year.append((vid, kind, year))
    seen = {f.record for f in out if f.rule == "over_item_limit"}
    for vid, kind, year in over_item:
        for r in store.query(
                f"SELECT id, seq, kind, spent_on, amount_fen, item_limit_fen FROM expenses WHERE village_id=?"
                f" AND budget_year=? AND kind=? AND status IN {_COMMITTED} AND reverses_id IS NULL AND amount_fen > 0"
                f" ORDER BY spent_on, id", (vid, year, kind)):
            rule = policy_on(r["spent_on"]).kinds.get(kind)
            if kind in refused_kinds or (rule is not None and rule.always_refused):
                add(vid, "hospitality_spent", "error", f"{label(r)}：村级公务零招待，{names.get(kind, kind)}不得列支",
                    r["id"], r["spent_on"])
                continue
            limit = r["item_limit_fen"] if r["item_limit_fen"] is not None else (
                rule.per_item_limit_fen if rule is not None else None)
            if limit is not None and r["amount_fen"] > limit and r["id"] not in seen:
                add(vid, "over_item_limit", "error", f"{label(r)}超过单笔限额 {fmt_yuan(limit)} 元，"
                    f"多出 {fmt_yuan(r['amount_fen'] - limit)} 元", r["id"], r["spent_on"])
    for vid, kind, year in over_year:
        cum = 0
        for r in store.query(
                f"SELECT id, seq, kind, spent_on, amount_fen, reverses_id, annual_limit_fen FROM expenses"
                f" WHERE village_id=? AND kind=? AND budget_year=? AND status IN {_COMMITTED}"
                f" ORDER BY spent_on, id", (vid, kind, year)):
            cum += r["amount_fen"]
            if r["reverses_id"] is not None:
                continue
            limit = r["annual_limit_fen"]
            if limit is None:
                rule = policy_on(r["spent_on"]).kinds.get(kind)
                limit = rule.annual_limit_fen if rule is not None else None
            if limit is not None and cum > limit:
                add(vid, "over_annual_limit", "error",
                    f"{year}年{names.get(kind, kind)}累计 {fmt_yuan(cum)} 元，超过年度限额 {fmt_yuan(limit)} 元"
                    f"（第 {r['seq']} 号 {fmt_yuan(r['amount_fen'])} 元，{r['spent_on']}）", r["id"], r["spent_on"])
                break

    # 3. Hospitality attempts that were refused: the rule worked, but the township wants to know.
    for rid, vid, seq, spent_on, amount in store.execute(
            f"SELECT id, village_id, seq, spent_on, amount_fen FROM expenses WHERE village_id IN ({marks})"
            f" AND {CLOSED_WHERE} AND status = 'refused' AND refused_rule = 'hospitality' ORDER BY spent_on",
            village_ids):
        add(vid, "hospitality_attempt", "info",
            f"{spent_on[:4]}年第 {seq} 号申请招待费 {fmt_yuan(amount)} 元（{spent_on}），已按零招待规定拒绝", rid,
            spent_on)

    # 4. Months with spending whose publicity sheet was not posted by the policy's day of the next month.
    #    One query: each village's months from its first record (found by an index probe per village) up to
    #    the last month whose deadline has passed, without a sheet, with at least one record.
    t = today()
    by_day = expenses.rules(store, t).publish_by_day
    vwhere, vparams = village_filter(store, village_ids, "id")
    firsts = {vid: first for vid, first in store.execute(
        f"SELECT id, (SELECT min(spent_on) FROM expenses WHERE village_id=villages.id) FROM villages"
        f" WHERE {vwhere}", vparams) if first}
    if not firsts:
        return out
    months: list[tuple[str, str, str]] = []
    deadlines: dict[str, dt.date] = {}
    for y, m in month_iter(dt.date.fromisoformat(min(firsts.values())).replace(day=1), t):
        deadline = (month_end(y, m) + dt.timedelta(days=1)).replace(day=by_day)
        if t <= deadline:
            break  # this month's sheet and every later one may still be posted
        ym = f"{y}-{m:02d}"
        deadlines[ym] = deadline
        months.append((ym, f"{ym}-01", f"{ym}-31"))
    if not months:
        return out
    late: dict[int, list[str]] = {}
    for vid, ym in store.execute(
            f"WITH mon(ym, lo, hi) AS (VALUES {','.join(['(?, ?, ?)'] * len(months))}),"
            f" first(vid, ym) AS (VALUES {','.join(['(?, ?)'] * len(firsts))})"
            f" SELECT f.vid, mon.ym FROM first f JOIN mon ON mon.ym >= f.ym"
            f" WHERE NOT EXISTS (SELECT 1 FROM expense_publications p WHERE p.village_id=f.vid AND p.month=mon.ym)"
            f" AND EXISTS (SELECT 1 FROM expenses e WHERE e.village_id=f.vid AND e.spent_on BETWEEN mon.lo AND mon.hi)",
            [x for mon in months for x in mon] + [x for vid, first in firsts.items() for x in (vid, first[:7])]):
        late.setdefault(vid, []).append(ym)
    for vid in village_ids:
        for ym in sorted(late.get(vid, ())):
            deadline = deadlines[ym]
            add(vid, "month_not_published", "warning",
                f"{int(ym[:4])}年{int(ym[5:])}月的非生产性开支没有张榜公开（应在{deadline.month}月{deadline.day}日前公开）",
                None, ym)
    return out
