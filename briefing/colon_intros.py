"""Quotes introduced by a clause ending in a colon: "Prime Minister Jonas Berg was blunt:",
"The board was conclusive in its findings:", "Reyes had a simple message for voters.".

No speech verb names the speaker there; the subject of the introducing clause does, when its
predicate announces words (a noun of saying, a manner of speaking, a channel).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .cue_sources import OBJECT_PRONOUN, passive_agent
from .groups import people_noun
from .head_kinds import can_speak
from .head_patterns import AGE_NOUN
from .masked_sentences import WORD, closed_sentence
from .mention import Mention
from .participle_speakers import CONCESSIVE_OPENER, subordinate_person_closes
from .relative_clauses import relative_antecedent
from .sentence_adverbs import is_adverb_opener
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speaker_labels import LEAD_IN_DASH, is_speaker_label
from .speech_lexicon import (
    DOCUMENT_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
)
from .speech_nouns import POSSESSIVE_PRONOUN
from .speech_verbs import SPEECH_VERB, first_verb

#: Nouns of the words a sentence announces before its quote ("had a simple message for voters",
#: "ended her speech with a promise", "offered some advice", "provided context").
_ANNOUNCED_NOUNS = (
    r"(?:message|warning|promise|plea|answer|reply|response|advice|prediction|verdict|words|word|reminder|vow|"
    r"challenge|question|joke|retort|explanation|assessment|rebuke|assurance|pledge|appeal|forecast|diagnosis|"
    r"summary|apology|suggestion|quip|take|thoughts|remark|remarks|rejoinder|reaction|theory|toast|lesson|"
    r"assessment|criticism|praise|admission|confession|request|demand|offer|guarantee|line|refrain|mantra|motto|"
    r"tone|note|view|opinion|perspective|insight|insights|observation|comment|comments|context)"
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
    r"(?:had|has|have|offered|offers|gave|gives|provided|provides|issued|issues|delivered|delivers|sent|sends|made|makes|sounded|sounds|"
    r"posed|poses|shared|shares|struck|strikes|added|adds|saved|saves|reserved|reserves|left\s+\w+\s+with|"
    r"(?:ended|ends|closed|closes|began|begins|opened|opens|started|starts|finished|finishes|concluded|concludes|"
    r"wrapped\s+up|wraps\s+up|responded|responds|countered|counters|replied|replies|answered|answers|followed\s+up|"
    r"follows\s+up|signed\s+off|kicked\s+off|kicks\s+off)(?:\s+(?:his|her|their|its|the)\s+[a-z-]+(?:\s+[a-z-]+)?)?\s+with)"
    r"\s+(?:(?:a|an|his|her|their|its|some|one|this|these|the|two|three|few|more|kind|harsh|strong|tough|stern|sharp|blunt|simple|clear)\s+)?"
    rf"(?:[a-z-]+\s+){{0,3}}?{_ANNOUNCED_NOUNS}(?![\w’'-])"
    # not words received ("a message from his daughter", "a question from a reporter", "the answer he
    # wanted"), kept ("a message on his office wall") or traded ("had words with the referee")
    r"(?!\s+(?:from|with|he|she|they|I|we|that|which|on\s+(?:his|her|their|its|the|a|an))\b)"
    # a reaction to a thing, which news reports in words ("welcomed the ruling", "condemned the
    # attack"; the caller checks that the object is no person or group: "welcomed the visitors")
    r"|(?P<reaction>(?:welcomed|welcomes|hailed|hails|applauded|applauds|cheered|cheers|celebrated|celebrates|"
    r"mourned|mourns|decried|decries|condemned|condemns|denounced|denounces|defended|defends|criticized|criticizes|"
    r"criticised|criticises)\s+(?:the|a|an|his|her|their|its|this|that|these|those)\s+[^,;:.!?“”\"·]{2,60})"
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
    # offence taken, with nothing taken at ("Kell took great umbrage:"; not "took exception to the
    # report:", whose quote may be the report's)
    r"|(?:took|takes)\s+(?:(?:great|strong|sharp|particular|immediate|serious|some|real)\s+)?(?:umbrage|exception|offen[cs]e)\s*[:.]?\s*$"
    r"|(?:shrugged|shrugs|laughed|laughs|brushed|brushes|waved|waves)\s+(?:off|aside)|(?:shook|shakes)\s+(?:his|her|their)\s+heads?"
    r"|(?:sees|saw|see)\s+(?:it|things)\s+differently|(?:has|had|have)\s+no\s+regrets"
    r"|(?:went|goes)\s+(?:a\s+step\s+)?further|joined\s+the\s+chorus"
    r"|(?:spelled|spells|spelt|laid|lays)\s+out\s+(?:why|how|what)(?![\w’'-])"
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
    # a channel as a phrase of its own before the colon: "Reyes, in a post on X:" (the colon is
    # gone when the caller reads the sentence closed: "Reyes, in a post on X ")
    r"|in\s+(?:a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:post|statement|tweet|interview|letter|e-?mail|speech|"
    r"video|message|op-ed|column|essay|memo|text|podcast|address|sermon|testimony)(?![\w’'-])[^,;:.!?“”\"]{0,40}:?\s*$"
    r")"
)


#: A coordinated clause with a subject of its own: ", but Ann Weller", "; the mayor".
SECOND_SUBJECT = re.compile(r"(?:[,;]\s+(?:and|but|while|yet|whereas)|;)\s+(?:[A-Z]|(?:the|a|an|his|her|their)\s)")


#: A short phrase of whom or where a description's person is, between it and its predicate ("a
#: spokesman for the mayor", "the head of the agency", "a nurse at the clinic").
_ATTACHED_PHRASE = re.compile(r"(\s+(?:for|of|at|from|in)\s+(?:the|a|an|his|her|their|its)\s+[a-z][\w’'-]*)(?:\s+[a-z][\w’'-]*)?(?=\s)")


def announcing_predicate(sentence: str, subject: Mention) -> re.Match[str] | None:
    """The predicate right after ``subject`` in ``sentence`` that announces the subject's words with
    no speech verb ("Tom Reyes had a simple message for voters", "Ann Weller was blunt", "Rep. Noel
    Carr took to Twitter"): a quote that follows is the subject's. Its group "gesture" is set for a
    bare gesture ("laughed", "nods"), which a stage direction between two speakers also is."""
    at = sentence.find(subject.text) if subject.kind == "name" else sentence.lower().find(subject.text.lower())
    if at < 0:
        return None
    end = at + len(subject.text)
    predicate = _ANNOUNCING_PREDICATE.match(sentence, end)
    attached = _ATTACHED_PHRASE.match(sentence, end) if predicate is None and subject.kind == "description" else None
    if attached is not None:  # "A spokesman for the mayor was blunt", "… for the police chief had a warning"
        predicate = _ANNOUNCING_PREDICATE.match(sentence, attached.end(1)) or _ANNOUNCING_PREDICATE.match(sentence, attached.end())
    # not when a second clause brings in someone else: "…, but Ann Weller had the last word"
    return predicate if predicate is not None and SECOND_SUBJECT.search(sentence, predicate.end()) is None else None


def announces_words(sentence: str, subject: Mention) -> bool:
    """``announcing_predicate`` finds a predicate that announces the subject's words."""
    return announcing_predicate(sentence, subject) is not None


def colon_introduction(previous_paragraph: str, proper: Callable[[str], bool] | None = None) -> Mention | None:
    """A paragraph ending in a colon introduces the quote after it: "In a speech to parliament,
    Prime Minister Jonas Berg was blunt:" -> Jonas Berg (the subject of that sentence); "He then
    listed his reasons:" -> he (resolved like any pronoun speaker); a label with no verb, "Kell on
    the tax plan:" -> Kell, when ``proper`` knows a name of one word as a person's."""
    if not previous_paragraph.rstrip().endswith(":"):
        return None
    sentence = closed_sentence(previous_paragraph)
    credited = credited_owner(sentence) or handed_the_word(sentence)
    if credited is not None:
        return credited  # 'Take it from Dana Kline:' / '“…”'
    held = _HOLDER_THEN_VIEW.match(sentence + ":")
    if held is not None:
        return _view_holder(held.group("holder"), gist=held.group("gist") is not None)  # 'For Ann Roe, the lesson was simple:' / '“…”'
    mention = leading_np(sentence)
    if mention is None:
        return None
    if _topic_label(sentence, mention) and (mention.kind != "name" or " " in mention.text or proper is not None and proper(mention.text)):
        return mention  # 'Kell on the tax plan:' / '“…”', 'One voter, on the tax plan:' / '“…”'
    named = mention.kind == "name" and (len(mention.text.split()) > 1 or announces_words(sentence, mention))
    person = mention.is_he_or_she
    # a description that can speak, with a predicate announcing its words: "The mayor had a warning:"
    described = _speaking_description(mention, sentence) and announces_words(sentence, mention)
    return mention if named or person or described else None  # not "Wait, it gets better:"; "Reyes ended with a plea:"


#: A label's topic or listener after its speaker, running to the colon (", on the tax plan",
#: " to reporters", " about the vote"), as ``_NAME_COLON`` reads it in the quote's own sentence.
_TOPIC_TO_COLON = re.compile(r",?\s+(?:on|about|to|via)\s+[^:;“”\"]{1,80}$")


def _topic_label(sentence: str, speaker: Mention) -> bool:
    """``sentence`` (its colon cut off) is a label with no verb of its own: ``speaker`` and the
    topic or listener of the words ("Kell on the tax plan", "One voter, on the tax plan"). A
    description must be of one who can speak (a name of one word is the caller's to check: "Snow
    on the way:" is no one's label)."""
    at = sentence.find(speaker.text) if speaker.kind == "name" else sentence.lower().find(speaker.text.lower())
    if at < 0 or sentence[:at].strip() or _TOPIC_TO_COLON.fullmatch(sentence, at + len(speaker.text)) is None:
        return False
    if first_verb(sentence[: at + len(speaker.text)]) is not None:
        return False
    if speaker.kind == "name":
        return True
    return speaker.kind == "description" and can_speak(speaker.text)


#: At most this many words before a colon make a label ("Editor's note:") rather than a clause.
_LABEL_WORDS = 3


#: A he/she subject opening the sentence or its main clause after a fronted phrase, with a verb in
#: -ed or -s or a common irregular past ("She returned to her lines", "Back in the capital, he was
#: blunt", "She had a warning").
_PRONOUN_CLAUSE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Then)\s+)?(?:[^,;:“”\"]{1,60},\s*)?([Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|s)|had|was|did(?:n[’']t)?|made|gave|took|put|sent|struck|went|kept|left|held|spoke|wrote|saw|shot|hit)\b"
)


#: "It" or "they" opening the sentence: a speaker only before a predicate that announces words.
_IT_OR_THEY = re.compile(r"\s*(?:(?:But|And|Yet|So|Then)\s+)?(It|They)\s")


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


#: A clause of time running up to the colon ("… in May, when Lund took to Twitter with this:";
#: group "clause": from its subject to the colon).
_CLAUSE_OF_TIME_TO_COLON = re.compile(r"(?:^|[\s,])(?:when|after|once|until|before|as\s+soon\s+as)\s+(?P<clause>[^,;:“”\"]+:)\s*$")


#: "For X, the lesson was simple:" — a holder phrase, then a noun of a view or a message and a
#: copula, running up to the colon (group "holder").
_HOLDER_THEN_VIEW = re.compile(
    r"\s*(?:(?:But|And|So)\s+(?:for|to)|For|To)\s+(?P<holder>[^,;:“”\"]{2,60}),\s+(?:(?:the|her|his|their|its)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:lesson|answer|message|takeaway|point|solution|choice|reason|goal|priority|bottom\s+line|verdict|explanation|"
    r"conclusion|advice|response|plan|view|argument|pitch|case)s?"
    # or the writer's gist of that view: "For Ann Weller, this is progress:", "For the mayor, it was personal:"
    r"|(?P<gist>this|that|it))\s+(?:is|was|remains|remained|seems|seemed)\b[^,;:“”\"]{0,40}:\s*$"
)


#: Nothing but one or two lower-case nouns between a name and the colon ("… Prison official:",
#: "Acme chief executive:"): the name modifies them.
_NOUN_AFTER_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s*:\s*")
#: A concessive clause set off before a participle that ends on the colon: ", although Owen Pryce
#: was among those questioning it, writing on Twitter:".
_CONCESSIVE_THEN_PARTICIPLE = re.compile(rf"{CONCESSIVE_OPENER}[^,;:]+,\s+[a-z]+ing\b[^,;:]*:\s*$")
#: A participle set off by a comma and running to the colon (", saying:", ", writing on Twitter:";
#: group 1 the participle).
_PARTICIPLE_TO_COLON = re.compile(r",\s+([a-z]+ing)\b[^,;:]*:\s*$")


def participle_of_either(sentence: str) -> str | None:
    """The participle of saying ``sentence`` runs to a colon through, after a clause of time or
    cause with a person of its own ('Tom Kell laughed while Ann Roe frowned, saying:'): it is that
    person's or the sentence's subject's, as ``participle_speaker`` leaves it; either is a guess,
    so the colon introduces no one's words for sure. None when there is no such participle."""
    participle = _PARTICIPLE_TO_COLON.search(sentence)
    if participle is None or SPEECH_VERB.fullmatch(participle.group(1)) is None:
        return None
    return participle.group(1) if subordinate_person_closes(sentence[: participle.start() + 1]) else None


#: A passive of telling that ends the clause before the colon, perhaps with its agent ("was told
#: by Edwin Marsh:", "were warned:", "has been assured by the firm:"; group "by": " by …").
_TOLD_TO_COLON = re.compile(
    r"(?<![\w’'-])(?:was|were|been|being|is|are|got|gets)\s+(?:[a-z]+ly\s+)?(?:told|informed|assured|warned|reminded|advised)"
    r"(?P<by>\s+by\s+[^:,;“”\"]{2,60}?)?(?:,?\s+(?:in|on|at|during|after|before|over)\s+[^:,;“”\"]{1,40})?\s*:\s*$"
)


#: A dash closing the words before a quote, which introduces it as a colon does.
DASHES_AT_END = ("—", "–", " -", "--")
#: A fronted "Asked …," or "When asked …," phrase set off by a comma, before the speaker who was
#: asked ("Asked whether he would run, one aide —", "When asked about the levy, Kell had “…”").
#: Group "question" holds a word opening the question ("about", "whether", …), which the reader of
#: a verbless sentence (``quote_fallbacks``) requires; a label's reader takes any words after it.
_ASKED_OPENER = re.compile(
    r"\s*(?:When\s+)?[Aa]sked\b(?P<question>\s+(?:about|whether|if|why|how|what|when|for|on|to)\b)?(?P<rest>[^,;:“”\"]{0,100}),\s*"
)


def asked_opener(text: str, *, question: bool = False) -> int:
    """Where an "Asked …," opener at the start of ``text`` ends (0 when there is none): with
    ``question``, only one whose words after "asked" open a question ("Asked about the levy,");
    otherwise any words ("Asked by a reporter,"), never none ("Asked, he …")."""
    opener = _ASKED_OPENER.match(text)
    if opener is None or not (opener.group("question") if question else opener.group("question") or opener.group("rest")):
        return 0
    return opener.end()


def dash_label_subject(sentence: str) -> Mention | None:
    """The speaker of a label with no verb closed by a dash ("One voter on the tax plan —", "Asked
    whether he would run, one aide —"), which introduces the words as its colon would
    (``colon_subject``): a name, a pronoun or a description of a person or an organisation. Not a
    clause before a dash, which may set off an aside or a title ("The mayor unveiled a slogan —
    “…” — on Monday"), a text ("The newspaper's headline — “…” —": its words are no one's we
    know), nor a kicker in capitals ("MOVING SHOP—“…”")."""
    stripped = sentence.rstrip()
    if not stripped.endswith(DASHES_AT_END):
        return None
    label = stripped.rstrip("—–-").rstrip()
    core = label[asked_opener(label) :]
    if not core.strip() or core.isupper() or first_verb(core) is not None or SPEECH_VERB.search(core) is not None:
        return None
    mention = colon_subject(label + ": ")
    if mention is not None and mention.kind == "description" and head_noun(mention.text) in DOCUMENT_NOUNS:
        return None
    return mention


def _view_holder(holder_text: str, *, gist: bool = False) -> Mention | None:
    """The one a view before a colon is held by: 'For Ann Roe, the lesson was simple:', 'To the
    mayor, the answer is clear:', 'For her, the answer is simple:' give it (not "For years, the
    answer was simple:"). A ``gist`` of the view in the writer's words ('For Ann Roe, this is
    progress:') is one person's only: not "For voters, this is a test:", whose words are one
    voter's at most."""
    if holder_text.lower() in OBJECT_PRONOUN:
        return Mention("pronoun", OBJECT_PRONOUN[holder_text.lower()])
    holder = head_of_segment(holder_text)
    if holder is None:
        return None
    if holder.kind == "name":
        # a full name only: one capitalised word may be a feast or a place ("For Christmas,")
        return holder if " " in holder.text.strip() else None
    if gist and holder.kind == "description" and head_noun(holder.text) not in PERSON_NOUNS | ORGANISATION_NOUNS:
        return None
    return holder if holder.kind == "description" and can_speak(holder.text) else None


def colon_subject(sentence: str) -> Mention | None:
    """The quote's own sentence introduces it with a colon after a clause about its subject: "The
    election board was conclusive in its findings: “…”" -> the election board. The subject must be
    a name of two words or more, he or she (also after a fronted phrase: "Back home, she returned
    to her familiar lines:"), or a description of a person, an organisation or a document (not
    "The answer is simple:", "Wait, it gets better:")."""
    if not sentence.rstrip().endswith(":"):
        return None
    opened = sentence.rfind("(")
    if opened >= 0 and ")" not in sentence[opened:]:
        # 'When a host asked Dan Pike about it (Pike was blunt: “…”)': an aside in brackets is a
        # clause of its own, whose subject introduces the words
        return colon_subject(sentence[opened + 1 :])
    if len(WORD.findall(sentence)) <= _LABEL_WORDS and not is_speaker_label(sentence.strip()):
        return None  # a label, not a clause: "Editor's note:", "Photo:"
    relative = _RELATIVE_BEFORE_COLON.search(sentence)
    if relative is not None:
        # 'Reyes turned to Tom Weller, who shrugged:': the clause before the colon is about the
        # antecedent, not about the sentence's subject
        decided, antecedent = relative_antecedent(sentence[: relative.start()], "who")
        return antecedent if decided else None
    if _CONCESSIVE_THEN_PARTICIPLE.search(sentence):
        # 'The publisher dropped the book, although Owen Pryce was among those questioning it,
        # writing on Twitter:': the participle is the concessive clause's subject's or the
        # sentence's; either reading is a guess
        return None
    if participle_of_either(sentence) is not None:
        return None  # 'Tom Kell laughed while Ann Roe frowned, saying:'
    held = _HOLDER_THEN_VIEW.match(sentence)
    if held is not None:
        return _view_holder(held.group("holder"), gist=held.group("gist") is not None)
    timed = _CLAUSE_OF_TIME_TO_COLON.search(sentence)
    if timed is not None and len(WORD.findall(timed.group("clause"))) > _LABEL_WORDS:
        # 'Trouble came in May when Lund again took to Twitter with this:': the clause of time
        # before the colon introduces the words of its own subject, never the main clause's
        return colon_subject(timed.group("clause"))
    told = _TOLD_TO_COLON.search(sentence)
    if told is not None:
        # 'Whitlow was told by Edwin Marsh:', 'Asked about it, she was told:': the subject heard
        # the words; the agent after "by" said them, else no one the sentence names
        return passive_agent(told.group("by") + ".") if told.group("by") else None
    pronoun = _PRONOUN_CLAUSE.match(sentence)
    if pronoun is not None:  # "But back in the capital, she returned to her familiar lines:"
        return Mention("pronoun", pronoun.group(1).lower())
    plural = _IT_OR_THEY.match(sentence)
    if plural is not None and announces_words(sentence, Mention("pronoun", plural.group(1).lower())):
        # 'It had a warning:', 'They didn't mince words:' (not "It gets better:"): only with a
        # predicate that announces words, as "it" and "they" are mostly no speakers
        return Mention("pronoun", plural.group(1).lower())
    mention = leading_np(sentence.rstrip()[:-1] + " ")
    verb_known = mention is None and (mention := _name_then_verb(sentence)) is not None
    if mention is None:
        return None
    label_end = sentence.find(mention.text) + len(mention.text)
    label_noun = not verb_known and mention.kind == "name" and sentence.find(mention.text) >= 0 and _NOUN_AFTER_NAME.fullmatch(sentence, label_end) is not None
    if label_noun and first_verb(sentence[label_end:]) is None and SPEECH_VERB.search(sentence, label_end) is None:
        # 'Home Issues Prison official: ‘Anyone’ could escape': a headline's label, the name only
        # modifies the noun before the colon (an official no one names), no clause about it
        return None
    if mention.kind == "name":
        # one word only before a noun of saying as the object: "Ames offered a blunt assessment:"
        one_word = _SAYING_OBJECT.search(sentence) or announces_words(sentence, mention)  # "Reyes ended with a plea:"
        return mention if len(mention.text.split()) > 1 or one_word else None
    return mention if _speaking_description(mention, sentence) else None


#: A name of two to four capitalised words, then a verb of agreeing or of a view in -s and at most
#: three lower-case words before the colon: "Tom Kell disagrees:", "Ann Weller sees things
#: differently:" (a verb, not a plural noun labelling a headline: "Jeb Bush supporters:").
_NAME_THEN_S_VERB = re.compile(
    r"\s*(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3})\s+(?:[a-z]+ly\s+)?"
    r"(?:agrees|disagrees|differs|objects|dissents|concurs|demurs|begs|sees|thinks|believes|feels|reckons|suspects|fears|hopes|doubts)"
    r"(?:\s+[a-z]+){0,3}\s*:\s*$"
)


def _name_then_verb(sentence: str) -> Mention | None:
    """The name of a short clause before a colon whose verb our subject reader does not know
    ("Tom Kell disagrees:", where "disagrees" may be a plural noun to it)."""
    found = _NAME_THEN_S_VERB.match(sentence)
    return head_of_segment(found.group("name")) if found is not None else None


#: A possessive in a description ("Kell's record", "the senator’s record").
_OWNED = re.compile(r"\w[’']s?\s")


def _speaking_description(mention: Mention, sentence: str) -> bool:
    """A description whose head is a person, an organisation or a document ("Our two-year-old had
    other ideas:"), not "The answer is simple:"; or people, before a predicate of ``sentence`` that
    announces their words ("Two officials had a warning:", not "The crowd cheered as …:")."""
    if mention.kind != "description":
        return False
    head = head_noun(mention.text)
    if head == "record" and _OWNED.search(mention.text):
        return False  # "Kell's record:", "The senator's record:": a track record, no text (a rating's words may follow)
    if head in PERSON_NOUNS | ORGANISATION_NOUNS | DOCUMENT_NOUNS or AGE_NOUN.fullmatch(head) is not None:
        return True
    return people_noun(head) and announces_words(sentence, mention)


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
    r"(?<![\w’'-])(?:summed\s+up|put|captured|expressed|voiced|spelled\s+out|described)\s+by\s+(?P<owner4>[^;:.!?“”\"]{2,80}?)|"
    # an ad or video that ends on someone: 'The spot ends with Reyes looking into the camera:' (the
    # one shown speaks, not the spot)
    r"(?<![\w’'-])(?P<media>(?:(?:[Tt]he|[Aa]n?|[Tt]his|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:ad|spot|video|clip|commercial|film|segment))\s+(?:opens|ends|closes|begins|opened|ended|closed|began)\s+"
    r"(?:with|on)\s+(?:a\s+(?:shot|close-up|clip)\s+of\s+|footage\s+of\s+)?(?P<owner5>[^;:.!?“”\"]{2,80}?)(?:\s+(?:[a-z]+ing|at|in|on|behind|beside|outside|inside)\s[^;:.!?“”\"]*)?)"
    r"\s*:?\s*$"
)


