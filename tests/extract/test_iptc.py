"""The shipped IPTC Media Topics vocabulary: complete, a consistent tree, searchable."""

from annotator.extract.iptc import load_vocabulary, normalize_code, search


def test_vocabulary_has_every_concept_and_the_17_top_level_topics():
    vocabulary = load_vocabulary()
    assert len(vocabulary) == 1372
    tops = vocabulary.top_level()
    assert len(tops) == 17
    assert {"politics", "sport", "economy, business and finance"} <= {t.label for t in tops}
    assert vocabulary.get("medtop:11000000").label == "politics"


def test_tree_is_consistent_parent_level_and_top():
    vocabulary = load_vocabulary()
    for concept in vocabulary.concepts.values():
        if concept.level == 1:
            assert concept.parent is None and concept.top == concept.code
            continue
        parent = vocabulary.get(concept.parent)
        assert parent is not None, concept.code
        assert parent.level == concept.level - 1
        assert parent.top == concept.top
        assert vocabulary.path(concept.code)[0].code == concept.top


def test_walk_visits_current_concepts_parents_first():
    vocabulary = load_vocabulary()
    seen = set()
    for concept in vocabulary.walk():
        assert not concept.retired
        assert concept.parent is None or concept.parent in seen
        seen.add(concept.code)
    assert len(seen) == sum(not c.retired for c in vocabulary.concepts.values())


def test_search_by_word_by_code_and_ignoring_case_and_accents():
    assert search("Soccer")[0].label == "soccer"
    assert search("11000000")[0].code == "medtop:11000000"
    assert search("medtop:15000000")[0].label == "sport"
    labels = [c.label for c in search("elect", limit=None)]
    assert "election" in labels and "national elections" in labels
    # every word must match, in the label or the definition
    assert all("ice" in c.label.lower() + c.definition.lower() for c in search("ice hockey"))
    assert search("zzqx") == [] and search("   ") == []


def test_children_and_normalized_codes():
    vocabulary = load_vocabulary()
    assert normalize_code("11000000") == normalize_code("MEDTOP:11000000") == "medtop:11000000"
    children = {c.label for c in vocabulary.children("11000000")}
    assert {"election", "government"} <= children
    assert "medtop:20000574" in vocabulary and "nope" not in vocabulary


def test_loading_is_cached():
    assert load_vocabulary() is load_vocabulary()
