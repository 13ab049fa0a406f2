"""Speaker attribution with the people renamed: does it hold for names no list of ours holds?

The rules lean on word lists (given names and their genders, titles, surnames met before), and
PolNeAR's speakers are mostly US politicians whose names those lists know. A held-back article
about other people has other names. This check renames every annotated speaker throughout an
article — each given name to another of the same gender, each surname to another — and scores the
same article again with the gold renamed the same way; the gap to the original figure is what the
names themselves were worth. Three pools of new names:

* *listed*: ordinary English given names from our own list and common surnames — a control: the
  figures should barely move, and what moves is noise of the renaming itself;
* *international*: given names no list of ours holds (Oluwaseun, Aigerim) and surnames from many
  languages (Okonkwo, Bhattacharya, Al-Masri, Nguyen);
* *word-like*: names that are also English words (Will Young, Grace Price, Hunter Strong,
  Faith Little), which a capital letter alone does not mark as a name at a sentence start.

Each article draws its names with a generator seeded by its id, so runs repeat exactly.
"""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

from briefing.given_names import GIVEN_NAME_GENDER, given_name_gender
from briefing.lexicon import stem
from briefing.speech_lexicon import GROUP_NOUNS, ORGANISATION_NOUNS
from briefing.wordlists import is_common_word, is_country, place_names
from evaluation import Section
from evaluation.quote_gold import classify, gold_speakers
from evaluation.quotes import Tally, article_tallies, parts_of, read_articles, tally_splits

#: (male given names, female given names, surnames) per pool.
POOLS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "listed": (
        ("Michael", "David", "Thomas", "Peter", "Robert", "Daniel", "Richard", "Steven", "Paul", "Andrew"),
        ("Susan", "Karen", "Laura", "Rachel", "Emily", "Sarah", "Linda", "Nancy", "Julia", "Megan"),
        ("Anderson", "Thompson", "Harris", "Walker", "Mitchell", "Collins", "Reynolds", "Foster", "Hughes",
         "Perkins", "Sullivan", "Bennett", "Coleman", "Jenkins", "Wallace", "Fletcher"),
    ),
    "international": (
        ("Oluwaseun", "Tenzin", "Arjun", "Kwame", "Thiago", "Bogdan", "Hamid", "Kenji", "Dmytro", "Siddharth"),
        ("Ngozi", "Aigerim", "Priyanka", "Yasmin", "Oksana", "Mei", "Folasade", "Ximena", "Saoirse", "Thandiwe"),
        ("Okonkwo", "Nakamura", "Bhattacharya", "Al-Masri", "Kowalczyk", "Nguyen", "O'Sullivan", "Mbeki",
         "Haddad", "Lindqvist", "Papadopoulos", "Zhou", "Vasquez-Ruiz", "Eriksen", "Adeyemi", "Kuznetsov"),
    ),
    "word-like": (
        ("Will", "Mark", "Bill", "Hunter", "Chase", "Grant", "Rich", "Frank", "Pat", "Guy"),
        ("Grace", "Hope", "Faith", "Joy", "Rose", "Dawn", "April", "June", "Summer", "Ivy"),
        ("Young", "Price", "Little", "Strong", "King", "Moody", "Black", "Wise", "Sharp", "Best",
         "Church", "Law", "Power", "Street", "Love", "Fox"),
    ),
}

#: Words of a gold "name" that belong to an organisation's name ("Illinois Board of Elections").
_NOT_NAMES = ORGANISATION_NOUNS | GROUP_NOUNS


def _renamable(word: str, text: str, in_full_name: bool) -> bool:
    """A surname of a person: no place or its people ("America"), and either the last words of a
    name of several ("Vasquez" of "Ana Vasquez") that are no words of the language ("State" of
    "Secretary of State"), or written in the article after a given name or an honorific ("Donald
    Trump", "Mr. Trump"): a lone "Latinos" or "Nation" the gold calls a name is no one's."""
    if word.lower() in _NOT_NAMES or is_country(word) or place_names(stem(word.lower())):
        return False
    if in_full_name and not is_common_word(word):
        return True
    before = re.findall(rf"\b([A-Z][a-z]+\.?) {re.escape(word)}\b", text)
    return any(w.lower() in GIVEN_NAME_GENDER or w.rstrip(".") in {"Mr", "Mrs", "Ms", "Dr"} for w in before)


_NAME_WORD = re.compile(r"[A-Z][\w’'-]*[a-z][\w’'-]*")


