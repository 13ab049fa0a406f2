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

from .attribution_intl import (
    SENTENCE_END,
    WORD,
    first_sentence,
    head_attribution,
    last_sentence,
    sentence_ends,
    tail_attribution,
    tail_verb,
)
from .key_quotes import pick_key_quotes
from .languages import LanguageData
from .masking import blank_quoted
from .models import Block, BriefingOptions, Quote
from .names_intl import UNNAMED_PEOPLE, Mention, PersonRegistry, first_name, is_title, title_gender
from .organisations_intl import (
    office_named_again,
    office_spoke,
    organisation_named_before,
    organisation_opening,
)
from .phrase_mentions_intl import GERMAN_EPITHET
from .quote_marks import MarkedSpan, find_marked_spans, quoted_words
from .sentence_subjects_intl import subject_of

_DASH_LINE = re.compile(r"^[—–]\s+")
_ATTRIBUTION_DASH = re.compile(r"[,.!?…]\s+[—–]\s+")
#: Spanish dialogue sets the dash against the words: "—Ahora toca consolidarnos —respondió.",
#: "—¿Y ahora qué? —le preguntaron."; the narrator's dash is the one before a lowercase word.
_DASH_LINE_ES = re.compile(r"^[—–]\s*(?=[¿¡\w«“\"])")
_ATTRIBUTION_DASH_ES = re.compile(r"[,.!?…]?\s+[—–](?=[a-záéíóúñ])")
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
    closed: bool = True  # False: runs to the paragraph end with no closing mark


def _spans(par: str, data: LanguageData) -> list[MarkedSpan]:
    """Marked spans, German ‚…‘ outside them, and a dialogue line's spoken part."""
    if _DASH_LINE.match(par):
        first = _dialogue_span(par, data)
        resumed = _NARRATION_RESUMES.search(par, first.mark_end + 1) if first.mark_end < len(par) else None
        if resumed is None or data.script != "cyrillic":
            return [first]
        # "— A, — добавил чиновник. — B.": the speaker's words go on after the narration
        dash = _ATTRIBUTION_DASH.search(par, resumed.end())
        end = dash.start() if dash else len(par.rstrip())
        return [first, MarkedSpan(resumed.end(), end, resumed.end() - 2, end, True)]
    if data.code == "es" and _DASH_LINE_ES.match(par):
        # only with the narrator's dash after the words: a dash alone may open a list's item
        dash = _ATTRIBUTION_DASH_ES.search(par, 1)
        return [MarkedSpan(_DASH_LINE_ES.match(par).end(), dash.start(), 0, dash.start(), True)] if dash else []  # type: ignore[union-attr]
    spans = [s for s in find_marked_spans(par) if not s.single or data.code != "de"]
    if data.script == "cyrillic" and "—" in par:
        spans = [part for s in spans for part in _split_by_narration(par, s, data)]
    if data.code == "de" and "‚" in par:
        taken = [(s.mark_start, s.mark_end) for s in spans]
        for m in _SINGLE_LOW.finditer(par):
            if not any(a <= m.start() < b for a, b in taken):
                spans.append(MarkedSpan(m.start(1), m.end(1), m.start(), m.end(), True, True))
    return sorted(spans, key=lambda s: s.start)


#: Where a dialogue line's words resume after the narration: ". — " before the next words.
_NARRATION_RESUMES = re.compile(r"[.,]\s+[—–]\s+(?=\S)")

#: Narration set inside one pair of marks between dashes: «A, — розповів X. — B».
_INNER_NARRATION = re.compile(r"[,!?…]\s+[—–]\s+([^—–«»]+?[.,])\s+[—–]\s+(?=\S)")


