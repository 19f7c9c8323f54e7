"""The first screen of a new data folder: set up my township, or open the demo township."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from villageadmin.core import demo, township
from villageadmin.core.errors import VillageAdminError
from villageadmin.core.store import Store
from villageadmin.ui.widgets.dialog import BaseDialog


def demo_dir_for(data_dir: Path) -> Path:
    """The demo township lives beside the real data folder, never in it."""
    return data_dir.with_name(data_dir.name + "-demo")


class StartWindow(QWidget):
    set_up_done = Signal()
    open_demo = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName("StartWindow")
        self.setWindowTitle(self.tr("VillageAdmin — welcome"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        outer.addStretch(1)
        title = QLabel(self.tr("Welcome to VillageAdmin"))
        title.setObjectName("bigTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(title)
        text = QLabel(self.tr("Meetings, expenses, bidding and reserve cadres, kept by the rules — and a file for "
                              "the township at the end of each month."))
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(text)
        row = QHBoxLayout()
        b1 = QPushButton(self.tr("Set up my township"))
        b1.setObjectName("setUpButton")
        b1.setProperty("primary", True)
        b1.setMinimumHeight(80)
        b1.setToolTip(self.tr("Enter the township's name, its villages and an administrator password"))
        b1.clicked.connect(self.set_up)
        b2 = QPushButton(self.tr("Open the demo township"))
        b2.setObjectName("demoButton")
        b2.setMinimumHeight(80)
        b2.setToolTip(self.tr("Try the program on made-up data; your own data folder stays empty"))
        b2.clicked.connect(self.open_demo.emit)
        row.addWidget(b1)
        row.addWidget(b2)
        outer.addLayout(row)
        hint = QLabel(self.tr("Demo sign-ins: %1 / %2 (township administrator); 001 / %3 (a village)")
                      .replace("%1", demo.ADMIN_USER).replace("%2", demo.ADMIN_PASSWORD)
                      .replace("%3", demo.VILLAGE_PASSWORD))
        hint.setObjectName("demoHint")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(hint)
        where = QLabel(self.tr("Data folder: %1").replace("%1", str(store.data_dir)))
        where.setObjectName("dataFolder")
        where.setStyleSheet("color: #666666;")
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(where)
        outer.addStretch(2)
        self.resize(760, 520)

    def set_up(self) -> None:
        dlg = SetupDialog(self.store, self)
        if dlg.exec():
            self.set_up_done.emit()


class SetupDialog(BaseDialog):
    """Township name, its villages (code + name), an administrator password and the villages' first password."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Set up my township"))
        self.store = store
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("townshipName")
        self.name.setPlaceholderText(self.tr("e.g. 青山镇"))
        form.addRow(self.tr("Township name:"), self.name)
        form.addRow("", self.register_field("name", self.name))
        self.body.addLayout(form)
        self.body.addWidget(QLabel(self.tr("Villages (code and name; the code is also the village's user name):")))
        self.table = QTableWidget(8, 2)
        self.table.setObjectName("villagesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Village name")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r in range(8):
            self.table.setItem(r, 0, QTableWidgetItem(f"{r + 1:03d}"))
            self.table.setItem(r, 1, QTableWidgetItem(""))
        self.table.itemChanged.connect(self.mark_dirty)
        self.body.addWidget(self.table, 1)
        more = QPushButton(self.tr("Add a row"))
        more.clicked.connect(self.add_row)
        self.body.addWidget(more, 0, Qt.AlignmentFlag.AlignLeft)
        self.body.addWidget(self.register_field("villages", self.table))
        form2 = QFormLayout()
        self.admin_pw = QLineEdit()
        self.admin_pw.setObjectName("adminPassword")
        self.admin_pw2 = QLineEdit()
        self.admin_pw2.setObjectName("adminPassword2")
        self.village_pw = QLineEdit()
        self.village_pw.setObjectName("villagePassword")
        for e in (self.admin_pw, self.admin_pw2, self.village_pw):
            e.setEchoMode(QLineEdit.EchoMode.Password)
        form2.addRow(self.tr("Administrator (admin) password:"), self.admin_pw)
        form2.addRow("", self.register_field("admin_password", self.admin_pw))
        form2.addRow(self.tr("Administrator password again:"), self.admin_pw2)
        form2.addRow("", self.register_field("admin_password2", self.admin_pw2))
        form2.addRow(self.tr("First password for the villages:"), self.village_pw)
        form2.addRow("", self.register_field("village_password", self.village_pw))
        note = QLabel(self.tr("Each village changes this password the first time it signs in."))
        note.setStyleSheet("color: #555555;")
        form2.addRow("", note)
        self.body.addLayout(form2)
        self.add_buttons(save_text=self.tr("Set up"))
        self.resize(640, 660)  # fits under the title bar on a 1366×768 screen

    def add_row(self) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self.table.setItem(r, 0, QTableWidgetItem(f"{r + 1:03d}"))
        self.table.setItem(r, 1, QTableWidgetItem(""))

    def villages(self) -> list[tuple[str, str]]:
        out = []
        for r in range(self.table.rowCount()):
            code = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            name = (self.table.item(r, 1).text() if self.table.item(r, 1) else "").strip()
            if name:
                out.append((code, name))
        return out

    def on_save(self) -> None:
        self.clear_errors()
        if self.admin_pw.text() != self.admin_pw2.text():
            self.show_error("admin_password2", self.tr("The two administrator passwords are not the same."))
            return
        try:
            township.set_up(self.store, name=self.name.text(), code="T", villages=self.villages(),
                            admin_username="admin", admin_password=self.admin_pw.text(),
                            village_password=self.village_pw.text())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.saved()
