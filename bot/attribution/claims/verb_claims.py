"""Claims built on a verb: "X said (that) …", "…, X said", "X accused Y of …", "X urged Y to …", "X wants …",
"it was announced by X that …", "X is quoted as saying …", "X was worried about …", "It seemed that …", and
the cue phrases ("made clear", "pointed out") whose verb alone says nothing."""

from __future__ import annotations

from typing import Any

from bot.attribution import cues, speakers
from bot.attribution.claims.answers import answer_after
from bot.attribution.claims.content_of import (
    after_dateline,
    before_own_clause,
    content_of,
    puts_it,
    quote_opens_after_comma,
    words_after_colon,
)
from bot.attribution.claims.speaker_of import (
    asked_of,
    asked_set_off,
    continues_cue,
    cue_range,
    introduces_a_quote,
    nearest_subject,
    reads_a_quote,
    speaker_of,
    tags_a_quote,
    unattributed_passive,
)
from bot.attribution.claims.tokens import (
    Found,
    after_quote,
    colon_or_end,
    has_that,
    name_end,
    opens_quote,
    prep_object,
    quote_after,
    quote_before,
    states_something,
    subtree,
    trimmed,
)
from bot.attribution.claims.words import (
    ADDRESSEE_VERBS,
    BACK_FORMS,
    BELIEF_ADJECTIVES,
    CITING,
    EXPLETIVES,
    FEEL_FORMS,
    MAKE_FORMS,
    PUT_FORMS,
    SEE_FORMS,
    SEEK_FORMS,
    SETTING_PREPOSITIONS,
    STANCE_TOPICS,
    SUBJECT_DEPS,
    TALK_FORMS,
    VOTE_FORMS,
    WITHDRAWN,
)
from bot.attribution.parties import is_news_outlet, word_set
from bot.attribution.speaker_words import DASHES

_ANY_WORDS = frozenset({"everything", "anything", "nothing", "something", "all", "much", "little"})
# Verbs whose that-clause is a consequence, not something said or thought: "this means that …", "ensure that …".
_NOT_REPORTING = frozenset(
    {"mean", "means", "meant", "meaning", "ensure", "ensures", "ensured", "ensuring"}
    | {"be", "is", "are", "was", "were", "been", "being"}  # "there was no evidence that …": the noun reports
)
# Verbs of words that are also verbs of force (`_assaults`), who uses force and what it is used on.
_ASSAULT_LEMMAS = frozenset({"attack", "assail", "blast", "savage"})
_ARMED = word_set(
    """drone drones missile missiles rocket rockets shells troops forces soldiers army militants gunmen fighters
    jets warplanes aircraft helicopters tanks artillery bombers warships navy militia militias insurgents rebels"""
)
_TARGETS = word_set(
    """plant station village villages town towns base bases position positions convoy building buildings
    infrastructure facility facilities port airport airfield bridge school hospital ship vessel tanker checkpoint
    barracks depot refinery grid"""
)
# Particles that make a cue verb report nothing: "called off the rally", "was shouted down by protesters".
_NOT_REPORTING_PARTICLES = {"call": frozenset({"off"}), "shout": frozenset({"down"})}
# Verbs whose "to" phrase is whom the words were for ("shouted to the crowd"), unlike "referring to the plan".
_SAID_TO_SOMEONE = word_set(
    """say shout yell scream chant exclaim whisper explain announce declare complain assert state insist stress
    emphasize emphasise reiterate repeat remark note add write tweet confide admit concede confess boast joke argue
    reply respond comment"""
)
# What a phrase about the act of saying hangs on its verb: where, when, how, in answer to what.
_ABOUT_THE_SAYING = frozenset({"prep", "npadvmod", "advmod", "punct"})
# Prepositions of where someone stood when they spoke: "shouted from the street outside a church".
_PLACE_OF_SAYING = SETTING_PREPOSITIONS | frozenset({"outside", "inside", "near", "behind", "beside", "along"})
_PHRASAL_FORMS = SEE_FORMS | BACK_FORMS | TALK_FORMS | SEEK_FORMS | FEEL_FORMS | VOTE_FORMS | MAKE_FORMS | PUT_FORMS
# Verbs of seeming (`impression_claim`) and what completes them: "seemed to …", "appears weak", "seemed a shove away".
_IMPRESSION_FORMS = frozenset({"seem", "seems", "seemed", "appear", "appears", "appeared"})
_IMPRESSION_COMPLEMENTS = frozenset({"xcomp", "acomp", "oprd", "attr", "ccomp"})
_IMPRESSION_ENDS = frozenset({",", ";", ":", "(", *DASHES})
_INTENT_ADJECTIVES = word_set("set poised ready determined eager willing intent keen prepared bent")
_TOLL_PARTICIPLES = word_set("killing wounding injuring leaving destroying damaging displacing")
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})
# What is found in the sense of come upon (`_comes_upon`).
_COME_UPON = word_set("way ways job jobs work time money solution balance path route it them posts posting")


def stance_claim(doc: Any, adjective: Any) -> Found | None:
    """ "They are very worried about the direction of the economy", "he was upfront about his plans": a stance
    someone takes about something is attributed to them, like a verb of thinking."""
    if adjective.dep_ != "acomp":
        return None
    word = adjective.lower_
    topic = next((c for c in adjective.children if c.dep_ == "prep" and word in STANCE_TOPICS.get(c.lower_, ())), None)
    belief = next((c for c in adjective.children if c.dep_ == "ccomp" and word in BELIEF_ADJECTIVES), None)
    subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    if (topic is None and belief is None) or subject is None or subject.lower_ in EXPLETIVES:
        return None
    content = trimmed(doc, *(prep_object(topic) if topic is not None else subtree(belief)))
    if content is None:
        return None
    copula = adjective.head if adjective.head.i < adjective.i and adjective.head.pos_ == "AUX" else adjective
    auxiliaries = [c.i for c in copula.children if c.dep_ == "aux" and subject.i < c.i < copula.i]
    start = min([copula.i, *auxiliaries])  # "was very worried", "has been critical"
    return Found(speakers.speaker_tokens(subject), (start, adjective.i + 1), content)


