"""The command line: one command per use case, through the same Services as the window."""
