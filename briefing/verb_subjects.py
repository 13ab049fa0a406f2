"""The speech verb's subject before a quote where it is not the phrase opening the clause, and
the subjects that speak no words; for ``attribution`` and ``participle_speakers``. Also the
holder of a view whose verb takes the quote in a sentence with no speech verb
(``quote_fallbacks``): a relative "who" ("Kell, who wants “…”"), a set-off participle ("…,
defending “…”"), a view set off before a copula ("The answer, Kell believes, is “…”").

The subject may be an inverted cue's speaker earlier in the sentence ('“…,” said X, and added'),
the last clause's of a comparative correlative ("The more Kell complains, the more the people
shrug and say"), a causative verb's object ("prompted the Ledger to declare"), a short clause of
time's ("as she angrily said"), a full name run in after a caption. A thing ("the plan") or a
change or an amount ("the surge in hate") says nothing. Two tests find a speech-verb form that is
no cue at all ("continued until …", "$5 per the hour"). Kept apart from ``attribution``'s one long
reading of the clause, which calls these where its reading needs them.
"""

from __future__ import annotations

import re

from .cue_sources import INVERTIBLE, OBJECT_PRONOUN, source_of
from .given_names import given_name_gender
from .head_kinds import can_speak
from .inverted_speakers import phrase_after
from .mention import Mention
from .organisation_names import DETERMINERS
from .relative_clauses import relative_antecedent
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speakers import name_right_before, subject_before
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    GROUP_VIEW_VERBS,
    OBJECT_VIEW_VERBS,
    PERSON_NOUNS,
    PREPOSITION_VERBS,
    REPORTING_FORMS,
    STANCE_VERBS,
    someone_speaking_noun,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .view_frames import view_frame_start

#: A clause of its own right before the speech verb, opened with no comma after a long
#: sentence start: "…, jabbing her finger at an activist as she angrily said, “…”".
_INNER_CLAUSE = re.compile(r"\s(?:as|while|when)\s+([^,;:—–]{1,40})$")


def inner_clause_subject(before: str) -> Mention | None:
    """The he/she or name subject of a short "as/while/when" clause ending right before the
    verb, when nothing else gave the verb a subject ("… at an activist as she angrily said")."""
    clause = _INNER_CLAUSE.search(before)
    mention = subject_before(clause.group(1)) if clause is not None else None
    if clause is not None and mention is None and _TO_SPEAK.search(clause.group(1)):
        mention = leading_np(clause.group(1))  # "as Tom Reyes rose to speak", "as she began to speak"
    return mention if mention is not None and (mention.kind == "name" or mention.is_he_or_she) else None


def inner_clause_body(before: str) -> Mention | None:
    """The subject of a short "as/while/when" clause ending right before the verb when that
    subject is a whole phrase of people or of a body opened by a determiner or a name ("Melania
    Trump smiled as the Trump campaign insisted", "… while Kell aides argued"): the verb is the
    clause's, so its words are the group's, never the main clause's subject (the person the
    group is named after, or another). None for anything else ("as a scam and said")."""
    clause = _own_inner_clause(before)
    if clause is None:
        return None
    text = clause.group(1).strip()
    words = text.split()
    if not words or not (words[0].lower() in _BODY_OPENERS or words[0][:1].isupper()):
        return None
    mention = subject_before(clause.group(1))
    if mention is None or mention.kind != "description" or mention.text.lower() != text.lower():
        return None
    return mention if can_speak(mention.text) and not thing_subject(mention) else None


#: Determiners that open a group's or a body's phrase ("the campaign", "his aides").
_BODY_OPENERS = frozenset("the his her their its".split())


def inner_clause_verb_subject(sentence: str) -> Mention | None:
    """The subject of a short "as/while/when" clause whose verb (of a view, a wish or saying)
    takes the quote ('The candidate's wife brought glamour to the night as the Trump team sought
    “…”', 'While Kell has condemned “…”'): the clause's own subject, not the main clause's. Read
    only where the sentence has no speech verb (``quote_fallbacks``), so ``wider``."""
    clause = _own_inner_clause(sentence)
    return last_clause_speaker(clause.group(1), coordinated_only=False, wider=True) if clause is not None else None


