"""Quoted words that are no one's speech: titles of works, names of things (the “Keep Our Town
Strong” cap), nicknames, crossheads, and a quote that is a noun phrase of its sentence.

Such a quote stands right by a name or a verb, so attribution would give it a speaker; these
tests take it out of attribution first.
"""

from __future__ import annotations

import re

from .cue_sources import CLAUSE_ENDS
from .end_anchored import EndAnchored
from .found_quotes import Found
from .masked_sentences import WORD, first_sentence, last_sentence
from .mention import Mention
from .quote_marks import MarkedSpan
from .speech_lexicon import DOCUMENT_NOUNS
from .speech_verbs import SPEECH_VERB

#: A title or nickname: every word capitalised (small words aside), no sentence punctuation.
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "to", "for", "at", "by", "with"}


def title_words(text: str, longest: int, *, ampersand: bool = False) -> bool:
    """``text`` is 1 to ``longest`` words (a closing comma or period aside), each capitalised, a
    number or a small word ("of", "the"), and with ``ampersand`` "&" too ("Fox & Friends"): the
    words of a title."""
    words = text.rstrip(" ,.").split()
    return 1 <= len(words) <= longest and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS or (ampersand and w == "&") for w in words
    )


def title_cased(text: str) -> bool:
    words = text.split()
    if not words or len(words) > 6 or text.rstrip()[-1:] in ".!?,":
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in SMALL_WORDS for w in words)


#: A determiner or a possessive right before a quote's opening mark, and a lower-case word right
#: after its closing mark: the quote is a name modifying that noun ('the “Keep Our Town Strong” cap').
_DETERMINER_BEFORE_MARK = re.compile(r"(?:^|\s)(?:the|a|an|his|her|its|their|our|this|that|[\w’'-]+[’']s)\s*$", re.IGNORECASE)
_NOUN_AFTER_MARK = re.compile(
    r"\s*(?!(?:and|or|but|nor|to|in|on|at|of|for|from|by|with|as|that|which|who|is|was|are|were|has|had|will|would)\b)[a-z][\w-]*"
)


#: A short form in parentheses right after the closing mark: '“Citizen Only Voting” (COV)'.
_ACRONYM_AFTER_MARK = re.compile(r"\s*\([A-Z][A-Z0-9&]{1,7}s?\)")


def names_a_thing(masked: str, span: MarkedSpan) -> bool:
    """A title-case quote between a determiner and a lower-case noun names a thing (a slogan on a
    cap, a show, a programme: 'the “Keep Our Town Strong” cap', 'his “Fresh Start” plan'); it is
    no one's words, whoever speaks around it."""
    if _ACRONYM_AFTER_MARK.match(masked, span.mark_end):
        return True  # 'to pass “Citizen Only Voting” (COV) amendments': a term and its short form
    before = masked[: span.mark_start]
    return _DETERMINER_BEFORE_MARK.search(before) is not None and _NOUN_AFTER_MARK.match(masked, span.mark_end) is not None


#: Longest quote read as a modifier inside a noun phrase, in words ("“desperate” reporters").
_LONGEST_MODIFIER = 4
#: The sentence before the quote ends on a word, or on a quote of a run of them ('attacked
#: “false” and “desperate” reporters', 'the “false,” “desperate” reporters'): no punctuation
#: that would open a quoted utterance there.
_WORD_BEFORE_MARK = re.compile(r"(?:[\w’'-]|[\w’'-][”\"][,]?)\s*$")
#: A word right after the closing mark, nothing between but spaces.
_WORD_AFTER_MARK = re.compile(r"\s+[\w’'-]")


def _verb_closes(rest: str, verb: str | None) -> bool:
    """``rest`` opens on the cue ``verb`` with nothing after it but a time or a place and the
    stop (``CLAUSE_ENDS``: ' said on Tuesday.')."""
    words = rest.split(maxsplit=1)
    return bool(verb) and bool(words) and words[0].lower() == verb and CLAUSE_ENDS.fullmatch(rest.lstrip()[len(words[0]) :]) is not None


