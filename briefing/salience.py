"""Who "he" or "she" is: the person most recently introduced as someone who could speak.

News prose refers back with a pronoun to the person the text was last *about*: the subject of a
recent sentence or the speaker of a recent quote, not a name that only appeared as an object
("Pate … hosted Bush on his jet. 'This is all me,' he said" is Pate). People introduced by a
role rather than a name count too ("…, adds an economist at a bank. 'Rates will stay high,' she
said" is the economist, not the minister named two paragraphs before).

``SubjectIndex`` registers them as it reads: each sentence's subject (``add_paragraph``; the
other people a sentence names are ``sentence_people``'s) and each quote's speaker (``add``).
Which of them a pronoun means is ``pronoun_resolution``'s; what an entry is, ``referents``'.
"""

from __future__ import annotations

import re
from bisect import insort

from .body_names import body_shaped, press_shaped, written_as_a_title
from .captions import all_capitalised, caption_sentences, short_headline
from .closing_attribution import closing_attribution
from .given_names import given_name_gender
from .masked_sentences import sentence_starts
from .masking import restore
from .mention import Mention
from .name_cleaning import clean_name
from .name_shapes import no_ones_name, writers_companion
from .names import AMBIGUOUS, NameRegistry
from .organisation_names import organisation_name
from .pronoun_resolution import PronounResolution
from .referents import (
    PLURAL_GROUP,
    POSSESSIVE_GENDER,
    Referent,
    description_gender,
    document_authors,
    one_of_people,
    organisation_or_document,
    people_group,
    person_description,
)
from .sentence_people import ASKED_PERSON, FRONTED_APPOSED, SentencePeople, unknown_given_name
from .sentence_subjects import leading_np
from .speaker_heads import head_of_segment, joint_heads, joint_speakers
from .speech_lexicon import (
    CLAUSE_OPENERS,
    GENDERED_ROLES,
    GROUP_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_NOUNS,
    PRONOUN_GENDER,
)
from .speech_verbs import LEADING_VERB, SPEECH_VERB
from .surname_subjects import surname_subject
from .wordlists import is_city, is_common_word, is_country, is_demonym, is_place

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


