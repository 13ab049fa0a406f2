"""Phrases that open a sentence before its subject and are never part of it, read by
``sentence_subjects.leading_np`` before it cuts the sentence into comma pieces or while it reads
the first one: a time phrase that is the whole first piece ("Early last week, …"), the channel of
the words without its comma ("In a statement Google said"), a participle with a named object
("Praising Tom Kell for his efforts, …") and a tweet's time stamp ("[0745 EST] - Melania, …").

Moved out of ``sentence_subjects`` as they were (session 32), so that module stays readable;
none reads a subject itself.
"""

from __future__ import annotations

import re

from .appositives import TIME_BEFORE_SUBJECT
from .given_names import given_name_gender
from .organisation_names import STRIP
from .wordlists import is_common_word


def whole_time_phrase(piece: str) -> bool:
    """``piece`` is all a time phrase that may open a sentence ("Early last week", "Late on
    Tuesday"), read by ``TIME_BEFORE_SUBJECT`` as if the subject came next."""
    words = piece.strip(STRIP)
    timed = TIME_BEFORE_SUBJECT.match(f"{words} X")
    return timed is not None and timed.end() == len(words) + 1


#: The channel of the words opening the sentence without its comma, before a capitalised or
#: determined subject ("In a statement Google said", "In a statement the union said", "In Ann Roe's book Mr Brown is said to have told"): it closes as
#: a time phrase would, before the subject.
CHANNEL_OPENER = re.compile(
    r"\s*in\s+(?:a|an|the|its|his|her|their|(?-i:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w-]*[’']s))\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:statement|interview|letter|post|tweet|email|e-mail|release|speech|note|memo|filing|blog\s+post|book|memoir|article|column|op-ed)"
    r"\s+(?=(?-i:[A-Z])|(?:the|a|an)\s)",
    re.IGNORECASE,
)


#: Words going on after a participle's named object ("Praising Tom Kell for his efforts"); a noun
#: there makes the capitals its modifiers ("Leading British economists").
_AFTER_PARTICIPLE_OBJECT = frozenset("for on at in with about over to after as during from by into and".split())


def participle_before_name(words: list[str]) -> bool:
    """``words`` open on a present participle whose object is a name ("Praising Tom Kell for his
    efforts"): a phrase before the subject, not a name run opening on a name in -ing ("Fleming
    Ross", "Manning Marable, the historian,"), which is no common word or goes on in no preposition.
    "Leading British economists" is a noun phrase."""
    first = words[0]
    return (
        len(words) > 1
        and first.endswith("ing")
        and first[:1].isupper()
        and words[1][:1].isupper()
        and is_common_word(first.lower())
        and given_name_gender(f"{first} X") is None
        and next((w for w in words[2:] if w[:1].islower()), "") in _AFTER_PARTICIPLE_OBJECT  # "… for their efforts"
    )


#: A tweet's time stamp opening a sentence in a wire story's list of a president's tweets ("… of
#: control! [0745 EST] - Melania, our great First Lady, …"): when, never part of the subject.
TWEET_STAMP = re.compile(r"(?:^|(?<=[.!?”\"…])\s+)\[\d{1,2}:?\d{2}\s+(?:EST|EDT|ET|GMT|UTC|BST|CET)\]\s*[—–-]+\s+")
