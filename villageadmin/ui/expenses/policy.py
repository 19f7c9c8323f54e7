"""The township's expense policy editor (administrator only): the kinds of non-productive spending, each
kind's limits, who may approve, the publication day, and the date the new policy takes effect."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QWidget)

from villageadmin.core import expenses, money
from villageadmin.core.clock import today
from villageadmin.core.errors import ValidationError, VillageAdminError
from villageadmin.core.expenses import KindRule
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit
from villageadmin.ui.widgets.fields import DateField

MONEY_COLUMNS = ("per_item_limit_fen", "annual_limit_fen", "township_review_above_fen", "second_signer_above_fen")


class ExpensePolicyDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.setWindowTitle(self.tr("Expense limits (township policy)"))
        self.ctx = ctx
        self.setMinimumSize(980, 560)
        pol = expenses.rules(ctx.store, today())
        if pol.default_to_confirm:
            note = QLabel(self.tr("These are the limits shipped with the app, not yet confirmed by the township. "
                                  "Check them, change what differs, and save to confirm."))
            note.setObjectName("defaultPolicyNote")
            note.setWordWrap(True)
            note.setStyleSheet("background: #fff4d6; color: #6b4100; padding: 8px; border-radius: 4px;")
            self.body.addWidget(note)
        intro = QLabel(self.tr("In force since %1. A change takes effect from the date below: every expense is "
                               "judged by the limits in force on its own date, so older records keep their "
                               "judgement.").replace("%1", pol.effective_from))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.body.addLayout(form)
        self.effective = DateField()
        self.effective.setObjectName("effectiveFrom")
        form.addRow(self.tr("Takes effect on:"), self.effective)
        self.register_field("effective_from", self.effective)

        self.table = QTableWidget(0, 7)
        self.table.setObjectName("kindsTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Kind"), self.tr("One item up to (yuan)"), self.tr("Year up to (yuan)"),
            self.tr("Township reviews above (yuan)"), self.tr("Second signer above (yuan)"),
            self.tr("Always refused"), self.tr("In use")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.codes: list[str] = []
        for k in pol.kinds.values():
            self._add_row(k)
        self.body.addWidget(self.table, 1)
        self.watch(self.table)
        self.table.itemChanged.connect(self.mark_dirty)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a kind"))
        add.setObjectName("addKind")
        add.clicked.connect(lambda: self._add_row(None))
        row.addWidget(add)
        row.addStretch(1)
        self.body.addLayout(row)
        self.register_field("kinds", self.table)

        form2 = QFormLayout()
        self.body.addLayout(form2)
        self.posts = line_edit(self.tr("e.g. 党支部书记、村委会主任"))
        self.posts.setObjectName("approverPosts")
        self.posts.setText("、".join(pol.approver_posts))
        form2.addRow(self.tr("Posts that approve:"), self.posts)
        self.register_field("approver_posts", self.posts)
        self.publish_day = QSpinBox()
        self.publish_day.setObjectName("publishByDay")
        self.publish_day.setRange(1, 28)
        self.publish_day.setValue(pol.publish_by_day)
        form2.addRow(self.tr("Post the month's spending by day of next month:"), self.publish_day)
        self.register_field("publish_by_day", self.publish_day)
        self.note = line_edit(self.tr("e.g. 乡党委会议 2027 年第 1 次会议核定"))
        self.note.setObjectName("policyNote")
        form2.addRow(self.tr("Decided by / note:"), self.note)
        self.add_buttons(save_text=self.tr("Save policy"))
        self._dirty = False

    def _add_row(self, k: KindRule | None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        if k is None:
            n = len(self.codes) + 1
            while f"custom{n}" in self.codes:
                n += 1
            k = KindRule(f"custom{n}", "", 0, 0, 0, 0)
        self.codes.append(k.code)
        self.table.setItem(r, 0, QTableWidgetItem(k.name))
        for c, attr in enumerate(MONEY_COLUMNS, 1):
            item = QTableWidgetItem(money.fmt_yuan(getattr(k, attr)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)
        for c, value in ((5, k.always_refused), (6, k.active)):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            self.table.setItem(r, c, item)
        if not k.name:
            self.table.setCurrentCell(r, 0)
            self.table.editItem(self.table.item(r, 0))

    def kinds(self) -> list[KindRule]:
        out = []
        for r in range(self.table.rowCount()):
            name = (self.table.item(r, 0).text() if self.table.item(r, 0) else "").strip()
            values = {}
            for c, attr in enumerate(MONEY_COLUMNS, 1):
                text = self.table.item(r, c).text() if self.table.item(r, c) else ""
                try:
                    values[attr] = money.parse_yuan(text, "kinds", allow_zero=True)
                except ValidationError as exc:
                    header = self.table.horizontalHeaderItem(c).text()
                    raise ValidationError("kinds", f"“{name or r + 1}”的{header}：{exc.message}",
                                          code=exc.code) from None
            out.append(KindRule(code=self.codes[r], name=name,
                                always_refused=self.table.item(r, 5).checkState() == Qt.CheckState.Checked,
                                active=self.table.item(r, 6).checkState() == Qt.CheckState.Checked, **values))
        return out

    def on_save(self) -> None:
        self.clear_errors()
        posts = [p for p in self.posts.text().replace(",", "、").replace("，", "、").split("、")]
        try:
            expenses.save_policy(self.ctx.store, self.ctx.actor, effective_from=self.effective.value(),
                                 kinds=self.kinds(), approver_posts=posts, publish_by_day=self.publish_day.value(),
                                 note=self.note.text())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("expenses")
        self.saved()
