"""`export --village`, `keys`, `enrol`, `import` (files and folders), `export --policy`, `print summary`."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from tests.core import sync_util as su
from villageadmin.cli import main


@pytest.fixture
def dirs(tmp_path: Path, tmp_path_factory):  # noqa: ANN001
    pc, arch = su.fresh_pair(tmp_path_factory, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    return pc, arch, stick


def test_export_import_round_trip_by_command_line(dirs, capsys, monkeypatch):  # noqa: ANN001
    pc, arch, stick = dirs
    assert main(["export", "--data", str(pc), "--village", "001", "--out", str(stick), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["seq"] == 1 and out["full"] and Path(out["file"]).name == "白鹿村-2026-11-27-0001.vabundle"
    assert main(["export", "--data", str(pc), "--village", "002", "--out", str(stick / "青山村.vabundle")]) == 0
    text = capsys.readouterr().out
    assert "已导出第 1 号文件" in text and "签名指纹" in text
    assert main(["import", "--data", str(arch), str(stick)]) == 0
    text = capsys.readouterr().out
    assert "[已导入] 白鹿村第 1 号文件：已导入。" in text and "共 2 个文件：已导入 2 个" in text
    # Again: nothing changes, exit 0.
    assert main(["import", "--data", str(arch), str(stick), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [f["status"] for f in report["files"]] == ["unchanged", "unchanged"]


def test_refused_file_exit_code_and_reason(dirs, capsys):  # noqa: ANN001
    pc, arch, stick = dirs
    main(["export", "--data", str(pc), "--village", "001", "--out", str(stick)])
    capsys.readouterr()
    [f] = stick.glob("*.vabundle")
    bad = stick / "坏的.vabundle"
    bad.write_bytes(f.read_bytes()[:-40])
    assert main(["import", "--data", str(arch), str(bad)]) == 3
    assert "[拒收] 坏的.vabundle：拒收。文件不完整或已损坏" in capsys.readouterr().out


def test_bare_export_needs_village_or_policy_and_sub_commands_still_work(dirs, capsys):  # noqa: ANN001
    pc, _arch, stick = dirs
    assert main(["export", "--data", str(pc), "--out", str(stick)]) == 1
    assert "--village" in capsys.readouterr().err
    assert main(["export", "--data", str(pc)]) == 1
    with pytest.raises(SystemExit):
        main(["export", "--data", str(pc), "no-such-thing", "--out", "x"])


def test_keys_export_and_enrol_with_fingerprint(tmp_path, capsys, monkeypatch):  # noqa: ANN001
    pc = tmp_path / "pc"
    su.make_village_pc(pc, meetings_per_village=1)
    arch = tmp_path / "arch"
    monkeypatch.setenv("VILLAGEADMIN_PASSWORD", su.ADMIN_PW)
    assert main(["setup", "--data", str(arch), "--township", "测试乡", "--code", "T01", "--village", "001:白鹿村"]) == 0
    assert main(["keys", "export", "--data", str(pc), "--village", "001", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    fp = out.split("指纹：")[1].strip()
    assert len(fp.split()) == 6 and all(len(g) == 4 and g.isdigit() for g in fp.split())
    keyfile = tmp_path / "白鹿村-密钥.vakey"
    # A wrong fingerprint read out on the phone: not enrolled.
    assert main(["enrol", "--data", str(arch), str(keyfile), "--user", "admin", "--fingerprint", "1111 2222"]) == 1
    assert "指纹对不上" in capsys.readouterr().err
    assert main(["enrol", "--data", str(arch), str(keyfile), "--user", "admin", "--fingerprint", fp]) == 0
    assert "白鹿村的签名密钥已登记" in capsys.readouterr().out
    # Village 002 is not in the archive: enrol from its export file, adding the village.
    assert main(["export", "--data", str(pc), "--village", "002", "--out", str(tmp_path)]) == 0
    capsys.readouterr()
    [f2] = tmp_path.glob("青山村-*.vabundle")
    assert main(["enrol", "--data", str(arch), str(f2), "--user", "admin"]) == 1
    assert "没有编号为 002 的村" in capsys.readouterr().err
    assert main(["enrol", "--data", str(arch), str(f2), "--user", "admin", "--add-village"]) == 0
    capsys.readouterr()
    assert main(["keys", "--data", str(arch), "--json"]) == 0
    enrolled = json.loads(capsys.readouterr().out)["enrolled"]
    assert {e["village_code"] for e in enrolled} == {"001", "002"}
    assert next(e for e in enrolled if e["village_code"] == "001")["fingerprint"] == fp
    assert main(["import", "--data", str(arch), str(f2)]) == 0


def test_gap_held_then_confirmed(dirs, capsys):  # noqa: ANN001
    pc, arch, stick = dirs
    for _ in range(3):
        assert main(["export", "--data", str(pc), "--village", "001", "--out", str(stick)]) == 0
    files = sorted(stick.glob("*.vabundle"))
    assert main(["import", "--data", str(arch), str(files[0])]) == 0
    assert main(["import", "--data", str(arch), str(files[2])]) == 0
    assert "[暂存待确认]" in capsys.readouterr().out
    assert main(["import", "--data", str(arch), "--held"]) == 0
    line = capsys.readouterr().out.strip()
    held_id = int(line.split("\t")[0])
    assert main(["import", "--data", str(arch), "--confirm-held", str(held_id)]) == 0
    assert "[已导入] 白鹿村第 3 号文件" in capsys.readouterr().out


def test_policy_file_to_a_village(dirs, capsys, monkeypatch):  # noqa: ANN001
    pc, arch, stick = dirs
    monkeypatch.setenv("VILLAGEADMIN_PASSWORD", su.ADMIN_PW)
    assert main(["export", "--data", str(arch), "--policy", "--out", str(stick), "--user", "admin"]) == 0
    out = capsys.readouterr().out
    assert "已导出乡镇政策文件第 1 号" in out
    [pf] = stick.glob("*.vapolicy")
    assert main(["import", "--data", str(pc), str(pf)]) == 3
    assert "本机还没有登记乡镇的签名密钥" in capsys.readouterr().out
    assert main(["enrol", "--data", str(pc), str(pf), "--user", "admin"]) == 0
    assert "测试乡的签名密钥已登记" in capsys.readouterr().out
    assert main(["import", "--data", str(pc), str(pf)]) == 0
    assert "[已导入] 乡镇第 1 号文件" in capsys.readouterr().out


def test_print_summary(dirs, tmp_path, capsys):  # noqa: ANN001
    pc, arch, stick = dirs
    main(["export", "--data", str(pc), "--village", "001", "--out", str(stick)])
    main(["import", "--data", str(arch), str(stick)])
    out = tmp_path / "summary.pdf"
    assert main(["print", "summary", "--data", str(arch), "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        text = "".join(p.extract_text() or "" for p in pdf.pages)
    assert "测试乡各村工作情况汇总（2026年）" in text
    assert "白鹿村（001）" in text.replace("\n", "") and "第 1 号，2026年11月" in text
    assert "还没有收到" in text  # 青山村: enrolled, no file yet
    assert "汇总人（签字）" in text
