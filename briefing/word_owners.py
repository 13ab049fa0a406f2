"""The owner of the words: "Mayor Ken Dale's answer: “…”", "in Kell's words", "Ames's claim that
…", "Clinton's “…” remark", "Sen. Ali Shah's tweet — “…”".

A possessive before a noun of saying gives the speaker even when the sentence's subject is someone
else who only mocked, denied or quoted those words.
"""

from __future__ import annotations

import re

from .colon_intros import DASHES_AT_END, credited_owner
from .given_names import given_name_gender
from .joint_phrases import joint_speakers
from .masked_sentences import closed_sentence
from .masking import ABBREVIATION_DOT
from .mention import Mention
from .name_cleaning import UPPER
from .speaker_heads import head_of_segment
from .speaker_kinds import head_noun
from .speech_lexicon import (
    INTRO_WORDS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    REPORTING_FORMS,
    TIDINGS_NOUNS,
)
from .speech_nouns import POSSESSIVE_PRONOUN, PREDICATE_OPENING, adjective_like
from .speech_verbs import SPEECH_VERB
from .wordlists import MONTH_ALTERNATION, WEEKDAY_NAMES, is_place

#: The owner of a noun of saying: a possessive (group "owner") or a possessive pronoun ("pronoun").
#: (No opening single mark in the owner: in "Clinton’s ‘deplorables’ remark:" the scare quote is
#: a word before the noun, not a plural owner "Clinton’s ‘deplorables’".)
_OWNER_BEFORE = r"(?:(?P<owner>[^,;:.!?“”\"‘]{2,60}?)[’']s?|\b(?P<pronoun>[Ii]ts|[Hh]is|[Hh]er|[Tt]heir))"
#: "Senator Nora Quinn's answer was simple:", "The Pentagon’s answer:", "Its ruling was blunt:":
#: a possessive before a noun of saying, and a colon.
#: More nouns of someone's own words or view that a possessive or "from X" introduces with a colon
#: ("Diaz's take:", "Weller's two cents:", "the punchline from Gov. Paul Dorsey:").
_INTRO_NOUNS = (
    r"take|view|thoughts|two\s+cents|diagnosis|summary|forecast|rejoinder|comeback|excuse|apology|confession|"
    r"admission|instructions|mantra|motto|recommendation|suggestion|request|demand|appeal|rationale|reasoning|"
    r"punchline|punch\s+line|refrain|complaint|critique|objection|retort|rebuke|prescription|outlook|"
    r"bottom\s+line|closing\s+argument|parting\s+shot|sign-off|farewell|questions?|"
    # a crowd's or an ad's words ("The crowd's chant:", "The ad's tagline:")
    r"chant|tagline|catchphrase|rallying\s+cry|battle\s+cry"
)
#: Nouns of the owner's own words that a possessive introduces before a colon or a question mark
#: ("Kell's answer:", "Her plea?").
_OWNED_SAYING_NOUNS = (
    r"answer|response|reply|retort|reaction|verdict|message|explanation|advice|warning|comment|words|"
    r"statement|ruling|assessment|conclusion|argument|plea|rebuttal|pitch|promise|defen[cs]e|line|remarks?|quip|vow|"
    rf"prediction|reminder|question|challenge|{_INTRO_NOUNS}"
)
#: The topic or the listener of those words ("to the governor", "on the debate", "of the race").
_OWNED_WORDS_TOPIC = r"(?:\s+(?:to|for|on|about|at|in|of|concerning|regarding)\s+[^,;:.!?“”\"]{1,60}?)?"
_POSSESSIVE_INTRO = re.compile(
    _OWNER_BEFORE + r"\s+(?:‘?[\w-]+’?\s+){0,2}?"
    rf"(?:{_OWNED_SAYING_NOUNS}"
    # a text in the owner's own words: "the full text of Sen. Ann Weller's letter:", "Her post:"
    r"|letter|tweet|post|e-?mail|memo|speech|testimony|eulogy)s?"  # (and a list of them: "Fenwick's demands:")
    # "Her message to the governor was simple:", "Weller's closing line drew the loudest cheer:"
    # (or its topic after "concerning": "Kell's bottom line concerning the rivals he would not endorse was the right one:")
    # (a quoted word masked in the topic: "His remarks about “····” of voters:")
    r"(?:\s+(?:to|for|on|about|at|in|concerning|regarding)\s+(?:[^,;:.!?“”\"]|[“\"][·\s]+[”\"]){1,60}?)?"
    # "His answer, in full:", "Her reply, delivered with a smile:"
    r"(?:,?\s+in\s+(?:full|part|short|brief|sum)(?:\s*,)?|,\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|sent|made|put)\s+[^,;:.!?“”\"]{1,40})?"
    # "Her message now is simple:", "His advice, still, was blunt:": an adverb before the copula
    r"(?:,?\s+(?:now|then|still|again|also|today|always|though|however)\s*,?)?"
    r"(?:\s+(?:was|is|were|came|read|reads)(?:\s+\w+){0,3}|\s+(?:drew|draws|got|gets|won|wins|brought|brings)(?:\s+[\w-]+){1,4})?"
    r"(?:\s*,\s*as\s+(?:released|provided|prepared|transcribed|delivered|posted|published|distributed|issued)"
    r"\s+(?:by|to)\s+[^,;:.!?“”\"]{1,40}?)?"  # "Reyes's remarks, as provided by her office:": still hers
    r"\s*:\s*$"
)


