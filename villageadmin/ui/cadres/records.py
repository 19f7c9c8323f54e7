"""Forms for records: cultivation (for one or several people), a yearly assessment, a review held."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QFormLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QSpinBox, QWidget)

from villageadmin.core import cadre_reviews, cadres
from villageadmin.core.cadres import CultivationInput
from villageadmin.core.clock import today
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui.cadres.dialogs import OptionalDate, combo, combo_value
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit, text_edit
from villageadmin.ui.widgets.fields import DateField


class CadreCultivationDialog(BaseDialog):
    """One training, talk, temporary post or pairing, for everyone ticked in the list."""

    def __init__(self, ctx: AppContext, village_id: int, parent: QWidget | None = None, *,
                 preselect: tuple[str, int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.village_id = village_id
        self.setWindowTitle(self.tr("New cultivation record — %1").replace("%1", ctx.village_name(village_id)))
        form = QFormLayout()
        self.body.addLayout(form)
        self.kind = combo(cadres.CULTIVATION_KINDS)
        self.kind.setObjectName("kind")
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", self.register_field("kind", self.kind))
        self.start_on = DateField()
        self.start_on.setObjectName("start_on")
        form.addRow(self.tr("Date (from):"), self.start_on)
        form.addRow("", self.register_field("start_on", self.start_on))
        self.end_on = OptionalDate(self.tr("until"))
        form.addRow(self.tr("Until:"), self.end_on)
        form.addRow("", self.register_field("end_on", self.end_on))
        self.title_edit = line_edit(self.tr("e.g. 第四季度政策法规培训"), max_length=80)
        self.title_edit.setObjectName("title")
        form.addRow(self.tr("Content:"), self.title_edit)
        form.addRow("", self.register_field("title", self.title_edit))
        self.partner = line_edit(self.tr("organiser, talk partner, host unit or model village"), max_length=60)
        self.partner.setObjectName("partner")
        form.addRow(self.tr("With / where:"), self.partner)
        form.addRow("", self.register_field("partner", self.partner))
        self.note = text_edit(min_height=50)
        form.addRow(self.tr("Note:"), self.note)
        self.people = QListWidget()
        self.people.setObjectName("people")
        self.people.setMinimumHeight(200)
        pool = cadres.list_candidates(ctx.store, ctx.actor, village_ids=[village_id])
        reserve = self.tr("reserve")
        for c in pool:
            self._add_person(f"{c['name']}（{reserve}·{c['tier_label']}）", ("candidate", c["id"]), preselect)
        for c in cadres.team(ctx.store, ctx.actor, village_id):
            self._add_person(f"{c['name']}（{c['post']}）", ("cadre", c["id"]), preselect)
        pick = QHBoxLayout()
        all_pool = QPushButton(self.tr("Tick the whole pool"))
        all_pool.setObjectName("tickPool")
        all_pool.clicked.connect(self.tick_pool)
        none = QPushButton(self.tr("Untick all"))
        none.clicked.connect(lambda: self._tick(lambda _k: False))
        pick.addWidget(all_pool)
        pick.addWidget(none)
        pick.addStretch(1)
        form.addRow(self.tr("Who took part:"), self.people)
        form.addRow("", pick)
        form.addRow("", self.register_field("people", self.people))
        self.watch(self.title_edit)
        self.add_buttons()
        self._dirty = False
        self.resize(640, 720)

    def _add_person(self, text: str, key: tuple[str, int], preselect: tuple[str, int] | None) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key == preselect else Qt.CheckState.Unchecked)
        self.people.addItem(item)

    def _tick(self, want: Any) -> None:
        for i in range(self.people.count()):
            item = self.people.item(i)
            on = want(item.data(Qt.ItemDataRole.UserRole)[0])
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def tick_pool(self) -> None:
        self._tick(lambda kind: kind == "candidate")

    def ticked(self) -> list[tuple[str, int]]:
        out = []
        for i in range(self.people.count()):
            item = self.people.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def on_save(self) -> None:
        self.clear_errors()
        who = self.ticked()
        data = CultivationInput(village_id=self.village_id, kind=combo_value(self.kind), start_on=self.start_on.value(), end_on=self.end_on.value(),
                                title=self.title_edit.text(), partner=self.partner.text(), note=self.note.toPlainText(),
                                candidate_ids=[i for k, i in who if k == "candidate"],
                                cadre_ids=[i for k, i in who if k == "cadre"])
        try:
            cadres.add_cultivation(self.ctx.store, self.ctx.actor, data)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("cadres")
        self.saved()


class CadreAssessmentDialog(BaseDialog):
    """A yearly assessment (年度考核) of a reserve candidate or a cadre."""

    def __init__(self, ctx: AppContext, village_id: int, parent: QWidget | None = None, *,
                 preselect: tuple[str, int] | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Yearly assessment — %1").replace("%1", ctx.village_name(village_id)))
        form = QFormLayout()
        self.body.addLayout(form)
        self.person = QComboBox()
        self.person.setObjectName("person")
        reserve = self.tr("reserve")
        for c in cadres.list_candidates(ctx.store, ctx.actor, village_ids=[village_id]):
            self.person.addItem(f"{c['name']}（{reserve}）", ("candidate", c["id"]))
        for c in cadres.team(ctx.store, ctx.actor, village_id):
            self.person.addItem(f"{c['name']}（{c['post']}）", ("cadre", c["id"]))
        if preselect is not None:
            for i in range(self.person.count()):
                if tuple(self.person.itemData(i)) == preselect:
                    self.person.setCurrentIndex(i)
        form.addRow(self.tr("Person:"), self.person)
        form.addRow("", self.register_field("person", self.person))
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, today().year)
        self.year.setValue(today().year - 1 if today().month < 12 else today().year)
        form.addRow(self.tr("Year:"), self.year)
        form.addRow("", self.register_field("year", self.year))
        self.grade = combo(cadres.GRADES)
        self.grade.setObjectName("grade")
        form.addRow(self.tr("Grade:"), self.grade)
        form.addRow("", self.register_field("grade", self.grade))
        self.assessed_by = line_edit(max_length=40)
        self.assessed_by.setText("乡党委组织办")
        form.addRow(self.tr("Assessed by:"), self.assessed_by)
        self.note = text_edit(min_height=50)
        form.addRow(self.tr("Note:"), self.note)
        self.add_buttons()
        self._dirty = False
        self.resize(520, 420)

    def on_save(self) -> None:
        self.clear_errors()
        key = self.person.currentData()
        if key is None:
            self.show_error("person", self.tr("Choose the person assessed."))
            return
        kind, pid = key
        try:
            cadres.record_assessment(self.ctx.store, self.ctx.actor, year=self.year.value(),
                                     grade=combo_value(self.grade), assessed_by=self.assessed_by.text(),
                                     note=self.note.toPlainText(),
                                     candidate_id=pid if kind == "candidate" else None,
                                     cadre_id=pid if kind == "cadre" else None)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("cadres")
        self.saved()


class CadreReviewDialog(BaseDialog):
    """Record a review of a newly appointed cadre; it then leaves the to-do list."""

    def __init__(self, ctx: AppContext, item: cadre_reviews.ReviewDue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.setWindowTitle(self.tr("Record review — %1").replace("%1", item.name))
        form = QFormLayout()
        self.body.addLayout(form)
        form.addRow(self.tr("Cadre:"), QLabel(f"{item.name}（{item.post}，{item.village_name}）"))
        form.addRow(self.tr("Review:"), QLabel(item.label))
        due = QLabel(item.due_on + (self.tr(" — %1 days overdue").replace("%1", str(item.days)) if item.overdue
                                    else ""))
        if item.overdue:
            due.setStyleSheet("color: #b00020;")
        form.addRow(self.tr("Due on:"), due)
        self.held_on = DateField()
        self.held_on.setObjectName("held_on")
        form.addRow(self.tr("Held on:"), self.held_on)
        form.addRow("", self.register_field("held_on", self.held_on))
        self.rating = combo(cadres.GRADES, blank=self.tr("— choose —"))
        self.rating.setObjectName("rating")
        form.addRow(self.tr("Grade:"), self.rating)
        form.addRow("", self.register_field("rating", self.rating))
        self.decision = combo(cadre_reviews.DECISIONS, blank=self.tr("— not decided at this review —"))
        self.decision.setObjectName("decision")
        if item.seq == 3:
            self.decision.setItemText(0, self.tr("— choose: keep or adjust —"))
        form.addRow(self.tr("Decision:"), self.decision)
        form.addRow("", self.register_field("decision", self.decision))
        self.reviewer = line_edit(max_length=40)
        self.reviewer.setText("乡党委组织办")
        form.addRow(self.tr("Reviewed by:"), self.reviewer)
        self.note = text_edit(self.tr("the work plan reported, results, or how the post is adjusted"), min_height=70)
        self.note.setObjectName("note")
        form.addRow(self.tr("Notes:"), self.note)
        form.addRow("", self.register_field("note", self.note))
        self.add_buttons()
        self._dirty = False
        self.resize(560, 520)

    def on_save(self) -> None:
        self.clear_errors()
        try:
            cadre_reviews.record_review(self.ctx.store, self.ctx.actor, self.item.cadre_id, self.item.seq,
                                        held_on=self.held_on.value(), rating=combo_value(self.rating),
                                        decision=combo_value(self.decision), reviewer=self.reviewer.text(),
                                        note=self.note.toPlainText())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("cadres")
        self.saved()
