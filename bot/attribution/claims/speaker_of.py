"""Who speaks for a cue verb: its subject or passive agent as parsed, corrected where news style misleads the
parser (the name between a closing quote and its verb, a name right before its verb hung on an earlier noun, a
dateline taken for the sentence's head), inherited by a second cue joined to the first ("…, adding that")."""

from __future__ import annotations

from typing import Any

from bot.attribution import cues, speakers
from bot.attribution.claims.content_of import after_dateline
from bot.attribution.claims.tokens import (
    after_quote,
    can_speak,
    closing_tag_hung_on_the_verb,
    has_that,
    name_end,
    object_read_as_subject,
    opens_quote,
    states_something,
    stray_object,
    subjects_ending_at,
)
from bot.attribution.claims.words import (
    ADDRESSEE_VERBS,
    EXPLETIVES,
    SETTING_PREPOSITIONS,
    SUBJECT_DEPS,
    TIME_LABELS,
)
from bot.attribution.cues import PERSON_ROLES
from bot.attribution.parties import word_set

_INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep", "acomp", "advmod"})
# Adjectives whose subject does what the verb after them says: "was able to tout", "are more likely to say"
# (not the "it" of "It is worth noting that …").
_CONTROL_ADJECTIVES = frozenset(
    {"able", "unable", "willing", "unwilling", "eager", "quick", "ready", "keen", "reluctant", "careful"}
    | {"determined", "anxious", "happy", "glad", "proud", "prepared", "afraid", "loath", "hesitant", "slow"}
    | {"free", "likely", "unlikely", "inclined", "apt", "sure", "certain"}
)
# Words that may stand between a subject and its verb ("DuVernay both documents", "Smith also says").
_BETWEEN_SUBJECT_AND_VERB = frozenset({"both", "also", "now", "still", "even", "only", "often", "again"})
# Passive verbs of perceiving whose subject speaks in the verb after them ("can be heard yelling that …").
_PERCEIVED = frozenset({"heard", "seen", "overheard", "filmed", "recorded", "caught", "spotted", "taped", "videotaped"})
# Verbs whose agentless passive still attributes a view or a charge to someone unnamed ("is expected to").
_SOURCELESS_PASSIVES = frozenset(
    {"expect", "criticize", "criticise", "accuse", "blame", "believe", "think", "rumor", "allege", "estimate"}
    | {"predict", "regard", "dub", "consider", "report", "say", "label", "describe"}
)
_SENDING_FORMS = word_set("send sends sent sending email emails emailed emailing mail mailed write wrote written")
# Occasions for speaking: a participle hung on one speaks for whoever held it ("a speech attacking …").
_OCCASIONS = cues.DOCUMENT_NOUNS | word_set("speech speeches conference address remarks interview rally appearance")
# Prepositions of where and when after a verb that tags a quote ("posted on Facebook", "via Twitter").
_TAG_SETTINGS = SETTING_PREPOSITIONS | {"on", "via"}
# "The sign read “…”": the forms of "read" that tell a written thing's words, and the things that have them.
_READ_FORMS = frozenset({"read", "reads", "reading"})
_WRITTEN_THINGS = cues.DOCUMENT_NOUNS | word_set(
    "sign signs banner banners placard placards poster posters message messages email emails headline headlines "
    "note notes caption text slogan slogans sticker stickers card cards inscription graffiti"
)
_MAX_NAME_AFTER_QUOTE = 12
_MAX_DESCRIBED_NAME_AFTER_QUOTE = 24
# Longest speaker phrase read after an inverted cue ("said retired neurosurgeon Ben Carson, …").
_MAX_NAME_AFTER_CUE = 8
# "went so far as to say", "goes as far as to call": the subject of "go" says it.
_GO_FORMS = frozenset({"go", "goes", "went", "going", "gone"})
# Words after "asked" that open the question's topic: "asked about …", "asked whether …".
_QUESTION_OPENERS = frozenset({"about", "whether", "if", "why", "how", "what", "when"})


def mistagged_verb_subject(token: Any) -> Any:
    """ "Trump claims that he should be the exception", "The campaign plans to employ Mr. Obama": the tagger
    took a verb in -s for a plural noun, but the parse gave it a subject and a clause, as it gives verbs. The
    subject is its nsubj, or the noun before it that the parse made its compound (it read "Trump claims that …"
    as the noun phrase "Trump claims"); None when the token is no such verb."""
    if token.tag_ != "NNS" or not token.text.islower() or cues.verb_lemma(token.text) is None:
        return None
    # A that-clause the parse hung on the "noun" as a complement counts when nothing else heads the sentence.
    noun_complement = token.dep_ == "ROOT" and any(c.dep_ == "acl" and has_that(c) for c in token.children)
    if not noun_complement and not any(child.dep_ in ("ccomp", "xcomp") for child in token.children):
        return None
    return next(
        (c for c in token.children if c.dep_ == "nsubj" or (c.dep_ == "compound" and c.i < token.i)),
        None,
    )


