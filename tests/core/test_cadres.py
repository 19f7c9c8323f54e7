from __future__ import annotations

import datetime as dt

import pytest

from villageadmin.core import audit, cadre_reviews, cadre_stats, cadres, checks
from villageadmin.core.cadres import CadreInput, CandidateInput, CultivationInput
from villageadmin.core.errors import AccessDenied, RuleViolation, ValidationError

D = dt.date


def cand(village_id: int = 1, name: str = "李秀英", sex: str = "女", birth: D | None = D(1992, 5, 1),
         entered: D | None = D(2025, 3, 10), **kw) -> CandidateInput:
    return CandidateInput(village_id=village_id, name=name, sex=sex, birth_date=birth, entered_on=entered,
                          schooling=kw.pop("schooling", "大专"), party_status=kw.pop("party_status", "中共党员"),
                          **kw)


def findings(store, admin, rule=None, village_ids=(1,)):
    out = checks.run(store, admin, village_ids=list(village_ids), modules=["cadres"])
    return [f for f in out if rule is None or f.rule == rule]


# -- age: computed, never stored -------------------------------------------------------------
@pytest.mark.parametrize("birth, on, age", [
    (D(1990, 11, 27), D(2026, 11, 26), 35),  # the day before the birthday
    (D(1990, 11, 27), D(2026, 11, 27), 36),  # on the birthday
    (D(1990, 11, 27), D(2026, 11, 28), 36),
    (D(2000, 2, 29), D(2025, 2, 27), 24),
    (D(2000, 2, 29), D(2025, 2, 28), 25),  # leap-day birthday counts on 28 Feb in a common year
    (D(2000, 2, 29), D(2028, 2, 28), 27),  # …but on 29 Feb in a leap year
    (D(2000, 2, 29), D(2028, 2, 29), 28),
    (D(2008, 1, 1), D(2007, 12, 31), 0),
])
def test_age_on_birthdays(birth, on, age):
    assert cadres.age_on(birth, on) == age


def test_age_is_not_stored_and_no_id_number_column(store):
    for table in ("reserve_candidates", "cadres"):
        cols = set(store.db[table].columns_dict)
        assert "age" not in cols
        assert not any("id_number" in c or "id_card" in c or "idcard" in c for c in cols)


def test_listed_age_follows_today(store, admin, monkeypatch):
    cid = cadres.add_candidate(store, admin, cand(birth=D(1990, 11, 28)))
    assert cadres.get_candidate(store, admin, cid)["age"] == 35
    monkeypatch.setenv("VILLAGEADMIN_TODAY", "2026-11-28")
    assert cadres.get_candidate(store, admin, cid)["age"] == 36


# -- review dates ----------------------------------------------------------------------------
@pytest.mark.parametrize("appointed, seq, due", [
    (D(2026, 8, 31), 1, D(2026, 11, 30)),  # 31 Aug + 3 months → 30 Nov
    (D(2026, 8, 31), 2, D(2027, 2, 28)),   # + 6 months → 28 Feb
    (D(2026, 8, 31), 3, D(2027, 8, 31)),
    (D(2027, 8, 31), 2, D(2028, 2, 29)),   # leap year: 29 Feb
    (D(2024, 2, 29), 3, D(2025, 2, 28)),   # 29 Feb + 1 year → 28 Feb next year
    (D(2024, 2, 29), 4, D(2026, 2, 28)),
    (D(2024, 2, 29), 6, D(2028, 2, 29)),   # counted from the appointment, not chained: 29 Feb again
    (D(2024, 2, 29), 1, D(2024, 5, 29)),
    (D(2025, 11, 30), 1, D(2026, 2, 28)),
    (D(2025, 12, 31), 2, D(2026, 6, 30)),
    (D(2026, 1, 15), 5, D(2029, 1, 15)),
    (D(2026, 10, 31), 1, D(2027, 1, 31)),  # across the year end
    (D(2026, 12, 31), 1, D(2027, 3, 31)),
    (D(2026, 12, 1), 2, D(2027, 6, 1)),
])
def test_review_due_dates(appointed, seq, due):
    assert cadre_reviews.due_date(appointed, seq) == due


def test_schedule_lists_reviews_until_a_day():
    sched = cadre_reviews.schedule(D(2024, 2, 29), D(2026, 2, 28))
    assert sched == [(1, D(2024, 5, 29)), (2, D(2024, 8, 29)), (3, D(2025, 2, 28)), (4, D(2026, 2, 28))]
    assert [cadre_reviews.short_label(s) for s, _ in sched] == ["三个月", "半年", "一年", "2年"]


