"""The patterns and word tests the head readers of ``speaker_heads`` apply without reading a
head: what a phrase drops after its head (an adverb tail, the day the words were said), the
shapes of "and" and "or" phrases ("Neither Park nor Reyes", "a Customs and Border Protection
spokeswoman", "The MP for Bath and Ann Roe", a couple "David and Jeanne Heidler", one role over
two bodies), a segment's pieces (a complement's preposition, a firm's owned name, a run of
capitals at the end, "an example of" a group, a numbered title, a plural copula) and a word of
a head (kin or age, a contraction, the nouns a head is known by).

Split out of ``speaker_heads``, which grew past what one sitting reads: its readers are one
recursion (a coordination's parts are heads, a head may be a coordination), so they stay
together there; what none of them needs a head for lives here, below them, one direction only
(``speaker_heads`` imports these, nothing here imports ``speaker_heads``).
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .groups import people_noun, people_of
from .lexicon import STOPWORDS
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import MEMBER_LETTERS, NAME_TOKEN, SHARED_SURNAME_COUPLE, UPPER, clean_name
from .speech_lexicon import DOCUMENT_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS
from .wordlists import MONTH_NAMES, WEEKDAY_NAMES

#: Adverbs and auxiliaries between a speaker and the verb ("the nominee mockingly responded"),
#: with the one-word adverbs of time and connection ("Smith now says", "the mayor yesterday
#: insisted", "Kell meanwhile argued"). Lower-case only, and not the nouns in -ly ("the daily", "a
#: family", "an ally"): a capital "Today" is a title's ("USA Today said", "the Today show").
ADVERB_TAIL = re.compile(
    r"(?:\s+(?:(?!(?:dai|week|month|quarter|year|fami|al|assemb|ral|supp|bul)ly\b)[a-z]+ly|also|"
    r"then|later|earlier|again|once|further|simply|just|has|had|have|would|will|did|does|has been|"
    r"had been|too|often|rather|quite|very|somewhat|so|even|still|nonetheless|nevertheless|instead|long|"
    r"now|today|tonight|yesterday|meanwhile|likewise|however|therefore|thus))+$"
)
#: A weekday (maybe with a part of the day) ending a speaker phrase after its head: the day the
#: words were said ("said the National Association of Broadcasters Friday", "Jane Roe Monday
#: night"), not a feast's name ("Black Friday").
_DAY_AFTER_HEAD = re.compile(
    r"(?<=\S)(?<!Black)(?<!Good)(?<!Super)(?<!Cyber)(?<!Ash)\s+(?:(?:on|late|early)\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s*$"
)
#: What a phrase ending on such a day ends with (a cheap test before the pattern).
_DAY_ENDINGS = ("day ", "morning ", "afternoon ", "evening ", "night ")
LEAD_CONJ = re.compile(
    r"^[\s" + '“”"·' + r"]*(?:(?:and|but|so|yet|who|which|that|whom)\s+)+", re.IGNORECASE
)


#: Subjects joined by "or" / "nor" ("Neither Park nor Reyes", "the mayor or her deputy"): a denial
#: or a choice, so neither conjunct is known to have spoken.
_CONJUNCT = r"(?:(?:the|a|an|his|her|their|its|The|A|An|His|Her|Their|Its)\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
DISJUNCTION = re.compile(rf"^\s*(?:[Nn]?[Ee]ither\s+)?{_CONJUNCT}\s+n?or\s+{_CONJUNCT}\s*$")


def _seat_then_person(words: list[str], rest: str) -> bool:
    """A member's letters before the preposition ("The MP for Bath") and a person's name after the
    "and" ("and Ann Roe"): a seat's place is no person, so the name is a second speaker."""
    return bool(words) and words[-1] in MEMBER_LETTERS and given_name_gender(" ".join(rest.split()[:2])) is not None


