"""Story rule: follow-ups of one story join it; articles that only share a broad topic do not."""

from __future__ import annotations

import pytest

from briefing.models import Briefing, Figure, Quote
from briefing.pipeline import brief_text
from briefing.stories import (
    BROAD_MIN_WINDOW,
    broad_features,
    same_story,
    shared_evidence,
    story_features,
    story_steps,
)

# Hand-written pairs: (first article, later article). Each text is a short realistic news item.
TALKS = """Ukraine and Russia hold second round of talks in Istanbul

Delegations from Ukraine and Russia met in Istanbul on Monday for a second round of direct talks on a ceasefire.

The Ukrainian delegation was led by Defence Minister Rustem Umerov. "We handed over our proposals in advance," Umerov told reporters after the meeting.

Turkish Foreign Minister Hakan Fidan, who hosted the talks, said both sides had agreed to exchange prisoners."""

TALKS_FOLLOW_UP = """Prisoner swap agreed at Istanbul talks gets under way

The first prisoners of war were exchanged on Wednesday under the deal agreed at the talks in Istanbul.

"Today the first of our defenders came home," Umerov said in a statement.

Fidan said Turkey was ready to host a third round of talks within weeks."""

DRONE_STRIKE = """Ukraine says drones hit Russian bombers at four air bases

Ukraine said on Sunday that its drones had struck 41 Russian aircraft at four air bases deep inside Russia.

"This is a fair response to the bombing of our cities," President Volodymyr Zelensky said in his evening address.

Military analysts said the attack would not change the situation on the front line soon."""

TALKS_WITH_ZELENSKY = """Zelensky says talks in Istanbul produced little beyond a prisoner deal

President Volodymyr Zelensky said the second round of talks in Istanbul had produced a prisoner exchange but no ceasefire.

"Without strong sanctions, Russia will not seek real diplomacy," Zelensky said.

He said Ukraine would not recognise occupied territories."""

TALKS_DRONE_WAR = """Russia and Ukraine resume talks in Istanbul as drone war escalates

Negotiators from Russia and Ukraine met in Istanbul, hours after Kyiv's drone operation against Russian airfields.

"Without pressure on Moscow, there will be no real diplomacy," President Volodymyr Zelensky said before the talks.

Umerov, who led Ukraine's team, said Kyiv wanted an unconditional ceasefire."""

GRAIN = """Ukraine grain exports rise as Black Sea ports reopen

Ukraine's grain exports rose by a fifth in May as ports on the Black Sea coast handled more ships, the agriculture ministry said.

"Our farmers have shown incredible resilience," said Agriculture Minister Vitaliy Koval.

Traders said wheat prices in Europe eased on the news."""

FED = """Federal Reserve holds rates steady as inflation cools

The Federal Reserve left interest rates unchanged on Wednesday, saying inflation was cooling but still above its target.

"We are not in a hurry to cut," Fed Chair Jerome Powell told reporters.

Markets had expected the decision."""

ECB = """European Central Bank cuts rates for the eighth time

The European Central Bank cut its deposit rate to 2 percent on Thursday as inflation fell below its target.

"We are getting to the end of a cycle," President Christine Lagarde said at a news conference in Frankfurt.

Economists expect one more cut this year."""

FED_FOLLOW_UP = """Powell signals Federal Reserve may cut rates in September

Federal Reserve Chair Jerome Powell said on Friday that the central bank could cut interest rates as soon as September.

"The time has come for policy to adjust," Powell said in a speech at Jackson Hole.

Stocks rallied on his remarks."""

CHIPS = """Chipmaker warns of $8 billion hit from new US export curbs

Nvidia said on Wednesday that new US restrictions on chip exports to China would cut its revenue by $8 billion.

"The $50 billion market is effectively closed to US industry," chief executive Jensen Huang said.

Shares fell 3 percent in late trading."""

CHIPS_FOLLOW_UP = """Nvidia shares slide as Huang lobbies against export curbs

Shares of Nvidia fell for a second day on Thursday as chief executive Jensen Huang met officials to argue against the export curbs on chips for China.

"Export controls have failed," Huang told reporters in Taipei.

Analysts cut their revenue forecasts for Nvidia."""


