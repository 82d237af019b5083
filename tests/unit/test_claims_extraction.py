"""Claim extraction on small hand-written English texts: each construction, spans, speakers, quotes."""

from __future__ import annotations

import pytest

from bot.attribution.claims import ClaimExtractor
from bot.attribution.sides import assign_sides
from bot.attribution.speaker_party import OTHER_SOURCES
from bot.domain import Claim, Span


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor()


def only(claims: list[Claim]) -> Claim:
    assert len(claims) == 1, [(c.speaker, c.cue, c.content) for c in claims]
    return claims[0]


def speaker_as_written(text: str, claim: Claim) -> str | None:
    """The speaker phrase as the text writes it, where the claim's speaker span points."""
    span = claim.speaker_span
    return None if span is None else text[span.start : span.end]


def assert_spans_index_text(text: str, claim: Claim) -> None:
    assert text[claim.content_span.start : claim.content_span.end] == claim.content
    assert claim.cue_span is not None
    assert text[claim.cue_span.start : claim.cue_span.end] == claim.cue


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "The ministry said in a statement that the border was closed.",
            "The ministry",
            "said",
            "that the border was closed",
        ),
        ("Azerbaijan denied the incident.", "Azerbaijan", "denied", "the incident"),
        ("People like Scott, he said.", "he", "said", "People like Scott"),
        # An aside after a comma describes what the speaker named; a restrictive clause is part of it.
        (
            "Mr. Schultz likened RT to the BBC, which receives government funding.",
            "Mr. Schultz",
            "likened",
            "RT to the BBC",
        ),
        ("He praised the plan which the council adopted.", "He", "praised", "the plan which the council adopted"),
        (
            "Armenia accused Azerbaijan of opening fire on its positions.",
            "Armenia",
            "accused",
            "Azerbaijan of opening fire on its positions",
        ),
        (
            "The separatists urged residents not to rush to the airport.",
            "The separatists",
            "urged",
            "residents not to rush to the airport",
        ),
        (
            "The company warned that prices would rise next year.",
            "The company",
            "warned",
            "that prices would rise next year",
        ),
        (
            "Putin indicated that talks would take place in Moscow.",
            "Putin",
            "indicated",
            "that talks would take place in Moscow",
        ),
        ("The senator believes that taxes are too high.", "The senator", "believes", "that taxes are too high"),
        ("The farmers hope the rain will come soon.", "The farmers", "hope", "the rain will come soon"),
        ("The bank expects growth to slow.", "The bank", "expects", "growth to slow"),
        ("The union sought to reassure its members.", "The union", "sought", "to reassure its members"),
        ("Most voters consider the deal unfair.", "Most voters", "consider", "the deal unfair"),
        (
            "Tbilisi views the law as a threat to its sovereignty.",
            "Tbilisi",
            "views",
            "the law as a threat to its sovereignty",
        ),
        ("Merkel says Europe must act now", "Merkel", "says", "Europe must act now"),
        (
            "Baku called on Yerevan to withdraw its troops.",
            "Baku",
            "called",
            "on Yerevan to withdraw its troops",
        ),
        (
            "Sanders has called for the former secretary of state to release the transcripts.",
            "Sanders",
            "has called",
            "for the former secretary of state to release the transcripts",
        ),
        ("Clinton called for calm on Friday to avoid violence.", "Clinton", "called", "for calm"),
        (
            "According to the ministry, three soldiers were wounded in the attack.",
            "the ministry",
            "According to",
            "three soldiers were wounded in the attack",
        ),
        ("The mayor is quoted as saying that the city is safe.", "The mayor", "saying", "that the city is safe"),
        (
            "The goal is to curb activist investors, according to a speech Mrs. Clinton delivered on Friday.",
            "Mrs. Clinton",
            "according to",
            "The goal is to curb activist investors",
        ),
        (
            "It was announced by the government that schools would reopen.",
            "the government",
            "was announced",
            "that schools would reopen",
        ),
        (
            "A new Fox News poll shows Sanders with 47 percent.",
            "A new Fox News poll",
            "shows",
            "Sanders with 47 percent",
        ),
        (
            "Polling averages show Clinton with a lead in the low single digits.",
            "Polling averages",
            "show",
            "Clinton with a lead in the low single digits",
        ),
        (
            "Clinton is calling for the United States to step up its efforts.",
            "Clinton",
            "is calling",
            "for the United States to step up its efforts",
        ),
        ("Former DNC chairman calls for a contingency plan.", "Former DNC chairman", "calls", "for a contingency plan"),
        (
            "The Security Council issued a statement calling the test a clear violation.",
            "The Security Council",
            "calling",
            "the test a clear violation",
        ),
        (
            "Lawyers for the couple filed legal papers opposing the unsealing.",
            "Lawyers for the couple",
            "opposing",
            "the unsealing",
        ),
        # The tagger takes these verbs for plural nouns; the parse still gives them a subject and a clause.
        ("But Trump claims that he should be the exception.", "Trump", "claims", "that he should be the exception"),
        (
            "The Clinton campaign plans to employ Mr. Obama as much as possible.",
            "The Clinton campaign",
            "plans",
            "to employ Mr. Obama as much as possible",
        ),
        # Acts of saying beyond "say": encouraging, lauding, invoking, retweeting; remembering.
        (
            "Trump encouraged his supporters to watch the polls.",
            "Trump",
            "encouraged",
            "his supporters to watch the polls",
        ),
        ("The governor lauded the plan for its ambition.", "The governor", "lauded", "the plan for its ambition"),
        ("Mr. Obama invoked the rising seas.", "Mr. Obama", "invoked", "the rising seas"),
        ("Trump retweeted an unflattering photo.", "Trump", "retweeted", "an unflattering photo"),
        ("Rubio bemoaned the current political climate.", "Rubio", "bemoaned", "the current political climate"),
        ("The Europeans derided the deal as toothless.", "The Europeans", "derided", "the deal as toothless"),
        ("Kasich is trumpeting a positive message.", "Kasich", "is trumpeting", "a positive message"),
        ("The partners are mulling new acquisitions.", "The partners", "are mulling", "new acquisitions"),
        ("Golf club owners foresee an upside.", "Golf club owners", "foresee", "an upside"),
        ("The senator emailed that the vote was delayed.", "The senator", "emailed", "that the vote was delayed"),
        ("Voters remember that the plant closed.", "Voters", "remember", "that the plant closed"),
    ],
)
def test_each_construction_gives_speaker_cue_and_content(
    extractor: ClaimExtractor, text: str, speaker: str, cue: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content, claim.quote) == (speaker, cue, content, False)
    assert claim.side is None
    assert_spans_index_text(text, claim)


def test_a_verb_the_parse_reads_as_a_noun_with_a_that_clause_reports_the_clause(extractor: ClaimExtractor) -> None:
    # The parse reads "Trump charges" as a noun phrase heading the sentence, with the that-clause as its complement.
    text = (
        "Johnson now says she opposes the treaty.\n\nTrump charges that countries that stand to benefit from the "
        "treaty donated millions of dollars to the Johnson Foundation."
    )
    claim = extractor.extract(text)[-1]
    assert (claim.speaker, claim.cue) == ("Trump", "charges")
    assert claim.content.startswith("that countries") and claim.content.endswith("to the Johnson Foundation")


def test_a_content_cut_before_the_next_cue_does_not_end_on_a_conjunction(extractor: ClaimExtractor) -> None:
    claims = extractor.extract("Azerbaijan denied sending troops and called for the ministry to stop spreading lies.")
    assert [(c.cue, c.content) for c in claims] == [
        ("denied", "sending troops"),
        ("called", "for the ministry to stop spreading lies"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The nurses will strike next week if the service does not pay, declared on Monday the nursing union SATSE.",
            "the nursing union SATSE",
            "The nurses will strike next week if the service does not pay",
        ),
        ("Prices will rise, announced on Tuesday the minister.", "the minister", "Prices will rise"),
        (
            "The talks have failed, declared on Wednesday the Italian foreign minister.",
            "the Italian foreign minister",
            "The talks have failed",
        ),
        (
            "The strike will go ahead on Friday, affirmed yesterday the union spokesperson Marta Ruiz.",
            "the union spokesperson Marta Ruiz",
            "The strike will go ahead on Friday",
        ),
        (
            "«The rules are valid for all», declared in a note the minister of the Interior Carlo Benedetti.",
            "the minister of the Interior Carlo Benedetti",
            "«The rules are valid for all»",
        ),
        (
            "The nurses will strike if nothing changes, declared on Monday in a statement the nursing union SATSE.",
            "the nursing union SATSE",
            "The nurses will strike if nothing changes",
        ),
    ],
)
def test_a_speaker_after_its_verb_in_translated_news(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    # Spanish and Italian put the speaker after the verb ("declaró el lunes el sindicato"); machine translation
    # keeps the order, and the parse takes the speaker for the verb's object.
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "As stated the Chairman of the Board of Naftogaz Oleksiy Chernenko in the conversation with journalists on"
            " 13 March, the Ukrainian side will not sign the old contract.",
            "the Chairman of the Board of Naftogaz Oleksiy Chernenko",
            "the Ukrainian side will not sign the old contract",
        ),
        (
            "As said to the journalists on Monday the leader of the Farmers' Union Zbigniew Kłos, the protest will last"
            " until the border closes.",
            "the leader of the Farmers' Union Zbigniew Kłos",
            "the protest will last until the border closes",
        ),
        (
            "Vladimir Putin arrived on Monday. As noted he in the conversation with journalists, the troops will stay.",
            "Vladimir Putin",
            "the troops will stay",
        ),
        ("As he said, the troops will stay.", "he", "the troops will stay"),
    ],
)
def test_an_as_clause_with_its_speaker_after_the_verb(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    # Russian and Ukrainian open with "Как заявил X, …": machine translation writes "As stated X, …", the speaker
    # after the verb and what was said in the sentence the clause opens.
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (speaker, content)


def test_an_as_clause_without_a_speaker_names_none(extractor: ClaimExtractor) -> None:
    claims = extractor.extract("As noted above, the troops will stay in the region until the spring.")
    assert all(not claim.speaker for claim in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Clinton spoke for an hour, citing the many Americans who had given up looking for work.",
        "The government closed the schools, declared a state of emergency and called in the army.",
    ],
)
def test_a_participle_or_a_conjunct_object_is_not_a_speaker_after_its_verb(
    extractor: ClaimExtractor, text: str
) -> None:
    assert all(claim.speaker not in ("the many Americans", "a state of emergency") for claim in extractor.extract(text))


def test_a_name_after_an_inverted_verb_is_not_whom_it_was_said_to(extractor: ClaimExtractor) -> None:
    text = '"We have waited eleven months," declared Ruiz to the journalists at the doors of the hospital.'
    assert only(extractor.extract(text)).speaker == "Ruiz"


def test_a_role_given_a_name_the_tagger_took_for_a_place_and_the_first_of_two_surnames(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "The spokesperson of the union in the province, Marta Ruiz Gallardo, affirmed that 900 nurses are affected. "
        '"The nurses are not the bank of the Health Service," declared Ruiz to the journalists.'
    )
    assert [c.speaker for c in extractor.extract(text)] == ["Marta Ruiz Gallardo", "Marta Ruiz Gallardo"]


def test_a_dateline_of_two_places_is_not_part_of_the_speaker(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("BELGRADE/ZAGREB - Serbia accused Croatia on Wednesday of delaying a pipeline."))
    assert (claim.speaker, claim.content) == ("Serbia", "Croatia on Wednesday of delaying a pipeline")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A translation's "according to information of X", and a report named by who gave it.
        ("According to information of the police, around 4,500 tractors were on the road.", "the police"),
        ("According to Kyodo News Agency report, the discharge began on Thursday.", "Kyodo News Agency"),
        # Where the speaker said it, hung on the speaker by the parse, is not part of who spoke.
        (
            "A NATO official who wanted his name not to be given, in the statement he made to the Anadolu Agency, "
            "said that the Alliance follows the developments closely.",
            "A NATO official",
        ),
        # Where an inverted speaker spoke is not part of who spoke.
        ('"One cannot always make more demands," said Wessels in front of the demonstrators.', "Wessels"),
        # A quoted name right after its noun is part of who spoke.
        (
            'The human rights organisation "Public Rights Monitoring Centre" in the disseminated statement notes '
            "that its monitors have documented 11 cases.",
            'The human rights organisation "Public Rights Monitoring Centre"',
        ),
    ],
)
def test_speaker_phrases_of_translated_news(extractor: ClaimExtractor, text: str, speaker: str) -> None:
    claims = extractor.extract(text)
    assert claims[0].speaker == speaker


def test_what_was_said_in_a_statement_issued_is_the_saying_verbs(extractor: ClaimExtractor) -> None:
    text = (
        "The army spokesman, Brigadier General Nabil Abdel-Rahim, said in a statement which he issued on Monday "
        'evening that "the militia launched drones at the market".'
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue) == ("Brigadier General Nabil Abdel-Rahim", "said")
    assert claim.content == 'that "the militia launched drones at the market"'


def test_called_for_keeps_its_particle_in_the_content(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("The opposition called for new elections."))
    assert (claim.speaker, claim.cue, claim.content) == ("The opposition", "called", "for new elections")


def test_noun_cue_with_a_clause(extractor: ClaimExtractor) -> None:
    text = "Smith's claim that the election was rigged was false."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == ("Smith", "claim", "that the election was rigged")
    claim = only(extractor.extract("Trump gave them assurances that he would not run."))
    assert (claim.speaker, claim.cue, claim.content) == ("Trump", "assurances", "that he would not run")


def test_headline_with_a_colon(extractor: ClaimExtractor) -> None:
    text = "Pence: Flowers will not attend the debate\n\nThe debate starts at nine."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == ("Pence", ":", "Flowers will not attend the debate")
    assert speaker_as_written(text, claim) == "Pence"


def test_quoted_transcript_labels_are_speakers(extractor: ClaimExtractor) -> None:
    text = 'Partial transcript as follows:\n\n"WALLACE: Will she attend the debate?\n\n"PENCE: She will not."'
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims if c.cue == ":"] == [
        ("WALLACE", "Will she attend the debate?"),
        ("PENCE", 'She will not."'),
    ]


@pytest.mark.parametrize(
    "headline",
    [
        "Bombshell: The Auditors Just Gave the Minister a New Reason to Worry.",
        "Urgently: The Ministry of Defense reports an attack on a convoy",
        "Lightning: Explosions heard in the port city",
    ],
)
def test_an_exclamation_or_a_wire_flash_before_a_colon_is_not_a_speaker(
    extractor: ClaimExtractor, headline: str
) -> None:
    text = headline + "\n\nThe statement came after a week of debate."
    assert all(c.cue != ":" for c in extractor.extract(text))


def test_the_reporters_gloss_after_a_dash_is_not_what_was_said(extractor: ClaimExtractor) -> None:
    text = (
        "BERLIN --  A six-year trend of falling budget deficits will end this year, sooner than expected, the "
        "Federal Statistics Office reported on Tuesday -- a development that puts new questions to the coalition."
    )
    claim = only(extractor.extract(text))
    assert claim.content.startswith("A six-year trend") and "development" not in claim.content


@pytest.mark.parametrize(
    ("headline", "speaker", "cue", "content"),
    [
        (
            "Conservative Icon Morton Blackwell Endorses Ted Cruz.",
            "Conservative Icon Morton Blackwell",
            "Endorses",
            "Ted Cruz",
        ),
        (
            "The Latest: Trump urges supporters to monitor polling places",
            "Trump",
            "urges",
            "supporters to monitor polling places",
        ),
        (
            "Lawmaker Urges Retaliation On Russia; \nA Hearing Ends In Chaos",
            "Lawmaker",
            "Urges",
            "Retaliation On Russia",
        ),
    ],
)
def test_headline_verbs_the_tagger_misreads(
    extractor: ClaimExtractor, headline: str, speaker: str, cue: str, content: str
) -> None:
    text = headline + "\n\nThe statement came after a week of debate."
    claim = only([c for c in extractor.extract(text) if c.cue_span and c.cue_span.start < len(headline)])
    assert (claim.speaker, claim.cue, claim.content) == (speaker, cue, content)
    assert_spans_index_text(text, claim)


@pytest.mark.parametrize("headline", ["Paris Attacks Test Clinton's Strategy", "Trump's Remarks Spark Anger In Ohio"])
def test_headline_plural_nouns_are_not_verbs(extractor: ClaimExtractor, headline: str) -> None:
    assert extractor.extract(headline + "\n\nThe city was quiet.") == []


def test_any_verb_between_a_quote_and_the_end_of_its_sentence_tags_it(extractor: ClaimExtractor) -> None:
    text = (
        "“We will win this fight,” Trump continued.\n\n"
        "“His remarks are hurting us.” ― Carlos Raúl\n“The most unqualified child.” ― Francisco Herrero"
    )
    claims = extractor.extract(text)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("Trump", "continued", "“We will win this fight,”"),
        ("Carlos Raúl", "―", "“His remarks are hurting us.”"),
        ("Francisco Herrero", "―", "“The most unqualified child.”"),
    ]
    # Where and when may follow the verb after a quote its comma hands over, but after a full stop the sentence
    # is narrative of its own.
    text = "“Over my dead body,” Palin posted via Facebook on Monday. “We won.” The remark came on Monday."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == (
        "Palin",
        "posted",
        "“Over my dead body,” Palin posted via Facebook on Monday. “We won.”",
    )


def test_a_quote_handed_to_a_tag_of_its_own_does_not_go_on_the_quote_before(extractor: ClaimExtractor) -> None:
    text = "“Over my dead body,” Palin said. “We won,” she beamed."
    claims = extractor.extract(text)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("Palin", "said", "“Over my dead body,”"),
        ("Palin", "beamed", "“We won,”"),
    ]


