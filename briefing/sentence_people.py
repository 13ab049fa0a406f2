"""The people a sentence names besides its subject, for ``salience.SubjectIndex``.

A pronoun may mean someone other than the sentence's subject: the owner of the subject ("Ann
Weller's father, Tom, …"), the subject of an opening clause ("When Tom Kline announced his bid,
he said …"), the second of a joint subject ("… and her rival, Sen. Tom Ives, debated"), the person
a sentence with no person for its subject brings in ("The robots were designed by British artist
Giles Marr", "…, according to Jane Roe"). ``SubjectIndex.add_paragraph`` reads each sentence's
subject and calls these readers for the rest. A mixin, so the index keeps one interface:
``SubjectIndex`` inherits ``SentencePeople``, whose methods read its registry and fill its entries.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace
from itertools import chain
from typing import TYPE_CHECKING

from .conjunct_words import INNER_PREPOSITIONS
from .masking import restore
from .mention import Mention
from .name_cleaning import NAME_RUN, clean_name
from .names import NameRegistry
from .referents import (
    PLURAL_GROUP,
    POSSESSIVE_GENDER,
    Referent,
    description_gender,
    people_group,
    person_description,
)
from .relative_clauses import who_antecedent
from .sentence_subjects import leading_np
from .speaker_kinds import names_organisation
from .speech_lexicon import ASKED_QUESTION_WORDS, GROUP_NOUNS, ORGANISATION_NOUNS, PERSON_NOUNS
from .speech_verbs import SPEECH_VERB, first_verb
from .wordlists import WEEKDAY_NAMES, is_common_word

#: ", and her rival, Sen. Tom Ives," / " and Sen. Tom Ives" ending a subject (group 1: "her", group
#: 2: the role, group 3: the name).
_AND_NAME = re.compile(r"\sand\s+(?:(his|her|their)\s+([a-z]+),\s+)?((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+),?\s*(?:both\s+)?$")
#: "and her son, Tom," set off before a lower-case word (the verb of a joint subject; groups as
#: in ``_AND_NAME``).
_AND_KIN_NAME = re.compile(r"\sand\s+(his|her|their)\s+([a-z]+),\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+),\s+(?!and\b|or\b|who\b|whose\b)(?=[a-z])")
#: ", led by Ana Ruiz," after a group subject: its leader (group 1).
_LED_BY = re.compile(r",\s+(?:led|headed|organi[sz]ed)\s+by\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)\s*,")
#: The named members given as the example of a group subject, before the group's verb: "Critics of
#: the plan, including Tom Kell, say …", "Residents such as Ana Ruiz and Tom Kell say …" (group 1:
#: the first name, group 2: a second one; not three or more).
_MEMBERS = re.compile(
    r"(?:,\s+including|,?\s+such\s+as|,\s+like)\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)(?:\s+and\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+))?"
    r"(?=,?\s+(?!and\b|or\b|nor\b)[a-z])"
)
#: A name opening a clause (group 1), with particles inside it: "When Ben van der Pluijm arrived".
_CLAUSE_NAME = r"((?:[A-Z][\w’'.․-]+\s+(?:(?:van|von|de|der|den|del|della|la|le|du|da|di|bin|ibn|al|el)\s+){0,2}){0,3}[A-Z][\w’'-]+)"
#: An age or a role set off by commas between a clause's name and its verb: ", the party chairman,".
_SET_OFF_ROLE = r"(?:,\s+(?:\d{1,3}|(?:a|an|the|his|her|their)\s+[^,;:.“”]{1,60}),)?"
#: The verb right after a clause's subject, maybe after an adverb.
_CLAUSE_VERB = (
    r"\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]+(?:ed|s)|stood|rose|spoke|took|came|went|began|got|made|gave|sat|ran|left|won|lost|met|held|brought|"
    r"heard|saw|said|told|wrote|read|beat|found|kept|felt|grew|knew|became|had)(?![\w’'-])"
)
#: A name and its verb after a conjunction opening a clause (group 1: the name).
_NAME_THEN_VERB = _CLAUSE_NAME + _CLAUSE_VERB
#: A lower-case word between a clause's conjunction and its name, a role's ("the novelist",
#: "realtor"); no preposition, after which the name is its object ("as part of New Unity
#: attempts to reform" is no clause whose subject is New Unity).
_CLAUSE_ROLE_WORD = r"(?!(?:" + "|".join(sorted(INNER_PREPOSITIONS)) + r")\s)[a-z][\w-]*\s+"
#: A name opening a subordinate clause, before its verb: "when Reyes mentioned", "as Gov. Ann Lee
#: spoke", "after the novelist Jo Walton explained", a clause of result "so calm that Mr. Bram
#: joked" (group 1: the name).
_CLAUSE_SUBJECT = re.compile(
    r"(?<![\w’'])(?i:when|after|as|because|while|until|before|once|where|(?:so|such)\s+(?:an?\s+)?(?:[a-z]+\s+){1,2}?that)\s+(?:(?:the\s+)?(?:" + _CLAUSE_ROLE_WORD + r"){1,2}?)?"
    + _CLAUSE_NAME + _SET_OFF_ROLE + _CLAUSE_VERB
)  # "after the novelist Jo Walton explained", "where realtor Shaun Ghulam said", "after Tom Kell, the party chairman, called"
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
#: An opening phrase naming a person's own channel of words, owned ("On House Speaker Tom Kell's
#: website,", "In Ann Roe's statement,") or written by them in a relative clause ("In a photo of
#: the card Dan Pike posted on Twitter,"): the sentence gives their words, so a "he" or "she"
#: subject after it is most likely them (group 1: the name). Not "In a call with Tom Kell,": the
#: one called is no author.
_OWNED_CHANNEL = re.compile(
    r"\s*(?:On|In)\s+(?:(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:photo|picture|image|copy|post|letter|note|statement|message|video|tweet|e-?mail)"
    r"(?:\s+of\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?\s+(?:that\s+)?((?:[A-Z][\w.․-]+\s+){0,3}[A-Z][\w-]+)\s+"
    r"(?:posted|wrote|sent|shared|published|released|tweeted|signed|issued)\b[^,;:“”]{0,40})"
    r"|((?:[A-Z][\w.․-]+\s+){0,4}[A-Z][\w-]+)(?:’s|'s|’|')\s+(?:(?:[a-z][\w-]*|Twitter|Facebook|Instagram|YouTube)\s+){0,2}"
    r"(?:website|web\s+site|blog|statement|letter|e-?mail|memo|post|tweet|account|page|feed|message|video|note|essay|column|book|op-ed|speech|remarks|newsletter|podcast)"
    r"(?:\s+(?:on|in|at|last|this)\s+[^,;:“”]{1,30})?),"
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
FRONTED_APPOSED = re.compile(
    r"\s*" + _OPENING_CONJUNCTION + r"\s+((?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+"
    r"(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w’'-]*),\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+),\s+[a-z][^,;:.“”]*,\s+"
)
#: A sentence opening with a clause whose subject is a name set off by an age: "While Zawadi, 36,
#: waits for a customer, Neema Kaduma …" (group 1 empty, group 2: the name, the clause's subject
#: as in ``FRONTED_APPOSED``; the sentence's is after the clause).
FRONTED_AGED = re.compile(
    r"\s*" + _OPENING_CONJUNCTION + r"\s+()((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+),\s+\d{1,3},\s+[a-z][^,;:.“”]*,\s+"
)
#: A sentence opening with a name's possessive before a lower-case noun ("Sen. Ivy Pratt’s office
#: released …", "One of Tom Kell's earlier attacks came …"; group 1: the owner).
_OWNER_SUBJECT = re.compile(
    r"\s*(?:(?:One|Some|Many|Most|Several|Each|Both|All|None|Part|Much)\s+of\s+)?((?:[A-Z][\w.․-]+\s+){0,3}[A-Z][\w-]+)(?:’s|'s|’|')\s+[a-z]"
)
#: A person's words owned ("comments", "remarks on the war") and a past verb that is no copula
#: after them ("revealed", "drew", "came").
_OWNED_WORDS_THEN_VERB = re.compile(
    r"(?:comments|remarks|claims|statements|words|answers|statement|answer|comment|remark)(?:\s+(?:on|about|at|in|to)(?:\s+[\w’'.-]+){1,4}?)?"
    r"\s+(?!(?:was|were|is|are|had|has|have|seem|seemed|remain|remained)\b)[a-z]+(?:ed|ew|ame|ent|ought|ave|ook)\b"
)
#: A name's possessive before a lower-case noun inside a sentence ("praised Ana Weller’s plan";
#: group 1: the owner).
_OWNER_INSIDE = re.compile(r"(?<=[a-z,]\s)((?:[A-Z][\w.․-]+\s+){0,3}[A-Z][\w-]+)(?:’s|'s|’|')\s+[a-z]")
#: An attribution set off by commas inside a sentence: ", Hennessey said, and …", ", Tom Vale
#: explained, but …" (a verb of saying that reports what the sentence says, ``_ASIDE_VERBS``).
#: A role set off before the name ("a spokeswoman, Anna White, said") and a day after the verb ("said
#: on Saturday,") may stand in it: the person is a he or she for the next quote, not the firm the
#: sentence is about.
_ASIDE_VERBS = ("said", "says", "explained", "explains", "added", "adds", "noted", "notes", "argued", "argues", "recalled", "recalls", "insisted", "insists", "observed", "observes")
#: The same verbs with the space before them: a cheap test before the pattern runs.
_ASIDE_VERB_WORDS = tuple(f" {verb}" for verb in _ASIDE_VERBS)
_ATTRIBUTION_ASIDE = re.compile(
    r",\s+(?:(?:a|an|the|his|her|its|their)\s+(?:[a-z]+\s+){0,2}?[a-z]+,\s+)?((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+),?\s+"
    rf"(?:{'|'.join(_ASIDE_VERBS)})"
    rf"(?:\s+(?:on\s+)?(?:{'|'.join(WEEKDAY_NAMES)}))?,\s"
)  # ․: a masked title dot
#: "who" and a verb of saying in -ed or -s after a comma: a relative clause reporting its
#: antecedent's words (", who said", ", who told reporters").
_WHO_SAID = re.compile(r",\s+who\s+(?:[a-z]+ly\s+|also\s+|later\s+)?(?:said|says|told|tells|added|argued|argues|noted|notes|wrote|writes|insisted|insists|warned|warns)\b")
#: A question put to a named person: "asked Sen. Paul Hale whether …", "pressed Holt on the deal"
#: (not "asked Hale to resign", no question).
ASKED_PERSON = re.compile(
    r"\b(?:asked|pressed|questioned|quizzed|grilled)\s+((?:[A-Z][\w’'.․-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?:about|on|over|"
    rf"{ASKED_QUESTION_WORDS}|who)\b"
)
#: The person a sentence's content is credited to: "according to Jane Roe", "according to a post
#: from Arianna Huffington".
_ACCORDING_TO = re.compile(
    r"[Aa]ccording to (?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:from|by)\s+)?((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+)(?=[,.;:)]|\s*$)(?!\.[a-z]{2,4}\b)"
)  # a name ending the phrase: not "according to Senate filings", nor a website ("according to Factcheck.org")
#: "as noted by X", "as explained by X" (maybe after a role noun: "as noted by immunologist Dr. Lina
#: Velikova"), a name ending the phrase: the sentence's source, like "according to X" (group 1: the
#: role word, group 2: the name).
_AS_NOTED_BY = re.compile(
    r"\b[Aa]s\s+(?:noted|explained|stated|pointed\s+out|observed|described|reported|argued|suggested|recommended|cautioned|advised|told)\s+by\s+"
    r"(?:(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+)?((?:[A-Z][\w’'.․-]+\s+){0,2}[A-Z][\w’'-]+)(?=[,.;:)]|\s*$)"
)
#: A source a sentence with no person for its subject brings in: "…, citing a former employee.",
#: "According to a senior aide, the firm …" (group 1: the phrase, to the next comma or the end).
_CITED = re.compile(r"(?<![\w’'-])(?:[Cc]iting|[Aa]ccording\s+to)\s+([^,;:“”()]{2,80}?)(?=[,;:)]|[.!?]?\s*$)")
#: Words after a cited source's head noun that say more of it: "a person familiar with the talks",
#: "a source close to the family", "a letter from her doctor" (the head is before them: a person,
#: or a document, no "he" or "she").
_SOURCE_TAIL = re.compile(r"\s(?:from|by|with|to|familiar|close|briefed|who|whose|that)\s.*")
#: A subject phrase opening with a determiner or a partitive ("The promise …", "One of the …").
def _modifier_name(phrase: str, name: str) -> bool:
    """``name`` (or its last word, as the phrase may shorten it) stands between "a" or "an" and a
    lower-case noun it modifies: "an Alan Shearer strike", "a Tom Reyes speech"."""
    last = re.escape(name.split()[-1])
    return re.search(rf"(?<![\w’'-])[Aa]n?\s+(?:[A-Z][\w’'.-]*\s+)*{last}\s+[a-z]", phrase) is not None


_DETERMINED_PHRASE = re.compile(r"\s*(?:(?:One|Some|Many|Most|Several)\s+of\s+the|The|A|An|This|That|These|Those|Any|Every|Each)\s")
#: The writer denying being someone ("I am no Roy Keller", "I'm not a Tom Kell", "we are hardly
#: …"): a comparison, no person the text goes on about (group 1: the name).
_WRITER_IS_NO = re.compile(
    r"\b(?:I\s+am|I[’']m|[Ww]e\s+are|[Ww]e[’']re)\s+(?:no|not|hardly|certainly\s+no|no\s+longer)\s+(?:an?\s+)?((?:[A-Z][\w’'.-]+\s+){0,2}[A-Z][\w’'-]+)"
)
#: A name ending a sentence after a word, maybe with an age, a place, a role or a relative clause
#: set off: "… for Halifax nurse Ada Lind, 52.", "… helped Tom Kell, a welder from Halifax.", a role
#: set off before it: "… a sharp reply from the party chairman, Tom Kell." (group
#: 1: the word before, a role noun or not; group 2: the name; group 3: the age; group 4: the role;
#: group 5: "who" opening a relative clause about the person).
_CLOSING_PERSON = re.compile(
    r"(?<![\w’'-])([a-z][a-z-]*),?\s+((?:[A-Z][\w’'.․-]+\s+){1,3}[A-Z][\w’'-]+)(?:,\s+(\d{1,3}))?"
    r"(?:,\s+(?:of|from)\s+[A-Z][^,.;:“”]{0,40})?(?:,\s+(?:(?:a|an|the)\s+([^,.;:“”]{1,60})|(who)\s+[^.;:“”]{1,120}))?[.!]?\s*$"
)
#: A coordinated main clause whose subject is in lower case: ", and the doctors joined them", "; but
#: every Republican voted", or a nation's word and its people (", and Iraqi officials backed it").
_SECOND_LOWER_CLAUSE = re.compile(r"[,;]\s+(?:and|but|while)\s+(?=[a-z]|[A-Z][\w.\u2024]*\s+[a-z])")
#: A subordinating conjunction before a clause whose subject is in lower case: "when every Democrat
#: on the committee signed", "after the senators voted".
_CLAUSE_OPENER = re.compile(r"(?<![\w’'])(?:when|after|because|while|until|before|once)\s+(?=[a-z])")
#: A passive verb and "by", maybe with a lower-case role before the agent's name ("were designed
#: by British artist", "was written by"): the name after it made or did the thing. Also a
#: participle with no auxiliary, a reduced relative ("the plan outlined in an article (published
#: in May) by Michael Shermer"), past a short place phrase and a parenthesis before the "by"; not
#: one set off by a comma, which may be about a group ("A group of parents, led by Ana Ruiz, went").
_PASSIVE_AGENT = re.compile(
    r"\b(?:(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?|(?<!,\s))(?:[a-z]+ed|made|written|built|drawn|taken|shot|sung|told)"
    r"(?:\s+(?:in|on|at)\s+\d{4})?(?:\s+(?:in|on|at|for)\s+(?:a|an|the)\s+[a-z]+)?(?:\s+\([^()]{1,40}\))?"
    r"\s+by\s+(?:(?:[A-Z][a-z]+\s+)?([a-z]+)\s+)?(?=[A-Z])"
)


def unknown_given_name(name: str) -> bool:
    """A name of two words or more whose first word is no word of the language: a given name the
    list does not hold ("Elise Moor"), not a place of common words ("Middle East", "New Town")."""
    words = name.split()
    return len(words) > 1 and not is_common_word(words[0].lower())


def _name_group(match: re.Match[str], statement: re.Match[str] | None, channel: re.Match[str] | None) -> int:
    """Which group of an opening ``match`` (``SentencePeople._add_before_subject``) holds its name."""
    if match is statement:
        return 1
    if match is channel:
        return 1 if match.group(1) else 2
    return match.lastindex or 1


class SentencePeople:
    """``SubjectIndex``'s readers of the people a sentence names besides its subject: they read
    its ``_registry`` and add to its ``_entries``, ``_joints`` and ``_kin_names``."""

    # set by ``SubjectIndex.__init__``
    _registry: NameRegistry
    _entries: list[Referent]
    _joints: dict[int, list[tuple[str, str | None]]]
    _kin_names: dict[int, tuple[set[str], str]]
    _groups: list[Referent]

    if TYPE_CHECKING:  # ``SubjectIndex``'s own

        def add(self, position: int, mention: Mention, speaker: str | None, *, since: int | None = None, joint: int = -1, gender: str | None = None, until: int = -1, stop: int = -1, person: bool = False) -> None: ...

    def _add_second_subject(self, masked: str, start: int, end: int, offset: int, joint: int) -> None:
        """The second of two people joined as one subject ("Gov. Rae Lund, a Democrat, and her
        rival, Sen. Tom Ives, debated"): a referent too, after the first, so a "he" that the
        first may not be ("her rival") can find him. Only a name the text titles or gives a
        gender, right before the verb. "her" or "his" before the second's role tells the first's
        gender, which ``resolve`` needs to tell the two apart (``joint``: the coordination's
        sentence, see ``Referent.joint``)."""
        sentence = masked[start:end]
        verb = first_verb(sentence) or SPEECH_VERB.search(sentence)
        spoken = SPEECH_VERB.search(sentence, 0, verb.start()) if verb is not None else None
        # "Kirby also said that emails between Clinton and President Obama were found": the verb of
        # saying ends the subject, and a name joined in its clause is no second subject
        verb = spoken or verb
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
        owner = POSSESSIVE_GENDER.get(joined.group(1) or "")
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
        apposed = FRONTED_APPOSED.match(masked, start, end)
        clause = _OPENING_CLAUSE.match(masked, start, end) if not aside else None
        asked = question = None
        named_subject = False
        if clause is not None:
            question = ASKED_PERSON.search(masked, clause.start(1), clause.end(1))
            asked = question or _CLAUSE_OBJECT.search(masked, clause.start(1), clause.end(1))
            named_subject = masked[clause.start(1) : clause.start(1) + 1].isupper()
        added: list[Referent] = []
        clause_subject = _FRONTED_CLAUSE_SUBJECT.match(masked, start, end)
        statement = _STATEMENT_BY.match(masked, start, end)
        if statement is not None and statement.group(2) and statement.group(2) not in ORGANISATION_NOUNS:
            statement = None  # "In a statement from Tom Kline's lawyer, he said": the lawyer's, maybe
        channel = _OWNED_CHANNEL.match(masked, start, end) if not aside else None
        for match in (_OWNER_SUBJECT.match(masked, start), statement, channel, clause_subject, apposed, asked):
            name = clean_name(restore(match.group(_name_group(match, statement, channel)))) if match is not None else ""
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
        """The person who leads a group subject ("A group of parents, led by Ana Ruiz, went …"), or
        the member it names ("Critics, including Tom Kell, say …"): a referent where the group
        stands (not after it), so a "she" can find her and a "they" is still the group. Two members
        named ("including Tom Kell and Ana Ruiz") are a joint: a pronoun both fit means neither."""
        led = _LED_BY.search(masked, start, end)
        if led is not None:
            name = clean_name(restore(led.group(1)))
            if name and self._person(name, offset + start):
                self.add(offset + start, Mention("name", name), None, since=offset + start)
            return
        members = _MEMBERS.search(masked, start, end)
        names = [clean_name(restore(n)) for n in members.groups() if n] if members is not None else []
        if not names or not all(self._member(name, offset + start) for name in names):
            return
        joint = offset + start if len(names) > 1 else -1
        if joint >= 0:
            self._joints[joint] = [(name, None) for name in names]
        for name in names:
            self.add(offset + start, Mention("name", name), None, since=offset + start, joint=joint)

    def _member(self, name: str, position: int) -> bool:
        """``name``, given as a member of a group of people, is a person's: one the text titles,
        quotes or gives a gender, or a full name of an unknown given name ("Residents such as
        Jordan Pike") that nothing makes a body's ("such as Human Rights Watch") or a place's."""
        if self._person(name, position):
            return True
        registry = self._registry
        return bool(name) and unknown_given_name(name) and registry.is_proper_name(name, position) and not registry.is_place(name) and not names_organisation(name.split()[-1])

    def _add_writer_object(self, masked: str, start: int, end: int, offset: int) -> None:
        """The one person a sentence of the writer's names ("When the deal was struck, I thought of
        Elise Moor. … “…,” she replied"): the writer is no referent, so the sentence is about
        that person, for the "she" after it. Not when it names two or more people, nor a name that
        opens on a common word no given name makes a person's ("We did not believe … the Middle East"),
        nor one the writer denies being ("I am no Roy Keller, but I knew the rules"): a model
        held up for comparison, whom the text is not about."""
        denied = {clean_name(restore(m.group(1))) for m in _WRITER_IS_NO.finditer(masked, start, end)}
        people = {
            name
            for name in self._registry.names_between(offset + start, offset + end)
            if name not in denied
            and not self._registry.is_place(name)
            and not names_organisation(name.split()[-1])
            and (self._person(name, offset + start) or unknown_given_name(name) and self._registry.is_proper_name(name, offset + start))
        }
        if len(people) == 1:
            self.add(offset + end - 1, Mention("name", people.pop()), None, since=offset + start)

    def _one_person(self, name: str) -> bool:
        """``name`` may be one person of a gender the text does not tell (a surname: "Kline"), not a
        group ("Democrats", "Millennials")."""
        return name.lower() not in GROUP_NOUNS and not (PLURAL_GROUP.fullmatch(name) and name not in self._registry.persons)

    def _person(self, name: str, position: int) -> bool:
        """``name`` is someone a he or she may mean: the text titles or quotes them, or a given
        name tells a gender (not "Fox News", "CNN")."""
        full = self._registry.fullest(name, position) if name else ""
        return bool(full) and (full in self._registry.persons or self._registry.gender_of(full) is not None)

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
        if any(_modifier_name(phrase, name) for name in people):
            # "An early own goal followed by an Alan Shearer strike earned them a win": a name as a
            # noun's modifier tells what kind of thing, not whom the sentence is about
            return
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

    def _add_rival_groups(self, masked: str, start: int, end: int, offset: int, group: str) -> None:
        """Another group of people as the subject of a second main clause of a sentence whose subject
        is a group: "The nurses walked out on Monday, and the doctors joined them. “…,” they said"
        may be either group's words, so the "they" means neither (``resolve_they``)."""
        for second in _SECOND_LOWER_CLAUSE.finditer(masked, start, end):
            other = leading_np(masked[second.end() : end], appositive=False)
            if other is not None and other.kind == "description" and people_group(other.text) and restore(other.text) != group:
                insort(self._groups, Referent(offset + second.end(), restore(other.text), since=offset + start))

    def _add_clause_group(self, masked: str, start: int, end: int, offset: int) -> None:
        """A group of people as the subject of a subordinate clause when the main subject is no
        person: "Concern grew on Thursday when every Democrat on the committee signed a letter.
        “…,” they said in the letter" is the Democrats'. Where the clause's subject stands."""
        for clause in _CLAUSE_OPENER.finditer(masked, start, end):
            group = leading_np(masked[clause.end() : end], appositive=False)
            if group is not None and group.kind == "description" and people_group(group.text):
                insort(self._groups, Referent(offset + clause.end(), restore(group.text), since=offset + start))

    def _add_passive_agent(self, masked: str, start: int, end: int, offset: int) -> None:
        """The person by whom a thing was made or done when the sentence's subject is no person:
        "The robots were designed by British artist Giles Marr. “…,” he said" is Marr. Only a name
        the registry holds as a person's (a given name, a title or an honorific) or that a role noun
        opens ("by British artist Giles Marr"), no place and no organisation."""
        for agent in _PASSIVE_AGENT.finditer(masked, start, end):
            if agent.group(1) in {"a", "an", "the"}:
                continue  # "A goal followed by an Alan Shearer strike": the name modifies a noun, no agent
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
        after it ("a welder") or a relative clause, after a role noun or with an age, a role or a
        relative clause that says more of them: "That did not satisfy Tom Kell, who has fought the
        plant for years. “…,” he said" is Kell, whom the sentence introduces to speak next."""
        found = _CLOSING_PERSON.search(masked, start, end)
        role = re.split(r"\s(?:from|of|at|in|with|for|who)\s", found.group(4))[0].split()[-1:] if found is not None and found.group(4) else []
        # a role noun before the name, an age, or an appositive role after it: "… helped Tom
        # Kell, a Halifax welder.", "Another success story is Tom Kell, 50, of Halifax."
        if found is None or not (found.group(1) in PERSON_NOUNS or found.group(3) or found.group(5) or role and role[0] in PERSON_NOUNS):
            return
        if found.group(1) in {"and", "or", "nor"}:
            # "… are Avery Quint and Lee Ostrow, who both live nearby.": the last of two or more, no
            # more the one the sentence introduces than the others
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
        if until >= 0 and owner is not None and _OWNED_WORDS_THEN_VERB.match(masked, owner.end() - 1):
            # "Brill’s comments on the radio revealed tensions": the words a person spoke, a
            # subject our reader leaves unread (its noun is a verb's form too), before a verb
            # that is no copula: the sentence is about them, as after "Dan Okoro’s campaign has"
            until = -1
        if name and self._person(name, offset + start):
            self.add(offset + start, Mention("name", name), None, since=offset + start, until=until)

    def _add_cited_source(self, masked: str, start: int, end: int, offset: int) -> None:
        """The one person a sentence about no person cites, where the phrase stands: "The dispute
        began when the Cleveland Plain Dealer reported on the deal, citing a former employee.
        “…,” he said" is the employee's (the newspaper is no "he"). A lower-case role whose head is
        one person ("a senior aide", "a person familiar with the talks"; its gender only when its
        words tell it), or a name alone. Not a group ("citing two officials": no "he" or "she"),
        nor a thing ("citing court records", "citing a letter from her doctor"). A sentence whose
        subject is a person is left to its subject: "Sen. Ann Roe voted no, citing a constituent.
        “…,” she said" is Roe's."""
        sentence = masked[start:end]
        if "iting " not in sentence and "ccording to " not in sentence:
            return
        for cited in _CITED.finditer(masked, start, end):
            phrase = cited.group(1)
            np = leading_np(phrase, appositive=False)
            if np is None or not phrase.startswith(np.text):
                continue  # "citing Labor Department data" reads "Department"
            text = restore(np.text)
            if np.kind == "name" and np.text == phrase.strip() and clean_name(text) == text:
                self.add(offset + cited.start(1), np, None)
            elif np.kind == "description":
                head = Mention("description", _SOURCE_TAIL.sub("", text))
                if not people_group(head.text) and person_description(head):
                    self.add(offset + cited.start(1), Mention("description", text), None, person=True)

    def _add_source(self, masked: str, start: int, end: int, offset: int) -> None:
        """The person a sentence reports mid-way or credits its content to, where the name stands:
        "…, Hennessey said, and …", "…, according to a post from Arianna Huffington." Each
        regex runs only on sentences holding its words."""
        sentence = masked[start:end]
        found = None
        if "ccording to " in sentence:  # "according to X", "According to X, …"
            found = _ACCORDING_TO.search(masked, start, end)
        elif any(word in sentence for word in _ASIDE_VERB_WORDS):
            found = _ATTRIBUTION_ASIDE.search(masked, start, end)
        name = clean_name(restore(found.group(1))) if found is not None else ""
        if found is not None and name:
            self.add(offset + found.start(1), Mention("name", name), None)
        relative = _WHO_SAID.search(masked, start, end) if " who " in sentence else None
        antecedent = who_antecedent(masked[start : relative.start()]) if relative is not None else None
        name = clean_name(restore(antecedent.text)) if antecedent is not None and antecedent.kind == "name" else ""
        if relative is not None and name and self._person(name, offset + start) and not self._registry.is_place(name):
            # "The bill was backed by Sen. Dana Whitfield of Oregon, …, who said …. “…,” she said":
            # the one the sentence reports speaking, whom the text titles or gives a gender
            self.add(offset + relative.start(), Mention("name", name), None)
        noted = _AS_NOTED_BY.search(masked, start, end) if " by " in sentence else None
        name = clean_name(restore(noted.group(2))) if noted is not None else ""
        at = offset + noted.start(2) if noted is not None else 0
        if noted is not None and name and (noted.group(1) in PERSON_NOUNS or self._person(name, at)) and not self._registry.is_place(name) and not names_organisation(name.split()[-1]):
            # "…, as noted by immunologist Dr. Lina Velikova. “…,” she explained": the person the
            # sentence credits, whom the text titles, a given name gives a gender or a role noun
            # introduces (not "as noted by Harvard Medical School")
            self.add(at, Mention("name", name), None)
