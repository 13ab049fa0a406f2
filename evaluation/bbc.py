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

import csv
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.models import Quote

from . import Section
from .bootstrap import ratio_interval
from .ggt import matched, verdict_of
from .quote_gold import tokens

LABELS = Path(__file__).parent / "labelled" / "bbc_held.tsv"
SCORED = ("name", "description", "pronoun")
#: Our quote must hold this share of the sampled span's words to be its match.
_HELD = 0.5
_MARK = re.compile(r"[\"“”]")
_OPENS_AFTER = frozenset(" \t\n([{-–—/")


@dataclass(frozen=True)
class Label:
    path: str
    start: int
    """Character offset of the first word inside the marks, in the file's text."""
    head: str
    """The first six words inside the marks: checks that the file is the one labelled."""
    kind: str
    speaker: str

    def accepted(self) -> tuple[str, ...]:
        return tuple(who.strip() for who in self.speaker.split("|") if who.strip())


@dataclass
class Verdict:
    label: Label
    quote: Quote
    verdict: str
    """ok / wrong / none."""


def data_dir_for(dev_data: Path | None) -> Path | None:
    """``$BRIEFBOT_BBC_DIR``, else a ``bbc`` folder beside or inside the dev data; None when no
    category folder is there, so eval says it did not run."""
    named = os.environ.get("BRIEFBOT_BBC_DIR")
    candidates = [Path(named)] if named else ([dev_data.parent / "bbc", dev_data / "bbc"] if dev_data else [])
    return next((c for c in candidates if (c / "politics").is_dir()), None)


def read_labels(path: Path = LABELS) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [Label(r["path"], int(r["quote_start"]), r["quote_head"], r["kind"], r["speaker"] or "") for r in rows]


def _opens(text: str, i: int) -> bool:
    """Whether the mark at ``i`` opens a quotation (the sampling's rule, see the docstring)."""
    if text[i] != '"':
        return text[i] == "“"
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENS_AFTER and not after.isspace()


