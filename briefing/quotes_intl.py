"""Quotes with speakers in German, French, Spanish, Ukrainian and Russian articles.

The quoted spans come from the same mark finder as English (``quote_marks``: „…“, »…«, «…»,
“…” by the position of each mark) plus German ‚…‘ and dialogue lines opened by a dash
("— Текст, — сказав він."). The attribution is read in each language's word order:
- after the quote, verb first: „…“, sagte Albers. / « … », a déclaré M. Marchand. /
  « … », a-t-il ajouté. / «…», afirmó Solís. / «…», — сказав він. / «…», — заявила министр.
- before it, subject first and a colon: Sie sagte: „…“ / Кулеба заявив: «…» / X a déclaré : « … »
- a source phrase: Selon X, « … » / За словами X, «…» / По словам X, «…»;
- a quote woven into a sentence takes the sentence's named subject ("Paul Girard salue « … »").
Pronouns and a dropped Spanish subject go to the person named last (gender from the pronoun,
and in Ukrainian and Russian from the verb: сказав/сказала); a role noun ("der Minister",
"лікарка") to the person last introduced with that role. When none of this finds a person, the
quote has no speaker: a wrong name is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .key_quotes import pick_key_quotes
from .languages import UPPER, LanguageData
from .models import Block, BriefingOptions, Quote
from .names_intl import Mention, PersonRegistry, first_name, is_title, title_gender
from .quote_marks import MarkedSpan, find_marked_spans

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ALNUM = re.compile(r"[^\W_]")
_SENTENCE_END = re.compile(rf"[.!?…][»“”\"']?(?:\s+(?=[{UPPER}„«»“\"—–])|\s*$)")
_DASH_LINE = re.compile(r"^[—–]\s+")
_ATTRIBUTION_DASH = re.compile(r"[,.!?…]\s+[—–]\s+")
_NAME = re.compile(rf"(?<![\w-])[{UPPER}][\w'’-]*")
_SINGLE_LOW = re.compile(r"‚([^‚‘’]{2,300}?)[‘’]")
#: A quote with fewer words is a scare quote (kept, never key), as in English.
_MAX_TITLE_WORDS = 6


@dataclass
class _Found:
    paragraph: int
    start: int  # of the quoted words in the paragraph
    end: int
    mark_start: int
    mark_end: int
    tail: str = ""  # masked text after the quote, to the sentence end
    mention: Mention | None = None
    speaker: str | None = None
    verb: str | None = None


def _spans(par: str, data: LanguageData) -> list[MarkedSpan]:
    """Marked spans, German ‚…‘ outside them, and a dialogue line's spoken part."""
    if _DASH_LINE.match(par):
        return [_dialogue_span(par, data)]
    spans = [s for s in find_marked_spans(par) if not s.single or data.code != "de"]
    if data.code == "de" and "‚" in par:
        taken = [(s.mark_start, s.mark_end) for s in spans]
        for m in _SINGLE_LOW.finditer(par):
            if not any(a <= m.start() < b for a, b in taken):
                spans.append(MarkedSpan(m.start(1), m.end(1), m.start(), m.end(), True, True))
    return sorted(spans, key=lambda s: s.start)


def _dialogue_span(par: str, data: LanguageData) -> MarkedSpan:
    """'— Текст, — сказав він.' (uk, ru) / '— Texte, a ajouté M. X.' (fr): the spoken part."""
    start = _DASH_LINE.match(par).end()  # type: ignore[union-attr]
    dash = _ATTRIBUTION_DASH.search(par, start)
    if dash is not None:
        return MarkedSpan(start, dash.start(), 0, dash.start(), True)
    for comma in reversed([m.start() for m in re.finditer(r",\s", par)]):
        if comma > start and _tail_verb(par[comma + 1 :], data) is not None:
            return MarkedSpan(start, comma, 0, comma, True)
    return MarkedSpan(start, len(par), 0, len(par), False)


def _masked(par: str, spans: Sequence[MarkedSpan]) -> str:
    parts, at = [], 0
    for sp in spans:
        parts += [par[at : sp.start], _ALNUM.sub("·", par[sp.start : sp.end])]
        at = sp.end
    return "".join([*parts, par[at:]])


def _ends(text: str, data: LanguageData) -> list[re.Match[str]]:
    """Sentence ends, not after an abbreviation or honorific ("M. Marchand", "z. B. die")."""
    out = []
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w-]+)$", text[max(0, m.start() - 12) : m.start()])
        low = word.group(1).lower() if word else ""
        if text[m.start()] == "." and (low in data.abbreviations or low + "." in data.honorifics):
            continue
        out.append(m)
    return out


