"""An organisation as the speaker of a quote in German, French and Spanish articles: "„…“,
forderte der Verband der Chemischen Industrie", "« … », a fustigé la Confédération des
travailleurs indépendants", "Según la Asociación de Propietarios de Viviendas, «…»".

The name readers of ``phrase_mentions_intl.py`` look for people: they cut such a phrase at its first
article ("Verband" | "der Chemischen Industrie") and showed the head noun alone ("Verband",
"Confederación") as if it were a surname. An organisation's name is its head noun ("Verband",
"Fédération", "Asociación", a German compound ending in one: "Mieterbund") and everything after
it in the speaker phrase, when what follows names it: a genitive or "of" ("der", "des", "für";
"de", "du", "des"; "de", "del") or a capitalised word ("Gewerkschaft Verdi", "Unión Sindical
Obrera"). In French and Spanish the head must be capitalised: "le syndicat Alliance" is read by
the name readers ("Alliance"), "la fédération" is a common noun. An acronym alone after an article
is an organisation too ("a réagi la CGT", "die SPD"), unless it is a role ("le PDG"). A head with nothing
after it ("der Verband", "L'Association a dénoncé") points back at an organisation named earlier: nobody
is named, which is said rather than showing "Verband" as a person.

Negatives kept with the name readers: a role before the head ("der Sprecher der Polizei",
"le président de la Fédération …", "un porte-parole du Syndicat …") is a person's description.
"""

from __future__ import annotations

import re

from .languages import LanguageData
from .name_particles import is_given_name
from .names_intl import Mention, is_title

_DETERMINER = re.compile(r"(?:(?:der|die|das|le|la|les|el|los|las)\s+|l['’])", re.IGNORECASE)
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,6}")
_CONNECTORS = {
    "de": frozenset({"der", "des", "für"}),
    "fr": frozenset({"de", "du", "des", "d'", "d’"}),
    "es": frozenset({"de", "del"}),
}


def organisation_mention(phrase: str, data: LanguageData) -> Mention | None:
    """The organisation a speaker phrase names, "none" for a bare head pointing back, else None
    (the phrase is left to the person readers)."""
    connectors = _CONNECTORS.get(data.code)
    if connectors is None or not data.organisations:
        return None
    segment = phrase.split(",")[-1].strip(" \u00a0:;.")
    m = _DETERMINER.match(segment)
    words = segment[m.end() if m else 0 :].split()
    bare = _without_tail(words, data)  # "teilte das THW mit": the verb's particle after it
    if m and len(bare) == 1 and _ACRONYM.fullmatch(bare[0]) and not is_title(bare[0], data):
        return Mention("organisation", bare[0])  # "a réagi la CGT", "die SPD", "el PSOE"
    if m and words and is_generic_organisation(words[0], data) and len(words) <= 2 and words[-1].islower():
        # "a estimé le syndicat", "erklärte der Verein", "a affirmé l'organisation patronale": an
        # organisation named before, if any (``organisation_named_before``)
        return Mention("none", words[0].lower())
    if not words or not is_organisation_head(words[0], data, words[1:]):
        return None
    rest = _without_tail(words[1:], data)
    while rest and rest[-1].startswith("(") and rest[-1].endswith(")"):
        rest = rest[:-1]  # "Direction générale de l'aviation civile (DGAC)": the acronym is no part
    if data.code == "de" and rest and is_given_name(rest[0], data):
        return None  # a German head before a given name is a role: "Stadtwerkeamt Jan Ott"
    if not rest:
        compound = data.code == "de" and words[0].lower() not in data.organisations
        # a bare head points back: its text is the head, for ``organisation_named_before``
        return Mention("organisation", words[0]) if compound else Mention("none", words[0].lower())
    if rest[0][:1].isupper() or any(_connector(w, connectors) for w in rest[: 1 if data.code == "de" else 3]):
        # "Verband der …", "Gewerkschaft Verdi", "Fédération nationale des transports"
        return Mention("organisation", " ".join([words[0], *rest]))
    return None


#: Nouns that stand for any organisation, not only one whose name they head: "a estimé le
#: syndicat" after "La Confédération paysanne …", "alertó la organización" after "La patronal
#: Foment del Treball …", "sostuvo la central obrera" after "La CGT …".
_GENERIC = {
    "de": frozenset("verein verband organisation gewerkschaft unternehmen behörde".split()),
    "fr": frozenset("syndicat organisation association fédération entreprise institution".split()),
    "es": frozenset(
        "organización central patronal entidad sindicato empresa compañía asociación federación institución".split()
    ),
}


def is_generic_organisation(word: str, data: LanguageData) -> bool:
    return word.lower() in _GENERIC.get(data.code, frozenset())


