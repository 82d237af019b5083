"""Rendering: the text layout, Telegram HTML escaping of hostile text, and the CLI's JSON shape."""

from __future__ import annotations

import html
import re

from bot.domain import Article, Language, Point, Result, SidePoints, Source, SourceKind, Span, Summary
from bot.summary.render import render_html, render_text, same_speaker, summary_to_json

SUMMARY = Summary(
    headline="Ceasefire in Nagorno-Karabakh; Armenia reports shooting, Azerbaijan denies it",
    sides=(
        SidePoints("Armenia", (Point("Defense Ministry", "its troops were attacked near Sotk.", Span(0, 10)),)),
        SidePoints(
            "Azerbaijan",
            (
                Point("Azerbaijan", "denied the incident.", Span(11, 20)),
                Point("President Ilham Aliyev", "Azerbaijan has “restored its sovereignty”.", Span(21, 40)),
                Point("President Ilham Aliyev", "“most” forces were “destroyed”.", Span(41, 60), quote=True),
                Point("Foreign Minister Jeyhun Bayramov", "denied the report.", Span(61, 70), verb_first=True),
            ),
        ),
    ),
    conduits=("Reuters", "AFP"),
)


def test_text_layout() -> None:
    assert render_text(SUMMARY) == (
        "Ceasefire in Nagorno-Karabakh; Armenia reports shooting, Azerbaijan denies it\n\n"
        "Armenia — Defense Ministry: its troops were attacked near Sotk.\n"
        "Azerbaijan — denied the incident. President Ilham Aliyev: Azerbaijan has “restored its sovereignty”; "
        "“most” forces were “destroyed”. Foreign Minister Jeyhun Bayramov denied the report.\n\n"
        "Relayed by Reuters, AFP."
    )


def test_a_point_after_a_semicolon_loses_a_sentence_capital_but_not_a_names() -> None:
    said = (
        Point("A spokesperson", "the government expects moderate growth.", Span(0, 10)),
        Point("A spokesperson", "There is “no reason for alarmism”.", Span(11, 20)),
        Point("A spokesperson", "Germany will grow.", Span(21, 30)),
    )
    summary = Summary(headline="Growth", sides=(SidePoints("Ministry", said),), conduits=())
    assert render_text(summary).splitlines()[-1] == (
        "Ministry — A spokesperson: the government expects moderate growth; there is “no reason for alarmism”; "
        "Germany will grow."
    )


def test_html_bolds_side_names_and_nothing_else() -> None:
    rendered = render_html(SUMMARY)
    assert re.findall(r"</?[a-z]+>", rendered) == ["<b>", "</b>", "<b>", "</b>"]
    assert "<b>Armenia</b> — Defense Ministry" in rendered


def test_html_escapes_hostile_text_everywhere() -> None:
    hostile = "<script>alert(\"x\")</script> & <b>bold</b> 'q'"
    summary = Summary(
        headline=hostile,
        sides=(SidePoints(f"Side {hostile}", (Point(f"Speaker {hostile}", f"said {hostile}", Span(0, 1)),)),),
        conduits=(hostile,),
    )
    rendered = render_html(summary)
    assert "<script>" not in rendered and "<b>bold</b>" not in rendered
    assert re.findall(r"</?[a-z]+>", rendered) == ["<b>", "</b>"]
    without_tags = rendered.replace("<b>", "").replace("</b>", "")
    assert html.unescape(without_tags) == render_text(summary)


def test_summary_without_sides_or_conduits() -> None:
    summary = Summary(headline="Bridge reopens", sides=())
    assert render_text(summary) == "Bridge reopens\n\nNo attributed claims were found in this text."
    assert render_html(summary) == render_text(summary)


