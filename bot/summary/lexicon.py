"""Word lists for neutral wording: which reporting verbs carry the reporter's judgement and which framing
words are the journalist's, not the speakers'.

Hand-written from news style guides' lists of "loaded" attribution verbs (AP: "said" is neutral; "claimed",
"admitted", "insisted" imply doubt or guilt) and common editorial framing. Verbs are stored by form, because
some forms double as nouns ("claims") and only the verb forms are replaced."""

from __future__ import annotations

from bot.attribution.parties import word_set

# Loaded verb form → the neutral form of the same tense and person; the lemmas, to tell a form that doubles as
# a noun ("claims") where the parse or the layout says it is the verb.
LOADED_VERB_FORMS: dict[str, str] = {}
LOADED_VERB_LEMMAS: set[str] = set()
for _lemma, _past, _third, _gerund in (
    ("claim", "claimed", None, "claiming"),
    ("admit", "admitted", "admits", "admitting"),
    ("insist", "insisted", "insists", "insisting"),
    ("concede", "conceded", "concedes", "conceding"),
    ("reveal", "revealed", "reveals", "revealing"),
    ("boast", "boasted", "boasts", "boasting"),
    ("brag", "bragged", "brags", "bragging"),
    ("allege", "alleged", "alleges", "alleging"),
    ("confess", "confessed", "confesses", "confessing"),
    ("complain", "complained", "complains", "complaining"),
    ("lament", "lamented", "laments", "lamenting"),
    ("gloat", "gloated", "gloats", "gloating"),
    ("whine", "whined", "whines", "whining"),
    ("rant", "ranted", "rants", "ranting"),
    ("grumble", "grumbled", "grumbles", "grumbling"),
    ("contend", "contended", "contends", "contending"),
    ("assert", "asserted", "asserts", "asserting"),
    ("maintain", "maintained", "maintains", "maintaining"),
    ("proclaim", "proclaimed", "proclaims", "proclaiming"),
):
    LOADED_VERB_LEMMAS.add(_lemma)
    LOADED_VERB_FORMS[_past] = "said"
    LOADED_VERB_FORMS[_gerund] = "saying"
    if _third:
        LOADED_VERB_FORMS[_third] = "says"

# Verbs (and verb phrases) where "said" would break the sentence: attacks ("slammed the decision") become
# "criticised", boasts of something become "spoke of" it.
VERB_REPLACEMENTS: dict[str, str] = {
    "slammed": "criticised",
    "slams": "criticises",
    "slamming": "criticising",
    "blasted": "criticised",
    "blasts": "criticises",
    "blasting": "criticising",
    "lambasted": "criticised",
    "lambasts": "criticises",
    "savaged": "criticised",
    "ripped into": "criticised",
    "boasted of": "spoke of",
    "boasts of": "speaks of",
    "boasted about": "spoke about",
    "bragged about": "spoke about",
    "hit out at": "criticised",
    "lashed out at": "criticised",
}

# Cues that add nothing beyond "said": the point shows the content after the speaker's name. Every other
# reporting verb is a speech act with content of its own ("denied", "urged", "called for") and is kept.
NEUTRAL_CUE_LEMMAS = word_set(
    """
    say tell add state note explain write report indicate comment remark reply respond answer mention
    according tweet post stress emphasize emphasise reiterate repeat recall argue think believe
    """
)
# Idioms of saying that lead into the words like "said" does ("As the memo put it, …"): no lead either.
NEUTRAL_CUE_FORMS = word_set("put puts")

# Noun cues that characterise what was said rather than name it ("his attacks on moderators", "their disdain
# for"): a point about their topic says "spoke about", so the summary does not carry the journalist's word.
CHARACTERISING_NOUN_CUES = word_set("attack attacks disdain insinuation insinuations")

# The journalist's framing, dropped outside quotes: intensifying or delegitimising adjectives.
FRAMING_WORDS = word_set(
    """
    lightning self-styled so-called self-proclaimed brutal ruthless heroic cowardly barbaric savage shocking
    stunning crushing humiliating disastrous draconian notorious infamous embattled beleaguered disgraced
    hardline fanatical puppet rogue bloodthirsty heinous
    """
)

# Framing nouns with a neutral equivalent.
FRAMING_REPLACEMENTS: dict[str, str] = {
    "regime": "government",
    "regimes": "governments",
    "regime's": "government's",
    "regime’s": "government’s",
    "henchmen": "associates",
    "mouthpiece": "outlet",
}

# Words that cannot end a shortened phrase: "a new meeting of the …" reads as broken, "a new meeting …" as cut.
DANGLING_WORDS = word_set(
    """
    a an the of to in on at by for from with into over under about against between and or but nor that which
    who whom whose its their his her our your this these those would will could should may might must can
    has have had is are was were be been being as than if while
    """
)

# Words that are capitalised only because they open a sentence, lower-cased when the sentence is carried on
# after "said" or "says" ("said thousands of nurses …"); names and "I" keep their capital.
SENTENCE_OPENERS = word_set(
    """
    the a an this these those that there it its they their he his she her some many most more all no few both
    several thousands hundreds dozens millions without with despite after before if unless once since when while
    although though because until unlike instead
    """
)
