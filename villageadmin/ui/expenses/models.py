"""The requests list as a lazy table model: pages of 200 rows from SQL (LIMIT/OFFSET), sorting in SQL, so a
county archive of a million requests opens as fast as one village's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from villageadmin.core import expense_views
from villageadmin.core.expense_views import ExpenseFilter
from villageadmin.core.money import fmt_yuan
from villageadmin.ui.context import AppContext

PAGE = 200
STATUS_COLOURS = {"pending": "#8a5300", "township": "#1f5fa8", "approved": "#2e7d32", "refused": "#b00020",
                  "withdrawn": "#777777"}


_ROLES = frozenset(int(r) for r in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                                    Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole))


class ExpenseListModel(QAbstractTableModel):
    """Columns: (key, title, SQL sort key or None)."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns: list[tuple[str, str, str | None]] = [
            ("seq", QCoreApplication.translate("ExpenseListModel", "No."), "seq"),
            ("spent_on", QCoreApplication.translate("ExpenseListModel", "Date"), "date"),
            ("village_name", QCoreApplication.translate("ExpenseListModel", "Village"), "village"),
            ("kind_name", QCoreApplication.translate("ExpenseListModel", "Kind"), "kind"),
            ("purpose", QCoreApplication.translate("ExpenseListModel", "Purpose"), None),
            ("payee", QCoreApplication.translate("ExpenseListModel", "Payee"), None),
            ("amount_fen", QCoreApplication.translate("ExpenseListModel", "Amount (yuan)"), "amount"),
            ("handler_name", QCoreApplication.translate("ExpenseListModel", "Handler"), None),
            ("status_label", QCoreApplication.translate("ExpenseListModel", "Status"), "status"),
            ("refused_reason", QCoreApplication.translate("ExpenseListModel", "Reason refused"), None),
        ]
        self.filter = ExpenseFilter()
        self.rows: list[dict[str, Any]] = []
        self.more = False
        self.sort_key = "date"
        self.descending = True
        self.loaded = False  # no query until the page sets a filter

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c[0] == key)

    def set_filter(self, f: ExpenseFilter) -> None:
        self.filter = f
        self.loaded = True
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._page(0)
        self.more = len(self.rows) == PAGE
        self.endResetModel()

    def _page(self, offset: int) -> list[dict[str, Any]]:
        return expense_views.list_expenses(self.ctx.store, self.ctx.actor, self.filter, limit=PAGE, offset=offset,
                                           sort=self.sort_key, descending=self.descending)

    def row(self, i: int) -> dict[str, Any]:
        return self.rows[i]

    # -- lazy fetching ----------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self.more:
            return
        rows = self._page(len(self.rows))
        self.more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.columns[column][2]
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.loaded:  # not when the view is set up (setSortingEnabled sorts): the page loads it when shown
            self.reload()

    # -- the table ----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A painted cell asks for a dozen roles; those the list never answers return at once (the first paint
        # of a county list asks several thousand times).
        if role not in _ROLES or not index.isValid():
            return None
        key = self.columns[index.column()][0]
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            v = r.get(key)
            if key == "amount_fen":
                return fmt_yuan(v)
            if key == "seq":
                return f"{r['spent_on'][:4]}-{v}"
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "amount_fen":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key in ("status_label", "refused_reason", "amount_fen"):
            colour = "#b00020" if key == "amount_fen" and r["amount_fen"] < 0 else (
                STATUS_COLOURS.get(r["status"]) if key != "amount_fen" else None)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and key in ("purpose", "refused_reason"):
            return r.get(key) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section][1]
        return None