def verb_claim(doc: Any, token: Any) -> Found | None:
    """A reporting verb with its speaker and what it reports."""
    if token.tag_ == "MD":
        return None
    lemma = cues.verb_lemma(token.text)
    if lemma is None and quote_after(doc, cue_range(doc, token)[1], colon_only=True) is not None:
        lemma = "say"  # "Obama continued: “…”", "the sign read: “…”": a colon and a quote make any verb a cue
    cue_noun = _quoted_cue_noun(doc, token) if lemma is None else None
    if cue_noun is not None:
        lemma = "say"
    if lemma is None and (tags_a_quote(doc, token) or introduces_a_quote(doc, token) or reads_a_quote(doc, token)):
        lemma = "say"
    if lemma is None and _takes_that_clause(token):
        lemma = "say"
    if lemma is None and _characterizes_in_quotes(doc, token):
        lemma = "say"
    if lemma is None:
        lemma = _phrasal_cue(token)
    if lemma is None or (lemma == "recall" and _withdraws(token)) or (lemma == "find" and _comes_upon(token)):
        return None
    if lemma in _ASSAULT_LEMMAS and _assaults(token):
        return None
    if lemma == "add" and _puts_into(token):
        return None
    if _purpose(token, lemma):
        return None
    if any(c.dep_ == "prt" and c.lower_ in _NOT_REPORTING_PARTICLES.get(lemma, ()) for c in token.children):
        return None
    if _failed_to(token) or _cites_for(token) or _compared_figures(token):
        return None
    said_of = _said_of_its_subject(token, lemma)
    if said_of is not None:
        # "a move Egypt says threatens its water supply": Egypt says the move threatens it.
        speaker_of_relative = next(c for c in token.children if c.dep_ in SUBJECT_DEPS)
        return Found(subtree(speaker_of_relative), cue_range(doc, token), said_of)
    relatives = (c for s in token.children if s.dep_ in SUBJECT_DEPS for c in s.children if c.dep_ == "relcl")
    if any(_said_of_its_subject(relative, cues.verb_lemma(relative.text)) for relative in relatives):
        return None  # "threatens" of "a move Egypt says threatens …" is what Egypt says, not a cue
    outer = _saying_in_statement(token)
    if outer is not None:
        # "said in a statement which he issued on Monday that …": the parse hangs what was said on "issued".
        speaker = speaker_of(outer)
        content = content_of(doc, token, lemma, speaker) if speaker is not None else None
        return None if speaker is None or content is None else Found(speaker, cue_range(doc, outer), content)
    cue = cue_range(doc, token) if cue_noun is None else (cue_range(doc, token)[0], cue_noun[0])
    opening = _opening_inverted_tag(doc, token, lemma)
    if opening is not None:
        return Found(opening[0], cue, opening[1])
    inverted = _inverted_speaker(token, lemma)
    if inverted is not None:
        said = trimmed(doc, after_dateline(doc, token.sent.start), token.i - 1)
        if said is not None:
            return Found(inverted, cue, said)
    as_stated = _as_stated_by(token, lemma) or _aside_read_as_main_clause(token, lemma) or _as_told_by(token, lemma)
    if as_stated is not None:
        return Found(as_stated[0], cue, as_stated[1])
    speaker = speaker_of(token)
    citing = _citing(token)
    cited = _cited_source(token, citing)
    if cited is not None and speaker is not None and doc[speaker[0] - 1].text == ",":
        # "Two soldiers were wounded, APA reports citing the Defense Ministry": the agency relays what the
        # ministry said, which is the sentence before the agency's name.
        relayed = trimmed(doc, after_dateline(doc, token.sent.start), speaker[0] - 1)
        if relayed is not None:
            return Found(subtree(cited), cue, relayed)
    if speaker is None and (asked_of(token) or asked_set_off(token)):
        # "Asked about the meeting, she said …": a question put by someone unnamed (PolNeAR marks no source).
        content = content_of(doc, token, lemma, (token.i, token.i))
        return None if content is None else Found(None, cue, content)
    if speaker is None and lemma == "ask" and any(c.dep_ == "nsubjpass" for c in token.children):
        # "Blumenthal was asked, “If you had known …?”", "he was asked what happened to the black vote": the
        # question, put by someone unnamed; the one asked said nothing (yet).
        quote = quote_after(doc, cue_range(doc, token)[1], colon_only=False)
        content = (quote, quote + 1) if quote is not None else content_of(doc, token, lemma, (token.i, token.i))
        first = doc[content[0]] if content is not None else None
        questions = first is not None and (
            quote is not None or first.lower_ in ("if", "whether") or first.tag_ in ("WP", "WRB", "WDT")
        )
        return Found(None, cue, content) if content is not None and questions else None
    if speaker is None and unattributed_passive(token, lemma):
        # "Obama's veto is expected to come Friday, but Republicans seem confident …": up to the next clause.
        # From its subject: not "When PolitiFact examined the statement, it was labeled …", nor a leading "And".
        subject = next(c for c in token.children if c.dep_ == "nsubjpass")
        return Found(None, cue, trimmed(doc, subject.left_edge.i, before_own_clause(token)) or cue)
    if speaker is None:
        return None
    content = content_of(doc, token, lemma, speaker) if cue_noun is None else None
    if cue_noun is not None:
        after = cue_noun[1]
    elif content is not None:
        after = content[1]
    else:
        after = colon_or_end(doc, cue[1], max(token.right_edge.i, token.i) + 1)
    quote = quote_after(doc, after, colon_only=True)
    if quote is None and content is None:
        # "“Why not?” Vitter asked. “Neither do I.”": the quote the cue closes, before the one that follows.
        quote = quote_before(doc, min(token.i, _subject_start(doc, speaker)))
    if quote is None and content is None:
        quote = quote_after(doc, after, colon_only=False)
    if quote is None and content is None:
        # "Ryan said, “Sure. I get that.”": the parse hangs the quote's first word on the verb.
        quote = quote_after(doc, max(cue[1], speaker[1]), colon_only=False)
    if quote is None and content is None:
        content = words_after_colon(doc, after)  # "The governor added:" and his words, unquoted, after it
    clause = (min(cue[0], speaker[0]), max(cue[1], speaker[1]))
    if quote is None and content is not None and quote_opens_after_comma(doc, content, clause):
        # "When Clinton noted that …, Trump boasted, “That makes me smart.”": the parse hung the cue inside the
        # sentence before it, but the quote it introduces is what was said.
        quote = clause[1] + 1
    if quote is None and content is not None and _set_off_after_cue(doc, cue, content):
        # "“What does that mean?” Mr. Trump asked, repeating a broadside - that …": the words the cue closes,
        # not a clause the parse hung on it past a comma or a dash.
        quote = _tagged_quote_before(doc, min(token.i, _subject_start(doc, speaker)))
    if quote is None and content is not None and lemma in cues.SPEECH_VERBS and _only_a_topic(doc, token, content):
        # "“Who do they think they are?” Trump said of Apple": the quote, not the phrase about the verb; without
        # a quote, a phrase of place or time ("said in Tel Aviv", "reported from Midway") reports nothing.
        quote = quote_before(doc, min(token.i, _subject_start(doc, speaker)))
        if quote is None:
            after_comma = quote_after(doc, content[1], colon_only=False)  # "said last week in Tel Aviv, “…”"
            quote = after_comma if after_comma is not None and after_comma > content[1] else None
        if quote is None and doc[content[0]].lower_ in SETTING_PREPOSITIONS:
            return None
    if quote is not None:
        content = (quote, quote + 1)  # "scolded him: “…”", "said:" + a quote: the quote is the content
    elif content is not None:
        content = _before_next_cue(doc, token, _after_time_of_saying(doc, cue, content))
    if content is None:
        return None
    if cited is not None and speaker[1] <= token.i:
        # "Khovar reported, citing the border troops command, that a guard died": the command said it, and
        # the agency relays it (`relays.RELAY_CITING` lists it).
        if citing is not None and content[0] <= citing.i:
            content = trimmed(doc, citing.right_edge.i + 1, content[1]) or content
        return Found(subtree(cited), cue, content)
    return Found(speaker, cue, content)


