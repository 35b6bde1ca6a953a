"""Command line for the room-door display: `door ROOM [--fullscreen]` opens its window."""

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from booking.cli.common import services_for
from booking.errors import BadInput
from booking.i18n import _

if TYPE_CHECKING:
    from booking.services import Services


class DoorOpener(Protocol):
    """Shows a room's door display until it closes and returns the exit code; it needs Qt,
    so main.py hands it in."""

    def __call__(self, services: "Services", room: str, *, fullscreen: bool) -> int: ...


def register(commands: Any, common: Callable[..., None], *,
             door: DoorOpener | None = None) -> None:
    """Add `door` to the command line."""
    parser = commands.add_parser(
        "door", help=_("show a room's door display (free or busy, today's bookings, check in, "
                       "book now) for a tablet beside its door"))
    common(parser, top=False)
    parser.add_argument("room", metavar="ROOM", help=_("the room's code or name"))
    parser.add_argument("--fullscreen", action="store_true",
                        help=_("fill the screen and leave no way out to the rest of the app"))

    def cmd_door(args: argparse.Namespace, _out: TextIO) -> int:
        with services_for(args) as services:
            # An unknown room is refused here, before any window opens.
            services.door(args.room)
            if door is None:
                raise BadInput(_("the door display needs the window's libraries"))
            return door(services, args.room, fullscreen=args.fullscreen)

    parser.set_defaults(handler=cmd_door)
