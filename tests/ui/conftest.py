from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def qapp_args():
    return ["villageadmin-tests"]


@pytest.fixture(autouse=True)
def _zh_app(qapp):
    """The app as users see it: Chinese translations and the app's look."""
    from villageadmin.ui.app import make_app

    make_app("zh_CN")
    yield


@pytest.fixture
def no_dialogs(monkeypatch):
    """Message boxes answer at once and record what they said."""
    from PySide6.QtWidgets import QMessageBox

    said: list[tuple[str, str]] = []

    def record(kind, answer):
        def f(parent, title, text, *a, **k):
            said.append((kind, text))
            return answer
        return f

    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return said
