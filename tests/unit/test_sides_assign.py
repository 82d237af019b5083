"""Side assignment on small texts of our own and on the seed example with hand-built claims."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.attribution.claims import ClaimExtractor
from bot.attribution.parties import load_country_lexicon
from bot.attribution.sides import assign_sides
from bot.attribution.speaker_party import OTHER_SOURCES, ArticleFacts, Party, classify_speaker
from bot.domain import SideAssignment
from tests.support.summary import claim_in, seed_claims

SEED = Path(__file__).resolve().parents[1] / "data" / "seed-karabakh.txt"


def sides_of(assignment: SideAssignment) -> dict[str, str]:
    return {side.name: side.kind for side in assignment.sides}


def sides_in(extractor: ClaimExtractor, text: str) -> list[str | None]:
    """The side of each claim extracted from `text`, in order."""
    return [c.side for c in assign_sides(text, extractor.extract(text)).claims]


def side_by_speaker(extractor: ClaimExtractor, text: str) -> dict[str, str | None]:
    """Each speaker's side, claims extracted from `text` (a speaker's last claim wins)."""
    return {c.speaker: c.side for c in assign_sides(text, extractor.extract(text)).claims}


def side_of(assignment: SideAssignment, content_start: str) -> str | None:
    return next(c.side for c in assignment.claims if c.content.startswith(content_start))


@pytest.fixture(scope="module")
def seed() -> tuple[str, SideAssignment]:
    text = SEED.read_text(encoding="utf-8")
    return text, assign_sides(text, seed_claims(text))


def test_seed_sides_are_the_four_parties(seed: tuple[str, SideAssignment]) -> None:
    _, assignment = seed
    names = list(sides_of(assignment))
    assert names[:2] == ["Armenia", "Azerbaijan"]
    assert "Russia" in names
    separatists = [name for name in names if "separatists" in name]
    assert len(separatists) == 1 and "Karabakh" in separatists[0]
    assert set(sides_of(assignment).values()) == {"party"}
    assert len(names) == 4


def test_seed_conduits_are_listed_once_and_never_sides(seed: tuple[str, SideAssignment]) -> None:
    _, assignment = seed
    assert assignment.conduits == ("Reuters", "AFP")
    assert not {"Reuters", "AFP"} & set(sides_of(assignment))


def test_seed_pronoun_and_descriptions_go_to_azerbaijan(seed: tuple[str, SideAssignment]) -> None:
    _, assignment = seed
    he = next(c for c in assignment.claims if c.content.startswith("Armenian authorities had shown"))
    assert he.side == "Azerbaijan"
    assert "Aliyev" in he.speaker
    assert side_of(assignment, "Azerbaijan had “restored") == "Azerbaijan"  # "the Azeri president"
    assert side_of(assignment, "At least 200") == side_of(assignment, "the population of 120,000")


def test_seed_keeps_every_claim_in_order_given(seed: tuple[str, SideAssignment]) -> None:
    text, assignment = seed
    claims = seed_claims(text)
    assert [c.content_span for c in assignment.claims] == [c.content_span for c in claims]
    reuters = next(c for c in assignment.claims if c.speaker == "Reuters")
    assert reuters.side is None


def test_relaying_agency_credits_the_original_speaker() -> None:
    text = "Georgia accused Russia of moving the border fence overnight, Reuters reports. Moscow denied it."
    claims = [
        claim_in(text, "Georgia", "accused", "Russia of moving the border fence overnight"),
        claim_in(text, "Reuters", "reports", "Georgia accused Russia of moving the border fence overnight"),
        claim_in(text, "Moscow", "denied", "it"),
    ]
    assignment = assign_sides(text, claims)
    assert list(sides_of(assignment)) == ["Georgia", "Russia"]
    assert assignment.conduits == ("Reuters",)
    assert [c.side for c in assignment.claims] == ["Georgia", None, "Russia"]


def test_an_agency_naming_the_source_it_cites_is_a_conduit() -> None:
    text = "Two soldiers were wounded, APA reports citing the Defense Ministry of Azerbaijan. Armenia denied it."
    claims = [
        claim_in(text, "the Defense Ministry of Azerbaijan", "reports", "Two soldiers were wounded"),
        claim_in(text, "Armenia", "denied", "it"),
    ]
    assignment = assign_sides(text, claims)
    assert [c.side for c in assignment.claims] == ["Azerbaijan", "Armenia"]
    assert assignment.conduits == ("APA",)


def test_outlet_cited_as_venue_is_a_conduit() -> None:
    text = "The senator told Fox News Sunday that the bill would pass. The governor said it would fail."
    claims = [
        claim_in(text, "The senator", "told", "the bill would pass"),
        claim_in(text, "The governor", "said", "it would fail"),
    ]
    assignment = assign_sides(text, claims)
    assert "Fox News Sunday" in assignment.conduits
    assert "Fox News Sunday" not in sides_of(assignment)


def test_newspaper_reporting_its_own_finding_is_a_neutral_source() -> None:
    text = "The New York Times reported that the envoy met the rebels twice. The ministry denied the report."
    claims = [
        claim_in(text, "The New York Times", "reported", "the envoy met the rebels twice"),
        claim_in(text, "The ministry", "denied", "the report"),
    ]
    assignment = assign_sides(text, claims)
    assert sides_of(assignment).get("New York Times") == "neutral"
    assert assignment.conduits == ()


def test_a_poll_named_after_an_outlet_is_not_the_outlets_country() -> None:
    text = (
        "In the previous Washington Post/ABC News national poll, Clinton led Trump by 5 points among likely voters. "
        "Trump's campaign manager said the numbers would change."
    )
    claims = [
        claim_in(text, "the previous Washington Post/ABC News national poll", "In", "Clinton led Trump by 5 points"),
        claim_in(text, "Trump's campaign manager", "said", "the numbers would change"),
    ]
    assert side_of(assign_sides(text, claims), "Clinton led") not in ("United States", "Washington")


@pytest.mark.parametrize(
    ("speaker", "side", "kind"),
    [
        ("Amnesty International", "Amnesty International", "neutral"),
        ("a UN spokesman", "United Nations", "neutral"),
        ("Observers from the Organization for Security and Cooperation in Europe", "OSCE", "neutral"),
        ("a judge in Lyon", "Courts", "neutral"),
        ("independent analysts", "Analysts and experts", "neutral"),
        ("officials", OTHER_SOURCES, "neutral"),
        ("a source", OTHER_SOURCES, "neutral"),
    ],
)
def test_neutral_and_unknown_speakers(speaker: str, side: str, kind: str) -> None:
    text = f"Armenia said the talks failed. Azerbaijan said they went well. {speaker} said the toll was rising."
    claims = [
        claim_in(text, "Armenia", "said", "the talks failed"),
        claim_in(text, "Azerbaijan", "said", "they went well"),
        claim_in(text, speaker, "said", "the toll was rising"),
    ]
    assignment = assign_sides(text, claims)
    assert assignment.claims[2].side == side
    assert sides_of(assignment)[side] == kind
    assert list(sides_of(assignment))[-1] == side  # neutral sources come after the parties


def test_unknown_speaker_naming_a_party_joins_it() -> None:
    text = "Armenian officials said the road was closed. Azerbaijan said the road was open."
    claims = [
        claim_in(text, "Armenian officials", "said", "the road was closed"),
        claim_in(text, "Azerbaijan", "said", "the road was open"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["Armenia", "Azerbaijan"]


def test_title_in_one_mention_gives_the_side_of_every_mention() -> None:
    text = (
        "Russian President Vladimir Putin met the French president on Monday. "
        "France said the meeting was useful. Putin said the talks were frank."
    )
    claims = [
        claim_in(text, "France", "said", "the meeting was useful"),
        claim_in(text, "Putin", "said", "the talks were frank"),
    ]
    assignment = assign_sides(text, claims)
    assert [c.side for c in assignment.claims] == ["France", "Russia"]
    assert assignment.claims[1].speaker == "Vladimir Putin"


@pytest.mark.parametrize(
    ("text", "said", "sides"),
    [
        # A portfolio before "minister" that the tagger takes for an organisation names no party.
        (
            "Kosovo's interior minister said on Sunday that gunmen had attacked a patrol. "
            '"This was a planned attack," Interior Minister Xhelal Svecla told reporters. '
            "Serbia said it had no role in the violence.",
            [
                ("Kosovo's interior minister", "said", "gunmen had attacked a patrol"),
                ("Interior Minister Xhelal Svecla", "told", '"This was a planned attack,"'),
                ("Serbia", "said", "it had no role in the violence"),
            ],
            ["Kosovo", "Kosovo", "Serbia"],
        ),
        # A spokesman for the military, named by its kind, is the military's.
        (
            "Hamas officials said an air strike hit the hospital. The Israeli military denied responsibility. "
            "A military spokesman told reporters that the blast was caused by a misfired rocket.",
            [
                ("Hamas officials", "said", "an air strike hit the hospital"),
                ("The Israeli military", "denied", "responsibility"),
                ("A military spokesman", "told", "the blast was caused by a misfired rocket"),
            ],
            ["Hamas", "Israel", "Israel"],
        ),
        # The unnamed union and company of a labour dispute are sides of their own, named by their kind.
        (
            "Union leaders said management had refused to improve its offer. The union wants an 8 percent raise. "
            "The company said it had offered 5 percent.",
            [
                ("Union leaders", "said", "management had refused to improve its offer"),
                ("The union", "wants", "an 8 percent raise"),
                ("The company", "said", "it had offered 5 percent"),
            ],
            ["Union", "Union", "Company"],
        ),
        # A spokesman the words tie to nobody speaks for the party that spoke just before.
        (
            "Georgia's president said the vote was a Russian operation. The Kremlin rejected the accusation. "
            "Spokesman Dmitry Peskov said Moscow had not interfered.",
            [
                ("Georgia's president", "said", "the vote was a Russian operation"),
                ("The Kremlin", "rejected", "the accusation"),
                ("Spokesman Dmitry Peskov", "said", "Moscow had not interfered"),
            ],
            ["Georgia", "Russia", "Russia"],
        ),
        # A named party speaks for itself, not its country; its chairman, named by the kind, for the party.
        (
            "Georgia's ruling Georgian Dream party declared victory. President Salome Zourabichvili said she did "
            "not recognise the results. Party chairman Irakli Kobakhidze said the result was a clear mandate.",
            [
                ("Georgia's ruling Georgian Dream party", "declared", "victory"),
                ("President Salome Zourabichvili", "said", "she did not recognise the results"),
                ("Party chairman Irakli Kobakhidze", "said", "the result was a clear mandate"),
            ],
            ["Georgian Dream", "Salome Zourabichvili", "Georgian Dream"],
        ),
        # "A spokesman for the junta" speaks for the junta; an acronym ends a speaker phrase as a name does.
        (
            "The regional bloc ECOWAS has threatened military intervention. A spokesman for the junta, Colonel "
            "Amadou Abdramane, warned that any attack would be met with force.",
            [
                ("The regional bloc ECOWAS", "has threatened", "military intervention"),
                ("A spokesman for the junta, Colonel Amadou Abdramane", "warned", "any attack would be met"),
            ],
            ["ECOWAS", "Junta"],
        ),
        # A ministry a wire story names without a country is that of the country it is filed from.
        (
            "NIAMEY, Aug 26 (Reuters) - Niger's rulers gave the French ambassador 48 hours to leave, the foreign "
            "ministry said. France said the putschists had no authority to make this request.",
            [
                ("the foreign ministry", "said", "Niger's rulers gave the French ambassador 48 hours to leave"),
                ("France", "said", "the putschists had no authority to make this request"),
            ],
            ["Niger", "France"],
        ),
        # Machine-translated titles: "the Ministry Ayhan Hajizade" is the ministry and a name; the same person
        # named again by surname speaks for the same side; "the deputy" is the deputy who spoke before.
        (
            "The Foreign Ministry of Azerbaijan stated that Armenia is not interested in peace. Official "
            "representative of the Ministry Ayhan Hajizade noted that Baku remains committed. The press secretary "
            "of the Ministry of Defense of Armenia Aram Torosyan called this a lie. Torosyan wrote that the "
            "situation was stable. Opposition deputy Artur Khachatryan stated that the government gives in. "
            '"This is capitulation," the deputy said.',
            [
                ("The Foreign Ministry of Azerbaijan", "stated", "that Armenia is not interested in peace"),
                ("Official representative of the Ministry Ayhan Hajizade", "noted", "that Baku remains committed"),
                ("The press secretary of the Ministry of Defense of Armenia Aram Torosyan", "called", "this a lie"),
                ("Torosyan", "wrote", "that the situation was stable"),
                ("Opposition deputy Artur Khachatryan", "stated", "that the government gives in"),
                ("the deputy", "said", '"This is capitulation,"'),
            ],
            ["Azerbaijan", "Azerbaijan", "Armenia", "Armenia", "Opposition", "Opposition"],
        ),
        # A name closing with a country's that the tagger never took for a person's is a body, and "the
        # federation's president" right after it is its president.
        (
            "The AIU banned the sprinter for four years. Athletics Kenya said it supported the ban. The "
            "federation's president, Jackson Tuwei, said Kenya had worked hard to clean up the sport.",
            [
                ("Athletics Kenya", "said", "it supported the ban"),
                ("The federation's president", "said", "Kenya had worked hard to clean up the sport"),
            ],
            ["Athletics Kenya", "Athletics Kenya"],
        ),
        # A government office a wire story names without a country is held in the country it is filed from; its
        # opposition is that country's opposition.
        (
            "ANKARA, March 21 (Reuters) - Turkey's central bank raised its rate to 50 percent. Finance Minister "
            "Mehmet Simsek warned that growth would slow. Opposition leader Ozgur Ozel accused the government of "
            "acting too late.",
            [
                ("Finance Minister Mehmet Simsek", "warned", "that growth would slow"),
                ("Opposition leader Ozgur Ozel", "accused", "the government of acting too late"),
            ],
            ["Turkey", "Turkey's opposition"],
        ),
        # The police named with their level of government, or by a title written in capitals with a name, are
        # the police; a family is a party of its own, and so is its lawyer.
        (
            "In a statement, the city police department said the man had reached for a weapon. Police Chief "
            "Daniel Ortiz said a handgun was found. The man's family said he did not own a gun. Their lawyer, "
            "Ben Crump, demanded the footage.",
            [
                ("the city police department", "said", "the man had reached for a weapon"),
                ("Police Chief Daniel Ortiz", "said", "a handgun was found"),
                ("The man's family", "said", "he did not own a gun"),
                ("Their lawyer", "demanded", "the footage"),
            ],
            ["Police", "Police", "Family", "Family"],
        ),
        # A headline's first word, capitalised only for its place, is no organisation ("Carmaker" ORG).
        (
            "Carmaker recalls 80,000 vehicles\n\nThe Korean carmaker Hyundai said it would recall 80,000 cars. "
            "The company said water could seep into a control unit.",
            [
                ("The Korean carmaker Hyundai", "said", "it would recall 80,000 cars"),
                ("The company", "said", "water could seep into a control unit"),
            ],
            ["Hyundai", "Hyundai"],
        ),
        # "the charity's emergency coordinator", said of the speaker after her words, is the charity's.
        (
            "Sudan's army accused the RSF of shelling a market. Doctors Without Borders said its staff had treated "
            '120 wounded. "The situation is catastrophic," said Claire Nicolet, the charity\'s emergency coordinator.',
            [
                ("Sudan's army", "accused", "the RSF of shelling a market"),
                ("Doctors Without Borders", "said", "its staff had treated 120 wounded"),
                ("Claire Nicolet", "said", '"The situation is catastrophic,"'),
            ],
            ["Sudan", "Doctors Without Borders", "Doctors Without Borders"],
        ),
        # A name with "against" in it is an organisation's, which "the group's director" then speaks for.
        (
            "Citizens Against Pollution said the plant leaked. The group's director, Ann Lee, said tests proved it.",
            [
                ("Citizens Against Pollution", "said", "the plant leaked"),
                ("The group's director", "said", "tests proved it"),
            ],
            ["Citizens Against Pollution", "Citizens Against Pollution"],
        ),
        # "Its chief executive" right after a firm the tagger never took for a person is the firm's.
        (
            "Apple said it would appeal. Spotify welcomed the ruling. Its chief executive, Daniel Ek, wrote that "
            "it sent a message.",
            [
                ("Apple", "said", "it would appeal"),
                ("Spotify", "welcomed", "the ruling"),
                ("Its chief executive", "wrote", "it sent a message"),
            ],
            ["Apple", "Spotify", "Spotify"],
        ),
        # "its" after what was said is the subject of what was said, not the party that spoke before.
        (
            "The Armenian Defence Ministry said its troops came under fire near Sotk. Azerbaijan denied sending "
            "troops to the area, its foreign ministry said.",
            [
                ("The Armenian Defence Ministry", "said", "its troops came under fire near Sotk"),
                ("its foreign ministry", "said", "Azerbaijan denied sending troops to the area"),
            ],
            ["Armenia", "Azerbaijan"],
        ),
        # A commissioner after the Commission spoke sits on it.
        (
            "The European Commission fined Apple, saying the company had abused its position. Apple said it would "
            'appeal. "This is illegal," competition commissioner Margrethe Vestager told a news conference.',
            [
                ("The European Commission", "saying", "the company had abused its position"),
                ("Apple", "said", "it would appeal"),
                ("competition commissioner Margrethe Vestager", "told", '"This is illegal,"'),
            ],
            ["European Commission", "Apple", "European Commission"],
        ),
        # A rights commission named after its country is a watchdog, not the country; its deputy director is
        # its own; a police spokeswoman the tagger took for an organisation speaks for the police.
        (
            'The Kenya Human Rights Commission said officers had used live ammunition. "We saw police shooting," '
            "the commission's deputy director, Martin Mavenjina, told Reuters. Police spokeswoman Resila Onyango "
            "denied that officers had fired live rounds.",
            [
                ("The Kenya Human Rights Commission", "said", "officers had used live ammunition"),
                ("the commission's deputy director", "told", '"We saw police shooting,"'),
                ("Police spokeswoman Resila Onyango", "denied", "that officers had fired live rounds"),
            ],
            ["Kenya Human Rights Commission", "Kenya Human Rights Commission", "Police"],
        ),
        # A party's chairman speaks for the party; a person "of" an organisation for it.
        (
            "Labour blocked the bill. The Green Party's chairman said voters would remember. "
            '"Asylum is a legal right," said Maria Lopez of the Immigrant Justice Network.',
            [
                ("Labour", "blocked", "the bill"),
                ("The Green Party's chairman", "said", "voters would remember"),
                ("Maria Lopez of the Immigrant Justice Network", "said", '"Asylum is a legal right,"'),
            ],
            ["Labour", "Green Party", "Immigrant Justice Network"],
        ),
        # A US party's members, however written, are one side; a chamber's leader is no side of the chamber.
        (
            "Senate Democrats blocked the bill. The Republican Party's chairman said voters would remember. "
            "Republican leader Mitch McConnell accused Democrats of ignoring a crisis. Senate Majority Leader "
            "Chuck Schumer said the bill was a stunt.",
            [
                ("Senate Democrats", "blocked", "the bill"),
                ("The Republican Party's chairman", "said", "voters would remember"),
                ("Republican leader Mitch McConnell", "accused", "Democrats of ignoring a crisis"),
                ("Senate Majority Leader Chuck Schumer", "said", "the bill was a stunt"),
            ],
            ["Democrats", "Republicans", "Republicans", "Chuck Schumer"],
        ),
        # Other parties named with those words are not the US parties.
        (
            "The Liberal Democrats said the bill was cruel. The army of the Democratic Republic of Congo said "
            "rebels had attacked.",
            [
                ("The Liberal Democrats", "said", "the bill was cruel"),
                ("The army of the Democratic Republic of Congo", "said", "rebels had attacked"),
            ],
            ["Liberal Democrats", "Democratic Republic of the Congo"],
        ),
        # The head of a body named only by what it is speaks for the party described so, not for himself.
        (
            "The Kremlin rejected the accusation. Observers from the Organization for Security and Cooperation in "
            "Europe said the vote had been marred by pressure on voters. The head of the observer mission, Pascal "
            "Allizard, said the campaign had been divisive.",
            [
                ("The Kremlin", "rejected", "the accusation"),
                ("Observers from the Organization for Security and Cooperation in Europe", "said", "the vote had"),
                ("The head of the observer mission, Pascal Allizard", "said", "the campaign had been divisive"),
            ],
            ["Kremlin", "OSCE", "OSCE"],
        ),
        # A union named before its kind; its negotiator, named with it; "a spokeswoman" after the operator spoke.
        (
            'Dock workers walked off the job, the FNV union said. "We have waited," said FNV negotiator Niek '
            "Stam. ECT said the demands would hurt the port. It has offered 3.5 percent, a spokeswoman said.",
            [
                ("the FNV union", "said", "Dock workers walked off the job"),
                ("FNV negotiator Niek Stam", "said", '"We have waited,"'),
                ("ECT", "said", "the demands would hurt the port"),
                ("a spokeswoman", "said", "It has offered 3.5 percent"),
            ],
            ["FNV", "FNV", "ECT", "ECT"],
        ),
        # A minister after their ministry spoke; a ministry's spokeswoman named with no country, and later by
        # her name alone; a study's author after the study.
        (
            "Zambia's health ministry disputed the figures of the World Health Organization. Health Minister Sylvia "
            "Masebo said the toll was 298. The official representative of the Ministry of Foreign Affairs, Maria "
            "Zakharova, said Kyiv was playing with fire. Maria Zakharova said the attack had failed. According to "
            "a study, outbreaks have become more frequent. The study's lead author, Professor Jane Okafor of the "
            "University of Cape Town, said governments had underinvested.",
            [
                ("Zambia's health ministry", "disputed", "the figures"),
                ("Health Minister Sylvia Masebo", "said", "the toll was 298"),
                (
                    "The official representative of the Ministry of Foreign Affairs, Maria Zakharova",
                    "said",
                    "Kyiv was playing with fire",
                ),
                ("Maria Zakharova", "said", "the attack had failed"),
                ("a study", "According to", "outbreaks have become more frequent"),
                ("The study's lead author", "said", "governments had underinvested"),
            ],
            ["Zambia", "Zambia", "Zambia", "Zambia", "Studies", "Studies"],
        ),
        # A company named with its parent is the company; a commissioner is of the one commission the story
        # names though it never spoke; the words after "According to X," are not a description of X.
        (
            'Alphabet\'s Google said it would appeal a fine imposed by the European Commission. "It is wrong," a '
            "Google spokesperson said. Competition Commissioner Teresa Ribera said Google had favoured its own "
            "services. According to two people familiar with the matter, the Commission is preparing a new case.",
            [
                ("Alphabet's Google", "said", "it would appeal a fine"),
                ("a Google spokesperson", "said", '"It is wrong,"'),
                ("Competition Commissioner Teresa Ribera", "said", "Google had favoured its own services"),
                ("two people familiar with the matter", "According to", "the Commission is preparing a new case"),
            ],
            ["Google", "Google", "European Commission", "Other sources"],
        ),
        # "A spokeswoman for the agency" right after the agency spoke is the agency's.
        (
            "Hyundai said it knew of no crashes. The Traffic Safety Administration said it had received 47 "
            "complaints. A spokeswoman for the agency said the investigation would continue.",
            [
                ("Hyundai", "said", "it knew of no crashes"),
                ("The Traffic Safety Administration", "said", "it had received 47 complaints"),
                ("A spokeswoman for the agency", "said", "the investigation would continue"),
            ],
            ["Hyundai", "Traffic Safety Administration", "Traffic Safety Administration"],
        ),
    ],
)
def test_who_a_title_or_a_kind_of_organisation_speaks_for(
    text: str, said: list[tuple[str, str, str]], sides: list[str]
) -> None:
    claims = [claim_in(text, speaker, cue, content) for speaker, cue, content in said]
    assert [c.side for c in assign_sides(text, claims).claims] == sides


def test_a_description_resolved_to_the_name_after_it_still_tells_for_whom() -> None:
    """The extractor names "A military spokesman, Rear Admiral Daniel Hagari," by the name; the phrase it points
    at is the description, which says he speaks for the military that spoke before (and "Rear Admiral" is no
    organisation, whatever the tagger says)."""
    text = (
        "Hamas officials said an air strike hit the hospital. The Israeli military denied responsibility. "
        "A military spokesman, Rear Admiral Daniel Hagari, told reporters that the blast was caused by a rocket."
    )
    claims = [
        claim_in(text, "Hamas officials", "said", "an air strike hit the hospital"),
        claim_in(text, "The Israeli military", "denied", "responsibility"),
        replace(
            claim_in(text, "A military spokesman", "told", "the blast was caused by a rocket"),
            speaker="Rear Admiral Daniel Hagari",
        ),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["Hamas", "Israel", "Israel"]


def test_a_role_after_the_kind_of_body_that_spoke_speaks_for_it(extractor: ClaimExtractor) -> None:
    """ "Union president Carl Novak" after the Transit Workers Union spoke is the union's, even once he has spoken
    often enough to be a side of his own; "the mayor" after him is not him, whose office is another."""
    text = (
        "The Transit Workers Union unleashed withering attacks against the mayor's budget. Union president Carl "
        'Novak has said the cuts will make buses unsafe.\n\n"We are not going back to work until the city listens,"'
        " Novak posted on Facebook on Sunday. The mayor said the demands were unaffordable."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert [(c.speaker, c.side) for c in assignment.claims] == [
        ("The Transit Workers Union", "Transit Workers Union"),
        ("Union president Carl Novak", "Transit Workers Union"),
        ("Carl Novak", "Transit Workers Union"),
        ("the mayor", "Other sources"),
    ]


def test_the_organisation_named_by_its_kind_is_the_one_described_so() -> None:
    text = (
        "An Apache group says the site is sacred. Resolution Copper, the company behind the project, said it "
        'would appeal. "We have consulted with tribes," a company spokeswoman said. The group said it would '
        "keep fighting."
    )
    claims = [
        claim_in(text, "An Apache group", "says", "the site is sacred"),
        claim_in(text, "Resolution Copper", "said", "it would appeal"),
        claim_in(text, "a company spokeswoman", "said", '"We have consulted with tribes,"'),
        claim_in(text, "The group", "said", "it would keep fighting"),
    ]
    sides = [c.side for c in assign_sides(text, claims).claims]
    assert sides[2] == sides[1] == "Resolution Copper"
    assert sides[3] == sides[0] != sides[1]


def test_domestic_story_keeps_institutions_and_people_apart() -> None:
    text = (
        "The White House said the meeting could be delayed. Senator Jane Okafor, a Democrat, said the delay "
        "was a mistake. Prosecutors said the case would go ahead."
    )
    claims = [
        claim_in(text, "The White House", "said", "the meeting could be delayed"),
        claim_in(text, "Senator Jane Okafor", "said", "the delay was a mistake"),
        claim_in(text, "Prosecutors", "said", "the case would go ahead"),
    ]
    names = [c.side for c in assign_sides(text, claims).claims]
    assert names[0] == "White House"
    assert names[2] == "Prosecution"
    assert len(set(names)) == 3


def test_movement_is_named_after_the_place_it_is_tied_to() -> None:
    text = (
        "Rebels in Tigray said they had taken the airport. Ethiopia said the rebels were retreating from Tigray. "
        "The rebel spokesman in Tigray said the fighting continued."
    )
    claims = [
        claim_in(text, "Rebels in Tigray", "said", "they had taken the airport"),
        claim_in(text, "Ethiopia", "said", "the rebels were retreating from Tigray"),
        claim_in(text, "The rebel spokesman in Tigray", "said", "the fighting continued"),
    ]
    assignment = assign_sides(text, claims)
    assert [c.side for c in assignment.claims] == ["Tigray rebels", "Ethiopia", "Tigray rebels"]


def test_no_claims_gives_no_sides() -> None:
    assignment = assign_sides("Nothing was said by anyone here.", [])
    assert assignment == SideAssignment(claims=(), sides=(), conduits=())


def test_appositive_names_the_organisation_a_person_speaks_for() -> None:
    text = (
        "Jo Marsh, director of Fair Streets Now, said the fares were too high. "
        "Transport officials in Britain said fares had been frozen. Paris said nothing."
    )
    claims = [
        claim_in(text, "Jo Marsh", "said", "the fares were too high"),
        claim_in(text, "Transport officials in Britain", "said", "fares had been frozen"),
    ]
    assert assign_sides(text, claims).claims[0].side == "Fair Streets Now"


def test_appositive_names_an_association_a_person_heads() -> None:
    text = (
        "The ministry said the ruling was wrong. "
        '"This is a victory for the rule of law," said Krystian Markiewicz, head of the judges\' association Iustitia.'
    )
    claims = [
        claim_in(text, "The ministry", "said", "the ruling was wrong"),
        claim_in(text, "Krystian Markiewicz", "said", '"This is a victory for the rule of law,"'),
    ]
    assert assign_sides(text, claims).claims[1].side == "Iustitia"


def test_country_name_inside_a_longer_name_is_not_the_country() -> None:
    text = "Priorities USA said the ads would run. Mexico said the ads were false. New Mexico said nothing."
    claims = [
        claim_in(text, "Priorities USA", "said", "the ads would run"),
        claim_in(text, "Mexico", "said", "the ads were false"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] != ["United States", "Mexico"]


def test_former_title_does_not_give_an_affiliation() -> None:
    text = (
        "Ann Lowe, former chairman of the Green Party, said the plan was sound. "
        "The Green Party said the plan was flawed. Labour said it would vote against."
    )
    claims = [
        claim_in(text, "Ann Lowe", "said", "the plan was sound"),
        claim_in(text, "The Green Party", "said", "the plan was flawed"),
    ]
    assert assign_sides(text, claims).claims[0].side == "Ann Lowe"


def test_role_counts_only_as_the_head_of_the_phrase() -> None:
    text = "Court documents said the firm hid losses. A judge in Ohio said the trial would start in May."
    claims = [
        claim_in(text, "Court documents", "said", "the firm hid losses"),
        claim_in(text, "A judge in Ohio", "said", "the trial would start in May"),
    ]
    documents, judge = assign_sides(text, claims).claims
    assert documents.side != "Courts"
    assert judge.side == "Courts"


def test_agency_claim_wrapping_an_attribution_is_credited_to_the_original_speaker() -> None:
    text = (
        "Armenia accused Azerbaijani forces of opening fire on its positions, Reuters reports. Baku denied the charge."
    )
    claims = [
        claim_in(text, "Reuters", "reports", "Armenia accused Azerbaijani forces of opening fire on its positions"),
        claim_in(text, "Baku", "denied", "the charge"),
    ]
    assignment = assign_sides(text, claims)
    armenia = assignment.claims[0]
    assert (armenia.speaker, armenia.cue, armenia.side) == ("Armenia", "accused", "Armenia")
    assert armenia.content == "Azerbaijani forces of opening fire on its positions"
    assert text[armenia.content_span.start : armenia.content_span.end] == armenia.content
    assert assignment.conduits == ("Reuters",)
    assert list(sides_of(assignment)) == ["Armenia", "Azerbaijan"]


def test_agency_report_of_an_event_is_credited_to_no_side() -> None:
    text = "Thousands gathered at the airport, Reuters reports. Armenia said the road was open."
    claims = [
        claim_in(text, "Reuters", "reports", "Thousands gathered at the airport"),
        claim_in(text, "Armenia", "said", "the road was open"),
    ]
    assignment = assign_sides(text, claims)
    assert assignment.claims[0].side is None
    assert assignment.conduits == ("Reuters",)


def test_trailing_report_tag_after_another_attribution_is_a_conduit() -> None:
    text = "Protesters chanted slogans outside parliament, Newsline reported. Gazprom reported a loss."
    claims = [
        claim_in(text, "Protesters", "chanted", "slogans outside parliament"),
        claim_in(text, "Newsline", "reported", "Protesters chanted slogans outside parliament"),
        claim_in(text, "Gazprom", "reported", "a loss"),
    ]
    assignment = assign_sides(text, claims)
    assert "Newsline" in assignment.conduits
    assert "Newsline" not in sides_of(assignment)
    assert "Gazprom" in sides_of(assignment)


def test_newspaper_reporting_what_someone_did_is_its_own_source() -> None:
    text = "The Daily Herald reported that the mayor discussed closing the port. The mayor denied the report."
    claims = [
        claim_in(text, "The Daily Herald", "reported", "the mayor discussed closing the port"),
        claim_in(text, "the mayor", "discussed", "closing the port"),
        claim_in(text, "The mayor", "denied", "the report"),
    ]
    assignment = assign_sides(text, claims)
    assert assignment.claims[0].side == "Daily Herald"
    assert assignment.conduits == ()


def test_one_country_speaking_as_itself_against_a_group_keeps_country_sides() -> None:
    text = (
        "Israel's military said it struck a weapons depot. Hamas said the building was a school. "
        "Israeli Prime Minister Benjamin Netanyahu said the campaign would go on."
    )
    claims = [
        claim_in(text, "Israel's military", "said", "it struck a weapons depot"),
        claim_in(text, "Hamas", "said", "the building was a school"),
        claim_in(text, "Israeli Prime Minister Benjamin Netanyahu", "said", "the campaign would go on"),
    ]
    assignment = assign_sides(text, claims)
    assert [c.side for c in assignment.claims] == ["Israel", "Hamas", "Israel"]


def test_wire_dateline_names_a_conduit_and_is_not_a_speaker() -> None:
    text = "KYIV, March 3 (Reuters) - Ukraine accused Russia of shelling the port. The Kremlin denied it."
    claims = [
        claim_in(text, "KYIV, March 3", "accused", "Russia of shelling the port"),
        claim_in(text, "The Kremlin", "denied", "it."),
    ]
    assignment = assign_sides(text, claims)
    assert assignment.claims[0].speaker == "Ukraine"
    assert [c.side for c in assignment.claims] == ["Ukraine", "Russia"]
    assert assignment.conduits == ("Reuters",)


def test_movement_named_after_its_stated_allegiance() -> None:
    text = "Pro-Russian separatists said they shelled the airport. Ukraine said the airport was intact."
    claims = [
        claim_in(text, "Pro-Russian separatists", "said", "they shelled the airport"),
        claim_in(text, "Ukraine", "said", "the airport was intact"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["Pro-Russian separatists", "Ukraine"]


def test_a_side_name_opens_with_a_capital() -> None:
    """The tagger finds "state Bureau of Investigation"; the reply's side name opens with a capital."""
    text = (
        "Two witnesses gave a different account. The state Bureau of Investigation said it had opened an "
        "independent inquiry, as it does in all police shootings."
    )
    claims = [claim_in(text, "The state Bureau of Investigation", "said", "it had opened an independent inquiry")]
    assert [c.side for c in assign_sides(text, claims).claims] == ["State Bureau of Investigation"]


