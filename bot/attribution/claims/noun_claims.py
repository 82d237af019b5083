"""Claims built on a noun or a preposition: "according to X, …", "a study found …" read through its source,
"X's claim that …", "Clinton's comments on …", "questions about …"."""

from __future__ import annotations

from typing import Any

from bot.attribution import cues, speakers
from bot.attribution.claims.content_of import after_dateline
from bot.attribution.claims.tokens import Found, can_speak, has_that, prep_object, subtree, trimmed
from bot.attribution.claims.words import EXPLETIVES, SOURCE_MATERIAL, SUBJECT_DEPS, TIME_LABELS
from bot.attribution.parties import word_set
from bot.attribution.speakers import PLACE_LABELS

# Verbs whose subject holds the doubt or concern it puts forward: "raised questions about", "has concerns about".
_VOICING_FORMS = word_set(
    """raise raises raised raising express expresses expressed expressing voice voices voiced voicing pose poses
    posed posing share shares shared sharing air airs aired airing have has had having"""
)
# Verbs whose subject delivers the words their object names: "launched attacks on", "leveled charges against".
_DELIVERING_FORMS = word_set(
    """launch launches launched launching unleash unleashes unleashed unleashing level levels leveled levelled
    leveling levelling lodge lodges lodged lodging hurl hurls hurled hurling issue issues issued issuing deliver
    delivers delivered delivering make makes made making"""
) | (_VOICING_FORMS - word_set("have has had having"))  # not "has the support of 27 percent"
# Nouns after an opening "For" that say for whose benefit or for how long, not whose view: "For the first time,
# …", "For the company's sake, …".
_NOT_VIEWS = word_set("time moment part sake record example instance now years decades months weeks days")
# Nouns whose "about" phrase is the subject they cover, not a view held: "an interview about his policies".
# What someone holds or says, credited by "in": "in her view", "in the words of the ministry".
_HELD_IN = frozenset({"view", "opinion", "words", "estimation", "judgment", "judgement", "assessment", "eyes"})
_WHAT_IT_IS_ABOUT = cues.DOCUMENT_NOUNS | {"interview", "interviews", "article", "speech", "book", "story", "show"}


def according_to_claim(doc: Any, token: Any) -> Found | None:
    """ "According to X, …": the rest of the sentence is what X says."""
    preposition = next((c for c in token.children if c.lower_ == "to"), None)
    if preposition is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
        preposition = doc[token.i + 1]
    if preposition is None:
        return None
    source = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    phrase = (token.i, max(source.right_edge.i + 1, preposition.i + 1))
    speaker = _source_behind(source)
    name_end = _name_set_off_after(doc, source, phrase[1])
    if name_end is not None:
        # "According to its spokeswoman, Yevgenia Yashina, repair crews …": the parse made the name a subject
        # of what she said.
        phrase, speaker = (phrase[0], name_end), (speaker[0], name_end)
    sentence = token.sent
    before = trimmed(doc, sentence.start, phrase[0])
    after = trimmed(doc, phrase[1], sentence.end)
    parts = [p for p in (before, after) if p is not None]
    if not parts:
        return None
    content = (min(p[0] for p in parts), max(p[1] for p in parts))
    return Found(speaker, (token.i, preposition.i + 1), content)


def _name_set_off_after(doc: Any, source: Any, end: int) -> int | None:
    """Where the name of a person set off by commas after the role that stands as the source ends ("its
    spokeswoman, Yevgenia Yashina, …"), if one follows."""
    if source.lower_ not in cues.PERSON_ROLES or end >= len(doc) or doc[end].text != ",":
        return None
    name_end = end + 1
    while name_end < len(doc) and doc[name_end].pos_ == "PROPN" and doc[name_end].is_title:
        name_end += 1
    # closed by a comma, or by the sentence's end ("…, according to its spokesperson, Ester Muñoz.")
    closed = name_end < len(doc) and doc[name_end].text in (",", ".")
    return name_end if closed and speakers.is_set_off_name(doc[end + 1 : name_end]) else None


def findings_claim(doc: Any, token: Any) -> Found | None:
    """ "In the previous poll, Clinton led Trump by 5 points": a poll or a study named before the clause, set
    off by a comma, is the source of what the clause says."""
    clause = token.head
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or source.lower_ not in cues.EVIDENCE_SOURCES or clause.pos_ not in ("VERB", "AUX"):
        return None
    if cues.verb_lemma(clause.text) is not None:
        return None  # "In a survey, Working America found …": the clause has a speaker of its own
    comma = source.right_edge.i + 1
    if token.i > clause.i or comma >= len(doc) or doc[comma].text != ",":
        return None
    if any(t.dep_ not in ("cc", "advmod", "punct") for t in doc[clause.left_edge.i : token.i]):
        return None  # "…, and even the central bank, in a report issued this month, have contested …"
    content = trimmed(doc, comma + 1, clause.right_edge.i + 1)
    return None if content is None else Found(speakers.speaker_tokens(source), (token.i, token.i + 1), content)


