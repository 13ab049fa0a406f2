"""Speakers given by a label instead of a speech verb: the turns of a transcript.

Interviews and debates are printed as "NAME: words" ("RAMOS: Secretary Clinton, did you …",
"Chris Matthews: Seriously, …"), often inside quote marks that open each paragraph. The label is
the speaker, and no speech-verb rule sees it: without this, such a turn inherits the speaker of
the paragraph before (the *other* party of the exchange). A label that names no person ("Q:",
"A:", "VIDEO:", "Update:", "Editor's note:", "Photo:") means no speaker at all, never the
previous turn's.

A label of one word is a speaker only in a transcript (another paragraph nearby opens with a
label too) or when the body writes that word as part of a name elsewhere ("CLINTON:" after
"Hillary Clinton"); a lone "WASHINGTON:" dateline is neither. A word in capitals longer than an
obvious acronym is an outlet or a body ("MSNBC:", "NAACP:") only when it cannot be a dateline: it
has no vowel, or the body writes it in capitals inside a sentence too.

Page formats that name the speaker on a line of its own are read here too: a round-up's name line
heading the quote below it ("Ann Weller, 54, a nurse" / "“…”"), a label alone over it ("Weller:" /
"“…”", "Here’s Weller in 2019:" / "“…”"), and the guest of a Q&A, whose
"A:" turns answer ("We spoke with Ann Weller about …" / "Q: …" / "A: I told them “…”").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .found_quotes import Masks
from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .masked_sentences import WORD
from .masking import opens_new_entry, restore
from .mention import Mention
from .models import Block
from .name_cleaning import PERSON_TITLES, TITLE_WORDS, capitalised_name_word
from .speaker_heads import head_of_segment
from .speech_lexicon import PERSON_NOUNS
from .wordlists import is_common_word

#: The dash that ends a lead-in before a label signing a quote ("This year is different - Jane
#: from Ohio:", "All week long — Ohio:"): a spaced hyphen or double hyphen, or an en or em dash.
LEAD_IN_DASH = r"(?:\s+(?:--?|[—–])\s+|[—–])"
#: A label opening a line: up to four capitalised words (initials and "Sen." allowed), a
#: generational suffix's period after the last ("TRUMP JR.:", "Hank Reyes Sr.:"), a colon, a
#: space. Lower-case words ("Why she's protesting:") make no label.
_LABEL = re.compile(r"[\"“‘']?\s*((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*(?:(?<=\s(?:JR|SR|Jr|Sr))\.)?)\s?:\s+(?=\S)")
#: Labels that name a genre, a field or a turn, not who speaks (a fact check's "FACT CHECK:",
#: "Claim:", "Verdict:", "Rating:", an explainer's "What’s next:", "Why it matters:").
NOT_SPEAKER_LABELS = frozenset(
    """question answer video audio clip update updated note editor's editor’s photo photos
    image caption credit source sources watch read listen report exclusive breaking opinion analysis
    editorial correction clarification disclosure transcript related also via name age occupation
    hometown location date title subject summary background context bottom warning
    spoiler tl;dr ps p.s. pic fact fact-check factcheck claim verdict rating reality what what’s what's why""".split()
)
#: Words opening a label that make the name after them its topic or its addressee.
_TOPIC_OPENERS = frozenset("on about against re regarding vs versus over to for toward towards with at".split())
#: The turns of a Q&A: "Q:", "A:" (only as the whole label: "A spokesman:" is someone).
_TURN_LETTERS = frozenset({"q", "a"})
#: A surname in capitals after its "Mc" or "Mac" written as such ("McCONNELL:", "MacKENZIE:"):
#: capitals all the same, to be written as the body writes the name.
_MC_CAPITALS = re.compile(r"Ma?c[A-Z][A-Z’'-]+")
#: Generational suffixes in capitals ("TRUMP JR.:"), never an acronym.
_SUFFIXES = frozenset({"JR", "SR"})
#: An all-capitals word this short is an acronym ("UN", "CIA"), kept as written.
ACRONYM_LETTERS = 3
#: Role words a transcript labels a turn with ("MODERATOR:", "THE PRESIDENT:"): a description,
#: resolved like "the president" in prose.
_ROLES = PERSON_NOUNS | {"moderator", "interviewer", "panelist", "panellist", "presenter"}
#: Paragraphs around a one-word label that are read for other labels (a transcript's turns).
_TRANSCRIPT_REACH = 4


def opening_label(text: str) -> str | None:
    """The label that opens ``text`` ("RAMOS" of "RAMOS: Secretary Clinton, …"), if any."""
    match = _LABEL.match(text)
    return match.group(1) if match is not None else None


