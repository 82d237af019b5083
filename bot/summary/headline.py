"""The summary's headline: what the story is about, with every contested statement credited to its speaker.

A page title is the outlet's wording. It compresses, it may state one side's claim as fact, and after machine
translation it is often garbled ("Armenia accuses its forces of being driven out of Karabakh by gunfire"). So the
title is read part by part ("X says …; Y denies it") and each part is kept only as far as the article supports it:

- a part crediting a speaker with a speech act ("Armenia accuses …") keeps its speaker and verb; when its content
  shares too little with what the article reports that side saying with the same verb, the article's version
  replaces it;
- a part stating as fact what one side alone says in the article is credited to that side ("…, Armenia says");
- anything else (an event: "Ceasefire in Nagorno-Karabakh") stays, with loaded words neutralised.

Without a title, the headline says what the leading sides say.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from bot.attribution.claims.answers import is_answer_to, told_at
from bot.attribution.cues import verb_lemma
from bot.attribution.speaker_party import OTHER_SOURCES
from bot.domain import Claim
from bot.summary.lexicon import LOADED_VERB_FORMS, LOADED_VERB_LEMMAS, SENTENCE_OPENERS, VERB_REPLACEMENTS
from bot.summary.neutral import (
    PLAIN_SAYING,
    TOPIC_LEAD,
    display_speaker,
    neutralize,
    open_quote_closer,
    point_text,
    said_fits,
    shorten,
)
from bot.summary.select import Ranked

TITLE_SITE_SUFFIX = re.compile(r"\s+[|–—-]\s+[^|–—-]{1,40}$")
TITLE_PARTS = re.compile(r"\s*;\s+|\s+/\s+")
CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# A part whose content is only a pointer to the previous part ("Azerbaijan denies this") needs no support.
POINTERS = frozenset({"it", "this", "that", "them", "these", "those", "so"})
MIN_SUPPORT = 0.5  # share of a title part's content words the article's version of the claim must contain
MIN_WORDS_TO_CREDIT = 3  # shorter parts ("Ceasefire in Karabakh") name an event rather than state a claim
CLAIM_WORDS = 12
MAX_HEADLINE_CHARS = 300
MAX_CREDIT_WORDS = 4
MAX_SUBJECT_WORDS = 6

__all__ = ["starts_with_cue", "write_headline"]


def write_headline(
    title: str | None, text: str, ranked: dict[str, list[Ranked]], conduits: tuple[str, ...], max_words: int
) -> str:
    """The title checked against the article; without one, what the two leading sides say; without claims,
    the first sentence."""
    if title and title.strip():
        cleaned = TITLE_SITE_SUFFIX.sub("", " ".join(title.split()))
        parts = [_supported(part, text, ranked, conduits) for part in TITLE_PARTS.split(cleaned) if part.strip()]
        headline = _bounded(neutralize("; ".join(parts)), max_words)
        if headline:
            return headline
    if ranked:
        # Speakers of no side ("Other sources") lead only where no side speaks.
        leaders = sorted(
            ranked.values(), key=lambda entries: (entries[0].side == OTHER_SOURCES, told_at(entries[0].claim))
        )[:2]
        parts = [_claim_headline(entries[0], text, conduits) for entries in leaders]
        if len(leaders) == 2 and is_answer_to(leaders[1][0].claim, leaders[0][0].claim):
            # "Ukraine says Russian troops shelled the bridge; Russia rejects this"
            answer = leaders[1][0]
            parts[1] = f"{_headline_subject(answer)} {' '.join(answer.claim.cue.split())} this"
        return _bounded("; ".join(parts), max_words)
    first_sentence = re.split(r"(?<=[.!?])\s", " ".join(text.split()), maxsplit=1)[0]
    return _bounded(neutralize(first_sentence), max_words) or "Untitled text"


def starts_with_cue(cue: str, text: str) -> bool:
    """Whether a point already opens with its speech act ("denied the incident", "announced that …" for "was
    announced by"), so no "says" is added."""
    words = cue.strip().split()
    opens = [word.lower() for word in (words[:1] + words[-1:])]
    return bool(words) and (text.lower().startswith(tuple(opens)) or text.startswith(("said ", "said:", TOPIC_LEAD)))


def _supported(part: str, text: str, ranked: dict[str, list[Ranked]], conduits: tuple[str, ...]) -> str:
    words = part.split()
    for index in range(1, len(words)):
        lemma = verb_lemma(words[index].strip(",:"))
        if lemma is None:
            continue
        subject, verb, rest = " ".join(words[:index]), words[index], " ".join(words[index + 1 :])
        if len(words[:index]) > MAX_SUBJECT_WORDS or any(mark in subject for mark in ",:"):
            return part  # "Talks may be delayed, says White House": credited at its end
        phrase = f"{verb} {rest.split(' ', 1)[0]}".lower()
        # "boasts of" becomes "speaks of" later; "alleges fraud" is how a neutral headline puts an accusation.
        if lemma in LOADED_VERB_LEMMAS and phrase not in VERB_REPLACEMENTS and lemma != "allege":
            verb = _plain_verb(verb, lemma, subject, said_fits(part, part.index(verb) + len(verb)))
            part = f"{subject} {verb} {rest}"
        if sum(_names(subject, name, entries) for name, entries in ranked.items()) > 1:
            return part  # "Serbia and Kosovo trade blame …": both sides, so no one side's words replace it
        same_act = [
            entry
            for name, entries in ranked.items()
            if _names(subject, name, entries)
            for entry in entries
            if _same_act(_cue_lemma(entry.claim), lemma)
        ]
        if not same_act or _is_pointer(rest):
            return part
        best = max(same_act, key=lambda entry: (_support(rest, entry.claim.content), entry.score))
        support = _support(rest, best.claim.content)
        if support >= MIN_SUPPORT or support == 0:
            # kept as the title words it: words that share nothing with it are no version of it ("Boeing says it
            # fixed safety problems" is not "I was told to shut up", whoever on Boeing's side said that)
            return part
        return f"{subject} {verb} {_content(best.claim, text, conduits)}"
    if ":" in part:
        return part  # "Putin: talks will be mediated" credits its speaker already
    return _credited(part, ranked)


def _plain_verb(verb: str, lemma: str, subject: str, say_fits: bool) -> str:
    """A loaded verb right after a title's subject, said plainly: "Russia claims strike on depot" is "Russia
    reports strike on depot" (the verb "claims", which `neutralize` cannot tell from the noun), "Firm admits
    hackers stole data" is "Firm reports hackers stole data", and "says" where it fits ("claims that …")."""
    lowered = verb.lower()
    if say_fits:
        return "say" if lowered == lemma else LOADED_VERB_FORMS.get(lowered, _says(subject))
    if lowered.endswith("ed"):
        return "reported"
    if lowered.endswith("ing"):
        return "reporting"
    return "reports" if lowered != lemma and _says(subject) == "says" else "report"


def _credited(part: str, ranked: dict[str, list[Ranked]]) -> str:
    """A part the article attributes to one side only (a claim of it holds more than half the part's words:
    "Climate talks end with weak deal" is not the negotiators' "agreed to a deal … climate change") is credited
    to it; one several sides state is shared ground and stays as it is."""
    if len(set(_content_words(part))) < MIN_WORDS_TO_CREDIT:
        return part
    if sum(re.search(rf"\b{re.escape(name)}\b", part) is not None for name in ranked) > 1:
        return part  # "Venezuela and Guyana trade barbs …": what both sides do is no one side's word
    supporting = {
        name: max(entries, key=lambda entry: _support(part, entry.claim.content))
        for name, entries in ranked.items()
        if any(_support(part, entry.claim.content) > MIN_SUPPORT for entry in entries)
    }
    if len(supporting) != 1:
        return part
    (name, entry), *_ = supporting.items()
    speaker = display_speaker(entry.claim.speaker)
    credit = speaker if speaker and len(speaker.split()) <= MAX_CREDIT_WORDS else name
    first = credit.split()[0] if credit else ""
    if credit == speaker and first.lower() in entry.claim.speaker.split() and first not in entry.claim.speaker.split():
        # "…, his party says", "…, hospital officials say" mid-sentence (but "…, White House says")
        credit = credit[:1].lower() + credit[1:]
    return f"{part.rstrip('.')}, {credit} {_says(credit)}"


def _names(subject: str, side: str, entries: list[Ranked]) -> bool:
    """Whether a title's subject names this side or one of its speakers."""
    lowered = f" {subject.lower()} "
    names = {side, *(display_speaker(entry.claim.speaker) for entry in entries)}
    return any(name and f" {name.lower()} " in lowered for name in names)


def _same_act(found: str | None, lemma: str) -> bool:
    """Whether a claim's cue is the title's act: the same verb, or "told" for "says"."""
    return found == lemma or {found, lemma} <= PLAIN_SAYING


def _cue_lemma(claim: Claim) -> str | None:
    return next((lemma for lemma in map(verb_lemma, claim.cue.split()) if lemma), None)


def _content_words(text: str) -> list[str]:
    """The words that carry a text's meaning: not "with", "from", "have" (spaCy's English stop words)."""
    return [word.lower() for word in CONTENT_WORD.findall(text) if word.lower() not in STOP_WORDS]


def _support(part: str, content: str) -> float:
    """The share of the part's content words that the claim's content contains."""
    wanted = set(_content_words(part))
    return len(wanted & set(_content_words(content))) / len(wanted) if wanted else 1.0


def _is_pointer(rest: str) -> bool:
    words = rest.lower().strip(" .!?").split()
    return not words or (len(words) <= 2 and words[0] in POINTERS)


def _content(claim: Claim, text: str, conduits: tuple[str, ...]) -> str:
    """The claim's content as a headline clause, without its cue."""
    return _as_clause(point_text(replace(claim, cue="said"), text, CLAIM_WORDS, conduits))


def _headline_subject(entry: Ranked) -> str:
    """The side's name, or for the catch-all side the speaker's own ("A witness says …"), since "Other sources"
    is the summary's label, not anyone's voice."""
    return entry.side if entry.side != OTHER_SOURCES else display_speaker(entry.claim.speaker) or "A source"


def _claim_headline(entry: Ranked, text: str, conduits: tuple[str, ...]) -> str:
    """ "Armenia accuses …", in the words of the entry's claim (see `_headline_subject`)."""
    subject = _headline_subject(entry)
    body = _as_clause(point_text(entry.claim, text, CLAIM_WORDS, conduits))
    says = "" if starts_with_cue(entry.claim.cue, body) else f"{_says(subject)} "
    # "Moldova declared that it will not allow …", not "… that Moldova will not allow …"
    pronoun = "it" if _says(subject) == "says" else "they"
    body = re.sub(rf"^((?:[a-z]+ )?that )?(?i:{re.escape(subject)})(?=\s+[a-z])", rf"\1{pronoun}", body)
    return f"{subject} {says}{body}"


def _says(subject: str) -> str:
    """ "says" after a singular subject ("Armenia", "the United Nations", "Bernie Sanders"), "say" after a plural
    one: a common noun in -s ("Human rights groups") or a lone word for a people, a faction or a kind of source
    ("Republicans", "Separatists", "Farmers", "Witnesses", "Authorities"), never a name of several words, which
    may be a person's ("Bernie Sanders")."""
    words = subject.split()
    last = words[-1] if words else ""
    if not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return "says"
    plural_ending = ("ans", "ists", "ats", "ites", "ics", "ents", "ors", "ers", "sses", "ies")
    plural = last[:1].islower() or (len(words) == 1 and last.lower().endswith(plural_ending))
    return "say" if plural else "says"


def _as_clause(point: str) -> str:
    """A point as part of a headline: verbatim and shortened, without the closing stop or ellipsis, and with a
    word that only capitalised its sentence ("The bank had …") in lower case after "says"."""
    clause = point.removesuffix("…").rstrip(" .")
    first = clause.split(" ", 1)[0]
    return clause[:1].lower() + clause[1:] if first.lower() in SENTENCE_OPENERS else clause


def _bounded(headline: str, max_words: int) -> str:
    """At most `max_words`, with any quote the title leaves open closed (so it cannot run on into the reply),
    and nothing at all when the title is only punctuation."""
    bounded = shorten(headline.strip(), max_words, MAX_HEADLINE_CHARS)
    if not any(ch.isalnum() for ch in bounded):
        return ""
    return bounded + open_quote_closer(bounded)
