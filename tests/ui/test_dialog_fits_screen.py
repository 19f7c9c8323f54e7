"""A dialog never opens taller than the screen: its Save / Print / Close buttons stay above the taskbar."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from villageadmin.ui.widgets.dialog import BaseDialog


def test_a_dialog_bigger_than_the_screen_is_shrunk_and_kept_on_it(qtbot):
    d = BaseDialog(title="预览")
    d.body.addWidget(QLabel("内容"))
    d.add_buttons(save=False, cancel=True)
    qtbot.addWidget(d)
    avail = d.screen().availableGeometry()
    d.resize(avail.width() + 300, avail.height() + 100)
    d.move(avail.left() + 50, avail.top() + 200)
    d.show()
    qtbot.waitExposed(d)
    assert d.width() <= avail.width()
    assert d.height() <= avail.height() - 32
    assert d.y() + 32 + d.height() <= avail.bottom() + 1


def test_a_dialog_that_fits_is_left_alone(qtbot):
    d = BaseDialog(title="小")
    d.add_buttons()
    qtbot.addWidget(d)
    d.resize(400, 300)
    d.show()
    qtbot.waitExposed(d)
    assert (d.width(), d.height()) == (400, 300)
