"""Last-resort speakers of a quote-only paragraph, read from the paragraphs around it: an
attribution opening the next one ('“We will not back down.”' / 'Jones, the mayor, said …'), the
reported speech, announcement or person the previous one ends on ('Ann Weller was blunt.' /
'“…”'), a stage direction between two quotes of one speaker ('She pauses.'), and a paragraph that
introduces nobody, which continues the speaker before it.

Split from ``quote_fallbacks``, which reads the quote's own paragraph: the two families share
only the tests of ``sentence_cast``; ``cueless_quotes`` and ``quote_attribution`` call each rule
where its turn comes.
"""

from __future__ import annotations

import re

from .attribution import head_attribution
from .colon_intros import SECOND_SUBJECT, announcing_predicate
from .head_patterns import kin_or_age
from .masked_sentences import WORD, first_sentence, split_masked
from .mention import Mention
from .organisation_names import PLURAL_PERSON_NOUNS
from .quote_fallbacks import DECLINED_TO_SPEAK, inverted_cue
from .sentence_cast import (
    PERSONAL_PRONOUN,
    QUOTE_CHARS,
    SOMEONE_NOUNS,
    brings_in_people,
    handed_over,
    names_nobody_at_all,
    opens_on_others,
    shows_text,
    someone_candidates,
    two_named_subjects,
)
from .sentence_subjects import leading_np
from .speaker_kinds import head_noun
from .speech_lexicon import ORGANISATION_NOUNS, PERSON_NOUNS
from .speech_verbs import SPEECH_VERB, first_verb
from .tail_attribution import tail_attribution
from .wordlists import is_common_word

#: Words allowed before the speech verb of a next-paragraph attribution ("Jones, the mayor,
#: said in a statement"): a short subject, not a sentence that merely mentions speech.
_NEXT_SUBJECT_WORDS = 6


#: Verbs of answering: the next paragraph's "X responded" is someone answering the quote.
_RESPONSE_VERB = re.compile(r"(?:respond|repl(?:y|ie)|answer|retort|counter)(?:s|ed|d)?|(?:fire[sd]?|hits?|shot|shoots?) back")


def next_paragraph_speaker(
    paragraph: str, next_paragraph: str
) -> tuple[Mention | None, str | None]:
    """A quote-only paragraph attributed at the start of the next one.

    '“We will not back down.”' / 'Jones, the mayor, said the town would appeal.' -> Jones.
    ``paragraph`` is the quote's paragraph masked; it must hold nothing but quotes, and the
    next paragraph must open with a short subject and a speech verb (no quote before it).
    """
    if WORD.search(paragraph):
        return None, None
    sentence = first_sentence(next_paragraph)
    verb = SPEECH_VERB.search(sentence)
    if verb is None or verb.group().lower().endswith("ing") or _RESPONSE_VERB.fullmatch(verb.group().lower()):
        return None, None  # 'The Sanders campaign responded Friday, …': someone answering the quote
    before = sentence[: verb.start()]
    if any(c in before for c in QUOTE_CHARS) or len(WORD.findall(before)) > _NEXT_SUBJECT_WORDS:
        return None, None
    if verb.group().lower().startswith("according") and _CONTRASTED_SOURCE.search(sentence, verb.end()):
        # 'According to the ministry, waits fell, but Tessa Morrow says nurses see more.': two
        # sources set against each other; the quote before may be either one's
        return None, None
    mention, verb_word = tail_attribution(" " + next_paragraph, "")
    if mention is not None and mention.kind == "pronoun" and mention.text in {"i", "we"}:
        # '“Well, I back him fully.”' / 'When I suggest voters disagree, he shrugs.': the
        # interviewer's next question or remark, not the source of the answer before it
        return None, None
    return mention, verb_word


#: A second source set against an "according to" opener in its sentence: ", but Morrow says",
#: " while the union insists" (a clause of contrast with a finite speech verb of its own).
_CONTRASTED_SOURCE = re.compile(
    rf"(?:,?\s+(?:but|while|whereas|yet|though|although)|;)\s+(?:[^,;:.!?]{{1,60}}?\s)?(?:{SPEECH_VERB.pattern})(?<!ing)(?![\w’'-])"
)


