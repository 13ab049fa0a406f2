"""Last-resort speakers for quotes without a speech verb around them.

Kept apart from ``attribution.py`` (which reads "X said" clauses) because these rules guess
from news conventions rather than read an attribution: each runs only when every verb-based
rule in ``quotes._attribute`` found nothing, and never for titles of works.
"""

from __future__ import annotations

import re

from .attribution import (
    WORD,
    first_sentence,
    head_attribution,
    last_sentence,
    split_masked,
    tail_attribution,
)
from .name_cleaning import NAME_RUN, clean_name
from .speaker_kinds import head_noun
from .speakers import SPEECH_VERB, Mention, leading_np
from .speech_lexicon import DOCUMENT_NOUNS, ORGANISATION_NOUNS

#: Words allowed before the speech verb of a next-paragraph attribution ("Jones, the mayor,
#: said in a statement"): a short subject, not a sentence that merely mentions speech.
_NEXT_SUBJECT_WORDS = 6
_QUOTE_CHARS = '“”"‘«»·'


def verbless_subject(between: str) -> Mention | None:
    """'Clinton compared the president to “…”': the subject of the quote's own sentence.

    ``between`` is the masked paragraph from the previous quote (or paragraph start) to this
    quote. A name or he/she counts; so do "it" and a document ("The ad targets a “corrupt
    system”", "It blamed “weak demand”") when a verb of their own follows, not "is" or "was":
    "The plan is “a disaster”" and "It was “unacceptable”" name no speaker.
    """
    sentence = last_sentence(between)
    if not WORD.search(sentence) or SPEECH_VERB.search(sentence):
        return None  # a speech verb that gave no speaker ('Reporters were told that "…"')
    mention = leading_np(sentence)
    if mention is None:
        return None
    if not WORD.search(sentence[sentence.lower().rfind(mention.text.lower()) + len(mention.text) :]):
        return None  # 'Biden “kind of misspoke.”': the quote is the predicate, about its subject
    if mention.kind == "name" or mention.kind == "pronoun" and mention.text in {"he", "she"}:
        return mention
    document = mention.kind == "description" and head_noun(mention.text) in DOCUMENT_NOUNS
    if document and _acts(sentence, mention):
        return mention
    if mention.kind == "pronoun" and mention.text == "it" and _acts(sentence, mention, past=True):
        return mention  # "It blamed “…”", not "It takes “…”"
    return None


#: Verbs after which a subject only describes ("The plan is …", "It would be …").
_COPULAS = set("is was are were be been being has had have will would could can may might seems appears remains".split())


def _acts(sentence: str, subject: Mention, *, past: bool = False) -> bool:
    """The word after ``subject`` in ``sentence`` is a verb of its own (with ``past``, one in
    -ed, the narrative past), not a copula."""
    at = sentence.lower().find(subject.text.lower())
    after = sentence[at + len(subject.text) :].split()[:1] if at >= 0 else []
    if not after or not after[0].islower() or after[0] in _COPULAS or after[0].startswith(("’", "'")):
        return False
    return after[0].endswith("ed") or not past


def names_nobody(between: str) -> bool:
    """True when the sentence of a quote, after the paragraph's previous quote, names no one.

    Then the paragraph is still about the person quoted before:
    '“A,” Smith said. The plan, costing $5bn, was “a disaster for the town”.'
    """
    sentence = last_sentence(between)  # the previous quote's own "Smith said." is not new
    return not any(clean_name(m.group()) for m in NAME_RUN.finditer(sentence))


def next_paragraph_speaker(
    paragraph: str, next_paragraph: str
) -> tuple[Mention | None, str | None]:
    """A quote-only paragraph attributed at the start of the next one.

    '“We will not back down.”' / 'Jones, the mayor, said the town would appeal.' -> Jones.
    ``paragraph`` is the quote's paragraph masked; it must hold nothing but quotes, and the
    next paragraph must open with a short subject and a speech verb (no quote before it).
    """
    if WORD.search(paragraph):
        return None, None
    sentence = first_sentence(next_paragraph)
    verb = SPEECH_VERB.search(sentence)
    if verb is None or verb.group().lower().endswith("ing"):
        return None, None
    before = sentence[: verb.start()]
    if any(c in before for c in _QUOTE_CHARS) or len(WORD.findall(before)) > _NEXT_SUBJECT_WORDS:
        return None, None
    return tail_attribution(" " + next_paragraph, "")


def previous_paragraph_speaker(previous: str, paragraph: str) -> tuple[Mention | None, str | None]:
    """A quote-only paragraph after a paragraph that ends by reporting someone's words.

    'Councillor Dana Vance praised the mayor's leadership.' / '“We need someone who …”' -> Vance;
    'Senator Ray Kell spoke only in slogans.' / '“We have to be tougher.”' -> Kell. Both
    paragraphs are masked; the quote's must hold nothing but quotes, and the previous
    paragraph's last sentence must have a speech verb with a subject. (An attributed quote in the
    previous paragraph hands its speaker on by its own, earlier rule.)
    """
    if WORD.search(paragraph):
        return None, None
    sentences = split_masked(previous.strip())
    if not sentences or not SPEECH_VERB.search(sentences[-1]):
        return None, None
    mention, verb = head_attribution(sentences[-1].rstrip(" .!?") + " ", "", None)
    if mention is None or verb is None or verb.startswith("ask"):
        return None, None  # "Reporters asked Smith about the plan." / "“…”" is Smith's answer
    person = mention.kind == "name" or mention.kind == "pronoun" and mention.text in {"he", "she"}
    head = mention.text.split()[-1] if mention.kind == "description" else ""
    organisation = head_noun(head) in ORGANISATION_NOUNS or head.isupper()  # "the union", "the DNC"
    return (mention, verb) if person or organisation else (None, None)


_OPENING_QUOTE = re.compile(r"\s*[“\"‘][^”\"’]*?([.!?]?)[”\"’]")


def previous_subject(previous: str) -> Mention | None:
    """The subject of a (masked) paragraph's last sentence, when it is a name."""
    sentences = split_masked(previous.strip())
    subject = leading_np(sentences[-1]) if sentences else None
    return subject if subject is not None and subject.kind == "name" else None


def next_quote_speaker(next_paragraph: str) -> Mention | None:
    """The named speaker of a quote opening the next (masked) paragraph: '“…,” Hale notes.'"""
    match = _OPENING_QUOTE.match(next_paragraph)
    if match is None:
        return None
    mention, _ = tail_attribution(next_paragraph[match.end() :], match.group(1))
    return mention if mention is not None and mention.kind == "name" else None