def _first_sentence(text: str, data: LanguageData) -> str:
    ends = _ends(text, data)
    return text[: ends[0].start() + 1] if ends else text


def _last_sentence(text: str, data: LanguageData) -> str:
    ends = _ends(text, data)
    return text[ends[-1].end() :] if ends else text


# --- verbs ---------------------------------------------------------------------------------


def _tail_verb(tail: str, data: LanguageData) -> tuple[re.Match[str], str] | None:
    """The speech verb opening an inverted clause after a quote, and the verb as read."""
    clause = tail.lstrip(" \u00a0\u202f,.!?…—–-")
    offset = len(tail) - len(clause)
    if data.code == "fr":
        m = re.match(
            r"(?:(?:a|avait|ont|avaient)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+)?([\w'’-]+?)"
            r"(?:-t-(?:il|elle|on)|-(?:il|elle|ils|elles))?(?=[\s,.;!?]|$)",
            clause,
        )
        if m and (
            m.group(1) in data.participles
            or (m.group(1) in data.speech_verbs and not m.group().startswith(("a ", "ont ")))
        ):
            return _shifted(m, offset, tail), m.group(1)
        return None
    m = re.match(r"([\w'’-]+)", clause)
    if m is None:
        return None
    verb = m.group(1).lower()
    if verb in data.speech_verbs:
        return _shifted(m, offset, tail), verb
    return None


def _shifted(m: re.Match[str], offset: int, text: str) -> re.Match[str]:
    """The same match, on the unstripped text (so ``end()`` indexes it)."""
    found = re.compile(re.escape(m.group())).match(text, offset)
    assert found is not None
    return found


def _verb_gender(verb: str, data: LanguageData) -> str:
    """Past tense in Ukrainian and Russian shows the speaker's gender: сказав/сказала."""
    if data.code == "uk":
        if verb.endswith(("ла", "лася")):
            return "f"
        if verb.endswith(("в", "вся")):
            return "m"
    if data.code == "ru":
        if verb.endswith(("ла", "лась")):
            return "f"
        if verb.endswith(("л", "лся")):
            return "m"
    return ""


# --- speaker phrases -----------------------------------------------------------------------


def _phrase_mention(phrase: str, data: LanguageData, gender: str = "") -> Mention | None:
    """The head of a speaker phrase: a pronoun, a name (the last capitalised run, roles and
    honorifics dropped) or a role noun ("der Minister", "un porte-parole")."""
    phrase = phrase.strip(" \u00a0,.;:—–-")
    words = phrase.split()
    if not words:
        return None
    first = words[0].lower()
    if first in data.pronouns:
        return Mention("pronoun", first, data.pronouns[first] if data.pronouns[first] != "p" else "p")
    runs = [
        m
        for m in _NAME.finditer(phrase)
        if not _breaks_run(m.group(), data) and not _of_institution(phrase, m.start(), data)
    ]
    name_runs = []
    for run in _group_runs(phrase, runs):
        tokens = run.split()
        while tokens and _skippable(tokens[0], data):
            tokens.pop(0)  # roles and honorifics open a run; "Uwe Richter" keeps "Richter"
        if tokens:
            name_runs.append(" ".join(tokens))
    if name_runs:
        # a run with a known first name; else the first run (de, fr, es: the name follows the
        # verb) or the last (uk, ru: "речник Повітряних сил Юрій Ігнат")
        known = [r for r in name_runs if any(first_name(t, data) for t in r.split()[:-1])]
        run = known[0] if known else name_runs[-1 if data.script == "cyrillic" else 0]
        text = _trim_name(run, data)
        if text:
            return Mention("name", text, gender)
    for i, word in enumerate(words[:4]):
        if is_title(word.strip(",."), data):
            determiner = words[i - 1].lower() if i else ""
            if determiner in {"un", "une", "ein", "eine", "einer", "uno", "una"}:
                return Mention("none")  # "un porte-parole", "eine Sprecherin": nobody named
            return Mention(
                "description", word.strip(",.").lower(), gender or title_gender(word, data, determiner)
            )
    return None


def _of_institution(phrase: str, at: int, data: LanguageData) -> bool:
    """ "el consejero de Transportes", "le ministre des Armées": a capital after "de" is the
    institution of a role, not a name."""
    if data.code not in {"fr", "es"}:
        return False
    before = re.search(r"(\S+)\s+(?:de|del|des|du|de la|d')\s?$", phrase[:at])
    if before is None:
        return re.match(r"(?:de|del|des|du|de la|d')\s?$", phrase[:at]) is not None
    return not before.group(1)[:1].isupper()  # "Rubén del Campo": a name particle


