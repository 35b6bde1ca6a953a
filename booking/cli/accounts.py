"""Accounts and settings on the command line (administrators): `account list|add|passwd|role|
disable|enable` and `setting get|set`.

A new password comes from the command's own --password-file or, on a terminal, is typed
twice at a prompt; it is never echoed or printed.
"""

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.common import actor_of, emit_json, moment_text, with_services
from booking.cli.passwords import Prompt, read_password_file
from booking.errors import BadInput
from booking.i18n import N_, _

if TYPE_CHECKING:
    from booking.services import Services
    from booking.tool_views import AccountInfo

ROLE_SHOWN = {"front_desk": N_("front desk"), "organizer": N_("organizer"),
              "manager": N_("manager"), "admin": N_("admin")}


def _state(info: "AccountInfo", services: "Services") -> str:
    if not info.enabled:
        return _("disabled")
    if info.locked_until is not None and info.locked(services.now()):
        return _("locked until {moment}").format(moment=moment_text(info.locked_until))
    return _("enabled")


def _role(info: "AccountInfo") -> str:
    shown = _(ROLE_SHOWN[info.role]) if info.role in ROLE_SHOWN else info.role
    if info.organization:
        return _("{role} for {organization}").format(role=shown,
                                                    organization=info.organization)
    return shown


def _listing(out: TextIO, accounts: "list[AccountInfo]", services: "Services") -> None:
    # Translators: the headings of the `account list` table, in capitals.
    heads = (_("USER"), _("NAME"), _("ROLE"), _("PASSWORD"), _("LAST SIGN-IN"), _("STATE"))
    out.write("{:<16} {:<24} {:<28} {:<8}  {:<21}  {}\n".format(*heads))
    for info in accounts:
        last = moment_text(info.last_sign_in_at) if info.last_sign_in_at else _("never")
        has = _("yes") if info.has_password else _("no")
        out.write(f"{info.username:<16} {info.display_name:<24} {_role(info):<28} "
                  f"{has:<8}  {last:<21}  {_state(info, services)}\n")


def _new_password(args: argparse.Namespace, username: str, *, required: bool) -> str | None:
    """The new password: the command's --password-file, else typed twice at a terminal."""
    if args.new_password_file:
        return read_password_file(args.new_password_file)
    if not required:
        return None
    typed = Prompt.ask_new(username)
    if typed is None:
        raise BadInput(_("give {user}'s new password with --password-file FILE (after the "
                         "command's name), or run this at a terminal to type it").format(
                             user=username))
    return typed


def _done(args: argparse.Namespace, out: TextIO, info: "AccountInfo", line: str) -> int:
    if args.json:
        emit_json(out, info.to_json())
    else:
        out.write(line + "\n")
    return 0


def cmd_account(args: argparse.Namespace, out: TextIO) -> int:
    command = args.account_command
    # Read (or ask for) a new password before opening the database: a typo at the prompt
    # then costs nothing, and the sign-in below stays one short step.
    new_password = (_new_password(args, args.name, required=command == "passwd")
                    if command in ("add", "passwd") else None)

    def body(services: "Services") -> int:
        who = actor_of(args)
        accounts = services.accounts
        if command == "list":
            listed = accounts.list(actor=who)
            if args.json:
                emit_json(out, [a.to_json() for a in listed])
            else:
                _listing(out, listed, services)
            return 0
        if command == "add":
            info = accounts.add(actor=who, username=args.name, role=args.role,
                                display_name=args.display_name, organization=args.org,
                                password=new_password)
            if info.has_password:
                line = _("Added account {user} ({role})")
            else:
                line = _("Added account {user} ({role}); no password yet (set one: account "
                         "passwd {user})")
            return _done(args, out, info, line.format(user=info.username, role=_role(info)))
        if command == "passwd":
            assert new_password is not None
            info = accounts.passwd(actor=who, username=args.name, password=new_password,
                                   current_password=getattr(args, "acting_password", None))
            return _done(args, out, info,
                         _("Set the password of {user}").format(user=info.username))
        if command == "role":
            info = accounts.set_role(actor=who, username=args.name, role=args.role,
                                     organization=args.org)
            return _done(args, out, info, _("{user} is now {role}").format(
                user=info.username, role=_role(info)))
        if command == "disable":
            info = accounts.disable(actor=who, username=args.name)
            return _done(args, out, info,
                         _("Disabled account {user}").format(user=info.username))
        info = accounts.enable(actor=who, username=args.name)
        return _done(args, out, info, _("Enabled account {user}").format(user=info.username))
    return with_services(args, body)


def cmd_setting(args: argparse.Namespace, out: TextIO) -> int:
    def body(services: "Services") -> int:
        if args.setting_command == "set":
            if args.value is None:
                raise BadInput(_("setting set needs KEY and VALUE"))
            value = services.settings.set(actor=actor_of(args), key=args.key, value=args.value)
            values = {args.key.replace("-", "_"): value}
        elif args.key is not None:
            if args.value is not None:
                raise BadInput(_("setting get takes only a KEY"))
            values = {args.key.replace("-", "_"): services.settings.get(args.key)}
        else:
            values = services.settings.all()
        if args.json:
            emit_json(out, values)
        else:
            out.writelines(f"{key} = {value}\n" for key, value in values.items())
        return 0
    return with_services(args, body)


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `account` and `setting` to the command line."""
    account: argparse.ArgumentParser = commands.add_parser(
        "account", help=_("accounts (administrators): list, add, passwd, role, disable, enable"))
    actions = account.add_subparsers(dest="account_command", required=True,
                                     metavar="list|add|passwd|role|disable|enable")

    def leaf(name: str, text: str, *, new_password: bool = False) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, help=text, description=text)
        common(parser, top=False, acting_password=not new_password)
        if name != "list":
            parser.add_argument("name", metavar="NAME", help=_("the account's user name"))
        if new_password:
            parser.add_argument(
                "--password-file", dest="new_password_file", metavar="F",
                help=_("the new password: the first line of F, which only its owner may read "
                       "(the acting account's own file goes before the command's name)"))
        parser.set_defaults(handler=cmd_account)
        return parser

    leaf("list", _("every account with its role, password and state"))
    add = leaf("add", _("add an account (without a password unless given one)"),
               new_password=True)
    add.add_argument("--role", required=True, metavar="R",
                     help=_("frontdesk, organizer, manager or admin"))
    add.add_argument("--org", metavar="O",
                     help=_("the organization an organizer acts for (added when new)"))
    add.add_argument("--display-name", metavar="T", help=_("the name shown (default: NAME)"))
    leaf("passwd", _("set an account's password (typed twice at a terminal unless given a "
                     "file)"), new_password=True)
    role = leaf("role", _("give an account another role"))
    role.add_argument("role", metavar="ROLE", help=_("frontdesk, organizer, manager or admin"))
    role.add_argument("--org", metavar="O",
                      help=_("the organization an organizer acts for (added when new)"))
    leaf("disable", _("stop an account from signing in (the last admin stays)"))
    leaf("enable", _("let an account sign in again (also lifts a lock)"))

    setting: argparse.ArgumentParser = commands.add_parser(
        "setting", help=_("building-wide settings: get [KEY], set KEY VALUE (administrators)"))
    common(setting, top=False)
    setting.add_argument("setting_command", choices=("get", "set"), metavar="get|set")
    setting.add_argument("key", nargs="?", metavar="KEY", help=_("e.g. idle-lock-minutes"))
    setting.add_argument("value", nargs="?", metavar="VALUE")
    setting.set_defaults(handler=cmd_setting)
