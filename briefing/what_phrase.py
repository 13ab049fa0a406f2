"""What a number counts: the noun phrase after it, ended at a sensible boundary.

"296 Ukrainian drones", "34% of Russia's cruise missile carriers", "55,000 pages of emails".
No tagger: news writes "<number> [modifiers] <noun>" with few shapes, and three rules cover
them. A word tells where the phrase stops: a stopword, a number word, a verb form in
-ed/-ing after the first word, or the first plural (the head) ends it. A possessive
("Russia's", "voters'") is never the head: it determines the noun that follows, so reading
goes on after it. A head may take one "of" phrase ("members of parliament", "barrels of oil")
when that phrase closes cleanly within a few words; a phrase cut off mid-name or by the word
limit is left out rather than shown half.
"""

from __future__ import annotations

import re

from . import numbers as n

#: Words of the counted noun itself (after any possessor): "cruise missile carriers" is 3.
MAX_NOUN_WORDS = 4
#: Words of an attached "of" phrase: longer ones are descriptions, not what is counted, and
#: with no tagger a verb after a short phrase ("voters of color cast ballots") reads as a noun.
MAX_OF_WORDS = 2
#: Words of a possessor ("President Barack Obama's"): a longer run is not a possessor.
MAX_POSSESSOR_WORDS = 4

STOP = frozenset(
    """a an the and or but of in on at by for from with to as than that which who whom whose was were
    is are be been being has have had will would could can may might should must do does did said
    says say per this these those it its their his her our your my we they he she i you not no
    into onto over under after before during since until while when where if so then also just
    only more less most least about around up down off out last next each every all some any
    such very too again already still even yet both either neither own same other another outside
    inside across near including ago later earlier apiece overall worldwide nationwide between
    among against within without like via versus vs because ahead there here what let""".split()
)
COLLECTIVE = frozenset("people children men women police staff personnel cattle livestock".split())
_WORD = re.compile(r"[ ]+(?P<w>[^\W\d_][\w'’&-]*)")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
_OF = re.compile(r"[ ]of(?:[ ](?:the|its|their|his|her|our|all|those|these|a|an))?(?=[ ])", re.I)
_OF_HERE = re.compile(r"[ ]of(?:[ ](?:the|its|their|his|her|our|this|these|those|a|an))?(?=[ ])")
_NEXT_WORD = re.compile(r"[ ]+(?P<w>[A-Za-z][\w'’-]*)")
#: Conjunctions inside a phrase: stopping at one would cut "people of Mexican and Hispanic …".
_CONTINUES = frozenset({"and", "or", "of", "&"})
_NAME_CONNECTORS = frozenset({"for", "de", "the", "on", "in", "at"})


def is_plural(word: str) -> bool:
    low = word.lower()
    return low in COLLECTIVE or (
        len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
    )


def head_word(what: str) -> str:
    """The counted noun of a phrase: the last word before any "of" phrase."""
    return what.split(" of ", 1)[0].split()[-1]


def read_what(text: str, pos: int, *, allow_of: bool) -> tuple[str | None, int]:
    """The counted noun phrase after ``pos`` and where it ends (``None, -1`` when there is none).

    ``allow_of`` lets the phrase start with "of [the]" ("34% of Russia's …", "thousands of
    people"); the words before the noun are then not part of ``what``.
    """
    if allow_of and (of := _OF.match(text, pos)):
        pos = of.end()
    start = pos
    read = _noun_phrase(text, pos, MAX_NOUN_WORDS)
    if read is None:
        return None, -1
    end, closed = read
    if closed and (of_phrase := _OF_HERE.match(text, end)):
        attached = _noun_phrase(text, of_phrase.end(), MAX_OF_WORDS)
        if attached is not None and attached[1] and _ends_cleanly(text, attached[0]):
            end = attached[0]
    return text[start:end].strip(), end


def _noun_phrase(text: str, pos: int, limit: int) -> tuple[int, bool] | None:
    """End of the noun phrase from ``pos``, and whether it closed by itself (a plural head or a
    boundary word) rather than being cut at ``limit`` words (then only two words are kept:
    the likeliest noun phrase)."""
    ends: list[int] = []  # end offset after each noun word (possessors excluded)
    possessor = 0
    closed = False
    while len(ends) < limit:
        m = _WORD.match(text, pos)
        if m is None:
            closed = True  # punctuation or the end of the sentence
            break
        word = m["w"]
        if _POSSESSIVE.search(word):
            base = _POSSESSIVE.sub("", word).lower()
            if base in STOP or possessor + len(ends) >= MAX_POSSESSOR_WORDS:
                closed = True  # "that's", "it's": a contraction, not a possessor
                break
            possessor += len(ends) + 1
            ends.clear()  # "Russia's": the noun comes after it
            pos = m.end()
            continue
        low = word.lower()
        if low in STOP or low in n.BIG or low in n.SMALL or (ends and low.endswith(("ed", "ing"))):
            closed = True
            break
        ends.append(m.end())
        pos = m.end()
        if is_plural(word):
            closed = True
            break
    if not ends:
        return None
    if not closed:  # the limit: the phrase is whole only if a boundary comes next
        m = _WORD.match(text, pos)
        closed = m is None or m["w"].lower() in STOP
    if not closed:
        return ends[min(2, len(ends)) - 1], False
    return ends[-1], True


def _ends_cleanly(text: str, end: int) -> bool:
    """An "of" phrase is whole unless a conjunction carries it on ("people of Mexican and
    Hispanic descent") or a name goes on past it ("members of Young Americans for Freedom")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return True
    word = m["w"].lower()
    if word in _CONTINUES:
        return False
    if word not in _NAME_CONNECTORS or not text[:end].rstrip()[-1:].isalpha():
        return True
    last = text[:end].split()[-1]
    after = _NEXT_WORD.match(text, m.end())
    return not (last[:1].isupper() and after is not None and after["w"][:1].isupper())
