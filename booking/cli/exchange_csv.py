"""`export csv` and `import csv`."""

from collections.abc import Callable
from typing import Any


def register_export(exports: Any, common: Callable[..., None]) -> None:
    """Add `export csv` (not yet)."""


def register_import(imports: Any, common: Callable[..., None]) -> None:
    """Add `import csv` (not yet)."""
