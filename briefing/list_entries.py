"""Numbered list entries: the number a copy glued to the entry's first word, and who the "he" or
"she" opening an entry is.

Text that lost its list formatting glues each entry's number to its first word ("6He said that
…", "2Sen. Kell said …"): "6He" is no pronoun and "2Sen." no title, so the entry's subject reads
as nothing. ``split_glued_numbers`` writes "6. He" again, where the text is a numbered list
(another line opens on the number before or after it), never for a brand or a code ("1Password",
"3D", "4G", "2016 was …").

A list of claims about one person (a fact check: "1. He said …", "2. He claimed …", or
bulleted: "• He said …") opens each entry on a pronoun meaning that person, whom the list's lead-in names ("Mr. Vance's
account of his career …"), not whoever the body of the entry before named last ("… when Tom
Pike asked him"): the entries are parallel, each goes back to the lead-in. ``entry_subject``
gives that person for a he or she opening an entry (before any name of the entry): the one
person of the pronoun's gender the lead-in names, or of several, the one the list's entries name
again; none (say less) when the lead-in names no one of that gender or two who fit alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import STOPWORDS
from .masked_sentences import sentence_starts
from .models import Block
from .names import NameRegistry
from .pronoun_resolution import HE_OR_SHE
from .sentence_subjects import leading_np
from .wordlists import is_common_word

#: A line opening on a number of one or two digits (group 2) glued to a title (group 3) or a
#: capitalised word (group 4): "2Sen. Kell", "6He said".
_GLUED = re.compile(r"(?m)^([ \t]*)(\d{1,2})(?=((?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.)|([A-Z][a-z]+)(?![\w’'-]))")
#: A line opening on a list number in any form (group 1): "6He", "6. He", "6) He", "6 “…”".
_LINE_NUMBER = re.compile(r"(?m)^[ \t]*(\d{1,2})(?:[.)]?[ \t]|[“\"‘A-Z])")
#: A paragraph opening an entry of a list (group 1: the number, group 2: the bullet): "6. He said",
#: "7 “You see …”", "• He said".
_ENTRY = re.compile(r"(?:(\d{1,2})(?:[.)]\s*|\s+)|([•*▪►●‣◦·–—-])\s+)(?=[“\"‘A-Z])")
#: Paragraphs (an entry's own source line or verdict) that may stand between two entries of one list.
_MAX_BETWEEN = 3
#: Paragraphs read before a list's first entry as its lead-in.
_LEAD_IN = 2


def split_glued_numbers(text: str) -> str:
    """"6He said …" → "6. He said …" on a line of a numbered list (a line opening on the number
    before or after it); any other text as it is."""
    glued = list(_GLUED.finditer(text))
    if not glued:
        return text
    numbers = {int(m.group(1)) for m in _LINE_NUMBER.finditer(text)}
    out, at = [], 0
    for m in glued:
        n = int(m.group(2))
        word = (m.group(4) or "").lower()
        # a name glued to a number may be one with it ("1Xtra", "3Com"): only a title or a word
        # of the language is sure to be the entry's own
        if (n - 1 in numbers or n + 1 in numbers) and (m.group(3) or word in STOPWORDS or is_common_word(word)):
            out.append(text[at : m.end()] + ". ")
            at = m.end()
    out.append(text[at:])
    return "".join(out)


def _marker(block: Block) -> int | str | None:
    """The number or the bullet opening an entry of a list, None for any other paragraph."""
    entry = _ENTRY.match(block.text) if block.kind == "paragraph" else None
    if entry is None:
        return None
    return int(entry.group(1)) if entry.group(1) else entry.group(2)


def _follows(marker: int | str | None, before: int | str | None) -> bool:
    """``marker`` is the next entry's after ``before``: the number after it, or the same bullet."""
    if isinstance(marker, int):
        return isinstance(before, int) and before == marker - 1
    return marker is not None and marker == before


def _run_start(blocks: Sequence[Block], paragraph: int) -> int | None:
    """The paragraph of the first entry of the list ``paragraph`` is an entry of (entries numbered
    N, N-1, … or opening on the same bullet, with at most ``_MAX_BETWEEN`` paragraphs between, no
    heading), None when ``paragraph`` is no entry of a list of two or more."""
    marker = _marker(blocks[paragraph])
    if marker is None:
        return None
    first, p = paragraph, paragraph - 1
    while p >= 0 and first - p <= _MAX_BETWEEN + 1 and blocks[p].kind != "heading":
        earlier = _marker(blocks[p])
        if _follows(marker, earlier):
            first, marker = p, earlier
        p -= 1
    if first == paragraph:  # the first entry: a list only when the next one follows
        if not any(_follows(_marker(b), marker) for b in blocks[paragraph + 1 : paragraph + 2 + _MAX_BETWEEN]):
            return None
    return first


def entry_subject(
    blocks: Sequence[Block], offsets: Sequence[int], registry: NameRegistry, paragraph: int, quote_start: int, pronoun: str, gender: str
) -> tuple[bool, str | None]:
    """Whether the quote at ``quote_start`` stands in the first sentence of an entry of a numbered
    list that ``pronoun`` (of ``gender``) opens (its first he or she, before any name of the
    entry), and if so the list's subject the pronoun means (or None: unsure)."""
    first = _run_start(blocks, paragraph)
    if first is None:
        return False, None
    start = offsets[paragraph]
    text = blocks[paragraph].text
    entry = _ENTRY.match(text)
    ends = sentence_starts(text, entry.end()) if entry is not None else []
    if ends and start + ends[0] <= quote_start:
        return False, None  # the quote in a later sentence of the entry
    opening = HE_OR_SHE.search(text, 0, quote_start - start)
    if opening is None or opening.group().lower() != pronoun:
        return False, None
    if any(not registry.is_place(name) for name in registry.names_between(start, start + opening.start())):
        return False, None  # "3. After Tom Kell won, he said": the entry's own person
    lead = first
    while lead > 0 and first - lead < _LEAD_IN and blocks[lead - 1].kind == "paragraph" and _marker(blocks[lead - 1]) is None:
        lead -= 1
    named = {n for n in registry.gendered_between(offsets[lead], offsets[first], gender) if not registry.is_place(n)}
    if not named:
        # "Claims we checked: ⏎ 1. Tom Pike said … ⏎ 2. He said …": the list is about the one
        # person the entries before open on
        named = _opening_people(blocks, offsets, registry, first, paragraph, gender)
        return True, named.pop() if len(named) == 1 else None
    again = {n for n in registry.gendered_between(offsets[first], start + opening.start(), gender) if not registry.is_place(n)}
    subject = named if len(named) == 1 else named & again  # several: the one the entries name again
    return True, subject.pop() if len(subject) == 1 else None


def _opening_people(blocks: Sequence[Block], offsets: Sequence[int], registry: NameRegistry, first: int, paragraph: int, gender: str) -> set[str]:
    """The people of ``gender`` the entries from ``first`` to before ``paragraph`` open on (their
    subject, a name); an entry opening on no name (a pronoun, a quote) adds no one."""
    people = set()
    for p in range(first, paragraph):
        entry = _ENTRY.match(blocks[p].text) if _marker(blocks[p]) is not None else None
        if entry is None:
            continue
        subject = leading_np(blocks[p].text[entry.end() :])
        if subject is not None and subject.kind == "name":
            name = registry.fullest(subject.text, offsets[p] + entry.end() + 1)
            if registry.gender_of(name) in {None, gender} and not registry.is_place(name):
                people.add(name)
    return people