def _breaks_run(word: str, data: LanguageData) -> bool:
    """Capitalised words that are never part of a name (sentence-initial function words,
    months, pronouns): they end a run rather than open it."""
    low = word.lower().rstrip(".")
    return low in data.stopwords or low in data.months or low in data.pronouns


def _skippable(word: str, data: LanguageData) -> bool:
    low = word.lower().rstrip(".")
    return (
        low in data.stopwords
        or (word.isupper() and len(word) > 1)
        or low in data.months
        or is_title(word, data)
        or word.lower() in data.honorifics
        or low + "." in data.honorifics
        or len(word) == 1
        or low in data.pronouns
    )


def _group_runs(phrase: str, runs: list[re.Match[str]]) -> list[str]:
    """Adjacent capitalised words joined into runs (a space, or a name particle between)."""
    out: list[list[int]] = []  # [start, end] of each run in ``phrase``
    for m in runs:
        gap = phrase[out[-1][1] : m.start()] if out else ""
        if out and re.fullmatch(r"[ \u00a0]+(?:(?:de|del|von|van|da|di|du)[ ])?", gap):
            out[-1][1] = m.end()  # "Rubén del Campo" keeps its particle
        else:
            out.append([m.start(), m.end()])
    return [" ".join(phrase[a:b].split()) for a, b in out]


def _trim_name(run: str, data: LanguageData) -> str:
    tokens = [t.rstrip(".,") for t in run.split()]
    known = [i for i, t in enumerate(tokens[:-1]) if first_name(t, data) is not None]
    if known:
        tokens = tokens[known[0] :]
    if len(tokens) > 2 and data.script == "cyrillic":
        tokens = tokens[-3:] if re.search(r"(?:вич|вна|ична)$", tokens[-2]) else tokens[-2:]
    return " ".join(tokens[-3:])


# --- attribution ---------------------------------------------------------------------------


def _tail_attribution(tail: str, data: LanguageData) -> tuple[Mention | None, str | None]:
    """ „…“, sagte Albers. / «…», — сказав директор Андрій Гнатюк. / « … », a-t-il ajouté."""
    found = _tail_verb(tail, data)
    if found is None:
        if data.code == "de":
            m = re.match(r"[\s,]*so\s+(.+)", _first_sentence(tail, data))
            if m:
                return _phrase_mention(_cut_clause(m.group(1), data), data), "so"
        return None, None
    match, verb = found
    gender = _verb_gender(verb, data)
    rest = _first_sentence(tail[match.end() :], data)
    clitic = re.search(r"-t-(il|elle|on)|-(il|elle|ils|elles)\b", match.group())
    if clitic:
        pronoun = clitic.group(1) or clitic.group(2)
        return Mention("pronoun", pronoun, data.pronouns.get(pronoun, "")), verb
    mention = _phrase_mention(_cut_clause(rest, data), data, gender)
    if mention is not None and mention.kind == "description":
        # "dijo el consejero de Transportes, Jorge Navarro": the name in apposition
        apposition = re.match(r"[^,]*,\s*([^,.;]+)", rest)
        if apposition:
            named = _phrase_mention(apposition.group(1), data, gender or mention.gender)
            if named is not None and named.kind == "name":
                mention = named
    if mention is None and (data.pro_drop or data.script == "cyrillic"):
        mention = Mention("pronoun", "", gender)  # '«…», añadió.': the person named last
    if mention is not None and mention.kind == "pronoun" and not mention.gender:
        mention = Mention("pronoun", mention.text, gender)
    if data.code == "de" and mention is not None and mention.kind == "pronoun" and mention.text == "sie" and verb.endswith(("ten", "en")):
        return None, verb  # "sagten sie": they
    return mention, verb


#: Prepositions that end an inverted speaker phrase in German, French and Spanish ("sagte
#: Weber am Mittwoch", "a déclaré M. Marchand lors d'une conférence"); in Ukrainian and
#: Russian an adverbial may stand before the name ("сказав після гри тренер Сергій Ребров").
_PHRASE_END = {
    "de": "am im bei vom von zum zur in auf mit nach für vor seit während aus über gegenüber",
    "fr": "lors à au aux en dans devant sur après pendant chez avant depuis",
    "es": "en tras durante ante a al desde con para",
}


def _cut_clause(text: str, data: LanguageData) -> str:
    """The speaker phrase of an inverted clause: up to a comma, a relative pronoun, or (de,
    fr, es) a preposition."""
    text = re.split(r",|\s(?:qui|que|который|которая|який|яка)\s", text + " ", maxsplit=1)[0]
    ends = _PHRASE_END.get(data.code)
    if ends:
        text = re.split(rf"\s(?:{'|'.join(ends.split())})\s", text + " ", maxsplit=1)[0]
    return text


