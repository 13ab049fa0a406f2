"""From a raw page or pasted text to a ``Briefing``: the one place the stages are chained."""

from __future__ import annotations

from .clean import clean_blocks, clean_title
from .extract import extract_html
from .figures import find_figures
from .langdetect import detect_language
from .languages import language_data, split_rules
from .models import Block, Briefing, BriefingOptions, Quote
from .quotes import find_quotes
from .quotes_intl import find_quotes_intl
from .sentences import split_blocks
from .stemming import stemmer
from .summarize import summarize
from .topics import extract_topics
from .topics_intl import tidy_topics

DEFAULT_OPTIONS = BriefingOptions()


def brief_html(
    html: str, *, url: str | None = None, options: BriefingOptions = DEFAULT_OPTIONS
) -> Briefing:
    """Brief a fetched or uploaded HTML page (metadata gives title, site and date)."""
    page = extract_html(html, url=url)
    return _brief(
        page.text,
        title=page.title,
        source=page.source,
        url=url,
        published=page.published,
        options=options,
    )


def brief_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    options: BriefingOptions = DEFAULT_OPTIONS,
) -> Briefing:
    """Brief pasted text. Without ``title`` the first non-empty line is the title."""
    if title is None:
        lines = text.strip().splitlines()
        title = lines[0].strip() if lines else ""
        text = "\n".join(lines[1:])
    return _brief(text, title=title, source=source, url=url, published=None, options=options)


def _brief(
    text: str,
    *,
    title: str,
    source: str | None,
    url: str | None,
    published: str | None,
    options: BriefingOptions,
) -> Briefing:
    title = clean_title(title)
    blocks: list[Block] = clean_blocks(text)
    language = detect_language(title + "\n" + "\n".join(b.text for b in blocks[:8]))
    sentences = split_blocks(blocks, split_rules(language))
    summary = summarize(sentences, title=title, n=options.summary_sentences, language=language)
    quotes = _quotes(blocks, language, options)
    figures = find_figures(sentences, summary=summary, options=options, language=language)
    topics = extract_topics(title, blocks, options=options, language=language)
    if (data := language_data(language)) is not None and data.code != "en":
        topics = tidy_topics(topics, title, "\n".join(b.text for b in blocks), data)
    return Briefing(
        title=title,
        source=source,
        url=url,
        published=published,
        language=language,
        blocks=tuple(blocks),
        summary=tuple(summary),
        quotes=tuple(quotes),
        figures=tuple(figures),
        topics=tuple(topics),
    )


def _quotes(blocks: list[Block], language: str, options: BriefingOptions) -> list[Quote]:
    """English rules for English and for languages without data; the language's otherwise."""
    data = language_data(language)
    if data is None or data.code == "en":
        return find_quotes(blocks, options=options)
    return find_quotes_intl(blocks, data, stemmer(language), options=options)
