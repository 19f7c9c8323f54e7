from __future__ import annotations

import json

import pdfplumber

from villageadmin.cli import main


def _one(demo_dir, sql: str) -> tuple:
    from villageadmin.core.store import open_store

    s = open_store(demo_dir, read_only=True)
    try:
        return s.execute(sql).fetchone()
    finally:
        s.close()


def _text(path) -> tuple[str, int, tuple[float, float]]:
    with pdfplumber.open(path) as pdf:
        text = "\n".join(p.dedupe_chars().extract_text() for p in pdf.pages)
        return text.replace(" ", ""), len(pdf.pages), (float(pdf.pages[0].width), float(pdf.pages[0].height))


def test_print_decision_notice_a4_and_a3(demo_dir, tmp_path):
    mid, title, decision, posted, vname = _one(
        demo_dir, "SELECT d.id, d.title, s4.text, s5.done_on, v.name FROM decision_matters d"
                  " JOIN villages v ON v.id=d.village_id"
                  " JOIN decision_steps s4 ON s4.matter_id=d.id AND s4.step=4 AND s4.round=d.round"
                  " JOIN decision_steps s5 ON s5.matter_id=d.id AND s5.step=5 AND s5.round=d.round ORDER BY d.id LIMIT 1")
    out = tmp_path / "n.pdf"
    assert main(["print", "notice", str(mid), "--which", "decision", "--data", str(demo_dir), "--out", str(out)]) == 0
    text, pages, size = _text(out)
    assert pages == 1
    assert round(size[0]) == 595 and round(size[1]) == 842
    y, m, d = (int(x) for x in posted.split("-"))
    for part in ("决议公示", title, decision[:12], f"{vname}村民委员会", f"公示期：{y}年{m}月{d}日至", "共7天",
                 "党员大会审议通过"):
        assert part.replace(" ", "") in text, part
    out3 = tmp_path / "n3.pdf"
    assert main(["print", "notice", str(mid), "--size", "A3", "--which", "decision", "--data", str(demo_dir),
                 "--out", str(out3)]) == 0
    _t, pages, size = _text(out3)
    assert pages == 1 and round(size[0]) == 842 and round(size[1]) == 1191


def test_print_result_notice_and_undecided_refused(demo_dir, tmp_path, capsys):
    (mid,) = _one(demo_dir, "SELECT matter_id FROM decision_steps WHERE step=6 ORDER BY matter_id LIMIT 1")
    out = tmp_path / "r.pdf"
    assert main(["print", "notice", str(mid), "--data", str(demo_dir), "--out", str(out)]) == 0
    text, _pages, _size = _text(out)
    assert "实施结果公示" in text
    (early,) = _one(demo_dir, "SELECT id FROM decision_matters d WHERE NOT EXISTS (SELECT 1 FROM decision_steps s"
                              " WHERE s.matter_id=d.id AND s.step=4) ORDER BY id LIMIT 1")
    assert main(["print", "notice", str(early), "--data", str(demo_dir), "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "还没有经过村民会议或村民代表会议作出决议" in err


def test_print_notice_before_the_posting_is_recorded(demo_dir, tmp_path):
    (mid,) = _one(demo_dir, "SELECT d.id FROM decision_matters d JOIN decision_steps s ON s.matter_id=d.id"
                            " AND s.round=d.round AND s.step=4 AND s.passed=1 WHERE NOT EXISTS (SELECT 1 FROM"
                            " decision_steps x WHERE x.matter_id=d.id AND x.round=d.round AND x.step=5)"
                            " AND d.status='open' ORDER BY d.id LIMIT 1")
    out = tmp_path / "p.pdf"
    assert main(["print", "notice", str(mid), "--posted-on", "2026-11-28", "--days", "10", "--data", str(demo_dir),
                 "--out", str(out)]) == 0
    text, _p, _s = _text(out)
    assert "公示期：2026年11月28日至2026年12月7日，共10天" in text


def test_decisions_list_and_check_module(demo_dir, capsys):
    assert main(["decisions", "--data", str(demo_dir), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 4 * 4
    assert {r["phase"] for r in rows} >= {"done", "deliberating", "posting"}
    assert any(r["round"] == 2 for r in rows)  # the failed quorum returned to the branch
    assert main(["decisions", "--data", str(demo_dir), "--village", "001"]) == 0
    assert "共" in capsys.readouterr().out
    assert main(["check", "--data", str(demo_dir), "--module", "decisions", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {f["module"] for f in found} == {"decisions"}
    assert all(f["record_type"] == "decision_matter" for f in found)