def _new_cadre(store, actor, appointed: D, village_id: int = 1, name: str = "周新任") -> int:
    return cadres.add_cadre(store, actor, CadreInput(village_id=village_id, name=name, post="村委会委员",
                                                     appointed_on=appointed, new_appointment=True))


def test_todo_shows_due_and_overdue_and_recording_closes(store, admin, village1):
    cid = _new_cadre(store, village1, D(2026, 5, 20))  # 3 months: 20 Aug (overdue); 6 months: 20 Nov (overdue)
    other = _new_cadre(store, village1, D(2026, 9, 15), name="吴新")  # 3 months: 15 Dec, within 30 days
    items = cadre_reviews.todo(store, village1)
    assert [(i.cadre_id, i.seq, i.due_on, i.overdue) for i in items] == [
        (cid, 1, "2026-08-20", True), (cid, 2, "2026-11-20", True), (other, 1, "2026-12-15", False)]
    assert items[0].days == 99 and items[2].days == -18
    assert len(findings(store, admin, "review_overdue")) == 2
    cadre_reviews.record_review(store, village1, cid, 1, held_on=D(2026, 8, 25), note="汇报了三年工作思路")
    items = cadre_reviews.todo(store, village1)
    assert [(i.cadre_id, i.seq) for i in items] == [(cid, 2), (other, 1)]
    f = findings(store, admin, "review_overdue")
    assert len(f) == 1 and "任职半年" in f[0].message and "已逾期 7 天" in f[0].message
    # The township sees the same list across villages.
    assert [(i.cadre_id, i.seq) for i in cadre_reviews.todo(store, admin)] == [(cid, 2), (other, 1)]


def test_review_on_its_due_day_is_due_not_overdue(store, admin, village1):
    _new_cadre(store, village1, D(2026, 8, 27))  # 3 months = today
    (item,) = cadre_reviews.todo(store, village1)
    assert item.due_on == "2026-11-27" and not item.overdue
    assert findings(store, admin, "review_overdue") == []


def test_one_year_review_needs_keep_or_adjust(store, village1):
    cid = _new_cadre(store, village1, D(2025, 11, 1))
    cadre_reviews.record_review(store, village1, cid, 1, held_on=D(2026, 2, 2), note="思路清楚")
    cadre_reviews.record_review(store, village1, cid, 2, held_on=D(2026, 5, 3), rating="称职")
    with pytest.raises(ValidationError) as e:
        cadre_reviews.record_review(store, village1, cid, 3, held_on=D(2026, 11, 2), rating="称职")
    assert e.value.field == "decision"
    with pytest.raises(ValidationError) as e:
        cadre_reviews.record_review(store, village1, cid, 3, held_on=D(2026, 11, 2), rating="称职", decision="adjust")
    assert e.value.field == "note"
    cadre_reviews.record_review(store, village1, cid, 3, held_on=D(2026, 11, 2), rating="称职", decision="keep")
    with pytest.raises(RuleViolation) as e:
        cadre_reviews.record_review(store, village1, cid, 3, held_on=D(2026, 11, 3), rating="称职", decision="keep")
    assert e.value.code == "already_recorded"
    hist = cadre_reviews.for_cadre(store, village1, cid)
    assert [(h["seq"], h["state"]) for h in hist] == [(1, "done"), (2, "done"), (3, "done"), (4, "upcoming")]
    assert hist[2]["decision_label"] == "留任" and hist[3]["due_on"] == "2027-11-01"


def test_review_not_yet_due_cannot_be_recorded(store, village1):
    cid = _new_cadre(store, village1, D(2026, 11, 1))  # 3 months: 1 Feb 2027, beyond 30 days
    with pytest.raises(RuleViolation) as e:
        cadre_reviews.record_review(store, village1, cid, 1, held_on=D(2026, 11, 20), note="x")
    assert e.value.code == "not_due" and "2027-02-01" in e.value.message


def test_cadres_without_schedule_are_not_reviewed(store, admin, village1):
    # The cadres from the fixture were added without an appointment date: no schedule, nothing due.
    assert cadre_reviews.todo(store, admin) == []
    with pytest.raises(RuleViolation):
        cadre_reviews.record_review(store, admin, 1, 1, held_on=D(2026, 1, 1))