def _own_inner_clause(text: str) -> re.Match[str] | None:
    """``_INNER_CLAUSE`` at the end of ``text``, when its "as" opens a clause of its own: not a
    group's example ("groups such as the NRA want") nor "as well as" (a joint subject)."""
    clause = _INNER_CLAUSE.search(text)
    if clause is None or text[: clause.start()].rstrip().lower().endswith(_NOT_A_CLAUSE_BEFORE_AS):
        return None
    return clause


#: Words before "as" that make it no subordinator ("such as", "as well as", "the same as").
_NOT_A_CLAUSE_BEFORE_AS = (" such", " well", " same", " so")


#: A verb and "to" right before the speech verb ("rose to", "began to", "stood up to").
_TO_SPEAK = re.compile(r"\s(?:rose|rises|began|begins|started|starts|stood\s+up|stands\s+up|got\s+up|gets\s+up|stepped\s+up|steps\s+up)\s+to\s*$")


def inverted_subject(sentence: str, earlier: list[re.Match[str]]) -> Mention | None:
    """The speaker of an inverted '"…," said X' earlier in the sentence, if there is one: the
    subject a later coordinated verb shares (not the noun phrase before that quote)."""
    inverted = earlier[-1] if earlier else None
    if inverted is None or inverted.group().lower() not in INVERTIBLE:
        return None
    if not sentence[: inverted.start()].rstrip().rstrip("”\"’'").endswith(","):
        return None
    if not sentence[: inverted.start()].rstrip().rstrip(",").endswith(("”", '"', "’", "'", "·")):
        # 'Tom Hale, a top fundraiser, says the goal is “…,” but conceded': the comma closes an
        # appositive, not a quote; the verb has its subject before it, not after
        return None
    return phrase_after(sentence[inverted.end() :])


def plural_of_people(word: str) -> bool:
    """A plural noun of people ("aides", "allies", "lawyers", "supporters")."""
    low = word.lower()
    return low.endswith("s") and (low in GROUP_NOUNS or low.removesuffix("s") in PERSON_NOUNS or low == "allies")


def subject_they_means(clause: str) -> Mention | None:
    """The subject "they" of '… as they shouted' stands for: the main clause's subject when it is
    plural or a group ("Protesters marched … as they shouted", "the crowd"); none when it is a
    single thing ("The vote was delayed as they shouted, “…”": not the vote)."""
    subject = subject_before(clause) or leading_np(clause)
    if subject is None or subject.kind not in {"name", "description"}:
        return None
    last = subject.text.split()[-1].lower().strip("’'")
    plural = last in GROUP_NOUNS or last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return subject if plural else None


def document_words(text: str) -> bool:
    """A phrase with a document's noun in it ("the new report", "the ruling's summary")."""
    return any(w.lower().strip("’'s") in DOCUMENT_NOUNS or w.lower() in DOCUMENT_NOUNS for w in text.split())


def thing_subject(subject: Mention) -> bool:
    """A description of a thing ("the plan", "the bill"), not of people or a body that speaks."""
    if subject.kind != "description":
        return False
    written = subject.text.split()[-1].strip("’'")
    if len(written) >= 2 and written.isalpha() and written.isupper():
        return False  # "the RBI", "the FBI": a body's acronym, which speaks
    head = written.lower()
    return not someone_speaking_noun(head)


#: After "continue": what goes on (a preposition, an object, "until"), not speech ('The work was
#: designed to continue until refugees achieved “…”').
_GOES_ON_WITH = re.compile(r"\s+(?:until|till|to|with|in|on|for|at|from|through|into|under|after|the|a|an|its|their|his|her|our|this|that\s+way)\b")


def goes_on(sentence: str, verb: re.Match[str]) -> bool:
    """A form of "continue" followed by what continues (``_GOES_ON_WITH``): a verb of going on,
    not the cue it is in '“…,” she continued' or 'he continued, “…”'."""
    return verb.group().lower().startswith("continu") and _GOES_ON_WITH.match(sentence, verb.end()) is not None


