"""Quotes introduced by a run-in heading with no colon, a format of live blogs, debate round-ups,
fact checks and "what they said" lists: "TRUMP “…”", "TRUMP ON THE WALL “…”", "CLINTON’S
‘DEPLORABLES’ REMARK “…”", "The Trump response “…”", "SPEAKER RYAN “…”", "THE PRESIDENT ON
TRADE “…”", or the same heading on its own line over the quote ("TRUMP ON THE WALL" / "“…”").

Such a heading is an entry's label (``entry_labels``) with its colon left out, and names its
speaker the same way: a full name, a name after a title, or one surname the article writes after
a given name or a title. In mixed case no reader saw a frame there, and in capitals only a full
name was read (``shouted_text.shouted_label``). A heading that is a topic ("THE WALL", "TRUMP’S
WALL" — a possessive whose head is no noun of saying, "ON TRUMP", "TRUMP VS. CLINTON"), a kicker
("WATCH"), a word that is no person of the article ("MEXICO", "Mexico" of "New Mexico"), a person
the article only writes as a topic ("… about Governor Reyes") or one the quote itself talks about
names no one.
"""

from __future__ import annotations

import re

from .entry_labels import BULLET, POSSESSIVE, has_verb, labelled_person, sentence_quoted
from .given_names import GIVEN_NAME_GENDER
from .mention import Mention
from .name_cleaning import PERSON_TITLES
from .not_speech import title_cased
from .role_labels import name_before_role, two_names
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speaker_labels import NOT_SPEAKER_LABELS, is_speaker_label, written_as_name, written_otherwise
from .speech_lexicon import ORGANISATION_NOUNS, PERSON_NOUNS
from .word_owners import possessive_introduction
from .wordlists import is_common_word

#: A list's bullet or number before the heading: "• TRUMP “…”", "1. Clinton on trade “…”".
_LEADING_BULLET = re.compile(rf"\s*{BULLET}\s+")


def heading_sentence(head: str, sentence: str) -> bool:
    """``head`` (the paragraph before a quote) is all one sentence, ``sentence``, maybe after a
    list's bullet or number: the splitter cuts after "1." ("1. WELLER ON TAXES “…”"), as after a
    sentence's full stop, but the number only counts the entry."""
    before = head[: len(head) - len(sentence)] if head.endswith(sentence) else None
    return before is not None and (not before.strip() or _LEADING_BULLET.fullmatch(before) is not None)


#: A live blog's kicker before the heading: "BREAKING: WELLER", "Update: Weller" (group 1 the word).
_KICKER = re.compile(r"([A-Za-z]+)\s*:\s+(?=\S)")
#: The colon or dash an entry's heading may end on before its quote.
_ENTRY_MARK = re.compile(r"\s*(?::|[—–]|--)\s*$")
#: Most words of a run-in heading: a label, not a headline's clause.
_HEADING_WORDS = 9
#: A heading's topic after the person it names: "TRUMP ON THE WALL", "Sanders, on the speeches",
#: "Ryan, asked about the nominee" (group "who": the person's part).
_HEADING_TOPIC = re.compile(r"(?P<who>.+?)(?:,?\s+(?:on|about|over)\s+|,\s+(?:when\s+)?asked\s+(?:about|on|whether|if|why)\s+)\S.*")
#: A possessive of saying with its name after "the": "The Trump response", "the Clinton closing pitch".
_ATTRIBUTIVE_NAME = re.compile(r"[Tt]he\s+(?P<name>[A-Z][\w-]+)\s+(?P<noun>[a-z].*)")
#: Nouns a description of a speaker ends on, in lower case whatever the heading's capitals.
_COMMON_HEADS = PERSON_NOUNS | ORGANISATION_NOUNS | PERSON_TITLES
#: Words a heading may set before the name it labels: titles ("SPEAKER RYAN", "GOV. PENCE").
_BEFORE_NAME = frozenset({"the", "former", "vice", "acting", "deputy"})


