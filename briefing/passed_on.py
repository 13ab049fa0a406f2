"""Words the sentence's subject only passes on: "Reyes heard Weller say “…”", "Ana Reyes said Tom
Weller had told her “…”", "Lee read aloud a letter from a constituent: “…”", "Reyes said,
according to a transcript, “…”".

The subject of such a sentence reports, reads out or blames; the one heard, read or blamed said
the words, and so did the one quoted or cited "as saying" them ("The Ledger quoted Reyes as
saying “…”", ``quoting_frames``).
"""

from __future__ import annotations

import re

from .cue_sources import LISTENER_VERBS, OBJECT_PRONOUN
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import UPPER
from .speaker_heads import head_of_segment
from .speech_lexicon import (
    NAMING_VERBS,
    SPEAKER_AFTER,
    SPEECH_VERB_LEMMAS,
)
from .wordlists import MONTH_ALTERNATION, WEEKDAY_NAMES

#: A verb of hearing or seeing and its object before a bare speech verb ("heard Weller say",
#: "saw a guard shout"; group 1 the object).
_PERCEIVED = re.compile(
    r"\b(?:hears|heard|hearing|overhears|overheard|saw|sees|seeing|watches|watched|watching)"
    r"\s+((?:[\w’'.-]+\s+){1,5}?)$"
)
#: A verb of blame or praise, its object and "for" or "of" before a participle of saying ("accused
#: Weller of saying", "criticized Trump for calling"; group 1 the object, who said the words).
_FAULTED_FOR = re.compile(
    r"\b(?:accus|criticiz|criticis|blast|slam|attack|fault|condemn|rebuk|mock|ridicul|chastis|lambast|scold|"
    r"prais|thank|credit|knock|hammer|berat|chid|taunt|tease|sued|sue|su(?:es|ing)|fir(?:e|es|ed|ing)|suspend|sanction|"
    r"fin(?:e|es|ed|ing)|punish|penali[sz]|reprimand|ban(?:s|ned|ning)?|"
    r"apologi[sz]ed\s+to|called\s+out|call\s+out)\w*\s+((?:[\w’'.-]+\s+){1,5}?)(?:of|for)\s+"
    r"(?:(?:ever|repeatedly|once|publicly|falsely|allegedly|recently|earlier)\s+)?(?:having\s+)?$"
)
#: Someone reading out or sharing a letter, an email or a note from someone else, right before
#: the quote ("read aloud a letter from Carl Imhof:", "shared an email sent by a constituent",
#: "shared a post from her son:";
#: group 1 the writer).
_LETTER_FROM = re.compile(
    r"\b(?:read|reads|reading|shared|shares|sharing|posted|released|retweeted|reposted)\s+"
    r"(?:aloud\s+|out\s+)?(?:(?:from|parts\s+of|excerpts?\s+from|part\s+of)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letter|e-?mail|note|message|text|memo|card|post|tweet)\s+(?:(?:sent|written|signed)\s+)?(?:from|by)\s+"
    r"([^,;:“”\"]{2,60}?)\s*[,:—–]?\s*$"
)


#: The subject of a complement clause between two speech verbs, "that" or not ("said Tom Weller
#: had told her", "says he told them"): a name, he/she/they or a short description, and only
#: auxiliaries or adverbs after it (group 2; group "listener" a pronoun after "told").
_COMPLEMENT_SUBJECT = re.compile(
    r"(?P<listener>\s+(?:him|her|them|us|me))?"
    rf"\s+(?:that\s+)?((?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}}(?:and\s+(?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}})?|(?:he|she|they)\s+|"
    r"(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)"
    r"(?:(?:had|has|have|would|once|also|then|later|always|often|never|still|just|even|ever|[a-z]+ly)\s+)*"
)


def complement_subject(sentence: str, verbs: list[re.Match[str]]) -> Mention | None:
    """The speaker of a speech verb inside the complement of an earlier one: 'Ana Reyes said Tom
    Weller had told her “…”' -> Tom Weller, whose words Reyes reports (read from the sentence's
    subject, the quote went to Reyes). Only when nothing but the subject and auxiliaries stands
    between the two verbs, and the first is a finite verb of saying."""
    if len(verbs) < 2 or verbs[-1].group().lower().endswith("ing") or verbs[-1].group().lower() in NAMING_VERBS:
        return None  # 'News reports said the mayor had called the plan “…”': a label, left as it was read
    first = verbs[-2].group().lower()
    if first.endswith("ing") or first in NAMING_VERBS or first not in REPORTING_FINITE:
        return None
    between = _COMPLEMENT_SUBJECT.fullmatch(sentence, verbs[-2].end(), verbs[-1].start())
    if between is None or bool(between.group("listener")) != (first in LISTENER_VERBS):
        return None  # a listener only after "told", and a pronoun: 'Reyes told him Weller had promised “…”'
    subject = between.group(2).strip()
    if _CALENDAR_WORD.match(subject):
        return None  # 'said Tuesday he …': a day, no subject
    if subject.endswith(("’s", "'s", "’", "'")):
        return None  # 'Roe said Kell’s reasons “…”': an owner, the second form its noun (``speech_nouns``)
    if subject in {"he", "she", "they"}:
        return Mention("pronoun", subject)
    mention = head_of_segment(subject)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


