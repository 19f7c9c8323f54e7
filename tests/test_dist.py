"""The built one-folder app (``make dist``) starts on its own from a clean folder.

Marked slow: ``make dist`` builds the bundle and runs this; ``make test`` does not. Without a bundle
the test is skipped, unless VILLAGEADMIN_DIST is set (as ``make dist`` does), when it must be there.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXE_NAME = "VillageAdmin.exe" if sys.platform == "win32" else "villageadmin"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle() -> Path:
    path = Path(os.environ.get("VILLAGEADMIN_DIST") or ROOT / "dist" / "villageadmin").resolve()
    if not (path / EXE_NAME).exists():
        if os.environ.get("VILLAGEADMIN_DIST"):
            pytest.fail(f"no built app in {path}")
        pytest.skip("no built app: run make dist")
    return path


def clean_env(home: Path) -> dict[str, str]:
    """Nothing from this checkout or its venv: no PYTHONPATH, no VILLAGEADMIN_*, a new home."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_DATA_HOME": str(home / ".local" / "share"),
           "XDG_RUNTIME_DIR": str(home / "run")}
    (home / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def test_built_app_starts_from_a_clean_folder(bundle, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    r = subprocess.run([str(bundle / EXE_NAME), "--ready-exit"], cwd=tmp_path, env=clean_env(home),
                       capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    m = re.search(r"ready in (\d+) ms", r.stdout)
    assert m, r.stdout + r.stderr
    print(f"built app: ready in {m.group(1)} ms")
    # a new data folder in the user's own place, not next to the program
    assert (home / ".local" / "share" / "VillageAdmin" / "villageadmin.db").exists()


def test_built_app_carries_font_translations_and_only_the_qt_it_uses(bundle):
    internal = bundle / "_internal"
    res = internal / "resources"
    assert (res / "fonts" / "wqy-microhei.ttc").exists(), "the CJK font for PCs without one"
    assert (res / "default_policy.json").exists()
    assert (res / "icons" / "villageadmin.png").exists()
    assert (internal / "docs" / "guide" / "README.md").exists()
    shipped = {p.name for p in (res / "translations").glob("*.qm")}
    assert shipped == {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    qt_libs = {p.name.split(".")[0] for p in internal.rglob("libQt6*.so*")}
    for unused in ("libQt6Qml", "libQt6Quick", "libQt6Sql", "libQt6Test", "libQt6WebEngineCore", "libQt6Designer"):
        assert unused not in qt_libs, unused
    for used in ("libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6PrintSupport", "libQt6Pdf", "libQt6PdfWidgets"):
        assert used in qt_libs, used
    qt_tr = {p.name for p in internal.rglob("Qt/translations/*.qm")}
    assert "qtbase_zh_CN.qm" in qt_tr and not any(n.endswith("_de.qm") for n in qt_tr)


def test_built_app_prints_the_quick_guide_with_its_own_font(bundle, tmp_path):
    import pdfplumber

    home = tmp_path / "home"
    home.mkdir()
    out = tmp_path / "qg.pdf"
    r = subprocess.run([str(bundle / EXE_NAME), "print", "quickguide", "--out", str(out)], cwd=tmp_path,
                       env=clean_env(home), capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) == 1
        assert "记录每月例会" in pdf.pages[0].extract_text()
        assert {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars} == {"WenQuanYiMicroHei-0"}