def features(text: str) -> dict[str, str]:
    return story_features(brief_text(text))


@pytest.mark.parametrize(
    ("first", "later"),
    [(TALKS, TALKS_FOLLOW_UP), (TALKS, TALKS_WITH_ZELENSKY), (FED, FED_FOLLOW_UP), (CHIPS, CHIPS_FOLLOW_UP)],
    ids=["talks-swap", "talks-zelensky", "fed-powell", "chips-nvidia"],
)
def test_follow_ups_of_one_story_join(first: str, later: str) -> None:
    assert same_story(features(later), features(first))


@pytest.mark.parametrize(
    ("first", "later"),
    [(TALKS, DRONE_STRIKE), (TALKS, GRAIN), (DRONE_STRIKE, GRAIN), (FED, ECB), (TALKS, FED), (CHIPS, FED),
     (TALKS_DRONE_WAR, DRONE_STRIKE)],
    ids=["talks-drones", "talks-grain", "drones-grain", "fed-ecb", "talks-fed", "chips-fed", "war-talks-drones"],
)
def test_articles_sharing_a_broad_topic_stay_apart(first: str, later: str) -> None:
    assert not same_story(features(later), features(first))


def test_ukraine_alone_is_no_evidence() -> None:
    talks, grain = features(TALKS), features(GRAIN)
    assert "ukrain" not in talks and "ukrain" not in grain
    assert shared_evidence(talks, grain) == 0


def test_features_name_people_by_surname_and_mark_names() -> None:
    found = features(TALKS)
    assert found["umerov"] == "n" and found["istanbul"] == "n" and found["talk"] == "w"
    assert "russia" not in found and "moscow" not in found


def test_common_words_alone_never_make_a_story() -> None:
    a = {"second": "w", "round": "w", "talk": "w", "vote": "w"}
    b = {"second": "w", "round": "w", "talk": "w", "parliament": "w"}
    assert not same_story(a, b)
    assert same_story({**a, "istanbul": "n"}, {**b, "istanbul": "n"})


def test_features_most_recent_articles_carry_are_broad_in_a_big_window() -> None:
    carried = {"zelensky": 12, "istanbul": 2}
    assert broad_features(carried, BROAD_MIN_WINDOW) == {"zelensky"}
    assert broad_features(carried, BROAD_MIN_WINDOW - 1) == set()  # too few articles to tell
    a = {"zelensky": "n", "drone": "w", "sanction": "w", "oper": "w"}
    assert same_story(a, dict(a)) and not same_story(a, dict(a), broad={"zelensky"})


def test_one_shared_name_needs_more_shared_words() -> None:
    base = {"zelensky": "n", "drone": "w", "oper": "w"}
    assert not same_story(base, dict(base))  # the head of state, the weapon, "operation"
    assert same_story({**base, "airbas": "w"}, {**base, "airbas": "w"})
    assert same_story({**base, "maliuk": "n"}, {**base, "maliuk": "n"})


def test_story_steps_show_only_what_each_article_adds() -> None:
    q1 = Quote(text="We handed over our proposals in advance", speaker="Rustem Umerov")
    q2 = Quote(text="We handed over our proposals in advance.", speaker="Umerov")  # same words
    q3 = Quote(text="Every name matters to us", speaker="Umerov")
    scare = Quote(text="reckless", speaker="Umerov", scare=True)
    f1 = Figure(text="1,000 prisoners", value=1000, what="prisoners", key=True)
    f2 = Figure(text="1,000 prisoners of war", value=1000, what="prisoners", key=True)
    f3 = Figure(text="41 aircraft", value=41, what="aircraft", key=True)
    first = Briefing(title="a", quotes=(q1,), figures=(f1,))
    second = Briefing(title="b", quotes=(q2, q3, scare), figures=(f2, f3))
    steps = story_steps([first, second])
    assert steps[0].new_quotes == (q1,) and steps[0].new_figures == (f1,)
    assert steps[1].new_quotes == (q3,) and steps[1].new_figures == (f3,)
    assert story_steps([]) == []
