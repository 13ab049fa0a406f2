"""Measured experiment (issue 13, session 9): does a dependency-parse last resort
(``briefing.parse_fallback``, ``BriefingOptions.parse_fallback``) fill quotes the rules leave
without a speaker, and at what cost in wrong speakers and time?

One process runs the PolNeAR evaluation with the fallback off and on, over the same articles:

    .venv/bin/python -m evaluation.parse_fallback_experiment /work/shared/data
        figures of tuning and untuned A, off and on; verdict changes (none -> ok, none -> wrong, …)
        per split; the none -> wrong / ok -> … cases of tuning and untuned A written to
        /tmp/parse12_changes.jsonl for reading
    … --timing      also: find_quotes_detailed over every text, off and on (ms/article), and
                    spaCy import + model load time
    … --parse-alone every quote attributed by the parse alone (rules' mentions dropped), scored
                    beside the rules on tuning and untuned A; nothing else
    … --show-b      also print the untuned B line off and on (once, at the very end of the work)

Untuned B's verdict changes are never printed or written.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

from briefing.clean import clean_blocks
from briefing.models import BriefingOptions
from briefing.quotes import find_quotes_detailed
from evaluation.quotes import Tally, parts_of, read_articles, score_article

OFF = BriefingOptions()
ON = BriefingOptions(parse_fallback=True)
READ_SPLITS = ("tuning", "untuned A")


def _row(name: str, tally: Tally) -> str:
    r = tally.row()
    return (
        f"{name:10s} accuracy {r['speaker_accuracy']:.4f}  no speaker {r['no_speaker']:.4f}  "
        f"wrong {r['wrong_speaker']:.4f}  pairs {r['speaker_pairs']:.0f}  "
        f"pronoun -> antecedent {r['pronoun_resolution']:.4f} of {r['pronoun_pairs']:.0f}"
    )


def compare(data_dir: Path, show_b: bool, out: Path) -> None:
    articles = read_articles(data_dir)
    tallies = {(s, on): Tally() for s in (*READ_SPLITS, "untuned B") for on in (False, True)}
    changes: dict[str, Counter[str]] = {s: Counter() for s in READ_SPLITS}
    records = []
    for article in articles:
        blocks = clean_blocks(str(article["text"]))
        off_t, on_t = Tally(), Tally()
        off = score_article(article, find_quotes_detailed(blocks, options=OFF), off_t)
        on = score_article(article, find_quotes_detailed(blocks, options=ON), on_t)
        parts = [p for p in parts_of(article) if p in (*READ_SPLITS, "untuned B")]
        for part in parts:
            tallies[(part, False)].update(off_t)
            tallies[(part, True)].update(on_t)
        readable = [p for p in parts if p in READ_SPLITS]
        if not readable:
            continue  # untuned B: figures only, never its cases
        assert [s.quote.text for s in off] == [s.quote.text for s in on]
        for a, b in zip(off, on, strict=True):
            if a.verdict == b.verdict and a.quote.speaker == b.quote.speaker:
                continue
            change = f"{a.verdict} -> {b.verdict}"
            for part in readable:
                changes[part][change] += 1
            records.append({
                "id": article["id"], "split": readable[0], "change": change, "gold": b.gold.text,
                "ours": b.quote.speaker, "mention": b.quote.speaker_mention, "verb": b.quote.verb,
                "cue": b.cue, "quote": b.quote.text[:90], "paragraph": b.quote.paragraph,
            })
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    for split in READ_SPLITS:
        print(_row(f"{split} off", tallies[(split, False)]).replace(" off ", "    ", 1) + "  [off]")
        print(_row(split, tallies[(split, True)]) + "  [on]")
        print(f"  changes: {dict(changes[split])}")
    print(f"(changed pairs of tuning and untuned A written to {out})")
    if show_b:
        print(_row("untuned B", tallies[("untuned B", False)]) + "  [off]")
        print(_row("untuned B", tallies[("untuned B", True)]) + "  [on]")


def timing(data_dir: Path) -> None:
    t0 = time.perf_counter()
    import spacy  # noqa: F401  (timed on purpose)

    t1 = time.perf_counter()
    from briefing.parse_fallback import load_parser

    assert load_parser() is not None, "spaCy model missing"
    t2 = time.perf_counter()
    print(f"spaCy import {1000 * (t1 - t0):.0f} ms, model load {1000 * (t2 - t1):.0f} ms")
    texts = [clean_blocks(str(a["text"])) for a in read_articles(data_dir)]
    for blocks in texts[:20]:  # warm both paths
        find_quotes_detailed(blocks, options=OFF)
        find_quotes_detailed(blocks, options=ON)
    for _ in range(2):
        for name, options in (("off", OFF), ("on", ON)):
            start = time.perf_counter()
            for blocks in texts:
                find_quotes_detailed(blocks, options=options)
            elapsed = time.perf_counter() - start
            print(f"find_quotes_detailed {name:3s}: {1000 * elapsed / len(texts):.2f} ms/article over {len(texts)} texts")


def parse_alone(data_dir: Path) -> None:
    """How the parse attributes on its own: every quote's rule mention is dropped before the
    parse step, so the parse answers (or not) for all quotes; scored against gold beside the
    rules on the same judged non-pronoun pairs of tuning and untuned A."""
    import briefing.quotes as quotes_module

    original = quotes_module.attribute_quotes

    def without_rules(blocks, body, found, registry):  # type: ignore[no-untyped-def]
        masks = original(blocks, body, found, registry)
        for f in found:
            if not f.labelled:
                f.mention, f.verb = None, None
        return masks

    rules = {s: Counter[str]() for s in READ_SPLITS}
    wrong_records: list[dict[str, object]] = []
    parse = {s: Counter[str]() for s in READ_SPLITS}
    articles = [a for a in read_articles(data_dir) if set(parts_of(a)) & set(READ_SPLITS)]
    for article in articles:
        blocks = clean_blocks(str(article["text"]))
        by_rules = score_article(article, find_quotes_detailed(blocks, options=OFF), Tally())
        quotes_module.attribute_quotes = without_rules  # type: ignore[assignment]
        try:
            by_parse = score_article(article, find_quotes_detailed(blocks, options=ON), Tally())
        finally:
            quotes_module.attribute_quotes = original  # type: ignore[assignment]
        parsed = {(s.quote.paragraph, s.quote.text): s.verdict for s in by_parse}
        for b in by_parse:
            if b.verdict == "wrong":
                wrong_records.append({
                    "id": article["id"], "gold": b.gold.text, "parse": b.quote.speaker,
                    "mention": b.quote.speaker_mention, "verb": b.quote.verb, "cue": b.cue,
                    "quote": b.quote.text[:90], "paragraph": b.quote.paragraph,
                })
        for part in (p for p in parts_of(article) if p in READ_SPLITS):
            for a in by_rules:
                if a.verdict in {"ok", "wrong", "none", "by_mention", "inner"}:
                    # a pair the parse run did not judge (a title-like quote dropped without a
                    # mention, or matched otherwise) counts as unanswered by the parse
                    rules[part][a.verdict] += 1
                    parse[part][parsed.get((a.quote.paragraph, a.quote.text), "none")] += 1
    out = Path("/tmp/parse12_alone_wrong.jsonl")
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in wrong_records), encoding="utf-8")
    print(f"(the parse's wrong speakers on tuning and untuned A written to {out})")
    for split in READ_SPLITS:
        for name, counts in (("rules", rules[split]), ("parse alone", parse[split])):
            total = sum(counts.values())
            right = counts["ok"] + counts["by_mention"] + counts["inner"]
            answered = total - counts["none"]
            print(
                f"{split:10s} {name:11s} pairs {total}  answered {answered / total:.3f}  "
                f"right {right / total:.3f}  wrong {counts['wrong'] / total:.3f}  "
                f"precision (right/answered) {right / answered:.3f}"
            )


def suite() -> None:
    """The hand-written pattern suite (``tests/briefing/attribution_cases.py``) off and on: its
    "say less" cases (``None`` accepted) are texts where the fallback must not name anyone."""
    from briefing.models import Block
    from briefing.quotes import find_quotes
    from evaluation.quote_patterns import load_cases

    module = load_cases()
    if module is None:
        print("pattern suite: not found")
        return
    changes: Counter[str] = Counter()
    outcomes = {False: Counter[str](), True: Counter[str]()}
    for case in module.ALL_CASES:
        blocks = [Block(text=p.strip()) for p in case.text.split("\n\n") if p.strip()]
        verdicts = []
        for on, options in ((False, OFF), (True, ON)):
            quote = next((q for q in find_quotes(blocks, options=options) if q.text.startswith(case.quote)), None)
            verdict = "missed" if quote is None else "right" if quote.speaker in case.accepted else "none" if quote.speaker is None else "wrong"
            outcomes[on][verdict] += 1
            verdicts.append((verdict, quote.speaker if quote else None))
        if verdicts[0] != verdicts[1]:
            changes[f"{verdicts[0][0]} -> {verdicts[1][0]}"] += 1
            print(f"  suite change {verdicts[0]} -> {verdicts[1]}: {case.text[:150]!r}")
    for on in (False, True):
        o = outcomes[on]
        found = sum(o.values()) - o["missed"]
        print(f"pattern suite [{'on' if on else 'off'}]: {sum(o.values())} cases, right {o['right'] / found:.4f}, none {o['none']}, wrong {o['wrong']}")
    print(f"  suite changes: {dict(changes)}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    data = Path(args[0] if args else "../../shared/data")
    if "--timing" in sys.argv:
        timing(data)
    if "--parse-alone" in sys.argv:
        parse_alone(data)
        sys.exit(0)
    compare(data, "--show-b" in sys.argv, Path("/tmp/parse12_changes.jsonl"))
    suite()
