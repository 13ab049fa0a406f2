"""Readers' comments under an article: whose "I" a quote there is.

A quote whose speaker is the narrator's "I" ('I said “…”', 'I remember my boss saying “…”') is
shown as "the author": the article's writer tells it. Under a comment header ("Kelly Ames — July
11th, 2012, 10:53 am", "by kdog77 on Aug 9, 2012 10:54 AM EDT", "43 Tonya November 8, 2012 at 1:06
PM", "Jim Roe said...") the "I" is the commenter's, not the writer's: "the author" there puts a
reader's words in the writer's mouth. These readers know only that a header stands before the
quote, not always whose it is, so the quote gets no speaker.

A header is a short paragraph with no quote in it that holds a time of day and a date (a month's
name, a year or a weekday), or that ends on "says:", "said…" or "wrote:". A byline with a time
("By Ann Roe, June 4, 2019 10:42 AM") stands first and is the writer's: it is left out, and
comments come in threads, so the quote's "I" is a commenter's only under a thread of two headers
or more whose first stands before its paragraph. A live blog's bare time stamp ("10:42 a.m.:") holds no date and is no header.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Block
from .wordlists import MONTH_ALTERNATION, WEEKDAY_NAMES

_TIME = re.compile(r"(?<![\w:])(?:@\s?)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[AP]\.?M\.?)?(?![\w:])")
_DATE = re.compile(
    rf"(?<![\w])(?:{MONTH_ALTERNATION}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|"
    rf"{'|'.join(WEEKDAY_NAMES)}|(?:19|20)\d\d)(?![a-z])"
)
_SIGNED = re.compile(r"(?:\bsays:|\bsaid\s*(?:\.\.\.|…|:)|\bwrote:)\s*$")
#: Most words of a header paragraph.
_HEADER_WORDS = 16
#: Headers a page needs before its "I" is read as a commenter's.
_THREAD = 2
_QUOTES = '“”"«»'
#: A byline's opening: "By Ann Roe", "Posted by Ann Roe" (a comment's "by kdog77" is in lower case).
_BYLINE = re.compile(r"\s*(?:By|Posted\s+by:?)\s+[A-Z]")


def is_comment_header(text: str) -> bool:
    """``text`` (one paragraph) is a comment's header: a name with a date and a time of day, or a
    name signing what follows ("Jim Roe said...", "Ann says:")."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > _HEADER_WORDS or any(c in stripped for c in _QUOTES):
        return False
    return bool(_TIME.search(stripped) and _DATE.search(stripped)) or _SIGNED.search(stripped) is not None


def comment_headers(blocks: Sequence[Block]) -> list[int]:
    """The paragraphs of ``blocks`` that are comment headers, in order; a first one that is the
    article's byline ("By Ann Roe on June 4, 2019 10:42 AM", "Posted by Ann Roe on …") is left
    out: the writer's own text follows it."""
    headers = [k for k, block in enumerate(blocks) if is_comment_header(block.text)]
    if headers and _BYLINE.match(blocks[headers[0]].text):
        headers = headers[1:]
    return headers


def in_comment_thread(headers: list[int], paragraph: int) -> bool:
    """``paragraph`` stands under a comment of a thread (``headers`` from ``comment_headers``)."""
    return len(headers) >= _THREAD and headers[0] < paragraph
