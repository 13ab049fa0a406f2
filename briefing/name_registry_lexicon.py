"""The word lists, patterns and word tests ``NameRegistry`` (``names``) reads an article with:
the shape of a name's words (a particle, the Arabic article on a surname, a generational suffix,
a hyphened modifier, an opening participle or epithet, a street), what stands around a name (an
apposed title, a party, an age, "who", the words before it) and the places a name run writes
besides its person.

Split out of ``names``, which grew past what one sitting reads: these are read without a
registry, so they live below it, one direction only (``names`` imports them, nothing here
imports ``names``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .given_names import GIVEN_NAME_GENDER, given_name_gender
from .name_cleaning import PARTICLES, TITLE_WORDS
from .name_roles import ROLE_NOUNS
from .sentence_adverbs import is_sentence_adverb
from .speech_lexicon import PERSON_NOUNS
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .word_search import WORD_END, word_spans
from .wordlists import is_common_word

#: Abbreviated titles and the title word they stand for ("Sen. X" is "the senator").
#: A role set off by commas right after a name, its last word a title: "Dr. Ira Stone, the
#: county's health officer," (group 1: the role's words after the determiner or possessive).
_APPOSED_TITLE = re.compile(
    r",\s+(?:the\s+|an?\s+)?(?:[\w.-]+[’']s\s+)?((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"(?:\s+(?:from|of|for)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?(?=[,.;])"
)
_TITLE_WORD = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "col": "colonel",
    "capt": "captain", "sgt": "sergeant", "adm": "admiral", "prof": "professor", "pres": "president",
    "atty": "attorney", "lt": "lieutenant",
    # "Rep. Ana Ruiz" … "the congresswoman": one title, whichever word the text uses
    "congressman": "representative", "congresswoman": "representative",
}  # fmt: skip
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}ing")
#: An -ed word opening a headline's name run ("Understated Perez raises …", "Embattled Voss quits").
_OPENING_ED = re.compile(r"[A-Z][a-z]{3,}ed")
#: Sentence-initial participles and adverbs ("Preceded by …", "Shortly after …") and number words.
def hyphened_modifier(word: str) -> bool:
    """A capital joined by a hyphen to a lower-case word of the language ("Russian-backed",
    "Kremlin-friendly", "Boston-based"): a compound adjective, never a name, whose parts a name
    capitalises both ("Zuma-Sambudla") or opens with a particle ("al-Assad")."""
    head, _, tail = word.partition("-")
    return bool(head[:1].isupper() and tail.isalpha() and tail.islower() and "-" not in tail and is_common_word(tail))


#: Nouns that end the name of a day, a place, a prize or a body named after a person ("Nelson
#: Mandela Day", "John F. Kennedy Airport", "the Paul Revere Award").
_NAMED_AFTER_ENDINGS = frozenset(
    """day parade award awards prize medal trophy memorial monument statue airport bridge tunnel highway
    expressway parkway boulevard avenue street square park center centre hall library museum stadium
    arena school academy college university hospital institute foundation fund scholarship fellowship
    lecture act amendment doctrine festival building tower station""".split()
)


def named_after_person(name: str) -> bool:
    """``name`` is a thing named after a person: a person's full name (two words or more) and a
    noun of a day, place, prize or body after it ("Martin Luther King Day", "George Washington
    Bridge"). A name of two words ("Tom Hall", "Doris Day") is the person's own."""
    words = name.split()
    return len(words) >= 3 and words[-1].lower() in _NAMED_AFTER_ENDINGS


_NOT_A_NAME = re.compile(r"(?:ed|ing|ly)$|^(?:one|two|three|four|five|six|seven|eight|nine|ten)$")
#: A name right after a locative preposition ("in Salem, New Hampshire", "at Sandy Hook") names a
#: place, unless something else says it is a person. Read on the text before the name with its
#: spaces stripped.
_LOCATIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:in|at)\Z")
#: The last character before a capitalised word (and its space) that does not open a sentence:
#: the end of a lower-case word ("said Trump", "Obama's Trump") or a comma.
_MID_SENTENCE_END = frozenset("abcdefghijklmnopqrstuvwxyz,;")
#: A word written in lower case. Its first letter is matched before the lookbehind that keeps
#: the word whole (the letter must follow no word character, apostrophe or hyphen): a pattern
#: opening on a character class lets the regex engine skip to the next candidate letter instead
#: of trying the lookbehind at every position of the body (~20% faster, the same words).
_LOWER_WORD = re.compile(r"[a-z](?<![\w’'-][a-z])[a-z’'-]+")
#: A word of a stretch of text; the last one before a name is its title ("Defence Minister" ->
#: minister). It opens the reversed stretch (after its spaces): an end-anchored search retries the
#: word at every start position of the stretch (~0.6 ms per article), ``findall`` reads them all.
_WORD_RUN = re.compile(r"[\w-]+")
#: "Vice President Joe Biden", "Deputy Minister X": not who "the president", "the minister" is.
_LOWER_RANKS = frozenset({"vice", "deputy", "assistant"})
#: Rank words before an office in a description ("the deputy mayor"), and their short forms.
_RANKS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "under"})
_RANK_WORD = {"lt": "lieutenant", "lt.": "lieutenant", "dep": "deputy", "asst": "assistant"}
#: Offices held for a place, so the capitalised words before them name it ("Ohio Gov. X").
_JURISDICTION_OFFICES = frozenset({"governor", "senator", "representative", "attorney", "mayor", "sheriff"})
#: Last words of an institution named after a place ("Sandy Hook Elementary School").
_INSTITUTIONS = frozenset(
    "school elementary high middle university college academy hospital church cathedral mosque "
    "synagogue airport station stadium arena county".split()
)
#: A party tag right after a name ("Sen. Ron Walden (R-Ore.)", ", D-N.Y.,"): the words "the GOP
#: senator" or "the Democratic senator" may use for that person, who the text never writes so.
_PARTY_AFTER = re.compile(r"\s*[(,]\s*(R|D|GOP|Rep|Dem)[-–]\s?[A-Z]")
#: Words for each party, by the initial of its tag: "Republican Sen. X" is also "the GOP senator".
_PARTY_WORDS = {"R": frozenset({"republican", "gop"}), "G": frozenset({"republican", "gop"}), "D": frozenset({"democratic", "democrat"})}
#: "who" right after a name, maybe past a comma (``who_after``).
_WHO_AFTER = re.compile(r",?\s+who\b")
#: Speech verbs that make a comma phrase after a name a parenthetical ("…, the reporter said,").
_SAID = frozenset({"said", "says", "say", "told", "added", "wrote", "noted", "recalled"})
#: A place written right after a name ("Sen. Kelly Ayotte of New Hampshire"): words "the New
#: Hampshire Republican" may use for that person.
_PLACE_AFTER = re.compile(r"\s+(?:of|from)\s+((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*)?)")
#: An age: "Tim Allen, 62,", "62-year-old Tim Allen", and the word "62-year-old" itself.
_AGE_AFTER = re.compile(r",\s+(?:aged?\s+)?(\d{1,3}),")
_AGE_BEFORE = re.compile(r"(?<![\w-])(\d{1,3})-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
_AGE = re.compile(r"\d{1,3}-year-old")


def _verb_between(age_before: str) -> bool:
    """A verb among the words between an age and the name after it ("25-year-old told CNN"), which
    then ages the sentence's subject, not the name ("62-year-old actor Tim Allen" has none; an -ed
    word there is a modifier: "62-year-old retired teacher Tim Allen")."""
    between = " " + age_before.split(None, 1)[-1] if " " in age_before.strip() else ""
    verbs = [m.group().strip() for m in (*SPEECH_VERB.finditer(between), *LEADING_VERB.finditer(between))]
    return any(not verb.endswith("ed") for verb in verbs)
#: "the" right before a name: a paper, a ship, a band ("The Post", "the Titanic"), no person.
_THE_BEFORE = re.compile(r"(?<![\w’'-])[Tt]he\s+$")
#: Where a sentence or paragraph starts, read on the text before a name.
_SENTENCE_START = re.compile(r"[.!?][\"”’)]*\s+|\n")
#: Words that make a role one the person no longer holds: "Whitman, a former governor," is not
#: who "the governor" is (the sitting one may be named without the title), only "the former governor".
_PAST_ROLE = frozenset({"former", "ex", "onetime", "one-time", "then", "erstwhile", "late"})
#: The Arabic article written on a surname ("Bashar al-Assad", "Abdel Fattah el-Sisi"), which
#: later mentions may drop ("Assad said").
_ARTICLE_ON_SURNAME = re.compile(r"(?:[Aa]l|[Ee]l)[-‐](?=[A-Z])")


def _name_word(word: str) -> str:
    """A name's word as forms of one name share it: a particle in lower case ("De la Cruz" at a
    sentence start is "Juan Carlos de la Cruz"), a surname without the Arabic article ("Assad"
    is "Bashar al-Assad")."""
    low = word.lower()
    if low in PARTICLES:
        return low
    if "-" not in word and "‐" not in word:
        return word  # no hyphen, no article on it (most words)
    return _ARTICLE_ON_SURNAME.sub("", word, count=1)


#: A generational suffix after a surname ("Martin Luther King Jr.", "John Doe III"), which a later
#: mention leaves out ("King said").
_SUFFIX = re.compile(r"(?:Jr|Sr)[.\u2024]?|I{2,3}|IV")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of ``name`` as its forms share them (``_name_word``), without a generational suffix.
    Cached (a tuple, so no caller can change it): ``fullest`` reads every candidate's words for
    each name it resolves, a few thousand times a page for a few hundred names."""
    words = name.split()
    if len(words) > 2 and _SUFFIX.fullmatch(words[-1]):
        words = words[:-1]
    return tuple(_name_word(w) for w in words)


def _adjective_before_given_name(words: list[str]) -> bool:
    """A word of the language that is no given name before one that is ("Brave Marina Lacerda",
    "Tragic Tom Ames"): an epithet opening a sentence, no part of the name."""
    first = words[0].lower()
    return is_common_word(first) and first not in GIVEN_NAME_GENDER and given_name_gender(" ".join(words[1:])) is not None


#: Capitalised prepositions (and owners) that open a run of capitals in a headline or a title
#: ("On Trump", "Under My Ask Jeeves"): words no name opens with.
_HEADLINE_PREPOSITIONS = frozenset("On Under With Without Against About After Before Into Onto Upon Amid My Our Your".split())


def _opening_participle(word: str) -> bool:
    """ "Debating", "Defending" opening a name run at a sentence start: a participle of a common
    verb (not "Irving", "Channing"), so no part of the name after it; so is an -ed adjective of a
    headline ("Understated Perez raises political profile", "Embattled Voss quits"), not "Alfred"."""
    if word.endswith("ly") and is_sentence_adverb(word):
        return True  # "Apparently Lindsey had been writing fiction": the name is Lindsey
    return bool(_PARTICIPLE.fullmatch(word) or _OPENING_ED.fullmatch(word)) and is_common_word(word)


def _places_in(run_words: list[str], lead: list[str], name_words: list[str]) -> list[str]:
    """Places a name run writes besides its person: the jurisdiction before an office ("Michigan"
    in "Michigan Attorney General Bill Schuette") and the place an institution is named after
    ("Sandy Hook" in "Sandy Hook Elementary School")."""
    places = []
    office = next((k for k, w in enumerate(lead) if _TITLE_WORD.get(w, w) in _JURISDICTION_OFFICES), 0)
    if office and not any(w in TITLE_WORDS for w in lead[:office]):
        places.append(" ".join(run_words[:office]))
    k = len(name_words)
    while k > 0 and name_words[k - 1].lower() in _INSTITUTIONS:
        k -= 1
    if 1 < k < len(name_words):
        places.append(" ".join(name_words[:k]))
    return places



#: Last words of a street's name ("Console Drive", "App Store Avenue") that no surname is: not
#: "Street" (the skier Picabo Street).
_STREET_WORDS = frozenset("Avenue Boulevard Road Drive Ave Blvd County Township".split())


def _street(name: str) -> bool:
    """A name of two words or more ending on a street's or a county's word ("Elm Road", "Los
    Angeles County"): a place, never a person."""
    words = name.split()
    return len(words) > 1 and words[-1] in _STREET_WORDS


#: The characters of a lower-case word before a name (``[a-z-]``, as ``_words_before`` reads it).
_LOWER_RUN = frozenset("abcdefghijklmnopqrstuvwxyz-")


#: A lower-case word, maybe a comma, and the spaces after them: what stands before a name in
#: ``_words_before``'s pattern.
_LOWER_WORD_THEN_SPACES = re.compile(r"\b([a-z-]+)(,?)\s+")


def _words_before(body: str, name: str) -> list[tuple[str, bool]]:
    r"""What ``re.finditer(rf"\b([a-z-]+)(,?)\s+{re.escape(name)}(?![\w’'-])", body)`` finds, as
    (group 1, whether group 2 is a comma); the pattern is tried only where a match can start, in the
    word before each place the body writes ``name``, not at every position of the body (~1 ms a name
    on a long page). Each match ends on one such place, found in order; the next starts where the
    last ended, as ``finditer``'s. The name is a literal found there already, so fixed patterns
    read the word before it and the end after it: no pattern compiled per name (~0.3 ms each)."""
    if not name or name[0].isspace():  # never a name; the reading below needs its first character
        pattern = re.compile(rf"\b([a-z-]+)(,?)\s+{re.escape(name)}(?![\w’'-])")
        return [(m.group(1), bool(m.group(2))) for m in pattern.finditer(body)]
    found: list[tuple[str, bool]] = []
    done = 0
    at = body.find(name)
    while at >= 0:
        gap = at
        while gap and body[gap - 1].isspace():  # ``\s`` and ``isspace`` are the same characters
            gap -= 1
        end = gap - 1 if gap < at and body[gap - 1 : gap] == "," else gap
        start = end
        while gap < at and start and body[start - 1] in _LOWER_RUN:  # no space before: no word is its
            start -= 1
        whole = WORD_END.match(body, at + len(name)) is not None  # the name's end, for every start
        for first in range(max(start, done), end) if whole else ():
            m = _LOWER_WORD_THEN_SPACES.match(body, first)
            if m is not None and m.end() == at:  # its spaces run up to the name (no other way)
                found.append((m.group(1), bool(m.group(2))))
                done = at + len(name)
                break
        at = body.find(name, at + 1)
    return found


#: Titles written before a knight's or a dame's given name alone ("Sir Digby", "Dame Judi"): the
#: person introduced in full, unlike a king, a pope or a prince known by the given name alone.
_KNIGHTED = frozenset({"sir", "dame"})
#: A role noun (group 1 or 2: "owner of", "retired teacher") or an age set off after a name:
#: ", owner of a small factory", ", a retired teacher,", ", 34,".
_ROLE_OR_AGE_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?:([a-z][\w-]*)(?:\s+([a-z][\w-]*))?|\d{1,3},)")


def introduced_alone(body: str, name: str) -> bool:
    """The body sets a person's noun or an age off after the one word ``name`` ("Ali, owner of a
    small factory,", "Ali, 34,"): someone the text introduces by that name alone, not a person
    named in full before and called by a given name."""
    roles = (_ROLE_OR_AGE_AFTER.match(body, end) for _, end in word_spans(body, name))
    nouns = PERSON_NOUNS | ROLE_NOUNS
    return any(r is not None and (r.group(1) is None or r.group(1) in nouns or r.group(2) in nouns) for r in roles)
