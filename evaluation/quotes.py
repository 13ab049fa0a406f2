"""Quote and speaker evaluation on PolNeAR (``polnear/polnear.jsonl``).

Gold: attributions whose content contains quote marks (``has_quote_marks``) — the direct
quotes. A direct quote is the words *inside* the marks, so the headline matches our quotes
against each gold item's quoted segment(s): the text between the marks inside the gold content
span. PolNeAR contents often wrap a quoted fragment in paraphrase ('Leeds was "trying too hard"
to get ...'); matching against the whole content (the second reported unit) asks a quote
extractor for words it must not return.

* one-to-one (*1:1*): greedy by token-overlap F1 (``\\w+`` tokens, F1 >= 0.5), each predicted
  quote and each gold item used once;
* fragment-aware (*frag*): PolNeAR joins the pieces of one attribution ("A," he said. "B.")
  into one item; every predicted quote goes to the gold item holding most of its tokens
  (>= 80 %) and the item is found when the union of its pieces reaches F1 >= 0.5.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from briefing.clean import clean_blocks
from briefing.models import BriefingOptions
from briefing.quote_marks import find_double_quotes
from briefing.quotes import find_quotes_detailed
from briefing.speakers import PRONOUNS, clean_name

from . import Section

_TOKEN = re.compile(r"\w+")
_MATCH_F1 = 0.5
#: A gold attribution counts as "mostly quoted" when at least this share of its words is quoted.
_DIRECT_SHARE = 0.5
#: A predicted quote is a fragment of a gold attribution when this share of its words is in it.
_FRAGMENT_INSIDE = 0.8
#: A prediction is correct (headline precision) when this share of its words is in a gold unit.
_INSIDE_SHARE = 0.5
_DETERMINERS = {"the", "a", "an"}


def _tokens(text: str | None) -> list[str]:
    return _TOKEN.findall((text or "").lower())


def _f1(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    common = len(sa & sb)
    if not common:
        return 0.0
    p, r = common / len(sa), common / len(sb)
    return 2 * p * r / (p + r)


def _norm_speaker(text: str | None) -> str:
    words = [w for w in _tokens(text) if w not in _DETERMINERS]
    return " ".join(words)


def speaker_strict(ours: str | None, gold: str) -> bool:
    """Equal after normalisation, or the gold name's words are all in our resolved name."""
    if ours is None:
        return False
    if _norm_speaker(ours) == _norm_speaker(gold):
        return True
    gold_name = clean_name(gold.split(",")[0]) if any(w[:1].isupper() for w in gold.split()) else ""
    name_words = set(_tokens(gold_name)) - _DETERMINERS
    return bool(name_words) and name_words <= set(_tokens(ours)) and gold.lower() not in PRONOUNS


def speaker_mention(mention: str | None, gold: str) -> bool:
    """We attributed the quote to the same surface mention as the annotator (e.g. the same "he")."""
    if mention is None:
        return False
    ours, theirs = set(_tokens(mention)) - _DETERMINERS, set(_tokens(gold)) - _DETERMINERS
    return bool(ours) and (ours <= theirs or _f1(ours, theirs) >= _MATCH_F1)


def quoted_segments(content: str) -> str:
    """The words between the quote marks of a gold content span, pieces joined by spaces."""
    return " ".join(content[sp.start : sp.end] for sp in find_double_quotes(content))


