"""Documents as speakers: '"…," read the email', 'the sign reads', 'a 2019 report found that "…"'.

"read", "found", "concluded" and "showed" report speech only when a document does them; with a
person they are ordinary verbs ("she read the file", "police found the car"). So these rules
read the clause around such a verb and keep its subject (or, inverted, its object) only when
that is a document ("the email", "a parliamentary report", "the survey") or "it" (resolved later
to the document or organisation the text was about).
"""

from __future__ import annotations

import re

from .bare_sources import document_noun
from .head_kinds import can_speak
from .inverted_speakers import phrase_after
from .mention import Mention
from .organisation_names import organisation_name
from .speaker_kinds import head_noun, is_acronym
from .speakers import subject_before
from .speech_lexicon import DOCUMENT_NOUNS, DOCUMENT_VERBS, ORGANISATION_NOUNS
from .wordlists import is_common_word

#: Verbs of a ruling ("The judge ruled the man was …", "the tribunal decided the firm had …"):
#: speech of a court, a board or a judge, with a clause after them (not "ruled out", "decided to").
_RULING_VERBS = frozenset("ruled rules decided decides determined determines".split())
_DOCUMENT_VERB = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(sorted(DOCUMENT_VERBS))
    + r"|(?:"
    + "|".join(sorted(_RULING_VERBS))
    + r")(?!\s+(?:out|to|against|on|upon|in|over|with|for|by)\b))(?![\w’'-])"
)
#: A word or a masked quote after a verb: its object.
_OBJECT_AFTER = re.compile(r"\w|·")
#: A conjunction opening a clause of its own right after the quote ("…,” though records show …").
_CLAUSE_OPENER = re.compile(r"[\s,]*(?:and|but|while|whereas|though|although|because|yet|or|even\s+as)\s", re.IGNORECASE)
#: A sentence's closing punctuation.
_STOP = re.compile(r"[.!?]")
#: Longest subject before a document verb after a quote ('"…," the sign outside the hall read').
_SUBJECT_WORDS = 10
_WORD = re.compile(r"\w+")
#: "Article 33", "Section 4(b)" ending the text before a document verb.
_PROVISION = re.compile(
    r"(?:^|\s)((?:Article|Section|Clause|Amendment|Rule|Chapter|Paragraph)\s+\d+[\w()]*"
    r"|(?:[123]\s+)?(?!(?:At|By|On|In|From|Until|Till|Since|Before|After|Around|About|To|Through)\s)"
    r"[A-Z][a-z]+\s+\d{1,3}:\d{1,3}(?:[-–]\d{1,3})?)\s*$"  # or a verse: "Isaiah 45:1", "1 John 4:8", not "At 10:30"
)


def _document(mention: Mention | None) -> Mention | None:
    """A document or an organisation ("the email", "the Sanders campaign", "the FBI"), or "it"."""
    if mention is None:
        return None
    if mention.kind == "pronoun" and mention.text == "it":
        return mention
    if mention.kind in {"description", "name"} and organisation_name(mention.text) is not None:
        return mention  # "the Committee to Protect Journalists", "Americans for Prosperity"
    if mention.kind != "description":
        return None
    head = head_noun(mention.text)
    last = mention.text.split()[-1]
    # also records in the plural or as a mass: "FEC records", "recent polls", "exit polling"
    return mention if head in DOCUMENT_NOUNS | ORGANISATION_NOUNS or document_noun(head) or is_acronym(last) else None


#: People whose finding is a report of its own ("Researchers at the institute found that “…”", "two
#: analysts concluded", "MPs found", whose committee reports it), with a verb of ``_FINDING_VERBS``: not "she found the keys" — only these heads.
_FINDERS = frozenset(
    "researcher analyst economist scientist investigator auditor inspector pollster historian scholar "
    "expert statistician epidemiologist mp lawmaker legislator".split()
)
_FINDING_VERBS = frozenset("found finds find concluded concludes estimated estimates".split())
#: Who rules or finds on the bench ("the judge found", "the coroner ruled", "a jury decided").
_JUDGES = frozenset("judge justice magistrate coroner arbitrator adjudicator jury".split())
#: A judge's title right after an inverted verb of ruling ("ruled Justice Ann Roe").
_BENCH_TITLE = re.compile(r"\s+(?:Judge|Justice|Chief\s+Justice|Magistrate|Coroner)\s+[A-Z]")
#: Bodies that rule ("the court ruled the law was …", "the tribunal decided"), unlike a party
#: that "ruled the province for forty years"; a committee or a council deciding that something
#: was "…" states its finding, as a board does ("The committee decided that the system was “…”").
_BENCHES = frozenset("court tribunal panel board commission inquiry regulator committee council".split())


