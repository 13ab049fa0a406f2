"""Who speaks a participle of saying before a quote: "…, saying “…”", "with aides warning “…”".

A participle has no subject of its own among the sentence's words. It shares the main clause's
("Kline vetoed the bill, calling it “…”"), or takes the one a phrase right before it names: the
one remembered, recorded or shown ("recalls his father warning him", "a clip of Tom Weller
saying", "A video shows a woman screaming"), the noun of a with-phrase ("with forecasters
warning"), the one a frame of quoting names ("was quoted as saying"); or nobody we can name ("so
long as I preface it by saying"). ``attribution`` hands it every cue in -ing that no relative
clause in the progressive ("which some are calling") claimed first: ``participle_speaker``.
"""

from __future__ import annotations

import re

from .appositives import TIME_BEFORE_SUBJECT, past_participle_intro
from .conjunct_words import INNER_PREPOSITIONS
from .head_kinds import can_speak
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import UPPER
from .quoting_frames import passive_quoting
from .relative_clauses import MASK, OPEN_WHICH, people_head, relative_antecedent, who_antecedent
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speakers import name_right_before, subject_before
from .speech_verbs import SPEECH_VERB, first_verb
from .verb_subjects import thing_subject
from .wordlists import is_place

#: A verb of memory or hearing and its object right before a participle ("recalls his father
#: warning him", "remembered a guard shouting"): the object is the participle's subject.
_RECALLS_SOMEONE = re.compile(
    rf"\b(?:recall|recalls|recalled|remember|remembers|remembered|hear|hears|heard)\s+((?:[\w’'.{ABBREVIATION_DOT}-]+\s+){{1,4}}?)$"
)
#: A verb of showing, catching or holding someone and its object, a description of a person,
#: right before a participle ("shows a woman screaming", "arrested a man shouting"; group 1 the
#: description, group 2 its head).
_SHOWING = (
    r"\b(?:show|shows|showed|shown|showing|depict|depicts|depicted|feature|features|featured|captur(?:e|es|ed)|"
    r"film(?:s|ed)?|record(?:s|ed)|caught|catch(?:es)?|saw|see|sees|spotted|spots|arrest(?:s|ed)|detain(?:s|ed)|"
    r"photographed|pictured|watched|watch(?:es)?|found|finds)"
)
_SHOWS_SOMEONE = re.compile(
    _SHOWING + r"\s+"
    r"((?:a|an|the|one|two|three|several|some|many|dozens\s+of|hundreds\s+of)\s+(?:[a-z][\w’'-]*\s+){0,2}?([a-z][\w-]*))\s+$"
)
#: The same verbs with a named object and an aside set off by commas before the participle ("The
#: film showed Mr Tarrant, apparently talking about the vote, telling the meeting"; group 1 the
#: name): the one shown speaks, the aside only says how.
_SHOWS_NAMED_SET_OFF = re.compile(
    _SHOWING + rf"\s+((?:[{UPPER}][\w’'.-]*\s+){{0,3}}[{UPPER}][\w’'-]*)\s*,\s+[^,;:]{{1,80}},\s*$"
)
#: A recording of someone right before a participle of saying ("a clip of Tom Weller saying",
#: "video from 2019 of the mayor telling", "a clip of Tom Weller's son saying"; group 1 the one
#: recorded, a name or a description).
_MEDIA_OF_SOMEONE = re.compile(
    r"\b(?:clip|video|recording|footage|tape|audio|excerpt|snippet)s?\s+(?:from\s+[^,;:“”\"]{1,40}?\s+)?of\s+"
    rf"((?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}}|(?:the|a|an|his|her|their|(?:[{UPPER}][\w.’'-]*\s+){{0,2}}[{UPPER}][\w-]*[’']s?)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w-]*\s+)$"
)
#: "… distanced himself by saying": the participle's subject is the sentence's subject.
_BY_DOING = re.compile(r"\b(?:by|after|before|while|when|without|in|at)\s+$", re.IGNORECASE)
#: A subordinate clause with a pronoun subject running, with no comma, into the "by" before the
#: participle ("so long as I preface it by", "if she ends each talk by"; group 1 the pronoun).
_CLAUSE_OWN_PRONOUN = re.compile(
    r"\b(?:(?:so|as)\s+long\s+as|if|when|whenever|unless|because|once|until|since)\s+(I|we|you|he|she|they)\s+(?:[\w’'-]+\s+){1,6}?(?:by|after|before|without|when|while|in)\s+$"
)
#: A verb of opening, closing or answering, maybe with its object, right before "by" and the
#: participle ("began by", "opened his speech by", "responded by"): its subject, right before it,
#: speaks (group 1 a subject pronoun there).
_OPENING_VERBS = (
    r"(?:began|begins|started|starts|opened|opens|ended|ends|closed|closes|concluded|concludes|finished|finishes|"
    r"responded|responds|replied|replies|reacted|reacts|answered|answers)(?![\w’'-])"
)
_OPENED_BY = re.compile(
    rf"(?:(?<![\w’'])(he|she|they)\s+|(?<=[\w’'.])\s+)(?:(?:then|later|also|again|[a-z]+ly)\s+)?{_OPENING_VERBS}"
    rf"(?:\s+(?:his|her|their|its|the)(?:\s+(?!{_OPENING_VERBS})[a-z-]+){{1,2}})?\s+by\s+$",
    re.IGNORECASE,
)
#: Nothing between two quotes of a sentence but punctuation and maybe one participle (", adding,").
_ONLY_PARTICIPLE = re.compile(r"[\s,;:—–-]*(?:[a-z]+ing[\s,;:—–-]*)?")
#: A participle's own subject after "with": "…, with spokesman Glen Caplin saying".
_WITH_SUBJECT = re.compile(r"\bwith\s+[^,;]*$", re.IGNORECASE)
#: A with-phrase set off by a comma (or opening the sentence) right before a participle: "…, with
#: forecasters warning", not "Kell met with reporters, warning" (group 1: the phrase's noun).
_SET_OFF_WITH = re.compile(r"(?:^|,)\s*with\s+([^,;]*?)\s*$", re.IGNORECASE)
#: A with-phrase opening on a name or a noun and going on with one or two comma pieces set off
#: before the participle: "…, with Jeremy Corbyn, leader of the opposition Labour Party, describing"
#: (group 1: the phrase, no "with" and no last comma).
_WITH_APPOSED = re.compile(r"(?:^|,)\s*[Ww]ith\s+([^,;:“”\"]{2,60}(?:,[^,;:“”\"]{2,80}){1,2}),\s*$")
#: A with-phrase opening the sentence ("With days to go, …", "So, with just a few days left, …").
_OPENING_WITH = re.compile(r"\s*(?:(?:So|And|But|Now|Then),?\s+)?[Ww]ith\s")
_CONJUNCTION_ONLY = re.compile(r"\s*(?:So|And|But|Now|Then)?\s*")
#: "with a voice over" right before a participle: an indefinite someone as its subject (not across
#: a dash: '… its deal with the state party — saying “…”' sets the participle off from the phrase).
_WITH_SOMEONE = re.compile(r"\bwith\s+((a|an|both|some|many|several|most|all|the)\s+(?:(?!\s--?\s)[^,;—–])*?)\s*$")
#: "we are", "I was", "you're" right before a participle: a progressive verb of the writer or the
#: reader, whose subject is the pronoun (no speaker we can name), not the sentence's first noun.
_WRITER_PROGRESSIVE = re.compile(r"(?<![\w’'-])(?:I|[Ww]e|[Yy]ou)(?:\s+(?:am|are|was|were)|[’'](?:m|re))\s+(?:[a-z]+ly\s+)?(?:still\s+|now\s+|also\s+)?$")
#: A frame of quoting right before a participle of saying: active ("had quoted Reyes as", "quotes
#: him as") or passive ("was quoted by Reuters as", and with "as" "was reported as", "was cited
#: as", "was recorded as"); what stands before it is its subject.
_QUOTING_FRAME = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:quoted|quotes|misquoted|misquotes)\s+[^,;:.!?“”\"]{1,60}?\s+as\s*$"
    rf"|(?P<passive>{passive_quoting('(?:mis)?quoted')})"
)
#: A relative pronoun ending a stretch of text: ", which", " who", " that".
_RELATIVE_END = re.compile(r"[\s,](?:which|who|that)\s*$", re.IGNORECASE)
#: "and", "but" or a semicolon opening a second main clause ("… and Diaz criticized him").
_CLAUSE_JOIN = re.compile(r"(?:,?\s+(?:and|but|yet)|;)\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|he|she|they)\s)")
#: A comma and a conjunction of concession opening a clause set off ("…, although", "…, even though").
CONCESSIVE_OPENER = r",\s+(?:although|though|whereas|even\s+though)\s+"
#: A concessive clause whose own verb a participle after "by" (or "after", …) goes with, no comma
#: between ("…, although Ann Roe won the spin by declaring"): group 1 is the clause.
_CONCESSIVE_BY_DOING = re.compile(rf"{CONCESSIVE_OPENER}([^,;]+?)\s+(?:by|after|before|while|without)\s+$")
#: A concessive clause set off before a participle ("…, although Owen Pryce was among those
#: questioning it, writing: “…”"): group 1 is the clause after the conjunction.
_CONCESSIVE_CLAUSE = re.compile(rf"{CONCESSIVE_OPENER}([^,;]+),\s*$")
#: A person after "from" or "by" closing the main clause before a participle, maybe with a day
#: after it ("signed by Gov. Ann Roe on Friday, calling it"; group 1).
_AGENT_BEFORE = re.compile(
    rf"\s(?:from|by)\s+((?:[{UPPER}][\w.․’'-]*\s+){{1,4}}[{UPPER}][\w’'-]*)"
    r"(?:\s+(?i:(?:(?:on|late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|(?:last|this)\s+\w+)))?\s*,\s*$"
)
#: A time closing the main clause right before a participle ("… the message from Ohio on Tuesday
#: warning", "… sued in 2010 claiming"): the participle goes with the main clause's subject, as
#: after a comma, not with the name the time follows.
_TIME_BEFORE_PARTICIPLE = re.compile(
    r"\s(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last\s+(?:week|month|night|year)|"
    r"this\s+(?:week|month|morning|afternoon|evening)|in\s+(?:19|20)\d\d)\s*$",
    re.IGNORECASE,
)
#: A fronted subordinate clause up to its comma ("When Winfrey asked if he could, ").
_FRONTED_SUBORDINATE = re.compile(r"\s*(?:When|After|Before|While|Although|Though|Because|Since|Once|Until|Whenever)\s[^,;:“”\"]{3,120},")


