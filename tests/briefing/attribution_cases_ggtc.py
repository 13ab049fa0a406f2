"""Attribution cases of round 21 (GGT continuations): how a quote with no speaker words of its own
inherits one from the paragraphs around it. Invented people and wording.

A quote-only paragraph between a paragraph that reports a named person's words ('Tessa Morrow
admits the clinic was slow to react.') and one that opens on a new source ('According to the
ministry, …') is the reported person's: the "according to" brings in the next claim. When the next
paragraph's own speech verb names someone else, neither is sure; and an "according to" set against
a second source in its sentence ('…, but Morrow says …') hands the quote before it to neither.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

BETWEEN_TWO_SOURCES = cases(
    "when unsure, say less",
    [
        ("Paramedic union head Tessa Morrow admits the service was slow to react.\n\n“We should have "
         "seen it coming, and we didn't.”\n\nAccording to the health ministry, the service met its "
         "targets last year.", "We should have seen", "Tessa Morrow"),
        ("Clinic director Omar Haddad concedes that two patients were sent home too early.\n\n“I can't "
         "say it changed the outcome, but nobody can say it didn't.”\n\nAccording to the regional "
         "authority, discharge rules were followed in both cases.", "I can't say it changed",
         "Omar Haddad"),
        ("Coach Lena Brandt says her players were exhausted by the third period.\n\n“Three games in "
         "four nights is too much for anyone.”\n\nAccording to league data, the team has played more "
         "road games than any other this season.", "Three games in four nights", "Lena Brandt"),
        ("Paramedic union head Tessa Morrow admits the service was slow to react.\n\n“We should have "
         "seen it coming, and we didn't.”\n\nMorrow said the union would ask for more crews.",
         "We should have seen", "Tessa Morrow"),
        ("Paramedic union head Tessa Morrow admits the service was slow to react.\n\n“We should have "
         "seen it coming, and we didn't.”\n\nThe health ministry said the service met its targets last "
         "year.", "We should have seen", (None, "Tessa Morrow")),
        ("Waits for an ambulance have grown every winter.\n\n“We are seeing waits of an hour in some "
         "towns.”\n\nAccording to the union, response times have doubled since 2015.",
         "We are seeing waits", ("the union", None)),
        ("“We should have seen it coming, and we didn't.”\n\nAccording to the ministry, the service met "
         "its targets last year, but Tessa Morrow says crews see it differently.", "We should have seen",
         None),
        ("Waits for a bed have grown.\n\n“People sleep in the hallway for two nights.”\n\nAccording to "
         "the hospital, occupancy fell last year while the nurses' union insists it rose.",
         "People sleep in the hallway", None),
        ("“People sleep in the hallway for two nights.”\n\nAccording to the hospital, occupancy fell "
         "last year while the new wing was being built.", "People sleep in the hallway",
         ("the hospital", None)),
    ],
)

GGTC_CASES = [*BETWEEN_TWO_SOURCES]
