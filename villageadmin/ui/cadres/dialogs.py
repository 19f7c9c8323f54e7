"""Forms for people: a reserve candidate, a cadre-team member, appointing a candidate, leaving."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QWidget

from villageadmin.core import cadre_reviews, cadres, meetings
from villageadmin.core.cadres import CadreInput, CandidateInput
from villageadmin.core.clock import today
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit, text_edit
from villageadmin.ui.widgets.fields import DateField


def birth_field() -> DateField:
    """A date field that reaches back far enough for dates of birth."""
    f = DateField(dt.date(1990, 1, 1))
    f.setMinimumDate(QDate(1930, 1, 1))
    return f


def combo(items: list[str] | dict[str, str], *, editable: bool = False, blank: str | None = None) -> QComboBox:
    """A combo box; a dict gives (label → data code), a list gives labels that are their own data."""
    c = QComboBox()
    c.setEditable(editable)
    if blank is not None:
        c.addItem(blank, "")
    pairs = items.items() if isinstance(items, dict) else ((x, x) for x in items)
    for code, label in pairs:
        c.addItem(label, code)
    return c


def set_combo(c: QComboBox, value: Any) -> None:
    i = c.findData(value)
    if i >= 0:
        c.setCurrentIndex(i)
    elif c.isEditable():
        c.setEditText("" if value is None else str(value))


def combo_value(c: QComboBox) -> str:
    if c.isEditable():
        return c.currentText().strip()
    return str(c.currentData() or "")


class OptionalDate(QWidget):
    """A date that may be left out: a tick box in front of a date field."""

    def __init__(self, text: str, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(text)
        self.field = DateField()
        lay.addWidget(self.check)
        lay.addWidget(self.field)
        lay.addStretch(1)
        self.check.toggled.connect(self.field.setEnabled)
        self.set_value(value)

    def value(self) -> dt.date | None:
        return self.field.value() if self.check.isChecked() else None

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.field.setEnabled(value is not None)
        if value is not None:
            self.field.set_value(value)


def _date(iso: str | None) -> dt.date | None:
    return dt.date.fromisoformat(iso) if iso else None


class ReserveCandidateDialog(BaseDialog):
    """Add a person to the village's reserve pool, or change their details."""

    def __init__(self, ctx: AppContext, village_id: int, candidate_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.village_id = village_id
        self.candidate_id = candidate_id
        vname = ctx.village_name(village_id)
        self.setWindowTitle((self.tr("New reserve candidate — %1") if candidate_id is None
                             else self.tr("Reserve candidate — %1")).replace("%1", vname))
        form = QFormLayout()
        self.body.addLayout(form)

        def add(label: str, name: str, w: QWidget, layout: Any = None) -> None:
            w.setObjectName(name)
            form.addRow(label, layout if layout is not None else w)
            form.addRow("", self.register_field(name, w))

        self.name = line_edit(max_length=40)
        add(self.tr("Name:"), "name", self.name)
        self.sex = combo({"": self.tr("— choose —"), "男": "男", "女": "女"})
        add(self.tr("Sex:"), "sex", self.sex)
        self.birth_date = birth_field()
        self.age_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.birth_date)
        row.addWidget(self.age_label)
        row.addStretch(1)
        add(self.tr("Date of birth:"), "birth_date", self.birth_date, row)
        self.schooling = combo(cadres.SCHOOLING, blank=self.tr("— choose —"))
        add(self.tr("Schooling:"), "schooling", self.schooling)
        self.party_status = combo(cadres.PARTY_STATUS)
        set_combo(self.party_status, "群众")
        add(self.tr("Political status:"), "party_status", self.party_status)
        self.occupation = line_edit(self.tr("e.g. 种植大户, 返乡大学生, 退役军人"), max_length=40)
        add(self.tr("Occupation:"), "occupation", self.occupation)
        self.phone = line_edit(self.tr("mobile number"), max_length=20)
        add(self.tr("Phone:"), "phone", self.phone)
        self.entered_on = DateField()
        add(self.tr("Entered the pool on:"), "entered_on", self.entered_on)
        self.exam_score = line_edit(self.tr("0–100, e.g. 86.5"), max_length=6)
        self.interview_score = line_edit(self.tr("0–100"), max_length=6)
        scores = QHBoxLayout()
        scores.addWidget(self.exam_score)
        scores.addWidget(QLabel(self.tr("Interview score:")))
        scores.addWidget(self.interview_score)
        add(self.tr("Written exam score:"), "exam_score", self.exam_score, scores)
        self.register_field("interview_score", self.interview_score, self._errors["exam_score"])
        self.interview_score.setObjectName("interview_score")
        self.tier = combo(cadres.TIERS)
        add(self.tr("Cultivation tier:"), "tier", self.tier)
        self.intended_post = combo(cadres.POSTS, editable=True)
        self.intended_post.setEditText("")
        add(self.tr("Intended post:"), "intended_post", self.intended_post)
        self.mentor = combo([c["name"] for c in cadres.team(ctx.store, ctx.actor, village_id)], editable=True)
        self.mentor.setEditText("")
        add(self.tr("Mentor (培养联系人):"), "mentor", self.mentor)
        self.note = text_edit(min_height=60)
        add(self.tr("Note:"), "note", self.note)
        hint = QLabel(self.tr("Age is worked out from the date of birth. Do not enter ID card numbers: "
                              "the app does not keep them."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        self.body.addWidget(hint)
        self.birth_date.dateChanged.connect(lambda *_: self._show_age())
        self.add_buttons()
        if candidate_id is not None:
            self.load(cadres.get_candidate(ctx.store, ctx.actor, candidate_id))
        if not ctx.actor.may_write(village_id) and self.save_button is not None:
            self.save_button.setEnabled(False)
        self._show_age()
        self._dirty = False
        self.resize(620, 760)

    def _show_age(self) -> None:
        age = cadres.age_on(self.birth_date.value(), today())
        self.age_label.setText(self.tr("%1 years old today").replace("%1", str(age)))

    def load(self, c: dict[str, Any]) -> None:
        self.name.setText(c["name"])
        set_combo(self.sex, c["sex"])
        self.birth_date.set_value(dt.date.fromisoformat(c["birth_date"]))
        set_combo(self.schooling, c["schooling"])
        set_combo(self.party_status, c["party_status"])
        self.occupation.setText(c["occupation"])
        self.phone.setText(c["phone"])
        self.entered_on.set_value(dt.date.fromisoformat(c["entered_on"]))
        self.exam_score.setText("" if c["exam_score"] is None else f"{c['exam_score']:g}")
        self.interview_score.setText("" if c["interview_score"] is None else f"{c['interview_score']:g}")
        set_combo(self.tier, c["tier"])
        self.intended_post.setEditText(c["intended_post"])
        self.mentor.setEditText(c["mentor"])
        self.note.setPlainText(c["note"])

    def data(self) -> CandidateInput:
        return CandidateInput(
            village_id=self.village_id, name=self.name.text(), sex=combo_value(self.sex),
            birth_date=self.birth_date.value(), entered_on=self.entered_on.value(),
            schooling=combo_value(self.schooling), party_status=combo_value(self.party_status),
            occupation=self.occupation.text(), phone=self.phone.text(),
            exam_score=cadres.parse_score(self.exam_score.text(), "exam_score"),
            interview_score=cadres.parse_score(self.interview_score.text(), "interview_score"),
            tier=combo_value(self.tier), intended_post=combo_value(self.intended_post),
            mentor=combo_value(self.mentor), note=self.note.toPlainText())

    def on_save(self) -> None:
        self.clear_errors()
        try:
            data = self.data()
            if self.candidate_id is None:
                self.candidate_id = cadres.add_candidate(self.ctx.store, self.ctx.actor, data)
            else:
                cadres.update_candidate(self.ctx.store, self.ctx.actor, self.candidate_id, data)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("cadres")
        self.saved()


class CadreMemberDialog(BaseDialog):
    """Add a member of the village's cadre team (not from the pool), or change their details."""

    def __init__(self, ctx: AppContext, village_id: int, cadre_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.village_id = village_id
        self.cadre_id = cadre_id
        vname = ctx.village_name(village_id)
        self.setWindowTitle((self.tr("New cadre — %1") if cadre_id is None else self.tr("Cadre — %1"))
                            .replace("%1", vname))
        form = QFormLayout()
        self.body.addLayout(form)

        def add(label: str, name: str, w: QWidget) -> None:
            w.setObjectName(name)
            form.addRow(label, w)
            form.addRow("", self.register_field(name, w))

        self.name = line_edit(max_length=40)
        add(self.tr("Name:"), "name", self.name)
        self.post = combo(cadres.POSTS, editable=True)
        self.post.setEditText("")
        add(self.tr("Post:"), "post", self.post)
        self.line = combo(meetings.LINES, blank="")
        add(self.tr("Line of work:"), "line", self.line)
        self.sex = combo({"": self.tr("— choose —"), "男": "男", "女": "女"})
        add(self.tr("Sex:"), "sex", self.sex)
        self.birth_date = OptionalDate(self.tr("known"))
        self.birth_date.field.setMinimumDate(QDate(1930, 1, 1))
        add(self.tr("Date of birth:"), "birth_date", self.birth_date)
        self.schooling = combo(cadres.SCHOOLING, blank=self.tr("— choose —"))
        add(self.tr("Schooling:"), "schooling", self.schooling)
        self.party_member = QCheckBox(self.tr("Party member (中共党员)"))
        add("", "party_member", self.party_member)
        self.phone = line_edit(max_length=20)
        add(self.tr("Phone:"), "phone", self.phone)
        self.appointed_on = OptionalDate(self.tr("known"))
        add(self.tr("Appointed on:"), "appointed_on", self.appointed_on)
        self.term_start = OptionalDate(self.tr("known"))
        add(self.tr("Current term began:"), "term_start", self.term_start)
        self.new_appointment = QCheckBox(self.tr("Newly appointed: review at 3 months, 6 months, 1 year, then yearly"))
        add("", "new_appointment", self.new_appointment)
        self.note = text_edit(min_height=50)
        add(self.tr("Note:"), "note", self.note)
        for w in (self.birth_date.check, self.birth_date.field, self.appointed_on.check, self.appointed_on.field,
                  self.term_start.check, self.term_start.field):
            self.watch(w)
        self.add_buttons()
        if cadre_id is not None:
            c = cadres.get_cadre(ctx.store, ctx.actor, cadre_id)
            self.name.setText(c["name"])
            self.post.setEditText(c["post"])
            set_combo(self.line, c["line"])
            set_combo(self.sex, c["sex"])
            self.birth_date.set_value(_date(c["birth_date"]))
            set_combo(self.schooling, c["schooling"])
            self.party_member.setChecked(bool(c["party_member"]))
            self.phone.setText(c["phone"])
            self.appointed_on.set_value(_date(c["appointed_on"]))
            self.term_start.set_value(_date(c["term_start"]))
            self.new_appointment.setChecked(bool(c["review_from"]))
            self.note.setPlainText(c["note"])
        if not ctx.actor.may_write(village_id) and self.save_button is not None:
            self.save_button.setEnabled(False)
        self._dirty = False
        self.resize(620, 700)

    def data(self) -> CadreInput:
        return CadreInput(village_id=self.village_id, name=self.name.text(), post=combo_value(self.post),
                          sex=combo_value(self.sex), birth_date=self.birth_date.value(),
                          schooling=combo_value(self.schooling), party_member=self.party_member.isChecked(),
                          phone=self.phone.text(), line=combo_value(self.line),
                          appointed_on=self.appointed_on.value(), term_start=self.term_start.value(),
                          new_appointment=self.new_appointment.isChecked(), note=self.note.toPlainText())

    def on_save(self) -> None:
        self.clear_errors()
        try:
            if self.cadre_id is None:
                self.cadre_id = cadres.add_cadre(self.ctx.store, self.ctx.actor, self.data())
            else:
                cadres.update_cadre(self.ctx.store, self.ctx.actor, self.cadre_id, self.data())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("cadres")
        self.saved()


class CadreAppointDialog(BaseDialog):
    """Appoint a reserve candidate to a post: they move into the cadre team, keeping their file."""

    def __init__(self, ctx: AppContext, candidate_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidate_id = candidate_id
        c = cadres.get_candidate(ctx.store, ctx.actor, candidate_id)
        self.setWindowTitle(self.tr("Appoint %1 to a post").replace("%1", c["name"]))
        intro = QLabel(self.tr("%1 leaves the reserve pool and joins the cadre team. Their pool entry, "
                               "cultivation records and assessments stay in their file.").replace("%1", c["name"]))
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        form = QFormLayout()
        self.body.addLayout(form)
        self.post = combo(cadres.POSTS, editable=True)
        self.post.setObjectName("post")
        self.post.setEditText(c["intended_post"])
        form.addRow(self.tr("Post:"), self.post)
        form.addRow("", self.register_field("post", self.post))
        self.line = combo(meetings.LINES, blank="")
        self.line.setObjectName("line")
        form.addRow(self.tr("Line of work:"), self.line)
        self.appointed_on = DateField()
        self.appointed_on.setObjectName("appointed_on")
        form.addRow(self.tr("Appointed on:"), self.appointed_on)
        form.addRow("", self.register_field("appointed_on", self.appointed_on))
        self.term_start = OptionalDate(self.tr("known"))
        form.addRow(self.tr("Current term began:"), self.term_start)
        self.schedule = QLabel()
        self.schedule.setObjectName("reviewSchedule")
        self.schedule.setWordWrap(True)
        form.addRow(self.tr("Reviews:"), self.schedule)
        self.appointed_on.dateChanged.connect(lambda *_: self._show_schedule())
        self._show_schedule()
        self.add_buttons(save_text=self.tr("Appoint"))
        self._dirty = False
        self.resize(560, 420)

    def _show_schedule(self) -> None:
        d = self.appointed_on.value()
        parts = [f"{cadre_reviews.short_label(s)} {cadre_reviews.due_date(d, s).isoformat()}" for s in (1, 2, 3)]
        self.schedule.setText("；".join(parts) + self.tr("; then every year"))

    def on_save(self) -> None:
        self.clear_errors()
        try:
            cadres.appoint_candidate(self.ctx.store, self.ctx.actor, self.candidate_id, post=combo_value(self.post),
                                     line=combo_value(self.line), appointed_on=self.appointed_on.value(),
                                     term_start=self.term_start.value())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("cadres")
        self.saved()


class CadreLeaveDialog(BaseDialog):
    """A candidate leaves the pool (出库), or a cadre leaves their post (离任): date and reason."""

    def __init__(self, ctx: AppContext, *, candidate_id: int | None = None, cadre_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.candidate_id = candidate_id
        self.cadre_id = cadre_id
        if candidate_id is not None:
            name = cadres.get_candidate(ctx.store, ctx.actor, candidate_id)["name"]
            self.setWindowTitle(self.tr("%1 leaves the reserve pool").replace("%1", name))
        else:
            name = cadres.get_cadre(ctx.store, ctx.actor, cadre_id or 0)["name"]
            self.setWindowTitle(self.tr("%1 leaves the post").replace("%1", name))
        form = QFormLayout()
        self.body.addLayout(form)
        self.left_on = DateField()
        self.left_on.setObjectName("left_on")
        form.addRow(self.tr("Date:"), self.left_on)
        form.addRow("", self.register_field("left_on", self.left_on))
        self.reason = combo(cadres.LEAVE_REASONS if candidate_id is not None else
                            ["届满离任", "辞职", "调整", "外出务工", "其他"], editable=True)
        self.reason.setObjectName("left_reason")
        self.reason.setEditText("")
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow("", self.register_field("left_reason", self.reason))
        self.add_buttons(save_text=self.tr("Confirm"))
        self._dirty = False
        self.resize(480, 260)

    def on_save(self) -> None:
        self.clear_errors()
        try:
            if self.candidate_id is not None:
                cadres.remove_from_pool(self.ctx.store, self.ctx.actor, self.candidate_id,
                                        left_on=self.left_on.value(), reason=combo_value(self.reason))
            else:
                cadres.cadre_leaves(self.ctx.store, self.ctx.actor, self.cadre_id or 0, left_on=self.left_on.value(),
                                    reason=combo_value(self.reason))
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("cadres")
        self.saved()