def abstract_subject(subject: Mention) -> bool:
    """A description whose head is a change or an amount ("the surge in hate", "a 30-point
    decline"): no speaker of the words its verb governs, whatever verb (other than a plain verb
    of saying, which a writer may give any subject) follows it."""
    if subject.kind != "description":
        return False
    words = subject.text.split()
    head = next((w for w in words[1:] if w.lower() in {"of", "in", "on", "for", "from", "among", "with"}), None)
    noun = words[words.index(head) - 1] if head is not None and words.index(head) > 1 else words[-1]
    return noun.lower().strip("’'") in _CHANGE_NOUNS


#: Nouns of a change or an amount: heads of subjects that never speak ("the surge in hate", "a
#: 30-point decline", "the drop in turnout").
_CHANGE_NOUNS = frozenset(
    """rise surge increase decline drop fall jump spike growth decrease gain loss shift swing dip slump
    plunge rebound uptick downturn upturn slide climb number share rate percentage margin gap total
    turnout""".split()
)


def caused_speaker(phrase: str) -> Mention | None:
    """The object of a causative verb (``_CAUSED_TO``) as a speaker: 'the Ledger, a daily' -> the
    Ledger, 'him' -> he; not an adverb ("moved fast to deny") nor a bare word that names no people,
    nor a description of no one who speaks ("got a chance to note", "led the way to")."""
    phrase = phrase.split(",")[0].strip()
    if phrase in OBJECT_PRONOUN:
        return Mention("pronoun", OBJECT_PRONOUN[phrase])
    if phrase.islower() and " " not in phrase and phrase not in GROUP_NOUNS | PERSON_NOUNS:
        return None
    made = head_of_segment(phrase)
    if made is not None and made.kind == "description" and not can_speak(made.text):
        return None
    return made if made is not None and made.kind in {"name", "description", "pronoun"} else None


#: Events, whose end a verb of ending a speech may tell ("When the meeting concluded, …"): no one
#: who speaks.
_EVENT_NOUNS = frozenset(
    """meeting rally debate hearing session game match event ceremony conference convention summit
    speech show vote race trial festival concert service broadcast briefing presentation talks""".split()
)
#: Verbs of ending a speech, which an event ends as well.
_ENDING_VERBS = frozenset({"concluded", "concludes", "conclude", "wrapped up", "wraps up", "signed off", "signs off"})


def event_ended(subject: Mention | None, verb: str | None) -> bool:
    """``subject`` of a verb of ending (``_ENDING_VERBS``) is an event, or, for "wrapped up" and
    "signed off", anything but someone: "When the meeting concluded — “…”", "After the debate
    wrapped up — “…”" tell when, and name no one whose words follow (a report still concludes)."""
    if subject is None or verb is None or verb.lower() not in _ENDING_VERBS or subject.kind != "description":
        return False
    head = subject.text.split()[-1].lower().strip("’'")
    if head in _EVENT_NOUNS:
        return True
    return not verb.lower().startswith("conclu") and not (head in PERSON_NOUNS or head.removesuffix("s") in PERSON_NOUNS)


#: Comparatives that open the clauses of a comparative correlative ("the more …, the louder …").
_COMPARATIVES = (
    r"more|less|fewer|better|worse|longer|louder|harder|closer|bigger|higher|lower|faster|sooner|later|greater|"
    r"further|farther|deeper|stronger|weaker|richer|poorer|angrier|quicker|smaller|larger|wider|tougher|easier|"
    r"busier|noisier|shriller|bolder|sharper|clearer|hotter|colder"
)

#: A sentence opening "The more …" (or "The louder …"), and a later ", the more" / ", and the
#: louder" opening the clause the main verb is in (group 1: that clause, after its comparative).
_CORRELATIVE = re.compile(
    rf"^\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]o|[Aa]nd\s+so)\s+)?[Tt]he\s+(?:{_COMPARATIVES})\s[^;:]*,\s*(?:and\s+)?the\s+"
    rf"(?:{_COMPARATIVES})\s+(?!(?:{_COMPARATIVES})\b)"
)


