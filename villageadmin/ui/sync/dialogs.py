"""Dialogs of the sync page: the import report and key enrolment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QTableWidget, QTableWidgetItem, QWidget)

from villageadmin.core.errors import VillageAdminError
from villageadmin.core.sync import importer, keys
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog

STATUS_COLORS = {"imported": "#e3f5e1", "unchanged": "#eef1f5", "held": "#fff4d6", "refused": "#fde2e2"}


def fingerprint_font() -> QFont:
    f = QFont("monospace")
    f.setStyleHint(QFont.StyleHint.Monospace)
    f.setPointSize(18)
    f.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
    return f


class SyncImportReportDialog(BaseDialog):
    """What became of each file: imported (what changed), already imported, held, or refused and why."""

    def __init__(self, report: importer.ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Import report"))
        self.report = report
        head = QLabel(self._headline())
        head.setObjectName("importHeadline")
        head.setWordWrap(True)
        head.setStyleSheet("font-size: 15pt; padding: 4px;")
        self.body.addWidget(head)
        self.table = QTableWidget(len(report.files), 4)
        self.table.setObjectName("importReportTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Village"), self.tr("Result"),
                                              self.tr("What changed, or why")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Problems first: a township officer with thirty files wants to see what was refused.
        order = {"refused": 0, "held": 1, "imported": 2, "unchanged": 3}
        files = sorted(report.files, key=lambda f: order.get(f.status, 9))
        for i, f in enumerate(files):
            who = f.village + (self.tr(" No. %1").replace("%1", str(f.seq)) if f.seq else "")
            detail = self._detail(f)
            for col, text in enumerate((f.file, who, self._status(f.status), detail)):
                item = QTableWidgetItem(text)
                item.setBackground(QColor(STATUS_COLORS.get(f.status, "#ffffff")))
                item.setToolTip(text)
                self.table.setItem(i, col, item)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.body.addWidget(self.table, 1)
        if report.backup:
            b = QLabel(self.tr("A backup was made before importing: %1").replace("%1", report.backup))
            b.setWordWrap(True)
            b.setStyleSheet("color: #555;")
            self.body.addWidget(b)
        self.add_buttons(save=False, cancel=False)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        close.setDefault(True)
        close.clicked.connect(self.accept)
        self.button_row.addWidget(close)
        self.resize(1000, 520)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        # Row heights fit the wrapped text only once the columns have their real widths.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _headline(self) -> str:
        r = self.report
        if not r.files:
            return self.tr("No files for VillageAdmin were found there.")
        parts = []
        for status in ("imported", "unchanged", "held", "refused"):
            n = r.count(status)
            if n:
                parts.append(f"{self._status(status)} {n}")
        return self.tr("%1 file(s): %2").replace("%1", str(len(r.files))).replace("%2", " · ".join(parts))

    def _status(self, status: str) -> str:
        return {"imported": self.tr("Imported"), "unchanged": self.tr("Already imported, no change"),
                "held": self.tr("Held until you confirm"), "refused": self.tr("Refused")}.get(status, status)

    def _detail(self, f: importer.FileReport) -> str:
        # The core's sentences are plain Chinese already; they carry the facts (rule, numbers).
        if f.status == "imported":
            text = f.change_text() or self.tr("No records changed.")
        elif f.status == "unchanged":
            text = self.tr("This file was imported before; nothing changed.")
        else:
            text = f.reason
        if f.notes:
            text += "\n" + "\n".join(f.notes)
        return text


class SyncEnrolDialog(BaseDialog):
    """Enrol the other side's signing key after comparing the fingerprint read out aloud."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, path: str | None = None) -> None:
        super().__init__(parent, title=self.tr("Enrol a signing key"))
        self.ctx = ctx
        self.claim: keys.KeyClaim | None = None
        intro = QLabel(self.tr("Choose the key file (.vakey) or a file exported by the other side. Then ask them to "
                               "read out the fingerprint shown on their screen, group by group, and compare it "
                               "with the one below."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("keyPath")
        self.path.setReadOnly(True)
        row.addWidget(self.path, 1)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseKeyFile")
        choose.clicked.connect(self.choose)
        row.addWidget(choose)
        form.addRow(self.tr("File:"), row)
        self.path_error = self.register_field("file", self.path)
        form.addRow("", self.path_error)
        self.who = QLabel("—")
        self.who.setObjectName("keyOwner")
        form.addRow(self.tr("Key of:"), self.who)
        self.fp = QLabel("—")
        self.fp.setObjectName("keyFingerprint")
        self.fp.setFont(fingerprint_font())
        self.fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Fingerprint:"), self.fp)
        self.heard = QLineEdit()
        self.heard.setObjectName("heardFingerprint")
        self.heard.setPlaceholderText(self.tr("type what the other side reads out (optional)"))
        form.addRow(self.tr("Fingerprint read out:"), self.heard)
        form.addRow("", self.register_field("fingerprint", self.heard))
        self.add_village = QCheckBox(self.tr("Add this village to the township (it is not in the list yet)"))
        self.add_village.setObjectName("addVillage")
        self.add_village.hide()
        form.addRow("", self.add_village)
        self.replace = QCheckBox(self.tr("Replace the key enrolled before (the village changed its PC or key)"))
        self.replace.setObjectName("replaceKey")
        form.addRow("", self.replace)
        self.reason = QLineEdit()
        self.reason.setObjectName("replaceReason")
        self.reason.setPlaceholderText(self.tr("why, and how the new fingerprint was checked"))
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow("", self.register_field("reason", self.reason))
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.add_buttons(save_text=self.tr("Enrol"))
        self.resize(720, 460)
        if path:
            self.load(path)

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file or export file"), "",
                                              self.tr("VillageAdmin files (*.vakey *.vabundle *.vapolicy)"))
        if path:
            self.load(path)

    def load(self, path: str) -> None:
        from villageadmin.core.sync import container

        self.clear_errors()
        self.path.setText(path)
        self.claim = None
        try:
            p = Path(path)
            if p.suffix.lower() == keys.KEY_FILE_SUFFIX:
                data = p.read_bytes()[:keys.MAX_KEY_FILE_BYTES + 1]
                self.claim = keys.read_key_file(data)
            else:
                self.claim = keys.claim_from_signed_file(p)
        except (container.Refused, OSError) as exc:
            self.show_error("file", getattr(exc, "message", None) or str(exc))
            self.who.setText("—")
            self.fp.setText("—")
            return
        c = self.claim
        if c.owner == "village":
            self.who.setText(f"{c.village_name}（{c.village_code}） · {c.township_name}")
            known = self.ctx.store.one("SELECT id FROM villages WHERE code=?", (c.village_code,))
            self.add_village.setVisible(known is None)
        else:
            self.who.setText(self.tr("the township: %1").replace("%1", c.township_name))
        self.fp.setText(c.fingerprint)
        self.mark_dirty()

    def on_save(self) -> None:
        self.clear_errors()
        if self.claim is None:
            self.show_error("file", self.tr("Choose a key file first."))
            return
        heard = self.heard.text().strip() or None
        try:
            self.result_info = keys.enrol(self.ctx.store, self.ctx.actor, self.claim, expect_fingerprint=heard,
                                          replace=self.replace.isChecked(), reason=self.reason.text(),
                                          add_village=self.add_village.isChecked())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("sync")
        self.saved()


def status_color(status: str) -> Any:
    return STATUS_COLORS.get(status)
