"""Errors the core raises: a code, the facts, and a plain-Chinese message for people."""

from __future__ import annotations

from typing import Any


class VillageAdminError(Exception):
    """Base error. ``code`` is stable for programs; ``message`` is the plain-Chinese sentence."""

    code = "error"

    def __init__(self, message: str, *, code: str | None = None, **facts: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.facts = facts

    def __str__(self) -> str:
        return self.message


class ValidationError(VillageAdminError):
    """Bad input for one field; ``field`` names the form field it belongs next to."""

    code = "invalid"

    def __init__(self, field: str, message: str, *, code: str | None = None, **facts: Any) -> None:
        super().__init__(message, code=code, **facts)
        self.field = field


class AccessDenied(VillageAdminError):
    code = "access_denied"


class NotFound(VillageAdminError):
    code = "not_found"


class RuleViolation(VillageAdminError):
    """The change breaks one of the township's rules (limits, order of steps…)."""

    code = "rule"


class AuthError(VillageAdminError):
    code = "auth"


class StoreError(VillageAdminError):
    """The data file cannot be used: not ours, too new, unreadable, read-only, disk full."""

    code = "store"
