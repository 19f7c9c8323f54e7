"""Quorum and pass rules of the meetings that deliberate a major matter (四议两公开), in exact integers.

- 党员大会: at least two thirds of the voting members attend; passes with more than half of the
  members due to attend (not of those present).
- 村民会议: more than half of the villagers aged 18+ attend (or two thirds of the households send
  someone); passes with more than half of those attending.
- 村民代表会议: at least two thirds of the representatives attend; passes with more than half of all
  representatives.
- 党支部委员会 / 两委联席会议: more than half of the members attend and more than half of all members
  vote for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from villageadmin.core.errors import ValidationError

BODIES: dict[str, str] = {
    "branch": "党支部委员会会议",
    "joint": "两委联席会议",
    "party_members": "党员大会",
    "villagers": "村民会议",
    "representatives": "村民代表会议",
}
# What "应到" counts for each body, as the form asks for it.
MEMBERS_LABEL: dict[str, str] = {
    "branch": "支部委员",
    "joint": "两委成员",
    "party_members": "有表决权的党员",
    "villagers": "十八周岁以上村民",
    "representatives": "村民代表",
}
BASES = {"persons": "按人数（十八周岁以上村民）", "households": "按户（每户一名代表）"}


@dataclass(frozen=True)
class Vote:
    members: int  # 应到: everyone entitled to attend and vote (or households, for a villagers' meeting by household)
    present: int  # 实到
    votes_for: int
    votes_against: int = 0
    votes_abstain: int = 0
    basis: str = "persons"  # villagers' meeting only: counted by persons or by households


@dataclass(frozen=True)
class VoteResult:
    quorum_need: int  # the fewest attending for a valid meeting
    quorum_ok: bool
    pass_need: int  # the fewest votes for that carry the matter
    passed: bool
    quorum_rule: str
    pass_rule: str

    @property
    def verdict(self) -> str:
        if not self.quorum_ok:
            return "到会人数不足，会议无效"
        return "通过" if self.passed else "未通过"


def more_than_half(n: int) -> int:
    """The smallest whole number greater than n/2 (过半数)."""
    return n // 2 + 1


def at_least_two_thirds(n: int) -> int:
    """The smallest whole number k with 3k >= 2n (三分之二以上, the bound itself included)."""
    return -(-2 * n // 3)


def rules(body: str, basis: str = "persons") -> tuple[str, str]:
    """The two rules in plain Chinese, for the form and the printed notice."""
    if body == "party_members":
        return "到会党员须达到有表决权党员的三分之二", "赞成票须超过应到会党员的半数"
    if body == "villagers":
        if basis == "households":
            return "须有本村三分之二以上的户派代表参加", "赞成票须超过到会人员的半数"
        return "到会村民须超过十八周岁以上村民的半数", "赞成票须超过到会人员的半数"
    if body == "representatives":
        return "到会代表须达到全体村民代表的三分之二", "赞成票须超过全体村民代表的半数"
    who = MEMBERS_LABEL.get(body, "成员")
    return f"到会{who}须超过应到人数的半数", f"赞成票须超过全体{who}的半数"


def result(body: str, vote: Vote) -> VoteResult:
    """Quorum and outcome of one vote. The numbers are assumed valid (see ``validate``)."""
    n, present = vote.members, vote.present
    if body == "party_members":
        quorum_need, pass_need = at_least_two_thirds(n), more_than_half(n)
    elif body == "villagers":
        quorum_need = at_least_two_thirds(n) if vote.basis == "households" else more_than_half(n)
        pass_need = more_than_half(present)
    elif body == "representatives":
        quorum_need, pass_need = at_least_two_thirds(n), more_than_half(n)
    elif body in ("branch", "joint"):
        quorum_need, pass_need = more_than_half(n), more_than_half(n)
    else:
        raise ValueError(f"unknown body {body!r}")
    quorum_ok = present >= quorum_need
    q_rule, p_rule = rules(body, vote.basis)
    return VoteResult(quorum_need, quorum_ok, pass_need, quorum_ok and vote.votes_for >= pass_need, q_rule, p_rule)


def validate(body: str, vote: Vote) -> None:
    """Numbers that cannot be: refused with the field they belong next to."""
    if body not in BODIES:
        raise ValidationError("meeting", "这一步的会议类型不对。", code="bad_body")
    if body == "villagers" and vote.basis not in BASES:
        raise ValidationError("basis", "请选择村民会议按人数还是按户计算。", code="bad_basis")
    who = "户数" if body == "villagers" and vote.basis == "households" else f"应到{MEMBERS_LABEL[body]}人数"
    if vote.members < 1:
        raise ValidationError("members", f"请填写{who}。", code="required")
    if vote.present < 0 or vote.present > vote.members:
        raise ValidationError("present", f"实到 {vote.present} 不能多于{who} {vote.members}。", code="too_many_present")
    for name, value, label in (("votes_for", vote.votes_for, "赞成"), ("votes_against", vote.votes_against, "反对"),
                               ("votes_abstain", vote.votes_abstain, "弃权")):
        if value < 0:
            raise ValidationError(name, f"{label}票数不能是负数。", code="negative")
    cast = vote.votes_for + vote.votes_against + vote.votes_abstain
    if cast > vote.present:
        raise ValidationError("votes_for", f"赞成 {vote.votes_for}、反对 {vote.votes_against}、弃权 {vote.votes_abstain}"
                                           f" 合计 {cast} 票，多于实到 {vote.present} 人。", code="too_many_votes")


def summary(body: str, vote: Vote) -> str:
    """One line for the record: 应到 30 人，实到 20 人，赞成 16 票，反对 3 票，弃权 1 票：通过."""
    unit = "户" if body == "villagers" and vote.basis == "households" else "人"
    r = result(body, vote)
    return (f"应到 {vote.members} {unit}，实到 {vote.present} {unit}，赞成 {vote.votes_for} 票，"
            f"反对 {vote.votes_against} 票，弃权 {vote.votes_abstain} 票：{r.verdict}")