def _headed_by(mention: Mention | None, nouns: frozenset[str]) -> Mention | None:
    """A description whose head is one or more of ``nouns``: ``_FINDERS`` ("researchers at Hale
    University", "two economists") or ``_JUDGES`` ("the Nova Scotia judge", "two justices")."""
    if mention is not None and mention.kind == "name" and " " not in mention.text and mention.text.lower().removesuffix("s") in nouns:
        # "Investigators found that …": the plural opening the sentence, read as a name for its capital
        mention = Mention("description", mention.text.lower())
    if mention is None or mention.kind != "description":
        return None
    head = head_noun(mention.text)
    words = mention.text.split()
    if head == "general" and len(words) > 2:
        head = words[-2].lower()  # "the inspector general", "the auditor general": a title's post-positive "general"
    return mention if head in nouns or head.endswith("s") and head[:-1] in nouns else None


def _subject(before: str, verb: str = "") -> Mention | None:
    """The subject at the end of ``before``: a numbered provision ("Article 33", "Section 4") is
    a document although it is capitalised like a name; with a verb of finding, researchers and
    analysts count as well as documents."""
    provision = _PROVISION.search(before)
    if provision is not None:
        return Mention("description", provision.group(1))
    subject = subject_before(before)
    words = before.split()
    if subject is not None and subject.kind == "pronoun" and words and words[-1].lower() in DOCUMENT_NOUNS:
        return subject  # '“…,” her statement read': the owner's own words, whom "her" stands for
    if verb.lower() in _RULING_VERBS or verb.lower() in _FINDING_VERBS:
        judge = _headed_by(subject, _JUDGES)  # people, who find and rule only on the bench
        if judge is not None:
            return judge
    if verb.lower() in _RULING_VERBS:
        return subject if subject is not None and subject.kind == "description" and head_noun(subject.text) in _BENCHES else None
    found = _document(subject) or (_headed_by(subject, _FINDERS) if verb.lower() in _FINDING_VERBS else None)
    return found if found is None or _agrees(found, verb.lower()) else None


#: Forms of the document verbs for a plural subject ("Polls show", "Studies find"): after an
#: auxiliary they are infinitives ("the FBI did not find"), whose subject is anyone.
_PLURAL_FORMS = frozenset("show find indicate".split())


def _agrees(subject: Mention, verb: str) -> bool:
    """The document subject and its verb agree in number: a plural form wants records in the
    plural or a mass ("Polls show", "exit polling shows" aside, not "The FBI … did not find"); an
    -s form wants no plural ("results in his latest exam, shows" is no subject and verb)."""
    if subject.kind != "description":
        return verb not in _PLURAL_FORMS
    head = head_noun(subject.text)
    plural = head.endswith("s") and (document_noun(head) or head[:-1] in _FINDERS) and head not in _MASS_PLURALS
    if verb in _PLURAL_FORMS:
        return plural or document_noun(head) and not head.endswith("s")
    return not (plural and verb.endswith("s"))


#: Mass nouns of records in -s, which take a singular verb ("analysis shows", "statistics shows" no).
_MASS_PLURALS = frozenset({"analysis"})


