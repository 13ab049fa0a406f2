"""The pure text pipeline: HTML or text in, a frozen ``Briefing`` out.

No Telegram, database or network imports anywhere in this package.
"""

from .models import Block, Briefing, BriefingOptions, Figure, Quote
from .pipeline import brief_html, brief_text

__all__ = ["Block", "Briefing", "BriefingOptions", "Figure", "Quote", "brief_html", "brief_text"]
