"""Attribution: the speech verb and speaker phrase around one quote, read from the sentence.

Works on a paragraph whose quoted words are masked (so verbs and names inside quotes are never
read as the attribution). Returns the raw ``Mention``; resolving it to a name is left to
``quotes.py`` which knows the whole article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .document_attribution import document_after, document_before, document_governing
from .masking import ABBREVIATION_DOT, restore
from .name_cleaning import NAME_TOKEN, UPPER
from .sentences import ends_in_abbreviation, is_boundary
from .speaker_kinds import head_noun, names_organisation
from .speaker_labels import is_speaker_label
from .speakers import (
    INTRO_WORDS,
    LEADING_VERB,
    SPEECH_VERB,
    TIME_OPENER,
    Mention,
    first_verb,
    head_of_segment,
    last_verb,
    leading_np,
    name_right_before,
    past_participle_intro,
    phrase_after,
    subject_before,
)
from .speech_lexicon import (
    ADDRESSEE_VERBS,
    AMBIGUOUS_THIRD_PERSON,
    DOCUMENT_NOUNS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    JUDGING_VERBS,
    NAMING_VERBS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PLURAL_NOUN_FORMS,
    SPEAKER_AFTER,
    SPEAKER_HEAD_NOUNS,
    SPEECH_NOUN_FORMS,
    SPEECH_VERB_LEMMAS,
)
from .wordlists import is_common_word

#: How far after a quote the attribution verb may come ("..., Gilberthorpe said") — in words.
#: Calibrated on hand-written news sentences: attributions follow within a short clause.
_TAIL_VERBWORDS = 8
#: A possible sentence end in a masked paragraph: terminal punctuation (closing marks and
#: brackets included) before a space and a capital, a digit or an opening quote mark.
_SENTENCE_END = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+[A-Z0-9“\"‘(])")
_SPACES = re.compile(r"\s*")
_MASK = " ·“”\"‘’',."
_ENDS_SENTENCE = re.compile(r"[.!?][”\"’')\]]?\s*$")
#: First window searched for the last sentence end; sentences are rarely longer.
_LOOKBACK_CHARS = 200
WORD = re.compile(r"\w+(?:[’'-]\w+)*")
#: "…led by Defence Minister Rustem Umerov, who told reporters that …": the speaker is the
#: antecedent of "who" (up to two adverbs may stand between "who" and the verb).
_RELATIVE_WHO = re.compile(r",?\s+who(?:\s+\w+ly|\s+also|\s+later){0,2}\s*$", re.IGNORECASE)
#: A relative clause's opening before its speech verb, auxiliaries allowed ("a man who had
#: shouted", "an aide who once called", "a driver that yelled"; group 1 the relative pronoun).
_RELATIVE_OPENING = re.compile(
    r",?\s+(who|that)(?:\s+(?:[a-z]+ly|also|later|once|then|again|never|earlier|had|has|have|would|could|allegedly))"
    r"{0,3}\s*$",
    re.IGNORECASE,
)


def sentence_starts(text: str, start: int = 0) -> list[int]:
    """Where each sentence after the first begins in ``text`` (from ``start`` on): after terminal
    punctuation, but not after a title or an initial ("Sen. Ron Walden", "J. R. Smith")."""
    out = []
    plain = restore(text)  # same offsets; "U.S. The" is judged with its periods back
    for m in _SENTENCE_END.finditer(text, start):
        if is_boundary(plain, m):
            spaces = _SPACES.match(text, m.end())
            out.append(spaces.end() if spaces else m.end())
    return out


def split_masked(text: str) -> list[str]:
    """The sentences of a (masked) paragraph."""
    cuts = [0, *sentence_starts(text), len(text)]
    return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False) if text[a:b].strip()]


def ends_sentence(text: str) -> bool:
    """``text`` ends with a sentence end (not with "Sen." or an initial)."""
    tail = text.rstrip()
    return bool(_ENDS_SENTENCE.search(tail, max(0, len(tail) - 3))) and not ends_in_abbreviation(tail)


@lru_cache(maxsize=64)
def last_sentence(text: str) -> str:
    """The sentence still open at the end of ``text`` (empty when ``text`` ends a sentence).

    Cached (a few dozen entries: a page's worth): the attribution rules tried on one quote
    each re-read the same text before it; 18 of the 25 calls per dev page repeat one."""
    if ends_sentence(text):
        return ""
    # look back in growing windows: the last sentence end is usually near the end of ``text``
    window = _LOOKBACK_CHARS
    while True:
        start = max(0, len(text) - window)
        starts = sentence_starts(text, start)
        if starts or not start:
            return text[starts[-1] :] if starts else text
        window *= 4


def closed_sentence(text: str) -> str:
    """The sentence ``text`` ends on, without its end mark (a full stop, "!", a colon): "Reyes
    nodded" of '“A,” Weller said. Reyes nodded. ' — the sentence right before a quote that
    stands on its own, which ``last_sentence`` (the one still open) leaves empty."""
    return last_sentence(text.rstrip()[:-1] + " ")


def first_sentence(text: str) -> str:
    plain = restore(text)
    for m in _SENTENCE_END.finditer(text):
        if is_boundary(plain, m):
            return text[: m.start()]
    return text


def tail_attribution(tail: str, ended: str, *, utterance: bool = False) -> tuple[Mention | None, str | None]:
    """``..." said X`` / ``..." X said`` / ``..., according to X`` right after the quote.

    ``utterance``: the quote closes with its own comma, question or exclamation mark, so a verb
    form right after it that is more often a noun ("answers", "promises", "jokes") is an inverted
    verb when a name follows ('“…,” promises Mayor Lee Ortiz'); after a title or a slogan it is
    the verb of the quote as subject ('“The Crown” promises Netflix viewers …')."""
    clause = first_sentence(tail)
    if utterance:
        ambiguous = _AMBIGUOUS_INVERTED.match(clause)
        if ambiguous is not None:
            named = phrase_after(clause[ambiguous.end() :])
            if named is not None and named.kind == "name":
                return named, ambiguous.group(1).lower()
    reply = _REPLY_OF.match(clause)
    if reply is not None:  # '“No,” was Kell's one-word reply.', '“Never,” came the reply from Kell.'
        owner = head_of_segment(reply.group("owner") or reply.group("source") or "")
        return (owner, reply.group("noun")) if owner is not None and owner.kind in {"name", "description"} else (None, None)
    said_to = _SAID_TO_HAVE.match(clause)
    if said_to is not None and SPEECH_VERB.fullmatch(said_to.group(2)):
        return subject_before(said_to.group(1)), said_to.group(2)  # '“…,” Kell is said to have told friends.'
    verb = SPEECH_VERB.search(clause) or _TAIL_ONLY_VERB.search(clause)
    plural_noun = False
    if verb is not None and verb.group().lower() in SPEECH_NOUN_FORMS and verb.group().endswith("s"):
        spaces = _SPACES.match(clause, verb.end())
        after = SPEECH_VERB.match(clause, spaces.end()) if spaces is not None and spaces.end() > verb.end() else None
        if after is not None:
            verb, plural_noun = after, True  # '“…,” the reports said': a plural noun, the verb's subject
    if verb is not None and _OF_BEFORE.search(clause, 0, verb.start()):
        return None, None  # '“…,” drew thousands of replies': a plural noun after "of", no verb
    if not verb:
        return document_after(clause)
    # a passive frame before a participle is no distance ('“…,” Reyes was quoted by the Ledger as saying')
    subject_part = _HEARD.sub("", clause[: verb.start()]) if verb.group().endswith("ing") else clause[: verb.start()]
    far = len(WORD.findall(subject_part)) > _TAIL_VERBWORDS
    if far and not _appositive_subject(clause[: verb.start()]):
        return None, None
    if ended and re.match(r"\s+[^\W\d_]", tail) and not re.match(r"\s+[a-z]", tail):
        # '... states." But other Democrats said' starts a new sentence; '..?" Trump asked' may not,
        # nor '…!" State Senator Jeff Mason said' (a subject phrase with no verb of its own)
        if ended == "." or (len(WORD.findall(clause[: verb.start()])) > 3 and not _subject_phrase(clause[: verb.start()])):
            return None, None
        if _REPORTED_CONTENT.match(clause, verb.end()):
            # '…!” She replied to him that it was an “honor …”': a new sentence whose verb has
            # its own reported content, not the attribution of the quote before it
            return None, None
    before = clause[: verb.start()].lstrip(" ,—–-")
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
        heard = Mention("pronoun", _OBJECT_PRONOUN[object_text]) if object_text in _OBJECT_PRONOUN else head_of_segment(object_text)
        if heard is not None and heard.kind in {"name", "description", "pronoun"}:
            return heard, recalled.group(2).lower()  # '“…,” Reyes recalled Tom Weller saying.': Weller's
    if word.endswith("ing"):
        before = _HEARD.sub("", before)  # '"…?" a reporter can be heard asking': the reporter asks
        quoting = _QUOTED_AS.fullmatch(before)
        if quoting is not None:
            # '“…,” Reuters quoted Ana Reyes as saying.': the one quoting, as the pages credit it
            # (``_reported_speaker``), never nobody for want of a verb
            return subject_before(quoting.group(1) + " "), word
    if _PASSIVE.search(clause, 0, verb.start()) and not verb.group().endswith("ing"):
        return _passive_agent(clause[verb.end() :]), word  # '"…," the families were told': the listeners, not the speaker
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
        if _AMOUNT_OBJECT.match(clause, verb.end()):
            return None, None  # '“Trust me,” says a lot about a candidate …': the quote says it
        inverted = _source_of(word, phrase_after(clause[verb.end() :]))
        if word not in SPEAKER_AFTER and inverted is not None and _owned_thing(inverted):
            return None, None  # '“…,” announced his retirement': the verb's object, not its subject
        return inverted, word
    opener = before.split()[0].lower() if before.split() else ""
    if before.rstrip().endswith(",") and word in _INVERTIBLE and (opener in INTRO_WORDS or subject_before(before) is None):
        # '"This will be a challenge" for Clinton, said Kunin.': inverted after a comma
        inverted = phrase_after(clause[verb.end() :])
        if inverted is not None and inverted.kind == "name":
            return inverted, word
    subject = subject_before(before)
    if subject is None and plural_noun and 0 < len(WORD.findall(before)) <= 3:
        subject = _speech_noun_subject(before.strip(" ,"))  # '“…,” local news reports said'
    return subject, word


#: Possessive pronouns that open an object after a verb ("announced his retirement").
_OWNING_PRONOUNS = frozenset("his her their its our my your".split())


def _owned_thing(mention: Mention) -> bool:
    """A description opened by a possessive pronoun whose head is no one who speaks, nor a text:
    "his retirement", "her plans" (not "his spokesman", "her lawyers", "their statement")."""
    words = mention.text.split()
    if mention.kind != "description" or len(words) < 2 or words[0].lower() not in _OWNING_PRONOUNS:
        return False
    head = head_noun(mention.text)
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


#: An amount as the object of "says"/"tells" ('“Trust me,” says a lot about him', 'says nothing',
#: 'speaks volumes'): the quote is the subject, the amount no speaker (not "said more than 100 …").
_AMOUNT_OBJECT = re.compile(
    r"\s+(?:(?:only|just|so|very|quite)\s+)?(?:a\s+(?:lot|great\s+deal|good\s+deal|bit|little)|much|little|nothing|something|"
    r"everything|volumes|plenty|it\s+all)(?![\w’'-])",
    re.IGNORECASE,
)


#: "was all X would", "is all X will" between a quote and "say": X is the subject of "say".
_ALL_WOULD = re.compile(r"\s*(?:was|is)\s+all\s+(\S.*?)\s+(?:would|will|could|can|did)\s*")
#: A noun of saying after the quote with its owner or source: "was Kell's one-word reply", "came
#: the reply from Kell", "was the answer of the minister".
_REPLY_OF = re.compile(
    r"\s*(?:was|is|came|comes)\s+(?:(?P<owner>[^,.;:!?“”\"]{2,60}?)[’']s\s+|the\s+)(?:[\w-]+\s+)?"
    r"(?P<noun>reply|answer|response|retort|verdict|reaction)(?:\s+(?:from|of)\s+(?P<source>[^,.;:!?“”\"]{2,60}?))?\s*(?:[.;!?]|$)"
)
#: "Kell is said to have told friends": a reporting passive; its subject spoke (group 2: the verb).
_SAID_TO_HAVE = re.compile(r"\s*(.{1,60}?)\s+(?:is|was|are|were)\s+(?:said|reported|understood|believed)\s+to\s+have\s+(\w+)")
#: After a speech verb, the content it reports ("… replied to him that", "… told them that").
_REPORTED_CONTENT = re.compile(r"(?:\s+to)?(?:\s+[\w’'.-]+){0,2}?\s+that\b")
#: Verbs whose object is the listener: after a comma, "…, told AFP" names who heard the words.
_LISTENER_VERBS = frozenset({"told", "tells"})
#: Verbs whose subject may follow them ("said Kunin"); "told CNN" names the listener instead.
_INVERTIBLE = {"agrees", "agreed", "said", "says", "added", "adds", "wrote", "writes", "asked", "asks", "argued", "argues", "explained", "noted", "continued", "recalled", "warned"}
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
        described = head_of_segment(pieces[0]) if len(pieces) == 2 else None
        return described is not None and described.kind == "description" and pieces[1] == mention.text
    return mention.text.split()[-1] in head or mention.kind != "name"


#: A verb of memory or hearing and its object right before a participle ("recalls his father
#: warning him", "remembered a guard shouting"): the object is the participle's subject.
_RECALLS_SOMEONE = re.compile(
    rf"\b(?:recall|recalls|recalled|remember|remembers|remembered|hear|hears|heard)\s+((?:[\w’'.{ABBREVIATION_DOT}-]+\s+){{1,4}}?)$"
)
#: A verb of showing, catching or holding someone and its object, a description of a person,
#: right before a participle ("shows a woman screaming", "arrested a man shouting"; group 1 the
#: description, group 2 its head).
_SHOWS_SOMEONE = re.compile(
    r"\b(?:show|shows|showed|shown|showing|depict|depicts|depicted|feature|features|featured|captur(?:e|es|ed)|"
    r"film(?:s|ed)?|record(?:s|ed)|caught|catch(?:es)?|saw|see|sees|spotted|spots|arrest(?:s|ed)|detain(?:s|ed)|"
    r"photographed|pictured|watched|watch(?:es)?|found|finds)\s+"
    r"((?:a|an|the|one|two|three|several|some|many|dozens\s+of|hundreds\s+of)\s+(?:[a-z][\w’'-]*\s+){0,2}?([a-z][\w-]*))\s+$"
)
#: A recording of someone right before a participle of saying ("a clip of Tom Weller saying",
#: "video from 2019 of the mayor telling"; group 1 the one recorded, a name or a description).
_MEDIA_OF_SOMEONE = re.compile(
    r"\b(?:clip|video|recording|footage|tape|audio|excerpt|snippet)s?\s+(?:from\s+[^,;:“”\"]{1,40}?\s+)?of\s+"
    rf"((?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}}|(?:the|a|an|his|her|their)\s+(?:[a-z][\w’'-]*\s+){{0,2}}[a-z][\w-]*\s+)$"
)
#: "… distanced himself by saying": the participle's subject is the sentence's subject.
_BY_DOING = re.compile(r"\b(?:by|after|before|while|when|without|in)\s+$", re.IGNORECASE)
#: A speech verb coordinated with an earlier verb of its sentence ("…, Texas and promised").
_COORDINATED_VERB = re.compile(r"(?:,|\s)\s*(?:and|but)(?:\s+(?:then|later|also|again))?\s*$")
#: Nothing between two quotes of a sentence but punctuation and maybe one participle (", adding,").
_ONLY_PARTICIPLE = re.compile(r"[\s,;:—–-]*(?:[a-z]+ing[\s,;:—–-]*)?")
#: A participle's own subject after "with": "…, with spokesman Glen Caplin saying".
_WITH_SUBJECT = re.compile(r"\bwith\s+[^,;]*$", re.IGNORECASE)
#: "with a voice over" right before a participle: an indefinite someone as its subject.
_WITH_SOMEONE = re.compile(r"\bwith\s+((a|an|both|some|many|several|most|all|the)\s+[^,;]*?)\s*$")
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
#: Verbs whose object is the person addressed ("When Kell told reporters, “…”"): the quote may be theirs.
_ADDRESSEE_OBJECT = frozenset("told tells asked asks".split())
#: The speech verb's clause is subordinate ("As Blumenthal spoke, …", "While X argued, …", "But
#: even as X claimed …").
_SUBORDINATE = re.compile(
    r"(?:^|[,;]\s*)(?:(?:but|and|yet|so|even|just|only)\s+){0,2}(as|while|when|although|though|because|since)\s+[^,;]*$",
    re.IGNORECASE,
)
#: A clause of its own right before the speech verb, opened with no comma after a long
#: sentence start: "…, jabbing her finger at an activist as she angrily said, “…”".
_INNER_CLAUSE = re.compile(r"\s(?:as|while|when)\s+([^,;:—–]{1,40})$")


def _inner_clause_subject(before: str) -> Mention | None:
    """The he/she or name subject of a short "as/while/when" clause ending right before the
    verb, when nothing else gave the verb a subject ("… at an activist as she angrily said")."""
    clause = _INNER_CLAUSE.search(before)
    mention = subject_before(clause.group(1)) if clause is not None else None
    if clause is not None and mention is None and _TO_SPEAK.search(clause.group(1)):
        mention = leading_np(clause.group(1))  # "as Tom Reyes rose to speak", "as she began to speak"
    return mention if mention is not None and (mention.kind == "name" or mention.is_he_or_she) else None


#: A verb and "to" right before the speech verb ("rose to", "began to", "stood up to").
_TO_SPEAK = re.compile(r"\s(?:rose|rises|began|begins|started|starts|stood\s+up|stands\s+up|got\s+up|gets\s+up|stepped\s+up|steps\s+up)\s+to\s*$")


#: "… and that" right before the quote: a second complement of an earlier verb.
_SECOND_COMPLEMENT = re.compile(r"\sand\s+that\s*$")
#: "… after Clinton" right before the verb: a clause of its own whose subject speaks the quote.
_LATER_SPEAKER = re.compile(r"\s(?:after|before)\s+([^,;:·]{1,40}?)\s*$")
#: Words that may open a sentence before an inverted verb without being its subject ("But, said
#: Ruiz, “…”", "And, added the mayor, …").
_BARE_CONNECTIVES = {"but", "and", "so", "yet", "still", "then", "now", "again"}
#: "As X puts it, …" / "As X noted, …" give the source of the whole sentence (unlike "As X spoke").
_AS_SOURCE_VERBS = {"put it", "puts it", "said", "says", "noted", "notes", "wrote", "writes", "argued", "argues", "observed", "explained", "reported", "reports"}
#: "As Kell likes to put it", "As the mayor loves to say": a habit of the subject's, whose words
#: the quote gives (the verb before "to" goes, leaving "As Kell says").
_AS_FOND_OF = re.compile(r"(?<=[\w.’'])\s+(?:(?:always|often)\s+)?(?:likes|liked|loves|loved|used)\s+to\s*$")
#: "of" right before a speech-verb form: the form is a noun ("thousands of replies").
_OF_BEFORE = re.compile(r"\sof\s+$")
#: Verbs that attribute only right after a quote: "states" is a plural noun far more often than a
#: verb ("a dozen states held contests"; "state" only before punctuation or "in": '"…," the Saudis
#: state in the paper'), and "agree" before a quote is rarely speech ("agreed to a
#: “ceasefire”"); after one they are ('"…," a voice-over in the ad states.', '"…," agrees Stone').
#: So is "began" / "started" ending the clause ('"…," Hannity started.', '"…," she began, "…"').
_TAIL_ONLY_VERB = re.compile(
    r"(?<![\w’'-])(?:states?(?=\s*(?:[.,;:]|in\s|$))|agree[sd]?(?=\s)|(?:began|begins|started|starts)(?=\s*[.,;]|$))"
)
#: "according to its analysis": a source that belongs to the speaker already named.
_OWN_SOURCE = re.compile(r"\s+(?:its|his|her|their|our)\s", re.IGNORECASE)
#: An inverted attribution between commas inside the sentence: ", says Carl Anthony, historian …,".
_PARENTHETICAL = re.compile(r"(\s+[A-Z][^,;:.!?]*,[^;:!?]*?),\s+[a-z]")
#: Before a passive "asked" ("when asked about it", "if asked"): that participle clause never
#: governs the quote after it.
_WHEN_BEFORE = re.compile(r"\b(?:when|if|after|once|before|while|as)\s+$", re.IGNORECASE)
#: A dash setting off an aside: an em or en dash, or a spaced hyphen or double hyphen.
_DASH = re.compile(r"[—–]|\s--?\s")
#: An inverted verb and its name set off by commas right before the quote: "…, explained Rosenberg, “…”".
_INVERTED_BEFORE_QUOTE = re.compile(rf"\s+([{UPPER}][^,;:.!?]{{0,60}}?),\s*(?:that\s+)?")
#: "though"/"although" too: '“Mayor Quits in Disgrace,” though Mayor Pat Lowe denied it' is a
#: concession about the quote, whose verb is no cue for it.
_NEW_CLAUSE = re.compile(r"\s*(?:and|but|while|whereas|as|or|yet|(?:even\s+)?though|although)\s", re.IGNORECASE)
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
#: A frame of quoting right before a participle of saying: active ("had quoted Reyes as", "quotes
#: him as") or passive ("was quoted by Reuters as"); what stands before it is its subject.
_QUOTING_FRAME = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:quoted|quotes|misquoted|misquotes)\s+[^,;:.!?“”\"]{1,60}?\s+as\s*$"
    r"|(?P<passive>\s+(?:is|was|are|were|has\s+been|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:mis)?quoted"
    r"(?:\s+(?:by|in|on)\s+[^,;:.!?“”\"]{1,60}?)?(?:\s+as)?\s*)$"
)
#: An active "quoted X as" before a participle of saying (group 1: the one quoting).
_QUOTED_AS = re.compile(r"\s*(\S.{0,60}?)\s+(?:quoted|quotes)\s+(?:[^,;:.!?“”\"]{1,60}?)\s+as\s*")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$")
#: The handle and date closing an embedded post's sign-off: "(@annmarks) March 3, 2016".
_POST_HANDLE = re.compile(r"\s*\(@\w+\).*$")
_SIGNED_IN_PARENTHESES = re.compile(r"^\s*\(([^()—–.!?“”\"]{3,80})\)[.\s]*$")
_SIGNED_AFTER = re.compile(r"^\s*(?:(?:pic\.twitter\.com/|https?://)\S*\s*)?[—–-]+\s*([^—–.!?“”\"]{3,80}?)[.\s]*$")


#: A lone capitalised word right before a speech verb, at the start of its clause ('", From said.').
_LONE_WORD_BEFORE_VERB = re.compile(rf"^[\s,—–-]*([{UPPER}][a-z’'-]+)\s+(?=\w)")


def lone_word_subject(clause: str) -> str | None:
    """The single capitalised word that is all the subject of ``clause``'s speech verb ("From"
    in "From said." or "From added that"): a surname for the caller to check against the
    names the article introduced."""
    match = _LONE_WORD_BEFORE_VERB.match(clause)
    if match is None:
        return None
    verb = SPEECH_VERB.match(clause, match.end())
    return match.group(1) if verb is not None else None


def signed_after(rest: str) -> Mention | None:
    """ '"Inflation will fall." — Central bank governor Maria Lenz': a quote signed after a dash
    (or in parentheses, by a full name: '(Carl Nye, farmer)'), with nothing else after it in the
    paragraph (or, for a quote-only paragraph, in the next one); what follows the name's comma is
    an affiliation or a place."""
    match = _SIGNED_AFTER.match(rest)
    parenthesised = match is None and (match := _SIGNED_IN_PARENTHESES.match(rest)) is not None
    signer = _POST_HANDLE.sub("", match.group(1)) if match else ""  # "— Ann Marks (@annmarks) March 3, 2016"
    mention = head_of_segment(signer.split(",")[0]) if signer else None  # "— Ann Marks, Philadelphia"
    if mention is not None and parenthesised and len(mention.text.split()) < 2:
        return None  # "(Applause)", "(Laughter)": a stage direction, not a signature
    return mention if mention is not None and mention.kind == "name" else None


#: Nouns of the words a sentence announces before its quote ("had a simple message for voters",
#: "ended her speech with a promise", "offered some advice").
_ANNOUNCED_NOUNS = (
    r"(?:message|warning|promise|plea|answer|reply|response|advice|prediction|verdict|words|word|reminder|vow|"
    r"challenge|question|joke|retort|explanation|assessment|rebuke|assurance|pledge|appeal|forecast|diagnosis|"
    r"summary|apology|suggestion|quip|take|thoughts|remark|remarks|rejoinder|reaction|theory|toast|lesson|"
    r"assessment|criticism|praise|admission|confession|request|demand|offer|guarantee|line|refrain|mantra|motto|"
    r"tone|note|view|opinion|perspective)"
)
#: A predicate that announces its subject's words without a speech verb: a noun of saying as the
#: object ("had a blunt message for her party", "ended her speech with a promise"), a manner of
#: speaking ("was blunt", "didn't mince words", "pulled no punches", "fired back", "laughed",
#: "had this to say", "summed it up") or a channel ("took to Twitter", "posted on Facebook").
#: Matched right after the subject (and an appositive or adverbs), so that it is the main clause's.
_ANNOUNCING_PREDICATE = re.compile(
    r"(?:\s*,[^,;:“”\"·]{1,80},)?,?\s+(?:(?:[a-z]+ly|also|then|later|just|only|again|still|now|even|instead|too|quickly|soon|once)\s+)*"
    r"(?:"
    # a noun of saying as the object of a light verb, or after "with"
    r"(?:had|has|have|offered|offers|gave|gives|issued|issues|delivered|delivers|sent|sends|made|makes|sounded|sounds|"
    r"posed|poses|shared|shares|struck|strikes|added|adds|saved|saves|reserved|reserves|left\s+\w+\s+with|"
    r"(?:ended|ends|closed|closes|began|begins|opened|opens|started|starts|finished|finishes|concluded|concludes|"
    r"wrapped\s+up|wraps\s+up|responded|responds|countered|counters|replied|replies|answered|answers|followed\s+up|"
    r"follows\s+up|signed\s+off|kicked\s+off|kicks\s+off)(?:\s+(?:his|her|their|its|the)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+with)"
    r"\s+(?:(?:a|an|his|her|their|its|some|one|this|these|the|two|three|few|more|kind|harsh|strong|tough|stern|sharp|blunt|simple|clear)\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}?{_ANNOUNCED_NOUNS}(?![\w’'-])"
    # not words received ("a message from his daughter", "a question from a reporter", "the answer he
    # wanted"), kept ("a message on his office wall") or traded ("had words with the referee")
    r"(?!\s+(?:from|with|he|she|they|I|we|that|which|on\s+(?:his|her|their|its|the|a|an))\b)"
    # a manner of speaking
    r"|(?:was|is|were|are|remained|remains|sounded|sounds)\s+(?:(?:more|less|even|very|far|just|as|equally|characteristically|"
    r"typically|refreshingly|similarly|quite|somewhat|brutally|strikingly|no\s+less)\s+)?"
    r"(?:blunt|blunter|direct|candid|frank|defiant|succinct|emphatic|unapologetic|unrepentant|philosophical|diplomatic|"
    r"forthright|terse|curt|plain-spoken|outspoken|upbeat|optimistic|pessimistic|confident|cautious|skeptical|sceptical|"
    r"circumspect|matter-of-fact|adamant|unequivocal|categorical|firm|defensive|combative|conciliatory|dismissive|"
    r"scathing|effusive|honest|succinct|undeterred|unmoved|unbowed|unfazed|unimpressed|indignant|apologetic|"
    r"furious|angry|livid|incensed|outraged|delighted|thrilled|elated|jubilant|emotional|frustrated|not\s+amused|"
    r"in\s+a\s+(?:fighting|defiant|reflective|conciliatory|combative|sombre|somber)\s+mood|"
    r"among\s+the\s+(?:critics|skeptics|sceptics|doubters|supporters|defenders)|"
    r"asked\s+(?:about|why|whether|if|what|how|when|where|who|which|for\s+(?:his|her|their|a)\s+(?:view|reaction|thoughts|response|comment))|"
    r"less\s+charitable|more\s+charitable|less\s+diplomatic|in\s+no\s+mood|not\s+convinced|not\s+impressed|"
    r"having\s+none\s+of\s+it|not\s+buying\s+it|quick\s+to\s+(?:respond|reply|answer|add))(?![\w’'-])"
    r"|(?:did|does|do|would|could)(?:\s*n[’']t|\s+not)\s+(?:mince\s+(?:\w+\s+)?words|hold\s+back|sugar-?coat\s+(?:it|things|anything)|"
    r"hedge|equivocate|pull\s+(?:any\s+)?punches|back\s+down|hide\s+(?:his|her|their)\s+\w+)"
    r"|(?:minced|minces)\s+no\s+words|(?:pulled|pulls)\s+no\s+punches|(?:wasted|wastes)\s+no\s+time|(?:held|holds)\s+nothing\s+back"
    r"|(?:had|has)\s+(?:this|that|more|plenty|something|little|much|a\s+lot|the\s+(?:last|final))\s+(?:to\s+say|word)"
    r"|(?:summed|sums|summed\s+it|sums\s+it|summed\s+things|sums\s+things)\s+up|put\s+it\s+(?:this\s+way|bluntly|simply|plainly|succinctly|another\s+way|more\s+bluntly|best)"
    r"|(?:fired|fires|shot|shoots|hit|hits|struck|strikes|pushed|pushes|snapped|snaps)\s+back"
    # disagreement before a colon: "Weller disagreed:", "Kline objected:"
    r"|(?:disagreed|disagrees|objected|objects|dissented|dissents|differed|differs)(?:\s+[a-z]+ly)?\s*[:.]?\s*$"
    r"|(?:shrugged|shrugs|laughed|laughs|brushed|brushes|waved|waves)\s+(?:off|aside)|(?:shook|shakes)\s+(?:his|her|their)\s+heads?"
    r"|(?:sees|saw|see)\s+(?:it|things)\s+differently|(?:has|had|have)\s+no\s+regrets"
    r"|(?:went|goes)\s+(?:a\s+step\s+)?further|joined\s+the\s+chorus"
    r"|(?:turned|turns)\s+(?:back\s+)?to\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[a-z-]+\s+)?(?:audience|crowd|cameras?|reporters|"
    r"press|critics|jury|judge|room|committee|board|council|governor|mayor|president|senator|family|families|"
    r"opponents?|rivals?|supporters|voters|students|players|team|questioners?)(?![\w’'-])"
    r"|(?:went|goes|was|is|appeared|appears)\s+on\s+(?:Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|YouTube|"
    r"television|TV|the\s+radio|radio|the\s+air|CNN|MSNBC|Fox(?:\s+News)?|NPR|BBC|ABC|CBS|NBC)(?![\w’'-])"
    # a gesture that ends the sentence or opens a clause of time ("laughed when asked"), not one
    # with more to do ("smiled and pointed to the sign": the quote may be the sign's)
    r"|(?P<gesture>(?:laughed|laughs|shrugged|shrugs|smiled|smiles|sighed|sighs|grinned|grins|chuckled|chuckles|paused|pauses|"
    r"nodded|nods|winced|winces|bristled|bristles|scoffed|scoffs|beamed|beams|frowned|frowns)"
    r"(?:\s+[a-z]+ly|\s+again)?(?:\s*[.!:]?\s*$|,?\s+(?:when|as|while|before)\s))"
    r"|(?:took|takes|grabbed|grabs|seized|seizes|stepped\s+up\s+to|steps\s+up\s+to|stepped\s+to|steps\s+to)\s+"
    r"(?:the|a)\s+(?:microphone|mic|podium|lectern|stage|floor)(?![\w’'-])|(?:rose|rises|stood|stands)\s+(?:up\s+)?to\s+speak"
    r"|(?:took|takes)\s+to\s+(?:Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|YouTube|Truth\s+Social|LinkedIn|"
    r"social\s+media|the\s+airwaves|the\s+podium|the\s+stage|the\s+microphone|the\s+(?:Senate|House)\s+floor|the\s+floor)(?![\w’'-])"
    r"|(?:posted|posts)\s+(?:on|to|a|an|this|the\s+following)(?![\w’'-])"
    # a channel as a phrase of its own before the colon: "Reyes, in a post on X:"
    r"|in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|tweet|interview|letter|e-?mail|speech|"
    r"video|message|op-ed|column|essay|memo|text|podcast|address|sermon|testimony)(?![\w’'-])[^,;:.!?“”\"]{0,40}:\s*$"
    r")"
)


#: A coordinated clause with a subject of its own: ", but Ann Weller", "; the mayor".
SECOND_SUBJECT = re.compile(r"(?:[,;]\s+(?:and|but|while|yet|whereas)|;)\s+(?:[A-Z]|(?:the|a|an|his|her|their)\s)")


def announcing_predicate(sentence: str, subject: Mention) -> re.Match[str] | None:
    """The predicate right after ``subject`` in ``sentence`` that announces the subject's words with
    no speech verb ("Tom Reyes had a simple message for voters", "Ann Weller was blunt", "Rep. Noel
    Carr took to Twitter"): a quote that follows is the subject's. Its group "gesture" is set for a
    bare gesture ("laughed", "nods"), which a stage direction between two speakers also is."""
    at = sentence.find(subject.text) if subject.kind == "name" else sentence.lower().find(subject.text.lower())
    if at < 0:
        return None
    predicate = _ANNOUNCING_PREDICATE.match(sentence, at + len(subject.text))
    # not when a second clause brings in someone else: "…, but Ann Weller had the last word"
    return predicate if predicate is not None and SECOND_SUBJECT.search(sentence, predicate.end()) is None else None


def announces_words(sentence: str, subject: Mention) -> bool:
    """``announcing_predicate`` finds a predicate that announces the subject's words."""
    return announcing_predicate(sentence, subject) is not None


def colon_introduction(previous_paragraph: str) -> Mention | None:
    """A paragraph ending in a colon introduces the quote after it: "In a speech to parliament,
    Prime Minister Jonas Berg was blunt:" -> Jonas Berg (the subject of that sentence); "He then
    listed his reasons:" -> he (resolved like any pronoun speaker)."""
    if not previous_paragraph.rstrip().endswith(":"):
        return None
    sentence = closed_sentence(previous_paragraph)
    credited = _credited_owner(sentence) or handed_the_word(sentence)
    if credited is not None:
        return credited  # 'Take it from Dana Kline:' / '“…”'
    mention = leading_np(sentence)
    if mention is None:
        return None
    named = mention.kind == "name" and (len(mention.text.split()) > 1 or announces_words(sentence, mention))
    person = mention.is_he_or_she
    return mention if named or person else None  # not "Wait, it gets better:"; "Reyes ended with a plea:"


#: At most this many words before a colon make a label ("Editor's note:") rather than a clause.
_LABEL_WORDS = 3


#: A he/she subject opening the sentence or its main clause after a fronted phrase, with a verb in
#: -ed or -s ("She returned to her lines", "Back in the capital, he was blunt").
_PRONOUN_CLAUSE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Then)\s+)?(?:[^,;:“”\"]{1,60},\s*)?([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b"
)


#: A verb and a noun of saying as its object right before the colon ("offered a blunt assessment
#: of the party's chances:", "gave a one-word answer:", "issued a stark warning:").
_SAYING_OBJECT = re.compile(
    r"\s(?:offer|gave|give|issue|deliver|had|has|sound|made|make)\w*\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:assessment|verdict|warning|message|answer|reply|response|prediction|explanation|advice|summary|"
    r"assurance|promise|retort|rebuke|reminder|plea|diagnosis|forecast)(?:\s+(?:of|on|about|for|to)\s+[^:]{1,60})?:\s*$"
)


#: A relative clause of a few plain words closing the sentence before a colon (", who shrugged:",
#: ", who put it bluntly:").
_RELATIVE_BEFORE_COLON = re.compile(r",\s+who\s+(?:[a-z][\w’'-]*\s+){0,4}[a-z][\w’'-]*\s*:\s*$")


def colon_subject(sentence: str) -> Mention | None:
    """The quote's own sentence introduces it with a colon after a clause about its subject: "The
    election board was conclusive in its findings: “…”" -> the election board. The subject must be
    a name of two words or more, he or she (also after a fronted phrase: "Back home, she returned
    to her familiar lines:"), or a description of a person, an organisation or a document (not
    "The answer is simple:", "Wait, it gets better:")."""
    if not sentence.rstrip().endswith(":"):
        return None
    if len(WORD.findall(sentence)) <= _LABEL_WORDS and not is_speaker_label(sentence.strip()):
        return None  # a label, not a clause: "Editor's note:", "Photo:"
    relative = _RELATIVE_BEFORE_COLON.search(sentence)
    if relative is not None:
        # 'Reyes turned to Tom Weller, who shrugged:': the clause before the colon is about the
        # antecedent, not about the sentence's subject
        decided, antecedent = _relative_antecedent(sentence[: relative.start()], "who")
        return antecedent if decided else None
    pronoun = _PRONOUN_CLAUSE.match(sentence)
    if pronoun is not None:  # "But back in the capital, she returned to her familiar lines:"
        return Mention("pronoun", pronoun.group(1).lower())
    mention = leading_np(sentence.rstrip()[:-1] + " ")
    if mention is None:
        return None
    if mention.kind == "name":
        # one word only before a noun of saying as the object: "Ames offered a blunt assessment:"
        one_word = _SAYING_OBJECT.search(sentence) or announces_words(sentence, mention)  # "Reyes ended with a plea:"
        return mention if len(mention.text.split()) > 1 or one_word else None
    head = head_noun(mention.text)
    speaking = head in PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS
    return mention if mention.kind == "description" and speaking else None


#: The owner of a noun of saying: a possessive (group "owner") or a possessive pronoun ("pronoun").
_OWNER_BEFORE = r"(?:(?P<owner>[^,;:.!?“”\"]{2,60}?)[’']s?|\b(?P<pronoun>[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))"
#: "Senator Nora Quinn's answer was simple:", "The Pentagon’s answer:", "Its ruling was blunt:":
#: a possessive before a noun of saying, and a colon.
#: More nouns of someone's own words or view that a possessive or "from X" introduces with a colon
#: ("Diaz's take:", "Weller's two cents:", "the punchline from Gov. Paul Dorsey:").
_INTRO_NOUNS = (
    r"take|view|thoughts|two\s+cents|diagnosis|summary|forecast|rejoinder|comeback|excuse|apology|confession|"
    r"admission|instructions|mantra|motto|recommendation|suggestion|request|demand|appeal|rationale|reasoning|"
    r"punchline|punch\s+line|refrain|complaint|critique|objection|retort|rebuke|prescription|outlook|"
    r"bottom\s+line|closing\s+argument|parting\s+shot|sign-off|farewell"
)
_POSSESSIVE_INTRO = re.compile(
    _OWNER_BEFORE + r"\s+(?:\w+\s+){0,2}?"
    r"(?:answer|response|reply|retort|reaction|verdict|message|explanation|advice|warning|comment|words|"
    r"statement|ruling|assessment|conclusion|argument|plea|rebuttal|pitch|promise|defen[cs]e|line|remarks?|quip|vow|"
    rf"prediction|reminder|question|challenge|{_INTRO_NOUNS})"
    # "Her message to the governor was simple:", "Weller's closing line drew the loudest cheer:"
    r"(?:\s+(?:to|for|on|about|at|in)\s+[^,;:.!?“”\"]{1,40}?)?"
    # "His answer, in full:", "Her reply, delivered with a smile:"
    r"(?:,?\s+in\s+(?:full|part|short|brief|sum)(?:\s*,)?|,\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|sent|made|put)\s+[^,;:.!?“”\"]{1,40})?"
    r"(?:\s+(?:was|is|were|came|read|reads)(?:\s+\w+){0,2}|\s+(?:drew|draws|got|gets|won|wins|brought|brings)(?:\s+[\w-]+){1,4})?"
    r"(?:\s*,\s*as\s+(?:released|provided|prepared|transcribed|delivered|posted|published|distributed|issued)"
    r"\s+(?:by|to)\s+[^,;:.!?“”\"]{1,40}?)?"  # "Reyes's remarks, as provided by her office:": still hers
    r"\s*:\s*$"
)
_POSSESSIVE_PRONOUN = {"its": "it", "his": "he", "her": "she", "their": "they", "our": "we", "my": "i"}
#: Nouns of someone's own words, whose owner ("from X", "of X", "X's") is the quote's speaker.
_WORDS_NOUNS = r"(?:answer|response|reply|retort|reaction|verdict|message|explanation|advice|warning|words)"
#: The same with the owner after "from", "of" or "by": "The response from the ministry was swift:",
#: "The reaction of Gov. Tim Ruiz:", "Words from the coach:", and a statement introduced whole:
#: "Read the full statement from Sen. Ann Weller below:", "Here is the statement by the agency:".
_NOUN_FROM_OWNER_INTRO = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Rr]ead|[Ss]ee|[Hh]ere\s+is|[Hh]ere[’']s|[Bb]elow\s+is)\s+)?(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?i:{_WORDS_NOUNS}|statement|remarks|comments?|{_INTRO_NOUNS})"
    r"\s+(?:from|of|by)\s+(?P<owner>[^,;:.!?“”\"]{2,60}?)"
    r"(?:\s+(?:was|is|were|came)(?:\s+\w+){0,2}|\s+(?:below|here|in\s+full))?\s*:\s*$"
)
#: A possessive noun of saying and a short copula predicate ending the sentence before the quote:
#: "Mayor Lena Ford's message was blunt. “…”", "The coach's answer was simple. “…”".
_POSSESSIVE_VERDICT = re.compile(
    _OWNER_BEFORE + rf"\s+(?:[a-z-]+\s+)?(?:{_WORDS_NOUNS}|tweet|post|statement|remarks|speech|comments?)"
    r"(?:\s+(?:to|for|on|in|at|after)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:(?:was|is|were)\s+(?:[a-z-]+\s+)?[a-z-]+|(?:came|comes)(?:\s+[a-z-]+){0,3})\s*[.!]\s*$"
)