def _said_of_its_subject(verb: Any, lemma: str | None) -> tuple[int, int] | None:
    """ "a move Egypt says threatens its water supply": a verb of saying (`lemma`, as the cue reads it) in a
    relative clause without a clause of its own, on a noun that is the subject of the next verb, says that noun
    and that verb; the span they make."""
    if verb.dep_ != "relcl" or lemma not in cues.SPEECH_VERBS:
        return None
    noun, predicate = verb.head, verb.head.head
    if noun.dep_ not in SUBJECT_DEPS or predicate.pos_ not in ("VERB", "AUX") or predicate.i < verb.i:
        return None
    if noun.lower_ in _ANY_WORDS:
        return None  # "not everything Trump says is true" tells nothing he said
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    # Only a relative clause without "who" or "that" ("a move Egypt says …", not "Schultz, who is reviled by
    # progressives, said"), whose gap is not after a stranded preposition ("the trends Democrats point to").
    contact = bool(subjects) and all(c.tag_ not in ("WDT", "WP", "WP$") for c in subjects)
    stranded = any(c.dep_ == "prep" and not list(c.children) for c in verb.children)
    # Nor one that names its noun ("the city she calls her second capital"): it says what the noun is called.
    said = any(c.dep_ in ("ccomp", "dobj", "xcomp", "oprd") for c in verb.children)
    if not contact or stranded or said or any(t.text == "," for t in verb.doc[noun.i : verb.i]):
        return None
    return noun.left_edge.i, predicate.right_edge.i + 1


def _set_off_after_cue(doc: Any, cue: tuple[int, int], content: tuple[int, int]) -> bool:
    """Whether the content found after the cue stands past a comma or a dash, with no quote after the cue."""
    if content[0] < cue[1] or any(opens_quote(doc, t.i) for t in doc[cue[1] : doc[cue[1] - 1].sent.end]):
        return False  # ‘“A,” Tester said, referring to the excuse, “B.”’: the cue's own words follow
    return any(t.text in (",", *DASHES) for t in doc[cue[1] : content[0]])


def _tagged_quote_before(doc: Any, index: int) -> int | None:
    """‘“…,” he said’, ‘“…?” he asked’: a quote closed by a comma, a question or an exclamation right before
    `index` (the cue clause), not one that ended the sentence before."""
    closing = quote_before(doc, index)
    if closing is None or closing == 0:
        return None
    return closing if doc[closing - 1].text in (",", "?", "!") or doc[closing + 1].text == "," else None


def _saying_in_statement(verb: Any) -> Any:
    """The cue of "said in a statement which he issued on Monday that …" for "issued": a verb in a relative
    clause of the statement a cue was given in, where the parse hangs the clause said."""
    statement = verb.head
    if verb.dep_ != "relcl" or statement.lower_ not in cues.NOUN_CUES or statement.dep_ != "pobj":
        return None
    outer = statement.head.head
    return outer if statement.head.dep_ == "prep" and cues.verb_lemma(outer.text) is not None else None


