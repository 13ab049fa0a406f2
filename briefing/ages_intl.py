"""Ages in German, French, Spanish, Ukrainian and Russian text: never figures, and a sign that
the words before them name a person.

News sets an age off after a name ("Thorge Ahlgrimm, 34, der …", "Maëlys, 23 ans, étudiante",
"Montse Pujadas, de 52 años y …", "Гульнара Сеитова, 68 лет, говорит") or after a noun for a
person ("un retraité de 74 ans", "una mujer de 52 años", "âgée de 74 ans"). A plan, a sentence or
a loan "de 10 años" is a duration, and "120,5 Millionen" after a name a decimal: neither is read.
("der 23-Jährige", "61-річний" are masked with the other compounds in ``quantities_intl``.)
"""

from __future__ import annotations

import re

_SPACE = "[ \u00a0\u202f]"
#: Nouns for a person whose age "de N ans/años" gives.
_AGED = frozenset(
    """retraité retraitée homme femme mère père habitant habitante voisin voisine enfant garçon
    fille fils étudiant étudiante agriculteur agricultrice âgé âgée âgés âgées
    jubilado jubilada mujer hombre madre padre vecino vecina abuela abuelo niño niña hijo hija
    joven anciano anciana estudiante agricultor agricultora""".split()
)
_YEARS = "(?:ans|años|лет|года|год|років|роки|рік)"
_GOES_ON = rf"{_SPACE}(?:y|et|и|і|та){_SPACE}"
#: Nouns for a person by their ending ("une éducatrice de 34 ans", "un taxista de 50 años").
_PERSON_ENDING = r"[a-zà-ÿ]+(?:trice|teur|euse|iste|ista|ora)"
#: An age set off after a capitalised word (groups 1 and 2: with "ans"/"лет" it may end the
#: sentence, a bare number only goes on), or after a person noun (group 3).
_AGE = re.compile(
    rf"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w'’-]+,{_SPACE}(?:de{_SPACE})?"
    rf"(?:(\d{{1,3}}{_SPACE}{_YEARS})(?=[.,;)!?]|{_GOES_ON})|(\d{{1,3}})(?=,(?!\d)|[;)]|{_GOES_ON}))"
    rf"|(?i:\b(?:{'|'.join(sorted(_AGED))}|{_PERSON_ENDING}))[ \u00a0]+de[ \u00a0]+(\d{{1,3}}{_SPACE}(?:ans|años))\b"
)
#: The same age right after a name's end: ", 52,", ", 68 лет,", ", de 52 años y".
_AGE_AFTER = re.compile(
    rf",{_SPACE}(?:de{_SPACE})?(?:\d{{1,3}}{_SPACE}{_YEARS}(?=[.,;)!?]|{_GOES_ON})|\d{{1,3}}(?=,(?!\d)|[;)]|{_GOES_ON}))"
)


def age_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the ages in ``text`` (the number and its "ans"/"лет"), to mask as figures."""
    return [m.span(next(g for g in (1, 2, 3) if m.group(g))) for m in _AGE.finditer(text)]


def age_follows(text: str, end: int) -> bool:
    """Whether an age is set off right after ``text[:end]`` (a name's end): "Lioba Scherf-Kappes,
    52, räumt …" — a person, whose given name no list may hold."""
    return _AGE_AFTER.match(text, end) is not None
