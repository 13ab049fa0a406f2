"""Quantities in German, French, Spanish, Ukrainian and Russian sentences.

Same output as the English scanner (``quantities.scan_quantities``: ``Quantity`` records that
``figures.py`` turns into figures), different conventions: a decimal comma and thousands
grouped by a dot or a (no-break) space ("1,5 Milliarden Euro" = 1.5e9, "12.000" = 12000,
"1 200 пасажирів"), scale words in every case ("млн", "мільйонів", "millions de", "mil
millones"), currencies after the number ("€", "Euro", "грн", "рублей", "₽", "d'euros"),
percent words ("Prozent", "%", "відсотків"), units and durations (``languages/units.py``) and
number words ("drei", "трьох", "cinq"). Masked first, never figures: dates ("4. Juni", "le 4
juin", "4 червня"), years, times, scores ("3:2", "3-0"), ages ("der 23-Jährige"), ordinals
("84-й") and identifiers ("АИ-95", "línea 11", "Nr. 5").
"""

from __future__ import annotations

import re
from functools import cache

from .ages_intl import age_spans
from .languages import LanguageData, language_data
from .languages.units import UNITS
from .name_particles import inside_name
from .numbers import LOCAL_DIGITS, parse_local_digits
from .quantities import scan_quantities
from .quantity_forms import Quantity, blocked

_SPACE = "[ \u00a0\u202f]"
#: Words after which a number names a thing ("Linie 11", "número 36", "№ 5"): not a figure.
_IDENTIFIER_NOUNS = frozenset(
    """linie ligne línea lignes líneas лінія лінії линия линии номер номера número numéro
    nummer nr nr. № no no. núm núm. tête série gleis platz rang artikel article artículo
    стаття статья ст ст. paragraf kapitel chapitre capítulo розділ глава seite page página
    сторінка страница band tome autobahn bundesstraße route autoroute autopista autovía
    carretera трасса траса""".split()
)
#: Hedges shown with the figure ("rund 500", "plus de 3 200", "понад 1 200").
_HEDGES = {
    "de": ("mehr als", "weniger als", "bis zu", "rund", "etwa", "über", "knapp", "fast", "mindestens"),
    "fr": ("plus de", "moins de", "près de", "au moins", "jusqu'à", "environ", "quelque"),
    "es": ("más de", "menos de", "cerca de", "alrededor de", "al menos", "unos", "unas", "casi"),
    "uk": ("більш як", "понад", "близько", "майже", "щонайменше"),
    "ru": ("не менее", "более", "около", "почти", "свыше", "порядка"),
}


@cache
def _patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = language_data(code)
    assert data is not None
    words = sorted({*data.number_words, *data.scale_words}, key=len, reverse=True)
    word_alt = "|".join(re.escape(w) for w in words)
    core = re.compile(
        rf"(?<![\w,.-])(?:(?P<dig>{LOCAL_DIGITS})(?![\w])|(?P<words>(?i:{word_alt}))(?![\w'’]))"
    )
    months = "|".join(re.escape(m) for m in sorted(data.months, key=len, reverse=True))
    masks = re.compile(
        rf"\b\d{{1,2}}\.?{_SPACE}(?:de{_SPACE})?(?i:{months})\b(?:{_SPACE}(?:de{_SPACE})?\d{{4}})?"
        rf"|\b(?i:{months}){_SPACE}\d{{4}}\b"
        r"|\b\d{1,2}[:.]\d{2}(?=\s*(?:Uhr|h\b|год|ч\b)|\b)(?!\d)"
        r"|\b\d{1,2}[:\-–]\d{1,2}\b"
        r"|\b\d{1,2}\s+heures?\s+du\s+(?:matin|soir)\b|\b\d{1,2}\s+de\s+la\s+(?:mañana|tarde|noche)\b"
        r"|\b\d+-(?:[Jj]ährig\w*|й|го|му|річн\w*|летн\w*|х|і|ї|е|ю)\b"
        r"|[A-Za-zА-Яа-яЁёІіЇїЄє]+-\d+"
        r"|\b\d+\.(?=\s+[a-zäöüß])"
    )
    scales = sorted(data.scale_words, key=len, reverse=True)
    currencies = sorted(data.currency_words, key=len, reverse=True)
    units = sorted(UNITS, key=len, reverse=True)
    percents = sorted(data.percent_words, key=len, reverse=True)
    after = re.compile(
        rf"(?:{_SPACE}?(?P<scale>(?i:{'|'.join(map(re.escape, scales))}))\.?(?![\w]))?"
        rf"(?:{_SPACE}?(?:(?:de|d['’])\s?)?"
        rf"(?:(?P<pct>(?i:{'|'.join(map(re.escape, percents))}))(?![\w])"
        rf"|(?P<cur>(?i:{'|'.join(map(re.escape, currencies))}))\.?(?![\w])"
        rf"|(?P<unit>(?i:{'|'.join(map(re.escape, units))}))(?![\w])))?"
    )
    return core, masks, after


