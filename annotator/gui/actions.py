"""Every command of the window as a QAction with its keys, grouped into menus.

The table below is the single list of keys: menus show them, and the F1 sheet is generated
from it, so the sheet cannot drift from what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .dialogs import focus_returned
from .settings import Settings


@dataclass(frozen=True, kw_only=True)
class ActionSpec:
    name: str
    menu: str
    text: str
    keys: tuple[str, ...] = ()
    extra_keys: str = ""  # keys handled outside QAction (Enter in tables), for the sheet
    # menu "": no menu entry; a variant of the entry before it, whose line on the sheet shows its keys
    checkable: bool = False
    workspace: bool = False  # works only in a workspace: on the F1 sheet only while one is open


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec(name="open", menu="&File", text="&Open…", keys=("Ctrl+O",)),
    ActionSpec(name="open_workspace", menu="&File", text="Open &Workspace…", keys=("Ctrl+Shift+O",)),
    ActionSpec(name="save", menu="&File", text="&Save", keys=("Ctrl+S",)),
    ActionSpec(name="save_as", menu="&File", text="Save &As…", keys=("Ctrl+Shift+S",)),
    ActionSpec(name="export", menu="&File", text="&Export…", keys=("Ctrl+E",)),
    ActionSpec(name="adjudicate", menu="&File", text="A&djudicate annotations…"),
    ActionSpec(name="preferences", menu="&File", text="Pre&ferences…", keys=("Ctrl+,",)),
    ActionSpec(name="quit", menu="&File", text="&Quit", keys=("Ctrl+Q",)),
    ActionSpec(name="accept", menu="&Edit", text="&Accept", keys=("A",), extra_keys="Enter"),
    ActionSpec(name="reject", menu="&Edit", text="&Reject", keys=("Delete", "R")),
    ActionSpec(name="accept_all", menu="&Edit", text="Accept all remaining in this &table", keys=("Ctrl+Shift+A",)),
    ActionSpec(name="add_quote", menu="&Edit", text="Add &quote from the text selection", keys=("Q",)),
    ActionSpec(name="link_speaker", menu="&Edit", text="&Link the quote's speaker…", keys=("L",)),
    ActionSpec(name="set_span", menu="&Edit", text="Set the span to the text &selection", keys=("S",)),
    # In a table the span keys are the text's selection keys: Shift+arrows move the end by a
    # character, with Ctrl by a word (as they extend a selection in the text); Alt moves the start.
    ActionSpec(name="shrink_end", menu="&Edit", text="Span: shrink at the end", keys=("Shift+Left",)),
    ActionSpec(name="grow_end", menu="&Edit", text="Span: grow at the end", keys=("Shift+Right",)),
    ActionSpec(name="shrink_end_word", menu="&Edit", text="Span: shrink at the end by a word", keys=("Ctrl+Shift+Left",)),
    ActionSpec(name="grow_end_word", menu="&Edit", text="Span: grow at the end by a word", keys=("Ctrl+Shift+Right",)),
    ActionSpec(name="grow_start", menu="&Edit", text="Span: grow at the start", keys=("Alt+Shift+Left",)),
    ActionSpec(name="shrink_start", menu="&Edit", text="Span: shrink at the start", keys=("Alt+Shift+Right",)),
    ActionSpec(name="grow_start_word", menu="&Edit", text="Span: grow at the start by a word",
               keys=("Ctrl+Alt+Shift+Left",)),
    ActionSpec(name="shrink_start_word", menu="&Edit", text="Span: shrink at the start by a word",
               keys=("Ctrl+Alt+Shift+Right",)),
    ActionSpec(name="pick_label", menu="&Edit", text="Re&label / label the selection as any label…", keys=("0",)),
    ActionSpec(name="label_all", menu="&Edit", text="Label every &occurrence of the selection or entity…",
               keys=("Ctrl+Shift+L",)),
    ActionSpec(name="merge", menu="&Edit", text="&Merge mentions under one canonical name…", keys=("M",)),
    ActionSpec(name="primary", menu="&Edit", text="Set as &primary topic", keys=("P",)),
    ActionSpec(name="add_topic", menu="&Edit", text="Add an IPTC &topic…", keys=("T",)),
    ActionSpec(name="add_field", menu="&Edit", text="Add a metadata &field…", keys=("Ctrl+Shift+M",)),
    ActionSpec(name="edit_cell", menu="&Edit", text="&Edit the cell (label, canonical, value)", keys=("F2",)),
    ActionSpec(name="next", menu="&Go", text="&Next unreviewed suggestion", keys=("J",)),
    ActionSpec(name="previous", menu="&Go", text="&Previous unreviewed suggestion", keys=("K",)),
    ActionSpec(name="speaker_jump", menu="&Go", text="&Go from the quote to its speaker, and back", keys=("G",)),
    ActionSpec(name="mark_done", menu="&Go", text="Mark the document &done", keys=("Ctrl+Return", "Ctrl+Enter")),
    ActionSpec(name="next_document", menu="&Go", text="Next document (in a workspace)", keys=("Ctrl+PgDown",), workspace=True),
    ActionSpec(name="previous_document", menu="&Go", text="Previous document (in a workspace)", keys=("Ctrl+PgUp",), workspace=True),
    ActionSpec(name="next_sentence", menu="&Go", text="In the text: caret to the next sentence (with Shift: select it)",
               keys=("Alt+Down",)),
    ActionSpec(name="select_next_sentence", menu="", text="", keys=("Alt+Shift+Down",)),  # on the line above
    ActionSpec(name="previous_sentence", menu="&Go", text="In the text: caret to the previous sentence",
               keys=("Alt+Up",)),
    ActionSpec(name="select_previous_sentence", menu="", text="", keys=("Alt+Shift+Up",)),
    ActionSpec(name="focus_text", menu="&Go", text="Switch between the te&xt and the table", keys=("F6",)),
    ActionSpec(name="tab_entities", menu="&Go", text="&Entities", keys=("Ctrl+1",)),
    ActionSpec(name="tab_quotes", menu="&Go", text="&Quotes", keys=("Ctrl+2",)),
    ActionSpec(name="tab_topics", menu="&Go", text="&Topics", keys=("Ctrl+3",)),
    ActionSpec(name="tab_metadata", menu="&Go", text="&Metadata", keys=("Ctrl+4",)),
    ActionSpec(name="filter", menu="&View", text="&Filter the table (in the text: find)", keys=("Ctrl+F",)),
    ActionSpec(name="find_next", menu="&View", text="Find the &next hit in the text", keys=("F3",)),
    ActionSpec(name="find_previous", menu="&View", text="Find the pre&vious hit in the text", keys=("Shift+F3",)),
    ActionSpec(name="show_rejected", menu="&View", text="Show &rejected suggestions", keys=("Ctrl+H",), checkable=True),
    ActionSpec(name="zoom_in", menu="&View", text="Zoom &in (text and tables)", keys=("Ctrl+=", "Ctrl++")),
    ActionSpec(name="zoom_out", menu="&View", text="Zoom &out", keys=("Ctrl+-",)),
    ActionSpec(name="zoom_reset", menu="&View", text="Normal si&ze", keys=("Ctrl+0",)),
    ActionSpec(name="summary", menu="&View", text="Review &summary", keys=("Ctrl+I",)),
    ActionSpec(name="keys", menu="&Help", text="&Keys", keys=("F1",)),
    ActionSpec(name="about", menu="&Help", text="&About"),
)


# Keys that mean one thing in a table and another in the text (Shift+arrows select there).
# Keys that move the caret in the text, and only there.
TEXT_ONLY = ("next_sentence", "previous_sentence", "select_next_sentence", "select_previous_sentence")
TABLE_ONLY = ("grow_start", "shrink_start", "shrink_end", "grow_end",
              "grow_start_word", "shrink_start_word", "shrink_end_word", "grow_end_word")


def key_text(keys) -> str:
    return ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class Actions:
    """``actions.accept`` etc.; ``label_actions`` relabel (or label a text selection) by digit."""

    def __init__(self, window: QMainWindow, slots: dict[str, Callable], settings: Settings, undo, redo):
        self.by_name: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        bar = window.menuBar()
        for spec in SPECS:
            menu = self.menus.get(spec.menu)
            if menu is None and spec.menu:
                menu = self.menus[spec.menu] = bar.addMenu(spec.menu)
                if spec.menu == "&Edit":
                    undo.setShortcuts([QKeySequence("Ctrl+Z")])
                    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
                    menu.addActions([undo, redo])
                    menu.addSeparator()
                    self.label_menu = menu.addMenu("Re&label / label the selection as")
            action = QAction(spec.text, window)
            action.setObjectName(f"action_{spec.name}")
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            action.setCheckable(spec.checkable)
            if spec.name in slots:
                action.triggered.connect(_focus_returned_after(slots[spec.name], spec.checkable))
            if menu is None:  # a variant of a menu entry (its keys are on the entry's line of the sheet)
                window.addAction(action)
            else:
                menu.addAction(action)
            if spec.name in ("quit", "shrink_end", "next", "accept_all", "add_quote", "mark_done", "tab_entities"):
                menu.insertSeparator(action)
            self.by_name[spec.name] = action
        file_menu = self.menus["&File"]
        self.recent_menu = QMenu("Open &Recent", window)
        file_menu.insertMenu(self.by_name["save"], self.recent_menu)
        self.undo, self.redo = undo, redo
        self.workspace_open = False  # the workspace controller sets it
        self.label_actions: list[QAction] = []
        self._window = window
        self._relabel: Callable[[str], None] = slots["relabel"]
        self.set_labels(settings)

    def bind_to(self, widget, names: tuple[str, ...] = TABLE_ONLY) -> None:
        """Keys of ``names`` act only while ``widget`` (the tables) has the focus: in the article
        Shift+arrows select text, rather than editing a row the person may not even see."""
        for name in names:
            action = self.by_name[name]
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            widget.addAction(action)

    def __getattr__(self, name: str) -> QAction:
        try:
            return self.__dict__["by_name"][name]
        except KeyError:
            raise AttributeError(name) from None

    def set_labels(self, settings: Settings) -> None:
        for action in self.label_actions:
            self._window.removeAction(action)
            action.deleteLater()
        self.label_menu.clear()
        self.label_actions = []
        for style in settings.labels:
            action = QAction(style.name, self._window)
            if style.key:
                action.setShortcut(QKeySequence(style.key))
            action.triggered.connect(lambda _=False, label=style.name: self._relabel(label))
            self.label_menu.addAction(action)
            self.label_actions.append(action)

    def key_sheet(self) -> list[tuple[str, str]]:
        """(keys, what they do) for every keyed command, in menu order."""
        rows = [(key_text(["Ctrl+Z"]), "Undo"), (key_text(["Ctrl+Shift+Z", "Ctrl+Y"]), "Redo")]
        for spec in SPECS:
            if spec.workspace and not self.workspace_open:
                continue
            keys = ", ".join(filter(None, [spec.extra_keys, key_text(spec.keys)]))
            if not spec.text and rows:  # a variant without a menu entry: its keys join the entry's line
                rows[-1] = (f"{rows[-1][0]}, {keys}", rows[-1][1])
            elif keys:
                rows.append((keys, spec.text.replace("&", "").rstrip("…")))
        for action in self.label_actions:
            if not action.shortcut().isEmpty():
                rows.append((action.shortcut().toString(), f"Relabel as {action.text()} (or label the text selection)"))
        return rows


def _focus_returned_after(slot: Callable, checkable: bool) -> Callable[[bool], None]:
    """Run an action's slot so that a dialog it opens hands the keyboard focus back afterwards."""
    def run(checked: bool = False) -> None:
        with focus_returned():
            slot(checked) if checkable else slot()
    return run
