"""Crime as the angle of a story on another subject, and the words of labour disputes (issue 12).

The stories are written for these tests; each checks the rule against the reading it replaced."""

from annotator.extract.entities import find_entities
from annotator.extract.topics import find_topics

CRIME, ECONOMY, LABOUR = "medtop:02000000", "medtop:04000000", "medtop:09000000"


def _ranked(text: str) -> list[str]:
    topics = [t for t in find_topics(text, find_entities(text)) if t.code.endswith("000000")]
    assert topics[0].primary and all(a.score >= b.score for a, b in zip(topics, topics[1:]))
    return [t.code for t in topics]


def test_a_firms_fraud_trial_is_business_with_crime_second():
    text = ("Telecoms boss denies fraud at trial\n\nThe former chief executive of the telecoms firm told the court "
            "on Tuesday that he did not know his finance chief had inflated profits. Prosecutors say the fraud cost "
            "shareholders billions when the company went bankrupt. He faces charges of securities fraud and "
            "conspiracy, and could be jailed if the jury finds him guilty. His lawyer said the board and the "
            "auditors had approved the accounts, and the judge adjourned the trial until Monday. Investors lost "
            "their savings when the shares collapsed.")
    ranked = _ranked(text)
    assert ranked[0] == ECONOMY and CRIME in ranked[1:]


def test_a_murder_stays_crime_whatever_the_business_around_it():
    text = ("Man convicted of murdering business partner\n\nA jury found a 52-year-old restaurant owner guilty of "
            "murder on Thursday for killing his business partner over a debt at their company's warehouse. The "
            "judge said the man had planned the attack for weeks and would be sentenced next month.\n\n"
            "Prosecutors told the court that the two men had argued about the firm's profits and a bank loan. "
            "Police arrested him two days after the body was found.")
    assert _ranked(text)[0] == CRIME


def test_a_plain_crime_story_stays_crime():
    text = ("Burglar jailed for string of break-ins\n\nA man was jailed for six years on Monday after a judge heard "
            "he had broken into 40 homes. Police caught him with stolen jewellery, and the prosecutor told the "
            "court he had been arrested before.")
    assert _ranked(text)[0] == CRIME


def test_a_port_lockout_is_labour_not_sport():
    text = ("Dock lockout hits grain season\n\nShips waited off the port on Monday as the lockout of longshore "
            "workers entered a second week. The employers locked out the union after a final contract offer was "
            "rejected, and picket lines went up at the terminals.\n\nA mediator was called in, but bargaining has "
            "not resumed. Shippers said the team of negotiators had lost a season of exports, and the winning side "
            "would be whoever held out. Crews had worked overtime before the dispute.")
    assert _ranked(text)[0] == LABOUR


EDUCATION, POLITICS = "medtop:05000000", "medtop:11000000"


def test_a_governments_school_spending_is_politics_with_education_second():
    text = ("Ministers promise more money for schools\n\nThe education secretary told MPs on Wednesday that the "
            "government would give schools an extra £2bn next year, after head teachers warned that classes were "
            "growing. The opposition said the plan was an election bribe, and a Commons vote on the bill is "
            "expected next month.\n\nTeachers' leaders welcomed the money but said pupils in poorer areas still "
            "lacked books, and universities said students needed help with fees. A headteacher said her pupils "
            "and teachers needed smaller classes, and lecturers at the college agreed.")
    ranked = _ranked(text)
    assert ranked[:2] == [POLITICS, EDUCATION]


def test_a_school_story_without_government_stays_education():
    text = ("Pupils build a weather station\n\nPupils at a village primary school built a weather station with "
            "their science teacher this term. The headteacher said the classroom project taught the children "
            "to record data, and students from the local university helped them with the lessons.")
    assert _ranked(text)[0] == EDUCATION


SCIENCE, SPORT, ARTS = "medtop:13000000", "medtop:15000000", "medtop:01000000"


def test_a_video_game_tournament_is_no_sport():
    # Sport's words ("teams", "league", "champions", "coach") are the game's in a story about gamers.
    text = ("Gamers chase prize in online tournament\n\nThousands of gamers will compete in an online tournament "
            "this weekend, with the final streamed live. Teams of five players battle through a league season "
            "before the knockout matches, and the winning team takes the title, the trophy and the prize. Last "
            "year's champions, whose coach quit in the summer, said their captain was in form. The players train "
            "every day, and the best gamers earn more than many footballers.")
    ranked = _ranked(text)
    assert ranked[0] == SCIENCE and SPORT in ranked[1:]


def test_a_football_report_that_mentions_gaming_once_stays_sport():
    text = ("City win derby with late goal\n\nCity beat their rivals 2-1 in the league on Sunday, the striker "
            "scoring in the final minute after the goalkeeper had saved a penalty. The manager tried to console "
            "the beaten defenders, and the club said a gaming firm would sponsor the shirts next season. The win "
            "lifts the team to third in the table, two points behind the leaders, with the cup semi-final next.")
    assert _ranked(text)[0] == SPORT


def test_an_actors_arrest_with_half_as_much_film_is_arts_with_crime_second():
    text = ("Actor arrested after nightclub row\n\nPolice arrested the actor outside a nightclub on Saturday, and "
            "prosecutors charged him with criminal damage. He was released on bail and will appear in court next "
            "week; his lawyer said he denied the charge and would fight it at trial. The actor, who stars in a new "
            "film and a television series, was due at its premiere on Monday. Officers are investigating.")
    ranked = _ranked(text)
    assert ranked[0] == ARTS and CRIME in ranked[1:]
