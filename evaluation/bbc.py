"""Speakers on a held-out sample of BBC News quotations, labelled by hand before any score.

Why: every other speaker figure comes from corpora the rules were tuned on, or from halves of
them (PolNeAR's quarters, GGT's halves); a held-out half still shares its outlets and its
annotators' habits with the half that was read. This sample is British news of 2004–05 (the BBC
News dataset of Greene & Cunningham 2006: 2,225 articles in five category folders, as in
``dataset/data_files/`` of the public repository suraj-deshmukh/BBC-Dataset-News-Classification), labelled in
session 28 by one careful reader who had not seen our output on it.

How it was drawn: the pool is split by sha1(relative path) % 2 into a tuning half (``T.list``,
read and tuned on) and a held half (``H.list``, read only to label this sample; **nobody tunes
rules on it**). Over the H files in order, every span from an opening double quote mark to the
next mark (straight or curly; a straight mark opens after a space or bracket, since BBC copy
reopens each sentence of a long quotation and closes only the last) with at least five words
inside was a candidate (4,420 in 920 articles); 220 were drawn with ``random.Random(28)``, at
most three an article, by a stdlib script that imported nothing of ``briefing/`` (session notes,
``s28/label28/sample.py``). The labels
(``evaluation/labelled/bbc_held.tsv``: path, offset of the span's first word, its first six
words, kind, speaker; no other article text) were committed before this scorer existed.

Labelling conventions. *name*: who said the words per the text, under the fullest name the
article gives ("Rachel Lomax" where the sentence says "Ms Lomax"; titles dropped, "Lord X" kept);
a continuation (a quotation with no speaker words of its own, carried from the quotation before)
takes the kind of the words that named the speaker last. *pronoun*: the attribution is a pronoun
("he said"), resolved to its person (or to the description it stands for, "a spokesman for X").
*description*: an unnamed speaker ("an SFA spokesman", "prosecutors", "the report").
After "|", alternatives that also count: the text's own description of a named speaker ("the
judge", "the 30-year-old"), an organisation's short name ("Marsh" for Marsh & McLennan), and a
report's or letter's author ("the report|Oxfam"). *none* (no speaker in the text), *notquote*
(a slogan or title) and *unsure* (two readings) are not scored.

Scoring, one verdict per labelled item of the three scored kinds: our pipeline runs as for GGT
(``clean_blocks`` + ``find_quotes_detailed``, the eval's default options); our quote matches by
``evaluation.ggt.matched`` (token F1 >= 0.5, or pieces that together match) either the sampled
span or the whole quotation holding it (the span extended over the reopened sentences of the same
quotation, to its closing mark within the paragraph line), and must hold at least half of the
span's words; of several, the one holding most is judged by ``ggt.verdict_of`` (PolNeAR's name
test or the same description). The headline is named or described speakers (as PolNeAR's);
pronoun speakers are reported beside it. A label we find no quote for counts against recall only.
Put the pool's five category folders in one directory named by ``$BRIEFBOT_BBC_DIR`` (default:
``bbc`` beside the dev data directory); without it the section says it did not run.
"""

from __future__ import annotations

import json
from pathlib import Path

from . import Section
from .labelled_spans import (
    error_records,
    figure_lines,
    kind_counts,
    pool_dir,
    read_labels,
    recall_line,
    row,
    score,
    table_lines,
)

LABELS = Path(__file__).parent / "labelled" / "bbc_held.tsv"


def data_dir_for(dev_data: Path | None) -> Path | None:
    """``$BRIEFBOT_BBC_DIR``, else a ``bbc`` folder beside or inside the dev data (see ``pool_dir``)."""
    return pool_dir(dev_data, "BRIEFBOT_BBC_DIR", "bbc", "politics")


def evaluate(data_dir: Path) -> Section:
    title = "Quotes and speakers (BBC News, a held-out hand-labelled sample)"
    directory = data_dir_for(data_dir)
    if directory is None:
        return Section(
            title, "Not run: the BBC News folders were not found (see `evaluation/bbc.py`)."
        )
    labels = read_labels(LABELS)
    r = row(score(directory, labels))
    lines = [f"Labelled spans by kind: {kind_counts(labels)}.", "", *table_lines(r), f"\n{recall_line(r)}"]
    metrics = {f"bbc_held_{k}": round(v, 4) for k, v in r.items()}
    text = __doc__.split("\n\n", 1)[1].strip() + "\n\n" + "\n".join(lines)
    return Section(title, text, metrics)


if __name__ == "__main__":
    import sys

    from . import default_data_dir

    where = data_dir_for(default_data_dir())
    if where is None:
        raise SystemExit("no BBC data: set BRIEFBOT_BBC_DIR (see evaluation/bbc.py)")
    if sys.argv[1:2] == ["--figures"]:
        print("\n".join(figure_lines(row(score(where, read_labels(LABELS))))))
    elif sys.argv[1:2] == ["--errors"]:
        # For auditing the labels only. The sample is held out: its errors must never lead to a rule.
        for record in error_records(where, read_labels(LABELS)):
            print(json.dumps(record, ensure_ascii=False))
    else:
        raise SystemExit("usage: python -m evaluation.bbc --figures | --errors (label audits only)")