#: The same with only a copula before the quote, for nouns that are the owner's own words: "Bill
#: Stroud's only answer was “…”", "His reply was “…”" (not "Kell's plan was “a disaster”").
_POSSESSIVE_COPULA = re.compile(
    _OWNER_BEFORE + r"\s+(?:[a-z]+\s+)?"
    r"(?:answer|response|reply|retort|reaction|message|explanation|advice|words)\s+(?:was|is|were)\s*$"
)
_COPULA_AT_END = re.compile(r"\s(?:was|is|were)\s*$")


#: Texts a person puts out in their own words, whose owner is their speaker (not a sign or a
#: headline, which speak for whoever displays them, nor "Editor's note:", the paper's own).
_OWN_POSTS = "tweet|post|posting|statement|letter|message|email|e-mail|memo|text|reply|response|remarks|speech|comment|comments|answer|video"
#: "Sen. Ali Shah's tweet — “…” —", "the mayor's letter, “…,”", "Rep. Noel Carr's post on Facebook —":
#: a possessive and a text of the owner's set off by a dash, comma or colon right before the quote.
_OWNED_POST_BEFORE = re.compile(
    rf"(?:^|(?<=\s))(?P<owner>(?:[\w.{ABBREVIATION_DOT}’'-]+\s+){{0,4}}?[\w.-]+)[’']s\s+"
    r"(?:(?:new|latest|first|last|own|short|brief|terse|angry|written|public)\s+)?"
    rf"(?P<noun>{_OWN_POSTS})(?:\s+(?:on|to)\s+(?:the\s+)?[\w-]+)?\s*(?P<mark>[—–:,]|\s--?)\s*$"
)


