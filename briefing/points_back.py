"""A sentence right after a quote that points back at it and names its source: "That quote from
Commissioner Tom Krebs appeared …", "Those were the words of the mayor", "That is how Ann Roe put
it.", "Roe's remarks came after the vote.", "Roe made the comments in an interview.", "The words
were Roe's.", "Roe was responding to a question about the budget.", "Roe, in an interview on
Monday." — a quote standing as a sentence of its own, credited in the sentence after it (or the
paragraph after a quote-only paragraph).

Separate from ``tail_attribution``, which reads the clause right after a quote for a speech verb:
these sentences have none (or a noun of saying and a verb of doing, "made the remarks"), and each
is a frame that only points back, so it is read whole. ``quote_attribution`` reads them before a
turn is carried over from an earlier quote: the sentence names this quote's speaker.
"""

from __future__ import annotations

import re

from .head_kinds import can_speak
from .inverted_speakers import phrase_after
from .masked_sentences import first_sentence
from .mention import Mention
from .speaker_heads import head_of_segment
from .speech_nouns import POSSESSIVE_PRONOUN
from .speech_verbs import SPEECH_VERB, first_verb

#: A sentence pointing back at the quote before it and naming its source: "That quote from
#: Commissioner Tom Krebs appeared …", "Those were the words of the mayor", "This warning came from
#: the agency".
_SAYING = r"(?:quote|words?|remarks?|comments?|line|message|warning|verdict|promise|pledge|plea|claim)"
_POINTS_BACK_TO_SOURCE = re.compile(
    rf"\s*(?:That|This|Those|These)\s+(?:{_SAYING}\s+)?"
    rf"(?:(?:was|were|is|are)\s+(?:the\s+)?(?:[a-z]+\s+)?{_SAYING}\s+|(?:came|comes)\s+)?(?:from|of)\s+(?=[A-Za-z])"
)


#: "That's what X told reporters", "That is what X said on Monday" right after a quote: X said it
#: (group "who": the subject, ending at the speech verb).
_WHAT_X_SAID = re.compile(
    r"\s*(?:That|This|Those)(?:[’']s|\s+(?:is|was|were|are))\s+(?:exactly\s+|precisely\s+)?what\s+"
    r"(?P<who>(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:said|says|told|tells|wrote|writes|posted|tweeted|declared|declares|argued|argues|insisted|insists|promised|promises|warned|warns)\b"
)


#: "That was Ann Roe, the council leader, speaking on Tuesday", "This is the mayor talking": the
#: speaker shown as the one heard (group "who").
_THAT_WAS_X_SPEAKING = re.compile(
    r"\s*(?:That|This)(?:[’']s|\s+(?:was|is))\s+(?P<who>[^.;:!?“”\"]{2,80}?),?\s+"
    r"(?:speaking|talking|writing|testifying|addressing|answering|responding|replying)\b"
)
#: "Those were Roe's words", "That is the mayor's own verdict": the owner of the words (group "who").
_OWNERS_WORDS = re.compile(
    rf"\s*(?:That|This|Those|These)\s+(?:was|were|is|are)\s+(?P<who>[^.;:!?“”\"]{{2,60}}?)[’']s?\s+(?:own\s+)?{_SAYING}s?\b"
)


#: A phrase of time in the subject's place ("the year", "a moment"): "That was the year …".
_TIME_NOUN_OPENING = re.compile(r"(?:the|a|an|that)\s+(?:year|day|time|moment|week|month|night|morning|evening|point|season)s?\b", re.IGNORECASE)


#: The speaker phrase opening a frame: capitalised (it opens the sentence), no clause's marks.
_WHO = r"(?P<who>[A-Z][^.,;:!?“”\"]{0,60}?)"
#: Nouns of what was said, as a frame's head ("the remarks", "his comments").
_REMARKS = (
    r"(?:remarks?|comments?|words|statements?|testimony|observations?|speech|post|tweet|answer|response|reply|"
    r"prediction|admission|warning|pledge|promise|plea|argument|assessment|claim)"
)
#: "That is how Ann Roe put it", "This was how he described it" (group "who": the one who put it).
_HOW_X_PUT_IT = re.compile(
    r"\s*(?:That|This)(?:[’']s|\s+(?:is|was))\s+(?:exactly\s+|precisely\s+|just\s+)?how\s+(?P<who>[^.;:!?“”\"]{2,60}?)\s+"
    r"(?:later\s+|once\s+|first\s+|best\s+|has\s+|had\s+)?(?:put|puts|described|describes|explained|explains|summed|sums|"
    r"summari[sz]ed|summari[sz]es|characteri[sz]ed|characteri[sz]es|phrased|phrases|framed|frames|worded|said|says)\b"
)
#: "Roe's remarks came after the vote", "His comments were made on Monday" (group "who": the
#: owner with the possessive, or "His"/"Her"/"Their").
_OWNERS_REMARKS_CAME = re.compile(
    rf"\s*(?P<who>His|Her|Their|[A-Z][^.,;:!?“”\"]{{0,60}}?(?:[’']s|s[’']))\s+(?:[a-z-]+\s+)?{_REMARKS}\s+"
    r"(?:came|come|followed|(?:were|was)\s+(?:made|delivered|given|posted|in\s+response|a\s+response))\b"
)
#: "Roe made the remarks after the vote", "He delivered those comments to …"; not "made similar
#: remarks" (no determiner) nor "the same remarks", "his own comments" (someone else's words), nor
#: "made the comments public" (published someone's words).
_MADE_THE_REMARKS = re.compile(
    rf"\s*{_WHO}\s+(?:(?:also|later|first|had)\s+)?(?:made|makes|delivered|offered|gave|posted|tweeted)\s+"
    rf"(?:the|those|these|his|her|their)\s+(?!(?:same|similar|own|other|earlier)\b)(?:[a-z-]+\s+)?{_REMARKS}\b(?!\s+public)"
)
#: "The words were Roe's.", "Those remarks are the mayor's own." (group "who": the owner).
_REMARKS_WERE_X = re.compile(
    rf"\s*(?:The|Those|These)\s+(?:[a-z-]+\s+)?{_REMARKS}\s+(?:were|are|was|is)\s+(?P<who>[^.,;:!?“”\"]{{2,60}}?)(?:[’']s|s[’'])"
    r"(?:\s+own)?\s*(?:[.;!,—–]|$)"
)
#: "Roe was responding to a question about …", "He was speaking at a rally", "The mayor was
#: referring to the new tax" (group "doing": the participle).
_WAS_SPEAKING = re.compile(
    rf"\s*{_WHO}\s+(?:was|is|were|are|had\s+been|has\s+been)\s+(?:(?:then|again|also|apparently|clearly|evidently)\s+)?"
    r"(?P<doing>speaking|responding|referring|reacting|replying|testifying|answering|commenting|alluding)\b"
)
#: Participles of answering: after a quoted question, "X was responding" may answer it.
_ANSWERING = frozenset({"responding", "reacting", "replying", "answering"})
#: "Roe, in an interview on Monday.", "The mayor, speaking to reporters." — a verbless sentence of
#: a speaker and the setting of the words.
_NAME_IN_SETTING = re.compile(
    rf"\s*{_WHO},\s+(?:in|during|at|on|speaking|writing|testifying|talking)\s+[^.,;:!?“”\"]{{2,80}}?\s*(?:[.!]|$)"
)


