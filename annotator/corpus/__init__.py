"""A workspace of many articles (SQLite); not built yet."""