def one_to_one(preds: list[list[str]], golds: list[list[str]]) -> list[tuple[int, int]]:
    """Greedy best-F1-first pairing of predictions with gold items, each used at most once."""
    pairs = sorted(
        (
            (f, i, j)
            for i, p in enumerate(preds)
            for j, g in enumerate(golds)
            if (f := _f1(p, g)) >= _MATCH_F1
        ),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _fragments(preds: list[list[str]], golds: list[list[str]]) -> list[tuple[int, int]]:
    assigned: dict[int, list[int]] = {}
    for i, p in enumerate(preds):
        if not p:
            continue
        best = max(range(len(golds)), key=lambda j: len(set(p) & set(golds[j])), default=None)
        if best is not None and len(set(p) & set(golds[best])) / len(set(p)) >= _FRAGMENT_INSIDE:
            assigned.setdefault(best, []).append(i)
    out = []
    for j, idx in assigned.items():
        union = [t for i in idx for t in preds[i]]
        if _f1(union, golds[j]) >= _MATCH_F1:
            out.extend((i, j) for i in idx)
    return out


def _quoted_share(content: str) -> float:
    """Share of an attribution's tokens that sit inside quote marks (1.0 = a pure quote)."""
    return len(_tokens(quoted_segments(content))) / max(len(_tokens(content)), 1)


def _contained(pred: list[str], golds: list[list[str]]) -> bool:
    share = _INSIDE_SHARE * len(set(pred))
    return any(len(set(pred) & set(g)) >= share for g in golds) if pred else False


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


#: Table rows: (gold set, matching unit, pairing). The first row is the headline.
_ROWS = [
    ("all", "quoted", "1:1"),
    ("all", "quoted", "frag"),
    ("all", "content", "1:1"),
    ("all", "content", "frag"),
    ("direct", "quoted", "1:1"),
    ("direct", "content", "1:1"),
]
_PREC = ("pred", "pred_ns", "in_quoted", "in_quoted_ns", "in_content", "in_any")


def evaluate(data_dir: Path) -> Section:
    path = Path(data_dir) / "polnear" / "polnear.jsonl"
    options = BriefingOptions()
    counts = {
        k: dict.fromkeys(("gold", "found", "tp_p", "spk", "strict", "mention", "lenient"), 0)
        for k in _ROWS
    }
    prec = dict.fromkeys(_PREC, 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        found = find_quotes_detailed(clean_blocks(article["text"]), options=options)
        all_golds = [q for q in article["quotes"] if q["has_quote_marks"]]
        pred_tokens = [_tokens(q.text) for q, _ in found]
        units = {
            "quoted": [_tokens(quoted_segments(g["quote"])) for g in all_golds],
            "content": [_tokens(g["quote"]) for g in all_golds],
        }
        any_tokens = [_tokens(g["quote"]) for g in article["quotes"]]
        for (q, _), toks in zip(found, pred_tokens, strict=True):
            hit = _contained(toks, units["quoted"])
            prec["pred"] += 1
            prec["pred_ns"] += not q.scare
            prec["in_quoted"] += hit
            prec["in_quoted_ns"] += hit and not q.scare
            prec["in_content"] += _contained(toks, units["content"])
            prec["in_any"] += _contained(toks, any_tokens)
        for row in _ROWS:
            subset, unit, mode = row
            keep = [
                j
                for j, g in enumerate(all_golds)
                if subset == "all" or _quoted_share(g["quote"]) >= _DIRECT_SHARE
            ]
            gold_tokens = [units[unit][j] for j in keep]
            pairs = (one_to_one if mode == "1:1" else _fragments)(pred_tokens, gold_tokens)
            c = counts[row]
            c["gold"] += len(keep)
            c["found"] += len({j for _, j in pairs})
            c["tp_p"] += len({i for i, _ in pairs})
            for i, j in pairs:
                gold_speaker = all_golds[keep[j]]["speaker"]
                if not gold_speaker or not gold_speaker.strip():
                    continue
                quote, mention = found[i]
                strict = speaker_strict(quote.speaker, gold_speaker)
                by_mention = speaker_mention(mention, gold_speaker)
                c["spk"] += 1
                c["strict"] += strict
                c["mention"] += by_mention
                c["lenient"] += strict or by_mention
    head = counts[_ROWS[0]]
    metrics: dict[str, float] = {
        "predicted": prec["pred"],
        "recall": round(_ratio(head["found"], head["gold"]), 4),
        "precision": round(_ratio(prec["in_quoted"], prec["pred"]), 4),
        "speaker_accuracy": round(_ratio(head["lenient"], head["spk"]), 4),
        "precision_non_scare": round(_ratio(prec["in_quoted_ns"], prec["pred_ns"]), 4),
        "precision_in_content": round(_ratio(prec["in_content"], prec["pred"]), 4),
        "precision_any_attribution": round(_ratio(prec["in_any"], prec["pred"]), 4),
    }
    rows = []
    for row, c in counts.items():
        m = {
            "recall": _ratio(c["found"], c["gold"]),
            "precision_matched": _ratio(c["tp_p"], prec["pred"]),
            "speaker_strict": _ratio(c["strict"], c["spk"]),
            "speaker_mention": _ratio(c["mention"], c["spk"]),
            "speaker_lenient": _ratio(c["lenient"], c["spk"]),
        }
        metrics.update({f"{'_'.join(row)}_{k}": round(v, 4) for k, v in m.items()})
        cells = " | ".join(f"{v:.3f}" for v in m.values())
        subset, unit, mode = row
        rows.append(f"| {subset} ({c['gold']}) | {unit} | {mode} | {cells} | {c['spk']} |")
    table = (
        "| gold set (n) | gold unit | pairing | recall | precision (matched) | speaker strict "
        "| speaker mention | speaker lenient | pairs scored |\n"
        "|---|---|---|---|---|---|---|---|---|\n" + "\n".join(rows)
    )
    text = (
        "PolNeAR test articles through `clean_blocks` then `find_quotes_detailed`; every quote we "
        "return counts, scare quotes included. Gold = **all** "
        f"{head['gold']} attributions with quote marks (no subset).\n\n"
        "**Headline** (first table row, and `recall` / `precision` / `speaker_accuracy` in the JSON):\n"
        f"- *recall* {metrics['recall']:.3f}: share of the {head['gold']} gold items matched one-to-one "
        "by a predicted quote whose `\\w+` token F1 against the item's *quoted segment(s)* (the words "
        "between the marks inside the gold content, pieces joined) is >= 0.5;\n"
        f"- *precision* {metrics['precision']:.3f}: share of all {prec['pred']} predicted quotes "
        f"(scare quotes included) with >= {_INSIDE_SHARE:.0%} of their tokens inside the quoted "
        'segment(s) of one gold item. Not one-to-one on purpose: PolNeAR joins "A," he said. "B." '
        "into one item, and B is as correct as A. The one-to-one share is the *precision (matched)* "
        "column;\n"
        f"- *speaker accuracy* {metrics['speaker_accuracy']:.3f}: over the headline matched pairs "
        f"whose gold has a speaker ({head['spk']} pairs), the *lenient* column below.\n\n"
        'Gold speakers are surface mentions ("he", "the daily"), ours are resolved names: *strict* = '
        "equal after lower-casing and dropping articles, or the gold name's words all appear in our "
        'name (gold "Mr. Trump" / ours "Donald Trump"), so a gold pronoun never matches strictly; '
        "*mention* = the raw mention we attributed from (before resolution) is the annotated one "
        "(token F1 >= 0.5): the right cue, our pronoun/surname resolution unchecked; *lenient* = "
        "strict or mention (same mention or resolved name).\n\n"
        "Other rows, for transparency: *content* matches against the whole gold content span (the "
        "old definition: paraphrases around a short quoted fragment cannot reach F1 0.5 there); "
        "*frag* lets the pieces of one joined attribution each count when together they match it; "
        f"*direct* keeps only the gold items that are mostly quoted words (>= {_DIRECT_SHARE:.0%} of "
        "tokens inside the marks). Precision variants: non-scare predictions only "
        f"{metrics['precision_non_scare']:.3f} ({prec['pred_ns']}); inside a whole gold content span "
        f"{metrics['precision_in_content']:.3f}; inside *any* gold attribution, with or without marks "
        f"(annotators sometimes span a quotation without its marks) {metrics['precision_any_attribution']:.3f}.\n\n"
        + table
    )
    return Section(title="Quotes and speakers (PolNeAR)", markdown=text, metrics=metrics)
