"""The preferences dialog: annotator name, font size, theme, and the label set with colours and keys."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from .colours import contrast
from .dialogs import run_modal
from .settings import FALLBACK_COLOR, LabelStyle, Settings
from .theme import THEME_CHOICES

THEME_NAMES = {"system": "System (follow the desktop)", "light": "Light", "dark": "Dark"}


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget, settings: Settings):
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self._settings = settings
        self.annotator = QLineEdit(settings.annotator, placeholderText="your name, saved in each file")
        self.font_size = QSpinBox(minimum=6, maximum=48, value=settings.font_size)
        self.theme = QComboBox()
        for choice in THEME_CHOICES:
            self.theme.addItem(THEME_NAMES[choice], choice)
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.labels = QTableWidget(0, 3)
        self.labels.setHorizontalHeaderLabels(["Label", "Colour (#rrggbb)", "Key"])
        for style in settings.labels:
            self._add_row(style)
        # Columns as wide as their headers and values, the last one taking the rest: the colour
        # header was cut off and an empty strip ran beside the keys.
        self.labels.resizeColumnsToContents()
        self.labels.horizontalHeader().setStretchLastSection(True)
        self.labels.verticalHeader().setDefaultSectionSize(self.labels.fontMetrics().height() + 8)
        self.labels.itemChanged.connect(self._paint_colour)
        add, remove = QPushButton("Add label"), QPushButton("Remove label")
        add.clicked.connect(lambda: self._add_row(LabelStyle(name="NEW", color=FALLBACK_COLOR)))
        remove.clicked.connect(lambda: self.labels.removeRow(self.labels.currentRow()))
        row_buttons = QHBoxLayout()
        row_buttons.addWidget(add)
        row_buttons.addWidget(remove)
        row_buttons.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Annotator", self.annotator)
        form.addRow("Font size", self.font_size)
        form.addRow("Theme", self.theme)
        form.addRow("Labels", self.labels)
        form.addRow("", row_buttons)
        form.addRow(buttons)
        self.resize(480, 520)

    def _add_row(self, style: LabelStyle) -> None:
        row = self.labels.rowCount()
        self.labels.insertRow(row)
        for column, value in enumerate((style.name, style.color, style.key)):
            self.labels.setItem(row, column, QTableWidgetItem(value))
        self._paint_colour(self.labels.item(row, 1))

    def _paint_colour(self, item: QTableWidgetItem | None) -> None:
        if item is not None and item.column() == 1 and QColor.isValidColorName(item.text()):
            self.labels.blockSignals(True)
            colour = QColor(item.text())
            item.setBackground(colour)
            # Its own code readable on it in either theme (the dark theme's light text vanished on pastels).
            black, white = contrast(colour.name(), "#000000"), contrast(colour.name(), "#ffffff")
            item.setForeground(QColor("#000000" if black >= white else "#ffffff"))
            self.labels.blockSignals(False)

    def result_settings(self) -> Settings:
        styles, seen_keys = [], set()
        for row in range(self.labels.rowCount()):
            name, color, key = (self.labels.item(row, c).text().strip() if self.labels.item(row, c) else "" for c in range(3))
            if not name:
                continue
            key = key[:1] if key[:1] not in seen_keys else ""
            seen_keys.add(key)
            color = color if QColor.isValidColorName(color) else FALLBACK_COLOR
            styles.append(LabelStyle(name=name.upper(), color=color, key=key, dark=self._dark_of(name.upper(), color)))
        return replace(self._settings, annotator=self.annotator.text().strip(), font_size=self.font_size.value(),
                       labels=tuple(styles) or self._settings.labels, theme=self.theme.currentData())

    def _dark_of(self, name: str, color: str) -> str:
        """A label keeps its dark colour while its light one is unchanged; a new colour gets a
        dark variant derived from it (the old dark one was chosen for another colour)."""
        old = self._settings.label(name)
        return old.dark if old.color.casefold() == color.casefold() else ""


def edit_settings(parent: QWidget, settings: Settings) -> Settings | None:
    dialog = PreferencesDialog(parent, settings)
    return dialog.result_settings() if run_modal(dialog) else None