def scan_quantities_intl(text: str, data: LanguageData) -> list[Quantity]:
    """Every quantity of one sentence in text order (dates, years and ranks are not kept)."""
    if not any(c.isdigit() for c in text) and not _may_have_words(text, data):
        return []
    core, masks, after = _patterns(data.code)
    spans = [m.span() for m in masks.finditer(text)] + age_spans(text)
    found: list[Quantity] = []
    for m in core.finditer(text):
        if blocked(spans, *m.span()) or (found and m.start() < found[-1].end):
            continue  # masked, or the second word of a number read ("treinta y dos")
        q = _read(text, m, after, data)
        if q is not None:
            found.append(q)
    return found


def _may_have_words(text: str, data: LanguageData) -> bool:
    low = text.lower()
    return any(w in low for w in data.scale_words) or any(
        f" {w} " in f" {low} " or f" {w}-" in f" {low}" for w in data.number_words
    )  # "dix-huit": the first word of a compound


def _read(text: str, m: re.Match[str], after: re.Pattern[str], data: LanguageData) -> Quantity | None:
    start = m.start()
    number_end = m.end()
    if m["dig"] is not None:
        digits = m["dig"]
        value = parse_local_digits(digits)
        bare_year = re.fullmatch(r"\d{4}", digits) is not None and 1800 <= value <= 2199
    else:
        word = m["words"].lower()
        if inside_name(text, m.start(), m.end(), data):
            return None  # "Nuria dos Santos"
        value = data.number_words.get(word, 1.0)
        if word in data.scale_words and word not in data.number_words:
            if word not in _ONE_SCALE or _number_before(text, start, data):
                return None  # a scale word alone ("Millionen Menschen"): vague, not a figure
            value, number_end = 1.0, start  # "понад мільйон тонн": one, scaled below
        else:
            value, number_end = _compound(text, m.end(), value, data)
        bare_year = False
    tail = after.match(text, number_end)
    scale = 1.0
    end = number_end
    unit = norm = None
    kind = "count"
    if tail is not None and tail.group():
        if tail["scale"]:
            scale = data.scale_words.get(tail["scale"].lower().rstrip("."), 1.0)
        if tail["pct"]:
            unit, norm, kind = "%", "percentage", "percent"
        elif tail["cur"]:
            unit = data.currency_words[tail["cur"].lower().rstrip(".")]
            norm, kind = unit, "money"
        elif tail["unit"]:
            unit = tail["unit"]
            norm, kind = UNITS[unit.lower()]
        end = tail.end()
        if text[end - 1] == "." and not text[end:].strip(" »“”\"'’)"):
            end -= 1  # "… 2 грн." ends the sentence: the period is not the abbreviation's
    if m["words"] is not None and value == 1.0 and scale == 1.0:
        return None  # "ein", "un", "одна": an article, not a count
    if bare_year and scale == 1.0 and unit is None:
        return None  # a year
    if _identifier(text, start):
        return None
    if m["words"] is not None and unit is None and scale == 1.0 and not _noun_follows(text, end):
        if number_end == m.end() and not _range_follows(text, end, data):
            return None  # "neuf" as "new", "sept" alone: a written number needs its noun (a
            # compound, "двадцять п’ять", is a number all the same)
    value *= scale
    lead = _hedge_start(text, start, data)
    what, what_end = (None, end)
    if kind in ("count", "percent") and unit is None:
        what, what_end = _what(text, end, data)
    if what is not None:
        end = what_end
    return Quantity(start, end, value, unit=unit, norm_unit=norm, what=what, kind=kind, scale=scale, lead=lead)


def _identifier(text: str, start: int) -> bool:
    before = re.search(r"([\w№.]+)\s*$", text[max(0, start - 20) : start])
    return before is not None and before.group(1).lower() in _IDENTIFIER_NOUNS


#: A partitive after a written number stands for its noun: "dos de ellas", "deux d'entre eux",
#: "zwei von ihnen".
_PARTITIVE = re.compile(r"[ \u00a0]+(?:de (?:ellas|ellos)|d['’]entre (?:eux|elles)|von ihnen)\b")


def _noun_follows(text: str, end: int) -> bool:
    return re.match(r"[ \u00a0]+[^\W\d_]{3,}", text[end:]) is not None or _PARTITIVE.match(text, end) is not None