def _split_by_narration(par: str, span: MarkedSpan, data: LanguageData) -> list[MarkedSpan]:
    """«Ми вже замінили 40 ліфтів, — розповів мер Богдан Ярошенко. — До кінця року …» (uk, ru):
    the words between the dashes are the narrator's, so the marks hold two quotes, each read as
    a quote split around its verb; a dash inside the words that no speech verb follows stays."""
    m = _INNER_NARRATION.search(par, span.start, span.end)
    if m is None or tail_verb(m.group(1), data) is None:
        return [span]
    first = MarkedSpan(span.start, m.start() + 1, span.mark_start, m.start() + 1, True, span.single)
    dash = m.end(1) + par[m.end(1) : m.end()].index("—") if "—" in par[m.end(1) : m.end()] else m.end(1) + 1
    second = MarkedSpan(m.end(), span.end, dash, span.mark_end, span.closed, span.single)
    return [first, second]


def _dialogue_span(par: str, data: LanguageData) -> MarkedSpan:
    """'— Текст, — сказав він.' (uk, ru) / '— Texte, a ajouté M. X.' (fr): the spoken part."""
    start = _DASH_LINE.match(par).end()  # type: ignore[union-attr]
    dash = _ATTRIBUTION_DASH.search(par, start)
    if dash is not None:
        return MarkedSpan(start, dash.start(), 0, dash.start(), True)
    for comma in reversed([m.start() for m in re.finditer(r",\s", par)]):
        if comma > start and tail_verb(par[comma + 1 :], data) is not None:
            return MarkedSpan(start, comma, 0, comma, True)
    return MarkedSpan(start, len(par), 0, len(par), False)


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
        masks[pi] = blank_quoted(block.text, spans)
        for sp in spans:
            a, b = quoted_words(block.text, sp)
            if a < b and WORD.search(block.text[a:b]):
                found.append(_Found(pi, a, b, sp.mark_start, sp.mark_end, closed=sp.closed))
    if not found:
        return []
    body = "\n\n".join(b.text for b in blocks)
    quoted = [(offsets[f.paragraph] + f.start, offsets[f.paragraph] + f.end) for f in found]
    registry = PersonRegistry(body, quoted, data, stem)
    for i in range(len(found)):
        _attribute(i, found, blocks, masks, data, registry, offsets)
    masked_body = "\n\n".join(masks.get(pi, b.text) for pi, b in enumerate(blocks))
    for f in found:
        if f.mention is not None and f.mention.kind == "pronoun":
            before = _before_quote(f, blocks, masks, data, own_sentence=f.verb != "за словами")
            if _unnamed_subject(before, data, registry):
                f.mention = Mention("none")
            elif (organisation := _organisation_subject(f, masks, data)) is not None:
                # "L'Agence régionale de santé (ARS) assure … « … », a-t-elle indiqué": the
                # organisation opening the paragraph speaks, not the person named last
                f.mention = Mention("organisation", organisation)
            elif (role := _role_subject(before, f.mention.gender, data)) is not None:
                # "Le maire de Saint-Étienne a demandé … « … », a-t-il promis": "il" is that
                # mayor, the person who holds the role if one was named with it, else nobody
                f.mention = Mention("description", role, f.mention.gender)
        elif f.mention is not None and f.mention.kind == "description" and data.code == "de":
            if GERMAN_EPITHET.match(f.mention.text) and _SOMEONE_DE.match(_before_quote(f, blocks, masks, data)):
                f.mention = Mention("none")  # "Ein Lastwagenfahrer … reagierte gelassen. «…», sagte der 58-Jährige."
            elif GERMAN_EPITHET.match(f.mention.text) and not is_title(f.mention.text, data):
                # "Heilbronns Oberbürgermeister meldete sich zu Wort. Er sei „…“, sagte der
                # SPD-Politiker.": the epithet is that role's holder, not the person named last
                for own in (True, False):
                    role = _role_subject(_before_quote(f, blocks, masks, data, own_sentence=own), "", data)
                    if role is not None:
                        f.mention = Mention("description", role, f.mention.gender)
                        break
        _resolve(f, registry, offsets[f.paragraph] + f.mark_start - _inside_relative_of(f, masks, data), data)
        if f.mention is not None and f.mention.kind == "pronoun" and f.mention.gender == "p" and data.script == "cyrillic":
            # "У Міністерстві освіти підтримали … «…», — зазначили у відомстві": that office
            before = _before_quote(f, blocks, masks, data)
            f.speaker = office_spoke(before, data) or office_named_again(f.tail, before, data)
        if f.mention is not None and f.mention.kind == "none" and f.mention.text:
            # "forderte der Verband": the organisation of that head named before the quote
            f.speaker = organisation_named_before(masked_body[: offsets[f.paragraph] + f.mark_start], f.mention.text, data)
    quotes = []
    for f in found:
        text = blocks[f.paragraph].text[f.start : f.end]
        words = len(WORD.findall(text))
        if _is_title(text) and f.mention is None:
            continue
        before = blocks[f.paragraph].text[max(0, f.mark_start - 2) : f.mark_start]
        embedded = bool(re.search(r"[a-zа-яёєіїґß]\s?$", before))
        # "a regretté « trop d'approximations »", "sprach von „dramatischen Stunden“": two words
        # a named speaker said are a quote (a name in marks, "„Lippischen Landes-Zeitung“", is not)
        said = (
            f.speaker is not None and f.verb is not None and words == options.scare_quote_max_words - 1
            and not _is_title(text)
        )
        scare = (words < options.scare_quote_max_words and not said) or (
            embedded and words < 2 * options.scare_quote_max_words and f.mention is None
        )
        quotes.append(Quote(text=text, speaker=f.speaker, verb=f.verb, scare=scare, paragraph=f.paragraph))
    return pick_key_quotes(quotes, options)


