"""Expense rule findings: over-limit spending, hospitality, approval steps out of order, a handler who
approved their own request, months whose spending was not made public.

The core prevents all of these for records made through it; they show up in data imported from
elsewhere, entered before the rules, or altered behind the app's back. Each check is one scan in SQL.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from villageadmin.core import expenses
from villageadmin.core.checks import Finding, month_end
from villageadmin.core.clock import today
from villageadmin.core.money import fmt_yuan

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


def _limits_cte(periods: list[tuple[str, str, expenses.ExpensePolicy]]) -> tuple[str, list[Any]]:
    values: list[str] = []
    params: list[Any] = []
    for lo, hi, pol in periods:
        for k in pol.kinds.values():
            values.append("(?,?,?,?,?,?)")
            params += [k.code, lo, hi, k.per_item_limit_fen, k.annual_limit_fen, int(k.always_refused)]
    if not values:
        values.append("(NULL, NULL, NULL, NULL, NULL, NULL)")
    return f"WITH lim(kind, lo, hi, item, annual, refused) AS (VALUES {', '.join(values)})", params


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

    # 1. One scan over committed rows: per-item limit and hospitality, steps out of order, self-approval.
    cte, cparams = _limits_cte(periods)
    sql = (
        f"{cte} SELECT e.id, e.village_id, e.seq, e.kind, e.spent_on, e.amount_fen, e.status, e.reverses_id,"
        " e.handler_id, e.handler_name, e.village_approver_id, e.village_approver_name, e.second_signer_id,"
        " e.second_signer_name, e.village_approved_at, e.needs_township, e.township_reviewed_at, e.paid_on,"
        " coalesce(e.item_limit_fen, l.item) AS item, coalesce(l.refused, 0) AS refused"
        " FROM expenses e LEFT JOIN lim l ON l.kind = e.kind AND e.spent_on >= l.lo AND e.spent_on < l.hi"
        f" WHERE e.village_id IN ({marks}) AND e.status IN {_COMMITTED} AND ("
        "  (e.reverses_id IS NULL AND (l.refused = 1 OR e.amount_fen > coalesce(e.item_limit_fen, l.item)))"
        "  OR e.village_approved_at IS NULL"
        "  OR (e.reverses_id IS NULL AND e.needs_township = 1 AND e.status IN ('approved', 'paid')"
        "      AND e.township_reviewed_at IS NULL)"
        "  OR substr(e.township_reviewed_at, 1, 10) < substr(e.village_approved_at, 1, 10)"
        "  OR e.paid_on < substr(e.village_approved_at, 1, 10)"
        "  OR e.paid_on < substr(e.township_reviewed_at, 1, 10)"
        "  OR (e.status = 'paid' AND e.paid_on IS NULL)"
        "  OR e.handler_id = e.village_approver_id OR e.handler_name = e.village_approver_name"
        "  OR e.second_signer_id = e.handler_id OR e.second_signer_id = e.village_approver_id)"
        " ORDER BY e.village_id, e.spent_on, e.id")
    for r in store.query(sql, [*cparams, *village_ids]):
        vid, kname, amount = r["village_id"], names.get(r["kind"], r["kind"]), fmt_yuan(r["amount_fen"])
        label = f"{r['spent_on'][:4]}年第 {r['seq']} 号{kname} {amount} 元（{r['spent_on']}）"
        if r["reverses_id"] is None and r["refused"]:
            add(vid, "hospitality_spent", "error", f"{label}：村级公务零招待，{kname}不得列支", r["id"], r["spent_on"])
        elif r["reverses_id"] is None and r["item"] is not None and r["amount_fen"] > r["item"]:
            add(vid, "over_item_limit", "error",
                f"{label}超过单笔限额 {fmt_yuan(r['item'])} 元，多出 {fmt_yuan(r['amount_fen'] - r['item'])} 元",
                r["id"], r["spent_on"])
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
            add(vid, "steps_out_of_order", "error", f"{label}审批顺序不对：" + "；".join(steps), r["id"],
                r["spent_on"])
        if (r["handler_id"] is not None and r["handler_id"] == r["village_approver_id"]) or \
                (r["handler_name"] and r["handler_name"] == r["village_approver_name"]):
            add(vid, "self_approval", "error", f"{label}由经办人{r['handler_name']}自己审批", r["id"], r["spent_on"])
        elif r["second_signer_id"] is not None and r["second_signer_id"] in (r["handler_id"],
                                                                             r["village_approver_id"]):
            add(vid, "self_approval", "error", f"{label}的会签人{r['second_signer_name']}同时是经办人或审批人",
                r["id"], r["spent_on"])

    # 2. Annual limits: sums per village, kind and year in SQL; the few groups over the lowest limit that
    #    applied that year are walked in date order to find the request that went over.
    lowest: dict[tuple[str, int], int] = {}
    for lo, hi, pol in periods:
        for year in range(max(2000, int(lo[:4])), min(today().year, int(hi[:4])) + 1):
            for k in pol.kinds.values():
                key = (k.code, year)
                lowest[key] = min(lowest.get(key, k.annual_limit_fen), k.annual_limit_fen)
    suspects = []
    for vid, kind, year, total in store.execute(
            f"SELECT village_id, kind, budget_year, sum(amount_fen) FROM expenses WHERE village_id IN ({marks})"
            f" AND status IN {_COMMITTED} GROUP BY village_id, kind, budget_year", village_ids):
        limit = lowest.get((kind, year))
        if limit is not None and total > limit and not any(
                pol.kinds.get(kind) and pol.kinds[kind].always_refused for _lo, _hi, pol in periods):
            suspects.append((vid, kind, year))
    for vid, kind, year in suspects:
        cum = 0
        for r in store.query(
                f"SELECT e.id, e.seq, e.spent_on, e.amount_fen, e.reverses_id, e.annual_limit_fen FROM expenses e"
                f" WHERE e.village_id=? AND e.kind=? AND e.budget_year=? AND e.status IN {_COMMITTED}"
                f" ORDER BY e.spent_on, e.id", (vid, kind, year)):
            cum += r["amount_fen"]
            if r["reverses_id"] is not None:
                continue
            limit = r["annual_limit_fen"]
            if limit is None:
                limit = next(p.kinds[kind].annual_limit_fen for lo, hi, p in periods
                             if lo <= r["spent_on"] < hi and kind in p.kinds)
            if cum > limit:
                kname = names.get(kind, kind)
                add(vid, "over_annual_limit", "error",
                    f"{year}年{kname}累计 {fmt_yuan(cum)} 元，超过年度限额 {fmt_yuan(limit)} 元"
                    f"（第 {r['seq']} 号 {fmt_yuan(r['amount_fen'])} 元，{r['spent_on']}）", r["id"], r["spent_on"])
                break

    # 3. Hospitality attempts that were refused: the rule worked, but the township wants to know.
    for rid, vid, seq, spent_on, amount in store.execute(
            f"SELECT id, village_id, seq, spent_on, amount_fen FROM expenses WHERE status='refused'"
            f" AND refused_rule='hospitality' AND village_id IN ({marks}) ORDER BY spent_on", village_ids):
        add(vid, "hospitality_attempt", "info",
            f"{spent_on[:4]}年第 {seq} 号申请招待费 {fmt_yuan(amount)} 元（{spent_on}），已按零招待规定拒绝", rid,
            spent_on)

    # 4. Months with spending whose publicity sheet was not posted by the policy's day of the next month.
    t = today()
    by_day = expenses.rules(store, t).publish_by_day
    published = {(vid, m) for vid, m in store.execute(
        f"SELECT village_id, month FROM expense_publications WHERE village_id IN ({marks})", village_ids)}
    for vid, ym in store.execute(
            f"SELECT village_id, substr(spent_on, 1, 7) FROM expenses WHERE village_id IN ({marks})"
            f" GROUP BY village_id, substr(spent_on, 1, 7)", village_ids):
        if (vid, ym) in published:
            continue
        y, m = int(ym[:4]), int(ym[5:7])
        end = month_end(y, m)
        deadline = (end + dt.timedelta(days=1)).replace(day=by_day)
        if t > deadline:
            add(vid, "month_not_published", "warning",
                f"{y}年{m}月的非生产性开支没有张榜公开（应在{deadline.month}月{deadline.day}日前公开）", None, ym)
    return out
