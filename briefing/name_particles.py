"""Name particles of German, French and Spanish names ("Ursula von der Leyen", "Marine Le Pen",
"Isabel de la Fuente", "Bertrand d'Aubigny", "Karim Ben Salah"), for the speaker readers of
``attribution_intl.py`` and the person registry of ``names_intl.py``: one definition for both.

A particle belongs to the surname after it, never to the given name before it: "Marine Le Pen"
is "Le Pen" when named again, and "von der Leyen" is found again as "Leyen" or "von der Leyen".

Lower-case particles join two capitalised words wherever they stand between them (as "de",
"del", "von" always did here). A capitalised particle ("Le", "La", "Del", "Van", "Ben") is also
an article or the first word of a new phrase ("Le gouvernement", "Le Monde a révélé", "La
Poste"), so it joins only after a given name or an honorific ("Marine Le Pen", "M. Le Pen",
"Carmen Del Río") and before a capitalised word; after any other word ("à Paris Le Monde") it
opens something else. German "von" is also the preposition "of/from" ("Karl Böhm von einer
Hilfsorganisation", "ein Brief von Merz", "Anna Weber von Siemens"): where a speaker phrase is
cut at prepositions, it is kept only right after a given name ("Katharina von Brandt").
"""

from __future__ import annotations

import re
import unicodedata

from .given_names import GIVEN_NAME_GENDER
from .languages import UPPER, LanguageData

#: Particles that open a particle sequence, lower case.
_OPENING = frozenset("de del della degli di da das dos du van von zu ter ten ben bin ibn i".split())
#: Conjunctions that join two surnames into one: Catalan "Puig i Serra".
_JOINING = frozenset({"i"})
#: Words that continue a particle sequence after an opening one ("von der", "de la", "van den");
#: "von den", "de los" after other openers are "from the", "of the".
_PAIRS = {"von": {"der"}, "van": {"der", "den", "de"}, "de": {"la", "las", "los", "le"}}
_CONTINUING = frozenset(w for words in _PAIRS.values() for w in words)
#: Capitalised particles; they join only after a given name or an honorific.
_CAPITAL = frozenset("Le La Du De Del Della Da Di Dos Van Von Ben Bin Ibn El Al Ter Ten".split())
_OPEN_WORDS = "|".join(sorted(_OPENING | _CAPITAL, key=len, reverse=True))
_MORE_WORDS = "|".join(sorted(_CONTINUING | {w.capitalize() for w in _CONTINUING}, key=len, reverse=True))
#: The gap between two words of a name, for the run regexes: a space, optionally a particle
#: ("von", "de la", "von der", "de La") and a space, or an elided "d'" glued to the surname
#: ("Bertrand d'Aubigny").
GAP = (
    rf"[ \u00a0](?:(?:{_OPEN_WORDS})(?:[ \u00a0](?:{_MORE_WORDS}))?[ \u00a0]"
    rf"|(?:(?<=Van)|(?<=Von)|(?<=De))(?:{_MORE_WORDS})[ \u00a0])?(?:d['’](?=[{UPPER}]))?"
)
#: The looser shape ``joins`` first checks a gap against (a continuing word alone, or a "d'"
#: with nothing after it, may pass here); ``joins`` then judges the particles word by word, which
#: the run regexes cannot.
_GAP = re.compile(rf"[ \u00a0](?:(?:{_OPEN_WORDS})(?:[ \u00a0](?:{_MORE_WORDS}))?[ \u00a0]|(?:{_MORE_WORDS})[ \u00a0])?(?:d['’])?")


def is_given_name(token: str, data: LanguageData) -> bool:
    """A common given name of the article's language or of world news ("Ursula", "Karim");
    hyphenated ones by each part ("Anne-Sophie")."""
    from .names_intl import first_name  # names_intl imports this module

    parts = token.strip(".,").split("-")
    return all(
        first_name(part, data) is not None or _plain(part) in GIVEN_NAME_GENDER or part.lower() in GIVEN_NAME_GENDER
        for part in parts
        if part
    )


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


def joins(before: str, gap: str, data: LanguageData, earlier: str = "", opens: bool = False) -> bool:
    """Whether ``gap`` (the text between the capitalised word ``before`` and the next capitalised
    word) keeps the two in one name; ``earlier`` is the word before ``before`` (a role or an
    honorific there makes ``before`` a given name: "Kommissarin Margit von Aue"); ``opens``: the
    context shows ``before`` opens a person's name (set off after a role: "La directrice de X,
    Gwenaëlle Le Bihan,")."""
    if not _GAP.fullmatch(gap):
        return False
    words = gap.replace("\u00a0", " ").split()
    if words and re.fullmatch(r"d['’]", words[-1]):
        words.pop()  # "d'" is glued to the surname; whatever is before it is judged alone
    if not words:
        return True
    first, rest = words[0], words[1:]
    if before in _CAPITAL and not rest and first.lower() in _PAIRS.get(before.lower(), ()):
        return True  # "Van der Berg", "De la Torre": the capitalised particle went before
    if rest and rest[0].lower() not in _PAIRS.get(first.lower(), ()):
        return False
    if first[:1].isupper():
        return first in _CAPITAL and (opens or _opens_name(before, earlier, data))
    if data.code == "de" and not _opens_name(before, earlier, data):
        return False  # "Weber von der Union", "Müller zu Gast": German nouns take capitals
    return first in _OPENING  # "der", "la" alone: an article, not a particle


