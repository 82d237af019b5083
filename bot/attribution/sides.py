"""Group claims into the sides of the story: which party (or neutral source) each speaker speaks for.

A speaker phrase is read for what it names ("Armenian Defense Ministry" → Armenia, "a human rights official in
the separatist region" → the separatists, "Kremlin" → Russia); a bare name borrows what the article says about
that person elsewhere ("Russian President Vladimir Putin" makes every later "Putin" Russian), and a pronoun
speaker takes the side of the claim before it. Relaying outlets ("…, Reuters reports") become conduits, never
sides.

Country-level sides are used when the story is between countries (two or more, or one against a movement); in
a domestic story every speaker is of the same country, so the finer grain (institution, group, person) is
kept."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from bot.attribution.cues import PERSON_ROLES
from bot.attribution.parties import (
    INSTITUTION_ROLES,
    LEGAL_ROLES,
    LEGISLATURES,
    MEMBER_OPENERS,
    MOVEMENT_WORDS,
    NEUTRAL_BODIES,
    NEUTRAL_ROLES,
    PARTY_MEMBERS,
    SEATS_OF_POWER,
    CountryLexicon,
    clean_name,
    is_news_outlet,
    load_country_lexicon,
    without_outlet_names,
    word_set,
)
from bot.attribution.relays import (
    DATELINE,
    WIRE_AGENCIES,
    attributes_afterwards,
    claim_start,
    credit_original_speaker,
    is_relay_formula,
    outlets_named_as_relays,
    outside_datelines,
    relays,
)
from bot.domain import Claim, Side, SideAssignment, SideKind, Span

PartyKind = Literal["country", "movement", "group", "legal", "neutral", "person", "conduit", "unknown"]

OTHER_SOURCES = "Other sources"
# Lemmas are not read here; skipping the lemmatizer saves about a third of the parse.
UNUSED_PIPES = ["lemmatizer"]
PRONOUNS = word_set("he she they it we i you his her their its them him")
GENERIC_HEADS = word_set(
    """
    official officials source sources spokesman spokeswoman spokesperson authorities government ministry
    statement report reports people person aide aides adviser advisers member members representative
    representatives diplomat diplomats leader leaders someone one
    """
)
# Nouns by which an article refers back to an organisation it has just named ("the company said").
ORGANISATION_NOUNS = word_set(
    "company firm carmaker group union party ministry government agency organisation organization bank council"
    " military army police junta charity association foundation commission committee federation league authority"
)
# A company named by what it is or by its management ("Management has offered 4.5 percent"), the titles of those
# who speak for it, and how company names end ("Veltrava Motors").
COMPANY_KINDS = word_set("company firm carmaker management employer")
CORPORATE_TITLE = re.compile(
    r"\b(?:chief (?:executive|operating|financial) officer|chief executive|CEO|COO|CFO|managing director)\b", re.I
)
COMPANY_NAME_ENDINGS = word_set(
    "motors inc inc. corp corp. corporation ltd ltd. group holdings ag sa gmbh plc llc airlines automotive industries"
    " resources mining minerals energy petroleum technologies pharmaceuticals partners capital properties"
    " developments investments logistics"
)
# Titles held in an organisation, by which someone right after it spoke speaks for it ("Project manager X").
ORGANISATION_TITLES = word_set(
    "manager director coach president chairman chairwoman chair officer executive head secretary counsel adviser"
    " advisor treasurer"
)
# The EU's executive and diplomatic bodies speak for the Union when the article also has it speak as one.
EUROPEAN_UNION = "European Union"
EU_INSTITUTIONS = frozenset(
    {"European Commission", "European Council", "Council of the European Union", "European External Action Service"}
)
# United Nations missions and agencies by acronym: UNSMIL, UNMISS, UNIFIL, UNAMA.
UN_MISSION = re.compile(r"\bUN[A-Z]{2,}\b")
# Someone described by an everyday occupation and where they live speaks as a resident: "a teacher in Souq
# al-Juma", "a shopkeeper from Marib".
LOCAL_PERSON = re.compile(
    r"\b(?:a|an)\s+(?:[\w-]+\s+)?(?:teacher|shopkeeper|vendor|farmer|driver|student|nurse|mother|father|"
    r"grandmother|grandfather|worker|trader|fisherman|villager|pensioner|housewife|baker|mechanic)\s+"
    r"(?:in|from)\s+(?:the\s+)?[A-Z]"
)
# A court speaks as a court, whatever country it sits in.
COURT_WORDS = word_set("court courts tribunal judge judges")
# Kinds that name one sort of organisation: "the union" is no company that spoke before unless called a union.
NARROW_KINDS = word_set("union party charity army military police junta bank authority")
# Groups of people who speak as one without being an organisation: "the man's family".
GROUPS_OF_PEOPLE = word_set("family")
# Words naming a level of government before an organisation's kind ("the city police", "state officials").
JURISDICTIONS = word_set("city state county local federal national regional provincial municipal")
# Words for the organisation itself after its kind: "the police department", "the fire service".
ORGANISATION_UNITS = word_set("department force service")
# Kinds too vague to be a side when the article names no such organisation ("the group", "the party").
UNNAMED_KINDS_OF_NO_SIDE = word_set(
    "group party government organisation organization agency council commission committee"
)
# Those who speak for an organisation named only by its kind: "a company spokeswoman", "bank officials".
ORGANISATION_VOICES = word_set(
    "spokesman spokeswoman spokesperson official officials executive executives representative representatives "
    "lawyer lawyers statement leader leaders chairman chairwoman chair head chief negotiator negotiators"
)
# Nouns that refer back to the organisation or the study that has just spoken ("the company", "the study").
REFERRING_NOUNS = ORGANISATION_NOUNS | INSTITUTION_ROLES | ORGANISATION_UNITS | word_set("statement")
# Words naming someone's role after their organisation's name ("FNV negotiator", "ECT spokeswoman").
ROLE_WORDS = PERSON_ROLES | ORGANISATION_VOICES
# Those who speak for whoever spoke just before, when nothing else says for whom: "Spokesman Dmitry Peskov".
BARE_VOICES = word_set("spokesman spokeswoman spokesperson")
VOICED_KINDS = frozenset({"group", "country", "movement"})
# "health minister", "foreign minister", "minister of internal affairs": the portfolio, to find the ministry that
# spoke.
MINISTER_OF = re.compile(r"\b([a-z]+)\s+minister\b")
MINISTER_OF_PORTFOLIO = re.compile(r"\bminister\s+of\s+(?:the\s+)?([a-z]+(?:\s+[a-z]+)?)")
NOT_PORTFOLIOS = word_set("deputy prime vice former acting first")
# "Alphabet's " of "Alphabet's Google": a parent company named before the one it owns.
OWNER_PREFIX = re.compile(r"^[A-Z][\w.&-]*['’]s\s+(?=[A-Z])")
# "the Ministry Ayhan Hajizade": an organisation named by its kind, then a person's name (machine translation).
KIND_THEN_NAME = re.compile(r"^([Tt]he\s+(\w+))\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+$")
# "the FNV union", "the Unite union": an organisation's name before its kind.
NAME_BEFORE_KIND = re.compile(r"^(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?P<kind>[a-z]+)$")
# "Benton's lawyer", "Trump's press secretary": someone speaking for a named principal takes the principal's side.
REPRESENTATIVE = re.compile(
    r"^(?P<principal>[A-Z][^'’]{1,60})['’]s?\s+(?:\w+\s+)?(?:lawyers?|attorneys?|counsel|spokes(?:man|woman|person)|"
    r"secretary|aides?|advis[eo]rs?|office|campaign|representatives?|agents?|legal team|defen[cs]e team)\b"
)
# "A spokesman for the junta, Colonel X", "a spokeswoman for the agency": a voice and whom it speaks for.
VOICE_FOR = re.compile(
    r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?:\w+\s+)?(?:spokes(?:man|woman|person)|representatives?)\s+(?:for|of)\s+"
    r"(?P<principal>[^,;:()]{2,80})"
)
# "The head of the observer mission", "a member of the delegation": someone leading or sitting on a body the
# article names only by what it is.
HEAD_OF = re.compile(
    r"^(?:[Aa]n?\s+|[Tt]he\s+)?(?:\w+\s+)?(?:head|chief|leader|director|chair(?:man|woman)?|members?)\s+of\s+"
    r"the\s+(?P<body>[a-z][a-z -]{2,60}?)\s*(?:,|$)"
)
# The place line a wire story opens with: "NIAMEY, Aug 26 (Reuters) - ", "TBILISI — ".
PLACE_LINE = re.compile(r"^(?P<place>[A-Z][A-Z .'’-]{2,40}?)(?:,[^\n]{0,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]+\s")
# Organs of a state that a wire story names without their country when they are the host country's own.
STATE_ORGANS = word_set("ministry government army military police parliament presidency cabinet")
# A political party's name before the word "party": "Georgia's ruling Georgian Dream party", "the Labour Party".
PARTY_NAME = re.compile(r"(?<![\w'’])((?:[A-Z][\w-]*(?<!['’]s)\s+)+)(party|Party)\b")
# People and bodies that act for a state, besides the titled offices in TITLES.
OFFICE_HOLDERS = word_set(
    """
    official officials ministry government army military forces troops soldier soldiers lawmaker lawmakers
    diplomat diplomats embassy police parliament mp senator general commander delegation authorities agency
    negotiator negotiators governor mayor
    """
)
# A person named with the organisation they are of: "Maria Lopez of the Immigrant Justice Network".
PERSON_OF_ORGANISATION = re.compile(
    r"^(?:[A-Z][\w.'’-]*\s+){2,3}(?:of|from|at)\s+(?:the\s+)?"
    r"(?P<organisation>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w&'’-]*))*\s+[A-Z][\w&'’-]*)$"
)
# "Russian-installed", "Russian-appointed": the country an official serves, written as one word with the verb.
INSTALLED_BY = re.compile(r"\b([A-Z][a-z]+)-(?:installed|appointed)\s")
# Members named after the body they sit on: "competition commissioner X" is of the European Commission.
BODY_OF_MEMBER = {"commissioner": "commission", "commissioners": "commission"}
# A rights group or commission named after its country: a watchdog of that country's state, not the state.
RIGHTS_BODY = re.compile(r"\b(?:[A-Z][\w-]*\s+)+(?:Human|Civil)\s+Rights(?:\s+[A-Z][\w-]*)+")
# Small words inside an organisation's name, which people's names do not have.
NAME_LINKS = word_set("of for without against to and on in")
HONORIFICS = word_set("mr mrs ms miss dr sir lord lady dame prof president host senator rep")
FORMER = re.compile(r"^(?:an?\s+|the\s+)?(?:former|ex-|onetime|one-time|retired)\b", re.IGNORECASE)
# Last words of an office, which spaCy sometimes tags as an organisation ("Attorney General").
OFFICE_WORDS = word_set(
    "general president minister secretary chairman director spokesman spokeswoman senator admiral colonel major"
    " lieutenant captain commander sergeant"
)
APPOSITIVE = re.compile(
    r",\s+((?:an?|the|one of the)\s[^,.;:“\"\n]{3,140}?|(?!(?:who|which|that|and|but|he|she|they|it|adding)\b)"
    r"[a-z][^,.;:“\"\n]{3,140}?)(?:,|\s+(?:said|told|says|added)\b|\.(?=\s|$))"
)
# "…, who heads the charity Blood Pressure Action,": whom a speaker leads, said in a relative clause.
WHO_HEADS = re.compile(r",\s+who\s+((?:heads|leads|runs|chairs|directs)\s+[^,.;:“\"\n]{3,100}?)(?:,|\.(?=\s|$))")
AFFILIATION_NAME = re.compile(
    r"\b(?:of|for|at|with|group|organi[sz]ation|party|campaign|committee|company|firm|union|association|charity)\s+"
    r"(?:the\s+)?"
    r"([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)"
)
HEAD_BOUNDARY = re.compile(
    r"\s(?:of|in|at|from|for|with|to|on|near|under|who|which|that|whose|representing|speaking|acting)\s|,"
)
ENTITY_LABELS_FOR_PLACES = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC", "NORP"})
# Offices a country's representative holds: "the Azeri president" tells whose president "President Aliyev" is.
TITLES = (
    "president",
    "vice president",
    "prime minister",
    "premier",
    "foreign minister",
    "defense minister",
    "defence minister",
    "minister",
    "chancellor",
    "king",
    "queen",
    "emir",
    "leader",
    "ambassador",
    "envoy",
    "spokesman",
    "spokeswoman",
    "army chief",
    "military chief",
    "governor",
    "mayor",
)

# Words after "Democratic" that still name the US party or one of its organs: "Democratic Party", "Democratic
# National Committee", "Democratic Sen. Tim Kaine".
US_PARTY_WORDS = word_set("Party National Congressional Governors Senate House Sen Sen. Rep Rep. Gov Gov. Leader")
# "Yemen's internationally recognised government", "the Ethiopian government": a country named with its government.
COUNTRY_GOVERNMENT = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}government\b")
# Speakers from more than one side at once: "both delegations", "officials of both governments".
JOINT = re.compile(r"\bboth\s+(?:sides|delegations|governments|parties|countries|camps|teams)\b", re.IGNORECASE)
# A body introduced by its country and kind, then named: "Portuguese club Sporting Braga", "Finnish cybersecurity
# company NorthShield".
NATIONALITY_KIND_NAME = re.compile(
    r"^(?:[Tt]he\s+)?(?P<nationality>[A-Z][\w-]+)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:club|company|firm|group|bank|carmaker|airline|team|union|federation|league|association)\s+"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)$"
)
# "'s statement" after whoever made it: "A club spokesman's statement" speaks as "a club spokesman".
POSSESSIVE_STATEMENT = re.compile(r"['’]s\s+statements?$")
# Groups of a country's people, who are no voice of its state: "Nigeria's resident doctors", "French farmers".
PEOPLE_OF_A_COUNTRY = word_set(
    "doctors nurses teachers workers farmers students residents citizens voters miners drivers pilots journalists"
    " traders fishermen fishers truckers lawyers protesters demonstrators"
)
# "Nigeria's " of "Nigeria's resident doctors": the country owning a group, left out of the group's name.
COUNTRY_OWNER = re.compile(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+")
# "Al-Nasr spokesman Osama al-Fitouri", "Hamas commander X": a named body, its voice, then the voice's name.
BODY_VOICE_NAME = re.compile(
    r"^(?P<body>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})\s+(?:spokes(?:man|woman|person)|commander)\s+[A-Z]"
)
# "Senator Paula Kincaid of Maine", "Senate Majority Leader Clayton Reeves of Wyoming": a legislator and state.
HOME_STATE = re.compile(
    r"^(?P<person>.*\b(?:Senator|Sen\.|Rep\.|Representative|Congressman|Congresswoman|Leader|Gov\.|Governor)"
    r"\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+)\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$"
)
# A surname opening with a lower-case particle: "al-Saqqaf", "el-Sisi", "de-Gaulle".
PARTICLE_NAME = re.compile(r"^[a-z]{1,3}-[A-Z]")
# Bodies whose president or leader holds no office of state: "community president", "the union's leader".
NON_STATE_BODIES = word_set(
    "community association union club company federation league party group council university college bank"
    " foundation chamber board society committee tribe tribal village student students firm"
)
# Such a body named right before an office ("the association's president") or after it ("president of the
# Nigerian Association of Resident Doctors").
_NON_STATE_BODY = "|".join(sorted(NON_STATE_BODIES))
BODY_BEFORE_OFFICE = re.compile(rf"\b(?:{_NON_STATE_BODY})(?:['’]s)?\s+$")
BODY_AFTER_OFFICE = re.compile(rf"\s+of\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}(?:{_NON_STATE_BODY})\b")
# Offices of a government, which a story filed from its country names without the country.
GOVERNMENT_OFFICES = frozenset(
    {"president", "vice president", "prime minister", "premier", "foreign minister", "defense minister"}
    | {"defence minister", "minister", "chancellor", "governor", "mayor"}
)


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


def assign_sides(text: str, claims: Sequence[Claim], doc: Any | None = None) -> SideAssignment:
    """Claims with `side` filled in, the sides in the order the article first gives them voice, and
    conduits. `doc` is the text's English parse when the caller has one already (the claim extractor's), which
    saves parsing the text a second time; it needs entities and sentences, not lemmas."""
    if doc is None:
        from bot.nlp import load_english

        doc = load_english()(text, disable=UNUSED_PIPES)
    elif doc.text != text:
        raise ValueError("assign_sides was given the parse of a different text")
    lexicon = load_country_lexicon()
    facts = _read_article(doc, lexicon)
    datelines = list(DATELINE.finditer(text))
    claims = [outside_datelines(claim, datelines, text) for claim in claims]
    credited = [credit_original_speaker(claim, claims, text) for claim in claims]
    claims = [claim for claim, _ in credited]
    ordered = sorted(range(len(claims)), key=lambda i: claim_start(claims[i]))

    parties: dict[int, Party] = {}
    speakers: dict[int, str] = {}
    conduits = [m.group("agency") for m in datelines if m.group("agency") and is_news_outlet(m.group("agency"))]
    conduits += [outlet for _, outlet in credited if outlet]
    previous: tuple[Party, str] | None = None
    previous_end = 0  # where the previous party's claim ends: a body named after it may be who "the group" is
    voiced: dict[str, tuple[Party, str]] = {}  # each party that has spoken so far, with how it was described
    for index in ordered:
        claim = claims[index]
        speaker = clean_name(claim.speaker) if "\n" in claim.speaker else claim.speaker.strip()
        appositive = _appositive_after(text, claim.speaker_span, claim.content_span)
        written = text[claim.speaker_span.start : claim.speaker_span.end] if claim.speaker_span else speaker
        # "A military spokesman, Rear Admiral Daniel Hagari": the description as written tells for whom.
        # (as written only when the name found for it does not say whose it is: "The ministry", resolved to "the
        # Estonian Ministry of Foreign Affairs", is Estonia's even if Russia's ministry spoke before)
        named_party = lexicon.country_in(speaker) is not None
        said_before = voiced[previous[0].name][1] if previous is not None else ""  # how the previous party was named
        described_before = _described_before(speaker, voiced) or (
            None if named_party else _described_before(written, voiced)
        )
        if _owned_by_previous(written) and (owner := _owner_in_content(claim, doc, facts, lexicon)) is not None:
            party = owner  # "Azerbaijan denied sending troops, its foreign ministry said": Azerbaijan's ministry
        elif described_before is not None:
            party = described_before  # "a company spokeswoman" after "Resolution Copper, the company behind …"
        elif (
            previous is not None
            and speaker
            and _refers_back(speaker, previous[0], said_before)
            and len(others := _other_bodies_named(doc, previous_end, claim_start(claim), said_before)) == 1
        ):
            party, speaker = classify_speaker(others[0], facts, lexicon), others[0]  # "the group": the Tajoura force
        elif (
            previous is not None
            and speaker
            and (_is_pronoun(speaker) or _refers_back(speaker, previous[0], said_before))
        ):
            party, speaker = previous
        elif (
            previous is not None
            and written != speaker
            and not named_party
            and _refers_back(written, previous[0], said_before)
        ):
            party = previous[0]  # "the ministry" resolved to a ministry's name, right after its country spoke
        elif previous is not None and any(
            _refers_back(_principal_of(words), previous[0]) for words in (written, appositive)
        ):
            # "Claire Nicolet, the charity's emergency coordinator" right after the charity spoke, "a spokeswoman
            # for the agency" right after the agency
            party = previous[0]
        elif previous is not None and _owned_by_previous(written) and _owner_fits(written, previous[0], facts):
            # "Spotify welcomed the ruling. Its chief executive, Daniel Ek, wrote …"; "Her campaign manager"
            party = previous[0]
        elif (member := _member_of(f"{written} {appositive}", voiced, facts)) is not None:
            party = member  # "competition commissioner Margrethe Vestager" after the European Commission
        elif (same_role := _role_described_before(speaker, voiced)) is not None:
            party = same_role  # "the deputy said" after "Opposition deputy Artur Khachatryan stated"
        elif (earlier := _spoke_for_before(_longer_name(speaker, facts), voiced)) is not None:
            # "According to her" (Maria Zakharova), "Torosyan wrote" (Aram Torosyan), after they spoke for a party
            party, speaker = earlier, _full_name(speaker, facts)
        elif (organ := _organ_that_spoke(f"{written} ; {appositive}", voiced, lexicon)) is not None:
            party = organ  # "Health Minister X" after Zambia's health ministry spoke
        elif (organisation := _role_in_voiced(clean_name(written), voiced)) is not None:
            party = organisation  # "FNV negotiator Niek Stam" after the FNV union spoke
        elif (body := _unnamed_body_of(written, voiced) or _unnamed_body_of(appositive, voiced)) is not None:
            party = body  # "The head of the observer mission, Pascal Allizard" after "Observers from the OSCE"
        else:
            # "the official representative of the Russian Foreign Ministry, Irina Kovaleva": when the name was
            # found elsewhere, the phrase as written is what describes the speaker.
            as_written = written.lower() in speaker.lower() or _is_pronoun(written) or FORMER.match(written)
            described = appositive if as_written else f"{written} ; {appositive}"
            party = classify_speaker(speaker, facts, lexicon, claim_start(claim), described)
            if _voice_of_previous(speaker, party, previous) and previous is not None:
                party = previous[0]
            speaker = _full_name(speaker, facts)
        if party.kind == "conduit" and not (relays(claim, claims) and attributes_afterwards(claim)):
            party = _own_report(party)
        elif is_relay_formula(claim, claims, text) and party.kind in ("group", "person", "unknown"):
            party = Party("conduit", clean_name(claim.speaker))
        if party.kind == "conduit":
            conduits.append(party.name)
        else:
            previous = (party, speaker)
            previous_end = max(s.end for s in (claim.content_span, claim.speaker_span, claim.cue_span) if s)
        if party.kind != "conduit":
            known = voiced.get(party.name, (party, ""))[1]
            voiced[party.name] = (party, f"{known} {speaker} {written} {appositive}".lower())
        parties[index] = party
        speakers[index] = speaker

    conduits.extend(outlets_named_as_relays(text))
    parties = _named_for_kinds(parties, speakers, voiced, facts, text)
    side_names = _side_names(parties)
    assigned = [replace(claims[i], speaker=speakers[i], side=side_names.get(i)) for i in range(len(claims))]
    sides = _build_sides(assigned, parties, ordered)
    named_sides = {side.name.lower() for side in sides}
    unique_conduits = _unique(c for c in conduits if c.lower() not in named_sides)
    return SideAssignment(claims=tuple(assigned), sides=sides, conduits=unique_conduits)


def classify_speaker(
    speaker: str, facts: ArticleFacts, lexicon: CountryLexicon, position: int = 0, appositive: str = ""
) -> Party:
    """The party a speaker phrase stands for, from its own words first, then what the article says of the
    name, then an office the name holds that the article ties to a country nearby ("the Azeri president")."""
    phrase = _without_home_state(clean_name(speaker))
    owner = OWNER_PREFIX.match(phrase)
    if owner and phrase[owner.end() :] in facts.organisations and not lexicon.country_in(owner.group()):
        phrase = phrase[owner.end() :]  # "Alphabet's Google" speaks as Google; "Russia's Defence Ministry" as Russia
    lowered = phrase.lower()
    if not phrase:
        return Party("unknown", OTHER_SOURCES)  # "Asked about …": the text does not say who
    if JOINT.search(phrase):
        return Party("unknown", OTHER_SOURCES)  # "officials from both delegations and the Qatari mediators"
    if is_news_outlet(phrase) or lowered in WIRE_AGENCIES:
        return Party("conduit", phrase)
    agent = REPRESENTATIVE.match(phrase) or VOICE_FOR.match(phrase)
    if agent and not _role_of(_words(phrase), _head_word(phrase), LEGAL_ROLES):
        return classify_speaker(agent.group("principal"), facts, lexicon, position)
    # "Ferreira's agent, Rodrigo Paiva": a name described as someone's voice speaks for them.
    described_agent = next((m for part in appositive.split(" ; ") if (m := REPRESENTATIVE.match(part.strip()))), None)
    if described_agent and _looks_like_name(phrase):
        return classify_speaker(described_agent.group("principal"), facts, lexicon, position)
    own = _party_from_words(phrase, facts, lexicon)
    if own is not None:
        return own
    if facts.governed and _organisation_kind(phrase) == "government":
        return Party("country", facts.governed, fine_name="Government", names_country=True)  # "the government"
    known = facts.descriptions.get(phrase.lower(), ()) or facts.descriptions.get(_surname(phrase), ())
    description = " ; ".join([*known, appositive] if appositive else known)
    if description:
        described = _party_from_words(description, facts, lexicon)
        if described is not None and described.kind == "country" and not _holds_office(description):
            # "a native of Uzbekistan", "Uzbek immigrant": a nationality, not a mandate; "a researcher at the
            # Stockholm Institute …" is a researcher, whatever city the institute is in.
            role = _role_of(_words(description), _head_word(description), NEUTRAL_ROLES)
            described = Party("neutral", role) if role else None
        if described is not None:
            person = facts.full_names.get(_surname(phrase), phrase)
            return replace(described, fine_name=described.fine_name if described.kind != "country" else person)
        organisation = _organisation_in(description, facts) or _proper_name_in(appositive, lexicon)
        if organisation:
            return Party("group", organisation)
    is_person = _surname(phrase) in facts.full_names or phrase.split()[0].lower().rstrip(".") in HONORIFICS
    if phrase in facts.organisations and not is_person:
        return Party("group", phrase)
    if any(_short_company_name(phrase, org) for org in facts.organisations):
        return Party("group", phrase)  # "Veltrava" in a story about Veltrava Motors
    if not is_person and _named_after_country(phrase, lexicon):
        return Party("group", phrase)  # "Athletics Kenya", "Priorities USA": a body, not a person
    named_kind = NAME_BEFORE_KIND.match(phrase)
    if named_kind and named_kind.group("kind") in ORGANISATION_NOUNS and not lexicon.country_in(phrase):
        return Party("group", named_kind.group("name"))  # "the FNV union"
    kind = _organisation_kind(phrase)
    kind = kind.capitalize() if kind is not None and kind not in UNNAMED_KINDS_OF_NO_SIDE else None
    if kind and _trailing_name(phrase):
        return Party("group", kind)  # "Police spokeswoman Resila Onyango" speaks for the police
    voice_of_body = BODY_VOICE_NAME.match(phrase)
    body_is_kind = (
        voice_of_body is not None and voice_of_body.group("body").lower() in ORGANISATION_NOUNS | STATE_ORGANS
    )
    if voice_of_body and not body_is_kind and not lexicon.country_in(voice_of_body.group("body")):
        return Party("group", voice_of_body.group("body"))  # "Al-Nasr spokesman Osama al-Fitouri"
    member = PERSON_OF_ORGANISATION.match(phrase)
    if member and not lexicon.country_in(member.group("organisation")):
        return Party("group", member.group("organisation"))  # "Maria Lopez of the Immigrant Justice Network"
    name = phrase if _looks_like_name(phrase) else _trailing_name(phrase)
    if name:
        person = facts.full_names.get(_surname(name), name)
        country = _country_of_office(f"{phrase} ; {description}", position, facts)
        if country:
            return Party("country", country, fine_name=person, names_country=True)
        if person not in facts.full_names.values() and set(_words(name)[1:-1]) & NAME_LINKS:
            return Party("group", name)  # "Doctors Without Borders", "Committee to Protect Journalists"
        return Party("person", person)
    if facts.home_country and _head_word(phrase) in STATE_ORGANS:
        # "NIAMEY (Reuters) - … the foreign ministry said": the ministry of the country the story is filed from.
        return Party("country", facts.home_country, fine_name=_capitalised(phrase))
    if kind:
        return Party("group", kind)  # "the union" and "the company" of a labour dispute
    return Party("unknown", OTHER_SOURCES)


def _without_home_state(phrase: str) -> str:
    """ "Senator Walt Dunmore" of "Senator Walt Dunmore of Georgia": a legislator's state, written after the name
    in American style, is no affiliation (and Georgia no country here)."""
    match = HOME_STATE.match(phrase)
    return match.group("person") if match else phrase


def _party_from_words(phrase: str, facts: ArticleFacts, lexicon: CountryLexicon) -> Party | None:
    """Affiliation named in the words themselves, most telling first: an international body, a movement, a
    country, a side of a court case, an observer's role, a named organisation."""
    words = _words(phrase)
    body = _longest_match(words, NEUTRAL_BODIES, phrase)
    if body:
        return Party("neutral", body)
    if UN_MISSION.search(phrase):
        return Party("neutral", NEUTRAL_BODIES["united nations"])  # "UNSMIL spokeswoman Clara Benedetti"
    if LOCAL_PERSON.search(phrase):
        return Party("neutral", NEUTRAL_ROLES["witnesses"])  # "Fatima Ben Ali, a teacher in Souq al-Juma"
    if any(word in MOVEMENT_WORDS for word in words):
        return Party("movement", _movement_name(phrase, words, facts, lexicon))
    party_name = _party_of_member(phrase) or _political_party(phrase, lexicon)
    if party_name:
        return Party("group", party_name)
    watchdog = RIGHTS_BODY.search(phrase)
    if watchdog:
        return Party("neutral", watchdog.group())  # "The Kenya Human Rights Commission" is not Kenya's government
    named_body = NATIONALITY_KIND_NAME.match(phrase)
    if named_body and lexicon.country_in(named_body.group("nationality")):
        return Party("group", named_body.group("name"))  # "Portuguese club Sporting Braga" is the club, not Portugal
    affiliation = _affiliation_part(without_outlet_names(phrase))
    country = lexicon.country_in(affiliation)
    if country and _head_word(phrase) in PEOPLE_OF_A_COUNTRY:
        # "Nigeria's resident doctors" strike against their government; they are not Nigeria's voice.
        return Party("group", _capitalised(COUNTRY_OWNER.sub("", clean_name(phrase))))
    if country and _head_word(phrase) in COURT_WORDS:
        return Party("neutral", NEUTRAL_ROLES[_head_word(phrase)])  # "a Chilean environmental court"
    if country:
        direct = lexicon.names_country_directly(affiliation)
        return Party("country", country, fine_name=_seat_spoken_for(phrase, lexicon), names_country=direct)
    head = _head_word(phrase)
    legal = _role_of(words, head, LEGAL_ROLES)
    if legal:
        return Party("legal", legal)
    role = _role_of(words, head, NEUTRAL_ROLES) or _role_of(words, _title_before_name(phrase), NEUTRAL_ROLES)
    organisation = _organisation_in(phrase, facts)
    if role:
        institution = head in INSTITUTION_ROLES and organisation
        return Party("neutral", organisation if institution and organisation else role)
    if organisation and organisation.lower() != phrase.lower() and not _looks_like_name(phrase):
        return Party("group", organisation)
    if organisation and facts.home_country and _head_word(organisation) in STATE_ORGANS:
        # "OSTRAVA, Czech Republic - … the Labour Ministry said": a ministry of the country the story is from.
        return Party("country", facts.home_country, fine_name=organisation)
    return None


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
    name = re.sub(r"^The\b\s*", "", match.group(1).strip())
    if not name or (len(name.split()) == 1 and lexicon.country_in(name)):
        return None
    return f"{name} Party" if match.group(2) == "Party" else name


