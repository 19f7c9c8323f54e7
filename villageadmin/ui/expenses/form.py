"""The request form (开支申请): date, kind, amount, payee, purpose, handler, receipts, payment method, and a
live meter of the kind's annual limit — used so far, this request, what is left."""

from __future__ import annotations

import datetime as dt


from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QMessageBox, QSpinBox,
                               QVBoxLayout, QWidget)

from villageadmin.core import expenses, township
from villageadmin.core.errors import ValidationError, VillageAdminError
from villageadmin.core.expenses import ExpenseInput, Judgement
from villageadmin.core.money import fmt_yuan
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit
from villageadmin.ui.widgets.fields import DateField, MoneyField
from villageadmin.ui.widgets.meter import Meter


class ExpenseLimitMeter(QWidget):
    """The kind's annual limit as a bar (used / this request / left) with the numbers and the verdict."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.meter = Meter(self)
        self.meter.setObjectName("expenseMeter")
        self.meter.setMinimumHeight(64)
        lay.addWidget(self.meter)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("expenseVerdict")
        self.verdict.setWordWrap(True)
        lay.addWidget(self.verdict)
        self.judgement: Judgement | None = None

    def show_judgement(self, j: Judgement | None) -> None:
        self.judgement = j
        if j is None:
            self.meter.set_values(0, 0, 0, "")
            self.verdict.setText("")
            return
        if j.kind.always_refused:
            caption = self.tr("Hospitality: limit 0 — village business has no hospitality (村级公务零招待)")
        else:
            caption = (self.tr("Used %1 · this request %2 · left %3 of the %4 yuan limit for %5")
                       .replace("%1", fmt_yuan(j.ytd_before_fen)).replace("%2", fmt_yuan(j.amount_fen))
                       .replace("%3", fmt_yuan(j.left_fen)).replace("%4", fmt_yuan(j.limit_fen))
                       .replace("%5", str(j.year)))
        self.meter.set_values(j.limit_fen, j.ytd_before_fen, j.amount_fen, caption)
        if not j.ok:
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold;")
            self.verdict.setText(j.message)
            return
        notes = [self.tr("Within the limits (one item up to %1 yuan).").replace(
            "%1", fmt_yuan(j.kind.per_item_limit_fen))]
        if j.amount_fen and j.needs_second:
            notes.append(self.tr("Above %1 yuan: a second village cadre signs with the approver.")
                         .replace("%1", fmt_yuan(j.kind.second_signer_above_fen)))
        if j.amount_fen and j.needs_township:
            notes.append(self.tr("Above %1 yuan: the township reviews it after the village approves.")
                         .replace("%1", fmt_yuan(j.kind.township_review_above_fen)))
        if j.pending_fen:
            notes.append(self.tr("Other requests of this kind waiting for approval: %1 yuan.")
                         .replace("%1", fmt_yuan(j.pending_fen)))
        self.verdict.setStyleSheet("color: #2e6b30;")
        self.verdict.setText("\n".join(notes))


class ExpenseRequestForm(BaseDialog):
    """New request, or a correction of one still waiting for village approval."""

    def __init__(self, ctx: AppContext, village_id: int, expense_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.setWindowTitle(self.tr("Expense request") if expense_id is None else self.tr("Correct expense request"))
        self.ctx = ctx
        self.village_id = village_id
        self.expense_id = expense_id
        self.setMinimumWidth(640)
        head = QLabel(self.tr("%1 — non-productive expense request").replace("%1", ctx.village_name(village_id)))
        head.setObjectName("dialogTitle")
        self.body.addWidget(head)
        form = QFormLayout()
        self.body.addLayout(form)

        def add(label: str, name: str, widget: QWidget) -> None:
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(widget)
            col.addWidget(self.register_field(name, widget))
            form.addRow(label, box)

        self.spent_on = DateField()
        self.spent_on.setObjectName("spentOn")
        add(self.tr("Date:"), "spent_on", self.spent_on)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        add(self.tr("Kind:"), "kind", self.kind)
        self.amount = MoneyField()
        self.amount.setObjectName("amount")
        self.amount.setToolTip(self.tr("Yuan, up to two decimals, e.g. 1,234.50"))
        add(self.tr("Amount (yuan):"), "amount", self.amount)
        self.payee = line_edit(self.tr("who is paid, e.g. 县新华书店"))
        self.payee.setObjectName("payee")
        add(self.tr("Payee:"), "payee", self.payee)
        self.purpose = line_edit(self.tr("what the money is for, e.g. 购买打印纸"))
        self.purpose.setObjectName("purpose")
        add(self.tr("Purpose:"), "purpose", self.purpose)
        self.handler = QComboBox()
        self.handler.setObjectName("handler")
        cadre = self.tr("cadre")
        for c in township.cadres(ctx.store, ctx.actor, village_id):
            self.handler.addItem(f"{c['name']}（{c['post'] or cadre}）", c["id"])
        add(self.tr("Handler (经办人):"), "handler", self.handler)
        self.receipts = QSpinBox()
        self.receipts.setObjectName("receipts")
        self.receipts.setRange(0, 999)
        self.receipts.setValue(1)
        add(self.tr("Receipts:"), "receipts", self.receipts)
        self.pay_method = QComboBox()
        self.pay_method.setObjectName("payMethod")
        self.pay_method.addItem(self.tr("Cash"), "cash")
        self.pay_method.addItem(self.tr("Bank transfer"), "transfer")
        add(self.tr("Paid by:"), "pay_method", self.pay_method)

        box = QGroupBox(self.tr("This kind's limit for the year"))
        bl = QVBoxLayout(box)
        self.limit_meter = ExpenseLimitMeter()
        bl.addWidget(self.limit_meter)
        self.body.addWidget(box)
        self.body.addStretch(1)
        self.add_buttons(save_text=self.tr("Save request"))

        self._fill_kinds()
        if expense_id is not None:
            self._load(expense_id)
        self.spent_on.dateChanged.connect(lambda *_: (self._fill_kinds(), self.update_meter()))
        self.kind.currentIndexChanged.connect(lambda *_: self.update_meter())
        self.amount.textChanged.connect(lambda *_: self.update_meter())
        self.update_meter()
        self._dirty = False

    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for k in expenses.rules(self.ctx.store, self.spent_on.value()).active_kinds():
            label = k.name + (self.tr(" (always refused)") if k.always_refused else "")
            self.kind.addItem(label, k.code)
        i = self.kind.findData(current) if current else -1
        self.kind.setCurrentIndex(i if i >= 0 else (1 if self.kind.count() > 1 else 0))
        self.kind.blockSignals(False)

    def _load(self, expense_id: int) -> None:
        e = expenses.get_expense(self.ctx.store, self.ctx.actor, expense_id)
        self.spent_on.set_value(dt.date.fromisoformat(e["spent_on"]))
        self._fill_kinds()
        self.kind.setCurrentIndex(max(0, self.kind.findData(e["kind"])))
        self.amount.set_fen(e["amount_fen"])
        self.payee.setText(e["payee"])
        self.purpose.setText(e["purpose"])
        self.handler.setCurrentIndex(max(0, self.handler.findData(e["handler_id"])))
        self.receipts.setValue(e["receipts"])
        self.pay_method.setCurrentIndex(max(0, self.pay_method.findData(e["pay_method"])))

    def judgement(self) -> Judgement | None:
        kind = self.kind.currentData()
        if not kind:
            return None
        fen = self.amount.fen_or_none() or 0
        try:
            return expenses.meter(self.ctx.store, self.ctx.actor, self.village_id, kind, self.spent_on.value(), fen,
                                  exclude_id=self.expense_id)
        except VillageAdminError:
            return None

    def update_meter(self) -> None:
        self.limit_meter.show_judgement(self.judgement())

    def data(self) -> ExpenseInput:
        return ExpenseInput(village_id=self.village_id, kind=self.kind.currentData() or "",
                            spent_on=self.spent_on.value(), amount_fen=self.amount.fen(), payee=self.payee.text(),
                            purpose=self.purpose.text(), handler_id=self.handler.currentData(),
                            receipts=self.receipts.value(), pay_method=self.pay_method.currentData())

    def on_save(self) -> None:
        self.clear_errors()
        try:
            data = self.data()
            expenses.validate(self.ctx.store, data)
        except ValidationError as exc:
            self.show_error(exc.field, exc.message)
            return
        j = self.judgement()
        if j is not None and not j.ok:
            answer = QMessageBox.question(
                self, self.tr("The rules refuse this request"),
                j.message + "\n\n" + self.tr("It will be kept on record as a refused request. Record it anyway?"))
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            if self.expense_id is None:
                result = expenses.submit(self.ctx.store, self.ctx.actor, data)
            else:
                result = expenses.update_pending(self.ctx.store, self.ctx.actor, self.expense_id, data)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.expense_id = result.id
        self.ctx.notify("expenses")
        if result.refused:
            QMessageBox.warning(self, self.tr("Request refused and kept on record"), result.judgement.message)
        self.saved()

    def result_id(self) -> int | None:
        return self.expense_id
