"""The six steps of 四议两公开 drawn as a timeline: a numbered circle per step, joined by a line,
coloured by what happened (passed, failed, next, still to come), with the date and a detail below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

COLORS = {
    "passed": QColor("#2e7d32"),
    "failed": QColor("#c62828"),
    "next": QColor("#1565c0"),
    "todo": QColor("#9e9e9e"),
}


class DecisionTimeline(QWidget):
    """Set the steps with ``set_steps`` (the core's ``timeline`` list). Clicking a step emits its number."""

    step_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[dict[str, Any]] = []
        self.started_on: str | None = None
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_steps(self, steps: list[dict[str, Any]], *, started_on: str | None = None) -> None:
        self.steps = steps
        self.started_on = started_on
        tips = []
        for s in steps:
            tips.append(f"{s['step']}. {s['label']}：{self.status_text(s['status'])}"
                        + (f"（{s['date']}）" if s["date"] else "") + (f" {s['detail']}" if s["detail"] else ""))
        self.setToolTip("\n".join(tips))
        self.update()

    def status_text(self, status: str) -> str:
        return {"passed": self.tr("done"), "failed": self.tr("did not pass"), "next": self.tr("next step"),
                "todo": self.tr("to come")}.get(status, status)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(920, 170)

    def _centres(self) -> list[QPointF]:
        n = max(len(self.steps), 1)
        margin = self.width() / (2 * n)
        step = (self.width() - 2 * margin) / max(n - 1, 1)
        return [QPointF(margin + i * step, 44) for i in range(len(self.steps))]

    def step_at(self, x: float, y: float) -> int | None:
        for s, c in zip(self.steps, self._centres()):
            if abs(c.x() - x) <= 40 and 0 <= y <= self.height():
                return int(s["step"])
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        n = self.step_at(event.position().x(), event.position().y())
        if n is not None:
            self.step_clicked.emit(n)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        if not self.steps:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        centres = self._centres()
        r = 22.0
        base = QFont(self.font())
        # Joining lines: solid and green up to the last step taken, dashed grey after.
        for i in range(len(centres) - 1):
            a, b = centres[i], centres[i + 1]
            done = self.steps[i + 1]["status"] in ("passed", "failed")
            pen = QPen(COLORS["passed"] if done else COLORS["todo"], 4 if done else 2)
            if not done:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawLine(QPointF(a.x() + r, a.y()), QPointF(b.x() - r, b.y()))
        width = self.width() / max(len(self.steps), 1)
        for s, c in zip(self.steps, centres):
            color = COLORS.get(s["status"], COLORS["todo"])
            if s["status"] in ("passed", "failed"):
                p.setBrush(color)
                p.setPen(QPen(color, 2))
            else:
                p.setBrush(QColor("#ffffff"))
                p.setPen(QPen(color, 4 if s["status"] == "next" else 2))
            p.drawEllipse(c, r, r)
            mark = {"passed": "✓", "failed": "✗"}.get(s["status"], str(s["step"]))
            f = QFont(base)
            f.setPointSizeF(base.pointSizeF() * 1.25)
            p.setFont(f)
            p.setPen(QColor("#ffffff") if s["status"] in ("passed", "failed") else color)
            p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), Qt.AlignmentFlag.AlignCenter, mark)
            # Label, date, detail under the circle.
            p.setFont(base)
            p.setPen(QColor("#212121") if s["status"] != "todo" else QColor("#757575"))
            box = QRectF(c.x() - width / 2 + 2, c.y() + r + 6, width - 4, 26)
            p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, f"{s['step']}. {s['short']}")
            small = QFont(base)
            small.setPointSizeF(max(base.pointSizeF() * 0.85, 9))
            p.setFont(small)
            lines = []
            if s["date"]:
                lines.append(s["date"])
            elif s["status"] == "next":
                lines.append(self.tr("next"))
            if s["status"] == "failed":
                lines.append(self.tr("did not pass"))
            elif s["detail"]:
                lines.append(s["detail"])
            p.setPen(color if s["status"] in ("failed", "next") else QColor("#424242"))
            p.drawText(QRectF(box.x(), box.bottom(), box.width(), 48),
                       Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                       "\n".join(lines))
        p.end()
