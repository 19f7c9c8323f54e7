"""The meeting calendar: twelve month cards for one village; a villages × months table for the township."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QTableView, QWidget

from villageadmin.core.meetings import MonthStatus

COLORS = {"on_time": "#d8f0dc", "late": "#fff0c2", "missing": "#fbd5d5", "not_due": "#eef1f5"}
TEXT = {"on_time": "#1b5e20", "late": "#7a5200", "missing": "#8b0000", "not_due": "#555555"}


class MonthCalendar(QWidget):
    """Twelve cards: met in days 1–7 (green), held late (amber), not held (red), not yet due (grey)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthStatus] = []
        self.setMinimumSize(600, 360)  # fits a 1366×768 screen
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(900, 520)

    def set_months(self, months: list[MonthStatus]) -> None:
        self.months = months
        self.setAccessibleDescription("; ".join(f"{m.month}: {self.status_text(m.status)}" for m in months))
        self.update()

    def status_text(self, status: str) -> str:
        return {"on_time": self.tr("Held in days 1–7"), "late": self.tr("Held late"),
                "missing": self.tr("Not held"), "not_due": self.tr("Not due yet")}[status]

    def label_text(self, m: MonthStatus) -> list[str]:
        lines = [self.tr("Month %1").replace("%1", str(m.month)), self.status_text(m.status)]
        if m.first_work_meeting:
            lines.append(self.tr("Work meeting: day %1").replace("%1", str(int(m.first_work_meeting[8:10]))))
        lines.append(self.tr("Township visits: %1").replace("%1", str(m.township_visits)))
        if m.overdue_resolutions:
            lines.append(self.tr("Overdue resolutions: %1").replace("%1", str(m.overdue_resolutions)))
        return lines

    def _fitting_font(self, width: float, height: float) -> QFont:
        """The widget's font, made smaller (down to 9 pt) until every card's text fits its card."""
        texts = [self.label_text(m) for m in self.months[:12]]
        font = QFont(self.font())
        size = font.pointSize()
        while size > 9:
            font.setPointSize(size)
            fm = QFontMetrics(font)
            big = QFont(font)
            big.setPointSize(size + 3)
            bm = QFontMetrics(big)
            wide = max((max([bm.horizontalAdvance(t[0])] + [fm.horizontalAdvance(x) for x in t[1:]])
                        for t in texts), default=0)
            tall = max((bm.height() + 4 + (len(t) - 1) * (fm.height() + 4) for t in texts), default=0)
            if wide <= width and tall <= height:
                break
            size -= 1
        font.setPointSize(size)
        return font

    def paintEvent(self, event: object) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        cols, rows = 4, 3
        gap = 10.0
        w = (self.width() - gap * (cols + 1)) / cols
        h = (self.height() - gap * (rows + 1)) / rows
        p.setFont(self._fitting_font(w - 20, h - 12))
        fm = p.fontMetrics()
        for i, m in enumerate(self.months[:12]):
            r, c = divmod(i, cols)
            rect = QRectF(gap + c * (w + gap), gap + r * (h + gap), w, h)
            p.setPen(QPen(QColor("#b8c2cc"), 1))
            p.setBrush(QColor(COLORS.get(m.status, "#ffffff")))
            p.drawRoundedRect(rect, 8, 8)
            p.setPen(QColor(TEXT.get(m.status, "#222222")))
            y = rect.top() + 8
            for j, line in enumerate(self.label_text(m)):
                if j == 0:
                    f = p.font()
                    f.setPointSize(f.pointSize() + 3)
                    p.setFont(f)
                p.drawText(QRectF(rect.left() + 10, y, rect.width() - 20, p.fontMetrics().height() + 2),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
                y += p.fontMetrics().height() + 4
                if j == 0:
                    f = p.font()
                    f.setPointSize(f.pointSize() - 3)
                    p.setFont(f)
                if y > rect.bottom() - fm.height():
                    break
        p.end()


_DISPLAY, _ALIGN = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.TextAlignmentRole)
_BACKGROUND, _FOREGROUND = int(Qt.ItemDataRole.BackgroundRole), int(Qt.ItemDataRole.ForegroundRole)
_ROLES = {_DISPLAY, _BACKGROUND, _FOREGROUND, int(Qt.ItemDataRole.ToolTipRole)}
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_BG = {k: QColor(v) for k, v in COLORS.items()}
_FG = {k: QColor(v) for k, v in TEXT.items()}
_WHITE, _DARK = QColor("#ffffff"), QColor("#222222")


