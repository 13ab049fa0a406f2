"""Quotes, speakers and figures per language on the labelled set of ``evaluation/multilingual``
(written for this project; no external data needed, so ``briefbot eval`` always runs it).

Per language, dev articles (written before the rules were tuned) and held-out articles
(written after) are scored apart:
- quote recall / precision: our non-scare quotes matched one-to-one to the gold quotes by
  word-token F1 >= 0.5 (``evaluation.quotes.one_to_one``);
- speaker accuracy: over matched gold quotes with a named speaker, the share where our speaker
  is that name exactly (the surname alone, a wrong case form or no speaker count as misses);
- wrong names: matched quotes where we name someone else (the error that matters most),
  including a name given to a quote whose gold speaker is unnamed;
- figure value F1: our figures (dates and ranks left out) against the gold values, one-to-one
  per article, values equal within 1e-6 relative.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.pipeline import brief_text

from . import Section
from .multilingual import LANGUAGES, LabelledArticle, load
from .quotes import one_to_one

_TOKEN = re.compile(r"\w+")


@dataclass
class Counts:
    articles: int = 0
    detected: int = 0
    gold_quotes: int = 0
    predicted_quotes: int = 0
    matched: int = 0
    gold_speakers: int = 0
    correct_speakers: int = 0
    wrong_names: int = 0
    gold_figures: int = 0
    predicted_figures: int = 0
    matched_figures: int = 0
    misses: list[str] = field(default_factory=list)

    def metrics(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        p = ratio(self.matched_figures, self.predicted_figures)
        r = ratio(self.matched_figures, self.gold_figures)
        return {
            "articles": self.articles,
            "language_detected": ratio(self.detected, self.articles),
            "quote_recall": ratio(self.matched, self.gold_quotes),
            "quote_precision": ratio(self.matched, self.predicted_quotes),
            "speaker_accuracy": ratio(self.correct_speakers, self.gold_speakers),
            "wrong_names": self.wrong_names,
            "figure_value_p": p,
            "figure_value_r": r,
            "figure_value_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        }


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def score(articles: Iterable[LabelledArticle]) -> Counts:
    c = Counts()
    for article in articles:
        briefing = brief_text(article.text, title=article.title)
        c.articles += 1
        c.detected += briefing.language == article.language
        ours = [q for q in briefing.quotes if not q.scare]
        c.gold_quotes += len(article.quotes)
        c.predicted_quotes += len(ours)
        pairs = one_to_one([_tokens(q.text) for q in ours], [_tokens(g.text) for g in article.quotes])
        c.matched += len(pairs)
        people = {w for g in article.quotes if g.speaker for w in g.speaker.split()}
        for i, j in pairs:
            gold, speaker = article.quotes[j].speaker, ours[i].speaker
            if gold is not None:
                c.gold_speakers += 1
                c.correct_speakers += speaker == gold
                if speaker is not None and speaker != gold:
                    c.wrong_names += 1
                    c.misses.append(f"{article.id}: {speaker!r} for {gold!r}")
                elif speaker is None:
                    c.misses.append(f"{article.id}: no speaker for {gold!r}")
            elif speaker is not None and people & set(speaker.split()):
                c.wrong_names += 1
                c.misses.append(f"{article.id}: {speaker!r} for an unnamed speaker")
        values = [f.value for f in briefing.figures if f.kind not in ("date", "rank")]
        c.gold_figures += len(article.figures)
        c.predicted_figures += len(values)
        free = list(values)
        for gold_value in article.figures:
            hit = next((k for k, v in enumerate(free) if math.isclose(v, gold_value, rel_tol=1e-6)), None)
            if hit is not None:
                c.matched_figures += 1
                del free[hit]
    return c


def evaluate_languages() -> dict[str, dict[str, dict[str, float]]]:
    """{language: {"dev": metrics, "held_out": metrics, batch: metrics...}} (see ``LabelledArticle.split``)."""
    out: dict[str, dict[str, dict[str, float]]] = {}
    for language in LANGUAGES:
        articles = load(language)
        splits = ["dev", "held_out", *dict.fromkeys(a.batch for a in articles if a.batch)]
        out[language] = {s: score(a for a in articles if a.split == s).metrics() for s in splits}
    return out


def evaluate(data_dir: object = None) -> Section:
    """``briefbot eval`` task: needs no data directory (the set ships with the code)."""
    results = evaluate_languages()
    rows = []
    metrics: dict[str, float] = {}
    for language, splits in results.items():
        for split, m in splits.items():
            if not m["articles"]:
                continue
            rows.append(
                f"| {language} | {split} | {m['articles']:.0f} | {m['language_detected']:.2f} "
                f"| {m['quote_recall']:.3f} / {m['quote_precision']:.3f} "
                f"| **{m['speaker_accuracy']:.3f}** | {m['wrong_names']:.0f} "
                f"| **{m['figure_value_f1']:.3f}** ({m['figure_value_p']:.3f} / {m['figure_value_r']:.3f}) |"
            )
            metrics.update({f"{language}_{split}_{k}": v for k, v in m.items()})
    table = (
        "| language | split | articles | language detected | quote recall / precision "
        "| speaker accuracy | wrong names | figure value F1 (P / R) |\n"
        "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows)
    )
    text = (
        "The labelled set of `evaluation/multilingual` (short news articles written for this "
        "project, fictional people): *dev* articles were written before the rules were tuned, "
        "*held_out* ones after them (each batch scored before any rule was written for it; "
        "README's *Quality* says which batches were read afterwards). Quotes match one-to-one by token F1 >= 0.5; "
        "speaker accuracy counts only the exact nominative full name as right; *wrong names* "
        "counts quotes attributed to someone else (a missing speaker is not wrong). Figure values "
        "match one-to-one per article (dates and ordinals are not figures). Targets: speaker "
        ">= 0.9 and figure value F1 >= 0.9 per language.\n\n" + table
    )
    return Section(title="Non-English articles (de, fr, es, uk, ru)", markdown=text, metrics=metrics)


if __name__ == "__main__":  # python -m evaluation.languages: the table and every miss
    for language in LANGUAGES:
        counts = score(load(language))
        print(language, counts.metrics())
        for miss in counts.misses:
            print("   ", miss)
    for language, splits in evaluate_languages().items():
        for split, m in splits.items():
            print(language, split, {k: m[k] for k in ("articles", "quote_recall", "quote_precision",
                                                     "speaker_accuracy", "wrong_names", "figure_value_f1")})
