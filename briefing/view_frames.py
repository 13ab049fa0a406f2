"""Frames of a view, an attitude or a stance between a subject and the quote that ends its clause:
"The mayor sees the move as “…”", "Democrats are convinced that “…”", "The ministry takes the view
that “…”", "The campaign has no doubt that “…”", "The governor set out a vision of “…”", "The
party is running on a platform of “…”".

A name before a verb that is no speech verb is read as the quote's speaker by any verb
(``quote_fallbacks.verbless_subject``); a description, an organisation or a group only by a verb
of a view or a wish right after it ("The senator believes “…”"), because their other verbs may
frame someone else's words ("the board saw Fiorina as the “…”" may quote anyone). These frames
are the other shapes in which news puts a holder's own view into quotation: a verb of regarding
with its object and "as", an adjective of certainty or worry after a copula, a noun of belief or
doubt the subject has, takes or holds, a case made, a vision set out, a platform run on, a view
made plain or kept to ("made it clear that", "stands by the claim that"). Each must end right at
the quote (nothing after "as" or "that"), so "sees the plan as a “…” to win" and "sees the deal
as what critics call “…”" stay outside; "seems to" and "appears" (an observer's reading) are no
frame.

The near miss of the same shape, what others say of the subject ("has a history of “…”", "is
known for “…”"), is here too (``others_characterisation``): there the quote is never the
subject's.
"""

from __future__ import annotations

import re

#: Auxiliaries, negation and adverbs between the subject and its frame ("has long", "does not",
#: "still", "privately", "remains"). Not "seems" or "appears": "Players seem to want “…”" is an
#: observer's reading of them, whose words the quote may be.
_BEFORE = (
    r"(?:\s+(?:has|have|had|is|are|was|were|be|been|being|do|does|did|will|would|may|might|could|should|must|can|"
    r"not|never|also|still|long|now|always|clearly|increasingly|already|remain|remains|remained|"
    r"become|becomes|became|[a-z]+ly|\w+n[’']t))*"
)
#: Verbs of regarding or presenting something as something ("sees the move as", "considers the
#: plan", "pitched the plan as").
_REGARD = (
    r"(?:see|sees|saw|seen|seeing|view|views|viewed|viewing|regard|regards|regarded|regarding|consider|considers|"
    r"considered|considering|treat|treats|treated|treating|count|counts|counted|counting|pitch|pitches|pitched|pitching|"
    r"present|presents|presented|presenting|sell|sells|sold|selling|"
    r"think\s+of|thinks\s+of|thought\s+of|look\s+(?:on|upon)|looks\s+(?:on|upon)|looked\s+(?:on|upon))"
)
#: The thing regarded: up to five words, no clause ("what critics call", "the plan that Kell").
_REGARDED = r"(?:\s+(?!(?:what|which|who|whom|that|how|why)\b)[\w’'.-]+){1,5}?"
#: Adjectives of certainty, hope or worry after a copula ("is confident that", "remains convinced").
_STANCE_ADJECTIVES = (
    r"(?:confident|convinced|certain|sure|adamant|hopeful|optimistic|pessimistic|worried|concerned|afraid|fearful|"
    r"insistent|determined|resolved|keen|eager|unconvinced|doubtful|skeptical|sceptical|firm|"
    r"of\s+the\s+(?:view|opinion|belief)|under\s+no\s+illusions?|in\s+no\s+doubt)(?:\s+(?:that|to))?"
    # "sure", "certain", "clear" with "to" tell a likelihood ("is sure to face “…”"), no view
    r"|(?:sure|certain|clear|positive)(?:\s+that)?"
)
#: Nouns of a belief or a doubt the subject has, takes or holds ("has no doubt", "takes the view").
_VIEW_NOUNS = (
    r"(?:(?:doubts?|illusions?|view|belief|conviction|confidence|impression|sense|feeling|opinion|position)(?:\s+that)?"
    r"|(?:intention|hope|fear)(?:\s+(?:of|that))?)"
)
_HOLD = r"(?:has|have|had|having|hold|holds|held|holding|take|takes|took|taken|taking|share|shares|shared|expressed|expresses)"
#: A frame ending at the quote.
_FRAME = (
    rf"(?:{_REGARD}{_REGARDED}\s+as"
    # "considers the plan “…”", "considered it “…”": a pronoun or one noun, not "considered running for"
    r"|(?:consider|considers|considered)\s+(?:it|him|her|them|this|that|(?:the|this|that|his|her|its|their)\s+[a-z]+)"
    rf"|{_STANCE_ADJECTIVES}"
    rf"|{_HOLD}\s+(?:no|little|every|the|a|some|its|his|her|their|full|great)\s+(?:[a-z]+\s+)?{_VIEW_NOUNS}"
    r"|(?:hold|holds|held|maintain|maintains|maintained)\s+that"
    r"|(?:make|makes|made|making)\s+(?:the|a|its|his|her|their)\s+(?:[a-z]+\s+)?case\s+(?:that|for)"
    r"|(?:set|sets|setting|lay|lays|laid|laying)\s+out\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+)?(?:vision|agenda|plan)\s+(?:of|for)"
    r"|(?:has|have|had|offered|offers|offer)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z]+\s+)?(?:vision|plan|agenda)\s+(?:of|for)"
    r"|(?:running|campaigning|standing|ran|runs|campaigned|campaigns)\s+on\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[a-z]+\s+)?(?:platform|promise|pledge|message|ticket|agenda)\s+(?:of|to|that)"
    # a view made plain or kept to: "made it clear that", "left no doubt that", "voiced frustration
    # that", "stands by the claim that", "is sticking to the line that", "did not hide the view that"
    r"|(?:make|makes|made|making)\s+(?:it\s+)?clear\s+that"
    r"|(?:leave|leaves|left|leaving)\s+(?:no|little)\s+doubt\s+that"
    r"|(?:voice|voices|voiced|voicing|express|expresses|expressed|expressing)\s+(?:(?:his|her|its|their|some|deep|growing|real)\s+)?"
    r"(?:frustration|concern|hope|fear|confidence|optimism|doubts?|belief|anger|dismay|regret|disappointment|worry|worries)\s+that"
    r"|(?:stand|stands|stood|standing|stick|sticks|stuck|sticking)\s+(?:by|to)\s+(?:the|his|her|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:line|view|claim|position|argument|belief|assertion|contention|story)\s+that"
    r"|(?:hide|hides|hid|hidden|hiding)\s+(?:the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:view|belief|conviction|frustration|anger)\s+that"
    r"|(?:paint|paints|painted|painting)\s+a\s+(?:[a-z]+\s+)?picture\s+of"
    r"|(?:disagree|disagrees|disagreed|disagreeing)\s+that|(?:bet|bets|betting)\s+that"
    r"|(?:double|doubles|doubled|doubling)\s+down\s+on)"
)
_VIEW_FRAME = re.compile(rf"{_BEFORE}\s+{_FRAME}\s*[,:]?\s*")
#: A word every frame holds, to skip the sentences with none at once.
_FRAME_WORD = re.compile(
    r"\b(?:as|that|to|of|for|consider|considers|considered|confident|convinced|certain|sure|adamant|hopeful|optimistic|"
    r"pessimistic|worried|concerned|afraid|fearful|insistent|determined|resolved|keen|eager|unconvinced|doubtful|"
    r"skeptical|sceptical|positive|clear|firm|view|illusions?|doubt|on)\b"
)


