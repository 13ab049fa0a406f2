"""A bare quote's speaker from the lines around it, for ``quote_attribution``: a name line
above or a sign-off below, a Q&A's question, a paragraph announcing the speaker or handing them
the word with a colon, the paragraph that introduces the quote ("Umerov said:").
"""

from __future__ import annotations

import re

from .attribution import head_attribution
from .colon_intros import colon_introduction
from .cueless_quotes import introducing_paragraph, next_quote_agrees
from .masked_sentences import WORD, last_sentence
from .paragraph_fallbacks import introduced_in_previous
from .quote_reading import Reading
from .quote_signatures import POST_LINK, signed_after
from .speaker_labels import header_name_line, interviewee, label_line, name_line, qa_turn
from .speaker_turns import plain_paragraph
from .word_owners import possessive_introduction

#: A post's links as an embed leaves them after its text ("pic.twitter.com/aB3cDe",
#: "https://t.co/Zx12Ab"): no words of the paragraph, nor a paragraph of words between the post
#: and its sign-off.
_POST_LINKS = re.compile(POST_LINK)
#: An age set off after a name ("Ines Corrow, 41, farmer").
_AGE_AFTER_NAME = re.compile(r"^[^,]{3,60},\s*\d{1,3}\s*(?:,|$)")


def read_lines_around(r: Reading) -> None:
    """A bare quote's paragraph read with the lines around it: a name line above ('Ann Weller,
    54, a nurse'), a sign-off or name line below (past a post's links), or a Q&A's question
    above (the interviewee answers)."""
    f = r.f
    if r.mention is None and r.at_start and not WORD.search(r.masked):
        r.mention = header_name_line(r.blocks, r.masks, f.paragraph)  # 'Ann Weller, 54, a nurse' / '“…”'
    if r.mention is None and r.at_start and f.paragraph + 1 < len(r.blocks) and not WORD.search(_POST_LINKS.sub(" ", r.masked)):
        sign_off = f.paragraph + 1
        links = r.masks[sign_off]
        if sign_off + 1 < len(r.blocks) and _POST_LINKS.search(links) and not WORD.search(_POST_LINKS.sub(" ", links)):
            sign_off += 1  # '“…”' / 'pic.twitter.com/aB3cDe' / '— Ann Weller (@annweller) May 9, 2016'
        r.mention = signed_after(" " + r.masks[sign_off], own_line=True)  # '"…"' / '— Gov. Maria Lenz, on X.'
        closing_line = r.blocks[f.paragraph + 1].text
        if r.mention is None and (f.paragraph + 2 < len(r.blocks) or _AGE_AFTER_NAME.search(closing_line)):
            # not the byline closing the page, unless the line gives an age, as no byline does
            # ('“…”' / 'Ines Corrow, 41, farmer' ending a round-up)
            r.mention = name_line(closing_line)  # '"…"' / 'Maria Ortiz, a nurse'
    if r.mention is None and r.at_start and f.paragraph > 0 and not WORD.search(r.masked) and qa_turn(r.blocks[f.paragraph - 1].text) == "Q":
        # 'We spoke with Ann Weller …' / 'Q: …?' / '“…”': the answer to a Q&A's question, unlettered
        r.mention = interviewee(r.blocks, f.paragraph)


def read_previous_paragraph(r: Reading) -> None:
    """A bare quote opening its paragraph, from the paragraph before, ahead of any carried turn: a
    person it announces ('Tom Reyes had a simple message for voters.') or one a colon hands the word
    to. Fixes ``r.own_verb`` (a speech verb of the quote's own)."""
    f = r.f
    r.own_verb = r.verb is not None and not f.continues
    if r.mention is None and r.at_start and not r.own_verb and not f.continues and plain_paragraph(r.blocks, f.paragraph - 1):
        # 'Tom Reyes had a simple message for voters.' / '“…”', also after another's quote in
        # that paragraph ('“…,” said Ann Weller. Tom Reyes was more cautious.' / '“…”')
        after_quote = r.last is not None and r.last.paragraph == f.paragraph - 2
        announced = introduced_in_previous(r.masks[f.paragraph - 1], r.masked, after_quote=after_quote)
        if announced is not None and (announced.kind != "name" or r.registry.is_proper_name(announced.text, f.start, strict=True)):
            if next_quote_agrees(r.blocks, r.masks, r.registry, f, announced):
                r.mention = announced
    if r.mention is None and r.at_start and r.last is not None and not r.own_verb and f.paragraph > 0 and r.masks[f.paragraph - 1].rstrip().endswith(":"):
        # '“A,” Mayor Tom Reyes said. Sen. Ann Weller disagreed:' / '“B.”': the colon hands the
        # word to whoever it introduces, before the last speaker's turn is carried over
        introducing = r.masks[f.paragraph - 1]
        r.mention, r.verb = head_attribution(introducing, "", None)
        r.mention = r.mention or colon_introduction(introducing, r.proper) or possessive_introduction(last_sentence(introducing))
        r.mention = r.mention or label_line(f.paragraph - 1, r.blocks, r.body)  # 'Clinton:' / '“B.”'


def read_introducing_paragraph(r: Reading) -> None:
    """The paragraph introducing a quote that opens its own: "Umerov said:", "Berg was blunt:",
    "Here’s Trump:"."""
    f = r.f
    if r.mention is None and r.at_start and f.paragraph > 0:
        introducing = r.masks[introducing_paragraph(r.blocks, r.masks, f.paragraph)]
        r.mention, r.verb = head_attribution(introducing, "", None)  # "Umerov said:"
        r.mention = r.mention or colon_introduction(introducing, r.proper)  # "Berg was blunt:", "Kell on the tax plan:"
        if r.mention is None and introducing.rstrip().endswith(":"):
            r.mention = label_line(introducing_paragraph(r.blocks, r.masks, f.paragraph), r.blocks, r.body)  # "Here’s Trump:"
