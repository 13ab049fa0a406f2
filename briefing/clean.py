"""Cleanup of extracted or pasted text into heading/paragraph blocks.

Extracted pages and pasted news-wire copy go through the same steps, so later stages (summary,
quotes, figures, topics) only ever see clean prose:

1. character hygiene (``_characters``): HTML references left escaped ("&quot;") decoded,
   decomposed accents composed, text decoded with the wrong charset upstream repaired
   (``repair_encoding``: "JosÃ© said
   â€œnoâ€" is "José said “no”"), control and zero-width characters stripped; then
   hard-wrapped lines unwrapped (``unwrap``);
2. drop furniture (``boilerplate``): share bars, bylines, credits, comment widgets, cookie and
   newsletter blurbs, "Also Read | …" cross-links, multi-line legal disclaimers;
3. split run-in headings glued to their paragraph ("…in sightRussia launched…");
4. normalise spacing around quotes and punctuation;
5. call short unpunctuated lines headings.
6. put back the paragraph breaks of an article pasted as one block (``lost_breaks``): quote
   attribution reads paragraphs.
"""

from __future__ import annotations

import html
import html.entities
import re
import unicodedata

from ftfy import fix_encoding

from . import boilerplate as bp
from .list_entries import split_glued_numbers
from .lost_breaks import restore_breaks
from .models import Block, BlockKind
from .runin import MAX_HEADING_CHARS, MAX_HEADING_WORDS, split_run_in
from .unwrap import unwrap
from .wordlists import is_common_word

__all__ = ["clean_blocks", "clean_title", "looks_like_heading", "normalise_spacing", "repair_encoding", "split_run_in"]

#: A character a UTF-8 lead byte becomes when read as Latin-1 or Windows-1252, followed by one a
#: continuation byte becomes ("Ã©" for "é", "â€™" for "’", "Ð¿" for "п"): the mark of mojibake.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\ufeff]"
)
#: An HTML character reference with its semicolon ("&quot;", "&#8220;", "&#x201C;"): only these
#: are decoded, so "AT&T" or "R&D" and a bare "&copy" in prose stay as written.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
_SPACE = r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
#: A run of horizontal spaces to write as one " ": every run but a lone " ", which is one already
#: (replacing each of those with itself made the sub ~2x slower; the text comes out the same).
_SPACES = re.compile(rf"{_SPACE}(?:(?<= ){_SPACE}+|(?<=[^ ]){_SPACE}*)")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_BULLET = re.compile(r"^\s*(?:[-*•·▪►‣◦]|\d{1,2}[.)])\s+")

_BARE_RELATED = re.compile(
    r"^(?:also\s+read|read\s+also|read\s+more|see\s+also|related(?:\s+(?:story|article|news))?|must\s+read|don'?t\s+miss)\s*[:|>»–—-]?$",
    re.IGNORECASE,
)
#: A teaser-section heading ends the article only after this share of its words (dev pages:
#: such headings sat after 70–95 % of the text; a "Related" box near the top is skipped alone).
TEASER_CUTOFF = 0.6
#: After a teaser heading, a block this long means the article resumed (teaser deks on the dev
#: pages were 8–30 words; article paragraphs mostly longer).
TEASER_RESUME_WORDS = 35


def clean_blocks(text: str) -> list[Block]:
    """Messy text (pasted or extracted) → heading/paragraph blocks; never raises on str input.

    Zero-width joiners (U+200C/U+200D) are kept: Persian and Indic scripts need them.
    """
    if not text or not isinstance(text, str):
        return []
    text = _SPACES.sub(" ", _characters(text.replace("\r\n", "\n").replace("\r", "\n")))
    text = split_glued_numbers(text)
    lines = [line for p in unwrap(text) for line in bp.without_widget_chrome(p.text)]
    return _dedupe(_blocks_from_lines(lines, text))


