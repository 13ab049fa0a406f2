"""Attribution cases of session 25 (helper heads25): quotes introduced by a run-in heading.

Live blogs, debate round-ups, fact checks and "what they said" lists head each entry with a label
run into the quote, in capitals or in mixed case, often with no colon: "WELLER “…”", "WELLER ON
TAXES “…”", "REYES’S ‘LOSERS’ REMARK “…”", "The Weller response “…”", "SPEAKER REYES “…”", "THE
GOVERNOR ON SCHOOLS “…”". A bare one-word label, a possessive heading whose head is a noun of
saying and a title before a surname gave no speaker, and the scare quote inside a possessive
heading with a colon gave a group "Reyes’s ‘losers" (``briefing.entry_labels.heading_label``,
``word_owners``). The label names a person only when its name is one the article writes in full
or after a title; the next bare quote goes on with the entry.

Negatives (a wrong name is worse than none): a heading that is a topic ("THE FACT CHECK", "WHAT’S
NEXT", "THE BRIDGE", "WELLER’S BRIDGE" — a possessive whose head is no noun of saying, "ON
WELLER", "ABOUT REYES", "WELLER VS. REYES"), a one-word label that is no person of the article
("OREGON", "CANADA", a word the article writes only in a place's name), a label naming the
person the quote talks about, a headline in capitals with a verb and a scare quote, a kicker
("BREAKING", "WATCH"; a fact check's "FACT CHECK:", "Claim:" labels no one), a title whose holder the article never names, a title inside quote marks
(a work's name) and a quote signed inside the marks. Invented names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEAD = "Ann Weller and Tom Reyes met for their second debate on Tuesday night in Dayton."
_Q = "“We are going to fix the roads and the state will pay for every mile of it.”"
_START = "We are going to fix the roads"

BARE_NAME_HEADINGS = cases(
    "clause frames around the speaker",
    [
        (f"{_LEAD}\n\nWELLER {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nReyes {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\nTOM REYES {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\nWELLER ON THE ROADS {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nWELLER, ON THE BUDGET {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nReyes, on the closed bridges {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\nReyes on Weller {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\nREYES ON WELLER {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\nWELLER ON THE ROADS {_Q}\n\nREYES “Nobody in this state believes a word of that promise.”",
         "Nobody in this state", "Tom Reyes"),
        (f"{_LEAD}\n\nREYES ON TAXES “Nobody in this state believes a word of that promise.”\n\nWELLER {_Q}",
         _START, "Ann Weller"),
    ],
)

POSSESSIVE_HEADINGS = cases(
    "clause frames around the speaker",
    [
        (f"{_LEAD}\n\nREYES’S ‘LOSERS’ REMARK “I should not have called the voters of this county that.”",
         "I should not have called", "Tom Reyes"),
        (f"{_LEAD}\n\nReyes’s ‘losers’ remark: “I should not have called the voters of this county that.”",
         "I should not have called", "Tom Reyes"),
        (f"{_LEAD}\n\nWeller's closing pitch {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nREYES’S ‘LOSERS’ REMARK: “I should not have called the voters of this county that.”",
         "I should not have called", "Tom Reyes"),
        (f"{_LEAD}\n\nWELLER’S CLOSING PITCH: {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nThe Weller response: {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nWELLER — {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nDAYTON — {_Q}", _START, None),
        (f"{_LEAD}\n\nTHE BRIDGE: {_Q}", _START, None),
        (f"{_LEAD}\n\nOn Weller: {_Q}", _START, None),
        (f"{_LEAD}\n\nON WELLER: {_Q}", _START, None),
        (f"{_LEAD}\n\nAbout Reyes: {_Q}", _START, None),
        ("Ann Weller and her husband Tom Weller met the press.\n\nTom Weller’s stock answer then — “I will be fine whatever "
         "happens, it is the voters I worry about” — is likely to be repeated word for word by his wife.",
         "I will be fine whatever", (None, "Tom Weller")),
        (f"{_LEAD}\n\nWELLER’S CLOSING ARGUMENT {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nThe Weller response {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nTHE REYES ANSWER “Nobody in this state believes a word of that promise.”",
         "Nobody in this state", "Tom Reyes"),
        (f"{_LEAD}\n\nWELLER’S WARNING ON TOLLS {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nWeller’s reply to the mayor’s letter {_Q}", _START, "Ann Weller"),
        ("Governor Tom Reyes spoke on Tuesday.\n\nTHE GOVERNOR’S ANSWER “We are going to fix the roads and pay for it.”",
         "We are going to fix", ("the governor", "Tom Reyes")),
        (f"{_LEAD}\n\nThe film’s message {_Q}", _START, None),
        (f"{_LEAD}\n\nTHE SENATOR’S ANSWER {_Q}", _START, None),
        (f"{_LEAD}\n\nReyes’s promise on schools “Every classroom will have a teacher by the fall.”",
         "Every classroom will have", "Tom Reyes"),
    ],
)

ROLE_HEADINGS = cases(
    "titles and abbreviations",
    [
        ("Dana Kirby and Paul Ames spoke on Thursday.\n\nSPEAKER KIRBY “We will hold the vote before the recess, as promised.”",
         "We will hold the vote", "Dana Kirby"),
        ("Lena Ford and Paul Ames debated on Tuesday.\n\nGOV. FORD ON THE BUDGET “We will cut the gas tax for every family here.”",
         "We will cut the gas tax", "Lena Ford"),
        ("Lena Ford and Paul Ames debated on Tuesday.\n\nSenator Ames “The gas tax cut is a promise nobody can keep.”",
         "The gas tax cut", "Paul Ames"),
        ("Governor Lena Ford and Paul Ames met on Tuesday.\n\nTHE GOVERNOR ON THE ROADS “This is not a game, it is our money.”",
         "This is not a game", ("the governor", "Lena Ford")),
        ("Lena Ford and Paul Ames met on Tuesday.\n\nTHE GOVERNOR ON THE ROADS “This is not a game, it is our money.”",
         "This is not a game", None),
    ],
)

CONTINUED_ENTRIES = cases(
    "multi-paragraph quotes, next-paragraph speakers, pull quotes",
    [
        (f"{_LEAD}\n\nWELLER {_Q}\n\n“And we will start with the bridges in the north.”", "And we will start", "Ann Weller"),
        (f"{_LEAD}\n\nREYES ON TOLLS “Nobody in this state believes a word of that promise.”\n\n"
         "“Not one driver I have met on the road.”", "Not one driver", "Tom Reyes"),
        (f"{_LEAD}\n\nWELLER’S RESPONSE {_Q}\n\n“We will publish the plan next week.”", "We will publish the plan", "Ann Weller"),
    ],
)

TOPIC_HEADINGS = cases(
    "when unsure, say less",
    [
        (f"{_LEAD}\n\nTHE FACT CHECK {_Q}", _START, None),
        (f"{_LEAD}\n\nWHAT’S NEXT {_Q}", _START, None),
        (f"{_LEAD}\n\nTHE BRIDGE {_Q}", _START, None),
        (f"{_LEAD}\n\nWELLER’S BRIDGE {_Q}", _START, None),
        (f"{_LEAD}\n\nWeller’s bridge {_Q}", _START, None),
        (f"{_LEAD}\n\nON WELLER {_Q}", _START, None),
        (f"{_LEAD}\n\nABOUT REYES {_Q}", _START, None),
        (f"{_LEAD}\n\nWELLER VS. REYES {_Q}", _START, None),
        (f"{_LEAD}\n\nOREGON {_Q}", _START, None),
        (f"{_LEAD} Both grew up in New Canada.\n\nCANADA {_Q}", _START, None),
        (f"{_LEAD}\n\nREYES “Reyes has never paid for a single mile of road in this state.”", "Reyes has never paid", None),
        (f"{_LEAD}\n\nBREAKING {_Q}", _START, None),
        (f"{_LEAD}\n\nFACT CHECK: {_Q}", _START, None),
        (f"{_LEAD}\n\nFACT CHECK: WELLER {_Q}", _START, None),
        (f"{_LEAD}\n\nClaim: {_Q}", _START, None),
        (f"{_LEAD}\n\nWhat’s next: {_Q}", _START, None),
        (f"{_LEAD}\n\nWATCH {_Q}", _START, None),
        (f"{_LEAD}\n\nTHE ‘ROAD TO NOWHERE’ BRIDGE {_Q}", _START, None),
        (f"{_LEAD}\n\nWELLER’S ‘ROAD TO NOWHERE’ {_Q}", _START, None),
        (f"{_LEAD}\n\nThe Weller campaign {_Q}", _START, None),
        ("Ann Weller spoke on Tuesday night in Dayton about Governor Reyes.\n\nREYES “We are going to fix the roads and pay for it.”",
         "We are going to fix", None),
        ("Ann Weller spoke on Tuesday night in Dayton.\n\nREYES “We are going to fix the roads and pay for it.”",
         "We are going to fix", None),
        (f"{_LEAD}\n\nWELLER ON THE ROADS “The roads will be fixed and paid for by the state. — Tom Reyes”",
         "The roads will be fixed", "Tom Reyes"),
        (f"{_LEAD}\n\nTHE CHAIRMAN ON TOLLS {_Q}", _START, None),
        (f"{_LEAD}\n\nTHE WALL “The roads will be fixed and paid for,” Reyes said in a statement.",
         "The roads will be fixed", "Tom Reyes"),
        (f"{_LEAD}\n\nWELLER ON THE ROADS “The roads will be fixed and paid for,” Reyes said in a statement.",
         "The roads will be fixed", "Tom Reyes"),
    ],
)

HEADINGS_ON_THEIR_OWN_LINE = cases(
    "speaker stated in another paragraph or clause",
    [
        (f"{_LEAD}\n\nWELLER ON THE ROADS\n\n{_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nReyes’s answer on tolls\n\n“Nobody in this state believes a word of that promise.”",
         "Nobody in this state", "Tom Reyes"),
        (f"{_LEAD}\n\nWELLER ON TAXES {_Q}\n\nREYES ON THE ROADS\n\n“Nobody in this state believes a word of that promise.”",
         "Nobody in this state", "Tom Reyes"),
        (f"{_LEAD}\n\n“Nobody in this state believes a word of that promise,” Weller said.\n\nReyes on the bridges\n\n{_Q}",
         _START, "Tom Reyes"),
        (f"{_LEAD}\n\nTHE ROADS\n\n{_Q}", _START, None),
        (f"{_LEAD}\n\nWeller’s bridge\n\n{_Q}", _START, None),
        ("A fine story, well told.\n\nMarch 3, 2012\n\nNora Castellanos\n\n“There is a lamp in every room of the house, light it.”",
         "There is a lamp", None),
    ],
)

MORE_LABELS = cases(
    "titles and abbreviations",
    [
        (f"{_LEAD}\n\nREYES (R) {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\n8:15 P.M. — WELLER {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nMR. REYES ON TOLLS {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\nFORMER GOV. REYES ON TOLLS {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\nWeller’s two cents {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nWELLER’S MESSAGE TO REYES {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\nREYES, ASKED ABOUT THE TOLLS {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD}\n\n• WELLER {_Q}", _START, "Ann Weller"),
        (f"{_LEAD}\n\n- Reyes on tolls {_Q}", _START, "Tom Reyes"),
        (f"{_LEAD} Governor Lena Ford watched.\n\nTHE GOVERNOR {_Q}", _START, ("the governor", "Lena Ford")),
    ],
)

HEADS25_CASES = HEADINGS_ON_THEIR_OWN_LINE + MORE_LABELS + BARE_NAME_HEADINGS + POSSESSIVE_HEADINGS + ROLE_HEADINGS + CONTINUED_ENTRIES + TOPIC_HEADINGS