#: A finite verb in -ed and its object, a name, right before the participle, with no comma
#: ("sued AT&T arguing", "fined Acme Corp. saying"; group "verb", group "object").
_VERB_THEN_NAMED_OBJECT = re.compile(
    rf"(?<![\w’'-])(?P<verb>[a-z]+ed)\s+(?P<object>(?:[{UPPER}](?:[\w.{ABBREVIATION_DOT}’'-]|&(?=[{UPPER}]))*\s+(?:&\s+)?){{1,4}})$"
)
#: Verbs whose object is someone perceived, shown, held or quoted: that object may be the one
#: speaking the participle ("heard Weller saying", "arrested Weller shouting").
_OBJECT_SPEAKS_VERBS = frozenset(
    """heard watched filmed recorded showed featured depicted captured photographed pictured spotted
    arrested detained stopped quoted cited interviewed asked pressed overheard noticed observed
    remembered recalled imagined described portrayed caught""".split()
)
#: "that" opening the participle's complement: a verb of arguing a point ("arguing that").
_THAT_COMPLEMENT = re.compile(r"\s+that\s")


#: A name set off by a dash, a colon or a semicolon right before the participle ("… – Ryan
#: saying", "; Kell adding"; group 1 the name): an absolute phrase with its own subject.
_ABSOLUTE_NAME = re.compile(rf"(?:[—–:;]|\s--?)\s+((?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}})$")


