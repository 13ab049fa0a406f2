"""Attribution before a quote: the speech verb and speaker phrase of the quote's sentence up to it
("Kell told reporters that “…”", "As Kell put it, “…”", "…, prompting the mayor to say “…”").

Works on a paragraph whose quoted words are masked (so verbs and names inside quotes are never
read as the attribution). Returns the raw ``Mention``; resolving it to a name is left to
``speaker_resolution``, which knows the whole article. The other readers of one sentence live
beside it: ``tail_attribution`` (after the quote), ``colon_intros`` and ``word_owners`` (no
speech verb), ``speech_nouns`` and ``speech_verb_forms`` (a verb form that is a noun),
``relative_clauses`` ("who said"), ``participle_speakers`` (a cue in -ing: "…, saying"),
``verb_subjects`` (a verb's subject that is not its clause's opening phrase), ``reporter_cues`` (a
sentence closing on who reported the quote), ``clause_readings`` (a verb coordinated with an action,
a clause of time or cause, an inverted aside, a relative clause: asked before the plain reading).
"""

from __future__ import annotations

import re

from .clause_readings import (
    PLAIN_REPORTING,
    Reading,
    coordinated_reading,
    document_or_participle,
    inverted_aside,
    relative_clause_reading,
    subordinate_clause_reading,
)
from .cue_sources import INVERTIBLE, PASSIVE, passive_agent, source_of
from .document_attribution import (
    displayed_text_reading,
    document_before,
    document_in_set_off_clause,
    fronted_document,
    issued_text_before,
)
from .head_kinds import can_speak
from .inverted_speakers import phrase_after
from .masked_sentences import WORD, last_sentence
from .mention import Mention
from .name_cleaning import NAME_TOKEN, UPPER
from .passed_on import source_aside
from .relative_clauses import (
    MASK,
    OBJECT_RELATIVE_SUBJECT,
    OPEN_WHICH,
    people_head,
    who_antecedent,
)
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speakers import aside_before_last_words, name_right_before, subject_before
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    NAMING_VERBS,
    PLURAL_NOUN_FORMS,
    SPEAKER_AFTER,
    SPEECH_NOUN_FORMS,
    STANCE_VERBS_3SG_ALTERNATION,
)
from .speech_nouns import (
    ambiguous_after_subject,
    noun_subject_of_quote,
    speech_noun_subject,
    subject_of_speech_noun,
)
from .speech_verb_forms import candidate_verbs, noun_form_reading
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .verb_subjects import (
    abstract_subject,
    caused_speaker,
    document_words,
    event_ended,
    full_name_right_before,
    inner_clause_body,
    inner_clause_subject,
    last_clause_speaker,
    last_correlative_clause,
    plural_of_people,
    subject_they_means,
    thing_subject,
)
from .word_owners import owned_post_before, possessive_introduction


def head_attribution(
    head: str, between: str, previous: Mention | None, quote: str = ""
) -> tuple[Mention | None, str | None]:
    """The speaker named before the quote in its sentence (see ``_head_attribution``); ``quote``,
    the quoted words when known, tells a quote that is a reported clause's predicate."""
    mention, verb = _head_attribution(head, between, previous, quote)
    if event_ended(mention, verb):
        return None, None  # "When the meeting concluded — “…”": an event, no speaker
    return (mention, verb) if mention is not None else (None, None)


#: A causative verb and its object right before "to" and the speech verb ("prompted the Daily
#: Ledger to declare", "led Mayor Joan Ames to say"): the object speaks, not the subject (the
#: scandal, the vote) that made them.
_CAUSED_TO = re.compile(
    r"(?<![\w’'-])(?:prompt(?:s|ed|ing)?|l(?:eads?|ed|eading)|(?:forc|caus|mov|inspir|provok|encourag)(?:e|es|ed|ing)|"
    r"push(?:es|ed|ing)?|compel(?:s|led|ling)?|spur(?:s|red|ring)?|dr(?:ive|ives|ove|iven|iving)|"
    r"(?:convinc|persuad)(?:e|es|ed|ing)|g(?:ot|ets?|etting))"
    r"\s+((?:(?!to\s)[^;:.!?“”\"]){2,120}?)\s+to\s+$"
)


#: Words that may open a sentence before an inverted verb without being its subject ("But, said
#: Ruiz, “…”", "And, added the mayor, …").
_BARE_CONNECTIVES = {"but", "and", "so", "yet", "still", "then", "now", "again"}
#: "As Kell likes to put it", "As the mayor loves to say": a habit of the subject's, whose words
#: the quote gives (the verb before "to" goes, leaving "As Kell says").
_AS_FOND_OF = re.compile(r"(?<=[\w.’'])\s+(?:(?:always|often)\s+)?(?:likes|liked|loves|loved|used)\s+to\s*$")
#: A copula and an adjective of readiness right before the speech verb's "to" ("were quick to",
#: "is always eager to"; the "to" is part of the cue in "to point out"): the copula's subject speaks.
_EAGER_TO = re.compile(
    r"\s+(?:is|are|was|were|(?:has|have|had)\s+been|seemed|seems)\s+(?:(?:also|always|often|very|not|so)\s+)?"
    r"(?:quick|quicker|eager|keen|careful|ready|happy|swift|first|the\s+first|willing|anxious|loath|reluctant|slow|fast)\s+(?:to\s+)?$"
)