def _sentence_before(head: str, data: LanguageData) -> str:
    """The last full sentence of ``head`` (which ends on a sentence end)."""
    ends = sentence_ends(head.rstrip(), data)
    if not ends:
        return ""
    return head[ends[-2].end() if len(ends) > 1 else 0 : ends[-1].start() + 1]


def _speaks(sentence: str, data: LanguageData) -> bool:
    """Whether a speech verb stands in ``sentence`` ("forderte", "a dénoncé", "заявив")."""
    return any(w.lower() in data.speech_verbs or w.lower() in data.participles for w in WORD.findall(sentence))


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
    later = [g for g in same[k + 1 :] if not _name_in_clause(g, f, blocks[f.paragraph].text, masked, data)]
    # a name in marks after the quote belongs to its clause ("— отметил главный тренер «Северной
    # звезды» Олег Варламов-Клин"): the clause runs to the next quote that is no name
    nxt = later[0].mark_start if later else len(masked)
    prv = _head_start(same, k, blocks[f.paragraph].text)
    tail = f.tail = masked[f.mark_end : nxt]
    mention, verb = tail_attribution(tail, data)
    if mention is None:
        head = masked[prv : f.mark_start]
        mention, verb = head_attribution(head, data)
        if mention is None and k > 0 and not last_sentence(head, data).strip(" ·"):
            mention, verb = same[k - 1].mention, same[k - 1].verb  # „A“, sagte X. „B.“
        if (
            mention is None and k > 0 and head.rstrip(" \u00a0\u202f").endswith(",")
            and tail_verb(head, data) is not None
        ):
            # a quote split around its verb: „A“, versprach X bei einem Besuch, „B.“ / « A », a-t-il
            # martelé à l'Assemblée, « B » — the clause between them is the first part's
            mention, verb = same[k - 1].mention, same[k - 1].verb
        if mention is None and verb is None and last_sentence(head, data).strip():
            mention = subject_of(last_sentence(head, data), data)  # "Paul Girard salue « … »"
        closing = _INVERTED_CLAUSE.search(first_sentence(tail, data)) if mention is None and verb is None else None
        if closing is not None and last_sentence(head, data).strip() and tail_verb(closing.group(), data) is not None:
            # "Ihr Mandant sei „nur ein kleines Rädchen“ gewesen, sagte Anwältin X.": a quote inside
            # reported speech that a speech clause closes is that clause's speaker's
            mention, verb = tail_attribution(closing.group(), data)
        surname = _SURNAME_OPENS.match(last_sentence(head, data))
        if mention is None and verb is None and surname and registry.knows(surname.group(1)):
            # "Kaczmarek-Berg selbst blieb bescheiden: „…“": a sentence opened by the surname of
            # a person named before, introducing the quote with a colon
            mention = Mention("name", surname.group(1))
        if (
            mention is None and verb is None and k > 0 and data.code == "de"
            and _REPORTED_DE.search(last_sentence(head, data))
            and len(sentence_ends(head.rstrip(), data)) == 1
        ):
            # "„A“, sagte X. Es gebe „B“": a sentence in reported speech (Konjunktiv I) right
            # after a quote goes on with that quote's speaker
            mention, verb = same[k - 1].mention, same[k - 1].verb
        if mention is None and verb is None and k == 0 and head.strip() and not last_sentence(head, data).strip(" ·"):
            # "X forderte erneut eine Dosierung. «…»": a quote standing as its own sentence right
            # after one whose named subject speaks is that speaker's
            mention = subject_of(_sentence_before(head, data), data) if _speaks(_sentence_before(head, data), data) else None
            clause = _INVERTED_CLAUSE.search(_sentence_before(head, data))
            if mention is None and clause is not None and tail_verb(clause.group(), data) is not None:
                # "Endlich bleibe Zeit für die Kinder, sagt die 44-Jährige. „…“": reported speech
                # closed by an inverted speech clause, then the same speaker's words
                mention, _ = tail_attribution(clause.group(), data)
        if mention is None and verb is None and k == 0 and not head.strip() and i > 0:
            before = found[i - 1]
            if before.paragraph == f.paragraph - 1 and not before.closed:
                # a quote over paragraphs: the first is left open ("« … saturés." then "« La
                # décrue … »"), the next opens on the same speaker's words
                mention, verb = before.mention, before.verb
    f.mention, f.verb = mention, verb
    if mention is not None and mention.kind == "name" and mention.nominative:
        if len(mention.text.split()) > 1 or first_name(mention.text, data) is None:
            # a first name alone ("Laut Kanzleramtschef Thomas …" read short) is nobody's name, as
            # in the registry; it still finds a person of that surname named before
            registry.mark_speaker(mention.text, offsets[f.paragraph] + f.mark_start, mention.gender)


