"""`summarize`: balance between sides, the word budget, the message bound, and inputs with little to say."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.attribution.claims import ClaimExtractor
from bot.attribution.sides import assign_sides
from bot.domain import Claim, Side, SideAssignment, Span, SummaryLength
from bot.summary import summarize
from bot.summary.neutral import loaded_verbs_outside_quotes, quoted_strings
from bot.summary.render import MAX_MESSAGE_CHARS, NO_CLAIMS, render_html, render_text
from bot.summary.select import rank_sides
from tests.support.summary import span_of


def make_claim(text: str, speaker: str, cue: str, content: str, side: str, *, quote: bool = False) -> Claim:
    start = text.index(content)
    speaker_at = text.rfind(speaker, 0, start)
    return Claim(
        speaker=speaker,
        speaker_span=Span(speaker_at, speaker_at + len(speaker)) if speaker_at >= 0 else None,
        cue=cue,
        cue_span=None,
        content=content,
        content_span=Span(start, start + len(content)),
        quote=quote,
        side=side,
    )


def assignment_of(claims: list[Claim], conduits: tuple[str, ...] = ()) -> SideAssignment:
    sides: dict[str, list[Claim]] = {}
    for claim in claims:
        assert claim.side is not None
        sides.setdefault(claim.side, []).append(claim)
    return SideAssignment(
        claims=tuple(claims),
        sides=tuple(Side(name, "party", tuple(group)) for name, group in sides.items()),
        conduits=conduits,
    )


def voluble_article() -> tuple[str, SideAssignment]:
    """Ten claims from the city council and one from the residents' union, which comes last."""
    sentences = [f"The council said road number {i} would be repaved within {i + 2} weeks." for i in range(10)]
    sentences.append("The residents' union said the repairs were years late.")
    text = " ".join(sentences)
    claims = [
        make_claim(text, "The council", "said", f"road number {i} would be repaved within {i + 2} weeks", "Council")
        for i in range(10)
    ]
    claims.append(make_claim(text, "The residents' union", "said", "the repairs were years late", "Residents"))
    return text, assignment_of(claims)


def test_a_side_with_one_claim_is_not_crowded_out() -> None:
    text, assignment = voluble_article()
    for length in SummaryLength:
        summary = summarize(text, assignment, length, title="Road repairs")
        assert [side.name for side in summary.sides] == ["Council", "Residents"]
        assert summary.sides[1].points[0].text == "the repairs were years late."


def test_longer_settings_give_more_points_within_their_budget() -> None:
    text, assignment = voluble_article()
    counts = []
    for length, budget in ((SummaryLength.SHORT, 60), (SummaryLength.NORMAL, 120), (SummaryLength.DETAILED, 250)):
        summary = summarize(text, assignment, length, title="Road repairs")
        assert summary.word_count <= budget
        counts.append(sum(len(side.points) for side in summary.sides))
    assert counts == sorted(counts) and counts[0] < counts[-1]


def test_points_keep_their_evidence_span() -> None:
    text, assignment = voluble_article()
    summary = summarize(text, assignment, SummaryLength.NORMAL)
    for side in summary.sides:
        for point in side.points:
            evidence = text[point.evidence.start : point.evidence.end]
            assert point.text.rstrip(".") in evidence


def test_accusation_and_denial_are_kept_together_first() -> None:
    filler = " ".join(f"The city said fact {i} was recorded on day {i}." for i in range(30))
    text = (
        f"{filler} Armenia accused Azerbaijan of shelling the village. Azerbaijan denied the accusation. "
        "Armenia said the village school was hit. Azerbaijan said the army held its positions."
    )
    claims = [make_claim(text, "The city", "said", f"fact {i} was recorded on day {i}", "City") for i in range(30)]
    claims += [
        make_claim(text, "Armenia", "accused", "Azerbaijan of shelling the village", "Armenia"),
        make_claim(text, "Azerbaijan", "denied", "the accusation", "Azerbaijan"),
        make_claim(text, "Armenia", "said", "the village school was hit", "Armenia"),
        make_claim(text, "Azerbaijan", "said", "the army held its positions", "Azerbaijan"),
    ]
    summary = summarize(text, assignment_of(claims), SummaryLength.SHORT, title="Shelling near the border")
    rendered = render_text(summary)
    assert "accused Azerbaijan of shelling the village" in rendered
    assert "denied the accusation" in rendered