#: A clause after a comma that ends on a verb of a view right before the quote, not a "that" clause
#: some verb before reports ("…, Ann Weller believes", not "said, in a statement, that Weller believes").
_VIEW_CLAUSE_AT_END = re.compile(
    r",\s+(?!that\s)[^,;:]*?\s(" + STANCE_VERBS_3SG_ALTERNATION + r")(?:\s+that)?\s*$"
)
#: "As Kell put it, …", "Like Kell said, …": a source of the whole sentence, not a clause set off.
_AS_OPENING = re.compile(r"\W*(?:(?:but|and|yet|so)\s+)?(?:as|like|just\s+as)\s", re.IGNORECASE)
_THAT = re.compile(r"(?<![\w’'-])that(?![\w’'-])")
#: Verbs of repeating another's words: the words an owned noun names after them are the owner's.
_CITING_VERBS = frozenset(
    "cited cites quoted quotes recalled recalls repeated repeats echoed echoes invoked invokes recited recites read reads".split()
)


def _head_attribution(
    head: str, between: str, previous: Mention | None, quote: str = ""
) -> tuple[Mention | None, str | None]:
    """``X said:`` / ``said X:`` / ``according to X,`` / ``X said that ... "`` before the quote.

    ``head`` is the paragraph up to the quote with quoted words masked, ``between`` the part
    of it after the previous quote of the paragraph. Each step below either settles the reading
    (returns it) or leaves it to the next; their order is part of the rules.
    """
    sentence = _clause_of_quote(head)
    verbs = candidate_verbs(sentence)
    if (reading := noun_form_reading(sentence, verbs)) is not None:
        return reading
    if verbs and (displayed := displayed_text_reading(sentence)) is not None:
        return displayed  # "Officials pointed out the sign that read “…”": the sign's words
    if not verbs:
        return _verbless_reading(sentence)
    verb = _governing_verb(sentence, verbs, quote)
    if verb is None:
        return None, None
    word = verb.group().lower()
    if (found := document_in_set_off_clause(sentence, verb.end())) is not None:
        return found  # 'Kell mocks them, although the Ledger found that “…”': the clause set off after his
    before = sentence[: verb.start()]
    fronted = "," in sentence[verb.end() :] and "," not in before and _AS_OPENING.match(sentence) is None
    held = _VIEW_CLAUSE_AT_END.search(sentence, verb.end()) if fronted else None
    if held is not None and _THAT.search(sentence, verb.end(), held.start()) is None:
        # 'While Kell spoke, Ann Weller believes “…”', 'Asked about Kell, Gov. Lino DeMarco believes
        # “…”': the speech verb is in a clause set off before the main one, whose verb of a view
        # takes the quote; its subject holds the view, or no one this reading can tell
        holder = last_clause_speaker(sentence, coordinated_only=False, wider=True)
        return (holder, held.group(1)) if holder is not None else (None, None)
    cited = possessive_introduction(sentence[verb.end() :].strip()) if word in _CITING_VERBS else None
    if cited is not None and cited.kind != "pronoun":
        # 'Ann Weller cited Tom Kell’s words: “…”', 'recalled her father’s line:': the owner's
        # words, which the subject only repeats ("repeated her own words:" stays hers)
        return cited, word
    if (reading := _clause_frames(sentence, verb, word, before)) is not None:
        return reading
    if (reading := _speech_noun_subject(sentence, verb, word, before)) is not None:
        return reading
    fond = _AS_FOND_OF.search(before)
    if fond is not None and word in {"say", "put it", "write", "chant", "tell"}:
        before, word = before[: fond.start()] + " ", "says"  # "As Kell likes to put it, “…”"
    if (reading := _owned_speech_noun(sentence, verbs, verb, word, before, quote, previous)) is not None:
        return reading
    if (reading := _subject_right_before(before, word)) is not None:
        return reading
    eager = _EAGER_TO.search(before)
    if eager is not None:
        # 'Tech firms are quick to point out “…”', 'Aides were eager to stress that “…”': the
        # subject of the copula speaks (not a phrase set off before it, nor no one)
        before = before[: eager.start()] + " "
    if (reading := _source_reading(sentence, verb, word, before)) is not None:
        return reading
    if (reading := coordinated_reading(sentence, verbs, word, before)) is not None:
        return reading
    if (reading := document_or_participle(sentence, verbs, word, before, between, previous)) is not None:
        return reading
    if (reading := subordinate_clause_reading(sentence, verb, word, before)) is not None:
        return reading
    if (reading := inverted_aside(sentence, verb, word, before)) is not None:
        return reading
    if any(w.lower() not in _BARE_CONNECTIVES for w in WORD.findall(before.strip(MASK))):
        return _subject_of_clause(sentence, verbs, verb, word, before, previous)
    return phrase_after(sentence[verb.end() :]), word


#: A quoted question closing its clause, a lower-case clause going on after it ('… asked Dion, “…?”
#: the singer answered').
_QUESTION_THEN_CLAUSE = re.compile(r"\?[”\"’]\s+(?=[a-z])")


#: A clause of its own after a quoted question: a subject pronoun, maybe after an adverb, and a
#: verb ('“Mom?” suddenly she realizes and panics “…”': the one who panics, not the one saying
#: the question, has the next quote).
_PRONOUN_CLAUSE = re.compile(r"(?:(?:suddenly|then|now|finally|[a-z]+ly)\s+)?(?:he|she|they|we|i)\s+[a-z]+\b")


def _clause_of_quote(head: str) -> str:
    """The clause the quote ends: the head's last sentence, from its last correlative clause on,
    and from a quoted question on when a lower-case clause with a speech verb goes on after it.
    Verbs and names of earlier clauses belong to other speakers."""
    sentence = last_correlative_clause(last_sentence(head))
    asked = list(_QUESTION_THEN_CLAUSE.finditer(sentence))
    if asked and (SPEECH_VERB.search(sentence, asked[-1].end()) or _PRONOUN_CLAUSE.match(sentence, asked[-1].end())):
        # 'When Vogue asked Dion, “…?” the singer answered, “…”': the question closes the asker's
        # clause; the one after it, in lower case, has its own subject and verb
        sentence = sentence[asked[-1].end() :]
    return sentence


