from __future__ import annotations

import datetime as dt

import pytest

from villageadmin.core import bidding, bidding_flags, checks, policy
from villageadmin.core.bidding import (AcceptanceInput, ApprovalInput, AuditInput, Bid, ConstructionInput, FundsInput,
                                       PaymentInput, ProjectInput, TenderInput)
from villageadmin.core.errors import AccessDenied, RuleViolation, ValidationError

D = dt.date


def project(village_id: int = 1, name: str = "村东道路硬化", kind: str = "road", on: D = D(2026, 3, 1),
            **money: int) -> ProjectInput:
    return ProjectInput(village_id=village_id, name=name, kind=kind, registered_on=on, place="村东", **money)


def verdict(store, **money):  # noqa: ANN001
    kw = dict(township_fen=0, village_fen=0, public_fen=0, on=D(2026, 3, 1))
    kw.update(money)
    return bidding.tender_required(store, **kw)


# -- the public-tender rule: ¥20,000 township, ¥5,000 village, any public fundraising ---------------
@pytest.mark.parametrize("township_fen, village_fen, public_fen, required, rule", [
    (1_999_999, 0, 0, False, None),            # ¥19,999.99 township → no tender
    (2_000_000, 0, 0, True, "township"),       # ¥20,000.00 township → tender ("以上" includes the amount)
    (0, 499_999, 0, False, None),              # ¥4,999.99 village → no
    (0, 500_000, 0, True, "village"),          # ¥5,000.00 village → yes
    (1_999_999, 499_999, 0, False, None),      # each under its own threshold: no (they are not added up)
    (0, 0, 1, True, "public_fundraising"),     # public fundraising of any size
    (0, 100, 50_000, True, "public_fundraising"),
    (5_000_000, 600_000, 0, True, "township"),
])
def test_tender_thresholds(store, township_fen, village_fen, public_fen, required, rule):
    v = verdict(store, township_fen=township_fen, village_fen=village_fen, public_fen=public_fen)
    assert v.required is required
    assert (rule in v.rules) if rule else v.rules == []


def test_verdict_reasons_name_the_rule_and_the_numbers(store):
    v = verdict(store, township_fen=2_000_000)
    assert v.text() == "必须公开招标：乡镇一次性投资 ¥20,000.00，达到 ¥20,000.00 以上须公开招标的标准。"
    v = verdict(store, township_fen=1_999_999, village_fen=499_999)
    assert not v.required
    assert "乡镇投资 ¥19,999.99，未达到 ¥20,000.00" in v.reasons
    assert "村级投资 ¥4,999.99，未达到 ¥5,000.00" in v.reasons
    assert "没有群众集资" in v.reasons
    v = verdict(store, public_fen=30_000)
    assert "有群众集资 ¥300.00，利用群众集资建设的项目不论金额都须公开招标" in v.reasons


def test_not_public_interest_needs_no_tender_but_is_flagged(store, admin, village1):
    pid = bidding.save_project(store, village1, project(village_fen=800_000))
    data = project(village_fen=800_000)
    data.public_interest = False
    bidding.save_project(store, village1, data, project_id=pid)
    p = bidding.get_project(store, admin, pid)
    assert not p["verdict"].required
    assert [f.rule for f in p["flags"]] == ["public_interest_unticked"]


def test_policy_change_moves_the_threshold_from_a_date(store, admin, village1):
    rules = dict(policy.section(store, "bidding", D(2026, 1, 1)), tender_village_fen=800_000)
    policy.update_section(store, admin, effective_from=D(2026, 7, 1), name="bidding", values=rules, note="村级标准调为8000元")
    assert verdict(store, village_fen=600_000, on=D(2026, 6, 30)).required
    later = verdict(store, village_fen=600_000, on=D(2026, 7, 1))
    assert not later.required
    assert "村级投资 ¥6,000.00，未达到 ¥8,000.00" in later.reasons
    # A project is judged by the policy in force on its own date.
    before = bidding.save_project(store, village1, project(on=D(2026, 6, 30), village_fen=600_000))
    after = bidding.save_project(store, village1, project(on=D(2026, 7, 1), village_fen=600_000, name="村西道路"))
    assert bidding.get_project(store, village1, before)["verdict"].required
    assert not bidding.get_project(store, village1, after)["verdict"].required
    rows = {r["id"]: r["required"] for r in bidding.list_projects(store, admin, year=2026)}
    assert rows == {before: True, after: False}


