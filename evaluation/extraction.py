"""Article-body extraction quality: our ``extract_html`` + cleanup vs ``trafilatura.extract``.

Metric: the Article Extraction Benchmark's 4-gram shingle score, re-implemented here from its
description (``../shared/data/README.md``) so we depend on nothing but the data:
tokens = Unicode ``\\w+``; multisets of 4-token shingles; per page tp/fp/fn are normalised to
sum to 1; precision and recall are means over pages (a page with fp = fn = 0 scores 1.0 for
both); F1 is the harmonic mean of the two means; accuracy is the share of pages whose token
sequences are identical. fundus_eval gold is a list of paragraphs where ``"[…]"`` paragraphs
are optional: each page is scored against the with/without-optional variant that suits the
prediction best (the set's own rule), and ROUGE-LSum F1 (the fundus paper's metric) is added.

Run: ``.venv/bin/python -m evaluation.extraction [data_dir]``.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.progress import Progress
from evaluation import Section, default_data_dir
from evaluation.halves import site_of, split

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


@dataclass
class PageScore:
    precision: float
    recall: float
    exact: bool

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text or "")


def shingles(toks: list[str], n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    return Counter(tuple(toks[i : i + n]) for i in range(max(len(toks) - n + 1, 0)))


def score_page(gold: str, predicted: str) -> PageScore:
    """tp/fp/fn of shingle multisets for one page, as the benchmark defines them."""
    gold_toks, pred_toks = tokens(gold), tokens(predicted)
    g, p = shingles(gold_toks), shingles(pred_toks)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    exact = gold_toks == pred_toks
    if fp == 0 and fn == 0:
        return PageScore(1.0, 1.0, exact)
    total = tp + fp + fn  # normalising to tp+fp+fn = 1 leaves the ratios below unchanged
    tp_n, fp_n, fn_n = tp / total, fp / total, fn / total
    precision = tp_n / (tp_n + fp_n) if tp_n + fp_n else 0.0
    recall = tp_n / (tp_n + fn_n) if tp_n + fn_n else 0.0
    return PageScore(precision, recall, exact)


def aggregate(scores: list[PageScore]) -> dict[str, float]:
    n = max(len(scores), 1)
    p = sum(s.precision for s in scores) / n
    r = sum(s.recall for s in scores) / n
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f1, "accuracy": sum(s.exact for s in scores) / n}


# --- data ----------------------------------------------------------------------------------


@dataclass
class Page:
    id: str
    url: str
    html: str
    golds: list[str]
    """Acceptable gold bodies (fundus: with and without the optional paragraphs)."""


def _read_html(path: Path) -> str:
    raw = gzip.decompress(path.read_bytes())
    return raw.decode("utf-8", errors="replace")


def _load(folder: Path, gold: Callable[[dict[str, Any]], list[str]]) -> list[Page]:
    """Pages of a ``ground-truth.json`` + ``html/<key>.html.gz`` set; ``gold`` reads the bodies."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(key, item.get("url", ""), _read_html(folder / "html" / f"{key}.html.gz"), gold(item))
        for key, item in sorted(truth.items())
    ]


def load_scrapinghub(folder: Path) -> list[Page]:
    return _load(folder, lambda item: [item["articleBody"]])


def _fundus_variants(body: list[str]) -> list[str]:
    optional = [p.startswith("[") and p.endswith("]") for p in body]
    with_opt = "\n\n".join(p[1:-1] if o else p for p, o in zip(body, optional, strict=True))
    without = "\n\n".join(p for p, o in zip(body, optional, strict=True) if not o)
    return [with_opt] if with_opt == without else [with_opt, without]


def load_fundus(folder: Path) -> list[Page]:
    return _load(folder, lambda item: _fundus_variants(item["body"]))


# --- extractors ----------------------------------------------------------------------------


def ours(html: str, url: str) -> str:
    """Our extraction + cleanup, as the pipeline feeds later stages (headings kept)."""
    from briefing.clean import clean_blocks
    from briefing.extract import extract_html

    page = extract_html(html, url=url or None)
    return "\n\n".join(b.text for b in clean_blocks(page.text))


def ours_paragraphs_only(html: str, url: str) -> str:
    """The same without heading blocks: shows whether the gold bodies carry sub-headings."""
    from briefing.clean import clean_blocks
    from briefing.extract import extract_html

    blocks = clean_blocks(extract_html(html, url=url or None).text)
    return "\n\n".join(b.text for b in blocks if b.kind == "paragraph")


def trafilatura_alone(html: str, url: str) -> str:
    import trafilatura

    return trafilatura.extract(html, url=url or None, include_comments=False) or ""


EXTRACTORS: dict[str, Callable[[str, str], str]] = {
    "ours": ours,
    "ours_paragraphs": ours_paragraphs_only,
    "trafilatura": trafilatura_alone,
}


@dataclass
class PageResult:
    score: PageScore
    rouge_lsum: float | None = None


