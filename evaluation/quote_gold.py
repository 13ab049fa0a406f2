"""Gold quotations and gold speakers of a PolNeAR article, as ``evaluation.quotes`` scores them.

PolNeAR speakers are surface mentions ("he", "the Florida senator", "Mr. Trump", "officials"),
ours are resolved names, so each gold speaker is put in one class and scored its own way:

* **name** — the mention ends in a run of capitalised words that is not the object of a
  preposition ("Mr. Trump", "Trump campaign manager Corey Lewandowski", "The New York Times"):
  correct when every word of that name (titles dropped) is in our speaker.
* **description** — any other non-pronoun mention ("the Florida senator", "officials", "the
  statement", "sources close to Trump"): correct when our speaker says the same thing (its
  content words, or ours, are contained in the other, or overlap F1 >= 0.5), or when the
  description is definite and our speaker names the antecedent derived below. When no antecedent
  can be derived, a resolved name stays unchecked: it counts only if our *raw* mention was that
  description (counted separately as ``description_by_mention``).
* **pronoun** — the mention is one pronoun ("he", "she", "they", "who"; also the indefinite
  "one", "another", "others", which name no one: "one said"). Not in the headline
  speaker accuracy (the issue's metric scores non-pronoun speakers); checked separately against a
  derived antecedent.

The derived antecedent of a pronoun or definite description is read from the annotation itself:
walk back over the article's earlier attributions (all of them, with or without quote marks,
ordered by the position of their speaker mention). Mentions that are the same pronoun or the same
description are the same chain and skipped; the first name reached is the antecedent. The chain
is broken (no antecedent derivable) by anything else first: a pronoun of another gender, another
description, a null speaker after a long gap, or more than ``_CHAIN_CHARS`` of text. "who" takes
the name written right before it ("Trump, who said"), the person's before an "of" place ("Sen.
Marco Rubio of Florida, who said" is Rubio, not Florida). A "she" whose antecedent is written "Mr. X"
in the article (or "he" and "Ms./Mrs. X") is also underivable.

Annotation slips corrected here (each found in the audit of the tuning half, see
``evaluation/quotes.py``): a speaker span that holds the speech verb while the cue span holds
the name ("said" / "Bolton", also "said in an interview in her office" / "Hassan") is read the
other way round; a royal or religious title ("Prince Alwaleed", "Sheikh X") is dropped like any
title; a mention that is a name after a
description ("the presumptive GOP nominee, Donald Trump,") stays a name rather than becoming a
description to resolve, and so is a name after a lower-case role ("master of ceremonies Asab
Al-Tabchi"); "and" inside a name ("the authors of the Growth and Opportunity Project") does not
make two speakers; a name after "the" that carries a title ("Speaker of the House Rep. Paul
Ryan") is a name; a weekday or month ending a mention ("the order released Friday") is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefing.given_names import GIVEN_NAME_GENDER, given_name_gender
from briefing.lexicon import STOPWORDS
from briefing.quote_marks import find_double_quotes

TOKEN = re.compile(r"\w+")
#: Items with at least this many words inside their quote marks are "quotations" (issue 13).
MIN_QUOTED_WORDS = 5
_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "it": "o", "its": "o", "they": "p", "them": "p", "their": "p", "we": "p", "i": "s",
    "you": "s", "who": "w", "whom": "w", "which": "o", "that": "o",
    # indefinite pronouns: "one said", "another added" name no one
    "one": "x", "another": "x", "others": "x", "some": "x", "someone": "x", "somebody": "x",
}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "this", "that", "these", "those"}
_PREPOSITIONS = {"to", "of", "for", "from", "at", "with", "by", "in", "on", "about", "near", "like", "who", "close"}
_INDEFINITE = {"a", "an", "one", "some", "another", "several", "two", "three", "many", "most", "other", "others"}
_NAME_PARTICLES = {"de", "van", "von", "al", "bin", "da", "di", "la", "le", "del"}
#: Words that open a speaker mention but are not the name: titles, roles, party and place words
#: ("Former Maryland Gov.", "Journalist", "Senate Minority Whip", "Republican candidate").
_GOLD_TITLES = set(
    """the former mr mrs ms miss dr prof sen senator rep representative gov governor president vice
    prime minister secretary general gen lt col colonel capt captain sgt adm admiral judge justice
    attorney mayor ambassador chancellor speaker leader whip chairman chairwoman chair director
    commissioner spokesman spokeswoman spokesperson press adviser advisor aide strategist manager
    chief executive ceo founder host anchor journalist columnist commentator economist pollster
    analyst activist author professor candidate nominee hopeful rev reverend pastor father bishop
    democrat democratic republican gop independent conservative liberal state house senate
    minority majority committee campaign national deputy acting sheriff officer detective
    correspondent reporter editor publisher billionaire businessman comedian actor actress
    counsel treasurer general recorder advocate alderman alderwoman clerk assessor comptroller auditor coroner
    prince princess king queen sheikh emir sultan sir dame lord lady""".split()
)
_TITLES = _GOLD_TITLES | {"head", "state"}
_FINAL_NAME = re.compile(r"((?:[A-Z][\w’'.-]*)(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|al|bin))*)\s*$")
_PERSON_NOUNS = set(
    "senator congressman congresswoman representative governor president nominee candidate frontrunner "
    "businessman businesswoman billionaire mogul magnate mayor minister secretary chairman chairwoman "
    "spokesman spokeswoman leader speaker host anchor star actor actress author pastor reverend judge "
    "attorney lawyer adviser advisor aide strategist director manager founder candidate politician "
    "democrat republican independent libertarian socialist senator-elect president-elect man woman "
    "developer executive officer general colonel commander".split()
)
_PURE_NAME = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}")
#: Two first names and the surname they share ("David and Jeanne Heidler").
_PURE_COUPLE = re.compile(r"[A-Z][a-z]+ and [A-Z][a-z]+(?: [A-Z]\.)? [A-Z][\w’'-]+")
#: "Capt.", "Gov.", "Sen.": an abbreviated title (not an initial such as "D.").
_ABBREVIATED_TITLE = re.compile(r"[A-Z][a-z]{1,4}\.")
#: A pronoun is linked to a name written at most this far before it (about six paragraphs).
_CHAIN_CHARS = 2500
CALENDAR = set(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december".split()
)
#: Speech verbs found in the *speaker* field of items whose cue field holds the name: the two
#: spans were swapped when annotating.
_SWAPPED_CUES = {"said", "says", "asked", "told", "added", "wrote", "noted", "replied", "stated"}
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms)\.?\s+(?:[A-Z][\w’'-]*\s+)*?([A-Z][\w’'-]+)\b")
#: A run of capitalised words on one line ("Ambassador John Bolton", "Roberta A. Kaplan").
_CAPITAL_RUN = re.compile(r"[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)+")


def tokens(text: str | None) -> list[str]:
    return TOKEN.findall((text or "").lower())


def quoted_segments(content: str) -> str:
    """The words between the quote marks of a gold content span, pieces joined by spaces."""
    return " ".join(content[sp.start : sp.end] for sp in find_double_quotes(content))


@dataclass(frozen=True)
class GoldSpeaker:
    kind: str
    """name, description, pronoun or none."""
    text: str
    name: str = ""
    """For names: the name without titles ("Mr. Trump" -> Trump); coordinated speakers are
    joined by "|" ("Zeliff|Tom Giancola") and naming either is right."""
    antecedent: str | None = None
    """For pronouns and definite descriptions: the name derived from the annotation, if any."""


#: A speaker span that took in the noun of "in Forbes’ words" ("Forbes’ words"): the owner speaks.
_OWNER_OF_WORDS = re.compile(r"(.+?)(?:’s|'s|’|')\s+(?:own\s+)?words?")


def classify(speaker: str | None) -> GoldSpeaker:
    text = (speaker or "").strip()
    owner = _OWNER_OF_WORDS.fullmatch(text)
    text = owner.group(1) if owner is not None else text
    if not text or not tokens(text):
        return GoldSpeaker("none", "")
    if text.lower() in _PRONOUNS:
        return GoldSpeaker("pronoun", text.lower())
    segments = [p.strip() for p in re.split(r",|\s\(|\s—|\s–", text) if p.strip()]
    conjuncts = [c for c in segments[0].rstrip(".").split(" and ") if c.strip()]
    if len(conjuncts) > 1 and _final_name(conjuncts[0]):  # "Zeliff and Tom Giancola": either is right
        names = [n for c in conjuncts if (n := _final_name(c))]
        if names:
            return GoldSpeaker("name", text, "|".join(names))
    name = _final_name(segments[0].rstrip(".")) or _role_then_name(segments[0])
    if not name and len(segments) > 1 and _PURE_NAME.fullmatch(segments[1]):
        name = _final_name(segments[1])  # "Trump's Virginia state director, Mike Rubino"
    elif not name and len(segments) > 1 and _PURE_COUPLE.fullmatch(segments[1]):
        # "Henry Clay's biographers, David and Jeanne Heidler": the names after the description, as
        # for one name (session 13: either first name with the shared surname, or the pair)
        first, second = segments[1].split(" and ")
        name = f"{first} {second.split()[-1]}|{second}"
    return GoldSpeaker("name", text, name) if name else GoldSpeaker("description", text)


def _final_name(head: str) -> str:
    """The name a speaker mention ends in, titles dropped; "" when it is not a name.

    The mention is cut at its first preposition ("Paul Ryan of Wisconsin", "sources close to
    Trump") unless the preposition belongs to a title ("Secretary of State John Kerry"); an
    indefinite mention ("a nominal Republican") or "the" + one capitalised word ("the Times") is a
    description.
    """
    words = head.split()
    for k, w in enumerate(words):
        title = words[k - 1].lower().rstrip(".") if k else ""
        if w.lower() in _PREPOSITIONS and not (words[k - 1][:1].isupper() and title in _TITLES):
            words = words[:k]
            break
    if not words or words[0].lower() in _INDEFINITE:
        return ""
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _NAME_PARTICLES):
        k -= 1
    while k < len(words) and words[-1].lower().strip(".,") in CALENDAR:
        words = words[:-1]  # "the order released Friday": a date, not a name
    run, before = words[k:], words[:k]
    titled = any(_ABBREVIATED_TITLE.fullmatch(w) for w in run[:-1])  # "the House Rep. Paul Ryan"
    if not run or (before and before[-1].lower() in _DETERMINERS and not titled):
        return ""  # "Clinton's campaign", "his Senate", "the Times"
    return _without_titles(run)


_ROLE_NAME = re.compile(r"^[a-z][\w\s-]*?\s[a-z][\w-]+\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3})$")


def _role_then_name(head: str) -> str:
    """A lower-case role with a preposition, then the name: "master of ceremonies Asab Al-Tabchi"
    (the preposition cut of ``_final_name`` would leave only "master"). Not when a determiner
    makes the capitals an object ("director for the gay rights group Human Rights Campaign")."""
    match = _ROLE_NAME.match(head.strip())
    before = head.strip()[: match.start(1)].split() if match is not None else []
    if not before or before[-1] in _PREPOSITIONS or any(w in _DETERMINERS for w in before):
        return ""  # not "spokesman for Hillary Clinton"
    return _without_titles(match.group(1).split())


def _without_titles(run: list[str]) -> str:
    """ "Army Capt. Christian Pardo" -> Christian Pardo, "Committee Chairman Reince Priebus" ->
    Reince Priebus, "Mr. Trump's" -> Trump. Independent of ``briefing`` on purpose: the gold must
    not move when the rules under test do."""
    words = [re.sub(r"(’s|'s|’|')$", "", w).rstrip(",.") if k == len(run) - 1 else w for k, w in enumerate(run)]
    cut = [
        k
        for k, w in enumerate(words[:-1])
        if _ABBREVIATED_TITLE.fullmatch(w)
        or any(p in _GOLD_TITLES for p in w.lower().rstrip(".").split("-"))
        or re.search(r"(’s|'s)$", w)
    ]
    return " ".join(words[cut[-1] + 1 :] if cut else words)


def _person_description(text: str) -> bool:
    """ "the Florida senator", "the Republican nominee": a definite description of a person, which
    refers back to someone named before (unlike "the statement" or "the campaign")."""
    words = tokens(text.split(",")[0])
    return len(words) >= 2 and words[0] == "the" and words[-1] in _PERSON_NOUNS


def content_words(text: str) -> set[str]:
    return {w for w in tokens(text) if w not in _DETERMINERS and w not in _PRONOUNS}


def _gender_conflict(pronoun_gender: str, name: str, known: dict[str, str]) -> bool:
    """The name's known gender is not the pronoun's: its own given name ("Hillary Clinton") or,
    for its surname, what the article says (``_known_genders``)."""
    gender = given_name_gender(name) or (known.get(name.split()[-1].lower()) if name.split() else None)
    return gender is not None and gender != pronoun_gender


def _known_genders(text: str) -> dict[str, str]:
    """Surname -> gender the article makes known: an honorific ("Mr. Trump") first; else every
    first name the article writes with that surname (titles dropped) is a given name of one
    gender ("Hillary Clinton" and no "Bill Clinton" nor "Chris Clinton"). Given names come from
    ``briefing.given_names``, a fixed list, not a rule under test."""
    out: dict[str, str] = {}
    for m in _HONORIFIC.finditer(text):
        out.setdefault(m.group(2).lower(), "m" if m.group(1) == "Mr" else "f")
    by_first: dict[str, set[str]] = {}
    for m in _CAPITAL_RUN.finditer(text):
        words = [w for w in m.group().split() if w.lower().rstrip(".") not in _GOLD_TITLES]
        if len(words) < 2 or words[0].lower() in STOPWORDS or words[0].endswith("."):
            continue  # "But Crawford", "J. Smith": no given name to read
        surname = re.sub(r"(’s|'s|’|')$", "", words[-1]).rstrip(".,").lower()
        by_first.setdefault(surname, set()).add(GIVEN_NAME_GENDER.get(words[0].lower(), "?"))
    for surname, genders in by_first.items():
        if len(genders) == 1 and "?" not in genders:
            out.setdefault(surname, genders.pop())
    return out


def _name_before(text: str, pos: int) -> str:
    """The name written right before a relative "who" ("Donald Trump, who")."""
    before = text[max(0, pos - 80) : pos].rstrip(" ,")
    match = _FINAL_NAME.search(before)
    owner = _FINAL_NAME.search(before[: match.start()].rstrip().removesuffix(" of")) if match and before[: match.start()].endswith(" of ") else None
    if owner is not None and owner.group(1)[:1].isupper() and len(_without_titles(owner.group(1).split()).split()) >= 2:
        match = owner  # "Sen. Marco Rubio of Florida, who": the senator, not his state
    return _without_titles(match.group(1).split()) if match else ""


def gold_speakers(article: dict[str, object]) -> list[GoldSpeaker]:
    """Every attribution's speaker, classified, with antecedents derived (index = quote index)."""
    quotes = article["quotes"]
    text = str(article["text"])
    assert isinstance(quotes, list)
    swapped = [_swapped(q) for q in quotes]
    classes = [classify(q["cue"] if sw else q["speaker"]) for q, sw in zip(quotes, swapped, strict=True)]
    starts = [
        min((s[0] for s in q["cue_spans" if sw else "speaker_spans"] or []), default=-1)
        for q, sw in zip(quotes, swapped, strict=True)
    ]
    order = sorted((s, i) for i, s in enumerate(starts) if s >= 0)
    known = _known_genders(text)
    out = list(classes)
    for k, (pos, i) in enumerate(order):
        g = classes[i]
        if g.kind == "pronoun" and g.text in {"who", "whom"}:
            name = _name_before(text, pos)
            out[i] = GoldSpeaker(g.kind, g.text, antecedent=name or None)
        elif (g.kind == "pronoun" and _PRONOUNS[g.text] in {"m", "f"}) or (
            g.kind == "description" and _person_description(g.text)
        ):
            out[i] = GoldSpeaker(g.kind, g.text, antecedent=_walk_back(g, pos, order[:k], classes, known))
    derived = article.get("antecedents")
    if isinstance(derived, list):  # derived before a rewrite of the text (``evaluation.renamed``)
        out = [replace(g, antecedent=a) for g, a in zip(out, derived, strict=True)]
    return out


#: "Sanders said" / "said Sanders" written inside a gold content span, outside its quote marks.
_INNER_VERBS = r"(?:said|says|told|tells|added|adds|asked|asks|wrote|writes|tweeted)"
_INNER_RUN = r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
_INNER = re.compile(rf"{_INNER_RUN}\s+{_INNER_VERBS}\b|\b{_INNER_VERBS}\s+{_INNER_RUN}")


def inner_speakers(content: str) -> list[str]:
    """Names attributed *inside* a gold content span: PolNeAR gives a nested attribution's outer
    source ('"…," Sanders said, according to CNN' is CNN's item, and its content holds "Sanders
    said"). The words between the quote marks are blanked first, so only the narrator's
    attribution counts."""
    blanked = list(content)
    for sp in find_double_quotes(content):
        blanked[sp.start : sp.end] = " " * (sp.end - sp.start)
    return [
        name
        for m in _INNER.finditer("".join(blanked))
        if (name := _without_titles((m.group(1) or m.group(2)).split()))
    ]


#: The one quoted after a gold cue of quoting ("An early tweet" / "quoted" / "the president as
#: saying “…”"): the phrase between the cue and "as" and a participle.
_QUOTING_CUES = {"quoted", "quotes", "quoting", "cited", "cites", "citing"}
_QUOTED_ONE = re.compile(r"\s+([^,;:.!?“”\"]{1,60}?)\s+as\s+\w+ing\b")


def quoted_in_frame(text: str, quote: dict[str, object]) -> str:
    """The one a gold item's cue of quoting names as saying the words ("The Ledger quoted Ana
    Reyes as saying “…”": "Ana Reyes"), or "". PolNeAR credits the one quoting (its item is the
    Ledger's), a reader and the BBC labels the one quoted: like a nested attribution
    (``inner_speakers``), the inner source is as right as the outer."""
    cues = quote.get("cue_spans") or []
    if str(quote.get("cue") or "").strip().lower() not in _QUOTING_CUES or not isinstance(cues, list) or len(cues) != 1:
        return ""
    match = _QUOTED_ONE.match(text, cues[0][1])
    return match.group(1) if match is not None else ""


def _swapped(quote: dict[str, object]) -> bool:
    """The speaker field holds the speech verb and the cue field the speaker ("said" / "Bolton")."""
    speaker, cue = str(quote["speaker"] or "").strip().lower(), str(quote["cue"] or "").strip()
    if speaker.split()[:1] and speaker.split()[0] in _SWAPPED_CUES and speaker not in _SWAPPED_CUES:
        # "said in an interview in her office" / "Hassan": the verb phrase, and a name as the cue
        return bool(_PURE_NAME.fullmatch(cue)) or (bool(cue) and cue.istitle() and " " not in cue)
    return speaker in _SWAPPED_CUES and bool(cue) and cue.lower() not in _SWAPPED_CUES


def _walk_back(
    g: GoldSpeaker,
    pos: int,
    earlier: list[tuple[int, int]],
    classes: list[GoldSpeaker],
    known: dict[str, str],
) -> str | None:
    gender = _PRONOUNS.get(g.text) if g.kind == "pronoun" else None
    for at, j in reversed(earlier):
        if pos - at > _CHAIN_CHARS:
            return None
        c = classes[j]
        if c.kind == "none":
            continue
        if c.kind == "name":
            if gender in {"m", "f"} and _gender_conflict(gender, c.name, known):
                return None
            return c.name
        same_chain = c.text.lower() == g.text.lower() or (
            g.kind == "description" and c.kind == "pronoun" and _PRONOUNS.get(c.text) in {"m", "f"}
        )
        if not same_chain:
            return None
    return None


def quotation_golds(article: dict[str, object]) -> list[int]:
    """Indexes of the article's quotations: items with marks and >= 5 words inside them."""
    quotes = article["quotes"]
    assert isinstance(quotes, list)
    return [
        j
        for j, q in enumerate(quotes)
        if q["has_quote_marks"] and len(tokens(quoted_segments(q["quote"]))) >= MIN_QUOTED_WORDS
    ]
