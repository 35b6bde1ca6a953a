"""Look-ups every use case shares: the acting account, rooms, organizations, the audit trail."""

import unicodedata
from datetime import datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from booking.errors import BadInput, NotPermitted, RuleRefused
from booking.policy import MAX_TITLE as MAX_TITLE  # the use cases import it from here
from booking.store.chain import GENESIS, HEAD_KEY, AuditHead, as_stored, entry_hash, utc_iso
from booking.store.models import Account, AuditEntry, Organization, Room, Setting
from booking.timeutil import from_epoch, to_epoch


def clean_text(value: str, *, what: str, limit: int, required: bool = False) -> str:
    """Trim a text field and refuse what no person meant to type (control characters, floods)."""
    if not isinstance(value, str):
        raise BadInput(f"{what} must be text")
    cleaned = value.strip()
    if required and not cleaned:
        raise BadInput(f"{what} is empty; give the booking a {what}")
    if len(cleaned) > limit:
        raise BadInput(f"{what} is {len(cleaned)} characters long; keep it under {limit}")
    for char in cleaned:
        if unicodedata.category(char) == "Cs":
            raise BadInput(f"{what} holds bytes that are not UTF-8 text; type it again")
        if unicodedata.category(char) == "Cc" and char not in "\n\t":
            raise BadInput(f"{what} contains a control character (U+{ord(char):04X}); "
                           "remove it")
    return cleaned


def actor_account(session: Session, actor: str | int | None) -> Account:
    """The active account acting, by username or id."""
    if actor is None:
        raise NotPermitted("no account is acting; sign in first")
    query = select(Account).where(
        Account.id == actor if isinstance(actor, int) else Account.username == actor)
    account = session.exec(query).first()
    if account is None:
        raise NotPermitted(f"there is no account '{actor}'")
    if not account.active:
        raise NotPermitted(f"the account '{account.username}' is disabled")
    return account


def find_room(session: Session, room: str | int) -> Room:
    """A room by id, code or name."""
    if isinstance(room, int) and not isinstance(room, bool):
        found = session.get(Room, room)
    else:
        code = str(room).strip()
        found = session.exec(select(Room).where(Room.code == code)).first()
        if found is None:
            # Exact, case-blind match on code or name; never a pattern (a title may hold % or _).
            found = session.exec(select(Room).where(
                (func.lower(Room.code) == code.lower())
                | (func.lower(Room.name) == code.lower()))).first()
    if found is None:
        raise BadInput(f"there is no room '{room}'; see the list of rooms (main.py rooms)")
    return found


def bookable_room(session: Session, room: str | int) -> Room:
    """A room that may take new bookings."""
    found = find_room(session, room)
    if found.retired:
        raise RuleRefused(f"{found.name} is no longer in service", rule="retired")
    if not found.bookable:
        raise RuleRefused(f"{found.name} cannot be booked", rule="not_bookable")
    return found


def _organization_lookup(session: Session, name: str) -> tuple[str, Organization | None]:
    """The name as typed, checked and trimmed, and the organization of that name (if any)."""
    cleaned = clean_text(name, what="organization", limit=MAX_TITLE)
    if not cleaned:
        return cleaned, None
    return cleaned, session.exec(select(Organization).where(
        func.lower(Organization.name) == cleaned.lower())).first()


def existing_organization(session: Session, name: str | None) -> Organization | None:
    """The organization of that name (case-blind) if there is one; the name is checked the
    way organization_named checks it, and nothing is added."""
    return None if name is None else _organization_lookup(session, name)[1]


def organization_named(session: Session, name: str | None, actor: Account,
                       now: datetime) -> Organization | None:
    """The organization of that name (case-blind), added (and audited) when new."""
    if name is None:
        return None
    cleaned, found = _organization_lookup(session, name)
    if not cleaned:
        return None
    if found is None:
        found = Organization(name=cleaned)
        session.add(found)
        session.flush()
        add_audit(session, actor, now, "organization.added", "organization", found.id,
                  None, {"name": cleaned}, "")
    return found


def add_audit(session: Session, actor: Account | None, now: datetime, action: str,
              entity: str, entity_id: int | None, before: dict[str, Any] | None,
              after: dict[str, Any] | None, reason: str, *, actor_name: str = "system") -> None:
    """Append an entry to the audit trail's hash chain, in the caller's transaction.

    `actor_name` names who acted when no account did (the building file at start-up: "init").
    """
    # The head row is read for update: on a server database that serialises the writers of
    # the chain; on SQLite the write transaction (BEGIN IMMEDIATE) already does.
    head_row = session.get(Setting, HEAD_KEY, with_for_update=True)
    head = AuditHead.from_text(head_row.value) if head_row is not None else None
    last = session.exec(select(AuditEntry.id, AuditEntry.hash)
                        .order_by(col(AuditEntry.id).desc()).limit(1)).first()
    entry_id, prev_hash = (1, GENESIS) if last is None else (int(last[0] or 0) + 1, last[1])
    entry = AuditEntry(id=entry_id, at=from_epoch(to_epoch(now)),
                       actor_id=actor.id if actor else None,
                       actor_name=actor.username if actor else actor_name, action=action,
                       entity=entity, entity_id=entity_id, before=as_stored(before),
                       after=as_stored(after), reason=reason, prev_hash=prev_hash)
    entry.hash = entry_hash(prev_hash, audit_content(entry))
    session.add(entry)
    recorded = AuditHead((head.count if head else 0) + 1, entry_id, entry.hash).to_text()
    if head_row is None:
        session.add(Setting(key=HEAD_KEY, value=recorded))
    else:
        head_row.value = recorded


def audit_content(entry: AuditEntry) -> dict[str, Any]:
    """What an entry's hash covers (see booking.store.chain)."""
    return {"id": entry.id, "at": utc_iso(entry.at), "actor_id": entry.actor_id,
            "actor_name": entry.actor_name, "action": entry.action, "entity": entry.entity,
            "entity_id": entry.entity_id, "before": entry.before, "after": entry.after,
            "reason": entry.reason}