def _connector(word: str, connectors: frozenset[str]) -> bool:
    return word.lower() in connectors or re.match(r"d['’]", word) is not None and "d'" in connectors


def is_organisation_head(word: str, data: LanguageData, rest: list[str] | None = None) -> bool:
    """An organisation's head noun, capitalised; German compounds by their last part; in French
    and Spanish a lowercase head before its capitalised institution ("le ministère des Affaires
    étrangères", "el ministerio de Sanidad": ``rest`` the words after it)."""
    if rest and data.code in {"fr", "es"} and word.lower() in data.organisations and len(rest) > 1:
        if _connector(rest[0], _CONNECTORS[data.code]) and rest[1][:1].isupper():
            return True
    if not word[:1].isupper() or is_title(word, data):
        return False
    low = word.lower()
    if low in data.organisations:
        return True
    if data.code == "de" and low.endswith("krat"):
        return False  # "Demokrat", "Bürokrat": people, not a "-rat" council
    return data.code == "de" and any(low.endswith(h) and len(low) > len(h) + 2 for h in data.organisations)


def _without_tail(words: list[str], data: LanguageData) -> list[str]:
    """The words after the head without what follows the name in a subject: an auxiliary and
    an adverb after it, a weekday ("a également", "ha", "hat"); "du logement" stays."""
    out = list(words)

    def function_word(word: str) -> bool:
        low = word.lower()
        return word[:1].islower() and (low in data.stopwords or low in data.months)

    while out and function_word(out[-1]):
        out.pop()
    if len(out) >= 2 and out[-1].endswith(("ment", "mente")) and function_word(out[-2]):
        out = out[:-2]  # "a également", "ha recientemente"
        while out and function_word(out[-1]):
            out.pop()
    return out


#: One more word of an organisation's name after its head: a capital, after a joining word or a
#: hyphened word's "und" ("Verband der Chemischen Industrie", "Berufsverband der Kinder- und
#: Jugendärzte", "Agencia Estatal de Meteorología", "Fahrgastverband Pro Bahn").
_NAME_GOES_ON = re.compile(
    r"(?:(?<=-)[ \u00a0]+und|[ \u00a0]+(?:(?:der|des|für|de|del|du|de la|de l['’]|d['’])[ \u00a0]*)?)"
    r"(?<![ \u00a0]d['’])[ \u00a0]*[A-ZÀ-ÖØ-Þ][\w'’-]*"
)
#: A German genitive plural adjective inside a name, before its noun: "Verband kommunaler
#: Arbeitgeber", "Bund freier Waldorfschulen".
_GENITIVE_ADJECTIVE_DE = re.compile(r"[ \u00a0]+[a-zäöü]{3,}er(?=[ \u00a0]+[A-ZÄÖÜ])")
_CAPITAL_WORD = re.compile(r"(?<![\w'’-])[A-ZÀ-ÖØ-Þ][\w-]*")
#: The same, also right after an elided article ("l’Ordre des médecins").
_CAPITAL_AFTER_ELISION = re.compile(r"(?:(?<=\b[lLdD]['’])|(?<![\w'’-]))[A-ZÀ-ÖØ-Þ][\w-]*")


def organisation_named_before(text: str, head: str, data: LanguageData) -> str | None:
    """The organisation a bare head points back to ("„…“, forderte der Verband" after "Der
    Fahrgastverband Pro Bahn zeigte sich verärgert"; "«…», avisó la agencia" after "La Agencia
    Estatal de Meteorología prevé"): the last one named in ``text`` (the body before the quote,
    quotes masked) whose head is that noun, or a German compound ending in it; None when there
    is none, or only the bare noun itself ("Der Verband" names nothing)."""
    generic = is_generic_organisation(head, data)
    if generic:
        subject = _subject_organisation(text[text.rfind("\n\n") + 2 :], data)
        if subject is not None:
            return subject
    found = None
    for m in _CAPITAL_WORD.finditer(text):
        low = m.group().lower()
        if low == head or (data.code == "de" and low.endswith(head) and len(low) > len(head) + 2):
            if found is None or _name_from(text, m, head, data) is not None:
                found = m  # not a bare head ("…, teilte der Verband mit.") after the full name
    if found is None and generic:
        # "«…», lamentó la organización" after "según la Federación de Asociaciones Vecinales":
        # the last organisation named in the paragraph before the quote (or the one before, when
        # the quote opens its paragraph), whatever its head
        found = _last_organisation_head(text, _paragraph_start(text), data)
        if found is not None and data.code in {"fr", "es"}:
            name = _name_from(text, found, head, data)
            lowercase = _LOWERCASE_OF.match(text, found.end())
            if name == found.group() and lowercase:
                return text[found.start() : lowercase.end()]
            if name == found.group() and re.match(r"[ \u00a0]+[a-zà-ÿ]", text[found.end() :]):
                return None  # "La Confédération paysanne": a lowercase word goes on; not read
            return name
    if found is None:
        return None
    return _name_from(text, found, head, data)


