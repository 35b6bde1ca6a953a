"""Searching all bookings: words, a date range, rooms, a floor, statuses and whom they are for.

Pages come back sorted and capped: the first page of any search reads at most COUNT_CAP + 1
keys, so it stays fast on a history of millions of bookings. Text and the room, status and
organization filters go through the FTS5 index (booking.store.search_index), which answers in start
order; without them the (start_at) index of the booking table does the same. On PostgreSQL the
words go through the tsvector table's GIN index and the filters are the booking's own columns.
"""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, select

from booking.errors import BadInput
from booking.i18n import _
from booking.queries import STATUSES, views_by_ids
from booking.store.db import fast_rows, read_session
from booking.store.models import Floor, Room
from booking.store.search_index import FILTER_MARK, KEY_SCALE, SEARCH_CONFIG, SEARCH_TABLE, TEXT_COLUMNS
from booking.views import BookingView

# Counting stops here: past it a person needs better words, not an exact figure.
COUNT_CAP = 10_000
MAX_LIMIT = 1_000
# Each word is an index look-up; a pasted paragraph should not become hundreds of them.
MAX_WORDS = 12
SORTS = ("start", "room", "title", "status", "organization", "attendees")
_SORT_SQL = {
    "room": "r.code",  # codes are upper case; plain order lets SQLite walk room by room
    "title": "b.title COLLATE NOCASE",
    "status": "b.status",
    "organization": "COALESCE(o.name, '') COLLATE NOCASE",
    "attendees": "b.attendees",
}
# PostgreSQL has no NOCASE collation: the same order through lower().
_SERVER_SORT_SQL = {**_SORT_SQL, "title": "lower(b.title)",
                    "organization": "lower(COALESCE(o.name, ''))"}
# The characters FTS5's unicode61 tokenizer keeps in a token; everything else splits words, so
# quotes, stars, brackets and operators a person types are never FTS syntax.
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class SearchPage:
    """One page of a search: its rows, where it starts, and how many match in all.

    total counts every match, or is None when that would take reading past COUNT_CAP rows
    (a broad search, or a page deep into one); more tells whether rows follow this page.
    """

    rows: tuple[BookingView, ...]
    total: int | None
    offset: int
    more: bool = False


def search_words(value: str) -> list[str]:
    """The words of what a person typed, as the index tokenizes them (punctuation dropped)."""
    return _WORD.findall(value)[:MAX_WORDS]


def _prefixes(words: list[str]) -> str:
    return " AND ".join(f'"{word}"*' for word in words)


def _match(words: list[str], organization: list[str], statuses: list[str] | None,
           room_ids: list[int] | None) -> str:
    parts = []
    if words:
        parts.append("{" + " ".join(TEXT_COLUMNS) + "} : (" + _prefixes(words) + ")")
    if organization:
        parts.append(f"organization : ({_prefixes(organization)})")
    if statuses is not None:
        tokens = " OR ".join(f'"{FILTER_MARK}{s.replace("_", "")}"' for s in statuses)
        parts.append(f"status : ({tokens})")
    if room_ids is not None:
        parts.append("room : (" + " OR ".join(f'"{FILTER_MARK}r{i}"' for i in room_ids) + ")")
    return " AND ".join(parts)


def _epoch(value: datetime | None, what: str) -> int | None:
    if value is None:
        return None
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        if what == "start":
            raise BadInput(_("the start of the search period has no time zone"))
        raise BadInput(_("the end of the search period has no time zone"))
    return int(value.timestamp())


