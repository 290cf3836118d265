"""Quote cues and speech forms of issue 12 (mixed quotes inside a reported clause, expressive and
inverted cues), each on sentences written for these tests, not taken from any data set."""

from annotator.extract.entities import find_entities
from annotator.extract.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, cue, speaker name) of every quote suggested for ``text``."""
    return [(q.kind, text[q.start:q.end], text[q.cue_start:q.cue_end] if q.cue_start is not None else None,
             q.speaker.name if q.speaker else None) for q in find_quotes(text, find_entities(text))]


def test_quoted_words_inside_a_reported_clause_are_one_mixed_quote_of_its_speaker():
    # a later noun that is also a cue form ("comment") is no tag for the quoted words
    text = ("Councillor Mia Torres said the harbour plan was “a costly mistake” for the fishing fleet and "
            "her budget comment was a warning to the board.")
    assert _quotes(text) == [("mixed", "the harbour plan was “a costly mistake” for the fishing fleet and her "
                              "budget comment was a warning to the board", "said", "Mia Torres")]


def test_quoted_words_tagged_right_after_them_stay_the_tag_speakers():
    text = "Councillor Mia Torres said the fleet was ready. Dredging the port “costs too much,” Omar Lindqvist said."
    kinds = {content: (kind, speaker) for kind, content, _, speaker in _quotes(text)}
    assert kinds["Dredging the port “costs too much,”"] == ("mixed", "Omar Lindqvist")


def test_an_expressive_speech_verb_is_the_cue_not_an_earlier_subjects_verb():
    text = ("After Dana Whitfield criticized the ferry contract at the hearing, Omar Lindqvist shot back, "
            "“Nobody on this council has read it.”")
    direct = [(cue, speaker) for kind, _, cue, speaker in _quotes(text) if kind == "direct"]
    assert direct == [("shot back", "Omar Lindqvist")]


def test_expressive_verbs_tag_direct_quotes():
    for verb in ("barked", "fired back:", "hit back,", "quipped", "retorted", "scoffed", "mused", "tweeted", "wrote"):
        text = f"Councillor Mia Torres {verb} “The ferry will sail on time or not at all.”"
        (kind, _, cue, speaker), = _quotes(text)
        assert (kind, cue, speaker) == ("direct", verb.rstrip(",:"), "Mia Torres"), verb


def test_a_capitalised_cue_before_its_speaker_is_an_inverted_attribution():
    for verb in ("Stated", "Added", "Replied", "Countered"):
        text = f"Omar Lindqvist spoke last. {verb} Lindqvist: “The harbour wall will hold this winter.”"
        (kind, _, cue, speaker), = _quotes(text)
        assert (kind, cue, speaker) == ("direct", verb, "Omar Lindqvist"), verb


def test_capitalised_cue_words_and_gunfire_without_quotes_are_not_speech():
    for text in ("Added costs will fall on riders of the ferry this winter.",
                 "The rebels fired back at the soldiers across the river."):
        assert _quotes(text) == [], text


def test_quoted_words_running_on_into_a_verb_belong_to_the_earlier_speaker():
    text = "Mayor Ruth Abara said in a letter that the timetable “plainly and wrongly” suggests the port is closing."
    (kind, content, cue, speaker), = _quotes(text)
    assert (kind, cue, speaker) == ("mixed", "said", "Ruth Abara")
    assert content.startswith("that the timetable “plainly and wrongly” suggests")


def test_who_is_urged_belongs_to_what_is_urged():
    text = "Ruth Abara urged the council to reject the ferry contract before the vote."
    assert _quotes(text) == [("indirect", "the council to reject the ferry contract before the vote", "urged",
                              "Ruth Abara")]
    text = "Ruth Abara vowed to reject the ferry contract before the vote."
    assert _quotes(text) == [("indirect", "to reject the ferry contract before the vote", "vowed", "Ruth Abara")]


def test_a_gerund_after_a_direct_quotes_tag_goes_on_with_the_tags_speaker():
    text = "“The pier is safe,” the harbour master said, adding that repairs would start in the spring."
    _, (kind, content, cue, _) = _quotes(text)
    speakers = [text[q.speaker.start:q.speaker.end] for q in find_quotes(text, find_entities(text))]
    assert (kind, content, cue) == ("indirect", "that repairs would start in the spring", "adding")
    assert speakers == ["the harbour master", "the harbour master"]
    text = "“The pier is safe,” said Ruth Abara, arguing that repairs would start in the spring."
    assert [speaker for *_, speaker in _quotes(text)] == ["Ruth Abara", "Ruth Abara"]


def test_a_gerund_after_a_tag_and_a_place_goes_on_with_the_sayer_not_the_place():
    text = "“The pier is safe,” she said in the Harbour Office, emphasizing that repairs would start soon."
    assert [text[q.speaker.start:q.speaker.end] for q in find_quotes(text, find_entities(text))] == ["she", "she"]


def test_the_person_named_after_a_quote_speaks_across_a_chain_of_appositives():
    text = ("“The levy is unfair to islanders,” Omar Lindqvist, the deputy mayor of Northport, one of the "
            "towns that sued the province, said at a hearing.")
    (kind, _, cue, speaker), = _quotes(text)
    assert (kind, cue, speaker) == ("direct", "said", "Omar Lindqvist")


def test_a_cue_form_after_a_determiner_is_a_noun_not_the_tag():
    text = "“The levy is unfair,” Omar Lindqvist, who leads one of the states in the union, told the hearing."
    (_, _, cue, speaker), = _quotes(text)
    assert (cue, speaker) == ("told", "Omar Lindqvist")


def test_cue_scans_prefer_phrases_take_whole_words_and_add_speech_nouns_for_reported_speech():
    from annotator.extract.quote_cues import cue_re, reported_cue_re

    text = ("She called for calm; he called them. They say it says little, unsaid, saying so. "
            "According to Lee, the statement points out.")
    cues = ["called for", "called", "say", "says", "saying", "According to", "points out"]
    assert [m.group() for m in cue_re().finditer(text)] == cues
    assert [m.group() for m in reported_cue_re().finditer(text)] == cues[:6] + ["statement", "points out"]
