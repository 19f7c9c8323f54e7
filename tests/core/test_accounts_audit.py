from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from tests.conftest import ADMIN_PW, VILLAGE_PW
from villageadmin.core import accounts, audit, meetings, township
from villageadmin.core.errors import AccessDenied, AuthError, ValidationError


def test_wrong_password_is_refused_and_audited_without_the_password(store):
    with pytest.raises(AuthError) as e:
        accounts.authenticate(store, "admin", "wrong-secret-xyz")
    assert e.value.message == "用户名或密码不对。"
    rows = store.query("SELECT * FROM audit_log WHERE action='sign_in_failed'")
    assert len(rows) == 1
    dump = "\n".join(str(r) for r in store.query("SELECT * FROM audit_log"))
    assert "wrong-secret-xyz" not in dump
    assert ADMIN_PW not in dump


def test_passwords_are_argon2id_hashes_with_own_salt(store):
    hashes = [r[0] for r in store.execute("SELECT pw_hash FROM users")]
    assert all(h.startswith("$argon2id$") for h in hashes)
    # the two village accounts share a password but not a hash (per-user salt)
    assert len(set(hashes)) == len(hashes)


@pytest.mark.parametrize("failures, delay", [(0, 0), (2, 0), (3, 2), (4, 4), (5, 8), (20, 60)])
def test_retry_delay_grows_and_is_capped(failures, delay):
    assert accounts.retry_delay(failures) == delay


def test_failures_slow_down_but_never_lock_out(store):
    t0 = dt.datetime(2026, 11, 27, 10, 0, 0)
    for _ in range(3):
        with pytest.raises(AuthError):
            accounts.authenticate(store, "001", "bad-one", now=t0)
    with pytest.raises(AuthError) as e:
        accounts.authenticate(store, "001", VILLAGE_PW, now=t0 + dt.timedelta(seconds=1))
    assert e.value.code == "wait"
    actor = accounts.authenticate(store, "001", VILLAGE_PW, now=t0 + dt.timedelta(seconds=3))
    assert actor.village_id == 1
    assert store.scalar("SELECT failed_count FROM users WHERE username='001'") == 0


def test_admin_resets_password(store, admin):
    uid = store.scalar("SELECT id FROM users WHERE username='002'")
    accounts.set_password(store, admin, uid, "new-pass-2")
    assert accounts.authenticate(store, "002", "new-pass-2").village_id == 2
    assert accounts.must_change_password(store, accounts.authenticate(store, "002", "new-pass-2"))


def test_village_account_cannot_reset_others(store, village1):
    uid = store.scalar("SELECT id FROM users WHERE username='002'")
    with pytest.raises(AccessDenied):
        accounts.set_password(store, village1, uid, "hacked-1")


def test_short_password_refused(store, admin):
    with pytest.raises(ValidationError) as e:
        accounts.create_user(store, admin, username="x", display_name="x", role="admin", password="123")
    assert "至少要 6 位" in e.value.message


def _meeting(village_id, cadre_ids, day=dt.date(2026, 11, 3)):
    return meetings.MeetingInput(
        village_id=village_id, kind="work", held_on=day, start_time="09:00", place="村部", host="张书记",
        recorder="王会计", attendance=[meetings.Attendee(c, True) for c in cadre_ids])


def test_audit_entry_is_in_the_same_transaction(store, village1, monkeypatch):
    """A change that fails after its audit entry is written leaves neither behind."""
    n_audit = store.scalar("SELECT count(*) FROM audit_log")
    n_meetings = store.scalar("SELECT count(*) FROM meetings")

    def boom(*a, **k):
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    real_append = audit.append

    def append_then_fail(*a, **k):
        real_append(*a, **k)
        boom()

    monkeypatch.setattr(meetings.audit, "append", append_then_fail)
    with pytest.raises(sqlite3.OperationalError):
        meetings.save_meeting(store, village1, _meeting(1, [1, 2, 3]))
    assert store.scalar("SELECT count(*) FROM audit_log") == n_audit
    assert store.scalar("SELECT count(*) FROM meetings") == n_meetings


def test_every_change_has_a_chained_audit_entry(store, village1):
    mid = meetings.save_meeting(store, village1, _meeting(1, [1, 2, 3]))
    rows = audit.history(store, "meeting", mid)
    assert [r["action"] for r in rows] == ["create"]
    assert rows[0]["username"] == "001"
    assert audit.verify_chain(store).ok


def test_editing_a_past_audit_entry_breaks_the_chain(store, village1):
    meetings.save_meeting(store, village1, _meeting(1, [1, 2, 3]))
    target = store.scalar("SELECT id FROM audit_log WHERE entity='meeting'")
    store.execute("UPDATE audit_log SET detail='{}' WHERE id=?", (target,))
    report = audit.verify_chain(store)
    assert not report.ok
    assert report.first_broken_id == target


def test_deleting_an_audit_entry_breaks_the_chain(store, village1):
    meetings.save_meeting(store, village1, _meeting(1, [1, 2, 3]))
    store.execute("DELETE FROM audit_log WHERE id=3")
    report = audit.verify_chain(store)
    assert not report.ok
    assert report.first_broken_id == 4


@pytest.mark.parametrize("call", [
    lambda s, a: meetings.save_meeting(s, a, _meeting(2, [4, 5, 6])),
    lambda s, a: meetings.get_meeting(s, a, 1),
    lambda s, a: meetings.list_meetings(s, a, village_id=2),
    lambda s, a: meetings.open_resolutions(s, a, 2, before=dt.date(2026, 11, 1)),
    lambda s, a: meetings.month_statuses(s, a, 2, 2026),
    lambda s, a: meetings.delete_meeting(s, a, 1),
    lambda s, a: township.add_cadre(s, a, village_id=2, name="外人"),
    lambda s, a: township.cadres(s, a, 2),
])
def test_village_account_cannot_touch_another_village(store, admin, village1, call):
    other = accounts.authenticate(store, "002", VILLAGE_PW)
    meetings.save_meeting(store, other, _meeting(2, [4, 5, 6]))
    before = store.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(AccessDenied):
        call(store, village1)
    assert store.scalar("SELECT count(*) FROM meetings") == 1
    assert store.scalar("SELECT count(*) FROM audit_log") == before
