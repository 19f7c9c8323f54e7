"""make_table_view's columns: as wide as their header and the text of the first rows, worked out when the list
changes; a width the page or the officer gave a column is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView

from villageadmin.ui.widgets.table import Column, ColumnFitter, DictTableModel, make_table_view


def _widths(view) -> list[int]:  # noqa: ANN001
    return [view.horizontalHeader().sectionSize(c) for c in range(view.model().columnCount())]


def _needed(view, col: int, rows: int | None = None) -> int:  # noqa: ANN001
    """What Qt's own ResizeToContents gives the column over those rows (header, cells), less a pixel or two."""
    m = view.model()
    cells = [view.fontMetrics().horizontalAdvance(str(m.index(r, col).data() or ""))
             for r in range(min(m.rowCount(), rows if rows is not None else m.rowCount()))]
    return max([view.horizontalHeader().sectionSizeHint(col), *[c + 6 for c in cells]])


def test_columns_fit_header_and_first_rows(qtbot):  # noqa: ANN001
    model = DictTableModel([Column("a", "Short"), Column("b", "A much longer column title"), Column("c", "C")])
    view = make_table_view(model, name="t")
    qtbot.addWidget(view)
    header = view.horizontalHeader()
    assert all(header.sectionResizeMode(c) == QHeaderView.ResizeMode.Interactive for c in range(3))
    model.set_rows([{"a": "一段相当长的文字，比标题宽得多", "b": "x", "c": ""}, {"a": "短", "b": "y", "c": None}])
    w = _widths(view)
    assert w[0] >= _needed(view, 0) and w[0] <= _needed(view, 0) + 4  # the long cell
    assert w[1] == header.sectionSizeHint(1)  # the long title
    assert w[2] == header.sectionSizeHint(2)  # empty cells: the title
    # A new, narrower list: the columns follow it.
    model.set_rows([{"a": "短", "b": "x", "c": "y"}])
    assert _widths(view)[0] == max(header.sectionSizeHint(0), _needed(view, 0))


def test_only_the_first_rows_are_measured(qtbot):  # noqa: ANN001
    model = DictTableModel([Column("a", "A")])
    view = make_table_view(model)
    qtbot.addWidget(view)
    rows = [{"a": "短"} for _ in range(ColumnFitter.ROWS)] + [{"a": "很长很长很长很长很长很长很长很长的一行"}]
    model.set_rows(rows)
    assert _widths(view)[0] < view.fontMetrics().horizontalAdvance(rows[-1]["a"])


def test_rows_arriving_widen_the_column(qtbot):  # noqa: ANN001
    model = DictTableModel([Column("a", "A")])
    view = make_table_view(model)
    qtbot.addWidget(view)
    model.set_rows([{"a": "短"}])
    narrow = _widths(view)[0]
    model.beginInsertRows(model.index(0, 0).parent(), 1, 1)
    model.rows.append({"a": "后来的一行长文字"})
    model.endInsertRows()
    assert _widths(view)[0] > narrow
    assert _widths(view)[0] >= _needed(view, 0)


def test_stretched_and_own_widths_kept(qtbot):  # noqa: ANN001
    model = DictTableModel([Column("a", "A"), Column("b", "B"), Column("c", "C")])
    view = make_table_view(model, stretch=2)
    qtbot.addWidget(view)
    view.resize(600, 300)
    header = view.horizontalHeader()
    header.resizeSection(1, 220)  # the page's own width
    model.set_rows([{"a": "一行文字", "b": "很长很长很长很长很长很长很长很长很长很长的一行", "c": "x"}])
    assert header.sectionSize(1) == 220
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    # The officer drags a column wider: a new list keeps that width.
    header.resizeSection(0, 300)
    model.set_rows([{"a": "短", "b": "", "c": ""}])
    assert header.sectionSize(0) == 300


def test_hidden_column_sized_for_when_shown(qtbot):  # noqa: ANN001
    model = DictTableModel([Column("a", "A"), Column("village", "Village")])
    view = make_table_view(model)
    qtbot.addWidget(view)
    view.setColumnHidden(1, True)
    model.set_rows([{"a": "x", "village": "一个名字很长很长的村民委员会"}])
    view.setColumnHidden(1, False)
    assert view.horizontalHeader().sectionSize(1) >= _needed(view, 1)


def test_changed_cells_widen_the_column(qtbot):  # noqa: ANN001
    model = DictTableModel([Column("a", "A")])
    view = make_table_view(model)
    qtbot.addWidget(view)
    model.set_rows([{"a": "短"}])
    narrow = _widths(view)[0]
    model.rows[0]["a"] = "改过以后长了很多的一行文字"
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))
    assert _widths(view)[0] > narrow


def test_model_outliving_its_table(qtbot):  # noqa: ANN001
    model = DictTableModel([Column("a", "A")])
    view = make_table_view(model)
    view.deleteLater()
    qtbot.wait(10)
    model.set_rows([{"a": "x"}])  # no table to size: nothing happens
    model.dataChanged.emit(model.index(0, 0), model.index(0, 0))