#: A clause of result after "so …" or "such a …" and "that", opening on its own subject (a
#: capital, a pronoun or a determiner): "The debate was so calm that Mr. Bram was prompted to say"
#: (group 0 ends where the result clause begins).
_RESULT_THAT = re.compile(
    r"\b(?:so\s+(?:[a-z]+\s+){1,2}?|such\s+(?:an?\s+)?(?:[a-z]+\s+){1,3}?)that\s+(?=[A-Z]|(?:he|she|they|the|a|an|his|her|their)\s)"
)


def last_correlative_clause(sentence: str) -> str:
    """The last clause of a comparative correlative ('The more Kell complains, the more the people
    shrug and say, “…”'), from after its comparative: "the people shrug and say". Each clause has a
    subject of its own, and only the last one's verb introduces the quote; read whole, the first
    clause made a speaker of a clause ("the more Kell pushes these") or of the wrong subject (Kell).
    So does a clause of result ('Much of the forum was so calm that Mr. Bram was prompted to say,
    “…”'): the words are its subject's, never the opening's ("Much")."""
    correlative = _CORRELATIVE.match(sentence)  # greedy: the last of several clauses
    if correlative is not None:
        return sentence[correlative.end() :]
    if " that " not in sentence:
        return sentence  # (a cheap test first: most sentences have no clause of result)
    ends = [result.end() for result in _RESULT_THAT.finditer(sentence)]
    return sentence[ends[-1] :] if ends else sentence


#: A description ending in a noun and one more plain word ("the people shrug": group 1 the
#: noun phrase, group 2 its last noun).
_NOUN_THEN_WORD = re.compile(r"(.*?\b([a-z]{2,}))\s+[a-z]+")


def without_first_verb(subject: Mention, before: str) -> Mention | None:
    """A description read up to the "and" before the speech verb ('the more the people shrug and
    say, “…”'): nothing stands between it and "and", so its last word is the first coordinated
    verb, not a noun ("the people shrug" is a clause); the phrase before that verb, a plural noun,
    is the subject. None when no plural noun is left to be one."""
    if not re.search(rf"{re.escape(subject.text)}\s*,?\s*(?:and|but)(?:\s+(?:then|later|also|again))?\s*$", before, re.IGNORECASE):
        return subject
    noun = _NOUN_THEN_WORD.fullmatch(subject.text)
    if noun is None or not (noun.group(2) in GROUP_NOUNS or noun.group(2).endswith("s")):
        return None
    return Mention("description", noun.group(1))


def per_as_rate(sentence: str, verb: re.Match[str]) -> bool:
    """ "per" before a phrase that cannot speak is a rate ("$5 per the hour"), no cue."""
    word = verb.group().lower()
    return word in {"per", "as per"} and source_of(word, phrase_after(sentence[verb.end() :])) is None


def full_name_right_before(before: str) -> Mention | None:
    """A person's full name (a given name opens it) right before the verb after a lower-case word,
    when no subject phrase could be read: "… the terms that were agreed Mayweather Promotions CEO
    Leonard Ellerbe said": the verb's own subject, not the long sentence's first noun phrase (here
    a caption run into the text without its full stop)."""
    named = name_right_before(before)
    if named is None or len(named.text.split()) < 2 or given_name_gender(named.text) is None:
        return None
    at = before.rstrip().rfind(named.text)
    words = before[:at].split()
    while words and words[-1][:1].isupper():
        words.pop()  # the titles and the body before the name ("Mayweather Promotions CEO")
    return named if at > 0 and words and words[-1][:1].islower() and words[-1].isalpha() else None


