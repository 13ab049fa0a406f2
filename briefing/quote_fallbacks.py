"""Last-resort speakers for quotes without a speech verb around them.

Kept apart from ``attribution.py`` (which reads "X said" clauses) because these rules guess
from news conventions rather than read an attribution: each runs only when every verb-based
rule in ``quotes._attribute`` found nothing, and never for titles of works.
"""

from __future__ import annotations

from .attribution import WORD, first_sentence, last_sentence, tail_attribution
from .name_cleaning import NAME_RUN, clean_name
from .speaker_kinds import head_noun
from .speakers import SPEECH_VERB, Mention, leading_np
from .speech_lexicon import DOCUMENT_NOUNS

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
    if mention.kind == "name" or mention.kind == "pronoun" and mention.text in {"he", "she"}:
        return mention
    document = mention.kind == "description" and head_noun(mention.text) in DOCUMENT_NOUNS
    if (document or mention.kind == "pronoun" and mention.text == "it") and _acts(sentence, mention):
        return mention
    return None


#: Verbs after which a subject only describes ("The plan is …", "It would be …").
_COPULAS = set("is was are were be been being has had have will would could can may might seems appears remains".split())


def _acts(sentence: str, subject: Mention) -> bool:
    """The word after ``subject`` in ``sentence`` is a verb of its own, not a copula."""
    at = sentence.lower().find(subject.text.lower())
    after = sentence[at + len(subject.text) :].split()[:1] if at >= 0 else []
    return bool(after) and after[0].islower() and after[0].strip("’'") not in _COPULAS and not after[0].startswith(("’", "'"))


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