#: A picture as the object of a speech verb ("posted a photo of the sign", "shared an image of"):
#: the words quoted after it are what the picture shows.
_IMAGE_OBJECT = re.compile(r"\s+(?:a|an|the|this)\s+(?:[a-z-]+\s+)?(?:photo|photograph|picture|image|screenshot|snapshot)s?\s+of\b")


#: Prepositions of time or cause before a speech verb's form that make it a noun of events around
#: the sentence's subject ("comes after protests", "amid claims"), not words the subject spoke ("had
#: a warning", "sounded a note of caution" are).
_NOUN_BEFORE = "after|amid|amidst|despite|following"


#: A sentence before a colon that only points at a text the sentence before it named ("Read it
#: below:", "Here it is in full:", "It said, in part:", "An excerpt:"): it names no one of its own.
_POINTS_TO_TEXT = re.compile(
    r"\s*(?:(?:Read|See)\s+(?:it|them|the\s+(?:full\s+)?(?:statement|letter|post|text|message))(?:\s+(?:below|here|in\s+full))*"
    r"|Here\s+(?:it\s+)?is(?:\s+in\s+full)?|It\s+(?:said|says|read|reads)(?:,?\s+in\s+(?:part|full))?,?"
    r"|An?\s+(?:short\s+|brief\s+)?excerpt|Excerpts?|In\s+full)\s*:\s*"
)


#: Documents whose words a lone quote after them goes on quoting ('The report said …' / '“…”');
#: not a plan, a policy or a law, after which a lone quote is mostly someone's reaction.
_REPORTING_DOCUMENTS = frozenset(
    "statement report filing lawsuit suit complaint ruling memo memorandum letter email indictment study "
    "release affidavit motion petition transcript document".split()
)


def previous_paragraph_speaker(previous: str, paragraph: str) -> tuple[Mention | None, str | None]:
    """A quote-only paragraph after a paragraph that reports someone's words.

    'Councillor Dana Vance praised the mayor's leadership.' / '“We need someone who …”' -> Vance;
    'Senator Ray Kell spoke only in slogans.' / '“We have to be tougher.”' -> Kell. Both
    paragraphs are masked; the quote's must hold nothing but quotes. The previous paragraph's
    last sentence with a speech verb gives the speaker; when sentences follow it (background on
    the case the speaker talked about), they must name nobody and the speaker must be a name:
    'Ames also spoke about the court case. (The law closed half the clinics.)' / '“…”' -> Ames.
    (An attributed quote in the previous paragraph hands its speaker on by its own, earlier rule.)
    """
    if WORD.search(paragraph):
        return None, None
    sentences = split_masked(previous.strip())
    for k in range(len(sentences) - 1, -1, -1):
        if _POINTS_TO_TEXT.fullmatch(sentences[k]):
            continue  # '… released a statement. Read it below:' / 'It said, in part:': the text just named
        if k + 1 < len(sentences) and not names_nobody_at_all(sentences[k + 1]) and not _POINTS_TO_TEXT.fullmatch(sentences[k + 1]):
            return None, None  # someone else was named after the speaker
        if k + 1 < len(sentences) and opens_on_others(sentences[k + 1]):
            return None, None  # 'Mayor Pell Ostrander spoke first. Others were less hopeful:' / '“…”': one of the others
        if not (cue := SPEECH_VERB.search(sentences[k])):
            continue
        if DECLINED_TO_SPEAK.search(sentences[k]):
            return None, None  # 'Theo Brandt did not respond to requests for comment.' / '“…”': not his words
        closing = _closing_source(sentences[k])
        if closing is not None:
            return closing  # '…, and the president could press …, Paul Hanley, a professor, said.' / '“…”'
        inverted = inverted_cue(sentences[k])
        if inverted[0] is not None:
            return inverted  # '…, said Ruth Hale, a professor.' / '“…”': the name after the inverted cue
        if two_named_subjects(sentences[k][: cue.start()]):
            return None, None  # 'Mayor Tim Hale and Gov. Rosa Bell spoke.' / '“…”': either of them
        if _IMAGE_OBJECT.match(sentences[k], cue.end()):
            return None, None  # 'Reyes posted a photo of the sign.' / '“Closed.”': the words are the sign's
        mention, verb = head_attribution(sentences[k].rstrip(" .!?") + " ", "", None)
        if mention is None or verb is None or verb.startswith("ask"):
            continue  # "Reporters asked Smith about the plan." / "“…”" is Smith's answer
        if re.search(rf"(?<![\w’'-])(?:{_NOUN_BEFORE})\s+{re.escape(verb)}(?![\w’'-])", sentences[k], re.IGNORECASE):
            continue  # 'Lenz weighing a purge comes after protests over …': a noun, no one's cue
        if mention.kind == "name":
            return mention, verb
        if k + 1 < len(sentences):
            continue  # a pronoun or a description is read only from the last sentence
        person = mention.is_he_or_she
        last = mention.text.split()[-1] if mention.kind == "description" else ""
        if last in {"that", "who", "which"}:
            return None, None  # 'The company that makes the drug said …': a subject cut inside its clause
        # an organisation or a document that reports words: "the union", "the DNC", 'The court filing said …' / '“…”'
        body = head_noun(last) in ORGANISATION_NOUNS or head_noun(last) in _REPORTING_DOCUMENTS or last.isupper()
        # a person's head, not the last word: 'A person familiar with the talks said …', 'Two people briefed on …'
        head = head_noun(mention.text) if last else ""
        # a person or people described: 'A spokesman for the mayor said …' / '“…”', 'Two officials said …',
        # 'The 25-year-old said …' (people counted or described, not a crowd or an audience, which have
        # no one voice)
        described = bool(head) and (kin_or_age(head) or head in PLURAL_PERSON_NOUNS or head == "people")
        return (mention, verb) if person or body or described else (None, None)
    return None, None


