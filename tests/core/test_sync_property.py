"""Random damage to a good file: it is refused, or (when the damage misses everything that matters,
e.g. a timestamp in a zip header) it still imports exactly the original records."""

from __future__ import annotations

import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core import sync_util as su
from villageadmin.core import accounts
from villageadmin.core.store import open_store
from villageadmin.core.sync import bundle, importer, records

_CACHE: dict[str, object] = {}


def _setup(factory) -> tuple[Path, Path, bytes, dict]:  # noqa: ANN001
    if "good" not in _CACHE:
        base = factory.mktemp("prop")
        pc_dir, arch_dir = su.fresh_pair(factory, base)
        pc = open_store(pc_dir)
        try:
            f = bundle.export_village(pc, accounts.authenticate(pc, "001", su.VILLAGE_PW), 1, base)
            _CACHE["view"] = records.view(pc, 1)
        finally:
            pc.close()
        _CACHE["good"] = f.path.read_bytes()
        _CACHE["arch"] = arch_dir
        _CACHE["base"] = base
    return _CACHE["base"], _CACHE["arch"], _CACHE["good"], _CACHE["view"]  # type: ignore[return-value]


damage = st.one_of(
    st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(1, 255)), min_size=1, max_size=4)
    .map(lambda flips: ("flip", flips)),
    st.floats(0, 1, exclude_max=True).map(lambda at: ("cut", at)),
    st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=40)).map(lambda x: ("insert", x)),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damage)
def test_random_damage_is_refused_or_harmless(tmp_path_factory, d) -> None:  # noqa: ANN001
    base, arch_template, good, view = _setup(tmp_path_factory)
    data = bytearray(good)
    kind, arg = d
    if kind == "flip":
        for at, mask in arg:
            data[int(at * len(data))] ^= mask
    elif kind == "cut":
        data = data[:int(arg * len(data))]
    else:
        at, blob = arg
        pos = int(at * len(data))
        data[pos:pos] = blob
    work = Path(tmp_path_factory.mktemp("case"))
    arch_dir = su.copy_store(arch_template, work / "arch")
    bad = work / "damaged.vabundle"
    bad.write_bytes(bytes(data))
    arch = open_store(arch_dir)
    try:
        before = su.record_hash(arch)
        admin = accounts.authenticate(arch, "admin", su.ADMIN_PW)
        rep = importer.import_files(arch, admin, [bad], backup=False).files[0]
        if rep.status == "imported":
            assert records.view(arch, 1) == view
        else:
            assert rep.status == "refused", rep.summary()
            assert rep.reason
            assert su.record_hash(arch) == before
    finally:
        arch.close()
        shutil.rmtree(work, ignore_errors=True)
