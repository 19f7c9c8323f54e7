from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from villageadmin.core import cadre_reviews, cadres
from villageadmin.core.cadres import CadreInput, CandidateInput
from villageadmin.ui.context import AppContext

D = dt.date


def _candidate(store, actor, name="李秀英", sex="女", tier="general", village_id=1):
    return cadres.add_candidate(store, actor, CandidateInput(village_id=village_id, name=name, sex=sex,
                                                             birth_date=D(1992, 5, 1), entered_on=D(2025, 4, 10),
                                                             tier=tier))


def test_add_candidate_and_see_the_village_statistics_change(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.cadres.dialogs import ReserveCandidateDialog
    from villageadmin.ui.cadres.page import TAB_STATS, CadresPage

    ctx = AppContext(store, village1)
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(TAB_STATS)
    assert page.stats_view.stats.total.pool == 0
    assert "0" in page.stats_view.key_label.text()

    d = ReserveCandidateDialog(ctx, 1)
    qtbot.addWidget(d)
    d.name.insert("刘芳")  # QTest types ASCII only
    d.sex.setCurrentIndex(d.sex.findData("女"))
    d.birth_date.set_value(D(1995, 3, 8))
    assert "31" in d.age_label.text()
    d.schooling.setCurrentIndex(d.schooling.findData("本科"))
    d.party_status.setCurrentIndex(d.party_status.findData("中共党员"))
    d.entered_on.set_value(D(2026, 4, 17))
    qtbot.keyClicks(d.exam_score, "86.5")
    qtbot.keyClicks(d.interview_score, "90")
    d.tier.setCurrentIndex(d.tier.findData("key"))
    assert d.dirty
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    row = store.one("SELECT * FROM reserve_candidates")
    assert (row["name"], row["sex"], row["birth_date"], row["exam_score"], row["tier"]) == \
        ("刘芳", "女", "1995-03-08", 86.5, "key")

    # The page heard "cadres" changed and the statistics now count her.
    s = page.stats_view.stats
    assert (s.total.pool, s.total.key, s.total.women, s.total.party) == (1, 1, 1, 1)
    assert s.total.age_bands["31–35岁"] == 1
    assert s.villages[0].key_state == "short"
    assert page.stats_view.age_chart.series[0][1] == [0, 1, 0, 0, 0]
    assert "100.0%" in page.stats_view.summary.text()

    # A second key candidate brings the village within the 2–3 rule.
    _candidate(store, village1, name="王丽", tier="key")
    ctx.notify("cadres")
    assert page.stats_view.stats.villages[0].key_state == "ok"


def test_candidate_errors_show_next_to_their_field(qtbot, store, village1):
    from villageadmin.ui.cadres.dialogs import ReserveCandidateDialog

    d = ReserveCandidateDialog(ctx := AppContext(store, village1), 1)
    qtbot.addWidget(d)
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 0
    assert d._errors["name"].text() == "请填写姓名。"
    d.name.insert("张三")
    d.sex.setCurrentIndex(d.sex.findData("男"))
    qtbot.keyClicks(d.phone, "11010519920501123X")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "身份证" in d._errors["phone"].text()
    d.phone.clear()
    qtbot.keyClicks(d.exam_score, "120")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert "0 到 100" in d._errors["exam_score"].text()
    assert store.scalar("SELECT count(*) FROM reserve_candidates") == 0
    assert ctx


def test_appoint_from_the_pool_shows_review_dates_and_moves_the_person(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.cadres.dialogs import CadreAppointDialog
    from villageadmin.ui.cadres.page import TAB_TEAM, CadresPage

    ctx = AppContext(store, village1)
    cid = _candidate(store, village1)
    d = CadreAppointDialog(ctx, cid)
    qtbot.addWidget(d)
    d.post.setEditText("村委会委员")
    d.appointed_on.set_value(D(2026, 8, 31))
    text = d.schedule.text()
    assert "2026-11-30" in text and "2027-02-28" in text and "2027-08-31" in text
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(TAB_TEAM)
    page.refresh()  # the main window refreshes a page when it is shown
    rows = page.team_model.rows
    new = next(r for r in rows if r["name"] == "李秀英")
    assert new["candidate_id"] == cid and new["next_review"] == "三个月 2026-11-30"
    assert cadres.list_candidates(store, village1) == []


def test_record_a_review_from_the_todo_list(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.cadres.page import TAB_REVIEWS, CadresPage
    from villageadmin.ui.cadres.records import CadreReviewDialog

    ctx = AppContext(store, village1)
    cadres.add_cadre(store, village1, CadreInput(village_id=1, name="周新任", post="村委会委员",
                                                 appointed_on=D(2026, 5, 20), new_appointment=True))
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(TAB_REVIEWS)
    assert [(r["name"], r["due_on"]) for r in page.review_model.rows] == [("周新任", "2026-08-20"),
                                                                           ("周新任", "2026-11-20")]
    assert page.review_model.rows[0]["state"] == "逾期 99 天"
    d = CadreReviewDialog(ctx, page.review_model.rows[0]["item"])
    qtbot.addWidget(d)
    d.held_on.set_value(D(2026, 8, 22))
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d._errors["note"].text()  # the work plan must be noted
    d.note.setPlainText("汇报了三年工作思路")
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    assert [r["due_on"] for r in page.review_model.rows] == ["2026-11-20"]


def test_cultivation_for_the_whole_pool(qtbot, store, village1, no_dialogs):
    from villageadmin.ui.cadres.records import CadreCultivationDialog

    ids = [_candidate(store, village1, name=n) for n in ("甲", "乙")]
    ctx = AppContext(store, village1)
    d = CadreCultivationDialog(ctx, 1)
    qtbot.addWidget(d)
    d.kind.setCurrentIndex(d.kind.findData("policy_law"))
    d.start_on.set_value(D(2026, 9, 25))
    d.title_edit.insert("第三季度政策法规培训")
    qtbot.mouseClick(d.findChild(type(d.save_button), "tickPool"), Qt.MouseButton.LeftButton)
    assert sorted(i for _k, i in d.ticked()) == ids
    qtbot.mouseClick(d.save_button, Qt.MouseButton.LeftButton)
    assert d.result() == 1, d.banner.text()
    assert store.scalar("SELECT count(*) FROM cultivation WHERE kind='policy_law'") == 2


def test_township_sees_every_village(qtbot, store, admin, village1, no_dialogs):
    from villageadmin.ui.cadres.page import TAB_STATS, CadresPage

    _candidate(store, village1, tier="key")
    _candidate(store, admin, name="赵强", sex="男", village_id=2)
    ctx = AppContext(store, admin)
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    page.stats_scope.setCurrentIndex(page.stats_scope.findData("all"))
    page.tabs.setCurrentIndex(TAB_STATS)
    rows = page.stats_view.model.rows
    assert [(r["village"], r["pool"], r["key"], r["key_state"]) for r in rows] == [
        ("001 白鹿村", 1, 1, "short"), ("002 青山村", 1, 0, "short")]
    assert page.stats_view.stats.villages_without_women == 1
    assert page.stats_view.key_chart.series[0][1] == [1, 1, 0, 0, 0]


def test_review_banner_on_the_main_window(qtbot, store, village1):
    from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

    from villageadmin.ui.cadres import hooks

    class FakeWindow:
        def __init__(self) -> None:
            self.ctx = AppContext(store, village1)
            self.host = QWidget()
            self.lay = QVBoxLayout(self.host)
            self.went: list[str] = []

        def add_banner(self, text: str, *, kind: str = "warning") -> QLabel:
            label = QLabel(text)
            self.lay.addWidget(label)
            return label

        def go_to(self, name: str):  # noqa: ANN201
            self.went.append(name)
            return None

    w = FakeWindow()
    qtbot.addWidget(w.host)
    hooks.review_banner(w)
    label = w.host.findChild(QLabel, "cadreReviewBanner")
    assert label.text() == "" and label.isHidden()
    cid = cadres.add_cadre(store, village1, CadreInput(village_id=1, name="周新任", post="村委会委员",
                                                       appointed_on=D(2026, 5, 20), new_appointment=True))
    w.ctx.notify("cadres")
    assert "2" in label.text() and "cadres:reviews" in label.text()
    cadre_reviews.record_review(store, village1, cid, 1, held_on=D(2026, 8, 20), note="思路清楚")
    cadre_reviews.record_review(store, village1, cid, 2, held_on=D(2026, 11, 20), rating="称职")
    w.ctx.notify("cadres")
    assert label.isHidden()
    label.linkActivated.emit("cadres:reviews")
    assert w.went == ["CadresPage"]


def test_tabs_are_built_when_first_shown_and_keep_their_buttons_state(qtbot, store, admin, village1):
    from villageadmin.ui.cadres.page import TAB_POOL, TAB_REVIEWS, TAB_STATS, CadresPage

    # The township: the page opens on the team tab; the other tabs' lists are built when first shown.
    ctx = AppContext(store, admin)
    page = CadresPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.tabs.count() == 5 and page._built == {0}
    assert page.stats_scope.findData("all") >= 0 and page.reviews_scope.findData("all") >= 0
    page.tabs.setCurrentIndex(TAB_REVIEWS)
    assert page._built == {0, TAB_REVIEWS} and page.review_view.parent() is not None
    # A part asked for before its tab was shown builds that tab, with the same enabled state as the others.
    assert page.add_candidate_button.isEnabled() == page.add_cadre_button.isEnabled()
    assert TAB_POOL in page._built and page.pool_status.currentData() == "pool"
    page.tabs.setCurrentIndex(TAB_STATS)
    assert page.stats_view.stats is not None
    # A village sign-in (read and write): the buttons of a tab built later are enabled too.
    vpage = CadresPage(AppContext(store, village1))
    qtbot.addWidget(vpage)
    vpage.refresh()
    assert vpage.add_cadre_button.isEnabled()
    vpage.tabs.setCurrentIndex(TAB_POOL)
    assert vpage.add_candidate_button.isEnabled() and vpage.appoint_button.isEnabled()
    try:
        vpage.no_such_part  # noqa: B018
    except AttributeError:
        pass
    else:
        raise AssertionError("a missing attribute must still raise AttributeError")