def continues_cue(token: Any, verb: Any) -> bool:
    """Whether `token` is the same speaker's next cue after `verb` (see `_before_next_cue`)."""
    if token.i <= verb.i or token.pos_ != "VERB" or cues.verb_lemma(token.text) is None:
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in token.children) or _parallel_stance(token, verb):
        return False
    before = token.nbor(-1)
    # The tagger often reads the second of two present-tense verbs as a bare form ("call them … and describe").
    same_form = token.tag_ == verb.tag_ or {token.tag_, verb.tag_} == {"VB", "VBP"}
    coordinated = token.dep_ == "conj" and same_form and before.lower_ in ("and", "but")
    participle = token.tag_ == "VBG" and before.text == "," and token.dep_ in ("advcl", "conj")
    return coordinated or participle


def _parallel_stance(token: Any, verb: Any) -> bool:
    """ "The White House said Biden supported stronger border security but opposed the bill": a second stance
    joined to the reported subject's own stance, in its form, is still what was reported of that subject. A
    pronoun subject may be the speaker ("acknowledged that even she found it confusing and called …")."""
    head = token.head
    return bool(
        token.dep_ == "conj"
        and head.i != verb.i
        and head.tag_ == token.tag_
        and cues.verb_lemma(head.text) is not None
        and any(c.dep_ in SUBJECT_DEPS and c.pos_ != "PRON" for c in head.children)
    )


def speaker_of(verb: Any) -> tuple[int, int] | None:
    """The subject (or passive agent) of a cue verb, inherited from the governing verb for "…, adding that";
    the name between a closing quote and its verb wins over a parse that put the subject elsewhere."""
    # A participle goes with the outermost such cue ("The ministry stated that drones attacked the plant, calling
    # it terrorism": the ministry is calling it so, not the drones); a conjunct with the one it is joined to.
    previous_cues = [a for a in verb.ancestors if cues.verb_lemma(a.text) and continues_cue(verb, a)]
    previous_cue = (previous_cues[-1] if verb.tag_ == "VBG" else previous_cues[0]) if previous_cues else None
    if previous_cue is not None:
        return speaker_of(previous_cue)  # "He said … and said that …": the parse hung the second inside the first
    if asked_set_off(verb):
        return None  # "Ben Carson, asked about his claims, …": he was asked
    named = _name_after_quote(verb) or _name_after_cue_after_quote(verb) or _described_name_after_quote(verb)
    named = named or _phrase_after_cue_after_quote(verb)
    parsed = _parsed_speaker(verb) or _subject_of_participle_before_quote(verb)
    if named is None or parsed is None:
        return named or parsed
    # The parse agrees, or found a subject nearer the verb ("… election system and he, once again, pledged").
    return parsed if named[0] <= parsed[0] < verb.i else named


def nearest_subject(verb: Any) -> Any:
    """The verb's subject; where the parser gave it two ("the reasons that Trump refuses", "The Latest: Trump
    urges"), the one that is not a relativizer and stands nearest the verb."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not stray_object(c)]
    if not subjects:
        subjects = [c for c in [mistagged_verb_subject(verb)] if c is not None]
    if len(subjects) > 1:
        real = [c for c in subjects if c.tag_ not in ("WDT", "WP")] or subjects
        return min(real, key=lambda c: abs(verb.i - c.i))
    return subjects[0] if subjects else None


def _with_role_before(span: tuple[int, int], verb: Any) -> tuple[int, int]:
    """ "Official representative of the department Maria Zakharova noted …": the parse gave the verb the role
    and the name as two subjects; the role right before the name is part of who speaks (it says for whom)."""
    role = next(
        (
            c
            for c in subjects_ending_at(verb, span[0] - 1)
            if c.dep_ == "nsubj"
            and c.lower_ in PERSON_ROLES
            and not any(t.is_punct or t.pos_ in ("VERB", "CCONJ") for t in c.subtree)  # a phrase, not a clause
        ),
        None,
    )
    return (role.left_edge.i, span[1]) if role is not None else span


def _has_not_is(verb: Any) -> bool:
    """ "he's predicted big wins", "he's said he'll fight on": the tagger reads "'s" before a participle as
    "is", but a participle with an object or a reported clause of its own is active, and "'s" is "has" ("it's
    said that …" stays a passive)."""
    auxiliary = any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children)
    if not auxiliary:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    said = any(c.dep_ == "ccomp" and c.i > verb.i and states_something(c) for c in verb.children)
    return any(c.dep_ == "dobj" for c in verb.children) or (said and subject is not None and subject.lower_ != "it")


