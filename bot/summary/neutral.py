"""Neutral wording: a claim becomes one attributed point, loaded verbs and framing removed, quotes left
verbatim.

Everything between quote marks is the source's own words and is never touched; only the text outside quotes is
rewritten (loaded reporting verbs → "said", framing adjectives dropped, "regime" → "government"). Shortening
cuts at a clause boundary, and a quote cut short is closed right after the last kept word, so every quoted
string in the summary still occurs verbatim in the article."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bot.attribution.claims.answers import ANSWERED_NOUNS, is_answer
from bot.attribution.cues import (
    FINDINGS_PREPOSITIONS,
    NOUN_CUES,
    PERSON_ROLES,
    SOURCE_PREPOSITIONS,
    TOPIC_PREPOSITIONS,
    VIEW_PREPOSITIONS,
    active_past,
    verb_lemma,
)
from bot.attribution.parties import BRACKETED_ACRONYM, load_country_lexicon
from bot.attribution.quotes import find_quotes, opens_after_a_word
from bot.attribution.relays import claim_extent
from bot.attribution.speaker_words import (
    BARE_VOICES,
    BODY_NAME_ENDS,
    NAME_PARTICLES,
    ORGANISATION_NOUNS,
    REFERRING_NOUNS,
)
from bot.attribution.speakers import FEMALE_ROLES, FEMALE_TITLES, MALE_ROLES, MALE_TITLES
from bot.domain import Claim, Span
from bot.summary.lexicon import (
    CHARACTERISING_NOUN_CUES,
    DANGLING_WORDS,
    FRAMING_REPLACEMENTS,
    FRAMING_WORDS,
    LOADED_VERB_FORMS,
    NEUTRAL_CUE_FORMS,
    NEUTRAL_CUE_LEMMAS,
    VERB_REPLACEMENTS,
)

# Words of a quote that a cut may still keep past the word limit, so the quote is not cut short.
QUOTE_TAIL_WORDS = 4
# What an estimate puts something at: "the crowd at more than 100,000", "the cost at $2 billion".
PUT_AT_FIGURE = re.compile(r"\sat\s+(?:[a-z]+\s+){0,3}?[$€£]?\d")
# Verbs of saying that need their words to be a sentence, so never lead into a noun phrase.
PLAIN_SAYING = frozenset({"say", "tell", "add", "according"})
# Verbs right after "that" which make it a pronoun ("and that is …"), not a conjunction.
_VERB_AFTER_PRONOUN = r"(?:is|was|will|would|has|had|could|can|may|might|should|must|means|meant)\b"
# Words before a cue that make it a noun ("its demand", "the claim").
CUE_DETERMINERS = frozenset({"its", "their", "his", "her", "our", "the", "a", "an", "this"})
# Words that mark a clause rather than a noun phrase: auxiliaries, past and participle forms, "that", negation.
CLAUSE_MARK = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|has|have|had|will|would|can|could|shall|should|may|might|must|do|"
    r"does|did|that|not|\w+ed|\w+n't|\w+'[sd]|\w+’[sd])\b"
)
OPENING_QUOTES = {"“": "”", '"': '"', "«": "»", "‘": "’", "'": "'"}
# A quote mark, but not an apostrophe within a word ("didn't").
QUOTE_MARK = re.compile(r"[“”\"«»]|(?<!\w)['‘’]|['‘’](?!\w)")
TRAILING_CLOSING_MARK = re.compile(r"[,.]?[’'\"”»]$")
# The comma a quote ends with before its cue clause ("we will not retreat,” the minister said).
INNER_COMMA = re.compile(r",(?=[’'\"”»]+$)")
# An auxiliary written onto the word before it, as a cue can begin: "'s not going to vote", "’ll veto".
LEADING_CLITIC = re.compile(r"^['’](s|re|ll|ve|d)(?=\s)", re.IGNORECASE)
CLITICS = {"s": "is", "re": "are", "ll": "will", "ve": "have", "d": "would"}
PARTICIPLE_ENDING = re.compile(r"(?:ed|en|wn)$")
# A quoted stretch: double quotes of any style (typewriter ''…'' too), or single quotes that open and close at
# word edges ('feel the heat').
QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|''.*?''|(?<!\w)‘[^’]*’(?!\w)|(?<![\w'])'[^']+'(?![\w'])")
DETERMINERS_BEFORE_ADJECTIVE = frozenset({"a", "an", "the", "his", "her", "their", "its"})
WORD_TOKEN = re.compile(r"[\w’'-]+")
CLAUSE_BREAK = re.compile(r"[,;:—–]\s|\s[-…]\s")
# Words that open a phrase of time, place or source before a sentence's subject ("On Monday, …").
OPENING_PHRASE = re.compile(
    r"^\W*(?:on|in|at|during|after|before|since|by|following|amid|despite|according|over|under|with|without|from|"
    r"earlier|later|last|overnight)\b",
    re.IGNORECASE,
)
# A sentence's last word and its closing mark, before the next sentence's capital.
SENTENCE_END = re.compile(r"(?P<word>[\w’']+)[.!?](?=\s+[«\"“„‘']?[A-Z])")
ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sen", "rep", "gov", "prof", "jr", "sr"})
# Where a phrase can end when no clause break is near: before a preposition or a subordinating word.
PHRASE_BREAK = re.compile(
    r"\s(?=(?:in|on|at|near|after|before|during|with|without|from|for|by|over|under|following|amid|despite|"
    r"because|while|although|since|when|where|which|who)\s)"
)
# Verbs that name what something is, and the relative pronoun (with the speaker) that stood for that thing
# before the verb ("…, which he called a terrorist attack"; not "that", which also opens what was said).
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term"})
RELATIVE_BEFORE_CUE = re.compile(r"\bwhich\s+(?:[\w'’.-]+\s+){0,4}?$")
# Inside a quote a relative "that" opens a phrase too ("an act that put lives at risk").
QUOTED_PHRASE_BREAK = re.compile(rf"{PHRASE_BREAK.pattern}|\s(?=that\s)")
MAX_SPEAKER_WORDS = 8
# A body's capitalised name (two words or more) and where it works: "… Observer Group in India and Pakistan".
BODY_IN_PLACE = re.compile(r"(?P<body>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+)\s+in\s+[A-Z]")
# "An " or "a " opening a speaker phrase, with the word after it, whose sound the article must fit.
INDEFINITE_ARTICLE = re.compile(r"^(?P<article>[Aa]n?) (?P<word>\w+)")
# Words inside an institution's name, after which capitalised words go on naming it ("University of Cape Town").
NAME_CONTINUERS = frozenset({"of", "for", "the", "and", "de"})
# Words after a side's name that make it the head of the phrase ("the administration of the plant"), not a
# modifier of a role that follows ("the administration spokesman").
HEAD_OF_PHRASE_LINKS = frozenset({"of", "for", "in", "at", "on", "from", "and", "or"})
# " in the", " of the": where a speaker's place or body begins ("… in the separatist region", "… of the Russian
# Federation"), dropped from there on when it repeats the side.
LOCATIVE_TAIL = re.compile(r"\s(?:in|at|from|of)\s(?:the\s)?")
STEM_LETTERS = 6
MAX_POINT_CHARS = 400
# Words between a cue set inside a sentence and the comma that closes its aside ("said earlier in the hearing,").
MAX_ASIDE_TAIL_WORDS = 6
# Words that begin a new subject (or an apposition, "more than twice …") after a cue's aside.
CLAUSE_OPENERS = frozenset(
    {"the", "a", "an", "he", "she", "it", "they", "we", "i", "one", "there", "this", "these", "those"}
    | {"his", "her", "their", "its", "our", "more", "less", "most", "some"}
)
COORDINATORS = frozenset({"and", "or", "but"})
NEGATIONS = frozenset({"not", "never", "no"})
JOINERS = COORDINATORS | {"that", "which", "who", "whom", "whose"}
# What may follow "said" (a clause, its "that", a quote, or nothing): after anything else, "alleges fraud",
# "admitted to lying", "claimed victory", the loaded verb stays, because "says fraud" is no sentence.
SAID_FOLLOWERS = CLAUSE_OPENERS | {"that", "no", "all", "both", "every", "each", "several", "many", "you", "my"}
AFTER_VERB = re.compile(r"(?:\s+\w+ly\b)*\s*(?P<next>[\w’'-]+|\S)?")


@dataclass(frozen=True)
class Segment:
    """A stretch of text, either quoted (verbatim) or the reporter's words (rewritable)."""

    text: str
    quoted: bool


