"""Tampering with the audit trail by each route shows in `audit verify`, naming the first entry.

The damage is done through the sqlite3 module on the file, as a person with a SQL shell would:
the append-only triggers are dropped first, and (unless the route is leaving them dropped) put
back afterwards, so nothing but the chain can tell.
"""

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from booking.audit import verify
from booking.services import Services, open_services
from booking.store.chain import HEAD_KEY, AuditHead, entry_hash
from booking.store.guards import audit_guard_statements
from tests.booking.conftest import at
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock

COLUMNS = "id, at, actor_id, actor_name, action, entity, entity_id, before, after, reason"


@pytest.fixture
def trail(file_engine: Engine, clock: FakeClock) -> list[int]:
    """Ids of the entries four changes of bookings wrote (after the building's own)."""
    services = Services(file_engine, now=clock)
    first = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                   title="Stand-up").booking.id
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(10), end=at(11),
                           title="Review")
    services.bookings.move(actor="frontdesk", booking_id=first, start=at(12), end=at(13))
    services.bookings.cancel(actor="manager", booking_id=first, reason="client ill")
    file_engine.dispose()
    with sqlite3.connect(file_engine.url.database or "") as shell:
        return [i for (i,) in shell.execute(
            "SELECT id FROM audit_entry WHERE entity = 'booking' ORDER BY id")]


@pytest.fixture
def shell(db_file: Path, trail: list[int]) -> Iterator[sqlite3.Connection]:  # noqa: ARG001
    """A SQL shell on the file with the audit table's guards dropped."""
    connection = sqlite3.connect(db_file, isolation_level=None)
    for name in audit_guard_statements():
        connection.execute(f"DROP TRIGGER {name}")
    yield connection
    connection.close()


def put_guards_back(shell: sqlite3.Connection) -> None:
    for statement in audit_guard_statements().values():
        shell.execute(statement)


def audit_verify(db_file: Path, clock: FakeClock, *args: str) -> tuple[int, str, str]:
    done = run_cli("--db", str(db_file), "--as", "manager", "audit", "verify", *args,
                   now=clock)
    return done.returncode, done.stdout, done.stderr


def assert_caught(db_file: Path, clock: FakeClock, how: str, entry: int | None,
                  words: str) -> None:
    code, out, err = audit_verify(db_file, clock)
    assert code == 1 and out == ""
    assert err.startswith("error: audit trail broken: ") and err.count("\n") == 1
    assert words in err
    code, out, _ = audit_verify(db_file, clock, "--json")
    verdict = json.loads(out)
    assert code == 1 and verdict["ok"] is False
    assert (verdict["how"], verdict["broken_id"]) == (how, entry)


def forge(shell: sqlite3.Connection, entry_id: int, **changes: object) -> None:
    """Rewrite an entry and make its hash again, as someone who read the README would."""
    row = dict(zip(COLUMNS.split(", "), shell.execute(
        f"SELECT {COLUMNS} FROM audit_entry WHERE id = ?", (entry_id,)).fetchone(), strict=True))
    row.update(changes)
    prev = shell.execute("SELECT prev_hash FROM audit_entry WHERE id = ?",
                         (entry_id,)).fetchone()[0]
    shell.execute("UPDATE audit_entry SET reason = ?, hash = ? WHERE id = ?",
                  (row["reason"], entry_hash(prev, _content(row)), entry_id))


def _content(row: dict[str, object]) -> dict[str, object]:
    from booking.store.chain import utc_iso
    from booking.timeutil import from_epoch

    return {**row, "at": utc_iso(from_epoch(int(str(row["at"])))),
            "before": json.loads(str(row["before"])) if row["before"] else None,
            "after": json.loads(str(row["after"])) if row["after"] else None}


def test_a_whole_trail_verifies(db_file: Path, trail: list[int], clock: FakeClock) -> None:
    code, out, err = audit_verify(db_file, clock)
    assert (code, err) == (0, "")
    assert out == f"audit trail whole: {trail[-1]} entries\n"
    code, out, _ = audit_verify(db_file, clock, "--json")
    assert code == 0 and json.loads(out)["ok"] is True


@pytest.mark.parametrize(("column", "value"), [
    ("after", '{"title": "Something else"}'),
    ("reason", "nobody asked"),
    ("actor_name", "admin"),
    ("actor_id", None),
    ("at", 0),
    ("action", "booking.moved"),
])
def test_an_entry_changed_in_place(db_file: Path, trail: list[int], clock: FakeClock,
                                   shell: sqlite3.Connection, column: str,
                                   value: object) -> None:
    shell.execute(f"UPDATE audit_entry SET {column} = ? WHERE id = ?", (value, trail[1]))
    put_guards_back(shell)
    assert_caught(db_file, clock, "changed", trail[1],
                  f"entry #{trail[1]} was changed: its content no longer matches its hash")