def _country_of_office(words: str, position: int, facts: ArticleFacts) -> str | None:
    """The country of the nearest "<country> <office>" mention for an office the speaker holds."""
    lowered = words.lower()
    # "community president Rosa Cruz Tito", "the association's president": an office of a body that is no state.
    offices = {title for title in TITLES if _holds_state_office(lowered, title)}
    candidates = [(abs(at - position), country) for at, title, country in facts.titled_mentions if title in offices]
    if candidates:
        return min(candidates)[1]
    if facts.home_country and offices & GOVERNMENT_OFFICES:
        # "ANKARA (Reuters) - … Finance Minister Mehmet Simsek said": a wire story gives a foreign minister's
        # country and leaves out its own.
        return facts.home_country
    return None


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


def _affiliation_part(phrase: str) -> str:
    """The phrase without complements that name a counterpart rather than an affiliation ("envoy to
    Armenia"), and with the country that installed an official as a word of its own ("the Russian-installed
    governor" serves Russia; a "Russian-backed" group is not Russia's, nor a "Russian-born" writer)."""
    phrase = INSTALLED_BY.sub(r"\1 ", phrase)
    return re.split(r"\b(?:to|toward|towards|against|with|on|about|over)\b", phrase, maxsplit=1)[0]


def _movement_name(phrase: str, words: list[str], facts: ArticleFacts, lexicon: CountryLexicon) -> str:
    """ "Karabakh separatists": the movement word, plural, named after the allegiance the phrase states
    ("pro-Russian separatists"), else the disputed place the article keeps naming beside it, else the people
    the phrase names ("Armenian separatists")."""
    noun = next(word for word in words if word in MOVEMENT_WORDS)
    noun = noun if noun.endswith("s") or noun in ("opposition", "militia") else noun + "s"
    allegiance = next((w for w in phrase.split() if w.lower().startswith(("pro-", "anti-"))), None)
    if allegiance:
        return f"{allegiance[:1].upper()}{allegiance[1:]} {noun}"
    if facts.movement_place:
        return f"{facts.movement_place} {noun}"
    demonym = next((w for w in phrase.split() if lexicon.country_in(w) and w[:1].isupper()), None)
    if demonym:
        return f"{demonym.rstrip(',')} {noun}"
    return noun.capitalize()


