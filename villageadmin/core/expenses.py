"""Non-productive expenses (非生产性开支): the township's limits, the approval steps, reversals.

Flow: the handler (经办人) records a request → village approval by the secretary (and a second
signer above the policy's amount; nobody approves what they handled) → township review where the
policy asks for it → paid. Hospitality is always refused (村级公务零招待). A request over its limit
cannot be approved at village level; refused attempts are kept as records. Rows money is committed
to are never edited: a correction is a new reversing entry that names the original and a reason.

Limits are judged per village, per kind, per calendar year, by the policy in force on the
request's date (section ``expenses`` of the township policy); the sums are computed in SQL.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.accounts import Actor, require_admin, require_read, require_write
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError
from villageadmin.core.expense_policy import (POLICY_SECTION, ExpensePolicy, KindRule, kind_names, rules,
                                             save_policy)
from villageadmin.core.money import CEILING_FEN, fmt_yuan
from villageadmin.core.schema_expenses import COMMITTED

if TYPE_CHECKING:
    from villageadmin.core.store import Store

STATUS_LABELS: dict[str, str] = {
    "pending": "待村审批",
    "township": "待乡镇审核",
    "approved": "已审批待支付",
    "paid": "已支付",
    "refused": "已拒绝",
    "withdrawn": "已撤回",
}
PAY_METHODS: dict[str, str] = {"cash": "现金", "transfer": "转账"}
REFUSED_STAGES: dict[str, str] = {"rule": "按制度自动拒绝", "village": "村审批不同意", "township": "乡镇审核不同意",
                                  "handler": "经办人撤回"}
RULE_LABELS: dict[str, str] = {
    "hospitality": "村级公务零招待",
    "over_item_limit": "超过单笔限额",
    "over_annual_limit": "超过年度限额",
    "inactive_kind": "开支类别已停用",
}
_COMMITTED_SQL = "('" + "','".join(COMMITTED) + "')"
MAX_TEXT = 200


# -- the judgement -----------------------------------------------------------------------
def ytd_used(store: Store, village_id: int, kind: str, year: int, *, through: dt.date | None = None,
             exclude_id: int | None = None) -> int:
    """Money committed to ``kind`` in ``year`` (approved, paid or awaiting township review), reversals included."""
    sql = (f"SELECT coalesce(sum(amount_fen), 0) FROM expenses WHERE village_id=? AND budget_year=? AND kind=?"
           f" AND status IN {_COMMITTED_SQL}")
    params: list[Any] = [village_id, year, kind]
    if through is not None:
        sql += " AND spent_on <= ?"
        params.append(through.isoformat())
    if exclude_id is not None:
        sql += " AND id <> ?"
        params.append(exclude_id)
    return int(store.scalar(sql, params) or 0)


def ytd_by_kind(store: Store, village_id: int, year: int, *, through: dt.date | None = None) -> dict[str, int]:
    sql = (f"SELECT kind, sum(amount_fen) FROM expenses WHERE village_id=? AND budget_year=?"
           f" AND status IN {_COMMITTED_SQL}")
    params: list[Any] = [village_id, year]
    if through is not None:
        sql += " AND spent_on <= ?"
        params.append(through.isoformat())
    return {k: int(v) for k, v in store.execute(sql + " GROUP BY kind", params)}


@dataclass
class Judgement:
    """A request measured against the policy in force on its date."""

    ok: bool
    rule: str  # '' when ok; else hospitality / over_item_limit / over_annual_limit / inactive_kind
    message: str
    kind: KindRule
    amount_fen: int
    ytd_before_fen: int
    effective_from: str
    year: int
    pending_fen: int = 0  # other requests of this kind and year still waiting for village approval

    @property
    def limit_fen(self) -> int:
        return self.kind.annual_limit_fen

    @property
    def after_fen(self) -> int:
        return self.ytd_before_fen + self.amount_fen

    @property
    def left_fen(self) -> int:
        """What the annual limit leaves after this request (negative when over)."""
        return self.kind.annual_limit_fen - self.after_fen

    @property
    def needs_township(self) -> bool:
        return self.amount_fen > self.kind.township_review_above_fen

    @property
    def needs_second(self) -> bool:
        return self.amount_fen > self.kind.second_signer_above_fen


def _rule_name(eff: str) -> str:
    return f"依据《行政村非生产性开支限额审批制度》，{cn_day(eff)}起执行"


def cn_day(iso: str | dt.date) -> str:
    d = iso if isinstance(iso, dt.date) else dt.date.fromisoformat(str(iso)[:10])
    return f"{d.year}年{d.month}月{d.day}日"


def refusal_message(rule: str, k: KindRule, amount_fen: int, used_fen: int, year: int, effective_from: str) -> str:
    """The plain-Chinese reason a request is refused, naming the rule and the numbers in yuan."""
    amount = fmt_yuan(amount_fen)
    if rule == "hospitality":
        return (f"村级公务零招待：{k.name}一律不予审批（限额 0 元，{_rule_name(effective_from)}）。"
                f"这笔 {amount} 元的申请不能通过。")
    if rule == "inactive_kind":
        return f"开支类别“{k.name}”自 {cn_day(effective_from)} 起已停用，请选择其他类别。"
    if rule == "over_item_limit":
        return (f"这笔{k.name} {amount} 元超过单笔限额 {fmt_yuan(k.per_item_limit_fen)} 元，"
                f"多出 {fmt_yuan(amount_fen - k.per_item_limit_fen)} 元（{_rule_name(effective_from)}），村里不能审批。")
    left = max(0, k.annual_limit_fen - used_fen)
    return (f"这笔{k.name} {amount} 元会使本村{year}年{k.name}累计达到 {fmt_yuan(used_fen + amount_fen)} 元，"
            f"超过年度限额 {fmt_yuan(k.annual_limit_fen)} 元（已用 {fmt_yuan(used_fen)} 元，"
            f"只剩 {fmt_yuan(left)} 元；{_rule_name(effective_from)}），村里不能审批。")


def judge(store: Store, village_id: int, kind: str, on: dt.date, amount_fen: int, *,
          exclude_id: int | None = None, pol: ExpensePolicy | None = None) -> Judgement:
    """Measure ``amount_fen`` of ``kind`` on ``on`` against the policy then in force and the year's spending."""
    pol = pol or rules(store, on)
    k = pol.kind(kind)
    used = ytd_used(store, village_id, kind, on.year, exclude_id=exclude_id)
    j = Judgement(True, "", "", k, amount_fen, used, pol.effective_from, on.year)
    if k.always_refused:
        j.rule = "hospitality"
    elif not k.active:
        j.rule = "inactive_kind"
    elif amount_fen > k.per_item_limit_fen:
        j.rule = "over_item_limit"
    elif used + amount_fen > k.annual_limit_fen:
        j.rule = "over_annual_limit"
    if j.rule:
        j.ok = False
        j.message = refusal_message(j.rule, k, amount_fen, used, on.year, pol.effective_from)
    return j


