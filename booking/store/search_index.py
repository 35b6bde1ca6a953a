"""The booking search index (SQLite FTS5) and the triggers that keep it in step with bookings.

The index is contentless: it stores tokens, never text, and answers with keys. A key packs a
booking's start and id (start_at * KEY_SCALE + id), so the index hands back matches already in
start order and a date range is a key range: the first page of any search is read without
touching the booking table. Besides the words people search (title, notes, contact,
organization) each entry carries the booking's room and status as filter tokens. Those begin
with FILTER_MARK, a private-use character no typed word can contain, so they never answer a
prefix search.
"""

from booking.store.guards import Operations, ServerGuard, server_trigger

SEARCH_TABLE = "booking_search"
TEXT_COLUMNS = ("title", "notes", "contact", "organization")
# Keys stay exact 64-bit integers while ids are below 2**31 and starts before the year 2106.
KEY_SCALE = 2**31
FILTER_MARK = "\ue000"

_COLUMNS = "title, notes, contact, organization, room, status"
_INDEXED = ("start_at", "title", "notes", "contact_name", "organization_id", "room_id", "status")


def _dialect(op: Operations) -> str:
    return str(op.get_bind().dialect.name)


def _entry(b: str, organization: str) -> str:
    """The key and column values of booking row `b` (NEW, OLD or an alias), as SQL."""
    mark = f"char({ord(FILTER_MARK)})"
    return (f"{b}.start_at * {KEY_SCALE} + {b}.id, {b}.title, {b}.notes, {b}.contact_name, "
            f"{organization}, {mark} || 'r' || {b}.room_id, "
            f"{mark} || replace({b}.status, '_', '')")


def _org_name(b: str) -> str:
    return f"COALESCE((SELECT name FROM organization WHERE id = {b}.organization_id), '')"


def search_rows_sql(where: str) -> str:
    """The search index entries of the bookings `b` WHERE `where`, in one statement: what the
    booking_search_insert trigger does per row (a bulk load runs it once)."""
    return (f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) SELECT "
            f"{_entry('b', 'COALESCE(o.name, ' + chr(39) * 2 + ')')} FROM booking b "
            f"LEFT JOIN organization o ON o.id = b.organization_id WHERE {where}")


def _add(b: str, organization: str) -> str:
    return f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) VALUES ({_entry(b, organization)});"


def _remove(b: str, organization: str) -> str:
    # A contentless table forgets an entry when given exactly the values it indexed.
    return (f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, {_COLUMNS}) "
            f"VALUES ('delete', {_entry(b, organization)});")


def create_booking_search(op: Operations) -> None:
    """Create the search index, fill it from the bookings there are, and keep it in step."""
    if _dialect(op) == "postgresql":
        _create_server_search(op)
        return
    if _dialect(op) != "sqlite":
        raise NotImplementedError("the booking search index is written for SQLite and "
                                  "PostgreSQL")
    op.execute(
        f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5({_COLUMNS}, content='', "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    existing = _entry("b", "COALESCE(o.name, '')")
    op.execute(
        f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) SELECT {existing} FROM booking b "
        "LEFT JOIN organization o ON o.id = b.organization_id"
    )
    # One merged segment makes the first searches on a large history as fast as later ones.
    op.execute(f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}) VALUES ('optimize')")
    for statement in search_trigger_statements().values():
        op.execute(statement)


def search_trigger_statements() -> dict[str, str]:
    """The triggers that keep the search index in step with bookings, by name."""
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _INDEXED)
    return {
        "booking_search_insert": (f"CREATE TRIGGER booking_search_insert AFTER INSERT ON booking "
                                  f"BEGIN {_add('NEW', _org_name('NEW'))} END"),
        "booking_search_update": (
            f"CREATE TRIGGER booking_search_update AFTER UPDATE OF {', '.join(_INDEXED)} "
            f"ON booking WHEN {changed} BEGIN {_remove('OLD', _org_name('OLD'))} "
            f"{_add('NEW', _org_name('NEW'))} END"),
        "booking_search_delete": (f"CREATE TRIGGER booking_search_delete AFTER DELETE ON booking "
                                  f"BEGIN {_remove('OLD', _org_name('OLD'))} END"),
        "organization_search_rename": (
            "CREATE TRIGGER organization_search_rename AFTER UPDATE OF name ON organization "
            "WHEN OLD.name IS NOT NEW.name BEGIN "
            f"INSERT INTO {SEARCH_TABLE} ({SEARCH_TABLE}, rowid, {_COLUMNS}) "
            f"SELECT 'delete', {_entry('b', 'OLD.name')} FROM booking b "
            "WHERE b.organization_id = OLD.id; "
            f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) "
            f"SELECT {_entry('b', 'NEW.name')} FROM booking b WHERE b.organization_id = NEW.id; "
            "END"),
    }


