"""The pure text pipeline: HTML or text in, a frozen ``Briefing`` out.

No Telegram, database or network imports anywhere in this package.

``brief_html`` and ``brief_text`` are loaded on first use: the storage layer and the CLI's
database commands import ``briefing.models`` only, and importing the whole pipeline (hundreds
of regular expressions compiled at import) cost every ``briefbot quotes``/``stats``/``feeds``
run ~1.5 s of CPU for nothing.
"""

from typing import TYPE_CHECKING, Any

from .models import Block, Briefing, BriefingOptions, Figure, Quote

if TYPE_CHECKING:
    from .pipeline import brief_html, brief_text

__all__ = ["Block", "Briefing", "BriefingOptions", "Figure", "Quote", "brief_html", "brief_text"]
_PIPELINE = frozenset({"brief_html", "brief_text"})


def __getattr__(name: str) -> Any:
    if name in _PIPELINE:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
