"""Speaker phrases and their resolution: "he", "they", "the ministry", "the Azeri president" → a named mention.

Resolution is deliberately simple and local: the nearest earlier named entity of a compatible kind (a person for
he/she and for titles such as "the president", an organisation, country or group for it/they/"the ministry"),
falling back to the next one a few sentences on ("The Azeri president said … President Ilham Aliyev told …").
News often never names a speaker ("The Ethiopian water minister said … He added …"), so he/she also take the
nearest person described by a role noun ("the minister", "its spokesman"; a bare "president" or the "chief" of
"commander in chief" describes nobody) unless the pronoun's own sentence has a named person for its subject
and the role noun is no subject; "the spokesman" takes an earlier "government spokesman". It/they inside a clause
governed by a group ("Clinton's campaign is seeking to contrast … with what they call …") are that group.
Pronouns never look ahead beyond their own sentence: a later name is rarely theirs, and the small NER model tags
some places as people. A bare surname resolves to the fuller name used earlier, whatever the tagger calls it.
Names keep the title written before them; a title makes a name a person's whatever the tagger says ("Mr
Farage") and rules out the other pronoun ("he" is never "Mrs May"). He/she right after a named person was
quoted, with nobody else named since, continue that person's words; so does a description in the next sentence
("Nigel Farage vowed … The former Ukip leader said …"). Bare "Allies" or "Aides" are those of the person
their words are about ("Aides said Mr. Obama was haunted …" → "Aides of Mr. Obama"), so the reply can place them.
It/they opening a sentence carry on the previous sentence's subject when that can speak as a body ("… the
company said … It said …"), and a description given a name in apposition is that name ("A lawyer representing
several owners, Maria Delgado, accused …"); a gendered role ("spokeswoman") rules out the other pronoun.
Names inside quotation marks are left out by the caller: they are what speakers talk about.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from bot.attribution import cues
from bot.attribution.parties import load_country_lexicon
from bot.attribution.speaker_words import DASHES, KINDS_NAMED_BEFORE

# "I" and "we" outside quotes are the writer, who is named nowhere in the text: they stay as written.
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "its", "their"})
PERSON_LABELS = frozenset({"PERSON"})
GROUP_LABELS = frozenset({"ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# What tells whose official a role is: "the U.S. ambassador", "the Chinese envoy".
ORIGIN_LABELS = frozenset({"GPE", "NORP"})
NOT_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
# Titles that make a name a person's and say which pronoun can refer to it.
MALE_TITLES = frozenset({"mr", "sir", "lord", "king", "prince", "sheikh"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame", "queen", "princess", "madam"})
NEUTRAL_TITLES = frozenset({"dr", "prof", "president", "senator", "sen", "rep", "gov", "minister", "judge"})
ALL_TITLES = MALE_TITLES | FEMALE_TITLES | NEUTRAL_TITLES
# Double quotation marks as the tokenizer writes them (single marks are also apostrophes).
_DOUBLE_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "«", "»", "„"})
# Roles written in a gendered form ("Police spokeswoman Resila Onyango" is not "he").
MALE_ROLES = frozenset({"spokesman", "chairman", "congressman", "businessman", "councilman", "policeman"})
FEMALE_ROLES = frozenset({"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "councilwoman"})
# "The regulator", "the watchdog": the agency named before, whose name says what kind of body it is.
REGULATORS = frozenset({"regulator", "watchdog"})
BODY_NAME_WORDS = frozenset({"administration", "agency", "authority", "commission", "bureau", "board", "office"})
# How the name of a body can end after an "and" inside it ("… Location and Event Data Project", "… Control and
# Prevention Centre"), unlike two bodies named together ("Amnesty International and Human Rights Watch").
BODY_NAME_ENDINGS = frozenset(
    {"project", "institute", "centre", "center", "foundation", "association", "council", "committee", "network"}
    | {"coalition", "alliance", "society", "fund", "programme", "program", "federation", "league", "trust"}
)
# Longest run of words taken for a person's name ("Martin Luther King Jr.").
MAX_NAME_TOKENS = 4
# Prepositions that put a place in the background ("in Singapore"); "from Moscow" may still be who sent word.
SETTING_PREPOSITIONS = frozenset({"in", "at", "near", "across", "around", "throughout", "inside", "outside"})
# How far (in characters) a description may look ahead for its name when no earlier mention fits.
LOOKAHEAD_CHARS = 1500
# How far back (in tokens) he/she look for a person described by a role ("the minister"): a few sentences.
DESCRIBED_LOOKBACK_TOKENS = 150
# People who speak for someone the article has just named, when it does not repeat whom ("Allies insisted …").
ASSOCIATES = frozenset({"allies", "aides", "advisers", "advisors", "associates", "confidants", "loyalists"})
# Prepositions of whom a speaker spoke to or where, never of whom they speak for.
_WHERE_OR_TO_WHOM = frozenset({"to", "in", "on", "during", "before", "after", "outside"})
# Where words are exchanged, beside the noun cues: "in an interview", "during a conversation".
_EXCHANGES = frozenset(
    {"interview", "interviews", "conversation", "conversations", "briefing", "meeting", "commentary", "note", "address"}
)
# Where people gather to be heard: "at a press conference", "at a rally".
_GATHERINGS = _EXCHANGES | frozenset(
    {"conference", "rally", "summit", "hearing", "event", "ceremony", "forum", "session", "gathering", "protest"}
)
# Offices one person holds at a time: "the mayor" is not the "Union president" or "Senator" quoted just before.
OFFICES = frozenset(
    {"mayor", "president", "senator", "governor", "minister", "premier", "chancellor", "ambassador", "judge"}
    | {"congressman", "congresswoman", "sheriff", "prosecutor", "chairman", "chairwoman", "ceo"}
)
# An initial in a person's name: "K." of "K. Ilango".
INITIAL = re.compile(r"[A-Z]\.")
# Speaker phrases are cut before these dependents: they add clauses, not identity.
_RELATIVES = frozenset({"WDT", "WP"})
_TRIMMED_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl", "case"})


def _phrase_of_its_own(head: Any, child: Any) -> bool:
    """A noun phrase with its own article that the parse hung before a subject without one ("a figure" of "a
    figure developing nations called …"): the thing spoken of, not part of who speaks."""
    if child.dep_ != "nmod" or child.i > head.i or any(c.dep_ == "det" for c in head.children):
        return False
    own_article = any(c.dep_ == "det" for c in child.children)
    # a singular thing, then a participle and a plural: "a figure | developing | nations" ("the ad's narrator",
    # "A USA TODAY/Rock the Vote Millennial Poll" are one phrase each)
    between = head.doc[child.i + 1 : head.i]
    signature = child.tag_ == "NN" and head.tag_ == "NNS" and any(t.tag_ == "VBG" for t in between)
    return own_article and signature


_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _day_before_name(doc: Any, index: int) -> bool:
    """ "Sunday" of "on Sunday Ethiopia's announcement", not of "Monday night's results"."""
    return doc[index].lower_ in _DAYS and index + 1 < len(doc) and doc[index + 1].pos_ == "PROPN"


def speaker_tokens(head: Any) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by `head`, without relative clauses and appositions."""
    start, end = head.i, head.i + 1
    said_in = next((child.i for child in head.children if _said_in(child)), None)
    for child in head.children:
        if _names_head(head, child):
            # 'The human rights organisation "Public Rights Monitoring Centre"': its name, not an aside, though
            # the name's own asides are ("the company Aegean Horizon Maritime, the owner of the tanker").
            end = max(end, speaker_tokens(child)[1])
            continue
        if child.dep_ in ("relcl", "acl") and _inside_name(head, child):
            end = max(end, child.right_edge.i + 1)  # "The Committee to Protect Journalists": one name
            continue
        ampersand = any(c.text == "&" for c in head.children)  # "Pratt & Whitney", "Procter & Gamble"
        if child.dep_ == "conj" and (child.lower_ in BODY_NAME_ENDINGS or ampersand) and _inside_name(head, child):
            end = max(end, child.right_edge.i + 1)  # "the Armed Conflict Location and Event Data Project"
            continue
        if child.dep_ in _TRIMMED_DEPS or is_time_phrase(child) or _told_to(head, child):
            continue
        if child.dep_ == "amod" and child.i > head.i and head.doc[child.left_edge.i - 1].text == ",":
            continue  # "Hillary Clinton, visibly angry, said": how she was, not who she is
        if _phrase_of_its_own(head, child):
            continue  # "a figure developing nations called far too low": the figure is what they called so
        if said_in is not None and child.i >= said_in:
            continue  # "The spokeswoman of Danubia Gáz in the commentary to the portal Portfolio": where and to whom
        start = min(start, child.left_edge.i)
        end = max(end, child.right_edge.i + 1)
    doc = head.doc
    # "HOP co-founder Laetitia Vasseur": the parse may leave a hyphened word, and the name before it, outside.
    while (
        start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
    ):
        start -= 2
        while start > 0 and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < end:
            start -= 1
    # "Doctors Without Borders, which …": a relative clause on a word deeper in the phrase ends it too.
    end = next((i for i in range(head.i + 1, end - 1) if doc[i].text == "," and doc[i + 1].tag_ in _RELATIVES), end)
    # "… than Mr. Trump - 60 percent of voters said …": a spaced dash before the head ends the sentence before.
    start = next((i + 1 for i in range(head.i - 1, start - 1, -1) if spaced_dash(doc[i])), start)
    # "condemned on Sunday Ethiopia's announcement": a day the parse hung on the name after it
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space or _day_before_name(doc, start)):
        start += 1
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and not _closes(doc, start, end - 1):
        end -= 1
    if end < len(doc) and _closes(doc, start, end):
        end += 1  # the parse hung the closing bracket elsewhere
    return start, end


def _inside_name(head: Any, child: Any) -> bool:
    """Whether a dependent the parse reads as a clause lies inside the organisation name its head opens ("to
    Protect Journalists" of "The Committee to Protect Journalists"), every word of it in the tagger's name."""
    entity_end = head.i + 1 if head.ent_type_ == "ORG" else head.i
    while entity_end < len(head.doc) and head.doc[entity_end].ent_iob_ == "I":
        entity_end += 1
    return bool(child.i > head.i and child.right_edge.i < entity_end and child.left_edge.i > head.i)


def _names_head(head: Any, child: Any) -> bool:
    """A name right after a noun, with no comma between, quoted or capitalised: what the noun is called ('the
    organisation "Public Rights Monitoring Centre"', "the company Aegean Horizon Maritime")."""
    opening = child.left_edge
    after = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else head
    if after.is_quote and after.is_left_punct and after.head == head:
        opening = after  # 'Company «Naftogaz of Ukraine»': the parse hangs the quote mark on the noun
    if child.dep_ != "appos" or opening.i != head.i + 1:
        return False
    quoted = opening.is_quote and opening.is_left_punct
    named = head.tag_ == "NN" and opening.pos_ == "PROPN" and child.pos_ == "PROPN"
    return bool(quoted or named)


def _said_in(child: Any) -> bool:
    """ "A NATO official …, in the statement he made to the Anadolu Agency, said", "… at a regular briefing stated":
    where the speaker said it, which the parse may hang on the speaker."""
    said = next((c for c in child.children if c.dep_ == "pobj"), None) if child.dep_ == "prep" else None
    if said is not None and child.lower_ == "at" and said.lower_ in _GATHERINGS:
        return True  # "The Spokesperson … Lin Jian at a regular briefing stated"
    return child.lower_ in ("in", "during") and said is not None and said.lower_ in cues.NOUN_CUES | _EXCHANGES


def _told_to(head: Any, child: Any) -> bool:
    """ "declared Ruiz to the journalists", "said Wessels in front of the demonstrators": whom or where a name
    spoke, which the parse hangs on the name after an inverted verb (a noun keeps its phrase: "the ambassador to
    the UN"; a name keeps "of" and "from": "Brekke of the Fishermen's Association")."""
    inverted = head.pos_ == "PROPN" and head.head.i < head.i
    if inverted and child.dep_ == "prep" and child.lower_ == "at":
        # "said Joachim Nagel at a press conference", not "said Anna Berg at the University of Oslo"
        return any(c.dep_ == "pobj" and c.lower_ in _GATHERINGS for c in child.children)
    return bool(inverted and child.dep_ == "prep" and child.lower_ in _WHERE_OR_TO_WHOM)


def _closes(doc: Any, start: int, index: int) -> bool:
    """Whether the token at `index` closes a bracket or a quote left open within the phrase ("Price (D-Newport
    News)", 'the organisation "Public Rights Monitoring Centre"')."""
    inside = [t.text for t in doc[start:index]]
    if doc[index].is_quote and doc[index].is_right_punct:
        return any(t.is_quote and t.is_left_punct for t in doc[start:index])
    return doc[index].text == ")" and inside.count("(") > inside.count(")")


def spaced_dash(token: Any) -> bool:
    """A dash with a space before it, as a clause is set off (not the hyphen of "Russian-installed")."""
    return token.text in DASHES and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def is_time_phrase(child: Any) -> bool:
    """ "on Tuesday", "last week": the parser sometimes hangs the sentence's time on its subject ("Egypt on
    Tuesday accused …"); it says when, not who."""
    # (an adverb too: "Twenty-two years ago, a Times article hailed …"; but "of National Defence" of "March 4 - The
    # Turkish Ministry of National Defence", all of which the tagger may call a date, names the speaker)
    if child.dep_ == "prep" and child.lower_ == "of" and child.head.text[:1].isupper():
        return False
    return child.dep_ in ("prep", "npadvmod", "advmod") and any(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)


def _mention(entity: Any) -> str:
    """An entity with the capitalised title words written just before it ("President Ilham Aliyev")."""
    doc = entity.doc
    start = entity.start
    while start > 0:
        previous = doc[start - 1]
        title_like = previous.pos_ == "PROPN" or previous.tag_ == "NN"  # "Founder", not "Celebrities Julianne Moore"
        if title_like and previous.text[:1].isupper() and previous.ent_type_ == "":
            start -= 1
            continue
        break
    end = entity.end
    if end - start > 1 and doc[end - 1].tag_ == "IN":
        # "the Border Directorate of the FSB of" + "Russia": the tagger cut the name before a place in it
        if end < len(doc) and doc[end].ent_iob_ == "B":
            end += 1
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            end -= 1
    return str(doc[start:end].text)


def _name_set_off(phrase: Any) -> str | None:
    """The name after the comma in "its spokeswoman, Yevgenia Yashina", where a role and the person's name make
    the phrase."""
    commas = [t.i for t in phrase if t.text == ","]
    if len(commas) != 1 or not any(t.lower_ in cues.PERSON_ROLES for t in phrase if t.i < commas[0]):
        return None
    name = phrase.doc[commas[0] + 1 : phrase.end]
    return str(name.text) if is_set_off_name(name) else None


def is_set_off_name(tokens: Any) -> bool:
    """Two to four capitalised proper nouns: a person's name set off by commas after their role."""
    return 2 <= len(tokens) <= 4 and all(t.pos_ == "PROPN" and t.is_title for t in tokens)


def resolve(
    doc: Any, start: int, end: int, entities: Sequence[Any], earlier_speakers: Sequence[tuple[int, str]] = ()
) -> str:
    """The mention a speaker phrase doc[start:end] refers to, or the phrase itself when it names its speaker.
    `earlier_speakers` are (token index, name) of the people quoted before it, for "…,’ he said" after
    "Mr Farage told the rally …"."""
    phrase = doc[start:end]
    itself = str(phrase.text)
    root = phrase.root
    lower = root.lower_
    determiner = doc[start].lower_ if end - start > 1 else ""
    role = lower in cues.PERSON_ROLES
    named = next((c for c in root.children if c.dep_ == "appos" and c.i >= end and _is_named(c, role)), None)
    if (root.tag_ == "NN" or (role and root.tag_ == "NNP")) and named is not None:
        # "A lawyer representing several owners, Maria Delgado, accused …": the name the description is given
        return str(doc[slice(*speaker_tokens(named))].text)
    set_off = _name_set_off(phrase)
    if set_off is not None:
        return set_off  # "its spokeswoman, Yevgenia Yashina" (as "according to" gives it)
    if end - start == 1 and root.tag_ in ("WP", "WDT") and root.head.dep_ == "relcl":
        antecedent = speaker_tokens(_relative_antecedent(root))
        return str(doc[antecedent[0] : antecedent[1]].text)
    if end - start == 1 and lower in PERSON_PRONOUNS:
        return (
            _conjoined_subject(doc, entities, root, earlier_speakers)
            or _continued_speaker(doc, entities, start, earlier_speakers, pronoun=lower)
            or _person_antecedent(doc, entities, start, end)
            or itself
        )
    if end - start == 1 and lower in GROUP_PRONOUNS:
        reporter = (
            _subject_over_noun_before(root)
            or _reporting_subject(root)
            or _governing_subject(root)
            or _previous_subject(root)
            or _aside_of_the_sentence_subject(root)
        )
        if reporter is not None:
            return resolve(doc, *reporter, entities)
        # "they" is a group of people or bodies, not the city just named ("blocked motorways around Toulouse
        # and Lyon … what they call"): a place speaks as "it".
        labels = GROUP_LABELS - PLACE_LABELS if lower in ("they", "them") else GROUP_LABELS
        return _nearest(doc, entities, start, end, labels, None, ahead_limit=_sentence_end(root)) or itself
    if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in root.children):
        return itself  # "The European Union's election observation mission": named by whose it is
    if any(_names_head(root, child) and child.i < end for child in root.children):
        return itself  # "the company Aegean Horizon Maritime": the phrase names its speaker
    if determiner in ("the", "this") and _ends_in_name(phrase):
        return itself  # "The spokeswoman of the ministry Tamar Gelashvili": the phrase names its speaker
    body = determiner in ("the", "this") and root.pos_ == "NOUN" and lower not in cues.PERSON_ROLES
    whose = (t for t in phrase if t.i < root.i or (t.dep_ == "pobj" and t.head.lower_ == "of"))
    if body and any(t.ent_type_ in ("NORP", "GPE") for t in whose):
        # "the Taiwanese defence ministry", "the state security service of Abkhazia" is no body named before: it
        # names whose it is
        return itself
    if determiner in ("the", "this") and (root.pos_ == "NOUN" or lower in cues.PERSON_ROLES):
        if lower in cues.PERSON_ROLES and any(c.dep_ == "poss" for c in root.children):
            # "The Kyrgyz president's press secretary": a role someone holds for another is not whoever spoke last.
            return _nearest(doc, entities, start, end, PERSON_LABELS, lower, ahead=False) or itself
        if lower in cues.PERSON_ROLES:
            bare = end - start == 2  # "the spokesman": any person named shortly after may be meant
            # (in the same paragraph: "The judge found …" is not the chief executive quoted in the next one)
            limit = _paragraph_end(doc, end)
            return (
                _nearest(doc, entities, start, end, PERSON_LABELS, lower, ahead=False)
                or _described_person(doc, start, lower, phrase)
                or _same_origin(
                    phrase, _continued_speaker(doc, entities, start, earlier_speakers, pronoun=None, office=lower)
                )
                or _nearest(doc, entities, start, end, PERSON_LABELS, lower, before=False)
                or (bare and _nearest(doc, entities, start, end, PERSON_LABELS, None, before=False, ahead_limit=limit))
                or itself
            )
        bodies = BODY_NAME_WORDS if lower in REGULATORS else None
        # "the main opposition party" is not the ruling party named a paragraph later: only a bare "the
        # foundation" may be a body the story names after it.
        bare = end - start == 2
        # (nor where what it says names such a body: in "The army said the Kachin Independence Army had shelled a
        # village. The Kachin Independence Army denied it", the army is neither)
        sentence_end = doc[root.sent.end - 1].idx
        ahead = bare and not _nearest(
            doc, entities, start, end, GROUP_LABELS, lower, words=bodies, before=False, ahead_limit=sentence_end
        )
        return _nearest(doc, entities, start, end, GROUP_LABELS, lower, words=bodies, ahead=ahead) or itself
    if end - start == 1 and lower in ASSOCIATES and root.tag_ in ("NNS", "NNPS"):
        principal = _principal(doc, entities, root)
        return f"{itself} of {principal}" if principal else itself
    if end - start == 1 and (root.ent_type_ == "PERSON" or (root.pos_ == "PROPN" and root.ent_type_ in ("", "ORG"))):
        # The tagger calls a lone surname anything ("Lynch" ORG), so any proper noun may be one.
        return _fuller_name(doc, entities, start, earlier_speakers) or itself
    return itself


# Posts a person is introduced in that no other office title refers back to ("candidate" may be a senator).
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Words read as a speaker's introduction ("its spokesman in Congress, Javier Gil").
MAX_INTRODUCTION_TOKENS = 10
# Words of a person's name that machine translation runs on after a body's country ("… of Ukraine Yuriy Ihnat").
MAX_NAME_AFTER_PLACE = 3


def _ends_in_name(phrase: Any) -> bool:
    """Whether a description closes with a person's name of two words or more and no comma before it, as
    machine translation writes "the head of the organisation Ketevan Abashidze" and "the Chief Minister of Tamil
    Nadu K. Ilango in Chennai" (where they spoke comes after the name)."""
    tokens = list(phrase)
    place = next(
        (t for t in tokens if t.dep_ == "prep" and t.lower_ in _WHERE_OR_TO_WHOM and t.i > phrase.root.i), None
    )
    if place is not None and place.head.ent_type_ == "PERSON":
        tokens = tokens[: place.i - phrase.start]
    role = phrase.root.pos_ == "NOUN" or phrase.root.lower_ in cues.PERSON_ROLES
    name = _closing_name_words(phrase, tokens, run_on=False)
    if name < 2:
        # "the spokesman of the Air Force of Ukraine Yuriy Ihnat", one organisation to the tagger: a name after a
        # country's, where the organisation's own name ended
        name = _closing_name_words(phrase, tokens, run_on=True)
        if not 2 <= name < len(tokens):
            return False
        return role and load_country_lexicon().country_in(tokens[-name - 1].text) is not None
    return name < len(tokens) and role


def _closing_name_words(phrase: Any, tokens: list[Any], *, run_on: bool) -> int:
    """How many capitalised proper nouns close the phrase after its root; with `run_on`, also words the tagger
    put inside an organisation's name, up to a country's name."""
    name = 0
    for token in reversed(tokens):
        in_organisation = run_on and token.ent_type_ == "ORG" and name < MAX_NAME_AFTER_PLACE
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            break
        if token.ent_type_ in NOT_PERSON_LABELS and not in_organisation:
            break
        if in_organisation and load_country_lexicon().country_in(token.text):
            break  # "Ukraine" ends the organisation's name
        if token.i <= phrase.root.i:
            break  # "The Wellingborough MP": the role itself is no part of a name
        name += 1
    return name


def _is_named(token: Any, after_role: bool) -> bool:
    """A person or organisation named by the tagger, not a phrase in apposition ("many of them conservative …");
    after a person's role, any name of several words ("The spokesperson …, Marta Ruiz Gallardo", which the
    tagger took for a place)."""
    if token.pos_ != "PROPN":
        return False
    several_words = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
    return token.ent_type_ in ("PERSON", "ORG") or (after_role and several_words)


def _principal(doc: Any, entities: Sequence[Any], associates: Any) -> str | None:
    """Whose allies or aides a bare "Allies said" means: the person their words are about, named or by
    pronoun ("Aides said Mr. Obama was haunted by …", "… Mrs May faces … Allies insisted she will push
    ahead"). Nothing else tells: the person named last before them is often someone else entirely."""
    verb = associates.head
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None) if associates.dep_ == "nsubj" else None
    subject = None if clause is None else next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    surnames = _surnames(entities)
    if subject.lower_ in ("he", "she"):
        # Whom the pronoun means by name: a description ("the premier") would leave the allies unplaced, and
        # a lone capitalised word the small tagger calls a person ("Brexit") is no one.
        named = next(
            (
                e
                for e in reversed(entities)
                if e.end <= subject.i
                and _is_person(e, surnames)
                and _gender_fits(e, subject.lower_)
                and _is_name(e)
                and (len(e) > 1 or _title(_mention(e)) in ALL_TITLES)
            ),
            None,
        )
    else:
        named = next((e for e in entities if e.start <= subject.i < e.end and _is_person(e, surnames)), None)
    return None if named is None else _mention(named)


