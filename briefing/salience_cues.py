"""The word lists, patterns and word tests ``SubjectIndex`` (``salience``) reads a sentence with:
whom a sentence is about when its subject is not the person ("To Florida consultant Ana Wilson,
…", "His mother, Rosa, waited", a question "put to" someone, a closing "…, Fraser believes"),
and whether a capitalised subject is a body rather than a person (a firm's word, an outlet, a
brand's inner capital, "was founded in", a plural verb after a team's name, a website).

Split out of ``salience``, which grew past what one sitting reads: these are read without the
index, so they live below it, one direction only (``salience`` imports them, nothing here imports
``salience``).
"""

from __future__ import annotations

import re

from .mention import Mention
from .speech_lexicon import ASKED_QUESTION_WORDS, GENDERED_ROLES, ORGANISATION_NOUNS
from .speech_verbs import LEADING_VERB, SPEECH_VERB

#: Words that end a firm's name after its first word ("Arcade Publishing", "Harbor Books").
_FIRM_WORDS = frozenset("publishing publishers books press media group records studios pictures films".split())
#: The lower-case word right after a sentence's opening word.
_LOWER_WORD_NEXT = re.compile(r"\s+([a-z][\w’'-]*)")
#: A firm's word as ``[A-Z][a-z]+\b`` reads it ("Publishing", not "Pressed"): where a word before
#: one may stand. Its capital letters are a short class, so the scan skips most of the body at once.
_FIRM_WORD = re.compile(rf"(?:{'|'.join(sorted(w.capitalize() for w in _FIRM_WORDS))})\b")
#: A word as it opens right after something no word goes on through (the word before a firm's word).
_WORD_OPENING = re.compile(r"(?<![\w’'-])\w[\w’'.-]*")
#: Characters a word before a firm's word may hold past its first (``\w`` is ``isalnum`` or "_").
_WORD_MARKS = frozenset("_’'.-")

