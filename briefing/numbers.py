"""Lexicon of the figures stage: number words, scales, currencies and units.

Kept apart from the scanner in ``quantities.py`` so the word lists can be read (and extended)
without wading through matching logic. Everything here is compiled once at import time.
"""

from __future__ import annotations

import re

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
BIG = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}  # fmt: skip
SCALE_ABBR = {
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
}
FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip

_SMALL_ALT = "|".join(sorted(SMALL, key=len, reverse=True))
WORD_NUMBER = rf"(?:{_SMALL_ALT})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
BIG_ALT = "hundred|thousand|million|billion|trillion|lakhs?|crores?"

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Currency written before the number: (pattern, display unit). Longest first.
CURRENCY_PREFIX = r"(?:US\s?\$|\$\s?US|HK\s?\$|A\$|AU\$|C\$|CA\$|NZ\$|S\$|R\$|\$|£|€|¥|₹|₽|₴|Y=|RM|Rs\.?|PS(?=\d)|(?:USD|EUR|GBP|JPY|CNY|CHF|UAH|RUB)\s)"
CURRENCY_WORDS = (
    r"dollars?|euros?|pounds sterling|pounds|yen|yuan|renminbi|rubles?|roubles?|hryvnias?|hryvnia|"
    r"shekels?|rupees?|crowns?|kronor|kroner|krona|krone|francs?|won|pesos?|ringgit|rand|lira|"
    r"lire|dinars?|dirhams?|riyals?|reais|real|zlotys?|forints?|bitcoins?|USD|EUR|GBP|JPY|CNY|UAH"
)
CURRENCY_SUFFIX = r"(?:€|£|\$|¥)"

_SYMBOL_UNIT = {
    "us$": "US$", "$us": "US$", "us $": "US$", "hk$": "HK$", "hk $": "HK$", "a$": "A$", "au$": "A$",
    "c$": "C$", "ca$": "C$", "nz$": "NZ$", "s$": "S$", "r$": "R$", "$": "$", "£": "£", "€": "€",
    "¥": "¥", "₹": "₹", "₽": "₽", "₴": "₴", "y=": "¥", "rm": "RM", "rs": "Rs", "rs.": "Rs", "ps": "£",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "chf": "CHF",
    "uah": "UAH", "rub": "RUB",
}  # fmt: skip


CURRENCY_NAMES = {
    "$": "dollar", "us$": "dollar", "usd": "dollar", "a$": "australian dollar", "c$": "canadian dollar",
    "hk$": "hong kong dollar", "nz$": "new zealand dollar", "s$": "singapore dollar", "£": "pound sterling",
    "gbp": "pound sterling", "€": "euro", "eur": "euro", "¥": "japanese yen", "jpy": "japanese yen",
    "yen": "japanese yen", "yuan": "chinese yuan", "renminbi": "chinese yuan", "cny": "chinese yuan",
    "rm": "malaysian ringgit", "ringgit": "malaysian ringgit", "rs": "indian rupee", "₹": "indian rupee",
    "rupee": "indian rupee", "₽": "russian ruble", "rub": "russian ruble", "ruble": "russian ruble",
    "rouble": "russian ruble", "₴": "ukrainian hryvnia", "uah": "ukrainian hryvnia",
    "hryvnia": "ukrainian hryvnia", "pound": "pound sterling", "pounds sterling": "pound sterling",
    "shekel": "shekel", "crown": "danish krone", "krone": "danish krone",
}  # fmt: skip
"""CQE-style names of currencies (for the unit-level evaluation and for grouping figures)."""


#: Compiled once: the code below passed these to ``re.search`` & co. as strings, which costs a
#: lookup in the module's pattern cache per call (thousands of calls a 94-page round).
_DIGIT_GROUPING = re.compile(r"[,\s\u202f\u00a0']")
_WORD_GAPS = re.compile(r"[\s-]+")
_LOCAL_DIGIT_GROUPING = re.compile(r"[.\s\u202f\u00a0']")


def currency_name(unit: str) -> str:
    key = re.sub(r"\s+", " ", unit.strip()).lower().rstrip(".")
    key = _SYMBOL_UNIT.get(key, key).lower()
    if key in CURRENCY_NAMES:
        return CURRENCY_NAMES[key]
    return CURRENCY_NAMES.get(key.rstrip("s"), key.rstrip("s"))


