"""Every way in, one rule: raw text, a page or a file's bytes → ``ArticleText``.

The CLI (``briefbot brief``/``ingest``), ``/add`` with text, ``/add`` as a reply, a bare ``/add``
followed by a paste, document uploads, ``/add URL`` and feeds all read their input here, so the
same article gives the same title, body and fingerprint whichever door it came through, and the
same junk is refused everywhere. What is decided here:

* **title or body** — the first line is the title only when it looks like one and text follows
  it: a Markdown ``# Heading``; a short line without sentence-final punctuation (a title in
  capitals is re-cased); never a paragraph, a hard-wrapped line or a lone sentence. Without a
  title line, *every* sentence stays in the body and the pipeline derives a display title from
  the first one (it is not used as a headline by the summary or topics).
* **paragraphs** — hard-wrapped lines are joined back (``unwrap``); blank lines separate
  paragraphs; Windows and old Mac line endings are read too.
* **is it an article** — ``refusal`` gives one reason for empty, whitespace-only, too short,
  symbol-only or keyboard-mash input, or a page with no text; the pipeline raises it as
  ``NotAnArticle``.
* **source label** — the page's site (metadata or the URL's host), else the file's name; pasted
  text has none.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Literal

from pydantic import BaseModel, ConfigDict

from .documents import decode_document, looks_like_html
from .extract import extract_html, url_host
from .unwrap import Paragraph, unwrap

InputKind = Literal["text", "html"]

MAX_TITLE_WORDS = 25
"""Headlines run 5–15 words; a longer first line is a paragraph."""
MAX_TITLE_CHARS = 200
MIN_ARTICLE_WORDS = 8
"""Fewer words than a one-sentence news item ("The mayor of Kyiv resigned on Monday after the
vote.") is a note, a stray word or a URL-less command, not something to brief."""
MIN_LETTER_SHARE = 0.5
"""Prose is mostly letters; tables of numbers, symbol runs and binary-ish junk are not."""
MIN_WORDLIKE_SHARE = 0.7
"""Share of judged words (Latin, Cyrillic, Greek; ≥ 3 letters) that must look like words. News
text with names and acronyms scores 0.9–1.0; keyboard mash 0.0–0.4."""
MAX_TOP_WORD_SHARE = 0.3
"""The most frequent word in prose ("the") is under 10 % of the words; "asdf asdf asdf" is not."""

_MARKDOWN_TITLE = re.compile(r"^#{1,6}\s+(.+?)(?:\s+#+)?\s*$")
_BULLET = re.compile(r"^(?:[-*•·▪►‣◦+]|\d{1,2}[.)])\s+")
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
#: A final "." that belongs to an abbreviation ("… with the U.S.", "… Acme Inc.") is no full stop.
_ABBREVIATION_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms)\.)$")
_CLOSERS = "\"'”’»)]"
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")
_VOWELS = frozenset("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœāēīōūăąęėįųőű" "аеёиоуыэюяіїє" "αεηιουωάέήίόύώ")
_VOWEL = re.compile("[" + "".join(sorted(_VOWELS)) + "]")
_JUDGED_SCRIPT = re.compile(r"[a-zß-ɏͰ-ԯ]+")  # lower-case Latin (with accents), Greek, Cyrillic
_NO_SPACES_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u9fff\uf900-\ufaff]")  # Thai, kana, CJK
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
#: Five keys in a row on one keyboard row ("sdfgh", "werty"), either way: no word contains one.
_KEYBOARD_RUNS = frozenset(
    run for row in _KEYBOARD_ROWS for r in (row, row[::-1]) for run in (r[i : i + 5] for i in range(len(r) - 4))
)


class NotAnArticle(ValueError):
    """The input holds no article text; ``str`` is the one-line reason (CLI prints it)."""


