"""Storage: the engine factory, schema upgrades and migrations, table models, database guards,
the search index, the quick start-up reader and change watching. Knows nothing above it."""
