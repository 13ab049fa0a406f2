"""Quotes that are what someone calls a thing: "The bill, described by Rep. Dana Kline as “…”",
"a plan critics dismissed as “…”", "Community leaders hailed the grant as “…”".

The sentence's subject there is often the thing or the person judged, never the speaker; the
one who judged is the agent, the subject of the judging verb, or nobody the sentence names.
"""

from __future__ import annotations

import re

from .cue_sources import OBJECT_PRONOUN
from .end_anchored import EndAnchored
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import UPPER
from .relative_clauses import people_head
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speakers import name_right_before, subject_before
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    JUDGING_VERBS,
    NAMING_VERBS,
    SPEECH_NOUN_FORMS,
)
from .speech_nouns import POSSESSIVE_PRONOUN
from .speech_verbs import SPEECH_VERB

#: A form of a verb of naming or judging right before the quote, with "as" or (a naming verb) the
#: quote right after it, and no object between: the object is the relative before it ('a plan
#: which critics derided as “…”'), or the verb is passive ('was dismissed as “…”').
_GAP_OBJECTS = ("it", "them", "him", "her", "this", "that", "itself", "himself", "herself", "themselves")
_JUDGING_GAP = EndAnchored(
    re.compile(
        r"(?<![\w’'-])("
        + "|".join(sorted((f.replace(" ", r"\s+") for f in JUDGING_VERBS if not f.endswith("ing")), key=len, reverse=True))
        + rf")(?P<object>\s+(?:{'|'.join(_GAP_OBJECTS)}))?(\s+as)?(?:(?<=as)\s+(?:a|an|the))?\s*$",
        re.IGNORECASE,
    ),
    {f.split()[-1] for f in JUDGING_VERBS if not f.endswith("ing")} | {*_GAP_OBJECTS, "as", "a", "an", "the"},
)
#: A judging verb (a finite form: the subject of "referring to X as" is no subject before it), its
#: object (a few plain words, no -ing form; with a preposition other than "of"
#: only in the passive: "hailed at the time as") and "as" right before the quote ("hailed the
#: agreement as", "dismissed Kell's report as"): the subject judges (not 'attacked the chairman for
#: acting as “…”', where "as" is the chairman's role).
_JUDGING_OBJECT = EndAnchored(
    re.compile(
        r"(?<![\w’'-])("
        + "|".join(sorted((f.replace(" ", r"\s+") for f in JUDGING_VERBS - NAMING_VERBS if not f.split()[0].endswith("ing")), key=len, reverse=True))
        + rf")\s+((?:(?!(?:that|which|who|whom|and|but|when|while|if)\s|[a-z]+ing\s)[\w’'.{ABBREVIATION_DOT}-]+\s+){{1,6}}?)as(?:\s+(?:a|an|the))?\s*$",
        re.IGNORECASE,
    ),
    ("as", "a", "an", "the"),
)
#: A judging verb's -ing form set off by a comma, its object a pronoun or a short noun phrase, and
#: "as" right before the quote (", dismissing it as", ", hailing the deal as"; group 1 the form).
_JUDGING_PARTICIPLE = re.compile(
    r",\s+(?:with\s+(?P<with>(?:[a-z-]+\s+){0,2}?[a-z-]+)\s+)?(?:[a-z]+ly\s+)?([a-z]+ing)\s+(?:it|them|him|her|this|that|(?:the|his|her|their|its)\s+[a-z-]+(?:\s+[a-z-]+)?)\s+as(?:\s+(?:a|an|the))?\s*$",
    re.IGNORECASE,
)
#: Prepositions in the object of an active judging verb: "as" is then no verdict of the subject's.
_OBJECT_PREPOSITION = re.compile(r"(?<![\w’'-])(?:for|to|with|by|after|before|in|on|at|from)(?![\w’'-])", re.IGNORECASE)
#: Auxiliaries and adverbs between a subject and its verb ("has long", "quickly", "once").
_AUX_ADVERBS = re.compile(
    r"(?:\s+(?:has|have|had|would|will|did|does|do|also|once|long|often|since|already|ever|never|just|even|still|"
    r"later|then|now|first|famously|memorably|(?!(?:on|app|fami|assemb|ral|supp|bul)ly\b)[a-z]+ly))*\s*$"
)
#: A copula or a comma ending the text before the participle: passive ("was derided as"), or a
#: participle set off by commas ("Dorsey, long derided as").
_PASSIVE_END = re.compile(r"(?:(?<![\w’'-])(?:is|was|are|were|be|been|being|am|get|gets|got|getting)|,|[—–])$", re.IGNORECASE)
#: A relative pronoun opening the clause the verb is in ('which critics call', 'what Kell described').
_RELATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:which|whom|that|what|who)\s+[^,;:—–]*$", re.IGNORECASE)
#: An object relative pronoun and the whole subject of its clause up to the verb ("what the
#: commission", "which the union", "what the senator likes to"; group 1 the subject).
_RELATIVE_OBJECT = re.compile(
    r"(?<![\w’'-])(?:[Ww]hat|[Ww]hich|[Ww]hom)\s+([^,;:—–]+?)"
    r"(?:\s+(?:likes|like|liked|loves|love|loved|prefers|prefer|preferred|chose|chooses|used|wants|wanted|tends|tended)\s+to)?\s*$"
)
#: The agent phrase after "by": no punctuation, no quote, at most eight words.
_AGENT = r"((?:[^\s,;:.!?“”\"()—–·]+\s+){0,7}?[^\s,;:.!?“”\"()—–·]+)"
#: '…, described by Rep. Dana Kline as “…”': a participle, its agent and "as" right before the quote.
_PASSIVE_AGENT_BEFORE = EndAnchored(
    re.compile(
        r"(?<![\w’'-])(?:"
        + "|".join(sorted((f.replace(" ", r"\s+") for f in JUDGING_VERBS if f.endswith(("ed", "cast", "off", "to"))), key=len, reverse=True))
        + rf")\s+by\s+{_AGENT}\s+as(?:\s+(?:a|an|the))?\s*$",
        re.IGNORECASE,
    ),
    ("as", "a", "an", "the"),
)
#: The agent right after the quote ('“…” by Sen. Ann Weller, who …'), up to punctuation or a
#: word that opens a phrase of time or place.
_BY_AGENT_AFTER = re.compile(
    rf"^[\s,]*by\s+{_AGENT}(?=\s*(?:[,;:.!?()—–]|$)|\s+(?:on|in|at|during|last|this|earlier|after|before|when|who|and|for|over)\s)"
)
#: A possessive before a noun of naming or judging, its object and "as" right before the quote
#: ("Dorsey's description of the budget as", "her characterization of the ruling as").
_OWNED_DESCRIPTION = EndAnchored(
    re.compile(
        rf"(?:(?<![\w’'-])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?<![\w’'-])(?P<owner>(?:[{UPPER}][\w.{ABBREVIATION_DOT}-]*\s+){{0,4}}"
        rf"[{UPPER}][\w.-]*|(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)[’']s?)\s+"
        r"(?:(?:own|earlier|latest|repeated|famous|infamous)\s+)?"
        r"(?:description|characteri[sz]ation|portrayal|depiction|dismissal|labell?ing|branding|framing)\s+of\s+"
        r"[^,;:.!?“”\"()—–]{1,60}?\s+as\s*$"
    ),
    ("as",),
)
#: A sentence opening on an imperative of naming ("Call it", "Just call them"): the writer names
#: the thing, and the quote is no one's words unless an attribution after it says so.
_IMPERATIVE_NAMING = re.compile(
    r"\s*(?:(?:So|And|But|Or|Just|Now)\s*,?\s+)?(?:(?:just|simply)\s+)?(?:[Cc]all|[Dd]ub|[Ll]abel)\s+(?:it|them|this|that|him|her)\s*$"
)
_AGENT_PRONOUNS = {**OBJECT_PRONOUN, "us": "we", "me": "i"}
_SUBJECT_PRONOUNS = frozenset(_AGENT_PRONOUNS.values())
_JUDGE_DETERMINERS = frozenset("his her their its our the some many".split())


