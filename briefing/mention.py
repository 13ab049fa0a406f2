"""A speaker phrase as attribution finds it, before it is resolved to a person.

Kept apart from the readers that produce it so that every stage (clause readers, labels, the
parse last resort, resolution) can share the type without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """A speaker phrase reduced to its head: ``kind`` is name, pronoun or description."""

    kind: str
    text: str

    @property
    def is_he_or_she(self) -> bool:
        """A pronoun that stands for one person ("he", "she"), not "they", "it" or "we": the
        pronouns a rule may hand a quote to, to be resolved like any pronoun speaker."""
        return self.kind == "pronoun" and self.text in {"he", "she"}
