"""Major matters page (重大事项 · 四议两公开): the village's matters with their current step and what is
overdue; for the township, every village's matters in one list."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTableView, QTabWidget,
                               QVBoxLayout, QWidget)

from villageadmin.core import decisions
from villageadmin.core.errors import VillageAdminError
from villageadmin.core.money import fmt_yuan
from villageadmin.ui import ops
from villageadmin.ui.context import AppContext
from villageadmin.ui.decisions.matter import DecisionMatterDialog
from villageadmin.ui.widgets.sqlmodel import SqlTableModel
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view


def _step_text(_v: Any, r: dict[str, Any]) -> str:
    return f"{r['steps_done']}/6"


def _overdue_color(r: dict[str, Any]) -> str | None:
    return "#b00020" if r["overdue"] else None


def _current_color(r: dict[str, Any]) -> str | None:
    phase = r["state"]["phase"]
    if phase == "failed" or r["overdue"]:
        return "#b00020"
    if phase == "done":
        return "#1b5e20"
    if phase == "closed":
        return "#757575"
    return None


class DecisionsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.new_button = QPushButton(self.tr("New major matter"))
        self.new_button.setObjectName("newMatter")
        self.new_button.setProperty("primary", True)
        self.new_button.setMinimumHeight(44)
        self.new_button.setToolTip(self.tr("Start a major matter: the branch's proposal comes first (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(self.new_matter)
        head.addWidget(self.new_button)
        lay.addLayout(head)
        explain = QLabel(self.tr("Major matters go through six steps in order: the party branch proposes → the two "
                                 "committees discuss → the party members' meeting deliberates → the villagers' "
                                 "(representatives') meeting decides → the decision is posted → the result is "
                                 "posted."))
        explain.setWordWrap(True)
        lay.addWidget(explain)
        bar = QHBoxLayout()
        self.open_only = QCheckBox(self.tr("Hide stopped matters"))
        self.open_only.setObjectName("openOnly")
        self.open_only.setToolTip(self.tr("Leave out the matters that were stopped (终止)"))
        self.overdue_only = QCheckBox(self.tr("Only overdue"))
        self.overdue_only.setObjectName("overdueOnly")
        self.overdue_only.setToolTip(self.tr("Show only the matters whose next step is late"))
        bar.addWidget(self.open_only)
        bar.addWidget(self.overdue_only)
        bar.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        bar.addWidget(self.summary)
        lay.addLayout(bar)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("decisionTabs")
        lay.addWidget(self.tabs, 1)
        cols = [
            Column("created_on", self.tr("Raised on")),
            Column("kind_label", self.tr("Kind")),
            Column("title", self.tr("Matter")),
            Column("amount_fen", self.tr("Money (yuan)"), lambda v, r: "" if v is None else fmt_yuan(v),
                   align_right=True),
            Column("steps_done", self.tr("Steps done"), _step_text, align_right=True),
            Column("current", self.tr("Where it stands"), color=_current_color),
            Column("overdue", self.tr("Overdue"), color=_overdue_color),
        ]
        self.model = DictTableModel(cols)
        self.view = make_table_view(self.model, name="mattersTable", stretch=6)
        self.view.doubleClicked.connect(lambda idx: self.open_matter(self.model.row(idx.row())))
        self.tabs.addTab(self.view, self.tr("This village"))
        self.all_model: SqlTableModel | None = None
        self._generation = 0  # answers from the background for an older choice are dropped
        if ctx.is_township:
            # Every village's matters: a page at a time as the list scrolls (a county has thousands).
            # Its list is built when the tab is first shown: the page opens on this village's list.
            self.all_model = SqlTableModel([Column("village_name", self.tr("Village")), *cols])
            self.all_view: QTableView | None = None
            self._all_tab = QWidget()
            QVBoxLayout(self._all_tab).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(self._all_tab, self.tr("All villages"))
        btns = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openMatter")
        self.open_button.setToolTip(self.tr("Open the selected matter: its timeline and next step"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteMatter")
        self.delete_button.setToolTip(self.tr("Delete a matter entered by mistake (only before any step)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button = QPushButton(self.tr("Print notice…"))
        self.print_button.setObjectName("printNotice")
        self.print_button.setToolTip(self.tr("Print the 公示 notice of the selected matter for the notice board"))
        self.print_button.clicked.connect(self.print_selected)
        btns.addWidget(self.open_button)
        btns.addWidget(self.delete_button)
        btns.addStretch(1)
        btns.addWidget(self.print_button)
        lay.addLayout(btns)
        self.open_only.toggled.connect(lambda *_: self.refresh())
        self.overdue_only.toggled.connect(lambda *_: self.refresh())
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        # Methods, not lambdas: the context outlives the page, and a lambda would keep a deleted page called.
        ctx.village_changed.connect(self._village_changed)
        ctx.data_changed.connect(self._data_changed)

    def _ensure_all_view(self) -> QTableView:
        if self.all_view is None:
            # Made in its tab: a finished table moved in is restyled again, with its headers and scroll bars.
            self.all_view = make_table_view(self.all_model, self._all_tab, name="allMattersTable", stretch=7)
            self.all_view.doubleClicked.connect(lambda idx: self.open_matter(self.all_model.row(idx.row())
                                                                             if self.all_model else {}))
            self._all_tab.layout().addWidget(self.all_view)
        return self.all_view

    def _village_changed(self, _village_id: int) -> None:
        self.refresh()

    def _data_changed(self, area: str) -> None:
        if area in ("decisions", "bidding"):
            self.refresh()

    def title(self) -> str:
        return self.tr("Major matters")

    def tooltip(self) -> str:
        return self.tr("四议两公开: major village matters step by step, with their meetings, votes and notices")

    @property
    def village_id(self) -> int | None:
        return self.ctx.current_village

    def _filter(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        if self.overdue_only.isChecked():
            rows = [r for r in rows if r["overdue"]]
        return rows

    def refresh(self) -> None:
        vid = self.village_id
        self.heading.setText(self.tr("Major matters — %1").replace("%1", self.ctx.village_name(vid)))
        writable = vid is not None and self.ctx.actor.may_write(vid)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        include_closed = not self.open_only.isChecked()
        self._generation += 1
        if self.tabs.currentIndex() == 1 and self.all_model is not None:
            self._ensure_all_view()
            self._refresh_all(include_closed)
            return
        rows = [] if vid is None else decisions.list_matters(self.ctx.store, self.ctx.actor, village_id=vid,
                                                             include_closed=include_closed)
        self.model.set_rows(self._filter(rows))
        self._show_summary(rows)

    def _refresh_all(self, include_closed: bool) -> None:
        """Every village: the first page of matters at once; the count of the overdue (which needs every
        matter's steps) from the background. "Only overdue" shows its list when that count comes."""
        assert self.all_model is not None
        store, actor, generation = self.ctx.store, self.ctx.actor, self._generation
        overdue_only = self.overdue_only.isChecked()
        if overdue_only:
            self.all_model.set_rows([])
        else:
            self.all_model.set_source(lambda offset, limit: decisions.list_matters(
                store, actor, include_closed=include_closed, limit=limit, offset=offset))
        self.summary.setText(self.tr("Counting…"))
        self.summary.setStyleSheet("")

        def done(rows: list[dict[str, Any]]) -> None:
            if generation != self._generation or self.all_model is None:
                return
            if overdue_only:
                self.all_model.set_rows(self._filter(rows))
            self._show_summary(rows)

        def start() -> None:
            if generation == self._generation:
                ops.run_op(self, lambda: decisions.list_matters(store, actor, include_closed=include_closed),
                           on_success=done)

        ops.after_paint(self, start)  # the count is Python work: not beside the first page's paint

    def _show_summary(self, rows: list[dict[str, Any]]) -> None:
        late = sum(1 for r in rows if r["overdue"])
        self.summary.setText(self.tr("%1 matters, %2 overdue").replace("%1", str(len(rows))).replace("%2", str(late)))
        self.summary.setStyleSheet("color: #b00020; font-weight: bold;" if late else "")

    def selected(self) -> dict[str, Any] | None:
        if self.tabs.currentIndex() == 1 and self.all_model is not None:
            idx = self._ensure_all_view().currentIndex()
            return self.all_model.row(idx.row()) if idx.isValid() else None
        idx = self.view.currentIndex()
        return self.model.row(idx.row()) if idx.isValid() else None

    def new_matter(self) -> None:
        if self.village_id is None:
            return
        DecisionMatterDialog(self.ctx, self.village_id, None, self).exec()
        self.refresh()

    def open_matter(self, row: dict[str, Any]) -> None:
        if not row:
            return
        DecisionMatterDialog(self.ctx, int(row["village_id"]), int(row["id"]), self).exec()
        self.refresh()

    def open_selected(self) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("Open"), self.tr("Click a matter in the list first."))
            return
        self.open_matter(row)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        ok = QMessageBox.question(self, self.tr("Delete major matter"),
                                  self.tr("Delete “%1”? Only a matter with no step recorded can be deleted.")
                                  .replace("%1", row["title"]))
        if ok != QMessageBox.StandardButton.Yes:
            return
        try:
            decisions.delete_matter(self.ctx.store, self.ctx.actor, int(row["id"]))
        except VillageAdminError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.message)
            return
        self.ctx.notify("decisions")

    def print_selected(self) -> None:
        from villageadmin.core.reports import notice
        from villageadmin.ui.printing import print_or_save

        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("Print"), self.tr("Click a matter in the list first."))
            return
        if row["state"]["last_step"] < 4 or row["state"]["phase"] == "failed":
            QMessageBox.information(self, self.tr("Print"),
                                    self.tr("There is no decision to post yet: the villagers' (representatives') "
                                            "meeting must decide first (step 4)."))
            return
        store, actor, mid = self.ctx.store, self.ctx.actor, int(row["id"])
        print_or_save(self, lambda path: notice.render(store, actor, mid, path),
                      f"{row['village_name']}-{row['title']}-公示")
