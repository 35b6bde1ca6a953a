"""The building file: the shipped one is valid and complete; every kind of bad file is explained."""

import os
from collections import Counter
from pathlib import Path

import pytest

from booking.building.spec import DEFAULT_BUILDING_FILE, BuildingFileError, load_building_file, parse_building
from booking.errors import BadInput

MINIMAL = """
[building]
code = "T"
name = "Test"

[hours.office]
mon = "08:00-17:00"

[[floors]]
level = 1
name = "Lantai 1"
width = 20.0
depth = 10.0

[[rooms]]
code = "BROMO"
name = "Bromo"
floor = 1
kind = "meeting"
capacity = 8
hours = "office"
rect = [0, 0, 5, 5]

[[rooms]]
code = "SEMERU"
name = "Semeru"
floor = 1
kind = "meeting"
capacity = 12
hours = "office"
rect = [5, 0, 5, 5]
"""


def problems_of(text: str) -> list[str]:
    with pytest.raises(BuildingFileError) as caught:
        parse_building(text, source="test.toml")
    return caught.value.problems


def test_shipped_building_has_three_floors_and_the_rooms_the_product_names() -> None:
    spec = load_building_file(DEFAULT_BUILDING_FILE)
    assert [f.level for f in spec.floors] == [1, 2, 3]
    assert 35 <= len(spec.rooms) <= 45
    kinds = Counter(r.kind for r in spec.rooms)
    assert kinds["meeting"] == 5
    assert kinds["communal"] == 2
    assert kinds["hall"] == 3  # the whole hall and its two halves
    for kind in ("training", "incubation", "boardroom", "focus", "reception"):
        assert kinds[kind] >= 1, kind
    production = [r for r in spec.rooms if r.kind == "production"]
    assert sum(r.capacity for r in production) >= 300
    assert all(12 <= r.capacity <= 24 for r in production)
    assert {r.floor for r in production} == {2, 3}


def test_shipped_hall_is_divisible_with_layouts() -> None:
    spec = load_building_file(DEFAULT_BUILDING_FILE)
    halls = [r for r in spec.rooms if r.kind == "hall"]
    whole = [r for r in halls if r.parent is None]
    assert len(whole) == 1
    halves = [r for r in halls if r.parent == whole[0].code]
    assert len(halves) == 2
    assert whole[0].layouts["theatre"] == 300
    assert whole[0].layouts["reception"] == 350
    for half in halves:
        assert half.layouts["theatre"] < whole[0].layouts["theatre"]
    reception = [r for r in spec.rooms if r.kind == "reception"]
    assert reception and not any(r.bookable for r in reception)


def test_minimal_file_parses() -> None:
    spec = parse_building(MINIMAL)
    assert [r.code for r in spec.rooms] == ["BROMO", "SEMERU"]
    assert spec.rooms[0].outline == ((0, 0), (5, 0), (5, 5), (0, 5))
    assert spec.hours[0].spans == ((0, 480, 1020),)


def test_malformed_toml_is_one_clear_problem() -> None:
    problems = problems_of("[building\nname = ")
    assert len(problems) == 1
    assert problems[0].startswith("not valid TOML")


def test_negative_capacity_names_the_room_and_the_value() -> None:
    problems = problems_of(MINIMAL.replace("capacity = 8", "capacity = -4"))
    assert problems == ["room 'Bromo': capacity must be a positive whole number, got -4"]


def test_unknown_kind_is_named() -> None:
    problems = problems_of(MINIMAL.replace('kind = "meeting"\ncapacity = 8',
                                           'kind = "meetin"\ncapacity = 8'))
    assert len(problems) == 1
    assert "room 'Bromo': unknown kind 'meetin'" in problems[0]


def test_duplicate_codes_are_refused() -> None:
    problems = problems_of(MINIMAL.replace('code = "SEMERU"', 'code = "BROMO"'))
    assert problems == ["room 'Semeru': code 'BROMO' is already used by room 'Bromo'"]


def test_overlapping_outlines_are_refused_but_touching_walls_are_fine() -> None:
    parse_building(MINIMAL)  # the two rooms share the wall at x = 5
    problems = problems_of(MINIMAL.replace("rect = [5, 0, 5, 5]", "rect = [4, 0, 5, 5]"))
    assert problems == ["room 'Bromo' and room 'Semeru' overlap on floor 1"]


