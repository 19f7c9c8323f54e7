"""The main window: big navigation buttons on the left, one page per area, the signed-in user on top."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QHBoxLayout, QLabel, QMainWindow, QMenu, QMessageBox,
                               QPushButton, QStackedWidget, QToolBar, QVBoxLayout, QWidget)

from villageadmin.core import township
from villageadmin.ui import settings
from villageadmin.ui.context import AppContext

# Pages, in the order of the navigation buttons: "module:Class". Add a line per area.
PAGES: list[str] = [
    "villageadmin.ui.meetings.page:MeetingsPage",
    "villageadmin.ui.expenses.page:ExpensesPage",
    "villageadmin.ui.bidding.page:BiddingPage",
    "villageadmin.ui.decisions.page:DecisionsPage",
    "villageadmin.ui.cadres.page:CadresPage",
    "villageadmin.ui.township_overview.page:TownshipOverviewPage",
    "villageadmin.ui.sync.page:SyncPage",
    "villageadmin.ui.township.page:TownshipAdminPage",
]

# Functions "module:function" called with the new main window (menus, timers, banners). Add a line per feature.
WINDOW_HOOKS: list[str] = [
    "villageadmin.ui.help.hooks:install",
    "villageadmin.ui.reliability.hooks:install",
    "villageadmin.ui.cadres.hooks:review_banner",
]


def _load(spec: str) -> Callable:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


class _TextOnly:
    """Stands in for a page not built yet, so its ``title()``/``tooltip()`` (plain ``self.tr`` calls) give
    the navigation button's text: translated in the page class's context, as the page itself would."""

    def __init__(self, cls: type) -> None:
        self._context = cls.__name__

    def tr(self, text: str) -> str:
        return QCoreApplication.translate(self._context, text)


def _page_text(cls: type, method: str) -> str:
    fn = getattr(cls, method, None)
    return str(fn(_TextOnly(cls))) if fn is not None else ""


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("MainWindow")
        info = township.info(ctx.store) or {"name": ""}
        self.setWindowTitle(self.tr("VillageAdmin") + f" — {info['name']}")
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self._top_bar(info["name"]))
        self.banners = QVBoxLayout()
        outer.addLayout(self.banners)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        nav = QVBoxLayout()
        nav.setSpacing(6)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.stack = QStackedWidget()
        # Pages are built when first shown: a county archive makes every page's first query costly, and
        # the officer opens one or two of them. The stack holds an empty stand-in until then.
        self._page_classes: list[type] = []
        for spec in PAGES:
            cls = _load(spec)
            if getattr(cls, "ADMIN_ONLY", False) and not ctx.actor.is_admin:
                continue
            if getattr(cls, "TOWNSHIP_ONLY", False) and not ctx.actor.is_township:
                continue
            if getattr(cls, "VILLAGE_ONLY", False) and ctx.actor.is_township:
                continue
            idx = self.stack.addWidget(QWidget())
            self._page_classes.append(cls)
            title = _page_text(cls, "title")
            b = QPushButton(title)
            b.setObjectName(f"nav_{cls.__name__}")
            b.setCheckable(True)
            b.setProperty("nav", True)
            b.setMinimumHeight(54)
            b.setToolTip(_page_text(cls, "tooltip") or title)
            self.nav_group.addButton(b, idx)
            nav.addWidget(b)
        nav.addStretch(1)
        self.nav_group.idClicked.connect(self.show_page)
        row.addLayout(nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._menus()
        self.statusBar().showMessage(self._who())
        if self._page_classes:
            self.nav_group.button(0).setChecked(True)
            self.show_page(0)
        self._restore_geometry()
        for spec in WINDOW_HOOKS:
            _load(spec)(self)

    # -- layout pieces -----------------------------------------------------------------------
    def _who(self) -> str:
        a = self.ctx.actor
        if a.is_admin:
            role = self.tr("township administrator")
        elif a.is_township:
            role = self.tr("township (view only)")
        else:
            role = self.ctx.village_name(a.village_id)
        return self.tr("Signed in: %1 (%2)").replace("%1", a.display_name).replace("%2", role)

    def _top_bar(self, township_name: str) -> QWidget:
        bar = QWidget()
        bar.setObjectName("topBar")
        lay = QHBoxLayout(bar)
        lay.setContentsMargins(4, 0, 4, 0)
        title = QLabel(township_name if self.ctx.is_township else
                       f"{township_name} · {self.ctx.village_name(self.ctx.actor.village_id)}")
        title.setObjectName("topTitle")
        lay.addWidget(title)
        lay.addStretch(1)
        if self.ctx.is_township:
            lay.addWidget(QLabel(self.tr("Village:")))
            self.village_picker = QComboBox()
            self.village_picker.setObjectName("villagePicker")
            self.village_picker.setMinimumWidth(180)
            self.village_picker.setToolTip(self.tr("Choose the village whose records the pages show"))
            for v in self.ctx.villages():
                self.village_picker.addItem(f"{v['code']} {v['name']}", v["id"])
            self.village_picker.currentIndexChanged.connect(self._pick_village)
            lay.addWidget(self.village_picker)
        who = QLabel(self.ctx.actor.display_name)
        who.setObjectName("whoLabel")
        lay.addWidget(who)
        out = QPushButton(self.tr("Sign out"))
        out.setObjectName("signOutButton")
        out.setToolTip(self.tr("Sign out so the next person can sign in"))
        out.clicked.connect(self.sign_out)
        lay.addWidget(out)
        return bar

    def _pick_village(self, i: int) -> None:
        # A method, not a lambda holding the window: a closed window must not be kept alive.
        self.ctx.set_current_village(self.village_picker.itemData(i))

    def _menus(self) -> None:
        m = self.menu("file", self.tr("&File"))
        a = QAction(self.tr("Change my password…"), self)
        a.triggered.connect(self.change_password)
        m.addAction(a)
        a = QAction(self.tr("Sign out"), self)
        a.triggered.connect(self.sign_out)
        m.addAction(a)
        m.addSeparator()
        a = QAction(self.tr("Quit"), self)
        a.setShortcut(QKeySequence.StandardKey.Quit)
        a.triggered.connect(self.close)
        m.addAction(a)
        h = self.menu("help", self.tr("&Help"))
        a = QAction(self.tr("About VillageAdmin"), self)
        a.triggered.connect(self.about)
        h.addAction(a)

    def menu(self, key: str, title: str) -> QMenu:
        """Get or create a top-level menu (hooks add their actions here)."""
        existing = self.findChild(QMenu, f"menu_{key}")
        if existing is not None:
            return existing
        m = QMenu(title, self)
        m.setObjectName(f"menu_{key}")
        help_menu = self.findChild(QMenu, "menu_help")
        if help_menu is not None and key != "help":
            self.menuBar().insertMenu(help_menu.menuAction(), m)
        else:
            self.menuBar().addMenu(m)
        return m

    def toolbar(self) -> QToolBar:
        tb = self.findChild(QToolBar, "mainToolBar")
        if tb is None:
            tb = QToolBar(self.tr("Main toolbar"), self)
            tb.setObjectName("mainToolBar")
            tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.addToolBar(tb)
        return tb

    def add_banner(self, text: str, *, kind: str = "warning") -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setObjectName(f"banner_{kind}")
        color = {"warning": "#fff4d6; color: #6b4100", "error": "#fde2e2; color: #8b0000",
                 "info": "#e3f0ff; color: #123f73"}[kind]
        label.setStyleSheet(f"background: {color}; padding: 8px; border-radius: 4px;")
        self.banners.addWidget(label)
        return label

    # -- behaviour -------------------------------------------------------------------------
    @property
    def pages(self) -> list[QWidget]:
        """The pages built so far, in navigation order."""
        return [w for i in range(self.stack.count()) if self._is_built(w := self.stack.widget(i))]

    def _is_built(self, w: QWidget | None) -> bool:
        return w is not None and type(w) in self._page_classes

    def page_at(self, idx: int) -> QWidget | None:
        """The page of navigation button ``idx``, built now if it was not yet."""
        w = self.stack.widget(idx)
        if w is None or self._is_built(w):
            return w
        # Made a child of the stack at once: a finished page moved into the window restyles every widget in it
        # (a style and palette change each, a third of a first open's events).
        page = self._page_classes[idx](self.ctx, self.stack)
        current = self.stack.currentIndex()
        self.stack.insertWidget(idx, page)
        self.stack.removeWidget(w)
        w.deleteLater()
        if current == idx:
            self.stack.setCurrentIndex(idx)
        return page

    def show_page(self, idx: int) -> None:
        page = self.page_at(idx)
        self.stack.setCurrentIndex(idx)
        if hasattr(page, "refresh"):
            page.refresh()

    def _index_of(self, cls_name: str) -> int:
        return next((i for i, c in enumerate(self._page_classes) if c.__name__ == cls_name), -1)

    def page(self, cls_name: str) -> QWidget | None:
        """The page of that class (built now if it was not yet), or None when this account has no such page."""
        idx = self._index_of(cls_name)
        return self.page_at(idx) if idx >= 0 else None

    def go_to(self, cls_name: str) -> QWidget | None:
        idx = self._index_of(cls_name)
        if idx < 0:
            return None
        self.nav_group.button(idx).setChecked(True)
        self.show_page(idx)
        return self.stack.widget(idx)

    def change_password(self) -> None:
        from villageadmin.ui.password import ChangePasswordDialog

        ChangePasswordDialog(self.ctx.store, self.ctx.actor, self).exec()

    def about(self) -> None:
        from villageadmin import __version__

        QMessageBox.about(self, self.tr("About VillageAdmin"),
                          self.tr("VillageAdmin %1 — village work by the rules: meetings, expenses, bidding, "
                                  "reserve cadres, and export files for the township.").replace("%1", __version__))

    def sign_out(self) -> None:
        self._closing_for_sign_out = True
        if self.close():
            self.signed_out.emit()

    def _restore_geometry(self) -> None:
        data = settings.qsettings().value("geometry/MainWindow")
        if isinstance(data, QByteArray) and not data.isEmpty():
            self.restoreGeometry(data)
        else:
            self.resize(1280, 820)
        # Never bigger than the screen's free area (a 1366×768 laptop less its taskbar), nor off it.
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and screen.isValid():
            w = min(self.width(), screen.width())
            h = min(self.height(), max(screen.height() - 40, self.minimumSizeHint().height()))  # 40: title bar
            if (w, h) != (self.width(), self.height()):
                self.resize(w, h)
            if not screen.contains(self.frameGeometry().topLeft()):
                self.move(screen.topLeft())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        for p in self.pages:
            can_close = getattr(p, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        settings.qsettings().setValue("geometry/MainWindow", self.saveGeometry())
        event.accept()
