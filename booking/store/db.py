"""The one engine factory: a path or URL in, a configured SQLAlchemy engine out."""

__all__ = ["ENV_VAR", "default_db_path", "resolve_target", "named_target", "make_engine",
           "read_session", "write_session", "one_transaction", "RolledBack", "sqlite_file",
           "is_sqlite", "READ_ONLY", "fast_rows", "fast_insert", "fast_exec", "fast_exec_many",
           "quick_read", "QuickRead", "quick_write", "QuickWrite", "Source", "WRITE_LOCK_SQL",
           "in_shared_transaction"]

import os
import sqlite3
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import StaticPool
from sqlmodel import Session

from booking.errors import DatabaseBusy, DatabaseError, DatabaseUnavailable, StorageFull
from booking.i18n import _
from booking.store.paths import ENV_VAR, default_db_path, resolve_target

BUSY_TIMEOUT_MS = 30_000
READ_ONLY = "ruang_read_only"
# The transaction one_transaction opened, per engine: use cases run inside it as savepoints.
_SHARED: ContextVar[tuple[Engine, Session] | None] = ContextVar("ruang_shared_transaction",
                                                                 default=None)


def in_shared_transaction() -> bool:
    """Whether a use case runs inside one_transaction (its writes a savepoint of that)."""
    return _SHARED.get() is not None


class RolledBack(Exception):
    """Raised inside one_transaction to undo everything it did (a dry run)."""


# A PostgreSQL URL that names no driver means psycopg 3 (SQLAlchemy's own default is
# psycopg2, which Ruang does not ship).
_POSTGRES_DRIVER = "postgresql+psycopg"


def _to_url(target: str) -> URL:
    if "://" in target:
        try:
            url = make_url(target)
        except ArgumentError:
            raise DatabaseError(_("database URL '{url}' is not valid").format(
                url=target)) from None
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername=_POSTGRES_DRIVER)
        return url
    if target == ":memory:":
        return make_url("sqlite://")
    path = Path(target).expanduser()
    if path.is_dir():
        raise DatabaseError(_("database path '{path}' is a folder; give a file name inside it")
                            .format(path=target))
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise DatabaseError(_("cannot open database '{path}': the folder '{folder}' does not "
                              "exist").format(path=target, folder=parent))
    if not path.exists():
        if not _writable(parent):
            raise DatabaseError(_("cannot create the database '{path}': the folder '{folder}' "
                                  "is read-only").format(path=target, folder=parent))
        return URL.create("sqlite", database=str(path.resolve()))
    if path.stat().st_size == 0:
        # Never quietly a new database: an emptied file may be one whose bookings were lost.
        raise DatabaseError(_("'{path}' is an empty file (0 bytes), not a Ruang database; "
                              "restore it from a backup, or delete it to start a new database")
                            .format(path=target))
    failure = _sqlite_failure(path)
    if failure is not None and failure.sqlite_errorcode == SQLITE_NOTADB:
        raise DatabaseError(_("'{path}' is not a Ruang database (not an SQLite file)").format(
            path=target))
    readable = os.access(path, os.R_OK, effective_ids=_EFFECTIVE_IDS)
    if failure is not None and not readable:
        raise DatabaseError(_("cannot read the database '{path}': its permissions do not let "
                              "you read it").format(path=target))
    problem = _write_problem(path, parent)
    if problem:
        raise DatabaseError(_("cannot write to the database '{path}': {problem}").format(
            path=target, problem=problem))
    if failure is not None:
        if _disk_full(parent):
            raise DatabaseError(_("cannot open the database '{path}': the disk holding it is "
                                  "full; free some space and try again").format(path=target))
        raise DatabaseError(_("cannot open the database '{path}': {failure}").format(
            path=target, failure=failure))
    return URL.create("sqlite", database=str(path.resolve()))


SQLITE_NOTADB = 26
# Ask about this process's own permissions (with its capabilities), where the system can.
_EFFECTIVE_IDS = os.access in os.supports_effective_ids
# Less free space than this, when SQLite cannot open a database, is why it cannot.
NEARLY_FULL_BYTES = 1 << 20


