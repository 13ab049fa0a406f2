"""The labelled entries of a round-up run into one paragraph: "Here is how lawmakers reacted: -
Ann Weller: “…” [Twitter] - Tom Reyes: “…” [Facebook]".

Reaction round-ups, listicles and transcripts print each entry as "NAME: “…”", often after a
bullet ("•", "-", "—", "1.") and with a source tag after the quote ("[Twitter]", "(CNN)",
"[Source: …]", "— via Twitter"); text extraction flattens the list into one paragraph. The label
right before a quote then names its speaker, and it opens a new entry: the words before it (a
lead-in clause, the previous entry's quote and tag) are no clause about this quote. The sentence
splitter does not cut there (a tag or a bullet is no capital), so without this the label at the
start of the run ("Ann Weller:") was read for every quote of it, a wrong name for all but the first.

A label names a person only as a full name with a given name ("Ann Weller"), after a title
("Sen. Weller", "Gov. Paul Dorsey") or as a surname the article writes in full elsewhere
("Weller" after "Ann Weller"); what follows the name may say where or to whom the words went
("Weller on Twitter:", "Weller to reporters:", "Weller via Facebook:", "Weller, in a
statement:", "Weller, governor of Utah:", "Sen. Weller (R-Texas):"). A label that names no
person ("Bottom line:", "Western states:", "Update:") gives the quote no speaker, and never the
previous entry's.

Live blogs, debate round-ups and fact checks also run a heading into the entry's quote with no
colon at all ("TRUMP “…”", "CLINTON’S ‘DEPLORABLES’ REMARK “…”", "The Trump response “…”",
"SPEAKER RYAN ON THE NOMINEE “…”"): ``heading_label`` reads the person such a heading names. A
heading that is a topic ("THE WALL", "TRUMP’S WALL", "ON TRUMP", "TRUMP VS. CLINTON"), a kicker
("WATCH"), or a word that is no person's name in the article ("MEXICO") names no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .masking import ABBREVIATION_DOT, restore
from .mention import Mention
from .name_cleaning import PERSON_TITLES
from .not_speech import title_cased
from .quote_signatures import signed_after
from .speaker_heads import head_of_segment
from .speaker_labels import is_speaker_label, written_as_name, written_otherwise
from .speech_lexicon import AMBIGUOUS_THIRD_PERSON, PERSON_NOUNS
from .speech_verbs import SPEECH_VERB, first_verb
from .word_owners import possessive_introduction
from .wordlists import is_common_word

#: A source tag after a round-up's quote: "[Twitter]", "[Source: CNN.]", "(via Facebook)", "(CNN)",
#: "— via Twitter".
_TAG = r"(?:\[[^\[\]“”\"·]{1,40}\]|\([^()“”\"·]{1,40}\)|(?:[—–]|--?)\s*via\s+(?:Truth\s+Social|[A-Z][\w]*))[.,;]?"
#: A bullet or a number opening an entry: "•", "-", "—", "*", "1.", "2)".
_BULLET = rf"(?:[—–•*▪►●]|--?|\d{{1,2}}[.){ABBREVIATION_DOT}])"
#: What can open an entry before its label (group names say which):
#: "quote": the previous entry's quote closing (its masked words, then the mark), perhaps a tag;
#: "end": a closed sentence, then a tag or a bullet;
#: "colon": a lead-in clause ending in a colon ("Here is how lawmakers reacted:");
#: "tagged": the sentence's start with a tag (the splitter cut before "(via Twitter)");
#: "opening": the sentence's start, when the label names a person ("Tom Reyes: “…” (CNN)": his,
#: not the outlet's in the tag; a label naming no one there is ``colon_intros.colon_speaker``'s).
_OPENING = (
    r"(?:(?P<quote>·[.!?,;]?[”\"’][.,;]?(?:\s*" + _TAG + r"){0,2})"
    r"|(?P<end>[.!?][”\"’')\]]?(?:\s*" + _TAG + r"){1,2}|[.!?][”\"’')\]]?(?=\s*" + _BULLET + r"))"
    r"|(?P<colon>:)"
    r"|(?P<tagged>^\s*" + _TAG + r")"
    r"|(?P<opening>^)"
    r")"
)
#: A question frame fronted before the label ("Asked about the vote, Smith:", "Pressed on the
#: cost, Reyes:"): the one asked answers.
_ASKED = (
    r"(?:[Ww]hen\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\s+(?:about|on|over|whether|if|why|what|how|for)\s"
    r"[^:;“”\"·\[\]()]{1,80},\s*"
)
#: The label up to the colon before the quote: a capitalised name (titles allowed, group "name"),
#: then a party tag, an appositive or a channel ("(R-Texas)", ", governor of Utah", " on Twitter",
#: " to reporters", " via Facebook", ", in a statement").
_ENTRY_LABEL = re.compile(
    _OPENING
    + rf"\s*(?P<bullet>{_BULLET})?\s*(?P<asked>{_ASKED})?"
    r"(?:(?P<name>(?:[A-Z][\w’'" + ABBREVIATION_DOT + r".-]*\s+){0,4}[A-Z][\w’'-]*)"
    r"(?P<more>(?:\s*\([^()“”\"·:]{1,30}\)|\s*,\s*[^,:;“”\"·()]{1,60}|\s+(?:to|via|on|in|at|from)\s+[^,:;“”\"·()]{1,40}){0,3})"
    # or any other short label, which names no one ("Bottom line:", "Campaign promises:")
    r"|(?P<other>[A-Z][^,:;.!?“”\"·()\[\]—–]{0,40}?))"
    r"\s*(?::|(?P<dash>[—–]|--))\s*$"
)


@dataclass(frozen=True)
class EntryLabel:
    """A round-up entry's label before a quote, and the person it names (None: no person). A
    ``clause`` ("Tom Reyes fired back:") opens the entry instead of a label: its subject is for
    the readers of clauses to find, but the label opening the run is not this quote's."""

    label: str
    speaker: Mention | None
    clause: bool = False
    length: int = 0
    """How many characters the label or clause takes up to the quote (its colon included)."""


