"""Recording one step of a major matter: a meeting with its vote (steps 1-4) or a posting (steps 5-6).

The vote's quorum and result are worked out by the core's rules while the numbers are typed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget,
                               QListWidgetItem, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from villageadmin.core import decisions, policy, township
from villageadmin.core.clock import today
from villageadmin.core.decisions import STEP_BODIES, STEPS, StepInput, Vote
from villageadmin.core.decisions_votes import BODIES, MEMBERS_LABEL
from villageadmin.core.decisions_votes import result as vote_result
from villageadmin.core.decisions_votes import validate as validate_vote
from villageadmin.core.errors import ValidationError, VillageAdminError
from villageadmin.core.meetings import Attendee, MeetingInput
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit, text_edit
from villageadmin.ui.widgets.fields import DateField, TimeField

GOOD = "color: #1b5e20; font-weight: bold;"
BAD = "color: #b00020; font-weight: bold;"


def _spin(name: str, maximum: int = 100_000) -> QSpinBox:
    s = QSpinBox()
    s.setObjectName(name)
    s.setRange(0, maximum)
    s.setMinimumWidth(90)
    s.setMaximumWidth(150)
    return s


class DecisionStepDialog(BaseDialog):
    """Record step ``step`` of matter ``matter`` (the dict from ``decisions.get_matter``)."""

    def __init__(self, ctx: AppContext, matter: dict[str, Any], step: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.ctx = ctx
        self.matter = matter
        self.step = step
        self.village_id = int(matter["village_id"])
        self.setWindowTitle(self.tr("Step %1: %2 — %3").replace("%1", str(step)).replace("%2", STEPS[step])
                            .replace("%3", matter["title"]))
        self.pol = policy.section(ctx.store, "decisions", today())
        head = QLabel(self.tr("Step %1 of 6: %2").replace("%1", str(step)).replace("%2", STEPS[step]))
        head.setObjectName("stepHeading")
        head.setStyleSheet("font-size: 16pt;")
        self.body.addWidget(head)
        self.failed_saved = False
        if step in STEP_BODIES:
            row = QHBoxLayout()
            row.addWidget(self._meeting_box(), 1)
            row.addWidget(self._vote_box(), 1)
            self.body.addLayout(row)
        else:
            self.body.addWidget(self._posting_box())
        self._text_box()
        self.add_buttons(print_=step in decisions.PUBLICITY, save_text=self.tr("Save this step"))
        if self.step in STEP_BODIES:
            self.update_result()
        self._dirty = False
        self.resize(1180 if step in STEP_BODIES else 760, 760 if step in STEP_BODIES else 680)

    # -- deliberation: the meeting -------------------------------------------------------------
    def _meeting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The meeting"))
        lay = QVBoxLayout(box)
        kinds = STEP_BODIES[self.step]
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Kind of meeting:")))
        self.body_kind = QComboBox()
        self.body_kind.setObjectName("bodyKind")
        for k in kinds:
            self.body_kind.addItem(BODIES[k], k)
        self.body_kind.setEnabled(len(kinds) > 1)
        row.addWidget(self.body_kind, 1)
        lay.addLayout(row)
        self.use_existing = QRadioButton(self.tr("Use a meeting record already entered"))
        self.use_existing.setObjectName("useExisting")
        self.make_new = QRadioButton(self.tr("Make a new meeting record now"))
        self.make_new.setObjectName("makeNew")
        group = QButtonGroup(self)
        group.addButton(self.use_existing)
        group.addButton(self.make_new)
        lay.addWidget(self.use_existing)
        self.existing = QComboBox()
        self.existing.setObjectName("existingMeeting")
        lay.addWidget(self.existing)
        lay.addWidget(self.make_new)
        self.new_box = QWidget()
        form = QFormLayout(self.new_box)
        form.setContentsMargins(24, 0, 0, 0)
        self.held_on = DateField()
        self.held_on.setObjectName("heldOn")
        self.start_time = TimeField()
        self.start_time.setObjectName("startTime")
        when = QHBoxLayout()
        when.addWidget(self.held_on)
        when.addWidget(QLabel(self.tr("Time:")))
        when.addWidget(self.start_time)
        when.addStretch(1)
        form.addRow(self.tr("Date:"), when)
        form.addRow("", self.register_field("held_on", self.held_on))
        self.place = line_edit(self.tr("e.g. village office meeting room"))
        self.place.setObjectName("place")
        form.addRow(self.tr("Place:"), self.place)
        form.addRow("", self.register_field("place", self.place))
        cadres = township.cadres(self.ctx.store, self.ctx.actor, self.village_id)
        names = [c["name"] for c in cadres]
        self.host = QComboBox()
        self.host.setEditable(True)
        self.host.setObjectName("host")
        self.host.addItems(names)
        self.recorder = QComboBox()
        self.recorder.setEditable(True)
        self.recorder.setObjectName("recorder")
        self.recorder.addItems(names)
        if len(names) > 2:
            self.recorder.setCurrentIndex(2)
        form.addRow(self.tr("Host (主持人):"), self.host)
        form.addRow("", self.register_field("host", self.host.lineEdit()))
        form.addRow(self.tr("Recorder (记录人):"), self.recorder)
        form.addRow("", self.register_field("recorder", self.recorder.lineEdit()))
        self.cadre_list = QListWidget()
        self.cadre_list.setObjectName("cadresPresent")
        self.cadre_list.setMaximumHeight(150)
        for c in cadres:
            item = QListWidgetItem(f"{c['name']}（{c['post']}）" if c["post"] else c["name"])
            item.setData(Qt.ItemDataRole.UserRole, c["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if kinds[0] in ("branch", "joint") and
                               (kinds[0] == "joint" or c["party_member"]) else Qt.CheckState.Unchecked)
            self.cadre_list.addItem(item)
        form.addRow(self.tr("Village cadres present:"), self.cadre_list)
        form.addRow("", self.register_field("attendance", self.cadre_list))
        lay.addWidget(self.new_box)
        lay.addWidget(self.register_field("meeting", self.existing))
        self.use_existing.toggled.connect(self._meeting_mode)
        self.body_kind.currentIndexChanged.connect(self._fill_existing)
        self.body_kind.currentIndexChanged.connect(lambda *_: self.update_result())
        self._fill_existing()
        if self.existing.count():
            self.use_existing.setChecked(True)
        else:
            self.make_new.setChecked(True)
        self._meeting_mode()
        return box

    def _fill_existing(self) -> None:
        kind = self.body_kind.currentData()
        self.existing.clear()
        for r in decisions.candidate_meetings(self.ctx.store, self.ctx.actor, self.matter["id"], self.step):
            if r["kind"] == kind:
                topic = f" · {r['topic']}" if r["topic"] and r["topic"] != r["kind_label"] else ""
                self.existing.addItem(f"{r['held_on']} {r['kind_label']}{topic}", r["id"])
        self.use_existing.setEnabled(self.existing.count() > 0)
        if not self.existing.count() and hasattr(self, "make_new"):
            self.make_new.setChecked(True)

    def _meeting_mode(self) -> None:
        existing = self.use_existing.isChecked()
        self.existing.setEnabled(existing)
        self.new_box.setEnabled(not existing)

    # -- deliberation: the vote, worked out live -----------------------------------------------
    def _vote_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Attendance and vote"))
        form = QFormLayout(box)
        self.basis = QComboBox()
        self.basis.setObjectName("basis")
        self.basis.addItem(self.tr("by persons (villagers aged 18 and over)"), "persons")
        self.basis.addItem(self.tr("by households (one person per household)"), "households")
        self.basis_label = QLabel(self.tr("Counted:"))
        form.addRow(self.basis_label, self.basis)
        form.addRow("", self.register_field("basis", self.basis))
        self.members = _spin("members")
        self.members_label = QLabel()
        form.addRow(self.members_label, self.members)
        form.addRow("", self.register_field("members", self.members))
        self.present = _spin("present")
        form.addRow(self.tr("Present (实到):"), self.present)
        form.addRow("", self.register_field("present", self.present))
        votes = QHBoxLayout()
        self.votes_for = _spin("votesFor")
        self.votes_against = _spin("votesAgainst")
        self.votes_abstain = _spin("votesAbstain")
        for label, w in ((self.tr("For:"), self.votes_for), (self.tr("Against:"), self.votes_against),
                         (self.tr("Abstain:"), self.votes_abstain)):
            votes.addWidget(QLabel(label))
            votes.addWidget(w)
        votes.addStretch(1)
        form.addRow(self.tr("Votes:"), votes)
        form.addRow("", self.register_field("votes_for", self.votes_for))
        self.register_field("votes_against", self.votes_against, self._errors["votes_for"])
        self.register_field("votes_abstain", self.votes_abstain, self._errors["votes_for"])
        self.quorum_line = QLabel()
        self.quorum_line.setObjectName("quorumLine")
        self.quorum_line.setWordWrap(True)
        self.pass_line = QLabel()
        self.pass_line.setObjectName("passLine")
        self.pass_line.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setStyleSheet("font-size: 15pt;")
        form.addRow(self.tr("Quorum:"), self.quorum_line)
        form.addRow(self.tr("To pass:"), self.pass_line)
        form.addRow(self.tr("Result:"), self.verdict)
        for w in (self.members, self.present, self.votes_for, self.votes_against, self.votes_abstain):
            w.valueChanged.connect(lambda *_: self.update_result())
        self.basis.currentIndexChanged.connect(lambda *_: self.update_result())
        return box

    def current_body(self) -> str:
        return str(self.body_kind.currentData())

    def current_vote(self) -> Vote:
        basis = str(self.basis.currentData()) if self.current_body() == "villagers" else "persons"
        return Vote(self.members.value(), self.present.value(), self.votes_for.value(), self.votes_against.value(),
                    self.votes_abstain.value(), basis)

    def update_result(self) -> None:
        """Quorum and outcome from the numbers as they are typed, by the core's rules."""
        body = self.current_body()
        villagers = body == "villagers"
        self.basis.setVisible(villagers)
        self.basis_label.setVisible(villagers)
        households = villagers and self.basis.currentData() == "households"
        self.members_label.setText(self.tr("Households (户数):") if households else
                                   self.tr("Due to attend (应到%1):").replace("%1", MEMBERS_LABEL[body]))
        vote = self.current_vote()
        for name in ("members", "present", "votes_for", "basis"):
            self._errors[name].set_message("")
        if vote.members < 1:
            self.quorum_line.setText(self.tr("Enter how many are due to attend."))
            self.quorum_line.setStyleSheet("")
            self.pass_line.setText("")
            self.verdict.setText("")
            return
        try:
            validate_vote(body, vote)
        except ValidationError as exc:
            self._errors[exc.field].set_message(exc.message)
            self.verdict.setText(self.tr("Check the numbers"))
            self.verdict.setStyleSheet("font-size: 15pt; " + BAD)
            return
        r = vote_result(body, vote)
        self.quorum_line.setText(self.tr("%1 — needs at least %2, present %3: %4")
                                 .replace("%1", r.quorum_rule).replace("%2", str(r.quorum_need))
                                 .replace("%3", str(vote.present))
                                 .replace("%4", self.tr("enough") if r.quorum_ok else self.tr("NOT enough")))
        self.quorum_line.setStyleSheet(GOOD if r.quorum_ok else BAD)
        ok_votes = vote.votes_for >= r.pass_need
        self.pass_line.setText(self.tr("%1 — needs at least %2 for, got %3")
                               .replace("%1", r.pass_rule).replace("%2", str(r.pass_need))
                               .replace("%3", str(vote.votes_for)))
        self.pass_line.setStyleSheet(GOOD if ok_votes else BAD)
        if not r.quorum_ok:
            self.verdict.setText(self.tr("Not enough present: the meeting cannot decide"))
        elif r.passed:
            self.verdict.setText(self.tr("Passed"))
        else:
            self.verdict.setText(self.tr("Did not pass"))
        self.verdict.setStyleSheet("font-size: 15pt; " + (GOOD if r.passed else BAD))

    # -- publicity ------------------------------------------------------------------------------
    def _posting_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The notice on the board"))
        form = QFormLayout(box)
        self.posted_on = DateField()
        self.posted_on.setObjectName("postedOn")
        form.addRow(self.tr("Posted on:"), self.posted_on)
        form.addRow("", self.register_field("done_on", self.posted_on))
        self.posted_place = QComboBox()
        self.posted_place.setEditable(True)
        self.posted_place.setObjectName("postedPlace")
        self.posted_place.addItems(["村务公开栏", "村委会门口公示栏", "各村民小组公示栏"])
        form.addRow(self.tr("Where posted:"), self.posted_place)
        form.addRow("", self.register_field("posted_place", self.posted_place.lineEdit()))
        self.period_days = _spin("periodDays", 366)
        self.period_days.setSuffix(self.tr(" days"))
        self.period_days.setValue(int(self.pol.get("default_posting_days", 7)))
        self.period_line = QLabel()
        self.period_line.setObjectName("periodLine")
        form.addRow(self.tr("Posted for:"), self.period_days)
        form.addRow("", self.period_line)
        form.addRow("", self.register_field("period_days", self.period_days))
        least = int(self.pol.get("min_posting_days", 7))
        hint = QLabel(self.tr("The township's rule: at least %1 days. Print the notice, post it, then save this step.")
                      .replace("%1", str(least)))
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.posted_on.dateChanged.connect(lambda *_: self._period_text())
        self.period_days.valueChanged.connect(lambda *_: self._period_text())
        self._period_text()
        return box

    def _period_text(self) -> None:
        end = decisions.posting_end(self.posted_on.value(), self.period_days.value() or 1)
        self.period_line.setText(self.tr("Up from %1 to %2").replace("%1", self.posted_on.value().isoformat())
                                 .replace("%2", end.isoformat()))

    # -- the text ---------------------------------------------------------------------------------
    def _text_box(self) -> None:
        labels = {1: self.tr("What the branch proposes:"), 2: self.tr("The two committees' opinion:"),
                  3: self.tr("The party members' opinion:"), 4: self.tr("The decision (决议内容) — required:"),
                  5: self.tr("Decision text on the notice:"), 6: self.tr("What was done (实施结果) — required:")}
        self.body.addWidget(QLabel(labels[self.step]))
        self.text = text_edit(min_height=90)
        self.text.setObjectName("stepText")
        by_step = {s["step"]: s for s in self.matter["steps"]}
        if self.step == 1:
            self.text.setPlainText(self.matter["content"] or self.matter["title"])
        elif self.step == 4:
            self.text.setPlaceholderText(self.tr("e.g. Agreed: harden the east road, budget 300,000 yuan, "
                                                 "the committee to hold a public tender."))
        elif self.step == 5 and 4 in by_step:
            self.text.setPlainText(by_step[4]["text"])
        elif self.step == 6:
            self.text.setPlaceholderText(self.tr("what was done, what it cost, how it was checked"))
        self.body.addWidget(self.text, 1)
        self.body.addWidget(self.register_field("text", self.text))
        self.note = line_edit(self.tr("anything else worth keeping (optional)"))
        self.note.setObjectName("note")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Note:")))
        row.addWidget(self.note, 1)
        self.body.addLayout(row)

    # -- saving and printing ----------------------------------------------------------------------
    def step_input(self) -> StepInput:
        text = self.text.toPlainText().strip()
        if self.step in decisions.PUBLICITY:
            return StepInput(self.step, done_on=self.posted_on.value(), posted_place=self.posted_place.currentText(),
                             period_days=self.period_days.value(), text=text, note=self.note.text())
        data = StepInput(self.step, vote=self.current_vote(), text=text, note=self.note.text())
        if self.use_existing.isChecked():
            data.meeting_id = self.existing.currentData()
        else:
            attendance = []
            for i in range(self.cadre_list.count()):
                item = self.cadre_list.item(i)
                if item.checkState() == Qt.CheckState.Checked:
                    attendance.append(Attendee(int(item.data(Qt.ItemDataRole.UserRole)), True))
            data.new_meeting = MeetingInput(
                village_id=self.village_id, kind=self.current_body(), held_on=self.held_on.value(),
                start_time=self.start_time.value(), place=self.place.text(), host=self.host.currentText(),
                recorder=self.recorder.currentText(), attendance=attendance)
        return data

    def on_save(self) -> None:
        self.clear_errors()
        if self.step in STEP_BODIES and self.members.value() < 1:
            self.show_error("members", self.tr("Enter how many are due to attend."))
            return
        try:
            decisions.record_step(self.ctx.store, self.ctx.actor, self.matter["id"], self.step_input())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.failed_saved = self.step in STEP_BODIES and not vote_result(self.current_body(),
                                                                         self.current_vote()).passed
        self.ctx.notify("decisions")
        if self.step in STEP_BODIES:
            self.ctx.notify("meetings")
        self.saved()

    def on_print(self) -> None:
        """Print the notice with the date, period and text entered here (before the step is saved)."""
        from villageadmin.core.reports import notice
        from villageadmin.ui.printing import print_or_save

        store, actor, mid = self.ctx.store, self.ctx.actor, int(self.matter["id"])
        which = "decision" if self.step == 5 else "result"
        opts = notice.NoticeOptions(which=which, posted_on=self.posted_on.value(),
                                    period_days=self.period_days.value() or None,
                                    result_text=self.text.toPlainText().strip() if self.step == 6 else None)
        self.clear_errors()
        if self.step == 6 and not opts.result_text:
            self.show_error("text", self.tr("Write what was done first; it goes on the notice."))
            return
        name = f"{self.matter['village_name']}-{self.matter['title']}-{'决议公示' if which == 'decision' else '结果公示'}"
        print_or_save(self, lambda path: notice.render(store, actor, mid, path, opts), name)