def _organisation_in(phrase: str, facts: ArticleFacts) -> str | None:
    """The longest organisation the article names that occurs in the phrase; one that is really a person
    ("Trump's press secretary") is given by the person's full name. A chamber is no member's side."""
    lowered = phrase.lower()
    found = [org for org in facts.organisations if re.search(rf"\b{re.escape(org.lower())}\b", lowered)]
    # "Interior Minister Xhelal Sveçla": a portfolio the tagger took for an organisation, not a party.
    found = [org for org in found if not re.search(rf"\b{re.escape(org.lower())} (?:\w+ )?minister\b", lowered)]
    if _trailing_name(phrase) or _holds_office(phrase):
        # "Senate Majority Leader Chuck Schumer": a member of a chamber speaks for a party or for themselves.
        found = [org for org in found if org.lower() not in LEGISLATURES]
    if not found:
        return None
    organisation = max(found, key=len)
    return facts.full_names.get(_surname(organisation), organisation)


def _head_word(phrase: str) -> str:
    """The noun a phrase is about, before its complements: "judge" in "a judge in Lyon", "brief" in "the
    friend-of-the-court brief", "defenders" in "federal public defenders representing Saipov"."""
    core = HEAD_BOUNDARY.split(f" {clean_name(phrase)} ", maxsplit=1)[0]
    words = _words(core)
    return words[-1] if words else ""