#: Such an absolute phrase earlier in the sentence, and "and" with a name right before the
#: participle: the second absolute phrase of a pair.
_ABSOLUTE_NAME_THEN_PARTICIPLE = re.compile(rf"(?:[—–:;]|\s--?)\s+(?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}}[a-z]+ing\s")
_AND_NAME = re.compile(rf"\sand\s+((?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}})$")


def _subject_acting_on_object(sentence: str, before: str, cue: re.Match[str]) -> Mention | None:
    """The main clause's subject when its verb acts on a named object right before a participle
    that argues a point: 'The Justice Department on Monday sued AT&T arguing that the carrier
    would …' is the department's argument, not AT&T's (the object sued, fined or attacked says
    nothing by it). Not after verbs of perceiving, showing, holding or quoting, whose object may
    be the one speaking ('Police heard Weller saying that …')."""
    acted = _VERB_THEN_NAMED_OBJECT.search(before)
    if acted is None or acted.group("verb") in _OBJECT_SPEAKS_VERBS or not _THAT_COMPLEMENT.match(sentence, cue.end()):
        return None
    subject = leading_np(sentence[: acted.start()] + " ")
    if subject is None or not (subject.kind in {"name", "description"} or subject.is_he_or_she):
        return None
    return subject


def _second_clause_subject(before: str) -> Mention | None:
    """The subject of the last of two main clauses before a participle: "Kline vetoed the bill and
    Diaz criticized him, saying" is Diaz's. Only a clause with a subject and a verb of its own
    after a clause that has its verb ("Ann Roe and Ben Poe criticized" is one clause, "thanked Ben
    Poe and his staff" joins objects, "vetoed it and criticized them" a verb)."""
    joins = list(_CLAUSE_JOIN.finditer(before))
    for join in reversed(joins):
        first, second = before[: join.start()], before[join.end() :]
        if first_verb(" " + first) is None and SPEECH_VERB.search(first) is None:
            return None  # the "and" is inside the sentence's subject
        verb = first_verb(" " + second)
        if verb is None or verb.start() == 0:
            continue
        subject = leading_np(second, appositive=False)
        if subject is not None and subject.kind in {"name", "description", "pronoun"}:
            return subject
        return None
    return None