def test_fundraising_rule_can_be_switched_off_by_policy(store, admin):
    rules = dict(policy.section(store, "bidding", D(2026, 1, 1)), tender_if_public_fundraising=False)
    policy.update_section(store, admin, effective_from=D(2026, 1, 1), name="bidding", values=rules)
    assert not verdict(store, public_fen=10_000).required


# -- registering ---------------------------------------------------------------------------------
@pytest.mark.parametrize("change, field, text", [
    (dict(name=" "), "name", "请填写项目名称"),
    (dict(kind="bridge"), "kind", "请选择项目类别"),
    (dict(registered_on=None), "registered_on", "请填写登记日期"),
    (dict(registered_on=D(2026, 11, 28)), "registered_on", "还没到"),
    (dict(village_fen=0), "township_fen", "至少填写一项资金来源"),
    (dict(village_fen=-1), "village_fen", "不能是负数"),
])
def test_bad_project_is_refused_and_nothing_stored(store, village1, change, field, text):
    data = project(village_fen=100_000)
    for k, v in change.items():
        setattr(data, k, v)
    with pytest.raises(ValidationError) as e:
        bidding.save_project(store, village1, data)
    assert e.value.field == field
    assert text in e.value.message
    assert store.scalar("SELECT count(*) FROM projects") == 0


def test_village_cannot_touch_another_villages_project(store, village1, village2):
    with pytest.raises(AccessDenied):
        bidding.save_project(store, village2, project(village_id=1, village_fen=100))
    pid = bidding.save_project(store, village1, project(village_fen=100))
    with pytest.raises(AccessDenied):
        bidding.get_project(store, village2, pid)
    with pytest.raises(AccessDenied):
        bidding.record_stage(store, village2, pid, ApprovalInput(D(2026, 3, 2), "1号"))


def test_kinds_are_an_editable_list(store, admin, village1):
    assert bidding.kinds(store) == {"road": "道路", "water": "水利饮水", "buildings": "房屋建筑",
                                    "utilities": "公用设施", "other": "其他"}
    bidding.save_kind(store, admin, code="bridge", label="桥梁")
    bidding.save_kind(store, admin, code="road", label="道路交通")
    bidding.save_kind(store, admin, code="other", label="其他", active=False)
    assert list(bidding.kinds(store).items())[-1] == ("bridge", "桥梁")
    assert "other" not in bidding.kinds(store)
    assert bidding.kinds(store)["road"] == "道路交通"
    with pytest.raises(AccessDenied):
        bidding.save_kind(store, village1, code="x", label="x")
    pid = bidding.save_project(store, village1, project(kind="bridge", village_fen=100))
    assert bidding.get_project(store, village1, pid)["kind_label"] == "桥梁"


# -- the lifecycle, enforced in the core ------------------------------------------------------------
def approved(store, actor, **money) -> int:  # noqa: ANN001
    pid = bidding.save_project(store, actor, project(**(money or {"village_fen": 2_000_000})))
    bidding.record_stage(store, actor, pid, ApprovalInput(D(2026, 3, 5), "白鹿村〔2026〕3号"))
    return pid


def public_tender(winner: int = 1_800_000, others=(1_900_000, 1_950_000)) -> TenderInput:  # noqa: ANN001
    bids = [Bid("甲建筑公司", winner, winner=True)] + [Bid(f"乙{i}公司", a) for i, a in enumerate(others)]
    return TenderInput("public", opening_on=D(2026, 4, 10), notice_on=D(2026, 3, 15), bids=bids)


