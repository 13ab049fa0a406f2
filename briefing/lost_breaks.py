"""Paragraph breaks put back into an article that lost them (pasted or copied as ONE block).

Texts copied from PDFs, some apps and chat messages ("/add <pasted text>"), and the CNN/DM
articles, arrive with every paragraph break turned into a space. Quote attribution reads the
paragraph as its unit: a bare quote takes the speaker of its own paragraph, of the paragraph
before or of the one after. In one huge block those searches cross what were paragraph ends and
take the previous or the next paragraph's speaker: with the breaks of the PolNeAR tuning articles
replaced by spaces, wrong names doubled (1.3 % → 2.8 %).

News paragraphs are one to three sentences (99.9 % of the dev paragraphs are under 180 words),
so a block far longer than that lost its breaks. Its breaks are restored where news style puts
them, read off the quote marks and the sentences around them:

* a quotation that runs over paragraphs leaves the mark open at the end of each paragraph and
  opens it again at the start of the next ("“We won. “It was hard …”"): a mark opening while one
  is still open starts a paragraph;
* after a sentence with a quotation and its attribution ('“…,” Ryder wrote.'), or after a quote
  whose paragraph already named its speaker, a sentence without quote marks starts a paragraph
  (news gives the next topic, or the next speaker's paraphrase, a paragraph of its own), and so
  does one after a bare quote ('“Does that not speak to it?” | The crowd booed.');
* a quote opening after two or more narrative sentences starts a paragraph (one sentence right
  before it often introduces it and shares its paragraph);
* a reporter's credit line ('Eilperin reported from Washington.') is a paragraph.

What stays together: sentences quoting one after another ('“A,” she said. “B.”': the second
takes the first one's speaker in its paragraph), a quote and the sentence naming its speaker
('“Who pays?” Sanders replied.'), and a sentence quoting on ('…,” said Aida. Biden “kind of
misspoke.”') unless a colon brings its quote in ('Verizon said in a statement: “…”'). Measured
with the PolNeAR breaks replaced by spaces (speaker accuracy / wrong names): tuning 0.961 / 2.8
% → 0.969 / 1.9 %, untuned A 0.969 / 1.8 % → 0.971 / 1.3 %. Normal paragraphs are never cut into
sentences (a block must be longer than any normal paragraph): the speakers of every dev page with
its breaks are the same as before.

One cut is made in a paragraph of any length: before a straight mark that opens again while the
quotation is open after a sentence's end. Pages that kept some breaks lost the ones inside a
quotation run over paragraphs (the BBC News pages: '"A. "B. "C."'); read as one paragraph, their
marks paired the wrong way round, every other sentence of the run taken for narrative ("Rollins
added" a quote, "There are several players" a speaker). Curly marks are left alone there: a
curly mark reopened in a short paragraph is more often a closing mark left out before the
attribution ('“A, she observed. “B …”' in the dragnet pages). On the BBC tuning half: 434 quotes
with no speaker where there were 572, 5,605 quotes where there were 5,205; the dev pages unchanged.
"""

from __future__ import annotations

import re

from .sentences import sentence_spans
from .speaker_heads import head_of_segment
from .speech_lexicon import INTRO_WORDS, PERSON_NOUNS, REPORTING_FORMS, SPEECH_VERBS

__all__ = ["LOST_BREAKS_WORDS", "restore_breaks"]

#: A block longer than this lost its paragraph breaks. The dev paragraphs (17,300, PolNeAR and
#: the extracted pages): median 34 words, 99.9 % under 180, the longest 417 (a transcript).
LOST_BREAKS_WORDS = 200

_OPENING = "“"
_CLOSING = "”"
#: A straight double mark that opens: at the start or after a space/bracket, a word next.
_STRAIGHT_OPENS = re.compile(r'(?:^|(?<=[\s(\[]))"(?=[^\s"])')
#: A straight mark set off by spaces after a colon or a sentence's end, a capital next ('said: "
#: People …', 'in. " It's …'): an opening mark typed with a space after it, unless the words after
#: it attribute the quote before it ('… mean? " Clinton asked': a closing mark).
_SPACED_OPENS = re.compile(r'(?<=[.!?:] )" (?=[A-Z])')


def restore_breaks(text: str) -> list[str]:
    """``text`` as its paragraphs: itself when it is not longer than any normal paragraph."""
    if "„" in text or "«" in text:
        return [text]
    if len(text.split()) <= LOST_BREAKS_WORDS:
        # a normal length, but straight marks reopened inside it: paragraphs run together by a
        # copy that kept only some breaks (the BBC pages' '“A. “B. “C.”' in straight marks)
        return [p for p in (p.strip() for p in _at_reopened_quotes(text, curly=False)) if p]
    out: list[str] = []
    for piece in _at_reopened_quotes(text):
        out.extend(_by_sentences(piece))
    return [p for p in (p.strip() for p in out) if p]


