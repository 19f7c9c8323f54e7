"""Cadres page: the cadre team, the reserve pool, cultivation, reviews to do, and statistics."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (QComboBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QScrollArea,
                               QTabWidget, QVBoxLayout, QWidget)

from villageadmin.core import cadre_reviews, cadre_stats, cadres
from villageadmin.core.clock import today
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui import ops
from villageadmin.ui.cadres.dialogs import (CadreAppointDialog, CadreLeaveDialog, CadreMemberDialog,
                                            ReserveCandidateDialog)
from villageadmin.ui.cadres.records import CadreAssessmentDialog, CadreCultivationDialog, CadreReviewDialog
from villageadmin.ui.cadres.stats import CadreStatsView
from villageadmin.ui.context import AppContext
from villageadmin.ui.printing import print_or_save
from villageadmin.ui.widgets.lazytabs import LazyTabsMixin
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view

TAB_TEAM, TAB_POOL, TAB_CULTIVATION, TAB_REVIEWS, TAB_STATS = range(5)


def _yes(v: Any, _r: dict[str, Any]) -> str:
    return "✓" if v else ""


def _score(v: Any, _r: dict[str, Any]) -> str:
    return "" if v is None else f"{v:g}"


# The parts of each tab built only when the tab is first shown (see CadresPage.__getattr__).
_LAZY_PARTS: dict[str, int] = {
    **dict.fromkeys(("team_model", "team_view", "add_cadre_button", "cadre_leaves_button"), TAB_TEAM),
    **dict.fromkeys(("pool_status", "pool_key_label", "pool_model", "pool_view", "add_candidate_button",
                     "tier_button", "appoint_button", "leave_button"), TAB_POOL),
    **dict.fromkeys(("cult_year", "cult_model", "cult_view", "add_cult_button", "assess_button",
                     "delete_cult_button"), TAB_CULTIVATION),
    **dict.fromkeys(("review_model", "review_view", "record_review_button"), TAB_REVIEWS),
    **dict.fromkeys(("stats_view",), TAB_STATS),
}


class CadresPage(LazyTabsMixin, QWidget):
    LAZY_PARTS = _LAZY_PARTS
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        head.addWidget(self.heading)
        head.addStretch(1)
        lay.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("cadresTabs")
        lay.addWidget(self.tabs, 1)
        # A tab's lists and buttons are built when it is first shown (or one of its parts is asked for): at
        # county scale building all five tabs took most of the page's first opening. The township's
        # "show" choices of the reviews and statistics tabs are built at once, so they can be set first.
        self._writable = False
        self._built: set[int] = set()
        self._tab_pages: list[QWidget] = []
        for label in (self.tr("Cadre team"), self.tr("Reserve pool"), self.tr("Cultivation"),
                      self.tr("Reviews to do"), self.tr("Statistics")):
            w = QWidget()
            QVBoxLayout(w)
            self._tab_pages.append(w)
            self.tabs.addTab(w, label)
        self._reviews_bar()
        self._stats_bar()
        self._ensure_tab(TAB_TEAM)
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        # Methods, not lambdas: the context outlives the page, and a lambda would keep a deleted page called.
        ctx.village_changed.connect(self._village_changed)
        ctx.data_changed.connect(self._data_changed)

    def _village_changed(self, _village_id: int) -> None:
        self.refresh()

    def _data_changed(self, area: str) -> None:
        if area == "cadres":
            self.refresh()

    def title(self) -> str:
        return self.tr("Cadres")

    def tooltip(self) -> str:
        return self.tr("The cadre team, the reserve pool, cultivation, reviews after appointment, statistics")

    @property
    def village_id(self) -> int | None:
        return self.ctx.current_village

    def _tips(self) -> dict[str, str]:
        """What each button does, for the buttons made without a tooltip of their own."""
        return {
            "editCadre": self.tr("Open the selected cadre's record (or double-click the row)"),
            "cadreLeaves": self.tr("Record that the selected cadre leaves the post (the record is kept)"),
            "editCandidate": self.tr("Open the selected reserve candidate's record (or double-click the row)"),
            "appoint": self.tr("Appoint the selected candidate to a post on the village team"),
            "leavePool": self.tr("Take the selected candidate out of the reserve pool, with the reason"),
            "printCandidateFile": self.tr("Print the selected candidate's file sheet (后备干部履历表)"),
            "printRoster": self.tr("Print this village's roster of reserve candidates (后备干部名册)"),
            "exportRoster": self.tr("This village's roster as an Excel workbook"),
            "addAssessment": self.tr("Record the selected candidate's yearly assessment (年度考核)"),
            "deleteCultivation": self.tr("Delete the selected cultivation entry made by mistake (you are asked "
                                         "first)"),
            "printAllRoster": self.tr("Print the rosters of every village, one after another"),
            "exportAllRoster": self.tr("Every village's roster in one Excel workbook"),
        }

    def _button(self, text: str, name: str, slot: Any, *, primary: bool = False, tip: str = "") -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.setMinimumHeight(40)
        if primary:
            b.setProperty("primary", True)
        tip = tip or self._tips().get(name, "")
        if tip:
            b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def _scope_combo(self, name: str, parent: QWidget) -> QComboBox:
        # Made in its tab (as the tables are): a finished combo box moved into the page is restyled again,
        # with its popup list.
        c = QComboBox(parent)
        c.setObjectName(name)
        c.addItem(self.tr("This village"), "village")
        c.addItem(self.tr("All villages"), "all")
        c.currentIndexChanged.connect(lambda *_: self.refresh())
        return c

    # -- tabs ---------------------------------------------------------------------------------
    def _ensure_tab(self, idx: int) -> None:
        if idx in self._built:
            return
        self._built.add(idx)
        (self._team_tab, self._pool_tab, self._cultivation_tab, self._reviews_tab, self._stats_tab)[idx]()
        for b in self._tab_buttons(idx):
            b.setEnabled(self._writable)

    def _tab_buttons(self, idx: int) -> list[QPushButton]:
        if idx not in self._built:
            return []
        if idx == TAB_TEAM:
            return [self.add_cadre_button, self.cadre_leaves_button]
        if idx == TAB_POOL:
            return [self.add_candidate_button, self.tier_button, self.appoint_button, self.leave_button]
        if idx == TAB_CULTIVATION:
            return [self.add_cult_button, self.assess_button, self.delete_cult_button]
        return []

    def _team_tab(self) -> None:
        w = self._tab_pages[TAB_TEAM]
        lay = w.layout()
        self.team_model = DictTableModel([
            Column("name", self.tr("Name")), Column("post", self.tr("Post")), Column("sex", self.tr("Sex")),
            Column("age", self.tr("Age"), align_right=True), Column("schooling", self.tr("Schooling")),
            Column("party_member", self.tr("Party member"), _yes),
            Column("appointed_on", self.tr("Appointed on")), Column("term_start", self.tr("Term began")),
            Column("candidate_id", self.tr("From the pool"), _yes),
            Column("next_review", self.tr("Next review"),
                   color=lambda r: "#b00020" if r.get("review_overdue") else None),
        ])
        self.team_view = make_table_view(self.team_model, w, name="teamTable", stretch=9)
        self.team_view.doubleClicked.connect(lambda *_: self.edit_cadre())
        lay.addWidget(self.team_view, 1)
        row = QHBoxLayout()
        self.add_cadre_button = self._button(self.tr("Add cadre…"), "addCadre", self.add_cadre, primary=True,
                                             tip=self.tr("Add a member of the cadre team who did not come from the pool"))
        row.addWidget(self.add_cadre_button)
        row.addWidget(self._button(self.tr("Open…"), "editCadre", self.edit_cadre))
        self.cadre_leaves_button = self._button(self.tr("Leaves the post…"), "cadreLeaves", self.cadre_leaves)
        row.addWidget(self.cadre_leaves_button)
        row.addStretch(1)
        row.addWidget(self._button(self.tr("Print file sheet…"), "printCadreFile", self.print_cadre_file,
                                   tip=self.tr("Print the selected cadre's 履历表")))
        lay.addLayout(row)

    def _pool_tab(self) -> None:
        lay = self._tab_pages[TAB_POOL].layout()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        self.pool_status = QComboBox(lay.parentWidget())
        self.pool_status.setObjectName("poolStatus")
        self.pool_status.addItem(self.tr("In the pool"), "pool")
        self.pool_status.addItem(self.tr("Appointed"), "appointed")
        self.pool_status.addItem(self.tr("Left the pool"), "left")
        self.pool_status.addItem(self.tr("Everyone"), None)
        self.pool_status.currentIndexChanged.connect(lambda *_: self.load_pool())
        bar.addWidget(self.pool_status)
        bar.addSpacing(20)
        self.pool_key_label = QLabel()
        self.pool_key_label.setObjectName("poolKeyLabel")
        bar.addWidget(self.pool_key_label, 1)
        lay.addLayout(bar)
        self.pool_model = DictTableModel([
            Column("name", self.tr("Name")), Column("sex", self.tr("Sex")),
            Column("age", self.tr("Age"), align_right=True), Column("schooling", self.tr("Schooling")),
            Column("party_status", self.tr("Political status")), Column("occupation", self.tr("Occupation")),
            Column("entered_on", self.tr("Entered")), Column("exam_score", self.tr("Exam"), _score, align_right=True),
            Column("interview_score", self.tr("Interview"), _score, align_right=True),
            Column("tier_label", self.tr("Tier"), color=lambda r: "#1f4e8c" if r["tier"] == "key" else None),
            Column("mentor", self.tr("Mentor")), Column("status_label", self.tr("Status")),
        ])
        self.pool_view = make_table_view(self.pool_model, lay.parentWidget(), name="poolTable", stretch=5)
        self.pool_view.doubleClicked.connect(lambda *_: self.edit_candidate())
        lay.addWidget(self.pool_view, 1)
        row = QHBoxLayout()
        self.add_candidate_button = self._button(self.tr("Add candidate…"), "addCandidate", self.add_candidate,
                                                 primary=True, tip=self.tr("Enter a person into the reserve pool"))
        row.addWidget(self.add_candidate_button)
        row.addWidget(self._button(self.tr("Open…"), "editCandidate", self.edit_candidate))
        self.tier_button = self._button(self.tr("Key / general"), "toggleTier", self.toggle_tier,
                                        tip=self.tr("Name the selected person a key candidate (重点培养), or back"))
        row.addWidget(self.tier_button)
        self.appoint_button = self._button(self.tr("Appoint to a post…"), "appoint", self.appoint)
        row.addWidget(self.appoint_button)
        self.leave_button = self._button(self.tr("Leaves the pool…"), "leavePool", self.leave_pool)
        row.addWidget(self.leave_button)
        row.addStretch(1)
        row.addWidget(self._button(self.tr("Print file sheet…"), "printCandidateFile", self.print_candidate_file))
        row.addWidget(self._button(self.tr("Print roster…"), "printRoster", lambda: self.print_roster(all_=False)))
        row.addWidget(self._button(self.tr("Export to Excel…"), "exportRoster", lambda: self.export_roster(all_=False)))
        lay.addLayout(row)

    def _cultivation_tab(self) -> None:
        lay = self._tab_pages[TAB_CULTIVATION].layout()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Year:")))
        self.cult_year = QComboBox(lay.parentWidget())
        self.cult_year.setObjectName("cultivationYear")
        self.cult_year.addItem(self.tr("All years"), None)
        for y in range(today().year, today().year - 10, -1):
            self.cult_year.addItem(str(y), y)
        self.cult_year.setCurrentIndex(1)
        self.cult_year.currentIndexChanged.connect(lambda *_: self.load_cultivation())
        bar.addWidget(self.cult_year)
        bar.addStretch(1)
        lay.addLayout(bar)
        self.cult_model = DictTableModel([
            Column("start_on", self.tr("Date")), Column("end_on", self.tr("Until")),
            Column("person", self.tr("Person")), Column("kind_label", self.tr("Kind")),
            Column("title", self.tr("Content")), Column("partner", self.tr("With / where")),
        ])
        self.cult_view = make_table_view(self.cult_model, lay.parentWidget(), name="cultivationTable", stretch=4)
        lay.addWidget(self.cult_view, 1)
        row = QHBoxLayout()
        self.add_cult_button = self._button(self.tr("New record…"), "addCultivation", self.add_cultivation,
                                            primary=True, tip=self.tr("Training, a talk, a temporary post or pairing "
                                                                      "— for one person or several at once"))
        row.addWidget(self.add_cult_button)
        self.assess_button = self._button(self.tr("Yearly assessment…"), "addAssessment", self.add_assessment)
        row.addWidget(self.assess_button)
        self.delete_cult_button = self._button(self.tr("Delete"), "deleteCultivation", self.delete_cultivation)
        row.addWidget(self.delete_cult_button)
        row.addStretch(1)
        lay.addLayout(row)

    def _reviews_bar(self) -> None:
        lay = self._tab_pages[TAB_REVIEWS].layout()
        bar = QHBoxLayout()
        self.reviews_scope = self._scope_combo("reviewsScope", lay.parentWidget())
        if self.ctx.is_township:
            bar.addWidget(QLabel(self.tr("Show:")))
            bar.addWidget(self.reviews_scope)
        else:
            self.reviews_scope.hide()
        intro = QLabel(self.tr("Newly appointed cadres are reviewed at 3 months (work plan), 6 months (special "
                               "assessment), 1 year (keep or adjust), then every year. Listed: reviews overdue or "
                               "due within %1 days.").replace("%1", str(cadre_reviews.due_soon_days(self.ctx.store))))
        intro.setWordWrap(True)
        bar.addWidget(intro, 1)
        lay.addLayout(bar)

    def _reviews_tab(self) -> None:
        lay = self._tab_pages[TAB_REVIEWS].layout()
        self.review_model = DictTableModel([
            Column("village_name", self.tr("Village")), Column("name", self.tr("Name")), Column("post", self.tr("Post")),
            Column("label", self.tr("Review")), Column("due_on", self.tr("Due on")),
            Column("state", self.tr("State"), color=lambda r: "#b00020" if r["overdue"] else "#8a5300"),
        ])
        self.review_view = make_table_view(self.review_model, lay.parentWidget(), name="reviewsTable", stretch=3)
        self.review_view.doubleClicked.connect(lambda *_: self.record_review())
        lay.addWidget(self.review_view, 1)
        row = QHBoxLayout()
        self.record_review_button = self._button(self.tr("Record review…"), "recordReview", self.record_review,
                                                 primary=True, tip=self.tr("Record the selected review as held"))
        row.addWidget(self.record_review_button)
        row.addStretch(1)
        lay.addLayout(row)

    def _stats_bar(self) -> None:
        lay = self._tab_pages[TAB_STATS].layout()
        bar = QHBoxLayout()
        self.stats_scope = self._scope_combo("statsScope", lay.parentWidget())
        if self.ctx.is_township:
            bar.addWidget(QLabel(self.tr("Show:")))
            bar.addWidget(self.stats_scope)
            bar.addStretch(1)
            bar.addWidget(self._button(self.tr("Print roster of all villages…"), "printAllRoster",
                                       lambda: self.print_roster(all_=True)))
            bar.addWidget(self._button(self.tr("Export all villages to Excel…"), "exportAllRoster",
                                       lambda: self.export_roster(all_=True)))
        else:
            self.stats_scope.hide()
            bar.addStretch(1)
        lay.addLayout(bar)

    def _stats_tab(self) -> None:
        lay = self._tab_pages[TAB_STATS].layout()
        # The scroll area in its place first, the statistics made in it: not restyled again when moved in.
        scroll = QScrollArea(lay.parentWidget())
        scroll.setWidgetResizable(True)
        lay.addWidget(scroll, 1)
        self.stats_view = CadreStatsView(scroll.viewport())
        self.stats_view.setObjectName("cadreStats")
        scroll.setWidget(self.stats_view)

    # -- loading --------------------------------------------------------------------------------
    def refresh(self) -> None:
        vid = self.village_id
        self.heading.setText(self.tr("Cadres — %1").replace("%1", self.ctx.village_name(vid)))
        self._writable = vid is not None and self.ctx.actor.may_write(vid)
        idx = self.tabs.currentIndex()
        self._ensure_tab(idx)
        for i in range(self.tabs.count()):
            for b in self._tab_buttons(i):
                b.setEnabled(self._writable)
        loader = {TAB_TEAM: self.load_team, TAB_POOL: self.load_pool, TAB_CULTIVATION: self.load_cultivation,
                  TAB_REVIEWS: self.load_reviews, TAB_STATS: self.load_stats}[idx]
        loader()

    def load_team(self) -> None:
        vid = self.village_id
        if vid is None:
            self.team_model.set_rows([])
            return
        rows = cadres.team(self.ctx.store, self.ctx.actor, vid)
        due = {}
        for item in cadre_reviews.pending(self.ctx.store, [vid], on=today(), horizon_days=3660):
            due.setdefault(item.cadre_id, item)
        for r in rows:
            item = due.get(r["id"])
            r["next_review"] = f"{cadre_reviews.short_label(item.seq)} {item.due_on}" if item else ""
            r["review_overdue"] = bool(item and item.overdue)
        self.team_model.set_rows(rows)

    def load_pool(self) -> None:
        vid = self.village_id
        if vid is None:
            self.pool_model.set_rows([])
            return
        rows = cadres.list_candidates(self.ctx.store, self.ctx.actor, village_ids=[vid],
                                      status=self.pool_status.currentData())
        self.pool_model.set_rows(rows)
        s = cadre_stats.statistics(self.ctx.store, self.ctx.actor, village_ids=[vid]).villages[0]
        text = self.tr("Key candidates in the pool: %1 (the rule: %2–%3 per village)") \
            .replace("%1", str(s.key)).replace("%2", str(cadre_stats.key_target(self.ctx.store)[0])) \
            .replace("%3", str(cadre_stats.key_target(self.ctx.store)[1]))
        self.pool_key_label.setText(text)
        colour = {"short": "#b00020", "over": "#8a5300", "ok": "#2e7d32"}[s.key_state]
        self.pool_key_label.setStyleSheet(f"color: {colour}; font-weight: bold;")

    def load_cultivation(self) -> None:
        vid = self.village_id
        rows = [] if vid is None else cadres.list_cultivation(self.ctx.store, self.ctx.actor, village_ids=[vid],
                                                              year=self.cult_year.currentData())
        self.cult_model.set_rows(rows)

    def _scope_ids(self, combo: QComboBox) -> list[int] | None:
        if self.ctx.is_township and combo.currentData() == "all":
            return None
        return [self.village_id] if self.village_id is not None else []

    def load_reviews(self) -> None:
        items = cadre_reviews.todo(self.ctx.store, self.ctx.actor, village_ids=self._scope_ids(self.reviews_scope))
        late, due, due_today = self.tr("%1 days overdue"), self.tr("due in %1 days"), self.tr("due today")
        rows = []
        for i in items:
            r = i.as_dict()
            r["item"] = i
            r["state"] = (late if i.overdue else due).replace("%1", str(abs(i.days)))
            if not i.overdue and i.days == 0:
                r["state"] = due_today
            rows.append(r)
        self.review_model.set_rows(rows)

    def load_stats(self) -> None:
        ids = self._scope_ids(self.stats_scope)
        stats = cadre_stats.statistics(self.ctx.store, self.ctx.actor, village_ids=ids)
        trend = cadre_stats.women_trend(self.ctx.store, self.ctx.actor, village_ids=ids)
        self.stats_view.show_stats(stats, trend, township=ids is None)
        # One village's charts fit the page; the township's table of villages goes below them.
        self.stats_view.setMinimumHeight(980 if ids is None else 600)

    # -- selection ------------------------------------------------------------------------------
    def _selected(self, view: Any, model: DictTableModel, what: str) -> dict[str, Any] | None:
        idx = view.currentIndex()
        if not idx.isValid():
            QMessageBox.information(self, what, self.tr("Click a row in the list first."))
            return None
        return model.row(idx.row())

    # -- team actions -----------------------------------------------------------------------------
    def add_cadre(self) -> None:
        if self.village_id is not None:
            CadreMemberDialog(self.ctx, self.village_id, None, self).exec()

    def edit_cadre(self) -> None:
        r = self._selected(self.team_view, self.team_model, self.tr("Open"))
        if r is not None and self.village_id is not None:
            CadreMemberDialog(self.ctx, self.village_id, r["id"], self).exec()

    def cadre_leaves(self) -> None:
        r = self._selected(self.team_view, self.team_model, self.tr("Leaves the post"))
        if r is not None:
            CadreLeaveDialog(self.ctx, cadre_id=r["id"], parent=self).exec()

    def print_cadre_file(self) -> None:
        r = self._selected(self.team_view, self.team_model, self.tr("Print"))
        if r is not None:
            self._print_person(r["name"], cadre_id=r["id"])

    # -- pool actions -----------------------------------------------------------------------------
    def add_candidate(self) -> None:
        if self.village_id is not None:
            ReserveCandidateDialog(self.ctx, self.village_id, None, self).exec()

    def edit_candidate(self) -> None:
        r = self._selected(self.pool_view, self.pool_model, self.tr("Open"))
        if r is not None and self.village_id is not None:
            ReserveCandidateDialog(self.ctx, self.village_id, r["id"], self).exec()

    def toggle_tier(self) -> None:
        r = self._selected(self.pool_view, self.pool_model, self.tr("Key / general"))
        if r is None:
            return
        try:
            cadres.set_tier(self.ctx.store, self.ctx.actor, r["id"], "general" if r["tier"] == "key" else "key")
        except VillageAdminError as exc:
            ops.show_error(self, exc)
            return
        self.ctx.notify("cadres")

    def appoint(self) -> None:
        r = self._selected(self.pool_view, self.pool_model, self.tr("Appoint"))
        if r is not None:
            CadreAppointDialog(self.ctx, r["id"], self).exec()

    def leave_pool(self) -> None:
        r = self._selected(self.pool_view, self.pool_model, self.tr("Leaves the pool"))
        if r is not None:
            CadreLeaveDialog(self.ctx, candidate_id=r["id"], parent=self).exec()

    def print_candidate_file(self) -> None:
        r = self._selected(self.pool_view, self.pool_model, self.tr("Print"))
        if r is not None:
            self._print_person(r["name"], candidate_id=r["id"])

    def _print_person(self, name: str, **who: int) -> None:
        from villageadmin.core.reports import cadres as report

        store, actor = self.ctx.store, self.ctx.actor
        print_or_save(self, lambda path: report.render_person(store, actor, path, **who), f"{name}履历表.pdf")

    def print_roster(self, *, all_: bool) -> None:
        from villageadmin.core.reports import cadres as report

        ids = None if all_ else ([self.village_id] if self.village_id is not None else [])
        store, actor = self.ctx.store, self.ctx.actor
        name = self.tr("all villages") if all_ else self.ctx.village_name(self.village_id)
        print_or_save(self, lambda path: report.render_roster(store, actor, path, village_ids=ids),
                      f"{name}后备干部名册.pdf")

    def export_roster(self, *, all_: bool) -> None:
        from villageadmin.core.reports import cadres_xlsx

        ids = None if all_ else ([self.village_id] if self.village_id is not None else [])
        name = self.tr("all villages") if all_ else self.ctx.village_name(self.village_id)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the roster"), f"{name}后备干部名册.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        store, actor = self.ctx.store, self.ctx.actor

        def done(out: Path) -> None:
            QMessageBox.information(self, self.tr("Exported"), self.tr("Saved to %1").replace("%1", str(out)))

        ops.run_op(self, lambda: cadres_xlsx.export_roster(store, actor, path, village_ids=ids), on_success=done,
                   progress=self.tr("Writing the workbook…"))

    # -- cultivation and reviews ------------------------------------------------------------------
    def add_cultivation(self) -> None:
        if self.village_id is not None:
            CadreCultivationDialog(self.ctx, self.village_id, self).exec()

    def add_assessment(self) -> None:
        if self.village_id is not None:
            CadreAssessmentDialog(self.ctx, self.village_id, self).exec()

    def delete_cultivation(self) -> None:
        r = self._selected(self.cult_view, self.cult_model, self.tr("Delete"))
        if r is None:
            return
        ok = QMessageBox.question(self, self.tr("Delete record"),
                                  self.tr("Delete the record “%1” of %2?").replace("%1", r["kind_label"])
                                  .replace("%2", r["person"]))
        if ok != QMessageBox.StandardButton.Yes:
            return
        try:
            cadres.delete_cultivation(self.ctx.store, self.ctx.actor, r["id"])
        except VillageAdminError as exc:
            ops.show_error(self, exc)
            return
        self.ctx.notify("cadres")

    def record_review(self) -> None:
        r = self._selected(self.review_view, self.review_model, self.tr("Record review"))
        if r is None:
            return
        if not self.ctx.actor.may_write(r["village_id"]):
            QMessageBox.information(self, self.tr("Record review"),
                                    self.tr("This account can read the records but not change them."))
            return
        CadreReviewDialog(self.ctx, r["item"], self).exec()
