from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from villageadmin.core import audit, checks, decisions, meetings
from villageadmin.core.accounts import Actor
from villageadmin.core.decisions import MatterInput, StepInput, Vote
from villageadmin.core.decisions_votes import at_least_two_thirds, more_than_half, result
from villageadmin.core.errors import AccessDenied, RuleViolation, ValidationError
from villageadmin.core.meetings import MeetingInput

D = dt.date


# -- the quorum and pass rules at their exact edges -------------------------------------------
@pytest.mark.parametrize("present, quorum_ok", [(30, True), (21, True), (20, True), (19, False), (0, False)])
def test_party_members_meeting_needs_two_thirds_attending(present, quorum_ok):
    r = result("party_members", Vote(members=30, present=present, votes_for=present))
    assert r.quorum_need == 20
    assert r.quorum_ok is quorum_ok
    if not quorum_ok:
        assert r.passed is False  # everyone present voting for does not save a meeting without quorum


@pytest.mark.parametrize("votes_for, passed", [(30, True), (17, True), (16, True), (15, False), (0, False)])
def test_party_members_meeting_passes_with_more_than_half_of_members_due(votes_for, passed):
    # the base is the 30 due to attend, not the 20 present: 15 of 20 present is not enough
    r = result("party_members", Vote(members=30, present=20, votes_for=min(votes_for, 20)))
    assert r.pass_need == 16
    assert r.passed is (min(votes_for, 20) >= 16)
    r = result("party_members", Vote(members=30, present=30, votes_for=votes_for))
    assert r.passed is passed


@pytest.mark.parametrize("members, quorum_need, pass_need", [(31, 21, 16), (3, 2, 2), (4, 3, 3), (1, 1, 1), (29, 20, 15)])
def test_party_members_thresholds_for_other_sizes(members, quorum_need, pass_need):
    r = result("party_members", Vote(members, members, members))
    assert (r.quorum_need, r.pass_need) == (quorum_need, pass_need)
    assert result("party_members", Vote(members, quorum_need - 1, quorum_need - 1)).quorum_ok is False
    assert result("party_members", Vote(members, members, pass_need - 1)).passed is False


@pytest.mark.parametrize("present, votes_for, quorum_ok, passed", [
    (51, 26, True, True), (51, 25, True, False), (50, 50, False, False), (100, 51, True, True), (100, 50, True, False),
])
def test_villagers_meeting_more_than_half_attend_and_more_than_half_of_those_attending(present, votes_for, quorum_ok,
                                                                                      passed):
    r = result("villagers", Vote(members=100, present=present, votes_for=votes_for))
    assert (r.quorum_ok, r.passed) == (quorum_ok, passed)


@pytest.mark.parametrize("present, quorum_ok", [(60, True), (59, False)])
def test_villagers_meeting_by_household_needs_two_thirds_of_households(present, quorum_ok):
    r = result("villagers", Vote(members=90, present=present, votes_for=present, basis="households"))
    assert r.quorum_ok is quorum_ok


@pytest.mark.parametrize("members, present, votes_for, quorum_ok, passed", [
    (45, 30, 23, True, True), (45, 30, 22, True, False), (45, 29, 29, False, False),
    (44, 44, 23, True, True), (44, 44, 22, True, False),
])
def test_representatives_meeting_more_than_half_of_all_representatives(members, present, votes_for, quorum_ok, passed):
    r = result("representatives", Vote(members=members, present=present, votes_for=votes_for))
    assert (r.quorum_ok, r.passed) == (quorum_ok, passed)


@pytest.mark.parametrize("body", ["branch", "joint"])
@pytest.mark.parametrize("members, present, votes_for, passed", [(5, 3, 3, True), (5, 2, 2, False), (5, 5, 2, False),
                                                                 (4, 3, 3, True), (4, 2, 2, False)])
def test_committee_meetings_more_than_half_of_members(body, members, present, votes_for, passed):
    assert result(body, Vote(members, present, votes_for)).passed is passed


@given(st.integers(min_value=1, max_value=100_000))
def test_threshold_arithmetic_is_exact(n):
    k = at_least_two_thirds(n)
    assert 3 * k >= 2 * n and 3 * (k - 1) < 2 * n
    h = more_than_half(n)
    assert 2 * h > n and 2 * (h - 1) <= n


