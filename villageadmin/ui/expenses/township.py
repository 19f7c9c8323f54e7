"""All villages side by side for the township: each village's spending by kind against its limits,
requests waiting for township review, refused and over-limit attempts, and a small chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter,
                               QTabWidget, QVBoxLayout, QWidget)
from shiboken6 import isValid

from villageadmin.core import expense_views, expenses
from villageadmin.core.clock import today
from villageadmin.core.expense_policy import KindRule
from villageadmin.core.expense_views import ExpenseFilter, TownshipSpendingSummary, VillageSpending
from villageadmin.core.money import fmt_yuan
from villageadmin.ui import ops
from villageadmin.ui.context import AppContext
from villageadmin.ui.expenses.models import ExpenseListModel
from villageadmin.ui.expenses.steps import ExpenseStepDialog
from villageadmin.ui.widgets.charts import BarChart
from villageadmin.ui.widgets.table import make_table_view

Cell = tuple[str, "str | None", bool]  # text, tooltip (why it is red), red
_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole))


class TownshipSpendingModel(QAbstractTableModel):
    """One row per village, its figures fetched a page of villages at a time as the view scrolls (one set of
    GROUP BY queries per page): a county of 500 villages shows its first rows without adding up the rest."""

    PAGE = 40

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.village_ids: list[int] = []
        self.rows: list[VillageSpending] = []
        self.cells: list[list[Cell]] = []
        self.load: Callable[[list[int]], list[VillageSpending]] | None = None
        self.cells_of: Callable[[VillageSpending], list[Cell]] | None = None
        self.red = QBrush(QColor("#b00020"))

    def set_source(self, headers: list[str], village_ids: list[int],
                   load: Callable[[list[int]], list[VillageSpending]],
                   cells_of: Callable[[VillageSpending], list[Cell]]) -> None:
        self.beginResetModel()
        self.headers, self.village_ids, self.load, self.cells_of = headers, village_ids, load, cells_of
        self.rows, self.cells = [], []
        self._fetch(self.PAGE)
        self.endResetModel()

    def _fetch(self, n: int) -> None:
        assert self.load is not None and self.cells_of is not None
        page = self.village_ids[len(self.rows):len(self.rows) + n]
        if page:
            got = self.load(page)
            self.rows.extend(got)
            self.cells.extend(self.cells_of(r) for r in got)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < len(self.village_ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        n = min(self.PAGE, len(self.village_ids) - len(self.rows))
        if parent.isValid() or n <= 0:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + n - 1)
        self._fetch(n)
        self.endInsertRows()

    def fetch_all(self) -> list[VillageSpending]:
        while self.canFetchMore():
            self.fetchMore()
        return self.rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():  # the roles a painted cell asks for and this table never sets
            return None
        text, tip, red = self.cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and red:
            return self.red
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class ExpenseTownshipView(QWidget):
    village_chosen = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        # Each part is put in its place before it is filled: a finished part moved in restyles every widget in it.
        bar = QHBoxLayout()
        lay.addLayout(bar)
        bar.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox(self)
        self.year.setObjectName("townshipYear")
        for y in range(today().year, today().year - 11, -1):
            self.year.addItem(str(y), y)
        bar.addWidget(self.year)
        self.summary = QLabel()
        self.summary.setObjectName("townshipSummary")
        bar.addWidget(self.summary, 1)

        split = QSplitter(Qt.Orientation.Vertical)
        lay.addWidget(split, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(top)
        self.spending = TownshipSpendingModel(self)
        self.table = make_table_view(self.spending, top, name="townshipSpendingTable")
        self.table.doubleClicked.connect(lambda idx: self._choose(idx.row(), idx.column()))
        self.table.setToolTip(self.tr("Red: over the year's limit. Double-click a village to open its requests."))
        top.addWidget(self.table)
        self.chart = BarChart(title=self.tr("Township spending by kind (dashed: the villages' limits together)"))
        self.chart.setObjectName("townshipChart")
        top.addWidget(self.chart)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 2)

        lists = QTabWidget()
        lists.setObjectName("townshipLists")
        split.addWidget(lists)
        w = QWidget()
        lists.addTab(w, self.tr("Waiting for township review"))
        wl = QVBoxLayout(w)
        self.waiting = ExpenseListModel(ctx, self)
        self.waiting_view = make_table_view(self.waiting, w, name="waitingTownshipTable", stretch=4)
        self.waiting_view.doubleClicked.connect(lambda *_: self.review())
        # An empty list said nothing: say why it is empty and when a request comes here (shown beside the button).
        self.waiting_note = QLabel(self.tr("No request is waiting for the township's review. A request comes here "
                                           "after the village approves it, when its amount is above the township "
                                           "review limit of its kind."))
        self.waiting_note.setObjectName("waitingTownshipNote")
        self.waiting_note.setWordWrap(True)
        self.waiting_note.setStyleSheet("color: #555;")
        self.waiting_note.hide()
        self.waiting.modelReset.connect(lambda: self.waiting_note.setVisible(self.waiting.rowCount() == 0))
        wl.addWidget(self.waiting_view, 1)
        row = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setObjectName("reviewButton")
        self.review_button.setToolTip(self.tr("Approve or refuse the selected request as the township (乡镇审核)"))
        self.review_button.setMinimumHeight(40)
        self.review_button.setEnabled(ctx.actor.is_admin)
        self.review_button.clicked.connect(self.review)
        row.addWidget(self.review_button)
        row.addWidget(self.waiting_note, 1)  # beside the button: no height of its own on a small screen
        wl.addLayout(row)
        w2 = QWidget()
        lists.addTab(w2, self.tr("Refused and over-limit attempts"))
        w2l = QVBoxLayout(w2)
        fr = QHBoxLayout()
        w2l.addLayout(fr)
        fr.addWidget(QLabel(self.tr("Show:")))
        self.rule = QComboBox(w2)
        self.rule.setObjectName("refusedRule")
        self.rule.addItem(self.tr("All refused and withdrawn"), None)
        self.rule.addItem(self.tr("Over a limit"), "over_%")
        self.rule.addItem(self.tr("Hospitality"), "hospitality")
        fr.addWidget(self.rule)
        fr.addStretch(1)
        self.refused = ExpenseListModel(ctx, self)
        self.refused_view = make_table_view(self.refused, w2, name="refusedTable", stretch=9)
        self.refused_view.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.refused_view.horizontalHeader().resizeSection(4, 200)
        self.refused_view.doubleClicked.connect(lambda idx: self._open(self.refused, idx.row()))
        w2l.addWidget(self.refused_view, 1)
        self.year.currentIndexChanged.connect(lambda *_: self.refresh())
        self.rule.currentIndexChanged.connect(lambda *_: self._load_refused())
        self._generation = 0  # of the figures asked for last

    def refresh(self) -> None:
        """The first page of villages now; the township's totals and the chart when the worker has added them up."""
        year = int(self.year.currentData())
        store, actor = self.ctx.store, self.ctx.actor
        t = today()
        pol = expenses.rules(store, dt.date(year, 12, 31) if year < t.year else t)
        kinds = [k for k in pol.kinds.values() if k.active and not k.always_refused]
        headers = [self.tr("Village"), self.tr("Total (yuan)")] + [k.name for k in kinds] + [
            self.tr("Waiting: village"), self.tr("Waiting: township"), self.tr("Refused"),
            self.tr("Over-limit attempts"), self.tr("Hospitality attempts")]
        self.spending.set_source(
            headers, self.ctx.village_ids(),
            lambda ids: expense_views.township_overview(store, actor, year, village_ids=ids)[1],
            lambda r: self._cells(r, kinds))
        self.summary.setText(self.tr("Adding up %1…").replace("%1", str(year)))
        self.chart.set_data([], [])
        self.waiting.set_filter(ExpenseFilter(statuses=("township",)))
        self._load_refused()
        ids = self.spending.village_ids
        self._generation += 1
        generation = self._generation

        def add_up() -> None:  # after the first rows are on the screen, if nothing newer was asked meanwhile
            if isValid(self) and generation == self._generation:
                ops.run_op(self, lambda: expense_views.township_summary(store, actor, year, village_ids=ids),
                           on_success=lambda s: self._show_summary(s, generation), on_failure=lambda _exc: None)

        ops.after_paint(self, add_up)

    def _cells(self, r: VillageSpending, kinds: list[KindRule]) -> list[Cell]:
        cells: list[Cell] = [(f"{r.code} {r.name}", None, False), (fmt_yuan(r.total_fen), None, False)]
        for k in kinds:
            fen = r.by_kind.get(k.code, 0)
            over = fen > k.annual_limit_fen
            share = f" ({fen * 100 // k.annual_limit_fen}%)" if k.annual_limit_fen else ""
            warn = self.tr("over the limit of %1 yuan").replace("%1", fmt_yuan(k.annual_limit_fen)) if over else None
            cells.append((fmt_yuan(fen) + share, warn, over))
        for i, n in enumerate((r.waiting_village, r.waiting_township, r.refused, r.over_limit_attempts,
                               r.hospitality_attempts)):
            cells.append((str(n) if n else "", None, i >= 3 and bool(n)))  # the attempts in red
        return cells

    def _show_summary(self, s: TownshipSpendingSummary, generation: int) -> None:
        if not isValid(self) or generation != self._generation:
            return  # the view has gone, or the year changed meanwhile and a newer sum is on its way
        year = int(self.year.currentData())
        kinds = [k for k in s.policy.kinds.values() if k.active and not k.always_refused]
        totals = {k.code: s.by_kind.get(k.code, 0) for k in kinds}
        self.chart.set_data([k.name for k in kinds], [totals[k.code] for k in kinds],
                            limits=[k.annual_limit_fen * s.villages for k in kinds],
                            value_text=[fmt_yuan(totals[k.code]).split(".")[0] for k in kinds])
        self.summary.setText(self.tr("%1 villages · spent %2 yuan in %3 · %4 waiting for township review · "
                                     "%5 villages over a limit")
                             .replace("%1", str(s.villages)).replace("%2", fmt_yuan(s.total_fen))
                             .replace("%3", str(year)).replace("%4", str(s.waiting_township))
                             .replace("%5", str(s.over_villages)))

    def _load_refused(self) -> None:
        rule = self.rule.currentData()
        statuses = ("refused",) if rule else ("refused", "withdrawn")
        self.refused.set_filter(ExpenseFilter(year=int(self.year.currentData()), statuses=statuses,
                                              refused_rule=rule))

    def _choose(self, row: int, _col: int) -> None:
        if 0 <= row < len(self.spending.rows):
            self.village_chosen.emit(self.spending.rows[row].village_id)

    def _open(self, model: ExpenseListModel, row: int) -> None:
        if 0 <= row < model.rowCount():
            ExpenseStepDialog(self.ctx, model.row(row)["id"], self).exec()

    def review(self) -> None:
        idx = self.waiting_view.currentIndex()
        if idx.isValid():
            self._open(self.waiting, idx.row())
        else:  # the button did nothing at all without a chosen request
            QMessageBox.information(self, self.tr("Review"), self.tr("Click a request in the list first."))

    def selected_waiting(self) -> dict[str, Any] | None:
        idx = self.waiting_view.currentIndex()
        return self.waiting.row(idx.row()) if idx.isValid() else None
