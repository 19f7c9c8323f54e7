"""Screenshots for the user guide (docs/guide/images), taken from the real app on demo data.

Run: `make docs` (or QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [OUT_DIR]).
Offscreen, Chinese UI, a fixed "today" (2026-11-27) and the demo township with seed 1, so the
pictures change only when the program changes. Every page in ui/main_window.py PAGES gets
``page-<ClassName>.png``; tests/test_docs.py checks that the guide shows each of them.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VILLAGEADMIN_TODAY"] = "2026-11-27"
os.environ["VILLAGEADMIN_CONFIG"] = tempfile.mkdtemp(prefix="va-guide-cfg-")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "guide" / "images"

# Pictures that are not a page of the main window (those are added from PAGES).
FIXED_SHOTS = ("start", "signin", "change-password", "tour", "main-window", "meeting-form-basics",
               "meeting-form-attendance", "meeting-form-agenda", "meeting-form-resolutions", "meeting-calendar",
               "print-preview", "settings", "help-menu", "quickguide")


def page_shot_name(cls_name: str) -> str:
    return f"page-{cls_name}"


def expected_shots() -> list[str]:
    """Every picture the guide has: the fixed ones and one per registered page."""
    from villageadmin.ui.main_window import PAGES

    return list(FIXED_SHOTS) + [page_shot_name(spec.partition(":")[2]) for spec in PAGES]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else OUT
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QPoint, QSize, QThreadPool
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMenu, QWidget

    from villageadmin.core import accounts, demo
    from villageadmin.core.reports import meeting as meeting_report
    from villageadmin.core.reports import quickguide
    from villageadmin.core.store import open_store
    from villageadmin.ui.app import make_app
    from villageadmin.ui.context import AppContext
    from villageadmin.ui.help import tour
    from villageadmin.ui.main_window import PAGES, MainWindow

    app = make_app("zh_CN")
    # a fixed place, so the data-folder path the start screen shows is the same on every run
    work = Path(tempfile.gettempdir()) / "villageadmin-guide"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    written: list[str] = []

    def settle(ms: int = 300) -> None:
        """Let the page load: background work done and its results shown."""
        from villageadmin.ui import ops

        QTest.qWait(ms)
        for _ in range(300):
            if not ops._running:
                break
            QTest.qWait(100)
        QThreadPool.globalInstance().waitForDone(30000)  # start-up checks some hooks run in the background
        ops.wait_idle()  # the page workers, and the read-only worker (the overview's whole check)
        QTest.qWait(50)
        for _ in range(5):
            app.processEvents()

    def save(img: QImage, name: str) -> None:
        img.save(str(out / f"{name}.png"))
        written.append(name)
        print(f"  {name}.png  {img.width()}×{img.height()}")

    def snap(w: QWidget, name: str, *, size: tuple[int, int] | None = None, ms: int = 300) -> None:
        if size:
            w.resize(*size)
        w.show()
        settle(ms)
        save(w.grab().toImage(), name)

    # -- before signing in -----------------------------------------------------------------------
    from villageadmin.ui.start import StartWindow

    empty = open_store(work / "村务通数据")
    snap(StartWindow(empty), "start", size=(900, 560))
    empty.close()

    print("making the demo township…")
    data = work / "demo"
    demo.create(data, villages=12, years=3, seed=1)
    store = open_store(data)

    from villageadmin.ui.password import ChangePasswordDialog
    from villageadmin.ui.signin import SignInWindow

    s = SignInWindow(store)
    s.username.setText("001")
    s.password.setText("secret")
    snap(s, "signin", size=(640, 600))
    s.close()
    village = accounts.authenticate(store, "001", demo.VILLAGE_PASSWORD)
    admin = accounts.authenticate(store, demo.ADMIN_USER, demo.ADMIN_PASSWORD)
    cp = ChangePasswordDialog(store, village, None, forced=True)
    snap(cp, "change-password", size=(560, 380))
    cp.done(0)

    # -- the main window and its tour ---------------------------------------------------------
    size = (1280, 800)
    w = MainWindow(AppContext(store, village))
    w.resize(*size)
    w.show()
    settle(800)  # the first-run tour starts by itself
    overlay = w.findChild(tour.TourOverlay)
    if overlay is None:
        overlay = tour.show_tour(w)
    settle()
    save(w.grab().toImage(), "tour")
    overlay.skip()
    settle()
    w.go_to("MeetingsPage")
    snap(w, "main-window")

    menu = w.findChild(QMenu, "menu_help")
    bar = w.menuBar()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(menu.menuAction()).bottomLeft()))
    settle()
    shot = w.grab().toImage()
    painter = QPainter(shot)
    pos = menu.mapToGlobal(QPoint(0, 0)) - w.mapToGlobal(QPoint(0, 0))
    painter.drawImage(pos, menu.grab().toImage())
    painter.end()
    save(shot.copy(0, 0, min(shot.width(), pos.x() + menu.width() + 360), pos.y() + menu.height() + 40), "help-menu")
    menu.hide()

    meetings_page = w.page("MeetingsPage")
    meetings_page.tabs.setCurrentIndex(1)
    snap(w, "meeting-calendar")
    meetings_page.tabs.setCurrentIndex(0)

    from villageadmin.ui.meetings.form import MeetingForm

    mid = store.scalar("SELECT m.id FROM meetings m JOIN villages v ON v.id = m.village_id WHERE v.code = '001' "
                       "AND m.kind = 'work' ORDER BY m.held_on DESC LIMIT 1")
    form = MeetingForm(AppContext(store, village), village.village_id, mid)
    for i, name in enumerate(("basics", "attendance", "agenda", "resolutions")):
        form.tabs.setCurrentIndex(i)
        snap(form, f"meeting-form-{name}", size=(1000, 760))
    form.done(0)

    from villageadmin.ui.printing import PrintPreview

    pdf = work / "meeting.pdf"
    meeting_report.render(store, village, mid, pdf)
    preview = PrintPreview(pdf, "会议记录.pdf")
    snap(preview, "print-preview", size=(820, 900), ms=800)
    preview.done(0)

    from villageadmin.ui.help.settings_dialog import SettingsDialog

    sd = SettingsDialog(w)
    snap(sd, "settings", size=(760, 560))
    sd.done(0)

    # -- every page of the main window (village account; township-only pages as the administrator) --
    tour.mark_seen(admin.username)
    aw = MainWindow(AppContext(store, admin))
    aw.resize(*size)
    for spec in PAGES:
        cls_name = spec.partition(":")[2]
        win = w if w.page(cls_name) is not None else aw
        if win.go_to(cls_name) is None:
            print(f"  (no {cls_name} for either account: skipped)")
            continue
        snap(win, page_shot_name(cls_name), ms=600)

    # -- the quick guide, as printed ------------------------------------------------------------------
    qg = work / "quickguide.pdf"
    quickguide.render(qg, township_name="青山镇")
    doc = QPdfDocument()
    doc.load(str(qg))
    pts = doc.pagePointSize(0)
    img = doc.render(0, QSize(int(pts.width() * 1.4), int(pts.height() * 1.4)))
    page = QImage(img.size(), QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    p = QPainter(page)
    p.drawImage(0, 0, img)
    p.end()
    save(page, "quickguide")
    doc.close()

    w.close()
    aw.close()
    store.close()
    missing = sorted(set(expected_shots()) - set(written))
    stale = sorted(p.stem for p in out.glob("*.png") if p.stem not in expected_shots())
    for name in stale:
        (out / f"{name}.png").unlink()
    print(f"{len(written)} pictures in {out}" + (f"; removed old: {stale}" if stale else ""))
    if missing:
        print(f"missing: {missing}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
