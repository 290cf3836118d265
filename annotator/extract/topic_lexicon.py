"""Hand-made keyword lexicons for IPTC Media Topics, where the vocabulary's own words are thin.

The vocabulary's labels and definitions say what a topic *is* ("Competitive activity or skill…"),
not the words news about it uses ("striker", "semi-final", "coach").  These lists add those words,
written for news in general (not picked from any evaluation set).  Weights: 3 = nearly decisive
("goalkeeper", "parliament"), 2 = strong, 1 = a hint shared with other topics.  Entries may be two
words ("prime minister"); plurals are folded by :func:`topics.fold`, so write the singular.
"""

from __future__ import annotations

ARTS = "medtop:01000000"
CONFLICT = "medtop:16000000"
CRIME = "medtop:02000000"
DISASTER = "medtop:03000000"
ECONOMY = "medtop:04000000"
EDUCATION = "medtop:05000000"
ENVIRONMENT = "medtop:06000000"
HEALTH = "medtop:07000000"
HUMAN_INTEREST = "medtop:08000000"
LABOUR = "medtop:09000000"
LIFESTYLE = "medtop:10000000"
POLITICS = "medtop:11000000"
RELIGION = "medtop:12000000"
SCIENCE = "medtop:13000000"
SOCIETY = "medtop:14000000"
SPORT = "medtop:15000000"
WEATHER = "medtop:17000000"


def _w(weight: float, words: str) -> dict[str, float]:
    """``"a, b c, d"`` -> ``{"a": w, "b c": w, "d": w}``: comma-separated terms, one weight."""
    return {term.strip(): weight for term in words.split(",") if term.strip()}


