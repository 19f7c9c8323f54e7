from __future__ import annotations

import json

import openpyxl
import pdfplumber

from villageadmin.cli import main


def _text(path) -> str:  # noqa: ANN001
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_print_register_one_village(demo_dir, tmp_path, capsys):
    out = tmp_path / "reg.pdf"
    assert main(["print", "register", "--data", str(demo_dir), "--village", "001", "--year", "2026",
                 "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = _text(out)
    assert "2026年村级工程项目招投标登记簿" in text and "招标情况" in text and "第 1 页 共" in text


def test_print_register_township_and_project_sheet(demo_dir, tmp_path):
    out = tmp_path / "reg.pdf"
    assert main(["print", "register", "--data", str(demo_dir), "--year", "2025", "--out", str(out)]) == 0
    text = _text(out)
    assert "（001）" in text and "（004）" in text
    sheet = tmp_path / "p.pdf"
    assert main(["print", "project", "1", "--data", str(demo_dir), "--out", str(sheet)]) == 0
    assert "项目档案表" in _text(sheet)


def test_print_unknown_project(demo_dir, tmp_path, capsys):
    assert main(["print", "project", "999999", "--data", str(demo_dir), "--out", str(tmp_path / "x.pdf")]) == 1
    assert "没有这个项目" in capsys.readouterr().err


def test_export_register_xlsx_and_ocds(demo_dir, tmp_path):
    out = tmp_path / "reg.xlsx"
    assert main(["export", "register", "--data", str(demo_dir), "--village", "002", "--year", "2026",
                 "--out", str(out)]) == 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][:4] == ("村编号", "村", "项目编号", "项目名称")
    assert {r[0] for r in rows[1:]} == {"002"}
    js = tmp_path / "reg.json"
    assert main(["export", "register", "--format", "ocds", "--data", str(demo_dir), "--year", "2026",
                 "--out", str(js)]) == 0
    data = json.loads(js.read_text("utf-8"))
    assert data["version"] == "1.1" and all(r["ocid"].startswith("ocds-demo-") for r in data["releases"])


def test_check_bidding_json(demo_dir, capsys):
    assert main(["check", "--data", str(demo_dir), "--module", "bidding", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and {f["module"] for f in found} == {"bidding"}
    assert {"split_suspected", "tender_not_public"} <= {f["rule"] for f in found}
    assert all(f["record_type"] == "project" for f in found)


def test_year_is_required(demo_dir, tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["export", "register", "--data", str(demo_dir), "--out", str(tmp_path / "x.xlsx")])
