"""One major matter: what it is, the six-step timeline, and the actions that move it on."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout, QWidget)

from villageadmin.core import decisions, meetings
from villageadmin.core.clock import today
from villageadmin.core.decisions import KINDS, STEPS, MatterInput
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui.context import AppContext
from villageadmin.ui.decisions.step import DecisionStepDialog
from villageadmin.ui.decisions.timeline import DecisionTimeline
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit, text_edit
from villageadmin.ui.widgets.fields import DateField, MoneyField
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view


def village_projects(ctx: AppContext, village_id: int) -> list[dict[str, Any]]:
    """The village's projects in the bidding register, when that register is installed."""
    if not decisions.projects_table_exists(ctx.store):
        return []
    try:
        bidding = importlib.import_module("villageadmin.core.bidding")
    except ImportError:
        return []
    rows: list[dict[str, Any]] = bidding.list_projects(ctx.store, ctx.actor, village_ids=[village_id])
    return rows


class DecisionMatterDialog(BaseDialog):
    """A new matter (``matter_id`` None) or an existing one. Save keeps the dialog open so the steps can follow."""

    def __init__(self, ctx: AppContext, village_id: int, matter_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.ctx = ctx
        self.village_id = village_id
        self.matter_id = matter_id
        self.matter: dict[str, Any] | None = None
        self.writable = ctx.actor.may_write(village_id)
        self._details_box()
        self._procedure_box()
        self.add_buttons(print_=True, cancel=False, save_text=self.tr("Save details"))
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        self.button_row.addWidget(close)
        if self.save_button is not None:
            self.save_button.setEnabled(self.writable)
        self.reload()
        self.resize(1040, 860)

    # -- the matter itself -------------------------------------------------------------------------
    def _details_box(self) -> None:
        box = QGroupBox(self.tr("The matter"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code, label in KINDS.items():
            self.kind.addItem(label, code)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow("", self.register_field("kind", self.kind))
        self.title_edit = line_edit(self.tr("e.g. Harden the east village road"), max_length=80)
        self.title_edit.setObjectName("title")
        form.addRow(self.tr("Name of the matter:"), self.title_edit)
        form.addRow("", self.register_field("title", self.title_edit))
        self.content = text_edit(self.tr("what is proposed, why, how much it costs, who benefits"), min_height=70)
        self.content.setObjectName("content")
        form.addRow(self.tr("What it is:"), self.content)
        row = QHBoxLayout()
        self.amount = MoneyField()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("optional"))
        row.addWidget(self.amount)
        row.addWidget(QLabel(self.tr("yuan")))
        row.addSpacing(24)
        row.addWidget(QLabel(self.tr("Raised on:")))
        self.created_on = DateField()
        self.created_on.setObjectName("createdOn")
        row.addWidget(self.created_on)
        row.addStretch(1)
        form.addRow(self.tr("Money involved:"), row)
        form.addRow("", self.register_field("amount", self.amount))
        self.register_field("created_on", self.created_on, self._errors["amount"])
        self.project = QComboBox()
        self.project.setObjectName("project")
        self.project.addItem(self.tr("(not linked to a project)"), None)
        for p in village_projects(self.ctx, self.village_id):
            self.project.addItem(f"{p['name']}（{p.get('registered_on', '')}）", p["id"])
        self.project_state = QLabel()
        self.project_state.setObjectName("projectState")
        self.project_state.setWordWrap(True)
        if decisions.projects_table_exists(self.ctx.store):
            form.addRow(self.tr("Bidding project:"), self.project)
            form.addRow("", self.project_state)
            form.addRow("", self.register_field("project", self.project))
        self.body.addWidget(box)

    # -- the procedure ---------------------------------------------------------------------------------
    def _procedure_box(self) -> None:
        box = QGroupBox(self.tr("四议两公开 — the six steps"))
        self.procedure = box
        lay = QVBoxLayout(box)
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setStyleSheet("font-size: 15pt;")
        lay.addWidget(self.state_label)
        self.overdue_label = QLabel()
        self.overdue_label.setObjectName("overdueLabel")
        self.overdue_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.overdue_label.setWordWrap(True)
        lay.addWidget(self.overdue_label)
        self.timeline = DecisionTimeline()
        self.timeline.setObjectName("decisionTimeline")
        self.timeline.step_clicked.connect(self.on_step_clicked)
        lay.addWidget(self.timeline)
        actions = QHBoxLayout()
        self.record_button = QPushButton()
        self.record_button.setObjectName("recordStep")
        self.record_button.setProperty("primary", True)
        self.record_button.setMinimumHeight(44)
        self.record_button.clicked.connect(self.record_next)
        actions.addWidget(self.record_button)
        self.return_button = QPushButton(self.tr("Return to the party branch…"))
        self.return_button.setObjectName("returnToBranch")
        self.return_button.setMinimumHeight(44)
        self.return_button.setToolTip(self.tr("The step did not pass: the branch proposes again (a new round)"))
        self.return_button.clicked.connect(self.return_to_branch)
        actions.addWidget(self.return_button)
        self.start_button = QPushButton(self.tr("Carrying out began…"))
        self.start_button.setObjectName("recordStart")
        self.start_button.setToolTip(self.tr("Record the day work on the decision began (after the posting period)"))
        self.start_button.clicked.connect(self.record_start)
        actions.addWidget(self.start_button)
        actions.addStretch(1)
        self.undo_button = QPushButton(self.tr("Undo last…"))
        self.undo_button.setObjectName("undoLast")
        self.undo_button.setToolTip(self.tr("Take back the last thing recorded (entered by mistake)"))
        self.undo_button.clicked.connect(self.undo_last)
        actions.addWidget(self.undo_button)
        self.close_matter_button = QPushButton(self.tr("Stop this matter…"))
        self.close_matter_button.setObjectName("closeMatter")
        self.close_matter_button.clicked.connect(self.close_matter)
        actions.addWidget(self.close_matter_button)
        lay.addLayout(actions)
        self.steps_model = DictTableModel([
            Column("round_text", self.tr("Round")),
            Column("label", self.tr("Step")),
            Column("on_date", self.tr("Date")),
            Column("where", self.tr("Meeting / where posted")),
            Column("numbers", self.tr("Numbers")),
            Column("outcome", self.tr("Result"), color=lambda r: "#b00020" if not r["passed"] else "#1b5e20"),
            Column("text", self.tr("Text")),
        ])
        self.steps_view = make_table_view(self.steps_model, name="stepsTable", stretch=6)
        self.steps_view.setMinimumHeight(150)
        lay.addWidget(self.steps_view, 1)
        self.body.addWidget(box, 1)

    # -- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        vname = self.ctx.village_name(self.village_id)
        if self.matter_id is None:
            self.setWindowTitle(self.tr("New major matter — %1").replace("%1", vname))
            self.created_on.set_value(today())
            self.procedure.setEnabled(False)
            self.state_label.setText(self.tr("Save the matter first; then record the branch's proposal."))
            if self.print_button is not None:
                self.print_button.setEnabled(False)
            self._dirty = False
            return
        m = decisions.get_matter(self.ctx.store, self.ctx.actor, self.matter_id)
        self.matter = m
        self.setWindowTitle(self.tr("Major matter — %1 — %2").replace("%1", m["title"]).replace("%2", vname))
        self.kind.setCurrentIndex(max(self.kind.findData(m["kind"]), 0))
        self.title_edit.setText(m["title"])
        self.content.setPlainText(m["content"])
        self.amount.set_fen(m["amount_fen"])
        self.created_on.set_value(dt.date.fromisoformat(m["created_on"]))
        idx = self.project.findData(m["project_id"])
        if idx < 0 and m["project_id"] is not None:
            self.project.addItem(self.tr("project %1").replace("%1", str(m["project_id"])), m["project_id"])
            idx = self.project.count() - 1
        self.project.setCurrentIndex(max(idx, 0))
        p = m["project"]
        self.project_state.setText("" if p is None else (self.tr("This project is no longer in the register.")
                                                         if p.get("missing") else p.get("text") or p["name"]))
        st = m["state"]
        self.procedure.setEnabled(True)
        self.state_label.setText(self.tr("Now: %1").replace("%1", st["label"])
                                 + (self.tr(" · carrying out began %1").replace("%1", m["started_on"])
                                    if m["started_on"] else ""))
        self.overdue_label.setText(self.tr("Overdue: %1").replace("%1", st["overdue"]) if st["overdue"] else "")
        self.overdue_label.setVisible(bool(st["overdue"]))
        self.timeline.set_steps(m["timeline"], started_on=m["started_on"])
        nxt = st["next_step"]
        can = self.writable
        self.record_button.setVisible(nxt is not None)
        if nxt is not None:
            self.record_button.setText(self.tr("Record step %1: %2…").replace("%1", str(nxt))
                                       .replace("%2", STEPS[nxt]))
        posting = st["phase"] == "posting"
        self.record_button.setEnabled(can and not posting)
        self.record_button.setToolTip(self.tr("The decision is still posted: after the posting period ends and the "
                                              "work is done, post the result.") if posting else "")
        self.return_button.setVisible(st["phase"] == "failed")
        self.return_button.setEnabled(can)
        self.start_button.setVisible(st["phase"] in ("to_start", "carrying_out"))
        self.start_button.setEnabled(can and st["phase"] == "to_start")
        self.undo_button.setEnabled(can and (bool(m["steps"]) or m["round"] > 1 or m["status"] == "closed"))
        self.close_matter_button.setEnabled(can and st["phase"] not in ("closed", "done", "result_posting"))
        decided = any(s["step"] == 4 and s["passed"] for s in m["steps"])
        if self.print_button is not None:
            self.print_button.setEnabled(decided)
            self.print_button.setText(self.tr("Print notice…"))
        rows = []
        for rnd in [*m["history"], {"round": m["round"], "steps": m["steps"]}]:
            for s in rnd["steps"]:
                rows.append(self._step_row(s, rnd["round"]))
        self.steps_model.set_rows(rows)
        self._dirty = False

    def _step_row(self, s: dict[str, Any], rnd: int) -> dict[str, Any]:
        if s["step"] in decisions.PUBLICITY:
            where = s["posted_place"]
            numbers = self.tr("%1 days, to %2").replace("%1", str(s["period_days"])).replace("%2",
                                                                                              s.get("posting_ends", ""))
            outcome = self.tr("posted")
        else:
            where = s["meeting_kind_label"] or self.tr("(meeting record deleted)")
            numbers = self.tr("%1/%2 present, %3 for").replace("%1", str(s["present"])) \
                .replace("%2", str(s["members"])).replace("%3", str(s["votes_for"])) if s["members"] is not None else ""
            if s["members"] is not None and (s["votes_against"] or s["votes_abstain"]):
                numbers += self.tr(", %1 against, %2 abstain").replace("%1", str(s["votes_against"])) \
                    .replace("%2", str(s["votes_abstain"]))
            outcome = s.get("verdict", "")
        text = s["text"] + (f"（{s['return_note']}）" if s.get("return_note") else "")
        return {**s, "label": f"{s['step']}. {decisions.SHORT[s['step']]}", "round_text": str(rnd), "where": where, "numbers": numbers, "outcome": outcome, "text": text}

    # -- saving the matter -----------------------------------------------------------------------------
    def matter_input(self) -> MatterInput:
        amount = None
        if self.amount.text().strip():
            amount = self.amount.fen(allow_zero=True)
        return MatterInput(village_id=self.village_id, kind=str(self.kind.currentData()), title=self.title_edit.text(),
                           content=self.content.toPlainText(), amount_fen=amount,
                           project_id=self.project.currentData(), created_on=self.created_on.value())

    def on_save(self) -> None:
        self.clear_errors()
        try:
            data = self.matter_input()
            if self.matter_id is None:
                self.matter_id = decisions.create_matter(self.ctx.store, self.ctx.actor, data)
            else:
                decisions.update_matter(self.ctx.store, self.ctx.actor, self.matter_id, data)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.ctx.notify("decisions")
        self.reload()

    def on_print(self) -> None:
        from villageadmin.core.reports import notice
        from villageadmin.ui.printing import print_or_save

        if self.matter is None:
            return
        m = self.matter
        store, actor, mid = self.ctx.store, self.ctx.actor, int(m["id"])
        which = "result" if any(s["step"] == 6 for s in m["steps"]) else "decision"
        name = f"{m['village_name']}-{m['title']}-{'决议公示' if which == 'decision' else '结果公示'}"
        print_or_save(self, lambda path: notice.render(store, actor, mid, path, notice.NoticeOptions(which=which)),
                      name)

    # -- moving it on ---------------------------------------------------------------------------------
    def _act(self, fn: Any) -> bool:
        try:
            fn()
        except VillageAdminError as exc:
            QMessageBox.warning(self, self.tr("Cannot do that"), exc.message)
            return False
        self.ctx.notify("decisions")
        self.reload()
        return True

    def on_step_clicked(self, step: int) -> None:
        if self.matter is not None and step == self.matter["state"]["next_step"] and self.writable:
            self.record_next()
            return
        for i, r in enumerate(self.steps_model.rows):
            if r["step"] == step and r["round"] == (self.matter or {}).get("round"):
                self.steps_view.selectRow(i)

    def record_next(self) -> None:
        if self.matter is None or self.matter["state"]["next_step"] is None:
            return
        if self.dirty:
            self.on_save()
            if self.dirty:
                return
        dlg = DecisionStepDialog(self.ctx, self.matter, int(self.matter["state"]["next_step"]), self)
        if not dlg.exec():
            return
        self.reload()
        if dlg.failed_saved:
            ask = QMessageBox.question(
                self, self.tr("The vote did not pass"),
                self.tr("Step %1 did not pass, so the matter cannot go on to the next step.\n\n"
                        "Return it to the party branch now, to be proposed again (a new round)?")
                .replace("%1", STEPS[dlg.step]))
            if ask == QMessageBox.StandardButton.Yes:
                self.return_to_branch()

    def return_to_branch(self) -> None:
        if self.matter is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Return to the party branch"),
                                          self.tr("Why, and what the branch will change (optional):"))
        if not ok:
            return
        mid = int(self.matter["id"])
        self._act(lambda: decisions.return_to_branch(self.ctx.store, self.ctx.actor, mid, reason=reason))

    def record_start(self) -> None:
        if self.matter is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Carrying out began"),
                                        self.tr("The day work on the decision began (e.g. 2026-11-20):"),
                                        text=today().isoformat())
        if not ok:
            return
        mid = int(self.matter["id"])
        self._act(lambda: decisions.record_start(self.ctx.store, self.ctx.actor, mid,
                                                 meetings.parse_date(text, "started_on")))

    def undo_last(self) -> None:
        if self.matter is None:
            return
        ok = QMessageBox.question(self, self.tr("Undo last"),
                                  self.tr("Take back the last thing recorded for this matter? Meeting records made "
                                          "with a step are kept."))
        if ok != QMessageBox.StandardButton.Yes:
            return
        mid = int(self.matter["id"])
        self._act(lambda: decisions.undo_last(self.ctx.store, self.ctx.actor, mid))

    def close_matter(self) -> None:
        if self.matter is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Stop this matter"),
                                          self.tr("Why is the matter stopped? (required)"))
        if not ok:
            return
        mid = int(self.matter["id"])
        self._act(lambda: decisions.close_matter(self.ctx.store, self.ctx.actor, mid, reason=reason))
