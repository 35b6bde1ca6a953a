"""What only a PostgreSQL server has: its guard set as `doctor` checks and opening restores
it, the writers' lock around the audit chain's tail, transactions the server gives up on run
again, and tests that fail (never skip) when the server is away."""

import json
import socket
import threading

import pytest
from sqlalchemy import text

from booking.audit import verify
from booking.errors import DatabaseBusy
from booking.services import Services
from booking.store.db import WRITE_LOCK_SQL, make_engine, retry_busy
from booking.store.integrity import expected_server_guards, guard_problems
from tests.booking.conftest import at
from tests.helpers.backends import SERVER_ENV, Backend, create_database
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock


def run_sql(backend: Backend, *statements: str) -> None:
    """Run statements as a person with a SQL shell would (autocommit)."""
    shell = backend.shell()
    try:
        for statement in statements:
            shell.execute(statement)
    finally:
        shell.close()


def doctor(backend: Backend, clock: FakeClock) -> tuple[int, list[str]]:
    done = run_cli("--db", backend.target, "--as", "admin", "doctor", "--json", now=clock)
    return done.returncode, [f["message"] for f in json.loads(done.stdout)["findings"]]


def test_a_new_server_database_has_every_guard(server_backend: Backend) -> None:
    engine = make_engine(server_backend.target)
    try:
        with engine.connect() as connection:
            assert guard_problems(connection) == ([], [])
        names = set(expected_server_guards())
        # The overlap rule is the exclusion constraint; no SQLite trigger is expected here.
        assert "occupancy_no_overlap" in names and "occupancy_no_overlap_insert" not in names
        assert {"booking_occupy_insert", "booking_search_insert", "room_revision_update",
                "audit_entry_append_only"} <= names
    finally:
        engine.dispose()


def test_opening_puts_missing_and_changed_guards_back_and_doctor_says_so(
        server_backend: Backend, clock: FakeClock) -> None:
    run_sql(server_backend,
            "ALTER TABLE occupancy DROP CONSTRAINT occupancy_no_overlap",
            "DROP TRIGGER booking_occupy_insert ON booking",
            "CREATE OR REPLACE FUNCTION booking_sane_insert() RETURNS trigger "
            "LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$")
    code, findings = doctor(server_backend, clock)
    assert code == 1
    # Opening the database for `doctor` put them back, and doctor says so.
    again = "Ruang created it again when it opened the database"
    assert f"missing constraint occupancy_no_overlap: {again}" in findings
    assert f"missing trigger booking_occupy_insert: {again}" in findings
    assert f"changed trigger booking_sane_insert: {again}" in findings
    code, findings = doctor(server_backend, clock)
    assert (code, findings) == (0, [])


def test_an_overlap_let_in_without_the_guards_is_named_and_the_constraint_stays_out(
        server_backend: Backend, clock: FakeClock) -> None:
    services = Services(make_engine(server_backend.target), now=clock)
    first = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                   title="First").booking.id
    services.engine.dispose()
    run_sql(server_backend,
            "ALTER TABLE occupancy DROP CONSTRAINT occupancy_no_overlap",
            "INSERT INTO booking (room_id, start_at, end_at, title, status, "
            "attendees, contact_name, contact_phone, notes, created_at, updated_at, "
            "version) SELECT room_id, start_at, end_at, 'Second', 'confirmed', 0, "
            f"'', '', '', 0, 0, 1 FROM booking WHERE id = {first}")
    for _ in range(2):  # opening cannot put the constraint back over the overlap
        code, findings = doctor(server_backend, clock)
        assert code == 1
        assert any(f.startswith(f"bookings #{first} and #") for f in findings)
        assert any("constraint occupancy_no_overlap is missing" in f for f in findings)


def test_a_writer_waits_for_the_writers_lock_before_it_reads_the_audit_tail(
        server_backend: Backend, clock: FakeClock) -> None:
    """While another connection holds the writers' lock, a booking neither reads the audit
    chain's tail nor writes anything; once it lets go, the booking goes through whole."""
    engine = make_engine(server_backend.target)
    services = Services(engine, now=clock)
    shell = server_backend.shell()
    try:
        shell.execute("BEGIN")
        shell.execute(WRITE_LOCK_SQL)
        done: list[int] = []
        desk = threading.Thread(target=lambda: done.append(services.bookings.book(
            actor="frontdesk", room="BROMO", start=at(10), end=at(11),
            title="Waited").booking.id))
        desk.start()
        desk.join(timeout=1.0)
        assert desk.is_alive() and done == []
        waiting = shell.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                                "AND NOT granted").fetchone()[0]
        assert waiting == 1
        shell.execute("ROLLBACK")
        desk.join(timeout=30)
        assert len(done) == 1
        assert verify(engine).ok
    finally:
        shell.close()
        engine.dispose()


def test_a_transaction_the_server_gives_up_on_runs_again(server_backend: Backend,
                                                        clock: FakeClock) -> None:
    """The server reports a serialization failure on the first two inserts of a booking (a
    sequence counts them: it is not rolled back): the third attempt goes through whole."""
    run_sql(server_backend,
            "CREATE SEQUENCE flaky",
            "CREATE FUNCTION flaky() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF nextval('flaky') <= 2 THEN RAISE EXCEPTION USING ERRCODE = '40001', "
            "MESSAGE = 'could not serialize access'; END IF; RETURN NEW; END $$",
            "CREATE TRIGGER flaky BEFORE INSERT ON booking FOR EACH ROW "
            "EXECUTE FUNCTION flaky()")
    engine = make_engine(server_backend.target)
    services = Services(engine, now=clock)
    try:
        made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10),
                                      end=at(11), title="Third time").booking
        with engine.connect() as connection:
            assert connection.execute(text("SELECT last_value FROM flaky")).scalar() == 3
            assert connection.execute(text("SELECT count(*) FROM booking")).scalar() == 1
            assert connection.execute(text(
                "SELECT count(*) FROM audit_entry WHERE entity_id = :id AND "
                "action = 'booking.created'"), {"id": made.id}).scalar() == 1
    finally:
        engine.dispose()


def test_a_transaction_given_up_on_every_time_is_reported_in_plain_words(
        server_backend: Backend, clock: FakeClock) -> None:
    run_sql(server_backend,
            "CREATE FUNCTION deadlocked() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION USING ERRCODE = '40P01', MESSAGE = 'deadlock "
            "detected'; END $$",
            "CREATE TRIGGER deadlocked BEFORE INSERT ON booking FOR EACH ROW "
            "EXECUTE FUNCTION deadlocked()")
    done = run_cli("--db", server_backend.target, "book", "BROMO", at(10).isoformat(),
                   at(11).isoformat(), "--title", "Never", now=clock)
    assert done.returncode == 1
    assert done.stderr == ("error: the database server stopped the change because other "
                           "desks were changing the same things (nothing was saved); try "
                           "again\n")


def test_retrying_stops_after_three_attempts_and_only_the_outer_use_case_retries() -> None:
    calls: list[str] = []

    @retry_busy
    def inner() -> None:
        calls.append("inner")
        raise DatabaseBusy("busy")

    @retry_busy
    def outer() -> None:
        calls.append("outer")
        inner()

    with pytest.raises(DatabaseBusy):
        outer()
    assert calls == ["outer", "inner"] * 3


def test_the_server_tests_fail_and_say_how_to_point_them_at_a_server(
        monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv(SERVER_ENV, f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres")
    with pytest.raises(pytest.fail.Exception, match=f"{SERVER_ENV}=postgresql"):
        create_database("ruang_t_never")
