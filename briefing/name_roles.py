"""Roles an article gives a named person, so a later "the actor" can be shown as that person.

News writing introduces a person once with a role and then refers back by the role alone:
"actor Tim Allen" / "Tim Allen, the actor," / "Allen is an actor" … "“…,” the actor said". The
name registry (``names.NameRegistry``) reads titles ("Sen.", "Defence Minister") itself; this
module reads the other three frames, for any noun that names a person's role, and returns the
role's head noun, the words written with it (so "the Republican incumbent" can ask for someone
written with "Republican") and the span the role phrase covers (so an indefinite "a nurse" that
is someone's role is not mistaken for a new, unnamed nurse).
"""

from __future__ import annotations

import re

from .end_anchored import EndAnchored
from .name_cleaning import PERSON_TITLES
from .speech_lexicon import CLAUSE_OPENERS, GENDERED_ROLES, PERSON_NOUNS

#: Role nouns a person is introduced with and referred back by. Not words any person is ("man",
#: "person", "source"), nor honorifics, which are no head of a description.
ROLE_NOUNS = frozenset(
    (PERSON_NOUNS | PERSON_TITLES | {"incumbent", "star", "rapper", "entrepreneur", "publicist", "playwright", "quarterback", "pitcher", "goalkeeper"})
    - {"person", "man", "woman", "boy", "girl", "source", "mr", "mrs", "ms", "miss", "dr", "sir", "dame",
       "lord", "lady", "member", "head", "friend", "people", "fan", "partner"}
)  # fmt: skip
#: Head nouns that say the person's gender: "the actress" is never a man. "actor" is said of
#: women too, so it tells nothing.
ROLE_GENDER = {k: v for k, v in GENDERED_ROLES.items() if k != "actor"}
#: Offices in "-man" that wire copy writes for women too ("Foreign Ministry spokesman Hua
#: Chunying … she said", "the committee's chairman, Ann Lutz"): a man's as a rule, but a "she"
#: right after the person's own quote says otherwise (``speaker_resolution``).
EITHER_SEX_OFFICES = frozenset({"spokesman", "chairman"})
#: Words in a description that say it is not the one person introduced with the role ("the
#: other actor", "a fellow senator", "the second nurse").
NOT_THE_ONE = frozenset("other another second third fellow same new".split())
#: Ranks below the office the head noun names ("Vice President", "Deputy Mayor").
LOWER_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "acting"})
#: Words that end a role phrase: what follows them is no part of its head ("a senator from
#: Ohio", "an actor and comedian", "a nurse who …").
_PHRASE_END = frozenset(
    "of for at from in with on and or but who whose whom which that since until to by as than "
    "when where while after before during is was has had said says".split()
)
#: Adverbs that may close a role phrase ("Carrey is an actor too").
_TRAILING = frozenset({"too", "also", "now", "again", "himself", "herself"})
#: Verbs among those: a "role phrase" they follow is a clause's subject.
_VERBS = frozenset("is was has had said says".split())
_TOKEN = re.compile(r"[\w’'.-]+")
_POSSESSIVE = re.compile(r"[’']s?$")
#: A role phrase set off by commas after a name: ", the actor,", ", 34, a nurse at …".
_APPOSITIVE = re.compile(r",\s+(?:(?:aged?\s+)?\d{1,3},\s+)?(?:(?:of|from)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s+)?(?:(the|an?)\s+)?([^,;:()“”\"—–!?]{1,80}?)(?=[,;:()“”\"—–!?]|\.(?:\s|$)|$)")
#: A copula after a name, or "who is" after its comma: "Allen is an actor", "Kim, who was a nurse".
_COPULA = re.compile(
    r"(?:,\s+(?:(?:aged?\s+)?\d{1,3},\s+)?(?:who\s+)?|\s+)(?:is|was|has\s+been|had\s+been|became|remains)\s+"
    r"(?:also\s+|now\s+|still\s+)?(?:the|an?)\s+([^,;:()“”\"—–!?]{1,80}?)(?=[,;:()“”\"—–!?]|\.(?:\s|$)|$)"
)
#: Verbs of a relative clause after a name that say the person's role, in the present (or, for
#: founding, any tense): "Tim Allen, who stars as …" is "the actor"; "who owned" is no owner now.
_VERB_ROLES = {
    "stars": ("actor", "star"), "founded": ("founder",), "co-founded": ("founder", "co-founder"),
    "owns": ("owner",), "coaches": ("coach",), "teaches": ("teacher",), "directs": ("director",),
    "chairs": ("chairman", "chair", "chairwoman"), "represents": ("representative",),
    "hosts": ("host",), "co-hosts": ("host", "co-host"), "anchors": ("anchor",), "edits": ("editor",),
    "produces": ("producer",), "captains": ("captain",), "organizes": ("organizer",), "organises": ("organiser",),
    "pastors": ("pastor",),
}  # fmt: skip
#: (Not "leads", "manages" or "advises": "Kell leads the race", "manages to win", "advises caution"
#: give no leader, manager or adviser.)
#:
#: The same roles in the passive before a name ("a show hosted by Dale Wexler", "the firm, founded
#: by Ann Roe,"): the participle of each role verb (not "stars" or "represents", whose passives
#: name no role: "starred by", "represented by" a lawyer).
_PASSIVE_ROLES = {
    "founded": ("founder",), "co-founded": ("founder", "co-founder"), "coached": ("coach",), "directed": ("director",),
    "chaired": ("chairman", "chair", "chairwoman"), "hosted": ("host",), "co-hosted": ("host", "co-host"),
    "anchored": ("anchor",), "managed": ("manager",), "edited": ("editor",),
    "produced": ("producer",), "captained": ("captain",), "organized": ("organizer",), "organised": ("organiser",),
    "pastored": ("pastor",),
}  # fmt: skip
#: (``EndAnchored``: searched only when the text ends on "by", ~5 µs a name otherwise)
_PASSIVE_ROLE = EndAnchored(re.compile(rf"\b({'|'.join(_PASSIVE_ROLES)})\s+by\s*$", re.IGNORECASE), ["by"])
#: The role verb right after a name that opens its sentence: "Dale Wexler hosts Morning Radio."
#: ("represents" only in the relative clause, which checks for a constituency.)
_MAIN_VERB_ROLE = re.compile(rf"\s+(?:also\s+|now\s+|still\s+)?({'|'.join(v for v in _VERB_ROLES if v != 'represents')})\b")
#: "who represents" only a constituency: "Ed Kline, who represents the family," is no congressman.
_RELATIVE_ROLE = re.compile(
    rf",\s+(?:(?:aged?\s+)?\d{{1,3}},\s+)?who\s+(?:also\s+|now\s+)?"
    rf"({'|'.join(v for v in _VERB_ROLES if v != 'represents')}|represents(?=\s+(?:[\w’'.-]+\s+){{0,4}}?(?:district|[Cc]ongress|House|ward|constituency)\b))\b",
    re.IGNORECASE,
)
#: Marks that end the text a role before a name is read from ("Republican incumbent" of "…,
#: Republican incumbent Kelly Ayotte").
_PUNCTUATION = ",;:()“”\"—–!?"
#: Prepositions before a place: a role set off by commas after the place is its person's.
_PLACE_PREPOSITIONS = frozenset({"of", "from", "in", "at", "near"})
_DETERMINER = frozenset({"the", "a", "an"})
#: Words before a name that make the name an object or a complement, so the word before them is
#: no role of the name's ("a lawyer for Tim Allen").
_PREPOSITIONS = frozenset("of for at from in with on to by about against than and or".split())


