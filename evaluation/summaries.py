"""Summary quality: our extractive summariser vs Lead-3 on CNN/DailyMail (FRANK dev sample).

Both systems see the *same* sentence splits from the real pipeline (``clean_blocks`` →
``split_blocks``), so the comparison isolates sentence *selection*. The data has no titles,
so the summariser runs without one. Scores are ROUGE-1/2/Lsum F1 with Porter stemming, the
summary sentences newline-separated (as ``rougeLsum`` expects). The margin is also reported
on the two halves of the sample (even / odd items) to show how robust it is.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from bot.progress import Progress
from briefing.clean import clean_blocks
from briefing.sentences import Sentence, split_blocks
from briefing.summarize import summarize

from . import Section

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


def score_systems(
    items: Sequence[dict[str, str]], systems: dict[str, Summariser]
) -> tuple[dict[str, list[dict[str, float]]], dict[str, float]]:
    """Per-item F1 scores per system, and the mean milliseconds each system spent per item."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    scores: dict[str, list[dict[str, float]]] = {name: [] for name in systems}
    spent = dict.fromkeys(systems, 0.0)
    for item in Progress(items, "summaries"):
        sentences = split_blocks(clean_blocks(item["article"]))
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


def evaluate(data_dir: Path) -> Section:
    items = load_items(data_dir)
    scores, per_item_ms = score_systems(items, {"ours": ours, "lead3": lead3})
    metrics: dict[str, float] = {}
    lines = [
        "| system | items | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |",
        "|---|---|---|---|---|",
    ]
    halves = {"all": slice(None), "even half": slice(0, None, 2), "odd half": slice(1, None, 2)}
    for part, cut in halves.items():
        for name in ("ours", "lead3"):
            rows = scores[name][cut]
            values = [mean(rows, m) for m in METRICS]
            label = name if part == "all" else f"{name} ({part})"
            lines.append(
                f"| {label} | {len(rows)} | " + " | ".join(f"{v:.2f}" for v in values) + " |"
            )
            if part == "all":
                metrics.update({f"{name}_{m}": v for m, v in zip(METRICS, values, strict=True)})
    wins = {
        m: sum(o[m] > b[m] for o, b in zip(scores["ours"], scores["lead3"], strict=True))
        for m in METRICS
    }
    boot = {m: bootstrap_win_rate(scores["ours"], scores["lead3"], m) for m in METRICS}
    for m in METRICS:
        metrics[f"margin_{m}"] = metrics[f"ours_{m}"] - metrics[f"lead3_{m}"]
        metrics[f"items_better_{m}"] = float(wins[m])
        metrics[f"bootstrap_win_{m}"] = boot[m]
    metrics["summarize_ms_per_article"] = per_item_ms["ours"]
    intro = (
        f"CNN/DailyMail highlights (FRANK dev sample, {len(items)} articles, no titles). "
        "ROUGE F1 ×100 (`rouge_score`, Porter stemmer, sentences newline-separated); both systems "
        "use the same `clean_blocks` → `split_blocks` sentences. Halves = even / odd items. "
        f"Summariser time: {per_item_ms['ours']:.2f} ms per article. Items where ours beats Lead-3: "
        + ", ".join(f"{m} {wins[m]}/{len(items)}" for m in METRICS)
        + ". Paired bootstrap (1000 resamples) share where ours beats Lead-3: "
        + ", ".join(f"{m} {boot[m]:.0%}" for m in METRICS)
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
