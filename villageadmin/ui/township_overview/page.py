"""The township overview: every village side by side, its main problems, and the township summary print."""

from __future__ import annotations

from pathlib import Path

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from villageadmin.core.clock import today
from villageadmin.core.money import fmt_yuan
from villageadmin.core.reports.base import cn_date
from villageadmin.core.sync import overview as ov
from villageadmin.ui import ops
from villageadmin.ui.context import AppContext
from villageadmin.ui.printing import print_or_save
from villageadmin.ui.widgets.charts import BarChart

BAD = "#f8d7d3"
WARN = "#fcefc7"
GOOD = "#e3f5e1"


def _yuan(fen: int | None) -> str:
    if fen is None:
        return "—"
    return fmt_yuan(fen).rsplit(".", 1)[0] if fen % 100 == 0 else fmt_yuan(fen)


_DISPLAY, _BACKGROUND = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.BackgroundRole)
_ALIGN, _TIP = int(Qt.ItemDataRole.TextAlignmentRole), int(Qt.ItemDataRole.ToolTipRole)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_COLOURS = {c: QColor(c) for c in (BAD, WARN, GOOD)}


class OverviewModel(QAbstractTableModel):
    """The villages side by side. A row's cells are worked out when the view first shows that row: a
    county's 500 villages paint at once instead of after 5,000 table items were made."""

    def __init__(self, headers: list[str], cells: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.cells = cells  # (data, row) -> [(text, colour or None)] per column
        self.data_: ov.TownshipOverview | None = None
        self._cache: dict[int, list[tuple[str, str | None]]] = {}

    def set_overview(self, data: ov.TownshipOverview) -> None:
        self.beginResetModel()
        self.data_, self._cache = data, {}
        self.endResetModel()

    def row_cells(self, row: int) -> list[tuple[str, str | None]]:
        got = self._cache.get(row)
        if got is None:
            assert self.data_ is not None
            got = self._cache[row] = self.cells(self.data_, self.data_.rows[row])
        return got

    def text(self, row: int, column: int) -> str:
        return self.row_cells(row)[column][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() or self.data_ is None else len(self.data_.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self.row_cells(index.row())[index.column()][0]
        if role == _BACKGROUND:
            colour = self.row_cells(index.row())[index.column()][1]
            return _COLOURS.get(colour) if colour else None
        if role == _ALIGN and index.column() >= 2:
            return _CENTER
        if role == _TIP and index.column() == 1:
            return self.row_cells(index.row())[1][0]  # the last file's whole text when the column is narrow
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _DISPLAY) -> Any:
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class TownshipOverviewPage(QWidget):
    TOWNSHIP_ONLY = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ov.TownshipOverview | None = None
        lay = QVBoxLayout(self)
        # Each part is put in its place before it is filled: a finished part moved into the page restyles every
        # widget in it again.
        head = QHBoxLayout()
        lay.addLayout(head)
        t = QLabel(self.tr("All villages at a glance"))
        t.setObjectName("pageTitle")
        head.addWidget(t)
        head.addStretch(1)
        head.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox(self)
        self.year.setObjectName("overviewYear")
        y = today().year
        for yy in range(y, y - 6, -1):
            self.year.addItem(str(yy), yy)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())
        head.addWidget(self.year)
        self.print_button = QPushButton(self.tr("Print the township summary…"))
        self.print_button.setObjectName("printSummary")
        self.print_button.setProperty("primary", True)
        self.print_button.setMinimumHeight(44)
        self.print_button.setToolTip(self.tr("All villages on A4 landscape, for the township meeting (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_summary)
        head.addWidget(self.print_button)
        self.legend = QLabel(self.tr("Red: a rule broken · Amber: needs attention (no file for 45 days, a meeting "
                                     "late, key candidates outside the target, a project with problems)"))
        self.legend.setWordWrap(True)
        lay.addWidget(self.legend)
        self.headers = [self.tr("Village"), self.tr("Last file"), self.tr("First-week meetings\n(held / due)"),
                        self.tr("Spending (yuan)\nused / year's limits"), self.tr("Over the limit"),
                        self.tr("Waiting for\ntownship review"), self.tr("Projects needing\nattention (of all)"),
                        self.tr("Key reserve\ncandidates"), self.tr("Rule\nbroken"), self.tr("Reminders")]
        self.model = OverviewModel(self.headers, self._row_cells, self)
        split = QSplitter(Qt.Orientation.Vertical)
        lay.addWidget(split, 1)
        self.table = QTableView(split)
        self.table.setObjectName("overviewTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        # One line per cell: a fixed row height, not measured over the 5,000 cells of a county each time.
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 14)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        # Widths worked out from the text of the header and the first rows (_size_columns), not by Qt
        # measuring cells over and over while a county's rows arrive.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the last file: takes what is left
        self._sized_for: tuple[int, bool] | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        split.addWidget(self.table)
        side = QWidget()
        split.addWidget(side)
        below = QHBoxLayout(side)
        below.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        below.addLayout(left, 3)
        sl = left
        self.problems_title = QLabel(self.tr("Main problems"))
        self.problems_title.setObjectName("problemsTitle")
        sl.addWidget(self.problems_title)
        self.problems = QListWidget(side)
        self.problems.setObjectName("problemsList")
        self.problems.setWordWrap(True)
        sl.addWidget(self.problems, 1)
        self.chart = BarChart(side, title=self.tr("Rules broken, by village"))
        self.chart.setObjectName("brokenChart")
        below.addWidget(self.chart, 2)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self._generation = 0  # answers from the background for an older year or older data are dropped
        self._stale = True  # the records changed since the figures shown were counted
        self._counting: int | None = None  # the year being counted in the background
        ctx.data_changed.connect(self._data_changed)  # a method: the context outlives the page

    CHART_BARS = 20

    def _data_changed(self, _area: str) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def title(self) -> str:
        return self.tr("All villages")

    def tooltip(self) -> str:
        return self.tr("Every village side by side: files received, meetings, spending, projects, reserve cadres")

    def refresh(self) -> None:
        """Every village with its files and key candidates at once; the rest (a whole check of the county)
        from the background, counted again only when the records changed or another year is chosen."""
        store, actor, year = self.ctx.store, self.ctx.actor, int(self.year.currentData() or today().year)
        if self.data is not None and self.data.year == year and not self._stale and \
                (self.data.complete or self._counting == year):
            return
        self._generation += 1
        generation = self._generation
        self._stale = False
        if self.data is None or self.data.year != year:
            self.show_data(ov.first_look(store, actor, year=year))
        self._counting = year

        def done(data: ov.TownshipOverview) -> None:
            if generation == self._generation:
                self._counting = None
                self.show_data(data)

        def count() -> None:
            if generation == self._generation:
                # A whole check of the county: on a connection of its own, not holding up the other pages' work.
                ops.run_read(self, store, lambda own: ov.overview(own, actor, year=year), on_success=done)

        ops.after_paint(self, count)  # not beside the first paint of a county's 500 rows

    def show_data(self, data: ov.TownshipOverview) -> None:
        self.data = data
        keep = self.table.currentIndex().row() if self.table.selectionModel().hasSelection() else 0
        # Quiet while the rows change: the problems list is shown once at the end.
        self.table.selectionModel().blockSignals(True)
        try:
            self.model.set_overview(data)
            self._size_columns(data)
            if data.rows:
                self.table.selectRow(min(max(keep, 0), len(data.rows) - 1))
        finally:
            self.table.selectionModel().blockSignals(False)
        if data.complete:
            # A county's 500 bars could not be read: the villages with the most rules broken, at most 20.
            shown = data.rows
            if len(shown) > self.CHART_BARS:
                shown = sorted((r for r in data.rows if r.count("error")), key=lambda r: (-r.count("error"), r.code))
                shown = shown[:self.CHART_BARS]
                self.chart.title = self.tr("Rules broken: the %1 villages with the most").replace(
                    "%1", str(len(shown)))
            else:
                self.chart.title = self.tr("Rules broken, by village")
            self.chart.set_data([r.name for r in shown], [r.count("error") for r in shown])
        else:
            self.chart.set_data([], [])
        self._show_selected()

    def _size_columns(self, data: ov.TownshipOverview) -> None:
        """Each column as wide as its header's longest line or its text in the first 40 rows."""
        key = (len(data.rows), data.complete)
        if self._sized_for == key:
            return
        self._sized_for = key
        fm = self.table.fontMetrics()
        hfm = self.table.horizontalHeader().fontMetrics()
        rows = [self.model.row_cells(i) for i in range(min(40, len(data.rows)))]
        for col, title in enumerate(self.headers):
            if col == 1:
                continue  # stretches
            width = max(hfm.horizontalAdvance(line) for line in title.split("\n"))
            for cells in rows:
                width = max(width, fm.horizontalAdvance(cells[col][0]))
            self.table.horizontalHeader().resizeSection(col, width + 14)

    def _row_cells(self, data: ov.TownshipOverview, r: ov.VillageRow) -> list[tuple[str, str | None]]:
        lo_hi = data.key_target
        wait = (self.tr("…"), None)  # still being counted
        if r.source == "archived":
            sent = (self.tr("No. %1, %2").replace("%1", str(r.last_seq)).replace("%2", cn_date(r.last_at))
                    if r.last_seq else self.tr("nothing yet"))
            if r.held:
                sent += self.tr(" (%1 held)").replace("%1", str(r.held))
        elif r.source == "local":
            sent = self.tr("entered on this PC") + (self.tr(", file No. %1 sent").replace("%1", str(r.last_seq))
                                                    if r.last_seq else "")
        else:
            sent = self.tr("no key enrolled, nothing received")
        cells: list[tuple[str, str | None]] = [
            (f"{r.name}（{r.code}）", None),
            (sent, WARN if r.stale else None),
            (f"{r.meetings_met} / {r.meetings_due}",
             None if r.meetings_met >= r.meetings_due else (BAD if r.meetings_due - r.meetings_met >= 2 else WARN)),
            (f"{_yuan(r.spend_fen)} / {_yuan(r.limit_fen)}" if r.spend_fen is not None else "—",
             BAD if r.over_kinds else None),
            ("、".join(r.over_kinds) or self.tr("none"), BAD if r.over_kinds else None),
            ("—" if r.waiting_township is None else str(r.waiting_township),
             WARN if r.waiting_township else None),
            ("—" if r.projects is None else f"{r.projects_attention} （{r.projects}）",
             WARN if r.projects_attention else None),
            ("—" if r.key_candidates is None else str(r.key_candidates),
             WARN if lo_hi and r.key_candidates is not None and not lo_hi[0] <= r.key_candidates <= lo_hi[1]
             else None),
            (str(r.count("error")), BAD if r.count("error") else GOOD),
            (str(r.count("warning")), WARN if r.count("warning") else None),
        ]
        if not data.complete:
            cells[2:7] = [wait] * 5
            cells[8:] = [wait] * 2
        return cells

    def _show_selected(self) -> None:
        self.problems.clear()
        if self.data is None:
            return
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return
        r = self.data.rows[rows[0].row()]
        self.problems_title.setText(self.tr("Main problems of %1").replace("%1", r.name))
        labels = {"error": self.tr("Rule broken"), "warning": self.tr("Reminder"), "info": self.tr("Note")}
        modules = {"meetings": self.tr("Meetings"), "expenses": self.tr("Expenses"), "bidding": self.tr("Bidding"),
                   "cadres": self.tr("Reserve cadres"), "decisions": self.tr("Major matters"),
                   "sync": self.tr("Files sent")}
        items = self.data.top_findings.get(r.code, [])
        for f in items:
            self.problems.addItem(f"［{labels.get(f.severity, f.severity)}·{modules.get(f.module, f.module)}］"
                                  f"{f.message}")
        if not self.data.complete:
            self.problems.addItem(self.tr("Checking the records…"))
        elif not items:
            self.problems.addItem(self.tr("No problems found."))

    def print_summary(self) -> None:
        from villageadmin.core.reports import township_summary

        store, actor, year = self.ctx.store, self.ctx.actor, int(self.year.currentData() or today().year)

        def make(path: Path) -> None:
            township_summary.render(store, actor, path, year=year)

        print_or_save(self, make, self.tr("Township summary %1").replace("%1", str(year)) + ".pdf")
