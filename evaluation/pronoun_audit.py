"""Where a he or she goes to the wrong person, by structural condition: a calibration audit.

Why: a pronoun quote resolved to the wrong person puts words in someone's mouth, the worst error
the product makes. On read text our pronoun -> person figure is high (PolNeAR tuning 0.941), on
unseen text much lower (uspol held 0.750, GGT B he/she 0.763), and item-level mends of read text
do not carry over. So instead of one more frame rule this asks: under which *conditions* of the
resolution (how far back the chosen person stands, whether someone else fitting the pronoun was
named in between, whether the chosen person was an owner or an opening clause's subject, whether
the text gave that person a gender, …) is our choice risky, over ALL readable gold pronoun pairs
together? A condition where the chosen person is wrong >= 50% of the time, with a meaningful
count, in >= 2 sources, would be a place to show no speaker (that removes more wrong names than
right ones); 25-50% is worth reporting, not acting on.

How: ``briefing.quotes.resolve_speakers`` and ``briefing.speaker_resolution.SubjectIndex`` are
wrapped for the run (product code untouched): the index's ``resolve`` records what it returned at
each position and whether the registry knew that person's gender *at that moment* (the resolver
then writes the pronoun's gender into the registry); after resolution, each quote whose mention
is "he" or "she" gets its conditions read off the index's registered referents (subjects and
speakers), the registry's names and the sentence and paragraph starts. Sources (readable only):
PolNeAR tuning + untuned A quotations (``evaluation.quotes``; articles of "untuned B" are
skipped before anything is done with them), the paraphrase testbed's tuning + A copies
(``evaluation.paraphrases``), GGT A's pronoun pairs (``evaluation.ggt``; GGT B never read) and
the uspol tuning labels (``evaluation.uspol``; the held half never read). BBC H is not touched.

    .venv/bin/python -m evaluation.pronoun_audit /work/shared/data
    (GGT: $BRIEFBOT_GGT_DIR=/work/wt/notes/ggt, uspol: $BRIEFBOT_USPOL_DIR=/work/wt/notes/pools/uspol)
    add --records FILE to write one JSON line per pair (readable sources only)

Verdicts: right / wrong (a person other than the gold's) / none (no speaker shown). ``wrong%``
is wrong / (right + wrong): the share of shown speakers that are wrong. Only pairs our pipeline
attributed from a "he" or "she" mention get conditions ("via he/she"); the table's first rows
count the others too.

Result (session 37, code f2680b6): see ``docs/pronoun-audit.md``.
"""

from __future__ import annotations

import json
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path
from typing import Any

import briefing.quotes as bq
import briefing.speaker_resolution as sr
from briefing.found_quotes import block_offsets
from briefing.given_names import given_name_gender
from briefing.referents import Referent
from briefing.salience import SubjectIndex
from briefing.speaker_resolution import resolve_speakers

#: per resolve_speakers call: quote text -> conditions of its he/she resolution
_RECORDED: dict[str, dict[str, Any]] = {}
_INDEXES: list[Any] = []
_ORIGINAL_RESOLVE = resolve_speakers