def test_cadre_who_left_drops_off_the_todo(store, village1):
    cid = _new_cadre(store, village1, D(2026, 5, 20))
    cadres.cadre_leaves(store, village1, cid, left_on=D(2026, 10, 1), reason="外出务工")
    assert cadre_reviews.todo(store, village1) == []


# -- the pool ---------------------------------------------------------------------------------
def test_add_candidate_validation(store, village1):
    with pytest.raises(ValidationError) as e:
        cadres.add_candidate(store, village1, cand(birth=None))
    assert e.value.field == "birth_date"
    with pytest.raises(ValidationError) as e:
        cadres.add_candidate(store, village1, cand(birth=D(2008, 3, 11), entered=D(2026, 3, 10)))
    assert e.value.code == "too_young" and "17 岁" in e.value.message
    cadres.add_candidate(store, village1, cand(birth=D(2008, 3, 10), entered=D(2026, 3, 10)))  # 18 that day
    with pytest.raises(ValidationError) as e:
        cadres.add_candidate(store, village1, cand(exam_score="105"))
    assert e.value.field == "exam_score"
    with pytest.raises(ValidationError) as e:
        cadres.add_candidate(store, village1, cand(interview_score="八十"))
    assert e.value.field == "interview_score"
    with pytest.raises(ValidationError) as e:
        cadres.add_candidate(store, village1, cand(birth=D(2008, 3, 10), entered=D(2026, 3, 10)))
    assert e.value.code == "duplicate"


@pytest.mark.parametrize("field_name", ["phone", "note", "occupation"])
def test_id_numbers_are_refused(store, village1, field_name):
    with pytest.raises(ValidationError) as e:
        cadres.add_candidate(store, village1, cand(**{field_name: "11010519920501123X"}))
    assert e.value.code == "id_number" and e.value.field == field_name


def test_village_account_only_writes_its_own_pool(store, village1, village2):
    with pytest.raises(AccessDenied):
        cadres.add_candidate(store, village1, cand(village_id=2))
    cid = cadres.add_candidate(store, village2, cand(village_id=2))
    with pytest.raises(AccessDenied):
        cadres.get_candidate(store, village1, cid)
    assert cadres.list_candidates(store, village1) == []


def test_scores_and_labels_are_listed(store, village1):
    cadres.add_candidate(store, village1, cand(exam_score="86.5", interview_score=90, tier="key"))
    (row,) = cadres.list_candidates(store, village1)
    assert (row["exam_score"], row["interview_score"]) == (86.5, 90.0)
    assert (row["tier_label"], row["status_label"], row["age"], row["party_member"]) == ("重点培养", "在库", 34, True)


def test_leaving_the_pool_needs_reason_and_keeps_record(store, village1):
    cid = cadres.add_candidate(store, village1, cand())
    with pytest.raises(ValidationError) as e:
        cadres.remove_from_pool(store, village1, cid, left_on=D(2026, 6, 1), reason=" ")
    assert e.value.field == "left_reason"
    cadres.remove_from_pool(store, village1, cid, left_on=D(2026, 6, 1), reason="外出务工")
    assert cadres.list_candidates(store, village1) == []
    (row,) = cadres.list_candidates(store, village1, status=None)
    assert (row["status"], row["left_on"], row["left_reason"]) == ("left", "2026-06-01", "外出务工")
    with pytest.raises(RuleViolation):
        cadres.set_tier(store, village1, cid, "key")