def test_json_has_the_design_shape() -> None:
    result = Result(
        source=Source(SourceKind.URL, "https://example.org/a"),
        article=Article(text="…", title="A title", url="https://example.org/a"),
        language=Language("fr", 0.98765),
        english="…",
        claims=(),
        sides=(),
        summary=SUMMARY,
        rendered=render_text(SUMMARY),
    )
    data = summary_to_json(result)
    assert list(data) == ["source", "language", "translated", "headline", "sides", "conduits", "text"]
    assert data["source"] == {
        "kind": "url",
        "label": "https://example.org/a",
        "url": "https://example.org/a",
        "title": "A title",
    }
    assert data["language"] == {"code": "fr", "confidence": 0.9877}
    assert data["translated"] is True
    assert data["conduits"] == ["Reuters", "AFP"]
    assert data["sides"][0] == {
        "name": "Armenia",
        "points": [{"speaker": "Defense Ministry", "text": "its troops were attacked near Sotk.", "evidence": [0, 10]}],
    }
    assert data["text"] == render_text(SUMMARY)


def test_json_never_carries_pasted_text_as_the_source() -> None:
    result = Result(
        source=Source(SourceKind.TEXT, "a long pasted article " * 50),
        article=Article(text="a long pasted article"),
        language=Language("en", 1.0),
        english="a long pasted article",
        claims=(),
        sides=(),
        summary=Summary(headline="h", sides=()),
    )
    data = summary_to_json(result)
    assert data["source"] == {"kind": "text", "label": "pasted text"}
    assert data["translated"] is False


def test_side_as_speaker_is_named_when_it_does_not_open_the_line() -> None:
    summary = Summary(
        headline="Trial opens",
        sides=(
            SidePoints(
                "Carl Benton",
                (
                    Point("Benton's lawyer", "the case is political.", Span(0, 1)),
                    Point("Carl Benton", "has pleaded not guilty.", Span(2, 3)),
                ),
            ),
        ),
    )
    assert render_text(summary).splitlines()[2] == (
        "Carl Benton — Benton's lawyer: the case is political. Carl Benton: has pleaded not guilty."
    )


def test_one_speaker_written_with_and_without_its_article_shares_the_name() -> None:
    summary = Summary(
        headline="Vote disputed",
        sides=(
            SidePoints(
                "Opposition",
                (
                    Point("Main opposition alliance", "the vote had been rigged.", Span(0, 1)),
                    Point(
                        "The main opposition alliance",
                        "called its supporters to the streets.",
                        Span(2, 3),
                        verb_first=True,
                    ),
                ),
            ),
        ),
    )
    assert render_text(summary).splitlines()[2] == (
        "Opposition — Main opposition alliance: the vote had been rigged; called its supporters to the streets."
    )


def test_a_name_once_with_its_title_and_once_without_is_one_speaker() -> None:
    summary = Summary(
        headline="Peace deal",
        sides=(
            SidePoints(
                "African Union",
                (
                    Point("AU envoy Olusegun Obasanjo", "the deal includes disarmament.", Span(0, 10)),
                    Point("Olusegun Obasanjo", "“This is the beginning”.", Span(11, 20), quote=True),
                    Point("Obasanjo", "“It will hold”.", Span(21, 30), quote=True),
                ),
            ),
        ),
        conduits=(),
    )
    assert render_text(summary).splitlines()[2] == (
        "African Union — AU envoy Olusegun Obasanjo: the deal includes disarmament; “This is the beginning”. "
        "Obasanjo: “It will hold”."
    )


def test_those_spoken_for_are_not_the_speakers_named_with_a_title() -> None:
    summary = Summary(
        headline="A lawsuit opens",
        sides=(
            SidePoints(
                "Other sources",
                (
                    Point("Thousands of women", "a drug gave them cancer.", Span(0, 10)),
                    Point("Lawyers for thousands of women", "its maker knew of the risk.", Span(11, 20)),
                ),
            ),
        ),
        conduits=(),
    )
    assert render_text(summary).splitlines()[2] == (
        "Other sources — Thousands of women: a drug gave them cancer. "
        "Lawyers for thousands of women: its maker knew of the risk."
    )


def test_a_body_referred_to_by_its_kind_is_the_side_it_is() -> None:
    """ "Their union" on the line of the side "Junior Doctors' Union" is the side speaking, not another speaker;
    a kind the side's name does not end with is someone else."""
    assert same_speaker("Their union", "Junior Doctors' Union")
    assert same_speaker("Junior Doctors' Union", "the union")
    assert not same_speaker("Their union", "Health Ministry")
    assert not same_speaker("Union president Carl Novak", "Transit Workers Union")
