"""When the cue found for a quote is not its speaker's, for ``quote_attribution``.

A cue can stand next to a quote and still not give its speaker: the verb is a "which" clause's
('the Levant Forum, which says on its site that …'), the quote is a third person's deed told in
a victim's words ('where he “pushed me to the ground”'), the narrator's "I" is not the verb's
subject, a transcript's turn quotes someone else ('REYES: Mayor, you said in March it was
“…”'), the quote follows its own cue and the sentence runs on ('as she said, “…” about her
record, Tom Ames jabbed'), or the marks name a show, a title or a nickname rather than report
words (``names_no_words``). Each test reads only the text around one quote; ``quotes`` drops
or replaces the speaker when one holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .found_quotes import Found
from .masked_sentences import (
    WORD,
    last_sentence,
)
from .masking import ABBREVIATION_DOT
from .models import Block
from .name_cleaning import UPPER
from .not_speech import (
    glossed_term,
    is_crosshead,
    named_as,
    names_a_slogan,
    names_a_thing,
    nickname_before,
    nickname_in_name,
    title_cased,
    title_words,
    titles_a_work,
)
from .speaker_labels import in_transcript
from .speech_lexicon import GENDERED_ROLES, KIN_NOUNS, STANCE_VERBS
from .speech_verbs import SPEECH_VERB


def thing_relative_cue(sentence: str, verb: str | None, name: str) -> bool:
    """The speech verb before the quote is a "which" clause's ('Rami Haddad is the head of the
    Levant Forum, which says on its site that it aims to “…”'): the words are the thing's the
    relative pronoun stands for, not the main clause's subject's (unless ``name`` is that thing:
    'Ivo Marr chairs the Delta Trust, which said …')."""
    if verb is None or ", which" not in sentence:
        return False
    # (the name may end on an abbreviation's masked dot: "Acme Corp., which said")
    return re.search(rf"{re.escape(name)}[.{ABBREVIATION_DOT}]?,\s+which", sentence) is None and re.search(rf",\s+which\s+(?:(?!(?:he|she|they|we|you)\s)[a-z]+\s+){{0,2}}?{re.escape(verb)}(?![\w’'-])", sentence) is not None


#: A third person right before a quote, as the subject of the words inside it ("where he “…”").
_SUBJECT_BEFORE_QUOTE = re.compile(r"(?<![\w’'-])(?:he|she|[A-Z][\w’'-]+)(?:\s+(?:then|later|allegedly|once|just|[a-z]+ly))?\s*$")
#: "me": the object of the subject's deed, someone else (one acting on oneself says "myself").
_FIRST_PERSON_WORD = re.compile(r"(?<![\w’'-])me(?![\w’'-])")


def first_person_predicate(sentence: str, quote: str) -> bool:
    """A quote woven into the narration as the predicate of a third person, with no speech verb
    before it, that speaks of a "me": 'Marsh drove her to a farm where he “pushed me to the
    ground”'. The "me" is the one who told it (the victim), not the sentence's subject (whose own
    words a writer may weave in with their "my": 'She “will not let my players quit”')."""
    words = quote.lstrip(" .…'\"‘“")
    return (
        words[:1].islower()
        and _FIRST_PERSON_WORD.search(quote) is not None
        and _SUBJECT_BEFORE_QUOTE.search(sentence) is not None
        and SPEECH_VERB.search(sentence) is None
    )


#: A subject of its own between the narrator's "I" and a later speech verb: "I ask Rowe if he
#: thinks …; he … claims to", "in front of my son who exclaimed".
_OTHER_SUBJECT = re.compile(r"[;]|\b(?:he|she|they|who|which|we|you)\b", re.IGNORECASE)


def not_the_narrators_verb(sentence: str, verb: str | None) -> bool:
    """The speech verb before a quote that gave the narrator ("I") as its speaker has a subject
    of its own after that "I" (a "he", a relative "who", a clause after a semicolon), or the
    sentence holds no "I" as a subject at all ('he interrupts me.'): the words are not the
    narrator's."""
    if verb is None:
        cue = list(SPEECH_VERB.finditer(sentence))
        if not cue:
            return False
        verb = cue[-1].group()
    at = max((m.start() for m in re.finditer(rf"(?<![\w’'-]){re.escape(verb)}(?![\w’'-])", sentence)), default=-1)
    if at < 0:
        return False
    if re.search(r";\s+(?:he|she|they)\b", sentence[at:]):
        return True  # 'I ask Rowe if he …; he claims to “…”': a clause of its own after the cue
    narrator = [m.end() for m in re.finditer(r"(?<![\w’'-])I(?![\w’'-])", sentence[:at])]
    if not narrator:
        return True
    return _OTHER_SUBJECT.search(sentence, narrator[-1], at) is not None


