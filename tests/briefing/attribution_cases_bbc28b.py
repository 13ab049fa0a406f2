"""Attribution cases of session 28 (helper bbc28b): two wrong-name families of the BBC News pool.

* A tournament's seed as the speaker: "said the top seed" gave "the top" and "said eighth seed
  Kovac" nobody, since the readers of verbs and participles took every word in "-ed" for a past
  ("seed" cut off as the participle of "one Republican involved", or read as the verb that makes
  "eighth seed Kovac" a clause). A few nouns in "-ed" ("seed", "newlywed") are now no verb there
  (``speech_lexicon.NOT_PAST_ED``).
* A title with a number inside it: "Radio 5 Live reported", "according to Il Sole 24 Ore" gave
  "Live" and "Ore", the capitals after the number read as a name of their own; the whole title is
  the speaker now (``head_patterns._NUMBERED_TITLE``).
* A sports round-up's run-in label with no colon: "- Harwick boss Graeme Lyle "…"" gave nobody
  (a heading before its quote took only titles before the name); a body's capitalised words and
  a lower-case noun of a person before a full name are its role (``heading_labels._body_role``),
  which vouches for a given name the lexicon does not know.

Negatives: a real participle after a noun still ends the head ("the families freed last week"), a
year or a date before a name is no title ("In 1999 Tom Marsh", "By 12 Ann Roe"), a count before a
plural is none either ("All 12 Republicans" never becomes a name), and a numbered title as an
addressee leaves the speaker alone ("Mr Kerr told Radio 5 Live"); a plural before the name
("Harwick fans Graeme Lyle") or no person noun ("Harwick Park Road End") labels no one. Invented names and wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

SEEDS = cases(
    "pronouns and role nouns",
    [
        ('"I served well today and the crowd helped me," said the top seed.', "I served well today", "the top seed"),
        ('"It was a hard draw," said the Croatian fourth seed.', "It was a hard draw", "the Croatian fourth seed"),
        ('"It was close," the number one seed said.', "It was close", "the number one seed"),
        ('"I was lucky in the second set," said second seed Ivan Kovac.', "I was lucky", "Ivan Kovac"),
        ('Ivan Kovac won in three sets. "I felt no pain at all," said eighth seed Kovac.', "I felt no pain", "Ivan Kovac"),
        ('"It was close," top seed Ivan Kovac said.', "It was close", "Ivan Kovac"),
        ('"We are very happy," said the newlywed.', "We are very happy", "the newlywed"),
        # negatives: a real participle after the noun still ends the head
        ('"We want justice," said the families freed last week.', "We want justice", "the families"),
    ],
)

NUMBERED_TITLES = cases(
    "names: particles, numbers, places and headlines",
    [
        ('"We will not back down on this plan," Radio 5 Live reported.', "We will not back down", "Radio 5 Live"),
        ('"The talks have failed," Channel 4 News reported on its website.', "The talks have failed", "Channel 4 News"),
        ('According to Il Sole 24 Ore, the paper, the cabinet will focus on "cutting red tape and taxes".',
         "cutting red tape", "Il Sole 24 Ore"),
        # negatives: a year, a date, a count, an addressee
        ('In 1999 Tom Marsh said he was "very happy" with the deal.', "very happy", "Tom Marsh"),
        ('"We will not back down," Mr Kerr told Radio 5 Live.', "We will not back down", "Kerr"),
        ('All 12 Republicans said the bill was "a good start for the rivers".', "a good start", "Republicans"),
    ],
)

ROUND_UP_LABELS = cases(
    "titles and abbreviations",
    [
        ('- Harwick boss Graeme Lyle "I am bitterly disappointed with the result. "In the first half we were good."\n\n'
         ' - Dunmere boss Ray Kell "We deserved the win. We had a good second half."',
         "I am bitterly disappointed", "Graeme Lyle"),
        ('- Harwick boss Graeme Lyle "I am bitterly disappointed with the result. "In the first half we were good."\n\n'
         ' - Dunmere boss Ray Kell "We deserved the win. We had a good second half."',
         "We deserved the win", "Ray Kell"),
        ('- Harwick coach Tom Ledley "It was a tough afternoon for the lads."', "It was a tough afternoon", "Tom Ledley"),
        # negatives: a plural, or no person noun, before the name
        ('- Harwick fans Graeme Lyle "We want our club back."', "We want our club back", None),
        ('- Harwick Park Road End "We want our club back."', "We want our club back", None),
    ],
)

BBC28B_CASES = [*SEEDS, *NUMBERED_TITLES, *ROUND_UP_LABELS]