TOP_LEXICON: dict[str, dict[str, float]] = {
    ARTS: {
        **_w(3, "film, movie, actor, actress, album, singer, songwriter, band, box office, oscar, grammy, "
                "bafta, novel, novelist, gallery, exhibition, theatre, musical, concert, director, sitcom, "
                "soap opera, comedian, rapper, hollywood, bollywood, broadway, orchestra, opera, ballet, "
                "screenplay, starring, chart, single, pop, rock, hip hop, festival, premiere, sequel, poet"),
        **_w(2, "music, song, star, award, nomination, nominated, celebrity, show, series, episode, drama, "
                "comedy, documentary, book, author, artist, painting, sculpture, museum, art, tv, television, "
                "channel, broadcaster, radio, audience, fan, studio, record label, tour, stage, role, "
                "character, script, producer, actor, cinema, dvd, box set, cast, bbc one, itv, lyric"),
        **_w(1, "entertainment, culture, media, newspaper, magazine, journalist, critic, review, perform, "
                "performance, play, story, ticket, release, released, hit, writer, publisher, fame, famous, "
                "viewer, watched, screen, picture, photography, fashion, designer"),
    },
    CONFLICT: {
        **_w(3, "war, troop, soldier, military, army, airstrike, air strike, insurgent, insurgency, rebel, "
                "militant, militia, ceasefire, armed conflict, invasion, missile, artillery, combat, battle, "
                "terrorist, terrorism, bombing, suicide bomber, guerrilla, warplane, nato, peacekeeper, "
                "genocide, massacre, civil war, peace talks, hostage, occupation, navy, marine, shelling"),
        **_w(2, "defence, defense, weapon, attack, killed, casualty, wounded, bomb, explosion, rocket, "
                "drone, tank, munition, rearmament, ally, alliance, security, threat, aggression, invade, "
                "offensive, front line, commander, general, veteran, protest, protester, riot, unrest, "
                "demonstrator, coup, peace, conflict, fighter, fighting, siege, sanction, nuclear weapon"),
        **_w(1, "border, tension, crisis, violence, regime, force, deterrence, intelligence, strategic"),
    },
    CRIME: {
        **_w(3, "police, court, judge, jury, trial, prosecutor, prosecution, defendant, guilty, convicted, "
                "sentenced, prison, jail, arrested, arrest, murder, crime, criminal, lawsuit, sued, lawyer, "
                "attorney, verdict, appeal court, supreme court, indicted, indictment, fraud, theft, robbery, "
                "homicide, detective, plea, acquitted, custody, fbi, manslaughter, smuggling, kidnapping"),
        **_w(2, "law, legal, charge, charged, investigation, suspect, victim, evidence, witness, sentence, "
                "officer, shooting, stabbing, gang, drug, illegal, offence, offense, bail, parole, ruling, "
                "judiciary, justice, lawsuit, litigation, settlement, copyright infringement, piracy, hacker"),
        **_w(1, "case, investigate, allegation, alleged, accused, banned, ban, regulation, rights"),
    },
    DISASTER: {
        **_w(3, "earthquake, tsunami, hurricane, flood, flooding, wildfire, landslide, avalanche, "
                "volcano, eruption, disaster, crash, derailment, shipwreck, famine, cyclone, typhoon, "
                "tornado, rescue, rescuer, emergency service, evacuation, evacuated, death toll, survivor"),
        **_w(2, "accident, fire, blaze, firefighter, collapse, injured, dead, killed, missing, "
                "emergency, relief, aid agency, red cross, debris, devastation, drought, spill, rubble, magnitude, "
                "aftershock, epicentre, epicenter, search and rescue, stranded, displaced"),
    },
    ECONOMY: {
        **_w(3, "economy, economic, economist, inflation, interest rate, gdp, recession, stock market, "
                "share price, shareholder, investor, profit, revenue, turnover, earnings, dividend, "
                "takeover, merger, acquisition, bankruptcy, stock exchange, central bank, federal reserve, "
                "bank of england, ftse, dow jones, nasdaq, currency, dollar, euro, sterling, yen, bond, "
                "trade deficit, exports, imports, chief executive, ceo, "
                "fiscal, oil price, commodity, pension fund, "
                "bank, banking, mortgage, debt, tariff, subsidiary"),
        **_w(2, "business, market, price, cost, billion, share, stock, trade, trading, deal, "
                "firm, company, market share, analyst, sales, consumer, growth, loan, retail, retailer, "
                "investment, invest, fund, finance, financial, industry, industrial, manufacturing, "
                "manufacturer, production, output, demand, supply, spending, tax, budget, budget deficit, "
                "income, wage, job, unemployment, employment, customer, brand, product, factory, airline, "
                "insurance, insurer, oil, gas, energy, supplier, exporter, forecast, figures, rate, "
                "chairman, board, executive, opec, wto, imf, world bank, euros, pound, dollars, "
                "procurement, resources, lng, liquefied natural gas"),
        **_w(1, "percent, per cent, rise, fall, fell, rose, year, quarter, cut, increase, decline, "
                "owner, buy, sell, sold, bought, store, shop, expansion, contract, opportunity, jobs"),
    },
    EDUCATION: {
        **_w(3, "school, pupil, teacher, student, university, college, curriculum, exam, classroom, "
                "headteacher, tuition fee, graduate, undergraduate, education, kindergarten, campus, "
                "academic, lecturer, professor, degree, school board, a level, gcse"),
        **_w(1, "learning, teaching, class, grade, study, course"),
    },
    ENVIRONMENT: {
        **_w(3, "climate change, global warming, carbon emission, greenhouse gas, pollution, emission, "
                "renewable, wind farm, solar power, biodiversity, deforestation, conservation, "
                "endangered species, wildlife, recycling, environmental, environmentalist, kyoto, "
                "fossil fuel, carbon dioxide, ecosystem, habitat, green party"),
        **_w(3, "plastic pollution, microplastic, single use plastic, net zero, sewage, air quality, "
                "rewilding, carbon footprint, emission target, environment agency, ozone, glacier, "
                "deforestation, coral reef, extinction, poaching, national park"),
        **_w(2, "climate, environment, carbon, species, forest, ocean, waste, clean energy, nature, plastic, "
                "river, wetland, otter, pesticide, landfill, electric vehicle"),
    },
    HEALTH: {
        **_w(3, "hospital, patient, doctor, nurse, disease, virus, vaccine, vaccination, cancer, "
                "diabetes, obesity, surgery, surgeon, medical, medicine, infection, epidemic, pandemic, "
                "nhs, clinic, symptom, diagnosis, treatment, health care, healthcare, drug trial, "
                "mental health, outbreak, flu, hiv, aids, heart disease, illness, gp, pharmaceutical, measles, "
                "mmr, covid, coronavirus, malaria, cholera, ebola, tuberculosis, dementia, alzheimer, "
                "ambulance, stroke, chemotherapy, transplant, antibiotic, jab, booster"),
        **_w(2, "health, healthy, care, drug, prescription, therapy, diet, smoking, alcohol, death rate"),
    },
    HUMAN_INTEREST: {
        **_w(3, "royal family, prince, princess, queen, king, wedding, birthday, anniversary, centenarian, "
                "great grandmother, great grandfather, 100th birthday, oldest person, reunited, care home"),
        **_w(1, "family, celebration, pet, dog, cat, tribute, heartwarming"),
    },
    LABOUR: {
        **_w(3, "trade union, union, strike, walkout, employee, employer, workforce, worker, wage, "
                "minimum wage, pay rise, redundancy, redundancies, layoff, unemployment, jobless, "
                "pension, retirement age, industrial action, collective bargaining, labour market"),
        # disputes: the words of a strike or lockout at a port, plant or school
        **_w(3, "lockout, locked out, picket, picket line, work stoppage, labour dispute, labor dispute, "
                "collective agreement, tentative agreement, bargaining, dockworker, dock worker, longshore, "
                "longshoreman, longshore worker, shop steward, labour relations, labor union, labour union"),
        **_w(2, "arbitration, arbitrator, mediator, conciliation, negotiator, back to work, overtime pay, "
                "shift, contract talks"),
        **_w(1, "job, staff, work, working, hire, hiring, payroll"),
    },
    LIFESTYLE: {
        **_w(3, "recipe, restaurant, chef, cooking, holiday, tourist, tourism, travel, hobby, gardening, "
                "fitness, lottery, gambling, casino, leisure, wine, cuisine, vacation, hotel, resort"),
        **_w(2, "city break, destination, sightseeing, cafe, beach, itinerary, luggage, cabin bag, flight, "
                "backpacker, cruise, fashion, beauty, wellness, dating, walking holiday, camping, pub"),
        **_w(1, "food, shopping, home, garden, christmas, party, fun"),
    },
    POLITICS: {
        **_w(3, "election, elected, vote, voter, voting, ballot, poll, polling, campaign, candidate, "
                "parliament, parliamentary, mp, mps, senate, senator, congress, congressman, lawmaker, "
                "legislation, legislature, bill, prime minister, president, minister, ministry, cabinet, "
                "government, opposition, labour party, tory, tories, conservative, liberal democrat, "
                "lib dem, democrat, republican, democratic, political, politics, politician, diplomat, "
                "diplomacy, diplomatic, foreign minister, foreign affairs, referendum, manifesto, "
                "chancellor, governor, mayor, white house, downing street, commons, house of lords, "
                "whitehall, spokesman, secretary of state, home secretary, party leader, policy, "
                "eu, european union, european commission, united nations, un, treaty, summit, "
                "sovereignty, constitution, constitutional, immigration, asylum, kremlin, bundestag, "
                "administration, coalition, electoral, constituency, presidential"),
        **_w(2, "leader, party, official, council, reform, law, minister, agency, embassy, ambassador, "
                "relation, negotiation, debate, proposal, welfare, citizen, rights, democracy, regime, ally, "
                "partnership, geopolitical, nationalist, independence, rally, lobby, lobbying, scandal"),
        **_w(1, "state, national, federal, public, foreign, international, plan, spending, tax, budget, "
                "nation, country, countries, europe, european, protest"),
    },
    RELIGION: {
        **_w(3, "church, mosque, synagogue, temple, pope, vatican, bishop, archbishop, priest, imam, "
                "rabbi, clergy, christian, christianity, muslim, islam, islamic, jewish, judaism, hindu, "
                "buddhist, sikh, catholic, protestant, religion, religious, faith, worship, prayer, god, pontiff, "
                "ramadan, eid, diwali, hajj, easter sunday, worshipper, congregation, sermon, vicar, "
                "cathedral, papal, church of england, anglican, evangelical"),
        **_w(1, "belief, spiritual, holy, pilgrim, pilgrimage"),
    },
    SCIENCE: {
        **_w(3, "technology, tech, computer, software, internet, web, website, online, broadband, "
                "mobile phone, phone, smartphone, gadget, digital, device, microsoft, apple, google, "
                "ibm, intel, sony, nintendo, playstation, xbox, video game, games console, console, "
                "gamer, pc, laptop, chip, processor, wi fi, wireless, bluetooth, dvd, ipod, mp3, "
                "download, downloading, file sharing, peer to peer, spam, virus, hacker, e mail, email, "
                "browser, search engine, firefox, linux, open source, blog, blogger, net, user, "
                "gaming, gamer, multiplayer, graphics, gameplay, games console, handheld, joystick, "
                "scientist, science, research, researcher, laboratory, experiment, physics, chemistry, "
                "biology, astronomy, space, nasa, satellite, telescope, planet, robot, robotic, "
                "artificial intelligence, engineering, engineer, innovation, nanotechnology, genome, "
                "dna, telecom, telecommunications, 3g, network, operating system, data, "
                "cyber, programme code, hi tech, high tech, hardware, camera phone, handset, tv set, "
                "high definition, hd, digital tv, screen, text message, "
                "fossil, palaeontologist, paleontologist, dinosaur, archaeologist, archaeology, "
                "excavation, physicist, chemist, biologist, mathematician, quantum, particle, gene, "
                "genetic, evolution, neuroscience, astronaut, spacecraft, rover, orbit, mars, "
                "peer reviewed, scientific"),
        **_w(2, "system, service, users, content, access, tool, feature, launch, developer, game, "
                "interactive, mobile, electronics, consumer electronics, player, machine, video, "
                "format, copyright, music download, messaging, search, firm, security"),
    },
    SOCIETY: {
        **_w(3, "poverty, homeless, homelessness, welfare, charity, discrimination, racism, sexism, "
                "gay, lesbian, lgbt, same sex, equality, inequality, social services, child care, "
                "elderly, pensioner, refugee, migrant, immigrant, demographic, census, community, rough sleeping, "
                "rough sleeper, social housing, temporary accommodation, food bank, cost of living, "
                "foster care, adoption, disability, disabled"),
        **_w(1, "social, society, people, family, children, women, youth, young"),
    },
    SPORT: {
        **_w(3, "football, soccer, rugby, cricket, tennis, golf, athletics, olympic, olympics, "
                "championship, tournament, premiership, premier league, champions league, "
                "world cup, cup final, semi final, quarter final, striker, midfielder, "
                "goalkeeper, referee, stadium, squad, fixture, kick off, "
                "wicket, innings, batsman, bowler, grand slam, wimbledon, "
                "sprinter, marathon, gold medal, boxing, boxer, formula one, "
                "grand prix, motor racing, cycling, swimming, swimmer, basketball, baseball, nfl, nba, "
                "ice hockey, fa cup, uefa, fifa, iaaf, six nations, test match, "
                "arsenal, chelsea, liverpool, manchester united, celtic, everton, "
                "tottenham, real madrid, barcelona, juventus, ac milan, "
                "hamstring, halftime, half time, second half, first half, substitute, winger, "
                "break point, 100m, 200m, 400m, scrum, fly half, centre back, full back, "
                "sport, sporting, athlete, coach, league, match, goal, defender, penalty, "
                "quarterback, touchdown, end zone, super bowl, playoff, play off, nhl, mlb, inning, "
                "home run, pitcher, puck, slam dunk, wide receiver, running back, rookie, overtime"),
        **_w(2, "medal, world record, champion, hockey, relay, seeded, "
                "doping, drug test, season, injury, debut, opener, sprint, lap, "
                "manager, team, club, squad, cap, captain, scored, defeat, victory"),
        **_w(1, "game, play, played, playing, beat, lost, lose, won, winning, player, title, win, "
                "competition, compete, record, form, fitness, training, trainer, career, supporter, "
                "retire, retirement, ranking, world number, number one, points, point, final, finals, "
                "draw, score, race, racing, international, transfer, loan, signing, fan, set, round, "
                "open, serve, ace, indoor, ball, kick, tackle, pitch, try, seed, ban, semi"),
    },
    WEATHER: {
        **_w(3, "weather, forecast, forecaster, rainfall, snowfall, heatwave, heat wave, temperature, "
                "meteorological, met office, storm, thunderstorm, frost, blizzard, sunshine, humidity, "
                "heat health alert, weather warning, amber warning, yellow warning, hail, gale, drizzle, "
                "fog, cold snap, hottest day, coldest night"),
        **_w(1, "rain, snow, wind, cold, warm, sunny, cloudy"),
    },
}

