"""One request and its next step: village approval (with the second signer), township review, payment.

Approving money or recording a payment asks for the password again. What the request is, the limit
it is measured against and every step already taken (who, when, opinion) are shown above."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QLabel, QMessageBox, QPushButton, QVBoxLayout,
                               QWidget)

from villageadmin.core import expenses, township
from villageadmin.core.errors import RuleViolation, VillageAdminError
from villageadmin.core.expenses import REFUSED_STAGES
from villageadmin.core.money import fmt_yuan
from villageadmin.core.reports.expense_common import rmb_upper
from villageadmin.ui.context import AppContext
from villageadmin.ui.expenses.form import ExpenseLimitMeter
from villageadmin.ui.printing import print_or_save
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit
from villageadmin.ui.widgets.fields import DateField


def esc(text: Any) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def print_slip(parent: QWidget, ctx: AppContext, expense_id: int) -> None:
    from villageadmin.core.reports import expense_slip

    e = expenses.get_expense(ctx.store, ctx.actor, expense_id)
    store, actor = ctx.store, ctx.actor
    print_or_save(parent, lambda path: expense_slip.render(store, actor, expense_id, path),
                  f"{e['village_name']}{e['spent_on'][:4]}年第{e['seq']}号审批单.pdf")


class ExpenseStepDialog(BaseDialog):
    """Shows a request; offers the step its status allows to this account."""

    def __init__(self, ctx: AppContext, expense_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.ctx = ctx
        self.expense_id = expense_id
        self.setMinimumWidth(680)
        self.e = expenses.get_expense(ctx.store, ctx.actor, expense_id)
        e = self.e
        self.setWindowTitle(self.tr("Expense %1-%2").replace("%1", e["spent_on"][:4]).replace("%2", str(e["seq"])))
        self.action = self._action()
        step = {"village": self.tr("village approval"), "township": self.tr("township review"),
                "pay": self.tr("payment")}.get(self.action or "", e["status_label"])
        head = QLabel(self.tr("%1 %2-%3 — %4").replace("%1", e["village_name"]).replace("%2", e["spent_on"][:4])
                      .replace("%3", str(e["seq"])).replace("%4", step))
        head.setObjectName("dialogTitle")
        self.body.addWidget(head)
        facts = QLabel(self._facts_html())
        facts.setObjectName("expenseFacts")
        facts.setWordWrap(True)
        self.body.addWidget(facts)
        if e["reverses_id"] is None and e["status"] in ("pending", "township", "approved", "paid"):
            box = QGroupBox(self.tr("This kind's limit for the year"))
            bl = QVBoxLayout(box)
            self.limit_meter = ExpenseLimitMeter()
            bl.addWidget(self.limit_meter)
            committed = e["status"] != "pending"
            j = expenses.meter(ctx.store, ctx.actor, e["village_id"], e["kind"], dt.date.fromisoformat(e["spent_on"]),
                               e["amount_fen"], exclude_id=expense_id)
            if committed:
                j.ok, j.message = True, ""
            self.limit_meter.show_judgement(j)
            self.body.addWidget(box)
        history = QLabel(self._history_html())
        history.setObjectName("expenseHistory")
        history.setWordWrap(True)
        box = QGroupBox(self.tr("Steps so far"))
        QVBoxLayout(box).addWidget(history)
        self.body.addWidget(box)

        self.form = QFormLayout()
        self.refuse_button: QPushButton | None = None
        if self.action == "village":
            self._village_fields()
        elif self.action == "township":
            self._township_fields()
        elif self.action == "pay":
            self._pay_fields()
        self.body.addLayout(self.form)
        self.body.addStretch(1)
        save_text = {"village": self.tr("Approve"), "township": self.tr("Approve (township)"),
                     "pay": self.tr("Record payment")}.get(self.action or "")
        self.add_buttons(save=self.action is not None, print_=True, save_text=save_text)
        if self.action in ("village", "township"):
            self.refuse_button = QPushButton(self.tr("Refuse"))
            self.refuse_button.setObjectName("refuseButton")
            self.refuse_button.setToolTip(self.tr("Do not approve; the opinion says why"))
            self.refuse_button.clicked.connect(self.on_refuse)
            self.button_row.insertWidget(self.button_row.count() - 1, self.refuse_button)
        if self.action is None:
            for b in self.findChildren(QPushButton, "cancelButton"):
                b.setText(self.tr("Close"))
        self._dirty = False

    # -- what this account may do now ---------------------------------------------------------------
    def _action(self) -> str | None:
        e, actor = self.e, self.ctx.actor
        if e["reverses_id"] is not None:
            return None
        if e["status"] == "pending" and actor.may_write(e["village_id"]):
            return "village"
        if e["status"] == "township" and actor.is_admin:
            return "township"
        if e["status"] == "approved" and actor.may_write(e["village_id"]):
            return "pay"
        return None

    def _facts_html(self) -> str:
        e = self.e
        # Short facts two to a line, long ones on a line of their own: ten lines one under the other made the
        # approval dialog 722 px tall at least, past what a 1366×768 screen shows under the title bar.
        rows: list[list[tuple[str, str]]] = [
            [(self.tr("Village"), e["village_name"]), (self.tr("Number"), f"{e['spent_on'][:4]}年第 {e['seq']} 号")],
            [(self.tr("Date"), e["spent_on"]), (self.tr("Kind"), e["kind_name"])],
            [(self.tr("Amount"), f"<b>{fmt_yuan(e['amount_fen'])}</b> 元（{rmb_upper(e['amount_fen'])}）")],
            [(self.tr("Payee"), esc(e["payee"]))], [(self.tr("Purpose"), esc(e["purpose"]))],
            [(self.tr("Handler"), esc(e["handler_name"])),
             (self.tr("Receipts / paid by"), f"{e['receipts']} · {e['pay_method_label']}")],
            [(self.tr("Status"), f"<b>{esc(e['status_label'])}</b>")],
        ]
        if e["reverses_id"] is not None and e["original"]:
            o = e["original"]
            rows.append([(self.tr("Reverses"), f"{o['spent_on'][:4]}年第 {o['seq']} 号 · {esc(e['reason'])}")])
        if e["reversals"]:
            net = self.tr("net")
            rows.append([(self.tr("Reversed by"), "；".join(
                f"第 {r['seq']} 号 {fmt_yuan(r['amount_fen'])}（{esc(r['reason'])}）" for r in e["reversals"])
                + f"；{net} {fmt_yuan(e['net_fen'])}")])

        def line(pairs: list[tuple[str, str]]) -> str:
            cells = [f"<td style='color:#555'>{a}</td><td>{b}</td>" for a, b in pairs]
            if len(cells) == 1:
                cells = [cells[0].replace("<td>", "<td colspan='3'>", 1)]
            return "<tr>" + "".join(cells) + "</tr>"

        return "<table cellpadding='3'>" + "".join(line(r) for r in rows) + "</table>"

    def _history_html(self) -> str:
        e = self.e
        when = e["created_at"].replace("T", " ")
        name = e.get("recorded_by_name")
        if name and name != e["recorded_by"]:  # the account's name, with its user name to tell it apart
            lines = [self.tr("Recorded %1 by %2 (account %3)").replace("%1", when).replace("%2", esc(name))
                     .replace("%3", esc(e["recorded_by"]))]
        else:
            lines = [self.tr("Recorded %1 by account %2").replace("%1", when).replace("%2", esc(e["recorded_by"]))]
        if e["village_approved_at"]:
            who = esc(e["village_approver_name"])
            if e["second_signer_name"]:
                who += self.tr(" with second signer %1").replace("%1", esc(e["second_signer_name"]))
            lines.append(self.tr("Village approval: %1, %2 — “%3”").replace("%1", who)
                         .replace("%2", e["village_approved_at"].replace("T", " "))
                         .replace("%3", esc(e["village_opinion"])))
        if e["township_reviewed_at"]:
            lines.append(self.tr("Township review: %1, %2 — “%3”").replace("%1", esc(e["township_reviewer"]))
                         .replace("%2", e["township_reviewed_at"].replace("T", " "))
                         .replace("%3", esc(e["township_opinion"])))
        elif e["needs_township"] and e["status"] in ("pending", "township"):
            lines.append(self.tr("Township review: required for this amount"))
        if e["paid_on"]:
            lines.append(self.tr("Paid: %1 by %2").replace("%1", e["paid_on"]).replace("%2", esc(e["paid_by"])))
        if e["status"] in ("refused", "withdrawn"):
            lines.append("<span style='color:#b00020'>" + esc(REFUSED_STAGES.get(e["refused_stage"] or "", ""))
                         + f"（{esc(e['refused_by'])}，{(e['refused_at'] or '').replace('T', ' ')}）："
                         + esc(e["refused_reason"]) + "</span>")
        return "<br/>".join(lines)

    # -- the fields of each step ---------------------------------------------------------------------
    def _row(self, label: str, name: str, widget: QWidget) -> None:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(widget)
        col.addWidget(self.register_field(name, widget))
        self.form.addRow(label, box)

    def _village_fields(self) -> None:
        e = self.e
        pol = expenses.rules(self.ctx.store, dt.date.fromisoformat(e["spent_on"]))
        cadres = township.cadres(self.ctx.store, self.ctx.actor, e["village_id"])
        self.approver = QComboBox()
        self.approver.setObjectName("approver")
        for c in cadres:
            if c["id"] != e["handler_id"] and any(p in (c["post"] or "") for p in pol.approver_posts):
                self.approver.addItem(f"{c['name']}（{c['post']}）", c["id"])
        self._row(self.tr("Approved by:"), "approver", self.approver)
        self.second = QComboBox()
        self.second.setObjectName("secondSigner")
        self.second.addItem(self.tr("(not needed)") if not e["needs_second"] else self.tr("— choose —"), None)
        cadre = self.tr("cadre")
        for c in cadres:
            if c["id"] != e["handler_id"]:
                self.second.addItem(f"{c['name']}（{c['post'] or cadre}）", c["id"])
        self.second.setEnabled(bool(e["needs_second"]))
        self._row(self.tr("Second signer:"), "second_signer", self.second)
        self.opinion = line_edit(self.tr("opinion, e.g. 同意"))
        self.opinion.setObjectName("opinion")
        self.opinion.setText("同意")
        self._row(self.tr("Opinion:"), "opinion", self.opinion)

    def _township_fields(self) -> None:
        self.opinion = line_edit(self.tr("opinion, e.g. 同意"))
        self.opinion.setObjectName("opinion")
        self.opinion.setText("同意")
        self._row(self.tr("Township opinion:"), "opinion", self.opinion)

    def _pay_fields(self) -> None:
        self.paid_on = DateField()
        self.paid_on.setObjectName("paidOn")
        self._row(self.tr("Paid on:"), "paid_on", self.paid_on)
        self.paid_by = QComboBox()
        self.paid_by.setObjectName("paidBy")
        self.paid_by.setEditable(True)
        for c in township.cadres(self.ctx.store, self.ctx.actor, self.e["village_id"]):
            self.paid_by.addItem(c["name"])
        accountant = next((i for i in range(self.paid_by.count()) if "会计" in self._post_of(i)), 0)
        self.paid_by.setCurrentIndex(accountant)
        self._row(self.tr("Paid by (cashier):"), "paid_by", self.paid_by)

    def _post_of(self, i: int) -> str:
        rows = township.cadres(self.ctx.store, self.ctx.actor, self.e["village_id"])
        return str(rows[i]["post"] or "") if i < len(rows) else ""

    # -- doing it -------------------------------------------------------------------------------------
    def _confirm(self, reason: str) -> bool:
        return self.ctx.ask_password(self, reason)

    def on_save(self) -> None:
        self.clear_errors()
        e = self.e
        try:
            if self.action == "village":
                if not self._confirm(self.tr("Approving %1 yuan of village money.").replace(
                        "%1", fmt_yuan(e["amount_fen"]))):
                    return
                status = expenses.approve_village(self.ctx.store, self.ctx.actor, self.expense_id,
                                                  approver_id=self.approver.currentData(),
                                                  second_signer_id=self.second.currentData(),
                                                  opinion=self.opinion.text())
                if status == "township":
                    QMessageBox.information(self, self.tr("Approved by the village"),
                                            self.tr("Approved. This amount now goes to the township for review."))
            elif self.action == "township":
                if not self._confirm(self.tr("Township approval of %1 yuan.").replace("%1",
                                                                                      fmt_yuan(e["amount_fen"]))):
                    return
                expenses.review_township(self.ctx.store, self.ctx.actor, self.expense_id, approve=True,
                                         opinion=self.opinion.text())
            elif self.action == "pay":
                if not self._confirm(self.tr("Paying out %1 yuan.").replace("%1", fmt_yuan(e["amount_fen"]))):
                    return
                expenses.pay(self.ctx.store, self.ctx.actor, self.expense_id, paid_on=self.paid_on.value(),
                             paid_by=self.paid_by.currentText())
        except RuleViolation as exc:
            self.show_error(None, exc.message)
            if exc.code in ("over_item_limit", "over_annual_limit", "hospitality"):
                # the refusal is on record now: the list must show it
                self.ctx.notify("expenses")
                if self.save_button is not None:
                    self.save_button.setEnabled(False)
                if self.refuse_button is not None:
                    self.refuse_button.setEnabled(False)
            return
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("expenses")
        self.saved()

    def on_refuse(self) -> None:
        self.clear_errors()
        opinion = self.opinion.text().strip()
        if not opinion or opinion == "同意":
            self.show_error("opinion", self.tr("Write why it is not approved in the opinion."))
            return
        try:
            if self.action == "village":
                expenses.refuse_village(self.ctx.store, self.ctx.actor, self.expense_id,
                                        by_id=self.approver.currentData(), reason=opinion)
            else:
                expenses.review_township(self.ctx.store, self.ctx.actor, self.expense_id, approve=False,
                                         opinion=opinion)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("expenses")
        self.saved()

    def on_print(self) -> None:
        print_slip(self, self.ctx, self.expense_id)