def test_a_speaker_other_than_the_side_leads_into_a_finite_verb_and_a_colon_into_words() -> None:
    text = (
        "U.S. officials denied her request for asylum. An aide said the request was lost. "
        "Most senators were showing they wanted a vote."
    )
    claims = [
        make_claim(text, "U.S. officials", "denied", "her request for asylum", "United States"),
        make_claim(text, "An aide", "said", "the request was lost", "United States"),
        make_claim(text, "Most senators", "showing", "they wanted a vote", "Senate"),
    ]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.DETAILED))
    assert "U.S. officials denied her request for asylum." in rendered
    assert "An aide: the request was lost." in rendered
    # A participle cue is told in the past, as a finite verb: "showing" would not make a sentence.
    assert "Most senators showed they wanted a vote." in rendered


def test_a_noun_cue_after_its_determiner_is_no_verb_after_its_speaker() -> None:
    """ "has renewed its demand for war reparations" is not told as "Polish government demand for …"."""
    text = "The Polish government has renewed its demand for war reparations from Germany."
    assignment = assign_sides(text, ClaimExtractor().extract(text))
    rendered = render_text(summarize(text, assignment, SummaryLength.DETAILED))
    assert "Polish government: demand for war reparations from Germany." in rendered


def test_an_infinitive_cue_is_told_in_the_past() -> None:
    text = "The EU imposed duties, prompting Beijing to accuse the bloc of protectionism."
    claims = [make_claim(text, "Beijing", "to accuse", "the bloc of protectionism", "China")]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.DETAILED))
    assert "Beijing accused the bloc of protectionism." in rendered


@pytest.mark.parametrize(
    ("text", "said", "shown"),
    [
        # A common noun that leads into its verb keeps its article.
        (
            "Resolution Copper said it would appeal. The company disputes the ruling.",
            [
                ("Resolution Copper", "said", "it would appeal", "Resolution Copper"),
                ("The company", "disputes", "the ruling", "Resolution Copper"),
            ],
            "The company disputes the ruling.",
        ),
        # A speaker that is its side is not named again when it opens the side's line.
        (
            "The union said the offer was too low. The company disputes the figures.",
            [
                ("The union", "said", "the offer was too low", "Union"),
                ("The company", "disputes", "the figures", "Company"),
            ],
            "Company — disputes the figures.",
        ),
    ],
)
def test_a_speaker_written_with_its_article_before_its_verb(
    text: str, said: list[tuple[str, str, str, str]], shown: str
) -> None:
    claims = [make_claim(text, speaker, cue, content, side) for speaker, cue, content, side in said]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.DETAILED))
    assert shown in rendered


def test_a_claim_told_inside_another_sides_claim_is_not_shown_as_its_own() -> None:
    text = "The Times reported that Rosenstein discussed wearing a wire. Rosenstein denied the report."
    claims = [
        make_claim(text, "The Times", "reported", "that Rosenstein discussed wearing a wire", "New York Times"),
        make_claim(text, "Rosenstein", "discussed", "wearing a wire", "Rod Rosenstein"),
        make_claim(text, "Rosenstein", "denied", "the report", "Rod Rosenstein"),
    ]
    claims[1] = replace(claims[1], cue_span=Span(text.index("discussed"), text.index("discussed") + 9))
    summary = summarize(text, assignment_of(claims), SummaryLength.NORMAL, title="Report")
    points = {side.name: [point.text for point in side.points] for side in summary.sides}
    assert points == {
        "New York Times": ["Rosenstein discussed wearing a wire."],
        "Rod Rosenstein": ["denied the report."],
    }


def test_a_claim_told_inside_words_credited_to_no_one_is_its_speakers_point() -> None:
    text = (
        "A hacking group claimed to have stolen the data of 560 million customers, according to a post on a "
        "forum. The company said it had found no breach."
    )
    claims = [
        make_claim(text, "a post", "according to", "A hacking group claimed to have stolen the data", "Other sources"),
        make_claim(text, "A hacking group", "claimed", "to have stolen the data of 560 million", "Hacking group"),
        make_claim(text, "The company", "said", "it had found no breach", "Company"),
    ]
    claims[1] = replace(claims[1], cue_span=Span(text.index("claimed"), text.index("claimed") + 7))
    summary = summarize(text, assignment_of(claims), SummaryLength.NORMAL, title="Breach")
    points = {side.name: [point.text for point in side.points] for side in summary.sides}
    assert points["Hacking group"] == ["said it had stolen the data of 560 million."]


