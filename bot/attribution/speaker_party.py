"""The party one speaker phrase stands for, read from its own words and from what the article says about the
names in it: "Armenian Defense Ministry" → Armenia, "a human rights official in the separatist region" → the
separatists, "Putin" → Russia when the article calls him Russian President. `sides` adds the context of the
claims around it (pronouns, "the ministry" after a country spoke)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from bot.attribution.cues import PERSON_ROLES
from bot.attribution.datelines import opening_dateline
from bot.attribution.parties import (
    INSTITUTION_ROLES,
    LEGAL_ROLES,
    LEGISLATURES,
    MEMBER_OPENERS,
    MOVEMENT_WORDS,
    NEUTRAL_BODIES,
    NEUTRAL_ROLES,
    PARLIAMENTS,
    PARTY_MEMBERS,
    SEATS_OF_POWER,
    STATE_RUN,
    CountryLexicon,
    clean_name,
    is_news_outlet,
    load_city_countries,
    outlet_name,
    state_media_country,
    without_outlet_names,
)
from bot.attribution.relays import WIRE_AGENCIES
from bot.attribution.speaker_words import (
    ADMINISTRATION_OF,
    AFFILIATION_NAME,
    BARE_VOICES,
    BODY_AFTER_OFFICE,
    BODY_BEFORE_OFFICE,
    BODY_NAME_ENDS,
    BODY_THEN_ROLE,
    BODY_VOICE,
    BODY_VOICE_NAME,
    CIVIC_BODIES,
    CIVIL_BODY_NAME,
    COMPANY_KINDS,
    COMPANY_NAME,
    COMPANY_NAME_ENDINGS,
    COUNCIL_OF_STATE,
    COUNSEL_FOR,
    COUNT_BEFORE_KIND,
    COUNTRY_GOVERNMENT,
    COUNTRY_OWNER,
    COURT_WORDS,
    ENTITY_LABELS_FOR_PLACES,
    EU_VOICE,
    EUROPEAN_UNION,
    FAMILIES,
    FORMER,
    GENERIC_HEADS,
    GOVERNMENT_OFFICES,
    GOVERNMENT_OWNED,
    GOVERNMENT_VOICE,
    GROUP_BY_ITS_WORK,
    GROUPS_OF_PEOPLE,
    HEAD_BOUNDARY,
    HEAD_OF_UNNAMED_BODY,
    HOME_STATE,
    HONORIFICS,
    INITIALLED_NAME,
    INSTALLED_BY,
    JOINT,
    JUDGE_TITLE,
    JURISDICTIONS,
    KIND_INTRODUCES_NAME,
    KINDS_OF_DIRECTOR,
    KINDS_OF_PEOPLE,
    LEGAL_FORM,
    LOCAL_PERSON,
    MANAGEMENT_OF,
    MAX_OPPONENT_SIDE_WORDS,
    MEMBER_OF_KIND,
    MEMBER_OF_PARTY,
    NAME_BEFORE_KIND,
    NAME_LINKS,
    NAMED_MOVEMENT,
    NATIONAL_BODY_KINDS,
    NATIONAL_COUNCIL,
    NATIONAL_ORGANS,
    NATIONALITY_KIND_NAME,
    NOT_PARTY_NAMES,
    NOT_WHAT_A_GROUP_DOES,
    OFFICE_HOLDERS,
    OFFICE_OF_PLACE,
    OFFICE_WORDS,
    OPPONENTS,
    ORGANISATION_NOUNS,
    ORGANISATION_OWNER,
    ORGANISATION_UNITS,
    ORGANISATION_VOICES,
    OWNER_PREFIX,
    PARTICLE_NAME,
    PARTY_NAME,
    PEOPLE_OF_A_COUNTRY,
    PEOPLE_WHO_MAKE,
    PERSON_OF_ORGANISATION,
    PLACE_AFTER,
    PLACE_BASED,
    PLACE_BEFORE_AFFAIRS,
    PLACE_BEFORE_OFFICE,
    PLACE_OF,
    PLACE_OR_TIME_CLAUSE,
    PORTFOLIO_HOLDERS,
    PORTFOLIO_WORDS,
    POSSESSIVE_STATEMENT,
    POSTED_IN,
    PRONOUNS,
    RANKS_BEFORE_OFFICE,
    REGION_HEAD,
    REGIONAL_STATE_ADMINISTRATION,
    REPRESENTATIVE,
    RIGHTS_BODY,
    SPOKE_FOR,
    STATE_ORGANS,
    THE_PUBLIC,
    TITLES,
    UN_MISSION,
    UNIT_OF,
    UNNAMED_KINDS_OF_NO_SIDE,
    US_PARTY_WORDS,
    VOICE_FOR,
    WORKER_ROLES,
)
from bot.domain import SideKind

PartyKind = Literal["country", "movement", "group", "legal", "neutral", "person", "conduit", "unknown"]


OTHER_SOURCES = "Other sources"
# Heads of a description that make a name a body's, not a person's ("German drugmaker Medivon").
BODY_KINDS = COMPANY_KINDS | ORGANISATION_NOUNS
LEADING_HEADLINE_WORDS = 20


# Any word for who holds a portfolio, as a regex alternation: "(?:minister|secretary)".
HOLDER = f"(?:{'|'.join(sorted(PORTFOLIO_HOLDERS))})"


@dataclass(frozen=True)
class Party:
    """What one speaker speaks for: the side's name at country level and at the finer level, and its kind."""

    kind: PartyKind
    name: str
    fine_name: str | None = None
    names_country: bool = False

    @property
    def side_kind(self) -> SideKind:
        return "neutral" if self.kind in ("neutral", "unknown") else "party"


@dataclass(frozen=True)
class ArticleFacts:
    """What the whole article says about its actors, read once: descriptions of people and the disputed
    place."""

    descriptions: dict[str, tuple[str, ...]]
    full_names: dict[str, str]
    organisations: frozenset[str]
    movement_place: str | None
    titled_mentions: tuple[tuple[int, str, str], ...] = ()
    home_country: str | None = None
    governed: str | None = None  # the one country whose government the article names ("Yemen's … government")
    headline: str = ""  # the first paragraph, when it is a headline (short, no closing full stop)
    parties: frozenset[str] = frozenset()  # political parties named with the word "party" ("Georgian Dream")
    state_council: str | None = None  # the country whose own Security Council the article names, if one


