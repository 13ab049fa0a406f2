"""A title or a role written as a description ("the minister", "the former Mexican president",
"the actor") resolved to the one person the text introduced with it ("Defence Minister Rustem
Umerov", "actor Tim Allen", "Tim Allen, the actor,"), for ``names.NameRegistry``.

Moved out of ``names`` (session 37), so that module stays readable: ``resolve_title`` and the
readers it alone uses (the roles written around each name, read the first time a title is asked
for, and the unnamed holders of a role that make a link unsure) share the registry's tables of
titles and roles and nothing else of it. A mixin, as ``name_genders.GenderLearning`` is: the
registry fills the tables as it reads the body's names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import numbers
from .groups import role_complement
from .name_cleaning import PERSON_TITLES
from .name_registry_lexicon import (
    _AGE,
    _AGE_AFTER,
    _AGE_BEFORE,
    _PARTY_AFTER,
    _PAST_ROLE,
    _PLACE_AFTER,
    _RANK_WORD,
    _RANKS,
    _SENTENCE_START,
    _THE_BEFORE,
    _TITLE_WORD,
    _verb_between,
)
from .name_roles import NOT_THE_ONE, ROLE_GENDER, ROLE_NOUNS, roles_after, roles_before
from .speech_lexicon import ORGANISATION_NOUNS

#: ``resolve_title``'s answer when several people carry the title: no name should be shown.
AMBIGUOUS = "\x00ambiguous"


class TitleResolution:
    """``NameRegistry``'s linking of "the <title>" to the person introduced with it:
    ``resolve_title`` and the role reading it does on first use."""

    # set by ``NameRegistry.__init__``
    _body: str
    _titled: list[tuple[int, str, str, frozenset[str]]]
    _roles: list[tuple[int, str, str, frozenset[str]]]
    _role_spans: list[tuple[int, int]]
    _places: dict[str, set[str]]
    _ages: dict[str, set[str]]
    _unread_roles: list[tuple[int, int, str, list[str], set[str]]]

    if TYPE_CHECKING:  # ``NameRegistry``'s own

        def fullest(self, name: str, pos: int, *, ahead: bool = False, given: bool = True) -> str: ...

        def is_place(self, name: str) -> bool: ...

        def gender_of(self, name: str) -> str | None: ...

    def _read_roles(self, body: str, start: int, end: int, name: str, lead: list[str], titles: set[str]) -> None:
        """Roles the text gives the name written at ``[start, end)``: before it, after it (see
        ``name_roles``), and the party of a party tag ("Sen. Ron Walden (R-Ore.)" is "the
        Republican"). A place after the name ("of New Hampshire") goes with each of them."""
        clause = _SENTENCE_START.split(body[max(0, start - 80) : start])[-1]
        # (the search only where the clause ends on "the" and spaces: it reads the whole clause)
        if clause.rstrip().endswith(("the", "The")) and _THE_BEFORE.search(clause) or any(w.lower() == "the" for w in lead):
            return  # "The Post, the officer said": a name after "the" is no person's
        found = roles_before(body, start, end, lead) + roles_after(body, end, clause_start=clause)
        party = _PARTY_AFTER.match(body, end)
        if party is not None and titles:
            found.append(("democrat" if party.group(1)[0] == "D" else "republican", frozenset(), party.span()))
        age = _AGE_AFTER.match(body, end) or _AGE_BEFORE.search(clause)
        if age is not None and age.re is _AGE_BEFORE and _verb_between(age.group()):
            age = None  # "The 25-year-old told CNN": the age is the subject's, not the object's
        ages = {f"{age.group(1)}-year-old"} if age is not None else set()
        ages |= {w for _, context, _ in found for w in context if _AGE.fullmatch(w)}  # ", a 62-year-old actor,"
        if ages:
            self._ages.setdefault(self.fullest(name, start + 1), set()).update(ages)
            span = (start, start)
            if age is not None:
                span = age.span() if age.re is _AGE_AFTER else (start - len(clause) + age.start(), start)
            found += [(a, frozenset(), span) for a in ages]
        place = _PLACE_AFTER.match(body, end)
        if place is not None and (found or titles):
            self._places.setdefault(self.fullest(name, start + 1), set()).update(place.group(1).lower().replace(".", " ").split())
        for role, context, span in found:
            self._roles.append((start, _TITLE_WORD.get(role, role), name, context))
            self._role_spans.append(span)

    def resolve_title(self, description: str, pos: int, *, start: int = 0) -> str | None:  # or AMBIGUOUS
        """ "the minister" -> the one person introduced with that title before ``pos``
        ("Defence Minister Rustem Umerov"); "the former Mexican president" only someone written
        with "Mexican". Two people with the title (two senators) -> None: unsure, say less. Only
        people introduced from ``start`` on count (the body after a headline, for the headline).

        A role is linked the same way ("actor Tim Allen", "Tim Allen, the actor,", "Allen is an
        actor" … "the actor"), but a wrong name is worse than a description, so less readily:
        not when the text also writes an unnamed one ("an actor who worked with him said"), nor
        for "the other actor", nor "the actress" for someone known to be a man."""
        complement: frozenset[str] = frozenset()
        # "the mother of four": a count the person must have been introduced with ("a mother of
        # two" is someone else)
        counts = {w for w in description.lower().split()[2:] if w in numbers.SMALL or w.isdigit()} if " of " in description else set()
        of_what = role_complement(description) if " of " in description or " for " in description else None
        if of_what is not None:
            # "the president of the local union": only someone written as the union's president
            # ("Ed Marsh, the president of the local union,"), never "President Barack Obama"
            description, complement = of_what
        words = description.split()
        if len(words) < 2 or words[0].lower() != "the":
            return None
        unread, self._unread_roles = self._unread_roles, []
        for start_at, end_at, name_at, lead, titles_at in unread:
            self._read_roles(self._body, start_at, end_at, name_at, lead, titles_at)
        title = _TITLE_WORD.get(words[-1].lower(), words[-1].lower())
        if title not in PERSON_TITLES and title not in ROLE_NOUNS and not _AGE.fullmatch(title):
            return None
        if any(w in NOT_THE_ONE for w in words[1:-1]):
            return None  # "the other senator": not the one introduced as a senator
        modifiers = {w.lower() for w in words[1:-1] if w[:1].isupper()}
        contexts: dict[str, set[str]] = {}
        for at, _, name, context in self._titled + self._roles:
            if at < pos:
                full = self.fullest(name, pos)
                contexts.setdefault(full, set()).update(context, self._places.get(full, ()))
        titled = {self.fullest(name, pos) for at, t, name, _ in self._titled if start <= at < pos and t == title}
        current = not any(w.lower() in _PAST_ROLE for w in words[1:-1])
        roled = {
            self.fullest(name, pos)
            for at, t, name, context in self._roles
            if start <= at < pos and t == title and (context & _PAST_ROLE if not current else not context & _PAST_ROLE)
        }
        if not current:
            # "the former mayor" after "Mayor Ian Doyle" met "Ray Tillot": not the mayor in office,
            # only someone the text writes as a past holder ("former Mayor Ray Tillot", "Ray
            # Tillot, a former mayor")
            titled = {name for name in titled if contexts.get(name, set()) & _PAST_ROLE}
        roled = {name for name in roled if not self.is_place(name)}
        # "Airdrie Sheriff Court" writes no sheriff named "Court": an organisation noun
        titled = {name for name in titled if name.lower() not in ORGANISATION_NOUNS}
        roled = {name for name in roled if name.lower() not in ORGANISATION_NOUNS}
        ages = {w.lower() for w in words[1:-1] if _AGE.fullmatch(w)}
        # "the vice president", "the deputy mayor", "the lieutenant governor": a lower rank is
        # another office, only the one introduced with that rank ("Lt. Gov. Ann Lowe"), never
        # the holder of the office itself ("President Barack Obama")
        ranks = {_RANK_WORD.get(w.lower(), w.lower()) for w in words[1:-1]} & _RANKS
        names = {
            name
            for name in titled | roled
            if modifiers | complement | counts <= contexts.get(name, set())
            and ages <= self._ages.get(name, ages)  # "the 61-year-old actor"
            and ranks <= {_RANK_WORD.get(w.lower(), w.lower()) for w in contexts.get(name, set())}
        }
        if len(names) > 1:
            return AMBIGUOUS
        if not names:
            return None
        name = names.pop()
        gender = ROLE_GENDER.get(words[-1].lower(), ROLE_GENDER.get(title))  # "the congresswoman"
        if gender is not None and self.gender_of(name) not in (None, gender):
            return None  # "the actress" is no man
        first = min(at for at, t, n, _ in self._titled + self._roles if t == title and self.fullest(n, pos) == name)
        if any(self._unnamed_role(w, max(start, first), pos, current=current) for w in {title, words[-1].lower()}):
            return None  # "a congressman said" before "the congressman" (a "representative")
        if self._epithet_before(words[-1].lower(), start, first):
            return None  # "the star" twice for the singer before "soul star Peabo Bryson": not him
        return name

    def _epithet_before(self, role: str, start: int, first: int) -> bool:
        """The text calls someone "the <role>" twice or more before it introduces the named person
        with that role (``first``): an epithet of someone else, the story's subject most often
        ("photos of the star", "the star coming clean" … "soul star Peabo Bryson")."""
        pattern = rf"(?<![\w’'-])the\s+(?:[a-z][\w’'-]*\s+){{0,2}}?{re.escape(role)}(?![\w’'-])"
        return len(re.findall(pattern, self._body[start:first], re.IGNORECASE)) >= 2

    def _unnamed_role(self, role: str, start: int, end: int, *, current: bool) -> bool:
        """The text writes someone unnamed with ``role`` in ``[start, end)`` ("a nurse said",
        "another actor"): outside any named person's role phrase, so a later "the nurse" may be
        them. Asking for a ``current`` holder, "a former mayor" is no such one. Read from the named
        person's introduction on: "a federal judge" before "Judge Gonzalo Curiel" is him."""
        for m in re.finditer(rf"(?<![\w’'-])(?:an?|another|one)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(role)}(?![\w’'-])", self._body[start:end], re.IGNORECASE):
            a, b = m.start() + start, m.end() + start
            if current and _PAST_ROLE & set(m.group().lower().split()):
                continue
            if not any(s < b and a < e for s, e in self._role_spans):
                return True
        return False
