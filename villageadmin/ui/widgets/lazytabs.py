"""Tabs built when first shown: a page builds the tab its user sees, the others on their first use.

A page lists the attributes each later tab makes (``LAZY_PARTS``: name -> tab index), keeps the set of
built tabs in ``self._built`` and builds a tab in ``_ensure_tab(idx)``. Reading one of those attributes
before its tab exists builds the tab, so code and tests that reach into a tab keep working.
"""

from __future__ import annotations

from typing import Any, ClassVar


class LazyTabsMixin:
    LAZY_PARTS: ClassVar[dict[str, int]] = {}

    def _ensure_tab(self, idx: int) -> None:
        raise NotImplementedError

    def __getattr__(self, name: str) -> Any:
        # Only called when the attribute is missing: a part of a tab not built yet builds that tab.
        tab = type(self).LAZY_PARTS.get(name)
        built = self.__dict__.get("_built")
        if tab is None or built is None or tab in built:
            raise AttributeError(name)
        self._ensure_tab(tab)
        if name not in self.__dict__:  # a part this account's tab does not have (e.g. an admin's button)
            raise AttributeError(name)
        return self.__dict__[name]
