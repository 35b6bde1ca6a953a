"""Chain the audit entries written before the chain: each keeps its content and gains its hashes.

The entries are hashed in id order as booking.store.chain defines it, and the trail's head
(count, last id, last hash) is recorded in the setting table. The table refuses UPDATE by
trigger, so the triggers are dropped for the fill and created again in the same transaction.

Revision ID: 0009
Revises: 0008
"""

import json
from typing import Any

from alembic import op
from sqlalchemy import text

from booking.store.chain import GENESIS, HEAD_KEY, AuditHead, entry_hash, utc_iso
from booking.store.guards import create_audit_guard, drop_audit_guard
from booking.timeutil import from_epoch

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

BATCH = 5000


def _json(value: Any) -> Any:
    # The JSON column keeps None as 'null' or as SQL NULL; both read back as None.
    return None if value is None else json.loads(value)


def upgrade() -> None:
    bind = op.get_bind()
    drop_audit_guard(op)
    prev_hash, last_id, count = GENESIS, 0, 0
    rows = bind.execute(text(
        "SELECT id, at, actor_id, actor_name, action, entity, entity_id, before, after, reason "
        "FROM audit_entry ORDER BY id")).all()
    filled: list[dict[str, Any]] = []
    for row in rows:
        content = {"id": row.id, "at": utc_iso(from_epoch(int(row.at))),
                   "actor_id": row.actor_id, "actor_name": row.actor_name,
                   "action": row.action, "entity": row.entity, "entity_id": row.entity_id,
                   "before": _json(row.before), "after": _json(row.after),
                   "reason": row.reason}
        digest = entry_hash(prev_hash, content)
        filled.append({"id": row.id, "prev": prev_hash, "hash": digest})
        prev_hash, last_id, count = digest, row.id, count + 1
    for start in range(0, len(filled), BATCH):
        bind.execute(text("UPDATE audit_entry SET prev_hash = :prev, hash = :hash "
                          "WHERE id = :id"), filled[start:start + BATCH])
    if count:
        bind.execute(text("INSERT INTO setting (key, value) VALUES (:key, :value)"),
                     {"key": HEAD_KEY, "value": AuditHead(count, last_id, prev_hash).to_text()})
    create_audit_guard(op)


def downgrade() -> None:
    bind = op.get_bind()
    drop_audit_guard(op)
    bind.execute(text("UPDATE audit_entry SET prev_hash = '', hash = ''"))
    bind.execute(text("DELETE FROM setting WHERE key = :key"), {"key": HEAD_KEY})
    create_audit_guard(op)