def meter(store: Store, actor: Actor, village_id: int, kind: str, on: dt.date, amount_fen: int = 0, *,
          exclude_id: int | None = None) -> Judgement:
    """What the request form's limit meter shows: used / this request / left, and the verdict."""
    require_read(actor, village_id)
    j = judge(store, village_id, kind, on, amount_fen, exclude_id=exclude_id)
    sql = ("SELECT coalesce(sum(amount_fen), 0) FROM expenses WHERE village_id=? AND budget_year=? AND kind=?"
           " AND status='pending'")
    params: list[Any] = [village_id, on.year, kind]
    if exclude_id is not None:
        sql += " AND id <> ?"
        params.append(exclude_id)
    j.pending_fen = int(store.scalar(sql, params) or 0)
    return j


# -- input ------------------------------------------------------------------------------
@dataclass
class ExpenseInput:
    village_id: int
    kind: str
    spent_on: dt.date | None
    amount_fen: int | None
    payee: str
    purpose: str
    handler_id: int | None
    receipts: int = 1
    pay_method: str = "cash"


@dataclass
class SubmitResult:
    id: int
    status: str
    judgement: Judgement

    @property
    def refused(self) -> bool:
        return self.status == "refused"


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def publication(store: Store, village_id: int, year: int, month: int) -> dict[str, Any] | None:
    return store.one("SELECT * FROM expense_publications WHERE village_id=? AND month=?",
                     (village_id, f"{year}-{month:02d}"))


