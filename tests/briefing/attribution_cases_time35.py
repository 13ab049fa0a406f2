"""Attribution cases of session 35 (coordinator): a phrase of time opening the sentence before a
subject whose verbs "and" joins up to the speech verb.

* "Moments later she stood up and said “…”", "Moments later, she …": the speaker shown was
  "Moments". A verb coordinated with an earlier one shares that verb's subject, which the reader
  took as the sentence's opening noun phrase; a capitalised plural of time opening the sentence
  was read as a name. The opening phrase of time (``appositives.TIME_BEFORE_SUBJECT``, with or
  without its comma) is now set aside before the subject is read, as the reader of one verb's
  subject already did ("Moments later she said" was Ann Roe's). Seen in an invented probe of a
  blog's comma-less opening ("About five minutes later she finally stopped talking and … said").

Negatives: the same sentences whose subject is a name, a description or a pronoun with no one
named before it keep their readings; a time phrase inside the clause is no opening. Invented
names and wording throughout.
"""

from __future__ import annotations

from tests.briefing.attribution_case import cases

_LEVY = "we want the levy gone by the end of next week"
_ROE = "Ann Roe walked into the hall on Tuesday. "

TIME_OPENING_BEFORE_COORDINATED_VERBS = cases(
    "long material between quote, speaker and verb",
    [
        (f"{_ROE}Moments later she stood up and said “{_LEVY}.”", "we want the levy", "Ann Roe"),
        (f"{_ROE}Moments later, she stood up and said “{_LEVY}.”", "we want the levy", "Ann Roe"),
        (f"{_ROE}Minutes later she turned to the crowd and shouted, “{_LEVY}.”", "we want the levy", "Ann Roe"),
        (f"{_ROE}Hours later, she put down her notes and told reporters: “{_LEVY}.”", "we want the levy", "Ann Roe"),
        # negatives: a name, a description, a name with the comma, a pronoun of no one named
        (f"{_ROE}Hours later Tom Kell stood up and said “{_LEVY}.”", "we want the levy", "Tom Kell"),
        (f"{_ROE}Two days later, the mayor rose and said “{_LEVY}.”", "we want the levy", "the mayor"),
        (f"Moments later, Tom Kell stood up and said “{_LEVY}.”", "we want the levy", "Tom Kell"),
        (f"Moments later she stood up and said “{_LEVY}.”", "we want the levy", None),
        (f"{_ROE}She stood up moments later and said “{_LEVY}.”", "we want the levy", "Ann Roe"),
    ],
)

TIME35_CASES = [*TIME_OPENING_BEFORE_COORDINATED_VERBS]
