"""The sync page (export in one click, import with a report, enrolment) and the township overview."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from tests.core import sync_util as su
from villageadmin.core import accounts
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, importer, keys
from villageadmin.ui import ops
from villageadmin.ui.context import AppContext


@pytest.fixture
def two(tmp_path: Path, tmp_path_factory):  # noqa: ANN001
    pc_dir, arch_dir = su.fresh_pair(tmp_path_factory, tmp_path)
    pc, arch = open_store(pc_dir), open_store(arch_dir)
    stick = tmp_path / "stick"
    stick.mkdir()
    yield pc, arch, stick
    ops.wait_idle()
    pc.close()
    arch.close()


def _settle(qtbot, until) -> None:  # noqa: ANN001
    ops.wait_idle()
    qtbot.waitUntil(until, timeout=10000)


def test_village_exports_in_one_click(qtbot, two, no_dialogs, monkeypatch):  # noqa: ANN001
    from villageadmin.ui.sync.page import SyncPage

    pc, _arch, stick = two
    ctx = AppContext(pc, accounts.authenticate(pc, "001", su.VILLAGE_PW))
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.last_sent.text() == "还没有向乡镇报送过文件。"
    assert "上次报送以后有变化的记录" in page.changed.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, lambda: any("已保存第 1 号文件" in text for _k, text in no_dialogs))
    assert (stick / "白鹿村-2026-11-27-0001.vabundle").exists()
    assert page.last_sent.text() == "上次报送乡镇：2026年11月27日，第 1 号文件"
    _settle(qtbot, lambda: page.changed.text() == "上次报送以后有变化的记录：0 条")  # counted in the background
    assert page.own_fp.text() == keys.own_key(pc, village_id=1).fingerprint


def test_township_imports_a_stick_and_sees_the_refused_file(qtbot, two, no_dialogs, monkeypatch):  # noqa: ANN001
    from villageadmin.ui.sync import page as page_mod
    from villageadmin.ui.sync.page import SyncPage

    pc, arch, stick = two
    v1 = accounts.authenticate(pc, "001", su.VILLAGE_PW)
    good = bundle.export_village(pc, v1, 1, stick).path
    (stick / "坏的.vabundle").write_bytes(good.read_bytes()[:-50])
    shown: list[importer.ImportReport] = []
    monkeypatch.setattr(page_mod.SyncImportReportDialog, "exec", lambda self: shown.append(self.report) or 1)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    ctx = AppContext(arch, accounts.authenticate(arch, "admin", su.ADMIN_PW))
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    qtbot.mouseClick(page.import_folder_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, lambda: bool(shown))
    assert sorted(f.status for f in shown[0].files) == ["imported", "refused"]
    assert arch.scalar("SELECT count(*) FROM meetings") == pc.scalar("SELECT count(*) FROM meetings WHERE village_id=1")
    assert page.log.rowCount() == 2
    assert {page.log.row(i)["status"] for i in range(2)} == {"imported", "refused"}


def test_import_report_dialog_lists_problems_first(qtbot):  # noqa: ANN001
    from villageadmin.ui.sync.dialogs import SyncImportReportDialog

    rep = importer.ImportReport([
        importer.FileReport("a.vabundle", "imported", village="白鹿村", seq=3, changes={"会议记录": {"new": 2}}),
        importer.FileReport("b.vabundle", "refused", reason="签名不对：文件在签名之后被改动过，或已损坏。", code="bad_signature")])
    d = SyncImportReportDialog(rep)
    qtbot.addWidget(d)
    assert d.table.item(0, 2).text() == "拒收"
    assert "签名不对" in d.table.item(0, 3).text()
    assert d.table.item(1, 1).text() == "白鹿村 第 3 号"
    assert d.table.item(1, 3).text() == "会议记录新增 2"


def test_enrol_dialog_compares_the_fingerprint(qtbot, tmp_path, no_dialogs):  # noqa: ANN001
    from villageadmin.ui.sync.dialogs import SyncEnrolDialog

    su.make_village_pc(tmp_path / "pc", meetings_per_village=1)
    pc = open_store(tmp_path / "pc")
    arch = open_store(tmp_path / "arch")
    try:
        from villageadmin.core import township

        township.set_up(arch, name="测试乡", code="T01", villages=[("001", "白鹿村")], admin_username="admin",
                        admin_password=su.ADMIN_PW)
        admin_pc = accounts.authenticate(pc, "admin", su.ADMIN_PW)
        path = keys.write_key_file(pc, admin_pc, tmp_path, village_id=1)
        fp = keys.own_key(pc, village_id=1).fingerprint
        d = SyncEnrolDialog(AppContext(arch, accounts.authenticate(arch, "admin", su.ADMIN_PW)), path=str(path))
        qtbot.addWidget(d)
        assert d.fp.text() == fp and "白鹿村（001）" in d.who.text()
        qtbot.keyClicks(d.heard, "1234 5678")
        d.on_save()
        assert "指纹对不上" in d._errors["fingerprint"].text()
        assert keys.peer(arch, village_id=1) is None
        d.heard.clear()
        qtbot.keyClicks(d.heard, fp.replace(" ", ""))
        d.on_save()
        assert keys.peer(arch, village_id=1)["fingerprint"] == fp
        # A key of a village the township does not have yet: offered to add it.
        path2 = keys.write_key_file(pc, admin_pc, tmp_path / "k2.vakey", village_id=2)
        d2 = SyncEnrolDialog(AppContext(arch, accounts.authenticate(arch, "admin", su.ADMIN_PW)), path=str(path2))
        qtbot.addWidget(d2)
        assert not d2.add_village.isHidden()
        d2.on_save()
        assert "没有编号为 002 的村" in d2.banner.text()
        d2.add_village.setChecked(True)
        d2.on_save()
        assert keys.peer(arch, village_id=arch.scalar("SELECT id FROM villages WHERE code='002'")) is not None
    finally:
        ops.wait_idle()
        pc.close()
        arch.close()


def test_enrol_dialog_refuses_a_damaged_file(qtbot, two):  # noqa: ANN001
    from villageadmin.ui.sync.dialogs import SyncEnrolDialog

    _pc, arch, stick = two
    bad = stick / "x.vakey"
    bad.write_text(json.dumps({"format": "villageadmin-key", "format_version": 1, "proof": "AAAA"}))
    d = SyncEnrolDialog(AppContext(arch, accounts.authenticate(arch, "admin", su.ADMIN_PW)), path=str(bad))
    qtbot.addWidget(d)
    assert "自签名不对" in d._errors["file"].text()
    d.on_save()
    assert "请先选择密钥文件" in d._errors["file"].text()


def test_township_overview_and_summary_print(qtbot, two, monkeypatch):  # noqa: ANN001
    from villageadmin.ui.township_overview import page as page_mod
    from villageadmin.ui.township_overview.page import TownshipOverviewPage

    pc, arch, stick = two
    v1 = accounts.authenticate(pc, "001", su.VILLAGE_PW)
    a_admin = accounts.authenticate(arch, "admin", su.ADMIN_PW)
    importer.import_files(arch, a_admin, [bundle.export_village(pc, v1, 1, stick).path])
    page = TownshipOverviewPage(AppContext(arch, a_admin))
    qtbot.addWidget(page)
    page.refresh()
    # The villages, their files and key candidates at once; the figures that need a whole check after it.
    assert page.model.rowCount() == 2 and page.model.text(0, 1) == "第 1 号，2026年11月27日"
    assert [page.model.text(0, c) for c in (2, 8, 9)] == ["…", "…", "…"]
    assert page.problems.item(0).text() == "正在检查记录…"
    _settle(qtbot, lambda: page.data is not None and page.data.complete)
    assert page.model.text(0, 2) != "…" and page.model.text(0, 8).isdigit()
    page.refresh()  # nothing changed: the figures stay, not counted again
    assert page.data.complete and not ops._running
    assert page.model.text(0, 0) == "白鹿村（001）"
    assert page.model.text(0, 1) == "第 1 号，2026年11月27日"
    assert page.model.text(1, 1) == "还没有收到"
    assert page.problems.count() >= 1
    made: list[Path] = []

    def fake_print(parent, make_pdf, name):  # noqa: ANN001
        target = stick / "summary.pdf"
        make_pdf(target)
        made.append(target)

    monkeypatch.setattr(page_mod, "print_or_save", fake_print)
    page.print_summary()
    assert made and made[0].stat().st_size > 5000


def test_overview_model_cells_and_columns_at_county_like_width(qtbot, two):
    """The overview's rows come from a model (no table items): colours, alignment and the last-file tooltip."""
    from PySide6.QtCore import Qt

    from villageadmin.ui.township_overview.page import BAD, GOOD, TownshipOverviewPage

    pc, arch, stick = two
    a_admin = accounts.authenticate(arch, "admin", su.ADMIN_PW)
    page = TownshipOverviewPage(AppContext(arch, a_admin))
    qtbot.addWidget(page)
    page.refresh()
    _settle(qtbot, lambda: page.data is not None and page.data.complete)
    m = page.model
    assert m.rowCount() == 2 and m.columnCount() == len(page.headers) == 10
    errors = page.data.rows[0].count("error")
    cell = m.index(0, 8)
    assert cell.data() == str(errors)
    assert cell.data(Qt.ItemDataRole.BackgroundRole).name() == (BAD if errors else GOOD)
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) == int(Qt.AlignmentFlag.AlignCenter)
    assert m.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == m.text(0, 1)
    assert m.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert page.table.selectionModel().selectedRows()[0].row() == 0


