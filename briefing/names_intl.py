"""People named in a non-English article: who they are, their gender, their name in the
nominative, for the quote speakers of ``quotes_intl.py``.

A capitalised run counts as a person only with evidence: a role word or honorific right before
it ("Finanzministerin Katrin Albers", "M. Marchand", "заступника міністра Тараса Висоцького"),
a known first name ("Olena", "Дмитрий"), or a speech verb it is the subject of (``mark_speaker``).
German capitalises every noun and "Deutschen Bahn" is no person, so a bare run proves nothing.
Ukrainian and Russian inflect names: "за словами Тараса Висоцького" is genitive; the first
name is recognised through the first-name list ("Тараса" -> "Тарас"), the surname brought back
to the nominative by the few unambiguous ending rules below or taken from a nominative mention
elsewhere ("— сказав Висоцький"). A name that cannot be brought back is never shown.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from .ages_intl import age_follows
from .languages import UPPER, LanguageData
from .name_particles import GAP, bare_surname, is_given_name, merge_surname, name_pieces

_TOKEN = rf"(?:[{UPPER}]\w{{0,3}}\.(?=[ \u00a0][{UPPER}])|[{UPPER}][\w'’-]*)"
_RUN = re.compile(rf"{_TOKEN}(?:{GAP}{_TOKEN})*")
_PATRONYMIC = re.compile(r"(?:ович|евич|йович|ьович|івна|ївна|овна|евна|ична)$")
#: Surname endings of the oblique cases -> nominative, by gender (Ukrainian and Russian).
_SURNAME_NOMINATIVE = {
    "m": (
        ("ського", "ський"), ("цького", "цький"), ("ського", "ский"), ("ского", "ский"),
        ("цкого", "цкий"), ("ього", "ій"), ("ого", "ий"), ("енка", "енко"), ("йка", "йко"),
        ("чка", "чко"), ("ова", "ов"), ("ева", "ев"), ("єва", "єв"), ("ёва", "ёв"),
        ("іна", "ін"), ("ина", "ин"), ("а", ""),
    ),
    "f": (
        ("ської", "ська"), ("цької", "цька"), ("ской", "ская"), ("цкой", "цкая"),
        ("ової", "ова"), ("евої", "ева"), ("овой", "ова"), ("евой", "ева"), ("иной", "ина"),
        ("ої", "а"), ("ьої", "я"), ("и", "а"), ("ы", "а"),
    ),
}  # fmt: skip
_CASE_ENDINGS = tuple(
    sorted("ого ього ому ьому им ым ой ою ую ая ий ый ій ої а я у ю е і ы и ом ем".split(), key=len, reverse=True)
)
_FEMININE_SURNAME = re.compile(r"(?:ська|цька|ова|ева|єва|іна|ина|ская|цкая)$")
_MASCULINE_SURNAME = re.compile(r"(?:ський|цький|ов|ев|єв|ін|ин|ский|цкий|ой)$")


@dataclass
class Person:
    first: str | None = None
    """Nominative first name, when known."""
    first_raw: str | None = None
    """The first name as written (re-read when a verb shows the gender: "Евгения")."""
    surname: str | None = None
    """Nominative surname, when known."""
    gender: str = ""
    title: str | None = None
    positions: list[int] = field(default_factory=list)

    @property
    def name(self) -> str | None:
        if self.surname is None:
            return None
        return f"{self.first} {self.surname}" if self.first else self.surname


@dataclass(frozen=True)
class Mention:
    """A speaker phrase: ``kind`` is "name", "pronoun", "description", "organisation" or "none"."""

    kind: str
    text: str = ""
    gender: str = ""
    nominative: bool = True
    """False for a name read in an oblique case ("за словами Тараса Висоцького")."""


def _inflected(data: LanguageData) -> bool:
    return data.script == "cyrillic"


_OBLIQUE_FIRST = (("а", ""), ("я", "й"), ("я", "ь"), ("я", ""), ("и", "а"), ("ї", "я"),
                  ("і", "а"), ("ы", "а"), ("ю", "й"), ("ой", "а"), ("ом", ""), ("у", ""))  # fmt: skip


def first_names(token: str, data: LanguageData) -> list[tuple[str, str, bool]]:
    """Every reading of a first name in any case: (nominative, gender, was nominative).
    "Евгения" is Yevgenia (f, nominative) or Yevgeny's genitive (m)."""
    low = token.lower()
    out = []
    if low in data.first_names:
        out.append((token, data.first_names[low], True))
    if _inflected(data):
        for cut, add in _OBLIQUE_FIRST:
            if low.endswith(cut) and (cand := low[: -len(cut)] + add) in data.first_names:
                if add == "й" and not low.endswith(("ія", "ия", "ея")):  # "Дмитрия", "Сергея"
                    continue
                out.append((cand.capitalize(), data.first_names[cand], False))
    return out