def owned_post_before(sentence: str) -> tuple[Mention | None, str | None]:
    """The owner of a post or statement set off right before the quote: 'Sen. Ali Shah's tweet —
    “…” — drew replies' -> Ali Shah, with the mark that sets it off ("—" asks for a closing dash
    after the quote). None unless the owner is a name or a description."""
    match = _OWNED_POST_BEFORE.search(sentence, max(0, len(sentence) - 140))
    if match is None:
        return None, None
    if match.group("owner").split()[0].lower() in INTRO_WORDS:
        return None, None  # "After Trump's tweet, “…”": the quote is someone's answer, not the tweet
    owner = head_of_segment(match.group("owner"))
    if owner is None or owner.kind not in {"name", "description"}:
        return None, None
    return owner, match.group("mark").strip()


def possessive_introduction(sentence: str) -> Mention | None:
    """ "Mayor Ken Dale’s answer: “…”" -> Ken Dale; "Its ruling was blunt: “…”" -> it; "Bill
    Stroud's only answer was “…”" -> Bill Stroud."""
    if sentence.rstrip().endswith(":"):  # (checked first: the patterns are slow to fail on long sentences)
        match = _POSSESSIVE_INTRO.search(sentence, max(0, len(sentence) - 160))
        if match is None:
            return _owner_after_noun(sentence)
    elif _COPULA_AT_END.search(sentence[-8:]):
        match = _POSSESSIVE_COPULA.search(sentence, max(0, len(sentence) - 120))
    elif sentence.rstrip().endswith((".", "!")):
        match = _POSSESSIVE_VERDICT.search(sentence, max(0, len(sentence) - 120))
        if match is not None and not match.group("pronoun"):
            return _speaking_owner(match.group("owner"))  # not "The weather's verdict was harsh."
    else:
        return None
    if match is None:
        return None
    if match.group("pronoun"):
        return Mention("pronoun", _POSSESSIVE_PRONOUN[match.group("pronoun").lower()])
    mention = head_of_segment(match.group("owner"))
    return mention if mention is not None and mention.kind in {"name", "description"} else None


def _owner_after_noun(sentence: str) -> Mention | None:
    """ "The response from the ministry was swift: “…”" -> the ministry: the owner after "from"
    or "of", kept when it is a name or a description of a person or an organisation (not "The
    message of the film:")."""
    match = _NOUN_FROM_OWNER_INTRO.search(sentence, max(0, len(sentence) - 160))
    return _speaking_owner(match.group("owner")) if match is not None else None


def _speaking_owner(phrase: str) -> Mention | None:
    """The owner of someone's words when it can speak: a name, or a description of a person or
    an organisation."""
    mention = head_of_segment(phrase)
    if mention is None or mention.kind not in {"name", "description"}:
        return None
    return mention if mention.kind == "name" or head_noun(mention.text) in PERSON_NOUNS | ORGANISATION_NOUNS else None


#: "in Kell's words", "in his own words", "to borrow the mayor's words": a possessive before "words"
#: in a phrase that credits what follows in the sentence to the owner, like "in the words of X".
_WORDS_OF_OWNER = re.compile(
    r"(?<![\w’'])(?:[Ii]n|[Tt]o\s+(?:borrow|use|quote))\s+(?:(?P<pronoun>his|her|their|its)|"
    r"(?P<owner>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)[’']s?)\s+(?:own\s+)?words\b"
)


#: "Take it from X:", "Take X's word for it:", "As X sees it,", "The way X tells it:": phrases that
#: credit what follows to X (group "owner"; "pronoun" for "Take her word for it").
_CREDITED_TO = re.compile(
    r"(?:^|(?<=\s))(?:(?:Just|So|But|And)\s+)?(?:[Tt]ake\s+it\s+from\s+(?P<owner>[^;:.!?“”\"]{2,100}?)|"
    r"[Tt]ake\s+(?:(?P<pronoun>his|her|their|its)|(?P<owner2>[^,;:.!?“”\"]{2,60}?)[’']s?)\s+word\s+for\s+it|"
    r"(?:[Aa]s|[Tt]he\s+way|[Hh]ow)\s+(?P<owner3>[^,;:.!?“”\"]{2,60}?)\s+(?:sees|saw|views|viewed|tells|told|puts|put)\s+"
    r"(?:it|them|things))\s*[,:]?\s*$"
)


#: A colon introduction that hands the word to someone named after a preposition: "It was left to
#: Sen. Ann Weller to sum up the day:", "The last word went to X:", "Nobody put it better than X:",
#: "The mood, summed up by one delegate, Rosa Vega:" (group "owner").
_HANDED_THE_WORD = re.compile(
    r"(?:(?<![\w’'-])[Ii]t\s+(?:was|is|fell|falls)\s+(?:(?:left|up)\s+)?to\s+(?P<owner>[^;:.!?“”\"]{2,80}?)\s+to\s+[a-z]+"
    r"(?:\s+[^;:“”\"]{1,60})?|"
    r"(?<![\w’'-])(?:last|final|first)\s+word\s+(?:went|goes|belonged|belongs|fell|falls)\s+to\s+(?P<owner2>[^;:.!?“”\"]{2,80}?)|"
    r"(?<![\w’'-])(?:[Nn]obody|[Nn]o\s+one)(?:\s+else)?\s+[a-z]+(?:\s+[^;:.!?“”\"]{1,50}?)?\s+better\s+than\s+"
    r"(?P<owner3>[^;:.!?“”\"]{2,80}?)|"
    r"(?<![\w’'-])(?:summed\s+up|put|captured|expressed|voiced|spelled\s+out|described)\s+by\s+(?P<owner4>[^;:.!?“”\"]{2,80}?))"
    r"\s*:?\s*$"
)