def test_a_speakers_own_aside_inside_their_words_is_not_shown_instead_of_them() -> None:
    text = "Makolo said Congo was working with the FDLR, which she said posed a threat to Rwanda."
    claims = [
        make_claim(text, "Makolo", "said", "Congo was working with the FDLR, which she said posed", "Rwanda"),
        make_claim(text, "Makolo", "said", "which she said posed a threat to Rwanda", "Rwanda"),
    ]
    claims[1] = replace(claims[1], cue_span=span_of(text, "said", after=text.index("she")))
    summary = summarize(text, assignment_of(claims), SummaryLength.NORMAL, title="Rwanda")
    points = [point.text for side in summary.sides for point in side.points]
    assert points == ["Congo was working with the FDLR, which she said posed."]


def test_a_denial_shown_before_what_it_answers_says_whose_report_it_denies() -> None:
    text = (
        "The president trusts his deputy, the White House said. The Times reported that Rosenstein discussed "
        "wearing a wire. Rosenstein denied the report."
    )
    lead = make_claim(text, "the White House", "said", "The president trusts his deputy", "White House")
    report = make_claim(text, "The Times", "reported", "that Rosenstein discussed wearing a wire", "New York Times")
    denial = make_claim(text, "Rosenstein", "denied", "the report", "Rod Rosenstein")
    cue_at = text.index("reported")
    report = replace(report, cue_span=Span(cue_at, cue_at + 8))
    denial = replace(denial, cue_span=Span(text.index("denied"), text.index("denied") + 6))
    # A newspaper's own finding is a neutral source, whose line comes after the parties' (it does not open the
    # story here).
    assignment = SideAssignment(
        claims=(lead, report, denial),
        sides=(
            Side("White House", "party", (lead,)),
            Side("New York Times", "neutral", (report,)),
            Side("Rod Rosenstein", "party", (denial,)),
        ),
        conduits=(),
    )
    summary = summarize(text, assignment, SummaryLength.NORMAL, title="Report")
    assert [side.name for side in summary.sides] == ["White House", "Rod Rosenstein", "New York Times"]
    assert summary.sides[1].points[0].text == "denied the report by the Times."


def test_a_claim_told_inside_one_of_its_own_sides_claims_is_shown_instead() -> None:
    text = (
        "The United States said it was still seeking a diplomatic solution, State Department spokesman Matthew "
        "Miller told reporters. France said it did not recognise the junta."
    )
    claims = [
        make_claim(text, "Matthew Miller", "told", "The United States said it was still seeking", "United States"),
        make_claim(text, "The United States", "said", "it was still seeking a diplomatic solution", "United States"),
        make_claim(text, "France", "said", "it did not recognise the junta", "France"),
    ]
    claims[1] = replace(claims[1], cue_span=Span(text.index("said"), text.index("said") + 4))
    summary = summarize(text, assignment_of(claims), SummaryLength.NORMAL, title="Niger")
    points = {side.name: [point.text for point in side.points] for side in summary.sides}
    assert points["United States"] == ["said it was still seeking a diplomatic solution."]


@pytest.mark.parametrize(
    ("text", "content", "shown"),
    [
        (
            "The Central Election Commission said Georgian Dream had won 54 percent of the vote.",
            "Georgian Dream had won 54 percent of the vote",
            "said Georgian Dream had won 54 percent of the vote.",
        ),
        (
            # A sentence opened by a word that is no name reads on as a clause ("said the vote …")
            "Turnout was high. The vote was fair, the Central Election Commission said.",
            "The vote was fair",
            "said the vote was fair.",
        ),
        (
            'Turnout was high. "The vote was fair," said the Central Election Commission.',
            '"The vote was fair,"',
            'said: "The vote was fair".',
        ),
        (
            "Turnout was high. Georgian Dream won, the Central Election Commission said.",
            "Georgian Dream won",
            "said: Georgian Dream won.",
        ),
        (
            "TBILISI, Oct 27 (Reuters) - Turnout was high, the Central Election Commission said.",
            "Turnout was high",
            "said: Turnout was high.",  # the dateline ends no sentence, but what follows it opens one
        ),
    ],
)
def test_said_introduces_a_sentence_with_a_colon_and_a_clause_without(text: str, content: str, shown: str) -> None:
    claim = make_claim(text, "the Central Election Commission", "said", content, "Central Election Commission")
    cue_at = text.index("said")
    claim = replace(claim, cue_span=Span(cue_at, cue_at + 4))
    summary = summarize(text, assignment_of([claim]), SummaryLength.NORMAL, title="Vote")
    assert [point.text for side in summary.sides for point in side.points] == [shown]


