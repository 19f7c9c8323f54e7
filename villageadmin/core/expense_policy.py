"""The township's expense policy (section ``expenses``): kinds of spending and their limits, in fen.

Each policy version has an effective date; a request is judged by the version in force on its
own date. The shipped default is marked ``default_to_confirm`` until the township saves its own.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from villageadmin.core import policy
from villageadmin.core.accounts import Actor, require_admin
from villageadmin.core.errors import ValidationError
from villageadmin.core.money import CEILING_FEN, fmt_yuan

if TYPE_CHECKING:
    from villageadmin.core.store import Store

POLICY_SECTION = "expenses"


@dataclass(frozen=True)
class KindRule:
    """One kind of spending and its limits (all in fen) in one policy version."""

    code: str
    name: str
    per_item_limit_fen: int
    annual_limit_fen: int
    township_review_above_fen: int
    second_signer_above_fen: int
    always_refused: bool = False
    active: bool = True

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "per_item_limit_fen": self.per_item_limit_fen,
                "annual_limit_fen": self.annual_limit_fen,
                "township_review_above_fen": self.township_review_above_fen,
                "second_signer_above_fen": self.second_signer_above_fen,
                "always_refused": self.always_refused, "active": self.active}


@dataclass(frozen=True)
class ExpensePolicy:
    kinds: dict[str, KindRule]  # in the order the form offers them
    approver_posts: tuple[str, ...]
    publish_by_day: int
    default_to_confirm: bool
    effective_from: str  # ISO date the version in force took effect
    note: str = ""

    def kind(self, code: str) -> KindRule:
        rule = self.kinds.get(code)
        if rule is None:
            raise ValidationError("kind", f"政策里没有“{code}”这个开支类别。", code="unknown_kind")
        return rule

    def active_kinds(self) -> list[KindRule]:
        return [k for k in self.kinds.values() if k.active]


def _kind_from_json(d: dict[str, Any]) -> KindRule:
    return KindRule(code=str(d["code"]), name=str(d.get("name") or d["code"]),
                    per_item_limit_fen=int(d.get("per_item_limit_fen", 0)),
                    annual_limit_fen=int(d.get("annual_limit_fen", 0)),
                    township_review_above_fen=int(d.get("township_review_above_fen", 0)),
                    second_signer_above_fen=int(d.get("second_signer_above_fen", 0)),
                    always_refused=bool(d.get("always_refused", False)), active=bool(d.get("active", True)))


def _effective_from(store: Store, on: str) -> str:
    chosen = ""
    for r in store.execute("SELECT effective_from FROM policy_versions WHERE effective_from <= ?"
                           " ORDER BY effective_from DESC, id DESC LIMIT 1", (on,)):
        chosen = r[0]
    return chosen or "2000-01-01"


def rules(store: Store, on: dt.date | str) -> ExpensePolicy:
    """The expense policy in force on a date."""
    day = on.isoformat() if isinstance(on, dt.date) else on
    sec = policy.section(store, POLICY_SECTION, day)
    kinds = [_kind_from_json(k) for k in sec.get("kinds", [])]
    return ExpensePolicy(kinds={k.code: k for k in kinds},
                         approver_posts=tuple(sec.get("approver_posts", ["党支部书记"])),
                         publish_by_day=int(sec.get("publish_by_day", 10)),
                         default_to_confirm=bool(sec.get("default_to_confirm", False)),
                         effective_from=_effective_from(store, day), note=str(sec.get("note", "")))


def kind_names(store: Store) -> dict[str, str]:
    """Every kind code ever used in a policy version and its newest name (old records keep a name)."""
    names = {k["code"]: k["name"] for k in policy.default_policy()[POLICY_SECTION]["kinds"]}
    for v in reversed(policy.list_versions(store)):  # oldest first, newer names win
        body = json.loads(v["body"])
        for k in body.get(POLICY_SECTION, {}).get("kinds", []):
            names[str(k["code"])] = str(k.get("name") or k["code"])
    return names


def save_policy(store: Store, actor: Actor, *, effective_from: dt.date, kinds: list[KindRule],
                approver_posts: list[str], publish_by_day: int, note: str = "") -> int:
    """The township administrator sets the expense limits from a date; older records keep their judgement."""
    require_admin(actor)
    if not kinds:
        raise ValidationError("kinds", "至少要有一个开支类别。", code="required")
    seen_codes: set[str] = set()
    seen_names: set[str] = set()
    clean: list[KindRule] = []
    for k in kinds:
        name = k.name.strip()
        if not name:
            raise ValidationError("kinds", "开支类别要有名称。", code="required")
        if not k.code.strip():
            raise ValidationError("kinds", f"开支类别“{name}”缺少代码。", code="required")
        if name in seen_names or k.code in seen_codes:
            raise ValidationError("kinds", f"开支类别“{name}”重复了。", code="duplicate")
        seen_codes.add(k.code)
        seen_names.add(name)
        for label, value in (("单笔限额", k.per_item_limit_fen), ("年度限额", k.annual_limit_fen),
                             ("报乡镇审核金额", k.township_review_above_fen),
                             ("需第二人会签金额", k.second_signer_above_fen)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0 or value > CEILING_FEN:
                raise ValidationError("kinds", f"“{name}”的{label}不对（应为 0 到 {fmt_yuan(CEILING_FEN)} 元）。",
                                      code="bad_limit")
        if k.always_refused:
            k = replace(k, per_item_limit_fen=0, annual_limit_fen=0)
        elif k.per_item_limit_fen > k.annual_limit_fen:
            raise ValidationError("kinds", f"“{name}”的单笔限额 {fmt_yuan(k.per_item_limit_fen)} 元大于年度限额 "
                                           f"{fmt_yuan(k.annual_limit_fen)} 元。", code="item_over_annual")
        clean.append(replace(k, name=name))
    posts = [p.strip() for p in approver_posts if p.strip()]
    if not posts:
        raise ValidationError("approver_posts", "请写明哪些职务可以审批（如 党支部书记）。", code="required")
    if not 1 <= publish_by_day <= 28:
        raise ValidationError("publish_by_day", "公开期限应是次月 1 到 28 日之间的某一天。", code="bad_day")
    values = {"default_to_confirm": False, "note": note.strip(), "approver_posts": posts,
              "publish_by_day": publish_by_day, "kinds": [k.as_json() for k in clean]}
    return policy.update_section(store, actor, effective_from=effective_from, name=POLICY_SECTION, values=values,
                                 note=note.strip() or "修改非生产性开支限额")