def _check_month_open(store: Store, village_id: int, day: dt.date, field_name: str) -> None:
    pub = publication(store, village_id, day.year, day.month)
    if pub:
        raise ValidationError(field_name, f"{day.year}年{day.month}月的开支已于 {cn_day(pub['posted_on'])} 张榜公开，"
                                          f"不能再记入这个月；请按实际日期记在本月。", code="month_published")


def _cadre(store: Store, village_id: int, cadre_id: int | None, field_name: str, label: str) -> dict[str, Any]:
    if cadre_id is None:
        raise ValidationError(field_name, f"请选择{label}。", code="required")
    row = store.one("SELECT id, name, post, village_id, active FROM cadres WHERE id=?", (cadre_id,))
    if row is None or row["village_id"] != village_id:
        raise ValidationError(field_name, f"{label}必须是本村的村干部。", code="foreign_cadre")
    if not row["active"]:
        raise ValidationError(field_name, f"{row['name']}已不在任，不能作{label}。", code="inactive_cadre")
    return row


def validate(store: Store, data: ExpenseInput) -> ExpensePolicy:
    if data.spent_on is None:
        raise ValidationError("spent_on", "请填写日期。", code="required")
    t = today()
    last = month_bounds(t.year, t.month)[1]
    if data.spent_on > last:
        raise ValidationError("spent_on", f"日期 {data.spent_on.isoformat()} 在本月以后，不能登记。", code="future")
    if data.spent_on.year < 2000:
        raise ValidationError("spent_on", "日期太早了，请检查年份。", code="too_old")
    pol = rules(store, data.spent_on)
    if not data.kind:
        raise ValidationError("kind", "请选择开支类别。", code="required")
    k = pol.kinds.get(data.kind)
    if k is None:
        raise ValidationError("kind", f"{cn_day(data.spent_on)}执行的政策里没有这个开支类别。", code="unknown_kind")
    if data.amount_fen is None:
        raise ValidationError("amount", "请填写金额。", code="required")
    if isinstance(data.amount_fen, bool) or not isinstance(data.amount_fen, int):
        raise ValidationError("amount", "金额要以分为单位的整数。", code="bad_money")
    if data.amount_fen <= 0:
        raise ValidationError("amount", "金额要大于 0。", code="negative")
    if data.amount_fen > CEILING_FEN:
        raise ValidationError("amount", f"金额 {fmt_yuan(data.amount_fen)} 元太大了，请检查是否多打了数字。",
                              code="too_large")
    for fname, label in (("payee", "收款单位或个人"), ("purpose", "开支事由")):
        value = getattr(data, fname).strip()
        if not value:
            raise ValidationError(fname, f"请填写{label}。", code="required")
        if len(value) > MAX_TEXT:
            raise ValidationError(fname, f"{label}太长了（最多 {MAX_TEXT} 个字）。", code="too_long")
    _cadre(store, data.village_id, data.handler_id, "handler", "经办人")
    if isinstance(data.receipts, bool) or not isinstance(data.receipts, int) or not 0 <= data.receipts <= 999:
        raise ValidationError("receipts", "票据张数应是 0 到 999 之间的整数。", code="bad_receipts")
    if data.pay_method not in PAY_METHODS:
        raise ValidationError("pay_method", "请选择支付方式（现金或转账）。", code="required")
    _check_month_open(store, data.village_id, data.spent_on, "spent_on")
    return pol


def _next_seq(store: Store, village_id: int, year: int) -> int:
    return int(store.scalar("SELECT coalesce(max(seq), 0) + 1 FROM expenses WHERE village_id=? AND spent_on"
                            " BETWEEN ? AND ?", (village_id, f"{year}-01-01", f"{year}-12-31")))


def _row(store: Store, expense_id: int) -> dict[str, Any]:
    row = store.one("SELECT * FROM expenses WHERE id=?", (expense_id,))
    if row is None:
        raise NotFound("没有这笔开支记录。")
    return row


def _refusal(j: Judgement) -> dict[str, Any]:
    return {"status": "refused", "refused_at": now_iso(), "refused_by": "制度", "refused_stage": "rule",
            "refused_rule": j.rule, "refused_reason": j.message}


