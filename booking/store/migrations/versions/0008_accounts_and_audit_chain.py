"""Accounts that sign in, a settings table, and the columns of the audit hash chain.

Accounts gain a password hash (none until one is set: a fresh install opens at once), an
organization for organizers, when they were made and last signed in, and the failed sign-ins
and lock that slow guessing down. Each audit entry gains the hash of the entry before it and
its own hash, so that a rewritten, deleted, inserted or reordered entry shows.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from booking.store.sqltypes import INSTANT_COLUMN

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

ACCOUNT_COLUMNS = (
    sa.Column("password_hash", sa.String(), nullable=True),
    sa.Column("organization_id", sa.Integer(), nullable=True),
    sa.Column("created_at", INSTANT_COLUMN, nullable=True),
    sa.Column("last_sign_in_at", INSTANT_COLUMN, nullable=True),
    sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0"),
    sa.Column("locked_until", INSTANT_COLUMN, nullable=True),
)
AUDIT_COLUMNS = (
    sa.Column("prev_hash", sa.String(), nullable=False, server_default=""),
    sa.Column("hash", sa.String(), nullable=False, server_default=""),
)


def upgrade() -> None:
    # Plain ADD COLUMN: no table is rebuilt, so the audit table keeps its append-only triggers.
    for column in ACCOUNT_COLUMNS:
        op.add_column("account", column)
    for column in AUDIT_COLUMNS:
        op.add_column("audit_entry", column)
    op.create_table(
        "setting",
        sa.Column("key", sa.String(60), primary_key=True),
        sa.Column("value", sa.String(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("setting")
    for table, columns in (("audit_entry", AUDIT_COLUMNS), ("account", ACCOUNT_COLUMNS)):
        with op.batch_alter_table(table) as batch:
            for name in (c.name for c in columns):
                batch.drop_column(name)
