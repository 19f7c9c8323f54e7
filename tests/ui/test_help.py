"""First-run tour, Help menu, settings dialog, tooltips on the main window's buttons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QToolBar

from tests.conftest import ADMIN_PW
from villageadmin.core import accounts
from villageadmin.ui import settings
from villageadmin.ui.context import AppContext


def _window(qtbot, store, actor, *, show: bool = True, all_hooks: bool = False):
    """The main window with only the help hook (others' hooks are tested by their areas), or all of them."""
    from villageadmin.ui import main_window
    from villageadmin.ui.main_window import MainWindow

    saved = list(main_window.WINDOW_HOOKS)
    if not all_hooks:
        main_window.WINDOW_HOOKS[:] = ["villageadmin.ui.help.hooks:install"]
    try:
        w = MainWindow(AppContext(store, actor))
    finally:
        main_window.WINDOW_HOOKS[:] = saved
    qtbot.addWidget(w)
    w.resize(1280, 820)
    if show:
        w.show()
        qtbot.waitExposed(w)
    return w


def _overlay(w):
    from villageadmin.ui.help.tour import TourOverlay

    return w.findChild(TourOverlay)


def test_tour_runs_once_per_account_and_every_step_lights_something(qtbot, store, village1):
    from villageadmin.ui.help import tour

    w = _window(qtbot, store, village1)
    qtbot.waitUntil(lambda: _overlay(w) is not None and _overlay(w).isVisible(), timeout=3000)
    ov = _overlay(w)
    assert 3 <= len(ov.steps) <= 5
    assert tour.has_seen("001")
    seen_titles = []
    while True:
        lit = ov.targets()
        assert lit, f"step {ov.index + 1} lights nothing"
        for r in lit:
            assert w.rect().contains(r.center())
        assert not ov.card.geometry().intersects(lit[0].adjusted(8, 8, -8, -8)), "the card hides what it explains"
        assert w.rect().contains(ov.card.geometry())
        seen_titles.append(ov.title_label.text())
        assert ov.counter.text() == f"第 {ov.index + 1} 步，共 {len(ov.steps)} 步"
        if ov.index == len(ov.steps) - 1:
            assert ov.next_button.text() == "完成" and not ov.skip_button.isVisible()
            qtbot.mouseClick(ov.next_button, Qt.MouseButton.LeftButton)
            break
        qtbot.mouseClick(ov.next_button, Qt.MouseButton.LeftButton)
    assert seen_titles[0] == "欢迎！这是主界面"
    qtbot.waitUntil(lambda: _overlay(w) is None)
    # the same account does not get it again …
    w2 = _window(qtbot, store, village1)
    qtbot.wait(600)
    assert _overlay(w2) is None
    # … until it asks for it in the Help menu
    w2.findChild(QAction, "actionTour").trigger()
    assert _overlay(w2) is not None and _overlay(w2).isVisible()


def test_tour_keys_back_escape_and_resize(qtbot, store, village1):
    from villageadmin.ui.help import tour

    w = _window(qtbot, store, village1)
    ov = tour.show_tour(w)
    assert not ov.back_button.isEnabled()
    qtbot.keyClick(ov, Qt.Key.Key_Right)
    assert ov.index == 1
    qtbot.keyClick(ov, Qt.Key.Key_Left)
    assert ov.index == 0
    w.resize(1500, 900)
    qtbot.waitUntil(lambda: ov.geometry() == w.rect())
    assert w.rect().contains(ov.card.geometry())
    qtbot.keyClick(ov, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _overlay(w) is None)


def test_township_tour_has_the_village_picker(qtbot, store, admin):
    from villageadmin.ui.help import tour

    w = _window(qtbot, store, admin)
    ov = tour.show_tour(w)
    assert len(ov.steps) == 5
    ov.go(1)
    picker = w.village_picker
    lit = ov.target()
    top_left = picker.mapTo(w, picker.rect().topLeft())
    assert lit.contains(QRect(top_left, picker.size()))
    ov.skip()


def test_help_menu_prints_the_quick_guide(store, monkeypatch, tmp_path):
    import types

    import pdfplumber

    from villageadmin.ui import printing
    from villageadmin.ui.help import hooks

    made = []

    def fake_print_or_save(parent, make_pdf, suggested_name):
        out = tmp_path / suggested_name
        make_pdf(out)
        made.append(out)

    monkeypatch.setattr(printing, "print_or_save", fake_print_or_save)
    window = types.SimpleNamespace(ctx=types.SimpleNamespace(store=store))
    hooks.print_quick_guide(window)
    assert made and made[0].name == "村务通快速上手.pdf"
    with pdfplumber.open(made[0]) as pdf:
        assert len(pdf.pages) == 1
        assert "测试乡" in pdf.pages[0].extract_text()


def test_user_guide_window_shows_the_guide(qtbot):
    from villageadmin.ui.help.guide import GuideWindow, guide_dir

    g = GuideWindow.show_for(None)
    qtbot.addWidget(g)
    assert GuideWindow.show_for(None) is g  # one at a time
    text = g.browser.toPlainText()
    assert (guide_dir() / "README.md").exists()
    assert "村务通" in text and "登录" in text
    g.close()


# -- settings ---------------------------------------------------------------------------------
def test_settings_dialog_has_a_row_for_every_setting(qtbot):
    from villageadmin.ui.help.settings_dialog import SettingsDialog

    d = SettingsDialog()
    qtbot.addWidget(d)
    assert set(d.editors) == {s.key for s in settings.SETTINGS}
    for s in settings.SETTINGS:
        e = d.editors[s.key]
        assert d.value(s.key) == settings.get(s.key)
        if s.choices:
            assert isinstance(e, QComboBox) and e.count() == len(s.choices)
            assert all(e.itemText(i) != e.itemData(i) or s.key == "ui/language" for i in range(e.count()))
        elif isinstance(s.default, int):
            assert isinstance(e, QSpinBox) and (e.minimum(), e.maximum()) == (s.minimum, s.maximum)
        else:
            assert isinstance(e, QLineEdit)
    # every title is translated
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in s.title) for s in settings.SETTINGS)