def _opening_inverted_tag(doc: Any, verb: Any, lemma: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Said Ellis: “I don't get the sense …”": a sentence opened by its cue, then the speaker's name and a colon
    or comma before the quote. The parser reads "Said" as part of the name. The name and the quote, if so."""
    if lemma not in cues.SPEECH_VERBS or verb.i != verb.sent.start or not verb.is_title:
        return None
    end = name_end(doc, verb.i + 1, min(verb.i + 5, len(doc)))
    if end == verb.i + 1 or end + 1 >= len(doc) or doc[end].text not in (":", ",") or not opens_quote(doc, end + 1):
        return None
    return (verb.i + 1, end), (end + 1, end + 2)


def _inverted_speaker(verb: Any, lemma: str) -> tuple[int, int] | None:
    """ "The nurses will strike if …, declared on Monday the nursing union SATSE.": a translation from Spanish
    or Italian keeps the speaker after its verb, with the time between. The parser reads such a speaker as the
    verb's object, an apposition to the date or an adverb, so it is read from the words: after a cue of saying
    that follows a comma and has no subject of its own, a time phrase, then a noun phrase closing the sentence
    that names someone (a name, a role, a group). Its token range, if so."""
    doc = verb.doc
    if lemma not in cues.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP") or doc[verb.i - 1].text != ",":
        return None  # not ", citing the many Americans who …": a participle's object is what it cites
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    start, end = _past_time_and_setting(doc, verb.i + 1, verb.sent.end), verb.sent.end
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    phrase = doc[start:end]
    if not phrase or any(t.pos_ in ("VERB", "AUX", "PRON") for t in phrase):
        return None
    if start == verb.i + 1 and (lemma in ADDRESSEE_VERBS or not is_news_outlet(phrase.text)):
        # No time between: "…, declared a state of emergency" is the government's act, "…, told The Huffington
        # Post" says whom; but "…, reported the Polish news agency PAP" is a report.
        return None
    names = any(t.pos_ == "PROPN" or t.lower_ in cues.PERSON_ROLES | cues.GROUP_NOUNS for t in phrase)
    return (start, end) if names and phrase[0].pos_ in ("DET", "PROPN", "ADJ", "NOUN") else None


def _as_stated_by(verb: Any, lemma: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "As stated the Chairman of the Board of Naftogaz Oleksiy Chernenko in the conversation with journalists,
    the Ukrainian side «will not sign …»", "As noted he …, the troops …": a translation from Russian or Ukrainian
    ("Как заявил …") keeps the speaker after the verb of an "as" clause, and what was said is the sentence the
    clause opens. The speaker's and the content's token ranges, if so."""
    doc = verb.doc
    opens = verb.i > 0 and doc[verb.i - 1].lower_ == "as" and doc[verb.i - 1].dep_ == "mark"
    if not opens or lemma not in cues.SPEECH_VERBS or verb.dep_ != "advcl" or verb.head.i <= verb.i:
        return None
    comma = next((t.i for t in doc[verb.i + 1 : verb.head.i] if t.text == ","), None)
    if comma is None:
        return None
    start = _past_time_and_setting(doc, verb.i + 1, comma)  # "As said to the journalists on Monday the leader …"
    end = next((t.i for t in doc[start + 1 : comma] if t.dep_ == "prep" and t.head == verb), comma)
    phrase = doc[start:end]
    if not phrase or phrase[0].pos_ not in ("DET", "PROPN", "NOUN", "PRON", "ADJ"):
        return None  # "As noted above, …", "As reported by Reuters, …"
    if any(t.pos_ in ("VERB", "AUX") for t in phrase):
        return None
    said = trimmed(doc, comma + 1, verb.head.right_edge.i + 1)
    return None if said is None else ((start, end), said)


def _as_told_by(verb: Any, lemma: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "The Council of Ministers approved the plan, which will mobilize 50,000 homes, as announced by the Minister
    of Housing, Isabel Rodríguez, at the press conference": a passive aside closing the sentence credits the
    sentence before its comma to the agent. The speaker's and the content's token ranges, if so."""
    doc = verb.doc
    if verb.i < 2 or verb.tag_ != "VBN" or lemma not in cues.SPEECH_VERBS or doc[verb.i - 1].lower_ != "as":
        return None
    if doc[verb.i - 2].text != "," or verb.head.i > verb.i:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if source is None:
        return None
    said = trimmed(doc, after_dateline(doc, verb.sent.start), verb.i - 2)
    return None if said is None else (speakers.speaker_tokens(source), said)


def _aside_read_as_main_clause(verb: Any, lemma: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get …": the parse may take
    the aside's "as" for a preposition, its speaker for the object, and the cue for the main verb with the
    sentence's subject. The speaker's and the content's token ranges, if so: the sentence is what was said."""
    if lemma not in cues.ASIDE_VERBS or any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return None
    as_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i < verb.i), None)
    subject = nearest_subject(verb)
    if as_ is None or subject is None or not (subject.i < as_.i and verb.doc[as_.i - 1].text == ","):
        return None
    speaker = next((c for c in as_.children if c.dep_ == "pobj"), None)
    if speaker is None or speaker.right_edge.i + 1 != verb.i:
        return None
    said = trimmed(verb.doc, subject.left_edge.i, verb.right_edge.i + 1)
    return None if said is None else (speakers.speaker_tokens(speaker), said)