def _relative_antecedent(relative: Any) -> Any:
    """Whom "who" stands for: the noun its clause hangs on, or, when that noun is one of a list of what someone
    is ("Trump is a serial liar, rampant xenophobe … and birther who has pledged …"), that someone — the list is
    the reporter's description, not a name."""
    hung_on = noun = _whole_name(relative.head.head)
    thing = noun.pos_ == "NOUN" and noun.lower_ not in cues.PERSON_ROLES and noun.ent_type_ not in PERSON_LABELS
    if relative.lower_ == "who" and (noun.ent_type_ in PLACE_LABELS or thing) and noun.dep_ == "pobj":
        # "Gulnara Abdyrakhmanova, a teacher in Kok-Tash, who said …", "an official familiar with the talks, who
        # asked …": a place or a thing is no "who"; the person is.
        person = next((t for t in noun.ancestors if _names_someone(t)), None)
        if person is not None:
            return person.head if person.dep_ == "appos" and person.head.ent_type_ == "PERSON" else person
    bare = noun.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children)
    if relative.lower_ == "who" and bare and noun.dep_ == "pobj":
        # "Bundy says to Santilli on camera, who responds …": a bare noun of how or where is nobody; the person
        # named before it is.
        before = noun.doc[noun.sent.start : noun.head.i]
        person = next((t for t in reversed(before) if t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "")), None)
        if person is not None:
            return person
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ != "attr":
        return hung_on
    verb = noun.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    return next((c for c in verb.children if c.dep_ == "nsubj"), hung_on)


