"""Who "he" or "she" is: the person most recently introduced as someone who could speak.

News prose refers back with a pronoun to the person the text was last *about*: the subject of a
recent sentence or the speaker of a recent quote, not a name that only appeared as an object
("Pate … hosted Bush on his jet. 'This is all me,' he said" is Pate). People introduced by a
role rather than a name count too ("…, adds an economist at a bank. 'Rates will stay high,' she
said" is the economist, not the minister named two paragraphs before). Gender comes from the
text first (an honorific, a gendered role noun, a pronoun already tied to the name); when the text
is silent, an unambiguous given name or a title ("Hillary …", "Queen …", ``given_names.py``) can
only rule a referent out. A pronoun with no fitting referent close enough gets no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace
from itertools import chain

from .given_names import given_name_gender
from .masked_sentences import sentence_starts
from .masking import restore
from .mention import Mention
from .name_cleaning import NAME_RUN, clean_name
from .names import AMBIGUOUS, NameRegistry
from .organisation_names import organisation_name
from .sentence_subjects import ELDER_OR_YOUNGER, leading_np
from .speaker_heads import head_of_segment, joint_heads
from .speaker_kinds import head_noun, names_organisation
from .speech_lexicon import (
    CLAUSE_OPENERS,
    DOCUMENT_NOUNS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB, first_verb
from .tail_attribution import closing_attribution
from .wordlists import is_common_word

#: Words that end a firm's name after its first word ("Arcade Publishing", "Harbor Books").
_FIRM_WORDS = frozenset("publishing publishers books press media group records studios pictures films".split())
#: The lower-case word right after a sentence's opening word.
_LOWER_WORD_NEXT = re.compile(r"\s+([a-z][\w’'-]*)")
#: A word and the capitalised word after it (overlapping: "Big Arcade Publishing" gives both pairs).
_BEFORE_CAPITALISED = re.compile(r"(?<![\w’'-])(\w[\w’'.-]*)(?=\s+([A-Z][a-z]+)\b)")

#: A role owned by a possessive pronoun: "His doctor", "her lawyer".
_OWN_ROLE = re.compile(r"(?:[Hh]is|[Hh]er)\s+[a-z]")
#: A person named with a crowd like them: "Rima Haddad and thousands of other refugees", "Tom
#: Kell and many others" (group 1: the name).
_ONE_OF_MANY = re.compile(
    r"((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)\s+and\s+(?:(?:thousands|hundreds|millions|dozens|scores|many|countless|tens\s+of\s+thousands)\s+(?:of\s+)?)?(?:other|others)\b.*"
)
#: The gender a possessive tells: "his wife", "her son".
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
#: A sentence opening with whose view it gives: "To Florida consultant Ana Wilson, …", "For Mayor
#: Ellen Park, …" — that person, not the sentence's subject, is who a following "she said" is about.
_OPINION_FRAME = re.compile(r"\s*(?:To|For)\s+([^,;:.]{3,80}),")
#: A coordinated main clause with a subject of its own: ", and Clinton aimed …", "; but Ryan said".
#: ", and her rival, Sen. Tom Ives," / " and Sen. Tom Ives" ending a subject (group 1: "her", group
#: 2: the role, group 3: the name).
_AND_NAME = re.compile(r"\sand\s+(?:(his|her|their)\s+([a-z]+),\s+)?((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+),?\s*(?:both\s+)?$")
#: "and her son, Tom," set off before a lower-case word (the verb of a joint subject; groups as
#: in ``_AND_NAME``).
_AND_KIN_NAME = re.compile(r"\sand\s+(his|her|their)\s+([a-z]+),\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?!and\b|or\b|who\b|whose\b)(?=[a-z])")
#: A role set off before the name that is the sentence's subject: "His mother, " of "His mother,
#: Rosa, waited outside" (group 1: the role).
_ROLE_BEFORE_NAME = re.compile(r"\s*((?:[A-Za-z][\w’'.․-]*\s+){0,4}[a-z][\w’'-]*),\s+(?:[A-Z][\w’'.․-]*\s+){0,3}")
#: The same role set off right before the subject's name after an opening phrase, opening with
#: a possessive or a determiner: ", his wife, " of "When Tom Reyes lost, his wife, Ann, stayed".
_ROLE_AFTER_CLAUSE = re.compile(r",\s+((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*),\s+(?:[A-Z][\w’'.․-]*\s+){0,3}$")
#: "and her son" right after a subject's name, maybe past an age or a role set off by commas
#: ("Lee Ames, 54, and her son run …"; group 1: the owner, group 2: the noun).
_AND_KIN = re.compile(r"(?:,\s+[^,.;:“”]{1,40},)?\s+and\s+(his|her)\s+([a-z][\w-]*)\b")
#: ", led by Ana Ruiz," after a group subject: its leader (group 1).
_LED_BY = re.compile(r",\s+(?:led|headed|organi[sz]ed)\s+by\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)\s*,")
_SECOND_CLAUSE = re.compile(r"[,;]\s+(?:and|but)\s+(?=[A-Z])")
#: A name and its verb after a conjunction opening a clause (group 1: the name).
_NAME_THEN_VERB = (  # particles inside the name: "When Ben van der Pluijm arrived"
    r"((?:[A-Z][\w’'.․-]+\s+(?:(?:van|von|de|der|den|del|della|la|le|du|da|di|bin|ibn|al|el)\s+){0,2}){0,3}[A-Z][\w’'-]+)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|s)|stood|rose|spoke|took|came|went|began|got|made|gave|sat|ran|left|won|lost|met|held|brought|"
    r"heard|saw|said|told|wrote|read|beat|found|kept|felt|grew|knew|became|had)(?![\w’'-])"
)
#: A name opening a subordinate clause, before its verb: "when Reyes mentioned", "as Gov. Ann Lee
#: spoke", "after the novelist Jo Walton explained" (group 1: the name).
_CLAUSE_SUBJECT = re.compile(
    r"(?<![\w’'])(?i:when|after|as|because|while|until|before|once|where)\s+(?:the\s+(?:[a-z][\w-]*\s+){1,2}?)?" + _NAME_THEN_VERB
)  # "after the novelist Jo Walton explained"
#: A subordinating conjunction opening a sentence, maybe after a word of time or degree ("Even
#: though", "Moments after", "Two days before", "Ever since"), whose clause comes before the main one.
_OPENING_CONJUNCTION = (
    r"(?:(?:(?:Even|Ever|Just|Shortly|Only|Soon|Right|Long|Moments|Minutes|Hours|Days|Weeks|Months|Years|Not\s+long|"
    r"(?:A|An|One|Two|Three|Four|Five|Six|Several|A\s+few)\s+(?:minutes?|hours?|days?|weeks?|months?|years?))\s+"
    r"(?:when|after|as|because|while|until|before|once|since|although|though|if))"
    r"|When|Whenever|After|As|Because|While|Until|Before|Once|Since|Although|Though|Whereas)"
)
#: A sentence opening with a clause whose subject is a name: "When Ann Weller took over …,",
#: "After Gov. Tom Reyes left office," (group 1: the name).
_FRONTED_CLAUSE_SUBJECT = re.compile(r"\s*" + _OPENING_CONJUNCTION + r"\s+" + _NAME_THEN_VERB)
#: A sentence's opening clause, up to its comma (group 1: the clause after its conjunction).
_OPENING_CLAUSE = re.compile(r"\s*" + _OPENING_CONJUNCTION + r"\s+([^,;:“”]+),")
#: An opening phrase naming whose statement the sentence gives: "In a statement released by Tom
#: Kline's campaign,", "In a video posted by Sen. Ana Reyes," (group 1: the name, group 2: what
#: of theirs released it).
_STATEMENT_BY = re.compile(
    r"\s*In\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:statement|letter|e-?mail|memo|post|tweet|message|video|release|note|essay|column|interview)\s+"
    r"(?:(?:released|issued|posted|published|sent|shared|distributed|put\s+out)\s+)?(?:by|from)\s+"
    r"((?:[A-Z][\w.․-]+\s+){0,3}[A-Z][\w-]+)(?:(?:’s|'s|’|')\s+(?:[a-z]+\s+){0,2}([a-z]+))?(?:\s+(?:on|in|at|last|this)\s+[^,;:“”]{1,30})?,"
)
#: A person named right after the verb of an opening clause, as its object: "met Ana Weller",
#: "lost to Tom Kline", "thanked Gov. Ann Lee" (group 1: the name).
_CLAUSE_OBJECT = re.compile(
    r"(?<![\w’'])(?:[a-z]+ed|met|beat|told|thanked|hugged|phoned|called|hired|fired|sued|lost|won|left|saw|heard|took|gave|sent|brought)\s+"
    r"(?:(?:to|with|against)\s+)?((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)(?![\w’'.․-])(?![’']s?\s)"
)
#: A sentence opening with a clause whose subject is a role and its name set off by commas, then
#: the clause's predicate: "When her son, Tom, was arrested, " (group 1: the role, group 2: the
#: name).
_FRONTED_APPOSED = re.compile(
    r"\s*" + _OPENING_CONJUNCTION + r"\s+((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*),\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+),\s+[a-z][^,;:.“”]*,\s+"
)
#: A sentence opening with a name's possessive before a lower-case noun ("Sen. Ivy Pratt’s office
#: released …"; group 1: the owner).
_OWNER_SUBJECT = re.compile(r"\s*((?:[A-Z][\w.․-]+\s+){0,3}[A-Z][\w-]+)(?:’s|'s|’|')\s+[a-z]")
#: A name's possessive before a lower-case noun inside a sentence ("praised Ana Weller’s plan";
#: group 1: the owner).
_OWNER_INSIDE = re.compile(r"(?<=[a-z,]\s)((?:[A-Z][\w.․-]+\s+){0,3}[A-Z][\w-]+)(?:’s|'s|’|')\s+[a-z]")
#: Opening quotation marks (a sentence opening with one has its subject in the attribution).
_OPENING_MARKS = frozenset("“\"‘'")
#: How far past a pronoun its own sentence's subject may stand (characters): "In what he called a
#: “rant” at a news conference that ran long, President Obama …".
_SENTENCE_AHEAD = 300
#: "which" right after a name: the name is a thing's ("Launch Code, which helps developers").
_WHICH_AFTER = re.compile(r"\s*,?\s*which\s")
#: One capitalised word with the ending of a plural group noun ("Millennials", "Evangelicals",
#: "Floridians", "Republicans", "Socialists", "Hispanics", "Israelites"): a group, not a surname
#: (surnames in -s rarely end so: "Sanders", "Evans", "Williams" do not).
_PLURAL_GROUP = re.compile(r"[A-Z][a-z]+(?:als|ians|icans|ists|ites|ics)")
#: An attribution set off by commas inside a sentence: ", Hennessey said, and …".
_ATTRIBUTION_ASIDE = re.compile(r",\s+((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+)\s+sa(?:id|ys),\s")  # ․: a masked title dot
#: A question put to a named person: "asked Sen. Paul Hale whether …", "pressed Holt on the deal"
#: (not "asked Hale to resign", no question).
_ASKED_PERSON = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed|grilled)\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:whether|if|about|on|over|what|why|how|when|where|who)\b"
)
#: "asked the governor about …": the person asked, named by a title (group 1: "the governor").
_ASKED_TITLED = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed|grilled)\s+(the\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+(?:whether|if|about|on|over|what|why|how|when|where|who)\b"
)
#: What may stand between a subject and its verb "asked": adverbs ("later asked", "also asked").
_BEFORE_ASKED = re.compile(r"\s*(?:(?:\w+ly|also|then|later|again)\s+)*")


def _asker(masked: str, start: int, at: int, subject: Mention) -> bool:
    """The sentence's subject asks the question itself ("Later, host Martin Blake asked Holt
    whether …"), not someone inside a clause reported about another ("What got under her skin
    was a question, when a young man asked Clinton why …": Clinton answers nothing there)."""
    if subject.kind not in {"name", "description"}:
        return False
    end = masked.lower().rfind(subject.text.lower(), start, at)  # "the Post’s X" opening "The Post’s X"
    return end >= 0 and _BEFORE_ASKED.fullmatch(masked, end + len(subject.text), at) is not None