def contracted(store, actor, contract_fen: int = 1_800_000) -> int:  # noqa: ANN001
    pid = approved(store, actor)
    bidding.record_stage(store, actor, pid, public_tender())
    bidding.record_stage(store, actor, pid, ConstructionInput(D(2026, 4, 15), contract_fen, D(2026, 4, 20)))
    return pid


def test_stages_only_in_order(store, village1):
    pid = bidding.save_project(store, village1, project(village_fen=2_000_000))
    with pytest.raises(RuleViolation) as e:
        bidding.record_stage(store, village1, pid, public_tender())
    assert e.value.code == "stage_order"
    assert "还没有记录“立项”，不能记录“招投标”" in e.value.message
    bidding.record_stage(store, village1, pid, ApprovalInput(D(2026, 3, 5), "3号"))
    # the tender cannot be skipped by going straight to construction
    with pytest.raises(RuleViolation) as e:
        bidding.record_stage(store, village1, pid, ConstructionInput(D(2026, 4, 15), 1_800_000, D(2026, 4, 20)))
    assert "还没有记录“招投标”" in e.value.message
    bidding.record_stage(store, village1, pid, public_tender())
    bidding.record_stage(store, village1, pid, ConstructionInput(D(2026, 4, 15), 1_800_000, D(2026, 4, 20)))
    # a stage is locked once the next one is recorded
    with pytest.raises(RuleViolation) as e:
        bidding.record_stage(store, village1, pid, public_tender(winner=1_700_000))
    assert e.value.code == "stage_locked"
    with pytest.raises(RuleViolation):
        bidding.record_stage(store, village1, pid, AuditInput(D(2026, 9, 1), 1_700_000))
    assert store.scalar("SELECT stage FROM projects WHERE id=?", (pid,)) == "construction"


def test_stage_dates_cannot_go_backwards(store, village1):
    pid = approved(store, village1)
    data = public_tender()
    data.notice_on = D(2026, 3, 1)
    with pytest.raises(ValidationError) as e:
        bidding.record_stage(store, village1, pid, data)
    assert e.value.field == "notice_on" and "早于立项日期 2026-03-05" in e.value.message
    bidding.record_stage(store, village1, pid, public_tender())
    with pytest.raises(ValidationError) as e:
        bidding.record_stage(store, village1, pid, ConstructionInput(D(2026, 4, 9), 1_800_000, D(2026, 4, 20)))
    assert e.value.field == "contract_on"


def test_required_tender_cannot_be_skipped_without_a_written_reason(store, admin, village1):
    pid = approved(store, village1, village_fen=500_000)
    direct = TenderInput("direct", opening_on=D(2026, 3, 20), bids=[Bid("本村施工队", 500_000, winner=True)])
    with pytest.raises(ValidationError) as e:
        bidding.record_stage(store, village1, pid, direct)
    assert e.value.field == "reason"
    assert "村级一次性投资 ¥5,000.00，达到 ¥5,000.00 以上须公开招标的标准" in e.value.message
    direct.reason = "汛期抢修，工期紧急"
    bidding.record_stage(store, village1, pid, direct)
    found = [f for f in checks.run(store, admin, modules=["bidding"]) if f.record == pid]
    assert [(f.rule, f.severity) for f in found] == [("tender_not_public", "warning")]
    assert "理由：汛期抢修，工期紧急" in found[0].message


def test_no_tender_needed_direct_award_is_fine(store, admin, village1):
    pid = approved(store, village1, village_fen=499_999)
    bidding.record_stage(store, village1, pid, TenderInput("direct", D(2026, 3, 20),
                                                            bids=[Bid("本村施工队", 499_999, winner=True)]))
    assert [f for f in checks.run(store, admin, modules=["bidding"]) if f.record == pid] == []
    assert bidding.get_project(store, village1, pid)["tender_status_label"] == "直接发包"


