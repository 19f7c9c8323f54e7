"""Start the app: Qt, translations, the look, then start screen → sign-in → main window."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from villageadmin.core.resources import resources_dir
from villageadmin.ui import settings

PRIMARY = "#2f6db5"
STYLE = """
QWidget { color: #1d1d1d; }
QMainWindow, QDialog, #SignInWindow, #StartWindow { background: #f5f7fa; }
QPushButton { padding: 6px 14px; border: 1px solid #9aa8b8; border-radius: 5px; background: #ffffff; min-height: 30px; }
QPushButton:hover { background: #eaf1fb; }
QPushButton:disabled { color: #9a9a9a; background: #f0f0f0; }
QPushButton[primary="true"] { background: %(p)s; color: white; border-color: %(p)s; font-weight: bold; }
QPushButton[primary="true"]:hover { background: #245a98; }
QPushButton[nav="true"] { text-align: left; padding-left: 16px; min-width: 170px; font-size: %(nav)spt; }
QPushButton[nav="true"]:checked { background: %(p)s; color: white; border-color: %(p)s; }
QLabel#bigTitle { font-size: %(big)spt; color: %(p)s; }
QLabel#subTitle, QLabel#topTitle { font-size: %(mid)spt; }
QLabel#pageTitle { font-size: %(mid)spt; color: %(p)s; }
QTableView, QTableWidget, QTreeView { background: white; alternate-background-color: #f2f5f9; gridline-color: #d5dbe3; }
QHeaderView::section { background: #e6ebf1; padding: 4px; border: 0; border-right: 1px solid #cfd6de; }
QLineEdit, QPlainTextEdit, QDateEdit, QTimeEdit, QComboBox, QSpinBox { padding: 4px; background: white;
    border: 1px solid #9aa8b8; border-radius: 4px; min-height: 26px; }
QLineEdit:focus, QPlainTextEdit:focus, QDateEdit:focus, QComboBox:focus { border: 2px solid %(p)s; }
QTabBar::tab { padding: 8px 16px; }
QTabBar::tab:selected { color: %(p)s; font-weight: bold; }
QComboBox::drop-down, QDateEdit::drop-down { subcontrol-origin: padding; subcontrol-position: center right;
    width: 24px; border: 0; border-left: 1px solid #c5cfdb; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url(%(icons)s/arrow-down.png); width: 12px; height: 12px; }
QSpinBox, QTimeEdit, QDateEdit { padding-right: 26px; }
QSpinBox::up-button, QTimeEdit::up-button, QDateEdit::up-button, QSpinBox::down-button, QTimeEdit::down-button,
QDateEdit::down-button { subcontrol-origin: border; width: 24px; border: 0; border-left: 1px solid #c5cfdb; }
QSpinBox::up-button, QTimeEdit::up-button, QDateEdit::up-button { subcontrol-position: top right; }
QSpinBox::down-button, QTimeEdit::down-button, QDateEdit::down-button { subcontrol-position: bottom right; }
QSpinBox::up-arrow, QTimeEdit::up-arrow, QDateEdit::up-arrow { image: url(%(icons)s/arrow-up.png); width: 10px;
    height: 10px; }
QSpinBox::down-arrow, QTimeEdit::down-arrow, QDateEdit::down-arrow { image: url(%(icons)s/arrow-down.png);
    width: 10px; height: 10px; }
QMenuBar::item { padding: 4px 10px; }
QMenuBar::item:selected { background: #eaf1fb; }
QMenu { background: white; border: 1px solid #9aa8b8; }
QMenu::item { padding: 6px 28px 6px 22px; }
QMenu::item:selected { background: %(p)s; color: white; }
QMenu::item:disabled { color: #9a9a9a; }
QMenu::separator { height: 1px; background: #d5dbe3; margin: 4px 8px; }
QToolTip { color: #1d1d1d; background: #fffbe6; border: 1px solid #c9b66b; padding: 6px; }
"""


def process_start_seconds_ago() -> float | None:
    """How long ago this process started (Linux /proc), so --ready-exit measures from process start."""
    try:
        with open("/proc/self/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    out = []
    tdir = resources_dir() / "translations"
    for qm in sorted(tdir.glob(f"*_{lang}.qm")):
        t = QTranslator(app)
        if t.load(str(qm)):
            app.installTranslator(t)
            out.append(t)
    if lang == "zh_CN":
        qt_tr = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        # QLocale("zh_CN"), not QLocale(Language.Chinese, …): creating those enums costs start-up time.
        if qt_tr.load(QLocale("zh_CN"), "qtbase", "_",
                      QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_tr)
            out.append(qt_tr)
    return out


_shipped_fonts_done = False


def register_shipped_fonts() -> None:
    """Fonts bundled in resources/fonts (the installer ships WenQuanYi Micro Hei) for PCs without a CJK font."""
    global _shipped_fonts_done
    if _shipped_fonts_done:
        return
    _shipped_fonts_done = True
    fdir = resources_dir() / "fonts"
    for f in sorted(fdir.glob("*.tt[fc]")) if fdir.is_dir() else []:
        QFontDatabase.addApplicationFont(str(f))


def apply_look(app: QApplication, font_size: int | None = None) -> None:
    size = font_size or int(settings.get("ui/font_size"))
    register_shipped_fonts()
    families = set(QFontDatabase.families())
    family = next((f for f in ("Microsoft YaHei", "SimHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC",
                               "Source Han Sans SC") if f in families), None)
    font = QFont(family) if family else app.font()
    font.setPointSize(size)
    app.setFont(font)
    icons = (resources_dir() / "icons").as_posix()
    app.setStyleSheet(STYLE % {"p": PRIMARY, "big": size + 12, "mid": size + 3, "nav": size + 1, "icons": icons})
    icon = resources_dir() / "icons" / "villageadmin.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def make_app(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("VillageAdmin")
    app.setApplicationDisplayName("村务通")
    app.setOrganizationName("VillageAdmin")
    lang = lang or str(settings.get("ui/language"))
    if not getattr(app, "_va_translators", None):
        app._va_translators = install_translations(app, lang)  # type: ignore[attr-defined]
    apply_look(app)
    return app  # type: ignore[return-value]


class Controller(QObject):
    """Moves between the start screen, the sign-in screen and the main window."""

    def __init__(self, data: str | None) -> None:
        super().__init__()
        from villageadmin.core.store import resolve_data_dir

        self.data_dir = resolve_data_dir(data)
        self.store = None
        self.window: QWidget | None = None

    def open(self, data_dir: Path | None = None) -> bool:
        from villageadmin.core.errors import StoreError
        from villageadmin.core.store import open_store

        if self.store is not None:
            self.store.close()
        try:
            self.store = open_store(data_dir or self.data_dir, read_only=getattr(self, "read_only", False))
        except StoreError as exc:
            QMessageBox.critical(None, "村务通", exc.message)
            return False
        return True

    def first_screen(self) -> QWidget:
        from villageadmin.core import township

        assert self.store is not None
        if not township.is_set_up(self.store):
            from villageadmin.ui.start import StartWindow

            w = StartWindow(self.store)
            w.set_up_done.connect(self.show_sign_in)
            w.open_demo.connect(self.open_demo)
            return self._show(w)
        return self.show_sign_in()

    def _show(self, w: QWidget) -> QWidget:
        old = self.window
        self.window = w
        w.show()
        if old is not None and old is not w:
            old.close()
            old.deleteLater()
        return w

    def show_sign_in(self) -> QWidget:
        from villageadmin.ui.signin import SignInWindow

        assert self.store is not None
        w = SignInWindow(self.store)
        w.signed_in.connect(self.show_main)
        return self._show(w)

    def open_demo(self) -> None:
        from villageadmin.core import demo, township
        from villageadmin.core.store import open_store
        from villageadmin.ui import ops
        from villageadmin.ui.start import demo_dir_for

        target = demo_dir_for(self.data_dir)

        def make(report) -> Path:  # noqa: ANN001
            s = open_store(target)
            try:
                ready = township.is_set_up(s)
            finally:
                s.close()
            if not ready:
                demo.create(target, progress=report)
            return target

        def done(path: Path) -> None:
            if self.open(path):
                self.show_sign_in()

        ops.run_op(self.window, make, on_success=done, progress=QApplication.translate(
            "Controller", "Making the demo township…"), with_progress=True)

    def show_main(self, actor: object) -> None:
        from villageadmin.core import accounts
        from villageadmin.ui.context import AppContext
        from villageadmin.ui.main_window import MainWindow
        from villageadmin.ui.password import ChangePasswordDialog

        assert self.store is not None
        if accounts.must_change_password(self.store, actor):  # type: ignore[arg-type]
            if not ChangePasswordDialog(self.store, actor, self.window, forced=True).exec():  # type: ignore[arg-type]
                return
        ctx = AppContext(self.store, actor)  # type: ignore[arg-type]
        w = MainWindow(ctx)
        w.signed_out.connect(self.show_sign_in)
        self._show(w)


def run(*, data: str | None, ready_exit: bool = False, lang: str | None = None, t0: float | None = None) -> int:
    app = make_app(lang)
    ctl = Controller(data)
    from villageadmin.ui import single_instance

    guard = single_instance.start(ctl.data_dir)  # one writer per data folder
    if guard.mode == single_instance.ACTIVATED:
        print("村务通已经打开了这个数据文件夹，已把那个窗口调到前面。", file=sys.stderr)
        return 0
    ctl.read_only = guard.mode == single_instance.READ_ONLY  # type: ignore[attr-defined]
    from villageadmin.core import backup

    backup.set_folder(settings.get("backup/folder") or None)  # also for the backup before a schema upgrade
    if not ctl.open():
        if ready_exit:
            print("villageadmin: 无法打开数据文件", file=sys.stderr)
        return 1
    ctl.first_screen()
    if ready_exit:
        def report() -> None:
            ago = process_start_seconds_ago()
            if ago is None:
                ago = time.perf_counter() - (t0 or 0.0)
            print(f"ready in {int(ago * 1000)} ms", flush=True)
            app.quit()

        QTimer.singleShot(0, report)
    rc = app.exec()
    if ctl.store is not None:
        ctl.store.close()
    return int(rc)
