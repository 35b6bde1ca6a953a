"""Booking engine: buffers and lifecycle columns, occupancy with the overlap guard, closures, terms.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from booking.store.guards import create_overlap_guard, drop_overlap_guard
from booking.store.sqltypes import INSTANT_COLUMN

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

MAX_OCCUPANCY_SECONDS = 14 * 24 * 3600  # frozen here: a later change needs its own migration


def upgrade() -> None:
    with op.batch_alter_table("booking") as batch:
        batch.add_column(sa.Column("buffer_before_min", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("buffer_after_min", sa.Integer(), nullable=False,
                                   server_default="0"))
        batch.add_column(sa.Column("checked_in_at", INSTANT_COLUMN, nullable=True))
        batch.add_column(sa.Column("cancelled_at", INSTANT_COLUMN, nullable=True))
        batch.add_column(sa.Column("cancel_reason", sa.String(), nullable=False,
                                   server_default=""))
    # room_space joins a room to its parts by parent_id.
    op.create_index("ix_room_parent_id", "room", ["parent_id"])
    op.create_table(
        "occupancy",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("booking_id", sa.Integer(), sa.ForeignKey("booking.id", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("space_id", sa.Integer(), sa.ForeignKey("room.id"), nullable=False),
        sa.Column("start_at", INSTANT_COLUMN, nullable=False),
        sa.Column("end_at", INSTANT_COLUMN, nullable=False),
        sa.CheckConstraint("end_at > start_at", name="occupancy_end_after_start"),
        sa.CheckConstraint(f"end_at - start_at <= {MAX_OCCUPANCY_SECONDS}",
                           name="occupancy_bounded"),
    )
    op.create_index("ix_occupancy_space_start", "occupancy", ["space_id", "start_at"])
    op.create_index("ix_occupancy_booking_id", "occupancy", ["booking_id"])
    op.create_table(
        "closure",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id"), nullable=True),
        sa.Column("start_at", INSTANT_COLUMN, nullable=False),
        sa.Column("end_at", INSTANT_COLUMN, nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=True),
        sa.Column("created_at", INSTANT_COLUMN, nullable=False),
        sa.CheckConstraint("end_at > start_at", name="closure_end_after_start"),
    )
    op.create_index("ix_closure_start_at", "closure", ["start_at"])
    op.create_table(
        "term_assignment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id"), nullable=False),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organization.id"),
                  nullable=False),
        sa.Column("start_at", INSTANT_COLUMN, nullable=False),
        sa.Column("end_at", INSTANT_COLUMN, nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=True),
        sa.Column("created_at", INSTANT_COLUMN, nullable=False),
        sa.CheckConstraint("end_at > start_at", name="term_end_after_start"),
    )
    op.create_index("ix_term_room_start", "term_assignment", ["room_id", "start_at"])
    op.create_table(
        "span_bound",
        sa.Column("name", sa.String(20), primary_key=True),
        sa.Column("seconds", sa.Integer(), nullable=False),
    )
    create_overlap_guard(op)
    # Bookings written before this revision take their occupancy now (no buffers recorded).
    op.execute(
        "INSERT INTO occupancy (booking_id, space_id, start_at, end_at) "
        "SELECT b.id, s.space_id, b.start_at, b.end_at FROM booking b "
        "JOIN room_space s ON s.room_id = b.room_id "
        "WHERE b.status IN ('tentative','confirmed','checked_in')"
    )


def downgrade() -> None:
    drop_overlap_guard(op)
    op.drop_table("span_bound")
    op.drop_table("term_assignment")
    op.drop_table("closure")
    op.drop_table("occupancy")
    op.drop_index("ix_room_parent_id", "room")
    with op.batch_alter_table("booking") as batch:
        for column in ("cancel_reason", "cancelled_at", "checked_in_at", "buffer_after_min",
                       "buffer_before_min"):
            batch.drop_column(column)