#: A verb that moves someone to issue a text, that someone, and the issuing before a participle
#: ("prompted the tabloid to print a cover saying", "urged the union to send a letter saying";
#: group 1 the one who issues it): the text is theirs, not the main clause's subject's.
_MOVED_TO_ISSUE = re.compile(
    r"\b(?:prompt(?:s|ed|ing)?|led|lead(?:s|ing)?|forc(?:e|es|ed|ing)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|"
    r"press(?:es|ed|ing)?|caus(?:e|es|ed|ing)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|inspir(?:e|es|ed|ing)|"
    r"encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on)\s+"
    r"((?:(?!to\s)[\w’'.-]+\s+){1,5}?)to\s+"
    r"(?:print|run|publish|issue|send|release|post|write|draft|sign|air|tweet|file|put\s+out|do|produce)\s+"
    r"(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,2}?[a-z][\w-]*\s+$"
)


#: A subordinate clause of time or cause closing the text before a participle set off by a comma
#: ("… as a heckler stood up, shouting", "… while a guard walked past, yelling"; group 1 the clause).
_SUBORDINATE_BEFORE = re.compile(r"\s(?:as|while|when|whenever|until|because|since|once)\s+([^,;:“”\"]{3,100}),\s*$")


def _subordinate_clause_subject(before: str, earlier: list[re.Match[str]]) -> Mention | None:
    """The subject of a clause of time or cause that closes the text before a participle: "The
    feud began when Norvik filed a suit, alleging" is Norvik's claim, the clause's person right
    before the participle, never the main clause's subject for sure ("Olsen arrived as a heckler
    stood up, shouting" may be either's). Only a clause after the sentence's speech verbs, with a
    subject and a verb of its own, whose subject is a name or a description of someone who speaks
    ("as the vote neared, saying" has no one: the main clause's subject)."""
    clause = _SUBORDINATE_BEFORE.search(before)
    if clause is None or (earlier and clause.start() < earlier[-1].end()):
        return None
    verb = first_verb(" " + clause.group(1))
    if verb is None or verb.start() == 0:
        return None
    subject = leading_np(clause.group(1), appositive=False)
    if subject is None or subject.kind not in {"name", "description"}:
        return None
    if subject.kind == "description" and not (people_head(subject.text.split(" of ")[0].split()[-1]) and can_speak(subject.text)):
        return None
    return subject


def subordinate_person_closes(before: str) -> bool:
    """``before`` (up to the comma before a participle of saying) closes on a clause of time or
    cause with a person of its own ("Kell laughed while Ann Roe frowned,"): the participle may be
    either person's (``_subordinate_clause_subject``)."""
    return _subordinate_clause_subject(before, []) is not None


#: The subject of a cue inverted after a reported clause, up to the comma before a participle:
#: "…, said Ana Reyes, calling", "…,” said Reyes, the mayor, adding" (group 1: the subject, and
#: an appositive set off after it).
_INVERTED_SUBJECT = re.compile(r"\s+([^,;:“”\"]{2,60}(?:,[^,;:“”\"]{2,60})?),\s*$")
#: Verbs of saying that news writing inverts after a reported clause ("…, said Reyes"): only
#: these, so a verb after a subject's appositive ("Ed Roe, a donor, praised Ann Lutz, calling")
#: is never read as inverted.
_INVERTING_VERBS = frozenset(
    """said says added adds wrote writes noted notes explained explains argued argues warned warns
    insisted insists recalled recalls continued continues acknowledged admitted declared replied
    observed cautioned stressed emphasized emphasised""".split()
)
#: What ends a reported clause right before an inverted cue: a comma, maybe after a closing quote.
_REPORTED_CLAUSE_END = re.compile(r"[,;:—–][”\"’']?\s*$|[”\"]\s*$")


