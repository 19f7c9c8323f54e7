"""The bidding register as files for others: an .xlsx workbook and an Open Contracting (OCDS 1.1) release
package that county and provincial tools can read.

OCDS: one ``ocid`` per project (``<township prefix>-<village code>-<project id>``), one release for each
stage the project has reached — planning (立项), tender (招投标), award (定标), contract (施工合同) and
implementation (验收、审计、付款) — with amounts in CNY and the parties with their roles.
"""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, bidding
from villageadmin.core.accounts import Actor, require_admin
from villageadmin.core.clock import now_iso, today
from villageadmin.core.errors import RuleViolation, ValidationError
from villageadmin.core.money import fmt_yuan

if TYPE_CHECKING:
    from villageadmin.core.store import Store

OCID_PREFIX_KEY = "bidding.ocid_prefix"
_PREFIX_RE = re.compile(r"^ocds-[0-9a-z]{1,16}$")
# Our methods on OCDS's closed method codelist.
OCDS_METHOD = {"public": "open", "invited": "selective", "competitive": "limited", "direct": "direct"}
TZ = "+08:00"

REGISTER_HEAD = ["村编号", "村", "项目编号", "项目名称", "类别", "地点", "登记日期", "乡镇投资", "村级投资", "上级补助",
                 "群众集资", "其他资金", "总投资", "是否须公开招标", "招标依据", "招标情况", "发包方式", "不公开招标理由",
                 "中标（承包）人", "合同价", "审定金额", "已付款", "未退质保金", "当前阶段", "需要注意"]


# -- the ocid prefix -----------------------------------------------------------------------------
def ocid_prefix(store: Store) -> str:
    """The township's ocid prefix: the one it registered with OCDS if set, else one made from its code."""
    value = store.scalar("SELECT value FROM settings WHERE key=?", (OCID_PREFIX_KEY,))
    if value:
        return str(value)
    code = store.scalar("SELECT code FROM township WHERE id=1") or "t"
    return "ocds-" + (re.sub(r"[^0-9a-z]", "", str(code).lower()) or "t")


def set_ocid_prefix(store: Store, actor: Actor, prefix: str) -> None:
    require_admin(actor)
    prefix = prefix.strip().lower()
    if not _PREFIX_RE.match(prefix):
        raise ValidationError("ocid_prefix", "ocid 前缀应为 ocds- 加上字母或数字，例如 ocds-abc123。", code="bad_prefix")
    with store.transaction():
        before = store.scalar("SELECT value FROM settings WHERE key=?", (OCID_PREFIX_KEY,))
        store.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                      (OCID_PREFIX_KEY, prefix))
        audit.append(store, actor, "update", "setting", None, before={OCID_PREFIX_KEY: before},
                     after={OCID_PREFIX_KEY: prefix})


# -- helpers ---------------------------------------------------------------------------------------
def _amount(fen: int) -> int | float:
    """Yuan for JSON. Python prints a float by its shortest exact form, so 1234.5 is written 1234.5: the
    number in the file is exactly the amount in fen / 100 (computing is always done in integer fen)."""
    return fen // 100 if fen % 100 == 0 else float(Decimal(fen) / 100)


def _value(fen: int) -> dict[str, Any]:
    return {"amount": _amount(fen), "currency": "CNY"}


def _when(day: str | None) -> str | None:
    return f"{day}T00:00:00{TZ}" if day else None


def _org_id(name: str) -> str:
    return "org-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def _rows(store: Store, actor: Actor, village_ids: list[int] | None, year: int) -> list[dict[str, Any]]:
    return bidding.list_projects(store, actor, village_ids=village_ids, year=year)


# -- OCDS ------------------------------------------------------------------------------------------
def ocds_package(store: Store, actor: Actor, *, village_ids: list[int] | None = None, year: int) -> dict[str, Any]:
    """An OCDS 1.1 release package for the register of ``year``."""
    rows = _rows(store, actor, village_ids, year)
    if not rows:
        raise RuleViolation(f"{year} 年没有登记项目，没有可导出的内容。", code="empty")
    town = store.one("SELECT name, code FROM township WHERE id=1") or {"name": "", "code": "T"}
    prefix = ocid_prefix(store)
    releases: list[dict[str, Any]] = []
    for r in rows:
        releases.extend(project_releases(store, actor, r["id"], prefix=prefix, township=town))
    scope = "-".join(sorted({r["village_code"] for r in rows})) if village_ids else "all"
    return {
        "uri": f"urn:villageadmin:{prefix}:register:{year}:{scope}",
        "version": "1.1",
        "publishedDate": f"{now_iso()[:19]}{TZ}",
        "publisher": {"name": f"{town['name']}招标办公室"},
        "releases": releases,
    }