def test_a_topic_without_words_is_no_point_and_a_name_shown_for_a_description_keeps_its_capital() -> None:
    text = (
        "The press secretary of the Ministry of Defense of Armenia Aram Torosyan called this information a lie. "
        "Maria Zakharova, commenting on the situation, said that Moscow is ready to help."
    )
    claims = [
        make_claim(
            text,
            "The press secretary of the Ministry of Defense of Armenia Aram Torosyan",
            "called",
            "this information a lie",
            "Armenia",
        ),
        make_claim(text, "Maria Zakharova", "commenting", "on the situation", "Russia"),
        make_claim(text, "Maria Zakharova", "said", "that Moscow is ready to help", "Russia"),
    ]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.DETAILED))
    assert "Armenia — Aram Torosyan called this information a lie." in rendered
    assert "on the situation" not in rendered
    assert "Moscow is ready to help" in rendered


def test_a_relative_clause_describing_the_speaker_is_no_point() -> None:
    text = "Doctors Without Borders, which supports a hospital in the city, said its staff had treated 120 wounded."
    described = make_claim(text, "which", "supports", "a hospital in the city", "Doctors Without Borders")
    said = make_claim(
        text, "Doctors Without Borders", "said", "its staff had treated 120 wounded", "Doctors Without Borders"
    )
    described = replace(described, speaker="Doctors Without Borders")
    summary = summarize(text, assignment_of([described, said]), SummaryLength.NORMAL, title="Sudan")
    assert [point.text for side in summary.sides for point in side.points] == [
        "said its staff had treated 120 wounded."
    ]


RECALL_STORY = """Carmaker recalls 80,000 vehicles after brake complaints

The Korean carmaker Hyundai said on Tuesday it would recall about 80,000 cars in the United States because a \
faulty part could cause the brakes to fail.

In a filing with the National Highway Traffic Safety Administration, the company said water could seep into a \
control unit and cause a short circuit. It said it knew of no crashes or injuries linked to the problem.

The regulator said it had received 47 complaints from owners, three of them describing a complete loss of \
braking on a motorway. A spokeswoman for the agency said the investigation would continue after the recall.

A lawyer representing several owners, Maria Delgado, accused Hyundai of ignoring the warnings for two years. \
"They knew, and they waited," she said. Hyundai denied this and said it had acted as soon as engineers \
identified the cause.

Analysts at Morgan Stanley estimated the recall would cost the company around $120 million.
"""


def test_a_denial_answering_another_sides_accusation_is_shown_with_it() -> None:
    """Hyundai's denial is its third claim by salience; with four sides sharing the budget it was left out, and
    the reply carried the accusation alone."""
    parsed = ClaimExtractor().parse(RECALL_STORY)
    assignment = assign_sides(RECALL_STORY, parsed.claims, parsed.doc)
    summary = summarize(RECALL_STORY, assignment, SummaryLength.NORMAL)
    shown = {side.name: [point.text for point in side.points] for side in summary.sides}
    assert any(text.startswith("accused Hyundai") for text in shown["Maria Delgado"])
    # Hyundai's line comes first, before the accusation: "denied this" would point at its own recall.
    assert "Hyundai denied ignoring the warnings for two years." in render_text(summary)


def test_huge_article_with_200_speakers_fits_one_message() -> None:
    sentences = [
        f"Speaker{i} Example{i} of the Party{i} Movement said the budget for district {i} must grow by "
        f"{i} percent because the schools and hospitals of the district have waited for years."
        for i in range(200)
    ]
    filler = " ".join(["The weather was mild and the markets were calm across the region."] * 300)
    text = filler + " " + " ".join(sentences)
    assert len(text.split()) > 5000
    claims = [
        make_claim(
            text,
            f"Speaker{i} Example{i}",
            "said",
            f"the budget for district {i} must grow by {i} percent because the schools and hospitals of the "
            "district have waited for years",
            f"Party{i} Movement",
        )
        for i in range(200)
    ]
    for length, budget in ((SummaryLength.SHORT, 60), (SummaryLength.NORMAL, 120), (SummaryLength.DETAILED, 250)):
        summary = summarize(text, assignment_of(claims), length, title="Budget debate " * 40)
        rendered = render_text(summary)
        assert len(rendered) <= MAX_MESSAGE_CHARS
        assert len(render_html(summary)) <= MAX_MESSAGE_CHARS
        assert summary.word_count <= budget * 1.5
        assert len(summary.sides) >= 2
        # Every party is accounted for: with a point, named at the end, or counted in "and N more".
        assert len(summary.sides) + len(summary.also_quoted) + summary.also_quoted_more == 200
        assert f"and {summary.also_quoted_more} more." in rendered


