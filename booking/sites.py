"""Several buildings in one database: finding one by the code a person typed."""

from collections.abc import Iterable

from booking.errors import BadInput
from booking.i18n import _


def pick_building(buildings: Iterable[tuple[int, str]], code: str) -> int:
    """The id of the building with this code (any case); BadInput naming the known codes."""
    known = list(buildings)
    wanted = code.strip().casefold()
    for building_id, building_code in known:
        if building_code.casefold() == wanted:
            return building_id
    raise BadInput(_("there is no building '{code}'; the buildings are {codes}").format(
        code=code, codes=", ".join(c for _id, c in known)))


BUILDINGS_SQL = "SELECT id, code FROM building ORDER BY id"
