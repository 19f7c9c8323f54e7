"""Sign-in screen and the change-password dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from villageadmin.core import accounts, township
from villageadmin.core.errors import AuthError, VillageAdminError
from villageadmin.ui.widgets.dialog import BaseDialog, ErrorLabel

if TYPE_CHECKING:
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import Store


class SignInWindow(QWidget):
    """Big, plain sign-in: user name, password, one button. Demo files show their accounts."""

    signed_in = Signal(object)  # Actor

    def __init__(self, store: Store, demo_accounts: list[tuple[str, str, str]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("SignInWindow")
        info = township.info(store) or {"name": "", "is_demo": 0}
        self.setWindowTitle(self.tr("VillageAdmin — sign in"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        outer.addStretch(1)
        title = QLabel(self.tr("VillageAdmin"))
        title.setObjectName("bigTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        sub = QLabel(info["name"])
        sub.setObjectName("subTitle")
        sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(sub)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("e.g. 001 for a village, admin for the township"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        outer.addLayout(form)
        self.error = ErrorLabel(self)
        outer.addWidget(self.error)
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setObjectName("signInButton")
        self.button.setProperty("primary", True)
        self.button.setMinimumHeight(48)
        self.button.clicked.connect(self.try_sign_in)
        self.password.returnPressed.connect(self.try_sign_in)
        self.username.returnPressed.connect(self.password.setFocus)
        outer.addWidget(self.button)
        if info.get("is_demo"):
            from villageadmin.core import demo

            lines = [self.tr("This is demo data. Demo sign-ins:"),
                     f"  {demo.ADMIN_USER} / {demo.ADMIN_PASSWORD} — " + self.tr("township administrator"),
                     "  001 / " + demo.VILLAGE_PASSWORD + " — " + self.tr("a village (user name = village code)")]
            hint = QLabel("\n".join(lines))
            hint.setObjectName("demoHint")
            hint.setStyleSheet("background: #e3f0ff; padding: 10px; border-radius: 4px;")
            outer.addWidget(hint)
        outer.addStretch(2)
        self.resize(560, 520)
        self.username.setFocus()

    def try_sign_in(self) -> None:
        self.error.set_message("")
        name = self.username.text().strip()
        if not name:
            self.error.set_message(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        try:
            actor = accounts.authenticate(self.store, name, self.password.text())
        except AuthError as exc:
            self.error.set_message(exc.message)
            self.password.selectAll()
            self.password.setFocus()
            if exc.code == "wait":
                self.button.setEnabled(False)
                QTimer.singleShot(int(exc.facts.get("seconds", 1)) * 1000, lambda: self.button.setEnabled(True))
            return
        except VillageAdminError as exc:
            self.error.set_message(exc.message)
            return
        self.password.clear()
        self.signed_in.emit(actor)


class ChangePasswordDialog(BaseDialog):
    def __init__(self, store: Store, actor: Actor, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent, title=self.tr("Change password"))
        self.store = store
        self.actor = actor
        if forced:
            note = QLabel(self.tr("Please choose your own password before you start (at least 6 characters)."))
            note.setWordWrap(True)
            self.body.addWidget(note)
        form = QFormLayout()
        self.old = QLineEdit()
        self.old.setObjectName("oldPassword")
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.again = QLineEdit()
        self.again.setObjectName("againPassword")
        for e in (self.old, self.new, self.again):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password:"), self.old)
        form.addRow("", self.register_field("old_password", self.old))
        form.addRow(self.tr("New password:"), self.new)
        form.addRow("", self.register_field("new_password", self.new))
        form.addRow(self.tr("New password again:"), self.again)
        form.addRow("", self.register_field("again", self.again))
        self.body.addLayout(form)
        self.add_buttons(save_text=self.tr("Change password"))

    def on_save(self) -> None:
        self.clear_errors()
        if self.new.text() != self.again.text():
            self.show_error("again", self.tr("The two new passwords are not the same."))
            return
        try:
            accounts.set_password(self.store, self.actor, self.actor.user_id or 0, self.new.text(),
                                  old_password=self.old.text())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.saved()