class ArticleText(BaseModel):
    """What a door read, before briefing: the decisions every door shares."""

    model_config = ConfigDict(frozen=True)

    title: str = ""
    """The title line or page title; empty when the input has none (the pipeline derives one)."""
    body: str = ""
    """Paragraphs separated by blank lines, hard wrapping undone; without a title, every line."""
    source: str | None = None
    """The label shown under the title: the page's site or the file's name."""
    url: str | None = None
    published: str | None = None
    kind: InputKind = "text"

    @property
    def title_derived(self) -> bool:
        return not self.title.strip()


def read_text(text: str, *, source: str | None = None, url: str | None = None) -> ArticleText:
    """Pasted or file text: a title line if there is one, and the unwrapped paragraphs; a paste
    of page markup ("<p>…</p>") is read as the page it is."""
    if looks_like_html(text):
        page = read_html(text, url=url, source=source)
        return page.model_copy(update={"source": source}) if source else page
    paragraphs = unwrap(text.lstrip("\ufeff"))
    title = ""
    if len(paragraphs) >= 2 or (paragraphs and _MARKDOWN_TITLE.match(paragraphs[0].text)):
        title = _title_line(paragraphs[0])
    rest = paragraphs[1:] if title else paragraphs
    body = "\n\n".join(p.text for p in rest)
    if title and title.isupper():
        title = recase_capitals(title, body)
    return ArticleText(title=title, body=body, source=source, url=url)


def read_html(html: str, *, url: str | None = None, source: str | None = None) -> ArticleText:
    """A page: trafilatura's body and the page's title, site and date. ``source`` is the
    label used when the page names no site and there is no URL (an uploaded file's name)."""
    page = extract_html(html, url=url)
    return ArticleText(
        title=page.title, body=page.text, source=page.source or source, url=url,
        published=page.published, kind="html",
    )  # fmt: skip


def read_document(
    data: bytes, filename: str = "", *, url: str | None = None, source: str | None = None
) -> ArticleText:
    """A file's bytes (upload or local path). Raises ``UnreadableDocument`` for binary input.
    The label is ``source``, else the page's site for HTML, else the file's name."""
    text = decode_document(data, filename)
    name = source or _file_label(filename)
    if looks_like_html(text, filename):
        page = read_html(text, url=url, source=name)
        return page.model_copy(update={"source": source}) if source else page
    return read_text(text, source=name or url_host(url), url=url)


def read_page(text: str, *, url: str, is_html: bool) -> ArticleText:
    """A fetched page (``/add URL``, CLI URLs, feed entries), labelled with its site."""
    if is_html:
        return read_html(text, url=url)
    return read_text(text, source=url_host(url), url=url)


def _file_label(filename: str) -> str | None:
    name = filename.replace("\\", "/").rsplit("/", 1)[-1].strip()
    return name if name and name != "-" else None


def _title_line(first: Paragraph) -> str:
    """The first paragraph as a title, or "" when it is body (joined lines, a sentence…)."""
    heading = _MARKDOWN_TITLE.match(first.text)
    if heading:
        return heading.group(1).strip()
    line = first.text
    if first.lines > 1 or not looks_like_title(line):
        return ""
    return line


def looks_like_title(line: str) -> bool:
    """A short line that does not end like a sentence: headlines have no full stop."""
    if len(line) > MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS:
        return False
    if _BULLET.match(line) or _URL.match(line) or not _LETTER.search(line):
        return False
    core = line.rstrip(_CLOSERS).rstrip()
    if core.endswith((",", ";", ":", "…", "...", "-", "–", "—")):
        return False  # a lead-in ("Dear readers:", "KYIV, June 3 (Reuters) -") or a cut-off line
    return not core.endswith(".") or bool(_ABBREVIATION_END.search(core))


def recase_capitals(title: str, body: str) -> str:
    """``BANK OF ENGLAND RAISES RATES`` → ``Bank Of England Raises Rates``; a word the body also
    writes in capitals (``NATO``, ``EU``) stays an acronym."""
    acronyms = {w for w in _LETTER_RUN.findall(body) if len(w) > 1 and w.isupper()}

    def word(match: re.Match[str]) -> str:
        w = match.group()
        return w if w in acronyms else w[:1] + w[1:].lower()

    # letter runs: "NATO'S" → "Nato's" (the run after the apostrophe is lower-cased whole)
    out = _LETTER_RUN.sub(word, title)
    return re.sub(r"(?<=['’])([^\W\d_]+)", lambda m: m.group(1).lower(), out)


