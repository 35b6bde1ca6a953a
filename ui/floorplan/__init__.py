"""The floor plan: each floor drawn to scale, every room's state at a chosen moment."""

from ui.floorplan.view import FloorPlanView

__all__ = ["FloorPlanView"]