def test_font_size_applies_when_saved_and_lock_minutes_reach_the_timer(qtbot, tmp_path):
    from PySide6.QtWidgets import QMainWindow

    from villageadmin.ui.app import apply_look
    from villageadmin.ui.help.settings_dialog import SettingsDialog

    w = QMainWindow()  # stands in for the main window: only its idle_watcher matters here
    qtbot.addWidget(w)

    class Watcher:
        minutes = 0.0

        def set_minutes(self, m):
            self.minutes = m

    w.idle_watcher = Watcher()
    d = SettingsDialog(w)
    qtbot.addWidget(d)
    spin = d.editors["ui/font_size"]
    spin.setValue(30)
    assert spin.value() == 18  # the top of the range
    spin.setValue(16)
    d.editors["security/idle_lock_minutes"].setValue(5)
    d.editors["print/default_action"].setCurrentIndex(d.editors["print/default_action"].findData("pdf"))
    d.editors["backup/folder"].setText(str(tmp_path))
    try:
        qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
        assert d.result() == 1
        assert settings.get("ui/font_size") == 16
        assert QApplication.instance().font().pointSize() == 16
        assert settings.get("security/idle_lock_minutes") == 5 and w.idle_watcher.minutes == 5.0
        assert settings.get("print/default_action") == "pdf"
        assert settings.get("backup/folder") == str(tmp_path)
    finally:
        from villageadmin.core import backup

        backup.set_folder(None)
        apply_look(QApplication.instance(), 13)


def test_settings_refuse_a_missing_backup_folder(qtbot, tmp_path):
    from villageadmin.ui.help.settings_dialog import SettingsDialog

    d = SettingsDialog()
    qtbot.addWidget(d)
    d.editors["backup/folder"].setText(str(tmp_path / "nope"))
    d.on_save()
    assert d.result() == 0
    assert "没有这个文件夹" in d._errors["backup/folder"].text()
    assert settings.get("backup/folder") == ""


NO_FONTS_SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtGui import QFontInfo
from villageadmin.ui import app as app_mod
app_mod.resources_dir = lambda: Path(sys.argv[1])
print(QFontInfo(app_mod.make_app("zh_CN").font()).family())
"""


@pytest.mark.parametrize("shipped", [True, False])
def test_a_pc_without_chinese_fonts_uses_the_shipped_font(tmp_path, shipped):
    """No system fonts at all (an empty fontconfig): the app's font is the one in resources/fonts."""
    import os
    import shutil
    import subprocess
    import sys

    src = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    if not src.exists():
        pytest.skip("no WenQuanYi font on this machine")
    res = tmp_path / "resources"
    (res / "fonts").mkdir(parents=True)
    if shipped:
        shutil.copy(src, res / "fonts" / src.name)
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "none"}</dir>'
                    f'<cachedir>{tmp_path / "cache"}</cachedir></fontconfig>')
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen",
               VILLAGEADMIN_CONFIG=str(tmp_path / "cfg"))
    r = subprocess.run([sys.executable, "-c", NO_FONTS_SCRIPT, str(res)], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    family = r.stdout.splitlines()[0]
    assert (family == "WenQuanYi Micro Hei") == shipped, family


# last: these windows carry every area's hooks
@pytest.mark.parametrize("who", ["village", "admin"])
def test_every_nav_and_toolbar_button_has_a_tooltip(qtbot, store, village1, who):
    actor = village1 if who == "village" else accounts.authenticate(store, "admin", ADMIN_PW)
    w = _window(qtbot, store, actor, show=False, all_hooks=True)
    nav = w.nav_group.buttons()
    assert nav
    for b in nav:
        tip = b.toolTip().strip()
        assert tip and tip != b.text().strip(), f"nav button {b.text()!r} needs a tooltip saying what it opens"
    for tb in w.findChildren(QToolBar):
        for a in tb.actions():
            if a.isSeparator() or not a.isVisible():
                continue
            assert a.toolTip().strip() and a.toolTip().replace("&", "") != a.text().replace("&", ""), a.text()
    for name in ("actionTour", "actionUserGuide", "actionQuickGuide", "actionSettings"):
        a = w.findChild(QAction, name)
        assert a is not None and a.toolTip(), name
    # let the other hooks' start-up work finish while the store is still open
    from villageadmin.ui import ops

    ops.wait_idle()
    qtbot.wait(50)
