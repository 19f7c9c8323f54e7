"""The lock screen: every open window is covered, and the signed-in user's password unlocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
                               QWidget)

from shiboken6 import isValid

from villageadmin.core import accounts
from villageadmin.core.errors import AuthError, VillageAdminError
from villageadmin.ui.widgets.dialog import ErrorLabel

if TYPE_CHECKING:
    from villageadmin.ui.main_window import MainWindow


class LockCover(QWidget):
    """A plain panel over a window while the app is locked, so nothing behind it can be read."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("lockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        lay = QVBoxLayout(self)
        text = QLabel(self.tr("VillageAdmin is locked."))
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("subTitle")
        lay.addWidget(text)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        # Solid, whatever the style sheets say: nothing behind may show through.
        QPainter(self).fillRect(self.rect(), QColor("#dfe6ee"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and isinstance(obj, QWidget):
            self.setGeometry(obj.rect())
            self.raise_()
        return False


class LockDialog(QDialog):
    """Asks for the password of the signed-in user; cannot be closed any other way (except signing out)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.ctx = window.ctx
        self.signed_out = False
        self.setObjectName("LockDialog")
        self.setWindowTitle(self.tr("VillageAdmin is locked"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(30, 24, 30, 24)
        title = QLabel(self.tr("Locked after a time without use"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        who = QLabel(self.tr("Signed in: %1. Enter the password to go on where you left off.")
                     .replace("%1", self.ctx.actor.display_name))
        who.setWordWrap(True)
        lay.addWidget(who)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setMinimumHeight(40)
        self.password.returnPressed.connect(self.try_unlock)
        lay.addWidget(QLabel(self.tr("Password:")))
        lay.addWidget(self.password)
        self.error = ErrorLabel(self)
        self.error.setObjectName("lockError")
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.setObjectName("lockSignOut")
        self.sign_out_button.setToolTip(self.tr("For someone else to sign in. Changes not yet saved are lost."))
        self.sign_out_button.clicked.connect(self.sign_out)
        row.addWidget(self.sign_out_button)
        row.addStretch(1)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setProperty("primary", True)
        self.unlock_button.setDefault(True)
        self.unlock_button.setMinimumHeight(44)
        self.unlock_button.clicked.connect(self.try_unlock)
        row.addWidget(self.unlock_button)
        lay.addLayout(row)
        self.resize(480, 260)
        self.password.setFocus()

    def try_unlock(self) -> None:
        self.error.set_message("")
        try:
            accounts.authenticate(self.ctx.store, self.ctx.actor.username, self.password.text())
        except AuthError as exc:
            self.error.set_message(exc.message)
            self.password.selectAll()
            self.password.setFocus()
            if exc.code == "wait":
                self.unlock_button.setEnabled(False)
                QTimer.singleShot(int(exc.facts.get("seconds", 1)) * 1000, lambda: self.unlock_button.setEnabled(True))
            return
        except VillageAdminError as exc:
            self.error.set_message(exc.message)
            return
        self.password.clear()
        self.accept()

    def sign_out(self) -> None:
        self.signed_out = True
        self.accept()

    # Neither Esc nor the window's close button gets past the lock.
    def reject(self) -> None:  # noqa: D102
        pass

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.result() != QDialog.DialogCode.Accepted:
            event.ignore()


def lock(window: MainWindow) -> bool:
    """Cover every open window and wait for the password. Returns True when unlocked, False when the
    user chose to sign out (the window is then signed out)."""
    covered = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not isinstance(w, LockDialog)]
    covers = [LockCover(w) for w in covered]
    for w in covered:
        if w is not window:
            w.setEnabled(False)
    dialog = LockDialog(window)
    window.lock_dialog = dialog  # type: ignore[attr-defined]
    try:
        dialog.exec()
    finally:
        for c in covers:
            if isValid(c):
                c.hide()
                c.deleteLater()
        for w in covered:
            if isValid(w):
                w.setEnabled(True)
        window.lock_dialog = None  # type: ignore[attr-defined]
        dialog.deleteLater()
    if dialog.signed_out:
        # The next person signs in: close the open forms (their unsaved changes are dropped).
        for w in covered:
            if isValid(w) and isinstance(w, QDialog) and w is not window and w.isVisible():
                w.done(QDialog.DialogCode.Rejected)
        QTimer.singleShot(0, window.sign_out)
        return False
    return True