def _name_in_clause(g: _Found, f: _Found, text: str, masked: str, data: LanguageData) -> bool:
    """Whether the marked span ``g`` after quote ``f`` is a name inside ``f``'s attribution
    clause: a few words opened by a capital, no sentence end between, a capitalised name right
    after it ("— отметил главный тренер «Северной звезды» Олег Варламов-Клин")."""
    words = text[g.start : g.end].split()
    if not words or len(words) > 3 or not words[0][:1].isupper() or re.search(r"[.!?,;:]", text[g.start : g.end]):
        return False
    if re.search(r"[.!?…]\s", masked[f.mark_end : g.mark_start]):
        return False  # a new sentence between: a quote of its own
    return re.match(r"[ \u00a0]+[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]", masked[g.mark_end :]) is not None


def _head_start(same: list[_Found], k: int, text: str) -> int:
    """Where the words before quote ``k`` of a paragraph start: after the quote before it, but
    not after a name in marks inside the same clause ("За словами директора підприємства
    «Житомирліфт» Олексія Нагорного, «…»": the company's name is part of the speaker phrase)."""
    while k > 0:
        before = same[k - 1]
        if not _is_title(text[before.start : before.end]) or before.mention is not None:
            return before.mark_end
        k -= 1
    return 0


#: A sentence opened by one capitalised word and a lowercase one, ending on a colon.
_SURNAME_OPENS = re.compile(r"\s*([^\W\d_a-zà-ÿа-яёєіїґ][\w'’-]+)\s+[a-zà-ÿäöüß][^.!?:]*:\s*$")

#: The inverted speech clause closing a sentence: ", sagt die 44-Jährige."
_INVERTED_CLAUSE = re.compile(r",\s+[^,]{3,60}[.!]?\s*$")