#: A role read for a name: its head noun, the words written with it, the span of its phrase.
Role = tuple[str, frozenset[str], tuple[int, int]]


def _heads(tokens: list[str], *, clause: bool = False) -> list[tuple[str, frozenset[str], int]]:
    """The head nouns of a role phrase's words and the words written with them: "Republican
    incumbent" -> incumbent; "senator from New Hampshire" -> senator (with "new", "hampshire");
    "actor's publicist" -> publicist; "founder and chief executive" -> founder, executive (one
    person's two roles); "an actor too" -> actor; each with the index of its word after the
    head's (where the role phrase ends). Only heads that are role nouns. With
    ``clause``, a phrase a verb follows ("the officer said") is a clause's subject: none."""
    low = [_POSSESSIVE.sub("", t.lower().rstrip(".")) if t.endswith(("’s", "'s")) else t.lower().rstrip(".") for t in tokens]
    while low and low[-1] in _TRAILING:
        low, tokens = low[:-1], tokens[:-1]
    end = next((k for k, w in enumerate(low) if k and w in _PHRASE_END), len(low))
    if end == 0 or end > 5:
        return []
    head = low[end - 1]
    if clause and end < len(low) and low[end] in _VERBS:
        return []  # "To The Post, the officer said …": a clause's subject, no appositive
    if end > 1 and low[end - 2] in LOWER_RANKS:
        return []  # "Vice President Ellen Crane", "deputy mayor": not who "the president" is
    if head not in ROLE_NOUNS or tokens[end - 1].endswith(("’s", "'s", "’", "'")):
        return []
    words = low[:end]
    if end < len(low) and low[end] in _PLACE_PREPOSITIONS | {"for"}:  # "a senator from New Hampshire"
        words += low[end + 1 : next((k for k in range(end + 1, len(low)) if low[k] in _PHRASE_END), len(low))]
    found = [(head, frozenset(words), end)]
    if end < len(low) and low[end] == "and":
        skip = end + 1 + (end + 1 < len(low) and low[end + 1] in _DETERMINER)
        rest = tokens[skip:]
        more = _heads(rest, clause=clause)
        if more and all(w.islower() for w in rest[:1]):
            found += [(h, c, k + skip) for h, c, k in more]  # "founder and chief executive": not "… and Jim Carrey"
    return found