def test_any_verb_before_a_colon_and_a_quote_is_a_cue(extractor: ClaimExtractor) -> None:
    text = "Obama continued: “We will not back down.”"
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content, claim.quote) == (
        "Obama",
        "continued",
        "“We will not back down.”",
        True,
    )
    assert_spans_index_text(text, claim)


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "quote"),
    [
        pytest.param(
            "Ryan said, “Sure. I get that, too.”",
            "Ryan",
            "said",
            "“Sure. I get that, too.”",
            id="the-parse-hangs-the-first-word-of-the-quote-on-the-verb",
        ),
        pytest.param(
            "“Who do they think they are?” Trump said of Apple in February.",
            "Trump",
            "said",
            "“Who do they think they are?”",
            id="a-phrase-about-the-verb-is-not-what-was-said",
        ),
        pytest.param(
            "“Look at all these supporters here,” Paradis said with a smirk.",
            "Paradis",
            "said",
            "“Look at all these supporters here,”",
            id="a-phrase-of-manner-is-not-what-was-said",
        ),
        # The cue keeps the noun, so the reply does not read "released the following statement" before the quote.
        pytest.param(
            "After the clash, the ministry released the following statement: “Our troops returned fire.”",
            "the ministry",
            "released the following statement",
            "“Our troops returned fire.”",
            id="a-verb-whose-object-names-an-utterance-before-a-colon",
        ),
        pytest.param(
            "Trump posted a message on Twitter: “Thank you Georgia!”",
            "Trump",
            "posted a message",
            "“Thank you Georgia!”",
            id="a-verb-whose-object-names-an-utterance-a-phrase-before-the-colon",
        ),
    ],
)
def test_the_quote_next_to_a_verb_is_its_content(
    extractor: ClaimExtractor, text: str, speaker: str, cue: str, quote: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content, claim.quote) == (speaker, cue, quote, True)
    assert_spans_index_text(text, claim)


@pytest.mark.parametrize(
    "text", ["The video shows a crowd outside the court.", "He continued to fight for the bill in the senate."]
)
def test_verbs_that_do_not_report_in_context(extractor: ClaimExtractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_quotes_signed_with_a_dash_are_attributed_to_the_signature(extractor: ClaimExtractor) -> None:
    text = (
        "Voters on the debate.\n\n"
        "“He is ignorant of our culture.”\u00a0― Pamela Padilla\u00a0\n"
        "”It made me afraid for the future.” — Krystal Correa, a nurse from Phoenix.\n\n"
        "“Not us but can’t argue with it!” – @murphymike\n\n"
        "The rally was loud — Smith said it was “huge” — and ended late."
    )
    bylined = [c for c in extractor.extract(text) if c.cue in "―—–"]
    assert [(c.speaker, c.content, c.quote) for c in bylined] == [
        ("Pamela Padilla", "“He is ignorant of our culture.”", True),
        ("Krystal Correa", "”It made me afraid for the future.”", True),
        ("@murphymike", "“Not us but can’t argue with it!”", True),
    ]
    for claim in bylined:
        assert speaker_as_written(text, claim) == claim.speaker
        assert_spans_index_text(text, claim)


def test_pronoun_resolves_to_the_named_person_with_title(extractor: ClaimExtractor) -> None:
    text = "President Ilham Aliyev arrived in Baku on Monday. He said the talks had failed."
    claim = only(extractor.extract(text))
    assert claim.speaker == "President Ilham Aliyev"
    assert speaker_as_written(text, claim) == "He"
    assert claim.content == "the talks had failed"


def test_description_resolves_to_the_name_given_later(extractor: ClaimExtractor) -> None:
    text = (
        "The Azeri president said the operation was over.\n\n"
        "President Ilham Aliyev told a news conference that the army had stopped."
    )
    claims = extractor.extract(text)
    assert [c.speaker for c in claims] == ["President Ilham Aliyev", "President Ilham Aliyev"]


def test_pronoun_resolves_to_a_person_described_by_role_when_nobody_is_named(extractor: ClaimExtractor) -> None:
    text = (
        "The Ethiopian water minister said the filling was on schedule.\n\n"
        "He added that talks could resume. The next meeting will be held in Khartoum, an official said."
    )
    speakers = {claim.content: claim.speaker for claim in extractor.extract(text)}
    assert speakers["that talks could resume"] == "The Ethiopian water minister"


def test_an_office_is_not_the_previous_speaker_introduced_in_another(extractor: ClaimExtractor) -> None:
    text = "Union president Carl Novak said the strike would go on. The mayor said the demands were unaffordable."
    assert [c.speaker for c in extractor.extract(text)] == ["Union president Carl Novak", "The mayor"]
    # The same office, or a speaker introduced without one, may be meant.
    text = "Senator Carl Novak said the strike would go on. The senator said the demands were unaffordable."
    assert [c.speaker for c in extractor.extract(text)] == ["Senator Carl Novak", "Senator Carl Novak"]


def test_pronoun_prefers_the_nearer_of_a_named_and_a_described_person(extractor: ClaimExtractor) -> None:
    text = (
        "President Ilham Aliyev spoke on Monday. The Armenian foreign minister said the talks had failed. "
        "He added that Baku was to blame."
    )
    speakers = {claim.content: claim.speaker for claim in extractor.extract(text)}
    assert speakers["that Baku was to blame"] == "The Armenian foreign minister"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        pytest.param(
            "Nigel Farage told the rally that Boris Johnson should lead the talks. “This is about trust,” he said.",
            "said",
            "Nigel Farage",
            id="he-after-a-quoted-person-is-that-person-not-someone-they-spoke-of",
        ),
        pytest.param(
            "Tory Brexiteer Andrea Jenkyns was also at the march. In a pointed message to Mrs May, she added: "
            "'Prime ministers keep their jobs when they keep their promises.'",
            "added",
            "Tory Brexiteer Andrea Jenkyns",
            id="whom-a-message-is-addressed-to-is-not-who-sends-it",
        ),
        pytest.param(
            "Ford Motor cut jobs. They thought the company had lied, 38 percent said in the survey.",
            "thought",
            "38 percent",
            id="they-opening-what-a-subject-reports-is-that-subject",
        ),
        pytest.param(
            "Nigel Farage vowed to fight on during a protest in Birmingham. "
            "The former party leader said politicians had to feel the heat.",
            "said",
            "Nigel Farage",
            id="a-description-right-after-a-named-speaker-is-that-speaker",
        ),
        pytest.param(
            "The Latest: Trump urges supporters to monitor polling places.\n\n"
            "WASHINGTON (AP) — The Latest on the race.",
            "urges",
            "Trump",
            id="a-kicker-before-the-headline-is-not-its-speaker",
        ),
        pytest.param(
            "One of the reasons that Trump refuses to release his returns may be that they reveal debts.",
            "refuses",
            "Trump",
            id="a-relative-clause-with-its-own-subject-credits-that-subject",
        ),
        pytest.param(
            "Mayor Anna Berg is a veteran, lawyer and activist who has repeatedly pledged to close the port.",
            "has repeatedly pledged",
            "Mayor Anna Berg",
            id="who-after-a-list-of-what-someone-is-is-that-someone",
        ),
        pytest.param(
            "He said Berg would win the state.",
            "said",
            "He",
            id="a-name-inside-what-he-says-is-not-who-he-is",
        ),
        pytest.param(
            "Retired Gen. Norman Ham is speaking out about the problems he has with the current commander in "
            "chief, and why he believes Trump has the best plan.",
            "believes",
            "Retired Gen. Norman Ham",
            id="he-is-the-subject-named-in-the-sentence-not-a-role-word-after-it",
        ),
        pytest.param(
            "Voters in Florida queued early. Clinton’s campaign ran ads in Ohio against what "
            "they call Donald Trump’s “self-centered message.”",
            "call",
            "Clinton’s campaign",
            id="they-inside-a-clause-is-the-group-that-governs-it",
        ),
        pytest.param(
            "Attorney General Loretta Lynch spoke to reporters on Monday.\n\n"
            "Lynch said the department would review the case.",
            "said",
            "Attorney General Loretta Lynch",
            id="a-bare-surname-is-the-person-named-in-full-before",
        ),
        pytest.param(
            "Former President Bill Clinton said the law was crazy. He campaigned in Flint for his wife Hillary "
            "Clinton on Monday. “It doesn’t make sense,” Clinton said.",
            "said",
            "President Bill Clinton",
            id="a-shared-surname-is-the-one-already-speaking",
        ),
        pytest.param(
            "Hillary Clinton campaigned in Iowa on Monday. Her husband, former President Bill Clinton, joined her "
            "at a rally. Ahead of the debate, Clinton said she had the support of black leaders.",
            "said",
            "Hillary Clinton",
            id="a-shared-surname-nobody-has-spoken-under-is-the-one-named-first",
        ),
        pytest.param(
            "Donald Trump is doubling down on his attacks on the debate moderators.",
            "attacks",
            "Donald Trump",
            id="a-possessive-pronoun-is-resolved-like-its-pronoun",
        ),
        pytest.param(
            "The challenge Mrs May faces in uniting her party has grown. The premier is struggling to keep her "
            "plan on track. Allies insisted she will push ahead.",
            "insisted",
            "Allies of Mrs May",
            id="bare-allies-are-those-of-whom-their-words-are-about",
        ),
        pytest.param(
            "Mr. Ross argues that distancing never helped. But aides said Mr. Obama simply believed in airing "
            "differences.",
            "said",
            "aides of Mr. Obama",
            id="bare-aides-are-not-those-of-the-person-named-last",
        ),
        pytest.param(
            "The plan faces a backlash in the party. Allies insisted it will go ahead.",
            "insisted",
            "Allies",
            id="bare-allies-with-nobody-named-stay-as-written",
        ),
        pytest.param(
            "In a filing with the National Highway Traffic Safety Administration, the company said water could "
            "seep into a control unit. It said it knew of no crashes.",
            "said",
            "the company",
            id="it-opening-a-sentence-is-the-subject-before-not-the-agency-in-its-setting",
        ),
        pytest.param(
            "A lawyer representing several owners, Maria Delgado, accused Hyundai of ignoring the warnings.",
            "accused",
            "Maria Delgado",
            id="a-description-is-the-name-given-in-apposition",
        ),
        pytest.param(
            "Doctors Without Borders, which supports a hospital in the city, said its staff had treated 120 wounded.",
            "said",
            "Doctors Without Borders",
            id="a-name-with-a-preposition-ends-before-the-relative-clause-on-its-last-word",
        ),
        pytest.param(
            '"We saw police shooting," Martin Mavenjina told Reuters. Police spokeswoman Resila Onyango denied that '
            "officers had fired live rounds. She said the police had acted with restraint.",
            "said",
            "Police spokeswoman Resila Onyango",
            id="she-continues-the-spokeswoman-the-tagger-took-for-an-organisation-not-the-man-before",
        ),
        pytest.param(
            "Spotify, which filed the original complaint in 2019, welcomed the ruling.",
            "welcomed",
            "Spotify",
            id="a-name-the-tagger-took-for-a-verb-is-still-the-subject",
        ),
        pytest.param(
            "In a filing with the National Highway Traffic Safety Administration, Hyundai said water could seep "
            "into a control unit. The regulator said it had received 47 complaints.",
            "said",
            "the National Highway Traffic Safety Administration",
            id="the-regulator-is-the-agency-named-before",
        ),
    ],
)
def test_speakers_are_resolved_as_news_style_means_them(
    extractor: ClaimExtractor, text: str, cue: str, speaker: str
) -> None:
    last = [claim for claim in extractor.extract(text) if claim.cue == cue][-1]
    assert last.speaker == speaker


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("About one of every nine voters this fall is expected to be Latino.", "is expected"),
        ("Peacekeepers have been accused of abusing civilians they were sent to protect.", "have been accused"),
    ],
)
def test_a_view_or_charge_in_the_passive_with_nobody_named_has_no_speaker(
    extractor: ClaimExtractor, text: str, cue: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.speaker_span, claim.cue) == ("", None, cue)
    assert claim.content == text.rstrip(".")


def test_a_view_in_the_passive_ends_before_the_next_clause_with_a_subject_of_its_own(
    extractor: ClaimExtractor,
) -> None:
    text = "The veto is expected to come before Friday, but Republicans say they have the votes to override it."
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims] == [
        ("", "The veto is expected to come before Friday"),
        ("Republicans", "they have the votes to override it"),
    ]


def test_whom_someone_knows_or_addressed_is_not_what_they_said(extractor: ClaimExtractor) -> None:
    assert extractor.extract("Louise Sunshine, who has known Trump since the 1970s, spoke. I knew her at school.") == []
    assert only(extractor.extract("She knows the answer.")).content == "the answer"
    text = (
        "''Rising prices and wages that do not keep up come with great hardship,'' Ms. Novak told a plenary session"
        " of the Czech Senate on Tuesday."
    )
    assert only(extractor.extract(text)).content.endswith("come with great hardship,''")


def test_a_phrase_after_a_passive_is_done_by_its_subject_not_the_agent(extractor: ClaimExtractor) -> None:
    text = "Comedian Ann Fox was booed by union supporters after telling them that they were “being ridiculous.”"
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue) == ("Comedian Ann Fox", "telling")


@pytest.mark.parametrize(
    "text",
    [
        "The results were announced on Friday.",
        "The bill was signed on Friday.",
        # A particle can make a verb of saying report nothing.
        "The mayor was shouted down by protesters.",
        "The party called off the rally on Friday.",
    ],
)
def test_agentless_passives_and_verbs_with_a_particle_report_nothing(extractor: ClaimExtractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_a_question_put_by_nobody_named_has_no_speaker(extractor: ClaimExtractor) -> None:
    text = (
        "The press secretary, Sarah Sanders, appeared on Fox News Sunday.\n\n"
        "Asked about the Rosenstein meeting, she said: “A date for that has not been set.”"
    )
    parsed = extractor.parse(text)
    asked = next(claim for claim in parsed.claims if claim.cue == "Asked")
    assert (asked.speaker, asked.speaker_span, asked.content) == ("", None, "about the Rosenstein meeting")
    said = next(claim for claim in parsed.claims if claim.cue == "said")
    assert said.speaker == "Sarah Sanders"  # not "Rosenstein", who only names the meeting
    sided = assign_sides(text, parsed.claims, parsed.doc)
    assert [claim.side for claim in sided.claims if claim.cue == "Asked"] == [OTHER_SOURCES]


def test_a_place_where_something_happened_is_not_who_they_are(extractor: ClaimExtractor) -> None:
    text = "This came after the meeting between Trump and Kim Jong-un in Singapore, when they agreed to work for peace."
    agreed = next(claim for claim in extractor.extract(text) if claim.cue == "agreed")
    assert agreed.speaker != "Singapore"


def test_what_a_speaker_says_others_said_is_not_a_claim_of_its_own(extractor: ClaimExtractor) -> None:
    text = "Clinton spokesman Nick Merrill says Machado promised to keep supporting Clinton and would stand firm."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue) == ("Clinton spokesman Nick Merrill", "says")
    assert claim.content == "Machado promised to keep supporting Clinton and would stand firm"


def test_words_passed_on_by_a_source_named_after_them_keep_their_attribution(extractor: ClaimExtractor) -> None:
    text = "Armenia accused Azerbaijan of shelling its positions near the village of Sotk, Reuters reports."
    found = {(claim.speaker, claim.cue) for claim in extractor.extract(text)}
    assert found == {("Armenia", "accused"), ("Reuters", "reports")}


def test_a_title_rules_out_the_other_pronoun(extractor: ClaimExtractor) -> None:
    text = "Mr Smith met Mrs Jones on Monday. He said the talks went well."
    assert only(extractor.extract(text)).speaker == "Mr Smith"


def test_names_inside_quotes_are_not_antecedents(extractor: ClaimExtractor) -> None:
    text = "The Wellingborough MP added: 'We need to chuck Chequers.'\n\nSetting out his views, he said: 'We want out.'"
    said = next(claim for claim in extractor.extract(text) if claim.cue == "said")
    assert "Chequers" not in said.speaker


def test_the_spokesman_is_the_government_spokesman_mentioned_before(extractor: ClaimExtractor) -> None:
    text = (
        "The Sudanese government spokesman said Khartoum wanted a binding deal.\n\n"
        "According to the spokesman, two dams had cut their output."
    )
    speakers = {claim.content: claim.speaker for claim in extractor.extract(text)}
    assert speakers["two dams had cut their output"] == "The Sudanese government spokesman"


def test_a_time_phrase_hung_on_the_subject_is_not_part_of_the_speaker(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("Egypt on Tuesday accused Ethiopia of filling the reservoir."))
    assert claim.speaker == "Egypt"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # A quoted show title after the verb misleads the parser; the name after the closing quote is the speaker.
        (
            "“There is a disconnect between the White House and our military,” Flynn, a top surrogate, said "
            "Thursday on Fox News’s “Fox and Friends.”",
            "Flynn",
            "“There is a disconnect between the White House and our military,”",
        ),
        # A name the parser hung on an earlier noun as an apposition, right before the verb.
        (
            "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum.",
            "Chief Justice Roberts",
            "To understand the real Dred Scott, Chief Justice Roberts said, one should visit this museum",
        ),
        # A city name the tagger read as a verb ("Tulsa") after the closing quote is part of the name.
        (
            "He did not have a weapon on him at the time.\nThe U.S. Department of Justice is investigating the "
            "shooting.\n“I will just make this promise to you: We will achieve justice in this case,” Tulsa police "
            "Chief Chuck Jordan said Monday.",
            "Tulsa police Chief Chuck Jordan",
            "“I will just make this promise to you: We will achieve justice in this case,”",
        ),
        # A subject between a closing quote mark and the verb, nearer the verb than the noun after the quote.
        (
            "He pledged to enact judicial reform, fix the country’s “broken” election system and he, once again, "
            "pledged a “political revolution” and said that he would stand up to the “billionaire class.”",
            "he",
            "that he would stand up to the “billionaire class.”",
        ),
        # A dateline is where the story was filed, not who speaks.
        (
            "WASHINGTON -- President Obama, opening the museum on Saturday, said it would tell an American story.",
            "President Obama",
            "it would tell an American story",
        ),
    ],
)
def test_speaker_the_parse_misplaces(extractor: ClaimExtractor, text: str, speaker: str, content: str) -> None:
    claim = next(claim for claim in extractor.extract(text) if claim.cue == "said")
    assert (speaker_as_written(text, claim), claim.content) == (speaker, content)