# -- appointment moves the person into the team, keeping their history -----------------------
def test_appointment_moves_history(store, admin, village1):
    cid = cadres.add_candidate(store, village1, cand(tier="key", phone="13912345678", mentor="张书记"))
    cadres.add_cultivation(store, village1, CultivationInput(1, "policy_law", D(2025, 6, 20), title="二季度政策法规培训",
                                                             candidate_ids=[cid]))
    cadres.add_cultivation(store, village1, CultivationInput(1, "temp_post", D(2025, 9, 1), D(2025, 11, 30),
                                                             partner="乡农经站", candidate_ids=[cid]))
    cadres.record_assessment(store, village1, candidate_id=cid, year=2025, grade="优秀", assessed_by="乡组织办")
    n_team = len(cadres.team(store, village1, 1))
    cadre_id = cadres.appoint_candidate(store, village1, cid, post="村委会委员", line="村务",
                                        appointed_on=D(2026, 8, 31))
    # In the team, with their details carried over…
    team = cadres.team(store, village1, 1)
    assert len(team) == n_team + 1
    new = next(c for c in team if c["id"] == cadre_id)
    assert (new["name"], new["sex"], new["birth_date"], new["schooling"], new["party_member"], new["phone"]) == \
        ("李秀英", "女", "1992-05-01", "大专", 1, "13912345678")
    assert (new["post"], new["appointed_on"], new["candidate_id"], new["review_from"]) == \
        ("村委会委员", "2026-08-31", cid, "2026-08-31")
    # …out of the pool (and no longer a key candidate), its record kept as appointed…
    assert cadres.list_candidates(store, village1) == []
    c = cadres.get_candidate(store, village1, cid)
    assert (c["status"], c["appointed_on"], c["cadre_id"]) == ("appointed", "2026-08-31", cadre_id)
    # …and the whole history reached from the cadre's side.
    f = cadres.person_file(store, village1, cadre_id=cadre_id)
    assert [r["kind"] for r in f["cultivation"]] == ["policy_law", "temp_post"]
    assert [(a["year"], a["grade"]) for a in f["assessments"]] == [(2025, "优秀")]
    assert f["candidate"]["id"] == cid and f["candidate"]["mentor"] == "张书记"
    assert f["reviews"][0] == {"seq": 1, "label": "任职三个月：汇报工作思路", "due_on": "2026-11-30",
                               "state": "due"}
    # Later records for the cadre join the same file.
    cadres.add_cultivation(store, village1, CultivationInput(1, "in_post", D(2026, 10, 8), title="新任村干部培训",
                                                             cadre_ids=[cadre_id]))
    f2 = cadres.person_file(store, village1, candidate_id=cid)
    assert [r["kind"] for r in f2["cultivation"]] == ["policy_law", "temp_post", "in_post"]
    # One audit entry for each side, written in the same transaction.
    assert [h["action"] for h in audit.history(store, "reserve_candidate", cid)] == ["create", "appoint"]
    assert [h["action"] for h in audit.history(store, "cadre", cadre_id)] == ["create"]
    with pytest.raises(RuleViolation):
        cadres.appoint_candidate(store, village1, cid, post="村委会主任", appointed_on=D(2026, 9, 1))


def test_appointment_is_all_or_nothing(store, village1, monkeypatch):
    cid = cadres.add_candidate(store, village1, cand())
    n_cadres = store.scalar("SELECT count(*) FROM cadres")

    def boom(*a, **k):
        raise RuntimeError("disk")

    monkeypatch.setattr(audit, "append", boom)
    with pytest.raises(RuntimeError):
        cadres.appoint_candidate(store, village1, cid, post="村委会委员", appointed_on=D(2026, 8, 31))
    assert store.scalar("SELECT count(*) FROM cadres") == n_cadres
    assert store.scalar("SELECT status FROM reserve_candidates WHERE id=?", (cid,)) == "pool"


def test_appointment_validation(store, village1):
    cid = cadres.add_candidate(store, village1, cand(entered=D(2025, 3, 10)))
    with pytest.raises(ValidationError) as e:
        cadres.appoint_candidate(store, village1, cid, post="", appointed_on=D(2026, 1, 1))
    assert e.value.field == "post"
    with pytest.raises(ValidationError) as e:
        cadres.appoint_candidate(store, village1, cid, post="委员", appointed_on=D(2025, 3, 9))
    assert e.value.code == "before_entry"


def test_cultivation_for_several_people_at_once(store, village1):
    ids = [cadres.add_candidate(store, village1, cand(name=n)) for n in ("甲", "乙", "丙")]
    rec = cadres.add_cultivation(store, village1, CultivationInput(1, "policy_law", D(2026, 9, 25),
                                                                   title="三季度政策法规培训", candidate_ids=ids))
    assert len(rec) == 3
    rows = cadres.list_cultivation(store, village1, year=2026)
    assert sorted(r["person"] for r in rows) == ["丙", "乙", "甲"]
    assert {r["kind_label"] for r in rows} == {"政策法规培训（季度）"}
    with pytest.raises(ValidationError) as e:
        cadres.add_cultivation(store, village1, CultivationInput(1, "pairing", D(2026, 9, 25), candidate_ids=ids))
    assert e.value.field == "partner"


