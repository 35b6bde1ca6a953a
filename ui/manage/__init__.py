"""Manager tools in the window: closures and the terms planner."""