def _check(start: int | None, end: int | None, statuses: list[str] | None, sort: str,
           offset: int, limit: int) -> None:
    if start is not None and end is not None and end <= start:
        raise BadInput(_("the search period ends before it starts; choose an end date on or "
                         "after the start date"))
    unknown = sorted(set(statuses or ()) - set(STATUSES))
    if unknown:
        raise BadInput(_("unknown status {status}; choose from {statuses}").format(
            status=repr(unknown[0]), statuses=", ".join(STATUSES)))
    if sort not in SORTS:
        raise BadInput(_("cannot sort by {sort}; choose from {sorts}").format(
            sort=repr(sort), sorts=", ".join(SORTS)))
    if offset < 0:
        raise BadInput(_("the page offset cannot be negative"))
    if not 1 <= limit <= MAX_LIMIT:
        raise BadInput(_("a page holds 1 to {most} bookings, not {limit}").format(
            most=MAX_LIMIT, limit=limit))


def _rooms(session: Session, room_ids: list[int] | None, floor: int | None) -> list[int] | None:
    """The rooms to search in, or None for all of them."""
    wanted = None if room_ids is None else {int(i) for i in room_ids}
    if floor is not None:
        if session.exec(select(Floor).where(Floor.level == floor)).first() is None:
            raise BadInput(_("there is no floor {floor}").format(floor=floor))
        on_floor = {i for i in session.exec(select(Room.id).join(Floor).where(
            Floor.level == floor)) if i is not None}
        wanted = on_floor if wanted is None else wanted & on_floor
    return None if wanted is None else sorted(wanted)


def _ordered_ids(session: Session, match: str, lo: int | None, hi: int | None, sort: str,
                 descending: bool, offset: int, fetch: int) -> list[int]:
    """Ids of the matching bookings in the asked order, at most `fetch` from `offset` on."""
    way = " DESC" if descending else ""
    params: dict[str, Any] = {"fetch": fetch, "offset": offset}
    if match:
        params["match"] = match
        where = [f"s.{SEARCH_TABLE} MATCH :match"]
        if lo is not None:
            where.append("s.rowid >= :lo")
            params["lo"] = lo * KEY_SCALE
        if hi is not None:
            where.append("s.rowid < :hi")
            params["hi"] = hi * KEY_SCALE
        if sort == "start":
            # The key is start * KEY_SCALE + id: the index answers in (start, id) order.
            keys = fast_rows(session, (
                f"SELECT s.rowid FROM {SEARCH_TABLE} s WHERE {' AND '.join(where)} "
                f"ORDER BY s.rowid{way} LIMIT :fetch OFFSET :offset"), params)
            return [int(k) % KEY_SCALE for (k,) in keys]
        source = f"{SEARCH_TABLE} s JOIN booking b ON b.id = s.rowid & {KEY_SCALE - 1}"
    else:
        where = ["1 = 1"]
        if lo is not None:
            where.append("b.start_at >= :lo")
            params["lo"] = lo
        if hi is not None:
            where.append("b.start_at < :hi")
            params["hi"] = hi
        if sort == "start":
            return [i for (i,) in fast_rows(session, (
                f"SELECT b.id FROM booking b WHERE {' AND '.join(where)} "
                f"ORDER BY b.start_at{way}, b.id{way} LIMIT :fetch OFFSET :offset"), params)]
        source = "booking b"
    return _sorted_ids(session, source, where, _SORT_SQL.get(sort), way, params)


def _sorted_ids(session: Session, source: str, where: list[str], first: str | None, way: str,
                params: dict[str, Any]) -> list[int]:
    """Ids from `source` (booking b, maybe joined) WHERE all of `where`, ordered by `first`
    (SQL; None: start only), then start, then id, paged by :fetch and :offset."""
    order = [f"b.start_at{way}", f"b.id{way}"]
    if first is not None:
        order.insert(0, first + way)
    return [i for (i,) in fast_rows(session, (
        f"SELECT b.id FROM {source} JOIN room r ON r.id = b.room_id "
        "LEFT JOIN organization o ON o.id = b.organization_id "
        f"WHERE {' AND '.join(where)} ORDER BY {', '.join(order)} LIMIT :fetch OFFSET :offset"),
        params)]


