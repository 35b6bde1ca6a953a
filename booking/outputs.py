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
        return f"'{target}' is the database Ruang is using; choose another file name"
    if target.parent == database.parent:
        if target.name in {database.name + suffix for suffix in COMPANION_SUFFIXES}:
            return (f"'{target}' belongs to the database {database.name} (SQLite keeps it "
                    "beside the database); choose another file name")
        if fnmatch.fnmatchcase(target.name, BACKUP_PATTERN.format(stem=database.stem)):
            return f"'{target}' is a backup of the database; choose another file name"
    return None


def check_target(target: Path | str, *, what: str, database: Path | None = None,
                 force: bool = False) -> Path:
    """The target (with ~ expanded) when Ruang may write `what` (e.g. "the event sheet")
    there; BadInput naming the file otherwise."""
    path = Path(target).expanduser()
    folder = path.parent
    if not folder.is_dir():
        raise BadInput(f"cannot save {what}: the folder {folder} does not exist")
    if path.is_symlink():
        raise BadInput(f"cannot save {what}: '{path}' is a symbolic link; give the path of "
                       "a file, not of a link")
    if path.is_dir():
        raise BadInput(f"cannot save {what}: {path} is a folder; give a file name inside it")
    reason = protected_reason(path, database)
    if reason:
        raise BadInput(f"cannot save {what}: {reason}")
    if path.exists():
        if not path.is_file():
            raise BadInput(f"cannot save {what}: '{path}' is not a regular file")
        if not force:
            raise BadInput(f"cannot save {what}: '{path}' already exists; add --force to "
                           "replace it")
    return path


def _os_failure(what: str, path: Path, exc: OSError) -> BadInput:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return BadInput(f"cannot save {what} to '{path}': the folder {path.parent} is "
                        "read-only")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return BadInput(f"cannot save {what} to '{path}': the disk is full")
    return BadInput(f"cannot save {what} to '{path}': {exc.strerror or exc}")


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
            raise BadInput(f"cannot save {what} to '{path}': nothing was written")
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
