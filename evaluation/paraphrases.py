"""Speakers of paraphrases put in quote marks: the attribution rules on thousands more frames.

PolNeAR annotates every attribution, not only quotations: for each "Officials said the plan
would cost more" it gives the source ("Officials"), the cue and the content. Direct quotations
are about a third of them, so the frames around quotes that the dev splits show are a small
sample of the ways news English frames what someone said. This check takes each attribution
without quote marks whose content is one run of 5–60 words inside one paragraph, puts curly
marks around that content in its own article ("Officials said “the plan would cost more”"), runs
the pipeline and scores our speaker of that quote against the annotated source, exactly as a
quotation is scored (``quotes.score_article``: one article copy per paraphrase, every other
annotation kept as the context of the gold's pronoun walk but none of them scored).

Built in session 21, when counting where the held-out quarter's misses were (``miss_profile``)
showed that most of its excess is quotes framed by a cue that is no speech verb — a kind the read
splits hold few quotations of (113) but many paraphrases of (~2,000). It is a stress test, not a
figure of the product: a paraphrase's content was never meant to be quoted, so it says "he" where a
quote says "I", and some sources are a poll's share or a "this". Read it for what moves.
"""

from __future__ import annotations

import re
from pathlib import Path

from bot.progress import Progress
from briefing.clean import clean_blocks
from briefing.models import BriefingOptions
from briefing.quotes import find_quotes_detailed
from evaluation import Section, miss_profile
from evaluation.quote_gold import gold_speakers, tokens
from evaluation.quotes import Tally, parts_of, read_articles, score_article

#: The content's length in words: a quotation's minimum, and not a whole paragraph of reporting.
MIN_WORDS, MAX_WORDS = 5, 60
#: At most this many paraphrases of one article are scored (in the order annotated), so a few
#: long articles do not weigh as much as all the rest.
PER_ARTICLE = 8
_QUOTE_CHARS = re.compile(r"[“”\"‘]|(?<!\w)’|’(?!\w)|(?<![\w])'|'(?![\w])")
PARTS = ("tuning", "untuned A", "untuned B")
_KEYS = ("speaker_accuracy", "no_speaker", "wrong_speaker", "pronoun_resolution")


def _eligible(article: dict[str, object], j: int) -> bool:
    quote = article["quotes"][j]  # type: ignore[index]
    if quote["has_quote_marks"] or len(quote["quote_spans"]) != 1:
        return False
    start, end = quote["quote_spans"][0]
    content = str(article["text"])[start:end]
    if "\n" in content or _QUOTE_CHARS.search(content) or not MIN_WORDS <= len(tokens(content)) <= MAX_WORDS:
        return False
    speaker = quote.get("speaker_spans") or []
    return not (speaker and start <= speaker[0][0] < end)  # the source inside its own content


def _shift(spans: list[list[int]] | None, start: int, end: int) -> list[list[int]] | None:
    """Spans moved for one mark inserted before ``start`` and one after ``end``."""
    if not spans:
        return spans
    return [[a + (a >= start) + (a >= end), b + (b > start) + (b >= end)] for a, b in spans]


def marked_paraphrase(article: dict[str, object], j: int, antecedents: list[str | None] | None = None) -> dict[str, object]:
    """A copy of ``article`` whose ``j``-th attribution has its content in curly quote marks and is
    its only quotation (every other item loses its marks flag, so only this one is scored).
    ``antecedents``: the article's gold pronoun antecedents, when the caller marks several of its
    items and has derived them once."""
    text = str(article["text"])
    start, end = article["quotes"][j]["quote_spans"][0]  # type: ignore[index]
    content = text[start:end].rstrip(" ,;")
    end = start + len(content)
    quotes = []
    for k, quote in enumerate(article["quotes"]):  # type: ignore[attr-defined]
        new = {**quote, "has_quote_marks": k == j}
        for key in ("quote_spans", "speaker_spans", "cue_spans"):
            new[key] = _shift(quote.get(key), start, end)
        if k == j:
            new["quote"], new["quote_spans"] = f"“{content}”", [[start, end + 2]]
        quotes.append(new)
    # the gold's pronoun walk reads the text as annotated
    if antecedents is None:
        antecedents = [g.antecedent for g in gold_speakers(article)]
    marked = f"{text[:start]}“{content}”{text[end:]}"
    return {**article, "text": marked, "quotes": quotes, "antecedents": antecedents}


def tallies(articles: list[dict[str, object]], options: BriefingOptions | None = None) -> dict[str, Tally]:
    """Per part, the tally of every scored paraphrase."""
    options = options or BriefingOptions()
    out = {part: Tally() for part in PARTS}
    for article in Progress(articles, "paraphrases"):
        parts = [p for p in parts_of(article) if p in out]
        if not parts:
            continue
        chosen = [j for j in range(len(article["quotes"])) if _eligible(article, j)][:PER_ARTICLE]  # type: ignore[arg-type]
        antecedents = [g.antecedent for g in gold_speakers(article)] if chosen else []
        for j in chosen:
            copy = marked_paraphrase(article, j, antecedents)
            found = find_quotes_detailed(clean_blocks(str(copy["text"])), options=options)
            counted = Tally()
            score_article(copy, found, counted)
            for part in parts:
                out[part].update(counted)
    return out


def evaluate(data_dir: Path) -> Section:
    by_part = tallies(read_articles(data_dir))
    metrics: dict[str, float] = {}
    lines = [
        "| split | paraphrases scored | speaker accuracy | no speaker | wrong speaker | pronoun → antecedent |",
        "|---|---|---|---|---|---|",
    ]
    for part, tally in by_part.items():
        row = tally.row()
        lines.append(f"| {part} | {row['speaker_pairs']:.0f} + {row['pronoun_pairs']:.0f} pronouns | " + " | ".join(f"{row[k]:.3f}" for k in _KEYS) + " |")
        metrics.update({f"{part}_{k}".replace(" ", "_"): round(row[k], 4) for k in (*_KEYS, "speaker_pairs")})
    text = (
        __doc__.split("\n\n", 1)[1].strip()
        + "\n\n"
        + "\n".join(lines)
        + "\n\nBy the kind of cue (no speaker / scored):\n\n"
        + "\n".join(miss_profile.profile_lines(by_part))
    )
    return Section(title="Speakers of paraphrases put in quote marks (PolNeAR)", markdown=text, metrics=metrics)


if __name__ == "__main__":
    import sys

    for part, tally in tallies([a for a in read_articles(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")) if "untuned B" not in parts_of(a)]).items():
        if part != "untuned B":
            row = tally.row()
            print(part, " ".join(f"{k} {row[k]:.4f}" for k in (*_KEYS, "speaker_pairs")))
