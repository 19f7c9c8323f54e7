from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_ui_string_is_translated_in_zh_cn_and_en():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "i18n.py"), "check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_compiled_qm_files_are_current(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    fresh = i18n.release(tmp_path)
    assert fresh
    for qm in fresh:
        committed = ROOT / "resources" / "translations" / qm.name
        assert committed.exists(), f"{qm.name} missing: run tools/i18n.py release"
        assert committed.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run tools/i18n.py release"


def test_translator_is_loaded(qapp):
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("MeetingsPage", "New meeting record") == "新建会议记录"