def test_a_relative_clause_after_a_quoted_title_keeps_its_own_subject(extractor: ClaimExtractor) -> None:
    text = 'She took calls from fans of her "Late Night" program who said they had misgivings about the deal.'
    claim = next(claim for claim in extractor.extract(text) if claim.cue == "said")
    assert speaker_as_written(text, claim) == "who"


def test_quote_interrupted_by_its_cue_is_one_claim(extractor: ClaimExtractor) -> None:
    text = "“We will not retreat,” the minister said, “and we will win.”"
    claim = only(extractor.extract(text))
    assert claim.quote
    assert claim.speaker == "the minister"
    assert claim.content_span.start == 0 and claim.content_span.end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist at a policy group. ''It's anti-reform.''",
        "“This isn't tax reform,” said Douglas Holtz-Eakin, an economist at a policy group. “It's anti-reform.”",
    ],
    ids=["typewriter-quotes", "curly-quotes"],
)
def test_quote_resumed_after_a_described_speaker_is_one_claim(extractor: ClaimExtractor, text: str) -> None:
    claim = only(extractor.extract(text))
    assert claim.quote and claim.speaker == "Douglas Holtz-Eakin"
    assert claim.content_span == Span(0, len(text))


def test_a_show_named_in_the_cue_clause_does_not_stop_the_quote_resuming(extractor: ClaimExtractor) -> None:
    text = (
        "“Of course we’re going to release our records,” Sanders said during an interview on CNN’s “State of the "
        "Union” Sunday. “Thank God, I am very healthy.”"
    )
    assert only(extractor.extract(text)).content == text


def test_a_resumed_quote_takes_the_words_that_finish_its_sentence(extractor: ClaimExtractor) -> None:
    text = "“It's tinkering,” said Alan Cole, an economist. “It's basically just a tax increase” for the top bracket."
    assert only(extractor.extract(text)).content == text[:-1]
    # Narrative after the quote ends the claim at the first half.
    narrative = "“It's tinkering,” said Alan Cole, an economist. “It's a tax increase” before he left the room."
    assert only(extractor.extract(narrative)).content == "“It's tinkering,”"


@pytest.mark.parametrize(
    "text",
    [
        '"This is a fraud," Perez said Sunday on NBC\'s "Meet the Press." "He has put his profits first."',
        '"This is a failure of planning," Tom Hale said Sunday on the radio show "Morning Call." "The dams '
        'were never repaired."',
    ],
    ids=["after-a-possessive", "after-a-noun"],
)
def test_a_show_that_closes_the_cue_sentence_is_passed_over_to_the_resumed_quote(
    extractor: ClaimExtractor, text: str
) -> None:
    claim = only(extractor.extract(text))
    assert claim.quote and claim.content_span == Span(0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "''He deserved it,'' the man told the program ''Inside Edition'' after the fight, which was filmed. ''Next "
        "time, we might have to kill him.''",
        '"It\'s pretty cool working there," she said, describing how she puts together "tubular mixers," rods '
        'that control the air flow. "People are like family."',
    ],
    ids=["a-show-then-narrative", "a-term-then-narrative"],
)
def test_a_quoted_word_inside_narrative_after_the_cue_ends_the_first_half(extractor: ClaimExtractor, text: str) -> None:
    first = text[: text.index(",") + 3 if text.startswith("''") else text.index(",") + 2]
    claims = extractor.extract(text)
    assert claims[0].content == first
    assert all(not c.content.endswith(("him.''", 'family."')) or c.content_span.start > 0 for c in claims)


def test_a_quoted_show_hung_on_the_cue_is_not_what_was_said(extractor: ClaimExtractor) -> None:
    text = 'The minister said on Sunday on NBC\'s "Meet the Press." He left early.'
    assert [c.content for c in extractor.extract(text) if c.cue == "said"] != ['"Meet the Press."']
    khan = "Mr. Khan said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife."
    assert only(extractor.extract(khan)).content.endswith("that Mr. Trump had shown disrespect to his wife")
    # Words quoted after a preposition that are no name stay in what was said.
    words = "The governor said the media are to blame for focusing on “he said this, he tweeted that.”"
    assert only(extractor.extract(words)).content.endswith("“he said this, he tweeted that.”")


def test_a_quote_said_before_adding_another_belongs_to_the_saying(extractor: ClaimExtractor) -> None:
    text = '"I respect the mayor. She has worked hard," Hale said, adding: "But she must answer for the delays."'
    claims = {c.cue: c.content for c in extractor.extract(text)}
    assert claims == {
        "said": '"I respect the mayor. She has worked hard,"',
        "adding": '"But she must answer for the delays."',
    }


def test_the_quote_a_cue_closes_comes_before_the_one_that_follows(extractor: ClaimExtractor) -> None:
    text = "“Does anybody know what the platform of the party is?” Graham asked. “Neither do I.”"
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.quote) == ("Graham", "asked", True)
    assert claim.content_span == Span(0, len(text))


def test_a_quote_in_the_paragraph_before_is_not_the_cues(extractor: ClaimExtractor) -> None:
    text = "“We will see.”\n\nRyan said, “Sure. I get that, too.”"
    claim = only([c for c in extractor.extract(text) if c.speaker == "Ryan"])
    assert claim.content == "“Sure. I get that, too.”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Trump tweeted in the early morning hours that Machado was “disgusting” and “a con”.",
            "that Machado was “disgusting” and “a con”",
        ),
        (
            "Attorneys further argued in the brief that the policy denying immigrants entry hurts the U.S. economy.",
            "that the policy denying immigrants entry hurts the U.S. economy",
        ),
    ],
    ids=["read-as-adverbial", "hung-on-the-place"],
)
def test_a_clause_after_a_phrase_of_time_or_place_is_what_was_said(
    extractor: ClaimExtractor, text: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert claim.content == content


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The senator maintains that the deal was never signed.", "The senator", "maintains"),
        ("Investigators discovered that the files had been deleted.", "Investigators", "discovered"),
    ],
)
def test_any_verb_with_a_subject_and_a_that_clause_reports(
    extractor: ClaimExtractor, text: str, speaker: str, cue: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content.split()[0]) == (speaker, cue, "that")


@pytest.mark.parametrize(
    "text",
    [
        "This means that prices will rise.",
        "The rules ensure that nobody is left out.",
        "The mayor said it was too early to tell, and there was no evidence yet that it was an act of terror.",
    ],
)
def test_a_that_clause_of_consequence_reports_nothing(extractor: ClaimExtractor, text: str) -> None:
    assert [claim.cue for claim in extractor.extract(text)] in ([], ["said"])


def test_whom_a_speaker_told_is_not_what_they_said(extractor: ClaimExtractor) -> None:
    assert extractor.extract("The senator called, and he told me on Friday.") == []
    claim = only(extractor.extract("He told me the talks had failed."))
    assert claim.content == "the talks had failed"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "“It looks like we’re not going to have a very good relationship, who knows?” Berg told Britain’s ITV "
            "television station in an interview aired on Monday.",
            "“It looks like we’re not going to have a very good relationship, who knows?”",
        ),
        (
            "In line with most voters, Sen. Anna Berg was also critical of the mayor’s stance, telling Radio Sweden: "
            "“The mayor’s comments today are typical of his administration.”",
            "“The mayor’s comments today are typical of his administration.”",
        ),
        (
            "Berg is telling customers at a popular Malmo, Sweden, breakfast spot that “I need you tomorrow.”",
            "that “I need you tomorrow.”",
        ),
        ("She told a meeting of party leaders that the vote would be close.", "that the vote would be close"),
        ("The minister would not tell the truth about the deal.", "the truth about the deal"),
    ],
)
def test_whom_a_speaker_told_gives_way_to_what_they_told(extractor: ClaimExtractor, text: str, content: str) -> None:
    told = [c for c in extractor.extract(text) if "tell" in c.cue or "told" in c.cue]
    assert only(told).content == content


@pytest.mark.parametrize(
    "text",
    [
        "The mayor reported from Midway Atoll.",
        "Netanyahu said in Tel Aviv.",
        "The senator spoke at a rally.",
        # What grew, or where someone reacted, is no content either.
        "Trump is adding to his wins in Nevada and South Carolina.",
        "The campaign responded on Twitter.",
    ],
)
def test_a_speech_verb_with_only_a_place_reports_nothing(extractor: ClaimExtractor, text: str) -> None:
    assert extractor.extract(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The senator criticized the governor during a rally on Tuesday.", "the governor"),
        ("The mayor has not mentioned the strike since the election.", "the strike"),
        ("The minister attacked the plan as a giveaway, with jabs at its authors.", "the plan as a giveaway"),
        ("The union accused the director, Anna Berg, of lying.", "the director, Anna Berg, of lying"),
        ("The company shrugged off fraud charges despite widespread evidence of fraud.", "fraud charges"),
        ("John Kasich is thanking supporters at a rally in Mississippi.", "supporters"),
        ("The governor defended the plan at a news conference in Albany.", "the plan"),
        ("The official confirmed the meeting on condition of anonymity.", "the meeting"),
        ("The official denied the report on background.", "the report"),
        # "at" with what is not a gathering stays: where the plan aims.
        ("The union criticized the cuts at the hospital.", "the cuts at the hospital"),
    ],
)
def test_when_and_asides_around_an_object_are_not_what_was_said(
    extractor: ClaimExtractor, text: str, content: str
) -> None:
    assert only(extractor.extract(text)).content == content


def test_a_closing_relative_clause_describes_what_the_speaker_named(extractor: ClaimExtractor) -> None:
    text = "She said she plans to vote for Senator Bernie Sanders, who similarly blasts free trade."
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims] == [
        ("She", "she plans to vote for Senator Bernie Sanders"),
        ("Senator Bernie Sanders", "free trade"),
    ]
    # Also where the parse reads the relative clause as one hung on the cue.
    text = (
        "Labor groups urged the administration to raise the cutoff to about $51,000, which, in inflation-adjusted"
        " dollars, is roughly where it stood in 1975."
    )
    assert only(extractor.extract(text)).content == "the administration to raise the cutoff to about $51,000"
    text = (
        "“We want a country where every family is safe from organized crime,” he said two days after the attack,"
        " “which, by the way, wants to rule and has ruled whole towns.”"
    )
    assert only(extractor.extract(text)).content.endswith("has ruled whole towns.”")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Quoted words in the relative clause are the speaker's.
        (
            "He said he was hoping for a large turnout, which “will help elect Kloppenburg.”",
            "he was hoping for a large turnout, which “will help elect Kloppenburg.”",
        ),
        # A relative clause in the middle is part of the sentence it sits in.
        ("He said that prices, which rose last year, would fall.", "that prices, which rose last year, would fall"),
    ],
)
def test_a_relative_clause_that_quotes_or_sits_inside_stays(extractor: ClaimExtractor, text: str, content: str) -> None:
    assert only(extractor.extract(text)).content == content


def test_a_quote_after_a_colon_behind_a_manner_phrase(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("Kovacs replied coolly, with a smile: “Could happen when you’re 60.” He is 60."))
    assert claim.speaker == "Kovacs" and claim.quote and claim.content == "“Could happen when you’re 60.”"


def test_a_quote_after_where_and_when_it_was_said(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("As Anna Lind said last week in Tel Aviv, “The city is the future. It grows fast.”"))
    assert claim.speaker == "Anna Lind" and claim.content == "“The city is the future. It grows fast.”"


@pytest.mark.parametrize("text", ["Ryan said,“Look, it has no place here.”", 'Ryan said:"Look, it has no place here."'])
def test_a_quote_typed_without_a_space_after_its_comma(extractor: ClaimExtractor, text: str) -> None:
    claim = only(extractor.extract(text))
    assert claim.speaker == "Ryan" and claim.quote and claim.content.strip('“”"') == "Look, it has no place here."


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Trump said after the convention he would not accept the endorsement.",
            "said",
            "after the convention he would not accept the endorsement",
        ),
        ("He added “Really,” when the interviewer expressed shock.", "added", "“Really,”"),
    ],
)
def test_a_clause_the_parse_reads_as_adverbial_is_what_was_said_unless_it_tells_when(
    extractor: ClaimExtractor, text: str, cue: str, content: str
) -> None:
    assert [c.content for c in extractor.extract(text) if c.cue == cue] == [content]


@pytest.mark.parametrize(
    ("text", "contents"),
    [
        (
            "As many tax experts have pointed out, Mr. Trump is free to disclose his returns.",
            ["Mr. Trump is free to disclose his returns"],
        ),
        ("Yet, as Mr. Bown observed, the tariffs would rise.", ["the tariffs would rise"]),
        ("As he welcomed several hundred guests, Scott (D-Va.) was also launching his bid.", []),
        ("As he spoke, the crowd cheered.", []),
        (
            "As the ministry's memo put it, the main test is a lawful source of income.",
            ["the main test is a lawful source of income"],
        ),
        ("She put it on the table.", []),
    ],
)
def test_an_as_aside_reports_the_clause_it_opens(extractor: ClaimExtractor, text: str, contents: list[str]) -> None:
    assert [c.content for c in extractor.extract(text)] == contents


def test_an_as_aside_the_parse_reads_as_the_main_clause_is_still_an_aside(extractor: ClaimExtractor) -> None:
    text = (
        "Angry waves crashed on the rocks below the house. Hawaii, as one of Mr. Obama's climate advisers pointed "
        "out, normally does not get back-to-back hurricanes."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (
        "one of Mr. Obama's climate advisers",
        "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The senator forced the banker to admit that no executives were punished.",
            "the banker",
            "that no executives were punished",
        ),
        ("He was able to consistently tout his polling strength.", "He", "his polling strength"),
        ("The mayor was heard saying that the plan had failed.", "The mayor", "that the plan had failed"),
        (
            "After saying her right foot was swollen, she was whisked off to the hospital.",
            "she",
            "her right foot was swollen",
        ),
        ("The governor stopped short of calling the protests a riot.", "The governor", "the protests a riot"),
    ],
)
def test_who_speaks_in_a_verb_governed_by_another(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert (speaker_as_written(text, claim), claim.content) == (speaker, content)


def test_a_cue_under_short_of_keeps_the_words_that_reverse_it(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("The governor stopped short of calling the protests a riot."))
    assert claim.cue == "stopped short of calling"


def test_nobody_speaks_in_a_verb_after_a_judgement_or_an_instrument(extractor: ClaimExtractor) -> None:
    assert extractor.extract("It is worth noting that the bill failed.") == []
    assert extractor.extract("It is too soon to say whether her policies will prove successful.") == []
    text = "Leaders used particularly blunt language to denounce what Prime Minister Malcolm Turnbull called a crime."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == ("Prime Minister Malcolm Turnbull", "a crime")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In this poll, Trump rose 1 percentage point since the debate.",
            "this poll",
            "Trump rose 1 percentage point since the debate",
        ),
        ("In a survey, Working America found support for Mr. Trump.", "Working America", "support for Mr. Trump"),
        ("In the end, the poll was wrong.", None, None),
    ],
)
def test_a_poll_named_before_its_clause_is_its_source(
    extractor: ClaimExtractor, text: str, speaker: str | None, content: str | None
) -> None:
    claims = extractor.extract(text)
    assert [(speaker_as_written(text, c), c.content) for c in claims] == ([(speaker, content)] if speaker else [])


def test_a_quote_closed_without_a_space_before_its_cue(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("“It has been surprising and sad,”Clinton said on Friday."))
    assert claim.speaker == "Clinton" and claim.quote and claim.content == "“It has been surprising and sad,”"


def test_a_quote_in_the_next_paragraph_is_not_the_words_of_a_cue_ending_a_sentence(extractor: ClaimExtractor) -> None:
    text = (
        'Protesters chanted "Go vote!" as they marched through the hallway of the Senate, Mic reported.\n\n'
        '"Enthusiasm is going to be off the chart," Stu Rothenberg, a political analyst, told the news site.'
    )
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims if "Enthusiasm" in c.content] == [
        ("Stu Rothenberg", '"Enthusiasm is going to be off the chart,"')
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Then Ms. Holm asked the students if they were always so serious.", "if they were always so serious"),
        ("She asked him whether the plan would work.", "whether the plan would work"),
        ("“But why?” the reporter Jana Holm asked him.", "“But why?”"),
        ("If we lived in calmer times, a reader would now ask: “Why is this news?”", "“Why is this news?”"),
    ],
)
def test_a_question_is_what_was_asked_not_whom(extractor: ClaimExtractor, text: str, content: str) -> None:
    assert only(extractor.extract(text)).content == content


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Most voters in Ohio see Clinton as the stronger candidate.",
            "Most voters in Ohio",
            "Clinton as the stronger candidate",
        ),
        ("Governor Anna Holm is backing Senator Berg.", "Governor Anna Holm", "Senator Berg"),
        ("Senator Berg talked about immigration.", "Senator Berg", "about immigration"),
        ("The group seeks to prevent gun deaths.", "The group", "to prevent gun deaths"),
        ("Many voters feel the system is rigged against them.", "Many voters", "the system is rigged against them"),
        ("The council voted against the bill.", "The council", "against the bill"),
        ("Senator Berg made it clear that he would not resign.", "Senator Berg", "it clear that he would not resign"),
        ("The judge spoke of the legacy of the old laws.", "The judge", "of the legacy of the old laws"),
    ],
)
def test_verbs_that_report_a_view_in_one_construction(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "He said his recent attacks on the mayor have given his campaign momentum and said that the mayor did "
            "not represent the party.",
            "his recent attacks on the mayor have given his campaign momentum",
            "that the mayor did not represent the party",
        ),
        (
            "Berg insisted that he has expanded the party, claiming that he is responsible for higher turnout.",
            "that he has expanded the party",
            "that he is responsible for higher turnout",
        ),
    ],
)
def test_the_same_speakers_next_cue_ends_the_first_claim(
    extractor: ClaimExtractor, text: str, first: str, second: str
) -> None:
    claims = extractor.extract(text)
    assert [c.content for c in claims] == [first, second]
    assert claims[0].speaker == claims[1].speaker


