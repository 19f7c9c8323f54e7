"""Simple bar charts drawn with QPainter (no QtCharts: it lives in the heavy Addons wheel)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

PALETTE = [QColor(c) for c in ("#4a78b5", "#f0a330", "#5aa469", "#c62828", "#8e6cbf", "#3aa6b9", "#9c7a4a")]


class BarChart(QWidget):
    """Vertical bars with labels under them and values on top; optional limit marks and a target line.

    ``set_data(labels, values, limits=None, value_text=None, target=None)``; several series via
    ``set_series(labels, [(name, values), …])`` draws grouped bars with a legend.
    """

    def __init__(self, parent: QWidget | None = None, *, title: str = "") -> None:
        super().__init__(parent)
        self.title = title
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.limits: list[float] | None = None
        self.value_text: list[str] | None = None
        self.target: float | None = None
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 260)

    def set_data(self, labels: Sequence[str], values: Sequence[float], *, limits: Sequence[float] | None = None,
                 value_text: Sequence[str] | None = None, target: float | None = None, name: str = "") -> None:
        self.labels = list(labels)
        self.series = [(name, [float(v) for v in values])]
        self.limits = [float(x) for x in limits] if limits is not None else None
        self.value_text = list(value_text) if value_text is not None else None
        self.target = target
        self.update()

    def set_series(self, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]]) -> None:
        self.labels = list(labels)
        self.series = [(n, [float(v) for v in vs]) for n, vs in series]
        self.limits = None
        self.value_text = None
        self.update()

    @staticmethod
    def _draw_label(p: QPainter, box: QRectF, label: str) -> None:
        """A label under its bar, in at most the box's two lines: with many bars (twelve villages) the name
        broke one character a line and lost its end (“黄坝村” showed “黄/坝”), so a smaller font first."""
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        font = p.font()
        base = font.pointSizeF()
        while (p.fontMetrics().boundingRect(box.toRect(), int(flags), label).height() > box.height()
               and font.pointSizeF() > 7.5):
            font.setPointSizeF(font.pointSizeF() - 0.5)
            p.setFont(font)
        p.drawText(box, flags, label)
        if base > 0:
            font.setPointSizeF(base)
            p.setFont(font)

    def paintEvent(self, event: object) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        fm = p.fontMetrics()
        top = 8.0
        if self.title:
            p.setPen(QColor("#222222"))
            p.drawText(QRectF(0, 4, self.width(), fm.height() + 4), Qt.AlignmentFlag.AlignCenter, self.title)
            top += fm.height() + 6
        legend_h = fm.height() + 6 if len(self.series) > 1 else 0
        bottom = self.height() - fm.height() * 2 - 10 - legend_h
        left, right = 10.0, self.width() - 10.0
        n = len(self.labels)
        if n == 0 or not self.series:
            p.setPen(QColor("#777777"))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No data"))
            p.end()
            return
        peak = max([v for _, vs in self.series for v in vs] + (self.limits or []) + [self.target or 0] + [1e-9])
        h = bottom - top - fm.height() - 4
        slot = (right - left) / n
        k = len(self.series)
        bar_w = max(4.0, min(48.0, slot * 0.7 / k))
        p.setPen(QPen(QColor("#999999"), 1))
        p.drawLine(int(left), int(bottom), int(right), int(bottom))
        for i, label in enumerate(self.labels):
            x0 = left + slot * i + (slot - bar_w * k) / 2
            # The limit mark first, so the value written on top stays readable where they meet (the dashes
            # used to strike through the figure: “-136,907-”).
            if self.limits is not None and self.limits[i]:
                y = bottom - h * self.limits[i] / peak
                p.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine))
                p.drawLine(int(left + slot * i + 2), int(y), int(left + slot * (i + 1) - 2), int(y))
            for j, (_name, values) in enumerate(self.series):
                v = values[i] if i < len(values) else 0.0
                bh = h * v / peak
                over = self.limits is not None and self.limits[i] and v > self.limits[i]
                color = QColor("#c62828") if over else PALETTE[j % len(PALETTE)]
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(color)
                p.drawRect(QRectF(x0 + j * bar_w, bottom - bh, bar_w - 2, bh))
                if k == 1:
                    text = self.value_text[i] if self.value_text else (f"{v:g}")
                    box = QRectF(left + slot * i, bottom - bh - fm.height() - 2, slot, fm.height())
                    tw = fm.horizontalAdvance(text) + 4
                    p.fillRect(QRectF(box.center().x() - tw / 2, box.top(), tw, box.height()), QColor("#ffffff"))
                    p.setPen(QColor("#222222"))
                    p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            p.setPen(QColor("#222222"))
            self._draw_label(p, QRectF(left + slot * i, bottom + 2, slot, fm.height() * 2 + 4), label)
        if self.target is not None:
            y = bottom - h * self.target / peak
            p.setPen(QPen(QColor("#5aa469"), 2, Qt.PenStyle.DashLine))
            p.drawLine(int(left), int(y), int(right), int(y))
        if legend_h:
            x = left
            y = self.height() - legend_h
            for j, (name, _v) in enumerate(self.series):
                p.setBrush(PALETTE[j % len(PALETTE)])
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRect(QRectF(x, y + 4, 12, 12))
                p.setPen(QColor("#222222"))
                tw = fm.horizontalAdvance(name)
                p.drawText(QRectF(x + 16, y, tw + 4, legend_h), Qt.AlignmentFlag.AlignVCenter, name)
                x += tw + 36
        p.end()
