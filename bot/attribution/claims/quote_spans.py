"""Claims in character spans and the quotes around them: content that overlaps a quotation grows to the whole
quote, a quote interrupted by its cue (‘"A," he said, "B."’) becomes one claim, and a quote that runs on into
the next paragraph goes with it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from bot.attribution import cues
from bot.attribution.claims.words import WORD
from bot.attribution.quotes import Quote, opens_after_a_word
from bot.domain import Claim, Span

_MAX_CUE_CLAUSE_WORDS = 8
# Words after a quoted show that may still end the cue's sentence ("… “State of the Union” last Sunday.").
_MAX_TIME_WORDS = 3
_SENTENCE_REST = re.compile(r"([^,;:.!?\n\"“”«»]*)[.!?]")
# Words right after a cue clause that go on to tell what happened or what it was about, not who spoke.
_NARRATING_AFTER_CUE = frozenset({"after", "when", "before", "while", "because", "since", "until", "about"})
_QUOTE_MARKS = "\"“”«»„'’‘"
# A short phrase after a closing quote that ends the sentence ("… a tax increase” for the top bracket.").
_COMPLETING_PHRASE = re.compile(r"([ \t]+[^\s,;:.!?\"“”«»'‘’(\[][^,;:.!?\n\"“”«»‘’]{0,40}?)[.!?]")
# Speech set off by dashes: a line opening with a dash, and a dash (after a comma or a stop) closing it before its cue.
_DASH_OPENING = re.compile(r"[ \t]*[—–-][ \t]*")
_DASH_CLOSING = re.compile(r"[,.!?]?[ \t]*[—–-][ \t]+\w")


def quotes_run_on(text: str, claims: list[Claim], paragraphs: Sequence[Span], quotes: Sequence[Quote]) -> list[Claim]:
    """‘“I'm in disbelief,” he said. “I wish everyone could read them.”¶“Don't wait until …”’: a paragraph that
    is only a quote, with no cue of its own, goes on with the quote that closed the paragraph before it."""
    cues_at = [c.cue_span.start for c in claims if c.cue_span is not None]
    quote_ends = {q.span.start: q.span.end for q in quotes}

    def only_a_quote(paragraph: Span) -> bool:
        words = text[paragraph.start : paragraph.end]
        end = quote_ends.get(paragraph.start + len(words) - len(words.lstrip()))
        return (
            end is not None
            and text[end : paragraph.end].strip() in ("", ".")
            and not any(paragraph.start <= at < paragraph.end for at in cues_at)
        )

    grown = []
    for claim in claims:
        span = claim.content_span
        index = next((i for i, p in enumerate(paragraphs) if p.start <= span.end <= p.end), None)
        if index is None or not claim.quote or not _ends_paragraph(text, claim, paragraphs[index].end):
            grown.append(claim)
            continue
        end = span.end
        while index + 1 < len(paragraphs) and only_a_quote(paragraphs[index + 1]):
            index += 1
            end = paragraphs[index].end
            if text[end - 1] == ".":
                end -= 1
        grown.append(replace(claim, content=text[span.start : end], content_span=Span(span.start, end)))
    return grown


def _ends_paragraph(text: str, claim: Claim, paragraph_end: int) -> bool:
    """Whether the claim's words close their paragraph, but for its own cue (‘“We will see,” the mayor said.’)."""
    end = claim.content_span.end
    if claim.cue_span is not None and claim.cue_span.start >= end:
        clause_start, clause_end = _cue_clause(claim, claim.cue_span)
        if _only_punctuation(text[end:clause_start]):
            end = clause_end
    return not text[end:paragraph_end].strip(" .")


def starts_in(claim: Claim, span: Span) -> bool:
    start = claim.cue_span.start if claim.cue_span is not None else claim.content_span.start
    return span.start <= start < span.end


def as_dash_dialogue(text: str, claim: Claim) -> Claim:
    """ "— Kyiv is playing with fire, — said Maria Zakharova.": speech set off by dashes, as Russian, Ukrainian,
    Bulgarian and other news write it (and translation keeps), is a direct quote like one in quote marks."""
    start, end = claim.content_span.start, claim.content_span.end
    line_start = text.rfind("\n", 0, start) + 1
    if claim.quote or not _DASH_OPENING.fullmatch(text, line_start, start) or not _DASH_CLOSING.match(text, end):
        return claim
    return replace(claim, quote=True)


