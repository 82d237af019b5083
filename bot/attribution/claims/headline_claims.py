"""Claims that only the layout shows: "X: …" opening a paragraph or a transcript turn, a headline's "X Urges Y
…" that the tagger misreads, and a quotation signed with a dash (‘“…” — Name, description’)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from bot.attribution import cues
from bot.attribution.claims.quote_spans import claim_at
from bot.attribution.claims.words import SUBJECT_DEPS, WITHDRAWN, WORD
from bot.attribution.parties import load_country_lexicon
from bot.attribution.speaker_words import NAME_PARTICLES
from bot.domain import Claim, Span

_HEADLINE = re.compile(r"[ \t]*[\"“]?([A-Z][^\n:]{1,60}?)[ \t]*:[ \t]+(\S[^\n]*)")
_MAX_HEADLINE_SPEAKER_WORDS = 5
# Three names or more in a row, and nothing else: a roll of members, not words said.
_NAME = r"[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,3}"
_NAME_LIST = re.compile(rf"{_NAME}(?:,[^\S\n]+{_NAME}){{2,}}(?:,?[^\S\n]+and[^\S\n]+{_NAME})?[.,]?")
# A speaker's label in a transcript: a name in capitals and a colon ("PENCE:", "JAKE TAPPER:").
_TRANSCRIPT_LABEL = re.compile(r"[A-Z][A-Z.' -]*:")
# ‘“…” ― Sonya Herridge’, ‘"…" -- Jane Doe, a nurse from Ohio’: any quote marks, since a paragraph-long quote
# is sometimes opened with a closing mark; the signature (a capitalised name or @handle, then an optional
# description after a comma) must end the line, so a dash inside running narrative is not a signature.
_BYLINED_QUOTE = re.compile(
    r"[^\S\n]*(?P<quote>[\"“”«„].*[\"”“»])[^\S\n]*(?P<dash>[―—–]|--)[^\S\n]*"
    r"(?P<name>(?:@\w+|[A-Z][\w.’'-]*(?:[^\S\n]+[A-Z][\w.’'-]*){0,4}))(?:,[^\n]{0,150})?[^\S\n.]*\.?[^\S\n]*"
)
_LINE = re.compile(r"[^\n]+")
_MAX_HEADLINE_WORDS = 20
# Headline verbs are read in the present tense third person ("Calls", "Rules", "Shows"): a base form or a plural
# ("Plan", "Claims") is as often a noun. Verbs of mind are left out: "Trump Plans …" reports, it does not quote.
_HEADLINE_VERBS = cues.SPEECH_VERBS | cues.EVIDENCE_VERBS
_HEADLINE_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "with", "new"})


def headline_claims(text: str, paragraphs: Sequence[Span]) -> Iterator[Claim]:
    """ "Pence: Gennifer Flowers Won't Be at Debate", "WALLACE: Let's start …" — a short name, a colon, a text."""
    transcript = _is_transcript(text, paragraphs)
    for index, paragraph in enumerate(paragraphs):
        match = _HEADLINE.match(text, paragraph.start, paragraph.end)
        if match is None:
            continue
        name = match.group(1)
        words = name.split()
        if len(words) > _MAX_HEADLINE_SPEAKER_WORDS or not words[-1][:1].isupper():
            continue
        if any(word.islower() and word not in NAME_PARTICLES for word in words):
            continue  # "Little Relief for Refugees: …": a subheading, not a name
        if name.lower() in cues.NOT_SPEAKER_LABELS or name.lower() in cues.HEADLINE_KICKERS:
            continue  # "Photo: AP", "Update: …", "The Latest: …"
        if not any(ch.isalpha() for ch in match.group(2)) or _NAME_LIST.fullmatch(match.group(2).strip()):
            continue  # "Clinton: 2,316.", "Iowa: Tim Albrecht, Brad Anderson, …": a tally or a roll, not words
        if index > 0 and _place_dateline(name):
            continue  # "NEW DELHI: The Indian Army on Sunday accused …": where the story was filed
        speaker = Span(match.start(1), match.end(1))
        colon = text.index(":", match.end(1))
        end = _turn_end(text, paragraphs, index) if transcript and name.isupper() else paragraph.end
        content = Span(match.start(2), end)
        content = Span(content.start, content.start + len(text[content.start : content.end].rstrip()))
        yield claim_at(text, speaker, Span(colon, colon + 1), content, quote=False)


def _place_dateline(name: str) -> bool:
    """A place in capitals, as South Asian papers open a story ("NEW DELHI: ", "ISLAMABAD: "), not a seat of
    power that speaks ("KREMLIN: …") nor a speaker's label in a transcript ("WALLACE: …")."""
    lexicon = load_country_lexicon()
    return name.isupper() and lexicon.country_in(name) is not None and lexicon.names_country_directly(name)


