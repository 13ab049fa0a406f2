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

Vox pops and readers' letters sign each entry the same way, after the reader's lead-in and a
dash ("This year is different - Jane from Ohio: “…” [Email]", "It is the economy — Ann Pike, 62:
“…”"), often with a given name alone ("Jane from Ohio:", "Mark, 54:") or two names for a couple
("Tom Reyes and Ann Pike:", "Bob and Mary Smith:", both shown as the speaker, never one alone).
The signature is the speaker; a label after the dash that names no person ("Update - 3 p.m.:",
"Trump in Ohio - live:", "- Ohio:") gives nothing, and the clauses around are read as before.

A heading run into the quote with no colon ("TRUMP “…”") is ``heading_labels``'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .conjunct_words import COORDINATOR
from .coordinated_heads import coordination
from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .head_edges import without_adjectival_participles
from .head_patterns import subject_couple
from .masking import ABBREVIATION_DOT, restore
from .mention import Mention
from .name_cleaning import PERSON_TITLES
from .quote_signatures import signed_after
from .speaker_heads import head_of_segment
from .speaker_labels import LEAD_IN_DASH, is_speaker_label, written_as_name, written_otherwise
from .speech_lexicon import AMBIGUOUS_THIRD_PERSON, PERSON_NOUNS
from .speech_verbs import SPEECH_VERB, first_verb
from .wordlists import is_common_word, is_place

#: A source tag after a round-up's quote: "[Twitter]", "[Source: CNN.]", "(via Facebook)", "(CNN)",
#: "— via Twitter".
_TAG = r"(?:\[[^\[\]“”\"·]{1,40}\]|\([^()“”\"·]{1,40}\)|(?:[—–]|--?)\s*via\s+(?:Truth\s+Social|[A-Z][\w]*))[.,;]?"
#: A bullet or a number opening an entry: "•", "-", "—", "*", "1.", "2)".
BULLET = rf"(?:[—–•*▪►●]|--?|\d{{1,2}}[.){ABBREVIATION_DOT}])"
#: What can open an entry before its label (group names say which):
#: "quote": the previous entry's quote closing (its masked words, then the mark), perhaps a tag;
#: "end": a closed sentence, then a tag or a bullet;
#: "colon": a lead-in clause ending in a colon ("Here is how lawmakers reacted:");
#: "tagged": the sentence's start with a tag (the splitter cut before "(via Twitter)");
#: "opening": the sentence's start, when the label names a person ("Tom Reyes: “…” (CNN)": his,
#: not the outlet's in the tag; a label naming no one there is ``colon_intros.colon_speaker``'s).
_OPENING = (
    r"(?:(?P<quote>·[.!?,;]?[”\"’][.,;]?(?:\s*" + _TAG + r"){0,2})"
    r"|(?P<end>[.!?][”\"’')\]]?(?:\s*" + _TAG + r"){1,2}|[.!?][”\"’')\]]?(?=\s*" + BULLET + r"))"
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
#: A capitalised name in a label, titles allowed.
_NAME = r"(?:[A-Z][\w’'" + ABBREVIATION_DOT + r".-]*\s+){0,4}[A-Z][\w’'-]*"
#: The name part of a label (group "name"): one name or two joined by "and" ("Tom Reyes and Ann
#: Pike", "Bob and Mary Smith": two people signing together), then a party tag, an age, an
#: appositive, a place or a channel (group "more": "(R-Texas)", ", 62", ", governor of Utah",
#: " from Ohio", " on Twitter", " to reporters", " via Facebook", ", in a statement").
_NAMED = (
    rf"(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)"
    r"(?P<more>(?:\s*\([^()“”\"·:]{1,30}\)|\s*,\s*[^,:;“”\"·()]{1,60}|\s+(?:to|via|on|in|at|from)\s+[^,:;“”\"·()]{1,40}){0,3})"
)
#: The label up to the colon before the quote: ``_NAMED``, or any other short label.
_ENTRY_LABEL = re.compile(
    _OPENING
    + rf"\s*(?P<bullet>{BULLET})?\s*(?P<asked>{_ASKED})?"
    rf"(?:{_NAMED}"
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
    signed = _signed_after_dash(sentence, body)
    if signed is not None:
        return signed
    # (the label's colon or dash ends the sentence, all but spaces: most sentences end otherwise,
    # and the search would read each of them through)
    match = _ENTRY_LABEL.search(sentence) if sentence.rstrip().endswith((":", "—", "–", "--")) else None
    if match is None:
        return None
    if match.group("dash") and not sentence_quoted(quote):
        return None  # 'Tom Reyes — “the people's senator” — won again': an aside, no entry
    if match.group("colon") and not match.group("bullet") and not quote.lstrip(" “\"‘'")[:1].isupper():
        return None
    if match.group("colon") and _addressee_before(sentence[: match.start("colon")]):
        return None  # 'She had a message for one rival: Tom Reyes: “…”': the one addressed, not the speaker
    after_entry = match.group("quote") is not None or match.group("end") is not None or match.group("tagged") is not None
    if match.group("name") is not None and not _qualifier_has_verb(match.group("more")):
        label = restore(match.group("name")).strip()
        person = labelled_person(label, body, match.group("more"))
        if person is not None and _CONTRAST_LABEL.match(sentence, _label_start(match)) and _SPOKEN_OF.match(quote):
            # 'Kell isn't “….” But Ann Roe: “She's an old lady.”': a contrast's topic, whom the
            # words speak of, not who says them; nobody's we can name
            return EntryLabel(label, None, length=len(sentence) - _label_start(match))
        return EntryLabel(label, person, length=len(sentence) - _label_start(match)) if person is not None or after_entry else None
    if not after_entry:
        return None
    other = sentence[_label_start(match) :].strip().rstrip(":").strip()
    clause = has_verb(other) or not _verbless(other, body) or POSSESSIVE.search(other) is not None
    # "Bottom line:"; "Tom Reyes fired back:", "Reyes's answer:"
    return EntryLabel(other, None, clause=clause, length=len(sentence) - _label_start(match))


#: A label opening on a conjunction of contrast ("But Ann Roe:", "Yet Kell:"): the next topic of
#: a run of what one source said about several people.
_CONTRAST_LABEL = re.compile(r"\s*(?:But|Yet)\s+[A-Z]")
#: A quote opening on a third-person pronoun, the one the label names spoken of ("She's an old lady").
_SPOKEN_OF = re.compile(r"[\s“\"‘']*(?:He|She|His|Her)(?:[’']s)?\b")


#: A lead-in sentence closing on a dash, then a label that signs the quote, as vox pops and readers'
#: letters print them ("This year is different - Jane from Ohio: “…”", "It is the economy — Ann
#: Pike, 62:"): a spaced hyphen or double hyphen, or an en or em dash, after a word or a closing
#: mark (group "lead": the words before the dash; the last dash when there are more).
_SIGNED_AFTER_DASH = re.compile(r"(?P<lead>.*[\w.!?”\"’)\]])" + LEAD_IN_DASH + _NAMED + r"\s*:\s*$")
#: A first-person word: the lead-in is the signer's own ("My husband says I am crazy").
_FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:I|me|my|we|us|our)(?![\w’'-])")


def _signed_after_dash(sentence: str, body: str) -> EntryLabel | None:
    """The person a label after a lead-in's dash names (``_SIGNED_AFTER_DASH``), who signs the quote
    (None for a label naming no person: "Update - 3 p.m.:", "Trump in Ohio - live:", "- Ohio:").
    Not when the dash apposes the name to a person the lead-in ends on ('Reyes attacked his rival
    - Tom Weller: “…”': the rival is no signer), nor when the lead-in reports someone's speech in
    the third person ('Reyes said the plan had a flaw - Tom Weller: “…”'): the speech verb's
    subject may be the speaker, and the readers of clauses decide."""
    match = _SIGNED_AFTER_DASH.match(sentence) if sentence.rstrip().endswith(":") else None
    if match is None or _qualifier_has_verb(match.group("more")):
        return None
    lead = match.group("lead")
    last = lead.split()[-1].lower()
    if last in PERSON_NOUNS and not last.endswith("s") or SPEECH_VERB.search(lead) and not _FIRST_PERSON.search(lead):
        return None
    label = restore(match.group("name")).strip()
    person = labelled_person(label, body, match.group("more"))
    return EntryLabel(label, person, length=len(sentence) - match.start("name")) if person is not None else None


#: A possessive in a label ("Reyes's answer:"), which ``word_owners`` reads as its owner's words.
POSSESSIVE = re.compile(r"[’']s?(?!\w)")


#: A person after a preposition closing the lead-in before its colon ("a message for one rival",
#: "a jab at her opponent"): the name after the colon is that person, addressed or targeted.
_ADDRESSEE_BEFORE = re.compile(
    r"(?<![\w’'-])(?:for|to|at|against|toward|towards|with|about|on)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z]+)\s*$"
)


#: Fewest words of a quote that a dash labels as a round-up's entry ("Ann Weller — “…”").
_DASHED_ENTRY_WORDS = 4


def sentence_quoted(quote: str) -> bool:
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


def has_verb(words: str) -> bool:
    """``words`` hold a verb: a clause, no label or qualifier ("Ruth Ames, Director, Tom Hale said")."""
    return bool(words) and (first_verb(f" {words} ") is not None or SPEECH_VERB.search(words) is not None)


def _qualifier_has_verb(more: str) -> bool:
    """The words after a label's name hold a verb (``has_verb``), once an -ed word opening a role
    is read as the adjective it is (", retired teacher", ", a laid-off welder": no clause)."""
    return any(has_verb(" ".join(without_adjectival_participles(piece.split()))) for piece in more.split(","))


def _verbless(label: str, body: str) -> bool:
    """``label`` (with no verb ``has_verb`` knows) is a noun phrase, no clause: a form that may be
    a plural noun or a verb stands only after a word that is no name the article writes ("Western
    states", "Campaign promises"; not "Reyes tweets" after "Tom Reyes", a name and its verb)."""
    words = label.split()
    return not any(
        w.lower() in AMBIGUOUS_THIRD_PERSON and written_as_name(before, body) for before, w in zip(words, words[1:], strict=False)
    )


def labelled_person(label: str, body: str, more: str = "") -> Mention | None:
    """The person a label's name part names: a full name with a given name, a name after a title
    ("Sen. Weller"), one surname the article writes as a name's last word elsewhere, or a given
    name alone, as readers sign their letters ("Jane from Ohio"; one that is also a common word,
    "Mark", only with a qualifier in ``more``, the label's words after the name: "Mark, 62");
    None for a label in capitals (a dateline's place, "WASHINGTON"), a genre word ("Update"),
    words that name nobody ("Bottom line", "Western states") or a place ("Ohio", "Virginia").

    Two people signing together ("Tom Reyes and Ann Pike", "Bob and Mary Smith") are both the
    speaker, shown joined as ``speaker_heads`` joins a pair of subjects; never one of them alone,
    so not either when ``more`` adds a partner ("Ann Pike, 62, and her husband")."""
    if _PARTNER.search(more):
        return None
    if COORDINATOR.search(f" {label} "):
        return _signing_pair(label, body)
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
    return mention if _given_name_alone(mention.text, more) else None


#: A second person added after a label's name ("Ann Pike, 62, and her husband", "Jane from Ohio
#: and Tom"): the label signs for two.
_PARTNER = re.compile(r"(?<![\w’'-])(?:and|&)\s+(?:his|her|their|my|our|[A-Z])")
#: The qualifiers that make a label a signature: an age, a place of origin or an appositive (", 62",
#: " from Ohio", ", a nurse").
_SIGNATURE_QUALIFIER = re.compile(r"^\s*(?:,\s*\d{1,3}\b|from\s|,\s*(?:a|an)\s)")


def _given_name_alone(word: str, more: str) -> bool:
    """``word`` is a given name of the lexicon standing for a person who signs with it alone
    ("Jane from Ohio:"): not a place ("Virginia"), and when also a common word ("Mark", "Will")
    only with a signature's age, origin or appositive after it."""
    low = word.lower()
    if low not in GIVEN_NAME_GENDER or is_place(word):
        return False
    return not is_common_word(low) or _SIGNATURE_QUALIFIER.match(more) is not None


def _signing_pair(label: str, body: str) -> Mention | None:
    """Two people a label joins with "and" ("Tom Reyes and Ann Pike", "Bob and Mary Smith"), as
    ``speaker_heads`` joins a pair of subjects; None unless each is a person a label names."""
    couple = subject_couple(label)
    if couple is not None:
        return couple if given_name_gender(f"{label.split()[0]} {label.split()[-1]}") is not None else None
    parts = COORDINATOR.split(f" {label} ")
    if len(parts) != 2 or any(labelled_person(p.strip(), body) is None for p in parts):
        return None
    pair = coordination(label, read_head=head_of_segment)
    return pair if pair is not None and pair.kind == "description" else None


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
    return signer if signer is not None and labelled_person(signer.text, body) is not None else None