_OPENING_HEAD = re.compile(r"\s*(?:L['’]|La\s+|Le\s+|El\s+|Der\s+|Die\s+|Das\s+)?(?=[A-ZÀ-ÖØ-Þ])")
#: An organisation's name before its acronym in brackets: "Agence régionale de santé (ARS)".
_BEFORE_ACRONYM = re.compile(r"([^()]{1,60}?)[ \u00a0]*\([A-ZÀ-ÖØ-Þ]{2,}\)")


def organisation_opening(sentence: str, data: LanguageData) -> str | None:
    """The organisation a sentence opens on as its subject ("L'Agence régionale de santé (ARS)
    assure …", "La Federación Vecinal de Vigo critica …"): its head, then its name up to its
    acronym in brackets or as far as capitals go on; None when the sentence opens otherwise."""
    lead = _OPENING_HEAD.match(sentence)
    head = _CAPITAL_AFTER_ELISION.match(sentence, lead.end()) if lead else None
    if head is None or not is_organisation_head(head.group(), data):
        return None
    acronym = _BEFORE_ACRONYM.match(sentence, head.start())
    if acronym is not None and "," not in acronym.group(1):
        return acronym.group(1).strip()
    return _name_from(sentence, head, head.group().lower(), data)


def _paragraph_start(text: str) -> int:
    """Where the paragraph the quote stands in starts; the previous one's start when the quote
    opens its paragraph."""
    start = text.rfind("\n\n") + 2 if "\n\n" in text else 0
    if not text[start:].strip() and start > 0:
        start = text.rfind("\n\n", 0, start - 2) + 2 if "\n\n" in text[: start - 2] else 0
    return start


def _last_organisation_head(text: str, start: int, data: LanguageData) -> re.Match[str] | None:
    found = None
    for m in _CAPITAL_AFTER_ELISION.finditer(text, start):
        before = [w for w in re.split(r"[\s'’]+", text[max(0, m.start() - 30) : m.start()]) if w]
        content = [w for w in before if w.lower() not in data.stopwords and len(w) > 1]
        role_before = bool(content) and is_title(content[-1].strip(","), data)
        if is_organisation_head(m.group(), data) and not role_before:
            found = m  # "el presidente de la Federación …" names a person, not the Federación
    return found


#: A French or Spanish name going on in lowercase after its head ("Ordre des médecins").
_LOWERCASE_OF = re.compile(r"[ \u00a0]+(?:des|du|de la|de l['’]|del|de)[ \u00a0]*[a-zà-ÿ]{3,}(?=[\s.,;:]|$)")


def _name_from(text: str, found: re.Match[str], head: str, data: LanguageData) -> str | None:
    """The organisation's name from its head word on, as far as ``_NAME_GOES_ON`` reads it."""
    end = found.end()
    while True:
        adjective = _GENITIVE_ADJECTIVE_DE.match(text, end) if data.code == "de" else None
        more = _NAME_GOES_ON.match(text, adjective.end() if adjective else end)
        if more is None:
            break
        if any(w.lower() in data.stopwords or w.lower() in data.months for w in more.group().split()[-1:]):
            break
        end = more.end()
    name = text[found.start() : end].strip()
    if name.lower() == head or is_title(name.split()[-1], data):
        return None
    return name


#: A sentence opened by an organisation as its subject: an article, a generic noun or
#: descriptor perhaps ("La patronal Foment del Treball advirtió", "Le syndicat SUD pompiers"),
#: then the capitalised name, then a lowercase word or a comma.
_SUBJECT_NAME = re.compile(
    r"(?:^|(?<=[.!?»“”]\s))(?:(?:Der|Die|Das|Le|La|Les|L['’]|El|Los|Las)\s*)?(?:([a-zà-ÿ]+)\s+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+(?:(?:de|del|de la|des|du|der|für)\s+)?[A-ZÀ-ÖØ-Þ][\w'’-]*)*)(?=[\s,]+[a-zà-ÿ,])(?![\s,]+(?:und|et|y)\s+[A-ZÀ-ÖØ-Þ])"
)