#: Where the clause ending at the quote opens: after the last comma or semicolon of the sentence,
#: maybe with a conjunction ("…, but Kell wants “…”", "Two weeks after the vote, Roe still believes
#: “…”"); group "conj" the conjunction, if any.
_LAST_CLAUSE = re.compile(r"[,;]\s+(?:(?P<conj>but|and|yet|while|whereas)\s+)?(?P<clause>[^,;:“”\"—–()]+)$")
#: A sentence that is one clause, maybe after a connective ("Now the city hopes", "But the union
#: wants"); group "conj" never matches (no earlier clause).
_WHOLE_CLAUSE = re.compile(
    r"\s*(?:(?:But|And|So|Yet|Now|Still|Instead|Meanwhile|Today|Also)\s+)?(?P<conj>(?!))?(?P<clause>[^,;:“”\"—–()]+)"
)
#: Punctuation that breaks a sentence into clauses or phrases (a dash typed as hyphens too: "Ann
#: Weller -- like Tom Kell -- believes" is no clause whose subject is Kell).
_CLAUSE_BREAK = re.compile(r"[,;:“”\"—–()]|\s--?\s")
#: Auxiliaries and adverbs between a subject and its verb ("have long", "still", "now openly").
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "still also now long often already repeatedly instead has have had will would does did do is are was were been be "
    "continues continued continue".split()
)
#: Subordinators that may open the clause before its subject.
_OPENING_SUBORDINATORS = frozenset("if when as because since once although though unless whether after before while whereas".split())
#: Words after which a verb form is a noun ("whose plan", "the hope", "his support").
_NOT_BEFORE_A_VERB = frozenset("whose the a an his her its their our my your this that these those no any every".split())
#: Copulas among those words: before an -ing form a progressive, before a participle a passive.
_COPULAS = frozenset("is are was were been be".split())
#: Verbs of making a view known without words of one's own ("had indicated that “…”").
_INDICATING = frozenset("indicate indicates indicated signal signals signaled signalled".split())
#: An -ly adverb or a negation between a subject and its verb ("openly", "not", "doesn’t").
_ADVERB_OR_NEGATION = re.compile(r"[a-z]+ly|not|never|[a-z]+n[’']t")


def _verb_of_words(word: str, preposition: str | None) -> bool:
    """``word`` (with ``preposition`` after it, if any) is a verb whose object may be quoted words:
    a speech verb, a verb of a view or a wish, one of condemning or standing by something (its
    object, no preposition), or one of the verbs taking the quote after "for", "about" or "of"."""
    if preposition in PREPOSITION_VERBS:
        return word in PREPOSITION_VERBS[preposition] or word in STANCE_VERBS and preposition == "for"
    if word in OBJECT_VIEW_VERBS:
        return True
    return word in STANCE_VERBS or word in _INDICATING or SPEECH_VERB.fullmatch(" " + word + " ") is not None and not word.endswith("ing")


