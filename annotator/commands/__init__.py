"""Subcommands of ``annotator`` that live outside ``cli.py`` to keep it small."""
