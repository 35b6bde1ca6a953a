"""Booking search: an FTS5 index over title, notes, contact and organization, kept by triggers.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from booking.store.search_index import create_booking_search, drop_booking_search

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only a virtual table and triggers: the booking table (and its guard triggers) stays as is.
    create_booking_search(op)


def downgrade() -> None:
    drop_booking_search(op)
