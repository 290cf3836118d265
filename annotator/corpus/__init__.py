"""A workspace of many articles: the store (SQLite or PostgreSQL), import, batch work, learned suggestions.

No Qt here; the window uses :mod:`annotator.corpus.store` only.
"""