# -- the steps --------------------------------------------------------------------------
def submit(store: Store, actor: Actor, data: ExpenseInput) -> SubmitResult:
    """Record a request. One that the rules refuse (hospitality, over a limit) is kept, marked refused."""
    require_write(actor, data.village_id)
    pol = validate(store, data)
    assert data.spent_on is not None and data.amount_fen is not None and data.handler_id is not None
    handler = _cadre(store, data.village_id, data.handler_id, "handler", "经办人")
    with store.transaction():
        j = judge(store, data.village_id, data.kind, data.spent_on, data.amount_fen, pol=pol)
        seq = _next_seq(store, data.village_id, data.spent_on.year)
        values: dict[str, Any] = {
            "village_id": data.village_id, "seq": seq, "kind": data.kind, "spent_on": data.spent_on.isoformat(),
            "budget_year": data.spent_on.year, "amount_fen": data.amount_fen, "payee": data.payee.strip(),
            "purpose": data.purpose.strip(), "handler_id": handler["id"], "handler_name": handler["name"],
            "receipts": data.receipts, "pay_method": data.pay_method, "status": "pending",
            "needs_township": int(j.needs_township), "needs_second": int(j.needs_second),
            "recorded_by": actor.username, "created_at": now_iso(), "item_limit_fen": j.kind.per_item_limit_fen,
            "annual_limit_fen": j.kind.annual_limit_fen, "ytd_before_fen": j.ytd_before_fen}
        if not j.ok:
            values.update(_refusal(j))
        cols = ", ".join(values)
        cur = store.execute(f"INSERT INTO expenses ({cols}) VALUES ({', '.join('?' * len(values))})",
                            list(values.values()))
        eid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create" if j.ok else "refuse", "expense", eid, village_id=data.village_id,
                     after=values, extra={"rule": j.rule} if not j.ok else None)
    return SubmitResult(eid, values["status"], j)


def update_pending(store: Store, actor: Actor, expense_id: int, data: ExpenseInput) -> SubmitResult:
    """Correct a request that is still waiting for village approval (approved ones are never edited)."""
    old = _row(store, expense_id)
    require_write(actor, old["village_id"])
    if old["village_id"] != data.village_id:
        raise ValidationError("village", "开支记录不能改到别的村。", code="move_village")
    if old["status"] != "pending":
        raise RuleViolation(f"这笔开支{STATUS_LABELS[old['status']]}，不能再修改；如有差错，请做冲销（红字更正）。",
                            code="not_editable", status=old["status"])
    pol = validate(store, data)
    assert data.spent_on is not None and data.amount_fen is not None
    handler = _cadre(store, data.village_id, data.handler_id, "handler", "经办人")
    with store.transaction():
        j = judge(store, data.village_id, data.kind, data.spent_on, data.amount_fen, exclude_id=expense_id, pol=pol)
        seq = old["seq"] if old["spent_on"][:4] == data.spent_on.isoformat()[:4] else \
            _next_seq(store, data.village_id, data.spent_on.year)
        values: dict[str, Any] = {
            "seq": seq, "kind": data.kind, "spent_on": data.spent_on.isoformat(), "budget_year": data.spent_on.year,
            "amount_fen": data.amount_fen, "payee": data.payee.strip(), "purpose": data.purpose.strip(),
            "handler_id": handler["id"], "handler_name": handler["name"], "receipts": data.receipts,
            "pay_method": data.pay_method, "needs_township": int(j.needs_township),
            "needs_second": int(j.needs_second), "item_limit_fen": j.kind.per_item_limit_fen,
            "annual_limit_fen": j.kind.annual_limit_fen, "ytd_before_fen": j.ytd_before_fen}
        if not j.ok:
            values.update(_refusal(j))
        sets = ", ".join(f"{c}=?" for c in values)
        n = store.execute(f"UPDATE expenses SET {sets} WHERE id=? AND status='pending'",
                          [*values.values(), expense_id]).rowcount
        if n != 1:
            raise RuleViolation("这笔开支刚被别人处理过，请重新打开。", code="changed")
        audit.append(store, actor, "update" if j.ok else "refuse", "expense", expense_id,
                     village_id=data.village_id, before=old, after=values)
    return SubmitResult(expense_id, values.get("status", "pending"), j)


def _order_error(row: dict[str, Any], action: str) -> RuleViolation:
    st = row["status"]
    if row["reverses_id"] is not None:
        return RuleViolation(f"这是冲销记录，不能{action}。", code="order", status=st)
    hint = {"pending": "还没有经过村审批", "township": "还在等乡镇审核", "approved": "已经审批过了",
            "paid": "已经支付了", "refused": "已经被拒绝", "withdrawn": "已经撤回"}[st]
    return RuleViolation(f"第 {row['seq']} 号开支{hint}（{STATUS_LABELS[st]}），现在不能{action}。", code="order",
                         status=st)