def _subject_organisation(paragraph: str, data: LanguageData) -> str | None:
    """The last organisation opening a sentence of ``paragraph`` (the text before the quote): a
    name with an organisation's head ("Der Flüchtlingsrat Nord …" by its compound, "La Fédération
    des …"), an acronym ("La CGT, por su parte, …"), a name after a generic noun ("La patronal
    Foment del Treball"), or in French and Spanish one capitalised word after an article that is
    no given name or role ("Le Medef, de son côté, …"). None when the last subject is a person."""
    found = None
    for m in _SUBJECT_NAME.finditer(paragraph):
        descriptor, name = m.group(1), m.group(2)
        words = name.split()
        if len(words) == 1 and name.lower() in data.stopwords:
            continue  # "El casco histórico ha perdido …": the article, no name
        person = any(is_title(w, data) or is_given_name(w, data) for w in words)
        if person:
            found = None
        elif descriptor and descriptor in _GENERIC.get(data.code, frozenset()):
            found = name
        elif descriptor:
            continue
        elif is_organisation_head(words[0], data) and len(words) > 1 or _ACRONYM.fullmatch(words[0]):
            found = name
        elif (
            data.code in {"fr", "es"} and len(words) == 1 and not is_organisation_head(words[0], data)
            and m.group().split()[0].lower() in {"le", "la", "el"}
        ):
            found = name
    return found


#: "У Міністерстві освіти підтримали …", "В Федеральной антимонопольной службе заявили …": an
#: office in the locative opening a sentence, its plural verb after it; group 1 the office.
_OFFICE_SPOKE = re.compile(r"^\s*(?:У|В|Во)\s+([А-ЯЄІЇҐ][^,.:;«»]*?)\s+[а-яєіїґ']+(?:ли|лися|лись)\b")
_CYRILLIC_ACRONYM = re.compile(r"[А-ЯЄІЇҐ]{2,6}")
#: Locative endings whose nominative is certain: the head noun (a neuter "-ство", a feminine
#: "-ія"/"-ция"), and the adjectives of a feminine head before it.
_NOUN_NOMINATIVE = (("стві", "ство"), ("стве", "ство"), ("ії", "ія"), ("ии", "ия"), ("службі", "служба"), ("службе", "служба"))
_FEMININE_ADJECTIVE = {"uk": ("ій", "а"), "ru": ("ой", "ая")}


def office_spoke(sentence: str, data: LanguageData) -> str | None:
    """The office whose people spoke in ``sentence`` ("У Міністерстві освіти зазначили" ->
    "Міністерство освіти"), in the nominative; None when its form is not certain ("В
    Метрострое": Метрострой or Метростро?) or the words are no office (a place: "У Києві")."""
    m = _OFFICE_SPOKE.match(sentence)
    if m is None or data.script != "cyrillic":
        return None
    words = m.group(1).split()
    if _CYRILLIC_ACRONYM.fullmatch(words[0]):
        return words[0]  # "У ДТЕК зазначили": an acronym has no case
    capitals = [i for i, w in enumerate(words) if i and w[:1].isupper()]
    if capitals:
        # "В Ассоциации перевозчиков Казахстана решение поддержали": a proper name closes the
        # office's name; the lowercase words after it are the verb's object
        words = words[: capitals[-1] + 1]
    head = next((i for i, w in enumerate(words) if w.endswith(tuple(e for e, _ in _NOUN_NOMINATIVE))), None)
    if head is None:
        return None
    ending, nominative = next((e, n) for e, n in _NOUN_NOMINATIVE if words[head].endswith(e))
    out = list(words)
    out[head] = words[head][: -len(ending)] + nominative
    adjective = _FEMININE_ADJECTIVE.get(data.code)
    for i in range(head):
        if adjective is None or not nominative.endswith(("ія", "ия", "а")) or not words[i].endswith(adjective[0]):
            return None  # an adjective before a neuter head, or one we cannot read
        out[i] = words[i][: -len(adjective[0])] + adjective[1]
    return " ".join(out)


#: "«…», — наголосили у Федерації": an office in the locative after a plural verb; group 1 its noun.
OFFICE_AFTER_VERB = re.compile(
    r"^[\s,.—–-]*[а-яєіїґ]+(?:ли|лися|лись)\s+(?:у|в|во)\s+([А-ЯЄІЇҐ][а-яєіїґ'’]+)\s*[.!]?\s*$"
)


def office_named_again(tail: str, sentence: str, data: LanguageData) -> str | None:
    """ "Федерація профспілок України вважає … «…», — наголосили у Федерації": the office the
    words after a plural verb name again, as the sentence before the quote opened on it (in the
    nominative there), up to its last capitalised word; None when that sentence does not open on it."""
    m = OFFICE_AFTER_VERB.match(tail)
    if m is None or data.script != "cyrillic":
        return None
    stem = m.group(1).lower()[: max(4, len(m.group(1)) - 2)]
    words = sentence.split()
    if not words or not words[0].lower().startswith(stem):
        return None
    last = 0
    for i, w in enumerate(words[1:5], start=1):
        if w[:1].isupper():
            last = i
        elif i + 1 >= len(words) or not words[i + 1][:1].isupper() or w.endswith((",", ".")):
            break  # a lowercase word goes on only before a capitalised one ("профспілок України")
    return " ".join(words[: last + 1]).strip(",.")
