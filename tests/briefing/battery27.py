"""A generated battery of invented quote layouts (session 27, helper batt27).

The pattern suite was written beside the rules, so it shows what the rules were made for, not
the holes between them. This battery composes short invented news texts from independent slots
and knows, from the grammar alone, who each quote's source is:

- ``form``: how the speaker is written ("Ann Weller", "Sen. Ann Weller (D-Ohio)", "Weller" after
  an introduction, "Mayor Ann Weller", an appositive, "the mayor" after an introduction, "a
  spokesman for the mayor", "the mayor's office", "the Weller campaign", "two officials");
- ``link``: what ties the speaker to the quote (speech verbs with their complements, "according
  to", a colon intro, and verbs that are no speech verbs but still make the subject the source:
  "called the plan “…”", "had a warning: “…”", "For Weller, the answer is simple: “…”");
- ``position``: cue before the quote, after it (plain or inverted), inside a split quote, in the
  paragraph before a quote that stands alone, or a pronoun one or two sentences after the name;
- ``punct``: curly or straight marks, the sentence's stop outside the marks, a partial quote
  inside the sentence, text going on after the closing mark;
- ``context``: an introducing paragraph, or a second named person nearby (object of the cue,
  possessive, a sentence before or after).

Every combination the grammar allows is built; those whose answer a careful reader could dispute
are not built at all (each exclusion in ``_fits`` says why). A fixed seed picks which person and
which quote words fill each item and thins the combinations to a few thousand, so the battery is
the same on every run. Names and wording are invented. ``test_battery27.py`` runs it.
"""

from __future__ import annotations

import itertools
import random
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Protocol, TypeVar

from briefing.models import Block, BriefingOptions
from briefing.quotes import find_quotes

SEED = 27
SIZE = 3000


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    pronoun: str
    role: str
    title: str
    party: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.surname}"


PEOPLE = (
    Person("Ann", "Weller", "she", "mayor", "Mayor", "D-Ohio"),
    Person("Tom", "Reyes", "he", "governor", "Gov.", "R-Texas"),
    Person("Dana", "Kirby", "she", "police chief", "Police Chief", "D-Maine"),
    Person("Marcus", "Hale", "he", "treasurer", "Treasurer", "R-Utah"),
    Person("Elena", "Sokolova", "she", "health minister", "Health Minister", "D-N.Y."),
    Person("Jamal", "Okafor", "he", "schools chief", "Schools Chief", "D-Ga."),
)

# (first half, second half of one sentence; a second sentence; a partial quote)
QUOTES = (
    ("We will finish the bridge", "before the winter comes", "Nobody should doubt that", "a waste of good money"),
    ("This budget does not add up", "and everyone in this room knows it", "We need a new one",
     "the worst budget in a decade"),
    ("The families on Elm Street deserve better", "than another year of delays", "They have waited long enough",
     "a gift to the developers"),
    ("I have never seen a deal this bad", "in all my years of public service", "I will vote against it",
     "dead on arrival"),
)

FORMS = ("full", "party", "surname", "title", "appositive", "role", "spokesman", "office", "campaign", "group")
_PEOPLE_FORMS = {"full", "party", "surname", "title", "appositive", "role"}
_INTRODUCED = {"surname", "role"}

# link -> (verb phrase, kind): "speech" takes every position, "according" is "according to X",
# "colon" puts the whole quote after a colon, "partial" takes a partial quote as its object.
LINKS: dict[str, tuple[str, str]] = {
    "said": ("said", "speech"),
    "says": ("says", "speech"),
    "told reporters": ("told reporters", "speech"),
    "added": ("added", "speech"),
    "wrote on Twitter": ("wrote on Twitter", "speech"),
    "said in a statement": ("said in a statement", "speech"),
    "according to": ("", "according"),
    "put it bluntly": ("put it bluntly", "colon"),
    "had a warning": ("had a warning", "colon"),
    "didn't mince words": ("didn't mince words", "colon"),
    "for X the answer": ("", "colon"),
    "called": ("called the plan", "partial"),
    "described as": ("described the plan as", "partial"),
    "dismissed as": ("dismissed the report as", "partial"),
}
_INVERTS = {"said", "says", "added"}

POSITIONS = ("before", "after", "inverted", "split", "split-comma", "prev-para", "pronoun-1", "pronoun-2")
PUNCTS = ("curly", "straight", "outside", "partial", "continuing")
CONTEXTS = ("none", "intro", "object", "possessive", "other-before", "other-after")


