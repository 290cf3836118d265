"""Alembic migrations of the workspace schema (run by corpus.migrate, not by the alembic CLI)."""
