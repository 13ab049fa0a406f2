"""A generated battery of pronoun and role-noun speakers (session 29, helper batt29).

Pronoun speakers are our weakest figure on text the rules were not tuned on, so this battery
composes short invented news texts where a later "she said", "said he", "He told reporters:" or
"the mayor said" must be resolved, and derives each answer from issue 13's rule alone: a pronoun
or a role noun goes to the person most recently introduced as a possible speaker whose gender, when
known, fits; never to a name in object position ("The council thanked Ann Weller"); an
organisation is not "he" or "she"; and when unsure, no speaker. It reuses ``battery27``'s
``draw``, ``place_cue``, ``Item`` and quote words. The slots:

- ``intro``: the first person is the subject ("Ann Weller spoke after the vote"), the object of
  a body ("The council thanked Ann Weller", "Reporters met with …", "The committee criticised …")
  or of a person ("Tom Reyes told Ann Weller about the delay": only Reyes may be "he" or "she"),
  one of a pair ("Ann Weller and Tom Reyes spoke": if both fit, nobody), the possessor of a thing
  ("Ann Weller's plan was rejected": a possible speaker) or of a person ("Ann Weller's lawyer
  filed a motion": the lawyer is the possible speaker, and "she" may be the lawyer or nobody,
  never Weller);
- ``form``: full name, title + surname ("Mayor Weller": no given name, so no known gender), an
  honorific ("Ms. Weller": known), role + name ("finance minister Ann Weller"), name and age
  ("Ann Weller, 34,");
- ``gender``: the first person's given name tells the gender ("known"), or is initials ("A.J.")
  or a name borne by both ("Jordan"): then "she" and "he" both fit them;
- ``between``: nothing, a second person of the same or the other gender as the next subject ("Tom
  Reyes spoke next"), one of unknown gender, a second person in object position, an organisation,
  a club, a named firm or club ("Kestrel Holdings", "Northgate Rovers": no "he" or "she"), two
  sentences naming nobody, a quote of a second person of the same or the other gender ("“We
  tried everything,” Tom Reyes said.": a possible speaker, the latest), or a sentence opening with
  the first person's "Her" or "His", which tells their gender;
- ``position``: the cue after the quote, "added", inverted ("said she"), before it with a colon,
  between two sentences of a split quote or inside one sentence ("“…,” she said, “…”"), or in the
  paragraph before a lone quote ("She said that …");
- ``referrer``: a pronoun, the first person's role noun ("the mayor", "the finance minister"), or
  an age epithet ("the 34-year-old");
- ``brk``: the quote's sentence (with a lone quote: the sentence before it) in the same paragraph
  as the text before or the next one;
- ``pronoun``: the pronoun of the first person's gender or of the other one.

``expected`` writes the rule out; ``test_battery29.py`` runs the battery. Names are invented.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.briefing.battery27 import QUOTES, _cap, draw, place_cue, worst_outcome

SEED = 29
SIZE = 3000
LAWYER = "lawyer"
"""An accepted answer that stands for any speaker ending in "lawyer" ("Weller's lawyer")."""


@dataclass(frozen=True)
class Person:
    given: str
    surname: str
    gender: str
    """"f" or "m": the person's own, which the pronoun that refers to them takes."""
    role: str
    title: str


# given names by gender slot and the person's gender; the unknown ones fit either pronoun
_GIVEN = {
    ("known", "f"): ("Ann", "Helen", "Grace"), ("known", "m"): ("Tom", "Peter", "Oliver"),
    ("initials", "f"): ("A.J.", "R.K."), ("initials", "m"): ("J.D.", "T.C."),
    ("unisex", "f"): ("Jordan", "Casey", "Robin"), ("unisex", "m"): ("Jordan", "Casey", "Robin"),
}  # fmt: skip
_SURNAMES = ("Weller", "Reyes", "Brandt", "Munro", "Lund", "Quayle", "Tallis", "Morrow", "Fenn")
_ROLES = (("mayor", "Mayor"), ("governor", "Gov."), ("treasurer", "Treasurer"), ("finance minister", "Minister"))
_OTHER_GIVEN = {"f": ("Nadia", "Irene", "Laura"), "m": ("David", "Victor", "Simon")}
_UNISEX_OTHER = ("Alex", "Morgan", "Taylor")

INTROS = ("subject", "object", "object-of-person", "pair", "possessor-thing", "possessor-person")
FORMS = ("full", "title-surname", "honorific", "role-name", "name-age")
GENDERS = ("known", "initials", "unisex")
BETWEENS = ("none", "same-subject", "other-subject", "unknown-subject", "same-object", "org", "club", "named-org",
            "named-club", "filler", "same-quote", "other-quote", "his-or-her")
POSITIONS = ("after", "added", "inverted", "colon", "split", "split-comma", "prev-para")
REFERRERS = ("pronoun", "role", "epithet")
BREAKS = ("same-para", "new-para")
PRONOUNS = ("first", "other")