def _title_before_name(phrase: str) -> str:
    """ "scientist" of "Political scientist Andrei Sokolov of the Tartu Centre", "pensioner" of "Narva pensioner
    Valentina Ivanova": the role a name is given as a title; "" when the phrase ends in no such name."""
    core = HEAD_BOUNDARY.split(f" {clean_name(phrase)} ", maxsplit=1)[0].strip()
    name = _trailing_name(core)
    if name == core and len(core.split()) >= 3:
        return _words(core)[0]  # "Hydrologist Pablo Jofre" opening a sentence: the title is capitalised too
    if name is None or name == core:
        return ""
    before = _words(core[: -len(name)])
    return before[-1] if before else ""


def _role_of(words: list[str], head: str, table: dict[str, str]) -> str | None:
    """A role named by a multi-word form anywhere ("defense team") or by a one-word form as the head only, so
    "court documents" are not a court and "a human rights official" is not a rights body."""
    multi = {form: side for form, side in table.items() if " " in form}
    found = _longest_match(words, multi)
    return found or table.get(head)


def _longest_match(words: list[str], table: dict[str, str], original: str = "") -> str | None:
    """The value of the longest key found as whole words; keys in capitals only match capitals in
    `original`."""
    joined = " " + " ".join(words) + " "
    written = " " + " ".join(re.findall(r"[\w.-]+", original)) + " "
    hits = [form for form in table if f" {form} " in (written if form.isupper() else joined)]
    return table[max(hits, key=len)] if hits else None