def unattributed_passive(verb: Any, lemma: str) -> bool:
    """ "About one in nine voters is expected to be Latino", "peacekeepers have been accused of …": a view or a
    charge in the passive with nobody named holding it (PolNeAR marks these with no source)."""
    return (
        lemma in _SOURCELESS_PASSIVES
        and not _has_not_is(verb)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
    )


def asked_of(verb: Any) -> bool:
    """A past participle opening a clause without a subject of its own ("Asked about …, she said"); not a
    perfect one, which is active ("Having announced that …, Judge Berman proceeded")."""
    own_subject_or_having = any(c.dep_ in SUBJECT_DEPS or c.lower_ == "having" for c in verb.children)
    return bool(verb.tag_ == "VBN" and verb.dep_ == "advcl" and not own_subject_or_having)


def asked_set_off(verb: Any) -> bool:
    """ "Ben Carson, asked about his claims, …": "asked" after a comma and before the question's topic is a
    participle (he was asked), though the parse may give it the name before as its subject."""
    doc = verb.doc
    after = doc[verb.i + 1].lower_ if verb.i + 1 < len(doc) else ""
    return verb.lower_ == "asked" and verb.i > 0 and doc[verb.i - 1].text == "," and after in _QUESTION_OPENERS


def _phrase_after_cue_after_quote(verb: Any) -> tuple[int, int] | None:
    """‘“…,” said retired neurosurgeon Ben Carson, asked about …’, ‘“…,” said the woman, who …’: a cue with no
    subject right after a closing quote, then a short noun phrase up to a comma or the sentence's end; the parse
    made the phrase the subject of what follows it."""
    doc = verb.doc
    if verb.i < 2 or verb.tag_ not in ("VBD", "VBZ", "VBP") or not doc[verb.i - 1].is_quote:
        return None  # (‘“…,” saying calling the Islamic State …’: a participle is no tag)
    if opens_quote(doc, verb.i - 1) or doc[verb.i - 2].text not in (",", "?", "!"):
        return None
    if (
        any(c.dep_ in SUBJECT_DEPS for c in verb.children)
        or verb.i + 1 == len(doc)
        or doc[verb.i + 1].pos_ in ("VERB", "AUX")
    ):
        return None
    end = verb.i + 1
    while end < verb.sent.end and not doc[end].is_punct and end - verb.i <= _MAX_NAME_AFTER_CUE:
        end += 1
    phrase = doc[verb.i + 1 : end]
    if not phrase or end == verb.sent.end or doc[end].text not in (",", ".", "!", "?", "("):
        return None  # (the bracket of "Elijah Cummings (D-Md.)")
    # Participles describe ("retired surgeon", "ranking Democrat", "a man calling himself Paul"); a finite verb, a
    # pronoun or most prepositions make a clause.
    finite = ("VBD", "VBZ", "VBP", "VB", "MD")
    clause_word = any(
        t.tag_ in finite
        or t.pos_ == "AUX"
        or (t.pos_ == "PRON" and not t.lower_.endswith(("self", "selves")) and t.lower_ not in _ANOTHER)
        or (t.pos_ == "ADP" and t.lower_ != "of")
        for t in phrase
    )
    someone = phrase[-1].pos_ in ("PROPN", "NOUN") or phrase.text.lower() in _ANOTHER  # ‘“…,” tweeted another.’
    return None if clause_word or not someone else (verb.i + 1, end)


def _name_after_quote(verb: Any) -> tuple[int, int] | None:
    """‘…,” Flynn, a top Trump surrogate, said’: the words between a closing quote and the verb are the
    speaker, however the parser (misled by quoted titles nearby) attached them."""
    doc = verb.doc
    start = _after_closing_quote(doc, verb.i, _MAX_NAME_AFTER_QUOTE)
    if start is None or start == verb.i:
        return None
    region = [token for token in doc[start : verb.i] if not token.is_punct]
    # A capitalised "verb" here is a name the tagger misread (‘…,” Tulsa police Chief Chuck Jordan said’).
    named = {t.i for t in region if t.pos_ in ("PROPN", "NOUN") or (t.pos_ == "VERB" and t.is_title)}
    if region and region[0].lower_ == "the":
        named |= {t.i for t in region if t.pos_ == "ADJ" and t.dep_ == "ROOT"}  # ‘” the 43-year-old asked’
    if any(t.tag_ in ("WDT", "WP") or (t.pos_ in ("VERB", "AUX") and t.i not in named) for t in region):
        return None  # ‘his "Keepin' It Real" radio program who said’: a relative clause, not a name
    heads = [t for t in region if t.i in named and (t.head == t or not start <= t.head.i < verb.i)]
    if len(heads) != 1 or (heads[0].ent_type_ in TIME_LABELS and heads[0].pos_ != "ADJ"):
        return None  # (a time, but "the 43-year-old" is someone)
    return speakers.speaker_tokens(heads[0])


