"""Equipment belongs to the building whose file lists it, so a second building's file cannot
rewrite the first's pool.

A nullable building_id on equipment: the items a database already holds belong to its one
building (NULL when it has none yet; the next `init` claims them).

Revision ID: 0015
Revises: 0014
"""

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN: no table is rebuilt, so equipment keeps its triggers.
    op.execute("ALTER TABLE equipment ADD COLUMN building_id INTEGER REFERENCES building (id)")
    op.execute("UPDATE equipment SET building_id = (SELECT min(id) FROM building) "
               "WHERE (SELECT count(*) FROM building) = 1")


def downgrade() -> None:
    op.execute("ALTER TABLE equipment DROP COLUMN building_id")