def _span(match: re.Match[str], words: int, group: int = 1) -> tuple[int, int]:
    """From where ``match`` starts to the end of the first ``words`` words of its ``group``: the
    role phrase, not what follows its head ("an actor and Jim Carrey is …")."""
    ends = [m.end() for m in _TOKEN.finditer(match.group(group))]
    return match.start(), match.start(group) + ends[min(words, len(ends)) - 1]


def roles_after(body: str, end: int, *, clause_start: str) -> list[Role]:
    """Roles written after a name ending at ``end``: an appositive (", the actor,", ", a
    Republican senator from Ohio,") or a copula ("is an actor", ", who was a nurse"). An
    appositive after a name in an opening phrase ("Unlike Allen, the senator …") is the next
    clause's subject, not a role of the name. ``clause_start`` is the text from the sentence's
    start to the name."""
    if body[end : end + 1] in {"’", "'"}:
        return []  # "Allen's brother is an actor"
    last = _TOKEN.findall(clause_start)[-1:]
    copula = _COPULA.match(body, end)
    if last and last[0].lower() in _PREPOSITIONS - {"and", "or"} and (copula is not None or last[0].lower() in _PLACE_PREPOSITIONS):
        # "The husband of Dana Kim is a nurse": the husband is; "Ann Lowe, 58, of Salem, a
        # retired teacher,": the teacher is Lowe, not Salem
        return []
    if copula is not None:
        return [(h, c, _span(copula, k)) for h, c, k in _heads(_TOKEN.findall(copula.group(1)))]
    relative = _RELATIVE_ROLE.match(body, end)
    if relative is None and not clause_start.strip():
        relative = _MAIN_VERB_ROLE.match(body, end)  # "Dale Wexler hosts Morning Radio.": the subject
    if relative is not None:  # "Tim Allen, who stars as a dad on the show,": the actor
        return [(role, frozenset(), relative.span()) for role in _VERB_ROLES[relative.group(1).lower()]]
    opening = clause_start.split()
    if opening and opening[0].lower() in CLAUSE_OPENERS and "," not in clause_start:
        return []  # "In an email to Allen, the officer …": the comma ends the opening phrase
    appositive = _APPOSITIVE.match(body, end)
    if appositive is None:
        return []
    tokens = _TOKEN.findall(appositive.group(2))
    if appositive.group(1) is None and not (tokens and tokens[0].endswith(("’s", "'s"))):
        # without an article only a bare role ("Tim Allen, actor and comedian,"): not "In a letter
        # to Allen, lawyer Bob Lee wrote", nor "Sanders, if elected president,"
        if appositive.group(2) != appositive.group(2).lower() or tokens[:1] and tokens[0].lower() not in ROLE_NOUNS:
            return []
    return [(h, c, _span(appositive, k, 2)) for h, c, k in _heads(tokens, clause=True)]


