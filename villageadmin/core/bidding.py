"""Bidding register (招投标登记): projects, the public-tender rule, the register (the lifecycle and the
payment caps are in ``bidding_lifecycle`` and exported from here).

The lifecycle is 立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理. Every stage needs the one before
it; a stage can be corrected until the next one is recorded. Whether a public tender is required is
decided by ``tender_required`` from the money and the township policy in force on the project's date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, policy
from villageadmin.core.accounts import Actor, require_admin, require_read, require_write
from villageadmin.core.clock import now_iso
from villageadmin.core.errors import NotFound, RuleViolation, ValidationError
from villageadmin.core.money import fmt_cny

# The lifecycle and the payments are part of this module's interface (kept in their own file for size).
from villageadmin.core.bidding_lifecycle import (ACCEPTANCE_RESULTS, COMPETITIVE_METHODS, METHODS, PAYMENT_KINDS,
                                                 STAGE_ORDER, STAGES, AcceptanceInput, ApprovalInput, AuditInput, Bid,
                                                 ConstructionInput, FundsInput, PaymentCap, PaymentInput, StageInput,
                                                 TenderInput, _check_date, _project_row, _snapshot, _stage_index,
                                                 add_payment, cap_from, delete_payment, order_problems, payment_cap,
                                                 record_stage, stage_end, stage_rows, stage_start)

if TYPE_CHECKING:
    from villageadmin.core.store import Store

AREA = "bidding"

STAGE_LABELS: dict[str, str] = {"registered": "已登记", **STAGES}
# Money by source: (column, label).
SOURCES: list[tuple[str, str]] = [
    ("township_fen", "乡镇投资"),
    ("village_fen", "村级投资"),
    ("grant_fen", "上级补助"),
    ("public_fen", "群众集资"),
    ("other_fen", "其他资金"),
]
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


def _register_where(ids: list[int], year: int | None, stage: str | None) -> tuple[str, list[Any]]:
    where: list[str] = [f"p.village_id IN ({','.join('?' * len(ids))})"]
    params: list[Any] = list(ids)
    if year is not None:
        where.append("p.registered_on BETWEEN ? AND ?")
        params += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
    if stage is not None:
        where.append("p.stage=?")
        params.append(stage)
    return " AND ".join(where), params


def _readable_ids(store: Store, actor: Actor, village_ids: list[int] | None) -> list[int]:
    from villageadmin.core.accounts import visible_village_ids

    ids = village_ids if village_ids is not None else visible_village_ids(store, actor)
    for vid in ids:
        require_read(actor, vid)
    return ids


def register_villages(store: Store, actor: Actor, *, village_ids: list[int] | None = None, year: int | None = None,
                      stage: str | None = None) -> list[int]:
    """The villages with a project on the register for these filters, in the register's order (village code)."""
    ids = _readable_ids(store, actor, village_ids)
    if not ids:
        return []
    where, params = _register_where(ids, year, stage)
    return [r[0] for r in store.execute(
        f"SELECT v.id FROM villages v WHERE v.id IN ({','.join('?' * len(ids))}) AND EXISTS"
        f" (SELECT 1 FROM projects p WHERE p.village_id=v.id AND {where}) ORDER BY v.code", [*ids, *params])]


def register_totals(store: Store, actor: Actor, *, village_ids: list[int] | None = None, year: int | None = None,
                    stage: str | None = None) -> tuple[int, int]:
    """(projects, their total investment in fen) on the register for these filters, by one aggregate query."""
    ids = _readable_ids(store, actor, village_ids)
    if not ids:
        return 0, 0
    where, params = _register_where(ids, year, stage)
    row = store.execute(f"SELECT count(*), coalesce(sum(p.{' + p.'.join(c for c, _ in SOURCES)}), 0) FROM projects p"
                        f" WHERE {where}", params).fetchone()
    return int(row[0]), int(row[1])


def iter_projects(store: Store, actor: Actor, *, village_ids: list[int] | None = None, year: int | None = None,
                  stage: str | None = None, attention: bool = False, step: int = 8) -> Iterator[dict[str, Any]]:
    """``list_projects``' rows in the same order, worked out ``step`` villages at a time as they are read: a
    project's flags depend only on its own village's projects, so a county's register shows its first rows
    without analysing every village."""
    # Access is checked now, at the call, not when the first row is read.
    ids = register_villages(store, actor, village_ids=village_ids, year=year, stage=stage)

    def rows() -> Iterator[dict[str, Any]]:
        for i in range(0, len(ids), step):
            yield from list_projects(store, actor, village_ids=ids[i:i + step], year=year, stage=stage,
                                     attention=attention, keep=False)

    return rows()


def list_projects(store: Store, actor: Actor, *, village_ids: list[int] | None = None, year: int | None = None,
                  stage: str | None = None, attention: bool = False, keep: bool = True) -> list[dict[str, Any]]:
    """Register rows (one per project) with stage, tender status, money, payments and flags."""
    from villageadmin.core import bidding_flags

    ids = _readable_ids(store, actor, village_ids)
    if not ids:
        return []
    analysis = bidding_flags.analyse(store, ids, year=year, keep=keep)
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


__all__ = [
    "ACCEPTANCE_RESULTS", "COMPETITIVE_METHODS", "METHODS", "PAYMENT_KINDS", "SOURCES", "STAGES", "STAGE_LABELS",
    "STAGE_ORDER", "AcceptanceInput", "ApprovalInput", "AuditInput", "Bid", "ConstructionInput", "FundsInput",
    "PaymentCap", "PaymentInput", "ProjectInput", "StageInput", "TenderInput", "TenderVerdict", "add_kind",
    "add_payment", "cap_from", "delete_payment", "delete_project", "get_project", "is_required", "iter_projects",
    "kind_rows", "kinds", "list_projects", "order_problems", "payment_cap", "project_summary", "record_stage",
    "register_totals", "register_villages", "save_kind", "save_project", "stage_end", "stage_rows", "stage_start",
    "tender_required", "tender_status", "tender_verdict", "thresholds", "verdict_for",
]
