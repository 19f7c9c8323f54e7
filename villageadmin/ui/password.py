"""The change-password dialog (forced at first sign-in, or from the account menu)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from villageadmin.core import accounts
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui.widgets.dialog import BaseDialog

if TYPE_CHECKING:
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import Store


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
