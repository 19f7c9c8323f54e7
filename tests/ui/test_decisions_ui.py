from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from villageadmin.core import decisions, meetings
from villageadmin.core.decisions import MatterInput, StepInput, Vote
from villageadmin.core.meetings import MeetingInput
from villageadmin.ui.context import AppContext


@pytest.fixture
def ctx(store, village1):
    return AppContext(store, village1)


def _matter(store, actor) -> int:
    return decisions.create_matter(store, actor, MatterInput(1, "project", "硬化村东道路", "村东道路 1.2 公里硬化",
                                                             created_on=dt.date(2026, 10, 1)))


def _step_dialog(qtbot, ctx, mid):
    from villageadmin.ui.decisions.step import DecisionStepDialog

    m = decisions.get_matter(ctx.store, ctx.actor, mid)
    d = DecisionStepDialog(ctx, m, m["state"]["next_step"])
    qtbot.addWidget(d)
    return d


def test_new_matter_then_two_steps_through_the_dialogs(qtbot, ctx, store, no_dialogs):
    from villageadmin.ui.decisions.matter import DecisionMatterDialog

    md = DecisionMatterDialog(ctx, 1, None)
    qtbot.addWidget(md)
    assert not md.procedure.isEnabled()
    qtbot.mouseClick(md.save_button, Qt.MouseButton.LeftButton)
    assert md.isVisible() or md.result() == 0
    assert "请填写事项名称" in md._errors["title"].text()
    md.title_edit.insert("硬化村东道路")
    md.content.setPlainText("村东道路 1.2 公里硬化，预算 30 万元")
    md.amount.setText("300000")
    md.created_on.set_value(dt.date(2026, 10, 1))
    qtbot.mouseClick(md.save_button, Qt.MouseButton.LeftButton)
    mid = store.scalar("SELECT id FROM decision_matters")
    assert store.one("SELECT title, amount_fen, created_on FROM decision_matters") == {
        "title": "硬化村东道路", "amount_fen": 30_000_000, "created_on": "2026-10-01"}
    assert md.matter_id == mid and md.procedure.isEnabled()
    assert md.record_button.text() == "登记第 1 步：党支部提议…"

    # Step 1: a new branch committee meeting made from the step, 5 members all for.
    d1 = _step_dialog(qtbot, ctx, mid)
    assert d1.make_new.isChecked() and not d1.use_existing.isEnabled()  # no branch meeting on file yet
    d1.held_on.set_value(dt.date(2026, 10, 3))
    d1.place.insert("村部会议室")
    d1.members.setValue(5)
    d1.present.setValue(5)
    d1.votes_for.setValue(5)
    assert d1.verdict.text() == "通过"
    assert d1.text.toPlainText() == "村东道路 1.2 公里硬化，预算 30 万元"  # the proposal defaults to the matter
    qtbot.mouseClick(d1.save_button, Qt.MouseButton.LeftButton)
    assert d1.result() == 1, d1.banner.text()
    s1 = store.one("SELECT s.step, s.passed, m.kind, m.held_on, m.place FROM decision_steps s"
                   " JOIN meetings m ON m.id = s.meeting_id")
    assert s1 == {"step": 1, "passed": 1, "kind": "branch", "held_on": "2026-10-03", "place": "村部会议室"}

    # Step 2: link the joint meeting already on file.
    joint = meetings.save_meeting(store, ctx.actor, MeetingInput(1, "joint", dt.date(2026, 10, 8), place="村部",
                                                                 host="张书记", recorder="王会计"))
    d2 = _step_dialog(qtbot, ctx, mid)
    assert d2.use_existing.isChecked() and d2.existing.currentData() == joint
    d2.members.setValue(7)
    d2.present.setValue(6)
    d2.votes_for.setValue(4)
    assert d2.verdict.text() == "通过"
    d2.text.setPlainText("同意提交党员大会审议")
    qtbot.mouseClick(d2.save_button, Qt.MouseButton.LeftButton)
    assert d2.result() == 1, d2.banner.text()
    assert store.scalar("SELECT meeting_id FROM decision_steps WHERE step=2") == joint
    assert store.scalar("SELECT count(*) FROM meetings") == 2

    md.reload()
    assert [t["status"] for t in md.timeline.steps] == ["passed", "passed", "next", "todo", "todo", "todo"]
    assert md.state_label.text().startswith("当前：待党员大会审议")
    assert md.steps_model.rowCount() == 2
    assert not md.print_button.isEnabled()  # nothing decided yet


@pytest.mark.parametrize("present, votes_for, verdict", [
    (20, 16, "通过"), (19, 19, "到会人数不足，不能作出决定"), (20, 15, "未通过"), (30, 16, "通过")])
