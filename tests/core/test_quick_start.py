"""Opening an up-to-date data file is quick: no schema module and no sqlite-utils is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from villageadmin.core import migrations
from villageadmin.core.store import open_store

ROOT = Path(__file__).resolve().parents[2]


def test_second_open_needs_neither_schema_modules_nor_sqlite_utils(fresh_store):  # noqa: ANN001
    data = fresh_store.data_dir
    assert migrations.up_to_date(fresh_store)
    fresh_store.close()
    code = ("import sys; from villageadmin.core.store import open_store; s = open_store(sys.argv[1]);"
            " print(sorted(m for m in sys.modules if m.startswith(('sqlite_utils', 'villageadmin.core.schema'))))")
    out = subprocess.run([sys.executable, "-c", code, str(data)], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_a_new_migration_row_means_the_full_check(fresh_store):  # noqa: ANN001
    fresh_store.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                        " VALUES ('future', 'm999_newer', '2030-01-01')")
    assert not migrations.up_to_date(fresh_store)
    data = fresh_store.data_dir
    fresh_store.close()
    import pytest

    from villageadmin.core.errors import StoreError

    with pytest.raises(StoreError) as err:
        open_store(data)
    assert err.value.code == "newer_version"
