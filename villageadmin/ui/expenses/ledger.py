"""The month's ledger on screen: spending by kind this month and this year against each limit (a meter per
kind), the month's entries, whether the month was posted on the notice board; print and export."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from villageadmin.core import expense_views
from villageadmin.core.clock import today
from villageadmin.core.money import fmt_yuan
from villageadmin.ui import ops
from villageadmin.ui.context import AppContext
from villageadmin.ui.expenses.reversal import ExpensePublishDialog
from villageadmin.ui.printing import print_or_save
from villageadmin.ui.widgets.meter import Meter
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view


def _money(v: Any, _r: dict[str, Any]) -> str:
    return "" if v is None else fmt_yuan(v)


class ExpenseLedgerView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.village_id: int | None = None
        lay = QVBoxLayout(self)
        # Each part is put in its place before it is filled: a finished part moved in restyles every widget in it.
        bar = QHBoxLayout()
        lay.addLayout(bar)
        bar.addWidget(QLabel(self.tr("Month:")))
        self.year = QComboBox(self)
        self.year.setObjectName("ledgerYear")
        for y in range(today().year, today().year - 11, -1):
            self.year.addItem(str(y), y)
        bar.addWidget(self.year)
        self.month = QComboBox(self)
        self.month.setObjectName("ledgerMonth")
        for m in range(1, 13):
            self.month.addItem(self.tr("%1 month").replace("%1", str(m)), m)
        self.month.setCurrentIndex(today().month - 1)
        bar.addWidget(self.month)
        bar.addStretch(1)
        self.published = QLabel()
        self.published.setObjectName("publishedLabel")
        bar.addWidget(self.published)
        self.publish_button = QPushButton(self.tr("Posted on the board…"))
        self.publish_button.setObjectName("publishMonth")
        self.publish_button.setToolTip(self.tr("Record the day the publicity sheet was posted (张榜公开)"))
        self.publish_button.clicked.connect(self.publish)
        bar.addWidget(self.publish_button)

        self.meters_box = QGroupBox(self.tr("This year against the limits"))
        self.meters = QGridLayout(self.meters_box)
        # The meters scroll when the window is small: seven kinds in four rows took ~280 px, which left the
        # month's entries one row high and pushed the window past a 768-pixel screen.
        self.meters_scroll = QScrollArea()
        self.meters_scroll.setObjectName("ledgerMetersScroll")
        self.meters_scroll.setWidget(self.meters_box)
        self.meters_scroll.setWidgetResizable(True)
        self.meters_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.meters_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.meters_scroll.setMinimumHeight(124)
        lay.addWidget(self.meters_scroll, 1)
        self.model = DictTableModel([
            Column("seq", self.tr("No.")), Column("spent_on", self.tr("Date")), Column("kind_name", self.tr("Kind")),
            Column("purpose", self.tr("Purpose")), Column("payee", self.tr("Payee")),
            Column("amount_fen", self.tr("Amount (yuan)"), _money, align_right=True,
                   color=lambda r: "#b00020" if r["amount_fen"] < 0 else None),
            Column("village_approver_name", self.tr("Approved by")), Column("status_label", self.tr("Status")),
        ])
        self.view = make_table_view(self.model, self, name="ledgerTable", stretch=3)
        self.view.setMinimumHeight(140)
        lay.addWidget(self.view, 1)
        self.total = QLabel()
        self.total.setObjectName("ledgerTotal")
        lay.addWidget(self.total)
        row = QHBoxLayout()
        for text, name, slot, tip in (
            (self.tr("Print ledger…"), "printLedger", self.print_ledger,
             self.tr("The ledger by kind (非生产性开支台账) of the month shown, or of the whole year")),
            (self.tr("Print publicity sheet…"), "printPublicity", self.print_publicity,
             self.tr("The sheet to post on the village notice board (财务公开栏) for the month shown")),
            (self.tr("Export the year to Excel…"), "exportLedger", self.export_xlsx,
             self.tr("Every entry of the year as an Excel workbook")),
        ):
            b = QPushButton(text)
            b.setObjectName(name)
            b.setMinimumHeight(40)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        lay.addLayout(row)
        self.year.currentIndexChanged.connect(lambda *_: self.refresh())
        self.month.currentIndexChanged.connect(lambda *_: self.refresh())

    def set_village(self, village_id: int | None) -> None:
        self.village_id = village_id
        self.refresh()

    def ym(self) -> tuple[int, int]:
        return int(self.year.currentData()), int(self.month.currentData())

    def refresh(self) -> None:
        while self.meters.count():
            item = self.meters.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        if self.village_id is None:
            self.model.set_rows([])
            return
        y, m = self.ym()
        led = expense_views.month_ledger(self.ctx.store, self.ctx.actor, self.village_id, y, m)
        rows = [r for k in led.kinds for r in k.rows]
        self.model.set_rows(rows)
        self.total.setText(self.tr("Month total: %1 yuan in %2 entries · year to date %3 yuan")
                           .replace("%1", fmt_yuan(led.month_fen)).replace("%2", str(led.items))
                           .replace("%3", fmt_yuan(led.ytd_fen)))
        i = 0
        for k in led.kinds:
            rule = led.policy.kinds.get(k.code)
            if rule is not None and (rule.always_refused or not rule.active) and not k.ytd_fen:
                continue
            name = QLabel(k.name)
            meter = Meter()
            meter.setObjectName(f"ledgerMeter_{k.code}")
            meter.set_values(k.annual_limit_fen, k.ytd_fen, 0,
                             self.tr("%1 of %2 yuan (this month %3)").replace("%1", fmt_yuan(k.ytd_fen))
                             .replace("%2", fmt_yuan(k.annual_limit_fen)).replace("%3", fmt_yuan(k.month_fen)))
            self.meters.addWidget(name, i // 2, (i % 2) * 2)
            self.meters.addWidget(meter, i // 2, (i % 2) * 2 + 1)
            i += 1
        pub = led.publication
        if pub:
            self.published.setText(self.tr("Posted on the board on %1").replace("%1", pub["posted_on"]))
            self.published.setStyleSheet("color: #2e6b30;")
        else:
            self.published.setText(self.tr("Not posted on the board yet"))
            self.published.setStyleSheet("color: #8a5300;")
        self.publish_button.setEnabled(pub is None and self.ctx.actor.may_write(self.village_id))

    def publish(self) -> None:
        if self.village_id is None:
            return
        y, m = self.ym()
        if ExpensePublishDialog(self.ctx, self.village_id, y, m, self).exec():
            self.refresh()

    def _name(self, what: str, ext: str) -> str:
        y, m = self.ym()
        return f"{self.ctx.village_name(self.village_id)}{y}年{m}月{what}.{ext}"

    def print_ledger(self) -> None:
        from villageadmin.core.reports import expense_ledger

        if self.village_id is None:
            return
        store, actor, vid, (y, m) = self.ctx.store, self.ctx.actor, self.village_id, self.ym()
        print_or_save(self, lambda path: expense_ledger.render(store, actor, vid, y, m, path),
                      self._name("非生产性开支台账", "pdf"))

    def print_publicity(self) -> None:
        from villageadmin.core.reports import expense_publicity

        if self.village_id is None:
            return
        store, actor, vid, (y, m) = self.ctx.store, self.ctx.actor, self.village_id, self.ym()
        print_or_save(self, lambda path: expense_publicity.render(store, actor, vid, y, m, path),
                      self._name("财务公开栏", "pdf"))

    def export_xlsx(self) -> None:
        from villageadmin.core.reports import expense_xlsx

        if self.village_id is None:
            return
        y, _m = self.ym()
        name = f"{self.ctx.village_name(self.village_id)}{y}年非生产性开支台账.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ledger"), name, "Excel (*.xlsx)")
        if not path:
            return
        store, actor, vid = self.ctx.store, self.ctx.actor, self.village_id
        ops.run_op(self, lambda: expense_xlsx.export(store, actor, vid, y, Path(path)),
                   on_success=lambda out: QMessageBox.information(self, self.tr("Export the ledger"),
                                                                  self.tr("Saved: %1").replace("%1", str(out))),
                   progress=self.tr("Exporting…"))
