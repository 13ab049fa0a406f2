"""Attribution after a quote: '“…,” said X', '“…,” X said', '“…,” according to X'.

The commonest news form, read first: the words right after the closing mark, up to a short clause
(calibrated on hand-written news sentences), name the speaker or show that the quote is someone's
object rather than their words.

What it shares or leaves to others is beside it: ``tail_clauses`` (what the words between the
closing mark and the verb are), ``cue_sources`` (the source after "according to", a passive's
agent, the verbs that invert or name a listener; the readers before a quote use them too),
``closing_attribution`` (a cue closing the sentence after more text) and ``quote_signatures`` (a
quote signed after a dash).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .closing_attribution import name_before_open_role
from .cue_sources import CLAUSE_ENDS, INVERTIBLE, OBJECT_PRONOUN, PASSIVE, passive_agent, source_of
from .document_attribution import document_after
from .inverted_speakers import phrase_after
from .masked_sentences import SPACES, WORD, first_sentence
from .mention import Mention
from .name_cleaning import SHORT_NAME, UPPER
from .quoting_frames import passive_quoting, quoted_one
from .speaker_heads import head_of_segment
from .speakers import TIME_OPENER, subject_before
from .speech_lexicon import (
    ADDRESSEE_VERBS,
    AMBIGUOUS_THIRD_PERSON,
    ANSWER_VERBS,
    INTRO_WORDS,
    SPEAKER_AFTER,
    SPEECH_NOUN_FORMS,
)
from .speech_nouns import speech_noun_subject
from .speech_verbs import SPEECH_VERB, first_verb
from .tail_clauses import (
    appositive_subject,
    bare_cue_after_stop,
    fronted_phrase,
    no_speaker_before,
    owned_thing,
    subject_phrase,
    verb_after_aside,
)
from .unlisted_cues import unlisted_cue

#: How far after a quote the attribution verb may come ("..., Gilberthorpe said") — in words.
#: Calibrated on hand-written news sentences: attributions follow within a short clause.
_TAIL_VERBWORDS = 8


#: A purpose infinitive's "to" after a noun ("… in reserve to reassure"), not after a word that
#: takes the verb as its complement ("was quick to add", "went on to say", "declined to comment").
_PURPOSE_TO = re.compile(
    r"\s(?!(?:quick|quicker|ready|eager|keen|careful|able|on|hastened|rushed|moved|declined|refused|wanted|wants|"
    r"tried|seemed|appeared|happy|glad|sure|first|last|only|likely|set|due|going|went|continued|began|decided)\s)"
    r"[a-z]+\s+to\s+$"
)


#: "as" and a source's phrase before its verb after a quote ("as the Times put it"), maybe with
#: an apposition set off by commas ("as Ann Weller, the group's director, said").
#: Only a comma between a source's clause and the next quote, which goes on with the words.
_COMMA_BEFORE_NEXT_QUOTE = re.compile(r"\s*,\s*")
_AS_SOURCE = re.compile(r"\s*as\s+((?:the\s+|one\s+|an?\s+)?[^\s,;:][^,;:]{0,60}?)(?:\s*,\s+[^,;:“”\"]{1,80},)?\s*")
_AS_SOURCE_WORDS = frozenset(
    "put it|puts it|said|says|noted|notes|wrote|writes|observed|observes|reported|reports|quipped|quips|remarked|remarks".split("|")
)


#: Most words before the speech verb of a bare attribution sentence ("Senator Mara Quill said.").
_BARE_SUBJECT_WORDS = 4


def attribution_after_question(tail: str) -> tuple[Mention | None, str | None]:
    """'“My concern is …” of the child credit? Rubio said.': a question (or exclamation) that
    opened with the quote, the quote stopping inside it, and a bare attribution sentence after it
    (a name, its speech verb, at most a time or a place): the question is the named speaker's, so
    the quote is. ``tail`` is the masked text after the quote, whose own sentence must hold no cue
    and no further quote (the caller checks that the quote opened its sentence)."""
    clause = first_sentence(tail)
    rest = tail[len(clause) :]
    if not rest.startswith(("?", "!")) or SPEECH_VERB.search(clause) or any(c in clause for c in "“”\"·"):
        return None, None
    following = first_sentence(rest[1:])
    verb = SPEECH_VERB.search(following)
    if verb is None or verb.group().lower().endswith("ing") or not CLAUSE_ENDS.fullmatch(following, verb.end()):
        return None, None
    subject = following[: verb.start()]
    if not subject.strip() or len(WORD.findall(subject)) > _BARE_SUBJECT_WORDS:
        return None, None
    mention = subject_before(subject)
    return (mention, verb.group().lower()) if mention is not None and mention.kind == "name" else (None, None)


#: A "that" clause right after the verb, maybe after a day or a time ("said Friday that", "said
#: last week that", "said that"; not "said that evening").
_THAT_CLAUSE_AFTER = re.compile(
    r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:last|this)\s+[a-z]+\s+|[a-z]+day\s+)?"
    r"that\s+(?!(?:day|night|evening|morning|afternoon|week|time|year)\b)"
)


@lru_cache(maxsize=256)  # a page's worth: the same tail is read again for a quote's later checks
def tail_attribution(
    tail: str, ended: str, *, utterance: bool = False, title: bool = False, opens_sentence: bool = False
) -> tuple[Mention | None, str | None]:
    """``..." said X`` / ``..." X said`` / ``..., according to X`` right after the quote.

    ``utterance``: the quote closes with its own comma, question or exclamation mark, so a verb
    form right after it that is more often a noun ("answers", "promises", "jokes") is an inverted
    verb when a name follows ('“…,” promises Mayor Lee Ortiz'); after a title or a slogan it is
    the verb of the quote as subject ('“The Crown” promises Netflix viewers …'). So is a subject
    and any past-tense verb (``unlisted_cues``), unless the words are ``title``-cased: a title
    closed by a comma is no utterance ('“Hamilton Goes West,” Ravel premiered in 2015').

    ``opens_sentence``: nothing of its sentence stands before the quote, so a reply's cue set
    after it may be its own ('“Yes.” Weller replied, “…”'; not 'Kell asked Ali whether “….” Ali
    replied, “…”', whose question has its cue before it)."""
    clause = first_sentence(tail)
    if utterance:
        ambiguous = _AMBIGUOUS_INVERTED.match(clause)
        if ambiguous is not None:
            named = phrase_after(clause[ambiguous.end() :])
            if named is not None and named.kind == "name":
                return named, ambiguous.group(1).lower()
    if utterance:
        subject_first = _SUBJECT_THEN_AMBIGUOUS.match(clause) or _SUBJECT_THEN_CLOSING_VERB.match(clause)
        if subject_first is not None:
            # '“…,” he emails.', '“…,” Kerr tweets.': a subject right before the -s form, and
            # nothing after it: a verb, not the plural noun
            who = subject_first.group(1)
            said = subject_first.group(2).lower()
            if who.lower() in {"he", "she", "they"}:
                return Mention("pronoun", who.lower()), said
            named = subject_before(who + " ")
            if named is not None and named.kind == "name":
                return named, said
    reply = _REPLY_OF.match(clause)
    if reply is not None:  # '“No,” was Kell's one-word reply.', '“Never,” came the reply from Kell.'
        owner = head_of_segment(reply.group("owner") or reply.group("source") or "")
        return (owner, reply.group("noun")) if owner is not None and owner.kind in {"name", "description"} else (None, None)
    put_by = _HOW_PUT_BY.match(clause)
    if put_by is not None:
        # '“…,” is how the findings were described to me by Ann Roe, the group's director': the
        # passive's agent put it so
        owner = head_of_segment(put_by.group("who"))
        return (owner, put_by.group("verb").lower()) if owner is not None and owner.kind in {"name", "description"} else (None, None)
    how = _HOW_PUT.match(clause)
    if how is not None and not SPEECH_VERB.search(clause, how.end()):
        # '“…,” was how Dorsey described it to friends.', 'is how Mayor Ada Quinn summed it up'; not
        # '“…” is how the report put it, added Lena Kessel': the report's words, as she gives them
        owner = head_of_segment(how.group("who"))
        return (owner, how.group("verb").lower()) if owner is not None and owner.kind in {"name", "description", "pronoun"} else (None, None)
    said_to = _SAID_TO_HAVE.match(clause)
    if said_to is not None and SPEECH_VERB.fullmatch(said_to.group(2)):
        return subject_before(said_to.group(1)), said_to.group(2)  # '“…,” Kell is said to have told friends.'
    verb = SPEECH_VERB.search(clause) or _TAIL_ONLY_VERB.search(clause)
    if verb is not None and verb.group().endswith("ing"):
        verb = verb_after_aside(clause, verb)
    if verb is not None and verb.group().lower() in {"cited", "cites", "quoted", "quotes"}:
        participle = SPEECH_VERB.search(clause, verb.end())
        quoted = quoted_one(clause[: participle.start()]) if participle is not None and participle.group().endswith("ing") else None
        if quoted is not None and participle is not None:
            return quoted, participle.group().lower()  # '“…,” the agency cited Ana Reyes as telling reporters.'
    plural_noun = False
    if verb is not None and verb.group().lower() in SPEECH_NOUN_FORMS and verb.group().endswith("s"):
        spaces = SPACES.match(clause, verb.end())
        after = SPEECH_VERB.match(clause, spaces.end()) if spaces is not None and spaces.end() > verb.end() else None
        if after is not None:
            verb, plural_noun = after, True  # '“…,” the reports said': a plural noun, the verb's subject
    if verb is not None and _OF_BEFORE.search(clause, 0, verb.start()):
        return None, None  # '“…,” drew thousands of replies': a plural noun after "of", no verb
    if (
        verb is not None
        and verb.group().lower() in SPEECH_NOUN_FORMS
        and _POSSESSIVE_RIGHT_BEFORE.search(clause, 0, verb.start())
        and _NOUN_PHRASE_ENDS.match(clause, verb.end())
    ):
        # '“…” over Ann Weller's caution.': a noun owned closing its phrase, no verb (not 'Calling
        # it “…”, the Ledger's praise was typical', whose owned noun is the subject of a verb)
        return None, None
    if verb is not None and verb.group().endswith("s") and _RESPONSE_DRAWN.search(clause, 0, verb.start()):
        return None, None  # '“…”, a result which drew murmurs from the floor': the response drawn, no verb
    if (
        verb is not None
        and verb.group().endswith("s")
        and not verb.group().endswith("ss")
        and not WORD.search(clause, 0, verb.start())
        and _PREPOSITION_NEXT.match(clause, verb.end())
    ):
        return None, None  # 'he has received “thank you” calls from two people': the quote names the calls
    if not verb:
        found = document_after(clause, ended=ended)
        return unlisted_cue(clause, utterance=utterance and not title, ended=ended) if found[0] is None else found
    # a passive frame before a participle is no distance ('“…,” Reyes was quoted by the Ledger as saying')
    subject_part = _HEARD.sub("", clause[: verb.start()]) if verb.group().endswith("ing") else clause[: verb.start()]
    fronted = _TAIL_CONDITION.match(clause, 0, verb.start()) or fronted_phrase(clause, verb.start()) if not ended and not verb.group().endswith("ing") else None
    rest = clause[verb.end() :]
    if fronted is not None and len(WORD.findall(rest)) <= 4 and not _AUXILIARY.search(rest) and subject_phrase(clause[fronted.end() : verb.start()]):
        # '“He will be charged” when he lands, Tunde Mbeki, head of the port police, told reporters':
        # the condition belongs to the quoted sentence; the phrase after its comma is the verb's
        # subject (not a pronoun inside the condition, nor nobody for the distance)
        named = subject_before(clause[fronted.end() : verb.start()])
        if named is not None and named.kind in {"name", "description"}:
            return named, verb.group().lower()
    far = len(WORD.findall(subject_part)) > _TAIL_VERBWORDS
    if far and (not appositive_subject(clause[: verb.start()]) or _PURPOSE_TO.search(subject_part)):
        # (nor, far from the quote, an infinitive: '“hard” amid …, £6bn of which the Chancellor
        # wants to hold in reserve to reassure markets' has no cue)
        return None, None
    if ended and _NEW_SENTENCE.match(tail) and not re.match(r"\s+[a-z]", tail):
        # '... states." But other Democrats said' starts a new sentence; '..?" Trump asked' may not,
        # nor '…!" State Senator Jeff Mason said' (a subject phrase with no verb of its own); a dash
        # may open the next item of a list ('….” — Companies plowed …, according to X')
        if ended == "." and bare_cue_after_stop(clause, verb) and _closed_by_stop(tail, clause, reply=opens_sentence):
            pass  # '… aplomb.' Meacham concluded in an interview.': the cue with its comma lost
        elif _SO_SAYS.match(clause):
            pass  # '“…” So says Ann Roe, who …': a sentence of its own that credits the one before
        elif ended == "." or (len(WORD.findall(clause[: verb.start()])) > 3 and not subject_phrase(clause[: verb.start()])):
            return None, None
        if _REPORTED_CONTENT.match(clause, verb.end()):
            # '…!” She replied to him that it was an “honor …”': a new sentence whose verb has
            # its own reported content, not the attribution of the quote before it
            return None, None
    before = clause[: verb.start()].lstrip(" ,—–-")
    if not utterance and _RELATIVE_THEN_VERB.search(clause, 0, verb.start()):
        # 'Sessions said he “has no reason to doubt” five women who have accused Moore': the verb of
        # a relative clause on the quote's object, no cue
        return None, None
    if _CHARGE_THAT.search(clause, 0, verb.start()):
        # '“rigged” against him, a charge that party leaders denied': the quote is the charge,
        # and the relative clause's subject answers it
        return None, None
    if _OBJECT_RELATIVE.match(clause) and verb.group().lower() not in _RELATIVE_REPORTING:
        # '“…”, both of which Mrs. Kell praised on Tuesday', '“…,” which the mayor rejected': the
        # relative's subject answers what the quote says; the words are someone else's
        return None, None
    if WORD.search(before) and _ELIDED_SUBJECT.search(before):
        # 'Ali admitted he would have to “tone down” the contest, but said …': the second verb's
        # subject is left out, the sentence's own before the quote, not the object after it ('… of
        # him “missing” the top of the tower and asked users to help')
        return None, None
    source = _AS_SOURCE.fullmatch(before) if verb.group().lower() in _AS_SOURCE_WORDS else None
    if source is not None and (CLAUSE_ENDS.fullmatch(clause, verb.end()) or clause == tail and _COMMA_BEFORE_NEXT_QUOTE.fullmatch(clause, verb.end())):
        # '“…,” as the New York Times put it on Tuesday.', '“…,” as one analyst noted': the source
        # of the words, in a clause of its own that ends the sentence or interrupts the quote
        # ('“…,” as the Ledger reported, “…”': both parts the Ledger's)
        named = head_of_segment(source.group(1))
        return (named, verb.group().lower()) if named is not None and named.kind in {"name", "description", "pronoun"} else (None, None)
    if ";" in clause[: verb.start()] and (_REPORTED_CONTENT.match(clause, verb.end()) or _OWN_OBJECT.match(clause, verb.end()) and verb.group().lower() not in _LISTENER_VERBS):
        # '… comments that “…”; he also notes that …', '“painful” turn; Ann Lowe says that …': a
        # clause of its own after the semicolon, whose verb reports its own content, not the quote
        # before it
        return None, None
    if not ended and verb.group().lower() in INVERTIBLE and _QUOTE_RUN_ON.fullmatch(before) and not first_verb(" " + before):
        # '“… already on staff” or people clamoring to get on board, said one of the sources': the
        # quoted sentence runs on after its mark (no subject, no verb of its own), then the cue
        inverted = phrase_after(clause[verb.end() :])
        if inverted is not None and inverted.kind in {"name", "description"}:
            return inverted, verb.group().lower()
    if _BUT_CLAUSE.search(before) and _REPORTED_CONTENT.match(clause, verb.end()):
        # '“…,” referencing its donors, but news reports reveal that is untrue': a clause of its
        # own after "but", whose verb reports its own content, not the quote before it
        return None, None
    if _NEW_CLAUSE.match(before) or _CONTRAST_CLAUSE.search(before) or TIME_OPENER.match(before):
        # '"…," and Johnson talks about …', '"…" in the waterway, while the ministry also weighed
        # in', '"…" – at which point the crowd chanted': the next clause's own verb
        return None, None
    if before.strip().lower() in {"so", "thus", "also", "then"}:
        before = ""  # "So said Rachel Adams, the lawyer for the families"
    all_would = _ALL_WOULD.fullmatch(before)
    if all_would is not None:
        before = all_would.group(1)  # '“Not today,” was all Minister Bela Kiss would say': the minister
    word = verb.group().lower()
    recalled = _RECALLED_SAYING.fullmatch(clause, verb.end()) if word in _MEMORY_VERBS else None
    if recalled is not None and SPEECH_VERB.fullmatch(recalled.group(2)):
        object_text = recalled.group(1).strip()
        heard = Mention("pronoun", OBJECT_PRONOUN[object_text]) if object_text in OBJECT_PRONOUN else head_of_segment(object_text)
        if heard is not None and heard.kind in {"name", "description", "pronoun"}:
            return heard, recalled.group(2).lower()  # '“…,” Reyes recalled Tom Weller saying.': Weller's
    if word.endswith("ing"):
        before = _HEARD.sub("", before)  # '"…?" a reporter can be heard asking': the reporter asks
        quoted = quoted_one(before)
        if quoted is not None:
            return quoted, word  # '“…,” Reuters quoted Ana Reyes as saying.': Reyes's words (``quoting_frames``)
        quoting = _QUOTED_AS.fullmatch(before)
        if quoting is not None:
            # '“…,” the ministry paraphrased Xi as telling Trump.': the one paraphrasing (or
            # quoting one we cannot read), never nobody for want of a verb
            return subject_before(quoting.group(1) + " "), word
    if PASSIVE.search(clause, 0, verb.start()) and not verb.group().endswith("ing"):
        if _PREPOSITION_OPENS.match(before):
            # '“…” regarding questions being asked by the panel': the passive is on the object of
            # the preposition, a noun the quote is about, so its agent never spoke the quote
            return None, None
        return passive_agent(clause[verb.end() :]), word  # '"…," the families were told': the listeners, not the speaker
    if word.endswith("ing") and not WORD.search(before) and word not in SPEAKER_AFTER:
        return None, None  # '"…," suggesting that the only way …': a participle is never inverted
    if word.endswith("ing") and before.rstrip().endswith(",") and before.lstrip()[:1].islower() and word not in SPEAKER_AFTER:
        # '"…" during the launch of Trump Tower Manila, calling it …': a participle after a phrase
        # and a comma belongs to the sentence's subject, not to the noun right before the comma
        # (unlike '"…," Mark Ellis, speaking to workers, said')
        return None, None
    if word in SPEAKER_AFTER or not WORD.search(before):
        if word not in SPEAKER_AFTER and _THAT_CLAUSE_AFTER.match(clause, verb.end()):
            # '“…”, said Friday that Varo “…”', 'The “memos” also claimed that Dorfman “…”': the
            # verb's own "that" clause follows, whose subject is what is reported on, never an
            # inverted speaker ("said that X" is no "said X"); the speaker stands before the quote
            # ("Kell, who questioned “…”, said") or the quote is the sentence's subject
            return None, None
        if word in ADDRESSEE_VERBS:
            return None, None  # '“Scandal,” thanked Obama for': the one thanked, not the speaker
        amount = _AMOUNT_OBJECT.match(clause, verb.end())
        if amount is not None and not _CAPITAL_ENDING_CLAUSE.match(clause, verb.end()):
            return None, None  # '“Trust me,” says a lot about a candidate …': the quote says it (not 'says Little.')
        inverted = source_of(word, phrase_after(clause[verb.end() :]))
        if word not in SPEAKER_AFTER and inverted is not None and owned_thing(inverted):
            return None, None  # '“…,” announced his retirement': the verb's object, not its subject
        return inverted, word
    opener = before.split()[0].lower() if before.split() else ""
    if before.rstrip().endswith(",") and word in INVERTIBLE and (opener in INTRO_WORDS or no_speaker_before(before)):
        # '"This will be a challenge" for Clinton, said Kunin.': inverted after a comma
        inverted = phrase_after(clause[verb.end() :])
        if inverted is not None and inverted.kind == "name":
            return inverted, word
    pieces = before.rstrip().split(",")
    teller = name_before_open_role(pieces[0], pieces[1]) if len(pieces) == 2 else None
    if teller is not None:
        return teller, word  # '“…”, Rabbi Tom Pike, founder of the Hope Centre said.': Pike, not the centre
    subject = subject_before(before)
    if subject is None and plural_noun and 0 < len(WORD.findall(before)) <= 3:
        subject = speech_noun_subject(before.strip(" ,"))  # '“…,” local news reports said'
    return subject, word


def _closed_by_stop(tail: str, clause: str, *, reply: bool) -> bool:
    """The sentence ``clause`` (the first of ``tail``) ends on its own stop, not where the next
    quote cut the tail off ('“A.” He pledged “B”': "He pledged" is B's cue, not A's), or on the
    comma of a reply's cue set after the reply's first words ('“Yes.” Weller replied, “I have
    …”'; not '“…” Weller said, “We will …”', which may introduce the next quote only)."""
    if clause.rstrip()[-1:] in {".", "!", "?"} or tail[len(clause) :].lstrip()[:1] in {".", "!", "?"}:
        return True
    return reply and clause.rstrip()[-1:] == "," and any(w.lower() in ANSWER_VERBS for w in WORD.findall(clause))


#: A coordinated phrase of lower-case words after a quote, closed by a comma: the rest of the
#: quoted sentence, no clause ("or people clamoring to get on board,"); not one with a pronoun for
#: its subject.
_QUOTE_RUN_ON = re.compile(
    r"(?:or|and)\s+(?!(?:[a-z’'-]+\s+)*(?:he|she|they|it|we|i|you)\s)[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,7}\s*,\s*"
)


#: A restrictive relative pronoun (no comma before it) and auxiliaries right before the verb after
#: the quote ("five women who have accused"; not "Cruz, who has proposed …, said").
_RELATIVE_THEN_VERB = re.compile(r"(?<!,)\s(?:who|that|which)(?:\s+(?:have|has|had|also|later|publicly|repeatedly))*\s+$")


#: Verbs of memory or hearing whose object, not their subject, may speak the quote before them.
_MEMORY_VERBS = frozenset("recalled recalls recall remembered remembers remember heard hears".split())
#: After such a verb, its object and a participle of saying ending the clause ('“…,” Reyes recalled
#: Tom Weller saying.', 'remembers her father telling her.'; group 1 the object, group 2 the participle).
_RECALLED_SAYING = re.compile(
    r"\s+((?:[\w’'.-]+\s+){1,4}?)([a-z]+ing)(?:\s+(?:her|him|them|me|us|reporters|the\s+crowd))?"
    r"(?:\s+(?:once|again|at\s+the\s+time|years\s+ago))?\s*[.,;!?]?\s*"
)


#: A speech verb's -s form that is more often a plural noun ("answers", "promises"), right after
#: a quote's closing mark (and its comma) and before a capitalised word (group 1: the form).
_AMBIGUOUS_INVERTED = re.compile(
    rf"[\s,]*({'|'.join(sorted(AMBIGUOUS_THIRD_PERSON))})(?=\s+[{UPPER}][a-z])"
)


#: A subject pronoun or a name, then an -s form that is more often a noun, ending the clause
#: ('“…,” he emails.').
_SUBJECT_THEN_AMBIGUOUS = re.compile(
    rf"[\s,]*(he|she|they|{SHORT_NAME})\s+({'|'.join(sorted(AMBIGUOUS_THIRD_PERSON))})(?=\s*[.,;]|\s*$)"
)


#: A subject, then a verb that reports words only when nothing follows it ('“…,” Kell charged.',
#: '“…,” the principal penned.'); with an object it does something else ("charged the battery",
#: "penned a letter"), so it is no speech verb anywhere else.
_SUBJECT_THEN_CLOSING_VERB = re.compile(
    rf"[\s,]*(he|she|they|{SHORT_NAME})\s+(charged|penned|scribbled)(?=(?:\s+(?:in|on)\s+(?:an?|the|his|her|their)\s+[\w\s-]+?)?\s*[.;]|\s*$)"
)


#: An amount as the object of "says"/"tells" ('“Trust me,” says a lot about him', 'says nothing',
#: 'speaks volumes'): the quote is the subject, the amount no speaker (not "said more than 100 …").
_AMOUNT_OBJECT = re.compile(
    r"\s+(?:(?:only|just|so|very|quite)\s+)?(?:a\s+(?:lot|great\s+deal|good\s+deal|bit|little)|much|little|nothing|something|"
    r"everything|volumes|plenty|it\s+all)(?![\w’'-])",
    re.IGNORECASE,
)


#: One capitalised word ending the clause after the verb ('says Little.', 'says Much, who …'): a
#: surname, not an amount.
_CAPITAL_ENDING_CLAUSE = re.compile(rf"\s+[{UPPER}][a-z]+(?=\s*(?:[.,;!?—–]|$))")


#: A noun of saying set off after the quote and its relative clause ("…, a charge that party leaders
#: denied", ", an assertion which the mayor rejected"): the relative's subject only answers it.
_CHARGE_THAT = re.compile(
    r"(?:,|^)\s*(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:charge|claim|accusation|allegation|assertion|suggestion|notion|idea|"
    r"description|characteri[sz]ation|label|term|word|phrase|view|argument|complaint|criticism|comparison)\s+(?:that|which)\s"
)


#: An object relative clause right after the quote ("…”, which the mayor rejected", "…”, both of
#: which Kell praised"), and the verbs that may still report the words in it ("which Kell said
#: often", "which she repeated twice").
_OBJECT_RELATIVE = re.compile(r"\s*,?\s*(?:(?:both|all|each|none|some|many|most|neither|either|one)\s+of\s+)?(?:which|whom)\s+(?!(?:is|was|are|were|has|had|have)\b)")
_RELATIVE_REPORTING = frozenset("said says wrote writes told tells put puts repeated repeats added adds".split())
#: "was all X would", "is all X will" between a quote and "say": X is the subject of "say".
_ALL_WOULD = re.compile(r"\s*(?:was|is)\s+all\s+(\S.*?)\s+(?:would|will|could|can|did)\s*")
#: A noun of saying after the quote with its owner or source: "was Kell's one-word reply", "came
#: the reply from Kell", "was the answer of the minister".
_REPLY_OF = re.compile(
    r"\s*(?:was|is|came|comes)\s+(?:(?P<owner>[^,.;:!?“”\"]{2,60}?)[’']s\s+|the\s+)(?:[\w-]+\s+)?"
    r"(?P<noun>reply|answer|response|retort|verdict|reaction|message|warning|promise|pledge|vow|mantra|refrain|plea|advice|"
    r"assessment|prediction|motto|slogan)(?:\s+(?:from|of)\s+(?P<source>[^,.;:!?“”\"]{2,60}?))?"
    r"(?:\s+(?:on|in|at|last|this|earlier)\b[^,.;:!?“”\"]{0,30}?)?\s*(?:[.;!?]|$)"
)
#: Past participles of putting words a certain way ("described", "summarised", "phrased"): both
#: frames of "was how …" below take them.
_PUT_PARTICIPLES = "described|put|summarised|summarized|characterised|characterized|explained|phrased|framed|worded"
#: "was how X described it" between a quote and the end of its clause: X put it in those words
#: (group "who": X, group "verb": the verb): the participles, their present tense, "summed" (its
#: "up" may come after the object) and the verbs of recalling.
_HOW_PUT = re.compile(
    r"\s*(?:was|is)\s+how\s+(?P<who>[^,.;:!?“”\"]{2,60}?)\s+(?:later\s+|once\s+|first\s+|best\s+)?"
    rf"(?P<verb>{_PUT_PARTICIPLES}|describes|puts|summed|sums|summarises|summarizes|"
    r"explains|phrases|frames|words|recalled|recalls|remembered|remembers)\b"
)
#: The passive of ``_HOW_PUT`` with its agent: "is how the findings were described to me by Ann
#: Roe" (group "who" the agent, up to a comma or the end; "verb" the participle).
_HOW_PUT_BY = re.compile(
    r"\s*(?:was|is)\s+how\s+[^,.;:!?“”\"]{2,60}?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+"
    rf"(?P<verb>{_PUT_PARTICIPLES}|summed\s+up)"
    r"(?:\s+to\s+(?:me|us|him|her|them|reporters))?\s+by\s+(?P<who>[^,.;:!?“”\"]{2,60})"
)
#: "Kell is said to have told friends": a reporting passive; its subject spoke (group 2: the verb).
#: So with a perception passive and an infinitive ("Kell was heard to say", "was overheard to
#: tell her") and a report's or a citation's frame ("Kell is reported as saying", "was cited by the
#: paper as telling"), whose "reported" or "cited" is no cue of its own.
_SAID_TO_HAVE = re.compile(
    r"\s*(.{1,60}?)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:(?:said|reported|understood|believed|alleged|thought)\s+to\s+have|(?:over)?heard\s+to"
    r"|(?:widely\s+)?(?:reported|cited)(?:\s+(?:by|in|on)\s+[^,;:.!?“”\"]{1,60}?)?\s+as)\s+(\w+)"
)
#: After a speech verb, the content it reports ("… replied to him that", "… told them that").
_REPORTED_CONTENT = re.compile(r"(?:\s+to)?(?:\s+[\w’'.-]+){0,2}?\s+that\b")

#: An object or a clause of the verb's own right after it, not a listener or a time ("said nothing",
#: "suggested the idea rang hollow"; not "told reporters", "said on Monday").
_OWN_OBJECT = re.compile(
    r"\s+(?!(?:on|in|at|last|this|earlier|later|recently|again|then|too|also|afterwards?|reporters|him|her|them|us|me|you)\b|[a-z]+ly\b)[a-z][\w’'-]*"
)
#: Verbs whose object is the listener ("told the Ledger"), no content of their own.
_LISTENER_VERBS = frozenset("told tells tell informed informs assured assures reminded reminds".split())
#: An auxiliary or a modal: after the cue's verb, the words of a clause of its own.
_AUXILIARY = re.compile(r"\b(?:would|will|was|were|is|are|had|has|could|can|should)\b")
#: A condition or time clause of the quoted sentence right after its closing mark, set off by a
#: comma before the cue's subject ('“…” when he returns, Ann Roe said'; group 1 the clause).
_TAIL_CONDITION = re.compile(r"\s*(?:when|if|unless|once|as\s+soon\s+as)\s+([^,;:.!?“”\"—–]{3,80}),\s+(?=\S)")


#: "of" right before a speech-verb form: the form is a noun ("thousands of replies").
_OF_BEFORE = re.compile(r"\sof\s+$")
#: A possessive right before a speech-verb form: the form is the owner's noun ("Weller's caution",
#: "the mayor's warnings"), not a verb.
_POSSESSIVE_RIGHT_BEFORE = re.compile(r"\w[’']s?\s+$")
#: What may follow a noun that closes its phrase: punctuation, the end, or "and" before another.
_NOUN_PHRASE_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+and\s")
#: A verb of drawing a response right before a speech-verb form in -s, maybe with one adjective
#: between: the form is its object, a noun ("…”, a result which drew murmurs from the delegates",
#: "which prompted loud jeers"), no cue of the quote before.
_RESPONSE_DRAWN = re.compile(
    r"\s(?:dr(?:ew|aws?|awn|awing)|prompt(?:s|ed|ing)?|spark(?:s|ed|ing)?|trigger(?:s|ed|ing)?|elicit(?:s|ed|ing)?|"
    r"provok(?:e|es|ed|ing)|earn(?:s|ed|ing)?|brought|brings?|met|meets?|received|receives?)\s+(?:[a-z]+\s+)?$"
)
#: A preposition right after a speech noun's plural ("calls from", "chants of", "tweets about").
_PREPOSITION_NEXT = re.compile(r"\s+(?:from|of|for|about|by|with|against|over|on)\s")
#: A coordinated verb whose subject is left out, right before the speech verb ("…, but said",
#: "and then told", "… and asked"): the subject is the first verb's.
_ELIDED_SUBJECT = re.compile(r"(?:,\s*|\s)(?:(?:and|but|yet|or)(?:\s+(?:then|also|later))?|then)\s*$")
#: Verbs that attribute only right after a quote: "states" is a plural noun far more often than a
#: verb ("a dozen states held contests"; "state" only before punctuation or "in": '"…," the Saudis
#: state in the paper'), and "agree" before a quote is rarely speech ("agreed to a
#: “ceasefire”"); after one they are ('"…," a voice-over in the ad states.', '"…," agrees Stone').
#: So is "began" / "started" ending the clause ('"…," Hannity started.', '"…," she began, "…"').
#: So are "shared" / "shares" and "penned" / "pens", features' verbs of telling ('“…,” she shared
#: with Vogue.', '“…,” shared Mr. Dorsey.', '“…,” he penned in an essay.') where the clause ends
#: or goes on to the listener, the channel or an inverted name; elsewhere they share a stage or
#: share in a regret ('shared in “a great amount of regret”', '“…” shares fell 5%').
_TAIL_ONLY_VERB = re.compile(
    r"(?<![\w’'-])(?:states?(?=\s*(?:[.,;:]|in\s|$))|agree[sd]?(?=\s)|(?:began|begins|started|starts)(?=\s*[.,;]|$)"
    rf"|(?:shared|shares|penned|pens)(?=\s*(?:[.,;]|$)|\s+(?:with|on|via|to)\s|\s+in\s+(?:an?|the|his|her|their)\s|\s+[{UPPER}])"
    # '“…,” he rumbled from the podium': a voice's sound, a cue only right after the quote
    r"|(?:rumbled|rumbles|roared|roars)(?=\s*(?:[.,;]|$)|\s+(?:from|at|to|into|back|in|on|during)\s))"
)


#: "So says X" / "Thus spoke X": a sentence whose inverted cue credits the words before it.
_SO_SAYS = re.compile(r"\s*(?:So|Thus)\s+(?:says|said|spoke|writes|wrote)\s+(?=[\w“\"])")


#: A clause of its own after the quote, whose verb is no cue for it: coordinated, concessive
#: ('“Mayor Quits in Disgrace,” though Mayor Pat Lowe denied it') or a later event ('“…” until the
#: mayor herself spoke up').
_NEW_CLAUSE = re.compile(
    r"\s*(?:and|but|while|whereas|as|or|yet|(?:even\s+)?though|although|until|till|before|after|once)\s", re.IGNORECASE
)
#: A capital opening the text after a quote that ended its sentence, a list's dash or bullet maybe
#: before it, or a round-up's source tag ('….” [Twitter] Tom Reyes responded …', '….” (CNN) - Tom …').
_TAG_OR_BULLET = r"\s+(?:(?:\[[^\[\]“”\"·]{1,40}\]|\([^()“”\"·]{1,40}\))[.,;]?\s*)?(?:(?:[—–•]|--?)\s+)?"
_NEW_SENTENCE = re.compile(_TAG_OR_BULLET + r"[^\W\d_]")


#: The words after a quote up to the next one, one clause opening on a capital (after a source tag
#: or a bullet maybe) and ending on the colon that opens the next quote.
_INTRODUCES_NEXT = re.compile(r"(?=[^.!?;:“”\"·]*:\s*$)" + _TAG_OR_BULLET + r"[A-Z]")


def introduces_next_quote(tail: str) -> bool:
    """The words after a quote, up to the next quote, are one clause of their own ending in a
    colon ('“A” Tom Reyes responds: “B”', '“A” [Twitter] Western states: “B”'): they introduce the
    next quote, so they are no cue of this one (whose words end without a comma). Not a main
    clause going on after a quote inside a fronted one ('Conceding there would be “a deal” he
    warned: “…”': his words both)."""
    return _INTRODUCES_NEXT.match(tail) is not None
#: A clause opened by "but" or "yet" after a comma ("…, but news reports reveal that …").
_BUT_CLAUSE = re.compile(r",\s*(?:but|yet)\s", re.IGNORECASE)
#: A contrasting clause after the quote's own words ("…, while China's ministry weighed in").
_CONTRAST_CLAUSE = re.compile(r",\s*(?:while|whereas)\s", re.IGNORECASE)
#: A preposition opening the words between a quote and a passive of saying ('“…” regarding
#: questions being asked by', '“…” about claims made by'): the passive's subject is its object.
_PREPOSITION_OPENS = re.compile(
    r"\s*,?\s*(?:regarding|concerning|about|over|on|amid|after|despite|following|with|from|for|of|in|against|to|toward|towards)\s+\w"
)


#: A perception passive before a participle: "can be heard asking", "is seen saying", "could be
#: heard telling"; the subject before it is the speaker.
_HEARD = re.compile(
    r"\s+(?:(?:can|could|may|might|will)\s+(?:clearly\s+)?be|is|was|are|were)\s+(?:clearly\s+)?(?:heard|seen)\s*$"
    # '“…,” Lionel Price was quoted as saying by the paper': the subject of the passive said it
    # (also with who quoted and where: "was quoted by Reuters as saying", "is quoted in the book as telling";
    # and the frames of a report or a citation, always with "as": "is reported as saying", "was
    # cited by the agency as telling", "was recorded as saying")
    rf"|{passive_quoting()}"
    # '“…,” Tom Galloway kept saying': a verb of aspect before the participle, its subject the speaker
    r"|\s+(?:kept|keeps|keep|began|begins|started|starts)\s+(?:on\s+)?$"
)


#: An active "quoted X as" (or "paraphrased X as": the ministry's summary of X's words) before a
#: participle of saying (group 1: the one quoting).
_QUOTED_AS = re.compile(r"\s*(\S.{0,60}?)\s+(?:quoted|quotes|paraphrased|paraphrases)\s+(?:[^,;:.!?“”\"]{1,60}?)\s+as\s*")


#: A lone capitalised word right before a speech verb, at the start of its clause ('", From said.').
_LONE_WORD_BEFORE_VERB = re.compile(rf"^[\s,—–-]*([{UPPER}][a-z’'-]+)\s+(?=\w)")


#: A lone capitalised word right after a speech verb opening its clause, and nothing of a phrase
#: after it ('“…,” says House.', '“…,” said King, who …'): the inverted subject.
_LONE_WORD_AFTER_VERB = re.compile(rf"\s+([{UPPER}][a-z’'-]+)(?=\s*(?:[.,;:!?—–(]|$|\s(?:in|on|at|during|when|while|who)\s))")


def lone_word_subject(clause: str) -> str | None:
    """The single capitalised word that is all the subject of ``clause``'s speech verb ("From"
    in "From said." or "From added that", "King" in "says King." or "According to King, …"): a
    surname for the caller to check against the names the article introduced."""
    match = _LONE_WORD_BEFORE_VERB.match(clause)
    verb = SPEECH_VERB.match(clause, match.end()) if match is not None else None
    if verb is not None and match is not None:
        return match.group(1)
    lead = re.match(r"[\s,—–-]*", clause)
    verb = SPEECH_VERB.match(clause, lead.end()) if lead is not None else None
    # a capitalised verb opens a headline ("Says King"), but "According to" opens any sentence
    inverted = verb is not None and (verb.group()[:1].islower() or verb.group().lower() == "according to")
    after = _LONE_WORD_AFTER_VERB.match(clause, verb.end()) if verb is not None and inverted else None
    return after.group(1) if after is not None else None