@dataclass(frozen=True)
class Item:
    form: str
    link: str
    position: str
    punct: str
    context: str
    text: str
    quotes: tuple[str, ...]
    """The first words of each quote the item is about (two for a split quote)."""
    accepted: tuple[str | None, ...]

    @property
    def slots(self) -> dict[str, str]:
        return {"form": self.form, "link": self.link, "position": self.position, "punct": self.punct,
                "context": self.context}

    @property
    def key(self) -> str:
        return "|".join([*self.slots.values(), self.text])


def _fits(form: str, link: str, position: str, punct: str, context: str) -> bool:
    """Whether the grammar builds this combination with an answer no careful reader disputes."""
    kind = LINKS[link][1]
    pronoun = position.startswith("pronoun")
    if punct == "continuing" and position in ("split", "split-comma", "prev-para"):
        return False  # nothing natural goes on after a quote that closes a split or stands alone
    if kind == "partial":
        # a partial quote is the verb's object: it stands in the cue's own sentence, and the
        # slot "partial" is the link itself
        return position in ("before", "pronoun-1", "pronoun-2") and punct != "partial" and context != "object"
    if kind == "colon":
        if position not in ("before", "prev-para", "pronoun-1", "pronoun-2") or punct == "partial":
            return False
        # "For two officials, the answer is simple" reads as a stance about them, not their words;
        # nobody writes "For it, the answer is simple"
        return not (link == "for X the answer" and (form == "group" or context == "object" or pronoun and form in _PRONOUNS))
    if kind == "according":
        # "According to Weller," before a whole quote, the quote carried to the next paragraph,
        # "according to her": rare layouts whose reading varies
        if context == "object" or (punct == "partial" and position != "after" and position != "before"):
            return False
        return position in ("after", "split", "split-comma") or (position == "before" and punct == "partial")
    if position == "inverted" and link not in _INVERTS:
        return False
    if position in ("split", "split-comma", "prev-para") and punct == "partial":
        return False
    # "Two officials thanked Dana Kirby. “…,” they said." may fold Kirby into "they"
    return not (pronoun and form == "group" and context in ("object", "possessive"))


def _speaker(form: str, p: Person) -> tuple[str, tuple[str | None, ...]]:
    """(the speaker's mention in ``form``, accepted answers)."""
    role = p.role
    return {
        "full": (p.name, (p.name,)),
        "party": (f"Sen. {p.name} ({p.party})", (p.name,)),
        "surname": (p.surname, (p.name,)),
        "title": (f"{p.title} {p.name}", (p.name,)),
        "appositive": (f"{p.name}, the city's {role},", (p.name,)),
        "role": (f"the {role}", (p.name, f"the {role}")),
        "spokesman": (f"a spokesman for the {role}", (f"a spokesman for the {role}", "a spokesman")),
        "office": (f"the {role}'s office", (f"the {role}'s office",)),
        "campaign": (f"the {p.surname} campaign", (f"the {p.surname} campaign",)),
        "group": ("two officials", ("two officials",)),
    }[form]


_PRONOUNS = {"spokesman": "he", "office": "it", "campaign": "it", "group": "they"}
_OBJECTS = {"she": "her", "he": "him", "it": "it", "they": "them"}
_POSSESSIVE_TAILS = {"said", "says", "added", "said in a statement"}


def _cap(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:]


class _Marks:
    """Quote marks and the stop around a quote, as the ``punct`` slot writes them."""

    def __init__(self, punct: str) -> None:
        self.punct = punct
        self.o, self.c = ("\"", "\"") if punct == "straight" else ("“", "”")

    def close(self, words: str) -> str:
        """A quote that ends its sentence (or goes on after its closing mark)."""
        if self.punct == "outside":
            return f"{self.o}{words}{self.c}."
        if self.punct == "continuing":
            return f"{self.o}{words},{self.c} before leaving the room."
        return f"{self.o}{words}.{self.c}"

    def lead(self, words: str) -> str:
        """A quote followed by its cue."""
        return f"{self.o}{words}{self.c}," if self.punct == "outside" else f"{self.o}{words},{self.c}"

    def bare(self, words: str) -> str:
        return f"{self.o}{words}{self.c}"


