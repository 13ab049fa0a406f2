"""Refusal audit (issue 13, session 37): how often each "say less" guard withholds a RIGHT speaker.

Thirty-six sessions added frame rules that give a quote its speaker; beside them the pipeline has
guards that take a speaker away (a cue veto, a scare-quote or not-speech reading, a pronoun the
resolver will not trust). Each was added for precision on some read text; none had been measured
on all the labelled text we can read. A guard fires on a pattern, so one that on read data mostly
withholds the right speaker is a lever that reaches unseen text, unlike one more frame rule.

For each guard this script disables it (a monkeypatch inside this process only: the guard answers
"no veto") and reruns the read data, counting each judged pair's verdict change against the gold:
none -> right (the guard withheld a right speaker), none -> wrong (it withheld a wrong one, as it
should), right -> wrong / wrong -> right / right -> none (it also changes shown speakers).

Read data with gold speakers (all of it readable; nothing held out is run):

* ``quotes``: PolNeAR quotations of the tuning half and untuned A (``evaluation.quotes.score_article``)
* ``paraphrases``: the paraphrase testbed on the same articles (``paraphrases.marked_paraphrase``)
* ``ggt``: GGT A (``evaluation.ggt.score``)
* ``uspol``: the US-politics tuning half's labels (``labelled_spans.score_text``)

PolNeAR untuned B and GGT B articles are dropped right after loading, before anything else is done
with them; the uspol held half and the BBC held sample are never opened.

Speed: one baseline run records, per document, which guards FIRED (returned a veto); disabling a
guard can only change a document where it fired, so each guard reruns only those documents.

    .venv/bin/python -m evaluation.refusal_audit /work/shared/data [--out FILE.jsonl] [--only NAME,…] [--together]

(``--together`` adds one pass with every chosen guard disabled at once: how many of the read
data's no-speaker pairs the whole lever could reach at most.)

    … --trail   instead: one pass with no guard disabled, recording which reading stage of
                ``quote_attribution`` set or dropped each quote's mention. Prints, per source, where
                each no-speaker pair comes from (``never``: no stage found a candidate; ``dropped``:
                a stage dropped the one found; ``held``: a mention the resolver made no speaker of),
                and per stage that set the shown speaker, right / wrong (a stage whose shown
                speakers are mostly wrong would lack a guard).

Needs ``BRIEFBOT_GGT_DIR`` and ``BRIEFBOT_USPOL_DIR`` (else those sources are skipped). Prints a
table per guard and source; writes every changed pair (readable sources only) to ``--out``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from briefing.clean import clean_blocks
from briefing.models import BriefingOptions
from briefing.quotes import find_quotes_detailed
from evaluation import ggt, labelled_spans, paraphrases, uspol
from evaluation.quote_gold import gold_speakers
from evaluation.quotes import Tally, parts_of, read_articles, score_article

READ_PARTS = ("tuning", "untuned A")
OPTIONS = BriefingOptions()


@dataclass(frozen=True)
class Guard:
    """A refusal point: ``attr`` of ``module`` as the calling module looks it up. ``kind`` says
    what "fired" means and what the disabled guard answers: ``bool`` (True vetoes; disabled False),
    ``none`` (non-None vetoes; disabled None), ``list`` (non-empty vetoes; disabled []),
    ``keep0``/``keep1`` (returns a mention other than its argument 0/1; disabled returns it),
    ``contains`` (a set whose non-membership vetoes; disabled: everything is a member),
    ``settle`` (a reading step answering (None, None), which settles "no speaker" so no later
    step is asked; disabled: None, "not mine", and the next step reads)."""

    name: str
    module: str
    attr: str
    kind: str
    what: str


GUARDS = (
    # mention_checks.check_mention: the final checks on the speaker found
    Guard("judged_unsaid", "briefing.mention_checks", "SPEAKER_AFTER", "contains", "a judging frame with no judge named ('long derided as “…”') drops the speaker"),
    Guard("noun_after_modifier", "briefing.mention_checks", "_noun_after_quoted_modifier", "bool", "a quoted modifier of a noun after it"),
    Guard("negated_pair", "briefing.mention_checks", "_negated_pair_subject", "bool", "'Neither X nor Y …' subject"),
    Guard("open_who", "briefing.mention_checks", "_open_relative_speaker", "keep1", "an open 'who' clause: its antecedent replaces or drops the speaker"),
    Guard("answer_after_asking", "briefing.mention_checks", "_answer_after_asking", "bool", "'Reporters asked X about it: “…”' (the answer)"),
    Guard("subordinate_subject", "briefing.mention_checks", "subordinate_subject_cue", "bool", "the cue is a subordinate clause's ('after prosecutors determined “…”')"),
    Guard("subject_after_opener", "briefing.mention_checks", "subject_after_opener", "none", "'Like her husband, X, she …' (opener's name is not the subject)"),
    Guard("owner_of_judged", "briefing.mention_checks", "owner_of_judged_words", "bool", "'Kell mocked Weller's “…”'"),
    Guard("thing_relative", "briefing.mention_checks", "thing_relative_cue", "bool", "'the Forum, which says “…”'"),
    Guard("first_person_predicate", "briefing.mention_checks", "first_person_predicate", "bool", "'where he “pushed me”' (the me speaks)"),
    Guard("not_narrators_verb", "briefing.mention_checks", "not_the_narrators_verb", "bool", "an 'I' that is not the verb's subject"),
    Guard("example_of_group", "briefing.mention_checks", "example_of_a_group", "bool", "'Democrats like Tom Ames say “…”'"),
    Guard("imagined_words", "briefing.mention_checks", "imagined_words", "bool", "'as if to say “…”'"),
    Guard("without_relative", "briefing.mention_checks", "without_relative", "keep0", "a description cut at a relative pronoun"),
    Guard("names_no_one", "briefing.mention_checks", "names_no_one", "bool", "a place, an adjective alone, a matter noun, a sentence-opening common word"),
    # tail_cues.read_tail_cue: the cue after the quote
    Guard("introduces_next", "briefing.tail_cues", "introduces_next_quote", "bool", "the tail introduces the next quote"),
    Guard("relative_cue_at_end", "briefing.tail_cues", "relative_cue_at_end", "bool", "a relative cue before, a main predicate after"),
    Guard("quote_as_noun_phrase", "briefing.tail_cues", "quote_as_noun_phrase", "bool", "'“The Crown” tells the story' (quote is the subject)"),
    Guard("modifies_noun_after", "briefing.tail_cues", "modifies_noun_after", "bool", "'attacked “desperate” reporters'"),
    Guard("title_before_content", "briefing.tail_cues", "title_before_own_content", "bool", "'In “Title,” a new book, the author argues'"),
    Guard("inside_fronted_phrase", "briefing.tail_cues", "inside_fronted_phrase", "bool", "'Amid calls for “…”, X resigned'"),
    Guard("claim_about_quoted", "briefing.tail_cues", "claim_about_quoted", "bool", "'“…”, an event that Weller says led her to'"),
    Guard("cue_then_run_on", "briefing.tail_cues", "cue_then_run_on", "bool", "'she said, “…” about her record, Ames jabbed'"),
    Guard("introduced_before", "briefing.tail_cues", "introduced_before", "bool", "the quote ends its own cue's sentence; the capitalised tail is the next"),
    # entry_headings, sentence_cues, turn_carrying
    Guard("cues_someone_else", "briefing.entry_headings", "cues_someone_else", "bool", "'REYES: Mayor, you said “…”'"),
    Guard("cited_in_turn", "briefing.entry_headings", "cited_in_turn", "bool", "'REYES: a sign that reads “…”'"),
    Guard("gave_no_words", "briefing.sentence_cues", "gave_no_words", "bool", "'Kell refused to elaborate. “…”'"),
    Guard("two_named_subjects", "briefing.sentence_cues", "two_named_subjects", "bool", "'Hale and Bell spoke. “…”'"),
    Guard("opens_on_others", "briefing.turn_carrying", "opens_on_others", "bool", "'“A,” W said. Not everyone agreed. “B.”'"),
    # quote_attribution: whole-paragraph not-speech readings
    Guard("listed_titles", "briefing.quote_attribution", "listed_titles", "list", "three or more title-case quotes listed"),
    Guard("names_no_words", "briefing.quote_attribution", "names_no_words", "bool", "not speech: crosshead, a thing's name, nickname, 'called “…”', slogan, gloss, a work's title"),
    # speaker_resolution.resolve_speakers: a mention found, no speaker shown
    Guard("nickname_subject", "briefing.speaker_resolution", "_nickname_subject", "bool", "a paragraph that opens on a quoted nickname"),
    Guard("common_word_taken", "briefing.speaker_resolution", "_common_word_taken_for_name", "bool", "a pronoun that found a shouted common word"),
    Guard("walk_back_unsure", "briefing.speaker_resolution", "_walk_back_unsure", "bool", "a he/she whose walk back is unsure"),
    Guard("names_in_third_person", "briefing.speaker_resolution", "_names_in_third_person", "bool", "a name from a verbless sentence the quote speaks of"),
    Guard("reported_inside_report", "briefing.speaker_resolution", "reported_inside_report", "bool", "a he/she after someone named only inside another's report"),
    Guard("source_over_subject", "briefing.speaker_resolution", "source_over_subject", "bool", "a he/she after a source and a subject both fitting"),
    # attribution._head_attribution: a step that SETTLES the reading before the quote with no
    # speaker, so no later step is asked (disabled: the step answers "not mine", the next reads)
    Guard("event_ended", "briefing.attribution", "event_ended", "bool", "'When the meeting concluded — “…”': an event"),
    Guard("settle_noun_form", "briefing.attribution", "noun_form_reading", "settle", "a verb form that is a noun ('shouts of “Liar!”')"),
    Guard("settle_displayed", "briefing.attribution", "displayed_text_reading", "settle", "a sign's or display's text"),
    Guard("settle_set_off_document", "briefing.attribution", "document_in_set_off_clause", "settle", "a finding in a clause set off"),
    Guard("settle_clause_frames", "briefing.attribution", "_clause_frames", "settle", "clause frames of the governing verb"),
    Guard("settle_speech_noun_subject", "briefing.attribution", "_speech_noun_subject", "settle", "a speech noun's subject"),
    Guard("settle_owned_speech_noun", "briefing.attribution", "_owned_speech_noun", "settle", "an owned speech noun ('Kell's claim that')"),
    Guard("settle_subject_right_before", "briefing.attribution", "_subject_right_before", "settle", "the subject right before the verb"),
    Guard("settle_source_reading", "briefing.attribution", "_source_reading", "settle", "'according to', an aside's verb"),
    Guard("settle_coordinated", "briefing.attribution", "coordinated_reading", "settle", "a verb coordinated with an action"),
    Guard("settle_document_or_participle", "briefing.attribution", "document_or_participle", "settle", "a document or a participle cue"),
    Guard("settle_subordinate_clause", "briefing.attribution", "subordinate_clause_reading", "settle", "a clause of time or cause"),
    Guard("settle_inverted_aside", "briefing.attribution", "inverted_aside", "settle", "an inverted aside"),
    Guard("abstract_subject", "briefing.attribution", "abstract_subject", "bool", "an abstract subject says nothing: the earlier verb's subject or no one"),
)

FIRED: set[str] = set()
DISABLED: set[str] = set()


class _Everything:
    """The disabled form of a ``contains`` guard: every verb is a member."""

    def __init__(self, name: str, inner: Any) -> None:
        self.name, self.inner = name, inner

    def __contains__(self, item: object) -> bool:
        if item in self.inner:
            return True
        FIRED.add(self.name)
        return self.name in DISABLED

    def __iter__(self) -> Any:
        return iter(self.inner)


def _wrapped(g: Guard, original: Callable[..., Any]) -> Callable[..., Any]:
    def guard(*args: Any, **kwargs: Any) -> Any:
        result = original(*args, **kwargs)
        if g.kind == "bool":
            fired, off = bool(result), False
        elif g.kind == "none":
            fired, off = result is not None, None
        elif g.kind == "settle":
            fired, off = result is not None and result[0] is None, None
        elif g.kind == "list":
            fired, off = bool(result), []
        else:
            kept = args[0 if g.kind == "keep0" else 1]
            fired, off = result is not kept, kept
        if fired:
            FIRED.add(g.name)
            if g.name in DISABLED:
                return off
        return result

    return guard


def install(guards: tuple[Guard, ...]) -> None:
    for g in guards:
        module = importlib.import_module(g.module)
        original = getattr(module, g.attr)
        setattr(module, g.attr, _Everything(g.name, original) if g.kind == "contains" else _wrapped(g, original))


def _class(verdict: str) -> str | None:
    if verdict in {"ok", "by_mention", "inner", "pronoun_ok"}:
        return "right"
    if verdict in {"wrong", "pronoun_wrong"}:
        return "wrong"
    if verdict == "none":
        return "none"
    return None  # a gold pronoun with no derivable antecedent, or no gold speaker: not judged


#: A document's items: key -> (verdict class, record of what was shown).
Items = dict[tuple[Any, ...], tuple[str, dict[str, Any]]]


def _scored_items(doc: str, article: dict[str, object]) -> Items:
    found = find_quotes_detailed(clean_blocks(str(article["text"])), options=OPTIONS)
    out: Items = {}
    for s in score_article(article, found, Tally()):
        c = _class(s.verdict)
        if c is not None and s.quote.speaker is None:
            c = "none"  # a gold pronoun's pair with no speaker is "pronoun_wrong" to the scorer
        if c is not None:
            out[(doc, s.quote.text, s.gold.text)] = (c, {"speaker": s.quote.speaker, "mention": s.mention, "gold": s.gold.text, "quote": s.quote.text[:100]})
    return out


def units(data_dir: Path, ggt_dir: Path | None, uspol_dir: Path | None) -> list[tuple[str, str, Callable[[], Items]]]:
    """(source, document id, run) for every readable document with gold speakers."""
    out: list[tuple[str, str, Callable[[], Items]]] = []
    articles = [a for a in read_articles(data_dir) if "untuned B" not in parts_of(a)]  # B: dropped first
    articles = [a for a in articles if set(parts_of(a)) & set(READ_PARTS)]
    for a in articles:
        out.append(("quotes", str(a["id"]), partial(_scored_items, str(a["id"]), a)))
    for a in articles:
        chosen = [j for j in range(len(a["quotes"])) if paraphrases._eligible(a, j)][: paraphrases.PER_ARTICLE]  # type: ignore[arg-type]
        antecedents = [g.antecedent for g in gold_speakers(a)] if chosen else []
        for j in chosen:
            copy = paraphrases.marked_paraphrase(a, j, antecedents)
            doc = f"{a['id']}#{j}"
            out.append(("paraphrases", doc, partial(_scored_items, doc, copy)))
    if ggt_dir is not None:
        for a in ggt.read_articles(ggt_dir):
            if ggt.part_of(str(a["id"])) != "GGT A":
                continue  # GGT B: figures only
            out.append(("ggt", str(a["id"]), partial(_ggt_items, a)))
    if uspol_dir is not None:
        for path, group in labelled_spans.by_article(labelled_spans.read_labels(uspol.HALVES["tuning"])).items():
            out.append(("uspol", path, partial(_uspol_items, uspol_dir, path, group)))
    return out


def _ggt_items(article: dict[str, object]) -> Items:
    _, verdicts = ggt.score(article)
    return {
        (str(article["id"]), v.gold.quoted, k): (str(_class(v.verdict)), {"speaker": v.quote.speaker, "gold": "|".join(v.gold.accepted()), "quote": v.quote.text[:100]})
        for k, v in enumerate(verdicts)
    }


def _uspol_items(directory: Path, path: str, group: list[labelled_spans.Label]) -> Items:
    verdicts = labelled_spans.score_text((directory / path).read_text(encoding="utf-8"), group)
    return {
        (path, v.label.start): (str(_class(v.verdict)), {"speaker": v.quote.speaker, "gold": v.label.speaker, "quote": v.quote.text[:100]})
        for v in verdicts
    }


CHANGES = ("none->right", "none->wrong", "right->wrong", "right->none", "wrong->right", "wrong->none", "new", "lost")


def audit(data_dir: Path, out: Path, only: set[str] | None, together: bool) -> None:
    guards = tuple(g for g in GUARDS if only is None or g.name in only)
    install(guards)
    ggt_dir = ggt.data_dir_for(data_dir)
    uspol_dir = labelled_spans.pool_dir(data_dir, "BRIEFBOT_USPOL_DIR", "uspol", "H.list")
    work = units(data_dir, ggt_dir, uspol_dir)
    sources = sorted({s for s, _, _ in work})
    base: list[Items] = []
    fired: list[set[str]] = []
    for _, _, run in work:
        FIRED.clear()
        base.append(run())
        fired.append(set(FIRED))
    for source in sources:
        totals = Counter(c for (s, _, _), items in zip(work, base, strict=True) if s == source for c, _ in items.values())
        print(f"baseline {source:12s} judged pairs: {dict(sorted(totals.items()))}")
    table: dict[str, dict[str, Counter[str]]] = {}
    records = []
    passes = [(g.name, {g.name}) for g in guards] + ([("ALL AT ONCE", {g.name for g in guards})] if together else [])
    for name, disabled in passes:
        DISABLED.clear()
        DISABLED.update(disabled)
        table[name] = {s: Counter() for s in sources}
        for k, (source, doc, run) in enumerate(work):
            if not disabled & fired[k]:
                continue
            table[name][source]["docs"] += 1
            after = run()
            for key in base[k].keys() | after.keys():
                a, b = base[k].get(key), after.get(key)
                if a is not None and b is not None and a[0] == b[0] and a[1]["speaker"] == b[1]["speaker"]:
                    continue
                change = "new" if a is None else "lost" if b is None else f"{a[0]}->{b[0]}"
                if change in {"right->right", "wrong->wrong", "none->none"}:
                    change = f"{change} (other)"
                table[name][source][change] += 1
                records.append({"guard": name, "source": source, "doc": doc, "change": change, "before": a[1] if a else None, "after": b[1] if b else None})
    DISABLED.clear()
    out.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records), encoding="utf-8")
    print_table([p for p, _ in passes], sources, table)
    print(f"(changed pairs written to {out})")


#: The reading stages of ``quote_attribution.attribute_quotes``, in their order.
STAGES = (
    "read_entry", "read_tail_cue", "read_judge", "read_signature", "read_transcript_label", "read_sentence_cue",
    "read_sentence_before", "read_lines_around", "read_previous_paragraph", "read_introducing_paragraph",
    "read_heading", "read_turn_label", "read_late_cues", "check_mention",
)  # fmt: skip
#: Per quote (its first 100 characters): "+stage" (a mention set), "~stage" (replaced), "-stage" (dropped).
TRAIL: dict[str, list[str]] = {}


def _traced(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
    def stage(r: Any, *args: Any, **kwargs: Any) -> Any:
        before = r.mention
        out = original(r, *args, **kwargs)
        after = r.mention
        if (before is None) != (after is None) or before is not None and after is not None and before.text != after.text:
            TRAIL.setdefault(r.f.text[:100], []).append(("+" if before is None else "-" if after is None else "~") + name)
        return out

    return stage


def trail(data_dir: Path) -> None:
    """Where each read no-speaker pair comes from, and right / wrong per stage that set the shown speaker."""
    import briefing.quote_attribution as reading

    for name in STAGES:
        setattr(reading, name, _traced(name, getattr(reading, name)))
    ggt_dir = ggt.data_dir_for(data_dir)
    uspol_dir = labelled_spans.pool_dir(data_dir, "BRIEFBOT_USPOL_DIR", "uspol", "H.list")
    origin: dict[str, Counter[str]] = {}
    stages: dict[tuple[str, str], Counter[str]] = {}
    for source, _, run in units(data_dir, ggt_dir, uspol_dir):
        TRAIL.clear()
        for verdict, record in run().values():
            events = TRAIL.get(str(record["quote"]), [])
            if verdict == "none":
                where = "never" if not events else "dropped" if events[-1][0] == "-" else "held"
                origin.setdefault(source, Counter())[where] += 1
            else:
                set_by = [e[1:] for e in events if e[0] in "+~"]
                stages.setdefault((set_by[-1] if set_by else "(carried, label, other)", source), Counter())[verdict] += 1
    for source, counts in sorted(origin.items()):
        print(f"no speaker, {source:12s} {dict(counts)}")
    print("shown speaker set by stage: right / wrong per source")
    for name in sorted({n for n, _ in stages}):
        cells = [f"{src} {stages.get((name, src), Counter())['right']}/{stages.get((name, src), Counter())['wrong']}" for src in ("quotes", "paraphrases", "ggt", "uspol")]
        print(f"  {name:26s} " + "  ".join(f"{c:20s}" for c in cells))


def print_table(names: list[str], sources: list[str], table: dict[str, dict[str, Counter[str]]]) -> None:
    """One line per guard and source where it fired: documents it fired in, verdict changes when
    disabled, and the share of withheld speakers (none -> right or wrong) that were right."""
    print(f"{'guard':24s} {'source':12s} {'docs':>5s} " + " ".join(f"{c:>12s}" for c in CHANGES) + "  right share of withheld")
    for name in names:
        for s in sources:
            c = table[name][s]
            if not c["docs"]:
                continue
            withheld = c["none->right"] + c["none->wrong"]
            share = f"{c['none->right'] / withheld:.2f} of {withheld}" if withheld else "-"
            print(f"{name:24s} {s:12s} {c['docs']:5d} " + " ".join(f"{c[x]:12d}" for x in CHANGES) + f"  {share}")
            other = {k: v for k, v in c.items() if k not in CHANGES and k != "docs"}
            if other:
                print(f"{'':43s}{other}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data_dir", type=Path, nargs="?", default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("/tmp/refusal_audit.jsonl"))
    parser.add_argument("--only", default="", help="comma-separated guard names")
    parser.add_argument("--trail", action="store_true", help="where the no-speaker pairs come from (no guard disabled)")
    parser.add_argument("--together", action="store_true", help="also every chosen guard disabled at once (an upper bound of the lever)")
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    os.environ.setdefault("BRIEFBOT_PROGRESS", "0")
    if args.trail:
        trail(args.data_dir)
    else:
        audit(args.data_dir, args.out, only, args.together)


if __name__ == "__main__":
    main()