#: "to call" and its object right before the quote ("to call it", "to call the bill"): the bare
#: form, a noun more often, is the naming verb after "to".
_TO_CALL_OBJECT = re.compile(
    r"\s+to\s+call\s+(?:it|them|him|her|this|that|these|those|(?:the|a|an|his|her|their|its)\s+[\w-]+(?:\s+[\w-]+)?)\s*[,:]?\s*$"
)


def _verbless_reading(sentence: str) -> Reading:
    """The frames of a clause with no speech verb left: someone made to call a thing something, a
    form that is a verb after its subject after all, an owned post or a document. Without them
    the quote has no speaker here."""
    to_call = _TO_CALL_OBJECT.search(sentence)
    caused = _CAUSED_TO.search(sentence[: to_call.start()] + " to ") if to_call is not None else None
    made = caused_speaker(caused.group(1)) if caused is not None else None
    if made is not None:
        return made, "call"  # 'The vote prompted Ostrow to call the bill “…”': the one made to name it
    subject_verb = ambiguous_after_subject(sentence)
    if subject_verb is not None:
        return subject_verb  # "Kell answers critics bluntly: “…”", "The mayor promises “…”"
    owner, _ = owned_post_before(sentence)  # "Sen. Ali Shah's tweet — “…”"
    if owner is None:
        owner = issued_text_before(sentence)  # "The office released his schedule, which included “…”"
    return (owner, None) if owner is not None else document_before(sentence)


#: "… and that" right before the quote: a second complement of an earlier verb.
_SECOND_COMPLEMENT = re.compile(r"\sand\s+that\s*$")
#: A clause of condition or time opening the complement of a verb of saying ("said that until Iran
#: reassures the world …,", "told reporters that if the union demands more,", "responded that, when
#: officials alleged …,"): its own verb, set off by the comma before the quote, does not govern the
#: quote, which completes the first verb.
_FRONTED_IN_COMPLEMENT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?that,?\s+(?:until|unless|if|when|whenever|before|after|once|because|although|though|while)\s[^,;:]*$"
)
#: The rest of a clause fronted in a complement, then the complement's own clause up to the
#: quote, its subject a pronoun (", it was “", ", he had “", ", they would be “").
_PRONOUN_CLAUSE_AFTER_FRONTED = re.compile(r"[^,;:“”\"]*,\s+(?:it|he|she|they|we|there|this)\s+(?:[a-z’']+\s+){1,3}")
#: An impersonal frame right before a verb of saying, inside an earlier verb's complement ("said it
#: was difficult to say", "says it is too early to tell"): no one's own verb.
_FRAME_IN_COMPLEMENT = re.compile(
    r"(?<![\w’'-])it(?:[’']s|\s+is|\s+was|\s+would\s+be|\s+will\s+be|\s+seems|\s+seemed)\s+(?:(?:too|very|so|still|far)\s+)?[a-z]+\s+to\s+$"
)
#: What may stand between a reporting verb and that frame: an object, a time, "that" ("told
#: reporters on Monday that"), no punctuation.
_REPORTER_TO_FRAME = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+")
#: A passive's "by" with nothing after it but the quote ("characterised by “…”"): the quote is
#: the words a thing is named by, not its namer.
_BY_RIGHT_BEFORE_QUOTE = re.compile(r"\s+by\s*")
#: "according to its analysis": a source that belongs to the speaker already named.
_OWN_SOURCE = re.compile(r"\s+(?:its|his|her|their|our)\s", re.IGNORECASE)
#: Before a passive "asked" ("when asked about it", "if asked"): that participle clause never
#: governs the quote after it.
_WHEN_BEFORE = re.compile(r"\b(?:when|if|after|once|before|while|as)\s+$", re.IGNORECASE)
#: A definite noun and a name right before a verb: the head of an object relative clause without
#: "that" ("the letter Mike", "the note that Tom Hale"), the verb's object being that noun.
_OBJECT_RELATIVE_HEAD = re.compile(
    r"(?<![\w’'-])[Tt]he\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+(?:that\s+)?(?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+\s+$"
)
#: A noun, "that" or "which", and a subject right before a verb: an object relative clause on a
#: thing ("the report on the contract that the council", "the memo which Ann Roe").
_THING_RELATIVE_HEAD = re.compile(
    rf"(?<![\w’'-])[a-z][\w-]*\s+(?:that|which)\s+{OBJECT_RELATIVE_SUBJECT}\s+$"
)
#: A verb of a document right after the relative clause's verb: the subject's own verb.
_DOCUMENT_VERB_NEXT = re.compile(
    r"\s+(?:(?:also|later|then)\s+)?(?:" + "|".join(sorted(DOCUMENT_VERBS)) + r")(?![\w’'-])"
)
#: A copula right after a word: the word before it is its subject, a noun ("the claims were").
_COPULA_NEXT = re.compile(r"\s+(?:is|are|was|were|remain|remains|remained|seem|seems|seemed)(?![\w’'-])")
#: The end of a relative aside on a thing (``OPEN_WHICH``, "…, which critics called a smear"): a
#: comma before the main clause's copula ("…, was "): the verb inside is the relative clause's,
#: whose subject only spoke of the thing.
_ASIDE_CLOSED_BY_COPULA = re.compile(r"[^,;:“”\"]*,\s+(?:(?:also|still|now)\s+)?(?:is|are|was|were|(?:has|have|had)\s+been|remains?|remained|seems?|seemed)(?![\w’'-])")