def document_after(clause: str, *, ended: str = "") -> tuple[Mention | None, str | None]:
    """The clause after a quote: '"…," read the email.' / '"…," it read.' / '"…," the letter says'
    is handled by the speech verbs; this reads only ``DOCUMENT_VERBS``. After a quote that
    ``ended`` its sentence, a subject and a verb with an object of their own open the next
    sentence ('“….” The texts showed “…”'), no cue of the quote before."""
    verb = _DOCUMENT_VERB.search(clause)
    if verb is None:
        return _text_opened(clause)
    before = clause[: verb.start()]
    if ended and _WORD.search(before) and (_OBJECT_AFTER.search(clause, verb.end()) or not _STOP.search(clause, verb.end())):
        return None, None  # (the clause cut at the next quote has no stop: "The texts showed “…”")
    if _CLAUSE_OPENER.match(before):
        return None, None  # '“…,” though public records indicate he did not …': a clause of its own
    if not _WORD.search(before):
        after = phrase_after(clause[verb.end() :])
        mention = _document(after)
        if mention is None and verb.group().lower() in _RULING_VERBS | _FINDING_VERBS:
            # '“…,” ruled Justice Ann Roe', '“…,” found the coroner': a judge's ruling, inverted
            benched = _BENCH_TITLE.match(clause, verb.end()) is not None and after is not None and after.kind == "name"
            bench = after is not None and after.kind == "description" and head_noun(after.text) in _BENCHES
            mention = after if benched or bench else _headed_by(after, _JUDGES)
    elif len(_WORD.findall(before)) <= _SUBJECT_WORDS:
        mention = _subject(before, verb.group())
    else:
        mention = None
    return (mention, verb.group()) if mention is not None else (None, None)


#: "quotes Reyes:" / "quoted one official as saying" right before the quote (group 1: whom).
_QUOTES_WHOM = re.compile(
    r"(?:quotes|quoted)\s+((?!(?:it|this|that|from|by|in|him|her|them)\b)[^,;:.!?“”\"]{2,60}?)"
    r"\s*(?:,?\s*(?:as\s+)?saying)?\s*[:,]?\s*"
)


def _quotable(description: str) -> bool:
    """A described person or group that can be quoted ("one official", "a spokesman"), not a piece
    of text ("quoted a line from the old charter": the document stays the source)."""
    head = head_noun(description)
    return can_speak(description) and head not in DOCUMENT_NOUNS and not head[:1].isupper()


#: A reflexive object right after the verb ("found themselves"): a plight, no finding reported.
_REFLEXIVE = re.compile(r"\s+(?:themselves|himself|herself|itself|ourselves|myself|yourselves|yourself)(?![\w’'-])")


def document_before(sentence: str) -> tuple[Mention | None, str | None]:
    """A document verb before the quote: 'A 2019 report found that the warnings "…"', 'The sign
    read: "…"'."""
    verbs = list(_DOCUMENT_VERB.finditer(sentence))
    if not verbs or _REFLEXIVE.match(sentence, verbs[-1].end()):
        return None, None  # "MPs found themselves ribbed by their friends, with “…”": no finding
    quoted = _QUOTES_WHOM.fullmatch(sentence, verbs[-1].start())
    if quoted is not None:
        # 'The flyer quotes Reyes: “…”': the words are the one quoted, the flyer only carries them
        whom = phrase_after(" " + quoted.group(1))
        if whom is not None and (whom.kind == "name" or whom.kind == "description" and _quotable(whom.text)):
            return whom, verbs[-1].group()
    mention = document_governing(sentence[: verbs[-1].start()], verbs[-1].group())  # "a placard reading"
    mention = mention or _subject(sentence[: verbs[-1].start()], verbs[-1].group())
    return (mention, verbs[-1].group()) if mention is not None else (None, None)


def displayed_text_reading(sentence: str) -> tuple[Mention, str] | None:
    """A displayed text and its verb of reading right before the quote, whatever verb stands
    before them: "Officials pointed out the sign that read “…”", "Kell waved at a banner reading
    “…”". The quote is the text's own words (read, shows, lists), not the words of the one who
    pointed it out, held it or spoke of it; an earlier speech verb's subject only shows it (but
    not a published text, ``_PUBLISHED_TEXTS``). (A
    speech verb right before the quote, "the sign that said", is read by ``document_governing``
    from the speech verb's readers.)"""
    verbs = list(_DOCUMENT_VERB.finditer(sentence))
    if not verbs or sentence[verbs[-1].end() :].strip(" ,:\n"):
        return None
    mention = document_governing(sentence[: verbs[-1].start()], verbs[-1].group())
    if mention is None or mention.text.split()[-1].lower() in _PUBLISHED_TEXTS:
        return None
    return mention, verbs[-1].group()


