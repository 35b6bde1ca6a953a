"""The README's permission table is the one the services enforce."""

from pathlib import Path

from booking.permissions import markdown

README = Path(__file__).resolve().parent.parent / "README.md"


def _readme_table() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("\n## Who may do what\n", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("|")]
    return "\n".join(lines) + "\n"


def test_the_readme_shows_the_permission_table() -> None:
    assert _readme_table() == markdown()


def test_the_table_lists_every_action_and_role() -> None:
    table = markdown().splitlines()
    assert table[0] == "| action | what it allows | front desk | organizer | manager | admin |"
    assert "| `event_decide` | approve or decline hall events | — | — | yes | yes |" in table
    assert "| `cancel` | cancel this booking | yes | own | yes | yes |" in table