def _names_someone(token: Any) -> bool:
    """A person's name, a phrase set beside one, or a role ("A Western diplomat in Tbilisi, who …")."""
    return bool(token.ent_type_ == "PERSON" or token.dep_ == "appos" or token.lower_ in cues.PERSON_ROLES)


def _whole_name(noun: Any) -> Any:
    """ "Doctors Without Borders, which …", "Bank of America, which …": the parse hangs the clause on the last
    word of a name with a preposition in it; the name's head is its first noun."""
    while (
        noun.dep_ == "pobj"
        and noun.pos_ == "PROPN"
        and noun.head.dep_ == "prep"
        and noun.head.head.text[:1].isupper()
        and noun.head.i == noun.head.head.i + 1
        and noun.left_edge.i == noun.head.i + 1
    ):
        noun = noun.head.head
    return noun


def _person_antecedent(doc: Any, entities: Sequence[Any], start: int, end: int) -> str | None:
    """He/she: the nearer of the last named person and the last person described by a role ("the plaintiff",
    "the water minister"); a name later in the same sentence only when neither exists ("Before he left, Smith
    said …"). A name with a title is a person whatever the entity tagger says ("Mr Farage"), and a title's
    gender rules it out for the other pronoun ("he" is not "Mrs May"); so is the bare surname of someone named
    in full before. A name that only modifies a thing ("the Rosenstein meeting") is not who "she" is."""
    pronoun = doc[start].lower_
    surnames = _surnames(entities)
    named = next(
        (
            e
            for e in reversed(entities)
            if e.end <= start
            and _is_person(e, surnames)
            and _gender_fits(e, pronoun)
            and not _modifies_a_thing(e)
            and not _addressed_before(e, doc[start])
        ),
        None,
    )
    untagged = _untagged_surname(doc, named.end if named is not None else 0, start, surnames)
    if untagged is not None:
        full = next((e for e in reversed(entities) if e.label_ in PERSON_LABELS and untagged in e.text), None)
        return _mention(full).removesuffix("'s").removesuffix("’s") if full is not None else untagged
    described = _described_token(doc, start, None)
    if described is not None and not _describes_antecedent(described, named, doc[start]):
        described = None
    if described is not None and (named is None or described.i >= named.end):
        return str(doc[slice(*speaker_tokens(described))].text)
    if named is not None:
        return _mention(named)
    # Not a name inside what the pronoun's own clause says ("He said Cruz would win" is not Cruz's claim).
    clause = doc[start].head
    outside = [e for e in entities if e.start < end or not clause.left_edge.i <= e.start <= clause.right_edge.i]
    return _nearest(doc, outside, start, end, PERSON_LABELS, None, ahead_limit=_sentence_end(doc[start]))


