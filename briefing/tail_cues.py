"""The tail cue of a closed quote, and the tests that overrule it, for ``quote_attribution``.

A quote's cue is looked for first after it ('“…,” Roe said', ``tail_attribution``); the words
after the quote may instead introduce the next quote, go on with a main clause's predicate, set off
a post, or start the next sentence, and a cue that is the reporter's gives way to the speaker's
own verb before the quote. A bare quote's speaker may be the sentence after, pointing back.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clause_readings import quote_in_subordinate_clause
from .cue_vetoes import claim_about_quoted, cue_then_run_on, introduced_before
from .found_quotes import Found, Masks
from .masked_sentences import WORD, first_sentence, last_sentence
from .mention import Mention
from .models import Block
from .not_speech import (
    modifies_noun_after,
    quote_as_noun_phrase,
    title_before_own_content,
    title_cased,
)
from .opening_sources import inside_fronted_phrase
from .points_back import points_back_source
from .quote_reading import Reading
from .reporter_cues import speaker_before_reporter
from .speaker_turns import introduced_surname_at, relative_cue_at_end, speaking_head, verbless_frame
from .speech_verbs import SPEECH_VERB
from .tail_attribution import attribution_after_question, introduces_next_quote, tail_attribution
from .word_owners import owned_post_before

#: Longest quote (in words) that may sit inside the attribution clause of the quote before it.
_INSIDE_ATTRIBUTION_WORDS = 3


#: A comma and a lower-case word after a quote: a predicate going on, or a cue ("he said").
_LOWER_AFTER = re.compile(r"\s*,\s+([a-z][\w’']*)")
#: Lower-case words opening a cue after a quote, no predicate of a main clause.
_CUE_OPENERS = frozenset("he she they it we i you according and or but as".split())


def _main_predicate_after(tail: str) -> bool:
    """The words after a quote's closing mark go on with a main clause's predicate (", doesn't
    pretend that …", ", is expected to …"), not a cue of the quote (", he said", ", said Roe")."""
    after = _LOWER_AFTER.match(tail)
    return after is not None and after.group(1) not in _CUE_OPENERS and SPEECH_VERB.fullmatch(after.group(1)) is None


def _pointed_back(blocks: Sequence[Block], masks: Masks, f: Found, head: str, inner: str, turn_before: bool) -> Mention | None:
    """The speaker named by the sentence after a quote that is a sentence of its own, pointing
    back at it (``points_back``): the rest of its paragraph, or the next paragraph when the quote
    ends its own. Not for a quote inside a sentence ("Roe called it “…”. Her remarks came …").
    After a paragraph with a quote (``turn_before``), a description there is the speaker of that
    quote described again ('“…,” District Attorney Ann Roe said. ¶ “…” ¶ The prosecutor was
    referring to …'): the turn carried over names her, the description would not."""
    if last_sentence(head).strip() or inner.rstrip()[-1:] not in {".", "!", "?"}:
        return None
    following = masks[f.paragraph][f.span.mark_end :]
    if not following.strip() and f.paragraph + 1 < len(blocks) and blocks[f.paragraph + 1].kind == "paragraph":
        following = masks[f.paragraph + 1]
    mention = points_back_source(following, question=inner.rstrip()[-1:] == "?")
    return None if mention is not None and mention.kind == "description" and turn_before else mention


def _short_quote_inside(siblings: list[Found], i: int, masked: str) -> bool:
    """The next quote of the paragraph is a few words quoted inside this quote's attribution
    clause ('"…," Bill Eastland, wearing a cowboy hat and "Ted Cruz" pins, said'): no sentence end
    between, and it ends no sentence itself."""
    if i + 1 >= len(siblings):
        return False
    nxt = siblings[i + 1]
    between = masked[siblings[i].span.mark_end : nxt.span.mark_start]
    short = len(WORD.findall(nxt.text)) <= _INSIDE_ATTRIBUTION_WORDS and nxt.text.rstrip()[-1:] not in ".!?"
    return short and WORD.search(between) is not None and first_sentence(between) == between


def _after_next(siblings: list[Found], i: int, masked: str) -> int:
    return siblings[i + 2].span.mark_start if i + 2 < len(siblings) else len(masked)


#: Nothing but a dash between two quotes ('“B!” – “and C.”').
DASH_ONLY = re.compile(r"\s*(?:[—–]|--?)\s*")


#: A work's naming verb ending the text before the next quote ("a book called", "a film titled:").
_TITLE_NAMED = re.compile(r"\b(?:called|titled|entitled)\s*[,:]?\s*$")


def read_tail_cue(r: Reading) -> None:
    """The cue after the quote ('“…,” Roe said'), read first, then the tests that overrule it
    in their order: the words after the quote that introduce the next quote, go on with a main
    clause, set off a post, use the quote as a noun phrase or a title, or start the next sentence;
    a reporter's cue giving way to the speaker's own verb before the quote; the sentence after a
    bare quote pointing back at it; a quote inside a subordinate clause. Sets ``r.mention`` and
    ``r.verb``; a short quote read inside this one's cue is marked nobody's."""
    f = r.f
    r.mention, r.verb = (
        tail_attribution(
            r.masked[f.span.mark_end : r.nxt],
            r.ended,
            utterance=r.utterance,
            title=title_cased(r.inner.rstrip(",")),
            opens_sentence=not last_sentence(r.head).strip(),
        )
        if f.span.closed
        else (None, None)
    )
    if r.mention is None and r.verb is None and f.span.closed and not r.ended and not last_sentence(r.head).strip():
        # '“…” of the child credit? Rubio said.': the question the quote opened is Rubio's
        r.mention, r.verb = attribution_after_question(r.masked[f.span.mark_end : r.nxt])
    if r.mention is not None and not r.utterance and introduces_next_quote(r.masked[f.span.mark_end : r.nxt]):
        r.mention, r.verb = None, None  # '- Ann Weller: “A” [Twitter] - Tom Reyes responds: “B”': B's introduction
    if r.mention is not None and _main_predicate_after(r.masked[f.span.mark_end : r.nxt]) and relative_cue_at_end(last_sentence(r.head)):
        # 'Raskin, who brags “…”, doesn't pretend that his campaign will continue': the quote
        # closes a relative clause on the sentence's subject, whose own predicate follows; no
        # cue of the quote's, whose speaker is the relative's antecedent (read before it)
        r.mention, r.verb = None, None
    if r.mention is None and r.verb is None and f.span.closed and r.at_start and r.i + 1 < len(r.siblings) and r.utterance:
        # '“The mayor did not write it,” a former clerk who saw the letter, “so someone else
        # did.”': the cue's verb left out, the phrase between the two halves is the speaker
        r.mention = verbless_frame(r.masked[f.span.mark_end : r.nxt], r.siblings[r.i + 1].text)
    if r.mention is not None and DASH_ONLY.match(r.masked[f.span.mark_end : r.nxt]) and owned_post_before(r.head)[1] in {"—", "–", "-", "--"}:
        r.mention, r.verb = None, None  # 'Sen. Ali Shah's tweet — “…” — drew replies': the dashes set off the post
    if r.mention is None and r.verb is None and f.span.closed and not title_cased(f.text) and _short_quote_inside(r.siblings, r.i, r.masked):
        # '"…," Bill Eastland, wearing a "Ted Cruz" pin, said.': a name quoted inside the attribution
        r.mention, r.verb = tail_attribution(r.masked[f.span.mark_end : _after_next(r.siblings, r.i, r.masked)], r.ended)
        if r.mention is not None:
            r.inside_attribution.add(id(r.siblings[r.i + 1]))
    if r.mention is not None and r.i + 1 < len(r.siblings) and _TITLE_NAMED.search(r.masked[f.span.mark_end : r.nxt]) and title_cased(r.siblings[r.i + 1].text.rstrip(".,")):
        # '“…,” said Ann Roe, author of a book called “Crooked Town.” “…”': the title is named
        # inside the attribution, nobody's words; the quote after it goes on with Roe's turn
        r.inside_attribution.add(id(r.siblings[r.i + 1]))
    if r.mention is not None and not speaking_head(r.mention) and quote_as_noun_phrase(r.head, r.inner, r.masked[f.span.mark_end : r.nxt]):
        r.mention, r.verb = None, None  # '“The Crown” tells the story of …': the quote is the subject
    if r.mention is not None and modifies_noun_after(r.head, r.inner, r.masked[f.span.mark_end : r.nxt], r.mention, r.verb):
        r.mention, r.verb = None, None  # 'attacked “desperate” US reporters, questioning': the noun it modifies
    if r.mention is not None and title_before_own_content(r.inner, r.masked[f.span.mark_end : r.nxt]):
        r.mention, r.verb = None, None  # 'In “Kell's Warning Signs,” a new book, the author argues the …'
    if r.mention is not None and inside_fronted_phrase(last_sentence(r.head), r.masked[f.span.mark_end : r.nxt]):
        r.mention, r.verb = None, None  # 'Amid calls for “…”, Ann Weller resigned.': the main clause, no cue
    if r.mention is not None and claim_about_quoted(r.masked[f.span.mark_end : r.nxt]):
        r.mention, r.verb = None, None  # 'mocked “…”, an event that Weller says led her to …': her claim on the event
    if r.mention is not None and cue_then_run_on(r.head, r.inner, r.masked[f.span.mark_end : r.nxt]):
        r.mention, r.verb = None, None  # '… she angrily said, “…” about her record, Ames jabbed at Kell'
    if r.mention is not None and r.ended in {"?", "!", "."} and introduced_before(r.head, r.masked[f.span.mark_end : r.nxt]):
        # 'Park asked the mayor, “Where is the money?” Reeves replied, “…”', 'Trump attacked
        # Romney, calling him “a failed candidate.” Romney fired back in March.': after its own
        # cue, the quote ends the sentence; the capitalised clause is the next one's
        r.mention, r.verb = None, None
    if r.mention is not None and r.verb is not None and f.span.closed:
        # 'Kline told donors “…,” the Ledger reported': the tail names who reported the words;
        # the verb the quote completes names who said them
        own = speaker_before_reporter(r.head, r.masked[r.prv : f.span.mark_start], r.verb.lower())
        if own is not None:
            r.mention, r.verb = own
    if r.mention is None and r.verb is not None:
        r.mention = introduced_surname_at(r.masked[f.span.mark_end : r.nxt], f.start, r.registry)
    if r.mention is None and r.verb is None and r.same_par_prev is None and f.span.closed and not title_cased(f.text):
        # '“…” That is how Ann Roe put it.', '“…”' / 'He made the remarks at a rally.': the
        # sentence after names the speaker, before any earlier speaker's turn is carried over
        r.mention = _pointed_back(r.blocks, r.masks, f, r.head, r.inner, turn_before=f.paragraph - 1 in r.by_par)
    if r.mention is not None and quote_in_subordinate_clause(r.head):
        r.mention, r.verb = None, None  # "While Tran insisted that “…”, the numbers told another story"
