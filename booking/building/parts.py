"""What a new building file means for the rooms' parts and the bookings that occupy them.

A booking occupies its room's parts (the whole hall both halves) or, without parts, the room
itself; database triggers move what bookings occupy as parts come and go. Before a file is
applied this module says which removed rooms must stay (retired) because something still
refers to them, refuses a hierarchy deeper than one level, and names the bookings the new
parts would make overlap, so the whole change is refused with a message instead of failing
halfway in a trigger.
"""

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import text
from sqlmodel import Session

from booking.errors import BadInput, ConflictError
from booking.i18n import _, ngettext
from booking.store.guards import ACTIVE_SQL
from booking.timeutil import from_epoch, hhmm, when

# Pairs named in the refusal; the rest are counted.
NAMED_PAIRS = 3

_REFERENCES = (
    "SELECT 1 FROM booking WHERE room_id = :room",
    "SELECT 1 FROM occupancy WHERE space_id = :room",
    "SELECT 1 FROM term_assignment WHERE room_id = :room",
    "SELECT 1 FROM closure WHERE room_id = :room",
    "SELECT 1 FROM series WHERE room_id = :room",
)


@dataclass(frozen=True)
class Hierarchy:
    """The rooms as the file leaves them: each room's parent (None for a room on its own)."""

    parents: Mapping[str, str | None]

    @cached_property
    def parts(self) -> dict[str, list[str]]:
        """Each room with parts, and its parts."""
        found: dict[str, list[str]] = defaultdict(list)
        for code, parent in sorted(self.parents.items()):
            if parent is not None:
                found[parent].append(code)
        return dict(found)

    def spaces(self, code: str) -> frozenset[str]:
        """The physical spaces a booking of `code` occupies: its parts, or itself."""
        return frozenset(self.parts.get(code) or (code,))


def referenced(session: Session, room_id: int) -> bool:
    """True when bookings (of the room, or of the whole room it is a part of), terms, closures
    or series refer to the room, so it is retired rather than deleted."""
    return any(session.execute(text(f"SELECT EXISTS ({query})"), {"room": room_id}).scalar()
               for query in _REFERENCES)


def kept_rooms(missing: Collection[str], parents: Mapping[str, str | None],
               needed: Iterable[str]) -> set[str]:
    """Of the rooms missing from the file, those that stay: the needed ones and any room a
    kept one is a part of."""
    kept = set(needed)
    grown = True
    while grown:
        grown = False
        for code in missing:
            if code not in kept and any(parents.get(k) == code for k in kept):
                kept.add(code)
                grown = True
    return kept


def check_one_level(hierarchy: Hierarchy) -> None:
    """Refuse a room that would be a part and have parts (the overlap rule reads one level)."""
    parts = hierarchy.parts
    for code, parent in sorted(hierarchy.parents.items()):
        if parent is not None and parts.get(code):
            raise BadInput(_("room {room} cannot become a part of {parent}: it still has parts "
                             "of its own ({parts}, kept for the bookings and records that "
                             "refer to them), and a part of a room has no parts").format(
                                 room=code, parent=parent, parts=", ".join(parts[code])))


def check_no_overlap(session: Session, hierarchy: Hierarchy, room_ids: Mapping[str, int]
                     ) -> None:
    """Refuse the new parts when they would make active bookings overlap, naming them.

    Only rooms whose spaces change can newly meet: their bookings are compared, in each space
    they will take, with every booking that takes that space too.
    """
    now = current_spaces(session)
    codes = {room_id: code for code, room_id in room_ids.items()}
    affected = {code for code in room_ids if code in hierarchy.parents
                and hierarchy.spaces(code) != now.get(code, frozenset({code}))}
    if not affected:
        return
    spaces = frozenset().union(*(hierarchy.spaces(code) for code in affected))
    sharing = {code for code in room_ids if code in hierarchy.parents
               and hierarchy.spaces(code) & spaces}
    rows = session.execute(text(
        "SELECT id, room_id, start_at - buffer_before_min * 60, end_at + buffer_after_min * 60, "
        f"start_at, end_at FROM booking WHERE status IN {ACTIVE_SQL} AND room_id IN "
        f"({', '.join(str(room_ids[c]) for c in sorted(sharing))})")).all()
    taken = {code: hierarchy.spaces(code) for code in sharing}
    pairs: set[tuple[int, int]] = set()
    for space in sorted(spaces):
        taking = sorted((lo, hi, booking_id, codes[room_id]) for booking_id, room_id, lo, hi,
                        _start, _end in rows if space in taken[codes[room_id]])
        open_: list[tuple[int, int, str]] = []
        for lo, hi, booking_id, code in taking:
            open_ = [o for o in open_ if o[0] > lo]
            for _hi, other, other_code in open_:
                if code in affected or other_code in affected:
                    pairs.add((min(other, booking_id), max(other, booking_id)))
            open_.append((hi, booking_id, code))
    if pairs:
        _refuse(sorted(pairs), {r[0]: (codes[r[1]], r[4], r[5]) for r in rows})


def current_spaces(session: Session) -> dict[str, frozenset[str]]:
    """Each room's spaces as the database has them now."""
    found: dict[str, set[str]] = defaultdict(set)
    for room, space in session.execute(text(
            "SELECT r.code, p.code FROM room_space s JOIN room r ON r.id = s.room_id "
            "JOIN room p ON p.id = s.space_id")):
        found[room].add(space)
    return {code: frozenset(spaces) for code, spaces in found.items()}


def _refuse(pairs: list[tuple[int, int]], bookings: Mapping[int, tuple[str, int, int]]) -> None:
    def named(booking_id: int) -> str:
        code, start, end = bookings[booking_id]
        return f"#{booking_id} ({code} {when(from_epoch(start))}–{hhmm(from_epoch(end))})"

    listed = "; ".join(_("{first} and {second}").format(first=named(a), second=named(b))
                       for a, b in pairs[:NAMED_PAIRS])
    more = len(pairs) - NAMED_PAIRS
    if more > 0:
        listed = ngettext("{pairs} and {n} more pair", "{pairs} and {n} more pairs", more).format(
            pairs=listed, n=more)
    raise ConflictError(
        _("the building file would make bookings overlap: {pairs}; move or cancel one of each "
          "pair, or keep those rooms apart (nothing was changed)").format(pairs=listed),
        clashing_ids=tuple(sorted({i for pair in pairs for i in pair})))