def modifies_noun_after(head: str, inner: str, tail: str, mention: Mention, verb: str | None) -> bool:
    """A short quote set inside a sentence, between a word and the words after it, with no
    punctuation of its own or around it, and ``mention``, the tail's speaker, a description made
    of the words right after it ('Kell attacked “desperate” US tabloid reporters, questioning …',
    'The “desperate” reporters said …'): the quote modifies that noun phrase, which is what the
    quote describes, not who said it. An utterance followed by its speaker opens its clause or
    closes on its own comma ('“We will win” Ann Roe said', '“No,” Roe said'); a name or a
    pronoun after a quote that closes a phrase ('Asked about the “deep state” Kell said …', 'the
    “rigged” vote, he says, …') is a clause's subject, not a noun the quote modifies. Nor is a
    description whose finite ``verb`` closes the sentence, which has no content but the words
    before it ('The deal is “a disgrace” union leaders said on Tuesday.', its comma left out)."""
    if mention.kind != "description" or not tail.lstrip().lower().startswith(mention.text.lower()):
        return False
    opening = last_sentence(head)
    return (
        bool(opening.strip())
        and _WORD_BEFORE_MARK.search(opening) is not None
        and 0 < len(WORD.findall(inner)) <= _LONGEST_MODIFIER
        and inner.rstrip()[-1:] not in ",.!?;:…—–-"
        and _WORD_AFTER_MARK.match(tail) is not None
        and not _verb_closes(first_sentence(tail).lstrip()[len(mention.text) :], verb)
    )


#: What makes the quote after it a nickname or a label someone wears ('the self-styled “people's
#: champion”', ', nicknamed “…”', ', also known as “…”'): no one's words, though a name stands
#: right by it. Not 'Kell dubbed the plan “…”' (no comma: Kell's own words).
NICKNAME_BEFORE = re.compile(
    r"(?:(?<![\w’'-])self-(?:styled|described|proclaimed)|,\s*(?:(?:also\s+)?known\s+as|nicknamed|dubbed|billed\s+as)|"
    # 'laughed off the nickname her opponents gave her, “…”': a name someone goes by, no one's words
    r"(?<![\w’'-])(?:nickname|moniker|epithet|sobriquet)(?:\s+[a-z][^,;:.!?“”\"]{0,40})?,?)\s*$"
)
#: Words one of which every ``NICKNAME_BEFORE`` match holds ("nicknamed" holds "nickname").
_NICKNAME_WORDS = ("self-", "known", "nickname", "dubbed", "billed", "moniker", "epithet", "sobriquet")


def nickname_before(text: str, end: int) -> bool:
    """``NICKNAME_BEFORE.search(text, 0, end) is not None``, searched only where ``text[:end]``
    holds one of the words every match has: most sentences before a quote hold none, and the
    end-anchored search tried its branches at every position of them (~7 µs a quote)."""
    return any(text.find(word, 0, end) >= 0 for word in _NICKNAME_WORDS) and NICKNAME_BEFORE.search(text, 0, end) is not None


