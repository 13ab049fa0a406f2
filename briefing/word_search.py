"""Where a word the text itself gives (a speaker's name, a verb read from the sentence) stands,
without compiling a pattern for that word.

``re.search(rf"(?<![\\w’'-]){re.escape(word)}(?![\\w’'-])", text)`` compiles a new pattern for
every new word (~0.2-0.4 ms each, about one a page on the dev pages; ``re``'s own cache only helps
a word seen before, and a bot never briefs the same page twice). The word is a literal, so
``str.find`` finds each place the text writes it, and patterns compiled once read what must stand
before and after it there: the same matches as the pattern built for the word, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: No word character, apostrophe or hyphen right before: where a whole word starts.
_NO_WORD_BEFORE = re.compile(r"(?<![\w’'-])")
#: No word character, apostrophe or hyphen right after: where a whole word ends.
WORD_END = re.compile(r"(?![\w’'-])")


def word_spans(text: str, word: str, after: re.Pattern[str] = WORD_END) -> Iterator[tuple[int, int]]:
    r"""The spans of what ``re.finditer(rf"(?<![\w’'-]){re.escape(word)}{after.pattern}", text)``
    finds (``after`` without flags): ``word`` written as a whole word's start, then what ``after``
    matches right after it; left to right, none overlapping."""
    at = text.find(word)
    while at >= 0:
        tail = after.match(text, at + len(word))
        if tail is not None and _NO_WORD_BEFORE.match(text, at) is not None:
            yield at, tail.end()
            at = text.find(word, max(tail.end(), at + 1))
        else:
            at = text.find(word, at + 1)


def has_word(text: str, word: str, after: re.Pattern[str] = WORD_END) -> bool:
    r"""``re.search(rf"(?<![\w’'-]){re.escape(word)}{after.pattern}", text) is not None``."""
    return next(word_spans(text, word, after), None) is not None


def whole_words(words: Iterable[str]) -> re.Pattern[str]:
    r"""What ``re.compile(rf"\b(?:{'|'.join(words)})\b")`` matches (``words`` literal, each opening
    on a word character), written to open on the words' first letters: ``h(?<=\bh)(?:e|im)\b`` for
    "he", "him". A pattern opening on ``\b`` has the regex engine try the boundary at every position
    of the text; one opening on a letter lets it skip to the next such letter (3-10x faster on the
    dev pages). The words keep their order within each first letter, so the same one matches."""
    rests: dict[str, list[str]] = {}
    for word in words:
        rests.setdefault(word[0], []).append(re.escape(word[1:]))
    branches = [rf"{re.escape(first)}(?<=\b{re.escape(first)})(?:{'|'.join(rest)})" for first, rest in rests.items()]
    return re.compile(rf"(?:{'|'.join(branches)})\b")