def _read_article(doc: Any, lexicon: CountryLexicon) -> ArticleFacts:
    """People's titles and appositions, organisations, and the place movements are named after."""
    descriptions: dict[str, list[str]] = {}
    full_names: dict[str, str] = {}
    organisations: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and not lexicon.country_in(ent.text) and len(ent.text) > 2:
            name = clean_name(ent.text)
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
            and not lexicon.country_in(ent.text)
            and not is_news_outlet(ent.text)
        ):
            # "Alphabet's Google": the company owned is the one that speaks.
            name = OWNER_PREFIX.sub("", clean_name(ent.text))
            if len(name) > 2 and name.lower() not in PRONOUNS and name.split()[-1].lower() not in OFFICE_WORDS:
                organisations.add(name)
    return ArticleFacts(
        descriptions={key: tuple(value) for key, value in descriptions.items()},
        full_names=full_names,
        organisations=frozenset(organisations),
        movement_place=_movement_place(doc, lexicon),
        home_country=_home_country(doc.text, lexicon),
        titled_mentions=_titled_mentions(doc.text, lexicon),
        governed=_the_one_government(doc.text, lexicon),
    )


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
        if child.dep_ == "appos" and child.i > ent.end - 1:
            yield doc[child.left_edge.i : child.right_edge.i + 1].text
    if root.dep_ == "appos" and root.head.i < ent.start:
        head = root.head
        yield doc[head.left_edge.i : head.i + 1].text


def _home_country(text: str, lexicon: CountryLexicon) -> str | None:
    """The country of the place line that opens one of the first paragraphs, if it names a known place."""
    for paragraph in text.split("\n\n")[:3]:
        match = PLACE_LINE.match(paragraph.strip())
        if match:
            # "OSTRAVA, Czech Republic, Oct 3 (Wire) -": a town no table knows, then its country.
            after_place = match.group().split(",")[1:2]
            return lexicon.country_in(match.group("place").title()) or lexicon.country_in("".join(after_place))
    return None


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
                and not any(word in MOVEMENT_WORDS for word in _words(name))
            ):
                counts[name] += 1
    if not counts:
        return None
    place, count = counts.most_common(1)[0]
    return place if count >= 2 else None


def _side_names(parties: dict[int, Party]) -> dict[int, str]:
    """Country sides when countries face each other, or one faces a movement, or speakers speak as their
    country ("Israel said", "Israeli officials"); the finer grain in a domestic story, whose speakers are
    named by institution ("the White House") rather than by country."""
    countries = {p.name for p in parties.values() if p.kind == "country"}
    movements = any(p.kind == "movement" for p in parties.values())
    as_country = any(p.kind == "country" and p.names_country for p in parties.values())
    international = len(countries) >= 2 or (len(countries) == 1 and (movements or as_country))
    names: dict[int, str] = {}
    for index, party in parties.items():
        if party.kind == "conduit":
            continue
        if party.kind == "country" and not international:
            names[index] = party.fine_name or party.name
        else:
            names[index] = party.name
    # "Malawi's opposition" and the headline's "Malawi opposition" are one movement.
    first_named: dict[str, str] = {}
    for index in sorted(parties):
        if parties[index].kind == "movement":
            name = first_named.setdefault(_without_possessive(parties[index].name), parties[index].name)
            names[index] = name
    movement_names = set(first_named.values())
    for index, party in parties.items():
        # "A Houthi spokesman" speaks for the "Houthi rebels" the article names, not for a side of its own; an
        # "Opposition candidate" for "Malawi's opposition".
        movement = next((m for m in movement_names if m.startswith(f"{party.name} ")), None)
        if party.kind == "group" and movement:
            names[index] = movement
        wider = [m for m in movement_names if m.lower().endswith(f" {party.name.lower()}")]
        if party.kind == "movement" and len(wider) == 1:
            names[index] = wider[0]
    # "the state Bureau of Investigation" as the tagger found it: a side's name opens with a capital; "Resident
    # doctors" and "Resident Doctors" are one side, named as first given.
    first_spelling: dict[str, str] = {}
    for index in sorted(names):
        names[index] = first_spelling.setdefault(names[index].lower(), names[index])
    if EUROPEAN_UNION in names.values():
        # "The European Union said …" and "European Commission spokesman Paolo Venturi": one side.
        names = {index: EUROPEAN_UNION if name in EU_INSTITUTIONS else name for index, name in names.items()}
    return {index: name[:1].upper() + name[1:] for index, name in _merge_acronyms(names).items()}