def _sqlite_failure(path: Path) -> sqlite3.Error | None:
    """Ask SQLite itself whether it can read the file as a database: None when it can, else
    its error (SQLITE_NOTADB when the file is something else).

    Never open the file with plain open(): closing any descriptor of a file drops every POSIX
    lock this process holds on it, including those of SQLite connections already open here.
    Another process could then believe it is alone, checkpoint and delete the WAL, and later
    commits from this process would be lost. SQLite keeps its descriptors open while locks are
    held, so probing through SQLite is safe.
    """
    try:
        probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return exc
    try:
        probe.execute("PRAGMA schema_version").fetchone()
        return None
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return None  # another process is writing it: it is a database
        return exc
    finally:
        probe.close()


def _writable(path: Path) -> bool:
    """Whether this process may write the file, or create files in the folder (its own
    permissions, and a read-only file system, count)."""
    mode = os.W_OK | (os.X_OK if path.is_dir() else 0)
    return os.access(path, mode, effective_ids=_EFFECTIVE_IDS)


def _write_problem(path: Path, parent: Path) -> str | None:
    """Why SQLite could not write this database, in words for a person; None when it can."""
    if _read_only_mount(parent):
        return _("the folder '{folder}' is on a read-only file system").format(folder=parent)
    if not _writable(path):
        return _("the file is read-only")
    companions = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    for companion in companions:
        if companion.exists() and not _writable(companion):
            return _("the file '{name}' beside it is read-only").format(name=companion.name)
    # In WAL mode SQLite creates the -wal and -shm files beside the database.
    if not all(c.exists() for c in companions) and not _writable(parent):
        return _("the folder '{folder}' is read-only").format(folder=parent)
    return None


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False


def _disk_full(folder: Path) -> bool:
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return False
    return stats.f_bavail * stats.f_frsize < NEARLY_FULL_BYTES


def named_target(target: str | Path | None) -> str:
    """The database a person named (--db, else RUANG_DB, else the per-user file), refusing a
    URL with no database in it: `sqlite://` would quietly be a new database in memory, and
    every booking made on it lost at exit. (Code and tests may still ask make_engine for one;
    a person who wants a throwaway database says `:memory:`.)"""
    resolved = resolve_target(target)
    if "://" in resolved:
        try:
            url = make_url(resolved)
        except ArgumentError:
            return resolved  # make_engine says what is wrong with it
        if url.get_backend_name() == "sqlite" and not url.database:
            raise DatabaseError(_("database URL '{url}' names no database file; give a path, "
                                  "e.g. sqlite:////srv/ruang/ruang.db or just the file's path")
                                .format(url=resolved))
    return resolved


def is_sqlite(engine: Engine) -> bool:
    """True when the engine talks to SQLite."""
    return engine.dialect.name == "sqlite"


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind an SQLite engine, or None for memory and other databases."""
    if not is_sqlite(engine):
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)


def make_engine(target: str | Path | None = None, *, echo: bool = False) -> Engine:
    """Create the engine for a file path or SQLAlchemy URL, with Ruang's connection settings.

    On SQLite every connection gets foreign keys, WAL, synchronous=FULL and a busy timeout, and
    every write transaction starts with BEGIN IMMEDIATE, so the check-then-write of a booking is
    atomic across processes. Reads marked read-only start a deferred transaction instead.
    """
    url = _to_url(resolve_target(target))
    if url.get_backend_name() != "sqlite":
        try:
            engine = create_engine(url, echo=echo, pool_pre_ping=True)
        except (NoSuchModuleError, ArgumentError, ImportError) as exc:
            raise DatabaseError(_("cannot use database URL '{url}': {error}").format(
                url=url.render_as_string(), error=str(exc).splitlines()[0])) from None
        if engine.dialect.name == "postgresql":
            _install_server_listeners(engine)
        return engine
    kwargs: dict[str, Any] = {"echo": echo}
    memory = not url.database or url.database == ":memory:"
    if memory:
        kwargs["poolclass"] = StaticPool
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        # The pool hands a connection to one thread at a time; the window opens the store on a
        # worker thread and then uses it on the GUI thread.
        kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False}
    engine = create_engine(url, **kwargs)
    _install_sqlite_listeners(engine)
    if not memory and url.database and not url.query:
        _READERS[engine] = _ReadConnections(engine, Path(url.database))
    return engine


def _set_up_sqlite(connection: sqlite3.Connection, path: Path | None) -> None:
    """Ruang's settings on a new SQLite connection (the engine's and the quick readers')."""
    if path is not None and path.stat().st_size == 0:
        # A file SQLite has just created: private before anything is written in it (and
        # SQLite gives the -wal and -shm files the database's permissions).
        os.chmod(path, 0o600)
    # Let SQLAlchemy's "begin" event choose how transactions start.
    connection.isolation_level = None
    cursor = connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(_("cannot open the database: {error}").format(
            error=exc)) from None
    finally:
        cursor.close()