def _frame_speaker(who: str) -> Mention | None:
    """The speaker a frame's subject phrase names: a name, a he/she/they (or "His"/"Her"/"Their"
    before a noun of saying), or a description of someone who speaks; the whole phrase must be
    that speaker ("Mayor Jane Roe"), not a clause with a verb or a thing ("The vote")."""
    who = re.sub(r"(?:[’']s|(?<=s)[’'])$", "", who.strip())
    if who.lower() in POSSESSIVE_PRONOUN and who.lower() not in {"its", "our", "my"}:
        return Mention("pronoun", POSSESSIVE_PRONOUN[who.lower()])
    if len(who.split()) > 8 or first_verb(f" {who} ") or SPEECH_VERB.search(who):
        return None
    mention = head_of_segment(who)
    if mention is None or not who.lower().endswith(mention.text.lower()):
        return None
    if mention.kind == "pronoun":
        return mention if mention.text in {"he", "she", "they"} else None
    if mention.kind == "description" and not can_speak(mention.text):
        return None
    return mention if mention.kind in {"name", "description"} else None


def remark_frame_speaker(after: str, *, question: bool = False) -> Mention | None:
    """The speaker named by a sentence after a quote that frames it as someone's remarks: '“…”
    That is how Ann Roe put it.', 'Roe's remarks came after the vote.', 'He made the comments in
    an interview.', 'The words were Roe's.', 'Roe was responding to a question about …', 'Roe, in
    an interview on Monday.' ``question``: the quote asks something, so the one "responding" after
    it answered the question, not asked it."""
    sentence = first_sentence(after)
    for frame in (_HOW_X_PUT_IT, _OWNERS_REMARKS_CAME, _MADE_THE_REMARKS, _REMARKS_WERE_X, _WAS_SPEAKING):
        match = frame.match(sentence)
        if match is None:
            continue
        if frame is _WAS_SPEAKING and question and match.group("doing") in _ANSWERING:
            return None  # '“Will you run?” Roe was responding to …': whose question is unsaid
        return _frame_speaker(match.group("who"))
    setting = _NAME_IN_SETTING.fullmatch(sentence)
    if setting is not None and first_verb(" " + sentence[setting.end("who") :]) is None:
        return _frame_speaker(setting.group("who"))
    return None


def points_back_source(after: str, *, question: bool = False) -> Mention | None:
    """The source named by the sentence right after a quote that is a sentence of its own
    ('“…” That quote from Commissioner Tom Krebs appeared in 1980.', '“…” That's what Ann Roe
    told reporters.', '“…” That was Ann Roe, speaking on Tuesday.', '“…” Those were Roe's
    words.', and the frames of ``remark_frame_speaker``). ``after`` is the masked text following
    the quote's closing mark; it must start a new sentence."""
    framed = remark_frame_speaker(after, question=question)
    if framed is not None:
        return framed
    said = _WHAT_X_SAID.match(after)
    if said is not None:
        who = head_of_segment(said.group("who"))
        return who if who is not None and who.kind in {"name", "description"} else None
    shown = _THAT_WAS_X_SPEAKING.match(after) or _OWNERS_WORDS.match(after)
    if shown is not None:
        segment = shown.group("who").split(",")[0].strip()  # "Jane Roe, the council leader"
        who = head_of_segment(segment)
        if who is None or who.kind not in {"name", "description"} or _TIME_NOUN_OPENING.match(segment):
            return None  # "That was the year Roe started writing …": a time, not who spoke
        # the whole phrase is the speaker ("Mayor Jane Roe"), not a clause ending on a verb
        return who if segment.lower().endswith(who.text.lower()) else None
    match = _POINTS_BACK_TO_SOURCE.match(after)
    if match is None:
        return None
    source = first_sentence(after[match.end() :])
    verb = first_verb(" " + source)  # "… Tom Krebs appeared on the front page"
    mention = phrase_after(source[: verb.start() - 1] if verb is not None else source)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


