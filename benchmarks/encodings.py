"""How often a legacy-encoded text file is decoded right: our rule vs. charset-normalizer.

    python benchmarks/encodings.py

Sentences in 17 languages (short, news-like, with names: the hard case) are encoded in every
legacy encoding that can hold them; with ../shared/data present, the BBC articles (English with
£ and curly quotes) are re-encoded too.  A file counts as right when the decoded text equals
the original exactly.  Prints per-encoding counts for both deciders.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _paths import DATA  # noqa: E402

from annotator.formats.encodings import CANDIDATES, guess_encoding  # noqa: E402

SENTENCES = {
    "French": ["Le ministre Jérôme Lefèvre a déclaré : « Nous sommes prêts à négocier. »",
               "À Besançon, l’hôpital a reçu 12 000 € de dons après la tempête de décembre."],
    "Spanish": ["José Núñez, alcalde de Logroño, dijo que «la situación es difícil».",
                "El niño pidió ayuda: ¿dónde está la estación de Cádiz?"],
    "German": ["Bundeskanzler Jürgen Müller äußerte sich am Dienstag zur Lage in Köln.",
               "Die Grünen fordern größere Anstrengungen für den Klimaschutz."],
    "Portuguese": ["O presidente João Câmara afirmou que a situação económica é “grave”.",
                   "Em São Paulo, as eleições começam em outubro, disse Conceição."],
    "Italian": ["Il sindaco Niccolò Fabbri ha detto che la città è pronta.", "Perché no? ha risposto così."],
    "Dutch": ["Minister Rutte sprak over de crisis in België en de coöperatie."],
    "Danish": ["Statsminister Søren Møller talte om økonomien i Århus."],
    "Swedish": ["Statsministern Åsa Öberg säger att läget är allvarligt."],
    "Icelandic": ["Forsætisráðherra Þórður Jónsson sagði að ástandið væri gott."],
    "Polish": ["Premier Donald Tusk spotkał się w Łodzi z ministrem Sikorskim.",
               "Wałęsa powiedział, że „źródłem problemów” są ceny żywności."],
    "Czech": ["Předseda vlády Petr Fiala řekl, že situace je vážná.", "Příliš žluťoučký kůň úpěl ďábelské ódy."],
    "Slovak": ["Predseda vlády Robert Fico povedal, že ľudia sú unavení."],
    "Hungarian": ["Orbán Viktor miniszterelnök szerint a gazdaság erős."],
    "Croatian": ["Predsjednik Zoran Milanović rekao je da će Hrvatska pomoći."],
    "Romanian": ["Președintele Klaus Iohannis a spus că România este pregătită."],
    "Russian": ["Президент заявил, что переговоры в Москве продолжатся в среду.",
                "«Мы готовы к диалогу», — сказал министр Лавров."],
    "Ukrainian": ["Президент Зеленський заявив, що Україна готова до переговорів."],
}


def cases():
    for language, sentences in SENTENCES.items():
        for sentence in sentences:
            for encoding in CANDIDATES + ("iso8859_2",):
                try:
                    yield language, encoding, sentence, sentence.encode(encoding)
                except UnicodeEncodeError:
                    continue
    bbc = DATA / "bbc-dev"
    if bbc.is_dir():
        for path in sorted(bbc.rglob("*.txt"))[:300]:
            raw = path.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                continue
            if text.isascii():
                continue
            for encoding in ("cp1252", "latin_1", "mac_roman"):
                try:
                    yield "English (BBC)", encoding, text, text.encode(encoding)
                except UnicodeEncodeError:
                    continue


def charset_normalizer_guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    return None if best is None else str(best)


def main() -> int:
    ours, theirs, total = Counter(), Counter(), Counter()
    wrong = []
    for language, encoding, text, data in cases():
        if data.decode("utf-8", "ignore") == text:
            continue  # pure ASCII in this encoding: nothing to guess
        key = encoding if language != "English (BBC)" else f"{encoding} (BBC)"
        total[key] += 1
        decoded, chosen, _score = guess_encoding(data)
        if decoded == text:
            ours[key] += 1
        else:
            wrong.append(f"{language} in {encoding}, read as {chosen}: {decoded[:70]!r}")
        try:
            if charset_normalizer_guess(data) == text:
                theirs[key] += 1
        except ImportError:
            pass
    print(f"{'encoding':<20} {'files':>6} {'our rule':>9} {'charset-normalizer':>19}")
    for key in sorted(total):
        print(f"{key:<20} {total[key]:>6} {ours[key]:>9} {theirs[key]:>19}")
    print(f"{'all':<20} {sum(total.values()):>6} {sum(ours.values()):>9} {sum(theirs.values()):>19}")
    for line in wrong[:40]:
        print("  wrong:", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