def _approver(store: Store, pol: ExpensePolicy, row: dict[str, Any], approver_id: int | None) -> dict[str, Any]:
    appr = _cadre(store, row["village_id"], approver_id, "approver", "审批人")
    if appr["id"] == row["handler_id"] or appr["name"] == row["handler_name"]:
        raise RuleViolation(f"经办人{row['handler_name']}不能审批自己经办的开支，请由其他村干部审批"
                            f"（《行政村非生产性开支限额审批制度》：经办与审批不得为同一人）。", code="self_approval",
                            handler=row["handler_name"])
    if not any(p in (appr["post"] or "") for p in pol.approver_posts):
        raise ValidationError("approver", f"{appr['name']}（{appr['post'] or '无职务'}）不能审批开支；按规定由"
                                          f"{'或'.join(pol.approver_posts)}审批。", code="not_approver")
    return appr


def approve_village(store: Store, actor: Actor, expense_id: int, *, approver_id: int | None,
                    second_signer_id: int | None = None, opinion: str = "同意") -> str:
    """Village approval (村审批). Returns the new status: 'township' when township review is required.

    A request the rules refuse at this moment (over a limit, hospitality) is marked refused — that is
    kept as a record — and then the RuleViolation naming the rule and the numbers is raised.
    """
    row = _row(store, expense_id)
    require_write(actor, row["village_id"])
    if row["status"] != "pending" or row["reverses_id"] is not None:
        raise _order_error(row, "做村审批")
    spent_on = dt.date.fromisoformat(row["spent_on"])
    pol = rules(store, spent_on)
    appr = _approver(store, pol, row, approver_id)
    refused: Judgement | None = None
    with store.transaction():
        j = judge(store, row["village_id"], row["kind"], spent_on, row["amount_fen"], exclude_id=expense_id, pol=pol)
        if not j.ok:
            values = _refusal(j)
            values["refused_by"] = f"制度（{appr['name']}审批时）"
            refused = j
        else:
            second: dict[str, Any] | None = None
            if j.needs_second:
                if second_signer_id is None:
                    raise ValidationError("second_signer", f"这笔开支 {fmt_yuan(row['amount_fen'])} 元，超过 "
                                          f"{fmt_yuan(j.kind.second_signer_above_fen)} 元，需要第二名村干部会签。",
                                          code="second_required")
                second = _cadre(store, row["village_id"], second_signer_id, "second_signer", "会签人")
                if second["id"] in (row["handler_id"], appr["id"]) or second["name"] in (row["handler_name"],
                                                                                        appr["name"]):
                    raise RuleViolation("会签人不能是经办人或审批人本人，请另选一名村干部。", code="self_approval")
            values = {"status": "township" if j.needs_township else "approved",
                      "needs_township": int(j.needs_township), "needs_second": int(j.needs_second),
                      "item_limit_fen": j.kind.per_item_limit_fen, "annual_limit_fen": j.kind.annual_limit_fen,
                      "ytd_before_fen": j.ytd_before_fen, "village_approver_id": appr["id"],
                      "village_approver_name": appr["name"],
                      "second_signer_id": second["id"] if second else None,
                      "second_signer_name": second["name"] if second else None,
                      "village_approved_at": now_iso(), "village_opinion": opinion.strip() or "同意",
                      "approved_by_user": actor.username}
        sets = ", ".join(f"{c}=?" for c in values)
        store.execute(f"UPDATE expenses SET {sets} WHERE id=?", [*values.values(), expense_id])
        audit.append(store, actor, "refuse" if refused else "approve_village", "expense", expense_id,
                     village_id=row["village_id"], after=values)
    if refused is not None:
        raise RuleViolation(refused.message, code=refused.rule, expense_id=expense_id)
    return str(values["status"])


