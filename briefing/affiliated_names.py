"""A person named with the body they belong to, opening a sentence: "Dr. Tom Kell of the Red
Cross acknowledged …", "Sen. Ann Roe of the Finance Committee said …".

The subject reader took the last run of capitals before the verb as the subject, so the body
("Red Cross", "U.C.S.F.") became the sentence's person, and a "he" after it meant the body. The
person before "of the" is the subject; the body only says where they work. Only a run that a
title or a given name marks as a person's counts ("Bank of the West", "President of the United
States", "Secretary of State John Kerry" are no person and a body).
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .name_cleaning import clean_name, is_person_title

#: What stands between the person and the body: "of the", "of".
_OF_BODY = re.compile(r"\s+of(?:\s+the)?\s+")


def person_of_body(capitals: str, runs: list[re.Match[str]]) -> str | None:
    """The person's name when ``capitals`` (the capitalised words opening a sentence, with
    ``runs`` its runs of capitals) end on "PERSON of the BODY"; None otherwise."""
    if len(runs) < 2 or _OF_BODY.fullmatch(capitals, runs[-2].end(), runs[-1].start()) is None:
        return None
    run = runs[-2].group()
    person = clean_name(run)
    if not person:
        return None
    titled = run != person and is_person_title(run.split()[0])
    return person if titled or given_name_gender(person) is not None else None