@pytest.mark.parametrize("vote, field, text", [
    (Vote(0, 0, 0), "members", "请填写"),
    (Vote(30, 31, 10), "present", "不能多于"),
    (Vote(30, 20, 15, 4, 2), "votes_for", "合计 21 票，多于实到 20 人"),
    (Vote(30, 20, -1), "votes_for", "负数"),
])
def test_impossible_numbers_are_refused(vote, field, text):
    from villageadmin.core.decisions_votes import validate

    with pytest.raises(ValidationError) as e:
        validate("party_members", vote)
    assert e.value.field == field
    assert text in e.value.message


# -- walking a matter through the steps ----------------------------------------------------------
def meeting(kind: str, day: D, village_id: int = 1) -> MeetingInput:
    return MeetingInput(village_id=village_id, kind=kind, held_on=day, start_time="09:00", place="村部会议室",
                        host="张书记", recorder="王会计")


def new_matter(store, actor, village_id: int = 1, **kw) -> int:
    data = MatterInput(village_id=village_id, kind=kw.pop("kind", "project"), title=kw.pop("title", "硬化村东道路"),
                       content=kw.pop("content", "村东道路 1.2 公里硬化，预算 30 万元"), amount_fen=30_000_000,
                       created_on=kw.pop("created_on", D(2026, 6, 1)), **kw)
    return decisions.create_matter(store, actor, data)


def walk(store, actor, mid, *, upto: int, start: D = D(2026, 6, 2), village_id: int = 1) -> None:
    """Record steps 1..upto, all passing, a few days apart."""
    kinds = {1: "branch", 2: "joint", 3: "party_members", 4: "representatives"}
    votes = {1: Vote(5, 5, 5), 2: Vote(7, 7, 7), 3: Vote(30, 25, 22), 4: Vote(45, 40, 35)}
    day = start
    for n in range(1, upto + 1):
        if n <= 4:
            decisions.record_step(store, actor, mid, StepInput(
                n, new_meeting=meeting(kinds[n], day, village_id), vote=votes[n],
                text="同意硬化村东道路，预算 30 万元，由村委会组织公开招标。" if n == 4 else ""))
        elif n == 5:
            decisions.record_step(store, actor, mid, StepInput(5, done_on=day, posted_place="村务公开栏",
                                                                period_days=7))
            day += dt.timedelta(days=7)
        else:
            decisions.record_step(store, actor, mid, StepInput(6, done_on=day, posted_place="村务公开栏",
                                                                period_days=7, text="道路已完工并验收合格，实际支出 29.6 万元。"))
        day += dt.timedelta(days=3)


def test_full_procedure_makes_meeting_records_and_ends_done(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=6)
    m = decisions.get_matter(store, village1, mid)
    assert m["state"]["phase"] == "done"
    assert m["state"]["label"] == "已完成"
    assert [t["status"] for t in m["timeline"]] == ["passed"] * 6
    kinds = [r[0] for r in store.execute("SELECT m.kind FROM decision_steps s JOIN meetings m ON m.id=s.meeting_id"
                                         " ORDER BY s.step")]
    assert kinds == ["branch", "joint", "party_members", "representatives"]
    # the meeting record made with the step carries the vote
    rec = meetings.get_meeting(store, village1, m["steps"][2]["meeting_id"])
    assert "应到 30 人，实到 25 人，赞成 22 票" in rec["discussion"]
    assert rec["topic"] == "硬化村东道路"
    # step 5 took the decision text from step 4
    assert m["steps"][4]["text"] == m["steps"][3]["text"] == m["decision_text"]
    assert audit.verify_chain(store).ok


def test_step_order_is_enforced_in_the_core(store, village1):
    mid = new_matter(store, village1)
    with pytest.raises(RuleViolation) as e:
        decisions.record_step(store, village1, mid, StepInput(3, new_meeting=meeting("party_members", D(2026, 6, 3)),
                                                              vote=Vote(30, 25, 22)))
    assert e.value.code == "step_order"
    assert "下一步应是第 1 步“党支部提议”" in e.value.message
    assert store.scalar("SELECT count(*) FROM decision_steps") == 0
    assert store.scalar("SELECT count(*) FROM meetings") == 0  # the meeting was not made either
    walk(store, village1, mid, upto=2)
    with pytest.raises(RuleViolation) as e:
        decisions.record_step(store, village1, mid, StepInput(5, done_on=D(2026, 6, 20), posted_place="公开栏",
                                                              period_days=7))
    assert e.value.code == "step_order"
    with pytest.raises(RuleViolation):  # nor twice the same step
        decisions.record_step(store, village1, mid, StepInput(2, new_meeting=meeting("joint", D(2026, 6, 20)),
                                                              vote=Vote(7, 7, 7)))


