"""Sources named without a determiner, which the description reader (led by "the", "a", "his")
misses: shares of people ("59 percent said “…”", "Two-thirds of Democratic insiders said", "Six in
10 voters say", "Many in the crowd said") and records, polls and data in the bare plural or as a
mass ("FEC records show “…”", "Exit polling shows", "according to recent polls").

Poll stories report what a share of those asked said, and the share is the subject of the speech
verb: it is the only source the sentence gives, so it is shown whole ("two-thirds of Democratic
insiders"), as a group is. Read as anything else it named no one ("Two-thirds" as a one-word
name, dropped) or let a later fallback hand the words to a person named elsewhere in the story,
which is worse than no speaker. A share names no person, so no rule here can put someone's name on
a group's words.

Records and polls are the source of the facts a story quotes from them as a document is ("the
report found"): "Polls show “…”" and "“…,” according to FEC filings" have them as their only
source. Without a determiner they were read as a one-word name ("Polls", "FEC") or as nothing, and
a name in their modifier ("Bergen County land records", "Polls in New Hampshire") became the
speaker. Only a short list of plurals the news cites so ("records", "polls", "filings",
"studies") and masses ("data", "polling", "research") head such a phrase: other plurals of
``DOCUMENT_NOUNS`` stand bare as objects far more often ("relied on articles from scholars", "the
movement plans to …"), and a verb among the modifiers makes it a clause ("placed newspaper ads").
``document_noun`` (any plural of a document noun) serves the readers that already have a subject
and its verb of evidence.
"""

from __future__ import annotations

import re

from .mention import Mention
from .numbers import WORD_NUMBER
from .speech_lexicon import DOCUMENT_NOUNS, DOCUMENT_VERBS, ORGANISATION_NOUNS
from .speech_verbs import SPEECH_VERB
from .wordlists import is_common_word

#: Hedges before a share ("about", "nearly two-thirds", "fewer than half", "only 4 in 10").
_HEDGE = r"(?:(?:about|nearly|almost|roughly|some|only|just|around|approximately|fully|barely|more\s+than|fewer\s+than|less\s+than|at\s+least|well\s+over|over|under|an\s+estimated)\s+)*"
_FRACTION = r"(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
_COUNT = rf"(?:\d{{1,3}}|{WORD_NUMBER})"
#: A hedge before a count of people opening a phrase ("At least two delegates", "More than a dozen
#: aides", "Nearly 20 lawmakers", "at least one delegate"): what follows it is the phrase it hedges.
_HEDGED_COUNT = re.compile(
    r"\s*((?:(?:at\s+least|more\s+than|fewer\s+than|less\s+than|nearly|almost|roughly|about|around|approximately|"
    r"some|only|just|up\s+to|as\s+many\s+as|well\s+over|over|at\s+most)\s+)+)"
    rf"(?=\d|(?:{WORD_NUMBER}|a\s+dozen|a\s+handful|a\s+few|dozens|hundreds|thousands|scores)\b)",
    re.IGNORECASE,
)


def hedged_count(seg: str) -> tuple[str, str] | None:
    """(the hedge, the phrase it hedges) when ``seg`` opens on a hedge and a count ("At least two
    delegates" -> ("At least ", "two delegates")): the phrase is read as if the count opened it,
    and shown with its hedge."""
    match = _HEDGED_COUNT.match(seg)
    return (match.group(1).lstrip(), seg[match.end() :]) if match is not None else None