def names_no_words(text: str, masked: str, f: Found) -> bool:
    """The quote marks name something or set off a heading rather than report words, whatever cue
    stands next to them: the speaker found for it is dropped (one test per kind of name)."""
    mark_start, mark_end = f.span.mark_start, f.span.mark_end
    return (
        (f.paragraph > 0 and is_crosshead(text, f))  # "'We're vetting VP candidates!'" between sections (echoed below)
        # 'she said, showing off the “Keep Our Town Strong” cap': a name, no one's words (the
        # quotes around it keep the speaker they share)
        or (title_cased(f.text) and names_a_thing(masked, f.span))
        or nickname_before(masked, mark_start)  # 'Rep. Dan Oster, the self-styled “people's champion,” lost'
        or named_as(masked, f)  # 'the bill, sometimes called a “cromnibus”', 'Tamar means “dark”'
        or nickname_in_name(masked, f)  # 'Robert “Bob” Kell', 'James “Jimmy the Fixer” Boyle'
        or (not f.from_tail and names_a_slogan(masked, f))  # 'the firm behind the state's campaign “Starts with one.”'
        or glossed_term(masked, f)  # 'to induce “torpor” — the term for the hibernating state'
        or titles_a_work(masked, f)  # 'Billy Marsh played his hit “A Piano on the Road to Nowhere”'
        or _names_a_programme(masked, f)  # 'Reyes said in an interview on CBS's “Face the Nation.”'
        # 'with her show “La Leona.” The title (“the lioness”) fits her': a gloss
        or (masked[mark_end : mark_end + 1] == ")" and _GLOSS_IN_PARENTHESES.search(masked, 0, mark_start) is not None)
    )


#: A first-person subject right before the speech verb of a label's own turn ("DIAZ: I said …",
#: "WELLER: As we have always told you, …", "I’ve always said"; not "I miss him saying …", whose
#: cue is his).
_LABEL_OWN_SUBJECT = re.compile(
    r"\b(?:I|[Ww]e)(?:[’'](?:m|ve|d|ll|re))?(?:\s+(?:\w+ly|have|had|would|will|did|do|always|never|also|just|then|once|already|even))*\s*$"
)


#: A verb of a view or a wish ("think", "believe", "want"): in a transcript's turn, "I think it is
#: “…”" cues the label's own words as "I said" does.
_STANCE_VERB = re.compile(r"(?<![\w’'-])(?:" + "|".join(sorted(STANCE_VERBS, key=len, reverse=True)) + r")(?![\w’'-])")


def _nearest_cue(words: str) -> re.Match[str] | None:
    """The last speech verb or verb of a view in ``words`` (a turn's words before its quote): the
    cue nearest the quote, the one whose subject the words are ('He says that every time he is
    losing, and I think “…”' -> "think")."""
    cues = [m for m in SPEECH_VERB.finditer(words)][-1:] + [m for m in _STANCE_VERB.finditer(words)][-1:]
    return max(cues, key=lambda m: m.start(), default=None)


@lru_cache(maxsize=4096)  # asked of the same turn's words for each rule that reads it: 9 calls in 10 repeat
def first_person_cue(words: str) -> bool:
    """The cue nearest the quote, a speech verb or a verb of a view, has "I" or "we" right before it
    ("No. I said last week that it was", "Well, I think it is"; not "I think the memo calls it")."""
    cue = _nearest_cue(words)
    return cue is not None and _LABEL_OWN_SUBJECT.search(words[: cue.start()]) is not None


