"""Group claims into the sides of the story: which party (or neutral source) each speaker speaks for.

`speaker_party` reads what one speaker phrase names ("Armenian Defense Ministry" → Armenia); this module reads
each speaker in the context of the claims before it: a pronoun speaker takes the side of the claim before it,
"the ministry" right after a country spoke is that country's, "its foreign ministry" after what was said is the
subject's, a bare name borrows what the article says about that person elsewhere ("Russian President Vladimir
Putin" makes every later "Putin" Russian). Relaying outlets ("…, Reuters reports") become conduits, never
sides.

Country-level sides are used when the story is between countries (two or more, or one against a movement); in
a domestic story every speaker is of the same country, so the finer grain (institution, group, person) is
kept."""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from typing import Any

from bot.attribution.cues import PERSON_ROLES, verb_lemma
from bot.attribution.datelines import Dateline, datelines
from bot.attribution.parties import (
    NEUTRAL_ROLE_SIDES,
    NEUTRAL_ROLES,
    CountryLexicon,
    clean_name,
    is_news_outlet,
    load_country_lexicon,
    state_media_country,
    word_set,
)
from bot.attribution.relays import (
    WIRE_AGENCIES,
    attributes_afterwards,
    claim_start,
    credit_original_speaker,
    is_relay_formula,
    outlets_named_as_relays,
    outside_datelines,
    relays,
)
from bot.attribution.speaker_party import (
    ArticleFacts,
    Party,
    classify_speaker,
    describes_a_body,
    head_word,
    looks_like_name,
    organisation_kind,
    read_article,
    short_company_name,
    surname,
    without_trailing_name,
    words_of,
)
from bot.attribution.speaker_words import (
    ACRONYM_IN_BRACKETS,
    APART_FROM_OWNER,
    APPOSITIVE,
    AT_ODDS,
    BARE_VOICES,
    BODIES_HEADED,
    BODY_OF_MEMBER,
    COMPANY_KINDS,
    COMPANY_NAME_ENDINGS,
    CORPORATE_TITLE,
    COUNSEL_FOR,
    COUNSEL_WORDS,
    COURT_WORDS,
    EU_INSTITUTIONS,
    EUROPEAN_UNION,
    FORMER,
    GOVERNMENT_OFFICES,
    GOVERNMENT_VOICE,
    HEAD_OF,
    KIND_THEN_NAME,
    KINDS_NAMED_BEFORE,
    LED_BY_PREFIX,
    MINISTER_OF,
    MINISTER_OF_PORTFOLIO,
    NAMED_KINDS,
    NAMES_OF_KINDS,
    NARROW_KINDS,
    NATIONAL_ORGANS,
    NON_STATE_KINDS,
    NOT_COMPANIES,
    NOT_PORTFOLIOS,
    OFFICER,
    ONE_DESCRIBED,
    ONE_OF_A_GROUP,
    ORGANISATION_NOUNS,
    ORGANISATION_TITLES,
    PARTICLE_NAME,
    PEOPLE_OF_A_COUNTRY,
    PORTFOLIO_HOLDERS,
    PORTFOLIO_WORDS,
    PRONOUNS,
    PUBLIC_BODY_FIRST,
    QUOTED_NAME_AFTER,
    RANKS_BEFORE_OFFICE,
    REFERRING_NOUNS,
    ROLE_WORDS,
    RUN_BY,
    RUN_BY_PREFIX,
    STATE_ORGANS,
    TITLE_PARTS,
    UNNAMED_MINISTRY,
    VOICE_FOR,
    VOICED_KINDS,
    WHO_HEADS,
    WORKER_ROLES,
)
from bot.attribution.speakers import is_channel, possessor
from bot.domain import Claim, Side, SideAssignment, SideKind, Span

# Lemmas are not read here; skipping the lemmatizer saves about a third of the parse.
UNUSED_PIPES = ["lemmatizer"]
# The side "the government" of a domestic story speaks as, and the words by which a body is one of its ministries.
GOVERNMENT_SIDE = "Government"
MINISTRY_WORDS = frozenset({"ministry", "minister", "ministries", "ministers"})


