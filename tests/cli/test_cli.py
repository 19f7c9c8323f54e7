from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pdfplumber
import pytest

from villageadmin.cli import main

EXE = [sys.executable, "-m", "villageadmin"]


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([*EXE, *args], capture_output=True, text=True, env=e, timeout=120)


def test_check_json_shape(demo_dir, capsys):
    assert main(["check", "--data", str(demo_dir), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found
    for f in found:
        assert {"village", "module", "rule", "severity", "message", "record"} <= set(f)
    rules = {f["rule"] for f in found if f["module"] == "meetings"}
    assert "work_meeting_missing" in rules or "work_meeting_late" in rules
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in f["message"]) for f in found)


def test_check_village_filter(demo_dir, capsys):
    assert main(["check", "--data", str(demo_dir), "--village", "002", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {f["village"] for f in found} <= {"002"}


def test_print_meeting_pdf(demo_dir, tmp_path):
    from villageadmin.core.store import open_store

    s = open_store(demo_dir)
    mid, vname = s.execute("SELECT m.id, v.name FROM meetings m JOIN villages v ON v.id=m.village_id "
                           "JOIN resolutions r ON r.meeting_id=m.id WHERE m.kind='work' LIMIT 1").fetchone()
    res_text = s.scalar("SELECT text FROM resolutions WHERE meeting_id=? ORDER BY seq", (mid,))
    s.close()
    out = tmp_path / "m.pdf"
    assert main(["print", "meeting", str(mid), "--data", str(demo_dir), "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        text = "\n".join(p.dedupe_chars().extract_text() for p in pdf.pages)
        n = len(pdf.pages)
        fonts = {c["fontname"] for p in pdf.pages for c in p.chars}
    assert vname in text
    assert res_text in text
    assert f"第 1 页 共 {n} 页" in text
    assert "主持人（签字）" in text and "记录人（签字）" in text
    assert any("WenQuanYi" in f for f in fonts)
    r = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True)
    if r.returncode == 0:
        rows = [line.split() for line in r.stdout.splitlines()[2:]]
        assert rows and all(row[-5] == "yes" for row in rows), r.stdout


def test_search_cli_json(demo_dir, capsys):
    assert main(["search", "水", "--data", str(demo_dir), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits and all({"id", "village", "date", "snippet"} <= set(h) for h in hits)
    dates = [h["date"] for h in hits]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("args, text", [
    (["print", "meeting", "999999"], "没有这条会议记录"),
    (["search", "水", "--village", "nope"], "没有编号为“nope”的村"),
])
def test_errors_are_one_line_on_stderr(demo_dir, args, text):
    r = run(*args, "--data", str(demo_dir), "--out", "/tmp/x.pdf") if args[0] == "print" else \
        run(*args, "--data", str(demo_dir))
    assert r.returncode != 0
    assert text in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_not_our_file_refused(tmp_path):
    (tmp_path / "villageadmin.db").write_bytes(b"garbage" * 100)
    r = run("check", "--data", str(tmp_path))
    assert r.returncode == 1
    assert "不是村务通的数据文件" in r.stderr


def test_demo_refuses_non_empty_folder(demo_dir):
    r = run("demo", "--data", str(demo_dir))
    assert r.returncode == 1
    assert "已经有数据" in r.stderr


def test_demo_is_deterministic(tmp_path):
    from villageadmin.core.store import open_store

    sums = []
    for name in ("a", "b"):
        r = run("demo", "--data", str(tmp_path / name), "--villages", "3", "--years", "1", "--seed", "5")
        assert r.returncode == 0, r.stderr
        assert "admin / admin123" in r.stdout
        s = open_store(tmp_path / name)
        sums.append(s.query("SELECT village_id, kind, held_on, place, discussion FROM meetings ORDER BY id"))
        s.close()
    assert sums[0] == sums[1] and len(sums[0]) > 20


def test_ready_exit(tmp_path):
    r = run("--data", str(tmp_path), "--ready-exit", env={"QT_QPA_PLATFORM": "offscreen"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ready in ") and r.stdout.strip().endswith(" ms")


def test_setup_cli_and_wrong_password(tmp_path):
    r = run("setup", "--data", str(tmp_path), "--township", "白鹿镇", "--village", "001:白鹿村",
            env={"VILLAGEADMIN_PASSWORD": "secret-1"})
    assert r.returncode == 0, r.stderr
    from villageadmin.cli import signed_in
    from villageadmin.core.errors import AuthError
    from villageadmin.core.store import open_store

    s = open_store(tmp_path)
    ns = type("A", (), {"user": "admin"})()
    os.environ["VILLAGEADMIN_PASSWORD"] = "wrong-1"
    try:
        with pytest.raises(AuthError):
            signed_in(s, ns)
    finally:
        del os.environ["VILLAGEADMIN_PASSWORD"]
        s.close()


def test_every_command_is_documented():
    """Each CLI command appears in the README's command list."""
    from villageadmin.cli import build_parser

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, p in sub.choices.items():
        assert f"villageadmin {name}" in readme, f"README does not document `villageadmin {name}`"
        inner = [a for a in p._actions if a.__class__.__name__ == "_SubParsersAction"]
        for a in inner:
            for what in a.choices:
                assert f"villageadmin {name} {what}" in readme, f"README lacks `villageadmin {name} {what}`"