def _at_reopened_quotes(text: str, *, curly: bool = True) -> list[str]:
    """Cut before a quote mark that opens while the quotation before it is still open; with
    ``curly`` False, before a straight mark only. A curly mark reopened in a paragraph of normal
    length is more often a closing mark left out ('“A, she observed. “B …”' in the dragnet
    pages), which a cut would part from its attribution; straight marks in such a paragraph are
    the BBC pages' paragraphs run together."""
    cuts: list[int] = []
    depth = 0
    for i, ch in enumerate(text if curly else ()):
        if ch == _OPENING:
            if depth > 0 and _after_sentence_end(text, i):
                cuts.append(i)
            depth = 1
        elif ch == _CLOSING:
            depth = 0
    straight = [m.start() for m in re.finditer('"', text)]
    if straight:
        is_open = False
        for i in straight:
            opens = (
                _STRAIGHT_OPENS.match(text, i) is not None
                and not (i + 1 < len(text) and text[i + 1] in ".,;:!?")
                or _SPACED_OPENS.match(text, i) is not None and not _attribution_tail(text[i + 2 : i + 200])
            )
            if opens and is_open and _after_sentence_end(text, i):
                cuts.append(i)
            is_open = opens
    pieces: list[str] = []
    last = 0
    for cut in sorted(set(cuts)):
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    return pieces


_SENTENCE_END_BEFORE = re.compile(r"[.!?…][\"'”’)\]]*\s+$")


def _after_sentence_end(text: str, at: int) -> bool:
    return _SENTENCE_END_BEFORE.search(text, max(0, at - 6), at) is not None


def _by_sentences(text: str) -> list[str]:
    spans = sentence_spans(text)
    if len(spans) < 2:
        return [text]
    out: list[str] = []
    start = 0
    group: list[str] = [spans[0][0]]
    for nxt, nxt_start in spans[1:]:
        if _break_between(group, nxt):
            out.append(text[start:nxt_start])
            start = nxt_start
            group = []
        group.append(nxt)
    out.append(text[start:])
    return out


_WORD = re.compile(r"[^\W\d_]")
_QUOTED = re.compile(r'“[^”]*”|"[^"]*"')


def _has_quote(sentence: str) -> bool:
    return _CLOSING in sentence or sentence.count('"') >= 2


def _opens_quote(sentence: str) -> bool:
    return sentence[:1] in (_OPENING, '"')


def _attributed(sentence: str) -> bool:
    """A quotation and words of the writer's around it ('“…,” Ryder wrote.', 'Maddow asked, “…?”')."""
    return _has_quote(sentence) and _WORD.search(_QUOTED.sub(" ", sentence)) is not None


def _tail_after_quote(sentence: str) -> bool:
    """Words after the sentence's last closing mark: its attribution comes after the quote."""
    last = max(sentence.rfind(_CLOSING), sentence.rfind('"') if sentence.count('"') >= 2 else -1)
    return last >= 0 and _WORD.search(sentence, last + 1) is not None


_APPOSITIVE = re.compile(r"^([^,]{1,40}),[^,]{1,90},\s*")
_TOKEN = re.compile(r"[\w'’-]+")
_SUBJECT_WORDS = frozenset("he she they we i it the a an his her their its our this that".split())


def _attribution_tail(sentence: str, *, titled: bool = True) -> bool:
    """'Sanders replied.', 'Miller, a retired nurse, said quietly.', 'said Ann Lee, 54.': the
    sentence names who spoke the quote before it, so it stays in the quote's paragraph. With
    ``titled``, also a name behind a long title ('White House spokeswoman Ann Lee said')."""
    words = _TOKEN.findall(_APPOSITIVE.sub(r"\1 ", sentence))
    if not words:
        return False
    if words[0].lower() in SPEECH_VERBS:
        return True
    for at, word in enumerate(words[1:5], start=1):
        if word.lower() in SPEECH_VERBS:
            return all(w[:1].isupper() or w.lower() in _SUBJECT_WORDS for w in words[:at])
    return titled and _titled_speaker(words)


#: How many words a titled name may take before its verb: 'Independence Blue Cross Chief
#: Executive Officer Daniel Hilferty said' (eight), 'Democratic U.S. Representative Gerald
#: Connolly of Virginia told' (seven).
_TITLED_SUBJECT_WORDS = 10


def _titled_speaker(words: list[str]) -> bool:
    """'Independence Blue Cross Chief Executive Officer Daniel Hilferty said in an interview.',
    'White House spokeswoman Ann Lee told reporters.': a name behind a long title, then its speech
    verb. The title is capitals, 'of', and person nouns ('spokeswoman'); a sentence opening on a
    preposition ('In Ohio Governor Ann Lee said …') sets a scene and is no attribution."""
    if words[0].lower() in INTRO_WORDS or words[0].lower() in _SUBJECT_WORDS:
        return False
    for at, word in enumerate(words[1 : _TITLED_SUBJECT_WORDS + 1], start=1):
        if word.lower() in SPEECH_VERBS:
            subject = words[:at]
            if not all(w[:1].isupper() or w in ("of", "and") or w in PERSON_NOUNS for w in subject):
                return False
            head = head_of_segment(" ".join(subject))
            return head is not None and head.kind == "name"
        if not (word[:1].isupper() or word in ("of", "and") or word in PERSON_NOUNS):
            return False
    return False


