"""How a speech verb's clause reads when it is not a plain "X said": a verb coordinated with an
action ("tore open his shirt and shouted"), a document or a participle as the source, a clause of
time or cause around the verb ("As Blumenthal spoke, …"), an inverted aside ("Instead, said Ms
Rowe, …") and a relative clause ("…, who told reporters “…”").

Split from ``attribution`` (the reader of the words before a quote), which asks these readers in
turn before its plain reading of the clause's subject; ``reporter_cues`` and ``tail_cues`` share
the verb lists and the subordinate-clause test.
"""

from __future__ import annotations

import re

from .appositives import TIME_BEFORE_SUBJECT
from .conjunct_words import INNER_PREPOSITIONS
from .cue_sources import INVERTIBLE
from .document_attribution import document_governing
from .head_kinds import can_speak
from .inverted_speakers import phrase_after
from .masked_sentences import WORD, last_sentence
from .mention import Mention
from .name_cleaning import UPPER
from .participle_speakers import participle_speaker
from .passed_on import REPORTING_FINITE
from .quoting_frames import quoted_one
from .relative_clauses import (
    OBJECT_RELATIVE_SUBJECT,
    RELATIVE_WHO_AND,
    people_head,
    relative_antecedent,
    who_antecedent,
)
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speakers import subject_before
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    NAMING_VERBS,
    ORGANISATION_NOUNS,
    STANCE_VERBS_3SG_ALTERNATION,
)
from .speech_verb_forms import candidate_verbs
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .verb_subjects import (
    abstract_subject,
    inverted_subject,
    last_clause_speaker,
    without_first_verb,
)

#: Verbs whose object is the person addressed ("When Kell told reporters, “…”"): the quote may be theirs.
ADDRESSEE_OBJECT = frozenset("told tells asked asks".split())
#: The speech verb's clause is subordinate ("As Blumenthal spoke, …", "While X argued, …", "But
#: even as X claimed …").
_SUBORDINATE = re.compile(
    r"(?:^|[,;]\s*)(?:(?:but|and|yet|so|even|just|only)\s+){0,2}(as|while|when|although|though|because|since)\s+[^,;]*$",
    re.IGNORECASE,
)
#: A sentence opening on a clause of time, contrast or cause that runs to the quote with no comma.
_FRONTED_TO_QUOTE = re.compile(
    r"\W*(?:(?:but|and|yet|even)\s+)?(?:after|before|while|whereas|although|though|because|since|once|when)\s+[^,;:]*$",
    re.IGNORECASE,
)


#: A verb of a view or stance in the third person right after a clause set off by commas: the
#: main clause's own verb, its subject before the clause ("Weller, because Kell asked her to, believes").
_VIEW_VERB_NEXT = re.compile(r"\s*(?:(?:also|still|now|firmly|strongly)\s+)?(?:" + STANCE_VERBS_3SG_ALTERNATION + r")(?![\w’'-])")
#: A clause of time opening its sentence or set off, up to the quote ("After Kell argued that",
#: "Weeks before Ames claimed"): read only for a quote the clause's own speech verb takes.
_TIME_CLAUSE = re.compile(r"(?:^|[,;]\s*)(?:(?:[A-Za-z]+\s+){0,2})(after|before|until|once)\s+[^,;]*$", re.IGNORECASE)


def quote_in_subordinate_clause(head: str) -> bool:
    """The quote completes a subordinate clause with its own speech verb ("While Tran insisted
    that “…”, the agency’s numbers told another story"): the main clause after it does not
    attribute the quote."""
    sentence = last_sentence(head)
    subordinate = _SUBORDINATE.search(sentence) or _TIME_CLAUSE.search(sentence)
    if subordinate is not None and SPEECH_VERB.search(sentence, subordinate.end(1)) is not None:
        return True  # (also 'After Kell argued that “…”, Marsh said only that …': Kell's)
    # 'After the candidates unanimously opposed “…”, O'Malley reminded viewers …', 'While Kell has
    # condemned “…”, the groups said …': a fronted clause with no speech verb whose own subject holds
    # the view its verb takes the quote as (read by ``last_clause_speaker``, ``wider`` as no speech
    # verb comes before the quote)
    return _FRONTED_TO_QUOTE.match(sentence) is not None and last_clause_speaker(sentence, coordinated_only=False, wider=True) is not None