def _past_time_and_setting(doc: Any, start: int, end: int) -> int:
    """Past what a translation puts between a verb and the speaker after it, in any order: when ("on Monday"),
    where and to whom ("in a note", "to the journalists")."""
    while (past := _past_time(doc, _past_setting(doc, start, end), end)) > start:
        start = past
    return start


def _past_time(doc: Any, start: int, end: int) -> int:
    """Past a time phrase the tagger may leave untagged ("declared yesterday the union")."""
    while start < end and (doc[start].ent_type_ in ("DATE", "TIME") or doc[start].lower_ in _TIME_WORDS):
        if _past_setting(doc, start, end) > start:
            break  # "in a statement", not "in March"
        start += 1
    return start


def _past_setting(doc: Any, start: int, end: int) -> int:
    """Past where and to whom words were said, which a translation puts between an inverted verb and its speaker:
    "declared in a note the minister …", "said to the journalists on Monday the leader …"."""
    while start < end and doc[start].lower_ in _SETTING_OPENERS:
        noun = next((t for t in doc[start + 1 : min(end, start + 4)] if t.pos_ == "NOUN"), None)
        if noun is None or noun.lower_ not in _SETTINGS:
            break
        start = noun.i + 1
    return start


def opening_participle_claim(doc: Any, token: Any) -> Found | None:
    """ "Accusing Kyiv of shelling the plant, Moscow called for …", "Claiming the criticism is designed to
    pressure moderators, Trump told Fox …": a cue in -ing opening the sentence speaks for the subject of the
    clause after its comma. The parse often misses this (it tags a capitalised "Accusing" as a name, or hangs
    "Claiming" on a verb inside its own phrase), so it is read from the words: what follows the cue up to the
    comma is what was said."""
    if not (token.is_sent_start and token.text[:1].isupper() and token.lower_.endswith("ing")):
        return None
    if cues.verb_lemma(token.lower_) in (None, "regard"):
        return None  # "Regarding the push to …, he said": a preposition in all but form
    sentence = token.sent
    comma = next((t.i for t in doc[token.i + 1 : sentence.end] if t.text == ","), None)
    if comma is None or comma == token.i + 1:
        return None
    # The main clause's subject opens right after the comma (the parse may not make its verb the root).
    subject = next((t for t in doc[comma + 1 : sentence.end] if t.dep_ == "nsubj" and t.head.i > t.i), None)
    if subject is None or subject.left_edge.i != comma + 1:
        return None
    content = trimmed(doc, token.i + 1, comma)
    if content is None or doc[content[0]].pos_ in ("ADP", "PART"):
        return None  # "Responding to this criticism", "Writing for a panel", "Lashing out": a topic, not words
    return Found(speakers.speaker_tokens(subject), (token.i, token.i + 1), content)


def _belief_held(doc: Any, verb: Any, complements: list[Any]) -> tuple[int, tuple[int, int]] | None:
    """ "Rubio seemed hopeful that the United States could accept more refugees": an adjective of belief with a
    clause of its own (hung on it or on the verb) is the subject's view, however it seemed. Where the cue ends
    and what is believed, if so."""
    adjective = next((c for c in complements if c.lower_ in BELIEF_ADJECTIVES), None)
    if adjective is None:
        return None
    candidates = [*adjective.children, *verb.children]
    clause = next((c for c in candidates if c.dep_ == "ccomp" and c.i > adjective.i and states_something(c)), None)
    content = trimmed(doc, *subtree(clause)) if clause is not None else None
    return None if content is None else (adjective.i + 1, content)


def impression_claim(doc: Any, verb: Any) -> Found | None:
    """ "Trump's supporters seemed equally unperturbed", "Enthusiasm for Clinton appears to have plummeted": an
    impression the writer attributes to no one. It is a claim without a speaker (PolNeAR marks it as the
    writer's), which replies leave out; the clause, subject included, is what it says. "Appeared on Fox News" is
    no impression, and "seemed to blame the network" is the subject's own claim (`verb_claim`)."""
    if verb.lower_ not in _IMPRESSION_FORMS:
        return None
    complements = [c for c in verb.children if c.dep_ in _IMPRESSION_COMPLEMENTS or c.lower_ == "like"]
    if not complements or any(c.dep_ == "xcomp" and cues.verb_lemma(c.text) is not None for c in complements):
        return None
    if any(c.lower_ in _INTENT_ADJECTIVES for c in complements):
        return None  # "appears set to veto", "seems determined to run": the subject's intention, not an impression
    subject = _subject_before(verb)
    if subject is None or subject.lower_ == "what":
        return None  # "what appeared to be a reference to Trump": a hedge inside a noun phrase
    held = _belief_held(doc, verb, complements)
    if held is not None:
        return Found(speakers.speaker_tokens(subject), (verb.i, held[0]), held[1])
    start = subject.left_edge.i if verb.dep_ != "relcl" else verb.left_edge.i
    end = _clause_end(doc, verb, max(c.right_edge.i for c in complements) + 1)
    content = trimmed(doc, start, end)
    if content is None or any(_reports(t) for t in doc[start:end] if t.i != verb.i):
        return None  # "Ryan seems to feel the case will …", "he appeared to say …": the subject's own claim
    if any(
        t.dep_ == "prep" and t.lower_ == "to" and t.head.i in (verb.i, *(c.i for c in complements))
        for t in doc[start:end]
    ):
        return None  # "Nothing about it seems credible to me": the view of whom it seems so to, not the writer's
    return Found(None, (verb.i, verb.i + 1), content)


def reported_unnamed(doc: Any, adverb: Any) -> Found | None:
    """ "The Club for Growth is reportedly spending $1.5 million on ads": a report from no one named, which
    replies leave out like an impression; the clause, subject included, is what it says."""
    verb = adverb.head
    subject = _subject_before(verb)
    if subject is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    content = trimmed(doc, subject.left_edge.i, _clause_end(doc, verb, verb.right_edge.i + 1))
    return None if content is None else Found(None, (adverb.i, adverb.i + 1), content)


