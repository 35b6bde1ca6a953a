"""The building's revision: one counter, raised by triggers on every change to rooms, floors,
amenities, hours profiles and opening hours (booking.store.revision), so a free-room search
keeps the building between searches and checks one integer.

Revision ID: 0013
Revises: 0012
"""

from alembic import op

from booking.store.revision import revision_trigger_statements, server_revision_guards

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE building_revision (id INTEGER NOT NULL PRIMARY KEY, "
               "value INTEGER NOT NULL, CONSTRAINT building_revision_one_row CHECK (id = 1))")
    op.execute("INSERT INTO building_revision (id, value) VALUES (1, 0)")
    if op.get_bind().dialect.name == "sqlite":
        for statement in revision_trigger_statements().values():
            op.execute(statement)
    elif op.get_bind().dialect.name == "postgresql":
        for guard in server_revision_guards():
            for statement in guard.create:
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in revision_trigger_statements():
            op.execute(f"DROP TRIGGER {name}")
    elif op.get_bind().dialect.name == "postgresql":
        for guard in server_revision_guards():
            for statement in guard.drop:
                op.execute(statement)
    op.execute("DROP TABLE building_revision")