def possessor(doc: Any, index: int) -> str | None:
    """The person "his"/"her" at doc[index] stands for, found as "he"/"she" would be ("Two of Mondlane's aides were
    shot dead. His party blamed …"): a person named earlier in this sentence ("A court sentenced Imran Khan …, his
    party said"), or as a subject or an owner in the one before, even where the tagger missed the name there
    ("Clinton's rhetoric was milder than her campaign's, who criticized Sanders … Her campaign manager" is
    Clinton's), else whom "he"/"she" would stand for."""
    surnames = _surnames(doc.ents)
    sentence = doc[index].sent
    since = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[since:index]):
        named = token.pos_ == "PROPN" and (token.ent_type_ == "PERSON" or token.text in surnames)
        if named and (token.sent == sentence or token.dep_ in ("poss", "nsubj", "nsubjpass")):
            return str(token.text)
    return _person_antecedent(doc, doc.ents, index, index + 1)


def _addressed_before(entity: Any, pronoun: Any) -> bool:
    """ "In a pointed message to Mrs May, she added …": whom a message in the same sentence is addressed to is not
    who sends it."""
    root = entity.root
    return bool(
        root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "NOUN" and root.sent == pronoun.sent
    )


def _subject_over_noun_before(pronoun: Any) -> tuple[int, int] | None:
    """ "Pakistan urged Kabul to act against militants it says use Afghan soil": "it" in a relative clause
    without "that" on the noun before it is the subject of the clause that noun is in, not the noun named last
    ("Kabul"). The parse may have made "says" the main verb, so the clause is found from the noun up."""
    if pronoun.i == 0 or pronoun.dep_ != "nsubj" or cues.verb_lemma(pronoun.head.text) is None:
        return None
    noun = pronoun.doc[pronoun.i - 1]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj"):
        return None
    for clause in noun.ancestors:
        if clause.i > pronoun.i:
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            can_speak_as_body = subject.pos_ != "PRON" and _is_group(subject, plural=pronoun.lower_ != "it")
            return speaker_tokens(subject) if can_speak_as_body else None
    return None


