"""Reading a speaker phrase in German, French, Spanish, Ukrainian and Russian down to its head:
a pronoun, a person's name (roles, honorifics and an institution's capitals dropped), an
organisation, or a role noun. ``attribution_intl.py`` finds the phrase next to the speech verb;
this module decides who it names, so the two readers of each side of a quote share one answer.
"""

from __future__ import annotations

import re

from .languages import UPPER, LanguageData
from .name_particles import LEADING, is_given_name, joins, merge_surname
from .names_intl import (
    SAINTS,
    Mention,
    apposed_to_role,
    first_name,
    is_month,
    is_title,
    title_gender,
)
from .organisations_intl import organisation_mention

#: A capitalised word, or an Arabic surname with its article glued on ("al-Hassan", "el-Sisi").
_NAME = re.compile(rf"(?<![\w-])(?:(?:al|el)-)?[{UPPER}][\w'’-]*")

def phrase_mention(phrase: str, data: LanguageData, gender: str = "") -> Mention | None:
    """The head of a speaker phrase: a pronoun, a name (the last capitalised run, roles and
    honorifics dropped) or a role noun ("der Minister", "un porte-parole")."""
    phrase = phrase.strip(" \u00a0,.;:—–-")
    words = phrase.split()
    if not words:
        return None
    first = words[0].lower()
    if first in data.pronouns:
        return Mention("pronoun", first, data.pronouns[first] if data.pronouns[first] != "p" else "p")
    organisation = organisation_mention(phrase, data)
    if organisation is not None:
        return organisation
    runs = []
    # the capitals after a role's "de" go on naming what the role is of: an institution joined by
    # its own "de" ("la Consejería de Sanidad"; "de Transportes Ángel Garrido" is the speaker's
    # name after it), or a person, whose "proche" or spokesman speaks ("un proche de Pierre
    # Moscovici")
    chain_end, person_chain = -1, False
    for m in _NAME.finditer(phrase):
        if _breaks_run(m.group(), data):
            continue
        gap = phrase[chain_end : m.start()] if chain_end >= 0 else ""
        if chain_end >= 0 and re.fullmatch(r"[ \u00a0]+(?:(?:de|del|de la|des|du|y|et)[ \u00a0]+)?", gap):
            # "del Partido Popular", "de Medio Rural": the institution's name goes on; a given
            # name after it is the speaker's ("de Transportes Ángel Garrido")
            if person_chain or gap.strip() or not is_given_name(m.group(), data):
                chain_end = m.end()
                continue
        if _of_institution(phrase, m.start(), data):
            chain_end, person_chain = m.end(), first_name(m.group(), data) is not None
            continue
        chain_end = -1
        runs.append(m)
    name_runs = []
    for run in _group_runs(phrase, runs, data):
        tokens = merge_surname(run.split(), data)  # "Mme Le Guen" keeps "Le Guen"
        while tokens and _skippable(tokens[0], data):
            tokens.pop(0)  # roles and honorifics open a run; "Uwe Richter" keeps "Richter"
        roles = [i for i, t in enumerate(tokens[:-2]) if _german_role_noun(t, data) or is_title(t, data)]
        if roles:
            tokens = tokens[roles[-1] + 1 :]  # "Urner Regierungsrätin Dominique Meier", "Rheinbergs Coach X Y"
        if tokens and tokens[0] not in SAINTS:  # "la cooperativa San Isidro de Baeza": no person
            name_runs.append(" ".join(tokens))
    lead = LEADING.match(phrase)
    if lead and (data.code in {"fr", "es"} or lead.group(1)[:1].islower()):
        if name_runs and phrase[lead.end() :].startswith(name_runs[0]):
            name_runs[0] = f"{lead.group(1)} {name_runs[0]}"  # "Le Pen", "Le Monde", "von der Leyen"
    if name_runs:
        # a run with a known first name; else the first run (de, fr, es: the name follows the
        # verb) or the last (uk, ru: "речник Повітряних сил Юрій Ігнат")
        known = [r for r in name_runs if any(first_name(t, data) for t in r.split()[:-1])]
        run = known[0] if known else name_runs[-1 if data.script == "cyrillic" else 0]
        text = _trim_name(run, data)
        if text and len(text.split()) == 1 and _after_indefinite(phrase, text):
            return Mention("none")  # "schrieb eine Schwimmerin", "regrette une Lyonnaise": a noun
        if text and data.code == "de" and " " not in text and re.search(
            rf"(?<!\w)(?:der|die|das|den|dem)\s+{re.escape(text)}(?!\w)", phrase
        ):
            # a noun after a German definite article, no surname ("sagte die Polizei"); a person
            # noun is an epithet for the person just named ("sagt die Branchenkennerin")
            return german_epithet(phrase, text, data) or Mention("none")
        if text:
            return Mention("name", text, gender)
    age = _AGE_EPITHET.match(phrase) if data.code == "de" else None
    if age is not None:
        return german_epithet(phrase, age.group(1), data)  # "so der 45-Jährige": no capital opens it
    for i, word in enumerate(words[:4]):
        word = re.sub(r"^[lL]['’]", "", word) if data.code == "fr" else word  # "l'édile"
        if is_title(word.strip(",."), data):
            determiner = words[i - 1].lower() if i else ""
            if determiner in {"un", "une", "ein", "eine", "einer", "uno", "una"}:
                return Mention("none")  # "un porte-parole", "eine Sprecherin": nobody named
            return Mention(
                "description", word.strip(",.").lower(), gender or title_gender(word, data, determiner)
            )
    return None


