"""Bidding register (招投标登记): projects, the public-tender rule, the lifecycle and the payment caps.

The lifecycle is 立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理. Every stage needs the one before
it; a stage can be corrected until the next one is recorded. Whether a public tender is required is
decided by ``tender_required`` from the money and the township policy in force on the project's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, policy
from villageadmin.core.accounts import Actor, require_admin, require_read, require_write
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError
from villageadmin.core.money import fmt_cny

if TYPE_CHECKING:
    from villageadmin.core.store import Store

AREA = "bidding"

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
STAGE_LABELS: dict[str, str] = {"registered": "已登记", **STAGES}

# Procurement methods. Only a public tender satisfies the rule when a tender is required.
METHODS: dict[str, str] = {
    "public": "公开招标",
    "invited": "邀请招标",
    "competitive": "竞争性比选",
    "direct": "直接发包",
}
COMPETITIVE_METHODS = ("public", "invited", "competitive")
# Money by source: (column, label).
SOURCES: list[tuple[str, str]] = [
    ("township_fen", "乡镇投资"),
    ("village_fen", "村级投资"),
    ("grant_fen", "上级补助"),
    ("public_fen", "群众集资"),
    ("other_fen", "其他资金"),
]
PAYMENT_KINDS = {"payment": "工程款", "retention": "质保金退还"}
ACCEPTANCE_RESULTS = {"passed": "合格", "failed": "不合格"}
MAX_NAME = 60


# -- kinds (an editable list) ---------------------------------------------------------------
def kinds(store: Store, *, include_inactive: bool = False) -> dict[str, str]:
    """code -> Chinese label, in the township's order."""
    sql = "SELECT code, label FROM project_kinds"
    if not include_inactive:
        sql += " WHERE active=1"
    return {r[0]: r[1] for r in store.execute(sql + " ORDER BY seq, code")}


def kind_rows(store: Store) -> list[dict[str, Any]]:
    """Every kind with its use count, for the township's list editor."""
    return store.query("SELECT k.code, k.label, k.seq, k.active, (SELECT count(*) FROM projects p WHERE p.kind=k.code)"
                       " AS used FROM project_kinds k ORDER BY k.seq, k.code")


def add_kind(store: Store, actor: Actor, label: str) -> str:
    """Add a kind by its Chinese name; the code is made up (kind6, kind7 …)."""
    require_admin(actor)
    n = int(store.scalar("SELECT count(*) FROM project_kinds")) + 1
    while store.scalar("SELECT 1 FROM project_kinds WHERE code=?", (f"kind{n}",)):
        n += 1
    save_kind(store, actor, code=f"kind{n}", label=label)
    return f"kind{n}"


def save_kind(store: Store, actor: Actor, *, code: str, label: str, active: bool = True) -> None:
    """Add a kind or rename / retire one (township administrator). Retired kinds stay on old projects."""
    require_admin(actor)
    code = code.strip()
    label = label.strip()
    if not re.match(r"^[a-z][a-z0-9_]{0,23}$", code):
        raise ValidationError("code", "类别代码只能用小写英文字母、数字和下划线。", code="bad_code")
    if not label:
        raise ValidationError("label", "请填写类别名称。", code="required")
    clash = store.scalar("SELECT code FROM project_kinds WHERE label=? AND code<>?", (label, code))
    if clash:
        raise ValidationError("label", f"已经有叫“{label}”的类别了。", code="duplicate")
    with store.transaction():
        before = store.one("SELECT * FROM project_kinds WHERE code=?", (code,))
        if before is None:
            seq = int(store.scalar("SELECT coalesce(max(seq), 0) + 1 FROM project_kinds"))
            store.execute("INSERT INTO project_kinds (code, label, seq, active) VALUES (?,?,?,?)",
                          (code, label, seq, int(active)))
        else:
            store.execute("UPDATE project_kinds SET label=?, active=? WHERE code=?", (label, int(active), code))
        audit.append(store, actor, "create" if before is None else "update", "project_kind", None,
                     before=before, after={"code": code, "label": label, "active": active})


# -- the public-tender rule -----------------------------------------------------------------
@dataclass
class TenderVerdict:
    """Whether a public tender is required, and why, in plain Chinese naming the rule and the numbers."""

    required: bool
    reasons: list[str]
    rules: list[str]  # codes of the rules that require it: township / village / public_fundraising
    township_threshold_fen: int
    village_threshold_fen: int

    @property
    def label(self) -> str:
        return "必须公开招标" if self.required else "不须公开招标"

    def text(self) -> str:
        return self.label + "：" + "；".join(self.reasons) + "。"


