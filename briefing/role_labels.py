"""A round-up's label that sets the person's role right after the name with no comma: "PAUL RYAN
SPEAKER OF THE HOUSE “…”", "Kevin McCarthy House Majority Leader “…” [Statement]", "ANN WELLER
CEO OF ACME “…”".

Reaction round-ups and "what they said" lists print each entry as a name, its role and the quote,
the comma left out. With the comma ("PAUL RYAN, SPEAKER OF THE HOUSE") the name is one end of the
label and was read; without it the role was glued into the name ("Kevin McCarthy House") or the
label named no one. ``name_before_role`` cuts such a label into the person's name (two or three
words) and a role that the title readers already know (``title_runs.title_run``,
``offices.title_of_office``: "House Majority Leader", "Democratic Leader", "Governor of Ohio",
"Former Secretary of State", "Chairman of the RNC"). The heading reader (``heading_labels``) asks it
before reading the label as a name.

Not a person's label: a name then words that are no role ("PAUL RYAN BIG LOSER TONIGHT": a
headline's fragment; the heading readers take a label only when it ends on its name or a topic,
though the fallback for a verbless sentence before a quote may still read its subject), a
firm's name before a role ("ACME CORP BOARD OF DIRECTORS": no given name, not the article's
person), two names ("PAUL RYAN KEVIN MCCARTHY", "… AND …"), a section's heading ("HOUSE LEADERS").
"""

from __future__ import annotations

import re

from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .lexicon import STOPWORDS
from .name_cleaning import PARTICLES
from .offices import NOT_SURNAMES, title_of_office
from .speech_lexicon import ORGANISATION_NOUNS
from .title_runs import TITLE_PREMODIFIERS, title_run, title_word

#: The small words inside an office's name, in lower case in a title-cased role ("Speaker of the House").
_OFFICE_LINKS = frozenset({"of", "the", "for", "to", "and", "at"})
#: Words that may open a role before its title ("Former Secretary of State", "Deputy Chief of Staff").
_ROLE_OPENERS = TITLE_PREMODIFIERS | {"vice", "deputy", "acting", "senior", "assistant", "interim", "executive"}
#: A middle initial ("JOHN F. KELLY").
_INITIAL = re.compile(r"[A-Z]\.")


def name_before_role(label: str, body: str) -> str | None:
    """The person's name opening ``label`` (mixed case, or the mixed-case view of capitals) when
    the rest is a role: "Paul Ryan speaker of the House" -> "Paul Ryan". The name is a person's:
    its first word a given name we know, or the name written elsewhere in ``body``; a middle word
    only an initial or a particle, unless the article writes the three words as a name."""
    words = label.split()
    for size in (2, 3):
        if len(words) <= size:
            return None
        name, role = words[:size], words[size:]
        if not all(w[:1].isupper() for w in name) or not _role(role):
            continue
        full = " ".join(name)
        elsewhere = body.count(full) > label.count(full)
        if size == 3 and not (_INITIAL.fullmatch(name[1]) or name[1].lower() in PARTICLES or elsewhere):
            continue
        if any(title_word(w) or w.lower() in ORGANISATION_NOUNS or w.lower() in NOT_SURNAMES for w in name[1:]):
            continue  # "Ann Weller Council …", "Acme Corp": the role or a body, not the name
        if given_name_gender(full) is not None or elsewhere:
            return full
    return None


def two_names(words: list[str]) -> bool:
    """Two people's names in one label ("Ann Weller Tom Reyes", "Ann Weller and Tom Reyes"): a
    given name and the word after it twice, apart ("Mary Ann Roe" is one name)."""
    starts = [k for k in range(len(words) - 1) if given_name_gender(f"{words[k]} {words[k + 1]}") is not None]
    return bool(starts) and starts[-1] - starts[0] >= 2


def _role(words: list[str]) -> bool:
    """Words after a name that are only its role: a run of title words, maybe after the body it
    serves ("House Majority Leader"), or a title of an office ("Governor of Ohio"); no person in it
    ("Speaker Kevin McCarthy": a second name)."""
    first = words[0].lower()
    if first in STOPWORDS and first not in _ROLE_OPENERS or first in GIVEN_NAME_GENDER and not title_word(words[0]):
        return False  # "AND KEVIN MCCARTHY", "KEVIN MCCARTHY"
    cased = [w.lower() if w.lower() in _OFFICE_LINKS else w[:1].upper() + w[1:] for w in words]
    if any(given_name_gender(f"{a} {b}") is not None for a, b in zip(cased, cased[1:], strict=False)):
        return False  # a name inside the role: two people
    if len(cased) == 1:
        return title_word(cased[0])  # "SPEAKER"
    if title_run(cased) or title_of_office(" ".join(cased)):
        return True
    # the body it serves before the title: "House Majority Leader", "Senate Minority Whip"
    return first in ORGANISATION_NOUNS and cased[1][:1].isupper() and title_run(cased[1:])