def handed_the_word(sentence: str) -> Mention | None:
    """The one ``_HANDED_THE_WORD`` hands the word to, when a name or a description. ``sentence``
    ends on the colon that introduces the quote (or is the sentence before that colon)."""
    match = _HANDED_THE_WORD.search(sentence)
    if match is None:
        return None
    owner = next(g for g in match.groups() if g is not None)
    apposed = head_of_segment(owner.split(",")[-1]) if "," in owner else None
    if apposed is not None and apposed.kind == "name":
        return apposed  # "one delegate, Rosa Vega": the name apposed to the description
    mention = head_of_segment(owner) or head_of_segment(owner.split(",")[0])
    return mention if mention is not None and mention.kind in {"name", "description"} else None


def _credited_owner(sentence: str) -> Mention | None:
    """The one ``_CREDITED_TO`` credits ('Take it from Dana Kline: “…”' -> Dana Kline; 'The stakes,
    as Weller sees them: “…”' -> Weller), when a name, a description or a pronoun."""
    match = _CREDITED_TO.search(sentence)
    if match is None:
        return None
    if match.group("pronoun"):
        return Mention("pronoun", _POSSESSIVE_PRONOUN[match.group("pronoun")])
    owner = match.group("owner") or match.group("owner2") or match.group("owner3") or ""
    if owner.lower() in {"me", "us", "my", "our"}:
        return None  # "Take it from me:": the speaker of a quote around it, not named here
    if owner.lower() in _OBJECT_PRONOUN:
        return Mention("pronoun", _OBJECT_PRONOUN[owner.lower()])
    mention = head_of_segment(owner) or head_of_segment(owner.split(",")[0])  # "Dana Kline, the commissioner"
    return mention if mention is not None and mention.kind in {"name", "description", "pronoun"} else None


def words_owner(sentence: str) -> Mention | None:
    """The owner of the words in "in X's words" before the quote in its sentence: 'The plan failed
    because, in Kell's words, “…”' -> Kell (not the sentence subject); 'In her own words, “…”' ->
    she. No speech verb may follow the phrase before the quote ('In Kell's words, Ames said “…”'
    is Ames's report), and the owner must be a name, a description or he/she/they."""
    match = _WORDS_OF_OWNER.search(sentence)
    if match is None:
        return _credited_owner(sentence)
    if SPEECH_VERB.search(sentence, match.end()):
        return None
    if match.group("pronoun"):
        return Mention("pronoun", _POSSESSIVE_PRONOUN[match.group("pronoun")])
    mention = head_of_segment(match.group("owner"))
    return mention if mention is not None and mention.kind in {"name", "description"} else None


#: A possessive before a noun of saying and the clause it governs: "Ames's claim that the deal was",
#: "his boast that he had", "Lund's pledge to", "Lund's slogan in that race was that".
_CLAIM_OF_OWNER = re.compile(
    r"(?<![\w’'])(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*|the\s+(?:[a-z-]+\s+){0,2}[a-z-]+)[’']s?)"
    r"\s+(?:(?:repeated|oft-repeated|latest|earlier|new|old|familiar|famous|central|(?:19|20)\d\d)\s+){0,2}"
    r"(?:(?P<that>claims?|assertions?|contention|insistence|argument|promises?|pledges?|vows?|warnings?|predictions?|"
    r"suggestion|boasts?|charges?|accusations?|allegations?|complaints?|remarks?|comments?|declaration|"
    r"slogan|catch\s?phrase|mantra|refrain|lines?|assurances?|threats?|insinuation|prediction)(?:\s+(?:in|during|at|on)\s+[^,;:]{1,40}?\s+(?:was|is))?\s+that"
    r"|(?P<to>promises?|pledges?|vows?|threats?|calls?|vow)\s+to"
    # a title-case headline: "Kaine's Claim Clinton 'Talks …'", "Kell's Promise To '…'"
    r"|(?P<headline>Claims?|Promises?|Pledges?|Vows?|Warnings?|Boasts?|Charges?|Remarks?|Comments?)(?:\s+(?:That|To))?(?=\s+[A-Z]))\s"
)
#: A possessive, a noun of someone's words, and the quote set off in apposition by a comma or a
#: dash: "Kell's tweet — “…” —", "His reply, “…,”", "The mayor's motto, “…,”".
_OWNED_WORDS_APPOSED = re.compile(
    r"(?:(?<![\w’'])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*|[Tt]he\s+[a-z-]+)[’']s?)"
    r"\s+(?:[a-z-]+\s+)?(?:tweet|post|message|reply|answer|response|retort|motto|slogan|mantra|catchphrase|"
    r"words|remark|quip|warning|plea|promise|vow|pledge|boast|verdict|phrase|line|expression)\s*[,—–]\s*$"
)
#: A phrase someone coined or made famous, set off before the quote: "the phrase Kell coined, “…”",
#: "the slogan that his rival made famous: “…”" (group "owner" a name, "pronoun" he/she/they).
_COINED_BY = re.compile(
    rf"\b(?:phrase|term|slogan|line|expression|catch\s?phrase|nickname)\s+(?:that\s+)?"
    rf"(?:(?P<pronoun>he|she|they)|(?P<owner>(?:[{UPPER}][\w.’'-]*\s+){{0,3}}[{UPPER}][\w.-]*|the\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+))\s+"
    r"(?:had\s+|has\s+|once\s+)*(?:coined|invented|popularized|popularised|made\s+famous|made\s+popular|used)\s*[,:—–]?\s*$"
)
#: Verbs after which the quote is the main clause's predicate, not the claim's own words.
_COPULA_END = re.compile(r"\s(?:is|was|are|were|remains|seems)\s*$")
_CLAUSE_VERB = re.compile(r"\s(?:would|will|could|can|should|must|may|might|is|was|are|were|has|had|have|[a-z]{3,}ed)\s")


def claim_owner(sentence: str) -> Mention | None:
    """The owner of a claim, a promise or a slogan whose clause holds the quote: 'Kell denied Ames's
    claim that the contract was “…”' -> Ames (not Kell, who only denied it); 'Critics mocked his
    boast that he had “…”' -> he; 'Lund's pledge to “…”'. ``sentence`` is the masked quote's
    sentence up to the quote. Not when a speech verb follows the phrase ('Ames's claim that Kell
    said “…”'), nor when the quote is the predicate of the whole phrase ('Kell's claim that the
    casino would bring jobs is “a fantasy”': the clause has its verb before the copula). Also the
    owner of words set off in apposition ('Kell's tweet — “…” —', 'His reply, “…,”')."""
    matches = list(_CLAIM_OF_OWNER.finditer(sentence))
    coined = _COINED_BY.search(sentence, max(0, len(sentence) - 160)) if not matches else None
    if coined is not None:  # 'Reyes used the phrase Weller coined, “the lost decade”': Weller's words
        if coined.group("pronoun"):
            return Mention("pronoun", coined.group("pronoun"))
        return _speaking_owner(coined.group("owner"))
    if not matches:
        apposed = _OWNED_WORDS_APPOSED.search(sentence, max(0, len(sentence) - 120))
        if apposed is None:
            return None
        if apposed.group("pronoun"):  # 'His reply, “Not in my lifetime,” drew laughter.'
            return Mention("pronoun", _POSSESSIVE_PRONOUN[apposed.group("pronoun").lower()])
        holder = head_of_segment(apposed.group("owner"))  # 'Kell's tweet — “Enough is enough” — was shared'
        return holder if holder is not None and holder.kind in {"name", "description"} else None
    match = matches[-1]
    clause = sentence[match.end() - 1 :]
    if SPEECH_VERB.search(clause) or any(c in clause for c in "“”\"·"):
        return None
    copula = _COPULA_END.search(clause) if match.group("that") else None
    if copula is not None and _CLAUSE_VERB.search(clause[: copula.start() + 1]):
        return None
    if match.group("pronoun"):
        return Mention("pronoun", _POSSESSIVE_PRONOUN[match.group("pronoun").lower()])
    if match.group("headline") and any(c in clause for c in ",;:—–"):
        return None  # "Kell's Warning Signs Ignored, Report Finds '…'": another clause of the headline
    owner = match.group("owner")
    if match.group("headline"):  # "Critics Pounce On Kell's Claim …": the words after the last preposition
        owner = re.split(r"\s(?:On|To|For|At|In|Of|With|By|About|Against|Over|After)\s", " " + owner)[-1]
    mention = head_of_segment(owner)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


#: A possessive right before the quote, maybe with an adjective or a year ("Clinton's “…”", "his
#: now-famous “…”", "Clinton's infamous 2016 “…”").
_OWNER_RIGHT_BEFORE_QUOTE = re.compile(
    r"(?:(?<![\w’'])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*|the\s+[a-z-]+)[’']s?)"
    r"\s+(?:(?:[a-z][\w-]*|(?:19|20)\d\d)\s+){0,2}$"
)
#: A noun of someone's words right after the quote ("“…” remark", "“…” line drew boos").
_SAYING_NOUN_AFTER = re.compile(
    r"\s*,?\s*(?:remarks?|comments?|quip|line|phrase|slogan|motto|mantra|catch\s?phrase|refrain|tweet|post|"
    r"claim|promise|pledge|vow|boast|warning|jab|insult|attack|taunt|label|description|characteri[sz]ation|"
    r"retort|reply|answer|speech|statement|rhetoric|comparison|gaffe)(?![\w’'-])"
)


def owner_of_quoted_noun(head: str, tail: str) -> Mention | None:
    """The owner of a quote that modifies a noun of saying after it: 'Trump mocked Clinton's
    “basket of deplorables” remark' -> Clinton (the words are hers; the subject only mocked
    them), 'his “…” line drew boos' -> he; also 'Weller's so-called “…”', his name for it.
    ``head`` is the masked text up to the quote, ``tail`` the text after it."""
    match = _OWNER_RIGHT_BEFORE_QUOTE.search(head[-120:])
    so_called = match is not None and re.search(r"\sso-called\s+$", head[-120:]) is not None  # "Weller's so-called “…”"
    if match is None or not (so_called or _SAYING_NOUN_AFTER.match(tail)):
        return None
    owner_end = match.end("owner") if match.group("owner") else match.end("pronoun")
    between = re.sub(r"^[’']s?", "", head[-120:][owner_end:]).split()
    if not all(w.isdigit() or w == "so-called" or _adjective_like(w) for w in between):
        return None  # 'called Weller's plan “a fraud”': the possessed noun comes first, the quote is a verdict on it
    if match.group("pronoun"):
        return Mention("pronoun", _POSSESSIVE_PRONOUN[match.group("pronoun").lower()])
    return _speaking_owner(match.group("owner"))


def quote_in_subordinate_clause(head: str) -> bool:
    """The quote completes a subordinate clause with its own speech verb ("While Tran insisted
    that “…”, the agency’s numbers told another story"): the main clause after it does not
    attribute the quote."""
    sentence = last_sentence(head)
    subordinate = _SUBORDINATE.search(sentence)
    return subordinate is not None and SPEECH_VERB.search(sentence, subordinate.end(1)) is not None


def head_attribution(
    head: str, between: str, previous: Mention | None
) -> tuple[Mention | None, str | None]:
    """The speaker named before the quote in its sentence (see ``_head_attribution``)."""
    mention, verb = _head_attribution(head, between, previous)
    return (mention, verb) if mention is not None else (None, None)


def _inverted_subject(sentence: str, earlier: list[re.Match[str]]) -> Mention | None:
    """The speaker of an inverted '"…," said X' earlier in the sentence, if there is one: the
    subject a later coordinated verb shares (not the noun phrase before that quote)."""
    inverted = earlier[-1] if earlier else None
    if inverted is None or inverted.group().lower() not in _INVERTIBLE:
        return None
    if not sentence[: inverted.start()].rstrip().rstrip("”\"’'").endswith(","):
        return None
    return phrase_after(sentence[inverted.end() :])


