"""Occupancy analytics for managers: utilisation, peak hours, no-shows, team use and the hall.

Each figure is defined once here, its formula in the docstring of the function that computes
it (and in the README's "Reports" section); the arithmetic runs in SQL over the indexed booking
table, with the opening hours of each room per day worked out in Python (rooms × days is
small) and handed to the query as JSON.
"""