def test_parties_without_room_for_a_point_are_named_at_the_end() -> None:
    text = " ".join(f"Speaker{i} said taxes in region {i} should fall by {i} percent." for i in range(12))
    claims = [
        make_claim(text, f"Speaker{i}", "said", f"taxes in region {i} should fall by {i} percent", f"Party{i}")
        for i in range(12)
    ]
    summary = summarize(text, assignment_of(claims), SummaryLength.NORMAL, title="Tax debate")
    shown = [side.name for side in summary.sides]
    assert 0 < len(shown) < 12 and summary.also_quoted_more == 0
    listed = [f"Party{i} (Speaker{i})" for i in range(12) if f"Party{i}" not in shown]
    assert list(summary.also_quoted) == listed
    assert render_text(summary).splitlines()[-1] == f"Also quoted: {', '.join(listed)}."


def test_one_enormous_quote_is_still_bounded() -> None:
    quote = " ".join(f"w&<{i}>" for i in range(3000))
    text = f"The minister said: “{quote}”"
    claim = make_claim(text, "The minister", "said", f"“{quote}”", "Government", quote=True)
    summary = summarize(text, assignment_of([claim]), SummaryLength.DETAILED, title="A speech")
    rendered = render_text(summary)
    assert len(rendered) <= MAX_MESSAGE_CHARS
    assert len(render_html(summary)) <= MAX_MESSAGE_CHARS
    assert all(q in text for q in quoted_strings(rendered))


def test_text_without_attributions_says_so_under_the_headline() -> None:
    text = "The bridge over the river reopened on Monday after two years of works. Traffic was light."
    summary = summarize(text, SideAssignment((), (), ()), SummaryLength.NORMAL)
    assert summary.headline == "The bridge over the river reopened on Monday after two years of works."
    assert summary.sides == ()
    assert render_text(summary) == f"{summary.headline}\n\n{NO_CLAIMS}"
    titled = summarize(text, SideAssignment((), (), ()), SummaryLength.NORMAL, title="Bridge reopens | City News")
    assert titled.headline == "Bridge reopens"


def test_one_side_only() -> None:
    text = "The company said profits doubled. The company said it would hire 300 people."
    claims = [
        make_claim(text, "The company", "said", "profits doubled", "Company"),
        make_claim(text, "The company", "said", "it would hire 300 people", "Company"),
    ]
    summary = summarize(text, assignment_of(claims), SummaryLength.NORMAL)
    assert [side.name for side in summary.sides] == ["Company"]
    assert "Company says" in summary.headline or "Company" in summary.headline
    assert render_text(summary).count("Company —") == 1


def test_headline_from_title_is_neutralised() -> None:
    text = "The regime claimed a lightning victory, the army said."
    claim = make_claim(text, "the army", "said", "The regime claimed a lightning victory", "Army")
    summary = summarize(text, assignment_of([claim]), SummaryLength.NORMAL, title="Regime boasts of lightning win")
    rendered = render_text(summary)
    assert summary.headline == "Government speaks of win"
    assert loaded_verbs_outside_quotes(rendered) == []
    assert "lightning" not in rendered


def test_conduits_are_named_once_at_the_end() -> None:
    text = "Armenia said the border was quiet, Reuters reports. Azerbaijan said the same, reports AFP."
    claims = [
        make_claim(text, "Armenia", "said", "the border was quiet, Reuters reports", "Armenia"),
        make_claim(text, "Azerbaijan", "said", "the same, reports AFP", "Azerbaijan"),
    ]
    rendered = render_text(summarize(text, assignment_of(claims, ("Reuters", "AFP")), SummaryLength.NORMAL))
    assert rendered.endswith("\n\nRelayed by Reuters, AFP.")
    assert rendered.count("Reuters") == 1 and rendered.count("AFP") == 1


def test_text_without_spaces_cannot_overflow_the_message() -> None:
    blob = "x" * 10_000
    text = f"{blob} The minister said {blob} was the answer. The mayor said {blob}"
    claims = [
        make_claim(text, "The minister", "said", f"{blob} was the answer", "Government"),
        make_claim(text, "The mayor", "said", blob + "", "City"),
    ]
    summary = summarize(text, assignment_of(claims), SummaryLength.DETAILED, title=blob)
    assert len(render_text(summary)) <= MAX_MESSAGE_CHARS
    assert len(render_html(summary)) <= MAX_MESSAGE_CHARS
    assert len(summary.headline) <= 300


def test_side_names_carry_no_framing() -> None:
    text = "The so-called regime said the vote was fair. The opposition said it was rigged."
    claims = [
        make_claim(text, "The so-called regime", "said", "the vote was fair", "so-called regime"),
        make_claim(text, "The opposition", "said", "it was rigged", "Opposition"),
    ]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.NORMAL, title="Vote"))
    assert "so-called" not in rendered
    assert "government —" in rendered