def test_outline_outside_the_floor_is_refused() -> None:
    problems = problems_of(MINIMAL.replace("rect = [5, 0, 5, 5]", "rect = [18, 0, 5, 5]"))
    assert problems == ["room 'Semeru': outline does not fit floor 1 (20 m x 10 m)"]


def test_half_naming_an_unknown_parent_is_refused() -> None:
    problems = problems_of(MINIMAL.replace('name = "Semeru"', 'name = "Semeru"\nparent = "HAL"'))
    assert problems == ["room 'Semeru': parent 'HAL' is not a room in this file"]


def test_every_problem_is_reported_at_once() -> None:
    text = MINIMAL.replace("capacity = 8", "capacity = 0").replace("capacity = 12",
                                                                   'capacity = "many"')
    text = text.replace('hours = "office"\nrect = [0', 'hours = "night"\nrect = [0')
    problems = problems_of(text)
    assert "room 'Bromo': capacity must be a positive whole number, got 0" in problems
    assert "room 'Semeru': capacity must be a positive whole number, got 'many'" in problems
    assert "room 'Bromo': hours profile 'night' is not defined under [hours]" in problems


def test_typo_in_a_field_name_is_reported() -> None:
    problems = problems_of(MINIMAL.replace("capacity = 8", "capacity = 8\ncapcity = 9"))
    assert problems == ["room 'Bromo': unknown field 'capcity'"]


def test_bad_opening_hours_are_explained() -> None:
    problems = problems_of(MINIMAL.replace('mon = "08:00-17:00"', 'mon = "17:00-08:00"'))
    assert len(problems) == 1
    assert problems[0].startswith("hours profile 'office': mon must look like")


def test_self_crossing_polygon_is_refused() -> None:
    problems = problems_of(MINIMAL.replace("rect = [0, 0, 5, 5]",
                                           "outline = [[0, 0], [5, 5], [5, 0], [0, 5]]"))
    assert problems == ["room 'Bromo': outline is not a simple polygon (its sides cross or it "
                        "has no area)"]


def test_missing_file_is_a_bad_input(tmp_path: Path) -> None:
    with pytest.raises(BadInput, match="does not exist"):
        load_building_file(tmp_path / "nope.toml")


def test_error_message_is_one_line_listing_all_problems() -> None:
    with pytest.raises(BuildingFileError) as caught:
        parse_building(MINIMAL.replace("capacity = 8", "capacity = -4"), source="b.toml")
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("building file 'b.toml' has 1 problem: room 'Bromo'")


@pytest.mark.parametrize(("change", "words"), [
    (("capacity = 8", "capacity = 99999999999999999999999"), "capacity"),
    (("level = 1", "level = 99999999999999999999999"), "level must be a whole number"),
    (("width = 20.0", "width = nan"), "width must be a positive number"),
    (("depth = 10.0", "depth = inf"), "depth must be a positive number"),
])
def test_numbers_no_building_has_are_problems_not_crashes(change: tuple[str, str],
                                                          words: str) -> None:
    with pytest.raises(BuildingFileError, match=words):
        parse_building(MINIMAL.replace(*change, 1))


def test_an_outline_point_that_is_not_finite_is_a_problem() -> None:
    text = MINIMAL.replace("rect = [0, 0, 5, 5]", "outline = [[0, 0], [nan, 0], [4, inf]]", 1)
    with pytest.raises(BuildingFileError, match="outline must be a list of at least 3"):
        parse_building(text)


def test_deep_nesting_is_refused_in_words() -> None:
    with pytest.raises(BuildingFileError, match="nested too deeply"):
        parse_building("x = " + "[" * 100_000 + "]" * 100_000)


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "building.toml"
    path.write_bytes(b"\xef\xbb\xbf" + DEFAULT_BUILDING_FILE.read_bytes())
    assert load_building_file(path).code == load_building_file().code


def test_only_a_regular_file_of_sensible_size_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(BadInput, match="is not a regular file"):
        load_building_file(fifo)  # would wait for a writer forever if opened
    with pytest.raises(BadInput, match="is not a regular file"):
        load_building_file(Path("/dev/zero"))  # would fill the memory if read
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"# " + b"x" * 1_100_000)
    with pytest.raises(BadInput, match="larger than 1,000,000 bytes"):
        load_building_file(huge)
