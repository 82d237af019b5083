"""What a cue verb's content is: its clause or object, cut where the reporter's own words begin (a setting, a
time, an aside, a gloss after a dash, a clause with a speaker of its own) and kept whole where the parse hung the
rest of what was said on the cue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.attribution import cues
from bot.attribution.claims.tokens import (
    after_quote,
    can_speak,
    citing_a_source,
    closing_tag_hung_on_the_verb,
    has_mark,
    object_read_as_subject,
    opens_quote,
    quote_after,
    stray_object,
    subtree,
    trimmed,
)
from bot.attribution.claims.words import (
    ADDRESSEE_VERBS,
    MOST_DATELINE_TOKENS,
    PUT_FORMS,
    SETTING_PREPOSITIONS,
    SUBJECT_DEPS,
    TIME_LABELS,
)
from bot.attribution.datelines import dateline_at
from bot.attribution.parties import word_set
from bot.attribution.speaker_words import DASHES
from bot.attribution.speakers import ends_line, is_time_phrase, spaced_dash

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})
_SUBORDINATORS = frozenset({"when", "after", "before", "while", "as", "although", "though", "because", "since", "once"})
# Words that join a sentence to the one before without being said ("But, he said, …", "Instead, Trump told CNN,
# …"); not "nor", "perhaps", "too often", which are part of what was said.
_CONNECTIVES = frozenset(
    {"but", "and", "yet", "still", "instead", "however", "so", "also", "then", "meanwhile", "now", "moreover"}
)
_OBJECT_DEPS = frozenset({"dobj", "dative", "prep", "oprd", "attr", "acomp", "obj", "pcomp"})
# Prepositions whose object is what was said even when it is a speech noun: "called for a plan", "asked about".
_CONTENT_PREPOSITIONS = frozenset({"for", "about", "against", "of"})
# Prepositions of when: after an object ("criticized the governor during a rally") they say when, not what.
_TIME_PREPOSITIONS = frozenset({"during", "since", "throughout", "amid", "until", "after", "before"})
# Prepositions of the circumstances of saying ("admitted under questioning", "insisted despite the evidence").
_CIRCUMSTANCE_PREPOSITIONS = frozenset({"under", "despite"})
# Gatherings where words are said: "thanked supporters at a rally", "defended the plan at a news conference".
_OCCASION_NOUNS = word_set(
    """rally rallies conference conferences event events meeting meetings hearing hearings forum forums summit
    convention briefing breakfast dinner luncheon lunch reception fundraiser fundraisers gathering ceremony
    session stop stops hall debate debates"""
)
# Verbs that address someone and tell them what to do: "urged voters to …", "called on both sides to …".
_ADDRESSED_TO_DO = ADDRESSEE_VERBS | word_set("urge call appeal ask press encourage implore order instruct advise")
_ADDRESSING_PREPOSITIONS = frozenset({"on", "upon"})
# Verbs whose "for" phrase is what they ask for: "called for a ceasefire", "appealed for calm".
_CALLING_FOR = word_set("call appeal ask press push plead")
# Verbs that name what something is: "called it far too low", "described the deal as …".
_NAMING = word_set("call describe label brand dub term characterize characterise")
# Verbs of telling whose "to" phrase after the object says whom it was told to ("disclosed them to the AP").
_TOLD_TO = word_set(
    """disclose reveal explain say announce report describe confirm admit mention suggest propose outline detail
    recommend repeat recount express voice write tweet deliver present send"""
)
_REACTION_PREPOSITIONS = {
    "add": frozenset({"to"}),
    "respond": frozenset({"on"}),
    "reply": frozenset({"on"}),
}
# What can be told rather than told to: "told the truth", "told a different story".
_TOLD_CONTENT = frozenset(
    {"story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale", "tales", "version", "secret", "news"}
)
# Verbs that attribute only with a clause: "the poll shows that …" does, "the video shows a crowd" does not.
_EVIDENCE_ONLY = cues.EVIDENCE_VERBS - cues.SPEECH_VERBS - cues.BELIEF_VERBS
# Verbs that give their object a name or description ("called Clinton an ISIS co-founder"), which the parse may
# read as an apposition.
_NAMING_VERBS = frozenset({"call", "name", "dub", "label", "brand", "describe", "characterize", "deem", "regard"})


def content_of(doc: Any, verb: Any, lemma: str, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """What a cue verb reports: its clause, else its objects, else (passive) its subject, else the clause the cue
    interrupts or follows."""
    said_of = _said_of_noun_before(doc, verb)
    if said_of is not None:
        return said_of
    misread = object_read_as_subject(verb)
    if misread is not None and speaker[0] == misread[1].left_edge.i:
        # "China opposed the transit of Lai …, a spokesperson said": the sentence up to the speaker's comma
        return trimmed(doc, after_dateline(doc, verb.sent.start), speaker[0] - 1)
    children = [c for c in verb.children if not (speaker[0] <= c.i < speaker[1])]
    if lemma == "accuse" and _accused_of_itself(verb, children):
        return None  # "Mayor accused of awarding contracts …": a headline's passive, whose subject is accused
    clauses = [
        c
        for c in children
        if c.dep_ in _CLAUSE_DEPS or _is_for_clause(c) or _is_that_clause(verb, c) or _told_to_do(lemma, verb, c)
    ]
    if any(c.text not in DASHES for c in clauses):
        # "WASHINGTON ― This spring, …, Manafort told friends that …": the parse may make a dateline's dash a
        # clause of the cue; what was said is the other clause.
        clauses = [c for c in clauses if c.text not in DASHES]
    clauses = _one_side_of_the_cue(doc, verb, speaker, clauses)
    tagged = [misread for c in clauses if (misread := object_read_as_subject(c)) is not None]
    if tagged:
        # "China opposed the stopover of Marcos …, a spokesperson said": the parse hung the closing tag on this
        # cue, and made its object the tag's subject; what this cue reports is that object.
        subject, tag_speaker = tagged[0]
        return trimmed(doc, subject.left_edge.i, tag_speaker.left_edge.i - 1)
    clauses = [
        c for c in clauses if not _quoted_title(doc, verb, c) and not _participle_after_tag(doc, verb, speaker, c)
    ]
    if lemma in _NAMING and any(c.dep_ == "oprd" and c.i > verb.i for c in children):
        # "…, a figure developing nations called far too low": what they called it, not the sentence before
        clauses = [c for c in clauses if c.i > verb.i]
    questions = [c for c in children if lemma == "ask" and c.i > verb.i and _is_question_clause(c)]
    clauses += [c for c in questions if c not in clauses]
    clauses += [clause for c in children if (clause := _clause_in_setting(c)) is not None]
    addressed = _addressed_before_infinitive(verb)
    if addressed is not None and addressed[1] not in clauses:
        clauses.append(addressed[1])
    if lemma in _EVIDENCE_ONLY and not any(c.dep_ == "ccomp" for c in clauses) and not _reports_findings(doc, speaker):
        return None
    if clauses:
        start = min(c.left_edge.i for c in clauses)
        end = max(c.right_edge.i + 1 for c in clauses)
        # "declared President Nicolás Maduro the winner": the parse made the name a clause and "the winner" an
        # object of the verb.
        complements = [c for c in children if c.dep_ in ("oprd", "dobj") and c.left_edge.i == end]
        if complements and all(c.pos_ in ("PROPN", "NOUN") for c in clauses):
            end = complements[0].right_edge.i + 1
        if end < len(doc) and stray_object(doc[end]):
            end = doc[end].right_edge.i + 1  # "… who say a drug gave them cancer told a jury": the clause's object
        inside = start < speaker[0] < end and all(c.i < speaker[0] for c in clauses)
        if inside and (after_quote(doc, speaker[0]) or (speaker[1] == verb.i and doc[speaker[0] - 1].text == ",")):
            # ‘“…,” Flynn, a surrogate, said’, "… over the region, the press service … reported": the parse hung
            # the speaker inside what was said
            end = speaker[0]
        if lemma not in ADDRESSEE_VERBS and not questions:
            # "urged the population not to rush", "accused X of Y": the object belongs to the content; whom
            # a question was put to ("asked the students if …") does not.
            for child in children:
                addressed_on = lemma == "call" and _addressed_on(child)
                if (child.dep_ in ("dobj", "dative") or addressed_on) and child.i > verb.i and child.i < start:
                    start = child.left_edge.i
        if addressed is not None and addressed[1].left_edge.i == start:
            start = addressed[0].i
        end = _before_closing_relative(doc, start, _past_reason(verb, _past_content_conjunct(verb, clauses, end)))
        return trimmed(doc, after_dateline(doc, start), end)
    objects = [
        c
        for c in children
        if c.dep_ in _OBJECT_DEPS
        and c.i > verb.i
        and (_called_for(lemma, c) or not _is_setting(c))
        and not _how_not_what(lemma, c)
    ]
    if puts_it(verb):
        objects = []  # "As the memo put it, …": "it" stands for the words, which are elsewhere
    if lemma == "ask":
        # "“But why?” she asked him": whom, not what.
        objects = [c for c in objects if c.pos_ != "PRON" or c.left_edge.i != c.right_edge.i]
    if lemma == "know" and any(_acquaintance(c) for c in objects):
        return None  # "has known Trump since the 1970s"
    if lemma in ADDRESSEE_VERBS:
        # "he told me on Friday", "“…,” Ramos told AFP": whom, not what — unless it is a story or the truth.
        objects = [c for c in objects if not _only_whom(c)]
    told = _told_clause_of(verb, children, objects) if lemma in ADDRESSEE_VERBS else None
    if told is not None:
        return trimmed(doc, *subtree(told))  # "told a briefing that the Philippines would file …"
    if len(objects) > 1 and _to_whom(lemma, objects[-1]) and any(c.dep_ == "dobj" for c in objects):
        objects = objects[:-1]  # "disclosed them to the AP": what, not to whom
    if not objects and (hidden := _object_after_a_day(verb)) is not None:
        return trimmed(doc, *hidden)  # "condemned on Sunday Ethiopia's announcement of …"
    if objects:
        objects += [c for c in children if _cast_as(c) and c.i > max(o.i for o in objects)]
        start = min(c.left_edge.i for c in objects)
        end = max(c.right_edge.i + 1 for c in objects)
        if end < len(doc) and doc[end].lower_ == "as" and doc[end].dep_ == "prep" and doc[end].head.i < verb.i:
            end = doc[end].right_edge.i + 1  # "hailed Trump as “The Comeback Kid”", "as" hung on the subject
        end = _before_aside(doc, verb, start, _past_content_conjunct(verb, objects, end))
        return trimmed(doc, start, end)
    fronted = next((c for c in children if c.dep_ == "dep" and c.i < speaker[0] and _comma_after(c)), None)
    if fronted is not None:
        return trimmed(doc, *subtree(fronted))  # "People like Scott, he said.": words the parser could not place
    interrupted = _interrupted_clause(verb, speaker)
    if interrupted is not None:
        return trimmed(doc, *interrupted)
    passive_subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive_subject is not None:
        return trimmed(doc, *subtree(passive_subject))  # "Clinton was endorsed by the Times"
    if quote_after(doc, verb.right_edge.i + 1, colon_only=True) is not None:
        return None  # "…, telling Breitbart London: “…”": the quote, which the caller takes
    # Not a clause of its own that hangs on the governing one: in "Opposition rejects result as ruling party claims
    # landslide", the party does not say the opposition rejects it.
    subordinate = verb.dep_ == "advcl" and any(c.dep_ == "mark" and not _as_said(doc, verb, c) for c in verb.children)
    governed = verb.dep_ in ("ccomp", "advcl") and verb.head.i < verb.i and not subordinate
    if verb.dep_ == "parataxis" or governed or _as_aside(verb) or _interrupts_its_clause(doc, verb, speaker):
        # "Lenox was a juggernaut, Mr. Clarke said, until …", "All of this, he said, could …": the governing
        # clause is the content, running around the cue when the cue sits in the middle.
        head = verb.head
        if head.dep_ in SUBJECT_DEPS and head.head.pos_ in ("VERB", "AUX") and head.head.i > verb.i:
            head = head.head  # "The difference now, he told me, is that …": the parse hung the cue on the subject
        start, end = after_dateline(doc, head.left_edge.i), head.right_edge.i + 1
        if _interrupts_its_clause(doc, verb, speaker):
            # "Though that transition was seamless, he said, replacing Clinton would be …": the parse hung the
            # first half on the cue; what was said is the whole sentence the cue interrupts. Only a connective
            # before the cue ("Instead, Trump told CNN, his policy …") is the reporter's, and is left out.
            if all(t.lower_ in _CONNECTIVES or t.is_punct for t in doc[start : min(verb.i, speaker[0])]):
                start = max(verb.right_edge.i + 1, speaker[1])
            return trimmed(doc, start, end)
        cue_start, cue_end = min(verb.left_edge.i, speaker[0]), max(verb.right_edge.i + 1, speaker[1])
        end = min([end, *(c.left_edge.i for c in head.children if c.i > cue_end and _journalists_setting(c))])
        # "…, the statistics office reported on Tuesday -- a development that …": the reporter's gloss after a dash
        # (not the dash closing a cue set off by two: "Spicer -- as Clinton's campaign noted -- even promoted …")
        if cue_start == 0 or doc[cue_start - 1].text not in DASHES:
            glossed = (i for i in (cue_end - 1, cue_end) if cue_start < i < end - 1 and _closing_dash(doc, i, end))
            end = next(glossed, end)
        # (also ‘“Quiet,” he demanded, as Bush continued to interject.’ and a line break after it)
        quoted_before = any(t.is_quote for t in doc[start:cue_start])
        if cue_end >= end - 1 or (quoted_before and cue_end >= _last_word_end(doc, start, end)):
            end = cue_start
        elif cue_start <= start + 1 or _as_aside(verb):
            start = cue_end
        return trimmed(doc, start, end)
    return _sentence_before_tag(doc, verb, speaker)


def _object_after_a_day(verb: Any) -> tuple[int, int] | None:
    """ "condemned on Sunday Ethiopia's announcement of …": machine translation keeps the time before the object
    (as French and Arabic write it), and the parse reads the object as part of the time. The object, if so."""
    doc = verb.doc
    time = next((c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ == "on"), None)
    if time is None:
        return None
    thing = next((c for c in time.children if c.dep_ == "pobj"), None)
    if thing is None or thing.ent_type_ in TIME_LABELS:
        return None
    start = time.i + 1
    while start < thing.i and doc[start].ent_type_ in TIME_LABELS:
        start += 1
    return (start, thing.right_edge.i + 1) if start > time.i + 1 else None


def _last_word_end(doc: Any, start: int, end: int) -> int:
    """Where the last word before `end` ends, past closing punctuation and line breaks."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def _sentence_before_tag(doc: Any, verb: Any, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """ "On the night of July 14, air defense systems … destroyed 25 drones over the Belgorod region, the press
    service of the Russian Ministry of Defense reported.": a sentence closed by its speaker and cue, which the
    parse could not hang on the cue as a clause; what was said is the sentence up to the comma."""
    sentence = verb.sent
    comma = speaker[0] - 1
    # "… an unfavorable view of Trump, the poll found.": the parse may read a closing tag as a relative clause
    relative = verb.dep_ == "relcl" and not any(c.tag_ in ("WDT", "WP", "WRB") for c in verb.children)
    misread = relative or closing_tag_hung_on_the_verb(verb) or _tag_read_as_second_verb(verb)
    if (verb.dep_ != "ROOT" and not misread) or comma < sentence.start or doc[comma].text != ",":
        return None
    if speaker[1] != verb.i or (
        relative and any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : sentence.end])
    ):
        return None
    # ", witnesses said." split off as a sentence of its own: what was said is the paragraph before it.
    opening = _paragraph_start(doc, comma) if comma == sentence.start else sentence.start
    after = [t for t in doc[verb.i + 1 : sentence.end] if not (t.is_punct or t.is_space)]
    if any(t.head.i == verb.i and t.dep_ not in ("prep", "npadvmod", "advmod") and not _when(t) for t in after):
        return None  # the cue goes on with words of its own (not "…, the union announced, after talks broke down")
    if quote_after(doc, verb.i + 1, colon_only=False) is not None:
        return None  # "Asked whether …, Mr. Daley said: ''Of course.''": the quote is what was said
    start = after_dateline(doc, opening)
    before = doc[start:comma]
    clause = any(t.dep_ in SUBJECT_DEPS and start <= t.head.i < comma for t in before) or (
        opening != sentence.start and any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in before)
    )  # a paragraph the parse broke into pieces may have lost its subject
    # "Asked whether …,", "As they contemplate …,", "Then,": a setting the parse hung on the cue, not words said
    setting = any(c.dep_ in ("advcl", "advmod") and start <= c.i < comma for c in verb.children)
    return trimmed(doc, start, comma) if clause and not setting else None


def _tag_read_as_second_verb(verb: Any) -> bool:
    """ "Nurses voted to strike, their union announced on Thursday": a closing tag with its own subject that the
    parse joined to the sentence's verb as a second one, with no "and" or "but" between them."""
    head = verb.head
    if verb.dep_ != "conj" or head.i > verb.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    joined = any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children) or any(
        c.dep_ == "cc" for c in verb.children
    )
    return subject is not None and not joined and verb.doc[subject.left_edge.i - 1].text == ","