def _agent(phrase: str) -> Mention | None:
    """The one an agent phrase after "by" names: him/her/them as a pronoun, else a name or a
    description (not a phrase we cannot read: "by those who know him")."""
    if phrase.lower() in _AGENT_PRONOUNS:
        return Mention("pronoun", _AGENT_PRONOUNS[phrase.lower()])
    mention = head_of_segment(phrase)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


def _judge_right_before(before: str) -> Mention | None:
    """The subject right before a verb whose object is a relative left out ('a plan critics
    called', 'the bill his opponents derided as'): he, she, they, we, or a plural noun of people
    (with its possessive or determiner)."""
    words = before.split()
    if not words:
        return None
    last = words[-1].lower()
    if last in _SUBJECT_PRONOUNS:
        return Mention("pronoun", last)
    if last in GROUP_NOUNS:
        owned = len(words) > 1 and words[-2].lower() in _JUDGE_DETERMINERS
        return Mention("description", f"{words[-2].lower()} {last}" if owned else last)
    return None


#: Auxiliaries of an active verb ("had called", "has derided"): a comma before them closes an
#: appositive of the subject ("Kline, the mayor, had called"), not a passive participle's phrase.
_ACTIVE_AUXILIARY = re.compile(r"(?<![\w’'-])(?:has|have|had|would|will|did|does|do)(?![\w’'-])")


#: A subject relative pronoun right before the verb ("which billed itself", "who called it").
_SUBJECT_RELATIVE_END = re.compile(r"(?<![\w’'-])(?:which|who|that)$")


