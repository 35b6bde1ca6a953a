"""Look-ups every use case shares: the acting account, rooms, organizations, the audit trail."""

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import bindparam, func
from sqlmodel import Session, select

from booking.errors import BadInput, NotPermitted, RuleRefused
from booking.i18n import N_, _
from booking.permissions import TABLE, Action, Actor, require
from booking.policy import MAX_TITLE as MAX_TITLE  # the use cases import it from here
from booking.rules import ROOM_FACTS_SQL, RoomFacts
from booking.store.chain import (
    GENESIS,
    HEAD_KEY,
    AuditHead,
    as_stored,
    canonical_text,
    stored_entry_hash,
    utc_iso,
)
from booking.store.db import (
    Source,
    fast_exec,
    fast_exec_many,
    fast_rows,
    on_sqlite,
)
from booking.store.models import Account, Organization, Role, Room
from booking.store.writers import hold_write_lock
from booking.timeutil import from_epoch, to_epoch


def clean_text(value: str, *, what: str, limit: int, required: bool = False) -> str:
    """Trim a text field and refuse what no person meant to type (control characters, floods)."""
    # `what` names the field ("title"), marked N_() by the caller and put into words here.
    field = _(what) if what else what
    if not isinstance(value, str):
        raise BadInput(_("{what} must be text").format(what=field))
    cleaned = value.strip()
    if required and not cleaned:
        raise BadInput(_("{what} is empty; give the booking a {what}").format(what=field))
    if len(cleaned) > limit:
        raise BadInput(_("{what} is {n} characters long; keep it under {limit}").format(
            what=field, n=len(cleaned), limit=limit))
    for char in cleaned:
        if unicodedata.category(char) == "Cs":
            raise BadInput(_("{what} holds bytes that are not UTF-8 text; type it again")
                           .format(what=field))
        if unicodedata.category(char) == "Cc" and char not in "\n\t":
            raise BadInput(_("{what} contains a control character ({code}); remove it")
                           .format(what=field, code=f"U+{ord(char):04X}"))
    return cleaned


# Every use case looks up its actor and most their room: statements built once (building the
# WHERE clause's expression cost as much as running it).
_ACCOUNT_BY_ID = select(Account).where(Account.id == bindparam("key"))
_ACCOUNT_BY_NAME = select(Account).where(Account.username == bindparam("key"))
_ROOM_BY_CODE = select(Room).where(Room.code == bindparam("code"))


AccountT = TypeVar("AccountT", "Account", "ActingAccount")


def actor_account(session: Session, actor: str | int | None) -> Account:
    """The active account acting, by username or id."""
    if actor is None:
        raise NotPermitted(_("no account is acting; sign in first"))
    query = _ACCOUNT_BY_ID if isinstance(actor, int) else _ACCOUNT_BY_NAME
    return _able(session.exec(query, params={"key": actor}).first(), actor)


@dataclass(frozen=True)
class ActingAccount:
    """What a use case needs of the acting account, read as a plain row (the booking path)."""

    id: int | None
    username: str
    role: str
    active: bool
    organization_id: int | None


def acting_account(source: Source, actor: str | int | None) -> ActingAccount:
    """actor_account as a plain snapshot: the same checks and refusals, no ORM object."""
    if actor is None:
        raise NotPermitted(_("no account is acting; sign in first"))
    rows = fast_rows(source, "SELECT id, username, role, active, organization_id FROM account "
                     f"WHERE {'id' if isinstance(actor, int) else 'username'} = :key",
                     {"key": actor})
    return _able(ActingAccount(row[0], row[1], row[2], bool(row[3]), row[4])
                 if (row := rows[0] if rows else None) else None, actor)


def _able(account: AccountT | None, actor: str | int) -> AccountT:
    """The account, refused unless there is one and it is enabled."""
    if account is None:
        raise NotPermitted(_("there is no account '{name}'").format(name=actor))
    if not account.active:
        raise NotPermitted(_("the account '{name}' is disabled").format(name=account.username))
    return account


def acting(session: Session, actor: str | int | None, action: Action) -> Account:
    """The acting account, refused (NotPermitted) unless its role may do the action."""
    account = actor_account(session, actor)
    require(account, action)
    return account


def find_room(session: Session, room: str | int) -> Room:
    """A room by id, code or name."""
    if isinstance(room, int) and not isinstance(room, bool):
        found = session.get(Room, room)
    else:
        code = str(room).strip()
        found = session.exec(_ROOM_BY_CODE, params={"code": code}).first()
        if found is None:
            # Exact, case-blind match on code or name; never a pattern (a title may hold % or _).
            found = session.exec(select(Room).where(
                (func.lower(Room.code) == code.lower())
                | (func.lower(Room.name) == code.lower()))).first()
    if found is None:
        raise BadInput(_("there is no room '{room}'; see the list of rooms (main.py rooms)")
                       .format(room=room))
    return found