def test_a_participle_closing_the_reported_clause_is_the_reporters_gloss(extractor: ClaimExtractor) -> None:
    text = (
        "The court ruled on Thursday that Poland's disciplinary regime for judges violates EU law, dealing a blow "
        "to the governing party."
    )
    claim = only(extractor.extract(text))
    assert claim.content.endswith("violates EU law")
    toll = only(extractor.extract("The minister said gunmen had attacked a police patrol, killing one officer."))
    assert toll.content.endswith("killing one officer")


def test_the_time_of_saying_is_not_part_of_what_was_said(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("The Korean carmaker Hyundai said on Tuesday it would recall about 80,000 cars."))
    assert claim.content == "it would recall about 80,000 cars"


def test_the_same_speakers_report_set_against_the_first_is_a_claim_of_its_own(extractor: ClaimExtractor) -> None:
    text = "Trump claimed that paying no taxes was smart, although he again refused to release his returns."
    claims = extractor.extract(text)
    assert [(c.cue, c.content) for c in claims] == [
        ("claimed", "that paying no taxes was smart"),
        ("refused", "to release his returns"),
    ]


def test_another_speakers_report_set_against_the_first_is_a_claim_of_its_own(extractor: ClaimExtractor) -> None:
    text = (
        "Ukraine's air force said on Saturday it had shot down 30 of 38 drones launched by Russia overnight, while "
        "Moscow said its forces had struck energy facilities."
    )
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims] == [
        ("Ukraine's air force", "it had shot down 30 of 38 drones launched by Russia overnight"),
        ("Moscow", "its forces had struck energy facilities"),
    ]


def test_a_participle_closing_the_reported_clause_is_the_outer_speakers_next_cue(extractor: ClaimExtractor) -> None:
    text = (
        "The Russian Foreign Ministry stated that Ukrainian drones attacked the nuclear power plant on Sunday, "
        'calling the attack "nuclear terrorism".'
    )
    assert [(c.speaker, c.cue) for c in extractor.extract(text)] == [
        ("The Russian Foreign Ministry", "stated"),
        ("The Russian Foreign Ministry", "calling"),
    ]


def test_a_second_stance_of_the_reported_subject_is_still_what_was_reported(extractor: ClaimExtractor) -> None:
    text = "The White House said President Joe Biden supported stronger border security but opposed the bill."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (
        "The White House",
        "President Joe Biden supported stronger border security but opposed the bill",
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "WASHINGTON ― Donald Trump’s obsession with the president’s birth is an insult to all voters, top "
            "lawmakers said.",
            "Donald Trump’s obsession with the president’s birth is an insult to all voters",
        ),
        (
            "WASHINGTON ― This spring, as he was becoming chairman of the campaign, Paul Manafort told friends that "
            "the candidate knew all about his work.",
            "that the candidate knew all about his work",
        ),
    ],
)
def test_the_dateline_is_not_what_was_said(extractor: ClaimExtractor, text: str, content: str) -> None:
    assert [c.content for c in extractor.extract(text)] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The ruling set off another round of protests on Monday: opposition leaders said they were convinced "
            "the court had bowed to pressure.",
            "they were convinced the court had bowed to pressure",
        ),
        (
            "The talks had already collapsed by then; the union says management walked out first.",
            "management walked out first",
        ),
        (
            "Writing for a newspaper panel that all agreed the mayor won the debate, the columnist noted that the "
            "way the mayor carried himself was critical to his success.",
            "that the way the mayor carried himself was critical to his success",
        ),
        (
            "“Labels are for soup cans,” the former president told a crowd that the organisers estimated at 3,000 "
            "people.",
            "“Labels are for soup cans,”",
        ),
    ],
)
def test_a_cue_reports_the_clause_on_one_side_of_it(extractor: ClaimExtractor, text: str, content: str) -> None:
    """A colon or semicolon before the speaker, or a "that" clause after the cue, makes the words before the
    speaker the setting; a quote before the speaker is what was said, whatever the parse hangs after the cue."""
    assert content in [c.content for c in extractor.extract(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moscow calls for UN meeting\n\nAccusing Kyiv of shelling the Zaporizhzhia nuclear plant, Moscow called "
            "on Monday for an emergency meeting of the UN Security Council.",
            ("Moscow", "Accusing", "Kyiv of shelling the Zaporizhzhia nuclear plant"),
        ),
        (
            "Claiming the criticism is designed to pressure the judges, the coach told reporters that the referees "
            "had been unfair.",
            ("the coach", "Claiming", "the criticism is designed to pressure the judges"),
        ),
    ],
)
def test_a_cue_in_ing_opening_the_sentence_speaks_for_the_subject_after_its_comma(
    extractor: ClaimExtractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in [(c.speaker, c.cue, c.content) for c in extractor.extract(text)]


def test_an_opening_participle_with_a_topic_reports_nothing(extractor: ClaimExtractor) -> None:
    text = "Responding to the criticism in an interview, the minister said the talks would resume."
    assert [(c.cue, c.content) for c in extractor.extract(text)] == [("said", "the talks would resume")]


def test_what_someone_failed_to_agree_on_is_no_claim(extractor: ClaimExtractor) -> None:
    text = "Negotiators failed on Friday to agree on how much money rich countries should give poorer ones."
    assert extractor.extract(text) == []


def test_an_agency_citing_a_source_relays_what_the_source_said(extractor: ClaimExtractor) -> None:
    text = "Two soldiers were wounded in the attack, Trend reports, citing the Defense Ministry of Azerbaijan."
    assert [(c.speaker, c.cue, c.content) for c in extractor.extract(text)] == [
        ("the Defense Ministry of Azerbaijan", "reports", "Two soldiers were wounded in the attack")
    ]


def test_words_before_a_denied_cue_report_nothing(extractor: ClaimExtractor) -> None:
    text = (
        "So let me get this straight: on the same day that the paper reports that the ministry issued subpoenas "
        "to the foundation, the moderators didn't ask her about it."
    )
    assert [(c.speaker, c.content) for c in extractor.extract(text)] == [
        ("the paper", "that the ministry issued subpoenas to the foundation"),
        ("the moderators", "about it"),
    ]


def test_a_name_the_parse_hung_on_a_place_before_a_verb_without_subject_is_its_subject(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "At a campaign rally in Dayton, Ohio, 58-year-old Mary Peters also railed against the new tax, and explained "
        "how much it had cost her family."
    )
    assert [(c.speaker, c.cue, c.content) for c in extractor.extract(text)] == [
        ("58-year-old Mary Peters", "railed", "against the new tax"),
        ("58-year-old Mary Peters", "explained", "how much it had cost her family"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Two of the lawyers who drafted the complaint called the judge biased.",
            "Two of the lawyers who drafted the complaint",
            "the judge biased",
        ),
        (
            "Senator Jane Doe (D), the mayor's rival in the upcoming election, called Friday for releasing the "
            "police reports, as well.",
            "Senator Jane Doe",
            "Friday for releasing the police reports",
        ),
    ],
)
def test_a_verb_the_parse_read_as_a_participle_of_the_noun_before_it_speaks_for_the_subject(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert claim.speaker.startswith(speaker) and claim.content == content


def test_a_quote_before_the_phrase_a_named_speaker_is_in_apposition_to_is_what_they_shouted(
    extractor: ClaimExtractor,
) -> None:
    text = (
        '"This is a big year for our next governor, Ann Ortiz!" Ortiz\'s niece, state Sen. Maria "Mia" Lopez '
        "(D-Austin), shouted to the crowd."
    )
    claim = only(extractor.extract(text))
    assert claim.speaker == 'state Sen. Maria "Mia" Lopez (D-Austin)'
    assert claim.content == '"This is a big year for our next governor, Ann Ortiz!"'


def test_a_speaker_keeps_the_bracket_it_opens(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("Many colleges (private ones, in particular) offer generous aid to poor students."))
    assert claim.speaker == "Many colleges (private ones, in particular)"


def test_a_clause_the_cue_interrupts_runs_around_it(extractor: ClaimExtractor) -> None:
    # The parse hangs "These workers" and "were …" both on "explained", as if they were not one clause.
    text = (
        "These workers, the chief executive explained earlier in the hearing, were “well-paid,” earning between "
        "$30,000 and $60,000 a year."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == ("the chief executive", "explained", text.rstrip("."))


def test_a_conjunct_the_parse_hangs_on_the_cue_continues_the_content_of_its_form(extractor: ClaimExtractor) -> None:
    # "hire" and "build" are bare infinitives like "to double"; "wants" cannot be coordinated with them.
    claim = only(
        extractor.extract(
            "The governor wants to double the size of the police, hire more teachers and build a new hospital."
        )
    )
    assert claim.content == "to double the size of the police, hire more teachers and build a new hospital"


def test_a_conjunct_of_the_content_ends_before_a_clause_with_a_subject_of_its_own(extractor: ClaimExtractor) -> None:
    text = (
        "Johnson pledged to raise wages, fix the country’s “broken” immigration system and he, once again, pledged a "
        "“new deal” and said that he would stand up to the “elite.”"
    )
    assert [(c.speaker, c.content) for c in extractor.extract(text)] == [
        ("Johnson", "to raise wages, fix the country’s “broken” immigration system"),
        ("Johnson", "a “new deal”"),
        ("Johnson", "that he would stand up to the “elite.”"),
    ]


def test_a_second_verb_under_the_same_auxiliary_stays_in_the_content(extractor: ClaimExtractor) -> None:
    assert (
        only(extractor.extract("He said he would stop and ask questions.")).content == "he would stop and ask questions"
    )


def test_a_negated_verb_the_cue_completes_stays_in_the_cue(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("The Labour Party is not going to vote for the deal."))
    assert claim.cue == "is not going to vote" and claim.content == "for the deal"


@pytest.mark.parametrize(
    "text",
    [
        "She saw him there again in 1999.",
        "The senator backed down on Friday.",
        "They talked for an hour.",
        "The refugees sought shelter in the church.",
        "He felt sick after the debate.",
        "The council voted on Tuesday.",
        # Recalling someone or a number of things is taking them back, not remembering aloud.
        "Niger recalled its ambassador from Paris.",
        "Hyundai recalled 80,000 vehicles on Tuesday.",
        "Carmaker recalls 80,000 vehicles\n\nThe recall covers two models.",
        # Attacks by arms and armed men, on places, or by a country on a country are no words.
        "Ukrainian drones attacked a thermal power plant overnight.",
        "Gunmen attacked the convoy near the border.",
        "Rebels attacked an army checkpoint on Sunday.",
        "Russia attacked Ukraine in February 2022.",
    ],
)
def test_the_same_verbs_in_other_constructions_report_nothing(extractor: ClaimExtractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_an_attack_in_words_is_still_a_claim(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("Senator Rubio attacked Trump's record on trade."))
    assert claim.speaker == "Senator Rubio" and claim.cue == "attacked" and claim.content == "Trump's record on trade"


def test_quote_running_over_two_paragraphs(extractor: ClaimExtractor) -> None:
    text = (
        "“The first part of the statement goes here.\n\n“And the statement continues in the next paragraph,” she said."
    )
    claim = only(extractor.extract(text))
    assert claim.quote and claim.cue == "said"
    assert claim.content.startswith("“The first part") and claim.content.endswith("next paragraph,”")


def test_multi_sentence_quote_comes_out_whole(extractor: ClaimExtractor) -> None:
    text = "“The economy is strong. Jobs are coming back,” Smith told reporters."
    claim = only(extractor.extract(text))
    assert claim.quote and claim.speaker == "Smith" and claim.cue == "told"
    assert claim.content == "“The economy is strong. Jobs are coming back,”"


def test_quote_after_a_colon_in_the_next_paragraph(extractor: ClaimExtractor) -> None:
    text = "The governor said:\n\n“We are ready for the storm.”"
    claim = only(extractor.extract(text))
    assert claim.quote and claim.content == "“We are ready for the storm.”"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Defence Minister Ana Ruiz told the committee: the army has enough shells for a month of fighting. "
            "The hearing ended at noon.",
            "the army has enough shells for a month of fighting",
        ),
        (
            "The governor added:\n\nIt's typical of the season. Nobody panics.",
            "It's typical of the season. Nobody panics",
        ),
    ],
)
def test_unquoted_words_after_a_cue_and_a_colon(extractor: ClaimExtractor, text: str, content: str) -> None:
    """Wires and machine translation set speech off with a colon and no quotation marks: the rest of the
    sentence, or the paragraph below where the colon ends its own, is what was said."""
    claim = only(extractor.extract(text))
    assert claim.content == content


def test_a_written_thing_reads_its_words(extractor: ClaimExtractor) -> None:
    text = "One banner read “Hands off our pensions,” and the crowd cheered."
    claim = next(c for c in extractor.extract(text) if c.cue == "read")
    assert speaker_as_written(text, claim) == "One banner"
    assert claim.content == "“Hands off our pensions,”"


def test_a_person_reading_a_title_says_nothing(extractor: ClaimExtractor) -> None:
    assert extractor.extract("She read “War and Peace” twice that winter.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In Professor Okafor's view, the reform came too late for the farmers.",
            "Professor Okafor",
            "the reform came too late for the farmers",
        ),
        (
            "In the words of the ministry, the strikes were a breach of the truce.",
            "the ministry",
            "the strikes were a breach of the truce",
        ),
        (
            "The strikes were a breach of the truce, in her opinion.",
            "her",
            "The strikes were a breach of the truce",
        ),
    ],
)
def test_a_view_credited_by_in(extractor: ClaimExtractor, text: str, speaker: str, content: str) -> None:
    claim = only(extractor.extract(text))
    assert speaker_as_written(text, claim) == speaker
    assert claim.content == content


def test_in_a_view_of_the_sea_credits_nobody(extractor: ClaimExtractor) -> None:
    assert extractor.extract("In full view of the harbour, the ferry ran aground on Monday.") == []


def test_whom_a_message_was_for_is_not_what_it_said(extractor: ClaimExtractor) -> None:
    text = "The mayor spoke last. His message to voters was simple: “We can win this.”"
    assert [c.content for c in extractor.extract(text) if c.cue == "message"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Pressed on what the party wants from its nominee, Okafor said, “They have got to be able to win.”",
        "Ratings soar\n\n“The show had 23 million viewers,” Ruiz said, referring to the June debate. “How about we "
        "give the money to charity?”\n\nAsked what qualities he would like the next leader to embody, Okafor said, "
        "“They have got to be able to win.”",
    ],
)
def test_a_clause_set_off_before_a_cue_and_its_quote_is_not_what_was_said(extractor: ClaimExtractor, text: str) -> None:
    """The parse may hang "said" on the quote's verb, with the participle clause before it; the narrative's
    question is not part of the answer."""
    claim = next(c for c in extractor.extract(text) if c.speaker == "Okafor" and c.cue == "said")
    assert claim.content == "“They have got to be able to win.”"


def test_cue_inside_a_quote_is_not_a_new_claim(extractor: ClaimExtractor) -> None:
    text = "“I think we will win,” Jones said."
    claim = only(extractor.extract(text))
    assert claim.speaker == "Jones" and claim.cue == "said"


def test_single_quoted_headline_words_stay_inside_the_content(extractor: ClaimExtractor) -> None:
    text = "Azerbaijan says it has ‘restored its sovereignty’"
    claim = only(extractor.extract(text))
    assert claim.content == "it has ‘restored its sovereignty’"


def test_plain_narrative_has_no_claims(extractor: ClaimExtractor) -> None:
    text = "The town lies on a river. Its streets are narrow and the market opens at dawn.\n\nBoats arrive at noon."
    assert extractor.extract(text) == []
    assert extractor.extract("") == [] and extractor.extract_many([]) == []


def test_spans_index_the_text_exactly_with_crlf_and_non_ascii(extractor: ClaimExtractor) -> None:
    text = "Ünïcödé prélude — ñ.\r\n\r\nThe minister said that the border was closed.\r\n"
    claim = only(extractor.extract(text))
    assert claim.content == "that the border was closed"
    assert_spans_index_text(text, claim)
    assert speaker_as_written(text, claim) == "The minister"


def test_claims_are_ordered_by_position_and_extract_many_matches_extract(extractor: ClaimExtractor) -> None:
    texts = [
        "The union said wages must rise. Later the company said it could not pay.",
        "Azerbaijan denied the incident.",
    ]
    many = extractor.extract_many(texts)
    assert many == [extractor.extract(t) for t in texts]
    starts = [c.content_span.start for c in many[0]]
    assert starts == sorted(starts) and len(starts) == 2


def test_baseline_finds_only_subject_and_clausal_complement(extractor: ClaimExtractor) -> None:
    baseline = ClaimExtractor(extractor.nlp, baseline=True)
    text = "Azerbaijan denied the incident. The ministry said the border was closed."
    claim = only(baseline.extract(text))
    assert (claim.speaker, claim.content) == ("The ministry", "the border was closed")