class _RecordingIndex(SubjectIndex):
    """``SubjectIndex`` that keeps what ``resolve`` returned and whether the person's gender was
    known when it did."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.calls: dict[int, tuple[str | None, str | None]] = {}
        _INDEXES.append(self)

    def resolve(self, pronoun: str, position: int, *args: Any, **kwargs: Any) -> str | None:
        found: str | None = super().resolve(pronoun, position, *args, **kwargs)
        if position not in self.calls:  # the first call is the choice; later ones re-ask with an exclusion
            source = None
            if found:
                registry = self._registry
                if registry.gender.get(found):
                    source = "text"  # an honorific, a gendered role noun, a pronoun already tied to it
                elif registry.gender_of(found):
                    source = "title or given name"
            self.calls[position] = (found, source)
        return found


def _same_person(a: str, b: str) -> bool:
    """One person's forms ("Ann Roe", "Roe"); descriptions compared whole."""
    if a == b:
        return True
    if not (a[:1].isupper() and b[:1].isupper()):
        return a.lower().removeprefix("the ") == b.lower().removeprefix("the ")
    return a.split()[-1] == b.split()[-1]


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _conditions(f: Any, found: list[Any], index: Any, registry: Any, offsets: list[int]) -> dict[str, Any]:
    at = f.start if f.mentioned_at is None else f.mentioned_at
    pronoun = f.mention.text
    want = "f" if pronoun == "she" else "m"
    chosen, known_then = index.calls.get(at, (None, None))
    c: dict[str, Any] = {"pronoun": pronoun, "tail": f.from_tail, "walked_back": f.mentioned_at is not None}
    c["route"] = "index" if (chosen is not None and f.speaker == chosen) else ("other" if f.speaker is not None else "none")
    speaker = f.speaker
    prev = [g for g in found if g.start < f.start and g.speaker is not None]
    c["prev_speaker_same"] = bool(prev) and speaker is not None and _same_person(prev[-1].speaker, speaker)
    c["prev_speaker_other"] = bool(prev) and speaker is not None and not _same_person(prev[-1].speaker, speaker)
    par_start = offsets[f.paragraph]
    starts = index._sentence_starts
    c["opens_paragraph"] = not any(par_start < s <= at for s in starts[bisect_right(starts, par_start) : bisect_right(starts, at)])
    if speaker is None:
        return c
    c["described"] = speaker[:1].islower()
    if c["route"] == "index":
        c["gender"] = known_then or "unknown"
    else:
        g = registry.gender.get(speaker) if speaker in registry.gender else None
        c["gender"] = "known?" if (g or registry.titled(speaker) or given_name_gender(speaker)) else "unknown?"
    entries = [e for e in index._entries[: bisect_left(index._entries, Referent(at, ""))]]
    ante = next((e for e in reversed(entries) if _same_person(e.name, speaker)), None)
    if ante is None:
        c["antecedent"] = "not registered"
        return c
    c["antecedent"] = "registered"
    c["latest_person"] = entries[-1] is ante or _same_person(entries[-1].name, speaker)
    # the chosen person written again after the registered antecedent, as no subject: an object, an
    # owner, or inside someone's quote ("Roe met Kell, who told her …"; "“Kell is wrong,” Roe said")
    since = [a for a, run in registry._runs if ante.position < a < at and _same_person(registry.fullest(run, a + 1), speaker)]
    inside = bool(since) and any(g.start <= since[-1] < g.start + len(g.text) for g in found)
    c["named_since_as_non_subject"] = "inside a quote" if inside else ("outside quotes" if since else "no")
    c["owner_or_aside"] = bool(ante.aside or ante.until >= 0)
    c["joint"] = ante.joint >= 0
    sents = bisect_right(starts, at) - bisect_right(starts, ante.position)
    pars = sum(1 for o in offsets if ante.position < o <= at)
    c["dist_sentences"] = _bucket(sents, (0, 1, 2, 4))
    c["dist_paragraphs"] = _bucket(pars, (0, 1, 2))
    c["dist_chars"] = _bucket(at - ante.position, (100, 300, 600, 1200))

    def fits(e_name: str, e_gender: str | None) -> str | None:
        g = e_gender or registry.gender.get(e_name) or given_name_gender(e_name) if e_name[:1].isupper() else e_gender
        if g == want:
            return "same"
        return "unknown" if g is None else None

    between = [e for e in entries if ante.position < e.position and not _same_person(e.name, speaker)]
    rivals = [fits(e.name, e.gender) for e in between]
    c["rival_subject_between"] = "same-gender" if "same" in rivals else ("unknown-gender" if "unknown" in rivals else "no")
    named = [n for n in registry.names_between(ante.position + 1, at) if not _same_person(n, speaker) and (n in registry.persons or registry.gender.get(n))]
    named_fit = [fits(n, None) for n in named]
    c["rival_name_between"] = "same-gender" if "same" in named_fit else ("unknown-gender" if "unknown" in named_fit else "no")
    mates = [e for e in entries if e.since == ante.since and e.position != ante.position and not _same_person(e.name, speaker)]
    mate_fit = [fits(e.name, e.gender) for e in mates]
    c["rival_in_antecedent_sentence"] = "same-gender" if "same" in mate_fit else ("unknown-gender" if "unknown" in mate_fit else "no")
    return c