def _head_attribution(
    head: str, data: LanguageData
) -> tuple[Mention | None, str | None]:
    """``X sagte: „…“`` / ``Selon X, « … »`` / ``За словами X, «…»`` before the quote."""
    sentence = _last_sentence(head, data)
    stripped = sentence.rstrip(" \u00a0\u202f")
    low = stripped.lower()
    for phrase in data.according_to:
        at = low.rfind(phrase + " ")
        if at >= 0 and (at == 0 or not low[at - 1].isalpha()):
            source = stripped[at + len(phrase) :]
            if source.rstrip().endswith(",") or source.strip() == "":
                mention = _phrase_mention(source, data)
                if mention is not None and mention.kind == "name":
                    return Mention("name", mention.text, "", nominative=data.script != "cyrillic"), phrase
                return mention, phrase
    words = list(_WORD.finditer(stripped))
    verb_at = next(
        (i for i in range(len(words) - 1, -1, -1) if _is_verb(words[i].group(), data)), None
    )
    if verb_at is None:
        return None, None
    verb = words[verb_at].group().lower()
    after = stripped[words[verb_at].end() :]
    subject = stripped[: words[verb_at].start()]
    if not after.strip(" :,·") or re.fullmatch(r"[\s\w,'’-]*[:,]?\s*", after):
        # German V2 after an opener ("Er betonte:"), else the subject before the verb
        if data.code == "de" and subject.strip() == "" :
            return None, verb
        mention = _phrase_mention(subject, data, _verb_gender(verb, data))
        if mention is None and data.code in {"de", "fr", "es"}:
            m = re.match(r"\s*(\w+)", after)
            if m and m.group(1).lower() in data.pronouns:  # "Dann sagte er:"
                pronoun = m.group(1).lower()
                mention = Mention("pronoun", pronoun, data.pronouns[pronoun])
        return mention, verb
    return None, None


def _is_verb(word: str, data: LanguageData) -> bool:
    low = word.lower()
    return low in data.speech_verbs or low in data.participles


def _subject_of(sentence: str, data: LanguageData) -> Mention | None:
    """The named subject opening a sentence ("Son entraîneur, Paul Girard, salue …")."""
    words = sentence.split()
    if not words:
        return None
    m = re.match(rf"\s*((?:[\w'’.,-]+\s+){{0,5}}?)([{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,2}})", sentence)
    if m is None:
        return None
    lead = m.group(1).strip(" ,")
    if lead and not all(is_title(w.strip(","), data) or w.lower().strip(",") in data.stopwords or w[:1].islower() for w in lead.split()):
        return None
    mention = _phrase_mention(m.group(2), data)
    return mention if mention is not None and mention.kind == "name" else None


# --- the whole article ---------------------------------------------------------------------


def find_quotes_intl(
    blocks: Sequence[Block],
    data: LanguageData,
    stem: Callable[[str], str],
    *,
    options: BriefingOptions,
) -> list[Quote]:
    """Every quote of the body in text order; up to ``options.max_quotes`` flagged key.

    Never raises: a failure on odd input yields no quotes rather than a broken briefing."""
    try:
        return _find(blocks, data, stem, options)
    except Exception:
        return []


def _find(
    blocks: Sequence[Block], data: LanguageData, stem: Callable[[str], str], options: BriefingOptions
) -> list[Quote]:
    found: list[_Found] = []
    masks: dict[int, str] = {}
    offsets: list[int] = []
    offset = 0
    for pi, block in enumerate(blocks):
        offsets.append(offset)
        offset += len(block.text) + 2
        if block.kind != "paragraph":
            continue
        spans = _spans(block.text, data)
        if not spans:
            continue
        masks[pi] = _masked(block.text, spans)
        for sp in spans:
            a, b = _trim(block.text, sp.start, sp.end)
            if a < b and _WORD.search(block.text[a:b]):
                found.append(_Found(pi, a, b, sp.mark_start, sp.mark_end))
    if not found:
        return []
    body = "\n\n".join(b.text for b in blocks)
    quoted = [(offsets[f.paragraph] + f.start, offsets[f.paragraph] + f.end) for f in found]
    registry = PersonRegistry(body, quoted, data, stem)
    for i in range(len(found)):
        _attribute(i, found, blocks, masks, data, registry, offsets)
    for f in found:
        if f.mention is not None and f.mention.kind == "pronoun":
            if _unnamed_subject(_before_quote(f, blocks, masks, data), data):
                f.mention = Mention("none")
        _resolve(f, registry, offsets[f.paragraph] + f.mark_start, data)
    quotes = []
    for f in found:
        text = blocks[f.paragraph].text[f.start : f.end]
        words = len(_WORD.findall(text))
        if _is_title(text) and f.mention is None:
            continue
        before = blocks[f.paragraph].text[max(0, f.mark_start - 2) : f.mark_start]
        embedded = bool(re.search(r"[a-zа-яёєіїґß]\s?$", before))
        scare = words < options.scare_quote_max_words or (
            embedded and words < 2 * options.scare_quote_max_words and f.mention is None
        )
        quotes.append(Quote(text=text, speaker=f.speaker, verb=f.verb, scare=scare, paragraph=f.paragraph))
    return pick_key_quotes(quotes, options)