def test_a_neutral_source_whose_point_opens_the_story_comes_first() -> None:
    """A court's ruling in the lead is what the story is about; neutral sources later in it still follow the
    parties."""
    text = (
        "The High Court suspended the decree, ruling that it violated the right of assembly. The minister said "
        "the government would appeal. Analysts said the ruling could be overturned."
    )
    ruling = make_claim(text, "The High Court", "ruling", "that it violated the right of assembly", "Courts")
    minister = make_claim(text, "The minister", "said", "the government would appeal", "Kenya")
    analysts = make_claim(text, "Analysts", "said", "the ruling could be overturned", "Analysts and experts")
    assignment = SideAssignment(
        claims=(ruling, minister, analysts),
        sides=(
            Side("Courts", "neutral", (ruling,)),
            Side("Kenya", "party", (minister,)),
            Side("Analysts and experts", "neutral", (analysts,)),
        ),
        conduits=(),
    )
    summary = summarize(text, assignment, SummaryLength.NORMAL, title="Decree")
    assert [side.name for side in summary.sides] == ["Courts", "Kenya", "Analysts and experts"]


def test_what_sides_say_of_each_other_is_no_ones_point() -> None:
    text = "The army said the militia fired the shells. The two sides accused each other of the attack."
    army = make_claim(text, "The army", "said", "the militia fired the shells", "Army")
    both = make_claim(text, "The two sides", "accused", "each other of the attack", "Army")
    summary = summarize(text, assignment_of([army, both]), SummaryLength.DETAILED, title="Shelling")
    assert [point.text for side in summary.sides for point in side.points] == ["said the militia fired the shells."]


def test_a_body_named_which_is_not_a_relative_clause() -> None:
    text = 'Consumer group Which? accused Voxline of "a shocking failure to be honest with its customers".'
    claim = make_claim(
        text, "Which", "accused", 'Voxline of "a shocking failure to be honest with its customers"', "Which"
    )
    summary = summarize(text, assignment_of([claim]), SummaryLength.NORMAL, title="Breach")
    assert [side.name for side in summary.sides] == ["Which"]


def test_the_side_itself_speaking_after_another_of_its_speakers_is_told_with_its_verb() -> None:
    text = (
        'AU envoy Olusegun Obasanjo said the deal included disarmament. "This is the beginning," Olusegun Obasanjo '
        "told reporters."
    )
    claims = [
        make_claim(text, "AU envoy Olusegun Obasanjo", "said", "the deal included disarmament", "Olusegun Obasanjo"),
        make_claim(text, "Olusegun Obasanjo", "told", '"This is the beginning,"', "Olusegun Obasanjo", quote=True),
    ]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.NORMAL, title="Peace"))
    assert 'Olusegun Obasanjo said: "This is the beginning".' in rendered
    assert ": said" not in rendered


def test_the_name_a_side_gives_something_inside_the_reporters_sentence_is_no_point() -> None:
    text = (
        "Farmers blocked motorways in a protest against what they call excessive regulation. The union said it "
        "would keep up the pressure."
    )
    label = make_claim(text, "they", "call", "excessive regulation", "Farmers")
    union = make_claim(text, "The union", "said", "it would keep up the pressure", "Farmers")
    summary = summarize(text, assignment_of([label, union]), SummaryLength.DETAILED, title="Farmers")
    assert [point.text for side in summary.sides for point in side.points] == ["it would keep up the pressure."]


def test_what_a_side_did_not_say_ranks_below_what_it_said_and_keeps_its_negation() -> None:
    """ "did not say how he was killed" echoes the title ("killed") more than "confirmed his death" does, yet
    tells less; shown, it keeps its "did not say"."""
    text = "The army said a strike killed a commander. The group confirmed his death but did not say how he was killed."
    army = make_claim(text, "The army", "said", "a strike killed a commander", "Army")
    confirmed = make_claim(text, "The group", "confirmed", "his death", "Group")
    withheld = make_claim(text, "The group", "did not say", "how he was killed", "Group")
    assignment = assignment_of([army, confirmed, withheld])
    ranked = rank_sides(assignment.sides, text, "Strike killed commander, group says")
    assert [entry.claim.cue for entry in ranked["Group"]] == ["confirmed", "did not say"]
    summary = summarize(text, assignment, SummaryLength.DETAILED, title="Strike killed commander, group says")
    shown = [point.text for side in summary.sides for point in side.points]
    assert "did not say how he was killed." in shown