def first_name(
    token: str, data: LanguageData, gender: str = ""
) -> tuple[str, str, bool] | None:
    """The reading of a first name that fits ``gender`` (the first reading when unknown)."""
    readings = first_names(token, data)
    fitting = [r for r in readings if not gender or r[1] == gender]
    return fitting[0] if fitting else None


def nominative_surname(token: str, gender: str) -> str | None:
    """The nominative of an oblique-case surname, by the unambiguous rules; None if unsure."""
    for ending, replacement in _SURNAME_NOMINATIVE.get(gender, ()):
        if token.endswith(ending) and len(token) - len(ending) >= 3:
            return token[: -len(ending)] + replacement
    if gender == "f" and len(token) > 3 and token[-1].lower() not in "аеєиіїоуюяыэёьй":
        return token  # "Мирослави Ковтун": a woman's surname on a consonant does not decline
    if len(token) > 4 and token.lower().endswith(("ко", "их", "ых")):
        return token  # "Игоря Павленко", "Анны Черных": these do not decline (Ukrainian -ко would be -ка)
    return None


def surname_gender(token: str, data: LanguageData) -> str:
    if not _inflected(data):
        return ""
    if _FEMININE_SURNAME.search(token):
        return "f"
    if _MASCULINE_SURNAME.search(token):
        return "m"
    return ""


def _speech_verb_at(body: str, at: int, data: LanguageData) -> bool:
    """Whether a speech verb is the next word after ``at`` ("… Демчишин-Коваль попередив", "…
    Алия Сафина, признается")."""
    m = re.match(r",?[ \u00a0]+([^\W\d_]+)", body[at : at + 40])
    return m is not None and m.group(1).lower() in data.speech_verbs


#: A paragraph break, or a sentence end after a word of four letters or more (not "M." or "Dr.").
_SENTENCE_BREAK = re.compile(r"\n\n|(?<=\w{4}[.!?])[»“”\"]?\s+")

#: Words that make a capitalised run a saint's name, so a place's or an institution's ("San Isidro
#: de Baeza", "Saint-Malo", "Santa Cruz", "Sankt Pauli"), never a person's.
SAINTS = frozenset("San Santa Santo Sant Saint Sainte São Sankt St. Ste".split())


def apposed_to_role(text: str, at: int, data: LanguageData) -> str | None:
    """The role the capitalised run at ``at`` is set off after ("Le maire de Vannes, Gaël Le
    Moing,", "La presidenta de la Junta de Extremadura, Begoña Cidoncha,"): a comma before it, the
    role among the eight words before the comma, a comma (or the phrase's end) after; so the run is a person's name
    and its first word a given name, which no list may hold. None otherwise."""
    if text[max(0, at - 2) : at] != ", " or not re.match(r"[^,.;:!?]{1,60}(?:,|$)", text[at:]):
        return None
    before = text[max(0, at - 100) : at - 2].split()[-8:]
    return next((w.lower() for w in reversed(before) if is_title(w, data)), None)


def is_month(word: str, data: LanguageData) -> bool:
    """A month's name or abbreviation ("März", "Jan."); a given name spelt like an abbreviation
    without its period is the name ("Jan van Dijk")."""
    low = word.lower()
    return low.rstrip(".") in data.months and (low.endswith(".") or first_name(word, data) is None)


def is_title(word: str, data: LanguageData) -> bool:
    """A role noun; German compounds count by their last part ("Bahn-Personalvorstand")."""
    low = word.lower().rstrip(".,")
    if low in data.titles:
        return True
    if data.code == "de" and word[:1].isupper():
        return any(low.endswith(t) and len(t) >= 4 for t in data.titles)
    return False