# Sub-topics (IPTC levels 2-3, by their vocabulary label) with the words that make them clear.
# A sub-topic is suggested only under a top-level topic that is itself suggested.
SUBTOPIC_CUES: dict[str, str] = {
    # politics
    "election": "election, elected, vote, voter, voting, ballot, polling station, poll, electoral, "
                "campaign, candidate, constituency, general election, turnout",
    "political campaigns": "campaign, campaigning, campaigner, rally, canvass, manifesto, stump speech",
    "political parties and movements": "labour party, conservative party, tory, tories, lib dem, "
                                        "liberal democrat, democrat, republican, party leader, ukip",
    "diplomacy": "diplomat, diplomacy, diplomatic, ambassador, embassy, foreign minister, summit, "
                 "bilateral, envoy, foreign affairs, foreign policy",
    "international relations": "ally, alliance, partnership, treaty, bilateral, european union, "
                               "united nations, nato, foreign policy, relation, geopolitical",
    "taxation": "tax, taxes, taxation, taxpayer, income tax, council tax, vat, tax cut",
    "government budget": "budget, public spending, public finances, spending review, deficit",
    "legislative body": "parliament, parliamentary, mp, mps, senate, congress, house of commons, "
                        "house of lords, bundestag, legislature, lawmaker",
    "defence": "defence, defense, military, armed forces, rearmament, procurement, munition, army",
    "migration policy": "immigration, immigrant, asylum, asylum seeker, migrant, border control, visa",
    "human rights": "human rights, civil liberties, torture, amnesty international",
    # conflict, war and peace
    "armed conflict": "war, troop, soldier, military, combat, battle, insurgent, airstrike, shelling",
    "war": "war, wartime, invasion, front line, warfare",
    "act of terror": "terrorist, terrorism, terror attack, suicide bomber, bombing, al qaeda",
    "civil unrest": "protest, protester, riot, unrest, demonstration, demonstrator",
    "peace process": "peace talks, peace process, ceasefire, peace deal, peace plan, truce",
    # economy, business and finance
    "economy": "economy, economic, economist, gdp, inflation, recession, growth, interest rate",
    "market and exchange": "stock market, shares, share price, stock exchange, ftse, dow jones, nasdaq, "
                           "currency, dollar, euro, bond, trader, commodity",
    "business information": "profit, revenue, earnings, takeover, merger, acquisition, chief executive, "
                            "shareholder, annual results, turnover, dividend",
    "energy and resource": "oil, gas, oil price, natural gas, lng, liquefied natural gas, energy, "
                           "opec, barrel, pipeline, refinery, coal",
    # sport
    "soccer": "football, soccer, premiership, premier league, striker, goalkeeper, midfielder, fa cup, "
              "champions league, uefa, fifa, arsenal, chelsea, manchester united, liverpool",
    "rugby": "rugby, six nations, try, scrum, fly half, lions, lock, prop",
    "cricket": "cricket, wicket, innings, batsman, bowler, test match, ashes, odi",
    "tennis": "tennis, wimbledon, grand slam, australian open, us open, french open, atp, wta, seed",
    "athletics": "athletics, sprinter, sprint, 100m, 200m, 400m, marathon, iaaf, hurdle, relay, "
                 "long jump, high jump, indoor",
    "golf": "golf, golfer, pga, ryder cup, birdie, putt",
    "boxing": "boxing, boxer, heavyweight, bout, knockout",
    "motor car racing": "formula one, grand prix, f1, motor racing, pole position",
    "Olympic Games": "olympic, olympics, ioc, olympian",
    # arts, culture, entertainment and media
    "cinema": "film, movie, box office, oscar, hollywood, cinema, director, actor, actress, screenplay",
    "music": "music, album, singer, song, band, concert, chart, grammy, rapper, single, musician",
    "television": "television, tv, sitcom, series, episode, channel, broadcaster, bbc one, itv, viewer",
    "theatre": "theatre, stage, musical, broadway, west end, playwright",
    "literature": "novel, novelist, book, author, poet, poetry, literary, booker",
    # science and technology
    "information technology and computer science": "computer, software, internet, broadband, "
        "website, online, pc, laptop, browser, operating system, microsoft, google, linux, spam, hacker",
    "technology and engineering": "technology, gadget, device, engineering, robot, electronics",
    "scientific research": "research, researcher, scientist, study, laboratory, experiment",
    "astronomy": "astronomy, astronomer, telescope, planet, galaxy, star",
    # crime, law and justice
    "court": "court, judge, jury, trial, verdict, appeal, supreme court, high court",
    "police": "police, officer, detective, constable",
    "crime": "crime, criminal, murder, robbery, theft, fraud",
    # others
    "natural disaster": "earthquake, tsunami, hurricane, flood, flooding, cyclone, typhoon, volcano",
    "climate change": "climate change, global warming, greenhouse gas, carbon emission, kyoto",
    "disease and condition": "disease, virus, cancer, diabetes, outbreak, epidemic, infection, flu",
    "college and university": "university, college, student, tuition fee, campus, undergraduate",
    "labour dispute": "strike, walkout, industrial action, picket",
    "employment": "job, jobs, employee, employer, hiring, redundancy, layoff, workforce",
}
