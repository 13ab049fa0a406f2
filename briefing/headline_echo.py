"""Headline quotes take the speaker of the same words in the body: "CNN President On Trump: ‘We
Do Not Pay Candidates …’" is Jeff Zucker's when the body reads "“We do not pay candidates …,”
Zucker said".

A title-case headline says nothing with its capitals, so names in it are read against the
body's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .captions import LONG_WORD
from .found_quotes import Found
from .masked_sentences import WORD
from .mention import Mention
from .models import Block
from .names import NameRegistry
from .not_speech import is_crosshead, title_cased
from .speaker_labels import (
    opening_label,
)
from .title_resolution import AMBIGUOUS

#: A sentence end and another sentence after it: no headline.
_SENTENCE_THEN_ANOTHER = re.compile(r"[a-z][.!?][”’\"']?\s+[“‘\"]?[A-Z]")
_CAPITALISED = re.compile(r"(?<![\w’'])[A-Z][\w’'-]{3,}")


@lru_cache(maxsize=16)
def title_case(paragraph: str) -> bool:
    """A headline written in title case ("Ted Cruz Calls Trump's Plan 'Dangerous'"), where a
    capital says nothing about a name. Cached for the few paragraphs of a page: it is asked
    once per named speaker, and paragraphs with quotes are long (~1,000 characters on the dev
    pages, two regex passes each) and often hold several.

    A paragraph ending on a lower-case word outside quotation marks, or with "said" or "told" in
    lower case outside them, is prose, however many titles and names it holds ('“Diplomacy is
    not dead,” Secretary of State Helen Marsh said.', '“…,” Election Commissioner Ruth Adeyemi
    told Reuters on Sunday.'): title case capitalises these words."""
    # (the cheap test first, and the words counted only after it: most body paragraphs stop here)
    if paragraph.rstrip(" ”’\"'").endswith(".") and _SENTENCE_THEN_ANOTHER.search(paragraph):
        # 'Mayor Lee Tran's “Ten Point Plan for Safer Streets” was unveiled on Monday. “…,” said
        # Police Chief Dora Quinn.': sentences of a body paragraph, capitals of names and a title
        return False
    words = len(LONG_WORD.findall(paragraph))
    if words < 4 or len(_CAPITALISED.findall(paragraph)) < 0.7 * words:
        return False
    if _SENTENCE_CASE_QUOTE_ENDS.search(paragraph) and _sentence_case(_QUOTED.findall(paragraph)[-1]):
        # 'Former President Tom Reyes, in a post on Facebook: “A great day for America.”': a
        # round-up's entry, its names capitalised, quoting a sentence in sentence case to its end
        return False
    unquoted = _QUOTED.sub(" ", paragraph)
    return not (_LOWER_LAST_WORD.search(paragraph[-60:]) or _LOWER_SAID.search(unquoted) or _LOWER_VERB.search(unquoted))


#: A paragraph ending on a quoted sentence's full stop inside the marks: no headline's end.
_SENTENCE_CASE_QUOTE_ENDS = re.compile(r"\.[”\"]\s*$")


def _sentence_case(quote: str) -> bool:
    """Quoted words in sentence case: three words or more after the first, most in lower case
    ("A great day for America.", not "We Will Not Pay Anyone")."""
    words = re.findall(r"[^\W\d_][\w’'-]*", quote)[1:]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) < 0.5 * len(words)


#: The end of a prose paragraph: a lower-case last word outside quotation marks ("… Helen Marsh
#: said.").
_LOWER_LAST_WORD = re.compile(r"(?<![\w’'])[a-z][a-z’'-]*[.!?]?\s*$")
#: The commonest speech verbs in lower case ("… Ruth Adeyemi told Reuters on Sunday."), read
#: outside the quoted words (``_QUOTED``).
_LOWER_SAID = re.compile(r"(?<![\w’'])(?:said|says|told|tells)(?![\w’'])")
#: A lower-case word of the past tense outside the quoted words ("“Vote,” urged Lena Marr.",
#: "insisted", "pleaded"): title case capitalises verbs, so a short paragraph of a quote and two
#: names with one is prose.
_LOWER_VERB = re.compile(r"(?<![\w’'])[a-z]{3,}ed(?![\w’'])")
_QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")