def handed_the_word(sentence: str) -> Mention | None:
    """The one ``_HANDED_THE_WORD`` hands the word to, when a name or a description. ``sentence``
    ends on the colon that introduces the quote (or is the sentence before that colon)."""
    match = _HANDED_THE_WORD.search(sentence)
    if match is None:
        return None
    owner = next(g for k, g in match.groupdict().items() if g is not None and k != "media")
    apposed = head_of_segment(owner.split(",")[-1]) if "," in owner else None
    if apposed is not None and apposed.kind == "name":
        return apposed  # "one delegate, Rosa Vega": the name apposed to the description
    mention = head_of_segment(owner) or head_of_segment(owner.split(",")[0])
    if match.group("owner5") is not None and mention is not None and mention.kind == "description":
        head = head_noun(mention.text)
        if not (head in PERSON_NOUNS or people_noun(head)):
            return head_of_segment(match.group("media"))  # "The ad ends with a warning:": the ad's own words
    return mention if mention is not None and mention.kind in {"name", "description"} else None


def credited_owner(sentence: str) -> Mention | None:
    """The one ``_CREDITED_TO`` credits ('Take it from Dana Kline: “…”' -> Dana Kline; 'The stakes,
    as Weller sees them: “…”' -> Weller), when a name, a description or a pronoun."""
    match = _CREDITED_TO.search(sentence)
    if match is None:
        return None
    if match.group("pronoun"):
        return Mention("pronoun", POSSESSIVE_PRONOUN[match.group("pronoun")])
    owner = match.group("owner") or match.group("owner2") or match.group("owner3") or ""
    if owner.lower() in {"me", "us", "my", "our"}:
        return None  # "Take it from me:": the speaker of a quote around it, not named here
    if owner.lower() in OBJECT_PRONOUN:
        return Mention("pronoun", OBJECT_PRONOUN[owner.lower()])
    mention = head_of_segment(owner) or head_of_segment(owner.split(",")[0])  # "Dana Kline, the commissioner"
    return mention if mention is not None and mention.kind in {"name", "description", "pronoun"} else None