#: A naming verb in the passive right before a quote ('the bill, sometimes called a “…”', '(a
#: trend called the “…”)', 'a 2013 series called “…”', 'a period known as “…”', 'the islands,
#: referred to as “…” by Chile'): the quote is the name a thing goes by, not the words of the
#: thing or of a name nearby. Active naming keeps its subject's words ('Kell called the plan
#: “…”', 'what Ford called “…”', 'he dubbed “…”'): the participle must follow a comma, a
#: parenthesis, a form of "be", an adverb of usage, or a common noun right after its article
#: ('a plan critics called “…”' is active: a bare subject after the noun).
_NAMED_AS_BEFORE = re.compile(
    r"(?:(?:[,(]|(?<![\w’'-])(?:is|are|was|were|be|been|being|sometimes|often|also|commonly|widely|popularly|"
    r"informally|affectionately|locally|officially|now|aptly|fittingly|originally|first))\s*"
    r"|(?<![\w’'-])(?:an?|the|this|that|these|those|its|their)\s+(?:\d[\w-]*\s+)?"
    r"(?!(?:he|she|they|we|you|it|who|which|that|what|whom)\b)[a-z][\w-]*\s+"
    # or a noun after its modifiers ('an online campaign called “…”', 'a local group named “…”'):
    # a singular head after words that are no determiner nor plural, since a bare plural or a noun
    # after its own determiner is the subject of active naming ('a plan city critics called “…”', 'a
    # plan critics quickly called “…”', 'a deal the senator called “…”')
    r"|(?<![\w’'-])(?:[Aa]n?|[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:(?!(?:he|she|they|we|you|it|who|which|that|what|whom|an?|the|his|her|its|their|our|my|your|this|these|those|some|one|every|each|no|any)\b)[A-Za-z][\w-]*(?<![^s]s)\s+){1,2}"
    r"[a-z][\w-]*(?<![^s]s)\s+)"
    r"(?:called|named|dubbed|termed|nicknamed)\s+(?:an?\s+|the\s+)?$"
    r"|(?<![\w’'-])(?:known|referred\s+to)\s+as\s+(?:an?\s+|the\s+)?$"
)
#: The last words a ``_NAMED_AS_BEFORE`` match can end on, before its spaces ("nicknamed" ends on "named").
_NAMED_AS_ENDS = ("called", "named", "dubbed", "termed", "as", "a", "an", "the")
#: The agent of the passive right after the quote ('was called “…” by Sen. Ann Weller'): the
#: name is that agent's words.
_BY_AGENT = re.compile(r"\s*,?\s*by\s")
#: "means" right before a short quote: a gloss of a word ('Phobos means “fear,”'), no one's words.
_GLOSS_BEFORE = re.compile(r"(?<![\w’'-])means?\s+$")
_LONGEST_GLOSS = 3
#: A relative pronoun and a subject of its own before the naming verb ('which the mayor called
#: “…”', 'that critics often called “…”'): the words of that subject, named or not.
_RELATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Ww]hich|[Ww]hat|[Ww]hom|that)\s+(?!(?:is|are|was|were|has|have|had|been)\b)(?:[\w’'.-]+\s+){0,3}$")


def named_as(masked: str, f: Found) -> bool:
    """The quote is the name something goes by (after a naming verb in the passive) or the gloss
    of a word: no one's speech, whatever noun or name stands by it."""
    before = masked[max(0, f.span.mark_start - 80) : f.span.mark_start]
    last = before.rstrip()  # (both searches below end on a word and spaces: most texts end on other words)
    named = _NAMED_AS_BEFORE.search(before) if last.endswith(_NAMED_AS_ENDS) else None
    if named is not None and _BY_AGENT.match(masked, f.span.mark_end) is None:
        return before[named.start()] in ",(" or _RELATIVE_BEFORE.search(before, 0, named.start()) is None
    return last.endswith(("mean", "means")) and _GLOSS_BEFORE.search(before) is not None and len(WORD.findall(f.text)) <= _LONGEST_GLOSS


_NAME_BEFORE_MARK = re.compile(r"(?<![\w’'-])[A-Z][a-z]+\s*$")
_NAME_AFTER_MARK = re.compile(r"\s*[A-Z][a-z]")


def nickname_in_name(masked: str, f: Found) -> bool:
    """A title-case quote of a few words between a given name and a surname ('Robert “Bob”
    Kell', 'James “Jimmy the Fixer” Boyle') is a nickname: no one's words."""
    words = f.text.split()
    if not 1 <= len(words) <= 4 or not all(w[0].isupper() or w.lower() in SMALL_WORDS for w in words):
        return False
    before = _NAME_BEFORE_MARK.search(masked, 0, f.span.mark_start)
    return before is not None and _NAME_AFTER_MARK.match(masked, f.span.mark_end) is not None


#: Nouns of works with a title ("his hit “…”", "“…,” a memoir by her father").
_WORK_NOUNS = (
    "hit|song|single|album|record|track|ballad|anthem|book|novel|memoir|biography|film|movie|show|series|"
    "sitcom|play|musical|opera|poem|documentary|podcast|painting|exhibition|essay|column"
)
#: A work's noun (perhaps named by a participle, "a poem called “…”", or with where it appeared
#: and a comma: "her essay for Art News, “…”", "his 1961 album, “…”"), a verb of performing or
#: making one ("sang", "playing", "has sung", "wrote and directed", "starred in") or the music
#: something is set to ("to the tune of “…”", "the strains of “…”") right before the mark.
_WORK_BEFORE_MARK = re.compile(
    rf"(?<![\w’'-])(?:(?:{_WORK_NOUNS})s?(?:\s+(?:called|named|titled|entitled)|\s+(?:for|in|on|from)\s+(?:the\s+)?(?:[A-Z][\w.’'&-]*\s*){{1,4}},)?|"
    r"(?:album|single|song|track|film|movie|novel|musical|opera|documentary|sitcom)s?,|"
    r"sang|sings|singing|sung|performed|performs|performing|played|playing|recorded|records|(?:the\s+)?(?:tune|strains|melody)\s+of|"
    r"(?:wrote\s+and\s+|co-)?directed|directs|starred\s+in|stars\s+in)\s*$",
    re.IGNORECASE,
)
#: After the mark: the work's noun ('“…,” a memoir by her father') or a listing's date in
#: parentheses ('“…” (May 17)', '“…” (Public; March 28)').
_WORK_AFTER_MARK = re.compile(
    rf"\s*,?\s*(?:(?:an?|the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{_WORK_NOUNS})(?![\w’'-])|"
    r"\((?:[^()]{0,30}[;,]\s*)?(?:Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b[^()]{0,12}\))"
)
_LONGEST_WORK_TITLE = 12


#: "titled", "entitled", "author of" right before the mark: what follows is a title, whatever its case.
_TITLED_BEFORE_MARK = EndAnchored(
    re.compile(r"(?:([\w’'-]+),?\s+)?(?<![\w’'-])(?:titled|entitled|(?:co-)?author\s+of)\s*$", re.IGNORECASE),
    ("titled", "entitled", "of"),
)
#: Pieces whose title is their writer's own words ("a memo titled", "a critical piece, entitled").
_OWN_WORDS_PIECES = DOCUMENT_NOUNS | {"piece", "op-ed", "oped", "commentary", "blog", "speech", "address", "thread"}
#: Longest title named by "titled" or "author of", in words (a paper's title in sentence case).
_LONGEST_NAMED_TITLE = 25


def titles_a_work(masked: str, f: Found) -> bool:
    """A title-case quote right after the noun of a work ('his hit “A Piano on the Road to
    Nowhere”') or a verb of performing one ('sang “Take Me Home, Country Roads”'), or set beside
    one ('read from “The Long Night Before the War Came Home,” a memoir by her late father'), is
    the work's title: no one's words, whatever name stands nearby."""
    titled = _TITLED_BEFORE_MARK.search(masked[: f.span.mark_start])
    if titled is not None and len(f.text.split()) <= _LONGEST_NAMED_TITLE and (titled.group(1) or "").lower() not in _OWN_WORDS_PIECES:
        # 'the paper titled “The importance of Indigenous lands …”', 'author of “Central Bankers
        # at the End of Their Ropes”': named as a title, in any case (not the title of a memo or
        # an editorial, 'a memo titled “The Facts on Where the Race Stands”': its writer's words)
        return True
    if not title_words(f.text, _LONGEST_WORK_TITLE, ampersand=True):
        return False
    before = _WORK_BEFORE_MARK.search(masked[: f.span.mark_start]) is not None
    return before or _WORK_AFTER_MARK.match(masked, f.span.mark_end) is not None


#: What may stand between two titles of one list: a comma (maybe inside the first's marks), "and",
#: "or".
_LIST_GAP = re.compile(r"\s*,?\s*(?:(?:and|or|&)\s+)?")

#: Fewest titles that make a list of works.
_LISTED_TITLES = 3


def listed_titles(masked: str, quotes: list[Found]) -> list[list[int]]:
    """Runs of positions (in ``quotes``, one paragraph's quotes in order) of three or more
    title-case quotes that nothing but commas, "and" and "or" join ('hits including “Blue River,”
    “Paper Moon,” “Dancing Alone” and others'): titles of works in a list, no one's words, though
    an "according to" or a speech verb governs the sentence."""
    runs: list[list[int]] = []
    run: list[int] = []
    for k, f in enumerate(quotes):
        titled = title_words(f.text, _LONGEST_WORK_TITLE)
        joined = bool(run) and _LIST_GAP.fullmatch(masked, quotes[run[-1]].span.mark_end, f.span.mark_start) is not None
        if titled and joined:
            run.append(k)
            continue
        if len(run) >= _LISTED_TITLES:
            runs.append(run)
        run = [k] if titled else []
    if len(run) >= _LISTED_TITLES:
        runs.append(run)
    return runs


#: A noun of a slogan right before the opening mark: 'the state's campaign “Starts with one.”'.
_SLOGAN_BEFORE_MARK = re.compile(r"(?<![\w’'-])(?:campaign|slogan|tagline|motto|hashtag|catchphrase)s?\s*$", re.IGNORECASE)
#: Longest slogan, in words.
_LONGEST_SLOGAN = 8


def names_a_slogan(masked: str, f: Found) -> bool:
    """A short quote right after the noun of a slogan, nothing between ('the opioid campaign “Starts
    with one.”', 'its tagline “Meth. We're on it.”'): the slogan's name, no one's speech here."""
    capital = f.text.lstrip()[:1].isupper()  # not 'said the campaign “is working”': its predicate
    return capital and len(WORD.findall(f.text)) <= _LONGEST_SLOGAN and _SLOGAN_BEFORE_MARK.search(masked[: f.span.mark_start]) is not None


#: A term's gloss right after its closing mark: '“torpor” — the term for the hibernating state'.
_TERM_AFTER_MARK = re.compile(r"\s*[,—–-]+\s*(?:the|a)\s+(?:[a-z][\w-]*\s+)?(?:term|word|name|phrase|expression)\s+(?:for|used|given|meaning)\b")


def glossed_term(masked: str, f: Found) -> bool:
    """A short quote glossed right after it as a term ('to induce “torpor” — the term for the
    hibernating state'): a word the text explains, no one's speech."""
    return len(WORD.findall(f.text)) <= 4 and _TERM_AFTER_MARK.match(masked, f.span.mark_end) is not None


#: Longest crosshead quote, in words.
_CROSSHEAD_WORDS = 10


def is_crosshead(paragraph: str, f: Found) -> bool:
    """A paragraph that is nothing but a short quote in single marks ("'We're vetting VP
    candidates!'"): a sub-heading in headline style, which quotes words the section gives a
    speaker later, not a continuation of the speaker before it."""
    whole = f.span.mark_start == 0 and f.span.mark_end >= len(paragraph.rstrip())
    return f.span.single and whole and len(WORD.findall(f.text)) <= _CROSSHEAD_WORDS


#: What a speech verb reports when it has content of its own: "that", or a clause with a verb.
_OWN_CONTENT = re.compile(r"\s+(?:that\b|(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|will|would|has|have|had|can|could)\b)")


def title_before_own_content(inner: str, tail: str) -> bool:
    """A quote that is a title in title case ('In “Kell's Warning Signs,” a new book, the author
    argues the economy is overheating.') before a speech verb that reports content of its own:
    the title names a work; the verb's subject did not say it."""
    if not title_cased(inner.rstrip(" ,")):
        return False
    clause = first_sentence(tail)
    spoken = SPEECH_VERB.search(clause)
    return spoken is not None and _OWN_CONTENT.match(clause, spoken.end()) is not None


#: A speech verb right after a quote's closing mark, no comma between (an -ly adverb may be).
_VERB_RIGHT_AFTER = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{SPEECH_VERB.pattern})")
#: A short noun phrase opening the sentence before a quote (a determiner or a possessive, then
#: up to four plain words): "The phrase", "Her new book,", "The film's slogan".
_NOUN_PHRASE_BEFORE = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[A-Z][\w-]*[’']s)(?:\s+[\w’'-]+){0,4}\s*,?\s*")
_SMALL_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your"}


def quote_as_noun_phrase(head: str, inner: str, tail: str) -> bool:
    """The quote is a noun phrase, the subject of the verb right after it: a title, a slogan or a
    term that opens the sentence with no punctuation of its own ('“The Crown” tells the story of
    a queen', '“Medicare for All” answers none of it'), or one set in a noun phrase that does
    ('The phrase “deep state” suggests a conspiracy', 'Her new book, “Quiet Rooms,” recalls a
    childhood'). An inverted verb needs an utterance before it, closed by its comma ('“…,” said
    X'); here what follows the verb is its object, not a speaker."""
    if _VERB_RIGHT_AFTER.match(tail) is None:
        return False
    opening = last_sentence(head)
    if not opening.strip():
        return inner.rstrip()[-1:] not in ",.!?;:…—–-"
    words = opening.split()
    return (
        _NOUN_PHRASE_BEFORE.fullmatch(opening) is not None
        and not SPEECH_VERB.search(opening)
        and not any(w.lower() in _SMALL_DETERMINERS for w in words[1:])  # "the team … a slogan": a clause
        and (opening.rstrip().endswith(",") or inner.rstrip()[-1:] not in ",.!?;:…—–-")
    )
