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


def test_chart_labels_under_many_narrow_bars_are_drawn_smaller_not_cut(qtbot):
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from villageadmin.ui.widgets.charts import BarChart

    c = BarChart(title="各村违规条数")
    qtbot.addWidget(c)
    c.set_data([f"{n}村" for n in ("黄坝", "王集", "高营", "黄营", "兰花", "刘山", "槐集", "荷岗", "冯鹿", "李洼",
                                   "枫岗", "榆塘")], list(range(12)))
    c.resize(400, 180)
    assert not c.grab().isNull()
    img = QImage(100, 100, QImage.Format.Format_RGB32)
    p = QPainter(img)
    size = p.font().pointSizeF()
    BarChart._draw_label(p, QRectF(0, 0, 24, 2 * p.fontMetrics().height() + 4), "黄坝村")
    assert p.font().pointSizeF() == size  # the painter's font is put back for the next bar
    p.end()
