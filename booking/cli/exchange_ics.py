"""`export ics` and `import ics`."""

from collections.abc import Callable
from typing import Any


def register_export(exports: Any, common: Callable[..., None]) -> None:
    """Add `export ics` (not yet)."""


def register_import(imports: Any, common: Callable[..., None]) -> None:
    """Add `import ics` (not yet)."""
