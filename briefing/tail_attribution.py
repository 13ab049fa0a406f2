"""Attribution after a quote: '“…,” said X', '“…,” X said', '“…,” according to X', and quotes
signed after a dash.

The commonest news form, read first: the words right after the closing mark, up to a short clause
(calibrated on hand-written news sentences), name the speaker or show that the quote is someone's
object rather than their words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .appositives import office_opening
from .document_attribution import document_after
from .masked_sentences import SPACES, WORD, first_sentence
from .mention import Mention
from .name_cleaning import SHORT_NAME, UPPER
from .relative_clauses import people_head
from .speaker_heads import AGE_NOUN, head_of_segment
from .speaker_kinds import head_noun
from .speakers import TIME_OPENER, phrase_after, subject_before
from .speech_lexicon import (
    ADDRESSEE_VERBS,
    AMBIGUOUS_THIRD_PERSON,
    INTRO_WORDS,
    NAMING_VERBS,
    SPEAKER_AFTER,
    SPEAKER_HEAD_NOUNS,
    SPEECH_NOUN_FORMS,
)
from .speech_nouns import POSSESSIVE_PRONOUN, speech_noun_subject
from .speech_verbs import SPEECH_VERB, first_verb
from .unlisted_cues import speaking_person, unlisted_cue

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


#: "as" and a source's phrase before its verb after a quote ("as the Times put it").
_AS_SOURCE = re.compile(r"\s*as\s+((?:the\s+|one\s+|an?\s+)?[^\s,;:][^,;:]{0,60}?)\s*")
_AS_SOURCE_WORDS = frozenset(
    "put it|puts it|said|says|noted|notes|wrote|writes|observed|observes|reported|reports|quipped|quips|remarked|remarks".split("|")
)
#: The rest of a clause that ends the sentence: nothing, or a time or a place ("on Tuesday", "in
#: an editorial") and the period.
_CLAUSE_ENDS = re.compile(r"\s*(?:(?:on|in|at|last|this|earlier|later|recently|once|famously)\b[^,;:“”\"]{0,40})?[.!?]?\s*")


@lru_cache(maxsize=256)  # a page's worth: the same tail is read again for a quote's later checks
def tail_attribution(tail: str, ended: str, *, utterance: bool = False, title: bool = False) -> tuple[Mention | None, str | None]:
    """``..." said X`` / ``..." X said`` / ``..., according to X`` right after the quote.

    ``utterance``: the quote closes with its own comma, question or exclamation mark, so a verb
    form right after it that is more often a noun ("answers", "promises", "jokes") is an inverted
    verb when a name follows ('“…,” promises Mayor Lee Ortiz'); after a title or a slogan it is
    the verb of the quote as subject ('“The Crown” promises Netflix viewers …'). So is a subject
    and any past-tense verb (``unlisted_cues``), unless the words are ``title``-cased: a title
    closed by a comma is no utterance ('“Hamilton Goes West,” Ravel premiered in 2015')."""
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
        verb = _verb_after_aside(clause, verb)
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
        and verb.group().endswith("s")
        and not verb.group().endswith("ss")
        and not WORD.search(clause, 0, verb.start())
        and _PREPOSITION_NEXT.match(clause, verb.end())
    ):
        return None, None  # 'he has received “thank you” calls from two people': the quote names the calls
    if not verb:
        found = document_after(clause)
        return unlisted_cue(clause, utterance=utterance and not title, ended=ended) if found[0] is None else found
    # a passive frame before a participle is no distance ('“…,” Reyes was quoted by the Ledger as saying')
    subject_part = _HEARD.sub("", clause[: verb.start()]) if verb.group().endswith("ing") else clause[: verb.start()]
    fronted = _TAIL_CONDITION.match(clause, 0, verb.start()) or _fronted_phrase(clause, verb.start()) if not ended and not verb.group().endswith("ing") else None
    rest = clause[verb.end() :]
    if fronted is not None and len(WORD.findall(rest)) <= 4 and not _AUXILIARY.search(rest) and _subject_phrase(clause[fronted.end() : verb.start()]):
        # '“He will be charged” when he lands, Tunde Mbeki, head of the port police, told reporters':
        # the condition belongs to the quoted sentence; the phrase after its comma is the verb's
        # subject (not a pronoun inside the condition, nor nobody for the distance)
        named = subject_before(clause[fronted.end() : verb.start()])
        if named is not None and named.kind in {"name", "description"}:
            return named, verb.group().lower()
    far = len(WORD.findall(subject_part)) > _TAIL_VERBWORDS
    if far and (not _appositive_subject(clause[: verb.start()]) or _PURPOSE_TO.search(subject_part)):
        # (nor, far from the quote, an infinitive: '“hard” amid …, £6bn of which the Chancellor
        # wants to hold in reserve to reassure markets' has no cue)
        return None, None
    if ended and re.match(r"\s+[^\W\d_]", tail) and not re.match(r"\s+[a-z]", tail):
        # '... states." But other Democrats said' starts a new sentence; '..?" Trump asked' may not,
        # nor '…!" State Senator Jeff Mason said' (a subject phrase with no verb of its own)
        if ended == "." and _bare_cue_after_stop(clause, verb):
            pass  # '… aplomb.' Meacham concluded in an interview.': the cue with its comma lost
        elif _SO_SAYS.match(clause):
            pass  # '“…” So says Ann Roe, who …': a sentence of its own that credits the one before
        elif ended == "." or (len(WORD.findall(clause[: verb.start()])) > 3 and not _subject_phrase(clause[: verb.start()])):
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
    if WORD.search(before) and _ELIDED_SUBJECT.search(before):
        # 'Ali admitted he would have to “tone down” the contest, but said …': the second verb's
        # subject is left out, the sentence's own before the quote, not the object after it ('… of
        # him “missing” the top of the tower and asked users to help')
        return None, None
    source = _AS_SOURCE.fullmatch(before) if verb.group().lower() in _AS_SOURCE_WORDS else None
    if source is not None and _CLAUSE_ENDS.fullmatch(clause, verb.end()):
        # '“…,” as the New York Times put it on Tuesday.', '“…,” as one analyst noted': the source
        # of the words, in a clause of its own that ends the sentence
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
        quoting = _QUOTED_AS.fullmatch(before)
        if quoting is not None:
            # '“…,” Reuters quoted Ana Reyes as saying.': the one quoting, as the pages credit it
            # (``reported_speaker``), never nobody for want of a verb
            return subject_before(quoting.group(1) + " "), word
    if PASSIVE.search(clause, 0, verb.start()) and not verb.group().endswith("ing"):
        return passive_agent(clause[verb.end() :]), word  # '"…," the families were told': the listeners, not the speaker
    if word.endswith("ing") and not WORD.search(before) and word not in SPEAKER_AFTER:
        return None, None  # '"…," suggesting that the only way …': a participle is never inverted
    if word.endswith("ing") and before.rstrip().endswith(",") and before.lstrip()[:1].islower() and word not in SPEAKER_AFTER:
        # '"…" during the launch of Trump Tower Manila, calling it …': a participle after a phrase
        # and a comma belongs to the sentence's subject, not to the noun right before the comma
        # (unlike '"…," Mark Ellis, speaking to workers, said')
        return None, None
    if word in SPEAKER_AFTER or not WORD.search(before):
        if word in ADDRESSEE_VERBS:
            return None, None  # '“Scandal,” thanked Obama for': the one thanked, not the speaker
        amount = _AMOUNT_OBJECT.match(clause, verb.end())
        if amount is not None and not _CAPITAL_ENDING_CLAUSE.match(clause, verb.end()):
            return None, None  # '“Trust me,” says a lot about a candidate …': the quote says it (not 'says Little.')
        inverted = source_of(word, phrase_after(clause[verb.end() :]))
        if word not in SPEAKER_AFTER and inverted is not None and _owned_thing(inverted):
            return None, None  # '“…,” announced his retirement': the verb's object, not its subject
        return inverted, word
    opener = before.split()[0].lower() if before.split() else ""
    if before.rstrip().endswith(",") and word in INVERTIBLE and (opener in INTRO_WORDS or _no_speaker_before(before)):
        # '"This will be a challenge" for Clinton, said Kunin.': inverted after a comma
        inverted = phrase_after(clause[verb.end() :])
        if inverted is not None and inverted.kind == "name":
            return inverted, word
    subject = subject_before(before)
    if subject is None and plural_noun and 0 < len(WORD.findall(before)) <= 3:
        subject = speech_noun_subject(before.strip(" ,"))  # '“…,” local news reports said'
    return subject, word


#: The rest of a participle's phrase set off by commas after the subject, up to the verb after it
#: ('… official, speaking on condition of anonymity, said'; an adverb may open the verb).
_ASIDE_REST = re.compile(r"[^,;:.!?“”\"—–]{0,80},\s*(?:(?:also|later|then|earlier|previously)\s+)?")


def _verb_after_aside(clause: str, verb: re.Match[str]) -> re.Match[str]:
    """The finite speech verb after a participle set off by commas right after the subject ('“…,”
    a White House official, speaking on condition of anonymity, said', '…, citing internal polls,
    told reporters'): the participle only describes how the subject spoke; the verb after it is
    the clause's. ``verb`` itself when no such verb follows the participle's phrase."""
    if not clause[: verb.start()].rstrip().endswith(",") or not WORD.search(clause, 0, verb.start()):
        return verb
    rest = _ASIDE_REST.match(clause, verb.end())
    finite = SPEECH_VERB.match(clause, rest.end()) if rest is not None else None
    return finite if finite is not None and not finite.group().endswith("ing") else verb


#: A prepositional phrase that completes the quoted words after their closing mark, set off by a
#: comma before the cue's subject ('“… get that done” before the end of the year, Marc Short …
#: said'; group 1 the phrase's object).
_TAIL_PHRASE = re.compile(
    r"\s*(?:before|after|by|until|in|on|at|within|between|for|of|from|over|during|without|with|to|about|against|under|among|across)"
    r"\s+([^,;:.!?“”\"—–]{3,60}),\s+(?=[\w“\"])"
)
#: Words that open a clause of its own after the phrase's comma: a relative or a conjunction, no
#: subject phrase ('“rigged” against him, a charge that party leaders denied').
_CLAUSE_WORDS = re.compile(
    r"(?<![\w’'-])(?:that|which|who|whom|whose|when|where|while|whereas|as|and|but|or|nor|yet|so|then|although|though|because|since|if|unless)\s",
    re.IGNORECASE,
)


#: A coordinated phrase of lower-case words after a quote, closed by a comma: the rest of the
#: quoted sentence, no clause ("or people clamoring to get on board,"); not one with a pronoun for
#: its subject.
_QUOTE_RUN_ON = re.compile(
    r"(?:or|and)\s+(?!(?:[a-z’'-]+\s+)*(?:he|she|they|it|we|i|you)\s)[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,7}\s*,\s*"
)


def _fronted_phrase(clause: str, verb_start: int) -> re.Match[str] | None:
    """The phrase of a quoted sentence run on after its closing mark, before the comma and the
    cue's subject: a verbless prepositional phrase ("before the end of the year", "of the child
    credit", "between the two administrations"), the words after its comma no clause of their own."""
    phrase = _TAIL_PHRASE.match(clause, 0, verb_start)
    if phrase is None or first_verb(f" {phrase.group(1)} ") or SPEECH_VERB.search(phrase.group(1)):
        return None
    return None if _CLAUSE_WORDS.search(clause, phrase.end(), verb_start) else phrase


def _no_speaker_before(before: str) -> bool:
    """Before an inverted verb's comma, no one who could speak: nothing, or a thing set off after
    the quote that describes a word in it ('“… brought to Pangkalan Bun,” the town with the nearest
    airstrip, said Soelistyo')."""
    subject = subject_before(before)
    if subject is None:
        return True
    words = subject.text.split() if subject.kind == "description" else []
    return bool(words) and words[0].lower() in {"the", "a", "an"} and not any(w.lower() in SPEAKER_HEAD_NOUNS for w in words[1:])


#: A restrictive relative pronoun (no comma before it) and auxiliaries right before the verb after
#: the quote ("five women who have accused"; not "Cruz, who has proposed …, said").
_RELATIVE_THEN_VERB = re.compile(r"(?<!,)\s(?:who|that|which)(?:\s+(?:have|has|had|also|later|publicly|repeatedly))*\s+$")
#: Verbs whose "to" opens an infinitive, their own object ("vowed to defend", "promised to
#: appeal"), not a phrase of whom the words went to.
_INFINITIVE_VERBS = frozenset(
    "vowed vows pledged pledges promised promises threatened threatens offered offers agreed agrees refused refuses "
    "declined declines swore swears urged urges demanded demands".split()
)


#: A word after "to" that may be a bare infinitive: lower case, no plural's "s", no determiner
#: or pronoun ("defend", not "reporters", "the", "me").
_BARE_INFINITIVE = re.compile(r"(?!(?:the|a|an|his|her|their|its|our|my|your|him|them|us|me|you|this|that|these|those)\b)[a-z]+(?<!s)")


def _bare_cue_after_stop(clause: str, verb: re.Match[str]) -> bool:
    """A sentence after a quote closed by a full stop that is only a cue: a name and a speech verb
    with nothing said after it but a phrase of where or how ("Meacham concluded in an interview
    with the Times.", "Doyle said."). Its verb reports the quote before; a verb with content of
    its own ("Doyle said the club would appeal") or another subject ("But other Democrats said")
    opens a new sentence."""
    word = verb.group().lower()
    if word.endswith("ing") or word in SPEAKER_AFTER or word in ADDRESSEE_VERBS:
        return False
    after = clause[verb.end() :].strip(" .").split()
    if after and after[0].lower() not in INTRO_WORDS:
        return False
    if after[:1] == ["to"] and word in _INFINITIVE_VERBS and _BARE_INFINITIVE.fullmatch(after[1] if len(after) > 1 else ""):
        return False  # '“…” AT&T has vowed to defend the deal.': an infinitive, the verb's own object
    subject = clause[: verb.start()].strip()
    named = head_of_segment(subject) if subject else None
    return named is not None and named.kind == "name" and len(subject.split()) <= 3 and subject.split()[0][:1].isupper()


#: Possessive pronouns that open an object after a verb ("announced his retirement").
_OWNING_PRONOUNS = frozenset(POSSESSIVE_PRONOUN) | {"your"}


def _owned_thing(mention: Mention) -> bool:
    """A description opened by a possessive pronoun whose head is no one who speaks, nor a text:
    "his retirement", "her plans" (not "his spokesman", "her lawyers", "their statement")."""
    words = mention.text.split()
    if mention.kind != "description" or len(words) < 2 or words[0].lower() not in _OWNING_PRONOUNS:
        return False
    head = head_noun(mention.text)
    if AGE_NOUN.fullmatch(head):
        return False  # '“…,” says our five-year-old': an age standing for a person
    return head not in SPEAKER_HEAD_NOUNS and head.removesuffix("s") not in SPEAKER_HEAD_NOUNS and head.removesuffix("es") not in SPEAKER_HEAD_NOUNS


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
#: "was how X described it" between a quote and the end of its clause: X put it in those words
#: (group "who": X, group "verb": the verb).
_HOW_PUT = re.compile(
    r"\s*(?:was|is)\s+how\s+(?P<who>[^,.;:!?“”\"]{2,60}?)\s+(?:later\s+|once\s+|first\s+|best\s+)?"
    r"(?P<verb>described|describes|put|puts|summed|sums|summarised|summarized|summarises|summarizes|characterised|characterized|"
    r"explained|explains|phrased|phrases|framed|frames|worded|words|recalled|recalls|remembered|remembers)\b"
)
#: "Kell is said to have told friends": a reporting passive; its subject spoke (group 2: the verb).
_SAID_TO_HAVE = re.compile(r"\s*(.{1,60}?)\s+(?:is|was|are|were)\s+(?:said|reported|understood|believed)\s+to\s+have\s+(\w+)")
#: After a speech verb, the content it reports ("… replied to him that", "… told them that").
_REPORTED_CONTENT = re.compile(r"(?:\s+to)?(?:\s+[\w’'.-]+){0,2}?\s+that\b")
#: Verbs whose object is the listener: after a comma, "…, told AFP" names who heard the words.
LISTENER_VERBS = frozenset({"told", "tells"})
#: An object or a clause of the verb's own right after it, not a listener or a time ("said nothing",
#: "suggested the idea rang hollow"; not "told reporters", "said on Monday").
_OWN_OBJECT = re.compile(
    r"\s+(?!(?:on|in|at|last|this|earlier|later|recently|again|then|too|also|afterwards?|reporters|him|her|them|us|me|you)\b|[a-z]+ly\b)[a-z][\w’'-]*"
)
#: Verbs whose object is the listener ("told the Ledger"), no content of their own.
_LISTENER_VERBS = frozenset("told tells tell informed informs assured assures reminded reminds".split())
#: A condition or time clause of the quoted sentence right after its closing mark, set off by a
#: comma before the cue's subject ('“…” when he returns, Ann Roe said'; group 1 the clause).
_AUXILIARY = re.compile(r"\b(?:would|will|was|were|is|are|had|has|could|can|should)\b")
_TAIL_CONDITION = re.compile(r"\s*(?:when|if|unless|once|as\s+soon\s+as)\s+([^,;:.!?“”\"—–]{3,80}),\s+(?=\S)")
#: Verbs whose subject may follow them ("said Kunin"); "told CNN" names the listener instead.
INVERTIBLE = {"agrees", "agreed", "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "argued", "argues", "explained", "noted", "continued", "recalled", "warned"}
#: Longest subject with appositives between a quote and its verb ('"…," Jane Roe, a policy
#: director at a research group in the city, said') — in words; a clause that long is a sentence.
_TAIL_APPOSITIVE_WORDS = 40


def _subject_phrase(before: str) -> bool:
    """``before`` is only a speaker phrase, perhaps with appositives ("State Senator Jeff Mason",
    "Mike Murray, the head of the Forward PAC,"): no verb of its own and a subject found."""
    if first_verb(" " + before) or len(WORD.findall(before)) > _TAIL_APPOSITIVE_WORDS:
        return False
    mention = subject_before(before)
    return mention is not None and mention.kind in {"name", "description"}


#: The fields an office's name lists after its first ("Investment and Commerce", "Trade"):
#: capitalised words, maybe joined by "and".
_OFFICE_FIELDS = re.compile(rf"(?:and\s+)?[{UPPER}][\w’'-]*(?:\s+(?:and\s+)?[{UPPER}][\w’'-]*){{0,3}}")


def _appositive_subject(before: str) -> bool:
    """``before`` (between a quote and its verb) is a subject with appositives or a prepositional
    phrase, not a clause of its own: '…," Judge Amanda Li of the U.S. District Court wrote'."""
    if len(WORD.findall(before)) > _TAIL_APPOSITIVE_WORDS or not re.match(r"\s*[,—–]?\s*[\w“\"]", before):
        return False
    mention = subject_before(before)
    if mention is None:
        return False
    head = before[: before.find(",")] if "," in before else before
    if mention.kind == "name" and mention.text.split()[-1] not in head:
        # "…," the chairman of the Senate Committee on Foreign Relations, Ann Roe, said': a
        # description that a long organisation's name makes long, then its name in apposition
        pieces = [p.strip(" ,—–") for p in before.split(",") if p.strip(" ,—–")]
        if len(pieces) >= 2 and office_opening(pieces[0]) and pieces[-1].endswith(mention.text) and all(_OFFICE_FIELDS.fullmatch(p) for p in pieces[1:-1]):
            # '“…,” Minister of Industry, Investment and Commerce, Senator the Hon. Aubyn Hill, told
            # reporters': an office, the fields its name lists, then its holder
            return True
        described = head_of_segment(pieces[0]) if len(pieces) == 2 else None
        return described is not None and described.kind == "description" and pieces[1] == mention.text
    return mention.text.split()[-1] in head or mention.kind != "name"


#: "of" right before a speech-verb form: the form is a noun ("thousands of replies").
_OF_BEFORE = re.compile(r"\sof\s+$")
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
#: A contrasting clause after the quote's own words ("…, while China's ministry weighed in").
_CONTRAST_CLAUSE = re.compile(r",\s*(?:while|whereas)\s", re.IGNORECASE)
#: A perception passive before a participle: "can be heard asking", "is seen saying", "could be
#: heard telling"; the subject before it is the speaker.
_HEARD = re.compile(
    r"\s+(?:(?:can|could|may|might|will)\s+(?:clearly\s+)?be|is|was|are|were)\s+(?:clearly\s+)?(?:heard|seen)\s*$"
    # '“…,” Lionel Price was quoted as saying by the paper': the subject of the passive said it
    # (also with who quoted and where: "was quoted by Reuters as saying", "is quoted in the book as telling")
    r"|\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?quoted"
    r"(?:\s+(?:by|in|on)\s+[^,;:.!?“”\"]{1,60}?)?(?:\s+as)?\s*$"
    # '“…,” Tom Galloway kept saying': a verb of aspect before the participle, its subject the speaker
    r"|\s+(?:kept|keeps|keep|began|begins|started|starts)\s+(?:on\s+)?$"
)


#: An active "quoted X as" before a participle of saying (group 1: the one quoting).
_QUOTED_AS = re.compile(r"\s*(\S.{0,60}?)\s+(?:quoted|quotes)\s+(?:[^,;:.!?“”\"]{1,60}?)\s+as\s*")
PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
#: The handle and date closing an embedded post's sign-off: "(@annmarks) March 3, 2016".
_POST_HANDLE = re.compile(r"\s*\(@\w+\).*$")
#: A credit in parentheses after a quote: the outlet it came through, no signature.
_CREDIT_WORD = re.compile(r"\s*(?:via|source|h/t|hat\s+tip|courtesy(?:\s+of)?|photo|image|credit)\b", re.IGNORECASE)
_SIGNED_IN_PARENTHESES = re.compile(r"^\s*\(([^()—–.!?“”\"]{3,80})\)[.\s]*$")
#: A link an embedded post leaves after its text ("pic.twitter.com/aB3cDe", "https://t.co/Zx12Ab").
POST_LINK = r"(?:pic\.twitter\.com/|https?://)\S*"
#: Instagram's embed signs with a line instead of a dash: "A post shared by Ann Weller (@annweller)
#: on Jul 2, 2016 at 5:12pm PDT" (the handle is then required).
_SIGNED_AFTER = re.compile(
    rf"^\s*(?:{POST_LINK}\s*)?"
    r"(?:[—–-]+|A\s+(?:post|photo|video)\s+shared\s+by(?=[^@]{3,80}\(@\w+\)))\s*([^—–.!?“”\"]{3,80}?)"
    rf"(?:\s+{POST_LINK})*[.\s]*$"  # (a post's links after the signer)
)


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


#: A signature's name right after a preposition is a place in a clause, not who signed.
_PLACE_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:over|at|in|on|from|to|into|onto|near|across|above|under|outside|inside|along|down|up)\s+$")


#: What follows a post's handle (its date, a time), and symbols right before the handle.
_AFTER_HANDLE = re.compile(r"(?<=\(@\w)(\w*\))[^\n]*$")
_SYMBOLS_BEFORE_HANDLE = re.compile(r"(?<=\w)\s*[^\w\s().,’'-]+(?=\s*\(@\w+\))")


#: A handle with dots ("@annweller.bsky.social", "@ann.weller"): written with underscores, so the
#: dots end no sentence and the handle patterns above read it as one word.
_DOTTED_HANDLE = re.compile(r"(?<=\(@)\w[\w.-]*\w(?=\))")
#: An embed's sign-off line without its dash: "Ann Weller (@annweller) May 5, 2024", nothing
#: after the handle but the post's date and time (group 1: the display name).
_HANDLE_LINE = re.compile(
    r"\s*([A-Z][^—–.!?“”\"()@]{2,60}?)\s*\(@\w+\)\s*(?:on\s+[A-Z]\w*\s*)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}\S*)?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?[.\s]*"
)


def signed_after(rest: str, *, own_line: bool = False) -> Mention | None:
    """ '"Inflation will fall." — Central bank governor Maria Lenz': a quote signed after a dash
    (or in parentheses, by a full name: '(Carl Nye, farmer)'), with nothing else after it in the
    paragraph (or, for a quote-only paragraph, in the next one); what follows the name's comma is
    an affiliation or a place. A paragraph of its own (``own_line``) may also be an embed's
    sign-off without the dash ("Ann Weller (@annweller) May 5, 2024")."""
    rest = _DOTTED_HANDLE.sub(lambda m: re.sub(r"[.-]", "_", m.group()), rest)  # "(@annweller.bsky.social)"
    if own_line and (line := _HANDLE_LINE.fullmatch(rest)) is not None:
        rest = " — " + rest[line.start(1) :]  # "Ann Weller (@annweller) May 5, 2024": signed as with a dash
    rest = _AFTER_HANDLE.sub(r"\1", rest)  # "(@annweller) Aug. 31, 2016": the date's dots end no sentence
    rest = _SYMBOLS_BEFORE_HANDLE.sub("", rest)  # "Ann Weller 🇺🇸 (@annweller)": a display name's emoji
    match = _SIGNED_AFTER.match(rest)
    parenthesised = match is None and (match := _SIGNED_IN_PARENTHESES.match(rest)) is not None
    signer = _POST_HANDLE.sub("", match.group(1)) if match else ""  # "— Ann Marks (@annmarks) March 3, 2016"
    if parenthesised and _CREDIT_WORD.match(signer):
        return None  # "(Via Chortle)", "(Source: Reuters)": where the words were found, not who said them
    mention = head_of_segment(signer.split(",")[0]) if signer else None  # "— Ann Marks, Philadelphia"
    if mention is not None and parenthesised and len(mention.text.split()) < 2:
        return None  # "(Applause)", "(Laughter)": a stage direction, not a signature
    if mention is not None and _PLACE_AFTER_PREPOSITION.search(signer.split(",")[0][: max(signer.find(mention.text), 0)]):
        return None  # 'The banner — “…” — hung over Main Street.': the dash closes an aside, no signature
    if mention is not None and mention.kind == "description" and match is not None and _POST_HANDLE.search(match.group(1)):
        # "— The Ledger (@ledger) May 9, 2016": an account with a handle is the one who posted, an
        # outlet's name read as "the Ledger"; only a capitalised one (an account's display name)
        words = signer.split(",")[0].split()
        return mention if len(words) <= 5 and all(w[:1].isupper() for w in words) else None
    if mention is None and match is None:
        return _bare_signature(rest)
    return mention if mention is not None and mention.kind == "name" else None


_SCHOOL_YEAR = r"(?:Grade|Year|Class|Form|Age)\b"
#: A signature with no dash closing the paragraph after a quote, as under readers' or pupils'
#: letters: a name, then an age or a school year ("Jana Novak, 14", "Soraya, Grade 9"), then maybe a
#: school or a place ("@ Nur High School (Kabul)", ", Izmir").
_BARE_SIGNATURE = re.compile(
    rf"^\s*(?P<name>(?!{_SCHOOL_YEAR})[{UPPER}][\w’'-]+(?:\s+(?!{_SCHOOL_YEAR})[{UPPER}][\w’'-]+){{0,2}})"
    rf"(?:\s*,?\s*{_SCHOOL_YEAR}\s+\d{{1,2}}|\s*,\s*(?:aged\s+)?\d{{1,2}})(?![\w%])"
    r"(?:\s*(?:,|@|\(|at\s)[^—–.!?“”\"\n]{0,80})?[.\s]*$"
)


def _bare_signature(rest: str) -> Mention | None:
    """ '“…” Jana Novak, 14' / '“…” Soraya, Grade 9 @ Nur School': the writer's name and age or year
    under the quote (the age or the year is what makes a bare name a signature, not a credit such
    as "Getty Images" or a sentence going on)."""
    match = _BARE_SIGNATURE.match(rest)
    if match is None:
        return None
    mention = head_of_segment(match.group("name"))
    return mention if mention is not None and mention.kind == "name" and mention.text == match.group("name") else None


OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}