def test_caption_labels_with_a_colon_are_not_speakers(extractor: ClaimExtractor) -> None:
    text = (
        "Photo: AP / Reuters\n\nUpdate: the road is open again.\n\nPutin: Russia will mediate\n\n"
        "Contributing: Nicole Gaudiano, USA TODAY.\n\nEmail: desk@example.com."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == ("Putin", "Russia will mediate")


def test_subheadings_with_a_colon_are_not_speakers(extractor: ClaimExtractor) -> None:
    text = (
        "Little Relief for Refugees: The refugee crisis is the sort of issue the body was made to tackle.\n\n"
        "CLARIFICATION: The first sentence has been clarified.\n\nCharles de Gaulle: France will stand firm.\n\n"
        "Delegates won so far.\n\nClinton: 2,316.\n\nSanders: 1,547.\n\n"
        "Iowa: Tim Albrecht, Brad Anderson, Rob Barron and Bonnie Campbell."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == ("Charles de Gaulle", "France will stand firm.")


def test_noun_cue_with_an_owner_and_a_topic(extractor: ClaimExtractor) -> None:
    text = "Clinton's comments on the shooting drew a large crowd."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == ("Clinton", "comments", "the shooting")
    # Whoever delivers the words owns them; whom they were delivered to is no topic.
    text = "Christie unleashed withering attacks against Rubio."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == ("Christie", "attacks", "Rubio")
    assert extractor.extract("The senator made comments to co-workers.") == []
    assert extractor.extract("The senator has the support of most unions.") == []


def test_scare_quotes_do_not_make_a_direct_quote(extractor: ClaimExtractor) -> None:
    text = "“Most” of the forces have been “destroyed,” the president told reporters."
    claim = only(extractor.extract(text))
    assert claim.content == "“Most” of the forces have been “destroyed,”"
    assert not claim.quote


@pytest.mark.parametrize(
    "text",
    [
        "The ministry spoke.\n\n— We will not allow this, — Zakharova said.",
        "The ministry spoke.\n\n- We will not allow this, - said the spokeswoman, Maria Zakharova.",
    ],
)
def test_speech_set_off_by_dashes_is_a_direct_quote(extractor: ClaimExtractor, text: str) -> None:
    claim = only(extractor.extract(text))
    assert (claim.content, claim.quote) == ("We will not allow this", True)
    # A dash inside a sentence sets off an aside, not speech.
    aside = only(extractor.extract("He left - the minister said - and never came back."))
    assert aside.quote is False


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("However, Washington appears weak.", "Washington appears weak"),
        (
            "In the past few days, the governor seemed to be shrinking in stature, aides noticed.",
            "the governor seemed to be shrinking in stature",
        ),
        (
            "Both objections, which seemed to carry little weight, were dismissed.",
            "which seemed to carry little weight",
        ),
    ],
)
def test_an_impression_nobody_is_named_for_is_a_claim_without_speaker(
    extractor: ClaimExtractor, text: str, content: str
) -> None:
    claim = next(c for c in extractor.extract(text) if c.cue.startswith(("seem", "appear")))
    assert (claim.speaker, claim.speaker_span, claim.content) == ("", None, content)


def test_a_report_from_no_one_named_is_a_claim_without_speaker(extractor: ClaimExtractor) -> None:
    text = "The Club for Growth is reportedly spending $1.5 million on ads, a sharp rise."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == (
        "",
        "reportedly",
        "The Club for Growth is reportedly spending $1.5 million on ads",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The senator appeared on Fox News on Sunday.",  # appearing somewhere is no impression
        "President Obama appears set to veto the bill.",  # an intention, not an impression
        "Reporters asked about what appeared to be a reference to the rally.",  # a hedge inside a noun phrase
    ],
)
def test_seeming_without_an_impression_is_no_claim(extractor: ClaimExtractor, text: str) -> None:
    assert not [c for c in extractor.extract(text) if c.cue.startswith(("seem", "appear"))]


def test_an_impression_is_nobodys_when_it_seems_so_to_someone_or_holds_a_cue(extractor: ClaimExtractor) -> None:
    # To whom it seems so holds the view; that is no writer's impression (and "me: seems …" no reply line).
    assert extractor.extract("Nothing about the plan seems credible to me.") == []
    # "seemed to blame" is the senator's own charge, not the writer's impression of him.
    charge = only(extractor.extract("The senator seemed to blame the network for the error."))
    assert (charge.speaker, charge.content) == ("The senator", "the network for the error")


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # A belief with its clause is the subject's view, however it seemed.
        (
            "Before the attacks, Rubio seemed hopeful that the United States could accept more refugees.",
            "Rubio",
            "seemed hopeful",
            "that the United States could accept more refugees",
        ),
        # A perfect participle opening the sentence is active: the subject after it announced.
        (
            "Having announced that he would not send me to prison, Judge Berman handed down his sentence.",
            "Judge Berman",
            "Having announced",
            "that he would not send me to prison",
        ),
    ],
)
def test_the_subject_holds_a_view_the_parse_hangs_off_the_clause(
    extractor: ClaimExtractor, text: str, speaker: str, cue: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == (speaker, cue, content)


def test_a_quote_resumed_after_whom_and_when_it_was_told_is_one_claim(extractor: ClaimExtractor) -> None:
    text = "“What is new is not the hacking,” Schiff told reporters on Wednesday, “but the attempt to interfere.”"
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content, claim.quote) == ("Schiff", text.rstrip("."), True)
    # A cue of its own between the halves starts another claim.
    two = extractor.extract("“We cannot afford this,” Trump said, adding later, “NATO is obsolete.”")
    assert [c.content for c in two] == ["“We cannot afford this,”", "“NATO is obsolete.”"]


def test_a_cue_the_parse_hung_on_the_subject_reports_the_clause_around_it(extractor: ClaimExtractor) -> None:
    text = "The difference now, he told me on Friday, is that he is the anchor of a news program."
    claim = only(extractor.extract(text))
    assert (claim.cue, claim.content) == ("told", text.rstrip("."))


def test_an_aside_in_the_middle_of_an_accusation_stays_in_it(extractor: ClaimExtractor) -> None:
    text = "Trump accused Rafael Cruz, who was born in Cuba, of associating with Lee Harvey Oswald."
    claim = only(extractor.extract(text))
    assert claim.content == "Rafael Cruz, who was born in Cuba, of associating with Lee Harvey Oswald"


def test_any_verb_interrupting_a_quote_joins_its_halves(extractor: ClaimExtractor) -> None:
    text = "“Honestly,” he continued, “we may be on the brink of electing a narcissist.”"
    claim = only(extractor.extract(text))
    assert (claim.cue, claim.content, claim.quote) == ("continued", text, True)
    # A title in quotes before the cue is no first half.
    titled = 'As Amar, the author of "A Constitution," put it, "Senate Republicans should remember the past."'
    assert [c.content for c in extractor.extract(titled)] == ['"Senate Republicans should remember the past."']


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mrs. Clinton proposed a no-fly zone over Syria, an approach several Republicans also favor.",
            "a no-fly zone over Syria",
        ),
        ("Cruz is endorsing Trump's campaign, the latest chapter in a rocky relationship.", "Trump's campaign"),
        # A name in apposition is kept, and so is what a naming verb calls its object.
        (
            "Sanders reiterated his support for his rival, Hillary Clinton.",
            "his support for his rival, Hillary Clinton",
        ),
        ("Trump called Clinton, his rival, an ISIS co-founder.", "Clinton, his rival, an ISIS co-founder"),
        # Whom something was told to is no part of it, unless the "to" belongs to the object.
        ("Republicans disclosed the memos to the AP.", "the memos"),
        (
            "The poll does describe the candidates' closeness to party elites.",
            "the candidates' closeness to party elites",
        ),
        # So is a gloss after a dash, but not "– and not …".
        (
            "Gingrich dismissed Estonia as a suburb of St. Petersburg — a metaphor for the party's drift.",
            "Estonia as a suburb of St. Petersburg",
        ),
        (
            "Obama praised state and local authorities – and not the federal government.",
            "state and local authorities – and not the federal government",
        ),
    ],
)
def test_a_description_closing_the_object_is_the_reporters(extractor: ClaimExtractor, text: str, content: str) -> None:
    assert only(extractor.extract(text)).content == content


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Sanders has found ways to press his agenda through small amendments.",
        "The bank has found itself at the center of the crisis.",
        "Trump once again found himself embroiled in controversy.",
        "Trump has won 758 delegates, compared to Cruz's 538.",
    ],
)
def test_finding_a_way_or_oneself_and_figures_set_side_by_side_report_nothing(
    extractor: ClaimExtractor, text: str
) -> None:
    assert extractor.extract(text) == []


def test_findings_and_comparisons_someone_makes_still_report(extractor: ClaimExtractor) -> None:
    poll = only(extractor.extract("The survey found no record of the class."))
    assert (poll.speaker, poll.content) == ("The survey", "no record of the class")
    likened = only(extractor.extract("In another column, Bradley compared abortion to the Holocaust."))
    assert (likened.speaker, likened.content) == ("Bradley", "abortion to the Holocaust")


def test_she_after_a_person_described_by_a_role_is_that_person(extractor: ClaimExtractor) -> None:
    # The tagger takes "Giulia Ferraris" for an organisation; "she" is still the head of mission, not the minister
    # quoted before her.
    text = (
        "«The rules are valid for all», declared in a note the minister of the Interior Carlo Benedetti.\n\n"
        "The head of mission of Onde Solidali, Giulia Ferraris, denied that the crew ignored the authorities. «We"
        " received the port of Ravenna, at 1,200 kilometres,» she explained, «with 63 persons on board.»"
    )
    explained = next(c for c in extractor.extract(text) if c.cue == "explained")
    assert explained.speaker == "The head of mission of Onde Solidali, Giulia Ferraris"


def test_a_role_with_its_own_name_is_not_the_holder_of_that_role_named_before(extractor: ClaimExtractor) -> None:
    text = (
        "Karnataka's Chief Minister Ramesh Gowda said on Tuesday that the reservoirs are only half full. On the other"
        " hand, the Chief Minister of Tamil Nadu K. Ilango in Chennai said that Karnataka is defying the court."
    )
    second = extractor.extract(text)[1]
    assert "Ilango" in second.speaker and "Gowda" not in second.speaker


def test_where_and_to_whom_a_spokeswoman_spoke_is_no_part_of_the_speaker(extractor: ClaimExtractor) -> None:
    text = "The spokeswoman of Danubia Gáz in the commentary to the portal Portfolio denied any ultimatum."
    assert only(extractor.extract(text)).speaker == "The spokeswoman of Danubia Gáz"


def test_a_capitalised_role_given_a_name_in_apposition_is_that_person(extractor: ClaimExtractor) -> None:
    text = 'The Commander of the Navy, Sardar Mohammad-Reza Bahrami, emphasized: "The strait is our red line."'
    assert only(extractor.extract(text)).speaker == "Sardar Mohammad-Reza Bahrami"


def test_a_speaker_named_inside_a_quote_is_not_whom_he_said_after_it_means(extractor: ClaimExtractor) -> None:
    # "The governor speaks of legality" is the cacique's words about the governor, not another speaker.
    text = (
        "The cacique Joaquim Karo Munduruku, of the Indigenous Land Sawré Muybu, said that invaders opened new"
        ' roads. "We denounced it, and nobody appeared. The governor speaks of legality, but the invaders are the'
        ' illegal ones," he affirmed.\n\nThe Secretariat of Environment (Semas) denied that there was omission.'
    )
    affirmed = next(c for c in extractor.extract(text) if c.cue == "affirmed")
    assert affirmed.speaker == "The cacique Joaquim Karo Munduruku, of the Indigenous Land Sawré Muybu"


def test_two_speakers_set_side_by_side_in_a_headline_each_say_their_own(extractor: ClaimExtractor) -> None:
    text = (
        "Cauvery water dispute: Karnataka said – no water to give, Tamil Nadu said – order of Supreme Court is violated"
    )
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims] == [
        ("Karnataka", "no water to give"),
        ("Tamil Nadu", "order of Supreme Court is violated"),
    ]


def test_where_when_and_why_after_a_quote_leave_the_quote_as_the_content(extractor: ClaimExtractor) -> None:
    text = "''Wow, what a great idea,'' she said in Iowa earlier this year in response to a voter's question."
    assert only(extractor.extract(text)).content == "''Wow, what a great idea,''"
    # A topic after the place is what was spoken of.
    topic = "Obama spoke at the White House on Tuesday about rights that had been denied to victims."
    assert only(extractor.extract(topic)).content.endswith("about rights that had been denied to victims")


def test_a_named_speaker_the_parse_hung_on_a_date_before_him_still_speaks(extractor: ClaimExtractor) -> None:
    text = (
        "But in a conference call with reporters on Dec. 2, Col. Steven H. Warren, a military spokesman in Baghdad, "
        "said, “I mean, a raid is a combat operation. There is no way around that.”"
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.quote) == ("Col. Steven H. Warren", True)


def test_a_subject_and_any_verb_before_a_comma_and_a_quote_hand_it_over(extractor: ClaimExtractor) -> None:
    text = "“They are wrong,” said Terry Strada.\n\nShe continued, “For us, all we ask is to be heard in a court.”"
    continued = extractor.extract(text)[-1]
    assert (continued.speaker, continued.cue, continued.quote) == ("Terry Strada", "continued", True)
    assert continued.content == "“For us, all we ask is to be heard in a court.”"


def test_a_cue_between_commas_reports_the_whole_sentence_and_nothing_inside_is_another_claim(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "Though that transition was relatively seamless, he said, replacing Clinton would be much more "
        "acrimonious and could lead to intense lobbying."
    )
    assert only(extractor.extract(text)).content == text.rstrip(".")
    relayed = "CNN, Cruz said, called the announcement “highly significant.”"
    claim = only(extractor.extract(relayed))
    assert (claim.cue, claim.content) == ("said", relayed)


def test_what_someone_was_told_to_do_in_quotes_is_what_was_told(extractor: ClaimExtractor) -> None:
    text = "Trump tells his supporters at a Michigan rally to “go to your place and vote” and then “go home.”"
    claim = only(extractor.extract(text))
    assert (claim.cue, claim.content) == ("tells", "to “go to your place and vote” and then “go home.”")


def test_another_speakers_report_joined_by_and_is_a_claim_of_its_own(extractor: ClaimExtractor) -> None:
    text = (
        "The news set off partisan fireworks: Republicans said they're convinced the Justice Department mishandled "
        "the investigation and Democrats accused the GOP of stoking the issue."
    )
    assert [(c.speaker, c.content) for c in extractor.extract(text)] == [
        ("Republicans", "they're convinced the Justice Department mishandled the investigation"),
        ("Democrats", "the GOP of stoking the issue"),
    ]
    pressed = (
        "She said fathers would not be eligible for the paid leave, and when pressed on why the plan leaves out "
        "dads, the 34-year-old mother of three said it was meant to benefit the mother."
    )
    assert extractor.extract(pressed)[0].content == "fathers would not be eligible for the paid leave"
    # A second "that" clause is a second thing the same speaker said.
    same = "Putney said witnesses saw a gun and that one was found nearby."
    assert only(extractor.extract(same)).content == "witnesses saw a gun and that one was found nearby"


def test_a_clause_of_its_own_after_a_semicolon_is_not_what_was_said(extractor: ClaimExtractor) -> None:
    text = "Republicans said the timing of the news was not intentional; they only learned of it on Friday."
    assert extractor.extract(text)[0].content == "the timing of the news was not intentional"


def test_a_quote_after_a_cue_that_went_on_to_tell_what_happened_is_not_joined_to_it(
    extractor: ClaimExtractor,
) -> None:
    text = (
        '"Subpoenas are not optional," Chairman Jason Chaffetz said after Pagliano failed to show up at the '
        'hearing. "Mr. Pagliano is a crucial fact witness."'
    )
    assert extractor.extract(text)[0].content == '"Subpoenas are not optional,"'
    described = '"It is a tax increase," said Alan Cole, an economist at the Tax Foundation. "It is not reform."'
    assert only(extractor.extract(described)).content == described


def test_has_shortened_before_a_participle_with_an_object_or_clause_is_active(extractor: ClaimExtractor) -> None:
    text = "Trump spoke in Reno. And he's predicted big wins in the races ahead."
    claim = only(extractor.extract(text))
    assert (speaker_as_written(text, claim), claim.content) == ("he", "big wins in the races ahead")
    # So is one with a clause of what was said; "it's said that …" stays a passive with nobody named.
    text = "Ryan spoke on Monday. He's said he gets his ideas about monetary policy from a novel."
    claim = only(extractor.extract(text))
    assert (speaker_as_written(text, claim), claim.content) == (
        "He",
        "he gets his ideas about monetary policy from a novel",
    )
    claim = only(extractor.extract("It's said that he reads a lot."))
    assert (claim.speaker, claim.content) == ("", "It's said that he reads a lot")


def test_a_name_closing_the_sentence_after_a_quote_and_its_cue_is_the_speaker(extractor: ClaimExtractor) -> None:
    text = (
        "''Several of us were arguing we have to wait for the moment,'' recalled Mr. Rhodes. ''He said, 'I just "
        "need to go to Israel.'''"
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.quote) == ("Mr. Rhodes", "recalled", True)


def test_a_participle_right_before_a_quote_is_what_the_sentences_subject_did(extractor: ClaimExtractor) -> None:
    text = (
        "Band member Flea shared the news on social media last week, writing “Feels great to support someone I "
        "believe in. This is a man with integrity.”"
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue) == ("Band member Flea", "writing")
    assert claim.content.startswith("“Feels great") and claim.quote


def test_a_question_before_its_cue_is_what_was_asked_not_a_clause_past_a_dash(extractor: ClaimExtractor) -> None:
    text = (
        "''What does that mean, he kept the country safe after 9/11?'' Mr. Trump asked, repeating a broadside - "
        "that the president was responsible for the attacks."
    )
    asked = next(c for c in extractor.extract(text) if c.cue == "asked")
    assert asked.content == "''What does that mean, he kept the country safe after 9/11?''"


def test_a_label_nobody_is_named_for_is_a_claim_without_speaker(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("When PolitiFact examined the statement, it was labeled “Mostly True.”"))
    # From its subject on: the clause before it says when, not what.
    assert (claim.speaker, claim.cue, claim.content) == ("", "was labeled", "it was labeled “Mostly True.”")


