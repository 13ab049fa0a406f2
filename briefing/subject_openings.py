"""What opens a sentence before its subject, for ``sentence_subjects.leading_np``: phrases set
off in front of it ("Nearby, …", "A funny woman in her 80s, Jane Starner lives …", "The son of a
village imam, he had tried …"), word orders that put the subject elsewhere ("Across the street
stood Victor Brandt", "It was in Halifax that Ana Reyes found …", "The elder Vance funds …"), and
the rewrites that take ages, dates and dashes out of the way of the comma pieces ("Tom Kell, 49,
and Ann Kell, 39, are …", "May 23, 2015", "- a fellow Ohioan -").

Separate from the reader because each decides about the sentence as a whole, before it is cut
into pieces; none reads a subject itself, so nothing here calls back into ``leading_np``.
"""

from __future__ import annotations

import re

from .groups import people_noun
from .masking import ABBREVIATION_DOT
from .name_cleaning import NAME_TOKEN, UPPER
from .speech_lexicon import INTRO_WORDS, PERSON_NOUNS
from .speech_verbs import SPEECH_VERB, first_verb
from .wordlists import is_common_word

#: Adverbs that open an introductory phrase with a preposition ("Shortly after", "Long before").
INTRO_ADVERBS = {"shortly", "soon", "long", "right", "just", "even", "well", "only", "immediately", "back"}


#: A place phrase, an inverted verb of standing or arriving, and its subject, a name: "Across the
#: street stood Victor Brandt, the mayor", "At the front of the room sat Gail Moreno, …" (group 1).
#: The role apposed after the comma is the same person, not the sentence's subject. Also a turn
#: to the next person presented: "Next up is Mark Zuckerberg, whose …", "First up was Ann Cole",
#: and one person picked out of a group: "Among the critics is Tom Kell, who …" (not "Among the
#: critics are Tom Kell and Ann Lee": two, so no one name follows the verb).
LOCATIVE_INVERSION = re.compile(
    r"\s*(?:(?:Across|At|Behind|Beside|Next\s+to|Near|In|On|Outside|Inside|Among|Beneath|Alongside|Opposite|Nearby)"
    r"\s[^,.;:“”\"]{0,60}?\s(?:stood|sat|stands|sits|waited|waits|came|comes|walked|lay|knelt)"
    r"|(?:(?:Next|First|Last)\s+up|Up\s+next)\s+(?:is|was|comes|came)"
    r"|Among\s[^,.;:“”\"]{0,60}?\s(?:is|was))\s+"
    rf"((?:[A-Z][\w.{ABBREVIATION_DOT}’'-]*\s+){{0,3}}[A-Z][\w’'-]+)\s*(?:[,.;]|$)"
)
#: Last words of a place, not a person, after such a verb ("Across the street stood City Hall").
PLACE_HEADS = {"hall", "building", "house", "street", "square", "park", "center", "centre", "church", "station", "tower", "bridge", "memorial", "monument", "statue"}


#: An age set off by commas right after a capitalised name ("Tom Kell, 49, and Ann Kell, 39, are
#: eager"): it splits the subject into pieces that are no names.
APPOSED_AGE = re.compile(r"(?<![\w’'-])([A-Z][\w’'-]*),\s+\d{1,3},(?=\s)")


#: Two names each with an age, joined by "and": "Tom Kell, 49, and Ann Kell, 39," (not "Tom Kell,
#: 49, and his wife, Ann,": a role set off, which the subject's reader knows).
AGED_PAIR = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*,\s+\d{1,3},\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*,\s+\d{1,3},\s")


#: The description ``leading_np`` gives such a subject ("the elder Vance"): a person.
ELDER_OR_YOUNGER = re.compile(rf"the (?:elder|younger) [{UPPER}][\w’'-]*")
#: "The elder Vance", "the younger Kemp" opening a sentence before a lower-case word (group 1:
#: the name): the surname of one of two relatives the text has told apart.
ELDER_NAME = re.compile(rf"\s*(?:(?:But|And|Yet)\s+)?[Tt]he\s+(?:elder|younger)\s+({NAME_TOKEN})\s+(?=[a-z])")
#: A cleft sentence whose clause after "that" has a name for its subject: "Yet it was only
#: recently that Fraser pieced …", "It was in Halifax that Ana Reyes found …" (group 1: the name);
#: its focus a time, a place or a cause, not an adjective ("It is clear that Ottawa …": no cleft).
CLEFT_SUBJECT = re.compile(
    r"\s*(?:(?:But|Yet|And|So|Still)\s+)?[Ii]t\s+(?:was|is|wasn’t|wasn't|isn’t|isn't)\s+(?:not\s+|only\s+|just\s+|also\s+)*"
    r"(?:(?:until|after|before|when|while|during|since|in|at|on|through|because|then|there|here)\b[^,;:“”\"]{0,50}?|[a-z]+ly)\s+that\s+(?!The\s|A\s|An\s)"
    r"((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\b(?<!\bis)(?<!\bwas)"
)
#: A cleft whose focus is a name, with "who" and the clause's verb after it: "It was Tom Kell who
#: first raised the alarm", "But it is Sen. Ana Reyes who decides", after a short opening phrase of
#: lower-case words ("Last month, it was Tom Kell who …", "In the end, it was …") (group 1: the
#: name), the person the sentence is about; not "It was Tuesday when …" nor "It is Kell whom they
#: blame" (no "who").
CLEFT_WHO = re.compile(
    rf"\s*(?:(?:But|Yet|And|So|Still)\s+)?(?:(?:[A-Z][a-z]+\s+){{0,2}}(?:[a-z]+\s+){{0,3}}[a-z]+,\s+)?[Ii]t\s+(?:was|is)\s+(?:(?:only|also)\s+)?((?:[A-Z][\w.{ABBREVIATION_DOT}’'-]*\s+){{0,3}}[A-Z][\w’'-]+)\s+who\s+(?=[a-z])"
)


