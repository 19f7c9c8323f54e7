from __future__ import annotations

import datetime as dt

import pytest

from villageadmin.core import checks, meetings, search
from villageadmin.core.errors import RuleViolation, ValidationError
from villageadmin.core.meetings import Attendee, Followup, MeetingInput, Resolution, TownshipAttendee


def work(day: dt.date, village_id: int = 1, cadres=(1, 2, 3), **kw) -> MeetingInput:
    return MeetingInput(village_id=village_id, kind="work", held_on=day, start_time="09:00", place="村部会议室",
                        host="张书记", recorder="王会计", attendance=[Attendee(c, True) for c in cadres], **kw)


def findings(store, admin, rule=None, village="001"):
    out = checks.run(store, admin, village_ids=[1 if village == "001" else 2], modules=["meetings"])
    return [f for f in out if rule is None or f.rule == rule]


# -- the first-week rule ---------------------------------------------------------------------
@pytest.mark.parametrize("day, met", [(1, True), (7, True), (8, False), (31, False)])
def test_first_week_rule_edges(day, met):
    assert meetings.met_in_first_week([dt.date(2026, 10, day)], 2026, 10) is met


def test_first_week_rule_is_per_month_and_year():
    dates = [dt.date(2025, 12, 3)]
    assert meetings.met_in_first_week(dates, 2025, 12)
    assert not meetings.met_in_first_week(dates, 2026, 12)
    assert not meetings.met_in_first_week(dates, 2026, 1)


def test_check_day_7_counts_day_8_does_not(store, admin, village1):
    meetings.save_meeting(store, village1, work(dt.date(2026, 9, 7)))
    meetings.save_meeting(store, village1, work(dt.date(2026, 10, 8)))
    meetings.save_meeting(store, village1, work(dt.date(2026, 11, 2)))
    late = findings(store, admin, "work_meeting_late")
    assert [f.date for f in late] == ["2026-10"]
    assert "8 日才召开" in late[0].message
    assert findings(store, admin, "work_meeting_missing") == []


def test_check_month_with_no_meeting_and_year_boundary(store, admin, village1):
    meetings.save_meeting(store, village1, work(dt.date(2025, 11, 5)))
    meetings.save_meeting(store, village1, work(dt.date(2026, 1, 6)))
    for m in range(2, 12):
        meetings.save_meeting(store, village1, work(dt.date(2026, m, 3)))
    missing = findings(store, admin, "work_meeting_missing")
    assert [f.date for f in missing] == ["2025-12"]
    assert missing[0].message == "2025年12月没有召开村干部工作例会（应在每月 1–7 日召开）"
    assert missing[0].severity == "error"
    assert missing[0].village == "001"


def test_current_month_not_flagged_before_day_8(store, admin, village1, monkeypatch):
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-11-07")
    meetings.save_meeting(store, village1, work(dt.date(2026, 10, 5)))
    assert findings(store, admin, "work_meeting_missing") == []
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-11-08")
    assert [f.date for f in findings(store, admin, "work_meeting_missing")] == ["2026-11"]


def test_calendar_statuses(store, admin, village1):
    meetings.save_meeting(store, village1, work(dt.date(2026, 10, 8)))
    meetings.save_meeting(store, village1, work(
        dt.date(2026, 11, 4), township=[TownshipAttendee("刘指导员", "instructor"), TownshipAttendee("陈镇长", "leader")]))
    months = meetings.month_statuses(store, village1, 1, 2026)
    assert months[9].label == "推迟召开"
    assert months[10].label == "按时召开"
    assert months[10].township_visits == 2
    assert months[8].label == "未召开"
    assert months[11].label == "未到期"


# -- validation ------------------------------------------------------------------------------
@pytest.mark.parametrize("change, field, text", [
    (dict(held_on=None), "held_on", "请填写开会日期"),
    (dict(held_on=dt.date(2026, 12, 1)), "held_on", "在本月以后"),
    (dict(place=" "), "place", "请填写开会地点"),
    (dict(host=""), "host", "请填写主持人"),
    (dict(recorder=""), "recorder", "请填写记录人"),
    (dict(start_time="25:00"), "start_time", "09:00"),
    (dict(attendance=[Attendee(1, True), Attendee(1, True)]), "attendance", "重复"),
    (dict(attendance=[Attendee(1, True), Attendee(4, True)]), "attendance", "不是本村干部"),
    (dict(attendance=[Attendee(1, True), Attendee(2, False)]), "attendance", "缺席原因"),
    (dict(resolutions=[Resolution("修路", "", dt.date(2026, 12, 1))]), "resolutions", "责任人"),
    (dict(resolutions=[Resolution("修路", "张", None)]), "resolutions", "完成期限"),
    (dict(resolutions=[Resolution("修路", "张", dt.date(2026, 10, 1))]), "resolutions", "早于开会日期"),
])
def test_bad_input_is_refused_and_nothing_stored(store, village1, change, field, text):
    data = work(dt.date(2026, 11, 3))
    for k, v in change.items():
        setattr(data, k, v)
    before = store.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(ValidationError) as e:
        meetings.save_meeting(store, village1, data)
    assert e.value.field == field
    assert text in e.value.message
    assert store.scalar("SELECT count(*) FROM meetings") == 0
    assert store.scalar("SELECT count(*) FROM audit_log") == before


@pytest.mark.parametrize("text", ["2026-02-30", "2025-02-29", "2026-13-01", "2026年4月31日"])
def test_dates_that_do_not_exist(text):
    with pytest.raises(ValidationError) as e:
        meetings.parse_date(text, "held_on")
    assert "不存在" in e.value.message