@pytest.mark.parametrize("bids, text", [
    ([], "请填写投标人和投标报价"),
    ([Bid("甲", 100), Bid("乙", 200)], "请选定一个中标人"),
    ([Bid("甲", 100, True), Bid("甲", 200)], "重复"),
    ([Bid("甲", 0, True)], "报价不对"),
])
def test_bids_must_be_complete(store, village1, bids, text):
    pid = approved(store, village1)
    with pytest.raises(ValidationError) as e:
        bidding.record_stage(store, village1, pid, TenderInput("public", D(2026, 4, 10), D(2026, 3, 15), bids))
    assert text in e.value.message


def test_money_is_fixed_once_tendered(store, village1):
    pid = contracted(store, village1)
    data = project(village_fen=100)
    with pytest.raises(RuleViolation) as e:
        bidding.save_project(store, village1, data, project_id=pid)
    assert e.value.code == "money_locked"
    data = project(village_fen=2_000_000, name="村东道路硬化（改名）")
    bidding.save_project(store, village1, data, project_id=pid)


# -- payment caps ---------------------------------------------------------------------------------
def pay(store, actor, pid, fen, day=D(2026, 6, 1), kind="payment") -> int:  # noqa: ANN001
    return bidding.add_payment(store, actor, pid, PaymentInput(day, fen, kind))


def test_no_payment_before_the_contract(store, village1):
    pid = approved(store, village1)
    with pytest.raises(RuleViolation) as e:
        pay(store, village1, pid, 100)
    assert e.value.code == "no_contract"


def test_payments_never_exceed_the_contract_before_audit(store, village1):
    pid = contracted(store, village1, contract_fen=2_000_000)
    pay(store, village1, pid, 1_500_000)
    with pytest.raises(RuleViolation) as e:
        pay(store, village1, pid, 500_001)
    assert e.value.message == ("本次付款 ¥5,000.01 后累计 ¥20,000.01，超过合同价 ¥20,000.00（审计前付款不得超过合同价）；"
                               "最多还能付 ¥5,000.00。")
    pay(store, village1, pid, 500_000)
    assert bidding.payment_cap(store, village1, pid).available_fen == 0


def test_after_audit_the_audited_sum_is_the_cap_and_retention_is_held(store, admin, village1):
    pid = contracted(store, village1, contract_fen=2_000_000)
    pay(store, village1, pid, 1_000_000)
    bidding.record_stage(store, village1, pid, AcceptanceInput(D(2026, 8, 1), True, "乡招标办"))
    bidding.record_stage(store, village1, pid, AuditInput(D(2026, 9, 1), 1_900_000, "乡审计站"))
    cap = bidding.payment_cap(store, village1, pid)
    assert (cap.basis, cap.cap_fen, cap.available_fen) == ("audit", 1_900_000, 900_000)
    with pytest.raises(RuleViolation) as e:
        pay(store, village1, pid, 900_001, D(2026, 9, 5))
    assert "超过审定金额 ¥19,000.00" in e.value.message and "审计后付款不得超过审定金额" in e.value.message
    bidding.record_stage(store, village1, pid, FundsInput(D(2026, 9, 10), 57_000, D(2027, 8, 1)))
    cap = bidding.payment_cap(store, village1, pid)
    assert (cap.retention_held_fen, cap.available_fen) == (57_000, 843_000)
    with pytest.raises(RuleViolation) as e:
        pay(store, village1, pid, 843_001, D(2026, 9, 12))
    assert "留存质保金 ¥570.00" in e.value.message
    pay(store, village1, pid, 843_000, D(2026, 9, 12))
    with pytest.raises(RuleViolation):
        pay(store, village1, pid, 57_001, D(2026, 11, 1), kind="retention")
    pay(store, village1, pid, 57_000, D(2026, 11, 1), kind="retention")
    cap = bidding.payment_cap(store, village1, pid)
    assert (cap.paid_fen, cap.retention_held_fen, cap.over_fen) == (1_900_000, 0, 0)
    assert [f for f in checks.run(store, admin, modules=["bidding"]) if f.record == pid] == []


