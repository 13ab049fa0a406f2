"""A register of the names in an article, to resolve surnames and pronouns to full names."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .speakers import NAME_RUN, PERSON_TITLES, PRONOUNS, clean_name

_HONORIFIC_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "lord": "m",
    "dame": "f",
    "lady": "f",
}


class NameRegistry:
    """Capitalised names of the body in text order, for resolving surnames and pronouns."""

    def __init__(self, body: str, quoted: list[tuple[int, int]]) -> None:
        self._runs: list[tuple[int, str]] = []
        self._positions: list[int] = []
        self._by_last: dict[str, list[tuple[int, str]]] = {}
        self.gender: dict[str, str] = {}
        self.persons: set[str] = set()
        spans = sorted(quoted)
        starts, ends = [a for a, _ in spans], [b for _, b in spans]
        for m in NAME_RUN.finditer(body):
            k = bisect_right(starts, m.start()) - 1
            if k >= 0 and m.start() < ends[k]:
                continue  # names inside quotes are not antecedents
            name = clean_name(m.group())
            if not name or len(name.split()) > 4:
                continue
            self._runs.append((m.start(), name))
            self._positions.append(m.start())
            self._by_last.setdefault(name.split()[-1], []).append((m.start(), name))
            lead = [w.lower().rstrip(".") for w in m.group().split()[: -len(name.split())]]
            first = lead[0] if lead else ""
            if first in _HONORIFIC_GENDER or any(w in PERSON_TITLES for w in lead):
                full = self.fullest(name, m.start() + 1)
                self.persons.add(full)
                if first in _HONORIFIC_GENDER:
                    self.gender.setdefault(full, _HONORIFIC_GENDER[first])

    def fullest(self, name: str, pos: int) -> str:
        """Longest earlier name ending with the same words (``Umerov`` -> ``Rustem Umerov``)."""
        words = name.split()
        best = name
        for at, cand in self._by_last.get(words[-1], []) if words else []:
            if at >= pos:
                break
            cw = cand.split()
            if len(cw) > len(best.split()) and cw[-len(words) :] == words:
                best = cand
        return best

    def add_person(self, name: str) -> None:
        self.persons.add(name)

    def learn_genders(self, body: str) -> None:
        """Guess he/she per person from sentences naming only that person.

        "Umerov said his team was ready" votes male; a person's gender is the clear majority
        of such votes. Honorifics (Mr., Ms.) already set win over votes.
        """
        votes: dict[str, list[int]] = {}
        surnames = {p.split()[-1]: p for p in self.persons}
        start = 0
        for sentence in re.split(r"(?<=[.!?])\s+", body):
            begin = body.find(sentence, start)
            start = begin + len(sentence)
            lo, hi = bisect_left(self._positions, begin), bisect_left(self._positions, start)
            names = {
                surnames[r.split()[-1]] for _, r in self._runs[lo:hi] if r.split()[-1] in surnames
            }
            if len(names) != 1:
                continue
            low = sentence.lower()
            male = len(re.findall(r"\b(?:he|himself)\b", low))  # possessives often point elsewhere
            female = len(re.findall(r"\b(?:she|herself)\b", low))
            if male != female and not (male and female):
                votes.setdefault(names.pop(), [0, 0])[0 if male else 1] += 1
        for person, (m, f) in votes.items():
            if m != f:
                self.gender.setdefault(person, "m" if m > f else "f")

    def resolve_pronoun(self, pronoun: str, pos: int, preferred: Sequence[str] = ()) -> str | None:
        """A preferred candidate of the right gender, else the most recent person before ``pos``."""
        want = PRONOUNS.get(pronoun)
        if want not in {"m", "f"}:
            return None
        for person in preferred:
            if self.gender.get(person, want) == want:
                return person
        surnames = {p.split()[-1]: p for p in self.persons}
        for p, run in reversed(self._runs[: bisect_left(self._positions, pos)]):
            person = surnames.get(run.split()[-1])
            if person is None:
                continue
            person = self.fullest(person, p + 1) if len(person.split()) == 1 else person
            if self.gender.get(person, want) == want:
                return person
        return None
