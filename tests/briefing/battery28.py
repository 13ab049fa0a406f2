"""A generated battery of description, organisation and group speakers (session 28, helper desc28).

On the held-out PolNeAR half our reader left 13% of the quotes whose speaker is a description
("a senior administration official", "the ministry", "critics", "the report") without a speaker,
against 3% for named speakers. That half may not be read, so this battery invents the coverage.
It is ``battery27``'s sibling and reuses its ``Item``, quote words, people and quote marks; what
differs is the speakers and the judge:

- ``form``: a role description with modifiers and of/for-phrases ("a senior official at the
  ministry", "the company's chief executive", "a spokesman for Ann Weller"), an organisation or a
  document ("the ministry", "the White House", "a statement from the club", "the lawsuit"), a
  group or counted people ("officials", "two officials", "many residents"), an epithet ("the
  25-year-old", "the former champion"), an anonymous source ("a person familiar with the talks");
- ``link``: said, says, told reporters, added, according to, said in a statement, "In a
  statement, X said", wrote, warned, argued, said in an email, and "X's spokesman said";
- ``position``: cue before the quote, after it (plain or inverted), inside a split quote, in the
  paragraph before a lone quote, or later as a pronoun ("it said", "they said") or a role noun
  ("the official said");
- ``punct``: as in battery27;
- ``context``: an introducing paragraph, or a named person nearby (the cue's object, a sentence
  before or after, or a pronoun setup whose object is a person) who must NOT be the answer.

The judge (``outcome``) accepts any speaker that holds the description's head noun as a word
("official", "ministry", "officials"); a pronoun or a role noun must carry the phrase it refers to
(or the role noun itself). A nearby name is wrong, except a name before a definite epithet,
which the epithet may re-describe. A fixed seed picks the people and quote words
and thins the combinations, so the battery is the same on every run. ``test_battery28.py`` runs it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from tests.briefing.battery27 import (
    PEOPLE,
    QUOTES,
    Item,
    Person,
    _cap,
    _Marks,
    draw,
    place_cue,
    worst_outcome,
)

SEED = 28
SIZE = 2400


@dataclass(frozen=True)
class Form:
    text: str
    """The mention; "{name}" stands for the named person inside it."""
    heads: tuple[str, ...]
    kind: str
    """"person", "org", "doc" or "group"."""
    pronoun: str | None = None
    role: str | None = None
    """A role noun that may stand for the mention later ("the official")."""
    epithet: bool = False
    """A definite epithet ("the 25-year-old"): news writes it of someone named before, so a person
    named earlier in the text may be the one it describes, and is then a right answer too."""


FORMS: dict[str, Form] = {
    "senior official at": Form("a senior official at the ministry", ("official",), "person", "he", "the official"),
    "administration official": Form("a senior administration official", ("official",), "person", None, "the official"),
    "chief executive": Form("the company's chief executive", ("chief executive", "executive"), "person", "she"),
    "spokesman for role": Form("a spokesman for the mayor", ("spokesman",), "person", "he", "the spokesman"),
    "spokeswoman for org": Form("a spokeswoman for the company", ("spokeswoman",), "person", "she", "the spokeswoman"),
    "spokesman for name": Form("a spokesman for {name}", ("spokesman",), "person", "he", "the spokesman"),
    "name's spokesman": Form("{name}'s spokesman", ("spokesman",), "person", "he", "the spokesman"),
    "one of name's aides": Form("one of {name}'s aides", ("aides",), "person", None, "the aide"),
    "aide to name": Form("an aide to {name}", ("aide",), "person", None, "the aide"),
    "company spokeswoman": Form("a company spokeswoman", ("spokeswoman",), "person", "she", "the spokeswoman"),
    "leader who met name": Form("a union leader who met {name} on Monday", ("leader",), "person", None, "the union leader"),
    "one official": Form("one official", ("official",), "person", None, "the official"),
    "party aide": Form("a Democratic aide", ("aide",), "person", "he", "the aide"),
    "lawyer for": Form("a lawyer for the family", ("lawyer",), "person", "she", "the lawyer"),
    "age epithet": Form("the 25-year-old", ("25-year-old",), "person", "she", epithet=True),
    "former champion": Form("the former champion", ("champion",), "person", "he", epithet=True),
    "one attendee": Form("one attendee", ("attendee",), "person", None, "the attendee"),
    "person familiar": Form("a person familiar with the talks", ("person",), "person"),
    "ministry": Form("the ministry", ("ministry",), "org", "it"),
    "White House": Form("the White House", ("White House",), "org", "it"),
    "campaign": Form("the campaign", ("campaign",), "org", "it"),
    "club": Form("the club", ("club",), "org", "it"),
    "report": Form("the report", ("report",), "doc", "it"),
    "lawsuit": Form("the lawsuit", ("lawsuit",), "doc", "it"),
    "court filing": Form("the court filing", ("filing",), "doc", "it"),
    "statement from": Form("a statement from the club", ("statement", "club"), "doc", "it"),
    "officials": Form("officials", ("officials",), "group", "they", "the officials"),
    "two officials": Form("two officials", ("officials",), "group", "they", "the officials"),
    "critics": Form("critics", ("critics",), "group", "they"),
    "protesters": Form("protesters", ("protesters",), "group", "they", "the protesters"),
    "many residents": Form("many residents", ("residents",), "group", "they", "the residents"),
    "people familiar": Form("two people familiar with the matter", ("people",), "group", "they"),
    "people briefed": Form("people briefed on the plan", ("people",), "group"),
}

_ALL = {"person", "org", "doc", "group"}
# link -> (verb phrase, kind, speaker kinds that take it); kind "speech" takes every position,
# "according" is "according to X", "lead" is "In a statement, X said" before the quote,
# "possessive" is "X's spokesman said" (the speaker is the spokesman), "relative" sets a clause
# off after the speaker ("a senior official, who spoke on condition of anonymity …, said").
LINKS: dict[str, tuple[str, str, set[str]]] = {
    "said": ("said", "speech", _ALL),
    "says": ("says", "speech", _ALL),
    "told reporters": ("told reporters", "speech", {"person", "org", "group"}),
    "added": ("added", "speech", _ALL),
    "according to": ("", "according", _ALL),
    "said in a statement": ("said in a statement", "speech", {"person", "org", "group"}),
    "in a statement, X said": ("said", "lead", {"person", "org", "group"}),
    "wrote": ("wrote", "speech", {"person", "group"}),
    "warned": ("warned", "speech", _ALL),
    "argued": ("argued", "speech", _ALL),
    "said in an email": ("said in an email", "speech", {"person", "org"}),
    "X's spokesman said": ("said", "possessive", {"org"}),
    "told CNN": ("told CNN", "speech", {"person", "org", "group"}),
    "said Tuesday": ("said Tuesday", "speech", _ALL),
    "told the Associated Press": ("told the Associated Press", "speech", {"person", "org", "group"}),
    "on condition of anonymity": ("said on condition of anonymity", "speech", {"person", "group"}),
    "who spoke on condition": ("said", "relative", {"person", "group"}),
}
_INVERTS = {"said", "says", "added", "warned", "argued", "wrote"}
_COLON = ("statement", "email", "wrote")
_ANONYMOUS = "who spoke on condition of anonymity because the talks are private"

POSITIONS = ("before", "after", "inverted", "split", "split-comma", "prev-para", "pronoun", "role-later")
PUNCTS = ("curly", "straight", "outside", "partial", "continuing")
CONTEXTS = ("none", "intro", "object", "other-before", "other-after")
_SETUPS = {"person": "spoke after the vote", "group": "spoke after the vote", "org": "responded on Tuesday",
           "doc": "was released on Monday"}


def _fits(form: str, link: str, position: str, punct: str, context: str) -> bool:
    """Whether the grammar builds this combination with an answer no careful reader disputes."""
    f = FORMS[form]
    kind = LINKS[link][1]
    if f.kind not in LINKS[link][2]:
        return False  # "the report told reporters", "the lawsuit said in an email"
    later = position in ("pronoun", "role-later")
    if position == "pronoun" and (f.pronoun is None or kind == "according"):
        return False  # "according to it" is no layout anyone writes
    if position == "role-later" and f.role is None:
        return False
    if later and kind in ("lead", "possessive") or position == "pronoun" and kind == "relative":
        return False
    if kind == "relative" and position == "inverted" and context == "object":
        return False  # "said an aide after meeting Ann Weller, who spoke …": the clause is hers
    if later and context == "object" and f.kind == "group":
        return False  # "Officials thanked Ann Weller. “…,” they said." may fold her into "they"
    if punct in ("continuing", "partial") and position in ("split", "split-comma", "prev-para"):
        return False
    if context == "object" and f.kind == "doc" and link not in ("said", "says", "added"):
        return False  # a document meets nobody; only "said of Weller's plan" is built
    if kind == "lead":
        return position in ("before", "prev-para") and punct != "continuing"
    if kind == "according":
        if context == "object" or (punct == "partial" and position not in ("after", "before")):
            return False
        return position in ("after", "split", "split-comma", "role-later") or (position == "before" and punct == "partial")
    if position == "inverted":
        # "said two people familiar with the matter" is fine; "said the report" reads as archaic
        return link in _INVERTS and f.kind != "doc"
    return True


def _mention(form: Form, link: str, name: str) -> tuple[str, tuple[str, ...]]:
    text = form.text.replace("{name}", name)
    if LINKS[link][1] == "possessive":
        return f"{text}'s spokesman", ("spokesman",)
    return text, form.heads


def _verb(vp: str, plural: bool) -> str:
    return "say" if vp == "says" and plural else vp


def _sentence(link: str, position: str, punct: str, s: str, plural: bool, tail: str, words: tuple[str, ...]) -> str:
    """The sentence(s) tying speaker mention ``s`` to the quote."""
    a, b, _, partial = words
    whole = f"{a} {b}"
    m = _Marks(punct)
    vp, kind, _ = LINKS[link]
    vp = _verb(vp, plural)
    if kind == "relative":
        s = f"{s}, {_ANONYMOUS},"
    if kind == "according":
        if position == "before":
            return f"According to {s}, the plan is {m.close(partial)}"
        cue = f"according to {s}"
    elif kind == "lead":
        cue = f"In a statement, {s} {vp}{tail}"
        if position == "prev-para":
            return f"{cue} that the budget would not balance.\n\n{m.close(whole)}"
        return f"{cue} that the plan was {m.bare(partial)}." if punct == "partial" else f"{cue}: {m.close(whole)}"
    elif position == "inverted":
        cue = f"{vp} {s}{tail}"
    else:
        cue = f"{s} {vp}{tail}"
    after = position in ("after", "inverted", "pronoun", "role-later")
    sep = ":" if any(w in link for w in _COLON) else ","
    return place_cue(cue, after, position, punct, words, sep)


def _others(form: Form, position: str, context: str, rng: random.Random) -> tuple[Person, Person]:
    """(the person named inside the form, the person named nearby); in a pronoun setup whose
    object is a person, the nearby person takes the other pronoun, so "he" cannot be them."""
    inside, nearby = rng.sample(PEOPLE, 2)
    if position == "pronoun" and context == "object" and form.pronoun in ("he", "she"):
        nearby = rng.choice([p for p in PEOPLE if p.pronoun != form.pronoun and p != inside])
    return inside, nearby


def _build(key: str, link: str, position: str, punct: str, context: str, rng: random.Random) -> Item:
    form = FORMS[key]
    inside, other = _others(form, position, context, rng)
    first, heads = _mention(form, link, inside.name)
    words = rng.choice(QUOTES)
    plural = form.kind == "group"
    d = other.name
    later = position in ("pronoun", "role-later")
    tail, prefix = "", ""
    if not later and context == "object":
        tail = f" of {d}'s plan" if form.kind == "doc" else f" after meeting {d}"
    s = first
    if position == "pronoun":
        s = form.pronoun or ""
        plural = s == "they"
    elif position == "role-later":
        s = form.role or ""
    sentence = _cap(_sentence(link, position, punct, s, plural, tail, words))
    if later:
        lead = _cap(first)
        setup = f"{lead} met {d} on Monday." if context == "object" else f"{lead} {_SETUPS[form.kind]}."
        sentence = f"{setup} {sentence}"
    if context == "other-before":
        prefix = f"{d} had asked for a delay. "
    sentence = prefix + sentence
    if context == "other-after":
        sentence = f"{sentence} {d} disagreed."
    paragraphs = [sentence]
    if context == "intro":
        paragraphs.insert(0, "The city council met on Tuesday to debate the bridge budget.")
    text = "\n\n".join(paragraphs).replace(",,", ",").replace(",.", ".").replace(",:", ":")
    a, b, second, partial = words
    starts = [partial] if punct == "partial" else [a]
    if position == "split":
        starts.append(second)
    elif position == "split-comma":
        starts.append(b)
    if position == "role-later":
        heads = (*heads, *(form.role or "").split()[-1:])
    if form.epithet and context == "other-before":
        heads = (*heads, d)
    return Item(key, link, position, punct, context, text, tuple(" ".join(w.split()[:3]) for w in starts), heads)


def battery() -> list[Item]:
    """The battery: every combination ``_fits`` allows, thinned by the fixed seed to ``SIZE``."""
    return draw((FORMS, LINKS, POSITIONS, PUNCTS, CONTEXTS), _fits, _build, SEED, SIZE)


def accepts(speaker: str | None, heads: tuple[str | None, ...]) -> bool:
    """Whether ``speaker`` holds one of the description's head nouns as a word."""
    return speaker is not None and any(
        re.search(rf"(?<![\w-]){re.escape(h)}(?![\w-])", speaker, re.IGNORECASE) for h in heads if h)


def outcome(item: Item) -> str:
    """This battery's outcome of ``item`` (``battery27.worst_outcome``), its speaker accepted by
    ``accepts``."""
    return worst_outcome(item, accepts)