#: Displayed texts a speech verb's subject may have written or posted ("Kell posted a photo with
#: a caption that read “…”", "the paper ran an editorial reading “…”"): after a speech verb the
#: subject's words as much as the text's, so ``displayed_text_reading`` leaves them to the verb.
_PUBLISHED_TEXTS = frozenset({"headline", "caption", "editorial"})


#: Texts on display that speak for themselves: the person holding a sign, wearing a hat or
#: posting under a headline is not who the words are from. (A statement, an ad or a release
#: someone *issued* is theirs: "X issued a statement saying …" stays X's; "carrying signs
#: saying" is the carriers'.)
_DISPLAYED_TEXTS = (
    "sign banner placard poster billboard headline caption editorial "
    "hat cap t-shirt shirt sweatshirt jersey button badge sticker flag mug"
)
#: A displayed text right before a participle or a relative "that" ("held up a sign saying", "a
#: headline that said", "the newspaper’s editorial telling him").
_DOCUMENT_THEN_VERB = re.compile(
    r"(?:^|\s)((?:a|an|the|his|her|its|their|one|[\w’'.-]+[’']s?)\s+(?:(?!(?:a|an|the|and|or)\s)[\w’'-]+\s+){0,3}?"
    r"(?:" + "|".join(_DISPLAYED_TEXTS.split()) + r"))\s+(?:that\s+|which\s+)?$",
    re.IGNORECASE,
)


def document_governing(before: str, verb: str) -> Mention | None:
    """The document that a participle ("saying", "telling", "reading") or a relative clause ("that
    said") right after it belongs to: 'Lori Bern held up a sign saying “…”' -> a sign."""
    relative = re.search(r"\s(?:that|which)\s+$", before) is not None
    if not (verb.endswith("ing") or relative):
        return None
    match = _DOCUMENT_THEN_VERB.search(before)
    if match is None:
        return None
    phrase = match.group(1)
    return Mention("description", phrase[0].lower() + phrase[1:] if phrase.split()[0] in {"A", "An", "The"} else phrase)


#: A document verb right before the quote, in a relative clause on a document ("cited polls by
#: Hale University that showed “…”", "a report which found that “…”"; group "np" the words before
#: "that" or "which").
_RELATIVE_DOCUMENT_VERB = re.compile(
    r"(?P<np>(?:[^\s,;:“”\"·]+\s+){0,7}?[^\s,;:“”\"·]+),?\s+(?:that|which)\s+(?P<verb>show|shows|showed|found|finds|find|indicate|indicates|indicated|suggest|suggests|suggested)"
    r"(?:\s+that)?\s*[,:]?\s*$"
)
#: The words ``_RELATIVE_DOCUMENT_VERB`` can end on before its optional comma or colon.
_RELATIVE_DOCUMENT_ENDS = ("that", "show", "shows", "showed", "found", "finds", "find", "indicate", "indicates",
                           "indicated", "suggest", "suggests", "suggested")  # fmt: skip
#: Words that end a document's phrase on its left ("cited polls", "in the wake of polls"): a
#: preposition, a verb, a conjunction, or a phrasal verb's particle ("pointed out the report",
#: "held up a study", "dug out records": the particle is the verb's, no part of the document).
_LEFT_STOPS = frozenset(
    """cited cites citing quoted quotes quoting released releases published publishes pointed points referenced
    of to on in at from after with by for and or but as than into about over under is are was were has have had
    out up down off back""".split()
)
#: Most modifiers before a document's noun in such a phrase ("her medical records", "three new
#: national polls").
_MODIFIERS = 4


#: A phrase of time or place after a document, no part of its name ("records in July").
_WHEN_OR_WHERE = re.compile(r"\s(?:in|on|at|during|last|this|earlier|later)\s")