def quotation_at(text: str, start: int) -> tuple[int, int]:
    """(first, end) of the quotation holding the span that starts at ``start``: back over the
    opening marks that reopened it, forward to its closing mark, never past the line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    marks = [m.start() for m in _MARK.finditer(text, line_start, line_end)]
    before = [i for i in marks if i < start]
    first = start
    while before and _opens(text, before[-1]):
        first = before.pop() + 1
    end = line_end
    for i in (i for i in marks if i >= start):
        if not _opens(text, i):
            end = i
            break
    return first, end


def _own_span(text: str, start: int) -> tuple[int, int]:
    """The sampled span itself: from its first word to the next quote mark."""
    mark = _MARK.search(text, start)
    return start, mark.start() if mark else len(text)


def score_text(text: str, labels: list[Label]) -> list[Verdict]:
    """One verdict per labelled item that one of our quotes matches. Our quote may match the
    sampled span itself or the whole quotation holding it (BBC copy reopens every sentence of a
    long quotation, and our quote may be that whole quotation); among the quotes that match
    either, the one sharing most words with the span is judged, if it holds at least half of
    them (else we did not find the span: we found its neighbours). Labels inside one quotation
    share its spans, so neither is left unmatched by the other."""
    for label in labels:
        a, b = _own_span(text, label.start)
        if " ".join(text[a:b].split()[:6]) != label.head:
            raise ValueError(f"{label.path}@{label.start}: text reads {text[a:b][:40]!r}, label {label.head!r}")
    golds = sorted({span for label in labels for span in (_own_span(text, label.start), quotation_at(text, label.start))})
    matches: dict[tuple[int, int], list[Quote]] = {}
    for quote, j in matched(text, [text[a:b] for a, b in golds]):
        matches.setdefault(golds[j], []).append(quote)
    verdicts = []
    for label in labels:
        own_span = _own_span(text, label.start)
        candidates = matches.get(own_span, []) + matches.get(quotation_at(text, label.start), [])
        own = set(tokens(text[own_span[0] : own_span[1]]))
        held = {id(q): len(own & set(tokens(q.text))) for q in candidates}
        quote = max(candidates, key=lambda q: held[id(q)], default=None)
        if quote is not None and held[id(quote)] >= _HELD * len(own):
            verdicts.append(Verdict(label, quote, verdict_of(quote.speaker, label.accepted())))
    return verdicts


def score(directory: Path, labels: Iterable[Label]) -> list[tuple[list[Label], list[Verdict]]]:
    """(labels, verdicts) per article, over the scored kinds."""
    by_path: dict[str, list[Label]] = {}
    for label in labels:
        if label.kind in SCORED:
            by_path.setdefault(label.path, []).append(label)
    return [
        (group, score_text((directory / path).read_text(encoding="utf-8"), group)) for path, group in by_path.items()
    ]


def row(scored: list[tuple[list[Label], list[Verdict]]]) -> dict[str, float]:
    """Accuracy / no speaker / wrong over the named and described speakers (the headline, as
    PolNeAR's), then pronoun speakers alone and all three kinds; recall of the labelled items."""
    labelled = sum(len(group) for group, _ in scored)
    found = sum(len(vs) for _, vs in scored)
    out: dict[str, float] = {"articles": len(scored), "labelled": labelled, "recall": found / labelled if labelled else 0.0}
    for name, kinds in (("speaker", ("name", "description")), ("pronoun", ("pronoun",)), ("all", SCORED)):
        per_article = [[v for v in vs if v.label.kind in kinds] for _, vs in scored]
        judged = sum(len(vs) for vs in per_article)
        count = {k: sum(v.verdict == k for vs in per_article for v in vs) for k in ("ok", "wrong", "none")}
        out[f"{name}_accuracy"] = count["ok"] / judged if judged else 0.0
        out[f"{name}_no_speaker"] = count["none"] / judged if judged else 0.0
        out[f"{name}_wrong"] = count["wrong"] / judged if judged else 0.0
        out[f"{name}_pairs"] = judged
        low, high = ratio_interval([(sum(v.verdict == "ok" for v in vs), len(vs)) for vs in per_article])
        out.update({f"{name}_accuracy_low": low, f"{name}_accuracy_high": high})
    return out


def evaluate(data_dir: Path) -> Section:
    title = "Quotes and speakers (BBC News, a held-out hand-labelled sample)"
    directory = data_dir_for(data_dir)
    if directory is None:
        return Section(title, "Not run: the BBC News folders were not found (see `evaluation/bbc.py`).")
    labels = read_labels()
    r = row(score(directory, labels))
    kinds = {k: sum(label.kind == k for label in labels) for k in (*SCORED, "none", "notquote", "unsure")}
    lines = [
        f"Labelled spans by kind: {', '.join(f'{k} {n}' for k, n in kinds.items())}.",
        "",
        "| speakers | pairs | accuracy (95 % interval) | no speaker | wrong |",
        "|---|---|---|---|---|",
    ]
    for name, what in (("speaker", "named or described"), ("pronoun", "pronoun -> person"), ("all", "all three")):
        lines.append(
            f"| {what} | {r[f'{name}_pairs']:.0f} | {r[f'{name}_accuracy']:.3f} ({r[f'{name}_accuracy_low']:.3f}–"
            f"{r[f'{name}_accuracy_high']:.3f}) | {r[f'{name}_no_speaker']:.3f} | {r[f'{name}_wrong']:.3f} |"
        )
    lines.append(f"\nRecall of the labelled quotations: {r['recall']:.3f} ({r['labelled']:.0f} in {r['articles']:.0f} articles).")
    metrics = {f"bbc_held_{k}": round(v, 4) for k, v in r.items()}
    text = __doc__.split("\n\n", 1)[1].strip() + "\n\n" + "\n".join(lines)
    return Section(title, text, metrics)


def _print_errors(directory: Path) -> None:
    """``python -m evaluation.bbc --errors``: the wrong and missing speakers, for auditing the
    labels only. The sample is held out: its errors must never lead to a rule."""
    for _, verdicts in score(directory, read_labels()):
        for v in verdicts:
            if v.verdict != "ok":
                record = {"path": v.label.path, "start": v.label.start, "verdict": v.verdict, "kind": v.label.kind,
                          "gold": v.label.speaker, "ours": v.quote.speaker}  # fmt: skip
                print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    import sys

    from . import default_data_dir

    where = data_dir_for(default_data_dir())
    if where is None:
        raise SystemExit("no BBC data: set BRIEFBOT_BBC_DIR (see evaluation/bbc.py)")
    if sys.argv[1:2] == ["--figures"]:
        r = row(score(where, read_labels()))
        for name in ("speaker", "pronoun", "all"):
            print(
                f"{name:8s} accuracy {r[f'{name}_accuracy']:.4f} ({r[f'{name}_accuracy_low']:.3f}-"
                f"{r[f'{name}_accuracy_high']:.3f})  no speaker {r[f'{name}_no_speaker']:.4f}  "
                f"wrong {r[f'{name}_wrong']:.4f}  pairs {r[f'{name}_pairs']:.0f}"
            )
        print(f"recall {r['recall']:.3f} of {r['labelled']:.0f} labelled quotations in {r['articles']:.0f} articles")
    elif sys.argv[1:2] == ["--errors"]:
        _print_errors(where)
    else:
        raise SystemExit("usage: python -m evaluation.bbc --figures | --errors (label audits only)")
