"""Hand-labelled samples of quotations and the scorer shared by the BBC and the US-politics samples.

Why a module of its own: every held-out sample we label by hand (``evaluation/labelled/*.tsv``)
is drawn, stored and scored the same way, so that a figure on one means what it means on the
other. A sample is a table of spans (path, offset of the span's first word inside its opening
mark, its first six words, kind, speaker) over a folder of plain-text articles; the conventions
of drawing and labelling are written in ``evaluation/bbc.py``, the first such sample.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.models import Quote

from .bootstrap import ratio_interval
from .ggt import matched, verdict_of
from .quote_gold import tokens

SCORED = ("name", "description", "pronoun")
KINDS = (*SCORED, "none", "notquote", "unsure")
#: The three lines every sample reports: (key in ``row``, the kinds it covers, its table label);
#: named or described speakers are the headline, as PolNeAR's.
_GROUPS = (
    ("speaker", ("name", "description"), "named or described"),
    ("pronoun", ("pronoun",), "pronoun -> person"),
    ("all", SCORED, "all three"),
)
#: Our quote must hold this share of the sampled span's words to be its match.
_HELD = 0.5
_MARK = re.compile(r"[\"“”]")
_OPENS_AFTER = frozenset(" \t\n([{-–—/")


def pool_dir(dev_data: Path | None, variable: str, folder: str, marker: str) -> Path | None:
    """``$variable``, else ``folder`` beside or inside the dev data, when ``marker`` is in it; None
    otherwise, so eval says the section did not run (the pools are public but not ours to ship)."""
    named = os.environ.get(variable)
    candidates = [Path(named)] if named else ([dev_data.parent / folder, dev_data / folder] if dev_data else [])
    return next((c for c in candidates if (c / marker).exists()), None)


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


def read_labels(path: Path) -> list[Label]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Label(r["path"], int(r["quote_start"]), r["quote_head"], r["kind"], r["speaker"] or "")
            for r in rows
        ]


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
            raise ValueError(
                f"{label.path}@{label.start}: text reads {text[a:b][:40]!r}, label {label.head!r}"
            )
    golds = sorted(
        {
            span
            for label in labels
            for span in (_own_span(text, label.start), quotation_at(text, label.start))
        }
    )
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


def by_article(labels: Iterable[Label], kinds: Collection[str] = SCORED) -> dict[str, list[Label]]:
    """The labels of ``kinds`` grouped by the article they point into, in the order read: one
    ``score_text`` call per article (the scorer, and the audits that rerun it article by article)."""
    groups: dict[str, list[Label]] = {}
    for label in labels:
        if label.kind in kinds:
            groups.setdefault(label.path, []).append(label)
    return groups


def score(directory: Path, labels: Iterable[Label]) -> list[tuple[list[Label], list[Verdict]]]:
    """(labels, verdicts) per article, over the scored kinds."""
    return [
        (group, score_text((directory / path).read_text(encoding="utf-8"), group))
        for path, group in by_article(labels).items()
    ]


def row(scored: list[tuple[list[Label], list[Verdict]]]) -> dict[str, float]:
    """Accuracy / no speaker / wrong over the named and described speakers (the headline, as
    PolNeAR's), then pronoun speakers alone and all three kinds; recall of the labelled items."""
    labelled = sum(len(group) for group, _ in scored)
    found = sum(len(vs) for _, vs in scored)
    out: dict[str, float] = {
        "articles": len(scored),
        "labelled": labelled,
        "recall": found / labelled if labelled else 0.0,
    }
    for name, kinds, _ in _GROUPS:
        per_article = [[v for v in vs if v.label.kind in kinds] for _, vs in scored]
        judged = sum(len(vs) for vs in per_article)
        count = {
            k: sum(v.verdict == k for vs in per_article for v in vs)
            for k in ("ok", "wrong", "none")
        }
        out[f"{name}_accuracy"] = count["ok"] / judged if judged else 0.0
        out[f"{name}_no_speaker"] = count["none"] / judged if judged else 0.0
        out[f"{name}_wrong"] = count["wrong"] / judged if judged else 0.0
        out[f"{name}_pairs"] = judged
        low, high = ratio_interval(
            [(sum(v.verdict == "ok" for v in vs), len(vs)) for vs in per_article]
        )
        out.update({f"{name}_accuracy_low": low, f"{name}_accuracy_high": high})
    return out


def kind_counts(labels: list[Label]) -> str:
    """"name 120, description 18, …": how many labels of each kind a sample holds, scored or not."""
    return ", ".join(f"{k} {sum(label.kind == k for label in labels)}" for k in KINDS)


def recall_line(r: dict[str, float]) -> str:
    return f"Recall of the labelled quotations: {r['recall']:.3f} ({r['labelled']:.0f} in {r['articles']:.0f} articles)."


def table_lines(r: dict[str, float]) -> list[str]:
    """The Markdown rows of one scored sample: named or described speakers (the headline), pronoun
    speakers, all three kinds."""
    lines = [
        "| speakers | pairs | accuracy (95 % interval) | no speaker | wrong |",
        "|---|---|---|---|---|",
    ]
    for name, _, what in _GROUPS:
        lines.append(
            f"| {what} | {r[f'{name}_pairs']:.0f} | {r[f'{name}_accuracy']:.3f} ({r[f'{name}_accuracy_low']:.3f}–"
            f"{r[f'{name}_accuracy_high']:.3f}) | {r[f'{name}_no_speaker']:.3f} | {r[f'{name}_wrong']:.3f} |"
        )
    return lines


def figure_lines(r: dict[str, float]) -> list[str]:
    """The same figures as plain lines, for ``--figures`` on a terminal."""
    lines = [
        f"{name:8s} accuracy {r[f'{name}_accuracy']:.4f} ({r[f'{name}_accuracy_low']:.3f}-"
        f"{r[f'{name}_accuracy_high']:.3f})  no speaker {r[f'{name}_no_speaker']:.4f}  "
        f"wrong {r[f'{name}_wrong']:.4f}  pairs {r[f'{name}_pairs']:.0f}"
        for name, _, _ in _GROUPS
    ]
    lines.append(
        f"recall {r['recall']:.3f} of {r['labelled']:.0f} labelled quotations in {r['articles']:.0f} articles"
    )
    return lines


def error_records(directory: Path, labels: Iterable[Label]) -> Iterable[dict[str, object]]:
    """The wrong and missing speakers of a sample, for auditing its labels (and, on a tuning
    half only, for reading our misses)."""
    for _, verdicts in score(directory, labels):
        for v in verdicts:
            if v.verdict != "ok":
                yield {"path": v.label.path, "start": v.label.start, "verdict": v.verdict, "kind": v.label.kind,
                       "gold": v.label.speaker, "ours": v.quote.speaker}  # fmt: skip
