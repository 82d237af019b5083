"""Neutral wording: loaded verbs and framing outside quotes, speech acts kept, quotes verbatim."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain import Claim, Span
from bot.summary.neutral import (
    display_speaker,
    has_framing,
    loaded_verbs_outside_quotes,
    neutralize,
    point_text,
    quoted_strings,
    segments,
    shorten,
    speaker_on_side,
)
from tests.support.summary import claim_in, span_of


@pytest.mark.parametrize(
    ("loaded", "neutral"),
    [
        ("The minister claimed the vote was rigged.", "The minister said the vote was rigged."),
        ("She admitted the plan had failed.", "She said the plan had failed."),
        ("He insists the army withdrew.", "He says the army withdrew."),
        ("Officials conceded that prices rose.", "Officials said that prices rose."),
        ("The mayor slammed the decision.", "The mayor criticised the decision."),
        ("Critics hit out at the ruling.", "Critics criticised the ruling."),
    ],
)
def test_loaded_verbs_become_neutral(loaded: str, neutral: str) -> None:
    assert neutralize(loaded) == neutral
    assert loaded_verbs_outside_quotes(neutralize(loaded)) == []


@pytest.mark.parametrize(
    "kept",
    [
        "Azerbaijan denied the incident.",
        "Armenia accused Azerbaijani forces of opening fire.",
        "The separatists urged residents to stay home.",
        "The UN warned of famine and called for a truce.",
        "The claims were rejected.",
        "The alleged attacker was arrested.",
    ],
)
def test_speech_acts_with_content_and_nouns_stay(kept: str) -> None:
    assert neutralize(kept) == kept


def test_words_inside_quotes_are_never_changed() -> None:
    text = "He said the “self-styled” leader had “admitted defeat” after a lightning strike."
    assert neutralize(text) == "He said the “self-styled” leader had “admitted defeat” after a strike."
    assert loaded_verbs_outside_quotes(neutralize(text)) == []
    assert not has_framing(neutralize(text))


def test_typewriter_quotes_are_quotes_too() -> None:
    text = "''We admitted nothing,'' the aide claimed."
    assert neutralize(text) == "''We admitted nothing,'' the aide said."
    assert [part.text for part in segments(text) if part.quoted] == ["''We admitted nothing,''"]


def test_framing_is_dropped_and_the_article_fixed() -> None:
    assert neutralize("after a lightning victory over the so-called republic") == "after a victory over the republic"
    assert neutralize("an embattled leader") == "a leader"
    assert neutralize("the regime's army") == "the government's army"
    assert has_framing("a self-styled republic")


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("Opposition alleges fraud", "Opposition alleges fraud"),
        ("The rebels claimed victory in the battle.", "The rebels claimed victory in the battle."),
        ("She admitted to lying.", "She admitted to lying."),
        ("He insisted repeatedly that it was fine.", "He said repeatedly that it was fine."),
        ("He alleged the vote was rigged.", "He said the vote was rigged."),
        ("the aide claimed.", "the aide said."),
    ],
)
def test_a_loaded_verb_becomes_said_only_where_said_can_stand(text: str, neutral: str) -> None:
    """ "says fraud" is no sentence: before a bare noun or a preposition the verb stays as written."""
    assert neutralize(text) == neutral


@pytest.mark.parametrize(
    ("text", "neutral"),
    [
        ("Poland's disciplinary regime for judges", "Poland's disciplinary regime for judges"),
        ("a sanctions regime", "a sanctions regime"),
        ("the Assad regime", "the Assad government"),
        ("the brutal regime", "the government"),
        ("Syria's regime said", "Syria's government said"),
    ],
)
def test_regime_is_government_only_where_it_names_one(text: str, neutral: str) -> None:
    assert neutralize(text) == neutral


def test_a_cut_does_not_end_on_a_word_joining_what_it_removed() -> None:
    text = "officers had used live ammunition and that at least two people had been shot dead"
    assert shorten(text, 10) == "officers had used live ammunition …"


def test_single_quotes_count_as_quotes_but_apostrophes_do_not() -> None:
    text = "Farage said politicians must 'feel the heat' and it's time they admitted nothing."
    assert quoted_strings(text) == ["feel the heat"]
    assert loaded_verbs_outside_quotes(text) == ["admitted"]


def test_point_keeps_speech_act_and_drops_said() -> None:
    text = "Azerbaijan immediately denied the incident. The ministry said its troops were attacked."
    denial = claim_in(text, "Azerbaijan", "denied", "the incident")
    said = claim_in(text, "The ministry", "said", "its troops were attacked")
    assert point_text(denial, text, 20) == "denied the incident."
    assert point_text(said, text, 20) == "its troops were attacked."


def test_a_sentence_said_before_its_cue_is_shown_without_the_cue() -> None:
    text = "The nurses will strike next week, declared on Monday the nursing union SATSE."
    inverted = claim_in(text, "the nursing union SATSE", "declared", "The nurses will strike next week")
    assert point_text(inverted, text, 20) == "The nurses will strike next week."


def test_a_passive_cue_with_its_agent_is_told_as_the_agents_act() -> None:
    text = "It was announced by the Labour Ministry on Friday that a mediator had been appointed."
    passive = claim_in(text, "the Labour Ministry", "was announced", "that a mediator had been appointed")
    assert point_text(passive, text, 20) == "announced that a mediator had been appointed."


def test_claim_with_a_thing_for_its_object_keeps_its_verb() -> None:
    """Laying claim to something is the plain idiom; "said" could not stand in for it, and without a verb the
    point would read "Beijing: almost the entire South China Sea"."""
    text = "JNIM claimed responsibility for the attack. Beijing claims almost the entire sea. Kyiv claimed it won."
    responsibility = claim_in(text, "JNIM", "claimed", "responsibility for the attack")
    sea = claim_in(text, "Beijing", "claims", "almost the entire sea")
    won = claim_in(text, "Kyiv", "claimed", "it won")
    assert point_text(responsibility, text, 20) == "claimed responsibility for the attack."
    assert point_text(sea, text, 20) == "claims almost the entire sea."
    assert point_text(won, text, 20) == "it won."
    assert loaded_verbs_outside_quotes("JNIM claimed responsibility for the attack.") == []
    assert loaded_verbs_outside_quotes("Kyiv claimed that it won.") == ["claimed"]


def test_a_second_that_hung_on_the_unshown_said_goes_with_it() -> None:
    text = "The minister said the toll was 298 and that cases had fallen, and that “it is over”."
    claim = claim_in(text, "The minister", "said", "the toll was 298 and that cases had fallen")
    assert point_text(claim, text, 20) == "the toll was 298 and cases had fallen."
    peskov = "Peskov said that Moscow remained open to talks but that Kyiv had to accept the new realities."
    but = claim_in(
        peskov, "Peskov", "said", "that Moscow remained open to talks but that Kyiv had to accept the new realities"
    )
    assert point_text(but, peskov, 20) == "Moscow remained open to talks but Kyiv had to accept the new realities."
    quoted = claim_in(text, "The minister", "said", "the toll was 298 and that cases had fallen, and that “it is over”")
    assert point_text(quoted, text, 20).startswith("the toll was 298 and that cases")
    # One "and that" outside the quote marks goes, whatever is quoted after it.
    text = 'His lawyer said his client was innocent and that the case was "political revenge".'
    claim = claim_in(text, "His lawyer", "said", 'his client was innocent and that the case was "political revenge"')
    assert point_text(claim, text, 20) == 'his client was innocent and the case was "political revenge".'


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Hezbollah did not say how he was killed.", "did not say", "how he was killed"),
        ("The army has never said who fired first.", "has never said", "who fired first"),
        ("The firm didn't say whether jobs would go.", "didn't say", "whether jobs would go"),
    ],
)
def test_a_negated_saying_verb_stays_with_its_negation(text: str, cue: str, content: str) -> None:
    """Shown without its cue, "did not say how he was killed" would read as if the speaker had said it."""
    claim = claim_in(text, text.split(" ", 1)[0], cue, content)
    assert point_text(claim, text, 20) == f"{cue} {content}."


def test_point_after_as_someone_put_it_shows_only_the_content() -> None:
    text = "As the ministry put it, the talks are over."
    claim = claim_in(text, "the ministry", "put", "the talks are over")
    assert point_text(claim, text, 20) == "the talks are over."


def test_an_estimate_keeps_its_verb() -> None:
    text = "Organisers put the crowd at more than 100,000."
    claim = claim_in(text, "Organisers", "put", "the crowd at more than 100,000")
    assert point_text(claim, text, 20) == "put the crowd at more than 100,000."


def test_point_for_a_loaded_cue_shows_only_the_content() -> None:
    text = "The general claimed that 300 fighters had surrendered."
    claim = claim_in(text, "The general", "claimed", "300 fighters had surrendered")
    assert point_text(claim, text, 20) == "300 fighters had surrendered."


def test_a_noun_cue_whose_content_is_only_a_topic_keeps_the_noun() -> None:
    text = "Ford gave testimony detailing her allegations of assault against the nominee. Her claim that he lied stood."
    topic = claim_in(text, "her", "allegations", "assault against the nominee")
    proposition = claim_in(text, "Her", "claim", "he lied")
    assert point_text(topic, text, 20) == "allegations of assault against the nominee."
    assert point_text(proposition, text, 20) == "he lied."
    text = "Trump is doubling down on his attacks on the moderators."
    attacks = claim_in(text, "his", "attacks", "the moderators")
    assert point_text(attacks, text, 20) == "spoke about the moderators."


@pytest.mark.parametrize(
    ("text", "cue", "content", "shown"),
    [
        (
            "The Opposition's not going to vote for it.",
            "'s not going to vote",
            "for it",
            "is not going to vote for it.",
        ),
        (
            "The Kremlin’s accused the envoy of lying.",
            "’s accused",
            "the envoy of lying",
            "has accused the envoy of lying.",
        ),
    ],
)
def test_a_cue_beginning_with_a_clipped_auxiliary_shows_it_whole(text: str, cue: str, content: str, shown: str) -> None:
    claim = claim_in(text, "The", cue, content)
    assert point_text(claim, text, 20) == shown


def test_a_poll_named_as_the_source_of_its_clause_gives_no_lead() -> None:
    text = "In the latest poll, Clinton led Trump by 5 points."
    claim = claim_in(text, "the latest poll", "In", "Clinton led Trump by 5 points")
    assert point_text(claim, text, 20) == "Clinton led Trump by 5 points."


def test_whose_view_opens_the_sentence_gives_no_lead() -> None:
    text = "For the researcher Jean Dupont, the reform will hit the poorest hardest."
    claim = claim_in(text, "the researcher Jean Dupont", "For", "the reform will hit the poorest hardest")
    assert point_text(claim, text, 20) == "the reform will hit the poorest hardest."


def test_a_show_named_between_the_halves_of_a_quote_is_left_out_with_the_cue() -> None:
    text = '"Trump is a fraud," Perez said Sunday on NBC\'s "Meet the Press." "He put his profits first."'
    claim = Claim(
        speaker="Perez",
        speaker_span=span_of(text, "Perez"),
        cue="said",
        cue_span=span_of(text, "said"),
        content=text,
        content_span=Span(0, len(text)),
        quote=True,
    )
    assert point_text(claim, text, 40) == '"Trump is a fraud" … "He put his profits first."'


def test_direct_quote_is_wrapped_verbatim() -> None:
    text = "There is no way we will disarm first, Mr Ri said."
    claim = claim_in(text, "Mr Ri", "said", "There is no way we will disarm first", quote=True)
    rendered = point_text(claim, text, 20)
    assert rendered == "“There is no way we will disarm first”."
    assert all(quote in text for quote in quoted_strings(rendered))


def test_a_quote_continued_from_an_earlier_paragraph_is_wrapped_once() -> None:
    text = "'It is a complete farce.\n\nThere isn't such a thing as a good deal,' he added."
    claim = claim_in(text, "he", "added", "There isn't such a thing as a good deal,'", quote=True)
    assert point_text(claim, text, 20) == "“There isn't such a thing as a good deal”."


@pytest.mark.parametrize("mark", ["'", "“"])
def test_a_quote_running_into_the_next_paragraph_is_shown_by_its_first_paragraph_closed(mark: str) -> None:
    close = "'" if mark == "'" else "”"
    quote = f"{mark}Listen to the people.\n\n{mark}Please drop the plan.{close}"
    text = f"She told reporters: {quote}"
    claim = claim_in(text, "She", "told", quote, quote=True)
    assert point_text(claim, text, 20) == f"{mark}Listen to the people.{close}"


def test_a_quote_interrupted_by_its_cue_keeps_only_its_quoted_halves() -> None:
    text = "“We will not retreat from the north,” the defence minister said, “and we will win this war.”"
    claim = replace(
        claim_in(text, "the defence minister", "said", text, quote=True),
        speaker_span=span_of(text, "the defence minister"),
        cue_span=span_of(text, "said"),
    )
    rendered = point_text(claim, text, 30)
    assert rendered == "“We will not retreat from the north” … “and we will win this war.”"
    assert all(quote in text for quote in quoted_strings(rendered))
    assert shorten(rendered, 8) == "“We will not retreat from the north” …"


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "shown"),
    [
        # The aside splits subject and verb: the sentence closes up.
        (
            "The bank, the union said on Friday, had broken its promise to the tellers.",
            "the union",
            "said",
            "The bank had broken its promise to the tellers.",
        ),
        # The aside follows an opening phrase: the comma that ended the phrase stays.
        (
            "In recent days, aides to the president say, the talks have stalled.",
            "aides to the president",
            "say",
            "In recent days, the talks have stalled.",
        ),
        (
            "Water, as one engineer pointed out, does not flow uphill.",
            "one engineer",
            "pointed out",
            "Water does not flow uphill.",
        ),
        # A cue not set off by commas stays where it is.
        (
            "The bank had broken its promise the union said on Friday to the tellers.",
            "the union",
            "said",
            "The bank had broken its promise the union said on Friday to the tellers.",
        ),
    ],
)
def test_a_cue_set_off_inside_unquoted_words_is_left_out(text: str, speaker: str, cue: str, shown: str) -> None:
    claim = claim_in(text, speaker, cue, text.rstrip("."))
    claim = replace(claim, speaker_span=span_of(text, speaker), cue_span=span_of(text, cue))
    assert point_text(claim, text, 30) == shown


def test_relay_tag_is_removed_from_the_point() -> None:
    text = "The president said the war was over, reports AFP."
    claim = claim_in(text, "The president", "said", "the war was over, reports AFP")
    assert point_text(claim, text, 20, conduits=("AFP",)) == "the war was over."


def test_shortening_cuts_at_a_clause_and_closes_open_quotes() -> None:
    text = "he said “we will never accept this decision, whatever the cost to our people and our economy”"
    short = shorten(text, 8)
    assert short.endswith("” …")
    assert all(quote in text for quote in quoted_strings(short))
    assert shorten("one two three, four five six seven eight nine", 7) == "one two three …"


def test_a_cut_never_leaves_only_the_opening_phrase_of_time() -> None:
    text = "on the night of March 5, Russian troops attacked the city of Odesa with 12 drones and missiles"
    assert shorten(text, 12) == "on the night of March 5, Russian troops attacked the city …"


def test_a_cut_inside_a_quote_without_a_clause_break_falls_before_a_phrase() -> None:
    text = "“This is a dangerous and illegal act that put the lives of our sailors at risk”."
    assert shorten(text, 10) == "“This is a dangerous and illegal act” …"


def test_a_cut_inside_a_quote_falls_after_its_last_whole_sentence() -> None:
    text = (
        "Andriy Koval: «Ukraine fulfilled and fulfils all the obligations of the reliable transit state. The "
        "threats from Budapest do not help to the dialogue between the companies»."
    )
    assert shorten(text, 20) == (
        "Andriy Koval: «Ukraine fulfilled and fulfils all the obligations of the reliable transit state.» …"
    )
    # A title's full stop ends no sentence; without a sentence end the quote loses its dangling words.
    text = "he said “Mr. Smith and the U.S. Army went there to see the things that nobody else wanted to see at all”"
    assert shorten(text, 14) == "he said “Mr. Smith and the U.S. Army went there to see the things” …"


def test_a_cut_inside_a_one_sentence_quote_falls_after_its_last_whole_clause() -> None:
    # «"…, but neither" …» reads as if the speaker said less than they did; the whole clause before it does not.
    text = 'Sanam Vakil: "Both sides want to be seen talking, but neither can afford to be seen giving in".'
    assert shorten(text, 11) == 'Sanam Vakil: "Both sides want to be seen talking" …'


def test_a_quote_cut_a_few_words_before_its_first_sentence_ends_keeps_that_sentence() -> None:
    # «"As a result of the attack" …» says nothing the speaker said; the sentence it opens does.
    text = "“As a result of the attack, the power plant was damaged. There are no casualties at the plant.”"
    assert shorten(text, 8) == "“As a result of the attack, the power plant was damaged.” …"


def test_a_cut_never_leaves_a_quote_cut_short() -> None:
    """ "feared for" in quote marks reads as all the officer said: a quote with a few words left is kept whole,
    a longer one is left out when enough comes before it."""
    text = 'the man had reached for a weapon and the officer "feared for his life"'
    assert shorten(text, 12) == text
    text = 'the bank would keep its stance "until a significant and sustained decline in monthly inflation is seen"'
    assert shorten(text, 10) == "the bank would keep its stance …"


def test_without_a_clause_break_the_cut_falls_before_a_phrase() -> None:
    text = "it had halted military action in Nagorno-Karabakh after its success on the battlefield forced a truce"
    assert shorten(text, 9) == "it had halted military action in Nagorno-Karabakh …"
    assert shorten(text, 12) == "it had halted military action in Nagorno-Karabakh after its success …"


def test_a_cut_never_ends_on_an_article_or_a_preposition() -> None:
    text = "it would convene a new meeting of the ministers of the three countries next month"
    assert shorten(text, 8) == "it would convene a new meeting …"


def test_a_cut_never_ends_on_a_reporting_verb_split_from_its_object() -> None:
    text = "the investigations were too slow and called for an independent inquiry into the abuses."
    assert shorten(text, 12) == "the investigations were too slow …"
    assert shorten("fighting between Armenia and Azerbaijan in the region of Karabakh", 7) == (
        "fighting between Armenia and Azerbaijan …"
    )


@given(
    st.lists(
        st.sampled_from(["alpha", "beta,", "“gamma", "delta”", "'eps", "zeta'", "said", "—", "eta."]), max_size=40
    ),
    st.integers(min_value=1, max_value=30),
)
def test_every_quote_in_a_shortened_text_is_verbatim(words: list[str], limit: int) -> None:
    source = " ".join(words)
    for quote in quoted_strings(shorten(source, limit)):
        assert quote.strip(" …") in source


def test_a_long_description_ending_in_a_name_is_shown_by_the_name() -> None:
    speaker = "The press secretary of the Ministry of Defense of Armenia Aram Torosyan"
    assert display_speaker(speaker) == "Aram Torosyan"
    assert display_speaker("a senior official in the defence ministry of the unrecognised republic") == (
        "A senior official in the defence ministry of …"
    )
    # A name and then where the person works: the name, not the affiliation cut off in the middle.
    assert display_speaker("Professor Jane Okafor of the University of Cape Town") == "Professor Jane Okafor"
    assert display_speaker("Cybersecurity expert Alan Woodward of the University of Surrey") == (
        "Cybersecurity expert Alan Woodward"
    )
    assert display_speaker("Alan Woodward of Surrey") == "Alan Woodward of Surrey"
    # A long name of a body and where it works: the body.
    assert display_speaker("The United Nations Military Observer Group in India and Pakistan") == (
        "United Nations Military Observer Group"
    )
    # A body or title capitalised before the name is no part of it; "of the Ministry of Foreign Affairs of" is a
    # description, not a name with its workplace.
    assert display_speaker("the official representative of the Azerbaijani Foreign Ministry Aykhan Hajizada") == (
        "Aykhan Hajizada"
    )
    assert display_speaker("The spokesperson of the Ministry of Foreign Affairs of Armenia Ani Badalyan") == (
        "Ani Badalyan"
    )


def test_a_long_description_on_its_sides_line_drops_the_side_before_it_is_shortened() -> None:
    """ "… of the Ministry of Defense of the Russian Federation" on Russia's line: the words that repeat the side
    go first, so the ministry is not cut off; a description ending in a name is still shown by the name."""
    speaker = "the press service of the Ministry of Defense of the Russian Federation"
    assert display_speaker(speaker, "Russia") == "Press service of the Ministry of Defense"
    assert display_speaker(speaker) == "Press service of the Ministry of Defense of …"
    speaker = "The head of the Ministry of Foreign Affairs of the Russian Federation Sergey Lavrov"
    assert display_speaker(speaker, "Russia") == "Sergey Lavrov"


def test_a_voice_of_a_body_named_by_its_kind_is_shown_with_its_name() -> None:
    """The side already says whose body "the department" is; a head of one keeps the words that say what he heads."""
    assert display_speaker("Official representative of the department Maria Zakharova") == (
        "Official representative Maria Zakharova"
    )
    assert display_speaker("Head of the company John Smith") == "Head of the company John Smith"
    # A long title ending in a body's name and then a person's: the person.
    assert display_speaker("Head of the Odesa Regional Military Administration Oleh Kiper") == "Oleh Kiper"
    assert display_speaker("the head of the State Duma Committee on International Affairs Leonid Slutsky") == (
        "Leonid Slutsky"
    )


def test_display_speaker_drops_a_possessive_pronoun_before_a_name() -> None:
    assert display_speaker("His Azimio coalition") == "Azimio coalition"
    assert display_speaker("Her campaign manager") == "Her campaign manager"
    assert display_speaker("Its spokesman Andrea Tenenti") == "Spokesman Andrea Tenenti"
    assert display_speaker("Their chief negotiator Ana Dalton") == "Chief negotiator Ana Dalton"


def test_display_speaker_drops_article_and_relative_clause() -> None:
    assert display_speaker("The separatists who lead the self-styled “Artsah Republic”") == "Separatists"
    assert display_speaker("this\n\nArmenia") == "Armenia"
    assert display_speaker("a human rights official in the separatist region") == (
        "A human rights official in the separatist region"
    )


@pytest.mark.parametrize(
    ("speaker", "side", "shown"),
    [
        ("Russian President Vladimir Putin", "Russia", "President Vladimir Putin"),
        ("Armenian Defense Ministry", "Armenia", "Defense Ministry"),
        ("A human rights official in the separatist region", "Nagorno-Karabakh separatists", "A human rights official"),
        # What the side does not already say stays.
        ("A senior official at the Pentagon", "United States", "A senior official at the Pentagon"),
        ("Russian President Vladimir Putin", "Ukraine", "Russian President Vladimir Putin"),
        ("Armenians", "Armenia", "Armenians"),
        # A seat of power says which part of the state spoke; a side's name that heads the phrase is the speaker.
        ("Kremlin spokesman Dmitry Peskov", "Russia", "Kremlin spokesman Dmitry Peskov"),
        (
            "The Russian-installed administration of the plant",
            "Russian-installed administration",
            "The Russian-installed administration of the plant",
        ),
        # A speaker that is the side keeps its whole name ("of Investigation" is no place).
        ("State Bureau of Investigation", "State Bureau of Investigation", "State Bureau of Investigation"),
        # The side's name before a role goes; before the body's kind, a legal form or at the end it stays.
        ("A senior Biden administration official", "Biden administration", "A senior official"),
        ("DGB chairwoman Yasmin Fahimi", "DGB", "Chairwoman Yasmin Fahimi"),
        ("Bundesbank President Joachim Nagel", "Bundesbank", "President Joachim Nagel"),
        ("The ruling Georgian Dream party", "Georgian Dream", "The ruling Georgian Dream party"),
        ("Apple Inc", "Apple", "Apple Inc"),
        ("The opposition CDU", "CDU", "The opposition CDU"),
        # The article fits the word that now follows it.
        ("An FDA spokeswoman", "FDA", "A spokeswoman"),
        ("A UN official", "UN", "An official"),
    ],
)
def test_a_speaker_on_its_side_line_does_not_repeat_the_side(speaker: str, side: str, shown: str) -> None:
    assert speaker_on_side(speaker, side) == shown


def test_a_description_keeps_its_verb_as_its_content_needs_it() -> None:
    text = "She described the increase as ‘tone deaf during a crisis’."
    described = claim_in(text, "She", "described", "the increase as ‘tone deaf during a crisis’")
    assert point_text(described, text, 20) == "described the increase as ‘tone deaf during a crisis’."


def test_a_neutral_verb_before_a_noun_phrase_stays_and_before_a_clause_goes() -> None:
    text = "Shell reported record annual profit of $40 billion. The ministry reported that 40 people had died."
    profit = claim_in(text, "Shell", "reported", "record annual profit of $40 billion")
    assert point_text(profit, text, 20) == "reported record annual profit of $40 billion."
    toll = claim_in(text, "The ministry", "reported", "that 40 people had died")
    assert point_text(toll, text, 20) == "40 people had died."


def test_a_speech_act_leads_into_a_quote_with_a_colon() -> None:
    text = '"We will not leave the streets," Gvaramia declared. He warned that "the streets are ours".'
    declared = claim_in(text, "Gvaramia", "declared", '"We will not leave the streets,"', quote=True)
    warned = claim_in(text, "He", "warned", '"the streets are ours"', quote=True)
    assert point_text(declared, text, 20) == 'declared: "We will not leave the streets".'
    assert point_text(warned, text, 20) == 'warned that "the streets are ours".'


def test_a_thing_named_in_a_relative_clause_is_it_after_the_naming_verb() -> None:
    text = (
        "Kurti blamed gangs for the blast, which he called a terrorist attack. He said that Vucic called Kurti a liar."
    )
    called = claim_in(text, "he", "called", "a terrorist attack")
    assert point_text(called, text, 20) == "called it a terrorist attack."
    liar = claim_in(text, "Vucic", "called", "Kurti a liar")
    assert point_text(liar, text, 20) == "called Kurti a liar."


def test_a_colon_leads_only_into_a_whole_quote() -> None:
    text = 'Kurti blamed "gangs orchestrated by Serbia" for the blast. Vucic declared "We had no role".'
    blamed = claim_in(text, "Kurti", "blamed", '"gangs orchestrated by Serbia" for the blast')
    declared = claim_in(text, "Vucic", "declared", '"We had no role"', quote=True)
    assert point_text(blamed, text, 20) == 'blamed "gangs orchestrated by Serbia" for the blast.'
    assert point_text(declared, text, 20) == 'declared: "We had no role".'


def test_what_a_speaker_claims_to_have_done_is_no_rumour() -> None:
    text = (
        "The Houthis claimed to have shot down a U.S. drone. A hacking group claims to be behind the leak. "
        "Vargas claimed to have won the vote."
    )
    houthis = claim_in(text, "The Houthis", "claimed", "to have shot down a U.S. drone")
    hackers = claim_in(text, "A hacking group", "claims", "to be behind the leak")
    vargas = claim_in(text, "Vargas", "claimed", "to have won the vote")
    # "said to have shot down" would tell a rumour about them, not what they said
    assert point_text(houthis, text, 20) == "they had shot down a U.S. drone."
    assert point_text(hackers, text, 20) == "it is behind the leak."
    # no pronoun is known for a bare name: the verb stays rather than turn the meaning round
    assert point_text(vargas, text, 20) == "claimed to have won the vote."


def test_a_passive_cues_agent_is_not_shown_twice() -> None:
    text = "It was announced by the health ministry that an investigation had been opened."
    announced = claim_in(text, "the health ministry", "was announced", "that an investigation had been opened")
    announced = replace(announced, cue_span=span_of(text, "was announced"))
    assert point_text(announced, text, 20) == "announced that an investigation had been opened."


def test_what_was_dismissed_as_something_is_named() -> None:
    text = (
        "Vucic said the protests were financed from abroad, an accusation the students dismissed as an attempt "
        "to discredit them."
    )
    dismissed = claim_in(text, "the students", "dismissed", "as an attempt to discredit them")
    dismissed = replace(dismissed, cue_span=span_of(text, "dismissed"))
    assert point_text(dismissed, text, 20) == "dismissed the accusation as an attempt to discredit them."


def test_a_long_description_is_shown_by_the_whole_name_it_ends_with() -> None:
    shown = display_speaker("Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani", "Qatar")
    assert shown == "Sheikh Mohammed bin Abdulrahman Al Thani"
