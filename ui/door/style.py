"""The door display's look: large type and colours readable from across a corridor."""

# Dark fills under white text keep a contrast ratio above 7:1 (WCAG AAA) in both states.
FREE_FILL = "#0b5d1e"
BUSY_FILL = "#9b111e"
OFFLINE_FILL = "#3a3a3a"

SHEET = """
DoorWindow { background: #ffffff; }
QLabel { color: #111111; }
QLabel#room { font-size: 44px; font-weight: bold; }
QLabel#floor { font-size: 24px; color: #333333; }
QLabel#clock { font-size: 44px; font-weight: bold; }
QFrame#banner { border-radius: 14px; }
QFrame#banner QLabel { color: #ffffff; }
QLabel#state { font-size: 110px; font-weight: bold; }
QLabel#detail { font-size: 36px; }
QLabel#heading { font-size: 30px; font-weight: bold; }
QLabel#upcoming { font-size: 32px; }
QLabel#message { font-size: 24px; font-weight: bold; color: #7a3b00; }
QPushButton { font-size: 30px; font-weight: bold; padding: 18px 26px; border-radius: 12px;
              background: #0b3d91; color: #ffffff; }
QPushButton:pressed { background: #062a66; }
QPushButton#checkIn { background: #b35900; font-size: 36px; padding: 24px 30px; }
QPushButton#checkIn:pressed { background: #7f3f00; }
"""


def banner_sheet(fill: str) -> str:
    """The state banner's fill."""
    return f"QFrame#banner {{ background: {fill}; }}"