def test_receive_and_keys_tabs_are_built_and_filled_when_first_shown(qtbot, two):  # noqa: ANN001
    from villageadmin.ui.sync.page import TAB_KEYS, TAB_RECEIVE, SyncPage

    pc, _arch, stick = two
    v1 = accounts.authenticate(pc, "001", su.VILLAGE_PW)
    bundle.export_village(pc, v1, 1, stick)
    ops.wait_idle()
    page = SyncPage(AppContext(pc, v1))
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs.count() == 3 and page._built == {0}
    page.tabs.setCurrentIndex(TAB_KEYS)
    assert TAB_KEYS in page._built and TAB_RECEIVE not in page._built
    assert [r["fingerprint"] for r in page.own.rows] == [keys.own_key(pc, village_id=1).fingerprint]
    assert page.tabs.currentWidget().isAncestorOf(page.own_view)
    # A part of the receive tab asked for builds and fills it; a village has no policy button.
    assert page.log.rowCount() == 0 and not page.import_folder_button.isHidden()
    assert not hasattr(page, "policy_button")
    page.refresh()
    assert page.own.rowCount() == 1


def test_the_changed_count_is_read_once_per_state_of_the_data(qtbot, two, monkeypatch):  # noqa: ANN001
    """Counting reads every record of the village (seconds at county scale): showing the page again does not
    count again, nor queue the count behind itself; a change to the data does."""
    import datetime as dt

    from villageadmin.core import township
    from villageadmin.ui.sync.page import SyncPage

    pc, _arch, _stick = two
    actor = accounts.authenticate(pc, "001", su.VILLAGE_PW)
    ctx = AppContext(pc, actor)
    calls: list[int] = []
    real = bundle.changed_since_last
    monkeypatch.setattr(bundle, "changed_since_last", lambda s, a, v: calls.append(v) or real(s, a, v))
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    for _ in range(5):
        page.refresh()
    _settle(qtbot, lambda: page.changed.text().endswith(" 条"))
    before = page.changed.text()
    page.refresh()
    assert page.changed.text() == before and calls == [1]
    su.add_meeting(pc, actor, 1, [c["id"] for c in township.cadres(pc, actor, 1)], dt.date(2026, 11, 4))
    page.refresh()
    _settle(qtbot, lambda: page.changed.text().endswith(" 条") and page.changed.text() != before)
    assert calls == [1, 1]
