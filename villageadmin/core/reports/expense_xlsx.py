"""The year's expense ledger of one village as an Excel workbook for the township (openpyxl).

Amounts go in as exact decimals (fen / 100 as ``Decimal``), formatted ``#,##0.00``; no floats.
Sheets: 台账 (every request and reversal), 按月汇总 (booked spending by month and kind, against the limits),
拒绝和撤回 (refused and withdrawn requests with the reason), 说明 (what, when, which policy, audit chain head).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from villageadmin.core import audit, expense_views
from villageadmin.core.accounts import Actor
from villageadmin.core.clock import now_iso, today
from villageadmin.core.expenses import REFUSED_STAGES, cn_day, kind_names, rules, ytd_by_kind

if TYPE_CHECKING:
    from villageadmin.core.store import Store

MONEY = "#,##0.00"


def yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


def export(store: Store, actor: Actor, village_id: int, year: int, out: str | Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    rows = expense_views.year_rows(store, actor, village_id, year)
    village = store.one("SELECT code, name FROM villages WHERE id=?", (village_id,)) or {"code": "", "name": ""}
    township = store.scalar("SELECT name FROM township WHERE id=1") or ""
    t = today()
    pol = rules(store, dt.date(year, 12, 31) if year < t.year else t)
    names = kind_names(store)
    seq_of = {r["id"]: r["seq"] for r in rows}
    head_fill = PatternFill("solid", fgColor="E8E8E8")
    bold = Font(bold=True)

    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    header = ["编号", "日期", "类别", "开支事由", "收款单位（人）", "金额（元）", "票据张数", "经办人", "审批人", "会签人",
              "村审批时间", "乡镇审核人", "乡镇审核时间", "乡镇审核意见", "支付日期", "支付方式", "付款人", "状态",
              "冲销原编号", "冲销原因", "拒绝或撤回原因"]
    ws.append(header)
    for r in rows:
        original = r["reverses_id"]
        ws.append([r["seq"], dt.date.fromisoformat(r["spent_on"]), r["kind_name"], r["purpose"], r["payee"],
                   yuan(r["amount_fen"]), r["receipts"], r["handler_name"], r["village_approver_name"] or "",
                   r["second_signer_name"] or "", (r["village_approved_at"] or "").replace("T", " "),
                   r["township_reviewer"] or "", (r["township_reviewed_at"] or "").replace("T", " "),
                   r["township_opinion"] or "",
                   dt.date.fromisoformat(r["paid_on"]) if r["paid_on"] else None, r["pay_method_label"],
                   r["paid_by"] or "", r["status_label"],
                   (f"第{seq_of[original]}号" if original in seq_of else f"#{original}") if original else "",
                   r["reason"] or "", r["refused_reason"] or ""])
    widths = [8, 12, 10, 34, 22, 14, 9, 10, 10, 10, 19, 18, 19, 22, 12, 9, 10, 14, 11, 24, 40]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    for row in ws.iter_rows(min_row=2, min_col=6, max_col=6):
        row[0].number_format = MONEY
    for col in (2, 15):
        for row in ws.iter_rows(min_row=2, min_col=col, max_col=col):
            row[0].number_format = "yyyy-mm-dd"
    for cell in ws[1]:
        cell.font = bold
        cell.fill = head_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(1, len(rows) + 1)}"

    # Booked spending (approved and paid, reversals included) by month of entry and kind.
    ws2 = wb.create_sheet("按月汇总")
    kinds = list(pol.kinds) + sorted({r["kind"] for r in rows} - set(pol.kinds))
    ws2.append(["月份"] + [names.get(k, k) for k in kinds] + ["合计"])
    booked = [r for r in rows if r["status"] in ("approved", "paid")]
    for month in range(1, 13):
        by = {k: 0 for k in kinds}
        for r in booked:
            if int(r["spent_on"][5:7]) == month:
                by[r["kind"]] += r["amount_fen"]
        ws2.append([f"{month}月"] + [yuan(by[k]) for k in kinds] + [yuan(sum(by.values()))])
    ytd = ytd_by_kind(store, village_id, year)
    ws2.append(["本年累计（计入本年度限额）"] + [yuan(ytd.get(k, 0)) for k in kinds] + [yuan(sum(ytd.values()))])
    limits = [pol.kinds[k].annual_limit_fen if k in pol.kinds else 0 for k in kinds]
    ws2.append(["年度限额"] + [yuan(x) for x in limits] + [""])
    ws2.append(["剩余"] + [yuan(lim - ytd.get(k, 0)) for k, lim in zip(kinds, limits)] + [""])
    for row in ws2.iter_rows(min_row=2, min_col=2):
        for cell in row:
            cell.number_format = MONEY
    for cell in ws2[1]:
        cell.font = bold
        cell.fill = head_fill
    for r in (14, 15, 16):
        ws2.cell(row=r, column=1).font = bold
    ws2.column_dimensions["A"].width = 26
    for i in range(2, len(kinds) + 3):
        ws2.column_dimensions[get_column_letter(i)].width = 13
    ws2.freeze_panes = "B2"

    ws3 = wb.create_sheet("拒绝和撤回")
    ws3.append(["编号", "日期", "类别", "开支事由", "金额（元）", "状态", "环节", "原因", "经手人", "时间"])
    for r in rows:
        if r["status"] in ("refused", "withdrawn"):
            ws3.append([r["seq"], dt.date.fromisoformat(r["spent_on"]), r["kind_name"], r["purpose"],
                        yuan(r["amount_fen"]), r["status_label"], REFUSED_STAGES.get(r["refused_stage"] or "", ""),
                        r["refused_reason"] or "", r["refused_by"] or "", (r["refused_at"] or "").replace("T", " ")])
    for row in ws3.iter_rows(min_row=2, min_col=5, max_col=5):
        row[0].number_format = MONEY
    for row in ws3.iter_rows(min_row=2, min_col=2, max_col=2):
        row[0].number_format = "yyyy-mm-dd"
    for cell in ws3[1]:
        cell.font = bold
        cell.fill = head_fill
    for i, w in enumerate([8, 12, 10, 30, 14, 12, 16, 60, 16, 19], 1):
        ws3.column_dimensions[get_column_letter(i)].width = w

    ws4 = wb.create_sheet("说明")
    info: list[tuple[str, Any]] = [
        ("乡镇", township), ("村", f"{village['name']}（{village['code']}）"), ("年度", year),
        ("导出时间", now_iso().replace("T", " ")), ("记录条数", len(rows)),
        ("限额依据", f"《行政村非生产性开支限额审批制度》，{cn_day(pol.effective_from)}起执行"
                     + ("（软件默认限额，尚待乡镇核定）" if pol.default_to_confirm else "")),
        ("金额单位", "元（精确到分）"), ("审计链", audit.head(store)),
    ]
    for k, v in info:
        ws4.append([k, v])
        ws4.cell(row=ws4.max_row, column=1).font = bold
    ws4.column_dimensions["A"].width = 12
    ws4.column_dimensions["B"].width = 80
    out = Path(out)
    wb.save(out)
    return out