def _when(token: Any) -> bool:
    """ "after talks broke down": when something was said, set off after the cue (or whom it was taken from:
    "citing survivors")."""
    marked = any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in token.children)
    return token.dep_ == "advcl" and (marked or citing_a_source(token))


_TIME_MARKS = frozenset({"after", "before", "when", "while", "as", "once", "until"})


def _accused_of_itself(verb: Any, children: Sequence[Any]) -> bool:
    """ "accused of …" with no one accused before "of" and no one who accuses: a passive with "was" left out, as
    headlines write it, not an accusation its subject makes."""
    after = [c for c in children if c.i > verb.i]
    by_whom = any(c.dep_ == "agent" for c in children)  # "Russia accused of war crimes by UN panel" is the panel's
    return bool(after) and after[0].dep_ == "prep" and after[0].lower_ == "of" and verb.tag_ == "VBN" and not by_whom


def _paragraph_start(doc: Any, index: int) -> int:
    """The first token of the paragraph holding token `index`."""
    while index > 0 and not ends_line(doc[index - 1]):
        index -= 1
    return index


def _as_said(doc: Any, verb: Any, mark: Any) -> bool:
    """ "…, as police have said", "failed as predicted": "as" setting off the cue from the words it reports (after
    a comma, or with no subject of its own), not "as" between two clauses ("rejects the result as the ruling
    party claims a landslide")."""
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    before = mark.i - 1
    while before > 0 and doc[before].is_quote:
        before -= 1  # '… investment income," as a memo put it'
    return mark.lower_ == "as" and (not has_subject or (before >= 0 and doc[before].text == ","))