def in_view_claim(doc: Any, token: Any) -> Found | None:
    """ "In Professor Okafor's view, the reform came too late", "In the words of the ministry, …", "The strikes
    were a breach of the truce, in her opinion": a view or words credited to their holder by "in", the clause
    they are set off from is what the holder thinks or says."""
    view = next((c for c in token.children if c.dep_ == "pobj" and c.lower_ in _HELD_IN), None)
    clause = token.head
    if view is None or clause.pos_ not in ("VERB", "AUX"):
        return None
    holder = next((c for c in view.children if c.dep_ == "poss"), None)
    if holder is None:
        of = next((c for c in view.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if holder is None or (holder.pos_ != "PRON" and not can_speak(holder)):
        return None
    if token.i < clause.i:
        comma = token.right_edge.i + 1
        if comma >= len(doc) or doc[comma].text != "," or after_dateline(doc, token.sent.start) != token.i:
            return None  # only a sentence opened by the phrase
        content = trimmed(doc, comma + 1, clause.right_edge.i + 1)
    else:
        if doc[token.i - 1].text != "," or token.right_edge.i + 1 != clause.right_edge.i:
            return None  # only a phrase that closes its sentence after a comma
        content = trimmed(doc, clause.left_edge.i, token.i - 1)
    holder_words = speakers.speaker_tokens(holder) if holder.pos_ != "PRON" else (holder.i, holder.i + 1)
    return None if content is None else Found(holder_words, (token.i, view.i + 1), content)


def viewpoint_claim(doc: Any, token: Any) -> Found | None:
    """ "For the researcher Jean Dupont, the reform will hit the poorest hardest", "For the unions, this reform is
    “a provocation”": a person or a body named before the sentence's clause, set off by a comma, holds the view
    the clause states. French, Spanish and Italian news write views so ("Pour le chercheur …", "Para el
    ministro …"), and machine translation keeps it. Not "For the moment, …" nor "For France, the tournament …":
    a time or a place holds no view."""
    clause = token.head
    source = next((c for c in token.children if c.dep_ == "pobj"), None)
    if source is None or clause.pos_ not in ("VERB", "AUX") or token.i > clause.i:
        return None
    if after_dateline(doc, token.sent.start) != token.i or not can_speak(source):
        return None  # only a sentence opened by the phrase
    if source.ent_type_ in PLACE_LABELS or source.ent_type_ in TIME_LABELS or source.lower_ in _NOT_VIEWS:
        return None
    if not _holds_views(doc[slice(*speakers.speaker_tokens(source))]) or not _states_now(clause):
        # "For Mr. Obama, it was a day of celebration", "For Democrats, the overnight horror recast …": English
        # news tells what events meant to someone so, in the reporter's words.
        return None
    if any(t.lower_ in cues.SOURCE_PREPOSITIONS for t in doc[token.i : token.sent.end]):
        return None  # "For the Popular Party, the plan is …, according to its spokesperson": hers, said for it
    comma = source.right_edge.i + 1
    subject = any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children)
    if comma >= len(doc) or doc[comma].text != "," or not subject:
        return None
    content = trimmed(doc, comma + 1, clause.right_edge.i + 1)
    return None if content is None else Found(speakers.speaker_tokens(source), (token.i, token.i + 1), content)


def _holds_views(phrase: Any) -> bool:
    """Whether a phrase names someone by a role or a body ("the researcher Jean Dupont", "Prime Minister Élisabeth
    Borne", "the unions"), as a view is credited; not a bare name or a crowd ("For Trump", "For voters")."""
    words = {t.lower_ for t in phrase} | {t.lower_[:-1] for t in phrase if t.lower_.endswith("s")}
    return bool(words & (cues.PERSON_ROLES | cues.GROUP_NOUNS))


def _states_now(clause: Any) -> bool:
    """A view is told in the present or with a modal ("the reform will hit …", "there is no alternative"); a
    clause in the past narrates."""
    return clause.tag_ in ("VBZ", "VBP") or any(c.tag_ == "MD" or c.tag_ in ("VBZ", "VBP") for c in clause.children)


def _source_behind(source: Any) -> tuple[int, int]:
    """ "according to a speech Mrs. Clinton delivered": the speaker of a statement, report or speech described
    by who made it is that maker; otherwise the phrase itself ("according to the ministry")."""
    if source.lower_ in cues.NOUN_CUES:
        for clause in source.children:
            maker = next((c for c in clause.children if c.dep_ == "nsubj"), None) if clause.dep_ == "relcl" else None
            if maker is not None and maker.pos_ != "PRON":
                return speakers.speaker_tokens(maker)
    if source.lower_ in SOURCE_MATERIAL:
        # "according to information of the police", "according to data of the ministry" (a translation's words
        # for "according to the police"); "according to Kyodo News Agency report": who gave it.
        of = next((c for c in source.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        giver = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if giver is not None:
            # to the end of the phrase: the parse may hang the rest of the giver's description on the material
            # ("the words of the deputy prime minister for reintegration Andrei Ciobanu")
            start, end = speakers.speaker_tokens(giver)
            return start, max(end, source.right_edge.i + 1)
        named = [c for c in source.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if named and not any(c.dep_ in ("det", "poss") for c in source.children):
            return min(c.left_edge.i for c in named), source.i
    return speakers.speaker_tokens(source)


def noun_claim(doc: Any, token: Any) -> Found | None:
    """A noun cue with its owner and its clause or topic."""
    if token.lower_ not in cues.NOUN_CUES:
        return None
    clause = next((c for c in token.children if c.dep_ in ("acl", "ccomp") and has_that(c)), None)
    that_clause = _that_clause_after(doc, token) if clause is None else None
    if that_clause is not None:
        speaker = _noun_speaker(token)
        return None if speaker is None else Found(speaker, (token.i, token.i + 1), that_clause)
    if clause is not None:
        speaker = _noun_speaker(token)
    else:
        # "Clinton's comments on the shooting", "his promises to cut taxes": an owner and a topic.
        clause = next((c for c in token.children if _is_topic(c) and c.i > token.i and not _to_someone(c)), None)
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        speaker = speakers.speaker_tokens(owner) if owner is not None and clause is not None else None
        if speaker is None and clause is not None and _delivered(token) and not _audience(clause):
            speaker = _noun_speaker(token)  # "unleashed withering attacks against Rubio": whoever delivered them
        about = clause is not None and clause.lower_ == "about" and token.lower_ not in _WHAT_IT_IS_ABOUT
        if speaker is None and about:
            # "raised questions about the foundation", "faced questions about their health": what is questioned
            # or feared is attributed even where nobody owns the noun (PolNeAR marks it so). Whoever raises or
            # voices it holds it; whoever faces it does not, and the claim has no speaker (the reply skips it).
            content = trimmed(doc, *prep_object(clause))
            voiced = token.dep_ == "dobj" and token.head.lower_ in _VOICING_FORMS
            speaker = _noun_speaker(token) if voiced else None
            return None if content is None else Found(speaker, (token.i, token.i + 1), content)
    if speaker is None or clause is None:
        return None
    content = trimmed(doc, *(subtree(clause) if clause.dep_ != "prep" else prep_object(clause)))
    return None if content is None else Found(speaker, (token.i, token.i + 1), content)


def _delivered(noun: Any) -> bool:
    """Whether the noun is the object of a verb of delivering words ("launched attacks on", "leveled charges
    against", "voiced concerns about"), whose subject owns them."""
    return bool(noun.dep_ == "dobj" and noun.head.lower_ in _DELIVERING_FORMS)


def _audience(topic: Any) -> bool:
    """ "made comments to co-workers", "delivered a speech to the graduating class": whom, not what about."""
    return bool(topic.dep_ == "prep" and topic.lower_ == "to")


def _to_someone(topic: Any) -> bool:
    """ "his message to voters", "her apology to the families": a "to" phrase naming people is whom the words
    were for, not what they were about ("his opposition to the plan")."""
    if not _audience(topic):
        return False
    whom = next((c for c in topic.children if c.dep_ == "pobj"), None)
    return whom is not None and (whom.pos_ == "PRON" or (whom.pos_ == "NOUN" and can_speak(whom)))


def _that_clause_after(doc: Any, noun: Any) -> tuple[int, int] | None:
    """ "Trump's statement earlier this year that women … should be punished", "budget hawks' warnings that they
    would skyrocket": a "that" clause right after the noun (a time phrase between allowed) that the parser hung
    elsewhere. From "that" to the end of the clause's verb phrase."""
    index = noun.i + 1
    while index < len(doc) and index - noun.i <= 4 and doc[index].lower_ != "that":
        if not (doc[index].ent_type_ in TIME_LABELS or doc[index].dep_ in ("advmod", "npadvmod", "det")):
            return None
        index += 1
    if index >= len(doc) or doc[index].lower_ != "that" or doc[index].dep_ != "mark":
        return None  # not "attacks that helped Republicans", "an interview that day": a relative, a determiner
    sentence_end = doc[index].sent.end
    subject = next(
        (t for t in doc[index + 1 : min(index + 8, sentence_end)] if t.dep_ in SUBJECT_DEPS and t.head.i > index), None
    )
    if subject is None:
        return None
    return trimmed(doc, index, min(subject.head.right_edge.i + 1, sentence_end))


def _is_topic(child: Any) -> bool:
    if child.dep_ == "acl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ == "prep" and child.lower_ in cues.TOPIC_PREPOSITIONS


def _noun_speaker(noun: Any) -> tuple[int, int] | None:
    """ "Trump's claim", "a New York Times report", "the claim by Trump", or the subject of "X made the claim"."""
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if named:
        return named[0].left_edge.i, noun.i
    for child in noun.children:
        if child.dep_ == "poss":
            return speakers.speaker_tokens(child)
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (objects[0].ent_type_ or objects[0].pos_ == "PROPN"):
                return speakers.speaker_tokens(objects[0])
    if noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ not in EXPLETIVES:
            return speakers.speaker_tokens(subject)
    return None