def _named_for_kinds(
    parties: dict[int, Party],
    speakers: dict[int, str],
    voiced: dict[str, tuple[Party, str]],
    facts: ArticleFacts,
    text: str,
) -> dict[int, Party]:
    """Sides the article names in passing, joined to the party they are, once the whole article has been read:
    a body named by its kind or acronym, a company by its officers, a country's people by the body that spoke
    for them, a judge by the court, a person by the side their first mention took (see each step)."""
    # "MEC chairperson Loveness Kaunda" after "The Malawi Electoral Commission" spoke (for Malawi).
    spelled = {_initials(p.fine_name): p for p in parties.values() if p.fine_name and len(p.fine_name.split()) > 1}
    companies = [
        org
        for org in facts.organisations
        if _words(org)[-1] in COMPANY_NAME_ENDINGS or re.search(rf"\b(?:company|firm)\s+{re.escape(org)}\b", text)
    ]
    renamed = {
        i: spelled.get(party.name, party)
        if party.kind == "group" and party.name.isupper()
        else _the_one_of_its_kind(party, speakers[i], voiced, companies)
        for i, party in parties.items()
    }
    renamed = {i: _the_body_that_spoke_for(party, voiced) or renamed[i] for i, party in parties.items()}
    renamed = _the_one_court(renamed, voiced)
    # "Feldner said" after "Chief operating officer Markus Feldner accused …": the same person, the same side.
    people = {party.name: renamed[i] for i, party in parties.items() if party.kind == "person" and renamed[i] != party}
    return {
        i: people.get(party.name, renamed[i]) if party.kind == "person" else renamed[i] for i, party in parties.items()
    }


def _the_one_of_its_kind(
    party: Party, speaker: str, voiced: dict[str, tuple[Party, str]], companies: Sequence[str]
) -> Party:
    """ "the union" before "the metalworkers' union KOVO-Sever" spoke; "Management", "the company" and its chief
    operating officer in a story about Veltrava Motors (or "cybersecurity company NorthShield"): a side named only
    by its kind or a company title is the one party of that kind the article gives voice to (none is guessed
    between two); `companies` are the organisations the article names as companies."""
    kind = party.name.lower()
    if party.kind == "person" and CORPORATE_TITLE.search(speaker):
        kind = "company"
    elif party.kind not in ("group", "person"):
        return party
    if kind in COMPANY_KINDS:
        fitting = [p for p, _ in voiced.values() if p.kind == "group" and any(o.startswith(p.name) for o in companies)]
    elif kind in ORGANISATION_NOUNS:
        fitting = [
            p
            for p, description in voiced.values()
            if p.kind == "group" and p.name.lower() != kind and re.search(rf"\b{kind}\b", description)
        ]
    else:
        return party
    return _the_only(fitting) or party


def _the_body_that_spoke_for(party: Party, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """ "Resident doctors" of the one body whose speaker was described with them ("president of the Nigerian
    Association of Resident Doctors"), else None."""
    if party.kind != "group" or _head_word(party.name) not in PEOPLE_OF_A_COUNTRY:
        return None
    people = party.name.lower()
    return _the_only([p for p, d in voiced.values() if p.kind == "group" and p.name.lower() != people and people in d])


def _the_one_court(parties: dict[int, Party], voiced: dict[str, tuple[Party, str]]) -> dict[int, Party]:
    """ "Presiding judge Ximena Carrasco" (Courts) of the one court that has spoken by name ("The First
    Environmental Court")."""
    courts = [p for p, _ in voiced.values() if p.kind == "neutral" and _head_word(p.name) in COURT_WORDS]
    court = _the_only([p for p in courts if p.name != NEUTRAL_ROLES["court"]])
    if court is None:
        return parties
    return {i: court if p.name == NEUTRAL_ROLES["court"] else p for i, p in parties.items()}


def _short_company_name(phrase: str, organisation: str) -> bool:
    """ "Veltrava" of "Veltrava Motors", "Harland Ridge" of "Harland Ridge Partners": a company's name without the
    word that says it is one."""
    words, short = organisation.split(), phrase.split()
    return len(words) > len(short) and words[: len(short)] == short and words[-1].lower() in COMPANY_NAME_ENDINGS


def _without_possessive(name: str) -> str:
    return re.sub(r"['’]s\b", "", name).lower()


def _merge_acronyms(names: dict[int, str]) -> dict[int, str]:
    """ "UAW Local" and "UAW" are "United Auto Workers" when the article uses both: a side named by an acronym
    joins the side whose initials it spells."""
    by_initials = {_initials(name): name for name in names.values() if len(name.split()) >= 2}
    merged = {}
    for index, name in names.items():
        first = name.split()[0]
        full = by_initials.get(first) if first.isupper() and len(first) >= 2 else None
        merged[index] = full if full and full != name else name
    return merged


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def _build_sides(claims: Sequence[Claim], parties: dict[int, Party], ordered: Sequence[int]) -> tuple[Side, ...]:
    grouped: dict[str, list[Claim]] = {}
    kinds: dict[str, SideKind] = {}
    for index in ordered:
        claim = claims[index]
        if claim.side is None:
            continue
        grouped.setdefault(claim.side, []).append(claim)
        kinds.setdefault(claim.side, parties[index].side_kind)
    sides = [Side(name=name, kind=kinds[name], claims=tuple(group)) for name, group in grouped.items()]
    # Parties first, in the order the article gives them voice; neutral sources after them.
    return tuple(sorted(sides, key=lambda side: side.kind == "neutral"))


def _own_report(party: Party) -> Party:
    """A newspaper's own finding ("the New York Times reported that …") is a neutral source; a wire agency's
    unsourced report stays the article's own reporting, credited to no side."""
    if party.name.lower() in WIRE_AGENCIES:
        return party
    return Party("neutral", party.name)


def _holds_office(description: str) -> bool:
    """Whether a description gives a public role ("Russian President", "a South Korean lawmaker") rather
    than a nationality alone ("an Uzbek immigrant")."""
    lowered = description.lower()
    return any(_holds_state_office(lowered, word) for word in (*TITLES, *OFFICE_HOLDERS))


def _other_bodies_named(doc: Any, start: int, end: int, previous_description: str) -> list[str]:
    """The organisations or peoples the text names between the previous party's claim and this one ("Al-Nasr …
    said. The Tajoura force gave a different account. … the group said"), which "the group" may then be; each
    as its noun phrase ("The Tajoura force")."""
    bodies = []
    for entity in doc.ents:
        named = (
            start <= entity.start_char < end and entity.label_ in ("ORG", "NORP") and not is_news_outlet(entity.text)
        )
        if named and entity.text.lower() not in previous_description:
            head = entity.root.head if entity.root.dep_ in ("compound", "amod") else entity.root
            phrase = doc[head.left_edge.i : head.i + 1].text if head.pos_ in ("NOUN", "PROPN") else entity.text
            bodies.append(phrase)
    return bodies


def _refers_back(speaker: str, previous: Party, described: str | None = None) -> bool:
    """ "the company", "the ministry", "the study" right after a company, a ministry or a study spoke, "the
    statement" right after its author: the same speaker again. A group referred to by a narrower kind ("the
    union") must have been called that when `described` is given: "The union denied …" right after the
    carmaker spoke is the union (someone speaking for "the union" is the previous party's, as before)."""
    words = speaker.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in REFERRING_NOUNS:
        return False
    other_kind = previous.name.lower() in ORGANISATION_NOUNS and previous.name.lower() != words[1]
    if described is not None and previous.kind == "group" and words[1] in NARROW_KINDS:
        other_kind = other_kind or not re.search(rf"\b{words[1]}\b", f"{previous.name} {described}".lower())
    return previous.kind in ("group", "country", "legal", "neutral") and not other_kind  # "the company" after the union


def _named_after_country(phrase: str, lexicon: CountryLexicon) -> bool:
    """A capitalised name that closes with a country's ("Athletics Kenya", "Priorities USA") names a body; the
    tagger, which finds people's names, has not called it one."""
    words = phrase.split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words) and lexicon.country_in(words[-1]) is not None


