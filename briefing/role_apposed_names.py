"""The name set off after a sentence's role subject by a lower-case role or "named":
"Her neighbor, retired firefighter Gus Odom, called police", "One witness, a man named Gus
Odom, told police …", "The caller, identified by police as Gus Odom, said …".

A new person is often introduced so: a role opens the sentence and the commas after it give
who that is. The name is the sentence's subject as much as the role is, and the one a later "he"
or "she" means is the person, so ``sentence_subjects.leading_np`` answers with the name. Its own
test for a set-off name wants every word of the piece capitalised ("The mayor, Olena
Shevchenko, was"), which a lower-case role before the name fails; and its verb search stops at
"named", "retired" or "identified", words of the piece itself.

Only when the opening is a person's role (its head a person noun: not "The project, called
Botanicus, turns …") and the name is a full one (two words or more), and the piece holds nothing
but the role words: a piece with a preposition or a relative word ("Her lawyer, like senator Tom
Reyes, …", "His aide, who met officer Tim Ross, …") is no appositive of the role, and a wrong
name is worse than the role.
"""

from __future__ import annotations

import re

from .mention import Mention
from .name_cleaning import clean_name
from .speech_lexicon import PERSON_NOUNS

#: Role subject, set-off piece, and the first word after it: "Her neighbor, a man named Gus
#: Odom, called" (group "rest": a lower-case word, the predicate's first).
_ROLE_THEN_PIECE = re.compile(r"(?P<role>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4}),\s+(?P<piece>[^,“”\"]{3,90}?),\s+(?P<rest>[a-z]+)\b")
#: The piece: lower-case words, then "named" (or "identified … as", "known as") and the name; or
#: lower-case role words right before the name, with no article ("retired firefighter Gus Odom").
_NAMED = re.compile(
    r"(?:(?:an?|the)\s+)?(?P<words>(?:[a-z\d][\w’'-]*\s+){0,5}?)"
    r"(?:named|identified(?:\s+by\s+[a-z]+(?:\s+[a-z]+)?)?\s+as|known\s+as)\s+(?P<name>[A-Z].*)"
)
_ROLE_WORDS = re.compile(r"(?P<words>(?:[a-z\d][\w’'-]*\s+){1,4})(?P<name>[A-Z].*)")
#: Words that make a piece something else than a role: a preposition, a relative word, a verb's
#: companions ("like senator Tom Reyes", "who met officer Tim Ross", "with agent Peter Lund").
_NOT_ROLE_WORDS = frozenset(
    "a an the who whom whose which that like with without for to of in on at by from as and or but "
    "than after before about against among including unlike his her their its our my your".split()
)
#: First words after the piece that continue a list or a clause, no predicate ("and", "who").
_NO_PREDICATE = frozenset("and or but nor who whom whose which where when while as if than".split())


def _role_head(role: str) -> bool:
    """The opening is a person's role ("Her neighbor", "One witness", "The victim's brother")."""
    words = role.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].lower() in PERSON_NOUNS and all(w[:1].islower() for w in words[1:])


def role_apposed_name(sentence: str) -> Mention | None:
    """The full name set off after the role that opens ``sentence`` by a lower-case role or
    "named" ("Her neighbor, a retired firefighter named Gus Odom, called police": Gus Odom);
    None when the sentence does not open so."""
    opening = _ROLE_THEN_PIECE.match(sentence.lstrip())
    if opening is None or opening.group("rest") in _NO_PREDICATE or not _role_head(opening.group("role")):
        return None
    piece = opening.group("piece").strip()
    named = _NAMED.fullmatch(piece)
    found = named or _ROLE_WORDS.fullmatch(piece)
    if found is None:
        return None
    words = found.group("words").split()
    if any(w in _NOT_ROLE_WORDS for w in words):
        return None
    if named is None and words[-1] not in PERSON_NOUNS:
        return None  # "retired firefighter Gus Odom": a person's role right before the name
    written = found.group("name").strip()
    name = clean_name(written)  # "retired Gen. Tom Ames": the name without its title
    if not name or not written.endswith(name) or len(name.split()) < 2 or not all(w[:1].isupper() for w in written.split()):
        return None
    return Mention("name", name)