def assign_sides(text: str, claims: Sequence[Claim], doc: Any | None = None) -> SideAssignment:
    """Claims with `side` filled in, the sides in the order the article first gives them voice, and
    conduits. `doc` is the text's English parse when the caller has one already (the claim extractor's), which
    saves parsing the text a second time; it needs entities and sentences, not lemmas."""
    from bot.nlp import for_parsing, load_english, prepared_doc

    if doc is None:
        nlp = load_english()
        doc = nlp(prepared_doc(nlp, text), disable=UNUSED_PIPES)  # parsed as the claims are
    elif doc.text != for_parsing(text):
        raise ValueError("assign_sides was given the parse of a different text")
    lexicon = load_country_lexicon().for_article(text)
    facts = read_article(doc, lexicon)
    opening = list(datelines(text))
    claims = [outside_datelines(claim, opening, text) for claim in claims]
    credited = [credit_original_speaker(claim, claims, text) for claim in claims]
    claims = [claim for claim, _ in credited]
    ordered = sorted(range(len(claims)), key=lambda i: claim_start(claims[i]))

    parties: dict[int, Party] = {}
    speakers: dict[int, str] = {}
    conduits = [d.agency for d in opening if d.agency and is_news_outlet(d.agency)]
    conduits += [outlet for _, outlet in credited if outlet]
    previous: tuple[Party, str] | None = None
    previous_end = 0  # where the previous party's claim ends: a body named after it may be who "the group" is
    voiced: dict[str, tuple[Party, str]] = {}  # each party that has spoken so far, with how it was described
    party_of: dict[str, Party] = {}  # the party each speaker, as resolved, was found to speak for
    for index in ordered:
        claim = claims[index]
        speaker = clean_name(claim.speaker) if "\n" in claim.speaker else claim.speaker.strip()
        appositive = _appositive_after(text, claim.speaker_span, claim.content_span)
        written = text[claim.speaker_span.start : claim.speaker_span.end] if claim.speaker_span else speaker
        named_after = QUOTED_NAME_AFTER.match(text, claim.speaker_span.end) if claim.speaker_span else None
        if named_after and written.lower().split()[-1] in ORGANISATION_NOUNS:
            written += named_after.group()  # 'the leader of the party "Coalition for Changes"', as translated
        # "A military spokesman, Rear Admiral Daniel Hagari": the description as written tells for whom; never
        # where the name found for it says whose it is ("The ministry", resolved to "the Estonian Ministry of
        # Foreign Affairs", is Estonia's even if Russia's ministry spoke before; "Rwanda's government spokeswoman"
        # is no voice of the Congolese government that spoke before her).
        named_party = lexicon.country_in(speaker) is not None
        said_before = voiced[previous[0].name][1] if previous is not None else ""  # how the previous party was named
        described_before = None
        if not named_party:
            described_before = (
                _described_before(speaker, voiced)
                or _described_before(written, voiced)
                or _described_before(appositive, voiced)  # "Lt. Col. Avi Dorfman, a military spokesman"
            )
        resolved = speaker
        runner = _running_party(text, claim, written, lexicon)
        if runner is not None:
            party = classify_speaker(runner, facts, lexicon)  # "The Gaza health ministry, which is run by Hamas"
        elif (
            claim.speaker_span and AT_ODDS.match(text, claim.speaker_span.end) and looks_like_name(clean_name(speaker))
        ):
            # "President X, who is at odds with the government,": the person, by the name the article gives them
            party = Party("person", facts.full_names.get(surname(speaker), clean_name(speaker)))
        elif _is_pronoun(written) and not _is_pronoun(speaker) and speaker in party_of:
            # "He said …" after "FNV negotiator Niek Stam told reporters …"
            party, speaker = party_of[speaker], _full_name(speaker, facts)
        elif (_owned_by_a_body(written) or _body_said_before(claim, written, doc)) and (
            owner := _owner_in_content(claim, doc, facts, lexicon)
        ) is not None:
            # "Azerbaijan denied sending troops, its foreign ministry said": Azerbaijan's ministry; "Germany's foreign
            # ministry summoned Iran's ambassador, a ministry spokesman said": Germany's, not the Iranian ministry
            # quoted before
            party = owner
        elif speaker == written and (named := _kind_named_in_content(claim, written, doc, facts, opening)) is not None:
            party, speaker = named, named.name  # "Helvetica Pharma is recalling …, the company said"
        elif (country := _country_an_official_speaks_for(claim, written, doc, lexicon)) is not None:
            # '"The United States said it had serious concerns," Secretary of State Antony Blinken said'
            party = Party("country", country, fine_name=_full_name(speaker, facts), names_country=True)
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
        elif (
            _owned_by_a_body(written)
            and len(others := _other_bodies_named(doc, previous_end, _owner_window_end(claim), said_before)) == 1
            and _kind_fits(written, others[0])
        ):
            # "The Association of Patients of Andalusia showed its concern. Its president, Carmen Espinosa, …":
            # the body named since the last claim, which did not speak itself.
            party = classify_speaker(others[0], facts, lexicon)
        elif _owned_by_a_person(written) and (whose := _possessors_party(claim, doc, facts, lexicon, voiced)):
            party = whose  # "Two of Mondlane's aides were shot dead. His party blamed …": Mondlane's side
        elif previous is not None and _owned_by_previous(written) and _owner_fits(written, previous, facts):
            # "Spotify welcomed the ruling. Its chief executive, Daniel Ek, wrote …"; "Her campaign manager"
            party = previous[0]
        elif previous is not None and _heads_previous(written, previous[0]):
            party = previous[0]  # "The regional minister, Antonio Salcedo" right after the regional ministry spoke
        elif (one_of := _one_of_a_group(written, voiced) or _one_of_a_group(appositive, voiced)) is not None:
            party = one_of  # "“We cannot survive,” one farmer told Reuters" after "The farmers say …"
        elif (member := _member_of(f"{written} {appositive}", voiced, facts)) is not None:
            party = member  # "competition commissioner Margrethe Vestager" after the European Commission
        elif (same_role := _role_described_before(speaker, voiced, facts)) is not None:
            # "the deputy said" after "Opposition deputy Artur Khachatryan stated"; "The spokesperson, Zhu
            # Fenglian, said" after "a spokesperson for the Taiwan Affairs Office" spoke
            party = same_role
        elif (earlier := _spoke_for_before(_longer_name(speaker, facts), voiced)) is not None:
            # "According to her" (Maria Zakharova), "Torosyan wrote" (Aram Torosyan), after they spoke for a party
            party, speaker = earlier, _full_name(speaker, facts)
        elif (organ := _organ_that_spoke(f"{written} ; {appositive}", voiced, lexicon)) is not None:
            party = organ  # "Health Minister X" after Zambia's health ministry spoke
        elif (ministers := _country_of_its_minister(written, voiced, lexicon)) is not None:
            party = ministers  # "the Foreign Office" after "British Foreign Secretary David Lammy" spoke
        elif (organisation := _role_in_voiced(clean_name(written), voiced)) is not None:
            party = organisation  # "FNV negotiator Niek Stam" after the FNV union spoke
        elif (body := _unnamed_body_of(written, voiced) or _unnamed_body_of(appositive, voiced)) is not None:
            party = body  # "The head of the observer mission, Pascal Allizard" after "Observers from the OSCE"
        elif (titled := _titled_by_voiced(speaker, facts, voiced)) is not None:
            party = titled  # "Federal Commissioner Katrin Wolters" after "Germany's Federal Commissioner for …"
        else:
            # "the official representative of the Russian Foreign Ministry, Irina Kovaleva": when the name was
            # found elsewhere, the phrase as written is what describes the speaker.
            as_written = written.lower() in speaker.lower() or _is_pronoun(written) or FORMER.match(written)
            described = appositive if as_written else f"{written} ; {appositive}"
            party = classify_speaker(speaker, facts, lexicon, claim_start(claim), described)
            if previous is not None and (
                _voice_of_previous(speaker, party, previous)
                or _names_the_office_holder(speaker, party, previous, facts, lexicon, appositive)
            ):
                party = previous[0]
            elif GOVERNMENT_VOICE.search(written) and lexicon.country_in(written) is None:
                if previous is not None and previous[0].kind == "country" and verb_lemma(claim.cue) == "add":
                    # "… Greek Defence Minister Nikos Dendias told reporters. Government spokesman Pavlos Marinakis
                    # added that …": the same government goes on, whatever country the story is filed from.
                    party = previous[0]
                elif party.kind == "unknown":
                    party = _the_only_country(voiced) or party  # "A government spokesman" in a one-state story
            speaker = _full_name(speaker, facts)
        if party.kind == "conduit" and not (relays(claim, claims) and attributes_afterwards(claim)):
            party = _own_report(party, written, lexicon, names_a_source=_names_its_source(claim, claims, text))
        elif is_relay_formula(claim, claims, text) and party.kind in ("group", "person", "unknown"):
            party = Party("conduit", clean_name(claim.speaker))
        if party.kind == "conduit":
            conduits.append(party.name)
        elif not _apart_from_owner(written):
            # (after "His rival said …", "His spokesman" is still the spokesman of whoever "his" was before)
            previous = (party, speaker)
            previous_end = max(s.end for s in (claim.content_span, claim.speaker_span, claim.cue_span) if s)
        if party.kind != "conduit":
            party_of[resolved] = party
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
    if not international and GOVERNMENT_SIDE in names.values():
        # "the government" and "The information ministry" of a domestic story are one side: a ministry is part
        # of the government that speaks.
        for index, party in parties.items():
            if party.kind == "country" and MINISTRY_WORDS & set((party.fine_name or "").lower().split()):
                names[index] = GOVERNMENT_SIDE
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
        # "The European Union said …" and "European Commission spokesman Paolo Venturi": one side; so is "the
        # Commission" (or its commissioner) of a story in which the EU speaks.
        eu = EU_INSTITUTIONS | {"Commission"}
        names = {index: EUROPEAN_UNION if name in eu else name for index, name in names.items()}
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
    # "NARD dismissed …" after "the Nigerian Association of Resident Doctors" spoke.
    spelled |= {_initials(p.name): p for p in parties.values() if p.kind == "group" and len(p.name.split()) > 1}
    # "The Kurdish-led Syrian Democratic Forces (SDF)": the acronym the article gives in brackets.
    for name, acronym in ACRONYM_IN_BRACKETS.findall(text):
        name = re.sub(r"^The\s+", "", name)
        named = next((p for p in parties.values() if p.kind in ("group", "person") and p.name.endswith(name)), None)
        # "Pakistan's military media wing, the Inter-Services Public Relations (ISPR), said": whose side it spoke on
        spoke = (
            parties[i] for i, speaker in speakers.items() if speaker.endswith(name) and parties[i].kind != "conduit"
        )
        named = named or next(spoke, None)
        if named is not None:
            spelled[acronym] = named
    companies = [
        org
        for org in facts.organisations
        if (words_of(org)[-1] in COMPANY_NAME_ENDINGS and not PUBLIC_BODY_FIRST.match(org))
        or re.search(rf"\b(?:company|firm)\s+{re.escape(org)}\b", text)
    ]
    renamed = {
        i: spelled.get(party.name, party)
        # (a lone word in capitals is an acronym, though the tagger may take it for a person: "TEPCO said")
        if party.kind in ("group", "person") and party.name.isupper()
        else _the_one_of_its_kind(party, speakers[i], voiced, companies)
        for i, party in parties.items()
    }
    renamed = {
        i: _the_body_that_spoke_for(party, voiced) or _named_in_full(party, voiced) or renamed[i]
        for i, party in parties.items()
    }
    renamed = _the_one_court(renamed, voiced)
    # "Feldner said" after "Chief operating officer Markus Feldner accused …": the same person, the same side.
    people = {party.name: renamed[i] for i, party in parties.items() if party.kind == "person" and renamed[i] != party}
    renamed = {
        i: people.get(party.name, renamed[i]) if party.kind == "person" else renamed[i] for i, party in parties.items()
    }
    renamed = {i: _side_the_person_spoke_for(party, speakers, renamed) or party for i, party in renamed.items()}
    return {i: _government_it_forms(party, voiced) or party for i, party in renamed.items()}


