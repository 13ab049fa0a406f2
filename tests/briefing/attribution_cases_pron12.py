"""Attribution cases of the pronoun round of session 9 (issue 13, "who a pronoun or role noun
is"): a pronoun goes to the person the text was last about, with a gender only when the text
or an unambiguous given name says so. Invented people throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

#: A sentence about a woman with an unambiguous given name that uses "he" for someone the text
#: does not name as a person ("Hillary Voss attacked Keller, saying he …") is no evidence she is
#: a "he": the given name stands, and her "she said" is hers.
GENDER_VOTE_AGAINST_GIVEN_NAME = cases(
    "pronouns and role nouns",
    [
        (
            "Sen. Margaret Doyle went after Keller on Monday, saying he had broken his word on the budget.\n\n"
            "“We were promised a school in this district, and we got a parking lot,” she said.",
            "We were promised a school",
            "Margaret Doyle",
        ),
        (
            "Rep. Jennifer Aldana attacked Brookes over the port deal, arguing that he had misled the "
            "council twice. The deal would cost the city millions, she added.\n\n"
            "“Nobody in this chamber was told the truth,” she said.",
            "Nobody in this chamber",
            "Jennifer Aldana",
        ),
        (
            "Gov. Michael Tanaka praised Sorensen on Friday, saying she had rescued the festival from "
            "bankruptcy.\n\n“Without that money we would have closed the doors in June,” he said.",
            "Without that money",
            "Michael Tanaka",
        ),
        (  # negative: a given name that says nothing leaves the text's own evidence standing
            "Sen. Robin Achterberg told the council on Tuesday that she would not run for a third term.\n\n"
            "“It is time for someone else to carry this,” he said.",
            "It is time for someone else",
            None,
        ),
    ],
)

PRON12_CASES = [*GENDER_VOTE_AGAINST_GIVEN_NAME]