def _aside_of_the_sentence_subject(pronoun: Any) -> tuple[int, int] | None:
    """ "The farmers demand restrictions on Ukrainian grain, which, as they claim, destroys the market": "they"
    in an aside ("as they claim") is the sentence's subject, a group, not the people named last ("Ukrainian")."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "advcl" or not any(c.lower_ == "as" for c in verb.children):
        return None
    subject = next((c for c in pronoun.sent.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > pronoun.i or subject.pos_ == "PRON":
        return None
    return speaker_tokens(subject) if _is_group(subject, plural=pronoun.lower_ != "it") else None


def _reporting_subject(pronoun: Any) -> tuple[int, int] | None:
    """ "38 percent said they thought …", "the ministry said it would …": it/they opening what a subject reports
    is that subject (its own pronouns aside)."""
    clause = pronoun.head
    reporter = clause.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or cues.verb_lemma(reporter.text) is None:
        return None
    subject = next((c for c in reporter.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or subject.tag_ in ("WDT", "WP"):
        return None
    return speaker_tokens(subject)


def _governing_subject(pronoun: Any) -> tuple[int, int] | None:
    """ "Clinton's campaign is seeking to contrast her approach with what they call …": it/they inside a clause
    whose governing clause has a group for its subject are that group, before any name further back."""
    if pronoun.head.dep_ == "parataxis":
        return None  # "The United States might have leaned …, they argue": the clause is what they say
    for clause in list(pronoun.ancestors)[1:]:
        if clause.pos_ in ("NOUN", "PROPN", "PRON"):
            return None  # "a lever it had": the pronoun's clause describes a thing; its subject is elsewhere
        subject = next((c for c in clause.children if _is_subject(c)), None)
        if subject is None:
            continue
        if subject.i > pronoun.i or subject.pos_ == "PRON" or subject.ent_type_ in PERSON_LABELS:
            return None
        return speaker_tokens(subject) if _is_group(subject, plural=pronoun.lower_ != "it") else None
    return None


def _previous_subject(pronoun: Any) -> tuple[int, int] | None:
    """ "In a filing with the regulator, the company said … It said it knew of no crashes": it/they opening a
    sentence carry on its predecessor's subject, not the last organisation named (here inside a phrase about the
    setting); only a subject that can speak as a body and agrees in number."""
    sentence = pronoun.sent
    if pronoun.dep_ != "nsubj" or pronoun.head != sentence.root or sentence.start == 0:
        return None
    before = pronoun.doc[sentence.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON" or not _is_group(subject, plural=pronoun.lower_ != "it"):
        return None
    if pronoun.lower_ == "it" and subject.tag_ in ("NNS", "NNPS"):
        return None
    return speaker_tokens(subject)


def _is_group(token: Any, plural: bool) -> bool:
    """A subject that can speak as a body: a named organisation, country or people, a definite noun for an
    institution ("the campaign", not "a terror campaign"), or for "they" any plural noun ("officers")."""
    if token.ent_type_ in GROUP_LABELS:
        return True
    if token.pos_ == "PROPN" and any(c.dep_ == "appos" and c.lower_ in cues.GROUP_NOUNS for c in token.children):
        return True  # "Live Nation, Ticketmaster's parent company," where the tagger found no organisation
    if token.pos_ != "NOUN" or token.lower_ in cues.PERSON_ROLES:
        return False
    if plural and token.tag_ == "NNS":
        return True
    definite = any(c.dep_ == "poss" or c.lower_ in ("the", "its", "their") for c in token.children)
    return token.lower_ in cues.GROUP_NOUNS and definite


def _continued_speaker(
    doc: Any,
    entities: Sequence[Any],
    start: int,
    earlier_speakers: Sequence[tuple[int, str]],
    pronoun: str | None,
    office: str | None = None,
) -> str | None:
    """He/she, or a description ("the former Ukip leader", "the Wellingborough MP"), after a named person was
    quoted, with no other person named since, is that person: news tells one speaker's words in a run and
    varies how it names them (‘Mr Farage told the rally … ‘This is …,’ he said’), while the tagger finds
    "people" in the quoted words ("Brexit", "Chequers"); `entities` here are those outside quotes. A
    description looks back one sentence only, a pronoun as far as nobody else is named; a description by an
    office (`office`) never continues someone named or introduced in another one."""
    speaker = next(((i, name) for i, name in reversed(earlier_speakers) if i < start), None)
    if speaker is None or (pronoun is not None and not _title_fits(speaker[1], pronoun)):
        return None
    if office in OFFICES and (
        _named_in_another_office(office, speaker[1]) or _introduced_in_another_office(doc, speaker[0], office)
    ):
        # "The mayor said" after "Union president Carl Novak"; "The minister defended …" after "said its
        # spokesman, Javier Gil"
        return None
    if pronoun is None:
        sentence = doc[start].sent
        previous_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        if speaker[0] < previous_start:
            return None
    speaker_sentence_end = doc[speaker[0]].sent.end
    surnames = _surnames(entities)
    named_since = any(
        speaker_sentence_end <= e.start
        and e.end <= start
        and _is_person(e, surnames)
        and _gender_fits(e, pronoun or "")
        for e in entities
    )
    # "Ruto, speaking at a rally, struck a defiant tone": a surname the tagger left untagged, opening a sentence
    surname_since = any(
        t.pos_ == "PROPN" and t.text in surnames and t.text not in speaker[1].split() and not _inside_double_quotes(t)
        for t in doc[speaker_sentence_end:start]
    )
    return None if named_since or surname_since else speaker[1]


def is_person_name(doc: Any, start: int, end: int, resolved: str) -> bool:
    """Whether doc[start:end] names a person: titled ("Mr Farage", "Mrs May"), or known by two names or more
    and tagged as a person here or where the full name was written ("Sanders", once "Sarah Sanders" was
    named, though the tagger calls this one an organisation; a lone "Azerbaijan" in a subheading that the
    tagger takes for a person is not one)."""
    phrase = doc[start:end]
    if _title(phrase[0].text) in ALL_TITLES:
        return True
    if len(resolved.split()) < 2:
        return False
    # "Police spokeswoman Resila Onyango": a role before a proper name makes it a person's, whatever the tagger says.
    role = any(token.lower_ in cues.PERSON_ROLES for token in phrase[:-1]) and phrase[-1].pos_ == "PROPN"
    # "Helena Strand, a Central Asia researcher at …": a person's role in apposition, whatever the tagger says.
    described = any(c.dep_ == "appos" and c.lower_ in cues.PERSON_ROLES for c in phrase.root.children)
    # "Ferreira's agent, Rodrigo Paiva": a description given a name after it.
    described = described or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in phrase.root.children)
    # "… Farmers' Federation S. Ranganathan": an initial before a closing proper noun writes a person's name.
    initialled = len(phrase) > 2 and INITIAL.fullmatch(phrase[-2].text) is not None and phrase[-1].pos_ == "PROPN"
    person = phrase.root.ent_type_ == "PERSON" or phrase[-1].text in _surnames(doc.ents)
    return role or described or initialled or person


def _is_person(entity: Any, surnames: frozenset[str] = frozenset()) -> bool:
    """Tagged as a person, titled, or the surname of a person named in full elsewhere (`surnames`); no name
    holds a figure ("COP29", which the tagger may take for one)."""
    if any(character.isdigit() for character in entity.text):
        return False
    return entity.label_ in PERSON_LABELS or _title(_mention(entity)) in ALL_TITLES or entity.text in surnames


def _modifies_a_thing(entity: Any) -> bool:
    root = entity.root
    return bool(root.dep_ == "compound" and root.head.pos_ == "NOUN")


def _untagged_surname(doc: Any, since: int, start: int, surnames: frozenset[str]) -> str | None:
    """The last surname of someone named in full before, written alone as a subject between `since` and `start`
    where the tagger saw no name ("Ruto, speaking at a rally in Kisii, struck a defiant tone")."""
    subjects = (
        t
        for t in reversed(doc[since:start])
        if t.pos_ == "PROPN" and t.text in surnames and t.dep_ == "nsubj" and not t.ent_type_
    )
    found = next((t for t in subjects if not _inside_double_quotes(t)), None)
    return None if found is None else str(found.text)


def _surnames(entities: Sequence[Any]) -> frozenset[str]:
    """The last names of people the text names in full ("Sanders" from "Sarah Sanders")."""
    names = (e[:-1] if e[-1].tag_ == "POS" else e for e in entities if e.label_ in PERSON_LABELS)
    return frozenset(name[-1].text for name in names if len(name) > 1)  # "William Ruto's" gives "Ruto"


def _gender_fits(entity: Any, pronoun: str) -> bool:
    return _title_fits(_mention(entity), pronoun)


def _title_fits(name: str, pronoun: str) -> bool:
    """Whether the title opening `name` allows `pronoun` ("he" is not "Mrs May"); untitled names allow both."""
    title = _title(name)
    words = {word.lower() for word in name.split()}
    if pronoun in ("he", "him", "his"):
        return title not in FEMALE_TITLES and not words & FEMALE_ROLES
    if pronoun in ("she", "her"):
        return title not in MALE_TITLES and not words & MALE_ROLES
    return True


def _title(name: str) -> str:
    """The first word of a name, where a title stands ("mrs" in "Mrs May", "dr" in "Dr. Oz"); "" for none."""
    words = name.split()
    return words[0].lower().rstrip(".") if words else ""


def _described_person(doc: Any, start: int, role: str, phrase: Any) -> str | None:
    """An earlier mention with the same role noun: "the spokesman" → "The Sudanese government spokesman"; but
    "The U.S. ambassador in Manila" is not "China's deputy ambassador": where both name a place or a people,
    they must share one."""
    described = _described_token(doc, start, role)
    if described is None:
        return None
    mention = doc[slice(*speaker_tokens(described))]
    countries, earlier = _countries(phrase), _countries(mention)
    return None if countries and earlier and not countries & earlier else str(mention.text)


def _same_origin(phrase: Any, speaker: str | None) -> str | None:
    """The previous speaker, unless the description names a country that the speaker's name does not: "The U.S.
    ambassador in Manila" after "Foreign Affairs Undersecretary Teresita Magbanua" is someone else ("the
    California congressman" after Rep. Adam Schiff is not)."""
    if speaker is None:
        return None
    countries = _countries(phrase)
    named = load_country_lexicon().country_in(speaker)
    return speaker if not countries or named in countries else None