def _subject_before(verb: Any) -> Any:
    """The subject standing before a verb, or None."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < verb.i), None)


def _clause_end(doc: Any, verb: Any, end: int) -> int:
    """ "… appeared to be locked in a close race, with the new survey finding …": a claim no one is named for
    ends at the first comma, colon, bracket or dash after its verb, before `end`."""
    return next((t.i for t in doc[verb.i + 1 : end] if t.text in _IMPRESSION_ENDS), end)


def _reports(token: Any) -> bool:
    """Whether a token is a verb that may report (a lexicon cue or a cue only in some constructions)."""
    return token.pos_ == "VERB" and (cues.verb_lemma(token.text) is not None or token.lower_ in _PHRASAL_FORMS)


def _cited_source(verb: Any, participle: Any) -> Any:
    """The source a report cites through its "citing" participle (`_citing`): "APA reports citing the ministry",
    "TASS reported, quoting a source", "Khovar reported, citing the border troops command, that …", where the
    parse hangs "citing" on the reported clause; None when the verb is no report or cites no one."""
    if participle is None or cues.verb_lemma(verb.text) != "report":
        return None
    return next((c for c in participle.children if c.dep_ == "dobj"), None)


def _citing(verb: Any) -> Any:
    """The "citing"/"quoting" participle after a cue verb, on the verb or on its reported clause."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    candidates = [*verb.children, *(c for clause in clauses for c in clause.children if c.i < clause.i)]
    return next((c for c in candidates if c.lower_ in CITING and c.i > verb.i), None)


def _cites_for(verb: Any) -> bool:
    """ "citing" in "Trend reports, citing the ministry": the report's source, not a claim of its own (but in
    "called Clinton a champion, citing her work" the reasons given)."""
    if verb.lower_ not in CITING:
        return False
    report = verb.head.head if verb.head.dep_ == "ccomp" and verb.head.i > verb.i else verb.head
    return bool(verb.i > report.i and cues.verb_lemma(report.text) == "report")


def _failed_to(verb: Any) -> bool:
    """ "Negotiators failed to agree on the money", "failed to mention the deficit", "declared Maduro the winner
    without publishing the tally sheets": what was not said or agreed is no claim."""
    without = verb.dep_ == "pcomp" and verb.head.lower_ == "without"
    return without or bool(verb.dep_ == "xcomp" and verb.head.lower_ in ("fail", "fails", "failed", "failing"))


def _withdraws(verb: Any) -> bool:
    """ "Niger recalled its ambassador", "Hyundai recalls 80,000 vehicles": recalling someone or a number of
    things is taking them back, which reports nothing."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lower_ in WITHDRAWN or any(c.dep_ == "nummod" for c in o.children) for o in objects)


def _purpose(verb: Any, lemma: str) -> bool:
    """ "fined Google for abusing its dominance to favour its own service": a stance in an infinitive of purpose
    under a verb that reports nothing is what someone did it for, not a stance anyone stated."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return (
        verb.dep_ == "advcl"
        and infinitive
        and lemma not in cues.SPEECH_VERBS
        and cues.verb_lemma(verb.head.text) is None
    )


