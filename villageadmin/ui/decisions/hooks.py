"""What other areas' views show about major matters: the bidding project view adds
``project_decision_label(ctx, project_id)`` to show the state of the project's decision (四议两公开)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from villageadmin.core import decisions
from villageadmin.ui.context import AppContext

translate = QCoreApplication.translate


def project_decision_text(ctx: AppContext, project_id: int) -> tuple[str, bool]:
    """(text, needs attention) about the major matter linked to a bidding project."""
    info = decisions.for_project(ctx.store, ctx.actor, project_id)
    if info is None:
        return translate("DecisionHooks", "Major-matter decision (四议两公开): none linked. Link it from the project's "
                                   "matter on the Major matters page."), False
    text = translate("DecisionHooks", "Major-matter decision (四议两公开): “%1” — %2") \
        .replace("%1", info["title"]).replace("%2", info["label"])
    attention = bool(info["overdue"]) or info["phase"] in ("failed", "closed")
    if info["overdue"]:
        text += translate("DecisionHooks", " · overdue: %1").replace("%1", info["overdue"])
    if not info["may_carry_out"] and info["phase"] != "closed":
        text += translate("DecisionHooks", " · work may start only after the decision has been posted for its full period")
        attention = True
    return text, attention


def project_decision_label(ctx: AppContext, project_id: int, parent: QWidget | None = None) -> QLabel:
    text, attention = project_decision_text(ctx, project_id)
    label = QLabel(text, parent)
    label.setObjectName("projectDecision")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020; padding: 4px;" if attention else "color: #1b5e20; padding: 4px;")
    return label
