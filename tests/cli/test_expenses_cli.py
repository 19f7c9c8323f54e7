"""The expense commands others rely on: print ledger / publicity / expense, export ledger."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from villageadmin import cli
from villageadmin.core import expenses
from villageadmin.core.expenses import ExpenseInput


@pytest.fixture
def data(store, village1, tmp_path):
    eid = expenses.submit(store, village1, ExpenseInput(1, "office", dt.date(2026, 11, 3), 23456, "县新华书店",
                                                        "购买党建学习资料", 3, 1, "transfer")).id
    expenses.approve_village(store, village1, eid, approver_id=1)
    return tmp_path / "data", eid


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("what", ["ledger", "publicity"])
def test_print_monthly(data, tmp_path, capsys, what):
    d, _eid = data
    out = tmp_path / f"{what}.pdf"
    code, stdout, _ = run(capsys, "print", what, "--data", str(d), "--village", "001", "--month", "2026-11",
                          "--out", str(out))
    assert code == 0 and stdout.strip() == str(out)
    with pdfplumber.open(out) as pdf:
        assert "234.56" in "".join(p.extract_text() for p in pdf.pages)


def test_print_expense_slip(data, tmp_path, capsys):
    d, eid = data
    out = tmp_path / "slip.pdf"
    assert run(capsys, "print", "expense", str(eid), "--data", str(d), "--out", str(out))[0] == 0
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "审批单" in text and "人民币贰佰叁拾肆元伍角陆分" in text


def test_export_ledger(data, tmp_path, capsys):
    from openpyxl import load_workbook

    d, _eid = data
    out = tmp_path / "l.xlsx"
    assert run(capsys, "export", "ledger", "--data", str(d), "--village", "001", "--year", "2026",
               "--out", str(out))[0] == 0
    assert load_workbook(out)["台账"]["D2"].value == "购买党建学习资料"


@pytest.mark.parametrize("argv, message", [
    (["print", "ledger", "--village", "001", "--month", "2026-13"], "月份要写成 YYYY-MM"),
    (["print", "publicity", "--village", "999", "--month", "2026-10"], "没有编号为“999”的村"),
    (["print", "expense", "4242"], "没有这笔开支记录"),
])
def test_bad_arguments_fail_with_one_line(data, tmp_path, capsys, argv, message):
    d, _eid = data
    code, _out, err = run(capsys, *argv, "--data", str(d), "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
