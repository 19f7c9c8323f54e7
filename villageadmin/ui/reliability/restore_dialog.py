"""Restore from a backup: the list of backups with their dates, or any backup file (e.g. on a USB
stick); a confirmation that names the date, the password again, and the current data is backed up
before it is replaced."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QWidget)

from villageadmin.core import backup
from villageadmin.ui import ops
from villageadmin.ui.widgets.dialog import BaseDialog

if TYPE_CHECKING:
    from villageadmin.ui.context import AppContext


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class BackupRestoreDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Restore from a backup"))
        self.ctx = ctx
        self.restored: backup.BackupInfo | None = None
        self.folder = backup.folder_for(ctx.store.data_dir)
        intro = QLabel(self.tr("Choose the backup to go back to. Everything changed after it is replaced; the "
                               "data as it is now is backed up first, so this can be undone."))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Why"), self.tr("Size"),
                                              self.tr("Audit entries")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.on_save())
        self.body.addWidget(self.table, 1)
        self.where = QLabel(self.tr("Backups folder: %1").replace("%1", str(self.folder)))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.addWidget(self.where)
        other = QPushButton(self.tr("Another backup file…"))
        other.setObjectName("otherFileButton")
        other.setToolTip(self.tr("A backup file elsewhere, for example on a USB stick"))
        other.clicked.connect(self.choose_file)
        self.button_row.addWidget(other)
        self.add_buttons(save_text=self.tr("Restore"))
        self.backups = backup.list_backups(self.folder)
        self.fill()
        self.resize(720, 460)

    def fill(self) -> None:
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            details = backup.inspect(b.path, check=False)
            cells = [backup.cn_datetime(b.made_at), b.reason_label, _size(b.path.stat().st_size),
                     str(details.audit_entries) if details.ok else self.tr("unreadable")]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.show_error(None, self.tr("There are no backups in the backups folder yet. Choose a backup file."))
        if self.save_button is not None:
            self.save_button.setEnabled(bool(self.backups))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), str(self.folder),
                                              self.tr("VillageAdmin backups (*.db);;All files (*)"))
        if name:
            self.restore(backup.describe_file(Path(name)))

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def on_save(self) -> None:
        info = self.selected()
        if info is None:
            self.show_error(None, self.tr("Choose a backup in the list first."))
            return
        self.restore(info)

    def restore(self, info: backup.BackupInfo) -> None:
        self.clear_errors()
        try:
            details = backup.check_restorable(info.path)
        except Exception as exc:  # noqa: BLE001 - shown next to the list
            self.show_error(None, ops.error_text(exc))
            return
        question = self.tr("Replace the data with the backup of %1 (%2)?\n\nEverything changed after that time "
                           "is replaced. The data as it is now is backed up first.") \
            .replace("%1", backup.cn_datetime(info.made_at)).replace("%2", info.reason_label)
        if details.township and details.township != self._township():
            question += "\n\n" + self.tr("Note: this backup is of %1.").replace("%1", details.township)
        answer = QMessageBox.question(self, self.tr("Restore from a backup"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.ctx.ask_password(self, self.tr("Restoring replaces all data.")):
            return
        store, actor = self.ctx.store, self.ctx.actor

        def done(_pre: object) -> None:
            self.restored = info
            self.accept()

        ops.run_op(self, lambda: backup.restore(store, info.path, actor), on_success=done,
                   on_failure=lambda exc: self.show_error(None, ops.error_text(exc)), progress=self.tr("Restoring…"))

    def _township(self) -> str | None:
        from villageadmin.core import township

        row = township.info(self.ctx.store)
        return row["name"] if row else None
