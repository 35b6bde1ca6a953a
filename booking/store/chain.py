"""The audit trail's hash chain: an entry's canonical content and its hash (standard library).

Each entry's hash is the SHA-256 (hex) of the previous entry's hash, a newline, and the entry's
canonical content: a JSON object of id, at (UTC, ISO 8601 to the second), actor_id,
actor_name, action, entity, entity_id, before, after and reason, with sorted keys, no
whitespace, non-ASCII as it is, encoded as UTF-8. The first entry follows GENESIS.

It lives in the store layer because the migration that chains an existing log needs it as
much as the use cases that append to it.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

# What the first entry's prev_hash holds: not "", so an entry never chained stands out.
GENESIS = "0" * 64
# The Setting row that records the trail's end, updated with every entry (see AuditHead).
HEAD_KEY = "audit.head"
CONTENT_FIELDS = ("id", "at", "actor_id", "actor_name", "action", "entity", "entity_id",
                  "before", "after", "reason")


def utc_iso(at: datetime) -> str:
    """An instant as the chain writes it: UTC, to the second (what the database keeps)."""
    return at.astimezone(UTC).replace(microsecond=0).isoformat()


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                              allow_nan=False)
# The content's fields in the canonical form's (sorted) order, split around before and after,
# which an entry also stores as canonical text (see stored_entry_hash).
_HEAD_FIELDS = ("action", "actor_id", "actor_name")
_TAIL_FIELDS = ("entity", "entity_id", "id", "reason")
assert sorted(CONTENT_FIELDS) == [*_HEAD_FIELDS, "after", "at", "before", *_TAIL_FIELDS]


def canonical_text(value: Any) -> str:
    """A value as the canonical form writes it: JSON, sorted keys, no whitespace, non-ASCII
    as it is."""
    return _CANONICAL.encode(value)


def canonical(content: dict[str, Any]) -> bytes:
    """The canonical form of an entry's content (`at` already a UTC ISO string)."""
    return canonical_text({name: content[name] for name in CONTENT_FIELDS}).encode("utf-8")


def entry_hash(prev_hash: str, content: dict[str, Any]) -> str:
    """The hash of an entry whose content is `content`, following an entry hashed `prev_hash`."""
    return _chained(prev_hash, canonical(content))


def stored_entry_hash(prev_hash: str, content: dict[str, Any], before: str, after: str) -> str:
    """entry_hash, given `before` and `after` already as canonical text (as a new entry
    stores them): the rest of the content is written around them in the canonical order, so
    a booking's state is encoded once, not once to store and once to hash."""
    head = canonical_text({name: content[name] for name in _HEAD_FIELDS})
    tail = canonical_text({name: content[name] for name in _TAIL_FIELDS})
    text = (f'{head[:-1]},"after":{after},"at":{canonical_text(content["at"])},'
            f'"before":{before},{tail[1:]}')
    return _chained(prev_hash, text.encode("utf-8"))


def _chained(prev_hash: str, canonical_content: bytes) -> str:
    digest = hashlib.sha256(prev_hash.encode("ascii") + b"\n")
    digest.update(canonical_content)
    return digest.hexdigest()


def as_stored(value: dict[str, Any] | None) -> dict[str, Any] | None:
    """`before`/`after` as the JSON column gives them back (tuples become lists, keys text), so
    the hash written is the hash a reader recomputes."""
    if value is None:
        return None
    # Already what JSON gives back (most states: a booking's fields)? Checked by type, in C.
    if _PLAIN.issuperset(map(type, value.values())) and _TEXT.issuperset(map(type, value)):
        return dict(value)
    return dict(json.loads(json.dumps(value, allow_nan=False)))


_PLAIN = frozenset((str, int, bool, type(None)))
_TEXT = frozenset((str,))


@dataclass(frozen=True)
class AuditHead:
    """Where the trail ended at the last write: entries, the last id and its hash.

    The chain alone cannot see entries cut off its end; this record, written in the same
    transaction as each entry, can (unless it is forged as well).
    """

    count: int
    last_id: int
    hash: str

    def to_text(self) -> str:
        return json.dumps({"count": self.count, "last_id": self.last_id, "hash": self.hash},
                          sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_text(cls, text: str) -> "AuditHead | None":
        """The head a Setting value records; None when it is not one."""
        try:
            data = json.loads(text)
            return cls(int(data["count"]), int(data["last_id"]), str(data["hash"]))
        except (ValueError, KeyError, TypeError):
            return None