DERIVED_TITLE_CHARS = 110
"""A derived title longer than this is cut at a clause break (or a word) and marked with "…"."""
_CLAUSE_BREAK = re.compile(r",\s|\s[-–—]\s|;\s|:\s")


def derive_title(first_sentence: str) -> str:
    """A display title from the opening sentence, for input without a title line."""
    sentence = " ".join(first_sentence.split())
    if len(sentence) <= DERIVED_TITLE_CHARS:
        core = sentence.rstrip(_CLOSERS)
        return sentence[:-1] if core.endswith(".") and core == sentence else sentence
    head = sentence[: DERIVED_TITLE_CHARS + 1]
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(head) if m.start() >= 40]
    if breaks:
        return head[: breaks[-1]].rstrip()
    cut = head.rfind(" ")
    return head[: cut if cut > 40 else DERIVED_TITLE_CHARS].rstrip(" ,;:-–—") + "…"


JUDGED_CHARS = 3000
"""Characters read by the prose tests: junk is junk from its start, and a 5,000-word article
must not cost more to accept than a 500-word one."""


def refusal(article: ArticleText) -> str | None:
    """Why this is not an article (one short reason), or None when it is."""
    if not article.body.strip():
        if article.kind == "html":
            return "the page has no article text"
        if not article.title.strip():
            return "the input is empty"
    text = (article.body if article.body.strip() else article.title)[:JUDGED_CHARS]
    words = _LETTER_RUN.findall(text)
    count = len(words)
    if count < MIN_ARTICLE_WORDS:  # counted again for scripts written without spaces
        count = sum(max(1, len(w) // 2) if _NO_SPACES_SCRIPT.match(w) else 1 for w in words)
    if count < MIN_ARTICLE_WORDS:
        where = "the page has" if article.kind == "html" else "there is"
        return f"{where} too little text for an article ({count} word{'s' * (count != 1)})"
    visible = len(text) - text.count(" ") - text.count("\n")
    if sum(map(len, words)) < MIN_LETTER_SHARE * visible:
        return "this is mostly numbers or symbols, not article text"
    if not _reads_like_words(list(map(str.lower, words))):  # lower-cased in C: thousands of words a page
        return "this does not read like text (random letters?)"
    return None


def _reads_like_words(words: list[str]) -> bool:
    counts = Counter(words)
    known = wordlike = 0  # occurrences of judged words, and of word-like ones among them
    for word, count in counts.items():  # each distinct word judged once
        judged = _wordlike(word)
        if judged is not None:
            known += count
            wordlike += count if judged else 0
    # judged only when the text is mostly in scripts we can judge (a Korean page quoting
    # "SNS" and "JTBC" is not keyboard mash)
    if known >= 0.5 * len(words) and wordlike < MIN_WORDLIKE_SHARE * known:
        return False
    return len(words) < MIN_ARTICLE_WORDS or max(counts.values()) <= MAX_TOP_WORD_SHARE * len(words)


@functools.lru_cache(maxsize=8192)
def _wordlike(word: str) -> bool | None:
    """Does a lower-case letter run look like a word? None: too short or a script we cannot judge."""
    if len(word) < 3 or not _JUDGED_SCRIPT.fullmatch(word):
        return None
    vowels = len(_VOWEL.findall(word))
    if vowels == 0 or len(word) > 40:
        return False
    if len(word) >= 5 and not 0.15 <= vowels / len(word) <= 0.8:
        return False
    if "asdf" in word or "qwer" in word or "fdsa" in word:
        return False
    # every five-letter window of the word, cut in C (no Python loop per letter: ~8,000 new
    # words a 94-page round): word-like when none is a keyboard run
    windows = map(word.__getitem__, map(slice, range(len(word) - 4), range(5, len(word) + 1)))
    return _KEYBOARD_RUNS.isdisjoint(windows)
