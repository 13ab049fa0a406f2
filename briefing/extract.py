"""HTML → text + metadata with trafilatura. (SCAFFOLD: to be completed by the extraction work.)"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ExtractedPage(BaseModel):
    model_config = ConfigDict(frozen=True)
    text: str
    """Body text: blocks separated by blank lines, headings on their own lines."""
    title: str = ""
    source: str | None = None
    published: str | None = None


def extract_html(html: str, *, url: str | None = None) -> ExtractedPage:
    import trafilatura

    text = trafilatura.extract(html, url=url, include_comments=False) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    return ExtractedPage(
        text=text.replace("\n", "\n\n"),
        title=(meta.title if meta and meta.title else "") or "",
        source=(meta.sitename if meta else None),
        published=(meta.date if meta else None),
    )
