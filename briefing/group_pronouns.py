"""A "they" or an "it" after a quote that means the body that spoke in the sentence just before.

News writes an organisation or a collective of people both as "it" and as "they", whatever verb
agreement the sentence before gave it: "Velvet Crane Productions said the tour would go ahead.
“We are thrilled,” they said"; "The band said … . “…,” it said"; "The Harbour Trust warned that
rents could rise. “…,” it noted". The subject index registers some such bodies as no thing and no
group at all (a collective noun no word list holds: "the band", "the Harbour Trust"), or as a
person of unknown gender ("Velvet Crane Productions"), so ``resolve_they`` and ``resolve_it``
found nothing to mean.

Read only when the index found no referent (the caller's fallback), and only in the tightest
shape: the quote or the pronoun opens the sentence right after the body's ("“…,” they said",
"They added that “…”"), the body's sentence has it SAY something (a speech verb right after the
subject) and names no other body after it ("The ministry said the band would play"), and nobody
else, no thing and no group is registered from the start of the body's sentence on. A "they" also
needs that sentence to name no plural of people ("The company said it had fired 20 workers. “…,”
they said" may be the workers) and the quote not to be one person's words ("I saw").

Two more shapes for an "it": sentences opening on "It" between the body's and the quote's go on
about the body ("Clean Rivers was founded in 2011. It describes itself as … . “…,” it says on its
website"), and a colon lead naming a kind of body makes the name after it that body ("Here are
some details about the group: Clean Rivers was founded …", which the subject reader takes for a
lead with no subject). And a country that is the subject of an act, followed by a sentence opening
on "It" that reports words, is its government: "France moved to steady the markets. It issued a
statement that “…”". For a "they" whose quote speaks as "we", a plural common noun opening the
sentence just before, capitalised only for that and so read as a name ("Villagers gathered outside
the hall"), is the group (the caller rules out a person of that name). The caller (``PronounResolution._body_before_quote``) then checks that no
other name, thing or group (for an "it", no other name that is no person's) was written since.

An "it" that names itself ("It describes itself as a “…”", ``SELF_NAMING``) has no verb of saying
but speaks the body's own words, so it may mean the body too.

And in an interview's narration a "they" right after a time clause of the speaker's that names one
body means the body's people: "So when I got back to Halcyon Pictures after the film, they said,
“…”" (``body_of_time_clause``).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .mention import Mention
from .organisation_names import PLURAL_PERSON_NOUNS
from .sentence_subjects import leading_np
from .speaker_kinds import head_noun, names_organisation
from .speech_lexicon import ORGANISATION_NOUNS
from .speech_verbs import SPEECH_VERB
from .wordlists import is_common_word, is_country

#: Collective nouns of people or bodies that no organisation list holds, a name's last word or a
#: description's head: "the band", "the Harbour Trust", "Velvet Crane Productions".
_COLLECTIVES = frozenset("band trio duo quartet orchestra choir crew troupe trust productions studios records pictures bros".split())
#: The head nouns of a body: an organisation's or a collective's.
_BODY_NOUNS = ORGANISATION_NOUNS | _COLLECTIVES
#: What may stand between a body and its speech verb: an auxiliary, an adverb, a time.
_TO_VERB = re.compile(r"\s+(?:(?:has|had|have|also|then|later|now|again|previously|earlier)\s+){0,2}")
#: A sentence opening on a time clause of the writer's or the speaker's ("So when I got back to
#: Halcyon Pictures after the film, they said, “"): group 1 the clause, up to the quote's mark.
_WRITER_TIME_CLAUSE = re.compile(
    r"\s*(?:(?:So|And|But|Then)\s+)?(?:[Ww]hen|[Aa]fter|[Oo]nce|[Bb]efore|[Ww]henever)\s+(?:I|we)\s+([^,;:“”\"]{3,120}),\s+they\s+(?:[a-z]+\s+){0,2}?(?=[a-z])"
)
#: A sentence opening on an "it" that names itself, up to the quote's mark: "It describes itself as
#: a “…”", "It calls itself “…”", "It bills itself as the “…”" (the words are the body's own).
SELF_NAMING = re.compile(r"\s*It\s+(?:describes|calls|bills|brands|styles)\s+itself\s+(?:as\s+)?(?:(?:an?|the|its)\s+)?[“\"]")
#: A run of capitalised words, a name.
_NAME_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w’'&.-]*)*")
#: How many sentences back an antecedent may stand, past a chain of the pronoun's own sentences.
_CHAIN = 3
#: A quote mark opening a sentence.
_OPENING = re.compile(r"\s*[“\"]\s*")
#: Plurals of people no "-s" ending shows (``PLURAL_PERSON_NOUNS`` holds those that do).
_IRREGULAR_PEOPLE = frozenset("people men women children".split())
#: A quote in one person's words and not a group's.
_ONE_SPEAKER = re.compile(r"\b(?:I|me|my|I'm|I’m|I've|I’ve)\b")
_MANY_SPEAKERS = re.compile(r"\b(?:we|us|our|we're|we’re)\b", re.IGNORECASE)


def _is_body(kind: str, text: str) -> bool:
    """A description or a name that is an organisation or a collective of people."""
    words = text.split()
    if not words:
        return False
    if kind == "description":
        return words[0].lower() == "the" and head_noun(text) in _BODY_NOUNS
    last = words[-1].rstrip(".")
    return len(words) > 1 and (last.lower() in _BODY_NOUNS or names_organisation(last))


def _plain_plural(subject: Mention) -> bool:
    """A plural common noun the subject reader took for a name, capitalised only as the sentence's
    first word ("Villagers", "Commuters", "Mourners"): the people a "they" means, though no list
    of people nouns holds the word. (The caller rules out a person so named: "Waters", "Powers".)"""
    text = subject.text
    return subject.kind == "name" and " " not in text and text[1:].islower() and text.endswith("s") and is_common_word(text.lower())


def _names_people(text: str) -> bool:
    """A plural of people among the words of ``text`` ("workers", "the residents", "women")."""
    for word in re.findall(r"[a-z]+", text):
        if word in _IRREGULAR_PEOPLE or word in PLURAL_PERSON_NOUNS:
            return True
    return False


def _antecedent_sentence(body: str, starts: list[int], at: int, pronoun: str) -> int:
    """The index of the sentence before sentence ``at`` that is no link of a chain of sentences
    opening on ``pronoun`` ("Clean Rivers was founded in 2011. It describes itself as … . “…,” it
    says": the pronoun's sentences go on about the one subject); -1 when none near enough."""
    k = at - 1
    while k >= 0 and at - k <= _CHAIN and re.match(rf"\s*{pronoun}\b", body[starts[k] : starts[k + 1]], re.IGNORECASE):
        k -= 1
    return k if at - k <= _CHAIN else -1


def _subject(sentence: str) -> tuple[Mention | None, bool]:
    """The sentence's subject, and whether a colon lead named it a body ("Here are some details
    about the group: Clean Rivers was founded …"): the lead names what the name after it is."""
    lead, colon, clause = sentence.partition(": ")
    if colon and clause[:1].isupper():
        words = re.findall(r"[A-Za-z]+", lead)
        if words and words[-1].lower() in _BODY_NOUNS:
            found = leading_np(clause)
            return (found, True) if found is not None and found.kind == "name" else (None, False)
    return leading_np(sentence), False


def body_before_quote(body: str, starts: list[int], position: int, pronoun: str, quote: str) -> tuple[int, str] | None:
    """The body (its sentence's start and its text) a ``pronoun`` ("they" or "it") cueing
    the quote at ``position`` means, when the sentence before the quote's (past a chain of
    sentences opening on the pronoun) is about the body; None otherwise (see the module)."""
    at = bisect_right(starts, position) - 1
    if at < 1:
        return None
    opened = re.match(rf"\s*{pronoun}\s", body[starts[at] : position], re.IGNORECASE) is not None
    if not opened and _OPENING.fullmatch(body, starts[at], position) is None:
        return None  # neither the quote nor the pronoun opens the quote's sentence
    if pronoun == "they" and _ONE_SPEAKER.search(quote) and not _MANY_SPEAKERS.search(quote):
        return None  # "“I saw it,” they said": one person's words
    k = _antecedent_sentence(body, starts, at, pronoun)
    if k < 0:
        return None
    since, until = starts[k], starts[k + 1]
    sentence = body[since:until]
    if "“" in sentence or '"' in sentence:
        return None  # a quote of its own: another turn, maybe another speaker
    subject, introduced = _subject(sentence)
    if subject is None or subject.kind not in {"description", "name"}:
        return None
    country = pronoun == "it" and subject.kind == "name" and is_country(subject.text)
    if pronoun == "they" and k == at - 1 and _plain_plural(subject) and _MANY_SPEAKERS.search(quote):
        return since, subject.text.lower()  # "Villagers gathered outside the hall. “We …,” they said"
    if not (introduced or country or _is_body(subject.kind, subject.text)):
        return None
    end = sentence.find(subject.text) if subject.kind == "name" else sentence.lower().find(subject.text.lower())
    if end < 0:
        return None
    end += len(subject.text)
    step = _TO_VERB.match(sentence, end)
    spoke = SPEECH_VERB.match(sentence, step.end() if step else end) is not None
    if pronoun == "they" and not (spoke and k == at - 1):
        return None  # "The company fired 20 workers": it did not speak, and a "they" may be others
    if not (spoke or opened or k < at - 1):
        return None  # "South Korea moved to steady the markets. “…,” it said": said of what?
    if pronoun == "they" and _names_people(sentence[end:]):
        return None  # "The company said it had fired 20 workers": the workers may be the "they"
    if set(re.findall(r"[a-z]+", sentence[end:])) & _BODY_NOUNS:
        return None  # "The ministry said the band would play": either body
    return since, subject.text


def body_of_time_clause(body: str, starts: list[int], position: int, quote: str) -> tuple[int, str] | None:
    """The one body a time clause opening the quote's sentence names, for a "they" right after it:
    "So when I got back to Halcyon Pictures after the film, they said, “…”" (an interview's people
    of a studio, a council, a firm the speaker dealt with: "When I called the council, they said").
    None when the clause names anyone or anything else (a second name, a plural of people, another
    body) or the quote is one person's words; (the sentence's start, the body) otherwise."""
    at = bisect_right(starts, position) - 1
    if at < 0 or _ONE_SPEAKER.search(quote) and not _MANY_SPEAKERS.search(quote):
        return None
    found = _WRITER_TIME_CLAUSE.match(body, starts[at], position)
    if found is None:
        return None
    rest = body[found.end() : position]
    verb = SPEECH_VERB.match(rest)
    if verb is None or rest[verb.end() :].strip(" ,:") not in {"“", '"'}:
        return None  # "they said, “": the speech verb right before the quote
    clause = found.group(1)
    if _names_people(clause):
        return None  # "When I met the fans at the studio": the fans may be the "they"
    names = [n.group().rstrip(".") for n in _NAME_RUN.finditer(clause)]
    bodies = [n for n in names if _is_body("name", n)]
    described = [w for w in re.findall(r"\bthe\s+([a-z]+)\b", clause) if w in _BODY_NOUNS]
    if len(bodies) + len(described) != 1 or len(names) != len(bodies):
        return None  # no body, two, or a person or a place named beside it
    return starts[at], bodies[0] if bodies else f"the {described[0]}"
