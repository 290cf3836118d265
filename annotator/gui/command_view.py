"""A table whose single letters are commands (J, K, A, R, Q, ...), not a type-to-find search."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView


class CommandTableView(QTableView):
    def keyboardSearch(self, search: str) -> None:  # noqa: N802
        # QAbstractItemView jumps to the next row starting with a typed letter; with J, K, A, R
        # bound to review commands that jump moved the selection under the person's next key.
        return