#: Texts someone makes, who speaks through them when named after "from" or "by" ("a report from
#: the Washington Post", "an email from Ann Weller", "a tweet from the mayor").
_MADE_TEXTS = (
    r"letter|e-?mail|note|memo(?:randum)?|tweet|post|report|(?:news\s+|press\s+)?release|announcement|editorial|"
    r"cable|notice|filing|ruling"
)
#: Tidings, which come from their owner ("Word came from the ministry:", "The news from the
#: campaign:"); never speakers themselves (``speech_lexicon.TIDINGS_NOUNS``).
_TIDINGS = "|".join(sorted(TIDINGS_NOUNS))
#: Nouns of someone's own words, whose owner ("from X", "of X", "X's") is the quote's speaker.
_WORDS_NOUNS = r"(?:answer|response|reply|retort|reaction|verdict|message|explanation|advice|warning|words)"
#: The same with the owner after "from", "of" or "by": "The response from the ministry was swift:",
#: "The reaction of Gov. Tim Ruiz:", "Words from the coach:", and a statement introduced whole:
#: "Read the full statement from Sen. Ann Weller below:", "Here is the statement by the agency:",
#: "A question came from a member of the audience:" (the noun's verb before "from").
_NOUN_FROM_OWNER_INTRO = re.compile(
    r"(?:^|(?<=\s))(?:(?:[Rr]ead|[Ss]ee|[Hh]ere\s+is|[Hh]ere[’']s|[Bb]elow\s+is)\s+)?(?:[Tt]he\s+)?(?:[\w-]+\s+){0,2}?"
    rf"(?i:{_WORDS_NOUNS}|statement|remarks|comments?|{_INTRO_NOUNS}|{_MADE_TEXTS}|{_TIDINGS})"
    r"\s+(?:(?:came|comes)\s+)?(?:from|of|by)\s+(?P<owner>[^,;:.!?“”\"]{2,60}?(?:,\s+[^,;:.!?“”\"]{2,40}?)?)"
    r"(?:\s+(?:was|is|were|came)(?:\s+\w+){0,2}|\s+(?:below|here|in\s+full))?\s*:\s*$"
)
#: A possessive noun of saying and a short copula predicate ending the sentence before the quote:
#: "Mayor Lena Ford's message was blunt. “…”", "The coach's answer was simple. “…”".
_POSSESSIVE_VERDICT = re.compile(
    _OWNER_BEFORE + rf"\s+(?:[a-z-]+\s+)?(?:{_WORDS_NOUNS}|tweet|post|statement|remarks|speech|comments?)"
    r"(?:\s+(?:to|for|on|in|at|after)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"
    r"\s+(?:(?:was|is|were)\s+(?:[a-z-]+\s+)?[a-z-]+|(?:came|comes)(?:\s+[a-z-]+){0,3})\s*[.!]\s*$"
)


#: A reaction in words that a sentence reports as drawn from its owner, closing the sentence
#: before a quote that gives those words: "That prompted an angry backlash from Sessions. “…”",
#: "The plan won praise from the mayor on Monday. “…”", "There was a swift response from the
#: ministry. “…”" (group "owner"; "no response from", "a request for a response from" are no
#: words of the owner's, and the verb before the noun must report that they came).
_REACTION_FROM_OWNER = re.compile(
    r"(?:^|\s)(?:drew|draws|drawing|prompted|prompts|prompting|brought|brings|triggered|triggers|sparked|sparks|"
    r"provoked|provokes|elicited|elicits|won|wins|earned|earns|got|gets|was|came|comes|followed|follows)\s+"
    r"(?:(?:a|an|the|some)\s+)?(?P<adjectives>(?:[a-z-]+\s+){0,2}?)"
    r"(?:backlash|rebuke|retort|rejoinder|riposte|response|reply|reaction|warning|praise|criticism|condemnation|"
    r"pushback|protest|complaint|objection|denial|plea|broadside|swipe|tirade|outburst)"
    r"\s+from\s+(?P<owner>[^,;:.!?“”\"]{2,60}?)"
    r"(?:\s+(?:on|in|at|last|this|earlier|later|during|after)\b[^,;:.!?“”\"]{0,40})?\s*[.!]\s*$"
)
#: Words before the noun that deny the words came ("no response", "little reaction").
_NO_WORDS = frozenset("no not little any scant zero".split())


