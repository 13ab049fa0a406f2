"""Recognisers for the page furniture that survives extraction or comes along with pasted text.

Each pattern matches a whole (short) block, so a sentence that merely *mentions* a newsletter or
a comment is never dropped. The lists were written from the furniture seen on the scrapinghub
and fundus dev pages and in pasted news-wire copy (Reuters, AP, MENAFN, Indian and UK outlets);
they are phrased generically, never after a single page.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SOCIAL = r"(?:facebook|twitter|x|instagram|linkedin|whatsapp|telegram|pinterest|reddit|email|e-mail|print|copy link|youtube|tiktok|flipboard|messenger|sms)"

#: Lines that are furniture whatever their length (checked against the whole block).
_WHOLE_BLOCK = re.compile(
    r"""^(?:
      (?:\d+\s+)?comments?(?:\s*\(\d+\))?
    | no\s+comments?(?:\s+yet)?
    | (?:leave|post|add|write|view|show|hide|load)\s+(?:a\s+|your\s+|all\s+|more\s+)?(?:comments?|reply)
    | leave\s+a\s+reply | reply | report(?:\s+abuse)? | like\s*\|?\s*reply
    | be\s+the\s+first\s+to\s+comment.* | join\s+the\s+(?:conversation|discussion).*
    | comment\s+on\s+this\s+(?:story|article).* | tell\s+us\s+what\s+you\s+think.*
    | (?:share|tweet|pin|email)(?:\s+(?:this|the)\s+(?:article|story|post|page))?(?:\s+(?:on|via)\s+\w+)?
    | (?:share\s+)?(?:"""
    + _SOCIAL
    + r""")(?:[\s,|/·•]+"""
    + _SOCIAL
    + r""")*
    | advertisement | advertising | sponsored(?:\s+content)? | ad | story\s+continues\s+(?:below|after).*
    | continue\s+reading.* | skip\s+(?:to\s+content|ad(?:vertisement)?)
    | (?:most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|recommended(?:\s+for\s+you)?|top\s+stories|latest\s+news|more\s+(?:stories|news)|related(?:\s+(?:articles?|stories|news|content|posts|coverage|topics))?|you\s+(?:may|might)\s+also\s+like|don'?t\s+miss|more\s+on\s+this\s+story|explore\s+further|see\s+also|read\s+more|also\s+read|read\s+also|more\s+from\s+.{1,40}|editor'?s\s+picks?|in\s+other\s+news|what\s+to\s+read\s+next|recommended\s+stories)\s*:?
    | tags?(?:\s*:.{0,200})? | topics?\s*:.{0,200} | filed\s+under\s*:?.{0,200}
    | (?:subscribe|sign\s+up|register|log\s*in|sign\s+in)(?:\s+(?:now|today|here|for\s+free))?\s*[.!]?
    | (?:copyright\s*)?(?:©|\(c\)|copyright\s+(?:\d{4}|\S+\s+\d{4})).{0,160} | all\s+rights\s+reserved.{0,100}
    | (?:image|photo|picture|photograph|video|graphic)\s*(?:copyright|credit|source)?\s*[:|].{0,120}
    | (?:getty\s+images|afp(?:\s+via\s+getty\s+images)?|reuters|ap|epa|file\s+photo|pa\s+media)\s*\.?
    | \(?(?:photo|image|picture|pic|credit|photograph)s?\s*(?:by|:|credit:).{0,100}\)?
    | (?:published|updated|last\s+updated|posted|first\s+published|modified)\s*(?:on|at)?\s*:?\s*(?=[^\d]{0,30}\d)[\w,:+./ -]{0,60}
    | \(?(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s+[^.]{0,200}\)?\.?
    | (?:follow|like)\s+(?:us|@?\w+(?:\s+\w+){0,6})\s+on\s+(?:"""
    + _SOCIAL
    + r""").{0,300}
    | (?:email|contact|write\s+to)\s+[\w .'-]{1,40}\s+at\s+\S+@\S+.{0,160}
    | (?:order|buy)\s+reprints? | print(?:\s+this)?\s+article | reprints?(?:\s+&\s+permissions)? | thank\s+you
    | this\s+(?:copy|article)\s+(?:is\s+for\s+your\s+personal|has\s+been\s+sent).{0,300}
    | an\s+error\s+(?:has\s+)?occurred.{0,80}
    | (?:download|get)\s+(?:the|our)\s+.{0,40}\s+app\b.{0,120}
    | we\s+use\s+cookies.* | this\s+(?:site|website)\s+uses\s+cookies.* | (?:accept|manage)\s+(?:all\s+)?cookies.*
    | (?:your\s+email\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|you\s+must\s+be\s+logged\s+in\s+to\s+post|notify\s+me\s+of\s+(?:new|follow-up)).*
    | (?:sign\s+up|subscribe)\s+(?:to|for)\s+.{0,120}(?:newsletter|updates|alerts|inbox|digest|briefing).{0,160}
    | (?:get|unlock|enjoy)\s+(?:unlimited\s+|full\s+|digital\s+)?access\s+to\s+.{0,200}(?:subscri|offer|code|trial).{0,200}
    | click\s+here\s+(?:to|for)\s+.{0,120}
    | [\w ]{1,30}:\s*(?:https?://|www\.)\S+
    | popular(?:\s+now)? | swipe\s*→?
    | (?:view|see|watch)\s+(?:this\s+)?(?:post|photo|video|reel|profile|tweet)\s+on\s+(?:instagram|facebook|tiktok|x|twitter|threads|youtube|bluesky)
    | (?:listen|watch)\s*(?:now|live|here)?\s*:.{0,120}
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

_NAME = r"(?-i:[A-Z][\w.'’-]*)"
_NOT_NAME = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june"
    r"|july|august|september|october|november|december|then|now|contrast|comparison|law|far|the|this|that|late|early|noon)"
)
#: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by J. Doe | Updated 3 May".
_BYLINE = re.compile(
    rf"^(?:by|written\s+by|posted\s+by|edited\s+by|words\s+by)\s+(?!{_NOT_NAME}\b){_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+{_NAME}){{0,3}})*(?:\s*[,|–—-]\s*[^.,;]{{0,50}})?$",
    re.IGNORECASE,
)

#: Subscription pitches anywhere in a short block, for a newsletter or a print magazine ("…
#: delivered through your letterbox every month. 12 issues for £11.99."); only tried when
#: "subscri", "inbox", "letterbox" or "issues" occurs.
_PITCH = re.compile(
    r"\bsubscri(?:be|ption)\b.{0,80}\b(?:today|now|here)\s*[.!]?$|\bpremium\b.{0,40}\bsubscri"
    r"|(?:delivered|straight)\s+(?:to|through)\s+your\s+(?:inbox|letterbox|letter\s+box)"
    r"|\b\d+\s+issues\s+for\s+(?:just\s+|only\s+)?[£$€]\s?\d",
    re.IGNORECASE,
)
_PITCH_WORDS = ("subscri", "inbox", "letterbox", "letter box", "issues")

#: Blocks starting like this are cross-links to other stories ("Also Read | headline").
RELATED_MARKER = re.compile(
    r"^\s*(?:also(?=\s*:)|also\s+read|read\s+also|read\s+more|see\s+also|related(?:\s+(?:story|article|news|coverage))?|more\s+news|must\s+read|don'?t\s+miss|recommended|watch|listen|also\s+see|(?:\(\s*)?leggi\s+anche(?:\s+su)?)\s*(?:[|:>»–—-]+|\s{2,})\s*",
    re.IGNORECASE,
)

#: The start of a legal disclaimer (MENAFN and other syndication footers).
DISCLAIMER_START = re.compile(r"^\s*(?:legal\s+)?disclaimer\s*[:|-]?", re.IGNORECASE)
_DISCLAIMER_WORDS = re.compile(
    r"as\s+is[”\"']?\s+without\s+warranty|warranty|liabilit|responsibility\s+for\s+the|copyright\s+issues|contact\s+the\s+provider|does\s+not\s+(?:necessarily\s+)?reflect|views\s+expressed",
    re.IGNORECASE,
)

#: A comment-section heading: it and everything after it are reader comments.
COMMENT_SECTION = re.compile(
    r"^(?:\d+\s+)?(?:comments?|reader\s+comments|responses?|leave\s+a\s+(?:reply|comment)|post\s+a\s+comment|join\s+the\s+(?:conversation|discussion)|what\s+do\s+you\s+think\??|discussion)\s*(?:\(\d+\))?\s*:?$",
    re.IGNORECASE,
)

#: Trailing Reuters-style credits inside a paragraph: "(Reporting by X; Editing by Y)".
TRAILING_CREDIT = re.compile(
    r"\s*\((?:(?:additional\s+)?reporting|writing|editing|compiled|graphic)\s+by\s+[^()]{0,250}\)\s*$",
    re.IGNORECASE,
)

#: A trailing author bio: "Jane Doe is a senior editor at the Times, based in …".
AUTHOR_BIO = re.compile(
    r"^(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z][\w.'’-]+)){0,3}\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,5}"
    r"(?:writer|editor|reporter|correspondent|journalist|columnist|contributor|producer|intern|analyst|author|critic|host|fellow)\b",
    re.IGNORECASE,
)

#: A standalone "Most read" / "Related stories" heading after most of the article: the rest of
#: the page is teasers for other stories.
TEASER_SECTION = re.compile(
    r"^(?:most\s+(?:read|popular|viewed|shared)|popular(?:\s+now)?|trending(?:\s+now)?|related(?:\s+(?:articles?|stories|news|content|posts|coverage))?|you\s+(?:may|might)\s+also\s+like|more\s+from\s+.{1,40}|recommended(?:\s+(?:for\s+you|stories|reading))?|more\s+stories|editor'?s\s+picks?|what\s+to\s+read\s+next|read\s+next)\s*:?$",
    re.IGNORECASE,
)

#: Photo credits inside a paragraph: "(Photo: Reuters)", "(AP Photo/Evan Vucci)".
INLINE_CREDIT = re.compile(
    r"\s*\((?:(?:file\s+)?(?:photo|image|picture|pic|video)s?(?:\s+credit)?\s*[:/|]|credit\s*:|(?:ap|afp|reuters|epa|getty|xinhua|pa)\s+(?:photo|images?)\b)[^()]{0,100}\)",
    re.IGNORECASE,
)

#: Blocks longer than this are article text even when they start like furniture, except for
#: legal disclaimers and the notices of ``_LONG_FURNITURE_START``.
MAX_FURNITURE_WORDS = 40

#: Footers that run past ``MAX_FURNITURE_WORDS`` yet are furniture from their first words: the
#: reprint notice of a publisher network ("This copy is for your personal, non-commercial use
#: only. Distribution and use of this material are governed by our Subscriber Agreement…",
#: 43 words) and a paid-subscription offer ("Get access to … for as little as …", "… use the
#: code …"). A paragraph must *open* with one, so an article that discusses subscriptions stays.
_LONG_FURNITURE_START = re.compile(
    r"^(?:this\s+(?:copy|article)\s+is\s+for\s+your\s+personal,?\s+non-commercial\s+use"
    r"|(?:get|unlock|enjoy)\s+(?:unlimited\s+|full\s+|digital\s+|instant\s+)?access\s+to\s+.{0,160}?"
    r"(?:for\s+as\s+little\s+as|use\s+(?:the\s+)?(?:promo\s+)?code|free\s+trial))",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)  # a one-sentence paragraph is asked again as a summary candidate
def is_furniture(text: str) -> bool:
    """True for a block that is page furniture: share bars, bylines, credits, widgets."""
    stripped = text.strip().strip("•·|»›>-–—*").strip()
    if not any(c.isalnum() for c in stripped):
        return True  # separators: "___", "* * *"
    half = len(stripped) // 2
    if len(stripped) > 8 and stripped[:half].strip() == stripped[half:].strip():
        return True  # teaser link text printed twice: "Headline Headline"
    if len(stripped.split()) > MAX_FURNITURE_WORDS:
        if _LONG_FURNITURE_START.match(stripped):
            return True
        # the cheap start test first: the word search costs ~0.1 ms on a long paragraph
        return is_disclaimer_start(stripped) and bool(_DISCLAIMER_WORDS.search(stripped))
    if _is_tag_list(stripped):
        return True
    lowered = stripped.lower()
    if any(word in lowered for word in _PITCH_WORDS) and _PITCH.search(stripped):
        return True
    return bool(_WHOLE_BLOCK.match(stripped) or _BYLINE.match(stripped))


def is_disclaimer_start(text: str) -> bool:
    if "disclaimer" not in text[:30].lower() and "as is" not in text.lower():
        return False
    return bool(DISCLAIMER_START.match(text)) or bool(
        re.search(r"provides\s+the\s+information\s+[“\"']?as\s+is", text, re.IGNORECASE)
    )


def is_disclaimer_continuation(text: str) -> bool:
    return bool(_DISCLAIMER_WORDS.search(text)) or text[:1].islower()


def _is_tag_list(text: str) -> bool:
    """ "stock car 2018, stock car brasil, interlagos, …": keyword lists under an article."""
    if text.endswith((".", "!", "?")) or text.count(",") < 4:
        return False
    items = [item.strip() for item in text.split(",")]
    short = sum(1 for item in items if 0 < len(item.split()) <= 4)
    lower = sum(1 for item in items if item == item.lower())
    return short == len(items) and lower >= 0.6 * len(items)


#: A live blog's or comment plugin's action links glued together by extraction ("FlagShareLikeReply",
#: "LikeReply", "Like · Reply"), with the entry's author written right before them (group
#: "author") and the next entry's header after them: its author, a score, a "moderator" or
#: "Featured" badge, its date and time ("Ani Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PM").
_WIDGET_ACTIONS = re.compile(
    r"(?:(?P<author>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*)?"
    r"(?:Flag)?(?:Share)?Like(?:\s*[·|]\s*)?Reply(?![a-z])"
    r"(?P<header>.*?(?i:\d+\s*pts?|moderator|featured|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},\s+\d{4}"
    r"(?:\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?)?|\s*[·|]\s*\d+\s*(?:min|hr|h|d)s?\b)+)?"
)


def without_widget_chrome(line: str) -> list[str]:
    """``line`` cut where a live blog's or comment plugin's glued action links stand, without the
    links, the entry author's name before them and the next entry's header after them: 'Julia
    CravenFlagShareLikeReplyAni Vrabel 5ptsmoderatorFeaturedFebruary 6, 2016 10:57PMJeb Bush Hits
    Marco Rubio …' keeps only the next entry's headline. Left in, the names read as speakers of
    the quotes around them. Only capitalised links glued or set apart by "·" count, never words
    of a sentence ("I would like to reply")."""
    if "Reply" not in line:
        return [line]
    pieces, at = [], 0
    for match in _WIDGET_ACTIONS.finditer(line):
        pieces.append(line[at : match.start()])
        at = match.end()
    pieces.append(line[at:])
    return [p.strip() for p in pieces if p.strip()] if at else [line]
