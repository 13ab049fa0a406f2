"""A source named by the prepositional phrase that opens the quote's sentence, with no verb
between: "Under the Clean Water Act, “…”", "In a new Marist poll, “…”", "For Ann Weller, “…”".

News credits words to a text or a person this way as it does with "according to": the law's
wording, the poll's finding, the person whose view the sentence gives. Without a verb of saying
the sentence readers found no cue, and the quote was left with no one. Each frame is read only
when the phrase and its comma stand right before the quote, alone in the sentence:

* "Under" a text that has wording of its own (an act, a law, a constitution, rules, a treaty, a
  contract), not "Under the deal," or "Under pressure," (no text that speaks);
* "In" a poll, survey or study ("In the latest Quinnipiac survey, conducted May 2-4, “…”"), not
  "In a statement," (a channel, whose speaker is elsewhere) nor "In its report," (the owner's);
* "For" or "To" a person named ("For Ann Weller, “…”", "To Tom Reyes, who has studied the
  rallies, “…”"): the view the sentence gives is theirs. A name only: "For years," "To the
  children," (perhaps the ones addressed) and places ("For China,") give no one.
"""

from __future__ import annotations

import re

from .mention import Mention
from .speaker_heads import head_of_segment
from .speech_nouns import POSSESSIVE_PRONOUN
from .wordlists import is_place

#: "Under" a text with wording of its own, maybe past a short name or modifiers, and a parenthesis
#: ("Under the Presidential Transitions Improvement Act,", "Under Missouri law,", "Under the new
#: rules,"; group "text").
_UNDER_TEXT = re.compile(
    r"\s*(?:(?:But|And|Yet|Still)\s+)?[Uu]nder\s+(?P<text>(?:(?:the|a|an|this|that|state|federal|current)\s+)?"
    r"(?:[\w.’'-]+\s+){0,6}?(?:Act|act|[Ll]aws?|[Cc]onstitution|[Ss]tatutes?|Code|code|rules|regulations|[Tt]reaty|"
    r"[Cc]harter|[Oo]rdinance|[Cc]ontract|[Gg]uidelines|[Aa]greement|[Aa]ccords?|[Bb]ill|[Aa]mendment))"
    r"(?:\s*\([^()]{1,40}\))?\s*,\s*"
)
#: A poll, a survey or a study, maybe past its date's or its maker's words ("the new Morning
#: Consult poll", "a national USA TODAY/Suffolk University Poll"), and who ran it ("a poll by
#: Gallup", "a survey conducted by the Times and ABC News").
_POLL = (
    r"(?:a|an|the|one|another)\s+(?:[\w.’'/&-]+\s+){0,6}?(?:[Pp]oll|[Ss]urvey|[Ss]tudy|[Cc]ensus)"
    r"(?:\s+(?:(?:conducted|carried\s+out|released|published|commissioned)\s+)?by\s+[^,;:“”\"]{2,60}?)?"
)
#: "In" such a poll, maybe past a participle phrase set off by commas ("In the new Morning Consult
#: poll, conducted March 11-13,"; group "text").
_IN_POLL = re.compile(
    rf"\s*(?:(?:But|And|Yet|Still)\s+)?In\s+(?P<text>{_POLL})"
    r"(?:\s*,\s+(?:conducted|released|published|taken|carried\s+out)\s+[^,;:“”\"]{1,50})?\s*,\s*"
)
#: The same poll right after the quote, closing the clause ('“…” in a new Fox News poll.', '“…”,
#: in the survey, taken July 11-14,'): what the poll found.
_POLL_AFTER = re.compile(
    rf"\s*,?\s+in\s+(?P<text>{_POLL}|(?:(?:latest|new|recent|national|state)\s+)?(?:[\w-]+\s+(?:and\s+)?){{0,2}}(?:polls|surveys|poll))"
    r"\s*(?=[,.;]|\s+(?:conducted|released|published|taken|last|this|on)\b)"
)
#: The owner's eyes or view right after the quote, closing its clause ('“…” in their eyes.', '“…”,
#: in Kell's view.'; groups "pronoun", "owner").
_VIEW_AFTER = re.compile(
    r"\s*,?\s+in\s+(?:(?P<pronoun>his|her|their)|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s?)\s+(?:own\s+)?"
    r"(?:eyes|view|opinion|words|estimation)\s*(?=[,.;]|$)"
)
#: "For" or "To" a person, maybe with a relative clause on them set off by commas ("To Tom Reyes,
#: who has studied the rallies,"; group "who").
_VIEW_OF = re.compile(
    r"\s*(?:(?:But|And|Yet|Still)\s+)?(?:For|To)\s+(?P<who>[^,;:“”\"()]{2,50}?)(?:\s*,\s+(?:who|whose)\s+[^,;:“”\"]{1,100})?\s*,\s*"
)


