"""What the words between a quote's closing mark and the speech verb after it are, for
``tail_attribution``: only a speaker phrase with its appositives ('“…,” Mike Murray, the head of
the Forward PAC, said'), a phrase of the quoted sentence run on after its mark ('“…” before the
end of the year, Marc Short said'), a participle set off before the finite verb ('…, speaking on
condition of anonymity, said'), no one who could speak before an inverted verb, a bare cue after
a full stop ('“…” Meacham concluded in an interview.'), and after the verb a thing its subject
owns ('announced his retirement').

Separate from ``tail_attribution`` because each is a yes-or-no test on one stretch of the clause,
which the reader combines; they read subjects with ``speakers`` and never call back into the reader.
"""

from __future__ import annotations

import re

from .appositives import office_opening
from .cue_sources import LISTENER_VERBS, told_whom
from .head_kinds import can_speak
from .head_patterns import AGE_NOUN
from .masked_sentences import WORD
from .mention import Mention
from .name_cleaning import UPPER
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speakers import subject_before
from .speech_lexicon import ADDRESSEE_VERBS, INTRO_WORDS, SPEAKER_AFTER, SPEAKER_HEAD_NOUNS
from .speech_nouns import POSSESSIVE_PRONOUN
from .speech_verbs import SPEECH_VERB, first_verb

#: The rest of a participle's phrase set off by commas after the subject, up to the verb after it
#: ('… official, speaking on condition of anonymity, said'; an adverb may open the verb).
_ASIDE_REST = re.compile(r"[^,;:.!?“”\"—–]{0,80},\s*(?:(?:also|later|then|earlier|previously)\s+)?")


def verb_after_aside(clause: str, verb: re.Match[str]) -> re.Match[str]:
    """The finite speech verb after a participle set off by commas right after the subject ('“…,”
    a White House official, speaking on condition of anonymity, said', '…, citing internal polls,
    told reporters'): the participle only describes how the subject spoke; the verb after it is
    the clause's. ``verb`` itself when no such verb follows the participle's phrase."""
    if not clause[: verb.start()].rstrip().endswith(",") or not WORD.search(clause, 0, verb.start()):
        return verb
    rest = _ASIDE_REST.match(clause, verb.end())
    finite = SPEECH_VERB.match(clause, rest.end()) if rest is not None else None
    return finite if finite is not None and not finite.group().endswith("ing") else verb


#: A prepositional phrase that completes the quoted words after their closing mark, set off by a
#: comma before the cue's subject ('“… get that done” before the end of the year, Marc Short …
#: said'; group 1 the phrase's object).
_TAIL_PHRASE = re.compile(
    r"\s*(?:before|after|by|until|in|on|at|within|between|for|of|from|over|during|without|with|to|about|against|under|among|across)"
    r"\s+([^,;:.!?“”\"—–]{3,60}),\s+(?=[\w“\"])"
)
#: Words that open a clause of its own after the phrase's comma: a relative or a conjunction, no
#: subject phrase ('“rigged” against him, a charge that party leaders denied').
_CLAUSE_WORDS = re.compile(
    r"(?<![\w’'-])(?:that|which|who|whom|whose|when|where|while|whereas|as|and|but|or|nor|yet|so|then|although|though|because|since|if|unless)\s",
    re.IGNORECASE,
)


def fronted_phrase(clause: str, verb_start: int) -> re.Match[str] | None:
    """The phrase of a quoted sentence run on after its closing mark, before the comma and the
    cue's subject: a verbless prepositional phrase ("before the end of the year", "of the child
    credit", "between the two administrations"), the words after its comma no clause of their own."""
    phrase = _TAIL_PHRASE.match(clause, 0, verb_start)
    if phrase is None or first_verb(f" {phrase.group(1)} ") or SPEECH_VERB.search(phrase.group(1)):
        return None
    return None if _CLAUSE_WORDS.search(clause, phrase.end(), verb_start) else phrase


def no_speaker_before(before: str) -> bool:
    """Before an inverted verb's comma, no one who could speak: nothing, or a thing set off after
    the quote that describes a word in it ('“… brought to Pangkalan Bun,” the town with the nearest
    airstrip, said Soelistyo')."""
    subject = subject_before(before)
    if subject is None:
        return True
    words = subject.text.split() if subject.kind == "description" else []
    return bool(words) and words[0].lower() in {"the", "a", "an"} and not any(w.lower() in SPEAKER_HEAD_NOUNS for w in words[1:])