def _governing_verb(sentence: str, verbs: list[re.Match[str]], quote: str = "") -> re.Match[str] | None:
    """The speech verb whose complement holds the quote: the last one, unless it is a noun
    (dropped from ``verbs`` in place; ``None`` when none is left) or the quote completes an
    earlier verb (a second complement, a clause fronted in the complement, a source's aside, a
    passive "when asked")."""
    if len(verbs) > 1 and verbs[-1].group().lower() in PLURAL_NOUN_FORMS and _COPULA_NEXT.match(sentence, verbs[-1].end()):
        verbs.pop()  # 'Roe said that the claims were “baseless”': a noun, the copula's subject; Roe speaks
    if _OBJECT_RELATIVE_HEAD.search(sentence, 0, verbs[-1].start()) and _COPULA_NEXT.match(sentence, verbs[-1].end()):
        # 'Martha added that the letter Mike wrote was “kind and loving.”': the verb is inside a
        # relative clause on the copula's subject (the letter); the verb before it, if any, reports
        verbs.pop()
        if not verbs:
            return None
    relative = _THING_RELATIVE_HEAD.search(sentence, 0, verbs[-1].start())
    if relative is not None and (
        _DOCUMENT_VERB_NEXT.match(sentence, verbs[-1].end())
        or len(verbs) > 1 and LEADING_VERB.match(" " + quote) is not None and not sentence[verbs[-1].end() :].strip()
    ):
        # 'The report on the contract that the council wrote found that “…”': the verb is inside a
        # relative clause on the subject, whose own verb of a document (no speech verb) follows;
        # 'Kell said the report that the council wrote “was a whitewash”': the quote goes on
        # with the predicate of the noun the clause is on, in the earlier verb's complement
        verbs.pop()
        if not verbs:
            return None
    if OPEN_WHICH.search(sentence, 0, verbs[-1].start()) and _ASIDE_CLOSED_BY_COPULA.match(sentence, verbs[-1].end()):
        # 'Carlo said the mailing, which critics called a smear, was “…”': the verb is inside a
        # relative clause set off on the copula's subject; the verb before it, if any, reports
        verbs.pop()
        if not verbs:
            return None
    frame = _FRAME_IN_COMPLEMENT.search(sentence, 0, verbs[-1].start()) if len(verbs) > 1 else None
    if frame is not None and _REPORTER_TO_FRAME.fullmatch(sentence, verbs[-2].end(), frame.start()):
        # 'Lee said it was too early to tell …', 'Roe says it is hard to say how …': the frame's verb
        # is inside the complement of the verb right before it, which reports (not the writer's own
        # frame: 'While Dale has not tried to explain it, it's fair to surmise that …')
        verbs.pop()
    if len(verbs) > 1 and verbs[-1].group().lower() in NAMING_VERBS and _BY_RIGHT_BEFORE_QUOTE.fullmatch(sentence, verbs[-1].end()) and PASSIVE.search(sentence, 0, verbs[-1].start()):
        # 'Fox said the rule had been characterised by “…”': the quote is what the rule is named
        # by, no agent who spoke; the verb before reports the naming
        verbs.pop()
    verb = verbs[-1]
    if len(verbs) > 1 and _SECOND_COMPLEMENT.search(sentence):
        # 'Reid told reporters that he had spoken to Johnson and that “…”': the quote is the second
        # complement of the first verb, not of the verb inside the first complement
        first_that = sentence.find(" that ")
        verb = next((v for v in reversed(verbs) if v.end() <= first_that), verb)
    if (
        len(verbs) > 1
        and verbs[-2].group().lower() not in SPEAKER_AFTER
        and _FRONTED_IN_COMPLEMENT.fullmatch(sentence, verbs[-2].end(), verb.start())
        and (
            sentence.rstrip().endswith(",") and "," not in sentence[verb.end() :].rstrip()[:-1]
            or _PRONOUN_CLAUSE_AFTER_FRONTED.fullmatch(sentence, verb.end()) is not None
        )
    ):
        # 'Hale said that unless the rebels promise a ceasefire, “…”': Hale's; so when the
        # complement's own clause starts before the quote ('Hale said that when a reporter asked
        # him about it, it was “…”': not the reporter's words)
        verb = verbs[-2]
    if verb.group().lower() in SPEAKER_AFTER and len(verbs) > 1 and _OWN_SOURCE.match(sentence, verb.end()):
        verb = verbs[-2]  # "said that according to its analysis, …": the source is the speaker's own
    elif verb.group().lower() in SPEAKER_AFTER and len(verbs) > 1 and source_aside(sentence, verbs[-2], verb):
        verb = verbs[-2]  # "Reyes told reporters, according to a pool report, “…”": the aside's source only heard it
    if len(verbs) > 1 and verb.group().lower() == "asked" and _WHEN_BEFORE.search(sentence, 0, verb.start()):
        verb = verbs[-2]  # "Lynch, who told Congress when asked about it: “…”": the finite verb
    return verb