def entry_label(sentence: str, quote: str, body: str) -> EntryLabel | None:
    """The label of the round-up entry that ``sentence`` (the masked text up to the quote, as the
    splitter left it) ends on, when something opens a new entry before it (``_OPENING``). None
    when the sentence does not end on such a label.

    After a previous quote or a closed sentence, a label that names no person ("Bottom line:")
    still opens a new entry (its quote is nobody's we can name), and a clause ("Tom Reyes fired
    back:") opens one for the readers of clauses. After a lead-in colon, a question frame or at the
    sentence's start, only a person's label counts: there no earlier entry's speaker is at stake,
    and the readers of clauses and possessives ("Asked about it, Walsh's answer:") come after.
    After a lead-in colon with no bullet, the quote must open on a capital, as an entry's full
    sentence does ('He singled out one rival: Ann Weller: “a senator who …”' quotes the rival's
    description, not her words)."""
    match = _ENTRY_LABEL.search(sentence)
    if match is None:
        return None
    if match.group("dash") and not _sentence_quoted(quote):
        return None  # 'Tom Reyes — “the people's senator” — won again': an aside, no entry
    if match.group("colon") and not match.group("bullet") and not quote.lstrip(" “\"‘'")[:1].isupper():
        return None
    if match.group("colon") and _addressee_before(sentence[: match.start("colon")]):
        return None  # 'She had a message for one rival: Tom Reyes: “…”': the one addressed, not the speaker
    after_entry = match.group("quote") is not None or match.group("end") is not None or match.group("tagged") is not None
    if match.group("name") is not None and not _has_verb(match.group("more")):
        label = restore(match.group("name")).strip()
        person = _labelled_person(label, body)
        return EntryLabel(label, person, length=len(sentence) - _label_start(match)) if person is not None or after_entry else None
    if not after_entry:
        return None
    other = sentence[_label_start(match) :].strip().rstrip(":").strip()
    clause = _has_verb(other) or not _verbless(other, body) or _POSSESSIVE.search(other) is not None
    # "Bottom line:"; "Tom Reyes fired back:", "Reyes's answer:"
    return EntryLabel(other, None, clause=clause, length=len(sentence) - _label_start(match))


