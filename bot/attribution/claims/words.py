"""Word lists that several constructions read. Lists that one module alone reads live in that module."""

from __future__ import annotations

import re

from bot.attribution.parties import word_set

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# Prepositions that only place a statement in time, place or channel: "said in Tel Aviv", "wrote during the night".
SETTING_PREPOSITIONS = frozenset({"in", "from", "during", "at", "after", "before", "via", "through", "since", "until"})
# Participles that name whom a speaker took the words from: "…, the agency said, citing survivors".
CITING = frozenset({"citing", "quoting"})
# Adjectives of a stance taken about something: "worried about", "optimistic about", "upfront about" (not
# "passionate", which is how authors' bios begin: "I'm passionate about writing …").
_STANCE_ADJECTIVES = word_set(
    """concerned worried optimistic pessimistic nervous anxious angry upset excited enthusiastic confident
    skeptical sceptical serious honest upfront candid coy shy clear adamant hopeful doubtful unhappy
    happy frustrated furious"""
)
# What else introduces the topic of a stance: "critical of", "unhappy with", "confident in".
STANCE_TOPICS = {
    "about": _STANCE_ADJECTIVES,
    "of": word_set("critical skeptical sceptical wary supportive enamored enamoured fond appreciative"),
    "with": word_set("unhappy pleased displeased dissatisfied"),
    "in": word_set("confident"),
}
# Stances that also hold a that-clause as their belief: "are convinced that the president could have …" (not
# "sure", which is mostly "make sure that", nor "confident", mostly the speaker's own "I can be confident that").
BELIEF_ADJECTIVES = word_set("convinced hopeful aware unaware concerned adamant upset optimistic worried")
# Verbs that take the addressee as object: "told reporters that …" — the addressee is not the content.
ADDRESSEE_VERBS = frozenset({"tell", "inform", "remind", "assure", "brief", "notify"})
# Verbs that report only in one construction (`_phrasal_cue`); forms, since the lemmatizer stays switched off.
SEE_FORMS = frozenset({"see", "sees", "saw", "seen", "seeing"})
BACK_FORMS = frozenset({"back", "backs", "backed", "backing"})
TALK_FORMS = frozenset({"talk", "talks", "talked", "talking", "speak", "speaks", "spoke", "spoken", "speaking"})
SEEK_FORMS = frozenset({"seek", "seeks", "sought", "seeking"})
FEEL_FORMS = frozenset({"feel", "feels", "felt", "feeling"})
VOTE_FORMS = frozenset({"vote", "votes", "voted", "voting"})
MAKE_FORMS = frozenset({"make", "makes", "made", "making"})
PUT_FORMS = frozenset({"put", "puts", "putting"})
# Subjects that never name a source ("there is", "this shows", "what happened"); "you" in news is the reader.
EXPLETIVES = frozenset({"there", "this", "that", "what", "which", "you"})
WORD = re.compile(r"\S+")
# What is recalled in the sense of withdrawn, not remembered: "recalled its ambassador", "recalls 80,000 cars".
WITHDRAWN = word_set(
    """ambassador ambassadors envoy envoys diplomat diplomats staff troops vehicle vehicles car cars truck trucks
    product products unit units model models device devices batch batches"""
)
# More tokens than the longest dateline has ("OSTRAVA, Czech Republic, Oct 3 (Wire) - " has 12).
MOST_DATELINE_TOKENS = 40
# What a source gives, named in its place: "according to information of the police", "Kyodo News Agency report".
SOURCE_MATERIAL = frozenset({"information", "data", "words", "report", "reports", "figures", "estimates"})
