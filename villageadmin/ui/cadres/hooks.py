"""The main window's to-do banner for cadre reviews that are overdue or due soon."""

from __future__ import annotations

import weakref
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel

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


class _ReviewBanner(QObject):
    """Keeps the banner up to date and follows its link. Owned by the banner label, holding the window only
    weakly: a Python reference kept by a Qt connection would keep a closed window (and its pages) alive."""

    def __init__(self, label: QLabel, window: Any) -> None:
        super().__init__(label)
        self.ctx = window.ctx
        self._window = weakref.ref(window)
        label.linkActivated.connect(self.go)
        self.ctx.data_changed.connect(self.update)

    @property
    def label(self) -> QLabel:
        return cast(QLabel, self.parent())

    def update(self, area: str = "cadres") -> None:
        if area != "cadres":
            return
        text = _text(self.ctx.store, self.ctx.actor)
        self.label.setText(text)
        self.label.setVisible(bool(text))

    def go(self, _link: str) -> None:
        from villageadmin.ui.cadres.page import TAB_REVIEWS

        window = self._window()
        page = window.go_to("CadresPage") if window is not None else None
        if page is not None:
            page.tabs.setCurrentIndex(TAB_REVIEWS)


def review_banner(window: Any) -> None:
    """Add (and keep up to date) a banner listing overdue and due reviews; the link opens the to-do tab."""
    ctx = window.ctx
    label = window.add_banner(_text(ctx.store, ctx.actor), kind="warning")
    label.setObjectName("cadreReviewBanner")
    label.setOpenExternalLinks(False)
    _ReviewBanner(label, window).update()
