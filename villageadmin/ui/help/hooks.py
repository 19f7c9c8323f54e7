"""Window hook: the Help menu (tour, user guide, quick guide to print), File → Settings…, and the
first-run tour.

The actions call methods of a small QObject owned by the window, never lambdas holding the window:
a lambda kept by a Qt connection would keep a closed window (and all its pages) alive for good.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from villageadmin.ui.help import tour

if TYPE_CHECKING:
    from villageadmin.ui.main_window import MainWindow


class HelpActions(QObject):
    """What the Help menu and File → Settings… do, for the window that owns this object."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpActions")

    @property
    def window_(self) -> MainWindow:
        return cast("MainWindow", self.parent())

    def show_tour(self) -> None:
        tour.show_tour(self.window_)

    def open_settings(self) -> None:
        from villageadmin.ui.help.settings_dialog import SettingsDialog

        SettingsDialog(self.window_).exec()

    def open_guide(self) -> None:
        from villageadmin.ui.help.guide import GuideWindow

        GuideWindow.show_for(self.window_)

    def print_quick_guide(self) -> None:
        print_quick_guide(self.window_)


def install(window: MainWindow) -> None:
    helper = HelpActions(window)
    help_menu = window.menu("help", QCoreApplication.translate("MainWindow", "&Help"))
    first = help_menu.actions()[0] if help_menu.actions() else None

    def add(name: str, text: str, tip: str, slot, shortcut: QKeySequence | None = None) -> QAction:  # noqa: ANN001
        a = QAction(text, window)
        a.setObjectName(name)
        a.setToolTip(tip)
        a.setStatusTip(tip)
        if shortcut is not None:
            a.setShortcut(shortcut)
        a.triggered.connect(slot)
        help_menu.insertAction(first, a)
        return a

    add("actionTour", QCoreApplication.translate("HelpMenu", "Show the tour again"),
        QCoreApplication.translate("HelpMenu", "A short tour of the main screen, step by step"), helper.show_tour)
    add("actionUserGuide", QCoreApplication.translate("HelpMenu", "User guide"),
        QCoreApplication.translate("HelpMenu", "How to do each job, with pictures (F1)"), helper.open_guide,
        QKeySequence(QKeySequence.StandardKey.HelpContents))
    add("actionQuickGuide", QCoreApplication.translate("HelpMenu", "Print the quick guide…"),
        QCoreApplication.translate("HelpMenu", "A one-page guide in large type for the wall next to the PC"),
        helper.print_quick_guide)
    if first is not None:
        help_menu.insertSeparator(first)

    file_menu = window.menu("file", QCoreApplication.translate("MainWindow", "&File"))
    settings_action = QAction(QCoreApplication.translate("HelpMenu", "Settings…"), window)
    settings_action.setObjectName("actionSettings")
    settings_action.setToolTip(QCoreApplication.translate("HelpMenu", "Font size, screen lock, backups, printing, "
                                                                      "language"))
    settings_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    settings_action.triggered.connect(helper.open_settings)
    actions = file_menu.actions()
    # just above "Quit" (the last action), after the account actions
    file_menu.insertAction(actions[-1] if actions else None, settings_action)
    if actions:
        file_menu.insertSeparator(actions[-1])
    tour.install(window)


def print_quick_guide(window: MainWindow) -> None:
    from villageadmin.core import township
    from villageadmin.core.reports import quickguide
    from villageadmin.ui import printing

    name = (township.info(window.ctx.store) or {}).get("name")

    def make(path):  # noqa: ANN001, ANN202
        return quickguide.render(path, township_name=name)

    printing.print_or_save(window, make, QCoreApplication.translate("HelpMenu", "VillageAdmin quick guide") + ".pdf")