_FEMININE_DETERMINERS = {"fr": {"la", "une"}, "es": {"la", "una"}}
_MASCULINE_DETERMINERS = {"fr": {"le", "un"}, "es": {"el", "un"}}


def title_gender(word: str, data: LanguageData, determiner: str = "") -> str:
    """Gender a role word shows: German "-in", Slavic "-ка"/"-ця", Romance articles and
    endings ("la ministre", "ministra", "députée"); "" when it shows none."""
    low = word.lower()
    if data.code == "de":
        female = low.endswith("frau") or (low.endswith("in") and is_title(word[:-2].capitalize(), data))
        return "f" if female else "m"  # "Ministerin", "Ratsfrau"
    if data.code in {"uk", "ru"}:
        return "f" if low.endswith(("ка", "ця", "иня", "ница", "ниця")) else ""
    if determiner in _FEMININE_DETERMINERS.get(data.code, ()):
        return "f"
    if determiner in _MASCULINE_DETERMINERS.get(data.code, ()):
        return "m"
    if data.code == "es" and low.endswith("a") and not low.endswith(("ista", "ta", "voz")):
        return "f"
    if data.code == "fr" and low.endswith(("ée", "trice", "euse", "ière")):
        return "f"
    return ""


#: A role set off by a comma right after a name, its article first ("X, le chancelier", "X, la
#: ministre", "X, el portavoz", "X, die Ministerin").
_APPOSED_ROLE = re.compile(r",[ \u00a0]+(le|la|l['’]|el|der|die|du|del)?[ \u00a0]*([^\W\d_][\w-]*)")