def test_failed_quorum_blocks_the_next_step_until_returned_to_the_branch(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=2)
    decisions.record_step(store, village1, mid, StepInput(3, new_meeting=meeting("party_members", D(2026, 6, 10)),
                                                          vote=Vote(30, 19, 19)))
    step = store.one("SELECT quorum_ok, passed FROM decision_steps WHERE step=3")
    assert step == {"quorum_ok": 0, "passed": 0}
    m = decisions.get_matter(store, village1, mid)
    assert m["state"]["phase"] == "failed"
    assert m["timeline"][2]["status"] == "failed"
    assert m["steps"][2]["verdict"] == "到会人数不足，会议无效"
    with pytest.raises(RuleViolation) as e:
        decisions.record_step(store, village1, mid, StepInput(
            4, new_meeting=meeting("representatives", D(2026, 6, 12)), vote=Vote(45, 40, 35), text="同意"))
    assert e.value.code == "step_failed"
    assert "退回党支部" in e.value.message
    assert decisions.return_to_branch(store, village1, mid, reason="征求群众意见后重新提议",
                                      returned_on=D(2026, 6, 15)) == 2
    m = decisions.get_matter(store, village1, mid)
    assert m["state"]["label"] == "已退回党支部，待第 2 轮提议"
    assert m["timeline"][0]["status"] == "next"
    assert [s["step"] for s in m["history"][0]["steps"]] == [1, 2, 3]
    assert "征求群众意见" in m["history"][0]["steps"][2]["return_note"]
    # the new round starts at the branch again, and may not be dated before the failed meeting
    with pytest.raises(ValidationError) as e2:
        decisions.record_step(store, village1, mid, StepInput(1, new_meeting=meeting("branch", D(2026, 6, 9)),
                                                              vote=Vote(5, 5, 5)))
    assert e2.value.code == "before_previous"
    walk(store, village1, mid, upto=4, start=D(2026, 6, 20))
    assert decisions.get_matter(store, village1, mid)["state"]["phase"] == "to_publish"


def test_a_passed_step_cannot_be_returned_and_a_vote_short_of_votes_fails(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=2)
    with pytest.raises(RuleViolation) as e:
        decisions.return_to_branch(store, village1, mid)
    assert e.value.code == "not_failed"
    decisions.record_step(store, village1, mid, StepInput(3, new_meeting=meeting("party_members", D(2026, 6, 10)),
                                                          vote=Vote(30, 20, 15, 5)))
    m = decisions.get_matter(store, village1, mid)
    assert m["steps"][2]["verdict"] == "未通过"
    assert m["steps"][2]["quorum_ok"] == 1


def test_step_meeting_must_be_of_the_matching_kind_and_village(store, village1, village2):
    mid = new_matter(store, village1)
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(1, new_meeting=meeting("joint", D(2026, 6, 2)),
                                                              vote=Vote(5, 5, 5)))
    assert e.value.code == "meeting_kind"
    assert "要开党支部委员会会议，这次会议是两委联席会议" in e.value.message
    other = meetings.save_meeting(store, village2, meeting("branch", D(2026, 6, 2), village_id=2))
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(1, meeting_id=other, vote=Vote(5, 5, 5)))
    assert e.value.code == "foreign_meeting"
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(1, vote=Vote(5, 5, 5)))
    assert e.value.field == "meeting"


def test_linking_an_existing_meeting(store, village1):
    mid = new_matter(store, village1)
    branch = meetings.save_meeting(store, village1, meeting("branch", D(2026, 6, 2)))
    joint = meetings.save_meeting(store, village1, meeting("joint", D(2026, 6, 5)))
    meetings.save_meeting(store, village1, meeting("joint", D(2026, 5, 5)))  # before step 1: not offered
    assert [r["id"] for r in decisions.candidate_meetings(store, village1, mid, 1)] == [branch]
    decisions.record_step(store, village1, mid, StepInput(1, meeting_id=branch, vote=Vote(5, 4, 4)))
    assert [r["id"] for r in decisions.candidate_meetings(store, village1, mid, 2)] == [joint]
    decisions.record_step(store, village1, mid, StepInput(2, meeting_id=joint, vote=Vote(7, 6, 6)))
    assert store.scalar("SELECT count(*) FROM meetings") == 3
    assert decisions.get_matter(store, village1, mid)["steps"][0]["text"] == "村东道路 1.2 公里硬化，预算 30 万元"