def test_a_transcript_speakers_turn_runs_on_to_the_next_label(extractor: ClaimExtractor) -> None:
    text = (
        "WALLACE: Do you see those two as equivalent?\n\n"
        "PENCE: Well, look, he knows as much about security as I do about basketball.\n\n"
        "But the truth is that Donald Trump has a unique way of communicating.\n\n"
        "(CROSSTALK.)\n\n"
        "WALLACE: Governor, I want to try to get —."
    )
    pence = next(c for c in extractor.extract(text) if c.speaker == "PENCE")
    assert pence.content.endswith("a unique way of communicating.")
    # One label in capitals is a kicker, not a dialogue: the article after it is nobody's turn.
    kicker = "FIX IS IN: Moderators Ignore Scandals.\n\nSo let me get this straight: the debate was a mess."
    assert next(c for c in extractor.extract(kicker) if c.cue == ":").content == "Moderators Ignore Scandals."


def test_unquoted_words_in_the_paragraph_after_a_cue_and_a_colon_are_the_speakers(extractor: ClaimExtractor) -> None:
    text = (
        "Rush Limbaugh spoke on the radio.\n\nLimbaugh added:\n\n"
        "It's typical of her. She knows nothing about it.\n\nThe show ended at noon."
    )
    added = next(c for c in extractor.extract(text) if c.cue == "added")
    assert (added.speaker, added.content) == ("Rush Limbaugh", "It's typical of her. She knows nothing about it")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # What something is cast as belongs to what was said, even where the parser gives "as" no object.
        ("Campaign chair Paul Manafort dismissed the whole kerfuffle as “absurd.”", "the whole kerfuffle as “absurd.”"),
        ("Democrats described the showdown as ominous.", "the showdown as ominous"),
        # A participle the parser reads as a clause of its own ("as beset by …"); "as he left" is when.
        (
            "Trump described the country as beset by illegal immigrants, some of them killers.",
            "the country as beset by illegal immigrants",
        ),
        ("Christie defended the remark as he left the event.", "the remark"),
        (
            "PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims.",
            "22% of Democratic claims as “entirely true” compared to 11% of Republican claims",
        ),
        # Casting someone as a quoted label is saying so, whatever the verb.
        (
            "Harry Reid has been steadily pounding Trump as a “con artist” for months.",
            "Trump as a “con artist” for months",
        ),
    ],
)
def test_what_something_is_cast_as_is_part_of_what_was_said(extractor: ClaimExtractor, text: str, content: str) -> None:
    assert only(extractor.extract(text)).content == content


def test_a_that_clause_after_a_noun_cue_and_a_time_is_what_the_owner_said(extractor: ClaimExtractor) -> None:
    text = (
        "The tweet was a dig at Trump’s statement earlier this year that women who seek abortions should be punished."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == (
        "Trump",
        "statement",
        "that women who seek abortions should be punished",
    )
    # A relative clause after the noun is no content.
    assert extractor.extract("The attacks that helped Republicans take the House were costly.") == []


def test_a_name_before_a_noun_cue_owns_it(extractor: ClaimExtractor) -> None:
    text = "The candidate faced a New York Times report that Trump had a net loss of $915 million in 1995."
    assert only(extractor.extract(text)).speaker == "New York Times"


def test_a_name_and_its_description_between_a_quote_and_its_cue_is_the_speaker(extractor: ClaimExtractor) -> None:
    text = (
        "''If Reagan had gone with Kemp, I would have been sitting in Siberia for a long time,'' Mr. Daniloff, now "
        "81 and retired in Cambridge, Mass., said by telephone this week."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.quote) == ("Mr. Daniloff", True)


def test_what_a_question_or_a_concern_is_about_is_attributed_without_an_owner(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("Both candidates have faced questions about their health this year."))
    assert (claim.speaker, claim.cue, claim.content) == ("", "questions", "their health")
    # Whoever raises the questions holds them.
    raised = only(extractor.extract("Democrats raised questions about his integrity."))
    assert (raised.speaker, raised.content) == ("Democrats", "his integrity")
    # What an interview or an article is about is its subject, not a view.
    assert extractor.extract("He gave a long interview about his policies this year.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The senator was very optimistic about the peace deal.", "was very optimistic", "the peace deal"),
        ("Graham has long been critical of Trump.", "has long been critical", "Trump"),
        ("Many voters are unhappy with the direction of the country.", "are unhappy", "the direction of the country"),
        (
            "Some Democrats are concerned that the tactics could make it harder to unite.",
            "are concerned",
            "that the tactics could make it harder to unite",
        ),
        ("Mr. Ackman is convinced that Valeant will recover.", "is convinced", "that Valeant will recover"),
    ],
)
def test_a_stance_someone_takes_about_something_is_theirs(
    extractor: ClaimExtractor, text: str, cue: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.cue, claim.content) == (cue, content)
    # Being proud of something, or sure of it, states no view of it.
    assert extractor.extract("He is proud of his sons and sure that they will come.") == []


def test_the_question_someone_was_asked_is_a_claim_without_speaker(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("In an interview that year, he was asked what happened to the black vote."))
    assert (claim.speaker, claim.cue, claim.content) == ("", "was asked", "what happened to the black vote")
    # Being asked to do something puts no question.
    assert extractor.extract("He was asked to leave the room.") == []


def test_a_sentence_opened_by_its_cue_names_the_speaker_before_the_quote(extractor: ClaimExtractor) -> None:
    text = "Experts disagree. Said Ellis: “I don’t get the sense she’s interested in tax reform.”"
    claim = next(c for c in extractor.extract(text) if c.cue == "Said")
    assert (claim.speaker, claim.content, claim.quote) == (
        "Ellis",
        "“I don’t get the sense she’s interested in tax reform.”",
        True,
    )


def test_a_with_phrase_after_a_passive_view_is_the_reporters_addition(extractor: ClaimExtractor) -> None:
    text = (
        "The efforts are expected to continue up to election day, with both President Barack Obama and his wife "
        "expected to visit the state."
    )
    expected = next(c for c in extractor.extract(text) if c.cue == "are expected")
    assert expected.content == "The efforts are expected to continue up to election day"


@pytest.mark.parametrize("break_", ["\n\n", "\n"])
def test_an_editors_note_is_no_claim_of_the_article(extractor: ClaimExtractor, break_: str) -> None:
    note = "Editor’s note: Trump is a liar who has\nrepeatedly pledged to ban all Muslims from\nentering the U.S."
    text = f"Graham said the party was lost.{break_}{note}"
    assert [c.speaker for c in extractor.extract(text)] == ["Graham"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Donors gave $25 million to an outside group backing Marco Rubio.", "an outside group", "Marco Rubio"),
        # An occasion speaks for whoever held it, a message for whoever sent it.
        ("Clinton gave a speech attacking Trump's record.", "Clinton", "Trump's record"),
        (
            "Lynch appeared at a news conference announcing that her department would sue the state.",
            "Lynch",
            "that her department would sue the state",
        ),
        ("The senator emailed supporters saying the struggle continues.", "The senator", "the struggle continues"),
    ],
)
def test_a_participle_describing_a_noun_gives_it_the_words(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (speaker, content)
    # A thing does not speak.
    assert extractor.extract("Protesters carried signs calling Christie a loser.") == []


def test_a_quote_after_the_cue_and_a_comma_is_what_was_said_wherever_the_parse_hung_the_cue(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "When Clinton noted that Trump has not paid federal income taxes ― as was true for the few years his tax "
        "returns were made public ― Trump boasted, “That makes me smart.”"
    )
    claim = next(c for c in extractor.extract(text) if c.cue == "boasted")
    assert (claim.speaker, claim.content, claim.quote) == ("Trump", "“That makes me smart.”", True)


def test_a_second_present_tense_cue_read_as_a_bare_verb_is_the_same_speakers(extractor: ClaimExtractor) -> None:
    text = (
        "When terrorists are revealed as part of the second front of the radical Islamic terror war, Obama and "
        'Clinton call them "lone wolves" and describe their actions as crimes rather than acts of terror or even war.'
    )
    claims = extractor.extract(text)
    assert [(c.cue, c.content) for c in claims] == [
        ("call", 'them "lone wolves"'),
        ("describe", "their actions as crimes rather than acts of terror or even war"),
    ]
    assert claims[0].speaker == claims[1].speaker


def test_a_paragraph_that_is_only_a_quote_goes_on_with_the_quote_before_it(extractor: ClaimExtractor) -> None:
    text = (
        "“I’m in disbelief,” he said. “I wish everyone could read them.”\n\n"
        "“Don’t wait until the election to find somewhere else to live!”\n\n"
        "“We will see,” the mayor said.\n\n"
        "“It was a joke.”\n\nThe council met on Friday."
    )
    claims = extractor.extract(text)
    assert [c.content for c in claims] == [
        "“I’m in disbelief,” he said. “I wish everyone could read them.”\n\n"
        "“Don’t wait until the election to find somewhere else to live!”",
        "“We will see,” the mayor said.\n\n“It was a joke.”",
    ]


def test_where_an_inverted_speaker_spoke_is_no_part_of_the_speaker(extractor: ClaimExtractor) -> None:
    text = '"The risks have clearly increased," said Bundesbank President Joachim Nagel at a press conference.'
    claim = only(extractor.extract(text))
    assert speaker_as_written(text, claim) == "Bundesbank President Joachim Nagel"
    text = '"The risks are real," said Anna Berg at the University of Oslo.'
    assert speaker_as_written(text, only(extractor.extract(text))) == "Anna Berg at the University of Oslo"


def test_putting_something_at_a_figure_is_an_estimate(extractor: ClaimExtractor) -> None:
    text = "Organisers put the crowd at more than 100,000, while the police said about 20,000 people took part."
    first = extractor.extract(text)[0]
    assert (first.speaker, first.cue, first.content) == ("Organisers", "put", "the crowd at more than 100,000")
    assert extractor.extract("He put the book on the table at noon.") == []


def test_a_description_with_its_own_qualifier_is_not_a_body_named_later(extractor: ClaimExtractor) -> None:
    """ "the main opposition party" is not the ruling ZANU-PF named two paragraphs on; a bare "the foundation"
    may still be the foundation the story names after it."""
    text = (
        "Zimbabwe's electoral commission on Saturday declared President Emmerson Mnangagwa the winner of this "
        "week's election with 52.6% of the vote, a result the main opposition party rejected as a \"gigantic "
        'fraud".\n\nNelson Chamisa, who leads the Citizens Coalition for Change, said his party had evidence of '
        "vote rigging.\n\nMnangagwa's ZANU-PF party dismissed the allegations."
    )
    rejected = next(c for c in extractor.extract(text) if c.cue == "rejected")
    assert rejected.speaker == "the main opposition party"


def test_a_clause_setting_the_scene_after_a_cue_is_not_what_was_said(extractor: ClaimExtractor) -> None:
    text = (
        "At least 40 people were killed when shells hit a crowded market in Omdurman on Sunday, a local volunteer "
        "group said, as Sudan's warring factions accused each other of the attack."
    )
    said = next(c for c in extractor.extract(text) if c.cue == "said")
    assert said.content == "At least 40 people were killed when shells hit a crowded market in Omdurman on Sunday"
    assert said.speaker == "a local volunteer group"


def test_a_body_whose_name_has_and_in_it_is_named_in_full(extractor: ClaimExtractor) -> None:
    text = "The war has killed more than 7,500 people according to the Armed Conflict Location and Event Data Project."
    claim = only(extractor.extract(text))
    assert speaker_as_written(text, claim) == "the Armed Conflict Location and Event Data Project"


def test_they_is_a_group_not_the_place_named_last(extractor: ClaimExtractor) -> None:
    text = (
        "Kazakh officials met their counterparts in Moscow. Meanwhile, Russia is playing interference, they say, "
        "imposing new import restrictions."
    )
    claim = only(extractor.extract(text))
    assert claim.speaker not in ("Russia", "Moscow")


def test_a_plural_possessive_is_no_closing_quote_before_the_speaker(extractor: ClaimExtractor) -> None:
    """The apostrophe of "farmers'" once passed for a closing quote, which made the words after it the speaker."""
    text = "The FNSEA, France's largest farmers' union, said it would keep up the pressure."
    claim = only(extractor.extract(text))
    assert speaker_as_written(text, claim) == "The FNSEA"


def test_a_per_cent_sign_ending_what_was_said_is_kept(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("The union said inflation was above 10%."))
    assert claim.content == "inflation was above 10%"


def test_the_reporters_comment_after_the_cue_is_not_what_was_said(extractor: ClaimExtractor) -> None:
    """ "…, a move Egypt says threatens its water supply" is what the move is to Egypt, which says so itself; the
    prime minister said only the clause before his name, which the parse after a dateline calls a setting."""
    text = (
        "ADDIS ABABA (AP) — Ethiopia has completed the fifth filling of its giant dam on the Blue Nile, Prime "
        "Minister Abiy Ahmed said on Saturday, a move Egypt says threatens its water supply."
    )
    claims = {claim.speaker: claim for claim in extractor.extract(text)}
    assert claims["Prime Minister Abiy Ahmed"].content == (
        "Ethiopia has completed the fifth filling of its giant dam on the Blue Nile"
    )
    assert claims["Egypt"].cue == "says"
    assert claims["Egypt"].content.endswith("threatens its water supply")
    assert set(claims) == {"Prime Minister Abiy Ahmed", "Egypt"}


def test_a_relative_clause_that_names_its_noun_does_not_say_the_sentence(extractor: ClaimExtractor) -> None:
    """ "the city she calls her second capital" says what she calls the city, not that the polls show her ahead; the
    polls' finding is theirs."""
    text = "The race tightened.\n\nPolls in the city she calls her second capital show her with a big lead."
    claims = {claim.cue: claim for claim in extractor.extract(text)}
    assert claims["calls"].content == "her second capital"
    assert claims["show"].content == "her with a big lead"


@pytest.mark.parametrize(
    "text",
    [
        "The Food and Drug Administration added a warning about kidney injury to its label in 2021.",
        "The company added 2,000 jobs to its payroll.",
    ],
)
def test_adding_a_thing_to_something_is_no_saying(extractor: ClaimExtractor, text: str) -> None:
    assert [claim for claim in extractor.extract(text) if claim.cue == "added"] == []


def test_adding_words_is_still_saying(extractor: ClaimExtractor) -> None:
    claim = only(extractor.extract("The minister added that the talks would resume on Monday."))
    assert claim.content == "that the talks would resume on Monday"


def test_a_headline_verb_after_as_has_its_own_subject(extractor: ClaimExtractor) -> None:
    """The parse takes "Beijing" for the object of "as"; the warning is Beijing's, not Taiwan's."""
    text = "Taiwan reports 30 Chinese warplanes near island as Beijing warns against 'provocation'"
    claims = {claim.cue: claim for claim in extractor.extract(text)}
    assert claims["warns"].speaker == "Beijing"
    assert claims["reports"].speaker == "Taiwan"


def test_a_subordinate_cue_does_not_report_the_clause_it_hangs_on(extractor: ClaimExtractor) -> None:
    """In "… as ruling party claims landslide" the ruling party does not say the opposition rejects the result."""
    text = "Opposition rejects election result as ruling party claims landslide\n\nThe vote was held on Saturday."
    claims = extractor.extract(text)
    assert not any("rejects" in claim.content for claim in claims), [(c.speaker, c.content) for c in claims]


def test_a_name_declared_something_keeps_what_it_was_declared(extractor: ClaimExtractor) -> None:
    text = "Venezuela's electoral council declared President Nicolás Maduro the winner of Sunday's election."
    claim = only(extractor.extract(text))
    assert claim.content == "President Nicolás Maduro the winner of Sunday's election"


def test_a_stance_in_an_infinitive_of_purpose_is_nobodys_claim(extractor: ClaimExtractor) -> None:
    text = "The Commission fined Google for abusing its dominance of internet search to favour its own service."
    assert [claim for claim in extractor.extract(text) if "favour" in claim.cue] == []


def test_a_sentence_closed_by_its_speaker_and_cue_is_what_was_said(extractor: ClaimExtractor) -> None:
    """The parse hangs the sentence on "reported" as a phrase of time, not a clause."""
    text = (
        "On the night of July 14, air defense systems intercepted and destroyed 25 drones over the Belgorod region, "
        "the press service of the Russian Ministry of Defense reported."
    )
    claim = only(extractor.extract(text))
    assert claim.content.startswith("On the night of July 14, air defense systems intercepted")
    assert claim.content.endswith("over the Belgorod region")


def test_a_name_run_on_after_a_bodys_country_is_the_speakers(extractor: ClaimExtractor) -> None:
    """The tagger takes "the Air Force of Ukraine Yuriy Ihnat" for one organisation."""
    text = (
        "The General Staff of the Armed Forces of Ukraine did not comment on the information. Earlier, the "
        "spokesman of the Air Force of Ukraine Yuriy Ihnat stated that Russian troops attacked Ukrainian cities."
    )
    claims = extractor.extract(text)
    assert claims[-1].speaker == "the spokesman of the Air Force of Ukraine Yuriy Ihnat"


def test_a_time_between_the_last_comma_and_the_cue_is_no_speaker(extractor: ClaimExtractor) -> None:
    """A parse that leaves "said" without a subject and "last week" between the comma and the verb (as the parser
    does for some long sentences): the time is not who spoke."""
    from spacy.tokens import Doc

    from bot.attribution.claims.speaker_of import _phrase_after_comma

    words = ["Beck", ",", "a", "critic", ",", "last", "week", "said", "it", "failed", "."]
    heads = [3, 3, 3, 7, 7, 6, 7, 7, 9, 7, 7]
    deps = ["compound", "punct", "det", "dep", "punct", "amod", "npadvmod", "ROOT", "nsubj", "ccomp", "punct"]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "ADJ", "NOUN", "VERB", "PRON", "VERB", "PUNCT"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 10)
    assert _phrase_after_comma(doc[7]) is None
    deps[6] = "dep"  # the same words as a phrase of their own, not a time: "…, the press service reported"
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=[True] + [False] * 10)
    found = _phrase_after_comma(doc[7])
    assert found is not None and found.i == 6