_OBJECT_SETUPS = ("The council thanked {} for the report.", "Reporters met with {} on Monday.",
                  "The committee criticised {} on Monday.")
_PERSON_OBJECT_SETUPS = ("{} told {} about the delay.", "{} met with {} on Monday.", "{} criticised {} on Monday.")
_BETWEEN = {"org": "The ministry issued a statement.", "club": "The club issued a statement.",
            "named-org": "Kestrel Holdings issued a statement.", "named-club": "Northgate Rovers confirmed the deal.",
            "filler": "The bridge has been closed since 2019. Repairs were expected to cost millions."}


def _fits(intro: str, form: str, gender: str, between: str, position: str, referrer: str, brk: str,
          pronoun: str) -> bool:
    """Whether the grammar builds this combination."""
    if referrer != "pronoun" and pronoun != "first":
        return False  # a role noun has no gender to vary
    if between == "his-or-her" and intro != "subject":
        return False  # "Her plan was rejected" must have one person to be about
    if form in ("title-surname", "honorific") and gender != "known":
        return False  # no given name is written: the slot changes nothing
    if form == "name-age" and intro.startswith("possessor"):
        return False  # "Ann Weller, 34,'s plan" is no English
    if referrer == "role":
        return form in ("title-surname", "role-name")  # the text must give the role
    if referrer == "epithet":
        return form == "name-age"  # and the age
    return True


def _honorific(p: Person) -> str:
    return f"{'Ms.' if p.gender == 'f' else 'Mr.'} {p.surname}"


def _mention(form: str, p: Person) -> str:
    return {"full": f"{p.given} {p.surname}", "title-surname": f"{p.title} {p.surname}", "honorific": _honorific(p),
            "role-name": f"{p.role} {p.given} {p.surname}", "name-age": f"{p.given} {p.surname}, 34,"}[form]


def _answers(form: str, p: Person) -> tuple[str, ...]:
    """The ways a right speaker for ``p`` may be written."""
    if form == "title-surname":
        return (f"{p.title} {p.surname}", p.surname)
    if form == "honorific":
        return (_honorific(p), p.surname)
    return (f"{p.given} {p.surname}",)


@dataclass(frozen=True)
class Candidate:
    """A possible speaker the text introduced, in order: its answers and its known gender."""

    answers: tuple[str, ...]
    gender: str | None
    unsure: bool = False
    """A possessor's lawyer: "she said" may be them or nobody, so no speaker is right too."""
    sentence: int = 0
    """Candidates of one sentence ("Ann Weller and Tom Reyes spoke") are equally recent."""
    titled_object: bool = False
    """No possible speaker but an object the text gives a gender with an honorific ("Nadia Reyes
    told Mr. Tallis about the delay. “…,” he added"): the one exception the resolver documents
    (``PronounResolution.resolve``), when nobody after the object fits; it or no speaker."""


def expected(candidates: list[Candidate], pronoun: str) -> tuple[str | None, ...]:
    """Issue 13's rule for a pronoun: the latest possible speaker whose known gender (if any) fits;
    none if there is none (or a titled object, the resolver's documented exception), none if two
    of one sentence fit, and no speaker is right too when the one found is unsure."""
    fitting = [c for c in candidates if c.gender in (pronoun, None) and not c.titled_object]
    if not fitting:
        titled = [c for c in candidates if c.titled_object and c.gender == pronoun]
        return (None, *titled[-1].answers) if titled else (None,)
    latest = fitting[-1]
    if any(c.sentence == latest.sentence for c in fitting[:-1]):
        return (None,)  # two people of one sentence fit: unsure
    return (None, *latest.answers) if latest.unsure else latest.answers


def _people(gender: str, between: str, rng: random.Random) -> tuple[Person, Person]:
    """(the first person, the one between); the second's gender is the slot's, and known unless
    the slot says unknown."""
    g = rng.choice("fm")
    s1, s2 = rng.sample(_SURNAMES, 2)
    (role, title), (role2, title2) = rng.sample(_ROLES, 2)
    first = Person(rng.choice(_GIVEN[(gender, g)]), s1, g, role, title)
    g2 = g if between.startswith("same") else "m" if g == "f" else "f"  # "same-quote" too
    given2 = rng.choice(_UNISEX_OTHER) if between == "unknown-subject" else rng.choice(_OTHER_GIVEN[g2])
    return first, Person(given2, s2, g2, role2, title2)


def _actor(first: Person, second: Person, rng: random.Random) -> Person:
    """A third person of a known, random gender, acting on the first or beside them."""
    g = rng.choice("fm")
    given = rng.choice([n for n in _OTHER_GIVEN[g] if n != second.given])
    surname = rng.choice([n for n in _SURNAMES if n not in (first.surname, second.surname)])
    return Person(given, surname, g, "", "")