def _recording_resolve(blocks: Any, found: list[Any], masks: Any, registry: Any) -> None:
    _INDEXES.clear()
    _ORIGINAL_RESOLVE(blocks, found, masks, registry)
    index = _INDEXES[0] if _INDEXES else None
    if index is None:
        return
    offsets = block_offsets(blocks)
    for f in found:
        if f.mention is not None and f.mention.is_he_or_she:
            _RECORDED[f.text] = _conditions(f, found, index, registry, offsets)


def install() -> None:
    setattr(sr, "SubjectIndex", _RecordingIndex)  # noqa: B010 (the audit's wrappers, for this run only)
    setattr(bq, "resolve_speakers", _recording_resolve)  # noqa: B010


def _verdict(speaker: str | None, ok: bool) -> str:
    return "none" if speaker is None else ("right" if ok else "wrong")


def _conds_for(text: str, mention: str | None) -> dict[str, Any]:
    c = _RECORDED.get(text)
    if c is not None:
        return dict(c)
    if mention == "?":  # GGT and the labelled spans keep no mention
        return {"via": "other mention"}
    kind = "none" if mention is None else ("name" if mention[:1].isupper() else "other words")
    return {"via": "other mention", "our_mention": kind}


def polnear_records(data_dir: Path, paraphrase: bool) -> list[dict[str, Any]]:
    from briefing.clean import clean_blocks
    from briefing.models import BriefingOptions
    from briefing.pipeline import DEFAULT_OPTIONS
    from evaluation.paraphrases import PER_ARTICLE, _eligible, marked_paraphrase
    from evaluation.quote_gold import gold_speakers
    from evaluation.quotes import Tally, _names, parts_of, read_articles, score_article

    out = []
    for article in read_articles(data_dir):
        if "untuned B" in parts_of(article):
            continue  # held out: never read, never run
        parts = parts_of(article)
        if "tuning" not in parts and "untuned A" not in parts:
            continue
        part = "tuning" if "tuning" in parts else "A"
        if paraphrase:
            chosen = [j for j in range(len(article["quotes"])) if _eligible(article, j)][:PER_ARTICLE]  # type: ignore[arg-type]
            antecedents = [g.antecedent for g in gold_speakers(article)] if chosen else []
            copies = [marked_paraphrase(article, j, antecedents) for j in chosen]
            options = BriefingOptions()
        else:
            copies = [article]
            options = DEFAULT_OPTIONS
        for copy in copies:
            _RECORDED.clear()
            found = bq.find_quotes_detailed(clean_blocks(str(copy["text"])), options=options)
            for s in score_article(copy, found, Tally()):
                if s.gold.kind != "pronoun" or not s.gold.antecedent:
                    continue
                c = _conds_for(s.quote.text, s.mention)
                out.append({
                    "source": ("para " if paraphrase else "polnear ") + part,
                    "verdict": _verdict(s.quote.speaker, _names(s.quote.speaker, s.gold.antecedent)),
                    "ours": s.quote.speaker, "gold": s.gold.antecedent, "id": article["id"], **c,
                })
    return out