#: German Konjunktiv I forms of reported speech, in the third person ("es gebe", "er sei").
_REPORTED_DE = re.compile(
    r"(?<!\w)(?:sei|seien|gebe|habe|werde|könne|müsse|solle|wolle|dürfe|liege|fehle|gelte)(?!\w)"
)

_INDEFINITE = {"ein", "eine", "einer", "un", "une", "uno", "una"}
#: A German sentence opened by someone unnamed: an indefinite article and a (capitalised) noun.
_SOMEONE_DE = re.compile(r"\s*(?:Ein|Eine)\s+(?:[a-zäöü]+\s+)?[A-ZÄÖÜ]")


def _unnamed_subject(sentence: str, data: LanguageData, registry: PersonRegistry) -> bool:
    """ "Ein Sprecher der Feuerwehr sagte, …" / "Un porte-parole a précisé …": the sentence
    before a pronoun-attributed quote is about someone unnamed, so "er"/"il" is not the last
    person named."""
    words = [w.strip(",.").lower() for w in sentence.split()[:4]]
    if len(words) >= 2 and words[0] in _INDEFINITE:
        return any(is_title(w, data) or w in UNNAMED_PEOPLE for w in words[1:3])
    if data.script == "cyrillic" and words and is_title(words[0], data):
        return not any(first_name(w, data) or registry.knows(w) for w in sentence.split()[1:8])
    return False


def _organisation_subject(f: _Found, masks: dict[int, str], data: LanguageData) -> str | None:
    """The organisation a pronoun-attributed quote's paragraph opens on, in the one sentence
    before the quote ("L'Agence régionale de santé (ARS) assure … « … », a-t-elle indiqué");
    the article's gender must fit the pronoun's ("La Fédération …" is no "il"). None otherwise:
    after more sentences the pronoun may be a person named between; German "er" after "Der
    Verband …" is more often its chief named before, so French and Spanish only."""
    head = masks[f.paragraph][: f.mark_start]
    if data.code not in {"fr", "es"} or len(sentence_ends(head.rstrip(), data)) != 1 or last_sentence(head, data).strip():
        return None
    article = head.split()[0].lower() if head.split() else ""
    shown = _DEFINITE.get(data.code, {}).get(article, "")
    if f.mention is None or (f.mention.gender and shown and f.mention.gender != shown):
        return None
    return organisation_opening(head, data)


#: Definite articles and the gender they show, per language ("" when they show none).
_DEFINITE = {
    "fr": {"le": "m", "la": "f"},
    "es": {"el": "m", "la": "f"},
    "de": {"der": "m", "die": ""},
}


#: A German role after a place's genitive, no article and no name after it: "Heilbronns
#: Oberbürgermeister meldete sich …", "Auch Bayerns Innenminister warnte …".
_PLACE_ROLE_DE = re.compile(r"\s*(?:Auch\s+|Und\s+)?[A-ZÄÖÜ][\w-]+s\s+([A-ZÄÖÜ][\w-]+)\s+(?=[a-zäöüß])")


def _role_subject(sentence: str, gender: str, data: LanguageData) -> str | None:
    """The role noun a sentence opens on with a definite article, its complement and no name ("Le
    maire de Saint-Étienne a demandé …", "Der Landrat des Kreises forderte …"), or in German after a
    place's genitive ("Heilbronns Oberbürgermeister meldete sich …"), when its gender fits the
    pronoun's: the pronoun of the next quote is that role's holder, not the person named last.
    None when a name or an apposition follows the role ("Le ministre des Transports, X, …")."""
    articles = _DEFINITE.get(data.code)
    words = sentence.split()
    place = _PLACE_ROLE_DE.match(sentence) if data.code == "de" else None
    if place is not None and is_title(place.group(1), data):
        return place.group(1).lower()  # "Auch Heilbronns Oberbürgermeister meldete sich zu Wort."
    if not articles or len(words) < 4 or words[0].lower() not in articles or not is_title(words[1], data):
        return None
    if not re.match(r"(?:de|du|des|del|d['’]\w|von|vom|der|des)(?:\s|$)", " ".join(words[2:4]).lower()):
        return None  # "La responsable sanitaria aseguró …", "Le ministre a …": an epithet, maybe
        # for the person just named; a role "of" something introduces its holder
    shown = articles[words[0].lower()] or title_gender(words[1], data)
    if gender and shown and gender != shown:
        return None
    opening = words[1:8]
    if any("," in w or first_name(w.strip(",."), data) for w in opening):
        return None
    capitals = [w[:1].isupper() for w in opening[1:]]
    if any(a and b for a, b in zip(capitals, capitals[1:], strict=False)):
        return None  # "Der Landrat Peter Hinz": a name after the role
    return words[1].lower()