class TownshipMonthModel(QAbstractTableModel):
    """Villages down, months across, fetched a page of villages at a time as the view scrolls: a county
    of 500 villages shows its first rows without computing the other pages."""

    PAGE = 40

    def __init__(self, view: TownshipMonthTable) -> None:
        super().__init__(view)
        self.view = view
        self.villages: list[dict] = []
        self.table: dict[int, list[MonthStatus]] = {}
        self.fetched = 0
        self.load: Callable[[list[int]], dict[int, list[MonthStatus]]] | None = None
        # Fills in the township's visits of a page of villages when a tooltip first asks (None: ``load`` gives
        # them); the villages whose visits are in.
        self.add_visits: Callable[[dict[int, list[MonthStatus]]], None] | None = None
        self.visits_in: set[int] = set()

    def set_source(self, villages: list[dict], load: Callable[[list[int]], dict[int, list[MonthStatus]]],
                   add_visits: Callable[[dict[int, list[MonthStatus]]], None] | None = None) -> None:
        self.beginResetModel()
        self.villages, self.load, self.table, self.fetched = villages, load, {}, 0
        self.add_visits, self.visits_in = add_visits, set()
        self._fetch(self.PAGE)
        self.endResetModel()

    def _fetch(self, n: int) -> int:
        assert self.load is not None
        page = self.villages[self.fetched:self.fetched + n]
        self.table.update(self.load([v["id"] for v in page]))
        self.fetched += len(page)
        return len(page)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self.fetched < len(self.villages)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        n = min(self.PAGE, len(self.villages) - self.fetched)
        if parent.isValid() or n <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.fetched, self.fetched + n - 1)
        self._fetch(n)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.fetched

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 14

    def month(self, row: int, col: int) -> MonthStatus | None:
        months = self.table.get(self.villages[row]["id"], [])
        if 0 < col <= len(months) and months[col - 1].month == col:
            return months[col - 1]  # the usual case: twelve months in order
        for m in months:
            if m.month == col:
                return m
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every cell shown: plain ints and colours made once keep it cheap.
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        v = self.villages[r]
        if c == 0:
            return f"{v['code']} {v['name']}" if role == _DISPLAY else None
        if role == _ALIGN:
            return _CENTER
        if c == 13:
            if role != _DISPLAY:
                return None
            months = self.table.get(v["id"], [])
            due = [m for m in months if m.due]
            return f"{sum(m.met_first_week for m in due)}/{len(due)}"
        if role not in _ROLES:
            return None
        m = self.month(r, c)
        if m is None:
            return None
        if role == _DISPLAY:
            return self.view.cell_text(m)
        if role == _BACKGROUND:
            return _BG.get(m.status, _WHITE)
        if role == _FOREGROUND:
            return _FG.get(m.status, _DARK)
        if self.add_visits is not None and v["id"] not in self.visits_in:
            self._visits_for(r)
        return self.view.cell_tip(m)

    def _visits_for(self, row: int) -> None:
        """Fill in the visits of the page of villages holding ``row`` (one query for the tooltips around it)."""
        assert self.add_visits is not None
        start = row - row % self.PAGE
        page = {v["id"]: self.table[v["id"]] for v in self.villages[start:start + self.PAGE]
                if v["id"] in self.table and v["id"] not in self.visits_in}
        self.add_visits(page)
        self.visits_in.update(page)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.view.headers[section]
        return None


class TownshipMonthTable(QTableView):
    """Villages down, months across: ✓ on time, the day when late, ✗ not held; tooltip has the details."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Village")] + [self.tr("M%1").replace("%1", str(m)) for m in range(1, 13)] \
            + [self.tr("On time")]
        self.month_model = TownshipMonthModel(self)
        self.setModel(self.month_model)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Widths from the font, not from the cells: sizing fourteen columns to their contents measured every
        # fetched cell on each layout, which made a county's table take a second to appear.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(False)

    def set_source(self, villages: list[dict], load: Callable[[list[int]], dict[int, list[MonthStatus]]],
                   add_visits: Callable[[dict[int, list[MonthStatus]]], None] | None = None) -> None:
        """Show these villages; ``load(village_ids)`` gives their months, asked a page at a time; with
        ``add_visits(table)``, ``load`` leaves out the township's visits and those come when a tooltip asks."""
        self.month_model.set_source(villages, load, add_visits)
        self._size_columns(villages)

    def _size_columns(self, villages: list[dict]) -> None:
        header = self.horizontalHeader()
        fm, hfm = self.fontMetrics(), header.fontMetrics()
        pad = 2 * fm.horizontalAdvance("M") + 8
        names = sorted((f"{v['code']} {v['name']}" for v in villages), key=len)[-8:]  # the longest few
        header.resizeSection(0, max([hfm.horizontalAdvance(self.headers[0]),
                                     *(fm.horizontalAdvance(t) for t in names)]) + pad)
        cell = max(fm.horizontalAdvance(t) for t in ["✓", "✗", "31" + self.tr("th")])
        for c in range(1, 13):
            header.resizeSection(c, max(cell, hfm.horizontalAdvance(self.headers[c])) + pad)
        header.resizeSection(13, max(hfm.horizontalAdvance(self.headers[13]), fm.horizontalAdvance("12/12")) + pad)

    def set_data(self, villages: list[dict], table: dict[int, list[MonthStatus]]) -> None:
        self.set_source(villages, lambda ids: {i: table[i] for i in ids if i in table})

    def rowCount(self) -> int:  # noqa: N802
        return self.month_model.rowCount()

    def text(self, row: int, col: int) -> str:
        return str(self.month_model.index(row, col).data() or "")

    def cell_text(self, m: MonthStatus) -> str:
        if m.status == "on_time":
            return "✓"
        if m.status == "late":
            return str(int(m.first_work_meeting[8:10])) + self.tr("th") if m.first_work_meeting else "?"
        if m.status == "missing":
            return "✗"
        return ""

    def cell_tip(self, m: MonthStatus) -> str:
        tip = [{"on_time": self.tr("Held in days 1–7"), "late": self.tr("Held late"),
                "missing": self.tr("Not held"), "not_due": self.tr("Not due yet")}[m.status],
               self.tr("Township visits: %1").replace("%1", str(m.township_visits))]
        if m.overdue_resolutions:
            tip.append(self.tr("Overdue resolutions: %1").replace("%1", str(m.overdue_resolutions)))
        return "\n".join(tip)