def turn_label(paragraph: str) -> tuple[str, int] | None:
    """The label opening a paragraph outside any quote mark, and where the turn's words start
    ("WELLER" of 'WELLER: No. I said it was “…”', "A" of "A. I told them “…”"): a transcript's
    turn, whose quotes are the label's own words when its "I" or "we" cues them."""
    match = _LABEL.match(paragraph) or _QA_TURN.match(paragraph)
    if match is None or paragraph[: match.start(1)].strip():
        return None
    return match.group(1), match.end()


def is_speaker_label(label: str) -> bool:
    """``label`` may name a person: it does not open on a genre or field word ("Editor's note",
    "Update", "Q", "Photo") nor on a preposition that makes the name after it the entry's topic
    or addressee ("On Weller:", "About Reyes:", "To the mayor:")."""
    first = label.split()[0].lower().strip(".")
    return first not in NOT_SPEAKER_LABELS | _TOPIC_OPENERS and label.strip().lower() not in _TURN_LETTERS


def as_written(label: str, body: str) -> str:
    """A label in capitals as the body writes its words elsewhere ("DIAZ" -> "Diaz")."""
    words = label.split()
    return " ".join(_as_written(w, body, k < len(words) - 1) for k, w in enumerate(words))


def written_otherwise(name: str, body: str) -> str | None:
    """A name in capitals ("REYES" of 'REYES (interrupting): “…”') as the body writes each of its
    words elsewhere ("Reyes"), or None when some word is written in capitals only (an acronym)."""
    words = []
    for word in name.split():
        found = _written_elsewhere(word, body)
        if found is None:
            return None
        words.append(found)
    return " ".join(words)


def _as_written(word: str, body: str, before_another: bool = False) -> str:
    """An all-capitals word of a label as the body writes it elsewhere ("CLINTON" -> "Clinton",
    "MCCAIN" -> "McCain"), else with a capital and lower case ("RAMOS" -> "Ramos"; not "UN"). A
    short word that is a given name before another word of the label is one ("ANN WELLER" ->
    "Ann Weller", "TOM REYES"), not an acronym as it would be alone or last ("CNN", "ABC")."""
    if not (word.isupper() or _MC_CAPITALS.fullmatch(word)) or len(word) < 2:
        return word
    if word.rstrip(".") in _SUFFIXES:
        return word.capitalize()  # "TRUMP JR." -> "Trump Jr.", not the acronym "JR"
    found = _written_elsewhere(word, body)
    if found is not None:
        return found
    if len(word) <= ACRONYM_LETTERS and not (before_another and word.lower() in GIVEN_NAME_GENDER):
        return word
    return capitalised_name_word(word)


def _written_elsewhere(word: str, body: str) -> str | None:
    """``word`` as the body writes it somewhere not in capitals ("REYES" -> "Reyes"), or None."""
    return next((m.group() for m in re.finditer(rf"\b{re.escape(word)}\b", body, re.IGNORECASE) if not m.group().isupper()), None)


def label_mention(label: str, paragraph: int, blocks: Sequence[Block], body: str) -> Mention | None:
    """The speaker a label names: a role ("the moderator"), a name of two words and more, an
    outlet's or a body's acronym ("MSNBC"), or one word when the article is a transcript around it
    or writes the word elsewhere in a name; None otherwise (a dateline, a genre word). ``body``: the blocks' texts joined by blank lines, as
    the quote finder already holds them."""
    if not is_speaker_label(label):
        return None
    if is_acronym_label(label, body):
        return Mention("name", label)  # "MSNBC: “…”", "NAACP:" as the body writes them
    role = re.sub(r"^the\s+", "", label.lower())
    if role.split()[-1] in _ROLES and not _surname_of_someone(label, body):
        return Mention("description", "the " + role)  # "THE PRESIDENT:", "MODERATOR:"
    mention = head_of_segment(as_written(label, body))
    if mention is None or mention.kind != "name":
        return None
    if len(mention.text.split()) > 1:
        return mention
    if in_transcript(paragraph, blocks, label):
        return mention  # a transcript's turn
    return mention if written_as_name(mention.text, body) else None


def _surname_of_someone(label: str, body: str) -> bool:
    """A one-word label that is a role word ("King:", "KING:"; not "the king:") and that the body
    writes after a given name ("Rep. Steve King"): the person's surname, not the role. A title
    before the word ("Mr. President") leaves it the role."""
    word = as_written(label.strip(), body)
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    return any(given_name_gender(m.group()) is not None for m in re.finditer(rf"[A-Z][\w’'-]+ {re.escape(word)}\b", body))


