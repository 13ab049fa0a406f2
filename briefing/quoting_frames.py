"""The one quoted in an active frame of quoting: "The Ledger quoted Ana Reyes as saying “…”",
"“…,” the agency cited the minister as telling reporters", "Reuters, quoting him as saying …".

The words are the one quoted's: a reader looks them up under Reyes, not under the paper that
printed them (until session 32 the one quoting was shown, as PolNeAR's annotators credit it;
the BBC labels and a reader credit the one quoted). The one quoted is read as any subject is: a
name, a description ("the minister", resolved like any role) or an object pronoun ("quoted her
as saying", resolved like "she"). The passive ("Reyes was quoted by Reuters as saying") is its
subject's already (``participle_speakers``, ``tail_attribution``). Not "misquoted" (the words
were not the one quoted's) nor "paraphrased" (the words are the one paraphrasing's).
"""

from __future__ import annotations

import re

from .cue_sources import OBJECT_PRONOUN
from .mention import Mention
from .speaker_heads import head_of_segment
from .wordlists import WEEKDAY_NAMES

#: When the quoting was, between a passive "quoted" and its "as" ("was quoted Tuesday as saying",
#: "was quoted last week as telling"): a bare day or time adverb, no phrase of its own.
_WHEN = rf"(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today|tonight|earlier|later|recently|last\s+(?:week|month|year|night)|this\s+(?:week|month|year))"


def passive_quoting(quoted: str = "quoted") -> str:
    """A pattern of a passive frame of quoting ending right before a participle of saying, its
    subject the one quoted: "was quoted by Reuters as", "is quoted in the book as", "was quoted
    Tuesday as", "was later quoted as"; with "as" only, "was reported as", "was cited by the agency
    as", "was recorded as". An adverb may come before the verb, and after it who quoted, where or
    when (two at most). ``quoted``: the alternation of the quoting verb ("(?:mis)?quoted" where a
    misquoting frame's subject is wanted too)."""
    return (
        r"\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:\w+ly|later|also|again|once|since)\s+)?"
        rf"(?:{quoted}|(?=(?:reported|cited|recorded)\b.*\sas\s*$)(?:reported|cited|recorded))"
        rf"(?:\s+(?:by|in|on)\s+[^,;:.!?“”\"]{{1,60}}?|\s+{_WHEN}){{0,2}}(?:\s+as)?\s*$"
    )


#: "quoted X as" right before a participle of saying (group "one" the one quoted); the verb is
#: not a passive's ("was quoted in the Ledger as", "is cited as": no object after the verb).
_QUOTED_AS = re.compile(
    r"(?<![\w’'-])(?P<verb>quoted|quotes|quoting|cited|cites|citing)\s+(?P<one>[^,;:.!?“”\"]{1,60}?)\s+as\s*$"
)
#: A passive auxiliary right before the quoting verb ("was quoted Tuesday as", "has been cited").
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: The phrase after the verb opening on a preposition: no object, the verb was a passive's.
_PREPOSITION_FIRST = re.compile(r"(?:by|in|on|at|from|during|for|to|with|after|before|earlier|last|this)\b", re.IGNORECASE)


def quoted_one(before: str) -> Mention | None:
    """The one quoted when ``before`` (the text up to a participle of saying) ends on an active
    "quoted X as" / "cited X as"; none when it does not, or when X is no speaker we can read."""
    if not before.rstrip().endswith(" as"):
        return None  # the cheap test first: most participles have no frame of quoting before them
    frame = _QUOTED_AS.search(before)
    if frame is None or _PASSIVE_BEFORE.search(before, 0, frame.start()):
        return None
    one = frame.group("one").strip()
    if _PREPOSITION_FIRST.match(one):
        return None
    if one.lower() in OBJECT_PRONOUN:
        return Mention("pronoun", OBJECT_PRONOUN[one.lower()])
    mention = head_of_segment(one)
    return mention if mention is not None and mention.kind in {"name", "description"} else None
