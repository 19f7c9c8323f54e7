"""A first-run tour of the main screen: 4–5 steps, each lighting up one part of the window.

The rest of the window is dimmed and does not take clicks while the tour is open. Next / Back / Skip
(keys: → or Enter, ←, Esc). Shown once per account on this PC (remembered in QSettings), and again
whenever the user picks Help → Show the tour again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from villageadmin.ui import settings

if TYPE_CHECKING:
    from villageadmin.ui.main_window import MainWindow

SEEN_KEY = "help/tour_seen"  # QSettings: the user names that have seen the tour on this PC
HIGHLIGHT = "#ffc940"


@dataclass
class TourStep:
    title: str
    text: str
    # the lit parts, in the window's coordinates (none: the card is centred); given the window, so that
    # a step holds no reference to it
    targets: Callable[[MainWindow], list[QRect | None]]


def _rect_of(window: QWidget, widget: QWidget | None, pad: int = 6) -> QRect | None:
    if widget is None or not widget.isVisible():
        return None
    top_left = widget.mapTo(window, QPoint(0, 0))
    return QRect(top_left, widget.size()).adjusted(-pad, -pad, pad, pad)


def _union(rects: list[QRect | None]) -> QRect | None:
    out: QRect | None = None
    for r in rects:
        if r is not None:
            out = r if out is None else out.united(r)
    return out


def _first(*rects: QRect | None) -> list[QRect | None]:
    """The first rectangle that exists (a fallback chain)."""
    return [next((r for r in rects if r is not None), None)]


def _menu_title_rect(window: MainWindow, key: str) -> QRect | None:
    m = window.findChild(QMenu, f"menu_{key}")
    if m is None:
        return None
    bar = window.menuBar()
    r = bar.actionGeometry(m.menuAction())
    if r.isEmpty():
        return None
    return QRect(bar.mapTo(window, r.topLeft()), r.size()).adjusted(-3, -2, 3, 2)


def _nav_button(window: MainWindow, page_class: str) -> QWidget | None:
    page = window.page(page_class)
    return window.nav_group.button(window.stack.indexOf(page)) if page is not None else None


def _main_action(window: MainWindow) -> QWidget | None:
    """The big blue button of the page on show (its main job)."""
    page = window.stack.currentWidget()
    if page is None:
        return None
    for b in page.findChildren(QPushButton):
        if b.property("primary") and b.isVisible():
            return b
    return None


class TourOverlay(QWidget):
    """Dims the main window except one lit rectangle and shows a card with the step's words."""

    @property
    def window_(self) -> QWidget:
        return self.parentWidget()  # not stored: a Python reference would keep a closed window alive

    finished = Signal(bool)  # True: went through to the end; False: skipped

    def __init__(self, window: MainWindow, steps: list[TourStep]) -> None:
        super().__init__(window)
        self.setObjectName("tourOverlay")
        self.steps = steps
        self.index = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.card = QFrame(self)
        self.card.setObjectName("tourCard")
        self.card.setStyleSheet("#tourCard { background: #ffffff; border: 3px solid %s; border-radius: 8px; }"
                                % HIGHLIGHT)
        lay = QVBoxLayout(self.card)
        lay.setContentsMargins(18, 14, 18, 14)
        self.counter = QLabel()
        self.counter.setObjectName("tourCounter")
        self.counter.setStyleSheet("color: #666666;")
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        self.title_label.setWordWrap(True)
        self.text_label = QLabel()
        self.text_label.setObjectName("tourText")
        self.text_label.setWordWrap(True)
        self.text_label.setMinimumWidth(380)
        lay.addWidget(self.counter)
        lay.addWidget(self.title_label)
        lay.addWidget(self.text_label)
        row = QHBoxLayout()
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.skip_button.setObjectName("tourSkip")
        self.skip_button.setToolTip(self.tr("Close the tour (Esc). You can see it again from the Help menu."))
        self.skip_button.clicked.connect(self.skip)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("tourBack")
        self.back_button.setToolTip(self.tr("The step before (←)"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("tourNext")
        self.next_button.setProperty("primary", True)
        self.next_button.setMinimumHeight(40)
        self.next_button.setToolTip(self.tr("The next step (→ or Enter)"))
        self.next_button.clicked.connect(self.next)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        lay.addLayout(row)
        window.installEventFilter(self)

    # -- showing ---------------------------------------------------------------------------
    def start(self) -> None:
        self.setGeometry(self.window_.rect())
        self.show()
        self.raise_()
        self.go(0)

    def go(self, index: int) -> None:
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        self.counter.setText(self.tr("Step %1 of %2").replace("%1", str(self.index + 1))
                             .replace("%2", str(len(self.steps))))
        self.title_label.setText(step.title)
        self.text_label.setText(step.text)
        last = self.index == len(self.steps) - 1
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.back_button.setEnabled(self.index > 0)
        self.skip_button.setVisible(not last)
        self._place()
        self.next_button.setFocus()
        self.update()

    def targets(self) -> list[QRect]:
        return [r.intersected(self.rect()) for r in self.steps[self.index].targets(self.window_) if r is not None]

    def target(self) -> QRect | None:
        """The main lit part: the card sits beside it."""
        found = self.targets()
        return found[0] if found else None

    def _place(self) -> None:
        self.card.setFixedWidth(min(480, max(320, self.width() - 40)))
        self.card.adjustSize()
        cw, ch = self.card.width(), self.card.height()
        W, H = self.width(), self.height()  # noqa: N806
        r = self.target()
        gap = 18
        if r is None:
            x, y = (W - cw) // 2, (H - ch) // 2
        elif r.right() + gap + cw <= W:  # right of the lit part
            x, y = r.right() + gap, r.top()
        elif r.bottom() + gap + ch <= H:  # below it
            x, y = r.left(), r.bottom() + gap
        elif r.left() - gap - cw >= 0:  # left of it
            x, y = r.left() - gap - cw, r.top()
        else:
            x, y = (W - cw) // 2, max(0, r.top() - gap - ch)
        x = max(10, min(x, W - cw - 10))
        y = max(10, min(y, H - ch - 10))
        self.card.move(x, y)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect().toRectF())
        lit = self.targets()
        for r in lit:
            hole = QPainterPath()
            hole.addRoundedRect(r.toRectF(), 8, 8)
            shade = shade.subtracted(hole)
        p.fillPath(shade, QColor(20, 30, 45, 150))
        p.setPen(QPen(QColor(HIGHLIGHT), 4))
        for r in lit:
            p.drawRoundedRect(r.toRectF(), 8, 8)
        p.end()

    # -- moving on ---------------------------------------------------------------------------
    def next(self) -> None:
        if self.index >= len(self.steps) - 1:
            self._end(True)
        else:
            self.go(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self.go(self.index - 1)

    def skip(self) -> None:
        self._end(False)

    def _end(self, completed: bool) -> None:
        self.window_.removeEventFilter(self)
        self.hide()
        self.finished.emit(completed)
        self.deleteLater()

    # -- events ------------------------------------------------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window_ and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.window_.rect())
            self._place()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.skip()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next()
        elif key == Qt.Key.Key_Left:
            self.back()
        else:
            event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        event.accept()  # the dimmed window does not take clicks while the tour is open


def steps_for(window: MainWindow) -> list[TourStep]:
    """The steps for this window: village accounts get 4, township accounts 5 (the village picker too)."""
    steps = [TourStep(
        QCoreApplication.translate("TourSteps", "Welcome! This is the main screen"),
        QCoreApplication.translate("TourSteps", "The big buttons on the left open each kind of work: meeting "
                                                "records, expenses, bidding, major matters, reserve cadres and "
                                                "more. Click one to open its page."),
        lambda w: [_union([_rect_of(w, b) for b in w.nav_group.buttons()])])]
    picker = getattr(window, "village_picker", None)
    if window.ctx.is_township and picker is not None:
        steps.append(TourStep(
            QCoreApplication.translate("TourSteps", "Choose a village"),
            QCoreApplication.translate("TourSteps", "The township sees every village. Choose here which "
                                                    "village's records the pages show."),
            lambda w: [_rect_of(w, getattr(w, "village_picker", None))]))
    steps.append(TourStep(
        QCoreApplication.translate("TourSteps", "The blue button does the main job"),
        QCoreApplication.translate("TourSteps", "Each page has one big blue button for its main job — on the "
                                                "meetings page it starts a new meeting record. In every form, "
                                                "Save and Print are at the bottom right (Ctrl+S, Ctrl+P)."),
        lambda w: [_rect_of(w, _main_action(w))]))
    sync_page = window.page("SyncPage")
    sync_title = sync_page.title() if sync_page is not None else ""
    if window.ctx.is_township:
        steps.append(TourStep(
            QCoreApplication.translate("TourSteps", "Files from the villages"),
            QCoreApplication.translate("TourSteps", "The villages bring their files on a USB stick. Open the "
                                                    "“%1” page to receive them; the township sees every "
                                                    "village side by side.").replace("%1", sync_title),
            lambda w: _first(_rect_of(w, _nav_button(w, "SyncPage")), _menu_title_rect(w, "file"))))
    else:
        steps.append(TourStep(
            QCoreApplication.translate("TourSteps", "The file for the township"),
            QCoreApplication.translate("TourSteps", "At the end of each month, open the “%1” page, export the "
                                                    "file for the township to a USB stick and take it to the "
                                                    "township.").replace("%1", sync_title),
            lambda w: _first(_rect_of(w, _nav_button(w, "SyncPage")), _menu_title_rect(w, "file"))))
    steps.append(TourStep(
        QCoreApplication.translate("TourSteps", "Sign out when you are done"),
        QCoreApplication.translate("TourSteps", "Other people use this PC too: sign out when you finish. The "
                                                "Help menu shows this tour again and prints a one-page quick "
                                                "guide for the wall; File → Settings makes the letters bigger."),
        lambda w: [_rect_of(w, w.findChild(QPushButton, "signOutButton")), _menu_title_rect(w, "help")]))
    return steps


# -- remembering who has seen it ----------------------------------------------------------------
def _seen() -> list[str]:
    value = settings.qsettings().value(SEEN_KEY, [])
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value or []]


def has_seen(username: str) -> bool:
    return username in _seen()


def mark_seen(username: str) -> None:
    seen = _seen()
    if username not in seen:
        q = settings.qsettings()
        q.setValue(SEEN_KEY, seen + [username])
        q.sync()


def show_tour(window: MainWindow) -> TourOverlay:
    """Start the tour now (Help → Show the tour again, or the first sign-in)."""
    old = window.findChild(TourOverlay)
    if old is not None:
        old.skip()
    overlay = TourOverlay(window, steps_for(window))
    mark_seen(window.ctx.actor.username)
    overlay.start()
    return overlay


class _FirstShow(QObject):
    """Starts the tour a moment after the main window first appears (so its layout is final)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    @property
    def window_(self) -> MainWindow:
        return self.parent()  # type: ignore[return-value]

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window_ and event.type() == QEvent.Type.Show:
            self.window_.removeEventFilter(self)
            QTimer.singleShot(400, self._go)
        return False

    def _go(self) -> None:
        w = self.window_
        if w.isVisible() and not has_seen(w.ctx.actor.username):
            show_tour(w)


def install(window: MainWindow) -> None:
    """Window hook: the tour starts on the first sign-in of each account on this PC."""
    if not has_seen(window.ctx.actor.username):
        _FirstShow(window)