def written_as_name(word: str, body: str, *, person: bool = False) -> bool:
    """The body writes ``word`` as the last word of a name ("Hillary Clinton", "President
    Clinton"): a capitalised word before it that is a given name or a title, not a sentence's
    opener ("In Washington, …", "But Clinton …"), so a one-word label is that person.
    ``person``: only after a given name or a title (not "Mexico" after "New Mexico")."""
    for match in re.finditer(rf"([A-Z][\w’'-]+)(\.?) {re.escape(word)}\b", body):
        before = match.group(1).lower()
        if before in PERSON_TITLES or given_name_gender(match.group()) is not None:
            return True  # "Sen. Clinton", "Hillary Clinton"
        if not person and not match.group(2) and not before.endswith(("’s", "'s")) and before not in TITLE_WORDS:
            return True  # "Lindsey Graham", "Pat Will"; not "In Washington", "Here’s Clinton", "… in Iowa. Clinton"
    return False


#: A paragraph that is only a label over the quote below it: "Clinton:", "Here’s Trump:", "Here is
#: Clinton in 2008:", "Here was the governor on Monday:" (group "label"; a time or a place after
#: it, never a clause).
_LABEL_LINE = re.compile(
    r"\s*(?:Here(?:[’']s|\s+is|\s+was|\s+are|\s+were)\s+)?(?P<label>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*|the\s+[a-z]+)"
    r"(?:,?\s+(?:in|on|at|during|back\s+in|last|this|from)\s+[^:;,!?“”\"]{1,40}?)?"
    r"(?:\s*\((?:in|on|at|during|back\s+in|from)\s+[^():;!?“”\"]{1,40}\))?\s*:\s*"  # "Weller (in 2019):"
)


def label_line(paragraph: int, blocks: Sequence[Block], body: str) -> Mention | None:
    """The speaker a paragraph that is only a label names for the quote-only paragraph after it:
    "Clinton:" / "“…”", "Here’s Trump:" / "“…”", "Here is Clinton in 2008:" / "“…”" (``label_mention``'s
    tests, and one word only as the last word of a name the article writes, "Hillary Clinton", or
    an acronym: not a dateline's "WASHINGTON:", a crosshead's "Background:", a transition's
    "Furthermore:" nor a run of common words, "Key Findings:")."""
    match = _LABEL_LINE.fullmatch(blocks[paragraph].text)
    if match is None:
        return None
    label = match.group("label")
    if label.split()[0].lower() == "the":
        mention = label_mention(label, paragraph, blocks, body)
        return mention if mention is not None and mention.kind == "description" else None  # "Here's the president:"
    if len(label.split()) > 1 and all(is_common_word(w) for w in label.split()) and given_name_gender(label) is None:
        return None  # "Key Findings:", "What Happened Next:"
    mention = label_mention(label, paragraph, blocks, body)
    if mention is not None and mention.kind == "name" and " " not in mention.text and not is_acronym_label(label, body):
        # one word, only as the last word of a name the body writes ("Hillary Clinton"), not a
        # transitional word between other labels' turns ("Furthermore:")
        return mention if written_as_name(mention.text, body) else None
    return mention


#: Vowels: a word in capitals without one ("MSNBC", "CNBC", "NYPD") is read letter by letter, no place.
_VOWEL = re.compile(r"[AEIOU]")


def is_acronym_label(label: str, body: str) -> bool:
    """A label of one word in capitals longer than an obvious acronym ("MSNBC", "NAACP") is an
    outlet's or a body's short name, not a dateline ("PARIS", "MIAMI"): the body never writes it
    in lower case, and it has no vowel to be read as a word, or the body also writes it in
    capitals inside a sentence ("told NAACP members", "A NASA spokesman"), where no dateline
    stands (a dateline opens its paragraph; a headline in capitals is no sentence)."""
    if not label.isupper() or not label.isalpha() or len(label) <= ACRONYM_LETTERS or _written_elsewhere(label, body) is not None:
        return False
    return _VOWEL.search(label) is None or re.search(rf"(?:[a-z][\w’'-]*|\bA),? {label}\b", body) is not None


def in_transcript(paragraph: int, blocks: Sequence[Block], label: str | None = None) -> bool:
    """A paragraph nearby opens with a label other than ``label`` (by default, this paragraph's
    own): the paragraph is a turn of a transcript or an interview ("REYES: …" / "WELLER: …")."""
    own = label if label is not None else opening_label(blocks[paragraph].text)
    near = blocks[max(0, paragraph - _TRANSCRIPT_REACH) : paragraph + _TRANSCRIPT_REACH + 1]
    return bool({opening_label(b.text) for b in near} - {None, own})


