"""A read-only table model over a list of dicts, with column titles and optional formatters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget


class Column:
    def __init__(self, key: str, title: str, fmt: Callable[[Any, dict[str, Any]], str] | None = None, *,
                 align_right: bool = False, color: Callable[[dict[str, Any]], str | None] | None = None) -> None:
        self.key = key
        self.title = title
        self.fmt = fmt
        self.align_right = align_right
        self.color = color


class DictTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], rows: list[dict[str, Any]] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[dict[str, Any]] = rows or []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row(self, i: int) -> dict[str, Any]:
        return self.rows[i]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = self.columns[index.column()]
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = row.get(col.key)
            return col.fmt(v, row) if col.fmt else ("" if v is None else str(v))
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col.color:
            c = col.color(row)
            return QBrush(QColor(c)) if c else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return None


def make_table_view(model: QAbstractTableModel, parent: QWidget | None = None, *, stretch: int | None = None,
                    name: str = "") -> QTableView:
    v = QTableView(parent)
    if name:
        v.setObjectName(name)
    v.setModel(model)
    v.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    v.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    v.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    v.setAlternatingRowColors(True)
    v.verticalHeader().setVisible(False)
    v.horizontalHeader().setHighlightSections(False)
    # Columns as wide as their header and the text of the first rows, worked out once per new list
    # (ColumnFitter), not by Qt's ResizeToContents measuring every cell through the model and the style
    # sheet on every layout: that was a third of a county list's first paint. A column a page or the
    # officer gave a width of its own keeps it.
    v.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is not None:
        v.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    ColumnFitter(v)
    return v


class ColumnFitter(QObject):
    """Sizes a table's Interactive columns to their header and the text of the first ``ROWS`` rows, when the
    model gets a new list (reset, sorted) and when the first rows change; a column whose width someone else
    set (the page, or the officer dragging its edge) is left alone."""

    ROWS = 30  # about what a maximised window shows

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self.sized: dict[int, int] = {}  # column -> the width this fitter gave it
        model = view.model()
        model.modelReset.connect(self._relaid)
        model.layoutChanged.connect(self._relaid)
        model.rowsInserted.connect(self._rows_changed)
        # Methods of this object, not lambdas: their connections go when the table does.
        model.dataChanged.connect(self._data_changed)

    def _relaid(self, *_args: object) -> None:
        self.fit()

    def _rows_changed(self, parent: QModelIndex, first: int, _last: int) -> None:
        if not parent.isValid() and first < self.ROWS:
            self.fit(grow_only=True)

    def _data_changed(self, top: QModelIndex, _bottom: QModelIndex, _roles: object = None) -> None:
        if top.row() < self.ROWS:
            self.fit(grow_only=True)

    def fit(self, grow_only: bool = False) -> None:
        view = self.view
        model: QAbstractItemModel = view.model()
        header = view.horizontalHeader()
        interactive = QHeaderView.ResizeMode.Interactive
        fm = view.fontMetrics()
        # What the item delegate adds to a cell's text: the focus frame's margin and one pixel, each side.
        pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + 2
        rows = min(model.rowCount(), self.ROWS)
        for col in range(model.columnCount()):
            if header.sectionResizeMode(col) != interactive:
                continue
            hidden = header.isSectionHidden(col)
            now = header.sectionSize(col)
            if not hidden and now != self.sized.get(col, header.defaultSectionSize()):
                continue  # a width of its own
            width = header.sectionSizeHint(col)
            # createIndex, not index(): a table model's own rows, and index() asks the Python model for its
            # row and column counts each time. Each distinct text measured once.
            texts = {model.data(model.createIndex(r, col)) for r in range(rows)}
            texts.discard(None)
            texts.discard("")
            if texts:
                width = max(width, max(fm.horizontalAdvance(str(t)) for t in texts) + pad)
            if grow_only and width <= now:
                continue
            self.sized[col] = width
            header.resizeSection(col, width)
