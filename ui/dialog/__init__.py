"""The parts of the booking dialog: its repeat editor, side cards, alternatives and helpers."""
