"""The building: its resource file, loading it into the database, and demo data."""

from pathlib import Path

DEFAULT_BUILDING_FILE = Path(__file__).resolve().parents[2] / "resources" / "building.toml"
# A second, smaller site the demo can add beside the default building (`demo --second-site`).
ANNEX_BUILDING_FILE = DEFAULT_BUILDING_FILE.parent / "buildings" / "annex.toml"
