"""A person named after the outlet or the show they belong to, at a sentence's start: "The
View’s Whoopi Goldberg said, “…”", "The Ledger’s Dana Holt wrote". Mid-sentence ("the Ledger’s
Dana Holt") the lower-case "the" leaves the name to the speaker reader already; opening a
sentence, the capitalised "The" ran into the owner's run of capitals and the whole phrase stayed
a description, so a "she" after it found no one.

Only a full name after the possessive whose first word is a given name or no common word: not
the outlet's place or title ("The Ledger’s Harbor Park", "The Post’s Chief Executive").
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAME_GENDER
from .mention import Mention
from .wordlists import is_common_word

#: "the", a capitalised owner of up to three words with its possessive, then a full name.
_OWNER_THEN_NAME = re.compile(r"the\s+(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*[’']s?\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})")


def name_after_owner(description: str) -> Mention | None:
    """The person's name of a description "the <Owner>’s <Given> <Surname>", else None."""
    owned = _OWNER_THEN_NAME.fullmatch(description)
    if owned is None:
        return None
    return Mention("name", owned.group(1)) if may_be_given_name(owned.group(1).split()[0]) else None


def may_be_given_name(word: str) -> bool:
    """``word``, the first of a capitalised run after an owner's possessive, may open a person's
    name: a given name we know or no word of the language ("Sanjay" of "Ernst and Young's Sanjay
    Mehta"), not a common word that opens a place's or a title's name ("Harbor", "Chief")."""
    low = word.lower()
    return low in GIVEN_NAME_GENDER or not is_common_word(low)
