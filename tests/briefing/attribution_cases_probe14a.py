"""Attribution cases of round 14 (probing, branch probe14a), written before any rule was changed:
speech verbs in every form (manner verbs such as "jabbed", "taunted", "chuckled"; "kept saying";
"was quoted as saying" after the quote; "X's only answer was “…”"; "according to the complaint,
Kell “…”", where the document is the source), titles and abbreviations inside the speaker phrase
("Det. Sgt.", "Amb.", "Supt.", "A. J. Brandt", a quote paragraph so full of titles that it looked
like a title-case headline), and long material between quote, speaker and verb (time phrases
without a comma, "Weeks after Hollis conceded the primary, “…”"). Invented people throughout;
the cases that already passed stay as a guard.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: 'According to the complaint, Kell “…”': the document is the source, the name after its comma
#: is the clause's subject, not a name in apposition to the document.
ACCORDING_TO_DOCUMENT = cases(
    "speech verbs in every form",
    [
        (
            "According to the complaint, Dale Kell “knowingly misled investors about the company's debts.”",
            "knowingly misled investors",
            ("the complaint", None),
        ),
        (
            "According to the indictment, Paula Greer “directed staff to destroy the records.”",
            "directed staff to destroy",
            ("the indictment", None),
        ),
        (  # positive: a description and a name in apposition after an inverted verb
            "“We heard the blast from the harbour,” said one witness, Ahmed Karimi.",
            "We heard the blast",
            "Ahmed Karimi",
        ),
        (
            "According to Finance Minister Bruno Calder, “the deficit will fall below two percent next year.”",
            "the deficit will fall",
            "Bruno Calder",
        ),
        (
            "“The trains will run on time from Monday,” according to a statement from transport minister Eli Ross.",
            "The trains will run",
            ("Eli Ross", "a statement from Eli Ross"),
        ),
    ],
)

#: A one-sentence quote paragraph whose speaker phrase is all titles and names ('“Diplomacy is not
#: dead,” Secretary of State Helen Marsh said.') is prose, not a title-case headline.
TITLED_PROSE = cases(
    "titles and abbreviations",
    [
        ("“Diplomacy is not dead,” Secretary of State Helen Marsh said.", "Diplomacy is not dead", "Helen Marsh"),
        ("“Diplomacy is not dead,” said Secretary of State Helen Marsh.", "Diplomacy is not dead", "Helen Marsh"),
        (
            "The talks resumed on Monday.\n\n“Diplomacy is not dead,” Secretary of State Helen Marsh said.",
            "Diplomacy is not dead",
            "Helen Marsh",
        ),
        (
            "“Turnout was the highest in decades,” Election Commissioner Ruth Adeyemi told Reuters on Sunday.",
            "Turnout was the highest",
            "Ruth Adeyemi",
        ),
    ],
)

#: Long appositives, who/when clauses and participle clauses (all passed before the round: a guard).
LONG_MATERIAL = cases(
    "long material between quote, speaker and verb",
    [
        (
            "“We were betrayed,” said Laura Finn, who has lived in the village for forty years and whose husband "
            "worked at the plant.",
            "We were betrayed",
            "Laura Finn",
        ),
        (
            "“The water was up to our knees in minutes,” said Omar Haddad, a 54-year-old baker whose shop on Main "
            "Street flooded on Sunday night.",
            "The water was up to our knees",
            "Omar Haddad",
        ),
        ("“I had no idea,” said Jeanne Perrault, when asked about the payments.", "I had no idea", "Jeanne Perrault"),
        (
            "Speaking to reporters after a closed-door meeting with party leaders, Rep. Nora Kane said, “There is "
            "no deal yet.”",
            "There is no deal yet",
            "Nora Kane",
        ),
        ("When the verdict was read Judge Tara Quill said “This court has no sympathy for you.”", "This court has no", "Tara Quill"),
        (
            "Karen Voss, the former head of the agency who resigned last year after a row with the minister over "
            "funding, said: “Nobody listened.”",
            "Nobody listened",
            "Karen Voss",
        ),
        (
            "“We did our best,” Kurt Lang, who managed the site for the city until it closed in 2019, said on Monday.",
            "We did our best",
            "Kurt Lang",
        ),
        (
            "In a speech that lasted nearly two hours and was interrupted by protesters three times, President Leo "
            "Marsh said, “We will not be moved.”",
            "We will not be moved",
            "Leo Marsh",
        ),
        (
            "“They lied to us,” said Pete Cullen, whose son died in the crash, as he left the inquest.",
            "They lied to us",
            "Pete Cullen",
        ),
        (
            "“This is the worst flood I have seen,” said Ernesto Vidal, 62, who has farmed the valley since 1980, as "
            "he surveyed the damage.",
            "This is the worst flood",
            "Ernesto Vidal",
        ),
    ],
)

PROBE14A_CASES = [
    *ACCORDING_TO_DOCUMENT,
    *TITLED_PROSE,
    *LONG_MATERIAL,
]
