"""The meeting record form: basics, attendance, agenda and reports, resolutions and follow-ups."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from villageadmin.core import meetings, township
from villageadmin.core.clock import today
from villageadmin.core.errors import VillageAdminError
from villageadmin.core.meetings import Attendee, Followup, MeetingInput, Report, Resolution, TownshipAttendee
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.dialog import BaseDialog, line_edit, text_edit
from villageadmin.ui.widgets.fields import DateField, TimeField

# Which tab holds which core field, so an error opens the right tab.
FIELD_TAB = {"kind": 0, "held_on": 0, "start_time": 0, "place": 0, "host": 0, "recorder": 0, "topic": 0,
             "attendance": 1, "township": 1, "agenda": 2, "reports": 2, "discussion": 2,
             "resolutions": 3, "followups": 3}


class MeetingForm(BaseDialog):
    """New or existing meeting. ``meeting_id`` None makes a new one for ``village_id``."""

    def __init__(self, ctx: AppContext, village_id: int, meeting_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, title="")
        self.ctx = ctx
        self.village_id = village_id
        self.meeting_id = meeting_id
        self.read_only = not ctx.actor.may_write(village_id)
        self.cadres = township.cadres(ctx.store, ctx.actor, village_id)
        self.staff = township.staff_for_village(ctx.store, ctx.actor, village_id)
        vname = ctx.village_name(village_id)
        self.setWindowTitle((self.tr("New meeting record — %1") if meeting_id is None else
                             self.tr("Meeting record — %1")).replace("%1", vname))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.body.addWidget(self.tabs, 1)
        self._basics_tab()
        self._attendance_tab()
        self._agenda_tab()
        self._resolutions_tab()
        self.add_buttons(print_=meeting_id is not None)
        if meeting_id is not None:
            self.load(meetings.get_meeting(ctx.store, ctx.actor, meeting_id))
        else:
            self.fill_defaults()
        self.load_followups()
        self.held_on.dateChanged.connect(lambda *_: self.load_followups())
        if self.read_only and self.save_button is not None:
            self.save_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("Township accounts can read village records but not change them"))
        self._dirty = False
        self.resize(980, 680)  # fits under the title bar on a 1366×768 screen
        self.kind.setFocus()  # typing starts in the first field, not on the tab bar

    # -- tabs ---------------------------------------------------------------------------------
    def _basics_tab(self) -> None:
        w = QWidget()
        form = QFormLayout(w)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code, label in meetings.KINDS.items():
            self.kind.addItem(label, code)
        form.addRow(self.tr("Kind of meeting:"), self.kind)
        form.addRow("", self.register_field("kind", self.kind))
        self.held_on = DateField()
        self.held_on.setObjectName("heldOn")
        self.start_time = TimeField()
        self.start_time.setObjectName("startTime")
        row = QHBoxLayout()
        row.addWidget(self.held_on)
        row.addWidget(QLabel(self.tr("Time:")))
        row.addWidget(self.start_time)
        row.addStretch(1)
        form.addRow(self.tr("Date:"), row)
        form.addRow("", self.register_field("held_on", self.held_on))
        self.register_field("start_time", self.start_time, self._errors["held_on"])
        self.place = line_edit(self.tr("e.g. village office meeting room"))
        self.place.setObjectName("place")
        form.addRow(self.tr("Place:"), self.place)
        form.addRow("", self.register_field("place", self.place))
        names = [c["name"] for c in self.cadres]
        self.host = self._name_combo(names, "host")
        form.addRow(self.tr("Host (主持人):"), self.host)
        form.addRow("", self.register_field("host", self.host.lineEdit()))
        self.recorder = self._name_combo(names, "recorder")
        form.addRow(self.tr("Recorder (记录人):"), self.recorder)
        form.addRow("", self.register_field("recorder", self.recorder.lineEdit()))
        self.topic = line_edit(self.tr("e.g. November work meeting"))
        self.topic.setObjectName("topic")
        form.addRow(self.tr("Topic:"), self.topic)
        self.tabs.addTab(w, self.tr("1. Basics"))

    def _name_combo(self, names: list[str], obj: str) -> QComboBox:
        c = QComboBox()
        c.setEditable(True)
        c.setObjectName(obj)
        c.addItems(names)
        c.setCurrentIndex(-1)
        c.lineEdit().setPlaceholderText(self.tr("choose or type a name"))
        return c

    def _attendance_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("Village cadres — tick who was present; write the reason for anyone absent:")))
        self.att = QTableWidget(len(self.cadres), 4)
        self.att.setObjectName("attendanceTable")
        self.att.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Post"), self.tr("Present"),
                                            self.tr("Reason for absence")])
        for col in range(3):
            self.att.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.att.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.att.verticalHeader().setVisible(False)
        self.att.verticalHeader().setDefaultSectionSize(36)
        for r, c in enumerate(self.cadres):
            item = QTableWidgetItem(c["name"])
            item.setData(Qt.ItemDataRole.UserRole, c["id"])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.att.setItem(r, 0, item)
            post = QTableWidgetItem(c["post"])
            post.setFlags(post.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.att.setItem(r, 1, post)
            box = QCheckBox()
            box.setChecked(True)
            box.setObjectName(f"present_{c['id']}")
            box.toggled.connect(self.mark_dirty)
            self.att.setCellWidget(r, 2, box)
            self.att.setItem(r, 3, QTableWidgetItem(""))
        self.att.itemChanged.connect(self.mark_dirty)
        lay.addWidget(self.att, 2)
        lay.addWidget(self.register_field("attendance", self.att))
        self.att_summary = QLabel()
        lay.addWidget(self.att_summary)
        lay.addWidget(QLabel(self.tr("Township people who attended (乡领导 / 驻村指导员 / 联村干部):")))
        self.town = QTableWidget(0, 2)
        self.town.setObjectName("townshipTable")
        self.town.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Role")])
        self.town.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.town.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.town.setColumnWidth(1, 240)
        self.town.verticalHeader().setVisible(False)
        self.town.verticalHeader().setDefaultSectionSize(40)
        lay.addWidget(self.town, 1)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a township attendee"))
        add.setObjectName("addTownship")
        add.clicked.connect(lambda: self.add_township_row())
        rm = QPushButton(self.tr("Remove the selected attendee"))
        rm.clicked.connect(lambda: self._remove_selected(self.town))
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.register_field("township", self.town))
        self.tabs.addTab(w, self.tr("2. Attendance"))

    def add_township_row(self, name: str = "", role: str = "", staff_id: int | None = None) -> None:
        r = self.town.rowCount()
        self.town.insertRow(r)
        who = QComboBox()
        who.setEditable(True)
        for s in self.staff:
            who.addItem(f"{s['name']}", s["id"])
        who.setCurrentIndex(-1)
        if name:
            idx = who.findText(name)
            if idx >= 0:
                who.setCurrentIndex(idx)
            else:
                who.setEditText(name)
        roles = QComboBox()
        for code, label in meetings.TOWNSHIP_ROLES.items():
            roles.addItem(label, code)
        if role:
            roles.setCurrentIndex(roles.findData(role))

        def picked(i: int) -> None:
            sid = who.itemData(i)
            for s in self.staff:
                if s["id"] == sid:
                    link = s.get("link_role") or ("office" if s["is_office_member"] else "")
                    if link:
                        roles.setCurrentIndex(roles.findData(link))

        who.currentIndexChanged.connect(picked)
        if not role and staff_id is None and who.currentIndex() >= 0:
            picked(who.currentIndex())
        self.watch(who)
        self.watch(roles)
        self.town.setCellWidget(r, 0, who)
        self.town.setCellWidget(r, 1, roles)
        self.mark_dirty()

    def _agenda_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("Agenda items, one per line:")))
        self.agenda = text_edit(self.tr("e.g.\nReport on last month's work\nPlan the road repair"), min_height=90)
        self.agenda.setObjectName("agenda")
        self.watch(self.agenda)
        lay.addWidget(self.agenda, 1)
        lay.addWidget(QLabel(self.tr("Each line of work reports (条线汇报):")))
        self.reports = QTableWidget(0, 3)
        self.reports.setObjectName("reportsTable")
        self.reports.setHorizontalHeaderLabels([self.tr("Line of work"), self.tr("Reported by"), self.tr("Report")])
        self.reports.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.reports.setColumnWidth(0, 140)
        self.reports.setColumnWidth(1, 120)
        self.reports.verticalHeader().setVisible(False)
        self.reports.verticalHeader().setDefaultSectionSize(40)
        self.reports.itemChanged.connect(self.mark_dirty)
        lay.addWidget(self.reports, 2)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a report"))
        add.setObjectName("addReport")
        add.clicked.connect(lambda: self.add_report_row())
        rm = QPushButton(self.tr("Remove the selected report"))
        rm.clicked.connect(lambda: self._remove_selected(self.reports))
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.register_field("reports", self.reports))
        lay.addWidget(QLabel(self.tr("Discussion:")))
        self.discussion = text_edit(self.tr("What was discussed and who said what"), min_height=90)
        self.discussion.setObjectName("discussion")
        self.watch(self.discussion)
        lay.addWidget(self.discussion, 1)
        self.tabs.addTab(w, self.tr("3. Agenda and reports"))

    def add_report_row(self, line: str = "", reporter: str = "", content: str = "") -> None:
        r = self.reports.rowCount()
        self.reports.insertRow(r)
        lines = QComboBox()
        lines.setEditable(True)
        lines.addItems(meetings.LINES)
        lines.setEditText(line or "")
        self.watch(lines)
        self.reports.setCellWidget(r, 0, lines)
        self.reports.setItem(r, 1, QTableWidgetItem(reporter))
        self.reports.setItem(r, 2, QTableWidgetItem(content))
        self.mark_dirty()

    def _resolutions_tab(self) -> None:
        w = QWidget()
        lay = QVBoxLayout(w)
        lay.addWidget(QLabel(self.tr("Resolutions of this meeting (决议), each with who is responsible and by when:")))
        self.res = QTableWidget(0, 3)
        self.res.setObjectName("resolutionsTable")
        self.res.setHorizontalHeaderLabels([self.tr("Resolution"), self.tr("Responsible"), self.tr("Due by")])
        self.res.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.res.setColumnWidth(1, 130)
        self.res.setColumnWidth(2, 160)
        self.res.verticalHeader().setVisible(False)
        self.res.verticalHeader().setDefaultSectionSize(40)
        self.res.itemChanged.connect(self.mark_dirty)
        lay.addWidget(self.res, 2)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add a resolution"))
        add.setObjectName("addResolution")
        add.clicked.connect(lambda: self.add_resolution_row())
        rm = QPushButton(self.tr("Remove the selected resolution"))
        rm.clicked.connect(lambda: self._remove_selected(self.res))
        row.addWidget(add)
        row.addWidget(rm)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addWidget(self.register_field("resolutions", self.res))
        lay.addWidget(QLabel(self.tr("Follow-up of earlier resolutions still open (上次决议落实情况):")))
        self.fu = QTableWidget(0, 5)
        self.fu.setObjectName("followupsTable")
        self.fu.setHorizontalHeaderLabels([self.tr("Resolution"), self.tr("Responsible"), self.tr("Due by"),
                                           self.tr("Status now"), self.tr("Note")])
        self.fu.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 100), (2, 120), (3, 150), (4, 200)):
            self.fu.setColumnWidth(col, width)
        self.fu.verticalHeader().setVisible(False)
        self.fu.verticalHeader().setDefaultSectionSize(40)
        lay.addWidget(self.fu, 2)
        lay.addWidget(self.register_field("followups", self.fu))
        self.tabs.addTab(w, self.tr("4. Resolutions"))

    def add_resolution_row(self, text: str = "", owner: str = "", due: dt.date | None = None,
                           rid: int | None = None) -> None:
        r = self.res.rowCount()
        self.res.insertRow(r)
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, rid)
        self.res.setItem(r, 0, item)
        self.res.setItem(r, 1, QTableWidgetItem(owner))
        d = DateField(due or (self.held_on.value() + dt.timedelta(days=30)))
        self.watch(d)
        self.res.setCellWidget(r, 2, d)
        self.mark_dirty()

    def _remove_selected(self, table: QTableWidget) -> None:
        rows = sorted({i.row() for i in table.selectedIndexes()} | {table.currentRow()} - {-1}, reverse=True)
        for r in rows:
            table.removeRow(r)
        if rows:
            self.mark_dirty()

    # -- data in -------------------------------------------------------------------------------
    def fill_defaults(self) -> None:
        t = today()
        self.held_on.set_value(t)
        self.topic.setText(self.tr("%1 work meeting").replace("%1", f"{t.year}年{t.month}月"))
        if self.cadres:
            self.host.setEditText(self.cadres[0]["name"])
            self.recorder.setEditText(self.cadres[min(2, len(self.cadres) - 1)]["name"])
        last = self.ctx.store.one("SELECT place FROM meetings WHERE village_id=? ORDER BY held_on DESC LIMIT 1",
                                  (self.village_id,))
        if last:
            self.place.setText(last["place"])
        # The township people linked to the village are the usual attendees.
        for s in self.staff:
            if s.get("link_role"):
                self.add_township_row(s["name"], s["link_role"], s["id"])
        for c in self.cadres[:5]:
            if c["line"]:
                self.add_report_row(c["line"], c["name"], "")

    def load(self, m: dict[str, Any]) -> None:
        self.kind.setCurrentIndex(self.kind.findData(m["kind"]))
        self.held_on.set_value(dt.date.fromisoformat(m["held_on"]))
        self.start_time.set_value(m["start_time"])
        self.place.setText(m["place"])
        self.host.setEditText(m["host"])
        self.recorder.setEditText(m["recorder"])
        self.topic.setText(m["topic"])
        by_id = {a["cadre_id"]: a for a in m["attendance"]}
        for r in range(self.att.rowCount()):
            cid = self.att.item(r, 0).data(Qt.ItemDataRole.UserRole)
            a = by_id.get(cid)
            box = self.att.cellWidget(r, 2)
            if a is None:
                box.setChecked(False)
                self.att.item(r, 3).setText("")
            else:
                box.setChecked(bool(a["present"]))
                self.att.item(r, 3).setText(a["absence_reason"])
        for t in m["township"]:
            self.add_township_row(t["name"], t["role"], t["staff_id"])
        self.agenda.setPlainText("\n".join(m["agenda"]))
        for rep in m["reports"]:
            self.add_report_row(rep["line"], rep["reporter"], rep["content"])
        self.discussion.setPlainText(m["discussion"])
        for res in m["resolutions"]:
            self.add_resolution_row(res["text"], res["owner"], dt.date.fromisoformat(res["due_on"]), res["id"])

    def load_followups(self) -> None:
        keep = {self.fu.item(r, 0).data(Qt.ItemDataRole.UserRole): (self.fu.cellWidget(r, 3).currentData(),
                                                                      self.fu.item(r, 4).text())
                for r in range(self.fu.rowCount())}
        rows = meetings.open_resolutions(self.ctx.store, self.ctx.actor, self.village_id,
                                         before=self.held_on.value(), meeting_id=self.meeting_id)
        self.fu.setRowCount(0)
        for r in rows:
            i = self.fu.rowCount()
            self.fu.insertRow(i)
            item = QTableWidgetItem(f"{r['text']}（{r['from_date']}）")
            item.setData(Qt.ItemDataRole.UserRole, r["id"])
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.fu.setItem(i, 0, item)
            for col, key in ((1, "owner"), (2, "due_on")):
                it = QTableWidgetItem(r[key])
                it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if key == "due_on" and r[key] < self.held_on.value().isoformat():
                    it.setForeground(Qt.GlobalColor.red)
                self.fu.setItem(i, col, it)
            st = QComboBox()
            st.addItem(self.tr("(not followed up)"), None)
            for code, label in meetings.RESOLUTION_STATUS.items():
                st.addItem(label, code)
            prev = keep.get(r["id"])
            status = prev[0] if prev else r["followup_status"]
            st.setCurrentIndex(max(0, st.findData(status)))
            self.watch(st)
            self.fu.setCellWidget(i, 3, st)
            self.fu.setItem(i, 4, QTableWidgetItem(prev[1] if prev else (r["followup_note"] or "")))
        self.fu.itemChanged.connect(self.mark_dirty)

    # -- data out ------------------------------------------------------------------------------
    def collect(self) -> MeetingInput:
        att = []
        for r in range(self.att.rowCount()):
            cid = self.att.item(r, 0).data(Qt.ItemDataRole.UserRole)
            present = self.att.cellWidget(r, 2).isChecked()
            att.append(Attendee(cid, present, self.att.item(r, 3).text()))
        town = []
        for r in range(self.town.rowCount()):
            who: QComboBox = self.town.cellWidget(r, 0)
            roles: QComboBox = self.town.cellWidget(r, 1)
            name = who.currentText().strip()
            sid = who.currentData() if who.currentIndex() >= 0 and who.itemText(who.currentIndex()) == name else None
            if name:
                town.append(TownshipAttendee(name, roles.currentData(), sid))
        reports = []
        for r in range(self.reports.rowCount()):
            line = self.reports.cellWidget(r, 0).currentText()
            reporter = self.reports.item(r, 1).text() if self.reports.item(r, 1) else ""
            content = self.reports.item(r, 2).text() if self.reports.item(r, 2) else ""
            if content.strip():  # rows offered for each line but left empty are not reports
                reports.append(Report(line, content, reporter))
        res = []
        for r in range(self.res.rowCount()):
            item = self.res.item(r, 0)
            text = item.text() if item else ""
            owner = self.res.item(r, 1).text() if self.res.item(r, 1) else ""
            if text.strip() or owner.strip():
                res.append(Resolution(text, owner, self.res.cellWidget(r, 2).value(),
                                      item.data(Qt.ItemDataRole.UserRole) if item else None))
        fus = []
        for r in range(self.fu.rowCount()):
            status = self.fu.cellWidget(r, 3).currentData()
            if status:
                fus.append(Followup(self.fu.item(r, 0).data(Qt.ItemDataRole.UserRole), status,
                                    self.fu.item(r, 4).text() if self.fu.item(r, 4) else ""))
        return MeetingInput(
            village_id=self.village_id, kind=self.kind.currentData(), held_on=self.held_on.value(),
            start_time=self.start_time.value(), place=self.place.text(), host=self.host.currentText(),
            recorder=self.recorder.currentText(), topic=self.topic.text(),
            discussion=self.discussion.toPlainText(), attendance=att, township=town,
            agenda=[line for line in self.agenda.toPlainText().splitlines() if line.strip()], reports=reports,
            resolutions=res, followups=fus)

    def on_save(self) -> None:
        if self.read_only:
            return
        self.clear_errors()
        try:
            self.meeting_id = meetings.save_meeting(self.ctx.store, self.ctx.actor, self.collect(),
                                                    meeting_id=self.meeting_id)
        except VillageAdminError as exc:
            self.show_exception(exc)
            field = getattr(exc, "field", None)
            if field in FIELD_TAB:
                self.tabs.setCurrentIndex(FIELD_TAB[field])
            return
        self.ctx.notify("meetings")
        self.saved()

    def on_print(self) -> None:
        if self.meeting_id is None:
            return
        if self.dirty:
            self.show_error(None, self.tr("Save the record first, then print it."))
            return
        print_meeting(self, self.ctx, self.meeting_id)


def print_meeting(parent: QWidget, ctx: AppContext, meeting_id: int) -> None:
    from villageadmin.core.reports import meeting as meeting_report
    from villageadmin.ui.printing import print_or_save

    m = ctx.store.one("SELECT m.held_on, v.name FROM meetings m JOIN villages v ON v.id=m.village_id WHERE m.id=?",
                      (meeting_id,))
    name = f"{m['name']}-会议记录-{m['held_on']}.pdf" if m else "会议记录.pdf"
    print_or_save(parent, lambda path: meeting_report.render(ctx.store, ctx.actor, meeting_id, path), name)


