"""Entry labels and headings, for ``quote_attribution``: a round-up's entry label
('- Ann Weller: “…”') and a live blog's run-in heading ('TRUMP “…”', 'Sanders: “…”').

The label of an entry is read early and kept aside: the cues around the quote come first, and the
label then names the speaker, or nobody (never the one whose label opened the run). A heading
is read late, after the quote's sentence and the paragraphs around it named nobody.
"""

from __future__ import annotations

import re

from .colon_intros import colon_speaker, dash_speaker
from .cue_vetoes import cited_in_turn, cues_someone_else
from .entry_labels import entry_label
from .found_quotes import Found
from .heading_labels import heading_label, heading_sentence
from .masked_sentences import WORD, last_sentence
from .quote_reading import HEAD_CHARS, Reading
from .speaker_labels import ACRONYM_LETTERS, label_mention
from .wordlists import is_common_word

#: A line that ends as a heading does, on a word (no stop, colon, comma or quote mark).
_CROSSHEAD_END = re.compile(r"[\w’')]\s*$")
#: The sentence going on after a quote in lower case ('Clinton’s stock answer — “…” — is likely to
#: be repeated'): the quote is inside a sentence, no heading's entry.
_SENTENCE_GOES_ON = re.compile(r"\s*(?:[—–,;]|--)?\s*[a-z]")
#: A possessive right before a quote mark: "REYES’S ‘LOSERS’ REMARK".
_POSSESSIVE_AT_END = re.compile(r"\w[’'][sS]?\s*$")
#: Most words of a scare quote inside a heading ("CLINTON’S ‘DEPLORABLES’ REMARK").
_SCARE_QUOTE_WORDS = 3


def _scare_quotes_only(before: list[Found]) -> bool:
    """The quotes before one in its paragraph are all a few words, set in its heading."""
    return all(len(q.text.split()) <= _SCARE_QUOTE_WORDS for q in before)


def read_entry(r: Reading) -> None:
    """The label of a round-up's entry the quote opens ('- Ann Weller: “…”'), set aside on
    ``r.entry`` for the readers after the cues around the quote: it names the speaker, or (a label
    naming no one) says the entry is nobody's we can tell. A scare quote set in a heading
    ('REYES’S ‘LOSERS’ REMARK: “…”') ends no entry."""
    f = r.f
    # 'Here is how lawmakers reacted: - Ann Weller: “A” [Twitter] - Tom Reyes: “B”': the label of
    # a round-up's entry is its speaker, or nobody it names (never the one whose label opens
    # the run); read below, after the cues around the quote
    r.entry = entry_label(last_sentence(r.head), f.text, r.body)
    if r.entry is not None and r.entry.speaker is None and r.same_par_prev is not None and _scare_quotes_only(r.siblings[:r.i]) and (
        _POSSESSIVE_AT_END.search(r.masked[: r.same_par_prev.span.mark_start])
    ):
        r.entry = None  # 'REYES’S ‘LOSERS’ REMARK: “…”': the scare quote is the heading's, no entry ends there
    r.labelled_entry = r.entry is not None and r.entry.speaker is not None


def read_heading(r: Reading) -> None:
    """A live blog's run-in heading or a label line before the quote ('TRUMP “…”', 'Sanders:
    Endorsements prove “…”', 'Sen. Ann Weller (D-Ore.) — “…”', a heading on its own line above):
    the person it names, as the body writes them; not a word of the language, nor a cue inside a
    transcript's turn naming someone else or a sign."""
    f = r.f
    r.heading_quote = f.span.mark_start < HEAD_CHARS and not _SENTENCE_GOES_ON.match(r.masked, f.span.mark_end)
    if r.mention is None and r.heading_quote and heading_sentence(r.head, last_sentence(r.head)) and _scare_quotes_only(r.siblings[:r.i]):
        # a live blog's run-in heading: 'TRUMP “…”', 'CLINTON’S ‘DEPLORABLES’ REMARK “…”', 'The Trump
        # response: “…”' (as written, with what the masks blank, a time stamp or a party tag, left
        # out; a heading shaped like a dateline, 'WELLER —', is blanked whole and read as written)
        written = r.blocks[f.paragraph].text[: f.span.mark_start]
        blanked = "".join(" " if m == " " else c for c, m in zip(written, r.head, strict=True))
        r.mention = heading_label(blanked if blanked.strip() else written, f.text, r.body)
    if r.mention is None and r.entry is None:
        r.mention = colon_speaker(last_sentence(r.head))  # "Sanders: Endorsements prove …", "Ryan: ‘A’ Have ‘B’"
        if r.mention is not None and r.mention.text.isupper() and len(r.mention.text) > ACRONYM_LETTERS:
            # a transcript's 'DIAZ: I said “…”' (as "Diaz"), not a dateline's 'WASHINGTON: “…”'
            r.mention = label_mention(r.mention.text, f.paragraph, r.blocks, r.body)
        elif r.mention is not None and " " not in r.mention.text and is_common_word(r.mention.text):
            # 'Overheard: “…”', 'Quotable: “…”': a word of the language, a speaker only as a
            # transcript's turn or a name the body writes in full ('Trump:' after 'Donald Trump')
            r.mention = label_mention(r.mention.text, f.paragraph, r.blocks, r.body)
        if r.mention is not None and cues_someone_else(last_sentence(r.head)):
            r.mention = None  # 'REYES: Mayor, you said in March it was “balanced.”': the mayor's word
        elif r.mention is not None and cited_in_turn(last_sentence(r.head), f.paragraph, r.blocks):
            r.mention = None  # 'REYES: There's a sign outside that reads “…”': the sign's words
    if r.mention is None and r.i == 0:
        r.mention = dash_speaker(r.head)  # "Sen. Ann Weller (D-Ore.) — “…”" in a round-up
    if r.mention is None and r.at_start and r.heading_quote and not WORD.search(r.masked) and f.paragraph > 0 and _CROSSHEAD_END.search(r.blocks[f.paragraph - 1].text):
        # the same heading set on its own line over the entry's quote: 'TRUMP ON THE WALL' / '“…”'
        r.mention = heading_label(r.blocks[f.paragraph - 1].text, f.text, r.body, own_line=True)
