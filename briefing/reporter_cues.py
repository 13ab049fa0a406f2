"""A quote whose sentence closes on who reported it: '“…,” the Ledger reported', '“…,”
according to a pool report', and after a plain verb of saying '“…,” two people who heard him said'.

The closing cue names a source, not the speaker: the speaker is the subject of the verb of saying
the quote completes in its own sentence ('Kline told donors “…,” the Ledger reported'), which
``attribution.head_attribution`` reads. ``quotes`` asks ``speaker_before_reporter`` whenever a cue
after a closed quote names a speaker and its verb.
"""

from __future__ import annotations

import re

from .attribution import head_attribution
from .clause_readings import (
    ADDRESSEE_OBJECT,
    LISTENER_THEN_QUOTE,
    PLAIN_REPORTING,
    QUOTE_RIGHT_AFTER,
)
from .masked_sentences import last_sentence
from .mention import Mention
from .speech_lexicon import NAMING_VERBS, SPEAKER_AFTER, SPEECH_NOUN_FORMS
from .speech_verbs import SPEECH_VERB

#: A bare plural listener between "told" and its quote ("told donors that").
_PLURAL_LISTENER_THEN_QUOTE = re.compile(r"\s+[a-z]+s\s*(?:that)?\s*[,:]?\s*")
#: Participles of the verbs of ``ADDRESSEE_OBJECT`` ("telling reporters, “…”").
_ADDRESSEE_PARTICIPLES = frozenset({"telling", "asking"})
#: Cues after a quote that name where it was reported, not who said it ('“…,” the Ledger reported').
_REPORTED_BY = frozenset({"reported", "reports", "according to", "per", "as per", "as quoted by"})
#: A naming verb's object right before the quote: " the mayor's reversal “", " the plan a “".
_NAMED_OBJECT_THEN_QUOTE = re.compile(r"\s+(?:[\w’'-]+\s+){1,5}(?:a\s+|an\s+|as\s+)?[“\"‘']?\s*")
#: A time or place between a verb and "that" before the quote ("said at a closed-door meeting that").
_SETTING_THEN_THAT = re.compile(
    r"(?:\s+(?:him|her|them|reporters|[a-z]+s|(?:the|a|an|his|her|their)\s+[\w’'-]+))?"
    r"\s+(?:at|in|on|during|after|before)\s+[^,;:“”\"]{1,60}?\s+that\s*"
)


def speaker_before_reporter(head: str, between: str, reporter_verb: str) -> tuple[Mention, str] | None:
    """The speaker of a quote whose sentence closes on who reported it ('Kline told donors “…,” the
    Ledger reported', 'Kline said “…,” according to a pool report', after a plain verb of saying
    also '“…,” two people who heard him said'): the subject of the verb of saying the quote
    completes in its own sentence, a name or a pronoun, when that verb is finite and nothing but
    a listener, a setting or "that" stands between it and the quote."""
    sentence = last_sentence(head)
    verbs = list(SPEECH_VERB.finditer(sentence))
    if not verbs:
        return None
    verb = verbs[-1]
    word = verb.group().lower()
    if word in NAMING_VERBS and reporter_verb in _REPORTED_BY and not word.endswith("ing") and _NAMED_OBJECT_THEN_QUOTE.fullmatch(sentence, verb.end()):
        # 'Marmorato called the mayor's reversal “…,” according to the Bronx Times': the one who
        # named the thing so, a name or a pronoun opening the clause (the paper only reported it)
        named = head_attribution(head, between, None)[0]
        if named is not None and named.kind in {"name", "pronoun"} and sentence.lstrip().lower().startswith(named.text.lower()):
            return named, word
        return None
    # 'Reyes responded, telling reporters, “…,” Reuters reports': a participle after a comma has
    # the clause's subject for its own, who said the words the agency only reported
    participle = reporter_verb in _REPORTED_BY and sentence[: verb.start()].rstrip().endswith(",")
    if word.endswith("ing") and not participle or word in NAMING_VERBS or word in SPEAKER_AFTER or word in SPEECH_NOUN_FORMS - {"say", "says", "tell", "tells"}:
        return None
    if reporter_verb not in _REPORTED_BY and word not in PLAIN_REPORTING:
        return None
    direct = (
        QUOTE_RIGHT_AFTER.fullmatch(sentence, verb.end())
        or _SETTING_THEN_THAT.fullmatch(sentence, verb.end())
        or (
            (word in ADDRESSEE_OBJECT or participle and word in _ADDRESSEE_PARTICIPLES)
            and (LISTENER_THEN_QUOTE.fullmatch(sentence, verb.end()) or _PLURAL_LISTENER_THEN_QUOTE.fullmatch(sentence, verb.end()))
        )
    )
    if not direct:
        return None
    mention, cue = head_attribution(head, between, None)
    if mention is None or cue is None or mention.kind not in {"name", "pronoun"}:
        return None
    return mention, cue