def test_villagers_meeting_and_households_basis_for_step_4(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=3)
    decisions.record_step(store, village1, mid, StepInput(
        4, new_meeting=meeting("villagers", D(2026, 6, 20)), vote=Vote(90, 60, 31, basis="households"), text="同意"))
    s = store.one("SELECT body, basis, passed FROM decision_steps WHERE step=4")
    assert s == {"body": "villagers", "basis": "households", "passed": 1}


def test_step_4_needs_the_decision_text(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=3)
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(
            4, new_meeting=meeting("representatives", D(2026, 6, 20)), vote=Vote(45, 40, 35)))
    assert e.value.field == "text"


def test_future_meeting_cannot_carry_a_vote(store, village1):
    mid = new_matter(store, village1)
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(1, new_meeting=meeting("branch", D(2026, 11, 28)),
                                                              vote=Vote(5, 5, 5)))
    assert e.value.code == "future"


# -- publicity -------------------------------------------------------------------------------------
def test_publicity_needs_place_and_a_period_of_at_least_the_policy_days(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=4)  # step 4 on 2026-06-11
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(5, done_on=D(2026, 6, 12), posted_place="村务公开栏",
                                                              period_days=6))
    assert e.value.field == "period_days" and "不能少于 7 天" in e.value.message
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(5, done_on=D(2026, 6, 12), period_days=7))
    assert e.value.field == "posted_place"
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(5, done_on=D(2026, 6, 10), posted_place="公开栏",
                                                              period_days=7))
    assert e.value.code == "before_previous"
    decisions.record_step(store, village1, mid, StepInput(5, done_on=D(2026, 6, 12), posted_place="村务公开栏",
                                                          period_days=7))
    # up 12..18 June: carrying out and the result notice only from the 19th
    assert decisions.get_matter(store, village1, mid)["state"]["posting_ends"] == "2026-06-18"
    with pytest.raises(ValidationError) as e:
        decisions.record_start(store, village1, mid, D(2026, 6, 18))
    assert e.value.code == "before_posting_end"
    decisions.record_start(store, village1, mid, D(2026, 6, 19))
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(6, done_on=D(2026, 6, 18), posted_place="公开栏",
                                                              period_days=7, text="已完工"))
    assert e.value.code == "before_posting_end"
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(6, done_on=D(2026, 9, 1), posted_place="公开栏",
                                                              period_days=7))
    assert e.value.field == "text"
    decisions.record_step(store, village1, mid, StepInput(6, done_on=D(2026, 9, 1), posted_place="公开栏",
                                                          period_days=7, text="已完工"))
    assert decisions.get_matter(store, village1, mid)["state"]["phase"] == "done"


def test_start_before_publicity_is_refused(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=4)
    with pytest.raises(RuleViolation) as e:
        decisions.record_start(store, village1, mid, D(2026, 6, 20))
    assert e.value.code == "not_published"


def test_min_posting_days_follows_the_policy(store, admin, village1):
    from villageadmin.core import policy

    pol = policy.section(store, "decisions", D(2026, 1, 1))
    policy.update_section(store, admin, effective_from=D(2026, 1, 1), name="decisions",
                          values={**pol, "min_posting_days": 10})
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=4)
    with pytest.raises(ValidationError) as e:
        decisions.record_step(store, village1, mid, StepInput(5, done_on=D(2026, 6, 12), posted_place="公开栏",
                                                              period_days=7))
    assert "不能少于 10 天" in e.value.message


# -- current step and overdue -----------------------------------------------------------------------
@pytest.mark.parametrize("upto, today, phase, overdue", [
    (0, "2026-06-20", "new", False),
    (0, "2026-07-02", "new", True),  # raised 1 June, 31 days without a proposal
    (2, "2026-07-05", "deliberating", False),  # joint meeting on 5 June: 30 days is the limit
    (2, "2026-07-06", "deliberating", True),
    (4, "2026-06-18", "to_publish", False),  # decision on 11 June: publish within 7 days
    (4, "2026-06-19", "to_publish", True),
    (5, "2026-06-20", "posting", False),  # posted 14 June for 7 days: up to the 20th
    (5, "2026-06-21", "to_start", False),
    (5, "2026-12-18", "to_start", True),  # 180 days after the posting ended
])
def test_list_shows_current_step_and_overdue(store, village1, monkeypatch, upto, today, phase, overdue):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=upto)
    monkeypatch.setenv("VILLAGEADMIN_TODAY", today)
    row = decisions.list_matters(store, village1)[0]
    assert row["id"] == mid
    assert row["state"]["phase"] == phase
    assert bool(row["overdue"]) is overdue
    if overdue:
        found = [f for f in checks.run(store, village1, modules=["decisions"]) if f.rule == "matter_overdue"]
        assert [f.record for f in found] == [mid]