def _install_sqlite_listeners(engine: Engine) -> None:
    path = sqlite_file(engine)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        _set_up_sqlite(dbapi_connection, path)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
        else:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


# pg_advisory_xact_lock's key for Ruang's writers (the ASCII of "Ruang"): what BEGIN IMMEDIATE
# is on SQLite, and what keeps the audit chain's tail in one writer's hands at a time.
WRITE_LOCK_KEY = 0x5275616E67
WRITE_LOCK_SQL = f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"
# SQLSTATEs of a transaction the server gave up on that may well pass when run again.
RETRYABLE_STATES = frozenset({"40001", "40P01"})  # serialization failure, deadlock detected


def _install_server_listeners(engine: Engine) -> None:
    """PostgreSQL: writers take one advisory lock first (what BEGIN IMMEDIATE is on SQLite:
    the check-then-write of every use case stays atomic across desks, and no two writers of
    Ruang can deadlock); an unreachable server and a transaction the server gave up on come
    out in words for a person."""

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if not connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql(WRITE_LOCK_SQL)

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        original = context.original_exception
        # By name: psycopg is imported only once a server database is used (start-up time).
        operational = any(k.__name__ == "OperationalError" for k in type(original).__mro__)
        if context.is_pre_ping:
            return  # a pooled connection gone stale: the pool opens a new one
        if context.connection is None:
            if context.is_disconnect or operational:
                raise _unreachable(engine, original) from None
            return
        if context.is_disconnect:
            raise DatabaseUnavailable(_("the connection to the database server was lost "
                                        "({detail}); try again").format(
                                            detail=" ".join(str(original).split()))) from None
        if getattr(original, "sqlstate", None) in RETRYABLE_STATES:
            raise DatabaseBusy(_("the database server stopped the change because other desks "
                                 "were changing the same things (nothing was saved); try "
                                 "again")) from original


def _unreachable(engine: Engine, error: BaseException) -> DatabaseUnavailable:
    url = engine.url
    where = f"{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    detail = " ".join(str(error).split()) or type(error).__name__
    return DatabaseUnavailable(_("cannot connect to the database server {where}: {detail}")
                               .format(where=where, detail=detail))


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One write transaction (BEGIN IMMEDIATE on SQLite): commits on success, rolls back on error.

    A full disk rolls the whole transaction back and says so in words a person can act on.
    Inside one_transaction on the same engine it is a savepoint of that transaction instead:
    an error undoes this use case only, and nothing is committed until the whole is.
    """
    shared = _SHARED.get()
    if shared is not None and shared[0] is engine:
        session = shared[1]
        with session.begin_nested():
            yield session
        return
    try:
        with Session(engine, expire_on_commit=False) as session, session.begin():
            yield session
    except OperationalError as exc:
        if "full" in str(exc.orig).lower():
            raise _storage_full() from None
        raise


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A read-only session whose transaction does not take the write lock (inside
    one_transaction: that transaction's session, so reads see what it wrote so far)."""
    shared = _SHARED.get()
    if shared is not None and shared[0] is engine:
        yield shared[1]
        return
    with engine.connect() as connection:
        options: dict[str, Any] = {READ_ONLY: True}
        if engine.dialect.name == "postgresql":
            # One snapshot for the whole read, as SQLite's deferred transaction gives (a
            # read-only transaction is never a serialization failure).
            options["isolation_level"] = "REPEATABLE READ"
        connection = connection.execution_options(**options)
        with Session(bind=connection, expire_on_commit=False) as session:
            yield session


