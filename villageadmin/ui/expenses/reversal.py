"""Correcting a booked expense (红字冲销): a new entry of minus the amount, linked to the original, with the
reason, the handler and the approver; the original is never edited. Also: withdrawing a request and
recording that the month was posted on the notice board."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from villageadmin.core import expenses, township
from villageadmin.core.errors import ValidationError, VillageAdminError
from villageadmin.core.money import fmt_yuan
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit, text_edit
from villageadmin.ui.widgets.fields import DateField, MoneyField


class _FormDialog(BaseDialog):
    def _row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(widget)
        col.addWidget(self.register_field(name, widget))
        form.addRow(label, box)


class ExpenseReversalDialog(_FormDialog):
    def __init__(self, ctx: AppContext, expense_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.setWindowTitle(self.tr("Correct by reversal"))
        self.ctx = ctx
        self.expense_id = expense_id
        self.setMinimumWidth(600)
        e = self.e = expenses.get_expense(ctx.store, ctx.actor, expense_id)
        remaining = e["net_fen"]
        intro = QLabel(self.tr("Reversing %1-%2 %3, %4 yuan: “%5”. The original stays as it is; a new entry of "
                               "minus the amount is added and linked to it. Up to %6 yuan can still be reversed.")
                       .replace("%1", e["spent_on"][:4]).replace("%2", str(e["seq"])).replace("%3", e["kind_name"])
                       .replace("%4", fmt_yuan(e["amount_fen"])).replace("%5", e["purpose"])
                       .replace("%6", fmt_yuan(remaining)))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.body.addLayout(form)
        self.amount = MoneyField()
        self.amount.setObjectName("reversalAmount")
        self.amount.set_fen(remaining)
        if e["status"] != "paid":
            self.amount.setEnabled(False)
            self.amount.setToolTip(self.tr("Not paid yet: only the whole amount can be reversed"))
        self._row(form, self.tr("Amount to reverse (yuan):"), "amount", self.amount)
        self.on_date = DateField()
        self.on_date.setObjectName("reversalDate")
        self._row(form, self.tr("Date:"), "on", self.on_date)
        self.reason = text_edit(self.tr("why, e.g. 发票重复报销"), min_height=60)
        self.reason.setObjectName("reversalReason")
        self._row(form, self.tr("Reason:"), "reason", self.reason)
        cadres = township.cadres(ctx.store, ctx.actor, e["village_id"])
        self.handler = QComboBox()
        self.handler.setObjectName("reversalHandler")
        self.approver = QComboBox()
        self.approver.setObjectName("reversalApprover")
        cadre = self.tr("cadre")
        for c in cadres:
            self.handler.addItem(f"{c['name']}（{c['post'] or cadre}）", c["id"])
            self.approver.addItem(f"{c['name']}（{c['post'] or cadre}）", c["id"])
        self.handler.setCurrentIndex(max(0, self.handler.findData(e["handler_id"])))
        self._row(form, self.tr("Handler:"), "handler", self.handler)
        self._row(form, self.tr("Approved by:"), "approver", self.approver)
        self.add_buttons(save_text=self.tr("Record reversal"))
        self._dirty = False

    def on_save(self) -> None:
        self.clear_errors()
        try:
            fen = self.amount.fen()
        except ValidationError as exc:
            self.show_error("amount", exc.message)
            return
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_error("reason", self.tr("Write why the entry is reversed."))
            return
        if not self.ctx.ask_password(self, self.tr("Reversing %1 yuan.").replace("%1", fmt_yuan(fen))):
            return
        try:
            expenses.reverse(self.ctx.store, self.ctx.actor, self.expense_id, on=self.on_date.value(), reason=reason,
                             handler_id=self.handler.currentData(), approver_id=self.approver.currentData(),
                             amount_fen=fen)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("expenses")
        self.saved()


class ExpenseWithdrawDialog(_FormDialog):
    """The handler takes back a request that is still waiting; it stays on record as withdrawn."""

    def __init__(self, ctx: AppContext, expense_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.setWindowTitle(self.tr("Withdraw request"))
        self.ctx = ctx
        self.expense_id = expense_id
        form = QFormLayout()
        self.body.addLayout(form)
        self.reason = line_edit(self.tr("why, e.g. 填写有误，重新申请"))
        self.reason.setObjectName("withdrawReason")
        self._row(form, self.tr("Reason:"), "reason", self.reason)
        self.add_buttons(save_text=self.tr("Withdraw"))

    def on_save(self) -> None:
        self.clear_errors()
        try:
            expenses.withdraw(self.ctx.store, self.ctx.actor, self.expense_id, reason=self.reason.text())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("expenses")
        self.saved()


class ExpensePublishDialog(_FormDialog):
    """Record that the month's publicity sheet was posted on the notice board (张榜公开)."""

    def __init__(self, ctx: AppContext, village_id: int, year: int, month: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.setWindowTitle(self.tr("Posted on the notice board"))
        self.ctx = ctx
        self.village_id, self.year, self.month = village_id, year, month
        intro = QLabel(self.tr("Record that the publicity sheet of %1-%2 was posted on the village notice board.")
                       .replace("%1", str(year)).replace("%2", f"{month:02d}"))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.body.addLayout(form)
        self.posted_on = DateField()
        self.posted_on.setObjectName("postedOn")
        self._row(form, self.tr("Posted on:"), "posted_on", self.posted_on)
        self.note = line_edit(self.tr("optional, e.g. 村部公开栏"))
        self.note.setObjectName("publishNote")
        self._row(form, self.tr("Note:"), "note", self.note)
        self.add_buttons(save_text=self.tr("Record posting"))

    def on_save(self) -> None:
        self.clear_errors()
        try:
            expenses.publish_month(self.ctx.store, self.ctx.actor, self.village_id, self.year, self.month,
                                   posted_on=self.posted_on.value(), note=self.note.text())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("expenses")
        self.saved()
