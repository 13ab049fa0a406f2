"""Learning people's genders from the article's own text, for ``NameRegistry`` (``names``).

A pronoun after a quote ("…,” she said") is resolved to a person the text named, and a
candidate of the other gender is ruled out (``NameRegistry.gender_of``, ``gendered_between``,
``kin_between``; read by ``speaker_turns``, ``speaker_resolution`` and ``salience``). Given-name
lists do not know every name ("Kwame", "Ngozi"), and a title or an honorific is not always
written, so the text is read for what it tells: a kin noun or a gendered role written with a
name ("her son Kody Cook", "spokeswoman Oksana Melnyk"), and sentences about one person that use
one kind of he/she ("Umerov said he was ready"). ``quotes`` calls ``learn_genders`` once per
article, on the body with its quotes blanked. A mixin, so the registry keeps one interface:
``NameRegistry`` inherits ``GenderLearning``, whose methods read and fill its tables.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from .body_names import body_shaped
from .given_names import given_name_gender
from .name_cleaning import clean_name
from .name_roles import EITHER_SEX_OFFICES, ROLE_GENDER
from .sentence_subjects import leading_np
from .sentences import ends_in_abbreviation
from .speech_lexicon import KIN_NOUNS, PERSON_NOUNS
from .word_search import whole_words

#: A run of word characters and hyphens: a word as ``names`` reads it.
_WORD_RUN = re.compile(r"[\w-]+")
#: A kin noun owned by a possessive, then a name, maybe set off by a comma: "her son Kody Cook",
#: "his daughter, Emily Pratt" (group 1: the noun, group 2: the name).
_KIN_NAME = re.compile(
    rf"(?:\b[Hh]is|\b[Hh]er|[A-Za-z](?:’s|'s))\s+({KIN_NOUNS}),?\s+((?:[A-Z][\w’'-]+\s+){{0,2}}[A-Z][\w’'-]+)"
)
#: A kin noun after a space: where a ``_KIN_NAME`` match can have its noun. Its owner ("his",
#: "her", "X's": three characters each) ends right before the spaces, so the match can only start
#: three characters before them; a scan for the noun (led by a space, which the regex engine
#: skips to fast) is ~4x quicker than ``_KIN_NAME.finditer``, whose owner may start at any letter.
_KIN_NOUN_AFTER_SPACE = re.compile(rf"\s(?:{KIN_NOUNS})")


def _kin_names(body: str) -> list[re.Match[str]]:
    """``list(_KIN_NAME.finditer(body))``, trying the pattern only where a kin noun follows a
    space: the same matches, left to right and not overlapping."""
    found: list[re.Match[str]] = []
    last_end = 0
    for noun in _KIN_NOUN_AFTER_SPACE.finditer(body):
        owner_end = noun.start()
        while owner_end > 0 and body[owner_end - 1].isspace():  # ``\s`` and ``isspace`` agree
            owner_end -= 1
        start = owner_end - 3
        if start < last_end:
            continue
        match = _KIN_NAME.match(body, start)
        if match is not None:
            found.append(match)
            last_end = match.end()
    return found
#: A role set off right after a name, maybe past an age, its head noun the first one a
#: preposition, a relative pronoun or a punctuation mark follows: ", the party chairman,", ", a
#: spokeswoman for the ministry", ", 54, the widow of a miner", ", the chairman's wife," (group 1:
#: the head noun).
_ROLE_AFTER_NAME = re.compile(
    r"(?:,\s+\d{1,3})?,\s+(?:the|a|an|his|her|their|one|[A-Z][\w.-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)"
    r"(?=\s+(?:of|for|at|to|in|from|with|who|whose|and)\b|\s*[,.;:])"
)
#: Gendered role nouns of a job or a person's sex, not of kin: a kin of someone named often
#: shares the surname ("Dorothy Woods, whose husband, Ty Woods, …"), and a bare "Woods" later is
#: either of them, so a kin noun's gender would rule out the one the text goes on about.
_ROLE_NOT_KIN = {w: g for w, g in ROLE_GENDER.items() if w.endswith(("man", "woman", "ess")) or w in {"boy", "girl", "king", "queen"}}
#: A role set off after a name with an indefinite article (", a mother of three,"): whose head,
#: a kin noun too, is the person's own role, no kin of someone the text names.
_INDEFINITE_ROLE = re.compile(r"(?:,\s+\d{1,3})?,\s+an?\s")
#: The word right before a name, maybe past a comma ("spokeswoman Oksana Melnyk", "the
#: chairman, Kwame Osei,"), read backwards (group 1: the word, reversed).
_WORD_BEFORE_NAME = re.compile(r"\s+(,?)\s*([\w-]+)")
#: the gender a possessive pronoun before a kin noun tells of the kin's owner
_OWNER_GENDER = {"his": "m", "her": "f"}
#: (The pronoun patterns below are ``whole_words``: they open on the words' letters, so a search
#: skips to them, where ``\b(?:he|himself)\b`` tried the boundary at every position of a sentence.)
_MALE_PRONOUN = whole_words(["he", "himself"])
_FEMALE_PRONOUN = whole_words(["she", "herself"])
#: Any pronoun of each gender, possessive and object forms too: a sentence with both is about
#: two people ("… about his rival, saying she would …"), so it tells neither one's gender.
_ANY_PRONOUN = {"m": whole_words(["he", "him", "his", "himself"]), "f": whole_words(["she", "her", "hers", "herself"])}
#: Words after which a "her" is an object, not a possessive ("told her that", "gave her the").
_AFTER_OBJECT_HER = frozenset(
    "a an the to that this these those and or but nor so than then in on at for with from of about as by if "
    "when while where whether who what how why after before because during up out off down over into back "
    "again too not it him her his them me us you last every each all once twice directly personally "
    "yesterday today".split()
)
#: Verbs a bare infinitive follows, which make a "her" an object ("helped her win", "let her go").
_BEFORE_BARE_INFINITIVE = frozenset(
    "help helps helped helping let lets letting make makes made making see sees saw seen watch watches watched "
    "hear hears heard have has had".split()
)
#: A "his" or "her" with the words before and after it, for ``_owned_gender``.
_HIS_OR_HER = re.compile(r"(?:([\w’'-]+)\s+)?\b([Hh]is|[Hh]er)\b(?:\s+([\w’'-]+))?")
#: The "his" or "her" of a ``_HIS_OR_HER`` match (its group 2), to find where the next match can be.
_HIS_OR_HER_WORD = whole_words(["his", "His", "her", "Her"])
#: A relative clause set off right after a name: ", who lost her job in March,".
_RELATIVE_WHO = re.compile(r",\s+who\s")
#: Between a subject and its possessive: a break or a word opening another clause, whose
#: possessive may be about its own subject ("Osei said that the plan would help her …").
_OTHER_CLAUSE = re.compile(
    r"[,;:“”\"]|\b(?:that|who|which|whom|whose|because|when|while|if|although|though|whether|after|before|"
    r"until|since|as|than|and|but|or|saying|suggesting|said|says|told|tells)\b"
)
#: "his"/"her" before a role (maybe past two modifiers): "Her chief policy aide, Tom Reyes,": the
#: possessive is someone else's, the person the role belongs to (group 1: the role noun).
_OWNED_ROLE = re.compile(r"\b(?:his|her)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\b")
#: Nouns of a person that ``PERSON_NOUNS`` leaves out, for ``_about_subject``: the rival or the
#: questioner a he/she may be about ("… mocked the front-runner, saying she …").
_OTHER_PERSON_NOUNS = PERSON_NOUNS | frozenset(
    "front-runner frontrunner contender incumbent instructor moderator interviewer questioner heckler "
    "tycoon lady gentleman runner-up "
    # royals and rulers ("Fairweather asked the prince whether he …": the prince's "he")
    "prince princess king queen duke duchess emperor empress pope monarch sultan sheikh".split()
)
#: A clause of time or cause opening the sentence on a one-word surname, with a subject pronoun
#: in it, and the main clause's subject pronoun after the comma ("As Kumaran played down the
#: boos he faced, she added:"); groups: the surname, the text between, the clause's pronoun, the
#: main clause's pronoun.
_CLAUSE_PRONOUN_THEN_OTHER = re.compile(
    r"(?:As|While|When|After|Before|Because|Since)\s+([A-Z][\w’'-]+)\s([^,;:“”\"]{0,80}?)\b(he|she)\b[^,;:“”\"]*,\s*(he|she)\b"
)
#: Verbs that report or think someone else's state, whose "he"/"she" may be anyone's.
_REPORTING_WORD = re.compile(r"\b(?:said|says|told|tells|asked|claimed|thought|believed|felt|knew|learned|heard|argued|insisted|suggested|warned|accused|noted)\b")
#: A sentence opening with its subject "He" or "She", maybe after a conjunction or an adverb
#: ("But she", "Later, he"), or with "His" or "Her" ("Her plan was rejected"): about the one
#: person of the sentence before, if it has one.
_OPENING_PRONOUN = re.compile(r"(?:(?:And|But|Then|Later|Still|Yet|So|Now),?\s+([Hh]e|[Ss]he|[Hh]is|[Hh]er)|(He|She|His|Her))\b")
#: A description set off before a sentence's subject name: "The joint account, " (group 1: its head).
_DESCRIPTION_BEFORE = re.compile(r"\s*(?:The|A|An|Its|Their|His|Her)\s+(?:[\w’'-]+\s+){0,3}?([\w-]+),\s+(?:[A-Z][\w’'.-]*\s+)*")
#: A parenthesis or a paragraph break in a sentence for gender votes: a credit or a caption
#: before the words whose "he" the vote would read.
_SET_APART = re.compile(r"[()\n]")
#: A role set off by commas right after a name: ", a Mbeki confidant who heads a PAC,".
_APPOSED = re.compile(r",[^,;:“”\"]{1,160},")
#: A role brought in with an article, not after a copula or "as" ("was a member", "served as
#: the first lady": the subject itself); group 1: the role noun, maybe past three modifiers.
_OBJECT_ROLE = re.compile(
    r"(?<!\btold )(?<!\bis )(?<!\bwas )(?<!\bbe )(?<!\bbeen )(?<!\bas )(?<!\bbecame )\b(?:the|a|an)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)\b"
)

#: An object or independent possessive pronoun: a sentence holding one is read for no possessive vote.
_HIM_OR_HERS = whole_words(["him", "hers"])


def _any_he_or_she(low: str) -> bool:
    """A he, she or any of their forms in lower-cased ``low``."""
    return bool(_ANY_PRONOUN["m"].search(low) or _ANY_PRONOUN["f"].search(low))


def _owns_role(low: str) -> bool:
    """A "his"/"her" owns a person's role in ``low`` ("her chief aide"): someone else's."""
    return any(role.group(1) in PERSON_NOUNS for role in _OWNED_ROLE.finditer(low))


def _his_or_her(sentence: str) -> list[re.Match[str]]:
    """``list(_HIS_OR_HER.finditer(sentence))``, without trying the pattern at every position: its
    optional first group reads the rest of a word from each of its letters (~50 µs a sentence).

    A match holds a "his" or "her" and starts at most a word before it (within the words before
    the space before it, or within its own word), so the search for the next match starts at the
    word before the next "his" or "her", where nothing can match earlier: the same matches."""
    found: list[re.Match[str]] = []
    end = 0
    while (word := _HIS_OR_HER_WORD.search(sentence, end)) is not None:
        start = word.start()
        while start and sentence[start - 1].isspace():  # the spaces ``\s+`` reads (``\s`` is ``isspace``)
            start -= 1
        while start and not sentence[start - 1].isspace():  # the word before them, or the one "his" is part of
            start -= 1
        match = _HIS_OR_HER.search(sentence, max(end, start))
        if match is None:  # never: the "his" or "her" itself matches
            break
        found.append(match)
        end = match.end()
    return found


def _owned_gender(sentence: str) -> tuple[str, int] | None:
    """The gender of a sentence's possessives when it has no other he/she form, and where the
    first stands: "his" (any "his"), or "her" each time before a lower-case word that makes it a
    possessive ("her job", not "told her that", "helped her win", "met her Monday"); None when
    the sentence has a subject or object pronoun or both genders."""
    low = sentence.lower()
    if "his" not in low and "her" not in low:
        return None  # most sentences: no possessive to read
    if _MALE_PRONOUN.search(low) or _FEMALE_PRONOUN.search(low) or _HIM_OR_HERS.search(low):
        return None
    found = _his_or_her(sentence)
    kinds = {m.group(2).lower() for m in found}
    if len(kinds) != 1:
        return None
    if kinds == {"his"}:
        return "m", found[0].start(2)
    for m in found:
        before, after = (m.group(1) or "").lower(), m.group(3) or ""
        if not after[:1].islower() or after in _AFTER_OBJECT_HER or before in _BEFORE_BARE_INFINITIVE:
            return None
    return "f", found[0].start(2)


def _brings_in_person(text: str) -> bool:
    """A role brought in with an article in ``text`` ("… mocked the front-runner"): another
    person a he or she after it may be."""
    return any(m.group(1).lower() in _OTHER_PERSON_NOUNS for m in _OBJECT_ROLE.finditer(text))


#: The spaces after a sentence's end mark, maybe past a closing quote. The pattern opens on the
#: first space (the lookbehinds read the mark before it), so the regex engine skips to the next
#: space: the lookbehinds alone were tried at every position of the body, and ``(?=\s)`` first was
#: still ~1.5x slower; the matches are the same. One lookbehind for a mark or a closing quote
#: before the space rejects most spaces (after a letter) before the two that tell which (~25%).
_SENTENCE_GAP = re.compile(r"\s(?<=[.!?”\"’]\s)(?:(?<=[.!?]\s)|(?<=[.!?][”\"’]\s))\s*")


def _sentences(body: str) -> list[str]:
    """Sentences for gender votes: a period after a title ("Sen. Elizabeth Warren said she …")
    or an initial ("J. Smith") does not end one, or the vote would lose its subject."""
    out: list[str] = []
    for piece in _SENTENCE_GAP.split(body):  # "… “far from over.” She added"
        if out and ends_in_abbreviation(out[-1]):
            out[-1] += " " + piece
        else:
            out.append(piece)
    return out


class GenderLearning:
    """``NameRegistry``'s gender learning: ``learn_genders`` and its helpers, which read the
    registry's name runs and people and fill its ``gender``, ``_title_gender`` and ``_kin_gender`` tables."""

    # set by ``NameRegistry.__init__``
    _runs: list[tuple[int, str]]
    _positions: list[int]
    gender: dict[str, str]
    _title_gender: dict[str, str]
    _kin_gender: dict[str, str]
    #: people whose gender only an office in "-man" that women hold too tells ("spokesman Hua …"),
    #: and the people some other role noun gives a gender
    office_only: set[str]
    _office_only_named: set[str]
    persons: set[str]

    if TYPE_CHECKING:  # ``NameRegistry``'s own

        def fullest(self, name: str, pos: int, *, ahead: bool = False) -> str: ...

        def is_place(self, name: str) -> bool: ...

    def _learn_kin_genders(self, body: str) -> None:
        """A name right after a kin noun owned by someone tells its gender, as a title does ("her
        son Kody Cook", "his daughter, Emily Pratt,", "Ana Reyes's husband, Tom Reyes"); never
        against a given name of the other gender."""
        for kin in _kin_names(body):
            gender = ROLE_GENDER.get(kin.group(1).lower())
            name = clean_name(kin.group(2))
            if gender is None or not name:
                continue
            full = self.fullest(name, kin.start(2) + 1)
            if given_name_gender(full) in (None, gender):
                # read like a title's gender: it rules a candidate out, but proves no one the he
                # ("Ann Weller and her son, Tom, and his friend, Dan, …. “…,” he said": either man)
                self._title_gender.setdefault(full, gender)
                if _OWNER_GENDER.get(kin.group().split()[0].lower()) not in (None, gender):
                    self._kin_gender.setdefault(full, gender)  # "his wife Fran": the owner is someone else

    def _learn_role_genders(self, body: str) -> None:
        """A gendered role noun written with a name tells its gender, as a title does: before it
        ("spokeswoman Oksana Melnyk", "Chairman Kwame Osei", "the chairman, Kwame Osei,") or set
        off after it (", a spokesman for the ministry,", ", a woman who …"); not a kin noun
        (``_ROLE_NOT_KIN``; "his wife Fran" is ``_learn_kin_genders``'s). Like a title it
        only rules a pronoun's candidate out, and never against a given name of the other gender
        (a woman is sometimes a "chairman")."""
        for at, name in self._runs:
            if body.startswith(name, at):  # most runs are the name alone
                end = at + len(name)
            else:
                end = body.find(name, at) + len(name) if name in body[at : at + len(name) + 40] else -1
            roles: set[str] = set()  # the role nouns read, each of ``_ROLE_NOT_KIN`` or ``ROLE_GENDER``
            lead = body[at : end - len(name)].split() if end > 0 else []
            if lead:
                roles |= {w.lower() for w in lead if w.lower() in _ROLE_NOT_KIN}
            # (the pattern reads the spaces before the name first; the one after it opens on a comma)
            before = _WORD_BEFORE_NAME.match(body[max(0, at - 40) : at][::-1]) if at and body[at - 1].isspace() else None
            if before is not None and (not before.group(1) or body[end : end + 1] == ","):
                roles |= {before.group(2)[::-1].lower()} & _ROLE_NOT_KIN.keys()
            after = _ROLE_AFTER_NAME.match(body, end) if end > 0 and body[end : end + 1] == "," else None
            if after is not None:
                # a kin noun after "a"/"an" is the person's own ("Ngozi Eze, a mother of three,"),
                # no other person the text names; "Ty Woods, her husband," is left out as above
                own = ROLE_GENDER if _INDEFINITE_ROLE.match(body, end) else _ROLE_NOT_KIN
                roles |= {after.group(1)} & own.keys()
            if not roles:
                continue  # most names: no role noun read
            genders = {ROLE_GENDER[r] for r in roles}
            if len(genders) != 1:
                continue
            gender = genders.pop()
            full = self.fullest(name, at + 1)
            if given_name_gender(full) in (None, gender):
                fresh = full not in self._title_gender  # no title, honorific or kin noun told it first
                self._title_gender.setdefault(full, gender)
                if not roles <= EITHER_SEX_OFFICES:
                    self._office_only_named.add(full)  # another role tells the gender too
                    self.office_only.discard(full)
                elif fresh and full not in self._office_only_named:
                    self.office_only.add(full)  # "spokesman Hua Chunying": a man's, unless a she says otherwise

    def _about_subject(self, sentence: str, surname: str, runs: list[str], gender: str, *, alone: bool = True) -> bool:
        """Whether the sentence's he/she may be its subject's (``surname``) as far as the sentence
        shows, which a vote needs when no given name checks it ("Kwame Osei"). Not when a "his"
        stands with a "she" ("… about his rival, saying she …"), when a possessive owns the
        subject's role ("Her chief aide, Tom Reyes, says she …": the "her" is someone else's, so
        is the "she"), nor when another person comes between the subject and the first pronoun:
        a role brought in with an article ("Osei mocked the front-runner, saying she …"; not one
        the subject is: "Osei was a member of Congress when she …", nor the role set off right
        after the subject: "Osei, a delegate, said he"), or a name whose given name has the
        pronoun's gender ("… his rival, Hillary Clinton, saying she …")."""
        low = sentence.lower()
        if gender == "f" and _ANY_PRONOUN["m"].search(low):  # a "his" or "him": the sentence has no "he"
            return False
        at = sentence.find(surname)
        if at < 0:
            return False
        if _owns_role(low[:at]):
            return False
        after = at + len(surname)
        apposed = _APPOSED.match(sentence, after)
        if apposed is not None:
            if _owns_role(apposed.group().lower()):
                return False
            after = apposed.end()
        first = _ANY_PRONOUN[gender].search(low, after)
        if first is None:
            return alone  # the pronoun before the subject: "As she pursues her bid, Osei …"
        between = sentence[after : first.start()]
        if not alone and any(
            r.split()[-1] != surname and r.split()[-1] in sentence[: first.start()] and given_name_gender(r) in {None, gender} for r in runs
        ):
            return False  # but "Dana Whitlow interviewed Edwin Marsh on her show": no "her" of Edwin's
        if _brings_in_person(between):
            return False
        return not any(r.split()[-1] != surname and r in between and self._may_be(r, gender) for r in runs)

    def _subject_person(
        self, sentence: str, begin: int, runs: list[str], surnames: dict[str, str], *, pronouns: bool = True, owned: bool = False
    ) -> str | None:
        """The person a sentence at ``begin`` opens on, for a gender vote: a person the text has
        made one (``surnames``: last word -> person) or a full name opening the sentence. With
        ``pronouns``, only when the sentence uses one kind of he/she (a vote), else none at all;
        ``owned``: whatever pronouns (the caller read its possessives, ``_owned_gender``)."""
        names = {surnames[r.split()[-1]] for r in runs if r.split()[-1] in surnames}
        if not names and " " not in runs[0]:
            return None  # no person, nor a full name that could open the sentence
        # the pronouns before the subject: reading the subject costs ~0.1 ms a sentence,
        # and most sentences about one person use no pronoun of one kind
        low = sentence.lower()
        if owned:
            pass
        elif pronouns:
            if bool(_MALE_PRONOUN.search(low)) == bool(_FEMALE_PRONOUN.search(low)):
                return None
        elif _any_he_or_she(low):
            return None
        subject = leading_np(sentence)
        if subject is None or subject.kind != "name":
            return None
        surname = subject.text.split()[-1]
        if surname in surnames and surnames[surname] in names:
            return surnames[surname]
        lead = sentence[: max(0, sentence.find(subject.text))]
        if (
            len(subject.text.split()) > 1
            and runs[0] == subject.text
            and not self._set_off_after_thing(lead)
            # "The group that owns most of her music, Big Machine, says she will …": a he or she
            # before the subject is someone the reader already knows, and the later one is too
            and not _any_he_or_she(lead.lower())
            and not self.is_place(subject.text)
            and not _SET_APART.search(sentence)
        ):
            # "Kwame Osei told a reporter that he …": a full name opening the sentence is a
            # person's even when no quote or title has made it one yet; not one set off after
            # something else ("The joint account, Hillary's Victory Fund, includes …"), nor a name
            # in a caption's credit, "(Toronto Star file photo)", before the next paragraph's "he says"
            return self.fullest(subject.text, begin + 1)
        return None

    @staticmethod
    def _set_off_after_thing(before: str) -> bool:
        """The subject's name is set off after a description of no person ("The joint account,
        Hillary's Victory Fund, includes …"): a thing's name, not "The mayor, Olena Shevchenko,"."""
        head = _DESCRIPTION_BEFORE.fullmatch(before)
        return head is not None and head.group(1).lower() not in _OTHER_PERSON_NOUNS

    def _lone_subject(self, sentence: str, begin: int, runs: list[str], surnames: dict[str, str], gender: str) -> str | None:
        """The one person of the sentence before a sentence opening with "He"/"She" or "His"/"Her"
        ("Kwame Osei arrived late. He apologised.", "A.J. Brandt spoke. Her plan was rejected."),
        whom that pronoun is about: the sentence's subject, no he/she/his/her in it, no one else
        it brings in who may be of ``gender`` (a name, a role with an article: "Osei met the
        mayor. She said …" may be the mayor), and no given name or title of the other gender."""
        if not runs or not sentence:
            return None
        person = self._subject_person(sentence, begin, runs, surnames, pronouns=False)
        if person is None or body_shaped(person):
            return None  # "Northgate Rovers confirmed the deal. She told reporters": not the club
        surname = person.split()[-1]
        if any(r.split()[-1] != surname and (r.split()[-1] in surnames or self._may_be(r, gender)) for r in runs):
            return None
        at = sentence.find(surname)
        if at < 0:
            return None
        after = at + len(surname)
        apposed = _APPOSED.match(sentence, after)
        if _brings_in_person(sentence[apposed.end() if apposed is not None else after :]):
            return None
        if (self._title_gender.get(person) or given_name_gender(person)) not in (None, gender):
            return None
        return person

    def _may_be(self, name: str, gender: str) -> bool:
        """``name`` may be a person of ``gender``: its given name tells that gender, or it is a
        name of two words or more of no known gender that is no place ("Ngozi Eze", not "New
        Hampshire")."""
        known = given_name_gender(name)
        if known is not None:
            return known == gender
        return " " in name and not self.is_place(name) and self.gender.get(name) in (None, gender)

    def learn_genders(self, body: str) -> None:
        """Guess he/she per person from sentences about that person alone.

        A vote is a sentence whose subject is the person (one a quote or a title has made a
        person, or a full name opening the sentence) and that uses one kind of subject pronoun
        ("Umerov said he was ready"), which nobody else the sentence brings in may be
        (``_about_subject``): another person named only after the pronoun ("Osei, who said he
        did not sign, sued Dunn"). ``body`` should have its quotes blanked. Honorifics (Mr., Ms.)
        already set win over votes. A pronoun against the person's unambiguous given name or
        title votes only when the sentence writes no other name. For a given name no list holds
        ("Kwame", "Ngozi") these votes are all the gender a pronoun's candidate has.
        """
        self._learn_kin_genders(body)
        self._learn_role_genders(body)
        votes: dict[str, list[int]] = {}
        owned: dict[str, list[int]] = {}
        surnames = {p.split()[-1]: p for p in sorted(self.persons) if p.split()}  # sorted: runs repeat
        start = 0
        previous: tuple[str, int, list[str]] = ("", -1, [])
        for sentence in _sentences(body):
            begin = body.find(sentence, start)
            start = begin + len(sentence)
            lo, hi = bisect_left(self._positions, begin), bisect_left(self._positions, start)
            runs = [r for _, r in self._runs[lo:hi]]
            before, previous = previous, (sentence, begin, runs)
            clause = _CLAUSE_PRONOUN_THEN_OTHER.match(sentence)
            subject = (surnames.get(clause.group(1)) or self.fullest(clause.group(1), begin + 1)) if clause is not None else ""
            if clause is not None and clause.group(3) != clause.group(4) and " " in subject:
                between = clause.group(2)
                if not any(w[:1].isupper() for w in between.split()) and not _REPORTING_WORD.search(between):
                    # "As Kumaran played down the boos he faced, she added:": the main clause's "she"
                    # is someone else, so the clause's "he" is the surname's (no one else named in it,
                    # no verb of saying whose "he" might be another's)
                    votes.setdefault(subject, [0, 0])[0 if clause.group(3) == "he" else 1] += 1
            opening = _OPENING_PRONOUN.match(sentence)
            if opening is not None and not _SET_APART.search(body[before[1] : begin]):
                gender = "m" if (opening.group(1) or opening.group(2)).lower() in ("he", "his") else "f"
                person = self._lone_subject(*before, surnames, gender)
                if person is not None:
                    votes.setdefault(person, [0, 0])[0 if gender == "m" else 1] += 1
            if not runs:
                continue
            person = self._subject_person(sentence, begin, runs, surnames)
            if person is None:
                self._owned_vote(sentence, begin, runs, surnames, owned)
                continue
            names = {surnames[r.split()[-1]] for r in runs if r.split()[-1] in surnames}
            surname = person.split()[-1]
            low = sentence.lower()
            male = _MALE_PRONOUN.search(low) is not None
            # another person named with the subject: only a pronoun before any of them votes
            # ("Osei, who said he did not sign, sued Dunn"), as ``_about_subject`` reads it
            alone = names <= {person}
            if not self._about_subject(sentence, surname, runs, "m" if male else "f", alone=alone):
                continue
            named = self._title_gender.get(person) or given_name_gender(person)
            if named not in {None, "m" if male else "f"} and (
                any(r.split()[-1] != surname for r in runs) or any(w in PERSON_NOUNS for w in _WORD_RUN.findall(low))
            ):
                # "Hillary Clinton went after Donald Trump, saying he would …": against the given
                # name, the pronoun is about the other name the sentence writes, or the other
                # person it speaks of ("Trump mocked the Democratic front-runner, saying she …")
                continue
            votes.setdefault(person, [0, 0])[0 if male else 1] += 1
        for person, (m, f) in votes.items():
            if m != f:
                self.gender.setdefault(person, "m" if m > f else "f")
        for person, (m, f) in owned.items():
            if person not in votes and (m == 0) != (f == 0):
                self.gender.setdefault(person, "m" if m else "f")

    def _owned_vote(self, sentence: str, begin: int, runs: list[str], surnames: dict[str, str], owned: dict[str, list[int]]) -> None:
        """A weaker vote, for a person no given name or title gives a gender ("Ngozi Eze lost
        her job in March"): the sentence's possessives ("his", "her" before a noun) are the
        subject's when it writes no he/she and no one else a possessive could be about: no other
        name before the possessive, no role brought in with an article (``_about_subject`` with
        ``alone`` false). It counts only when the text gives that person no he/she vote at all
        (``learn_genders``), and never for a known given name: there the list already says."""
        read = _owned_gender(sentence)
        if read is None:
            return
        gender, first = read
        person = self._subject_person(sentence, begin, runs, surnames, owned=True)
        if person is None or person in self.gender or (self._title_gender.get(person) or given_name_gender(person)) is not None:
            return
        surname = person.split()[-1]
        if self.is_place(person):
            return
        after = sentence.find(surname) + len(surname)
        apposed = _APPOSED.match(sentence, after)
        relative = _RELATIVE_WHO.match(sentence, after)
        if apposed is not None and relative is not None and after <= first < apposed.end():
            # "Ngozi Eze, who lost her job in March, works nights": the clause is about the subject
            between = sentence[relative.end() : first]
            others = any(r.split()[-1] != surname and r.split()[-1] in sentence[:first] for r in runs)
            if others or _OTHER_CLAUSE.search(between) or _brings_in_person(between):
                return
        else:
            if not self._about_subject(sentence, surname, runs, gender, alone=False):
                return
            after = apposed.end() if apposed is not None else after
            if first < after or _OTHER_CLAUSE.search(sentence[after:first]):
                return  # the possessive in another clause, of its own subject maybe; or before the subject
        owned.setdefault(person, [0, 0])[0 if gender == "m" else 1] += 1