#: A headline or lead that names its speaker before a colon: "Sanders: Endorsements prove
#: Clinton 'candidate of the establishment'", "Gillibrand on Hillary's speeches: 'I think she will'"
#: (in a title-case headline "CNN President On Trump: '…'": the topic after "On" is no speaker);
#: a transcript's stage direction may stand before the colon ("REYES (interrupting): “…”"), and
#: the medium or the listener after it ("WELLER, on Twitter: “…”", "Weller to reporters:",
#: "Weller via Facebook:").
_NAME_COLON = re.compile(r"^\s*([^:;,.!?“”\"()]{2,60}?)(?:\s*\([a-z][^)]{0,30}\))?(?:,?\s+(?:[Oo]n|to|via)\s+[^:]{1,80})?\s*:\s")


#: A dash between words: what stands before it is a lead-in, not the label's name.
_DASH_BETWEEN = re.compile(rf"\S{LEAD_IN_DASH}\S")


#: A short opening set off by its comma before the label ("On Monday, McConnell: “…”", "At the
#: rally, Gov. Tom Kell (R-Texas): “…”", "Meanwhile, O'Rourke: “…”"): a time or a place, or a
#: sentence adverb (group 1), no clause; the label after it is read as if it opened the sentence.
_OPENING_BEFORE_LABEL = re.compile(r"^\s*([^,:;“”\"()]{2,40}?),\s+(?=[A-Z])")
#: Prepositions of time and place that open such a phrase ("In Iowa", "At the rally", "After the
#: vote"); not "For Kell," or "Unlike Kell,", whose name is the topic.
_TIME_OR_PLACE = frozenset("in on at after during before later earlier back".split())
_OPENING_WORDS = 4


