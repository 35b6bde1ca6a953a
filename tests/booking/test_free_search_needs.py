"""The free-room search names what it does not know and refuses a span in the past."""

import pytest

from booking.errors import BadInput, RuleRefused
from booking.services import Services
from tests.booking.conftest import at


def test_an_unknown_amenity_lists_the_ones_there_are(services: Services) -> None:
    with pytest.raises(BadInput, match=r"no amenity 'jacuzzi'; choose from .*video_conference"):
        services.availability.free_rooms(start=at(10), end=at(11), amenities=["jacuzzi"])


def test_an_unknown_kind_lists_the_kinds(services: Services) -> None:
    with pytest.raises(BadInput, match=r"no room kind 'palace'; choose from .*meeting"):
        services.availability.free_rooms(start=at(10), end=at(11), kind="palace")


def test_an_unknown_floor_lists_the_floors(services: Services) -> None:
    with pytest.raises(BadInput, match="no floor 9; the floors are 1, 2, 3"):
        services.availability.free_rooms(start=at(10), end=at(11), floor=9)


@pytest.mark.parametrize("typed", ["video conference", "Video-Conference", "video_conference"])
def test_the_windows_labels_are_understood(services: Services, typed: str) -> None:
    rooms = services.availability.free_rooms(start=at(10), end=at(11), amenities=[typed],
                                             kind="Meeting room")
    assert [r.code for r in rooms] == ["BROMO", "ARJUNO", "SEMERU"]


def test_a_span_in_the_past_is_refused_not_empty(services: Services) -> None:
    # The clock stands at 1 December 2026 08:00.
    with pytest.raises(RuleRefused, match="is in the past"):
        services.availability.free_rooms(start=at(7, day=1), end=at(9, day=1))
    # A span that began a moment ago (within the grace) is still asked about.
    assert services.availability.free_rooms(start=at(8, day=1), end=at(9, day=1)) is not None


def test_a_span_off_the_slots_says_so_rather_than_no_room(services: Services) -> None:
    with pytest.raises(RuleRefused, match="whole 15-minute slots; 10:07–11:00 does not"):
        services.availability.free_rooms(start=at(10, 7), end=at(11))
