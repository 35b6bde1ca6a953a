"""The window's exchange: a booking to a calendar, files of bookings in with a preview."""
