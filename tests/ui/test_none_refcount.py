"""Many void Qt calls (a 500-village township table) must not wear out None's reference count."""

from __future__ import annotations

import sys

import villageadmin.ui  # noqa: F401  (the guard)
from PySide6.QtWidgets import QLabel


def test_a_hundred_thousand_void_calls_do_not_abort(qtbot):  # noqa: ANN001
    w = QLabel()
    qtbot.addWidget(w)
    for _ in range(100_000):
        w.setText("村")
    assert sys.getrefcount(None) > 1_000_000