def _journalists_setting(clause: Any) -> bool:
    """ "…, a local volunteer group said, as Sudan's warring factions accused each other": a clause after the
    cue, opened by "as" or "while" and with a subject of its own, sets the scene; it is no part of what was said."""
    return bool(
        clause.dep_ == "advcl"
        and clause.left_edge.lower_ in ("as", "while")
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


def _cast_as(clause: Any) -> bool:
    """ "described the country as beset by illegal immigrants": what the object is cast as belongs to what was
    said, though the parse reads the participle as a clause of its own; "as he left" (with a subject) is when."""
    return bool(
        clause.dep_ == "advcl"
        and clause.tag_ in ("VBN", "JJ")
        and has_mark(clause, "as")
        and not any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


def _interrupts_its_clause(doc: Any, verb: Any, speaker: tuple[int, int]) -> bool:
    """Whether the cue stands between commas inside the clause it reports (", he said, "), the parse having made
    it a parenthetical of that clause's verb."""
    if verb.dep_ not in ("parataxis", "ccomp") or verb.head.i < verb.i:
        return False  # (a clause hung on a later verb: "Instead, Trump told CNN, his policy would be …")
    if verb.head.dep_ == "relcl" or verb.head.left_edge.tag_ in ("WRB", "WDT", "WP"):
        return False  # "the good old days when, he said, protesters …": the clause describes a noun outside it
    after = [c.right_edge.i + 1 for c in verb.children if c.i > verb.i and c.dep_ != "punct"]
    start, end = min(speaker[0], verb.i), max(speaker[1], verb.i + 1, *after)
    return bool(start > 0 and end < len(doc) and doc[start - 1].text == "," and doc[end].text == ",")


def _addressed_before_infinitive(verb: Any) -> tuple[Any, Any] | None:
    """ "called on the United States to attack …", "has called for the secretary to release …": who is called on
    to act is part of what was called for, particle and all (as in "called for new elections"); the parser hangs
    the infinitive on the cue, after a phrase. Only right after the verb: "called for calm on Friday to avoid
    …" is another thing, and so is a day ("claimed on Monday to have shot down …"). The preposition and the
    infinitive, if so."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "for") or prep.i != verb.i + 1 or is_time_phrase(prep):
            continue
        for clause in verb.children:
            to = clause.left_edge
            if clause.dep_ in ("xcomp", "advcl") and to.i == prep.right_edge.i + 1 and to.lower_ == "to":
                return prep, clause
    return None


def _one_side_of_the_cue(doc: Any, verb: Any, speaker: tuple[int, int], clauses: list[Any]) -> list[Any]:
    """Which of the clauses the parse hung on a cue were said, when some stand before its speaker: a cue reports
    one clause, and the parse often hangs the sentence's setting on it too."""
    before = [c for c in clauses if c.i < verb.i]
    after = [c for c in clauses if c.i > verb.i]
    if after and all(_comment_on_the_news(doc, c) for c in after):
        # "Ethiopia has completed the filling, Abiy said on Saturday, a move Egypt says threatens its water": what
        # the reporter adds after the cue says what the news is to others; what was said came before (the parse
        # may call it a clause of the cue's setting).
        fronted = [c for c in verb.children if c.dep_ == "advcl" and _said_before_speaker(doc, c, speaker)]
        if before or fronted:
            return before or fronted
    if not before:
        return clauses
    if verb.i < speaker[0] and after_quote(doc, verb.i):
        return before  # ‘“…,” said Ben Carson, asked about his claims’: the quote; the rest is the reporter's
    that_clause_after = any(c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark" for c in after)
    if after_quote(doc, speaker[0]):
        # "“Labels are for soup cans,” he told a crowd that the organisers estimated at 3,000", "“…,” Lindner told
        # the newspaper Bild am Sonntag": the quote was said; a clause after the cue is the parse misreading a
        # relative clause or a name, unless the quote resumes with it ("…,” he said, “which, by the way, …”).
        if that_clause_after:
            return before
        first = min(c.left_edge.i for c in before)
        # (not "He thought of his speeches as ''little talks,'' he told friends, in which …")
        quoted = opens_quote(doc, first) or (first > 0 and opens_quote(doc, first - 1))
        return before + [c for c in after if not quoted or _quote_opens_before(doc, verb.i, c.left_edge.i)]
    # (or a spaced dash: "… than Mr. Trump - 60 percent of voters said …")
    closed_before = speaker[0] > 1 and (
        doc[speaker[0] - 1].text in (":", ";") or (spaced_dash(doc[speaker[0] - 1]) and doc[speaker[0] - 2].text != ",")
    )  # (not the dash that closes speech set off by dashes: "— We will not allow this, — Zakharova said")
    negated = any(c.dep_ == "neg" for c in verb.children)
    if that_clause_after or closed_before or negated:
        # "Writing for a panel that agreed Pence won, Barabak noted that the way Pence …" (with a "that" clause
        # after the cue, what comes before the speaker is the setting); "… set off partisan fireworks:
        # Republicans said they're convinced …", "… were with donors; campaign says schedule ‘cherry-picked’" (a
        # colon or semicolon closes the sentence before); "…, the moderators didn't ask her about it" (words
        # before a denied cue report nothing).
        return after
    return clauses


def _quote_opens_before(doc: Any, start: int, index: int) -> bool:
    """Whether a quote opens between token `start` and token `index` (inclusive)."""
    return any(doc[i].is_quote and opens_quote(doc, i) for i in range(start + 1, index + 1))


def _participle_after_tag(doc: Any, verb: Any, speaker: tuple[int, int], clause: Any) -> bool:
    """‘“…,” Sanders said in an interview with CNN's Gloria Borger aired Monday’: after a cue that tags the quote
    before it, a verb with no subject and no "that" is the parse's misreading of a participle (the interview
    aired), not a clause that was said."""
    tag = speaker[1] == verb.i or verb.i + 1 == speaker[0]  # "Sanders said", "said Sanders", nothing between
    if (
        clause.i < verb.i
        or clause.tag_ not in ("VBD", "VBN")
        or not tag
        or not after_quote(doc, min(speaker[0], verb.i))
    ):
        return False
    return not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("expl", "mark") for c in clause.children)


def _quoted_title(doc: Any, verb: Any, clause: Any) -> bool:
    """‘Perez said Sunday on NBC's “Meet the Press.”’: the parse may make a show's quoted name a clause of the
    cue; a quote opened after a preposition, an article or a possessive names something, it is not what was said."""
    first = clause.left_edge.i
    if doc[first].is_quote:
        first += 1
    if clause.i < verb.i or first < 2 or not doc[first - 1].is_quote:
        return False
    closing = next((t.i for t in doc[first:] if t.is_quote), len(doc))
    last = clause.right_edge.i
    if any(not t.is_punct for t in doc[min(closing, last + 1) : max(closing, last + 1)]):
        return False  # "said on NBC's ''Meet the Press'' on Sunday that …": the parse hung the clause on the name
    before = doc[first - 2]
    # (not "that", which opens a clause, nor "as" and "like", which give what something was called)
    return before.tag_ in ("POS", "IN", "DT") and before.lower_ not in ("that", "as", "like") and doc[first].is_title


def _comment_on_the_news(doc: Any, clause: Any) -> bool:
    """A clause after a comma whose subject is "a move", "a decision", "a step": the reporter's word on the
    news just told, not more of it."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    first = clause.left_edge
    quoted = any(token.is_quote for token in doc[first.i : clause.right_edge.i + 1])
    return (
        not quoted
        and subject is not None
        and subject.left_edge == first
        and first.lower_ in ("a", "an")
        and first.i > 0
        and doc[first.i - 1].text == ","
    )


def _said_before_speaker(doc: Any, clause: Any, speaker: tuple[int, int]) -> bool:
    """A clause with a subject of its own that ends with the comma right before the speaker ("Ethiopia has
    completed the filling, Prime Minister Abiy Ahmed said")."""
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    return has_subject and clause.right_edge.i + 2 == speaker[0] and doc[speaker[0] - 1].text == ","


def after_dateline(doc: Any, start: int) -> int:
    """ "WASHINGTON ― Trump's obsession … is an insult, lawmakers said": the dateline opening the article's first
    sentence is where it was written, not what was said. Only the line around `start` is read: this runs for
    every candidate claim, and the whole text of a parse is rebuilt each time it is asked for."""
    if start >= len(doc):
        return start
    line_start = next(
        (i for i in range(start, max(start - MOST_DATELINE_TOKENS, 0) - 1, -1) if i == 0 or ends_line(doc[i - 1])),
        None,
    )
    if line_start is None:
        return start  # further into its line than any dateline runs
    window = doc[line_start : line_start + 2 * MOST_DATELINE_TOKENS]
    dateline = dateline_at(window.text, doc[start].idx - window.start_char)
    if dateline is None:
        return start
    end = window.start_char + dateline.span.end
    after = next((token.i for token in doc[start:] if token.idx >= end), start)
    return after if after < len(doc) - 1 else start


def _past_content_conjunct(verb: Any, heads: Sequence[Any], end: int) -> int:
    """ "wants to double the police, hire more teachers and build a hospital", "has mentioned raising the wage and
    forcing companies to …": the parse hangs the rest of what was said on the cue verb. A conjunct with no
    subject of its own, in a form the cue cannot take but the content has, continues the content."""
    forms = {_verb_form(head) for head in heads}
    for conjunct in verb.children:
        if conjunct.dep_ != "conj" or conjunct.i < end or conjunct.pos_ != "VERB":
            continue
        if any(c.dep_ in SUBJECT_DEPS for c in conjunct.children) or cues.verb_lemma(conjunct.text) is not None:
            continue
        form = _verb_form(conjunct)
        if form is not None and form in forms and form != _verb_form(verb):
            end = max(end, before_own_clause(conjunct))
    return end


def _past_reason(verb: Any, end: int) -> int:
    """ "Gowdy said that claim smacked of hypocrisy, because Democrats have …": the parse hangs the reason on the
    cue, but it is the speaker's argument, part of what was said."""
    for child in verb.children:
        because = any(c.dep_ == "mark" and c.lower_ == "because" for c in child.children)
        if child.dep_ == "advcl" and because and child.left_edge.i in (end, end + 1):
            return int(child.right_edge.i) + 1
    return end


def before_own_clause(conjunct: Any) -> int:
    """Where a conjunct of the content ends: before a clause hung on it that has a subject or cue of its own
    ("fix the … system and he, once again, pledged …"), which is a claim of its own."""
    doc = conjunct.doc
    for token in doc[conjunct.i + 1 : conjunct.right_edge.i + 1]:
        if token.lower_ == "with" and doc[token.i - 1].text == "," and (token.head == conjunct or _absolute(token)):
            return int(token.i) - 1  # "…, with both Obama and his wife expected to visit": the reporter's addition
        own_subject = any(c.dep_ in SUBJECT_DEPS for c in token.children)
        if token.dep_ == "conj" and token.pos_ == "VERB" and (own_subject or cues.verb_lemma(token.text)):
            end = token.left_edge.i
            while end > conjunct.i + 1 and (doc[end - 1].dep_ == "cc" or doc[end - 1].is_punct):
                end -= 1
            return int(end)
    return int(conjunct.right_edge.i) + 1


def _absolute(with_: Any) -> bool:
    """ "with Obama expected to visit", "with prices rising": "with" and a noun doing something, a clause of its own
    without a finite verb."""
    return any(
        c.dep_ == "pcomp" or (c.dep_ == "pobj" and any(g.pos_ == "VERB" for g in c.children)) for c in with_.children
    )


def _verb_form(token: Any) -> str | None:
    """The inflection a verb phrase starts with, so conjuncts can be matched: "-ing" ("raising the wage", which
    the parse may read as a noun with a participle before it) or the bare infinitive ("to meet", "exceed")."""
    first = token.doc[token.left_edge.i] if token.pos_ == "NOUN" else token
    if first.tag_ == "VBG":
        return "ing"
    if token.tag_ in ("VB", "VBP") and token.pos_ == "VERB":
        return "bare"
    return None


def _interrupted_clause(verb: Any, speaker: tuple[int, int]) -> tuple[int, int] | None:
    """ "These workers, the chief executive explained, were well paid", "Hawaii, as one adviser pointed out, does
    not get …": the cue interrupts the clause it reports, and the parse splits that clause into a phrase before
    the cue and a predicate after it, both hung on the cue. The clause runs from the one to the other."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.i < speaker[0] and _fronted_subject(c)), None)
    if subject is None:
        return None
    for predicate in verb.children:
        opened_by_comma = doc[predicate.left_edge.i - 1].text == ","
        if predicate.i > verb.i and opened_by_comma and _bare_predicate(predicate):
            return subject.left_edge.i, verb.right_edge.i + 1
    return None


def _fronted_subject(phrase: Any) -> bool:
    """A noun phrase set off by a comma before the cue that the parse did not make the cue's speaker."""
    return bool(
        phrase.dep_ in ("nsubj", "npadvmod", "dep")
        and phrase.pos_ in ("NOUN", "PROPN", "PRON")
        and _comma_after(phrase)
    )


def _bare_predicate(clause: Any) -> bool:
    """A finite verb phrase with no subject or conjunction of its own ("were well paid", "normally does not get …")."""
    return bool(
        clause.dep_ in ("conj", "advcl", "ccomp", "parataxis", "dep")
        and clause.pos_ in ("VERB", "AUX")
        and clause.tag_ not in ("VBG", "VBN", "TO")
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("mark", "cc") for c in clause.children)
    )


def _as_aside(verb: Any) -> bool:
    """ "As many tax experts have pointed out, Mr. Trump is free to …", "Yet, as Mr. Bown observed, …", "As
    the memo put it, …": the clause the aside opens is what they said."""
    return bool(
        verb.dep_ == "advcl"
        and verb.head.i > verb.i
        and has_mark(verb, "as")
        and (puts_it(verb) or cues.verb_lemma(verb.text) in cues.ASIDE_VERBS)
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ != "it" for c in verb.children)
    )


def puts_it(verb: Any) -> bool:
    """ "As Ms. Simonyan put it, …", "To put it bluntly, …": "put it" as a manner of saying (after "as", or with
    an adverb of manner), not "put it on the table"."""
    if verb.lower_ not in PUT_FORMS or not any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children):
        return False
    return has_mark(verb, "as") or any(c.lower_ in ("bluntly", "simply", "succinctly", "best") for c in verb.children)


