"""The window's exchange: bookings to and from CSV (and iCalendar) files."""