def test_audit_below_what_was_paid_is_flagged_as_overpayment(store, admin, village1):
    pid = contracted(store, village1, contract_fen=2_000_000)
    pay(store, village1, pid, 1_950_000)
    bidding.record_stage(store, village1, pid, AcceptanceInput(D(2026, 8, 1), True))
    bidding.record_stage(store, village1, pid, AuditInput(D(2026, 9, 1), 1_900_000))
    found = [f for f in checks.run(store, admin, modules=["bidding"]) if f.rule == "overpaid"]
    assert [f.message for f in found] == ["“村东道路硬化”已付 ¥19,500.00，超过审定金额 ¥19,000.00，多付 ¥500.00，应予追回"]
    with pytest.raises(RuleViolation):
        pay(store, village1, pid, 1, D(2026, 9, 2))


def test_failed_acceptance_blocks_the_audit(store, village1):
    pid = contracted(store, village1)
    with pytest.raises(ValidationError):
        bidding.record_stage(store, village1, pid, AcceptanceInput(D(2026, 8, 1), False))
    bidding.record_stage(store, village1, pid, AcceptanceInput(D(2026, 8, 1), False, note="路面开裂，限期整改"))
    with pytest.raises(RuleViolation) as e:
        bidding.record_stage(store, village1, pid, AuditInput(D(2026, 9, 1), 1_700_000))
    assert e.value.code == "not_accepted"
    bidding.record_stage(store, village1, pid, AcceptanceInput(D(2026, 8, 20), True, note="整改后复验合格"))
    bidding.record_stage(store, village1, pid, AuditInput(D(2026, 9, 1), 1_700_000))


def test_every_change_is_audited(store, village1):
    before = store.scalar("SELECT count(*) FROM audit_log")
    pid = contracted(store, village1)
    pay(store, village1, pid, 100)
    actions = [r[0] for r in store.execute("SELECT action FROM audit_log WHERE id > ? ORDER BY id", (before,))]
    assert actions == ["create", "stage_approval", "stage_tender", "stage_construction", "create"]


# -- contract splitting -----------------------------------------------------------------------------
def small(store, actor, name, on, village_fen=300_000, kind="road", village_id=1):  # noqa: ANN001
    return bidding.save_project(store, actor, project(village_id=village_id, name=name, kind=kind, on=on,
                                                      village_fen=village_fen))


def groups(store, admin):  # noqa: ANN001
    return [sorted(g.project_ids) for g in bidding_flags.analyse(store, [1, 2]).groups]


def test_split_job_is_found(store, admin, village1):
    a = small(store, village1, "村东道路硬化一期", D(2025, 5, 1))
    b = small(store, village1, "村东道路硬化二期", D(2025, 7, 1))
    small(store, village1, "村部屋顶维修", D(2025, 8, 1), kind="buildings", village_fen=100_000)
    assert groups(store, admin) == [[a, b]]
    found = [f for f in checks.run(store, admin, modules=["bidding"]) if f.rule == "split_suspected"]
    assert len(found) == 1
    assert "村级投资合计 ¥6,000.00，达到 ¥5,000.00" in found[0].message
    assert "“村东道路硬化一期”" in found[0].message and "“村东道路硬化二期”" in found[0].message
    assert [f.rule for f in bidding.get_project(store, admin, a)["flags"]] == ["split_suspected"]


def test_split_needs_the_group_to_reach_the_threshold(store, admin, village1):
    small(store, village1, "村东道路硬化一期", D(2025, 5, 1), village_fen=200_000)
    small(store, village1, "村东道路硬化二期", D(2025, 7, 1), village_fen=299_999)
    assert groups(store, admin) == []


@pytest.mark.parametrize("second_on", [D(2026, 5, 1), D(2026, 6, 1)])
def test_twelve_months_apart_is_not_a_split(store, admin, village1, second_on):
    small(store, village1, "村东道路硬化一期", D(2025, 5, 1))
    small(store, village1, "村东道路硬化二期", second_on)
    assert groups(store, admin) == []