def test_an_entry_changed_and_its_hash_made_again(db_file: Path, trail: list[int],
                                                  clock: FakeClock,
                                                  shell: sqlite3.Connection) -> None:
    forge(shell, trail[1], reason="approved by the director")
    put_guards_back(shell)
    assert_caught(db_file, clock, "changed", trail[1],
                  f"entry #{trail[1]} was changed and its hash made again")


def test_the_last_entry_changed_and_its_hash_made_again(db_file: Path, trail: list[int],
                                                        clock: FakeClock,
                                                        shell: sqlite3.Connection) -> None:
    forge(shell, trail[-1], reason="nobody asked")
    put_guards_back(shell)
    assert_caught(db_file, clock, "changed", trail[-1], f"entry #{trail[-1]} was changed: "
                                                        "its hash is not the one recorded")


def test_an_entry_deleted_in_the_middle(db_file: Path, trail: list[int], clock: FakeClock,
                                        shell: sqlite3.Connection) -> None:
    shell.execute("DELETE FROM audit_entry WHERE id = ?", (trail[1],))
    put_guards_back(shell)
    assert_caught(db_file, clock, "deleted", trail[1], f"entry #{trail[1]} was deleted: "
                                                       f"entry #{trail[2]} no longer follows")


def test_entries_deleted_at_the_start(db_file: Path, clock: FakeClock,
                                      shell: sqlite3.Connection) -> None:
    shell.execute("DELETE FROM audit_entry WHERE id < 3")
    put_guards_back(shell)
    assert_caught(db_file, clock, "deleted", 1, "entries #1–#2 were deleted: entry #3 no longer follows")


def test_the_last_entry_deleted(db_file: Path, trail: list[int], clock: FakeClock,
                                shell: sqlite3.Connection) -> None:
    shell.execute("DELETE FROM audit_entry WHERE id = ?", (trail[-1],))
    put_guards_back(shell)
    assert_caught(db_file, clock, "deleted", trail[-1],
                  f"entry #{trail[-1]} was deleted from the end of the trail")


def test_the_record_of_the_end_deleted_too(db_file: Path, trail: list[int], clock: FakeClock,
                                           shell: sqlite3.Connection) -> None:
    shell.execute("DELETE FROM audit_entry WHERE id = ?", (trail[-1],))
    shell.execute("DELETE FROM setting WHERE key = ?", (HEAD_KEY,))
    put_guards_back(shell)
    assert_caught(db_file, clock, "deleted", None,
                  "the record of where the audit trail ends is missing")


def test_a_cut_tail_with_a_forged_record_of_the_end_shows_only_against_a_hash_kept_elsewhere(
        db_file: Path, trail: list[int], clock: FakeClock, shell: sqlite3.Connection) -> None:
    """What the chain alone cannot prove (README): someone who rewrites the record of the end
    as well leaves a shorter trail that is whole; a head noted earlier shows the cut."""
    cut = trail[-1]
    noted, kept_hash = (h for (h,) in shell.execute(
        "SELECT hash FROM audit_entry WHERE id IN (?, ?) ORDER BY id DESC", (cut, cut - 1)))
    shell.execute("DELETE FROM audit_entry WHERE id = ?", (cut,))
    shell.execute("UPDATE setting SET value = ? WHERE key = ?",
                  (AuditHead(cut - 1, cut - 1, kept_hash).to_text(), HEAD_KEY))
    put_guards_back(shell)
    with open_services(db_file, now=clock) as services:
        verdict = verify(services.engine)
    assert verdict.ok and verdict.head_hash == kept_hash
    assert audit_verify(db_file, clock, "--expect", kept_hash.upper())[0] == 0
    code, out, err = audit_verify(db_file, clock, "--expect", noted)
    assert (code, out) == (1, "")
    assert err == (f"error: audit trail broken: the entry hashed {noted} is not in the trail: "
                   "entries up to it were deleted or rewritten\n")


@pytest.mark.parametrize("argv", [("audit", "verify", "--expect", "abc"),
                                  ("audit", "--expect", "0" * 64)])
def test_a_noted_hash_is_checked_by_verify_only(db_file: Path, trail: list[int],
                                                clock: FakeClock, argv: tuple[str, ...]) -> None:
    assert trail
    done = run_cli("--db", str(db_file), "--as", "manager", *argv, now=clock)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("error: ") and "--expect" in done.stderr


