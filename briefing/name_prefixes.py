"""Words before a run of capitals that belong to the name it ends on: a surname's lower-case
particles ("“…,” de Vries said", "van der Berg told") and a stage name's number ("“…,” 50 Cent
said"). The run of capitals starts after them, so the speaker phrase's reader cut the name to
"Vries", "Berg" or "Cent": garbage under the quote, and a person key no other mention shares.

Not a count ("20 Democrats" are people counted), a date ("said on 5 May") nor a handle glued to
its number ("-67Marquez"): only a bare number of one to three digits, a space, and one word that
is no month, weekday or plural.
"""

from __future__ import annotations

import re

from .name_cleaning import PARTICLES
from .wordlists import MONTH_NAMES, WEEKDAY_NAMES

#: A number of one to three digits that opens a stage name ("50 Cent").
_STAGE_NUMBER = re.compile(r"\d{1,3}")
#: Most particles before a surname ("de la Rosa", "van der Berg").
_MOST_PARTICLES = 2


def with_prefix(lead: list[str], name: str, spaced: bool) -> str:
    """``name`` (the whole run of capitals ending a speaker phrase) with the words of ``lead`` (the
    phrase's words before it) that belong to it; ``spaced``: a space stands right before the run."""
    if 0 < len(lead) <= _MOST_PARTICLES and all(w in PARTICLES for w in lead):
        return " ".join([*lead, name])  # "de Vries said", "van der Berg said"
    if lead and spaced and _STAGE_NUMBER.fullmatch(lead[-1]) and _numbered_stage_name(name):
        return f"{lead[-1]} {name}"  # "rapper 50 Cent said"
    return name


def _numbered_stage_name(name: str) -> bool:
    """``name`` after a bare number is the rest of a stage name ("50 Cent", "21 Savage"): one word,
    no month or weekday ("5 May" is a date), no plural ("20 Democrats" are people counted)."""
    return " " not in name and name not in MONTH_NAMES and name not in WEEKDAY_NAMES and not name.endswith("s")