def _subject_of_participle_before_quote(verb: Any) -> tuple[int, int] | None:
    """ "Flea shared the news on social media, writing “Feels great to …”": a participle after a comma, right
    before the quote it introduces, is what the sentence's subject did; the parser, thrown by the quote, hangs
    the participle anywhere."""
    doc = verb.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != "," or not opens_quote(doc, verb.i + 1):
        return None
    root = verb.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None) if root.i < verb.i else None
    return None if subject is None or subject.i > verb.i else speakers.speaker_tokens(subject)


def _described_name_after_quote(verb: Any) -> tuple[int, int] | None:
    """‘“…,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said’: a name, then a description between
    commas, between a closing quote and the verb; the parser, lost in the description, may hang the verb on the
    quote's own clause and give it the quote's "I". The name, if so."""
    doc = verb.doc
    if verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    start = _after_closing_quote(doc, verb.i, _MAX_DESCRIBED_NAME_AFTER_QUOTE)
    if start is None or any(t.tag_ in ("WDT", "WP") for t in doc[start : verb.i]):
        return None  # "…,” a man who said": a relative clause, not a name and its description
    end = name_end(doc, start, verb.i)
    named = any(t.pos_ == "PROPN" for t in doc[start:end])
    return (start, end) if named and end < verb.i - 1 and doc[end].text == "," else None


def _after_closing_quote(doc: Any, index: int, longest: int) -> int | None:
    """Where the words between a closing quote and token `index` start, when no more than `longest` tokens and no
    line break or sentence stop stand between them."""
    start = index
    while start > 0 and not _closing_mark(doc[start - 1]) and index - start <= longest:
        if doc[start - 1].is_space or doc[start - 1].text in ".!?;:":
            return None
        start -= 1
    if start == 0 or not _closing_mark(doc[start - 1]) or opens_quote(doc, start - 1):
        return None
    return start


def _closing_mark(token: Any) -> bool:
    """A quote mark, not the apostrophe of a plural possessive ("France's largest farmers' union")."""
    return bool(token.is_quote) and not (token.tag_ == "POS" and token.text in ("'", "’"))


def _name_after_cue_after_quote(verb: Any) -> tuple[int, int] | None:
    """‘“…,” recalled Mr. Rhodes.’: a cue right after a closing quote, then a name that closes the sentence; the
    parser, taking the verb for "remembered", made the name its object."""
    doc = verb.doc
    if verb.i < 2 or not doc[verb.i - 1].is_quote or opens_quote(doc, verb.i - 1) or doc[verb.i - 2].text != ",":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    name = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    if name is None or not (name.i + 1 == len(doc) or doc[name.right_edge.i + 1].is_punct):
        return None
    return speakers.speaker_tokens(name)


def _name_next_to_verb(subject: Any, verb: Any) -> Any:
    """ "To understand the real Dred Scott, Chief Justice Roberts said, …": a name the parser made an apposition
    of an earlier noun, though it stands right before the verb without a comma, is the verb's subject. So is
    the name after a dateline ("WASHINGTON -- President Obama … said", "KYIV, Dec 2 - The press service …
    reported"), which the parse may hang on the place as an apposition."""
    doc = subject.doc
    after = after_dateline(doc, subject.i)
    if after > subject.i:
        named = next((c for c in subject.children if c.dep_ == "appos" and c.i >= after), None)
        if named is not None:
            return named
    for child in subject.children:
        if child.dep_ == "appos" and child.right_edge.i == verb.i - 1 and child.pos_ == "PROPN":
            between = subject.doc[subject.i + 1 : child.left_edge.i]
            if any(token.text == "," for token in between):
                return child
    return subject


