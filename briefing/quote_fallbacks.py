"""Last-resort speakers for quotes without a speech verb around them.

Kept apart from ``attribution.py`` (which reads "X said" clauses) because these rules guess
from news conventions rather than read an attribution: each runs only when every verb-based
rule in ``quote_attribution.attribute_quotes`` found nothing, and never for titles of works.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .attribution import head_attribution
from .colon_intros import SECOND_SUBJECT, announcing_predicate
from .groups import people_noun
from .masked_sentences import WORD, closed_sentence, first_sentence, last_sentence, split_masked
from .mention import Mention
from .name_cleaning import NAME_RUN, clean_name
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speakers import is_sentence_adverb, phrase_after
from .speech_lexicon import DOCUMENT_NOUNS, GROUP_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .tail_attribution import tail_attribution
from .wordlists import is_common_word

#: Words allowed before the speech verb of a next-paragraph attribution ("Jones, the mayor,
#: said in a statement"): a short subject, not a sentence that merely mentions speech.
_NEXT_SUBJECT_WORDS = 6
_QUOTE_CHARS = '“”"‘«»·'


#: A sentence opening on its source: "According to the playbook, staff were told “…”".
_ACCORDING_OPENING = re.compile(r"\s*(?:(?:But|And|Yet|So),?\s+a|A)ccording to\s+([^,;:]{2,120}),")


def according_opening(between: str) -> Mention | None:
    """The source a quote's sentence opens on: 'According to the recently released playbook,
    salespeople were told, “…”' -> the playbook. ``between`` is the masked paragraph from the
    previous quote (or paragraph start) to this quote; the quote must be in the sentence that
    opens so (not one after it), and the source must be a name or a description."""
    match = _ACCORDING_OPENING.match(last_sentence(between))
    mention = phrase_after(match.group(1)) if match is not None else None
    return mention if mention is not None and mention.kind in {"name", "description"} else None


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


def points_back_source(after: str) -> Mention | None:
    """The source named by the sentence right after a quote that is a sentence of its own
    ('“…” That quote from Commissioner Tom Krebs appeared in 1980.', '“…” That's what Ann Roe
    told reporters.', '“…” That was Ann Roe, speaking on Tuesday.', '“…” Those were Roe's
    words.'). ``after`` is the masked text following the quote's closing mark; it must
    start a new sentence."""
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


#: Words that open a clause of its own after a quote ("“A” and Jones called it “B”", "“A” while …").
_CLAUSE_OPENERS = frozenset(
    "and but or nor yet so while whereas although though because as when since after before if then".split()
)


def continues_clause(head: str, between: str) -> bool:
    """The text between the paragraph's previous quote and this one only continues the clause
    that quote stands in: the sentence began before it, and the text opens on a word that is no
    conjunction, with no punctuation first ('requires staff to promise not to “mock” Governor
    Bell or his family “…”'). A name there is an object, not the subject of a new clause.
    ``head`` is the masked paragraph up to this quote."""
    words = between.split()
    if not words or not between[:1].isspace() or not words[0][:1].isalpha() or words[0].lower() in _CLAUSE_OPENERS:
        return False
    return len(last_sentence(head)) > len(last_sentence(between))


def verbless_subject(between: str) -> Mention | None:
    """'Clinton compared the president to “…”': the subject of the quote's own sentence.

    ``between`` is the masked paragraph from the previous quote (or paragraph start) to this
    quote. A name or he/she counts; so do "it" and a document ("The ad targets a “corrupt
    system”", "It blamed “weak demand”") when a verb of their own follows, not "is" or "was":
    "The plan is “a disaster”" and "It was “unacceptable”" name no speaker.
    """
    sentence = last_sentence(between)
    if not WORD.search(sentence) or SPEECH_VERB.search(sentence):
        return None  # a speech verb that gave no speaker ('Reporters were told that "…"')
    # 'The film has earned $286m; it doesn't need the qualifier “…”': the clause after a semicolon
    # has its own subject, not the film; only a he or she there is read (a name after a semicolon
    # opens a list's item as often as a clause: 'Gorgeous; Great Falls Park is a park where …')
    clause = sentence.rsplit(";", 1)
    sentence = clause[-1]
    mention = leading_np(sentence)
    if mention is None or len(clause) > 1 and not mention.is_he_or_she:
        return None
    if not WORD.search(sentence[sentence.lower().rfind(mention.text.lower()) + len(mention.text) :]):
        return None  # 'Biden “kind of misspoke.”': the quote is the predicate, about its subject
    if mention.kind == "name" or mention.is_he_or_she:
        return mention
    document = mention.kind == "description" and head_noun(mention.text) in DOCUMENT_NOUNS
    if document and _acts(sentence, mention):
        return mention
    if mention.kind == "pronoun" and mention.text == "it" and _acts(sentence, mention, past=True):
        return mention  # "It blamed “…”", not "It takes “…”"
    return None


#: A verb right after a one-word subject ("Pew found", "Gallup finds"), after an optional adverb:
#: "found" or a third-person -s form (not "-ss", "-us"); ``LEADING_VERB`` covers the -ed pasts
#: and auxiliaries ("Trump gestured", "Pew has").
_VERB_AFTER_NAME = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:found|[a-z]+[^su\W]s(?![\w’'-]))")


def verb_follows(between: str, name: str) -> bool:
    """A one-word name is the subject of a verb right after it in the quote's sentence, not a
    modifier of a noun ("former TV network anchor …") nor a label before a number ("Article 33
    affirms")."""
    sentence = last_sentence(between)
    at = sentence.find(name)
    if at < 0:
        return False
    end = at + len(name)
    return LEADING_VERB.match(sentence, end) is not None or _VERB_AFTER_NAME.match(sentence, end) is not None


#: Verbs after which a subject only describes ("The plan is …", "It would be …").
_COPULAS = set("is was are were be been being has had have will would could can may might seems appears remains".split())


#: A participle phrase set off by commas right after a subject (", obtained by the Post,").
_SET_OFF_PARTICIPLE = re.compile(r"^\s*,\s*[a-z]+(?:ed|en|wn)\s[^,;:.!?]{1,60},")


def _acts(sentence: str, subject: Mention, *, past: bool = False) -> bool:
    """The word after ``subject`` in ``sentence`` is a verb of its own (with ``past``, one in
    -ed, the narrative past), not a copula."""
    at = sentence.lower().find(subject.text.lower())
    rest = _SET_OFF_PARTICIPLE.sub("", sentence[at + len(subject.text) :], count=1)  # "The memo, obtained by X, cites"
    after = [w.rstrip(",;:") for w in rest.split()[:1]] if at >= 0 else []  # "The plan was, frankly, “…”"
    if not after or not after[0].islower() or after[0] in _COPULAS or after[0].startswith(("’", "'")):
        return False
    return after[0].endswith("ed") or not past


#: Most words of such a bare subject: a name and the titles before it.
_BARE_SUBJECT_WORDS = 6


def predicate_of_bare_subject(between: str) -> bool:
    """The quote's sentence is nothing but a subject and the quote as its predicate:
    '“…,” said Aida. Biden “kind of misspoke.”' — ``between`` (masked, from the previous quote)
    ends in a sentence of one to four words that are all one name or description ("Biden",
    "The vice president"). Right after an attributed quote this is that speaker's verdict on
    the subject, not the subject's own words (the caller checks the previous quote's speaker
    was read from the clause right after it)."""
    sentence = last_sentence(between).strip()
    words = sentence.split()
    if not 1 <= len(words) <= _BARE_SUBJECT_WORDS or SPEECH_VERB.search(sentence):
        return False
    mention = leading_np(sentence)
    if mention is None or mention.kind not in {"name", "description"} or mention.text.split()[-1] != words[-1]:
        return False
    # a name may carry its titles ("Palestinian Authority President Mahmoud Abbas"); a longer
    # description is more likely a clause of its own
    return len(words) <= 4 or mention.kind == "name"


#: A sentence opening on other people than the one just quoted: "Not everyone agreed.", "Others
#: were less sure.", "Critics disagree."
_OTHERS_OPENING = re.compile(
    r"\s*(?:(?:But|Yet|And)\s+)?(?:not\s+(?:everyone|everybody|all)|others|some(?:one|body)?\s+else|critics|opponents|skeptics)\b",
    re.IGNORECASE,
)


def opens_on_others(sentence: str) -> bool:
    """The sentence turns to other people than the one quoted before ("Not everyone agreed."):
    a quote right after it is not that person's, nor anyone's we can name."""
    return _OTHERS_OPENING.match(sentence) is not None


def names_nobody(between: str) -> bool:
    """True when the sentence of a quote, after the paragraph's previous quote, names no one.

    Then the paragraph is still about the person quoted before:
    '“A,” Smith said. The plan, costing $5bn, was “a disaster for the town”.'
    """
    sentence = last_sentence(between)  # the previous quote's "Smith said." is not new
    closed = closed_sentence(between) if between.rstrip().endswith((".", "!")) else ""
    if opens_on_others(sentence or closed):
        return False  # '“A,” Smith said. Not everyone agreed. “B.”'
    opener = _OPENING_WORD.match(sentence)
    if opener is not None and is_sentence_adverb(opener.group(1)):
        sentence = sentence[opener.end() :]  # 'Specifically, “…”': capitalised only as the opener
    return names_nobody_at_all(sentence)


#: The first word of a sentence when a comma follows it ("Specifically,", "Instead,").
_OPENING_WORD = re.compile(r"\s*([A-Z][a-z]+),")


def paraphrase_speaker(
    between: str, is_name: Callable[[str], bool], *, from_start: bool
) -> tuple[Mention | None, str | None]:
    """The speaker of the sentence before the quote's own, when that one reports speech without
    quote marks and the quote's sentence names nobody: 'This makes it harder to correct false
    stories, Hemsby said. Good information wins only when “…”' -> Hemsby; 'Hemsby said the
    rumours spread fast. Only “…”' -> Hemsby. ``between`` is the masked paragraph from the
    previous quote (or its start) to this quote; the previous sentence must lie wholly in it and
    hold no quote, and the quote's sentence no speech verb, name or personal pronoun of its own
    (not 'Hemsby said so. But Ames called it “…”'; ``is_name`` says whether its capitalised first
    word is a name; ``from_start``: ``between`` starts the paragraph). A question put to someone
    ("Reporters asked Hemsby about it.") hands nothing on; nor does a sentence that brings in
    people of its own ("Critics call her “…”": a person, group or organisation noun, or him, her,
    them), nor a verb that is no finite form ("faces a recall vote" reports nothing)."""
    own = last_sentence(between)
    if not own.strip() or SPEECH_VERB.search(own) or _PERSONAL_PRONOUN.search(own) or _OBJECT_PRONOUN.search(own):
        return None, None
    if any(w.lower() in _SOMEONE_NOUNS or _AGENT_PLURAL.fullmatch(w.lower()) for w in WORD.findall(own)):
        return None, None  # "Reviewers were kinder": a plural of agents is people too
    first, _, rest = own.strip().partition(" ")
    if not names_nobody(rest if first.isalpha() and not is_name(first) else between):
        return None, None  # "Good information can …": an opener capitalised, which ``is_name`` tells from a name
    sentences = split_masked(between[: len(between) - len(own)].strip())
    if len(sentences) < (1 if from_start else 2) or any(c in sentences[-1] for c in _QUOTE_CHARS):
        return None, None  # after an earlier quote, the first piece may be the tail of its sentence
    reported = sentences[-1].rstrip(" .")
    mention, verb = head_attribution(reported + " ", "", None)
    if mention is None:
        mention, verb = inverted_cue(reported)
    if mention is None or verb is None or verb.startswith("ask") or not _FINITE_SPEECH.search(verb):
        return None, None
    return (mention, verb) if mention.kind == "name" or mention.is_he_or_she else (None, None)


def inverted_cue(sentence: str) -> tuple[Mention | None, str | None]:
    """The name after a cue inverted at the end of a reported clause ('Only the rich will keep
    their privacy, says Ola Brandt'), which ``head_attribution`` reads only before its verb; a
    description there ("says the group's founder") gives nobody for sure."""
    inverted = next(
        (m for m in _INVERTED_CUE.finditer(sentence.rstrip(" .!?")) if SPEECH_VERB.fullmatch(m.group(1)) and _FINITE_SPEECH.search(m.group(1))),
        None,
    )
    if inverted is None:
        return None, None
    named = phrase_after(inverted.group(2))
    return (named, inverted.group(1).lower()) if named is not None and named.kind == "name" else (None, None)


#: A cue inverted after the comma that ends a reported clause: "…, says Ann Brandt" (groups: the
#: verb, the words after it).
_INVERTED_CUE = re.compile(r",\s+([a-z]+)\s+([A-Z][^;:]*)$")


_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians)")
_OBJECT_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]im|[Hh]er|[Tt]hem)(?![\w’'])")
#: A speech verb in the past or the third person ("said", "argued", "says", "told"), not a bare
#: form that is as often a noun ("a recall vote") nor a participle.
_FINITE_SPEECH = re.compile(r"(?:ed|[^s]s|said|told|wrote|spoke|thought)$")


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
    if any(c in before for c in _QUOTE_CHARS) or len(WORD.findall(before)) > _NEXT_SUBJECT_WORDS:
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
        if _DECLINED_TO_SPEAK.search(sentences[k]):
            return None, None  # 'Theo Brandt did not respond to requests for comment.' / '“…”': not his words
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
        head = mention.text.split()[-1] if mention.kind == "description" else ""
        organisation = head_noun(head) in ORGANISATION_NOUNS or head.isupper()  # "the union", "the DNC"
        return (mention, verb) if person or organisation else (None, None)
    return None, None


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
    handed = handed_over(sentence) if sentence and not any(c in sentence for c in _QUOTE_CHARS) else None
    if handed is not None:
        return handed  # 'Tom Reyes handed Ann Weller the microphone.' / '“Thank you all for coming.”'
    # a speech verb is read by ``previous_paragraph_speaker``; "when asked whether …" is no cue of its own
    if not sentence or any(c in sentence for c in _QUOTE_CHARS) or SPEECH_VERB.search(_WHEN_ASKED.sub(" ", sentence)):
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


#: Where a subject joins a second person: "and", ", along with", ", together with".
_JOINED = re.compile(r"\s+and\s+|,\s*(?:along|together)\s+with\s+")


def two_named_subjects(subject: str) -> bool:
    """The words before a speech verb join two people ('Mayor Tim Hale and Gov. Rosa Bell spoke',
    'Sen. Dora Flint and Rep. Max Roe both spoke', 'Mayor Tim Hale, along with Gov. Rosa Bell,
    spoke', 'Mayor Tim Hale and the governor spoke'): a quote after them, with nothing to say
    which one, is neither's. The first is a name, the second a name or a person's role."""
    before, comma, after = subject.rpartition(",")
    if comma and after.strip() and _JOINED.search(after) is None and first_verb(" " + before + " "):
        # 'Paying by card and by phone was the safest way, Walsh said': the "and" is in the
        # reported clause; the cue's subject is the one after its comma
        return False
    joined = _JOINED.search(subject)
    if joined is None or names_nobody_at_all(subject[: joined.start()]):
        return False
    second = subject[joined.end() :]
    role = re.match(r"\s*(?:the|his|her)\s+(?:[a-z]+\s+)?([a-z]+)\b", second)
    return not names_nobody_at_all(second) or role is not None and role.group(1) in PERSON_NOUNS


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


#: Nouns that introduce someone new ("a reporter", "the crowd", "the ministry").
_SOMEONE_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS | {n + "s" for n in PERSON_NOUNS}
#: People the lexicon's person, group and organisation nouns (and ``people_noun``) leave out, as
#: objects of a predicate ("welcomed the visitors").
_MORE_PEOPLE = frozenset("visitor visitors guest guests children family".split())


def brings_in_people(text: str) -> bool:
    """A word of ``text`` names people: a person's, group's or organisation's noun ("the nurses",
    "her brother", "the visitors")."""
    return any(w in _SOMEONE_NOUNS or w in _MORE_PEOPLE or people_noun(w) for w in (x.lower() for x in WORD.findall(text)))
_PERSONAL_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)(?![\w’'])")


#: A channel, paper or show the words were said on or in ("on CNN", "in the Times", "on Fox News"),
#: not someone's ("in Kell's view").
_ON_MEDIUM = re.compile(r"(?<![\w’'])(?:on|in)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}(?![\w’'])(?!\s*[’']s?)")


def continues_previous_paragraph(masked: str) -> bool:
    """The quote's paragraph (masked) introduces nobody: no name, no personal pronoun, no person,
    group or organisation noun and no speech verb outside its quotes ('Then, on the radio the next
    morning: “…”', not 'Then a reporter in the back row: “…”'). An unattributed quote there
    continues the speaker of the quote in the paragraph right before it."""
    outside = _ON_MEDIUM.sub(" ", masked.replace("·", " "))  # "later that month on CNN:" names a channel
    if not names_nobody_at_all(outside) or SPEECH_VERB.search(outside) or _PERSONAL_PRONOUN.search(outside):
        return False
    return not any(w.lower() in _SOMEONE_NOUNS for w in WORD.findall(outside))


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
    if any(c in masked for c in _QUOTE_CHARS) or not 1 <= len(WORD.findall(masked)) <= _STAGE_WORDS:
        return None
    first, _, rest = masked.strip().partition(" ")
    if len(split_masked(masked.strip())) != 1 or not names_nobody_at_all(rest):
        return None
    if first.lower() not in _STAGE_OPENERS and not is_common_word(first.rstrip(".!").lower()):
        return None  # "Ortiz laughs." names her; "Pause." is a common word capitalised as the opener
    subject = _STAGE_SUBJECT.match(masked)
    rest = masked[subject.end() :] if subject is not None else masked
    if _PERSONAL_PRONOUN.search(rest) or any(w.lower() in _SOMEONE_NOUNS for w in WORD.findall(rest)):
        return None
    return subject.group(1).lower() if subject is not None else ""


def names_nobody_at_all(text: str) -> bool:
    """No run of capitals in ``text`` is a name (``clean_name`` drops sentence-start words)."""
    return not any(clean_name(m.group()) for m in NAME_RUN.finditer(text))


_NAME = r"(?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+"
#: The subject hands the word to someone: "handed Ann Weller the microphone", "passed the microphone
#: to Ann Weller", "gave the floor to Ann Weller", "introduced Ann Weller." (groups: the name).
_HANDED_OVER = re.compile(
    rf"(?<![\w’'])(?:(?:handed|hands|passed|passes|gave|gives|turned|turns)\s+(?:(?P<first>{_NAME})\s+the\s+"
    rf"(?:microphone|mic|floor|podium)|(?:the\s+)?(?:microphone|mic|floor|podium)\s+(?:over\s+)?to\s+(?P<second>{_NAME}))"
    rf"|(?:introduced|introduces|called\s+on|calls\s+on)\s+(?P<third>{_NAME})(?=\s*[.,]|\s+to\s+the\s|\s+as\s))"
)


#: A clause of time in which someone takes the word: "when Ann Weller took the stage", "as Tom Reyes
#: rose to speak", "after Ann Weller stepped up to the microphone" (group "entering": the name).
_TAKES_THE_WORD = re.compile(
    rf"(?<![\w’'])(?:when|as|after|once|while)\s+(?P<entering>{_NAME})\s+(?:finally\s+)?(?:took|takes|stepped|steps|rose|rises|"
    r"stood|stands|walked|walks|came|comes|began|begins|started|starts|got|gets)\s+(?:up\s+)?(?:to\s+(?:the\s+)?"
    r"(?:podium|microphone|mic|stage|lectern|speak)|the\s+(?:stage|podium|microphone|mic|floor|lectern)|on(?:to)?\s+"
    r"(?:the\s+)?stage|to\s+speak|speaking)(?![\w’'-])"
)


def handed_over(sentence: str) -> Mention | None:
    """The person a sentence hands the word to: 'Tom Reyes handed Ann Weller the microphone.' ->
    Ann Weller, whose the quote after it is (not the subject's); also one who takes the word in a
    clause of time ('The crowd fell silent when Ann Weller took the stage.'). None unless that is
    a name."""
    match = _HANDED_OVER.search(sentence) or _TAKES_THE_WORD.search(sentence)
    if match is None:
        return None
    groups = match.groupdict()
    name = clean_name(groups.get("first") or groups.get("second") or groups.get("third") or groups.get("entering") or "")
    return Mention("name", name) if name else None


#: Things that carry written words, as the object of the sentence before a quote ("held up a sign",
#: "pointed at the headline", "wore a T-shirt", "a note on his desk").
_TEXT_CARRIER = re.compile(
    r"(?<![\w’'-])(?:sign|signs|banner|banners|placard|placards|poster|posters|billboard|headline|headlines|note|"
    r"T-shirt|t-shirt|shirt|cap|hat|sticker|bumper\s+sticker|tattoo|plaque|inscription|card|screen|letter|notice|"
    r"graffiti|slogan)(?![\w’'-])"
)
#: Verbs by which the subject writes or sends the words itself ("wrote a letter", "sent a note").
_WRITES = re.compile(r"(?<![\w’'-])(?:wrote|writes|sent|sends|penned|pens|drafted|drafts|signed|signs|texted|posted|posts)(?![\w’'-])")


def shows_text(sentence: str) -> bool:
    """The sentence is about a thing that carries words, which the subject does not write itself:
    'Tom Reyes held up a sign.', 'Tom Reyes read aloud a letter from a constituent.' — a quote
    after it gives those words, not the subject's."""
    return _TEXT_CARRIER.search(sentence) is not None and _WRITES.search(sentence) is None


#: A question put to a person the sentence names or points to ("asked Tom Kell about", "pressed
#: him on", "interviewed the minister"): a lone quote after it may be the question or the answer.
_ASKED_PERSON = re.compile(
    r"(?<![\w’'-])(?:asked|asks|questioned|pressed|quizzed|grilled|interviewed)\s+(?:[A-Z]|him\b|her\b|them\b|the\s+[a-z]+\s+(?:about|on|over|whether|if)\b)"
)


def asking_verb(verb: str | None) -> bool:
    """``verb`` puts a question to someone ("asked", "pressed", "quizzed")."""
    return (verb or "").lower() in _ASKING_VERBS


_ASKING_VERBS = frozenset("ask asks asked questioned questions pressed presses quizzed quizzes grilled grills interviewed interviews".split())


def asks_a_person(sentence: str) -> bool:
    """``sentence`` puts a question to a person (``_ASKED_PERSON``)."""
    return _ASKED_PERSON.search(sentence) is not None


#: A passive of telling right after a quote ('“…,” Whitlow was told', '“…,” the panel has been
#: warned'): its subject heard the words; the quote is not the subject of the sentence before's.
_TOLD_AFTER = re.compile(
    r"\s*[,;:]?\s*(?:[A-Z][\w’'.-]*\s+){0,4}(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got|gets)\s+"
    r"(?:[a-z]+ly\s+)?(?:told|informed|assured|warned|reminded|advised)(?![\w’'-])"
)


def lone_quote_subject(head: str, rest: str) -> Mention | None:
    """A quote that is a sentence of its own right after a sentence about a person: 'Quintanilla
    seemed taken aback. “Does that not speak to your judgment?”' -> Quintanilla.

    ``head`` is the masked paragraph before the quote (it must end a sentence), ``rest`` the part
    after the quote (it must not go on in lower case: '“…” was the verdict of …'). The previous
    sentence's subject counts when it is a name, he/she or a description of a person; the caller
    checks that a name is proper.
    """
    if not head.strip() or last_sentence(head).strip() or re.match(r"\s*[,;:]?\s*[a-z]", rest):
        return None
    if _TOLD_AFTER.match(rest):
        return None  # '“…,” Whitlow was told' after 'Whitlow interviewed Edwin Marsh.': said to her, not by her
    sentences = split_masked(head)
    mention = leading_np(sentences[-1]) if sentences else None
    if mention is None:
        return None
    cue = SPEECH_VERB.search(sentences[-1])
    if cue is not None and two_named_subjects(sentences[-1][: cue.start()]):
        return None  # 'Mayor Tim Hale and Gov. Rosa Bell spoke. “…”': neither for sure
    if SECOND_SUBJECT.search(sentences[-1]):
        return None  # 'Reyes had a message for voters, but Ann Weller had the last word. “…”': either
    handed = handed_over(sentences[-1])
    if handed is not None:
        return handed  # 'Tom Reyes handed Ann Weller the microphone. “…”'
    if shows_text(sentences[-1]):
        return None  # 'Tom Reyes held up a sign. “Save our school.”': the sign's words
    if asks_a_person(sentences[-1]):
        return None  # 'Ann Roe asked Tom Kell about the rift. “…”': his answer or her question, either
    person = mention.kind == "description" and head_noun(mention.text) in PERSON_NOUNS  # "The pastor …"
    person = person or mention.kind == "name" or mention.is_he_or_she
    return mention if person else None


#: Words of someone speaking for themselves in a quote: the first person ("I", "we", "my", "us").
_SPEAKING_FOR_ONESELF = re.compile(r"(?<![\w’'-])(?:I|I[’']m|I[’']ve|I[’']d|I[’']ll|[Ww]e|[Ww]e[’'](?:re|ve|d|ll)|[Mm]y|[Oo]ur|[Mm]e|[Uu]s)(?![\w’'-])")
#: Someone other than the subject in the predicate: an object pronoun of another person, a they/we.
_OTHERS_IN_PREDICATE = re.compile(r"(?<![\w’'-])(?:him|them|they|their|we|our|us)(?![\w’'-])", re.IGNORECASE)


#: A person who gave no words: "declined to comment", "did not respond to a request for comment",
#: "could not be reached".
_DECLINED_TO_SPEAK = re.compile(
    r"\b(?:declined|declines|refused|refuses)\s+to\s+(?:comment|speak|talk|answer|respond|be\s+interviewed)"
    r"|\b(?:did|does|has|had|have)(?:\s+not|n[’']t)\s+(?:immediately\s+)?(?:respond|reply|return|answer)"
    r"|\bcould\s+not\s+be\s+reached|\b(?:was|is|were|are)\s+(?:not\s+available|unavailable)\s+for\s+comment",
    re.IGNORECASE,
)


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
    if not sentence or any(c in previous for c in _QUOTE_CHARS) or "?" in previous or SPEECH_VERB.search(sentence):
        return None
    if _DECLINED_TO_SPEAK.search(sentence):
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