def _told_clause_of(verb: Any, children: Sequence[Any], objects: Sequence[Any]) -> Any:
    """ "told a briefing that …", "told analysts on a conference call that …": the that-clause the parse hung on
    whom, or on where, it was told."""
    occasions = [o for c in children if c.dep_ == "prep" and c.i > verb.i for o in c.children if o.dep_ == "pobj"]
    return next((c for obj in [*objects, *occasions] if (c := _told_clause(obj)) is not None), None)


def _told_clause(obj: Any) -> Any:
    """ "told a briefing that the Philippines would file a note": the parse reads the that-clause as a relative
    clause of whom it was told to, but a clause with a subject of its own after "that" is what was told (the
    parse may call that "that" a mark or, "told a regular press briefing that …", a dative; not an object: "told
    a story that the children loved")."""
    for clause in obj.children:
        that = clause.left_edge
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i > that.i]
        if clause.dep_ == "relcl" and that.lower_ == "that" and that.dep_ in ("mark", "dative") and subjects:
            return clause
    return None


def _acquaintance(obj: Any) -> bool:
    """Whom someone knows, which is no view: "has known Trump for years", "knew her at school"."""
    person = obj.ent_type_ == "PERSON" or obj.lower_ in ("him", "her", "them", "me", "us", "you")
    return bool(obj.dep_ == "dobj" and person)