#: A day or a month opening what looks like a capitalised subject.
_CALENDAR_WORD = re.compile(rf"{'|'.join(WEEKDAY_NAMES)}|{MONTH_ALTERNATION}|Last|This|Next|Earlier|Later")
#: Finite verbs that report a clause ("said", "claims", "recalled").
REPORTING_FINITE = frozenset(
    "said says say claimed claims recalled recalls alleged alleges insisted insists added adds noted notes wrote writes "
    "argued argues testified testifies maintained maintains told tells".split()
)


#: Someone reading out, repeating or sharing another's own text, right before the quote ("read from
#: Tom Weller's memoir:", "read Weller's text message aloud:", "shared Weller's post, which read";
#: group 1 the owner). Not "quoted" or "cited": those are read with "as saying" (``quoting_frames``).
_OWNERS_TEXT_READ = re.compile(
    rf"\b(?:read|reads|reading|shared|shares|sharing|posted|retweeted|reposted|"
    rf"repeated|repeats|repeating|recited|recites|echoed|echoes)\s+"
    rf"(?:aloud\s+|out\s+|back\s+)?(?:(?:from|parts\s+of|excerpts?\s+from|part\s+of|a\s+passage\s+from)\s+)?"
    # the owner a name, or a person by a noun ("shared her son's post:", "read the mayor's letter:")
    rf"((?:[{UPPER}][\w.’'-]*\s+){{0,3}}[{UPPER}][\w.-]*|(?:his|her|their|its|the|a)\s+(?:[a-z-]+\s+)?[a-z-]+)[’']s?\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:letter|e-?mail|note|message|memo|memoir|book|diary|journal|post|tweet|text|speech|statement|essay|column|op-ed|"
    r"words|answer|reply|response|remarks?|comments?|question)"
    r"(?:\s+(?:aloud|out))?(?:\s*,\s*which\s+(?:read|reads|said|says|stated|states))?\s*[,:—–]?\s*$"
)
#: "the words of X:" before the quote, after a verb of passing words on (group 1 the owner).
_WORDS_OF_READ = re.compile(
    r"\b(?:read|reads|repeated|repeats|recited|recites|echoed|echoes|borrowed|borrows)\s+"
    r"(?:aloud\s+|out\s+|back\s+)?the\s+(?:very\s+|exact\s+|own\s+)?words\s+of\s+([^,;:“”\"]{2,60}?)\s*[,:—–]\s*$"
)


#: A finite speech verb, perhaps its listener or a time, and the comma opening an aside ("told
#: reporters,", "said Tuesday,").
_BEFORE_ASIDE = re.compile(r"(?:\s+[\w’'.-]+){0,3}?\s*,\s*")
#: The end of an aside ("according to a pool report,") before the quote, perhaps with the verb's
#: "that" clause ("…, that the talks were").
_ASIDE_CLOSED = re.compile(r"[^,;:“”\"]*,\s*(?:that\b[^;:“”\"]*)?")


def source_aside(sentence: str, finite: re.Match[str], source: re.Match[str]) -> bool:
    """"according to X" set off by commas between a finite speech verb and its quote ('Reyes said,
    according to a transcript, “…”'): X passed the words on; the verb's subject said them."""
    word = finite.group().lower()
    if word.endswith("ing") or word in SPEAKER_AFTER:
        return False
    return (
        _BEFORE_ASIDE.fullmatch(sentence, finite.end(), source.start()) is not None
        and _ASIDE_CLOSED.fullmatch(sentence, source.end()) is not None
    )


def reported_speaker(sentence: str, verbs: list[re.Match[str]]) -> Mention | None:
    """The owner of words the sentence's subject only passes on: 'Reyes heard Weller say “…”',
    'Lee read aloud a letter from a constituent: “…”', 'Reyes criticized Weller for calling them
    “…”' (the one blamed said it). The one heard, read out or blamed, when a name or a
    description (the subject reported the words; they are not the subject's). The one quoted or
    cited as saying them ('An early tweet quoted the president as saying “…”': ``quoting_frames``);
    but not one quoted with no "as saying" ('Holt, quoting Rita Vance, said', 'ended her speech by
    quoting Leonardo da Vinci: “…”'), where the subject's own verb or reading stands."""
    source = None
    letter = (
        _LETTER_FROM.search(sentence)
        or _OWNERS_TEXT_READ.search(sentence)
        or _WORDS_OF_READ.search(sentence)
    )
    if letter is not None:
        source = letter.group(1)
    elif verbs:
        verb = verbs[-1]
        word = verb.group().lower()
        before = sentence[: verb.start()]
        perceived = _PERCEIVED.search(before) if word in SPEECH_VERB_LEMMAS else None
        faulted = _FAULTED_FOR.search(before) if word.endswith("ing") else None
        found = perceived or faulted
        source = found.group(1).strip(" ,") if found is not None else None
    if source is None:
        return None
    if source.lower() in OBJECT_PRONOUN:
        return Mention("pronoun", OBJECT_PRONOUN[source.lower()])
    mention = head_of_segment(source)
    return mention if mention is not None and mention.kind in {"name", "description"} else None