#: A possessive in a label ("Reyes's answer:"), which ``word_owners`` reads as its owner's words.
_POSSESSIVE = re.compile(r"[’']s?(?!\w)")


#: A person after a preposition closing the lead-in before its colon ("a message for one rival",
#: "a jab at her opponent"): the name after the colon is that person, addressed or targeted.
_ADDRESSEE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:for|to|at|against|toward|towards|with|about|on)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+)\s*$"
)


#: Fewest words of a quote that a dash labels as a round-up's entry ("Ann Weller — “…”").
_DASHED_ENTRY_WORDS = 4


def _sentence_quoted(quote: str) -> bool:
    """``quote`` is a sentence of someone's, as a round-up's entry quotes: it opens on a capital and
    has a few words, not a phrase set off between dashes."""
    return quote.lstrip(" “\"‘'")[:1].isupper() and len(quote.split()) >= _DASHED_ENTRY_WORDS


def _addressee_before(lead: str) -> bool:
    """The lead-in before the colon ends on a person after a preposition (``_ADDRESSEE_BEFORE``)."""
    match = _ADDRESSEE_BEFORE.search(lead)
    return match is not None and match.group("noun") in PERSON_NOUNS


def _label_start(match: re.Match[str]) -> int:
    """Where the label starts in an ``_ENTRY_LABEL`` match: after its opening, bullet and frame."""
    return max(match.end(g) for g in ("quote", "end", "colon", "tagged", "opening", "bullet", "asked") if match.group(g) is not None)


def _has_verb(words: str) -> bool:
    """``words`` hold a verb: a clause, no label or qualifier ("Ruth Ames, Director, Tom Hale said")."""
    return bool(words) and (first_verb(f" {words} ") is not None or SPEECH_VERB.search(words) is not None)


def _verbless(label: str, body: str) -> bool:
    """``label`` (with no verb ``_has_verb`` knows) is a noun phrase, no clause: a form that may be
    a plural noun or a verb stands only after a word that is no name the article writes ("Western
    states", "Campaign promises"; not "Reyes tweets" after "Tom Reyes", a name and its verb)."""
    words = label.split()
    return not any(
        w.lower() in AMBIGUOUS_THIRD_PERSON and written_as_name(before, body) for before, w in zip(words, words[1:], strict=False)
    )


def _labelled_person(label: str, body: str) -> Mention | None:
    """The person a label's name part names: a full name with a given name, a name after a title
    ("Sen. Weller"), or one surname the article writes as a name's last word elsewhere; None for
    a label in capitals (a dateline's place, "WASHINGTON"), a genre word ("Update") or words that
    name nobody ("Bottom line", "Western states")."""
    if label.isupper():
        # a transcript's "REYES:" as the article writes the name ("Tom Reyes"); not a dateline's
        # "WASHINGTON", which the article writes in no name
        label = written_otherwise(label, body) or ""
        if not label or label.isupper():
            return None
    if not is_speaker_label(label):
        return None
    mention = head_of_segment(label)
    if mention is None or mention.kind != "name" or mention.text.split()[-1] != label.split()[-1]:
        return None
    titled = len(label.split()) > len(mention.text.split()) and label.split()[0].lower().rstrip(".") in PERSON_TITLES
    if given_name_gender(mention.text) is not None or titled:
        return mention
    if " " in mention.text and body.count(mention.text) > 1 and not all(is_common_word(w) for w in mention.text.split()):
        return mention  # "Xochitl Torres:" after "Rep. Xochitl Torres": a full name the article writes elsewhere
    if " " not in mention.text and written_as_name(mention.text, body):
        return mention  # "Weller:" after "Ann Weller"
    return None


