"""The person a "he" or a "she" means when the text has no subject or speaker for it at all.

``PronounResolution._resolve`` looks for the pronoun's referent among the subjects and speakers
the subject index registered. The first pronoun of a story sometimes has none: the person it
means was named just before, but not as a subject the index reads, so the pronoun found no one:

* the agent inside a subject that is a thing: "The press conference hosted by party chief Alan
  Mill had all the hallmarks of a campaign. “…,” he said.";
* a case a sentence cites: "Officials keep saying so, as in the case of Governor Ann Weller,
  “…”. She went on and said, “…”";
* the reporter of a sentence whose report comes first and whose apposition lost its closing
  comma: "Vexbit is moving into content, Tom Reyes, head of its new unit told the forum. “…,” he
  said."

A writer who has named no one else there means the one person of the pronoun's gender that the
sentence before the pronoun's names (or its own sentence, before it), when that person stands
where a subject, a reporter or an agent stands: after a comma or a sentence's start, or in a "by"
or an "of" phrase ("hosted by", "in the case of"). Not a verb's object ("Police arrested Tom Kell.
“We will charge him,” he said": the officer is no one named), nor when anyone else the pronoun
may mean is named there (a person of that gender or of none we know, a lone name we cannot tell
a person from: "Hoff criticised Ann Roe"), nor when the quote speaks of someone of that gender,
nor when the text had any subject or speaker within reach: then the index's answer, or its doubt,
stands.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

from .referents import organisation_or_document, people_group, person_description
from .sentence_subjects import leading_np
from .speaker_kinds import is_acronym, names_organisation
from .wordlists import is_common_word

if TYPE_CHECKING:
    from .names import NameRegistry

#: Capitalised words (titles, given names) at the end of a text: what stands between a name's
#: last word and the words before the name.
_CAPITALISED_TAIL = re.compile(r"(?:\s*[A-Z][\w.’'-]*)+\s*$")
#: Where a subject, a reporter or an agent is named: a sentence's start, after a comma or a
#: dash, or in a "by" or "of" phrase with up to three lower-case words of a role between ("hosted
#: by election co-ordinator", "in the case of"). Not after a colon: "Photo: Ann Lee/AP" is a
#: label's credit.
_SUBJECT_OR_AGENT_SLOT = re.compile(r"(?:^|[,;—–]|(?<![\w’'-])(?:by|of)(?:\s+[a-z][\w-]*){0,3})\s*$")

#: A possessive ending a name, then the owned noun (maybe after a number or an ordinal):
#: "Conti’s 17th turn", "Romney’s foreign-policy statements".
_OWNED_NOUN = re.compile(r"(?:’s|'s|’|')\s+(?:\d+\w*\s+)?[a-z]")
#: The end of a sentence inside a text: a stop, a question or an exclamation mark, then a space.
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+")

#: Someone joined to the name right after it ("Tom Reyes and Ann Roe", "Tom Reyes, and the head
#: of the council"): the pronoun may mean either.
_JOINED_AFTER = re.compile(r",?\s+(?:and|or|&)\s")


def lone_person_before(registry: NameRegistry, starts: list[int], position: int, want: str, exclude: str, third_person: re.Pattern[str], quote: str) -> str | None:
    """The one person of gender ``want`` named in the sentence before ``position``'s or in its own
    sentence before it (``starts``: the body's sentence starts), standing where a subject, a
    reporter or an agent stands, when no one else there may be the pronoun's and the ``quote``
    speaks of no one of that gender (``third_person``); ``exclude`` is passed over. For a
    pronoun with no referent in reach (see above)."""
    if third_person.search(quote):
        return None  # "“We will charge him,” he said": the one named is spoken of
    at = bisect_right(starts, position) - 1
    if at < 0:
        return None
    start = starts[at - 1] if at >= 1 else starts[at]
    found = None
    body = registry.body
    for name in registry.names_between(start, position) - {exclude}:
        if registry.is_place(name) or names_organisation(name.split()[-1]):
            continue
        last = name.split()[-1]
        written = body.find(last, start, position)
        if body.startswith("/", written + len(last)):
            continue  # "Ann Lee/AP": a photograph's credit, no one in the story
        gender = registry.gender_of(name)
        if gender not in {None, want}:
            continue  # "Ms Ann Roe" is no "he"
        if gender is None and not (registry.titled(name) or name in registry.persons):
            if _maybe_a_person(name):
                return None  # a name we cannot tell a person or a body from: it may be the one meant
            continue  # "BT", "the IPTV World Forum", "New Labour": no person the text proves
        if found is not None:
            return None  # two who may be meant
        found = name
    if found is None:
        return None
    short = found.split()[-1]
    written = body.find(short, start, position)
    before = body[start:written]
    tail = _CAPITALISED_TAIL.search(before)
    before = before[: tail.start()] if tail else before
    if _JOINED_AFTER.match(body, written + len(short)):
        return None  # "Tom Reyes, and the head of the council told reporters": either of them
    return found if _SUBJECT_OR_AGENT_SLOT.search(before) or _owner_in_thing_sentence(body, start, position, written + len(short)) else None


def _owner_in_thing_sentence(body: str, start: int, position: int, end: int) -> bool:
    """The name ending at ``end`` owns a noun ("Conti’s 17th turn", "Romney’s statements") in a
    sentence whose subject is no one who could speak: a time, a thing, an "it" ("This year marks
    Bill Conti’s 17th turn at the helm of the orchestra. “…,” he says"). The sentence is about the
    owner, the one person it names. Not after a subject that is a person, a group, a body or a
    document, which may be the speaker ("Police searched Tom Kell’s house", "The report faulted
    Tom Kell’s plan": an officer or the report's author, whom no name tells)."""
    if not _OWNED_NOUN.match(body, end):
        return False
    cut = [s for s in _SENTENCE_BREAK.finditer(body, start, end)]
    opening = cut[-1].end() if cut else start
    subject = leading_np(body[opening:end] + " x.")
    if subject is None:
        return True  # "This year marks …": a time opens it, no subject we read
    if subject.kind == "pronoun":
        return subject.text in {"it", "this", "that"}
    return subject.kind == "description" and not (person_description(subject) or people_group(subject.text) or organisation_or_document(subject, subject.text))


def _maybe_a_person(name: str) -> bool:
    """A name no common word or acronym is part of ("Ngozi Eze", "Hoff"): it may be a person's
    whose gender we do not know ("New Labour", "IPTV World Forum", "BT" are not)."""
    return not any(is_acronym(word) or is_common_word(word) for word in name.split())
