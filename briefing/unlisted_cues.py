"""Attributions after a quote that no speech verb of the lexicon marks.

The lexicon lists the verbs news writers use to report words, but verbs of voice and manner are an
open class (boomed, beamed, rasped, deadpanned), writers credit words with a phrase instead of a
verb ("in Roe's words") and sometimes leave the verb out ('“…," Mark Ellery, adviser to the
agency.'). These readers take the clause after a quote once ``tail_attribution`` found no verb in
it: each accepts only a clause shape that is an attribution in English whatever its words, and a
person (a name, or a description headed by a person noun) as the speaker.
"""

from __future__ import annotations

import re

from .given_names import given_name_gender
from .inverted_speakers import phrase_after
from .mention import Mention
from .name_cleaning import SHORT_NAME, UPPER
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speakers import subject_before
from .speech_lexicon import PERSON_NOUNS
from .speech_nouns import POSSESSIVE_PRONOUN


def unlisted_cue(clause: str, *, utterance: bool, ended: str) -> tuple[Mention | None, str | None]:
    """The speaker (and verb, if any) the clause after a quote names with no verb of the lexicon.

    ``utterance``: the words close with their own comma, question or exclamation mark (and are no
    title), so a subject and any verb after them is their attribution; ``ended``: the mark that
    ends their sentence, if any (a name alone may follow only words that do not end it)."""
    found = _owner_of_words_after(clause)
    if found[0] is None and utterance:
        found = any_verb_frame(clause)
    if found[0] is None and utterance and not ended:
        found = _name_alone(clause), None
    return found


#: A past-tense verb the lexicon need not know: a regular "-ed" form (not "need", "speed" or
#: "hundred": its stem does not end in "e" and has three letters or more), or an irregular past
#: that reports a voice on its own ("spoke", "swore") or with its particle ("shot back", "cut in").
_ANY_PAST = (
    r"(?:[a-z]{2,}[a-df-z]ed(?<!hundred)(?<!kindred)|spoke|spat|sang|swore|"
    r"(?:shot|hit|bit|struck|fought|snapped)\s+back|(?:broke|cut|chimed)\s+in)(?![\w’'-])"
)
#: What may follow such a verb in the frame: a particle, an adverb, a short phrase of place,
#: listener or time ("to the crowd", "from the podium", "at reporters"), then the clause ends.
_FRAME_END = (
    r"(?:\s+(?:up|off|out|on|back|again|aloud))?(?:\s+[a-z]+ly)?"
    r"(?:\s+(?:to|at|from|into|in|on|during|before|after|with|over|outside|as|across)\s+[^,;:.!?“”\"]{1,40}?)?"
    r"\s*(?:[.;!?]|,\s|,?$)"
)
#: '“…,” Whitcombe boomed.', '“…,” she beamed at the crowd.', '“…,” the senator rasped.': a subject
#: (a pronoun, a name of up to three words, or a lower-case description) and the verb.
_SUBJECT_THEN_ANY_PAST = re.compile(
    rf"[\s,]*(he|she|they|{SHORT_NAME}|(?:the|a|an|one)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
    rf"\s+({_ANY_PAST}){_FRAME_END}"
)
#: '“…,” she beams.', '“…,” Ford grins at him.': a present-tense "-s" form after a pronoun or a
#: name (a plural noun there would leave the clause without a verb).
_SUBJECT_THEN_ANY_PRESENT = re.compile(
    rf"[\s,]*(he|she|{SHORT_NAME})\s+([a-z]{{3,}}(?<![siu])s(?![\w’'-])){_FRAME_END}"
)
#: '“…,” Tom Ardley, a retired teacher from Dayton, beamed.', '“…,” the senator, 71, rasped.': a
#: subject set off by an appositive (or an age, a relative clause) closed by its comma, then the verb.
_APPOSED_SUBJECT_THEN_ANY_PAST = re.compile(
    rf"[\s,]*((?:[{UPPER}]|(?:the|a|an|one)\s)[^“”\";:.!?]{{1,100}}?,)\s+({_ANY_PAST}){_FRAME_END}"
)
#: '“…,” boomed Whitcombe.', '“…,” rasped the judge.': the verb inverted before a name or a
#: description.
_ANY_PAST_THEN_NAME = re.compile(rf"[\s,]*({_ANY_PAST})\s+(?=[{UPPER}]|(?:the|a|an|one)\s)")