#: A line that is only a name, perhaps with an affiliation after a comma: "Maria Ortiz, a nurse".
_NAME_LINE = re.compile(r"\s*((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*)\s*(?:,\s*[^.!?:“”\"]{2,60})?\s*$")
#: Words of a credit line, not of a signer ("Getty Images", "Reuters Staff").
_CREDIT_WORDS = frozenset("images image photo photos getty reuters afp staff contributor video".split())


def name_line(paragraph: str) -> Mention | None:
    """The signer of a quote standing alone in the paragraph before: a paragraph that is only a
    name of two words or more ('“…”' / 'Maria Ortiz, a nurse in Leeds'), not a credit line
    ("Getty Images") nor a sentence."""
    match = _NAME_LINE.match(paragraph)
    if match is None or any(w.lower() in _CREDIT_WORDS for w in match.group(1).split()):
        return None
    mention = head_of_segment(match.group(1))
    if mention is None or mention.kind != "name" or " " not in mention.text:
        return None
    if all(is_common_word(w) for w in mention.text.split()) and given_name_gender(mention.text) is None:
        return None  # a crosshead of common words ("Policy Shortcomings", "Key Findings"), nobody's name
    return mention


def header_name_line(blocks: Sequence[Block], masks: Masks, paragraph: int) -> Mention | None:
    """The speaker a name line *before* a quote-only paragraph heads: vox pops and reaction
    round-ups printed as 'Ann Weller, 54, a nurse' / '“…”' / 'Tom Reyes, 31, teacher' / '“…”'.

    The same lines sign the quote before them in a letters page ('“…”' / 'Ann Weller' / '“…”' /
    'Tom Reyes'), so the run of alternating name lines and quote-only paragraphs decides: one
    that opens on a name line (after a paragraph of prose, not a byline at the page's top) is
    headed by its names; one that opens on a quote is signed by them (``name_line``), and the
    line before this quote is the previous quote's signer. A run with one name line only counts
    after an introduction ending in a colon ("Here's how lawmakers reacted:"): after a headline,
    it is the byline over a quote that opens the story. ``masks``: the masked paragraphs."""
    if paragraph < 2 or blocks[paragraph - 1].kind != "paragraph":
        return None
    header = _header_line(blocks, masks, paragraph - 1)
    if header is None:
        return None
    start, want_name = paragraph - 1, False
    while start > 0 and blocks[start - 1].kind == "paragraph":
        before = masks[start - 1]
        if want_name and _header_line(blocks, masks, start - 1) is None or not want_name and not _quote_only(before):
            break
        start, want_name = start - 1, not want_name
    if start == 0 or _header_line(blocks, masks, start) is None:
        return None  # signed quotes (the run opens on a quote), or a byline heading the page
    names = (paragraph - start + 1) // 2
    after = paragraph + 1
    while after + 1 < len(blocks) and _header_line(blocks, masks, after) is not None and _quote_only(masks[after + 1]):
        names, after = names + 1, after + 2
    if names < 2 and not masks[start - 1].rstrip().endswith(":"):
        return None  # one name line after a headline may be the byline over a quote opening the story
    return header


def _quote_only(masked: str) -> bool:
    """A masked paragraph holding quoted words and nothing else."""
    return "·" in masked and WORD.search(masked) is None


def _header_line(blocks: Sequence[Block], masks: Masks, paragraph: int) -> Mention | None:
    """``name_line`` of a masked paragraph, read with its periods back and its party tag blanked
    ("Sen. Ann Weller (D-Ore.)"); not a live blog's entry stamp ("10:42 a.m. — Tom Hale"), which
    names the reporter who filed it."""
    masked = masks[paragraph]
    if "·" in masked or opens_new_entry(blocks[paragraph].text):
        return None
    return name_line(restore(masked).strip())


