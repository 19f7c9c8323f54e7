"""The meeting calendar: twelve month cards for one village; a villages × months table for the township."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QTableWidget, QTableWidgetItem, QWidget

from villageadmin.core.meetings import MonthStatus

COLORS = {"on_time": "#d8f0dc", "late": "#fff0c2", "missing": "#fbd5d5", "not_due": "#eef1f5"}
TEXT = {"on_time": "#1b5e20", "late": "#7a5200", "missing": "#8b0000", "not_due": "#555555"}


class MonthCalendar(QWidget):
    """Twelve cards: met in days 1–7 (green), held late (amber), not held (red), not yet due (grey)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months: list[MonthStatus] = []
        self.setMinimumSize(640, 420)
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

    def paintEvent(self, event: object) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        cols, rows = 4, 3
        gap = 10.0
        w = (self.width() - gap * (cols + 1)) / cols
        h = (self.height() - gap * (rows + 1)) / rows
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


class TownshipMonthTable(QTableWidget):
    """Villages down, months across: ✓ on time, the day when late, ✗ not held; tooltip has the details."""

    def set_data(self, villages: list[dict], table: dict[int, list[MonthStatus]]) -> None:
        self.clear()
        self.setRowCount(len(villages))
        self.setColumnCount(14)
        self.verticalHeader().setVisible(False)
        self.setHorizontalHeaderLabels([self.tr("Village")] + [self.tr("M%1").replace("%1", str(m))
                                                                for m in range(1, 13)] + [self.tr("On time")])
        for r, v in enumerate(villages):
            self.setItem(r, 0, QTableWidgetItem(f"{v['code']} {v['name']}"))
            ok = due = 0
            for m in table.get(v["id"], []):
                if m.status == "on_time":
                    text = "✓"
                elif m.status == "late":
                    text = str(int(m.first_work_meeting[8:10])) + self.tr("th") if m.first_work_meeting else "?"
                elif m.status == "missing":
                    text = "✗"
                else:
                    text = ""
                if m.due:
                    due += 1
                    ok += m.met_first_week
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setBackground(QColor(COLORS.get(m.status, "#ffffff")))
                item.setForeground(QColor(TEXT.get(m.status, "#222222")))
                tip = [{"on_time": self.tr("Held in days 1–7"), "late": self.tr("Held late"),
                        "missing": self.tr("Not held"), "not_due": self.tr("Not due yet")}[m.status], self.tr("Township visits: %1").replace("%1", str(m.township_visits))]
                if m.overdue_resolutions:
                    tip.append(self.tr("Overdue resolutions: %1").replace("%1", str(m.overdue_resolutions)))
                item.setToolTip("\n".join(tip))
                self.setItem(r, m.month, item)
            summary = QTableWidgetItem(f"{ok}/{due}")
            summary.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setItem(r, 13, summary)
        self.resizeColumnsToContents()