def _blocks_from_lines(lines: list[str], full_text: str) -> list[Block]:
    blocks: list[Block] = []
    in_disclaimer = False
    total_words = sum(len(ln.split()) for ln in lines) or 1
    words_seen = 0
    after_related_marker = False
    in_teasers = False
    for at, raw in enumerate(lines):
        line = raw.strip()
        words_seen += len(line.split())
        if after_related_marker and looks_like_heading(line):
            after_related_marker = False
            continue  # the headline under a bare "Also Read" / "Read more" line
        after_related_marker = bool(_BARE_RELATED.match(line))
        if bp.TEASER_SECTION.match(line) and words_seen >= TEASER_CUTOFF * total_words:
            in_teasers = True  # "Most read", "Related stories" … near the end: teasers follow
            continue
        if in_teasers:
            if len(line.split()) < TEASER_RESUME_WORDS:
                continue  # headline + one-line dek of another story
            in_teasers = False  # a real paragraph: the widget sat inside the article
        if in_disclaimer and bp.is_disclaimer_continuation(line):
            continue
        in_disclaimer = False
        if bp.is_disclaimer_start(line):
            in_disclaimer = True
            continue
        markdown_heading = line.startswith("#") and bool(_MARKDOWN_HEADING.match(line))
        if markdown_heading:
            line = _MARKDOWN_HEADING.sub("", line)
        if bp.COMMENT_SECTION.match(line) and sum(b.kind == "paragraph" for b in blocks) >= 2:
            if line.endswith("?") and _resumes_article(lines[at + 1 : at + 2]):
                continue  # "What do you think?" asked of the reader between two paragraphs
            break  # everything after a "Comments" heading is reader comments
        related = bp.RELATED_MARKER.match(line)
        if related:
            heading, rest = split_run_in(line[related.end() :], full_text)
            if heading is None:
                continue  # the whole line is a cross-link headline
            line = rest
        for kind, piece in _pieces(line, full_text, markdown_heading):
            if ")" in piece:
                piece = bp.INLINE_CREDIT.sub("", bp.TRAILING_CREDIT.sub("", piece))
            piece = normalise_spacing(piece)
            if piece and not bp.is_furniture(piece):
                if kind == "paragraph":
                    blocks.extend(Block(kind=kind, text=par) for par in restore_breaks(piece))
                else:
                    blocks.append(Block(kind=kind, text=piece))
    while blocks and bp.AUTHOR_BIO.match(blocks[-1].text):
        blocks.pop()  # "Jane Doe is a senior editor at …" closing the article
    return _settle_headings(blocks)


def _resumes_article(following: list[str]) -> bool:
    """Whether the line after a reader's prompt is the article going on, not a comment widget.

    Some papers ask "What do you think?" between two paragraphs of the story; cutting there lost
    the rest of it (a quarter of one test article, with eight quotes). A comment section opens
    with widget chrome (a count, a sort order, a name field, a user name), never with a long
    paragraph straight away.
    """
    return bool(following) and len(following[0].split()) >= TEASER_RESUME_WORDS


def _pieces(line: str, full_text: str, markdown_heading: bool) -> list[tuple[BlockKind, str]]:
    """A line → (kind, text) pieces, peeling off run-in headings glued to their paragraph."""
    out: list[tuple[BlockKind, str]] = []
    rest = line
    for _ in range(4):  # a line rarely carries more than a cross-link, a heading and its text
        heading, after = split_run_in(rest, full_text)
        if heading is None:
            break
        out.append(("heading", heading))
        rest = after
    kind: BlockKind = "heading" if markdown_heading or looks_like_heading(rest) else "paragraph"
    out.append((kind, rest))
    return out