def _only_whom(obj: Any) -> bool:
    """The object of "told" that only says whom ("told AFP", "told reporters on Monday"), where the parse hung no
    clause or topic on it ("told a meeting of leaders that …", "reminded voters of …" keep theirs)."""
    if obj.dep_ not in ("dobj", "dative") or (obj.lower_ in _TOLD_CONTENT and obj.pos_ != "PROPN"):
        return False  # (but "told ABC News" says whom)
    topics = ("about",) if obj.lower_ in _OCCASION_NOUNS else ("of", "about")  # "told a session of Parliament"
    return not any(
        t.pos_ in ("VERB", "AUX") or (t.head.i == obj.i and t.dep_ == "prep" and t.lower_ in topics)
        for t in obj.subtree
    )


def _before_aside(doc: Any, verb: Any, start: int, end: int) -> int:
    """ "likened RT to the BBC, which receives some government funding", "proposed a no-fly zone, an approach
    several Republicans also favor": an aside after a comma is the reporter's description of what the
    speaker named, not part of what was said."""
    naming = cues.verb_lemma(verb.text) in _NAMING_VERBS  # "called Clinton, his rival, an ISIS co-founder"
    for i in range(start + 1, end - 1):
        aside = doc[i + 1].head
        if doc[i].text == "," and doc[i + 1].lower_ in ("which", "who") and aside.dep_ == "relcl":
            # ‘accused Rafael Cruz, who was born in Cuba, of associating with …’: an aside in the middle stays.
            after = aside.right_edge.i + 1
            resumed = after + 1 < end and doc[after].text == "," and doc[after + 1].lower_ in _CONTENT_PREPOSITIONS
            return end if resumed else i
        if _closing_dash(doc, i, end):
            return i  # "thanked Trump for backing his priority - delaying a planned end to …"
        if _on_terms(doc[i]) and doc[i].right_edge.i + 1 >= end:
            return i  # "confirmed the meeting on condition of anonymity", hung on the object by the parse
        if doc[i].text == "," and not naming and any(_closing_description(t, i, end) for t in doc[i + 1 : end]):
            return i  # "is endorsing Trump's campaign, the latest chapter in a rocky relationship"
    return end