#: A possessive, maybe with one plain word, right before a speech-verb form: "The mayor's reply",
#: "Stroud's only answer" (the form is a noun).
_OWNER_RIGHT_BEFORE = re.compile(r"\w[’']s?(?:\s+[a-z]+)?\s+$")
#: A determiner and at most two plain words right before a speech-verb form: the form is a noun
#: ("launched into a lament for", "reprised the caustic chant"); not "her" ("to have her ask").
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur)((?:\s+[a-z][\w’'-]*){0,2})\s+$")
#: What may stand between a verb and its object: a particle or a preposition ("took up", "launched into").
_VERB_TO_OBJECT = re.compile(r"(?:\s+(?:up|into|out|off|in|on|with|back))?\s*")
#: Words that end a noun phrase rather than modify the noun after them.
_NOT_MODIFIERS = {"that", "which", "who", "whom", "whose", "to", "and", "or", "but", "not", "also", "then", "as"}


def _subject_of_speech_noun(before: str, word: str) -> str | None:
    """The text before the clause's own verb when the speech verb found is a noun after a
    determiner ("Trump launched into a lament for the “…”", "the crowd reprised the chant “…”"):
    the speaker is that verb's subject. None when the word is used as a verb."""
    if word not in SPEECH_NOUN_FORMS:
        return None
    noun = _DETERMINER_BEFORE.search(before)
    if noun is None or any(w in _NOT_MODIFIERS or w.endswith("ed") or LEADING_VERB.match(" " + w) for w in noun.group(1).split()):
        return None
    clause = before[: noun.start()]
    own = last_verb(clause)
    if own is None or not _VERB_TO_OBJECT.fullmatch(clause, own.end()):
        return None  # "according to a lament by": a cue of its own governs the noun
    return clause[: own.start()]


#: A causative verb and its object right before "to" and the speech verb ("prompted the Daily
#: Ledger to declare", "led Mayor Joan Ames to say"): the object speaks, not the subject (the
#: scandal, the vote) that made them.
_CAUSED_TO = re.compile(
    r"(?<![\w’'-])(?:prompt(?:s|ed|ing)?|l(?:eads?|ed|eading)|(?:forc|caus|mov|inspir|provok|encourag)(?:e|es|ed|ing)|"
    r"push(?:es|ed|ing)?|compel(?:s|led|ling)?|spur(?:s|red|ring)?|dr(?:ive|ives|ove|iven|iving))"
    r"\s+((?:(?!to\s)[^;:.!?“”\"]){2,120}?)\s+to\s+$"
)

_OBJECT_PRONOUN = {"him": "he", "her": "she", "them": "they"}
#: A subject pronoun right before the speech verb (an -ly adverb between): it is the verb's subject
#: however the clause before it runs ("… at a heckler as she angrily said").
_PRONOUN_RIGHT_BEFORE = re.compile(r"(?<![\w’'])([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?$")


#: "as they shouted", "while they chanted": a "they" opening a clause right before the verb.
#: A clause of time whose subject is a short description right before the verb ("as her supporters
#: chanted", "while the crowd sang"; group 1 the description, group 2 its head).
_DESCRIBED_RIGHT_BEFORE = re.compile(
    r"\s(?:as|while|when)\s+((?:the|his|her|their|its|some|many|a|an)\s+(?:[a-z-]+\s+){0,2}?([a-z]+))\s+(?:[a-z]+ly\s+)?$"
)
_THEY_RIGHT_BEFORE = re.compile(r"\s(?:as|while|when)\s+they\s+(?:[a-z]+ly\s+)?$")


def _plural_subject(clause: str) -> Mention | None:
    """The subject "they" of '… as they shouted' stands for: the main clause's subject when it is
    plural or a group ("Protesters marched … as they shouted", "the crowd"); none when it is a
    single thing ("The vote was delayed as they shouted, “…”": not the vote)."""
    subject = subject_before(clause) or leading_np(clause)
    if subject is None or subject.kind not in {"name", "description"}:
        return None
    last = subject.text.split()[-1].lower().strip("’'")
    plural = last in GROUP_NOUNS or last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return subject if plural else None


#: "and", "but" or a semicolon opening a second main clause ("… and Diaz criticized him").
_CLAUSE_JOIN = re.compile(r"(?:,?\s+(?:and|but|yet)|;)\s+(?=[A-Z]|(?:the|a|an|his|her|their|its|he|she|they)\s)")


#: A person after "from" or "by" closing the main clause before a participle, maybe with a day
#: after it ("signed by Gov. Ann Roe on Friday, calling it"; group 1).
_AGENT_BEFORE = re.compile(
    rf"\s(?:from|by)\s+((?:[{UPPER}][\w.․’'-]*\s+){{1,4}}[{UPPER}][\w’'-]*)"
    r"(?:\s+(?i:(?:(?:on|late|early)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|(?:last|this)\s+\w+)))?\s*,\s*$"
)


def _thing_subject(subject: Mention) -> bool:
    """A description of a thing ("the plan", "the bill"), not of people or a body that speaks."""
    if subject.kind != "description":
        return False
    head = subject.text.split()[-1].lower().strip("’'")
    people = PERSON_NOUNS | GROUP_NOUNS | ORGANISATION_NOUNS
    return head not in people and head.removesuffix("s") not in people


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


def _caused_speaker(phrase: str) -> Mention | None:
    """The object of a causative verb (``_CAUSED_TO``) as a speaker: 'the Ledger, a daily' -> the
    Ledger, 'him' -> he; not an adverb ("moved fast to deny") nor a bare word that names no people."""
    phrase = phrase.split(",")[0].strip()
    if phrase in _OBJECT_PRONOUN:
        return Mention("pronoun", _OBJECT_PRONOUN[phrase])
    if phrase.islower() and " " not in phrase and phrase not in GROUP_NOUNS | PERSON_NOUNS:
        return None
    made = head_of_segment(phrase)
    return made if made is not None and made.kind in {"name", "description", "pronoun"} else None


#: "to put it mildly", "to put it bluntly": the writer's aside, not a cue ('The plan was, to put it
#: mildly, “…”' has no speaker).
_TO_PUT_IT = re.compile(r"to\s+put\s+it\s+[a-z]+ly\b")


#: Plain plural nouns coordinated before the speech noun ("boos and shouts of").
_PLURAL_AND = re.compile(r"(?:\s+[a-z]+s\s+and)?\s*$")
#: A preposition ending the clause before the speech noun's phrase: the noun is in a prepositional
#: phrase, not the object of the clause's verb ("at the gripes", "to the claims"); not the
#: particles of "broke into chants", "joined in the chants", "took up the chant".
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w’'-])(?:at|of|over|about|amid|amidst|despite|against|for|from|after|toward|towards|among|through|"
    r"like|without|upon|following|regarding|(?<!according\s)to)\s*$",
    re.IGNORECASE,
)
#: Verbs whose object is speech by others, which the subject meets or turns away ("faced shouts
#: of", "dismissed the claims", "shrugged off the taunts"), with no more than a particle after.
_RECEIVING_VERB = re.compile(
    r"(?<![\w’'-])(?:fac(?:e|es|ed|ing)|field(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|"
    r"ignor(?:e|es|ed|ing)|endur(?:e|es|ed|ing)|hear(?:s|d|ing)?|(?:laugh|shrug|brush|wave|shak|fend)[a-z]*\s+off|"
    r"brush[a-z]*\s+aside|drown[a-z]*\s+out)(?:\s+(?:the|these|those|such|all|more|new|repeated|angry|loud))*\s*$",
    re.IGNORECASE,
)


def _others_speech_noun(before: str, word: str, after: str) -> bool:
    """The speech-verb form before the quote is a noun that the quote completes ("of", "over",
    "that" …: ``_NOUN_COMPLEMENT``) and whose speakers the sentence leaves unnamed: inside a
    prepositional phrase ('The senator rolled his eyes at the gripes over “…”'), or the
    object of a verb of meeting or turning away speech ('Kell faced boos and shouts of “Liar!”',
    'laughed off the claims that she had “…”'). The sentence's subject did not say the words."""
    if word not in SPEECH_NOUN_FORMS or not _NOUN_COMPLEMENT.fullmatch(after):
        return False  # 'dismissed the claims as “…”': the subject's own verdict on them
    noun = _DETERMINER_BEFORE.search(before)
    if noun is not None and not any(w in _NOT_MODIFIERS or LEADING_VERB.match(" " + w) for w in noun.group(1).split()):
        clause = before[: noun.start()]
    elif word.endswith("s") and after.split()[:1] == ["of"]:
        plural = _PLURAL_AND.search(before)
        clause = before[: plural.start()] if plural is not None else before
    else:
        return False
    if not clause.strip():
        return False
    return bool(_PREPOSITION_BEFORE.search(clause) or _RECEIVING_VERB.search(clause))


#: What follows a noun of saying up to its quote when the quote completes it: "of", "about",
#: "over", "like" or "that" and no clause break ("the claims that she had “…”", "cries of “…”").
_NOUN_COMPLEMENT = re.compile(r"\s+(?:of|about|over|like|that)\b[^,;:]*")


#: A determiner or a possessive pronoun and up to two words before a plural noun of saying.
_PLURAL_NOUN_OPENING = re.compile(
    r"(?:^|(?<=\s))(his|her|their|its|our|my|your|the|these|those|such|many|several|some)((?:\s+[a-z][\w’'-]*){0,2})\s+$",
    re.IGNORECASE,
)
#: Endings of adjectives ("serial", "constant", "angry", "repeated"), and short common ones.
_ADJECTIVE_ENDING = re.compile(r"(?:al|ant|ent|ous|ive|ic|ful|less|ed|ing|y|ish|ible|able|est|ly)$")
_SHORT_ADJECTIVES = frozenset("loud new old usual own first last latest late early long short big small wild bold".split())
#: Nouns that look like adjectives by their ending ("His assistant protests").
_ADJECTIVE_LIKE_NOUNS = frozenset("assistant agent lieutenant attendant servant tenant client patient sergeant merchant".split())


def _adjective_like(word: str) -> bool:
    """``word`` modifies the noun after it: an adjective by its ending or a short common one, not
    a noun of a speaker ("his aide protests": "aide" is the subject)."""
    low = word.lower()
    if low in SPEAKER_HEAD_NOUNS or low.rstrip("s") in SPEAKER_HEAD_NOUNS or low in _ADJECTIVE_LIKE_NOUNS or low in _NOT_MODIFIERS:
        return False
    return low in _SHORT_ADJECTIVES or _ADJECTIVE_ENDING.search(low) is not None


def _plural_noun_phrase(sentence: str, verb: re.Match[str]) -> tuple[Mention | None] | None:
    """The -s form is a plural noun of saying after a determiner or a possessive pronoun and only
    adjectives ("Their loud protests", "these serial whines", "the chants"), not governed by a
    verb of its subject (``_subject_of_speech_noun``: "launched into a lament"). Returns (the
    owner as a pronoun when the quote completes the noun, else None), or None for a verb."""
    word = verb.group().lower()
    if word not in PLURAL_NOUN_FORMS:
        return None
    before = sentence[: verb.start()]
    opening = _PLURAL_NOUN_OPENING.search(before)
    if opening is None or not all(_adjective_like(w) for w in opening.group(2).split()):
        return None
    if _subject_of_speech_noun(before, word) is not None:
        return None
    completed = _NOUN_COMPLEMENT.fullmatch(sentence, verb.end()) is not None
    if not completed and not opening.group(2).split():
        return None  # 'Trump did post that his claims were “…”': left to the usual reading
    owner = _POSSESSIVE_PRONOUN.get(opening.group(1).lower())
    if owner is not None and completed:
        return (Mention("pronoun", owner),)  # "His constant whines about “…”": his words
    return (None,)


#: A word and a speech-verb form that is more often a plural noun ("Kell answers", "the mayor
#: promises"; group 1 the word, group 2 the form).
_AMBIGUOUS_AFTER_WORD = re.compile(rf"([\w’'-]+)\s+({'|'.join(sorted(AMBIGUOUS_THIRD_PERSON))})(?![\w’'-])")


def _ambiguous_after_subject(sentence: str) -> tuple[Mention, str] | None:
    """The speaker of a form that is more often a plural noun ("answers", "promises") when it
    follows its subject: a name that is no common word ("Kell answers critics: “…”"), a noun of a
    person or a group ("The mayor promises “…”"), or he or she. After anything else it stays a
    noun ("Campaign promises", "the answers")."""
    found = list(_AMBIGUOUS_AFTER_WORD.finditer(sentence))
    if not found:
        return None
    last = found[-1]
    word = last.group(1)
    low = word.lower()
    person = low in PERSON_NOUNS or low in GROUP_NOUNS or low in GENDERED_ROLES or low in {"he", "she"}
    name = word[:1].isupper() and not is_common_word(word) and low not in _NOT_OPENING_A_DESCRIPTION
    if not (person or name):
        return None
    mention = subject_before(sentence[: last.start(2)])
    if mention is None or mention.kind not in {"name", "description", "pronoun"}:
        return None
    if mention.text.split()[-1].lower() != low:
        return None  # the subject must end right before the form
    return mention, last.group(2).lower()


#: The quote as the predicate of a noun before it: right after it, or after "as" ("called the
#: mayor's remarks “…”", "described the claims as “…”").
_AS_PREDICATE = re.compile(r"\s+as\s*|\s*")
#: An owner ("the senator's", "Kell’s") or a determiner right before a word (the noun).
_OWNER_OR_DETERMINER_RIGHT_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:[\w-]+[’']s?|the|a|an|his|her|its|their|our|these|those)\s+$", re.IGNORECASE)
#: Bare and -s forms of the naming verbs, also nouns ("terms", "labels", "calls").
_NAMING_NOUN_FORMS = frozenset(f for f in NAMING_VERBS if not f.endswith(("ed", "ing")))


def _judged_speech_noun(sentence: str, verb: re.Match[str]) -> int | None:
    """Where the noun phrase starts when the last speech-verb form is a noun after an owner or a
    determiner with the quote as its predicate ('described the senator's claims as “…”', 'both
    sides calling the other's terms “…”'): the object of an earlier verb, whose subject judges
    the words, not a verb itself (read as one it gave the owner, "the other", or nobody)."""
    word = verb.group().lower()
    if not (word in SPEECH_NOUN_FORMS or word in _NAMING_NOUN_FORMS) or not _AS_PREDICATE.fullmatch(sentence, verb.end()):
        return None
    before = sentence[: verb.start()]
    right_before = _OWNER_OR_DETERMINER_RIGHT_BEFORE.search(before)
    # right after the owner or the determiner: with a word between, that word may be the noun and
    # the form its verb ('Critics said the ad claims “…”')
    return right_before.start() if right_before is not None else None


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


def _last_correlative_clause(sentence: str) -> str:
    """The last clause of a comparative correlative ('The more Kell complains, the more the people
    shrug and say, “…”'), from after its comparative: "the people shrug and say". Each clause has a
    subject of its own, and only the last one's verb introduces the quote; read whole, the first
    clause made a speaker of a clause ("the more Kell pushes these") or of the wrong subject (Kell)."""
    correlative = _CORRELATIVE.match(sentence)  # greedy: the last of several clauses
    return sentence[correlative.end() :] if correlative is not None else sentence


#: A description ending in a noun and one more plain word ("the people shrug": group 1 the
#: noun phrase, group 2 its last noun).
_NOUN_THEN_WORD = re.compile(r"(.*?\b([a-z]{2,}))\s+[a-z]+")


def _without_first_verb(subject: Mention, before: str) -> Mention | None:
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


#: A short phrase ending in an -s form of a speech verb right before the speech verb, opening its
#: clause ("News reports said", "Witness accounts say"; group 1 the phrase, group 2 the -s form).
_SPEECH_NOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but|that)\s+)((?:[\w’'-]+\s+){1,3}?([a-z]+s))\s+$")


#: Words that open no description of a speaker: relatives, pronouns, possessive pronouns.
_NOT_OPENING_A_DESCRIPTION = frozenset("who whose which that he she it they we i you his her its their our my your".split())


#: A finite verb right after a word: an auxiliary, a past in -ed or a document's verb ("found").
#: A copula right after a word: the word before it is its subject, a noun ("the claims were").
_COPULA_NEXT = re.compile(r"\s+(?:is|are|was|were|remain|remains|remained|seem|seems|seemed)(?![\w’'-])")
_VERB_NEXT = re.compile(
    r"\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|did|do|found|show|showed|[a-z]+ed)(?![\w’'-])"
)


def _speech_noun_subject(phrase: str) -> Mention | None:
    """The subject of '"News reports said'", '"Media reports say'": two finite verbs never stand
    side by side, so the -s form right before the verb is a plural noun, the head of the subject
    (read as a verb, it left "News" as a one-word name). A description, or none when a pronoun
    or a name opens the phrase (left to the usual reading: "Her Facebook posts", "Kell's tweets")."""
    words = phrase.split()
    if words[0].lower() in _NOT_OPENING_A_DESCRIPTION:
        return None
    if words[0].lower() in {"the", "these", "those", "some", "many", "several", "local", "early", "recent"} or words[0].islower():
        return Mention("description", " ".join([words[0].lower(), *words[1:]]))
    if is_common_word(words[0]) and all(w.islower() for w in words[1:]):
        return Mention("description", " ".join([words[0].lower(), *words[1:]]))
    return None


#: A verb of hearing or seeing and its object before a bare speech verb ("heard Weller say",
#: "saw a guard shout"; group 1 the object).
_PERCEIVED = re.compile(
    r"\b(?:hears|heard|hearing|overhears|overheard|saw|sees|seeing|watches|watched|watching)"
    r"\s+((?:[\w’'.-]+\s+){1,5}?)$"
)
#: A verb of blame or praise, its object and "for" or "of" before a participle of saying ("accused
#: Weller of saying", "criticized Trump for calling"; group 1 the object, who said the words).
_FAULTED_FOR = re.compile(
    r"\b(?:accus|criticiz|criticis|blast|slam|attack|fault|condemn|rebuk|mock|ridicul|chastis|lambast|scold|"
    r"prais|thank|credit|knock|hammer|berat|chid|taunt|tease|sued|sue|su(?:es|ing)|fir(?:e|es|ed|ing)|suspend|sanction|"
    r"fin(?:e|es|ed|ing)|punish|penali[sz]|reprimand|ban(?:s|ned|ning)?|"
    r"apologi[sz]ed\s+to|called\s+out|call\s+out)\w*\s+((?:[\w’'.-]+\s+){1,5}?)(?:of|for)\s+"
    r"(?:(?:ever|repeatedly|once|publicly|falsely|allegedly|recently|earlier)\s+)?(?:having\s+)?$"
)
#: Someone reading out or sharing a letter, an email or a note from someone else, right before
#: the quote ("read aloud a letter from Carl Imhof:", "shared an email sent by a constituent";
#: group 1 the writer).
_LETTER_FROM = re.compile(
    r"\b(?:read|reads|reading|shared|shares|sharing|posted|released)\s+"
    r"(?:aloud\s+|out\s+)?(?:(?:from|parts\s+of|excerpts?\s+from|part\s+of)\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:letter|e-?mail|note|message|text|memo|card)\s+(?:(?:sent|written|signed)\s+)?(?:from|by)\s+"
    r"([^,;:“”\"]{2,60}?)\s*[,:—–]?\s*$"
)


#: The subject of a complement clause between two speech verbs, "that" or not ("said Tom Weller
#: had told her", "says he told them"): a name, he/she/they or a short description, and only
#: auxiliaries or adverbs after it (group 2; group "listener" a pronoun after "told").
_COMPLEMENT_SUBJECT = re.compile(
    r"(?P<listener>\s+(?:him|her|them|us|me))?"
    rf"\s+(?:that\s+)?((?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}}(?:and\s+(?:[{UPPER}][\w.{ABBREVIATION_DOT}’'-]*\s+){{1,4}})?|(?:he|she|they)\s+|"
    r"(?:the|a|an|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+)"
    r"(?:(?:had|has|have|would|once|also|then|later|always|often|never|still|just|even|ever|[a-z]+ly)\s+)*"
)


def _complement_subject(sentence: str, verbs: list[re.Match[str]]) -> Mention | None:
    """The speaker of a speech verb inside the complement of an earlier one: 'Ana Reyes said Tom
    Weller had told her “…”' -> Tom Weller, whose words Reyes reports (read from the sentence's
    subject, the quote went to Reyes). Only when nothing but the subject and auxiliaries stands
    between the two verbs, and the first is a finite verb of saying."""
    if len(verbs) < 2 or verbs[-1].group().lower().endswith("ing") or verbs[-1].group().lower() in NAMING_VERBS:
        return None  # 'News reports said the mayor had called the plan “…”': a label, left as it was read
    first = verbs[-2].group().lower()
    if first.endswith("ing") or first in NAMING_VERBS or first not in _REPORTING_FINITE:
        return None
    between = _COMPLEMENT_SUBJECT.fullmatch(sentence, verbs[-2].end(), verbs[-1].start())
    if between is None or bool(between.group("listener")) != (first in _LISTENER_VERBS):
        return None  # a listener only after "told", and a pronoun: 'Reyes told him Weller had promised “…”'
    subject = between.group(2).strip()
    if _CALENDAR_WORD.match(subject):
        return None  # 'said Tuesday he …': a day, no subject
    if subject in {"he", "she", "they"}:
        return Mention("pronoun", subject)
    mention = head_of_segment(subject)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


#: A day or a month opening what looks like a capitalised subject.
_CALENDAR_WORD = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Last|This|Next|Earlier|Later"
)
#: Finite verbs that report a clause ("said", "claims", "recalled").
_REPORTING_FINITE = frozenset(
    "said says say claimed claims recalled recalls alleged alleges insisted insists added adds noted notes wrote writes "
    "argued argues testified testifies maintained maintains told tells".split()
)


#: Someone reading out, repeating or sharing another's own text, right before the quote ("read from
#: Tom Weller's memoir:", "read Weller's text message aloud:", "shared Weller's post, which read";
#: group 1 the owner). Not "quoted" or "cited": the pages credit the one quoting (below).
_OWNERS_TEXT_READ = re.compile(
    rf"\b(?:read|reads|reading|shared|shares|sharing|posted|retweeted|reposted|"
    rf"repeated|repeats|repeating|recited|recites|echoed|echoes)\s+"
    rf"(?:aloud\s+|out\s+|back\s+)?(?:(?:from|parts\s+of|excerpts?\s+from|part\s+of|a\s+passage\s+from)\s+)?"
    rf"((?:[{UPPER}][\w.’'-]*\s+){{0,3}}[{UPPER}][\w.-]*)[’']s?\s+(?:[a-z-]+\s+){{0,2}}?"
    r"(?:letter|e-?mail|note|message|memo|memoir|book|diary|journal|post|tweet|text|speech|statement|essay|column|op-ed|"
    r"words|answer|reply|response|remarks?|comments?|question)"
    r"(?:\s+(?:aloud|out))?(?:\s*,\s*which\s+(?:read|reads|said|says|stated|states))?\s*[,:—–]?\s*$"
)
#: A text from someone and a relative clause with its verb of saying right before the quote ("a
#: tweet from Tom Weller that read", "a letter by the coach which said"; group 1 the writer).
_TEXT_FROM_THAT_READ = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:letter|e-?mail|note|message|memo|text|post|tweet|statement)\s+"
    r"(?:(?:sent|written|signed|posted)\s+)?(?:from|by)\s+([^,;:“”\"]{2,60}?)\s*,?\s+(?:that|which)\s+"
    r"(?:read|reads|said|says|stated|states)\s*[,:]?\s*$"
)
#: "the words of X:" before the quote, after a verb of passing words on (group 1 the owner).
_WORDS_OF_READ = re.compile(
    r"\b(?:read|reads|repeated|repeats|recited|recites|echoed|echoes|borrowed|borrows)\s+"
    r"(?:aloud\s+|out\s+|back\s+)?the\s+(?:very\s+|exact\s+|own\s+)?words\s+of\s+([^,;:“”\"]{2,60}?)\s*[,:—–]\s*$"
)


#: A finite speech verb, perhaps its listener or a time, and the comma opening an aside ("told
#: reporters,", "said Tuesday,").
_BEFORE_ASIDE = re.compile(r"(?:\s+[\w’'.-]+){0,3}?\s*,\s*")
#: The end of an aside ("according to a pool report,") before the quote, perhaps with the verb's
#: "that" clause ("…, that the talks were").
_ASIDE_CLOSED = re.compile(r"[^,;:“”\"]*,\s*(?:that\b[^;:“”\"]*)?")


#: A source phrase, its comma and a name with nothing after it but the quote: the name is the
#: subject of the clause the quote completes, not in apposition to the source (group 1: the source).
_SUBJECT_AFTER_SOURCE = re.compile(rf"(\s*[a-z][^,;:“”\"]*?),\s*(?:{NAME_TOKEN})(?:[ \t]+{NAME_TOKEN}){{0,3}}\s*")


#: A bare plural listener between "told" and its quote ("told donors that").
_PLURAL_LISTENER_THEN_QUOTE = re.compile(r"\s+[a-z]+s\s*(?:that)?\s*[,:]?\s*")
#: Cues after a quote that name where it was reported, not who said it ('“…,” the Ledger reported').
_REPORTED_BY = frozenset({"reported", "reports", "according to", "per", "as per", "as quoted by"})


#: Verbs of plain reporting before a quote whose sentence closes on another's cue ('Kline told
#: aides “…,” two people who heard him said'): the annotated pages credit that outer cue and
#: accept the inner speaker only after these.
_PLAIN_REPORTING = frozenset("said says told tells added adds asked asks wrote writes tweeted tweets".split())
#: A time or place between a verb and "that" before the quote ("said at a closed-door meeting that").
_SETTING_THEN_THAT = re.compile(
    r"(?:\s+(?:him|her|them|reporters|[a-z]+s|(?:the|a|an|his|her|their)\s+[\w’'-]+))?"
    r"\s+(?:at|in|on|during|after|before)\s+[^,;:“”\"]{1,60}?\s+that\s*"
)


def speaker_before_reporter(head: str, between: str, reporter_verb: str) -> tuple[Mention, str] | None:
    """The speaker of a quote whose sentence closes on who reported it ('Kline told donors “…,” the
    Ledger reported', 'Kline said “…,” according to a pool report', after a plain verb of saying
    also '“…,” two people who heard him said'): the subject of the verb of saying the quote
    completes in its own sentence, a name or a pronoun, when that verb is finite and nothing but
    a listener, a setting or "that" stands between it and the quote."""
    sentence = last_sentence(head)
    verbs = list(SPEECH_VERB.finditer(sentence))
    if not verbs:
        return None
    verb = verbs[-1]
    word = verb.group().lower()
    if word.endswith("ing") or word in NAMING_VERBS or word in SPEAKER_AFTER or word in SPEECH_NOUN_FORMS - {"say", "says", "tell", "tells"}:
        return None
    if reporter_verb not in _REPORTED_BY and word not in _PLAIN_REPORTING:
        return None
    direct = (
        _QUOTE_RIGHT_AFTER.fullmatch(sentence, verb.end())
        or _SETTING_THEN_THAT.fullmatch(sentence, verb.end())
        or (
            word in _ADDRESSEE_OBJECT
            and (_LISTENER_THEN_QUOTE.fullmatch(sentence, verb.end()) or _PLURAL_LISTENER_THEN_QUOTE.fullmatch(sentence, verb.end()))
        )
    )
    if not direct:
        return None
    mention, cue = head_attribution(head, between, None)
    if mention is None or cue is None or mention.kind not in {"name", "pronoun"}:
        return None
    return mention, cue


def _per_as_rate(sentence: str, verb: re.Match[str]) -> bool:
    """ "per" before a phrase that cannot speak is a rate ("$5 per the hour"), no cue."""
    word = verb.group().lower()
    return word in {"per", "as per"} and _source_of(word, phrase_after(sentence[verb.end() :])) is None


def _source_of(word: str, mention: Mention | None) -> Mention | None:
    """The source after "according to" or "per"; after "per", which is also a rate ("$5 per the
    hour"), only one that can speak: a name, a pronoun or a description of a person, a group, an
    organisation or a document."""
    if word not in {"per", "as per"} or mention is None or mention.kind != "description":
        return mention
    head = mention.text.split()[-1]
    return mention if head[:1].isupper() or _people_head(head) or head.lower() in SPEAKER_HEAD_NOUNS else None


#: The agent of a passive verb of saying, its "that" clause or the sentence's end after it ("was
#: told by Sen. Dan Kline that the bill was", "were told by a spokesman"; group 1 the agent).
_AGENT_OF_PASSIVE = re.compile(r"\s+by\s+([^,;:“”\"—–]{2,60}?)\s*(?:,\s*)?(?:\bthat\b[^;:“”\"]*|[.!?]\s*)?")


def _passive_agent(after_verb: str) -> Mention | None:
    """Who spoke in a passive of saying ('The Ledger was told by Kline that “…”', '“…,” reporters
    were told by a spokesman.'): the agent after "by", a name or a description, else nobody."""
    agent = _AGENT_OF_PASSIVE.fullmatch(after_verb)
    mention = head_of_segment(agent.group(1)) if agent is not None else None
    if mention is None or mention.kind not in {"name", "description"}:
        return None
    head = mention.text.split()[-1]
    if mention.kind == "description" and not (
        head[:1].isupper() or _people_head(head) or head.lower() in SPEAKER_HEAD_NOUNS
    ):
        return None  # "were told by the end of the week that": no one
    return mention


def _source_aside(sentence: str, finite: re.Match[str], source: re.Match[str]) -> bool:
    """"according to X" set off by commas between a finite speech verb and its quote ('Reyes said,
    according to a transcript, “…”'): X passed the words on; the verb's subject said them."""
    word = finite.group().lower()
    if word.endswith("ing") or word in SPEAKER_AFTER:
        return False
    return (
        _BEFORE_ASIDE.fullmatch(sentence, finite.end(), source.start()) is not None
        and _ASIDE_CLOSED.fullmatch(sentence, source.end()) is not None
    )


def _reported_speaker(sentence: str, verbs: list[re.Match[str]]) -> Mention | None:
    """The owner of words the sentence's subject only passes on: 'Reyes heard Weller say “…”',
    'Lee read aloud a letter from a constituent: “…”', 'Reyes criticized Weller for calling them
    “…”' (the one blamed said it). The one heard, read out or blamed, when a name or a
    description (the subject reported the words; they are not the subject's). Not the one quoted
    or cited ('An early tweet quoted the president as saying “…”', 'Holt, quoting Rita Vance,
    said', 'ended her speech by quoting Leonardo da Vinci: “…”'): the annotated dev pages credit
    the one who quotes."""
    source = None
    letter = (
        _LETTER_FROM.search(sentence)
        or _OWNERS_TEXT_READ.search(sentence)
        or _TEXT_FROM_THAT_READ.search(sentence)
        or _WORDS_OF_READ.search(sentence)
    )
    if letter is not None:
        source = letter.group(1)
    elif verbs:
        verb = verbs[-1]
        word = verb.group().lower()
        before = sentence[: verb.start()]
        perceived = _PERCEIVED.search(before) if word in SPEECH_VERB_LEMMAS else None
        faulted = _FAULTED_FOR.search(before) if word.endswith("ing") else None
        found = perceived or faulted
        source = found.group(1).strip(" ,") if found is not None else None
    if source is None:
        return None
    if source.lower() in _OBJECT_PRONOUN:
        return Mention("pronoun", _OBJECT_PRONOUN[source.lower()])
    mention = head_of_segment(source)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


def _head_attribution(
    head: str, between: str, previous: Mention | None
) -> tuple[Mention | None, str | None]:
    """``X said:`` / ``said X:`` / ``according to X,`` / ``X said that ... "`` before the quote.

    ``head`` is the paragraph up to the quote with quoted words masked, ``between`` the part
    of it after the previous quote of the paragraph.
    """
    sentence = _last_correlative_clause(last_sentence(head))
    verbs = [v for v in SPEECH_VERB.finditer(sentence) if not _TO_PUT_IT.match(sentence, v.start() - 3) and not _per_as_rate(sentence, v)]
    reported = _reported_speaker(sentence, verbs) or _complement_subject(sentence, verbs)
    if reported is not None:  # 'Reyes heard Weller say “…”': Weller's words, not Reyes's
        return reported, verbs[-1].group().lower() if verbs else None
    if verbs and _others_speech_noun(sentence[: verbs[-1].start()], verbs[-1].group().lower(), sentence[verbs[-1].end() :]):
        return None, None  # 'Kell faced shouts of “Liar!”', 'rolled his eyes at the gripes over “…”'
    plural = _plural_noun_phrase(sentence, verbs[-1]) if verbs else None
    if plural is not None:
        # 'Their loud protests that “…” went nowhere', 'the more Kell pushes these serial whines,':
        # a noun after a determiner and adjectives, no verb (read as one: "Their loud" spoke)
        verbs.pop()
        if not verbs:
            return plural[0], None
    judged = _judged_speech_noun(sentence, verbs[-1]) if verbs else None
    if judged is not None:
        if len(verbs) > 1:
            verbs.pop()  # 'calling the other's terms “…”': the noun is the object of the verb before
        else:
            own = last_verb(sentence[:judged])
            if own is not None:  # 'Kell dismissed her rival's promises as “…”': the subject judges them
                return subject_before(sentence[: own.start()]), own.group().strip().lower()
    if not verbs:
        subject_verb = _ambiguous_after_subject(sentence)
        if subject_verb is not None:
            return subject_verb  # "Kell answers critics bluntly: “…”", "The mayor promises “…”"
        owner, _ = owned_post_before(sentence)  # "Sen. Ali Shah's tweet — “…”"
        return (owner, None) if owner is not None else document_before(sentence)
    if len(verbs) > 1 and verbs[-1].group().lower() in PLURAL_NOUN_FORMS and _COPULA_NEXT.match(sentence, verbs[-1].end()):
        verbs.pop()  # 'Roe said that the claims were “baseless”': a noun, the copula's subject; Roe speaks
    verb = verbs[-1]
    if len(verbs) > 1 and _SECOND_COMPLEMENT.search(sentence):
        # 'Reid told reporters that he had spoken to Johnson and that “…”': the quote is the second
        # complement of the first verb, not of the verb inside the first complement
        first_that = sentence.find(" that ")
        verb = next((v for v in reversed(verbs) if v.end() <= first_that), verb)
    if verb.group().lower() in SPEAKER_AFTER and len(verbs) > 1 and _OWN_SOURCE.match(sentence, verb.end()):
        verb = verbs[-2]  # "said that according to its analysis, …": the source is the speaker's own
    elif verb.group().lower() in SPEAKER_AFTER and len(verbs) > 1 and _source_aside(sentence, verbs[-2], verb):
        verb = verbs[-2]  # "Reyes told reporters, according to a pool report, “…”": the aside's source only heard it
    if len(verbs) > 1 and verb.group().lower() == "asked" and _WHEN_BEFORE.search(sentence, 0, verb.start()):
        verb = verbs[-2]  # "Lynch, who told Congress when asked about it: “…”": the finite verb
    word = verb.group().lower()
    before = sentence[: verb.start()]
    whose = _RELATIVE_WHOSE.search(before) if not word.endswith("ing") else None
    if whose is not None:
        # 'Dana Fry, whose tweets mock “…”': the owner wrote the words, when the head is a text or
        # a word of saying; "whose spokesman said" is someone else, whom the sentence does not name
        said = whose.group(2).lower()
        text = said in SPEECH_NOUN_FORMS or said in DOCUMENT_NOUNS or said.rstrip("s") in DOCUMENT_NOUNS | _SAYING_NOUNS
        return (_who_antecedent(before[: whose.start()]) if text else None), word
    reports = _SPEECH_NOUN_SUBJECT.search(before) if not word.endswith("ing") else None
    if word in SPEECH_NOUN_FORMS and word.endswith("s") and _VERB_NEXT.match(sentence, verb.end()):
        # "Committee reports found the agency “…”": a noun before the clause's verb, its subject
        # (not "which Will claims affirmed": a name's verb with its clause)
        opening = _SPEECH_NOUN_SUBJECT.search(sentence[: verb.end()] + " ")
        compound = _speech_noun_subject(opening.group(1)) if opening is not None else None
        if compound is not None:
            return compound, word
    plural_subject = _speech_noun_subject(reports.group(1)) if reports is not None and reports.group(2).lower() in SPEECH_NOUN_FORMS else None
    if plural_subject is not None:
        return plural_subject, word  # "News reports said": not "News"
    fond = _AS_FOND_OF.search(before)
    if fond is not None and word in {"say", "put it", "write", "chant", "tell"}:
        before, word = before[: fond.start()] + " ", "says"  # "As Kell likes to put it, “…”"
    if word in SPEECH_NOUN_FORMS and _OWNER_RIGHT_BEFORE.search(before) and not SPEECH_VERB.search(sentence, verb.end()):
        # "The mayor's reply was simple: “…”": a noun after its owner, who is the speaker, if any
        owner = possessive_introduction(sentence)
        return (owner, word) if owner is not None else (None, None)
    governing = _subject_of_speech_noun(before, word)
    if governing is not None:
        return subject_before(governing), word
    adjacent = _PRONOUN_RIGHT_BEFORE.search(before) if not word.endswith("ing") else None
    if adjacent is not None:  # 'jabbing her finger at a heckler as she angrily said, “…”'
        return Mention("pronoun", adjacent.group(1).lower()), word
    they = _THEY_RIGHT_BEFORE.search(before) if not word.endswith("ing") else None
    if they is not None:
        return _plural_subject(before[: they.start()]), word
    crowd = _DESCRIBED_RIGHT_BEFORE.search(before) if not word.endswith("ing") else None
    if crowd is not None and _people_head(crowd.group(2)):
        # 'Weller took the stage as her supporters chanted “…”': the clause of time has a subject of
        # its own, people who speak (not the main clause's)
        return Mention("description", crowd.group(1)), word
    caused = _CAUSED_TO.search(before + ("to " if word == "to state" else ""))
    made = _caused_speaker(caused.group(1)) if caused is not None else None
    if made is not None:
        return made, word  # 'The scandal prompted the Daily Ledger to declare, “…”'
    if ("—" in before or "–" in before or " -" in before) and len(_DASH.findall(before)) % 2 and _DASH.search(sentence, verb.end()):
        return None, None  # "Spicer -- as Clinton's campaign noted -- has taunted …": an aside's verb
    if _PASSIVE.search(before) and not word.endswith("ing"):
        # 'Reporters were told that "…"': the listeners, not the speaker; the agent, if named
        # ('The Ledger was told by Sen. Dan Kline that “…”')
        by_agent = _passive_agent(sentence[verb.end() :])
        return (by_agent, word) if by_agent is not None else (None, None)
    if word in SPEAKER_AFTER:
        source = sentence[verb.end() :]
        clause_subject = _SUBJECT_AFTER_SOURCE.fullmatch(source)
        if clause_subject is not None and head_of_segment(clause_subject.group(1)) is not None:
            # 'According to his lawyer, Tom Weller “has done nothing wrong.”': the name after the
            # comma opens the clause the quote ends (no comma closes it as an apposition); the
            # source is the one the words came from
            source = clause_subject.group(1)
        return _source_of(word, phrase_after(source)), word
    if _COORDINATED_VERB.search(before) and not word.endswith("ing"):
        # "Ortega toured Eagle Pass, Texas and promised that": the first verb's subject; after
        # 'Petraeus "…," said a former official who … and described it as': the inverted verb's
        subject = _inverted_subject(sentence, verbs[:-1]) or leading_np(sentence, appositive=False)
        if subject is not None and subject.kind == "description":
            subject = _without_first_verb(subject, before)
            if subject is None:
                return None, None
        if subject is not None:
            return subject, word
    document = document_governing(before, word)
    if document is not None:
        return document, word  # "held up a sign saying “…”", "under a headline that said “…”"
    if word.endswith("ing"):
        if previous is not None and _ONLY_PARTICIPLE.fullmatch(between.replace("and", "")):
            return previous, word  # '"A," adding, "B"': the participle continues A's attribution
        # not "Pressed by reporters, Sen. Mia Lord rejected the offer, saying": a participle phrase
        # opening the sentence is no finite verb
        opens_on_participle = sentence[: verbs[0].start()].strip(_MASK) == "" and past_participle_intro(sentence.split()[:2])
        earlier = [
            v for k, v in enumerate(verbs[:-1]) if not v.group().lower().endswith("ing") and not (k == 0 and opens_on_participle)
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
        if shown is not None and _people_head(shown.group(2)):
            # 'A video shows a woman screaming “…”', 'Police arrested a man shouting “…”': the one
            # shown or held speaks, not the video or the police
            return head_of_segment(shown.group(1)), word
        if (before.rstrip().endswith(",") or _BY_DOING.search(before)) and not earlier:
            second = _second_clause_subject(before)
            if second is not None:
                return second, word  # "Kline vetoed the bill and Diaz criticized him, saying": Diaz
            # "…, Trump went after Bush, calling him": the participle's subject is the sentence's
            subject = leading_np(sentence)
            agent = _AGENT_BEFORE.search(before) if subject is not None and _thing_subject(subject) else None
            named = head_of_segment(agent.group(1)) if agent is not None else None
            if named is not None and named.kind == "name" and len(named.text.split()) > 1:
                # "The plan drew fire from Ann Roe, calling it …", "The bill was signed by Gov. Ann
                # Roe, calling it …": a thing says nothing; the person it came from or by does
                return named, word
            if subject is not None:
                return subject, word
        frame = _QUOTING_FRAME.search(before)
        if frame is not None and earlier and earlier[-1].end() <= frame.start():
            # 'Weller said the Ledger had quoted Reyes as saying “…”', 'Weller said Reyes was quoted
            # as saying': the words are not the reporting verb's subject's; the frame's subject
            # (the one quoting, as the pages credit it, or the one quoted by a passive) or nobody
            return subject_before(before[earlier[-1].end() : frame.start()] + " "), word
        if frame is not None and frame.group("passive") and not earlier:
            # 'Reyes was quoted in the Ledger saying “…”': the passive's subject, not the name
            # that ends the by- or in-phrase right before the participle
            return subject_before(before[: frame.start()] + " "), word
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
        mention = name_right_before(before) or subject_before(before)
        if mention is None and earlier:
            mention = subject_before(sentence[: earlier[-1].start()])
        return mention or leading_np(sentence), word
    if _FRONTED_CLAUSE.match(before) and word not in _ADDRESSEE_OBJECT and _OBJECT_THEN_COMMA.fullmatch(sentence, verb.end()):
        return None, None  # 'Weeks after Hollis conceded the primary, “…”': the verb has its object
    subordinate = _SUBORDINATE.search(before)
    as_source = subordinate is not None and subordinate.group(1).lower() == "as" and word in _AS_SOURCE_VERBS
    if subordinate and not as_source and LEADING_VERB.search(" " + sentence[verb.end() :].partition(",")[2]):
        return None, None  # "As Blumenthal spoke, the NRA was whipping lawmakers against “…”"
    if subordinate is not None and not as_source:
        inside = subject_before(before[subordinate.end(1) :])  # "But even as Ames claimed that “…”"
        if inside is not None and inside.kind in {"name", "description", "pronoun"}:
            return inside, word
    later = _LATER_SPEAKER.search(before)
    if later is not None and SPEECH_VERB.search(before, 0, later.start()):
        # 'Axelrod tweeted after Clinton argued that “…”': the quote is the later speaker's
        inside = head_of_segment(later.group(1))
        if inside is not None and inside.kind in {"name", "pronoun"}:
            return inside, word
    if word in _INVERTIBLE and before.rstrip().endswith(","):
        inverted = _PARENTHETICAL.match(sentence, verb.end())
        named = phrase_after(inverted.group(1)) if inverted is not None else None
        if named is not None and named.kind == "name":
            return named, word  # "The paradox of Nancy, says Carl Anthony, historian at …, is that"
        inverted = _INVERTED_BEFORE_QUOTE.fullmatch(sentence, verb.end())
        named = phrase_after(inverted.group(1)) if inverted is not None else None
        if named is not None and named.kind == "name":
            return named, word  # "Because of how the schedule was built, explained Rosenberg, “…”"
    if any(w.lower() not in _BARE_CONNECTIVES for w in WORD.findall(before.strip(_MASK))):
        relative = _RELATIVE_WHO.search(before)
        if relative is not None:
            antecedent = _who_antecedent(before[: relative.start()])
            if antecedent is not None:
                return antecedent, word
        opening = _RELATIVE_OPENING.search(before)
        if opening is not None and (
            word in NAMING_VERBS
            or _QUOTE_RIGHT_AFTER.fullmatch(sentence, verb.end())
            or word in _ADDRESSEE_OBJECT and _LISTENER_THEN_QUOTE.fullmatch(sentence, verb.end())
            # 'according to his lawyer, who said his client was “…”': a verb of saying whose
            # clause holds the quote reports what the antecedent said; only after a comma (the
            # tuning pages credit 'Sanders is disavowing remarks by a surrogate who said voters
            # shouldn't “…”' to the one disavowing)
            or word in _REPORTING_FINITE and opening.group().lstrip().startswith(",") and _CLAUSE_TO_QUOTE.fullmatch(sentence, verb.end())
        ):
            decided, antecedent = _relative_antecedent(before[: opening.start()], opening.group(1).lower())
            if decided:  # 'Police arrested a man who shouted “…”': the man, not the police
                return antecedent, word
        sourced = _RELATIVE_SOURCE.search(before)
        if sourced is not None and _QUOTE_RIGHT_AFTER.fullmatch(sentence, verb.end()):
            # 'Police are searching for a man who witnesses say shouted “…”': the man, whom the
            # witnesses report on (and not the police)
            decided, antecedent = _relative_antecedent(before[: sourced.start()], (sourced.group(1) or "that").lower())
            if decided:
                return antecedent, word
        where = _WHERE_SUBJECT.search(before)
        inside = head_of_segment(where.group(1)) if where is not None else None
        if inside is not None and inside.kind in {"name", "description", "pronoun"}:
            return inside, word  # 'Reyes visited a school where a girl asked her “…”': the girl
        mention = subject_before(before) or leading_np(before)
        if mention is None or not (mention.kind == "name" or mention.is_he_or_she):
            # 'The room went quiet as Tom Reyes rose to speak.': the verb ends the clause of time,
            # whose subject speaks (not "the room")
            mention = _inner_clause_subject(before) or mention
        if mention is not None:
            return mention, word
        if word in NAMING_VERBS:  # "and called it 'x'": the phrase after is the object
            return previous, word
        return None, None
    return phrase_after(sentence[verb.end() :]), word


#: A headline or lead that names its speaker before a colon: "Sanders: Endorsements prove
#: Clinton 'candidate of the establishment'", "Gillibrand on Hillary's speeches: 'I think she will'"
#: (in a title-case headline "CNN President On Trump: '…'": the topic after "On" is no speaker).
_NAME_COLON = re.compile(r"^\s*([^:;,.!?“”\"]{2,60}?)(?:\s+[Oo]n\s+[^:]{1,80})?\s*:\s")


#: An appositive set off by commas after a name, opening with a determiner: ", the head of the
#: Riverside Tenants Association" (group 1: the text up to the name).
_APPOSITIVE_AFTER_NAME = re.compile(r"^(.*?),\s+(?:the|a|an)\s[^,]*$", re.DOTALL)


#: A plural noun of people ending the text, with an adjective before it or not ("angry parents").
_GROUP_AT_END = re.compile(r"(?<![\w’'-])((?:[a-z]+(?:y|al|ed|ing|ive|ous|ic|ful|ent)\s+)?([a-z]+s))\s*,?\s*$")


#: Words after which an -ed word before a plural noun is its adjective ("from concerned residents").
_BEFORE_ADJECTIVE = frozenset("the a an from of with to by among and or for some many several these those other".split())


def _group_right_before(text: str) -> Mention | None:
    """ "residents", "angry parents" right before "who": a group of people the who-clause is about
    ("Members of the council … heard from residents who said the plan was “…”": the residents)."""
    match = _GROUP_AT_END.search(text)
    if match is None or match.group(2) not in GROUP_NOUNS and match.group(2)[:-1] not in PERSON_NOUNS:
        return None
    modifier = match.group(1).split()[:-1]
    if modifier and modifier[0].endswith("ed") and LEADING_VERB.match(" " + modifier[0] + " "):
        before = text[: match.start()].split()
        if not before or before[-1].lower() not in _BEFORE_ADJECTIVE:
            return Mention("description", match.group(2))  # "Reyes interviewed voters who": a verb, not "interviewed voters"
    return Mention("description", match.group(1))


#: "…, whose tweets", "…, whose latest remarks": a relative "whose" and its noun phrase right
#: before the speech verb (group 2: the head noun).
_RELATIVE_WHOSE = re.compile(r",?\s+whose((?:\s+[a-z][\w-]*){0,2}?)\s+([a-z][\w-]*)\s*$")
#: Nouns of words spoken or written that are not speech-verb forms.
_SAYING_NOUNS = frozenset({"word", "remark", "speech", "writing", "lyric", "verse", "sermon", "column"})


#: A description of people and "of" or "for" right before a name ("Supporters of ", "the family
#: of ", "a spokesman for "; group 1 the phrase, group 2 the head noun).
_PEOPLE_OF_BEFORE = re.compile(
    r"(?:^|(?<=\s))((?:(?:the|a|an|some|many|several|dozens\s+of|hundreds\s+of|two|three)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"([A-Za-z][a-z-]+)\s+(?:of|for))\s+$"
)


def _who_antecedent(text: str) -> Mention | None:
    """The person "who" refers back to at the end of ``text`` ("… Ann Voss, who said"). "Who" is
    rarely an organisation: after "Ann Voss, the head of the Riverside Tenants Association, who
    said" it is Ann Voss, the name the appositive describes (an organisation with no person
    before it stays: "the backing of the Riverside Tenants Association, who said")."""
    name = name_right_before(text)
    if name is None:
        return _group_right_before(text)  # "… after they heard from residents who said"
    if not names_organisation(name.text.split()[-1]):
        head = _PEOPLE_OF_BEFORE.search(text[: text.rstrip(" ,").rfind(name.text)])
        if head is not None and (_people_head(head.group(2)) or head.group(2).lower() in {"family", "children"}):
            # 'Supporters of Ana Reyes, who chanted “…”', 'the family of Tom Weller, who said “…”':
            # the people the phrase is about, not the person named to say whose they are
            return head_of_segment(f"{head.group(1)} {name.text}")
        return name
    apposed = _APPOSITIVE_AFTER_NAME.match(text.rstrip(" ,"))
    person = name_right_before(apposed.group(1)) if apposed is not None else None
    return person if person is not None and not names_organisation(person.text.split()[-1]) else name


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
_QUOTE_RIGHT_AFTER = re.compile(r"\s*(?:back|again|out)?\s*(?:that|to|[,:—–])?\s*")
#: A listener between "told" or "asked" and its quote ("had told the victims “…”", "told Kell that “…”").
_LISTENER_THEN_QUOTE = re.compile(
    rf"\s+(?:him|her|them|us|me|you|(?:the|a|an|his|her|their)\s+[\w’'-]+(?:\s+[\w’'-]+)?|[{UPPER}][\w’'-]+(?:\s+[{UPPER}][\w’'-]+)?)"
    r"\s*(?:that)?\s*[,:]?\s*"
)
#: A description of people ending the text, opened by a determiner or a number and up to three
#: words before its head ("a man", "an angry voter", "two of the officers"; group 1 the phrase,
#: group 2 the head noun).
_DESCRIBED_AT_END = re.compile(
    r"(?:^|(?<=\s))((?:the|a|an|one|two|three|four|five|several|some|many|another|other|his|her|their|its|our)"
    r"\s+(?:(?!(?:the|a|an|his|her|their|its|our|who|that)\s)[a-z][\w’'-]*\s+){0,3}?([a-z][\w-]*))\s*,?\s*$",
    re.IGNORECASE,
)


#: A copula, "among", "one of" or "like" ending the text before the antecedent: the antecedent is
#: the subject's predicate or a set it belongs to ("Kell is the one who said", "Kell was among the
#: officials who said"), so the subject said the words too.
_COPULA = r"(?:is|was|are|were|be|been|being|became|becomes|become|remains|remained|seems|seemed)"
_PREDICATE_BEFORE = re.compile(
    rf"(?:^|\s)(?:{_COPULA}|{_COPULA}\s+(?:one|some|many|several|each|all|none|two|three)\s+of|among|amongst|like|as)"
    r"(?:\s+(?:not|also|still|now|perhaps|probably|just|only|always|often|never))*\s*$",
    re.IGNORECASE,
)
#: Heads of descriptions that stand for someone already named ("the one who", "the few who").
_NOT_PEOPLE_HEADS = frozenset("one ones few many those others some".split())


def _people_head(word: str) -> bool:
    """``word`` is a noun of a person or of people ("man", "voters", "gunman", "crowd")."""
    low = word.lower()
    singular = low[:-1] if low.endswith("s") else low
    if low.endswith("men"):
        singular = low[:-3] + "man"
    return any(w in PERSON_NOUNS or w in GROUP_NOUNS or w in GENDERED_ROLES for w in (low, singular)) or singular.endswith("man")


def _relative_antecedent(text: str, pronoun: str) -> tuple[bool, Mention | None]:
    """Who speaks in a relative clause that holds the speech verb ("Police arrested a man who
    shouted “…”", "Kell fired an aide who had called him “…”", "Reyes thanked Weller, who had
    promised “…”"): its antecedent, the name or the description of people right before the
    relative pronoun; never the main clause's subject, who only acted on that person. A
    description in apposition to a name ("Kell, the mayor who said") stands for the name.
    Returns (decided, speaker): undecided when no such antecedent ends ``text`` ("that" only
    after a description of people: "the sign that said" is a document's); decided with no
    speaker when "who" follows the object of a verb we cannot read as a person ("Guards removed
    someone who shouted": not the guards)."""
    described = _DESCRIBED_AT_END.search(text)
    lead = text[: described.start()].rstrip() if described is not None else text
    if _PREDICATE_BEFORE.search(lead if described is not None else text[: text.rstrip(" ,").rfind(" ") + 1]):
        return False, None  # 'Kell was the only senator who said', 'one of the few who said': Kell too
    if pronoun == "who":
        named = _who_antecedent(text)
        if named is not None:
            return True, named
        if described is None:
            return first_verb(" " + text) is not None, None
        if described.group(2).lower() in _NOT_PEOPLE_HEADS:
            return False, None
    elif described is not None and not text[: described.start()].strip(_MASK):
        return True, head_of_segment(described.group(1))  # 'The report that said “…” was withdrawn'
    elif described is None or not _people_head(described.group(2)):
        return False, None  # not 'Trump released a video that said “…”': the pages credit Trump
    if lead.endswith(","):
        named = name_right_before(lead[:-1])
        if named is not None:
            return True, named  # "Kell, the mayor who said": the mayor is Kell
    return True, head_of_segment(described.group(1))


def colon_speaker(sentence_before: str) -> Mention | None:
    """``NAME: … "quote"`` — the name before the colon that opens the quote's sentence."""
    match = _NAME_COLON.match(sentence_before)
    if match is None or len(WORD.findall(match.group(1))) > 6:
        return None
    if not is_speaker_label(match.group(1).strip()):
        return None  # a genre or field word: "Report:", "Watch:", "Editor's note:"
    mention = head_of_segment(match.group(1))
    if mention is None or mention.kind != "name" or mention.text.split()[-1] != match.group(1).split()[-1]:
        return None  # the label is the name, maybe after a title: not "Words from Gov. Tim Ruiz:"
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
        if before.endswith(",") and word in _LISTENER_VERBS:
            return None, None  # "Ramos, 58, told AFP in an interview": AFP is the listener
        if before.endswith(","):  # "…, said Alan Abramowitz, a demographer."
            mention = phrase_after(clause[verb.end() :])
            later_quote = _LAST_CLOSING_MARK.search(before) if mention is None else None
            if later_quote is not None and len(WORD.findall(later_quote.group(1))) <= _APPOSED_SUBJECT_WORDS:
                # 'A and “B,” Howard Dean, the former governor, proclaimed to a crowd': the subject
                # between the later quote and the verb speaks both
                mention = subject_before(later_quote.group(1))
                mention = mention if mention is not None and mention.kind == "name" else None
            return (mention, word) if mention is not None else (None, None)
        comma = before.rfind(",")
        subject = before[comma + 1 :] if comma >= 0 else ""
        words = len(WORD.findall(subject))
        after = clause[verb.end() :].strip(" .").split()
        ends_here = not after or after[0].lower() in INTRO_WORDS  # "…, X said." / "…, X wrote in a filing."
        if subject and ends_here and words <= _CLOSING_SUBJECT_WORDS:
            mention = head_of_segment(subject)
            if mention is not None and (words <= 4 or mention.kind == "name"):
                return mention, word
        return None, None
    return None, None



#: A form of a verb of naming or judging right before the quote, with "as" or (a naming verb) the
#: quote right after it, and no object between: the object is the relative before it ('a plan
#: which critics derided as “…”'), or the verb is passive ('was dismissed as “…”').
_JUDGING_GAP = re.compile(
    r"(?<![\w’'-])("
    + "|".join(sorted((f.replace(" ", r"\s+") for f in JUDGING_VERBS if not f.endswith("ing")), key=len, reverse=True))
    + r")(?P<object>\s+(?:it|them|him|her|this|that|itself|himself|herself|themselves))?(\s+as)?\s*$",
    re.IGNORECASE,
)
#: A judging verb (a finite form: the subject of "referring to X as" is no subject before it), its
#: object (a few plain words, no -ing form; with a preposition other than "of"
#: only in the passive: "hailed at the time as") and "as" right before the quote ("hailed the
#: agreement as", "dismissed Kell's report as"): the subject judges (not 'attacked the chairman for
#: acting as “…”', where "as" is the chairman's role).
_JUDGING_OBJECT = re.compile(
    r"(?<![\w’'-])("
    + "|".join(sorted((f.replace(" ", r"\s+") for f in JUDGING_VERBS - NAMING_VERBS if not f.split()[0].endswith("ing")), key=len, reverse=True))
    + rf")\s+((?:(?!(?:that|which|who|whom|and|but|when|while|if)\s|[a-z]+ing\s)[\w’'.{ABBREVIATION_DOT}-]+\s+){{1,6}}?)as\s*$",
    re.IGNORECASE,
)
#: Prepositions in the object of an active judging verb: "as" is then no verdict of the subject's.
_OBJECT_PREPOSITION = re.compile(r"(?<![\w’'-])(?:for|to|with|by|after|before|in|on|at|from)(?![\w’'-])", re.IGNORECASE)
#: Auxiliaries and adverbs between a subject and its verb ("has long", "quickly", "once").
_AUX_ADVERBS = re.compile(
    r"(?:\s+(?:has|have|had|would|will|did|does|do|also|once|long|often|since|already|ever|never|just|even|still|"
    r"later|then|now|first|famously|memorably|(?!(?:on|app|fami|assemb|ral|supp|bul)ly\b)[a-z]+ly))*\s*$"
)
#: A copula or a comma ending the text before the participle: passive ("was derided as"), or a
#: participle set off by commas ("Dorsey, long derided as").
_PASSIVE_END = re.compile(r"(?:(?<![\w’'-])(?:is|was|are|were|be|been|being|am|get|gets|got|getting)|,|[—–])$", re.IGNORECASE)
#: A relative pronoun opening the clause the verb is in ('which critics call', 'what Kell described').
_RELATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:which|whom|that|what|who)\s+[^,;:—–]*$", re.IGNORECASE)
#: The agent phrase after "by": no punctuation, no quote, at most eight words.
_AGENT = r"((?:[^\s,;:.!?“”\"()—–·]+\s+){0,7}?[^\s,;:.!?“”\"()—–·]+)"
#: '…, described by Rep. Dana Kline as “…”': a participle, its agent and "as" right before the quote.
_PASSIVE_AGENT_BEFORE = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(sorted((f.replace(" ", r"\s+") for f in JUDGING_VERBS if f.endswith(("ed", "cast", "off", "to"))), key=len, reverse=True))
    + rf")\s+by\s+{_AGENT}\s+as\s*$",
    re.IGNORECASE,
)
#: The agent right after the quote ('“…” by Sen. Ann Weller, who …'), up to punctuation or a
#: word that opens a phrase of time or place.
_BY_AGENT_AFTER = re.compile(
    rf"^[\s,]*by\s+{_AGENT}(?=\s*(?:[,;:.!?()—–]|$)|\s+(?:on|in|at|during|last|this|earlier|after|before|when|who|and|for|over)\s)"
)
#: A possessive before a noun of naming or judging, its object and "as" right before the quote
#: ("Dorsey's description of the budget as", "her characterization of the ruling as").
_OWNED_DESCRIPTION = re.compile(
    rf"(?:(?<![\w’'-])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|(?<![\w’'-])(?P<owner>(?:[{UPPER}][\w.{ABBREVIATION_DOT}-]*\s+){{0,4}}"
    rf"[{UPPER}][\w.-]*|(?:the|a|an|his|her|their|its)\s+(?:[a-z-]+\s+){{0,2}}[a-z-]+)[’']s?)\s+"
    r"(?:(?:own|earlier|latest|repeated|famous|infamous)\s+)?"
    r"(?:description|characteri[sz]ation|portrayal|depiction|dismissal|labell?ing|branding|framing)\s+of\s+"
    r"[^,;:.!?“”\"()—–]{1,60}?\s+as\s*$"
)
#: A sentence opening on an imperative of naming ("Call it", "Just call them"): the writer names
#: the thing, and the quote is no one's words unless an attribution after it says so.
_IMPERATIVE_NAMING = re.compile(
    r"\s*(?:(?:So|And|But|Or|Just|Now)\s*,?\s+)?(?:(?:just|simply)\s+)?(?:[Cc]all|[Dd]ub|[Ll]abel)\s+(?:it|them|this|that|him|her)\s*$"
)
_AGENT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}
_SUBJECT_PRONOUNS = frozenset("he she they we i".split())
_JUDGE_DETERMINERS = frozenset("his her their its our the some many".split())


