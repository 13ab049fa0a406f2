"""Speakers on hand-labelled samples of US political news (2015–16), a tuning half and a held half.

Why: PolNeAR's held-out quarter (US news of the 2016 campaign) leaves more quotes without a
speaker than the quarters we read, and no rule written on those quarters has moved it for several
sessions. This is the same kind of news from other outlets and annotators (built by
``evaluation/uspol_pool.py``: 179 articles of the "This Just In" sets and the fake_or_real_news
sample, any article sharing text with PolNeAR left out unread), split by sha1(file name) % 2 into
a tuning half (read; rules may be written from it) and a held half (read only to label it;
**nobody tunes rules on it**). Both samples were drawn and labelled in session 36 by one reader
who had not seen our output on either half, before this scorer first ran on them.

How they were drawn: over each half's files in order, every span from an opening double quote
mark to the next mark (a straight mark opens after a space or bracket) with at least five words
inside and no paragraph break is a candidate (683 in the tuning half, 676 in the held half); 180
were drawn from each with ``random.Random(36)`` (tuning) or ``random.Random(3636)`` (held), at
most three an article, by a stdlib script that imported nothing of ``briefing/``. Labelling
conventions, matching and scoring are those of the BBC sample (``evaluation/bbc.py``,
``evaluation/labelled_spans.py``); the headline is named or described speakers, pronoun speakers
beside it. Put the pool in a directory named by ``$BRIEFBOT_USPOL_DIR`` (default: ``uspol`` beside
the dev data directory); without it the section says it did not run.
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

LABELLED = Path(__file__).parent / "labelled"
HALVES = {"tuning": LABELLED / "uspol_tuning.tsv", "held": LABELLED / "uspol_held.tsv"}


def data_dir_for(dev_data: Path | None) -> Path | None:
    """``$BRIEFBOT_USPOL_DIR``, else a ``uspol`` folder beside or inside the dev data (see ``pool_dir``)."""
    return pool_dir(dev_data, "BRIEFBOT_USPOL_DIR", "uspol", "H.list")


def evaluate(data_dir: Path) -> Section:
    title = "Quotes and speakers (US political news 2015–16, hand-labelled tuning and held samples)"
    directory = data_dir_for(data_dir)
    if directory is None:
        return Section(
            title, "Not run: the US-politics pool was not found (see `evaluation/uspol.py`)."
        )
    lines: list[str] = []
    metrics: dict[str, float] = {}
    for half, path in HALVES.items():
        labels = read_labels(path)
        r = row(score(directory, labels))
        lines += [f"**{half} half** (labelled spans by kind: {kind_counts(labels)}).", "", *table_lines(r)]
        lines += [f"\n{recall_line(r)}", ""]
        metrics.update({f"uspol_{half}_{k}": round(v, 4) for k, v in r.items()})
    text = __doc__.split("\n\n", 1)[1].strip() + "\n\n" + "\n".join(lines).rstrip()
    return Section(title, text, metrics)


if __name__ == "__main__":
    import sys

    from . import default_data_dir

    where = data_dir_for(default_data_dir())
    if where is None:
        raise SystemExit("no US-politics pool: set BRIEFBOT_USPOL_DIR (see evaluation/uspol.py)")
    if sys.argv[1:2] == ["--figures"]:
        for half, path in HALVES.items():
            print(f"-- {half} half")
            print("\n".join(figure_lines(row(score(where, read_labels(path))))))
    elif sys.argv[1:2] == ["--errors"]:
        # The tuning half only: the held half's errors must never lead to a rule.
        for record in error_records(where, read_labels(HALVES["tuning"])):
            print(json.dumps(record, ensure_ascii=False))
    else:
        raise SystemExit(
            "usage: python -m evaluation.uspol --figures | --errors (tuning half only)"
        )