_INDEFINITES = frozenset({"ein", "eine", "einer", "einem", "un", "une", "uno", "una"})


def _after_indefinite(phrase: str, word: str) -> bool:
    """Whether ``word`` stands right after an indefinite article: a capitalised noun (German
    nouns, "une Lyonnaise", "una Tinerfeña"), nobody's name."""
    m = re.search(rf"(\S+)\s+{re.escape(word)}(?!\w)", phrase)
    return m is not None and m.group(1).lower() in _INDEFINITES


#: German person nouns by their ending: "-in" (Kennerin, Liebhaberin), "-frau"/"-mann"
#: (Kauffrau), an age ("die 50-Jährige"); and a party epithet ("die SPD-Politikerin").
GERMAN_EPITHET = re.compile(
    r"(?:\w{3,}(?:in|frau|mann)|\d+-jährige[r]?|(?:spd|cdu|csu|fdp|afd|grünen|linken|bsw|övp|spö|fpö|neos)-\w+)$"
)


_AGE_EPITHET = re.compile(r"\s*(?:der|die)\s+(\d+-Jährige[r]?)(?!\w)")


def german_epithet(phrase: str, word: str, data: LanguageData) -> Mention | None:
    """ "sagt die Branchenkennerin", "berichtet die Kauffrau", "so der 54-Jährige": after "der"/
    "die", a capitalised person noun no name list holds is an epithet for someone already named,
    never a surname (German capitalises its nouns); the article gives the gender."""
    m = re.search(rf"(?<!\w)(der|die)\s+{re.escape(word)}(?!\w)", phrase)
    if m is None or not GERMAN_EPITHET.match(word.lower()) or is_given_name(word, data):
        return None
    return Mention("description", word.lower(), "m" if m.group(1) == "der" else "f")


def _of_institution(phrase: str, at: int, data: LanguageData) -> bool:
    """ "el consejero de Transportes", "le ministre des Armées": a capital after "de" is the
    institution of a role, not a name."""
    if data.code == "de":
        # "ein Sprecher der Polizei", "die Chefin des Verbands": a role's genitive
        role = re.search(r"(\S+)\s+(?:der|des)\s$", phrase[:at])
        return role is not None and is_title(role.group(1), data)
    if data.code not in {"fr", "es"}:
        return False
    # "de La Coruña", "du Mans": a place's own capitalised article after the "de"
    of = r"(?:de|del|des|du|de la|de l['’]|d['’]|aux|au|à la|à l['’])(?:\s(?:La|Las|Los|Le|Les|El))?"
    before = re.search(rf"(\S+)\s+{of}\s?$", phrase[:at])
    if before is None:
        # "de Sanidad" opening a piece of a phrase is an institution; opening the whole speaker
        # phrase, after the verb, it is a surname's particle ("afirmó de Guindos")
        return re.match(rf"{of}\s?$", phrase[:at]) is not None and phrase[:1] != "d"
    return not before.group(1)[:1].isupper()  # "Rubén del Campo": a name particle


def _breaks_run(word: str, data: LanguageData) -> bool:
    """Capitalised words that are never part of a name (sentence-initial function words,
    months, pronouns): they end a run rather than open it."""
    low = word.lower().rstrip(".")
    return low in data.stopwords or low in data.months or low in data.pronouns


def _german_role_noun(word: str, data: LanguageData) -> bool:
    """A German feminine person noun no role list holds opening a run before a full name
    ("Regierungsrätin Dominique Meier", "Schlussläuferin Vanessa Roth"); never a given name."""
    return data.code == "de" and re.fullmatch(r"[A-ZÄÖÜ]\w{4,}in", word) is not None and not is_given_name(word, data)


def _skippable(word: str, data: LanguageData) -> bool:
    low = word.lower().rstrip(".")
    return (
        low in data.stopwords
        or (word.isupper() and len(word) > 1)
        or is_month(word, data)
        or is_title(word, data)
        or word.lower() in data.honorifics
        or low + "." in data.honorifics
        or len(word) == 1
        or low in data.pronouns
    )


def _group_runs(phrase: str, runs: list[re.Match[str]], data: LanguageData) -> list[str]:
    """Adjacent capitalised words joined into runs (a space, or a name particle between:
    ``name_particles``)."""
    out: list[list[int]] = []  # [start, end] of each run in ``phrase``
    for m in runs:
        gap = re.sub(r"[ \u00a0]+", " ", phrase[out[-1][1] : m.start()]) if out else ""
        lead = phrase[: out[-1][1]].split() if out else []
        # a run set off after a role opens with a given name ("La directrice de X, Gwenaëlle Le Bihan,")
        opens = bool(out) and " " not in phrase[out[-1][0] : out[-1][1]] and apposed_to_role(phrase, out[-1][0], data) is not None
        if out and joins(lead[-1], gap, data, lead[-2] if len(lead) > 1 else "", opens):
            out[-1][1] = m.end()  # "Rubén del Campo", "Marine Le Pen" keep their particle
        else:
            out.append([m.start(), m.end()])
    return [" ".join(phrase[a:b].split()) for a, b in out]


def _trim_name(run: str, data: LanguageData) -> str:
    tokens = merge_surname([t.rstrip(".,") for t in run.split()], data)
    known = [i for i, t in enumerate(tokens[:-1]) if first_name(t, data) is not None]
    if known:
        tokens = tokens[known[0] :]
    if len(tokens) > 2 and data.script == "cyrillic":
        tokens = tokens[-3:] if re.search(r"(?:вич|вна|ична)$", tokens[-2]) else tokens[-2:]
    return " ".join(tokens[-3:])