#: A person's spoken words as a source: "Rubio's explanations", "Ann Roe's remarks" (group 1 the
#: owner, a capitalised name).
_OWNED_WORDS = re.compile(
    r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*)[’']s?\s+(?:own\s+)?(?:explanations?|remarks|words|comments|testimony|account)"
)


def source_of(word: str, mention: Mention | None) -> Mention | None:
    """The source after "according to" or "per"; after "per", which is also a rate ("$5 per the
    hour"), only one that can speak: a name, a pronoun or a description of a person, a group, an
    organisation or a document."""
    owned = _OWNED_WORDS.fullmatch(mention.text) if mention is not None and mention.kind == "description" else None
    if owned is not None:
        return Mention("name", owned.group(1))  # "according to Rubio's explanations": Rubio, not his explanations
    if word not in {"per", "as per"} or mention is None or mention.kind != "description":
        return mention
    head = mention.text.split()[-1]
    return mention if head[:1].isupper() or people_head(head) or head.lower() in SPEAKER_HEAD_NOUNS else None


#: The agent of a passive verb of saying, its "that" clause or the sentence's end after it ("was
#: told by Sen. Dan Kline that the bill was", "were told by a spokesman"; group 1 the agent).
_AGENT_OF_PASSIVE = re.compile(r"\s+by\s+([^,;:“”\"—–]{2,60}?)\s*(?:,\s*)?(?:\bthat\b[^;:“”\"]*|[.!?]\s*)?")