#: Verbs of plain reporting before a quote whose sentence closes on another's cue ('Kline told
#: aides “…,” two people who heard him said'): the annotated pages credit that outer cue and
#: accept the inner speaker only after these.
PLAIN_REPORTING = frozenset("said says told tells added adds asked asks wrote writes tweeted tweets".split())


#: Quantifiers standing alone for unnamed people: no one to name.
_VAGUE_SOME = frozenset("some many others few most several".split())


#: What a reader of the head returns: the speaker's mention (``None`` when no one we can name) and
#: the speech verb found (``None`` when the sentence has none).
Reading = tuple[Mention | None, str | None]


#: Verbs that report what someone else did in a clause of their own ("he said Vollmer stood up").
_REPORTING_FOR_ACTOR = frozenset("said says recalled recalls testified testifies claimed claims alleged alleges".split())
#: Verbs of a scene's outburst, which go with the actions before them ("tore open his shirt and
#: exclaimed"); not "added" or "told reporters", which as often go on with the one reporting.
_SCENE_SPEECH = frozenset("exclaimed shouted yelled screamed cried whispered muttered roared bellowed declared snapped shrieked hissed growled".split())
#: A plain "said" ending a reported scene, the actor's only after a list of his actions (``_ACTION_LIST``).
_PLAIN_SAID = frozenset({"said"})
#: The verbs that may end a scene the actor of ``_REPORTED_ACTOR`` plays out.
_SCENE_OR_PLAIN_SPEECH = _SCENE_SPEECH | _PLAIN_SAID
#: Verbs of an action in the past that do not end in -ed ("tore", "stood", "threw"), for the
#: actions of a reported scene.
_IRREGULAR_ACTIONS = r"tore|stood|rose|threw|took|got|ran|hit|broke|shook|struck|drew|began|went|came|leapt|sprang|put|pulled"
#: A second action of a list set off by a comma: ", turned around", ", then stood up".
_ACTION_LIST = re.compile(rf",\s+(?:then\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|{_IRREGULAR_ACTIONS}|held)\s")
#: Right after the reporting verb, the reported clause's subject, a name, and its own verb in the
#: past (group 1 the name).
_REPORTED_ACTOR = re.compile(
    rf"\s+(?:that\s+)?((?:[{UPPER}][\w.’'-]*\s+){{0,2}}[{UPPER}][\w’'-]*)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|{_IRREGULAR_ACTIONS})(?=[\s,])"
)
#: A speech verb coordinated with an earlier verb of its sentence ("…, Texas and promised").
_COORDINATED_VERB = re.compile(r"(?:,|\s)\s*(?:and|but)(?:\s+(?:then|later|also|again|even))?\s*$")
#: A clause of time after the main clause, with no comma, whose verbs "and" joins right before the
#: speech verb: "The crowd cheered when Kell spotted a sign and (asked)" (group 1: the clause).
_TIMED_CLAUSE_AND = re.compile(r"\S\s+(?:when|as|after|before|while|until|once|because)\s+([^,;:“”\"—–()]{3,80}?)\s+(?:and|but)(?:\s+(?:then|later|also|again|even))?\s*$")


#: A phrase of time set off by a comma at the sentence's start ("Moments later, ").
_COMMA_PIECE = re.compile(r"[^,;:“”\"]{3,40},\s+")


def _without_time_opening(sentence: str) -> str:
    """``sentence`` without a phrase of time opening it, with or without its comma ("Moments later
    she stood up and said", "Two days later, the mayor rose and said"): the subject the coordinated
    verbs share is after it, and a capitalised time word is no name ("Moments")."""
    piece = _COMMA_PIECE.match(sentence)
    if piece is not None and not TIME_BEFORE_SUBJECT.sub("", piece.group().rstrip(", ") + " x").strip(" x"):
        return sentence[piece.end() :]
    return TIME_BEFORE_SUBJECT.sub("", sentence, count=1)


