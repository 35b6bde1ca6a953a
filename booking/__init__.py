"""Ruang's domain and persistence: rooms, bookings, rules and storage. Never imports Qt."""