def bookable_room(session: Session, room: str | int) -> Room:
    """A room that may take new bookings."""
    found = find_room(session, room)
    _refuse_unbookable(found.name, retired=found.retired, bookable=found.bookable)
    return found


def _refuse_unbookable(name: str, *, retired: bool, bookable: bool) -> None:
    if retired:
        raise RuleRefused(_("{room} is no longer in service").format(room=name),
                          rule="retired")
    if not bookable:
        raise RuleRefused(_("{room} cannot be booked").format(room=name),
                          rule="not_bookable")


def bookable_room_facts(source: Source, room: str | int) -> RoomFacts:
    """bookable_room as a plain row: the same look-up (id, code, then code or name case-blind)
    and the same refusals, no ORM object (the booking path)."""
    facts_sql = ROOM_FACTS_SQL.replace("SELECT ", "SELECT r.retired, r.bookable, ", 1)
    if isinstance(room, int) and not isinstance(room, bool):
        rows = fast_rows(source, facts_sql + " WHERE r.id = :id", {"id": room})
    else:
        code = str(room).strip()
        rows = fast_rows(source, facts_sql + " WHERE r.code = :code", {"code": code})
        if not rows:
            rows = fast_rows(source, facts_sql + " WHERE lower(r.code) = :lowered OR "
                             "lower(r.name) = :lowered ORDER BY r.id LIMIT 1",
                             {"lowered": code.lower()})
    if not rows:
        raise BadInput(_("there is no room '{room}'; see the list of rooms (main.py rooms)")
                       .format(room=room))
    retired, bookable, *facts = rows[0]
    found = RoomFacts(*facts)
    _refuse_unbookable(found.name, retired=bool(retired), bookable=bool(bookable))
    return found


def organization_id_named(source: Source, name: str | None) -> tuple[str, int | None]:
    """The name as typed (checked and trimmed, as organization_named checks it) and the id of
    the organization of that name (case-blind), None when there is none yet; adds nothing."""
    if name is None:
        return "", None
    cleaned = clean_text(name, what=N_("organization"), limit=MAX_TITLE)
    if not cleaned:
        return cleaned, None
    rows = fast_rows(source, "SELECT id FROM organization WHERE lower(name) = :lowered "
                     "ORDER BY id LIMIT 1", {"lowered": cleaned.lower()})
    return cleaned, rows[0][0] if rows else None


class PlainRoad(NamedTuple):
    """What a new booking or series reads first on the plain road (hand-written statements,
    no session): the acting account, held to the action; the room; whom it is for."""

    acting: ActingAccount
    room: RoomFacts
    organization_id: int | None
    # A name never seen before is added, and an organizer's rights are weighed, through
    # the session's objects.
    needs_session: bool

    @classmethod
    def read(cls, source: Source, *, actor: str | int | None, action: Action,
             room: str | int, organization: str | None) -> "PlainRoad":
        acting = acting_account(source, actor)
        require(acting, action)
        facts = bookable_room_facts(source, room)
        cleaned, org_id = organization_id_named(source, organization)
        return cls(acting, facts, org_id,
                   bool(cleaned and org_id is None) or acting.role == Role.ORGANIZER)


def _organization_lookup(session: Session, name: str) -> tuple[str, Organization | None]:
    """The name as typed, checked and trimmed, and the organization of that name (if any)."""
    cleaned, found = organization_id_named(session, name)
    return cleaned, session.get(Organization, found) if found is not None else None


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


def refuse_other_organization(session: Session, name: str | None, actor: Account, *,
                              action: Action) -> Organization | None:
    """Refuse (NotPermitted) a name of an organization the actor may not act for; adds
    nothing. An organizer's own organization when that is whom it is for, else None."""
    if actor.role != Role.ORGANIZER or not TABLE[action].owned:
        return None
    cleaned, found = ("", None) if name is None else _organization_lookup(session, name)
    own = session.get(Organization, actor.organization_id) if actor.organization_id else None
    if not cleaned:
        return own
    if found is None or own is None or found.id != own.id:
        if own:
            message = _("{user} may not {action} for {organization}: {user} acts for {own}")
        else:
            message = _("{user} may not {action} for {organization}: {user} acts for no "
                        "organization")
        raise NotPermitted(message.format(user=actor.username, action=_(TABLE[action].words),
                                          organization=cleaned, own=own.name if own else ""))
    return found


def organization_for(session: Session, name: str | None, actor: Account, now: datetime, *,
                     action: Action) -> Organization | None:
    """Whom a booking is for, as organization_named finds it, held to the actor's rights.

    An organizer books only for the organization they act for: without a name, that one; a
    name of any other is refused before anything is added.
    """
    if actor.role != Role.ORGANIZER or not TABLE[action].owned:
        return organization_named(session, name, actor, now)
    return refuse_other_organization(session, name, actor, action=action)