def _is_transcript(text: str, paragraphs: Sequence[Span]) -> bool:
    """Whether the text gives a dialogue: paragraphs opened by two speakers' labels or more ("WALLACE:",
    "PENCE:"), not one capitalised kicker ("FIX IS IN: …")."""
    labels = {
        match.group().rstrip(":")
        for paragraph in paragraphs
        if (match := _TRANSCRIPT_LABEL.match(text[paragraph.start : paragraph.end].lstrip('"“ '))) is not None
    }
    return len(labels) >= 2


def _turn_end(text: str, paragraphs: Sequence[Span], index: int) -> int:
    """Where a transcript speaker's turn ("PENCE: Well, look, …") ends: their paragraphs run on until the next
    speaker's label or a note in brackets ("(CROSSTALK)")."""
    end = paragraphs[index].end
    for paragraph in paragraphs[index + 1 :]:
        opening = text[paragraph.start : paragraph.end].lstrip('"“ ')
        if opening.startswith(("(", "[")) or _TRANSCRIPT_LABEL.match(opening):
            break
        end = paragraph.end
    return end


def headline_verb_claim(text: str, doc: Any, paragraph: Span) -> Iterator[Claim]:
    """ "Former DNC Chairman Calls for Clinton Contingency Plan": the words before the first reporting verb in
    the -s form are the speaker, the words after it the content. Only for a short first paragraph in which the
    parse found nothing, which is where a headline sits and where the tagger fails on it, and only where the
    parse gave the word no subject (where it did, the rules above have already judged the clause). The
    headline is its first line up to a semicolon (a subtitle follows), read after a kicker ("The Latest:")."""
    line = _LINE.search(text, paragraph.start, paragraph.end)
    if line is None:
        return
    headline = line.group().split(";")[0]
    kicker = headline.rfind(": ") + 1  # 0 when there is none
    words = list(WORD.finditer(text, line.start() + kicker, line.start() + len(headline)))
    if len(words) < 3 or len(words) > _MAX_HEADLINE_WORDS:
        return
    for index, word in enumerate(words[1:-1], start=1):
        lower = word.group().lower()
        lemma = cues.verb_lemma(lower)
        if lemma not in _HEADLINE_VERBS or lemma in cues.HEADLINE_NOUNS or lower == lemma or not lower.endswith("s"):
            continue
        following = words[index + 1].group().lower()
        if lemma == "recall" and (following in WITHDRAWN or following[:1].isdigit()):
            return  # "Carmaker recalls 80,000 vehicles"
        parsed = doc.char_span(word.start(), word.end())
        if parsed is not None and any(c.dep_ in SUBJECT_DEPS for c in parsed.root.children):
            return
        previous = words[index - 1].group()
        if previous.endswith(("'s", "’s", ",", ":")) or previous.lower() in _HEADLINE_FUNCTION_WORDS:
            return  # "Trump's Remarks …", "… , Says", "The Charges …": not a subject and its verb
        last = words[-1]
        content = Span(words[index + 1].start(), last.start() + len(last.group().rstrip(".")))
        speaker = Span(words[0].start(), words[index - 1].end())
        yield claim_at(text, speaker, Span(word.start(), word.end()), content, quote=False)
        return


def bylined_quotes(text: str) -> Iterator[Claim]:
    """A line that is one quotation signed with a dash: the quote is the content, the name the speaker. Lines,
    not paragraphs, because collections of such quotes often put one per line."""
    for line in _LINE.finditer(text):
        match = _BYLINED_QUOTE.fullmatch(text, line.start(), line.end())
        if match is None:
            continue
        speaker = Span(match.start("name"), match.start("name") + len(match.group("name").rstrip(".")))
        cue = Span(match.start("dash"), match.end("dash"))
        yield claim_at(text, speaker, cue, Span(match.start("quote"), match.end("quote")), quote=True)