def _build(intro: str, form: str, gender: str, between: str, position: str, referrer: str, brk: str,
           pronoun_of: str, rng: random.Random) -> Item29:
    first, second = _people(gender, between, rng)
    actor = _actor(first, second, rng)
    x = f"{actor.given} {actor.surname}"
    known = None if form == "title-surname" or gender != "known" else first.gender
    m = _mention(form, first)
    candidates: list[Candidate] = []
    if intro == "subject":
        setup = f"{_cap(m)} spoke after the vote."
        candidates.append(Candidate(_answers(form, first), known))
    elif intro == "object":
        setup = rng.choice(_OBJECT_SETUPS).format(m)
    elif intro == "object-of-person":
        setup = rng.choice(_PERSON_OBJECT_SETUPS).format(x, m)
        candidates.append(Candidate((x,), actor.gender))
    elif intro == "pair":
        setup = f"{_cap(m)} and {x} spoke after the vote."
        candidates += [Candidate(_answers(form, first), known), Candidate((x,), actor.gender)]
    elif intro == "possessor-thing":
        setup = f"{_cap(m)}'s plan was rejected on Monday."
        candidates.append(Candidate(_answers(form, first), known))
    else:
        setup = f"{_cap(m)}'s lawyer filed a motion on Monday."
        candidates.append(Candidate((LAWYER,), None, unsure=True))
    if intro.startswith("object") and form == "honorific":
        candidates.append(Candidate(_answers(form, first), known, titled_object=True))
    sentences = [setup]
    b = f"{second.given} {second.surname}"
    if between.endswith("subject"):
        sentences.append(f"{b} spoke next.")
        candidates.append(Candidate((b,), None if between == "unknown-subject" else second.gender, sentence=1))
    elif between == "his-or-her":
        # the text tells the first person's gender, whatever their name does
        sentences.append(f"{'Her' if first.gender == 'f' else 'His'} plan was rejected on Monday.")
        candidates[0] = Candidate(candidates[0].answers, first.gender)
    elif between.endswith("quote"):
        sentences.append(f"“We tried everything,” {b} said.")
        candidates.append(Candidate((b,), second.gender, sentence=1))
    elif between == "same-object":
        sentences.append(f"The mayor's office thanked {b} as well." if first.role != "mayor"
                         else f"The governor's office thanked {b} as well.")
    elif between in _BETWEEN:
        sentences.append(_BETWEEN[between])
    gender_of = first.gender if pronoun_of == "first" else "m" if first.gender == "f" else "f"
    if referrer == "pronoun":
        s = {"f": "she", "m": "he"}[gender_of]
        accepted = expected(candidates, gender_of)
    else:
        # a role noun or an age names the first person wherever they stood; the noun itself, left
        # unresolved, is no wrong name
        s = f"the {first.role}" if referrer == "role" else "the 34-year-old"
        accepted = (*_answers(form, first), s)
    cue = {"inverted": f"said {s}", "added": f"{s} added", "colon": f"{s} told reporters"}.get(position, f"{s} said")
    words = rng.choice(QUOTES)
    after = position in ("after", "added", "inverted")
    quote = _cap(place_cue(cue, after, "before" if position == "colon" else position, "curly", words,
                           ":" if position == "colon" else ","))
    head = " ".join(sentences)
    text = f"{head}\n\n{quote}" if brk == "new-para" else f"{head} {quote}"
    a, b, second_words, _ = words
    starts = [a, second_words] if position == "split" else [a, b] if position == "split-comma" else [a]
    return Item29(intro, form, gender, between, position, referrer, brk, pronoun_of, text,
                  tuple(" ".join(w.split()[:3]) for w in starts), accepted)


@dataclass(frozen=True)
class Item29:
    intro: str
    form: str
    gender: str
    between: str
    position: str
    referrer: str
    brk: str
    pronoun: str
    text: str
    quotes: tuple[str, ...]
    """The first words of each quote the item is about (two for a split quote)."""
    accepted: tuple[str | None, ...]

    @property
    def slots(self) -> dict[str, str]:
        return {"intro": self.intro, "form": self.form, "gender": self.gender, "between": self.between,
                "position": self.position, "referrer": self.referrer, "brk": self.brk, "pronoun": self.pronoun}

    @property
    def key(self) -> str:
        return "|".join([*self.slots.values(), self.text])


def battery() -> list[Item29]:
    """The battery: every combination ``_fits`` allows, thinned by the fixed seed to ``SIZE``."""
    return draw((INTROS, FORMS, GENDERS, BETWEENS, POSITIONS, REFERRERS, BREAKS, PRONOUNS), _fits, _build, SEED, SIZE)


def _accepts(speaker: str | None, accepted: tuple[str | None, ...]) -> bool:
    return speaker in accepted or (LAWYER in accepted and speaker is not None and speaker.endswith(LAWYER))


def outcome(item: Item29) -> str:
    """This battery's outcome of ``item`` (``battery27.worst_outcome``), its speaker accepted by
    ``_accepts``."""
    return worst_outcome(item, _accepts)
