"""Cricket scorecards name fielders and bowlers by surname alone: people, not organisations."""

from annotator.extract.entities import find_entities


def _labels(text: str) -> list[tuple[str, str]]:
    return [(text[e.start:e.end], e.label) for e in find_entities(text)]


def test_fielders_and_bowlers_in_a_scorecard_are_people():
    text = ("Northshire innings\nR. Tallow c Wexby b Drennan 41\nP. Oakes lbw b Drennan 0\nK. Marl st Quent b Haverly 12\n"
            "Bowling : Drennan 9-1-38-2 , Haverly 7.3-0-41-1\n")
    found = _labels(text)
    for name in ("Wexby", "Quent"):
        assert (name, "PERSON") in found
    assert found.count(("Drennan", "PERSON")) == 3 and found.count(("Haverly", "PERSON")) == 2


def test_a_letter_c_or_b_in_prose_proves_nothing():
    found = dict(_labels("Plan b Vexolo was dropped, and option c Trandle too."))
    assert found.get("Vexolo") != "PERSON" and found.get("Trandle") != "PERSON"


def test_goal_scorers_with_the_minute_are_people():
    text = "Brenford 2 ( Kolvan 11th , Ostrander 90th-pen ) Marwick 1 ( Delacourt 34th minute ) ."
    found = _labels(text)
    for name in ("Kolvan", "Ostrander", "Delacourt"):
        assert (name, "PERSON") in found
    assert ("Brenford", "ORG") in found


def test_an_ordinal_after_a_weekday_or_in_prose_makes_no_person():
    found = dict(_labels("He came on in the 21st minute on Sunday 12th , and Round 3rd was cancelled."))
    assert "PERSON" not in found.values()
