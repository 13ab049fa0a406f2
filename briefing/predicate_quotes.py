"""Quotes after someone's quoted words whose sentence has no speech verb of its own: who a
reader sees speaking them. Each rule runs from
``cueless_quotes.fallback_speaker``, after every verb-based rule found nothing.

- ``predicate_after_speaker``: a partial quote that is the predicate of a bare subject right after
  a quote: '“I'd have a hard time voting for him,” Rep. Tom Vance told reporters. But voters in
  his state “may well hold their noses and vote for” him.' The subject is what the speaker talks
  about, the words are the speaker's. ``quote_fallbacks.predicate_of_bare_subject`` reads the
  plainest shape ('“…,” said Aida. Biden “kind of misspoke.”'); this one reads a conjunction or a
  short fronted phrase before the subject ("But", "With the new rules,") and, after a quote
  attributed before it ('Lee said the plan “will hurt us.”'), a quote opening on a modal or an
  auxiliary ("“would…”", "“very well may…”"), a predicate for sure.
- ``names_nobody_but_a_plural``: a sentence after a quote that opens on a capitalised plural
  common noun ("Audiences can expect him to bring “…”") names nobody, as
  ``sentence_cast.names_nobody`` reads it; the capitalised word only looked like a name.

Negatives: a sentence with a verb of its own before the quote ("Kell called it “…”"), a speech
verb, a subject longer than a noun phrase, a quote opening on a capital, and a quote opening on
no modal after a quote attributed before it (the subject may answer in its own words) give no
predicate; a people group opening the sentence ("Analysts expect “…”") may speak for itself, and
a quote of fewer than four words after a plural is as often the writer's term.
"""

from __future__ import annotations

import re

from .groups import people_noun
from .masked_sentences import last_sentence
from .quote_fallbacks import noun_phrase_only
from .referents import people_group
from .sentence_cast import names_nobody, opens_on_others
from .speech_verbs import SPEECH_VERB, first_verb
from .wordlists import is_common_word

#: A conjunction or a sentence adverb opening the sentence before its subject ("But", "Still,").
_OPENING_WORD = re.compile(r"\s*(?:But|And|Yet|So|Still|Instead|Meanwhile|Now|Then)\b,?\s+")
#: A short fronted phrase set off by a comma before the subject ("With the new rules,", "In the
#: end,"): a preposition and a few words, no clause of its own (checked for a verb by the caller).
_FRONTED_PHRASE = re.compile(r"\s*(?:With|Without|In|On|At|For|By|After|Under|Given|Over)\s[^,;:]{2,40},\s+")
#: Most words of the subject (a name and its titles, a group: "voters in his state").
_SUBJECT_WORDS = 6
#: Words a predicate opens on after its subject: modals and auxiliaries ("would", "may", "has"),
#: maybe after one or two adverbs ("very well may", "still would", "simply can't").
_PREDICATE_OPENING = re.compile(
    r"(?:(?:very|well|still|also|never|just|simply|probably|likely|certainly|only|[a-z]+ly)\s+){0,2}"
    r"(?:would|will|may|might|could|can|should|must|shall|has|have|had|is|are|was|were|does|did|"
    r"won[’']t|wouldn[’']t|can[’']t|couldn[’']t|shouldn[’']t|isn[’']t|wasn[’']t|doesn[’']t|didn[’']t)(?![\w’'-])"
)


def predicate_after_speaker(between: str, quote: str, *, from_tail: bool) -> bool:
    """Whether the quote is its sentence's predicate after a bare subject, so the words are the
    speaker's of the paragraph's quote before: ``between`` is the masked paragraph from that
    quote to this one, ``quote`` this quote's text, ``from_tail`` whether that quote's speaker
    was read from the clause right after it ('“…,” Vance said.'). See the module docstring."""
    if not quote[:1].islower():
        return False
    sentence = last_sentence(between)
    if not sentence.strip() or SPEECH_VERB.search(sentence):
        return False
    opening = _OPENING_WORD.match(sentence)
    rest = sentence[opening.end() :] if opening is not None else sentence
    fronted = _FRONTED_PHRASE.match(rest)
    if fronted is not None:
        if first_verb(" " + fronted.group() + " ") is not None:
            return False
        rest = rest[fronted.end() :]
    words = rest.split()
    if not 1 <= len(words) <= _SUBJECT_WORDS or first_verb(" " + rest + " ") is not None:
        return False
    if noun_phrase_only(rest) is None:
        return False  # the whole text before the quote is one noun phrase, its subject
    plain = opening is None and fronted is None
    if plain and from_tail:
        return False  # the plainest shape is ``predicate_of_bare_subject``'s
    return from_tail or _PREDICATE_OPENING.match(quote) is not None


#: A capitalised word opening a sentence, after an optional conjunction (group 1: the word).
_FIRST_WORD = re.compile(r"\s*(?:(?:But|And|Yet|So)\s+)?([A-Z][a-z]{3,}s)(?![\w’'-])")


#: Fewest words of a quote read as the previous speaker's words here: a shorter one is as often
#: a term the writer marks ('Attitudes toward “net neutrality” …').
_SPOKEN_WORDS = 4


def names_nobody_but_a_plural(between: str, quote: str) -> bool:
    """The quote's sentence names nobody once its opening word, a plural common noun that is no
    people group ("Audiences", "Prices"), is set aside: 'Ann Vale said the show “…” Audiences can
    expect her to bring “…”' is still about Vale, as ``sentence_cast.names_nobody`` reads a
    sentence naming no one; the capitalised plural only looked like a name. Not a people group
    ("Analysts expect growth to be “…”", "Voters want “…”"): those may be the words' speakers;
    nor a quote of fewer than four words, as often a term the writer marks."""
    sentence = last_sentence(between)
    first = _FIRST_WORD.match(sentence) if len(quote.split()) >= _SPOKEN_WORDS else None
    if first is None:
        return False
    word = first.group(1).lower()
    if not is_common_word(word) or people_noun(word) or people_group(word) or opens_on_others(sentence):
        return False
    return names_nobody(" " + sentence[first.end() :])