def currency_unit(symbol: str) -> str:
    key = re.sub(r"\s+", " ", symbol.strip()).lower()
    return _SYMBOL_UNIT.get(key, symbol.strip())


# Units written after the number: regex alternative -> (normalised name, kind).
# Normalised names follow the CQE/NewsQuant unit names where one exists.
_UNITS: list[tuple[str, str, str]] = [
    (r"per\s?cent|percent|pct|pc|%", "percentage", "percent"),
    (r"percentage points?|basis points?|bps|bp", "basis point", "percent"),
    (r"points?|pts", "point", "measure"),
    (r"p\b", "pence", "money"),
    (r"kilomet(?:er|re)s? per hour|km/hr?|kph|km an hour", "kilometre per hour", "measure"),
    (r"miles per hour|miles an hour|mph|m\.p\.h\.?", "mile per hour", "measure"),
    (r"mpg|miles per gallon", "mile per gallon", "measure"),
    (r"square (?:kilomet(?:er|re)s?)|sq\.? ?km|km2|km²", "square kilometre", "measure"),
    (r"square (?:met(?:er|re)s?)|sq\.? ?m\b|sqm|m2|m²", "square metre", "measure"),
    (r"square (?:feet|foot)|sq\.? ?ft", "square feet", "measure"),
    (r"square miles?|sq\.? ?mi", "square mile", "measure"),
    (r"acres?|hectares?|ha", "acre", "measure"),
    (r"kilomet(?:er|re)s?|km", "kilometre", "measure"),
    (r"centimet(?:er|re)s?|cm", "centimetre", "measure"),
    (r"millimet(?:er|re)s?|mm", "millimetre", "measure"),
    (r"nanomet(?:er|re)s?|nm", "nanometre", "measure"),
    (r"micromet(?:er|re)s?|microns?|µm", "micrometre", "measure"),
    (r"(?i:met(?:er|re)s?)|m(?![a-z/])", "metre", "measure"),
    (r"nautical miles?|miles?|mi", "mile", "measure"),
    (r"(?i:feet|foot)|ft|′|'", "foot", "measure"),
    (r"(?i:inch(?:es)?)|″", "inch", "measure"),
    (r"yards?|yds?", "yard", "measure"),
    (r"kilo(?:gram|gramme)?s?|kg", "kilogram", "measure"),
    (r"milligrams?|mg", "milligram", "measure"),
    (r"(?i:grams?|grammes?)|g\b", "gram", "measure"),
    (r"pound-feet|lb-ft", "pound-foot", "measure"),
    (r"lbs?|pounds? of", "pound-mass", "measure"),
    (r"tonnes?|tons?|t\b", "ton", "measure"),
    (r"ounces?|oz", "ounce", "measure"),
    (r"barrels?|bbl", "barrel", "measure"),
    (r"gallons?", "gallon", "measure"),
    (r"millilit(?:er|re)s?|ml|mL", "millilitre", "measure"),
    (r"lit(?:er|re)s?|l\b", "litre", "measure"),
    (r"[kMGT]Wh|kilowatt[- ]hours?|megawatt[- ]hours?", "kilowatt hour", "measure"),
    (r"kilowatts?|kW", "kilowatt", "measure"),
    (r"megawatts?|MW", "megawatt", "measure"),
    (r"gigawatts?|GW", "gigawatt", "measure"),
    (r"watts?|W\b", "watt", "measure"),
    (r"horsepower|hp|bhp", "horsepower", "measure"),
    (r"rpm", "revolutions per minute", "measure"),
    (r"[GMk]?Hz|HZ|hertz", "hertz", "measure"),
    (r"terabytes?|TB", "terabyte", "measure"),
    (r"gigabytes?|GB", "gigabyte", "measure"),
    (r"megabytes?|MB", "megabyte", "measure"),
    (r"[GM]bps", "bit per second", "measure"),
    (r"gigapascals?|GPa", "gigapascal", "measure"),
    (r"megapascals?|MPa", "megapascal", "measure"),
    (r"ksi", "kilopound per square inch", "measure"),
    (r"psi", "pound per square inch", "measure"),
    (r"A/cm2", "ampere per square centimetre", "measure"),
    (r"kilocalories|kcal|calories|Calories", "calorie", "measure"),
    (r"°\s?C|degrees? (?:Celsius|centigrade)|C\b", "celsius", "measure"),
    (r"°\s?F|degrees? Fahrenheit|F\b", "fahrenheit", "measure"),
    (r"degrees?|°", "degree", "measure"),
    (r"knots", "knot", "measure"),
    (r"years?[- ]olds?", "year of age", "other"),
    (r"months?[- ]olds?", "month of age", "other"),
    (r"(?:weeks?|days?)[- ]old", "day of age", "other"),
    (r"seconds?|secs?|s\b", "second", "duration"),
    (r"minutes?|mins?", "minute", "duration"),
    (r"hours?|hrs?|h\b", "hour", "duration"),
    (r"days?", "day", "duration"),
    (r"weeks?", "week", "duration"),
    (r"months?", "month", "duration"),
    (r"years?|yrs?", "year", "duration"),
    (r"decades?", "decade", "duration"),
    (r"centuries|century", "century", "duration"),
    (r"G\b", "generation wireless", "other"),
    (r"times", "count", "count"),
]
UNIT_PATTERN = "|".join(
    f"(?P<u{i}>{pat if any(c.isupper() for c in pat) or '(?i:' in pat else f'(?i:{pat})'})"
    for i, (pat, _, _) in enumerate(_UNITS)
)
"""Alternatives in priority order; compiled case-sensitively so "C", "G", "W" stay units only
in their usual capitalisation, with long word forms wrapped in ``(?i:...)`` where needed."""
UNIT_INFO = {f"u{i}": (norm, kind) for i, (_, norm, kind) in enumerate(_UNITS)}
# Abbreviations that are units only when glued to the number ("5km", "45g") or unambiguous.
GLUED_ONLY_UNITS = frozenset({"p", "m", "g", "t", "l", "s", "h", "G", "W", "mi", "ha", "'", "′"})
"""Units that count only when glued to the number ("5km", "45g", "30'"), never after a space."""