def _government_it_forms(party: Party, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """ "The Taliban's chief spokesman" where "The Taliban government in Kabul" spoke for Afghanistan: a movement
    the article calls a country's government is on that country's side; None otherwise."""
    if party.kind not in ("group", "movement"):
        return None
    governing = re.compile(rf"\b{re.escape(party.name.lower())}(?:['’]s)?(?:-led|-run)?\s+government\b")
    return _the_only([p for p, described in voiced.values() if p.kind == "country" and governing.search(described)])


def _side_the_person_spoke_for(person: Party, speakers: dict[int, str], parties: dict[int, Party]) -> Party | None:
    """ "Lavrov:" in the headline, then "The head of the Ministry of Foreign Affairs of the Russian Federation
    Sergey Lavrov stated …": a person named by surname alone who speaks elsewhere, named in full, in an office of
    the country their description names (not "Chad Bown", whose first name is no country) is on that country's
    side throughout; "Melia" is the one person spoken for as "Nika Melia". None otherwise."""
    if person.kind != "person" or len(person.name.split()) != 1 or not looks_like_name(person.name):
        return None
    lexicon = load_country_lexicon()
    in_office: dict[str, Party] = {}
    named_in_full: dict[str, Party] = {}
    for i, party in parties.items():
        full = re.search(rf"[A-Z][\w'’-]+\s+{re.escape(person.name)}$", speakers[i])  # a first name, then the surname
        if full is None:
            continue
        if party.kind == "country" and lexicon.country_in(speakers[i][: full.start()]) == party.name:
            in_office[party.name] = party
        elif party.kind in ("person", "group") and party.name.endswith(f" {person.name}"):  # the tagger's guess
            named_in_full[party.name] = party
    return _the_only(list(in_office.values())) or _the_only(list(named_in_full.values()))


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
        # a company the article names as one, or whose speaker it calls "the company's general counsel"
        fitting = [
            p
            for p, description in voiced.values()
            if p.kind == "group"
            and (any(o.startswith(p.name) for o in companies) or re.search(rf"\bthe {kind}{OFFICER}", description))
        ]
    elif kind in ORGANISATION_NOUNS and kind not in _STATE_FORCES:
        fitting = [
            p
            for p, description in voiced.values()
            if p.kind == "group" and p.name.lower() != kind and re.search(rf"\b{kind}\b", description)
        ]
    else:
        return party
    return _the_only(fitting) or party


# "The army said the Kachin Independence Army had shelled a village": the army of a conflict story is the state's,
# not the one armed group with "Army" in its name.
_STATE_FORCES = frozenset({"army", "military"})


def _the_body_that_spoke_for(party: Party, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """ "Resident doctors" of the one body whose speaker was described with them ("president of the Nigerian
    Association of Resident Doctors"), else None."""
    if party.kind != "group" or head_word(party.name) not in PEOPLE_OF_A_COUNTRY:
        return None
    people = party.name.lower()
    return _the_only([p for p, d in voiced.values() if p.kind == "group" and p.name.lower() != people and people in d])


def _named_in_full(party: Party, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """ "Helvetica" (of "Helvetica's chief executive") where "Helvetica Pharma" spoke: a group named by its
    company's name without the word that says it is a company is that company, when exactly one such has spoken;
    else None."""
    if party.kind != "group":
        return None
    return _the_only([p for p, _ in voiced.values() if p.kind == "group" and short_company_name(party.name, p.name)])


def _the_one_court(parties: dict[int, Party], voiced: dict[str, tuple[Party, str]]) -> dict[int, Party]:
    """ "Presiding judge Ximena Carrasco" (Courts) of the one court that has spoken by name ("The First
    Environmental Court")."""
    courts = [p for p, _ in voiced.values() if p.kind == "neutral" and head_word(p.name) in COURT_WORDS]
    court = _the_only([p for p in courts if p.name != NEUTRAL_ROLES["court"]])
    if court is None:
        return parties
    return {i: court if p.name == NEUTRAL_ROLES["court"] else p for i, p in parties.items()}


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


def _names_its_source(claim: Claim, claims: Sequence[Claim], text: str) -> bool:
    """ "State news agency TASS cited the defence ministry", "…, TASS reported.": an outlet passing on words
    whose source the article gives."""
    cited = bool(claim.cue) and verb_lemma(claim.cue.split()[0].lower()) in ("cite", "quote")
    return cited or is_relay_formula(claim, claims, text)


def _own_report(party: Party, written: str, lexicon: CountryLexicon, *, names_a_source: bool) -> Party:
    """A state outlet's own report ("KCNA claimed …") is its state's word; a newspaper's own finding ("the New
    York Times reported that …") is a neutral source; a wire agency's unsourced report stays the article's own
    reporting, credited to no side. An outlet that names its source only passes the words on."""
    state = None if names_a_source else state_media_country(f"{written} {party.name}", lexicon)
    if state is not None:
        return Party("country", state, fine_name=party.name, names_country=True)
    if party.name.lower() in WIRE_AGENCIES:
        return party
    return Party("neutral", party.name)


def _kind_fits(written: str, body: str) -> bool:
    """Whether a body named in the text may be the one an owned phrase names by its kind: "their union" is no
    "health ministry"; "its president" may head any body."""
    kind = organisation_kind(written)
    return kind is None or head_word(body).lower() == kind


def _owner_window_end(claim: Claim) -> int:
    """Where to stop looking for the body "its"/"their" refers to: the claim's start, or its speaker's when the
    words come first ("For the Popular Party, the plan is …, according to its spokesperson, Ester Muñoz"), unless
    they are a quote, whose names are what the speaker talks about (‘“… of Kenyan running,” said its president’)."""
    speaker = claim.speaker_span
    if speaker is not None and claim.content_span.start < speaker.start and not claim.quote:
        return speaker.start
    return claim_start(claim)


def _other_bodies_named(doc: Any, start: int, end: int, previous_description: str) -> list[str]:
    """The organisations or peoples the text names between the previous party's claim and this one ("Al-Nasr …
    said. The Tajoura force gave a different account. … the group said"), which "the group" may then be; each
    as its noun phrase ("The Tajoura force")."""
    bodies = []
    for entity in doc.ents:
        named = (
            start <= entity.start_char < end
            and entity.label_ in ("ORG", "NORP")
            and not is_news_outlet(entity.text)
            and not is_channel(entity)  # "In a post on Telegram, the group said"
        )
        if named and entity.text.lower() not in previous_description:
            head = entity.root.head if entity.root.dep_ in ("compound", "amod") else None
            named_by_kind = head is not None and head.pos_ in ("NOUN", "PROPN")  # "The Tajoura force"
            phrase = doc[head.left_edge.i : head.i + 1].text if head is not None and named_by_kind else entity.text
            bodies.append(phrase)
    return bodies


def _titled_by_voiced(speaker: str, facts: ArticleFacts, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The one body that spoke under this speaker's title, when the title has two words or more: "Federal
    Commissioner Katrin Wolters" after "Germany's Federal Commissioner for Data Protection" spoke (a capitalised
    title is read as part of the name, so the name the article gives in full is taken off). Not a person who
    holds the same title: "Attorney General Jeff Sessions" is not "District of Columbia Attorney General Karl
    Racine"."""
    name = facts.full_names.get(surname(speaker), "")
    title = speaker[: -len(name)].strip().lower() if name and speaker.endswith(f" {name}") else ""
    if len(title.split()) < 2:
        return None
    bodies = [party for party, _ in voiced.values() if party.kind not in ("unknown", "person")]
    return _the_only([party for party in bodies if title in f"{party.name} {party.fine_name or ''}".lower()])


def _heads_previous(written: str, previous: Party) -> bool:
    """ "The regional minister" right after a ministry spoke, "The managing director" right after a management,
    "the deputy minister Oleh Savchuk" right after a ministry: the one who heads the body that has just spoken."""
    words = written.split()
    while len(words) > 2 and words[-1][:1].isupper():
        words.pop()  # "the deputy minister Oleh Savchuk": the role before the name
    words = [word.lower() for word in words]
    bodies = BODIES_HEADED.get(words[-1], ()) if len(words) >= 2 and words[0] == "the" else ()
    spoke = f"{previous.name} {previous.fine_name or ''}".lower()
    return any(re.search(rf"\b{body}\b", spoke) for body in bodies)


def _refers_back(speaker: str, previous: Party, described: str | None = None) -> bool:
    """ "the company", "the ministry", "the study" right after a company, a ministry or a study spoke, "the
    statement" right after its author: the same speaker again. A group referred to by a narrower kind ("the
    union") must have been called that when `described` is given: "The union denied …" right after the
    carmaker spoke is the union (someone speaking for "the union" is the previous party's, as before)."""
    words = speaker.lower().split()
    fine_name = (previous.fine_name or "").lower()
    if len(words) > 2 and words[0] == "the" and fine_name.endswith(" " + " ".join(words[1:])):
        return True  # "the coast guard" right after the Philippine Coast Guard spoke
    kind = _the_kind(speaker, REFERRING_NOUNS)
    if kind is None:
        return False
    if previous.kind == "country" and kind in NON_STATE_KINDS:
        return False  # "The charity called the decision absurd" right after the Italian government spoke
    other_kind = previous.name.lower() in ORGANISATION_NOUNS and previous.name.lower() != kind
    if kind in COMPANY_KINDS:
        # "the company" right after the "Graduate School of Journalism" or the "Electoral Commission" spoke is not it
        named_kinds = set(words_of(previous.name)) & (ORGANISATION_NOUNS | NOT_COMPANIES)
        other_kind = other_kind or (bool(named_kinds) and not named_kinds & COMPANY_KINDS)
    if (
        kind in NAMED_KINDS
        and previous.kind == "group"
        and not re.search(rf"\b{kind}\b", f"{previous.name} {fine_name}".lower())
    ):
        return False  # "The council's director" right after a campaign spoke, "the ministry" after a bank
    if previous.kind == "neutral" and previous.name in NEUTRAL_ROLE_SIDES and kind[:4] not in previous.name.lower():
        return False  # "the company" is no expert or witness that spoke before it; "the court" is the Courts
    narrow = previous.kind == "group" and kind in NARROW_KINDS
    if described is not None and (narrow or previous.kind == "neutral"):
        # A neutral voice is a person or a kind of source ("Witnesses", "Experts"): "the police" right after a
        # witness spoke is the police, unless the witness was called that.
        named_so = set(words_of(previous.name)) & NAMES_OF_KINDS.get(kind, frozenset())
        other_kind = other_kind or not (named_so or re.search(rf"\b{kind}\b", f"{previous.name} {described}".lower()))
    return previous.kind in ("group", "country", "legal", "neutral") and not other_kind  # "the company" after the union


def _longer_name(speaker: str, facts: ArticleFacts) -> str:
    """The speaker's full name as the article gives it, or the speaker's own when that is longer."""
    known = facts.full_names.get(surname(speaker), speaker)
    return known if len(known.split()) >= len(speaker.split()) else speaker


def _full_name(speaker: str, facts: ArticleFacts) -> str:
    """ "Ri Yong-ho" for "Mr Ri": a name by which the article has named someone more fully."""
    full_name = facts.full_names.get(surname(speaker), "")
    return full_name if looks_like_name(clean_name(speaker)) and len(full_name) > len(clean_name(speaker)) else speaker


def _known_person(party: Party, facts: ArticleFacts) -> bool:
    """A person the tagger found somewhere in the article; a lone name it never tagged ("Spotify") may be a firm."""
    return party.kind == "person" and party.name in facts.full_names.values()


def _owner_fits(written: str, previous: tuple[Party, str], facts: ArticleFacts) -> bool:
    """ "Its"/"their" points back to an organisation, "her"/"his" to a person: the previous speaker must be one
    (a person who speaks for a party, such as an opposition candidate, counts as a person)."""
    party, speaker = previous
    if is_news_outlet(party.name):
        return False  # "…, the Guardian reported. “…,” his nephew added": no paper has a nephew
    if _owned_by_a_person(written):
        # "Amnesty International said … His family said": no organisation has a family
        return _known_person(party, facts) or _names_a_person(speaker, facts)
    return not _known_person(party, facts)


def _owned_by_a_body(written: str) -> bool:
    """ "Its foreign ministry", "their union": someone of an organisation or a country, not of a person ("his
    party" after "a court sentenced Imran Khan" is no court's)."""
    return _owned_by_previous(written) and not _owned_by_a_person(written)


def _owned_by_a_person(written: str) -> bool:
    return written.lower().split()[:1] in (["her"], ["his"])


def _names_a_person(speaker: str, facts: ArticleFacts) -> bool:
    """ "Foreign Ministry spokesman Esmaeil Baghaei", "the mayor": a person, not the body they speak for."""
    words = set(speaker.lower().split())
    return surname(speaker) in facts.full_names or bool(words & (PERSON_ROLES | WORKER_ROLES))


def _possessors_party(
    claim: Claim, doc: Any, facts: ArticleFacts, lexicon: CountryLexicon, voiced: dict[str, tuple[Party, str]]
) -> Party | None:
    """The party of the person "his"/"her" opening a speaker phrase stands for: their own side or the one they
    have spoken for; else the body the article names as theirs ("his party" of "Khan's Pakistan Tehreek-e-Insaf
    party"); else, for "his campaign" or "her lawyers", the person's own side."""
    if claim.speaker_span is None:
        return None
    words = doc.text[claim.speaker_span.start : claim.speaker_span.end].lower().split()
    # (not "his rival, Hillary Clinton", "her friends", "his father": people of their own)
    kind = words[1] if len(words) == 2 and words[1] in ORGANISATION_NOUNS | VOICES_OF_A_PERSON else None
    opening = doc.char_span(claim.speaker_span.start, claim.speaker_span.end, alignment_mode="expand")
    whose = possessor(doc, opening.start) if opening is not None and kind is not None else None
    if kind is None or whose is None:
        return None
    name = _longer_name(whose, facts)
    spoke_for = voiced[name][0] if name in voiced else _spoke_for_before(name, voiced)
    if spoke_for is not None:
        return spoke_for
    theirs = re.search(rf"\b{re.escape(whose.split()[-1])}['’]s\s+((?:[A-Z][\w-]*\s+)+){kind}\b", doc.text)
    party = classify_speaker(theirs.group(0), facts, lexicon) if theirs else None
    if party is not None and party.kind == "group":
        return party
    return classify_speaker(name, facts, lexicon) if kind in VOICES_OF_A_PERSON else None


# Those who speak for the person whose they are ("his campaign", "her lawyers").
VOICES_OF_A_PERSON = word_set(
    "campaign team office aide aides lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson"
    " representatives coach agent"
)


def _owned_by_previous(written: str) -> bool:
    """ "Its chief executive", "their spokesman": someone of the organisation the article has just named."""
    words = written.lower().split()
    return len(words) >= 2 and words[0] in _OWNERS and not _apart_from_owner(written)


def _apart_from_owner(written: str) -> bool:
    """ "Her critics", "its workers", "his rival": people of their own, who may speak against the owner."""
    words = written.lower().split()
    return len(words) >= 2 and words[0] in _OWNERS and words[1] in APART_FROM_OWNER


_OWNERS = frozenset({"its", "their", "her", "his"})


def _owner_in_content(claim: Claim, doc: Any, facts: ArticleFacts, lexicon: CountryLexicon) -> Party | None:
    """ "Azerbaijan denied sending troops, its foreign ministry said": "its" after what was said is the subject
    of what was said (a country or an organisation), not whoever spoke before."""
    subject = _subject_said_before(claim, doc)
    if subject is None:
        return None
    party = classify_speaker(doc[subject.left_edge.i : subject.right_edge.i + 1].text, facts, lexicon)
    return party if party.kind in ("country", "group") else None


def _body_said_before(claim: Claim, written: str, doc: Any) -> bool:
    """Whether a speaker named by a kind of body ("a ministry spokesman") closes what that kind of body did
    ("Germany's foreign ministry summoned …"), and so speaks for the body named there."""
    subject = _subject_said_before(claim, doc)
    kind = organisation_kind(written)
    return subject is not None and kind is not None and subject.lower_ == kind


def _kind_named_in_content(
    claim: Claim, speaker: str, doc: Any, facts: ArticleFacts, opening: Sequence[Dateline] = ()
) -> Party | None:
    """ "Helvetica Pharma is recalling three batches …, the company said": a company or group named only by its
    kind after what it said, with no name found for it, is the one that what it said names as its subject, when
    that is a proper name and no person the article describes ("Musk will step down, the company said" is not
    Musk's company speaking as Musk)."""
    if _the_kind(speaker, KINDS_NAMED_BEFORE) is None:
        return None
    if claim.speaker_span is not None and claim.speaker_span.start < claim.content_span.start:
        return None  # "The army said the Kachin Independence Army had shelled a village": the army is no KIA
    subject = _subject_said_before(claim, doc)
    if subject is not None and any(d.span.start <= subject.idx < d.span.end for d in opening):
        subject = _name_before_verb(subject.head)  # "BERLIN (dpa) - … Medivon is recalling": not the dateline
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ in ("GPE", "NORP", "LOC"):
        return None
    # The proper nouns that end in the subject ("Helvetica Pharma"), without a description before them ("German
    # drugmaker Medivon").
    start = subject.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and start - 1 < doc[start - 1].head.i <= subject.i:
        start -= 1
    name = clean_name(doc[start : subject.i + 1].text)
    described = facts.descriptions.get(surname(name), ()) + facts.descriptions.get(name.lower(), ())
    if not looks_like_name(name) or (described and not describes_a_body(described)):
        return None
    return Party("group", name)


def _country_an_official_speaks_for(claim: Claim, written: str, doc: Any, lexicon: CountryLexicon) -> str | None:
    """The country an office holder speaks for when the office names none and what they said tells what that
    country said or will do ("The United States said it had concerns, Secretary of State Antony Blinken said";
    "Prime Minister Benjamin Netanyahu's office said Israel would continue its operation"), which outweighs the
    country a story is filed from. What a country did ("Russia had violated the truce") is said of enemies too."""
    lowered = written.lower()
    if not any(re.search(rf"\b{office}\b", lowered) for office in GOVERNMENT_OFFICES) or lexicon.country_in(written):
        return None
    said = doc.char_span(claim.content_span.start, claim.content_span.end, alignment_mode="expand")
    verb = said.root if said is not None else None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if verb is None or subject is None or subject.pos_ != "PROPN":
        return None
    will = any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children)
    if not will and verb_lemma(verb.text) is None:
        return None
    return lexicon.country_in(doc[subject.left_edge.i : subject.i + 1].text)


def _name_before_verb(verb: Any) -> Any | None:
    """The proper noun standing right before a verb and its auxiliaries ("Medivon" of "… Medivon is recalling"),
    for a subject the parse mistook."""
    first = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i)])
    doc = verb.doc
    if first > 3 and doc[first - 1].text == ")" and doc[first - 3].text == "(":
        first -= 3  # "Busan Harbour Logistics Corporation (BHLC) halted": the name before its acronym
    before = doc[first - 1] if first > 0 else None
    return before if before is not None and before.pos_ == "PROPN" else None


