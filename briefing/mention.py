"""A speaker phrase as attribution finds it, before it is resolved to a person.

Kept apart from the readers that produce it so that every stage (clause readers, labels, the
parse last resort, resolution) can share the type without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final

#: Determiners a description in capitals may open on ("THE MAYOR", "HIS LAWYER", "ONE AIDE").
_DETERMINERS_IN_CAPITALS = frozenset("the an this that these those his her its their our my your one some".split())


@dataclass(frozen=True)
class Mention:
    """A speaker phrase reduced to its head: ``kind`` is name, pronoun or description."""

    kind: str
    text: str

    def __post_init__(self) -> None:
        # A description's first word goes to lower case by its first letter ("The mayor" -> "the
        # mayor"); a determiner in capitals ("THE MAYOR") is written whole in lower case, never
        # "tHE MAYOR" (every reader that lower-cases an opening determiner, at once)
        first = self.text.split(" ", 1)[0]
        if len(first) > 1 and first[0].islower() and first[1:].isupper() and first.lower() in _DETERMINERS_IN_CAPITALS:
            object.__setattr__(self, "text", first.lower() + self.text[len(first) :])

    @property
    def is_he_or_she(self) -> bool:
        """A pronoun that stands for one person ("he", "she"), not "they", "it" or "we": the
        pronouns a rule may hand a quote to, to be resolved like any pronoun speaker."""
        return self.kind == "pronoun" and self.text in {"he", "she"}


class Undecided(Enum):
    """The answer of a reader of one part of a sentence (a comma piece) that found none of what it
    reads there: the caller reads on. Apart from ``None``, which is a reader's answer that the
    part has no speaker; a reader moved out of a longer one returns this where the longer one
    went on."""

    PIECE = "piece"


#: The one value of ``Undecided``.
UNDECIDED: Final = Undecided.PIECE