def refuse_village(store: Store, actor: Actor, expense_id: int, *, by_id: int | None, reason: str) -> None:
    """The village does not approve (村审批不同意); the request is kept, marked refused, with the reason."""
    row = _row(store, expense_id)
    require_write(actor, row["village_id"])
    if row["status"] != "pending":
        raise _order_error(row, "做村审批")
    if not reason.strip():
        raise ValidationError("opinion", "不同意时请写明理由。", code="required")
    who = _cadre(store, row["village_id"], by_id, "approver", "审批人")
    values = {"status": "refused", "refused_at": now_iso(), "refused_by": who["name"], "refused_stage": "village",
              "refused_rule": "", "refused_reason": reason.strip(), "village_approver_id": who["id"],
              "village_approver_name": who["name"], "village_opinion": reason.strip(),
              "approved_by_user": actor.username}
    with store.transaction():
        store.execute(f"UPDATE expenses SET {', '.join(f'{c}=?' for c in values)} WHERE id=?",
                      [*values.values(), expense_id])
        audit.append(store, actor, "refuse", "expense", expense_id, village_id=row["village_id"], after=values)


def review_township(store: Store, actor: Actor, expense_id: int, *, approve: bool, opinion: str) -> str:
    """Township review (乡镇审核) of a request the village approved; only the township administrator."""
    require_admin(actor)
    row = _row(store, expense_id)
    if row["status"] != "township":
        raise _order_error(row, "做乡镇审核")
    if not approve and not opinion.strip():
        raise ValidationError("opinion", "不同意时请写明理由。", code="required")
    at = now_iso()
    reviewer = actor.display_name or actor.username
    values: dict[str, Any] = {"township_reviewer": reviewer, "township_reviewed_at": at,
                              "township_opinion": opinion.strip() or ("同意" if approve else "")}
    if approve:
        values["status"] = "approved"
    else:
        values.update({"status": "refused", "refused_at": at, "refused_by": reviewer, "refused_stage": "township",
                       "refused_rule": "", "refused_reason": opinion.strip()})
    with store.transaction():
        store.execute(f"UPDATE expenses SET {', '.join(f'{c}=?' for c in values)} WHERE id=?",
                      [*values.values(), expense_id])
        audit.append(store, actor, "review_township", "expense", expense_id, village_id=row["village_id"],
                     after=values)
    return str(values["status"])


def _reversed_fen(store: Store, expense_id: int) -> int:
    """Total reversed so far (a positive number)."""
    return -int(store.scalar("SELECT coalesce(sum(amount_fen), 0) FROM expenses WHERE reverses_id=?",
                             (expense_id,)) or 0)


def pay(store: Store, actor: Actor, expense_id: int, *, paid_on: dt.date | None, paid_by: str) -> None:
    """Record the payment (支付) of an approved request: cash or transfer, on a date, by whom."""
    row = _row(store, expense_id)
    require_write(actor, row["village_id"])
    if row["status"] != "approved" or row["reverses_id"] is not None:
        raise _order_error(row, "支付")
    if _reversed_fen(store, expense_id) >= row["amount_fen"]:
        raise RuleViolation(f"第 {row['seq']} 号开支已全额冲销，不能再支付。", code="reversed")
    if paid_on is None:
        raise ValidationError("paid_on", "请填写支付日期。", code="required")
    approved = dt.date.fromisoformat(str(row["village_approved_at"])[:10])
    reviewed = row["township_reviewed_at"]
    if reviewed:
        approved = max(approved, dt.date.fromisoformat(str(reviewed)[:10]))
    if paid_on < approved:
        raise ValidationError("paid_on", f"支付日期不能早于审批日期 {cn_day(approved)}。", code="before_approval")
    if paid_on > today():
        raise ValidationError("paid_on", "支付日期不能晚于今天。", code="future")
    if not paid_by.strip():
        raise ValidationError("paid_by", "请填写付款人（出纳或报账员）。", code="required")
    values = {"status": "paid", "paid_on": paid_on.isoformat(), "paid_by": paid_by.strip(), "paid_at": now_iso()}
    with store.transaction():
        store.execute(f"UPDATE expenses SET {', '.join(f'{c}=?' for c in values)} WHERE id=?",
                      [*values.values(), expense_id])
        audit.append(store, actor, "pay", "expense", expense_id, village_id=row["village_id"], after=values)


