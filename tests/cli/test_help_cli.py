from __future__ import annotations

import pdfplumber

from villageadmin.cli import main


def test_print_quickguide_needs_no_data_folder(tmp_path, capsys):
    out = tmp_path / "guide.pdf"
    assert main(["print", "quickguide", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1


def test_print_quickguide_takes_the_township_name_from_the_data_folder(demo_dir, tmp_path):
    from villageadmin.core import township
    from villageadmin.core.store import open_store

    s = open_store(demo_dir)
    name = township.info(s)["name"]
    s.close()
    out = tmp_path / "guide.pdf"
    assert main(["print", "quickguide", "--data", str(demo_dir), "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        assert name in pdf.pages[0].extract_text()


def test_print_quickguide_with_a_given_name(tmp_path):
    out = tmp_path / "guide.pdf"
    assert main(["print", "quickguide", "--township", "白云乡", "--out", str(out)]) == 0
    with pdfplumber.open(out) as pdf:
        assert "白云乡" in pdf.pages[0].extract_text()