def _agent(phrase: str) -> Mention | None:
    """The one an agent phrase after "by" names: him/her/them as a pronoun, else a name or a
    description (not a phrase we cannot read: "by those who know him")."""
    if phrase.lower() in _AGENT_PRONOUNS:
        return Mention("pronoun", _AGENT_PRONOUNS[phrase.lower()])
    mention = head_of_segment(phrase)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


def _judge_right_before(before: str) -> Mention | None:
    """The subject right before a verb whose object is a relative left out ('a plan critics
    called', 'the bill his opponents derided as'): he, she, they, we, or a plural noun of people
    (with its possessive or determiner)."""
    words = before.split()
    if not words:
        return None
    last = words[-1].lower()
    if last in _SUBJECT_PRONOUNS:
        return Mention("pronoun", last)
    if last in GROUP_NOUNS:
        owned = len(words) > 1 and words[-2].lower() in _JUDGE_DETERMINERS
        return Mention("description", f"{words[-2].lower()} {last}" if owned else last)
    return None


#: Auxiliaries of an active verb ("had called", "has derided"): a comma before them closes an
#: appositive of the subject ("Kline, the mayor, had called"), not a passive participle's phrase.
_ACTIVE_AUXILIARY = re.compile(r"(?<![\w’'-])(?:has|have|had|would|will|did|does|do)(?![\w’'-])")