def _puts_into(verb: Any) -> bool:
    """ "The FDA added a warning to its label", "added 2,000 jobs to the payroll": adding a thing to something is
    no saying (unlike "added that …" or "added: “…”")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the parse hangs "to its label" on the verb or on its object
    places = [c for head in (verb, *objects) for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "into")]
    # "added a message to Trump" is still addressed to someone
    return bool(objects) and any(all(o.pos_ not in ("PRON", "PROPN") for o in p.children) for p in places)


def _assaults(verb: Any) -> bool:
    """ "Ukrainian drones attacked a power plant", "gunmen attacked the convoy", "Russia attacked Ukraine": arms
    and armed men attacking, an attack on a place, or a country's on a country, are acts of war, not words
    (unlike "Rubio attacked Trump's record"; the tagger's places are too often people to go by alone)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    armed = any(s.lower_ in _ARMED for s in subjects)
    at_war = any(s.ent_type_ == "GPE" for s in subjects) and any(o.ent_type_ == "GPE" for o in objects)
    return armed or at_war or any(o.lower_ in _TARGETS or o.ent_type_ in ("LOC", "FAC") for o in objects)


def _comes_upon(verb: Any) -> bool:
    """ "found ways to press his agenda", "finds itself at the center of the crisis", "found the posting": finding
    a way, oneself or a thing reports no finding (unlike "the poll found Clinton ahead", "found no record"); nor
    does "found himself embroiled …", which the parse reads as a clause with "himself" its subject."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    subjects = [g for c in verb.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    reflexive = any(o.lower_.endswith(("self", "selves")) for o in objects + subjects)
    return reflexive or any(o.lower_ in _COME_UPON for o in objects)


def _compared_figures(verb: Any) -> bool:
    """ "Trump has won 758 delegates, compared to Cruz's 538": a participle setting figures side by side is the
    writer's comparison, not a claim (a speaker who "compared Trump to Wilson" makes one)."""
    return bool(
        verb.lower_ == "compared" and verb.tag_ == "VBN" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    )


def _subject_start(doc: Any, speaker: tuple[int, int]) -> int:
    """Where the subject phrase begins: before the noun a named speaker is in apposition to ("Her niece, state
    Del. Marcia Price, shouted"), so that a quote just before the phrase is found."""
    head = next((t for t in doc[speaker[0] : speaker[1]] if not speaker[0] <= t.head.i < speaker[1]), None)
    if after_quote(doc, speaker[0]):
        return speaker[0]  # ‘''…competitors,'' William M. Daley, …, said’: the parse hung the name on the quote
    if head is not None and head.dep_ == "appos" and head.head.i < speaker[0]:
        return int(head.head.left_edge.i)
    return speaker[0]


def _before_next_cue(doc: Any, verb: Any, content: tuple[int, int]) -> tuple[int, int] | None:
    """ "said his attacks have given him momentum and said that Trump …", "insisted that …, claiming that …": the
    parse often hangs the speaker's next cue inside the first one's clause; the first claim ends where the next
    begins, which is then a claim of its own. A verb of the same form with no subject of its own after "and", or
    a participle after a comma, is such a cue ("would stop and ask questions" keeps its "ask")."""
    start, end = content
    parallel = _parallel_report(verb, first=True) is not None  # "Karnataka said – …, Tamil Nadu said – …"
    for token in doc[start + 1 : end]:
        if continues_cue(token, verb):
            return trimmed(doc, start, token.i - 1)
        if _contrasting_report(token) and token.left_edge.i > start:
            return trimmed(doc, start, token.left_edge.i)
        if (joined := _joined_report(token, verb)) is not None and joined > start + 1:
            return trimmed(doc, start, joined)
        if token.text == ";" and _opens_clause(doc, token.i + 1, end):
            return trimmed(doc, start, token.i)
        if token.text == "," and answer_after(doc, token.i) is not None:
            return trimmed(doc, start, token.i)  # "… supplied the drones, a charge the Kremlin rejects"
        if _trailing_consequence(token, end) and token.left_edge.i > start + 3:
            return trimmed(doc, start, token.left_edge.i)
        if parallel and token.i != verb.i and (comma := _parallel_report(token)) is not None and comma > start + 1:
            return trimmed(doc, start, comma)
    return content


def _parallel_report(token: Any, *, first: bool = False) -> int | None:
    """ "Karnataka said – no water to give, Tamil Nadu said – order of Supreme Court is being violated": a
    speaker's own "X said –", as translated headlines set two sides side by side (the second one after a
    comma). Where the comma before the second stands, if so; for the `first`, where its subject starts."""
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)
    if subject is None or cues.verb_lemma(token.lower_) is None or token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1].text
    if after not in DASHES and after != ":":
        return None
    if first:
        return int(subject.left_edge.i)
    comma = subject.left_edge.i - 1
    return comma if comma > 0 and token.doc[comma].text == "," else None


def _trailing_consequence(token: Any, end: int) -> bool:
    """ "… violates EU law, dealing a blow to the governing party": a participle after a comma that closes the
    reported clause tells what the ruling or statement did, in the reporter's words; one that tells the toll of
    what was reported ("attacked a patrol, killing one officer") is part of the report."""
    return bool(
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.lower_ not in _TOLL_PARTICIPLES
        and token.i > token.head.i
        and token.doc[token.i - 1].text == ","
        and token.right_edge.i + 1 >= end
        and token.head.dep_ == "ccomp"
    )


def _after_time_of_saying(doc: Any, cue: tuple[int, int], content: tuple[int, int]) -> tuple[int, int]:
    """ "Hyundai said on Tuesday it would recall …": a time right after the cue, before the reported clause's
    subject, tells when it was said; the parse hangs it on the clause."""
    first = doc[content[0]]
    if content[0] != cue[1] or not speakers.is_time_phrase(first) or first.head.i < first.i:
        return content
    after = first.right_edge.i + 1
    if after < content[1] and doc[after].dep_ in SUBJECT_DEPS and doc[after].head == first.head:
        return after, content[1]
    return content


def _joined_report(token: Any, verb: Any) -> int | None:
    """ "Republicans said they are convinced the department mishandled it and Democrats accused the GOP of …":
    another speaker's report joined by "and"/"but", which the parse hangs inside the first one's clause. Where
    the conjunction before it stands, if so."""
    if token.pos_ != "VERB" or token.i <= verb.i + 1 or cues.verb_lemma(token.text) not in cues.SPEECH_VERBS:
        return None
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children):
        return None  # "said witnesses saw a gun and that one was found nearby": a second thing said
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None and token.tag_ in ("VBD", "VBZ", "VBP") and token.doc[token.i - 1].dep_ == "conj":
        subject = token.doc[token.i - 1]  # the parse made "Democrats" another object of the first clause
    if subject is None or subject.pos_ == "PRON" or subject.left_edge.i < 1:
        return None
    # The clause may open before its subject: "…, and when pressed on why, the mother of three said …".
    left = min(subject.left_edge.i, token.left_edge.i)
    joint = next((t for t in (token.doc[left], token.doc[left - 1]) if t.lower_ in ("and", "but")), None)
    return None if joint is None else int(joint.i)


def _opens_clause(doc: Any, index: int, end: int) -> bool:
    """Whether a clause with a subject of its own starts at `index` ("…; they only learned on Friday …")."""
    return index < end and any(
        token.dep_ in SUBJECT_DEPS and token.i < token.head.i < end for token in doc[index : index + 3]
    )


def _contrasting_report(token: Any) -> bool:
    """ "… it had shot down 30 drones, while Moscow said its forces had struck …", "… was smart, although he
    again refused to pledge …": a report set against the first (another speaker's, or the same speaker's next),
    which the parse hangs inside it. It is a claim of its own, and not part of the first."""
    return (
        token.dep_ == "advcl"
        and token.pos_ == "VERB"
        and token.i > token.head.i
        and cues.verb_lemma(token.text) in cues.SPEECH_VERBS
        and any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in token.children)
        and any(c.dep_ in SUBJECT_DEPS for c in token.children)
    )


