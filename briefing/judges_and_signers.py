"""Who judged or signed a quote, for ``quote_attribution``: read after the tail cue, before the
quote's own sentence.

A quote the sentence frames as someone's verdict ('described by Rep. Dana Kline as “…”') is the
judge's, whatever the cue around it says; a quote with no cue may be signed ('“…” — Governor
Maria Lenz'), by a signature the collector kept or a dash line after it.
"""

from __future__ import annotations

from .colon_intros import handed_the_word
from .entry_labels import signature_before_next
from .judging_frames import judging_frame, judging_with_object
from .masked_sentences import last_sentence
from .quote_collection import can_sign
from .quote_reading import Reading
from .quote_signatures import signed_after
from .speaker_heads import head_of_segment
from .speech_verbs import SPEECH_VERB


def read_judge(r: Reading) -> None:
    """Who judged the thing the quote names ('described by Rep. Dana Kline as “…”', 'a plan
    critics dismissed as “…”', 'It fell to Sen. Ann Weller to explain the defeat:'): that one,
    not the sentence's subject nor a later verb's, speaks. Sets ``r.judged`` and ``r.judge`` (the
    final checks read both)."""
    f = r.f
    r.judged, r.judge = judging_frame(last_sentence(r.head), r.masked[f.span.mark_end : r.nxt]) if f.span.closed else (False, None)
    if not r.judged and r.mention is None and f.span.closed:
        r.judged, r.judge = judging_with_object(last_sentence(r.head), r.masked[f.span.mark_end : r.nxt])
    if r.judge is None and last_sentence(r.head).rstrip().endswith(":"):
        # 'It fell to Sen. Ann Weller to explain the defeat:': the one handed the word, not "it"
        r.judge = handed_the_word(last_sentence(r.head))
    if r.judge is not None:
        # 'The bill, described by Rep. Dana Kline as “…”, passed', 'a plan critics dismissed as
        # “…”': the one who judged the thing, not the sentence's subject or a later verb's
        r.mention, r.verb = r.judge, None


def read_signature(r: Reading) -> None:
    """A quote signed rather than cued: the signature the collector kept, a '— Name' after the
    paragraph's last quote, or a signed list run into one paragraph. Never over a round-up's
    labelled entry, nor after a speech verb in the sentence before the quote."""
    f = r.f
    signer = f.signature.split(",")[0] if f.signature is not None else ""  # "Ben Jealous, NAACP"
    if r.mention is None and signer and can_sign(signer) and not r.labelled_entry:
        r.mention = head_of_segment(signer)
    if r.mention is None and f.span.closed and not r.labelled_entry:
        cued = SPEECH_VERB.search(last_sentence(r.head)) is not None  # (read once: both tests below ask)
        if r.i + 1 == len(r.siblings) and not cued:
            # '"…" — Governor Maria Lenz'; not the reporter's sign-off closing a news digest item
            # ('Rajoy said that he will "…" and insisted that "…"--Kim Hjelmgaard.')
            r.mention = signed_after(r.masked[f.span.mark_end :])
        if r.mention is None and not cued:
            # '“A” — Ann Weller [Twitter] “B” — Tom Reyes [Facebook]': a signed list run into one paragraph
            r.mention = signature_before_next(r.masked[f.span.mark_end : r.nxt], r.body)