def coordinated_reading(sentence: str, verbs: list[re.Match[str]], word: str, before: str) -> Reading | None:
    """A verb coordinated with earlier ones shares their subject: a relative's antecedent ("who
    answered her door and said"), a reported clause's actor, a clause of time's subject, else the
    first verb's subject, which is not the words right before "and"."""
    joined_relative = RELATIVE_WHO_AND.search(before)
    if joined_relative is not None:
        # 'Tom met Marta Greeley, who answered her door and said “…”': the relative's verbs share
        # its antecedent as their subject, not the main clause's
        antecedent = who_antecedent(before[: joined_relative.start()])
        if antecedent is not None:
            return antecedent, word
    if _COORDINATED_VERB.search(before) and not word.endswith("ing"):
        # "Ortega toured Eagle Pass, Texas and promised that": the first verb's subject; after
        # 'Petraeus "…," said a former official who … and described it as': the inverted verb's
        reporting = [v for v in verbs[:-1] if v.group().lower() in _REPORTING_FOR_ACTOR]
        reported_actor = _REPORTED_ACTOR.match(sentence, reporting[0].end()) if reporting and len(reporting) == 1 and word in _SCENE_OR_PLAIN_SPEECH else None
        if reported_actor is not None and word in _PLAIN_SAID and not _ACTION_LIST.search(sentence, reported_actor.end(), len(before)):
            # 'Kell said Ames resigned and said “…”' may be Kell saying both; only a scene told as a
            # list of actions ('… said Ward stopped, turned around and said, “…”') is the actor's
            reported_actor = None
        if reported_actor is not None:
            # 'He said Vollmer slammed the table, stood up and shouted, “…”': the reported clause's
            # subject did all its coordinated verbs, the last one too (not the one reporting it)
            actor = phrase_after(reported_actor.group(1))
            if actor is not None and actor.kind == "name":
                return actor, word
        timed = _TIMED_CLAUSE_AND.search(before)
        timed_clause = timed.group(1) if timed is not None else ""
        own_verb = first_verb(" " + timed_clause) if timed_clause else None
        # (a verb with words after it: "Marsh spoke after Kell finished and said" may be Marsh's)
        has_object = own_verb is not None and len(timed_clause[own_verb.end() :].split()) >= 2
        inner = head_of_segment(timed_clause[: max(own_verb.start() - 1, 0)]) if own_verb is not None and has_object else None
        if inner is not None and (inner.kind in {"name", "pronoun"} or inner.kind == "description" and people_head(inner.text.split()[-1])):
            # 'The crowd cheered when Kell spotted a sign and asked “…”': the verbs joined inside a
            # clause of time share its subject, not the main clause's
            return inner, word
        if inner is not None and (inner.kind == "unnamed" or inner.text.split()[0].lower() in _VAGUE_SOME):
            return None, None  # '… after some in the party attacked him and even questioned “…”': no one we name
        subject = inverted_subject(sentence, verbs[:-1]) or leading_np(_without_time_opening(sentence), appositive=False)
        if subject is not None and subject.kind == "unnamed":
            # 'One of the men, Tom Kell, had served in the navy and said “…”': the name apposed to
            # "one of …" is the subject all the verbs share
            apposed = leading_np(sentence)
            subject = apposed if apposed is not None and apposed.kind == "name" else subject
        if subject is not None and subject.kind == "description":
            subject = without_first_verb(subject, before)
            if subject is None or abstract_subject(subject) and word not in PLAIN_REPORTING:
                return None, None  # 'A 20-point drop “is huge,” Pelham said, and underscores the worry that …'
        if subject is not None:
            return subject, word
    return None


#: A relative clause in the progressive right before its participle: ", which some are ", "which
#: critics have been ", "what Lumo is " (group "subject"; not "said that for decades critics had
#: been predicting", a complement clause, so "which", "whom" and "what" only; not "what her office
#: is", whose owner the participle's own reading names better).
_PROGRESSIVE_IN_RELATIVE = re.compile(
    r"(?:^|[,\s—–])(?:which|whom|(?P<what>what)(?!\s+(?:his|her|their|its|my|our)\s))\s+(?!(?:for|in|on|at|to|by|of|with|from|after|before|during|since)\s)"
    r"(?P<subject>[^,;:“”\"]{1,40}?)\s+(?:is|are|was|were|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?$"
)

#: Only an article between a "what" clause's participle and the quote: the quote is what the
#: participle names ("what Lumo is calling “ambient” mode", "what critics are calling a “…”").
_QUOTE_AS_OBJECT = re.compile(r"\s*(?:(?:a|an|the)\s+)?")
#: A comma or a copula after a "what" clause's participle: the free relative is over, and the
#: quote is in the clause after it.
_WHAT_CLAUSE_CLOSED = re.compile(r",|(?<![\w’'-])(?:is|was|are|were)(?![\w’'-])")