def _opening_set_off(sentence: str) -> int:
    """Where the label starts after a short opening phrase and its comma, or 0 when the sentence
    opens with no such phrase."""
    opening = _OPENING_BEFORE_LABEL.match(sentence)
    if opening is None:
        return 0
    words = opening.group(1).split()
    if is_adverb_opener(words):
        return opening.end()  # "Meanwhile,", "Still,", "Similarly,"
    if words[0].lower() in _TIME_OR_PLACE and len(words) <= _OPENING_WORDS and first_verb(opening.group(1)) is None:
        return opening.end()  # "On Monday,", "In Iowa,", "At the rally,"
    return 0


def colon_speaker(sentence_before: str) -> Mention | None:
    """``NAME: … "quote"`` — the name before the colon that opens the quote's sentence, maybe after
    a short opening phrase ("On Monday, Kell:"). Not a name after a dash ("All week long - Ohio:"):
    a lead-in's signature, ``entry_labels``'s to read."""
    match = _NAME_COLON.match(sentence_before)
    if match is None and (opened := _opening_set_off(sentence_before)):
        match = _NAME_COLON.match(sentence_before[opened:])
    if match is None or len(WORD.findall(match.group(1))) > 6 or _DASH_BETWEEN.search(match.group(1)):
        return None
    if not is_speaker_label(match.group(1).strip()):
        return None  # a genre or field word: "Report:", "Watch:", "Editor's note:"
    mention = head_of_segment(match.group(1))
    if mention is None or mention.kind != "name" or mention.text.split()[-1] != match.group(1).split()[-1]:
        return None  # the label is the name, maybe after a title: not "Words from Gov. Tim Ruiz:"
    return mention


#: A round-up's entry naming its speaker before a dash and the quote: "Sen. Ann Weller (D-Ore.) —
#: “…”" (the party tag blanked), "• Rep. Tom Reyes, R-Texas – “…”". Nothing else before the dash.
_NAME_DASH = re.compile(r"^\s*(?:[•*·]\s*)?([^:;,.!?“”\"—–]{2,60}?)\s*(?:—|–|--?)\s*$")


def dash_speaker(paragraph_before: str) -> Mention | None:
    """``NAME — "quote"``: the full name (two words or more) alone before the dash that opens the
    quote, as a reaction round-up lists them; not a place ("Dayton — “…”") nor a phrase."""
    match = _NAME_DASH.match(paragraph_before)
    if match is None or not is_speaker_label(match.group(1).strip()) or match.group(1).isupper():
        return None  # (a kicker in capitals is a section's name: "MOVING SHOP—“…”")
    mention = head_of_segment(match.group(1))
    if mention is None or mention.kind != "name" or " " not in mention.text:
        return None
    return mention if mention.text.split()[-1] == match.group(1).split()[-1] else None