#: The start of a sentence up to a participle that opens it, maybe after a time phrase and a
#: preposition ("Speaking", "One month after announcing", "Despite saying"; not "…, saying").
_FRONTED_PARTICIPLE = re.compile(
    r"\W*(?:(?:[\w’'-]+\s+){0,4}?(?:after|before|since|while|when|despite|without|upon|by)\s+)?",
    re.IGNORECASE,
)
#: A second main clause after the speech verb's, its subject a noun or a name (not "that", which
#: opens a second complement), whose verb asks "if" or "whether" up to the quote: ", and the ethics
#: committee is investigating if he ", ", but the board reviewed whether she ".
_OWN_CLAUSE_QUESTION = re.compile(
    r",\s+(?:and|but)\s+(?!that\b)(?:the|a|an|its|his|her|their|[A-Z])[^,;:“”\"]{0,60}?\s"
    r"(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]+ing|(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|es))(?:\s+(?:into|at))?\s+(?:if|whether)\s[^,;:“”\"]*$"
)
#: After an inverted cue set off by commas, its speaker and the main clause's copula ("…, writes
#: Nora Beyer, is “…”").
_ASIDE_THEN_COPULA = re.compile(r"\s+([^,;:]{2,60}?),\s+(?:is|are|was|were|remains|remained)\s*$")
#: An impersonal frame opening its clause right before the speech verb ("it's fair to", "It is safe
#: to", ", but it would be wrong to"): no subject speaks.
_IMPERSONAL_FRAME = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:but|and|so|yet)\s+)[Ii]t(?:[’']s|\s+is|\s+was|\s+would\s+be|\s+seems)\s+(?:[a-z]+\s+){1,2}to\s+$"
)
#: "…, whose tweets", "…, whose latest remarks": a relative "whose" and its noun phrase right
#: before the speech verb (group 2: the head noun).
_RELATIVE_WHOSE = re.compile(r",?\s+whose((?:\s+[a-z][\w-]*){0,2}?)\s+([a-z][\w-]*)\s*$")
#: Nouns of words spoken or written that are not speech-verb forms.
_SAYING_NOUNS = frozenset({"word", "remark", "speech", "writing", "lyric", "verse", "sermon", "column"})


def _clause_frames(sentence: str, verb: re.Match[str], word: str, before: str) -> Reading | None:
    """Clauses around the verb that take the quote from its subject: a main clause of its own
    after it (a question, a later subject's view), an inverted cue set off inside the subject, the
    writer's impersonal frame, a relative "whose" on a text."""
    if _OWN_CLAUSE_QUESTION.search(sentence, verb.end()):
        # 'Media reported Kell used the funds, and the committee is investigating if he “…”': a main
        # clause of its own after the verb's, whose question holds the quote; the verb does not report it
        return None, None
    # after a participle ('One month after announcing his support for Kell, Senator Roe still
    # believes “…”') a clause after a plain comma is the main clause, not the participle's complement
    fronted_participle = word.endswith("ing") and _FRONTED_PARTICIPLE.fullmatch(before) is not None
    later_clause = (
        last_clause_speaker(sentence[verb.end() :], coordinated_only=not fronted_participle, whole=False)
        if fronted_participle or not word.endswith("ing")
        else None
    )
    if later_clause is not None:
        # 'Republicans have argued that …, but Democrats have pushed for “…”', 'Weld describes it as
        # X, and Johnson talks about “…”': a clause of its own after the verb's, its subject holding
        # the view or the words its verb takes as object (the earlier verb's subject is another)
        return later_clause, word
    set_off = _ASIDE_THEN_COPULA.match(sentence, verb.end()) if word in INVERTIBLE and before.rstrip().endswith(",") else None
    if set_off is not None:
        # 'The biggest reason clients leave, writes Nora Beyer, is “…”': an inverted cue set off
        # inside the subject; its speaker is the one after the verb, not the subject
        set_off_speaker = head_of_segment(set_off.group(1))
        if set_off_speaker is not None and set_off_speaker.kind in {"name", "description"}:
            return set_off_speaker, word
    if _IMPERSONAL_FRAME.search(before):
        # "…, it's fair to surmise that “the king” is Elvis", "but it is safe to say": the writer's
        # own frame, no one's words (not "Reyes said it was fair to say", reported speech)
        return None, None
    whose = _RELATIVE_WHOSE.search(before) if not word.endswith("ing") else None
    if whose is not None:
        # 'Dana Fry, whose tweets mock “…”': the owner wrote the words, when the head is a text or
        # a word of saying; "whose spokesman said" is someone else, whom the sentence does not name
        said = whose.group(2).lower()
        text = said in SPEECH_NOUN_FORMS or said in DOCUMENT_NOUNS or said.rstrip("s") in DOCUMENT_NOUNS | _SAYING_NOUNS
        return (who_antecedent(before[: whose.start()]) if text else None), word
    return None


#: A short phrase ending in an -s form of a speech verb right before the speech verb, opening its
#: clause ("News reports said", "Witness accounts say"; group 1 the phrase, group 2 the -s form).
_SPEECH_NOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|that)\s+)((?:[\w’'-]+\s+){1,3}?([a-z]+s))\s+$")
#: A finite verb right after a word: an auxiliary, a past in -ed or a document's verb ("found").
_VERB_NEXT = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|do|found|show|showed|[a-z]+ed)(?![\w’'-])"
)


def _speech_noun_subject(sentence: str, verb: re.Match[str], word: str, before: str) -> Reading | None:
    """A plural speech noun opening the clause as its subject ("News reports said", "Committee
    reports found"): the reports' authors, read as a whole phrase (not "News")."""
    reports = _SPEECH_NOUN_SUBJECT.search(before) if not word.endswith("ing") else None
    if word in SPEECH_NOUN_FORMS and word.endswith("s") and _VERB_NEXT.match(sentence, verb.end()):
        # "Committee reports found the agency “…”": a noun before the clause's verb, its subject
        # (not "which Will claims affirmed": a name's verb with its clause)
        opening = _SPEECH_NOUN_SUBJECT.search(sentence[: verb.end()] + " ")
        compound = speech_noun_subject(opening.group(1)) if opening is not None else None
        if compound is not None:
            return compound, word
    plural_subject = speech_noun_subject(reports.group(1)) if reports is not None and reports.group(2).lower() in SPEECH_NOUN_FORMS else None
    if plural_subject is not None:
        return plural_subject, word  # "News reports said": not "News"
    return None


#: A possessive, maybe with one plain word, right before a speech-verb form: "The mayor's reply",
#: "Stroud's only answer" (the form is a noun).
_OWNER_RIGHT_BEFORE = re.compile(r"\w[’']s?(?:\s+[a-z]+)?\s+$")
#: What ``_OWNER_RIGHT_BEFORE`` also matches that is a verb's contraction, no owner: "he’s",
#: "that’s" ("he’s predicting that …").
_CONTRACTION_RIGHT_BEFORE = re.compile(r"(?<![’'\w])(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hat|[Ww]ho|[Tt]here|[Ww]hat|[Hh]ere)[’']s(?:\s+[a-z]+)?\s+$")
#: The colon that hands a quote over, right after a word, or after the words' topic or listener
#: ("'s warning on the debate:"); a question mark or a dash ending the words before the quote hands
#: it over too ("One voter's warning?", "the aide's warning —"), and so does their end, when the
#: sentence closed there ("The aide's warning?" read up to its mark).
_COLON_NEXT = re.compile(r"\s*:|(?:\s+(?:to|for|on|about|of)\s+[^,;:.!?“”\"—–]{1,60}?)?\s*(?::|\?|—|–|--?)?\s*$")


def _owned_speech_noun(
    sentence: str, verbs: list[re.Match[str]], verb: re.Match[str], word: str, before: str, quote: str, previous: Mention | None
) -> Reading | None:
    """A speech-verb form that is a noun after its owner ("The mayor's reply was simple: “…”") or
    after a determiner: the owner or the subject of the clause's own verb speaks, not the words
    read as the form's subject; an -s form after an owned speaker stays a verb."""
    owner_then = _OWNER_RIGHT_BEFORE.search(before)
    plural_people = owner_then is not None and plural_of_people(before.split()[-1]) and not word.endswith("s")
    # "The mayor’s spokesman says", "the special counsel’s indictment says": an owned noun of one who
    # speaks or a text before an -s form is its subject, the form a verb
    last_word = before.split()[-1] if before.split() else ""
    owned_speaker = (
        owner_then is not None and word.endswith("s") and last_word.islower() and not last_word.endswith(("’s", "'s", "’", "'")) and can_speak(last_word)
    )
    # an -ing form right after its owner, the quote's colon right after it, is a noun too ("The
    # jurors heeded the judge's warning: “…”"; not "he’s predicting that …", "Kell’s warning that …")
    noun_form = word in SPEECH_NOUN_FORMS or (
        word.endswith("ing") and _CONTRACTION_RIGHT_BEFORE.search(before) is None and _COLON_NEXT.match(sentence, verb.end()) is not None
    )
    if noun_form and owner_then is not None and not plural_people and not owned_speaker and not SPEECH_VERB.search(sentence, verb.end()):
        # (not "Roe's aides say the campaign is …": a plural of people before the bare form is
        # its subject, and the form a verb)
        if len(verbs) > 1 and noun_subject_of_quote(sentence, verb, quote):
            # 'Kollar-Kotelly said the administration’s reasons for the ban “do not appear to be
            # …”': the owned noun is the reported clause's subject, the quote its predicate; the
            # verb before reports it
            return _head_attribution(sentence[: verb.start()], "", previous)
        # "The mayor's reply was simple: “…”": a noun after its owner, who is the speaker, if any
        owner = possessive_introduction(sentence)
        return (owner, word) if owner is not None else (None, None)
    governing = subject_of_speech_noun(before, word)
    if governing is not None:
        return subject_before(governing), word
    return None


#: A subordinate clause whose subject is the writer's "I" or "we" right before the speech verb
#: ("so long as I say", "if we ever tell").
_FIRST_PERSON_CLAUSE = re.compile(
    r"\b(?:(?:so|as)\s+long\s+as|if|when|whenever|unless|because|once|until)\s+(?:I|we)\s+(?:[a-z]+ly\s+|ever\s+|never\s+|first\s+)?$"
)
#: A subject pronoun right before the speech verb (an -ly adverb or one of time or addition
#: between): it is the verb's subject however the clause before it runs ("… at a heckler as she
#: angrily said", "When he returned he then said").
_PRONOUN_RIGHT_BEFORE = re.compile(r"(?<![\w’'])([Hh]e|[Ss]he)\s+(?:(?:[a-z]+ly|then|later|also|again|first|once)\s+)?$")
#: A clause of time whose subject is a short description right before the verb ("as her supporters
#: chanted", "while the crowd sang"; group 1 the description, group 2 its head).
_DESCRIBED_RIGHT_BEFORE = re.compile(
    r"\s(?:as|while|when)\s+((?:the|his|her|their|its|some|many|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]+))\s+(?:[a-z]+ly\s+)?$"
)
#: "as they shouted", "while they chanted": a "they" opening a clause right before the verb.
_THEY_RIGHT_BEFORE = re.compile(r"\s(?:as|while|when)\s+they\s+(?:[a-z]+ly\s+)?$")


def _subject_right_before(before: str, word: str) -> Reading | None:
    """A subject right before the verb that is the verb's own whatever the clause before it: the
    writer's "I"/"we" of a subordinate clause, "he"/"she", "they" or people opening a clause of
    time, the object of a causative verb ("prompted the Ledger to declare")."""
    if not word.endswith("ing") and _FIRST_PERSON_CLAUSE.search(before):
        # 'Asking staff for logs is fine so long as I say, “…”': the clause's own subject, the
        # writer, says it (nobody we name), never the gerund the sentence opens on
        return None, None
    adjacent = _PRONOUN_RIGHT_BEFORE.search(before) if not word.endswith("ing") else None
    if adjacent is not None:  # 'jabbing her finger at a heckler as she angrily said, “…”'
        return Mention("pronoun", adjacent.group(1).lower()), word
    they = _THEY_RIGHT_BEFORE.search(before) if not word.endswith("ing") else None
    if they is not None:
        return subject_they_means(before[: they.start()]), word
    crowd = _DESCRIBED_RIGHT_BEFORE.search(before) if not word.endswith("ing") else None
    if crowd is not None and people_head(crowd.group(2)):
        # 'Weller took the stage as her supporters chanted “…”': the clause of time has a subject of
        # its own, people who speak (not the main clause's)
        return Mention("description", crowd.group(1)), word
    caused = _CAUSED_TO.search(before + ("to " if word.startswith("to ") else ""))
    made = caused_speaker(caused.group(1)) if caused is not None else None
    if made is not None:
        return made, word  # 'The scandal prompted the Daily Ledger to declare, “…”'
    return None


#: "as" right before a participle of saying ("As noted by …", "…, as stated by …").
_AS_RIGHT_BEFORE = re.compile(r"(?:^|[\s,(—–])[Aa]s\s+$")
#: The agent after such a participle, set off by a comma, a dash or a parenthesis (group 1).
_AS_BY_AGENT = re.compile(r"\s+by\s+([^,;:()—–“”\"]{2,60}?)\s*[,)—–]")
#: A dash setting off an aside: an em or en dash, or a spaced hyphen or double hyphen.
_DASH = re.compile(r"[—–]|\s--?\s")
#: A source phrase, its comma and a name with nothing after it but the quote: the name is the
#: subject of the clause the quote completes, not in apposition to the source (group 1: the source).
_SUBJECT_AFTER_SOURCE = re.compile(rf"(\s*[a-z][^,;:“”\"]*?),\s*(?:{NAME_TOKEN})(?:[ \t]+{NAME_TOKEN}){{0,3}}\s*")


#: An aside opened by a dash and "as", up to the verb ("— as Kell "; group 1 its subject).
_AS_DASH_ASIDE = re.compile(r"(?:[—–]|\s--?)\s*as\s+([^—–,;:“”\"]{2,60}?)\s*$")
#: Nothing but the quote's "to" after the aside's closing dash.
_TO_QUOTE = re.compile(r"\s*(?:to\s*)?")


def _source_reading(sentence: str, verb: re.Match[str], word: str, before: str) -> Reading | None:
    """Cues that name the source after the verb, never before it: an aside set off by dashes,
    "as noted by X", a passive's agent ("was told by X"), "according to X"."""
    closing_dash = _DASH.search(sentence, verb.end()) if ("—" in before or "–" in before or " -" in before) and len(_DASH.findall(before)) % 2 else None
    if closing_dash is not None and word in SPEAKER_AFTER and not sentence[closing_dash.end() :].strip():
        # 'The code would include — according to the bill's notes — “…”': the aside's source
        # closes right before the quote, whose words it gives
        return source_of(word, phrase_after(sentence[verb.end() : closing_dash.start()])), word
    aside = _AS_DASH_ASIDE.search(before) if closing_dash is not None and word not in SPEAKER_AFTER else None
    if aside is not None and closing_dash is not None and _TO_QUOTE.fullmatch(sentence, closing_dash.end()):
        # 'The app aims — as Kell puts it — to “…”': the source's aside closes right before the
        # quote (maybe its "to"), which goes on with no verb of the sentence's own; its words
        who = subject_before(aside.group(1) + " ")
        return (who, word) if who is not None and who.kind in {"name", "description", "pronoun"} else (None, None)
    if closing_dash is not None:
        return None, None  # "Spicer -- as Clinton's campaign noted -- has taunted …": an aside's verb
    as_by = _AS_BY_AGENT.match(sentence, verb.end()) if _AS_RIGHT_BEFORE.search(before) else None
    if as_by is not None:
        # 'As noted by Mayor Ida Fenn, the plan is “…”', 'The plan is, as stated by the audit office,
        # “…”': the agent is the source of the sentence's words (never the sentence's subject)
        as_agent = head_of_segment(as_by.group(1))
        return (as_agent, word) if as_agent is not None and as_agent.kind in {"name", "description"} else (None, None)
    if PASSIVE.search(before) and not word.endswith("ing"):
        # 'Reporters were told that "…"': the listeners, not the speaker; the agent, if named
        # ('The Ledger was told by Sen. Dan Kline that “…”')
        by_agent = passive_agent(sentence[verb.end() :])
        return (by_agent, word) if by_agent is not None else (None, None)
    if word in SPEAKER_AFTER:
        source = sentence[verb.end() :]
        clause_subject = _SUBJECT_AFTER_SOURCE.fullmatch(source)
        if clause_subject is not None and head_of_segment(clause_subject.group(1)) is not None:
            # 'According to his lawyer, Tom Weller “has done nothing wrong.”': the name after the
            # comma opens the clause the quote ends (no comma closes it as an apposition); the
            # source is the one the words came from
            source = clause_subject.group(1)
        return source_of(word, phrase_after(source)), word
    return None


#: A lead-in closed by a colon before the speech verb's own clause, which opens in a capital or a
#: determiner: "One thing was clear: the superintendent said …", "But consider yourself warned: Ms.
#: Lutz said …". The verb's subject stands after the colon, never in the lead-in.
_COLON_LEAD_IN = re.compile(r"[^:“”\"·]{3,100}?:\s+(?=[A-Z]|(?:the|an?|he|she)\s)")
#: A relative clause set off by a comma and still open at the lead-in's colon, and a title's
#: capitalised words after the colon closing it with a comma: the colon is inside the title ("The
#: actor, whose films include Star Wars: The Lost Moon, said"), no lead-in's.
_OPEN_RELATIVE = re.compile(r",\s+(?:who|whose|which|whom)\s[^;:]*:\s*$")
_TITLE_CLOSING_ASIDE = re.compile(r"[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|the|and|in|on|a|an)){0,6}\s*,\s*")


def _whole_opening_subject(before: str, mention: Mention) -> Mention:
    """The sentence's opening subject when the reader back from the verb cut it short: "One of the
    aides took to Twitter to say" -> one of the aides (not "one"), "A spokesman for the governor
    took to Twitter to say" -> a spokesman for the governor. Only a longer phrase that opens the
    clause and begins with the words read."""
    said, written = mention.text.lower(), " ".join(before.lower().split())
    if not written.startswith(said + " ") or written[len(said) + 1 :].split(" ", 1)[0] not in _COMPLEMENT_OPENERS:
        return mention  # (a cheap test first: most subjects are read whole)
    opening = leading_np(before)
    if opening is None or opening.kind != "description" or len(opening.text) <= len(mention.text):
        return mention
    whole = opening.text.lower()
    if not (whole.startswith(said + " ") and written.startswith(whole + " ")):
        return mention
    return opening if _COMPLEMENT_OF_SUBJECT.fullmatch(opening.text[len(said) :]) else mention


#: Words that open a complement after a subject's head ("of the aides", "close to the campaign").
_COMPLEMENT_OPENERS = frozenset("of for to at with from in on close familiar near loyal opposed".split())
#: What may lengthen a subject the reader back from the verb cut short: a complement after a
#: preposition, maybe after "close" or "familiar" ("of the aides", "for the governor", "close to the
#: campaign"), with a determiner and its noun or a capital after it (not "to head the department": a
#: verb; not "many of those", whose participle was cut off), or
#: one or two lower-case words after "of" or "for" ("the secretary of state").
_COMPLEMENT_OF_SUBJECT = re.compile(
    r"\s+(?:(?:of|for)\s+(?:[a-z]+\s+)?(?!(?:those|these|them|us|this|that)$)[a-z]+|(?:(?:close|familiar|near|loyal|opposed)\s+)?(?:of|for|to|at|with|from|in|on)\s+"
    r"(?:(?:the|a|an|his|her|their|its|our|this|that|these|those)\s+[\w’'-]|[A-Z])[^,;:—–()“”\"]*)"
)


def _subject_of_clause(
    sentence: str, verbs: list[re.Match[str]], verb: re.Match[str], word: str, before: str, previous: Mention | None
) -> Reading:
    """The plain reading of ``X said``: the subject of the verb's clause (after a relative clause's
    readers), corrected for a description in apposition to a name, an abstract or a thing subject
    (whose words are an earlier verb's subject's), and a clause of time's subject."""
    if (reading := relative_clause_reading(sentence, verb, word, before)) is not None:
        return reading
    lead_in = _COLON_LEAD_IN.match(before) if word not in NAMING_VERBS else None  # not "a play called “…”"
    if lead_in is not None and _OPEN_RELATIVE.search(before, 0, lead_in.end()) and _TITLE_CLOSING_ASIDE.fullmatch(before, lead_in.end()):
        lead_in = None  # "The actor, who starred in Star Wars: The Lost Moon, said": a title's colon
    if lead_in is not None and subject_before(before[lead_in.end() :]) is not None:
        before = before[lead_in.end() :]  # 'One thing was clear: the superintendent said …': the verb's clause
    # (not the opening's reading of an aside set off by dashes, before a subject we cannot read:
    # "On flood maps - a frequent complaint of builders - software firms are quick to say")
    mention = subject_before(before) or full_name_right_before(before) or inner_clause_body(before)
    if mention is None and not aside_before_last_words(before):
        # (not before a clause of time whose subject is a group: 'Melania Trump smiled as the
        # Trump campaign insisted “…”' is the campaign's, never hers)
        mention = leading_np(before, next_verb=word)
    elif mention is not None and mention.kind in {"unnamed", "description"} and before.lstrip()[:1].isupper():
        mention = _whole_opening_subject(before, mention)
    if mention is not None and mention.kind == "description":
        # 'said Rep. Omar Kessel, a Democrat who said that …': the description in apposition to
        # the name is the name's person, not "a Democrat"
        apposed = re.search(rf"((?:[{UPPER}][\w.’'-]*\s+){{0,4}}[{UPPER}][\w’'-]*)\s*,\s+{re.escape(mention.text)}\s*,?\s+who\b", before) if " who" in before else None
        named = name_right_before(apposed.group(1)) if apposed is not None else None
        if named is not None and len(named.text.split()) > 1:
            mention = named
    if mention is not None and abstract_subject(mention) and word not in PLAIN_REPORTING:
        # 'Roe said the vote was “…” and that the surge in hate demanded a response “…”': an
        # abstract thing says nothing; the words are the earlier verb's subject's, if its
        # complement holds this clause, else no one's we can name
        earlier = [v for v in verbs[:-1] if not v.group().lower().endswith("ing")]
        outer = subject_before(sentence[: earlier[-1].start()]) if earlier and " that " in sentence[earlier[-1].end() : verb.start()] else None
        return (outer, earlier[-1].group().lower()) if outer is not None and outer.kind in {"name", "pronoun"} else (None, None)
    if mention is None or not (mention.kind == "name" or mention.is_he_or_she):
        # 'The room went quiet as Tom Reyes rose to speak.': the verb ends the clause of time,
        # whose subject speaks (not "the room")
        mention = inner_clause_subject(before) or mention
    if mention is not None and len(verbs) > 1 and thing_subject(mention) and not document_words(mention.text):
        that = sentence.rfind(" that ", verbs[-2].end(), verb.start())
        if that >= 0:
            # 'The board opposes it, arguing that the information now available assures officers
            # “…”': a thing assures no one in words; the verb whose "that" clause holds it speaks
            return _head_attribution(sentence[:that] + " ", "", previous)
    if mention is not None:
        return mention, word
    document = fronted_document(sentence)
    if document is not None:
        return document, word  # 'In her profile on the website it says she was “…”': the profile's
    if word in NAMING_VERBS:  # "and called it 'x'": the phrase after is the object
        return previous, word
    return None, None