def thresholds(store: Store, on: dt.date | str) -> dict[str, Any]:
    """The bidding section of the policy in force on a date."""
    return policy.section(store, AREA, on)


def is_required(rules: dict[str, Any], *, township_fen: int, village_fen: int, public_fen: int,
                public_interest: bool = True) -> bool:
    """The rule without its explanation (fast, for whole registers). Thresholds include the amount itself."""
    if public_fen > 0 and rules.get("tender_if_public_fundraising", True):
        return True
    return public_interest and (township_fen >= int(rules.get("tender_township_fen", 2_000_000))
                                or village_fen >= int(rules.get("tender_village_fen", 500_000)))


def tender_verdict(rules: dict[str, Any], *, township_fen: int, village_fen: int, public_fen: int,
                   public_interest: bool = True, grant_fen: int = 0) -> TenderVerdict:
    """The rule itself, for given policy values. Thresholds include the amount itself (“以上”)."""
    t_min = int(rules.get("tender_township_fen", 2_000_000))
    v_min = int(rules.get("tender_village_fen", 500_000))
    by_fundraising = bool(rules.get("tender_if_public_fundraising", True))
    reasons: list[str] = []
    codes: list[str] = []
    t_hit = township_fen >= t_min
    v_hit = village_fen >= v_min
    if t_hit and public_interest:
        codes.append("township")
        reasons.append(f"乡镇一次性投资 {fmt_cny(township_fen)}，达到 {fmt_cny(t_min)} 以上须公开招标的标准")
    if v_hit and public_interest:
        codes.append("village")
        reasons.append(f"村级一次性投资 {fmt_cny(village_fen)}，达到 {fmt_cny(v_min)} 以上须公开招标的标准")
    if public_fen > 0 and by_fundraising:
        codes.append("public_fundraising")
        reasons.append(f"有群众集资 {fmt_cny(public_fen)}，利用群众集资建设的项目不论金额都须公开招标")
    if (t_hit or v_hit) and not public_interest:
        reasons.append("投资达到招标标准，但登记为不涉及社会公共利益、公众安全，按规定不强制公开招标（请乡招标办核实）")
    if not codes:
        if not t_hit:
            reasons.append(f"乡镇投资 {fmt_cny(township_fen)}，未达到 {fmt_cny(t_min)}")
        if not v_hit:
            reasons.append(f"村级投资 {fmt_cny(village_fen)}，未达到 {fmt_cny(v_min)}")
        if public_fen == 0:
            reasons.append("没有群众集资")
        elif not by_fundraising:
            reasons.append(f"群众集资 {fmt_cny(public_fen)}，本乡镇政策不以集资作为招标条件")
        if grant_fen:
            reasons.append(f"上级补助 {fmt_cny(grant_fen)} 按上级资金的规定办理")
    assert bool(codes) == is_required(rules, township_fen=township_fen, village_fen=village_fen,
                                      public_fen=public_fen, public_interest=public_interest)
    return TenderVerdict(bool(codes), reasons, codes, t_min, v_min)


def tender_required(store: Store, *, township_fen: int, village_fen: int, public_fen: int,
                    on: dt.date | str, public_interest: bool = True, grant_fen: int = 0) -> TenderVerdict:
    """Is a public tender required for this money on this date? Uses the policy in force on ``on``."""
    return tender_verdict(thresholds(store, on), township_fen=township_fen, village_fen=village_fen,
                          public_fen=public_fen, public_interest=public_interest, grant_fen=grant_fen)


def verdict_for(store: Store, project: dict[str, Any]) -> TenderVerdict:
    return tender_required(store, township_fen=project["township_fen"], village_fen=project["village_fen"],
                           public_fen=project["public_fen"], on=project["registered_on"],
                           public_interest=bool(project["public_interest"]), grant_fen=project["grant_fen"])


# -- registering a project ------------------------------------------------------------------
@dataclass
class ProjectInput:
    village_id: int
    name: str
    kind: str
    registered_on: dt.date | None
    place: str = ""
    township_fen: int = 0
    village_fen: int = 0
    grant_fen: int = 0
    public_fen: int = 0
    other_fen: int = 0
    public_interest: bool = True
    note: str = ""

    @property
    def total_fen(self) -> int:
        return self.township_fen + self.village_fen + self.grant_fen + self.public_fen + self.other_fen