def _longer_name(speaker: str, facts: ArticleFacts) -> str:
    """The speaker's full name as the article gives it, or the speaker's own when that is longer."""
    known = facts.full_names.get(_surname(speaker), speaker)
    return known if len(known.split()) >= len(speaker.split()) else speaker


def _full_name(speaker: str, facts: ArticleFacts) -> str:
    """ "Ri Yong-ho" for "Mr Ri": a name by which the article has named someone more fully."""
    full_name = facts.full_names.get(_surname(speaker), "")
    return full_name if _looks_like_name(clean_name(speaker)) and len(full_name) > len(clean_name(speaker)) else speaker


def _known_person(party: Party, facts: ArticleFacts) -> bool:
    """A person the tagger found somewhere in the article; a lone name it never tagged ("Spotify") may be a firm."""
    return party.kind == "person" and party.name in facts.full_names.values()


def _owner_fits(written: str, previous: Party, facts: ArticleFacts) -> bool:
    """ "Its"/"their" points back to an organisation, "her"/"his" to a person: the previous speaker must be one
    (a person who speaks for a party, such as an opposition candidate, counts as a person)."""
    return written.lower().split()[0] in ("her", "his") or not _known_person(previous, facts)


def _owned_by_previous(written: str) -> bool:
    """ "Its chief executive", "their spokesman": someone of the organisation the article has just named."""
    words = written.lower().split()
    return len(words) >= 2 and words[0] in ("its", "their", "her", "his")


def _owner_in_content(claim: Claim, doc: Any, facts: ArticleFacts, lexicon: CountryLexicon) -> Party | None:
    """ "Azerbaijan denied sending troops, its foreign ministry said": "its" after what was said is the subject
    of what was said (a country or an organisation), not whoever spoke before."""
    speaker, content = claim.speaker_span, claim.content_span
    if speaker is None or speaker.start < content.end:
        return None
    said = doc.char_span(content.start, content.end, alignment_mode="expand")
    if said is None:
        return None
    subject = next((c for c in said.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < said.root.i), None)
    if subject is None:
        return None
    party = classify_speaker(doc[subject.left_edge.i : subject.right_edge.i + 1].text, facts, lexicon)
    return party if party.kind in ("country", "group") else None


def _member_of(description: str, voiced: dict[str, tuple[Party, str]], facts: ArticleFacts) -> Party | None:
    """A member of a body that has spoken ("commissioner" of the Commission), when exactly one has; else of the
    one such body the article names ("Competition Commissioner Teresa Ribera" of a story about a fine "imposed by
    the European Commission")."""
    words = _words(description)
    bodies = {BODY_OF_MEMBER[word] for word in words if word in BODY_OF_MEMBER}
    if not bodies:
        return None
    fitting = [party for party, _ in voiced.values() if bodies & set(_words(party.name))]
    if len(fitting) == 1:
        return fitting[0]
    named = sorted((org for org in facts.organisations if bodies & set(_words(org))), key=len)
    if fitting or not named or not all(org.lower() in named[-1].lower() for org in named):
        return None
    return Party("group", named[-1])  # "Commission" and "European Commission" are one