#: A verb of having right before the quote ("The mayor had “no doubt …”").
_HAVE_AT_END = re.compile(rf"{_BEFORE}\s+(?:has|have|had|having|hold|holds|held)\s*")
#: A quote opening on the noun of an attitude the subject has ("no doubt at all that …", "every
#: confidence that …", "no intention of …").
_QUOTED_ATTITUDE = re.compile(r"(?:no|little|every|full|great|some|absolutely\s+no)\s+(?:[a-z]+\s+)?(?:doubts?|illusions?|confidence|intention|faith|regrets?)\b")


def view_frame(rest: str, quote: str = "") -> bool:
    """``rest``, the words between a subject and the quote (masked, up to the quote mark), is a
    frame of the subject's view whose content the quote is: "sees the move as", "is confident
    that", "takes the view that", "is running on a platform of"; or a verb of having before a
    ``quote`` that opens on the attitude had ("had" + "no doubt at all that …")."""
    if _FRAME_WORD.search(rest) is not None and _VIEW_FRAME.fullmatch(rest) is not None:
        return True
    return bool(quote) and _QUOTED_ATTITUDE.match(quote) is not None and _HAVE_AT_END.fullmatch(rest) is not None


def view_frame_start(sentence: str, quote: str = "") -> int | None:
    """Where a frame of a view ending ``sentence`` (masked, up to the quote) starts, for a subject
    before it whose end is not known ("Democrats see the move as “…”" -> at " see")."""
    attitude = bool(quote) and _QUOTED_ATTITUDE.match(quote) is not None
    if _FRAME_WORD.search(sentence) is None and not attitude:
        return None
    for match in re.finditer(r"\s(?=[a-z])", sentence):
        if _VIEW_FRAME.fullmatch(sentence, match.start()) or attitude and _HAVE_AT_END.fullmatch(sentence, match.start()):
            return match.start()
    return None


#: The near miss: a frame of what others say of the subject, whose words the quote is ("has a
#: history of “…”", "is known for “…”", "has a reputation for “…”", "is the target of “…”").
_OTHERS_CHARACTERISATION = re.compile(
    r"(?:\s+(?:has|have|had|with|is|are|was|were|been|long|also|[a-z]+ly))*\s+"
    r"(?:(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+)?(?:history|record|reputation|habit|tendency|penchant|propensity|target|subject|object)"
    r"\s+(?:of|for)(?:\s+[a-z]+){0,3}|(?:known|famous|notorious|criticised|criticized|remembered)\s+for)\s*$"
)


def others_characterisation(sentence: str) -> bool:
    """``sentence`` (masked, up to the quote) ends on a frame of what others say of its subject
    ("has a history of", "is known for"): the quote is their words, not the subject's."""
    return _OTHERS_CHARACTERISATION.search(sentence) is not None