def test_eleven_months_apart_is(store, admin, village1):
    small(store, village1, "村东道路硬化一期", D(2025, 5, 1))
    small(store, village1, "村东道路硬化二期", D(2026, 4, 30))
    assert len(groups(store, admin)) == 1


def test_other_village_is_not_a_split(store, admin, village1, village2):
    small(store, village1, "村东道路硬化", D(2025, 5, 1))
    small(store, village2, "村东道路硬化", D(2025, 6, 1), village_id=2)
    assert groups(store, admin) == []


def test_other_kind_and_other_name_is_not_a_split(store, admin, village1):
    small(store, village1, "村东道路硬化", D(2025, 5, 1), kind="road")
    small(store, village1, "村部屋顶维修", D(2025, 6, 1), kind="buildings")
    assert groups(store, admin) == []


def test_similar_names_or_same_contractor_link_other_kinds(store, admin, village1):
    a = small(store, village1, "三组水渠修复", D(2025, 5, 1), kind="water")
    b = small(store, village1, "三组水渠修复（二标段）", D(2025, 6, 1), kind="other")
    assert groups(store, admin) == [[a, b]]
    c = small(store, village1, "村部屋顶维修", D(2026, 3, 1), kind="buildings")
    d = small(store, village1, "文化广场路灯", D(2026, 4, 1), kind="utilities")
    for pid, day in ((c, D(2026, 3, 5)), (d, D(2026, 4, 5))):
        bidding.record_stage(store, village1, pid, ApprovalInput(day, "号"))
        bidding.record_stage(store, village1, pid, TenderInput("direct", day + dt.timedelta(days=3),
                                                                bids=[Bid("李某施工队", 300_000, True)]))
    assert groups(store, admin) == [[a, b], [c, d]]


def test_projects_each_over_the_threshold_are_not_a_split(store, admin, village1):
    small(store, village1, "村东道路硬化一期", D(2025, 5, 1), village_fen=500_000)
    small(store, village1, "村东道路硬化二期", D(2025, 6, 1), village_fen=500_000)
    assert groups(store, admin) == []


@pytest.mark.parametrize("a, b, similar", [
    ("村东道路硬化一期", "村东道路硬化二期", True),
    ("一组道路硬化", "二组道路硬化", True),
    ("村东道路硬化", "村部屋顶维修", False),
    ("路灯安装", "水渠修复", False),
    ("饮水管网改造（第3批）", "饮水管网改造", True),
])
def test_similar_names(a, b, similar):
    assert bidding_flags.similar_names(a, b) is similar


# -- bid red flags ------------------------------------------------------------------------------------
@pytest.mark.parametrize("winner, others, rules", [
    (1_000_000, (), ["bid_single"]),
    (1_000_000, (1_100_000, 1_100_000), ["bid_identical"]),
    (1_000_000, (1_010_000, 1_200_000), ["bid_close"]),       # exactly 1% above: flagged
    (1_000_000, (1_010_001, 1_200_000), []),                  # just over 1%: not flagged
    (1_000_000, (990_000, 1_200_000), ["bid_close"]),         # a lower losing bid within 1%
    (1_000_000, (1_050_000, 1_100_000), []),
])
def test_bid_red_flags(store, admin, village1, winner, others, rules):
    pid = approved(store, village1)
    bidding.record_stage(store, village1, pid, public_tender(winner, others))
    found = sorted(f.rule for f in checks.run(store, admin, modules=["bidding"]) if f.record == pid)
    assert found == rules


