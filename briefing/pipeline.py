"""From what a door read to a ``Briefing``: the one place the stages are chained.

Every public ``brief_*`` function reads its input through ``intake`` (title/body, unwrapping,
source label) and raises ``NotAnArticle`` with one reason for input that is not an article, so
every door (CLI, chat text, documents, URLs, feeds) accepts and refuses exactly the same things.
"""

from __future__ import annotations

from .clean import clean_blocks, clean_title
from .figures import find_figures
from .intake import (
    ArticleText,
    NotAnArticle,
    derive_title,
    read_document,
    read_html,
    read_page,
    read_text,
    refusal,
)
from .models import Block, Briefing, BriefingOptions
from .quotes import find_quotes
from .sentences import split_blocks
from .summarize import summarize
from .topics import extract_topics

DEFAULT_OPTIONS = BriefingOptions()


def brief_text(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    options: BriefingOptions = DEFAULT_OPTIONS,
) -> Briefing:
    """Brief pasted or file text. Without ``title``, ``intake`` decides whether the first line
    is one (a paragraph, a wrapped line or a lone sentence is body)."""
    if title is not None:
        article = ArticleText(title=title, body=text, source=source, url=url)
    else:
        article = read_text(text, source=source, url=url)
    return brief_article(article, options=options)


def brief_html(
    html: str, *, url: str | None = None, options: BriefingOptions = DEFAULT_OPTIONS
) -> Briefing:
    """Brief a fetched or uploaded HTML page (metadata gives title, site and date)."""
    return brief_article(read_html(html, url=url), options=options)


def brief_page(
    text: str, *, url: str, is_html: bool, options: BriefingOptions = DEFAULT_OPTIONS
) -> Briefing:
    """Brief a fetched page (``/add URL``, CLI URLs, feed entries)."""
    return brief_article(read_page(text, url=url, is_html=is_html), options=options)


def brief_document(
    data: bytes,
    filename: str = "",
    *,
    url: str | None = None,
    source: str | None = None,
    options: BriefingOptions = DEFAULT_OPTIONS,
) -> Briefing:
    """Brief a file's bytes; raises ``UnreadableDocument`` for binary or undecodable input."""
    return brief_article(read_document(data, filename, url=url, source=source), options=options)


def brief_article(article: ArticleText, *, options: BriefingOptions = DEFAULT_OPTIONS) -> Briefing:
    """Refuse what is not an article, then run the stages. A derived title (the opening
    sentence) is shown, but never handed to the summary or topics as if it were a headline."""
    reason = refusal(article)
    if reason is not None:
        raise NotAnArticle(reason)
    headline = clean_title(article.title)
    blocks: list[Block] = clean_blocks(article.body)
    if not any(b.kind == "paragraph" for b in blocks):
        raise NotAnArticle("there is no paragraph of article text, only headings or page furniture")
    sentences = split_blocks(blocks)
    title = headline or derive_title(next(s.text for s in sentences if not s.heading))
    summary = summarize(sentences, title=headline, n=options.summary_sentences)
    quotes = find_quotes(blocks, options=options)
    figures = find_figures(sentences, summary=summary, options=options)
    topics = extract_topics(headline, blocks, options=options)
    return Briefing(
        title=title,
        title_derived=not headline,
        source=article.source,
        url=article.url,
        published=article.published,
        blocks=tuple(blocks),
        summary=tuple(summary),
        quotes=tuple(quotes),
        figures=tuple(figures),
        topics=tuple(topics),
    )