#: Verbs whose "to" opens an infinitive, their own object ("vowed to defend", "promised to
#: appeal"), not a phrase of whom the words went to.
_INFINITIVE_VERBS = frozenset(
    "vowed vows pledged pledges promised promises threatened threatens offered offers agreed agrees refused refuses "
    "declined declines swore swears urged urges demanded demands".split()
)


#: A word after "to" that may be a bare infinitive: lower case, no plural's "s", no determiner
#: or pronoun ("defend", not "reporters", "the", "me").
_BARE_INFINITIVE = re.compile(r"(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|you|this|that|these|those)\b)[a-z]+(?<!s)")


#: A day, maybe its part of the day and a phrase of where, ending the sentence after a speech verb
#: ("said Monday.", "told reporters Tuesday night.", "wrote yesterday in a memo."): when, no content.
_DAY_ENDS = re.compile(
    r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|tonight)"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s+(?:in|at|on|during|after|before|while|to)\b[^,;:“”\"]{0,40})?\s*[.!]?\s*$"
)
#: A listener and a day, then the sentence's end ("told reporters Monday.", "tells me today.").
_LISTENER_THEN_DAY = re.compile(r"\s+(?:reporters|him|her|them|us|me|(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})(?=\s+\S)")
#: Pronoun subjects of a bare cue ("He said in a statement."): resolved like a cue's after a comma.
_CUE_PRONOUNS = frozenset({"He", "She", "They"})


#: Most words of the phrase of where, when or how after a bare cue's verb ("in an interview with
#: the New York Times on Monday").
_SETTING_WORDS = 12


#: An adverb of manner right after a cue's verb ("said softly", "replied calmly"): how, not what.
_MANNER_ADVERB = re.compile(r"\s+[a-z]{3,}ly\b(?=\s*[,.]|\s*$)")
#: Prepositions that open the verb's own object after it, not a setting ("asked for a delay",
#: "called for calm", "spoke of a betrayal").
_OBJECT_PREPOSITIONS = frozenset({"for", "of"})
#: What shows content in the words after a verb: a "that" clause, a quote mark (masked or not).
_CONTENT_MARKS = re.compile(r"\bthat\b|[“”\"·]")


def _nothing_said_after(clause: str, verb: re.Match[str]) -> bool:
    """The words after a cue's verb say nothing of their own: none, a short phrase of where or how
    with no verb, "that" or quote in it ("in an interview with the Times"), a day ("Monday", "on
    Tuesday night"), or after "told"/"tells" only the listener and such a phrase ("told me.",
    "tells The Post.", "told reporters on Monday."); not "told reporters the vote would wait" nor
    "reiterated in a tweet that he …", whose clause is the verb's own content."""
    rest = clause[verb.end() :]
    manner = _MANNER_ADVERB.match(rest)
    if manner is not None:
        rest = rest[manner.end() :]  # 'Weller said softly.', 'Kell replied calmly, “…”'
    after = rest.strip(" .,").split()  # (the comma of '“Yes.” Weller replied, “…”' / '…, before leaving.')
    if not after or _DAY_ENDS.match(rest):
        return True
    if after[0].lower() in INTRO_WORDS and after[0].lower() not in _OBJECT_PREPOSITIONS:
        return len(after) <= _SETTING_WORDS and first_verb(rest) is None and not _CONTENT_MARKS.search(rest)
    if verb.group().lower() not in LISTENER_VERBS:
        return False
    listener = _LISTENER_THEN_DAY.match(rest)
    return told_whom(rest) or listener is not None and _DAY_ENDS.match(rest, listener.end()) is not None