def _before_closing_relative(doc: Any, start: int, end: int) -> int:
    """ "said she plans to vote for Senator Bernie Sanders, who similarly blasts free trade": a relative clause
    set off by a comma at the end of what was said is the reporter's description of what the speaker named,
    unless it quotes ("a large turnout, which “will help elect …”")."""
    for i in range(start + 1, end - 1):
        aside = doc[i + 1].head
        relative = doc[i + 1].lower_ in ("which", "who", "whom") and aside.dep_ == "relcl"
        if doc[i].text == "," and relative and aside.right_edge.i + 1 >= end:
            return end if any(t.is_quote for t in doc[i + 1 : end]) else i
    return end


def _closing_dash(doc: Any, index: int, end: int) -> bool:
    """A spaced dash that sets off the reporter's gloss to the end of the content; not a pair of dashes around an
    aside ("a referendum — “No to Free Lawyers” — for June 5") nor "– and not the federal government"."""
    if not spaced_dash(doc[index]):
        return False
    paired = any(t.text in DASHES for t in doc[index + 1 : end])
    return not paired and doc[index + 1].dep_ not in ("cc", "neg", "preconj")


def _closing_description(token: Any, comma: int, end: int) -> bool:
    """A phrase in apposition after `comma` that closes the content and describes rather than names ("the latest
    chapter in …", "a claim not recognized internationally"; not "his rival, Hillary Clinton")."""
    return bool(
        token.dep_ == "appos"
        and token.head.i < comma
        and token.right_edge.i + 1 >= end
        and token.pos_ == "NOUN"
        and token.doc[comma + 1].tag_ == "DT"
    )