#: A source tag closing the words between two quotes ("— Ann Weller [Twitter] ").
_TRAILING_TAG = re.compile(r"\s*" + _TAG + r"\s*$")
#: A dash opening the words after a quote: a signature follows.
_SIGNING_DASH = re.compile(r"\s*(?:[—–]|--?)\s")


def signature_before_next(between: str, body: str) -> Mention | None:
    """The name signing a quote of a signed list run into one paragraph: the words between it and
    the next quote are a dash and a person's name (as a label names one), a source tag maybe ('“A”
    — Ann Weller [Twitter] “B” — Tom Reyes' -> Ann Weller for A; not a hashtag, '— @ann #Vote').
    Nor is that name the next quote's speaker."""
    if _SIGNING_DASH.match(between) is None:
        return None
    signer = signed_after(_TRAILING_TAG.sub(" ", between))
    return signer if signer is not None and _labelled_person(signer.text, body) is not None else None


#: Most words of a run-in heading: a label, not a headline's clause.
_HEADING_WORDS = 9
#: A heading's topic after the person it names: "TRUMP ON THE WALL", "Sanders, on the speeches",
#: "Ryan, asked about the nominee" (group "who": the person's part).
_HEADING_TOPIC = re.compile(r"(?P<who>.+?)(?:,?\s+(?:on|about|over)\s+|,\s+(?:when\s+)?asked\s+(?:about|on|whether|if|why)\s+)\S.*")
#: A possessive of saying with its name after "the": "The Trump response", "the Clinton closing pitch".
_ATTRIBUTIVE_NAME = re.compile(r"[Tt]he\s+(?P<name>[A-Z][\w’'-]+)\s+(?P<noun>[a-z].*)")
#: Words a heading may set before the name it labels: titles ("SPEAKER RYAN", "GOV. PENCE").
_BEFORE_NAME = frozenset({"the", "former", "vice", "acting", "deputy"})


def heading_label(head: str, quote: str, body: str) -> Mention | None:
    """The person a run-in heading names, ``head`` being all the (masked) paragraph before its
    quote with no colon: a name ("TRUMP “…”", "Speaker Ryan “…”"), a name and the topic of its
    entry ("TRUMP ON THE WALL", "Ryan, asked about the nominee"), a name's noun of saying
    ("CLINTON’S ‘DEPLORABLES’ REMARK", "The Trump response"), or a title standing for its holder
    ("THE PRESIDENT ON TRADE" -> the president). The quote must be an entry's sentence (a capital,
    a few words, no title), the heading hold no verb, and a name of one word be the last word of
    a person's full or titled name elsewhere in the article ("Trump" after "Donald Trump"; not
    "Mexico" after "New Mexico"). A heading whose name the quote itself uses is its topic
    ('TRUMP “Trump has never paid …”')."""
    label = head.strip()
    if not label or len(label.split()) > _HEADING_WORDS or not _sentence_quoted(quote) or title_cased(quote.strip()):
        return None
    if any(c in label for c in ":;!?“”\"·()[]—–"):
        return None
    label = _heading_recased(label, body)
    topic = _HEADING_TOPIC.fullmatch(label)
    who = topic.group("who") if topic is not None else label
    if _has_verb(who):
        return None  # a headline's clause: "TRUMP SLAMS ‘RIGGED’ SYSTEM", "Clinton concedes"
    attributive = _ATTRIBUTIVE_NAME.fullmatch(who)
    if attributive is not None:
        who = f"{attributive.group('name')}’s {attributive.group('noun')}"  # "The Trump response"
    if _POSSESSIVE.search(who):
        owner = possessive_introduction(who + ":")
        if owner is None or owner.kind != "name":
            return owner if owner is not None and owner.kind == "description" else None  # "TRUMP’S WALL"
        who = who[: who.find(owner.text) + len(owner.text)]
    mention = _heading_person(who, body)
    if mention is None or mention.kind == "name" and re.search(rf"\b{re.escape(mention.text.split()[-1])}\b", quote):
        return None
    return mention


