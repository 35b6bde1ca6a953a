"""Database guards at the edges: sane bookings, occupancy only through bookings, rooms' parts.

Revision ID: 0007
Revises: 0006
"""

from alembic import op
from sqlalchemy.exc import IntegrityError

from booking.store.guards import create_edge_guards, drop_edge_guards, reoccupy_all_statements

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_edge_guards(op)
    # Occupancy may lag a change of the rooms' parts made before this revision; bring it in
    # line where that overlaps nothing (`doctor` names what it cannot).
    bind = op.get_bind()
    try:
        with bind.begin_nested():
            for statement in reoccupy_all_statements():
                bind.exec_driver_sql(statement)
    except IntegrityError:
        pass


def downgrade() -> None:
    drop_edge_guards(op)