#: A subject relative pronoun right before the verb ("which billed itself", "who called it").
_SUBJECT_RELATIVE_END = re.compile(r"(?<![\w’'-])(?:which|who|that)$")


def _before_participle(before: str) -> tuple[str, bool]:
    """The text before a verb of naming or judging without its auxiliaries and adverbs, and whether
    the verb is a passive participle: after a copula ("was derided as"), or set off by a comma or a
    dash with no auxiliary ("Dorsey, long derided as")."""
    aux = _AUX_ADVERBS.search(before)
    core = (before[: aux.start()] if aux is not None else before).rstrip()
    active = aux is not None and _ACTIVE_AUXILIARY.search(aux.group()) is not None
    copula = _PASSIVE_END.search(core)
    passive = not core.strip() or copula is not None and (copula.group().isalpha() or not active)
    return core, passive


def judging_frame(sentence: str, tail: str) -> tuple[bool, Mention | None]:
    """The quote is what a verb of naming or judging calls its object, with the object not after
    the verb (``_JUDGING_GAP``): (True, the one who judged), or (True, None) when the sentence
    does not say who did. The subject of such a sentence is the thing or the person judged, never
    the speaker: 'The bill, described by Rep. Dana Kline as “…”, passed' -> Kline; 'The ruling was
    called “…” by Sen. Ann Weller' -> Weller; 'a plan that critics dismissed as “…”' -> critics;
    'Gov. Paul Dorsey, long derided as “…”, retired' -> nobody (not Dorsey). (False, None) when
    the quote is no such complement. ``sentence`` is the masked quote's sentence up to its opening
    mark, ``tail`` the masked text after its closing mark."""
    if _IMPERATIVE_NAMING.match(sentence):
        return True, None  # 'Call it “the summer of discontent.”': the writer's own name for it
    described = _OWNED_DESCRIPTION.search(sentence)
    if described is not None:
        # 'Weller mocked Gov. Paul Dorsey's description of the budget as “…”': the owner's words
        if described.group("pronoun"):
            return True, Mention("pronoun", _POSSESSIVE_PRONOUN[described.group("pronoun").lower()])
        return True, _agent(described.group("owner"))
    agent = _PASSIVE_AGENT_BEFORE.search(sentence)
    if agent is not None:
        return True, _agent(agent.group(1))
    gap = _JUDGING_GAP.search(sentence)
    if gap is None:
        return False, None
    word = gap.group(1).lower()
    if word not in NAMING_VERBS and gap.group(3) is None:
        return False, None  # 'Kell mocked “the experts”': scare quotes, not a verdict
    if gap.group("object") is not None:
        # 'Critics call it “reckless.”': an object of its own, so an active verb and its subject
        # (the one right before it: 'Weller said Gov. Paul Dorsey called it “…”' is Dorsey's)
        before = sentence[: gap.start()]
        core = _before_participle(before)[0].rstrip(" ,").lower()
        subject = subject_before(before)
        if subject is not None and _SUBJECT_RELATIVE_END.search(core):
            return True, subject  # 'The company, which once billed itself as “…”': the antecedent
        if subject is None or not core.endswith(subject.text.lower()):
            subject = name_right_before(before.rstrip())
        if subject is None or not core.endswith(subject.text.lower()) or subject.kind not in {"name", "description", "pronoun"}:
            return False, None
        return True, subject
    before = sentence[: gap.start()]
    core, passive = _before_participle(before)
    if passive:
        after = _BY_AGENT_AFTER.match(tail)
        return True, _agent(after.group(1)) if after is not None else None
    subject = subject_before(before)
    adjacent = subject is not None and core.rstrip(" ,").lower().endswith(subject.text.lower())
    if adjacent and subject is not None and subject.kind in {"name", "description", "pronoun"}:
        return True, subject  # 'a plan which critics derided as', 'what Kell described as'
    if _RELATIVE_BEFORE.search(core):
        return False, None  # a relative clause we cannot read: left to the other rules
    judge = _judge_right_before(core)
    named = name_right_before(core + " ")
    if judge is None and named is not None and len(named.text.split()) > 1 and core.endswith(named.text):
        judge = named  # 'the budget Gov. Paul Dorsey has called “…”'
    if judge is not None:
        return True, judge  # 'a plan critics quickly called “…”'
    if word.endswith(("ed", "cast", "off", "to")) and word not in {"refer to", "refers to"}:
        return True, None  # 'a man widely derided as “…”': a participle, whose judge goes unnamed
    return False, None


def judging_with_object(sentence: str, tail: str) -> tuple[bool, Mention | None]:
    """``judging_frame`` for a judging verb with its object before "as" ('Community leaders hailed
    the grant as “…”'): the subject, read like any subject; in the passive ('was hailed at the
    time as “…”') the agent after the quote, or nobody. Read only when no attribution follows the
    quote ('The governor dismissed the report as “…,” his spokeswoman said' stays hers)."""
    judged = _JUDGING_OBJECT.search(sentence)
    if judged is None:
        return False, None
    before = sentence[: judged.start()]
    if _before_participle(before)[1]:
        after = _BY_AGENT_AFTER.match(tail)
        return True, _agent(after.group(1)) if after is not None else None
    if _OBJECT_PREPOSITION.search(judged.group(2)):
        return False, None  # 'attacked the chairman for acting as “…”': "as" is the chairman's role
    subject = subject_before(before) or subject_before(_before_participle(before)[0] + " ")  # "Critics have long"
    if subject is not None and subject.kind in {"name", "description", "pronoun"}:
        return True, subject
    return False, None
