"""A sentence's subject that is a surname the subject readers take for a word: "In an interview,
Deacon had nothing bad to say", "Bishop was not so sure", after "Colleen Deacon", "Ann Bishop".

``sentence_subjects.leading_np`` reads the text alone, and a capitalised word that is also a
title or a common noun ("Deacon", "Bishop", "Judge", "Page") gives it no one. The subject index
holds the name registry, which knows when the text named a person of that surname before: then
the word before an auxiliary or a verb of saying is that person, the one a later "she" means. Only
a surname of a full name written earlier (two words or more): a "Judge had …" with no one named
Judge stays no one.
"""

from __future__ import annotations

import re

from .mention import Mention
from .names import NameRegistry

#: An opening phrase set off by a comma (maybe), then one capitalised word and an auxiliary or a
#: verb of saying (group 1: the word).
_WORD_THEN_VERB = re.compile(
    r"\s*(?:[A-Z][^,;:“”\"]{0,50},\s+)?([A-Z][a-z]+)\s+(?:had|has|was|is|did|does|would|will|could|said|says|told|tells)\b"
)


def surname_subject(sentence: str, registry: NameRegistry, position: int) -> Mention | None:
    """The person whose surname opens ``sentence`` (at ``position`` in the body), when the text
    wrote their full name before; None otherwise."""
    found = _WORD_THEN_VERB.match(sentence)
    if found is None:
        return None
    word = found.group(1)
    full = registry.fullest(word, position)
    if len(full.split()) < 2 or full.split()[-1] != word:
        return None
    return Mention("name", word)
