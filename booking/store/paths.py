"""Where the database lives: --db, RUANG_DB, else the per-user data folder (standard library only)."""

import os
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "RUANG_DB"


def default_db_path() -> Path:
    """ruang.db in the per-user data directory (created on demand)."""
    return Path(user_data_dir("Ruang", "CodingFactory")) / "ruang.db"


def resolve_target(target: str | Path | None) -> str:
    """The database the user means: --db, else RUANG_DB, else the per-user default file."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_VAR)
    if not target:
        path = default_db_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return str(path)
    return str(target)