def document_or_participle(
    sentence: str, verbs: list[re.Match[str]], word: str, before: str, between: str, previous: Mention | None
) -> Reading | None:
    """A document the verb belongs to ("a sign saying"), else for a participle its own readers
    (a progressive relative's subject, then ``participle_speaker``): a participle has no subject
    of its own in the clause."""
    document = document_governing(before, word)
    if document is not None:
        return document, word  # "held up a sign saying “…”", "under a headline that said “…”"
    quoted = quoted_one(before) if word.endswith("ing") else None
    if quoted is not None:
        return quoted, word  # 'The Ledger quoted Ana Reyes as saying “…”': Reyes's words (``quoting_frames``)
    progressive = _PROGRESSIVE_IN_RELATIVE.search(before) if word.endswith("ing") else None
    if progressive is not None and progressive.group("what") and not _QUOTE_AS_OBJECT.fullmatch(sentence, len(before) + len(word)):
        if _WHAT_CLAUSE_CLOSED.search(sentence, len(before) + len(word)):
            # 'what they were saying is “…”', 'Contrary to what critics have been saying, I was
            # never on the “paid” circuit': the participle's object is the "what", and a clause
            # after it holds the quote; no one we can read says it
            return None, None
        progressive = None  # 'Kell repeated what he has been saying for weeks: “…”'
    if progressive is not None:
        # 'An unprecedented storm, which some are calling an “…”': the relative clause's own
        # subject, in the progressive, speaks (a vague "some" is nobody we can name), never the
        # antecedent the participle would otherwise take as its subject
        inside = head_of_segment(progressive.group("subject"))
        return (inside, word) if inside is not None and inside.kind in {"name", "description", "pronoun"} and inside.text.lower() not in _VAGUE_SOME else (None, None)
    if word.endswith("ing"):
        return participle_speaker(sentence, verbs, before, word, between, previous)
    return None


#: A sentence opening on a time or condition clause, maybe after a time phrase ("Weeks after
#: Hollis conceded", "Just two days before Kell announced", "When Ames claimed"): not "as",
#: which takes the quote as its own ("As Kell wrote in his memoir, “…”").
_FRONTED_CLAUSE = re.compile(
    r"\s*(?:(?:[A-Za-z]+\s+){0,3}(?:after|before)|until|since|once|when|while|although|though|because|if)\s+[^,;]*$",
    re.IGNORECASE,
)
#: The rest of such a clause after its verb: an object and the comma closing the clause ("the
#: primary, "), not a place or time ("at the rally, ") nor "that".
_OBJECT_THEN_COMMA = re.compile(
    r"\s+(?!(?:in|on|at|to|during|last|this|yesterday|earlier|later|recently|again|then|from|for|with|about|"
    r"of|that|it|so|as|over|after|before|by|via|through)\b)[A-Za-z][^,;:]*,\s*"
)
#: An "until"/"till"/"unless"/"once" clause ending right before the speech verb, its subject up to
#: a few words (group 1), no verb of its own.
_UNTIL_CLAUSE = re.compile(r"\s(?:until|till|unless|once)\s+((?:(?!who\s|that\s|which\s)[\w’'.·-]+\s+){1,5}?)(?:(?:finally|eventually|suddenly|also|just)\s+)?$")
#: "… after Clinton" right before the verb: a clause of its own whose subject speaks the quote
#: (also "since", "because", "when", "while", "once": 'little progress was made since Abe vowed').
#: Not past a dash, which closes an aside as a comma does ("Weller — who spoke after Kell — said").
_LATER_SPEAKER = re.compile(r"\s(?:after|before|since|because|when|while|once)\s+((?:(?!\s--?\s)[^,;:·—–()]){1,40}?)\s*$")
#: Verbs of speaking with no words as their object ("before Kell spoke", "after Reyes testified"),
#: and the comma alone that then stands between such a verb and the quote.
_NO_QUOTE_OBJECT = frozenset("spoke speaks spoken talked talks testified testifies".split())
_COMMA_TO_QUOTE = re.compile(r"\s*,\s*")
#: "As X puts it, …" / "As X noted, …" give the source of the whole sentence (unlike "As X spoke").
_AS_SOURCE_VERBS = {
    "put it", "puts it", "said", "says", "noted", "notes", "wrote", "writes", "argued", "argues", "observed", "explained", "reported", "reports",
    "pointed out", "points out", "stated", "states", "observes", "explains", "warned", "warns", "remarked",
}