def heading_label(head: str, quote: str, body: str, *, own_line: bool = False) -> Mention | None:
    """The person a run-in heading names, ``head`` being all the paragraph before its quote (as
    written, with a time stamp or a party tag blanked; a list's bullet and a closing colon or dash
    are left out): a name ("TRUMP “…”", "Speaker Ryan “…”"), a name and the topic of its
    entry ("TRUMP ON THE WALL", "Ryan, asked about the nominee"), a name's noun of saying
    ("CLINTON’S ‘DEPLORABLES’ REMARK", "The Trump response"), or a title standing for its holder
    ("THE PRESIDENT ON TRADE" -> the president). The quote must be an entry's sentence (a capital,
    a few words, no title), the heading hold no verb, and a name of one word be the last word of
    a person's full or titled name elsewhere in the article ("Trump" after "Donald Trump"; not
    "Mexico" after "New Mexico"). A heading whose name the quote itself uses is its topic
    ('TRUMP “Trump has never paid …”').

    ``own_line``: the heading stands on its own line over the quote's paragraph ("TRUMP ON THE
    WALL" / "“…”"); there a bare name is a comment's or a byline's signature line, and only a name
    with its topic or its noun of saying heads an entry."""
    label = head.strip()
    bullet = _LEADING_BULLET.match(label)
    label = label[bullet.end() :] if bullet is not None else label
    kicker = _KICKER.match(label)
    if kicker is not None and kicker.group(1).lower() in NOT_SPEAKER_LABELS:
        label = label[kicker.end() :]  # "BREAKING: WELLER “…”": the kicker files the entry, the heading names
    label = _ENTRY_MARK.sub("", label)  # the same heading with its colon or dash: "WELLER’S CLOSING PITCH:"
    if not label or len(label.split()) > _HEADING_WORDS or not sentence_quoted(quote) or title_cased(quote.strip()):
        return None
    if any(c in label for c in ":;!?“”\"·()[]—–"):
        return None
    label = _heading_recased(label, body)
    topic = _HEADING_TOPIC.fullmatch(label)
    who = topic.group("who") if topic is not None else label
    attributive = _ATTRIBUTIVE_NAME.fullmatch(who)
    if attributive is not None:
        who = f"{attributive.group('name')}’s {attributive.group('noun')}"  # "The Trump response"
    possessive = POSSESSIVE.search(who) is not None
    named = name_before_role(who, body) if not possessive else None
    if named is not None:
        who = named  # "PAUL RYAN SPEAKER OF THE HOUSE “…”": the role after the name, no comma
    if own_line and topic is None and not possessive:
        return None  # a bare name on its own line: a signature's or a byline's
    if possessive:
        # (no verb test: "Weller’s reply" is a noun of saying, not a clause)
        owner = possessive_introduction(who + ":")
        if owner is not None and owner.kind == "description":
            head = head_noun(owner.text).lower()
            if head not in PERSON_NOUNS | ORGANISATION_NOUNS or head in PERSON_TITLES and not _holder_named(head, body):
                return None  # "The film’s message"; "THE SENATOR’S ANSWER" with no senator named
            # "THE CAMPAIGN’S RESPONSE", which the view wrote "The Campaign’s response"
            return Mention("description", " ".join(w.lower() if w.lower() in _COMMON_HEADS else w for w in owner.text.split()))
        if owner is None or owner.kind != "name":
            return None  # "TRUMP’S WALL", "TRUMP SLAMS ‘RIGGED’ SYSTEM"
        if owner.text.lower() in PERSON_TITLES and who.lower().startswith("the "):
            # "The Senator’s answer", the view's capital
            return Mention("description", f"the {owner.text.lower()}") if _holder_named(owner.text.lower(), body) else None
        who = who[: who.find(owner.text) + len(owner.text)]
    elif has_verb(who):
        return None  # a headline's clause: "Clinton concedes"
    mention = _heading_person(who, body)
    if mention is None or mention.kind == "name" and re.search(rf"\b{re.escape(mention.text.split()[-1])}\b", quote):
        return None
    return mention


def _holder_named(title: str, body: str) -> bool:
    """The article names someone with ``title`` before the name ("President Barack Obama"), whom a
    heading's "THE PRESIDENT" stands for; with no holder named, the heading names no one."""
    return re.search(rf"\b{re.escape(title.capitalize())}\.?\s+[A-Z]", body) is not None


