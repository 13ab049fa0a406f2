"""Text written in capitals, read as if written in mixed case, for the attribution rules.

Wire alerts, TV transcripts, shouty press releases, headlines kept in the body and kickers set
whole sentences in capitals: "SEN. JOHN SMITH SAID “…”", "“…,” SAID JOHN SMITH". Every reader
of a speaker tells a name from an ordinary word by its capital ("Smith said" against "the
senator said"), and a speech verb by its lower case, so a sentence in capitals names no one.
Rather than teach each reader about capitals, the quote stage reads a *view* of the body in which
every run of words in capitals outside the quote marks is re-cased word by word as mixed-case
text would write it (``mixed_case_view``); the view has the body's length, so every offset holds,
and the quotes' own words are never touched (they are shown as written).

How a word of such a run is written (``_recased``), from the article's own evidence first:
- as the article writes it inside a sentence in mixed case ("MCCONNELL" -> "McConnell");
- in lower case when the article writes it so, or it is an ordinary English word or a function
  word ("SAID", "THE", "ON", "TAXES");
- a title keeps its capital only before a name ("SENATOR JOHN SMITH", but "SMITH, SENATOR,");
- a given name before a name is one ("WILL SMITH SAID"; "HE WILL" stays a verb);
- an acronym stays in capitals: a word with no vowel or of three letters at most that no list
  knows ("FBI", "AP", "EMC"; but "JOHN LEE"), or one the article also writes in capitals on its
  own in a mixed-case sentence ("NATO said", "NATO leaders met");
- anything else is a name: a capital, then lower case ("MECKLER" -> "Meckler", "O'BRIEN" ->
  "O'Brien"), and an ordinary word after a given name that ends the name is its surname
  ("L. THOMAS BLOCK,").
A sentence's first word gets its capital back. Left as written, since their readers know them by
their capitals: a dateline ("NEW YORK (Reuters) -"), a label or a kicker opening a paragraph
("THE PRESIDENT:", "BREAKING:", "MOVING SHOP—") or before a colon inside one ("CARRIED INTEREST:
The Senate …"), a crosshead (a short paragraph all in capitals, or run into its paragraph), runs
of acronyms alone ("FBI, CIA", "EMC VPLEX") and a run inside a mixed-case sentence that does not
open with a given name or a title: a name the article writes in capitals ("a USA TODAY
investigation"; but "said JOHN SMITH, the senator" is re-cased).

``shouted_label`` reads the one frame that is only typographic: a name in capitals written right
before the quote with no verb and no colon ("JOHN SMITH “…”"), a caption or a wire round-up's
label, which in mixed case would be no frame at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .given_names import GIVEN_NAME_GENDER
from .lexicon import STOPWORDS
from .masking import dateline_length
from .mention import Mention
from .models import Block
from .name_cleaning import PERSON_TITLES, UPPER, capitalised_name_word
from .role_labels import two_names
from .sentences import TITLE_ABBREVIATIONS
from .speaker_heads import head_of_segment
from .speech_lexicon import SPEECH_VERBS
from .speech_verbs import SPEECH_VERB, first_verb
from .wordlists import is_common_word

#: A word in capitals: letters, maybe accented, with inner apostrophes, hyphens, dots or "&"
#: ("O'BRIEN", "JEAN-LUC", "JOSÉ", "SEN.", "U.S.", "AT&T"), not glued to lower-case letters or digits.
_CAPS_WORD = re.compile(rf"(?<![\w’'])[{UPPER}][{UPPER}’'&.-]*(?![\w’'])")
#: A transcript's turn label or a kicker opening a paragraph ("THE PRESIDENT:", "SEN. WELLER
#: (laughing):", "BREAKING:"): its capitals are how it is known, and it is left as written.
_TURN_LABEL = re.compile(r"[A-Z][A-Z’'. -]*(?:\s*\([^()]{1,40}\))?(?::\s|\s*[—–]\s*|\s--\s?)")
#: A crosshead in capitals run into the paragraph after it, its break lost ("IGNORE SECURITY
#: QUESTIONS There is …", "THE ENTRIES WERE AMAZING\nThank you …"): ``clean_name`` drops such
#: words by their capitals, and they are left as written.
_RUN_IN_CROSSHEAD = re.compile(r"[A-Z][A-Z’'.,!?&/ -]*[A-Z!?.](?: (?=[A-Z][a-z])|\s*\n)")
#: Two words in capitals in a row: the cheap test that any text is in capitals at all.
_TWO_CAPS = re.compile(rf"[{UPPER}][{UPPER}’'.-]*[{UPPER}.][ \t,:;—–-]+[{UPPER}][{UPPER}’'-]*[{UPPER}]")
#: What may stand between two words of one run: spaces and clause punctuation, never a quote
#: mark nor a line break.
_RUN_GAP = re.compile(r"[ \t,;:.!?()/—–-]*")
#: A word in mixed case (the evidence of how the article writes a word).
_MIXED_WORD = re.compile(r"(?<![\w’'])[^\W\d_][\w’'-]*")
#: What ends a sentence before a word (its first word takes a capital).
_SENTENCE_START = re.compile(r"(?:^|[.!?:;“‘\"(—–]\s*|\n)$")
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
#: A title's abbreviation and its period right before a word ("Sen. Smith"): no sentence's end.
_TITLE_DOT = re.compile(r"\b(?i:" + "|".join(sorted(TITLE_ABBREVIATIONS)) + r")\.\s*$")
#: Words a run of capitals writes in lower case whatever the lists say: pronouns, auxiliaries,
#: prepositions and the like ("WILL" of "HE WILL" is a verb, "MAY" one too).
_FUNCTION_WORDS = STOPWORDS | {"said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds", "according"}
#: Titles read as such before a name ("SEN.", "GOV.", "PRESIDENT"), in lower case elsewhere.
_TITLES = PERSON_TITLES | TITLE_ABBREVIATIONS


@dataclass
class _Evidence:
    """How the article writes its words outside the runs of capitals."""

    named: dict[str, str] = field(default_factory=dict)
    """Lower-case form -> the capitalised spelling written inside a sentence ("mcconnell" -> "McConnell")."""
    lower: set[str] = field(default_factory=set)
    """Words written in lower case somewhere."""
    acronyms: set[str] = field(default_factory=set)
    """Words written in capitals on their own inside mixed-case text ("NATO said")."""


def _evidence(body: str, runs: Sequence[tuple[int, int]]) -> _Evidence:
    """One pass over the body's words outside the runs."""
    found = _Evidence()
    inside = bytearray(len(body) + 1)
    for a, b in runs:
        inside[a:b] = b"\x01" * (b - a)
    words = list(_MIXED_WORD.finditer(body))
    for k, match in enumerate(words):
        word = match.group()
        if inside[match.start()]:
            continue
        if word.isupper():
            if len(word) > 1 and _acronym_in_a_sentence(body, words, k):
                found.acronyms.add(word.rstrip(".’'"))  # "said NATO", "a NASA probe", "NATO leaders met"
        elif word.islower():
            found.lower.add(word)
        elif not _opens_sentence(body, match.start()):
            found.named.setdefault(word.lower(), word)
    return found