def _sentence(link: str, position: str, punct: str, s: str, tail: str, words: tuple[str, ...]) -> str:
    """The sentence(s) tying speaker mention ``s`` to the quote."""
    a, b, _, partial = words
    whole = f"{a} {b}"
    m = _Marks(punct)
    vp, kind = LINKS[link]
    if vp == "says" and (s == "they" or s.startswith("two ")):
        vp = "say"
    after = position in ("after", "inverted") or (position.startswith("pronoun") and kind == "speech")
    if kind == "according":
        if position == "before":
            return f"According to {s}, the plan is {m.close(partial)}"
        cue = f"according to {s}"
    elif kind == "colon":
        intro = f"For {s}{tail}, the answer is simple" if link == "for X the answer" else f"{s} {vp}{tail}"
        return f"{intro}:\n\n{m.close(whole)}" if position == "prev-para" else f"{intro}: {m.close(whole)}"
    elif kind == "partial":
        close = f"{m.bare(partial)} and urged a new vote." if punct == "continuing" else m.close(partial)
        return f"{s} {vp} {close}"
    else:
        cue = f"{vp} {s}{tail}" if position == "inverted" else f"{s} {vp}{tail}"
    sep = ":" if "statement" in link or "Twitter" in link else ","
    return place_cue(cue, after, position, punct, words, sep)


def place_cue(cue: str, after: bool, position: str, punct: str, words: tuple[str, ...], sep: str) -> str:
    """The quote placed around a speech cue ("Ann Weller said"): after it, split by it, in the
    paragraph after it or introduced by it with ``sep``; shared with ``battery28``."""
    a, b, second, partial = words
    whole = f"{a} {b}"
    m = _Marks(punct)
    if after:
        if punct == "partial":
            return f"The plan was {m.lead(partial)} {cue}."
        if punct == "continuing":
            return f"{m.lead(whole)} {cue}, adding that the vote would come in May."
        return f"{m.lead(whole)} {cue}."
    if position == "split":
        return f"{m.lead(whole)} {cue}. {m.close(second)}"
    if position == "split-comma":
        return f"{m.lead(a)} {cue}, {m.close(b)}"
    if position == "prev-para":
        return f"{cue} that the budget would not balance.\n\n{m.close(whole)}"
    if punct == "partial":
        return f"{cue} that the plan was {m.bare(partial)} and should be dropped."
    return f"{cue}{sep} {m.close(whole)}"


def _build(form: str, link: str, position: str, punct: str, context: str, rng: random.Random) -> Item:
    speaker, other = rng.sample(PEOPLE, 2)
    pronoun = position.startswith("pronoun")
    if pronoun and form in _PEOPLE_FORMS:
        # the harder case: the other person takes the same pronoun
        other = rng.choice([q for q in PEOPLE if q != speaker and q.pronoun == speaker.pronoun])
    first, accepted = _speaker(form, speaker)
    words = rng.choice(QUOTES)
    kind = LINKS[link][1]
    d = other.name
    tail, prefix = "", ""
    if not pronoun and context == "object":
        tail = f" after meeting {d}"
    elif not pronoun and context == "possessive":
        if link in _POSSESSIVE_TAILS:
            tail = f" of {d}'s plan"
        else:
            prefix = f"{d}'s plan came up for a vote on Tuesday. "
    s = first
    if pronoun:
        s = _PRONOUNS.get(form, speaker.pronoun)
        s = _OBJECTS[s] if link == "for X the answer" else s
    sentence = _cap(_sentence(link, position, punct, s, tail, words))
    if pronoun:
        lead = _cap(first)
        setup = {
            "object": f"{lead} thanked {d} for the report.",
            "possessive": f"{lead} read {d}'s letter to the council.",
            "other-before": f"{d} had asked for a delay. {lead} refused.",
        }.get(context, f"{lead} spoke after the vote.")
        gap = " The meeting ran late." if position == "pronoun-2" else ""
        sentence = f"{setup}{gap} {sentence}"
    elif context == "other-before":
        prefix = f"{d} had asked for a delay. "
    sentence = prefix + sentence
    if context == "other-after":
        sentence = f"{sentence} {d} disagreed."
    paragraphs = [sentence]
    if form in _INTRODUCED:
        paragraphs.insert(0, f"{speaker.name} has served as {speaker.role} since 2019.")
    if context == "intro":
        paragraphs.insert(0, "The city council met on Tuesday to debate the bridge budget.")
    text = "\n\n".join(paragraphs).replace(",,", ",").replace(",.", ".").replace(",:", ":")
    a, b, second, partial = words
    partial_quote = kind == "partial" or (punct == "partial" and not (kind == "colon"))
    starts = [partial] if partial_quote else [a]
    if position == "split":
        starts.append(second)
    elif position == "split-comma":
        starts.append(b)
    return Item(form, link, position, punct, context, text, tuple(" ".join(w.split()[:3]) for w in starts), accepted)