def _before_participle(before: str) -> tuple[str, bool]:
    """The text before a verb of naming or judging without its auxiliaries and adverbs, and whether
    the verb is a passive participle: after a copula ("was derided as"), or set off by a comma or a
    dash with no auxiliary ("Dorsey, long derided as")."""
    aux = _AUX_ADVERBS.search(before)
    core = (before[: aux.start()] if aux is not None else before).rstrip()
    active = aux is not None and _ACTIVE_AUXILIARY.search(aux.group()) is not None
    copula = _PASSIVE_END.search(core)
    passive = not core.strip() or copula is not None and (copula.group().isalpha() or not active)
    return core, passive


def judging_frame(sentence: str, tail: str) -> tuple[bool, Mention | None]:
    """The quote is what a verb of naming or judging calls its object, with the object not after
    the verb (``_JUDGING_GAP``): (True, the one who judged), or (True, None) when the sentence
    does not say who did. The subject of such a sentence is the thing or the person judged, never
    the speaker: 'The bill, described by Rep. Dana Kline as “…”, passed' -> Kline; 'The ruling was
    called “…” by Sen. Ann Weller' -> Weller; 'a plan that critics dismissed as “…”' -> critics;
    'Gov. Paul Dorsey, long derided as “…”, retired' -> nobody (not Dorsey). (False, None) when
    the quote is no such complement. ``sentence`` is the masked quote's sentence up to its opening
    mark, ``tail`` the masked text after its closing mark."""
    if _IMPERATIVE_NAMING.match(sentence):
        return True, None  # 'Call it “the summer of discontent.”': the writer's own name for it
    described = _OWNED_DESCRIPTION.search(sentence)
    if described is not None:
        # 'Weller mocked Gov. Paul Dorsey's description of the budget as “…”': the owner's words
        if described.group("pronoun"):
            return True, Mention("pronoun", POSSESSIVE_PRONOUN[described.group("pronoun").lower()])
        return True, _agent(described.group("owner"))
    agent = _PASSIVE_AGENT_BEFORE.search(sentence)
    if agent is not None:
        return True, _agent(agent.group(1))
    gap = _JUDGING_GAP.search(sentence)
    if gap is None:
        return False, None
    word = gap.group(1).lower()
    if word not in NAMING_VERBS and gap.group(3) is None:
        return False, None  # 'Kell mocked “the experts”': scare quotes, not a verdict
    if gap.group("object") is not None:
        # 'Critics call it “reckless.”': an object of its own, so an active verb and its subject
        # (the one right before it: 'Weller said Gov. Paul Dorsey called it “…”' is Dorsey's)
        before = sentence[: gap.start()]
        core = _before_participle(before)[0].rstrip(" ,").lower()
        subject = subject_before(before)
        if subject is not None and _SUBJECT_RELATIVE_END.search(core):
            return True, subject  # 'The company, which once billed itself as “…”': the antecedent
        if subject is None or not core.endswith(subject.text.lower()):
            subject = name_right_before(before.rstrip())
        if subject is None or not core.endswith(subject.text.lower()) or subject.kind not in {"name", "description", "pronoun"}:
            return False, None
        return True, subject
    before = sentence[: gap.start()]
    core, passive = _before_participle(before)
    if passive:
        after = _BY_AGENT_AFTER.match(tail)
        return True, _agent(after.group(1)) if after is not None else None
    subject = subject_before(before)
    adjacent = subject is not None and core.rstrip(" ,").lower().endswith(subject.text.lower())
    if adjacent and subject is not None and subject.kind in {"name", "description", "pronoun"}:
        return True, subject  # 'a plan which critics derided as', 'what Kell described as'
    relative = _RELATIVE_OBJECT.search(core)
    inside = subject_before(relative.group(1) + " ") if relative is not None else None
    if inside is not None and inside.kind in {"name", "description", "pronoun"} and relative is not None:
        if relative.group(1).strip().lower() == inside.text.lower():
            return True, inside  # 'What the commission described as “…”': the relative clause's own subject
    if _RELATIVE_BEFORE.search(core):
        return False, None  # a relative clause we cannot read: left to the other rules
    judge = _judge_right_before(core)
    named = name_right_before(core + " ")
    if judge is None and named is not None and len(named.text.split()) > 1 and core.endswith(named.text):
        judge = named  # 'the budget Gov. Paul Dorsey has called “…”'
    if judge is not None:
        return True, judge  # 'a plan critics quickly called “…”'
    if word.endswith(("ed", "cast", "off", "to")) and word not in {"refer to", "refers to"}:
        return True, None  # 'a man widely derided as “…”': a participle, whose judge goes unnamed
    return False, None