def claim_at(text: str, speaker: Span, cue: Span, content: Span, *, quote: bool) -> Claim:
    """A claim found on the text itself (no parse): every field is the text under its span."""
    return Claim(
        speaker=text[speaker.start : speaker.end],
        speaker_span=speaker,
        cue=text[cue.start : cue.end],
        cue_span=cue,
        content=text[content.start : content.end],
        content_span=content,
        quote=quote,
    )


def grow_to_quotes(text: str, claim: Claim, quotes: Sequence[Quote], sentence_end: int) -> Claim:
    """Content touching a quote covers the whole quote; a quote interrupted by its cue is joined to its rest."""
    content = claim.content_span
    touched = [q.span for q in quotes if q.span.overlaps(content)]
    if not touched:
        return claim
    start = min(content.start, *(s.start for s in touched))
    end = max(content.end, *(s.end for s in touched))
    continuation = _continuation(text, claim, end, quotes, sentence_end)
    if continuation is not None:
        end = continuation.end
    opening = _opening_half(text, claim, start, quotes)
    if opening is not None:
        start = opening.start
    grown = Span(start, end)
    quote = _is_direct(text, claim, grown, quotes)
    return replace(claim, content=text[grown.start : grown.end], content_span=grown, quote=quote)


def _is_direct(text: str, claim: Claim, content: Span, quotes: Sequence[Quote]) -> bool:
    """Direct speech: every word of the content is inside quotation marks, except the cue clause that may
    interrupt it; words with a few scare-quoted terms ("had “restored its sovereignty”") are indirect."""
    quoted = [q.span for q in quotes if content.start <= q.span.start and q.span.end <= content.end]
    allowed = [s for s in (claim.speaker_span, claim.cue_span) if s is not None] + quoted
    cue = claim.cue_span
    if cue is not None:
        # ‘"A," said Jane Doe, an economist. "B."’: the cue clause between the two halves, description and all.
        allowed += [Span(a.end, b.start) for a, b in pairwise(quoted) if a.end <= cue.start and cue.end <= b.start]
    return bool(quoted) and all(
        not text[i].isalnum() or any(s.start <= i < s.end for s in allowed) for i in range(content.start, content.end)
    )


def _continuation(text: str, claim: Claim, end: int, quotes: Sequence[Quote], sentence_end: int) -> Span | None:
    """The second half of ‘"A," he said, "B."’ or ‘"A," he said. "B."’: a quote in the same paragraph right
    after the cue clause, which ends its own sentence (a quote followed by more narrative is a new claim)."""
    cue = claim.cue_span
    if cue is None or end > cue.start:
        return None
    clause_start, clause_end = _cue_clause(claim, cue)
    following = _quote_resuming_after(text, cue, quotes)
    if following is None or "\n" in text[end : following.start] or not _only_punctuation(text[end:clause_start]):
        return None
    if sentence_end > following.start and _only_punctuation(text[following.start : sentence_end]):
        sentence_end = following.start  # the parser ended the sentence after the next quote's opening ''
    # ‘“A,” said Jane Doe, an economist at …. “B.”’ joins; ‘“A,” he said after the witness failed to show up.
    # “B.”’ has told what happened in between.
    narrated = WORD.findall(text[clause_end:sentence_end].lower())[:1] in ([w] for w in _NARRATING_AFTER_CUE)
    adjacent = (
        _only_punctuation(text[clause_end : following.start])
        or (
            following.start >= sentence_end and not narrated and _only_punctuation(text[sentence_end : following.start])
        )
        or _rest_of_cue_clause(text[clause_end : following.start], following.start < sentence_end)
    )
    closes_sentence = _closes_sentence(text, following)
    last_mark = text[following.start : following.end].rstrip("”\"'»’")[-1:]
    # ‘“B,” she beamed.’: a comma hands the quote to a tag of its own, never to words that finish it.
    completes = adjacent and not closes_sentence and last_mark != ","
    if completes and (tail := _completing_phrase(text, following.end)) is not None:
        return Span(following.start, tail)  # ‘“… It's just a tax increase” for the top income bracket.’
    return following if adjacent and closes_sentence else None