#: Scale words in the singular that stand for one of them without a number: "понад мільйон
#: тонн", "более миллиона человек", "mehr als eine Million" (the plural, "Millionen Menschen", is
#: vague and no figure).
_ONE_SCALE = frozenset(
    "мільйон мільйона мільярд мільярда миллион миллиона миллиард миллиарда million milliard millón".split()
)
#: Joins of a compound number: "двадцять п’ять", "dix-huit", "vingt et un", "treinta y dos".
_COMPOUND = re.compile(r"(?:-|[ \u00a0]+(?:(?:et|y)[ \u00a0]+)?)([^\W\d_][\w'’ʼ]*)")
#: A range's second end: "від трьох до п’яти днів", "de deux à cinq ans", "zwei bis drei Wochen".
_RANGE = re.compile(r"[ \u00a0]+(?:до|bis|à|a|und|і|и|или|або|oder|ou|o|–|-)[ \u00a0]+([\w'’ʼ,.]+)")


def _number_before(text: str, start: int, data: LanguageData) -> bool:
    """Whether a number stands right before ``start`` ("два мільйони", "3 Millionen")."""
    word = re.search(r"([\w'’ʼ,.]+)[ \u00a0]+$", text[max(0, start - 20) : start])
    return word is not None and (word.group(1)[-1:].isdigit() or word.group(1).lower() in data.number_words)


def _compound(text: str, end: int, value: float, data: LanguageData) -> tuple[float, int]:
    """A number word of tens and the unit after it as one number ("двадцять п’ять" = 25,
    "dix-huit" = 18); the value and end unchanged otherwise."""
    if not (value >= 20 and value < 100 and value % 10 == 0) and not (value == 10 and text[end : end + 1] == "-"):
        return value, end
    m = _COMPOUND.match(text, end)
    unit = data.number_words.get(m.group(1).lower(), 0) if m else 0
    if m is None or not 1 <= unit <= 9 or unit != int(unit):
        return value, end
    return value + unit, m.end()


def _range_follows(text: str, end: int, data: LanguageData) -> bool:
    """ "від трьох до п’яти днів": the first end of a range, whose noun follows the second."""
    m = _RANGE.match(text, end)
    if m is None:
        return False
    word = m.group(1).rstrip(",.")
    return (word[:1].isdigit() or word.lower() in data.number_words) and _noun_follows(text, m.end())


def _hedge_start(text: str, start: int, data: LanguageData) -> int:
    window = text[max(0, start - 25) : start].lower()
    for hedge in _HEDGES.get(data.code, ()):
        at = len(window) - len(hedge) - 1
        if window.endswith(hedge + " ") and (at == 0 or not window[at - 1].isalpha()):
            return start - len(hedge) - 1
    return start


_WHAT_WORD = re.compile(r"[ \u00a0]+(?:(?:de|d['’])\s?)?([^\W\d_][\w'’-]*)")


def _what(text: str, end: int, data: LanguageData) -> tuple[str | None, int]:
    """The counted noun after a number ("12.000 Artilleriegranaten", "millions de personnes",
    "90 тис. пасажирів"): one word, two when the first is an adjective in lower case."""
    m = _WHAT_WORD.match(text, end)
    if m is None:
        return None, end
    word = m.group(1)
    low = word.lower()
    if low in data.stopwords or low in data.number_words or low in data.scale_words:
        return None, end
    if len(low) < 3 or low.endswith(_VERB_ENDINGS.get(data.code, ("\0",))):
        return None, end  # "31 resultaron heridas": a verb, nothing counted
    if data.code == "de" and word[:1].islower() or low.endswith(_ADJECTIVE_ENDINGS.get(data.code, ("\0",))):
        # an adjective before the noun: "400 kleinere Kliniken", "50 нових тролейбусів"
        noun = _WHAT_WORD.match(text, m.end())
        if noun is not None and noun.group(1).lower() not in data.stopwords:
            return text[m.start(1) : noun.end()], noun.end()
        return None, end
    return word, m.end()


_VERB_ENDINGS = {
    "es": ("aron", "ieron", "aban", "ían"),
    "fr": ("aient", "èrent"),
    "uk": ("ли", "ла", "ло", "ться", "ють", "ять"),
    "ru": ("ли", "ла", "ло", "ться", "ются", "ятся"),
}
_ADJECTIVE_ENDINGS = {"uk": ("их", "ими", "ні", "ий"), "ru": ("ых", "их", "ыми", "ими", "ые", "ие")}


def scan(sentence: str, language: str | None) -> list[Quantity]:
    """The scanner of a language: this one for de/fr/es/uk/ru, the English one otherwise."""
    data = language_data(language)
    if data is None or data.code == "en":
        return scan_quantities(sentence)
    return scan_quantities_intl(sentence, data)