def judging_with_object(sentence: str, tail: str) -> tuple[bool, Mention | None]:
    """``judging_frame`` for a judging verb with its object before "as" ('Community leaders hailed
    the grant as “…”'): the subject, read like any subject; in the passive ('was hailed at the
    time as “…”') the agent after the quote, or nobody. Read only when no attribution follows the
    quote ('The governor dismissed the report as “…,” his spokeswoman said' stays hers)."""
    judged = _JUDGING_OBJECT.search(sentence)
    participle = _JUDGING_PARTICIPLE.search(sentence) if judged is None else None
    if participle is not None and participle.group(2).lower() in JUDGING_VERBS - NAMING_VERBS:
        # 'A spokeswoman for the firm rejected the report, dismissing it as “…”': the participle
        # set off by a comma is the sentence subject's verdict (the clause before has its verb)
        if participle.group("with") is not None:
            # '…, with critics dismissing it as “…”': the with-phrase's noun judges, if people
            inside = head_of_segment(participle.group("with"))
            return (True, inside) if inside is not None and inside.kind == "description" and people_head(inside.text.split()[-1]) else (False, None)
        subject = leading_np(sentence[: participle.start()] + " ", appositive=False)
        if subject is not None and subject.kind in {"name", "description", "pronoun"}:
            return True, subject
        return False, None
    if judged is None:
        return False, None
    before = sentence[: judged.start()]
    core, passive = _before_participle(before)
    if passive and core[-1:] in {",", "—", "–"} and not _OBJECT_PREPOSITION.match(judged.group(2)):
        # "Ann Weller, the city's mayor, dismissed the report as “…”": the verb has its object, so
        # the comma closes the subject's appositive; no participle set off ("Dorsey, long derided as")
        passive = False
    if passive:
        after = _BY_AGENT_AFTER.match(tail)
        return True, _agent(after.group(1)) if after is not None else None
    if _OBJECT_PREPOSITION.search(judged.group(2)):
        return False, None  # 'attacked the chairman for acting as “…”': "as" is the chairman's role
    subject = subject_before(before) or subject_before(_before_participle(before)[0] + " ")  # "Critics have long"
    if subject is not None and subject.kind in {"name", "description", "pronoun"}:
        return True, subject
    return False, None


#: A verb of blaming or crediting someone, its object, and "for" (or "of" after "accuse") and a
#: phrase running into the quote with no punctuation ("criticized the board for creating", "faulted
#: the agency for its"; group "verb", group "reason" the phrase after "for").
_FAULTED_FOR_ACT = re.compile(
    r"(?<![\w’'-])(?P<verb>(?:criticiz|criticis|castigat|excoriat|denounc|rebuk|blam|chid|censur)(?:e|es|ed)|"
    r"(?:fault|blast|attack|assail|scold|condemn|lambast|laud|commend|applaud|credit|reprimand)(?:s|ed)?|slam(?:s|med)?)"
    r"\s+(?P<object>[^,;:.!?“”\"()—–]{1,60}?)\s+for\s+(?P<reason>[^,;:.!?“”\"()—–]{1,80}?)\s*$"
)


#: Someone else's words or a content clause inside the for-phrase ("Trump’s claim that", "the
#: suggestion that"): the quote may be theirs, not the verdict of the one blaming.
_OTHERS_WORDS = re.compile(r"[’']s?\s|(?<![\w’'-])that(?![\w’'-])")
#: Nouns of words that are not speech-verb forms ("rhetoric", "language", "assertion").
_WORDS_NOUNS = frozenset("words rhetoric language assertion assertions suggestion suggestions description slogan slogans".split())


def faulted_for(sentence: str) -> Mention | None:
    """The subject of a verb of blaming or crediting whose for-phrase holds the quote: 'The lobbying
    group criticized the board for creating “cost and uncertainty for patent owners”' is the
    group's verdict in its own words (the board did not say them). Not when the for-phrase has a
    verb of saying ('criticized Weller for calling them “…”': the one blamed said it, see
    ``passed_on``), nor when a verb of saying before it reports the whole clause ('Roe said the
    group criticized …'). ``sentence`` is the masked sentence up to the quote."""
    faulted = _FAULTED_FOR_ACT.search(sentence)
    if faulted is None or SPEECH_VERB.search(faulted.group("reason")) or SPEECH_VERB.search(sentence, 0, faulted.start()):
        return None
    reason = faulted.group("reason")
    if _OTHERS_WORDS.search(reason) or any(w in SPEECH_NOUN_FORMS or w in DOCUMENT_NOUNS or w in _WORDS_NOUNS for w in reason.lower().split()):
        return None  # 'blamed the media for making an issue out of Trump’s claim that Obama “…”': the claim's owner's
    subject = subject_before(sentence[: faulted.start()])
    if subject is None or subject.kind not in {"name", "description", "pronoun"}:
        return None
    return subject