def relative_document(sentence: str) -> tuple[Mention, str] | None:
    """The document of a relative clause whose verb of evidence the quote completes: 'He cited
    polls by Hale University that showed “…”' -> polls by Hale University (never "he", who only
    cited them). The document's head is a noun of ``DOCUMENT_NOUNS`` or its plural right before
    "that"/"which" or before a "by"/"from" phrase naming who made it."""
    end = sentence.rstrip()
    if end.endswith((",", ":")):
        end = end[:-1].rstrip()
    # a match ends on its verb or "that", then maybe a comma or colon and spaces: a test on the
    # end first, as the search tries the pattern at every word of the sentence (~0.2 ms a call)
    if not end.endswith(_RELATIVE_DOCUMENT_ENDS):
        return None
    found = _RELATIVE_DOCUMENT_VERB.search(sentence)
    if found is None:
        return None
    words = found.group("np").split()
    head = next((k for k in range(len(words) - 1, -1, -1) if words[k].lower() in DOCUMENT_NOUNS or document_noun(words[k])), -1)
    after = words[head + 1 :]
    if head < 0 or after and (after[0].lower() not in {"by", "from"} or len(after) > _MODIFIERS):
        if head < 0 or not after or not _WHEN_OR_WHERE.match(f" {after[0]} "):
            return None  # "a man that showed": no document; "records in July" keeps the records
        after = []
    first = head
    while first > 0 and head - first < _MODIFIERS and words[first - 1].lower() not in _LEFT_STOPS and not words[first - 1].endswith("ed"):
        first -= 1
    head_words = words[first : head + 1]
    text = " ".join(head_words + after)
    lower = head_words[0].lower() in {"the", "a", "an"} or is_common_word(head_words[0]) and not head_words[0].isupper()
    return Mention("description", text[0].lower() + text[1:] if lower else text), found.group("verb").lower()


#: Texts someone puts out whose words a relative clause gives: the documents, and the lists of a
#: day or a programme that an office releases ("his schedule, which included “…”").
_ISSUED_HEADS = DOCUMENT_NOUNS | frozenset("schedule agenda itinerary programme program".split())
#: A verb of putting a text out, the text, and a relative clause on it whose verb the quote
#: completes ("The campaign released an ad that promises “…”", "The senator's office released his
#: schedule, which included “…”"; groups "verb", "text", "head").
_ISSUED_TEXT = re.compile(
    r"(?<![\w’'-])(?P<verb>(?:releas|issu|publish|post|unveil|distribut|circulat|launch|produc)(?:e|es|ed|s)?|put\s+out|puts\s+out|"
    r"sen(?:t|ds)(?:\s+out)?|air(?:s|ed)|r[au]n|runs|fil(?:es|ed))"
    r"\s+(?P<text>(?:a|an|the|his|her|its|their|our)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*))"
    r"(?:\s+(?:on|last|this|earlier)\s+[\w]+)?,?\s+(?:which|that)\s+(?:also\s+|simply\s+)?"
    r"(?:include[sd]?|read|reads|contain(?:s|ed)?|feature[sd]?|promise[sd]?|declare[sd]?|state[sd]?|says?|said|"
    r"warn(?:s|ed)?|call(?:s|ed)?\s+for|urge[sd]?|pledge[sd]?|vow(?:s|ed)?|proclaim(?:s|ed)?|charge[sd]?|claim(?:s|ed)?)"
    r"(?:\s+that)?\s*[:,]?\s*$"
)


def issued_text_before(sentence: str) -> Mention | None:
    """The one who put out a text whose relative clause the quote completes: 'The senator's
    office released his schedule, which included “…”' -> the senator's office, as "X issued a
    statement saying “…”" is X's (the text speaks for whoever released it). None when the subject
    is no one who speaks, or is itself a text ("The report cited a study that found")."""
    if " which " not in sentence and " that " not in sentence:
        return None
    issued = _ISSUED_TEXT.search(sentence, max(0, len(sentence) - 200))
    if issued is None or issued.group("head") not in _ISSUED_HEADS:
        return None
    subject = subject_before(sentence[: issued.start("verb")])
    if subject is None or subject.kind not in {"name", "description", "pronoun"}:
        return None
    if subject.kind == "description" and (not can_speak(subject.text) or head_noun(subject.text) in DOCUMENT_NOUNS):
        return None
    return subject


