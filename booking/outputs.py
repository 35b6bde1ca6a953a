"""The one way Ruang writes a file for a person: checked, written beside it, then swapped in.

Screenshots, event sheets, floor-plan exports and backups all go through `replacing`: it
refuses the open database, its -wal/-shm/-journal files and its backups, a symbolic link and
(without force) any existing file; the caller renders into a private temporary file in the same
folder, which is flushed to disk and renamed over the target only when the render succeeded.
A failed render leaves the target as it was and no temporary file behind. Standard library
only, so the window's quick start and the command line may use it before anything loads.
"""

import errno
import fnmatch
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from booking.errors import BadInput
from booking.i18n import _

__all__ = ["COMPANION_SUFFIXES", "check_target", "private_file", "private_folder",
           "protected_reason", "replacing"]

# Files SQLite keeps beside a database while it is in use.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
# Schema upgrades back the database up beside it as `<stem>.before-<revision>-<time>.db`.
BACKUP_PATTERN = "{stem}.before-*.db"


def private_folder(path: Path) -> Path:
    """Make the folder for Ruang's own files, and any missing folder above it, readable by
    the owner only (0700, as the XDG base directory spec asks); folders that exist keep
    their permissions."""
    missing = []
    folder = Path(path)
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=0o700, exist_ok=True)
    return Path(path)


def private_file(path: Path) -> Path:
    """Create an empty file readable by the owner only (0600) unless it exists, e.g. a log
    that is then appended to."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    return path


def _real(path: Path) -> Path:
    """The absolute path with the folders' links resolved but not the file's own."""
    return Path(os.path.realpath(path.parent)) / path.name


def protected_reason(target: Path, database: Path | None) -> str | None:
    """Why `target` must never be written over: it is the database, one of its files or a
    backup of it; None when it is none of those."""
    if database is None:
        return None
    database = _real(Path(database))
    target = _real(Path(target))
    same = target == database
    if not same and target.exists() and database.exists():
        same = os.path.samefile(target, database)  # a hard link, or another spelling
    if same:
        return _("'{target}' is the database Ruang is using; choose another file name").format(
            target=target)
    if target.parent == database.parent:
        if target.name in {database.name + suffix for suffix in COMPANION_SUFFIXES}:
            return _("'{target}' belongs to the database {database} (SQLite keeps it beside "
                     "the database); choose another file name").format(target=target,
                                                                      database=database.name)
        if fnmatch.fnmatchcase(target.name, BACKUP_PATTERN.format(stem=database.stem)):
            return _("'{target}' is a backup of the database; choose another file name").format(
                target=target)
    return None


def check_target(target: Path | str, *, what: str, database: Path | None = None,
                 force: bool = False) -> Path:
    """The target (with ~ expanded) when Ruang may write `what` (e.g. "the event sheet",
    marked N_() by the caller) there; BadInput naming the file otherwise."""
    path = Path(target).expanduser()
    folder = path.parent
    what = _(what) if what else what
    if not folder.is_dir():
        raise BadInput(_("cannot save {what}: the folder {folder} does not exist").format(
            what=what, folder=folder))
    if path.is_symlink():
        raise BadInput(_("cannot save {what}: '{path}' is a symbolic link; give the path of a "
                         "file, not of a link").format(what=what, path=path))
    if path.is_dir():
        raise BadInput(_("cannot save {what}: {path} is a folder; give a file name inside it")
                       .format(what=what, path=path))
    reason = protected_reason(path, database)
    if reason:
        raise BadInput(_("cannot save {what}: {reason}").format(what=what, reason=reason))
    if path.exists():
        if not path.is_file():
            raise BadInput(_("cannot save {what}: '{path}' is not a regular file").format(
                what=what, path=path))
        if not force:
            raise BadInput(_("cannot save {what}: '{path}' already exists; add --force to "
                             "replace it").format(what=what, path=path))
    return path


def _os_failure(what: str, path: Path, exc: OSError) -> BadInput:
    what = _(what) if what else what
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BadInput(_("cannot save {what} to '{path}': the folder {folder} is read-only")
                        .format(what=what, path=path, folder=path.parent))
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BadInput(_("cannot save {what} to '{path}': the disk is full").format(
            what=what, path=path))
    return BadInput(_("cannot save {what} to '{path}': {error}").format(
        what=what, path=path, error=exc.strerror or exc))


def _sync(path: Path, *, folder: bool = False) -> None:
    if folder and os.name == "nt":
        return  # Windows opens no folder to flush; its rename is flushed with the file system
    descriptor = os.open(path, os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if folder else 0))
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


@contextmanager
def replacing(target: Path | str, *, what: str, database: Path | None = None,
              force: bool = False) -> Iterator[Path]:
    """Write `what` to `target` safely: yields a private temporary path beside it to write
    into; when the block ends without an error, that file is flushed to disk and renamed over
    the target. On any error the temporary file is removed and the target left as it was.

    `database` is the database in use (never written over, nor its files and backups);
    `force` allows replacing an existing file (the person said so).
    """
    path = check_target(target, what=what, database=database, force=force)
    try:
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.",
                                            suffix=f".part{path.suffix}")
    except OSError as exc:
        raise _os_failure(what, path, exc) from None
    os.close(descriptor)
    part = Path(name)
    try:
        yield part
        if part.stat().st_size == 0:
            raise BadInput(_("cannot save {what} to '{path}': nothing was written").format(
                what=_(what) if what else what, path=path))
        os.chmod(part, 0o600)  # a writer may have made its own file
        # Whatever changed while the file was rendered, the checks still hold at the swap.
        check_target(path, what=what, database=database, force=force)
        _sync(part)
        os.replace(part, path)
        _sync(path.parent, folder=True)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise _os_failure(what, path, exc) from None
    except BaseException:
        part.unlink(missing_ok=True)
        raise
