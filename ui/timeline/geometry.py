"""Fixed geometry of the timeline: gutter and header sizes, row heights, zoom scales."""

GUTTER = 210
HEADER = 40
FLOOR_HEIGHT = 26
EDGE = 6
DAY_PX_PER_MIN = {15: 2.0, 30: 1.2, 60: 0.75}
WEEK_PX_PER_MIN_MIN = 0.1
WEEK_GAP = 6.0