def test_party_members_vote_is_worked_out_live(qtbot, ctx, store, present, votes_for, verdict):
    mid = _matter(store, ctx.actor)
    for n, kind, day in ((1, "branch", 3), (2, "joint", 8)):
        decisions.record_step(store, ctx.actor, mid, StepInput(
            n, new_meeting=MeetingInput(1, kind, dt.date(2026, 10, day), place="村部", host="张书记", recorder="王会计"),
            vote=Vote(5, 5, 5)))
    d = _step_dialog(qtbot, ctx, mid)
    assert d.current_body() == "party_members"
    d.members.setValue(30)
    d.present.setValue(present)
    d.votes_for.setValue(votes_for)
    assert d.verdict.text() == verdict
    assert ("须 20 人" in d.quorum_line.text()) or ("至少 20" in d.quorum_line.text())
    assert "16" in d.pass_line.text()
    # impossible numbers are flagged next to the field, at once
    d.votes_against.setValue(present)
    assert "多于实到" in d._errors["votes_for"].text()


def test_failed_step_offers_return_to_branch(qtbot, ctx, store, no_dialogs, monkeypatch):
    from villageadmin.ui.decisions import matter as matter_ui
    from villageadmin.ui.decisions.step import DecisionStepDialog

    mid = _matter(store, ctx.actor)
    for n, kind, day in ((1, "branch", 3), (2, "joint", 8)):
        decisions.record_step(store, ctx.actor, mid, StepInput(
            n, new_meeting=MeetingInput(1, kind, dt.date(2026, 10, day), place="村部", host="张书记", recorder="王会计"),
            vote=Vote(5, 5, 5)))

    class FilledStep(DecisionStepDialog):
        def exec(self) -> int:  # the secretary types 30 due, 19 present and saves
            self.held_on.set_value(dt.date(2026, 10, 15))
            self.place.setText("村党群服务中心")
            self.members.setValue(30)
            self.present.setValue(19)
            self.votes_for.setValue(19)
            self.on_save()
            return self.result()

    monkeypatch.setattr(matter_ui, "DecisionStepDialog", FilledStep)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("到会党员不足，补充通知后重新提议", True))
    md = matter_ui.DecisionMatterDialog(ctx, 1, mid)
    qtbot.addWidget(md)
    md.record_next()
    assert no_dialogs and no_dialogs[-1][0] == "question" and "不能进入下一步" in no_dialogs[-1][1]
    m = decisions.get_matter(store, ctx.actor, mid)
    assert m["round"] == 2
    assert "到会党员不足" in m["history"][0]["steps"][2]["return_note"]
    assert md.record_button.text() == "登记第 1 步：党支部提议…"
    assert "第 2 轮" in md.state_label.text()


def test_page_lists_current_step_and_overdue(qtbot, store, admin, village1, monkeypatch):
    from villageadmin.ui.decisions.page import DecisionsPage

    mid = _matter(store, village1)
    decisions.record_step(store, village1, mid, StepInput(
        1, new_meeting=MeetingInput(1, "branch", dt.date(2026, 10, 3), place="村部", host="张书记", recorder="王会计"),
        vote=Vote(5, 5, 5)))
    page = DecisionsPage(AppContext(store, village1))
    qtbot.addWidget(page)
    page.refresh()
    row = page.model.row(0)
    assert (row["title"], row["current"]) == ("硬化村东道路", "待两委商议")
    assert "已 55 天" in row["overdue"]
    assert page.summary.text() == "1 件，1 件逾期"
    page.overdue_only.setChecked(True)
    assert page.model.rowCount() == 1

    township = DecisionsPage(AppContext(store, admin))
    qtbot.addWidget(township)
    township.tabs.setCurrentIndex(1)
    assert township.all_model is not None and township.all_model.rowCount() == 1
    assert township.all_model.row(0)["village_name"] == "白鹿村"


def test_publicity_step_prints_the_notice_before_saving(qtbot, ctx, store, monkeypatch):
    from villageadmin.ui import printing

    mid = _matter(store, ctx.actor)
    kinds = {1: "branch", 2: "joint", 3: "party_members", 4: "representatives"}
    for n in range(1, 5):
        decisions.record_step(store, ctx.actor, mid, StepInput(
            n, new_meeting=MeetingInput(1, kinds[n], dt.date(2026, 10, 2 + n * 3), place="村部", host="张书记",
                                        recorder="王会计"),
            vote=Vote(30, 25, 20), text="同意硬化村东道路" if n == 4 else ""))
    made = []
    monkeypatch.setattr(printing, "print_or_save", lambda parent, make, name: made.append((make, name)))
    d = _step_dialog(qtbot, ctx, mid)
    assert d.text.toPlainText() == "同意硬化村东道路"
    d.posted_on.set_value(dt.date(2026, 11, 20))
    assert d.period_line.text() == "张贴时间：2026-11-20 至 2026-11-26"
    qtbot.mouseClick(d.print_button, Qt.MouseButton.LeftButton)
    assert made and made[0][1].endswith("决议公示")
    import pdfplumber

    out = store.data_dir / "n.pdf"
    made[0][0](out)
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text().replace(" ", "")
    assert "公示期：2026年11月20日至2026年11月26日" in text
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    assert store.one("SELECT done_on, posted_place, period_days FROM decision_steps WHERE step=5") == {
        "done_on": "2026-11-20", "posted_place": "村务公开栏", "period_days": 7}


