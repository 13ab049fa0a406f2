"""From what a door read to a ``Briefing``: the one place the stages are chained.

Every public ``brief_*`` function reads its input through ``intake`` (title/body, unwrapping,
source label) and raises ``NotAnArticle`` with one reason for input that is not an article, so
every door (CLI, chat text, documents, URLs, feeds) accepts and refuses exactly the same things.
"""

from __future__ import annotations

from .clean import clean_blocks, clean_title
from .documents import looks_like_html
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
    if title is None:
        article = read_text(text, source=source, url=url)
    elif looks_like_html(text):  # a paste of page markup: its text, under the given title
        article = read_text(text, source=source, url=url).model_copy(update={"title": title})
    else:
        article = ArticleText(title=title, body=text, source=source, url=url)
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
    language = detect_language(headline + "\n" + "\n".join(b.text for b in blocks[:8]))
    sentences = split_blocks(blocks, split_rules(language))
    title = headline or derive_title(next(s.text for s in sentences if not s.heading))
    summary = summarize(sentences, title=headline, n=options.summary_sentences, language=language)
    quotes = _quotes(blocks, language, options)
    figures = find_figures(sentences, summary=summary, options=options, language=language)
    topics = extract_topics(headline, blocks, options=options, language=language)
    if (data := language_data(language)) is not None and data.code != "en":
        topics = tidy_topics(topics, headline, "\n".join(b.text for b in blocks), data)
    return Briefing(
        title=title,
        title_derived=not headline,
        source=article.source,
        url=article.url,
        published=article.published,
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
