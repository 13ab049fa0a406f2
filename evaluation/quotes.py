"""Quote and speaker evaluation on PolNeAR (``polnear/polnear.jsonl``).

Gold: attributions whose content contains quote marks (``has_quote_marks``) — the direct
quotes. PolNeAR joins the pieces of one attribution ("A," he said. "B.") into one content and
often includes unquoted context ('Leeds was "trying too hard" to get ...'), so a gold item can
be matched by several predicted quotes. Two matchings are reported:

* one-to-one: greedy by token-overlap F1 (``\\w+`` tokens, F1 >= 0.5), each item used once;
* fragment-aware: every predicted quote is assigned to the gold item that contains most of its
  tokens (>= 50 %); a gold item is found when the union of its fragments reaches F1 >= 0.5,
  and those fragments are all true positives. Everything else predicted is a false positive.
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
#: A gold attribution counts as a direct quote when at least this share of its words is quoted.
_DIRECT_SHARE = 0.5
#: A predicted quote is a fragment of a gold attribution when this share of its words is in it.
_FRAGMENT_INSIDE = 0.8
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


def _one_to_one(preds: list[list[str]], golds: list[list[str]]) -> list[tuple[int, int]]:
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
    inside = [t for sp in find_double_quotes(content) for t in _tokens(content[sp.start : sp.end])]
    return len(inside) / max(len(_tokens(content)), 1)


def _contained(pred: list[str], golds: list[list[str]]) -> bool:
    return any(len(set(pred) & set(g)) >= 0.5 * len(set(pred)) for g in golds) if pred else False


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def evaluate(data_dir: Path) -> Section:
    path = Path(data_dir) / "polnear" / "polnear.jsonl"
    options = BriefingOptions()
    keys = [(subset, mode) for subset in ("all", "direct") for mode in ("1:1", "frag")]
    counts = {
        k: dict.fromkeys(("gold", "found", "tp_p", "spk", "strict", "mention", "lenient"), 0)
        for k in keys
    }
    prec = dict.fromkeys(("pred", "pred_ns", "overlap", "overlap_ns", "any", "any_ns"), 0)
    for line in path.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        found = find_quotes_detailed(clean_blocks(article["text"]), options=options)
        all_golds = [q for q in article["quotes"] if q["has_quote_marks"]]
        pred_tokens = [_tokens(q.text) for q, _ in found]
        all_tokens = [_tokens(g["quote"]) for g in all_golds]
        any_tokens = [_tokens(g["quote"]) for g in article["quotes"]]
        for (q, _), toks in zip(found, pred_tokens, strict=True):
            hit = _contained(toks, all_tokens)
            hit_any = _contained(toks, any_tokens)
            prec["pred"] += 1
            prec["overlap"] += hit
            prec["any"] += hit_any
            prec["pred_ns"] += not q.scare
            prec["overlap_ns"] += hit and not q.scare
            prec["any_ns"] += hit_any and not q.scare
        for subset, mode in keys:
            golds = [
                g
                for g in all_golds
                if subset == "all" or _quoted_share(g["quote"]) >= _DIRECT_SHARE
            ]
            gold_tokens = [_tokens(g["quote"]) for g in golds]
            pairs = (_one_to_one if mode == "1:1" else _fragments)(pred_tokens, gold_tokens)
            c = counts[(subset, mode)]
            c["gold"] += len(golds)
            c["found"] += len({j for _, j in pairs})
            c["tp_p"] += len({i for i, _ in pairs})
            for i, j in pairs:
                gold_speaker = golds[j]["speaker"]
                if not gold_speaker or not gold_speaker.strip():
                    continue
                quote, mention = found[i]
                strict = speaker_strict(quote.speaker, gold_speaker)
                by_mention = speaker_mention(mention, gold_speaker)
                c["spk"] += 1
                c["strict"] += strict
                c["mention"] += by_mention
                c["lenient"] += strict or by_mention
    metrics: dict[str, float] = {
        "predicted": prec["pred"],
        "precision_overlap": round(_ratio(prec["overlap"], prec["pred"]), 4),
        "precision_overlap_non_scare": round(_ratio(prec["overlap_ns"], prec["pred_ns"]), 4),
        "precision_any_attribution": round(_ratio(prec["any"], prec["pred"]), 4),
        "precision_any_attribution_non_scare": round(_ratio(prec["any_ns"], prec["pred_ns"]), 4),
    }
    rows = []
    for (subset, mode), c in counts.items():
        m = {
            "recall": _ratio(c["found"], c["gold"]),
            "precision_matched": _ratio(c["tp_p"], prec["pred"]),
            "speaker_strict": _ratio(c["strict"], c["spk"]),
            "speaker_mention": _ratio(c["mention"], c["spk"]),
            "speaker_lenient": _ratio(c["lenient"], c["spk"]),
        }
        metrics.update({f"{subset}_{mode}_{k}": round(v, 4) for k, v in m.items()})
        cells = " | ".join(f"{v:.3f}" for v in m.values())
        rows.append(f"| {subset} ({c['gold']}) | {mode} | {cells} | {c['spk']} |")
    table = (
        "| gold set (n) | matching | recall | precision (matched) | speaker strict | speaker mention "
        "| speaker lenient | pairs scored |\n|---|---|---|---|---|---|---|---|\n" + "\n".join(rows)
    )
    text = (
        "PolNeAR test articles through `clean_blocks` then `find_quotes` (scare quotes included). "
        "Gold *all* = attributions with quote marks; *direct* = those whose content is mostly quoted "
        f"words (>= {_DIRECT_SHARE:.0%} of tokens inside the marks) - *all* also holds paraphrases with a "
        "quoted fragment ('Leeds was \"trying too hard\" to get ...') that a quote extractor, which "
        "returns the quoted words, cannot match at token F1 >= 0.5. Matching by `\\w+` token-overlap "
        "F1 >= 0.5: *1:1* pairs one predicted quote with one gold item; *frag* lets the pieces of one "
        'attribution ("A," he said. "B.") each count when together they match it. '
        "*precision (matched)* = matched predictions / all predictions. "
        f"*precision (overlap)*, the headline precision: a prediction is correct when >= 50 % of its "
        f"tokens lie inside some gold attribution with quote marks: {metrics['precision_overlap']:.3f} over "
        f"all {prec['pred']} predictions, {metrics['precision_overlap_non_scare']:.3f} over the "
        f"{prec['pred_ns']} non-scare ones. Annotators sometimes span a quotation without its marks "
        "(then `has_quote_marks` is false although the article quotes it); counting a prediction as "
        "correct when it lies inside *any* gold attribution gives "
        f"{metrics['precision_any_attribution']:.3f} (all) and "
        f"{metrics['precision_any_attribution_non_scare']:.3f} (non-scare). Every prediction is text "
        "between quote marks in the article, so the remaining errors are quotes the annotator did not "
        "mark as attributed (mostly scare quotes, titles and nicknames).\n\n"
        "Speaker accuracy is over matched pairs whose gold has a speaker. Gold speakers are surface "
        'mentions ("he", "the newspaper"), ours are resolved names: *strict* = equal after '
        "lower-casing and dropping articles, or the gold name's words all appear in our name (gold "
        '"Mr. Trump" / ours "Donald Trump"), so a gold pronoun never matches strictly; *mention* = the '
        "raw mention we attributed from (before resolution) is the annotated one (token F1 >= 0.5): the "
        "right cue, our pronoun/surname resolution unchecked; *lenient* = strict or mention.\n\n"
        + table
    )
    return Section(title="Quotes and speakers (PolNeAR)", markdown=text, metrics=metrics)
