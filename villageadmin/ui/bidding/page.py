"""Bidding page: the register of projects with stage, tender status and flags; a village's own list, or
for the township every village, filterable by stage and by "needs attention"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from villageadmin.core import bidding, bidding_export, bidding_flags
from villageadmin.core.clock import today
from villageadmin.core.money import fmt_yuan
from villageadmin.ui import ops
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui.bidding.dialogs import (BiddingKindsDialog, BiddingPaymentsDialog, BiddingProjectDialog,
                                             BiddingStageDialog, print_project)
from villageadmin.ui.context import AppContext
from villageadmin.ui.printing import print_or_save
from villageadmin.ui.widgets.sqlmodel import IterPages, SqlTableModel
from villageadmin.ui.widgets.table import Column, make_table_view


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _money(v: Any, _r: dict[str, Any]) -> str:
    return "" if v is None else fmt_yuan(v)


def _flag_colour(r: dict[str, Any]) -> str | None:
    if any(f.severity == "error" for f in r["flags"]):
        return "#b00020"
    return "#8a5300" if r["flags"] else None


class BiddingPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        lay.addWidget(self.heading)
        # Each part is put in its place before it is filled: a finished part moved into the page restyles every
        # widget in it again.
        bar = QHBoxLayout()
        lay.addLayout(bar)
        self.scope = QComboBox(self)
        self.scope.setObjectName("biddingScope")
        bar.addWidget(self.scope)
        self.scope.addItem(self.tr("This village"), "village")
        if ctx.is_township:
            self.scope.addItem(self.tr("All villages"), "all")
        self.scope.setVisible(ctx.is_township)
        bar.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox(self)
        self.year.setObjectName("biddingYear")
        bar.addWidget(self.year)
        for y in range(today().year, today().year - 11, -1):
            self.year.addItem(str(y), y)
        bar.addWidget(QLabel(self.tr("Stage:")))
        self.stage = QComboBox(self)
        self.stage.setObjectName("biddingStage")
        bar.addWidget(self.stage)
        self.stage.addItem(self.tr("All stages"), None)
        for code, label in bidding.STAGE_LABELS.items():
            self.stage.addItem(label, code)
        self.attention = QCheckBox(self.tr("Needs attention only"))
        self.attention.setObjectName("biddingAttention")
        self.attention.setToolTip(self.tr("Only the projects with a problem: not tendered when it should be, stages "
                                          "out of order, paid over the contract, a suspected split, odd bids"))
        bar.addWidget(self.attention)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("biddingSummary")
        bar.addWidget(self.summary)
        for w in (self.scope, self.year, self.stage):
            w.currentIndexChanged.connect(lambda *_: self.refresh())
        self.attention.toggled.connect(lambda *_: self.refresh())
        # Rows are worked out a few villages at a time as the list is read (bidding.iter_projects): a county's
        # register of thousands of projects shows its first rows without analysing every village.
        self.model = SqlTableModel([
            # The stage right after the name: last of twelve columns, it was off the screen at 1366 pixels.
            Column("village_name", self.tr("Village")), Column("name", self.tr("Project")),
            Column("stage_label", self.tr("Stage")),
            Column("flags", self.tr("Needs attention"),
                   lambda v, _r: "、".join(dict.fromkeys(bidding_flags.FLAG_LABELS.get(f.rule, f.rule) for f in v)),
                   color=_flag_colour),
            Column("kind_label", self.tr("Kind")), Column("registered_on", self.tr("Registered")),
            Column("total_fen", self.tr("Total (yuan)"), _money, align_right=True),
            Column("required", self.tr("Tender"), lambda v, _r: self.tr("required") if v else self.tr("not required"),
                   color=lambda r: "#b00020" if r["required"] else None),
            Column("tender_status_label", self.tr("Tender status")), Column("contractor", self.tr("Contractor")),
            Column("contract_fen", self.tr("Contract (yuan)"), _money, align_right=True),
            Column("paid", self.tr("Paid (yuan)"), lambda _v, r: fmt_yuan(r["cap"].paid_fen) if r["cap"].paid_fen
                   else "", align_right=True),
        ], page=40)
        self.view = make_table_view(self.model, self, name="biddingTable")
        self.pages: IterPages | None = None
        # The rest of a county's register is read between the officer's clicks, a few villages per tick, for
        # the summary line (how many need attention needs every village's flags); scrolling then finds it read.
        self._reading = QTimer(self)
        self._reading.setInterval(0)
        self._reading.timeout.connect(self._read_on)
        self._read_later = QTimer(self)
        self._read_later.setSingleShot(True)
        self._read_later.setInterval(150)  # after the first rows are on the screen
        self._read_later.timeout.connect(self._start_reading)
        self._totals: Any = None
        self.view.doubleClicked.connect(lambda *_: self.open_project())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        lay.addWidget(self.view, 1)
        self.detail = QLabel()
        self.detail.setObjectName("biddingDetail")
        self.detail.setWordWrap(True)
        self.detail.setMinimumHeight(48)
        lay.addWidget(self.detail)
        row = QHBoxLayout()
        self.new_button = self._button(self.tr("New project…"), "newProject", self.new_project, primary=True,
                                       tip=self.tr("Register a new project (立项登记)"))
        row.addWidget(self.new_button)
        row.addWidget(self._button(self.tr("Open…"), "openProject", self.open_project,
                                   tip=self.tr("Open the selected project (or double-click it)")))
        self.stage_button = self._button(self.tr("Record next stage…"), "nextStage", self.next_stage,
                                         tip=self.tr("立项 → 招投标 → 施工 → 竣工验收 → 审计 → 资金管理"))
        row.addWidget(self.stage_button)
        self.fix_button = self._button(self.tr("Correct current stage…"), "fixStage", self.correct_stage,
                                       tip=self.tr("Fix a mistake in the stage last recorded; the old entry is kept "
                                                   "in the history"))
        row.addWidget(self.fix_button)
        row.addWidget(self._button(self.tr("Payments…"), "payments", self.payments,
                                   tip=self.tr("Record or look at the payments to the contractor")))
        self.delete_button = self._button(self.tr("Delete"), "deleteProject", self.delete_project,
                                          tip=self.tr("Only a project with no stage recorded (an entry made by mistake)"))
        row.addWidget(self.delete_button)
        row.addStretch(1)
        if ctx.actor.is_admin:
            row.addWidget(self._button(self.tr("Project kinds…"), "projectKinds", self.edit_kinds,
                                       tip=self.tr("The township's list of project kinds")))
        # Printing and exporting share one button and its menu, so the row fits a 1366-pixel screen.
        out = self._button(self.tr("Print or export"), "printExport", lambda: None,
                           tip=self.tr("Print the selected project's file sheet or the register, or export the "
                                       "register for Excel or for county tools"))
        menu = QMenu(out)
        menu.setObjectName("biddingPrintMenu")
        menu.setToolTipsVisible(True)
        for text, name, slot, tip in (
            (self.tr("Print file sheet of the selected project…"), "printProject", self.print_selected,
             self.tr("The project's one-page file sheet (项目档案表) with every stage")),
            (self.tr("Print register…"), "printRegister", self.print_register,
             self.tr("The bidding register (招投标登记簿) of the year shown")),
            (self.tr("Export to Excel…"), "exportRegister", self.export_xlsx,
             self.tr("The register as an Excel workbook")),
            (self.tr("Export OCDS…"), "exportOcds", self.export_ocds,
             self.tr("Open Contracting (OCDS 1.1) file for county and provincial tools")),
        ):
            a = menu.addAction(text)
            a.setObjectName(name)
            a.setToolTip(tip)
            a.triggered.connect(slot)
        out.setMenu(menu)
        row.addWidget(out)
        lay.addLayout(row)
        ctx.village_changed.connect(lambda *_: self.refresh())
        ctx.data_changed.connect(lambda area: self.refresh() if area == "bidding" else None)

    def title(self) -> str:
        return self.tr("Bidding")

    def tooltip(self) -> str:
        return self.tr("Projects, public tenders, stages and payments (招投标登记)")

    def _button(self, text: str, name: str, slot: Any, *, primary: bool = False, tip: str = "") -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setMinimumHeight(40)
        if primary:
            b.setProperty("primary", True)
        if tip:
            b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    @property
    def village_id(self) -> int | None:
        return self.ctx.current_village

    def village_ids(self) -> list[int] | None:
        if self.ctx.is_township and self.scope.currentData() == "all":
            return None
        return [self.village_id] if self.village_id is not None else []

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        vid = self.village_id
        all_villages = self.village_ids() is None
        who = self.tr("all villages") if all_villages else self.ctx.village_name(vid)
        self.heading.setText(self.tr("Bidding register — %1").replace("%1", who))
        self.new_button.setEnabled(vid is not None and self.ctx.actor.may_write(vid) and not all_villages)
        self.view.setColumnHidden(0, not all_villages)
        store, actor, ids = self.ctx.store, self.ctx.actor, self.village_ids()
        year, stage, attention = self.year.currentData(), self.stage.currentData(), self.attention.isChecked()
        self._reading.stop()
        self._read_later.stop()
        self.pages = IterPages(bidding.iter_projects(store, actor, village_ids=ids, year=year, stage=stage,
                                                     attention=attention))
        if not all_villages:
            self.pages.read_more(1 << 30)  # one village: all of it at once
        self.model.set_source(self.pages)
        self.show_selected()
        if self.pages.done:
            self._summary()
        else:
            # The county's count and money from one aggregate query, how many need attention once every village
            # is read: both after the first rows are on the screen.
            self._totals = None if attention else (lambda: bidding.register_totals(
                store, actor, village_ids=ids, year=year, stage=stage))
            self._set_summary(None, None, None)
            self._read_later.start()

    def _start_reading(self) -> None:
        if self._totals is not None:
            self._set_summary(*self._totals(), None)
        self._reading.start()

    def _read_on(self) -> None:
        if self.pages is None or not self.pages.read_more(40):
            self._reading.stop()
            self._summary()

    def _summary(self) -> None:
        rows = self.pages.read if self.pages is not None else []
        self._set_summary(len(rows), sum(r["total_fen"] for r in rows), sum(1 for r in rows if r["flags"]))

    def _set_summary(self, n: int | None, fen: int | None, needs: int | None) -> None:
        self.summary.setText(self.tr("%1 projects, ¥%2; %3 need attention")
                             .replace("%1", "…" if n is None else str(n))
                             .replace("%2", "…" if fen is None else fmt_yuan(fen))
                             .replace("%3", "…" if needs is None else str(needs)))

    def hideEvent(self, event: object) -> None:  # noqa: N802
        # Shown again, the page refreshes (and reads on); hidden, it leaves the time to the page shown.
        self._reading.stop()
        self._read_later.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def selected(self, quiet: bool = False) -> dict[str, Any] | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            if not quiet:
                QMessageBox.information(self, self.tr("Bidding"), self.tr("Click a project in the list first."))
            return None
        return self.model.row(idx.row())

    @staticmethod
    def next_stage_of(stage: str) -> str | None:
        if stage == "registered":
            return "approval"
        i = bidding.STAGE_ORDER.index(stage)
        return bidding.STAGE_ORDER[i + 1] if i + 1 < len(bidding.STAGE_ORDER) else None

    def show_selected(self) -> None:
        r = self.selected(quiet=True)
        writable = r is not None and self.ctx.actor.may_write(r["village_id"])
        nxt = self.next_stage_of(r["stage"]) if r else None
        self.stage_button.setEnabled(writable and nxt is not None)
        self.stage_button.setText(self.tr("Record %1…").replace("%1", bidding.STAGES[nxt]) if nxt
                                  else self.tr("Record next stage…"))
        self.fix_button.setEnabled(writable and r is not None and r["stage"] != "registered")
        self.delete_button.setEnabled(writable and r is not None and r["stage"] == "registered")
        if r is None:
            # An empty strip under the list said nothing: say what to do next.
            if self.model.rowCount() == 0:
                hint = (self.tr("No projects here yet. Click “New project…” below to register one (立项登记).")
                        if self.new_button.isEnabled() else self.tr("No projects here."))
            else:
                hint = self.tr("Click a project in the list: here you see whether it must be tendered publicly, "
                               "and what needs attention.")
            self.detail.setText(f"<span style='color:#666'>{esc(hint)}</span>")
            return
        verdict = bidding.verdict_for(self.ctx.store, r)
        colour = "#b00020" if verdict.required else "#2e7d32"
        text = f"<b>{esc(r['name'])}</b>　<span style='color:{colour}'>{esc(verdict.text())}</span>"
        for f in r["flags"]:
            text += f"<br/><span style='color:#8a5300'>● {esc(f.message)}</span>"
        self.detail.setText(text)

    # -- actions ----------------------------------------------------------------------------------
    def new_project(self) -> None:
        if self.village_id is not None:
            BiddingProjectDialog(self.ctx, self.village_id, None, self).exec()

    def open_project(self) -> None:
        r = self.selected()
        if r:
            BiddingProjectDialog(self.ctx, r["village_id"], r["id"], self).exec()

    def next_stage(self) -> None:
        r = self.selected()
        if not r:
            return
        nxt = self.next_stage_of(r["stage"])
        if nxt is None:
            return
        BiddingStageDialog(self.ctx, r["id"], nxt, self).exec()

    def correct_stage(self) -> None:
        r = self.selected()
        if r and r["stage"] != "registered":
            BiddingStageDialog(self.ctx, r["id"], r["stage"], self).exec()

    def payments(self) -> None:
        r = self.selected()
        if r:
            BiddingPaymentsDialog(self.ctx, r["id"], self).exec()

    def delete_project(self) -> None:
        r = self.selected()
        if not r:
            return
        answer = QMessageBox.question(self, self.tr("Delete project"),
                                      self.tr("Delete “%1”? Only a project entered by mistake should be deleted.")
                                      .replace("%1", r["name"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            bidding.delete_project(self.ctx.store, self.ctx.actor, r["id"])
        except VillageAdminError as exc:
            ops.show_error(self, exc)
            return
        self.ctx.notify("bidding")

    def edit_kinds(self) -> None:
        BiddingKindsDialog(self.ctx, self).exec()

    def print_selected(self) -> None:
        r = self.selected()
        if r:
            print_project(self, self.ctx, r["id"])

    def _file_name(self, ext: str) -> str:
        ids = self.village_ids()
        who = self.tr("all villages") if ids is None else self.ctx.village_name(self.village_id)
        return f"{who}{self.year.currentData()}年招投标登记.{ext}"

    def print_register(self) -> None:
        from villageadmin.core.reports import bidding as report

        store, actor, ids, year = self.ctx.store, self.ctx.actor, self.village_ids(), self.year.currentData()
        print_or_save(self, lambda path: report.render_register(store, actor, path, year=year, village_ids=ids),
                      self._file_name("pdf"))

    def _export(self, title: str, ext: str, pattern: str, write: Any) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, self._file_name(ext), pattern)
        if not path:
            return
        store, actor, ids, year = self.ctx.store, self.ctx.actor, self.village_ids(), self.year.currentData()
        ops.run_op(self, lambda: write(store, actor, Path(path), village_ids=ids, year=year),
                   on_success=lambda out: QMessageBox.information(self, title, self.tr("Saved: %1")
                                                                  .replace("%1", str(out))),
                   progress=self.tr("Exporting…"))

    def export_xlsx(self) -> None:
        self._export(self.tr("Export the register"), "xlsx", "Excel (*.xlsx)", bidding_export.write_xlsx)

    def export_ocds(self) -> None:
        self._export(self.tr("Export the register as OCDS"), "json", "OCDS JSON (*.json)", bidding_export.write_ocds)
