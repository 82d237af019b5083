"""Lexicons of attribution cues: reporting verbs, belief verbs, noun cues and the phrases that introduce a source.

Written by hand from English usage (reporting verbs in news style). Verbs are stored as lemmas; `verb_lemma` maps
an inflected form back to a lexicon lemma with a few suffix rules and an irregular table, so the spaCy lemmatizer
(about a fifth of the parse time) can stay switched off.
"""

from __future__ import annotations

from functools import cache


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, which keeps long lexicons readable."""
    return frozenset(text.split())


# Verbs of saying and writing: their clausal complement, quote or object is what was said.
SPEECH_VERBS = _words(
    """
    say tell add state claim report announce declare write tweet explain note observe remark comment mention
    reply respond argue insist contend assert allege charge stress emphasize emphasise reiterate contradict
    repeat confirm acknowledge admit concede concur agree disagree deny dispute reject dismiss refute suggest propose
    recommend predict estimate forecast warn caution threaten promise pledge vow vouch guarantee assure
    urge call demand ask question wonder inquire request plead implore indicate signal hint imply
    reveal disclose divulge describe characterize characterise label brand dub praise hail commend applaud
    congratulate criticize criticise condemn denounce decry slam blast attack lambast chide scold
    accuse blame fault mock ridicule joke quip boast brag complain lament protest grumble
    recall recount tout highlight cite point swear conclude find determine rule decide order
    shout yell chant scream exclaim whisper murmur mutter sing cry
    counsel inform notify remind brief text message proclaim pronounce
    theorize theorise surmise muse ponder opine
    defend endorse support oppose welcome echo counter rebut retort
    summarize summarise outline detail list elaborate clarify specify stipulate
    refer allude reference decline refuse express voice discuss name challenge thank compare liken
    contrast advocate press publish portray apologize apologise deem assail rail lash bash insult
    underscore disavow repudiate distance interpret document articulate envision shrug speculate
    coin recite broadcast utter downplay offer affirm reaffirm laud retweet encourage invoke
    bemoan deride scoff berate castigate excoriate extol herald vent gripe pillory lambaste rebuke reproach upbraid
    interject trumpet intimate marvel belittle bark revile preach savage
    """
)

# Verbs of mind: PolNeAR annotates attributed beliefs, intentions and wishes as attributions too.
BELIEF_VERBS = _words(
    """
    think believe know suspect fear worry hope wish want expect anticipate suppose
    regard recognize recognise presume remember mull foresee contemplate doubt
    prefer intend plan aim favor favour consider view
    """
)

# Verbs whose complement is attributed only when a clause follows ("X shows that …", "polls suggest …").
EVIDENCE_VERBS = _words("show find suggest indicate reveal conclude confirm")

REPORTING_VERBS = SPEECH_VERBS | BELIEF_VERBS | EVIDENCE_VERBS

# Verbs whose "as" clause tells what was said ("As experts have pointed out, …"); with other verbs it tells when
# ("As he spoke, the crowd cheered", "As he welcomed guests, …").
ASIDE_VERBS = _words(
    """
    say note point observe suggest report write explain argue predict warn mention acknowledge remark claim
    reveal indicate recall describe conclude know believe expect think fear insist add state announce contend
    admit concede emphasize stress suspect document
    """
)

# Verbs by which someone gets someone else to speak or think: "forced Stumpf to admit", "led the journalist to
# fear", "urged countries to offer"; the object of these, not their subject, is who speaks in the verb after.
CAUSING_VERB_FORMS = _words(
    """
    force forces forced forcing lead leads led leading prompt prompts prompted prompting urge urges urged urging
    encourage encourages encouraged encouraging push pushes pushed pushing press presses pressed pressing
    pressure pressures pressured pressuring compel compels compelled compelling require requires required
    requiring allow allows allowed allowing persuade persuades persuaded persuading convince convinces convinced
    convincing invite invites invited inviting inspire inspires inspired inspiring drive drives drove driven
    driving cause causes caused causing get gets got getting ask asks asked asking tell tells told telling
    challenge challenges challenged challenging call calls called calling
    """
)

# Written things that speak for whoever issued them: "a statement calling for …", "papers opposing …".
DOCUMENT_NOUNS = _words(
    """
    statement statements letter paper papers report release brief filing memo resolution petition ad
    advertisement communique editorial op-ed tweet post
    """
)

# Subjects whose findings an evidence verb reports even without a clause: "the poll shows Sanders ahead".
EVIDENCE_SOURCES = _words(
    """
    poll polls survey surveys study studies data figures statistics numbers records filings documents
    research analysis analyses report census audit audits investigation review results estimates
    average averages tally tallies projection projections forecast forecasts
    """
)

# Nouns that carry an attribution: "X's claim that …", "in a statement", "a press release said …".
NOUN_CUES = _words(
    """
    statement claim claims assertion allegation allegations accusations charge charges remark remarks
    comment comments announcement declaration warning warnings promise promises pledge vow denial denials
    admission argument arguments insistence suggestion prediction belief beliefs view views opinion
    fear fears hope hopes concern concerns assessment estimate conclusion finding findings report reports
    testimony interview speech release communique communiqué tweet tweets post letter memo email op-ed
    editorial column essay book account accounts recollection explanation reply rebuttal criticism
    complaint complaints insinuation contention call demand request plea order ruling
    verdict decision briefing determination disdain support praise attack attacks
    question questions plan plans intention intentions desire wish message messages
    commitment opposition endorsement assumption assumptions doubts swipe swipes jab jabs scorn assurance
    assurances disagreement compliment compliments rebuke rebukes retort quip quips apology
    """
)

# Prepositions that give a noun cue its topic: "comments on", "criticism of", "support for".
TOPIC_PREPOSITIONS = frozenset({"on", "about", "of", "for", "against", "over", "to"})

# Labels that end in a colon at the start of a paragraph without naming a speaker ("Photo: AP").
NOT_SPEAKER_LABELS = _words(
    """
    photo photos image images picture video audio source sources credit credits update updated note correction
    related read watch listen advertisement share subscribe tags topics filed published posted by caption
    clarification contributing contributors reporting editing email e-mail contact follow graphic graphics chart
    map disclosure
    """
)

# Reporting verbs whose -s form in a headline is nearly always a plural noun ("Paris Attacks Test …").
HEADLINE_NOUNS = _words("attack state message rule report question charge claim comment remark order post text list")

# Section labels and exclamations that open a headline with a colon ("The Latest: Trump urges …", "Bombshell: The
# FBI …", and the wire flashes of Russian news as machine translation gives them: "Urgently: …", "Lightning: …"):
# the headline follows them, nobody said it.
HEADLINE_KICKERS = frozenset(
    {
        "the latest", "breaking", "breaking news", "exclusive", "analysis", "opinion", "explainer", "live",
        "live updates", "bombshell", "wow", "boom", "shocking", "just in", "developing", "developing story",
        "urgent", "urgently", "lightning", "alert", "news alert", "fact check", "factbox", "timeline", "explained",
        "editorial", "commentary", "important", "official",
    }
)  # fmt: skip

# Phrases that mark a source inside a sentence: "according to X, …".
SOURCE_PREPOSITIONS = frozenset({"according"})
# Prepositions that name a poll or a study as the source of the clause after them: "In the latest poll, …".
FINDINGS_PREPOSITIONS = frozenset({"in"})
# Prepositions that name whose view the clause after them states: "For the researcher X, the reform will …".
VIEW_PREPOSITIONS = frozenset({"for"})

# Nouns for bodies that speak as one: "the campaign said it …", "the group calls it …".
GROUP_NOUNS = _words(
    """
    campaign government ministry department agency administration office committee council commission board panel
    party union group company firm corporation bank team coalition alliance movement organization organisation
    court police army military regime parliament congress senate house cabinet embassy newspaper network
    """
)

# Nouns that describe a person by role: "the president" resolves to a person, not to an organisation.
PERSON_ROLES = _words(
    """
    president minister premier senator governor mayor leader chairman chairwoman chair secretary spokesman
    spokeswoman spokesperson official candidate nominee ambassador general commander director chief king queen
    prince chancellor representative congressman congresswoman judge prosecutor businessman billionaire
    commissioner envoy diplomat negotiator mediator researcher scientist expert analyst economist professor
    lawyer attorney activist witness resident doctor officer plaintiff defendant victim suspect mp deputy
    lawmaker legislator delegate coach adviser advisor aide
    """
)

_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "thought": "think",
    "knew": "know",
    "known": "know",
    "saw": "see",
    "seen": "see",
    "found": "find",
    "sang": "sing",
    "sung": "sing",
    "swore": "swear",
    "sworn": "swear",
    "foresaw": "foresee",
    "forecast": "forecast",
    "cast": "cast",
    "made": "make",
    "held": "hold",
    "spoke": "speak",
    "spoken": "speak",
    "taught": "teach",
    "cried": "cry",
    "replied": "reply",
    "implied": "imply",
    "denied": "deny",
    "testified": "testify",
    "clarified": "clarify",
    "specified": "specify",
    "theorized": "theorize",
}


# Past forms of irregular lemmas: `_IRREGULAR` read the other way, where each lemma's past form comes first.
_PAST = {lemma: form for form, lemma in reversed(_IRREGULAR.items())}


def past_tense(form: str) -> str | None:
    """ "called" for "calling", "denied" for "denying", "said" for "saying", "accused" for the "accuse" of
    "prompting Beijing to accuse the bloc": the simple past of a cue verb's participle or bare infinitive, so
    "…; calling the attack terrorism" can be told as "called the attack terrorism"."""
    lower = form.lower()
    lemma = verb_lemma(form)
    if lemma is None or not (lower.endswith("ing") or lower == lemma):
        return None
    if lemma in _PAST:
        return _PAST[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        return lemma[:-1] + "ied"
    stem = lower[: -len("ing")] if lower.endswith("ing") else lower
    if lemma in _DOUBLED_FINAL or (stem.endswith(lemma[-1] * 2) and not lemma.endswith(lemma[-1] * 2)):
        return lemma + lemma[-1] + "ed"  # "admitting", "admit" → "admitted"
    return lemma + "ed"


# Cue verbs that double their last consonant in the past: "admit" → "admitted".
_DOUBLED_FINAL = frozenset({"admit", "commit", "regret", "refer", "prefer", "plan", "rebut", "omit", "submit"})


def active_past(participle: str) -> str:
    """ "announced" for the "was announced" of "it was announced by the ministry", "wrote" for "was written":
    the simple past that tells a passive cue with its agent as the agent's act."""
    lower = participle.lower()
    lemma = _IRREGULAR.get(lower)
    return _PAST.get(lemma, lower) if lemma is not None else lower


@cache
def verb_lemma(word: str) -> str | None:
    """The lexicon lemma of an inflected reporting verb ("urged" → "urge"), or None when it is not a cue verb."""
    lower = word.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower] if _IRREGULAR[lower] in REPORTING_VERBS else None
    for candidate in _candidates(lower):
        if candidate in REPORTING_VERBS:
            return candidate
    return None


def _candidates(word: str) -> list[str]:
    """Possible lemmas of a regular English verb form, most likely first."""
    options = [word]
    if word.endswith("ies") or word.endswith("ied"):
        options.append(word[:-3] + "y")
    if word.endswith("es"):
        options.extend([word[:-2], word[:-1]])
    elif word.endswith("s"):
        options.append(word[:-1])
    for suffix in ("ed", "ing"):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            options.extend([stem, stem + "e"])
            if len(stem) > 2 and stem[-1] == stem[-2]:
                options.append(stem[:-1])
    return options