def passive_agent(after_verb: str) -> Mention | None:
    """Who spoke in a passive of saying ('The Ledger was told by Kline that “…”', '“…,” reporters
    were told by a spokesman.'): the agent after "by", a name or a description, else nobody."""
    agent = _AGENT_OF_PASSIVE.fullmatch(after_verb)
    mention = head_of_segment(agent.group(1)) if agent is not None else None
    if mention is None or mention.kind not in {"name", "description"}:
        return None
    head = mention.text.split()[-1]
    if mention.kind == "description" and not (
        head[:1].isupper() or people_head(head) or head.lower() in SPEAKER_HEAD_NOUNS
    ):
        return None  # "were told by the end of the week that": no one
    return mention


#: Longest subject of a closing "…, X said." (a titled name: "Justice Department senior trial
#: counsel Caroline Lewis Wolverton"); descriptions must stay within four words.
_CLOSING_SUBJECT_WORDS = 8
#: A name with its appositives between a later quote and the verb ("Howard Dean, the former
#: governor of Vermont, proclaimed"), and the text after that quote's closing mark.
_APPOSED_SUBJECT_WORDS = 14
_LAST_CLOSING_MARK = re.compile(r"[”\"]([^”\"]*)$")


#: A relative pronoun right before a speech verb (an -ly adverb between): the verb is in a
#: relative clause about the speaker ("said a nurse who asked not to be named"), not the cue.
_RELATIVE_BEFORE_VERB = re.compile(r"\s(?:who|whom|which|that)(?:\s+[a-z]+ly)?$")