def cited_in_turn(sentence: str, paragraph: int, blocks: Sequence[Block]) -> bool:
    """In a transcript (turns labelled around it), words of the turn before the quote with no
    cue of the label's own ('REYES: There's a sign outside that reads “…”', 'REYES: Let me read
    from your book: “…”'): the turn is speech already, so its quote marks cite someone else."""
    after = sentence[sentence.find(":") + 1 :]
    return WORD.search(after) is not None and not first_person_cue(after) and in_transcript(paragraph, blocks)


def cues_someone_else(sentence: str) -> bool:
    """After a label's colon, a speech verb whose subject is not the label's "I" or "we" ('REYES:
    Mayor, you said in March it was “…”', 'MODERATOR: The governor called it “…”'): the quote is
    the words of the one that verb reports, not the label's."""
    after = sentence[sentence.find(":") + 1 :]
    cue = SPEECH_VERB.search(after)
    return cue is not None and _LABEL_OWN_SUBJECT.search(after[: cue.start()]) is None


#: A preposition of where words were spoken or printed, or "told", perhaps with the outlet's
#: possessive, right before a quote's opening mark: "on CBS's", "on", "with", "told", "to NBC's".
_OUTLET_BEFORE_MARK = re.compile(
    rf"(?<![\w’'-])(?:on|to|with|told|tells)\s+(?:(?:the\s+)?[{UPPER}][\w&.-]*(?:\s+[{UPPER}][\w&.-]*){{0,3}}[’'](?:s|(?<=s[’']))\s+)?$"
)
#: A noun of a word or a name and an opening parenthesis right before a quote that fills it: the
#: quote glosses the word ('The title (“the lioness”)', 'the word “saudade” (“longing”)').
_GLOSS_IN_PARENTHESES = re.compile(r"(?:\b(?:title|name|word|term|phrase|nickname|moniker|motto|slogan)|[”\"])\s*\($")
#: "in" right before a title-case quote: a book's, a film's or a song's title.
_IN_BEFORE_MARK = re.compile(r"(?<![\w’'-])in\s+$")
#: Longest programme title, in words.
_LONGEST_PROGRAMME = 8


def _names_a_programme(masked: str, f: Found) -> bool:
    """A title-case quote right after "on", "to", "with" or "told" and perhaps a network's possessive
    ('in an interview that aired Sunday on CBS's “Face the Nation.”', 'told “Good Morning
    America”', 'in an interview with “60 Minutes”') names a show or a paper, its period or comma
    inside the marks by American style: no one's words, though the sentence has a speaker."""
    if not title_words(f.text, _LONGEST_PROGRAMME, ampersand=True):
        return False  # ("Fox & Friends")
    before = masked[: f.span.mark_start]
    # 'Sullivan recalled in “I'm Feeling Lucky.”', 'wrote about the war in “The Long Road Home”':
    # a work the words are in, not words of the sentence's speaker
    return _OUTLET_BEFORE_MARK.search(before) is not None or _IN_BEFORE_MARK.search(before) is not None


#: A speech verb right before a quote, maybe with its comma or colon: "as she angrily said, “".
_CUE_RIGHT_BEFORE = re.compile(rf"(?:{SPEECH_VERB.pattern})\s*[,:]?\s*$")


def cue_then_run_on(head: str, inner: str, tail: str) -> bool:
    """The quote follows its own speech verb and closes with no punctuation of its own, and the
    sentence runs on in lower case with no verb right after the quote ('as she angrily said, “I am
    sick of the developers lying” about her record, Tom Ames jabbed at Kell'): the words are the
    cue's, and the subject of the later clause is no speaker of them."""
    if inner[-1:] in ",.!?;:" or not re.match(r"\s+[a-z]", tail) or SPEECH_VERB.match(tail.lstrip()):
        return False
    return _CUE_RIGHT_BEFORE.search(last_sentence(head)) is not None