@dataclass(frozen=True)
class _Filters:
    words: list[str]
    organization: list[str]
    statuses: list[str] | None
    room_ids: list[int] | None
    lo: int | None
    hi: int | None


def _tsquery(words: list[str], organization: list[str]) -> str:
    """Every word as a prefix (the organization's words in its name only, weight B). The
    words hold letters and digits only (search_words), so they need no quoting beyond this."""
    return " & ".join([f"'{w}':*" for w in words] + [f"'{w}':*B" for w in organization])


def _server_ordered_ids(session: Session, filters: _Filters, sort: str, descending: bool,
                        offset: int, fetch: int) -> list[int]:
    """_ordered_ids on PostgreSQL: the words through the tsvector table, the rest through the
    booking's own columns."""
    way = " DESC" if descending else ""
    params: dict[str, Any] = {"fetch": fetch, "offset": offset}
    source, where = "booking b", ["1 = 1"]
    if filters.words or filters.organization:
        source = f"{SEARCH_TABLE} s JOIN booking b ON b.id = s.booking_id"
        where.append(f"s.document @@ to_tsquery('{SEARCH_CONFIG}', :query)")
        params["query"] = _tsquery(filters.words, filters.organization)
    if filters.lo is not None:
        where.append("b.start_at >= :lo")
        params["lo"] = filters.lo
    if filters.hi is not None:
        where.append("b.start_at < :hi")
        params["hi"] = filters.hi
    if filters.statuses is not None:
        where.append("b.status IN (" + ", ".join(f":s{i}" for i in range(len(filters.statuses)))
                     + ")")
        params.update({f"s{i}": status for i, status in enumerate(filters.statuses)})
    if filters.room_ids is not None:
        where.append(f"b.room_id IN ({', '.join(str(int(i)) for i in filters.room_ids)})")
    return _sorted_ids(session, source, where, _SERVER_SORT_SQL.get(sort), way, params)


def search_bookings(engine: Engine, *, text: str = "", start: datetime | None = None,
                    end: datetime | None = None, room_ids: list[int] | None = None,
                    floor: int | None = None, statuses: list[str] | None = None,
                    organization: str | None = None, sort: str = "start",
                    descending: bool = False, offset: int = 0,
                    limit: int = 200) -> SearchPage:
    """Bookings whose words start with the words of `text`, filtered, sorted and paged.

    Args:
        text: words to find in the title, notes, contact or organization; each word matches
            the start of a word there, case- and accent-blind. Punctuation is ignored.
        start, end: only bookings that start in [start, end).
        room_ids, floor: only bookings in these rooms / on the floor of this level.
        statuses: only bookings in one of these statuses.
        organization: words the organization's name must contain (matched like `text`).
        sort: one of SORTS; ties go by start, then id.
    """
    lo, hi = _epoch(start, "start"), _epoch(end, "end")
    wanted = None if statuses is None else sorted(set(statuses))
    _check(lo, hi, wanted, sort, offset, limit)
    if wanted is not None and len(wanted) == len(STATUSES):
        wanted = None
    words, org_words = search_words(text), search_words(organization or "")
    # Read past the page up to COUNT_CAP + 1 rows: they give the count without a second search.
    fetch = max(limit + 1, COUNT_CAP + 1 - offset)
    with read_session(engine) as session:
        rooms = _rooms(session, room_ids, floor)
        if rooms == [] or wanted == []:
            return SearchPage((), 0, offset)
        if session.connection().dialect.name == "postgresql":
            ids = _server_ordered_ids(session, _Filters(words, org_words, wanted, rooms, lo, hi),
                                      sort, descending, offset, fetch)
        else:
            match = _match(words, org_words, wanted, rooms)
            ids = _ordered_ids(session, match, lo, hi, sort, descending, offset, fetch)
        page = ids[:limit]
        rows = views_by_ids(session, page)
    return SearchPage(tuple(rows), offset + len(ids) if len(ids) < fetch else None, offset,
                      more=len(ids) > limit)