def run_set(pages: list[Page], label: str) -> tuple[dict[str, list[PageResult]], dict[str, float]]:
    """Per-page results per extractor (in page order), and seconds spent per extractor."""
    results: dict[str, list[PageResult]] = {}
    seconds: dict[str, float] = {}
    rouge = _rouge_scorer() if label == "fundus" else None
    for name, extractor in EXTRACTORS.items():
        page_results: list[PageResult] = []
        spent = 0.0
        if pages:
            extractor(pages[0].html, pages[0].url)  # warm-up: imports and lazy tables off the clock
        for page in Progress(pages, f"{label}/{name}"):
            start = time.perf_counter()
            predicted = extractor(page.html, page.url)
            spent += time.perf_counter() - start
            best = max((score_page(g, predicted) for g in page.golds), key=lambda s: s.f1)
            rouge_f = None
            if rouge is not None:
                pred_lines = _sentence_lines(predicted)
                rouge_f = max(
                    rouge.score(_sentence_lines(g), pred_lines)["rougeLsum"].fmeasure
                    for g in page.golds
                )
            page_results.append(PageResult(best, rouge_f))
        results[name] = page_results
        seconds[name] = spent
    return results, seconds


def summarise(page_results: list[PageResult]) -> dict[str, float]:
    """Set-level metrics of some pages: the benchmark's P/R/F1/accuracy, and mean ROUGE-LSum."""
    out = aggregate([r.score for r in page_results])
    rouge = [r.rouge_lsum for r in page_results if r.rouge_lsum is not None]
    if rouge:
        out["rougeLsum_f1"] = sum(rouge) / len(rouge)
    return out


def _rouge_scorer():  # type: ignore[no-untyped-def]  # optional dev dependency
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        return None
    # split_summaries=True needs NLTK's punkt download; we put one sentence per line ourselves
    return rouge_scorer.RougeScorer(["rougeLsum"], use_stemmer=False, split_summaries=False)


def _sentence_lines(text: str) -> str:
    from briefing.sentences import split_sentences

    return "\n".join(s for para in text.split("\n") for s in split_sentences(para))


def _group(label: str) -> Callable[[Page], str]:
    """What keeps pages on one side of the split: the site (scrapinghub) or the publisher
    (fundus ids are ``<Publisher>_<n>``)."""
    if label == "fundus":
        return lambda page: page.id.rsplit("_", 1)[0]
    return lambda page: site_of(page.url) if page.url else page.id


def _table(
    rows: Iterable[tuple[str, str, dict[str, dict[str, float]], dict[str, int], float]],
) -> str:
    lines = [
        "| set | extractor | part | pages | precision | recall | F1 | accuracy | ROUGE-LSum F1 | seconds |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for set_name, name, by_part, sizes, secs in rows:
        for part, m in by_part.items():
            rouge = f"{m['rougeLsum_f1']:.4f}" if "rougeLsum_f1" in m else "–"
            seconds = f"{secs:.2f}" if part == "dev" else ""
            lines.append(
                f"| {set_name} | {name} | {part} | {sizes[part]} | {m['precision']:.4f} "
                f"| {m['recall']:.4f} | **{m['f1']:.4f}** | {m['accuracy']:.3f} | {rouge} | {seconds} |"
            )
    return "\n".join(lines)


def evaluate(data_dir: Path) -> Section:
    sets = [("scrapinghub_aeb", load_scrapinghub), ("fundus_eval", load_fundus)]
    rows = []
    metrics: dict[str, float] = {}
    for folder_name, loader in sets:
        folder = data_dir / folder_name
        if not (folder / "ground-truth.json").is_file():
            continue
        pages = loader(folder)
        label = "fundus" if folder_name.startswith("fundus") else "scrapinghub"
        results, seconds = run_set(pages, label)
        index = {page.id: i for i, page in enumerate(pages)}
        parts = split(pages, _group(label))
        sizes = {part: len(part_pages) for part, part_pages in parts.items()}
        for name, page_results in results.items():
            by_part = {
                part: summarise([page_results[index[p.id]] for p in part_pages])
                for part, part_pages in parts.items()
            }
            rows.append((folder_name, name, by_part, sizes, seconds[name]))
            for part, m in by_part.items():
                prefix = label if part == "dev" else f"{label}.{part.split()[0]}"
                for key, value in m.items():
                    metrics[f"{prefix}.{name}.{key}"] = round(value, 5)
    markdown = (
        "4-gram shingle precision/recall/F1 as in the Article Extraction Benchmark (own "
        "implementation; P and R are means over pages, F1 their harmonic mean; accuracy = share "
        "of pages with identical token sequences). *ours* = "
        "`extract_html` + `clean_blocks` "
        "(headings kept, as later stages see them — the scrapinghub gold bodies include most "
        "sub-headings, so dropping them costs recall; the *ours_paragraphs* row drops them); "
        "*trafilatura* = `trafilatura.extract` with "
        "default options and comments off. fundus: best of the gold variants with/without "
        "optional `[…]` paragraphs; ROUGE-LSum F1 (no stemming) as in the fundus paper, sentences "
        "split by our splitter instead of NLTK punkt (offline). Halves: pages split by a hash of "
        "their site (scrapinghub) or publisher (fundus), so the untuned half holds sites never "
        "tuned on (`evaluation/halves.py`). "
        "Seconds = extraction time for the whole set on this machine.\n\n" + _table(rows)
    )
    return Section(title="Article extraction", markdown=markdown, metrics=metrics)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    data_dir = Path(args[0]) if args else default_data_dir()
    if data_dir is None:
        print("no data directory found (expected ../shared/data)", file=sys.stderr)
        return 1
    section = evaluate(data_dir)
    print(section.markdown)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