@contextmanager
def one_transaction(engine: Engine, *, keep: bool = True) -> Iterator[Session]:
    """Run several use cases as one write transaction: each one's write_session becomes a
    savepoint of it, so one that fails leaves the others, and all are committed together.

    keep=False rolls everything back at the end (a rehearsal that needs the real writes to see
    how items interact, such as two items of one file taking the same room).
    """
    try:
        with write_session(engine) as session:
            token = _SHARED.set((engine, session))
            try:
                yield session
                if not keep:
                    raise RolledBack
            finally:
                _SHARED.reset(token)
    except RolledBack:
        pass


def fast_rows(session: "Source", sql: str, params: dict[str, Any]) -> list[Any]:
    """Rows of a hand-written SELECT with :named parameters, in the session's transaction.

    On SQLite straight through the driver's cursor (sqlite3 takes :named parameters itself):
    on the hot read paths SQLAlchemy's statement handling costs several times the query.
    Elsewhere through SQLAlchemy's text().
    """
    if isinstance(session, QuickRead):
        return session.rows(sql, params)
    raw = _driver(session)
    if raw is None:
        return list(session.connection().execute(text(sql), params).all())
    try:
        return list(raw.execute(sql, params).fetchall())
    except sqlite3.Error as exc:
        raise _as_sqlalchemy(sql, params, exc) from exc


def on_sqlite(source: "Source") -> bool:
    """Whether hand-written statements in this session or quick read run on SQLite (else on
    a server, where every statement is a round trip)."""
    if isinstance(source, QuickRead):
        return source.sqlite
    return source.get_bind().dialect.name == "sqlite"


def fast_insert(session: "Source", sql: str, params: dict[str, Any]) -> int:
    """Run a hand-written INSERT of one row in the session's transaction; its new id.

    As fast_rows: on SQLite straight through the driver (the booking path's insert built an
    ORM object and flushed it: a third of a booking's time), elsewhere text() with
    RETURNING id. Driver errors come out as SQLAlchemy's (IntegrityError, OperationalError),
    so the overlap guard's refusal and a full disk read as they do from a flush.
    """
    if isinstance(session, QuickRead):
        return _writer(session).insert(sql, params)
    raw = _driver(session)
    if raw is None:
        return int(session.connection().execute(text(sql + " RETURNING id"), params)
                   .scalar_one())
    try:
        return int(raw.execute(sql, params).lastrowid or 0)
    except sqlite3.Error as exc:
        raise _as_sqlalchemy(sql, params, exc) from exc


def fast_exec(session: "Source", sql: str, params: dict[str, Any]) -> None:
    """Run a hand-written statement that returns no rows, as fast_insert does."""
    fast_exec_many(session, sql, [params])


def fast_exec_many(session: "Source", sql: str, rows: list[dict[str, Any]]) -> None:
    """Run a hand-written statement that returns no rows once per parameter set (one
    prepared statement), as fast_insert does."""
    if isinstance(session, QuickRead):
        _writer(session).exec_many(sql, rows)
        return
    raw = _driver(session)
    if raw is None:
        session.connection().execute(text(sql), rows)
        return
    try:
        raw.executemany(sql, rows)
    except sqlite3.Error as exc:
        raise _as_sqlalchemy(sql, rows[0] if rows else {}, exc) from exc


def _writer(source: "QuickRead") -> "QuickWrite":
    if not isinstance(source, QuickWrite):
        raise TypeError("a quick read cannot write")
    return source