def _comma_after(phrase: Any) -> bool:
    following = phrase.right_edge.i + 1
    return bool(following < len(phrase.doc) and phrase.doc[following].text == ",")


def _reports_findings(doc: Any, speaker: tuple[int, int]) -> bool:
    """ "The video shows a crowd" reports nothing, but "the poll shows Sanders ahead" reports a finding."""
    return any(doc[i].lower_ in cues.EVIDENCE_SOURCES for i in range(*speaker))


def _told_to_do(lemma: str, verb: Any, child: Any) -> bool:
    """ "tells his supporters at a rally to “go to your place and vote”", "called on the United States and
    France, which brokered the truce, to pressure Israel …": the parser, thrown by a quote mark or an aside,
    reads what they were told to do as an adverbial clause (of purpose) after whom."""
    if lemma not in _ADDRESSED_TO_DO or child.dep_ != "advcl" or child.i < verb.i:
        return False
    told = any(_addressee(lemma, c) and c.i < child.i for c in verb.children)
    return told and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _addressee(lemma: str, child: Any) -> bool:
    """Whom a verb of telling or urging addresses: "told his supporters", "called on the United States" (not
    "called an emergency meeting to discuss …", "calling Yahoo News to ask …": what someone calls to do something
    is the purpose of the call)."""
    return bool(_addressed_on(child) or (child.dep_ == "dobj" and lemma != "call"))


def _addressed_on(child: Any) -> bool:
    """ "on the United States" of "called on the United States", not "on Friday"."""
    if child.dep_ != "prep" or child.lower_ not in _ADDRESSING_PREPOSITIONS:
        return False
    whom = next((c for c in child.children if c.dep_ == "pobj"), None)
    return whom is not None and whom.ent_type_ not in TIME_LABELS


def _is_for_clause(child: Any) -> bool:
    """ "calling for the United States to step up …": the parser reads "for X to do" as an adverbial clause."""
    return child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)


def _is_that_clause(verb: Any, child: Any) -> bool:
    """ "tweeted in the early morning hours that Machado was …": after a phrase, the parser may read the
    reported clause as an adverbial one (or, in "Trump charges that …" read as a noun phrase, as a noun's)."""
    if child.i < verb.i:
        return False
    if child.dep_ == "acl":
        return bool(verb.tag_ == "NNS" and child.left_edge.lower_ == "that")
    if child.dep_ != "advcl":
        return False
    if child.left_edge.lower_ == "that":
        return True
    # "said after the convention he would not accept …": a clause with its own subject and no conjunction
    # is what was said, too; "when he ran", "should Trump win" are the time or the condition of saying it.
    marked = any(c.dep_ == "mark" for c in child.children)
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in child.children)
    opener = child.left_edge  # not "when", "should", "(", nor a participle
    tells_when = opener.tag_ in ("VBG", "WRB", "MD") or opener.pos_ in ("AUX", "PUNCT")
    # "urged … to raise the cutoff to $51,000, which … is where it stood": a relative clause the parse misread,
    # the reporter's unless it is quoted ("he said, “which, by the way, wants to murder …”").
    relative = opener.tag_ in ("WDT", "WP") and not any(t.is_quote for t in child.doc[opener.i - 1 : opener.i])
    return has_subject and not marked and not tells_when and not relative


def _is_question_clause(child: Any) -> bool:
    """ "asked the students if they were …": the parser reads an indirect question after an object as adverbial."""
    return child.dep_ in ("advcl", "ccomp") and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children
    )


def _clause_in_setting(child: Any) -> Any:
    """ "argued in the brief that the policy hurts the economy": the parser may hang the reported clause on the
    noun of a phrase of place or time, which takes no such clause."""
    if child.dep_ != "prep" or child.lower_ not in SETTING_PREPOSITIONS:
        return None
    place = next((c for c in child.children if c.dep_ == "pobj"), None)
    if place is None:
        return None
    nouns = [place, *(c for c in place.children if c.dep_ == "appos")]  # "at a Manchester, N.H., diner that …"
    posted = place.lower_ in cues.DOCUMENT_NOUNS
    if posted:
        # "in a post on the X platform that …": the noun of a phrase within a post's phrase
        nouns += [obj for c in place.children if c.dep_ == "prep" for obj in c.children if obj.dep_ == "pobj"]
    clauses = (c for noun in nouns for c in noun.children if c.dep_ in ("acl", "relcl"))
    return next((c for c in clauses if c.left_edge.lower_ == "that" and _that_opens_a_clause(c, posted)), None)


def _that_opens_a_clause(clause: Any, posted: bool) -> bool:
    """ "that" as a conjunction; after a post, also "that" read as the object of a clause with a subject of its
    own ("in a post on the X platform that the forces had withdrawn"), which a post names no thing by."""
    that = clause.left_edge
    return bool(that.tag_ == "IN" or (posted and any(c.dep_ == "nsubj" and c.i > that.i for c in clause.children)))