@pytest.mark.parametrize("text, expected", [("2024-02-29", dt.date(2024, 2, 29)), ("2026/11/3", dt.date(2026, 11, 3)),
                                            ("2026年11月3日", dt.date(2026, 11, 3))])
def test_dates_accepted(text, expected):
    assert meetings.parse_date(text, "d") == expected


# -- resolutions carried over ----------------------------------------------------------------
def test_resolution_carry_over_and_follow_up(store, admin, village1):
    m1 = meetings.save_meeting(store, village1, work(dt.date(2026, 9, 3), resolutions=[
        Resolution("硬化村东道路", "李主任", dt.date(2026, 9, 30)), Resolution("清理水渠", "王会计", dt.date(2026, 10, 31))]))
    res = meetings.open_resolutions(store, village1, 1, before=dt.date(2026, 10, 5))
    assert [r["text"] for r in res] == ["硬化村东道路", "清理水渠"]
    r1, r2 = (r["id"] for r in res)
    m2 = meetings.save_meeting(store, village1, work(dt.date(2026, 10, 5), followups=[
        Followup(r1, "done", "已完工"), Followup(r2, "open", "推进中")]))
    assert store.one("SELECT status, closed_on, closed_meeting_id FROM resolutions WHERE id=?", (r1,)) == {
        "status": "done", "closed_on": "2026-10-05", "closed_meeting_id": m2}
    # the next meeting sees only the one still open
    res = meetings.open_resolutions(store, village1, 1, before=dt.date(2026, 11, 3))
    assert [r["text"] for r in res] == ["清理水渠"]
    # the overdue one is a finding, with the resolution as its record
    over = findings(store, admin, "resolution_overdue")
    assert [(f.record, f.record_type) for f in over] == [(r2, "resolution")]
    assert "已逾期 27 天" in over[0].message
    # reopening meeting 2 for editing still shows what it followed up
    res = meetings.open_resolutions(store, village1, 1, before=dt.date(2026, 10, 5), meeting_id=m2)
    assert {r["id"]: r["followup_status"] for r in res} == {r1: "done", r2: "open"}
    # a resolution followed up later cannot be deleted from its meeting
    data = work(dt.date(2026, 9, 3))
    with pytest.raises(RuleViolation):
        meetings.save_meeting(store, village1, data, meeting_id=m1)


def test_follow_up_of_a_later_or_foreign_resolution_is_refused(store, village1, village2):
    meetings.save_meeting(store, village2, work(dt.date(2026, 9, 3), village_id=2, cadres=(4, 5, 6), resolutions=[
        Resolution("别村的事", "赵书记", dt.date(2026, 9, 30))]))
    rid = store.scalar("SELECT id FROM resolutions")
    with pytest.raises(ValidationError) as e:
        meetings.save_meeting(store, village1, work(dt.date(2026, 10, 3), followups=[Followup(rid, "done")]))
    assert "不是本村" in e.value.message


def test_edit_keeps_resolution_ids_and_reindexes(store, village1):
    mid = meetings.save_meeting(store, village1, work(dt.date(2026, 10, 3), discussion="讨论修水塘",
                                                      resolutions=[Resolution("修水塘", "李主任", dt.date(2026, 12, 1))]))
    rid = store.scalar("SELECT id FROM resolutions")
    data = work(dt.date(2026, 10, 3), discussion="讨论修桥", resolutions=[
        Resolution("修水塘（加固）", "李主任", dt.date(2026, 12, 1), id=rid)])
    meetings.save_meeting(store, village1, data, meeting_id=mid)
    assert store.scalar("SELECT id FROM resolutions") == rid
    assert [r["id"] for r in search.search_meetings(store, "修桥")] == [mid]
    assert search.search_meetings(store, "讨论修水") == []


# -- search -----------------------------------------------------------------------------------
@pytest.mark.parametrize("query, hit", [("道路", True), ("水", True), ("路", True), ("村东道路", True),
                                        ("东道", True), ("道路硬", True), ("路道", False), ("火", False),
                                        ("硬化 水渠", True), ("road", False)])
def test_search_finds_one_and_two_character_words(store, village1, query, hit):
    meetings.save_meeting(store, village1, work(dt.date(2026, 10, 3), discussion="村东道路硬化，清理水渠"))
    assert bool(search.search_meetings(store, query)) is hit


def test_search_phrase_does_not_span_punctuation(store, village1):
    meetings.save_meeting(store, village1, work(dt.date(2026, 10, 3), discussion="修道路，路灯"))
    assert search.search_meetings(store, "道路路灯") == []
    assert search.search_meetings(store, "路灯")


def test_search_village_filter(store, village1, village2):
    meetings.save_meeting(store, village1, work(dt.date(2026, 10, 3), discussion="修水渠"))
    meetings.save_meeting(store, village2, work(dt.date(2026, 10, 4), village_id=2, cadres=(4, 5, 6),
                                                discussion="修水渠"))
    assert [r["village_code"] for r in search.search_meetings(store, "水渠")] == ["002", "001"]
    assert [r["village_code"] for r in search.search_meetings(store, "水渠", village_ids=[1])] == ["001"]


def test_index_columns_bigrams():
    bi, uni = search.index_columns("道路硬化 abc")
    assert bi.split() == ["道路", "路硬", "硬化", "brk", "abc"]
    assert uni.split() == ["道", "路", "硬", "化", "abc"]
