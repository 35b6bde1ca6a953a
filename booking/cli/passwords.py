"""Passwords on the command line: a private file's first line, RUANG_PASSWORD, or a prompt.

A password is never echoed, printed, logged or put into a message.
"""

import getpass
import os
import stat
import sys
from pathlib import Path

from booking.errors import BadInput
from booking.i18n import _

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
            raise BadInput(_("the password file {file} can be read by others; make it "
                             "private (chmod 600 {file}) and try again").format(file=where))
        # A pipe is fine too: --password-file <(pass show ruang/admin) leaves no file behind.
        if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
            raise BadInput(_("the password file {file} is not a file").format(file=where))
        data = where.read_bytes()
    except FileNotFoundError:
        raise BadInput(_("there is no password file {file}").format(file=where)) from None
    except PermissionError:
        raise BadInput(_("cannot read the password file {file}: permission denied").format(
            file=where)) from None
    except IsADirectoryError:
        raise BadInput(_("the password file {file} is a folder").format(file=where)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(_("the password file {file} is not UTF-8 text").format(file=where)
                       ) from None
    first = text.split("\n", 1)[0].removesuffix("\r")
    if not first:
        raise BadInput(_("the password file {file} holds no password on its first line").format(
            file=where))
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
        first = cls.ask(_("New password for {user}: ").format(user=username))
        if first is None:
            return None
        if not first:
            raise BadInput(_("the password is empty; nothing was changed"))
        again = cls.ask(_("New password for {user} again: ").format(user=username))
        if again != first:
            raise BadInput(_("the two passwords differ; nothing was changed"))
        return first