#: A name with a relative clause of its own after it whose subject is someone else: "François
#: Fillon, dont il ne cite pas le nom", "Ana Ruiz, que él criticó", "Max Lenz, den er …".
_RELATIVE_OF_NAME = re.compile(
    r"[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w'’-]*)*,\s+(?:dont|que|qu['’]|à qui|auquel|cuyo|cuya|a quien|den|dem|deren|dessen)\s"
)


def _inside_relative_of(f: _Found, masks: dict[int, str], data: LanguageData) -> int:
    """How far before the quote mark a pronoun speaker is read: 'c'est François Fillon, dont il ne
    cite pas le nom quand il dénonce «…»' is not Fillon's (the "il" of a relative clause of a name
    is someone else), so the pronoun is resolved before the name; 0 otherwise."""
    m = f.mention
    if m is None or m.kind != "pronoun" or not m.text:
        return 0
    head = masks[f.paragraph][: f.mark_start]
    sentence = last_sentence(head, data)
    found = list(_RELATIVE_OF_NAME.finditer(sentence))
    if not found or not re.search(rf"(?<!\w){re.escape(m.text)}(?!\w)", sentence[found[-1].end() :], re.IGNORECASE):
        return 0
    return len(sentence) - found[-1].start()


def _before_quote(
    f: _Found, blocks: Sequence[Block], masks: dict[int, str], data: LanguageData, own_sentence: bool = True
) -> str:
    """The last sentence before the quote: in its paragraph, else the previous paragraph's; with
    ``own_sentence`` False the sentence before the one the quote stands in ("… За його словами,
    «…»": the pronoun points into the sentence before)."""
    head = last_sentence(masks[f.paragraph][: f.mark_start].rstrip(), data) if f.mark_start else ""
    if head.strip(" ·") and own_sentence:
        return head
    text = masks[f.paragraph][: f.mark_start]
    if not own_sentence:
        text = text[: len(text.rstrip()) - len(head)]
    if not text.strip() and f.paragraph > 0:
        text = blocks[f.paragraph - 1].text
    parts = [p for p in SENTENCE_END.split(text.strip()) if p.strip()]
    return parts[-1] if parts else ""


def _resolve(f: _Found, registry: PersonRegistry, pos: int, data: LanguageData) -> None:
    m = f.mention
    if m is None or m.kind == "none":
        f.speaker = None
    elif m.kind == "name":
        f.speaker = registry.name_of(m.text, m.gender) if m.nominative or data.script != "cyrillic" else _oblique(m, registry)
    elif m.kind == "organisation":
        f.speaker = m.text  # "Verband der Chemischen Industrie": as written, never a person
    elif m.kind == "pronoun":
        f.speaker = None if m.gender == "p" else registry.recent(pos, m.gender)
    else:
        f.speaker = registry.by_title(m.text, pos, m.gender)
        if f.speaker is None and data.code == "de" and GERMAN_EPITHET.match(m.text) and not is_title(m.text, data):
            # "sagte die SPD-Politikerin", "sagt die Branchenkennerin": an epithet for the person
            # just named under another role, never someone new (who comes with "ein"/"eine")
            f.speaker = registry.recent(pos, m.gender)


def _oblique(m: Mention, registry: PersonRegistry) -> str | None:
    """A name read in an oblique case: only through the registry's nominative forms."""
    return registry.name_of(m.text.split()[-1], m.gender)