def _acronym_in_a_sentence(body: str, words: Sequence[re.Match[str]], k: int) -> bool:
    """Word ``k``, in capitals, stands alone inside a mixed-case sentence: after a word of it
    ("said NATO", "a NASA probe") or opening it before a lower-case word ("NATO leaders met");
    not a dateline's nor a label's capitals ("PARIS: …", "WASHINGTON (AP) —")."""
    nxt = words[k + 1] if k + 1 < len(words) else None
    if nxt is not None and nxt.group().isupper() and len(nxt.group()) > 1:
        return False
    prev = words[k - 1].group() if k else ""
    if prev.isupper() and len(prev) > 1:
        return False
    if k and not _opens_sentence(body, words[k].start()):
        return True
    return nxt is not None and nxt.group()[:1].islower() and body[words[k].end() : nxt.start()] == " "


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` opens a sentence (or a paragraph, a quote, a clause after a colon); a
    title's period is no sentence's end ("Mr. McConnell")."""
    before = text[max(0, at - 8) : at]
    return bool(_SENTENCE_START.search(before[-3:]) or not before) and _TITLE_DOT.search(before) is None


def _caps_runs(paragraph: str, offset: int, skip: Sequence[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """The runs of words in capitals of one paragraph, outside the ``skip`` ranges (quotes)."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for match in _CAPS_WORD.finditer(paragraph):
        at = offset + match.start()
        if any(a <= at < b for a, b in skip):
            continue
        if current and _RUN_GAP.fullmatch(paragraph, current[-1].end(), match.start()) is None:
            runs.append(current)
            current = []
        if current and any(a >= offset + current[-1].end() and a < at for a, _ in skip):
            runs.append(current)
            current = []
        current.append(match)
    runs.append(current)
    return [run for run in runs if _is_text_in_capitals([m.group() for m in run])]


def _letters(word: str) -> str:
    return re.sub(r"[\W\d_]", "", word)


def _is_text_in_capitals(words: Sequence[str]) -> bool:
    """Two words or more of two letters and more, one of them a word of the language, a title or
    a given name: "JOHN SMITH", "SEN. ANN ROE", "RISES ON TAXES"; not "FBI, CIA", "EMC VPLEX"."""
    long = [w for w in words if len(_letters(w)) >= 2]
    return len(long) >= 2 and any(_lexical(w.rstrip(".").lower()) for w in long)


def _lexical(low: str) -> bool:
    return low in _FUNCTION_WORDS or low in _TITLES or low in GIVEN_NAME_GENDER or is_common_word(low)


def _capitalised(word: str) -> str:
    """ "MECKLER" -> "Meckler", "O'BRIEN" -> "O'Brien", "JEAN-LUC" -> "Jean-Luc", "SMITH'S" -> "Smith's",
    "MCCARTHY" -> "McCarthy"."""
    parts = re.split(r"([-’'])", word.lower())
    out = []
    for k, part in enumerate(parts):
        after_apostrophe = k > 0 and parts[k - 1] in {"’", "'"}
        if after_apostrophe and (len(part) <= 2 or len(parts[k - 2]) != 1):
            out.append(part)  # "Smith's", "don't", "we'll"; but "O'Brien", "D'Angelo"
        else:
            out.append(capitalised_name_word(part))  # "McCarthy" too
    return "".join(out)


def _recased(word: str, following_named: bool, evidence: _Evidence) -> tuple[str, bool]:
    """``word`` as mixed-case text writes it, and whether it is written as a name (capital).
    ``following_named``: the next word of the run is written as a name."""
    core = word.rstrip(".")
    dots = word[len(core) :]
    low = core.lower()
    if "." in core or len(_letters(core)) < 2:
        # initials and dotted abbreviations ("U.S.", "J."), "I"; the article "A" goes lower case
        return (word.lower(), False) if core == "A" and not dots else (word, True)
    written = evidence.named.get(low)
    if written is not None and len(written) == len(core):
        return written + dots, True
    if core in evidence.acronyms:
        return word, True
    plain = low.replace("’", "'")
    if low in _TITLES or plain.rstrip("s") in _TITLES:
        return (_capitalised(core) + dots, True) if following_named else (low + dots, False)
    if plain in GIVEN_NAME_GENDER and following_named:
        return _capitalised(core) + dots, True
    if low in evidence.lower or plain in _FUNCTION_WORDS or plain in SPEECH_VERBS or is_common_word(plain):
        return low + dots, False
    if "-" in core and all(is_common_word(p) or p in _FUNCTION_WORDS for p in plain.split("-")):
        return low + dots, False  # "ONE-ON-ONE"
    if _VOWEL.search(core) is None or len(_letters(core)) <= 3:
        return word, True  # "FBI", "NBC", "NYPD", "AP", "EMC" (a name's "LEE" after "JOHN": ``_recase_run``)
    return _capitalised(core) + dots, True


def _recase_run(text: list[str], run: Sequence[re.Match[str]], offset: int, evidence: _Evidence) -> None:
    """Write one run's words re-cased into ``text`` (a list of the body's characters)."""
    forms: list[tuple[str, bool]] = []
    following_named = False
    for match in reversed(run):
        form = _recased(match.group(), following_named, evidence)
        forms.insert(0, form)
        following_named = form[1]
    for k in range(len(run) - 1):
        if forms[k][1] and _surname_after_given_name(run, k, forms):
            forms[k + 1] = (_capitalised(run[k + 1].group()), True)  # "L. THOMAS BLOCK," is Mr. Block
        elif forms[k][1] and forms[k + 1][0].isupper() and len(_letters(run[k + 1].group())) <= 3 and run[k].group().lower() in GIVEN_NAME_GENDER:
            forms[k + 1] = (_capitalised(run[k + 1].group()), True)  # "JOHN LEE", "ANN NG": a surname, no acronym
    for match, (word, _) in zip(run, forms, strict=True):
        if len(word) != len(match.group()):
            continue
        at = offset + match.start()
        if _opens_sentence("".join(text[max(0, at - 8) : at]), 8 if at >= 8 else at):
            word = word[:1].upper() + word[1:]
        text[at : at + len(word)] = list(word)


def _surname_after_given_name(run: Sequence[re.Match[str]], k: int, forms: Sequence[tuple[str, bool]]) -> bool:
    """The ordinary word after a given name is its surname ("THOMAS BLOCK", "ANN WOOD") when the
    name ends there: a comma, the run's end or a speech verb after it ("JOHN WALKED OUT" is a clause)."""
    given, word = run[k].group().lower(), run[k + 1].group()
    if given not in GIVEN_NAME_GENDER or is_common_word(given) or forms[k + 1][1] or word.lower() in _FUNCTION_WORDS:
        return False
    if word.lower() in SPEECH_VERBS or run[k].end() + 1 != run[k + 1].start():
        return False
    if k + 2 == len(run):
        return True
    gap = run[k + 1].string[run[k + 1].end() : run[k + 2].start()]
    return "," in gap or run[k + 2].group().lower() in SPEECH_VERBS


def mixed_case_view(blocks: Sequence[Block], quoted: Iterable[tuple[int, int]]) -> str:
    """The blocks' texts joined by blank lines (the quote stage's body) with every run of words
    in capitals in a paragraph, outside the ``quoted`` ranges (offsets in that body), re-cased as
    mixed-case text writes it. Same length as the body; the body itself when nothing is in
    capitals."""
    body = "\n\n".join(b.text for b in blocks)
    if _TWO_CAPS.search(body) is None:
        return body
    skip = sorted(quoted)
    found: list[tuple[int, list[re.Match[str]]]] = []
    offset = 0
    for block in blocks:
        if block.kind == "paragraph" and _TWO_CAPS.search(block.text) and not _crosshead(block.text):
            label = _TURN_LABEL.match(block.text) or _RUN_IN_CROSSHEAD.match(block.text)
            start = max(dateline_length(block.text), label.end() if label is not None else 0)
            for run in _caps_runs(block.text, offset, skip):
                run = [m for m in run if m.start() >= start]
                if run and (
                    _names_a_person(run)
                    or _shouted_clause(block.text, run, start)
                    or not _inside_mixed_sentence(block.text, run)
                    and not _kicker(block.text, run)
                ):
                    found.append((offset, run))
        offset += len(block.text) + 2
    if not found:
        return body
    evidence = _evidence(body, [(o + r[0].start(), o + r[-1].end()) for o, r in found])
    text = list(body)
    for offset, run in found:
        _recase_run(text, run, offset, evidence)
    return "".join(text)


#: The letter nearest a run on either side, skipping spaces and commas.
_LETTER_BEFORE = re.compile(r"([^\W\d_])[\s,]*$")
_LETTER_AFTER = re.compile(r"[\s,]*([^\W\d_])")


def _inside_mixed_sentence(paragraph: str, run: Sequence[re.Match[str]]) -> bool:
    """The run is a few words in capitals inside a sentence in mixed case, a lower-case word next
    to it ("a USA TODAY investigation found", "USA TODAY identified", "said JOHN SMITH, the
    senator"): a name the article writes in capitals, not text in capitals."""
    before = _LETTER_BEFORE.search(paragraph, max(0, run[0].start() - 40), run[0].start())
    after = _LETTER_AFTER.match(paragraph, run[-1].end())
    return bool(before and before.group(1).islower() or after and after.group(1).islower())


#: Determiners a sentence set in capitals opens on ("THE BILL FAILED", "A JUDGE RULED").
_OPENING_DETERMINERS = frozenset({"the", "a", "an"})


def _shouted_clause(paragraph: str, run: Sequence[re.Match[str]], start: int) -> bool:
    """The run opens its sentence (or the paragraph after its dateline) on a determiner and holds
    a verb when read in lower case: "WASHINGTON (Reuters) - THE FARM BILL FAILED AGAIN on
    Tuesday, …", a wire lede's first words set in capitals, a clause, which is re-cased though
    mixed case follows; a name the article writes in capitals has no verb ("THE NEW YORK TIMES
    reported", "a USA TODAY investigation" stay as written)."""
    if len(run) < 3 or run[0].group().lower() not in _OPENING_DETERMINERS:
        return False
    if run[0].start() != start and not _opens_sentence(paragraph, run[0].start()):
        return False
    lowered = " " + " ".join(m.group().lower() for m in run[1:]) + " "
    return bool(first_verb(lowered) or SPEECH_VERB.search(lowered))


def _kicker(paragraph: str, run: Sequence[re.Match[str]]) -> bool:
    """A run before a colon with no speech verb and no comma in it ("CARRIED INTEREST: The Senate
    …", "THE PRESIDENT: …" inside a paragraph whose breaks were lost): a kicker or a turn's label,
    whose readers know it by its capitals. A person's label is re-cased: one that opens with a
    given name or a title (``_names_a_person``), or a wire round-up's "NAME, ROLE, PLACE:"."""
    if not paragraph[run[-1].end() : run[-1].end() + 2].lstrip().startswith(":"):
        return False
    return "," not in paragraph[run[0].start() : run[-1].end()] and not any(m.group().lower() in SPEECH_VERBS for m in run)


def _names_a_person(run: Sequence[re.Match[str]]) -> bool:
    """The run opens with a given name or a title before more words: "JOHN SMITH", "SEN. ANN ROE"."""
    first = run[0].group().rstrip(".").lower()
    return len(run) > 1 and (first in GIVEN_NAME_GENDER or first in _TITLES)


def _crosshead(paragraph: str) -> bool:
    """A paragraph all in capitals, short, with no quote mark and no full stop or colon at its end
    ("THE ENTRIES WERE AMAZING", "CONGRATULATIONS TO ANN!"): a crosshead, whose capitals tell its
    readers it is no sentence (a pronoun's walk stops there), left as written."""
    core = paragraph.rstrip()
    return core.upper() == core and len(core.split()) <= 12 and not core.endswith((".", ":")) and not any(m in core for m in "“”\"‘’'")


def view_blocks(blocks: Sequence[Block], view: str) -> list[Block]:
    """The blocks cut out of a same-length view of their joined body."""
    out, offset = [], 0
    for block in blocks:
        text = view[offset : offset + len(block.text)]
        out.append(block if text == block.text else Block(kind=block.kind, text=text))
        offset += len(block.text) + 2
    return out


#: A name in capitals that is all the sentence before its quote mark: "JOHN SMITH “…”", "SEN. ANN
#: ROE “…”", maybe after its role ("FORMER SECRETARY OF STATE HILLARY CLINTON"), with its role after
#: a comma, or with a party tag after it ("(R-WIS.)"); group "name" (the sentence may open the
#: paragraph or follow another's full stop).
_LABEL_BEFORE_MARK = re.compile(
    rf"(?:^|(?<=[.!?”:—]\s))(?P<name>[{UPPER}][{UPPER}’'.-]+(?:,?\s+[{UPPER}‘][{UPPER}’'.-]+){{1,11}})"
    rf"(?:\s+\([{UPPER}]{{1,2}}-[{UPPER}][{UPPER}a-z.]{{0,12}}\))?\s*$"
)


def shouted_label(written: str, view: str) -> Mention | None:
    """The person a name in capitals right before a quote mark names, when that name is all its
    sentence ("JOHN SMITH “…”", "The vote passed. SEN. ANN ROE “…”"): the label of a caption or of a
    wire round-up, which leaves out the colon. ``written``: the paragraph up to the mark as
    written; ``view``: the same in the mixed-case view. Only a person: a given name opens the
    name, or a title stands before it; not a kicker ("BREAKING NEWS “…”"), a place ("NEW YORK"),
    a body ("WHITE HOUSE")."""
    match = _LABEL_BEFORE_MARK.search(written)
    if match is None:
        return None
    phrase = view[match.start("name") : match.end("name")]
    parts = [part.strip() for part in phrase.split(",")]
    # "JOHN SMITH, SENATOR “…”" or "THE SENATOR, JOHN SMITH “…”": the name is one end.
    for part in (parts[0], parts[-1]) if len(parts) > 1 else (phrase,):
        mention = _label_name(part)
        if mention is not None:
            return mention
    return None


def _label_name(phrase: str) -> Mention | None:
    """The person a label in capitals (re-cased in ``phrase``) names, if it names one."""
    mention = head_of_segment(phrase)
    if mention is None or mention.kind != "name":
        return None
    mention = _from_given_name(mention)
    if mention is None or len(mention.text.split()) < 2 or not phrase.endswith(mention.text):
        return None  # two names; "PAUL RYAN BIG LOSER TONIGHT": words after the name, no label (``heading_labels``)
    first = phrase.split()[0].lower().rstrip(".")
    titled = first in _TITLES and mention.text != phrase
    given = mention.text.split()[0].lower() in GIVEN_NAME_GENDER
    if not titled and not given:
        return None
    role = phrase[: phrase.rfind(mention.text)].lower().split()
    if role and (role[0] in _ADDRESSING or any(w in _ADDRESSING_LINKS for w in role)):
        return None  # the name is addressed or credited, not labelled: "DEAR MARY JONES", "PHOTO BY …"
    # A role before a given name ("REPUBLICAN FRONT-RUNNER DONALD TRUMP") vouches for a surname that
    # is also a word; a name alone that is all words ("GRACE PERIOD") is no one.
    if not (given and role) and any(is_common_word(w) and w.lower() not in GIVEN_NAME_GENDER for w in mention.text.split()):
        return None
    return _given_name_recased(mention)


#: Words opening a line in capitals that address or credit the name after them.
_ADDRESSING = frozenset("dear thank thanks watch photo video audio meet listen hey congratulations welcome read see".split())
#: Small words that tie a name to what stands before it as its object: "A MESSAGE TO …", "PHOTO BY …".
_ADDRESSING_LINKS = frozenset("to by from for with you your my our at in on a an".split())


def _from_given_name(mention: Mention) -> Mention | None:
    """The name from its last given name on, when a role the view left capitalised opens it
    ("Retired Neurosurgeon Ben Carson" -> "Ben Carson"): a label's role is no part of the name.
    None when a given name and a surname stand before that one ("ANN WELLER TOM REYES"): two people."""
    words = mention.text.split()
    at = next((k for k in range(len(words) - 2, 0, -1) if words[k].lower() in GIVEN_NAME_GENDER), None)
    if two_names(words):
        return None
    if words[0].lower() in GIVEN_NAME_GENDER or at is None:
        return mention
    return Mention(kind="name", text=" ".join(words[at:]))


def _given_name_recased(mention: Mention) -> Mention:
    """A short given name the view kept in capitals as if an acronym ("SEN. ANN ROE" -> "Ann Roe")."""
    words = [w.title() if w.isupper() and w.lower() in GIVEN_NAME_GENDER else w for w in mention.text.split()]
    return Mention(kind="name", text=" ".join(words))