#: A name and a present-tense speech verb ending a sentence with no comma before them, after a
#: lower-case word: "… the most able candidate Viguerie argues."; or a verb of opinion after a
#: comma, which ``closing_attribution`` (speech verbs only) leaves: "…, Fraser believes."
_BARE_CLOSING = re.compile(
    r"(?<=[a-z])\s+((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:says|argues|contends|insists|notes|adds|believes|maintains)[.!]?\s*$"
    r"|(?<=[a-z]),\s+((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:believes|thinks|feels|hopes|fears|suspects|reckons|argues|contends|insists|maintains)[.!]?\s*$"
)
#: A subject, a copula and a name as the predicate: "Its first guest was Gov. Dana Cole.", "The
#: winner is Mara Oduya.", "Its director is Maria Soto, who …" (group "name": the name, as written,
#: titles included; group "subject": the words before the copula).
#: Also after an opening phrase and for "one of the …" with an age before the name: "In the wake of
#: the warnings, one of the women to flee was 25-year-old Nesma Haddad, who …".
_COPULA_NAME = re.compile(
    r"^\s*(?:[A-Z][^,;:“”\"]{0,80},\s+)?"
    r"(?P<subject>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}"
    r"|[Oo]ne\s+of\s+(?:the|those|them|his|her|their|its|our)(?:\s+[a-z][\w’'-]*){1,6})"
    r"\s+(?:is|was)\s+(?:\d{1,3}-year-old\s+)?(?P<name>(?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)(?:[.!]?\s*$|,\s)"
)
#: The person a sentence's content is credited to: "according to Jane Roe", "according to a post
#: from Arianna Huffington".
_ACCORDING_TO = re.compile(
    r"[Aa]ccording to (?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:from|by)\s+)?((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+)(?=[,.;:)]|\s*$)"
)  # a name ending the phrase: not "according to Senate filings"
#: "as noted by X", "as explained by X" (maybe after a role noun: "as noted by immunologist Dr. Lina
#: Velikova"), a name ending the phrase: the sentence's source, like "according to X" (group 1: the
#: role word, group 2: the name).
_AS_NOTED_BY = re.compile(
    r"\b[Aa]s\s+(?:noted|explained|stated|pointed\s+out|observed|described|reported|argued|suggested|recommended|cautioned|advised|told)\s+by\s+"
    r"(?:(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+)?((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+)(?=[,.;:)]|\s*$)"
)
#: Words of four letters or more: a headline capitalises every one of them (``headline_echo.title_case``
#: counts them too).
LONG_WORD = re.compile(r"(?<![\w’'])[^\W\d_][\w’'-]{3,}")


def _all_capitalised(paragraph: str) -> bool:
    """Four long words or more, every one capitalised ("Obama Claims Hillary Most Qualified
    Presidential Candidate Ever"), unlike a lead full of names ("Transport Minister Jacob Ferris
    opened the station")."""
    words = LONG_WORD.findall(paragraph)
    return len(words) >= 4 and all(w[0].isupper() for w in words)


#: A Q&A's turn letter opening a paragraph ("Q. ", "A: "), read as an initial otherwise.
_QA_LABEL = re.compile(r"\s*[QA][.:\u2024]\s")
#: A subject phrase opening with a determiner or a partitive ("The promise …", "One of the …").
_DETERMINED_PHRASE = re.compile(r"\s*(?:(?:One|Some|Many|Most|Several)\s+of\s+the|The|A|An|This|That|These|Those)\s")
#: A photo credit ("Carlos Barria / Reuters.", "Photo: Ann Lee/AP", "(AP Photo/Evan Vucci)",
#: "Photograph by Ann Lee for The New York Times", "Ann Lee/Getty Images"): capitalised words
#: around a slash, or a picture word opening a credit; or a caption's own label ("Pictured: …",
#: "Above: …"). Its names are photographers, never who a pronoun of the article means.
_CREDIT = re.compile(
    r"\s*\(?\s*(?:"
    r"(?:[A-Z][\w’'.․&-]*\s+){0,3}(?:(?:Photo(?:graph)?s?|Images?|Pictures?|Illustrations?|Video|Credits?)\s*(?:[:/|]|by\s+[A-Z]|courtesy\b)|Courtesy\s+(?:of\s+)?[A-Z])"
    r"|(?:Pictured|Above|Below|Top|Left|Right|From\s+left|Inset|Caption)\s*:"
    r"|\(\s*(?:[A-Za-z][\w’'.&-]*\s+){0,6}(?:PHOTO|[Pp]hoto)[Ss]?\s*\)"  # "( THE CANADIAN PRESS FILE PHOTO )"
    # "(Submitted by Wendy Golden)", "(Supplied)", "(Handout)", "(CBC)", "(Getty Images)": a short
    # parenthesis that is a whole sentence
    r"|\(\s*(?:(?:Submitted|Supplied|Provided|Contributed|Handout|Courtesy)\b[^()]{0,60}|(?:[A-Z][\w’'.&-]*\s*){1,3})\)\s*$"
    r"|(?:[A-Z][\w’'.․&-]*\s+){0,3}[A-Z][\w’'.․&-]*\s*/\s*(?:[A-Z][\w’'.․&-]*\s*){1,5}[.)]*\s*$"
    r")"
)


def caption_sentences(masked: str, cuts: list[int]) -> set[int]:
    """The starts of a paragraph's photo-credit sentences and of the caption sentence right before
    each. A caption ("President Obama and Vice President Biden place flowers at a memorial.
    Carlos Barria / Reuters.") describes a picture: its people said nothing, and a body's "he
    said" never means them nor the photographer. Only that one sentence: a page extracted as one
    long paragraph keeps its credits inline ("… Pictured: Operation Overlord in June 1944"), and
    the article before them is no caption."""
    skipped: set[int] = set()
    for k, (start, stop) in enumerate(zip(cuts, [*cuts[1:], len(masked)], strict=True)):
        if _CREDIT.match(masked, start, stop):
            skipped.update(cuts[max(0, k - 1) : k + 1])
    return skipped


