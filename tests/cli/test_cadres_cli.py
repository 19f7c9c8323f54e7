from __future__ import annotations

import json

import openpyxl
import pdfplumber

from villageadmin.cli import main


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def test_print_roster_one_village(demo_dir, tmp_path, capsys):
    out = tmp_path / "roster.pdf"
    assert main(["print", "roster", "--data", str(demo_dir), "--village", "001", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = _text(out)
    assert "后备干部名册" in text and "培养联系人" in text and "第 1 页 共" in text
    assert "各村汇总" not in text  # one village: no township summary


def test_print_roster_township_has_summary(demo_dir, tmp_path):
    out = tmp_path / "roster.pdf"
    assert main(["print", "roster", "--data", str(demo_dir), "--out", str(out)]) == 0
    text = _text(out)
    assert "村级后备干部名册" in text and "各村汇总" in text and "合计" in text


def test_print_person_both_ways(demo_dir, tmp_path):
    from villageadmin.core.store import open_store

    store = open_store(demo_dir, read_only=True)
    try:
        cand_id, cadre_id, name = store.execute(
            "SELECT id, cadre_id, name FROM reserve_candidates WHERE status='appointed' ORDER BY id LIMIT 1").fetchone()
    finally:
        store.close()
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["print", "person", str(cand_id), "--data", str(demo_dir), "--out", str(a)]) == 0
    assert main(["print", "person", str(cadre_id), "--cadre", "--data", str(demo_dir), "--out", str(b)]) == 0
    ta, tb = _text(a), _text(b)
    for t in (ta, tb):
        assert "村干部履历表" in t and name in t and "培养记录" in t and "任职后考察" in t


def test_print_person_unknown_id(demo_dir, tmp_path, capsys):
    assert main(["print", "person", "999999", "--data", str(demo_dir), "--out", str(tmp_path / "x.pdf")]) == 1
    assert "没有这名后备干部" in capsys.readouterr().err


def test_export_roster_xlsx(demo_dir, tmp_path):
    out = tmp_path / "roster.xlsx"
    assert main(["export", "roster", "--data", str(demo_dir), "--village", "002", "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["后备干部名册"]
    rows = list(ws.values)
    assert rows[0][:6] == ("村编号", "村", "姓名", "性别", "出生日期", "年龄")
    assert len(rows) > 5 and {r[0] for r in rows[1:]} == {"002"}
    assert {r[16] for r in rows[1:]} == {"在库"}
    assert all(isinstance(r[9], str) for r in rows[1:])  # phones stay text
    stats = list(wb["各村统计"].values)
    assert stats[1][0] == "002" and stats[1][2] == len(rows) - 1


def test_export_roster_all_includes_former(demo_dir, tmp_path):
    out = tmp_path / "all.xlsx"
    assert main(["export", "roster", "--all", "--data", str(demo_dir), "--out", str(out)]) == 0
    states = {r[16] for r in list(openpyxl.load_workbook(out)["后备干部名册"].values)[1:]}
    assert "在库" in states and "已任用" in states


def test_check_module_cadres(demo_dir, capsys):
    assert main(["check", "--data", str(demo_dir), "--module", "cadres", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found and {f["module"] for f in found} == {"cadres"}
    assert {f["rule"] for f in found} <= {"key_candidates_short", "key_candidates_over", "review_overdue",
                                          "pool_no_women"}
