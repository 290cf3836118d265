"""A long text in pieces cut at a space, so a word list of a 50 MB article never exists whole."""

from __future__ import annotations

from typing import Iterator

BLOCK = 65_536  # characters


def text_blocks(text: str, size: int = BLOCK) -> Iterator[str]:
    """``text`` in pieces of about ``size`` characters, each cut at a space, so no word is split."""
    start = 0
    while start < len(text):
        end = start + size
        if end < len(text):
            cut = text.rfind(" ", start + 1, end)
            cut = cut if cut > start else text.find(" ", end)
            end = len(text) if cut < 0 else cut
        yield text[start:end]
        start = end