def short_headline(paragraph: str) -> bool:
    """A first paragraph of a few words, each long one capitalised, with no closing stop: a
    headline too short for ``headline_echo.title_case`` ("Ana Weller Vows to Fight On"), whose
    capitals say nothing of where a name ends."""
    words = LONG_WORD.findall(paragraph)
    text = paragraph.strip()
    return (
        2 <= len(words)
        and len(text.split()) <= 10
        and "\n" not in text
        and text[-1:] not in set(".!?:;,”\"’'")
        and all(w[0].isupper() for w in words)
    )


def credit_only(paragraph: str) -> bool:
    """A paragraph that is nothing but a photo credit ("Carlos Barria / Reuters"): the one-sentence
    paragraph before it is the picture's caption."""
    return len(paragraph) < 120 and bool(caption_sentences(paragraph, [0]))


#: Third-person pronouns of each gender, read in a quote's own words.
_THIRD_PERSON = {
    "m": re.compile(r"(?<![\w’'])(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself)(?![\w’'])"),
    "f": re.compile(r"(?<![\w’'])(?:[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)(?![\w’'])"),
}
#: "it" looks back less far than "he" or "she" (about two short paragraphs): organisations are
#: named again sooner.
MAX_THING_DISTANCE = 800
#: A referent further back than this (in characters, about five short news paragraphs) is not
#: what a pronoun means: the writer would have named the person again.
MAX_DISTANCE = 2000

#: A word of a name mixing capitals and digits ("QZ8501", "A320"): no person's name (but "a
#: 21-year-old resident" is a person).
_CODE_NAME = re.compile(r"\b[A-Z][A-Za-z]*\d\w*")


#: How far (in characters) a singular "they" reaches back to its one ungendered person.
_SINGULAR_THEY_DISTANCE = 200
#: A quote in the first person singular, and one in the plural.
_ONE_SPEAKER = re.compile(r"\b(?:I|me|my|I'm|I’m|I've|I’ve)\b")
_MANY_SPEAKERS = re.compile(r"\b(?:we|us|our|we're|we’re)\b", re.IGNORECASE)


@dataclass(order=True, frozen=True)
class Referent:
    position: int
    name: str = field(compare=False)
    gender: str | None = field(compare=False, default=None)
    #: where the referent's sentence starts: a pronoun from here on may mean it
    since: int = field(compare=False, default=-1)
    #: the start of the sentence whose coordinated subject the referent is one of ("Obama and
    #: Biden met …"), -1 when none: a pronoun both fit means neither for sure
    joint: int = field(compare=False, default=-1)
    #: written before its sentence's subject, as its owner or an opening clause's subject
    #: (``SubjectIndex._add_before_subject``)
    aside: bool = field(compare=False, default=False)
    #: the end of the referent's sentence when only a pronoun inside it may mean the referent, -1
    #: when any later one may (an owner: ``SubjectIndex._add_owner``, ``_add_owners_inside``)
    until: int = field(compare=False, default=-1)
    #: the end of the sentence whose subject the referent is (a role only), -1 when not known
    stop: int = field(compare=False, default=-1)


#: Singular nouns of a few people together, whom news calls "they": "The Kell family released a
#: statement. “…,” they said."
_KIN_GROUPS = frozenset("family couple".split())


def _group(text: str) -> bool:
    """ "officials in Dayton", "striking teachers", "hundreds of workers", "the Kell family": a
    group of people."""
    head = re.split(r"\s(?:at|for|in|from|outside|near)\s", text)[0].split()[-1:]
    word = head[0].lower().strip(",.") if head else ""
    return word in GROUP_NOUNS or word in _KIN_GROUPS or word.endswith("s") and word[:-1] in PERSON_NOUNS


def person_description(mention: Mention) -> bool:
    """ "an economist at a bank", "the spokeswoman": a description whose head is a person."""
    if mention.kind != "description":
        return False
    if ELDER_OR_YOUNGER.fullmatch(mention.text):
        return True  # "the elder Vance": a person, told apart from a relative of the same name
    head = mention.text.split(" at ")[0].split(" for ")[0].split(" of ")[0].split()[-1:]
    word = head[0].lower().strip(",.") if head else ""
    return word in PERSON_NOUNS or word.startswith("ex-") and word[3:] in PERSON_NOUNS  # "the ex-partner"


def description_gender(text: str) -> str | None:
    """The gender a role noun gives a description: the owned noun's, not its owner's ("Queen
    Margaret's son" is a he)."""
    text = re.split(r"[’']s?\s", text)[-1]
    for word in text.lower().split():
        if word in GENDERED_ROLES:
            return GENDERED_ROLES[word]
    return None


def _thing(mention: Mention, text: str) -> bool:
    """An organisation or a document ("the ministry", "the letter", "Meridian Energy", "NATO",
    "the Center for American Progress", "Americans for Prosperity")."""
    if mention.kind in {"description", "name"} and organisation_name(text) is not None:
        return True
    if mention.kind == "description":
        owned = text.split()[0].lower() in {"its", "his", "her", "their"}  # "Its ruling" points back
        return not owned and head_noun(text) in ORGANISATION_NOUNS | DOCUMENT_NOUNS
    last = text.split()[-1] if mention.kind == "name" and text.split() else ""
    return names_organisation(last)


#: A plural verb right after a bare name ("Leeds have", "Labour are", "Google were"): the name is
#: a team, a party or a firm that British news makes plural.
_PLURAL_VERB_AFTER = re.compile(r"\s+(?:have|are|were)\b")
#: Last words of a publication's, a broadcaster's, a label's or a studio's name of two words or
#: more that ``names_organisation`` leaves to people ("the reporter" is a person): "Hollywood
#: Reporter", "Sky News", "Harvard Business Review", "Daily Mirror", "Capitol Records".
_PUBLICATION_WORDS = frozenset(
    "reporter news review digest bulletin observer guardian mirror express standard monthly quarterly "
    "records studios pictures".split()
)
#: An acronym in the plural ("GCSEs", "NGOs", "MPs"): things or a group, no one person.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


#: A name ending a sentence after a word, maybe with an age, a place, a role or a relative clause
#: set off: "… for Halifax nurse Ada Lind, 52.", "… helped Tom Kell, a welder from Halifax." (group
#: 1: the word before, a role noun or not; group 2: the name; group 3: the age; group 4: the role).
_CLOSING_PERSON = re.compile(
    r"(?<![\w’'-])([a-z][a-z-]*)\s+((?:[A-Z][\w’'.․-]+\s+){1,3}[A-Z][\w’'-]+)(?:,\s+(\d{1,3}))?"
    r"(?:,\s+(?:of|from)\s+[A-Z][^,.;:“”]{0,40})?(?:,\s+(?:(?:a|an|the)\s+([^,.;:“”]{1,60})|who\s+[^.;:“”]{1,120}))?[.!]?\s*$"
)
#: A passive verb and "by", maybe with a lower-case role before the agent's name ("were designed
#: by British artist", "was written by"): the name after it made or did the thing.
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|made|written|built|drawn|taken|shot|sung|told)"
    r"(?:\s+(?:in|on|at)\s+\d{4})?\s+by\s+(?:(?:[A-Z][a-z]+\s+)?([a-z]+)\s+)?(?=[A-Z])"
)


#: Gendered nouns of people, singular and plural ("women", "mothers", "sons"): their gender.
_PEOPLE_GENDER = {
    **GENDERED_ROLES,
    **{f"{w}s": g for w, g in GENDERED_ROLES.items()},
    "women": "f", "men": "m", "wives": "f", "businesswomen": "f", "businessmen": "m",
    "spokeswomen": "f", "spokesmen": "m", "congresswomen": "f", "congressmen": "m",
}  # fmt: skip


def _unknown_given_name(name: str) -> bool:
    """A name of two words or more whose first word is no word of the language: a given name the
    list does not hold ("Elise Moor"), not a place of common words ("Middle East", "New Town")."""
    words = name.split()
    return len(words) > 1 and not is_common_word(words[0].lower())


def _verb_or_aside_after(rest: str) -> bool:
    """What follows a name may be its clause: a verb form, an adverb, or a comma or dash setting
    off an aside ("and Clinton aimed …", "and Rep. Joe Ames, a Democrat, drafted"), not a noun it
    modifies ("and Packers football.") nor the sentence's end."""
    after = re.match(r"\s*([a-z][\w’'-]*)", rest)
    if after is None:
        return bool(re.match(r"\s*[,—–(]", rest))
    word = after.group(1)
    return bool(word.endswith(("ed", "s", "ly")) or word == "cannot" or LEADING_VERB.match(" " + word) or SPEECH_VERB.fullmatch(word))