def test_list_labels(store, village1):
    a = new_matter(store, village1, title="甲")
    walk(store, village1, a, upto=2)
    b = new_matter(store, village1, title="乙")
    walk(store, village1, b, upto=6)
    c = new_matter(store, village1, title="丙")
    decisions.close_matter(store, village1, c, reason="上级项目已覆盖")
    rows = {r["title"]: r["current"] for r in decisions.list_matters(store, village1)}
    assert rows == {"甲": "待党员大会审议", "乙": "已完成", "丙": "已终止"}
    assert [r["title"] for r in decisions.list_matters(store, village1, include_closed=False)] == ["乙", "甲"]


# -- editing, undo, access ----------------------------------------------------------------------------
def test_decided_matter_content_is_frozen(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=3)
    decisions.update_matter(store, village1, mid, MatterInput(1, "project", "硬化村东道路（含排水沟）", "改"))
    walk_4 = StepInput(4, new_meeting=meeting("representatives", D(2026, 6, 20)), vote=Vote(45, 40, 35), text="同意")
    decisions.record_step(store, village1, mid, walk_4)
    with pytest.raises(RuleViolation) as e:
        decisions.update_matter(store, village1, mid, MatterInput(1, "project", "别的名称", "改"))
    assert e.value.code == "decided"


def test_undo_last_takes_back_one_thing_at_a_time(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=2)
    decisions.record_step(store, village1, mid, StepInput(3, new_meeting=meeting("party_members", D(2026, 6, 10)),
                                                          vote=Vote(30, 19, 19)))
    decisions.return_to_branch(store, village1, mid, returned_on=D(2026, 6, 11))
    assert decisions.undo_last(store, village1, mid) == "return"
    assert store.scalar("SELECT round FROM decision_matters") == 1
    assert store.scalar("SELECT return_note FROM decision_steps WHERE step=3") == ""
    assert decisions.undo_last(store, village1, mid) == "step"
    assert store.scalar("SELECT count(*) FROM decision_steps") == 2
    assert store.scalar("SELECT count(*) FROM meetings") == 3  # the meeting record stays
    assert store.scalar("SELECT count(*) FROM audit_log WHERE entity='decision_matter' AND action='undo'") == 2


def test_other_village_and_viewer_cannot_write(store, village1, village2):
    mid = new_matter(store, village1)
    with pytest.raises(AccessDenied):
        decisions.record_step(store, village2, mid, StepInput(1, new_meeting=meeting("branch", D(2026, 6, 2)),
                                                              vote=Vote(5, 5, 5)))
    with pytest.raises(AccessDenied):
        decisions.get_matter(store, village2, mid)
    viewer = Actor(None, "v", "查看", "viewer")
    assert decisions.get_matter(store, viewer, mid)["id"] == mid
    with pytest.raises(AccessDenied):
        decisions.close_matter(store, viewer, mid, reason="x")
    assert decisions.list_matters(store, village2) == []


def test_delete_only_without_steps(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=1)
    with pytest.raises(RuleViolation):
        decisions.delete_matter(store, village1, mid)
    other = new_matter(store, village1, title="另一件")
    decisions.delete_matter(store, village1, other)
    assert store.scalar("SELECT count(*) FROM decision_matters") == 1


def test_for_project_reports_the_linked_matter(store, village1):
    from tests.core.decisions_helpers import make_project

    pid = make_project(store, village1)
    assert decisions.for_project(store, village1, pid) is None
    mid = new_matter(store, village1, project_id=pid)
    walk(store, village1, mid, upto=5)
    info = decisions.for_project(store, village1, pid)
    assert info is not None
    assert info["matter_id"] == mid
    assert info["decided"] and info["published"]
    assert info["posting_ends"] == "2026-06-20"
    assert info["may_carry_out"] is True


# -- check findings ----------------------------------------------------------------------------------
def rules_found(store, actor) -> list[tuple[str, int | None]]:
    return sorted((f.rule, f.record) for f in checks.run(store, actor, modules=["decisions"])
                  if f.rule != "matter_overdue")


def test_clean_procedure_has_no_findings(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=6)
    assert rules_found(store, village1) == []