def _driver(session: Session) -> sqlite3.Connection | None:
    """The SQLite driver connection of the session's transaction, after flushing what the
    session holds (as SQLAlchemy would before a statement); None on other databases.

    Kept in the session's info for the rest of its transaction: asking the session for its
    connection on every statement was a tenth of a 52-date series."""
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()
    transaction = session.get_transaction()
    kept = session.info.get(_DRIVER_KEY)
    if kept is not None and transaction is not None and kept[0] is transaction:
        return kept[1]  # type: ignore[no-any-return]
    connection = session.connection()
    raw: sqlite3.Connection | None = None
    if connection.dialect.name == "sqlite":
        raw = connection.connection.dbapi_connection  # type: ignore[assignment]
    session.info[_DRIVER_KEY] = (session.get_transaction(), raw)
    return raw


_DRIVER_KEY = "ruang.driver"


def _storage_full() -> StorageFull:
    return StorageFull(_("the disk holding the database is full; nothing was saved. Free some "
                         "space and try again"))


def _as_sqlalchemy(sql: str, params: dict[str, Any], exc: sqlite3.Error) -> Exception:
    """The SQLAlchemy exception a statement run through SQLAlchemy would have raised."""
    from sqlalchemy.exc import DBAPIError

    return DBAPIError.instance(sql, params, exc, sqlite3.Error)


class QuickRead:
    """One read transaction that hands out plain rows of hand-written SELECTs (:named
    parameters): what the hot read paths use instead of a session."""

    def __init__(self, run: Any, *, sqlite: bool = True) -> None:
        self._run = run
        self.sqlite = sqlite  # whether the statements run on SQLite (else a server database)

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        return list(self._run(sql, params or {}))


class QuickWrite(QuickRead):
    """One write transaction of hand-written statements (see quick_write)."""

    def __init__(self, session: Session | None = None,
                 raw: sqlite3.Connection | None = None) -> None:
        self.session = session  # the session it runs in (one_transaction, server databases)
        self._session = session
        self._raw = raw
        if session is not None:
            super().__init__(lambda sql, params: fast_rows(session, sql, params),
                             sqlite=session.connection().dialect.name == "sqlite")
        else:
            super().__init__(self._driver_rows)

    def _driver_rows(self, sql: str, params: dict[str, Any]) -> list[Any]:
        assert self._raw is not None
        try:
            return list(self._raw.execute(sql, params).fetchall())
        except sqlite3.Error as exc:
            raise _as_sqlalchemy(sql, params, exc) from exc

    def insert(self, sql: str, params: dict[str, Any]) -> int:
        """Run an INSERT of one row; its new id."""
        if self._session is not None:
            return fast_insert(self._session, sql, params)
        assert self._raw is not None
        try:
            return int(self._raw.execute(sql, params).lastrowid or 0)
        except sqlite3.Error as exc:
            raise _as_sqlalchemy(sql, params, exc) from exc

    def exec_many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        """Run a statement that returns no rows once per parameter set."""
        if self._session is not None:
            fast_exec_many(self._session, sql, rows)
            return
        assert self._raw is not None
        try:
            self._raw.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise _as_sqlalchemy(sql, rows[0] if rows else {}, exc) from exc


Source = Session | QuickRead  # where hand-written statements run: a session or a quick read


@contextmanager
def quick_write(engine: Engine) -> Iterator[QuickWrite]:
    """A write transaction for hand-written statements only: BEGIN IMMEDIATE on a pooled
    connection's driver, COMMIT at the end (synchronous=FULL: durable), ROLLBACK on any
    error; a full disk says so as write_session does.

    The booking path's transaction: a session's own begin, commit and close cost a fifth
    of a booking. Inside one_transaction, and on other databases, a write_session under it.
    """
    shared = _SHARED.get()
    if (shared is not None and shared[0] is engine) or engine.dialect.name != "sqlite":
        with write_session(engine) as session:
            yield QuickWrite(session=session)
        return
    pooled = engine.raw_connection()
    try:
        raw: sqlite3.Connection = pooled.driver_connection  # type: ignore[assignment]
        try:
            raw.execute("BEGIN IMMEDIATE")
            yield QuickWrite(raw=raw)
            raw.execute("COMMIT")
        except BaseException:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
            raise
    except (sqlite3.Error, OperationalError) as exc:
        if "full" in str(getattr(exc, "orig", exc)).lower():
            raise _storage_full() from None
        if isinstance(exc, sqlite3.Error):  # BEGIN IMMEDIATE (busy past the timeout) or COMMIT
            raise _as_sqlalchemy("BEGIN IMMEDIATE ... COMMIT", {}, exc) from exc
        raise
    finally:
        pooled.close()


