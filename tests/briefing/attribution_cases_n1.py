"""Attribution cases of session 17 (helper n1), from reading trafilatura's English test pages
(real text without gold) and inventing cases of the patterns found there. Invented people.

- features' verbs of telling after the quote: "shared" / "shares" / "penned" ('“…,” she shared
  with Vogue.', '“…,” shared Mr. Dorsey.'), never "shared a stage", "shared in a regret" or a
  quote before "shares fell";
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

SHARED_WITH = cases(
    "speech verbs in every form",
    [
        ("Sleep coach Carla Benning swears by magnesium. “It calms the body before bed,” she shared with "
         "Health Weekly.", "It calms the body", "Carla Benning"),
        ("“We will open a second branch in Dorchester by May,” shared Mr. Pell Dorsey, the bakery's owner.",
         "We will open a second branch", "Pell Dorsey"),
        ("“The whole street turned out to help us rebuild,” Ana Pruitt shared.", "The whole street", "Ana Pruitt"),
        ("“I still run every morning at five,” the 81-year-old Hugo Brandt shares with readers.",
         "I still run every morning", "Hugo Brandt"),
        ("Dietitian Mara Lentz is wary of juice cleanses. “Cut sugar slowly, not all at once,” she shares "
         "with Vogue.", "Cut sugar slowly", "Mara Lentz"),
        ("“Most diets fail within a year,” Tova Ringer penned in an essay for Slate.", "Most diets fail",
         "Tova Ringer"),
        ("“Nobody warned us about the flooding,” Lou Barrow shared on Instagram.", "Nobody warned us",
         "Lou Barrow"),
        ("Columnist Rhea Dane is unconvinced. “The plan fixes nothing that matters,” she penned.",
         "The plan fixes nothing", "Rhea Dane"),
        (  # negative: "shared in" is taking part, the quote Kell's words
            "Former sales chief Tom Kell said Irma Voss was “heavily involved in all of it” and shared in “a "
            "great amount of regret.”", "a great amount of regret", "Tom Kell"),
        (  # negative: a thing shared is no speaker
            "The two leaders shared a “commitment to lasting peace” at the summit.", "commitment to lasting peace",
            None),
        (  # negative: a relative clause's "shared" is no attribution of the quote before it
            "“The kingdom is a leading partner in fighting terror,” the Saudis state in the paper, which was "
            "being shared with lawmakers on Thursday.", "The kingdom is a leading partner", "the Saudis"),
    ],
)

N1_CASES = [*SHARED_WITH]
