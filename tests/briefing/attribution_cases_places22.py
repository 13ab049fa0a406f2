"""Attribution cases of session 22: a street's name is no one a pronoun can mean.

Reading the speaker changes of a helper's fix on the blog pool showed "he says, “…”" resolved to
"App Store Avenue": a name of two words or more ending on Avenue, Boulevard, Road or Drive was a
person for the pronoun resolver unless the text wrote it after "in", "at" or "on". Such a name is
a place wherever it stands ("Carver Avenue was packed …").

Negative: "Street" is a surname too (the skier Picabo Street), so it is left out of the rule.
Invented wording.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_QUOTE = "“We are not going anywhere until the council listens to us.”"

STREET_NOT_PERSON = cases(
    "pronouns and role nouns",
    [
        ("Carver Avenue was packed with shoppers on Saturday morning, and the new store had a line around "
         f"the block.\n\nAnd he says, all calm, {_QUOTE}", "We are not going anywhere", None),
        (f"Tom Kell opened his first shop in 1990. Carver Avenue was packed with shoppers on Saturday.\n\nHe says, {_QUOTE}",
         "We are not going anywhere", "Tom Kell"),
        (f"Tom Kell opened his first shop in 1990. Mill Creek Drive was closed to trucks for the day.\n\nHe says, {_QUOTE}",
         "We are not going anywhere", "Tom Kell"),
        # "Street" is also a surname
        (f"Picabo Street won gold in Nagano in 1998 and now coaches in Utah.\n\nShe said, {_QUOTE}",
         "We are not going anywhere", "Picabo Street"),
    ],
)

PLACES22_CASES = STREET_NOT_PERSON