#: A sentence's last speech verb and what may follow it before the sentence ends ("said on
#: Thursday", "said in an interview"): a few words, no clause.
_FINAL_CUE_TAIL = 4


def _closing_source(sentence: str) -> tuple[Mention, str] | None:
    """The named source that closes a reported sentence: '…, and the president could press for
    more, Paul Hanley, a professor in Shanghai, said.' -> Paul Hanley. The people inside the
    reported clause are what it reports, not two subjects to choose from; the source is the name
    opening the phrase after one of its commas that reads as an attribution on its own."""
    body = sentence.rstrip(" .!?")
    last = next(reversed(list(SPEECH_VERB.finditer(body))), None)
    if last is None or len(WORD.findall(body[last.end() :])) > _FINAL_CUE_TAIL:
        return None
    for comma in _COMMA_BEFORE_CAPITAL.finditer(body, 0, last.start()):
        mention, verb = tail_attribution(" " + body[comma.end() :] + ".", "")
        if mention is not None and verb is not None and mention.kind == "name":
            return mention, verb
    return None


_COMMA_BEFORE_CAPITAL = re.compile(r",\s+(?=[A-Z])")


#: "when asked whether …", "was asked why …": the subject is asked, and the quote after the
#: sentence is the answer.
_WHEN_ASKED = re.compile(r"(?<![\w’'])(?:when|after|if|once|was|were|is|are)\s+asked\b.*$")


