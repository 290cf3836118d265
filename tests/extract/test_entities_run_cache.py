"""The scanner reads each capitalised run once and reuses the reading: reuse must never leak one
article's document-level decisions into another, and the kept readings stay bounded."""

from __future__ import annotations

from annotator.extract import entities
from annotator.extract.entities import find_entities


def mentions(text: str) -> list[tuple[int, int, str, str | None, str | None]]:
    return [(s.start, s.end, text[s.start:s.end], s.label, s.canonical) for s in find_entities(text)]


def test_a_reading_changed_by_one_article_is_not_seen_by_the_next():
    # In the first article the lone "Joly" is settled as the person named in full before it; the second
    # article has no full name, so its "Joly" must come out as it did before the first article was read.
    lone = "Joly said the talks would resume in the spring. Officials in Ottawa agreed."
    before = mentions(lone)
    named = "Foreign Affairs Minister Mélanie Joly met officials on Monday. Joly said the talks went well."
    assert ("Joly", "PERSON", "Mélanie Joly") in [(m[2], m[3], m[4]) for m in mentions(named)]
    assert mentions(lone) == before


def test_the_same_run_in_two_places_gets_its_own_offsets():
    text = "Mark Carney spoke first. Later, Mark Carney spoke again."
    found = [m for m in mentions(text) if m[2] == "Mark Carney"]
    assert [m[0] for m in found] == [0, text.rindex("Mark Carney")]


def test_readings_kept_stay_bounded_and_change_nothing(monkeypatch):
    names = " ".join(f"Visitor{n} Smithson{n} arrived." for n in range(40))
    text = f"{names} Mélanie Joly met Mark Carney in Ottawa. Joly said so."
    expected = mentions(text)
    monkeypatch.setattr(entities, "_RUN_CACHE_SIZE", 4)
    monkeypatch.setattr(entities, "_run_cache", [])  # none of the readings above: all are read again
    assert mentions(text) == expected
    assert all(len(readings) <= 4 for _, readings in entities._run_cache)