# The audit write is on every use case's path, so it is three statements, built once: the
# recorded end of the trail and its last entry in one read (a primary-key look-up each), the
# insert, and the end recorded again (SQLite and PostgreSQL both take ON CONFLICT). On a
# server, where each statement is a round trip, the insert and the record are one.
_READ_END = (
    "SELECT s.value, a.id, a.hash FROM (SELECT 1 AS one) AS o "
    "LEFT JOIN (SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1) AS a ON 1 = 1 "
    "LEFT JOIN setting AS s ON s.key = :key")
_RECORD_END = ("INSERT INTO setting (key, value) VALUES (:key, :value) "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
_AUDIT_COLUMNS = ("id", "at", "actor_id", "actor_name", "action", "entity", "entity_id",
                  "before", "after", "reason", "prev_hash", "hash")
_INSERT_SQLITE = (f"INSERT INTO audit_entry ({', '.join(_AUDIT_COLUMNS)}) VALUES "
                  f"({', '.join(':' + name for name in _AUDIT_COLUMNS)})")
# A server takes this many entries in one statement (a series of a year of dates writes one
# per date), each with twelve parameters.
_SERVER_BATCH = 500


def _insert_and_record_server(count: int) -> str:
    """The server's statement inserting `count` chained entries (parameters :name0, :name1,
    ...; the JSON columns from their text) and recording the end of the trail."""
    values = ", ".join(
        "(" + ", ".join(f"CAST(:{name}{i} AS json)" if name in ("before", "after")
                        else f":{name}{i}" for name in _AUDIT_COLUMNS) + ")"
        for i in range(count))
    return (f"WITH entries AS (INSERT INTO audit_entry ({', '.join(_AUDIT_COLUMNS)}) VALUES "
            f"{values}) {_RECORD_END}")


@dataclass(frozen=True)
class AuditItem:
    """One entry for the audit trail, before it is chained (see add_audits)."""

    actor: Actor | None
    now: datetime
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str
    actor_name: str = "system"


def add_audit(session: Source, actor: Actor | None, now: datetime, action: str,
              entity: str, entity_id: int | None, before: dict[str, Any] | None,
              after: dict[str, Any] | None, reason: str, *, actor_name: str = "system") -> None:
    """Append an entry to the audit trail's hash chain, in the caller's transaction.

    `actor_name` names who acted when no account did (the building file at start-up: "init").
    """
    add_audits(session, [AuditItem(actor, now, action, entity, entity_id, before, after, reason,
                                   actor_name)])


def _stored_json(value: dict[str, Any] | None) -> str:
    """An entry's before or after as its JSON column keeps it: canonical text."""
    stored = as_stored(value)
    return "null" if stored is None else canonical_text(stored)


def add_audits(session: Source, items: Sequence[AuditItem]) -> None:
    """Append entries to the audit trail's hash chain in order, in the caller's transaction:
    the end of the trail read and recorded once for all of them (a series writes one entry
    per date)."""
    if not items:
        return
    # Writers of the chain are serialised before its tail is read: on SQLite by the write
    # transaction (BEGIN IMMEDIATE), on PostgreSQL by the writers' advisory lock.
    hold_write_lock(session)
    ((head_text, last_id, last_hash),) = fast_rows(session, _READ_END, {"key": HEAD_KEY})
    head = AuditHead.from_text(head_text) if head_text is not None else None
    entry_id, prev_hash = (1, GENESIS) if last_id is None else (int(last_id) + 1, str(last_hash))
    count = head.count if head else 0
    rows = []
    instants: dict[datetime, tuple[int, str]] = {}  # a series' entries share one
    for item in items:
        if item.now not in instants:
            epoch = to_epoch(item.now)
            instants[item.now] = (epoch, utc_iso(from_epoch(epoch)))
        epoch, at = instants[item.now]
        content = {"id": entry_id, "at": at,
                   "actor_id": item.actor.id if item.actor else None,
                   "actor_name": item.actor.username if item.actor else item.actor_name,
                   "action": item.action, "entity": item.entity, "entity_id": item.entity_id,
                   "reason": item.reason}
        # Stored as the JSON and instant columns store them (canonical JSON text, 'null'
        # for none; epoch seconds): the chain's check reads them back and hashes again.
        before, after = _stored_json(item.before), _stored_json(item.after)
        digest = stored_entry_hash(prev_hash, content, before, after)
        rows.append({**content, "at": epoch, "before": before, "after": after,
                     "prev_hash": prev_hash, "hash": digest})
        count += 1
        entry_id, prev_hash = entry_id + 1, digest
    recorded = {"key": HEAD_KEY, "value": AuditHead(count, entry_id - 1, prev_hash).to_text()}
    if on_sqlite(session):
        fast_exec_many(session, _INSERT_SQLITE, rows)
        fast_exec(session, _RECORD_END, recorded)
        return
    for first in range(0, len(rows), _SERVER_BATCH):
        batch = rows[first:first + _SERVER_BATCH]
        fast_exec(session, _insert_and_record_server(len(batch)), {
            **recorded, **{f"{name}{i}": row[name] for i, row in enumerate(batch)
                           for name in _AUDIT_COLUMNS}})