def introduced_in_previous(previous: str, paragraph: str, *, after_quote: bool = False) -> Mention | None:
    """A quote-only paragraph after a paragraph whose last sentence announces someone's words
    without a speech verb: 'Tom Reyes had a simple message for voters on Tuesday.' / '“Get out and
    vote …”' -> Tom Reyes; 'Ann Weller was blunt.' / '“…”'; 'Rep. Noel Carr took to Twitter.' /
    '“…”'. Both paragraphs are masked; the quote's must hold nothing but quotes, the last sentence
    no quote of its own, and its subject must be a name, he or she, or a description of a person or
    an organisation, before a predicate that announces words (``announces_words``: not 'Reyes met
    Ann Weller on Friday.', which says nothing of whose words follow). The caller checks that a
    name is proper. A short paragraph that names nobody ('She nods.', 'She was blunt.') right
    ``after_quote`` (a quote in the paragraph before it) is left to the stage-direction rule: its
    "she" may be the one the quote was put to, whom the pronoun cannot find."""
    if WORD.search(paragraph):
        return None
    sentences = split_masked(previous.strip())
    sentence = sentences[-1] if sentences else ""
    handed = handed_over(sentence) if sentence and not any(c in sentence for c in QUOTE_CHARS) else None
    if handed is not None:
        return handed  # 'Tom Reyes handed Ann Weller the microphone.' / '“Thank you all for coming.”'
    # a speech verb is read by ``previous_paragraph_speaker``; "when asked whether …" is no cue of its own
    if not sentence or any(c in sentence for c in QUOTE_CHARS) or SPEECH_VERB.search(_WHEN_ASKED.sub(" ", sentence)):
        return None
    subject = leading_np(sentence)
    if subject is None or not (subject.kind == "name" or subject.is_he_or_she or subject.kind == "description"):
        return None
    if subject.kind == "description" and head_noun(subject.text) not in PERSON_NOUNS | ORGANISATION_NOUNS:
        return None  # "The crowd laughed.": a group, not one voice
    if subject.kind == "name" and two_named_subjects(sentence[: sentence.find(subject.text) + len(subject.text) + 40]):
        return None
    predicate = announcing_predicate(sentence, subject)
    if predicate is not None and predicate.group("reaction") and brings_in_people(predicate.group("reaction")):
        return None  # 'Reyes welcomed the visitors.' / '“…”': the visitors may speak
    staged = stage_direction(previous) is not None
    if predicate is None or staged and (predicate.group("gesture") or after_quote and subject.kind == "pronoun"):
        return None  # 'She nods.' / '“…”' between two speakers is read by ``stage_direction``'s rule
    return subject


_OPENING_QUOTE = re.compile(r"\s*[“\"‘][^”\"’]*?([.!?]?)[”\"’]")


def previous_subject(previous: str) -> Mention | None:
    """The subject of a (masked) paragraph's last sentence, when it is a name."""
    sentences = split_masked(previous.strip())
    subject = leading_np(sentences[-1]) if sentences else None
    return subject if subject is not None and subject.kind == "name" else None


def next_quote_speaker(next_paragraph: str) -> Mention | None:
    """The named speaker of a quote opening the next (masked) paragraph: '“…,” Hale notes.'"""
    match = _OPENING_QUOTE.match(next_paragraph)
    if match is None:
        return None
    mention, _ = tail_attribution(next_paragraph[match.end() :], match.group(1))
    return mention if mention is not None and mention.kind == "name" else None


#: A channel, paper or show the words were said on or in ("on CNN", "in the Times", "on Fox News"),
#: not someone's ("in Kell's view").
_ON_MEDIUM = re.compile(r"(?<![\w’'])(?:on|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?![\w’'])(?!\s*[’']s?)")


def continues_previous_paragraph(masked: str) -> bool:
    """The quote's paragraph (masked) introduces nobody: no name, no personal pronoun, no person,
    group or organisation noun and no speech verb outside its quotes ('Then, on the radio the next
    morning: “…”', not 'Then a reporter in the back row: “…”'). An unattributed quote there
    continues the speaker of the quote in the paragraph right before it."""
    outside = _ON_MEDIUM.sub(" ", masked.replace("·", " "))  # "later that month on CNN:" names a channel
    if not names_nobody_at_all(outside) or SPEECH_VERB.search(outside) or PERSONAL_PRONOUN.search(outside):
        return False
    return not any(w in SOMEONE_NOUNS for w in someone_candidates(outside))


#: Longest paragraph read as a stage direction between two quotes of one speaker ("She pauses.").
_STAGE_WORDS = 6
_STAGE_SUBJECT = re.compile(r"\s*(He|She)\s")
_STAGE_OPENERS = {"he", "she", "a", "an", "another", "then"}


def stage_direction(masked: str) -> str | None:
    """A short paragraph between a speaker's quotes that brings in nobody: 'She pauses.', 'He
    laughs.', 'Pause.', 'A long silence.' — a one-sentence paragraph of at most six words with no
    quote and no name. Returns its subject ("he", "she"; "" when it has none), None when it is no
    stage direction ("The line goes dead as a reporter walks in." is too long and names someone
    new; 'They laugh.' is an audience)."""
    if any(c in masked for c in QUOTE_CHARS) or not 1 <= len(WORD.findall(masked)) <= _STAGE_WORDS:
        return None
    first, _, rest = masked.strip().partition(" ")
    if len(split_masked(masked.strip())) != 1 or not names_nobody_at_all(rest):
        return None
    if first.lower() not in _STAGE_OPENERS and not is_common_word(first.rstrip(".!").lower()):
        return None  # "Ortiz laughs." names her; "Pause." is a common word capitalised as the opener
    subject = _STAGE_SUBJECT.match(masked)
    rest = masked[subject.end() :] if subject is not None else masked
    if PERSONAL_PRONOUN.search(rest) or any(w in SOMEONE_NOUNS for w in someone_candidates(rest)):
        return None
    return subject.group(1).lower() if subject is not None else ""


