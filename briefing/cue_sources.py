"""Who a cue's source is when it is not the plain subject before its verb, shared by the readers
before a quote (``attribution``, ``verb_subjects``, ``colon_intros``, ``passed_on``,
``judging_frames``) and after it (``tail_attribution``, ``closing_attribution``): the source after
"according to" or "per" (``source_of``), the agent of a passive of saying (``passive_agent``,
``PASSIVE``), the verbs whose subject may follow them (``INVERTIBLE``) or whose object is the
listener (``LISTENER_VERBS``, ``told_whom``), the subject pronoun of an object pronoun (``OBJECT_PRONOUN``) and
the rest of a clause that credits the words and ends the sentence (``CLAUSE_ENDS``).

Separate from ``tail_attribution`` because the readers before a quote need these and nothing else
of it.
"""

from __future__ import annotations

import re

from .mention import Mention
from .relative_clauses import people_head
from .speaker_heads import head_of_segment
from .speech_lexicon import SPEAKER_HEAD_NOUNS

#: The rest of a clause that ends the sentence: nothing, or a time or a place ("on Tuesday", "in
#: an editorial") and the period.
CLAUSE_ENDS = re.compile(r"\s*(?:(?:on|in|at|last|this|earlier|later|recently|once|famously)\b[^,;:“”\"]{0,40})?[.!?]?\s*")

#: Verbs whose object is the listener: after a comma, "…, told AFP" names who heard the words.
LISTENER_VERBS = frozenset({"told", "tells"})

#: A listener after "told" that ends the sentence: "told NBC News.", "told reporters on Tuesday.",
#: "told The Associated Press in an interview.", "told a crowd of supporters." (not "told the court that …",
#: whose clause is the verb's own content).
_LISTENER_ENDS = re.compile(
    r"\s+(?:reporters|him|her|them|us|me|(?:the\s+|a\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?(?:\s+of\s+[a-z-]+(?:\s+[a-z-]+)?)?)"
    r"(?:\s+(?:on|in|at|last|this|earlier|by|after|before|during|following|outside|over|via)\b[^,;:“”\"]{0,40})?\s*[.!]?\s*$"
)


def told_whom(after_verb: str) -> bool:
    """Whether the words after "told" are only its listener (and a time or a channel) to the
    sentence's end: then what the subject told is the quote or clause before, not words after."""
    return _LISTENER_ENDS.match(after_verb) is not None

#: Verbs whose subject may follow them ("said Kunin"); "told CNN" names the listener instead.
INVERTIBLE = {"agrees", "agreed", "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "argued", "argues", "explained", "noted", "continued", "recalled", "warned"}

#: A passive's auxiliary right before a verb of saying ('“…,” the families were told'): its subject
#: heard the words, it did not speak them. An adverb may stand between ('was repeatedly told', 'was
#: often told', 'were once told'; not "never": 'never confirmed by officials' is no officials' word).
PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:(?:\w+ly|often|always|once|also|later|then|still|sometimes|again|even|twice)\s+)?$"
)


#: The subject pronoun of an object pronoun ("told him": he).
OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}


#: A person's spoken words as a source: "Rubio's explanations", "Ann Roe's remarks" (group 1 the
#: owner, a capitalised name).
_OWNED_WORDS = re.compile(
    r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)[’']s?\s+(?:own\s+)?(?:explanations?|remarks|words|comments|testimony|account)"
)


def source_of(word: str, mention: Mention | None) -> Mention | None:
    """The source after "according to" or "per"; after "per", which is also a rate ("$5 per the
    hour"), only one that can speak: a name, a pronoun or a description of a person, a group, an
    organisation or a document."""
    owned = _OWNED_WORDS.fullmatch(mention.text) if mention is not None and mention.kind == "description" else None
    if owned is not None:
        return Mention("name", owned.group(1))  # "according to Rubio's explanations": Rubio, not his explanations
    if word not in {"per", "as per"} or mention is None or mention.kind != "description":
        return mention
    head = mention.text.split()[-1]
    return mention if head[:1].isupper() or people_head(head) or head.lower() in SPEAKER_HEAD_NOUNS else None


#: The agent of a passive verb of saying, its "that" clause or the sentence's end after it ("was
#: told by Sen. Dan Kline that the bill was", "were told by a spokesman"; group 1 the agent).
_AGENT_OF_PASSIVE = re.compile(r"\s+by\s+([^,;:“”\"—–]{2,60}?)\s*(?:,\s*)?(?:\bthat\b[^;:“”\"]*|[.!?]\s*)?")


def passive_agent(after_verb: str) -> Mention | None:
    """Who spoke in a passive of saying ('The Ledger was told by Kline that “…”', '“…,” reporters
    were told by a spokesman.'): the agent after "by", a name or a description, else nobody."""
    agent = _AGENT_OF_PASSIVE.fullmatch(after_verb)
    mention = head_of_segment(agent.group(1)) if agent is not None else None
    if mention is None or mention.kind not in {"name", "description"}:
        return None
    head = mention.text.split()[-1]
    if mention.kind == "description" and not (
        head[:1].isupper() or people_head(head) or head.lower() in SPEAKER_HEAD_NOUNS
    ):
        return None  # "were told by the end of the week that": no one
    return mention
