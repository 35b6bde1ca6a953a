"""Guests' time zones on organizations and bookings; holidays keep their English names.

An organization may name the IANA zone its people live in (a client in Tokyo) and a booking
its own (a guest flying in); a booking's guest times are shown in its own zone, else its
organization's. Each public holiday gains its English name beside the Indonesian one, filled
from the holidays package for the years already stored.

Revision ID: 0010
Revises: 0009
"""

from alembic import op
from sqlalchemy import text

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

ZONE_CHECK = "guest_tz IS NULL OR length(trim(guest_tz)) > 0"


def upgrade() -> None:
    # Plain ADD COLUMN with a column CHECK: no table is rebuilt, so booking keeps its guard
    # triggers.
    for table in ("organization", "booking"):
        op.execute(f"ALTER TABLE {table} ADD COLUMN guest_tz VARCHAR(64) "
                   f"CONSTRAINT {table}_guest_tz_not_empty CHECK ({ZONE_CHECK})")
    op.execute("ALTER TABLE public_holiday ADD COLUMN name_en VARCHAR")
    bind = op.get_bind()
    years = bind.execute(text("SELECT DISTINCT year FROM public_holiday")).scalars().all()
    if years:
        from booking.calendar import compute_english

        for year in years:
            names = [{"day": day.isoformat(), "name_en": name}
                     for day, name in compute_english(int(year)).items()]
            if names:
                bind.execute(text("UPDATE public_holiday SET name_en = :name_en "
                                  "WHERE day = :day"), names)


def downgrade() -> None:
    op.execute("ALTER TABLE public_holiday DROP COLUMN name_en")
    for table in ("booking", "organization"):
        op.execute(f"ALTER TABLE {table} DROP COLUMN guest_tz")
