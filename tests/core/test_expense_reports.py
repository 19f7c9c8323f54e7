"""Printed expense documents and the Excel ledger, read back: the figures, the names, the chain head."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pdfplumber
import pytest

from villageadmin.core import audit, expenses
from villageadmin.core.expenses import ExpenseInput
from villageadmin.core.reports import expense_ledger, expense_publicity, expense_slip, expense_xlsx
from villageadmin.core.reports.expense_common import rmb_upper

SECRETARY, DIRECTOR, ACCOUNTANT = 1, 2, 3


@pytest.fixture
def october(store, village1, monkeypatch):
    """Village 001 in October 2026: three paid items, one reversed, a refused hospitality attempt, published."""
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-10-31")

    def paid(kind: str, fen: int, day: int, purpose: str, payee: str = "县新华书店") -> int:
        eid = expenses.submit(store, village1, ExpenseInput(1, kind, dt.date(2026, 10, day), fen, payee, purpose,
                                                            ACCOUNTANT, 2, "cash")).id
        expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
        expenses.pay(store, village1, eid, paid_on=dt.date(2026, 10, 31), paid_by="王会计")
        return eid

    ids = {"paper": paid("office", 30050, 8, "购买打印纸"),
           "phone": paid("telecom", 12000, 9, "村委会固定电话费", "中国电信乡支局"),
           "flood": paid("allowance", 60000, 12, "防汛值班误工补贴", "李主任、王会计")}
    ids["reversal"] = expenses.reverse(store, village1, ids["phone"], on=dt.date(2026, 10, 31), reason="重复报账",
                                       handler_id=ACCOUNTANT, approver_id=SECRETARY)
    ids["hospitality"] = expenses.submit(store, village1, ExpenseInput(
        1, "hospitality", dt.date(2026, 10, 20), 68000, "村口饭店", "接待检查组工作餐", DIRECTOR, 1, "cash")).id
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-11-27")
    expenses.publish_month(store, village1, 1, 2026, 10, posted_on=dt.date(2026, 11, 2))
    return ids


def pdf_text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize("fen, text", [
    (0, "零元整"), (5, "伍分"), (50, "伍角"), (100, "壹元整"), (123450, "壹仟贰佰叁拾肆元伍角"),
    (100500, "壹仟零伍元整"), (101005, "壹仟零壹拾元零伍分"), (10000000, "壹拾万元整"),
    (10000500, "壹拾万零伍元整"), (10000000000, "壹亿元整"), (10050000000, "壹亿零伍拾万元整"),
    (10005000000, "壹亿零伍万元整"), (-30050, "负叁佰元伍角"),
])
def test_amount_in_capitals(fen, text):
    assert rmb_upper(fen) == text


def test_ledger_pdf_has_the_figures_and_the_chain_head(store, village1, october, tmp_path):
    out = expense_ledger.render(store, village1, 1, 2026, 10, tmp_path / "ledger.pdf")
    text = pdf_text(out)
    assert "白鹿村非生产性开支台账" in text and "2026年10月" in text
    for figure in ("300.50", "120.00", "-120.00", "600.00", "900.50"):
        assert figure in text, figure
    assert "本月合计 900.50 4 笔" in text and "冲销2026年第 2 号：村委会固定电话费（重复" in text
    assert "招待费" in text and "0.00（零招待）" in text
    assert "接待检查组工作餐" in text and "村级公务零招待" in text  # the refused attempt is listed
    assert "本月开支已于 2026年11月2日 在村务公开栏张榜公开" in text
    assert "这是软件自带的默认限额，尚待乡镇核定" in text
    assert f"审计链 {audit.head(store)}" in text
    assert "村党支部书记：" in text and "第 1 页 共" in text


def test_publicity_pdf(store, village1, october, tmp_path):
    text = pdf_text(expense_publicity.render(store, village1, 1, 2026, 10, tmp_path / "pub.pdf"))
    assert "白鹿村财务公开栏" in text and "2026年10月 非生产性开支公开" in text
    assert "本月招待费：0.00 元（村级公务零招待）" in text
    assert "公开日期：2026年11月2日" in text
    assert "购买打印纸" in text and "900.50" in text
    assert "接待检查组工作餐" not in text  # only booked spending is posted


def test_slip_pdf(store, village1, october, tmp_path):
    text = pdf_text(expense_slip.render(store, village1, october["paper"], tmp_path / "slip.pdf"))
    assert "白鹿村非生产性开支审批单" in text and "编号：2026年第 1 号" in text
    assert "¥300.50" in text and "人民币叁佰元伍角" in text
    assert "审批人：张书记" in text and "本笔金额未达到报乡镇审核的标准" in text
    assert "已于 2026年10月31日 以现金支付，付款人：王会计" in text
    assert "年度限额 25,000.00 元，审核时已用 0.00 元" in text
    assert f"审计链 {audit.head(store)}" in text
    text = pdf_text(expense_slip.render(store, village1, october["hospitality"], tmp_path / "h.pdf"))
    assert "已拒绝（按制度自动拒绝：村级公务零招待）" in text and "村级公务零招待：招待费一律不予审批" in text
    text = pdf_text(expense_slip.render(store, village1, october["reversal"], tmp_path / "r.pdf"))
    assert "冲销审批单" in text and "冲销2026年第 2 号（120.00 元）：重复报账" in text and "负壹佰贰拾元整" in text


def test_xlsx_ledger(store, village1, october, tmp_path):
    from openpyxl import load_workbook

    wb = load_workbook(expense_xlsx.export(store, village1, 1, 2026, tmp_path / "l.xlsx"))
    assert wb.sheetnames == ["台账", "按月汇总", "拒绝和撤回", "说明"]
    ws = wb["台账"]
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2)]
    assert [r["开支事由"] for r in rows][:3] == ["购买打印纸", "村委会固定电话费", "防汛值班误工补贴"]
    assert [Decimal(str(r["金额（元）"])) for r in rows] == [Decimal("300.5"), Decimal("120"), Decimal("600"),
                                                           Decimal("680"), Decimal("-120")]
    assert ws["F2"].number_format == "#,##0.00"
    reversal = rows[-1]
    assert reversal["冲销原编号"] == "第2号" and reversal["冲销原因"] == "重复报账"
    summary = wb["按月汇总"]
    oct_row = [c.value for c in summary[11]]
    assert oct_row[0] == "10月" and Decimal(str(oct_row[-1])) == Decimal("900.5")
    refused = [[c.value for c in r] for r in wb["拒绝和撤回"].iter_rows(min_row=2)]
    assert len(refused) == 1 and refused[0][3] == "接待检查组工作餐"
    info = {r[0].value: r[1].value for r in wb["说明"].iter_rows()}
    assert info["村"] == "白鹿村（001）" and info["审计链"] == audit.head(store)


def test_year_ledger(store, village1, october, tmp_path):
    from villageadmin.core.reports import expenses as entry

    text = pdf_text(entry.render_ledger(store, village1, 1, tmp_path / "y.pdf", year=2026))
    assert "2026年全年" in text and "全年合计 900.50 4 笔" in text and "张榜公开" not in text


def test_ledger_prints_long_payees_whole(store, village1, tmp_path, monkeypatch):
    """A payee list longer than the column wraps instead of being cut to “…”."""
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-10-31")
    payee = "廖林俊、曾婷凤、邹志明、韦秀莲、杨宇"
    eid = expenses.submit(store, village1, ExpenseInput(1, "allowance", dt.date(2026, 10, 12), 60000, payee,
                                                        "防汛值班误工补贴", ACCOUNTANT, 2, "cash")).id
    expenses.approve_village(store, village1, eid, approver_id=SECRETARY, second_signer_id=DIRECTOR)
    out = expense_ledger.render(store, village1, 1, 2026, 10, tmp_path / "ledger.pdf")
    text = pdf_text(out)
    assert "…" not in text
    # the wrapped cell is read back line by line, between the row's other cells
    assert "廖林俊、曾婷凤" in text and "韦秀莲、杨宇" in text
