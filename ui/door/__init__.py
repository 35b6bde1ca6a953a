"""The room-door display: a kiosk window for a tablet beside a room's door."""