class Renaming:
    """One article's old -> new name words, applied alike to its text and its gold fields."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words
        alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        self._pattern = re.compile(rf"(?<![\w’'])(?:{alternatives})(?![\w-]|['’]t\b)") if words else None

    def apply(self, text: str) -> str:
        return self._pattern.sub(lambda m: self.words[m.group(0)], text) if self._pattern else text

    def shifts(self, text: str) -> list[tuple[int, int]]:
        """(end of a replaced word, change in length) through ``text``, to move its spans with."""
        if self._pattern is None:
            return []
        return [(m.end(), len(self.words[m.group(0)]) - len(m.group(0))) for m in self._pattern.finditer(text)]


def moved(spans: list[list[int]], shifts: list[tuple[int, int]]) -> list[list[int]]:
    """Character spans moved to where they fall once the words of ``shifts`` are replaced."""
    return [[at + sum(d for end, d in shifts if end <= at) for at in span] for span in spans]


def renaming(article: dict[str, object], pool: str) -> Renaming:
    """Each word of the annotated speakers' names, paired with a new one from ``pool``: a given
    name of known gender keeps its gender (so the gold's he/she chains stay right), a given name of
    unknown gender and every surname draw from the pool's surnames and then its given names."""
    males, females, surnames = POOLS[pool]
    rng = random.Random(hashlib.sha256(f"{pool}:{article['id']}".encode()).digest())
    quotes = article["quotes"]
    assert isinstance(quotes, list)
    text = str(article["text"])
    words: dict[str, str] = {}
    free = {"m": list(males), "f": list(females), "": list(surnames)}
    for quote in quotes:
        gold = classify(quote.get("speaker"))
        if gold.kind != "name" or gold.text.lower().startswith("the "):
            continue  # "the Illinois Board of Elections": an organisation, not a person
        for name in gold.name.split("|"):
            if is_country(name) or place_names(stem(name.lower())):
                continue  # "China" / "Chinese" speaking: a state, not a person
            parts = name.split()
            for k, word in enumerate(parts):
                if word in words or not _NAME_WORD.fullmatch(word):
                    continue
                given = k == 0 and (len(parts) > 1 or word.lower() in GIVEN_NAME_GENDER)
                gender = (given_name_gender(f"{word} X") or "") if given else ""
                if given and not gender or not given and not _renamable(word, text, len(parts) > 1):
                    continue  # a given name of unknown gender stays: a surname would be no first name
                choices = free[gender] or free[""] or free["m"] + free["f"]
                if not choices:
                    break
                words[word] = choices.pop(rng.randrange(len(choices)))
    return Renaming(words)


def renamed_article(article: dict[str, object], pool: str) -> dict[str, object]:
    """The article with its speakers renamed in the text and in every gold field alike."""
    change = renaming(article, pool)
    text = str(article["text"])
    shifts = change.shifts(text)
    quotes = []
    for quote in article["quotes"]:  # type: ignore[attr-defined]
        new = dict(quote)
        for key in ("quote", "speaker", "cue"):
            if isinstance(new.get(key), str):
                new[key] = change.apply(new[key])
        for key in ("quote_spans", "speaker_spans", "cue_spans"):
            if new.get(key):
                new[key] = moved(new[key], shifts)
        quotes.append(new)
    # antecedents are derived on the text as written and renamed: the gold's walk back reads
    # genders from our given-name list, which new names (Aigerim, Oluwaseun) are not on, so a walk
    # over the renamed text would pass a clash of genders the original stops at
    antecedents = [change.apply(g.antecedent) if g.antecedent else None for g in gold_speakers(article)]
    return {**article, "text": change.apply(text), "quotes": quotes, "antecedents": antecedents}


def tallies(articles: list[dict[str, object]], parts: tuple[str, ...], pool: str | None) -> dict[str, Tally]:
    """Each of ``parts``' tallies, its articles renamed from ``pool`` (None: as written)."""
    mine = [a for a in articles if set(parts_of(a)) & set(parts)]
    scored = [renamed_article(a, pool) for a in mine] if pool else mine
    return {p: t for p, t in tally_splits(article_tallies(scored)).items() if p in parts}


#: The parts read: the tuning half and the untuned quarter read for errors. The held-out quarter
#: is left out on purpose, so this check can be run while tuning without seeing it.
PARTS = ("tuning", "untuned A")
_KEYS = ("speaker_accuracy", "no_speaker", "wrong_speaker", "pronoun_resolution")


def evaluate(data_dir: Path) -> Section:
    articles = read_articles(data_dir)
    rows = {pool: tallies(articles, PARTS, pool) for pool in (None, *POOLS)}
    metrics: dict[str, float] = {}
    lines = [
        "| people named | " + " | ".join(f"{p}: accuracy / no speaker / wrong / pronoun" for p in PARTS) + " |",
        "|---|" + "---|" * len(PARTS),
    ]
    for pool, by_part in rows.items():
        label = pool or "as written"
        cells = []
        for part, tally in by_part.items():
            row = tally.row()
            cells.append(" / ".join(f"{row[k]:.3f}" for k in _KEYS))
            metrics.update({f"{label}_{part}_{k}".replace(" ", "_"): round(row[k], 4) for k in _KEYS})
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    text = __doc__.split("\n\n", 1)[1].strip() + "\n\n" + "\n".join(lines)
    return Section(title="Speakers with the people renamed (PolNeAR)", markdown=text, metrics=metrics)


if __name__ == "__main__":
    import sys

    section = evaluate(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data"))
    print(section.markdown.rsplit("\n\n", 1)[1])
