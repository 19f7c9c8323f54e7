"""Sign-in screen.

This is the first window of every start, so it is built without touching PySide6's ``Qt`` namespace
(creating its ~90 Python enums costs ~45 ms of start-up): alignments come from the style sheet.
The change-password dialog lives in ``ui/password.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from villageadmin.core import accounts, township
from villageadmin.core.errors import AuthError, VillageAdminError
from villageadmin.ui.widgets.errorlabel import ErrorLabel

if TYPE_CHECKING:
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
        outer.addWidget(title)
        sub = QLabel(info["name"])
        sub.setObjectName("subTitle")
        outer.addWidget(sub)
        self.setStyleSheet("QLabel#bigTitle, QLabel#subTitle { qproperty-alignment: AlignCenter; }"
                           " QLabel#formLabel { qproperty-alignment: \"AlignRight|AlignVCenter\"; }")
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText(self.tr("e.g. 001 for a village, admin for the township"))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        labels = []
        for text, field in ((self.tr("User name:"), self.username), (self.tr("Password:"), self.password)):
            label = QLabel(text)
            label.setObjectName("formLabel")
            label.setBuddy(field)
            form.addRow(label, field)
            labels.append(label)
        self._label_column = labels  # right-aligned in a column as wide as the widest label
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

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        width = max(label.sizeHint().width() for label in self._label_column)
        for label in self._label_column:
            label.setMinimumWidth(width)

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