def _spoke_for_before(speaker: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The party a named person has already spoken for, when it is exactly one (another person too: "Ferreira's
    agent, Rodrigo Paiva" speaks for Ferreira)."""
    name = clean_name(speaker)
    if not _looks_like_name(name):
        return None
    # "al-Hadi" after "Its spokesman, Mohammed al-Hadi", and "Fitouri" after "Osama al-Fitouri": a surname the
    # tagger did not tie to the full name (a lone capitalised word only where it follows such a particle).
    whole = rf"\b{re.escape(name.lower())}\b(?!['’]s)"
    if len(name.split()) == 1 and not PARTICLE_NAME.match(name):
        whole = rf"\b[a-z]{{1,3}}-{re.escape(name.lower())}\b"
    pattern = re.compile(whole)
    fitting = [
        party
        for party, description in voiced.values()
        if party.kind != "unknown" and (party.kind != "person" or party.name != name) and pattern.search(description)
    ]
    return _the_only(fitting)


def _organ_that_spoke(phrase: str, voiced: dict[str, tuple[Party, str]], lexicon: CountryLexicon) -> Party | None:
    """The country whose ministry has spoken, for its minister ("Health Minister Sylvia Masebo" after "Zambia's
    health ministry") or someone speaking for a ministry no country is named with ("the official representative
    of the Ministry of Foreign Affairs" after "the Russian Foreign Ministry"), when exactly one fits."""
    lowered = phrase.lower()
    portfolio = MINISTER_OF.search(lowered)
    portfolio_after = MINISTER_OF_PORTFOLIO.search(lowered)
    voice = VOICE_FOR.match(phrase.strip())
    if portfolio is not None and portfolio.group(1) not in NOT_PORTFOLIOS:
        wanted = [f"{portfolio.group(1)} ministry"]
    elif portfolio_after is not None:
        # "the Deputy Minister of Internal Affairs Levan Beridze" after "the Ministry of Internal Affairs of Georgia"
        words = portfolio_after.group(1).split()
        wanted = [f"ministry of {' '.join(words[:n])}" for n in (2, 1)]
    elif voice is not None and _head_word(voice.group("principal")) == "ministry":
        if lexicon.country_in(voice.group("principal")):
            return None
        wanted = ["ministry"]
    else:
        return None
    fitting = [
        party
        for party, description in voiced.values()
        if party.kind == "country" and any(form in description for form in wanted)
    ]
    return _the_only(fitting)


def _role_in_voiced(phrase: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The organisation that has spoken whose name opens the phrase before a role ("FNV negotiator Niek Stam",
    "ECT spokeswoman"); not "Hyundai owners", whom the name only describes."""
    for party, _ in voiced.values():
        if party.kind != "group":
            continue
        match = re.match(rf"(?:[Aa]n?\s+|[Tt]he\s+)?{re.escape(party.name)}\s+(\w+)", phrase)
        if match and match.group(1).lower() in ROLE_WORDS:
            return party
    return None


def _unnamed_body_of(phrase: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The party whose description names the body someone heads, sits on or speaks for ("the observer mission"
    of "Observers from the OSCE", "a spokesman for the border service" after "Kyrgyzstan's State Border
    Service"), when exactly one has spoken so far."""
    head_of = HEAD_OF.match(phrase.strip())
    voice = VOICE_FOR.match(phrase.strip())
    principal = voice.group("principal").strip() if voice else ""
    if head_of is not None:
        body = head_of.group("body")
    elif principal.startswith("the ") and principal.islower():
        body = principal.removeprefix("the ")
    else:
        return None
    stems = {word.removesuffix("s") for word in body.split() if len(word) > 3}
    fitting = [
        party
        for party, description in voiced.values()
        if stems & {word.removesuffix("s") for word in _words(description)}
    ]
    return _the_only(fitting)


def _the_only(fitting: Sequence[Party]) -> Party | None:
    """The one party that fits; None when none or several do, since a guess between parties is worse than none."""
    return fitting[0] if len(fitting) == 1 else None


def _principal_of(phrase: str) -> str:
    """ "the charity" of "the charity's emergency coordinator", of "a spokeswoman for the charity" or of "the head
    of the charity"; "" when the phrase names no one it speaks for."""
    match = re.match(r"(?i)(the\s+\w+)['’]s\s", phrase.strip()) or VOICE_FOR.match(phrase.strip())
    head_of = HEAD_OF.match(phrase.strip())
    if not match and head_of and " " not in head_of.group("body"):
        return f"the {head_of.group('body')}"  # "the deputy head of the department" after the ministry spoke
    if not match:
        return ""
    principal = match.group(1).strip()
    named = KIND_THEN_NAME.match(principal)
    # "Official representative of the Ministry Ayhan Hajizade": the name after the kind is the speaker's own.
    return named.group(1) if named and named.group(2).lower() in ORGANISATION_NOUNS else principal


def _described_before(speaker: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """An organisation named only by its kind, or someone speaking for it, is the one party that has spoken so far
    and was described as such ("Resolution Copper, the company behind the project"); None when no party or
    several fit."""
    kind = _organisation_kind(speaker)
    return None if kind is None else _the_only_described_with(kind, voiced)


def _role_described_before(speaker: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """ "the deputy", "the minister": the one party that has spoken so far through someone described by that
    role; None when no party or several fit."""
    words = speaker.lower().split()
    if len(words) != 2 or words[0] != "the" or words[1] not in PERSON_ROLES:
        return None
    return _the_only_described_with(words[1], voiced)


def _the_only_described_with(word: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The one party that has spoken so far through a speaker described with `word`, else None."""
    return _the_only(
        [
            party
            for party, description in voiced.values()
            if party.kind != "unknown" and re.search(rf"\b{word}\b", description)
        ]
    )


def _organisation_kind(speaker: str) -> str | None:
    """ "company" for "the company", "a company spokeswoman", "company officials", "union leaders", "Party
    chairman Irakli Kobakhidze": the kind of organisation a speaker phrase names or speaks for, without naming
    it."""
    written = POSSESSIVE_STATEMENT.sub("", _without_trailing_name(speaker)).split()
    if len(written) > 2 and written[1].lower() in ORGANISATION_VOICES and all(w[:1].isupper() for w in written):
        written = written[:2]  # "Police Chief Daniel Ortiz": the title is capitalised with the name
    words = [word.lower() for word in written]
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    if words and words[0].endswith(("'s", "’s")):
        words = words[1:]  # "the man's family": whose family it is does not name it
    while words and words[0] in JURISDICTIONS:
        words = words[1:]  # "the city police department", "state police officials"
    if not words or words[0] not in ORGANISATION_NOUNS | GROUPS_OF_PEOPLE:
        return None
    if len(words) > 2 or (len(words) == 2 and words[1] not in ORGANISATION_VOICES | ORGANISATION_UNITS):
        return None
    return words[0]


def _without_trailing_name(phrase: str) -> str:
    """ "Party chairman" of "Party chairman Irakli Kobakhidze": the description before a person's name."""
    name = _trailing_name(phrase)
    return phrase[: len(phrase) - len(name)].strip() if name and name != phrase.strip() else phrase


def _voice_of_previous(speaker: str, party: Party, previous: tuple[Party, str] | None) -> bool:
    """ "The Kremlin rejected the accusation. Spokesman Dmitry Peskov said …": a spokesman the article ties to
    nobody (a person, as far as the words go, or no one at all: "a spokeswoman said") speaks for the
    organisation or country that spoke just before."""
    if previous is None or previous[0].kind not in VOICED_KINDS:
        return False
    words = clean_name(speaker).split()
    if party.kind == "group" and _state_organ_voice(words) and previous[0].kind == "country":
        return True  # "Belarus rejected the accusations. Foreign Ministry spokesman Andrei Krivets said …"
    if party.kind not in ("person", "unknown"):
        return False
    if len(words) <= 1:
        # "The company has offered 3.5 percent, a spokeswoman said"
        return bool(words) and words[0].lower() in BARE_VOICES
    if len(words) > 2 and words[0].lower() in ORGANISATION_NOUNS and words[1].lower() in BARE_VOICES:
        words = words[1:]  # "The ruling party accused … Party spokesman Chikondi Nyirenda said …"
    title = _without_trailing_name(" ".join(words)).split()
    if previous[0].kind == "group" and _organisation_title(title) and len(title) < len(words):
        return True  # "Lyon denied any wrongdoing. Sporting director Julien Marchetti accused Braga …"
    return words[0].lower() in BARE_VOICES and _looks_like_name(" ".join(words[1:]))


def _organisation_title(title: list[str]) -> bool:
    """ "Project manager", "Sporting director": a title someone holds in an organisation, unnamed in the title
    itself (a capitalised word after the first would name one: "Hallbrook chief executive")."""
    return (
        0 < len(title) <= 3
        and title[-1].lower() in ORGANISATION_TITLES
        and all(word.isalpha() and not word[:1].isupper() for word in title[1:])
    )


def _state_organ_voice(words: list[str]) -> bool:
    """ "Foreign Ministry spokesman Andrei Krivets": a state organ named without its country, then its voice and
    a name."""
    lowered = [word.lower() for word in words]
    organ = next((i for i, word in enumerate(lowered) if word in STATE_ORGANS), None)
    return organ is not None and organ + 1 < len(lowered) and lowered[organ + 1] in BARE_VOICES and organ <= 2


def _is_pronoun(speaker: str) -> bool:
    return speaker.strip().lower() in PRONOUNS


def _appositive_after(text: str, speaker: Span | None, content: Span) -> str:
    """ "a senior adviser for the progressive group MoveOn" in "Karine Jean-Pierre, a senior adviser for the
    progressive group MoveOn, said": what the article says of a speaker right after naming them; not the words
    said ("According to two people familiar with the matter, the Commission is …")."""
    if speaker is None:
        return ""
    heads = WHO_HEADS.match(text, speaker.end)
    if heads and not Span(heads.start(1), heads.end(1)).overlaps(content):
        return heads.group(1)  # "Priya Raman, who heads the charity Blood Pressure Action, accused …"
    match = APPOSITIVE.match(text, speaker.end)
    if not match or FORMER.match(match.group(1)):
        return ""
    # ‘"A," said Colonel X, a spokesman for the border service. "B."’: the speaker clause sits inside the
    # joined quote, and so does what is said of the speaker.
    inside_quote = content.start < speaker.start and speaker.end < content.end
    return "" if Span(match.start(1), match.end(1)).overlaps(content) and not inside_quote else match.group(1)


def _proper_name_in(description: str, lexicon: CountryLexicon) -> str | None:
    """The organisation an appositive says someone works for, when spaCy did not tag it: a capitalised name
    right after "of", "for", "at" or a word like "group" ("director of Priorities USA", "the progressive group
    MoveOn")."""
    runs = [match.group(1) for match in AFFILIATION_NAME.finditer(description)]
    runs = [run for run in runs if run.lower() not in HONORIFICS and not lexicon.country_in(run)]
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
    acronym = len(name) == 1 and len(name[0]) >= 3 and name[0].isalpha() and name[0].isupper()
    if (len(name) < 2 and not acronym) or name[-1].lower() in GENERIC_HEADS:
        return None
    return " ".join(name)


def _looks_like_name(phrase: str) -> bool:
    """A proper name: capitalised words, not a generic head like "officials" or "a source"."""
    words = phrase.split()
    if not words or words[-1].lower() in GENERIC_HEADS:
        return False
    return all(word[:1].isupper() for word in words if word.isalpha() and len(word) > 3)


def _surname(name: str) -> str:
    """The key a later short mention is looked up by: the last word that is not a title ("Mr Ri" → "ri")."""
    words = [w for w in clean_name(name).split() if w.lower().rstrip(".") not in HONORIFICS]
    return words[-1].lower() if words else ""


def _name_keys(name: str) -> tuple[str, ...]:
    """Every part of a full name, so "Mr Park" finds "Park Byeong-seug" and "Mr Ri" finds "Ri Yong-ho"."""
    return tuple(
        w.lower() for w in name.split() if w[:1].isupper() and w.lower().rstrip(".") not in HONORIFICS and len(w) > 1
    )


def _words(phrase: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w.-]+", phrase)]


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        key = name.lower().removeprefix("the ")
        seen.setdefault(key, name)
    return tuple(seen.values())
