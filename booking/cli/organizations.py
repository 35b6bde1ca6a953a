"""`organization zone ORG ZONE|--clear`: the time zone an organization's guests keep."""

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.common import actor_of, emit_json, with_services
from booking.errors import BadInput
from booking.i18n import _
from booking.timeutil import guest_zone

if TYPE_CHECKING:
    from booking.services import Services


def cmd_organization(args: argparse.Namespace, out: TextIO) -> int:
    if args.clear == (args.zone is not None):
        raise BadInput(_("give the organization's time zone (an IANA name such as "
                         "Asia/Tokyo) or --clear, not both"))
    zone = None if args.clear else guest_zone(args.zone)  # refused before the database opens

    def body(services: "Services") -> int:
        saved = services.organization_tools.set_guest_zone(
            actor=actor_of(args), organization=args.organization, guest_tz=zone)
        if args.json:
            emit_json(out, saved.to_json())
        elif saved.guest_tz:
            out.write(_("{name}: guest times shown in {zone}").format(
                name=saved.name, zone=saved.guest_tz) + "\n")
        else:
            out.write(_("{name}: no guest time zone").format(name=saved.name) + "\n")
        return 0
    return with_services(args, body)


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `organization zone` to the command line."""
    organization: argparse.ArgumentParser = commands.add_parser(
        "organization", help=_("an organization's settings (managers): zone"))
    common(organization, top=False)
    organization.add_argument("organization_command", choices=("zone",), metavar="zone")
    organization.add_argument("organization", metavar="ORG", help=_("the organization's name"))
    organization.add_argument("zone", nargs="?", metavar="ZONE",
                              help=_("the IANA time zone its guests live in, e.g. Asia/Tokyo"))
    organization.add_argument("--clear", action="store_true",
                              help=_("keep no time zone for its guests"))
    organization.set_defaults(handler=cmd_organization)