@contextmanager
def quick_read(engine: Engine) -> Iterator[QuickRead]:
    """A read transaction for plain rows, consistent across the statements run in it.

    On SQLite a pooled connection straight from the pool with a deferred BEGIN: opening a
    session costs 40 µs before the first statement, the pool and the driver 5 µs, and the
    window asks for a day or a week on every switch. Inside one_transaction: that
    transaction's session (reads see what it wrote so far); elsewhere a read session.
    """
    shared = _SHARED.get()
    if shared is not None and shared[0] is engine:
        session = shared[1]
        yield QuickRead(lambda sql, params: fast_rows(session, sql, params))
        return
    if engine.dialect.name != "sqlite":
        with read_session(engine) as reader:
            yield QuickRead(lambda sql, params: fast_rows(reader, sql, params))
        return
    readers = _READERS.get(engine)
    if readers is not None:
        generation, raw = readers.take()
        kept = False
        try:
            raw.execute("BEGIN")
            yield QuickRead(lambda sql, params: raw.execute(sql, params).fetchall())
            kept = True
        finally:
            readers.give_back(generation, raw, kept)
        return
    pooled = engine.raw_connection()  # an in-memory database: the pool's one connection
    try:
        raw = pooled.driver_connection  # type: ignore[assignment]
        raw.execute("BEGIN")
        try:
            yield QuickRead(lambda sql, params: raw.execute(sql, params).fetchall())
        finally:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
    finally:
        pooled.close()


class _ReadConnections:
    """The quick readers' own SQLite connections to one engine's file, kept open between
    reads: the pool's checkout and return cost a tenth of a week's read (the window reads on
    every switch of day or week). A connection serves one read at a time, on any thread; the
    engine's dispose (a restore, closing the store) closes them, and the next read opens anew.
    """

    def __init__(self, engine: Engine, path: Path) -> None:
        self._path = path
        self._idle: list[tuple[int, sqlite3.Connection]] = []
        self._generation = 0
        event.listen(engine, "engine_disposed", lambda _engine: self.close())
        weakref.finalize(engine, _close_all, self._idle)

    def take(self) -> tuple[int, sqlite3.Connection]:
        """An idle connection, or a new one, with the generation it belongs to."""
        try:
            return self._idle.pop()  # atomic: two threads never get the same one
        except IndexError:
            pass
        try:
            raw = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000,
                                  check_same_thread=False)
        except sqlite3.Error as exc:  # what the pool's connect raises, for the same handlers
            raise _as_sqlalchemy("connect", {}, exc) from exc
        try:
            _set_up_sqlite(raw, self._path)
        except BaseException:
            raw.close()
            raise
        return self._generation, raw

    def give_back(self, generation: int, raw: sqlite3.Connection, keep: bool) -> None:
        """Hand a connection back once its read is over: kept open for the next read unless
        the read failed or the engine was disposed meanwhile."""
        try:
            if raw.in_transaction:
                raw.execute("ROLLBACK")
        except sqlite3.Error:
            keep = False
        if keep and generation == self._generation:
            self._idle.append((generation, raw))
        else:
            raw.close()

    def close(self) -> None:
        """Close the idle connections; one in use is closed when its read ends."""
        self._generation += 1
        _close_all(self._idle)


def _close_all(idle: list[tuple[int, sqlite3.Connection]]) -> None:
    while idle:
        try:
            idle.pop()[1].close()
        except IndexError:
            return  # another thread took the last one meanwhile


_READERS: "weakref.WeakKeyDictionary[Engine, _ReadConnections]" = weakref.WeakKeyDictionary()
