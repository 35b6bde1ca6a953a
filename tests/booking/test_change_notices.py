"""Other desks hear of a change on a PostgreSQL server when it commits, whoever made it."""

import time
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, text

from booking.services import Services
from booking.store.db import make_engine
from booking.store.notices import CHANNEL, NOTICED_TABLES
from booking.store.watch import ChangeWatcher, NoticeWatcher, change_watcher
from tests.booking.conftest import at
from tests.helpers.backends import Backend
from tests.helpers.clock import FakeClock


@pytest.fixture
def server_engine(server_backend: Backend) -> Iterator[Engine]:
    engine = make_engine(server_backend.target)
    yield engine
    engine.dispose()


@pytest.fixture
def listening(server_engine: Engine) -> Iterator[NoticeWatcher]:
    watcher = change_watcher(server_engine)
    assert isinstance(watcher, NoticeWatcher)
    yield watcher
    watcher.close()


def test_a_booking_made_at_another_desk_is_heard_when_it_commits(
        server_backend: Backend, listening: NoticeWatcher, clock: FakeClock) -> None:
    other = Services.open(server_backend.target, actor="frontdesk", now=clock)
    try:
        # What opening wrote (the year's holidays) is heard first; on a loaded machine its
        # notice can come a moment after open returns, so wait for a quiet moment.
        while listening.wait(0.3):
            pass
        assert not listening.changed()
        started = time.monotonic()
        other.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                            title="Stand-up")
        assert listening.wait(2.0)
        assert time.monotonic() - started < 1.0
        assert not listening.changed()  # the notices of one change count once
    finally:
        other.close()


def test_plain_sql_is_heard_too_and_only_once_committed(server_backend: Backend,
                                                        listening: NoticeWatcher) -> None:
    url = server_backend.target.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as raw:
        raw.execute("UPDATE room SET capacity = capacity WHERE code = 'KAWI'")
        assert not listening.wait(0.3)  # not yet committed: nobody is told
        raw.commit()
    assert listening.wait(2.0)


def test_every_table_the_desks_show_sends_notices(server_engine: Engine) -> None:
    with server_engine.connect() as connection:
        found = set(connection.execute(text(
            "SELECT event_object_table FROM information_schema.triggers "
            "WHERE trigger_name LIKE '%\\_notice' ESCAPE '\\'")).scalars())
    assert found == set(NOTICED_TABLES)


def test_a_lost_listening_connection_is_opened_again_and_counts_as_a_change(
        empty_server_database: Backend) -> None:
    engine = make_engine(empty_server_database.target)
    watcher = change_watcher(engine)
    url = empty_server_database.target.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                          "datname = current_database() AND pid <> pg_backend_pid() "
                          "AND query LIKE 'LISTEN%'")
            assert watcher.wait(1.0)  # listening again; what was missed is read again
            admin.execute(f"NOTIFY {CHANNEL}, 'booking'")
            assert watcher.wait(2.0)
    finally:
        watcher.close()
        engine.dispose()


def test_sqlite_keeps_its_data_version_watch(file_engine: Engine) -> None:
    watcher = change_watcher(file_engine)
    try:
        assert isinstance(watcher, ChangeWatcher) and not watcher.pushes
    finally:
        watcher.close()