class SubjectIndex:
    """Sentence subjects and quote speakers of an article, by position, for pronoun resolution."""

    def __init__(self, registry: NameRegistry) -> None:
        self._registry = registry
        self._entries: list[Referent] = []
        self._paragraphs: set[int] = set()
        #: organisations and documents that were sentence subjects, for "it"
        self._things: list[Referent] = []
        #: groups of people that were sentence subjects or speakers, for "they"
        self._groups: list[Referent] = []
        #: the people of each joint subject (``Referent.joint``), as written, with the gender a
        #: role noun gives them ("her husband"): a member the index kept no entry for ("Sanders"
        #: opening a sentence) still makes a pronoun ambiguous
        self._joints: dict[int, list[tuple[str, str | None]]] = {}
        #: the role nouns of a joint subject's member that a name is apposed to ("and her son,
        #: Tom,"), and that name: one person, not two
        self._kin_names: dict[int, tuple[set[str], str]] = {}
        self._firm_firsts: frozenset[str] | None = None

    def add_paragraph(self, index: int, masked: str, offset: int, *, headline: bool = False, captioned: bool = False) -> None:
        """Register the subject of each sentence of one (masked) paragraph, once. In a ``headline``
        (title case, where a capital says nothing) a subject name keeps only the opening words the
        body also writes: "… Presidential Candidate Ever, But …" gives no "Ever" for a "he". A
        paragraph of one sentence ``captioned`` by a credit paragraph after it is a caption, and
        gives no one."""
        if index in self._paragraphs:
            return
        self._paragraphs.add(index)
        label = _QA_LABEL.match(masked)
        if label is not None:  # "Q. Will the budget pass?": a turn's letter, no "Q. Will" for a "he"
            masked = " " * label.end() + masked[label.end() :]
        cuts = [0, *sentence_starts(masked)]
        captions = set(cuts) if captioned and len(cuts) == 1 else caption_sentences(masked, cuts)
        for start, end in zip(cuts, [*cuts[1:], len(masked)], strict=True):
            if start in captions:
                continue
            closing, _ = closing_attribution(masked[start:end])
            if closing is not None and closing.is_he_or_she and not _OPENING_MARKS.intersection(masked[start:end]):
                self._renew(closing.text, offset + start, offset + end - 1)
                continue
            subject = leading_np(masked[start:end])
            clause = _FRONTED_APPOSED.match(masked, start, end)
            if clause is not None and subject is not None and subject.text == clause.group(2):
                # "When her son, Tom, was arrested, Ann Weller hired a lawyer": the name set off in
                # the opening clause is its subject, the main clause's subject is the sentence's
                subject = leading_np(masked[clause.end() : end])
            conjuncts = joint_heads(subject) if subject is not None else []
            if conjuncts and subject is not None:
                # "Mayor Pat Quinn and her husband met …": a "they" means both (standing at the
                # sentence's end, after each of them), a "she" or "he" one of them, the first as
                # the sentence's subject and the others after it
                insort(self._groups, Referent(offset + end - 1, restore(subject.text)))
                subject = conjuncts[0]
            joint = offset + start if conjuncts else -1
            named_conjuncts = {c.text for c in conjuncts if c.kind == "name"}
            owners = {c.text.split()[0].lower() for c in conjuncts[1:] if c.kind == "description"} & {"his", "her"}
            # "Lee Ames and her son run …": the first is a woman
            owner_gender = _POSSESSIVE_GENDER[owners.pop()] if len(owners) == 1 else None
            if headline and subject is not None and subject.kind == "name":
                strict = _all_capitalised(masked) or short_headline(masked)
                subject = self._known_in_body(subject, offset, offset + len(masked), strict)
            if subject is not None and subject.kind == "name" and self._capital_before_noun(masked[start:end], subject.text, offset + start):
                subject = None  # "Good information can still drive out bad": no one
            predicate = _COPULA_NAME.match(masked[start:end]) if not headline else None
            named = clean_name(restore(predicate.group("name"))) if predicate is not None else ""
            named_gender = None
            if named and not self._person(named, offset + start):
                # a name the text gives no gender yet is a person of the gender of the people it is
                # the predicate of: "one of the women to flee was 25-year-old Nesma Haddad" is a she
                genders = {_PEOPLE_GENDER.get(w) for w in predicate.group("subject").lower().split()} - {None} if predicate is not None else set()
                named_gender = genders.pop() if len(genders) == 1 else None
                named = named if named_gender and _unknown_given_name(named) and self._registry.is_proper_name(named, offset + start) else ""
            if named and subject is not None and person_description(subject):
                # "Its director is Maria Soto, who oversees …": the role is the person the
                # sentence names, no one else for a "he" to mean
                self.add(offset + end - 1, Mention("name", named), None, gender=named_gender)
            elif subject is not None:
                # ordered where the subject stands: "When Maddow called it “…,” Clinton seized on it"
                # is about Clinton, introduced after the quote Maddow spoke; a sentence opening with
                # a quote has its speaker there already
                at = masked.find(subject.text, start, end) if subject.kind == "name" and masked[start] not in _OPENING_MARKS else -1
                apposed = _ROLE_BEFORE_NAME.fullmatch(masked, start, at) if at > start and joint < 0 else None
                if apposed is not None and apposed.group(1).split()[0].lower() in CLAUSE_OPENERS and masked[at + len(subject.text) : at + len(subject.text) + 1] != ",":
                    # "Like her father, Ann Weller became a nurse": no role of hers (but "After her
                    # husband, Tom, died, …" sets off his name, which the role is)
                    apposed = None
                if apposed is None and at > start and joint < 0:
                    # "When Tom Reyes lost, his wife, Ann, stayed at his side": the role after an
                    # opening clause
                    apposed = _ROLE_AFTER_CLAUSE.search(masked, start, at)
                gender = description_gender(apposed.group(1)) if apposed is not None else owner_gender
                kin = _AND_KIN.match(masked, at + len(subject.text), end) if at >= start and joint < 0 else None
                if kin is not None and kin.group(2) in PERSON_NOUNS:
                    # "Lee Ames, 54, and her son run the clinic": she, and a second person
                    joint, gender = offset + start, _POSSESSIVE_GENDER[kin.group(1)]
                    self._joints[joint] = [(restore(subject.text), gender), (kin.group(2), description_gender(kin.group(2)))]
                plural = subject.kind == "name" and at >= start and joint < 0 and self._plural_name(masked, subject.text, at, end)
                if plural:
                    # "Leeds have rejected the request", "Labour are ahead": a team, a party or a
                    # firm spoken of in the plural, never a "he" or "she" (a "they" may mean it)
                    insort(self._groups, Referent(offset + max(at, start), restore(subject.text)))
                elif not (at >= start and _WHICH_AFTER.match(masked, at + len(subject.text), end)):
                    # "His mother, Rosa, waited outside": the role tells the name's gender; "Blue Harbor,
                    # which he founded, employs 40" is a thing's name, no one a "he" may mean
                    self.add(offset + max(at, start), subject, None, since=offset + start, joint=joint, gender=gender, stop=offset + end)
                if not headline and joint < 0 and (subject.kind == "name" or person_description(subject)):
                    self._add_before_subject(masked, start, end, offset)
                elif not headline and subject.is_he_or_she:
                    # "When Tom Kline announced his bid, he said …": the he is the clause's subject
                    # more likely than anyone before the sentence
                    self._add_before_subject(masked, start, end, offset, aside=False)
            if not headline and subject is not None and (subject.kind == "name" or person_description(subject)) and joint < 0:
                found = masked.find(subject.text, start, end)
                self._add_owners_inside(masked, found + len(subject.text) if found >= 0 else -1, start, end, offset)
            if not headline and subject is not None and subject.kind == "name":
                self._add_second_subject(masked, start, end, offset, joint)
            if not headline:
                for member in conjuncts:
                    # "Tom Kell, Joe Ames and Ann Lind signed …": each named one may be a "he" or
                    # "she", where the name stands; which one only gender can tell
                    at = masked.find(member.text, start, end) if member.kind == "name" else -1
                    role = masked[max(start, at - 30) : at].replace(",", " ").split()[-1:] if at > start else []
                    gender = GENDERED_ROLES.get(role[0].lower()) if role else None  # "and husband Bill"
                    if member.kind == "name" and member is not conjuncts[0]:
                        self.add(offset + max(at, start), member, None, since=offset + start, joint=joint, gender=gender)
                    if member.kind == "name" or person_description(member):
                        gender = gender or description_gender(member.text) if member.kind == "description" else gender
                        self._joints.setdefault(joint, []).append((restore(member.text), gender))
            if not headline and subject is not None and subject.kind == "pronoun" and subject.text in {"i", "we"}:
                self._add_writer_object(start, end, offset)
            if not headline and subject is not None and subject.kind == "pronoun" and subject.text == "they":
                # "They came to Canada in 2016, where Tom Kell found work": of the people a "they"
                # means, the one a clause names is who the next "he" is about, when the reader has
                # met them ("They lost when Ross County beat them" names a rival, no one of them)
                self._add_clause_subject(masked, start, end, offset, met_only=True)
            if not headline and subject is not None and subject.kind == "description" and _group(subject.text):
                self._add_leader(masked, start, end, offset)
            common = subject is not None and subject.kind == "name" and self._registry.sentence_initial_word(restore(subject.text))
            if not headline and (subject is None or common or subject.kind == "unnamed" or subject.kind == "description" and not person_description(subject)):
                # no person: "Regular walks also paid off for …" ("Regular" is no one either)
                self._add_inside_subject(masked, start, end, offset)
                self._add_clause_subject(masked, start, end, offset)
                self._add_passive_agent(masked, start, end, offset)
                self._add_closing_person(masked, start, end, offset)
                # not "Kell’s answer is simple" after the sentence (see _add_owner)
                self._add_owner(masked, start, offset, until=-1 if subject is not None else offset + end)
                if named:
                    # "Its first guest was Gov. Dana Cole. “…,” she said": the sentence introduces
                    # the person it names as its predicate
                    self.add(offset + end - 1, Mention("name", named), None, gender=named_gender)
            frame = _OPINION_FRAME.match(masked, start, end)
            holder = head_of_segment(frame.group(1)) if frame is not None else None
            many = _ONE_OF_MANY.fullmatch(holder.text) if holder is not None and holder.kind == "description" else None
            if many is not None and clean_name(many.group(1)):
                # "For Rima Haddad and thousands of other refugees, …": the one person named
                holder = Mention("name", clean_name(many.group(1)))
            if holder is not None and holder.kind == "name":
                # the sentence gives the holder's view, whoever its subject: "For Jonathan Chait,
                # Williamson is exposing …. “…,” he mocks" is Chait
                self.add(offset + end - 1, holder, None, since=offset + start)
            if closing is not None and closing.kind in {"name", "description"}:
                # "Clarkston has a long history of welcoming refugees, Mayor Ted Terry noted."
                self.add(offset + end - 1, closing, None)
            if closing is None or closing.kind != "name" and not person_description(closing):
                self._add_source(masked, start, end, offset)
            bare = _BARE_CLOSING.search(masked, start, end) if closing is None else None
            believer = clean_name(restore(bare.group(1) or bare.group(2))) if bare is not None else ""
            if believer and self._person(believer, offset + start):
                # "…, he is also the most able candidate Viguerie argues.": a closing cue whose
                # comma the writer left out
                self.add(offset + end - 1, Mention("name", believer), None)
            asked = _ASKED_PERSON.search(masked, start, end)
            if asked is not None and subject is not None and _asker(masked, start, asked.start(), subject):
                # "Conroy asked Sanders whether …. “Sure it is,” he said": the answer is the asked
                # person's, who the text is about by the end of the sentence (a person the text
                # titles, quotes or gives a gender: not "asked Fox News whether")
                name = clean_name(restore(asked.group(1)))
                if self._person(name, offset + start):
                    self.add(offset + end - 1, Mention("name", name), None)
            asked = _ASKED_TITLED.search(masked, start, end) if asked is None else None
            if asked is not None and subject is not None and _asker(masked, start, asked.start(), subject):
                # "a reporter asked the governor about it. “…,” she said": the person introduced
                # with that title answers
                titled = self._registry.resolve_title(asked.group(1), offset + start)
                if titled is not None and titled != AMBIGUOUS:
                    self.add(offset + end - 1, Mention("name", titled), None)
            for second in _SECOND_CLAUSE.finditer(masked, start, end):
                # "Florida is a swing state, and Clinton aimed her speech at …": who the text is
                # about by the end of the sentence
                other = leading_np(masked[second.end() : end], appositive=False)
                at = masked.find(other.text, second.end(), end) if other is not None else -1
                if other is not None and at >= 0 and _WHICH_AFTER.match(masked, at + len(other.text), end):
                    continue  # "…, and Launch Code, which helps developers": a thing the list ends on
                if other is not None and other.kind == "name" and at >= 0 and self._plural_name(masked, other.text, at, end):
                    continue  # "…, but Tories are worried": a party spoken of in the plural, no "he"
                if other is not None and other.kind == "name" and at >= 0 and not _verb_or_aside_after(masked[at + len(other.text) : end]):
                    continue  # "He likes biking, he said, and Packers football.": a name as a modifier, no clause
                if other is not None and other.kind == "name":
                    # ", and Rep. Joe Ames, a Democrat, drafted" may close a joint subject
                    self.add(offset + second.end(), other, None, joint=joint if other.text in named_conjuncts else -1)

    def _firm_first_words(self) -> frozenset[str]:
        """Words the body writes right before a firm's word ("Arcade Publishing", "Acme Holdings"),
        read once per text."""
        if self._firm_firsts is None:
            self._firm_firsts = frozenset(
                m.group(1) for m in _BEFORE_CAPITALISED.finditer(self._registry.body) if m.group(2).lower() in _FIRM_WORDS
            )
        return self._firm_firsts

    def _organisation(self, name: str, position: int) -> bool:
        """``name`` ends on an organisation's word ("Entertainment Weekly", "the Defence Ministry",
        "NATO") and no title, honorific or given name makes it a person's (a label before a quote makes
        it no person: "Entertainment Weekly: “…”"). A surname that is such a word is read in the
        fullest form the text gave it before: "Church said" after "Gordon Church" is a man."""
        words = name.split()
        body = names_organisation(words[-1]) if words else False
        body = body or len(words) > 1 and words[-1].lower() in _PUBLICATION_WORDS  # "Hollywood Reporter", "Sky News"
        if len(words) == 1 and not body:
            # "Arcade announced" after "released by Arcade Publishing": the text writes the one
            # word as the first of a company's name, so it is the company, no "he" or "she"
            body = name in self._firm_first_words()
        if not body:
            return False
        full = self._registry.fullest(name, position) if len(words) == 1 else name
        # the gender a pronoun resolved to it gave it proves nothing ("Hollywood Reporter: “…” … he …");
        # "who" after it does ("Chase Church, who heads a project …, said")
        return not self._registry.titled(full) and given_name_gender(full) is None and not self._registry.who_after(full)

    def _plural_name(self, masked: str, name: str, at: int, end: int) -> bool:
        """The name standing at ``at`` takes a plural verb ("Leeds have", "Tories are") and the
        text and its given name tell no gender: a team, a party or a firm, no one person."""
        return (
            _PLURAL_VERB_AFTER.match(masked, at + len(name), end) is not None
            and self._registry.gender_of(restore(name)) is None
            and given_name_gender(name.split()[0]) is None
        )

    def _add_second_subject(self, masked: str, start: int, end: int, offset: int, joint: int) -> None:
        """The second of two people joined as one subject ("Gov. Rae Lund, a Democrat, and her
        rival, Sen. Tom Ives, debated"): a referent too, after the first, so a "he" that the
        first may not be ("her rival") can find him. Only a name the text titles or gives a
        gender, right before the verb. "her" or "his" before the second's role tells the first's
        gender, which ``resolve`` needs to tell the two apart (``joint``: the coordination's
        sentence, see ``Referent.joint``)."""
        sentence = masked[start:end]
        verb = first_verb(sentence) or SPEECH_VERB.search(sentence)
        joined = _AND_NAME.search(sentence, 0, verb.start()) if verb is not None else None
        if joined is None and verb is None:
            # "Ms. Weller, 54, and her son, Tom, run the bakery": a verb we do not list, after the
            # name's closing comma
            joined = _AND_KIN_NAME.search(sentence)
        if joined is None:
            return
        name = clean_name(restore(joined.group(3)))
        role = description_gender(joined.group(2) or "")
        if name and joined.group(2) and joint >= 0:
            # "and her son, Tom,": the son is Tom, no third person of the subject
            self._kin_names[joint] = ({joined.group(2), f"{joined.group(1)} {joined.group(2)}"}, name)
        if name and self._person(name, offset + start):
            self.add(offset + start + joined.start(3), Mention("name", name), None, since=offset + start, joint=joint)
        elif name and role is not None and self._registry.is_proper_name(name, offset + start + joined.start(3)):
            # "Mayor Pat Quinn and her husband, Joe,": the role tells the gender of a given name
            # the list does not know, so a "he" after it can find him
            insort(self._entries, Referent(offset + start + joined.start(3), name, role, offset + start, joint))
        owner = _POSSESSIVE_GENDER.get(joined.group(1) or "")
        if joint >= 0 and owner in {"m", "f"}:
            for k, entry in enumerate(self._entries):
                if entry.joint == joint and entry.position < offset + start + joined.start(3) and entry.gender is None:
                    self._entries[k] = replace(entry, gender=owner)  # "Pat Quinn and her husband": she

    def _add_before_subject(self, masked: str, start: int, end: int, offset: int, *, aside: bool = True) -> None:
        """A person written before a sentence's subject, who is a person too: the owner of the
        subject ("Ann Weller's father, Tom, ran the diner", "Tom Reyes's mother died") or the
        subject of an opening clause ("After Tom Reyes left, his deputy, Ann Weller, ran the
        office"), or the author of a statement an opening phrase names ("In a statement released
        by Tom Kline's campaign, he called …"). The sentence is about them as well, so a pronoun
        the subject cannot be ("“…,” she said" after Tom) means them; they stand before the
        subject, which a pronoun both fit still means. Only a person the text, a title or a given
        name gives a gender: "Kim Lee’s father, Tom, …" leaves a "she" open. Not ``aside`` when
        the sentence's subject is a he or she itself, which then most likely means the clause's
        subject ("When Tom Kline announced his bid, he said …", "Just before Kline took the
        stage, he said …"): a referent like any subject, of a gender the text may not tell.

        When that subject is a he or she, the person an opening clause names as its object is a
        referent too, after the clause's subject: "When the Ledger asked Ana Reyes about the vote,
        she said …" (the one asked answers), "When Tom Kline met Ana Weller in 2010, she was a
        nurse"; the one asked may be of a gender the text does not tell ("When reporters asked
        Weller about it, she said"), an object otherwise not ("When the storm hit Dayton"). When
        the clause's subject is a person too ("When Tom Kline asked Dan Weller about it, he said
        …"), a pronoun both fit means neither for sure (``Referent.joint``)."""
        apposed = _FRONTED_APPOSED.match(masked, start, end)
        clause = _OPENING_CLAUSE.match(masked, start, end) if not aside else None
        asked = question = None
        named_subject = False
        if clause is not None:
            question = _ASKED_PERSON.search(masked, clause.start(1), clause.end(1))
            asked = question or _CLAUSE_OBJECT.search(masked, clause.start(1), clause.end(1))
            named_subject = masked[clause.start(1) : clause.start(1) + 1].isupper()
        added: list[Referent] = []
        clause_subject = _FRONTED_CLAUSE_SUBJECT.match(masked, start, end)
        statement = _STATEMENT_BY.match(masked, start, end)
        if statement is not None and statement.group(2) and statement.group(2) not in ORGANISATION_NOUNS:
            statement = None  # "In a statement from Tom Kline's lawyer, he said": the lawyer's, maybe
        for match in (_OWNER_SUBJECT.match(masked, start), statement, clause_subject, apposed, asked):
            name = clean_name(restore(match.group(1 if match is statement else match.lastindex or 1))) if match is not None else ""
            if not name or not self._registry.is_proper_name(name, offset + start):
                continue
            full = self._registry.fullest(name, offset + start + 1)
            role = description_gender(apposed.group(1)) if match is apposed and apposed is not None else None
            if self._registry.is_place(full) or names_organisation(full.split()[-1]):
                continue
            if (role or self._registry.gender_of(full)) is None and (aside or not (match is question or match is clause_subject) or not self._one_person(full)):
                continue  # "When reporters asked Weller about it, she said", "Just before Kline spoke, he said"
            if match is asked and asked is not None:
                if named_subject and not added:
                    continue  # "When Tom Kline beat Dan Weller": a subject whose verb or gender is unknown
                joint = offset + start if added else -1
                if added:
                    self._joints[joint] = [(added[-1].name, added[-1].gender), (full, None)]
                    self._entries[self._entries.index(added[-1])] = replace(added[-1], joint=joint)
                entry = Referent(offset + start, full, None, since=offset + start, joint=joint, aside=aside)
                self._entries.insert(bisect_right(self._entries, entry), entry)  # after the clause's subject
                continue
            entry = Referent(offset + start, full, role, since=offset + start, aside=aside)
            self._entries.insert(bisect_left(self._entries, entry), entry)  # before a subject standing at ``start``
            added.append(entry)

    def _add_owners_inside(self, masked: str, after: int, start: int, end: int, offset: int) -> None:
        """A person owning a noun past the subject of a sentence ("Tom Kline praised Ana Weller's
        plan, which she called “…”") or named as an object there ("Tom Kline met Ana Weller, and
        she said …"), whose gender the text or a given name tells: a pronoun in
        the same sentence that its subject cannot be means that owner before anyone of the
        sentences before (``Referent.until``: the sentences after it are about the subject). Only
        past a subject that is a person (``after``): a he or she subject ("But he also said that
        Sanders's attacks …") is someone before the sentence."""
        if after < start + 1:
            return
        for owner in chain(_OWNER_INSIDE.finditer(masked, after, end), _CLAUSE_OBJECT.finditer(masked, after, end)):
            name = clean_name(restore(owner.group(1)))
            if not name or not self._registry.is_proper_name(name, offset + owner.start(1)):
                continue
            full = self._registry.fullest(name, offset + owner.start(1) + 1)
            if self._registry.is_place(full) or names_organisation(full.split()[-1]) or self._registry.gender_of(full) is None:
                continue
            insort(self._entries, Referent(offset + owner.start(1), full, None, since=offset + start, aside=True, until=offset + end))

    def _add_leader(self, masked: str, start: int, end: int, offset: int) -> None:
        """The person who leads a group subject ("A group of parents, led by Ana Ruiz, went …"): a
        referent where the group stands (not after it), so a "she" can find her and a "they" is
        still the group."""
        led = _LED_BY.search(masked, start, end)
        name = clean_name(restore(led.group(1))) if led is not None else ""
        if name and self._person(name, offset + start):
            self.add(offset + start, Mention("name", name), None, since=offset + start)

    def _add_writer_object(self, start: int, end: int, offset: int) -> None:
        """The one person a sentence of the writer's names ("When the deal was struck, I thought of
        Elise Moor. … “…,” she replied"): the writer is no referent, so the sentence is about
        that person, for the "she" after it. Not when it names two or more people, nor a name that
        opens on a common word no given name makes a person's ("We did not believe … the Middle East")."""
        people = {
            name
            for name in self._registry.names_between(offset + start, offset + end)
            if not self._registry.is_place(name)
            and not names_organisation(name.split()[-1])
            and (self._person(name, offset + start) or _unknown_given_name(name) and self._registry.is_proper_name(name, offset + start))
        }
        if len(people) == 1:
            self.add(offset + end - 1, Mention("name", people.pop()), None, since=offset + start)

    def _one_person(self, name: str) -> bool:
        """``name`` may be one person of a gender the text does not tell (a surname: "Kline"), not a
        group ("Democrats", "Millennials")."""
        return name.lower() not in GROUP_NOUNS and not (_PLURAL_GROUP.fullmatch(name) and name not in self._registry.persons)

    def _person(self, name: str, position: int) -> bool:
        """``name`` is someone a he or she may mean: the text titles or quotes them, or a given
        name tells a gender (not "Fox News", "CNN")."""
        full = self._registry.fullest(name, position) if name else ""
        return bool(full) and (full in self._registry.persons or self._registry.gender_of(full) is not None)

    def _capital_before_noun(self, sentence: str, name: str, position: int) -> bool:
        """A one-word "name" opening the sentence before a lower-case word that is no verb
        ("Good information can …", "Fresh polling shows …"), which the text never writes
        mid-sentence nor in a longer form: a capitalised adjective, not a person. A name before
        its verb or adverb ("Cruz openly admitted", "Carson defied") stays."""
        opening = sentence.lstrip()
        if " " in name or not opening.startswith(name):
            return False
        after = _LOWER_WORD_NEXT.match(opening, len(name))
        if after is None:
            return False
        word = after.group(1)
        verb = word.endswith(("ed", "s", "ly")) or word == "cannot" or LEADING_VERB.match(" " + word) or SPEECH_VERB.fullmatch(word)
        registry = self._registry
        return not verb and not registry.is_proper_name(name, position, strict=True) and not registry.mid_sentence_name(name, position)

    def _renew(self, pronoun: str, start: int, end: int) -> None:
        """A sentence of reported speech closed by a pronoun's cue ("Clinton will lose Ohio, he
        said.") is about the pronoun's person, not its content's subject: that person stands
        again at the sentence's end, and the subject ("Clinton") is no referent. Not a sentence
        holding a quote ("Rhimes declared: “…,” she said" is Rhimes's own)."""
        name = self.resolve(pronoun, start)
        if name is not None:
            insort(self._entries, Referent(end, name, description_gender(name), start))

    def _add_inside_subject(self, masked: str, start: int, end: int, offset: int) -> None:
        """The one person named inside a subject phrase that is no person, when the text or a
        given name tells that person's gender: "One of the central claims of President Barack
        Obama’s speech … does not stand up", "The promise Mrs. Clinton has made is …" are about
        Obama and Clinton. Only a phrase that opens the sentence with a determiner and runs to
        its first verb with no comma (not "After meeting Mrs. Pike, the board voted")."""
        sentence = masked[start:end]
        verb = first_verb(sentence)
        phrase = sentence[: verb.start()] if verb is not None else ""
        if "," in phrase or not _DETERMINED_PHRASE.match(phrase):
            return
        people = {
            name
            for name in self._registry.names_between(offset + start, offset + start + len(phrase))
            if self._registry.gender_of(name) is not None and not self._registry.is_place(name)
        }
        if len(people) == 1:
            self.add(offset + start, Mention("name", people.pop()), None, since=offset + start)

    def _add_clause_subject(self, masked: str, start: int, end: int, offset: int, *, met_only: bool = False) -> None:
        """The person named as the subject of a subordinate clause when the main subject is no
        person: "At the rally, the crowd booed when Reyes mentioned his rival. “…,” he told them" is
        Reyes (the crowd is no "he"). Only a name the registry holds as a proper name, no place,
        right before a verb in -ed or -s."""
        for clause in _CLAUSE_SUBJECT.finditer(masked, start, end):
            name = clean_name(restore(clause.group(1)))
            at = offset + clause.start(1)
            if met_only and not self._registry.written_before(name, at):
                continue
            if name and self._registry.is_proper_name(name, at) and not self._registry.is_place(name) and not names_organisation(name.split()[-1]):
                self.add(at, Mention("name", name), None, since=offset + start)

    def _add_passive_agent(self, masked: str, start: int, end: int, offset: int) -> None:
        """The person by whom a thing was made or done when the sentence's subject is no person:
        "The robots were designed by British artist Giles Marr. “…,” he said" is Marr. Only a name
        the registry holds as a person's (a given name, a title or an honorific) or that a role noun
        opens ("by British artist Giles Marr"), no place and no organisation."""
        for agent in _PASSIVE_AGENT.finditer(masked, start, end):
            run = NAME_RUN.match(masked, agent.end())
            name = clean_name(restore(run.group())) if run is not None else ""
            at = offset + agent.end()
            person = self._registry.gender_of(self._registry.fullest(name, at)) is not None or agent.group(1) in PERSON_NOUNS
            if name and person and self._registry.is_proper_name(name, at) and not self._registry.is_place(name) and not names_organisation(name.split()[-1]):
                self.add(at, Mention("name", name), None, since=offset + start)

    def _add_closing_person(self, masked: str, start: int, end: int, offset: int) -> None:
        """The person a sentence whose subject is no person ends on, introduced by a role noun and
        maybe an age: "Regular walks also paid off for Halifax nurse Ada Lind, 52. “…,” she says"
        is Lind, whom the sentence brings in to speak next. Only a full name (two words or more)
        as the sentence's last words but for its age, its place ("of Halifax"), its role set off
        after it ("a welder") or a relative clause, after a role noun or with an age or a role."""
        found = _CLOSING_PERSON.search(masked, start, end)
        role = re.split(r"\s(?:from|of|at|in|with|for|who)\s", found.group(4))[0].split()[-1:] if found is not None and found.group(4) else []
        # a role noun before the name, an age, or an appositive role after it: "… helped Tom
        # Kell, a Halifax welder.", "Another success story is Tom Kell, 50, of Halifax."
        if found is None or not (found.group(1) in PERSON_NOUNS or found.group(3) or role and role[0] in PERSON_NOUNS):
            return
        run = NAME_RUN.match(masked, found.start(2))
        name = clean_name(restore(run.group())) if run is not None else ""
        at = offset + found.start(2)
        if len(name.split()) > 1 and self._registry.is_proper_name(name, at) and not self._registry.is_place(name) and not names_organisation(name.split()[-1]):
            self.add(at, Mention("name", name), None, since=offset + start)

    def _add_owner(self, masked: str, start: int, offset: int, *, until: int = -1) -> None:
        """The person owning the subject that opens a sentence ("Dan Okoro’s campaign has struggled
        all summer. “…,” he said", "Sen. Ivy Pratt’s office released the letter"): the sentence is
        about that person, whom the text titles or a given name gives a gender (not "Acme’s plan").
        Only after a subject found before its verb: an owner before a copula ("Kell’s answer is
        simple") leaves the person last spoken of in place, which the tuning split prefers, for the
        sentences after it; a pronoun inside the sentence (``until`` its end) means the owner all
        the same: "Gov. Paul Dorsey's budget includes what he calls “…”" is Dorsey's word, whoever
        the sentence before was about."""
        owner = _OWNER_SUBJECT.match(masked, start)
        name = clean_name(restore(owner.group(1))) if owner is not None else ""
        if name and self._person(name, offset + start):
            self.add(offset + start, Mention("name", name), None, since=offset + start, until=until)

    def _known_in_body(self, name: Mention, start: int, end: int, strict: bool) -> Mention | None:
        """A headline's subject name as far as the body vouches for it. One common word the body
        never writes as a name is none ("… Candidate Ever"); when ``strict`` (every long word of
        the headline capitalised, so no capital there means anything), only the opening words the
        body writes outside ``[start, end)`` stay ("Lindqvist" of "Lindqvist Signs Fee Increase",
        nothing of "Harbor Plan Called Best Deal Ever"). A lead that merely holds many names
        ("Aaron Feld of the Institute for … flew to Seoul") is not ``strict``, and keeps them."""
        known = self._registry.known_words(start, end)
        if " " not in name.text and name.text not in known and is_common_word(name.text.lower()):
            return None
        if not strict:
            return name
        words = name.text.split()
        k = 0
        while k < len(words) and words[k] in known:
            k += 1
        return Mention("name", " ".join(words[:k])) if k else None

    def _add_source(self, masked: str, start: int, end: int, offset: int) -> None:
        """The person a sentence reports mid-way or credits its content to, where the name stands:
        "…, Hennessey said, and …", "…, according to a post from Arianna Huffington." Each
        regex runs only on sentences holding its words."""
        sentence = masked[start:end]
        found = None
        if "ccording to " in sentence:  # "according to X", "According to X, …"
            found = _ACCORDING_TO.search(masked, start, end)
        elif " said, " in sentence or " says, " in sentence:
            found = _ATTRIBUTION_ASIDE.search(masked, start, end)
        name = clean_name(restore(found.group(1))) if found is not None else ""
        if found is not None and name:
            self.add(offset + found.start(1), Mention("name", name), None)
        noted = _AS_NOTED_BY.search(masked, start, end) if " by " in sentence else None
        name = clean_name(restore(noted.group(2))) if noted is not None else ""
        at = offset + noted.start(2) if noted is not None else 0
        if noted is not None and name and (noted.group(1) in PERSON_NOUNS or self._person(name, at)) and not self._registry.is_place(name) and not names_organisation(name.split()[-1]):
            # "…, as noted by immunologist Dr. Lina Velikova. “…,” she explained": the person the
            # sentence credits, whom the text titles, a given name gives a gender or a role noun
            # introduces (not "as noted by Harvard Medical School")
            self.add(at, Mention("name", name), None)

    def add(
        self,
        position: int,
        mention: Mention,
        speaker: str | None,
        *,
        since: int | None = None,
        joint: int = -1,
        gender: str | None = None,
        until: int = -1,
        stop: int = -1,
    ) -> None:
        """A person at ``position``: a sentence subject, or a quote's speaker (``speaker`` is its
        resolved name). Pronouns add nothing: they point at an entry already here. A subject
        standing after the start of its sentence (``since``) is already there for a pronoun
        before it in that sentence: "In what he called a “rant,” Obama …" is Obama."""
        since = position if since is None else since
        text = speaker or restore(mention.text)
        if _thing(mention, text):
            insort(self._things, Referent(position, text))
        if mention.kind == "description" and _group(text):
            insort(self._groups, Referent(position, text))
        if mention.kind == "name" and organisation_name(text) is not None:
            return  # "Americans for Prosperity ran ads": an organisation, never "he" or "she"
        if mention.kind == "name" and _PLURAL_ACRONYM.fullmatch(text):
            return  # "GCSEs were meant to …", "NGOs say": things or a group, never "he" or "she"
        if mention.kind == "name" and self._organisation(text, position):
            # 'Entertainment Weekly: “The untold story” Fenwick disdained the hard sell. He …': a
            # publication or a body labelled as a quote's speaker or opening a sentence is no "he"
            return
        if mention.kind == "name":
            if speaker is None:
                if not self._registry.is_proper_name(text, position) or self._registry.sentence_initial_word(text):
                    return
                if text.lower() in GROUP_NOUNS:
                    return  # "Republicans run the risk": a group, no "he" or "she"
                if " " not in text and text.endswith("ing") and self._registry.fullest(text, position) == text and text not in self._registry.persons:
                    # a lone word in -ing that no given name or title makes a person: places and
                    # firms ("Beijing", "Reading", "Boeing") outnumber surnames ("Fleming"), and the
                    # subject of "Cooke's clients include Boeing, prime contractor …" is no "he"
                    return
                text = self._registry.fullest(text, position)
                if _PLURAL_GROUP.fullmatch(text) and text not in self._registry.persons:
                    return  # "Millennials age 18-34 comprise …", "Evangelicals", "Hispanics"
            insort(self._entries, Referent(position, text, gender, since=since, joint=joint, until=until))
        elif person_description(mention):
            titled = self._registry.resolve_title(text, position) if speaker is None else None
            if titled is not None and titled != AMBIGUOUS:
                # "But the former Mexican president didn't stop there": the one person introduced
                # with that title ("Former Mexican President Felipe Calderon")
                insort(self._entries, Referent(position, titled, description_gender(text), since, joint))
                return
            insort(self._entries, Referent(position, text, description_gender(text), since, joint, stop=stop))

    def resolve_they(self, position: int, quote: str = "") -> str | None:
        """ "they said": the group of people that is the latest subject or speaker before
        ``position`` ("Officials in Dayton met with Gov. Ann Hart. '…,' they said"), within a
        paragraph or two; none when a person, an organisation or a document came after it
        ("Gov. Ann Hart met officials …": the officials are no subject, so no one is sure)."""
        groups = self._groups[: bisect_left(self._groups, Referent(position, ""))]
        if not groups or position - groups[-1].position > MAX_THING_DISTANCE:
            return self._singular_they(position, quote)
        group = groups[-1]
        for others in (self._entries, self._things):
            later = others[bisect_left(others, Referent(group.position + 1, "")) : bisect_left(others, Referent(position, ""))]
            if later:
                return None
        return group.name

    def _singular_they(self, position: int, quote: str) -> str | None:
        """A "they" for one person the text keeps ungendered ("The ex-partner suspected fraud.
        “…,” they testified"): the last subject before it, when it is a description with no
        gender, in the sentence just before (no other person or thing subject since)."""
        if not _ONE_SPEAKER.search(quote) or _MANY_SPEAKERS.search(quote):
            return None  # the words of one ("I saw"), not of a group ("we")
        people = self._entries[: bisect_left(self._entries, Referent(position, ""))]
        if not people or position - people[-1].position > _SINGULAR_THEY_DISTANCE:
            return None
        ungendered = [e for e in people if e.gender is None and not (e.name[:1].isupper() and self._registry.gender_of(e.name) is not None)]
        if not ungendered:
            return None
        last = ungendered[-1]
        people = [e for e in people if e.position <= last.position or e in ungendered]
        if last.name[:1].isupper() or last.gender is not None or not last.name.lower().startswith("the "):
            return None
        mates = [e for e in people[:-1] if e.position >= max(last.since, 0) and e.position > last.position - _SINGULAR_THEY_DISTANCE]
        if any(e.gender is None and self._registry.gender_of(e.name) is None for e in mates):
            return None  # another person of the sentence the "they" may mean as well
        later = self._things[bisect_left(self._things, Referent(last.position + 1, "")) : bisect_left(self._things, Referent(position, ""))]
        return None if later else last.name

    def resolve_it(self, position: int, since: int = -1) -> str | None:
        """ "it said": the organisation or document most recently a sentence subject or a speaker
        ("The ministry rejected the claims. '…,' it said"), within a paragraph or two (and after
        ``since``, when given)."""
        before = self._things[: bisect_left(self._things, Referent(position, ""))]
        if before and position - before[-1].position <= MAX_THING_DISTANCE and before[-1].position > since:
            return before[-1].name
        return None

    def _partner_fits(self, entry: Referent, want: str) -> bool:
        """Another person of ``entry``'s joint subject whose gender, as far as the text, a role
        noun or a given name tells it, fits ``want`` too."""
        kin, kin_name = self._kin_names.get(entry.joint, (set(), ""))
        for name, gender in self._joints.get(entry.joint, []):
            name = kin_name if name.lower() in kin else name
            full = self._registry.fullest(name, entry.position) if name[:1].isupper() else name
            if entry.name in {name, full}:
                continue
            same = [e for e in self._entries if e.joint == entry.joint and e.name in {name, full}]
            if same and any(self._fits(e, want) for e in same):
                return True
            if not same and (gender or self._registry.gender_of(full)) in {None, want}:
                return True
        return False

    def _aside_fits(self, entry: Referent, want: str, quote: str) -> bool:
        """A person written before ``entry``, the subject of the same sentence, fits ``want`` too,
        and the quote speaks of someone of that gender: "Dan Pike's father, Tom, ran the diner.
        “He never took a day off,” he said" may be either man speaking of the other."""
        if entry.aside or not 0 <= entry.since < entry.position or not _THIRD_PERSON[want].search(quote):
            return False  # "Tom Kell's brother-in-law spoke at the funeral": the role is who spoke
        return any(
            e.aside and e.until < 0 and e.since == entry.since and e.name != entry.name and self._fits(e, want)
            for e in self._entries[bisect_left(self._entries, Referent(entry.since, "")) : bisect_left(self._entries, Referent(entry.position, ""))]
        )

    def _owner_fits(self, entry: Referent, want: str, position: int) -> bool:
        """``entry`` is a role of no known gender owned by a person who has ``want``'s gender, and
        the pronoun at ``position`` stands in the role's own sentence: "Ana Reyes's lawyer provided
        a statement in which she said …" may be the lawyer's words or Reyes's own, which the lawyer
        passes on. In a sentence after it the role, its subject, still wins ("Tom Kline's lawyer
        filed a motion. “…,” he said")."""
        if entry.aside or entry.gender is not None or position > entry.stop or not re.search(r"[’']s?\s", entry.name):
            return False
        return any(
            e.aside and e.until < 0 and e.since == entry.since and e.name != entry.name and (e.gender or self._registry.gender_of(e.name)) == want
            for e in self._entries[bisect_left(self._entries, Referent(entry.since, "")) : bisect_left(self._entries, Referent(entry.position + 1, ""))]
        )

    def _kin_fits(self, entry: Referent, want: str, position: int) -> bool:
        """``entry``'s gender is unknown, and the kin of the pronoun's gender of someone of the
        other gender is named between it and the pronoun: "Hal Vance died in May, and his wife
        Fran says he suffered. “…,” she says" is Fran's, whom no subject index entry holds (the
        subject of a second clause), and the "his" likely Vance: the reader cannot be sure it is
        ``entry``, say no one. Not for the entry's own kin of the same gender as the owner
        ("Sandy Cole, whose daughter Ana died, …. “…,” she said" is Cole)."""
        if entry.gender is not None or self._registry.gender_of(entry.name) is not None:
            return False
        return bool(self._registry.kin_between(entry.position + 1, position, want) - {entry.name})

    def rival_of_known_gender(self, pronoun: str, position: int, chosen: str) -> bool:
        """Someone before ``position`` other than ``chosen``, a subject or speaker close enough,
        whom the text, a title or a given name gives the pronoun's gender: "Tom Baker runs the
        shop. Ngozi Eze works there. “…,” he said" chose Eze, the latest, of no gender we know,
        over Baker, a man; the choice says nothing sure of Eze's gender."""
        want = PRONOUN_GENDER.get(pronoun)
        for entry in reversed(self._entries[: bisect_left(self._entries, Referent(position, ""))]):
            if position - entry.position > MAX_DISTANCE:
                break
            if entry.name == chosen or entry.aside or self._registry.is_place(entry.name):
                continue
            if (entry.gender or self._registry.gender_of(entry.name)) == want:
                return True
        return False

    def _fits(self, entry: Referent, want: str) -> bool:
        """``entry``'s gender, if the text or a given name tells it, is ``want``."""
        gender = entry.gender or self._registry.gender_of(entry.name)
        return gender is None or gender == want

    def resolve(self, pronoun: str, position: int, quote: str = "") -> str | None:
        """The most recent referent before ``position`` whose known gender fits ``pronoun``.

        When the most recent referent has the other gender and nobody before it fits, a person
        the text gives the pronoun's gender ("Mr. Victor Lane") named since that referent counts,
        if there is exactly one: "Ms. Hannah Cole met Mr. Victor Lane … he said" is Lane,
        although only an object. (Preferring such a person over a referent of unknown gender
        was tried and lost more than it won on news text: famous men are objects everywhere.)

        A person written before a subject (``Referent.aside``: "Ann Weller's father, Tom, …",
        "After Tom Reyes left, …") is meant only when no subject or speaker close enough fits:
        "Tom Reyes wrote the book. Barack Obama's aide, Ann Weller, helped him. “…,” he said" stays
        Reyes's. Nor when the ``quote`` itself speaks of someone of that gender: "Ana Cruz's
        grandfather spoke to reporters. “She was happy,” she said" is about Ana Cruz, said by
        someone else."""
        want = PRONOUN_GENDER.get(pronoun)
        if want not in {"m", "f"}:
            return None
        latest: Referent | None = None
        aside: Referent | None = None
        hi = bisect_left(self._entries, Referent(position, ""))
        ahead = bisect_left(self._entries, Referent(position + _SENTENCE_AHEAD, ""), hi)
        later = [e for e in self._entries[hi:ahead] if 0 <= e.since < position]  # "In what he called …, Obama"
        for entry in chain(reversed(later), reversed(self._entries[:hi])):
            if position - entry.position > MAX_DISTANCE:
                break
            if 0 <= entry.until < position or entry.until >= 0 and entry.position > position or self._registry.is_place(entry.name):
                continue  # "In that sense, Sandy Hook wasn't just a tragedy. '…,' he added."
            if _CODE_NAME.search(entry.name):
                # "AirAsia QZ8501 made a steep climb, a source told Reuters. “…,” he said": a name
                # with a digit is a flight, a model, a code, never the he or she; the sentence that
                # spoke of it is about no person we could name, nor is anyone before it sure
                return None
            if aside is not None and aside.until >= 0 and entry.position < aside.since:
                # "Ana Reyes spoke. Tom Kline praised Ana Weller's plan, which she called “…”": the
                # owner in the pronoun's own sentence before anyone of the sentences before it
                return aside.name
            if entry.aside:
                if aside is None and self._fits(entry, want) and not _THIRD_PERSON[want].search(quote):
                    aside = entry
                continue
            latest = latest or entry
            if entry.gender is None and _OWN_ROLE.match(entry.name) and _POSSESSIVE_GENDER[entry.name.split()[0].lower()] == want:
                # "His doctor gave him a different diagnosis. “…,” he said": the doctor or the
                # man whose doctor it is, whom the "his" already meant; the text does not say
                return None
            if self._fits(entry, want):
                # "Obama and Biden met …. “…,” he said": either of them; "she" after "Mayor Pat
                # Quinn and her husband, Joe," is Quinn
                if self._partner_fits(entry, want) or self._aside_fits(entry, want, quote) or self._owner_fits(entry, want, position):
                    return None
                if self._kin_fits(entry, want, position):
                    return None
                return entry.name
        if aside is not None:
            return aside.name
        if latest is None:
            return None
        gendered = self._registry.gendered_between(latest.position + 1, position, want)
        return gendered.pop() if len(gendered) == 1 else None
