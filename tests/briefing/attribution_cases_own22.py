"""Attribution cases of session 22 found by the coordinator reading the helpers' speaker changes
on the blog and news pools: a street's name is no one a pronoun can mean; a member of a
parliament's title is no part of the name; a claim's owner after "by" owns the claim's words.

Streets: reading the speaker changes of a helper's fix on the blog pool showed "he says, “…”" resolved to
"App Store Avenue": a name of two words or more ending on Avenue, Boulevard, Road or Drive was a
person for the pronoun resolver unless the text wrote it after "in", "at" or "on". Such a name is
a place wherever it stands ("Carver Avenue was packed …").

Negative: "Street" is a surname too (the skier Picabo Street), so it is left out of the rule.

Titles: "Labour MP Tom Watson" was shown as "MP Tom Watson", "Liberal MP Marco Mendicino" whole:
MP, MEP, MSP, MLA and MPP are titles like "Sen.".

Claims by someone: "He cited a claim by Ann Roe, a former aide, that she had “…”" gave "he", and
"Watson said the police ignored a statement by a witness that she had “…”" gave Watson: the
words are the claim's, and the claim is its owner's, as in "Roe's claim that" (``word_owners``).
Negatives: a speech verb inside the clause names someone else ("a claim by Kell that Ames had
said “…”"), and a quote that is the predicate of the whole phrase is the subject's verdict ("Roe
said a claim by Kell that the casino would bring jobs is “…”"). Invented wording.
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

MEMBER_TITLES = cases(
    "titles and abbreviations",
    [
        ("Labour MP Tom Watson said he had “clear intelligence suggesting a network linked to the government.”",
         "clear intelligence suggesting", "Tom Watson"),
        ("The Liberal MP Ann Roe, a former prosecutor, said the report was “a complete and total fabrication.”",
         "a complete and total fabrication", "Ann Roe"),
        ("Ontario MPP Tom Kell said the plan was “a disaster for every family in the riding this winter.”",
         "a disaster for every family", "Tom Kell"),
        ("“We will not stand for this in the European Parliament,” said Green MEP Ann Roe.",
         "We will not stand for this", "Ann Roe"),
    ],
)

_MEETING = "Labour MP Tom Watson spoke in the Commons on Monday.\n\n"

CLAIM_BY_OWNER = cases(
    "clause frames around the speaker",
    [
        (_MEETING + "He cited a claim by Ann Roe, a former aide, that she had “seen the files with her own eyes in "
         "the office.”", "seen the files with her own eyes", "Ann Roe"),
        (_MEETING + "Watson said the police had ignored a statement by a witness that she had “seen the men leave "
         "the house together at night.”", "seen the men leave the house", "a witness"),
        (_MEETING + "The inquiry rejected an allegation by a former officer that the files had been “destroyed on "
         "the orders of a minister.”", "destroyed on the orders", "a former officer"),
        # a speech verb inside the claim names its own speaker; a quote after the claim is the subject's verdict
        ("Tom Kell and Ann Roe met on Monday.\n\nRoe dismissed a claim by Kell that Ames had said the deal was “a "
         "disaster for every family in the town.”", "a disaster for every family", "Ames"),
        ("Tom Kell and Ann Roe met on Monday.\n\nRoe said a claim by Kell that the casino would bring jobs is “a "
         "fantasy dreamed up by people who never lived here.”", "a fantasy dreamed up", "Ann Roe"),
    ],
)

OWN22_CASES = STREET_NOT_PERSON + MEMBER_TITLES + CLAIM_BY_OWNER
