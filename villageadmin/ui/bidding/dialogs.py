"""Bidding forms: a project (with the tender verdict shown live as money is typed), one lifecycle stage,
and the payments with their cap."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from villageadmin.core import bidding, money
from villageadmin.core.bidding_flags import add_months
from villageadmin.core.bidding import (AcceptanceInput, ApprovalInput, AuditInput, Bid, ConstructionInput, FundsInput,
                                       PaymentInput, ProjectInput, TenderInput)
from villageadmin.core.clock import today
from villageadmin.core.errors import ValidationError, VillageAdminError
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit, text_edit
from villageadmin.ui.widgets.fields import DateField, MoneyField
from villageadmin.ui.widgets.meter import Meter
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view


def _date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


def _field(form: QFormLayout, dialog: BaseDialog, name: str, label: str, widget: QWidget) -> QWidget:
    """A labelled field with its red error line underneath."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(widget)
    lay.addWidget(dialog.register_field(name, widget))
    form.addRow(label, box)
    return widget


class BiddingProjectDialog(BaseDialog):
    """Register a project or correct it. The tender verdict and its reason follow the money as it is typed."""

    def __init__(self, ctx: AppContext, village_id: int, project_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Project"))
        self.ctx = ctx
        self.village_id = village_id
        self.project_id = project_id
        form = QFormLayout()
        self.body.addLayout(form)
        self.name = _field(form, self, "name", self.tr("Project name"),
                           line_edit(self.tr("e.g. 村东道路硬化"), max_length=bidding.MAX_NAME))
        self.kind = QComboBox()
        for code, label in bidding.kinds(ctx.store).items():
            self.kind.addItem(label, code)
        _field(form, self, "kind", self.tr("Kind"), self.kind)
        self.place = _field(form, self, "place", self.tr("Place"), line_edit(self.tr("e.g. 三组")))
        self.registered_on = _field(form, self, "registered_on", self.tr("Date registered"), DateField())
        self.money: dict[str, MoneyField] = {}
        labels = {"township_fen": self.tr("Township investment (yuan)"),
                  "village_fen": self.tr("Village investment (yuan)"),
                  "grant_fen": self.tr("Grants from above (yuan)"),
                  "public_fen": self.tr("Raised from the public (yuan)"),
                  "other_fen": self.tr("Other money (yuan)")}
        for col, _label in bidding.SOURCES:
            f = MoneyField(field=col)
            f.setObjectName(col)
            self.money[col] = f
            _field(form, self, col, labels[col], f)
            f.textChanged.connect(self.update_verdict)
        self.public_interest = QCheckBox(self.tr("Touches public interest or public safety"))
        self.public_interest.setChecked(True)
        self.public_interest.setToolTip(self.tr("Projects of public interest or safety (roads, water, buildings) must "
                                                "be tendered publicly above the township's amounts; untick only "
                                                "when it truly does not apply"))
        _field(form, self, "public_interest", "", self.public_interest)
        self.note = _field(form, self, "note", self.tr("Note"), text_edit(min_height=50))
        self.total = QLabel()
        self.total.setObjectName("projectTotal")
        form.addRow(self.tr("Total"), self.total)
        self.verdict = QLabel()
        self.verdict.setObjectName("tenderVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.setMinimumHeight(60)
        self.body.addWidget(self.verdict)
        self.registered_on.dateChanged.connect(self.update_verdict)
        self.public_interest.toggled.connect(self.update_verdict)
        self.add_buttons(print_=project_id is not None)
        if project_id is not None:
            self._load(project_id)
        self.update_verdict()
        self._dirty = False
        self.resize(max(self.width(), 620), max(self.height(), 640))

    def _load(self, project_id: int) -> None:
        p = bidding.get_project(self.ctx.store, self.ctx.actor, project_id)
        self.setWindowTitle(self.tr("Project: %1").replace("%1", p["name"]))
        self.name.setText(p["name"])
        i = self.kind.findData(p["kind"])
        if i < 0:
            self.kind.addItem(p["kind_label"], p["kind"])
            i = self.kind.count() - 1
        self.kind.setCurrentIndex(i)
        self.place.setText(p["place"])
        self.registered_on.set_value(dt.date.fromisoformat(p["registered_on"]))
        for col, f in self.money.items():
            f.set_fen(p[col] or None)
        self.public_interest.setChecked(bool(p["public_interest"]))
        self.note.setPlainText(p["note"])
        locked = p["stage"] not in ("registered", "approval")
        for f in self.money.values():
            f.setReadOnly(locked)
        self.public_interest.setEnabled(not locked)
        self.registered_on.setEnabled(not locked)
        if locked:
            self.banner.setStyleSheet("color: #555555; padding: 4px;")
            self.banner.set_message(self.tr("The tender stage is recorded: the money can no longer be changed."))
        from villageadmin.ui.decisions.hooks import project_decision_label  # the linked 四议两公开 matter

        self.body.addWidget(project_decision_label(self.ctx, project_id))

    def amounts(self) -> dict[str, int | None]:
        return {col: (f.fen_or_none() if f.text().strip() else 0) for col, f in self.money.items()}

    def update_verdict(self, *args: object) -> None:
        """Ask the core, with the policy in force on the project's date, and show the answer and why."""
        amounts = self.amounts()
        bad = [col for col, v in amounts.items() if v is None]
        for col, f in self.money.items():
            self._errors[col].set_message(self.tr("Not an amount: write it like 1234.50") if col in bad else "")
        if bad:
            self.verdict.setText(self.tr("Check the amounts."))
            self.verdict.setStyleSheet("color: #555555;")
            return
        fen = {k: int(v or 0) for k, v in amounts.items()}
        self.total.setText("¥" + money.fmt_yuan(sum(fen.values())))
        v = bidding.tender_required(self.ctx.store, township_fen=fen["township_fen"], village_fen=fen["village_fen"],
                                    public_fen=fen["public_fen"], grant_fen=fen["grant_fen"],
                                    on=self.registered_on.value(), public_interest=self.public_interest.isChecked())
        self.verdict.setText(v.text())
        colour = "#b00020" if v.required else "#2e7d32"
        self.verdict.setStyleSheet(f"color: {colour}; font-size: 15pt; padding: 6px; border: 2px solid {colour};"
                                   " border-radius: 6px;")

    def data(self) -> ProjectInput:
        fen: dict[str, int] = {}
        for col, f in self.money.items():
            fen[col] = f.fen(allow_zero=True) if f.text().strip() else 0
        return ProjectInput(village_id=self.village_id, name=self.name.text(), kind=str(self.kind.currentData()),
                            registered_on=self.registered_on.value(), place=self.place.text(),
                            public_interest=self.public_interest.isChecked(), note=self.note.toPlainText(), **fen)

    def on_save(self) -> None:
        self.clear_errors()
        try:
            self.project_id = bidding.save_project(self.ctx.store, self.ctx.actor, self.data(),
                                                   project_id=self.project_id)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("bidding")
        self.saved()

    def on_print(self) -> None:
        print_project(self, self.ctx, self.project_id)


def print_project(parent: QWidget, ctx: AppContext, project_id: int | None) -> None:
    from villageadmin.core.reports import bidding as report
    from villageadmin.ui.printing import print_or_save

    if project_id is None:
        return
    store, actor = ctx.store, ctx.actor
    print_or_save(parent, lambda path: report.render_project(store, actor, project_id, path),
                  f"项目档案表-{project_id}.pdf")


class BiddingStageDialog(BaseDialog):
    """Record (or correct) one stage of the lifecycle. The core refuses a stage out of order."""

    def __init__(self, ctx: AppContext, project_id: int, stage: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id = project_id
        self.stage = stage
        self.p = bidding.get_project(ctx.store, ctx.actor, project_id)
        self.row: dict[str, Any] = self.p["stages"].get(stage) or {}
        stage_names = {"approval": self.tr("Approval (立项)"), "tender": self.tr("Tender (招投标)"),
                       "construction": self.tr("Construction (施工)"), "acceptance": self.tr("Acceptance (竣工验收)"),
                       "audit": self.tr("Audit (审计)"), "funds": self.tr("Settlement and retention (资金管理)")}
        self.setWindowTitle(f"{stage_names[stage]} — {self.p['name']}")
        steps = QLabel(" → ".join(f"<b>{label}</b>" if code == stage else label
                                  for code, label in bidding.STAGES.items()))
        steps.setObjectName("stageSteps")
        self.body.addWidget(steps)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        getattr(self, f"_build_{stage}")()
        self.add_buttons()
        self._dirty = False
        self.resize(max(self.width(), 760), max(self.height(), 700 if stage == "tender" else 460))

    def _date_field(self, name: str, label: str, iso: str | None) -> DateField:
        f = DateField(_date(iso) or today())
        _field(self.form, self, name, label, f)
        return f

    # -- one builder per stage ---------------------------------------------------------------------
    def _build_approval(self) -> None:
        self.approved_on = self._date_field("approved_on", self.tr("Approval date"), self.row.get("done_on"))
        self.doc_no = _field(self.form, self, "doc_no", self.tr("Approval document number"),
                             line_edit(self.tr("e.g. 白鹿村发〔2026〕3号")))
        self.doc_no.setText(self.row.get("doc_no", ""))
        self.note = _field(self.form, self, "note", self.tr("Note"), text_edit(min_height=50))

    def _build_tender(self) -> None:
        v = self.p["verdict"]
        verdict = QLabel(v.text())
        verdict.setObjectName("tenderVerdict")
        verdict.setWordWrap(True)
        verdict.setStyleSheet(f"color: {'#b00020' if v.required else '#2e7d32'}; font-size: 14pt;")
        self.form.addRow(verdict)
        self.method = QComboBox()
        self.method.setObjectName("method")
        for code, label in bidding.METHODS.items():
            self.method.addItem(label, code)
        _field(self.form, self, "method", self.tr("Method"), self.method)
        self.reason = _field(self.form, self, "reason", self.tr("Written reason for not using a public tender"),
                             text_edit(self.tr("Why not a public tender? The township bidding office will see it."),
                                       min_height=60))
        self.notice_on = self._date_field("notice_on", self.tr("Tender notice published"),
                                          self.row.get("notice_on"))
        self.opening_on = self._date_field("opening_on", self.tr("Bids opened (or award decided)"),
                                           self.row.get("done_on"))
        self.bids = QTableWidget(0, 3)
        self.bids.setObjectName("bidsTable")
        self.bids.setHorizontalHeaderLabels([self.tr("Bidder"), self.tr("Bid (yuan)"), self.tr("Winner")])
        self.bids.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bids.setMinimumHeight(160)
        _field(self.form, self, "bids", self.tr("Bidders and bids"), self.bids)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add bidder"))
        add.setObjectName("addBidder")
        add.clicked.connect(lambda: self.add_bid_row("", None, False))
        remove = QPushButton(self.tr("Remove selected bidder"))
        remove.clicked.connect(lambda: self.bids.removeRow(self.bids.currentRow()))
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        self.form.addRow("", row)
        self.note = _field(self.form, self, "note", self.tr("Note"), text_edit(min_height=40))
        if self.row:
            self.method.setCurrentIndex(self.method.findData(self.row["method"]))
            self.reason.setPlainText(self.row.get("method_reason") or "")
            for b in self.p["bids"]:
                self.add_bid_row(b["bidder"], b["amount_fen"], bool(b["is_winner"]))
        else:
            self.method.setCurrentIndex(self.method.findData("public" if v.required else "direct"))
            for _ in range(3 if v.required else 1):
                self.add_bid_row("", None, False)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

    def add_bid_row(self, bidder: str, amount_fen: int | None, winner: bool) -> None:
        r = self.bids.rowCount()
        self.bids.insertRow(r)
        self.bids.setItem(r, 0, QTableWidgetItem(bidder))
        self.bids.setItem(r, 1, QTableWidgetItem("" if amount_fen is None else money.fmt_yuan(amount_fen)))
        box = QCheckBox()
        box.setChecked(winner)
        box.toggled.connect(lambda on, b=box: self._one_winner(b) if on else None)
        self.bids.setCellWidget(r, 2, box)
        self.mark_dirty()

    def _one_winner(self, chosen: QCheckBox) -> None:
        for r in range(self.bids.rowCount()):
            b = self.bids.cellWidget(r, 2)
            if isinstance(b, QCheckBox) and b is not chosen:
                b.setChecked(False)

    def _method_changed(self, *args: object) -> None:
        public = self.method.currentData() == "public"
        self.reason.setEnabled(not public)
        self.notice_on.setEnabled(public or bool(self.row.get("notice_on")))

    def _bids(self) -> list[Bid]:
        out = []
        for r in range(self.bids.rowCount()):
            name = (self.bids.item(r, 0).text() if self.bids.item(r, 0) else "").strip()
            amount_text = (self.bids.item(r, 1).text() if self.bids.item(r, 1) else "").strip()
            box = self.bids.cellWidget(r, 2)
            if not name and not amount_text:
                continue
            amount = money.parse_yuan(amount_text, "bids") if amount_text else 0
            out.append(Bid(name, amount, isinstance(box, QCheckBox) and box.isChecked()))
        return out

    def _build_construction(self) -> None:
        self.contract_on = self._date_field("contract_on", self.tr("Contract signed"), self.row.get("done_on"))
        self.contract_fen = _field(self.form, self, "contract_fen", self.tr("Contract sum (yuan)"),
                                   MoneyField(field="contract_fen"))
        winner = next((b for b in self.p["bids"] if b["is_winner"]), None)
        self.contract_fen.set_fen(self.row.get("amount_fen") or (winner["amount_fen"] if winner else None))
        self.start_on = self._date_field("start_on", self.tr("Work starts"), self.row.get("start_on"))
        self.end_on = self._date_field("end_on", self.tr("Planned completion"), self.row.get("end_on"))
        self.contract_no = _field(self.form, self, "contract_no", self.tr("Contract number"), line_edit())
        self.contract_no.setText(self.row.get("doc_no", ""))
        self.note = _field(self.form, self, "note", self.tr("Note"), text_edit(min_height=40))

    def _build_acceptance(self) -> None:
        self.accepted_on = self._date_field("accepted_on", self.tr("Acceptance date"), self.row.get("done_on"))
        self.passed = QComboBox()
        self.passed.addItem(self.tr("Passed"), True)
        self.passed.addItem(self.tr("Failed"), False)
        if self.row.get("result") == "failed":
            self.passed.setCurrentIndex(1)
        _field(self.form, self, "passed", self.tr("Result"), self.passed)
        self.accepted_by = _field(self.form, self, "accepted_by", self.tr("Accepted by"),
                                  line_edit(self.tr("e.g. 乡招标办、村两委、监理")))
        self.accepted_by.setText(self.row.get("party", ""))
        self.note = _field(self.form, self, "note", self.tr("Problems and what must be put right"),
                           text_edit(min_height=50))

    def _build_audit(self) -> None:
        self.audited_on = self._date_field("audited_on", self.tr("Audit date"), self.row.get("done_on"))
        self.audited_fen = _field(self.form, self, "audited_fen", self.tr("Audited sum (yuan)"),
                                  MoneyField(field="audited_fen"))
        self.audited_fen.set_fen(self.row.get("amount_fen"))
        self.auditor = _field(self.form, self, "auditor", self.tr("Auditor"), line_edit(self.tr("e.g. 乡审计站")))
        self.auditor.setText(self.row.get("party", ""))
        self.report_no = _field(self.form, self, "report_no", self.tr("Audit report number"), line_edit())
        self.report_no.setText(self.row.get("doc_no", ""))
        self.note = _field(self.form, self, "note", self.tr("Note"), text_edit(min_height=40))

    def _build_funds(self) -> None:
        self.settled_on = self._date_field("settled_on", self.tr("Settlement date"), self.row.get("done_on"))
        self.retention_fen = _field(self.form, self, "retention_fen", self.tr("Retention held (yuan)"),
                                    MoneyField(field="retention_fen"))
        audited = (self.p["stages"].get("audit") or {}).get("amount_fen") or 0
        self.retention_fen.set_fen(self.row.get("amount_fen") if self.row else audited * 3 // 100)
        hint = QLabel(self.tr("Usually 3–5% of the audited sum, paid back when the warranty ends."))
        hint.setWordWrap(True)
        self.form.addRow("", hint)
        due = _date(self.row.get("end_on")) or add_months(today(), 12)  # (not .replace: 29 February)
        self.retention_due_on = _field(self.form, self, "retention_due_on", self.tr("Warranty ends"), DateField(due))
        self.note = _field(self.form, self, "note", self.tr("Note"), text_edit(min_height=40))

    # -- saving ---------------------------------------------------------------------------------------
    def stage_input(self) -> Any:
        note = self.note.toPlainText()
        s = self.stage
        if s == "approval":
            return ApprovalInput(self.approved_on.value(), self.doc_no.text(), note)
        if s == "tender":
            public = self.method.currentData() == "public"
            return TenderInput(str(self.method.currentData()), self.opening_on.value(),
                               self.notice_on.value() if (public or self.notice_on.isEnabled()) else None,
                               self._bids(), self.reason.toPlainText(), note)
        if s == "construction":
            return ConstructionInput(self.contract_on.value(), self.contract_fen.fen(), self.start_on.value(),
                                     self.end_on.value(), self.contract_no.text(), note)
        if s == "acceptance":
            return AcceptanceInput(self.accepted_on.value(), bool(self.passed.currentData()), self.accepted_by.text(),
                                   note)
        if s == "audit":
            return AuditInput(self.audited_on.value(), self.audited_fen.fen(), self.auditor.text(),
                              self.report_no.text(), note)
        retention = self.retention_fen.fen(allow_zero=True) if self.retention_fen.text().strip() else 0
        return FundsInput(self.settled_on.value(), retention, self.retention_due_on.value() if retention else None,
                          note)

    def on_save(self) -> None:
        self.clear_errors()
        try:
            bidding.record_stage(self.ctx.store, self.ctx.actor, self.project_id, self.stage_input())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("bidding")
        self.saved()


class BiddingPaymentsDialog(BaseDialog):
    """The payments of one project, the cap (contract before audit, audited sum after) and the retention."""

    def __init__(self, ctx: AppContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.project_id = project_id
        self.meter = Meter()
        self.meter.setObjectName("paymentMeter")
        self.body.addWidget(self.meter)
        self.cap_label = QLabel()
        self.cap_label.setObjectName("capLabel")
        self.cap_label.setWordWrap(True)
        self.body.addWidget(self.cap_label)
        self.model = DictTableModel([
            Column("paid_on", self.tr("Date")), Column("kind", self.tr("Kind"), lambda v, _r: bidding.PAYMENT_KINDS[v]),
            Column("amount_fen", self.tr("Amount (yuan)"), lambda v, _r: money.fmt_yuan(v), align_right=True),
            Column("payee", self.tr("Payee")), Column("voucher", self.tr("Voucher")), Column("note", self.tr("Note"))])
        self.view = make_table_view(self.model, name="paymentsTable", stretch=5)
        self.view.setMinimumHeight(160)
        self.body.addWidget(self.view, 1)
        form = QFormLayout()
        self.body.addLayout(form)
        self.paid_on = _field(form, self, "paid_on", self.tr("Payment date"), DateField())
        self.amount = _field(form, self, "amount_fen", self.tr("Amount (yuan)"), MoneyField(field="amount_fen"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Works payment"), "payment")
        self.kind.addItem(self.tr("Retention paid back"), "retention")
        _field(form, self, "kind", self.tr("Kind"), self.kind)
        self.payee = _field(form, self, "payee", self.tr("Payee"), line_edit())
        self.voucher = _field(form, self, "voucher", self.tr("Voucher number"), line_edit())
        self.add_button = QPushButton(self.tr("Record this payment"))
        self.add_button.setObjectName("addPayment")
        self.add_button.setProperty("primary", True)
        self.add_button.clicked.connect(self.add_payment)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button, 1)
        self.delete_button = QPushButton(self.tr("Delete the selected payment"))
        self.delete_button.setObjectName("deletePayment")
        self.delete_button.setToolTip(self.tr("Only for a payment entered by mistake; the audit log keeps it"))
        self.delete_button.clicked.connect(self.delete_payment)
        buttons.addWidget(self.delete_button)
        form.addRow("", buttons)
        self.add_buttons(save=False, cancel=True)
        for b in self.findChildren(QPushButton, "cancelButton"):
            b.setText(self.tr("Close"))
        self.load()
        self.resize(max(self.width(), 720), max(self.height(), 600))

    def load(self) -> None:
        p = bidding.get_project(self.ctx.store, self.ctx.actor, self.project_id)
        self.setWindowTitle(self.tr("Payments — %1").replace("%1", p["name"]))
        self.model.set_rows(p["payments"])
        cap = p["cap"]
        if not self.payee.text():
            self.payee.setText(p["contractor"])
        writable = self.ctx.actor.may_write(p["village_id"]) and cap.basis != "none"
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and bool(p["payments"]))
        if cap.basis == "none":
            text = self.tr("No construction contract yet: nothing can be paid.")
        else:
            basis = self.tr("audited sum") if cap.basis == "audit" else self.tr("contract sum")
            text = self.tr("Paid ¥%1 of the %2 ¥%3; ¥%4 can still be paid.") \
                .replace("%1", money.fmt_yuan(cap.paid_fen)).replace("%2", basis) \
                .replace("%3", money.fmt_yuan(cap.cap_fen)).replace("%4", money.fmt_yuan(cap.available_fen))
            if cap.retention_fen:
                text += " " + self.tr("Retention ¥%1, not yet paid back ¥%2.") \
                    .replace("%1", money.fmt_yuan(cap.retention_fen)) \
                    .replace("%2", money.fmt_yuan(cap.retention_held_fen))
            if cap.over_fen:
                text += " " + self.tr("Overpaid by ¥%1: it must be recovered.").replace("%1", money.fmt_yuan(cap.over_fen))
        self.cap_label.setText(text)
        self.cap_label.setStyleSheet("color: #b00020; font-weight: bold;" if cap.over_fen else "")
        self.meter.set_values(cap.cap_fen, cap.paid_fen, 0, self.tr("Paid, against the cap"))

    def delete_payment(self) -> None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            self.show_error("amount_fen", self.tr("Click a payment in the list first."))
            return
        row = self.model.row(idx.row())
        answer = QMessageBox.question(self, self.tr("Delete payment"),
                                      self.tr("Delete the payment of ¥%1 on %2? Only do this for a mistaken entry.")
                                      .replace("%1", money.fmt_yuan(row["amount_fen"])).replace("%2", row["paid_on"]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            bidding.delete_payment(self.ctx.store, self.ctx.actor, row["id"])
        except VillageAdminError as exc:
            self.show_error("amount_fen", exc.message)
            return
        self.ctx.notify("bidding")
        self.load()

    def add_payment(self) -> None:
        self.clear_errors()
        try:
            data = PaymentInput(self.paid_on.value(), self.amount.fen(), str(self.kind.currentData()),
                                self.payee.text(), self.voucher.text())
            bidding.add_payment(self.ctx.store, self.ctx.actor, self.project_id, data)
        except ValidationError as exc:
            self.show_exception(exc)
            return
        except VillageAdminError as exc:
            self.show_error("amount_fen", exc.message)
            return
        self.amount.clear()
        self.voucher.clear()
        self._dirty = False
        self.ctx.notify("bidding")
        self.load()



class BiddingKindsDialog(BaseDialog):
    """The township's list of project kinds: add, rename, retire (old projects keep theirs)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Project kinds"))
        self.ctx = ctx
        self.model = DictTableModel([
            Column("label", self.tr("Kind")),
            Column("active", self.tr("In use"), lambda v, _r: self.tr("yes") if v else self.tr("retired")),
            Column("used", self.tr("Projects"), align_right=True)])
        self.view = make_table_view(self.model, name="kindsTable", stretch=0)
        self.view.setMinimumHeight(220)
        self.body.addWidget(self.view, 1)
        form = QFormLayout()
        self.body.addLayout(form)
        self.label = _field(form, self, "label", self.tr("Name"), line_edit(self.tr("e.g. 桥梁"), max_length=20))
        row = QHBoxLayout()
        for text, name, slot in ((self.tr("Add as a new kind"), "addKind", self.add_kind),
                                 (self.tr("Rename the selected kind"), "renameKind", self.rename_kind),
                                 (self.tr("Retire / restore the selected kind"), "toggleKind", self.toggle_kind)):
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            row.addWidget(b)
        self.body.addLayout(row)
        self.add_buttons(save=False)
        for b in self.findChildren(QPushButton, "cancelButton"):
            b.setText(self.tr("Close"))
        self.load()

    def load(self) -> None:
        self.model.set_rows(bidding.kind_rows(self.ctx.store))

    def _selected(self) -> dict[str, Any] | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            self.show_error("label", self.tr("Click a kind in the list first."))
            return None
        return self.model.row(idx.row())

    def _do(self, fn: Any) -> None:
        self.clear_errors()
        try:
            fn()
        except VillageAdminError as exc:
            self.show_error("label", exc.message)
            return
        self.label.clear()
        self._dirty = False
        self.ctx.notify("bidding")
        self.load()

    def add_kind(self) -> None:
        self._do(lambda: bidding.add_kind(self.ctx.store, self.ctx.actor, self.label.text()))

    def rename_kind(self) -> None:
        r = self._selected()
        if r:
            self._do(lambda: bidding.save_kind(self.ctx.store, self.ctx.actor, code=r["code"], label=self.label.text(),
                                               active=bool(r["active"])))

    def toggle_kind(self) -> None:
        r = self._selected()
        if r:
            self._do(lambda: bidding.save_kind(self.ctx.store, self.ctx.actor, code=r["code"], label=r["label"],
                                               active=not r["active"]))
