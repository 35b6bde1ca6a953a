"""Change notices on PostgreSQL: every change to what the desks show sends a notice on one
channel when its transaction commits (booking.store.notices); SQLite needs none (the window
watches data_version).

Revision ID: 0014
Revises: 0013
"""

from alembic import op

from booking.store.notices import server_notice_guards

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for guard in server_notice_guards():
            for statement in guard.create:
                op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for guard in server_notice_guards():
            for statement in guard.drop:
                op.execute(statement)
