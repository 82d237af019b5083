"""The English pipeline as `bot.nlp` loads it annotates exactly as the stock one: `TagRules` gives what spaCy's
attribute ruler gives (on the real pipeline and on edge cases), and numpy's BLAS gives what thinc's BLIS gives."""

from __future__ import annotations

import importlib

import spacy

from bot.nlp import ENGLISH_PACKAGES, load_english
from bot.tag_rules import COMPONENT, TagRules

TEXT = """WASHINGTON -- There is a  report that the minister, who has said he'd resign, wasn't there.

“We will not retreat,” she said. Y'all ain't seen nothin' yet; there're 3 of 'em and I've got to go.
Something happened: anyone could've done it \t and nobody did.   The company's C.E.O. would've agreed, but didn't."""


def reference_pipeline() -> spacy.language.Language:
    """The installed English pipeline as shipped, attribute ruler included (the install brings one: README)."""
    installed = [name for name in ENGLISH_PACKAGES if importlib.util.find_spec(name) is not None]
    assert installed, "no English spaCy pipeline is installed"
    return importlib.import_module(installed[0]).load()


def annotations(doc: spacy.tokens.Doc) -> list[tuple[str, str, str, str, int, str, str]]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


def test_the_english_pipeline_uses_tag_rules_and_annotates_exactly_as_its_ruler() -> None:
    fast = load_english()
    assert COMPONENT in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    reference = reference_pipeline()
    assert "attribute_ruler" in reference.pipe_names
    assert annotations(fast(TEXT)) == annotations(reference(TEXT))


def test_the_english_networks_multiply_through_numpy_not_the_bundled_blis() -> None:
    """The bundled BLIS runs its slow generic kernel on CPUs newer than it knows (`bot.nlp`). The token encoders
    are where the pipeline's matrix products are (the transition loops multiply in C, outside thinc's ops)."""
    nlp = load_english()
    encoders = (nlp.get_pipe("tok2vec").model, nlp.get_pipe("ner").model.get_ref("tok2vec"))
    layers = [layer for encoder in encoders for layer in encoder.walk()]
    assert layers and not any(getattr(layer.ops, "use_blis", False) for layer in layers)


def blank_with_ruler(patterns: list[tuple[list[dict[str, object]], dict[str, str], int]]) -> spacy.language.Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for pattern, attrs, index in patterns:
        ruler.add([pattern], attrs, index=index)
    return nlp


def test_precedence_multi_token_patterns_and_negation_follow_the_ruler() -> None:
    nlp = blank_with_ruler(
        [
            ([{"LOWER": "is"}], {"POS": "VERB"}, 0),
            ([{"LOWER": {"IN": ["is", "was"]}}], {"POS": "AUX"}, 0),  # later: wins over the first
            ([{"LOWER": "there"}, {"LOWER": {"IN": ["is", "was"]}}], {"POS": "VERB"}, 1),
            ([{"LOWER": {"NOT_IN": ["is", "there", "was"]}}], {"POS": "NOUN", "MORPH": "Number=Sing"}, 0),
            ([{"IS_SPACE": True}], {"POS": "SPACE"}, 0),
        ]
    )
    text = "there is what was  it"
    expected = annotations(nlp(text))
    rules = TagRules.from_ruler(nlp.get_pipe("attribute_ruler"))
    assert rules is not None
    fast = rules(spacy.blank("en")(text))
    assert annotations(fast) == expected
    assert [token.pos_ for token in fast] == ["", "VERB", "NOUN", "AUX", "SPACE", "NOUN"]


def test_a_pattern_shape_it_does_not_know_keeps_the_ruler() -> None:
    nlp = blank_with_ruler([([{"LOWER": {"REGEX": "^x"}}], {"POS": "X"}, 0)])
    assert TagRules.from_ruler(nlp.get_pipe("attribute_ruler")) is None
    lemma_only = blank_with_ruler([([{"LOWER": {"REGEX": "^x"}}], {"LEMMA": "x"}, 0)])
    assert TagRules.from_ruler(lemma_only.get_pipe("attribute_ruler")) is not None