#: A Q&A's turn: "Q:", "A:", "Q.", "A." opening the paragraph, perhaps inside the opening mark.
_QA_TURN = re.compile(r"[\"“‘']?\s*([QA])\s?[.:]\s")
#: An interview introduced before its Q&A: "We spoke with Ann Weller about …", "in an interview
#: with Mayor Ann Weller", "a conversation with …" (group "guest": who was interviewed), or "Ann
#: Weller sat down with the Ledger" (the subject, when the one spoken with is the paper or "us").
_INTERVIEWED = re.compile(
    r"\b(?:spoke|speaks|talked|talks|sat\s+down|sits\s+down|chatted|caught\s+up|interview|conversation|Q&A)\s+"
    r"(?:(?:with|to)\s+)(?P<guest>(?:_TITLE|[^,.;:!?()]){2,60}?)(?=\s+(?:about|on|for|this|last|before|after|in|at|ahead)\b|[,.;:!?(]|$)"
    r"|\binterviewed\s+(?P<guest2>(?:_TITLE|[^,.;:!?()]){2,60}?)(?=\s+(?:about|on|for|this|last|before|after|in|at|ahead)\b|[,.;:!?(]|$)"
    # a title's period inside the guest's phrase ("the surgeon Dr. Ravi Menon"), not only first
    .replace("_TITLE", r"\b(?:Dr|Mr|Ms|Mrs|Sen|Rep|Gov|Prof|Gen|Col|Capt|Lt|Rev|Sgt|St)\.\s+")
)


#: The note between an interview's introduction and its turns ("This interview has been edited
#: for length and clarity."): it names no one, so the introduction above it still names the guest.
_EDITED_NOTE = re.compile(
    r"[^.!?]{0,80}\b(?:edited|condensed|abridged|shortened)\b[^.!?]{0,60}\b(?:length|clarity|brevity|space|readability)\b[^.!?]{0,40}[.!]?\s*$",
    re.IGNORECASE,
)
#: A journalist as the one "sat down with" / "spoke to": the interviewer, so the sentence's subject
#: is the guest ("Sen. Tia Grove sat down with reporter Ann Kell").
_JOURNALIST = re.compile(
    r"\b(?:reporters?|correspondents?|journalists?|interviewers?|hosts?|anchors?|editors?|columnists?|presenters?)\b",
    re.IGNORECASE,
)
#: The guest as the subject of answering ("Sen. Tia Grove answered our questions", "took readers'
#: questions").
_ANSWERED_QUESTIONS = re.compile(
    r"\s+(?:answered|answers|took|takes|fielded|fields)\s+(?:our|your|readers[’']?|listeners[’']?|viewers[’']?)\s+"
    r"(?:[a-z]+\s+)?questions\b"
)


def qa_turn(paragraph: str) -> str | None:
    """"Q" or "A" when ``paragraph`` is a turn of a Q&A ("A: Not while I sit …")."""
    match = _QA_TURN.match(paragraph)
    return match.group(1) if match is not None else None


def interviewee(blocks: Sequence[Block], paragraph: int) -> Mention | None:
    """Who answers the "A:" turns of a Q&A: the one person the paragraph right before the run of
    turns says was interviewed ("We spoke with Ann Weller about her book." / "Q: …" / "A: I told
    them “…”" -> Ann Weller), read above an "edited for length" note; the subject who "answered our
    questions" or "sat down with" a reporter. None when that paragraph names no such person, names
    the paper, or leaves the guest unnamed ("Ann Kell spoke to a surgeon"): never the interviewer."""
    start = paragraph
    while start > 0 and qa_turn(blocks[start - 1].text) is not None:
        start -= 1
    if start == 0 or start == paragraph:
        return None
    intro = blocks[start - 1].text
    if start >= 2 and _EDITED_NOTE.match(intro):
        intro = blocks[start - 2].text  # 'We spoke with …' / 'This interview has been edited …' / 'Q: …'
    matches = list(_INTERVIEWED.finditer(intro))
    if not matches:
        answered = _ANSWERED_QUESTIONS.search(intro)
        subject = head_of_segment(intro[: answered.start()]) if answered is not None else None
        return subject if subject is not None and subject.kind == "name" else None
    if len(matches) != 1:
        return None
    match = matches[0]
    subject = head_of_segment(intro[: match.start()]) if _JOURNALIST.search(match.group("guest") or match.group("guest2")) else None
    if subject is not None and subject.kind == "name":
        return subject  # "Sen. Tia Grove sat down with reporter Ann Kell" (but "We spoke with the editor, Ann Kell")
    guest = head_of_segment(match.group("guest") or match.group("guest2"))
    if guest is not None and guest.kind == "name":
        return guest
    if guest is None or guest.kind != "description" and guest.text.lower() not in {"us", "me"}:
        if not (match.group("guest") or "").lower().startswith(("the ", "us")):
            return None
    if guest is not None and guest.kind == "description" and guest.text.split()[-1].lower() in PERSON_NOUNS:
        return None  # "Ann Kell spoke to a surgeon": the unnamed guest answers, never the interviewer
    subject = head_of_segment(intro[: match.start()])  # "Ann Weller sat down with the Ledger"
    return subject if subject is not None and subject.kind == "name" else None
