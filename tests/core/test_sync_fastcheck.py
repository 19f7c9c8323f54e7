"""The import checks a file's rows a column at a time (each distinct value once) and only goes row
by row to name the first bad cell. These tests hold the quick check to the row-by-row one: for any
damage to any cell it refuses with exactly the same reason, and it never passes what the
row-by-row check would refuse."""

from __future__ import annotations

import copy
import hashlib
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core import sync_util as su
from villageadmin.core import accounts
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, container, incoming
from villageadmin.core.sync import tables as reg
from villageadmin.core.sync.container import Refused

# -- each validator on a set of values: the same answer as asking value by value ----------------------
_VALIDATORS = sorted({id(v): (f"{t.name}.{c}", v) for t in reg.TABLES for c, v in t.checks.items()}.values(),
                     key=lambda x: x[0])

_texts = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["2026-11-03", "2026-02-30", "2026-11-03 09:00", "2026-11-03T09:00:05.25", "2026-11-03 25:00",
                     "2026-11-03\n2026-11-04", "2026-11", "2026-13", "09:00", "24:00", "", "work", "open", "男",
                     "２０２６-11-03", "2026-11-03 ", "x-1_A", "cash"]),
)
_ints = st.one_of(
    st.integers(-2**64, 2**64),
    st.sampled_from([0, 1, 2, -1, 1989, 1990, 2200, 2201, 100_000_000_00, 100_000_000_01, -100_000_000_00,
                     -100_000_000_01]),
)
_values = st.one_of(
    st.none(), st.booleans(), _texts, _ints,
    st.floats(allow_nan=True, allow_infinity=True), st.sampled_from([0.0, 1.0, 50.5, 100.0, 100.5, math.nan]),
)
# A column: mostly of one type (the quick paths), sometimes mixed.
_columns = st.one_of(
    st.lists(_values, max_size=8), st.lists(_ints, min_size=1, max_size=6), st.lists(_texts, min_size=1, max_size=6),
    st.lists(st.one_of(st.none(), _ints), min_size=1, max_size=6),
    st.lists(st.one_of(st.none(), _texts), min_size=1, max_size=6),
)


@pytest.mark.parametrize(("name", "check"), _VALIDATORS, ids=[n for n, _ in _VALIDATORS])
@settings(max_examples=60, deadline=None)
@given(values=_columns)
def test_a_column_check_agrees_with_the_value_by_value_check(name: str, check: Any, values: list[Any]) -> None:
    distinct = set(values)
    assert reg.all_fine(check, distinct) == all(check(v) is None for v in distinct), name


# -- a whole file's rows: the same verdict and the same reason as row by row -------------------------
_CACHE: dict[str, Any] = {}


def _good(factory: Any) -> tuple[Path, bytes]:
    if "good" not in _CACHE:
        base = Path(factory.mktemp("fastcheck"))
        pc_dir, arch_dir = su.fresh_pair(factory, base)
        pc = open_store(pc_dir)
        try:
            f = bundle.export_village(pc, accounts.authenticate(pc, "001", su.VILLAGE_PW), 1, base)
        finally:
            pc.close()
        _CACHE["good"] = f.path.read_bytes()
        _CACHE["arch"] = arch_dir
        _CACHE["path"] = f.path
    return _CACHE["arch"], _CACHE["path"]


def _bundle(arch: Any, path: Path) -> incoming.Bundle:
    with container.Container(path) as c:
        return incoming.open_village_bundle(arch, c, sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
                                            file_name=path.name)


def _verdict(arch: Any, b: incoming.Bundle) -> str | None:
    try:
        incoming._check_rows(arch, b)
    except Refused as exc:
        return f"{exc.code}: {exc.message}"
    return None


_damage = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6), st.integers(0, 10**6),
                    st.one_of(_values, st.just("<village>"), st.just("<drop>"), st.just("<list>")))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage=st.lists(_damage, min_size=1, max_size=3))
def test_damaged_rows_get_the_same_reason_as_row_by_row(tmp_path_factory: Any, monkeypatch: Any,
                                                         damage: list[Any]) -> None:
    arch_dir, path = _good(tmp_path_factory)
    arch = open_store(arch_dir)
    try:
        good = _bundle(arch, path)
        tables = [t for t in good.columns if good.rows[t]]
        b = copy.copy(good)
        b.rows = copy.deepcopy(good.rows)
        for ti, ri, ci, value in damage:
            t = tables[ti % len(tables)]
            row = b.rows[t][ri % len(b.rows[t])]
            if not isinstance(row, list):
                continue  # already replaced by "<list>" in this example: nothing left to damage
            if value == "<drop>":
                row.pop(ci % len(row))
            elif value == "<list>":
                b.rows[t][ri % len(b.rows[t])] = {"not": "a row"}  # type: ignore[call-overload]
            else:
                row[ci % len(row)] = good.village_code if value == "<village>" else value
        quick = _verdict(arch, b)
        monkeypatch.setattr(incoming, "_rows_fine", lambda *a: None)  # row by row only, as before
        assert _verdict(arch, b) == quick
        monkeypatch.undo()
    finally:
        arch.close()


def test_a_good_file_passes_the_quick_check_without_going_row_by_row(tmp_path_factory: Any, monkeypatch: Any) -> None:
    arch_dir, path = _good(tmp_path_factory)
    arch = open_store(arch_dir)
    try:
        b = _bundle(arch, path)

        def row_by_row(*a: Any) -> None:
            raise AssertionError("a good file needs no row-by-row check")

        monkeypatch.setattr(incoming, "_first_problem", row_by_row)
        assert _verdict(arch, b) is None
    finally:
        arch.close()