def bare_cue_after_stop(clause: str, verb: re.Match[str]) -> bool:
    """A sentence after a quote closed by a full stop that is only a cue: a name, a he, she or
    they, or "the" and a speaker's noun ("The senator"), and a speech verb with nothing said
    after it but a phrase of where, when or to whom ("Meacham concluded in an interview with the
    Times.", "Doyle said.", "Smith told me.", "He said Monday.", "The senator told me."). Its verb
    reports the quote before; a verb with content of its own ("Doyle said the club would appeal",
    "Jones told reporters the vote would wait") or another subject ("But other Democrats said")
    opens a new sentence."""
    word = verb.group().lower()
    if word.endswith("ing") or word in SPEAKER_AFTER or word in ADDRESSEE_VERBS:
        return False
    subject = clause[: verb.start()].strip()
    if not _nothing_said_after(clause, verb):
        return False
    after = clause[verb.end() :].strip(" .").split()
    if after[:1] == ["to"] and word in _INFINITIVE_VERBS and _BARE_INFINITIVE.fullmatch(after[1] if len(after) > 1 else ""):
        return False  # '“…” AT&T has vowed to defend the deal.': an infinitive, the verb's own object
    if subject in _CUE_PRONOUNS:
        return True  # '“…” He said in a statement.': resolved like the "he" of '“…,” he said'
    named = head_of_segment(subject) if subject else None
    if named is not None and named.kind == "description" and subject.split()[0] == "The" and len(subject.split()) <= 4:
        # '“…” The senator told me.': the one the story spoke of before, as the whole subject (not
        # "The union had asked …", whose auxiliary makes it a sentence of news)
        return can_speak(named.text) and subject.lower().endswith(named.text.lower())
    return named is not None and named.kind == "name" and len(subject.split()) <= 3 and subject.split()[0][:1].isupper()


#: Possessive pronouns that open an object after a verb ("announced his retirement").
_OWNING_PRONOUNS = frozenset(POSSESSIVE_PRONOUN) | {"your"}


def owned_thing(mention: Mention) -> bool:
    """A description opened by a possessive pronoun whose head is no one who speaks, nor a text:
    "his retirement", "her plans" (not "his spokesman", "her lawyers", "their statement")."""
    words = mention.text.split()
    if mention.kind != "description" or len(words) < 2 or words[0].lower() not in _OWNING_PRONOUNS:
        return False
    head = head_noun(mention.text)
    if AGE_NOUN.fullmatch(head):
        return False  # '“…,” says our five-year-old': an age standing for a person
    return head not in SPEAKER_HEAD_NOUNS and head.removesuffix("s") not in SPEAKER_HEAD_NOUNS and head.removesuffix("es") not in SPEAKER_HEAD_NOUNS


#: Longest subject with appositives between a quote and its verb ('"…," Jane Roe, a policy
#: director at a research group in the city, said') — in words; a clause that long is a sentence.
_TAIL_APPOSITIVE_WORDS = 40


def subject_phrase(before: str) -> bool:
    """``before`` is only a speaker phrase, perhaps with appositives ("State Senator Jeff Mason",
    "Mike Murray, the head of the Forward PAC,"): no verb of its own and a subject found."""
    if first_verb(" " + before) or len(WORD.findall(before)) > _TAIL_APPOSITIVE_WORDS:
        return False
    mention = subject_before(before)
    return mention is not None and mention.kind in {"name", "description"}


#: The fields an office's name lists after its first ("Investment and Commerce", "Trade"):
#: capitalised words, maybe joined by "and".
_OFFICE_FIELDS = re.compile(rf"(?:and\s+)?[{UPPER}][\w’'-]*(?:\s+(?:and\s+)?[{UPPER}][\w’'-]*){{0,3}}")


def appositive_subject(before: str) -> bool:
    """``before`` (between a quote and its verb) is a subject with appositives or a prepositional
    phrase, not a clause of its own: '…," Judge Amanda Li of the U.S. District Court wrote'."""
    if len(WORD.findall(before)) > _TAIL_APPOSITIVE_WORDS or not re.match(r"\s*[,—–]?\s*[\w“\"]", before):
        return False
    mention = subject_before(before)
    if mention is None:
        return False
    head = before[: before.find(",")] if "," in before else before
    if mention.kind == "name" and mention.text.split()[-1] not in head:
        # "…," the chairman of the Senate Committee on Foreign Relations, Ann Roe, said': a
        # description that a long organisation's name makes long, then its name in apposition
        pieces = [p.strip(" ,—–") for p in before.split(",") if p.strip(" ,—–")]
        if len(pieces) >= 2 and office_opening(pieces[0]) and pieces[-1].endswith(mention.text) and all(_OFFICE_FIELDS.fullmatch(p) for p in pieces[1:-1]):
            # '“…,” Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn Hill, told
            # reporters': an office, the fields its name lists, then its holder
            return True
        described = head_of_segment(pieces[0]) if len(pieces) == 2 else None
        return described is not None and described.kind == "description" and pieces[1] == mention.text
    return mention.text.split()[-1] in head or mention.kind != "name"