def last_clause_speaker(
    sentence: str, *, coordinated_only: bool, whole: bool = True, wider: bool = False, quote: str = ""
) -> Mention | None:
    """The subject of the clause that ends at the quote when that clause follows a comma and its
    verb takes the quote as object: "Republicans have argued that …, but Democrats have pushed
    for “…”", "Weld describes it as X, and Johnson talks about “…”", "Two weeks after the vote,
    Senator Ann Roe still believes “…”". The sentence's opening phrase or its first clause's
    subject is someone else (or no one), so reading the sentence from its start gave a wrong
    speaker or none. ``coordinated_only``: the clause must open on a conjunction (after an
    earlier speech verb, a clause after a plain comma may still be that verb's complement);
    ``whole``: a sentence with no comma may be that clause (not after a participle of saying,
    whose complement it would be: "…, saying the union wants “…”"); ``wider``: the sentence has
    no speech verb, so no clause of it is another's reported words: "they" is read as a subject
    too, and so are verbs of condemning or standing by something ("They denounced “…”", "The union
    welcomed “…”"; after a speech verb, 'Kell said the plan failed, and the council rejected “…”'
    may be Kell's words). ``quote``, the quote's text, tells a frame that runs into it ("…, but the
    mayor had “no doubt …”", see ``view_frames``).
    A name, a person's or a body's description, or he or she (or they); None otherwise."""
    found = _LAST_CLAUSE.search(sentence)
    if found is None and whole and not coordinated_only and not _CLAUSE_BREAK.search(sentence):
        found = _WHOLE_CLAUSE.fullmatch(sentence)  # "Now the city hopes “…”", "The president also points to “…”"
    if found is None or coordinated_only and found.group("conj") is None:
        return None
    frame = view_frame_start(found.group("clause"), quote)
    if frame is not None:
        # "The plan passed, but Democrats see it as “…”", "…, and the mayor is confident that “…”"
        return _clause_subject(found.group("clause")[:frame].split(), helpers=[], wider=wider)
    words = found.group("clause").split()
    preposition = words.pop().lower() if words and words[-1].lower() in {"for", "about", "of", "that", "to"} else None
    if not words:
        return None
    verb = words.pop().lower()
    if verb in OBJECT_VIEW_VERBS and (preposition is not None or not wider):
        return None  # "welcomed to “…”" (no object), or after a speech verb (see ``wider``)
    if preposition == "that" or preposition == "to" and verb not in PREPOSITION_VERBS["to"]:
        preposition = None  # "believes that “…”", "wants to “…”": the verb's own complement
    if not _verb_of_words(verb, preposition):
        return None
    helpers = []
    # (a helper in capitals after another word ends a name: "George Will believes", not "George will")
    while words and (words[-1].lower() in _BETWEEN_SUBJECT_AND_VERB and (words[-1].islower() or len(words) == 1) or _ADVERB_OR_NEGATION.fullmatch(words[-1])):
        helpers.append(words.pop().lower())
    copula = bool(_COPULAS & set(helpers))
    if verb.endswith("ing") != copula:
        # 'the university is known for “…”' (a passive), '…, a company aiming to “…”' (a participle
        # after a noun, no clause): only the progressive takes an -ing form
        return None
    if not words and found.group("conj") is None and sentence[: found.start("clause")].rstrip().endswith(","):
        # "Mr. Taylor's group, Marching for Ruiz, plans “…”": the verb right after the appositives
        # set off by commas has the subject they describe
        apposed = subject_before(sentence[: found.start("clause")])
        return apposed if _speaking_subject(apposed) else None
    return _clause_subject(words, helpers=helpers, wider=wider)


def _clause_subject(words: list[str], *, helpers: list[str], wider: bool) -> Mention | None:
    """The subject that ``words`` (a clause's words before its verb and the ``helpers`` between)
    are, when it is a plain one: a name, a speaking description, he or she (or, with ``wider``,
    they); see ``last_clause_speaker``."""
    if words and words[0].lower() in _OPENING_SUBORDINATORS:
        words = words[1:]  # "…, but if Republicans plan to “…”": the clause's subject after "if"
    if not 1 <= len(words) <= 6 or words[-1].lower() in _NOT_BEFORE_A_VERB or words[-1].endswith(("'", "’", "'s", "’s")) and not helpers:
        return None  # 'a minister whose plan “…”', "prefer Sanders' call for “…”": the form is a noun
    text = " ".join(words)
    if LEADING_VERB.search(" " + text + " ") or SPEECH_VERB.search(" " + text + " ") or any(w.lower() in STANCE_VERBS for w in words):
        return None  # the clause has a verb of its own before: no plain subject
    if text.lower() in {"he", "she"} or wider and text.lower() == "they":
        return Mention("pronoun", text.lower())  # "They fear “…”": as "they said", whom they stand for
    subject = head_of_segment(text)
    return subject if _speaking_subject(subject) else None


def _speaking_subject(subject: Mention | None) -> bool:
    """A name, or a description of a person, a group or a body: not "the plan wants “…”" (a thing
    holds no view)."""
    if subject is None:
        return False
    return subject.kind == "name" or subject.kind == "description" and not thing_subject(subject) and can_speak(subject.text)


def _takes_quote_as_object(verb: str, sentence: str) -> bool:
    """``verb``, ending ``sentence`` (maybe before "that" or "to"), takes the quote after it as
    its complement or object: a verb of a view or a wish ("believes that “…”", "wants to “…”"), or
    one of condemning or standing by something right before it ("denounced “…”", not "welcomed
    to “…”")."""
    if verb in STANCE_VERBS:
        return True
    return verb in OBJECT_VIEW_VERBS and not sentence.rstrip().endswith((" that", " to"))