class SubjectIndex(SentencePeople, PronounResolution):
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
        #: names the text writes after "the" as newspapers' (``_newspaper_title``)
        self._titles: dict[str, bool] = {}
        #: names the text tells are a body's ("Britain First was founded in 2011"), for "it"
        self._bodies: set[str] = set()
        #: where each sentence read starts: two bodies subjects of one sentence leave an "it" to neither
        self._sentence_starts: list[int] = []
        #: names the text gives a plural verb ("Sale host Bath", "Leeds have"): a team, a party or a
        #: firm, which a later clause's subject of the same name ("when Sale lost") is again
        self._plural_names: set[str] = set()

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
            insort(self._sentence_starts, offset + start)
            if start in captions:
                continue
            closing, _ = closing_attribution(masked[start:end])
            if closing is not None and closing.is_he_or_she and not _OPENING_MARKS.intersection(masked[start:end]):
                self._renew(closing.text, offset + start, offset + end - 1, leading_np(masked[start:end]))
                continue
            subject = leading_np(masked[start:end])
            if subject is None and not headline:
                subject = surname_subject(masked[start:end], self._registry, offset + start)  # "Deacon had …"
            subject = (writers_companion(subject) or subject) if subject is not None else None  # "My mother and I …"
            clause = FRONTED_APPOSED.match(masked, start, end)
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
            owner_gender = POSSESSIVE_GENDER[owners.pop()] if len(owners) == 1 else None
            if headline and subject is not None and subject.kind == "name":
                strict = all_capitalised(masked) or short_headline(masked)
                subject = self._known_in_body(subject, offset, offset + len(masked), strict)
            if subject is not None and subject.kind == "name" and self._capital_before_noun(masked[start:end], subject.text, offset + start):
                subject = None  # "Good information can still drive out bad": no one
            if not headline and subject is not None and subject.kind == "name" and self._founded(masked, subject.text, start, end) and not self._person(restore(subject.text), offset + start):
                # "Britain First was founded in 2011 by Paul Golding": a body, an "it" from here on,
                # never a "he" or "she" (and its founder is who the sentence brings in)
                self._bodies.add(restore(subject.text))
            if not headline and subject is not None and subject.kind == "name" and self._body_noun_before(masked, subject.text, start, end) and not self._person(restore(subject.text), offset + start):
                # "The liberal gossip site Gawker set a trap for Donald Trump": the noun before the
                # name says what it is, a body, an "it" from here on, never a "he" or "she"
                self._bodies.add(restore(subject.text))
            predicate = _COPULA_NAME.match(masked[start:end]) if not headline else None
            named = clean_name(restore(predicate.group("name"))) if predicate is not None else ""
            named_gender = None
            if named and not self._person(named, offset + start):
                # a name the text gives no gender yet is a person of the gender of the people it is
                # the predicate of: "one of the women to flee was 25-year-old Nesma Haddad" is a she
                genders = {_PEOPLE_GENDER.get(w) for w in predicate.group("subject").lower().split()} - {None} if predicate is not None else set()
                named_gender = genders.pop() if len(genders) == 1 else None
                named = named if named_gender and unknown_given_name(named) and self._registry.is_proper_name(named, offset + start) else ""
            if named and subject is not None and person_description(subject):
                # "Its director is Maria Soto, who oversees …": the role is the person the
                # sentence names, no one else for a "he" to mean
                self.add(offset + end - 1, Mention("name", named), None, gender=named_gender)
            elif predicate is not None and subject is not None and one_of_people(subject.text):
                pass  # "One of the residents was Dov Brinn": a name tells who, or no one does
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
                    joint, gender = offset + start, POSSESSIVE_GENDER[kin.group(1)]
                    self._joints[joint] = [(restore(subject.text), gender), (kin.group(2), description_gender(kin.group(2)))]
                plural = subject.kind == "name" and at >= start and joint < 0 and self._plural_name(masked, subject.text, at, end)
                if plural:
                    # "Leeds have rejected the request", "Labour are ahead": a team, a party or a
                    # firm spoken of in the plural, never a "he" or "she" (a "they" may mean it)
                    insort(self._groups, Referent(offset + max(at, start), restore(subject.text)))
                    self._plural_names.add(restore(subject.text))
                elif not (at >= start and _WHICH_AFTER.match(masked, at + len(subject.text), end)):
                    # "His mother, Rosa, waited outside": the role tells the name's gender; "Blue Harbor,
                    # which he founded, employs 40" is a thing's name, no one a "he" may mean
                    if subject.kind == "name" and at >= start and not headline:
                        self._add_unpersoned(masked, subject.text, at, end, offset)
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
                    elif member.kind == "description" and member is not conjuncts[0] and organisation_or_document(member, restore(member.text)):
                        # "The Health Ministry and the Finance Ministry rejected it": an "it" after
                        # means either body, so neither (``resolve_it``)
                        insort(self._things, Referent(offset + end - 1, restore(member.text), joint=joint))
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
            if not headline and subject is not None and subject.kind == "description" and people_group(subject.text):
                self._add_leader(masked, start, end, offset)
            common = subject is not None and subject.kind == "name" and self._registry.sentence_initial_word(restore(subject.text))
            thing = subject is not None and subject.kind == "pronoun" and subject.text in {"it", "that", "this"}  # "That's the case in …"
            thing = thing or subject is not None and subject.kind == "name" and restore(subject.text) in self._bodies
            no_person = subject is None or common or thing or subject.kind == "unnamed" or subject.kind == "description" and not person_description(subject)
            if not headline and no_person:
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
            if not headline and (no_person or subject is not None and self._body_subject(subject)):
                # a sentence about no person ("Concern grew when every Democrat on the panel signed
                # a letter", "Congress erupted when …"): a group its clause names is a "they"
                self._add_clause_group(masked, start, end, offset)
            if not headline and (no_person or subject is not None and (self._body_subject(subject) or subject.kind == "name" and self._organisation(restore(subject.text), offset + start))):
                # "The Plain Dealer reported it, citing a former employee": the one person cited
                self._add_cited_source(masked, start, end, offset)
            frame = _OPINION_FRAME.match(masked, start, end)
            holder = head_of_segment(frame.group(1) or frame.group(2)) if frame is not None else None
            many = _ONE_OF_MANY.fullmatch(holder.text) if holder is not None and holder.kind == "description" else None
            if many is not None and clean_name(many.group(1)):
                # "For Rima Haddad and thousands of other refugees, …": the one person named
                holder = Mention("name", clean_name(many.group(1)))
            if holder is not None and holder.kind == "name":
                # the sentence gives the holder's view, whoever its subject: "For Jonathan Chait,
                # Williamson is exposing …. “…,” he mocks" is Chait
                self.add(offset + end - 1, holder, None, since=offset + start)
            if closing is not None and closing.kind in {"name", "description"} and not _website(masked, start, end, closing.text) and closing.text not in named_conjuncts:
                # "Clarkston has a long history of welcoming refugees, Mayor Ted Terry noted." (not
                # "…, according to Factcheck.org": a website, no "he" for the sentence after; nor
                # "Ann Weller, 34, and Tom Reyes spoke": the joint subject's last, registered as such)
                self.add(offset + end - 1, closing, None)
            if closing is None or closing.kind != "name" and not person_description(closing):
                self._add_source(masked, start, end, offset)
            if not headline and subject is not None and (subject.kind == "name" and self._person(restore(subject.text), offset + start) or subject.is_he_or_she):
                self._add_document_object(masked, start, end, offset)
            bare = _BARE_CLOSING.search(masked, start, end) if closing is None else None
            believer = clean_name(restore(bare.group(1) or bare.group(2))) if bare is not None else ""
            if believer and self._person(believer, offset + start):
                # "…, he is also the most able candidate Viguerie argues.": a closing cue whose
                # comma the writer left out
                self.add(offset + end - 1, Mention("name", believer), None)
            asked = ASKED_PERSON.search(masked, start, end)
            if asked is not None and subject is not None and _asker(masked, start, asked.start(), subject):
                # "Conroy asked Sanders whether …. “Sure it is,” he said": the answer is the asked
                # person's, who the text is about by the end of the sentence (a person the text
                # titles, quotes or gives a gender: not "asked Fox News whether")
                name = clean_name(restore(asked.group(1)))
                if self._person(name, offset + start):
                    self.add(offset + end - 1, Mention("name", name), None)
            put = _PUT_TO.search(masked, start, end) if asked is None else None
            if put is not None and self._person(clean_name(restore(put.group(1))), offset + start):
                self.add(offset + end - 1, Mention("name", clean_name(restore(put.group(1)))), None)
            asked = _ASKED_TITLED.search(masked, start, end) if asked is None else None
            if asked is not None and subject is not None and _asker(masked, start, asked.start(), subject):
                # "a reporter asked the governor about it. “…,” she said": the person introduced
                # with that title answers
                titled = self._registry.resolve_title(asked.group(1), offset + start)
                if titled is not None and titled != AMBIGUOUS:
                    self.add(offset + end - 1, Mention("name", titled), None)
            if not headline and subject is not None and subject.kind == "description" and people_group(subject.text):
                self._add_rival_groups(masked, start, end, offset, restore(subject.text))
            for second in _SECOND_CLAUSE.finditer(masked, start, end):
                # "Florida is a swing state, and Clinton aimed her speech at …": who the text is
                # about by the end of the sentence
                other = leading_np(masked[second.end() : end], appositive=False)
                at = masked.find(other.text, second.end(), end) if other is not None else -1
                if other is not None and at >= 0 and _WHICH_AFTER.match(masked, at + len(other.text), end):
                    continue  # "…, and Launch Code, which helps developers": a thing the list ends on
                if other is not None and other.kind == "name" and at >= 0 and self._plural_name(masked, other.text, at, end):
                    self._plural_names.add(restore(other.text))
                    continue  # "…, but Tories are worried": a party spoken of in the plural, no "he"
                if other is not None and other.kind == "name" and at >= 0 and not _verb_or_aside_after(masked[at + len(other.text) : end]):
                    continue  # "He likes biking, he said, and Packers football.": a name as a modifier, no clause
                if other is not None and other.kind == "name":
                    # ", and Rep. Joe Ames, a Democrat, drafted" may close a joint subject
                    self._add_unpersoned(masked, other.text, at, end, offset)
                    self.add(offset + second.end(), other, None, joint=joint if other.text in named_conjuncts else -1)

    def _add_document_object(self, masked: str, start: int, end: int, offset: int) -> None:
        """A text a person's sentence brings in as an object ("Castell cited a 2003 memorandum
        issued by the agency. It says “…”"): the next "it" means the text, never the person."""
        cited = _DOCUMENT_OBJECT.search(masked, start, end)
        if cited is not None:
            insort(self._things, Referent(offset + cited.start(1), f"the {cited.group(1).lower()}"))

    def _body_subject(self, subject: Mention) -> bool:
        """``subject`` is an organisation's name ("Congress", "the Health Ministry") or a body the text
        says was founded: no person."""
        text = restore(subject.text)
        return subject.kind == "name" and (text in self._bodies or organisation_or_document(subject, text))

    def _add_unpersoned(self, masked: str, name: str, at: int, end: int, offset: int) -> None:
        """A subject name standing at ``at`` before its verb that ``_unpersoned`` finds no person's:
        a body an "it" may mean (not a byline's "By: LaborReport (Diary)", nor "Gillespie tried to
        keep his distance": a person's pronoun in the name's own clause)."""
        text, rest = restore(name), masked[at + len(name) : end]
        if (
            _verb_or_aside_after(rest)
            and not rest.lstrip().startswith("(")
            and not _PERSONAL_PRONOUN.search(rest)
            and text not in self._bodies
            and self._unpersoned(text, offset + at)
        ):
            insort(self._things, Referent(offset + at, text, inferred=True))

    def _unpersoned(self, name: str, position: int) -> bool:
        """One capitalised word the text never treats as a person's name ("Sina", "Xinhua",
        "Gazprom"): no given name is written before it nor is it one, no title or honorific, no
        "he" or "she" tied to it, no "who" after it nor a person's noun before it ("their son
        Malachi"), no common word, group or place. News names a
        person in full before the surname alone, so such a subject is a firm, an agency or a site,
        which an "it" after may mean ("Sina published a notice. “…,” it said"); a person stays
        whatever else the index keeps for them."""
        registry = self._registry
        if " " in name or not name[:1].isupper() or is_common_word(name) or name.lower() in GROUP_NOUNS or PLURAL_GROUP.fullmatch(name):
            return False
        if registry.fullest(name, position) != name or registry.is_place(name) or not registry.is_proper_name(name, position):
            return False
        return (
            not registry.titled(name)
            and registry.gender_of(name) is None
            and not registry.who_after(name)
            and not registry.person_noun_before(name)
        )

    def _one_of_a_people(self, position: int) -> bool:
        """The word at ``position`` follows "a" or "an" and a few lower-case words: "A churchgoing
        Syrian", "an elderly Afghan" (a demonym standing for one person of that people)."""
        return _INDEFINITE_BEFORE.search(self._registry.body[max(0, position - 60) : position]) is not None

    @staticmethod
    def _body_noun_before(masked: str, name: str, start: int, end: int) -> bool:
        """An organisation's noun with its determiner stands right before ``name``, the sentence's
        subject: "the gossip site Gawker", "The French carmaker Renault", "a Toronto-based firm
        Nexa" (not "The campaign Smith ran …": a person's)."""
        at = masked.find(name, start, end)
        before = _BODY_NOUN_BEFORE.search(masked, start, at) if at > start else None
        return before is not None and before.group(1) in _BODY_NOUNS

    @staticmethod
    def _founded(masked: str, name: str, start: int, end: int) -> bool:
        """The sentence says ``name``, its subject, was founded, set up or formed: a body's name."""
        at = masked.find(name, start, end)
        return at >= 0 and _FOUNDED.match(masked, at + len(name), end) is not None

    def _firm_first_words(self) -> frozenset[str]:
        """Words the body writes right before a firm's word ("Arcade Publishing", "Acme Holdings"),
        read once per text."""
        if self._firm_firsts is None:
            self._firm_firsts = frozenset(_words_before_firms(self._registry.body))
        return self._firm_firsts

    def _organisation(self, name: str, position: int) -> bool:
        """``name`` ends on an organisation's word ("Entertainment Weekly", "the Defence Ministry",
        "NATO") and no title, honorific or given name makes it a person's (a label before a quote makes
        it no person: "Entertainment Weekly: “…”"). A surname that is such a word is read in the
        fullest form the text gave it before: "Church said" after "Gordon Church" is a man."""
        words = name.split()
        body = body_shaped(name)  # "Hollywood Reporter", "Sky News", "Cleveland Plain Dealer", "Motor Co."
        body = body or press_shaped(name) and self._newspaper_title(name)  # "the Harlow Ledger reported" (not Heath Ledger)
        if len(words) == 1 and not body:
            # "Arcade announced" after "released by Arcade Publishing": the text writes the one
            # word as the first of a company's name, so it is the company, no "he" or "she"
            body = name in self._firm_first_words()
        if not body:
            return False
        full = self._registry.fullest(name, position) if len(words) == 1 else name
        # the gender a pronoun resolved to it gave it proves nothing ("Hollywood Reporter: “…” … he …");
        # "who" after it does ("Chase Church, who heads a project …, said"); a given name opening
        # it does, unless the text writes the name after "the" as a newspaper's ("the Dalton Star-Ledger")
        given = given_name_gender(full) is not None and not self._newspaper_title(full)
        return not self._registry.titled(full) and not given and not self._registry.who_after(full)

    def _apposed_person(self, name: str, position: int) -> bool:
        """``name``, written at ``position``, is set off by a person's role or an age: "Trump, the
        2016 Republican nominee, told reporters", "Stone, 54, said": a person's name, though a
        word of the language that the text capitalises only opening a sentence."""
        body = self._registry.body
        if not body.startswith(name, position):
            return False
        apposed = _APPOSED_ROLE.match(body, position + len(name))
        return apposed is not None and (apposed.group(2) is not None or person_description(Mention("description", apposed.group(1))))

    def _newspaper_title(self, name: str) -> bool:
        """The text writes ``name`` after "the", as a newspaper's (``written_as_a_title``), read
        once per name."""
        titled = self._titles.get(name)
        if titled is None:
            titled = self._titles[name] = written_as_a_title(name, self._registry.body)
        return titled

    def _plural_name(self, masked: str, name: str, at: int, end: int) -> bool:
        """The name standing at ``at`` takes a plural verb ("Leeds have", "Tories are") and the
        text and its given name tell no gender: a team, a party or a firm, no one person."""
        return (
            _PLURAL_VERB_AFTER.match(masked, at + len(name), end) is not None
            and self._registry.gender_of(restore(name)) is None
            and given_name_gender(name.split()[0]) is None
        )

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

    def _renew(self, pronoun: str, start: int, end: int, subject: Mention | None) -> None:
        """A sentence of reported speech closed by a pronoun's cue ("Clinton will lose Ohio, he
        said.") is about the pronoun's person, not its content's subject: that person stands
        again at the sentence's end, and the subject ("Clinton") is no referent. Not a sentence
        holding a quote ("Rhimes declared: “…,” she said" is Rhimes's own).

        When no one before the sentence fits the pronoun, the person it means is the sentence's own
        ``subject``, reporting on themself: "Leandra English, who is fighting the White House in
        court, will spend Tuesday in the office, she said in a statement." opening the story."""
        name = self.resolve(pronoun, start)
        if name is None and subject is not None and not self.fits_before(pronoun, start):
            name = self._own_subject(pronoun, subject, start)
        if name is not None:
            insort(self._entries, Referent(end, name, description_gender(name), start))

    def _own_subject(self, pronoun: str, subject: Mention, start: int) -> str | None:
        """``subject``, a person's name the text knows or a description of one, as the referent of
        ``pronoun`` in its own sentence, when the gender it is known by fits (none known fits)."""
        want = PRONOUN_GENDER.get(pronoun)
        if subject.kind == "name":
            text = restore(subject.text)
            if not self._registry.is_proper_name(text, start) or organisation_name(text) is not None or self._organisation(text, start):
                return None
            text = self._registry.fullest(text, start)
            gender = self._registry.gender_of(text)
        elif person_description(subject):
            text = restore(subject.text)
            gender = description_gender(text)
        else:
            return None
        return text if gender in {None, want} else None

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
        person: bool = False,
    ) -> None:
        """A person at ``position``: a sentence subject, or a quote's speaker (``speaker`` is its
        resolved name). Pronouns add nothing: they point at an entry already here. A subject
        standing after the start of its sentence (``since``) is already there for a pronoun
        before it in that sentence: "In what he called a “rant,” Obama …" is Obama. A description
        the caller found a ``person``'s ("a person familiar with the talks", whose last noun is no
        person) is one, no group ("a source close to the family" is no "they")."""
        since = position if since is None else since
        text = speaker or restore(mention.text)
        body = mention.kind == "name" and text in self._bodies
        if mention.kind == "name" and (_BRAND_WORD.fullmatch(text) is not None and text not in self._registry.persons or text in _OUTLETS):
            # "Duysak deleted the account, TechCrunch said. “…,” he said": a brand's name is no
            # "he" or "she"; an "it" of a verb of saying may mean it (not "It moved …")
            insort(self._things, Referent(position, text, joint=joint, inferred=True))
            return
        if body or organisation_or_document(mention, text) or speaker is not None and mention.kind == "name" and self._unpersoned(text, position):
            insort(self._things, Referent(position, text, joint=joint))
        if body:
            return  # "Britain First was founded in 2011": a body, no "he" or "she"
        authors = document_authors(text) if mention.kind == "description" else None
        if authors is not None:
            insort(self._groups, Referent(position, authors))  # "A letter from the lawmakers asked": they
        if mention.kind == "description" and not person and (people_group(text) or speaker is not None and joint_speakers(text)):
            # a "they" speaker who is two people or more ("Ann Roe and Bill Tate") is a group again
            insort(self._groups, Referent(position, text, since=since if speaker is None else -1))
        if mention.kind == "name" and organisation_name(text) is not None:
            return  # "Americans for Prosperity ran ads": an organisation, never "he" or "she"
        if mention.kind == "name" and _PLURAL_ACRONYM.fullmatch(text):
            return  # "GCSEs were meant to …", "NGOs say": things or a group, never "he" or "she"
        if mention.kind == "name" and self._organisation(text, position):
            # 'Entertainment Weekly: “The untold story” Fenwick disdained the hard sell. He …': a
            # publication or a body labelled as a quote's speaker or opening a sentence is no "he"
            return
        if mention.kind == "name" and speaker is not None and is_place(text):
            # '“…,” Pyongyang said', '“…,” Ottawa said': a government by its country or its capital,
            # an "it" above, never a later "he" or "she"
            return
        if mention.kind == "name" and is_demonym(text) and self._registry.fullest(text, position) == text and not self._one_of_a_people(position):
            # "Syrian tensions spill over into Lebanon", a quoted '“Syrian”' read as its speaker:
            # a demonym alone is an adjective or a word, no one's name (not "Judith French"); but
            # "A churchgoing Syrian told me" is a person
            return
        if mention.kind == "name":
            if speaker is None:
                if not self._registry.is_proper_name(text, position):
                    return
                if self._registry.sentence_initial_word(text) and not self._apposed_person(text, position):
                    return
                if text.lower() in GROUP_NOUNS:
                    return  # "Republicans run the risk": a group, no "he" or "she"
                if no_ones_name(text):
                    return  # "Am I allergic …?", "Hi Tim, have you found …", "Canada Day came and went"
                if text in self._plural_names:
                    return  # "Sale host Bath …. It is an issue he raised when Sale lost": the club again
                if " " not in text and text.endswith("ing") and self._registry.fullest(text, position) == text and text not in self._registry.persons:
                    # a lone word in -ing that no given name or title makes a person: places and
                    # firms ("Beijing", "Reading", "Boeing") outnumber surnames ("Fleming"), and the
                    # subject of "Cooke's clients include Boeing, prime contractor …" is no "he"
                    return
                text = self._registry.fullest(self._registry.person_before_common_words(text), position)
                if PLURAL_GROUP.fullmatch(text.split()[-1].rsplit("-", 1)[-1]) and text not in self._registry.persons:
                    return  # "Millennials age 18-34 comprise …", "Evangelicals", "Hispanics", "Young Latinos", "Hispanic-Americans"
                if " " not in text and text.endswith("ism") and text not in self._registry.persons:
                    return  # "Mormonism gained a great deal in the election": a creed or a movement, no one
                if self._registry.is_place(text):
                    return  # "Oklahoma passed the bill", "Ohio conservative Lankford …": a place, never "he" or "she"
                if " " not in text and (is_city(text) or is_country(text)) and not self._registry.titled(text):
                    # '“…,” Moscow said in a statement.' made Moscow a speaker, which ``is_place`` takes
                    # for a person: a government by its capital or its country all the same
                    return
            insort(self._entries, Referent(position, text, gender, since=since, joint=joint, until=until))
        elif person or person_description(mention):
            titled = self._registry.resolve_title(text, position) if speaker is None else None
            if titled is not None and titled != AMBIGUOUS:
                # "But the former Mexican president didn't stop there": the one person introduced
                # with that title ("Former Mexican President Felipe Calderon")
                insort(self._entries, Referent(position, titled, description_gender(text), since, joint))
                return
            insort(self._entries, Referent(position, text, description_gender(text), since, joint, stop=stop))