def opening_source(sentence: str) -> Mention | None:
    """The source an opening phrase names when the quote follows it at once: 'Under Missouri law,
    “…”' -> Missouri law; 'In a new Fox News poll, “…”' -> a new Fox News poll; 'For Ann Weller,
    “…”' -> Ann Weller. ``sentence`` is the masked sentence up to the quote."""
    if not sentence.lstrip()[:1].isupper():
        return None
    if (under := _UNDER_TEXT.fullmatch(sentence)) is not None:
        return Mention("description", under.group("text"))
    if (poll := _IN_POLL.fullmatch(sentence)) is not None:
        return Mention("description", poll.group("text"))
    view = _VIEW_OF.fullmatch(sentence)
    if view is None:
        return None
    who = view.group("who").strip()
    mention = head_of_segment(who)
    if mention is None or mention.kind != "name" or is_place(mention.text):
        return None  # "For years,", "To the children,", "For China,"
    if not who.endswith(mention.text) or not all(w[:1].isupper() for w in who.split()):
        return None  # "To Kell's surprise,", "For Reyes and his aides,": no one person's view
    return mention


def poll_after(tail: str) -> Mention | None:
    """The poll named right after the quote: '“…” in a new Fox News poll released Thursday.' -> a
    new Fox News poll; or the owner's view: '“…” in their eyes.' -> they. ``tail`` is the masked
    text after the quote."""
    poll = _POLL_AFTER.match(tail)
    if poll is not None:
        return Mention("description", poll.group("text"))
    view = _VIEW_AFTER.match(tail)  # '“…” in their eyes.': the owner's view, as "In their eyes, “…”"
    if view is None:
        return None
    if view.group("pronoun"):
        return Mention("pronoun", POSSESSIVE_PRONOUN[view.group("pronoun")])
    mention = head_of_segment(view.group("owner"))
    return mention if mention is not None and mention.kind == "name" else None


#: A fronted phrase of circumstance whose noun the quote completes, right before the quote
#: ("Amid calls for “…”", "Despite warnings that “…”", "After reports of “…”"): no gerund or
#: relative clause in it (whose verb would have a subject of its own: "After telling reporters").
_FRONTED_NOUN_PHRASE = re.compile(
    r"\s*(?:(?:But|And|Yet|Still)\s+)?(?:Amid(?:st)?|Despite|After|Following|Over|Against|Among|Before|Without|Beyond|Given)\s+"
    r"(?P<np>(?:(?!\w+ing\b|who\b|which\b|whose\b)[\w’'.-]+\s+){0,6}?)(?:for|of|about|over|that|to)\s*"
)


def inside_fronted_phrase(sentence: str, tail: str) -> bool:
    """The quote completes the noun of a fronted phrase of circumstance and the main clause
    follows its comma: 'Amid calls for “…”, Ann Weller resigned.' The clause after is the
    sentence's own, no cue of the quote's: the calls were others', whoever resigned.
    ``sentence``: the masked sentence up to the quote; ``tail``: the text after it."""
    return tail.lstrip(" ”’\"").startswith(",") and _FRONTED_NOUN_PHRASE.fullmatch(sentence) is not None
