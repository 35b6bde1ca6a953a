"""The audit trail read back: its entries, a booking's history, and the walk that verifies the
hash chain (booking.store.chain) and names the first entry changed, deleted, inserted or
reordered."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, Row, func, select
from sqlmodel import Session, col

from booking.errors import BadInput
from booking.i18n import _
from booking.lookups import actor_account
from booking.permissions import Action, require, require_owner
from booking.store.chain import GENESIS, HEAD_KEY, AuditHead, entry_hash, utc_iso
from booking.store.db import read_session
from booking.store.models import AuditEntry, Booking, Organization, Setting
from booking.tool_views import AuditEntryView, AuditVerdict, DatabaseHealth, Finding

# What `audit` lists unless told otherwise: the newest entries, shown oldest first.
DEFAULT_LIMIT = 200
# Rows fetched at a time by the walk, so a long trail is never held in memory whole.
WALK_BATCH = 2000
_COLUMNS = tuple(col(c) for c in (
    AuditEntry.id, AuditEntry.at, AuditEntry.actor_id, AuditEntry.actor_name, AuditEntry.action,
    AuditEntry.entity, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after,
    AuditEntry.reason, AuditEntry.prev_hash, AuditEntry.hash))


@dataclass(frozen=True)
class AuditFilter:
    """Which entries to list: of one booking, by one account, between two instants."""

    booking: int | None = None
    actor: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    limit: int | None = DEFAULT_LIMIT  # the newest this many; None for all


def _view(row: Row[Any]) -> AuditEntryView:
    return AuditEntryView(id=row.id, at=row.at, actor=row.actor_name, action=row.action,
                          entity=row.entity, entity_id=row.entity_id, before=row.before,
                          after=row.after, reason=row.reason, hash=row.hash)


def list_entries(session: Session, which: AuditFilter) -> list[AuditEntryView]:
    """The entries that match, oldest first (the newest `limit` of them)."""
    query = select(*_COLUMNS)
    if which.booking is not None:
        query = query.where(col(AuditEntry.entity) == "booking",
                            col(AuditEntry.entity_id) == which.booking)
    if which.actor is not None:
        query = query.where(func.lower(AuditEntry.actor_name) == which.actor.strip().lower())
    if which.start is not None:
        query = query.where(col(AuditEntry.at) >= which.start)
    if which.end is not None:
        query = query.where(col(AuditEntry.at) < which.end)
    query = query.order_by(col(AuditEntry.id).desc())
    if which.limit is not None:
        query = query.limit(which.limit)
    return [_view(row) for row in reversed(session.execute(query).all())]


def audit_entries(engine: Engine, *, actor: str | int | None,
                  which: AuditFilter) -> list[AuditEntryView]:
    """`audit`: the entries that match, for a manager or an administrator."""
    with read_session(engine) as session:
        require(actor_account(session, actor), Action.AUDIT_READ)
        return list_entries(session, which)


def booking_history(engine: Engine, *, actor: str | int | None,
                    booking_id: int) -> list[AuditEntryView]:
    """Every entry about one booking, oldest first (organizers: their own bookings only)."""
    with read_session(engine) as session:
        account = actor_account(session, actor)
        booking = session.get(Booking, booking_id)
        if booking is None:
            raise BadInput(_("there is no booking #{id}").format(id=booking_id))
        organization = (session.get(Organization, booking.organization_id)
                        if booking.organization_id is not None else None)
        require_owner(account, Action.BOOKING_HISTORY, booked_by_id=booking.booked_by_id,
                      organization_id=booking.organization_id,
                      belongs_to=organization.name if organization else "")
        return list_entries(session, AuditFilter(booking=booking_id, limit=None))


def _content(row: Row[Any]) -> dict[str, Any]:
    return {"id": row.id, "at": utc_iso(row.at), "actor_id": row.actor_id,
            "actor_name": row.actor_name, "action": row.action, "entity": row.entity,
            "entity_id": row.entity_id, "before": row.before, "after": row.after,
            "reason": row.reason}


@dataclass(frozen=True)
class _Break:
    entry: int | None
    how: str
    message: str


def _verdict(entries: int, head_hash: str, found: _Break) -> AuditVerdict:
    return AuditVerdict(entries, head_hash, found.entry, found.how, found.message)


def verify(engine: Engine, *, anchor: str | None = None) -> AuditVerdict:
    """Walk the chain in id order: whole, or the first entry that breaks it and how.

    `anchor` is an entry's hash noted earlier somewhere the database's writers cannot reach
    (`head_hash` of a past verdict): a whole chain must still hold it, which shows what the
    chain alone cannot, a cut tail with a forged record of the end.
    """
    with read_session(engine) as session:
        return verify_in(session, anchor=anchor)


def verify_in(session: Session, *, anchor: str | None = None) -> AuditVerdict:
    """verify() inside a transaction already open (a copy checks itself before it commits)."""
    anchor = anchor.strip().lower() if anchor is not None else None
    stored = session.get(Setting, HEAD_KEY)
    head = AuditHead.from_text(stored.value) if stored is not None else None
    rows = session.execute(select(*_COLUMNS).order_by(col(AuditEntry.id))
                           .execution_options(yield_per=WALK_BATCH))
    earlier: Row[Any] | None = None
    prev: Row[Any] | None = None
    count = 0
    anchored = anchor is None
    for row in rows:
        found = _link_break(session, row, prev, earlier)
        if found is not None:
            rows.close()
            return _verdict(count + 1, "", found)
        earlier, prev, count = prev, row, count + 1
        anchored = anchored or row.hash == anchor
    last_hash = prev.hash if prev is not None else ""
    found = _end_break(head, count, prev)
    if found is None and not anchored:
        found = _Break(None, "deleted", _("the entry hashed {anchor} is not in the trail: "
                                          "entries up to it were deleted or rewritten")
                       .format(anchor=anchor))
    return (_verdict(count, last_hash, found) if found is not None
            else AuditVerdict(count, last_hash))


def _link_break(session: Session, row: Row[Any], prev: Row[Any] | None,
                earlier: Row[Any] | None) -> _Break | None:
    """Why `row` does not follow `prev` (None when it does); `earlier` came before `prev`."""
    expected = prev.hash if prev is not None else GENESIS
    sound = row.hash == entry_hash(row.prev_hash, _content(row))
    if row.prev_hash == expected:
        return None if sound else _Break(row.id, "changed", _(
            "entry #{id} was changed: its content no longer matches its hash").format(id=row.id))
    if not row.hash and not row.prev_hash:
        return _Break(row.id, "inserted", _("entry #{id} was inserted: it has no place in the "
                                            "chain").format(id=row.id))
    later = session.execute(select(col(AuditEntry.id)).where(
        col(AuditEntry.hash) == row.prev_hash, col(AuditEntry.id) > row.id).limit(1)).scalar()
    if later is not None:
        return _Break(row.id, "reordered", _("entry #{id} is out of order: it was written "
                                             "after entry #{later}").format(id=row.id,
                                                                            later=later))
    if prev is not None and row.prev_hash == (earlier.hash if earlier is not None else GENESIS):
        return _Break(prev.id, "inserted", _("entry #{id} was inserted: entry #{next} follows "
                                             "the entry before it").format(id=prev.id,
                                                                           next=row.id))
    if not sound:
        if prev is not None:
            message = _("entry #{id} was inserted: it neither follows #{previous} nor matches "
                        "its own hash")
        else:
            message = _("entry #{id} was inserted: it neither follows the start of the trail "
                        "nor matches its own hash")
        return _Break(row.id, "inserted", message.format(
            id=row.id, previous=prev.id if prev is not None else ""))
    first_missing = prev.id + 1 if prev is not None else 1
    if row.id > first_missing:
        return _Break(first_missing, "deleted", _(
            "{deleted}: entry #{id} no longer follows the one before it").format(
                deleted=_deleted(first_missing, row.id - 1), id=row.id))
    if prev is None:
        return _Break(row.id, "deleted", _("the entries before #{id} were deleted: it does "
                                           "not start the chain").format(id=row.id))
    return _Break(prev.id, "changed", _("entry #{id} was changed and its hash made again: "
                                        "entry #{next} no longer follows it").format(
                                            id=prev.id, next=row.id))


def _deleted(first: int, last: int) -> str:
    return (_("entry #{id} was deleted").format(id=first) if first == last
            else _("entries #{first}–#{last} were deleted").format(first=first, last=last))


def _end_break(head: AuditHead | None, count: int, last: Row[Any] | None) -> _Break | None:
    """Whether the trail ends where the head recorded with the last write says it did."""
    if head is None:
        if last is None:
            return None
        return _Break(None, "deleted", _("the record of where the audit trail ends is "
                                         "missing, so entries cut off its end would not show"))
    last_id = last.id if last is not None else 0
    if last_id < head.last_id:
        return _Break(last_id + 1, "deleted", _(
            "{deleted} from the end of the trail (it ended at #{last})").format(
                deleted=_deleted(last_id + 1, head.last_id), last=head.last_id))
    if last_id > head.last_id:
        return _Break(head.last_id + 1, "inserted", _(
            "entry #{id} was inserted after the recorded end of the trail (#{last})").format(
                id=head.last_id + 1, last=head.last_id))
    if last is not None and last.hash != head.hash:
        return _Break(last.id, "changed", _("entry #{id} was changed: its hash is not the one "
                                            "recorded when it was written").format(id=last.id))
    if count != head.count:
        if count < head.count:
            return _Break(None, "deleted", _("the trail holds {count} entries but {written} "
                                             "were written: entries were deleted").format(
                                                 count=count, written=head.count))
        return _Break(None, "inserted", _("the trail holds {count} entries but {written} were "
                                          "written: entries were inserted").format(
                                              count=count, written=head.count))
    return None


def with_audit(health: DatabaseHealth, verdict: AuditVerdict) -> DatabaseHealth:
    """The database's health with the audit chain's verdict among the checks (`doctor`)."""
    if verdict.ok:
        found: tuple[Finding, ...] = ()
        note = _("audit trail: {n} entries, chain whole").format(n=verdict.entries)
    else:
        found = (Finding("audit", _("the audit trail is broken: {message} (see 'audit "
                                    "verify')").format(message=verdict.message)),)
        note = _("audit trail: broken")
    return DatabaseHealth((*health.checks, "audit"), health.findings + found,
                          (*health.notes, note))
