"""Hall events on the desktop: the month calendar, requests awaiting a decision, the dialog."""