# What a point about the topic of a characterising noun cue opens with ("spoke about the moderators").
TOPIC_LEAD = "spoke about"


def segments(text: str) -> list[Segment]:
    parts: list[Segment] = []
    position = 0
    for match in QUOTED.finditer(text):
        if match.start() > position:
            parts.append(Segment(text[position : match.start()], quoted=False))
        parts.append(Segment(match.group(), quoted=True))
        position = match.end()
    if position < len(text):
        parts.append(Segment(text[position:], quoted=False))
    return parts


def neutralize(text: str) -> str:
    """The text with loaded verbs and framing words replaced or dropped outside quotes."""
    return "".join(part.text if part.quoted else _neutralize_unquoted(part.text) for part in segments(text))


def _neutralize_unquoted(text: str) -> str:
    for phrase, neutral in VERB_REPLACEMENTS.items():
        if " " in phrase:
            text = re.sub(rf"\b{phrase}\b", neutral, text, flags=re.IGNORECASE)

    def replace_word(match: re.Match[str]) -> str:
        word = match.group()
        lowered = word.lower()
        if lowered == "alleged" and _follows_determiner(text, match.start()):
            return word  # "the alleged attacker": a hedge, not a reporting verb
        if lowered in LOADED_VERB_FORMS and not said_fits(text, match.end()):
            return word
        neutral = LOADED_VERB_FORMS.get(lowered) or VERB_REPLACEMENTS.get(lowered)
        if lowered in FRAMING_REPLACEMENTS and _describes_a_system(text, match.start()):
            return word
        neutral = neutral or FRAMING_REPLACEMENTS.get(lowered)
        if neutral is None:
            return word
        return neutral.capitalize() if word[:1].isupper() else neutral

    text = WORD_TOKEN.sub(replace_word, text)
    return _drop_framing(text)


def _describes_a_system(text: str, at: int) -> bool:
    """ "the disciplinary regime for judges", "a sanctions regime": a lowercase word before "regime" makes it a
    set of rules, not a government called so ("the Assad regime", "Syria's regime", "the regime")."""
    previous = _word_before(text, at)
    ordinary = previous.lower() not in DETERMINERS_BEFORE_ADJECTIVE | FRAMING_WORDS | {"this", "that", "military"}
    return previous[:1].islower() and ordinary


def said_fits(text: str, at: int) -> bool:
    """Whether "said" can take the place of the verb ending at `at`: what follows it (past adverbs) is the end,
    punctuation, a quote, a name, a number or a word that opens a clause."""
    following = AFTER_VERB.match(text, at)
    word = following.group("next") if following else None
    if not word or not word[0].isalnum():
        return True
    return word[0].isupper() or word[0].isdigit() or word.lower() in SAID_FOLLOWERS


def _follows_determiner(text: str, at: int) -> bool:
    return _word_before(text, at).lower() in DETERMINERS_BEFORE_ADJECTIVE


def _word_before(text: str, at: int) -> str:
    """The word that ends before position `at` ("" at the start)."""
    before = text[:at].split()
    return before[-1] if before else ""


def _drop_framing(text: str) -> str:
    """Remove framing adjectives and fix the article before them ("an embattled leader" → "a leader")."""

    def drop(match: re.Match[str]) -> str:
        article = match.group("article")
        if not article:
            return ""
        following = match.group("next")
        fitting = "an" if following and following.lower() in "aeiou" else "a"
        fitting = fitting.capitalize() if article[0].isupper() else fitting
        return fitting + " "

    return re.sub(r"  +", " ", _framing_pattern().sub(drop, text))


