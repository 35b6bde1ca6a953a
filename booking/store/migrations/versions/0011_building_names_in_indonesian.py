"""The building's names in Bahasa Indonesia too: rooms, areas, equipment and floors' labels.

Each gains a nullable Indonesian name beside the English one the building file gives (None:
the English name is shown in both languages). `init` fills them from the building file.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

COLUMNS = (("room", "name_id"), ("area", "name_id"), ("equipment", "name_id"),
           ("floor", "label_id"))


def upgrade() -> None:
    # Plain ADD COLUMN: no table is rebuilt, so room keeps its triggers.
    for table, column in COLUMNS:
        op.execute(f"ALTER TABLE {table} ADD COLUMN {column} VARCHAR")


def downgrade() -> None:
    for table, column in reversed(COLUMNS):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