# Words that modify a number's comparison ("change" in NewsQuant terms).
APPROX = {
    "about": "~", "around": "~", "approximately": "~", "roughly": "~", "nearly": "~",
    "almost": "~", "some": "~", "an estimated": "~", "estimated": "~", "~": "~", "≈": "~",
    "more than": ">", "over": ">", "above": ">", "at least": ">", "upwards of": ">", "over than": ">",
    "less than": "<", "fewer than": "<", "under": "<", "below": "<", "up to": "<", "sub-": "<",
    "at most": "<", "just": "=", "only": "=", "exactly": "=",
}  # fmt: skip
APPROX_PATTERN = "|".join(re.escape(k) for k in sorted(APPROX, key=len, reverse=True))


def parse_digits(text: str) -> float:
    """'50,000' -> 50000.0, '1.5' -> 1.5, '.500' -> 0.5, '1 307 000' -> 1307000.0."""
    return float(_DIGIT_GROUPING.sub("", text))


def parse_words(text: str) -> float:
    """'twenty-eight thousand six hundred forty-two' -> 28642.0; 'a million' -> 1e6."""
    total = 0.0
    current = 0.0
    for word in _WORD_GAPS.split(text.lower()):
        if word in SMALL:
            current += SMALL[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in BIG:
            total += (current or 1) * BIG[word]
            current = 0.0
        elif word == "dozen":
            current = (current or 1) * 12
    return total + current


#: Digits as written where the comma is the decimal mark: thousands grouped by ".", a space,
#: a no-break or a narrow no-break space ("1.200,5", "12 000", "1 307 000", "4,2").
LOCAL_DIGITS = r"\d{1,3}(?:(?:\.|[ \u00a0\u202f])\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def parse_local_digits(text: str) -> float:
    """'1,5' -> 1.5, '12.000' -> 12000.0, '1 200' -> 1200.0, '1.130,25' -> 1130.25 (decimal
    comma; a lone "." between groups of three digits groups thousands)."""
    return float(_LOCAL_DIGIT_GROUPING.sub("", text).replace(",", "."))
