"""The main window: layout and wiring.  Logic lives in the controllers (editing, files, autosave)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QSplitter, QTabWidget

from .. import APP_NAME
from ..model import QUOTE_KINDS, AnnotationDocument, review_summary
from .actions import TEXT_ONLY, Actions
from .adjudication_open import adjudicate_files
from .article_view import ArticleView
from .autosave import Autosaver
from .delegates import LabelDelegate
from .editing import EditingController
from .encoding_notice import EncodingNotice
from .files import FileController
from .legend import Legend
from .sentence_caret import SentenceCaret
from .settings import Settings, save_settings
from .speaker_links import SpeakerLinks
from .table_models import EntityTableModel, MetaTableModel, QuoteTableModel, TopicTableModel
from .table_panel import TablePanel
from .text_search import ArticlePane
from .theme import Theme, ThemeFollower
from .workspace_controller import WorkspaceController

USABLE = QSize(1000, 620)  # below this the menu folds and the Metadata tab scrolls away
TABS = ("entities", "quotes", "topics", "metadata")
TAB_TITLES = {"entities": "Entities", "quotes": "Quotes", "topics": "Topics", "metadata": "Metadata"}


class MainWindow(QMainWindow):
    document_changed = Signal()  # a different document is now shown
    suggestions_shown = Signal()  # suggestions for the current document are applied (or none ran)

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.doc = AnnotationDocument(text="")
        self.path: Path | None = None  # the file the document came from
        self.save_path: Path | None = None  # where Save writes (None: ask)
        self.recovered = False  # holds unsaved work restored from an autosave
        # One undo history per document: a file's own, and in a workspace one per visited document
        # (workspace_undo); the group's active stack is the shown document's, and the Undo/Redo
        # actions and signals below follow whichever that is.
        self.undo_group = QUndoGroup(self)
        self._file_undo = QUndoStack(self.undo_group)
        self.undo_group.addStack(self._file_undo)
        self.undo_group.setActiveStack(self._file_undo)
        # The review counts walk every item: refresh them once edits pause, not on each key.
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self._update_counts)
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self._build_widgets()
        self.editing = EditingController(self)
        self.files = FileController(self)
        self.autosaver = Autosaver(self)
        self.encoding_notice = EncodingNotice(self)
        self.workspace = WorkspaceController(self)  # a folder of articles in the store; inactive until opened
        self.links = SpeakerLinks(self)  # quote -> speaker arrows and the current entity's mentions
        self.actions = Actions(self, {**self.editing.slots(), **self.files.slots(), **self._slots(),
                                      **self.workspace.slots()}, settings,
                               self.undo_group.createUndoAction(self, "&Undo"), self.undo_group.createRedoAction(self, "&Redo"))
        self.actions.show_rejected.setChecked(settings.show_rejected)
        self.actions.bind_to(self.tabs)
        self.actions.bind_to(self.article, TEXT_ONLY)
        self.menuBar().setCornerWidget(self.legend, Qt.Corner.TopRightCorner)
        self.theme_follower = ThemeFollower(self, settings.theme, self._show_theme)
        self._connect_signals()
        self.files.refresh_recent_menu()
        self._restore_geometry()
        self._update_title()
        self._update_counts()

    # -- layout ---------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.article = ArticleView(self.doc, self.settings)
        self.sentence_caret = SentenceCaret(self.article)
        models = {
            "entities": EntityTableModel(self.doc, self.settings, self),
            "quotes": QuoteTableModel(self.doc, self),
            "topics": TopicTableModel(self.doc, self),
            "metadata": MetaTableModel(self.doc, self),
        }
        labels = self.settings.label_names
        self.panels: dict[str, TablePanel] = {
            "entities": TablePanel(models["entities"], labels),
            "quotes": TablePanel(models["quotes"], list(QUOTE_KINDS)),
            "topics": TablePanel(models["topics"], None),
            "metadata": TablePanel(models["metadata"], None),
        }
        for panel in self.panels.values():
            panel.proxy.set_filter(hide_rejected=not self.settings.show_rejected)
            if self.settings.zoom:
                panel.set_zoom(self.settings.zoom)
        self.panels["entities"].view.setItemDelegateForColumn(
            EntityTableModel.COL_LABEL, LabelDelegate(lambda: self.settings.label_names, self))
        self.panels["quotes"].view.setItemDelegateForColumn(
            QuoteTableModel.COL_KIND, LabelDelegate(lambda: list(QUOTE_KINDS), self, editable=False))
        self.panels["entities"].fit_columns({0: 170, 1: 80, 2: 140, 3: 95, 4: 60})
        self.panels["quotes"].fit_columns({0: 260, 1: 65, 2: 150, 3: 70})
        self.panels["topics"].fit_columns({0: 220, 1: 130, 2: 55, 3: 80})
        self.panels["metadata"].fit_columns({0: 90, 1: 330})
        self.tabs = QTabWidget()
        for name in TABS:
            self.tabs.addTab(self.panels[name], TAB_TITLES[name])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.article_pane = ArticlePane(self.article)
        self.splitter.addWidget(self.article_pane)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.setCentralWidget(self.splitter)
        self.legend = Legend(self.settings)
        self.file_label = QLabel()
        self.counts_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.saved_label = QLabel()
        bar = self.statusBar()
        bar.addWidget(self.file_label, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.counts_label)
        bar.addPermanentWidget(self.saved_label)

    def _connect_signals(self) -> None:
        self.undo_group.indexChanged.connect(lambda _index: self._counts_timer.start())
        self.undo_group.indexChanged.connect(self._update_title)  # the state shown may have changed
        self.document_changed.connect(self._update_title)
        self.document_changed.connect(self._update_counts)
        self.editing.connect_signals()
        self.files.connect_signals()
        self.autosaver.connect_signals()
        self.workspace.connect_signals()
        self.links.connect_signals()
        for panel in self.panels.values():
            panel.view.installEventFilter(self)
            panel.filter_edit.returnPressed.connect(panel.view.setFocus)
        self.article.installEventFilter(self)

    def _slots(self) -> dict:
        return {
            "quit": self.close,
            "tab_entities": lambda: self.show_tab("entities"),
            "tab_quotes": lambda: self.show_tab("quotes"),
            "tab_topics": lambda: self.show_tab("topics"),
            "tab_metadata": lambda: self.show_tab("metadata"),
            "filter": self._focus_filter,
            "focus_text": self._switch_pane,
            "next_sentence": lambda: self.sentence_caret.move(+1),
            "previous_sentence": lambda: self.sentence_caret.move(-1),
            "select_next_sentence": lambda: self.sentence_caret.move(+1, extend=True),
            "select_previous_sentence": lambda: self.sentence_caret.move(-1, extend=True),
            "find_next": lambda: self.article_pane.find(+1),
            "find_previous": lambda: self.article_pane.find(-1),
            "show_rejected": self._toggle_rejected,
            "zoom_in": lambda: self._zoom(+1),
            "zoom_out": lambda: self._zoom(-1),
            "zoom_reset": lambda: self._zoom(0),
            "adjudicate": lambda: adjudicate_files(self),
            "speaker_jump": self.links.jump,
        }

    # -- state ------------------------------------------------------------------------------

    @property
    def undo_stack(self) -> QUndoStack:
        """The shown document's undo history."""
        return self.undo_group.activeStack() or self._file_undo

    def set_document(self, doc: AnnotationDocument, path: Path | None, save_path: Path | None,
                     recovered: bool = False, undo_stack: QUndoStack | None = None) -> None:
        """Show another document.  ``undo_stack``: its history (in the window's undo group) when
        it has one of its own (a workspace's); else the file history, emptied: the old document's
        edits cannot be undone on this one.

        ``recovered``: the document is unsaved work from an autosave (set before listeners hear of it).
        """
        if undo_stack is None:
            self._file_undo.clear()
        self.doc, self.path, self.save_path, self.recovered = doc, path, save_path, recovered
        self.undo_group.setActiveStack(undo_stack or self._file_undo)
        self.article.set_document(doc)
        for panel in self.panels.values():
            panel.model.set_document(doc)
        self.editing.set_document(doc)
        self.document_changed.emit()

    def is_modified(self) -> bool:
        return self.recovered or not self.undo_stack.isClean()

    def mark_saved(self, path: Path) -> None:
        self.save_path, self.recovered = path, False
        self.undo_stack.setClean()
        self._update_title()

    def current_collection(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def current_panel(self) -> TablePanel:
        return self.panels[self.current_collection()]

    def show_tab(self, collection: str) -> None:
        self.tabs.setCurrentWidget(self.panels[collection])
        self.panels[collection].view.setFocus()

    def set_settings(self, settings: Settings) -> None:
        """Apply new settings, redoing only what the changed ones affect (Ctrl+H flips one flag)."""
        old, self.settings = self.settings, settings
        self.article.set_settings(settings)  # compares, too
        if settings.labels != old.labels:
            self.legend.set_settings(settings)
            self.actions.set_labels(settings)
            self.panels["entities"].set_labels(settings.label_names)
            self.panels["entities"].model.set_settings(settings)
        if settings.theme != old.theme:
            self.theme_follower.set_choice(settings.theme)
        if settings.zoom != old.zoom:
            for panel in self.panels.values():
                panel.set_zoom(settings.zoom)
        if settings.show_rejected != old.show_rejected:
            for panel in self.panels.values():
                panel.proxy.set_filter(hide_rejected=not settings.show_rejected)
        save_settings(settings)

    def _show_theme(self, theme: Theme) -> None:
        """Light or dark (chosen, or the desktop's): the article, the legend and the label swatches."""
        self.article.set_theme(theme)
        self.legend.set_theme(theme)
        self.panels["entities"].model.set_theme(theme)
        self.links.refresh()  # the speaker links' marks in the new theme's blue

    def _update_title(self, *_signal_args) -> None:
        name = self.path.name if self.path else "untitled"
        state = f" ({self.doc.annotation.state})" if self.doc.annotation.state else ""  # "(done)" after Ctrl+Enter
        self.setWindowTitle(f"{name}[*]{state} — {APP_NAME}")
        self.setWindowModified(self.is_modified())
        where = str(self.save_path or self.path or "")
        self.file_label.setText(where)

    def _update_counts(self) -> None:
        summary = review_summary(self.doc)
        total = summary["all"]
        state = f" · {self.doc.annotation.state}" if self.doc.annotation.state else ""  # the title bar may be absent
        self.counts_label.setText(f"{total.reviewed} of {total.total_suggestions} reviewed · {total.added} added{state}")
        for i, name in enumerate(TABS):
            self.tabs.setTabText(i, f"{TAB_TITLES[name]} {self.panels[name].model.rowCount()}")

    def _switch_pane(self) -> None:
        """F6: into the text at the current item (caret there, to select from by word), or back."""
        if self.article.hasFocus():
            self.current_panel().view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.article.enter_at_current()

    def _focus_filter(self) -> None:
        """Ctrl+F: find in the text when the keyboard is there, else filter the table."""
        if self.article.hasFocus() or self.article_pane.find_edit.hasFocus():
            self.article_pane.open_search()
            return
        self.current_panel().filter_edit.setFocus()
        self.current_panel().filter_edit.selectAll()

    def _zoom(self, step: int) -> None:
        """Ctrl+= / Ctrl+- / Ctrl+0: the text and the tables bigger, smaller, back; kept in settings."""
        from dataclasses import replace

        from .settings import ZOOM_RANGE

        zoom = 0 if step == 0 else min(max(self.settings.zoom + step, ZOOM_RANGE[0]), ZOOM_RANGE[1])
        self.set_settings(replace(self.settings, zoom=zoom))
        self.statusBar().showMessage(f"Zoom {zoom:+d} pt (Ctrl+0 resets)", 3000)

    def _toggle_rejected(self, checked: bool) -> None:
        from dataclasses import replace

        self.set_settings(replace(self.settings, show_rejected=checked))

    # -- geometry ---------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        """The saved size and place, if they fit this screen and are big enough to work in: a
        size saved on another screen or scale came back as 617×304, the menu folded to "File ››"."""
        available = self.screen().availableGeometry()
        usable = QSize(min(USABLE.width(), available.width()), min(USABLE.height(), available.height()))
        self.setMinimumSize(usable)
        restored = bool(self.settings.geometry) and self.restoreGeometry(
            QByteArray.fromBase64(self.settings.geometry.encode("ascii")))
        fits = available.contains(self.geometry().center()) and self.width() <= available.width() \
            and self.height() <= available.height()
        if not restored or not fits or self.width() < usable.width() or self.height() < usable.height():
            if self.isMaximized() or self.isFullScreen():
                self.showNormal()
            self.resize(min(1500, available.width()), min(900, available.height()))
            self.move(available.topLeft())
        if self.settings.splitter:
            self.splitter.restoreState(QByteArray.fromBase64(self.settings.splitter.encode("ascii")))
        else:
            self.splitter.setSizes([820, 680])

    def _save_geometry(self) -> None:
        from dataclasses import replace

        self.settings = replace(self.settings, geometry=bytes(self.saveGeometry().toBase64()).decode("ascii"),
                                splitter=bytes(self.splitter.saveState().toBase64()).decode("ascii"))
        save_settings(self.settings)

    # -- events -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Enter accepts in the tables and the article; not a QAction shortcut, so that Enter
        # still commits a cell being edited and still works in dialogs.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                view = getattr(watched, "state", None)
                if view is None or watched.state() != watched.State.EditingState:  # type: ignore[attr-defined]
                    self.editing.accept()
                    return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        # A message given before the window first showed (the file opened from the command
        # line) was painted over the file label: the bar hides its widgets for a message only
        # if they are visible, and they were not yet.  Give the message again, now that they are.
        message = self.statusBar().currentMessage()
        if message:
            self.statusBar().clearMessage()  # the same text again would be ignored
            self.statusBar().showMessage(message, 6000)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.files.shutdown()
        self.workspace.close()
        self.autosaver.shutdown()
        self._save_geometry()
        event.accept()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        urls = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            if Path(urls[0]).is_dir():  # a folder is a workspace, as `annotator gui FOLDER` opens it
                self.workspace.open(urls[0])
            else:
                self.files.open_path(urls[0])