#: A sentence opening on the document the words are in, then "it" and a verb of saying or of a
#: document ("In his biography on the group’s website it says he was “…”", "In the report, it
#: states that “…”"; group "doc" the document's phrase).
_FRONTED_DOCUMENT_IT = re.compile(
    r"\W*(?:(?:But|And|Yet|Also)\s+)?[Ii]n\s+(?P<doc>(?:the|a|an|his|her|its|their|our|this|that|[\w’'.-]+[’']s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?P<noun>[a-z][\w-]*))(?:\s+(?:on|of|from|at|for|in)\s+[^,;:“”\"]{1,60}?)?,?\s+it\s+"
    r"(?:also\s+)?(?:says|said|states|stated|reads|read|notes|noted|adds|added|claims|claimed)\s"
)


def fronted_document(sentence: str) -> Mention | None:
    """The document a sentence opens on when its "it" that says the words finds no referent ("In
    his biography on the group’s website it says he was “…”"): the words are the document's. Only
    a document's noun ("In the letter, it says"; not "In Oslo, it says", "In 2019, it said")."""
    match = _FRONTED_DOCUMENT_IT.match(sentence)
    if match is None or match.group("noun").lower() not in DOCUMENT_NOUNS | _WRITTEN_PORTRAITS:
        return None
    return Mention("description", match.group("doc"))


#: Written portraits of a person, documents of their own ("his biography", "her profile").
_WRITTEN_PORTRAITS = frozenset("biography bio profile obituary entry".split())


#: A clause set off after a speech verb's own clause by a conjunction of concession or contrast
#: ("…, he writes, despite the fact that", "Kell mocks them, although", "— while"): what follows
#: is no complement of that verb.
_SET_OFF_CLAUSE = re.compile(
    r"(?:^|[,;—–]|\s-\s)\s*(?:despite\s+the\s+fact\s+that|in\s+spite\s+of\s+the\s+fact\s+that|although|though|even\s+though|whereas|while|but|yet|even\s+as)\s"
)
#: What may stand between a document verb and the quote it governs ("found that", "concluded:").
_TO_QUOTE = re.compile(r"\s*(?:that\s*)?[:,]?\s*$")


def document_in_set_off_clause(sentence: str, verb_end: int) -> tuple[Mention, str] | None:
    """A document or a body with a verb of finding that governs the quote in a clause set off
    after the speech verb's own: 'Kell mocks the club, although the Daily Ledger, in a survey of
    members, found that “…”' is the Ledger's finding, not Kell's words — a concession or contrast
    opens a clause with its own subject, which the speech verb does not report. Not a document
    verb inside the speech verb's complement ('Kell wrote that the emails show “…”', his words).
    """
    rest = sentence[verb_end:]
    if _DOCUMENT_VERB.search(rest) is None:
        return None
    openers = list(_SET_OFF_CLAUSE.finditer(rest))
    if not openers:
        return None
    clause = rest[openers[-1].end() :]
    verbs = list(_DOCUMENT_VERB.finditer(clause))
    if not verbs or not _TO_QUOTE.fullmatch(clause, verbs[-1].end()):
        return None  # the document verb does not take the quote ("although the report found flaws, “…”")
    mention, word = document_before(clause)
    return (mention, word) if mention is not None and word is not None else None


#: Verbs of a text's course set inverted right after a quote ("“…,” began an editorial", "“…,”
#: concludes the letter"): only with a text as their subject are they a cue.
_TEXT_COURSE_VERB = re.compile(r"\s*(?:began|begins|opened|opens|ended|ends|concluded|concludes|closed|closes)\s")


def _text_opened(clause: str) -> tuple[Mention | None, str | None]:
    """'“…,” began an editorial that appeared in the Herald': the text whose opening (or close)
    the quote is speaks, as a text that reads it does ('“…,” read the sign'); the verb alone is
    no cue of a person or a body ("“…,” began the mayor" is left to the speech verbs)."""
    verb = _TEXT_COURSE_VERB.match(clause)
    if verb is None:
        return None, None
    after = phrase_after(clause[verb.end() - 1 :])
    if after is None or after.kind != "description" or head_noun(after.text) not in DOCUMENT_NOUNS:
        return None, None
    return after, verb.group().strip()