def _heading_person(who: str, body: str) -> Mention | None:
    """The person a heading's name part is: a name, maybe after titles, or a title alone after
    "the" ("the president"); nothing else may stand before the name ("ON TRUMP", "TRUMP VS. …")."""
    words = who.split()
    if len(words) == 2 and words[0].lower() == "the" and words[1].lower() in PERSON_TITLES:
        # "THE PRESIDENT ON TRADE": its holder, when the article names one with that title
        holder = re.search(rf"\b{re.escape(words[1].capitalize())}\.?\s+[A-Z]", body)
        return Mention("description", f"the {words[1].lower()}") if holder is not None else None
    if not is_speaker_label(who):
        return None
    mention = _labelled_person(who, body)
    if mention is None or not who.endswith(mention.text.split()[-1]):
        return None
    before = words[: len(words) - len(mention.text.split())]
    if any(w.lower().rstrip(".") not in PERSON_TITLES | _BEFORE_NAME for w in before):
        return None
    if not before and " " not in mention.text and not (written_as_name(mention.text, body, person=True) and _named_as_actor(mention.text, body)):
        return None  # a one-word name must be a person's: "Mexico" after "New Mexico" is none
    words = [w.title() if w.isupper() and w.lower() in GIVEN_NAME_GENDER else w for w in mention.text.split()]
    mention = Mention("name", " ".join(words))  # "SEN. ANN ROE", re-cased as "Sen. ANN Roe"
    elsewhere = body.count(mention.text) - who.count(mention.text)
    if not before and not elsewhere and any(is_common_word(w.lower()) and w.lower() not in GIVEN_NAME_GENDER for w in words):
        return None  # "GRACE PERIOD": words of the language that the article writes as no one's name
    return mention


#: A preposition right before a name: the name is what the sentence is about, not who acts.
_TOPIC_BEFORE = re.compile(r"(?:^|\s)(?:about|on|of|against|over|for|with|to|at|toward|towards|than|like)\s+$", re.IGNORECASE)


def _named_as_actor(surname: str, body: str) -> bool:
    """The article writes ``surname`` in a full or titled name somewhere not after a preposition
    ("Ann Weller and Tom Reyes met"; not only "spoke about Governor Reyes"): a heading's one-word
    label is someone the article has act or speak, not only a topic of its sentences."""
    for match in re.finditer(rf"(?:[A-Z][\w’'-]*\.?\s+)+{re.escape(surname)}\b", body):
        if not _TOPIC_BEFORE.search(body, max(0, match.start() - 12), match.start()):
            return True
    return False


def _heading_recased(label: str, body: str) -> str:
    """A heading in capitals as mixed case would write it: a word the article writes as a
    person's name (or a title) keeps its capital ("TRUMP’S" -> "Trump’s"), any other goes to lower
    case ("REMARK", "THE WALL"). A heading in mixed case is returned as it is."""
    if any(c.islower() for c in label):
        return label
    words = []
    for word in label.split():
        core = re.sub(r"^[‘'\"]|[’']S$|[’'\".,]+$", "", word)
        written = written_otherwise(core, body) if core else None
        named = written is not None and written[:1].isupper() and written_as_name(written, body)
        titled = core.lower() in PERSON_TITLES and core.lower() not in _BEFORE_NAME
        words.append(word.replace(core, written, 1).replace("’S", "’s").replace("'S", "'s") if named and written else word.title() if titled else word.lower())
    return " ".join(words)
