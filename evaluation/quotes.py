"""Quote and speaker evaluation on PolNeAR (``polnear/polnear.jsonl``) and on our pattern suite.

The headline follows issue 13. Gold *quotations* are attributions with quote marks and at least
five words between the marks (``quote_gold.quotation_golds``); a quote's words are the words
between the marks, because PolNeAR contents often wrap a short quotation in paraphrase.

* *recall*: share of gold quotations matched by our quotes — one-to-one by ``\\w+`` token-set F1
  >= 0.5, or as fragments (PolNeAR joins "A," he said. "B." into one item: every predicted quote
  goes to the gold item holding >= 80 % of its tokens, and the item is found when the union of its
  pieces reaches F1 >= 0.5);
* *precision*: share of our quotes of >= 5 words with >= 50 % of their tokens inside the quoted
  words of one gold item with marks (not one-to-one: "B." of a joined item is as right as "A,");
* *speaker accuracy*: over matched pairs whose gold speaker is not a pronoun, our shown speaker
  names it (rules in ``quote_gold``), or names the speaker the gold content itself attributes the
  words to ('"…," Sanders said, according to CNN': PolNeAR's item is CNN's). A pair is judged
  when our piece is a quotation (>= 5 words, as for precision) or is the longest piece of its
  gold item; *no speaker*: over judged pairs with any known gold speaker
  (pronouns included), share where we show none; *wrong speaker*: non-pronoun gold, we show a
  speaker that does not name it — the error that puts words in someone's mouth;
* *pronoun resolution*: gold pronouns whose antecedent can be derived from the annotation; ours
  must name that antecedent (the old metric accepted our "he" for their "he" whoever it meant).

Articles are split so rules can be tuned on one part and checked on another: the 26 articles of
PolNeAR's test compartment (the old dev sample), and the 834 train articles halved by a hash of
their id (``split_of``): *tuning* and *untuned*. Rules were tuned only on the tuning half until
session 5 of round 2; from then on the untuned half is halved again by the next bit of the same
hash (``untuned_quarter``): *untuned A* was read for error patterns (its figure is no longer
held out), *untuned B* never was, and it is the headline figure.

Metric audit (issue 13, second round). 130 no-speaker and 102 wrong-speaker pairs of the tuning
half were read and sorted into "our rule is wrong" and "the gold or the metric is wrong"; the
second kind was fixed here, each change measured on the same predictions (speaker accuracy /
wrong-speaker rate, test26 · tuning · untuned):

====================================================  =======================  =======================
change                                                before                   after
====================================================  =======================  =======================
gold slips (``quote_gold``: swapped speaker and cue   .862 .848 .857 /         .869 .856 .859 /
spans, a name after a description, "and" in a         .097 .066 .063           .090 .058 .062
work's title, "the House Rep. Paul Ryan")
a coordinated description is matched by either        .869 .856 .859           .869 .858 .859
conjunct ("the Florida senator and Republican
presidential candidate" ~ "the Florida senator")
nested attribution: ours names the speaker written    .869 .858 .859 /         .903 .862 .866 /
inside the gold content ("Trump said …, according     .090 .057 .062           .055 .053 .054
to audio obtained by the Texas Tribune")
only quotation-length pieces judged (a one-word       .903 .862 .866 /         .938 .884 .891 /
scare quote inside a paraphrase is not a quotation    .055 .053 .054           .031 .043 .039
and never shown with a speaker)
====================================================  =======================  =======================

Pronoun audit (session 6). The gold antecedent walk (``quote_gold._walk_back``) knew a gender
only from an honorific, so a gold "he" could be given "Gabriela Violeta Lazar" or a "she" "Tom
Ebeling". It now also reads a given name (``briefing.given_names``, a fixed list): the name's own
("Hillary Clinton"), or for a bare surname, the one gender of every first name the article writes
with it (no "Bill Clinton" or unknown "Chris" beside "Hillary Clinton"); a known other gender
breaks the chain as an honorific did. Gold antecedents changed: 8 of 517 tuning pronouns and 5
of 287 untuned A (12 became underivable, 1 derivable: a "he" after "Mrs. Clinton" reaches "Bill
Clinton"); pronoun -> antecedent .890 -> .904 (tuning, 508 pairs), .836 -> .852 (untuned A,
283). And ``_names`` no longer lets a description name the person it mentions: "a 2008 Clinton
veteran" is not Clinton (a lower-case head noun that is no word of the name); on the same
predictions 3 tuning verdicts became wrong ("a court document filed by Dave Aronberg", "Barrett's
dictum", "a 2008 Clinton veteran" for a "she"), none on untuned A: tuning speaker accuracy .958 ->
.957, wrong .018 -> .019, pronoun -> antecedent .904 -> .902. Two more gold slips (``quote_gold``):
"Prince Alwaleed" is Alwaleed (royal and religious titles dropped like others), and a speaker span
holding a verb phrase ("said in an interview in her office") with the name in the cue span is read
swapped: 2 untuned A gold speakers changed, both verdicts wrong -> ok (accuracy .9557 -> .9578,
wrong .0200 -> .0179), none on tuning.

Session 11, on the same predictions (test26 · tuning · A · B, accuracy): the gold quote, speaker
and cue get the input's own character hygiene (``clean.clean_title``: decomposed accents composed
before the mojibake repair, control characters stripped), so "Federico de JesÃ\x83Âos" in the
gold meets ours spelled the same way (no verdict changed on its own: ours was no speaker there
until the input got the same repair); and ``_names`` accepts ours when it is the final two or more
words of a gold name that opens with a role the title list lacks ("Jack Marino" for "Filmmaker
Jack Marino"): .977 .9765 .9694 .9161 -> .977 .9771 .9694 .9201 (tuning +1 pair, B +4 pairs, B
read as a figure only).

Session 21: a gold "who" after "Sen. Marco Rubio of Florida, who …" took the place as its
antecedent (``quote_gold._name_before``); it now takes the person before the "of" (a name of two
or more words after titles: not "the University of Michigan"). On base predictions the tuning
pronoun -> antecedent figure would fall .9409 -> .9370 (2 pairs where ours said "Florida"); none
changed on untuned A.

Session 32: a gold item whose cue is one of quoting ("An early tweet" / "quoted" / "the president
as saying “…”") credits the one quoting; the product now shows the one quoted (a reader looks the
words up under her). Like a nested attribution, the one the frame names as saying the words is
accepted (``quote_gold.quoted_in_frame``, verdict "inner"): on the start code's predictions no
verdict changed (one tuning item, ours was the tweet then).

Left as they are (real disagreements, not metric faults): gold descriptions without a derivable
antecedent ("the Democratic presidential candidate" for a headline quote), a document's issuer
shown for the document ("Politco" for "a story by the website Politco"), "the Post" for "The
Washington Post", truncated gold spans ("the senior Cruz advise"), mojibake names.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.progress import Progress
from briefing.clean import clean_blocks, clean_title
from briefing.models import BriefingOptions, Quote
from briefing.pipeline import DEFAULT_OPTIONS
from briefing.quotes import find_quotes_detailed

from . import Section, miss_profile
from .bootstrap import RESAMPLES, ratio_interval
from .halves import TUNING, half_of
from .quote_gold import (
    CALENDAR,
    MIN_QUOTED_WORDS,
    TOKEN,
    GoldSpeaker,
    classify,
    content_words,
    gold_speakers,
    inner_speakers,
    quotation_golds,
    quoted_in_frame,
    quoted_segments,
    tokens,
)
from .quote_patterns import suite_section_rows

_MATCH_F1 = 0.5
#: A predicted quote is a fragment of a gold attribution when this share of its words is in it.
_FRAGMENT_INSIDE = 0.8
#: A prediction is correct (precision) when this share of its words is in one gold item.
_INSIDE_SHARE = 0.5
SPLITS = ("test26", "tuning", "untuned")
#: The two quarters of the untuned half (``untuned_quarter``), reported beside it.
QUARTERS = ("untuned A", "untuned B")
#: The split whose figures are the JSON's top-level ``speaker_accuracy`` etc.: never read for errors.
HEADLINE = "untuned B"
_PREPOSITIONS = {"to", "of", "for", "from", "at", "with", "by", "in", "on", "about", "who", "close"}


def split_of(article_id: str, compartment: str) -> str:
    """test26 for PolNeAR's test compartment; train articles by id, as every task halves (``halves``)."""
    if compartment == "test":
        return "test26"
    return "tuning" if half_of(article_id) == TUNING else "untuned"