#: An opening phrase (of lower-case words after its first, but for a place after a preposition:
#: ``leading_np`` checks), a full name set off by commas with a
#: lower-case appositive, then a lower-case word, its verb: "Now 73, Ana Ruiz, a retired nurse,
#: is …", "Armed with new data, Tom Kell, head of the union, argued …" (group 1: the name).
FRONTED_THEN_APPOSED = re.compile(
    r"\s*[A-Z][\w’'-]*(?:\s+[\w’'.-]+){0,6},\s+((?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+),\s+"
    r"(?:a|an|the|head|president|chair|director|founder|owner|leader|one|who|whose|[a-z]+(?:er|or|ist|ian|ant|ent))\b[^,;:“”\"]{0,80},\s+(?!(?:he|she|they|we|i|it)\b)[a-z]"
)  # not "Like her father, Tom Kell, a miner, she …": she
#: Adverbs of place opening a phrase set off before the subject ("Nearby, …", "Closer to home, …",
#: "Further up the street, …", "Out on the ice, …").
_PLACE_ADVERBS = frozenset("nearby closer further farther out upstairs downstairs overseas abroad offstage outdoors indoors".split())
#: Last words of a distance phrase set off before the subject ("Two doors down", "Not far away").
_DISTANCE_ENDS = frozenset("away down up over along off".split())
#: First words of such a distance phrase: a number, a quantity or a negation.
_DISTANCE_STARTS = frozenset("a an one two three four five six seven eight nine ten few several some just only not".split())


def place_opener(words: list[str]) -> bool:
    """An opening phrase of place set off by a comma, no noun phrase that could be the subject:
    one adverb of place, maybe before a preposition or "the" ("Nearby", "Closer to home", "Out on
    the ice"; not "Nearby residents, …"), or a distance ("Two doors down", "A few blocks away")."""
    if not words:
        return False
    first = words[0].lower()
    if first in _PLACE_ADVERBS and (len(words) == 1 or words[1].lower() in INTRO_WORDS or words[1].lower() in {"the", "to", "up", "down"}):
        return True
    return 1 < len(words) <= 5 and words[-1].lower() in _DISTANCE_ENDS and (first in _DISTANCE_STARTS or first.isdigit())


#: The comma of a full date ("May 23, 2015"), which is no clause boundary.
DATE_COMMA = re.compile(
    r"\b((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}),(?= \d{4}\b)"
)


#: A digit, which ``AGED_PAIR`` and ``DATE_COMMA`` need, and the dashes ``DASHED_APPOSITIVE``
#: needs: asked first, as each of those tries every position of the sentence (30-50 µs on a long
#: one) and most sentences have neither.
DIGIT = re.compile(r"\d")
DASHES = ("-", "—", "–")
#: An appositive set off by spaced dashes right after the subject, read as one set off by commas
#: ("Hale and Sen. Tom Ruiz - a fellow Ohioan - argued": not "Hale and Ohioan").
DASHED_APPOSITIVE = re.compile(r"^([^,—–]*?[\w.])\s+(?:--?|[—–])\s+((?:a|an|the|his|her|their)\s[^,—–]*?)\s+(?:--?|[—–])\s+")


#: An indefinite description of a person opening a sentence, set off before the subject: "A
#: funny woman in her 80s" (group 1: its noun).
FRONTED_DESCRIPTION = re.compile(r"(?:A|An)(?:\s+[a-z][\w-]*)*?\s+([a-z]+)(?:\s+(?:in|of|from|with)\s+[^,]*)?")
#: A full name opening a piece, a lower-case verb right after it: "Jane Starner lives".
NAME_THEN_VERB = re.compile(r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+)\s+[a-z]+s\b")


def first_of_adjectives(word: str, rest: list[str]) -> bool:
    """``word`` after "A" or "An" is the first of two adjectives a comma joins ("An agreeable, funny
    woman"): a common word, no noun of people, and the next piece goes on in lower case."""
    after = rest[0].split() if rest else []
    return bool(after) and after[0].islower() and word.islower() and is_common_word(word) and not people_noun(word) and word not in PERSON_NOUNS


#: A pronoun subject opening a comma piece ("…, he had tried").
_PRONOUN_OPENING = re.compile(r"\s*(?:he|she|they)\s+[a-z]")


def fronted_predicate(words: list[str], following: str) -> bool:
    """A noun phrase with no verb, set off before a pronoun subject ("The son of a village imam,
    he had tried many jobs", "A former army nurse, she knows triage"): it describes the pronoun's
    person, who is the subject; the phrase is no one of its own."""
    opening = _PRONOUN_OPENING.match(following)
    if words[0].lower() not in {"the", "a", "an"} or opening is None or SPEECH_VERB.match(following, opening.end() - 1):
        return False  # not "The director, he said, never visited": a cue set off inside the subject
    phrase = " " + " ".join(words) + " "
    return first_verb(phrase) is None and SPEECH_VERB.search(phrase) is None
