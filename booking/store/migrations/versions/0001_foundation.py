"""Foundation: building, floors, rooms, organizations, accounts, bookings, audit log.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

from booking.store.guards import create_audit_guard, drop_audit_guard
from booking.store.sqltypes import INSTANT_COLUMN

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "building",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(20), nullable=False, unique=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("site", sa.String(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
    )
    op.create_table(
        "floor",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("building_id", sa.Integer(), sa.ForeignKey("building.id"), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("width", sa.Float(), nullable=False),
        sa.Column("depth", sa.Float(), nullable=False),
        sa.UniqueConstraint("building_id", "level"),
    )
    op.create_table(
        "hours_profile",
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("open_on_holidays", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "opening_hours",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("profile_code", sa.String(40), sa.ForeignKey("hours_profile.code"),
                  nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("opens_min", sa.Integer(), nullable=False),
        sa.Column("closes_min", sa.Integer(), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        sa.CheckConstraint(
            "opens_min >= 0 AND closes_min <= 1440 AND closes_min > opens_min",
            name="hours_order",
        ),
    )
    op.create_index("ix_opening_hours_profile_code", "opening_hours", ["profile_code"])
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("floor_id", sa.Integer(), sa.ForeignKey("floor.id"), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("bookable", sa.Boolean(), nullable=False),
        sa.Column("hours_profile", sa.String(40), sa.ForeignKey("hours_profile.code"),
                  nullable=True),
        sa.Column("parent_id", sa.Integer(), sa.ForeignKey("room.id"), nullable=True),
        sa.Column("outline", sa.JSON(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint("capacity > 0", name="capacity_positive"),
    )
    op.create_index("ix_room_floor_id", "room", ["floor_id"])
    op.create_table(
        "room_amenity",
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id"), primary_key=True),
        sa.Column("amenity", sa.String(60), primary_key=True),
    )
    op.create_table(
        "room_layout",
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id"), primary_key=True),
        sa.Column("layout", sa.String(40), primary_key=True),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.CheckConstraint("capacity > 0", name="layout_capacity_positive"),
    )
    op.create_table(
        "area",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(40), nullable=False, unique=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("floor_id", sa.Integer(), sa.ForeignKey("floor.id"), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("outline", sa.JSON(), nullable=False),
    )
    op.create_index("ix_area_floor_id", "area", ["floor_id"])
    op.create_table(
        "organization",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("country", sa.String(), nullable=False),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("username", sa.String(60), nullable=False, unique=True),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "booking",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("room_id", sa.Integer(), sa.ForeignKey("room.id"), nullable=False),
        sa.Column("start_at", INSTANT_COLUMN, nullable=False),
        sa.Column("end_at", INSTANT_COLUMN, nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("layout", sa.String(), nullable=True),
        sa.Column("attendees", sa.Integer(), nullable=False),
        sa.Column("organization_id", sa.Integer(), sa.ForeignKey("organization.id"),
                  nullable=True),
        sa.Column("booked_by_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=True),
        sa.Column("contact_name", sa.String(), nullable=False),
        sa.Column("contact_phone", sa.String(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", INSTANT_COLUMN, nullable=False),
        sa.Column("updated_at", INSTANT_COLUMN, nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("end_at > start_at", name="end_after_start"),
        sa.CheckConstraint("attendees >= 0", name="attendees_not_negative"),
        sa.CheckConstraint(
            "status IN ('tentative','confirmed','checked_in','cancelled','released',"
            "'declined','expired')",
            name="status_known",
        ),
    )
    op.create_index("ix_booking_room_start", "booking", ["room_id", "start_at"])
    op.create_index("ix_booking_start", "booking", ["start_at"])
    op.create_index("ix_booking_organization_id", "booking", ["organization_id"])
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", INSTANT_COLUMN, nullable=False),
        sa.Column("actor_id", sa.Integer(), sa.ForeignKey("account.id"), nullable=True),
        sa.Column("actor_name", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
    )
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"])
    op.create_index("ix_audit_entry_entity_id", "audit_entry", ["entity_id"])
    create_audit_guard(op)


def downgrade() -> None:
    drop_audit_guard(op)
    for table in ("audit_entry", "booking", "account", "organization", "area", "room_layout",
                  "room_amenity", "room", "opening_hours", "hours_profile", "floor", "building"):
        op.drop_table(table)