def ggt_records(directory: Path) -> list[dict[str, Any]]:
    from evaluation.ggt import part_of, read_articles, score

    out = []
    for article in read_articles(directory):
        if part_of(str(article["id"])) != "GGT A":
            continue  # GGT B: never read
        _RECORDED.clear()
        for v in score(article)[1]:
            if v.gold.kind != "pronoun" or v.gold.speaker.strip().lower() not in {"he", "she"}:
                continue
            out.append({"source": "ggt A", "verdict": {"ok": "right"}.get(v.verdict, v.verdict), "ours": v.quote.speaker,
                        "gold": v.gold.reference, "id": article["id"], **_conds_for(v.quote.text, "?")})
    return out


def uspol_records(directory: Path) -> list[dict[str, Any]]:
    from evaluation.labelled_spans import by_article, read_labels, score_text
    from evaluation.uspol import HALVES

    out = []
    for path, labels in by_article(read_labels(HALVES["tuning"]), kinds={"pronoun"}).items():  # the held half is never read
        _RECORDED.clear()
        for v in score_text((directory / path).read_text(encoding="utf-8"), labels):
            out.append({"source": "uspol T", "verdict": {"ok": "right"}.get(v.verdict, v.verdict), "ours": v.quote.speaker,
                        "gold": v.label.speaker, "id": path, **_conds_for(v.quote.text, "?")})
    return out


CONDITIONS = (
    "route", "gender", "latest_person", "antecedent", "dist_sentences", "dist_paragraphs", "dist_chars", "rival_subject_between",
    "rival_name_between",
    "named_since_as_non_subject", "rival_in_antecedent_sentence", "owner_or_aside", "joint", "prev_speaker_same",
    "prev_speaker_other", "opens_paragraph", "tail", "walked_back", "described", "pronoun",
)


def table(records: list[dict[str, Any]]) -> list[str]:
    sources = sorted({r["source"] for r in records})
    head = f"{'condition':<44}" + "".join(f"{s:>20}" for s in sources) + f"{'all':>20}"
    lines = ["cells: right/wrong/none (wrong% of shown)", head]

    def cell(rs: list[dict[str, Any]]) -> str:
        n = Counter(r["verdict"] for r in rs)
        shown = n["right"] + n["wrong"]
        pct = f"{100 * n['wrong'] / shown:3.0f}%" if shown else "  - "
        return f"{n['right']}/{n['wrong']}/{n['none']} {pct}"

    def row(name: str, rs: list[dict[str, Any]]) -> str:
        return f"{name:<44}" + "".join(f"{cell([r for r in rs if r['source'] == s]):>20}" for s in sources) + f"{cell(rs):>20}"

    lines.append(row("all gold pronoun pairs", records))
    lines.append(row("our mention not he/she", [r for r in records if r.get("via")]))
    for value in ("name", "other words", "none"):
        lines.append(row(f"  our mention: {value} (PolNeAR only)", [r for r in records if r.get("our_mention") == value]))
    via = [r for r in records if not r.get("via")]
    lines.append(row("via he/she", via))
    for key in CONDITIONS:
        values = sorted({str(r.get(key, "-")) for r in via})
        for value in values:
            lines.append(row(f"  {key}={value}", [r for r in via if str(r.get(key, "-")) == value]))
    return lines


def main(argv: list[str]) -> None:
    import os

    from evaluation.ggt import data_dir_for as ggt_dir
    from evaluation.uspol import data_dir_for as uspol_dir

    data_dir = Path(argv[0]) if argv and not argv[0].startswith("--") else Path("../shared/data")
    install()
    records = polnear_records(data_dir, paraphrase=False) + polnear_records(data_dir, paraphrase=True)
    if (g := ggt_dir(data_dir)) is not None:
        records += ggt_records(g)
    if os.environ.get("BRIEFBOT_USPOL_DIR") and (u := uspol_dir(data_dir)) is not None:
        records += uspol_records(u)
    print("\n".join(table(records)))
    if "--records" in argv:
        Path(argv[argv.index("--records") + 1]).write_text("".join(json.dumps(r, default=str) + "\n" for r in records), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