def tags_a_quote(doc: Any, verb: Any) -> bool:
    """ "“We will win,” Trump continued.": a word tagged as a verb, standing with its subject between a closing
    quote and the end of the sentence (or the quote's second half), tags that quote whatever the verb (not a
    byline's dash, which the tagger sometimes calls a verb)."""
    if verb.pos_ != "VERB" or not verb.is_alpha:
        return False
    after = [c for c in verb.children if c.i > verb.i]
    settings = [c for c in after if _channel_or_time(c)]
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep") and c not in settings for c in after):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    start = min(verb.i, subject.left_edge.i)
    end = max(verb.i, subject.right_edge.i) + 1
    for particle in (c for c in after if c.dep_ in ("prt", "advmod") and c.left_edge.i == end):
        end = particle.right_edge.i + 1  # "“…,” Trump shot back.", "“…,” she chimed in."
    if not after_quote(doc, start):
        return False
    if settings and start >= 2 and doc[start - 2].text == ",":
        # "“…,” Palin posted via Facebook on Monday.": where and when it was said may follow a quote the comma
        # hands over (after a full stop, "… politicians.” The remark came on Monday." is a sentence of its own).
        end = max(end, *(c.right_edge.i + 1 for c in settings))
    elif any(c.dep_ == "prep" for c in settings):
        return False
    # ‘“Honestly,” he continued, “we may be …”’: the verb interrupts the quote it tags.
    resumed = end + 1 < len(doc) and doc[end].text == "," and opens_quote(doc, end + 1)
    # ‘“…,” Mr. Manafort continued, referring to …’: what the speaker was doing as they said it
    participle = (
        end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].tag_ == "VBG" and doc[end + 1].head == verb
    )
    return resumed or participle or end >= len(doc) or doc[end].text in (".", ";", "\n")


def _channel_or_time(phrase: Any) -> bool:
    """A phrase after a verb tagging a quote that says where or when it was said ("via Facebook", "on Monday")."""
    if phrase.dep_ in ("npadvmod", "tmod"):
        return phrase.ent_type_ in TIME_LABELS
    return phrase.dep_ == "prep" and phrase.lower_ in _TAG_SETTINGS


def introduces_a_quote(doc: Any, verb: Any) -> bool:
    """ "She continued, “For us, …”": a sentence of only a subject and a verb, then a comma and a quote, hands
    the quote over whatever the verb."""
    if verb.pos_ != "VERB" or not verb.is_alpha or verb.i + 2 >= len(doc):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.left_edge.i != verb.sent.start or subject.right_edge.i >= verb.i:
        return False
    between = doc[subject.right_edge.i + 1 : verb.i]
    if any(not (t.dep_ in ("advmod", "aux", "neg") and t.head == verb) for t in between):
        return False
    return doc[verb.i + 1].text == "," and opens_quote(doc, verb.i + 2)


def reads_a_quote(doc: Any, verb: Any) -> bool:
    """ "The email read “Dear member, we need you …”", "One sign reads “Hands off”": a written thing whose words
    follow it in quotation marks says them, as a statement does."""
    if verb.lower_ not in _READ_FORMS or verb.i + 1 >= len(doc) or not opens_quote(doc, verb.i + 1):
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and (subject.lower_ in _WRITTEN_THINGS or subject.lower_ in ("one", "another"))


