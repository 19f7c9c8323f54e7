"""The main window's to-do banner for cadre reviews that are overdue or due soon."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from villageadmin.core import cadre_reviews


def _text(store: Any, actor: Any) -> str:
    items = cadre_reviews.todo(store, actor)
    overdue = sum(1 for i in items if i.overdue)
    due = len(items) - overdue
    if not items:
        return ""
    parts = []
    if overdue:
        text = QCoreApplication.translate("CadreReviewBanner", "%1 review(s) of newly appointed cadres are overdue")
        parts.append(text.replace("%1", str(overdue)))
    if due:
        text = QCoreApplication.translate("CadreReviewBanner", "%1 due within %2 days")
        parts.append(text.replace("%1", str(due)).replace("%2", str(cadre_reviews.due_soon_days(store))))
    link = QCoreApplication.translate("CadreReviewBanner", "Show the reviews to do")
    return "；".join(parts) + f" — <a href='cadres:reviews'>{link}</a>"


def review_banner(window: Any) -> None:
    """Add (and keep up to date) a banner listing overdue and due reviews; the link opens the to-do tab."""
    ctx = window.ctx
    label = window.add_banner(_text(ctx.store, ctx.actor), kind="warning")
    label.setObjectName("cadreReviewBanner")
    label.setOpenExternalLinks(False)

    def update(area: str = "cadres") -> None:
        if area != "cadres":
            return
        text = _text(ctx.store, ctx.actor)
        label.setText(text)
        label.setVisible(bool(text))

    def go(_link: str) -> None:
        from villageadmin.ui.cadres.page import TAB_REVIEWS

        page = window.go_to("CadresPage")
        if page is not None:
            page.tabs.setCurrentIndex(TAB_REVIEWS)

    label.linkActivated.connect(go)
    ctx.data_changed.connect(update)
    update()
