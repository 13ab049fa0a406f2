"""Speakers on a second, independent quotation corpus: the Gender Gap Tracker's annotated news.

Why: every speaker figure so far comes from PolNeAR (US political news of 2015–16), whose
quarters the rules were tuned on, read, or held out. A held-out quarter of the same corpus shares
its outlets, its era and its annotation habits; a rule set can fit those and still fail elsewhere.
The SFU Discourse Lab's Gender Gap Tracker evaluation set is 98 Canadian news articles of
2018–19 (CBC, CTV, Global, HuffPost Canada, National Post, The Globe and Mail, The Star), each
quote annotated by hand with its speaker *and the person that speaker refers to* ("she" ->
"Darian Lonechild"). Nobody here tuned on it before this module was written.

The data is not ours to ship: it sits in the public GenderGapTracker repository's history
(commit ``fe82ba2``, ``NLP/evaluation/src/``). Put ``eval/AnnotationTable_byArticle_with
ReplacementArticles.xlsx`` and the ``rawtext/`` folder of ``rawtext.zip`` into one directory and
name it with ``$BRIEFBOT_GGT_DIR`` (default: ``ggt`` beside the dev data directory). Without it
the section says it did not run.

Scoring follows the PolNeAR section where it can. A gold item is a *quotation* when at least five
words stand inside its quote marks (annotators also listed indirect speech; it has no marks and is
not scored). Our quote matches a gold item as in ``evaluation.quotes`` (greedy best token F1 >=
0.5, or pieces that together match). Our speaker is right when it names the gold ``reference``
(the resolved person or organisation), by the same name test as PolNeAR's; none when we give no
speaker. Every gold quotation has a reference, so "no speaker" is counted over all of them.

Articles are split by the parity of the first byte of sha256(id), as PolNeAR's halves are:
*GGT A* is read for error patterns, *GGT B* never is and is this section's held-out figure.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from xml.etree import ElementTree

from briefing.clean import clean_blocks
from briefing.models import Quote
from briefing.pipeline import DEFAULT_OPTIONS
from briefing.quotes import find_quotes_detailed

from . import Section
from .bootstrap import ratio_interval
from .quote_gold import MIN_QUOTED_WORDS, quoted_segments, tokens
from .quotes import _names, _same_description, fragments, judged_pieces, one_to_one

SHEET = "AnnotationTable_byArticle_withReplacementArticles.xlsx"
PARTS = ("GGT A", "GGT B")
HEADLINE = "GGT B"
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "him", "her", "them"}
_XLSX = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def data_dir_for(dev_data: Path | None) -> Path | None:
    """Where the GGT files are: ``$BRIEFBOT_GGT_DIR``, else a ``ggt`` folder beside or inside the
    dev data; None when the sheet or ``rawtext/`` is missing, so eval says it did not run."""
    named = os.environ.get("BRIEFBOT_GGT_DIR")
    candidates = [Path(named)] if named else ([dev_data.parent / "ggt", dev_data / "ggt"] if dev_data else [])
    return next((c for c in candidates if (c / SHEET).is_file() and (c / "rawtext").is_dir()), None)


def part_of(article_id: str) -> str:
    """GGT A or GGT B, fixed by the article's id (as PolNeAR's halves), so the halves stay put."""
    return PARTS[hashlib.sha256(article_id.encode()).digest()[0] % 2]


def _sheet_rows(path: Path) -> Iterator[dict[str, str]]:
    """The one worksheet as dicts keyed by its header row (stdlib only: no spreadsheet package
    earns a dependency for one evaluation file)."""
    with zipfile.ZipFile(path) as book:
        strings = [
            "".join(t.text or "" for t in item.iter(f"{_XLSX}t"))
            for item in ElementTree.fromstring(book.read("xl/sharedStrings.xml")).iter(f"{_XLSX}si")
        ]
        sheet = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    header: dict[str, str] | None = None
    for row in sheet.iter(f"{_XLSX}row"):
        cells: dict[str, str] = {}
        for cell in row.iter(f"{_XLSX}c"):
            column = re.sub(r"\d", "", cell.get("r", ""))
            value = cell.find(f"{_XLSX}v")
            if value is not None and value.text is not None:
                cells[column] = strings[int(value.text)] if cell.get("t") == "s" else value.text
        if header is None:
            header = cells
        else:
            yield {header[c]: v for c, v in cells.items() if c in header}


@dataclass(frozen=True)
class GoldQuote:
    quoted: str
    """The words inside the quote marks, pieces joined by spaces."""
    reference: str
    """Who said it, resolved by the annotators (a pronoun's person, a continuation's speaker)."""
    speaker: str
    """The words of the text that name the speaker ("" for an unattributed continuation)."""
    carried: str = ""
    """For a continuation: the words that named the same reference last (its earlier quote's
    "her statement" or "Jordan"), which a reader carries over as the annotators did."""

    @property
    def kind(self) -> str:
        """named (a name or a description: PolNeAR's speaker accuracy counts these), pronoun
        (PolNeAR's pronoun -> antecedent), or unattributed (a continuation with no speaker words)."""
        if not self.speaker.strip():
            return "unattributed"
        return "pronoun" if self.speaker.strip().lower() in _PRONOUNS else "named"

    def accepted(self) -> tuple[str, ...]:
        """Who our speaker may name: the resolved reference, or the text's own speaker words when
        they are no pronoun ("her statement", "IRCC", "Jordan" for Jordan Stewart), as PolNeAR's
        gold speaker span is; a continuation, the words that named its speaker last."""
        if self.kind == "named":
            return (self.reference, self.speaker)
        return (self.reference, self.carried) if self.carried else (self.reference,)


def read_articles(directory: Path) -> list[dict[str, object]]:
    """Articles with their text (the ``rawtext`` file: the sheet's copy glues a "." after every
    paragraph) and their quotations. One article's annotation is not valid JSON and is left out."""
    articles = []
    for row in _sheet_rows(directory / SHEET):
        article_id = row["_id"].removeprefix("ObjectId(").removesuffix(")")
        text_file = directory / "rawtext" / f"{article_id}.txt"
        try:
            items = json.loads(row.get("quotations") or "[]")
        except json.JSONDecodeError:
            continue
        if not text_file.is_file():
            continue
        golds = []
        named_last: dict[str, str] = {}
        for item in items:
            quoted = quoted_segments(str(item.get("quote", "")))
            if len(tokens(quoted)) >= MIN_QUOTED_WORDS and item.get("reference"):
                gold = GoldQuote(quoted, str(item["reference"]), str(item.get("speaker") or ""))
                if gold.kind == "unattributed":
                    gold = replace(gold, carried=named_last.get(gold.reference, ""))
                golds.append(gold)
            if item.get("reference") and str(item.get("speaker") or "").strip():
                if str(item["speaker"]).strip().lower() not in _PRONOUNS:
                    named_last[str(item["reference"])] = str(item["speaker"])
        text = text_file.read_text(encoding="utf-8")
        articles.append({"id": article_id, "outlet": row.get("outlet", ""), "text": text, "golds": golds})
    return articles


@dataclass
class Verdict:
    gold: GoldQuote
    quote: Quote
    verdict: str
    """ok / wrong / none."""


def matched(text: str, units: list[str]) -> list[tuple[Quote, int]]:
    """Our quotes of ``text`` (the eval's default options) that match a gold quotation, with its
    index: greedy best token F1 >= 0.5 or pieces that together match, as ``evaluation.quotes``;
    of a gold item's pieces only those ``judged_pieces`` keeps. Shared with ``evaluation.labelled_spans``."""
    found = find_quotes_detailed(clean_blocks(text), options=DEFAULT_OPTIONS)
    preds = [tokens(q.text) for q, _ in found]
    golds = [tokens(u) for u in units]
    pairs = dict(one_to_one(preds, golds))
    for i, j in fragments(preds, golds):
        pairs.setdefault(i, j)
    judged = judged_pieces(pairs, preds)
    return [(found[i][0], j) for i, j in sorted(pairs.items()) if i in judged]


def verdict_of(speaker: str | None, accepted: tuple[str, ...]) -> str:
    """none when we name no speaker; ok when ours names one of the accepted speakers by
    PolNeAR's name test or says the same description; else wrong."""
    if speaker is None:
        return "none"
    if any(_names(speaker, who) or _same_description(speaker, who) for who in accepted):
        return "ok"
    return "wrong"


def score(article: dict[str, object]) -> tuple[int, list[Verdict]]:
    """(gold quotations, verdicts of the ones we found) for one article."""
    golds = article["golds"]
    assert isinstance(golds, list)
    return len(golds), [
        Verdict(golds[j], quote, verdict_of(quote.speaker, golds[j].accepted()))
        for quote, j in matched(str(article["text"]), [g.quoted for g in golds])
    ]


def _row(scored: list[tuple[int, list[Verdict]]]) -> dict[str, float]:
    """Speaker accuracy / no speaker / wrong over the named gold speakers (PolNeAR's metric), then
    the same right-share for pronoun speakers and unattributed continuations, and over all."""
    gold = sum(n for n, _ in scored)
    row: dict[str, float] = {
        "articles": len(scored),
        "gold_quotations": gold,
        "recall": sum(len({id(v.gold) for v in vs}) for _, vs in scored) / gold if gold else 0.0,
    }
    for kind in ("named", "pronoun", "unattributed", "all"):
        per_article = [[v for v in vs if kind in ("all", v.gold.kind)] for _, vs in scored]
        judged = sum(len(vs) for vs in per_article)
        count = {k: sum(v.verdict == k for vs in per_article for v in vs) for k in ("ok", "wrong", "none")}
        prefix = "speaker" if kind == "named" else kind
        row[f"{prefix}_accuracy"] = count["ok"] / judged if judged else 0.0
        row[f"{prefix}_pairs"] = judged
        if kind == "named":
            low, high = ratio_interval([(sum(v.verdict == "ok" for v in vs), len(vs)) for vs in per_article])
            row.update(speaker_accuracy_low=low, speaker_accuracy_high=high)
            row["no_speaker"] = count["none"] / judged if judged else 0.0
            row["wrong_speaker"] = count["wrong"] / judged if judged else 0.0
    return row


def rows(directory: Path) -> dict[str, dict[str, float]]:
    by_part: dict[str, list[tuple[int, list[Verdict]]]] = {p: [] for p in PARTS}
    for article in read_articles(directory):
        by_part[part_of(str(article["id"]))].append(score(article))
    return {part: _row(scored) for part, scored in by_part.items()}


def evaluate(data_dir: Path) -> Section:
    title = "Quotes and speakers (Gender Gap Tracker, a second corpus)"
    directory = data_dir_for(data_dir)
    if directory is None:
        return Section(title, "Not run: the GGT annotation sheet and `rawtext/` were not found (see `evaluation/ggt.py`).")
    table = rows(directory)
    lines = [
        "| part | articles | gold quotations | recall | speaker accuracy (95 % interval) | no speaker | wrong speaker "
        "| pronoun -> person | unattributed continuation | all quotations | pairs (named / pronoun / continuation) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for part, r in table.items():
        lines.append(
            f"| {part} | {r['articles']:.0f} | {r['gold_quotations']:.0f} | {r['recall']:.3f} | "
            f"{r['speaker_accuracy']:.3f} ({r['speaker_accuracy_low']:.3f}–{r['speaker_accuracy_high']:.3f}) | "
            f"{r['no_speaker']:.3f} | {r['wrong_speaker']:.3f} | {r['pronoun_accuracy']:.3f} | "
            f"{r['unattributed_accuracy']:.3f} | {r['all_accuracy']:.3f} | "
            f"{r['speaker_pairs']:.0f} / {r['pronoun_pairs']:.0f} / {r['unattributed_pairs']:.0f} |"
        )
    metrics = {f"{p.replace(' ', '_')}_{k}": round(v, 4) for p, r in table.items() for k, v in r.items()}
    text = __doc__.split("\n\n", 1)[1].strip() + "\n\n" + "\n".join(lines)
    return Section(title, text, metrics)


def _print_errors(part: str, directory: Path) -> None:
    """``python -m evaluation.ggt "GGT A" DIR``: the speaker errors of the read part. Not B."""
    assert part != HEADLINE, "GGT B is held out: read its figure, never its errors"
    for article in read_articles(directory):
        if part_of(str(article["id"])) != part:
            continue
        for v in score(article)[1]:
            if v.verdict != "ok":
                record = {
                    "id": article["id"], "verdict": v.verdict, "kind": v.gold.kind, "reference": v.gold.reference,
                    "gold_speaker": v.gold.speaker, "ours": v.quote.speaker, "quote": v.quote.text[:70],
                }
                print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    import sys

    from . import default_data_dir

    where = data_dir_for(default_data_dir())
    if where is None:
        raise SystemExit("no GGT data: set BRIEFBOT_GGT_DIR (see evaluation/ggt.py)")
    if sys.argv[1:2] == ["--figures"]:
        for part, r in rows(where).items():
            print(
                f"{part:6s} accuracy {r['speaker_accuracy']:.4f} ({r['speaker_accuracy_low']:.3f}-"
                f"{r['speaker_accuracy_high']:.3f})  no speaker {r['no_speaker']:.4f}  wrong {r['wrong_speaker']:.4f}  "
                f"recall {r['recall']:.3f}  pairs {r['speaker_pairs']:.0f}  pronoun {r['pronoun_accuracy']:.4f} "
                f"of {r['pronoun_pairs']:.0f}  continuation {r['unattributed_accuracy']:.4f} of {r['unattributed_pairs']:.0f}  "
                f"all {r['all_accuracy']:.4f}"
            )
    else:
        _print_errors(sys.argv[1] if len(sys.argv) > 1 else "GGT A", where)