def project_releases(store: Store, actor: Actor, project_id: int, *, prefix: str,
                     township: dict[str, Any]) -> list[dict[str, Any]]:
    """One release per stage reached (planning, tender, award, contract, implementation)."""
    p = bidding.get_project(store, actor, project_id)
    st = p["stages"]
    ocid = f"{prefix}-{p['village_code']}-{p['id']:06d}"
    buyer = {"id": f"village-{p['village_code']}", "name": f"{p['village_name']}村民委员会"}
    parties: dict[str, dict[str, Any]] = {buyer["id"]: {**buyer, "roles": ["buyer"]}}

    def role(org: dict[str, str], *roles: str) -> dict[str, str]:
        entry = parties.setdefault(org["id"], {**org, "roles": []})
        for r in roles:
            if r not in entry["roles"]:
                entry["roles"].append(r)
        return {"id": org["id"], "name": org["name"]}

    if p["township_fen"]:
        role({"id": f"township-{township['code']}", "name": str(township["name"])}, "funder")
    if p["grant_fen"]:
        role({"id": "grant-above", "name": "上级补助资金"}, "funder")
    tender = st.get("tender")
    if tender and tender["method"] == "public":
        procuring = role({"id": f"township-{township['code']}-bidding", "name": f"{township['name']}招标办公室"},
                         "procuringEntity")
    else:
        procuring = role(buyer, "procuringEntity")
    sources = "；".join(f"{label} {fmt_yuan(p[col])} 元" for col, label in bidding.SOURCES if p[col])
    planning: dict[str, Any] = {
        "rationale": f"{p['name']}（{p['kind_label']}，{p['place'] or p['village_name']}）",
        "budget": {"id": f"{ocid}-budget", "description": sources, "amount": _value(p["total_fen"]),
                   "project": p["name"], "projectID": str(p["id"])},
    }
    if "approval" in st:
        planning["documents"] = [{"id": st["approval"]["doc_no"] or f"{ocid}-approval", "documentType": "projectPlan",
                                  "title": f"立项批复 {st['approval']['doc_no']}".strip(),
                                  "datePublished": _when(st["approval"]["done_on"])}]
    out: list[dict[str, Any]] = []

    def release(tag: str, day: str, **sections: Any) -> None:
        out.append({"ocid": ocid, "id": f"{ocid}-{tag}", "date": _when(day), "tag": [tag],
                    "initiationType": "tender", "language": "zh", "buyer": {"id": buyer["id"], "name": buyer["name"]},
                    **sections})

    release("planning", (st.get("approval") or {}).get("done_on") or p["registered_on"], planning=planning)
    if tender is None:
        _fill_parties(out, parties)
        return out
    bids = p["bids"]
    tenderers = [role({"id": _org_id(b["bidder"]), "name": b["bidder"]}, "tenderer") for b in bids]
    tender_block: dict[str, Any] = {
        "id": f"{ocid}-tender", "title": p["name"], "status": "complete", "procuringEntity": procuring,
        "value": _value(p["total_fen"]), "procurementMethod": OCDS_METHOD[tender["method"]],
        "procurementMethodDetails": bidding.METHODS[tender["method"]], "mainProcurementCategory": "works",
        "tenderPeriod": {"startDate": _when(tender["notice_on"] or tender["done_on"]),
                         "endDate": _when(tender["done_on"])},
        "numberOfTenderers": len(bids), "tenderers": tenderers,
    }
    if tender["method_reason"]:
        tender_block["procurementMethodRationale"] = tender["method_reason"]
    release("tender", tender["notice_on"] or tender["done_on"], tender=tender_block)
    winner = next((b for b in bids if b["is_winner"]), None)
    if winner is None:
        _fill_parties(out, parties)
        return out
    supplier = role({"id": _org_id(winner["bidder"]), "name": winner["bidder"]}, "supplier")
    award = {"id": f"{ocid}-award", "status": "active", "date": _when(tender["done_on"]),
             "value": _value(winner["amount_fen"]), "suppliers": [supplier]}
    release("award", tender["done_on"], awards=[award])
    con = st.get("construction")
    if con is None:
        _fill_parties(out, parties)
        return out
    contract: dict[str, Any] = {"id": con["doc_no"] or f"{ocid}-contract", "awardID": award["id"], "title": p["name"],
                                "status": "active", "value": _value(con["amount_fen"]),
                                "dateSigned": _when(con["done_on"]),
                                "period": {"startDate": _when(con["start_on"]), "endDate": _when(con["end_on"])}}
    release("contract", con["done_on"], contracts=[contract])
    milestones: list[dict[str, Any]] = []
    if "acceptance" in st:
        acc = st["acceptance"]
        milestones.append({"id": f"{ocid}-acceptance", "title": "竣工验收", "type": "delivery",
                           "description": bidding.ACCEPTANCE_RESULTS.get(acc["result"] or "", "") + (
                               f"（{acc['party']}）" if acc["party"] else ""),
                           "dateMet": _when(acc["done_on"]), "status": "met"})
    if "audit" in st:
        a = st["audit"]
        milestones.append({"id": f"{ocid}-audit", "title": "审计", "type": "assessment",
                           "description": f"审定金额 {fmt_yuan(a['amount_fen'])} 元"
                                          + (f"，{a['party']}" if a["party"] else "")
                                          + (f"，{a['doc_no']}" if a["doc_no"] else ""),
                           "dateMet": _when(a["done_on"]), "status": "met"})
    if "funds" in st:
        f = st["funds"]
        cap = p["cap"]
        milestones.append({"id": f"{ocid}-retention", "title": "质保金退还", "type": "financing",
                           "description": f"质保金 {fmt_yuan(cap.retention_fen)} 元，已退 "
                                          f"{fmt_yuan(cap.retention_released_fen)} 元",
                           "dueDate": _when(f["end_on"]),
                           "status": "met" if cap.retention_held_fen == 0 else "scheduled"})
    transactions: list[dict[str, Any]] = []
    payer = role(buyer, "payer")
    for pay in p["payments"]:
        payee_name = pay["payee"] or winner["bidder"]
        payee = role({"id": _org_id(payee_name), "name": payee_name}, "payee")
        transactions.append({"id": f"{ocid}-pay-{pay['id']}", "date": _when(pay["paid_on"]),
                             "value": _value(pay["amount_fen"]), "payer": payer, "payee": payee})
    if milestones or transactions:
        dates = [str(m.get("dateMet") or "") for m in milestones] + [str(t["date"]) for t in transactions]
        last = max(d for d in dates if d)[:10] if any(dates) else str(con["done_on"])
        done = "funds" in st and p["cap"].retention_held_fen == 0 and p["cap"].over_fen == 0
        impl_contract = {**contract, "status": "terminated" if done else "active",
                         "implementation": {"transactions": transactions, "milestones": milestones}}
        if "audit" in st:
            impl_contract["description"] = f"审定金额 {fmt_yuan(st['audit']['amount_fen'])} 元"
        release("implementation", last, contracts=[impl_contract])
    _fill_parties(out, parties)
    return out


