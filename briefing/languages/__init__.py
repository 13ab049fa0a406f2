"""What the pipeline knows of each article language, one data module per language.

``briefing/languages/{en,de,fr,es,uk,ru}.py`` each define ``DATA``: speech verbs, pronouns,
titles, abbreviations, quote marks, number and scale words, currency words and stopwords. The
stages take what they need from ``language_data(code)``, the one dispatch point; a language
without a module (an Italian article, say) gets ``None`` and the stages fall back to their
English rules, as before languages were detected.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import import_module

from ..sentences import ENGLISH_RULES, SplitRules

SUPPORTED = ("en", "de", "fr", "es", "uk", "ru")
NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "uk": "Ukrainian",
    "ru": "Russian",
}


@dataclass(frozen=True)
class LanguageData:
    """Word lists of one language (lower case unless said otherwise)."""

    code: str
    script: str
    """"latin" or "cyrillic": subscription topics are keyed under every language of a script."""
    quote_open: str
    quote_close: str
    """How quotes are shown to readers of this language ("„…“", "«…»")."""
    opening_quotes: str
    closing_quotes: str
    """Double marks that open / close a quotation in running text (the sentence splitter
    tracks them so a quoted "A. B." stays one sentence)."""
    abbreviations: frozenset[str]
    """Words written with a period that rarely end a sentence, without the period."""
    number_abbreviations: frozenset[str] = frozenset()
    """Abbreviations that only count before a number ("Nr. 5", "№ 3", "núm. 4")."""
    speech_verbs: frozenset[str] = frozenset()
    """Finite speech verbs as written after or before a quote ("sagte", "заявила")."""
    participles: frozenset[str] = frozenset()
    """Past participles of a compound past: French with "a"/"a-t-il" ("déclaré", "ajouté"),
    Spanish with "ha"/"han" ("asegurado")."""
    separable: frozenset[str] = frozenset()
    """German separable-verb particles that close an inverted clause ("teilte er mit")."""
    according_to: tuple[str, ...] = ()
    """Phrases that introduce a source ("laut", "selon", "según", "за словами", "по словам")."""
    pronouns: dict[str, str] = field(default_factory=dict)
    """Subject pronoun -> gender ("m", "f", "p" plural)."""
    pro_drop: bool = False
    """Spanish drops the subject: '«…», añadió.' means the person last named."""
    titles: frozenset[str] = frozenset()
    """Role nouns before a name ("minister", "députée", "голова"); in German also matched as
    the end of a compound ("Finanzministerin" ends in "ministerin")."""
    organisations: frozenset[str] = frozenset()
    """Head nouns that open an organisation's name ("Verband", "fédération", "asociación"); in
    German also matched as the end of a compound ("Mieterbund")."""
    honorifics: dict[str, str] = field(default_factory=dict)
    """Abbreviated titles before a name -> gender ("m", "f", "" unknown): "M.", "Sra.", "Dr"."""
    stopwords: frozenset[str] = frozenset()
    months: tuple[str, ...] = ()
    """Month names and their case forms (dates are masked before figures are read)."""
    number_words: dict[str, float] = field(default_factory=dict)
    """Written numbers in their usual forms ("drei", "трьох", "cinq")."""
    scale_words: dict[str, float] = field(default_factory=dict)
    """Scale words and abbreviations, every form ("Milliarden", "Mrd", "млрд", "millions")."""
    currency_words: dict[str, str] = field(default_factory=dict)
    """Currency words and symbols after a number -> display unit ("Euro" -> "€", "грн" -> "₴")."""
    percent_words: frozenset[str] = frozenset()
    decimal_comma: bool = True
    first_names: dict[str, str] = field(default_factory=dict)
    """Common first names (nominative) -> gender, for the case of an inflected name (uk, ru)."""


def past_tense(stems: str, endings: tuple[str, str, str], reflexive: tuple[str, str, str]) -> set[str]:
    """Masculine, feminine and plural past tense of each Slavic verb stem ("сказа" ->
    сказав/сказала/сказали in Ukrainian, сказал/сказала/сказали in Russian); a stem written
    with "-ся" takes the reflexive endings (поскаржився, пожаловалась)."""
    out: set[str] = set()
    for stem in stems.split():
        base, ends = (stem[:-3], reflexive) if stem.endswith("-ся") else (stem, endings)
        out |= {base + e for e in ends}
    return out


@cache
def language_data(code: str | None) -> LanguageData | None:
    """The data module of a language code, or None for a language without one."""
    if code not in SUPPORTED:
        return None
    module = import_module(f"{__name__}.{code}")
    data: LanguageData = module.DATA
    return data


def language_name(code: str | None) -> str:
    """English name of a language code for display ("uk" -> "Ukrainian"); the code otherwise."""
    return NAMES.get(code or "", code or "unknown")


def languages_of_script(script: str) -> tuple[str, ...]:
    return tuple(c for c in SUPPORTED if (d := language_data(c)) is not None and d.script == script)


#: Capital letters of the Latin and Cyrillic alphabets (a new sentence starts with one).
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁЄІЇҐЎ"


@cache
def split_rules(code: str | None) -> SplitRules:
    """Sentence-splitter rules of a language: its abbreviations and quote marks, and a new
    sentence may open with a capital of any script, a „ « » mark or a dialogue dash."""
    data = language_data(code)
    if data is None or data.code == "en":
        return ENGLISH_RULES
    closing = re.escape('"\'”’)]' + data.closing_quotes + data.opening_quotes)
    candidate = re.compile(
        rf"(?:[.!?]+|…)[{closing}]*(?=\s+[\"'“‘„‚«»(\[—–]?\s?[{UPPER}0-9])"
    )
    return SplitRules(
        candidate=candidate,
        abbreviations=data.abbreviations,
        number_abbreviations=data.number_abbreviations,
        opening_quotes=data.opening_quotes,
        closing_quotes=data.closing_quotes,
        ordinal_dot=data.code == "de",
    )
