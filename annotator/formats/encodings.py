"""Which legacy encoding a text file that is not UTF-8 was written in.

A general detector asked to choose between Windows-1252 and Windows-1250 picks wrong on short
news text: "José Núñez" came out "Núńez" and a French « prêts » "Ť pręts ť".  The rule here
reads the bytes in each candidate encoding and asks of each reading two things a person would:

1. **Is it one language?**  The share of non-ASCII characters that are letters (or typographic
   marks) of a single language among those we know.  "Núńez" mixes Spanish ú with Polish ń: no
   language has both; read as cp1252 it is all Spanish.
2. **Is it cased and spelled like words?**  A lower-case letter followed by an upper-case one
   inside a word ("JosÈ", KOI8-R read as cp1251: "рПХБЕР"), or Latin and Cyrillic letters in one
   word ("niсo": Spanish read as cp1251), is a misreading.

Symbols inside words ("za¿ó³æ": Polish read as cp1252) and letters beside digits ("Ł5m": a pound
sign read as cp1250) count as foreign.  The best score wins;
on a tie the earlier candidate in :data:`CANDIDATES` does, so cp1252 (what Western newsrooms'
"latin-1" files really are) wins whenever its reading is as good as any.  Measured by
``benchmarks/encodings.py`` (sentences in 17 languages in each encoding that holds them, and the
BBC articles re-encoded).
"""

from __future__ import annotations

import re
import unicodedata

# Tried in this order; on equal scores the first wins.
CANDIDATES = ("cp1252", "cp1250", "iso8859_2", "cp1251", "koi8_r", "mac_roman", "iso8859_15", "latin_1")

NAMES = {"cp1252": "Windows-1252 (Western European)", "cp1250": "Windows-1250 (Central European)",
         "iso8859_2": "ISO 8859-2 (Central European)", "cp1251": "Windows-1251 (Cyrillic)",
         "koi8_r": "KOI8-R (Russian)", "mac_roman": "Mac OS Roman", "iso8859_15": "ISO 8859-15 (Western European)",
         "latin_1": "ISO 8859-1 (Western European)", "utf-8": "UTF-8", "utf-16": "UTF-16"}

_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщъыьэюя"
# Lower-case letters beyond ASCII of each language (upper case is added below).
LANGUAGE_LETTERS = {
    "French": "àâæçéèêëîïôœùûüÿ", "Spanish": "áéíóúñü", "German": "äöüß", "Portuguese": "áàâãçéêíóôõú",
    "Italian": "àèéìíòóùú", "Dutch": "éèëïöüáó", "Catalan": "àçéèíïòóúü", "Danish/Norwegian": "æøåéó",
    "Swedish/Finnish": "åäöé", "Icelandic": "áðéíóúýþæö", "Polish": "ąćęłńóśźż", "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž", "Hungarian": "áéíóöőúüű", "Croatian/Slovene": "čćđšž",
    "Romanian": "ăâîșțşţ", "Russian": _CYRILLIC + "ё", "Ukrainian": _CYRILLIC + "єіїґ",
    "Bulgarian/Serbian": _CYRILLIC + "ђјљњћџ",
}
_LETTER_SETS = {name: frozenset(letters + letters.upper()) for name, letters in LANGUAGE_LETTERS.items()}
# Typographic marks any of these languages' news uses: quotes, dashes, currency, the degree sign...
_MARKS = frozenset("“”‘’„‚«»‹›–—…€£¥¢°§©®™•·ªº¡¿\u00a0†‡‰")
MARK_WEIGHT = 0.9
_APOSTROPHES = frozenset("’'·")  # at home inside a word: "don’t", "l·l"
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def score(text: str) -> float:
    """How well ``text`` reads as one language, cased like words: at most 1.0."""
    foreign = [i for i, char in enumerate(text) if ord(char) > 127]
    if not foreign:
        return 1.0
    counts: dict[str, int] = {}
    for i in foreign:
        char = text[i]
        if char in _MARKS:
            inside = 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
            if inside and char not in _APOSTROPHES:
                continue  # a symbol inside a word is a misread letter
            counts["marks"] = counts.get("marks", 0) + 1
        elif not ((i > 0 and text[i - 1].isdigit()) or (i < len(text) - 1 and text[i + 1].isdigit())):
            counts[char] = counts.get(char, 0) + 1  # a letter beside a digit ("Ł5m") is a misread sign
    marks = counts.pop("marks", 0)
    best = max(sum(n for char, n in counts.items() if char in letters) for letters in _LETTER_SETS.values())
    # A mark counts a little less than a letter of the language: "Belgi‘ en de cošperatie" (Dutch
    # Mac Roman read as cp1252) is one Czech letter and a quote; "België en de coöperatie" is all Dutch.
    coverage = (best + MARK_WEIGHT * marks) / len(foreign)
    return coverage - _miscased_share(text) - _control_share(text, len(foreign))


def _miscased_share(text: str) -> float:
    """The share of words with non-ASCII letters that have an upper-case letter after a lower-case one."""
    words = [word for word in _WORD.findall(text) if not word.isascii()]
    if not words:
        return 0.0
    bad = sum(1 for word in words if _misread_word(word))
    return bad / len(words)


def _misread_word(word: str) -> bool:
    """"JosÈ" (lower then upper case) or "niсo" (Latin and Cyrillic letters in one word)."""
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:])):
        return True
    cyrillic = sum(1 for char in word if "\u0400" <= char <= "\u04ff")
    return 0 < cyrillic < len(word)


def _control_share(text: str, foreign: int) -> float:
    controls = sum(1 for char in text if ord(char) > 127 and unicodedata.category(char) in ("Cc", "Cn", "Co"))
    return 2.0 * controls / foreign


SAMPLE_CHARS = 50_000  # plenty to judge by; a 1 MB Cyrillic file is decided in 0.3 s, not 1 s


def guess_encoding(data: bytes) -> tuple[str, str, float]:
    """``(text, encoding, score)`` for bytes that are not UTF-8: the best-reading candidate."""
    best: tuple[float, int, str, str] | None = None
    for rank, encoding in enumerate(CANDIDATES):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        value = score(text[:SAMPLE_CHARS])
        if best is None or (value, -rank) > (best[0], best[1]):
            best = (value, -rank, text, encoding)
    assert best is not None  # latin_1 decodes any bytes
    return best[2], best[3], best[0]


def describe(encoding: str) -> str:
    return NAMES.get(encoding, encoding)