def test_an_object_the_parse_made_a_second_subject_is_not_the_speaker(extractor: ClaimExtractor) -> None:
    """The parse reads "cancer" as a second subject of "told"; the speakers are the lawyers, and the women's
    clause keeps its object."""
    text = (
        "Lawyers for thousands of women who say a popular heartburn drug gave them cancer told a jury on Monday "
        "that its maker knew of the risk for years and kept quiet."
    )
    told = next(claim for claim in extractor.extract(text) if claim.cue == "told")
    assert told.speaker.startswith("Lawyers for thousands of women")
    say = next(claim for claim in extractor.extract(text) if claim.cue == "say")
    assert say.content == "a popular heartburn drug gave them cancer"


def test_a_role_the_parse_made_a_second_subject_before_a_name_is_part_of_the_speaker(
    extractor: ClaimExtractor,
) -> None:
    """Machine translation's "Official representative of the department Maria Zakharova noted": the role says for
    whom she speaks. A clause before another subject is no role ("The general stumped, and the campaign …", a
    parse the parser gives some long sentences, built here by hand)."""
    from spacy.tokens import Doc

    from bot.attribution.claims.speaker_of import _with_role_before

    text = "Official representative of the department Maria Zakharova noted that Moscow supports the talks."
    assert extractor.extract(text)[0].speaker == "Official representative of the department Maria Zakharova"
    words = ["The", "general", "stumped", ",", "and", "the", "campaign", "touted", "it", "."]
    heads = [1, 7, 1, 2, 2, 6, 7, 7, 7, 7]
    deps = ["det", "nsubj", "acl", "punct", "cc", "det", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "PUNCT", "CCONJ", "DET", "NOUN", "VERB", "PRON", "PUNCT"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert _with_role_before((5, 7), doc[7]) == (5, 7)


def test_a_ministry_named_with_its_country_is_not_the_ministry_named_before(extractor: ClaimExtractor) -> None:
    text = (
        "The Spokesperson of the Ministry of Foreign Affairs of China Lin Jian at a regular briefing stated that "
        "China opposes the sale. According to the Taiwanese defence ministry, the package includes spare parts."
    )
    speakers = [claim.speaker for claim in extractor.extract(text)]
    assert speakers == ["Lin Jian", "the Taiwanese defence ministry"]


def test_a_body_after_a_dateline_with_a_date_is_the_speaker_not_the_place(extractor: ClaimExtractor) -> None:
    """ "KYIV, Dec 2 - The press service … reported": the parse makes the place the subject and the body its
    apposition; the place is where the story was filed."""
    text = (
        "Ukraine and Russia trade blame over strike on Zaporizhzhia power line\n\n"
        "KYIV, Dec 2 - The press service of the Ukrainian energy ministry reported on Tuesday that a Russian drone "
        "had damaged a high-voltage line feeding the Zaporizhzhia nuclear power plant."
    )
    claim = only(extractor.extract(text))
    assert claim.speaker == "The press service of the Ukrainian energy ministry"
    assert claim.content.startswith("that a Russian drone had damaged")


def test_a_name_set_off_after_the_role_in_according_to_is_the_speaker(extractor: ClaimExtractor) -> None:
    """ "According to its spokeswoman, Yevgenia Yashina, repair crews …": the parse makes the name a subject of
    what was said; it belongs to the source."""
    text = "According to its spokeswoman, Yevgenia Yashina, repair crews could not reach the site."
    claim = only(extractor.extract(text))
    assert claim.speaker == "Yevgenia Yashina"
    assert speaker_as_written(text, claim) == "its spokeswoman, Yevgenia Yashina"
    assert claim.content == "repair crews could not reach the site"
    # Not a name: the rest of the sentence is what was said.
    text = "According to the spokeswoman, Russia lost ground, and the talks stalled."
    assert only(extractor.extract(text)).content.startswith("Russia lost ground")


def test_told_a_briefing_that_reports_the_clause_not_the_briefing(extractor: ClaimExtractor) -> None:
    """The parse may read "that" after "told a regular press briefing" as a dative of a relative clause."""
    text = (
        "Foreign Ministry spokesperson Mao Ning told a regular press briefing that the Philippines had violated "
        "China's sovereignty and should stop its provocations."
    )
    claim = only(extractor.extract(text))
    assert claim.content == "that the Philippines had violated China's sovereignty and should stop its provocations"


def test_what_someone_is_called_on_to_do_after_an_aside_is_part_of_the_call(extractor: ClaimExtractor) -> None:
    """The parse makes "to pressure Israel …" an adverbial clause when an aside stands between it and whom the
    call is addressed to."""
    text = (
        "Lebanese Prime Minister Nawaf Salam called on the United States and France, which brokered the truce, "
        "to pressure Israel to stop its attacks."
    )
    claim = only(extractor.extract(text))
    assert claim.content == (
        "on the United States and France, which brokered the truce, to pressure Israel to stop its attacks"
    )


def test_whom_a_report_quotes_as_saying_is_the_speaker(extractor: ClaimExtractor) -> None:
    text = "State television quoted the ministry as saying that the detainees had received money from abroad."
    claim = only(extractor.extract(text))
    assert speaker_as_written(text, claim) == "the ministry"
    assert claim.content == "that the detainees had received money from abroad"
    # The passive keeps its subject.
    assert only(extractor.extract("He was quoted as saying that the deal was dead.")).speaker == "He"


def test_a_bare_role_is_not_a_person_named_in_a_later_paragraph(extractor: ClaimExtractor) -> None:
    """ "The judge found …" is not the chief executive quoted in the next paragraph."""
    text = (
        "A Madrid court on Wednesday ordered the airline to refund 4,000 passengers.\n\n"
        "The judge found that the airline had failed to prove the strike was an extraordinary circumstance.\n\n"
        '"The strike was outside our control," chief executive Marta Ruiz said in a statement.'
    )
    judge = next(c for c in extractor.extract(text) if c.cue == "found")
    assert judge.speaker == "The judge"


def test_what_a_court_orders_after_a_time_phrase_is_part_of_the_order(extractor: ClaimExtractor) -> None:
    text = (
        "The International Court of Justice ordered both countries in 2023 to refrain from any action that would "
        "change the situation on the ground."
    )
    claim = only(extractor.extract(text))
    assert claim.content == (
        "both countries in 2023 to refrain from any action that would change the situation on the ground"
    )


def test_a_tag_the_parse_split_off_as_a_sentence_reports_the_paragraph_before_it(extractor: ClaimExtractor) -> None:
    """The parse may make ", witnesses said." a sentence of its own (and break the words before it into pieces
    without a subject); what the witnesses said is the paragraph up to the comma."""
    text = (
        "Students clash with police in Dhaka\n\n"
        "Police in Bangladesh's capital fired tear gas and rubber bullets on Sunday to disperse thousands of "
        "students protesting against a quota system for government jobs, witnesses said.\n\n"
        "At least 50 people were injured, according to doctors at Dhaka Medical College Hospital."
    )
    said = next(c for c in extractor.extract(text) if c.cue == "said")
    assert said.speaker == "witnesses"
    assert said.content.startswith("Police in Bangladesh's capital fired tear gas")
    assert said.content.endswith("a quota system for government jobs")


def test_what_a_figure_was_called_is_the_claim_not_the_sentence_it_follows(extractor: ClaimExtractor) -> None:
    """ "…, a figure developing nations called far too low": the parse hangs "a figure" on the speakers and the
    sentence before on the cue; they said the figure was far too low."""
    text = (
        "Negotiators agreed early on Sunday to a deal that would provide $300 billion a year to help poorer "
        "countries cope with climate change, a figure developing nations called far too low."
    )
    called = next(c for c in extractor.extract(text) if c.cue == "called")
    assert (called.speaker, called.content) == ("developing nations", "far too low")


def test_a_headlines_passive_accused_of_is_no_accusation_by_its_subject(extractor: ClaimExtractor) -> None:
    """ "Mayor accused of …" leaves out "was": the mayor is accused; with "by" the accuser is named."""
    text = "Mayor accused of awarding contracts to brother's firm\n\nThe mayor denied it."
    assert [c.cue for c in extractor.extract(text)] == ["denied"]
    claim = only(extractor.extract("Russia accused of war crimes by UN panel"))
    assert (claim.speaker, claim.content) == ("UN panel", "of war crimes")


def test_a_line_that_ends_a_sentence_ends_it_in_text_with_a_paragraph_per_line(extractor: ClaimExtractor) -> None:
    text = (
        "Donald Trump and Ted Cruz traded attacks.\n"
        '"If you noticed, he didn\'t answer your question," Trump said of Cruz. "That\'s what I like."\n'
        "Moments earlier, in his opening remarks, Trump said he was ideally suited for the presidency."
    )
    contents = [c.content for c in extractor.extract(text)]
    assert contents[-1] == "he was ideally suited for the presidency"
    assert not any("Moments" in content for content in contents)
    # A line broken inside a sentence stays one sentence.
    wrapped = "The minister said the border\nwould stay closed until Friday."
    assert only(extractor.extract(wrapped)).content == "the border\nwould stay closed until Friday"


def test_where_a_quote_was_shouted_from_is_not_what_was_shouted(extractor: ClaimExtractor) -> None:
    text = '"Power to the people!" the group shouted from the street outside a north Philadelphia church.'
    assert only(extractor.extract(text)).content == '"Power to the people!"'


def test_a_compliment_before_a_colon_introduces_the_quote(extractor: ClaimExtractor) -> None:
    text = 'Reid gave the Texan a back-handed compliment: "You never have to guess where he is."'
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == ("Reid", '"You never have to guess where he is."')


def test_who_after_a_bare_noun_of_how_is_the_person_named_before_it(extractor: ClaimExtractor) -> None:
    text = '"Go to the refuge," Bundy says to Santilli on camera, who responds enthusiastically: "Okay."'
    claim = next(c for c in extractor.extract(text) if c.cue == "responds")
    assert claim.speaker == "Santilli"


def test_a_speaker_after_an_inverted_cue_that_the_parse_gave_the_next_clause(extractor: ClaimExtractor) -> None:
    text = (
        '"I am not going to call it a mistake, so forget about it," said retired surgeon Ben Carter, asked about '
        "his claim that he had won a scholarship."
    )
    claims = extractor.extract(text)
    said = next(c for c in claims if c.cue == "said")
    assert said.speaker.endswith("Ben Carter")
    assert said.content == '"I am not going to call it a mistake, so forget about it,"'
    # He was asked; he asked nothing.
    assert all("Carter" not in c.speaker for c in claims if c.cue == "asked")


def test_a_participle_the_parse_hung_on_a_quote_tag_is_not_what_was_said(extractor: ClaimExtractor) -> None:
    text = "\"Let's go back six months,\" Sanders said in an interview with CNN's Gloria Borger aired Monday."
    assert only(extractor.extract(text)).content == '"Let\'s go back six months,"'


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("When the mayor said it was great to be home, a man yelled “Stay there!”", "a man", "“Stay there!”"),
        (
            'The columnist Dana Auer went so far as to say: "The platform as we know it is over."',
            "The columnist Dana Auer",
            '"The platform as we know it is over."',
        ),
        (
            "5:05 p.m.\n\nMajorities of Democrats in five states going to the polls Tuesday say they would be "
            "satisfied with both candidates.",
            "Majorities of Democrats in five states",
            "they would be satisfied with both candidates",
        ),
    ],
    ids=["yelled-read-as-a-relative", "went-so-far-as-to-say", "participle-read-as-the-verb"],
)
def test_a_speaker_the_parse_lost(extractor: ClaimExtractor, text: str, speaker: str, content: str) -> None:
    claim = only([c for c in extractor.extract(text) if c.content == content])
    assert speaker_as_written(text, claim) == speaker


def test_a_clause_with_there_after_a_quote_tag_is_still_what_was_said(extractor: ClaimExtractor) -> None:
    text = (
        "The hotel will be renamed ''Coco Beach.'' A spokesman for the buyer said there was a commitment ''to "
        "making this a showcase for the island.''"
    )
    claim = only([c for c in extractor.extract(text) if c.cue == "said"])
    assert claim.content.startswith("there was a commitment")


def test_a_role_inside_a_quote_or_a_name_in_the_next_paragraph_is_not_he(extractor: ClaimExtractor) -> None:
    text = (
        "Rally in California\n\n"
        '"They say the people of California should not decide who the next president will be," he said at the '
        "rally, insisting that the state had enough delegates.\n\n"
        "Zornick's comment highlighted the silence of Democrats."
    )
    claims = [c for c in extractor.extract(text) if c.cue in ("said", "insisting")]
    assert [c.speaker for c in claims] == ["he", "he"]


def test_a_cue_set_off_after_a_connective_reports_the_rest_of_the_sentence(extractor: ClaimExtractor) -> None:
    text = "Instead, Trump told CNN, his policy would merely be “to go after them” if he wins the White House."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (
        "Trump",
        "his policy would merely be “to go after them” if he wins the White House",
    )
    # Words before the cue that are part of what was said stay.
    kept = "Too often, Mr. Clarke said, the debate over coal is infected with tribalism."
    assert (
        only(extractor.extract(kept)).content
        == "Too often, Mr. Clarke said, the debate over coal is infected with tribalism"
    )


def test_a_name_the_parse_hung_on_the_quote_before_it_still_tags_the_quote(extractor: ClaimExtractor) -> None:
    text = (
        "''They were professionals, but also competitors,'' William M. Daley, President Obama's former chief of "
        "staff, said of their time in the administration. ''They'd do the dance.''"
    )
    claim = only(extractor.extract(text))
    assert claim.content.startswith("''They were professionals, but also competitors,''")


def test_a_closing_tag_the_parse_read_as_a_relative_clause(extractor: ClaimExtractor) -> None:
    text = "Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump, the poll found."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (
        "the poll",
        "Eighty-four percent of Latino voters in Florida have an unfavorable view of Trump",
    )


def test_a_described_name_after_an_inverted_cue_with_a_party_tag(extractor: ClaimExtractor) -> None:
    text = (
        '"They are unloading on the secretary," said Oversight ranking Democrat Elijah Cummings (D-Md.). '
        '"It is a farce."'
    )
    claim = only(extractor.extract(text))
    assert claim.speaker.endswith("Elijah Cummings") and claim.content_span == Span(0, len(text))


def test_a_no_break_space_between_a_quote_and_its_cue(extractor: ClaimExtractor) -> None:
    text = "“If anyone wonders why the inquiry is not complete, this report is Exhibit A,”\u00a0added Gowdy."
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == ("Gowdy", text[: text.index("\u00a0")])


def test_a_participle_after_a_quote_takes_no_speaker_after_it(extractor: ClaimExtractor) -> None:
    text = (
        'Obama rebuked critics who say he should call terrorists "radical Islamists," saying calling the group, '
        "also known as ISIL, by another name will do nothing to defeat it."
    )
    saying = next(c for c in extractor.extract(text) if c.cue == "saying")
    assert saying.speaker == "Obama"


def test_a_name_and_its_description_the_parse_made_the_object_of_as(extractor: ClaimExtractor) -> None:
    text = (
        "The drumbeat of names denouncing the nominee Donald Trump grew louder Wednesday as Patti Davis, Ronald "
        "Reagan's daughter, attacked Trump for comments made this week."
    )
    claim = only([c for c in extractor.extract(text) if c.cue == "attacked"])
    assert claim.speaker == "Patti Davis"


def test_a_time_before_the_speaker_is_not_part_of_it(extractor: ClaimExtractor) -> None:
    text = "Twenty-two years ago, a Times article hailed Trump as “The Comeback Kid” for the business success."
    claim = only(extractor.extract(text))
    assert speaker_as_written(text, claim) == "a Times article"
    # What it hailed him as, though the parse hung "as" on the article.
    assert claim.content.startswith("Trump as “The Comeback Kid”")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "PARIS, March 3 (AFP) - For the researcher Jean Dupont, the pension reform will hit the poorest hardest.",
            "the researcher Jean Dupont",
            "the pension reform will hit the poorest hardest",
        ),
        ('For the unions, this reform is "a provocation".', "the unions", 'this reform is "a provocation"'),
        (
            'For Prime Minister Élisabeth Borne, "there is no alternative."',
            "Prime Minister Élisabeth Borne",
            '"there is no alternative."',
        ),
    ],
)
def test_a_view_held_by_whom_the_sentence_opens_with(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    claim = only(extractor.extract(text))
    assert (speaker_as_written(text, claim), claim.cue, claim.content) == (speaker, "For", content)


@pytest.mark.parametrize(
    "text",
    [
        "For the moment, the strikes are limited to the railways.",
        "For many years, the reform was blocked by the Senate.",
        "For France, the tournament ended in the group stage.",
        "For the first time, the museum opened at night.",
        "For Mr. Obama, it was a day of celebration.",
        "For Trump, Florida's all-or-nothing contest represents a momentous win.",
    ],
)
def test_a_time_or_a_place_opening_the_sentence_holds_no_view(extractor: ClaimExtractor, text: str) -> None:
    assert extractor.extract(text) == []


def test_he_after_but_is_whoever_opened_the_sentence_with_a_cue(extractor: ClaimExtractor) -> None:
    text = (
        'Senate fight\n\nReid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a '
        'back-handed compliment: "You never have to guess where he is. He\'s not winning contests here."'
    )
    claim = next(c for c in extractor.extract(text) if "compliment" in c.cue)
    assert claim.speaker == "Reid"


def test_a_spaced_dash_ends_the_sentence_before_a_speaker(extractor: ClaimExtractor) -> None:
    text = (
        "Mrs. Clinton is seen as far more capable of dealing with racial tensions than Mr. Trump - 60 percent of "
        "voters said Mrs. Clinton would be better at handling the issue."
    )
    claim = only(extractor.extract(text))
    assert speaker_as_written(text, claim) == "60 percent of voters"
    assert claim.content == "Mrs. Clinton would be better at handling the issue"
    # A dash closing an aside before the speaker ends what came before too.
    aside = (
        'And although former governor Martin Lane lamented her gaffes - "does she have to keep giving them '
        'ammunition?" - Democrats in Iowa who watched the debate said they were unfazed by the flap.'
    )
    said = only([c for c in extractor.extract(aside) if c.cue == "said"])
    assert said.content == "they were unfazed by the flap"


def test_the_minister_is_not_the_spokesman_quoted_just_before(extractor: ClaimExtractor) -> None:
    text = (
        '"We need rent controls, not announcements," said its spokesman, Javier Gil.\n\n'
        'The minister defended that the plan "is the largest in the history of democracy".'
    )
    claim = next(c for c in extractor.extract(text) if c.cue == "defended")
    assert claim.speaker != "Javier Gil"


def test_the_senator_continues_a_candidate_quoted_just_before(extractor: ClaimExtractor) -> None:
    text = (
        '"We have come a long way," said Democratic presidential candidate Bernie Sanders.\n\n'
        'The Vermont senator added: "There is nothing we cannot accomplish."'
    )
    claim = next(c for c in extractor.extract(text) if c.cue == "added")
    assert claim.speaker.endswith("Bernie Sanders")


def test_a_verb_and_its_particle_after_a_quote_tag_it(extractor: ClaimExtractor) -> None:
    text = "“The mayor wants a fight tonight,” Dalton shot back. “Let me finish.”\n“Not so fast,” Ruiz fired back."
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims] == [
        ("Dalton", "“The mayor wants a fight tonight,” Dalton shot back. “Let me finish.”"),
        ("Ruiz", "“Not so fast,”"),
    ]


