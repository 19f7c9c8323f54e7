"""Test set-up: offscreen Qt, cheap password hashing, a fixed 'today', a fresh migrated store."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VILLAGEADMIN_FAST_HASH"] = "1"
os.environ["VILLAGEADMIN_TODAY"] = "2026-11-27"

import datetime as dt  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

TODAY = dt.date(2026, 11, 27)
ADMIN_PW = "admin-pass-1"
VILLAGE_PW = "village-pass-1"


@pytest.fixture(autouse=True)
def _isolate(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VILLAGEADMIN_DATA", str(tmp_path / "default-data"))
    monkeypatch.setenv("VILLAGEADMIN_CONFIG", str(tmp_path / "config"))


@pytest.fixture
def fresh_store(tmp_path: Path) -> Iterator:
    """An empty, migrated store (no township yet)."""
    from villageadmin.core.store import open_store

    store = open_store(tmp_path / "data")
    yield store
    store.close()


@pytest.fixture
def store(fresh_store):  # noqa: ANN001
    """A store with a township of two villages (001 白鹿村, 002 青山村), each with three cadres."""
    from villageadmin.core import township

    township.set_up(fresh_store, name="测试乡", code="T01", villages=[("001", "白鹿村"), ("002", "青山村")],
                    admin_username="admin", admin_password=ADMIN_PW, village_password=VILLAGE_PW)
    return fresh_store


@pytest.fixture
def admin(store):  # noqa: ANN001
    from villageadmin.core import accounts

    return accounts.authenticate(store, "admin", ADMIN_PW)


@pytest.fixture
def village1(store, admin):  # noqa: ANN001
    """Sign-in of village 001, with cadres added to both villages."""
    from villageadmin.core import accounts, township

    for vid, names in ((1, ["张书记", "李主任", "王会计"]), (2, ["赵书记", "钱主任", "孙会计"])):
        for i, n in enumerate(names):
            township.add_cadre(store, admin, village_id=vid, name=n, post=["党支部书记", "村委会主任", "会计"][i],
                               line=["党建", "村务", "财务"][i])
    return accounts.authenticate(store, "001", VILLAGE_PW)


@pytest.fixture
def village2(store, village1):  # noqa: ANN001
    from villageadmin.core import accounts

    return accounts.authenticate(store, "002", VILLAGE_PW)


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo township shared (read-only!) by tests that only read."""
    from villageadmin.core import demo

    d = tmp_path_factory.mktemp("demo")
    demo.create(d, villages=4, years=2, seed=7)
    return d
