"""Lines → paragraphs: hard-wrapped text (e-mail, terminal copy, many .txt files) joined back.

A text is hard-wrapped when almost every line that has another line right under it is *full*:
the first word of the next line would not have fitted within the text's line width. That test
("would the next word have fit?") keeps every line that was broken on purpose — a heading, a
list item, the last line of a paragraph, a title above its text — and joins the lines a word
wrapper broke, whatever letter the next line starts with. The width is measured on the text
itself, so wrapping at 60, 72, 76 or 80 columns are all recognised; a text of one paragraph per
line (pasted from a web page or a chat) has lines of every length and is never joined by it.
Without wrapping, a line that starts in lower case still continues an unfinished line. A line
that ends a sentence followed by one that starts a new one (capitalised) is never joined: it is
a paragraph break or a sentence that happened to end at the margin, and splitting there costs
nothing, whereas joining two paragraphs would.

Blank lines and separator lines (``---``, ``===``, ``* * *``) end paragraphs; lines that start a
list item or a Markdown heading always start a new paragraph. One blank line is read through: a
web page's break inside a quoted sentence ('“… as weather conditions' / 'deteriorate,” he said.').
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_BULLET = re.compile(r"^(?:[-*•·▪►‣◦+]|\d{1,2}[.)])\s+")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")
_SEPARATOR = re.compile(r"^(?:[-=_~*#]\s*){3,}$")
_FIRST_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")

MIN_WRAP_WIDTH = 30
"""Narrower "widths" are a few short lines (a title, a list), not a word wrapper."""
MAX_WRAP_WIDTH = 160
"""Wrappers break at 60–80 columns (some at 100–132); pasted paragraphs are longer than this."""
MIN_FULL_SHARE = 0.5
"""Share of inner lines that must be full to call the text wrapped. Wrapped text: 0.8–1.0 (the
rest are paragraph ends followed directly by the next paragraph); one paragraph per line: only
the longest line or two are "full", well under half."""
MIN_WIDTH_SAMPLES = 2
"""One line above another says nothing about a width: a title over a single line of text."""


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the input and how many source lines it was joined from."""

    text: str
    lines: int = 1


@dataclass(frozen=True)
class Wrapping:
    """The line width a text was hard-wrapped at (``None``: not hard-wrapped)."""

    width: int | None

    def broke(self, line: str, next_line: str) -> bool:
        """True when a word wrapper broke ``line`` here: ``next_line``'s first word would not
        have fitted on it."""
        if self.width is None:
            return False
        match = _FIRST_WORD.search(next_line)
        first = len(match.group()) if match else 0
        return len(line) + 1 + first > self.width


def split_lines(text: str) -> list[list[str]]:
    """Blank-line separated chunks of stripped, non-empty lines (any line ending)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    chunks: list[list[str]] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line or _SEPARATOR.match(line):
            if current:
                chunks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        chunks.append(current)
    return chunks


def measure_wrapping(chunks: list[list[str]]) -> Wrapping:
    """The width a text was wrapped at, judged over all lines followed by another line."""
    pairs = [(a, b) for chunk in chunks for a, b in zip(chunk, chunk[1:], strict=False)]
    if len(pairs) < MIN_WIDTH_SAMPLES:
        return Wrapping(None)
    lengths = sorted(len(a) for a, _ in pairs)
    # 90th percentile, not the maximum: an unbreakable URL must not set the width
    width = lengths[int(0.9 * (len(lengths) - 1) + 0.5)]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return Wrapping(None)
    candidate = Wrapping(width)
    full = sum(candidate.broke(a, b) for a, b in pairs)
    return candidate if full >= MIN_FULL_SHARE * len(pairs) else Wrapping(None)


def unwrap(text: str) -> list[Paragraph]:
    """The paragraphs of ``text``, hard-wrapped lines joined back (see the module docstring)."""
    chunks = split_lines(text)
    wrapping = measure_wrapping(chunks)
    out: list[Paragraph] = []
    for chunk in chunks:
        for paragraph in _join(chunk, wrapping):
            if out and _quote_goes_on(out[-1].text, paragraph.text):
                out[-1] = Paragraph(out[-1].text + " " + paragraph.text, out[-1].lines + paragraph.lines)
            else:
                out.append(paragraph)
    return out


#: A paragraph break a page put inside a sentence that is inside a quotation: the paragraph stops
#: on a word with its curly quote still open, the next starts in lower case and closes it
#: ('“… to safeguard communities as weather conditions' / 'deteriorate,” he stated.').
_OPEN_QUOTE_ENDS_ON_WORD = re.compile(r"“[^”]*[a-z]$")
_LOWER_START_CLOSES = re.compile(r"[a-z][^“]*”")


def _quote_goes_on(prev: str, text: str) -> bool:
    """``text`` goes on with the sentence and the quotation ``prev`` left open at a blank line:
    one sentence broken in two, not two paragraphs (a new paragraph of a quotation run opens
    its own mark, and starts with a capital)."""
    return _LOWER_START_CLOSES.match(text) is not None and _OPEN_QUOTE_ENDS_ON_WORD.search(prev) is not None


def _join(lines: list[str], wrapping: Wrapping) -> list[Paragraph]:
    out = [Paragraph(lines[0])]
    for prev_line, line in zip(lines, lines[1:], strict=False):
        if _continues(prev_line, line, wrapping):
            joined = out[-1].text
            hyphenated = joined.endswith("-") and joined[-2:-1].isalpha() and line[:1].islower()
            out[-1] = Paragraph(joined + ("" if hyphenated else " ") + line, out[-1].lines + 1)
        else:
            out.append(Paragraph(line))
    return out


def _continues(prev: str, line: str, wrapping: Wrapping) -> bool:
    if _BULLET.match(line) or _MARKDOWN_HEADING.match(line) or _MARKDOWN_HEADING.match(prev):
        return False
    if _SENTENCE_END.search(prev) and line.lstrip("\"'“‘«([")[:1].isupper():
        return False  # a paragraph break, or a sentence that ended at the margin: safe either way
    if wrapping.broke(prev, line):
        return True
    # not wrapped (or a short line): only an unfinished line followed by a lower-case start
    return (line[0].islower() or line[0] in ",;)") and not prev.endswith((".", "!", "?", ":"))