def classify_speaker(
    speaker: str, facts: ArticleFacts, lexicon: CountryLexicon, position: int = 0, appositive: str = ""
) -> Party:
    """The party a speaker phrase stands for, from its own words first, then what the article says of the
    name, then an office the name holds that the article ties to a country nearby ("the Azeri president")."""
    phrase = _without_leading_kind(_without_home_state(clean_name(speaker)))
    phrase = PLACE_OR_TIME_CLAUSE.sub("", phrase)  # "The company's union in Dresden, where Lumetric runs …"
    phrase = POSTED_IN.sub(r"\g<kept>", phrase)  # "A Western diplomat in Tbilisi" is no voice of Georgia
    owner = OWNER_PREFIX.match(phrase)
    if owner and phrase[owner.end() :] in facts.organisations and not lexicon.country_in(owner.group()):
        phrase = phrase[owner.end() :]  # "Alphabet's Google" speaks as Google; "Russia's Defence Ministry" as Russia
    lowered = phrase.lower()
    if not phrase:
        return Party("unknown", OTHER_SOURCES)  # "Asked about …": the text does not say who
    if JOINT.search(phrase):
        return Party("unknown", OTHER_SOURCES)  # "officials from both delegations and the Qatari mediators"
    if head_word(phrase) in OPPONENTS:
        return _opponents(phrase, facts, lexicon)
    if is_news_outlet(phrase) or lowered in WIRE_AGENCIES:
        return Party("conduit", outlet_name(phrase))
    # "the official Xinhua News Agency", "state media" in a story filed from Beijing: a state's outlet speaking
    state = state_media_country(phrase, lexicon) or (facts.home_country if STATE_RUN.fullmatch(lowered) else None)
    if state is not None:
        return Party("country", state, fine_name=_capitalised(phrase), names_country=True)
    management = MANAGEMENT_OF.match(phrase)
    if management:
        return Party("group", f"{management.group('body').capitalize()} management")  # "the hospital's management"
    agent = REPRESENTATIVE.match(phrase) or VOICE_FOR.match(phrase)
    if agent and not _role_of(words_of(phrase), head_word(phrase), LEGAL_ROLES):
        return classify_speaker(agent.group("principal"), facts, lexicon, position)
    counsel = COUNSEL_FOR.match(phrase)
    if counsel and looks_like_name(client_name := counsel.group("principal").strip()):
        return Party("person", facts.full_names.get(surname(client_name), client_name))  # "An attorney for Pagliano"
    if counsel:
        client = classify_speaker(counsel.group("principal"), facts, lexicon, position)
        people = _people_in(counsel.group("principal"))
        if client.kind != "unknown" or people:
            return client if client.kind != "unknown" else Party("group", people)  # "Patients"
    # "Ferreira's agent, Rodrigo Paiva": a name described as someone's voice speaks for them.
    described_agent = next(
        (m for part in appositive.split(" ; ") if (m := REPRESENTATIVE.match(part.strip()) or SPOKE_FOR.search(part))),
        None,
    )
    if described_agent and looks_like_name(phrase):
        return classify_speaker(described_agent.group("principal"), facts, lexicon, position)
    if facts.home_country and REGIONAL_STATE_ADMINISTRATION.search(phrase):
        # "the head of the Odesa regional military administration Oleh Kiper" in a story filed from Kyiv: the
        # state's own administration of a region, unless the phrase names another country ("Russian-installed").
        others = {lexicon.country_in(word) for word in re.findall(r"[A-Z][\w'’]+", phrase)} - {None}
        if others <= {facts.home_country}:
            return Party("country", facts.home_country, fine_name=_capitalised(phrase))
    own = _party_from_words(phrase, facts, lexicon)
    if own is not None:
        return own
    if facts.governed and organisation_kind(phrase) == "government":
        return Party("country", facts.governed, fine_name="Government", names_country=True)  # "the government"
    employed = head_word(phrase) in KINDS_OF_PEOPLE | WORKER_ROLES  # "government workers" strike against it
    if facts.governed and GOVERNMENT_OWNED.match(phrase) and not employed:
        # "the government communication service", "the government's spokesman" of the one government named
        return Party("country", facts.governed, fine_name=_capitalised(phrase), names_country=True)
    known = facts.descriptions.get(phrase.lower(), ()) or facts.descriptions.get(surname(phrase), ())
    description = " ; ".join([*known, appositive] if appositive else known)
    if description and head_word(description.split(" ; ")[0]) in WORKER_ROLES and looks_like_name(phrase):
        # "Sam Salehpour, a Boeing quality engineer": someone who works for a company is not its voice
        return Party("person", facts.full_names.get(surname(phrase), phrase))
    if description:
        described = _party_from_words(description, facts, lexicon)
        if described is not None and described.kind == "country" and not _in_office(description, lexicon):
            # "a native of Uzbekistan", "Uzbek immigrant": a nationality, not a mandate; "a researcher at the
            # Stockholm Institute …" is a researcher, whatever city the institute is in.
            role = _role_of(words_of(description), head_word(description), NEUTRAL_ROLES)
            described = Party("neutral", role) if role else None
        if described is not None:
            person = facts.full_names.get(surname(phrase), phrase)
            return replace(described, fine_name=described.fine_name if described.kind != "country" else person)
        headed = HEAD_OF_UNNAMED_BODY.match(description)
        if headed:
            # "Shirin Akter, president of a garment workers' federation": not a head of state, the head of a body
            return Party("group", _capitalised(headed.group("body")))
        member = MEMBER_OF_KIND.search(description)
        if member and member.group("kind").lower() in ORGANISATION_NOUNS:
            # "a nurse at Oakland General and a member of the union's bargaining team" speaks for the union
            return Party("group", member.group("kind").capitalize())
        organisation = _organisation_in(description, facts) or _proper_name_in(appositive, lexicon)
        organisation = organisation or _body_before_role(description, lexicon) or _kind_owning(description, facts)
        if organisation and not is_news_outlet(organisation):  # not "to the question of the AA correspondent"
            return Party("group", organisation)
        if all(describes_a_body([part]) for part in known) and known and looks_like_name(phrase):
            return Party("group", phrase)  # "drugmaker Halvern Pharma", a name the tagger took for a person's
    if facts.home_country and NATIONAL_ORGANS.search(phrase) and not FORMER.match(phrase):
        # "(Seoul=Yonhap News) … A military official told …": the armed forces of the country the story is from.
        return Party("country", facts.home_country, fine_name=_capitalised(phrase))
    is_person = surname(phrase) in facts.full_names or phrase.split()[0].lower().rstrip(".") in HONORIFICS
    # "The Minister of Government, Eduardo del Castillo": a person's name, which the tagger may take for an
    # organisation's
    introduced = [part for part in description.split(" ; ") if head_word(part) in PERSON_ROLES]
    is_person = is_person or (bool(introduced) and looks_like_name(phrase))
    if phrase in facts.organisations and not is_person:
        return Party("group", phrase)
    if any(short_company_name(phrase, org) or short_company_name(org, phrase) for org in facts.organisations):
        return Party("group", phrase)  # "Veltrava" in a story about Veltrava Motors, and "Veltrava Motors" too
    if not is_person and _named_after_country(phrase, lexicon):
        return Party("group", phrase)  # "Athletics Kenya", "Priorities USA": a body, not a person
    named_kind = NAME_BEFORE_KIND.match(phrase)
    # "Election commission declares …": the word that opens a headline is capitalised whether or not it is a name.
    opens_headline = named_kind is not None and facts.headline.startswith(phrase) and named_kind.group("name").istitle()
    if (
        named_kind
        and named_kind.group("kind") in ORGANISATION_NOUNS
        and not lexicon.country_in(phrase)
        and not opens_headline
    ):
        return Party("group", named_kind.group("name"))  # "the FNV union"
    named_by_its_work = _named_by_its_work(phrase)
    if named_by_its_work is not None:
        return Party("group", named_by_its_work)  # "A hacking group", "the health board"
    kind = organisation_kind(phrase)
    kind = kind.capitalize() if kind is not None and kind not in UNNAMED_KINDS_OF_NO_SIDE else None
    if kind and re.sub(r"^(?:the|their|its|our|his|her)\s+", "", phrase.lower()) == kind.lower():
        # "Union says 30,000 nurses will strike": a kind, not a person's name; "their union" too
        return Party("group", kind)
    if kind and _trailing_name(phrase):
        return Party("group", kind)  # "Police spokeswoman Resila Onyango" speaks for the police
    voice_of_body = BODY_VOICE_NAME.match(phrase)
    body_is_kind = voice_of_body is not None and _names_a_kind(voice_of_body.group("body"))
    if voice_of_body and not body_is_kind:
        named = voice_of_body.group("body")
        if not lexicon.country_in(named) or _named_after_country(named, lexicon):
            return Party("group", named)  # "Al-Nasr spokesman Osama al-Fitouri", "Athletics Kenya president …"
    body = _body_before_role(phrase, lexicon)
    if body:
        return Party("group", body)  # "The board of elections director, Raymond Okafor"
    member = PERSON_OF_ORGANISATION.match(phrase)
    if member and _government_named(member.group("organisation"), lexicon) is None:
        return Party("group", member.group("organisation"))  # "Maria Lopez of the Immigrant Justice Network"
    member_of = _organisation_before_initialled_name(phrase)
    if member_of is not None:
        return Party("group", member_of)  # "the Cauvery Delta Farmers' Federation S. Ranganathan"
    headed = HEAD_OF_UNNAMED_BODY.match(phrase)
    if headed:
        # "The head of an Istanbul-based textile exporters' association": a body the article does not name
        return Party("group", _capitalised(PLACE_BASED.sub("", headed.group("body"))))
    kind_of_people = _people_of_a_kind(phrase)
    if kind_of_people is not None:
        return Party("group", kind_of_people)  # "Thousands of students", "The farmers" of a protest
    name = phrase if looks_like_name(phrase) else _trailing_name(phrase)
    if name:
        person = facts.full_names.get(surname(name), name)
        country = _country_of_office(f"{phrase} ; {description}", position, facts, lexicon)
        if country:
            return Party("country", country, fine_name=person, names_country=True)
        if person not in facts.full_names.values() and set(words_of(name)[1:-1]) & NAME_LINKS:
            return Party("group", name)  # "Doctors Without Borders", "Committee to Protect Journalists"
        judge = JUDGE_TITLE.match(phrase)
        if judge and facts.full_names.get(surname(judge.group("name"))) == judge.group("name"):
            return Party("neutral", NEUTRAL_ROLES["judge"])  # "Justice Chacha Mwita", no court named for him
        return Party("person", person)
    if facts.home_country and head_word(phrase) in STATE_ORGANS:
        # "NIAMEY (Reuters) - … the foreign ministry said": the ministry of the country the story is filed from.
        return Party("country", facts.home_country, fine_name=_capitalised(phrase))
    if kind:
        return Party("group", kind)  # "the union" and "the company" of a labour dispute
    return Party("unknown", OTHER_SOURCES)


