"""Township administration: accounts, villages, township staff and which villages they are linked to."""

from __future__ import annotations


from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTabWidget, QVBoxLayout, QWidget)

from villageadmin.core import accounts, meetings, township
from villageadmin.core.errors import VillageAdminError
from villageadmin.ui.context import AppContext
from villageadmin.ui.widgets.lazytabs import LazyTabsMixin
from villageadmin.ui.widgets.dialog import BaseDialog
from villageadmin.ui.widgets.table import Column, DictTableModel, make_table_view


TAB_ACCOUNTS, TAB_VILLAGES, TAB_STAFF = range(3)
# The parts of the villages and staff tabs, built when first shown (see TownshipAdminPage.__getattr__).
_LAZY_PARTS: dict[str, int] = {
    **dict.fromkeys(("villages", "villages_view", "v_code", "v_name"), TAB_VILLAGES),
    **dict.fromkeys(("staff", "staff_view"), TAB_STAFF),
}


class TownshipAdminPage(LazyTabsMixin, QWidget):
    LAZY_PARTS = _LAZY_PARTS
    ADMIN_ONLY = True

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        h = QLabel(self.tr("Accounts and villages"))
        h.setObjectName("pageTitle")
        lay.addWidget(h)
        self.tabs = QTabWidget()
        lay.addWidget(self.tabs, 1)
        role_names = {"admin": self.tr("Township administrator"), "village": self.tr("Village"),
                      "viewer": self.tr("Township (view only)")}
        # accounts. Each part is put in its place before it is filled: a finished part moved into the page
        # restyles every widget in it again.
        w = QWidget()
        self.tabs.addTab(w, self.tr("Accounts"))
        wl = QVBoxLayout(w)
        self.users = DictTableModel([
            Column("username", self.tr("User name")), Column("display_name", self.tr("Name")),
            Column("role", self.tr("Role"), lambda v, r: role_names.get(v, v)),
            Column("village_name", self.tr("Village")),
            Column("active", self.tr("In use"), lambda v, r: self.tr("yes") if v else self.tr("no")),
            Column("failed_count", self.tr("Failed sign-ins"), align_right=True)])
        self.users_view = make_table_view(self.users, w, name="usersTable", stretch=1)
        wl.addWidget(self.users_view, 1)
        row = QHBoxLayout()
        wl.addLayout(row)
        for text, slot, name, tip in (
            (self.tr("Add an account…"), self.add_user, "addUser",
             self.tr("A new sign-in for a village or for township staff")),
            (self.tr("Reset password…"), self.reset_password, "resetPassword",
             self.tr("Give the selected account a new password; its user must change it at the next sign-in")),
            (self.tr("Stop / restart using"), self.toggle_user, "toggleUser",
             self.tr("The selected account can no longer sign in (or can again); its records are kept")),
        ):
            b = QPushButton(text, w)
            b.setObjectName(name)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            row.addWidget(b)
        row.addStretch(1)
        # The villages and staff tabs are built when first shown (or a part of them is asked for).
        self._built = {TAB_ACCOUNTS}
        self._tab_pages: dict[int, QWidget] = {}
        for idx, label in ((TAB_VILLAGES, self.tr("Villages")), (TAB_STAFF, self.tr("Township staff"))):
            w = QWidget()
            QVBoxLayout(w)
            self._tab_pages[idx] = w
            self.tabs.addTab(w, label)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())

    def _ensure_tab(self, idx: int) -> None:
        if idx in self._built:
            return
        self._built.add(idx)
        if idx == TAB_VILLAGES:
            self._villages_tab()
        elif idx == TAB_STAFF:
            self._staff_tab()

    def _villages_tab(self) -> None:
        tab = self._tab_pages[TAB_VILLAGES]
        wl = tab.layout()
        self.villages = DictTableModel([Column("code", self.tr("Code")), Column("name", self.tr("Village name"))])
        self.villages_view = make_table_view(self.villages, tab, name="villagesTable", stretch=1)
        wl.addWidget(self.villages_view, 1)
        form = QHBoxLayout()
        wl.addLayout(form)
        self.v_code = QLineEdit(tab)
        self.v_code.setPlaceholderText(self.tr("code, e.g. 013"))
        self.v_name = QLineEdit(tab)
        self.v_name.setPlaceholderText(self.tr("village name"))
        add = QPushButton(self.tr("Add village"), tab)
        add.setObjectName("addVillage")
        add.setToolTip(self.tr("Add a village with this code and name; then add its sign-in on the Accounts tab"))
        add.clicked.connect(self.add_village)
        form.addWidget(self.v_code)
        form.addWidget(self.v_name, 1)
        form.addWidget(add)

    def _staff_tab(self) -> None:
        tab = self._tab_pages[TAB_STAFF]
        wl = tab.layout()
        self.staff = DictTableModel([
            Column("name", self.tr("Name")), Column("title", self.tr("Title")),
            Column("is_office_member", self.tr("Office member"), lambda v, r: self.tr("yes") if v else ""),
            Column("links", self.tr("Linked villages"))])
        self.staff_view = make_table_view(self.staff, tab, name="staffTable", stretch=3)
        wl.addWidget(self.staff_view, 1)
        row = QHBoxLayout()
        wl.addLayout(row)
        b = QPushButton(self.tr("Add township staff…"), tab)
        b.setObjectName("addStaff")
        b.setToolTip(self.tr("Add a member of the township staff (for meeting attendance and village links)"))
        b.clicked.connect(self.add_staff)
        row.addWidget(b)
        b = QPushButton(self.tr("Link to a village…"), tab)
        b.setObjectName("linkStaff")
        b.setToolTip(self.tr("Make the selected staff member the township's link (包村干部) to a village"))
        b.clicked.connect(self.link_staff)
        row.addWidget(b)
        row.addStretch(1)

    def title(self) -> str:
        return self.tr("Accounts & villages")

    def tooltip(self) -> str:
        return self.tr("Township administrator: accounts, villages and township staff")

    def refresh(self) -> None:
        """Load the tab on show only (the others when they are chosen)."""
        tab = self.tabs.currentIndex()
        self._ensure_tab(tab)
        if tab == 0:
            self.users.set_rows(accounts.list_users(self.ctx.store, self.ctx.actor))
        elif tab == 1:
            self.villages.set_rows(township.villages(self.ctx.store))
        else:
            self._load_staff()

    def _load_staff(self) -> None:
        rows = township.staff(self.ctx.store)
        links: dict[int, list[str]] = {}
        for sid, vname, role in self.ctx.store.execute(
                "SELECT l.staff_id, v.name, l.role FROM village_links l JOIN villages v ON v.id=l.village_id"):
            links.setdefault(sid, []).append(f"{vname}（{meetings.TOWNSHIP_ROLES[role]}）")
        for r in rows:
            r["links"] = "、".join(links.get(r["id"], []))
        self.staff.set_rows(rows)

    def _selected(self, view, model) -> dict | None:  # noqa: ANN001
        idx = view.currentIndex()
        return model.row(idx.row()) if idx.isValid() else None

    def add_user(self) -> None:
        if UserDialog(self.ctx, self).exec():
            self.refresh()

    def reset_password(self) -> None:
        u = self._selected(self.users_view, self.users)
        if u is None:
            QMessageBox.information(self, self.tr("Reset password"), self.tr("Click an account in the list first."))
            return
        dlg = ResetPasswordDialog(self.ctx, u, self)
        dlg.exec()
        self.refresh()

    def toggle_user(self) -> None:
        u = self._selected(self.users_view, self.users)
        if u is None:
            return
        try:
            accounts.set_active(self.ctx.store, self.ctx.actor, u["id"], not u["active"])
        except VillageAdminError as exc:
            QMessageBox.warning(self, self.tr("Cannot do that"), exc.message)
        self.refresh()

    def add_village(self) -> None:
        try:
            township.add_village(self.ctx.store, self.ctx.actor, code=self.v_code.text().strip(),
                                 name=self.v_name.text())
        except VillageAdminError as exc:
            QMessageBox.warning(self, self.tr("Cannot add the village"), exc.message)
            return
        self.v_code.clear()
        self.v_name.clear()
        self.refresh()

    def add_staff(self) -> None:
        if StaffDialog(self.ctx, self).exec():
            self.refresh()

    def link_staff(self) -> None:
        s = self._selected(self.staff_view, self.staff)
        if s is None:
            QMessageBox.information(self, self.tr("Link"), self.tr("Click a person in the list first."))
            return
        if LinkDialog(self.ctx, s, self).exec():
            self.refresh()


class UserDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Add an account"))
        self.ctx = ctx
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display = QLineEdit()
        self.role = QComboBox()
        self.role.addItem(self.tr("Village"), "village")
        self.role.addItem(self.tr("Township (view only)"), "viewer")
        self.role.addItem(self.tr("Township administrator"), "admin")
        self.village = QComboBox()
        for v in ctx.villages():
            self.village.addItem(f"{v['code']} {v['name']}", v["id"])
        self.role.currentIndexChanged.connect(lambda *_: self.village.setEnabled(self.role.currentData() == "village"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow("", self.register_field("username", self.username))
        form.addRow(self.tr("Name shown:"), self.display)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Village:"), self.village)
        form.addRow("", self.register_field("village", self.village))
        form.addRow(self.tr("First password:"), self.password)
        form.addRow("", self.register_field("password", self.password))
        self.body.addLayout(form)
        self.add_buttons()

    def on_save(self) -> None:
        self.clear_errors()
        role = self.role.currentData()
        try:
            accounts.create_user(self.ctx.store, self.ctx.actor, username=self.username.text(),
                                 display_name=self.display.text(), role=role, password=self.password.text(),
                                 village_id=self.village.currentData() if role == "village" else None,
                                 must_change_pw=True)
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.saved()


class ResetPasswordDialog(BaseDialog):
    def __init__(self, ctx: AppContext, user: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Reset password of %1").replace("%1", user["username"]))
        self.ctx = ctx
        self.user = user
        form = QFormLayout()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New password:"), self.password)
        form.addRow("", self.register_field("new_password", self.password))
        note = QLabel(self.tr("The person must change it the next time they sign in."))
        form.addRow("", note)
        self.body.addLayout(form)
        self.add_buttons(save_text=self.tr("Reset"))

    def on_save(self) -> None:
        self.clear_errors()
        try:
            accounts.set_password(self.ctx.store, self.ctx.actor, self.user["id"], self.password.text())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.saved()


class StaffDialog(BaseDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Add township staff"))
        self.ctx = ctx
        form = QFormLayout()
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.office = QCheckBox(self.tr("Member of the township secretary's office meeting (乡书记办公会议成员)"))
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.register_field("name", self.name))
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow("", self.office)
        self.body.addLayout(form)
        self.add_buttons()

    def on_save(self) -> None:
        self.clear_errors()
        try:
            township.add_staff(self.ctx.store, self.ctx.actor, name=self.name.text(), title=self.title_edit.text(),
                               is_office_member=self.office.isChecked())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.saved()


class LinkDialog(BaseDialog):
    def __init__(self, ctx: AppContext, staff: dict, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=self.tr("Link %1 to a village").replace("%1", staff["name"]))
        self.ctx = ctx
        self.staff = staff
        form = QFormLayout()
        self.village = QComboBox()
        for v in ctx.villages():
            self.village.addItem(f"{v['code']} {v['name']}", v["id"])
        self.role = QComboBox()
        for code in ("leader", "instructor", "liaison"):
            self.role.addItem(meetings.TOWNSHIP_ROLES[code], code)
        form.addRow(self.tr("Village:"), self.village)
        form.addRow(self.tr("As:"), self.role)
        form.addRow("", self.register_field("role", self.role))
        self.body.addLayout(form)
        self.add_buttons()

    def on_save(self) -> None:
        try:
            township.link_staff(self.ctx.store, self.ctx.actor, village_id=self.village.currentData(),
                                staff_id=self.staff["id"], role=self.role.currentData())
        except VillageAdminError as exc:
            self.show_exception(exc)
            return
        self.saved()