#: Words right after a speech verb that show it is no inverted cue ("spoke about", "wrote of").
_NO_INVERSION_AFTER = frozenset("about of with for from into over against through across toward towards around like".split())


#: A listener after "told" that ends the sentence: "told NBC News.", "told reporters on Tuesday.",
#: "told The Associated Press in an interview." (not "told the court that …", whose clause is the
#: verb's own content).
_LISTENER_ENDS = re.compile(
    r"\s+(?:reporters|him|her|them|us|me|(?:the\s+|a\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3}|(?:the|a|an)\s+[a-z-]+(?:\s+[a-z-]+)?)"
    r"(?:\s+(?:on|in|at|last|this|earlier|by)\b[^,;:“”\"]{0,40})?\s*[.!]?\s*$"
)


def _told_whom(after_verb: str) -> bool:
    """Whether the words after "told" are only its listener (and a time or a channel) to the
    sentence's end: then the clause before the comma is what the subject told."""
    return _LISTENER_ENDS.match(after_verb) is not None


def _apposed_subject(before: str) -> Mention | None:
    """The name of one of the last comma-set phrases before a closing verb: "…, Jim Cantrell, chief
    executive of Vantor, told NBC News." -> Jim Cantrell; "…, Ann Roe, who chairs the council,
    said." -> Ann Roe; "…, Vantor's chief, Jim Cantrell, said." -> Jim Cantrell. The phrase must
    be the name (with a title before it or a place after it), not a clause that holds one."""
    segments = before[:-1].split(",")
    for k in (1, 2, 3):  # a name after its role; a name and its appositive; a name, an age and a role
        segment = segments[-k].strip() if len(segments) > k else ""
        if segment[:1].isupper():
            named = subject_before(segment + " ")
            if named is not None and named.kind == "name" and (segment.endswith(named.text) or segment.startswith(named.text + " of ")):
                return named
    return None