def _subject_said_before(claim: Claim, doc: Any) -> Any | None:
    """The subject of what was said, when the speaker is named after it ("X did Y, the company said")."""
    speaker, content = claim.speaker_span, claim.content_span
    if speaker is None or speaker.start < content.end:
        return None
    said = doc.char_span(content.start, content.end, alignment_mode="expand")
    if said is None:
        return None
    return next((c for c in said.root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < said.root.i), None)


def _one_of_a_group(written: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The group of people that has spoken whose kind "one farmer" or "one of the students" names."""
    # (or as the article describes them: "Ato Kebede, a 54-year-old farmer from the village of Kangaten")
    one = ONE_OF_A_GROUP.fullmatch(written.strip()) or ONE_DESCRIBED.fullmatch(written.strip())
    if one is None:
        return None
    kind = one.group("kind").lower()
    groups = [
        party
        for party, _ in voiced.values()
        if party.kind in ("group", "movement") and party.name.lower() in (kind, f"{kind}s", f"{kind}es")
    ]
    return _the_only(groups)


def _member_of(description: str, voiced: dict[str, tuple[Party, str]], facts: ArticleFacts) -> Party | None:
    """A member of a body that has spoken ("commissioner" of the Commission), when exactly one has; else of the
    one such body the article names ("Competition Commissioner Teresa Ribera" of a story about a fine "imposed by
    the European Commission")."""
    words = words_of(description)
    bodies = {BODY_OF_MEMBER[word] for word in words if word in BODY_OF_MEMBER}
    if not bodies:
        return None
    fitting = [party for party, _ in voiced.values() if bodies & set(words_of(party.name))]
    if len(fitting) == 1:
        return fitting[0]
    named = sorted((org for org in facts.organisations if bodies & set(words_of(org))), key=len)
    if fitting or not named or not all(org.lower() in named[-1].lower() for org in named):
        return None
    return Party("group", named[-1])  # "Commission" and "European Commission" are one


def _spoke_for_before(speaker: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The party a named person has already spoken for, when it is exactly one (another person too: "Ferreira's
    agent, Rodrigo Paiva" speaks for Ferreira)."""
    name = clean_name(speaker)
    if not looks_like_name(name):
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
        if party.kind != "unknown"
        and (party.kind != "person" or party.name != name)
        and not _people_of(name, party)
        and pattern.search(description)
    ]
    return _the_only(fitting)


def _people_of(name: str, party: Party) -> bool:
    """ "Norvik Motors workers" of "Norvik Motors": people named after the body they work for, who are not it."""
    rest = party.name.lower().removeprefix(name.lower() + " ")
    return rest != party.name.lower() and rest in WORKER_ROLES | PEOPLE_OF_A_COUNTRY


def _country_of_its_minister(
    phrase: str, voiced: dict[str, tuple[Party, str]], lexicon: CountryLexicon
) -> Party | None:
    """The country whose minister of a portfolio has spoken, for a ministry of that portfolio named without a
    country ("the Foreign Office", "the Ministry of Defence"), when exactly one fits."""
    ministry = UNNAMED_MINISTRY.fullmatch(phrase.strip())
    if ministry is None or lexicon.country_in(phrase):
        return None
    portfolio = re.escape((ministry.group("before") or ministry.group("after")).lower())
    holder = rf"\b{portfolio} (?:minister|secretary)\b|\b(?:minister|secretary) of (?:the )?{portfolio}\b"
    fitting = [
        party for party, description in voiced.values() if party.kind == "country" and re.search(holder, description)
    ]
    return _the_only(fitting)


def _organ_that_spoke(phrase: str, voiced: dict[str, tuple[Party, str]], lexicon: CountryLexicon) -> Party | None:
    """The country whose ministry has spoken, for its minister ("Health Minister Sylvia Masebo" after "Zambia's
    health ministry") or someone speaking for a ministry no country is named with ("the official representative
    of the Ministry of Foreign Affairs" after "the Russian Foreign Ministry"), when exactly one fits."""
    if lexicon.country_in(phrase):
        return None  # "The Turkish Foreign Minister Hakan Fidan" after Russia's foreign ministry spoke is Turkey's
    lowered = phrase.lower()
    portfolio = MINISTER_OF.search(lowered)
    portfolio_after = MINISTER_OF_PORTFOLIO.search(lowered)
    voice = VOICE_FOR.match(phrase.strip())
    if portfolio is not None and portfolio.group(1) not in NOT_PORTFOLIOS:
        portfolios = [portfolio.group(1)]
    elif portfolio_after is not None:
        # "the Deputy Minister of Internal Affairs Levan Beridze" after "the Ministry of Internal Affairs of Georgia"
        words = portfolio_after.group(1).split()
        portfolios = [" ".join(words[:2]), words[0]]
    elif voice is not None and head_word(voice.group("principal")) == "ministry":
        portfolios = []
    else:
        return None
    # "Defence Minister Taro Nishikawa" after "the defence ministry" or "the Ministry of Defence of Japan"
    forms = [rf"\b{re.escape(p)} ministry\b|\bministry of (?:the )?{re.escape(p)}\b" for p in portfolios] or [
        r"\bministry\b"
    ]
    fitting = [
        party
        for party, description in voiced.values()
        if (party.kind == "country" or (party.kind == "group" and head_word(party.name) == "ministry"))
        and any(re.search(form, description) for form in forms)
    ]
    return _the_only(fitting)


def _role_in_voiced(phrase: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The organisation that has spoken whose name opens the phrase before a role ("FNV negotiator Niek Stam",
    "ECT spokeswoman"); not "Hyundai owners", whom the name only describes."""
    for party, _ in voiced.values():
        if party.kind not in ("group", "neutral") or party.name in NEUTRAL_ROLE_SIDES:
            continue
        # "AU envoy Olusegun Obasanjo" after the African Union spoke: the body by its initials too.
        initials = _initials(party.name) if len(party.name.split()) > 1 else party.name
        names = "|".join(re.escape(name) for name in (party.name, initials))
        match = re.match(rf"(?:[Aa]n?\s+|[Tt]he\s+)?(?:{names})\s+([\w-]+)", phrase)
        if match and match.group(1).lower().removeprefix("co-") in ROLE_WORDS:
            return party  # "HOP co-founder Laetitia Vasseur" too
    # "Union president Carl Novak" after "The Transit Workers Union" spoke: the kind of body, then a role.
    kind_then_role = re.match(r"(?:[Tt]he\s+)?(\w+)\s+(\w+)\s", phrase)
    if kind_then_role is None or kind_then_role.group(2).lower() not in ROLE_WORDS:
        return None
    kind = kind_then_role.group(1).lower()
    return _the_only(
        [party for party, _ in voiced.values() if party.kind == "group" and head_word(party.name).lower() == kind]
    )


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
    elif principal.startswith("the ") and principal[4:5].isupper():
        # "The spokesman of the Fifth Fleet, Commander Daniel Reyes" after "The Fifth Fleet of the Navy of
        # America" spoke: a body named in full is the party that was described by that name.
        name = re.escape(principal.removeprefix("the ").lower())
        return _the_only([party for party, description in voiced.values() if re.search(rf"\b{name}\b", description)])
    else:
        return None
    stems = {word.removesuffix("s") for word in body.split() if len(word) > 3}
    fitting = [
        party
        for party, description in voiced.values()
        if stems & {word.removesuffix("s") for word in words_of(description)}
    ]
    return _the_only(fitting)


def _the_only_country(voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The one country that has spoken so far, if only one has."""
    return _the_only([party for party, _ in voiced.values() if party.kind == "country"])


def _the_only(fitting: Sequence[Party]) -> Party | None:
    """The one party that fits; None when none or several do, since a guess between parties is worse than none."""
    return fitting[0] if len(fitting) == 1 else None


def _principal_of(phrase: str) -> str:
    """ "the charity" of "the charity's emergency coordinator", of "a spokeswoman for the charity", of "a charity
    spokeswoman" or of "the head of the charity"; "" when the phrase names no one it speaks for."""
    match = re.match(r"(?i)(the\s+(?:\w+\s+){0,2}\w+)['’]s\s", phrase.strip()) or VOICE_FOR.match(phrase.strip())
    kind_role = re.fullmatch(r"(?i)(?:an?|the)\s+(\w+)\s+(\w+)", phrase.strip())
    kind, role = (kind_role.group(1).lower(), kind_role.group(2).lower()) if kind_role else ("", "")
    if not match and kind in REFERRING_NOUNS and role in ROLE_WORDS:
        return f"the {kind}"  # "a company spokeswoman" right after the company spoke
    head_of = HEAD_OF.match(phrase.strip())
    if not match and head_of and " " not in head_of.group("body"):
        return f"the {head_of.group('body')}"  # "the deputy head of the department" after the ministry spoke
    if not match:
        return ""
    possessed = phrase.strip()[match.end() :].split()
    if possessed and possessed[0].lower() in APART_FROM_OWNER:
        return ""  # "the company's union" is a body of its own
    principal = match.group(1).strip()
    named = KIND_THEN_NAME.match(principal)
    # "Official representative of the Ministry Ayhan Hajizade", "… of the department Maria Zakharova": the name
    # after the kind is the speaker's own.
    return named.group(1) if named and named.group(2).lower() in REFERRING_NOUNS else principal


def _described_before(speaker: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """An organisation named only by its kind, or someone speaking for it, is the one party that has spoken so far
    and was described as such ("Resolution Copper, the company behind the project"); None when no party or
    several fit."""
    kind = organisation_kind(speaker)
    return None if kind is None else _the_only_described_with(kind, voiced)


def _role_described_before(speaker: str, voiced: dict[str, tuple[Party, str]], facts: ArticleFacts) -> Party | None:
    """ "the deputy", "the minister", a name the article introduces as "the spokesperson": the one party that
    has spoken so far through someone described by that role; None when no party or several fit."""
    described_as = [speaker, *facts.descriptions.get(speaker.lower(), ())]
    roles = {role for phrase in described_as if (role := _the_kind(phrase, PERSON_ROLES | WORKER_ROLES)) is not None}
    return _the_only_described_with(roles.pop(), voiced) if len(roles) == 1 else None


def _the_kind(speaker: str, kinds: Collection[str]) -> str | None:
    """ "company" of "the company": the one word a "the …" phrase names someone by, when it is one of `kinds`."""
    words = speaker.lower().split()
    return words[1] if len(words) == 2 and words[0] == "the" and words[1] in kinds else None


def _the_only_described_with(word: str, voiced: dict[str, tuple[Party, str]]) -> Party | None:
    """The one party that has spoken so far through a speaker described with `word`, else None."""
    return _the_only(
        [
            party
            for party, description in voiced.values()
            if party.kind != "unknown" and re.search(rf"\b{word}\b", description)
        ]
    )


def _voice_of_previous(speaker: str, party: Party, previous: tuple[Party, str] | None) -> bool:
    """ "The Kremlin rejected the accusation. Spokesman Dmitry Peskov said …": a spokesman the article ties to
    nobody (a person, as far as the words go, or no one at all: "a spokeswoman said") speaks for the
    organisation or country that spoke just before."""
    if previous is None or previous[0].kind not in VOICED_KINDS:
        return False
    words = clean_name(speaker).split()
    organ = party.kind == "group" and bool(set(words_of(party.name)) & STATE_ORGANS)  # not "Taliban government …"
    if organ and _state_organ_voice(words) and previous[0].kind == "country":
        return True  # "Belarus rejected the accusations. Foreign Ministry spokesman Andrei Krivets said …"
    if party.kind not in ("person", "unknown"):
        return False
    if len(words) <= 1:
        # "The company has offered 3.5 percent, a spokeswoman said"
        return bool(words) and words[0].lower() in BARE_VOICES
    if len(words) > 2 and words[0].lower() in ORGANISATION_NOUNS and words[1].lower() in BARE_VOICES:
        if words[0].lower() in STATE_ORGANS and previous[0].kind == "movement":
            return False  # "Government spokesman Rene Sadi" after the opposition: the state answers it
        words = words[1:]  # "The ruling party accused … Party spokesman Chikondi Nyirenda said …"
    title = without_trailing_name(" ".join(words)).split()
    if len(title) == len(words):
        # "Chief Executive Dave Calhoun": a title of two words written in capitals runs into the name (one word
        # may be an office of state: "President Salome Zourabichvili")
        lead = list(itertools.takewhile(lambda word: word.lower() in TITLE_PARTS, words))
        title = lead if len(lead) >= 2 and looks_like_name(" ".join(words[len(lead) :])) else title
    if previous[0].kind == "group" and _organisation_title(title) and len(title) < len(words):
        return True  # "Lyon denied any wrongdoing. Sporting director Julien Marchetti accused Braga …"
    # "Deputy Foreign Minister Arkadiusz Mularczyk": a rank before the portfolio
    office = list(itertools.dropwhile(lambda word: word.lower() in RANKS_BEFORE_OFFICE - {"former"}, words))
    portfolio = len(office) > 1 and office[0].lower() in PORTFOLIO_WORDS and office[1].lower() in PORTFOLIO_HOLDERS
    if previous[0].kind == "country" and portfolio and looks_like_name(" ".join(office[2:])) and len(office) > 3:
        return True  # "The Scottish government said … Education Secretary Shirley-Anne Somerville said …"
    # "Spokesman Dmitry Peskov", not "spokeswoman of Danubia Gáz", who speaks for the body she names
    return words[0].lower() in BARE_VOICES and words[1][:1].isupper() and looks_like_name(" ".join(words[1:]))


def _names_the_office_holder(
    speaker: str,
    party: Party,
    previous: tuple[Party, str],
    facts: ArticleFacts,
    lexicon: CountryLexicon,
    appositive: str,
) -> bool:
    """ "India's defence minister said … "We have reached an understanding," Rajnath Singh told parliament": a
    name the article describes nowhere (or only by the same office: "A lawyer for hundreds of patients said …
    attorney Rachel Lindqvist told …"), right after an office holder it did not name spoke for a country or a
    body, is that office holder."""
    if party.kind != "person" or previous[0].kind not in VOICED_KINDS or appositive.strip(" ;"):
        return False
    written = clean_name(speaker)
    title = without_trailing_name(written)
    name = written if title == written else written[len(title) :].strip()
    if not looks_like_name(name) or len(name.split()) < 2:
        return False
    office = clean_name(previous[1])
    # whose office it is, named in it: "India's defence minister", "a South Korean lawmaker", "A lawyer for …"
    whose = lexicon.country_in(office) is not None or COUNSEL_FOR.match(previous[1]) is not None
    unnamed = whose and head_word(office) in PERSON_ROLES and without_trailing_name(office) == office
    described = [*facts.descriptions.get(name.lower(), ()), *([title] if title != written else [])]
    same_office = all(_one_office(head_word(words), head_word(office)) for words in described)
    return unnamed and same_office and not looks_like_name(office)


def _one_office(one: str, other: str) -> bool:
    """ "attorney" and "lawyer" hold one office; so does any word and itself."""
    return one == other or {one, other} <= COUNSEL_WORDS


def _organisation_title(title: list[str]) -> bool:
    """ "Project manager", "Sporting director", "Chief Executive": a title someone holds in an organisation,
    unnamed in the title itself (a capitalised word after the first would name one, unless it is a word of the
    title: "Hallbrook chief executive")."""
    return (
        0 < len(title) <= 3
        and title[-1].lower() in ORGANISATION_TITLES
        and all(word.isalpha() and (word.islower() or word.lower() in TITLE_PARTS) for word in title[1:])
    )


def _state_organ_voice(words: list[str]) -> bool:
    """ "Foreign Ministry spokesman Andrei Krivets", "Presidential Office spokeswoman Karen Kuo": a state organ
    named without its country, then its voice and a name."""
    lowered = [word.lower() for word in words]
    for index, word in enumerate(lowered[:3]):
        two_words = index > 0 and NATIONAL_ORGANS.fullmatch(f"{lowered[index - 1]} {word}") is not None
        if word in STATE_ORGANS or two_words:
            return index + 1 < len(lowered) and lowered[index + 1] in BARE_VOICES
    return False


def _is_pronoun(speaker: str) -> bool:
    return speaker.strip().lower() in PRONOUNS


def _appositive_after(text: str, speaker: Span | None, content: Span) -> str:
    """ "a senior adviser for the progressive group MoveOn" in "Karine Jean-Pierre, a senior adviser for the
    progressive group MoveOn, said": what the article says of a speaker right after naming them; not the words
    said ("According to two people familiar with the matter, the Commission is …")."""
    if speaker is None:
        return ""
    # ‘"A," said Colonel X, a spokesman for the border service. "B."’: the speaker clause sits inside the
    # joined quote, and so does what is said of the speaker.
    inside_quote = content.start < speaker.start and speaker.end < content.end
    heads = WHO_HEADS.match(text, speaker.end)
    if heads and (inside_quote or not Span(heads.start(1), heads.end(1)).overlaps(content)):
        return heads.group(1)  # "Priya Raman, who heads the charity Blood Pressure Action, accused …"
    match = APPOSITIVE.match(text, speaker.end)
    if not match or FORMER.match(match.group(1)):
        return ""
    return "" if Span(match.start(1), match.end(1)).overlaps(content) and not inside_quote else match.group(1)


def _running_party(text: str, claim: Claim, written: str, lexicon: CountryLexicon) -> str | None:
    """The party that runs the speaking body, as the article describes it right after the speaker or in a
    prefix ("the Hamas-run health ministry", "The Saudi-led coalition spokesman": a country that leads)."""
    prefix = RUN_BY_PREFIX.search(written)
    if prefix:
        return prefix.group("owner")
    led = LED_BY_PREFIX.search(written)
    if led and lexicon.country_in(led.group("owner")):
        return led.group("owner")
    after = RUN_BY.match(text, claim.speaker_span.end) if claim.speaker_span else None
    return after.group("owner") if after else None


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for name in names:
        key = name.lower().removeprefix("the ")
        seen.setdefault(key, name)
    return tuple(seen.values())