def test_a_spokesman_named_after_a_movement_speaks_for_it() -> None:
    text = (
        "Iran-backed Houthi rebels said they fired missiles at a ship. The US military said the Houthi attack "
        "had failed. A Houthi spokesman said the rebels would continue."
    )
    claims = [
        claim_in(text, "Iran-backed Houthi rebels", "said", "they fired missiles at a ship"),
        claim_in(text, "The US military", "said", "the Houthi attack had failed"),
        claim_in(text, "A Houthi spokesman", "said", "the rebels would continue"),
    ]
    sides = [c.side for c in assign_sides(text, claims).claims]
    assert sides[0] == sides[2] == "Houthi rebels"
    assert sides[1] == "United States"


def test_an_official_the_country_installed_speaks_for_it_but_a_group_it_backs_does_not() -> None:
    text = (
        "Russian-backed separatists said Ukrainian forces shelled Donetsk. The plant's Russian-installed "
        "management said radiation levels were normal. Ukraine's military said it hit an ammunition depot."
    )
    claims = [
        claim_in(text, "Russian-backed separatists", "said", "Ukrainian forces shelled Donetsk"),
        claim_in(text, "The plant's Russian-installed management", "said", "radiation levels were normal"),
        claim_in(text, "Ukraine's military", "said", "it hit an ammunition depot"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["Separatists", "Russia", "Ukraine"]


def test_acronym_and_the_company_refer_to_sides_already_named() -> None:
    text = (
        "The United Auto Workers union accused Meridian Motors of breaking the deal. "
        "Meridian Motors rejected the accusation. In a statement, the company said the raise was conditional. "
        "Dana Ruiz, president of UAW Local 22, said 3,000 workers had walked out."
    )
    claims = [
        claim_in(text, "The United Auto Workers union", "accused", "Meridian Motors of breaking the deal"),
        claim_in(text, "Meridian Motors", "rejected", "the accusation"),
        claim_in(text, "the company", "said", "the raise was conditional"),
        claim_in(text, "Dana Ruiz", "said", "3,000 workers had walked out"),
    ]
    sides = [c.side for c in assign_sides(text, claims).claims]
    assert sides[1] == sides[2] == "Meridian Motors"
    assert sides[0] == sides[3]


def test_someone_speaking_for_a_named_principal_takes_the_principal_side() -> None:
    text = (
        "Carl Benton has pleaded not guilty. Benton's lawyer, James Whitfield, said the case was political. "
        "Assistant U.S. Attorney Maria Lopez said he sold his office."
    )
    claims = [
        claim_in(text, "Carl Benton", "has pleaded", "not guilty"),
        claim_in(text, "Benton's lawyer", "said", "the case was political"),
        claim_in(text, "Assistant U.S. Attorney Maria Lopez", "said", "he sold his office"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["Carl Benton", "Carl Benton", "Prosecution"]


def test_nationality_alone_does_not_make_a_person_speak_for_a_country() -> None:
    text = (
        "Uzbek immigrant Sayfullo Saipov pleaded not guilty. Prosecutors said the attack was planned. "
        "Saipov said he felt good. Argentina said five victims were its citizens."
    )
    claims = [
        claim_in(text, "Prosecutors", "said", "the attack was planned"),
        claim_in(text, "Saipov", "said", "he felt good"),
        claim_in(text, "Argentina", "said", "five victims were its citizens"),
    ]
    assert assign_sides(text, claims).claims[1].side == "Sayfullo Saipov"


def test_a_speaker_left_empty_after_cleaning_is_no_voice_of_the_previous_party() -> None:
    text = "Armenia accused Azerbaijan of shelling. ' accused Azerbaijan of shelling."
    claims = [
        claim_in(text, "Armenia", "accused", "Azerbaijan of shelling"),
        replace(claim_in(text, "Armenia", "accused", "Azerbaijan of shelling"), speaker="'"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["Armenia", "Other sources"]


@pytest.fixture(scope="module")
def extractor() -> ClaimExtractor:
    return ClaimExtractor()


def sides_by_speaker(extractor: ClaimExtractor, text: str) -> list[tuple[str, str | None]]:
    claims = extractor.extract(text)
    return [(c.speaker, c.side) for c in assign_sides(text, claims).claims]


def test_officials_described_by_the_body_they_serve_speak_for_its_country(extractor: ClaimExtractor) -> None:
    text = (
        "MOSCOW - Russia will respond, the official representative of the Russian Foreign Ministry, Irina "
        "Kovaleva, said on Thursday.\n\n"
        "The Russian Foreign Ministry denied the accusations. The deputy head of the department, Sergei Lavrenov, "
        "called them absurd.\n\n"
        "State Duma deputy Viktor Bessonov called for a review of transit arrangements."
    )
    assert sides_by_speaker(extractor, text) == [
        ("Irina Kovaleva", "Russia"),
        ("The Russian Foreign Ministry", "Russia"),
        ("Sergei Lavrenov", "Russia"),
        ("State Duma deputy Viktor Bessonov", "Russia"),
    ]


def test_residents_and_researchers_named_by_place_or_institute_are_neutral(extractor: ClaimExtractor) -> None:
    text = (
        "Narva pensioner Valentina Ivanova said that she had received her documents at the consulate.\n\n"
        "Political scientist Andrei Sokolov of the Tartu Centre for Baltic Studies believes that neither side "
        "wants a break.\n\n"
        "Helena Strand, a Central Asia researcher at the Stockholm Institute for Regional Security, said the "
        'shooting showed how quickly incidents escalate. "Every fence is read as a statement," she said.'
    )
    assert sides_by_speaker(extractor, text) == [
        ("Narva pensioner Valentina Ivanova", "Witnesses"),
        ("Political scientist Andrei Sokolov of the Tartu Centre for Baltic Studies", "Analysts and experts"),
        ("Helena Strand", "Analysts and experts"),
        ("Helena Strand", "Analysts and experts"),
    ]


def test_a_spokesman_for_a_body_that_spoke_inside_a_joined_quote_speaks_for_it(extractor: ClaimExtractor) -> None:
    text = (
        "Kyrgyzstan's State Border Service said in a statement that a Tajik patrol had fired on a post. "
        '"Our servicemen returned fire," the statement said.\n\n'
        '"This was a provocation," said Colonel Azamat Toktogulov, a spokesman for the border service. '
        '"They knew where our post was."'
    )
    assert [side for _, side in sides_by_speaker(extractor, text)] == ["Kyrgyzstan"] * 3


def test_a_source_an_agency_cites_speaks_and_the_agency_relays(extractor: ClaimExtractor) -> None:
    text = (
        "Tajikistan's Foreign Ministry rejected that account.\n\n"
        "Tajik state news agency Khovar reported, citing the border troops command, that one Tajik guard had died."
    )
    assignment = assign_sides(text, extractor.extract(text))
    last = assignment.claims[-1]
    assert (last.speaker, last.content) == ("the border troops command", "that one Tajik guard had died")
    assert "Khovar" in assignment.conduits and not any("Khovar" in side.name for side in assignment.sides)


def test_who_after_a_place_in_a_persons_description_is_the_person(extractor: ClaimExtractor) -> None:
    text = (
        '"We heard the first shots," said Gulnara Abdyrakhmanova, a teacher in Kok-Tash, who said families had '
        "sheltered in cellars.\n\n"
        "The Kyrgyz president's press secretary said that the president had ordered an inquiry."
    )
    assert [speaker for speaker, _ in sides_by_speaker(extractor, text)] == [
        "Gulnara Abdyrakhmanova",
        "Gulnara Abdyrakhmanova",
        "The Kyrgyz president's press secretary",
    ]


def test_a_labour_dispute_has_two_sides_however_each_is_named(extractor: ClaimExtractor) -> None:
    text = (
        "OSTRAVA, Czech Republic, Oct 3 (Wire) - Workers walked off the job at the plant, the union said.\n\n"
        "The metalworkers' union KOVO-Sever said 4,200 employees had joined the strike.\n\n"
        "Management has offered 4.5 percent. Veltrava Motors said the strike was unjustified. Chief operating "
        "officer Markus Feldner accused union leaders of playing politics. Feldner said the offer was fair. "
        "According to the company, a new line could move elsewhere.\n\n"
        "Labour Minister Pavla Sedlackova urged both parties to lower the temperature."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert [c.side for c in assignment.claims] == ["KOVO-Sever"] * 2 + ["Veltrava Motors"] * 5 + ["Czech Republic"]
    assert not assignment.claims[0].content.startswith("OSTRAVA")


def test_office_holders_of_bodies_that_are_no_state_and_courts_by_any_name(extractor: ClaimExtractor) -> None:
    text = (
        "SANTIAGO, July 18 (Wire) - A Chilean environmental court suspended permits, ruling that the developer "
        "had failed to consult the community.\n\n"
        "The First Environmental Court in Antofagasta ordered a new consultation. Presiding judge Ximena Carrasco "
        "said the ruling did not decide whether the mine should be built.\n\n"
        '"This is a victory for our children," said community president Rosa Cruz Tito.\n\n'
        "Andes Brine Resources said it would appeal. Chief executive Daniel Whitcombe said the ruling misread the "
        "evidence.\n\n"
        "Hydrologist Pablo Jofre of the University of Antofagasta said the ruling raised the bar."
    )
    sides = sides_in(extractor, text)
    assert sides[:2] == ["First Environmental Court"] * 2
    assert sides[2] == "Rosa Cruz Tito"  # not Chile's government: she presides over a community
    assert sides[3:] == ["Andes Brine Resources", "Andes Brine Resources", "Analysts and experts"]


def test_an_election_dispute_keeps_each_party_together(extractor: ClaimExtractor) -> None:
    text = (
        "LILONGWE, Sept 22 (Wire) - Malawi's main opposition alliance rejected the result.\n\n"
        "The Malawi Electoral Commission declared President Emmanuel Chirwa the winner.\n\n"
        '"We will not accept this," said opposition candidate Grace Mhango. Her campaign manager, Yohane Banda, '
        "said party agents had documented irregularities.\n\n"
        "MEC chairperson Loveness Kaunda said the results had been verified.\n\n"
        "The ruling Democratic Progressive Movement accused the opposition of trying to create chaos. Party "
        "spokesman Chikondi Nyirenda said the president had won a clear mandate.\n\n"
        "The European Union's election observation mission said that voting had been largely peaceful."
    )
    assignment = assign_sides(text, extractor.extract(text))
    sides = [c.side for c in assignment.claims]
    opposition, commission, ruling = sides[0], sides[1], sides[5]
    assert sides[2:4] == [opposition, opposition] and sides[4] == commission and sides[6] == ruling
    assert ruling == "Democratic Progressive Movement" and len({opposition, commission, ruling}) == 3
    assert assignment.claims[-1].speaker == "The European Union's election observation mission"


def test_the_government_of_the_one_country_named_with_one_and_particle_surnames(extractor: ClaimExtractor) -> None:
    text = (
        "DOHA, Feb 11 (Wire) - Talks between Yemen's internationally recognised government and the Houthi "
        "movement stalled on Sunday, according to officials from both delegations.\n\n"
        "Government negotiator Abdulrahman al-Saqqaf accused the Houthis of adding new names. "
        '"We came here to close a file," al-Saqqaf told reporters.\n\n'
        "The Houthi delegation denied the charge. Its spokesman, Mohammed al-Hadi, said that the government was "
        "holding hundreds of detainees. According to al-Hadi, government forces had violated the truce 37 times. "
        "The government rejected the figure."
    )
    sides = [(c.speaker, c.side) for c in assign_sides(text, extractor.extract(text)).claims]
    assert sides[0] == ("officials from both delegations", OTHER_SOURCES)  # not Qatar's, where the story is filed
    assert [side for _, side in sides[1:3]] == ["Yemen", "Yemen"]
    assert [side for _, side in sides[3:6]] == ["Houthi"] * 3
    assert sides[-1][1] == "Yemen"


def test_a_ministry_spokesman_speaks_for_the_country_that_just_spoke(extractor: ClaimExtractor) -> None:
    text = (
        "WARSAW, Nov 27 (Wire) - Digital Affairs Minister Tomasz Wierzbicki said investigators had traced the "
        "attack.\n\n"
        "Poland's Foreign Ministry said it had summoned Belarus's charge d'affaires. Foreign Ministry spokeswoman "
        "Agata Lis urged NATO allies to act.\n\n"
        "Belarus rejected the accusations. Foreign Ministry spokesman Andrei Krivets said that Warsaw had presented "
        "no evidence.\n\n"
        "An analysis by Finnish cybersecurity company NorthShield supported the Polish account. The company said "
        "that malware samples shared code with earlier attacks."
    )
    sides = sides_in(extractor, text)
    assert sides[:3] == ["Poland"] * 3
    assert sides[3:5] == ["Belarus"] * 2
    assert sides[-1] == "NorthShield"


def test_a_club_named_with_its_country_and_an_agent_named_after_his_role(extractor: ClaimExtractor) -> None:
    text = (
        "BRAGA, Portugal, Aug 29 (Wire) - Portuguese club Sporting Braga accused Olympique Lyonnais of illegally "
        "approaching their striker Caio Ferreira.\n\n"
        "Ferreira's agent, Rodrigo Paiva, said his client wanted to move to France. Paiva said that Braga had "
        "promised him a transfer."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [(c.speaker, c.side) for c in claims] == [
        ("Portuguese club Sporting Braga", "Sporting Braga"),
        ("Rodrigo Paiva", "Caio Ferreira"),
        ("Rodrigo Paiva", "Caio Ferreira"),
    ]


def test_machine_translated_descriptions_that_close_with_a_name(extractor: ClaimExtractor) -> None:
    text = (
        "TBILISI, December 2 (Wire) - According to the Ministry of Internal Affairs of Georgia, 47 persons were "
        "detained.\n\n"
        'As the Deputy Minister of Internal Affairs Levan Beridze stated, the police acted "in full compliance '
        'with the legislation". The spokeswoman of the ministry Tamar Gelashvili noted that all the detained '
        "persons are provided with lawyers.\n\n"
        'The human rights organisation "Public Rights Monitoring Centre" notes that its monitors documented 11 '
        "cases of violence. The spokesperson of the European External Action Service Annika Feldmann stated that "
        "the EU is following the developments."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims[:3]] == ["Georgia"] * 3
    assert claims[2].speaker == "The spokeswoman of the ministry Tamar Gelashvili"  # not Beridze
    assert claims[3].side == "Human rights groups"
    assert "Annika Feldmann" in claims[4].speaker


def test_an_international_story_told_from_manila(extractor: ClaimExtractor) -> None:
    text = (
        "MANILA — A Chinese vessel rammed a Philippine supply boat on Tuesday, the Philippine Coast Guard said.\n\n"
        '"This was a deliberate act," Commodore Ramon Villareal, the coast guard\'s spokesperson for the West '
        "Philippine Sea, told reporters.\n\n"
        "Beijing rejected the account. Manila summoned China's deputy ambassador, its foreign ministry said. "
        "Foreign Affairs Undersecretary Teresita Magbanua told a briefing that the Philippines would file a "
        "diplomatic note.\n\n"
        "The U.S. ambassador in Manila condemned the incident.\n\n"
        "Maritime security analyst Celia Navarro of the University of the Philippines said the encounter fit a "
        "pattern."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    by_speaker = {c.speaker: c for c in claims}
    # "the coast guard's spokesperson" right after the Philippine Coast Guard spoke is its spokesperson.
    assert by_speaker["Commodore Ramon Villareal"].side == "Philippines"
    # An undersecretary in a story filed from Manila is the Philippines' (the parse read her that-clause as a
    # relative clause of "a briefing").
    magbanua = by_speaker["Foreign Affairs Undersecretary Teresita Magbanua"]
    assert (magbanua.side, magbanua.content) == ("Philippines", "that the Philippines would file a diplomatic note")
    # "The U.S. ambassador" is not the Chinese one named before.
    assert by_speaker["The U.S. ambassador in Manila"].side == "United States"
    # A university named after the country does not speak for its government.
    navarro = next(c for c in claims if "Navarro" in c.speaker)
    assert navarro.side == "Analysts and experts"


def test_heads_and_presidents_of_the_bodies_in_a_local_dispute(extractor: ClaimExtractor) -> None:
    text = (
        "The Regional Ministry of Health assured in a communiqué that the payment is guaranteed. The regional "
        "minister, Antonio Salcedo Prieto, declared in the Parliament that he respects the right to strike.\n\n"
        "The management of the hospital rejected the accusation. The managing director, Luis Ortega Vidal, "
        "affirmed that all the contracts were signed in time.\n\n"
        "The Association of Patients of Andalusia showed its concern. Its president, Carmen Espinosa, declared that "
        "the patients cannot be hostages of the conflict."
    )
    sides = sides_in(extractor, text)
    assert sides == [
        "Regional Ministry of Health",
        "Regional Ministry of Health",
        "Hospital management",
        "Hospital management",
        "Association of Patients of Andalusia",
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # A body named by its kind before the role of who speaks for it.
        (
            "A judge ordered a recount. The board of elections director, Raymond Okafor, said in a statement that "
            "his staff had followed state guidelines.",
            "Okafor",
            "Board of elections",
        ),
        # A named body before a director, read from how the article introduced the person who speaks.
        (
            "Serbia accused Croatia of delays. Srbijagas director Milan Jovic was more blunt. He accused the "
            "Croatian side of favouring other traders.",
            "Milan Jovic",
            "Srbijagas",
        ),
        # "a military spokesman" after the Israeli military spoke.
        (
            "The Israeli military said 20 projectiles had been launched from Lebanon. Lebanon's army said one of its "
            'positions was hit. "They are using villages as shields," Lt. Col. Avi Dorfman, a military spokesman, '
            "told reporters.",
            "Avi Dorfman",
            "Israel",
        ),
        # The tagger took the company for a person; its legal form says otherwise.
        (
            "The data of Berlin-based cloud provider Nordwolke GmbH was stolen, Germany's data protection "
            "commissioner said. Nordwolke chief executive Jonas Brenner rejected the criticism. The consumer "
            "group vzbv said customers should be paid. A company spokesperson denied that.",
            "A company spokesperson",
            "Nordwolke",
        ),
        # A federation of civil society named after its country is not the country's government.
        (
            "The ministry said the breach was serious. The Federation of German Consumer Organisations said "
            "customers should be compensated.",
            "The Federation of German Consumer Organisations",
            "Federation of German Consumer Organisations",
        ),
        # ... but the Russian Federation is Russia.
        (
            "Ukraine's air force said it had shot down 40 drones. The Ministry of Defense of the Russian Federation "
            "said its strike had hit all designated targets.",
            "The Ministry of Defense of the Russian Federation",
            "Russia",
        ),
    ],
)
def test_bodies_spoken_for_by_their_officers(extractor: ClaimExtractor, text: str, speaker: str, side: str) -> None:
    claims = assign_sides(text, extractor.extract(text)).claims
    assert {c.side for c in claims if speaker in c.speaker} == {side}


@pytest.mark.parametrize(
    ("text", "side"),
    [
        # The name an acronym stands for, by its initials.
        (
            "Nigeria's health ministry said the demands had been met.\n\n"
            '"We did not strike for fun," said Dr Folake Adeyemi, president of the Nigerian Association of Resident '
            "Doctors (NARD). NARD dismissed the ministry's figures.",
            "Nigerian Association of Resident Doctors",
        ),
        # Or, named in its own language, by the capitalised words before it; the description before the comma.
        (
            "The ministry rejected the claim.\n\nThe President of the German Farmers' Association (DBV), Hermann "
            'Wessels, spoke of a "slap in the face". "We were promised no new burdens," said Wessels.',
            "German Farmers' Association",
        ),
    ],
)
def test_an_acronym_in_brackets_is_the_body_named_before_it(extractor: ClaimExtractor, text: str, side: str) -> None:
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims][1:] == [side] * (len(claims) - 1)


def test_an_agency_a_translation_names_by_its_kind_relays(extractor: ClaimExtractor) -> None:
    text = (
        "The army denied the attack.\n\nThe Ombudsman of the People, according to information of the agency EFE, "
        "alerted that forty families had fled the village."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert assignment.conduits == ("EFE",)
    assert "EFE" not in {side.name for side in assignment.sides}


def test_a_story_filed_from_chisinau_the_russian_agencies_way(extractor: ClaimExtractor) -> None:
    text = (
        "CHISINAU, 14 March. The authorities of Moldova and of Pridnestrovie again could not agree.\n\n"
        "According to the words of the deputy prime minister for reintegration Andrei Ciobanu, the post was opened "
        "in line with the law.\n\n"
        "The so-called minister of foreign affairs of Pridnestrovie Sergei Kulikov named the actions of Chisinau "
        '"an economic blockade".'
    )
    side_of = side_by_speaker(extractor, text)
    # The dateline gives the home country of a deputy prime minister named without one ...
    assert side_of["the deputy prime minister for reintegration Andrei Ciobanu"] == "Moldova"
    # ... but not of a minister of a breakaway region.
    assert side_of["The so-called minister of foreign affairs of Pridnestrovie Sergei Kulikov"] != "Moldova"


def test_a_spanish_language_dateline_gives_the_home_country(extractor: ClaimExtractor) -> None:
    text = (
        "BOGOTÁ. Venezuela said the border would stay closed.\n\n"
        "Defence Minister Ana Ruiz said the troops would stay in Arauca."
    )
    assert side_by_speaker(extractor, text)["Defence Minister Ana Ruiz"] == "Colombia"


def test_an_outlet_that_asked_is_not_whom_the_answer_speaks_for(extractor: ClaimExtractor) -> None:
    text = (
        "Greece denied the report. Diplomatic sources, to the question of the AA correspondent, stated that Turkey "
        "does not recognise the claim."
    )
    assert "AA" not in side_by_speaker(extractor, text).values()


def test_a_kind_of_director_names_no_body(extractor: ClaimExtractor) -> None:
    text = "Lyon denied the report. Sporting director Julien Marchetti accused Braga of raising the price."
    assert "Sporting" not in {c.side for c in assign_sides(text, extractor.extract(text)).claims}


def test_a_title_names_the_body_that_spoke_under_it_not_another_holder(extractor: ClaimExtractor) -> None:
    text = (
        "BERLIN - Customer data was stolen, Germany's Federal Commissioner for Data Protection said on Tuesday.\n\n"
        '"A delay of this length is not acceptable," Federal Commissioner Katrin Wolters said.\n\n'
        "District of Columbia Attorney General Karl Racine said the policy ignores the law. Attorney General Jeff "
        "Sessions said asylum is available for those who flee persecution."
    )
    side_of = side_by_speaker(extractor, text)
    assert (
        side_of["Federal Commissioner Katrin Wolters"] == side_of["Germany's Federal Commissioner for Data Protection"]
    )
    assert side_of["Attorney General Jeff Sessions"] != side_of["District of Columbia Attorney General Karl Racine"]


def test_a_chamber_of_commerce_named_after_a_country_is_its_own_side(extractor: ClaimExtractor) -> None:
    text = (
        "Beijing accused the bloc of protectionism.\n\n"
        '"Europe says it wants a green transition," said Wang Lihua, secretary-general of the China Chamber of '
        "Commerce to the EU."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims] == ["China", "China Chamber of Commerce"]


def test_a_countrys_doctors_on_strike_are_not_its_government(extractor: ClaimExtractor) -> None:
    text = (
        "ABUJA, Aug 21 (Wire) - Nigeria's resident doctors said they would extend an indefinite strike, while the "
        "health ministry insisted their demands had been addressed.\n\n"
        '"We did not go on strike for fun," said Dr Folake Adeyemi, president of the Nigerian Association of '
        "Resident Doctors (NARD).\n\n"
        "Health Minister Aminu Bello denied that any doctor had been threatened."
    )
    sides = sides_in(extractor, text)
    doctors = sides[0]
    assert sides[2] == doctors and doctors != "Nigeria"
    assert doctors not in (sides[1], sides[3])


def test_a_named_body_before_its_spokesman_is_his_side(extractor: ClaimExtractor) -> None:
    text = (
        "The authority blocked the merger. Authority head Sabine Reinthaler said the remedies fell short.\n\n"
        "The Federal Competition Authority said the bank would have held 45 percent of the market.\n\n"
        '"They attacked our checkpoint," Al-Nasr spokesman Osama al-Fitouri told Reuters.'
    )
    sides = sides_in(extractor, text)
    assert sides == ["Federal Competition Authority"] * 2 + ["Al-Nasr"]


def test_a_senators_home_state_is_no_country_and_a_press_secretary_speaks_as_the_white_house(
    extractor: ClaimExtractor,
) -> None:
    text = (
        '"The referee has spoken," Senator Walt Dunmore of Georgia, a Republican on the Appropriations Committee, '
        "wrote on social media.\n\n"
        "The White House said the president would veto the bill. White House press secretary Janelle Ortiz told "
        "reporters the administration was ready to negotiate."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Republicans", "White House", "White House"]


def test_the_group_after_another_body_was_named_is_that_body(extractor: ClaimExtractor) -> None:
    text = (
        '"They attacked our checkpoint," Al-Nasr spokesman Osama al-Fitouri told Reuters.\n\n'
        "The Tajoura force gave a very different account. In a statement, the group said its fighters had been "
        "ambushed, and accused Al-Nasr of sheltering smugglers.\n\n"
        "Fitouri denied that any wanted person was in the brigade's custody."
    )
    sides = [(c.cue, c.side) for c in assign_sides(text, extractor.extract(text)).claims]
    assert sides[0] == ("told", "Al-Nasr") and sides[-1] == ("denied", "Al-Nasr")
    assert {side for cue, side in sides[1:-1]} == {"Tajoura"}  # not Al-Nasr accusing itself


def test_a_title_held_in_the_organisation_that_just_spoke_and_the_eus_bodies(extractor: ClaimExtractor) -> None:
    text = (
        "The plan comes from Columbus-based Harland Ridge Partners.\n\n"
        "Harland Ridge said in a statement that it was disappointed. Project manager Lauren Ochoa rejected claims "
        "that the development would increase flood risk.\n\n"
        "The European Union said it was watching closely. European Commission spokesman Paolo Venturi said a "
        "fragmented approach risked overfishing."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Harland Ridge", "Harland Ridge", "European Union", "European Union"]


def test_a_regional_governor_speaks_for_the_country_the_story_is_filed_from(extractor: ClaimExtractor) -> None:
    text = (
        "KYIV, June 3 (Wire) - Ukrainian officials said Russian drones struck a power plant overnight.\n\n"
        "Regional governor Taras Melnychuk said firefighters had worked through the night.\n\n"
        "Russia's defence ministry said its forces had hit military energy targets."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Ukraine", "Ukraine", "Russia"]


def test_the_union_right_after_the_company_spoke_is_the_union(extractor: ClaimExtractor) -> None:
    text = (
        "The metalworkers' union KOVO-Sever said 4,200 employees had joined the strike.\n\n"
        "Veltrava Motors said the strike was unjustified. Chief operating officer Markus Feldner accused union "
        "leaders of playing politics.\n\n"
        "The union denied the strike was politically motivated."
    )
    assert assign_sides(text, extractor.extract(text)).claims[-1].side == "KOVO-Sever"


def test_the_ministry_resolved_to_a_countrys_ministry_is_that_countrys(extractor: ClaimExtractor) -> None:
    text = (
        "MOSCOW - The official representative of the Russian Foreign Ministry, Irina Kovaleva, said Russia would "
        "respond.\n\n"
        "Estonian Foreign Minister Kristjan Saar said the decision was final. In a statement by the Estonian "
        "Ministry of Foreign Affairs, the staff were told to leave. The ministry also accused Moscow of attempts "
        "to destabilise the region."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert claims[-1].cue == "accused" and claims[-1].side == "Estonia"


def test_someone_speaking_for_the_union_right_after_it_spoke_is_its(extractor: ClaimExtractor) -> None:
    text = (
        "NARD dismissed the ministry's figures. The union's secretary-general, Dr Chinedu Nwosu, said only 40 "
        "percent of doctors had been paid."
    )
    assert sides_in(extractor, text) == ["NARD", "NARD"]


def test_residents_by_occupation_and_place_and_un_missions_by_acronym(extractor: ClaimExtractor) -> None:
    text = (
        '"The windows were shaking," said Fatima Ben Ali, a teacher in Souq al-Juma.\n\n'
        "Shopkeeper Khaled al-Zawi said he did not care who started it.\n\n"
        "UNSMIL spokeswoman Clara Benedetti said the mission was in contact with both sides."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Witnesses", "Witnesses", "United Nations"]


def test_whom_a_speaker_heads_in_a_relative_clause_is_their_side(extractor: ClaimExtractor) -> None:
    text = (
        "Priya Raman, who heads the charity Blood Pressure Action, accused the regulator of putting out "
        "contradictory messages."
    )
    assert sides_in(extractor, text) == ["Blood Pressure Action"]


def test_a_minister_or_deputy_minister_after_their_ministry_spoke_is_its_side(extractor: ClaimExtractor) -> None:
    text = (
        "The Ministry of Defence of Japan announced that the missile fell outside the zone. Defence Minister Taro"
        " Nishikawa told the reporters that it cannot be tolerated. North Korea said the test was a success.\n\n"
        "The Ministry for Infrastructure of Ukraine accused the Polish authorities of tolerating the blockade."
        " According to the deputy minister Oleh Savchuk, over 2,100 trucks are waiting."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["Defence Minister Taro Nishikawa"] == "Japan"
    assert sides["the deputy minister Oleh Savchuk"] == "Ukraine"


def test_a_minister_after_a_ministry_named_without_its_country_is_that_ministry(extractor: ClaimExtractor) -> None:
    text = (
        "According to the Ministry of the Interior, the ship violated the decree. «The rules are valid for all»,"
        " declared in a note the minister of the Interior Carlo Benedetti."
    )
    assert sides_in(extractor, text) == ["Ministry of the Interior", "Ministry of the Interior"]


def test_an_organisation_introduced_by_its_kind_is_the_side_of_those_described_by_it(
    extractor: ClaimExtractor,
) -> None:
    # The tagger takes "Giulia Ferraris" for an organisation and knows no "Onde Solidali".
    text = (
        "The ship of the non-governmental organisation Onde Solidali was detained in Lampedusa.\n\n"
        "The head of mission of Onde Solidali, Giulia Ferraris, denied that the crew ignored the authorities."
    )
    assert sides_in(extractor, text) == ["Onde Solidali"]


def test_a_body_after_the_comma_is_whom_a_named_person_speaks_for(extractor: ClaimExtractor) -> None:
    text = (
        "The cacique Joaquim Karo Munduruku, of the Indigenous Land Sawré Muybu, said that invaders opened new"
        " roads at the border of the territory. The complaints of the Munduruku have gone unanswered for a"
        " year."
    )
    assert sides_in(extractor, text) == ["Indigenous Land Sawré Muybu"]


def test_a_company_named_after_its_kind_is_itself_not_the_previous_speaker(extractor: ClaimExtractor) -> None:
    # "the company" alone would be the last organisation that spoke (the judiciary); its name says otherwise.
    text = (
        "The head of the Justice Department of Hormozgan province, Ali Salehi-Nia, also said that the case was "
        "sent to the court.\n\n"
        "In contrast, the company Aegean Horizon Maritime, the owner of the tanker based in Piraeus, in a "
        "statement denied that the ship carried smuggled fuel. The spokesman of this company said that contact "
        "with the crew has been cut.\n\n"
        "The British maritime security company Seaborne Risk Analytics reported that the tanker changed its "
        "course. According to this company, the ship was on the usual route."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    by_cue = {c.cue: c for c in claims}
    assert by_cue["denied"].speaker == "the company Aegean Horizon Maritime"
    assert by_cue["denied"].side == "Aegean Horizon Maritime"
    assert by_cue["According to"].side == "Seaborne Risk Analytics"


def test_a_spokesman_of_a_body_that_spoke_takes_its_side(extractor: ClaimExtractor) -> None:
    text = (
        "The Fifth Fleet of the Navy of America, which is based in Bahrain, in a statement called for the "
        "immediate release of the ship. The spokesman of the Fifth Fleet, Commander Daniel Reyes, said that a "
        "patrol aircraft monitored the event."
    )
    assert sides_in(extractor, text) == ["United States", "United States"]


def test_a_spokeswoman_of_a_named_company_speaks_for_it_not_for_the_previous_speaker(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "The National Joint-Stock Company «Naftogaz of Ukraine» rejected the demand of the Hungarian company "
        "Danubia Gáz Zrt. about the extension of the contract.\n\n"
        "As stated the Chairman of the Board of Naftogaz Oleksiy Chernenko in the conversation with journalists, "
        "the Ukrainian side «will not sign the contract». Chernenko also accused the Hungarian company of "
        "attempts to transfer the debts.\n\n"
        "The spokeswoman of Danubia Gáz in the commentary to the portal Portfolio denied that the company put "
        "forward any ultimatum."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["The National Joint-Stock Company «Naftogaz of Ukraine»"] == "Naftogaz"  # not Ukraine
    assert sides["the Chairman of the Board of Naftogaz Oleksiy Chernenko"] == "Naftogaz"
    assert sides["The spokeswoman of Danubia Gáz"] == "Danubia Gáz"


def test_a_state_outlet_speaking_for_itself_is_its_state_but_one_citing_a_source_relays(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "North Korea's Korean Central News Agency (KCNA) reported that the test launch was successfully "
        "conducted. The KCNA accused the US of staging war rehearsals.\n\n"
        "State news agency TASS cited the defence ministry."
    )
    result = assign_sides(text, extractor.extract(text))
    assert [c.side for c in result.claims if c.cue in ("reported", "accused")] == ["North Korea", "North Korea"]
    assert "TASS" in result.conduits
    assert "Russia" not in [side.name for side in result.sides]


def test_armed_forces_named_without_a_country_are_the_home_country_of_the_story(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "Missile launch\n\n"
        "(Seoul=Yonhap News) Reporter Lee Seo-yeon = North Korea fired one ballistic missile on the 18th.\n\n"
        'The Joint Chiefs of Staff (JCS) said, "Our military detected one long-range ballistic missile." '
        'A military official told Yonhap News, "The specifications are being analysed."\n\n'
        "North Korea's Korean Central News Agency reported that the launch was a success."
    )
    result = assign_sides(text, extractor.extract(text))
    assert [c.side for c in result.claims] == ["South Korea", "South Korea", "North Korea"]
    assert "Yonhap News" in result.conduits


def test_the_head_of_a_region_speaks_for_the_region(extractor: ClaimExtractor) -> None:
    text = (
        "Karnataka's Chief Minister Ramesh Gowda said that the reservoirs are only 54 percent filled.\n\n"
        'On the other hand, the Chief Minister of Tamil Nadu K. Ilango in Chennai said that Karnataka is "insulting '
        'the order of the Supreme Court".\n\n'
        "The President of the Cauvery Delta Farmers' Federation S. Ranganathan told that the crop is on the verge "
        'of drying. "If the water does not come in the next ten days, the farmers will be ruined," he said.'
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims] == [
        "Karnataka",
        "Tamil Nadu",
        "Cauvery Delta Farmers' Federation",
        "Cauvery Delta Farmers' Federation",  # "he" is Ranganathan, not Ilango named before him
    ]


@pytest.mark.parametrize("body", ["police", "ministry"])
def test_a_body_after_a_witness_is_not_the_witness(extractor: ClaimExtractor, body: str) -> None:
    text = f"A witness said the crowd was peaceful. The {body} declined to comment on the arrests."
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.speaker for c in claims] == ["A witness", f"The {body}"]
    assert claims[1].side == body.capitalize()


def test_a_mayor_speaks_for_the_city(extractor: ClaimExtractor) -> None:
    text = (
        "The mayor of Springfield declined to comment on the closure of the plant. "
        "Springfield's mayor later said the city would help the workers. "
        "Critics said the decision would cost 400 jobs."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims] == ["Springfield", "Springfield", "Critics"]


def test_a_place_the_tagger_runs_into_an_initialled_name_is_no_part_of_it(extractor: ClaimExtractor) -> None:
    # The tagger reads "Tamil Nadu K. Ilango" as one person; "Tamil Nadu said" must stay the state.
    text = (
        "Cauvery water dispute: Karnataka said – no water to give, Tamil Nadu said – order of Supreme Court is being "
        "violated\n\n"
        'The Chief Minister of Tamil Nadu K. Ilango in Chennai said that Karnataka is "insulting the order". '
        "Ilango urged the Central Government to intervene."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims] == ["Karnataka", "Tamil Nadu", "Tamil Nadu", "Tamil Nadu"]
    assert claims[1].speaker == "Tamil Nadu"


def test_the_company_after_what_it_said_is_the_company_that_said_it(extractor: ClaimExtractor) -> None:
    # Wire style names the company in what it says and then calls it by its kind; no name came before.
    text = (
        "Drugmaker halts sales\n\n"
        "Norvena Biotech is withdrawing its allergy spray from pharmacies in Spain, the company said on Monday.\n\n"
        "Norvena's chief executive, Julia Brandt, said the decision had been taken out of caution.\n\n"
        "The company said it expected the withdrawal to cost 12 million euros."
    )
    assert sides_in(extractor, text) == ["Norvena Biotech", "Norvena Biotech", "Norvena Biotech"]


def test_the_company_after_a_country_or_a_person_it_speaks_of_is_not_named_after_them(
    extractor: ClaimExtractor,
) -> None:
    # Only a name that is no place and no person the article describes can be the company's own.
    text = (
        "Russia has stopped buying the spray, the company said.\n\n"
        "Julia Brandt, the firm's chief executive, will step down in May. Brandt will leave the board too, "
        "the company said."
    )
    sides = sides_in(extractor, text)
    assert "Russia" not in sides and "Julia Brandt" not in sides and "Brandt" not in sides


def test_a_scientist_named_by_field_is_an_expert(extractor: ClaimExtractor) -> None:
    text = (
        "An independent toxicologist, Dr. Sven Aalto of Tampere University, said the doses were low.\n\n"
        "Volcanologists at the observatory said the eruption was easing."
    )
    assert sides_in(extractor, text) == ["Analysts and experts", "Analysts and experts"]


def test_sides_read_without_a_parse_are_those_read_with_the_claims_parse(extractor: ClaimExtractor) -> None:
    # A headline without a full stop is a sentence of its own in both parses (it used to run into the lead
    # when assign_sides parsed the text itself, and describe the company named there).
    text = (
        "Drugmaker halts sales\n\n"
        "Norvena Biotech is withdrawing its allergy spray from pharmacies in Spain, the company said on Monday."
    )
    parsed = extractor.parse(text)
    assert assign_sides(text, parsed.claims) == assign_sides(text, parsed.claims, parsed.doc)


@pytest.mark.parametrize("order", [("House", "Trump"), ("Trump", "House")])
def test_of_two_organisations_as_long_the_one_named_last_is_taken_whatever_the_order(
    order: tuple[str, str],
) -> None:
    # `organisations` is a set: which of two equally long names came first in it must not decide the side.
    facts = ArticleFacts(descriptions={}, full_names={}, organisations=frozenset(), movement_place=None)
    facts = replace(facts, organisations=order)  # type: ignore[arg-type]  # an ordered stand-in for the set
    assert classify_speaker("an aide to Trump and the House", facts, load_country_lexicon()).name == "House"


def test_a_party_named_before_a_member_is_the_members_side(extractor: ClaimExtractor) -> None:
    text = (
        "Fianna Fáil councillor Liam Doyle said the town had waited thirty years for the road. Likud lawmaker "
        "Yuli Edelstein said the vote was a mistake. Senior MP Jane Doe said she would abstain."
    )
    assert sides_in(extractor, text)[:2] == ["Fianna Fáil", "Likud"]
    assert sides_in(extractor, text)[2] != "Senior"


def test_an_administration_named_after_its_leader_is_a_side(extractor: ClaimExtractor) -> None:
    # Not "Other sources", which the summary leaves out: the government's voice would vanish from the reply.
    text = (
        "A senior Biden administration official said Washington had made clear that Iran must halt enrichment. "
        "Iran's foreign minister said the talks had been constructive."
    )
    assert sides_in(extractor, text) == ["Biden administration", "Iran"]


def test_an_irish_name_keeps_its_article(extractor: ClaimExtractor) -> None:
    text = "An Taisce, the national heritage trust, said it was considering a legal challenge."
    assert sides_in(extractor, text) == ["An Taisce"]


def test_whom_a_speaker_chairs_inside_a_joined_quote_is_their_side(extractor: ClaimExtractor) -> None:
    text = "'This is a disgrace,' said Mary Byrne, who chairs the Save Our Marsh campaign. 'They ignored us.'"
    assert sides_in(extractor, text) == ["Save Our Marsh"]


def test_a_post_in_an_organisation_named_by_its_kind_is_that_organisations(extractor: ClaimExtractor) -> None:
    # The one union the article names; the council the headline names; a firm neither names stays a person.
    union = (
        "The Service Employees International Union endorsed Mrs. Clinton on Tuesday.\n\n"
        "Mary Kay Henry, the union's president, said members wanted a fighter."
    )
    assert sides_in(extractor, union)[-1] == "Service Employees International Union"
    council = (
        "Council approves bypass\n\n"
        "'This is a disgrace,' said Mary Byrne, who chairs the Save Our Marsh campaign.\n\n"
        "The council's director of services, Tom Keane, said the route had been chosen after a full assessment."
    )
    assert sides_in(extractor, council) == ["Save Our Marsh", "Council"]
    firm = "Robert Pruzan, the firm's founder, said clients wanted advice."
    assert sides_in(extractor, firm) == ["Robert Pruzan"]


def test_an_organisation_someone_runs_is_named_without_its_possessive(extractor: ClaimExtractor) -> None:
    text = "Chris Cox, who runs the NRA’s lobbying arm, said the actions would not have prevented the shootings."
    assert sides_in(extractor, text) == ["NRA"]


def test_names_the_parse_reads_as_clauses_or_persons_stay_whole(extractor: ClaimExtractor) -> None:
    # "to Protect Journalists" parses as a relative clause, "Without Borders" tags as a person's name.
    text = (
        "The Committee to Protect Journalists welcomed the ruling. Reporters Without Borders called on the "
        "authorities to drop all charges."
    )
    assert sides_in(extractor, text) == ["Committee to Protect Journalists", "Reporters Without Borders"]


def test_a_ministry_contradicting_a_bank_is_its_own_side_and_so_is_its_spokesperson(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "The Bundesbank warned that the economy could slip into recession. The Ministry of Economics "
        "contradicted the assessment. A spokesperson of the ministry said growth would be moderate."
    )
    assert sides_in(extractor, text) == ["Bundesbank", "Ministry of Economics", "Ministry of Economics"]
    # Right after the bank, "the ministry" is still no part of it.
    text = (
        "The Bundesbank warned that the economy could slip into recession. A spokesperson of the ministry said "
        "growth would be moderate."
    )
    assert sides_in(extractor, text)[1] != "Bundesbank"


def test_a_movement_word_before_a_partys_name_is_that_party(extractor: ClaimExtractor) -> None:
    text = (
        "The opposition CDU accused the government of having lost control. CDU general secretary Carsten "
        "Linnemann called the reaction cynical."
    )
    assert sides_in(extractor, text) == ["CDU", "CDU"]


def test_someone_speaking_for_the_eu_by_title_is_the_eus_side(extractor: ClaimExtractor) -> None:
    text = (
        "The European Union has warned that the law is incompatible with Georgia's bid to join the bloc. "
        '"This is a very worrying development," EU foreign policy chief Josep Borrell said. An EU official said '
        "talks would continue."
    )
    assert sides_in(extractor, text) == ["European Union"] * 3


def test_a_red_crescent_society_is_a_relief_body_not_its_country(extractor: ClaimExtractor) -> None:
    text = (
        "The Israeli army said its aircraft had struck a compound. The Palestinian Red Crescent said its teams "
        "were still searching for victims under the rubble."
    )
    assert sides_in(extractor, text) == ["Israel", "Red Crescent"]


def test_the_body_after_what_it_said_and_an_athletes_coach(extractor: ClaimExtractor) -> None:
    text = (
        "The Athletics Integrity Unit has banned sprinter Mark Otieno for four years, the body said on Wednesday."
        "\n\nOtieno denied taking any banned substance. Otieno's coach, Peter Kamau, said the athlete had been "
        "given a contaminated supplement."
    )
    assert sides_in(extractor, text) == ["Athletics Integrity Unit", "Mark Otieno", "Mark Otieno"]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Athletics Kenya president Jackson Tuwei said the federation would not tolerate doping.", "Athletics Kenya"),
        ("Gazprom president Alexei Miller said supplies would resume.", "Gazprom"),
        # Words that qualify the title or open the sentence name no body.
        ("Former Obama spokesman Robert Gibbs said the race was close.", "Robert Gibbs"),
        ("The director, Angela Davis, said the film was about memory.", "Angela Davis"),
    ],
)
def test_a_body_named_before_its_voice_is_the_side(extractor: ClaimExtractor, text: str, side: str) -> None:
    assert sides_in(extractor, text) == [side]


def test_a_pronoun_for_someone_who_spoke_for_a_body_speaks_for_it_again() -> None:
    """ "He said …" right after "FNV negotiator Niek Stam told reporters …": the parser resolves "He" to the same
    words, which must land on the union's side again, not on a side of his own."""
    text = (
        'The FNV union called the strike. "We have had enough," FNV negotiator Niek Stam told reporters. He said '
        "operators had offered 2.5 percent."
    )
    claims = [
        claim_in(text, "The FNV union", "called", "the strike"),
        claim_in(text, "FNV negotiator Niek Stam", "told", '"We have had enough,"'),
        replace(claim_in(text, "He", "said", "operators had offered 2.5 percent"), speaker="FNV negotiator Niek Stam"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["FNV", "FNV", "FNV"]


def test_a_company_spokeswoman_right_after_a_named_firm_speaks_for_it() -> None:
    text = (
        'Terminal operator ECT accused the union of breaking off talks. "We put a fair offer on the table," a '
        "company spokeswoman said."
    )
    claims = [
        claim_in(text, "Terminal operator ECT", "accused", "the union of breaking off talks"),
        claim_in(text, "a company spokeswoman", "said", '"We put a fair offer on the table,"'),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["ECT", "ECT"]


def test_a_judge_titled_justice_speaks_for_the_courts(extractor: ClaimExtractor) -> None:
    text = (
        "Kenya's High Court on Friday suspended a decree that banned public gatherings.\n\nJustice Chacha Mwita "
        "said the Interior Ministry had failed to show that the ban was necessary. Justice Minister Eliud Owalo "
        "said the government would appeal."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["Justice Chacha Mwita"] == "Courts"
    assert sides["Justice Minister Eliud Owalo"] != "Courts"


def test_the_capital_that_opens_a_headline_names_no_body(extractor: ClaimExtractor) -> None:
    text = (
        "Election commission declares incumbent winner\n\nZimbabwe's electoral commission on Saturday declared "
        "President Emmerson Mnangagwa the winner of the election. Commission chair Priscilla Chigumba said the vote "
        "had been free and fair."
    )
    sides = sides_in(extractor, text)
    assert "Election" not in sides
    assert sides[-1] == sides[-2] == "Zimbabwe"


def test_the_commission_and_its_commissioner_speak_for_the_eu_when_it_speaks(extractor: ClaimExtractor) -> None:
    text = (
        "The European Union on Thursday imposed tariffs on electric vehicles made in China, saying subsidies gave "
        'carmakers an unfair advantage. EU Trade Commissioner Valdis Dombrovskis said the duties were "not about '
        'shutting out Chinese cars". The Commission said its investigation found that producers benefited from '
        "cheap loans."
    )
    assert sides_in(extractor, text) == ["European Union"] * 3


def test_a_countrys_firms_are_not_its_government(extractor: ClaimExtractor) -> None:
    text = "China's Commerce Ministry called the tariffs protectionism. Germany's carmakers criticised the decision."
    sides = sides_in(extractor, text)
    assert sides[0] == "China"
    assert sides[1] not in ("Germany", "China")


def test_someone_the_article_sets_against_the_government_speaks_for_themselves(extractor: ClaimExtractor) -> None:
    text = (
        "Georgian Prime Minister Irakli Kobakhidze said the law was needed. Georgian President Salome "
        "Zourabichvili, who is at odds with the ruling Georgian Dream party, said she would veto the bill."
    )
    assert sides_in(extractor, text) == ["Georgia", "Salome Zourabichvili"]


def test_a_voice_for_the_company_after_an_expert_is_the_companys() -> None:
    """ "the company" refers back to the company described so, not to the expert who spoke last."""
    text = (
        "British telecom company Voxline admitted that hackers had stolen data. Cybersecurity expert Alan Woodward "
        "said the breach came through a supplier. A spokesman for the company declined to say when it was found."
    )
    claims = [
        claim_in(text, "British telecom company Voxline", "admitted", "that hackers had stolen data"),
        claim_in(text, "Cybersecurity expert Alan Woodward", "said", "the breach came through a supplier"),
        claim_in(text, "A spokesman for the company", "declined", "to say when it was found"),
    ]
    assert [c.side for c in assign_sides(text, claims).claims] == ["Voxline", "Analysts and experts", "Voxline"]


def test_a_countrys_union_named_by_acronym_is_the_union(extractor: ClaimExtractor) -> None:
    text = (
        "Prime Minister Gabriel Attal promised new measures for France. The FNSEA, France's largest farmers' union, "
        "said it would keep up the pressure."
    )
    assert sides_in(extractor, text)[-1] == "FNSEA"


def test_a_voice_of_a_body_named_by_its_initials_speaks_for_it(extractor: ClaimExtractor) -> None:
    text = (
        "Ethiopia's government and Tigray forces agreed to stop fighting, the African Union said. AU envoy Olusegun "
        "Obasanjo said the agreement included disarmament."
    )
    assert side_by_speaker(extractor, text)["AU envoy Olusegun Obasanjo"] == "African Union"


@pytest.mark.parametrize(
    "ministry",
    ["The Gaza health ministry, which is run by Hamas,", "The Hamas-run health ministry"],
)
def test_a_body_the_article_says_a_party_runs_speaks_for_that_party(extractor: ClaimExtractor, ministry: str) -> None:
    text = (
        f"Hamas official Osama Hamdan said Israel was stalling. {ministry} said at least 103 people had been killed. "
        "Iran-backed Houthi rebels said they had fired a missile."
    )
    sides = sides_in(extractor, text)
    assert sides[0] == sides[1] == "Hamas"
    assert sides[2] != "Iran"


def test_a_company_named_after_a_dateline_the_parse_took_for_the_subject(extractor: ClaimExtractor) -> None:
    """ "BERLIN (dpa) - German drugmaker Medivon is recalling …, the company said": the parse makes BERLIN the
    subject, and the tagger calls Medivon a person the article describes as a drugmaker."""
    text = (
        "Drugmaker recalls blood pressure pill\n\nBERLIN (dpa) - German drugmaker Medivon is recalling several "
        "batches of its blood pressure medication after tests found an impurity, the company said on Monday."
    )
    assert "Medivon" in sides_in(extractor, text)


def test_a_portfolio_holder_after_the_government_spoke_is_its_voice(extractor: ClaimExtractor) -> None:
    """The tagger takes "Education" for an organisation; the secretary speaks for the government that spoke."""
    text = (
        "The Scottish government said the offer was fair and affordable. Education Secretary Shirley-Anne "
        "Somerville said she was disappointed by the strike."
    )
    assert sides_in(extractor, text) == ["Scotland", "Scotland"]


@pytest.mark.parametrize(
    "company",
    [
        "Kaiser Permanente, which runs 12 of the affected hospitals,",
        "The government said mining company Vale owed damages. Vale",
    ],
)
def test_a_company_the_tagger_took_for_a_person_is_the_company_that_speaks_again(
    extractor: ClaimExtractor, company: str
) -> None:
    """The tagger calls Kaiser Permanente and Vale persons; ", which" and "mining company" say they are not,
    so "the company" speaking next is the same side, not a side of its own called "Company"."""
    text = (
        "Nurses will strike, said Maria Lopez.\n\n"
        f"{company} said the demands would add $800 million a year to its costs. "
        '"A strike puts patients at risk," the company said in a statement.'
    )
    sides = sides_in(extractor, text)
    name = "Kaiser Permanente" if "Kaiser" in company else "Vale"
    assert sides[-2:] == [name, name]


def test_a_spokesman_named_after_a_body_spoke_is_its_voice_not_another_countrys_spokesman_later(
    extractor: ClaimExtractor,
) -> None:
    """ "A Japanese government spokesman" further on says nothing of whose spokesman Chen Binhua is; the
    island's president is no Icelander."""
    text = (
        "TAIPEI, Oct 14 (AFP) - Taiwan's defence ministry said it had detected 30 Chinese aircraft.\n\n"
        "China's Taiwan Affairs Office blamed the island's President Lai Ching-te for raising tensions. "
        '"Taiwan independence means war," spokesman Chen Binhua told a news briefing in Beijing.\n\n'
        'Lai\'s office called on Beijing to stop its "military intimidation". Presidential Office spokeswoman Karen '
        'Kuo said Taiwan would "not provoke".\n\n'
        "A Japanese government spokesman said Tokyo had conveyed its concerns to China."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["spokesman Chen Binhua"] == "China"
    assert sides["Lai's office"] == "Taiwan"
    assert sides["Presidential Office spokeswoman Karen Kuo"] == "Taiwan"
    assert sides["A Japanese government spokesman"] == "Japan"


def test_a_prime_minister_is_not_the_minister_another_country_has(extractor: ClaimExtractor) -> None:
    """ "Egypt's water minister" ties the office "minister" to Egypt, which "Prime Minister Abiy Ahmed" does
    not hold; the story is filed from Addis Ababa."""
    text = (
        "ADDIS ABABA (AP) — Ethiopia has completed the fifth filling of its dam, Prime Minister Abiy Ahmed said "
        "on Saturday.\n\nAbiy said the dam would not harm countries downstream.\n\nEgypt's water minister, Hani "
        "Sewilam, has said the country faces a water deficit."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["Prime Minister Abiy Ahmed"] == "Ethiopia"
    assert sides["Hani Sewilam"] == "Egypt"


def test_an_attorney_general_speaks_for_the_government_of_the_story(extractor: ClaimExtractor) -> None:
    text = (
        "BRASILIA - Brazil's government said on Wednesday that mining company Vale owed at least 100 billion reais "
        "in damages. Attorney General Jorge Messias said the figure was based on an independent assessment."
    )
    assert sides_in(extractor, text) == ["Brazil", "Brazil"]


def test_a_former_office_holder_speaks_for_no_government(extractor: ClaimExtractor) -> None:
    text = (
        "WASHINGTON (Reuters) - Former Attorney General Eric Holder said the policy was wrong. Attorney General "
        "Merrick Garland said it was lawful."
    )
    assert sides_in(extractor, text) == ["Eric Holder", "United States"]


def test_the_union_named_by_its_kind_is_one_side(extractor: ClaimExtractor) -> None:
    """ "Union" opening a headline is no person's name, "their union" is "the union", and a nurse who is "a
    member of the union's bargaining team" speaks for it rather than for the hospital she works at."""
    text = (
        "Union says 30,000 nurses will strike next week\n\n"
        "Thousands of nurses will walk off the job on Monday after talks collapsed, their union said on Thursday.\n\n"
        '"Our patients are in danger," said Maria Lopez, a nurse at Oakland General and a member of the union\'s '
        "bargaining team.\n\nKaiser Permanente said the demands would add $800 million a year to its costs."
    )
    assert sides_in(extractor, text) == ["Union", "Union", "Union", "Kaiser Permanente"]


def test_an_official_named_after_what_their_country_said_speaks_for_it(extractor: ClaimExtractor) -> None:
    """Filed from Caracas, yet the secretary of state who says what the United States said is not Venezuela's."""
    text = (
        "CARACAS (AP) — The electoral council declared Maduro the winner.\n\n"
        'The United States said it had "serious concerns" about the result, Secretary of State Antony Blinken said.'
    )
    assert side_by_speaker(extractor, text)["Secretary of State Antony Blinken"] == "United States"


def test_a_national_human_rights_commission_is_neutral_and_an_eu_mission_is_the_eus(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "NAIROBI, July 8 - Kenyan police said officers had been attacked. The Kenya National Commission on Human "
        "Rights said it had documented two deaths.\n\nThe European Union monitoring mission in Armenia said its "
        "patrols had not observed any shooting."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert sides_of(assignment)["Kenya National Commission on Human Rights"] == "neutral"
    assert [c.side for c in assignment.claims][-1] == "European Union"


def test_the_company_is_the_one_whose_officer_the_article_calls_the_companys(extractor: ClaimExtractor) -> None:
    text = (
        "The European Commission fined Google on Tuesday, a decision the company said it would challenge in court. "
        'Google said it disagreed with the ruling. "We will appeal," Kent Walker, the company\'s general counsel, '
        "said in a blog post."
    )
    assert set(sides_in(extractor, text)) == {"Google"}


def test_an_employee_speaks_for_himself_and_a_chief_executive_for_the_company(extractor: ClaimExtractor) -> None:
    text = (
        "Boeing told lawmakers it had made sweeping changes to its safety culture. "
        '"We are acting on it," Chief Executive Dave Calhoun said.\n\n'
        "Sam Salehpour, a Boeing quality engineer, told the panel that he had been threatened."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["Chief Executive Dave Calhoun"] == "Boeing"
    assert sides["Sam Salehpour"] == "Sam Salehpour"


def test_protest_organisers_speak_for_the_protesters(extractor: ClaimExtractor) -> None:
    text = "Police said officers had been attacked. Protest organisers accused the police of firing live bullets."
    assert sides_in(extractor, text)[-1] == "Protesters"


def test_a_portfolio_is_no_organisation_but_a_party_named_like_one_is(extractor: ClaimExtractor) -> None:
    """ "State" of "Secretary of State" names no side; "Labour" of "Labour peer" does; "the man" is nobody's."""
    text = (
        "The leader of Labour spoke first. Labour peer Lord Adonis said the scheme was a complete farce. Secretary "
        "of State John Kerry said the number had increased. The man said he was nervous to ask a question."
    )
    sides = sides_in(extractor, text)
    assert sides[0] == "Labour"
    assert "State" not in sides
    assert sides[-1] == OTHER_SOURCES


def test_a_national_civic_group_speaks_for_no_government(extractor: ClaimExtractor) -> None:
    text = (
        "A French consumer group has filed a complaint against Apple, accusing the company of slowing down older "
        "iPhones. Apple said it had never done anything to shorten the life of any product."
    )
    sides = sides_in(extractor, text)
    assert "France" not in sides
    assert sides[-1] == "Apple"


def test_an_office_holder_who_says_what_a_country_will_do_speaks_for_it_not_for_the_dateline(
    extractor: ClaimExtractor,
) -> None:
    """Filed from Cairo; the prime minister's office that says what Israel will do is Israel's."""
    text = (
        "CAIRO, May 12 (AP) — Talks on a ceasefire in Gaza ended without agreement on Sunday, Egyptian officials "
        "said.\n\nPrime Minister Benjamin Netanyahu's office said Israel would continue its military operation in "
        "Rafah."
    )
    assert sides_in(extractor, text) == ["Egypt", "Israel"]


def test_a_co_founder_named_after_the_body_speaks_for_it(extractor: ClaimExtractor) -> None:
    """The parse leaves "HOP co-" out of the subject; the speaker is the whole phrase, and HOP's."""
    text = (
        'The association HOP said the practice was illegal. "Apple has deceived millions of consumers," HOP '
        "co-founder Laetitia Vasseur said."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert [c.speaker for c in assignment.claims][-1] == "HOP co-founder Laetitia Vasseur"
    assert [c.side for c in assignment.claims] == ["HOP", "HOP"]


def test_an_outlets_tag_closing_a_sentence_names_a_conduit(extractor: ClaimExtractor) -> None:
    text = (
        "Turkish President Recep Tayyip Erdogan stated that Ankara will not allow a terror corridor along its border "
        "with Syria, the Anadolu agency reports."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert assignment.conduits == ("Anadolu agency",)
    assert "Anadolu agency" not in sides_of(assignment)


def test_an_acronym_given_in_brackets_is_the_same_side(extractor: ClaimExtractor) -> None:
    text = (
        "The Kurdish-led Syrian Democratic Forces (SDF) accused Turkey of striking civilian infrastructure. "
        "According to the SDF, power stations were damaged."
    )
    assert len(set(sides_in(extractor, text))) == 1


def test_parties_named_in_quote_marks_as_machine_translation_writes_them(extractor: ClaimExtractor) -> None:
    text = (
        'According to the leader of the party "Coalition for Changes" Nika Gvaramia, the authorities usurped '
        'power.\n\nThe ruling party "Georgian Dream" called the statements of the opposition an attempt to '
        "destabilize the country. The executive secretary of the party Mamuka Mdinaradze stated that the elections "
        "were recognized by international observers."
    )
    assert sides_in(extractor, text) == ["Coalition for Changes", "Georgian Dream", "Georgian Dream"]


def test_the_company_is_no_school_that_spoke_before_it(extractor: ClaimExtractor) -> None:
    text = (
        "The dean of Harlow's Graduate School of Design has published a letter disputing claims by Norvane Oil that "
        "its students had produced misleading studies about the company's record on spills.\n\nLate last month, the "
        "company wrote a letter to Harlow's president, calling the studies inaccurate."
    )
    sides = sides_in(extractor, text)
    assert sides[-1] != sides[0] == "Graduate School of Design"


def test_a_states_own_security_council_is_no_united_nations_body(extractor: ClaimExtractor) -> None:
    text = (
        "MANILA (Reuters) - The Philippines accused China on Sunday of ramming a supply boat.\n\n"
        '"This is an illegal act," National Security Council spokesman Jonathan Malaya told reporters. Dmitry '
        "Medvedev, deputy chairman of Russia's Security Council, said Manila was provoking Beijing. The UN "
        "Security Council said it would meet on Monday."
    )
    assert sides_in(extractor, text) == ["Philippines", "Philippines", "Russia", "United Nations"]


def test_a_union_named_after_its_countrys_people_is_the_union_that_speaks_next(extractor: ClaimExtractor) -> None:
    """ "the British Medical Association" is no person and no voice of Britain; "The union" right after it is
    the same body, as is its council's deputy chair."""
    text = (
        "Resident doctors will strike for five more days, the British Medical Association said on Tuesday.\n\n"
        'The union said ministers had refused to make a credible offer. "We have no choice," said Dr Emma '
        "Runswick, deputy chair of the BMA council.\n\nHealth Secretary Wes Streeting said the strike was "
        "unnecessary."
    )
    sides = sides_in(extractor, text)
    assert sides[:3] == ["British Medical Association"] * 3
    assert sides[3] != "British Medical Association"


def test_a_voice_of_the_department_named_before_her_name_speaks_for_the_ministry(extractor: ClaimExtractor) -> None:
    """Machine translation writes the role and the name as two subjects of the verb; the role says for whom."""
    text = (
        "The Russian Foreign Ministry welcomed the progress. Official representative of the department Maria "
        "Zakharova noted that Moscow supports the normalization of relations between Baku and Yerevan."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert claims[-1].speaker == "Official representative of the department Maria Zakharova"
    assert [claim.side for claim in claims] == ["Russia", "Russia"]


def test_a_footballer_called_a_defender_is_no_defense_team(extractor: ClaimExtractor) -> None:
    text = (
        "Lyon rejected accusations that its fans abused Saint-Etienne defender Dylan Batubinsika. Batubinsika said "
        "he had heard monkey chants. Federal public defenders representing Saipov said he would plead not guilty."
    )
    assert sides_in(extractor, text)[1:] == ["Dylan Batubinsika", "Defense"]


def test_a_name_run_into_a_bodys_name_is_a_person_of_that_body(extractor: ClaimExtractor) -> None:
    """The tagger reads "the Odesa Regional Military Administration Oleh Kiper" as one organisation; the State
    Duma (a seat of power, not a nationality) makes its committee's head Russia's where countries face each
    other."""
    text = (
        "According to the head of the Odesa Regional Military Administration Oleh Kiper, two people were injured. "
        "The head of the State Duma Committee on International Affairs Leonid Slutsky said that the statement "
        "was a provocation. Moldovan President Maia Sandu said Moldova would defend its sovereignty. The Minerals "
        "Council South Africa said it was concerned."
    )
    assert sides_in(extractor, text) == [
        "Odesa Regional Military Administration",
        "Russia",
        "Moldova",
        "Minerals Council South Africa",
    ]


def test_the_statement_of_the_ministry_is_the_ministry_that_spoke(extractor: ClaimExtractor) -> None:
    text = (
        'The Turkish Ministry of Foreign Affairs condemned the decision of the Greek authorities. "This step '
        'violates international law," the statement of the ministry says. The Greek government spokesman Pavlos '
        "Marinakis stated that Athens exercises its sovereign right."
    )
    assert sides_in(extractor, text) == ["Turkey", "Turkey", "Greece"]


def test_a_party_named_after_its_countrys_people_speaks_through_its_founder(extractor: ClaimExtractor) -> None:
    """ "Georgian Dream founder Bidzina Ivanishvili" speaks for the party the article named, not for Georgia,
    whose president opposes it."""
    text = (
        "The ruling Georgian Dream party won 54 percent of the vote. Georgian Dream founder Bidzina Ivanishvili "
        "said the vote had been free and fair. Georgia's president said the election had been stolen."
    )
    sides = sides_in(extractor, text)
    assert sides[0] == "Georgian Dream" != sides[1]


def test_a_government_spokesman_after_the_opposition_spoke_speaks_for_the_government(
    extractor: ClaimExtractor,
) -> None:
    """ "Government spokesman Rene Sadi" is no voice of the opposition that spoke just before him; a wire story
    filed from Yaounde leaves out whose government it is."""
    text = (
        "Opposition rejects Cameroon election result\n\n"
        "YAOUNDE (Reuters) - Cameroon's main opposition party said on Sunday it would not recognise the "
        "results.\n\n"
        "Government spokesman Rene Emmanuel Sadi insisted that the vote had been free and fair."
    )
    sides = sides_in(extractor, text)
    assert sides[-2] == "Cameroon's opposition"
    assert sides[-1] == "Cameroon"


def test_a_headlines_kind_of_company_is_no_company_and_the_company_is_named(extractor: ClaimExtractor) -> None:
    """ "Drugmaker sued …": the headline's first word is a kind the tagger took for a name; the side is the
    drugmaker the article names, and "the company" later is the same side."""
    text = (
        "Drugmaker sued over painkiller marketing\n\n"
        "A group of 14 states on Monday sued drugmaker Halvern Pharma, accusing it of playing down the risks.\n\n"
        "Halvern rejected the accusations. In a statement, the company said it had always followed federal rules."
    )
    sides = sides_in(extractor, text)
    assert sides[-1] == sides[-2]
    assert sides[-1] is not None and sides[-1].startswith("Halvern")
    text = (
        "Coach banned after doping scandal\n\n"
        "WADA said it had banned the coach, Joseph Kiprono, for six years.\n\n"
        "Kiprono denied any wrongdoing."
    )
    assert sides_in(extractor, text)[-1] == "Joseph Kiprono"


def test_an_organisations_own_force_speaks_for_it_not_for_the_country_it_serves_in(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "Kosovo Prime Minister Albin Kurti said the attack had been organised by Belgrade. Serbian President "
        "Aleksandar Vucic rejected the accusation.\n\n"
        "NATO's peacekeeping force in Kosovo, KFOR, said it had increased patrols in the north."
    )
    assert sides_in(extractor, text) == ["Kosovo", "Serbia", "NATO"]


def test_workers_at_a_company_are_no_voice_of_the_company(extractor: ClaimExtractor) -> None:
    """Striking workers and the company they strike against are two sides, and the company named later is not
    the workers' side because its name was in their description."""
    text = (
        "Workers at the Norvik Motors plant in Halden continued their strike on Monday, demanding a 9 percent pay "
        "rise.\n\n"
        "Norvik Motors said it had offered 4 percent. A company spokesman, Lars Berg, added that production had "
        "fallen by half."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Norvik Motors workers", "Norvik Motors", "Norvik Motors"]
    # A body whose own name ends in "Workers" is that body.
    assert sides_in(extractor, "The United Auto Workers said the deal was fair.") == ["United Auto Workers"]


def test_a_minister_named_with_another_country_is_not_of_the_ministry_that_spoke(extractor: ClaimExtractor) -> None:
    text = (
        "The head of the Ministry of Foreign Affairs of the Russian Federation Sergey Lavrov stated that Western "
        "countries are dragging out the talks.\n\n"
        "The Turkish Foreign Minister Hakan Fidan expressed the hope that the parties would return to talks."
    )
    assert sides_in(extractor, text) == ["Russia", "Turkey"]


def test_a_person_named_in_the_headline_is_on_the_side_they_speak_for_later(extractor: ClaimExtractor) -> None:
    """ "Lavrov:" in a translated headline, then the minister named in full with his office: one side, not a
    side for the headline's surname."""
    text = (
        "Lavrov: the West is dragging out the negotiations\n\n"
        "The head of the Ministry of Foreign Affairs of the Russian Federation Sergey Lavrov stated that Western "
        "countries are deliberately dragging out the negotiation process."
    )
    assert sides_in(extractor, text) == ["Russia", "Russia"]


def test_whom_a_lawyer_speaks_for_named_by_surname_is_the_person_named_in_full(extractor: ClaimExtractor) -> None:
    text = (
        "Nika Melia said he would not appear before the commission.\n\n"
        "According to Melia's lawyer, the verdict is politically motivated and will be appealed."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Nika Melia", "Nika Melia"]


def test_a_company_named_with_its_kind_its_chief_and_its_union(extractor: ClaimExtractor) -> None:
    """ "Chipmaker Lumetric Semiconductor" is Lumetric Semiconductor, its chief executive speaks for it (what he
    told analysts on a conference call included), and its union, in a town where the company has a plant, is a
    side of its own."""
    text = (
        "SANTA CLARA, California - Chipmaker Lumetric Semiconductor said on Thursday it would cut about 2,000 "
        "jobs.\n\n"
        "Chief Executive Daniel Cho told analysts on a conference call that demand for personal computers had "
        '"fallen off a cliff".\n\n'
        "The company's union in Dresden, where Lumetric runs its largest plant, said it had not been consulted."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims] == ["Lumetric Semiconductor", "Lumetric Semiconductor", "Union"]
    assert claims[1].cue == "told" and claims[1].content.startswith("that demand for personal computers")


def test_the_head_of_an_eu_mission_speaks_for_the_eu_not_the_country_it_works_in(extractor: ClaimExtractor) -> None:
    text = (
        "The Ministry of Defense of Azerbaijan denied the information.\n\n"
        "The head of the EU monitoring mission in Armenia, Markus Ritter, said that the mission's patrols had not "
        "recorded any incidents in the area."
    )
    assert sides_in(extractor, text) == ["Azerbaijan", "European Union"]


def test_their_union_is_the_one_union_that_speaks_not_a_ministry_named_before(extractor: ClaimExtractor) -> None:
    text = (
        "Hospital strike: doctors and health ministry fail to agree\n\n"
        "The strike by junior doctors in public hospitals will continue, their union announced on Friday.\n\n"
        '"The ministry offered us nothing but promises," said Dr. Amina Diallo, president of the Junior Doctors\' '
        "Union."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Junior Doctors' Union", "Junior Doctors' Union"]


def test_a_deputy_minister_after_the_government_spoke_is_of_that_government(extractor: ClaimExtractor) -> None:
    text = (
        "The Polish government has renewed its demand for war reparations from Germany. Deputy Foreign Minister "
        "Arkadiusz Mularczyk said in Warsaw on Wednesday that the damage amounted to more than 1.3 trillion euros."
    )
    assert sides_in(extractor, text) == ["Poland", "Poland"]


def test_someone_described_as_speaking_for_a_country_is_on_its_side(extractor: ClaimExtractor) -> None:
    text = (
        'Negotiators agreed to a deal. "This is a paltry sum," said Chandni Raina, the adviser who spoke for '
        'India. "We cannot accept it."'
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims if c.speaker == "Chandni Raina"] == ["India"]


def test_a_name_described_nowhere_after_an_unnamed_office_holder_spoke_is_that_office_holder(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "NEW DELHI - India's defence minister said on Friday that troops had begun pulling back.\n\n"
        '"We have reached an understanding based on equal and mutual security," Rajnath Singh told parliament.\n\n'
        "China's foreign ministry confirmed the agreement."
    )
    assert sides_in(extractor, text) == ["India", "India", "China"]


def test_a_lawyer_for_patients_and_the_attorney_named_next_are_the_patients_side(extractor: ClaimExtractor) -> None:
    text = (
        "A lawyer for hundreds of patients who received contaminated hip implants said on Tuesday that the "
        "hospital had ignored warnings from its own staff for two years.\n\n"
        '"They knew, and they kept operating," attorney Rachel Lindqvist told reporters outside the court.\n\n'
        "St. Anselm Hospital denied the allegations."
    )
    assert sides_in(extractor, text) == ["Patients", "Patients", "St. Anselm Hospital"]


def test_a_movement_the_article_calls_a_countrys_government_is_on_that_countrys_side(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "ISLAMABAD - Pakistan's military said on Sunday that its forces had killed 25 militants.\n\n"
        "The Taliban government in Kabul said Pakistani forces had fired mortar shells into Afghan territory.\n\n"
        '"Pakistan must stop violating the sovereignty of Afghanistan," said Zabihullah Mujahid, the Taliban\'s '
        "chief spokesman."
    )
    assert sides_in(extractor, text) == ["Pakistan", "Afghanistan", "Afghanistan"]


def test_a_kind_that_ends_a_line_names_no_body_with_the_next_lines_first_word(extractor: ClaimExtractor) -> None:
    """ "… to brother's firm\n\nThe city's …" is no firm called "The" (which once became the side of the mayor
    and of her brother's company)."""
    from bot.attribution.speaker_party import read_article

    text = (
        "Mayor accused of awarding contracts to brother's firm\n\n"
        "The city's anti-corruption office said it had opened an investigation into Mayor Elena Voss.\n\n"
        "The brother's company, Voss Bau, did not respond."
    )
    facts = read_article(extractor.parse(text).doc, load_country_lexicon())
    assert "The" not in facts.organisations
    assert "The" not in sides_in(extractor, text)


def test_a_lawmaker_or_a_filmmaker_is_a_person_not_a_company(extractor: ClaimExtractor) -> None:
    """ "drugmaker Medivon" names a company by what it makes; "a filmmaker" and "a lawmaker" are people."""
    lexicon = load_country_lexicon()
    text = "Maria Lind, a filmmaker, said the festival had censored her work. Tom Reyes, a lawmaker, said so too."
    from bot.attribution.speaker_party import read_article

    facts = read_article(extractor.parse(text).doc, lexicon)
    assert classify_speaker("Maria Lind", facts, lexicon).kind == "person"
    assert classify_speaker("Tom Reyes", facts, lexicon).kind == "person"
    text = "Halvern Pharma, a drugmaker, said it would appeal."
    facts = read_article(extractor.parse(text).doc, lexicon)
    assert classify_speaker("Halvern Pharma", facts, lexicon).kind == "group"


def test_a_minister_of_a_portfolio_is_the_governments_side_not_a_body_named_after_it(
    extractor: ClaimExtractor,
) -> None:
    """ "The Minister of Housing, Isabel Rodríguez" is no organisation "Housing" nor one named after her, and the
    Council's decision "as announced by" her is hers to tell."""
    text = (
        "Housing plan approved\n\n"
        "MADRID, 20 Nov. (EUROPA PRESS) - The Minister of Housing, Isabel Rodríguez, said the plan will mobilize "
        "50,000 homes.\n\n"
        "The Council of Ministers approved the plan, as announced by the Minister of Housing, Isabel Rodríguez, at "
        "the press conference."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert [c.side for c in assignment.claims] == ["Spain", "Spain"]
    assert assignment.claims[1].content == "The Council of Ministers approved the plan"


def test_its_spokesperson_after_the_words_speaks_for_the_body_they_open_with(extractor: ClaimExtractor) -> None:
    text = (
        "Housing plan approved\n\n"
        "MADRID - The Minister of Housing, Isabel Rodríguez, said the plan will mobilize 50,000 homes.\n\n"
        'For the Popular Party, the plan is "pure propaganda", according to its spokesperson in Congress, Ester '
        "Muñoz."
    )
    assert side_by_speaker(extractor, text)["Ester Muñoz"] == "Popular Party"


def test_a_state_body_of_a_breakaway_region_is_that_regions_side(extractor: ClaimExtractor) -> None:
    text = (
        "Border incident\n\n"
        "TBILISI, 14 November. The State Security Service of Georgia said two Georgian citizens were detained "
        "near the village of Khurcha.\n\n"
        "The de facto authorities of Abkhazia claimed that the men had crossed the border to smuggle goods. "
        "According to the so-called state security service of Abkhazia, the two were released after paying a fine."
    )
    assert sides_in(extractor, text) == ["Georgia", "Abkhazia", "Abkhazia"]


def test_its_president_after_a_quote_is_the_body_that_spoke_before_not_a_people_in_the_quote(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "Coach banned after doping scandal\n\n"
        "The World Anti-Doping Agency on Friday banned the coach of Kenya's national marathon team for six years.\n\n"
        "Kiprono denied any wrongdoing. His lawyer, Ahmed Nassir, said his client would appeal.\n\n"
        "Athletics Kenya, the sport's governing body in the country, said it welcomed the decision and had already "
        "cut ties with the coach.\n\n"
        '"We will not allow a few people to destroy the reputation of Kenyan running," said its president, '
        "Jackson Tuwei."
    )
    assert side_by_speaker(extractor, text)["Jackson Tuwei"] == "Athletics Kenya"


def test_a_regional_military_administration_speaks_for_the_state_of_the_story(extractor: ClaimExtractor) -> None:
    text = (
        "Drone attack on Odesa port\n\n"
        "KYIV, December 2. Russian troops attacked the port of Odesa with drones at night, the head of the Odesa "
        "regional military administration Oleh Kiper said on Telegram.\n\n"
        'The Russian Ministry of Defense stated that "high-precision strikes were carried out on military '
        'facilities."\n\n'
        "The Russian-installed head of the Kherson regional military administration said the strikes were justified."
    )
    assert sides_in(extractor, text) == ["Ukraine", "Russia", "Russia"]


def test_a_person_named_right_after_another_is_not_described_by_them(extractor: ClaimExtractor) -> None:
    text = (
        "Obama: I’m Optimistic Americans Will Say No to Trump.\n\n"
        "Sunday on CNN’s “Fareed Zakaria GPS,” when asked about Republican presidential nominee Donald Trump, "
        "President Barack Obama said he expected that Americans will say “no” to Trump’s policy measures."
    )
    sides = {c.side for c in assign_sides(text, extractor.extract(text)).claims if "Obama" in c.speaker}
    assert sides == {"Barack Obama"}


def test_his_nephew_after_a_newspaper_reported_is_not_the_newspapers(extractor: ClaimExtractor) -> None:
    text = (
        "Passengers named\n\n"
        "The economics professor was headed to Cairo for a conference, the Guardian reported. “We had called him "
        "just before he boarded and everything was fine,” his nephew Michery el Soheil added."
    )
    nephew = next(c for c in assign_sides(text, extractor.extract(text)).claims if c.cue == "added")
    assert nephew.side != "Guardian"


def test_her_critics_and_his_rival_are_not_on_the_owners_side(extractor: ClaimExtractor) -> None:
    text = (
        "Mayor Ana Dalton said the audit was false. Her critics said it was accurate.\n\n"
        "Governor Luis Ruiz said the bridge would be built. His rival said the plan was absurd. "
        "His spokesman said the money was there."
    )
    sides = [(c.speaker, c.side) for c in assign_sides(text, extractor.extract(text)).claims]
    assert sides[0][1] != sides[1][1]  # Dalton and her critics
    assert sides[2][1] != sides[3][1]  # Ruiz and his rival
    assert sides[4][1] == sides[2][1]  # his spokesman, after the rival spoke, is still Ruiz's


def test_a_parties_plural_possessive_names_the_party(extractor: ClaimExtractor) -> None:
    text = "The Pirates demanded a vote.\n\nThe Greens' co-chair Ricarda Lang said that the minister was wrong."
    assert side_by_speaker(extractor, text)["The Greens' co-chair Ricarda Lang"] == "Greens"


def test_a_government_spokesman_is_the_one_governments_and_never_a_partys(extractor: ClaimExtractor) -> None:
    text = (
        "German Finance Minister Lena Vogt rejected calls to relax the budget rules.\n\n"
        "The Greens' co-chair Ricarda Lang said that the minister was wrong.\n\n"
        "A government spokesman said that the chancellor was confident of a deal."
    )
    assert side_by_speaker(extractor, text)["A government spokesman"] == "Germany"


def test_a_government_spokesman_who_adds_goes_on_for_the_government_before(extractor: ClaimExtractor) -> None:
    text = (
        "ANKARA, March 4 - The Turkish Ministry of National Defence said on Tuesday that Greek jets violated Turkish "
        "airspace.\n\n"
        "“Greece protects its sovereign rights,” Greek Defence Minister Nikos Dendias told reporters in Athens.\n\n"
        "Government spokesman Pavlos Marinakis added that Athens would raise the issue at the next NATO meeting.\n\n"
        "NATO Secretary General's spokeswoman called on both allies to resolve their differences through dialogue."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [(c.speaker, c.side) for c in claims] == [
        ("The Turkish Ministry of National Defence", "Turkey"),
        ("Greek Defence Minister Nikos Dendias", "Greece"),
        ("Government spokesman Pavlos Marinakis", "Greece"),
        ("NATO Secretary General's spokeswoman", "NATO"),
    ]


def test_a_minister_of_a_portfolio_and_a_name_speaks_for_the_dateline_country(extractor: ClaimExtractor) -> None:
    text = "WARSAW - Minister of Agriculture Czesław Siekierski said that the government is holding talks."
    assert sides_in(extractor, text) == ["Poland"]


def test_a_news_agency_after_its_report_is_a_conduit(extractor: ClaimExtractor) -> None:
    text = (
        "Farmers on Monday again blocked the Dorohusk border crossing, protesting against cheap grain imports, "
        "reported the Polish news agency PAP."
    )
    assignment = assign_sides(text, extractor.extract(text))
    report = next(c for c in assignment.claims if c.cue == "reported")
    assert report.content.startswith("Farmers on Monday again blocked")
    assert "PAP" in assignment.conduits and "PAP" not in {side.name for side in assignment.sides}


def test_a_place_in_capitals_and_a_colon_opens_the_story_and_is_no_speaker(extractor: ClaimExtractor) -> None:
    text = (
        "Two armies trade fire\n\n"
        "NEW DELHI: The Indian Army on Sunday accused Pakistani troops of opening fire on Indian posts. "
        '"Our troops responded effectively," an army spokesperson said.'
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [(c.speaker, c.side) for c in claims] == [
        ("The Indian Army", "India"),
        ("an army spokesperson", "India"),
    ]


def test_an_acronym_given_in_brackets_speaks_for_the_side_its_body_took(extractor: ClaimExtractor) -> None:
    text = (
        "Pakistan's military media wing, the Inter-Services Public Relations (ISPR), said that Indian forces had "
        "targeted civilians. The ISPR called the attack a blatant violation of the ceasefire."
    )
    assert sides_in(extractor, text) == ["Pakistan", "Pakistan"]


def test_a_place_opening_the_headline_is_the_storys_home(extractor: ClaimExtractor) -> None:
    text = (
        "Brazil: Lula and Congress clash over the budget\n\n"
        "President Luiz Inácio Lula da Silva criticized on Thursday the decision of the Chamber of Deputies. "
        '"Congress cannot give away money that the state does not have," Lula said during an event.\n\n'
        "Finance Minister Fernando Haddad said that the government will seek compensation."
    )
    assert set(sides_in(extractor, text)) == {"Brazil"}


def test_a_body_led_by_another_speaks_for_it(extractor: ClaimExtractor) -> None:
    text = (
        "The Kosovo Force (KFOR), led by NATO, said that it had increased its presence in the area and called on "
        "all sides to refrain from actions that could escalate tensions."
    )
    assert set(sides_in(extractor, text)) == {"NATO"}


def test_a_ministry_named_by_its_portfolio_is_the_country_whose_minister_spoke(extractor: ClaimExtractor) -> None:
    text = (
        "British Foreign Secretary David Lammy said the seizure was unlawful. Iran's Foreign Ministry spokesman "
        "Esmaeil Baghaei rejected the claims. The Iranian ambassador was summoned, the Foreign Office said."
    )
    assert side_by_speaker(extractor, text)["the Foreign Office"] == "United Kingdom"


def test_critics_and_opponents_are_never_on_the_side_they_name() -> None:
    facts = ArticleFacts(descriptions={}, full_names={}, organisations=frozenset(), movement_place=None)
    lexicon = load_country_lexicon()
    sides = {phrase: classify_speaker(phrase, facts, lexicon) for phrase in ("Kremlin critics", "Chinese dissidents")}
    assert {phrase: (party.kind, party.name) for phrase, party in sides.items()} == {
        "Kremlin critics": ("group", "Kremlin critics"),
        "Chinese dissidents": ("group", "Chinese dissidents"),
    }
    assert classify_speaker("opponents of President Erdogan", facts, lexicon).name != "President Erdogan"
    assert classify_speaker("Republican opponents", facts, lexicon).name == "Republicans"  # a party's adjective
    assert classify_speaker("His critics in the United States", facts, lexicon).name == OTHER_SOURCES


def test_a_government_agency_is_no_news_agency(extractor: ClaimExtractor) -> None:
    text = (
        "Beijing protests arms sale\n\n"
        "The US Defense Security Cooperation Agency said the sale would help maintain stability in the region."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert side_of(assignment, "the sale would help") == "United States"
    assert assignment.conduits == ()


def test_an_outlet_that_reported_that_someone_said_relays_it(extractor: ClaimExtractor) -> None:
    text = "Arms sale\n\nReuters reported that Japan's Foreign Ministry called the sale a step towards stability."
    assignment = assign_sides(text, extractor.extract(text))
    assert [(c.speaker, c.side) for c in assignment.claims if c.side] == [("Japan's Foreign Ministry", "Japan")]
    assert assignment.conduits == ("Reuters",)


def test_an_airline_named_by_its_kind_after_its_report_and_travellers_at_an_airport(extractor: ClaimExtractor) -> None:
    text = (
        "DUBLIN - Aerlingus Nova cancelled about 400 flights on Friday as pilots walked out, the airline said.\n\n"
        "Passengers at Dublin Airport complained that they had received only a few hours' notice."
    )
    assert sides_in(extractor, text) == ["Aerlingus Nova", "Witnesses"]


def test_a_department_whose_name_ends_like_a_companys_is_no_company(extractor: ClaimExtractor) -> None:
    text = (
        "Court blocks mining permit\n\n"
        "The company has previously said the mine would create 1,200 jobs.\n\n"
        "The Department of Mineral Resources declined to comment."
    )
    assert side_by_speaker(extractor, text)["The company"] != "Department of Mineral Resources"


def test_a_newspaper_that_reported_that_someone_did_something_reports_it_itself(extractor: ClaimExtractor) -> None:
    text = (
        "Deputy minister under pressure\n\n"
        "The New York Times reported that Petr Novak discussed recording his meetings with the president."
    )
    assignment = assign_sides(text, extractor.extract(text))
    assert [c.side for c in assignment.claims] == ["New York Times"]


def test_an_office_for_another_places_affairs_and_its_spokesperson_named_later(extractor: ClaimExtractor) -> None:
    # The Taiwan Affairs Office is China's; "The spokesperson, <name>," is the same spokesperson.
    text = (
        "BEIJING, May 2 (Xinhua) -- A spokesperson for the Hong Kong and Macao Affairs Office of the State Council "
        "said the new security law was lawful.\n\n"
        "The spokesperson, Chen Wenbo, said foreign criticism amounted to interference.\n\n"
        "Britain's Foreign Office said the law breached the 1984 joint declaration."
    )
    assert sides_in(extractor, text) == ["China", "China", "United Kingdom"]


def test_a_platform_a_post_was_made_on_is_not_who_the_group_is(extractor: ClaimExtractor) -> None:
    text = (
        "KHARTOUM, March 14 (AFP) - The Sudanese army accused the paramilitary Rapid Support Forces (RSF) on Friday "
        "of shelling the Saudi hospital in El Fasher, while the RSF said the army had used the building as a weapons "
        "depot.\n\n"
        '"The militia deliberately targeted a medical facility," army spokesman Nabil Abdallah said.\n\n'
        'The RSF denied responsibility. In a post on Telegram, the group said its fighters "have never targeted '
        'civilians".\n\n'
        'The World Health Organization said it was "appalled" by the attack.'
    )
    assert side_by_speaker(extractor, text).get("Telegram") is None
    assert sides_in(extractor, text)[-2] == "RSF"


def test_people_of_a_kind_speak_as_one_group_and_one_of_them_with_it(extractor: ClaimExtractor) -> None:
    text = (
        "Thousands of teachers marched through Lisbon on Saturday demanding higher pay.\n\n"
        "The teachers say their salaries have not kept up with rents. “We cannot live on this,” one teacher told "
        "the crowd.\n\n"
        "Education Minister Fernando Alexandre said the government had made a fair offer."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["Thousands of teachers"] == sides["The teachers"] == sides["one teacher"] == "Teachers"


def test_a_charity_is_no_government_that_spoke_before_it(extractor: ClaimExtractor) -> None:
    text = (
        "The Greek government ordered the rescue ship Humanity 1 to dock in the port of Volos, about 900 kilometres "
        "from where it picked up 52 migrants off Libya, the charity SOS Humanity said on Sunday.\n\n"
        'The charity called the decision "cruel" and said it would keep the survivors at sea for three more days.'
    )
    assert side_by_speaker(extractor, text)["The charity"] == "SOS Humanity"


def test_a_company_named_after_its_city_is_the_company_and_its_acronym_is_one_side(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "SEOUL, May 4 (Yonhap) - Busan Harbour Logistics Corporation (BHLC) halted all container traffic on Monday "
        "after a fire at its main terminal, the company said.\n\n"
        "BHLC said the fire had been put out and that no one had been hurt."
    )
    assert sides_in(extractor, text) == ["Busan Harbour Logistics Corporation"] * 2


def test_a_named_groups_government_spokesman_is_not_the_voice_of_the_country_before(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "ISLAMABAD - Pakistan's army said militants were crossing the border from Afghanistan.\n\n"
        "Taliban government spokesman Zabihullah Mujahid rejected the claim, saying Afghanistan did not let anyone "
        "use its soil against its neighbours."
    )
    sides = sides_in(extractor, text)
    assert sides[0] == "Pakistan"
    assert "Pakistan" not in sides[1:]


def test_an_eu_mission_in_a_country_is_the_eus(extractor: ClaimExtractor) -> None:
    text = (
        "Georgia's Interior Ministry said Russian-backed forces had moved the boundary fence overnight.\n\n"
        "The European Union Mission in Georgia said its patrols had seen new fencing near the village of Khurvaleti."
    )
    assert sides_in(extractor, text) == ["Georgia", "European Union"]


def test_a_companys_engineer_who_testifies_against_it_is_not_its_voice(extractor: ClaimExtractor) -> None:
    text = (
        "An Airbus test engineer told a parliamentary committee on Tuesday that the company had skipped inspections "
        "on its A321 jets.\n\n"
        '"I was told to keep quiet," said the engineer, Marc Delacroix.\n\n'
        "Airbus said the claims were unfounded."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["An Airbus test engineer"] == sides["Marc Delacroix"] != "Airbus"
    assert sides["Airbus"] == "Airbus"


def test_voters_a_poll_quotes_are_no_party_of_their_own(extractor: ClaimExtractor) -> None:
    text = (
        "Governor Ana Ruiz said the new budget would cut property taxes.\n\n"
        "The voters said in a poll that schools mattered most to them."
    )
    assert sides_in(extractor, text)[-1] == "Other sources"


def test_the_government_is_no_building_named_after_it_and_la_paz_is_bolivias(extractor: ClaimExtractor) -> None:
    text = (
        "LA PAZ - Soldiers took positions in the Plaza Murillo and an armored vehicle rammed the door of the "
        "Government Palace on Wednesday.\n\n"
        'President Luis Arce said that "democracy will not be taken from us".\n\n'
        "General Juan Ramos told journalists that the president had asked him to act, which the government "
        "rejected. Former president Evo Morales, who is in open dispute with Arce, called the events a "
        '"self-coup".'
    )
    sides = side_by_speaker(extractor, text)
    assert sides["President Luis Arce"] == "Bolivia"
    assert "Government Palace" not in sides.values()
    assert sides["Former president Evo Morales"] == "Evo Morales"


def test_a_surname_the_tagger_took_for_an_organisation_is_the_speaker_not_whose_aide_they_are() -> None:
    # The tagger found "Arce" and "Trump" as organisations elsewhere in the article ("… with Arce").
    facts = ArticleFacts(
        descriptions={},
        full_names={"arce": "Luis Arce", "trump": "Donald Trump", "lewandowski": "Corey Lewandowski"},
        organisations=frozenset({"Arce", "Trump"}),
        movement_place=None,
    )
    lexicon = load_country_lexicon()
    assert classify_speaker("President Luis Arce", facts, lexicon).kind == "person"  # no group "Luis Arce"
    aide = classify_speaker("Donald Trump campaign manager Corey Lewandowski", facts, lexicon)
    assert aide.name == "Donald Trump"


def test_a_minister_whose_name_the_tagger_took_for_an_organisation_is_a_person_in_office() -> None:
    facts = ArticleFacts(
        descriptions={},
        full_names={},
        organisations=frozenset({"Eduardo del Castillo"}),
        movement_place=None,
        home_country="Bolivia",
    )
    party = classify_speaker("Eduardo del Castillo", facts, load_country_lexicon(), 0, "The Minister of Government")
    assert party.kind != "group"


def test_a_countrys_trade_unions_are_no_voice_of_its_state(extractor: ClaimExtractor) -> None:
    text = (
        "PARIS - France's eight main trade unions called on Tuesday for a new day of strikes against the pension "
        "reform.\n\n"
        "Prime Minister Elisabeth Borne said the reform was necessary."
    )
    assert sides_in(extractor, text) == ["Trade unions", "France"]


def test_the_army_is_not_the_armed_group_it_accuses(extractor: ClaimExtractor) -> None:
    text = (
        "The army said the Kachin Independence Army had shelled a village near Myitkyina.\n\n"
        "The Kachin Independence Army denied it. Writing on Telegram, the group said its fighters had only "
        "defended themselves."
    )
    assignment = assign_sides(text, extractor.extract(text))
    army = next(c for c in assignment.claims if c.content.startswith("the Kachin Independence Army had shelled"))
    assert army.speaker == "The army"
    assert army.side != "Kachin Independence Army"


def test_a_body_of_the_government_speaks_for_its_country_but_its_workers_do_not(extractor: ClaimExtractor) -> None:
    text = (
        "ADDIS ABABA - The Ethiopian government accused the rebels of attacking a convoy.\n\n"
        "In a statement, the government communication service said the rebels had invaded three districts.\n\n"
        "Government workers in Mekelle said they had not been paid for a year."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["the government communication service"] == "Ethiopia"
    assert sides["Government workers in Mekelle"] != "Ethiopia"


def test_a_ministry_spokesman_after_what_another_countrys_ministry_did_speaks_for_it(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "Foreign Ministry spokesman Esmaeil Baghaei said Western governments had no standing to lecture Iran.\n\n"
        "Germany's foreign ministry summoned Iran's ambassador in protest, a ministry spokesman said."
    )
    assert side_by_speaker(extractor, text)["a ministry spokesman"] == "Germany"


def test_a_sum_the_tagger_ran_into_a_name_is_no_part_of_it(extractor: ClaimExtractor) -> None:
    text = (
        "MADRID - Spain's football federation fined Valencia 45,000 euros and ordered a partial closure of its "
        "stadium for five matches after fans racially abused Real Madrid forward Vinicius Junior.\n\n"
        "Valencia said it would appeal the sanction."
    )
    assert side_by_speaker(extractor, text)["Valencia"] == "Valencia"


def test_his_and_her_stand_for_the_person_named_before_not_the_last_body_that_spoke(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "Opposition candidate Venancio Mondlane said the results had been manipulated.\n\n"
        "Police said they had fired tear gas at protesters. Two of Mondlane's aides were shot dead last weekend. "
        "His party blamed the security forces.\n\n"
        "Amnesty International said the trial had been unfair. His family said they had not been allowed to see "
        "him."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["His party"] == sides["Opposition candidate Venancio Mondlane"]
    assert sides["His family"] not in ("Amnesty International", "Police")


def test_a_possessive_pronoun_names_no_party() -> None:
    facts = ArticleFacts(descriptions={}, full_names={}, organisations=frozenset(), movement_place=None)
    assert classify_speaker("His party", facts, load_country_lexicon()).name != "His"


def test_congo_is_the_congo_the_article_names_in_full(extractor: ClaimExtractor) -> None:
    text = (
        "The mpox outbreak in the Democratic Republic of Congo is spreading.\n\n"
        "Congo's Health Minister Roger Kamba said the situation was under control in the capital."
    )
    assert side_by_speaker(extractor, text)["Congo's Health Minister Roger Kamba"] == (
        "Democratic Republic of the Congo"
    )
    lexicon = load_country_lexicon()
    assert lexicon.for_article("Brazzaville and the Democratic Republic of Congo").country_in("Congo") == (
        "Republic of the Congo"
    )
    assert lexicon.for_article("South Sudan said Sudan had bombed it.").country_in("Sudan") == "Sudan"


def test_a_state_run_agency_named_by_its_name_speaks_for_its_state(extractor: ClaimExtractor) -> None:
    text = (
        "BEIRUT - Lebanon's state-run National News Agency said three civilians were killed in the strike.\n\n"
        "The Israeli military said it had targeted militants."
    )
    assert side_by_speaker(extractor, text)["Lebanon's state-run National News Agency"] == "Lebanon"


def test_the_intelligence_service_of_the_country_a_story_is_filed_from(extractor: ClaimExtractor) -> None:
    text = (
        "SEOUL - South Korea's spy agency said North Korea had sent troops to Russia.\n\n"
        "The National Intelligence Service said the soldiers had travelled on Russian ships."
    )
    assert set(side_by_speaker(extractor, text).values()) == {"South Korea"}


def test_a_person_described_as_one_of_a_group_that_spoke_is_with_it(extractor: ClaimExtractor) -> None:
    text = (
        "Farmers living along the Omo River say the new dam will flood their land.\n\n"
        '"Where will we go?" said Ato Kebede, a 54-year-old farmer from the village of Kangaten.'
    )
    assert set(side_by_speaker(extractor, text).values()) == {"Farmers"}


def test_a_group_named_by_what_it_does_is_a_side(extractor: ClaimExtractor) -> None:
    text = (
        "A hacking group said it had stolen the data of 560 million customers.\n\n"
        "The company said it had found no evidence of a breach."
    )
    assert side_by_speaker(extractor, text)["A hacking group"] == "Hacking group"


def test_his_party_is_the_party_the_article_names_as_his(extractor: ClaimExtractor) -> None:
    text = (
        "ISLAMABAD - A Pakistani court on Friday sentenced jailed former prime minister Imran Khan to 14 years in "
        "prison in a corruption case, his party said.\n\n"
        "Khan's Pakistan Tehreek-e-Insaf party called the verdict a mockery of justice."
    )
    assert side_by_speaker(extractor, text)["his party"] == "Pakistan Tehreek-e-Insaf"


def test_a_body_named_by_what_it_does_and_an_acronym_in_brackets_name_no_side_of_their_own(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "The health board said it had offered a 4.5 percent rise.\n\n"
        "Migrants are feared dead, the International Organization for Migration (IOM) said on Sunday."
    )
    assert set(side_by_speaker(extractor, text).values()) == {
        "Health board",
        "International Organization for Migration",
    }


def test_a_group_named_only_by_words_that_tell_nothing_of_it_is_no_side() -> None:
    facts = ArticleFacts(descriptions={}, full_names={}, organisations=frozenset(), movement_place=None)
    lexicon = load_country_lexicon()
    assert classify_speaker("that group", facts, lexicon).name == OTHER_SOURCES
    assert classify_speaker("an outside group", facts, lexicon).name == OTHER_SOURCES
    assert classify_speaker("A major climate group", facts, lexicon).name == "Climate group"
    assert classify_speaker("a pro-Russian hacker group", facts, lexicon).name == "Pro-Russian hacker group"


def test_his_campaign_speaks_for_him_but_his_rival_does_not(extractor: ClaimExtractor) -> None:
    text = (
        "Senator Marco Rubio finished third in the Iowa caucuses on Monday. His campaign said he was the real "
        "winner.\n\n"
        "Rubio said the result showed he could unite the party. At the same time, the loss has forced his rival, "
        "Ted Cruz, to say he would stay in the race."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["His campaign"] == sides["Senator Marco Rubio"] == "Marco Rubio"
    assert sides["Ted Cruz"] != "Marco Rubio"


def test_a_story_filed_from_both_capitals_of_a_dispute_has_no_home_country(extractor: ClaimExtractor) -> None:
    text = (
        "CAIRO/ADDIS ABABA - Ethiopia announced on Sunday that it had completed the filling of the dam, drawing a "
        "sharp response from Egypt.\n\n"
        "Prime Minister Abiy Ahmed said the dam posed no harm to downstream countries."
    )
    assert side_by_speaker(extractor, text)["Prime Minister Abiy Ahmed"] != "Egypt"


def test_lawyers_for_a_kind_of_people_speak_for_them(extractor: ClaimExtractor) -> None:
    text = "Lawyers for the families said the compensation was far too low."
    assert side_by_speaker(extractor, text)["Lawyers for the families"] == "Families"


def test_his_coach_named_after_him_speaks_for_the_athlete(extractor: ClaimExtractor) -> None:
    text = (
        "MONACO - The Athletics Integrity Unit banned Kenyan sprinter Ferdinand Omanyala for four years on "
        "Thursday.\n\n"
        'Omanyala said on Instagram that the sample had been contaminated. "I have never cheated," he wrote. '
        "Athletics Kenya said it respected the decision.\n\n"
        "His coach, Duncan Ayiemba, told local media that the athlete had been taking a supplement bought in a "
        "pharmacy."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["Duncan Ayiemba"] == sides["Ferdinand Omanyala"]


def test_a_company_named_after_its_country_is_no_voice_of_it() -> None:
    facts = ArticleFacts(descriptions={}, full_names={}, organisations=frozenset(), movement_place=None)
    lexicon = load_country_lexicon()
    assert classify_speaker("Nippon Steel", facts, lexicon) == Party("group", "Nippon Steel")
    assert classify_speaker("Russian Railways", facts, lexicon).kind == "group"


def test_families_speak_for_whose_families_they_are_and_the_office_refers_back(
    extractor: ClaimExtractor,
) -> None:
    text = (
        'The office of Israeli Prime Minister Benjamin Netanyahu denied adding conditions. "Hamas is the obstacle '
        'to a deal," the office said.\n\n'
        "Families of hostages held protests in Tel Aviv, accusing the government of putting politics ahead of "
        "their loved ones."
    )
    assert sides_in(extractor, text) == ["Israel", "Israel", "Families of hostages"]


def test_a_spokeswoman_whose_country_is_named_is_no_voice_of_the_government_before_her(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "KINSHASA - Congo's government accused Rwanda on Sunday of sending troops across the border.\n\n"
        "Rwanda's government spokeswoman Yolande Makolo denied the accusation."
    )
    assert sides_in(extractor, text) == ["Democratic Republic of the Congo", "Rwanda"]


def test_a_presidential_spokesman_speaks_for_the_presidents_country(extractor: ClaimExtractor) -> None:
    text = (
        "BUENOS AIRES - Argentine President Javier Milei vetoed a law on Thursday that would have increased "
        "funding for public universities, the presidential office said.\n\n"
        '"There is no money," presidential spokesman Manuel Adorni told a news conference.'
    )
    assert set(sides_in(extractor, text)) == {"Argentina"}


def test_state_media_speak_for_their_state(extractor: ClaimExtractor) -> None:
    text = (
        "BEIJING (AP) - An explosion at a chemical plant in northern China killed nine people on Monday, state "
        "media reported.\n\n"
        "The cause was under investigation, the official Xinhua News Agency said."
    )
    assert sides_in(extractor, text) == ["China", "China"]


def test_an_ombudsman_called_public_defender_is_no_defence_lawyer(extractor: ClaimExtractor) -> None:
    text = (
        "TBILISI, Dec 1 (Reuters) - Riot police cleared the avenue overnight, the interior ministry said.\n\n"
        "The office of the Public Defender, Georgia's ombudsman, said its monitors had documented 14 cases of "
        "excessive force."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["The office of the Public Defender, Georgia's ombudsman"] == "Ombudsman"


def test_a_diplomat_speaks_for_no_country_they_are_posted_in(extractor: ClaimExtractor) -> None:
    text = (
        "TBILISI, Dec 1 (Reuters) - Riot police cleared the avenue overnight, the interior ministry said.\n\n"
        "A Western diplomat in Tbilisi told Reuters that several embassies had raised the detentions."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["A Western diplomat in Tbilisi"] != sides["the interior ministry"]


def test_a_labour_congress_named_after_its_country_is_no_voice_of_the_government(
    extractor: ClaimExtractor,
) -> None:
    text = (
        "ABUJA, Sept 4 (Reuters) - The government insisted that a court order barred the strike.\n\n"
        "The Nigeria Labour Congress said the strike would continue until the price rise was reversed.\n\n"
        "The information ministry said the strike was illegal."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["The Nigeria Labour Congress"] == "Nigeria Labour Congress"
    assert sides["The government"] == sides["The information ministry"] == "Government"


def test_a_dateline_city_that_is_no_capital_gives_the_home_country(extractor: ClaimExtractor) -> None:
    """ISTANBUL is no capital; the city table says it is Turkey's, and the tagger's 'organisation' ISTANBUL
    (the dateline's place) is no body an exporters' association belongs to."""
    text = (
        "ISTANBUL, Aug 20 (Reuters) - The central bank kept its main rate at 50%, the foreign ministry said.\n\n"
        "Turkey's opposition said the decision hurt wages.\n\n"
        "The head of an Istanbul-based textile exporters' association said companies were suffocating."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["the foreign ministry"] == "Turkey"
    assert sides["The head of an Istanbul-based textile exporters' association"] == "Textile exporters' association"


def test_large_cities_name_their_country_and_shared_names_of_a_size_name_none() -> None:
    from bot.attribution.parties import load_city_countries

    cities = load_city_countries()
    assert cities["istanbul"] == "Turkey"
    assert cities["karachi"] == "Pakistan"
    assert cities["manchester"] == "United Kingdom"
    assert cities["hyderabad"] == "India"  # seven million people, against Pakistan's two
    assert "valencia" not in cities  # Spain's and Venezuela's are of a size


def test_a_security_council_named_after_its_state_is_that_states(extractor: ClaimExtractor) -> None:
    text = (
        "Yerevan, March 4. The Russian border guards will leave the airport, the Secretary of the Security Council "
        "of Armenia said.\n\n"
        "The decision is sovereign, the Secretary of the Security Council added.\n\n"
        "Russia's foreign ministry said it was bewildered.\n\n"
        "The UN Security Council said it was following the situation."
    )
    sides = sides_in(extractor, text)
    assert sides == ["Armenia", "Armenia", "Russia", "United Nations"]


def test_the_president_of_an_unnamed_federation_heads_it_not_a_state(extractor: ClaimExtractor) -> None:
    text = (
        "DHAKA, Nov 10 (Reuters) - The labour ministry said the new wage was final.\n\n"
        "“They offer crumbs,” said Shirin Akter, president of a garment workers' federation."
    )
    sides = side_by_speaker(extractor, text)
    assert sides["Shirin Akter"] == "Garment workers' federation"


def test_a_union_of_workers_of_a_country_is_no_voice_of_it(extractor: ClaimExtractor) -> None:
    text = (
        "JOHANNESBURG (Reuters) - The electricity minister said the cuts were caused by sabotage.\n\n"
        "The National Union of Metalworkers of South Africa rejected any suggestion that its members were involved."
    )
    sides = sides_in(extractor, text)
    assert sides[1] == "National Union of Metalworkers of South Africa"


def test_a_leader_of_one_of_the_unions_whose_words_media_cite_speaks_for_them(extractor: ClaimExtractor) -> None:
    """Who cites the words ("Polish media") is no side of the speaker, and no claim of its own."""
    text = (
        "WARSAW - The agriculture ministry said the blockade was illegal.\n\n"
        "The leader of one of the farmers' organizations Krzysztof Wójcik, whose words are cited by Polish media, "
        "declared "
        "that the protest will continue."
    )
    claims = assign_sides(text, extractor.extract(text)).claims
    assert [c.side for c in claims if c.cue == "declared"] == ["Farmers' organizations"]
    assert [c.content for c in claims if c.content.startswith("whose")] == []
