"""What every page and dialog needs: the open store, who is signed in, and change notifications."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from villageadmin.core import accounts, township

if TYPE_CHECKING:
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import Store


class AppContext(QObject):
    """Shared by the main window, its pages and dialogs."""

    data_changed = Signal(str)  # the area whose records changed ("meetings", "expenses", …)
    village_changed = Signal(int)  # the village chosen in the township's village picker

    def __init__(self, store: Store, actor: Actor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor = actor
        self._current_village: int | None = actor.village_id

    # -- villages ---------------------------------------------------------------------------
    def village_ids(self) -> list[int]:
        return accounts.visible_village_ids(self.store, self.actor)

    def villages(self) -> list[dict]:
        return township.villages(self.store, self.actor)

    @property
    def is_township(self) -> bool:
        return self.actor.is_township

    @property
    def current_village(self) -> int | None:
        """The village a page shows: the account's own, or the one picked by a township user."""
        if self._current_village is None and self.actor.is_township:
            ids = self.village_ids()
            self._current_village = ids[0] if ids else None
        return self._current_village

    def set_current_village(self, village_id: int) -> None:
        if village_id != self._current_village and self.actor.may_read(village_id):
            self._current_village = village_id
            self.village_changed.emit(village_id)

    def village_name(self, village_id: int | None) -> str:
        if village_id is None:
            return ""
        return township.village(self.store, village_id)["name"]

    # -- asking again for the password ------------------------------------------------------
    def ask_password(self, parent: QWidget | None, reason: str) -> bool:
        """Ask the signed-in user for their password again (approving money, unlocking)."""
        for _ in range(3):
            text, ok = QInputDialog.getText(parent, self.tr("Confirm it is you"),
                                            reason + "\n\n" + self.tr("Enter your password:"),
                                            QLineEdit.EchoMode.Password)
            if not ok:
                return False
            if accounts.verify_password(self.store, self.actor, text):
                return True
            QMessageBox.warning(parent, self.tr("Wrong password"), self.tr("The password is not right. Try again."))
        return False

    def notify(self, area: str) -> None:
        self.data_changed.emit(area)