def test_a_forged_entry_appended_with_a_good_hash(db_file: Path, clock: FakeClock,
                                                  shell: sqlite3.Connection) -> None:
    last_id, last_hash = shell.execute(
        "SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
    row = {"id": last_id + 1, "at": 1_800_000_000, "actor_id": None, "actor_name": "manager",
           "action": "booking.cancelled", "entity": "booking", "entity_id": 2,
           "before": None, "after": None, "reason": "forged"}
    shell.execute(f"INSERT INTO audit_entry ({COLUMNS}, prev_hash, hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (*row.values(), last_hash, entry_hash(last_hash, _content(row))))
    put_guards_back(shell)
    assert_caught(db_file, clock, "inserted", last_id + 1,
                  f"entry #{last_id + 1} was inserted after the recorded end of the trail "
                  f"(#{last_id})")


def test_a_forged_entry_appended_without_a_hash(db_file: Path, trail: list[int],
                                                clock: FakeClock,
                                                shell: sqlite3.Connection) -> None:
    shell.execute("INSERT INTO audit_entry (id, at, actor_name, action, entity, reason) "
                  "VALUES (?, 1800000000, 'manager', 'booking.cancelled', 'booking', 'x')",
                  (trail[-1] + 1,))
    put_guards_back(shell)
    assert_caught(db_file, clock, "inserted", trail[-1] + 1,
                  f"entry #{trail[-1] + 1} was inserted: it has no place in the chain")


def test_a_forged_entry_put_before_the_first(db_file: Path, trail: list[int],
                                             clock: FakeClock,
                                             shell: sqlite3.Connection) -> None:
    assert trail
    row = {"id": 0, "at": 1_700_000_000, "actor_id": None, "actor_name": "init",
           "action": "room.added", "entity": "room", "entity_id": 1, "before": None,
           "after": None, "reason": "forged"}
    genesis = "0" * 64
    shell.execute(f"INSERT INTO audit_entry ({COLUMNS}, prev_hash, hash) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (*row.values(), genesis, entry_hash(genesis, _content(row))))
    put_guards_back(shell)
    assert_caught(db_file, clock, "inserted", 0, "entry #0 was inserted: entry #1 follows "
                                                 "the entry before it")


def test_two_entries_swapped(db_file: Path, trail: list[int], clock: FakeClock,
                             shell: sqlite3.Connection) -> None:
    one, other = trail[1], trail[2]
    shell.execute("UPDATE audit_entry SET id = -1 WHERE id = ?", (one,))
    shell.execute("UPDATE audit_entry SET id = ? WHERE id = ?", (one, other))
    shell.execute("UPDATE audit_entry SET id = ? WHERE id = -1", (other,))
    put_guards_back(shell)
    assert_caught(db_file, clock, "reordered", one,
                  f"entry #{one} is out of order: it was written after entry #{other}")


def test_tampering_with_the_trigger_left_dropped(db_file: Path, trail: list[int],
                                                 clock: FakeClock,
                                                 shell: sqlite3.Connection) -> None:
    shell.execute("UPDATE audit_entry SET reason = 'nobody asked' WHERE id = ?", (trail[-1],))
    code, out, err = audit_verify(db_file, clock)
    assert code == 1 and out == ""
    warning, error = err.splitlines()
    assert warning.startswith("warning: Ruang created missing database guards again "
                              "(missing trigger audit_entry_no_update, missing trigger "
                              "audit_entry_no_delete)")
    assert "'audit verify' shows whether it was" in warning
    assert error == (f"error: audit trail broken: entry #{trail[-1]} was changed: its content "
                     "no longer matches its hash")
    # Opening put the guards back: the table is append-only again.
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        shell.execute("DELETE FROM audit_entry WHERE id = ?", (trail[-1],))


def test_doctor_names_a_broken_trail(db_file: Path, trail: list[int], clock: FakeClock,
                                     shell: sqlite3.Connection) -> None:
    shell.execute("DELETE FROM audit_entry WHERE id = ?", (trail[1],))
    put_guards_back(shell)
    done = run_cli("--db", str(db_file), "doctor", now=clock)
    assert done.returncode == 1
    assert (f"audit trail: the audit trail is broken: entry #{trail[1]} was deleted: entry "
            f"#{trail[2]} no longer follows the one before it (see 'audit verify')"
            in done.stdout)
    assert "audit trail: broken" in done.stdout


def test_writing_goes_on_after_a_whole_trail(db_file: Path, trail: list[int],
                                             clock: FakeClock) -> None:
    with open_services(db_file, now=clock) as services:
        services.bookings.cancel(actor="frontdesk", booking_id=2, reason="done")
        verdict = verify(services.engine)
    assert verdict.ok and verdict.entries == trail[-1] + 1
