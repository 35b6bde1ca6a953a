"""Hall events: events with setup, teardown and a request workflow; equipment inventory.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from booking.store.sqltypes import INSTANT_COLUMN

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "equipment",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name="equipment_quantity"),
    )
    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("setup_min", sa.Integer(), nullable=False),
        sa.Column("teardown_min", sa.Integer(), nullable=False),
        sa.Column("nightly_teardown", sa.Boolean(), nullable=False),
        sa.Column("public", sa.Boolean(), nullable=False),
        sa.Column("catering", sa.String(), nullable=False),
        sa.Column("organizer", sa.String(), nullable=False),
        sa.Column("contact_name", sa.String(), nullable=False),
        sa.Column("contact_phone", sa.String(), nullable=False),
        sa.Column("requested_by_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=True),
        sa.Column("requested_at", INSTANT_COLUMN, nullable=False),
        sa.Column("expires_at", INSTANT_COLUMN, nullable=True),
        sa.Column("decided_by_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=True),
        sa.Column("decided_at", INSTANT_COLUMN, nullable=True),
        sa.Column("decision_reason", sa.String(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
    )
    op.create_index("ix_event_status", "event", ["status"])
    op.create_index("ix_event_expires_at", "event", ["expires_at"])
    op.create_table(
        "event_equipment",
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("event.id"), primary_key=True),
        sa.Column("equipment_code", sa.String(40), sa.ForeignKey("equipment.code"),
                  primary_key=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name="event_equipment_quantity"),
    )
    # Plain ADD COLUMN: rebuilding the booking table would drop its guard triggers.
    op.execute("ALTER TABLE booking ADD COLUMN event_id INTEGER REFERENCES event (id)")
    op.create_index("ix_booking_event_id", "booking", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_booking_event_id", "booking")
    op.execute("ALTER TABLE booking DROP COLUMN event_id")
    op.drop_table("event_equipment")
    op.drop_index("ix_event_expires_at", "event")
    op.drop_index("ix_event_status", "event")
    op.drop_table("event")
    op.drop_table("equipment")
