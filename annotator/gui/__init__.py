"""The annotation window (PySide6). Thin adapters over :mod:`annotator.model`; Qt lives only here."""