#: A message and its sender right before a participle ("a text message from Ann Weller saying",
#: "an email from the mayor's office saying"; group 1 the sender, no clause of its own); not a
#: figurative "message" ("summed up the message from Michigan warning …").
_MESSAGE_FROM_RIGHT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?)(?:text\s+message|email|e-mail|text|letter|note|memo|voicemail|call|cable|tweet)s?\s+from\s+"
    r"((?:(?!(?:that|which|who|and|but|to)\s)[^,;:“”\"·\s]+\s+){0,7}?[^,;:“”\"·\s]+)\s*,?\s*$"
)


def _inverted_cue_subject(sentence: str, before: str, verb: re.Match[str]) -> Mention | None:
    """The subject of an inverted speech verb right before the participle: 'Turnout fell sharply,
    said Ana Reyes, calling the result “…”' is Reyes's; the main clause before the cue is what
    she reported, so its subject ("Turnout") says nothing. Only when the verb follows the end of
    a reported clause (a comma or a quote) and nothing but its subject (and an appositive) stands
    between it and the participle."""
    if verb.group().lower() not in _INVERTING_VERBS or not _REPORTED_CLAUSE_END.search(sentence[: verb.start()]):
        return None
    subject = _INVERTED_SUBJECT.fullmatch(before, verb.end())
    if subject is None:
        return None
    phrase = subject.group(1).split(",")[0]
    if phrase.split()[:1] and phrase.split()[0].lower() in INNER_PREPOSITIONS:
        # 'The senator, a Democrat, wrote to members, saying': a phrase opening on a preposition
        # is the verb's complement, no inverted subject (the comma closed an appositive)
        return None
    mention = head_of_segment(phrase)
    if mention is None or not (mention.kind == "name" or mention.kind == "description" and can_speak(mention.text)):
        return None
    # the phrase is the subject and nothing more ("said Reyes", not "praised Sanders for his win")
    return mention if mention.text.split()[-1] == phrase.split()[-1] else None


#: "and" closing the text before a participle, after a comma or not (", and ", " and also ").
_AND_RIGHT_BEFORE = re.compile(r"[,\s]\s*and(?:\s+(?:also|then|later))?\s*$")


#: A "which" standing for the clause before it, not a thing ("…, which is why", "which meant").
_SENTENTIAL_WHICH = re.compile(r"\s+(?:is|was|are|were|means?|meant|explains?|explained|led|leads)\b")
#: A person as a subject inside the clause ("which is how she …", "which led him to …").
_PERSON_IN_CLAUSE = re.compile(r"\b(?:he|she|they|I|we|him|her|them|why|how)\b")


def _which_clause_subject(before: str) -> tuple[bool, Mention | None]:
    """Whether the participle ending ``before`` is inside an open "which" clause whose own verb
    follows "which" directly ("the Green party, which tried to rally support by saying"), and
    its subject: the thing "which" stands for, a name ending the text before the comma ("the
    Harbor Alliance, which …"), else no one we can read ("Ray Doyle's party, which …" is not
    Doyle). A clause with a subject of its own ("which critics attacked by saying") is left."""
    which = OPEN_WHICH.search(before)
    clause = " " + which.group().split("which", 1)[1].lstrip() if which is not None else ""
    if which is None or _SENTENTIAL_WHICH.match(clause) or _PERSON_IN_CLAUSE.search(clause):
        return False, None  # "…, which is why she defended it by saying": about the clause, hers
    verb = first_verb(clause)
    if verb is None or verb.start() != 0:
        return False, None
    thing = who_antecedent(before[: which.start()])
    return True, (thing if thing is not None and thing.kind == "name" else None)


#: A relative clause on a person set off by a comma and still open at the participle ("…, Tom
#: Kell, who last week upset the race by"): the participle is its verb's, whose subject is "who".
_OPEN_WHO = re.compile(r",\s+who\s[^,;:“”\"—–()]*$")
#: Words after "who" that open a clause with a subject of its own ("who he says", "who the police
#: sought"): "who" is then its object.
_NOT_A_VERB_AFTER_WHO = frozenset("he she they we you i it the a an his her their its this that these those".split())


def _who_clause_subject(before: str) -> tuple[bool, Mention | None]:
    """Whether the participle ending ``before`` is inside an open "who" clause whose own verb
    (no subject) follows "who", maybe after a time phrase ("…, Tom Kell, who last week upset the race
    by questioning"), and its subject: the antecedent (``relative_antecedent``), or no one we can
    read; never the main clause's subject ("Dole will face Tom Kell, who …")."""
    who = _OPEN_WHO.search(before)
    if who is None:
        return False, None
    clause = TIME_BEFORE_SUBJECT.sub("", who.group().split("who", 1)[1]).lstrip()
    first = clause.split(" ", 1)[0]
    if not first.isalpha() or not first.islower() or first in _NOT_A_VERB_AFTER_WHO:
        return False, None  # "who he says …", "who the police …": "who" is no subject there
    decided, antecedent = relative_antecedent(before[: who.start()], "who")
    return True, (antecedent if decided else None)


