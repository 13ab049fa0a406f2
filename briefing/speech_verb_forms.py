"""Speech-verb forms that are not verbs: which forms of a clause's ``SPEECH_VERB`` matches may be
its speech verbs, and the readings that settle a quote when a form is a noun ("the explanatory
notes", "Their loud protests", "The sharpest reply came from", "her rival's promises").

``attribution`` reads the speaker before a quote from the clause's last speech verb; a form
that is a noun there would be read as a cue with the words before it as its subject ("Their
loud" spoke). These checks run before any verb is chosen, so they live apart from the verb's
readers. The noun forms read after the verb is chosen (an owned noun, a plural subject) stay
with them in ``attribution``.
"""

from __future__ import annotations

import re

from .document_attribution import relative_document
from .mention import Mention
from .passed_on import complement_subject, reported_speaker
from .speakers import subject_before
from .speech_lexicon import SPEAKER_AFTER, SPEECH_NOUN_FORMS
from .speech_nouns import (
    adjective_of_others_speech,
    judged_speech_noun,
    others_speech_noun,
    plural_noun_phrase,
)
from .speech_verbs import SPEECH_VERB, last_verb
from .verb_subjects import goes_on, per_as_rate
from .word_owners import relative_text_owner

#: "to put it mildly", "to put it bluntly": the writer's aside, not a cue ('The plan was, to put it
#: mildly, “…”' has no speaker).
_TO_PUT_IT = re.compile(r"to\s+put\s+it\s+[a-z]+ly\b")
#: A determiner right before an -ed form: an adjective ("called the proposed rules “…”", "in a
#: revised statement"), no verb of saying.
_DETERMINER_BEFORE = re.compile(r"(?<![\w’'-])(?:the|a|an|this|these|those|his|her|its|their|our|my|your)\s+$", re.IGNORECASE)
#: A lower-case noun's possessive right before the form ("the bill’s ", "the agency's ").
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])[a-z][\w-]*[’']s\s+$")
#: A lower-case noun right after the form, no determiner, pronoun or "that" (what a verb takes).
_MODIFIED_NOUN_NEXT = re.compile(
    r"\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|him|them|us|to|in|on|at|by|for|with|and|or|but|as)\b)[a-z][\w-]*\b"
)
#: A determiner or a quantifier right before a plural ("any rules that", "all claims that").
_QUANTIFIER_BEFORE = re.compile(r"(?<![\w’'-])(?:the|these|those|any|all|no|some|such|new|its|their|his|her|our)\s+$", re.IGNORECASE)
#: "of" right after a form: with a determiner before it, the form heads a noun phrase ("the mention of").
_OF_NEXT = re.compile(r"\s+of\s")
#: The rest of a clause that ends on a colon introducing the quote (" for voters:", ":").
_INTRODUCING_COLON = re.compile(r"(?:\s+[^,;:.!?“”\"]{0,40})?:\s*$")


def candidate_verbs(sentence: str) -> list[re.Match[str]]:
    """The speech-verb forms of the clause that may be verbs: without the writer's idioms ("to put
    it mildly", "per" as a rate, "goes on") and the forms a determiner shows to be adjectives or
    nouns, which would otherwise be read as cues with the words before them as speakers."""
    return [
        v
        for v in SPEECH_VERB.finditer(sentence)
        if not _TO_PUT_IT.match(sentence, v.start() - 3)
        and not per_as_rate(sentence, v)
        and not goes_on(sentence, v)
        and not (v.group().endswith("ed") and _DETERMINER_BEFORE.search(sentence, 0, v.start()))
        # 'if the bill’s proposed refundability is not expanded': an owner's modifier before its
        # noun, no verb (not "Kell's denied the charge", whose "'s" is "has")
        and not (v.group().endswith("ed") and _POSSESSIVE_BEFORE.search(sentence, 0, v.start()) and _MODIFIED_NOUN_NEXT.match(sentence, v.end()))
        # 'ignored repeated demands for “…”': an adjective of others' speech, no verb
        and not (v.group().endswith("ed") and adjective_of_others_speech(sentence, v.end()))
        # 'rolling back any rules that “…”': a plural noun and its relative clause, no verb
        and not (v.group().lower().endswith("s that") and _QUANTIFIER_BEFORE.search(sentence, 0, v.start()))
        # 'went on radio with a warning:': an -ing form after a determiner is a noun, no verb
        and not (v.group().endswith("ing") and _DETERMINER_BEFORE.search(sentence, 0, v.start()) and _INTRODUCING_COLON.match(sentence, v.end()))
        # 'cheered at the mention of the mayor’s promise:': a determiner, the bare form, "of": a
        # noun (plurals are read as nouns of their own: "responded to the claims of “…”")
        and not (v.group().isalpha() and not v.group().endswith("s") and _DETERMINER_BEFORE.search(sentence, 0, v.start()) and _OF_NEXT.match(sentence, v.end()))
        # 'people know terms like “…”', 'remarks such as “…”': a plural noun giving examples, no verb
        and not (v.group().endswith("s") and v.group().lower() != "says" and _EXAMPLES_NEXT.match(sentence, v.end()))
        # 'saying the vote is called into question “when …”': the passive idiom of doubting, no
        # naming ("Kell called into question “…”" stays his)
        and not (v.group().lower().startswith("call") and _INTO_QUESTION.match(sentence, v.end()) and _PASSIVE_BEFORE.search(sentence, 0, v.start()))
    ]


#: "into question" after a form of "call": the idiom "call into question" (doubt), no naming verb.
_INTO_QUESTION = re.compile(r"\s+into\s+question\b")
#: A passive's auxiliary right before the participle ("is called", "has been called", "was rarely called").
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")


#: "like" or "such as" right after a form in -s: a plural noun and its examples ("terms like").
_EXAMPLES_NEXT = re.compile(r"\s+(?:like|such\s+as)\s")


#: A determiner and lower-case modifiers, no punctuation: the start of the noun phrase after
#: "according to" ("according to the explanatory notes").
_SOURCE_NOUN_PHRASE = re.compile(r"\s+(?:the|a|an|its|his|her|their|these|those)(?:\s+[a-z][\w-]*){0,2}\s+")
#: "came from" right after a noun of saying ("The reply came from …").
_CAME_FROM = re.compile(r"\s+(?:came|comes|had\s+come)\s+from\s")
#: A preposition's phrase and a copula right after a speech-verb form ("praise for these games
#: is"), with no relative pronoun between.
_NOUN_THEN_COPULA = re.compile(r"\s+(?:for|of|about|from|over|on)\s+(?:(?!that\b|which\b|who\b)[\w’'-]+\s+){1,6}?(?:is|was|has\s+been|remains)\s")
#: A determiner opening the sentence, then only adjectives, right before the form ("The usual ",
#: "The all-too-common ").
_DETERMINER_ADJECTIVES = re.compile(r"^\W*(?:the|a|an|this|that|its|their|his|her|our)\s+(?:(?:[\w-]+-[\w-]+|usual|common|standard|typical|familiar|constant|frequent|loudest|highest|biggest|most|main)\s+){1,3}$", re.IGNORECASE)


def noun_form_reading(sentence: str, verbs: list[re.Match[str]]) -> tuple[Mention | None, str | None] | None:
    """Speech-verb forms that are nouns here (a document's, a source's, a plural, a judged
    noun), read before any verb is: a reading when one settles the quote, else ``None`` with the
    noun forms dropped from ``verbs`` (in place), so that the verb before them governs."""
    evidence = relative_document(sentence) if "that" in sentence or "which" in sentence else None
    if evidence is not None:
        return evidence  # 'He cited polls by Hale University that showed “…”': the polls, not "he"
    made = relative_text_owner(sentence, verbs) if "which" in sentence or "that" in sentence or "who" in sentence else None
    if made is not None:
        return made  # 'The news came in a report from the Post, which said …:': the Post
    if (
        len(verbs) > 1
        and verbs[-2].group().lower() in SPEAKER_AFTER
        and verbs[-1].group().lower() in SPEECH_NOUN_FORMS
        and _SOURCE_NOUN_PHRASE.fullmatch(sentence, verbs[-2].end(), verbs[-1].start())
    ):
        # 'according to the explanatory notes of the bill — “…”': a speech-verb form inside the
        # source's noun phrase is its noun, no verb of its own
        verbs.pop()
    if verbs and verbs[-1].group().lower() in SPEECH_NOUN_FORMS and _CAME_FROM.match(sentence, verbs[-1].end()):
        # 'The sharpest reply came from the union's leader, Tom Berg:': the form is the subject's
        # noun, the one it came from its owner (``possessive_introduction``), not "the sharpest"
        return None, None
    reported = reported_speaker(sentence, verbs) or complement_subject(sentence, verbs)
    if reported is not None:  # 'Reyes heard Weller say “…”': Weller's words, not Reyes's
        return reported, verbs[-1].group().lower() if verbs else None
    if verbs and others_speech_noun(sentence[: verbs[-1].start()], verbs[-1].group().lower(), sentence[verbs[-1].end() :]):
        return None, None  # 'Kell faced shouts of “Liar!”', 'rolled his eyes at the gripes over “…”'
    plural = plural_noun_phrase(sentence, verbs[-1]) if verbs else None
    if plural is not None:
        # 'Their loud protests that “…” went nowhere', 'the more Kell pushes these serial whines,':
        # a noun after a determiner and adjectives, no verb (read as one: "Their loud" spoke)
        verbs.pop()
        if not verbs:
            return plural[0], None
    nouns = [v for v in verbs if _NOUN_THEN_COPULA.match(sentence, v.end()) and _DETERMINER_ADJECTIVES.search(sentence, 0, v.start())]
    if nouns:
        # 'The all-too-common praise for these games is lauding them as “…”': a determiner and
        # adjectives before the form, a phrase and a copula after it: the copula's subject noun,
        # no verb (read as one, "the all-too-common" spoke); the sentence names no speaker
        return None, None
    judged = judged_speech_noun(sentence, verbs[-1]) if verbs else None
    if judged is not None:
        if len(verbs) > 1:
            verbs.pop()  # 'calling the other's terms “…”': the noun is the object of the verb before
        else:
            own = last_verb(sentence[:judged])
            if own is not None:  # 'Kell dismissed her rival's promises as “…”': the subject judges them
                return subject_before(sentence[: own.start()]), own.group().strip().lower()
    return None
