"""The object of a fronted preposition run into the subject's name, no comma between them.

"In Iowa Tom Kell said", "On CNN Kell told viewers", "At Harvard Ann Roe said": the run of
capitals after the opening preposition is two things, the preposition's object (a place, an
outlet, an institution) and then the clause's subject. Read whole, the run put a garbage name
under the quote ("Iowa Tom Kell", "CNN Kell"), and ``clean_name`` cannot split it alone: with no
preposition before it, "Harvard Ann Roe" or "Fox News Kell" may be one name (a title, an
organisation), so the split belongs where the opener is read (``speakers._subject_before``).

The split is made only where we know where the object ends: a US state, a province or a country
("Iowa", "New York"), an acronym ("CNN", "NBC"), or the first given name after a word that is
none ("Harvard Ann Roe"). Otherwise ("At Google Kell said") the two cannot be told apart and no
one is named: no speaker beats a wrong one.
"""

from __future__ import annotations

from .given_names import given_name_gender
from .mention import Mention
from .name_cleaning import clean_name, place_length
from .speech_lexicon import INTRO_WORDS
from .wordlists import is_common_word

#: Prepositions of place or occasion that open a sentence before its subject without a comma.
PLACE_PREPOSITIONS = frozenset("in on at across inside throughout from".split())


def _acronym(word: str) -> bool:
    """An outlet's or body's acronym in capitals ("CNN", "NBC", "BBC")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _given(word: str) -> bool:
    """``word`` is a given name or a title of one gender ("Ann", "Sen.")."""
    return given_name_gender(f"{word} X") is not None


def name_after_fronted_object(words: list[str], name: str, *, given_only: bool = False) -> str:
    """``name`` read from the run ``words`` (its first word the run's), or the subject after the
    fronted preposition's object when ``name`` runs over both ("In Iowa Tom Kell": Tom Kell; "On
    CNN Kell": Kell); "" when the object's end is unknown ("At Google Kell"). With
    ``given_only``, only a given name we know tells where the subject begins."""
    if len(words) < 3 or words[0].lower() not in PLACE_PREPOSITIONS or not name or name.split()[0] != words[1]:
        return name
    run = words[1:]
    given = next((k for k in range(1, len(run)) if _given(run[k])), 0) if not _given(run[0]) else 0
    place = place_length(run)
    if given:
        cut = given  # "At Harvard Ann Roe", "At NBC News Tom Kell": the first given name opens the subject
    elif given_only:
        cut = 0
    elif place and len(run) > place:
        cut = place  # "In Washington Kell", "In Georgia Ann Roe"
    else:
        cut = 1 if _acronym(run[0]) else 0
    if cut and not given and is_common_word(run[cut].lower()):
        cut = 0  # "At NBC News executives said", "In New York City officials said": all one name
    return clean_name(" ".join(run[cut:])) if cut else ""


def registered_after_fronted_object(run: str, after: str, name: str) -> str:
    """The name a run of capitals opening with a fronted preposition registers: the subject after
    the object when a lower-case word follows the run with no comma ("In Iowa Tom Kell said"), the
    run's ``name`` otherwise ("In New York, …"; "At Google Kell said", whose split is unknown).
    Before a comma, only a given name we know after the object opens the subject ("In Utrecht Tom
    Kell, the mayor, spoke": Tom Kell; the fronted phrase lost its comma, the appositive has its own)."""
    if after[:1] == ",":
        return name_after_fronted_object(run.split(), name, given_only=True) or name
    if not (after[:1] == " " and after[1:2].islower()):
        return name
    return name_after_fronted_object(run.split(), name) or name


#: Prepositions whose object may end an opening clause that lost its comma, glued to the subject
#: ("When asked about Leeds Kell said", "After a trip to Ohio Kell said"), besides those of place.
_CLAUSE_END_PREPOSITIONS = PLACE_PREPOSITIONS | frozenset("about to with for against of over".split())


def ends_opening_clause(before: str) -> bool:
    """``before``, the sentence up to a run of capitals, is an opening clause that lost its comma
    and ends on a preposition ("When asked about", "After a trip to"): the run is that
    preposition's object, maybe run into the subject's name."""
    words = before.split()
    # (no capitals after its first word: "As Dan Ritter of Hillcrest Media notes" names its subject)
    return (len(words) >= 2 and "," not in before and words[0].lower() in INTRO_WORDS and words[-1] in _CLAUSE_END_PREPOSITIONS
            and not any(w[:1].isupper() for w in words[1:]))


#: The longest opening clause looked back over for ``opening_clause_before``.
_OPENING_REACH = 160


def opening_clause_before(body: str, start: int) -> bool:
    """The run of capitals at ``start`` of ``body`` comes after an opening clause ending on a
    preposition (``ends_opening_clause``), read back to the sentence's start."""
    last = body[max(0, start - 12) : start].split()
    if not last or last[-1] not in _CLAUSE_END_PREPOSITIONS:
        return False  # (the cheap test first: most runs follow no such preposition)
    window = body[max(0, start - _OPENING_REACH) : start]
    cut = max(window.rfind(stop) for stop in (". ", "! ", "? ", "\n", "“", '"'))
    if cut < 0 and start > _OPENING_REACH:
        return False
    return ends_opening_clause(window[cut + 1 :])


def subject_after_fronted_object(segment: str, named: Mention) -> Mention | None:
    """The subject after a fronted preposition's object both ``named`` runs over, or None.

    ``named`` is the name read at the end of ``segment`` ("In Iowa Tom Kell"); when it begins right
    after the opening preposition it holds the object too. Returns ``named`` itself when it does
    not (the object ended before it: "In Iowa on Tuesday Tom Kell"), the subject when the object's
    end is known, and None when it is not. The same holds for a preposition ending a longer
    opening clause ("When asked about Texas Kell": Kell; "When asked about Leeds Kell": unknown)."""
    words = segment.split()
    first = named.text.split()[0]
    start = next((k for k in range(len(words) - 1, 0, -1) if words[k] == first), 0)
    if start >= 2 and words[0].lower() not in PLACE_PREPOSITIONS and ends_opening_clause(" ".join(words[:start])):
        words = ["in", *words[start:]]  # the run after the clause's last preposition, read as a fronted one
    subject = name_after_fronted_object(words, named.text)
    if subject == named.text:
        return named
    return Mention("name", subject) if subject else None