def test_assessment_same_year_replaces(store, village1):
    cid = cadres.add_candidate(store, village1, cand())
    a = cadres.record_assessment(store, village1, candidate_id=cid, year=2025, grade="称职")
    b = cadres.record_assessment(store, village1, candidate_id=cid, year=2025, grade="优秀")
    assert a == b
    assert store.scalar("SELECT grade FROM assessments WHERE id=?", (a,)) == "优秀"
    with pytest.raises(ValidationError):
        cadres.record_assessment(store, village1, candidate_id=cid, year=2027, grade="优秀")


# -- the 2–3 key-candidate rule ----------------------------------------------------------------
@pytest.mark.parametrize("n_key, state, rule", [
    (0, "short", "key_candidates_short"),
    (1, "short", "key_candidates_short"),
    (2, "ok", None),
    (3, "ok", None),
    (4, "over", "key_candidates_over"),
])
def test_two_to_three_key_candidates(store, admin, village1, n_key, state, rule):
    for i in range(5):
        cadres.add_candidate(store, village1, cand(name=f"候选{i}", tier="key" if i < n_key else "general"))
    s = cadre_stats.statistics(store, admin, village_ids=[1])
    assert (s.villages[0].key, s.villages[0].key_state) == (n_key, state)
    found = [f.rule for f in findings(store, admin) if f.rule.startswith("key_")]
    assert found == ([rule] if rule else [])
    if rule == "key_candidates_short":
        assert f"只有 {n_key} 人，每村应有 2–3 人" in findings(store, admin, rule)[0].message


def test_key_candidate_who_leaves_no_longer_counts(store, admin, village1):
    ids = [cadres.add_candidate(store, village1, cand(name=f"候选{i}", tier="key")) for i in range(2)]
    assert findings(store, admin, "key_candidates_short") == []
    cadres.remove_from_pool(store, village1, ids[0], left_on=D(2026, 11, 1), reason="外出务工")
    assert len(findings(store, admin, "key_candidates_short")) == 1


def test_key_target_follows_township_policy(store, admin, village1):
    from villageadmin.core import policy

    for i in range(3):
        cadres.add_candidate(store, village1, cand(name=f"候选{i}", tier="key"))
    policy.update_section(store, admin, effective_from=D(2026, 1, 1), name="cadres",
                          values={"key_candidates_min": 4, "key_candidates_max": 5, "review_due_soon_days": 30})
    (f,) = findings(store, admin, "key_candidates_short")
    assert "每村应有 4–5 人" in f.message


def test_pool_with_no_women(store, admin, village1):
    assert findings(store, admin, "pool_no_women") == []  # an empty pool is flagged by the key rule instead
    m = cadres.add_candidate(store, village1, cand(name="王强", sex="男"))
    (f,) = findings(store, admin, "pool_no_women")
    assert f.village == "001" and "1 人中没有女性" in f.message
    cadres.add_candidate(store, village1, cand(name="刘芳", sex="女"))
    assert findings(store, admin, "pool_no_women") == []
    assert m


# -- statistics --------------------------------------------------------------------------------
def test_statistics_bands_schooling_party(store, admin, village1, village2):
    cadres.add_candidate(store, village1, cand(name="甲", sex="女", birth=D(1996, 11, 27), schooling="本科",
                                               party_status="中共预备党员", tier="key"))  # 30 today
    cadres.add_candidate(store, village1, cand(name="乙", sex="男", birth=D(1995, 11, 28), schooling="高中",
                                               party_status="群众"))  # 30 until tomorrow
    cadres.add_candidate(store, village1, cand(name="丙", sex="男", birth=D(1990, 11, 27), schooling="",
                                               party_status="入党积极分子"))  # 36 today
    cadres.add_candidate(store, village2, cand(village_id=2, name="丁", sex="女", birth=D(1980, 1, 1)))
    s = cadre_stats.statistics(store, admin)
    v1, v2 = s.villages
    assert (v1.pool, v1.key, v1.women, v1.party, v1.key_women, v1.under_36) == (3, 1, 1, 1, 1, 2)
    assert v1.age_bands == {"30岁及以下": 2, "31–35岁": 0, "36–40岁": 1, "41–45岁": 0, "46岁及以上": 0}
    assert v1.schooling["本科"] == 1 and v1.schooling["高中"] == 1 and v1.schooling["未填"] == 1
    assert round(v1.women_percent, 1) == 33.3
    assert (s.total.pool, s.total.women, s.total.party) == (4, 2, 2)
    assert s.total.age_bands["46岁及以上"] == 1
    assert s.villages_short == 2
    # A village account sees only its own village.
    assert [v.village_code for v in cadre_stats.statistics(store, village1).villages] == ["001"]