def _fill_parties(releases: list[dict[str, Any]], parties: dict[str, dict[str, Any]]) -> None:
    """Every release carries the parties it names (all of the project's parties, with their roles)."""
    listed = [dict(v) for v in parties.values()]
    for r in releases:
        r["parties"] = listed


def write_ocds(store: Store, actor: Actor, out: str | Path, *, village_ids: list[int] | None = None,
               year: int) -> Path:
    package = ocds_package(store, actor, village_ids=village_ids, year=year)
    out = Path(out)
    out.write_text(json.dumps(package, ensure_ascii=False, indent=1) + "\n", "utf-8")
    return out


# -- xlsx --------------------------------------------------------------------------------------------
def write_xlsx(store: Store, actor: Actor, out: str | Path, *, village_ids: list[int] | None = None,
               year: int) -> Path:
    """The register, one row per project, amounts in yuan with two decimals."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = _rows(store, actor, village_ids, year)
    wb = Workbook()
    ws = wb.active
    ws.title = f"{year}年招投标登记"
    ws.append(REGISTER_HEAD)

    def yuan(fen: int | None) -> Decimal | None:
        return None if fen is None else Decimal(fen) / 100

    for r in rows:
        method = bidding.METHODS.get(r["method"] or "", "")
        ws.append([r["village_code"], r["village_name"], r["id"], r["name"], r["kind_label"], r["place"],
                   r["registered_on"], yuan(r["township_fen"]), yuan(r["village_fen"]), yuan(r["grant_fen"]),
                   yuan(r["public_fen"]), yuan(r["other_fen"]), yuan(r["total_fen"]),
                   "是" if r["required"] else "否", "；".join(bidding.verdict_for(store, r).reasons),
                   r["tender_status_label"], method, r["method_reason"] or "", r["contractor"], yuan(r["contract_fen"]),
                   yuan(r["audited_fen"]), yuan(r["cap"].paid_fen), yuan(r["cap"].retention_held_fen) or None,
                   r["stage_label"], "；".join(f.message for f in r["flags"])])
    widths = [7, 9, 8, 26, 9, 9, 11, 12, 12, 12, 12, 12, 13, 8, 40, 18, 10, 24, 22, 13, 13, 13, 11, 9, 50]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8E8E8")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    money_cols = [8, 9, 10, 11, 12, 13, 20, 21, 22, 23]
    for row in ws.iter_rows(min_row=2):
        for c in money_cols:
            row[c - 1].number_format = "#,##0.00"
    ws.freeze_panes = "E2"
    ws.auto_filter.ref = ws.dimensions
    info = wb.create_sheet("说明")
    info.append(["导出日期", today().isoformat()])
    info.append(["年度", year])
    info.append(["金额单位", "元"])
    info.append(["招标标准", "按各项目登记日期当时有效的乡镇政策判定（“以上”含本数）"])
    out = Path(out)
    wb.save(out)
    return out