def test_project_link_shows_on_both_sides(qtbot, ctx, store):
    from tests.core.decisions_helpers import make_project
    from villageadmin.ui.decisions.hooks import project_decision_label
    from villageadmin.ui.decisions.matter import DecisionMatterDialog

    pid = make_project(store, ctx.actor)
    label = project_decision_label(ctx, pid)
    qtbot.addWidget(label)
    assert "没有关联" in label.text()
    mid = decisions.create_matter(store, ctx.actor, MatterInput(1, "project", "村东道路硬化工程", project_id=pid,
                                                                created_on=dt.date(2026, 10, 1)))
    kinds = {1: "branch", 2: "joint", 3: "party_members", 4: "representatives"}
    for n in range(1, 5):
        decisions.record_step(store, ctx.actor, mid, StepInput(
            n, new_meeting=MeetingInput(1, kinds[n], dt.date(2026, 10, 2 + n * 3), place="村部", host="张书记",
                                        recorder="王会计"), vote=Vote(30, 25, 20), text="同意" if n == 4 else ""))
    label = project_decision_label(ctx, pid)
    qtbot.addWidget(label)
    assert "“村东道路硬化工程”——待决议公开" in label.text()
    assert "公示期满以后才能开工" in label.text()
    decisions.record_step(store, ctx.actor, mid, StepInput(5, done_on=dt.date(2026, 10, 20), posted_place="公开栏",
                                                           period_days=7))
    label = project_decision_label(ctx, pid)
    qtbot.addWidget(label)
    assert "公示期满，待实施" in label.text() and "才能开工" not in label.text()
    md = DecisionMatterDialog(ctx, 1, mid)
    qtbot.addWidget(md)
    if decisions.projects_table_exists(store):
        assert md.project.currentData() == pid
        assert "村东道路硬化工程" in md.project_state.text()
    # the bidding project view shows it too
    if decisions.projects_table_exists(store):
        from PySide6.QtWidgets import QLabel

        from villageadmin.ui.bidding.dialogs import BiddingProjectDialog

        bd = BiddingProjectDialog(ctx, 1, pid)
        qtbot.addWidget(bd)
        shown = bd.findChild(QLabel, "projectDecision")
        assert shown is not None and "公示期满，待实施" in shown.text()


def test_township_list_pages_and_counts_in_the_background(qtbot, store, admin, village1, village2):
    """Every village's matters: a page at a time, in the whole list's order; the count and the
    "only overdue" list come from the background and show exactly the overdue ones."""
    from villageadmin.ui import ops
    from villageadmin.ui.decisions.page import DecisionsPage

    for vid, actor in ((1, village1), (2, village2), (1, village1), (2, village2), (1, village1)):
        decisions.create_matter(store, actor, MatterInput(vid, "project", f"事项{vid}", "内容",
                                                          created_on=dt.date(2026, 11, 20)))
    _matter(store, village1)  # raised 1 October, no step: overdue
    whole = decisions.list_matters(store, admin)
    page = DecisionsPage(AppContext(store, admin))
    qtbot.addWidget(page)
    assert page.all_model is not None
    page.all_model.page = 2
    page.tabs.setCurrentIndex(1)
    assert page.all_model.rowCount() == 2 and page.all_model.canFetchMore()
    assert [r["id"] for r in page.all_model.fetch_all()] == [r["id"] for r in whole]
    assert ops.wait_idle()
    qtbot.waitUntil(lambda: page.summary.text() == "6 件，1 件逾期")
    page.overdue_only.setChecked(True)
    assert ops.wait_idle()
    qtbot.waitUntil(lambda: page.all_model.rowCount() == 1)
    assert page.all_model.row(0)["title"] == "硬化村东道路" and page.all_model.row(0)["overdue"]
    page.overdue_only.setChecked(False)
    assert [r["id"] for r in page.all_model.fetch_all()] == [r["id"] for r in whole]


def test_township_list_is_built_on_first_show_and_counts_after_the_first_paint(qtbot, store, admin, village1):
    """The all-villages list is built when its tab is first shown; the background count starts only after
    the list's first page is on the screen (it would hold up that paint), and still comes."""
    from PySide6.QtCore import QThreadPool

    from villageadmin.ui.decisions.page import DecisionsPage

    _matter(store, village1)
    page = DecisionsPage(AppContext(store, admin))
    qtbot.addWidget(page)
    page.refresh()
    assert page.all_view is None
    page.tabs.setCurrentIndex(1)
    assert page.all_view is not None and page.tabs.currentWidget().isAncestorOf(page.all_view)
    assert page.all_model.rowCount() == 1 and page.summary.text() != "1 件，1 件逾期"
    assert QThreadPool.globalInstance().activeThreadCount() == 0  # not started yet
    qtbot.waitUntil(lambda: page.summary.text() == "1 件，1 件逾期")
    assert page.selected() is None
    page.all_view.selectRow(0)
    assert page.selected()["id"] == page.all_model.row(0)["id"]
