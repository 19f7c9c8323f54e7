"""The lifecycle of a project (立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理) and its payments.

Part of ``villageadmin.core.bidding``'s interface (import it from there): every stage needs the one
before it and a stage can be corrected until the next one is recorded; a required public tender can
only be replaced by another method with a written reason; payments never exceed the contract sum
before audit, nor the audited sum after it, and the retention stays held until it is paid back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit
from villageadmin.core.accounts import Actor, require_read, require_write
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError
from villageadmin.core.money import fmt_cny

if TYPE_CHECKING:
    from villageadmin.core.store import Store

# The lifecycle, in order. 'registered' is a project on the register with no stage recorded yet.
STAGES: dict[str, str] = {
    "approval": "立项",
    "tender": "招投标",
    "construction": "施工",
    "acceptance": "竣工验收",
    "audit": "审计",
    "funds": "资金管理",
}
STAGE_ORDER = list(STAGES)

# Procurement methods. Only a public tender satisfies the rule when a tender is required.
METHODS: dict[str, str] = {
    "public": "公开招标",
    "invited": "邀请招标",
    "competitive": "竞争性比选",
    "direct": "直接发包",
}
COMPETITIVE_METHODS = ("public", "invited", "competitive")
PAYMENT_KINDS = {"payment": "工程款", "retention": "质保金退还"}
ACCEPTANCE_RESULTS = {"passed": "合格", "failed": "不合格"}


def _check_date(d: dt.date | None, field_name: str, label: str) -> dt.date:
    if d is None:
        raise ValidationError(field_name, f"请填写{label}。", code="required")
    if d > today():
        raise ValidationError(field_name, f"{label} {d.isoformat()} 还没到，不能登记以后的日期。", code="future")
    if d.year < 2000:
        raise ValidationError(field_name, f"{label}太早了，请检查年份。", code="too_old")
    return d


def _project_row(store: Store, project_id: int) -> dict[str, Any]:
    p = store.one("SELECT * FROM projects WHERE id=?", (project_id,))
    if p is None:
        raise NotFound("没有这个项目。")
    return p


def _snapshot(store: Store, project_id: int) -> dict[str, Any]:
    p = _project_row(store, project_id)
    p["stages"] = store.query("SELECT * FROM project_stages WHERE project_id=? ORDER BY id", (project_id,))
    p["bids"] = store.query("SELECT * FROM project_bids WHERE project_id=? ORDER BY seq", (project_id,))
    p["payments"] = store.query("SELECT * FROM project_payments WHERE project_id=? ORDER BY id", (project_id,))
    return p


def _stage_index(stage: str) -> int:
    return -1 if stage == "registered" else STAGE_ORDER.index(stage)


@dataclass
class ApprovalInput:
    """立项: the approval date and document number."""

    approved_on: dt.date | None
    doc_no: str = ""
    note: str = ""
    stage = "approval"


@dataclass
class Bid:
    bidder: str
    amount_fen: int
    winner: bool = False
    note: str = ""


@dataclass
class TenderInput:
    """招投标: method, notice and opening dates, bidders and their bids, the winner."""

    method: str
    opening_on: dt.date | None  # bid opening (or, for a direct award, the date it was decided)
    notice_on: dt.date | None = None
    bids: list[Bid] = field(default_factory=list)
    reason: str = ""  # the written reason when not a public tender
    note: str = ""
    stage = "tender"


@dataclass
class ConstructionInput:
    """施工: the contract sum and when work starts."""

    contract_on: dt.date | None
    contract_fen: int
    start_on: dt.date | None
    end_on: dt.date | None = None  # planned completion
    contract_no: str = ""
    note: str = ""
    stage = "construction"


@dataclass
class AcceptanceInput:
    """竣工验收: date and result."""

    accepted_on: dt.date | None
    passed: bool
    accepted_by: str = ""
    note: str = ""
    stage = "acceptance"


@dataclass
class AuditInput:
    """审计: date and audited sum."""

    audited_on: dt.date | None
    audited_fen: int
    auditor: str = ""
    report_no: str = ""
    note: str = ""
    stage = "audit"


@dataclass
class FundsInput:
    """资金管理: the final settlement and the retention (质保金) held until its due date."""

    settled_on: dt.date | None
    retention_fen: int = 0
    retention_due_on: dt.date | None = None
    note: str = ""
    stage = "funds"


StageInput = ApprovalInput | TenderInput | ConstructionInput | AcceptanceInput | AuditInput | FundsInput


def stage_rows(store: Store, project_id: int) -> dict[str, dict[str, Any]]:
    return {r["stage"]: r for r in store.query("SELECT * FROM project_stages WHERE project_id=?", (project_id,))}


def stage_start(stage: str, row: dict[str, Any]) -> str:
    """The earliest date a stage row carries (tender: its notice)."""
    if stage == "tender" and row.get("notice_on"):
        return str(row["notice_on"])
    return str(row["done_on"])


def stage_end(stage: str, row: dict[str, Any]) -> str:
    """The latest date a stage row carries (construction: the start of work)."""
    if stage == "construction" and row.get("start_on"):
        return max(str(row["done_on"]), str(row["start_on"]))
    return str(row["done_on"])


def order_problems(stages: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """(stage, plain-Chinese problem) for every stage recorded without its predecessor or dated before it."""
    out: list[tuple[str, str]] = []
    for i, stage in enumerate(STAGE_ORDER[1:], 1):
        row = stages.get(stage)
        if row is None:
            continue
        prev = STAGE_ORDER[i - 1]
        if prev not in stages:
            out.append((stage, f"记录了“{STAGES[stage]}”，但没有“{STAGES[prev]}”"))
            continue
        before, start = stage_end(prev, stages[prev]), stage_start(stage, row)
        if start < before:
            out.append((stage, f"“{STAGES[stage]}”的日期 {start} 早于“{STAGES[prev]}”的日期 {before}"))
    return out


def _text(s: str, field_name: str, label: str, *, required: bool = False, limit: int = 200) -> str:
    s = (s or "").strip()
    if required and not s:
        raise ValidationError(field_name, f"请填写{label}。", code="required")
    if len(s) > limit:
        raise ValidationError(field_name, f"{label}最多 {limit} 个字。", code="too_long")
    return s


def _amount(v: int, field_name: str, label: str) -> int:
    if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
        raise ValidationError(field_name, f"请填写{label}（大于 0）。", code="required")
    return v


def _paid(store: Store, project_id: int) -> tuple[int, int]:
    """(works payments, retention released) so far, in fen."""
    row = store.one("SELECT coalesce(sum(CASE WHEN kind='payment' THEN amount_fen END), 0) AS pay,"
                    " coalesce(sum(CASE WHEN kind='retention' THEN amount_fen END), 0) AS ret"
                    " FROM project_payments WHERE project_id=?", (project_id,))
    assert row is not None
    return int(row["pay"]), int(row["ret"])


def record_stage(store: Store, actor: Actor, project_id: int, data: StageInput) -> None:
    """Record (or correct) one lifecycle stage. The core enforces the order and the tender rule."""
    p = _project_row(store, project_id)
    require_write(actor, p["village_id"])
    stage = data.stage
    idx = STAGE_ORDER.index(stage)
    stages = stage_rows(store, project_id)
    if idx > 0:
        prev = STAGE_ORDER[idx - 1]
        if prev not in stages:
            raise RuleViolation(f"还没有记录“{STAGES[prev]}”，不能记录“{STAGES[stage]}”（顺序是 "
                                f"{' → '.join(STAGES.values())}）。", code="stage_order", stage=stage, missing=prev)
    if idx + 1 < len(STAGE_ORDER) and STAGE_ORDER[idx + 1] in stages:
        nxt = STAGE_ORDER[idx + 1]
        raise RuleViolation(f"已经记录了“{STAGES[nxt]}”，“{STAGES[stage]}”不能再改。", code="stage_locked")
    prev_end = stage_end(STAGE_ORDER[idx - 1], stages[STAGE_ORDER[idx - 1]]) if idx > 0 else None
    now = now_iso()
    row: dict[str, Any] = {"doc_no": "", "method": None, "method_reason": "", "notice_on": None, "amount_fen": None,
                           "start_on": None, "end_on": None, "result": None, "party": "", "note": data.note.strip()}
    bids: list[Bid] = []
    contractor: str | None = None

    def not_before(d: dt.date, field_name: str, label: str, earliest: str | None, what: str) -> None:
        if earliest and d.isoformat() < earliest:
            raise ValidationError(field_name, f"{label} {d.isoformat()} 早于{what} {earliest}，请检查。",
                                  code="date_order", earliest=earliest)

    prev_label = f"“{STAGES[STAGE_ORDER[idx - 1]]}”的日期" if idx > 0 else ""
    if isinstance(data, ApprovalInput):
        d = _check_date(data.approved_on, "approved_on", "立项日期")
        row["doc_no"] = _text(data.doc_no, "doc_no", "立项文号", required=True, limit=60)
    elif isinstance(data, TenderInput):
        d = _tender_row(store, p, data, row, prev_end, not_before)
        bids = data.bids
        contractor = next(b.bidder.strip() for b in bids if b.winner)
    elif isinstance(data, ConstructionInput):
        d = _check_date(data.contract_on, "contract_on", "合同签订日期")
        not_before(d, "contract_on", "合同签订日期", prev_end, "开标（定标）日期")
        row["amount_fen"] = _amount(data.contract_fen, "contract_fen", "合同价")
        start = _check_date(data.start_on, "start_on", "开工日期")
        not_before(start, "start_on", "开工日期", d.isoformat(), "合同签订日期")
        row["start_on"] = start.isoformat()
        if data.end_on is not None:
            if data.end_on < start:
                raise ValidationError("end_on", "计划竣工日期早于开工日期，请检查。", code="date_order")
            row["end_on"] = data.end_on.isoformat()
        row["doc_no"] = _text(data.contract_no, "contract_no", "合同编号", limit=60)
        paid, _ret = _paid(store, project_id)
        if paid > data.contract_fen:
            raise RuleViolation(f"已付工程款 {fmt_cny(paid)}，合同价不能低于已付金额。", code="below_paid")
    elif isinstance(data, AcceptanceInput):
        d = _check_date(data.accepted_on, "accepted_on", "验收日期")
        not_before(d, "accepted_on", "验收日期", prev_end, "开工日期")
        row["result"] = "passed" if data.passed else "failed"
        row["party"] = _text(data.accepted_by, "accepted_by", "验收人员", limit=100)
        if not data.passed and not row["note"]:
            raise ValidationError("note", "验收不合格时请写明问题和整改要求。", code="required")
    elif isinstance(data, AuditInput):
        if stages["acceptance"]["result"] != "passed":
            raise RuleViolation("竣工验收不合格，整改后重新验收合格才能审计。", code="not_accepted")
        d = _check_date(data.audited_on, "audited_on", "审计日期")
        not_before(d, "audited_on", "审计日期", prev_end, prev_label)
        row["amount_fen"] = _amount(data.audited_fen, "audited_fen", "审定金额")
        row["party"] = _text(data.auditor, "auditor", "审计单位", limit=100)
        row["doc_no"] = _text(data.report_no, "report_no", "审计报告编号", limit=60)
        # An audited sum below what was already paid is recorded (it is a fact) and flagged as over-payment.
    elif isinstance(data, FundsInput):
        d = _check_date(data.settled_on, "settled_on", "结算日期")
        not_before(d, "settled_on", "结算日期", prev_end, prev_label)
        audited = int(stages["audit"]["amount_fen"])
        if not isinstance(data.retention_fen, int) or data.retention_fen < 0:
            raise ValidationError("retention_fen", "质保金不能是负数。", code="bad_money")
        if data.retention_fen > audited:
            raise ValidationError("retention_fen", f"质保金 {fmt_cny(data.retention_fen)} 超过审定金额 "
                                  f"{fmt_cny(audited)}。", code="too_large")
        paid, _ret = _paid(store, project_id)
        if data.retention_fen and paid > audited - data.retention_fen:
            raise RuleViolation(
                f"已付工程款 {fmt_cny(paid)}，审定金额 {fmt_cny(audited)} 扣除质保金 {fmt_cny(data.retention_fen)} 后"
                f"只剩 {fmt_cny(audited - data.retention_fen)}，质保金已不够留存。", code="retention_short")
        row["amount_fen"] = data.retention_fen
        if data.retention_fen:
            if data.retention_due_on is None:
                raise ValidationError("retention_due_on", "留有质保金时请填写质保期满日期。", code="required")
            if data.retention_due_on < d:
                raise ValidationError("retention_due_on", "质保期满日期早于结算日期，请检查。", code="date_order")
            row["end_on"] = data.retention_due_on.isoformat()
    else:  # pragma: no cover - the type says it all
        raise ValidationError("stage", "不认识的阶段。", code="bad_stage")

    with store.transaction():
        before = _snapshot(store, project_id)
        store.execute("DELETE FROM project_stages WHERE project_id=? AND stage=?", (project_id, stage))
        store.execute(
            "INSERT INTO project_stages (project_id, stage, done_on, doc_no, method, method_reason, notice_on,"
            " amount_fen, start_on, end_on, result, party, note, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (project_id, stage, d.isoformat(), row["doc_no"], row["method"], row["method_reason"], row["notice_on"],
             row["amount_fen"], row["start_on"], row["end_on"], row["result"], row["party"], row["note"], now))
        if stage == "tender":
            store.execute("DELETE FROM project_bids WHERE project_id=?", (project_id,))
            store.conn.executemany(
                "INSERT INTO project_bids (project_id, seq, bidder, amount_fen, is_winner, note) VALUES (?,?,?,?,?,?)",
                [(project_id, i, b.bidder.strip(), b.amount_fen, int(b.winner), b.note.strip())
                 for i, b in enumerate(bids, 1)])
            store.execute("UPDATE projects SET contractor=? WHERE id=?", (contractor, project_id))
        store.execute("UPDATE projects SET stage=?, updated_at=? WHERE id=?",
                      (STAGE_ORDER[max(idx, _stage_index(p["stage"]))], now, project_id))
        after = _snapshot(store, project_id)
        audit.append(store, actor, f"stage_{stage}", "project", project_id, village_id=p["village_id"],
                     before=before, after=after)


def _tender_row(store: Store, p: dict[str, Any], data: TenderInput, row: dict[str, Any], prev_end: str | None,
                not_before: Any) -> dt.date:
    if data.method not in METHODS:
        raise ValidationError("method", "请选择招标（发包）方式。", code="required")
    from villageadmin.core.bidding import verdict_for  # bidding imports this module

    verdict = verdict_for(store, p)
    reason = _text(data.reason, "reason", "不公开招标的理由", limit=500)
    if verdict.required and data.method != "public" and len(reason) < 4:
        raise ValidationError(
            "reason", f"本项目{verdict.text()}选择“{METHODS[data.method]}”必须写明书面理由（将报乡招标办备查，"
            f"并在检查中标出）。", code="reason_required", rules=verdict.rules)
    d = _check_date(data.opening_on, "opening_on", "定标日期" if data.method == "direct" else "开标日期")
    if data.method == "public" and data.notice_on is None:
        raise ValidationError("notice_on", "公开招标要填写招标公告发布日期。", code="required")
    if data.notice_on is not None:
        notice = _check_date(data.notice_on, "notice_on", "公告日期")
        not_before(notice, "notice_on", "公告日期", prev_end, "立项日期")
        if d < notice:
            raise ValidationError("opening_on", f"开标日期 {d.isoformat()} 早于公告日期 {notice.isoformat()}。",
                                  code="date_order")
        row["notice_on"] = notice.isoformat()
    else:
        not_before(d, "opening_on", "定标日期", prev_end, "立项日期")
    if not data.bids:
        what = "承包人及其报价" if data.method == "direct" else "投标人和投标报价"
        raise ValidationError("bids", f"请填写{what}。", code="required")
    seen: set[str] = set()
    for i, b in enumerate(data.bids, 1):
        name = b.bidder.strip()
        if not name:
            raise ValidationError("bids", f"第 {i} 个投标人没有名称。", code="required")
        if name in seen:
            raise ValidationError("bids", f"投标人“{name}”重复了。", code="duplicate")
        seen.add(name)
        if not isinstance(b.amount_fen, int) or b.amount_fen <= 0:
            raise ValidationError("bids", f"“{name}”的报价不对（要大于 0）。", code="bad_money")
    winners = [b for b in data.bids if b.winner]
    if len(winners) != 1:
        raise ValidationError("bids", "请选定一个中标人（承包人）。", code="winner")
    row["method"] = data.method
    row["method_reason"] = reason if data.method != "public" else ""
    return d


@dataclass
class PaymentInput:
    paid_on: dt.date | None
    amount_fen: int
    kind: str = "payment"  # payment 工程款 / retention 质保金退还
    payee: str = ""
    voucher: str = ""
    note: str = ""


@dataclass
class PaymentCap:
    """What may still be paid: capped by the contract before audit, by the audited sum after it."""

    basis: str  # none / contract / audit
    cap_fen: int
    paid_fen: int  # works payments and retention released
    retention_fen: int
    retention_released_fen: int

    @property
    def retention_held_fen(self) -> int:
        return max(0, self.retention_fen - self.retention_released_fen)

    @property
    def available_fen(self) -> int:
        """Works payments still possible (the retention stays held until released)."""
        return max(0, self.cap_fen - self.paid_fen - self.retention_held_fen)

    @property
    def over_fen(self) -> int:
        return max(0, self.paid_fen - self.cap_fen)

    @property
    def basis_label(self) -> str:
        return {"contract": "合同价", "audit": "审定金额", "none": "未签合同"}[self.basis]


def cap_from(stages: dict[str, dict[str, Any]], paid_fen: int, released_fen: int) -> PaymentCap:
    if "audit" in stages:
        basis, cap = "audit", int(stages["audit"]["amount_fen"] or 0)
    elif "construction" in stages:
        basis, cap = "contract", int(stages["construction"]["amount_fen"] or 0)
    else:
        basis, cap = "none", 0
    retention = int(stages["funds"]["amount_fen"] or 0) if "funds" in stages else 0
    return PaymentCap(basis, cap, paid_fen + released_fen, retention, released_fen)


def payment_cap(store: Store, actor: Actor, project_id: int) -> PaymentCap:
    p = _project_row(store, project_id)
    require_read(actor, p["village_id"])
    paid, released = _paid(store, project_id)
    return cap_from(stage_rows(store, project_id), paid, released)


def add_payment(store: Store, actor: Actor, project_id: int, data: PaymentInput) -> int:
    """Record a payment. Never above the contract sum before audit, nor the audited sum after it."""
    p = _project_row(store, project_id)
    require_write(actor, p["village_id"])
    stages = stage_rows(store, project_id)
    if "construction" not in stages:
        raise RuleViolation("还没有签订施工合同（“施工”阶段），不能付款。", code="no_contract")
    if data.kind not in PAYMENT_KINDS:
        raise ValidationError("kind", "请选择付款类型。", code="required")
    d = _check_date(data.paid_on, "paid_on", "付款日期")
    if d.isoformat() < stages["construction"]["done_on"]:
        raise ValidationError("paid_on", f"付款日期早于合同签订日期 {stages['construction']['done_on']}。",
                              code="date_order")
    amount = _amount(data.amount_fen, "amount_fen", "付款金额")
    paid, released = _paid(store, project_id)
    cap = cap_from(stages, paid, released)
    if data.kind == "retention":
        if "funds" not in stages or cap.retention_fen == 0:
            raise RuleViolation("这个项目没有留存质保金，不能记录质保金退还。", code="no_retention")
        if amount > cap.retention_held_fen:
            raise RuleViolation(f"退还质保金 {fmt_cny(amount)} 超过尚未退还的质保金 {fmt_cny(cap.retention_held_fen)}。",
                                code="over_retention")
    elif amount > cap.available_fen:
        held = f"，留存质保金 {fmt_cny(cap.retention_held_fen)}" if cap.retention_held_fen else ""
        rule = "审计后付款不得超过审定金额" if cap.basis == "audit" else "审计前付款不得超过合同价"
        raise RuleViolation(
            f"本次付款 {fmt_cny(amount)} 后累计 {fmt_cny(cap.paid_fen + amount)}，超过{cap.basis_label} "
            f"{fmt_cny(cap.cap_fen)}{held}（{rule}）；最多还能付 {fmt_cny(cap.available_fen)}。",
            code="over_cap", cap_fen=cap.cap_fen, paid_fen=cap.paid_fen, available_fen=cap.available_fen)
    with store.transaction():
        cur = store.execute(
            "INSERT INTO project_payments (project_id, paid_on, amount_fen, kind, payee, voucher, note, created_at)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (project_id, d.isoformat(), amount, data.kind, _text(data.payee, "payee", "收款人", limit=100)
             or p["contractor"], _text(data.voucher, "voucher", "凭证号", limit=60),
             _text(data.note, "note", "备注", limit=200), now_iso()))
        pid = int(cur.lastrowid or 0)
        audit.append(store, actor, "create", "project_payment", pid, village_id=p["village_id"],
                     after={"project_id": project_id, "paid_on": d.isoformat(), "amount_fen": amount,
                            "kind": data.kind})
    return pid


def delete_payment(store: Store, actor: Actor, payment_id: int) -> None:
    """Remove a wrongly entered payment (the audit log keeps it)."""
    row = store.one("SELECT pp.*, p.village_id FROM project_payments pp JOIN projects p ON p.id=pp.project_id"
                    " WHERE pp.id=?", (payment_id,))
    if row is None:
        raise NotFound("没有这笔付款。")
    require_write(actor, row["village_id"])
    with store.transaction():
        store.execute("DELETE FROM project_payments WHERE id=?", (payment_id,))
        audit.append(store, actor, "delete", "project_payment", payment_id, village_id=row["village_id"],
                     before=row)