def untuned_quarter(article_id: str) -> str:
    """``untuned A`` (read for error patterns since session 5) or ``untuned B`` (never read).

    The second bit of the byte ``half_of`` reads its parity from, so the quarters nest inside the
    halves and stay put when articles are added.
    """
    return QUARTERS[(hashlib.sha256(article_id.encode("utf-8")).digest()[0] >> 1) % 2]


def parts_of(article: dict[str, object]) -> tuple[str, ...]:
    """Every reported part an article counts in: its split, and its quarter when untuned."""
    split = split_of(str(article["id"]), str(article["compartment"]))
    return (split, untuned_quarter(str(article["id"]))) if split == "untuned" else (split,)


def _f1(a: Iterable[str], b: Iterable[str]) -> float:
    sa, sb = set(a), set(b)
    common = len(sa & sb)
    if not common:
        return 0.0
    p, r = common / len(sa), common / len(sb)
    return 2 * p * r / (p + r)


def one_to_one(preds: list[list[str]], golds: list[list[str]]) -> list[tuple[int, int]]:
    """Greedy best-F1-first pairing of predictions with gold items, each used at most once."""
    pairs = sorted(
        ((f, i, j) for i, p in enumerate(preds) for j, g in enumerate(golds) if (f := _f1(p, g)) >= _MATCH_F1),
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


def fragments(preds: list[list[str]], golds: list[list[str]]) -> list[tuple[int, int]]:
    """Predictions that are pieces of one gold item whose pieces together match it."""
    assigned: dict[int, list[int]] = {}
    for i, p in enumerate(preds):
        if not p:
            continue
        best = max(range(len(golds)), key=lambda j: len(set(p) & set(golds[j])), default=None)
        if best is not None and len(set(p) & set(golds[best])) / len(set(p)) >= _FRAGMENT_INSIDE:
            assigned.setdefault(best, []).append(i)
    out = []
    for j, idx in assigned.items():
        if _f1([t for i in idx for t in preds[i]], golds[j]) >= _MATCH_F1:
            out.extend((i, j) for i in idx)
    return out


def _head(text: str) -> str:
    """Head noun of a description: its last word before a preposition, a comma or a participle
    that opens a prepositional phrase or a date ("one Republican involved in the planning" ->
    republican, "the order released Friday" -> order)."""
    words: list[str] = []
    toks = tokens(text.split(",")[0])
    for k, w in enumerate(toks):
        after = toks[k + 1] if k + 1 < len(toks) else ""
        participle = words and w.endswith(("ed", "ing")) and (after in _PREPOSITIONS or after in CALENDAR)
        if w in _PREPOSITIONS or participle:
            break
        words.append(w)
    return words[-1] if words else ""


def _same_description(ours: str | None, gold: str) -> bool:
    """ "the statement" ~ "a statement from the campaign"; "officials" ~ "senior officials"; not
    "Trump" ~ "sources close to Trump" (heads differ) nor "a Clinton aide" ~ "a Trump aide".
    A coordinated description ("the Florida senator and Republican presidential candidate") is
    matched by either conjunct."""
    if not ours:
        return False
    conjuncts = [gold, *gold.split(",")[0].split(" and ")] if " and " in gold.split(",")[0] else [gold]
    mine = content_words(ours)
    for one in conjuncts:
        theirs = content_words(one)
        if mine and theirs and (theirs <= mine or (mine <= theirs and _head(ours) == _head(one))):
            return True
    return False


def _names(ours: str | None, name: str) -> bool:
    """Every word of the gold name is in ours (initials aside: "Donald J. Trump" ~ "Donald Trump");
    for coordinated gold speakers ("A|B"), of one of them. Ours must also be *headed* by the name:
    a description — a lower-case head noun (``_head``) — is not the name it contains: "a 2008
    Clinton veteran" is not Clinton, "the Sanders campaign" not Sanders ("Yin Myint May", whose
    last word the gold drops as a month, is still a name)."""
    mine = set(tokens(ours))
    head = _head((ours or "").split("(")[0])
    described = head in TOKEN.findall(ours or "")  # a lower-case head: a description, not a name
    for one in name.split("|"):
        words = {w for w in tokens(one) if len(w) > 1}
        if words and words <= mine and not (described and head not in tokens(one)):
            return True
        theirs, ours_words = tokens(one), tokens(ours)
        if len(ours_words) > 1 and not described and theirs[-len(ours_words) :] == ours_words:
            return True  # a role the title list lacks opens the gold name: "Filmmaker Jack Marino"
    return False


def judge(quote: Quote, mention: str | None, gold: GoldSpeaker, content: str = "", quoted_one: str = "") -> str:
    """ok / none / wrong for a non-pronoun gold speaker; by_mention when only our raw mention
    matched a description whose referent cannot be derived (see ``quote_gold``); inner when ours
    names the speaker the gold content itself attributes the words to (``inner_speakers``), or
    the one the gold's frame of quoting names as saying them (``quoted_in_frame``: "The Ledger
    quoted Ana Reyes as saying", where PolNeAR's item is the Ledger's)."""
    if quote.speaker is None:
        return "none"
    if gold.kind == "name":
        verdict = "ok" if _names(quote.speaker, gold.name) else "wrong"
    elif _same_description(quote.speaker, gold.text):
        verdict = "ok"
    elif gold.antecedent:
        verdict = "ok" if _names(quote.speaker, gold.antecedent) else "wrong"
    else:
        verdict = "by_mention" if _same_description(mention, gold.text) else "wrong"
    if verdict == "wrong" and any(_names(quote.speaker, name) for name in inner_speakers(content)):
        return "inner"
    quoted = classify(quoted_one) if quoted_one else None
    if verdict == "wrong" and quoted is not None and (
        quoted.kind == "name" and _names(quote.speaker, quoted.name) or _same_description(quote.speaker, quoted.text)
    ):
        return "inner"
    return verdict


class Tally(Counter[str]):
    """Counts of one split; ``row`` turns them into the reported ratios."""

    def ratio(self, a: str, b: str) -> float:
        return self[a] / self[b] if self[b] else 0.0

    def speaker_counts(self) -> tuple[int, int]:
        """(right, judged) non-pronoun pairs: speaker accuracy's numerator and denominator."""
        right = self["v_ok"] + self["v_by_mention"] + self["v_inner"]
        return right, right + self["v_wrong"] + self["v_none"]

    def row(self) -> dict[str, float]:
        right, spk = self.speaker_counts()
        pron = self["v_pronoun_ok"] + self["v_pronoun_wrong"]
        return {
            "articles": self["articles"],
            "gold_quotations": self["gold"],
            "recall": self.ratio("found", "gold"),
            "precision": self.ratio("pred_ok", "pred"),
            "speaker_accuracy": right / spk if spk else 0.0,
            "speaker_pairs": spk,
            "no_speaker": self.ratio("known_none", "known"),
            "wrong_speaker": self["v_wrong"] / spk if spk else 0.0,
            "description_by_mention": self["v_by_mention"],
            "inner_attribution": self["v_inner"],
            "pronoun_resolution": self["v_pronoun_ok"] / pron if pron else 0.0,
            "pronoun_pairs": pron,
        }


@dataclass
class Scored:
    """One matched pair: which of our quotes, the gold speaker, and the verdict on our speaker."""

    quote: Quote
    mention: str | None
    gold: GoldSpeaker
    cue: str
    verdict: str
    """ok / by_mention / wrong / none (non-pronoun gold); pronoun_ok / pronoun_wrong (pronoun
    gold with a derived antecedent); pronoun (no antecedent); unknown (no gold speaker)."""


def score_article(article: dict[str, object], found: list[tuple[Quote, str | None]], tally: Tally) -> list[Scored]:
    """Add one article to ``tally``; return its matched pairs (``python -m evaluation.quotes``)."""
    quotes = article["quotes"]
    assert isinstance(quotes, list)
    speakers = gold_speakers(article)
    g5 = quotation_golds(article)
    units = [tokens(quoted_segments(quotes[j]["quote"])) for j in g5]
    marked = [tokens(quoted_segments(q["quote"])) for q in quotes if q["has_quote_marks"]]
    preds = [tokens(q.text) for q, _ in found]
    tally["articles"] += 1
    for toks in preds:
        if len(toks) >= MIN_QUOTED_WORDS:
            tally["pred"] += 1
            tally["pred_ok"] += any(len(set(toks) & set(g)) >= _INSIDE_SHARE * len(set(toks)) for g in marked)
    pairs = dict(one_to_one(preds, units))
    for i, j in fragments(preds, units):
        pairs.setdefault(i, j)
    tally["gold"] += len(g5)
    tally["found"] += len(set(pairs.values()))
    judged = judged_pieces(pairs, preds)
    scored = []
    for i, j in sorted(pairs.items()):
        if i not in judged:
            continue
        gold = speakers[g5[j]]
        quote, mention = found[i]
        if gold.kind == "none":
            verdict = "unknown"
        elif gold.kind == "pronoun":
            verdict = "pronoun" if not gold.antecedent else (
                "pronoun_ok" if _names(quote.speaker, gold.antecedent) else "pronoun_wrong"
            )
        else:
            verdict = judge(quote, mention, gold, str(quotes[g5[j]]["quote"]), quoted_in_frame(str(article["text"]), quotes[g5[j]]))
        scored.append(Scored(quote, mention, gold, str(quotes[g5[j]]["cue"]), verdict))
        if verdict != "unknown":
            tally["known"] += 1
            tally["known_none"] += quote.speaker is None
            place = miss_profile.speaker_place(str(article["text"]), quotes[g5[j]])
            miss_profile.count(tally, str(quotes[g5[j]]["cue"] or ""), quote.speaker is None, place)
        tally[f"v_{verdict}"] += 1
    return scored


def judged_pieces(pairs: dict[int, int], preds: list[list[str]]) -> set[int]:
    """Which matched predictions get a speaker verdict: those of quotation length (>= 5 words,
    as precision counts them), or the longest piece of a gold item that has no such piece.

    A gold item matched in fragments ("A," he said. "B.") can hold a one-word scare quote in its
    paraphrase ('said Americans will say "no" to …'); such a piece is not a quotation, the
    briefing never shows it, and its speaker is not what the issue's metric asks about.
    """
    by_gold: dict[int, list[int]] = {}
    for i, j in pairs.items():
        by_gold.setdefault(j, []).append(i)
    judged: set[int] = set()
    for pieces in by_gold.values():
        long = [i for i in pieces if len(preds[i]) >= MIN_QUOTED_WORDS]
        judged.update(long or [max(pieces, key=lambda i: len(preds[i]))])
    return judged


def read_articles(data_dir: Path) -> list[dict[str, object]]:
    """The articles, with each gold quote, speaker and cue given the same character hygiene as
    our input (``clean.clean_title``: encoding repair, control characters stripped): a few texts
    are mojibake ("SarukhÃ¡n", "JesÃ\x83Âos"), and the gold copied it, so left as it is it would
    count our repaired "Sarukhán" or our "JesÃÂos" (the C1 control character stripped) wrong. The
    text itself is left as it is: the gold's character spans point into it, and the pipeline
    cleans it anyway."""
    path = Path(data_dir) / "polnear" / "polnear.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for article in articles:
        for quote in article["quotes"]:
            for key in ("quote", "speaker", "cue"):
                if isinstance(quote.get(key), str):
                    quote[key] = clean_title(quote[key])
    return articles


def article_tallies(
    articles: list[dict[str, object]], options: BriefingOptions = DEFAULT_OPTIONS
) -> list[tuple[tuple[str, ...], Tally]]:
    """Each article's own tally with the parts it counts in (kept apart for ``intervals``)."""
    out = []
    for article in Progress(articles, "quotes"):
        found = find_quotes_detailed(clean_blocks(str(article["text"])), options=options)
        counted = Tally()
        score_article(article, found, counted)
        out.append((parts_of(article), counted))
    return out


def tally_splits(per_article: list[tuple[tuple[str, ...], Tally]]) -> dict[str, Tally]:
    tallies = {s: Tally() for s in SPLITS + QUARTERS}
    for parts, counted in per_article:
        for part in parts:
            tallies[part].update(counted)
    return tallies


def intervals(per_article: list[tuple[tuple[str, ...], Tally]]) -> dict[str, dict[str, tuple[float, float]]]:
    """Per part: 95 % article-bootstrap intervals of speaker accuracy and no speaker, so a gap
    between two splits can be read against how much one split moves by its choice of articles."""
    out = {}
    for part in SPLITS + QUARTERS:
        mine = [t for parts, t in per_article if part in parts]
        out[part] = {
            "speaker_accuracy": ratio_interval([t.speaker_counts() for t in mine]),
            "no_speaker": ratio_interval([(t["known_none"], t["known"]) for t in mine]),
        }
    return out


_COLUMNS = (
    ("recall", "recall"),
    ("precision", "precision"),
    ("speaker_accuracy", "speaker accuracy"),
    ("no_speaker", "no speaker"),
    ("wrong_speaker", "wrong speaker"),
    ("pronoun_resolution", "pronoun → antecedent"),
)


def _with_parse_fallback(articles: list[dict[str, object]], metrics: dict[str, float]) -> list[str]:
    """Rows for the optional ``PARSE_FALLBACK`` (a spaCy parse for quotes the rules leave without
    a speaker), scored on the same articles, so its gain is read beside the default; none when
    no parser is installed."""
    from briefing.parse_fallback import load_parser

    if load_parser() is None:
        return []
    rows = {n: t.row() for n, t in tally_splits(article_tallies(articles, BriefingOptions(parse_fallback=True))).items()}
    lines = []
    for name in ("tuning", *QUARTERS):
        row = rows[name]
        metrics.update({f"parse_fallback_{name.replace(' ', '_')}_{k}": round(row[k], 4) for k, _ in _COLUMNS})
        cells = " | ".join(f"{row[key]:.3f}" for key, _ in _COLUMNS)
        lines.append(
            f"| {name}, with PARSE_FALLBACK | {row['articles']:.0f} | {row['gold_quotations']:.0f} | {cells} | "
            f"{row['speaker_pairs']:.0f} / {row['pronoun_pairs']:.0f} |"
        )
    return lines


def evaluate(data_dir: Path) -> Section:
    articles = read_articles(data_dir)
    per_article = article_tallies(articles)
    tallies = tally_splits(per_article)
    rows = {name: t.row() for name, t in tallies.items()}
    profiled = {n: tallies[n] for n in ("tuning", "untuned A", "untuned B")}
    spread = intervals(per_article)
    metrics: dict[str, float] = {
        f"{name.replace(' ', '_')}_{k}": round(v, 4) for name, row in rows.items() for k, v in row.items()
    }
    for name, bounds in spread.items():
        for k, (low, high) in bounds.items():
            metrics[f"{name.replace(' ', '_')}_{k}_low"] = round(low, 4)
            metrics[f"{name.replace(' ', '_')}_{k}_high"] = round(high, 4)
    lines = [
        "| split | articles | gold quotations | " + " | ".join(label for _, label in _COLUMNS) + " | pairs (speaker / pronoun) |",
        "|---|---|---|" + "---|" * len(_COLUMNS) + "---|",
    ]
    for name, row in rows.items():
        cells = " | ".join(f"{row[key]:.3f}" for key, _ in _COLUMNS)
        lines.append(
            f"| {name} | {row['articles']:.0f} | {row['gold_quotations']:.0f} | {cells} | "
            f"{row['speaker_pairs']:.0f} / {row['pronoun_pairs']:.0f} |"
        )
    lines += _with_parse_fallback(articles, metrics)
    suite_rows, suite_metrics = suite_section_rows(len(_COLUMNS))
    lines += suite_rows
    metrics.update(suite_metrics)
    head = rows[HEADLINE]
    metrics.update(
        {k: round(head[k], 4) for k in ("recall", "precision", "speaker_accuracy", "no_speaker", "wrong_speaker")}
    )
    spread_text = "; ".join(
        f"{name} {b['speaker_accuracy'][0]:.3f}–{b['speaker_accuracy'][1]:.3f} / "
        f"{b['no_speaker'][0]:.3f}–{b['no_speaker'][1]:.3f}"
        for name, b in spread.items()
    )
    by_mention = ", ".join(f"{n} {r['description_by_mention']:.0f}" for n, r in rows.items())
    inner = ", ".join(f"{n} {r['inner_attribution']:.0f}" for n, r in rows.items())
    text = (
        __doc__.split("\n\n", 1)[1].split("Articles are split")[0].strip()
        + "\n\nSplits: *test26* = PolNeAR's test compartment (the 26-article sample the rules were "
        "first tuned on); *tuning* / *untuned* = the 834 train articles halved by the parity of the "
        "first byte of sha256(id). Rules were tuned on *tuning* only until session 5 of round 2; since "
        "then *untuned* is halved again by the next bit of that byte: *untuned A* was read for error "
        "patterns (no longer held out), *untuned B* never was and is the held-out figure (the top-level "
        "`recall` / `precision` / `speaker_accuracy` / `no_speaker` in the JSON). "
        "*pattern suite* = the hand-written cases of `tests/briefing/attribution_cases.py` (quote "
        "found = recall; a case is right when our speaker is one it accepts, `None` included; no "
        "precision there). *with PARSE_FALLBACK* = the same articles with the optional spaCy parse "
        "for quotes the rules leave without a speaker (off by default; rows only when spaCy is installed). "
        "Descriptions scored by our raw mention because no antecedent could be "
        f"derived: {by_mention}; speakers right by the gold content's own nested attribution: {inner}. "
        "The metric audit (what was changed in it and why) is in `evaluation/quotes.py`.\n\n" + "\n".join(lines)
        + f"\n\nHow much each split moves with the articles it happens to hold: 95 % intervals of speaker "
        f"accuracy / no speaker from {RESAMPLES:,} resamples of its articles (`evaluation/bootstrap.py`, "
        f"seeded): {spread_text}."
        + "\n\nWhere the quotes with no speaker are, by the cue the annotators marked (`evaluation/miss_profile.py`; "
        "counts only, no text of any split read for it):\n\n"
        + "\n".join(miss_profile.profile_lines(profiled))
        + "\n\nAnd by where the annotated speaker stands against the quote (same file, counts only):\n\n"
        + "\n".join(miss_profile.place_lines(profiled))
    )
    return Section(title="Quotes and speakers (PolNeAR)", markdown=text, metrics=metrics)


def _print_errors(split: str, data_dir: Path) -> None:
    """``python -m evaluation.quotes tuning``: the speaker errors of one split, for tuning.

    ``"untuned A"`` works too; ``"untuned B"`` is the held-out quarter: do not read its errors.
    """
    options = BriefingOptions()
    for article in read_articles(data_dir):
        if split not in parts_of(article):
            continue
        found = find_quotes_detailed(clean_blocks(str(article["text"])), options=options)
        for s in score_article(article, found, Tally()):
            if s.verdict in {"wrong", "none", "pronoun_wrong"}:
                record = {
                    "id": article["id"], "verdict": s.verdict, "gold": s.gold.text, "kind": s.gold.kind,
                    "antecedent": s.gold.antecedent, "ours": s.quote.speaker, "mention": s.mention,
                    "cue": s.cue, "quote": s.quote.text[:70],
                }
                print(json.dumps(record, ensure_ascii=False))


def _print_figures(data_dir: Path) -> None:
    """``python -m evaluation.quotes --figures``: every split's headline figures in ~10 s, for tuning
    (pronoun -> antecedent too: a pronoun fix that picks the wrong person shows only there)."""
    per_article = article_tallies(read_articles(data_dir))
    spread = intervals(per_article)
    for name, tally in tally_splits(per_article).items():
        r = tally.row()
        low, high = spread[name]["speaker_accuracy"]
        print(
            f"{name:10s} accuracy {r['speaker_accuracy']:.4f} ({low:.3f}-{high:.3f})  no speaker {r['no_speaker']:.4f}  "
            f"wrong {r['wrong_speaker']:.4f}  recall {r['recall']:.3f}  precision {r['precision']:.3f}  "
            f"pairs {r['speaker_pairs']:.0f}  pronoun -> antecedent {r['pronoun_resolution']:.4f} "
            f"of {r['pronoun_pairs']:.0f}"
        )


if __name__ == "__main__":
    import sys

    args = sys.argv[1:]
    if args[:1] == ["--figures"]:
        _print_figures(Path(args[1] if len(args) > 1 else "../../shared/data"))
    else:
        _print_errors(args[0] if args else "tuning", Path(args[1] if len(args) > 1 else "../../shared/data"))
