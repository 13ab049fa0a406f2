"""Photo captions, photo credits and headlines: paragraphs whose capitals and names say no one spoke.

A caption ("President Obama and Vice President Biden place flowers at a memorial. Carlos Barria /
Reuters.") describes a picture, so neither its people nor its photographer is who a body's "he
said" means; a headline capitalises every long word, so its capitals tell nothing of where a name
ends. ``salience`` skips caption sentences and reads a headline's subject warily (told which
paragraphs are so by ``speaker_resolution``), ``quotes`` looks past a caption between a colon
introduction and its quote, and ``headline_echo`` counts long words as a headline does. No other
briefing module is imported here: the tests read the text alone.
"""

from __future__ import annotations

import re

#: Words of four letters or more: a headline capitalises every one of them (``headline_echo.title_case``
#: counts them too).
LONG_WORD = re.compile(r"(?<![\w’'])[^\W\d_][\w’'-]{3,}")


def all_capitalised(paragraph: str) -> bool:
    """Four long words or more, every one capitalised ("Obama Claims Hillary Most Qualified
    Presidential Candidate Ever"), unlike a lead full of names ("Transport Minister Jacob Ferris
    opened the station")."""
    words = LONG_WORD.findall(paragraph)
    return len(words) >= 4 and all(w[0].isupper() for w in words)


#: A photo credit ("Carlos Barria / Reuters.", "Photo: Ann Lee/AP", "(AP Photo/Evan Vucci)",
#: "Photograph by Ann Lee for The New York Times", "Ann Lee/Getty Images"): capitalised words
#: around a slash, or a picture word opening a credit; or a caption's own label ("Pictured: …",
#: "Above: …"). Its names are photographers, never who a pronoun of the article means.
_CREDIT = re.compile(
    r"\s*\(?\s*(?:"
    r"(?:[A-Z][\w’'.․&-]*\s+){0,3}(?:(?:Photo(?:graph)?s?|Images?|Pictures?|Illustrations?|Video|Credits?)\s*(?:[:/|]|by\s+[A-Z]|courtesy\b)|Courtesy\s+(?:of\s+)?[A-Z])"
    r"|(?:Pictured|Above|Below|Top|Left|Right|From\s+left|Inset|Caption)\s*:"
    r"|\(\s*(?:[A-Za-z][\w’'.&-]*\s+){0,6}(?:PHOTO|[Pp]hoto)[Ss]?\s*\)"  # "( THE CANADIAN PRESS FILE PHOTO )"
    # "(Submitted by Wendy Golden)", "(Supplied)", "(Handout)", "(CBC)", "(Getty Images)": a short
    # parenthesis that is a whole sentence
    r"|\(\s*(?:(?:Submitted|Supplied|Provided|Contributed|Handout|Courtesy)\b[^()]{0,60}|(?:[A-Z][\w’'.&-]*\s*){1,3})\)\s*$"
    r"|(?:[A-Z][\w’'.․&-]*\s+){0,3}[A-Z][\w’'.․&-]*\s*/\s*(?:[A-Z][\w’'.․&-]*\s*){1,5}[.)]*\s*$"
    r")"
)


def caption_sentences(masked: str, cuts: list[int]) -> set[int]:
    """The starts of a paragraph's photo-credit sentences and of the caption sentence right before
    each. A caption ("President Obama and Vice President Biden place flowers at a memorial.
    Carlos Barria / Reuters.") describes a picture: its people said nothing, and a body's "he
    said" never means them nor the photographer. Only that one sentence: a page extracted as one
    long paragraph keeps its credits inline ("… Pictured: Operation Overlord in June 1944"), and
    the article before them is no caption."""
    skipped: set[int] = set()
    for k, (start, stop) in enumerate(zip(cuts, [*cuts[1:], len(masked)], strict=True)):
        if _CREDIT.match(masked, start, stop):
            skipped.update(cuts[max(0, k - 1) : k + 1])
    return skipped


def short_headline(paragraph: str) -> bool:
    """A first paragraph of a few words, each long one capitalised, with no closing stop: a
    headline too short for ``headline_echo.title_case`` ("Ana Weller Vows to Fight On"), whose
    capitals say nothing of where a name ends."""
    words = LONG_WORD.findall(paragraph)
    text = paragraph.strip()
    return (
        2 <= len(words)
        and len(text.split()) <= 10
        and "\n" not in text
        and text[-1:] not in set(".!?:;,”\"’'")
        and all(w[0].isupper() for w in words)
    )


def credit_only(paragraph: str) -> bool:
    """A paragraph that is nothing but a photo credit ("Carlos Barria / Reuters"): the one-sentence
    paragraph before it is the picture's caption."""
    return len(paragraph) < 120 and bool(caption_sentences(paragraph, [0]))
