"""Identities for exchange: where an imported booking came from, and who this database is.

booking.external_uid keeps the identity an imported item had in its file (an iCalendar UID,
or a CSV uid cell), so importing the same file again matches the booking instead of adding it
twice; unique among bookings that have one. store_identity holds one random id naming this
database in the UIDs it exports, so a file exported here and imported elsewhere never matches
that other database's own bookings by their numbers.

Revision ID: 0012
Revises: 0011
"""

import uuid

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: booking keeps its triggers.
    op.execute("ALTER TABLE booking ADD COLUMN external_uid VARCHAR(255)")
    op.execute("CREATE UNIQUE INDEX ix_booking_external_uid ON booking (external_uid)")
    op.execute("CREATE TABLE store_identity (id INTEGER NOT NULL PRIMARY KEY, "
               "store_id VARCHAR(32) NOT NULL, CONSTRAINT store_identity_one_row CHECK (id = 1))")
    op.execute(f"INSERT INTO store_identity (id, store_id) VALUES (1, '{uuid.uuid4().hex[:12]}')")


def downgrade() -> None:
    op.execute("DROP TABLE store_identity")
    op.execute("DROP INDEX ix_booking_external_uid")
    op.execute("ALTER TABLE booking DROP COLUMN external_uid")