def quote_opens_after_comma(doc: Any, content: tuple[int, int], clause: tuple[int, int]) -> bool:
    """Whether a comma and an opening quote follow the cue clause (its speaker and cue), while the content the
    parse found starts before it with words of the narrative: not a quote the cue interrupts (‘“A,” he said,
    “B.”’), nor a sentence it interrupts between commas (‘A downturn, he said, “could be a good time …”’)."""
    start, end = clause
    if not (content[0] < end - 1 and end + 1 < len(doc)) or doc[content[0]].is_quote:
        return False
    opener = doc[content[0]]
    # "Pressed on the nominee, Okafor said, “…”", "When the mayor noted …, Ruiz shot back, “…”": a clause of its
    # own, set off before the cue, is the narrative's; only a sentence's first words before it continue in the quote.
    set_off_clause = opener.tag_ in ("VBN", "VBG") or opener.dep_ == "advcl" or opener.lower_ in _SUBORDINATORS
    if start > 0 and doc[start - 1].text == "," and not set_off_clause:
        return False
    return bool(doc[end].text == "," and doc[end + 1].is_quote and doc[end + 1].tag_ == "``")


def _said_of_noun_before(doc: Any, verb: Any) -> tuple[int, int] | None:
    """ "… to act against militants it says use Afghan soil to attack Pakistan": a relative clause without "that",
    which the parse may read as the sentence's main verb with everything before it as what was said. What is
    said is of the noun right before its subject: from that noun to the end of the verb that follows."""
    if verb.i < 2 or verb.i + 1 >= len(doc):
        return None
    subject, noun, said = doc[verb.i - 1], doc[verb.i - 2], doc[verb.i + 1]
    if subject.dep_ not in SUBJECT_DEPS or subject.head != verb or subject.pos_ not in ("PRON", "PROPN"):
        return None
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj"):
        return None
    if said.head != verb or said.tag_ not in ("VB", "VBP", "VBZ", "VBD"):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in said.children):
        return None  # "… the deal he says he signed": a clause with its own subject
    return trimmed(doc, noun.left_edge.i, said.right_edge.i + 1)


def words_after_colon(doc: Any, index: int) -> tuple[int, int] | None:
    """The words after a colon that closes the cue's clause, set apart as the speaker's without quotation marks:
    the next paragraph where the colon ends its own ("The governor added:¶It's typical of …"), else the rest of
    the sentence ("the minister told the committee: the army has enough shells …", as wires and machine
    translation write speech)."""
    if index >= len(doc) or doc[index].text != ":":
        return None
    space_after = index + 1 < len(doc) and doc[index + 1].is_space
    ends_paragraph = ends_line(doc[index]) or (space_after and ends_line(doc[index + 1]))
    start = index + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    end = start
    while end < len(doc) and not ends_line(doc[end]) and (ends_paragraph or doc[end].text not in _SENTENCE_ENDS):
        end += 1
    return trimmed(doc, start, min(end + 1, len(doc))) if start < len(doc) else None


def _to_whom(lemma: str, phrase: Any) -> bool:
    """ "disclosed them to the AP", "explained the plan to reporters": a "to" phrase after the object of a verb
    of telling names whom it was told to (unlike "likened RT to the BBC", "pledged support to Kyiv")."""
    if phrase.dep_ != "prep" or phrase.lower_ != "to" or lemma not in _TOLD_TO:
        return False
    whom = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    return whom is not None and (whom.pos_ == "PRON" or can_speak(whom))  # not "closeness to party elites"


def _called_for(lemma: str, phrase: Any) -> bool:
    """ "called for a new day of strikes", "appealed for calm": what is called for, even where the tagger reads
    it as a time ("a new day")."""
    asked_for = any(c.dep_ in ("pobj", "pcomp") for c in phrase.children)  # not "which they never asked for"
    return phrase.dep_ == "prep" and phrase.lower_ == "for" and lemma in _CALLING_FOR and asked_for


def _how_not_what(lemma: str, phrase: Any) -> bool:
    """ "is adding to her delegate lead", "responded on Twitter": with these cues the phrase tells what grew, or
    where someone reacted, not what they said."""
    return phrase.dep_ == "prep" and phrase.lower_ in _REACTION_PREPOSITIONS.get(lemma, ())


def _is_setting(token: Any) -> bool:
    """Prepositional phrases that set time, channel or occasion ("on Wednesday", "in a statement", "during the
    debate", "at a rally", "on condition of anonymity", ", with jabs that …"), not content."""
    if token.dep_ != "prep":
        return False
    if token.lower_ in _TIME_PREPOSITIONS or token.lower_ in _CIRCUMSTANCE_PREPOSITIONS or _after_comma(token):
        return True
    objects = [c for c in token.children if c.dep_ in ("pobj", "pcomp")]
    if not objects:
        # "rated 32% of claims as “false”", "31 incidents out of more than a billion ballots": where the parser
        # gives a preposition words but no object, they are still words of the content.
        return not any(True for _ in token.children)
    obj = objects[0]
    channel = token.lower_ not in _CONTENT_PREPOSITIONS and obj.lower_ in cues.NOUN_CUES
    occasion = token.lower_ == "at" and obj.lower_ in _OCCASION_NOUNS
    # "Writing on Telegram, the group said …", "posted on X": the platform, a name alone after "on"
    posted = cues.verb_lemma(token.head.text) in _POSTING_LEMMAS and token.lower_ in ("on", "via")
    platform = posted and obj.pos_ == "PROPN" and not any(True for _ in obj.children)
    return obj.ent_type_ in TIME_LABELS or channel or occasion or platform or _on_terms(token)


_POSTING_LEMMAS = frozenset({"write", "post", "tweet", "publish"})


def _on_terms(preposition: Any) -> bool:
    """ "on condition of anonymity", "on background": the terms a source spoke on, not a topic ("on condition
    that …" is what was agreed)."""
    if preposition.lower_ != "on":
        return False
    obj = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    of_whom = [g.lower_ for c in obj.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return obj.lower_ == "background" or (obj.lower_ == "condition" and of_whom == ["anonymity"])


def _after_comma(token: Any) -> bool:
    """ ", with jabs that …", ", including …" hung on the verb after its object: the reporter's aside, unless the
    comma only closes an apposition or a relative clause ("accused the North's leader, Kim Jong Un, of …",
    "accused Rafael Cruz, who was born in Cuba, of …")."""
    comma = token.nbor(-1)
    if comma.text != "," or comma.i == 0:
        return False
    closed = comma.nbor(-1)
    closes = ("appos", "relcl") if token.lower_ in _CONTENT_PREPOSITIONS else ("appos",)
    return not any(t.dep_ in closes and t.right_edge.i == closed.i for t in [closed, *closed.ancestors])