def _opens_name(before: str, earlier: str, data: LanguageData) -> bool:
    from .names_intl import is_title

    return _honorific(before, data) or is_given_name(before, data) or (
        bool(earlier) and (_honorific(earlier, data) or is_title(earlier, data))
    )


def _honorific(word: str, data: LanguageData) -> bool:
    low = word.lower()
    return low in data.honorifics or low + "." in data.honorifics


def inside_name(text: str, start: int, end: int, data: LanguageData) -> bool:
    """Whether the word at ``text[start:end]`` is a particle inside a person's name: "dos" in
    "Nuria dos Santos" is no "two" (a given name before it, a capital after)."""
    word = text[start:end]
    before = text[:start].split()[-2:]
    after = text[end:].lstrip()
    if word not in _OPENING or not before or not after[:1].isupper():
        return False
    return _opens_name(before[-1], before[0] if len(before) > 1 else "", data)


def von_is_particle(before: str, earlier: str, after: str, data: LanguageData) -> bool:
    """German "von" right after ``before`` and before ``after`` is a name particle only after a
    given name: "Katharina von Brandt", not "Weber von der Union"."""
    return _opens_name(before, earlier, data) and re.match(rf"(?:(?:der|den|dem)\s+)?[{UPPER}]", after) is not None


def merge_surname(tokens: list[str], data: LanguageData, opens: bool = False) -> list[str]:
    """Tokens of a name with the surname from its first particle on as one token: ["Arnaud",
    "de", "La", "Rochère"] -> ["Arnaud", "de La Rochère"], "Olivier de La Tour du Pin" keeps
    "de La Tour du Pin"; a name without particles (or with a capitalised word that is no particle
    here: "Paris Le Monde") is returned as it is. A name opened by a particle is one surname
    ("Le Pen", "von der Leyen"; also "Le Monde"). ``opens``: the first token is known to be a
    given name (see ``joins``)."""
    if len(tokens) >= 2 and (tokens[0] in _CAPITAL or tokens[0] in _OPENING) and all(w.lower() in _CONTINUING for w in tokens[1:-1]):
        return [" ".join(tokens)]
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _OPENING and tokens[i] not in _CAPITAL:
            continue
        more = tokens[i + 1] if i + 2 < len(tokens) and tokens[i + 1].lower() in _CONTINUING else ""
        earlier = tokens[i - 2] if i >= 2 else ""
        if joins(tokens[i - 1], f" {tokens[i]} {more} ".replace("  ", " "), data, earlier, opens and i == 1):
            if tokens[i] in _JOINING and i >= 2:
                return [*tokens[: i - 1], " ".join(tokens[i - 1 :])]  # "Jordi" + "Puig i Serra"
            return [*tokens[:i], " ".join(tokens[i:])]
    return tokens


#: A particle or a capitalised article opening a speaker phrase ("Le Pen", "Le Monde", "El País",
#: "de Guindos", "von der Leyen"), for ``phrase_mentions_intl.phrase_mention``.
LEADING = re.compile(rf"\s*((?:{_OPEN_WORDS})(?: (?:{_MORE_WORDS}))?) (?=[{UPPER}])")


def bare_surname(surname: str) -> str:
    """The surname without its particles, the key it is found again by ("von der Leyen" ->
    "Leyen", "d'Aubigny" -> "Aubigny", "Le Pen" -> "Pen")."""
    if " i " in surname:
        return surname.split(" i ")[0].split()[-1]  # "Puig i Serra" is found again as "Puig"
    last = surname.split()[-1] if surname.split() else surname
    return re.sub(r"^(?:d['’]|al-|el-)(?=\w)", "", last)


def name_pieces(tokens: list[str], data: LanguageData, opens: bool = False) -> list[tuple[int, int]]:
    """The token spans (start, end) of a capitalised run cut at every particle word that does not
    join its neighbours here ("Davis von den Rafflesiaceae" -> "Davis" | "Rafflesiaceae", "Paris
    Le Monde" -> "Paris" | "Monde"); a run without such a word is one piece. ``opens``: the run is
    known to open with a given name (see ``joins``)."""
    pieces, start, i = [], 0, 1
    while i < len(tokens) - 1:
        word = tokens[i]
        if word not in _OPENING and word not in _CAPITAL:
            i += 1
            continue
        more = tokens[i + 1] if i + 2 < len(tokens) and tokens[i + 1].lower() in _CONTINUING else ""
        gap = f" {word} {more} " if more else f" {word} "
        after = i + (2 if more else 1)
        if not joins(tokens[i - 1], gap, data, tokens[i - 2] if i >= 2 else "", opens and i == 1):
            pieces.append((start, i))
            start = after
        i = after
    pieces.append((start, len(tokens)))
    return [(a, b) for a, b in pieces if a < b]