def _named_in_another_office(office: str, name: str) -> bool:
    """Whether a speaker's name carries an office other than `office` ("Union president Carl Novak" is no
    mayor); a name without an office may hold it."""
    held = {word for word in re.findall(r"[a-z]+", name.lower()) if word in OFFICES}
    return bool(held) and office not in held


def _introduced_in_another_office(doc: Any, index: int, office: str) -> bool:
    """Whether the speaker phrase starting at token `index` ("its spokesman, Javier Gil") gives its person an
    office other than `office`; the phrase runs to its verb."""
    words = set()
    for token in doc[index : index + MAX_INTRODUCTION_TOKENS]:
        if token.pos_ in ("VERB", "AUX") or token.text in (".", ";", ":"):
            break
        words.add(token.lower_)
    held = words & (OFFICES | SPOKESPEOPLE)
    return bool(held) and office not in held


def _countries(phrase: Any) -> set[str]:
    """The countries a phrase names by a place or a people ("U.S.", "China's", "Azeri")."""
    lexicon = load_country_lexicon()
    return {country for t in phrase if t.ent_type_ in ORIGIN_LABELS and (country := lexicon.country_in(t.text))}


def _described_token(doc: Any, start: int, role: str | None) -> Any:
    """The last singular role noun (`role`, or any person role) in the few sentences before `start`."""
    for token in reversed(doc[max(0, start - DESCRIBED_LOOKBACK_TOKENS) : start]):
        if token.tag_ != "NN" or token.ent_type_ or _inside_double_quotes(token):
            continue  # (‘“… who the next president will be,” he said’: a role in someone's words describes nobody)
        if token.lower_ == role or (role is None and token.lower_ in cues.PERSON_ROLES):
            return token
    return None


