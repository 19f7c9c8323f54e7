"""A horizontal meter: used / this request / left of a limit, in colour, with the numbers."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

USED = QColor("#4a78b5")
THIS = QColor("#f0a330")
OVER = QColor("#c62828")
FREE = QColor("#e4e8ee")


class Meter(QWidget):
    """``set_values(limit, used, this)`` in any integer unit; the caption is given by the caller."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = 0
        self.used = 0
        self.this = 0
        self.caption = ""
        self.setMinimumHeight(54)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 58)

    def set_values(self, limit: int, used: int, this: int, caption: str = "") -> None:
        self.limit, self.used, self.this, self.caption = max(0, limit), max(0, used), max(0, this), caption
        self.setAccessibleDescription(caption)
        self.setToolTip(caption)
        self.update()

    @property
    def over(self) -> bool:
        return self.used + self.this > self.limit

    def paintEvent(self, event: object) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        bar = QRectF(1, 1, self.width() - 2, max(16, self.height() - fm.height() - 8))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(FREE)
        p.drawRoundedRect(bar, 4, 4)
        total = max(self.limit, self.used + self.this, 1)
        w_used = bar.width() * self.used / total
        w_this = bar.width() * self.this / total
        p.setBrush(USED)
        p.drawRect(QRectF(bar.left(), bar.top(), w_used, bar.height()))
        p.setBrush(OVER if self.over else THIS)
        p.drawRect(QRectF(bar.left() + w_used, bar.top(), w_this, bar.height()))
        if self.limit and total > self.limit:
            x = bar.left() + bar.width() * self.limit / total
            p.setPen(QPen(QColor("#000000"), 2))
            p.drawLine(int(x), int(bar.top()) - 1, int(x), int(bar.bottom()) + 1)
        p.setPen(QColor("#b00020") if self.over else QColor("#222222"))
        # A caption wider than the meter was cut off mid-number (“年度限额 45,000.00 元” lost its end): a
        # slightly smaller font first, then “…” (the tooltip holds the whole caption).
        caption, font = self.caption, p.font()
        while fm.horizontalAdvance(caption) > self.width() and font.pointSizeF() > 9:
            font.setPointSizeF(font.pointSizeF() - 0.5)
            p.setFont(font)
            fm = p.fontMetrics()
        if fm.horizontalAdvance(caption) > self.width():
            caption = fm.elidedText(caption, Qt.TextElideMode.ElideRight, self.width())
        p.drawText(QRectF(0, bar.bottom() + 3, self.width(), fm.height() + 4),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, caption)
        p.end()