def subordinate_clause_reading(sentence: str, verb: re.Match[str], word: str, before: str) -> Reading | None:
    """A verb inside a clause of time, condition or contrast ("As Blumenthal spoke", "After Kell
    argued that", "until Vance said", "after Clinton argued"): the clause's own subject speaks,
    or no one when the quote belongs to the main clause after it."""
    if _FRONTED_CLAUSE.match(before) and word not in ADDRESSEE_OBJECT and _OBJECT_THEN_COMMA.fullmatch(sentence, verb.end()):
        return None, None  # 'Weeks after Hollis conceded the primary, “…”': the verb has its object
    subordinate = _SUBORDINATE.search(before)
    as_source = subordinate is not None and subordinate.group(1).lower() == "as" and word in _AS_SOURCE_VERBS
    main_clause = " " + sentence[verb.end() :].partition(",")[2]
    if subordinate and not as_source and (LEADING_VERB.search(main_clause) or _VIEW_VERB_NEXT.match(main_clause)):
        # "As Blumenthal spoke, the NRA was whipping lawmakers against “…”"; "Ann Weller, because
        # Tom Kell had asked her to, believes “…”": the main clause's verb of a view takes the quote
        return None, None
    own_verb = first_verb(" " + before[subordinate.end(1) :] + " ") if subordinate is not None else None
    if subordinate is not None and own_verb is not None and len(before[subordinate.end(1) + own_verb.end() :].split()) >= 3:
        # "Although her new job has let her stay in London the woman says": the clause has its own
        # verb and more after it, its comma left out; the main clause's subject ends it
        main = subject_before(before[subordinate.start(1) :])
        if main is not None and main.kind in {"name", "description", "pronoun"}:
            return main, word
    elif subordinate is not None and not as_source:
        inside = subject_before(before[subordinate.end(1) :])  # "But even as Ames claimed that “…”"
        if inside is not None and inside.kind in {"name", "description", "pronoun"}:
            return inside, word
    later = _LATER_SPEAKER.search(before)
    if later is not None and word in _NO_QUOTE_OBJECT and SPEECH_VERB.search(before, 0, later.start()) and _COMMA_TO_QUOTE.fullmatch(sentence, verb.end()):
        # 'Ann Weller said before Tom Kell spoke, “…”': a verb of speaking that takes no words
        # as its object ends its clause at the comma; the quote is the earlier verb's, whose
        # subject this reading does not settle
        return None, None
    time_clause = _TIME_CLAUSE.search(before) if subordinate is None else None
    time_words = before[time_clause.end(1) :].strip() if time_clause is not None else ""
    inside = subject_before(time_words + " ") if time_words else None
    # (the subject opens the clause: not "After the hearing Ann Roe's lawyers told", a phrase of
    # time and the main clause with no comma, read as one subject)
    at = time_words.lower().find(inside.text.lower()) if inside is not None else -1
    opens = at == 0 or at > 0 and all(w[:1].isupper() for w in time_words[:at].split())  # "Sen. Hal Ostrow"
    plain = inside is not None and inside.kind == "description" and people_head(inside.text.split()[-1]) and inside.text.islower()
    if opens and inside is not None and (inside.kind in {"name", "pronoun"} or plain):
        # 'After Kell argued that “…”, Marsh said only …', 'Weeks before Ames claimed that “…”':
        # the clause of time's own subject speaks (not "Weeks")
        return inside, word
    until = _UNTIL_CLAUSE.search(before)
    inside = head_of_segment(until.group(1)) if until is not None else None
    if inside is not None and inside.kind in {"name", "description", "pronoun"}:
        # 'Nobody spoke until Chairman Dora Vance said “…”', 'Neither would listen until Schmidt said
        # something like “…”': the clause of time ending at the verb has the speaker as its subject
        return inside, word
    if later is not None and (SPEECH_VERB.search(before, 0, later.start()) or first_verb(" " + before[: later.start()] + " ") is not None):
        # 'Axelrod tweeted after Clinton argued that “…”': the quote is the later speaker's, the
        # subject of the speech verb right before it, whatever the main clause does ('The video
        # went viral after Reyes said “…”', 'Things got worse after Weller posted: “…”', 'Kell
        # apologized after the union tweeted: “…”'); not after a fronted phrase with no verb of
        # its own ('Visibly angry after the vote the senator said'), where "after" ends no clause
        inside = head_of_segment(later.group(1))
        one_phrase = inside is not None and not {"the", "a", "an"} & set(inside.text.lower().split()[1:])  # not "a long night the chancellor"
        if inside is not None and one_phrase and (inside.kind in {"name", "pronoun"} or inside.kind == "description" and can_speak(inside.text)):
            return inside, word
    return None