#: A relative "who" and the verb of its clause right before the quote, maybe with "that" or "to"
#: ("Tom Kell, who believes “…”", "voters who don't want “…”", "Ruiz, who has long opposed “…”";
#: group "verb" the verb).
_WHO_THEN_VERB = re.compile(
    r",?\s+who(?:\s+(?:still|also|now|long|often|already|had|has|have|do|does|did|would|will|may|[a-z]+ly|not|never|[a-z]+n[’']t))*"
    r"\s+(?P<verb>[a-z]+)(?:\s+(?:that|to))?\s*$"
)


#: A relative "who" clause whose first verb phrase a second verb joins with "and", right before
#: the quote ("young farmers, who are drawn to his message and feel “…”"; group "verb").
_WHO_AND_THEN_VERB = re.compile(
    r",?\s+who\s+(?:(?!(?:who|that|which|he|she|they|it|we|I)\s)[\w’'-]+\s+){1,10}?and\s+(?:[a-z]+ly\s+|also\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?:that|to))?\s*$"
)


def quote_in_who_clause(sentence: str) -> bool:
    """The quote is the object of the verb of a "who" clause ending ``sentence`` ("… lawmakers in
    Congress who agree “…”", "farmers such as Ostrow, who are drawn to him and feel “…”"): the
    words are the antecedent's (``relative_view_speaker`` for a view) and never the main clause's
    subject's, even when no antecedent can be read. Not when no verb stands before "who" ("Mr.
    Obama, who barely tolerates “…”") nor after a copula ("Ann Roe is the prosecutor who charged
    “…”"): then the main clause's subject is the antecedent."""
    if " who " not in sentence:
        return False
    found = _WHO_THEN_VERB.search(sentence) or _WHO_AND_THEN_VERB.search(sentence)
    if found is None or first_verb(" " + sentence[: found.start()] + " ") is None:
        return False
    decided, _ = relative_antecedent(sentence[: found.start()], "who")
    return decided


#: A relative "that" or "which" clause whose verb of a purpose or a promise (maybe with "to",
#: "for") runs into the quote: "… a charity that aims to “…”", "the plan, which promises “…”"
#: (group "verb"; group "before" the word before the relative pronoun).
_THAT_THEN_VERB = re.compile(
    r"(?:(?P<det>[\w’'-]+)\s+)?(?P<before>[\w’'-]+),?\s+(?:that|which)(?:\s+(?:still|also|now|often|already|long|has|have|had|would|will|may|[a-z]+ly|not|never))*"
    r"\s+(?P<verb>(?:work|aim|seek|strive|exist|vow|pledge|promise|intend|plan|tr(?:ie|y)|want|hope|call|commit)(?:s|ed|ted)?|sought|strove)"
    r"(?:\s+(?:that|to|for))?\s*$"
)


#: Words before a noun that is also a verb's form ("a plan", "the call", "its promise"): the
#: determiners of a name's or a phrase's opening, and "my" and "every" (never "another", which
#: this list has never held).
_NOUN_DETERMINERS = frozenset((DETERMINERS - {"another"}) | {"my", "every"})
#: Verbs of a view and of reporting, which a "that" after them opens the object clause of.
_VIEW_OR_REPORTING = GROUP_VIEW_VERBS | REPORTING_FORMS


def quote_in_that_clause(sentence: str) -> bool:
    """The quote is the object of the verb of a "that" or "which" clause on a noun ("Ann Weller
    works for Open Doors, a charity that aims to “…”", "Kell backed a plan that promises “…”"):
    the words are the thing's or the body's the clause is about (a mission statement, a plan's
    text), never the main clause's subject's. Not a "that" after a verb, which opens what the
    subject thinks ("Kell hopes that voters “…”": "voters" is no verb there)."""
    found = _THAT_THEN_VERB.search(sentence) if "that" in sentence or "which" in sentence else None
    if found is None:
        return False
    before = found.group("before")
    low = before.lower()
    if low in {"so", "such", "now"}:
        return False
    if low in _VIEW_OR_REPORTING and (found.group("det") or "").lower() not in _NOUN_DETERMINERS:
        return False  # "hopes that", "believe that" (but "a plan that", "the promise that": nouns)
    # an inflected verb before "that" opens its object clause ("found that"); a base form that is
    # also a noun ("a plan that", "the group that") is the antecedent
    return not (low.endswith(("s", "ed")) and first_verb(f" {before} ") is not None)