def _conjoined_subject(
    doc: Any, entities: Sequence[Any], pronoun: Any, earlier_speakers: Sequence[tuple[int, str]]
) -> str | None:
    """ "Reid said both Rubio and Cruz are …, but he gave the Texan …": he/she right after "but" or "and", in a
    sentence that opened with a named person's cue, is that person, not the last name in what they said."""
    if pronoun.i == 0 or doc[pronoun.i - 1].lower_ not in ("but", "and") or pronoun.dep_ != "nsubj":
        return None
    for verb in doc[pronoun.sent.start : pronoun.i]:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or cues.verb_lemma(verb.text) is None:
            continue
        if subject.pos_ != "PROPN" or subject.ent_type_ not in ("PERSON", ""):
            return None
        start, end = speaker_tokens(subject)
        start = next((t.i for t in doc[start:end] if t.pos_ == "PROPN"), start)  # not "a dynamic Greenberg"
        name = resolve(doc, start, end, entities, earlier_speakers)
        return name if _title_fits(name, pronoun.lower_) else None
    return None


def _inside_double_quotes(token: Any) -> bool:
    """Whether an odd number of double quotation marks stand between the start of the token's line and it."""
    marks = 0
    for before in reversed(token.doc[: token.i]):
        if ends_line(before):
            break
        marks += before.text in _DOUBLE_QUOTE_MARKS
    return marks % 2 == 1


def _describes_antecedent(described: Any, named: Any, pronoun: Any) -> bool:
    """Whether a role noun can be what he/she stands for: a subject can; otherwise it must introduce someone
    ("the minister", "its spokesman"; not a bare "president" or the "chief" of "commander in chief"), and the
    pronoun's own sentence must not have a named person for its subject ("Gen. Ham is speaking out about the
    problems he has with the commander in chief")."""
    if _is_subject(described):
        return True
    if not any(child.dep_ in ("det", "poss") for child in described.children):
        return False
    return named is None or not (_is_subject(named.root) and named.root.sent == pronoun.sent)