def _role_of_joined_body(left: list[str], right: list[str]) -> bool:
    """The words around an "and" are one description: a determiner, capitalised words, the "and",
    more capitalised words and a people noun, the role of someone at a body whose name holds the
    "and" ("a U.S. Customs and Border Protection spokeswoman", "an Alcohol, Tobacco and Firearms
    agent", "a Department of Health and Human Services official"). Not when the right side opens on a determiner
    of its own ("the FBI and a Border Protection spokeswoman") or ends on a name ("the White House
    and Senate Leader Ann Roe"): two speakers."""
    if len(left) < 2 or left[0].lower() not in {"a", "an", "the"} or len(right) < 2:
        return False
    capitalised = [*left[1:], *right[:-1]]
    if not (capitalised[0][:1].isupper() and left[-1][:1].isupper() and right[0][:1].isupper()):
        return False
    return all(w[:1].isupper() or w in {"of", "for"} for w in capitalised) and right[-1].islower() and people_noun(right[-1].strip(",."))


#: Most words of a speaker phrase joined to a pronoun ("Ann Jones and he", "the mayor and she").
_PRONOUN_PARTNER_WORDS = 4


def subject_couple(text: str) -> Mention | None:
    """Two people as a sentence's subject in the shape "X and Y Z", which ``coordination`` leaves
    to be read as a name: a couple sharing a surname when X is a given name ("David and Jeanne
    Heidler" -> David Heidler and Jeanne Heidler), else a surname and a full name ("Horton and
    Jordan Pike have clashed": Horton, and Jordan Pike, never one team "Jordan Pike have"). Both
    are a pair, so a "he" after them is either one; None for any other text."""
    couple = SHARED_SURNAME_COUPLE.fullmatch(" ".join(text.split()))
    if couple is None:
        return None
    first, second, initial, surname = couple.groups()
    if given_name_gender(f"{first} {surname}") is not None:
        return Mention("description", f"{first} {surname} and {second}{' ' + initial if initial else ''} {surname}")
    return Mention("description", couple.group(0))


#: One role over two bodies or places joined by "and", its determiner and adjectives shared: "The
#: former Rangers and Liverpool boss", "a Tory and Labour donor" (group 1 the determiner, group 2
#: the role noun). One person, not the first body's name.
_SHARED_ROLE = re.compile(
    r"([Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+([a-z][\w-]*)"
)


#: A preposition after which a cut description may go on (``with_complement``, ``titled_noun``).
_COMPLEMENT_OPENER = re.compile(r"\s(?:of|for|at|on|in)\s")
#: A preposition an office may take before its place ("ambassador to", "founder of").
_OFFICE_PREPOSITION = re.compile(r"\s(?:to|for|of|at)\s")
#: A firm's last word in the possessive and a full name right after it, all a conjunct is ("Young's
#: Sanjay Mehta" of "Ernst and Young's Sanjay Mehta"; group 1 the name). Not a plural's possessive
#: ("Lawyers' Christian Fellowship": a body's name).
_FIRM_OWNED_NAME = re.compile(rf"[{UPPER}][\w-]*['’]s\s+((?:[{UPPER}][\w’'-]+\s+){{1,2}}[{UPPER}][\w’'-]+)")
#: The run of capitals that ends a phrase (``NAME_RUN``'s words, read from the end).
_RUN_AT_END = re.compile(rf"(?<![\w’'{ABBREVIATION_DOT}.-])(?:{NAME_TOKEN}[ \t]+)*{NAME_TOKEN}$")


#: A group of people and one of them given as an example, the whole phrase: "economists such as
#: Ann Marsh", "Republicans like Sen. Tom Kell" (group 1 the group's noun, 2 the example's run of
#: capitals; one example only, "and" is a joint phrase).
_EXAMPLE_OF_GROUP = re.compile(
    rf"\s(?:[\w’'-]+\s+){{0,3}}?([\w’'-]+)\s+(?:such\s+as|like|including)\s+((?:[A-Z][\w.{ABBREVIATION_DOT}’'-]*\s+){{0,3}}[A-Z][\w’'-]+)\s*$"
)


