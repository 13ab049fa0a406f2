"""Typed, frozen models of the briefing pipeline.

Everything in ``briefing/`` is a pure function over these models: no Telegram, database or
network imports, so the pipeline can be tested, benchmarked and evaluated in isolation.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from .dedup import fingerprint

BlockKind = Literal["heading", "paragraph"]
SpeakerKind = Literal["person", "organisation", "group", "document"]
FigureKind = Literal[
    "count", "money", "percent", "duration", "date", "measure", "fraction", "rank", "other"
]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class BriefingOptions(_Frozen):
    """All knobs of the pipeline in one object, so callers never pass a pile of flags."""

    summary_sentences: int = Field(default=3, ge=1, le=20)
    max_quotes: int = Field(default=4, ge=0, le=50)
    max_figures: int = Field(default=5, ge=0, le=50)
    min_topics: int = Field(default=3, ge=0, le=8)
    max_topics: int = Field(default=8, ge=1, le=20)
    #: Quotes of fewer words than this are "scare quotes" ('calling it "irresponsible"'):
    #: kept and flagged, never key.
    scare_quote_max_words: int = Field(default=3, ge=1)
    #: Experimental: a quote the rules leave without a speaker gets one from a dependency parse
    #: of its sentence (``briefing.parse_fallback``; needs spaCy and an English model).
    parse_fallback: bool = False


class Block(_Frozen):
    """One block of clean body text: a heading or a paragraph."""

    kind: BlockKind = "paragraph"
    text: str


class Quote(_Frozen):
    text: str
    """The quoted words without the quotation marks; always a substring of the clean body."""
    speaker: str | None = None
    """Fullest name of the speaker found in the text (surname and pronoun resolved)."""
    speaker_kind: SpeakerKind | None = None
    """What the speaker is: a person, an organisation ("the ministry"), a group of people
    ("officials") or a document ("the court filing"); None when there is no speaker."""
    speaker_mention: str | None = None
    """The speaker as the attribution wrote it ("he", "the minister", "Mr. Umerov")."""
    verb: str | None = None
    scare: bool = False
    """A short attributive quote ('calling it "irresponsible"'): shown never as a key quote."""
    key: bool = False
    paragraph: int = 0
    """Index into ``Briefing.blocks`` where the quote starts."""


class Figure(_Frozen):
    text: str
    """The surface form as written ("296 Ukrainian drones", "$1.2 billion")."""
    value: float
    unit: str | None = None
    what: str | None = None
    """What the number counts ("Ukrainian drones", "regions")."""
    kind: FigureKind = "count"
    sentence: str = ""
    key: bool = False


class Briefing(_Frozen):
    title: str = ""
    title_derived: bool = False
    """The input had no title line: ``title`` was made from the opening sentence, which is
    still in the body (and may be in the summary)."""
    source: str | None = None
    """Site or outlet name (from metadata or the URL's host)."""
    url: str | None = None
    published: str | None = None
    """ISO date (YYYY-MM-DD) when the page says when it was published."""
    language: str = "en"
    """ISO 639-1 code of the article's language (``briefing.langdetect``); briefings stored
    before languages were detected load as "en" until the store backfills them."""
    blocks: tuple[Block, ...] = ()
    summary: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    topics: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """Clean body: paragraphs separated by blank lines, headings on their own lines."""
        return "\n\n".join(b.text for b in self.blocks)

    @property
    def fingerprint(self) -> str:
        """Content fingerprint for exact-duplicate detection, the same whichever door the
        article came through (see ``dedup.fingerprint``)."""
        return fingerprint(self.text, self.title)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind == "paragraph"]

    @property
    def key_quotes(self) -> list[Quote]:
        return [q for q in self.quotes if q.key]

    @property
    def key_figures(self) -> list[Figure]:
        return [f for f in self.figures if f.key]