@cache
def _framing_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in sorted(FRAMING_WORDS, key=len, reverse=True))
    return re.compile(rf"(?:\b(?P<article>[Aa]n?)\s+)?\b(?:{words})\b\s*(?=(?P<next>\w)?)", re.IGNORECASE)


def has_framing(text: str) -> bool:
    """Whether any framing word stands outside quotes (the summary must not carry the reporter's framing)."""
    pattern = _framing_pattern()
    return any(pattern.search(part.text) for part in segments(text) if not part.quoted)


def loaded_verbs_outside_quotes(text: str) -> list[str]:
    """Loaded reporting verbs the text uses in its own voice (for tests and the evaluation)."""
    found = []
    for part in segments(text):
        if part.quoted:
            continue
        for match in WORD_TOKEN.finditer(part.text):
            lowered = match.group().lower()
            if lowered in LOADED_VERB_FORMS or lowered in VERB_REPLACEMENTS:
                if lowered == "alleged" and _follows_determiner(part.text, match.start()):
                    continue
                if verb_lemma(lowered) == "claim" and not said_fits(part.text, match.end()):
                    continue  # "claimed responsibility": laying claim to a thing (see `_lays_claim`)
                found.append(match.group())
    return found


def quoted_strings(text: str) -> list[str]:
    """The inside of every quoted stretch, for checking that each occurs verbatim in the source."""
    found = []
    for part in segments(text):
        if part.quoted and len(part.text) > 2:
            inner = part.text[1:]
            if inner and inner[-1] in ("”", '"', "»", "’", "'"):
                inner = inner[:-1]
            if inner.strip():
                found.append(inner)
    return found


def strip_relay_tags(text: str, conduits: tuple[str, ...]) -> str:
    """Drop "…, reports AFP" / "…, Reuters reports" / "according to AP": the relay is named once, at the
    end."""
    for name in conduits:
        outlet = re.escape(name)
        before = rf"(?:reports?|reported|said|according to)\s+(?:the\s+)?{outlet}"
        after = rf"(?:the\s+)?{outlet}\s+(?:reports?|reported|said)"
        text = re.sub(rf",?\s*(?:{before}|{after})\b", "", text)
    return text


# Auxiliaries that open a passive cue ("was announced", "has been reported").
PASSIVE_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "being", "be"})


def point_text(
    claim: Claim, source: str, max_words: int, conduits: tuple[str, ...] = (), *, pointer: bool = False
) -> str:
    """ "denied the incident"; "its troops were attacked …"; "“there is no way …”" — the cue shown only
    when it is a speech act with content of its own, the content verbatim from the source, shortened at a
    clause edge. An answer told right after what it answers is a `pointer` ("rejects the charge")."""
    paragraphs = _without_cue_clause(claim, source).split("\n\n")
    content = paragraphs[0].strip()
    if (
        len(paragraphs) > 1
        and content[:1] in OPENING_QUOTES
        and not any(q.span.start == 0 for q in find_quotes(content))
    ):
        # A quote that runs on into the next paragraph ('I am simply saying: … the people.\n\n'Chequers is …')
        # is shown by its first paragraph, closed there.
        content += OPENING_QUOTES[content[0]]
    if is_answer(claim) and (pointer or _answers_an_accusation(claim, source)):
        # "Ukraine accused Russia of shelling the plant, an allegation Moscow dismissed": "dismissed the allegation"
        return _finish_sentence(neutralize(_answer_lead(claim, " ".join(claim.cue.split()), source, pointer=True)))
    lead = _speech_act_lead(claim, source)
    if not lead and content.startswith("to ") and not claim.quote:
        # "The Houthis claimed to have shot down a drone": "said to have shot down" would turn the claim into a
        # rumour, so the infinitive becomes a clause ("they had shot down"), or the verb stays where no pronoun
        # for the speaker is known.
        clause = _infinitive_as_clause(claim, content)
        content, lead = (clause, "") if clause is not None else (content, " ".join(claim.cue.split()))
    if not lead or lead.endswith(" that"):
        content = re.sub(r"^that\s+", "", content)  # (and not "rejected the claim that that …")
    if not lead:
        # ("and that is their choice": a "that" before its own verb is a pronoun, and stays)
        seconds = list(re.finditer(r",?\s+(?P<joint>and|but) that\s+(?!" + _VERB_AFTER_PRONOUN + r")", content))
        if len(seconds) == 1 and not _inside_quote(content, seconds[0].start()):
            # "said the toll was 298 and that cases had fallen" shown without "said": "the toll was 298 and
            # cases had fallen"; the second "that" hung on the verb that is no longer shown (words in quote
            # marks stay as they were said; a third clause keeps both, which read alike).
            content = f"{content[: seconds[0].start()]} {seconds[0].group('joint')} {content[seconds[0].end() :]}"
    if (claim.quote or _quoted_in_source(claim, source)) and content[:1] not in OPENING_QUOTES:
        # A quote continued from an earlier paragraph keeps only its closing mark ("… a good Brexit,'").
        words = TRAILING_CLOSING_MARK.sub("", content.rstrip()).rstrip(",. ")
        content = f"“{words}”"
    gap = _gap_to_content(claim, source)
    whole_quote = content[:1] in OPENING_QUOTES and content.rstrip(" .,")[-1:] == OPENING_QUOTES[content[:1]]
    if lead and whole_quote and not lead.endswith(":") and not (gap or "").strip(",: "):
        # 'declared: "We will not leave the streets …"' (but 'warned that "…"', and 'blamed "gangs" for the blast')
        lead += ":"
    body = f"{lead} {content}" if lead else content
    body = shorten(neutralize(strip_relay_tags(body, conduits)), max_words)
    return _finish_sentence(body + open_quote_closer(body))


def denial_text(cue: str, denied: str, max_words: int) -> str:
    """ "denied ignoring the warnings for two years": a denial told with what it denies, in the source's words."""
    cue = " ".join(cue.split())
    return _finish_sentence(shorten(neutralize(f"{cue[:1].lower()}{cue[1:]} {denied}"), max_words))