#: A person named with a crowd like them: "Rima Haddad and thousands of other refugees", "Tom
#: Kell and many others" (group 1: the name).
_ONE_OF_MANY = re.compile(
    r"((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)\s+and\s+(?:(?:thousands|hundreds|millions|dozens|scores|many|countless|tens\s+of\s+thousands)\s+(?:of\s+)?)?(?:other|others)\b.*"
)
#: A sentence opening with whose view it gives: "To Florida consultant Ana Wilson, …", "For Mayor
#: Ellen Park, …" — that person, not the sentence's subject, is who a following "she said" is about.
#: Also "In Stolberg’s view," and its kind ("In Mayor Ellen Park’s opinion,").
_OPINION_FRAME = re.compile(
    r"\s*(?:(?:To|For)\s+([^,;:.]{3,80})|In\s+([^,;:.’']{3,60})[’']s?\s+(?:view|opinion|words|estimation|reckoning|telling|account)),"
)
#: A role set off before the name that is the sentence's subject: "His mother, " of "His mother,
#: Rosa, waited outside" (group 1: the role).
_ROLE_BEFORE_NAME = re.compile(r"\s*((?:[A-Za-z][\w’'.․-]*\s+){0,4}[a-z][\w’'-]*),\s+(?:[A-Z][\w’'.․-]*\s+){0,3}")
#: The same role set off right before the subject's name after an opening phrase, opening with
#: a possessive or a determiner: ", his wife, " of "When Tom Reyes lost, his wife, Ann, stayed".
_ROLE_AFTER_CLAUSE = re.compile(r",\s+((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*),\s+(?:[A-Z][\w’'.․-]*\s+){0,3}$")
#: "and her son" right after a subject's name, maybe past an age or a role set off by commas
#: ("Lee Ames, 54, and her son run …"; group 1: the owner, group 2: the noun).
_AND_KIN = re.compile(r"(?:,\s+[^,.;:“”]{1,40},)?\s+and\s+(his|her)\s+([a-z][\w-]*)\b")
#: A coordinated main clause with a subject of its own: ", and Clinton aimed …", "; but Ryan said";
#: news drops the comma before "but" ("Hale said it was slow but Tennis Ruritania's Greg Holt
#: rejected his comments"; not before "and", which joins names: "the deal between his client and
#: Agent Mark Dunn was legal"). So is the clause after "it appears" or "it seems", the person the
#: sentence is about ("But it now appears Kerr is keen to wait").
#: A coordinated main clause whose subject is a description: ", but a lawyer for the caucus
#: criticized …" (``SubjectIndex._add_described_second``); not "and", which may join two people
#: as one subject ("Tom Reyes, and the head of the council told reporters").
_SECOND_DESCRIBED = re.compile(r"[,;]\s+but\s+(?=(?:a|an|the)\s+[a-z])")
_SECOND_CLAUSE = re.compile(
    r"(?:[,;]\s+(?:and|but)|(?<=[a-z])\s+but|\b[Ii]t\s+(?:now\s+|also\s+)?(?:appears|seems)(?:\s+that)?)\s+(?=[A-Z])"
)
#: A passive of founding right after a subject's name: " was founded in 2011 by", " was set up":
#: the name is a body's (a party, a group, a firm), never a person's.
#: Not "was established as the favourite" nor "was set up by his aides" (framed): a person's.
_FOUNDED = re.compile(
    r"\s+(?:was|were|had\s+been|has\s+been)\s+(?:(?:first|originally|jointly|only)\s+)?"
    r"(?:(?:co-?founded|founded|formed|incorporated)\b|established(?!\s+as\b)|set\s+up\s+(?=in\s+\d{4}|to\s))"
)
#: A determiner and an organisation's noun right before a subject's name, maybe past a few
#: modifiers: "The liberal gossip site " of "The liberal gossip site Gawker set a trap", "the
#: French carmaker " (group 1: the noun, checked against ``_BODY_NOUNS``).
_BODY_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Aa]n?)\s+(?:[\w’'.-]+\s+){0,3}?([a-z]+)\s+$")
#: Organisation nouns that name what the name after them is ("the site Gawker", "the firm
#: Acme"); not the ones a name after may be a person of ("the campaign Smith ran", "the house
#: Clark built", "the paper Ruiz wrote", "the court Justice …").
_BODY_NOUNS = ORGANISATION_NOUNS - frozenset(
    "paper post house service office times campaign party team school court church police force forces government administration".split()
)
#: One word with a capital inside it after four lower-case letters or more: a brand's, a site's
#: or a firm's name ("TechCrunch", "WikiLeaks", "HuffPost", "BuzzFeed", "PolitiFact"), no
#: person's; a surname's capital comes after a short particle ("McCain", "DeSantis", "LaHood",
#: "MacKenzie", "VanderMeer", "FitzGerald" are left alone).
_BRAND_WORD = re.compile(r"(?!Vander|Fitz)[A-Z][a-z]{3,}[A-Z][a-z]+")
#: News agencies, outlets and sites written as one word that is no one's name ("according to
#: Politico", "she told Reuters", "Wikipedia claims"): bodies, never a "he" or "she" (not
#: Bloomberg or Breitbart, who are people too).
_OUTLETS = frozenset(
    "Reuters Politico Axios Xinhua Interfax Yonhap Kyodo Bernama Wikipedia Quora Reddit Twitter Facebook "
    "Instagram Google Gawker Mediaite Postmedia Canadaland".split()
)
#: "a" or "an" and up to three lower-case words, ending where a word starts: "A churchgoing ".
_INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])[Aa]n?\s+(?:[a-z][\w’'-]*\s+){0,3}$")
#: Opening quotation marks (a sentence opening with one has its subject in the attribution).
_OPENING_MARKS = frozenset("“\"‘'")
#: "which" right after a name: the name is a thing's ("Launch Code, which helps developers").
_WHICH_AFTER = re.compile(r"\s*,?\s*which\s")
#: A question or a charge "put to" a person, in the passive ("Those claims were put to Weller
#: after the game"): the one who answers it, whom the text is about by the sentence's end
#: (group 1: the name). Not "put to the vote", nor an active "Ann Cole put to Weller …", whose
#: subject the sentence keeps.
_PUT_TO = re.compile(r"\b(?:was|were|(?:had|has|have)\s+been)\s+put\s+to\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)\b")
#: A sentence opening on the writer's own exchange with someone ("My first question to Tom Reyes,
#: …: “…?”", "Our interview with Ann Weller began late"): about the person the writer put it to.
_WRITERS_EXCHANGE = re.compile(
    r"\s*[“\"‘']?(?:My|Our)\s+(?:[a-z]+\s+){0,2}?(?:questions?|interview|conversation|talk|chat|meeting|call|exchange)\s+(?:to|with|for)\s+(?=[A-Z])"
)
#: "asked the governor about …": the person asked, named by a title (group 1: "the governor").
_ASKED_TITLED = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed|grilled)\s+(the\s+(?:[a-z]+\s+){0,2}[a-z]+)\s+(?:about|on|over|"
    rf"{ASKED_QUESTION_WORDS}|who)\b"
)
#: "asked a young nurse how …", "asked a friend of mine, a woman in her 20s, whether …": a person
#: described, maybe with an apposition, then the question (group 1: the description).
_ASKED_DESCRIBED = re.compile(
    r"\basked\s+((?:a|an|one|my|our)\s+[a-z][^,;:.!?“”\"()]{1,50}?)(?:,\s+(?:a|an)\s+[^,;:.!?“”\"()]{1,60},)?\s+"
    rf"(?:about|{ASKED_QUESTION_WORDS})\b"
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


#: A Q&A's turn letter opening a paragraph ("Q. ", "A: "), read as an initial otherwise.
_QA_LABEL = re.compile(r"\s*[QA][.:\u2024]\s")


#: A plural verb right after a bare name ("Leeds have", "Labour are", "Google were"), or after a
#: relative clause set off by commas ("Leicester, who signed him in 2003, have"): the name is a
#: team, a party or a firm that British news makes plural; so is a bare verb of a fixture before
#: the other side's name ("Sale host Bath on Friday", "Chelsea face Barcelona"; one player
#: "faces" or "plays" his opponent).
_PLURAL_VERB_AFTER = re.compile(
    r"(?:,\s+(?:who|which)\s[^,;:“”\"]{1,120},)?\s+(?:have|are|were|(?:host|face|play|meet|visit|entertain)(?=\s+(?:the\s+)?[A-Z]))\b"
)
#: A verb's plain form after a name opening its sentence ("Spurs go into Thursday's clash",
#: "Leeds need a win"): the plural of a team, a party or a firm; one person "goes" and "needs"
#: (after an auxiliary, "Will Kell go?", the name does not open the sentence).
PLAIN_VERB_AFTER = re.compile(r"\s+(?:go|need|want|remain|travel|head|trail|return|sit)\s+(?:into|to|for|on|in|a|an|the|three|two|four|five|\d)\b")
#: A role with its determiner or an age set off by commas right after a name: ", the 2016
#: Republican nominee,", ", a retired teacher,", ", 54," (group 1: the role, group 2: the age).
_APPOSED_ROLE = re.compile(r",\s+(?:((?:the|a|an)\s+[^,;:.“”()]{1,60})|(\d{1,3})),")
#: An acronym in the plural ("GCSEs", "NGOs", "MPs"): things or a group, no one person.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


#: Gendered nouns of people, singular and plural ("women", "mothers", "sons"): their gender.
_PEOPLE_GENDER = {
    **GENDERED_ROLES,
    **{f"{w}s": g for w, g in GENDERED_ROLES.items()},
    "women": "f", "men": "m", "wives": "f", "businesswomen": "f", "businessmen": "m",
    "spokeswomen": "f", "spokesmen": "m", "congresswomen": "f", "congressmen": "m",
}  # fmt: skip


#: A person's pronoun (not "its"): in a subject name's own sentence it makes the name a person's.
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _verb_or_aside_after(rest: str) -> bool:
    """What follows a name may be its clause: a verb form, an adverb, or a comma or dash setting
    off an aside ("and Clinton aimed …", "and Rep. Joe Ames, a Democrat, drafted"), not a noun it
    modifies ("and Packers football.") nor the sentence's end."""
    after = re.match(r"\s*([a-z][\w’'-]*)", rest)
    if after is None:
        return bool(re.match(r"\s*[,—–(]", rest))
    word = after.group(1)
    return bool(word.endswith(("ed", "s", "ly")) or word == "cannot" or LEADING_VERB.match(" " + word) or SPEECH_VERB.fullmatch(word))


#: A text that speaks, brought in as an object by a verb in -ed or -s ("cited a 2003 memorandum",
#: "released a statement", "quotes a letter"; group 1: the noun).
_DOCUMENT_OBJECT = re.compile(
    r"\b[a-z]+(?:ed|s)\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(memo|memorandum|letter|report|statement|study|document|ruling|order|email|note|filing|lawsuit|complaint|indictment|"
    r"analysis|declaration|resolution|proposal|guidance|guidelines|editorial|article|book|cable|notice|bill|law)\b"
)
#: A web address's ending right after a name ("Factcheck.org", "Politico.com").
_DOMAIN_END = re.compile(r"\.(?:org|com|net|gov|edu|io|co)\b")


def _website(masked: str, start: int, end: int, name: str) -> bool:
    """``name`` is written in the sentence as a web address ("according to Factcheck.org"): a
    site, which a later "he" or "she" never means."""
    at = masked.rfind(name, start, end)
    return at >= 0 and _DOMAIN_END.match(masked, at + len(name), end) is not None


def _words_before_firms(body: str) -> list[str]:
    r"""Each word written right before a firm's word ("Arcade" of "Arcade Publishing", "Media" of
    "Media Group"): what ``(?<![\w’'-])(\w[\w’'.-]*)(?=\s+([A-Z][a-z]+)\b)`` finds with a firm's
    word as group 2, read back from each firm's word instead of matching at every word of the body
    (~10x faster; the same words)."""
    found = []
    for firm in _FIRM_WORD.finditer(body):
        gap = firm.start()
        while gap and body[gap - 1].isspace():  # ``\s`` and ``isspace`` are the same characters
            gap -= 1
        if gap == firm.start():
            continue  # no space before it: inside a word
        start = gap
        while start and (body[start - 1].isalnum() or body[start - 1] in _WORD_MARKS):
            start -= 1
        # the word's run of characters is body[start:gap]; it opens where the pattern could start it
        word = _WORD_OPENING.search(body, start, gap)
        if word is not None and word.end() == gap:
            found.append(word.group())
    return found


#: A sentence opening on an indefinite description set off by a comma before a "he" or "she" ("An
#: immigrant from Chad who became a citizen in 2013, she plans …"; group 1 the pronoun): the
#: description is the pronoun's apposition, no new person; the pronoun is the subject.
_DESCRIPTION_BEFORE_PRONOUN = re.compile(r"\s*(?:An?|One)\s+[a-z][^,;:“”\"]{0,120},\s+(he|she)\s+(?=[a-z])")
