"""A lazy table model: rows come from a SQL query a page at a time, as the view scrolls.

A county archive holds a hundred thousand meetings and a million expense rows; a list shows its first
rows at once and fetches the next page when the view reaches the end (Qt's ``canFetchMore`` /
``fetchMore``). Sorting and filtering happen in SQL: the page builds the query, this model pages it.

    model = SqlTableModel(columns)
    model.set_source(sql_pages(store, "SELECT … FROM meetings m WHERE m.village_id=?", [vid],
                               order_by="m.held_on DESC, m.id DESC", decorate=add_labels))
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from villageadmin.ui.widgets.table import Column, DictTableModel

if TYPE_CHECKING:
    from villageadmin.core.store import Store

Rows = list[dict[str, Any]]
Fetch = Callable[[int, int], Rows]  # (offset, limit) -> rows


def sql_pages(store: Store, sql: str, params: Sequence[Any] = (), *, order_by: str,
              decorate: Callable[[Rows], Rows | None] | None = None) -> Fetch:
    """A page fetcher for a SELECT: ``ORDER BY`` (include a unique key so pages never overlap) plus
    LIMIT/OFFSET. ``decorate`` may add display fields to each page's rows."""
    base = f"{sql} ORDER BY {order_by} LIMIT ? OFFSET ?"

    def fetch(offset: int, limit: int) -> Rows:
        rows = store.query(base, [*params, limit, offset])
        if decorate is not None:
            rows = decorate(rows) or rows
        return rows

    return fetch


def list_pages(rows: Rows) -> Fetch:
    """A page fetcher over rows already in memory (search results, small lists)."""
    return lambda offset, limit: rows[offset:offset + limit]


class IterPages:
    """A page fetcher over rows worked out as they are read (a generator): a page reads only as many rows as
    it shows; the rows read so far are kept, for the pages asked again and for totals once all are read."""

    def __init__(self, rows: Iterator[dict[str, Any]]) -> None:
        self.rows = rows
        self.read: Rows = []
        self.done = False

    def __call__(self, offset: int, limit: int) -> Rows:
        self.read_more(offset + limit - len(self.read))
        return self.read[offset:offset + limit]

    def read_more(self, n: int) -> bool:
        """Read up to ``n`` more rows; False once every row has been read."""
        if n > 0 and not self.done:
            before = len(self.read)
            self.read.extend(islice(self.rows, n))
            self.done = len(self.read) - before < n
        return not self.done


class SqlTableModel(DictTableModel):
    """``DictTableModel`` whose rows arrive a page at a time. ``rows`` holds what is fetched so far."""

    PAGE = 200

    def __init__(self, columns: Sequence[Column], parent: Any = None, *, page: int | None = None) -> None:
        super().__init__(columns, None, parent)
        self.page = page or self.PAGE
        self._fetch: Fetch | None = None
        self._more = False
        self.sort_source: Callable[[str, bool], Fetch | None] | None = None

    def set_source(self, fetch: Fetch | None) -> None:
        """Show a new query: the first page now, the rest when the view asks."""
        self.beginResetModel()
        self._fetch = fetch
        self.rows = [] if fetch is None else fetch(0, self.page)
        self._more = fetch is not None and len(self.rows) == self.page
        self.endResetModel()

    def set_rows(self, rows: Rows) -> None:
        self.set_source(list_pages(rows) if rows else None)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or not self._more or self._fetch is None:
            return
        more = self._fetch(len(self.rows), self.page)
        self._more = len(more) == self.page
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def fetch_all(self) -> Rows:
        """Every row of the query (for printing or exporting what the list shows)."""
        while self._more:
            self.fetchMore()
        return self.rows

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the page's query's job: ``sort_source(column key, descending)`` gives the new fetcher."""
        if self.sort_source is None or not 0 <= column < len(self.columns):
            return
        fetch = self.sort_source(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)
        if fetch is not None:
            self.set_source(fetch)