def _check_date(d: dt.date | None, field_name: str, label: str) -> dt.date:
    if d is None:
        raise ValidationError(field_name, f"请填写{label}。", code="required")
    if d > today():
        raise ValidationError(field_name, f"{label} {d.isoformat()} 还没到，不能登记以后的日期。", code="future")
    if d.year < 2000:
        raise ValidationError(field_name, f"{label}太早了，请检查年份。", code="too_old")
    return d


def validate_project(store: Store, data: ProjectInput) -> None:
    name = data.name.strip()
    if not name:
        raise ValidationError("name", "请填写项目名称。", code="required")
    if len(name) > MAX_NAME:
        raise ValidationError("name", f"项目名称最多 {MAX_NAME} 个字。", code="too_long")
    if data.kind not in kinds(store, include_inactive=True):
        raise ValidationError("kind", "请选择项目类别。", code="required")
    _check_date(data.registered_on, "registered_on", "登记日期")
    for col, label in SOURCES:
        value = getattr(data, col)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValidationError(col, f"{label}金额不对（不能是负数）。", code="bad_money")
    if data.total_fen == 0:
        raise ValidationError("township_fen", "请至少填写一项资金来源的金额。", code="no_money")


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


def save_project(store: Store, actor: Actor, data: ProjectInput, *, project_id: int | None = None) -> int:
    """Register a project or correct its particulars. Money is fixed once the tender stage is recorded."""
    require_write(actor, data.village_id)
    validate_project(store, data)
    assert data.registered_on is not None
    now = now_iso()
    values = (data.name.strip(), data.kind, data.place.strip(), data.registered_on.isoformat(),
              data.township_fen, data.village_fen, data.grant_fen, data.public_fen, data.other_fen,
              int(data.public_interest), data.note.strip())
    with store.transaction():
        if project_id is None:
            cur = store.execute(
                "INSERT INTO projects (village_id, name, kind, place, registered_on, township_fen, village_fen,"
                " grant_fen, public_fen, other_fen, public_interest, note, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (data.village_id, *values, now, now))
            project_id = int(cur.lastrowid or 0)
            before = None
        else:
            before = _snapshot(store, project_id)
            require_write(actor, before["village_id"])
            if before["village_id"] != data.village_id:
                raise ValidationError("village", "项目不能改到别的村。", code="move_village")
            money_changed = any(before[col] != getattr(data, col) for col, _ in SOURCES) or \
                bool(before["public_interest"]) != data.public_interest or \
                before["registered_on"] != data.registered_on.isoformat()
            if money_changed and _stage_index(before["stage"]) >= _stage_index("tender"):
                raise RuleViolation("这个项目已经记录了招投标，资金来源、登记日期和是否涉及公共利益不能再改"
                                    "（是否须公开招标已按原数据判定）。", code="money_locked")
            store.execute(
                "UPDATE projects SET name=?, kind=?, place=?, registered_on=?, township_fen=?, village_fen=?,"
                " grant_fen=?, public_fen=?, other_fen=?, public_interest=?, note=?, updated_at=? WHERE id=?",
                (*values, now, project_id))
        after = _snapshot(store, project_id)
        after["tender_required"] = verdict_for(store, after).required
        audit.append(store, actor, "create" if before is None else "update", "project", project_id,
                     village_id=data.village_id, before=before, after=after)
    return project_id


def delete_project(store: Store, actor: Actor, project_id: int) -> None:
    """Only a project with no stage recorded may be deleted (a mistaken entry)."""
    p = _project_row(store, project_id)
    require_write(actor, p["village_id"])
    if p["stage"] != "registered":
        raise RuleViolation("已经立项的项目不能删除；如项目取消，请在备注里写明。", code="has_stages")
    with store.transaction():
        before = _snapshot(store, project_id)
        store.execute("DELETE FROM projects WHERE id=?", (project_id,))
        audit.append(store, actor, "delete", "project", project_id, village_id=p["village_id"], before=before)


# -- the lifecycle --------------------------------------------------------------------------
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


# -- reading --------------------------------------------------------------------------------
def tender_status(verdict_required: bool, stages: dict[str, dict[str, Any]]) -> tuple[str, str]:
    """(code, label) of where the project stands with the tender rule."""
    t = stages.get("tender")
    if t is None:
        later = any(s in stages for s in STAGE_ORDER[2:])
        if verdict_required:
            return ("missing", "应招标·未招标") if later else ("pending", "应招标·待招标")
        return ("none", "不须招标") if not later else ("none", "不须招标·未记录发包")
    method = t["method"] or "direct"
    if method == "public":
        return "public", "已公开招标"
    if verdict_required:
        return ("other_with_reason", f"应招标·{METHODS[method]}（有理由）") if t["method_reason"] \
            else ("missing", f"应招标·{METHODS[method]}（无理由）")
    return "other", METHODS[method]


def get_project(store: Store, actor: Actor, project_id: int) -> dict[str, Any]:
    """Everything about one project, for the dialog and the file sheet."""
    from villageadmin.core import bidding_flags

    p = store.one("SELECT p.*, v.name AS village_name, v.code AS village_code FROM projects p"
                  " JOIN villages v ON v.id=p.village_id WHERE p.id=?", (project_id,))
    if p is None:
        raise NotFound("没有这个项目。")
    require_read(actor, p["village_id"])
    p["kind_label"] = kinds(store, include_inactive=True).get(p["kind"], p["kind"])
    p["stage_label"] = STAGE_LABELS[p["stage"]]
    p["total_fen"] = sum(p[c] for c, _ in SOURCES)
    p["verdict"] = verdict_for(store, p)
    p["stages"] = stage_rows(store, project_id)
    p["bids"] = store.query("SELECT * FROM project_bids WHERE project_id=? ORDER BY seq", (project_id,))
    p["payments"] = store.query("SELECT * FROM project_payments WHERE project_id=? ORDER BY paid_on, id",
                                (project_id,))
    paid = sum(x["amount_fen"] for x in p["payments"] if x["kind"] == "payment")
    released = sum(x["amount_fen"] for x in p["payments"] if x["kind"] == "retention")
    p["cap"] = cap_from(p["stages"], paid, released)
    p["tender_status"], p["tender_status_label"] = tender_status(p["verdict"].required, p["stages"])
    p["flags"] = bidding_flags.analyse(store, [p["village_id"]]).flags.get(project_id, [])
    return p


def project_summary(store: Store, actor: Actor, project_id: int) -> dict[str, Any]:
    """A short description of a project for other areas (e.g. a major matter linked to it)."""
    p = get_project(store, actor, project_id)
    return {
        "id": p["id"], "village_id": p["village_id"], "village_name": p["village_name"], "name": p["name"],
        "kind": p["kind"], "kind_label": p["kind_label"], "registered_on": p["registered_on"],
        "stage": p["stage"], "stage_label": p["stage_label"], "total_fen": p["total_fen"],
        "tender_required": p["verdict"].required, "tender_status": p["tender_status"],
        "tender_status_label": p["tender_status_label"], "contractor": p["contractor"],
        "contract_fen": (p["stages"].get("construction") or {}).get("amount_fen"),
        "audited_fen": (p["stages"].get("audit") or {}).get("amount_fen"),
        "paid_fen": p["cap"].paid_fen, "flags": [f.message for f in p["flags"]],
        "text": f"{p['name']}（{p['kind_label']}，{fmt_cny(p['total_fen'])}，{p['stage_label']}，"
                f"{p['tender_status_label']}）",
    }


def list_projects(store: Store, actor: Actor, *, village_ids: list[int] | None = None, year: int | None = None,
                  stage: str | None = None, attention: bool = False) -> list[dict[str, Any]]:
    """Register rows (one per project) with stage, tender status, money, payments and flags."""
    from villageadmin.core import bidding_flags
    from villageadmin.core.accounts import visible_village_ids

    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    if not ids:
        return []
    analysis = bidding_flags.analyse(store, ids, year=year)
    rows = [r for r in analysis.projects if year is None or r["registered_on"].startswith(f"{year:04d}-")]
    if stage is not None:
        rows = [r for r in rows if r["stage"] == stage]
    kind_labels = kinds(store, include_inactive=True)
    out = []
    for r in rows:
        flags = analysis.flags.get(r["id"], [])
        if attention and not flags:
            continue
        st = analysis.stages.get(r["id"], {})
        cap = cap_from(st, r["paid_fen"], r["released_fen"])
        code, label = tender_status(r["required"], st)
        out.append({**r, "kind_label": kind_labels.get(r["kind"], r["kind"]), "stage_label": STAGE_LABELS[r["stage"]],
                    "tender_status": code, "tender_status_label": label,
                    "method": (st.get("tender") or {}).get("method"),
                    "method_reason": (st.get("tender") or {}).get("method_reason"),
                    "contract_fen": (st.get("construction") or {}).get("amount_fen"),
                    "audited_fen": (st.get("audit") or {}).get("amount_fen"),
                    "approved_on": (st.get("approval") or {}).get("done_on"),
                    "cap": cap, "flags": flags})
    out.sort(key=lambda r: (r["village_code"], r["registered_on"], r["id"]))
    return out