def reported_reaction(sentence: str) -> re.Match[str] | None:
    """The sentence reports a reaction in words drawn from someone ("The plan won praise from
    voters."): its subject is what was reacted to, never the speaker of a quote after it."""
    match = _REACTION_FROM_OWNER.search(sentence, max(0, len(sentence) - 160))
    return None if match is None or _NO_WORDS & set(match.group("adjectives").split()) else match


def reaction_owner(sentence: str) -> Mention | None:
    """The owner of a reaction the sentence reports ("drew a sharp rebuke from Senator Ann
    Pollard."): a name or a description of a person or an organisation, one owner only (not "from
    Pollard and Reyes", "from Pollard's critics", "from voters")."""
    match = reported_reaction(sentence)
    if match is None:
        return None
    owner = match.group("owner")
    if re.search(r"[’']s?\s|\s(?:and|or)\s", owner + " "):
        return None
    return _one_speaker(_speaking_owner(owner))


#: A possessive noun of saying asked as a question of its own before the quote: "Roe's take?",
#: "His answer?", "The mayor's verdict?" (the whole sentence: not "Why did Roe's plan fail?").
#: The feature's question may open on a conjunction ("And his answer?"; not "What was Kell's
#: answer?", which may ask what no one knows) and name the words' listener or topic ("Kell's advice to young voters?", "Her assessment of the race?").
_POSSESSIVE_QUESTION = re.compile(
    r"(?:(?:And|But|So|Then|Now)\s+)?"
    + _OWNER_BEFORE + rf"\s+(?:[a-z-]+\s+)?(?:{_OWNED_SAYING_NOUNS}|thoughts|two\s+cents|excuse|reasoning)"
    + _OWNED_WORDS_TOPIC + r"\s*\?"
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
    # (its mark ends the sentence, all but spaces: most sentences end otherwise)
    ends_on_mark = sentence.rstrip().endswith(("—", "–", ":", ",", "-"))
    match = _OWNED_POST_BEFORE.search(sentence, max(0, len(sentence) - 140)) if ends_on_mark else None
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
    Stroud's only answer was “…”" -> Bill Stroud. A dash stands for the colon ("Kell's take —
    “…”")."""
    if sentence.rstrip().endswith(DASHES_AT_END):
        sentence = sentence.rstrip().rstrip("—–-").rstrip() + ":"
    if sentence.rstrip().endswith(":"):  # (checked first: the patterns are slow to fail on long sentences)
        match = _POSSESSIVE_INTRO.search(sentence, max(0, len(sentence) - 160))
        if match is None:
            return _owner_after_noun(sentence)
    elif _COPULA_AT_END.search(sentence[-8:]):
        match = _POSSESSIVE_COPULA.search(sentence, max(0, len(sentence) - 120))
    elif sentence.rstrip().endswith("?"):
        # "Roe's take? “…”", "His answer? “No.”": a feature's question that the words answer
        match = _POSSESSIVE_QUESTION.fullmatch(sentence.strip()) or _POSSESSIVE_QUESTION.fullmatch(closed_sentence(sentence).strip() + "?")
    elif sentence.rstrip().endswith((".", "!")):
        match = _POSSESSIVE_VERDICT.search(sentence, max(0, len(sentence) - 120))
        if match is None:
            return reaction_owner(sentence)  # "That drew a sharp rebuke from Pollard. “…”"
        if not match.group("pronoun"):
            return _speaking_owner(match.group("owner"))  # not "The weather's verdict was harsh."
    else:
        return None
    if match is None:
        return None
    if match.group("pronoun"):
        return Mention("pronoun", POSSESSIVE_PRONOUN[match.group("pronoun").lower()])
    mention = head_of_segment(match.group("owner"))
    if mention is not None and sentence.rstrip().endswith(":") and _CLAUSE_BEFORE_OWNER.match(match.group("owner")):
        # 'The jurors listened to the judge's warning:': the possessive is the phrase's end, the
        # clause's subject only heard it (not 'The mayor of Ely's answer:', one owner)
        mention = None
    if mention is None and sentence.rstrip().endswith(":"):
        # 'But nothing matched the power of Ortega's words:': the owner is the name ending the
        # phrase before the possessive, after a lower-case word of the clause it ends
        ending = _NAME_ENDING_OWNER.search(match.group("owner"))
        mention = head_of_segment(ending.group(1)) if ending is not None else None
        if mention is None or mention.kind != "name":
            # 'They were surprised by the minister's opening question:': a description after the
            # preposition that ends the clause before the possessive
            described = _DESCRIPTION_ENDING_OWNER.search(match.group("owner"))
            mention = _one_speaker(_speaking_owner(described.group(1))) if described is not None else None
        return mention
    return mention if mention is not None and mention.kind in {"name", "description"} else None


#: An owner phrase that is a clause: a subject, a verb in the past or present, then the owner
#: after a preposition or right after the verb ("The jurors listened to the judge", "Critics
#: mocked Ann Roe").
_CLAUSE_BEFORE_OWNER = re.compile(
    r"\s*(?:[Tt]he\s+|[Mm]any\s+|[Ss]ome\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+[a-z]+(?:ed|s)\s+(?:(?:to|at|for|on|over|about|with)\s+)?"
    r"(?:the\s+|a\s+|an\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}\s*$"
)
#: A name ending an owner phrase after a lower-case word ("the power of Ortega", "matched Ana Ruiz").
_NAME_ENDING_OWNER = re.compile(rf"\s[a-z][\w’'-]*\s+((?:[{UPPER}][\w’'.-]*\s+){{0,2}}[{UPPER}][\w’'-]*)\s*$")


#: A description of one owner after a preposition ending the owner phrase ("surprised by the
#: minister", "a letter to the agency").
_DESCRIPTION_ENDING_OWNER = re.compile(r"\s(?:by|from|to|with|at|for|about|over|of)\s+((?:the|a|an)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s*$")


def _one_speaker(mention: Mention | None) -> Mention | None:
    """A name, or a description of one person or organisation ("the minister", not "the
    officials", whose words are one of them's; but "the New York Times", a body's name)."""
    if mention is None or mention.kind == "name":
        return mention
    head = mention.text.split()[-1]
    return None if head.endswith("s") and not (head[:1].isupper() and head.lower() in ORGANISATION_NOUNS) else mention


def possessive_introduction_with_gist(sentence: str) -> Mention | None:
    """A possessive introduction whose colon gives the gist of the words in the writer's own
    before a quote that goes on with them: 'Her message now is simple: don't share prescriptions.'
    / '“You don't know what that person took …”' -> her. ``sentence`` is the (masked) sentence
    before the quote; what follows its colon must hold no quote and end the sentence."""
    head, colon, gist = sentence.rpartition(":")
    if not colon or not gist.strip() or not gist.rstrip().endswith((".", "!")) or any(c in gist for c in "“”\"·"):
        return None
    owner = possessive_introduction(head + ":")
    if owner is not None and owner.kind == "description":
        return _speaking_owner(owner.text)  # not "The sign's message was simple: keep out."
    return owner


_CAME_BEFORE_OWNER = re.compile(r"\s(?:came|comes)\s+from\s")


def _owner_after_noun(sentence: str) -> Mention | None:
    """ "The response from the ministry was swift: “…”" -> the ministry: the owner after "from"
    or "of", kept when it is a name or a description of a person or an organisation (not "The
    message of the film:")."""
    match = _NOUN_FROM_OWNER_INTRO.search(sentence, max(0, len(sentence) - 160))
    if match is None:
        return None
    owner, _, apposed = match.group("owner").partition(", ")
    named = head_of_segment(apposed) if apposed else None
    described = _speaking_owner(owner) if named is not None and named.kind == "name" else None
    if described is not None and described.kind == "description":
        return named  # "from the union's leader, Tom Berg:": the name in apposition (not "Denver, Colorado")
    if apposed:
        return None
    mention = _speaking_owner(owner)
    if mention is not None and mention.kind == "name" and is_place(mention.text):
        return None  # "A letter from Ohio:", "The word from Kabul:": where it came from, no one
    if mention is not None and mention.kind == "name" and _CAME_BEFORE_OWNER.search(match.group()):
        # "A question came from Ohio:" names a place as often as a person: only a name with a given
        # name or a title before it ("came from Dr. Ines Varga:")
        titled = len(owner.split()) > len(mention.text.split())
        return mention if titled or given_name_gender(mention.text.split()[0]) is not None else None
    return mention


def _speaking_owner(phrase: str) -> Mention | None:
    """The owner of someone's words when it can speak: a name, or a description of a person or
    an organisation."""
    mention = head_of_segment(phrase)
    if mention is None or mention.kind not in {"name", "description"}:
        return None
    return mention if mention.kind == "name" or head_noun(mention.text) in PERSON_NOUNS | ORGANISATION_NOUNS else None


#: The texts a relative clause may follow with their maker: ``_MADE_TEXTS`` and plain words.
_RELATIVE_TEXTS = rf"{_MADE_TEXTS}|statement|message|text"
#: A text someone made, its maker after "from" or "by", and a relative clause on either whose
#: verb of saying the quote completes, maybe after a clause it reports ("a report from the
#: Washington Post, which said its reporters had found:", "an email from Ann Weller, who wrote:",
#: "a tweet from Trump that read"; groups "text", "owner", "verb").
_TEXT_FROM_RELATIVE = re.compile(
    rf"(?:^|(?<=\s))(?P<text>(?:[Aa]n?|[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){{0,2}}?(?i:{_RELATIVE_TEXTS}))\s+"
    r"(?:(?:sent|written|signed|posted|issued|released|published)\s+)?(?:from|by)\s+(?P<owner>[^,;:“”\"()]{2,60}?)\s*,?\s+"
    r"(?P<pronoun>that|which|who)\s+(?:(?:also|then|later|once|earlier|had|has|have|[a-z]+ly)\s+){0,2}(?P<verb>[a-z]+)"
    r"(?:\s+[^,;:.!?“”\"—–()·]{1,80}?)?\s*[,:]?\s*$"
)


#: A word of ``_TEXT_FROM_RELATIVE``'s texts anywhere: a cheap test before the pattern.
_MADE_TEXT_WORD = re.compile(_RELATIVE_TEXTS, re.IGNORECASE)


def relative_text_owner(sentence: str, verbs: list[re.Match[str]]) -> tuple[Mention | None, str] | None:
    """The maker of a text whose relative clause's verb the quote completes: 'The news came in a
    report from the Washington Post, which said its reporters had found: “…”' -> the Washington
    Post (never "the news", the main clause's subject); 'an email from Ann Weller, who wrote:' ->
    Ann Weller. Two makers ("from Reyes and Pike") give no one; a maker that is no one who speaks
    ("a report from last year", "a letter from Ohio") leaves the text itself to a "which" or
    "that" (and the reading to the "who" readers). None when this is no such clause, or a later
    verb of saying governs the quote ('…, which said the mayor had warned:')."""
    tail = sentence[-240:]
    low = tail.lower()
    if " from " not in low and " by " not in low or _MADE_TEXT_WORD.search(tail) is None:
        return None  # (checked first: the pattern is slow to fail on long sentences)
    match = _TEXT_FROM_RELATIVE.search(sentence, len(sentence) - len(tail))
    if match is None:
        return None
    word = match.group("verb")
    if word not in REPORTING_FORMS or word.endswith("ing") or verbs and verbs[-1].start() > match.start("verb"):
        return None
    owner = match.group("owner")
    if joint_speakers(owner):
        return None, word  # 'a statement from Reyes and Pike, who wrote:': both, no one of them
    maker = _one_speaker(_speaking_owner(owner))
    if maker is not None and not (maker.kind == "name" and is_place(maker.text)):
        return maker, word
    if match.group("pronoun") == "who":
        return None  # 'an email from aides, who wrote': the relative readers' (a group)
    text = f"{match.group('text')} {sentence[match.end('text') : match.end('owner')].strip()}"
    return Mention("description", text[0].lower() + text[1:]), word  # 'a letter from Ohio, which read:'


#: "in Kell's words", "in his own words", "to borrow the mayor's words": a possessive before "words"
#: in a phrase that credits what follows in the sentence to the owner, like "in the words of X".
#: Also "phrase" and its kin ("in Marsh's phrase", "to borrow the mayor's memorable phrase"), and
#: "to quote X," with no possessive (group "quoted"). A view credits the same way ("Now, in
#: Lipton's view, the college is known for “…”", "In his opinion, the deal was “…”"), and so do
#: the owner's eyes or mind ("In Weller's eyes, “…”": how she sees it, in her words) and the view
#: "of" someone set off by its comma ("In the view of Ann Weller, “…”", "in the eyes of critics,";
#: group "of_owner").
_WORDS_OF_OWNER = re.compile(
    r"(?<![\w’'])(?:(?:[Ii]n|[Tt]o\s+(?:borrow|use|quote))\s+(?:(?P<pronoun>his|her|their|its)|"
    r"(?P<owner>(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+)[’']s?)\s+(?:own\s+|(?:memorable|famous|apt|pithy|immortal|oft-quoted|favou?rite)\s+)?"
    r"(?:words|phrase|phrasing|formulation|coinage|expression|view|opinion|estimation|judge?ment|assessment|eyes|mind)\b"
    r"|[Ii]n\s+the\s+(?:view|eyes|opinion|estimation|judge?ment|mind)\s+of\s+(?P<of_owner>[^,;:“”\"()]{2,60}?)\s*,"
    # "By Kell's own account,", "By her reckoning,": the owner's words (not "By Kell's logic,": the writer's inference)
    r"|[Bb]y\s+(?:(?P<by_pronoun>his|her|their)|(?P<by_owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)[’']s?)\s+(?:own\s+)?"
    r"(?:account|reckoning|estimate|admission)\s*,"
    r"|[Tt]o\s+quote\s+(?P<quoted>(?:[\w.’'-]+\s+){0,5}?[\w.’'-]+)\s*[,:—–]\s*)"
)


def words_owner(sentence: str) -> Mention | None:
    """The owner of the words in "in X's words" before the quote in its sentence: 'The plan failed
    because, in Kell's words, “…”' -> Kell (not the sentence subject); 'In her own words, “…”' ->
    she. No speech verb may follow the phrase before the quote ('In Kell's words, Ames said “…”'
    is Ames's report), and the owner must be a name, a description or he/she/they."""
    match = _WORDS_OF_OWNER.search(sentence)
    if match is None:
        return credited_owner(sentence)
    if SPEECH_VERB.search(sentence, match.end()):
        return None
    if match.group("pronoun") or match.group("by_pronoun"):
        return Mention("pronoun", POSSESSIVE_PRONOUN[match.group("pronoun") or match.group("by_pronoun")])
    if match.group("by_owner"):
        return _speaking_owner(match.group("by_owner"))
    if match.group("quoted"):
        # "To quote Sen. Ann Roe," but not "To quote the old song," (a work, whose singer we do not know)
        return _speaking_owner(match.group("quoted"))
    if match.group("of_owner"):
        # "In the view of Ann Weller," but not "In the eyes of the law," (no one who speaks)
        return _speaking_owner(match.group("of_owner"))
    mention = head_of_segment(match.group("owner"))
    return mention if mention is not None and mention.kind in {"name", "description"} else None


#: A possessive before a noun of saying and the clause it governs: "Ames's claim that the deal was",
#: "his boast that he had", "Lund's pledge to", "Lund's slogan in that race was that"; a date may
#: stand before the noun ("her March comment that", "his Tuesday remarks that"), and so may the
#: writer's judgement of it ("his reprehensible call for"), a comma after "that" before the quote
#: ("her comment that, “…”").
_CLAIM_OF_OWNER = re.compile(
    r"(?<![\w’'])(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*|(?:the|an?)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)[’']s?)"
    r"\s+(?:(?:repeated|oft-repeated|latest|earlier|recent|new|old|familiar|famous|infamous|central|false|wild|bold|bogus|"
    # the writer's judgement of it, by an adjective's ending ("his reprehensible call for", "her
    # laughable claim", "hyperbolic", "outrageous", "baseless", "outlandish"), never by an ending a
    # noun of people shares ("-ant", "-ent", "-ive": "Roe's assistant claims" is the assistant's),
    # nor before a plural that may be a verb: a noun with such an ending is then its subject
    # ("Roe's mechanic claims that", "Kell's parish vows to")
    r"(?!(?:crit|med|cler)ic\b)[a-z]{3,}(?:ible|able|ful|ic|ous|less|ish)"
    r"(?!\s+(?:claims|promises|pledges|vows|boasts|charges|complains|remarks|comments|calls|warns|predicts|insists|argues)\b)|"
    r"(?:19|20)\d\d|"
    rf"{MONTH_ALTERNATION}|{'|'.join(WEEKDAY_NAMES)})\s+){{0,2}}"
    r"(?:(?P<that>claims?|assertions?|contention|insistence|argument|promises?|pledges?|vows?|warnings?|predictions?|"
    r"suggestion|boasts?|charges?|accusations?|allegations?|complaints?|remarks?|comments?|declaration|"
    r"slogan|catch\s?phrase|mantra|refrain|lines?|assurances?|threats?|insinuation|prediction|"
    r"view|belief|perception|observation|conclusion|thesis|finding)"
    # (when and where it was made: "Kell's assertion Sunday on Fox News that", "her claim last week that")
    rf"(?P<when>\s+(?:{'|'.join(WEEKDAY_NAMES)}|yesterday|today|last\s+(?:week|month|year|night)))?"
    r"(?P<where>\s+(?:on|in|at|to)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*)?"
    # a setting set off after the noun: ", in a speech," or a participle telling where it was made
    # (", made on Fox News Thursday,", ", repeated at a rally,")
    r"(?:\s+(?:in|during|at|on)\s+[^,;:]{1,40}?\s+(?:was|is)|,\s+(?:(?:made|issued|posted|delivered|voiced|repeated|aired|offered)\s+)?"
    r"(?:in|during|at|on)\s+[^,;:]{1,40}?,)?\s+that,?"
    r"|(?P<to>promises?|pledges?|vows?|threats?|calls?|vow"
    # "Reyes's attempt to persuade the court to look at": the persuading is done in words, hers
    r"|(?:attempts?|efforts?|bids?)\s+to\s+(?:persuade|convince|urge|coax|encourage|remind|get)\s+[^,;:.!?“”\"]{1,60}?)\s+to"
    # "the union's call for “…”", "Reyes's promise of “…”": what was called for or promised, in
    # the owner's words, when the quote follows the preposition at once (``claim_owner``)
    r"|(?P<for>calls?|demands?|appeals?|pleas?|promises?|pledges?|proposals?)\s+(?:for|of)"
    # a title-case headline: "Kaine's Claim Clinton 'Talks …'", "Kell's Promise To '…'"
    r"|(?P<headline>Claims?|Promises?|Pledges?|Vows?|Warnings?|Boasts?|Charges?|Remarks?|Comments?)(?:\s+(?:That|To))?(?=\s+[A-Z]))\s"
)
#: A noun of saying with its owner after "by" and the clause it governs: "a claim by an alleged
#: member of the ring that he had", "a statement by Ann Roe, a former aide, that she" (group
#: "owner", up to the comma of an appositive; it may hold a phrase in quote marks: "a claim by a
#: member of a “ring” that he had").
_CLAIM_BY_OWNER = re.compile(
    r"(?<![\w’'])(?:a|an|the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:claims?|assertions?|statements?|allegations?|accusations?|charges?|"
    r"suggestion|testimony|account|warnings?|promises?|pledges?|remarks?|comments?|admission|boasts?)"
    r"\s+by\s+(?P<owner>(?:[^,;:“”\"]|[“\"][^,;:“”\"]{1,60}[”\"]){2,80}?)(?:,[^,;:“”\"]{2,80},)?\s+that\s"
)
#: The same noun with its owner after "of", a person's name maybe after a role ("the contention of
#: former secretary of state Ann Roe that", "the claim of Tom Kell that"; group "owner"): a role's
#: words are lower case but for "of", never a place's preposition ("the claims of fraud in Ohio").
_CLAIM_OF_NAMED_OWNER = re.compile(
    r"(?<![\w’'])(?:a|an|the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:claims?|contentions?|assertions?|statements?|allegations?|"
    r"accusations?|charges?|suggestion|testimony|warnings?|promises?|pledges?|boasts?)"
    r"\s+of\s+(?P<owner>(?:(?!(?:in|at|on|from|for|to|with|by|over|against|about|that)\s)[a-z-]+\s+){0,5}(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]*)"
    r"(?:,[^,;:“”\"]{2,80},)?\s+that\s"
)
#: A possessive, a noun of someone's words, and the quote set off in apposition by a comma or a
#: dash: "Kell's tweet — “…” —", "His reply, “…,”", "The mayor's motto, “…,”".
_OWNED_WORDS_APPOSED = re.compile(
    r"(?:(?<![\w’'])(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?P<owner>(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.-]*|[Tt]he\s+[a-z-]+)[’']s?)"
    r"\s+(?:[a-z-]+\s+)?(?:tweet|post|message|reply|answer|response|retort|motto|slogan|mantra|catchphrase|"
    r"words|remark|quip|warning|plea|promise|vow|pledge|boast|verdict|phrase|line|expression)"
    # an adverb of time may stand between ("Bill Tran's stock answer then — “…” —")
    r"(?:\s+(?:then|now|once|today|at\s+the\s+time))?\s*[,—–]\s*$"
)
#: The same noun with its owner after "of", and the quote set off by a comma, a dash or a colon:
#: "The slogan of the Green Party, “…,”", "the answer of the defence minister — “…” —" (group
#: "owner", read by ``_speaking_owner``: "the line of the day," names no one).
_OF_OWNER_APPOSED = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:tweet|message|reply|answer|response|retort|motto|slogan|mantra|"
    r"catchphrase|words|remark|warning|plea|promise|vow|pledge|verdict|battle\s+cry|rallying\s+cry)"
    r"\s+of\s+(?P<owner>[^,;:“”\"()]{2,60}?)\s*[,:—–]\s*$"
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


def claim_owner(sentence: str, quote: str = "") -> Mention | None:
    """The owner of a claim, a promise or a slogan whose clause holds the quote: 'Kell denied Ames's
    claim that the contract was “…”' -> Ames (not Kell, who only denied it); 'Critics mocked his
    boast that he had “…”' -> he; 'Lund's pledge to “…”'. ``sentence`` is the masked quote's
    sentence up to the quote. Not when a speech verb follows the phrase ('Ames's claim that Kell
    said “…”'), nor when the quote is the predicate of the whole phrase ('Kell's claim that the
    casino would bring jobs is “a fantasy”': the clause has its verb before the copula), nor when
    the ``quote`` opens on a finite verb after a promise "to" someone ('the union's promises to
    its members “cannot be kept”'). Also the owner of words set off in apposition ('Kell's tweet
    — “…” —', 'His reply, “…,”')."""
    matches = list(_CLAIM_OF_OWNER.finditer(sentence))
    by_owner = list(_CLAIM_BY_OWNER.finditer(sentence))
    of_named = list(_CLAIM_OF_NAMED_OWNER.finditer(sentence)) if " of " in sentence else []
    if of_named and (not matches or of_named[-1].start() > matches[-1].start()) and (not by_owner or of_named[-1].start() > by_owner[-1].start()):
        # 'His remarks buttress the contention of Ann Roe that emails were “…”': the owner's words
        named = _claim_by(sentence, of_named[-1])
        return named if named is not None and named.kind == "name" else None
    if by_owner and (not matches or by_owner[-1].start() > matches[-1].start()):
        return _claim_by(sentence, by_owner[-1])  # 'He cited a claim by Ann Roe, a former aide, that she had “…”'
    coined = _COINED_BY.search(sentence, max(0, len(sentence) - 160)) if not matches else None
    if coined is not None:  # 'Reyes used the phrase Weller coined, “the lost decade”': Weller's words
        if coined.group("pronoun"):
            return Mention("pronoun", coined.group("pronoun"))
        return _speaking_owner(coined.group("owner"))
    if not matches:
        # (its comma or dash ends the sentence, all but spaces: most sentences end otherwise)
        apposed = _OWNED_WORDS_APPOSED.search(sentence, max(0, len(sentence) - 120)) if sentence.rstrip().endswith((",", "—", "–")) else None
        if apposed is None:
            of_owner = _OF_OWNER_APPOSED.search(sentence, max(0, len(sentence) - 120)) if sentence.rstrip().endswith((",", "—", "–", ":")) else None
            return _speaking_owner(of_owner.group("owner")) if of_owner is not None else None  # 'The slogan of the Green Party, “…,”'
        if apposed.group("pronoun"):  # 'His reply, “Not in my lifetime,” drew laughter.'
            return Mention("pronoun", POSSESSIVE_PRONOUN[apposed.group("pronoun").lower()])
        holder = head_of_segment(apposed.group("owner"))  # 'Kell's tweet — “Enough is enough” — was shared'
        return holder if holder is not None and holder.kind in {"name", "description"} else None
    match = matches[-1]
    if match.group("for") and (sentence[match.end() :].strip() or len(quote.split()) < 2):
        # 'Weller's call for calm after “…”': the quote is not what was called for; 'Kell's call
        # for “revolution”': one word, which may be the writer's label for it
        return None
    if match.group("to") and PREDICATE_OPENING.match(quote):
        return None  # 'the union’s promises to its members “cannot be kept”': the quote is the phrase's predicate
    clause = sentence[match.end() - 1 :]
    if SPEECH_VERB.search(clause) or any(c in clause for c in "“”\"·"):
        return None
    copula = _COPULA_END.search(clause) if match.group("that") else None
    if copula is not None and _CLAUSE_VERB.search(clause[: copula.start() + 1]):
        return None
    if match.group("pronoun") and (match.group("when") or match.group("where")):
        # 'As the debate went on and Kell stood by his comment Monday that “…”': a long owned
        # phrase whose "his" may be any man the sentence names; only a named owner is read so
        return None
    if match.group("pronoun"):
        return Mention("pronoun", POSSESSIVE_PRONOUN[match.group("pronoun").lower()])
    if match.group("headline") and any(c in clause for c in ",;:—–"):
        return None  # "Kell's Warning Signs Ignored, Report Finds '…'": another clause of the headline
    owner = match.group("owner")
    if match.group("headline"):  # "Critics Pounce On Kell's Claim …": the words after the last preposition
        owner = re.split(r"\s(?:On|To|For|At|In|Of|With|By|About|Against|Over|After)\s", " " + owner)[-1]
    mention = head_of_segment(owner)
    return mention if mention is not None and mention.kind in {"name", "description"} else None


def claim_by_across_quote(sentence: str) -> Mention | None:
    """The owner after "by" of a claim whose owner phrase holds a quoted word ("a claim by a
    member of a “ring” that he had “…”"), which the reading from the last quote on cannot see:
    the claimant's words, never the sentence's subject's or the speaker carried from before.
    ``sentence`` is the masked sentence up to the quote, the earlier quote in it."""
    by_owner = list(_CLAIM_BY_OWNER.finditer(sentence))
    if not by_owner or not any(c in by_owner[-1].group("owner") for c in "“”\""):
        return None
    return _claim_by(sentence, by_owner[-1])


def _claim_by(sentence: str, match: re.Match[str]) -> Mention | None:
    """The owner after "by" of a claim whose "that" clause holds the quote, when the clause is the
    claim's own words: no speech verb or other quote in it, and the quote no predicate of the
    whole phrase ("a claim by Kell that the casino would bring jobs is “a fantasy”")."""
    clause = sentence[match.end() - 1 :]
    if SPEECH_VERB.search(clause) or any(c in clause for c in "“”\"·"):
        return None
    copula = _COPULA_END.search(clause)
    if copula is not None and _CLAUSE_VERB.search(clause[: copula.start() + 1]):
        return None
    mention = head_of_segment(match.group("owner"))
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
    if not (_SAYING_NOUN_AFTER.match(tail) or "so-called" in head[-120:]):
        return None  # neither a noun of saying after the quote nor "so-called" before it: no owner's words
    match = _OWNER_RIGHT_BEFORE_QUOTE.search(head[-120:])
    so_called = match is not None and re.search(r"\sso-called\s+$", head[-120:]) is not None  # "Weller's so-called “…”"
    if match is None or not (so_called or _SAYING_NOUN_AFTER.match(tail)):
        return None
    owner_end = match.end("owner") if match.group("owner") else match.end("pronoun")
    between = re.sub(r"^[’']s?", "", head[-120:][owner_end:]).split()
    if not all(w.isdigit() or w == "so-called" or adjective_like(w) for w in between):
        return None  # 'called Weller's plan “a fraud”': the possessed noun comes first, the quote is a verdict on it
    if match.group("pronoun"):
        return Mention("pronoun", POSSESSIVE_PRONOUN[match.group("pronoun").lower()])
    return _speaking_owner(match.group("owner"))
