"""One quote as ``quote_attribution`` reads it: the text around the quote, computed once, and the
speaker and verb the stages settle in turn.

The stages of ``attribute_quotes`` (``tail_cues``, ``judges_and_signers``, ``turn_labels``,
``sentence_cues``, ``paragraph_cues``, ``turn_carrying``, ``entry_headings``,
``mention_checks``) each read a ``Reading`` and set its ``mention`` and ``verb``; a few leave a
finding the later ones need (the entry label, the judge, the words between this quote and the
one before, the previous quote whose cue goes on).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .entry_labels import EntryLabel
from .found_quotes import Found, Masks
from .masking import opens_new_entry
from .mention import Mention
from .models import Block
from .names import NameRegistry

#: Context read before a quote for its attribution; longer than any real sentence.
HEAD_CHARS = 800


@dataclass(slots=True)
class Reading:
    """A quote being attributed. The body's parts and the run's state (``last``, the last quote
    with a speaker; ``unnamed_runs``; ``inside_attribution``) are shared by the quotes of a body;
    the rest is this quote's."""

    blocks: Sequence[Block]
    body: str
    found: list[Found]
    registry: NameRegistry
    masks: Masks
    by_par: dict[int, list[Found]]
    #: the quote, and its index in ``found``
    f: Found
    fi: int
    #: its paragraph as masked, the paragraph's quotes, and its index among them
    masked: str
    siblings: list[Found]
    i: int
    #: where the next quote of the paragraph opens and the previous one closes (masked offsets)
    nxt: int
    prv: int
    same_par_prev: Found | None
    #: the paragraph opens on a time stamp or a signpost: a new entry, not the story going on
    stamped: bool
    #: the quote opens its paragraph
    at_start: bool
    #: the quote's words as written, its closing stop ("." "!" "?" or ""), and the masked text
    #: before it (at most ``HEAD_CHARS``)
    inner: str
    ended: str
    head: str
    #: the quote ends on a comma, a question or an exclamation: words someone uttered
    utterance: bool
    last: Found | None
    unnamed_runs: set[int]
    inside_attribution: set[int]
    entry: EntryLabel | None = None
    labelled_entry: bool = False
    mention: Mention | None = None
    verb: str | None = None
    judged: bool = False
    judge: Mention | None = None
    #: the verb of the cue after the quote, kept when the reading before the quote drops it
    tail_verb: str | None = None
    #: the masked words between the previous quote of the paragraph (or its start) and this one
    between: str = ""
    #: the previous quote of the paragraph, whose cue goes on over this one
    continued: Found | None = None
    #: the quote has a speech verb of its own (it does not continue a quote)
    own_verb: bool = False
    #: the quote may stand in a run-in heading
    heading_quote: bool = False

    def proper(self, name: str) -> bool:
        """``name`` is a person's name the body knows (``NameRegistry.is_proper_name``, strict):
        a known person, or a name of one word that resolves to a fuller one."""
        return self.registry.is_proper_name(name, self.f.start, strict=True)


def read_quote(
    blocks: Sequence[Block],
    body: str,
    found: list[Found],
    registry: NameRegistry,
    masks: Masks,
    by_par: dict[int, list[Found]],
    fi: int,
    i: int,
    last: Found | None,
    unnamed_runs: set[int],
    inside_attribution: set[int],
) -> Reading:
    """The text around quote ``found[fi]``, the ``i``-th of its paragraph, as every stage reads it."""
    f = found[fi]
    masked = masks[f.paragraph]
    siblings = by_par[f.paragraph]
    nxt = siblings[i + 1].span.mark_start if i + 1 < len(siblings) else len(masked)
    # (a quote read inside the attribution of the one before it, '“…,” said Ann Roe, author of a
    # book called “Crooked Town.”', is no turn of its own: the quote after it follows Roe's)
    last_turn = i - 1  # the index of the last quote before this one that is a turn of its own
    while last_turn >= 0 and id(siblings[last_turn]) in inside_attribution:
        last_turn -= 1
    prv = siblings[last_turn].span.mark_end if last_turn >= 0 else 0
    same_par_prev = siblings[last_turn] if last_turn >= 0 else None
    # a live blog's time stamp or an explainer's signpost is blanked like a dateline, but its
    # entry is no story's next paragraph: a lone quote there does not go on with the entry
    # before ('3:40 p.m.: “…”', 'Between the lines: “…”')
    stamped = opens_new_entry(blocks[f.paragraph].text)
    at_start = i == 0 and not masked[: f.span.mark_start].strip() and not stamped
    inner = blocks[f.paragraph].text[f.span.start : f.span.end].rstrip()
    # "... at 10 a.m.," continues; a quote inside the quote may close it ("… or we will come
    # after you.'”): its own closing mark stands after the stop
    last_char = inner.rstrip("'’").rstrip()[-1:]
    ended = last_char if last_char in {".", "!", "?"} else ""
    # a sentence is never longer than HEAD_CHARS: keeps long paragraphs of quotes linear
    head = masked[max(0, f.span.mark_start - HEAD_CHARS) : f.span.mark_start]
    # (also a comma inside a quote the quote closes: '“… he said, ‘never again,’” jokes Groene')
    utterance = inner.rstrip("'’")[-1:] in ",?!" or masked[f.span.mark_end : f.span.mark_end + 1] == ","
    return Reading(
        blocks, body, found, registry, masks, by_par, f, fi, masked, siblings, i, nxt, prv, same_par_prev,
        stamped, at_start, inner, ended, head, utterance, last, unnamed_runs, inside_attribution,
    )
