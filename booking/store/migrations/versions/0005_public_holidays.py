"""Public holidays kept in the database (filled per year on first need).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "public_holiday",
        sa.Column("day", sa.String(10), primary_key=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
    )
    op.create_index("ix_public_holiday_year", "public_holiday", ["year"])


def downgrade() -> None:
    op.drop_index("ix_public_holiday_year", "public_holiday")
    op.drop_table("public_holiday")
