"""Meetings page: the village's meeting records, search, the monthly calendar, the township table."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget,
                               QVBoxLayout, QWidget)

from villageadmin.core import meetings, search
from villageadmin.core.clock import today
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui.context import AppContext
from villageadmin.ui.meetings.calendar import MonthCalendar, TownshipMonthTable
from villageadmin.ui.meetings.form import MeetingForm, print_meeting
from villageadmin.ui.widgets.sqlmodel import SqlTableModel
from villageadmin.ui.widgets.table import Column, make_table_view


class MeetingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        head.addWidget(self.heading)
        head.addStretch(1)
        self.new_button = QPushButton(self.tr("New meeting record"))
        self.new_button.setObjectName("newMeeting")
        self.new_button.setProperty("primary", True)
        self.new_button.setMinimumHeight(44)
        self.new_button.setToolTip(self.tr("Record this month's work meeting or another meeting (Ctrl+N)"))
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.clicked.connect(self.new_meeting)
        head.addWidget(self.new_button)
        lay.addLayout(head)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingPageTabs")
        lay.addWidget(self.tabs, 1)

        # Records list + search. Each part is put in its place before it is filled: a finished part moved into
        # the page restyles every widget in it again.
        w = QWidget()
        self.tabs.addTab(w, self.tr("Records"))
        wl = QVBoxLayout(w)
        bar = QHBoxLayout()
        wl.addLayout(bar)
        bar.addWidget(QLabel(self.tr("Year:")))
        self.year = QComboBox(w)
        self.year.setObjectName("yearFilter")
        bar.addWidget(self.year)
        bar.addSpacing(20)
        bar.addWidget(QLabel(self.tr("Find in minutes:")))
        self.query = QLineEdit()
        self.query.setObjectName("searchBox")
        self.query.setPlaceholderText(self.tr("any word, e.g. 道路 or 水"))
        self.query.setClearButtonEnabled(True)
        bar.addWidget(self.query, 1)
        self.whole_township = QCheckBox(self.tr("Search every village"))
        self.whole_township.setObjectName("searchAllVillages")
        self.whole_township.setToolTip(self.tr("Find the words in the minutes of all villages of the township"))
        self.whole_township.setVisible(ctx.is_township)
        self.whole_township.toggled.connect(lambda *_: self.load_list())
        bar.addWidget(self.whole_township)
        self.model = SqlTableModel([
            Column("held_on", self.tr("Date")),
            Column("village_name", self.tr("Village")),
            Column("kind_label", self.tr("Kind")),
            Column("topic", self.tr("Topic / where found")),
            Column("host", self.tr("Host")),
            Column("n_resolutions", self.tr("Resolutions"), align_right=True),
        ])
        self.view = make_table_view(self.model, w, name="meetingsTable", stretch=3)
        self.view.doubleClicked.connect(lambda idx: self.open_meeting(self.model.row(idx.row())["id"],
                                                                      self.model.row(idx.row())["village_id"]))
        wl.addWidget(self.view, 1)
        btns = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openMeeting")
        self.open_button.setToolTip(self.tr("Open the selected record to read or change it"))
        self.open_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printMeeting")
        self.print_button.setToolTip(self.tr("Print the official record of the selected meeting (Ctrl+P)"))
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(self.print_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteMeeting")
        self.delete_button.setToolTip(self.tr("Delete a meeting entered by mistake (you are asked first)"))
        self.delete_button.clicked.connect(self.delete_selected)
        btns.addWidget(self.open_button)
        btns.addWidget(self.delete_button)
        btns.addStretch(1)
        btns.addWidget(self.print_button)
        wl.addLayout(btns)

        # Calendar for the village
        c = QWidget()
        self.tabs.addTab(c, self.tr("Monthly calendar"))
        cl = QVBoxLayout(c)
        crow = QHBoxLayout()
        cl.addLayout(crow)
        crow.addWidget(QLabel(self.tr("Year:")))
        self.cal_year = QComboBox(c)
        self.cal_year.setObjectName("calendarYear")
        crow.addWidget(self.cal_year)
        legend = QLabel(self.tr("Green: work meeting held in days 1–7 · Amber: held late · Red: not held · "
                                "Grey: not due yet"))
        legend.setWordWrap(True)
        crow.addWidget(legend, 1)
        self.calendar = MonthCalendar(c)
        self.calendar.setObjectName("monthCalendar")
        cl.addWidget(self.calendar, 1)

        # Township: all villages in one table
        self.township_table: TownshipMonthTable | None = None
        if ctx.is_township:
            t = QWidget()
            self.tabs.addTab(t, self.tr("All villages"))
            tl = QVBoxLayout(t)
            tl.addWidget(QLabel(self.tr("Every village, month by month: ✓ work meeting in days 1–7, a day number "
                                        "when held late, ✗ not held. Hover a cell for township visits and overdue "
                                        "resolutions.")))
            self.township_table = TownshipMonthTable(t)
            self.township_table.setObjectName("townshipMonthTable")
            tl.addWidget(self.township_table, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.load_list)
        self.query.textChanged.connect(lambda *_: self._search_timer.start())
        self.year.currentIndexChanged.connect(lambda *_: self.load_list())
        self.cal_year.currentIndexChanged.connect(lambda *_: self.load_calendar())
        self.tabs.currentChanged.connect(lambda *_: self.refresh())
        ctx.village_changed.connect(lambda *_: self.refresh())
        ctx.data_changed.connect(lambda area: self.refresh() if area == "meetings" else None)
        self._fill_years()

    def title(self) -> str:
        return self.tr("Meetings")

    def tooltip(self) -> str:
        return self.tr("Monthly work meetings and their official records")

    def _fill_years(self) -> None:
        y = today().year
        for combo in (self.year, self.cal_year):
            combo.blockSignals(True)
            combo.clear()
            if combo is self.year:
                combo.addItem(self.tr("All years"), None)
            for yy in range(y, y - 11, -1):
                combo.addItem(str(yy), yy)
            combo.setCurrentIndex(1 if combo is self.year else 0)
            combo.blockSignals(False)

    @property
    def village_id(self) -> int | None:
        return self.ctx.current_village

    def refresh(self) -> None:
        vid = self.village_id
        self.heading.setText(self.tr("Meetings — %1").replace("%1", self.ctx.village_name(vid)))
        writable = vid is not None and self.ctx.actor.may_write(vid)
        self.new_button.setEnabled(writable)
        self.delete_button.setEnabled(writable)
        idx = self.tabs.currentIndex()
        if idx == 0:
            self.load_list()
        elif idx == 1:
            self.load_calendar()
        elif self.township_table is not None:
            self.load_township()

    def hideEvent(self, event: object) -> None:  # noqa: N802
        self._search_timer.stop()  # no search after the page (or its window) has gone
        super().hideEvent(event)  # type: ignore[arg-type]

    def load_list(self) -> None:
        vid = self.village_id
        if vid is None:
            self.model.set_rows([])
            return
        q = self.query.text().strip()
        all_villages = self.ctx.is_township and self.whole_township.isChecked()
        self.view.setColumnHidden(1, not all_villages)
        if q:
            ids = self.ctx.village_ids() if all_villages else [vid]
            rows = search.search_meetings(self.ctx.store, q, village_ids=ids, limit=500)
            for r in rows:
                r["kind_label"] = meetings.KINDS.get(r["kind"], r["kind"])
                r["topic"] = r["snippet"]
                r["host"] = ""
                r["n_resolutions"] = ""
            self.model.set_rows(rows)
        else:
            store, actor, year = self.ctx.store, self.ctx.actor, self.year.currentData()
            self.model.set_source(lambda offset, limit: meetings.list_meetings(
                store, actor, village_id=vid, year=year, limit=limit, offset=offset))

    def load_calendar(self) -> None:
        vid = self.village_id
        if vid is None:
            return
        self.calendar.set_months(meetings.month_statuses(self.ctx.store, self.ctx.actor, vid,
                                                         self.cal_year.currentData()))

    def load_township(self) -> None:
        assert self.township_table is not None
        store, actor, year = self.ctx.store, self.ctx.actor, self.cal_year.currentData()
        # The township's visits only in the tooltips: read when one first asks, not with the first rows.
        self.township_table.set_source(
            self.ctx.villages(),
            lambda ids: meetings.township_month_table(store, actor, year, village_ids=ids, visits=False),
            lambda table: meetings.add_township_visits(store, actor, year, table))

    def selected_id(self) -> int | None:
        idx = self.view.currentIndex()
        if not idx.isValid():
            return None
        return int(self.model.row(idx.row())["id"])

    def new_meeting(self) -> None:
        if self.village_id is None:
            return
        if MeetingForm(self.ctx, self.village_id, None, self).exec():
            self.refresh()

    def open_meeting(self, meeting_id: int, village_id: int | None = None) -> None:
        if MeetingForm(self.ctx, village_id or self.village_id or 0, meeting_id, self).exec():
            self.refresh()

    def open_selected(self) -> None:
        mid = self.selected_id()
        if mid is not None:
            self.open_meeting(mid, self.model.row(self.view.currentIndex().row())["village_id"])
        else:
            QMessageBox.information(self, self.tr("Open"), self.tr("Click a meeting in the list first."))

    def print_selected(self) -> None:
        mid = self.selected_id()
        if mid is None:
            QMessageBox.information(self, self.tr("Print"), self.tr("Click a meeting in the list first."))
            return
        print_meeting(self, self.ctx, mid)

    def delete_selected(self) -> None:
        mid = self.selected_id()
        if mid is None:
            return
        row = self.model.row(self.view.currentIndex().row())
        ok = QMessageBox.question(self, self.tr("Delete meeting record"),
                                  self.tr("Delete the record of the meeting on %1? This cannot be undone.")
                                  .replace("%1", row["held_on"]))
        if ok != QMessageBox.StandardButton.Yes:
            return
        try:
            meetings.delete_meeting(self.ctx.store, self.ctx.actor, mid)
        except VillageAdminError as exc:
            QMessageBox.warning(self, self.tr("Cannot delete"), exc.message)
            return
        self.ctx.notify("meetings")