def relative_view_speaker(sentence: str) -> Mention | None:
    """The antecedent of "who" when the relative clause's verb is one of a view, a wish or of
    condemning or standing by something, and the quote its object ("… Tom Kell, who wants “…”",
    "legal experts, who worry that “…”", "the novice who wants “…”"): the words of the one the
    clause is about, as a speech verb's are ("who said"), not the main clause's subject's.
    None when no person or group ends the text before "who" (``relative_antecedent``)."""
    found = _WHO_THEN_VERB.search(sentence)
    if found is None:
        return None
    if found.group("verb").endswith("ing") or not _takes_quote_as_object(found.group("verb"), sentence):
        return None
    decided, antecedent = relative_antecedent(sentence[: found.start()], "who")
    return antecedent if decided and _speaking_subject(antecedent) else None


#: A participle of a view or of condemning or standing by something set off after its clause,
#: right before the quote ("…, believing “…”", "…, and defending “…”"; group "verb").
_SET_OFF_VIEW_PARTICIPLE = re.compile(r",\s+(?:and\s+)?(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ing)(?:\s+(?:that|to))?\s*$")


def participle_view_speaker(sentence: str) -> Mention | None:
    """The subject of the clause a participle of a view, a wish or of condemning or standing by
    something is set off from, its object the quote ("The mayor stood in the square on Friday,
    defending “…”", "Police searched the building, believing “…”"): the participle shares the
    clause's subject, as a participle of saying does ("…, saying “…”"). The clause must open
    on that subject (a name, he or she, or people or a body), with no clause of its own set off
    before the participle."""
    found = _SET_OFF_VIEW_PARTICIPLE.search(sentence)
    if found is None or not _takes_quote_as_object(found.group("verb"), sentence):
        return None
    clause = sentence[: found.start()]
    if _CLAUSE_BREAK.search(clause):
        return None  # "Arriving on the scene, police …": a phrase set off before the subject
    subject = leading_np(clause)
    if subject is None or subject.kind == "pronoun" and not subject.is_he_or_she:
        return None
    return subject if subject.kind in {"name", "pronoun"} or _speaking_subject(subject) else None


#: A view set off by commas inside its sentence and the main clause's copula after it ("The answer,
#: Kell believes, is “…”", "The cure, the union fears, would be worse than …"; group "subject",
#: group "verb"), with a few words and no clause break from the copula up to the quote (group "rest").
_VIEW_ASIDE = re.compile(
    r",\s+(?P<subject>[^,;:“”\"—–()]{1,50}?)\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+),\s+"
    r"(?:is|was|are|were|remains|remained|(?:will|would|could|may|might)\s+be)(?![\w’'-])(?P<rest>[^,;:“”\"—–()]{0,40})$"
)


#: A word opening a clause of its own after the copula ("is that voters want", "a city where").
_CLAUSE_OPENER = re.compile(r"\b(?:that|who|which|where|when)\b")


def view_aside_speaker(sentence: str) -> Mention | None:
    """The subject of a verb of a view set off by commas before the main clause's copula whose
    complement holds the quote ("The answer, Tom Kell believes, is “…”", "The cure, he fears,
    would be “…”"): the one whose view the sentence gives, as with "…, Kell says, is “…”". A name,
    he, she or they, or a description of people or a body."""
    found = _VIEW_ASIDE.search(sentence)
    if found is None or found.group("verb") not in STANCE_VERBS or found.group("verb").endswith("ing"):
        return None
    if _CLAUSE_OPENER.search(found.group("rest")):
        return None  # "…, Kell believes, is that voters want “…”": a clause of its own holds the quote
    text = found.group("subject")
    if text.lower() in {"he", "she", "they"}:
        return Mention("pronoun", text.lower())
    subject = head_of_segment(text)
    if subject is None or not _speaking_subject(subject) or subject.text.split()[-1].lower() != text.split()[-1].lower():
        return None  # the phrase must be the subject, whole ("Tom Kell", "the union")
    return subject