def _government_named(phrase: str, lexicon: CountryLexicon) -> str | None:
    """The country a phrase names other than inside the name of a body of learning or of civil society, if any:
    "analyst Celia Navarro of the University of the Philippines", "the Federation of German Consumer
    Organisations" speak for no government."""
    country = lexicon.country_in(phrase)
    if country is None or not CIVIL_BODY_NAME.search(phrase):
        return country

    def civil_body(match: re.Match[str]) -> str:
        # "the Russian Federation" is the country's own name, not a federation of its citizens.
        found = lexicon.country_form_in(match.group())
        return match.group() if found and len(found[1].split()) == len(match.group().split()) else " "

    return country if lexicon.country_in(CIVIL_BODY_NAME.sub(civil_body, phrase)) is not None else None


def _body_before_role(phrase: str, lexicon: CountryLexicon) -> str | None:
    """ "Board of elections" for "The board of elections director, Raymond Okafor", "Srbijagas" for a person
    the article calls "Srbijagas director": a body, then the role of who speaks for it (not a country's)."""
    for part in re.split(r"[,;]", phrase):
        match = BODY_THEN_ROLE.match(part.strip())
        if match:
            return _capitalised(match.group("body"))
        named = BODY_VOICE.match(part.strip())
        if named and not lexicon.country_in(named.group("body")) and not _names_a_kind(named.group("body")):
            return named.group("body")
    return None


def _kind_owning(description: str, facts: ArticleFacts) -> str | None:
    """The organisation someone is said to hold a post in by its kind alone ("The council's director of
    services"): the one organisation the article names with that word, else the kind itself when the headline
    names the story's body by it ("Council approves bypass"); None otherwise, since "Firm" or "Party" would
    tell the reader less than the person's name."""
    for part in description.split(" ; "):
        owned = re.match(r"^(?:[Tt]he|[Ii]ts)\s+(\w+)['’]s\s+\w", part.strip())
        kind = owned.group(1).lower() if owned else ""
        if kind not in ORGANISATION_NOUNS or kind in STATE_ORGANS:
            continue
        named = [org for org in facts.organisations if re.search(rf"\b{kind}\b", org, re.IGNORECASE)]
        if len(named) == 1:
            return named[0]
        if not named and re.search(rf"\b{kind}\b", facts.headline, re.IGNORECASE):
            return kind.capitalize()
    return None


def _in_office(description: str, lexicon: CountryLexicon) -> bool:
    """Whether a description that names a country gives an office of it rather than a nationality: a public
    role, a national organ, or a parliament named by its own name ("the State Duma Committee on …")."""
    if _holds_office(description) or NATIONAL_ORGANS.search(description):
        return True
    form = lexicon.country_form_in(description)
    return form is not None and form[1] in PARLIAMENTS


def _national_council(phrase: str, lexicon: CountryLexicon) -> bool:
    """ "National Security Council spokesman Jonathan Malaya", "deputy chairman of Russia's Security Council":
    a state's own council, not the United Nations'."""
    council = NATIONAL_COUNCIL.search(phrase)
    whose = council.group("whose") if council else ""
    of_state = COUNCIL_OF_STATE.search(phrase)
    if of_state and lexicon.country_in(of_state.group("state")):
        return True  # "the Secretary of the Security Council of Armenia"
    return bool(council and (whose.lower() == "national" or lexicon.country_in(whose)))


def _names_a_kind(body: str) -> bool:
    """ "Party spokesman", "Police spokeswoman", "Sporting director": a kind of body or of role before the voice,
    not a body's name."""
    return body.lower() in ORGANISATION_NOUNS | STATE_ORGANS | KINDS_OF_DIRECTOR


def _without_home_state(phrase: str) -> str:
    """ "Senator Walt Dunmore" of "Senator Walt Dunmore of Georgia": a legislator's state, written after the name
    in American style, is no affiliation (and Georgia no country here)."""
    match = HOME_STATE.match(phrase)
    return match.group("person") if match else phrase


def _party_from_words(phrase: str, facts: ArticleFacts, lexicon: CountryLexicon) -> Party | None:
    """Affiliation named in the words themselves, most telling first: an international body, a movement, a
    country, a side of a court case, an observer's role, a named organisation."""
    words = words_of(phrase)
    body = _longest_match(words, NEUTRAL_BODIES, phrase)
    bare_council = re.search(r"\bthe\s+security\s+council\b(?!\s+of\b)", phrase, re.IGNORECASE)
    if body and bare_council and facts.state_council:
        # "the Secretary of the Security Council" after the article named "the Security Council of Armenia"
        return Party("country", facts.state_council, fine_name=_capitalised(phrase))
    if body and not _national_council(phrase, lexicon):
        return Party("neutral", body)
    if UN_MISSION.search(phrase):
        return Party("neutral", NEUTRAL_BODIES["united nations"])  # "UNSMIL spokeswoman Clara Benedetti"
    if LOCAL_PERSON.search(phrase):
        return Party("neutral", NEUTRAL_ROLES["witnesses"])  # "Fatima Ben Ali, a teacher in Souq al-Juma"
    named_movement = NAMED_MOVEMENT.match(phrase)
    if named_movement and not lexicon.country_in(named_movement.group("name")):
        return Party("group", named_movement.group("name"))  # "The opposition CDU" is the CDU
    if any(word in MOVEMENT_WORDS for word in words):
        return Party("movement", _movement_name(phrase, words, facts, lexicon))
    party_name = (
        _party_of_member(phrase)
        or _political_party(phrase, lexicon)
        or _party_of_named_member(phrase, lexicon)
        or _party_named_before(phrase, facts)
    )
    if party_name:
        return Party("group", party_name)
    administration = ADMINISTRATION_OF.search(phrase)
    if administration:
        return _administration(administration.group("leader"), facts, lexicon)
    watchdog = RIGHTS_BODY.search(phrase)
    if watchdog:
        return Party("neutral", watchdog.group())  # "The Kenya Human Rights Commission" is not Kenya's government
    named_body = NATIONALITY_KIND_NAME.match(phrase)
    if named_body and lexicon.country_in(named_body.group("nationality")):
        return Party("group", named_body.group("name"))  # "Portuguese club Sporting Braga" is the club, not Portugal
    introduced = KIND_INTRODUCES_NAME.search(phrase)
    neutral_kind = _role_of(words, head_word(phrase), NEUTRAL_ROLES)  # 'The human rights organisation "…"'
    if introduced and introduced.group("name") in facts.organisations and not neutral_kind:
        # 'The National Joint-Stock Company «Naftogaz of Ukraine»' is the company, whatever country it names.
        return Party("group", introduced.group("name"))
    if EU_VOICE.search(phrase) or phrase == "EU":
        # "EU foreign policy chief Josep Borrell", "an EU official", "The European Union monitoring mission in
        # Armenia" (the country it works in is not whose it is)
        return Party("group", EUROPEAN_UNION)
    owner = ORGANISATION_OWNER.match(phrase)
    owner_name = owner.group("owner") if owner else ""
    if (
        owner_name in facts.organisations
        and surname(owner_name) not in facts.full_names
        and not lexicon.country_in(owner_name)
    ):
        # "NATO's peacekeeping force in Kosovo": the body it belongs to, not the country it works in.
        return Party("group", owner_name)
    company = COMPANY_NAME.search(phrase)
    if company and head_word(phrase) not in KINDS_OF_PEOPLE | WORKER_ROLES:  # not "Workers at the Norvik Motors plant"
        return Party("group", company.group())  # "Tokyo Electric Power Company" is a firm, not Japan's voice
    affiliation = _affiliation_part(without_outlet_names(phrase), lexicon)
    country = _government_named(affiliation, lexicon)
    region = _region_headed(phrase, lexicon) if country is None else None
    if region is not None:
        return Party("group", region)  # "the Chief Minister of Tamil Nadu K. Ilango" speaks for Tamil Nadu
    if country and head_word(phrase) in PEOPLE_OF_A_COUNTRY | CIVIC_BODIES:
        # "Nigeria's resident doctors" strike against their government; they are not Nigeria's voice.
        return Party("group", _capitalised(COUNT_BEFORE_KIND.sub("", COUNTRY_OWNER.sub("", clean_name(phrase)))))
    if country and head_word(phrase) in COURT_WORDS:
        return Party("neutral", NEUTRAL_ROLES[head_word(phrase)])  # "a Chilean environmental court"
    if country and NEUTRAL_ROLES.get(head_word(phrase)) == NEUTRAL_ROLES["witnesses"]:
        return Party("neutral", NEUTRAL_ROLES["witnesses"])  # "Passengers at Dublin Airport" are no voice of Ireland
    if country:
        direct = lexicon.names_country_directly(affiliation)
        return Party("country", country, fine_name=_seat_spoken_for(phrase, lexicon), names_country=direct)
    head = head_word(phrase)
    if _role_of(words, head, NEUTRAL_ROLES) == NEUTRAL_ROLES["ombudsman"] or "ombudsman" in words:
        # "The office of the Public Defender, Georgia's ombudsman": a state's rights watchdog, not a defence lawyer
        return Party("neutral", NEUTRAL_ROLES["ombudsman"])
    legal = _role_of(words, head, LEGAL_ROLES)
    if legal:
        return Party("legal", legal)
    role = _role_of(words, head, NEUTRAL_ROLES) or _role_of(words, _title_before_name(phrase), NEUTRAL_ROLES)
    organisation = _organisation_in(phrase, facts)
    if role:
        institution = head in INSTITUTION_ROLES and organisation
        return Party("neutral", organisation if institution and organisation else role)
    outside = organisation is not None and head in words_of(phrase.replace(organisation, " "))
    if organisation and head in WORKER_ROLES and head.endswith("s") and outside:  # not "the United Auto Workers"
        # "Workers at the Norvik Motors plant", on strike: those who work for a company are not its voice.
        return Party("group", f"{organisation} {head}")
    if organisation and head in WORKER_ROLES and outside:
        # "A Boeing quality engineer told senators …": one who works for a company is not its voice either.
        return Party("person", _capitalised(phrase))
    # "Chairman of the Board of Naftogaz Oleksiy Chernenko" is capitalised throughout but opens with a role.
    named = looks_like_name(phrase) and phrase.split()[0].lower() not in PERSON_ROLES
    if organisation and facts.home_country and NATIONAL_ORGANS.search(organisation):
        # "BEIJING (Xinhua) - a spokesperson for the … Office of the State Council": an organ of the state the
        # story is from (a "Foreign Ministry spokesman" may speak for whichever state spoke just before).
        return Party("country", facts.home_country, fine_name=organisation)
    if organisation and organisation.lower() != phrase.lower() and not named:
        return Party("group", organisation)
    if organisation and facts.home_country and head_word(organisation) in STATE_ORGANS:
        # "OSTRAVA, Czech Republic - … the Labour Ministry said": a ministry of the country the story is from.
        return Party("country", facts.home_country, fine_name=organisation)
    return None