def _without_cue_clause(claim: Claim, source: str) -> str:
    """The content as written, but without its own cue where the cue interrupts it: a quote (‘“We will not
    retreat,” the minister said, “and we will win.”’) keeps only its quoted halves, other words lose the aside
    (see `_cue_aside`). The point already names the speaker."""
    start, end = claim.content_span.start, claim.content_span.end
    cue = claim.cue_span
    if cue is None or not start < cue.start < cue.end < end:
        return source[start:end]
    aside = _cue_aside(claim, source)
    if aside is not None:
        before, after = source[start : aside.start].rstrip(), source[aside.end : end].lstrip()
        # "Climate change, he said, is …" closes up; "In recent days, advisers say, the president has …" keeps
        # the comma that ended the opening phrase, as does a name or a pronoun after the aside.
        first = after.split(" ", 1)[0]
        joint = ", " if first.lower() in CLAUSE_OPENERS or first[:1].isupper() else " "
        return before + joint + after
    parts = segments(source[start:end])
    kept: list[str] = []
    position = start
    in_cue_clause = False
    for index, part in enumerate(parts):
        part_start, position = position, position + len(part.text)
        interrupts = not part.quoted and 0 < index < len(parts) - 1 and part_start <= cue.start and cue.end <= position
        if interrupts and parts[index - 1].quoted and parts[index + 1].quoted:
            kept[-1] = INNER_COMMA.sub("", kept[-1])
            kept.append(" … ")
            in_cue_clause = True
        elif in_cue_clause and (not part.quoted or opens_after_a_word(source, part_start)):
            continue  # ‘said Sunday on NBC's “Meet the Press.” “B.”’: the show is named in the cue clause
        else:
            in_cue_clause = False
            kept.append(part.text)
    return "".join(kept)


def _cue_aside(claim: Claim, source: str) -> Span | None:
    """The stretch ", the union said," or ", as one adviser pointed out," that a cue and its speaker make
    inside words that are not quoted ("The bank, the union said, had broken its promise"): the point already
    names the speaker, so the words are shown without it. None when the cue is not set off by commas there."""
    cue = claim.cue_span
    if cue is None or not claim.content_span.start < cue.start < claim.content_span.end:
        return None
    first, last = cue.start, cue.end
    if claim.speaker_span is not None and claim.content_span.start < claim.speaker_span.start:
        first, last = min(first, claim.speaker_span.start), max(last, claim.speaker_span.end)
    opening = source.rfind(",", claim.content_span.start, first)
    closing = source.find(",", last, claim.content_span.end)
    if opening < 0 or closing < 0:
        return None
    before, after = source[opening + 1 : first], source[last:closing]
    if before.strip().lower() not in ("", "as") or len(after.split()) > MAX_ASIDE_TAIL_WORDS:
        return None
    if any(mark in source[opening:closing] for mark in OPENING_QUOTES):
        return None
    return Span(opening, closing + 1)


def _quoted_in_source(claim: Claim, source: str) -> bool:
    """Content standing between quote marks in the article ('I will stand up for Brexit'), though the extractor
    did not mark it a quote: it is shown in quote marks too, since those are the speaker's words."""
    start, end = claim.content_span.start, claim.content_span.end
    before = source[max(0, start - 1) : start]
    after = source[end : end + 2].lstrip(",.")[:1] or source[end : end + 1]
    return before in OPENING_QUOTES and after == OPENING_QUOTES[before]


def _speech_act_lead(claim: Claim, source: str) -> str:
    """The cue as written ("denied", "urged", "called for", "is seeking") plus the short gap to the content
    ("that"); nothing for "said"-like and loaded cues (whose content speaks for itself), nor for noun cues unless
    their content is only a topic."""
    cue = _expanded_clitic(" ".join(claim.cue.split()))
    if not any(character.isalpha() for character in cue):
        return ""  # "Sybiha: We are ready …" of an interview: the colon after the name is no verb
    words = [word.lower() for word in cue.split()]
    agent = (
        claim.speaker_span is not None and claim.cue_span is not None and claim.speaker_span.start >= claim.cue_span.end
    )
    if len(words) > 1 and words[0] in PASSIVE_AUXILIARIES and agent:
        # "It was announced by the Labour Ministry that …": told as the agent's act, "announced that …".
        cue = active_past(words[-1])
        words = [cue]
    if not words or words[0] in SOURCE_PREPOSITIONS | FINDINGS_PREPOSITIONS | VIEW_PREPOSITIONS:
        return ""  # "according to X", "In the latest poll,", "For the unions,": the source is named as the speaker
    if _cue_aside(claim, source) is not None:
        return ""  # "Water, as one engineer pointed out, does not …": the cue was an aside within the words
    if _noun_before_infinitive(claim, source):
        return cue.lower()  # "the government's plan to raise the retirement age": "plan to raise …"
    lemma = next((found for found in map(verb_lemma, words) if found), None)
    if _lays_claim(lemma, claim) and not (_gap_to_content(claim, source) or "").strip():
        return cue[:1].lower() + cue[1:]  # "claims almost the entire South China Sea" (the verb "claims")
    if any(word in NOUN_CUES for word in words):
        return _topic_lead(claim, source, cue)
    if QUOTE_MARK.search(cue):
        return ""  # a cue cut across a quote would leave a stray quote mark outside the quoted words
    if is_answer(claim):
        return _answer_lead(claim, cue, source)  # "Washington says …, a charge the Kremlin rejects"
    before_cue = claim.cue_span is not None and claim.content_span.end <= claim.cue_span.start
    if before_cue and claim.content[:1].isupper():
        return ""  # "The nurses will strike …, declared the union": a sentence of its own, not "declared The …"
    # "put the crowd at more than 100,000" needs its verb, unlike "As the memo put it, …"
    estimate = words[-1] in NEUTRAL_CUE_FORMS and PUT_AT_FIGURE.search(claim.content) is not None
    neutral = lemma in NEUTRAL_CUE_LEMMAS or any(word in NEUTRAL_CUE_FORMS for word in words)
    # "Shell reported record annual profit": words without a verb are no sentence "said" can lead into, so the
    # neutral verb as written stays ("reported record annual profit of $40 billion").
    thing_named = neutral and lemma not in PLAIN_SAYING and not claim.quote and _only_a_noun_phrase(claim.content)
    # "did not say how he was killed" without its cue would read as if it had been said
    loaded = any(word in LOADED_VERB_FORMS for word in words)
    if not is_negated(cue) and ((neutral and not estimate and not thing_named) or loaded):
        return ""
    lead = cue[:1].lower() + cue[1:]
    gap = _gap_to_content(claim, source)
    if lemma in NAMING_VERBS and RELATIVE_BEFORE_CUE.search(source, 0, claim.cue_span.start if claim.cue_span else 0):
        lead += " it"  # "the blast, which he called a terrorist attack": "called it a terrorist attack"
    elif claim.content.startswith("as ") and gap == "":
        # "an accusation the students dismissed as an attempt to discredit them": what was dismissed
        before = source[: claim_extent(claim).start].split()
        noun = before[-1].lower().strip(",") if before else ""
        lead += f" the {noun}" if noun in ANSWERED_NOUNS else " it"
    if gap and len(gap.split()) <= 4 and not re.search(r"[.!?\n“”\"'‘’«»]", gap):
        lead = f"{lead} {gap.rstrip(',:')}"
    return lead


