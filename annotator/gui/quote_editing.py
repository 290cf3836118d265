"""The quote keys of the editing controller: add a quote (Q), link its speaker (L), set its cue.

A mixin of ``EditingController``: it uses the controller's ``w``, ``push``, ``correct``, ``say``,
``describe``, ``select_item`` and ``_keys``.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import HUMAN, Cue, Quote, Speaker
from . import commands as cmd
from .dialogs import REPLACE, ask_quote_overlap, pick_speaker

OPENING_QUOTES = "\"“«„‘'‹"


class QuoteEditing:
    def add_quote(self) -> None:
        """Q: the text selection becomes a quote once its speaker is picked; Escape in the picker
        (or in the overlap question) adds nothing.  Over an existing quote it asks first."""
        span = self.w.article.selected_span()
        if span is None:
            self.say("Select the quoted text in the article first")
            return
        doc = self.w.doc
        overlapping = [q for q in doc.quotes if q.status != "rejected" and q.start < span[1] and span[0] < q.end]
        replacing = False
        if overlapping:
            answer = ask_quote_overlap(self.w, [q.text for q in overlapping])
            if answer is None:
                self.say("No quote added")
                return
            replacing = answer == REPLACE
        text = doc.text[span[0]:span[1]]
        kind = "direct" if text[:1] in OPENING_QUOTES else "indirect"
        quote = Quote(id=doc.new_id("q"), start=span[0], end=span[1], text=text, kind=kind, status="accepted", origin=HUMAN)
        choice = pick_speaker(self.w, doc, quote)
        if choice is None:
            self.say("No quote added (Escape cancels the whole addition)")
            return
        speaker = doc.speaker_for_entity(choice.entity_id) if choice.entity_id else Speaker(name=choice.name) if choice.name else None
        quote = replace(quote, speaker=speaker)
        old = [q.id for q in overlapping] if replacing else []
        if self.push(cmd.AddQuote(doc, quote, old, "replace the quote" if old else "add quote")):
            self.w.article.select_span(span[1], span[1])
            self.select_item("quotes", quote.id)

    def link_speaker(self) -> None:
        _, keys = self._keys("quotes")
        if self.w.current_collection() != "quotes" or len(keys) != 1:
            self.say("Select one quote in the Quotes table")
            return
        choice = pick_speaker(self.w, self.w.doc, self.w.doc.quote(keys[0]))
        if choice is not None:
            self.link_speaker_to(keys[0], choice.entity_id, choice.name)

    def link_speaker_to(self, quote_id: str, entity_id: str | None, name: str | None = None) -> None:
        quote = self.w.doc.quote(quote_id)
        if cmd.speaker_for(self.w.doc, quote_id, entity_id, name) == quote.speaker:
            # The same person again confirms the suggestion; it does not change (or "edit") it.
            if quote.status == "suggested":
                self.push(cmd.EditItems(self.w.doc, "quotes", [quote_id], cmd.set_status("quotes", "accepted"),
                                        f"accept {self.describe('quotes', quote_id)}"))
            else:
                self.say("The speaker is unchanged")
            return
        self.correct("quotes", [quote_id], cmd.link_speaker(entity_id, name), "link speaker")

    def set_cue_from_selection(self, quote_id: str) -> None:
        span = self.w.article.selected_span()
        if span is None:
            self.say("Select the cue (the reporting verb) in the article, then F2 on the Cue cell")
            return
        cue = Cue(start=span[0], end=span[1], text=self.w.doc.text[span[0]:span[1]])
        self.correct("quotes", [quote_id], cmd.edit_quote(cue=cue), f"set the cue “{cue.text}”")