#: An inverted attribution between commas inside the sentence: ", says Carl Anthony, historian …,".
_PARENTHETICAL = re.compile(r"(\s+[A-Z][^,;:.!?]*,[^;:!?]*?),\s+[a-z]")
#: An inverted verb and its name set off by commas right before the quote: "…, explained Rosenberg, “…”",
#: "This year, says former state senator Paul Gadd (D-Ohio), “…”".
#: Not a preposition's object after the verb ("Tom Kell, a Texas Republican, said of Ann Weller,
#: “…”", "…, said to Weller, “…”"): the one spoken of or to, whose comma closes the verb's phrase,
#: never the one who speaks ("by" may bring the agent of a passive, so it is not among them).
_NOT_AN_OBJECT = "(?!(?:" + "|".join(sorted(INNER_PREPOSITIONS - {"by"})) + r")\s)"
_INVERTED_BEFORE_QUOTE = re.compile(rf"\s+({_NOT_AN_OBJECT}(?:[a-z][\w-]*\s+){{0,4}}[{UPPER}][^,;:.!?]{{0,60}}?),\s*(?:that\s+)?")
#: An inverted verb and its name set off by commas, the sentence going on to the quote: "Instead,
#: said Ms Rowe, the fees were meant “…”", "It helps, said Mr Burke, that people know terms like “…”".
_SHORT_OPENING = 4
#: (Not before a clause of another's: "The plan will fail, said Ruth Hale, but Tom Kell disagreed.")
_INVERTED_THEN_CLAUSE = re.compile(
    rf"\s+({_NOT_AN_OBJECT}(?:[a-z][\w-]*\s+){{0,4}}[{UPPER}][^,;:.!?]{{0,60}}?),\s+(?=[a-z])(?!(?:but|and|or|yet|while|whereas|although|though)\b)"
)


def inverted_aside(sentence: str, verb: re.Match[str], word: str, before: str) -> Reading | None:
    """An inverted verb set off by commas after the sentence's opening ("…, says Carl Anthony,
    historian …, is", "…, explained Rosenberg, “…”"): the name after the verb speaks, not the
    opening before it."""
    if word in INVERTIBLE and before.rstrip().endswith(","):
        inverted = _PARENTHETICAL.match(sentence, verb.end())
        named = phrase_after(inverted.group(1)) if inverted is not None else None
        if named is not None and named.kind == "name":
            return named, word  # "The paradox of Nancy, says Carl Anthony, historian at …, is that"
        inverted = _INVERTED_BEFORE_QUOTE.fullmatch(sentence, verb.end())
        named = phrase_after(inverted.group(1)) if inverted is not None else None
        if named is not None and named.kind == "name":
            return named, word  # "Because of how the schedule was built, explained Rosenberg, “…”"
        # only after a short opening ("Instead,", "It helps,", "Last year,"): after a whole clause
        # the name's comma more often opens its appositive ("…, said Ann Roe, host of “…”")
        inverted = _INVERTED_THEN_CLAUSE.match(sentence, verb.end()) if len(WORD.findall(before)) <= _SHORT_OPENING else None
        named = phrase_after(inverted.group(1)) if inverted is not None else None
        if inverted is not None and named is not None and named.kind == "name" and not any(v.start() >= inverted.end() for v in candidate_verbs(sentence)):
            # "Instead, said Ms Rowe, the fees were meant “…”": the rest of the sentence is hers
            # (not when it has a verb of saying of its own: "…, said Kell, his rival called it “…”")
            return named, word
    return None


