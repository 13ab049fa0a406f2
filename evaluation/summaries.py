"""Summary quality: our extractive summariser vs Lead-3 on CNN/DailyMail (FRANK dev sample).

Articles are fed the way a file without a title line is (``brief_text(article, title="")``:
all body, no title for the summariser), and both systems see the *same* sentence splits of that
briefing, so the comparison isolates sentence *selection*. Scores are ROUGE-1/2/Lsum F1 with
Porter stemming, the summary sentences newline-separated (as ``rougeLsum`` expects). Every
figure is reported on the whole dev sample, its tuning half and its untuned half
(``halves.py``) with a paired bootstrap per part, so a margin that only holds where it was
tuned shows.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.progress import Progress
from briefing.pipeline import brief_text
from briefing.sentences import Sentence, split_blocks
from briefing.summarize import summarize

from . import Section
from .halves import split

METRICS = ("rouge1", "rouge2", "rougeLsum")
DATA_FILE = Path("frank_cnndm") / "frank_cnndm.jsonl"

Summariser = Callable[[Sequence[Sentence]], list[str]]


def lead3(sentences: Sequence[Sentence]) -> list[str]:
    """The news baseline: the first three body sentences."""
    return [s.text for s in sentences if not s.heading][:3]


def ours(sentences: Sequence[Sentence]) -> list[str]:
    return summarize(sentences, title="", n=3)


def load_items(data_dir: Path) -> list[dict[str, str]]:
    with (data_dir / DATA_FILE).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def no_title_sentences(article: str) -> list[Sentence]:
    """The sentences the pipeline summarises when the article arrives as a file without a title
    line: ``brief_text(title="")`` keeps the whole text as body (nothing is taken as a title)."""
    briefing = brief_text(article, title="")
    return split_blocks(list(briefing.blocks))


def score_systems(
    items: Sequence[dict[str, str]], systems: dict[str, Summariser]
) -> tuple[dict[str, list[dict[str, float]]], dict[str, float]]:
    """Per-item F1 scores per system, and the mean milliseconds each system spent per item."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores: dict[str, list[dict[str, float]]] = {name: [] for name in systems}
    spent = dict.fromkeys(systems, 0.0)
    for item in Progress(items, "summaries"):
        sentences = no_title_sentences(item["article"])
        for name, system in systems.items():
            start = time.perf_counter()
            summary = system(sentences)
            spent[name] += time.perf_counter() - start
            result = scorer.score(item["reference"], "\n".join(summary))
            scores[name].append({m: result[m].fmeasure for m in METRICS})
    per_item_ms = {name: 1000 * total / max(len(items), 1) for name, total in spent.items()}
    return scores, per_item_ms


def mean(rows: Sequence[dict[str, float]], metric: str) -> float:
    return 100 * sum(r[metric] for r in rows) / max(len(rows), 1)


def bootstrap_win_rate(
    ours_rows: Sequence[dict[str, float]],
    base_rows: Sequence[dict[str, float]],
    metric: str,
    *,
    rounds: int = 1000,
    seed: int = 13,
) -> float:
    """Share of paired bootstrap resamples of the items in which ours beats the baseline."""
    rng = random.Random(seed)
    diffs = [o[metric] - b[metric] for o, b in zip(ours_rows, base_rows, strict=True)]
    if not diffs:
        return 0.0
    wins = 0
    for _ in range(rounds):
        wins += sum(rng.choice(diffs) for _ in diffs) > 0
    return wins / rounds


def _part_row(part: str, ours_rows: Sequence[dict[str, float]], base_rows: Sequence[dict[str, float]]) -> tuple[str, dict[str, float]]:
    """One table row: both systems' means, the margin and the paired bootstrap, per metric."""
    ours_means = [mean(ours_rows, m) for m in METRICS]
    base_means = [mean(base_rows, m) for m in METRICS]
    margins = [o - b for o, b in zip(ours_means, base_means, strict=True)]
    boot = [bootstrap_win_rate(ours_rows, base_rows, m) for m in METRICS]
    row = (
        f"| {part} | {len(ours_rows)} | "
        + " / ".join(f"{v:.2f}" for v in ours_means)
        + " | "
        + " / ".join(f"{v:.2f}" for v in base_means)
        + " | "
        + " / ".join(f"{v:+.2f}" for v in margins)
        + " | "
        + " / ".join(f"{v:.0%}" for v in boot)
        + " |"
    )
    metrics: dict[str, float] = {}
    for m, o, b, d, w in zip(METRICS, ours_means, base_means, margins, boot, strict=True):
        metrics |= {f"ours_{m}": o, f"lead3_{m}": b, f"margin_{m}": d, f"bootstrap_win_{m}": w}
    return row, metrics


def evaluate(data_dir: Path) -> Section:
    items = load_items(data_dir)
    scores, per_item_ms = score_systems(items, {"ours": ours, "lead3": lead3})
    index = {item["id"]: i for i, item in enumerate(items)}
    parts = split(items, lambda item: item["id"])
    lines = [
        "| part | items | ours R-1 / R-2 / R-Lsum | Lead-3 R-1 / R-2 / R-Lsum | margin | bootstrap: ours ahead |",
        "|---|---|---|---|---|---|",
    ]
    metrics: dict[str, float] = {}
    for part, part_items in parts.items():
        rows = [index[item["id"]] for item in part_items]
        row, part_metrics = _part_row(
            part, [scores["ours"][i] for i in rows], [scores["lead3"][i] for i in rows]
        )
        lines.append(row)
        prefix = "" if part == "dev" else f"{part.split()[0]}."
        metrics |= {f"{prefix}{k}": v for k, v in part_metrics.items()}
    wins = {
        m: sum(o[m] > b[m] for o, b in zip(scores["ours"], scores["lead3"], strict=True))
        for m in METRICS
    }
    for m in METRICS:
        metrics[f"items_better_{m}"] = float(wins[m])
    metrics["summarize_ms_per_article"] = per_item_ms["ours"]
    intro = (
        f"CNN/DailyMail highlights (FRANK dev sample, {len(items)} articles). Each article is fed "
        "the way a file without a title line is: `brief_text(article, title=\"\")` — the whole text is "
        "body, nothing dropped, and the summariser gets no title. Lead-3 = the first three body "
        "sentences of the same briefing's blocks (same `split_blocks` sentences). ROUGE F1 ×100 "
        "(`rouge_score`, Porter stemmer, sentences newline-separated). The *tuning half* is what "
        "summary constants changed since the split may be tuned on; the *untuned half* is not "
        "looked at while tuning (items split by a hash of their id, `evaluation/halves.py`). "
        "Bootstrap = share of 1000 paired resamples of the part's items in which ours beats Lead-3. "
        f"Summariser time: {per_item_ms['ours']:.2f} ms per article. Items where ours beats Lead-3: "
        + ", ".join(f"{m} {wins[m]}/{len(items)}" for m in METRICS)
        + "."
    )
    return Section(title="Summaries", markdown=intro + "\n\n" + "\n".join(lines), metrics=metrics)


def main(argv: Sequence[str] = ()) -> None:
    """``python -m evaluation.summaries [DATA_DIR]``: print the section."""
    from . import default_data_dir

    data_dir = Path(argv[0]) if argv else default_data_dir()
    if data_dir is None:
        raise SystemExit("no data directory (pass one, e.g. ../shared/data)")
    section = evaluate(data_dir)
    print(section.markdown)


if __name__ == "__main__":
    main(sys.argv[1:])