def test_due_count_agrees_with_the_schedule():
    # The to-do list counts the reviews due without their dates; month ends and 29 Feb included.
    for start in (D(2024, 2, 29), D(2023, 1, 31), D(2023, 8, 31), D(2023, 10, 30), D(2025, 3, 15)):
        for k in range(-40, 1900, 3):
            until = start + dt.timedelta(days=k)
            assert cadre_reviews.due_count(start, until) == len(cadre_reviews.schedule(start, until)), (start, until)


def test_women_trend_by_year(store, admin, village1):
    cadres.add_candidate(store, village1, cand(name="甲", sex="男", entered=D(2022, 5, 1)))
    w = cadres.add_candidate(store, village1, cand(name="乙", sex="女", entered=D(2023, 5, 1)))
    cadres.add_candidate(store, village1, cand(name="丙", sex="女", entered=D(2025, 5, 1)))
    cadres.appoint_candidate(store, village1, w, post="妇联主席", appointed_on=D(2026, 3, 1))
    trend = cadre_stats.women_trend(store, admin, years=5)
    assert [(p.year, p.pool, p.women, p.entered, p.women_entered) for p in trend] == [
        (2022, 1, 0, 1, 0), (2023, 2, 1, 1, 1), (2024, 2, 1, 0, 0), (2025, 3, 2, 1, 1), (2026, 2, 1, 0, 0)]
    assert trend[-1].on == "2026-11-27" and trend[1].women_percent == 50.0


def test_women_trend_counts_people_who_entered_on_the_same_day(store, admin, village1, village2):
    # Same entry day, same sex, in two villages: counted once each (the trend groups equal days).
    for who, sex in (("甲", "女"), ("乙", "女"), ("丙", "男")):
        cadres.add_candidate(store, village1, cand(name=who, sex=sex, entered=D(2025, 5, 1)))
    cadres.add_candidate(store, village2, cand(name="丁", sex="女", entered=D(2025, 5, 1), village_id=2))
    trend = cadre_stats.women_trend(store, admin, years=2)
    assert [(p.year, p.pool, p.women, p.entered, p.women_entered) for p in trend] == [
        (2025, 4, 3, 4, 3), (2026, 4, 3, 0, 0)]
    assert [(p.pool, p.women) for p in cadre_stats.women_trend(store, admin, village_ids=[2], years=1)] == [(1, 1)]


def test_statistics_on_a_past_day(store, admin, village1):
    cadres.add_candidate(store, village1, cand(name="甲", entered=D(2024, 5, 1)))
    cadres.add_candidate(store, village1, cand(name="乙", entered=D(2026, 5, 1)))
    assert cadre_stats.statistics(store, admin, village_ids=[1], on=D(2025, 12, 31)).villages[0].pool == 1


def _pool_by_person(store, village_ids, on):  # noqa: ANN001, ANN202
    """The statistics counted one person at a time with PoolStats.add (how they were counted before SQL did)."""
    marks = ",".join("?" * len(village_ids))
    per = {vid: cadre_stats.PoolStats(vid, code, name) for vid, code, name in store.execute(
        f"SELECT id, code, name FROM villages WHERE id IN ({marks}) ORDER BY code", village_ids)}
    d = on.isoformat()
    for vid, sex, birth, schooling, party, tier in store.execute(
            f"SELECT village_id, sex, birth_date, schooling, party_status, tier FROM reserve_candidates"
            f" WHERE village_id IN ({marks}) AND entered_on <= ? AND coalesce(appointed_on, left_on, '9999-12-31') > ?",
            (*village_ids, d, d)):
        per[vid].add(sex, party, schooling, cadres.age_on(D.fromisoformat(birth), on), tier)
    return per


@pytest.mark.parametrize("on", [D(2026, 11, 27), D(2025, 2, 28), D(2024, 2, 29), D(2024, 2, 28), D(2025, 3, 1),
                                D(2025, 12, 31)])