#: "…led by Defence Minister Rustem Umerov, who told reporters that …": the speaker is the
#: antecedent of "who" (up to two adverbs may stand between "who" and the verb, and an auxiliary:
#: "Ned Olli, who has vowed …" is Olli's as "who vowed" is).
_RELATIVE_WHO = re.compile(
    r",?\s+who(?:\s+\w+ly|\s+also|\s+later|\s+then|\s+has|\s+had|\s+have){0,3}"
    # "who proceeded to tell", "who went on to say": the relative's verb of going on to speak
    r"(?:\s+(?:proceeded|proceeds|went\s+on|goes\s+on|began|begins|started|starts|rushed|hastened|turned\s+around|stood\s+up)\s+to)?\s*$",
    re.IGNORECASE,
)
#: A relative clause's opening before its speech verb, auxiliaries allowed ("a man who had
#: shouted", "an aide who once called", "a driver that yelled"; group 1 the relative pronoun).
_RELATIVE_OPENING = re.compile(
    r",?\s+(who|that)(?:\s+(?:[a-z]+ly|also|later|once|then|again|never|earlier|had|has|have|would|could|allegedly))"
    r"{0,3}\s*$",
    re.IGNORECASE,
)
#: A body named or described right before a comma and "which" that opens the speech verb's clause
#: ("published by the New York Times, which reports", "the union, which said"; group 1 the body):
#: a name ending on a word of an organisation, or a determiner and an organisation's noun.
_BODY_WHICH = re.compile(
    rf"((?:\b(?:the|The)\s+)?(?:[{UPPER}][\w&’'.-]*\s+){{0,4}}(?:{'|'.join(sorted(w.capitalize() for w in ORGANISATION_NOUNS))})"
    rf"|\b(?:the|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{'|'.join(sorted(ORGANISATION_NOUNS))}))"
    r",\s+which(?:\s+(?:[a-z]+ly|also|later|then|has|had|have))*\s*$"
)
#: A text someone read or cited as the antecedent of "which"/"that" right before the verb: "read a
#: story about her diet which (said)" (group "np" the text's phrase, "head" its noun; not "posted a
#: tweet that said", the poster's own words).
_DOCUMENT_WHICH = re.compile(
    r"\b(?:read|reads|cited|cites|quoted|quotes|saw|sees|showed|shows|referenced|references)\s+"
    r"(?P<np>(?:a|an|the|this|one)\s+(?:[a-z][\w’'-]*\s+){0,2}?(?P<head>[a-z]+))"
    r"(?:\s+(?:about|on|from|in|by)\s+[^,;:“”\"]{1,50}?)?,?\s+(?:which|that)\s+$"
)
#: A relative clause (its pronoun maybe left out) whose verb a source's "say" governs, right before
#: the speech verb ("a man who witnesses say shouted", "a man they say shouted", "the gunman, who
#: police said yelled"; group 1 the relative pronoun, if written).
_RELATIVE_SOURCE = re.compile(
    r"(?:,?\s+(who|that))?\s+(?:they|he|she|police|witnesses|officials|prosecutors|authorities|investigators|"
    r"neighbou?rs|relatives|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
    r"(?:say|says|said|allege|alleges|alleged|believe|believes|believed|claim|claims|claimed)\s+$"
)
#: A "where" clause's subject right before the speech verb, auxiliaries allowed ("a school where a
#: girl asked", "the hall where he had said"; group 1 the subject).
_WHERE_SUBJECT = re.compile(
    r"(?:,\s*|\s)where\s+((?:(?!who\s|that\s)[\w’'.-]+\s+){1,5}?)(?:(?:had|has|have|would|once|also|then|later|[a-z]+ly)\s+)*$"
)
#: A reported clause running from a verb of saying to its quote, with no comma, clause break or
#: speech verb of its own ("… said his client was", "… told reporters that the plan would").
_CLAUSE_TO_QUOTE = re.compile(r"(?:\s+(?:reporters|him|her|them|us))?(?:\s+that)?\s+[^,;:.!?“”\"—–]+\s*")
#: Nothing but "that", "to" or a comma or a colon between a verb and its quote: the quote is the
#: verb's own complement (not after 'a candidate who promised mass deportation: “…”', whose verb
#: has its object).
QUOTE_RIGHT_AFTER = re.compile(r"\s*(?:back|again|out)?\s*(?:that|to|[,:—–])?\s*")
#: A listener between "told" or "asked" and its quote ("had told the victims “…”", "told Kell that “…”").
LISTENER_THEN_QUOTE = re.compile(
    rf"\s+(?:him|her|them|us|me|you|(?:the|a|an|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)?)"
    r"\s*(?:that)?\s*[,:]?\s*"
)