def test_a_side_named_inside_the_reporters_words_is_shown_by_a_point_of_its_own() -> None:
    """ "a move Egypt says threatens its water supply" told as Egypt's point would read "said a move Egypt says
    …"; the ministry's own statement, later in the story, is the better point."""
    text = (
        "Ethiopia has filled its dam, Abiy Ahmed said, a move Egypt says threatens its water supply. "
        "Egypt's Foreign Ministry said the filling was a violation of international law."
    )
    relative = make_claim(text, "Egypt", "says", "a move Egypt says threatens its water supply", "Egypt")
    inside = text.index("Egypt says")
    relative = replace(relative, speaker_span=Span(inside, inside + len("Egypt")))
    ministry = make_claim(
        text, "Egypt's Foreign Ministry", "said", "the filling was a violation of international law", "Egypt"
    )
    abiy = make_claim(text, "Abiy Ahmed", "said", "Ethiopia has filled its dam", "Ethiopia")
    ranked = rank_sides(assignment_of([abiy, relative, ministry]).sides, text, "Nile dam")
    assert [entry.claim.speaker for entry in ranked["Egypt"]] == ["Egypt's Foreign Ministry", "Egypt"]


def test_a_name_given_to_something_the_point_does_not_show_is_no_point() -> None:
    text = "The union said members voted for the strike, which it described as a last resort."
    voted = make_claim(text, "The union", "said", "members voted for the strike", "Union")
    described = make_claim(text, "it", "described", "as a last resort", "Union")
    summary = summarize(text, assignment_of([voted, described]), SummaryLength.DETAILED, title="Strike")
    assert [point.text for side in summary.sides for point in side.points] == ["said members voted for the strike."]


def test_a_denial_that_points_back_is_shown_with_the_reason_given_after_it() -> None:
    text = "The opposition said the vote was rigged. The premier dismissed the accusations, saying the vote was fair."
    rigged = make_claim(text, "The opposition", "said", "the vote was rigged", "Opposition")
    dismissed = make_claim(text, "The premier", "dismissed", "the accusations", "Government")
    saying = make_claim(text, "The premier", "saying", "the vote was fair", "Government")
    dismissed = replace(dismissed, cue_span=span_of(text, "dismissed"))
    saying = replace(saying, cue_span=span_of(text, "saying"), speaker_span=dismissed.speaker_span)
    summary = summarize(text, assignment_of([rigged, dismissed, saying]), SummaryLength.DETAILED, title="Vote")
    shown = {side.name: [point.text for point in side.points] for side in summary.sides}
    assert shown["Government"] == ["dismissed the accusations, saying the vote was fair."]


def test_a_speaker_that_is_its_side_with_an_article_is_not_named_again() -> None:
    text = "A French consumer group accused Apple of slowing down older iPhones."
    claim = make_claim(
        text, "A French consumer group", "accused", "Apple of slowing down older iPhones", "French consumer group"
    )
    rendered = render_text(summarize(text, assignment_of([claim]), SummaryLength.NORMAL, title="Complaint"))
    assert "French consumer group — accused Apple of slowing down older iPhones." in rendered


def test_a_claim_in_the_stories_first_paragraph_ranks_above_a_later_one_with_figures() -> None:
    text = (
        "Venezuela's Maduro declared winner\n\n"
        "The council declared Maduro the winner, but the opposition said its count showed its candidate had won.\n\n"
        "Opposition leader Machado said the opposition had collected tally sheets from 70 percent of polling "
        "stations, which showed 6.2 million votes for its candidate."
    )
    lead = make_claim(text, "the opposition", "said", "its count showed its candidate had won", "Opposition")
    later = make_claim(
        text, "Machado", "said", "the opposition had collected tally sheets from 70 percent of polling", "Opposition"
    )
    ranked = rank_sides(assignment_of([lead, later]).sides, text, "Maduro declared winner", headline_end=34)
    assert [entry.claim for entry in ranked["Opposition"]] == [lead, later]


def test_a_side_named_with_their_is_the_side_and_a_quantity_loses_its_sentence_capital() -> None:
    text = "Thousands of nurses will walk off the job on Monday, their union said."
    claim = make_claim(text, "their union", "said", "Thousands of nurses will walk off the job on Monday", "Union")
    rendered = render_text(summarize(text, assignment_of([claim]), SummaryLength.NORMAL, title="Strike"))
    assert "Union — said thousands of nurses will walk off the job on Monday." in rendered


def test_a_point_carried_on_after_its_speakers_verb_keeps_a_verb_of_its_own() -> None:
    text = (
        "Councillor Ana Dalton accused the mayor of hiding the audit and said the city had lost $3 million. "
        "The mayor's office denied this."
    )
    claims = [
        make_claim(text, "Councillor Ana Dalton", "accused", "the mayor of hiding the audit", "Council"),
        make_claim(text, "Councillor Ana Dalton", "said", "the city had lost $3 million", "Council"),
        make_claim(text, "The mayor's office", "denied", "this", "Mayor"),
    ]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.DETAILED))
    # not "…; the city had lost $3 million", which would read as the summary's own statement
    assert "accused the mayor of hiding the audit; said the city had lost $3 million." in rendered