# -- checks over data entered around the app ----------------------------------------------------------
def test_check_finds_missing_tender_and_stage_order_breaks_in_imported_data(store, admin, village1):
    pid = approved(store, village1)
    now = "2026-01-01T00:00:00"
    store.execute("INSERT INTO project_stages (project_id, stage, done_on, amount_fen, start_on, created_at)"
                  " VALUES (?, 'construction', '2026-04-01', 1800000, '2026-04-02', ?)", (pid, now))
    other = bidding.save_project(store, village1, project(name="村西水渠", kind="water", village_fen=100_000))
    store.execute("INSERT INTO project_stages (project_id, stage, done_on, created_at) VALUES (?, 'approval',"
                  " '2026-05-01', ?), (?, 'tender', '2026-04-01', ?)", (other, now, other, now))
    store.execute("UPDATE project_stages SET method='direct' WHERE project_id=? AND stage='tender'", (other,))
    found = {(f.record, f.rule, f.severity) for f in checks.run(store, admin, modules=["bidding"])}
    assert found == {(pid, "tender_missing", "error"), (other, "stage_order", "error")}
    msgs = {f.rule: f.message for f in checks.run(store, admin, modules=["bidding"])}
    assert "没有招投标就进入了“施工”" in msgs["tender_missing"]
    assert "“招投标”的日期 2026-04-01 早于“立项”的日期 2026-05-01" in msgs["stage_order"]


def test_demo_has_a_split_job_and_a_skipped_tender_in_every_village(demo_dir):
    from villageadmin.core.accounts import Actor
    from villageadmin.core.store import open_store

    store = open_store(demo_dir, read_only=True)
    try:
        found = checks.run(store, Actor(None, "t", "t", "viewer"), modules=["bidding"])
        codes = {r[0] for r in store.execute("SELECT code FROM villages")}
        for rule in ("split_suspected", "tender_not_public"):
            assert {f.village for f in found if f.rule == rule} == codes, rule
        assert all(f.module == "bidding" for f in found)
        assert store.scalar("SELECT count(*) FROM projects") > 40 * len(codes) // 4
    finally:
        store.close()


def test_project_summary_for_other_areas(store, village1):
    pid = contracted(store, village1)
    s = bidding.project_summary(store, village1, pid)
    assert s["name"] == "村东道路硬化" and s["stage"] == "construction" and s["contract_fen"] == 1_800_000
    assert s["tender_required"] and s["tender_status"] == "public"
    assert s["text"] == "村东道路硬化（道路，¥20,000.00，施工，已公开招标）"


@pytest.mark.parametrize("day, months, expected", [
    (D(2025, 1, 31), 1, D(2025, 2, 28)), (D(2024, 1, 31), 1, D(2024, 2, 29)), (D(2025, 5, 1), 12, D(2026, 5, 1)),
    (D(2025, 11, 30), 3, D(2026, 2, 28)),
])
def test_split_window_month_arithmetic(day, months, expected):
    assert bidding_flags.add_months(day, months) == expected


def test_add_kind_by_its_name(store, admin, village1):
    code = bidding.add_kind(store, admin, "桥梁")
    assert bidding.kinds(store)[code] == "桥梁"
    with pytest.raises(ValidationError) as e:
        bidding.add_kind(store, admin, "桥梁")
    assert "已经有" in e.value.message
    bidding.save_project(store, village1, project(kind=code, village_fen=100))
    assert {r["code"]: r["used"] for r in bidding.kind_rows(store)}[code] == 1


def test_register_flags_follow_every_change(store, admin, village1):
    """The township's register is cached between filter changes, never across a change of data."""
    a = small(store, village1, "村东道路硬化一期", D(2025, 12, 20))
    assert bidding.list_projects(store, admin, year=2025)[0]["flags"] == []
    b = small(store, village1, "村东道路硬化二期", D(2026, 1, 10))  # across the year boundary
    assert [f.rule for f in bidding.list_projects(store, admin, year=2025)[0]["flags"]] == ["split_suspected"]
    assert [f.rule for f in bidding.list_projects(store, admin, year=2026)[0]["flags"]] == ["split_suspected"]
    store.execute("UPDATE projects SET village_fen=100 WHERE id=?", (b,))
    assert bidding.list_projects(store, admin, year=2025)[0]["flags"] == []
    assert a != b
