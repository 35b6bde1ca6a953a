"""Recurring bookings: series, their skipped dates, and occurrence links on bookings.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from booking.store.sqltypes import INSTANT_COLUMN

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "series",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id"), nullable=False),
        sa.Column("rule", sa.String(), nullable=False),
        sa.Column("first_start_local", sa.String(19), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organization.id"),
                  nullable=True),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("layout", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("contact_name", sa.String(), nullable=False),
        sa.Column("contact_phone", sa.String(), nullable=False),
        sa.Column("split_from_id", sa.Integer(), sa.ForeignKey("series.id"), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=True),
        sa.Column("created_at", INSTANT_COLUMN, nullable=False),
        sa.Column("updated_at", INSTANT_COLUMN, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_table(
        "series_exdate",
        sa.Column("series_id", sa.Integer(), sa.ForeignKey("series.id"), primary_key=True),
        sa.Column("occurrence_date", sa.String(10), primary_key=True),
        sa.Column("reason", sa.String(), nullable=False),
    )
    # Plain ADD COLUMN: rebuilding the booking table would drop its guard triggers.
    op.execute("ALTER TABLE booking ADD COLUMN series_id INTEGER REFERENCES series (id)")
    op.execute("ALTER TABLE booking ADD COLUMN occurrence_date VARCHAR(10)")
    false = "0" if op.get_bind().dialect.name == "sqlite" else "false"
    op.execute(f"ALTER TABLE booking ADD COLUMN detached BOOLEAN NOT NULL DEFAULT {false}")
    op.create_index("ix_booking_series_id", "booking", ["series_id"])


def downgrade() -> None:
    op.drop_index("ix_booking_series_id", "booking")
    op.execute("ALTER TABLE booking DROP COLUMN detached")
    op.execute("ALTER TABLE booking DROP COLUMN occurrence_date")
    op.execute("ALTER TABLE booking DROP COLUMN series_id")
    op.drop_table("series_exdate")
    op.drop_table("series")