#: The share itself: a percentage, a fraction, "N in 10" / "N out of 10", a majority or a minority.
_SHARE = re.compile(
    rf"{_HEDGE}(?:"
    rf"(?:\d{{1,3}}(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b))"
    rf"|(?:{WORD_NUMBER})(?:[\s-]+(?:point[\s-]+)?(?:{WORD_NUMBER}))?\s+(?:percent|per\s+cent)\b"
    rf"|(?:{WORD_NUMBER}|a|one)[\s-]+{_FRACTION}\b|half\b"
    rf"|{_COUNT}(?:\s+in\s+|-in-|\s+out\s+of\s+){_COUNT}\b"
    r"|(?:a\s+|the\s+)?(?:(?:large|small|slim|narrow|clear|solid|vast|overwhelming|bare|sizable|sizeable)\s+)?(?:majority|majorities|minority|plurality)\b"
    r")",
    re.IGNORECASE,
)
#: Quantifiers over people standing with a place ("Many in the crowd", "some at the rally",
#: "Others in the room"; group 1 the quantifier).
_SOME_IN = re.compile(
    r"(?:(?:[Ss]ome|[Mm]any|[Mm]ost|[Ff]ew|[Aa]\s+few|[Ss]everal|[Oo]thers|[Tt]hose|[Nn]one)\s+(?:in|at|among|inside|outside|within)\s+"
    r"(?:the|a|an|his|her|their|its|this|that)\s+(?:(?!(?:the|a|an)\s)[\w’'\"-]+\s+){0,3}[\w’'-]+)"
)
#: Those a poll asked ("Those surveyed", "those polled", "Respondents"): the people whose answers
#: it reports.
_THOSE_ASKED = re.compile(r"(?:[Tt]hose|[Pp]eople|[Vv]oters|[Aa]dults)\s+(?:surveyed|polled|questioned|interviewed|sampled)|[Rr]espondents")
#: Words that end the people a share counts: a preposition or a clause after their noun ("Half of
#: Vermont Democrats in the poll", "voters who backed him", "voters going to the polls").
_NP_END = frozenset(
    """in at across from among for with who whom that which whose while and or but to on by since during than
    overall nationally statewide""".split()
)
#: Pronouns and participles that stand for the people asked ("most of them", "half of those polled").
_ASKED = frozenset("them us you those respondents surveyed polled asked questioned interviewed sampled".split())
#: Most words of the people after a share ("Six in 10 Virginia Democratic primary voters").
_PEOPLE_WORDS = 6


def _people_after(words: list[str]) -> list[str]:
    """The noun phrase of people a share counts, as written up to its plural noun, or [] when the
    words after the share are no such phrase ("half of the budget", "30 percent more")."""
    taken: list[str] = []
    for word in words[:_PEOPLE_WORDS]:
        if word.lower() in _NP_END:
            break
        taken.append(word)
    while taken and not _plural_of_people(taken[-1]):
        taken.pop()
    return taken


def _plural_of_people(word: str) -> bool:
    """A word that may end a phrase of people: a plural ("voters", "Democrats", "insiders"),
    "people", "men", "women", or a pronoun or participle of those asked ("them", "those polled")."""
    low = word.lower().strip("’'")
    if low in _ASKED or low in {"people", "men", "women", "adults", "children", "youth"}:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "ness", "percent")) and low.isalpha() or "-" in low and low.endswith("s")


def share_of(seg: str) -> Mention | None:
    """The whole of ``seg`` when it is a share of people: the share alone ("59 percent", "Nearly
    nine out of 10", "A majority") or the share and the people it counts ("two-thirds of
    Democratic insiders", "six in 10 Virginia Democratic primary voters", "most of them"), shown
    as written up to their plural noun. None for anything after the share that is no phrase of
    people ("30 percent of the budget")."""
    text = seg.strip(" ,;:")
    share = _SHARE.match(text)
    if share is None:
        some = _SOME_IN.fullmatch(text) or _THOSE_ASKED.fullmatch(text)
        return Mention("description", text[0].lower() + text[1:]) if some is not None else None
    rest = text[share.end() :].split()
    if rest and rest[0].lower() in {"said", "say", "says"}:
        return None
    if not rest:
        phrase = text
    else:
        of = rest[0].lower() == "of"
        people = _people_after(rest[1:] if of else rest)
        if not people or len(people) + of < len(rest) and rest[len(people) + of].lower() not in _NP_END:
            return None  # "30 percent of the budget went", "half the time": no people, or a verb after them
        phrase = " ".join([text[: share.end()], *rest[: len(people) + of]])
    return Mention("description", phrase[0].lower() + phrase[1:])


#: Nouns of records that stand without a determiner in the singular: masses ("data", "polling",
#: "research", "analysis", "footage"), not "report" or "poll", which need one ("a poll shows").
_MASS_DOCUMENTS = frozenset("data polling research analysis footage evidence testimony".split())
#: Words that end a document's phrase: a preposition, a participle's phrase, a clause.
_DOCUMENT_END = frozenset(
    """in at across from among for with by on to since during over after before who that which whose and or but
    from""".split()
)
#: Most words of a bare document phrase before its head ("campaign and corporate records" aside:
#: "Bergen County land records", "Federal Election Commission records").
_DOCUMENT_WORDS = 5