#: A question or exclamation closing a sentence: '“…” of the child credit?'.
_ASKS = re.compile(r"[?!][”\"’')\]]*\s*$")


def _names_a_speaker(group: list[str]) -> bool:
    """The sentences attribute a quote: in its own sentence ('“…,” Lee said.') or in the one after
    it ('“…?” | Lee said, prompting laughter.')."""
    return any(_attributed(s) or k > 0 and _has_quote(group[k - 1]) and _attribution_tail(s) for k, s in enumerate(group))


def _awaits_attribution(group: list[str], nxt: str) -> bool:
    """Whether ``nxt`` names the speaker of the quote the paragraph so far (``group``) ends on, so
    both share a paragraph: after a quote with no words of the writer's behind it ('“Who pays?” |
    Sanders replied.'), or a question whose quote stopped inside it, so the writer's words behind
    it are the quote's own sentence, not its attribution ('“My concern is …” of the child credit? |
    Rubio said.'). A name behind a long title is how news brings in someone new: after a paragraph
    that attributed a quote already, its bare quote goes on with that speaker and the titled name
    opens the next paragraph ('“…?” Lee said. “…?” | White House counsel Tom Brill said …')."""
    prev = group[-1]
    if any(w.lower() in SPEECH_VERBS for w in _TOKEN.findall(_QUOTED.sub(" ", prev))):
        return False  # '“…,” Lee said, asking “who will?”': attributed already
    if _tail_after_quote(prev) and _ASKS.search(prev) is None:
        return False
    return _attribution_tail(nxt, titled=not _names_a_speaker(group[:-1]))


#: A reporter's credit line: 'Eilperin reported from Washington.', 'Ann Lee contributed to this report.'
_CREDIT_LINE = re.compile(
    r"^[A-Z][\w'’.-]*(?:,? (?:and )?[A-Z][\w'’.-]*)* (?:reported from [A-Z]|contributed (?:reporting|to this))"
)


#: A colon right before the sentence's first quote mark: 'Verizon said in a statement: “…”' (with a
#: reporting verb before it: 'And here was the big reveal: “…”' goes on with the speaker before).
_COLON_INTRO = re.compile(r'^[^“"]*:\s*[“"]')

_IRREGULAR_PAST = frozenset("said told wrote spoke read put".split())


def _finite_reporting(word: str) -> bool:
    """'said', 'tweeted', 'reads': a reporting verb in a finite form ('the big reveal:' is a noun)."""
    lower = word.lower()
    return lower in REPORTING_FORMS and (lower.endswith(("ed", "s")) or lower in _IRREGULAR_PAST)


def _break_between(group: list[str], nxt: str) -> bool:
    """Whether a paragraph ends before ``nxt``, the sentences of the paragraph so far being ``group``."""
    prev = group[-1]
    if _CREDIT_LINE.match(nxt):
        return True  # 'Eilperin reported from Washington.' closing the article
    if _opens_quote(nxt):
        if not any(_OPENING in s or '"' in s for s in group):
            # narrative → quote; one sentence right before a quote often introduces it ('Lee said
            # she would stay. “We will win.”') and shares its paragraph
            return len(group) > 1
        if all(_opens_quote(s) and not _attributed(s) for s in group):
            return True  # bare quote → another quote: '“Who pays?” | “Mexico!” the crowd shouted.'
        return False
    if len(group) > 1 and not _has_quote(prev) and _has_quote(group[-2]) and _attribution_tail(prev):
        # '“…?” | Hilferty said in an interview.': the quote and its attribution read as one
        # attributed sentence, so a sentence without quote marks after them starts a paragraph
        group, prev = [*group[:-2], group[-2] + " " + prev], group[-2] + " " + prev
    if not _has_quote(prev):
        return False
    if _awaits_attribution(group, nxt):
        return False  # '“Who pays?” | Sanders replied.': one sentence to the attribution rules
    if all(_opens_quote(s) and not _attributed(s) for s in group):
        return True  # '“Does that not speak to it?” | The crowd booed.'
    if _OPENING in nxt or '"' in nxt:
        # 'Isaiah 45:1 reads: “…”' brings in a quote of its own; '…,” said Aida. Biden “kind of
        # misspoke.”' goes on quoting the same speaker
        colon = _COLON_INTRO.search(nxt)
        return colon is not None and any(_finite_reporting(w) for w in _TOKEN.findall(colon.group()))
    # '“…,” Ryder wrote. | If anything, Ash argued …'; '“A,” he said. “B.” | Eilperin reported …'
    return _tail_after_quote(prev) or _names_a_speaker(group)
