"""Screenshots of the expenses screens for the README: the request form with its limit meter, the
approval step, the township's view of all villages, and the publicity sheet page as printed.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/expenses_shots.py [OUT_DIR]
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("VILLAGEADMIN_TODAY", "2026-11-27")
os.environ.setdefault("VILLAGEADMIN_CONFIG", tempfile.mkdtemp(prefix="va-shots-cfg-"))


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    from villageadmin.core import accounts, demo, expenses
    from villageadmin.core.expenses import ExpenseInput
    from villageadmin.core.reports import expense_publicity
    from villageadmin.core.store import open_store
    from villageadmin.ui import ops
    from villageadmin.ui.app import make_app
    from villageadmin.ui.context import AppContext
    from villageadmin.ui.expenses.form import ExpenseRequestForm
    from villageadmin.ui.expenses.page import ExpensesPage
    from villageadmin.ui.expenses.steps import ExpenseStepDialog

    app = make_app("zh_CN")
    base = Path(tempfile.mkdtemp(prefix="va-expense-shots-"))
    demo.create(base, villages=12, years=3, seed=1)
    store = open_store(base)
    village = accounts.authenticate(store, "001", demo.VILLAGE_PASSWORD)
    admin = accounts.authenticate(store, "admin", demo.ADMIN_PASSWORD)
    ctx = AppContext(store, village)

    def snap(w, name: str) -> None:  # noqa: ANN001
        w.show()
        for _ in range(8):
            app.processEvents()
        ops.wait_idle()
        for _ in range(8):
            app.processEvents()
        w.grab().save(str(out / name))
        print(out / name)

    # The request form: 1,280.00 of office spending, the meter showing the year so far.
    cadres = store.query("SELECT id, name, post FROM cadres WHERE village_id=1 ORDER BY id")
    f = ExpenseRequestForm(ctx, 1)
    f.resize(760, 720)
    f.spent_on.set_value(dt.date(2026, 11, 27))
    f.kind.setCurrentIndex(f.kind.findData("office"))
    f.amount.setText("1,280.00")
    f.payee.setText("鑫达办公用品商行")
    f.purpose.setText("购买会议室用打印机一台")
    f.handler.setCurrentIndex(f.handler.findData(cadres[2]["id"]))
    f.receipts.setValue(2)
    f.pay_method.setCurrentIndex(1)
    snap(f, "expenses-request.png")
    f._dirty = False
    f.close()

    # The approval step of that request, the password to be asked again on 同意.
    eid = expenses.submit(store, village, ExpenseInput(1, "office", dt.date(2026, 11, 27), 128000, "鑫达办公用品商行",
                                                       "购买会议室用打印机一台", cadres[2]["id"], 2, "transfer")).id
    d = ExpenseStepDialog(ctx, eid)
    d.resize(760, 860)
    d.second.setCurrentIndex(d.second.findData(cadres[1]["id"]))
    snap(d, "expenses-approval.png")
    d._dirty = False
    d.close()
    expenses.approve_village(store, village, eid, approver_id=cadres[0]["id"], second_signer_id=cadres[1]["id"])

    # The township: all villages side by side.
    actx = AppContext(store, admin)
    page = ExpensesPage(actx)
    page.resize(1400, 860)
    page.tabs.setCurrentIndex(2)
    page.refresh()
    snap(page, "expenses-township.png")

    # The publicity sheet for October, first page, as printed.
    pdf = expense_publicity.render(store, village, 1, 2026, 10, base / "publicity.pdf")
    doc = QPdfDocument()
    doc.load(str(pdf))
    size = doc.pagePointSize(0)
    scale = 1.4
    img = doc.render(0, QSize(int(size.width() * scale), int(size.height() * scale)))
    framed = QImage(img.width() + 40, img.height() + 40, QImage.Format.Format_RGB32)
    framed.fill(QColor("#9aa3ad"))
    p = QPainter(framed)
    p.drawImage(20, 20, img)
    p.end()
    framed.save(str(out / "expenses-publicity.png"))
    print(out / "expenses-publicity.png")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