_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[^\W_])\s+([,;:])(?=\s|[“\"‘']|$)")
#: (not '…unusual,“ said': an opening mark right after a comma and before a space closes the quote)
_OPEN_AFTER_PUNCT = re.compile(r"([,:;])(“(?!\s)|‘(?=\w))")
_COLON_STRAIGHT = re.compile(r":([\"'])(?=\w)")
_CLOSE_CURLY_WORD = re.compile(r"”(?=[^\W_])")
#: These two written to open on a character the regex engine can skip to (the lookbehinds read
#: it too) rather than on a lookbehind tried at every position: ``(?<=[^\W_])“`` and
#: ``(?<![,.!?])“\s+|\s+”`` matched the same, ~50x and ~2x slower.
_WORD_OPEN_CURLY = re.compile(r"“(?<=[^\W_]“)")
_INSIDE_CURLY = re.compile(r"[“\s](?:(?<=“)(?<![,.!?]“)\s+|(?<=\s)\s*”)")
#: A sentence end whose space extraction lost: "… Lucas responded with a sigh.Stafford, earlier in
#: the hearing, was adamant" (a lower-case word of two letters or more, its full stop, a capitalised
#: word that no further dot follows: not "www.Example.com", "e.g.The", "St.Louis", "example.Com").
_GLUED_SENTENCE_END = re.compile(r"(?<![\w.@/#-])([a-z]{2,}[.!?])(?=[A-Z][a-z]+(?![\w.]))(?!(?:Com|Net|Org|Gov|Edu|Io|Js|Co)\b)")


def clean_title(title: str) -> str:
    """A title gets the same character hygiene as the body: no mojibake, no control or
    zero-width characters (pasted text carries them; Telegram would show them), single spaces."""
    return " ".join(_characters(title).split())


def _character_of(reference: re.Match[str]) -> str:
    """The character an HTML reference stands for; an unknown name stays as written."""
    ref = reference.group()
    return html.unescape(ref) if ref[1] == "#" else html.entities.html5.get(ref[1:], ref)


def _characters(text: str) -> str:
    """Character hygiene shared by titles and bodies: HTML character references a feed or a
    paste left escaped ("&quot;We will win,&quot; she said", "&#8220;") read as the characters
    they stand for, accents composed (NFC), mojibake repaired, control and invisible characters
    stripped. Pages written on some systems carry decomposed accents ("Jose" + U+0301 for
    "José"): a name reader sees the combining mark as a non-letter and cuts the name there."""
    for _ in range(2):  # twice: a feed that escaped its HTML twice ("&amp;quot;")
        if "&" not in text:
            break
        text = _ENTITY.sub(_character_of, text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # first: the repair reads "Ã", not "A" + U+0303
    return _INVISIBLE.sub("", repair_encoding(text))


def repair_encoding(text: str) -> str:
    """Text some upstream step decoded with the wrong charset (a feed, a CMS, a copy-paste), back
    to what was written, so names read right and mangled quote marks are quote marks again
    ("JosÃ© MartÃ\xadnez said â€œnoâ€\x9d" → "José Martínez said “no”"). ftfy decides, and
    changes only sequences it can decode unambiguously; it runs only where the mark of mojibake
    is, since it costs ~0.7 ms an article. Before control characters are stripped: they are
    half of what it decodes."""
    return fix_encoding(text) if _MOJIBAKE.search(text) else text


def normalise_spacing(text: str) -> str:
    """Collapse whitespace and fix spacing around quotes; quote characters stay as written.

    ``Trump said :“We're…”`` → ``Trump said: “We're…”``; ``was“playing with fire.”`` →
    ``was “playing with fire.”``.
    """
    text = " ".join(text.split())
    if not text:
        return text
    # each fix is guarded by a cheap substring test: most paragraphs need none of them
    if " ," in text or " :" in text or " ;" in text:
        text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    if "“" in text or "‘" in text:
        text = _OPEN_AFTER_PUNCT.sub(r"\1 \2", text)
    if ':"' in text or ":'" in text:
        text = _COLON_STRAIGHT.sub(r": \1", text)
    if ("“" in text or "”" in text) and "„" not in text:  # „…“: German, “ closes there
        text = _WORD_OPEN_CURLY.sub(" “", text)
        text = _CLOSE_CURLY_WORD.sub("” ", text)
        text = _INSIDE_CURLY.sub(lambda m: m.group().strip(), text)
    if '"' in text and text.count('"') % 2 == 0:
        text = _space_straight_quotes(text)
    if _MARK_THEN_CAPITAL.search(text) is not None:
        text = _GLUED_SENTENCE_END.sub(r"\1 ", text)
    if "- " in text and _WORD_HYPHEN_SPACE_WORD.search(text) is not None:
        text = _LINE_BREAK_HYPHEN.sub(_joined_if_word, text)
    return text


#: What every ``_GLUED_SENTENCE_END`` and ``_LINE_BREAK_HYPHEN`` match holds ("sigh.Stafford",
#: "inter- rupted"), asked first: each pattern opens on a lookbehind, so the regex engine tries it
#: at every position of the paragraph, while these open on a rare character it skips to (about
#: 5x and 9x faster over the dev paragraphs, where most have neither).
_MARK_THEN_CAPITAL = re.compile(r"[.!?][A-Z]")
_WORD_HYPHEN_SPACE_WORD = re.compile(r"-(?<=[a-z][a-z]-) [a-z][a-z]")


#: A word a printed page broke at a line end and the copy kept ("the judge inter- rupted me",
#: "ex- pected"): a speech verb split so is no verb to the rules. Suspended hyphens ("pre- and
#: post-war", "two- or three-day") join into no word and stay.
_LINE_BREAK_HYPHEN = re.compile(r"(?<![\w-])([a-z]{2,})- ([a-z]{2,})(?![\w-])")


def _joined_if_word(match: re.Match[str]) -> str:
    joined = match.group(1) + match.group(2)
    return joined if is_common_word(joined) else match.group()


def _space_straight_quotes(text: str) -> str:
    """Balanced straight quotes: odd ones open (space before), even ones close (space after)."""
    parts = text.split('"')
    out = [parts[0]]
    for i, part in enumerate(parts[1:], start=1):
        if i % 2 == 1 and out[-1][-1:].isalnum():
            out[-1] += " "
        if i % 2 == 0 and part[:1].isalnum():
            part = " " + part
        out.append(part)
    return '"'.join(out)


#: Compiled once: the code below passed these to ``re.search`` & co. as strings, which costs a
#: lookup in the module's pattern cache per call.
_PUNCT_THEN_CLOSE_QUOTE = re.compile(r"[,.!?][”\"“«]")


def looks_like_heading(text: str) -> bool:
    """Short, unpunctuated, capitalised lines: sub-headings of pasted or extracted text."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_HEADING_CHARS or _BULLET.match(stripped):
        return False
    words = stripped.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    # German closes a quote with “ or « ('Er erklärte: „Wir sind bereit.“'): a sentence, too
    core = stripped.rstrip("’'\"”)»“«")
    if not core or core[-1] in ".!?,;:…" or not any(c.isalpha() for c in core):
        return False
    if _PUNCT_THEN_CLOSE_QUOTE.search(stripped):  # '"We are ready," she said' is a quote, not a heading
        return False
    first = stripped.lstrip("“\"‘'([")[:1]
    return first.isupper() or first.isdigit()


#: Three or more heading-like lines in a row are a list (tour dates, specs), not headings.
MIN_LIST_RUN = 3


def _settle_headings(blocks: list[Block]) -> list[Block]:
    """Turn runs of heading-like lines into paragraphs; drop a lone heading at the very end
    (it headed page furniture we removed)."""
    out = list(blocks)
    start = 0
    while start < len(out):
        end = start
        while end < len(out) and out[end].kind == "heading":
            end += 1
        if end - start >= MIN_LIST_RUN:
            out[start:end] = [Block(kind="paragraph", text=b.text) for b in out[start:end]]
        start = end + 1
    if len(out) >= 2 and out[-1].kind == "heading" and out[-2].kind == "paragraph":
        out.pop()
    return out


#: A run of non-word characters to write as one " " (``\W+``), but a lone " ", which is one already
#: (left alone: ~1.4x faster, the same key).
_NON_WORD = re.compile(r"\W(?:(?<= )\W+|(?<=[^ ])\W*)")
#: Repeated shorter blocks ("See it now: Amazon") are legitimate list furniture of the article.
MIN_DEDUPE_WORDS = 10


def _dedupe(blocks: list[Block]) -> list[Block]:
    """Pages repeat teasers and pull quotes; keep the first copy of any repeated block."""
    seen: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        key = _NON_WORD.sub(" ", block.text).casefold().strip()
        if key in seen and len(key.split()) >= MIN_DEDUPE_WORDS:
            continue
        seen.add(key)
        out.append(block)
    return out
