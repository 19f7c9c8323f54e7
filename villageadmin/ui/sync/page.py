"""The sync page: send the village's file to the township (one click), receive files from a USB
stick (files or whole folders, with a report per file), and the signing keys with their fingerprints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QFileDialog, QGroupBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from villageadmin.core import audit
from villageadmin.core.reports.base import cn_date
from villageadmin.core.sync import bundle, importer, keys, township_file
from villageadmin.ui import ops, settings
from villageadmin.ui.context import AppContext
from villageadmin.ui.sync.dialogs import STATUS_COLORS, SyncEnrolDialog, SyncImportReportDialog, fingerprint_font
from villageadmin.ui.widgets.lazytabs import LazyTabsMixin
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view

_FOLDER_KEY = "sync/last_folder"


def _big_button(text: str, name: str, *, primary: bool = False) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.setMinimumHeight(48)
    if primary:
        b.setProperty("primary", True)
    return b


TAB_SEND, TAB_RECEIVE, TAB_KEYS = range(3)
# The parts of the receive and keys tabs, built when their tab is first shown (see SyncPage.__getattr__).
_LAZY_PARTS: dict[str, int] = {
    **dict.fromkeys(("import_files_button", "import_folder_button", "policy_button", "held", "held_view",
                     "confirm_button", "log", "log_view"), TAB_RECEIVE),
    **dict.fromkeys(("peers", "peers_view", "enrol_button", "own", "own_view"), TAB_KEYS),
}


class SyncPage(LazyTabsMixin, QWidget):
    LAZY_PARTS = _LAZY_PARTS
    """报送乡镇 / 接收文件."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Files for the township"))
        title.setObjectName("pageTitle")
        lay.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        lay.addWidget(self.tabs, 1)
        self.tabs.addTab(self._send_tab(), self.tr("Send to the township"))
        # The receive and keys tabs are built (and filled) when first shown, or when a part of them is asked
        # for: the page opens on the send tab, and building them all held up its first opening.
        self._built: set[int] = {TAB_SEND}
        self._tab_pages: dict[int, QWidget] = {}
        for idx, label in ((TAB_RECEIVE, self.tr("Receive files") if ctx.actor.is_admin
                            else self.tr("Township policy file")), (TAB_KEYS, self.tr("Signing keys"))):
            w = QWidget()
            QVBoxLayout(w)
            self._tab_pages[idx] = w
            self.tabs.addTab(w, label)
        self.tabs.currentChanged.connect(self._tab_shown)
        self._counting: int | None = None  # the village whose changed records are being counted
        self._counted: dict[tuple[int, str], int] = {}  # (village, audit head) -> records changed
        self._pending_counts: set[tuple[int, str]] = set()
        # Methods, not lambdas: the context outlives the page, and a lambda would keep a deleted page called.
        ctx.village_changed.connect(self._village_changed)
        ctx.data_changed.connect(self._data_changed)

    def _ensure_tab(self, idx: int) -> None:
        if idx in self._built:
            return
        self._built.add(idx)
        if idx == TAB_RECEIVE:
            self._receive_tab()
            self._fill_receive()
        elif idx == TAB_KEYS:
            self._keys_tab()
            self._fill_keys()

    def _tab_shown(self, idx: int) -> None:
        self._ensure_tab(idx)

    def _village_changed(self, _village_id: int) -> None:
        self.refresh()

    def _data_changed(self, _area: str) -> None:
        if self.isVisible():
            self.refresh()

    def title(self) -> str:
        return self.tr("Send / receive")

    def tooltip(self) -> str:
        return self.tr("Export the village's file for the township, import files, compare key fingerprints")

    # -- send ------------------------------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        w = QWidget()
        lay = QVBoxLayout(w)
        self.send_village = QLabel()
        self.send_village.setObjectName("sendVillage")
        self.send_village.setStyleSheet("font-size: 16pt;")
        lay.addWidget(self.send_village)
        self.last_sent = QLabel()
        self.last_sent.setObjectName("lastSent")
        self.last_sent.setStyleSheet("font-size: 15pt;")
        self.last_sent.setWordWrap(True)
        lay.addWidget(self.last_sent)
        self.changed = QLabel()
        self.changed.setObjectName("changedSince")
        lay.addWidget(self.changed)
        box = QGroupBox(self.tr("This PC's signing key for the village"))
        bl = QVBoxLayout(box)
        self.own_fp = QLabel()
        self.own_fp.setObjectName("ownFingerprint")
        self.own_fp.setFont(fingerprint_font())
        self.own_fp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bl.addWidget(self.own_fp)
        hint = QLabel(self.tr("The township shows the same fingerprint once it has enrolled this key. Read it out "
                              "group by group when you enrol or when asked."))
        hint.setWordWrap(True)
        bl.addWidget(hint)
        lay.addWidget(box)
        self.full = QCheckBox(self.tr("Carry all records (only when the township asks for a complete file)"))
        self.full.setObjectName("exportAll")
        self.full.setToolTip(self.tr("Normally the file carries only what changed since the last one"))
        lay.addWidget(self.full)
        row = QHBoxLayout()
        self.export_button = _big_button(self.tr("Export the file for the township…"), "exportBundle", primary=True)
        self.export_button.setToolTip(self.tr("Write the village's file to the USB stick (choose its folder)"))
        self.export_button.clicked.connect(self.export_bundle)
        row.addWidget(self.export_button)
        self.key_button = _big_button(self.tr("Write the key file for enrolment…"), "exportKeyFile")
        self.key_button.setToolTip(self.tr("The first time only: the township enrols the village's key from it"))
        self.key_button.clicked.connect(self.export_key_file)
        row.addWidget(self.key_button)
        row.addStretch(1)
        lay.addLayout(row)
        self.send_note = QLabel()
        self.send_note.setObjectName("sendNote")
        self.send_note.setWordWrap(True)
        self.send_note.setStyleSheet("color: #6b4100;")
        lay.addWidget(self.send_note)
        lay.addStretch(1)
        return w

    def _send_village_id(self) -> int | None:
        vid = self.ctx.actor.village_id if not self.ctx.is_township else self.ctx.current_village
        return vid if vid is not None and self.ctx.actor.may_write(vid) else None

    def _refresh_send(self) -> None:
        vid = self._send_village_id()
        enabled = False
        note = ""
        if vid is None:
            self.send_village.setText(self.tr("Choose a village at the top to export its file."))
            self.last_sent.setText("")
            self.changed.setText("")
            self.own_fp.setText("—")
        else:
            status = bundle.export_status(self.ctx.store, self.ctx.actor, vid, count_changed=False)
            self.send_village.setText(self.ctx.village_name(vid))
            last = status["last"]
            if last:
                self.last_sent.setText(self.tr("Last sent to the township: %1, file No. %2")
                                       .replace("%1", cn_date(last["created_at"])).replace("%2", str(last["seq"])))
            else:
                self.last_sent.setText(self.tr("Nothing sent to the township yet."))
            self.own_fp.setText(status["fingerprint"] or self.tr("(made with the first export)"))
            if status["archived"]:
                note = self.tr("This village's records come from its own files; export them on the village's PC.")
                self.changed.setText("")
            else:
                enabled = True
                self._count_changed(vid)
        self.export_button.setEnabled(enabled)
        self.key_button.setEnabled(enabled)
        self.send_note.setText(note)

    def _count_changed(self, vid: int) -> None:
        """The count reads every record of the village (seconds for a county's village): it comes from the
        background, on a connection of its own so that the other pages' work does not queue behind it, once
        per village and state of the data (every change adds an audit entry) however often the page shows."""
        store, actor = self.ctx.store, self.ctx.actor
        key = (vid, audit.head(store))
        self._counting = vid
        if key in self._counted:
            self._show_changed(self._counted[key])
            return
        self.changed.setText(self.tr("Records changed since the last file: counting…"))
        if key in self._pending_counts:
            return  # already on its way

        def done(n: int) -> None:
            self._pending_counts.discard(key)
            self._counted[key] = n
            if self._counting == vid and self._send_village_id() == vid and audit.head(self.ctx.store) == key[1]:
                self._show_changed(n)

        def failed(exc: BaseException) -> None:
            self._pending_counts.discard(key)
            ops.show_error(self, exc)

        self._pending_counts.add(key)
        ops.run_read(self, store, lambda own: bundle.changed_since_last(own, actor, vid), on_success=done,
                     on_failure=failed)

    def _show_changed(self, n: int) -> None:
        self.changed.setText(self.tr("Records changed since the last file: %1").replace("%1", str(n)))

    def _ask_folder(self, title: str) -> str:
        start = settings.qsettings().value(_FOLDER_KEY) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, title, str(start))
        if folder:
            settings.qsettings().setValue(_FOLDER_KEY, folder)
        return folder

    def export_bundle(self) -> None:
        vid = self._send_village_id()
        if vid is None:
            return
        folder = self._ask_folder(self.tr("Where to save the file (the USB stick)"))
        if not folder:
            return
        full = self.full.isChecked()

        def done(r: bundle.ExportResult) -> None:
            self.full.setChecked(False)
            self.refresh()
            QMessageBox.information(
                self, self.tr("File saved"),
                self.tr("Saved file No. %1 (%2 records) as\n%3\n\nHand this file to the township.")
                .replace("%1", str(r.seq)).replace("%2", str(r.carried)).replace("%3", str(r.path)))

        ops.run_op(self, lambda: bundle.export_village(self.ctx.store, self.ctx.actor, vid, folder, full=full),
                   on_success=done, progress=self.tr("Writing the file…"))

    def export_key_file(self) -> None:
        vid = self._send_village_id()
        if vid is None:
            return
        folder = self._ask_folder(self.tr("Where to save the key file"))
        if not folder:
            return
        try:
            path = keys.write_key_file(self.ctx.store, self.ctx.actor, folder, village_id=vid)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            ops.show_error(self, exc)
            return
        self.refresh()
        QMessageBox.information(self, self.tr("Key file saved"),
                                self.tr("Saved %1.\nThe township enrols it once and compares the fingerprint with "
                                        "you.").replace("%1", str(path)))

    # -- receive ---------------------------------------------------------------------------------
    def _receive_tab(self) -> QWidget:
        w = self._tab_pages[TAB_RECEIVE]
        lay = w.layout()
        row = QHBoxLayout()
        self.import_files_button = _big_button(self.tr("Import files…"), "importFiles", primary=True)
        self.import_files_button.setToolTip(self.tr("Choose one or more files the villages sent (.vabundle) "
                                                    "and take them in"))
        self.import_files_button.clicked.connect(self.import_files)
        row.addWidget(self.import_files_button)
        self.import_folder_button = _big_button(self.tr("Import a whole folder (USB stick)…"), "importFolder")
        self.import_folder_button.setToolTip(self.tr("Take in every village file in a folder, e.g. the USB "
                                                     "stick the villages' files were copied to"))
        self.import_folder_button.clicked.connect(self.import_folder)
        row.addWidget(self.import_folder_button)
        if self.ctx.actor.is_admin:
            self.policy_button = _big_button(self.tr("Export the policy file for the villages…"), "exportPolicy")
            self.policy_button.setToolTip(self.tr("Limits, thresholds and township review decisions, signed"))
            self.policy_button.clicked.connect(self.export_policy)
            row.addWidget(self.policy_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(QLabel(self.tr("Held files (a file number is missing):")))
        self.held = DictTableModel([
            Column("village_name", self.tr("Village")), Column("seq", self.tr("No."), align_right=True),
            Column("file_name", self.tr("File")), Column("reason", self.tr("Why held"))])
        self.held_view = make_table_view(self.held, name="heldTable", stretch=3)
        self.held_view.setMaximumHeight(140)
        lay.addWidget(self.held_view)
        hrow = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("Confirm the gap and import"))
        self.confirm_button.setObjectName("confirmHeld")
        self.confirm_button.setToolTip(self.tr("Only when you know the missing files will not come"))
        self.confirm_button.clicked.connect(self.confirm_held)
        self.confirm_button.setEnabled(self.ctx.actor.is_admin)
        hrow.addWidget(self.confirm_button)
        hrow.addStretch(1)
        lay.addLayout(hrow)
        lay.addWidget(QLabel(self.tr("Files received:")))
        labels = {"imported": self.tr("Imported"), "unchanged": self.tr("Already imported"),
                  "held": self.tr("Held"), "refused": self.tr("Refused")}
        self.log = DictTableModel([
            Column("at", self.tr("When"), lambda v, r: (v or "").replace("T", " ")),
            Column("village_name", self.tr("Village"),
                   lambda v, r: v or (self.tr("the township") if r.get("kind") == "township" else "")),
            Column("seq", self.tr("No."), align_right=True),
            Column("file_name", self.tr("File")),
            Column("status", self.tr("Result"), lambda v, r: labels.get(v, v),
                   color=lambda r: {"refused": "#b00020", "held": "#8a5300"}.get(r["status"])),
            Column("detail", self.tr("What changed, or why"))])
        self.log_view = make_table_view(self.log, name="importLog", stretch=5)
        lay.addWidget(self.log_view, 1)
        return w

    def import_files(self) -> None:
        start = settings.qsettings().value(_FOLDER_KEY) or str(Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Files to import"), str(start),
                                                self.tr("VillageAdmin files (*.vabundle *.vapolicy)"))
        if paths:
            self.run_import(paths)

    def import_folder(self) -> None:
        folder = self._ask_folder(self.tr("Folder to import (the USB stick)"))
        if folder:
            self.run_import([folder])

    def run_import(self, paths: list[str], *, accept_gap: bool = False) -> None:
        store, actor = self.ctx.store, self.ctx.actor

        def work(report: Any) -> importer.ImportReport:
            return importer.import_files(store, actor, paths, accept_gap=accept_gap, progress=report)

        ops.run_op(self, work, on_success=self.show_report, progress=self.tr("Checking and importing files…"),
                   with_progress=True)

    def show_report(self, report: importer.ImportReport) -> None:
        self.ctx.notify("sync")
        for area in ("meetings", "expenses", "bidding", "cadres", "decisions"):
            self.ctx.notify(area)
        self.refresh()
        SyncImportReportDialog(report, self).exec()

    def confirm_held(self) -> None:
        idx = self.held_view.currentIndex()
        if not idx.isValid():
            QMessageBox.information(self, self.tr("Held files"), self.tr("Select a held file first."))
            return
        row = self.held.row(idx.row())
        answer = QMessageBox.question(
            self, self.tr("Confirm the gap"),
            self.tr("Import file No. %1 of %2 although earlier files are missing?\nRecords that were only in the "
                    "missing files will be missing until the village sends a complete file.")
            .replace("%1", str(row["seq"])).replace("%2", row["village_name"] or row["village_code"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        store, actor = self.ctx.store, self.ctx.actor
        ops.run_op(self, lambda: importer.ImportReport(importer.confirm_held(store, actor, row["id"])),
                   on_success=self.show_report, progress=self.tr("Importing…"))

    def export_policy(self) -> None:
        folder = self._ask_folder(self.tr("Where to save the policy file"))
        if not folder:
            return

        def done(r: township_file.TownshipExportResult) -> None:
            QMessageBox.information(
                self, self.tr("File saved"),
                self.tr("Saved the township's file No. %1 (%2 policy versions, %3 review decisions) as\n%4\n\n"
                        "Give a copy to every village.").replace("%1", str(r.seq)).replace("%2", str(r.versions))
                .replace("%3", str(r.reviews)).replace("%4", str(r.path)))

        ops.run_op(self, lambda: township_file.export_township_file(self.ctx.store, self.ctx.actor, folder),
                   on_success=done, progress=self.tr("Writing the file…"))

    # -- keys ------------------------------------------------------------------------------------
    def _keys_tab(self) -> QWidget:
        w = self._tab_pages[TAB_KEYS]
        lay = w.layout()
        lay.addWidget(QLabel(self.tr("Keys enrolled here (files are accepted only when signed with these):")))
        self.peers = DictTableModel([
            Column("village_name", self.tr("Whose"), lambda v, r: v or self.tr("the township")),
            Column("fingerprint", self.tr("Fingerprint")),
            Column("enrolled_at", self.tr("Enrolled"), lambda v, r: cn_date(v) if v else ""),
            Column("last_seq", self.tr("Last file No."), lambda v, r: str(v) if v else "—", align_right=True),
            Column("last_received_at", self.tr("Received"), lambda v, r: cn_date(v) if v else "")])
        self.peers_view = make_table_view(self.peers, name="peersTable", stretch=1)
        lay.addWidget(self.peers_view, 1)
        row = QHBoxLayout()
        self.enrol_button = _big_button(self.tr("Enrol a key…"), "enrolKey", primary=True)
        self.enrol_button.setToolTip(self.tr("From a key file or an exported file; compare the fingerprint aloud"))
        self.enrol_button.clicked.connect(self.enrol)
        self.enrol_button.setEnabled(self.ctx.actor.role in ("admin", "village"))
        row.addWidget(self.enrol_button)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(QLabel(self.tr("This PC's own signing keys:")))
        self.own = DictTableModel([
            Column("name", self.tr("Whose"), lambda v, r: v or self.tr("the township")),
            Column("fingerprint", self.tr("Fingerprint")),
            Column("created_at", self.tr("Made"), lambda v, r: cn_date(v) if v else "")])
        self.own_view = make_table_view(self.own, name="ownKeysTable", stretch=1)
        lay.addWidget(self.own_view, 1)
        return w

    def enrol(self) -> None:
        d = SyncEnrolDialog(self.ctx, self)
        if d.exec():
            info = d.result_info
            QMessageBox.information(self, self.tr("Key enrolled"),
                                    self.tr("%1: fingerprint %2").replace("%1", info.name).replace("%2", info.fingerprint))
            self.refresh()

    # -- refresh ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._refresh_send()
        if TAB_RECEIVE in self._built:
            self._fill_receive()
        if TAB_KEYS in self._built:
            self._fill_keys()

    def _fill_receive(self) -> None:
        store = self.ctx.store
        self.held.set_rows(importer.held_files(store))
        self.log.set_rows(importer.import_log(store, limit=200) if self.ctx.actor.is_township else
                          [r for r in importer.import_log(store, limit=200) if r["kind"] == "township"])

    def _fill_keys(self) -> None:
        store = self.ctx.store
        peers = keys.peers(store)
        if not self.ctx.actor.is_township:
            peers = [p for p in peers if p["kind"] == "township"]
        self.peers.set_rows(peers)
        own = store.query("SELECT v.name, k.fingerprint, k.created_at, k.village_id FROM sync_keys k LEFT JOIN"
                          " villages v ON v.id=k.village_id WHERE k.retired_at IS NULL ORDER BY k.owner DESC, v.code")
        if not self.ctx.actor.is_township:
            own = [k for k in own if k["village_id"] == self.ctx.actor.village_id]
        self.own.set_rows(own)


__all__ = ["SyncPage", "STATUS_COLORS"]
