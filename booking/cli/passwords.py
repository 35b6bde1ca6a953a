"""Passwords on the command line: a private file's first line, RUANG_PASSWORD, or a prompt.

A password is never echoed, printed, logged or put into a message.
"""

import getpass
import os
import stat
import sys
from pathlib import Path

from booking.errors import BadInput

PASSWORD_VARIABLE = "RUANG_PASSWORD"


def read_password_file(path: str | Path) -> str:
    """The first line of a password file, without its line ending.

    The file must be private to its owner (on POSIX: no permission for group or others),
    as ssh asks of a key: a password others can read is no secret.
    """
    where = Path(path)
    try:
        info = where.stat()
        if os.name == "posix" and stat.S_IMODE(info.st_mode) & 0o077:
            raise BadInput(f"the password file {where} can be read by others; make it private "
                           f"(chmod 600 {where}) and try again")
        # A pipe is fine too: --password-file <(pass show ruang/admin) leaves no file behind.
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            raise BadInput(f"the password file {where} is not a file")
        data = where.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"there is no password file {where}") from None
    except PermissionError:
        raise BadInput(f"cannot read the password file {where}: permission denied") from None
    except IsADirectoryError:
        raise BadInput(f"the password file {where} is a folder") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"the password file {where} is not UTF-8 text") from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise BadInput(f"the password file {where} holds no password on its first line")
    return first


class Prompt:
    """Asks a person at a terminal for a password without echoing it (tests replace ask)."""

    @classmethod
    def ask(cls, prompt: str) -> str | None:
        """The password typed, or None when nobody is at a terminal to type it."""
        if not sys.stdin.isatty():
            return None
        try:
            return getpass.getpass(prompt)
        except EOFError:  # Ctrl-D: nothing typed (and no line ended after the prompt)
            sys.stderr.write("\n")
            return ""

    @classmethod
    def ask_new(cls, username: str) -> str | None:
        """A new password typed twice; None when nobody is at a terminal."""
        first = cls.ask(f"New password for {username}: ")
        if first is None:
            return None
        if not first:
            raise BadInput("the password is empty; nothing was changed")
        again = cls.ask(f"New password for {username} again: ")
        if again != first:
            raise BadInput("the two passwords differ; nothing was changed")
        return first