def _infinitive_as_clause(claim: Claim, content: str) -> str | None:
    """ "they had shot down …" for "claimed to have shot down …", "it was …" for "claimed to be …": what a speaker
    said of itself, told as the clause "said" takes; None where the infinitive is another verb or no pronoun for
    the speaker is known."""
    infinitive = re.match(r"to (have|be)\s+", content)
    pronoun = _subject_pronoun(claim.speaker)
    if infinitive is None or pronoun is None:
        return None
    present = claim.cue.split()[-1].lower().endswith("s")  # "claims to be"
    plural = pronoun == "they"
    verb = {
        "have": ("have" if plural else "has") if present else "had",
        "be": ("are" if plural else "is") if present else ("were" if plural else "was"),
    }[infinitive.group(1)]
    return f"{pronoun} {verb} {content[infinitive.end() :]}"


def _subject_pronoun(speaker: str) -> str | None:
    """The pronoun a speaker phrase is taken up with: "he" for a titled man or a spokesman, "she" likewise, "it"
    for a country or a body named by its kind ("the ministry", "a hacking group"), "they" for a plural ("the
    Houthis", "police"); None for a bare name, which may be a person's or an organisation's."""
    words = speaker.split()
    lowered = [word.lower().rstrip(".,") for word in words]
    if not words:
        return None
    if lowered[0] in MALE_TITLES or set(lowered) & MALE_ROLES:
        return "he"
    if lowered[0] in FEMALE_TITLES or set(lowered) & FEMALE_ROLES:
        return "she"
    head = lowered[-1]
    if head in PLURAL_BODIES:
        return "they"
    if lowered[0] in ("the", "a", "an") or words[-1].islower():
        return "they" if head.endswith("s") and not head.endswith(("ss", "us")) else "it"
    return "it" if load_country_lexicon().country_in(speaker) == speaker else None


# Bodies taken up as "they" though they do not end in -s.
PLURAL_BODIES = frozenset({"police", "people", "militia", "staff"})


def _answer_lead(claim: Claim, cue: str, source: str, *, pointer: bool = False) -> str:
    """ "denies that", "rejects the charge that": an answer set off after the clause it answers, told before it
    (with the source's own word for what is rejected, else "the claim"); as a `pointer`, "dismissed the
    allegation" or "denies this" alone."""
    verb = cue[:1].lower() + cue[1:]
    between = source[claim.content_span.end : claim.cue_span.start if claim.cue_span else 0].lower().split()
    noun = next((word for word in between if word in ANSWERED_NOUNS), None)
    if pointer:
        return f"{verb} the {noun}" if noun else f"{verb} this"
    lemma = verb_lemma(cue.split()[-1])
    return f"{verb} the {noun or 'claim'} that" if lemma in ("reject", "dismiss") else f"{verb} that"


def _answers_an_accusation(claim: Claim, source: str) -> bool:
    """Whether an answer's content is what an accusation says, right after its verb ("accused [Russia of …]"),
    which is no clause the answer could be told with."""
    before = source[: claim.content_span.start].split()
    return bool(before) and verb_lemma(before[-1].strip(",:")) in ACCUSING_LEMMAS


# Cues whose content names someone and a deed, not a clause: "accused [Russia of shelling the plant]".
ACCUSING_LEMMAS = frozenset({"accuse", "blame", "condemn", "criticize", "criticise", "denounce", "charge"})


def _lays_claim(lemma: str | None, claim: Claim) -> bool:
    """ "claimed responsibility for the attack", "claims almost the entire South China Sea": "claim" with a
    thing for its object lays claim to it, the plain news idiom; it is not a loaded "said", which could not
    take its place."""
    # (also "claims it as Chinese territory": "said it as …" would make no sense)
    held_as = re.search(r"\bas\b", claim.content) is not None
    thing = (held_as or not said_fits(claim.content, 0)) and _only_a_noun_phrase(claim.content)
    return lemma == "claim" and not claim.quote and thing


def is_negated(cue: str) -> bool:
    """Whether a cue tells what a speaker did not say ("did not say", "has never said", "didn't say")."""
    return any(word in NEGATIONS or word.endswith(("n't", "n’t")) for word in cue.lower().split())


def _only_a_noun_phrase(content: str) -> bool:
    """Whether the words hold nothing that marks a clause: no auxiliary, no past or participle form, no "that",
    no quote ("record annual profit of $40 billion", "the importance of dialogue")."""
    if any(mark in content for mark in OPENING_QUOTES) or not content.strip():
        return False
    return CLAUSE_MARK.search(content) is None