def relative_clause_reading(sentence: str, verb: re.Match[str], word: str, before: str) -> Reading | None:
    """A verb inside a relative clause ("which said", "who told reporters", "a man who
    witnesses say shouted", "a school where a girl asked"): the text, the antecedent or the
    clause's own subject speaks, not the main clause's subject."""
    text_which = _DOCUMENT_WHICH.search(before)
    if text_which is not None and text_which.group("head").lower() in DOCUMENT_NOUNS:
        # 'Ruth Dale read a story about her diet which said the fruit was “…”': the text
        # speaks in the relative clause, not the one who read it
        return Mention("description", text_which.group("np")), word
    body_which = _BODY_WHICH.search(before) if ", which" in before else None
    if body_which is not None and (QUOTE_RIGHT_AFTER.fullmatch(sentence, verb.end()) or word in REPORTING_FINITE and _CLAUSE_TO_QUOTE.fullmatch(sentence, verb.end())):
        # 'The memo was published by the Daily Ledger, which reports: “…”': "which" after a comma
        # stands for the body right before it, whoever did what with it in the main clause
        return head_of_segment(body_which.group(1)), word
    relative = _RELATIVE_WHO.search(before)
    if relative is not None:
        antecedent = who_antecedent(before[: relative.start()])
        if antecedent is not None:
            return antecedent, word
    opening = _RELATIVE_OPENING.search(before)
    if opening is not None and (
        word in NAMING_VERBS
        or QUOTE_RIGHT_AFTER.fullmatch(sentence, verb.end())
        or word in ADDRESSEE_OBJECT and LISTENER_THEN_QUOTE.fullmatch(sentence, verb.end())
        # 'according to his lawyer, who said his client was “…”': a verb of saying whose
        # clause holds the quote reports what the antecedent said; only after a comma (the
        # tuning pages credit 'Sanders is disavowing remarks by a surrogate who said voters
        # shouldn't “…”' to the one disavowing)
        or word in REPORTING_FINITE and opening.group().lstrip().startswith(",") and _CLAUSE_TO_QUOTE.fullmatch(sentence, verb.end())
    ):
        decided, antecedent = relative_antecedent(before[: opening.start()], opening.group(1).lower())
        if decided:  # 'Police arrested a man who shouted “…”': the man, not the police
            return antecedent, word
    sourced = _RELATIVE_SOURCE.search(before)
    if sourced is not None and QUOTE_RIGHT_AFTER.fullmatch(sentence, verb.end()):
        # 'Police are searching for a man who witnesses say shouted “…”': the man, whom the
        # witnesses report on (and not the police)
        decided, antecedent = relative_antecedent(before[: sourced.start()], (sourced.group(1) or "that").lower())
        if decided:
            return antecedent, word
    where = _WHERE_SUBJECT.search(before)
    inside = head_of_segment(where.group(1)) if where is not None else None
    if inside is not None and inside.kind in {"name", "description", "pronoun"}:
        return inside, word  # 'Reyes visited a school where a girl asked her “…”': the girl
    held = _SUBJECT_WITH_OBJECT_RELATIVE.search(before) if " that " in before or " which " in before else None
    if held is not None:
        # 'The group that Ann Roe founded said that “…”': the relative clause's subject only
        # founded the group, which speaks (with its clause, as "the firm that Ann Roe runs" is
        # read); a thing that is no speaker with such a clause gives no one
        phrase = held.group("np")
        spoken = Mention("description", phrase[0].lower() + phrase[1:]) if can_speak(held.group("head")) else None
        return spoken, word
    return None


#: A subject opening its clause with an object relative clause on it right before the verb ("The
#: group that Ann Roe founded ", "the report which the council wrote "; group "np" the whole,
#: "head" its noun): the relative clause's own subject is no subject of the verb after it.
_SUBJECT_WITH_OBJECT_RELATIVE = re.compile(
    r"(?:^|[,;:]\s+|\b(?:and|but)\s+)\W*(?P<np>(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?"
    rf"(?P<head>[a-z][\w-]*)\s+(?:that|which)\s+{OBJECT_RELATIVE_SUBJECT}\s+(?:[a-z]+ly\s+)?[a-z]+)\s+(?:(?:also|later|then|now)\s+)?$"
)