def introduced_before(head: str, tail: str) -> bool:
    """A speech verb's clause right before the quote ends in a comma or a colon ("Park asked the
    mayor, “…”"), and what follows the quote opens a new sentence with a capital, or a clause of
    answering in lower case ('When Vogue asked Dion, “…?” the singer answered, “…”': the one who
    answers is not the asker, and the answer's words are the next quote)."""
    opens = re.match(r"\s+[A-Z]", tail) is not None or _ANSWER_CLAUSE.match(tail) is not None
    return head.rstrip().endswith((",", ":")) and opens and SPEECH_VERB.search(last_sentence(head)) is not None


#: A lower-case clause of answering after a question: " the singer answered,", " she replied:".
_ANSWER_CLAUSE = re.compile(
    r"\s+(?:[a-z][\w’'-]*\s+){0,3}(?:answered|answers|replied|replies|responded|responds|retorted|countered)\b[^.!?]*[,:]\s*$"
)


#: A subordinate clause with a subject of its own right before a quote's opening mark, with no
#: punctuation between: "after prosecutors determined ", "where authorities reported ", "when
#: court filings revealed ", "While Ames did not spell out ". The subject is a capitalised word, a
#: determiner's phrase or a bare plural noun; no pronoun (it may be the main clause's subject
#: again), no participle ("after suggesting", "when asked": the main clause's subject does that).
#: "as" too, but only with a verb in the clause ('derided him as a man “…”' has none).
_SUBORDINATE_CLAUSE = re.compile(
    r"(?<![\w’'-])(?P<conj>[Ww]hen|[Ww]henever|[Ww]here|[Aa]fter|[Bb]efore|[Ww]hile|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ss]ince|[Uu]ntil|[Oo]nce|[Uu]nless|[Ww]hereas|(?<!such\s)(?<!well\s)(?<!much\s)[Aa]s)\s+"
    r"(?P<clause>(?P<first>[\w’'.-]+)(?:\s+[\w’'.-]+){1,7}?)\s*$"
)
#: First words that are no subject of a clause of their own.
_NOT_A_SUBJECT = re.compile(
    r"(?:(?:he|she|they|we|i|you|it)(?:[’'](?:s|re|d|ll|ve|m))?|this|that|there|is|was|has|does|had|did|goes|well|such|much|many|soon|far|long|usual|always|part|[a-z]+ing|[a-z]+ed)",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an his her their its our some most several other news both all each".split())
#: A finite verb in the clause after its subject's first word: an auxiliary, a past tense or a
#: speech verb not in -ing ("prosecutors determined", "Ames did not spell out", "Kell is talking
#: about"; not "the meeting began vowing to", whose vowing may be the main clause's subject's).
_CLAUSE_VERB = re.compile(
    rf"(?<![\w’'-])(?:is|was|are|were|has|had|have|did|does|do|will|would|could|can|should|may|might|must|[a-z]+ed|sought|(?<!to\s)(?!\w+ing(?![\w’'-]))(?:{SPEECH_VERB.pattern}))(?![\w’'-])"
)
#: A relative pronoun in the clause, its verb the relative clause's ('casts Kell as a man who
#: would “…”'), or a conjunction, after which the main clause may go on ('in it until the end and
#: already is eyeing “…”').
_RELATIVE = re.compile(r"(?<![\w’'-])(?:who|whom|whose|which|that|and|but|or|nor)(?![\w’'-])", re.IGNORECASE)
#: Words of a third person that may be the main clause's subject again inside the clause.
_THIRD_PERSON = re.compile(r"(?<![\w’'-])(?:he|she|his|her|him|they|their|them|it|its)(?![\w’'-])", re.IGNORECASE)
#: Speech verbs that report no words of their own ('Marsh spoke in Dunmore as protesters chanted
#: “…”', 'candidates reacted to the shooting, where officials reported “…”').
_NO_CONTENT_VERBS = frozenset("spoke speaks speak spoken reacted reacts react responded appeared testified debated".split())
#: Words that open a preposition rather than a clause when they follow their noun ('A joint
#: statement after the meeting only said …').
_PREPOSITIONS = frozenset("after before since until".split())


def subordinate_subject_cue(sentence: str, mention_text: str, pronoun: bool) -> bool:
    """The quote closes a subordinate clause with a subject of its own ('Ames was cleared on
    Thursday after prosecutors determined “…”', 'Ames spoke in Dunmore, where authorities
    reported “…”', 'While Ames did not spell out “…”, Rep. Tom Kell says …'): the words are that
    subject's, or the object of its deed, never the main clause's subject's or an earlier
    speaker's. True when the speaker found (``mention_text``) is not inside that clause, so it is
    dropped rather than misnamed. Not when a speech verb or a verb of a view comes before the
    clause ('Kerry said that although the vote was an “…”'): the partial quote is then as likely
    the words of the one reported."""
    m = _SUBORDINATE_CLAUSE.search(sentence)
    if m is None:
        return False
    first, clause = m.group("first"), m.group("clause")
    if _NOT_A_SUBJECT.fullmatch(first):
        return False
    if not (first[:1].isupper() or first.lower() in _DETERMINERS or (first.endswith("s") and not first.endswith("ss"))):
        return False
    if _CLAUSE_VERB.search(clause, len(first)) is None:
        return False  # 'weak before the Turkish “offensive”': a preposition's object
    if _RELATIVE.search(clause):
        return False
    before = sentence[: m.start()]
    if any(c.group().lower() not in _NO_CONTENT_VERBS for c in SPEECH_VERB.finditer(before)) or _STANCE_VERB.search(before):
        return False
    if pronoun:
        return _THIRD_PERSON.search(clause) is None
    words = re.findall(r"[\w’'-]+", mention_text)
    if m.group("conj").lower() in _PREPOSITIONS and before.rstrip().lower().endswith(mention_text.lower()):
        return False
    names = [w for w in words if w[:1].isupper()] or words[-1:]  # 'Tom Ames' / 'the campaign'
    return not any(re.search(rf"(?<![\w’'-]){re.escape(w)}", clause, re.IGNORECASE) for w in names)


#: A group in the plural with a named example set after "like" or "including" (group "name", and
#: "comma" when the example is set off): "Democrats like ", "Six papers in the state, including ",
#: "candidates like ".
_GROUP_EXAMPLE = re.compile(
    r"(?<![\w’'-])(?!(?:is|was|has|does|looks|seems|sounds|feels|this|its|his|hers|us|yours|ours|theirs)\s)(?:[a-z]+s|[A-Z][a-z]+(?:ans|ers|ists|ats|ites|ics)|(?<=^)[A-Z][a-z]+s)(?:\s+(?:in|of|from|at|across)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3})?(?P<comma>,)?\s+(?:like|including)\s+(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)
#: Examples of a group in the plural set off by commas just before the verb, whatever they are
#: (group "examples"): "Several unions, including the nurses' union, said ", "Many mourners,
#: including nurses, teachers and farmers, have said: ".
_SET_OFF_EXAMPLES = re.compile(
    r"(?<![\w’'-])(?:[a-z]+s|[A-Z][a-z]+s)(?:\s+(?:in|of|from|at|across)\s+[\w’'.-]+(?:\s+[\w’'.-]+){0,3})?,\s+including\s+(?P<examples>[^,;:—–“”\"]+(?:,\s+[^,;:—–“”\"]+){0,5}),\s+(?:[\w’'-]+\s+){0,4}[\w’'-]+[,:]?\s*$"
)
#: A second example coordinated after the first: "like Tom Ames and Rita Kell".
_MORE_EXAMPLES = re.compile(r",?\s+(?:and|or)\s+(?:the\s+)?[A-Z]")


def example_of_a_group(sentence: str, mention_text: str) -> bool:
    """The speaker found is an example of a group in the plural that is the subject, and the words
    are the group's: several examples ('candidates like Tom Ames and Rita Kell are vowing “…”') or
    one set off as an aside ('Six papers, including the Dunmore Herald, said “…”'), a name or a
    description ('Several unions, including the nurses' union, said “…”'); naming one
    would put the words in one mouth. One example in the run of the phrase ('Economists like Ann
    Marsh counter that “…”', 'Scholars including Nadia Brandt have said') is the one whose words a
    report quotes, and keeps them (``speaker_heads``), as does an example with a clause of its own
    ('Democrats like Tom Ames, who …')."""
    words = set(mention_text.split()) - {"and", "or"}
    aside = _SET_OFF_EXAMPLES.search(sentence) if ", including " in sentence else None
    if aside is not None and words <= set(aside.group("examples").split()) | {"the", "a", "an"}:
        return True  # the examples named or described, set off just before the verb
    for m in _GROUP_EXAMPLE.finditer(sentence):
        if words & set(m.group("name").split()):  # the example, or the examples joined ("Tom Ames and Rita Kell")
            # (the colon that opens the quote is none: 'Six papers, including the Herald, said: “…”')
            if _OWN_CLAUSE.search(sentence[: len(sentence.rstrip().removesuffix(":"))], m.end()) is not None:
                return False
            return m.group("comma") is not None or _MORE_EXAMPLES.match(sentence, m.end()) is not None
    return False


#: A clause of the example's own after it: "Ames, who …", "Ames said he …", "; he".
_OWN_CLAUSE = re.compile(r"(?<![\w’'-])(?:he|she|who|which|that|his|her)(?![\w’'-])|[;:]")


#: A sentence opening on a preposition's phrase, maybe with a name set beside it, and then the
#: main clause's subject pronoun: "Like her husband, Milton Berg, she ", "Along with Kell, he ",
#: "Unlike his rival, Rita Kell, he " (group "opener": the phrase; "pronoun": the subject).
_OPENER_THEN_PRONOUN = re.compile(
    r"\s*(?P<opener>(?:Like|Unlike|Along\s+with|Together\s+with|Alongside|Besides|As\s+with|Much\s+like|Just\s+like)\s+[^,;:.!?]+(?:,\s+[^,;:.!?]+){0,2}),\s+(?P<pronoun>he|she|they|we|I)\s"
)


def subject_after_opener(sentence: str, mention_text: str) -> str | None:
    """The subject pronoun of the main clause when the speaker found is a name inside the
    sentence's opening phrase ('Like her husband, Milton Berg, she has given to many candidates,
    but plans “…”'): the words are the pronoun's, never the name's the opener compares or joins
    to it. The pronoun ("he", "she", or "they"/"we"/"i" for no one person), or "someone" when a
    "he" or "she" might be read back to the opener's name itself (no speaker then); None when the
    speaker found is not inside such an opener."""
    m = _OPENER_THEN_PRONOUN.match(sentence)
    if m is None:
        return None
    opener = m.group("opener")
    pronoun = m.group("pronoun").lower()
    if mention_text == pronoun and pronoun in {"he", "she"}:
        # the "she" found already, but resolved where it stands, the opener's name is the nearest
        words = [w for w in re.findall(r"[\w’'-]+", opener)[1:] if w[:1].isupper()]
        man = _kin_is_a_man(opener)
        other_gender = man is not None and man != (pronoun == "he")
        # 'Unlike Tom Kline, he …', 'Along with Kell, he …' are read past the name already
        # (``salience``); a name set beside the opener's noun ('Alongside her sister, Dora
        # Haller, she') is not
        return "someone" if words and not other_gender and "," in opener else None
    words = [w for w in mention_text.split() if w[:1].isupper()]
    if not words or not any(re.search(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", opener) for w in words):
        return None
    man = _kin_is_a_man(opener)
    if pronoun in {"he", "she"} and (man is None or man == (pronoun == "he")):
        # 'Like his father, John Berg, he …', 'Unlike Kell, he …': the "he" could be read back to
        # the opener's own name; only a kin of the other gender ('her husband') keeps them apart
        return "someone"
    return pronoun


#: A kin noun that gives the opener's person a gender ("her husband").
_KIN = re.compile(rf"(?<![\w’'-])(?:{KIN_NOUNS})(?![\w’'-])")


def _kin_is_a_man(opener: str) -> bool | None:
    """Whether the kin noun of ``opener`` is a man's ("her husband"), a woman's, or None without one."""
    kin = _KIN.search(opener)
    return None if kin is None else GENDERED_ROLES.get(kin.group()) == "m"


#: After a quote, a relative clause on the quote itself or on a noun set by it ("“…”, which
#: Weller says", "“…”, an event that Weller says"), its speech verb followed by a finite verb:
#: the relative pronoun is that verb's subject ("an event that Weller says led her to …").
_CLAIM_ABOUT_QUOTED = re.compile(
    r"[”’\"]?\s*,\s+(?:which|(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:that|which))\s+[^,;:.“”]{1,60}?\s+"
    r"(?:says|said|claims|claimed|insists|insisted|believes|believed)\s+(?P<next>[a-z]+)"
)
_FINITE_AFTER = re.compile(r"(?:was|is|were|are|had|has|led|made|saved|changed|[a-z]+ed)$")


def claim_about_quoted(tail: str) -> bool:
    """The cue after the quote is inside a relative clause that says something about the quoted
    matter ('Kell mocked “Ann Weller’s story about a rake”, an event that Weller says led her to
    politics'): Weller's claim is about the event, the quoted words are not hers. A relative whose
    verb takes the quote as its object ('“…”, which Weller said on Monday') still names its speaker."""
    claim = _CLAIM_ABOUT_QUOTED.match(tail)
    return claim is not None and _FINITE_AFTER.fullmatch(claim.group("next")) is not None


#: A verb and a name's possessive right before the quote ("mocked Ann Weller’s “…”").
_VERB_THEN_OWNER = re.compile(r"(?<![\w’'-])([a-z]+)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*(?:’s|'s|s’|s')\s*$")
#: Verbs that take someone's words as their object to mock or pass them on ("mocked Weller's",
#: "echoed Weller's"): the owner said the words. Not the verbs of welcoming, praising or citing,
#: whose subject often puts the owner's deed in words of its own ("welcomed Blair's “courage in
#: keeping his word”", "cited Trump's “disparaging comments about …”").
_TAKES_OWNED_WORDS = frozenset(
    "mock mocks mocked mocking ridicule ridicules ridiculed ridiculing lampoon lampoons lampooned lampooning "
    "parody parodies parodied parodying deride derides derided deriding echo echoes echoed echoing "
    "repeat repeats repeated repeating borrow borrows borrowed borrowing".split()
)


def owner_of_judged_words(sentence: str, speaker: str) -> bool:
    """The subject's verb judges or passes on the words of the person whose possessive stands right
    before the quote ("Kell mocked Ann Weller’s “…”", "Kell echoed Weller’s “…”"): the words are
    the owner's, not the subject's; ``sentence`` is the quote's sentence up to its mark. Not a
    verb of saying ("Kell said Weller’s “…” would fail" may be Kell's own words), and not when
    ``speaker``, the speaker found, is that owner."""
    found = _VERB_THEN_OWNER.search(sentence)
    return found is not None and found.group(1) in _TAKES_OWNED_WORDS and speaker.split()[-1] not in found.group()[len(found.group(1)) :]


#: "as if to say", "as though saying" right before the quote: words a look or a gesture seemed to
#: say, which no one said.
_AS_IF_TO_SAY = re.compile(
    r"(?<![\w’'-])as\s+(?:if|though)\s+(?:to\s+)?(?:say|saying|ask|asking|tell|telling|shout|shouting|announce|announcing)(?:\s+\w+)?\s*[,:—–-]?\s*$",
    re.IGNORECASE,
)


def imagined_words(sentence: str) -> bool:
    """The quote gives what a look, a smile or a gesture seemed to say ('his eyes gleaming, as if
    to say, “…”'): words the writer imagines, no one's to show under a name."""
    return _AS_IF_TO_SAY.search(sentence) is not None
