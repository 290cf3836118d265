"""The workspace tables (SQLAlchemy Core) and the schema version they belong to.

The tables here describe the newest schema; ``migrations/`` (Alembic, shipped in the package so it
runs from a wheel) brings an older store up to it.  No dialect-specific SQL: the same tables serve
SQLite and PostgreSQL.  ``HEAD`` is the newest migration; a test checks it against Alembic's head,
so opening an up-to-date store never has to import Alembic.
"""

from __future__ import annotations

import sqlalchemy as sa

HEAD = "0001"
# Every revision this version of the app knows; a store stamped with any other one is newer.
KNOWN_REVISIONS = ("0001",)

metadata = sa.MetaData()

# One row per document version: everything the documents list shows, cheap to read (no text).
documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("ordinal", sa.Integer, nullable=False, unique=True),
    sa.Column("title", sa.Text, nullable=False, default=""),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("status", sa.String(16), nullable=False, default="new"),
    sa.Column("annotator", sa.Text),
    sa.Column("created", sa.String(32), nullable=False),
    sa.Column("modified", sa.String(32), nullable=False),
    sa.Column("suggested", sa.Integer, nullable=False, default=0),
    sa.Column("reviewed", sa.Integer, nullable=False, default=0),
    sa.Column("total", sa.Integer, nullable=False, default=0),
    # Which suggesters (and app version) made the suggestions; a batch re-run redoes older ones.
    sa.Column("suggester_version", sa.Text),
    # A changed source text becomes a new document; the old one keeps its annotations.
    sa.Column("replaced_by", sa.String(64)),
    sa.Index("ix_documents_status", "status"),
    sa.Index("ix_documents_source", "source"),
)

# The text and the native document (document_to_dict without its text), apart from the list columns.
contents = sa.Table(
    "contents", metadata,
    sa.Column("doc_id", sa.String(64), sa.ForeignKey("documents.id"), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
)

# Append-only: who changed which item of which document, when, from what to what (JSON).
history = sa.Table(
    "history", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("doc_id", sa.String(64), nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
    sa.Column("who", sa.Text),
    sa.Column("collection", sa.String(16), nullable=False),
    sa.Column("item", sa.Text, nullable=False),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("before", sa.Text),
    sa.Column("after", sa.Text),
    sa.Index("ix_history_doc", "doc_id"),
)

# The entity strings people decided on, per document: what learned suggestions are made of.
decisions = sa.Table(
    "decisions", metadata,
    sa.Column("doc_id", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("label", sa.String(32), nullable=False),
    sa.Column("accepted", sa.Integer, nullable=False, default=0),
    sa.Column("rejected", sa.Integer, nullable=False, default=0),
    sa.Index("ix_decisions_doc", "doc_id"),
)

# Files already imported, by path: a re-import skips those whose bytes did not change.
sources = sa.Table(
    "sources", metadata,
    sa.Column("path", sa.Text, primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False),
)

# At most one row: who has the workspace open for writing.
locks = sa.Table(
    "locks", metadata,
    sa.Column("name", sa.String(32), primary_key=True),
    sa.Column("user", sa.Text, nullable=False),
    sa.Column("host", sa.Text, nullable=False),
    sa.Column("pid", sa.Integer, nullable=False),
    sa.Column("since", sa.String(32), nullable=False),
    sa.Column("token", sa.String(64), nullable=False),
)