def _organisation_before_initialled_name(phrase: str) -> str | None:
    """The organisation machine translation runs a person's initialled name into ("Cauvery Delta Farmers'
    Federation S. Ranganathan"), when the words before the name end with a kind of organisation."""
    split = _split_initialled_name(phrase)
    if split is None:
        return None
    body = re.search(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*$", split[0])
    if body is None or body.group().split()[-1].lower() not in ORGANISATION_NOUNS:
        return None
    return body.group()


def _region_headed(phrase: str, lexicon: CountryLexicon) -> str | None:
    """The region (a state or province no country data lists) whose government the phrase's office heads,
    without a person's name run on after it ("Tamil Nadu" of "Chief Minister of Tamil Nadu K. Ilango")."""
    match = REGION_HEAD.search(phrase)
    if match is None:
        return None
    region = match.group("region") or match.group("owner")
    split = _split_initialled_name(region)
    if split is not None:
        region = split[0]
    elif match.group("region") and len(region.split()) > 2:
        region = " ".join(region.split()[:-2])  # "Governor of Lagos State Babajide Sanwo-Olu"
    if not region or region.lower() in PORTFOLIO_WORDS or lexicon.country_in(region):
        return None
    return region


def _seat_spoken_for(phrase: str, lexicon: CountryLexicon) -> str:
    """The finer name a country's speaker goes by in a domestic story: "White House" for "White House press
    secretary Janelle Ortiz" (a seat of power and someone speaking for it), else the phrase itself."""
    found = lexicon.country_form_in(phrase)
    if found is None or found[1] not in SEATS_OF_POWER or not _trailing_name(phrase):
        return clean_name(phrase)
    written = re.search(re.escape(found[1]), phrase, re.IGNORECASE)
    return written.group() if written else clean_name(phrase)


def _party_of_member(phrase: str) -> str | None:
    """The US party a phrase names its speaker a member of ("Republican leader Mitch McConnell", "Senate
    Democrats", "The Republican Party's chairman"), unless the word is part of another name ("Liberal
    Democrats", "the Democratic Republic of Congo", "the Democratic Unionist Party")."""
    words = phrase.split()
    for index, word in enumerate(words):
        party = PARTY_MEMBERS.get(word.rstrip(",;:").removesuffix("'s").removesuffix("’s"))
        if party is None:
            continue
        before = words[index - 1] if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        part_of_name = before[:1].isupper() and before.lower() not in MEMBER_OPENERS
        # "the ruling Democratic Progressive Movement", "Democratic Alliance": the adjective opens another name.
        opens_name = word == "Democratic" and after[:1].isupper() and after.rstrip(",;:'’s") not in US_PARTY_WORDS
        if part_of_name or opens_name or after.startswith("Republic"):
            return None
        other_party = PARTY_NAME.search(phrase)
        if other_party and other_party.group(1).split()[-1] != word:
            return None
        return party
    return None


def _political_party(phrase: str, lexicon: CountryLexicon) -> str | None:
    """The party a phrase names, which speaks for itself and not for its country ("Georgia's ruling Georgian
    Dream party" is Georgian Dream, whom the country's president may oppose); not a bare demonym ("the Armenian
    party")."""
    match = PARTY_NAME.search(phrase)
    if match is None:
        return None
    name = re.sub(r"^(?:The|His|Her|Its|Their|Our)\b\s*", "", match.group(1).strip())  # "His party" names none
    if not name or (len(name.split()) == 1 and lexicon.country_in(name)):
        return None
    return f"{name} Party" if match.group(2) == "Party" else name


def _party_named_before(phrase: str, facts: ArticleFacts) -> str | None:
    """ "Georgian Dream founder Bidzina Ivanishvili" after the article named "the ruling Georgian Dream party": a
    party of two words or more, named without the word "party" (a country's people in its name do not make it
    that country's voice). One-word names ("Democratic") are words too common to tell."""
    return next((p for p in facts.parties if len(p.split()) >= 2 and re.search(rf"\b{re.escape(p)}\b", phrase)), None)


def _party_of_named_member(phrase: str, lexicon: CountryLexicon) -> str | None:
    """ "Fianna Fáil" of "Fianna Fáil councillor Liam Doyle": a party named before a member of a council or a
    parliament, when the name is not a country's, a place's or a word that only describes the member."""
    match = MEMBER_OF_PARTY.match(phrase)
    if match is None:
        return None
    party = match.group("party")
    if party.split()[0].lower() in NOT_PARTY_NAMES or lexicon.country_in(party) or party.lower() in LEGISLATURES:
        return None
    return party


def _administration(leader: str, facts: ArticleFacts, lexicon: CountryLexicon) -> Party:
    """The government an administration named after its leader speaks for: the leader's country where the
    article gives one ("President Joe Biden" of a story filed from Washington), else the administration itself."""
    party = classify_speaker(facts.full_names.get(leader.lower(), leader), facts, lexicon)
    if party.kind == "country":
        return replace(party, fine_name=f"{leader} administration")
    return Party("group", f"{leader} administration")


def _country_of_office(words: str, position: int, facts: ArticleFacts, lexicon: CountryLexicon) -> str | None:
    """The country of the nearest "<country> <office>" mention for an office the speaker holds."""
    lowered = words.lower()
    # "community president Rosa Cruz Tito", "the association's president": an office of a body that is no state.
    offices = {title for title in TITLES if _holds_state_office(lowered, title)}
    # "Prime Minister Abiy Ahmed" holds no office of "Egypt's water minister": "minister" inside a longer title
    # is no office of its own.
    offices = {title for title in offices if not any(title != other and title in other for other in offices)}
    # "A Japanese government spokesman" later in the story says nothing of "spokesman Chen Binhua" before it: a
    # spokesman is no one office of a country, so only one named before may be the same.
    candidates = [
        (abs(at - position), country)
        for at, title, country in facts.titled_mentions
        if title in offices and (title not in BARE_VOICES or at < position)
    ]
    if candidates:
        return min(candidates)[1]
    in_office = not FORMER.match(words)  # "Former Attorney General Eric Holder" speaks for no government now
    # "ANKARA (Reuters) - … Finance Minister Mehmet Simsek said", "YAOUNDE (Reuters) - … Government spokesman
    # Rene Sadi said": a wire story gives a foreign minister's country and leaves out its own.
    of_government = offices & GOVERNMENT_OFFICES or GOVERNMENT_VOICE.search(words)
    if facts.home_country and in_office and of_government and not _office_of_another(words, lexicon):
        return facts.home_country
    return None


def _office_of_another(words: str, lexicon: CountryLexicon) -> bool:
    """ "minister of foreign affairs of Pridnestrovie": an office of a place named that is no country the data
    knows (a breakaway region, a province), which is not the office of the country the story is filed from."""
    office = OFFICE_OF_PLACE.search(words)
    places = [m.group("place") for m in PLACE_OF.finditer(office.group("of"))] if office else []
    # "District of Columbia Attorney General Karl Racine": a place named before the office.
    before = PLACE_BEFORE_OFFICE.search(words)
    if before and before.group("place").split()[0].lower() not in PORTFOLIO_WORDS | RANKS_BEFORE_OFFICE:
        places.append(before.group("place"))
    return any(place.lower() not in PORTFOLIO_WORDS and not lexicon.country_in(place) for place in places)


def _holds_state_office(lowered: str, title: str) -> bool:
    """Whether a lower-cased description gives `title` as an office, not of a body that is no state
    ("community president", "president of the Nigerian Association of Resident Doctors")."""
    return any(
        BODY_BEFORE_OFFICE.search(lowered, 0, found.start()) is None
        and BODY_AFTER_OFFICE.match(lowered, found.end()) is None
        for found in re.finditer(rf"\b{title}\b", lowered)
    )


def _titled_mentions(text: str, lexicon: CountryLexicon) -> tuple[tuple[int, str, str], ...]:
    """ "the Azeri president", "Azerbaijan's president": an office tied to a country and to no name right
    after it (in "Russian President Vladimir Putin" the office is Putin's own and tells nothing about
    anyone else)."""
    mentions = []
    for title in TITLES:
        for match in re.finditer(rf"\b{title}\b", text, flags=re.IGNORECASE):
            before = text[max(0, match.start() - 40) : match.start()].split()[-3:]
            country = lexicon.country_in(" ".join(before))
            after = text[match.end() : match.end() + 30].split()
            followed_by_name = bool(after) and after[0][:1].isupper() and after[0].isalpha()
            if country and not followed_by_name:
                mentions.append((match.start(), title, country))
    return tuple(mentions)


def _affiliation_part(phrase: str, lexicon: CountryLexicon) -> str:
    """The phrase without complements that name a counterpart rather than an affiliation ("envoy to
    Armenia", "the Taiwan Affairs Office" of China's State Council), and with the country that installed an
    official as a word of its own ("the Russian-installed governor" serves Russia; a "Russian-backed" group is
    not Russia's, nor a "Russian-born" writer)."""
    phrase = INSTALLED_BY.sub(r"\1 ", phrase)
    phrase = PLACE_BEFORE_AFFAIRS.sub(lambda m: "" if _places(m.group(1), lexicon) else m.group(), phrase)
    return re.split(r"\b(?:to|toward|towards|against|with|on|about|over)\b", phrase, maxsplit=1)[0]


def _places(words: str, lexicon: CountryLexicon) -> bool:
    """Whether `words` name a place: "Taiwan", "Hong Kong and Macao" (one named place is enough where "and" joins
    two, as the lexicon may not know the smaller)."""
    return any(part.lower() in lexicon.forms for part in words.split(" and "))


def _movement_name(phrase: str, words: list[str], facts: ArticleFacts, lexicon: CountryLexicon) -> str:
    """ "Karabakh separatists": the movement word, plural, named after the allegiance the phrase states
    ("pro-Russian separatists"), else the disputed place the article keeps naming beside it, else the people
    the phrase names ("Armenian separatists")."""
    noun = next(word for word in words if word in MOVEMENT_WORDS)
    noun = "protesters" if noun == "protest" else noun
    noun = noun if noun.endswith("s") or noun in ("opposition", "militia") else noun + "s"
    allegiance = next((w for w in phrase.split() if w.lower().startswith(("pro-", "anti-"))), None)
    if allegiance:
        return f"{allegiance[:1].upper()}{allegiance[1:]} {noun}"
    if facts.movement_place:
        return f"{facts.movement_place} {noun}"
    demonym = next((w for w in phrase.split() if lexicon.country_in(w) and w[:1].isupper()), None)
    if demonym:
        return f"{demonym.rstrip(',')} {noun}"
    if noun == "opposition" and facts.home_country:
        # "Opposition leader Mallikarjun Kharge" in a story filed from New Delhi
        possessive = "'" if facts.home_country.endswith("s") else "'s"
        return f"{facts.home_country}{possessive} opposition"
    return noun.capitalize()


def _opponents(phrase: str, facts: ArticleFacts, lexicon: CountryLexicon) -> Party:
    """ "Kremlin critics", "opponents of President Erdogan", "Chinese dissidents": people against whom they name,
    a side of their own; but "Republican opponents" are Republicans (a party's adjective, not a name)."""
    named = re.sub(r"^(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+", "", phrase)
    words = named.split()
    if len(words) == 2:
        party = classify_speaker(words[0], facts, lexicon)
        if party.kind == "group" and party.name != words[0]:
            return party
    short = len(words) <= MAX_OPPONENT_SIDE_WORDS and " in " not in named
    return Party("group", named[:1].upper() + named[1:]) if short else Party("unknown", OTHER_SOURCES)


def _portfolio_after_office(organisation: str, phrase: str) -> bool:
    """Whether `organisation` (lower case) follows an office and "of" in `phrase` and starts with a portfolio."""
    after_office = re.search(rf"\b{HOLDER} of {re.escape(organisation)}", phrase) is not None
    return after_office and organisation.split()[0] in PORTFOLIO_WORDS


def _organisation_in(phrase: str, facts: ArticleFacts) -> str | None:
    """The longest organisation the article names that occurs in the phrase; one that is really a person
    ("Trump's press secretary") is given by the person's full name. A chamber is no member's side. A name after
    the last comma is whose the description is ("The head of mission of Onde Solidali, Giulia Ferraris", a
    person the tagger may take for an organisation): an organisation in the description comes first."""
    description, _, name = phrase.rpartition(",")
    named = name.strip()[:1].isupper() and looks_like_name(name.strip())  # not ", of the Indigenous Land …"
    if description and named and (inner := _organisation_in(description, facts)):
        return inner
    lowered = phrase.lower()
    found = [org for org in facts.organisations if re.search(rf"\b{re.escape(org.lower())}\b", lowered)]
    # "Interior Minister Xhelal Sveçla", "Education Secretary Shirley-Anne Somerville": a portfolio the tagger
    # took for an organisation, not a party.
    found = [org for org in found if not re.search(rf"\b{re.escape(org.lower())} (?:\w+ )?{HOLDER}\b", lowered)]
    # "The Minister of Housing, Isabel Rodríguez": an office with its portfolio, which the tagger may also take for
    # an organisation, is held by a person.
    found = [org for org in found if not re.match(rf"(?:the )?{HOLDER} of\b", org.lower())]
    # "Minister of Agriculture Czesław Siekierski": the portfolio and the name, which the tagger may take for one
    found = [org for org in found if not _portfolio_after_office(org.lower(), lowered)]
    if _trailing_name(phrase) or _holds_office(phrase):
        # "Senate Majority Leader Chuck Schumer": a member of a chamber speaks for a party or for themselves.
        found = [org for org in found if org.lower() not in LEGISLATURES]
    # "President Luis Arce", whose surname the tagger took for an organisation elsewhere ("… with Arce")
    found = [org for org in found if not _part_of_named_person(org, lowered, facts)]
    if not found:
        return None
    # The longest name; of two as long, the one named last, nearest the name of whoever holds the title ("House"
    # of "Donald Trump and House Speaker Paul Ryan"), so the answer never hangs on the order of a set.
    organisation = max(found, key=lambda org: (len(org), lowered.rindex(org.lower())))
    owner = next(
        (
            org
            for org in found
            if re.search(rf"{re.escape(organisation.lower())} of (?:the )?{re.escape(org.lower())}\b", lowered)
        ),
        None,
    )
    if owner is not None:
        organisation = owner  # "the state security service of Abkhazia" speaks for Abkhazia
    unit = UNIT_OF.match(organisation)
    if unit and unit.group("organisation") in found:
        organisation = unit.group("organisation")  # "the Chairman of the Board of Naftogaz" speaks for Naftogaz
    spelled = _spelled_out(organisation, phrase) if organisation.isupper() else None
    person = facts.full_names.get(surname(organisation), organisation)
    whole = person if len(person.split()) > len(organisation.split()) else organisation
    return spelled or _with_possessed_kind(whole, phrase)


def _part_of_named_person(organisation: str, lowered_phrase: str, facts: ArticleFacts) -> bool:
    """Whether an "organisation" is the name, or the end of the name, of the person the phrase ends with: the
    speaker themself ("President Luis Arce"), not whose aide they are ("Donald Trump's campaign manager …")."""
    person = facts.full_names.get(surname(organisation), "").lower()
    return bool(person) and person.endswith(organisation.lower()) and lowered_phrase.endswith(person)


def _people_in(phrase: str) -> str:
    """ "Patients" of "hundreds of patients who received contaminated implants": the people a phrase counts, as
    a side's name; "" when it names no plural of people in small letters."""
    core = re.split(r"\s(?:who|that|which|whose)\s", phrase, maxsplit=1)[0].split()
    noun = core[-1] if core else ""
    return noun.capitalize() if noun.isalpha() and noun.islower() and noun.endswith("s") else ""


def _people_of_a_kind(phrase: str) -> str | None:
    """ "Students" of "The students", "Thousands of students" or "Farmers": people of a kind who speak as one
    group, named by their kind (a capitalised "Farmers" opening a sentence is no person's name), and "Families of
    hostages" by whose they are; not the public ("voters") that polls quote."""
    words = phrase.split()
    head = words[-1] if words else ""
    in_small_letters = all(word.islower() for word in words[1:])
    if in_small_letters and len(words) <= 4 and words[0].lower() in FAMILIES:
        return phrase[:1].upper() + phrase[1:]  # "Families of hostages", "Relatives of the victims"
    kind = head.lower() in KINDS_OF_PEOPLE - THE_PUBLIC
    return head.capitalize() if kind and in_small_letters else None


def _without_leading_kind(phrase: str) -> str:
    """ "Lumetric Semiconductor" of "Chipmaker Lumetric Semiconductor", a kind of company capitalised at the
    start of a sentence, which the tagger takes into the name."""
    words = phrase.split()
    kind = len(words) >= 2 and (words[0].lower() in COMPANY_KINDS or _a_maker(words[0]))
    return " ".join(words[1:]) if kind and looks_like_name(" ".join(words[1:])) else phrase


def _a_maker(word: str) -> bool:
    """ "drugmaker", "Chipmaker": a company named by what it makes; not a "lawmaker" or a "filmmaker"."""
    lowered = word.lower()
    return lowered.endswith("maker") and lowered != "maker" and lowered not in PEOPLE_WHO_MAKE


def _common_noun_opening_a_line(ent: Any, text: str) -> bool:
    """ "Drugmaker sued over …", "Coach banned after …": a headline's first word, capitalised only because the
    line opens with it, which the article writes in lower case elsewhere ("drugmaker Halvern Pharma", "the
    coach"); not a name."""
    if len(ent) != 1 or (
        ent.start > 0 and "\n" not in ent.doc[ent.start - 1].whitespace_ + ent.doc[ent.start - 1].text
    ):
        return False
    word = ent.text
    return word[:1].isupper() and word[1:].islower() and re.search(rf"\b{re.escape(word.lower())}\b", text) is not None


def describes_a_body(descriptions: Sequence[str]) -> bool:
    """ "German drugmaker" for "Medivon", a name the tagger took for a person's: the article calls it a company."""
    heads = {head_word(description) for description in descriptions}
    return any(head in BODY_KINDS or _a_maker(head) for head in heads)


def _with_possessed_kind(organisation: str, phrase: str) -> str:
    """ "Cauvery Delta Farmers' Federation" where the tagger found "Cauvery Delta Farmers": a name that goes on
    after a possessive with capitalised words, up to the last kind of organisation among them."""
    after = re.search(rf"{re.escape(organisation)}(?P<possessive>['’]s?)(?P<words>(?:\s+[A-Z][\w.'’-]*)+)", phrase)
    if after is None:
        return organisation
    words = after.group("words").split()
    kinds = [i for i, word in enumerate(words) if word.lower() in ORGANISATION_NOUNS]
    if not kinds:
        return organisation
    return f"{organisation}{after.group('possessive')} {' '.join(words[: kinds[-1] + 1])}"


def _spelled_out(acronym: str, phrase: str) -> str | None:
    """The name an acronym in brackets stands for, which the tagger may have missed: the words before it whose
    initials it is ("the Nigerian Association of Resident Doctors (NARD)"), else the capitalised words before it
    ("the German Farmers' Association (DBV)", named in its own language)."""
    before = re.search(rf"([\w'’.-]+(?:\s+[\w'’.-]+)*)\s+\({re.escape(acronym)}\)", phrase)
    if before is None:
        return None
    words = before.group(1).split()
    for start in range(len(words)):
        name = words[start:]
        if name[0][:1].isupper() and "".join(w[0] for w in name if w[:1].isupper()) == acronym:
            return " ".join(name)
    capitalised = re.search(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*$", before.group(1))
    return capitalised.group() if capitalised else None


def head_word(phrase: str) -> str:
    """The noun a phrase is about, before its complements: "judge" in "a judge in Lyon", "brief" in "the
    friend-of-the-court brief", "defenders" in "federal public defenders representing Saipov"."""
    core = HEAD_BOUNDARY.split(f" {clean_name(phrase)} ", maxsplit=1)[0]
    words = words_of(core)
    return words[-1] if words else ""


def _title_before_name(phrase: str) -> str:
    """ "scientist" of "Political scientist Andrei Sokolov of the Tartu Centre", "pensioner" of "Narva pensioner
    Valentina Ivanova": the role a name is given as a title; "" when the phrase ends in no such name."""
    core = HEAD_BOUNDARY.split(f" {clean_name(phrase)} ", maxsplit=1)[0].strip()
    name = _trailing_name(core)
    if name == core and len(core.split()) >= 3:
        return words_of(core)[0]  # "Hydrologist Pablo Jofre" opening a sentence: the title is capitalised too
    if name is None or name == core:
        return ""
    before = words_of(core[: -len(name)])
    return before[-1] if before else ""


def _role_of(words: list[str], head: str, table: dict[str, str]) -> str | None:
    """A role named by a multi-word form anywhere ("defense team") or by a one-word form as the head only, so
    "court documents" are not a court and "a human rights official" is not a rights body."""
    multi = {form: side for form, side in table.items() if " " in form}
    found = _longest_match(words, multi)
    return found or table.get(head) or table.get(_field_expert(head))


def _field_expert(word: str) -> str:
    """ "expert" for a scientist named by field ("pharmacologist", "toxicologists"), which no list holds in full;
    any other word as it is."""
    return "experts" if word.endswith("ologists") else "expert" if word.endswith("ologist") else word


def _longest_match(words: list[str], table: dict[str, str], original: str = "") -> str | None:
    """The value of the longest key found as whole words; keys in capitals only match capitals in
    `original`."""
    joined = " " + " ".join(words) + " "
    written = " " + " ".join(re.findall(r"[\w.-]+", original)) + " "
    hits = [form for form in table if f" {form} " in (written if form.isupper() else joined)]
    return table[max(hits, key=len)] if hits else None


def read_article(doc: Any, lexicon: CountryLexicon) -> ArticleFacts:
    """People's titles and appositions, organisations, and the place movements are named after."""
    text = doc.text  # rebuilt from the tokens each time a parse is asked for it
    descriptions: dict[str, list[str]] = {}
    full_names: dict[str, str] = {}
    organisations: set[str] = set()
    for ent in doc.ents:
        if LEGAL_FORM.search(ent.text):
            organisations.add(clean_name(ent.text))  # "Nordwolke GmbH", which the tagger may take for a person
        elif ent.label_ == "PERSON" and ent[0].tag_ in ("IN", "DT", "CC"):
            continue  # "Without Borders" of "Reporters Without Borders": the tail of a name, no person's
        elif ent.label_ == "PERSON" and (_spoken_of_as_a_thing(doc, ent) or ent[-1].lower_ in ORGANISATION_NOUNS):
            # "Kaiser Permanente, which runs 12 of the hospitals"; "the British Medical Association"
            organisations.add(clean_name(ent.text))
        elif ent.label_ == "PERSON" and not lexicon.country_in(ent.text) and len(ent.text) > 2:
            name = _without_words_before_initials(clean_name(_before_figures(ent)))
            keys = _name_keys(name)
            for key in keys:
                if len(name.split()) > len(full_names.get(key, "").split()):
                    full_names[key] = name
            for description in _person_descriptions(doc, ent):
                description = description.split("\n")[0].strip()
                if not description or FORMER.match(description):
                    continue  # "former chairman of the RNC" says where someone was, not whom they speak for
                for key in (name.lower(), *keys):
                    descriptions.setdefault(key, []).append(description)
        elif (
            ent.label_ in ("ORG", "NORP")
            and _is_proper(ent)
            and (not lexicon.country_in(ent.text) or _national_civic_body(ent, lexicon))
            and not is_news_outlet(ent.text)
        ):
            # "Alphabet's Google": the company owned is the one that speaks.
            name = _without_leading_kind(OWNER_PREFIX.sub("", clean_name(ent.text)))
            # "State" of "Secretary of State" is a portfolio, no organisation (unlike "Labour" on its own)
            office_of = (
                ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in OFFICE_WORDS
            )
            portfolio = name.lower() in PORTFOLIO_WORDS and office_of
            proper = name.lower() not in PRONOUNS and not portfolio and not _common_noun_opening_a_line(ent, text)
            if len(name) > 2 and proper and name.split()[-1].lower() not in OFFICE_WORDS:
                organisations.add(name)
    for introduced in KIND_INTRODUCES_NAME.finditer(text):
        name = introduced.group("name")
        # 'the party "Georgian Dream"' is named after a country's people, not a country
        if name.lower() not in lexicon.forms and not is_news_outlet(name):
            organisations.add(name)
            # "mining company Vale": no person, whatever the tagger took the name for
            full_names = {key: full for key, full in full_names.items() if full != name}
    for organisation in list(organisations):
        person = _person_after(organisation, organisations, lexicon)
        if person is not None:
            # "the Board of Naftogaz Oleksiy Chernenko", one entity to the tagger: the board, then its chairman.
            organisations.discard(organisation)
            organisations.add(organisation.removesuffix(person).strip())
            for key in _name_keys(person):
                full_names.setdefault(key, person)
    dateline = opening_dateline(text)
    if dateline is not None:
        # "ISTANBUL, Aug 20 (Reuters) -": the tagger may take the dateline's place for an organisation.
        places = {place.strip().lower() for place in dateline.place.split("/")}
        organisations = {org for org in organisations if org.lower() not in places}
    return ArticleFacts(
        descriptions={key: tuple(value) for key, value in descriptions.items()},
        full_names=full_names,
        organisations=frozenset(organisations),
        movement_place=_movement_place(doc, lexicon),
        home_country=_home_country(text, lexicon),
        titled_mentions=_titled_mentions(text, lexicon),
        governed=_the_one_government(text, lexicon),
        headline=leading_headline(text) or "",
        parties=frozenset(filter(None, (_political_party(m.group(), lexicon) for m in PARTY_NAME.finditer(text)))),
        state_council=_state_council(text, lexicon),
    )


def _state_council(text: str, lexicon: CountryLexicon) -> str | None:
    """The one country whose Security Council the article names ("the Security Council of Armenia", "Russia's
    Security Council"): a bare "Security Council" later is that council, not the United Nations'."""
    states = {lexicon.country_in(m.group("state")) for m in COUNCIL_OF_STATE.finditer(text)}
    states |= {lexicon.country_in(m.group("whose")) for m in NATIONAL_COUNCIL.finditer(text)}
    states.discard(None)
    return states.pop() if len(states) == 1 and "United Nations Security Council" not in text else None


def _national_civic_body(ent: Any, lexicon: CountryLexicon) -> bool:
    """ "the British Medical Association", "the Russian Football Union": a body named after its country's people
    is no voice of that country's state (a ministry or a council so named is, and stays out)."""
    return ent[-1].lower_ in NATIONAL_BODY_KINDS and lexicon.country_in(ent.text) != EUROPEAN_UNION


def _spoken_of_as_a_thing(doc: Any, ent: Any) -> bool:
    """A name the tagger took for a person's that the article goes on with ", which": a company or a body
    ("Kaiser Permanente, which runs 12 of the affected hospitals"); a person would be "who"."""
    after = doc[ent.end : ent.end + 2]
    return len(after) == 2 and after[0].text == "," and after[1].lower_ == "which"


def _before_figures(entity: Any) -> str:
    """ "Valencia" of "Valencia 45,000 euros", where the tagger ran a name into the sum after it ("fined Valencia
    45,000 euros"): no name holds a figure."""
    figure = next((token.i for token in entity if any(ch.isdigit() for ch in token.text)), entity.end)
    return str(entity.doc[entity.start : figure].text)


def _without_words_before_initials(name: str) -> str:
    """ "K. Ilango" of "Tamil Nadu K. Ilango", a place the tagger ran into an initialled name (two words or more
    before the initials: "John F. Kennedy" stays whole)."""
    split = _split_initialled_name(name)
    return split[1] if split is not None and len(split[0].split()) >= 2 else name


def _split_initialled_name(phrase: str) -> tuple[str, str] | None:
    """The words before a closing initialled name and the name ("Tamil Nadu", "K. Ilango"), if the phrase ends
    with one."""
    initialled = INITIALLED_NAME.search(f" {phrase}")
    if initialled is None:
        return None
    return phrase[: initialled.start()].strip(), initialled.group("name")


def _person_after(organisation: str, organisations: Collection[str], lexicon: CountryLexicon) -> str | None:
    """The person's name that machine translation runs into an organisation's ("Board of Naftogaz Oleksiy
    Chernenko", "Odesa Regional Military Administration Oleh Kiper"): two or three capitalised words after
    another organisation the article names, or after a word that ends a body's name, if any."""
    words = organisation.split()
    ends = [i for i, word in enumerate(words) if word.lower() in BODY_NAME_ENDS]
    rest = words[ends[-1] + 1 :] if ends else []
    # ("Minerals Council South Africa" ends in its country, not a person)
    if (
        2 <= len(rest) <= 3
        and all(w[:1].isupper() and w.isalpha() for w in rest)
        and not lexicon.country_in(" ".join(rest))
    ):
        return " ".join(rest)
    for other in organisations:
        if other == organisation or f" {other} " not in f" {organisation}":
            continue
        rest = f" {organisation}".split(f" {other} ", 1)[1].split()
        if 2 <= len(rest) <= 3 and all(word[:1].isupper() and word.isalpha() for word in rest):
            return " ".join(rest)
    return None


def _the_one_government(text: str, lexicon: CountryLexicon) -> str | None:
    """The country of every "<country>'s (…) government" the article names, when it is one: "the government"
    and "Government negotiator X" of a story on talks between "Yemen's internationally recognised government"
    and the Houthis are Yemen's, even when the story is filed from Doha."""
    countries = {lexicon.country_in(match.group(1)) for match in COUNTRY_GOVERNMENT.finditer(text)}
    countries.discard(None)
    return countries.pop() if len(countries) == 1 else None


def _is_proper(ent: Any) -> bool:
    """Whether the tagger's organisation is written as a name: "the foreign ministry" is not, nor a headline's
    first word capitalised only for its place ("Carmaker recalls …", "Party chairman X said"), nor a person's
    name after their role ("Police spokeswoman Resila Onyango")."""
    if ent.start > 0 and ent.doc[ent.start - 1].lower_ in PERSON_ROLES:
        return False
    return any(
        token.text[:1].isupper() and (token.i != token.sent.start or token.tag_ in ("NNP", "NNPS")) for token in ent
    )


def _person_descriptions(doc: Any, ent: Any) -> Iterable[str]:
    """ "Russian President" in "Russian President Vladimir Putin"; "Trump's press secretary" in "Trump's press
    secretary, Sarah Sanders"; "one of the federal public defenders representing Saipov" after "David
    Patton,"."""
    root = ent.root
    lefts = [child for child in root.lefts if child.i < ent.start and child.dep_ != "det"]
    if lefts:
        start = min(child.left_edge.i for child in lefts)
        yield doc[start : ent.start].text
    for child in root.children:
        if child.dep_ == "appos" and child.i > ent.end - 1 and not _another_person(child):
            yield doc[child.left_edge.i : child.right_edge.i + 1].text
    # "… asked about Republican presidential nominee Donald Trump, President Barack Obama said": a person named
    # right after another is no description of them, though the parse may read an apposition.
    if root.dep_ == "appos" and root.head.i < ent.start and not _another_person(root.head):
        # "The President of the German Farmers' Association (DBV), Hermann Wessels": all of it before the comma
        # (without one, "the researcher Ana Paula Vasconcelos" where the tagger missed "Ana", the noun alone).
        head = root.head
        comma = doc[ent.start - 1].text == ","
        yield doc[head.left_edge.i : ent.start - 1 if comma else head.i + 1].text


def _another_person(token: Any) -> bool:
    return bool(token.pos_ == "PROPN" and token.ent_type_ == "PERSON")


def leading_headline(text: str) -> str | None:
    """Pasted articles start with their headline: a short first paragraph without a closing full stop."""
    first = text.strip().split("\n\n", 1)[0].strip()
    if "\n" in first or not first or len(first.split()) > LEADING_HEADLINE_WORDS or first[-1] in ".!?:":
        return None
    return first


def _home_country(text: str, lexicon: CountryLexicon) -> str | None:
    """The country of the dateline that opens the story, if it names a known place; without a dateline, the
    country of a place that opens the headline ("Brazil: Lula and Congress clash …", "Berlin: coalition …")."""
    dateline = opening_dateline(text)
    if dateline is None:
        kicker = HEADLINE_PLACE.match(text)
        place = kicker.group("place") if kicker else ""
        found = lexicon.country_form_in(place) if kicker else None
        whole_place = found is not None and found[1] == place.lower() and lexicon.names_country_directly(place)
        return found[0] if found is not None and whole_place and found[0] != EUROPEAN_UNION else None
    # "CAIRO/ADDIS ABABA -": a story filed from both sides of a dispute has no one home country.
    if len({_country_of_place(place, lexicon) for place in dateline.place.split("/")}) > 1:
        return None
    # "OSTRAVA, Czech Republic, Oct 3 (Wire) -": a town no table knows, then its country.
    country = _country_of_place(dateline.place, lexicon) or lexicon.country_in(dateline.region or "")
    return None if country == EUROPEAN_UNION else country  # "BRUSSELS —": no government's home


def _country_of_place(place: str, lexicon: CountryLexicon) -> str | None:
    """The country a dateline's place names: a country or its capital, else a large city ("ISTANBUL")."""
    return lexicon.country_in(place.title()) or load_city_countries().get(place.strip().lower())


# A place, then a colon, opening the first line: "Brazil: …", "Warsaw: …".
HEADLINE_PLACE = re.compile(r"\s*(?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}):\s")


def _named_by_its_work(phrase: str) -> str | None:
    """ "Hacking group" for "a hacking group", "Health board" for "the health board": a body the article does not
    name, told apart from others by what it does (not by "that", "a major" or "an outside")."""
    match = GROUP_BY_ITS_WORK.match(phrase)
    work = [word for word in match.group("what").split() if word not in NOT_WHAT_A_GROUP_DOES] if match else []
    return _capitalised(f"{' '.join(work)} {match.group('kind')}") if match and work else None


def _capitalised(phrase: str) -> str:
    """ "Foreign ministry" for "the foreign ministry": a side's name (`clean_name` drops the article)."""
    name = clean_name(phrase)
    return name[:1].upper() + name[1:]


def _movement_place(doc: Any, lexicon: CountryLexicon) -> str | None:
    """The place named most often in the sentences that mention a movement (the disputed region), if any."""
    counts: Counter[str] = Counter()
    for sentence in doc.sents:
        if not any(token.lower_ in MOVEMENT_WORDS for token in sentence):
            continue
        for ent in sentence.ents:
            name = clean_name(ent.text)
            if (
                ent.label_ in ENTITY_LABELS_FOR_PLACES
                and name[:1].isupper()
                and not lexicon.country_in(name)
                and not is_news_outlet(name)
                and not any(word in MOVEMENT_WORDS for word in words_of(name))
            ):
                counts[name] += 1
    if not counts:
        return None
    place, count = counts.most_common(1)[0]
    return place if count >= 2 else None


def short_company_name(phrase: str, organisation: str) -> bool:
    """ "Veltrava" of "Veltrava Motors", "Harland Ridge" of "Harland Ridge Partners": a company's name without the
    word that says it is one."""
    words, short = organisation.split(), phrase.split()
    ending = words[-1].lower() in COMPANY_NAME_ENDINGS or LEGAL_FORM.search(f" {words[-1]}") is not None
    return len(words) > len(short) and words[: len(short)] == short and ending  # "Danubia Gáz" of "… Zrt."


def _holds_office(description: str) -> bool:
    """Whether a description gives a public role ("Russian President", "a South Korean lawmaker") rather
    than a nationality alone ("an Uzbek immigrant")."""
    lowered = description.lower()
    return any(_holds_state_office(lowered, word) for word in (*TITLES, *OFFICE_HOLDERS))


def _named_after_country(phrase: str, lexicon: CountryLexicon) -> bool:
    """A capitalised name that closes with a country's ("Athletics Kenya", "Priorities USA") names a body; the
    tagger, which finds people's names, has not called it one."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and lexicon.country_in(words[-1]) is not None


def organisation_kind(speaker: str) -> str | None:
    """ "company" for "the company", "a company spokeswoman", "company officials", "union leaders", "Party
    chairman Irakli Kobakhidze": the kind of organisation a speaker phrase names or speaks for, without naming
    it."""
    # "the company's union in Dresden": where the body works does not name it
    written = PLACE_AFTER.sub("", POSSESSIVE_STATEMENT.sub("", without_trailing_name(speaker))).split()
    if len(written) > 2 and written[1].lower() in ORGANISATION_VOICES and all(w[:1].isupper() for w in written):
        written = written[:2]  # "Police Chief Daniel Ortiz": the title is capitalised with the name
    words = [word.lower() for word in written]
    if words and words[0] in ("the", "a", "an", "their", "its", "our"):
        words = words[1:]  # "their union said" names the union as "the union" does
    if words and words[0].endswith(("'s", "’s")):
        words = words[1:]  # "the man's family": whose family it is does not name it
    while words and words[0] in JURISDICTIONS:
        words = words[1:]  # "the city police department", "state police officials"
    if not words or words[0] not in ORGANISATION_NOUNS | GROUPS_OF_PEOPLE:
        return None
    if len(words) > 2 or (len(words) == 2 and words[1] not in ORGANISATION_VOICES | ORGANISATION_UNITS):
        return None
    return words[0]


def without_trailing_name(phrase: str) -> str:
    """ "Party chairman" of "Party chairman Irakli Kobakhidze": the description before a person's name."""
    name = _trailing_name(phrase)
    return phrase[: len(phrase) - len(name)].strip() if name and name != phrase.strip() else phrase


def _proper_name_in(description: str, lexicon: CountryLexicon) -> str | None:
    """The organisation an appositive says someone works for, when spaCy did not tag it: a capitalised name
    right after "of", "for", "at", a verb of leading or a word like "group" ("director of Priorities USA", "the
    progressive group MoveOn", "secretary-general of the China Chamber of Commerce", "chairs the Save Our Marsh
    campaign")."""
    runs = [re.sub(r"['’]s$", "", match.group(1)) for match in AFFILIATION_NAME.finditer(description)]  # "NRA’s"
    # A country's own name is no organisation; one named after a country is ("China Chamber of Commerce").
    runs = [run for run in runs if run.lower() not in HONORIFICS and run.lower() not in lexicon.forms]
    # "Minister of Housing", "Secretary of Foreign Affairs": a portfolio, no organisation
    runs = [run for run in runs if not set(run.lower().split()) <= PORTFOLIO_WORDS]
    return runs[-1] if runs else None


def _trailing_name(phrase: str) -> str | None:
    """ "Peter Bone" in "Conservative backbencher Peter Bone": two or more capitalised words ending the phrase,
    or an acronym ("the regional bloc ECOWAS")."""
    words = phrase.split()
    name: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper() and not PARTICLE_NAME.match(word):
            break
        name.insert(0, word)
    if len(name) < len(words) and words[-len(name) - 1] in ("of", "for", "and"):
        # "Minister of Agriculture Czesław Siekierski", "Secretary of State Antony Blinken": the portfolio is the
        # title's, not the name's
        while len(name) > 2 and name[0].lower() in PORTFOLIO_WORDS:
            name.pop(0)
    acronym = len(name) == 1 and len(name[0]) >= 3 and name[0].isalpha() and name[0].isupper()
    if (len(name) < 2 and not acronym) or name[-1].lower() in GENERIC_HEADS:
        return None
    return " ".join(name)


def looks_like_name(phrase: str) -> bool:
    """A proper name: capitalised words, not a generic head like "officials" or "a source"."""
    words = phrase.split()
    if not words or words[-1].lower() in GENERIC_HEADS:
        return False
    # at least one capital ("al-Saqqaf" has one): "the man" and "the ad" (short words all) are no names
    capitalised = any(char.isupper() for char in phrase)
    return capitalised and all(word[:1].isupper() for word in words if word.isalpha() and len(word) > 3)


def surname(name: str) -> str:
    """The key a later short mention is looked up by: the last word that is not a title ("Mr Ri" → "ri")."""
    words = [w for w in clean_name(name).split() if w.lower().rstrip(".") not in HONORIFICS]
    return words[-1].lower() if words else ""


def _name_keys(name: str) -> tuple[str, ...]:
    """Every part of a full name, so "Mr Park" finds "Park Byeong-seug" and "Mr Ri" finds "Ri Yong-ho"."""
    return tuple(
        w.lower() for w in name.split() if w[:1].isupper() and w.lower().rstrip(".") not in HONORIFICS and len(w) > 1
    )


def words_of(phrase: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w.-]+", phrase)]