def _quote_resuming_after(text: str, cue: Span, quotes: Sequence[Quote]) -> Span | None:
    """The first quote after the cue that may resume the words: a quoted name that closes the cue's sentence
    (‘said Sunday on NBC's “Meet the Press.” “B.”’) is passed over; one with narrative after it (‘told the program
    “Inside Edition” after the confrontation’, ‘remarking that she is “looking for a team” and …’) means the
    reporter has gone on, and nothing after it resumes the first half."""
    for quote in quotes:
        if quote.span.start < cue.end:
            continue
        if not opens_after_a_word(text, quote.span.start):
            return quote.span
        if not _closes_sentence(text, quote.span) and not _time_closes_sentence(text, quote.span.end):
            return None
    return None


def _time_closes_sentence(text: str, start: int) -> bool:
    """‘on CNN’s “State of the Union” Sunday.’: a few words of when, no comma and no narrative, end the sentence."""
    match = _SENTENCE_REST.match(text, start)
    words = WORD.findall(match.group(1)) if match else []
    return 0 < len(words) <= _MAX_TIME_WORDS and not any(
        cues.verb_lemma(word) is not None or word.lower() in _NARRATING_AFTER_CUE for word in words
    )


def _closes_sentence(text: str, quote: Span) -> bool:
    """Whether a sentence ends with the quote: at its last mark (‘“Meet the Press.”’), right after it or with
    the line."""
    rest = text[quote.end :].lstrip(" \t")
    last_mark = text[quote.start : quote.end].rstrip("”\"'»’")[-1:]
    return not rest or rest[0] in "\r\n.?!" or last_mark in ".?!"


def _completing_phrase(text: str, start: int) -> int | None:
    """Where a few words that finish the quote's sentence end (‘… a tax increase” for the top bracket.’), if
    that is all that follows it: no new quote, no cue, no clause of narrative."""
    match = _COMPLETING_PHRASE.match(text, start)
    if match is None:
        return None
    words = WORD.findall(match.group(1))
    if any(cues.verb_lemma(word) is not None or word.lower() in _NARRATING_AFTER_CUE for word in words):
        return None
    return match.end(1)


def _cue_clause(claim: Claim, cue: Span) -> tuple[int, int]:
    """Where the cue and its speaker stand together ("the minister said", "said Colonel X")."""
    speaker = claim.speaker_span or cue
    return min(cue.start, speaker.start), max(cue.end, speaker.end)


def _opening_half(text: str, claim: Claim, start: int, quotes: Sequence[Quote]) -> Span | None:
    """The first half of ‘"A," he continued, "B."’ when the parse gave the cue only the second: a quote closed
    by a comma right before the cue clause."""
    cue = claim.cue_span
    if cue is None or start < cue.end:
        return None
    clause_start, clause_end = _cue_clause(claim, cue)
    if not _only_punctuation(text[clause_end:start]) or text[start] not in _QUOTE_MARKS:
        return None  # only a quote right after the cue clause is a second half
    if any(cues.verb_lemma(word.strip(",")) for word in WORD.findall(text[clause_start : cue.start])):
        return None  # ‘"A," Hale said, adding: "B."’: the first half is what "said" reports
    before = next((q.span for q in reversed(quotes) if q.span.end <= clause_start), None)
    if before is None or not _only_punctuation(text[before.end : clause_start]):
        return None
    closed_by_comma = "," in text[before.start : clause_start][-4:]
    # A first half opens its sentence; a title in quotes ("author of “America's Constitution,” put it") does not.
    opens_sentence = text[: before.start].rstrip(" \t")[-1:] in ("", "\n", ".", "!", "?")
    return before if closed_by_comma and opens_sentence and "\n" not in text[before.end : start] else None


def _rest_of_cue_clause(gap: str, same_sentence: bool) -> bool:
    """‘"A," Schiff told Capital Download on Wednesday, "but B."’: whom and when, closed by a comma, between the
    cue and the quote's second half in the same sentence (‘"A," Trump said, adding later, "B."’ has a cue of its
    own for it)."""
    words = WORD.findall(gap)
    if not same_sentence or not gap.rstrip().endswith(",") or not 0 < len(words) <= _MAX_CUE_CLAUSE_WORDS:
        return False
    return not any(mark in gap for mark in _QUOTE_MARKS) and not any(cues.verb_lemma(w.strip(",")) for w in words)


def _only_punctuation(gap: str) -> bool:
    return len(gap) <= 4 and all(not ch.isalnum() and ch not in "\r\n" for ch in gap)