#: Words of someone speaking for themselves in a quote: the first person ("I", "we", "my", "us").
_SPEAKING_FOR_ONESELF = re.compile(r"(?<![\w’'-])(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Ww]e|[Ww]e[’'](?:re|ve|d|ll)|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)(?![\w’'-])")
#: Someone other than the subject in the predicate: an object pronoun of another person, a they/we.
_OTHERS_IN_PREDICATE = re.compile(r"(?<![\w’'-])(?:him|them|they|their|we|our|us)(?![\w’'-])", re.IGNORECASE)


def person_introduced(previous: str, quote: str) -> Mention | None:
    """The one person a paragraph is about, who speaks in the first person in the quote-only
    paragraph after it: 'Kim Oduya, 34, has lived on the street for a decade.' / '“Nobody sees
    you out here. I stopped asking for help.”' -> Kim Oduya; 'Paramedic Joe Lanz worries about the
    summer.' / '“When the heat comes, we run all night.”'. ``previous`` is the masked paragraph,
    ``quote`` the quote's own words (it must speak for itself: I, we, my …). The last sentence's
    subject must be a name or he/she, with nothing in its predicate that brings in someone else (a
    person's, group's or organisation's noun, him, them, they, we), no speech verb (read by
    ``previous_paragraph_speaker``), question or quote; the caller checks that the paragraph names
    no one else and that a name is proper. Not 'Reyes met Ann Weller on Friday.', 'Her brother
    found her a room.', 'Joe Lanz and Ada Fry worked the night shift.'"""
    if not _SPEAKING_FOR_ONESELF.search(quote):
        return None
    sentences = split_masked(previous.strip())
    sentence = sentences[-1] if sentences else ""
    if not sentence or any(c in previous for c in QUOTE_CHARS) or "?" in previous or SPEECH_VERB.search(sentence):
        return None
    if DECLINED_TO_SPEAK.search(sentence):
        return None  # 'Theo Brandt declined to comment.' / '“…”': he gave no words; whose these are goes unsaid
    subject = leading_np(sentence)
    if subject is None or not (subject.kind == "name" or subject.is_he_or_she):
        return None
    if two_named_subjects(sentence) or SECOND_SUBJECT.search(sentence) or handed_over(sentence) or shows_text(sentence):
        return None
    at = sentence.find(subject.text) if subject.kind == "name" else sentence.lower().find(subject.text.lower())
    rest = sentence[at + len(subject.text) :] if at >= 0 else ""
    # the predicate: a verb right after the subject ('Kim Oduya knows …'), else the first verb
    # we know after its appositive ('Kim Oduya, a nurse at the hospital, has seen …')
    verb = re.match(r"\s+(?:[a-z]+ly\s+)?[a-z]+(?<!ly)(?:s|ed)(?![\w’'-])", rest) or first_verb(" " + rest)
    if verb is None:
        return None  # 'Kim Oduya, 34, a nurse.': no predicate read
    predicate = rest[verb.end() :]  # (its verb may be a noun's form too: 'She volunteers at …')
    if _OTHERS_IN_PREDICATE.search(predicate):
        return None
    if brings_in_people(predicate) or _WORDS_IN_PREDICATE.search(predicate):
        return None
    return subject


#: A noun of words or a text in a predicate ('had a text message from an unknown number', 'read
#: the letter', 'got a call'): the quote after it may give those words, not the subject's own.
_WORDS_IN_PREDICATE = re.compile(
    r"(?<![\w’'-])(?:message|letter|call|note|text|e-?mail|voicemail|warning|threat|question|answer|reply|tweet|post|"
    r"sign|card|words|quote|motto|slogan|saying|line|poem|song|verse|headline|inscription|order|instructions?)s?(?![\w’'-])",
    re.IGNORECASE,
)