#: A person's name and the organisation "of" which they are, as a closing subject (group 1: the
#: name, particles such as "van" or "de" inside it).
_NAME_OF = re.compile(
    rf"\s*((?:[{UPPER}][\w’'.-]+\s+(?:(?:van|von|de|der|den|da|di|du|le|la|al|el|bin)\s+)?){{1,3}}[{UPPER}][\w’'-]+)\s+of\s+[^,;:“”\"]+$"
)


def closing_attribution(rest: str) -> tuple[Mention | None, str | None]:
    """The attribution ending a quote's sentence after more text: 'The promise to "take our
    country back" appeals to …, said Alan Abramowitz, a demographer.' ``rest`` is the masked
    sentence after the quote; only a clause set off by a comma at the very end counts."""
    clause = first_sentence(rest)
    for verb in reversed(list(SPEECH_VERB.finditer(clause))):
        word = verb.group().lower()
        if word.endswith("ing") or word in NAMING_VERBS:
            continue
        before = clause[: verb.start()].rstrip()
        if _RELATIVE_BEFORE_VERB.search(before):
            continue  # "…, said a nurse who asked not to be named.": the relative clause's verb
        if word in INVERTIBLE and before.rstrip("”\"").endswith(",") and before[-1:] in "”\"":
            # '“A” was to be a “B,” said Ann Roe, her agent.': the inverted cue after a later quote
            # closes the whole sentence, A as well as B
            inverted = phrase_after(clause[verb.end() :])
            if inverted is not None and inverted.kind in {"name", "description"}:
                return inverted, word
        if word in SPEAKER_AFTER and before.rstrip("”\"").endswith(",") and before[-1:] in "”\"":
            # '“A” and software “B,” according to a state forecast': a later quote's comma inside its
            # marks, then the source of the whole sentence
            before = before.rstrip("”\"")
        if before.endswith(",") and word in LISTENER_VERBS:
            # "…, Jim Cantrell, chief executive of Vantor, told NBC News.": the subject before its
            # appositive or age, never the listener after the verb ("Ramos, 58, told AFP")
            teller = _apposed_subject(before) if _told_whom(clause[verb.end() :]) else None
            return (teller, word) if teller is not None else (None, None)
        if before.endswith(","):  # "…, said Alan Abramowitz, a demographer."
            after_verb = clause[verb.end() :].split()[:1]
            if after_verb and after_verb[0].lower() in _NO_INVERSION_AFTER:
                # "Author Ann Roe, from Sea Point, spoke about reading Mills and Boon books": the
                # verb's own object or topic, no subject put after it
                return None, None
            mention = phrase_after(clause[verb.end() :])
            later_quote = _LAST_CLOSING_MARK.search(before) if mention is None else None
            if later_quote is not None and len(WORD.findall(later_quote.group(1))) <= _APPOSED_SUBJECT_WORDS:
                # 'A and “B,” Howard Dean, the former governor, proclaimed to a crowd': the subject
                # between the later quote and the verb speaks both
                mention = subject_before(later_quote.group(1))
                mention = mention if mention is not None and mention.kind == "name" else None
            if mention is None and _CLAUSE_ENDS.fullmatch(clause, verb.end()):
                # "…, Ann Roe, who chairs the council, said (in an email).": no inverted subject
                # after the verb, so the comma closes the subject's own appositive or clause
                mention = _apposed_subject(before)
            return (mention, word) if mention is not None else (None, None)
        comma = before.rfind(",")
        subject = before[comma + 1 :] if comma >= 0 else ""
        words = len(WORD.findall(subject))
        after = clause[verb.end() :].strip(" .").split()
        # "…, X said." / "…, X wrote in a filing." / "…, X said; the protest was a release."
        ends_here = not after or after[0].lower() in INTRO_WORDS or after[0].startswith(";")
        # "…, Jim Cantrell told NBC News.": a named teller, the listener ending the sentence (not
        # "…, an official told the paper", whose unnamed teller a later "she" may not be)
        told = not ends_here and word in LISTENER_VERBS and _told_whom(clause[verb.end() :])
        if subject and (ends_here or told) and words <= _CLOSING_SUBJECT_WORDS:
            mention = head_of_segment(subject)
            if mention is not None and (words <= 4 or speaking_person(mention)) and (not told or mention.kind == "name"):
                return mention, word
        named_of = _NAME_OF.match(subject) if subject and (ends_here or told) else None
        if named_of is not None:
            # "…, Joost van Hoof of the Netherlands’ Fontys University of Applied Sciences writes in
            # an accompanying article.": a name and its long organisation, the name speaks
            mention = head_of_segment(named_of.group(1))
            if mention is not None and mention.kind == "name" and mention.text == named_of.group(1):
                return mention, word
        return None, None
    return None, None