def _trim(par: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (par[a].isspace() or par[a] in "…"):
        a += 1
    while b > a and (par[b - 1].isspace() or par[b - 1] in ",;:"):
        b -= 1
    return a, b


def _is_title(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_TITLE_WORDS or text.rstrip()[-1:] in ".!?,":
        return False
    return all(w[0].isupper() or w[0].isdigit() for w in words) and len(words) <= 3


def _attribute(
    i: int,
    found: list[_Found],
    blocks: Sequence[Block],
    masks: dict[int, str],
    data: LanguageData,
    registry: PersonRegistry,
    offsets: list[int],
) -> None:
    f = found[i]
    masked = masks[f.paragraph]
    same = [g for g in found if g.paragraph == f.paragraph]
    k = same.index(f)
    nxt = same[k + 1].mark_start if k + 1 < len(same) else len(masked)
    prv = same[k - 1].mark_end if k > 0 else 0
    tail = masked[f.mark_end : nxt]
    mention, verb = _tail_attribution(tail, data)
    if mention is None:
        head = masked[prv : f.mark_start]
        mention, verb = _head_attribution(head, data)
        if mention is None and k > 0 and not _last_sentence(head, data).strip(" ·"):
            mention, verb = same[k - 1].mention, same[k - 1].verb  # „A“, sagte X. „B.“
        if mention is None and verb is None and _last_sentence(head, data).strip():
            mention = _subject_of(_last_sentence(head, data), data)  # "Paul Girard salue « … »"
    f.mention, f.verb = mention, verb
    if mention is not None and mention.kind == "name" and mention.nominative:
        registry.mark_speaker(mention.text, offsets[f.paragraph] + f.mark_start, mention.gender)


_INDEFINITE = {"ein", "eine", "einer", "un", "une", "uno", "una"}


def _unnamed_subject(sentence: str, data: LanguageData) -> bool:
    """ "Ein Sprecher der Feuerwehr sagte, …" / "Un porte-parole a précisé …": the sentence
    before a pronoun-attributed quote is about someone unnamed, so "er"/"il" is not the last
    person named."""
    words = [w.strip(",.").lower() for w in sentence.split()[:4]]
    if len(words) >= 2 and words[0] in _INDEFINITE:
        return any(is_title(w, data) for w in words[1:3])
    if data.script == "cyrillic" and words and is_title(words[0], data):
        return not any(first_name(w, data) for w in sentence.split()[1:8])
    return False


def _before_quote(f: _Found, blocks: Sequence[Block], masks: dict[int, str], data: LanguageData) -> str:
    """The last sentence before the quote: in its paragraph, else the previous paragraph's."""
    head = _last_sentence(masks[f.paragraph][: f.mark_start].rstrip(), data) if f.mark_start else ""
    if head.strip(" ·"):
        return head
    text = masks[f.paragraph][: f.mark_start]
    if not text.strip() and f.paragraph > 0:
        text = blocks[f.paragraph - 1].text
    parts = [p for p in _SENTENCE_END.split(text.strip()) if p.strip()]
    return parts[-1] if parts else ""


def _resolve(f: _Found, registry: PersonRegistry, pos: int, data: LanguageData) -> None:
    m = f.mention
    if m is None or m.kind == "none":
        f.speaker = None
    elif m.kind == "name":
        f.speaker = registry.name_of(m.text, m.gender) if m.nominative or data.script != "cyrillic" else _oblique(m, registry)
    elif m.kind == "pronoun":
        f.speaker = None if m.gender == "p" else registry.recent(pos, m.gender)
    else:
        f.speaker = registry.by_title(m.text, pos, m.gender)


def _oblique(m: Mention, registry: PersonRegistry) -> str | None:
    """A name read in an oblique case: only through the registry's nominative forms."""
    return registry.name_of(m.text.split()[-1], m.gender)