#: '“…,” in Roe's words.', '“…,” in his own words.', '“…,” in the words of one aide.': the owner of
#: the words named after them, closing the sentence (before them: ``word_owners.words_owner``).
_WORDS_OWNER_AFTER = re.compile(
    r"[\s,]*in\s+(?:(?P<pronoun>his|her|their)\s+(?:own\s+)?words|(?P<owner>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)[’']s?\s+(?:own\s+)?words"
    r"|the\s+words\s+of\s+(?P<of>[^,;:.!?“”\"]{2,60}?))\s*(?:[.;!?]|,\s|$)"
)


def _owner_of_words_after(clause: str) -> tuple[Mention | None, str | None]:
    """The owner in '“…,” in Roe's words.': a name, a person's description or he/she/they."""
    match = _WORDS_OWNER_AFTER.match(clause)
    if match is None:
        return None, None
    if match.group("pronoun"):
        return Mention("pronoun", POSSESSIVE_PRONOUN[match.group("pronoun")]), None
    owner = head_of_segment(match.group("owner") or match.group("of"))
    return (owner, None) if owner is not None and speaking_person(owner) else (None, None)


#: '“…," Mark Ellery, senior adviser to the agency. "…"': a full name (and its appositive) as the
#: whole sentence after words closed by their comma, the verb of the cue left out.
_NAME_SENTENCE = re.compile(
    rf"[\s,]*((?:[{UPPER}][\w’'-]+\s+){{1,3}}[{UPPER}][\w’'-]+)(?:,\s+[^,;:.!?“”\"]{{1,80}})?\s*\.?\s*$"
)


def _name_alone(clause: str) -> Mention | None:
    """The person named alone after an utterance, with no verb (a writer's slip or a caption's
    style): only a full name of two words or more whose first is a known given name, so no place
    ("New York, January 2016") or title stands for a speaker."""
    match = _NAME_SENTENCE.match(clause)
    if match is None or given_name_gender(match.group(1)) is None:
        return None
    named = head_of_segment(match.group(1))
    return named if named is not None and named.kind == "name" and named.text == match.group(1) else None


def speaking_person(mention: Mention) -> bool:
    """A name, or a description headed by a person noun ("the judge", "one voter"): who may
    speak in an any-verb frame, not "the stock" that plunged (and who may close a sentence as its
    teller at any length: ``closing_attribution.closing_attribution``)."""
    return mention.kind == "name" or mention.kind == "description" and head_noun(mention.text) in PERSON_NOUNS


def any_verb_frame(clause: str) -> tuple[Mention | None, str | None]:
    """The attribution of words closed by their own comma, question or exclamation mark when the
    clause after them holds no verb of the lexicon: a subject and any past-tense (or, after a
    pronoun or a name, present-tense) verb, and nothing
    else but a particle, an adverb or a short phrase of place or listener before the clause ends.

    Why a frame and not more words: the verbs of voice and manner are an open class (boomed,
    beamed, rasped, gushed, deadpanned), and a list always misses the next one, while this clause
    shape after an utterance is an attribution in English whatever its verb. Anything longer (an
    object, a second clause) is left alone: '“…,” Kell titled her memoir' names no speaker."""
    framed = (
        _SUBJECT_THEN_ANY_PAST.match(clause)
        or _SUBJECT_THEN_ANY_PRESENT.match(clause)
        or _APPOSED_SUBJECT_THEN_ANY_PAST.match(clause)
    )
    if framed is not None:
        who = framed.group(1)
        if who in {"he", "she", "they"}:
            return Mention("pronoun", who), framed.group(2)
        subject = subject_before(who + " ")
        return (subject, framed.group(2)) if subject is not None and speaking_person(subject) else (None, None)
    inverted = _ANY_PAST_THEN_NAME.match(clause)
    if inverted is not None:
        rest = clause[inverted.end() :]
        named = phrase_after(rest)
        if named is not None and speaking_person(named) and re.match(rf"[^,;:.!?“”\"]{{1,60}}?{_FRAME_END}", rest):
            return named, inverted.group(1)
    return None, None
