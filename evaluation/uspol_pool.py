"""Build the US-politics pool (2015–16 news) that ``evaluation/uspol.py`` scores, from two public sets.

Why this pool: PolNeAR's held-out quarter is US news of the 2016 campaign, and its misses sit in
text our rules were never tuned on. This pool is the same kind of news from other sources, so a
hand-labelled held half of it tells whether a rule written on the tuning half reaches unseen
articles of that domain. Nothing here is shipped; this script makes the folder reproducible:

- the "Real" texts of the two sets of Horne & Adalı (2017), "This Just In" (Buzzfeed political
  news and random political news of 2016: Washington Post, NPR, USA Today, CBS, ABC …), as in
  ``datasets/this_just_in/data/`` of the public repository pmacinec/fake-news-datasets;
- the REAL rows of the fake_or_real_news sample of McIntire's 2016 election set, as
  ``fake_or_real_news.csv`` of the public repository samyaksand/Fake-News-Detection.

An article that shares more than 2 % of its 8-word shingles with any PolNeAR article is left out
unread (3 were), and so is one sharing more than 30 % with an article kept before it (2 were):
179 articles. ``T.list`` and ``H.list`` split them by sha1(file name) % 2 into a tuning half (read,
tuned on) and a held half (read only to label ``evaluation/labelled/uspol_held.tsv``).

Usage: ``python -m evaluation.uspol_pool THIS_JUST_IN_DATA_DIR FAKE_OR_REAL_CSV POLNEAR_JSONL OUT_DIR``
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

_FOLDERS = {
    "bf": "Buzzfeed Political News Dataset/Real",
    "rnd": "Random Poltical News Dataset/Real",
}
_WORD = re.compile(r"\w+")
#: Share of an article's shingles found in PolNeAR (or in an article kept before it) that drops it.
_POLNEAR_SHARE, _DUPLICATE_SHARE = 0.02, 0.3


def _decoded(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    return text.replace("\r\n", "\n")


def articles(this_just_in: Path, fake_or_real: Path) -> Iterator[tuple[str, str]]:
    """(file name, text) of every candidate article, in the order the duplicate test sees them."""
    files = sorted(
        (f"{tag}_{p.name}", p)
        for tag, folder in _FOLDERS.items()
        for p in (this_just_in / folder).glob("*.txt")
    )
    for name, path in files:
        yield f"tji_{Path(name).stem}.txt", _decoded(path.read_bytes())
    csv.field_size_limit(10**9)
    with fake_or_real.open(encoding="utf-8", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) > 3 and row[3] == "REAL":
                yield f"forn_{row[0]}.txt", row[1] + "\n\n" + row[2]


def shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i : i + 8]) for i in range(max(0, len(words) - 7))}


def build(this_just_in: Path, fake_or_real: Path, polnear: Path, out: Path) -> tuple[int, int, int]:
    """Write the pool and its two half lists; (kept, left out as PolNeAR's, left out as duplicates)."""
    known: set[str] = set()
    with polnear.open(encoding="utf-8") as handle:
        for line in handle:
            known |= shingles(json.loads(line).get("text") or "")
    out.mkdir(parents=True, exist_ok=True)
    kept: list[str] = []
    seen: set[str] = set()
    from_polnear = duplicates = 0
    for name, text in articles(this_just_in, fake_or_real):
        own = shingles(text)
        if not own:
            continue
        if len(own & known) / len(own) > _POLNEAR_SHARE:
            from_polnear += 1
        elif len(own & seen) / len(own) > _DUPLICATE_SHARE:
            duplicates += 1
        else:
            seen |= own
            (out / name).write_text(text, encoding="utf-8")
            kept.append(name)
    halves: dict[int, list[str]] = {0: [], 1: []}
    for name in sorted(kept):
        halves[int(hashlib.sha1(name.encode()).hexdigest(), 16) % 2].append(name)
    (out / "T.list").write_text("\n".join(halves[0]) + "\n", encoding="utf-8")
    (out / "H.list").write_text("\n".join(halves[1]) + "\n", encoding="utf-8")
    return len(kept), from_polnear, duplicates


if __name__ == "__main__":
    if len(sys.argv) != 5:
        raise SystemExit(__doc__.rsplit("Usage: ", 1)[1].strip())
    kept, from_polnear, duplicates = build(*(Path(arg) for arg in sys.argv[1:]))
    print(f"kept {kept}, left out as PolNeAR's {from_polnear}, as duplicates {duplicates}")
