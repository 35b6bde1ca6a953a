"""The audit log is append-only at the database level."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import Engine, text

from booking.store.db import write_session
from booking.store.models import AuditEntry


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


def _entry(engine: Engine) -> int:
    with write_session(engine) as session:
        # The use cases number entries themselves (the chain's next id); so does this one.
        next_id = session.execute(text("SELECT COALESCE(max(id), 0) + 1 FROM audit_entry")
                                  ).scalar_one()
        entry = AuditEntry(id=next_id, at=datetime(2026, 12, 1, tzinfo=UTC), actor_name="t",
                           action="test", entity="booking", entity_id=1)
        session.add(entry)
        session.flush()
        assert entry.id is not None
        return entry.id


def test_audit_entries_cannot_be_updated(memory_engine: Engine) -> None:
    entry_id = _entry(memory_engine)
    with pytest.raises(Exception, match="append-only"), write_session(memory_engine) as session:
        session.execute(text("UPDATE audit_entry SET reason = 'x' WHERE id = :id"), {"id": entry_id})


def test_audit_entries_cannot_be_deleted(memory_engine: Engine) -> None:
    entry_id = _entry(memory_engine)
    with pytest.raises(Exception, match="append-only"), write_session(memory_engine) as session:
        session.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": entry_id})
    with write_session(memory_engine) as session:
        assert session.execute(text("SELECT count(*) FROM audit_entry WHERE id = :id"),
                               {"id": entry_id}).scalar() == 1
