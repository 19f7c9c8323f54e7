"""All villages side by side for the township: each village's spending by kind against its limits,
requests waiting for township review, refused and over-limit attempts, and a small chart."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from villageadmin.core import expense_views
from villageadmin.core.clock import today
from villageadmin.core.expense_views import ExpenseFilter
from villageadmin.core.money import fmt_yuan
from villageadmin.ui.context import AppContext
from villageadmin.ui.expenses.models import ExpenseListModel
from villageadmin.ui.expenses.steps import ExpenseStepDialog
from villageadmin.ui.widgets.charts import BarChart
from villageadmin.ui.widgets.table import make_table_view


class ExpenseTownshipView(QWidget):
    village_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox()
        self.year.setObjectName("townshipYear")
        for y in range(today().year, today().year - 11, -1):
            self.year.addItem(str(y), y)
        bar.addWidget(self.year)
        self.summary = QLabel()
        self.summary.setObjectName("townshipSummary")
        bar.addWidget(self.summary, 1)
        lay.addLayout(bar)

        split = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter(Qt.Orientation.Horizontal)
        self.table = QTableWidget()
        self.table.setObjectName("townshipSpendingTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.cellDoubleClicked.connect(self._choose)
        self.table.setToolTip(self.tr("Red: over the year's limit. Double-click a village to open its requests."))
        top.addWidget(self.table)
        self.chart = BarChart(title=self.tr("Township spending by kind (dashed: the villages' limits together)"))
        self.chart.setObjectName("townshipChart")
        top.addWidget(self.chart)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)
        split.addWidget(top)

        lists = QTabWidget()
        lists.setObjectName("townshipLists")
        w = QWidget()
        wl = QVBoxLayout(w)
        self.waiting = ExpenseListModel(ctx, self)
        self.waiting_view = make_table_view(self.waiting, name="waitingTownshipTable", stretch=4)
        self.waiting_view.doubleClicked.connect(lambda *_: self.review())
        wl.addWidget(self.waiting_view, 1)
        row = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setObjectName("reviewButton")
        self.review_button.setMinimumHeight(40)
        self.review_button.setEnabled(ctx.actor.is_admin)
        self.review_button.clicked.connect(self.review)
        row.addWidget(self.review_button)
        row.addStretch(1)
        wl.addLayout(row)
        lists.addTab(w, self.tr("Waiting for township review"))
        w2 = QWidget()
        w2l = QVBoxLayout(w2)
        fr = QHBoxLayout()
        fr.addWidget(QLabel(self.tr("Show:")))
        self.rule = QComboBox()
        self.rule.setObjectName("refusedRule")
        self.rule.addItem(self.tr("All refused and withdrawn"), None)
        self.rule.addItem(self.tr("Over a limit"), "over_%")
        self.rule.addItem(self.tr("Hospitality"), "hospitality")
        fr.addWidget(self.rule)
        fr.addStretch(1)
        w2l.addLayout(fr)
        self.refused = ExpenseListModel(ctx, self)
        self.refused_view = make_table_view(self.refused, name="refusedTable", stretch=9)
        self.refused_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.refused_view.horizontalHeader().resizeSection(4, 200)
        self.refused_view.doubleClicked.connect(lambda idx: self._open(self.refused, idx.row()))
        w2l.addWidget(self.refused_view, 1)
        lists.addTab(w2, self.tr("Refused and over-limit attempts"))
        split.addWidget(lists)
        lay.addWidget(split, 1)
        self.year.currentIndexChanged.connect(lambda *_: self.refresh())
        self.rule.currentIndexChanged.connect(lambda *_: self._load_refused())
        self.village_ids: list[int] = []

    def refresh(self) -> None:
        year = int(self.year.currentData())
        pol, rows = expense_views.township_overview(self.ctx.store, self.ctx.actor, year)
        kinds = [k for k in pol.kinds.values() if k.active and not k.always_refused]
        headers = [self.tr("Village"), self.tr("Total (yuan)")] + [k.name for k in kinds] + [
            self.tr("Waiting: village"), self.tr("Waiting: township"), self.tr("Refused"),
            self.tr("Over-limit attempts"), self.tr("Hospitality attempts")]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        self.village_ids = [r.village_id for r in rows]
        red = QBrush(QColor("#b00020"))
        over_villages = 0
        for i, r in enumerate(rows):
            cells: list[tuple[str, str | None]] = [(f"{r.code} {r.name}", None), (fmt_yuan(r.total_fen), None)]
            any_over = False
            for k in kinds:
                fen = r.by_kind.get(k.code, 0)
                over = fen > k.annual_limit_fen
                any_over = any_over or over
                share = f" ({fen * 100 // k.annual_limit_fen}%)" if k.annual_limit_fen else ""
                cells.append((fmt_yuan(fen) + share, self.tr("over the limit of %1 yuan").replace(
                    "%1", fmt_yuan(k.annual_limit_fen)) if over else None))
            over_villages += any_over
            for n in (r.waiting_village, r.waiting_township, r.refused, r.over_limit_attempts,
                      r.hospitality_attempts):
                cells.append((str(n) if n else "", None))
            for j, (text, warn) in enumerate(cells):
                item = QTableWidgetItem(text)
                if j > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if warn:
                    item.setForeground(red)
                    item.setToolTip(warn)
                if j >= len(cells) - 2 and text:
                    item.setForeground(red)
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        totals = {k.code: sum(r.by_kind.get(k.code, 0) for r in rows) for k in kinds}
        self.chart.set_data([k.name for k in kinds], [totals[k.code] for k in kinds],
                            limits=[k.annual_limit_fen * len(rows) for k in kinds],
                            value_text=[fmt_yuan(totals[k.code]).split(".")[0] for k in kinds])
        waiting = sum(r.waiting_township for r in rows)
        self.summary.setText(self.tr("%1 villages · spent %2 yuan in %3 · %4 waiting for township review · "
                                     "%5 villages over a limit")
                             .replace("%1", str(len(rows))).replace("%2", fmt_yuan(sum(r.total_fen for r in rows)))
                             .replace("%3", str(year)).replace("%4", str(waiting)).replace("%5", str(over_villages)))
        self.waiting.set_filter(ExpenseFilter(statuses=("township",)))
        self._load_refused()

    def _load_refused(self) -> None:
        rule = self.rule.currentData()
        statuses = ("refused",) if rule else ("refused", "withdrawn")
        self.refused.set_filter(ExpenseFilter(year=int(self.year.currentData()), statuses=statuses,
                                              refused_rule=rule))

    def _choose(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.village_ids):
            self.village_chosen.emit(self.village_ids[row])

    def _open(self, model: ExpenseListModel, row: int) -> None:
        if 0 <= row < model.rowCount():
            ExpenseStepDialog(self.ctx, model.row(row)["id"], self).exec()

    def review(self) -> None:
        idx = self.waiting_view.currentIndex()
        if idx.isValid():
            self._open(self.waiting, idx.row())

    def selected_waiting(self) -> dict[str, Any] | None:
        idx = self.waiting_view.currentIndex()
        return self.waiting.row(idx.row()) if idx.isValid() else None
