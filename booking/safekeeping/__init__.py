"""Backups and restore of the SQLite database: `backup`, `backups`, automatic daily copies
with rotation, and `restore` (see copies.py, rotation.py and restore.py)."""