def drop_booking_search(op: Operations) -> None:
    """Undo create_booking_search."""
    if _dialect(op) == "postgresql":
        for guard in reversed(server_search_guards()):
            for statement in guard.drop:
                op.execute(statement)
        op.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
        op.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {SEARCH_CONFIG}")
        return
    for trigger in search_trigger_statements():
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")


def is_search_index_table(name: str | None) -> bool:
    """True for the search index and the shadow tables FTS5 keeps for it (no SQLModel models)."""
    return name is not None and (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE + "_"))


# ----- PostgreSQL: a tsvector per booking in a table of its own, with a GIN index ---------------
#
# The words people search (title, notes, contact) are weighted A, the organization's name B, so
# an organization filter matches that name only ('word':*B). The room, status and start filters
# are the booking's own columns there.

# PostgreSQL's 'simple' configuration (no stemming or stop words: names in Bahasa Indonesia and
# English) with accents taken off first, as SQLite's index does (remove_diacritics).
SEARCH_CONFIG = "ruang_words"


def server_document_sql(b: str, organization: str) -> str:
    """The tsvector of booking row `b` whose organization is named `organization` (SQL)."""
    return (f"setweight(to_tsvector('{SEARCH_CONFIG}', concat_ws(' ', {b}.title, {b}.notes, "
            f"{b}.contact_name)), 'A') || setweight(to_tsvector('{SEARCH_CONFIG}', "
            f"COALESCE({organization}, '')), 'B')")


def server_search_guards() -> list[ServerGuard]:
    """The triggers that keep the PostgreSQL search table in step with bookings."""
    changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in _INDEXED_WORDS)
    return [
        server_trigger("booking_search_insert", "booking", "AFTER INSERT",
                       f"INSERT INTO {SEARCH_TABLE} (booking_id, document) VALUES "
                       f"(NEW.id, {server_document_sql('NEW', _org_name('NEW'))});"),
        server_trigger("booking_search_update", "booking",
                       f"AFTER UPDATE OF {', '.join(_INDEXED_WORDS)}",
                       f"UPDATE {SEARCH_TABLE} SET document = "
                       f"{server_document_sql('NEW', _org_name('NEW'))} "
                       "WHERE booking_id = NEW.id;", condition=changed),
        server_trigger("organization_search_rename", "organization", "AFTER UPDATE OF name",
                       f"UPDATE {SEARCH_TABLE} s SET document = "
                       f"{server_document_sql('b', 'NEW.name')} FROM booking b "
                       "WHERE b.id = s.booking_id AND b.organization_id = NEW.id;",
                       condition="OLD.name IS DISTINCT FROM NEW.name"),
    ]


_INDEXED_WORDS = ("title", "notes", "contact_name", "organization_id")


def _create_server_search(op: Operations) -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} (COPY = simple)")
    op.execute(f"ALTER TEXT SEARCH CONFIGURATION {SEARCH_CONFIG} ALTER MAPPING FOR hword, "
               "hword_part, word WITH unaccent, simple")
    op.execute(f"CREATE TABLE {SEARCH_TABLE} (booking_id INTEGER NOT NULL PRIMARY KEY "
               "REFERENCES booking (id) ON UPDATE CASCADE ON DELETE CASCADE, document tsvector "
               "NOT NULL)")
    op.execute(f"INSERT INTO {SEARCH_TABLE} (booking_id, document) SELECT b.id, "
               f"{server_document_sql('b', 'o.name')} FROM booking b "
               "LEFT JOIN organization o ON o.id = b.organization_id")
    op.execute(f"CREATE INDEX ix_{SEARCH_TABLE}_document ON {SEARCH_TABLE} USING gin (document)")
    for guard in server_search_guards():
        for statement in guard.create:
            op.execute(statement)
