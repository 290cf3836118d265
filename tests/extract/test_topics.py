"""Topic suggestions on hand-written snippets of general news."""

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from annotator.extract.base import EntitySuggestion
from annotator.extract.iptc import load_vocabulary
from annotator.extract.topic_lexicon import SUBTOPIC_CUES, TOP_LEXICON
from annotator.extract.topics import find_topics, score_topics

POLITICS, SPORT, ECONOMY = "medtop:11000000", "medtop:15000000", "medtop:04000000"
SNIPPETS = {
    # hand-written, not taken from any evaluation set
    "medtop:11000000": "Parliament rejects budget bill\n\nThe opposition voted against the government's "
                       "budget bill on Tuesday, and the prime minister said an early election was now likely. "
                       "Several MPs from the governing coalition abstained.",
    "medtop:15000000": "Late goal sends United into cup final\n\nA stoppage-time header from the striker "
                       "gave United a 2-1 win in the semi-final. The goalkeeper saved a penalty in the first "
                       "half and the manager praised his squad.",
    "medtop:04000000": "Shares slide as profits fall\n\nShares in the retailer fell 8% after it reported a drop "
                       "in quarterly profit. Analysts said weak consumer demand and rising interest rates hurt "
                       "sales, and investors fear a recession.",
    "medtop:13000000": "New phone chip promises longer battery life\n\nThe chip maker said its new processor "
                       "lets smartphones run software faster while using less power. The technology will also "
                       "be used in laptops and wireless broadband devices.",
    "medtop:01000000": "Director's new film tops box office\n\nThe actress, who starred in last year's hit "
                       "musical, plays a jazz singer in the film. Critics praised the soundtrack album and "
                       "the movie took $40m in its opening weekend.",
    "medtop:16000000": "Troops advance as ceasefire collapses\n\nSoldiers backed by artillery and air strikes "
                       "pushed into the rebel-held town, the army said. Militants fired missiles at the "
                       "border, and the fighting forced thousands to flee the war.",
    "medtop:02000000": "Man jailed for bank fraud\n\nA judge sentenced the former accountant to six years in "
                       "prison after a jury found him guilty of fraud. Prosecutors told the court he stole "
                       "from clients; police arrested him in 2021.",
    "medtop:07000000": "Hospitals prepare for flu season\n\nDoctors urged patients to get the vaccine as "
                       "hospitals reported a rise in flu infections. Nurses said the outbreak put pressure "
                       "on emergency care for patients with chronic disease.",
    "medtop:03000000": "Earthquake kills dozens\n\nA powerful earthquake struck the coast overnight, "
                       "collapsing buildings. Rescuers searched the rubble for survivors and the death toll "
                       "rose as a tsunami warning was issued and residents were evacuated.",
    "medtop:06000000": "Nations agree to cut emissions\n\nClimate negotiators agreed to cut greenhouse gas "
                       "emissions to slow global warming. Environmental groups said the deal on fossil fuels "
                       "and deforestation did not go far enough to protect biodiversity.",
}


def _primary(topics):
    primaries = [t for t in topics if t.primary]
    assert len(primaries) == 1
    return primaries[0]


def test_primary_topic_of_general_news_snippets():
    wrong = {}
    for expected, text in SNIPPETS.items():
        got = _primary(find_topics(text)).code
        if got != expected:
            wrong[expected] = got
    assert not wrong


def test_scores_are_between_0_and_1_and_the_primary_scores_highest():
    for text in SNIPPETS.values():
        topics = find_topics(text)
        assert all(0.0 <= t.score <= 1.0 for t in topics)
        assert _primary(topics).score == max(t.score for t in topics if load_vocabulary().get(t.code).level == 1)


def test_codes_and_labels_come_from_the_vocabulary():
    vocabulary = load_vocabulary()
    for text in SNIPPETS.values():
        for topic in find_topics(text):
            concept = vocabulary.get(topic.code)
            assert concept is not None and topic.code.startswith("medtop:")
            assert topic.label == concept.label and not concept.retired


def test_sub_topics_roll_up_to_a_suggested_top_level_topic():
    vocabulary = load_vocabulary()
    for text in SNIPPETS.values():
        topics = find_topics(text)
        codes = {t.code for t in topics}
        for topic in topics:
            concept = vocabulary.get(topic.code)
            assert concept.level <= 3
            if concept.level > 1:
                assert concept.top in codes, (topic.label, concept.top)
                assert concept.parent in codes, (topic.label, concept.parent)
                assert not topic.primary


def test_clear_evidence_gives_a_sub_topic():
    labels = {t.label for t in find_topics(SNIPPETS[SPORT] + " The football club's fans celebrated the goal.")}
    assert "soccer" in labels
    labels = {t.label for t in find_topics(SNIPPETS[POLITICS] + " Voters go to the polls; turnout in the "
                                                                "election is expected to be high.")}
    assert "election" in labels


def test_an_article_on_two_subjects_gets_a_secondary_topic():
    text = SNIPPETS[POLITICS] + "\n" + SNIPPETS[ECONOMY].split("\n\n", 1)[1]
    topics = find_topics(text)
    assert _primary(topics).code in {POLITICS, ECONOMY}
    assert {POLITICS, ECONOMY} <= {t.code for t in topics}


def test_no_evidence_no_topics():
    assert find_topics("") == []
    assert find_topics("   \n\n ") == []
    assert find_topics("The blue one is next to the other thing.") == []


def test_entities_support_a_topic_already_evidenced_but_never_invent_one():
    text = "Talks\n\nThe minister met the delegation and their talks went on late."
    nationalities = [EntitySuggestion(start=0, end=5, label="NORP")] * 6
    without, with_entities = score_topics(text), score_topics(text, nationalities)
    assert with_entities[POLITICS] > without[POLITICS] > 0
    assert with_entities[SPORT] == without[SPORT] == 0
    assert find_topics("The blue one is next to the other thing.", nationalities) == []


def test_lexicon_sub_topic_labels_exist_in_the_vocabulary():
    vocabulary = load_vocabulary()
    assert all(vocabulary.by_label(label).level in (2, 3) for label in SUBTOPIC_CUES)
    assert all(vocabulary.get(code).level == 1 for code in TOP_LEXICON)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8") | st.sampled_from(list(string.ascii_letters + " \n'’-")),
               max_size=400),
       st.lists(st.sampled_from(["PERSON", "GPE", "NORP", "MONEY", "LAW", "ORG", "??"]), max_size=20))
def test_never_raises_and_always_one_primary_when_anything_is_suggested(text, labels):
    entities = [EntitySuggestion(start=0, end=1, label=label) for label in labels]
    topics = find_topics(text, entities)
    assert sum(t.primary for t in topics) == (1 if topics else 0)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(sorted({w for lex in TOP_LEXICON.values() for w in lex})), min_size=1, max_size=60))
def test_lexicon_word_salad_still_rolls_up(words):
    vocabulary = load_vocabulary()
    topics = find_topics(" ".join(words))
    codes = {t.code for t in topics}
    assert all(vocabulary.get(t.code).top in codes for t in topics)