def _heading_person(who: str, body: str) -> Mention | None:
    """The person a heading's name part is: a name, maybe after titles, or a title alone after
    "the" ("the president"); nothing else may stand before the name ("ON TRUMP", "TRUMP VS. …")."""
    words = who.split()
    if two_names(words):
        return None  # "ANN WELLER AND TOM REYES “…”": a label of two people names no one speaker
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in PERSON_TITLES:
        # "THE PRESIDENT ON TRADE": its holder, when the article names one with that title
        return Mention("description", f"the {words[1].lower()}") if _holder_named(words[1].lower(), body) else None
    if not is_speaker_label(who):
        return None
    mention = labelled_person(who, body)
    if mention is None and _body_role(words[:-2]):
        # "Bolton boss Graeme Lyle": the role vouches for a full name whose given name we do not know
        named = head_of_segment(who)
        mention = named if named is not None and named.kind == "name" and named.text.split() == words[-2:] else None
    if mention is None or not who.endswith(mention.text.split()[-1]):
        return None
    before = words[: len(words) - len(mention.text.split())]
    if any(w.lower().rstrip(".") not in PERSON_TITLES | _BEFORE_NAME for w in before) and not _body_role(before):
        return None
    if not before and " " not in mention.text and not (written_as_name(mention.text, body, person=True) and _named_as_actor(mention.text, body)):
        return None  # a one-word name must be a person's: "Mexico" after "New Mexico" is none
    words = [w.title() if w.isupper() and w.lower() in GIVEN_NAME_GENDER else w for w in mention.text.split()]
    mention = Mention("name", " ".join(words))  # "SEN. ANN ROE", re-cased as "Sen. ANN Roe"
    elsewhere = body.count(mention.text) - who.count(mention.text)
    if not before and not elsewhere and any(is_common_word(w.lower()) and w.lower() not in GIVEN_NAME_GENDER for w in words):
        return None  # "GRACE PERIOD": words of the language that the article writes as no one's name
    return mention


def _body_role(before: list[str]) -> bool:
    """The words before a heading's name are a role in a body or a team, as a sports page's
    round-up of managers' words labels each ("- Harwick boss Tom Ledley “…”", "Dunmere coach Ray
    Kell"): capitalised words of the body, then a lower-case noun of a person."""
    return 2 <= len(before) <= 4 and before[-1] in PERSON_NOUNS and all(w[:1].isupper() for w in before[:-1])


#: A preposition right before a name: the name is what the sentence is about, not who acts.
_TOPIC_BEFORE = re.compile(r"(?:^|\s)(?:about|on|of|against|over|for|with|to|at|toward|towards|than|like)\s+$", re.IGNORECASE)


def _named_as_actor(surname: str, body: str) -> bool:
    """The article writes ``surname`` in a full or titled name somewhere not after a preposition
    ("Ann Weller and Tom Reyes met"; not only "spoke about Governor Reyes"): a heading's one-word
    label is someone the article has act or speak, not only a topic of its sentences."""
    for match in re.finditer(rf"(?:[A-Z][\w’'-]*\.?\s+){{1,3}}{re.escape(surname)}\b", body):
        if not _TOPIC_BEFORE.search(body, max(0, match.start() - 12), match.start()):
            return True
    return False


def _heading_recased(label: str, body: str) -> str:
    """A heading in capitals as mixed case would write it: a word the article writes as a
    person's name (or a title) keeps its capital ("TRUMP’S" -> "Trump’s"), any other goes to lower
    case ("REMARK", "THE WALL"). A heading in mixed case is returned as it is."""
    if any(c.islower() for c in label):
        return label
    words: list[str] = []
    following_named = False
    for word in reversed(label.split()):
        core = re.sub(r"^[‘'\"]|[’']S$|[’'\".,]+$", "", word)
        written = written_otherwise(core, body) if core else None
        if written is not None and written[:1].isupper() and written_as_name(written, body):
            words.insert(0, word.replace(core, written, 1).replace("’S", "’s").replace("'S", "'s"))
            following_named = True
            continue
        # a title keeps its capital before a name only ("SPEAKER RYAN"; "THE SENATOR’S ANSWER")
        titled = following_named and core.lower() in PERSON_TITLES and core.lower() not in _BEFORE_NAME
        words.insert(0, word.title() if titled else word.lower())
        following_named = titled
    return " ".join(words)
