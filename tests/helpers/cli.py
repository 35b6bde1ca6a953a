"""The command line run in-process through main.main, on a clock the test sets."""

import io
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import main

ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def _environment(env: dict[str, str] | None) -> Iterator[None]:
    saved = {key: os.environ.get(key) for key in env or {}}
    os.environ.update(env or {})
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run_cli(*args: str, now: Callable[[], datetime] | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """What `python main.py ARGS` would do, run through the same entry function in this
    process: exit code, stdout and stderr as a finished process has them."""
    out, err = io.StringIO(), io.StringIO()
    with _environment(env):
        code = main.main(list(args), now=now, out=out, err=err)
    return subprocess.CompletedProcess(["main.py", *args], code, out.getvalue(), err.getvalue())


def run_process(*args: str, env: dict[str, str] | None = None,
                timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """A real `python main.py ARGS` process (for exit codes, imports and start-up as scripts
    see them)."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, env=full_env, timeout=timeout, check=False)


def cli_on_copy(template: Path, folder: Path,
                now: Callable[[], datetime]) -> Callable[..., subprocess.CompletedProcess[str]]:
    """run_cli on a fresh copy of an initialised database, on the given clock."""
    db = folder / "r.db"
    shutil.copyfile(template, db)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("--db", str(db), *args, now=now)
    return run