def test_an_answer_set_off_after_a_claim_is_told_as_an_answer() -> None:
    text = (
        "Kyiv says Russian troops shelled the bridge, a charge Moscow rejects. The Russian Defence Ministry said the "
        "strike killed 20 fighters, which Ukrainian officials disputed."
    )
    assignment = assign_sides(text, ClaimExtractor().extract(text))
    rendered = render_text(summarize(text, assignment, SummaryLength.DETAILED))
    # after the claim it answers, an answer points back to it; before it, it says what it answers
    assert "Ukraine — Kyiv: Russian troops shelled the bridge." in rendered
    assert "Russia — Moscow rejects the charge." in rendered
    assert "Ukrainian officials disputed that the strike killed 20 fighters" in rendered
    # the accusation first, and the answer to it in the headline without repeating it
    assert rendered.startswith("Ukraine says Russian troops shelled the bridge; Russia rejects this\n")


def test_what_a_side_calls_something_named_by_a_relative_pronoun_is_not_shown_alone() -> None:
    text = (
        "Prime Minister Ana Brnabic said Serbia needs a port on the Adriatic, which Montenegro regards as a threat. "
        "Montenegro's foreign minister said his country would defend its coast."
    )
    claims = [
        make_claim(text, "Prime Minister Ana Brnabic", "said", "Serbia needs a port on the Adriatic", "Serbia"),
        make_claim(text, "Montenegro", "regards", "as a threat", "Montenegro"),
        make_claim(text, "Montenegro's foreign minister", "said", "his country would defend its coast", "Montenegro"),
    ]
    rendered = render_text(summarize(text, assignment_of(claims), SummaryLength.DETAILED))
    assert "regards as a threat" not in rendered
    assert "his country would defend its coast" in rendered


def test_a_noun_cue_before_an_intention_keeps_the_noun() -> None:
    text = "Schools row\n\nThe government's plan to close 40 rural schools angered parents in the north."
    assignment = assign_sides(text, ClaimExtractor().extract(text))
    assert [c.cue for c in assignment.claims] == ["plan"]
    rendered = render_text(summarize(text, assignment, SummaryLength.NORMAL))
    # not "Government: to close 40 rural schools", nor "said to close …", which it never said
    assert "plan to close 40 rural schools" in rendered
    assert "said to close" not in rendered


def test_an_interview_answer_after_the_name_and_a_colon_has_no_stray_colon() -> None:
    text = (
        "Interview: the minister on the strike\n\n"
        "Q: Will you meet the union?\n\n"
        "Fernandes: We are ready to talk, but not to give in to blackmail.\n\n"
        "Q: And if the strike goes on?\n\n"
        "Fernandes: Then the schools will stay closed, and that is the union's choice."
    )
    assignment = assign_sides(text, ClaimExtractor().extract(text))
    assert [c.cue for c in assignment.claims if c.speaker == "Fernandes"] == [":", ":"]
    rendered = render_text(summarize(text, assignment, SummaryLength.DETAILED))
    assert "We are ready to talk, but not to give in to blackmail" in rendered
    assert " :" not in rendered.replace("said:", "") and "; :" not in rendered
    # the pronoun "that" of "and that is …" stays
    assert "and that is the union's choice" in rendered


def test_an_answer_to_what_someone_said_another_did_rejects_that_claim_once() -> None:
    text = (
        "Coup attempt\n\n"
        "Before his arrest, General Ramos told journalists that the president had asked him to stage the coup, "
        "which the government categorically rejected."
    )
    assignment = assign_sides(text, ClaimExtractor().extract(text))
    rejected = [c for c in assignment.claims if c.cue.endswith("rejected")]
    assert [c.content for c in rejected] == ["that the president had asked him to stage the coup"]
    rendered = render_text(summarize(text, assignment, SummaryLength.DETAILED))
    assert "that that" not in rendered


def test_a_side_that_claims_a_place_as_its_own_keeps_its_verb() -> None:
    text = "Reef dispute\n\nVietnam says the reef is its territory. Beijing claims the reef as Chinese territory."
    assignment = assign_sides(text, ClaimExtractor().extract(text))
    rendered = render_text(summarize(text, assignment, SummaryLength.DETAILED))
    # not "said the reef as Chinese territory"
    assert "claims the reef as Chinese territory" in rendered
