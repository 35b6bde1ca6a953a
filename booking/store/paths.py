"""Where the database lives: --db, RUANG_DB, else the per-user data folder (made private)."""

import os
from pathlib import Path

from booking.outputs import private_folder

ENV_VAR = "RUANG_DB"


def default_db_path() -> Path:
    """ruang.db in the per-user data directory (created on demand)."""
    # Looked up only when neither --db nor RUANG_DB names the database: the window's start
    # and each command then skip importing platformdirs.
    from platformdirs import user_data_dir

    return Path(user_data_dir("Ruang", "CodingFactory")) / "ruang.db"


def resolve_target(target: str | Path | None) -> str:
    """The database the user means: --db, else RUANG_DB, else the per-user default file."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_VAR)
    if not target:
        path = default_db_path()
        private_folder(path.parent)
        return str(path)
    return str(target)