def _parsed_speaker(verb: Any) -> tuple[int, int] | None:
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lower_ in cues.DOCUMENT_NOUNS:
        return _document_author(verb.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i and verb.head.dep_ != "ROOT":
        # (A noun at the root is a parse gone wrong, such as a dateline taken for the sentence's head.)
        if verb.head.lower_ in _OCCASIONS:
            # "gave a speech attacking …", "his speech defending …", "said at a news conference announcing …":
            # whoever held it, if the sentence says so.
            occasion = verb.head
            if occasion.dep_ == "pobj" and occasion.head.head.pos_ in ("VERB", "AUX"):
                return _parsed_speaker(occasion.head.head)  # "she said at a news conference announcing that …"
            held = occasion.dep_ == "dobj" or any(c.dep_ == "poss" for c in occasion.children)
            return _document_author(occasion) if held else None
        sender = _sender_to(verb.head)
        if sender is not None:
            return _parsed_speaker(sender)  # "emailed supporters saying …": the message says it, not the supporters
        if can_speak(verb.head):
            return speakers.speaker_tokens(verb.head)  # "a super PAC backing Mr. Cruz", "voters saying …"
    current = verb
    adjunct = False  # whether the cue hangs on the clause as a phrase of its own ("After saying …, she was …")
    for _ in range(4):
        quoted = _quoted_as_saying(current)
        if quoted is not None:
            return speakers.speaker_tokens(quoted)
        # "was booed by supporters after telling them …": the subject, not the agent, does what an adjunct says.
        agent = next((c for c in current.children if c.dep_ == "agent"), None) if not adjunct else None
        if agent is not None:
            objects = [c for c in agent.children if c.dep_ == "pobj"]
            if objects:
                return speakers.speaker_tokens(objects[0])
        subject = nearest_subject(current)
        if subject is not None and current is verb and (closing := object_read_as_subject(verb)) is not None:
            return speakers.speaker_tokens(closing[1])
        if subject is not None:
            passive_speaks = current is not verb and (adjunct or _reports_the_passive_subject(current))
            if subject.dep_ == "nsubjpass" and not passive_speaks and not _has_not_is(current):
                return None  # "he was asked", "it is expected": the subject did not say anything
            if subject.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                return subject.i, subject.i + 1  # "Clinton, who said …": resolved to the noun it refers to
            if subject.lower_ in EXPLETIVES or subject.tag_ in ("WDT", "WP") or _clausal(subject):
                return None
            return _with_role_before(speakers.speaker_tokens(_name_next_to_verb(subject, current)), current)
        if current is verb and (orphan := _orphaned_name(verb)) is not None:
            return speakers.speaker_tokens(orphan)
        if current is verb and (misread := _misread_as_relative(verb)) is not None:
            start, end = speakers.speaker_tokens(misread)
            return start, min(end, verb.i)
        if current is verb and closing_tag_hung_on_the_verb(verb) and (closing := _phrase_after_comma(verb)):
            return speakers.speaker_tokens(closing)  # "…, the charity SOS Mediterranee said on Saturday."
        if current.dep_ not in _INHERIT_DEPS or current.head is current:
            return None
        if current.dep_ == "acomp" and current.lower_ not in _CONTROL_ADJECTIVES:
            return None  # "It is worth noting that …": nobody notes; "I'm passionate about writing": a bio
        went_so_far = current.lower_ == "far" and current.head.lower_ in _GO_FORMS  # "went so far as to say: …"
        if current.dep_ == "advmod" and not any(c.dep_ == "prep" for c in current.children) and not went_so_far:
            return None  # "stopped short of calling" passes the subject on; "It is too soon to say" does not
        if current is verb and asked_of(verb):
            return None  # "Asked about the meeting, she said …": she was asked; she did not ask
        direct_objects = (c for c in current.head.children if c.dep_ == "dobj")
        if current.dep_ == "xcomp" and (controller := next(direct_objects, None)) is not None:
            # "forced Stumpf to admit that …", "led the journalist to fear …": the object, not the subject, speaks
            # (but in "took several days to determine", "used blunt language to denounce" nobody in the object).
            causes = current is verb and current.head.lower_ in cues.CAUSING_VERB_FORMS
            return speakers.speaker_tokens(controller) if causes else None
        adjunct = adjunct or (current.dep_ == "pcomp" and current.head.dep_ == "prep")
        current = current.head
    return None


def _sender_to(addressee: Any) -> Any:
    """The verb by which something was sent or said to `addressee` ("emailed supporters", "sent a letter to
    Senate leaders", "told reporters"), if any."""
    head = addressee.head
    if addressee.dep_ == "pobj" and head.lower_ == "to":
        head = head.head.head if head.head.dep_ == "dobj" else head.head  # "sent [a letter] to Senate leaders"
    elif addressee.dep_ not in ("dobj", "dative"):
        return None
    sends = head.pos_ == "VERB" and (head.lower_ in _SENDING_FORMS or cues.verb_lemma(head.text) in ADDRESSEE_VERBS)
    return head if sends else None


def _clausal(subject: Any) -> bool:
    """A subject that is itself a clause ("Voting early helps"), not a name the tagger took for a verb
    ("Spotify, which filed the complaint, welcomed the ruling")."""
    if subject.pos_ != "VERB":
        return False
    name = subject.text[:1].isupper() and all(c.dep_ in ("relcl", "punct", "appos") for c in subject.children)
    return not name


MAX_CLOSING_SPEAKER_TOKENS = 12
# Who else, as a list of posts or vox pops names them after a verb: ‘“…,” tweeted another.’
_ANOTHER = frozenset({"another", "one", "others", "a third", "a second", "a fourth"})
# What the words set off between a name and its verb may be tagged: "exasperated", "visibly angry", "smiling".
_STATE_TAGS = frozenset({"JJ", "VBN", "VBG", "VBD", "RB"})


def _orphaned_name(verb: Any) -> Any:
    """ "With her film, DuVernay both documents …", "…, Obama and Clinton call them …": a finite verb the parse
    left without a subject, right after a name it hung elsewhere. The name (the first of several) is the subject."""
    if verb.tag_ not in ("VBZ", "VBP", "VBD") or verb.i == 0:
        return None
    participle = verb.head
    bare_participle = participle.tag_ == "VBG" and not any(c.dep_ == "aux" for c in participle.children)
    if verb.dep_ == "dep" and bare_participle and participle.i < verb.i:
        # "Majorities of Democrats … going to the polls Tuesday say …": the parse took the participle describing
        # the subject for the sentence's verb and left the verb hanging on it.
        subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
        if subject is not None:
            return subject
    index = verb.i - 1
    while index > 0 and verb.doc[index].lower_ in _BETWEEN_SUBJECT_AND_VERB:
        index -= 1
    name = verb.doc[index]
    if verb.dep_ == "advcl" and name.dep_ == "pobj" and name.head.dep_ == "mark" and name.head.i == name.i - 1:
        return name  # "… as Beijing warns against …": the parse took the subject for the object of "as"
    described = _described_object_of_as(verb)
    if described is not None:
        return described
    if verb.dep_ != "ROOT":
        # "… mishandled the investigation and Democrats accused the GOP of …": the parse made the second
        # clause's subject another object of the first and hung its verb on the cue before.
        after_and = verb.doc[name.left_edge.i - 1].lower_ in ("and", "but")
        return name if verb.dep_ == "ccomp" and name.dep_ == "conj" and name.pos_ == "PROPN" and after_and else None
    manner = index
    while manner > 0 and verb.doc[manner].tag_ == "RB":
        manner -= 1  # "Clinton, exasperated, famously responded"
    if verb.doc[manner].text == "," and (set_off := _name_before_set_off_state(verb.doc, manner)) is not None:
        return set_off
    if name.text == "," and index > 0:
        name = _described_name(verb.doc[index - 1]) or name
    if name.pos_ == "PROPN" and name.dep_ != "compound":
        while name.dep_ == "conj" and name.head.pos_ == "PROPN" and name.head.i < name.i:
            name = name.head
        opened = name.left_edge.i == 0 or _opens(verb.doc[name.left_edge.i - 1])
        if opened and name.dep_ not in SUBJECT_DEPS:
            return name
    # "…, the press service of the Russian Ministry of Defense reported.": a phrase after a comma, closing the
    # sentence before the verb, which the parse hung on a word of what was said
    return _phrase_after_comma(verb)


def _opens(before: Any) -> bool:
    """Whether the token before a name opens a phrase: a comma, or a line break (one or several)."""
    return before.text == "," or (before.is_space and "\n" in before.text)


def _name_before_set_off_state(doc: Any, comma: int) -> Any:
    """ "Clinton, exasperated, famously responded: …", "Trump, smiling, said …": a name, then how its bearer felt
    or looked, set off by commas; the parse made the name the subject of that word and left the verb without one.
    The name, if so (`comma` closes the set-off words)."""
    start = next((i for i in range(comma - 1, max(comma - 4, 1), -1) if doc[i - 1].text == ","), None)
    if start is None or not all(t.tag_ in _STATE_TAGS for t in doc[start:comma]):
        return None
    name = doc[start - 2]
    if name.pos_ != "PROPN" or name.dep_ == "compound":
        return None
    opened = name.left_edge.i == 0 or _opens(doc[name.left_edge.i - 1])
    return name if opened else None


def _phrase_after_comma(verb: Any) -> Any:
    """The head of the noun phrase between the sentence's last comma and its closing verb, when the parse put it
    outside the verb's subject."""
    doc = verb.doc
    comma = next((i for i in range(verb.i - 1, verb.sent.start, -1) if doc[i].text == ","), None)
    if comma is None or verb.i - comma - 1 > MAX_CLOSING_SPEAKER_TOKENS or verb.i - comma < 2:
        return None
    phrase = doc[comma + 1 : verb.i]
    head = phrase.root
    inside = all(comma < t.i < verb.i for t in head.subtree)
    # not "last week" of "…, last week said"
    timed = head.ent_type_ in ("DATE", "TIME") or head.dep_ == "npadvmod"
    return head if head.pos_ in ("NOUN", "PROPN") and inside and head.dep_ not in SUBJECT_DEPS and not timed else None


def _described_name(last: Any) -> Any:
    """ "On Dec. 2, Col. Steven Warren, a military spokesman in Baghdad, said …": the parse hung the name and its
    description on the date before them. The name the description ending at `last` belongs to."""
    for ancestor in [last, *last.ancestors]:
        if ancestor.dep_ == "appos" and ancestor.right_edge.i == last.i and ancestor.head.pos_ == "PROPN":
            return ancestor.head
    return None


def _described_object_of_as(verb: Any) -> Any:
    """ "… grew louder as Patti Davis, Ronald Reagan's daughter, attacked Trump": a clause with no subject after a
    name and its description that the parse made the object of "as"; the name is its subject."""
    if verb.dep_ != "advcl" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    for as_ in verb.head.children:
        if as_.lower_ == "as" and as_.dep_ == "prep" and as_.i < verb.i:
            name = next((c for c in as_.children if c.dep_ == "pobj"), None)
            if name is not None and name.pos_ == "PROPN" and name.right_edge.i + 1 == verb.i:
                return name
    return None


def _misread_as_relative(verb: Any) -> Any:
    """ "Cooper, the governor's opponent in the election, called Friday for …", "One of the doctors who signed
    the letter called him a quack": the parse read the sentence's verb as a participle describing the noun
    before it ("the election called …"). With an object of its own it is active, and its subject is the noun
    the description belongs to, or the noun heading a sentence left without a verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "agent" for c in verb.children):
        return None
    # (Not "a class called “Perception”", "a box marked “medical problem”": a participle naming the noun.)
    quoted = verb.tag_ == "VBD" and verb.i + 1 < len(verb.doc) and opens_quote(verb.doc, verb.i + 1)
    if quoted and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i == verb.i - 1:
        return verb.head  # "a man yelled “Stay there!”": the parse made the quote the sentence and the man its subject
    if not any(c.dep_ in ("dobj", "oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        # "The Egyptian Ministry of Foreign Affairs condemned on Sunday Ethiopia's announcement …": a sentence with
        # no other verb, whose object the parse hid in the time phrase after the verb
        head = verb.head
        alone = not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != verb.i for t in verb.sent)
        on_a_day = any(c.dep_ == "prep" and c.lower_ == "on" and c.i == verb.i + 1 for c in verb.children)
        subject = head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and head.i < verb.i
        return head if alone and on_a_day and subject and cues.verb_lemma(verb.text) in cues.SPEECH_VERBS else None
    after_comma = verb.i > 0 and verb.doc[verb.i - 1].text == ","
    for ancestor in verb.ancestors:
        if ancestor.dep_ == "appos" and after_comma:
            return ancestor.head
        if ancestor.dep_ == "ROOT":
            return ancestor if ancestor.pos_ in ("NOUN", "PROPN", "NUM") else None
    return None


def _document_author(document: Any) -> tuple[int, int] | None:
    """Who speaks through a statement, a letter, a paper that "calls", "welcomes", "opposes": whoever issued
    or filed it ("the Council issued a statement calling …"), else the document itself ("In a statement
    announcing the pick, …")."""
    owner = next((c for c in document.children if c.dep_ == "poss"), None)
    if owner is not None and owner.tag_ != "WP$":
        return speakers.speaker_tokens(owner)  # "his 30-minute speech defending …"
    if document.dep_ == "dobj" and document.head.pos_ == "VERB":
        subject = nearest_subject(document.head)
        if subject is None or subject.tag_ in ("WDT", "WP") or subject.lower_ in EXPLETIVES:
            return None
        return speakers.speaker_tokens(subject)
    return speakers.speaker_tokens(document)


def _quoted_as_saying(phrase: Any) -> Any | None:
    """ "the ministry" of "State television quoted the ministry as saying …": whom a report quotes is the one
    speaking, the report relays it (the passive "was quoted as saying" keeps its subject)."""
    if phrase.dep_ != "prep" or phrase.lower_ != "as" or not phrase.head.lower_.startswith("quot"):
        return None
    return next((c for c in phrase.head.children if c.dep_ == "dobj"), None)


def _reports_the_passive_subject(verb: Any) -> bool:
    """ "was quoted as saying", "can be heard yelling", "was seen shouting": passives whose subject is the one
    speaking in the verb they govern."""
    return bool(verb.lower_.startswith("quot") or verb.lower_ in _PERCEIVED)


def cue_range(doc: Any, verb: Any) -> tuple[int, int]:
    """The verb with its particle and auxiliaries ("has said", "called for", "pointed out"), and the negated verb
    it completes when that is no cue of its own ("is not going to vote"), or the verb a "short of" phrase hangs
    on ("stopped short of blaming"), without which the claim would say the opposite."""
    start, end = verb.i, verb.i + 1
    head = verb.head
    negated = any(c.dep_ == "neg" for c in head.children)
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "xcomp" and head.i < verb.i and negated and infinitive and cues.verb_lemma(head.text) is None:
        start = cue_range(doc, head)[0]
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ == "advmod" and head.head.head.i < verb.i:
        start = cue_range(doc, head.head.head)[0]  # "stopped short of blaming": the same reversal
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and child.i >= start - 3:
            start = min(start, child.i)
        if child.dep_ == "prt" and child.i == end:
            end = child.i + 1
    return start, end