def _expanded_clitic(cue: str) -> str:
    """A cue that begins with an auxiliary clipped onto its subject ("the Opposition's not going to vote")
    reads as a whole word on its own: "is not going to vote"; "'s" before a participle is "has"."""
    match = LEADING_CLITIC.match(cue)
    if not match:
        return cue
    rest = cue[match.end() :]
    clitic = match.group(1).lower()
    next_word = (rest.split() or [""])[0]
    full = "has" if clitic == "s" and PARTICIPLE_ENDING.search(next_word) else CLITICS[clitic]
    return full + rest


def _noun_before_infinitive(claim: Claim, source: str) -> bool:
    """ "the government's plan to raise …", "its decision to withdraw": a noun cue of one word, owned or after an
    article, whose content is what is intended (without the noun, "to raise …" says nothing of whose it is)."""
    if claim.cue_span is None or len(claim.cue.split()) != 1 or not claim.content.startswith("to "):
        return False
    if _gap_to_content(claim, source) != "":
        return False  # the intention right after the noun
    return cue_is_a_noun(claim, source, owned=True)


def cue_is_a_noun(claim: Claim, source: str, *, owned: bool = False) -> bool:
    """ "its demand", "the claim" (and, where `owned`, "the government's plan"): a cue after a determiner, or a
    possessive, is a noun."""
    if claim.cue_span is None:
        return False
    before = source[: claim.cue_span.start].split()
    word = before[-1].lower() if before else ""
    return word in CUE_DETERMINERS or (owned and word.endswith(("'s", "’s")))


def _topic_lead(claim: Claim, source: str, cue: str) -> str:
    """A noun cue whose content is only its topic keeps the noun: "allegations of sexual assault against the
    nominee" (without it, "said sexual assault against the nominee"); one whose content is a proposition ("the
    claim that …") needs none. A noun that characterises the speech ("his attacks on moderators") becomes
    "spoke about"."""
    gap = (_gap_to_content(claim, source) or "").lower()
    if gap not in TOPIC_PREPOSITIONS:
        return ""
    if any(word in CHARACTERISING_NOUN_CUES for word in cue.lower().split()):
        return TOPIC_LEAD
    return f"{cue[:1].lower()}{cue[1:]} {gap}"


# Words that lead from a cue into its content ("announced that", "warned of").
WORDS_INTO_CONTENT = frozenset({"that", "of", "for", "about", "to", "on"})


def _gap_to_content(claim: Claim, source: str) -> str | None:
    """The words between a cue and the content that follows it ("that", "of"); where the speaker stands between
    them, only the word that leads into the content ("announced by the health ministry on Friday that"); None
    when the content does not follow the cue."""
    if claim.cue_span is None or claim.cue_span.end > claim.content_span.start:
        return None
    speaker = claim.speaker_span
    if speaker is not None and claim.cue_span.end <= speaker.start and speaker.end <= claim.content_span.start:
        leading = source[speaker.end : claim.content_span.start].split()[-1:]
        return leading[0] if leading and leading[0].lower() in WORDS_INTO_CONTENT else ""
    return source[claim.cue_span.end : claim.content_span.start].strip()


