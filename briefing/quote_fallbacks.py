"""Last-resort speakers for quotes without a speech verb around them, read from the quote's own
paragraph: the subject of the quote's sentence ('Clinton compared the president to “…”'), the
source it opens on ('According to the playbook, …'), a paraphrase before it, or the person the
sentence before a lone quote is about (a sentence after it pointing back, 'That's what Ann Roe told
reporters.', is ``points_back``'s).

Kept apart from ``attribution.py`` (which reads "X said" clauses) because these rules guess
from news conventions rather than read an attribution: each runs only when every verb-based
rule in ``quote_attribution.attribute_quotes`` found nothing, and never for titles of works.
The paragraphs around a quote-only paragraph are read by ``paragraph_fallbacks``; both ask
``sentence_cast`` whether a sentence brings in someone else.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .attribution import head_attribution
from .bare_sources import share_of
from .colon_intros import SECOND_SUBJECT, asked_opener
from .groups import people_of
from .inverted_speakers import phrase_after
from .masked_sentences import WORD, last_sentence, split_masked
from .mention import Mention
from .referents import people_group
from .role_complements import view_verb_after
from .sentence_adverbs import is_sentence_adverb
from .sentence_cast import (
    PERSONAL_PRONOUN,
    QUOTE_CHARS,
    SOMEONE_NOUNS,
    asks_a_person,
    handed_over,
    names_nobody,
    shows_text,
    someone_candidates,
    two_named_subjects,
)
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speech_lexicon import (
    AMBIGUOUS_BASE_FORMS,
    DOCUMENT_NOUNS,
    GROUP_VIEW_VERBS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    STANCE_VERBS,
)
from .speech_nouns import ends_on_others_speech_noun
from .speech_verbs import FINITE_OPENING, LEADING_VERB, SPEECH_VERB, first_verb
from .subject_words import present_verb_at_end
from .verb_subjects import (
    inner_clause_verb_subject,
    last_clause_speaker,
    participle_view_speaker,
    quote_in_that_clause,
    quote_in_who_clause,
    relative_view_speaker,
    view_aside_speaker,
)
from .view_frames import others_characterisation, view_frame, view_frame_start
from .wordlists import is_common_word

#: A sentence opening on its source: "According to the playbook, staff were told “…”", "Per
#: Trump, “…”" (not "Per capita," nor "Per cent,").
_ACCORDING_OPENING = re.compile(
    r"\s*(?:(?:But|And|Yet|So),?\s+)?(?:[Aa]ccording\s+to|(?:[Aa]s\s+)?[Pp]er)\s+(?!(?:capita|cent|se|annum|diem)\b)([^,;:]{2,120}),"
)


def according_opening(between: str) -> Mention | None:
    """The source a quote's sentence opens on: 'According to the recently released playbook,
    salespeople were told, “…”' -> the playbook. ``between`` is the masked paragraph from the
    previous quote (or paragraph start) to this quote; the quote must be in the sentence that
    opens so (not one after it), and the source must be a name or a description."""
    match = _ACCORDING_OPENING.match(last_sentence(between))
    mention = phrase_after(match.group(1)) if match is not None else None
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


#: Two readings of a quote as the predicate of a copula, which names no speaker (``verbless_subject``):
#: a copula and nothing but the opening mark after a name, whatever the quote ("Ms. Holt is “"), …
_NAME_IS_QUOTE = re.compile(r"\s+(?:is|was|are|were)\s*$")
#: … and after any subject a bare copula, maybe negated ("Kell isn't “…”", "She was “…”"), before
#: a quote that opens on a determiner, a noun phrase ("an old man …", "the best mayor …").
_BARE_COPULA = re.compile(r"\s+(?:is|was)(?:n[’']t|\s+not)?\s*")
_NOUN_PHRASE_QUOTE = re.compile(r"(?:a|an|the|no)\s", re.IGNORECASE)
#: Nothing but an apposition set off by commas between a subject and the quote (", the KTV anchor, ").
_APPOSITION_ONLY = re.compile(r"\s*,[^,;:.!?]{2,60},\s*")
#: A name and "and" right before a name: the name after it is the second of a pair.
_SECOND_CONJUNCT = re.compile(r"[A-Z][\w’'.-]*\s+and\s+$")


#: A clause of time or cause with a pronoun or capitalised subject of its own, running on to the
#: quote ("after she struck down", "since Kell banned").
_CLAUSE_OF_TIME_WITH_SUBJECT = re.compile(r"\b(?:after|since|when|before|because|while|until)\s+(?:he|she|they|[A-Z][\w’'-]+)\s+[a-z][^,;:—–]*$")


def verbless_subject(between: str, quote: str = "") -> Mention | None:
    """'Clinton compared the president to “…”': the subject of the quote's own sentence.

    ``between`` is the masked paragraph from the previous quote (or paragraph start) to this
    quote. A name or he/she counts; so do "it" and a document ("The ad targets a “corrupt
    system”", "It blamed “weak demand”") when a verb of their own follows, not "is" or "was":
    "The plan is “a disaster”" and "It was “unacceptable”" name no speaker. ``quote``, the
    quote's text, tells a frame that runs into it ("The mayor had “no doubt …”").
    """
    sentence = last_sentence(between)
    # 'Asked about the levy, Kell had “no doubt …”': the one asked answers; the question's verb
    # is no cue of the clause after it
    sentence = sentence[asked_opener(sentence, question=True) :]
    if not WORD.search(sentence) or SPEECH_VERB.search(sentence):
        return None  # a speech verb that gave no speaker ('Reporters were told that "…"')
    if ends_on_others_speech_noun(sentence):
        return None  # 'Ann Weller ignored demands for “…”': others' demands, not her words
    if others_characterisation(sentence):
        return None  # "Kell has a history of “…”", "Kell is known for “…”": what others say of him
    # 'The film has earned $286m; it doesn't need the qualifier “…”': the clause after a semicolon
    # has its own subject, not the film; only a he or she there is read (a name after a semicolon
    # opens a list's item as often as a clause: 'Gorgeous; Great Falls Park is a park where …')
    later_clause = last_clause_speaker(sentence, coordinated_only=False, wider=True, quote=quote)
    if later_clause is not None and predicate_after_apposition(sentence, later_clause, quote):
        return None  # '… percentage points.\n14Dan Kell, the KTV anchor, “is a Democrat.”': as below
    if later_clause is not None:
        # 'Two weeks after the vote, Senator Ann Roe still believes “…”', 'The Herald won't go that
        # far, but Kell wants “…”': the clause ending at the quote has a subject of its own
        return later_clause
    relative = relative_view_speaker(sentence) or participle_view_speaker(sentence) or view_aside_speaker(sentence)
    if relative is not None:
        # '…, there is Tom Kell, who wants “…”', 'The mayor stood in the square, defending “…”', 'The
        # answer, Kell believes, is “…”': the one the relative clause is about, the subject the
        # participle shares, the one whose view is set off
        return relative
    if quote_in_who_clause(sentence) or quote_in_that_clause(sentence):
        # 'The deal drew fire from lawmakers in Congress who agree “…”', '… Open Doors, a charity
        # that aims to “…”': the relative clause's words, whose antecedent we could not read (or
        # a body's mission); never the main clause's subject
        return None
    inner = inner_clause_verb_subject(sentence)
    if inner is not None:
        return inner  # 'Melania Trump brought glamour to the night as the Trump team sought “…”': the team
    clause = sentence.rsplit(";", 1)
    sentence = clause[-1]
    group = _group_holding_view(sentence, quote) if len(clause) == 1 else None
    if group is not None:
        return group  # "Some Republicans doubt “…”", "Liberals dismissed “…”", "About a third of voters want “…”"
    mention = leading_np(sentence)
    if mention is None and (verb_at := present_verb_at_end(sentence)) is not None:
        # "Ann Weller blames “…”": a name, then a present verb in -s of no list, runs into the quote
        named = leading_np(sentence[:verb_at] + " ")
        mention = named if named is not None and named.kind == "name" else None
    if mention is None or len(clause) > 1 and not mention.is_he_or_she:
        return None
    words = mention.text.split()
    if mention.kind == "description" and len(words) > 2 and view_verb_after(words[-2], words[-1]):
        # "The Secretary of State wants “…”": the determiner's phrase ran on into the verb
        mention = Mention("description", " ".join(words[:-1]))
    elif mention.kind == "description" and len(words) > 2 and _frame_from_last_word(sentence, mention.text):
        # "The mayor set out a vision of “…”": "set" is the frame's verb, not the head
        mention = Mention("description", " ".join(words[:-1]))
    if not WORD.search(sentence[sentence.lower().rfind(mention.text.lower()) + len(mention.text) :]):
        return None  # 'Biden “kind of misspoke.”': the quote is the predicate, about its subject
    if predicate_after_apposition(sentence, mention, quote):
        return None  # 'Dan Kell, the KTV anchor, “is a Democrat.”'
    if mention.kind == "name" and _SECOND_CONJUNCT.search(sentence[: sentence.find(mention.text)]):
        return None  # "Tom Kell and Ann Weller are convinced that “…”": both hold the view, not Weller alone
    if mention.kind == "name" and _NAME_IS_QUOTE.match(sentence, sentence.find(mention.text) + len(mention.text)):
        # 'Ms. Holt is “quietly planning to raise taxes”': the quote is the predicate of a copula,
        # what someone says the name is, in the third person (so "The plan is “…”" names no one)
        return None
    if _BARE_COPULA.fullmatch(sentence, sentence.lower().rfind(mention.text.lower()) + len(mention.text)) and _NOUN_PHRASE_QUOTE.match(quote):
        # 'Kell isn't “an old man the way my grandfather was”': a noun phrase predicated of the
        # subject describes him; the sentence does not say whose description it is
        return None
    if mention.kind == "name" or mention.is_he_or_she:
        return mention
    head = head_noun(mention.text)
    document = mention.kind == "description" and head in DOCUMENT_NOUNS
    if document and _acts(sentence, mention) and not _CLAUSE_OF_TIME_WITH_SUBJECT.search(sentence, sentence.find(mention.text) + len(mention.text)):
        # (not "Reeves's decision comes months after she struck down “…”": the quote is in a
        # clause of time with a subject of its own, the document's topic, not its words)
        return mention
    if mention.kind == "description" and head in PERSON_NOUNS | ORGANISATION_NOUNS and _holds_view(sentence, mention, quote):
        return mention  # "The senator believes “…”", "The campaign wants to “…”"
    if mention.kind == "pronoun" and mention.text == "it" and (_acts(sentence, mention, past=True) or _holds_view(sentence, mention, quote)):
        return mention  # "It blamed “…”", "It wants “…”" (a body's view, as "The campaign wants"), not "It takes “…”"
    return None


#: A verb right after a one-word subject ("Pew found", "Gallup finds"), after an optional adverb:
#: "found" or a third-person -s form (not "-ss", "-us"); ``LEADING_VERB`` covers the -ed pasts
#: and auxiliaries ("Trump gestured", "Pew has").
_VERB_AFTER_NAME = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:found|[a-z]+[^su\W]s(?![\w’'-]))")


def predicate_after_apposition(sentence: str, mention: Mention, quote: str) -> bool:
    """'Dan Kell, the KTV anchor, “is a Democrat.”': nothing but an apposition set off between the
    subject and the quote, which goes on with the subject's clause on a finite verb: a claim about
    the subject in words the sentence gives no one."""
    after = sentence[sentence.lower().rfind(mention.text.lower()) + len(mention.text) :]
    return _APPOSITION_ONLY.fullmatch(after) is not None and FINITE_OPENING.match(quote) is not None


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


def _frame_from_last_word(sentence: str, description: str) -> bool:
    """The last word of ``description`` and the rest of ``sentence`` are a frame of a view ("the
    mayor set" + "out a vision of")."""
    at = sentence.lower().rfind(description.lower())
    last = description.split()[-1]
    return at >= 0 and view_frame(" " + sentence[at + len(description) - len(last) :])


def _holds_view(sentence: str, subject: Mention, quote: str = "") -> bool:
    """The verb right after ``subject`` is one of a view or a wish (``STANCE_VERBS``), whose
    object the quote is: a person's or a body's own words, where any other verb after a
    description ("the board saw Fiorina as the “…”", "the school did ban “…”") may frame
    someone else's words or a title."""
    at = sentence.lower().find(subject.text.lower())
    after = sentence[at + len(subject.text) :].split()[:1] if at >= 0 else []
    return bool(after) and (after[0].rstrip(",;:") in STANCE_VERBS or view_frame(sentence[at + len(subject.text) :], quote))


#: A lower-case word: the group's verb is the first of them that is a verb of a view or judgement.
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
#: Auxiliaries and adverbs between a group and its verb ("Proponents are hailing", "Independents
#: strongly favored").
_BEFORE_GROUP_VERB = re.compile(r"(?:\s+(?:are|were|have|had|also|still|now|all|both|[a-z]+ly))+\s*$")
#: A conjunction or an adverb opening the sentence, before its subject.
_OPENING_WORD = re.compile(r"\s*(?:(?:But|And|Yet|So|Still|Now)\s+)?")
#: Nothing but "that", a comma or a colon before the quote (the masked sentence ends there).
_THEN_QUOTE = re.compile(r"\s*(?:that)?\s*[,:]?\s*")
#: Most words between a group's verb and the quote ("want to “…”", "are hoping for a “…”").
_OBJECT_WORDS = 4
#: Most words of a group opening its sentence ("Large majorities of Republican primary voters
#: in six states").
_GROUP_WORDS = 12


def _group_holding_view(sentence: str, quote: str = "") -> Mention | None:
    """The group opening ``sentence`` when its verb is one of ``GROUP_VIEW_VERBS`` ("Some
    Republicans doubt “…”", "Liberals dismissed “…”", "Two-thirds of those polled want “…”"): the
    group's own words. A group of people or a share of them only (not a person's description,
    whose other verbs may frame someone else's words), and no verb of its own before."""
    verb = next((w for w in _LOWER_WORD.finditer(sentence) if w.group() in GROUP_VIEW_VERBS or w.group() in AMBIGUOUS_BASE_FORMS), None)
    frame = view_frame_start(sentence, quote)
    if frame is not None and verb is not None and verb.start() > frame:
        verb = None  # "Democrats regard the plan as “…”", "Voters have no doubt that “…”": the frame's noun is no verb
    if verb is None and frame is None:
        return None
    if verb is not None:
        if verb.group() not in GROUP_VIEW_VERBS and not _THEN_QUOTE.fullmatch(sentence, verb.end()):
            return None  # "Critics note “…”", "Analysts claim that “…”": a plural's form right before the quote is its verb
        object_words = sentence[verb.end() :].split()
        if len(object_words) > _OBJECT_WORDS or any(w.endswith(("’", "'", "’s", "'s")) for w in object_words):
            return None  # "young voters prefer Sanders' call for “…”": the words are the owner's, not the group's
    # "Democrats see the move as “…”", "Most voters are convinced that “…”": a frame of a view
    subject_end = verb.start() if verb is not None else frame
    opened = _OPENING_WORD.match(sentence)
    subject = sentence[opened.end() if opened is not None else 0 : subject_end]
    opening = subject.split()[:1]
    if opening and (is_sentence_adverb(opening[0]) or opening[0].lower() in {"perhaps", "maybe"}) and len(subject.split()) > 1:
        subject = subject.lstrip()[len(opening[0]) :]  # "Perhaps young voters", "Clearly most Republicans"
    subject = _BEFORE_GROUP_VERB.sub("", subject)
    if not subject.strip() or len(subject.split()) > _GROUP_WORDS or re.search(r"[,;:“”\"·]", subject) or subject.rstrip().endswith(("’", "'", "’s", "'s")):
        return None  # not "Democrats' call for “…”": an owner and a noun
    if first_verb(f" {subject} ") or SPEECH_VERB.search(subject):
        return None
    group = head_of_segment(subject)
    if group is None or group.kind != "description" or not (people_group(group.text) or share_of(group.text) or people_of(group.text.split()[-1])):
        return None
    return group


#: A determiner or an owner, a noun, "of" and its object: a subject with no verb ("The enthusiasm of
#: his supporters", "The cost of the plan", "Her handling of the crisis").
_NOUN_OF_PHRASE = re.compile(
    r"(?:The|the|His|his|Her|her|Their|their|Its|its|This|this|That|that)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+of\s+"
    r"(?:(?:the|his|her|their|its|this|that|these|those|a|an)\s+)?(?:[\w-]+\s+)?[\w-]+"
)
#: Most words of such a bare subject: a name and the titles before it.
_BARE_SUBJECT_WORDS = 6


def noun_phrase_only(text: str) -> Mention | None:
    """The name or description that ``text`` is, whole: its subject ends on its last word ("The
    vice president", "voters in his state"), so a quote after it is its predicate."""
    mention = leading_np(text)
    if mention is None or mention.kind not in {"name", "description"} or mention.text.split()[-1] != text.split()[-1]:
        return None
    return mention


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
    mention = noun_phrase_only(sentence)
    if mention is None:
        # "The enthusiasm of his supporters “should be …”": a noun and its of-phrase, no verb, no
        # speaker (``leading_np`` reads speakers only), the subject of the quote all the same
        return _NOUN_OF_PHRASE.fullmatch(sentence) is not None and first_verb(f" {sentence} ") is None
    # a name may carry its titles ("Palestinian Authority President Mahmoud Abbas"); a longer
    # description is more likely a clause of its own
    return len(words) <= 4 or mention.kind == "name"


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
    if not own.strip() or SPEECH_VERB.search(own) or PERSONAL_PRONOUN.search(own) or _OBJECT_PRONOUN.search(own):
        return None, None
    words = [w.lower() for w in WORD.findall(own)]
    if any(w in SOMEONE_NOUNS or _AGENT_PLURAL.fullmatch(w) for w in someone_candidates(own)):
        return None, None  # "Reviewers were kinder": a plural of agents is people too
    if any(w in _WORKS for w in words) and not any(w in _COPULA for w in words):
        return None, None  # "The Today show aired “…”" (not the speaker's verdict: "The film is “…”")
    first, _, rest = own.strip().partition(" ")
    if first.isalpha() and not rest and not is_name(first) and not is_common_word(first):
        return None, None  # "Kell “would rather wait …”": a word no list knows, alone before the quote, is its subject
    if not names_nobody(rest if first.isalpha() and not is_name(first) else between):
        return None, None  # "Good information can …": an opener capitalised, which ``is_name`` tells from a name
    sentences = split_masked(between[: len(between) - len(own)].strip())
    if len(sentences) < (1 if from_start else 2) or any(c in sentences[-1] for c in QUOTE_CHARS):
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
    if inverted is None or first_verb(" " + inverted.group(2) + " ") is not None:
        return None, None  # not '…, said Ann Brandt, but Tom Kell disagreed': a clause of its own after her
    named = phrase_after(inverted.group(2))
    return (named, inverted.group(1).lower()) if named is not None and named.kind == "name" else (None, None)


#: A cue inverted after the comma that ends a reported clause: "…, says Ann Brandt" (groups: the
#: verb, the words after it).
_INVERTED_CUE = re.compile(r",\s+([a-z]+)\s+([A-Z][^;:]*)$")


_AGENT_PLURAL = re.compile(r"[a-z]{3,}(?:ers|ors|ists|ians)")
#: Programmes and other works that air or publish words of their own ("The Today show aired
#: “…”", "A new documentary shows “…”"): a source the sentence brings in.
_WORKS = frozenset("show shows programme program broadcast documentary film podcast blog series episode segment".split())
_COPULA = frozenset("is was are were be been".split())
_OBJECT_PRONOUN = re.compile(r"(?<![\w’'])(?:[Hh]im|[Hh]er|[Tt]hem)(?![\w’'])")
#: A speech verb in the past or the third person ("said", "argued", "says", "told"), not a bare
#: form that is as often a noun ("a recall vote") nor a participle.
_FINITE_SPEECH = re.compile(r"(?:ed|[^s]s|said|told|wrote|spoke|thought)$")


#: A passive of telling right after a quote ('“…,” Whitlow was told', '“…,” the panel has been
#: warned'): its subject heard the words; the quote is not the subject of the sentence before's.
_TOLD_AFTER = re.compile(
    r"\s*[,;:]?\s*(?:[A-Z][\w’'.-]*\s+){0,4}(?:was|were|had\s+been|has\s+been|have\s+been|is|are|got|gets)\s+"
    r"(?:[a-z]+ly\s+)?(?:told|informed|assured|warned|reminded|advised)(?![\w’'-])"
)


#: A person who gave no words: "declined to comment", "did not respond to a request for comment",
#: "could not be reached", "declined to say whether …", and words denied: "Kell didn't say it",
#: "Kell never said that". A quote after such a sentence is not the person's by default.
DECLINED_TO_SPEAK = re.compile(
    r"\b(?:declined|declines|refused|refuses)\s+to\s+(?:comment|speak|talk|answer|respond|be\s+interviewed|say|elaborate|discuss)\b"
    r"|\b(?:did|does|has|had|have)(?:\s+not|n[’']t)\s+(?:immediately\s+)?(?:respond|reply|return|answer)"
    r"|\b(?:(?:did|does|has|had|have)(?:\s+not|n[’']t)|never)\s+(?:say|said)\s+(?:it|that|this|so|anything|any\s+such\s+thing)\b"
    r"|\bcould\s+not\s+be\s+reached|\b(?:was|is|were|are)\s+(?:not\s+available|unavailable)\s+for\s+comment",
    re.IGNORECASE,
)


def gave_no_words(sentence: str) -> bool:
    """``sentence`` says its person gave no words ("Kell declined to comment", "Kell didn't say
    it"), not inside words it reports ("Kell said he never said that": he spoke)."""
    declined = DECLINED_TO_SPEAK.search(sentence)
    return declined is not None and SPEECH_VERB.search(sentence, 0, declined.start()) is None


#: A colon right after the quote and a sentence opening in capitals after it.
_COLON_THEN_SENTENCE = re.compile(r"\s*:\s+[A-Z]")


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
    if _COLON_THEN_SENTENCE.match(rest):
        # "'We are devastated': The family of Tom Kell paid tribute …": a caption or pull quote,
        # whose sentence after the colon tells whose words they are, not the sentence before
        return None
    sentences = split_masked(head)
    mention = leading_np(sentences[-1]) if sentences else None
    if mention is None:
        return None
    if gave_no_words(sentences[-1]):
        return None  # 'Tom Kell declined to comment. “…”', 'Kell didn't say it. “…”': the sentence says he gave no words
    cue = SPEECH_VERB.search(sentences[-1])
    if cue is None and sentences[-1].rstrip().endswith("?") and first_verb(sentences[-1]) is None:
        # 'Advice for Tom Kell? “…”', 'The question for Kell?': the writer's question with no
        # verb, whose words the quote may be anyone's; no one is its subject (an owner's words
        # asked after, "Kell's advice? “…”", are ``possessive_introduction``'s)
        return None
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