def withdraw(store: Store, actor: Actor, expense_id: int, *, reason: str) -> None:
    """The handler withdraws a request not yet approved; it stays on record as withdrawn."""
    row = _row(store, expense_id)
    require_write(actor, row["village_id"])
    if row["status"] != "pending":
        raise _order_error(row, "撤回")
    if not reason.strip():
        raise ValidationError("reason", "请写明撤回的原因。", code="required")
    values = {"status": "withdrawn", "refused_at": now_iso(), "refused_by": row["handler_name"],
              "refused_stage": "handler", "refused_rule": "", "refused_reason": reason.strip()}
    with store.transaction():
        store.execute(f"UPDATE expenses SET {', '.join(f'{c}=?' for c in values)} WHERE id=?",
                      [*values.values(), expense_id])
        audit.append(store, actor, "withdraw", "expense", expense_id, village_id=row["village_id"], after=values)


def reverse(store: Store, actor: Actor, expense_id: int, *, on: dt.date | None, reason: str,
            handler_id: int | None, approver_id: int | None, amount_fen: int | None = None) -> int:
    """A correction (红字冲销): a new entry of minus the amount, linked to the original, with a reason.

    It counts against the original's year. An approved but unpaid request can only be reversed in full
    (the approval is cancelled); a paid one also in part (money returned).
    """
    row = _row(store, expense_id)
    require_write(actor, row["village_id"])
    if row["reverses_id"] is not None:
        raise RuleViolation("冲销记录本身不能再冲销。", code="order")
    if row["status"] not in ("approved", "paid"):
        raise RuleViolation(f"第 {row['seq']} 号开支{STATUS_LABELS[row['status']]}，没有入账，不需要冲销"
                            + ("；未审批的申请可以直接修改或撤回。" if row["status"] == "pending" else "。"),
                            code="order", status=row["status"])
    remaining = row["amount_fen"] - _reversed_fen(store, expense_id)
    if remaining <= 0:
        raise RuleViolation(f"第 {row['seq']} 号开支已全额冲销。", code="reversed")
    amount = remaining if amount_fen is None else amount_fen
    if isinstance(amount, bool) or not isinstance(amount, int) or amount <= 0:
        raise ValidationError("amount", "冲销金额要大于 0。", code="negative")
    if amount > remaining:
        raise ValidationError("amount", f"冲销金额 {fmt_yuan(amount)} 元超过可冲销的 {fmt_yuan(remaining)} 元。",
                              code="too_large", remaining_fen=remaining)
    if row["status"] == "approved" and amount != row["amount_fen"]:
        raise ValidationError("amount", "还没有支付的开支只能全额冲销（撤销审批）。", code="partial_unpaid")
    if not reason.strip():
        raise ValidationError("reason", "请写明冲销的原因。", code="required")
    if on is None:
        raise ValidationError("on", "请填写冲销日期。", code="required")
    if on < dt.date.fromisoformat(row["spent_on"]):
        raise ValidationError("on", "冲销日期不能早于原开支日期。", code="before_original")
    if row["paid_on"] and on.isoformat() < row["paid_on"]:
        raise ValidationError("on", f"冲销日期不能早于支付日期 {cn_day(row['paid_on'])}。", code="before_original")
    if on > today():
        raise ValidationError("on", "冲销日期不能晚于今天。", code="future")
    _check_month_open(store, row["village_id"], on, "on")
    pol = rules(store, on)
    handler = _cadre(store, row["village_id"], handler_id, "handler", "经办人")
    appr = _approver(store, pol, {**row, "handler_id": handler["id"], "handler_name": handler["name"]}, approver_id)
    at = now_iso()
    with store.transaction():
        paid = row["status"] == "paid"
        values: dict[str, Any] = {
            "village_id": row["village_id"], "seq": _next_seq(store, row["village_id"], on.year), "kind": row["kind"],
            "spent_on": on.isoformat(), "budget_year": row["budget_year"], "amount_fen": -amount,
            "payee": row["payee"], "purpose": f"冲销{row['spent_on'][:4]}年第 {row['seq']} 号：{row['purpose']}",
            "handler_id": handler["id"], "handler_name": handler["name"], "receipts": 0,
            "pay_method": row["pay_method"], "status": "paid" if paid else "approved", "needs_township": 0,
            "needs_second": 0, "reverses_id": expense_id, "reason": reason.strip(), "recorded_by": actor.username,
            "created_at": at, "village_approver_id": appr["id"], "village_approver_name": appr["name"],
            "village_approved_at": at, "village_opinion": "同意冲销", "approved_by_user": actor.username}
        if paid:
            values.update({"paid_on": on.isoformat(), "paid_by": handler["name"], "paid_at": at})
        cur = store.execute(f"INSERT INTO expenses ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                            list(values.values()))
        rid = int(cur.lastrowid or 0)
        audit.append(store, actor, "reverse", "expense", rid, village_id=row["village_id"], after=values,
                     extra={"original": expense_id})
    return rid


def publish_month(store: Store, actor: Actor, village_id: int, year: int, month: int, *,
                  posted_on: dt.date | None = None, note: str = "") -> int:
    """Record that the month's publicity sheet (财务公开栏) was posted on the notice board."""
    require_write(actor, village_id)
    first, last = month_bounds(year, month)
    posted = posted_on or today()
    if posted < last:
        raise ValidationError("posted_on", f"{year}年{month}月还没有结束，月底以后才能公开这个月的开支。",
                              code="month_not_over")
    if posted > today():
        raise ValidationError("posted_on", "公开日期不能晚于今天。", code="future")
    if publication(store, village_id, year, month):
        raise RuleViolation(f"{year}年{month}月的开支已经公开过了。", code="already_published")
    waiting = int(store.scalar("SELECT count(*) FROM expenses WHERE village_id=? AND spent_on BETWEEN ? AND ?"
                               " AND status IN ('pending', 'township')",
                               (village_id, first.isoformat(), last.isoformat())) or 0)
    if waiting:
        raise RuleViolation(f"{year}年{month}月还有 {waiting} 笔开支在等待审批或乡镇审核，处理完后才能公开。",
                            code="waiting", waiting=waiting)
    total, n = store.execute("SELECT coalesce(sum(amount_fen), 0), count(*) FROM expenses WHERE village_id=?"
                             " AND spent_on BETWEEN ? AND ? AND status IN ('approved', 'paid')",
                             (village_id, first.isoformat(), last.isoformat())).fetchone()
    with store.transaction():
        cur = store.execute(
            "INSERT INTO expense_publications (village_id, month, posted_on, posted_by, total_fen, items, note,"
            " created_at) VALUES (?,?,?,?,?,?,?,?)",
            (village_id, f"{year}-{month:02d}", posted.isoformat(), actor.display_name or actor.username, int(total),
             int(n), note.strip(), now_iso()))
        pid = int(cur.lastrowid or 0)
        audit.append(store, actor, "publish", "expense_month", pid, village_id=village_id,
                     after={"month": f"{year}-{month:02d}", "posted_on": posted.isoformat(), "total_fen": int(total),
                            "items": int(n)})
    return pid


# -- reading ------------------------------------------------------------------------------
def status_label(row: dict[str, Any]) -> str:
    if row.get("reverses_id") is not None:
        return "冲销（已退回）" if row["status"] == "paid" else "冲销（撤销审批）"
    return STATUS_LABELS.get(row["status"], row["status"])


def get_expense(store: Store, actor: Actor, expense_id: int) -> dict[str, Any]:
    """One request with its names, its reversals or original, and the net amount, for the slip and dialogs."""
    row = store.one("SELECT e.*, v.name AS village_name, v.code AS village_code,"
                    " (SELECT display_name FROM users WHERE username = e.recorded_by) AS recorded_by_name"
                    " FROM expenses e JOIN villages v ON v.id = e.village_id WHERE e.id=?", (expense_id,))
    if row is None:
        raise NotFound("没有这笔开支记录。")
    require_read(actor, row["village_id"])
    names = kind_names(store)
    row["kind_name"] = names.get(row["kind"], row["kind"])
    row["status_label"] = status_label(row)
    row["pay_method_label"] = PAY_METHODS.get(row["pay_method"], row["pay_method"])
    row["reversals"] = store.query("SELECT id, seq, spent_on, amount_fen, reason, status FROM expenses"
                                   " WHERE reverses_id=? ORDER BY id", (expense_id,))
    row["original"] = store.one("SELECT id, seq, spent_on, amount_fen, purpose, status FROM expenses WHERE id=?",
                                (row["reverses_id"],)) if row["reverses_id"] is not None else None
    row["net_fen"] = row["amount_fen"] + sum(r["amount_fen"] for r in row["reversals"])
    return row


# The policy names are re-exported: callers reach the whole area through this module.
__all__ = ["POLICY_SECTION", "ExpensePolicy", "KindRule", "kind_names", "rules", "save_policy"]