def _opening_with_phrase(before: str, apposed_with: re.Match[str]) -> bool:
    """The with-phrase found before a participle opens the sentence and its first piece is no one
    who may speak ("With days to go,", "So, with the deadline close,"), unlike "With Jeremy
    Corbyn, leader of the opposition, describing …"."""
    if not _OPENING_WITH.match(before) or not _CONJUNCTION_ONLY.fullmatch(before[: apposed_with.start()]):
        return False
    head = head_of_segment(apposed_with.group(1).split(",")[0])
    return head is None or head.kind == "description" and not can_speak(head.text)


def participle_speaker(
    sentence: str, verbs: list[re.Match[str]], before: str, word: str, between: str, previous: Mention | None
) -> tuple[Mention | None, str | None]:
    """The speaker of the cue ``word``, a participle of saying, and the cue: ``before`` is the
    ``sentence`` up to it, ``verbs`` the sentence's speech verbs as ``attribution`` kept them (the
    cue's among them), ``previous`` the speaker of the paragraph's quote before, ``between`` the
    text since that quote. No speaker when the sentence names no one for sure."""
    if previous is not None and _ONLY_PARTICIPLE.fullmatch(between.replace("and", "")):
        return previous, word  # '"A," adding, "B"': the participle continues A's attribution
    joined = [v for v in verbs[:-1] if v.group().lower().endswith("ing") and sentence[: v.start()].rstrip().endswith(",")]
    if joined and _AND_RIGHT_BEFORE.search(before):
        # 'Kell had the air of a winner, noting that … from a former rival, Ben Carter, and
        # suggesting “…”': a participle coordinated with an earlier one set off by a comma shares
        # its subject, never the name that ends the first one's phrase
        first = joined[-1]
        return participle_speaker(sentence, verbs[: verbs.index(first) + 1], sentence[: first.start()], first.group().lower(), between, previous)[0], word
    # not "Pressed by reporters, Sen. Mia Lord rejected the offer, saying": a participle phrase
    # opening the sentence is no finite verb
    opens_on_participle = sentence[: verbs[0].start()].strip(MASK) == "" and past_participle_intro(sentence.split()[:2])
    fronted = _FRONTED_SUBORDINATE.match(sentence)
    earlier = [
        v
        for k, v in enumerate(verbs[:-1])
        if not v.group().lower().endswith("ing")
        and not (k == 0 and opens_on_participle)
        # 'When Winfrey asked if he could share them, he declined, saying “…”': a verb of the
        # fronted clause is not the main clause's, whose subject the participle shares
        and not (fronted is not None and v.end() <= fronted.end())
        # 'The Alliance, a group that says it …, and several other organizations sued in 2010
        # claiming': nor is a relative clause's verb
        and _RELATIVE_END.search(sentence, 0, v.start()) is None
    ]
    recalled = _RECALLS_SOMEONE.search(before)
    heard = head_of_segment(recalled.group(1)) if recalled is not None else None
    if heard is not None and heard.kind in {"name", "description"}:
        return heard, word  # 'Kell recalls his father warning him: “…”': the one remembered speaks
    filmed = _MEDIA_OF_SOMEONE.search(before)
    heard_in = head_of_segment(filmed.group(1)) if filmed is not None else None
    if heard_in is not None and heard_in.kind in {"name", "description"}:
        return heard_in, word  # 'Reyes posted a clip of Tom Weller saying “…”': Weller speaks in it
    shown = _SHOWS_SOMEONE.search(before)
    if shown is not None and people_head(shown.group(2)):
        # 'A video shows a woman screaming “…”', 'Police arrested a man shouting “…”': the one
        # shown or held speaks, not the video or the police
        return head_of_segment(shown.group(1)), word
    shown_named = _SHOWS_NAMED_SET_OFF.search(before) if "," in before else None
    named_shown = head_of_segment(shown_named.group(1)) if shown_named is not None else None
    if named_shown is not None and named_shown.kind == "name":
        return named_shown, word  # "The film showed Mr Tarrant, apparently …, telling": Tarrant speaks
    moved = _MOVED_TO_ISSUE.search(before)
    issuer = head_of_segment(moved.group(1)) if moved is not None else None
    if issuer is not None and (issuer.kind == "name" or issuer.kind == "description" and can_speak(issuer.text)):
        return issuer, word  # "which prompted the tabloid to print a cover saying": the tabloid's cover
    subordinate = _subordinate_clause_subject(before, earlier)
    if subordinate is not None:
        main = leading_np(sentence)
        if main is None or thing_subject(main):
            return subordinate, word  # "The feud began when Norvik Corp. filed a suit, alleging": Norvik
        # "Olsen arrived as a heckler stood up, shouting", "Olsen waited while the senator read the
        # letter, saying": either person may be the participle's; which one is a guess
        return None, word
    apposed_with = _WITH_APPOSED.search(before)
    if apposed_with is not None and _opening_with_phrase(before, apposed_with):
        # "With days to go, Tom Reyes quit, telling …", "With the deadline close, the senator
        # wrote, saying …": a with-phrase of no one opening the sentence is set off before the
        # main clause, no apposition; the main clause's subject is read below
        apposed_with = None
    if apposed_with is not None:
        # "…, with Jeremy Corbyn, leader of the opposition, describing his tweets as “…”": the
        # with-phrase's person, set off with a description, says it (never the main clause's subject)
        inside = subject_before(apposed_with.group(1) + ", ")
        return (inside, word) if inside is not None and inside.kind in {"name", "description"} else (None, None)
    if (before.rstrip().endswith(",") or _BY_DOING.search(before) or _TIME_BEFORE_PARTICIPLE.search(before)) and not earlier:
        doing = _CONCESSIVE_BY_DOING.search(before) if _BY_DOING.search(before) else None
        own = leading_np(doing.group(1), appositive=False) if doing is not None and first_verb(" " + doing.group(1)) is not None else None
        if own is not None and own.kind in {"name", "description", "pronoun"}:
            # "Kell won the primary, although Ann Roe won the spin by declaring herself the “…”":
            # no comma sets the participle off, so it is the concessive clause's own verb's
            return own, word
        conceded = _CONCESSIVE_CLAUSE.search(before)
        if conceded is not None and first_verb(" " + conceded.group(1)) is not None and leading_np(conceded.group(1), appositive=False) is not None:
            # "The publisher dropped the book, although Owen Pryce was among those questioning
            # it, writing: “…”": the participle may be the main clause's subject's or the
            # concessive clause's; either reading is a guess
            return None, word
        inner = _CLAUSE_OWN_PRONOUN.search(before) if _BY_DOING.search(before) else None
        if inner is not None:
            # 'Asking staff for logs is fine so long as I preface it by saying, “…”': the
            # participle is the verb's of the clause right before it, whose subject is a
            # pronoun (the writer's "I" is nobody we name), never the gerund the sentence opens on
            pronoun = inner.group(1).lower()
            return (Mention("pronoun", pronoun) if pronoun in {"he", "she", "they"} else None), word
        in_which, thing = _which_clause_subject(before)
        if in_which:
            # 'The rhetoric came from the Green party, which tried to rally support by saying
            # that …': the relative clause's thing, never the main clause's subject
            return thing, word
        in_who, person = _who_clause_subject(before)
        if in_who:
            # 'Dole faces Tom Kell, who last week upset the race by questioning “…”': the
            # relative clause's person, never the main clause's subject
            return person, word
        second = _second_clause_subject(before)
        if second is not None:
            return second, word  # "Kline vetoed the bill and Diaz criticized him, saying": Diaz
        # "…, Trump went after Bush, calling him": the participle's subject is the sentence's
        subject = leading_np(sentence)
        opened = _OPENED_BY.search(before) if subject is None else None
        if opened is not None:
            # "When he returned he began by saying", "After the vote Ortiz opened his speech by
            # saying": an opening phrase with no comma hid the sentence's subject, which is the
            # one right before the verb of opening or answering
            pronoun = opened.group(1)
            subject = Mention("pronoun", pronoun.lower()) if pronoun else subject_before(before[: opened.start()] + " ")
        agent = _AGENT_BEFORE.search(before) if subject is not None and thing_subject(subject) else None
        named = head_of_segment(agent.group(1)) if agent is not None else None
        if named is not None and named.kind == "name" and len(named.text.split()) > 1:
            # "The plan drew fire from Ann Roe, calling it …", "The bill was signed by Gov. Ann
            # Roe, calling it …": a thing says nothing; the person it came from or by does
            return named, word
        if subject is not None:
            return subject, word
    frame = _QUOTING_FRAME.search(before)
    # the frame's own verb ("was reported as") is no earlier verb of the sentence
    outer = [v for v in earlier if frame is None or v.end() <= frame.start()]
    if frame is not None and outer:
        # 'Weller said Reyes was quoted as saying', 'Weller said the Ledger misquoted her as
        # saying': the words are not the reporting verb's subject's; the frame's subject or
        # nobody (an active "quoted Reyes as saying" is Reyes's, read before: ``quoting_frames``)
        quoting = before[outer[-1].end() : frame.start()]
        if _RELATIVE_END.search(quoting):
            # '… in comments to a magazine, which quoted him as saying “…”': the one quoting
            # is the relative's antecedent, which the clause before may not end on (it ended
            # on "the arrests"): nobody we can read for sure
            return None, word
        return subject_before(quoting + " "), word
    if frame is not None and frame.group("passive") and not outer:
        # 'Reyes was quoted in the Ledger saying “…”': the passive's subject, not the name
        # that ends the by- or in-phrase right before the participle
        return subject_before(before[: frame.start()] + " "), word
    absolute = _ABSOLUTE_NAME.search(before)
    if absolute is None and _ABSOLUTE_NAME_THEN_PARTICIPLE.search(before):
        absolute = _AND_NAME.search(before)  # '… – Ryan saying “…” and Trump calling it': the second one
    own = name_right_before(absolute.group(1)) if absolute is not None else None
    if absolute is not None and own is not None and own.text == absolute.group(1).strip():
        # 'both men issued a statement – Ryan saying he was “…” and Trump calling it a “…”': a name
        # set off by a dash right before the participle is its own subject
        return own, word
    later_clause = before[earlier[-1].end() :] if earlier and before.rstrip().endswith(",") and ", and " in before[earlier[-1].end() :] else ""
    second = _second_clause_subject(before) if later_clause else None  # (the last join is after the verb)
    if second is not None and (second.kind == "name" or second.kind == "description" and can_speak(second.text)):
        # 'Teachers say the rules are unfair, and the union has sued the city over them, saying
        # “…”': a main clause of its own after the speech verb's, its subject the participle's
        return second, word
    sent = _MESSAGE_FROM_RIGHT_BEFORE.search(before) if earlier and " from " in before else None
    sender = head_of_segment(sent.group(1)) if sent is not None else None
    if sender is not None and (sender.kind == "name" and not is_place(sender.text) or sender.kind == "description" and can_speak(sender.text)):
        # 'The firm denied that its director received a text message from Ann Weller saying the
        # project was “…”': the message's sender, not the denying verb's subject
        return sender, word
    inverted = _inverted_cue_subject(sentence, before, earlier[-1]) if earlier else None
    if inverted is not None:
        return inverted, word  # 'Turnout fell, said Ana Reyes, calling it “…”': Reyes, not turnout
    if earlier and not _WITH_SUBJECT.search(before):
        # "Clinton responded to the question on Facebook writing, …": the finite verb's subject,
        # not the name right before the participle (that is for "with spokesman X saying")
        mention = subject_before(sentence[: earlier[-1].start()])
        if mention is not None:
            return mention, word
    with_someone = _WITH_SOMEONE.search(before)
    if with_someone is not None:
        # "The ad ends with a voice over saying:": the with-phrase is the participle's subject
        inside = head_of_segment(with_someone.group(1))
        if inside is not None and inside.kind == "description":
            return inside, word
        if with_someone.group(2).lower() != "a" and with_someone.group(2).lower() != "an":
            # "…, with both sides calling": the participle's own subject, if not a person's
            # or a group's noun (not the sentence's subject, "Peace talks" read as "Peace")
            return None, None
    set_off_with = _SET_OFF_WITH.search(before) if with_someone is None else None
    if set_off_with is not None and name_right_before(before) is None:
        # "Another storm is set to hit the coast, with forecasters warning that flooding could
        # reach “major” levels": the with-phrase's noun is the participle's subject; when it
        # is no one we can name, nobody, never the sentence's subject (a storm says nothing)
        # "with Donald Trump tweeting that … and asking": the phrase up to its first participle
        inside = head_of_segment(re.split(r"\s(?=[a-z]+ing\b)", set_off_with.group(1), maxsplit=1)[0])
        return (inside, word) if inside is not None and inside.kind in {"name", "description"} else (None, None)
    acting = _subject_acting_on_object(sentence, before, verbs[-1])
    if acting is not None:
        return acting, word
    mention = name_right_before(before) or subject_before(before)
    if mention is None and _WRITER_PROGRESSIVE.search(before):
        return None, None  # "In the next weeks we are adding a rule from the “…” list": the writer's own verb
    if mention is None and earlier:
        mention = subject_before(sentence[: earlier[-1].start()])
    return mention or leading_np(sentence), word