def roles_before(body: str, start: int, end: int, lead: list[str]) -> list[Role]:
    """A role written right before a name ("actor Tim Allen", "Republican incumbent Kelly
    Ayotte", "The actor, Tim Allen,"), with the capitalised words of the name run that precede
    the name itself (``lead``: "Actor" of "Actor Tim Allen"). Only the words after the last
    article, preposition or verb: "a lawyer for actor Tim Allen" makes Allen an actor only."""
    lo = max(0, start - 62)
    tail = body[lo:start].rstrip()
    passive = _PASSIVE_ROLE.search(tail)
    if passive is not None:  # "a show hosted by Dale Wexler": the host
        return [(role, frozenset(), (lo + passive.start(), start)) for role in _PASSIVE_ROLES[passive.group(1).lower()]]
    comma = tail.endswith(",")
    if comma:
        tail = tail[:-1]
        if not re.match(r"[,.;:!?)]|\s*$", body[end : end + 2]):
            return []  # "After the actor left, Tim Allen said": no appositive
    last = tail.rsplit(None, 1)[-1].lower().rstrip(".") if tail.strip() else ""
    if not comma and not lead and last not in ROLE_NOUNS and last not in {"is", "was"}:
        return []  # most names: no role noun right before them
    cut = max(tail.rfind(c) for c in _PUNCTUATION)
    phrase_start = lo + cut + 1
    tokens = _TOKEN.findall(re.split(r"[.!?]\s|\n", tail[cut + 1 :])[-1])[-8:]
    if comma and tokens and (tokens[0].lower() in _DETERMINER or tokens[0].endswith(("’s", "'s"))):
        # "A worker at the plant, Ann Lowe,", "The plant's manager, Ed Kline,": the phrase before
        # the comma, read from its start
        return [(h, c, (phrase_start, start)) for h, c, _ in _heads(tokens[1:] if tokens[0].lower() in _DETERMINER else tokens)]
    if tokens and tokens[-1].lower() in {"is", "was"} and re.match(r"[,.;:!?)]|\s*$", body[end : end + 2]):
        # "The company's founder is Ed Kline.": the role is the copula's subject
        tokens = tokens[:-1]
        k = next((i for i, t in enumerate(tokens) if t.lower() in _DETERMINER or t.endswith(("’s", "'s"))), None)
        if k is None or any(t.lower() in _PHRASE_END for t in tokens[k + 1 :]):
            return []
        return [(h, c, (phrase_start, start)) for h, c, _ in _heads(tokens[k + 1 :] if tokens[k].lower() in _DETERMINER else tokens[k:])]
    tokens += lead
    cut = max((i for i, t in enumerate(tokens) if t.lower() in _DETERMINER | _PREPOSITIONS | _PHRASE_END), default=-1)
    tokens = tokens[cut + 1 :][-4:]
    if not tokens:
        return []
    found = _heads(tokens)
    if len(found) != 1 or found[0][0] != tokens[-1].lower().rstrip("."):
        return []
    return [(found[0][0], found[0][1], (phrase_start, start))]
