"""The schema revision this version of Ruang writes (standard library only)."""

# The newest migration's revision. Kept here so a start-up on an up-to-date database needs no
# Alembic import (a test checks it against the migration scripts).
HEAD_REVISION = "0015"
