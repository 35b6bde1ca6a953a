"""A site sets the server up as the README says: a plain role that owns its database is all
Ruang needs (no superuser) to create the schema, book and pass the doctor."""

import secrets
from collections.abc import Iterator

import psycopg
import pytest

from booking.building.load import initialize
from booking.services import Services
from booking.store.db import make_engine
from tests.booking.conftest import at
from tests.helpers.backends import server_url
from tests.helpers.clock import FakeClock


@pytest.fixture
def owned_database() -> Iterator[str]:
    """A login role without any special right, and a database it owns; its URL."""
    role = f"ruang_role_{secrets.token_hex(4)}"
    name = f"ruang_owned_{secrets.token_hex(4)}"
    admin_url = server_url().set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
        admin.execute(f"CREATE DATABASE {name} OWNER {role}")
    try:
        yield server_url().set(drivername="postgresql", username=role,
                               database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            admin.execute(f"DROP ROLE IF EXISTS {role}")


def test_the_databases_owner_needs_no_superuser(owned_database: str, clock: FakeClock) -> None:
    engine = make_engine(owned_database)
    try:
        initialize(engine, now=clock)
        services = Services(engine, now=clock, actor="frontdesk")
        booked = services.bookings.book(actor="frontdesk", room="KAWI", start=at(10),
                                        end=at(11), title="Owner test").booking
        assert services.booking(booked.id).title == "Owner test"
        assert Services(engine, now=clock, actor="admin").doctor().ok
    finally:
        engine.dispose()