def _is_subject(token: Any) -> bool:
    return bool(token.dep_ in ("nsubj", "nsubjpass"))


def ends_line(token: Any) -> bool:
    """Whether a line break is in the token or right after it."""
    return "\n" in token.text or "\n" in token.whitespace_


def _paragraph_end(doc: Any, index: int) -> int:
    """The character offset where the paragraph holding token `index` ends."""
    for token in doc[index:]:
        if ends_line(token):
            return int(token.idx + len(token.text))
    return int(doc[-1].idx + len(doc[-1].text)) if len(doc) else 0


def _sentence_end(token: Any) -> int:
    """Where the token's sentence ends: its last word, not the line break the parse may end it with."""
    words = [t for t in token.sent if not t.is_space] or [token]
    return int(words[-1].idx + len(words[-1].text))


def _nearest(
    doc: Any,
    entities: Sequence[Any],
    start: int,
    end: int,
    labels: frozenset[str],
    word: str | None,
    *,
    before: bool = True,
    ahead: bool = True,
    ahead_limit: int | None = None,
    words: frozenset[str] | None = None,
) -> str | None:
    """The closest entity before the phrase (else shortly after it, up to the character `ahead_limit`) with a
    fitting label and, if given, word (or one of `words` in its name); a place named as where something
    happened ("met in Singapore, when they agreed") is a setting, not who speaks."""

    def fits(entity: Any) -> bool:
        if entity.label_ not in labels or _is_setting(entity) or is_channel(entity):
            return False
        if words is not None:
            return bool(words & {token.lower_ for token in entity})
        # "the company" is "… Acme Company", or "the … company Seaborne Risk Analytics" named by its kind (not
        # "the nominee" for "vice presidential nominee Tim Kaine": a role is no kind of body).
        kind_before = (
            entity.label_ == "ORG"
            and word in KINDS_NAMED_BEFORE
            and entity.start > 0
            and doc[entity.start - 1].lower_ == word
        )
        # a whole word: "the mission" is no "Commission"; and the name's head, not a word describing another
        # ("the government" is no "Government Palace", but is the "Government of India")
        # (a person's title comes before the name: "the Azeri president" is "President Ilham Aliyev")
        head = "" if entity.label_ == "PERSON" else _AS_HEAD
        named = word is None or re.search(rf"\b{re.escape(word)}\b{head}", _mention(entity).lower()) is not None
        return named or kind_before

    if before:
        for entity in reversed(entities):
            if entity.end <= start and fits(entity):
                return _mention(entity)
    if not ahead:
        return None
    limit = doc[end - 1].idx + LOOKAHEAD_CHARS if ahead_limit is None else ahead_limit
    for entity in entities:
        if entity.start >= end and doc[entity.start].idx <= limit and fits(entity):
            return _mention(entity)
    return None


def _is_setting(entity: Any) -> bool:
    root = entity.root
    return bool(
        entity.label_ in ("GPE", "LOC", "FAC") and root.dep_ == "pobj" and root.head.lower_ in SETTING_PREPOSITIONS
    )


# How a word ends a name or heads it: "… Ministry", "Ministry of …", "… Company Ltd."; not "Government Palace".
_AS_HEAD = r"(?:\W*$|\s+(?:of|for|on|to|and)\b|\s+(?:inc|corp|ltd|plc|llc|ag|sa|gmbh|co|group|holdings)\.?$)"
# What is posted or said on a platform: "In a post on Telegram, the group said", "wrote on X", "a video on YouTube".
_POSTED_ON = frozenset({"message", "messages", "video", "videos", "channel", "account", "page", "website", "site"})
_POSTING_VERBS = frozenset({"post", "write", "say", "tweet", "publish", "announce", "share", "upload"})


def is_channel(entity: Any) -> bool:
    """A platform something was posted on ("In a post on Telegram, the group said"), which is no speaker "the
    group" or "the company" can refer to."""
    root = entity.root
    if root.dep_ != "pobj" or root.head.lower_ not in ("on", "via"):
        return False
    posted = root.head.head
    # (the cue lexicon's lemma first: the sides stage parses without the lemmatizer)
    lemma = cues.verb_lemma(posted.text) or posted.lemma_
    return posted.lower_ in cues.DOCUMENT_NOUNS | _POSTED_ON or (posted.pos_ == "VERB" and lemma in _POSTING_VERBS)


def _fuller_name(
    doc: Any, entities: Sequence[Any], index: int, earlier_speakers: Sequence[tuple[int, str]] = ()
) -> str | None:
    """ "Caddell" → "Pat Caddell" when an earlier person mention ends with the same word. Two people may share
    it: the last of them named as a speaker comes first ("Bill Clinton said … his wife Hillary Clinton …
    Clinton said"), then the one named first, whom the story is about ("Hillary Clinton campaigned … her
    husband, Bill Clinton … Clinton highlighted")."""
    surname = doc[index].text
    fuller = [
        e
        for e in entities
        if e.end <= index and e.label_ == "PERSON" and len(e) > 1 and e[-1].text == surname and _is_name(e)
    ]
    spoke = [e for e in fuller if _named_as_speaker(e, earlier_speakers)]
    chosen = spoke[-1:] or fuller[:1]
    if chosen:
        return _mention(chosen[0])
    # "Ferreira's agent, Rodrigo Paiva, said …" then "Paiva said": a speaker's full name the tagger missed; with
    # two surnames, the first is the one used alone ("Marta Ruiz Gallardo" then "Ruiz").
    quoted = [name for at, name in earlier_speakers if at < index and surname in name.split()[1:]]
    return quoted[-1] if quoted else None


def _is_name(entity: Any) -> bool:
    """A few capitalised words: "Martin O’Malley", not the tagger's "pro-Clinton" or a title-case headline
    ("Hillary Clinton Slams Donald Trump")."""
    return len(entity) <= MAX_NAME_TOKENS and all(token.text[:1].isupper() for token in entity)


def _named_as_speaker(entity: Any, earlier_speakers: Sequence[tuple[int, str]]) -> bool:
    """Whether a speaker phrase ends with this mention as its head ("pollster Pat Caddell said"), not as the
    object of a preposition ("A spokeswoman for Hillary Clinton said")."""
    after_preposition = entity.start > 0 and entity.doc[entity.start - 1].pos_ == "ADP"
    return not after_preposition and any(
        i <= entity.start and name.endswith(entity.text) for i, name in earlier_speakers
    )
