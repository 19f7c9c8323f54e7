"""Fields shared by every form: date, time, money (yuan in, integer fen out)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QLineEdit, QTimeEdit, QWidget

from villageadmin.core import money
from villageadmin.core.clock import today


class DateField(QDateEdit):
    """A date with a calendar pop-up, shown as 2026-11-27; ``value()`` is a datetime.date."""

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(QDate(2000, 1, 1))
        self.setMaximumDate(QDate(2099, 12, 31))
        self.set_value(value or today())

    def value(self) -> dt.date:
        d = self.date()
        return dt.date(d.year(), d.month(), d.day())

    def set_value(self, value: dt.date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class TimeField(QTimeEdit):
    def __init__(self, value: str = "09:00", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.set_value(value)

    def value(self) -> str:
        return self.time().toString("HH:mm")

    def set_value(self, value: str) -> None:
        t = QTime.fromString(value or "09:00", "HH:mm")
        self.setTime(t if t.isValid() else QTime(9, 0))


class MoneyField(QLineEdit):
    """Yuan with up to two decimals (1,234.50 / ￥1234.5); ``fen()`` parses with the core's rules."""

    def __init__(self, parent: QWidget | None = None, *, field: str = "amount") -> None:
        super().__init__(parent)
        self.field = field
        self.setPlaceholderText("0.00")
        self.setMaxLength(20)

    def fen(self, *, allow_zero: bool = False) -> int:
        """Raises the core's ValidationError (plain Chinese) for bad input."""
        return money.parse_yuan(self.text(), self.field, allow_zero=allow_zero)

    def fen_or_none(self) -> int | None:
        try:
            return self.fen(allow_zero=True)
        except Exception:  # noqa: BLE001 - partial typing
            return None

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else money.fmt_yuan(fen))
