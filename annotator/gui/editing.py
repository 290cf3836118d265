"""What the editing keys do: accept, reject, relabel, add, fix spans, link speakers, navigate.

Every change is an undo command (see ``commands``); a refused change (an empty span, an entity
still used as a speaker) becomes a message in the status bar, never an exception.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6

from ..model import HUMAN, AnnotationDocument, Change, MetaField, ModelError, Topic
from . import commands as cmd
from .dialogs import ask_canonical, ask_metadata_field, pick_label
from .metadata_input import checked_meta_value
from .quote_editing import QuoteEditing
from .span_index import SpanIndex
from .table_models import KEY_ROLE, STATUS_ROLE, EntityTableModel, MetaTableModel, QuoteTableModel
from .text_search import occurrences
from .topic_picker import pick_topic

if TYPE_CHECKING:
    from .main_window import MainWindow

DONE = "done"  # AnnotationInfo.state once a person has finished the document


class EditingController(QuoteEditing):
    def __init__(self, window: "MainWindow"):
        self.w = window
        self._index = 0  # the undo stack's index, to tell an undo from a redo
        self._stack = None  # the stack that index is of
        self._pushing = False
        self._listened: AnnotationDocument | None = None  # the document whose changes we follow

    def set_document(self, doc: AnnotationDocument) -> None:
        """Follow ``doc`` only: the previous document stops calling us."""
        if self._listened is not None:
            self._listened.remove_listener(self.on_document_change)
        self._listened = doc
        doc.add_listener(self.on_document_change)

    def slots(self) -> dict:
        return {
            "accept": self.accept, "reject": self.reject, "accept_all": self.accept_all, "relabel": self.relabel,
            "add_quote": self.add_quote, "link_speaker": self.link_speaker, "set_span": self.set_span_from_selection,
            "grow_start": lambda: self.move_span(-1, 0), "shrink_start": lambda: self.move_span(1, 0),
            "shrink_end": lambda: self.move_span(0, -1), "grow_end": lambda: self.move_span(0, 1),
            "grow_start_word": lambda: self.move_span(-1, 0, by_word=True),
            "shrink_start_word": lambda: self.move_span(1, 0, by_word=True),
            "shrink_end_word": lambda: self.move_span(0, -1, by_word=True),
            "grow_end_word": lambda: self.move_span(0, 1, by_word=True),
            "merge": self.merge, "pick_label": self.pick_label, "label_all": self.label_all, "primary": self.set_primary, "add_topic": self.add_topic,
            "add_field": self.add_field, "edit_cell": self.edit_cell, "next": lambda: self.go(+1),
            "previous": lambda: self.go(-1), "mark_done": self.mark_done,
            "next_document": self.no_other_document, "previous_document": self.no_other_document,
        }

    def connect_signals(self) -> None:
        w = self.w
        for collection, panel in w.panels.items():
            panel.current_changed.connect(lambda key, c=collection: self.show_in_text(c, key))
            panel.model.edit_requested.connect(lambda key, column, value, c=collection: self.cell_edited(c, key, column, value))
        w.tabs.currentChanged.connect(lambda _i: self.show_in_text(w.current_collection(), w.current_panel().current_key() or ""))
        w.article.item_clicked.connect(self.select_item)
        w.article.add_entity_requested.connect(self.add_entity_from_selection)
        w.article.add_quote_requested.connect(self.add_quote)
        self.set_document(w.doc)
        w.undo_group.indexChanged.connect(self._on_undo_index)

    # -- helpers ------------------------------------------------------------------------

    def say(self, message: str, ms: int = 4000) -> None:
        """A short message in the status bar."""
        self.w.statusBar().showMessage(message, ms)

    def correct(self, collection: str, keys: list[str], edit: cmd.Edit, text: str) -> bool:
        """A person's correction of some items, which also accepts those still suggested; undoable."""
        return self.push(cmd.EditItems(self.w.doc, collection, keys, cmd.and_accept(collection, edit), text))

    def push(self, command: cmd.DocCommand) -> bool:
        self._pushing = True
        text = command.text()  # a command merged into the one before is deleted by the stack
        try:
            cmd.push(self.w.undo_stack, command)
        except ModelError as error:
            self.say(f"Not done: {error}", 6000)
            return False
        finally:
            self._pushing = False
        # Say what happened: with the table scrolled on by J, a key press otherwise leaves no trace.
        self.say(f"{text[:1].upper()}{text[1:]} (Ctrl+Z undoes)")
        return True

    def _on_undo_index(self, index: int) -> None:
        """Ctrl+Z and Ctrl+Shift+Z say what they undid or redid (a push says it itself)."""
        stack, before = self.w.undo_stack, self._index
        self._index = index
        if not shiboken6.isValid(stack) or stack.count() == 0:  # the window is going, or another document came
            return
        if stack is not self._stack:  # another document's history became active: nothing was undone
            self._stack = stack
            return
        if index < before:
            self.say(f"Undone: {stack.text(index)}")
            self._select_changed(stack.command(index))
        elif index > before and not self._pushing:
            self.say(f"Redone: {stack.text(index - 1)}")
            self._select_changed(stack.command(index - 1))

    def _select_changed(self, command) -> None:
        """After undo or redo, the row of the item that changed is the selected one again."""
        target = cmd.changed_item(command)
        if target is not None:
            collection, key = target
            if key in self.w.doc.keys(collection):
                self.select_item(collection, key)

    def describe(self, collection: str, key: str) -> str:
        """An item as a person knows it: “Canada” (GPE), a quote's first words, a topic's label."""
        try:
            item = self.w.doc.item(collection, key)
        except (ModelError, KeyError):
            return key
        if collection == "entities":
            return f"“{item.text}” ({item.label})"
        if collection == "quotes":
            words = item.text.split()
            return f"the quote “{' '.join(words[:6])}{'…' if len(words) > 6 else ''}”"
        if collection == "topics":
            return f"the topic {item.label}"
        return f"the field {key}"

    def _keys(self, collection: str | None = None) -> tuple[str, list[str]]:
        collection = collection or self.w.current_collection()
        return collection, self.w.panels[collection].selected_keys()

    def on_document_change(self, change: Change) -> None:
        if change.action in ("update", "insert", "remove"):
            panel = self.w.panels.get(change.collection)
            if panel is not None and change.key == panel.current_key():
                self.show_in_text(change.collection, change.key)

    # -- status ---------------------------------------------------------------------------

    def set_status(self, status: str, advance: bool = True) -> None:
        collection, keys = self._keys()
        if not keys:
            self.say("Select an item first (J jumps to the next unreviewed one)")
            return
        verb = "accept" if status == "accepted" else "reject"
        what = self.describe(collection, keys[0]) if len(keys) == 1 else f"{len(keys)} {collection}"
        panel = self.w.panels[collection]
        row = panel.view.currentIndex().row()
        if self.push(cmd.EditItems(self.w.doc, collection, keys, cmd.set_status(collection, status), f"{verb} {what}")):
            done = self.w.statusBar().currentMessage()
            if not panel.shows(keys[0]):  # its row left the table (rejected ones hidden): the next one moved up
                row -= 1
            if advance and len(keys) == 1 and not self.go(+1, row):
                self.say(f"{done} · no unreviewed {collection} left")

    def accept(self) -> None:
        self.set_status("accepted")

    def reject(self) -> None:
        self.set_status("rejected")

    def accept_all(self) -> None:
        collection = self.w.current_collection()
        panel = self.w.panels[collection]
        rows = (panel.proxy.index(row, 0) for row in range(panel.proxy.rowCount()))
        keys = [index.data(KEY_ROLE) for index in rows if index.data(STATUS_ROLE) == "suggested"]
        if not keys or not self.push(cmd.EditItems(self.w.doc, collection, keys, cmd.set_status(collection, "accepted"),
                                                   f"accept {len(keys)} remaining {collection}")):
            self.say(f"No {collection} left to accept")

    # -- entities ---------------------------------------------------------------------------

    def relabel(self, label: str) -> None:
        """A label key: label the article's text selection if the article has focus, else relabel."""
        span = self.w.article.selected_span()
        article_first = self.w.article.hasFocus() or self.w.current_collection() != "entities"
        if span is not None and (article_first or not self.w.panels["entities"].selected_keys()):
            self.add_entity(span[0], span[1], label)
            return
        keys = self.w.panels["entities"].selected_keys()
        if self.w.current_collection() != "entities" or not keys:
            self.say("Select entities to relabel, or text in the article to label")
            return
        what = self.describe("entities", keys[0]) if len(keys) == 1 else f"{len(keys)} entities"
        row = self.w.panels["entities"].view.currentIndex().row()
        if self.correct("entities", keys, cmd.relabel(label), f"relabel {what} as {label}") and len(keys) == 1:
            self.go(+1, row)  # reviewed: on to the next one, as accept does

    def pick_label(self) -> None:
        """0: any label from a type-to-filter list (those beyond the nine digit keys)."""
        in_text = self.w.article.hasFocus()  # decides between labelling the selection and relabelling
        label = pick_label(self.w, self.w.settings.label_names)
        if label is not None:
            if in_text:
                self.w.article.setFocus()
            self.relabel(label)

    def label_all(self) -> None:
        """Ctrl+Shift+L: every whole-word occurrence of the text selection (a label is asked) or of
        the current entity (its label) becomes an entity, where no entity covers it; one undo step."""
        doc, span = self.w.doc, self.w.article.selected_span()
        keys = self.w.panels["entities"].selected_keys() if self.w.current_collection() == "entities" else []
        if span is not None and (self.w.article.hasFocus() or not keys):
            needle, label = doc.text[span[0]:span[1]], pick_label(self.w, self.w.settings.label_names)
        elif len(keys) == 1:
            needle, label = doc.entity(keys[0]).text, doc.entity(keys[0]).label
        else:
            self.say("Select text in the article, or one entity, to label all its occurrences")
            return
        if label is None:
            return
        taken = SpanIndex((e.start, e.end, e.id) for e in doc.entities if e.status != "rejected")
        ids = doc.id_maker()
        new = [doc.make_entity(start, end, label, id=ids("e"), status="accepted", origin=HUMAN)
               for start, end in occurrences(doc.text, needle, whole_words=True)
               if not taken.overlapping(start, end)]  # inside "Mélanie Joly": not another "Joly"
        if not new:
            self.say(f"Every “{needle}” is already labelled")
            return
        self.push(cmd.AddEntities(doc, new, f"label {len(new)} × “{needle}” as {label}"))

    def add_entity_from_selection(self, label: str) -> None:
        span = self.w.article.selected_span()
        if span is not None:
            self.add_entity(span[0], span[1], label)

    def add_entity(self, start: int, end: int, label: str) -> None:
        doc = self.w.doc
        entity = doc.make_entity(start, end, label, status="accepted", origin=HUMAN)
        if self.push(cmd.AddItem(doc, entity, f"add {label} “{entity.text}”")):
            self.w.article.select_span(end, end)  # drop the selection so the next key acts on the row
            self.select_item("entities", entity.id)

    def set_span_from_selection(self) -> None:
        span = self.w.article.selected_span()
        collection, keys = self._keys("entities")
        if span is None or len(keys) != 1 or self.w.current_collection() != "entities":
            self.say("Select one entity and the text it should cover")
            return
        self.correct("entities", keys, cmd.set_span(*span), "set span")

    def move_span(self, start_delta: int, end_delta: int, by_word: bool = False) -> None:
        """Move the current entities' start or end by a character (or a word); presses in a row
        on the same entities merge into one undo step (``NudgeSpan``)."""
        if self.w.current_collection() != "entities":
            return
        _, keys = self._keys("entities")
        if keys:
            edit = (cmd.move_span_by_words if by_word else cmd.move_span)(start_delta, end_delta)
            self.push(cmd.NudgeSpan(self.w.doc, "entities", keys, cmd.and_accept("entities", edit), "fix span"))

    def merge(self) -> None:
        _, keys = self._keys("entities")
        if not keys or self.w.current_collection() != "entities":  # never the hidden table's rows
            self.say("Select the mentions to merge in the Entities table (Ctrl+1)")
            return
        entities = [self.w.doc.entity(key) for key in keys]
        name = ask_canonical(self.w, entities, self.w.doc.entities)
        if name is not None:
            self.correct("entities", keys, cmd.set_canonical(name or None), f"merge as {name!r}")

    # -- topics and metadata ------------------------------------------------------------------

    def set_primary(self) -> None:
        _, keys = self._keys("topics")
        if self.w.current_collection() == "topics" and len(keys) == 1:
            self.push(cmd.SetPrimaryTopic(self.w.doc, keys[0]))

    def add_topic(self) -> None:
        chosen = pick_topic(self.w, {t.code for t in self.w.doc.topics})
        if chosen is not None:
            code, label = chosen
            if self.push(cmd.AddItem(self.w.doc, Topic(code=code, label=label, status="accepted", origin=HUMAN), f"add topic {label}")):
                self.select_item("topics", code)

    def add_field(self) -> None:
        answer = ask_metadata_field(self.w, set(self.w.doc.metadata))
        if answer is not None:
            name, value = answer
            try:
                value = checked_meta_value(name, value)
            except ModelError as error:
                self.say(f"Not done: {error}", 8000)
                return
            field = MetaField(name=name, value=value, status="accepted", origin=HUMAN)
            if self.push(cmd.AddItem(self.w.doc, field, f"add field {name}")):
                self.select_item("metadata", name)

    def edit_cell(self) -> None:
        panel = self.w.current_panel()
        index = panel.view.currentIndex()
        model = panel.model
        if isinstance(model, EntityTableModel) and index.column() not in model.editable_columns:
            index = index.siblingAtColumn(EntityTableModel.COL_LABEL)
        if isinstance(model, MetaTableModel):
            index = index.siblingAtColumn(MetaTableModel.COL_VALUE)
        if isinstance(model, QuoteTableModel) and index.isValid():
            if index.column() == QuoteTableModel.COL_CUE:  # a cue is a span: it comes from the text
                self.set_cue_from_selection(index.data(KEY_ROLE))
                return
            if index.column() == QuoteTableModel.COL_SPEAKER:
                self.link_speaker()
                return
            index = index.siblingAtColumn(QuoteTableModel.COL_KIND)
        if index.isValid():
            panel.view.setCurrentIndex(index)
            panel.view.edit(index)

    def cell_edited(self, collection: str, key: str, column: int, value: object) -> None:
        value = str(value).strip()
        doc = self.w.doc
        if collection == "entities" and column == EntityTableModel.COL_LABEL and value and value != doc.entity(key).label:
            self.correct("entities", [key], cmd.relabel(value), f"relabel as {value}")
        elif collection == "entities" and column == EntityTableModel.COL_CANONICAL and value != (doc.entity(key).canonical or ""):
            self.correct("entities", [key], cmd.set_canonical(value or None), "set canonical name")
        elif collection == "quotes" and column == QuoteTableModel.COL_KIND and value and value != doc.quote(key).kind:
            self.correct("quotes", [key], cmd.edit_quote(kind=value), f"make the quote {value}")
        elif collection == "metadata" and column == MetaTableModel.COL_VALUE and value != doc.metadata[key].value:
            try:
                value = checked_meta_value(key, value)
            except ModelError as error:
                self.say(f"Not done: {error}", 8000)
                return
            if value != doc.metadata[key].value:
                self.correct("metadata", [key], cmd.edit_meta(value), f"edit {key}")

    # -- the document as a whole ---------------------------------------------------------------

    def mark_done(self) -> None:
        """Ctrl+Enter: the annotation state becomes "done" (saved with the document, undoable)."""
        if self.w.doc.annotation.state == DONE:
            self.say("This document is already marked done (Ctrl+Z undoes the marking)")
            return
        self.push(cmd.SetAnnotationState(self.w.doc, DONE, "mark the document done"))

    def no_other_document(self) -> None:
        """Ctrl+PgDn / Ctrl+PgUp go through a workspace's documents; with one document they only
        say so (rather than falling through to the table, which would page its cursor away)."""
        self.say("Only one document is open: Ctrl+PgDn / Ctrl+PgUp move between a workspace's documents")

    # -- navigation ---------------------------------------------------------------------------

    def go(self, step: int, here: int | None = None) -> bool:
        """Select the next (step 1) or previous (-1) unreviewed suggestion in the current table,
        after row ``here`` (default: the current row); False (and a message) if there is none."""
        panel = self.w.current_panel()
        proxy = panel.proxy
        count = proxy.rowCount()
        if count == 0:
            return False
        if here is None:
            current = panel.view.currentIndex()
            here = current.row()
            # Qt makes the first row current, unselected, when a table first gets the focus: that
            # row has not been looked at yet, so J starts there rather than after it.
            if here >= 0 and not panel.view.selectionModel().isRowSelected(here, current.parent()):
                here -= step
        start = here if here >= 0 else (-1 if step > 0 else count)
        for offset in range(1, count + 1):
            row = (start + step * offset) % count
            if proxy.index(row, 0).data(STATUS_ROLE) == "suggested":
                index = proxy.index(row, 0)
                panel.view.setCurrentIndex(index)
                panel.view.scrollTo(index)
                if not self.w.article.hasFocus():
                    panel.view.setFocus()
                return True
        self.say(f"No unreviewed {self.w.current_collection()} left")
        return False

    def select_item(self, collection: str, key: str) -> None:
        self.w.tabs.setCurrentWidget(self.w.panels[collection])
        self.w.panels[collection].select_key(key)
        self.w.panels[collection].view.setFocus()

    def show_in_text(self, collection: str, key: str) -> None:
        try:  # topics have no place in the text, metadata fields only sometimes
            item = self.w.doc.item(collection, key) if key and collection != "topics" else None
        except ModelError:
            item = None
        if item is None or (collection == "metadata" and not item.has_span):
            self.w.article.clear_current()
            return
        self.w.article.show_current(item.start, item.end)

