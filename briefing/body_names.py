"""Whether a name of two words or more is shaped like a body's, never a "he" or a "she": a
newspaper ("the Cleveland Plain Dealer", "the Dalton Star-Ledger"), a broadcaster ("Harbor
Broadcasting", "Sky News"), a firm ("Pellham Motor Co.", "Kestrel Airways"), a club ("Northgate
Rovers").

``SubjectIndex`` asks this of every name it would keep as a person a pronoun may mean (a
sentence's subject, a clause's, a quote's speaker): "The dispute began when the Cleveland Plain
Dealer reported on the deal. “…,” he said" is not the newspaper's, whatever else the sentence
names. ``names_organisation`` reads the last word alone and leaves these to people, since most
of their last words are no organisation's noun anywhere else ("dealer", "ledger", "dispatch").
"""

from __future__ import annotations

import re

from .speaker_kinds import names_organisation
from .speech_lexicon import COMPANY_ENDINGS
from .speech_verbs import LEADING_VERB

#: Last words of a newspaper's, a magazine's, a broadcaster's, a label's or a studio's name that
#: ``names_organisation`` leaves to people ("the reporter" is a person): "Hollywood Reporter",
#: "Sky News", "Cleveland Plain Dealer", "Orlando Sentinel", "Harbor Broadcasting". Not words
#: that are also surnames (``_SURNAME_PRESS_WORDS``).
PUBLICATION_WORDS = frozenset(
    "reporter news review digest bulletin observer guardian mirror express standard monthly quarterly "
    "records studios pictures dealer sentinel dispatch enquirer courant picayune advertiser "
    "oregonian intelligencer telegram constitution statesman newswire broadcasting broadcasters "
    "radio television".split()
)
#: Last words of newspapers' names that are surnames as well ("the Harlow Ledger", "the Detroit
#: Free Press", "the Kansas City Star"; Heath Ledger, Bill Press): a newspaper's only where the
#: text writes the name after "the" (``written_as_a_title``).
_SURNAME_PRESS_WORDS = frozenset("ledger press star sun bee register".split())
#: Words of a newspaper's name that hyphenated compounds join ("Star-Ledger", "Post-Dispatch",
#: "Journal-Constitution", "Democrat-Gazette"): a compound ending on one is a newspaper's.
_PRESS_WORDS = PUBLICATION_WORDS | _SURNAME_PRESS_WORDS | frozenset(
    "post times journal herald tribune gazette telegraph chronicle inquirer courier examiner globe".split()
)
#: Last words of sports clubs' names ("Northgate Rovers", "Harbor United", "Leeds City") and of
#: holding companies' ("Kestrel Holdings"): no surname a person's name ends on (not "Villa",
#: which is one), so a club that confirmed a signing is no later "he".
_CLUB_WORDS = frozenset("united rovers wanderers athletic albion rangers hotspur city town county holdings".split())
#: Firms' endings written abbreviated with a dot or not ("Motor Co.", "Acme Bros.").
_FIRM_ABBREVIATIONS = frozenset("co cos bros".split())
#: What follows a newspaper's name written after "the": a verb (maybe after an adverb: "first
#: reported", "later said"), or punctuation ("told the Austin American-Statesman."); not a noun
#: ("the Bill Press show") nor another capitalised word ("the Emily Post Institute").
_AFTER_TITLE = re.compile(
    r"\s*(?:[,.;:!?)’”'\"]|$)|(?:\s+(?:first|also|later|then|now|again|never|just|recently|previously|initially))?"
    + LEADING_VERB.pattern
    + r"|\s+(?:[a-z]+s|said|told|wrote|ran)(?![\w’'-])"
)

#: "the" ending right before a name.
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+$")


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1].rstrip(".") if words else ""


def body_shaped(name: str) -> bool:
    """``name``'s last word makes it a body's: an organisation's noun or an acronym (one word
    too: "the Defence Ministry", "NATO"), and for names of two words or more a publication's or
    broadcaster's word, a firm's ending ("Inc.", "Co.", "Airways") or a newspaper's hyphenated
    compound ("Star-Ledger")."""
    last = _last_word(name)
    if not last:
        return False
    if names_organisation(last):
        return True
    if " " not in name:
        return False
    low = last.lower()
    return (low in PUBLICATION_WORDS or low in COMPANY_ENDINGS or low in _FIRM_ABBREVIATIONS or low in _CLUB_WORDS
            or press_compound(last))


def press_shaped(name: str) -> bool:
    """``name``, of two words or more, ends on a newspaper's word that is a surname as well
    ("Harlow Ledger", "Heath Ledger"): which one, only ``written_as_a_title`` tells."""
    return " " in name and _last_word(name).lower() in _SURNAME_PRESS_WORDS


def press_compound(word: str) -> bool:
    """A hyphenated word ending on a newspaper's word after a capital ("Star-Ledger",
    "Post-Dispatch", "American-Statesman", "Democrat-Gazette"): no surname is written so."""
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() for p in parts) and parts[-1].lower() in _PRESS_WORDS


def written_as_a_title(name: str, body: str) -> bool:
    """The body writes "the" right before ``name``, then a verb or punctuation, as newspapers'
    names are ("the Dalton Star-Ledger reported", "told the Austin American-Statesman."): no
    person's name, even one opening on a given name ("Dalton", "Austin"); "the Bill Press show"
    is the man's."""
    at = body.find(name)
    while at >= 0:  # a literal search: the name is rare, "the" everywhere
        end = at + len(name)
        if _THE_BEFORE.search(body, max(0, at - 6), at) and not body[end : end + 1].isalnum() and _AFTER_TITLE.match(body, end):
            return True
        at = body.find(name, end)
    return False