def test_statistics_count_as_person_by_person(demo_dir, on):
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import open_store

    store = open_store(demo_dir, read_only=True)
    try:
        viewer = Actor(None, "t", "t", "viewer")
        ids = [r[0] for r in store.execute("SELECT id FROM villages")]
        # Birthdays on the bands' edges (29 February too), as the demo's own people have few of them.
        want = _pool_by_person(store, ids, on)
        got = cadre_stats.statistics(store, viewer, on=on)
        assert got.total.pool > 0
        for s in got.villages:
            w = want[s.village_id]
            assert (s.pool, s.key, s.women, s.party, s.key_women, s.under_36, s.age_bands, s.schooling) == (
                w.pool, w.key, w.women, w.party, w.key_women, w.under_36, w.age_bands, w.schooling)
    finally:
        store.close()


@pytest.mark.parametrize("birth", [D(1996, 2, 29), D(1996, 2, 28), D(1996, 3, 1), D(1991, 2, 28), D(1995, 11, 27),
                                   D(1995, 11, 28), D(1990, 11, 27), D(1990, 11, 28), D(1970, 1, 1)])
@pytest.mark.parametrize("on", [D(2026, 11, 27), D(2026, 2, 28), D(2024, 2, 29), D(2026, 3, 1)])
def test_statistics_bands_at_the_edges(store, admin, village1, birth, on):
    cadres.add_candidate(store, village1, cand(name="甲", birth=birth, entered=D(2020, 1, 1), schooling="中专"))
    got = cadre_stats.statistics(store, admin, village_ids=[1], on=on).villages[0]
    want = _pool_by_person(store, [1], on)[1]
    assert (got.age_bands, got.under_36, got.schooling) == (want.age_bands, want.under_36, want.schooling)


def test_born_by_agrees_with_age_on_everywhere():
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.dates(D(1990, 1, 1), D(2040, 12, 31)), st.integers(1, 60), st.integers(-3, 3))
    def check(on, years, shift):
        last = cadre_stats.born_by(on, years)
        birth = last + dt.timedelta(days=shift)
        assert (cadres.age_on(birth, on) >= years) == (birth <= last)

    check()


def test_age_agrees_with_relativedelta_everywhere():
    from dateutil.relativedelta import relativedelta
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=300, deadline=None)
    @given(st.dates(D(1930, 1, 1), D(2030, 12, 31)), st.integers(0, 40000))
    def check(birth, days):
        on = birth + dt.timedelta(days=days)
        assert cadres.age_on(birth, on) == relativedelta(on, birth).years

    check()


def test_demo_has_short_villages_and_overdue_reviews(demo_dir):
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import open_store

    store = open_store(demo_dir, read_only=True)
    try:
        viewer = Actor(None, "t", "t", "viewer")
        s = cadre_stats.statistics(store, viewer)
        assert all(7 <= v.pool <= 14 for v in s.villages)
        assert s.total.women and s.total.key
        rules = {f.rule for f in checks.run(store, viewer, modules=["cadres"])}
        assert "review_overdue" in rules
        appointed = store.scalar("SELECT count(*) FROM cadres c JOIN reserve_candidates r ON r.cadre_id=c.id"
                                 " AND c.candidate_id=r.id AND r.status='appointed'")
        assert appointed > 0
    finally:
        store.close()


def test_cultivation_only_for_the_villages_own_people(store, admin, village1, village2):
    mine = cadres.add_candidate(store, village1, cand())
    theirs = cadres.add_candidate(store, village2, cand(village_id=2))
    with pytest.raises(AccessDenied):
        cadres.add_cultivation(store, village1, CultivationInput(2, "talk", D(2026, 9, 1), candidate_ids=[theirs]))
    with pytest.raises(AccessDenied):
        cadres.add_cultivation(store, village1, CultivationInput(1, "talk", D(2026, 9, 1),
                                                                 candidate_ids=[mine, theirs]))
    with pytest.raises(ValidationError) as e:  # the township may write both, but one record is one village's
        cadres.add_cultivation(store, admin, CultivationInput(1, "talk", D(2026, 9, 1), candidate_ids=[mine, theirs]))
    assert e.value.code == "foreign_person"
    assert store.scalar("SELECT count(*) FROM cultivation") == 0


def test_assessment_is_of_exactly_one_person(store, village1):
    cid = cadres.add_candidate(store, village1, cand())
    with pytest.raises(ValidationError) as e:
        cadres.record_assessment(store, village1, year=2025, grade="称职", candidate_id=cid, cadre_id=1)
    assert e.value.field == "person"
    with pytest.raises(ValidationError):
        cadres.record_assessment(store, village1, year=2025, grade="称职")