def test_check_meeting_date_edited_out_of_order(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=3)
    joint_id = store.scalar("SELECT meeting_id FROM decision_steps WHERE step=2")
    data = meeting("joint", D(2026, 6, 20))  # moved after the party members' meeting of 8 June
    meetings.save_meeting(store, village1, data, meeting_id=joint_id)
    found = [f for f in checks.run(store, village1, modules=["decisions"]) if f.rule == "step_out_of_order"]
    assert len(found) == 1
    assert found[0].message == "重大事项“硬化村东道路”的党员大会审议（2026-06-08）早于两委商议（2026-06-20）"
    assert (found[0].module, found[0].severity, found[0].record) == ("decisions", "error", mid)


def test_check_failed_quorum_moved_on_and_skipped_step(store, village1):
    # Records entered elsewhere (e.g. in an older file): step 3 failed for want of quorum, step 4 went ahead.
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=4)
    store.execute("UPDATE decision_steps SET present=19, votes_for=19 WHERE step=3")
    other = new_matter(store, village1, title="出租村集体厂房")
    walk(store, village1, other, upto=2)
    store.execute("UPDATE decision_steps SET step=4 WHERE matter_id=? AND step=2", (other,))
    found = rules_found(store, village1)
    assert ("failed_moved_on", mid) in found
    assert ("step_out_of_order", other) in found
    msg = next(f.message for f in checks.run(store, village1, modules=["decisions"]) if f.rule == "failed_moved_on")
    assert "应到 30，实到 19，到会人数不足" in msg and "却继续进行了村民会议或村民代表会议决议" in msg


def test_check_carried_out_without_publicity(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=4)
    store.execute("UPDATE decision_matters SET started_on='2026-06-15' WHERE id=?", (mid,))
    found = [f for f in checks.run(store, village1, modules=["decisions"])
             if f.rule == "carried_out_without_publicity"]
    assert [f.message for f in found] == ["重大事项“硬化村东道路”在 2026-06-15 开始实施，但决议没有公开"]
    # results published with no decision notice at all
    store.execute("INSERT INTO decision_steps (matter_id, round, step, done_on, posted_place, period_days, text,"
                  " created_at) VALUES (?, 1, 6, '2026-09-01', '公开栏', 7, '已完工', '2026-09-01')", (mid,))
    assert ("carried_out_without_publicity", mid) in rules_found(store, village1)
    assert ("step_out_of_order", mid) not in rules_found(store, village1)


def test_check_meeting_deleted_under_a_step(store, village1):
    mid = new_matter(store, village1)
    walk(store, village1, mid, upto=1)
    meetings.delete_meeting(store, village1, store.scalar("SELECT meeting_id FROM decision_steps"))
    assert rules_found(store, village1) == [("step_meeting_missing", mid)]
    # the step keeps its date and vote
    m = decisions.get_matter(store, village1, mid)
    assert m["steps"][0]["on_date"] == "2026-06-02"
    assert m["timeline"][0]["status"] == "passed"


@pytest.mark.parametrize("include_closed", [True, False])
@pytest.mark.parametrize("limit, offset", [(1, 0), (2, 0), (2, 2), (2, 4), (3, 3), (10, 0), (5, 6), (1, 5)])
def test_a_page_of_the_list_is_the_same_rows_as_the_whole_list(store, village1, admin, include_closed, limit, offset):
    """The township's list reads a page at a time: each page is exactly that slice of the whole list,
    with the same state (its steps read for the page's matters only)."""
    ids = []
    for i, upto in enumerate([0, 2, 4, 6, 1, 3]):
        mid = new_matter(store, village1, title=f"事项{i}")
        walk(store, village1, mid, upto=upto)
        ids.append(mid)
    decisions.close_matter(store, village1, ids[4], reason="不再办理")
    whole = decisions.list_matters(store, admin, include_closed=include_closed)
    assert len(whole) == (6 if include_closed else 5)
    page = decisions.list_matters(store, admin, include_closed=include_closed, limit=limit, offset=offset)
    assert page == whole[offset:offset + limit]


@pytest.mark.parametrize("posting_ends", [None, "2026-12-01"])
def test_state_as_dict_is_every_field_as_asdict_gives_it(posting_ends):
    from dataclasses import asdict

    from villageadmin.core.decisions_state import MatterState

    st_ = MatterState(2, 3, False, 4, "deliberating", "两委商议（第 2 轮）", "2026-11-01", "超过 30 天", 5, posting_ends)
    assert st_.as_dict() == asdict(st_)
    assert list(st_.as_dict()) == list(asdict(st_))  # the same keys in the same order