class PersonRegistry:
    """Every person introduced in the body (outside quotes), in text order."""

    def __init__(
        self, body: str, quoted: list[tuple[int, int]], data: LanguageData, stem: Callable[[str], str]
    ) -> None:
        self.data = data
        self._stem = stem
        self._people: dict[str, Person] = {}
        self._mentions: list[tuple[int, str]] = []  # (position, surname key), text order
        self._titled: list[tuple[int, str, str]] = []  # (position, title word, surname key)
        self._unconfirmed: dict[str, list[int]] = {}
        #: the given name of an unconfirmed Slavic pair in the nominative ("Рустам Ахметжанов"),
        #: with its surname as written, for when the surname alone speaks later
        self._unconfirmed_given: dict[str, tuple[str, str]] = {}
        starts = [a for a, _ in quoted]
        for run in _RUN.finditer(body):
            k = bisect_left(starts, run.start() + 1) - 1
            if k >= 0 and run.start() < quoted[k][1]:
                continue
            for piece in self._pieces(body, run):
                self._read_run(body, piece)
        self._mentions.sort()

    def _pieces(self, body: str, run: re.Match[str]) -> list[re.Match[str]]:
        """A run cut after a short word's period that ends a sentence ("Luis de la Rúa. Según
        Cruz Roja": ``_RUN`` reads "Rúa." like "Dr." or an initial, which go on) and at a particle
        word that joins nothing here ("Davis von den Rafflesiaceae": ``name_particles``)."""
        spans, start = [], run.start()
        for word in re.finditer(r"\S+\.(?=[ \u00a0])", run.group()):
            low = word.group().lower()
            if len(word.group()) > 2 and low not in self.data.honorifics and low[:-1] not in self.data.abbreviations:
                spans.append((start, run.start() + word.end() - 1))
                start = run.start() + word.end() + 1
        spans.append((start, run.end()))
        pieces = []
        for a, b in spans:
            words = list(re.finditer(r"\S+", body[a:b]))
            for i, j in name_pieces([w.group() for w in words], self.data, opens=apposed_to_role(body, a, self.data) is not None or age_follows(body, b)):
                piece = _RUN.match(body, a + words[i].start(), a + words[j - 1].end())
                if piece is not None:
                    pieces.append(piece)
        return pieces

    def key(self, surname: str) -> str:
        """One key for every case of a surname ("Висоцького", "Висоцький"; "Смирнова",
        "Смирнову"); gender keeps Smirnov and Smirnova apart."""
        low = surname.lower().rstrip(".")
        if _inflected(self.data):
            for ending in _CASE_ENDINGS:
                if low.endswith(ending) and len(low) - len(ending) >= 3:
                    return low[: -len(ending)]
        return low

    def _read_run(self, body: str, run: re.Match[str]) -> None:
        data = self.data
        tokens = run.group().replace("\u00a0", " ").split(" ")
        # the words before the run in its own sentence: a role in the sentence before ("… a
        # expliqué le maire, X. Jocelyne Guérin, 74 ans, …") is not this run's
        before = _SENTENCE_BREAK.split(body[max(0, run.start() - 60) : run.start()])[-1].split()
        evidence = ""
        gender = ""
        title = None
        # role words and honorifics before or at the start of the run
        for i in range(len(before) - 1, max(-1, len(before) - 6), -1):
            word = before[i].strip(",")
            low = word.lower()
            if low in data.honorifics:
                evidence, gender = "honorific", data.honorifics[low] or gender
                break
            if is_title(word, data):
                title = low  # remembered for "the minister"; evidence only right before,
                # or with the name in apposition: "El alcalde de Bilbao, Iñaki Otxoa,"
                apposition = body[max(0, run.start() - 2) : run.start()] == ", "
                evidence = "title" if i == len(before) - 1 or apposition else evidence
                determiner = before[i - 1].lower() if i > 0 else ""
                gender = gender or title_gender(title, data, determiner)
                break
            if i < len(before) - 1 and word[:1].isupper() and data.code in {"de", "uk", "ru"}:
                break  # "Terechow schrieb" — a capital between: not this run's title
        role_before = apposed_to_role(body, run.start(), data)  # "Le maire de Vannes, Gaël Le Moing,"
        apposed = None if evidence else role_before
        if apposed is not None:
            # "La presidenta de la Junta de Extremadura, Begoña Cidoncha,": the role more than
            # five words back, its institution between
            evidence, title = "title", apposed
            gender = gender or title_gender(title, data)
        if not evidence and age_follows(body, run.end()):
            evidence = "age"  # "Lioba Scherf-Kappes, 52, räumt …": a person, whatever the given name
        role = None if evidence or _inflected(data) else _APPOSED_ROLE.match(body, run.end())
        if role is not None and is_title(role.group(2), data):
            # "Sebastian Kurz, le chancelier autrichien,": the role set off after the name
            evidence, title = "title", role.group(2).lower()
            gender = gender or title_gender(title, data, (role.group(1) or "").lower())
        # "M. Le Pen", "Ursula von der Leyen"; "Armelle Le Gac, 81 ans," whatever the given name
        opened = role_before is not None or age_follows(body, run.end())
        tokens = merge_surname(tokens, data, opened)
        if tokens and tokens[0] in SAINTS:
            return  # "San Isidro de Baeza", "Saint-Malo": a place or an institution
        if not evidence and len(tokens) > 2 and tokens[0].lower() in UNNAMED_PEOPLE:
            # "Nachbar Ömer Sezgin hatte …", "Anwohnerin X Y": a person noun opening the run
            noun = tokens[0].lower()
            shown = ("f" if noun.endswith("in") else "") if data.code == "de" else title_gender(noun, data)
            evidence, gender = "title", gender or shown  # "Anwohnerin": a she; "Mutter" shows nothing here
            tokens = tokens[1:]
        while tokens and (
            tokens[0].lower() in data.stopwords
            or tokens[0].lower() in data.honorifics
            or is_title(tokens[0], data)
            or (tokens[0].isupper() and len(tokens[0]) > 1)
            or is_month(tokens[0], data)
        ):
            low = tokens[0].lower()
            if low in data.honorifics:
                evidence, gender = "honorific", data.honorifics[low] or gender
            elif is_title(tokens[0], data):
                evidence, title = "title", low
                gender = gender or title_gender(low, data)
            tokens.pop(0)
        tokens = [t for t in tokens if not (t.isupper() and len(t) > 1)]
        inner = [i for i, t in enumerate(tokens[:-2]) if i > 0 and is_title(t, data)]
        if inner and not evidence:
            # "Heilbronns Oberbürgermeister Harald Krug": a role inside the run, after a place's
            # genitive, confirms the name after it
            evidence, title = "title", tokens[inner[-1]].lower()
            gender = gender or title_gender(title, data)
            tokens = tokens[inner[-1] + 1 :]
        if not tokens or len(tokens) > 4:
            return
        given = None
        for i, token in enumerate(tokens[:-1]):
            found = first_name(token, data)
            if found is not None:
                if i == 1 and len(tokens) == 3 and evidence and not _inflected(data):
                    # "La ministra, Ángela María Ospina,": a compound given name whose first part
                    # no list holds, with a role to confirm a person
                    given = (f"{tokens[0]} {found[0]}", found[1], True)
                    break
                given, tokens = found, tokens[i:]
                break
        two_surnames = (
            # "el ministro de Hacienda, Tomás Ibarra Soler,": a Spanish name in apposition to its
            # role keeps both surnames (the given name is one our list lacks); a French or German
            # one its compound given name ("le président du conseil, Josep Maria Ferrer,")
            not _inflected(data) and len(tokens) == 3 and evidence == "title"
            and body[max(0, run.start() - 2) : run.start()] == ", "
        )
        if given is None and len(tokens) == 3 and evidence and not _inflected(data) and is_given_name(tokens[0], data):
            # "Joan Carles Vives, portavoz de …": a compound given name whose second part no
            # list holds, opened by a given name, with a role to confirm a person
            given = (" ".join(tokens[:-1]), "", True)
        if given is None and len(tokens) > 2 and not two_surnames:
            tokens = tokens[-2:] if not _PATRONYMIC.search(tokens[-2]) else tokens[-3:]
        surname_shape = bool(_FEMININE_SURNAME.search(tokens[-1]) or _MASCULINE_SURNAME.search(tokens[-1]))
        nominative_pair = (evidence == "age" or age_follows(body, run.end())) and surname_shape
        if (title is not None or surname_shape) and _inflected(data) and len(tokens) == 2 and _speech_verb_at(body, run.end(), data):
            # "Міністр фінансів Ярополк Демчишин-Коваль попередив, …", "… лицея Алия Сафина,
            # признается": a role before or a surname's shape, and a speech verb after; the name
            # is the verb's subject, so nominative, whatever the given name (no list holds
            # "Ярополк")
            evidence, nominative_pair = evidence or "title", True
        if given is None and evidence and len(tokens) > 1 and (not _inflected(data) or nominative_pair):
            given = (" ".join(tokens[:-1]), "", True)  # "Staatssekretärin Miriam Hartmann"
        if given is None and len(tokens) == 1 and (found := first_name(tokens[0], data)):
            return  # a first name alone ("Olena") is never a speaker's name
        surname = tokens[-1].rstrip(".")
        key = self.key(bare_surname(surname))
        if given is not None:
            evidence = evidence or "first name"
            gender = given[1] or gender
            if not _inflected(data) and len(tokens) > 2:
                given = (" ".join(tokens[:-1]), gender, True)  # "María José Sánchez"
        if not evidence and key not in self._people:
            self._unconfirmed.setdefault(key, []).append(run.start())
            if _inflected(data) and len(tokens) == 2 and _MASCULINE_SURNAME.search(surname) and not (
                _PATRONYMIC.search(tokens[0]) or is_title(tokens[0], data) or first_names(tokens[0], data)
            ):
                self._unconfirmed_given.setdefault(key, (tokens[0], surname))
            return
        nominative = given[2] if given is not None else True
        surname_nom: str | None = surname
        if not nominative:
            surname_nom = nominative_surname(surname, gender)
        if len(tokens) == 1 and evidence == "title" and _inflected(data) and before:
            surname_nom = None  # "міністра Висоцького": a case we cannot see
        gender = gender or surname_gender(surname_nom or surname, data)
        self._add(key, run.start(), given[0] if given else None, surname_nom, gender, title)
        if given is not None:
            self._people[key].first_raw = self._people[key].first_raw or tokens[0]

    def _add(
        self, key: str, pos: int, first: str | None, surname: str | None, gender: str, title: str | None
    ) -> None:
        person = self._people.get(key)
        if person is None:
            person = self._people[key] = Person(gender=gender)
            for earlier in self._unconfirmed.pop(key, []):
                self._mentions.append((earlier, key))
        person.first = person.first or first
        person.surname = person.surname or surname
        person.gender = person.gender or gender
        if title:
            person.title = title
            self._titled.append((pos, title, key))
        self._mentions.append((pos, key))
        if key in self._unconfirmed:
            for earlier in self._unconfirmed.pop(key):
                self._mentions.append((earlier, key))

    def mark_speaker(self, name: str, pos: int, gender: str = "") -> None:
        """A name read as the subject of a speech verb is a person, in the nominative."""
        tokens = merge_surname(name.split(), self.data)
        if not tokens:
            return
        key = self.key(bare_surname(tokens[-1]))
        first = None
        # the gender is the first given name's: "María Jesús Montoya" is a she, not the "Jesús"
        # right before the surname (which re-read her as a he and dropped "María")
        given = [found for t in tokens[:-1] if (found := first_name(t, self.data)) is not None]
        if given:
            first, gender = given[-1][0], gender or given[0][1]
        elif len(tokens) == 2 and not _PATRONYMIC.search(tokens[0]):
            first = tokens[0]  # "— заявив голова … Юліан Кравчишин": a given name no list holds
        elif len(tokens) == 1 and self._unconfirmed_given.get(key, ("", ""))[1] == tokens[0] and key not in self._people:
            # "— добавил Ахметжанов" after "… района Рустам Ахметжанов урожаем доволен": the
            # surname speaks in the form the pair had, so the pair was this person's name
            first = self._unconfirmed_given[key][0]
        person = self._people.get(key)
        gender = gender or surname_gender(tokens[-1], self.data)
        if person is not None:
            if not (person.surname and bare_surname(person.surname) == tokens[-1]):
                person.surname = tokens[-1]  # a nominative mention beats a rule-made form
            if gender and person.gender != gender:
                # the verb shows the gender: re-read the first name ("Евгения" -> Евгений)
                person.gender = gender
                reading = first_name(person.first_raw or "", self.data, gender)
                person.first = reading[0] if reading else None
        self._add(key, pos, first, tokens[-1], gender, None)
        self._mentions.sort()

    def name_of(self, name: str, gender: str = "") -> str | None:
        """Fullest nominative name for a speaker mention ("Albers" -> "Katrin Albers")."""
        tokens = merge_surname(name.split(), self.data)
        if not tokens:
            return None
        person = self._people.get(self.key(bare_surname(tokens[-1])))
        if person is None or (gender and person.gender and person.gender != gender):
            return name if len(tokens) > 1 else None
        if len(tokens) > 1 and person.first is None:
            return name
        return person.name

    def knows(self, word: str) -> bool:
        """Whether ``word`` is the surname of a person this article names ("Демчишин-Коваль")."""
        word = word.strip(",.;:")
        return word[:1].isupper() and self.key(bare_surname(word)) in self._people

    def recent(self, pos: int, gender: str = "") -> str | None:
        """The person named last before ``pos`` whose gender fits (unknown fits anything)."""
        k = bisect_left(self._mentions, (pos, ""))
        for _, key in reversed(self._mentions[:k]):
            person = self._people[key]
            if gender and person.gender and person.gender != gender:
                continue
            return person.name
        return None

    def by_title(self, word: str, pos: int, gender: str = "") -> str | None:
        """ "der Minister", "лікарка": the person last introduced with that role."""
        low = _SAME_ROLE.get(word.lower(), word.lower())
        for at, title, key in reversed(self._titled):
            if at >= pos:
                continue
            if title == low or (self.data.code == "de" and title.endswith(low)) or (
                self._stem(title) == self._stem(low)
            ):
                person = self._people[key]
                if gender and person.gender and person.gender != gender:
                    continue
                return person.name
        return None


#: A role named again by another word for it: "a fait valoir l'édile" after "La maire de Rennes,
#: X," (a French mayor is "l'édile" on second mention).
_SAME_ROLE = {"édile": "maire"}


#: People a report brings in unnamed that no role list holds ("Eine Mutter aus Leipzig berichtete
#: …", "Un habitant de Brest raconte …", "Una vecina del barrio contó …").
UNNAMED_PEOPLE = frozenset(
    """mutter vater anwohner anwohnerin nachbar nachbarin passant passantin augenzeuge augenzeugin
    zeuge zeugin bewohner bewohnerin frau mann mitarbeiter mitarbeiterin kundin kunde patientin
    patient schülerin schüler
    mère père habitant habitante voisin voisine passant passante témoin salarié salariée cliente
    client patiente patient riverain riveraine
    madre padre vecino vecina testigo residente cliente paciente trabajador trabajadora mujer
    hombre""".split()
)