def test_a_quote_tagged_by_a_pronoun_ends_before_the_tag_at_a_line_end(extractor: ClaimExtractor) -> None:
    # The tag's setting ("as … continued to interject") runs to the end of the line; what was said is the quote.
    text = "Councillor Ana Dalton spoke first.\n“Quiet,” she demanded, as Ruiz continued to interject.\n"
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == ("Councillor Ana Dalton", "“Quiet,”")


def test_a_name_with_its_state_set_off_by_commas_is_the_speaker(extractor: ClaimExtractor) -> None:
    text = (
        "Dalton, exasperated, famously responded: “What difference does it make now?”\n\n"
        "Mayor Ana Dalton, visibly angry, said the audit was false."
    )
    claims = extractor.extract(text)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("Dalton", "responded", "“What difference does it make now?”"),
        ("Mayor Ana Dalton", "said", "the audit was false"),
    ]


def test_a_described_age_after_a_quote_is_its_speaker(extractor: ClaimExtractor) -> None:
    # The parse reads "the 51-year-old asked" as a noun and a participle describing it.
    text = (
        "Ana Dalton posted the video on Thursday.\n\n"
        "“What if the mayor had taken lessons?” the 51-year-old asked in the video’s caption.\n"
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == (
        "the 51-year-old",
        "asked",
        "“What if the mayor had taken lessons?”",
    )


def test_a_quote_before_a_cue_said_to_someone_is_what_was_said(extractor: ClaimExtractor) -> None:
    text = (
        "Senator Luis Ruiz spoke on Tuesday. “Let me make it very clear, if I haven’t ten times before, that the mayor "
        "is unfit to lead,” he asserted to reporters on Tuesday."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (
        "Senator Luis Ruiz",
        "“Let me make it very clear, if I haven’t ten times before, that the mayor is unfit to lead,”",
    )


def test_a_man_calling_himself_a_name_after_an_inverted_tag_is_the_speaker(extractor: ClaimExtractor) -> None:
    text = '"Whoever opens the borders has no place here!" wrote a man calling himself Paul Paul.'
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.content) == (
        "a man calling himself Paul Paul",
        '"Whoever opens the borders has no place here!"',
    )


def test_a_newspapers_name_after_a_quote_and_its_tag_is_not_what_was_said(extractor: ClaimExtractor) -> None:
    # The parse reads "Bild am Sonntag" as a clause hung on "told".
    text = (
        "Finance Minister Lena Vogt rejected the calls. “The budget rule is not an obstacle, it is a protection for "
        "future generations,” Vogt told the newspaper Bild am Sonntag."
    )
    told = next(c for c in extractor.extract(text) if c.cue == "told")
    assert told.content == "“The budget rule is not an obstacle, it is a protection for future generations,”"


def test_an_answer_set_off_after_a_clause_answers_that_clause(extractor: ClaimExtractor) -> None:
    text = (
        "The spokesman said that the neighbours supply the rebels with weapons, which the neighbours deny.\n\n"
        "Officials say the militia shelled the bridge, a charge the militia rejects.\n\n"
        "The army said the strike killed 20 fighters, which local officials disputed."
    )
    claims = extractor.extract(text)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("The spokesman", "said", "that the neighbours supply the rebels with weapons"),
        ("the neighbours", "deny", "that the neighbours supply the rebels with weapons"),
        ("Officials", "say", "the militia shelled the bridge"),
        ("the militia", "rejects", "the militia shelled the bridge"),
        ("The army", "said", "the strike killed 20 fighters"),
        ("local officials", "disputed", "the strike killed 20 fighters"),
    ]
    # after an accusation, what it accuses of; a passive answer and an answer with its auxiliary
    text = (
        "The union accused the company of hiding the losses, an allegation the company dismissed.\n\n"
        "The ministry said 40 soldiers were killed, a claim denied by the rebels.\n\n"
        "The mayor says the council hid the audit, which the council has repeatedly denied."
    )
    claims = extractor.extract(text)
    assert [(c.speaker, c.cue, c.content) for c in claims] == [
        ("The union", "accused", "the company of hiding the losses"),
        ("the company", "dismissed", "the company of hiding the losses"),
        ("The ministry", "said", "40 soldiers were killed"),
        ("the rebels", "denied", "40 soldiers were killed"),
        ("The mayor", "says", "the council hid the audit"),
        ("the council", "has repeatedly denied", "the council hid the audit"),
    ]


def test_a_body_named_after_a_dateline_keeps_its_name(extractor: ClaimExtractor) -> None:
    # The tagger reads "March 4 - The Turkish Ministry of National Defence" as one date.
    text = "ANKARA, March 4 - The Turkish Ministry of National Defence said on Tuesday that jets violated the airspace."
    assert [c.speaker for c in extractor.extract(text)] == ["The Turkish Ministry of National Defence"]


def test_a_translated_cue_with_the_day_before_its_object(extractor: ClaimExtractor) -> None:
    # Machine translation from French or Arabic keeps the day before the object; the parse reads the verb as a
    # participle describing the ministry and the object as part of the day.
    text = (
        "The Egyptian Ministry of Foreign Affairs condemned on Sunday Ethiopia's announcement of the completion of "
        "the dam, considering it a violation of the agreement signed in 2015."
    )
    claim = only(extractor.extract(text))
    assert (claim.speaker, claim.cue, claim.content) == (
        "The Egyptian Ministry of Foreign Affairs",
        "condemned",
        "Ethiopia's announcement of the completion of the dam",
    )


def test_quote_tags_the_parse_misses_after_a_quote(extractor: ClaimExtractor) -> None:
    text = (
        "The mayor spoke on Sunday.\n\n"
        "“Voters are looking at the full picture,” Dalton told ABC News.\n\n"
        "''You'll start to see more depth to the person,'' Mr. Ruiz continued, referring to more appearances.\n\n"
        '"Better watch out for illegal conduct by the clerk," tweeted another.'
    )
    quoted = [(c.speaker, c.cue, c.content) for c in extractor.extract(text) if c.quote]
    assert quoted == [
        ("Dalton", "told", "“Voters are looking at the full picture,”"),
        ("Mr. Ruiz", "continued", "''You'll start to see more depth to the person,''"),
        ("another", "tweeted", '"Better watch out for illegal conduct by the clerk,"'),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # The parse makes the quoted object the subject of "said", and the spokesperson an apposition inside it;
        (
            'Vietnam on Sunday firmly opposed the "transit" of Philippine leader Ferdinand Marcos through Japan, a '
            "spokesperson for the Foreign Ministry of Vietnam said.",
            "a spokesperson for the Foreign Ministry of Vietnam",
            'Vietnam on Sunday firmly opposed the "transit" of Philippine leader Ferdinand Marcos through Japan',
        ),
        # and may hang that "said" on the verb before it.
        (
            'China on Sunday firmly opposed the "stopover" of Philippine President Marcos through the United States, '
            "a spokesperson for the Foreign Ministry said.",
            "a spokesperson for the Foreign Ministry",
            'China on Sunday firmly opposed the "stopover" of Philippine President Marcos through the United States',
        ),
    ],
)
def test_a_closing_tag_whose_speaker_the_parse_hid_in_the_object_before_it(
    extractor: ClaimExtractor, text: str, speaker: str, content: str
) -> None:
    claims = extractor.extract(text)
    assert [(c.speaker, c.content) for c in claims if c.cue == "said"] == [(speaker, content)]
    assert not any("spokesperson" in c.content for c in claims)


def test_what_was_done_without_saying_it_is_no_claim(extractor: ClaimExtractor) -> None:
    text = (
        "Bolivia's electoral tribunal declared Governor Luis Arce the winner of Sunday's vote with 53 percent, "
        "without publishing the results from each polling station."
    )
    assert [c.cue for c in extractor.extract(text)] == ["declared"]


def test_a_closing_tag_the_parse_joined_to_the_sentences_verb_names_its_own_speaker(
    extractor: ClaimExtractor,
) -> None:
    # No "and" joins "said" to "ordered": the tag closes the sentence, and the charity, not the government, speaks.
    text = (
        "The Greek government ordered the rescue ship Humanity 1 to dock in the port of Volos, about 900 kilometres "
        "from where it picked up 52 migrants off Libya, the charity SOS Humanity said on Sunday."
    )
    said = [(c.speaker, c.content) for c in extractor.extract(text) if c.cue == "said"]
    assert said == [
        (
            "the charity SOS Humanity",
            "The Greek government ordered the rescue ship Humanity 1 to dock in the port of Volos, about 900 "
            "kilometres from where it picked up 52 migrants off Libya",
        )
    ]


def test_a_name_opening_a_paragraph_the_parse_read_as_an_adverb_speaks(extractor: ClaimExtractor) -> None:
    text = "The plant restarted on Monday.\n\nTEPCO said the reactor had passed every safety check."
    assert [(c.speaker, c.content) for c in extractor.extract(text)] == [
        ("TEPCO", "the reactor had passed every safety check")
    ]


def test_a_setting_set_off_after_the_speakers_name_is_not_part_of_it(extractor: ClaimExtractor) -> None:
    text = "President Maria Lindqvist, in a televised address, called the attack on parliament an act of treason."
    assert [c.speaker for c in extractor.extract(text)] == ["President Maria Lindqvist"]


def test_what_was_called_for_after_the_day_it_was_called(extractor: ClaimExtractor) -> None:
    text = "Portugal's four main teachers' unions called on Friday for a new day of strikes against the pay offer."
    assert [(c.cue, c.content) for c in extractor.extract(text)] == [
        ("called", "for a new day of strikes against the pay offer")
    ]


def test_a_day_after_the_cue_is_not_who_is_called_on(extractor: ClaimExtractor) -> None:
    text = "The Houthis claimed on Monday to have shot down a U.S. drone over Yemen."
    assert [(c.cue, c.content) for c in extractor.extract(text)] == [
        ("claimed", "to have shot down a U.S. drone over Yemen")
    ]


def test_it_carries_on_a_subject_the_tagger_missed_but_its_apposition_names_a_body(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "A hacking group claimed on Tuesday to have stolen the personal details of 560 million customers of "
        "Ticketmaster and demanded a $500,000 ransom, according to a post on a dark-web forum.\n\n"
        "Live Nation, Ticketmaster's parent company, confirmed in a regulatory filing on Friday that it had "
        'identified "unauthorized activity" in a third-party cloud database containing company data. It said it '
        "did not believe the incident would have a material impact on its business."
    )
    assert [c.speaker for c in extractor.extract(text)][-1] == "Live Nation"


def test_a_closing_tag_with_its_own_subject_read_as_a_second_verb(extractor: ClaimExtractor) -> None:
    text = (
        "Nurses at three hospitals in the region voted overwhelmingly to strike next month, their union announced "
        "on Thursday, after talks with the health board broke down."
    )
    assert [(c.speaker, c.content) for c in extractor.extract(text)] == [
        ("their union", "Nurses at three hospitals in the region voted overwhelmingly to strike next month")
    ]


def test_whom_a_speaker_cites_is_part_of_the_closing_tag(extractor: ClaimExtractor) -> None:
    text = (
        "ROME - At least 61 migrants are feared dead after their rubber boat sank off Libya, the International "
        "Organization for Migration (IOM) said on Sunday, citing survivors."
    )
    assert [c.content for c in extractor.extract(text)] == [
        "At least 61 migrants are feared dead after their rubber boat sank off Libya"
    ]


def test_a_name_joined_by_an_ampersand_is_one_speaker(extractor: ClaimExtractor) -> None:
    text = (
        "Skyway said it would ground 40 jets.\n\n"
        "Pratt & Whitney, a unit of RTX, said it was working closely with customers to minimise disruption."
    )
    assert [c.speaker for c in extractor.extract(text)][-1] == "Pratt & Whitney"


def test_a_bracket_the_words_opened_is_closed_in_them(extractor: ClaimExtractor) -> None:
    text = (
        "Ethiopia announced on Sunday that it had completed the final filling of the Grand Ethiopian Renaissance "
        "Dam (GERD), drawing a sharp response from Egypt."
    )
    assert next(c.content for c in extractor.extract(text)).endswith("Dam (GERD)")


def test_she_is_no_name_holding_a_figure(extractor: ClaimExtractor) -> None:
    text = (
        "BAKU - Nearly 200 countries agreed at the COP29 climate summit on Sunday on a new finance goal.\n\n"
        'India\'s delegate Chandni Raina called the sum "abysmally poor". "This is an optical illusion," she told '
        "the plenary."
    )
    assert [c.speaker for c in extractor.extract(text)][-1] == "India's delegate Chandni Raina"


def test_the_platform_written_on_is_no_claim(extractor: ClaimExtractor) -> None:
    text = (
        "The Kachin Independence Army denied it. Writing on Telegram, the group said its fighters had only "
        "defended themselves."
    )
    assert [c.cue for c in extractor.extract(text)] == ["denied", "said"]


def test_a_clause_the_parse_hung_on_the_platform_a_post_was_on_is_what_was_said(extractor: ClaimExtractor) -> None:
    text = (
        "An adviser to its commander, Bashir Ahmed, said in a post on the X platform that the forces had withdrawn "
        'from the city "to preserve the lives of civilians".'
    )
    assert [c.content for c in extractor.extract(text)] == [
        'that the forces had withdrawn from the city "to preserve the lives of civilians"'
    ]


def test_what_only_points_at_words_said_elsewhere_is_no_claim(extractor: ClaimExtractor) -> None:
    text = (
        "Abdel Fattah al-Burhan congratulated the Sudanese people on the victory, according to what was reported "
        "by the Sudan News Agency."
    )
    assert all(c.content != "what" for c in extractor.extract(text))


def test_who_after_a_role_and_its_posting_is_the_person_not_the_place(extractor: ClaimExtractor) -> None:
    text = "A Western diplomat in Tbilisi, who asked not to be named, said the embassies had raised the detentions."
    asked = next(c for c in extractor.extract(text) if c.cue == "asked")
    assert asked.speaker != "Tbilisi"
    assert "diplomat" in asked.speaker


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's foreign office urged Kabul to act against militants it says use Afghan soil to attack Pakistan, "
        "an accusation the Taliban have repeatedly denied.",
        "India's foreign ministry urged Dhaka to act against smugglers it says use the river to move arms into "
        "Assam, an accusation Bangladesh has repeatedly denied.",
    ],
)
def test_a_relative_clause_without_that_says_what_the_noun_does(extractor: ClaimExtractor, text: str) -> None:
    """ "militants it says use Afghan soil": the parse may make "says" the sentence's main verb; what is said is
    of the militants, by the subject of the clause they are in, and that is what the answer denies."""
    claims = extractor.extract(text)
    said = next(c for c in claims if c.cue == "says")
    assert said.content.endswith(("to attack Pakistan", "into Assam"))
    assert not said.content.startswith(("Pakistan", "India"))
    assert "foreign" in said.speaker
    denied = next(c for c in claims if c.cue.endswith("denied"))
    assert denied.content == said.content


def test_who_after_a_thing_someone_knows_is_that_someone(extractor: ClaimExtractor) -> None:
    text = "A senior official familiar with the talks, who asked not to be named, said the deal was close."
    asked = next(c for c in extractor.extract(text) if c.cue == "asked")
    assert "official" in asked.speaker


def test_they_of_an_as_aside_is_the_sentence_subject_not_the_people_named_last(extractor: ClaimExtractor) -> None:
    text = (
        "The fishermen, in turn, blocked the port over the import of Norwegian salmon, which, as they claim, "
        '"ruins the local market".'
    )
    claimed = next(c for c in extractor.extract(text) if c.cue == "claim")
    assert claimed.speaker == "The fishermen"


def test_he_after_a_surname_the_tagger_missed_is_that_person(extractor: ClaimExtractor) -> None:
    text = (
        "NAIROBI, Nov 28 (Reuters) - Kenya's High Court on Tuesday declared unconstitutional a 1.5% levy on "
        "workers' gross salaries introduced to fund President William Ruto's affordable housing programme.\n\n"
        "Solicitor General Peter Kamau told reporters outside the court that a notice of appeal would be filed "
        '"within hours."\n\n'
        "Ruto, speaking at a rally in Kisii, struck a defiant tone. "
        '"We will build these houses, whether they like it or not," he told the crowd.'
    )
    told = [c for c in extractor.extract(text) if c.content.startswith('"We will')]
    assert [c.speaker for c in told] == ["President William Ruto"]