def _phrasal_cue(verb: Any) -> str | None:
    """Verbs that report a view only in one construction: "sees Cruz as a uniter" (not "saw him there"), "is
    backing Clinton" (not "backed down"), "talked about immigration" (not "talked for an hour"), "seeks to
    prevent" (not "seeks shelter"), "feel the system is rigged", "would vote for", "made it clear that"."""
    word = verb.lower_
    if word not in _PHRASAL_FORMS or verb.pos_ != "VERB":
        return None  # most verbs: decided before looking at their children
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    preps = {c.lower_ for c in children if c.dep_ == "prep"}
    if word in SEE_FORMS:
        objects = [c for c in children if c.dep_ == "dobj"]
        if "as" in preps or any(g.dep_ == "prep" and g.lower_ == "as" for o in objects for g in o.children):
            return "regard"
    if word in BACK_FORMS and "dobj" in deps and "prt" not in deps:
        return "support"
    if word in TALK_FORMS and ("about" in preps or (word.startswith(("spo", "spe")) and "of" in preps)):
        return "discuss"  # "spoke of the legacy of racism", not "talked of" (rare) nor "spoke to reporters"
    if word in PUT_FORMS and puts_it(verb):
        return "say"
    if word in PUT_FORMS and _puts_at_a_figure(verb):
        return "estimate"
    if word in SEEK_FORMS and "xcomp" in deps:
        return "intend"
    if word in FEEL_FORMS and "ccomp" in deps:
        return "think"
    if word in VOTE_FORMS and preps & {"for", "against"}:
        return "support"
    if word in MAKE_FORMS and any(c.dep_ == "ccomp" and c.lower_ == "clear" for c in children):
        return "say"
    return None


def _puts_at_a_figure(verb: Any) -> bool:
    """ "Organisers put the crowd at more than 100,000", "puts the cost at $2 billion": an estimate, given as
    something put at a figure."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    at = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    figures = [g for a in at for g in a.subtree if g.like_num or g.tag_ == "CD"]
    return bool(objects and figures and any(c.dep_ == "nsubj" for c in verb.children))


_MOST_WORDS_BEFORE_COLON = 8
# Where and to whom words were said ("in a note", "to the journalists", "at the press conference").
_SETTING_OPENERS = frozenset({"in", "to", "at", "during", "before", "for"})
_SETTINGS = cues.NOUN_CUES | word_set(
    "journalists reporters press media correspondent correspondents conference briefing interview conversation"
    " meeting note"
)
# Words of a time phrase the tagger may leave untagged ("declared yesterday the union").
_TIME_WORDS = frozenset(
    {"on", "in", "this", "last", "yesterday", "today", "tonight", "morning", "afternoon", "evening"}
)


def _quoted_cue_noun(doc: Any, verb: Any) -> tuple[int, int] | None:
    """ "released the following statement: “…”", "posted a message: “…”": the object names an utterance and a
    colon hands over its words, so the verb reports them whatever it is. Where the noun ends and the colon is,
    if so: the parse hangs the quote inside the object or the verb, with a phrase or two between ("a message on
    Twitter: “…”")."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.i > verb.i and child.lower_ in cues.NOUN_CUES:
            end = min(verb.right_edge.i + 1, child.i + _MOST_WORDS_BEFORE_COLON)
            colon = colon_or_end(doc, child.i + 1, end)
            if colon < end and quote_after(doc, colon, colon_only=True) is not None:
                return child.i + 1, colon
    return None


def _characterizes_in_quotes(doc: Any, verb: Any) -> bool:
    """ "has been pounding Trump as a “con artist”", "has gone after Trump as a “human leech”": whatever the
    verb, casting someone as a quoted label is saying so."""
    if verb.pos_ != "VERB":
        return False
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > verb.i:
            targets = [c for c in verb.children if c.dep_ in ("dobj", "prep") and verb.i < c.i < child.i]
            label = range(child.i + 1, min(child.i + 4, len(doc)))  # "as “…”", "as a “…”", not "as part of a “…”"
            if targets and any(opens_quote(doc, i) for i in label):
                return True
    return False


def _takes_that_clause(verb: Any) -> bool:
    """ "Trump charges that …", "she posited that …": a verb with a subject and a that-clause after it reports
    what someone says or thinks, whether or not the lexicon lists it (PolNeAR dev F1 +0.003, train +0.004)."""
    if verb.pos_ != "VERB" or not verb.is_alpha or verb.lower_ in _NOT_REPORTING:
        return False
    return any(child.dep_ == "ccomp" and child.i > verb.i and has_that(child) for child in verb.children)


def _only_a_topic(doc: Any, verb: Any, content: tuple[int, int]) -> bool:
    """Whether what the parse gives a verb is only a phrase about it ("said of Apple", "wrote on Twitter"), not
    what it points at ("referring to the president", "known as Guccifer")."""
    first = doc[content[0]]
    addressee = first.lower_ == "to" and cues.verb_lemma(verb.text) in _SAID_TO_SOMEONE
    if first.dep_ != "prep" or first.head != verb or (first.lower_ in ("to", "as") and not addressee):
        return False
    if first.right_edge.i + 1 >= content[1]:
        return True
    # "said in Iowa earlier this year in response to a voter's question": where, when and why, one after another
    # ("spoke at the White House about rights …" has a topic; "lashed out at Turkey" a target).
    hung = [c for c in verb.children if content[0] <= c.i < content[1]]
    setting = all(c.dep_ in _ABOUT_THE_SAYING and (c.dep_ != "prep" or c.lower_ in _PLACE_OF_SAYING) for c in hung)
    return setting and not any(c.dep_ == "prt" for c in verb.children)