def _example_of_group(seg: str) -> Mention | None:
    """The example named after a group of people ("critics such as Ann Marsh"): the one whose
    words the sentence gives, the group no more than the kind of speaker they are."""
    example = _EXAMPLE_OF_GROUP.fullmatch(seg) if " as " in seg or " like " in seg or " including " in seg else None
    if example is None or not (people_noun(example.group(1)) or people_of(example.group(1))):
        return None
    name = clean_name(example.group(2))
    return Mention("name", name) if name else None


#: A title with a number inside it and nothing else ("Channel 4 News", "BBC Radio 5 Live", "Il
#: Sole 24 Ore"; group 1 without "the"): the capitals after the number are no name of their own
#: ("Live", "Ore"). Not a date or a year ("On 12 May Ann Roe", "In 1999 Tom Marsh"): a number of
#: one to three digits, no preposition before it, no month or weekday after it. Nor a count ("All
#: 12 Republicans"): no quantifier or determiner before the number.
_NUMBERED_TITLE = re.compile(
    rf"(?:the\s+)?((?:(?!(?:In|On|At|By|Since|Until|From|After|Before|For|To|Of|With|Under|And|But|Or|Over|About|Around|All|Each|Every|Both|Some|Another|Only|Just|Nearly|Almost|The|These|Those)\s)[{UPPER}][\w’'-]*\s+){{1,3}}"
    rf"\d{{1,3}}(?:\s+(?!(?:{'|'.join(MONTH_NAMES + WEEKDAY_NAMES)})(?![\w’'-]))[{UPPER}][\w’'-]*){{1,2}})"
)


#: "are" inside a phrase: a clause ("the talks are private"), never a noun phrase.
_PLURAL_COPULA = re.compile(r"\s(?:are|am)(?:\s|$)")


#: An age standing for a person: "two-year-old", "12-year-old", "18-month-old".
AGE_NOUN = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month)-olds?")


def kin_or_age(word: str) -> bool:
    """A noun of a person ("neighbour", "daughter", "editor") or an age standing for one
    ("two-year-old", "12-year-old")."""
    low = word.lower()
    return low in PERSON_NOUNS or AGE_NOUN.fullmatch(low) is not None


#: A contracted auxiliary after a subject pronoun ("he's", "she'd", "they've").
CONTRACTION = re.compile(r"[’'](?:s|d|ve|re|ll|m)$")


KNOWN_HEADS = ORGANISATION_NOUNS | DOCUMENT_NOUNS | PERSON_NOUNS


#: Nouns of a broadcast that, after "news", name an outlet ("the evening news show", "its main
#: news bulletin"): as much a speaker as "the broadcaster".
_NEWS_PROGRAMMES = frozenset("show programme program bulletin broadcast".split())


def long_described_head(words: list[str]) -> bool:
    """A description longer than the plain reader takes (six words after a determiner, four after
    an owner) that is only modifiers stacked before a known speaking head: a determiner or an
    owner's possessive, then capitalised words, numbers and lower-case content words, then a
    body's, a document's or a person's noun or a news programme ('a September 2013 State
    Department inspector general report', 'Norway’s flagship TV news show', 'a senior Pentagon
    civil rights office official'). At most eight words; no function word inside (a preposition,
    a verb or a clause makes it no noun phrase: 'the report on the contract Kell wrote')."""
    if not 5 <= len(words) <= 8:
        return False
    first, last = words[0], words[-1].lower()
    if first.lower() not in {"a", "an", "the"} and not first.endswith(("’s", "'s", "s’", "s'")):
        return False
    if last not in KNOWN_HEADS and not (last in _NEWS_PROGRAMMES and words[-2].lower() == "news"):
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or (w.replace("-", "").isalpha() and w.islower() and w not in STOPWORDS)
        for w in words[1:-1]
    )