def shorten(text: str, max_words: int, max_chars: int = MAX_POINT_CHARS) -> str:
    """At most `max_words` words and `max_chars` characters, cut at the last clause break that keeps at least
    two fifths of them, else before the last preposition or subordinating word that keeps half of them; a
    quote left open by the cut is closed after the last kept word, and "…" marks the cut outside the quote."""
    words = text.split()
    if len(words) <= max_words and len(text) <= max_chars:
        return text
    kept = " ".join(words[:max_words])
    if len(kept) > max_chars - 3:
        kept = kept[: max_chars - 3]
        kept = kept.rsplit(" ", 1)[0] if " " in kept else kept
    breaks = [m.start() for m in CLAUSE_BREAK.finditer(kept) if len(kept[: m.start()].split()) >= max_words * 2 // 5]
    if OPENING_PHRASE.match(kept):
        # "on the night of March 5, Russian troops attacked …": the comma after an opening phrase of time or place
        # ends no clause; cut there, nothing would be said.
        breaks = [at for at in breaks if CLAUSE_BREAK.search(kept, 0, at)]
    if breaks and not _inside_quote(kept, breaks[-1]):
        return kept[: breaks[-1]].rstrip() + " …"
    phrases = [m.start() for m in PHRASE_BREAK.finditer(kept) if len(kept[: m.start()].split()) >= max_words // 2]
    phrases = [at for at in phrases if not _inside_quote(kept, at)]
    if phrases:
        return _without_cut_joiner(_without_cut_coordination(kept[: phrases[-1]].rstrip(",;:—–… "))) + " …"
    around = _around_cut_quote(" ".join(words), kept, max_words)
    if around is not None:
        return around
    closing = open_quote_closer(kept)
    kept = kept.rstrip(",;:—–… ")
    least = max(2, max_words * 2 // 5)
    # Inside a quote the cut goes after the last whole sentence («… the reliable transit state.» rather than «…
    # The threats from»), else after its last whole clause, else before the words left dangling: what is kept
    # stays verbatim either way.
    opening = len(kept) - len(segments(kept)[-1].text) if closing else len(kept)
    # Sentence ends are read on the whole text, so one the cut falls right after ("… was damaged.") counts too,
    # and inside a quote so does one a few words past the cut: the quote's first sentence, not a fragment of it.
    flat = " ".join(words)
    reach = len(" ".join(words[: max_words + QUOTE_TAIL_WORDS])) if closing else len(kept)
    ends = [end for end in _sentence_ends(flat) if opening < end <= reach and len(flat[:end].split()) >= least]
    if closing and ends and ends[0] > len(kept):
        kept, ends = flat[: ends[0]], ends[:1]
    ends = [end for end in ends if end <= len(kept)]
    if closing and not ends:
        # Else at its last clause break: «"Both sides want to be seen talking" …», never «…, but neither" …».
        ends = [m.start() for m in CLAUSE_BREAK.finditer(kept) if m.start() > opening]
        ends = [end for end in ends if len(kept[:end].split()) >= least]
    if closing and not ends:
        # Else before its last phrase or relative clause: «"This is a dangerous and illegal act" …», not «"… act
        # that put" …».
        ends = [m.start() for m in QUOTED_PHRASE_BREAK.finditer(kept) if m.start() > opening]
        ends = [end for end in ends if len(kept[:end].split()) >= least]
    kept = kept[: ends[-1]] if closing and ends else _without_dangling_words(kept, least)
    return f"{kept}{closing} …" if closing else f"{kept} …"


def _around_cut_quote(flat: str, kept: str, max_words: int) -> str | None:
    """Where a cut falls inside a quote, the whole quote when only a few words of it are left (“the officer
    "feared for his life"” rather than “"feared for"”, which reads as all that was said), else the text before
    the quote when that keeps two fifths of the words; None when no quote is cut or neither fits."""
    closer = open_quote_closer(kept)
    if not closer:
        return None
    opening = len(kept) - len(segments(kept)[-1].text)
    closing = re.compile(rf"{re.escape(closer)}(?!\w)").search(flat, len(kept))  # not the ’ of "don’t"
    close_at = closing.start() if closing else -1
    if close_at != -1 and len(flat[len(kept) : close_at].split()) <= QUOTE_TAIL_WORDS:
        whole = flat[: close_at + 1]
        return whole if close_at + 1 >= len(flat.rstrip(" .")) else f"{whole} …"
    before = kept[:opening].rstrip(",;:—–… ")
    if len(before.split()) >= max_words * 2 // 5:
        return f"{_without_dangling_words(before, max(2, max_words * 2 // 5))} …"
    return None


def _sentence_ends(text: str) -> list[int]:
    """Where sentences end inside `text`: after ".", "!" or "?" and before a capital, not after a title ("Mr.")
    or an initial ("U.S.")."""
    return [
        match.end()
        for match in SENTENCE_END.finditer(text)
        if match.group("word").lower() not in ABBREVIATIONS and len(match.group("word")) > 1
    ]


def _without_dangling_words(kept: str, min_words: int) -> str:
    """Drop the articles, prepositions and auxiliaries a cut left at the end, keeping at least `min_words`."""
    words = kept.split(" ")
    while len(words) > min_words and words[-1].lower().strip(",;:") in DANGLING_WORDS:
        words.pop()
    return _without_cut_coordination(" ".join(words)).rstrip(",;:—– ")


def _without_cut_joiner(kept: str) -> str:
    """ "… had used live ammunition and that": words that join to what the cut removed go with it."""
    words = kept.split(" ")
    while len(words) > 2 and words[-1].lower() in JOINERS:
        words.pop()
    return " ".join(words).rstrip(",;:—– ")


def _without_cut_coordination(kept: str) -> str:
    """ "… were too slow and called": a second reporting verb cut off from what it reports goes too."""
    words = kept.split(" ")
    if len(words) >= 4 and words[-2].lower() in COORDINATORS and verb_lemma(words[-1]):
        del words[-2:]
    return " ".join(words)


def _inside_quote(text: str, at: int) -> bool:
    return open_quote_closer(text[:at]) != ""


def open_quote_closer(text: str) -> str:
    """The mark that closes a quote still open at the end of `text`, or "" when none is open."""
    parts = segments(text)
    if not parts or not parts[-1].quoted:
        return ""
    last = parts[-1].text
    closer = OPENING_QUOTES.get(last[0], "")
    if len(last) > 1 and last.endswith(closer):
        return ""
    return closer


def _finish_sentence(text: str) -> str:
    """End with a full stop; a comma just inside a closing quote is dropped (the rest stays a verbatim
    prefix)."""
    text = re.sub(r"[,;:]([”\"’»'])$", r"\1", text.strip().rstrip(",;:—– "))
    if not text:
        return text
    if text.endswith("…") or text[-1] in ".!?":
        return text
    if text[-1] in "”\"’»'" and len(text) > 1 and text[-2] in ".!?":
        return text
    return text + "."


# Words of a body or a title capitalised before a name ("Foreign Ministry Aykhan Hajizada").
TITLE_WORDS = BODY_NAME_ENDS | PERSON_ROLES
# A person's name (two capitalised words) followed by where they work: "… Alan Woodward of the University of Surrey".
# (Up to three words of title before the name, none of them "of" or "the": "The spokesperson of the Ministry of
# Foreign Affairs of …" is a description, not a name.)
NAME_THEN_AFFILIATION = re.compile(
    r"^((?:(?!(?:of|for|the|The)\s)[\w'’.-]+\s+){0,3}[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+(?:of|at|from)\s"
)

# "Official representative of the department Maria Zakharova" (as machine translation writes it): a voice, the
# body it speaks for named only by its kind, then the name ("Head of the company John Smith" keeps its words).
VOICE_ROLES = BARE_VOICES | {"representative", "secretary"}
ROLE_OF_KIND_NAME = re.compile(
    r"^(?P<role>[\w'’-]+(?:\s+[\w'’-]+)?)\s+of\s+the\s+(?P<kind>[a-z]+)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)$"
)


def display_speaker(speaker: str, side: str | None = None) -> str:
    """A speaker as the summary names them: no leading article, no relative clause, framing removed; on `side`'s
    line without the words that repeat the side, before a long name is shortened ("Press service of the Ministry
    of Defense" of "… of the Russian Federation" on Russia's line, not "… of the Ministry of Defense of …")."""
    cleaned = neutralize(speaker.split("\n")[-1].strip().strip(",;:"))
    cleaned = re.split(r"\s(?:who|which|that)\s|,\s", cleaned, maxsplit=1)[0]
    cleaned = re.sub(r"^(?:the|The)\s+", "", cleaned)
    cleaned = BRACKETED_ACRONYM.sub("", cleaned)  # "International Organization for Migration (IOM)"
    # "His Azimio coalition", "Its spokesman Andrea Tenenti": whose it is was the line before; the name stands
    # alone ("Her campaign manager" keeps its pronoun, as no name follows).
    cleaned = re.sub(r"^(?:His|Her|Its|Their)\s+(?=[A-Z]|(?:[a-z-]+\s+){1,3}[A-Z][\w'’-]+\s+[A-Z])", "", cleaned)
    role_of_kind = ROLE_OF_KIND_NAME.match(cleaned)
    voice = role_of_kind is not None and role_of_kind.group("role").split()[-1].lower() in VOICE_ROLES
    if role_of_kind and voice and role_of_kind.group("kind") in REFERRING_NOUNS:
        # The side's name says whose body it is; "of the department" adds nothing to it.
        cleaned = f"{role_of_kind.group('role')} {role_of_kind.group('name')}"
    words = cleaned.split()
    named_first = NAME_THEN_AFFILIATION.match(cleaned)
    if len(words) > MAX_SPEAKER_WORDS and named_first and len(named_first.group(1).split()) <= MAX_SPEAKER_WORDS:
        words = named_first.group(1).split()  # "Cybersecurity expert Alan Woodward" of "… of the University of …"
        cleaned = " ".join(words)
    located = BODY_IN_PLACE.match(cleaned)
    if len(words) > MAX_SPEAKER_WORDS and located:
        # "United Nations Military Observer Group in India and Pakistan": the body's name without where it works
        words = located.group("body").split()
        cleaned = located.group("body")
    name = _closing_name(words) if len(words) > MAX_SPEAKER_WORDS else ""
    if len(words) > MAX_SPEAKER_WORDS and side is not None and not name:
        cleaned = speaker_on_side(cleaned[:1].upper() + cleaned[1:], side)
        words = cleaned.split()
        name = _closing_name(words) if len(words) > MAX_SPEAKER_WORDS else ""
    if len(words) > MAX_SPEAKER_WORDS:
        cleaned = name or " ".join(words[:MAX_SPEAKER_WORDS]) + " …"
    cleaned = cleaned[:1].upper() + cleaned[1:] if cleaned else cleaned
    return speaker_on_side(cleaned, side) if side is not None else cleaned


def _closing_name(words: list[str]) -> str:
    """ "Aram Torosyan" of "The press secretary of the Ministry of Defense of Armenia Aram Torosyan" (as machine
    translation writes a title before a name): a long description is best shown by the name it ends with; ""
    when it ends with none."""
    name: list[str] = []
    for word in reversed(words):
        particle = word in NAME_PARTICLES and bool(name)  # "Mohammed bin Abdulrahman Al Thani"
        if not particle and not (
            word[:1].isupper() and word.replace("-", "").replace("’", "").replace("'", "").isalpha()
        ):
            break
        name.insert(0, word)
    before = words[len(words) - len(name) - 1].lower() if len(name) < len(words) else ""
    lexicon = load_country_lexicon()
    country = bool(name) and lexicon.country_in(name[0]) is not None
    while name and lexicon.country_in(name[0]):
        name.pop(0)
    # "Foreign Ministry Aykhan Hajizada": a capitalised body or title before the name is no part of it.
    titles = [i for i, word in enumerate(name) if word.lower() in TITLE_WORDS]
    name = name[titles[-1] + 1 :] if titles else name
    if before in NAME_CONTINUERS and not country and not titles:
        return ""  # "… of the University of Cape Town": the end of an institution's name, not a person's
    return " ".join(name) if 2 <= len(name) < len(words) else ""


def speaker_on_side(speaker: str, side: str) -> str:
    """A speaker on its side's line, without words that only repeat the side: "Russian President Vladimir
    Putin" on Russia's line is "President Vladimir Putin", "a human rights official in the separatist region"
    on the separatists' line is "a human rights official". Anything else the phrase says is kept."""
    if speaker.lower() == side.lower():
        return speaker  # "State Bureau of Investigation" is its own side's name, not a place
    words = speaker.split()
    lexicon = load_country_lexicon()
    if len(words) > 2 and lexicon.country_in(words[0]) == side and lexicon.names_country_directly(words[0]):
        speaker = " ".join(words[1:])
        speaker = speaker[:1].upper() + speaker[1:]
    # The last place or body that repeats the side: "… of the Ministry of Defense of the Russian Federation" keeps
    # the ministry.
    tails = [m.start() for m in LOCATIVE_TAIL.finditer(speaker) if _shares_stem(speaker[m.start() :], side)]
    if tails and len(speaker[: tails[-1]].split()) >= 2:
        speaker = speaker[: tails[-1]]
    # "A senior Biden administration official", "DGB chairwoman Yasmin Fahimi": the side's name before a role
    # goes, the role stays ("A senior official", "Chairwoman Yasmin Fahimi"); not before the body's own kind
    # ("Ruling Georgian Dream party"), a legal form ("Apple Inc") nor at the end ("The opposition CDU").
    modifier = re.search(rf"(?<![\w'’-]){re.escape(side)}\s+(?P<next>[\w-]+)", speaker)
    if modifier is None:
        return speaker
    role = modifier.group("next")
    if role.lower() in HEAD_OF_PHRASE_LINKS:
        return speaker  # "The Russian-installed administration of the plant": the side heads the phrase
    if role.lower() not in ORGANISATION_NOUNS and (role.islower() or role.lower() in PERSON_ROLES):
        rest = speaker[: modifier.start()] + speaker[modifier.start("next") :]
        rest = INDEFINITE_ARTICLE.sub(_article_for_next_word, rest)  # "An FDA spokeswoman" → "A spokeswoman"
        speaker = rest[:1].upper() + rest[1:]
    return speaker


def _article_for_next_word(match: re.Match[str]) -> str:
    article, word = match.group("article"), match.group("word")
    fitting = "an" if word[:1].lower() in "aeiou" else "a"
    return f"{fitting if article.islower() else fitting.capitalize()} {word}"


def _shares_stem(phrase: str, side: str) -> bool:
    stems = {word[:STEM_LETTERS].lower() for word in WORD_TOKEN.findall(side) if len(word) >= STEM_LETTERS}
    return any(word[:STEM_LETTERS].lower() in stems for word in WORD_TOKEN.findall(phrase))