def battery() -> list[Item]:
    """The battery: every combination ``_fits`` allows, thinned by the fixed seed to ``SIZE``."""
    return draw((FORMS, LINKS, POSITIONS, PUNCTS, CONTEXTS), _fits, _build, SEED, SIZE)


class Generated(Protocol):
    """What ``tally_misses`` reads of a battery's item (``Item`` here, ``battery29.Item29``)."""

    @property
    def slots(self) -> dict[str, str]: ...

    @property
    def text(self) -> str: ...

    @property
    def key(self) -> str: ...

    @property
    def quotes(self) -> tuple[str, ...]: ...

    @property
    def accepted(self) -> tuple[str | None, ...]: ...


ItemT = TypeVar("ItemT", bound=Generated)


def draw(
    slots: tuple[Iterable[str], ...],
    fits: Callable[..., bool],
    build: Callable[..., ItemT],
    seed: int,
    size: int,
) -> list[ItemT]:
    """Every combination of the slots' values that ``fits``, thinned by ``seed`` to ``size`` (the
    same draw on every build, kept in order), each built with the seeded generator; shared with
    ``battery28``."""
    rng = random.Random(seed)
    combos = [c for c in itertools.product(*slots) if fits(*c)]
    if len(combos) > size:
        combos = [combos[k] for k in sorted(rng.sample(range(len(combos)), size))]
    return [build(*combo, rng) for combo in combos]


def tally_misses(
    items: list[ItemT], outcome_of: Callable[[ItemT], str], families: dict[str, Callable[[ItemT], bool]]
) -> tuple[Counter[str | None], list[tuple[str, dict[str, str], str]]]:
    """Items not "right", counted by the first known-miss family they belong to (``None``: none),
    and the ones of no family (outcome, slots, text): what both batteries' tests pin."""
    missed: Counter[str | None] = Counter()
    unexpected = []
    for item in items:
        result = outcome_of(item)
        if result != "right":
            family = next((name for name, belongs in families.items() if belongs(item)), None)
            missed[family] += 1
            if family is None:
                unexpected.append((result, item.slots, item.text))
    return missed, unexpected


def assert_only_known_misses(
    items: list[ItemT], outcome_of: Callable[[ItemT], str], known: dict[str, tuple[str, Callable[[ItemT], bool], int]]
) -> None:
    """What every battery's test asserts: no item is missed outside a known family, and each
    family misses exactly its pinned count (a fixed miss fails too, so a pin never goes stale)."""
    missed, unexpected = tally_misses(items, outcome_of, {name: belongs for name, (_, belongs, _) in known.items()})
    assert unexpected == []
    assert {name: missed[name] for name in known} == {name: count for name, (_, _, count) in known.items()}


def assert_same_on_every_build(build: Callable[[], list[ItemT]]) -> None:
    """A battery is drawn with a fixed seed: two builds give the same items, each key once."""
    first, second = build(), build()
    assert [i.key for i in first] == [i.key for i in second]
    assert len({i.key for i in first}) == len(first)


def worst_outcome(item: ItemT, accepts: Callable[[str | None, tuple[str | None, ...]], bool]) -> str:
    """"right", "none" (no speaker where one is due), "wrong", or "lost" (a quote not found);
    of a split quote's two parts, the worse. Every battery's outcome, given how it accepts a
    speaker (here: one of the item's speakers exactly)."""
    found = find_quotes([Block(text=p) for p in item.text.split("\n\n")], options=BriefingOptions())
    worst = "right"
    for start in item.quotes:
        quote = next((q for q in found if start in q.text), None)
        result = ("lost" if quote is None else "right" if accepts(quote.speaker, item.accepted)
                  else "none" if quote.speaker is None else "wrong")
        worst = max(worst, result, key=_RANK.index)
    return worst


def outcome(item: Item) -> str:
    """This battery's outcome of ``item`` (``worst_outcome``): its speaker must be one it accepts."""
    return worst_outcome(item, lambda speaker, accepted: speaker in accepted)


_RANK = ("right", "none", "lost", "wrong")
