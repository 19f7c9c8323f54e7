"""Expenses page: the village's requests (paged from SQL), the month's ledger, and for the township all
villages side by side; new request, approval steps, reversal, withdrawal, printing, the policy editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTabWidget,
                               QVBoxLayout,
                               QWidget)

from villageadmin.core import expenses
from villageadmin.core.clock import today
from villageadmin.core.expense_views import ExpenseFilter
from villageadmin.ui.context import AppContext
from villageadmin.ui.expenses.form import ExpenseRequestForm
from villageadmin.ui.expenses.ledger import ExpenseLedgerView
from villageadmin.ui.expenses.models import ExpenseListModel
from villageadmin.ui.expenses.policy import ExpensePolicyDialog
from villageadmin.ui.expenses.reversal import ExpenseReversalDialog, ExpenseWithdrawDialog
from villageadmin.ui.expenses.steps import ExpenseStepDialog, print_slip
from villageadmin.ui.expenses.township import ExpenseTownshipView
from villageadmin.ui.widgets.table import make_table_view

class ExpensesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        # Built from the top down, each part put in its place before it is filled: a finished part moved
        # into the page restyles every widget in it again (a county first open's events: 450 → 120).
        head = QHBoxLayout()
        lay.addLayout(head)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.policy_button = QPushButton(self.tr("Expense limits…"))
        self.policy_button.setObjectName("expensePolicy")
        self.policy_button.setToolTip(self.tr("The township's limits for each kind of spending"))
        self.policy_button.setVisible(ctx.actor.is_admin)
        self.policy_button.clicked.connect(self.edit_policy)
        head.addWidget(self.policy_button)
        self.new_button = QPushButton(self.tr("New request"))
        self.new_button.setObjectName("newExpense")
        self.new_button.setProperty("primary", True)
        self.new_button.setMinimumHeight(44)
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip(self.tr("Record a request for non-productive spending (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_request)
        head.addWidget(self.new_button)
        self.policy_note = QLabel(self.tr("The expense limits are the app's defaults and are not yet confirmed by "
                                          "the township."))
        self.policy_note.setObjectName("defaultPolicyBanner")
        self.policy_note.setWordWrap(True)
        self.policy_note.setStyleSheet("background: #fff4d6; color: #6b4100; padding: 6px; border-radius: 4px;")
        # Hidden until refresh() knows the policy is unconfirmed: shown while the page was being built, the
        # wrapped note made the window grow taller than a 768-pixel screen for good (a window never shrinks).
        self.policy_note.hide()
        lay.addWidget(self.policy_note)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("expenseTabs")
        lay.addWidget(self.tabs, 1)
        w = QWidget()
        self.tabs.addTab(w, self.tr("Requests"))
        wl = QVBoxLayout(w)
        bar = QHBoxLayout()
        wl.addLayout(bar)
        self.scope = QComboBox(w)
        self.scope.setObjectName("expenseScope")
        bar.addWidget(self.scope)
        self.scope.addItem(self.tr("This village"), "village")
        if ctx.is_township:
            self.scope.addItem(self.tr("All villages"), "all")
        self.scope.setVisible(ctx.is_township)
        bar.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox(w)
        self.year.setObjectName("expenseYear")
        bar.addWidget(self.year)
        self.year.addItem(self.tr("All years"), None)
        for y in range(today().year, today().year - 11, -1):
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(1)
        bar.addWidget(QLabel(self.tr("Show:")))
        self.status = QComboBox(w)
        self.status.setObjectName("expenseStatus")
        bar.addWidget(self.status)
        for label, statuses in ((self.tr("All"), ()), (self.tr("Waiting for approval"), ("pending", "township")),
                                (self.tr("Approved, not paid"), ("approved",)), (self.tr("Paid"), ("paid",)),
                                (self.tr("Refused or withdrawn"), ("refused", "withdrawn"))):
            self.status.addItem(label, statuses)
        bar.addWidget(QLabel(self.tr("Kind:")))
        self.kind = QComboBox(w)
        self.kind.setObjectName("expenseKind")
        bar.addWidget(self.kind)
        self.kind.addItem(self.tr("All kinds"), None)
        for code, name in expenses.kind_names(ctx.store).items():
            self.kind.addItem(name, code)
        bar.addStretch(1)
        self.model = ExpenseListModel(ctx, self)
        self.view = make_table_view(self.model, w, name="expensesTable")
        header = self.view.horizontalHeader()
        # The purpose gets a readable width of its own (it was squeezed to "…" when the other columns
        # filled the view); the refusal reason, empty on most rows, takes what is left.
        purpose = self.model.column_index("purpose")
        header.setSectionResizeMode(purpose, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(purpose, 220)
        reason = self.model.column_index("refused_reason")
        header.setSectionResizeMode(reason, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.view.setSortingEnabled(True)
        self.view.doubleClicked.connect(lambda *_: self.open_selected())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        wl.addWidget(self.view, 1)
        row = QHBoxLayout()
        wl.addLayout(row)
        self.open_button = self._button(self.tr("Approve / pay…"), "openExpense", self.open_selected,
                                        self.tr("Open the request: approve it, review it, or record the payment"), w)
        self.edit_button = self._button(self.tr("Correct request…"), "editExpense", self.edit_selected,
                                        self.tr("Correct a request still waiting for village approval"), w)
        self.withdraw_button = self._button(self.tr("Withdraw…"), "withdrawExpense", self.withdraw_selected,
                                            self.tr("Withdraw a request not yet approved; it stays on file as "
                                                    "withdrawn"), w)
        self.reverse_button = self._button(self.tr("Reverse…"), "reverseExpense", self.reverse_selected,
                                           self.tr("Correct a booked entry with a reversing entry (红字冲销)"), w)
        self.print_button = self._button(self.tr("Print approval slip…"), "printSlip", self.print_selected,
                                         self.tr("Print the approval slip (审批单) of the selected request"), w)
        for b in (self.open_button, self.edit_button, self.withdraw_button, self.reverse_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.print_button)
        # The ledger and the all-villages tab are built when first shown (or asked for): on a county archive
        # building their widgets, tables and chart doubled the time to the first painted list of requests.
        self._ledger: ExpenseLedgerView | None = None
        self._township_view: ExpenseTownshipView | None = None
        self._ledger_tab, self._ledger_holder = self._holder()
        self.tabs.addTab(self._ledger_tab, self.tr("Monthly ledger"))
        self._township_tab, self._township_holder = self._holder()
        if ctx.is_township:
            self.tabs.addTab(self._township_tab, self.tr("All villages"))
        for combo in (self.scope, self.year, self.status, self.kind):
            combo.currentIndexChanged.connect(lambda *_: self.load_list())
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        ctx.village_changed.connect(lambda *_: self.refresh())
        ctx.data_changed.connect(lambda area: self.refresh() if area == "expenses" else None)

    @staticmethod
    def _holder() -> tuple[QWidget, QVBoxLayout]:
        """An empty tab and its layout, to put the tab's view in when it is first shown."""
        tab = QWidget()
        hl = QVBoxLayout(tab)
        hl.setContentsMargins(0, 0, 0, 0)
        return tab, hl

    @property
    def ledger(self) -> ExpenseLedgerView:
        """The monthly ledger tab, built on first use."""
        if self._ledger is None:
            self._ledger = ExpenseLedgerView(self.ctx, self._ledger_tab)  # made in its tab: not restyled again
            self._ledger.setObjectName("expenseLedger")
            self._ledger_holder.addWidget(self._ledger)
        return self._ledger

    @property
    def township_view(self) -> ExpenseTownshipView | None:
        """The all-villages tab (township accounts only), built on first use."""
        if self._township_view is None and self.ctx.is_township:
            self._township_view = ExpenseTownshipView(self.ctx, self._township_tab)
            self._township_view.setObjectName("expenseTownship")
            self._township_view.village_chosen.connect(self._show_village)
            self._township_holder.addWidget(self._township_view)
        return self._township_view

    def title(self) -> str:
        return self.tr("Expenses")

    def tooltip(self) -> str:
        return self.tr("Non-productive expenses: limits, approval, ledger and publicity (非生产性开支)")

    def _button(self, text: str, name: str, slot: Any, tip: str = "", parent: QWidget | None = None) -> QPushButton:
        b = QPushButton(text, parent)
        b.setObjectName(name)
        b.setMinimumHeight(40)
        if tip:
            b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    @property
    def village_id(self) -> int | None:
        return self.ctx.current_village

    def all_villages(self) -> bool:
        return self.ctx.is_township and self.scope.currentData() == "all"

    def refresh(self) -> None:
        vid = self.village_id
        self.heading.setText(self.tr("Non-productive expenses — %1").replace(
            "%1", self.tr("all villages") if self.all_villages() else self.ctx.village_name(vid)))
        self.new_button.setEnabled(vid is not None and self.ctx.actor.may_write(vid))
        self.policy_note.setVisible(expenses.rules(self.ctx.store, today()).default_to_confirm)
        idx = self.tabs.currentIndex()
        if idx == 0:
            self.load_list()
        elif idx == 1:
            self.ledger.set_village(vid)
        elif self.township_view is not None:
            self.township_view.refresh()

    def load_list(self) -> None:
        vid = self.village_id
        f = ExpenseFilter(village_id=None if self.all_villages() else vid, year=self.year.currentData(),
                          kind=self.kind.currentData(), statuses=self.status.currentData() or ())
        if vid is None and not self.all_villages():
            f = ExpenseFilter(village_id=-1)
        self.view.setColumnHidden(self.model.column_index("village_name"), not self.all_villages())
        if f.village_id == -1:
            self.model.beginResetModel()
            self.model.rows, self.model.more = [], False
            self.model.endResetModel()
        else:
            self.model.set_filter(f)
        self.update_buttons()

    def selected(self, quiet: bool = False) -> dict[str, Any] | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            if not quiet:
                QMessageBox.information(self, self.tr("Expenses"), self.tr("Click a request in the list first."))
            return None
        return self.model.row(idx.row())

    def update_buttons(self) -> None:
        r = self.selected(quiet=True)
        writable = r is not None and self.ctx.actor.may_write(r["village_id"])
        pending = r is not None and r["status"] == "pending"
        self.edit_button.setEnabled(writable and pending)
        self.withdraw_button.setEnabled(writable and pending)
        self.reverse_button.setEnabled(writable and r is not None and r["reverses_id"] is None
                                       and r["status"] in ("approved", "paid"))
        self.open_button.setEnabled(r is not None)
        self.print_button.setEnabled(r is not None)

    # -- actions ------------------------------------------------------------------------------------
    def new_request(self) -> None:
        if self.village_id is not None:
            ExpenseRequestForm(self.ctx, self.village_id, None, self).exec()

    def open_selected(self) -> None:
        r = self.selected()
        if r:
            ExpenseStepDialog(self.ctx, r["id"], self).exec()

    def edit_selected(self) -> None:
        r = self.selected()
        if r:
            ExpenseRequestForm(self.ctx, r["village_id"], r["id"], self).exec()

    def withdraw_selected(self) -> None:
        r = self.selected()
        if r:
            ExpenseWithdrawDialog(self.ctx, r["id"], self).exec()

    def reverse_selected(self) -> None:
        r = self.selected()
        if r:
            ExpenseReversalDialog(self.ctx, r["id"], self).exec()

    def print_selected(self) -> None:
        r = self.selected()
        if r:
            print_slip(self, self.ctx, r["id"])

    def edit_policy(self) -> None:
        ExpensePolicyDialog(self.ctx, self).exec()

    def _show_village(self, village_id: int) -> None:
        self.ctx.set_current_village(village_id)
        self.scope.setCurrentIndex(0)
        self.tabs.setCurrentIndex(0)
        self.refresh()