#: Texts on display in the plural: a bare phrase of them is at most two words ("Signs", "Campaign
#: signs"); more words before them are a clause's ("Many wore T-shirts", "Protesters carried signs").
DISPLAYED_PLURALS = frozenset("signs banners placards posters billboards shirts t-shirts stickers".split())
#: Plurals that head a bare phrase of records ("FEC records", "Polls", "Exit polls", "Documents"):
#: the sources news text cites so; other plurals of ``DOCUMENT_NOUNS`` stand bare as objects far
#: more often ("relied on articles from scholars", "the movement plans to march"). Texts on
#: display in the plural head one too ("Signs read “…”", "T-shirts proclaimed “…”"): a crowd's
#: words that no one of it is named for.
_BARE_HEADS = frozenset(
    """records polls surveys studies filings documents emails findings results statistics tallies disclosures
    audits transcripts""".split()
) | DISPLAYED_PLURALS


def document_noun(word: str) -> bool:
    """A noun of ``DOCUMENT_NOUNS`` in the plural ("records", "polls", "filings", "studies") or a
    mass noun of records ("data", "polling")."""
    low = word.lower()
    if low in _MASS_DOCUMENTS or low == "results":  # "results" of a poll or a vote, not "a result"
        return True
    if low.endswith("ies"):
        return low[:-3] + "y" in DOCUMENT_NOUNS
    return low.endswith("s") and not low.endswith("ss") and low[:-1] in DOCUMENT_NOUNS


def bare_documents(seg: str) -> Mention | None:
    """Records, polls or data named without a determiner: "FEC records", "recent polls", "Exit
    polling", "Polls in New Hampshire" (its place dropped: no speaker), "early results of exit
    polls" (an "of" phrase after records kept). The head is the last word before a preposition or
    a clause, a plural of a document noun or a mass noun of records; the words before it
    modify it (a name among them owns the records and never speaks: "FEC", "Bergen County").
    A first word in capitals only because it opens the sentence goes to lower case."""
    words = seg.strip(" ,;:").split()
    if not words or words[0].lower() in _NOT_BARE:
        return None
    # a preposition, a clause or a participle after the head ends the phrase ("FEC records
    # compiled by the center", "a poll released Monday")
    end = next(
        (k for k, w in enumerate(words) if k and (w.lower() in _DOCUMENT_END or w.endswith(("ed", "ing")) and document_noun(words[k - 1]))),
        len(words),
    )
    head = words[:end]
    if len(head) > _DOCUMENT_WORDS or head[-1].lower() not in _BARE_HEADS | _MASS_DOCUMENTS:
        return None
    if head[-1].lower() in DISPLAYED_PLURALS and (len(head) > 2 or head[0].lower() in _QUANTIFIER_WORDS):
        return None  # "Many wore T-shirts", "Some signs": a clause, or a share of the texts
    if any(not w[:1].isalpha() and not w[:1].isdigit() for w in head):
        return None
    if any(w.lower() in _INSIDE_NOT and not (w == "of" and document_noun(head[k - 1])) for k, w in enumerate(head[1:], 1)):
        return None  # "residents near the polls": a phrase of its own inside; only "results of exit polls"
    if any(w.lower().endswith(("ed", "ing")) and w.lower() not in _RECORD_PARTICIPLES or _verb_form(w) for w in head[:-1]):
        return None  # "placed newspaper ads", "citing internal polls", "reads data": a verb and its object
    phrase = " ".join(head)
    # "Senate filings", "Federal Election Commission records" keep their capitals
    lower = is_common_word(head[0]) and not head[0].isupper() and head[0].lower() not in ORGANISATION_NOUNS and (len(head) == 1 or head[1].islower())
    return Mention("description", phrase[0].lower() + phrase[1:] if lower else phrase)


_QUANTIFIER_WORDS = frozenset("many some most few several all both other others".split())
#: Participles that describe records before their noun ("leaked emails", "unsealed court filings").
_RECORD_PARTICIPLES = frozenset("leaked unsealed declassified redacted hacked stolen polling".split())


def _verb_form(word: str) -> bool:
    """A verb of saying or a document's verb among the modifiers ("reads data", "cites polls")."""
    return word.lower() in DOCUMENT_VERBS or SPEECH_VERB.fullmatch(word) is not None
#: Words that open no bare document phrase: determiners (the description reader's), pronouns,
#: conjunctions and prepositions.
_NOT_BARE = frozenset(
    """the a an this that these those his her its their our my your some any no each every both all
    which what who whose he she it they we i you and or but if as of in on at by for with from to""".split()
)
#: Words that stand inside no bare document phrase (but "of" after records: "results of exit polls").
_INSIDE_NOT = _NOT_BARE | _DOCUMENT_END | frozenset("near about against like than into onto off out up down not".split())