def echo_headline_speakers(blocks: Sequence[Block], found: list[Found], registry: NameRegistry, body: str) -> None:
    """A headline quote without a named speaker takes the speaker of the same words quoted in the
    body: "CNN President On Trump: ‘We Do Not Pay Candidates …’" is Jeff Zucker's when the body
    reads "“We do not pay candidates …,” Zucker said". Only a headline (title case, or the
    first paragraph) echoes; a named speaker already there is kept, and a slogan ("MAKE MEXICO
    GREAT AGAIN", on a hat) is nobody's to echo. Without an echo, a role the headline names is
    the one person the body introduces with it."""
    for f in found:
        crosshead = f.paragraph > 0 and f.mention is None and is_crosshead(blocks[f.paragraph].text, f)
        if crosshead and len(WORD.findall(f.text)) >= _ECHO_MIN_WORDS:
            _echo(f, found)  # "'We're vetting VP candidates!'" between sections
    for f in found:
        if f.paragraph > 0 and not title_case(blocks[f.paragraph].text):
            break  # headlines come first
        if f.speaker is not None and (f.mention is None or f.mention.kind != "description"):
            continue
        words = WORD.findall(f.text.lower())
        if len(words) < _ECHO_MIN_WORDS:
            continue
        if _echo(f, found):
            continue
        if f.speaker is None:
            _headline_role_speaker(f, blocks[f.paragraph].text, registry, body)


def echo_pull_quotes(blocks: Sequence[Block], found: list[Found]) -> None:
    """A pull quote takes the speaker of the quote it repeats: a paragraph that is nothing but a
    quote ("“We're here to make awesome products.”") whose words run inside another paragraph's
    attributed quote ("“We're not here to show off our work, we're here to make awesome
    products,” says Hill.") is that quote's speaker's, not the speaker the paragraph before
    would hand on. Two such quotes of different speakers: no echo."""
    for f in found:
        paragraph = blocks[f.paragraph].text
        if f.span.mark_start != 0 or f.span.mark_end < len(paragraph.rstrip()):
            continue
        words = WORD.findall(f.text.lower())
        if len(words) < _PULL_MIN_WORDS:
            continue
        sources = {
            g.speaker: g
            for g in found
            if g.paragraph != f.paragraph
            and g.speaker is not None
            and g.mention is not None
            and not _NESTED_MARK.search(g.text)  # 'X writes "… 'A,' says Hout …"': whose words, unsure
            and _runs_inside(words, WORD.findall(g.text.lower()))
        }
        g = next(iter(sources.values())) if len(sources) == 1 else None
        if g is not None and len(WORD.findall(g.text)) > len(words):
            # (a whole quote repeated is a comment thread's or a recap's, whoever repeats it)
            f.mention, f.speaker, f.kind, f.verb = g.mention, g.speaker, g.kind, g.verb


#: A quote mark inside a quote's words (not an apostrophe): the quote cites someone else.
_NESTED_MARK = re.compile(r"[“”\"‘]|(?<![\w])'|'(?![\w])|(?<![\w])’|’(?![\w])")
#: A pull quote repeats at least this many words (fewer may be anyone's stock phrase).
_PULL_MIN_WORDS = 5


def _runs_inside(words: list[str], longer: list[str]) -> bool:
    """``words`` stand, in order and together, inside ``longer``."""
    n = len(words)
    return n <= len(longer) and any(longer[i : i + n] == words for i in range(len(longer) - n + 1))


def _echo(f: Found, found: list[Found]) -> bool:
    """``f`` takes the speaker of the same words quoted later in the body, if any; or, with no
    speaker of its own and five words or more, of the one speaker whose longer quote in the body
    holds them together ("‘We are in shock, horrified’: A mosque …" over "“It's the wrong thing …
    . . . We are in shock, horrified,” he said"), as a pull quote does."""
    words = WORD.findall(f.text.lower())
    later = [g for g in found if g.paragraph > f.paragraph and g.speaker is not None and not title_cased(g.text)]
    echo = next((g for g in later if WORD.findall(g.text.lower()) == words), None)
    if echo is None and f.speaker is None and len(words) >= _PULL_MIN_WORDS:  # (a description shown stays)
        holders = {g.speaker: g for g in later if not _NESTED_MARK.search(g.text) and _runs_inside(words, WORD.findall(g.text.lower()))}
        echo = next(iter(holders.values())) if len(holders) == 1 else None
    if echo is not None:
        f.mention, f.speaker, f.kind, f.verb = echo.mention, echo.speaker, echo.kind, echo.verb
    return echo is not None


def _headline_role_speaker(f: Found, headline: str, registry: NameRegistry, body: str) -> None:
    """"CNN President On Trump: ‘…’" before "CNN President Jeff Zucker …", "Mayor: ‘…’": the one
    person the body introduces with the headline's role (two such people: say nothing)."""
    if f.mention is not None and f.mention.kind == "pronoun":
        return
    role = f.mention.text if f.mention is not None else opening_label(headline)
    if not role:
        return
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.IGNORECASE)
    after_headline = body.find(headline) + len(headline)
    person = registry.resolve_title("the " + role, len(body), start=after_headline)
    if person is not None and person is not AMBIGUOUS:
        f.mention, f.speaker, f.kind = f.mention or Mention("description", role), person, "person"


#: Fewer words than this quoted in a headline may be anyone's stock phrase ("Absolutely Wrong").
_ECHO_MIN_WORDS = 4
