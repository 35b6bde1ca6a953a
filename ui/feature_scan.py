"""PySide6's import hook, switched off before anything else of ours is imported.

Its own module, importing nothing of ours: main() calls it first when PySide6 was loaded
before it (a test, a benchmark, a program embedding Ruang), and every module it imported on
the way (ui.app and what that needs) would otherwise have been read by the hook.
"""


def skip_feature_scan() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 replaces `__import__` with a hook for its opt-in `from __feature__ import
    snake_case` switches; for each new module the hook reads the whole source file to see
    whether it mentions PySide6 (about 30 ms of the window's start, and the database layer's
    hundreds of modules on the loader thread). Ruang uses no feature switch, so imports go
    straight to the import PySide6 itself wraps (its lazy loading of Qt classes stays).
    """
    import builtins

    import PySide6  # noqa: F401 - the hook is installed as PySide6 loads

    wrapped = getattr(builtins, "__orig_import__", None)
    if callable(wrapped) and getattr(builtins.__import__, "__name__", "") == "__feature_import__":
        builtins.__import__ = wrapped
