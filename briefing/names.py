"""A register of the names in an article, to resolve surnames and pronouns to full names.

Two parts of the registry read its tables for one purpose each and live in mixins of their own:
learning a name's gender (``name_genders.GenderLearning``) and linking "the minister" to the
person introduced with the title (``title_resolution.TitleResolution``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .contact_relatives import name_after_documents
from .fronted_objects import (
    PLACE_PREPOSITIONS,
    opening_clause_before,
    registered_after_fronted_object,
)
from .given_names import GIVEN_NAME_GENDER, TITLE_GENDER, given_name_gender
from .lexicon import STOPWORDS
from .masking import is_abbreviated_state
from .name_cleaning import (
    NAME_RUN,
    ONLINE_HANDLE,
    PARTY_TITLES,
    PERSON_TITLES,
    SURNAME_TITLES,
    TITLE_WORDS,
    UPPER,
    clean_name,
    family_name,
    name_length,
    person_after_paper,
    surname_first,
)
from .name_genders import GenderLearning
from .name_registry_lexicon import (
    _APPOSED_TITLE,
    _HEADLINE_PREPOSITIONS,
    _INSTITUTIONS,
    _KNIGHTED,
    _LOCATIVE_BEFORE,
    _LOWER_RANKS,
    _LOWER_WORD,
    _MID_SENTENCE_END,
    _NOT_A_NAME,
    _PARTICIPLE,
    _PARTY_AFTER,
    _PARTY_WORDS,
    _SAID,
    _TITLE_WORD,
    _WHO_AFTER,
    _WORD_RUN,
    _adjective_before_given_name,
    _name_words,
    _opening_participle,
    _places_in,
    _street,
    _words_before,
    hyphened_modifier,
    introduced_alone,
    named_after_person,
)
from .name_roles import ROLE_GENDER
from .offices import holder_after_place, holder_of_office, title_of_office
from .speech_lexicon import COMPANY_ENDINGS, HONORIFIC_GENDER, ORGANISATION_NOUNS, PERSON_NOUNS
from .title_resolution import TitleResolution
from .word_search import has_word
from .wordlists import is_city, is_common_word, is_country, is_demonym, is_state

#: The rest of a yes-no question after its subject: a verb in lower case, then "?" before any other
#: sentence end ("Will Sanders| come down off the pique?").
_YES_NO_REST = re.compile(r" [a-z][^.!?\n]{0,200}\?")
#: A speech verb right after a name, maybe after an adverb ("Trump said", "Kell also told").
_SPEECH_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|later\s+)?(?:said|says|told|tells|added|adds|wrote|writes)\b")


class NameRegistry(GenderLearning, TitleResolution):
    """Capitalised names of the body in text order, for resolving surnames and pronouns."""

    def __init__(self, body: str, quoted: list[tuple[int, int]]) -> None:
        self._runs: list[tuple[int, str]] = []
        self._positions: list[int] = []
        #: last word -> {name: first position}: distinct names only, so lookups stay cheap
        self._by_last: dict[str, dict[str, int]] = {}
        #: family name -> {name: first position} of the names opening with a Chinese or Korean
        #: family name: written family name first ("Xi Jinping"), a later bare "Xi" means that one
        self._by_family: dict[str, dict[str, int]] = {}
        #: the text's own evidence of a person's gender: an honorific, he/she tied to the name
        self.gender: dict[str, str] = {}
        #: a title that tells a gender but proves no more ("King Charles", "Father Pfleger"): read
        #: only by ``gender_of``, like a given name
        self._title_gender: dict[str, str] = {}
        #: the gender a kin noun tells when its owner is a pronoun of the other gender ("his wife
        #: Fran"), a subset of ``_title_gender``
        self._kin_gender: dict[str, str] = {}
        self.office_only: set[str] = set()
        self._office_only_named: set[str] = set()
        self.persons: set[str] = set()
        #: (position, title, name, words written with it): "Defence Minister Rustem Umerov"
        self._titled: list[tuple[int, str, str, frozenset[str]]] = []
        #: (position, role, name, words written with it): "actor Tim Allen", "Tim Allen, the
        #: actor,", "Allen is an actor"; and the spans of those role phrases
        self._roles: list[tuple[int, str, str, frozenset[str]]] = []
        self._before_name: dict[str, tuple[tuple[str, bool], ...]] = {}
        self._role_spans: list[tuple[int, int]] = []
        #: words of a place written right after a titled name: "of New Hampshire"
        self._places: dict[str, set[str]] = {}
        #: ages written with a name: "Tim Allen, 62," is "the 62-year-old"
        self._ages: dict[str, set[str]] = {}
        #: the name mentions whose roles ``_read_roles`` has not read yet
        self._unread_roles: list[tuple[int, int, str, list[str], set[str]]] = []
        self._body = body
        #: first word -> names of two words or more opening with it (built once the body is read)
        self._first_words: dict[str, dict[str, int]] | None = None
        #: words the body also writes in lower case: "Research" in "Research shows" is not a name
        #: (read when ``is_proper_name`` first asks: on most pages it never does)
        self._lower_words: set[str] | None = None
        #: words asked of ``_opens_company_name``, read once each
        self._company_openers: dict[str, bool] = {}
        #: names written after "in" / "at" ("Florida", "New Hampshire"), before an office ("Michigan
        #: Attorney General …") or an institution ("Sandy Hook Elementary School"): places, see
        #: ``is_place``
        self._located: set[str] = set()
        #: words capitalised somewhere other than at a sentence start: "Trump" is a name although
        #: "trump" is a common word; "Things" opening a sentence is not
        self._mid_sentence: set[str] = set()
        #: one-word names opening a sentence as the subject of a speech verb ("Rubio said …"):
        #: someone who speaks, as a name written mid-sentence is someone named
        self._speech_subjects: set[str] = set()
        #: memos of two whole-body searches, one per word asked about (``_surname_not_title``,
        #: ``_state_in_address``): a long page asks the same word for each of its quotes
        self._surname_titles: dict[str, bool] = {}
        self._alone_introduced: dict[str, bool] = {}
        self._states_in_address: dict[str, bool] = {}
        spans = sorted(quoted)
        starts, ends = [a for a, _ in spans], [b for _, b in spans]
        for m in NAME_RUN.finditer(body):
            start, end = m.span()
            k = bisect_right(starts, start) - 1
            if k >= 0 and start < ends[k]:
                continue  # names inside quotes are not antecedents
            run = m.group()
            run_words = run.split()
            name = clean_name(run)
            after_documents = name_after_documents(run_words, body[end : end + 20]) if start == 0 or body[start - 1] == "\n" or body[start - 2 : start] == ". " else None
            if after_documents is not None:
                name = clean_name(" ".join(after_documents))  # "Emails Kell sent to staff show": Kell, not "Emails Kell"
            elif run_words[0].lower() in PLACE_PREPOSITIONS:
                name = registered_after_fronted_object(run, body[end : end + 2], name)  # "In Iowa Tom Kell said"
            elif opening_clause_before(body, start):
                name = registered_after_fronted_object(f"in {run}", body[end : end + 2], name)  # "When asked about Texas Kell said"
            name_words = name.split()
            if len(name_words) > 2:
                if title_of_office(body[max(0, start - 80) : start]):
                    name = holder_of_office(name_words)  # "Chief of Staff Reince Priebus": not "Staff Reince Priebus"
                else:
                    # "former ambassador to China Jorge Guajardo": the office's place, then its holder
                    name = holder_after_place(body[max(0, start - 40) : start], name_words) or name
            paper = body[max(0, start - 60) : end]
            writer = person_after_paper(paper) if "the" in paper else ""  # (its pattern opens on "the", which most lack)
            if writer and name.endswith(writer):
                name = writer  # "Writing in the Herald Lind said": the paper's name, then the writer's
            name_words = name.split()
            if not name or len(name_words) > 4 and name_length(name_words) > 4:  # (never more than its words)
                continue
            preceding = body[max(0, start - 12) : start]
            spaced = preceding.rstrip()  # both tests need a space before the name
            after_space = len(spaced) < len(preceding)
            mid_sentence = after_space and spaced[-1:] in _MID_SENTENCE_END
            while len(name_words) > 1 and name_words[0] in _HEADLINE_PREPOSITIONS:
                # "CNN President On Trump: …", "under the My Ask Jeeves banner": a headline's or a
                # title's capitalised preposition (and an owner after it), no part of the name
                name_words = name_words[1:]
                name = " ".join(name_words)
            if len(name_words) > 1 and name_words[0] == "Will" and not mid_sentence and _YES_NO_REST.match(body, end):
                # "Will Sanders come down off the pique?": the question's auxiliary, no given name,
                # or every later "Sanders" would resolve to "Will Sanders"
                name_words = name_words[1:]
                name = " ".join(name_words)
            if len(name_words) > 1 and not mid_sentence and _opening_participle(name_words[0]):
                # "Debating Clinton's character" (a headline): the name is Clinton, or every later
                # "Clinton" would resolve to "Debating Clinton", which is no name
                name_words = name_words[1:]
                name = " ".join(name_words)
            elif len(name_words) > 2 and not mid_sentence and _adjective_before_given_name(name_words):
                # "GRAPHIC DETAIL: Brave Marina Lacerda has described …": a headline's epithet, or
                # every later "Lacerda" would be "Brave Marina Lacerda"
                name_words = name_words[1:]
                name = " ".join(name_words)
            possessive = body[end : end + 1] in {"’", "'"}
            if after_space and run == name and not possessive and spaced.endswith(("in", "at")) and _LOCATIVE_BEFORE.search(spaced):
                self._located.add(name)
            if mid_sentence:
                self._mid_sentence.update(run_words)
            elif len(run_words) == 1 and _SPEECH_AFTER.match(body, end) and not is_common_word(name.lower()):
                # "Rubio said on Sunday …": a sentence's first word that speaks (not "Research said")
                self._speech_subjects.add(name)
            self._runs.append((start, name))
            self._positions.append(start)
            self._by_last.setdefault(_name_words(name)[-1], {}).setdefault(name, start)
            if len(name_words) > 1 and (  # (both read a name of two words or more)
                surname_first(name_words) or len(name_words) == 2 and family_name(name_words[0]) and not is_common_word(name_words[1].lower())
            ):
                # "Kim Kardashian" as well, to know "Kim" unsure; not a headline's "Xi Warns Taiwan"
                self._by_family.setdefault(name_words[0], {}).setdefault(name, start)
            lead = [w.lower().rstrip(".") for w in run_words[: -len(name_words)]]
            first = lead[0] if lead else ""
            if len(lead) > 1 and lead[-1] in HONORIFIC_GENDER and first not in HONORIFIC_GENDER:
                first = lead[-1]  # "While Mr. Reyes spoke": the run opens on the sentence's first word
            if lead or name_words[-1].lower() in _INSTITUTIONS:
                self._located.update(_places_in(run_words, lead, name_words))
            # the word right before, or before a comma when the name is an appositive set off by
            # commas ("The pastor, Rev. Alan Moss, spoke"): "the CIA chief, Zuckoff said" does not
            # make "chief" Zuckoff's title
            reverse = body[max(0, start - 40) : start][::-1].lstrip()
            if reverse[:1] == "," and body[end : end + 1] == ",":
                reverse = reverse[1:].lstrip()
            word_before = _WORD_RUN.match(reverse)
            before = [word_before.group()[::-1].lower()] if word_before else []
            if word_before is not None:  # "assistant coach Bob Lee" is not "the coach"
                rank = _WORD_RUN.match(reverse[word_before.end() :].lstrip())
                if rank is not None and rank.group()[::-1].lower() in _LOWER_RANKS:
                    before = [rank.group()[::-1].lower(), *before]
            # "In Utrecht, the senator spoke": the comma closes a fronted place phrase; what follows
            # is the clause's subject, no title of the preposition's object
            fronted = len(run_words) > 1 and run_words[0].lower() in PLACE_PREPOSITIONS and name_words[0] in run_words[:2]
            apposed = _APPOSED_TITLE.match(body, end) if body[end : end + 1] == "," and not fronted else None  # (it opens on the comma)
            if apposed is not None and not _SAID.intersection(apposed.group(1).lower().split()):
                # "Dr. Ira Stone, the county's health officer," -> "the health officer"; not "Ed
                # Kline, the reporter said, was popular": the reporter speaks of Kline
                before += apposed.group(1).lower().split()
            parts = [p for w in lead + before for p in w.split("-")]
            titles: set[str] = set()
            if not (PERSON_TITLES.isdisjoint(parts) and _TITLE_WORD.keys().isdisjoint(parts)):
                # a title or a short form of one among the words (a C-level test first: most names
                # have neither, ~30 in 31 on the dev pages)
                titles = {
                    _TITLE_WORD.get(p, p) for k, p in enumerate(parts) if not (k and parts[k - 1] in _LOWER_RANKS)
                } & PERSON_TITLES
                # "Vice President Kell": no "president" to a description, but a title all the same
                titles |= {p for k, p in enumerate(parts[:-1]) if p in _LOWER_RANKS and _TITLE_WORD.get(parts[k + 1], parts[k + 1]) in PERSON_TITLES}
            if titles:  # the frozen context only for the few titled names (~1 in 30 on the dev pages)
                context = frozenset(parts)
                party = _PARTY_AFTER.match(body, end)
                if party is not None:
                    context |= _PARTY_WORDS[party.group(1)[0]]
                for words in _PARTY_WORDS.values():
                    context |= words if context & words else frozenset()
                for word in titles:
                    self._titled.append((start, word, name, context))
            if not possessive:  # read when a description first asks (``resolve_title``): most pages never do
                self._unread_roles.append((start, end, name, run_words[: -len(name_words)], set(titles)))
            if first in HONORIFIC_GENDER or not PERSON_TITLES.isdisjoint(lead):
                full = self.fullest(name, start + 1)
                if first in HONORIFIC_GENDER and given_name_gender(full) not in (None, HONORIFIC_GENDER[first]):
                    full = name  # "Mr Robertson" after "Summer Robertson": her father, not her
                self.persons.add(full)
                if first in HONORIFIC_GENDER:
                    self.gender.setdefault(full, HONORIFIC_GENDER[first])
            if first in TITLE_GENDER:
                self._title_gender.setdefault(self.fullest(name, start + 1), TITLE_GENDER[first])
        # built once every name is read: ``fullest`` reads it only after (a bare given name is the
        # person introduced with it before, see ``_given_name_of``)
        first_words: dict[str, dict[str, int]] = {}
        for at, run in self._runs:
            if " " in run:
                first_words.setdefault(run.split()[0], {}).setdefault(run, at)
        self._first_words = first_words

    def person_before_common_words(self, name: str) -> str:
        """A person's name and the capitalised common words after it, as a crosshead or a caption
        writes them ("Troy Carter Hallway Interview", "Ann Weller Press Conference"): the person,
        whom a later "he" or "she" may mean, never the whole line; otherwise ``name``. A person is
        one the text marks so, or a name with a given name that the body also writes on its own."""
        words = name.split()
        for k in range(len(words) - 1, 1, -1):
            head = " ".join(words[:k])
            known = head in self.persons or given_name_gender(head) is not None and head in self._by_last.get(words[k - 1], {})
            if known and all(is_common_word(w.lower()) and given_name_gender(w) is None for w in words[k:]):
                return head
        return name

    def fullest(self, name: str, pos: int, *, ahead: bool = False, given: bool = True) -> str:
        """Longest earlier name ending with the same words (``Umerov`` -> ``Rustem Umerov``).
        With ``ahead``, a name only written in full later counts when it is the only one
        ("Ryan: …" in a headline, "House Speaker Paul Ryan" in the body). With ``given``, a
        given name alone is the one person introduced with it ("Jeff" -> "Jeff Brady")."""
        words = _name_words(name)
        country = len(words) == 1 and is_country(name)
        best = name
        later: set[str] = set()
        own = self.gender.get(name)  # "Mr Robertson" is no longer form of "Summer Robertson"
        titled = self._honorific_gender_before(name, pos) if len(words) == 1 else None
        for cand, at in self._by_last.get(words[-1], {}).items() if words else ():
            cw = _name_words(cand)
            if len(cw) <= len(words) or cw[-len(words) :] != words:
                continue
            if own in ("m", "f") and given_name_gender(cand) not in (None, own):
                continue
            if titled is not None and (self.gender.get(cand) or given_name_gender(cand)) not in (None, titled):
                continue  # "Summer Robertson … Miss Robertson … her father, Mr Robertson, said": not hers
            if country and given_name_gender(cand) is None:
                continue  # "by Argentina": the country, not "Fuerza Aérea Argentina" (but "Michael Jordan")
            if at >= pos:
                later.add(cand)
            elif len(cw) > len(best.split()) and not (len(words) == 1 and self._other_bearer(cand, best, at)):
                best = cand
        # (a given name and a surname are a full name already: "Stephen Jones" is not the "John
        # Stephen Jones" named later, his son; "der Leyen" of a headline is "Ursula von der Leyen")
        if ahead and best == name and len(later) == 1 and (len(words) == 1 or words[0].lower() not in GIVEN_NAME_GENDER):
            full = later.pop()
            if not self._titled_apart(name, full, pos):
                return full
        if best == name and len(words) == 1 and words[0] in self._by_family:
            return self._family_name(name, pos, ahead=ahead)
        if given and best == name and len(words) == 1 and self._first_words is not None:
            return self._given_name_of(name, pos)
        return best

    def _given_name_of(self, name: str, pos: int) -> str:
        """The one person introduced before ``pos`` by a full name opening on ``name``, which the
        text goes on to call them by ("NPR's Jeff Brady reports …", then "Jeff said"). Not when two
        share it ("Ann Roe … Ann Kell"), a name ends with it (a surname: "Rand Paul"), nor for no
        given name of a person the text marks so ("Apple" of "Apple Inc.")."""
        if name in self._by_last and any(" " in other for other in self._by_last[name]):
            return name
        owners = [full for full, at in self._first_words.get(name, {}).items() if at < pos] if self._first_words else []
        if len(owners) != 1:
            return name
        full = owners[0]
        if name in self._located or is_country(name) or is_state(name) or is_city(name):
            return name  # "Israel said" after "Israel Katz": the country (even once read as a speaker)
        if any(n == name and t not in _KNIGHTED for _, t, n, _ in self._titled) or self._introduced_by(name):
            return name  # "ex-King Michael" (a king), "Ali, owner of a factory," (someone else) after "Ali Larijani"
        if given_name_gender(full) is not None:
            return full
        # a given name no list holds, of a person the text marks so ("Dr. Fahmi Roe"); not a title
        # or an office's letters run into a surname ("MEC Mamabolo", "Chancellor Kell")
        plain = not (name.isupper() or name.lower().rstrip(".") in TITLE_WORDS or is_common_word(name.lower()))
        return full if full in self.persons and plain else name

    def _introduced_by(self, name: str) -> bool:
        if name not in self._alone_introduced:
            self._alone_introduced[name] = introduced_alone(self._body, name)
        return self._alone_introduced[name]

    def _honorific_gender_before(self, name: str, pos: int) -> str | None:
        """The gender of the honorific the surname ``name`` was last written with before ``pos``
        ("Mr Robertson" -> "m"), when the text gives the surname honorifics of both genders (a
        family: "Miss Robertson", "her father, Mr Robertson"); None otherwise."""
        genders = [(at, HONORIFIC_GENDER[t]) for at, t, n, _ in self._titled if n == name and t in HONORIFIC_GENDER]
        if len({g for _, g in genders}) < 2:
            return None
        before = [g for at, g in genders if at < pos]
        return before[-1] if before else None

    def _titled_apart(self, name: str, full: str, pos: int) -> bool:
        """``name`` was written with a title before ``pos`` (not a bare "Mr." or "Ms.") and the later
        ``full`` never with any: "President Obama" … "Obama said" … "Michelle Obama", "Sen. Kell" …
        "his wife, Ann Kell" are someone else than the titled one. A full name with a title of its
        own ("former Mexican President Felipe Calderon" after "leader Calderon") may be the same
        person, named by another word for the post."""
        if not self._titled:
            return False
        titles = {t for at, t, n, _ in self._titled if n == name and at < pos and t not in HONORIFIC_GENDER}
        return bool(titles) and not any(n == full for _, _, n, _ in self._titled)

    def _other_bearer(self, cand: str, best: str, at: int) -> bool:
        """``cand``, a longer name with the surname of ``best`` (an earlier full name), is someone
        else who bears it, introduced after ``best``: "Kamala Harris" … "her mother, Shyamala Gopalan
        Harris" … "Harris said" is still the first, the person the text is about (not so for a
        longer form of the same name: "Ann Roe" … "Ann Marie Roe")."""
        if " " not in best:
            return False
        first, other = best.split()[0], cand.split()[0]
        return first != other and self._by_last.get(_name_words(best)[-1], {}).get(best, at) < at

    def _family_name(self, name: str, pos: int, *, ahead: bool) -> str:
        """The one Chinese or Korean name written before ``pos`` whose family name, written first,
        is ``name`` ("Xi Jinping" … "Xi said"); with ``ahead``, the only one written later when none
        is before. Two such names ("Kim Jong Un", "Kim Yo Jong") leave it as it is: unsure."""
        names = self._by_family[name]
        before = {cand for cand, at in names.items() if at < pos}
        if not all(surname_first(cand.split()) for cand in before or names):
            return name  # "Kim Kardashian" too: which one "Kim" is, the text does not say
        if len(before) == 1:
            return before.pop()
        if not before and ahead and len(names) == 1:
            return next(iter(names))
        return name

    def written_before(self, name: str, pos: int) -> bool:
        """Whether a name ending in the same word stands in the text before ``pos``: someone the
        reader has met, not a name the sentence brings in."""
        words = _name_words(name)
        return bool(words) and any(at < pos for at in self._by_last.get(words[-1], {}).values())

    def written_in_full_before(self, name: str, pos: int) -> bool:
        """The text wrote ``name`` itself (not only its surname) before ``pos``."""
        words = _name_words(name)
        at = self._by_last.get(words[-1], {}).get(name) if words else None
        return at is not None and at < pos

    def introduced_surname(self, word: str, pos: int) -> str | None:
        """The full name ending in ``word`` written before ``pos`` ("Al From", then "From said"),
        for a surname that is also a function word, which ``clean_name`` drops on its own."""
        full = self.fullest(word, pos)
        return full if full != word else None

    def gender_of(self, name: str) -> str | None:
        """A person's gender: the text's own evidence (``gender``) first; when the text is silent,
        a title ("Queen", "Father") or an unambiguous given name ("Hillary Clinton"). Only for
        ruling a pronoun's candidate out: it proves neither that a name is a person nor who spoke."""
        if named_after_person(name):
            return self.gender.get(name)  # "Nelson Mandela Day", "the Ronald Reagan Library": no he
        return (
            self.gender.get(name)
            or self._title_gender.get(name)
            or given_name_gender(name)
            or self._given_name_alone(name)
            or self._role_gender(name)
        )

    def _role_gender(self, name: str) -> str | None:
        """The gender a role noun right before ``name`` tells ("their son Tobiah", "his wife, Ines,",
        "spokeswoman Okafor"), when every such noun tells the same one: the text's own word for a
        person no given-name list knows."""
        said = {ROLE_GENDER[word] for word, _ in self._words_before(name) if word in ROLE_GENDER}
        return said.pop() if len(said) == 1 else None

    def _words_before(self, name: str) -> tuple[tuple[str, bool], ...]:
        """Each lower-case word the body writes right before ``name``, and whether a comma stands
        between them ("their son Tobiah", "his wife, Ines"): read once per name, for the role's
        gender and for whether a person's noun introduces the name."""
        if name not in self._before_name:
            self._before_name[name] = tuple(_words_before(self._body, name))
        return self._before_name[name]

    def _given_name_alone(self, name: str) -> str | None:
        """The gender of the one person whose given name ``name`` is, when the text calls them by
        it alone ("Kody Cook" … "After Kody died, she …": a child, a victim, a family member) and
        no name ends with it (then it is a surname): that person's gender, as ``gender_of`` tells it."""
        if " " in name or any(" " in other for other in self._by_last.get(name, {})):
            return None
        owners = self._by_first().get(name, {})
        genders = {self.gender.get(full) or self._title_gender.get(full) or given_name_gender(full) for full in owners}
        return genders.pop() if len(genders) == 1 else None

    def _by_first(self) -> dict[str, dict[str, int]]:
        """First word -> {name of two words or more: first position}, built once the body is read."""
        return self._first_words or {}

    def gendered_between(self, start: int, end: int, gender: str) -> set[str]:
        """People of known ``gender`` named in ``[start, end)``, in their fullest form: "Ms. Rita
        Ortiz" for a "she" (an honorific, a pronoun tied to them); when there is none, a person
        the text titles whose given name tells it ("Dr. Alma Frey"): a titled name is a person,
        so there the given name only tells which of the people named it is."""
        lo, hi = bisect_left(self._positions, start), bisect_left(self._positions, end)
        # not a demonym ("his Syrian laborers" after "A Syrian told me that he …"): no one's name
        found = {self.fullest(name, at + 1) for at, name in self._runs[lo:hi] if not is_demonym(name)}
        known = {name for name in found if self.gender.get(name) == gender}
        return known or {name for name in found if name in self.persons and self.gender_of(name) == gender}

    def kin_between(self, start: int, end: int, gender: str) -> set[str]:
        """People named in ``[start, end)`` as the kin of ``gender`` of someone of the other
        gender ("his wife Fran", "her husband Tom"), in their fullest form."""
        lo, hi = bisect_left(self._positions, start), bisect_left(self._positions, end)
        found = {self.fullest(name, at + 1) for at, name in self._runs[lo:hi]}
        return {name for name in found if self._kin_gender.get(name) == gender}

    def names_between(self, start: int, end: int) -> set[str]:
        """Names written in ``[start, end)``, in their fullest form."""
        lo, hi = bisect_left(self._positions, start), bisect_left(self._positions, end)
        return {self.fullest(name, at + 1) for at, name in self._runs[lo:hi]}

    def known_words(self, start: int, end: int) -> set[str]:
        """Words of the names written outside ``[start, end)`` (e.g. outside a headline)."""
        return {w for at, run in self._runs if not start <= at < end for w in run.split()}

    def is_proper_name(self, name: str, pos: int, *, strict: bool = False) -> bool:
        """A known person, or a name of several words once resolved ("Clinton" -> "Hillary
        Clinton"), or (unless ``strict``) one word the body never writes in lower case and that
        is no common word: not a capital that only starts a sentence ("Research focusing on ...",
        "Preceded by ..."). Guessing rules without a speech verb ask ``strict``. (A given name
        alone is judged as written: its full form shows who it is, it proves no name: "Jeremy –
        Something like …" in a comment thread addresses Jeremy.)"""
        full = self.fullest(name, pos, given=False)
        words = full.split()
        if not words or (len(words) > 1 and _PARTICIPLE.fullmatch(words[0]) and is_common_word(words[0].lower()) and given_name_gender(full) is None):
            # "Praising Wall Street": a participle opening a headline; not a given name in -ing
            # ("Henning Voss", "Irving Kahn"), whom a later "he" may mean
            return False
        if len(words) == 1 and hyphened_modifier(full):
            return False  # "after Russian-backed forces took over": an adjective, no one's name
        if len(words) == 1 and ONLINE_HANDLE.fullmatch(full):
            return True  # "acebush1 posted": a poster's handle, in lower case
        if full in self.persons or len(full.split()) > 1:
            return True
        if strict:
            return False
        if full in SURNAME_TITLES and self._surname_not_title(full):
            return True  # '“…,” King said.' where the text never writes "the King" or "King Charles"
        low = full.lower()
        if low in GIVEN_NAME_GENDER and self._alone_mid_sentence(full):
            return True  # "said the base chief known as Will", "Will said": a given name, not the verb
        if self._lower_words is None:
            self._lower_words = set(_LOWER_WORD.findall(self._body))
        return not (
            low in self._lower_words
            or low in STOPWORDS
            or low in TITLE_WORDS and full not in PARTY_TITLES
            # "Preceded", "Looking", "Reportedly"; not surnames such as "Fleming", "Kelly", "Ahmed";
            # nor the short name of a company that opens on such a word ("United" of "United Airlines")
            or _NOT_A_NAME.search(low) is not None and is_common_word(low) and not self._opens_company_name(full)
        )

    def _surname_not_title(self, word: str) -> bool:
        """A title that is also a surname ("King", "Prince", "Major"), which the body writes as
        the subject of a speech verb where no sentence starts ('“…,” King said', "said King") or
        with a role set off ("King, an independent …, said"), and never as a title: not after
        "the" ("the King said") nor before a name ("King Charles"). (A sentence's first word before
        a verb, "Major says", may be an adjective's capital: not enough.)"""
        if word not in self._surname_titles:
            alone = rf"(?<![\w’'-]){word}(?![\w’'-])"
            self._surname_titles[word] = (
                re.search(
                    rf"(?:[,”\"’]\s+{alone}|{alone},\s+(?:an?|the)\s[^,;:.!?“”\"]{{2,80}},){_SPEECH_AFTER.pattern}"
                    rf"|(?<![\w’'-])(?:said|says)\s+{word}(?![\w’'-])",
                    self._body,
                )
                is not None
                and re.search(rf"(?<![\w’'-])(?:[Tt]he|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]|[Aa]n)\s+{word}(?![\w’'-])", self._body) is None
                and re.search(rf"{alone}\s+[{UPPER}]", self._body) is None
            )
        return self._surname_titles[word]

    def _opens_company_name(self, word: str) -> bool:
        """The body writes ``word`` as the first word of a company's or a body's name ("United
        Airlines", "Allied Freight Corp."): "United said" is that company's short name, not a
        participle opening the sentence."""
        if word not in self._company_openers:
            runs = re.finditer(rf"(?<![\w’'-]){re.escape(word)}((?:\s+[{UPPER}][\w&’'-]*){{1,3}})", self._body)
            lasts = {run.group(1).split()[-1].lower().rstrip(".") for run in runs}
            self._company_openers[word] = any(w in COMPANY_ENDINGS or w in ORGANISATION_NOUNS or w[:-1] in ORGANISATION_NOUNS for w in lasts)
        return self._company_openers[word]

    def _alone_mid_sentence(self, word: str) -> bool:
        """The body writes ``word`` capitalised on its own after a lower-case word or a comma, no
        other capital after it ("known as Will,"): a name there, not a sentence's first word."""
        return re.search(rf"[a-z,;] {re.escape(word)}(?![\w’'-]|\s+[{UPPER}])", self._body) is not None

    def mid_sentence_name(self, name: str, pos: int) -> bool:
        """One word that ``is_proper_name`` accepts unless ``strict`` and that the body also writes
        mid-sentence ("when Trump mentioned", ", Pew found") or, no common word, as the subject of
        a speech verb ("Rubio said on Sunday"): a name, not a capital that only opens sentences
        (the caller still checks it is used as a subject)."""
        return " " not in name and (name in self._mid_sentence or name in self._speech_subjects) and self.is_proper_name(name, pos)

    def sentence_initial_word(self, name: str) -> bool:
        """One common word ("Things", "Eyebrows", "Ever") the body capitalises only where a
        sentence starts: a sentence subject like that is no person a pronoun could mean."""
        full = self.fullest(name, 1 << 30)
        return " " not in full and full not in self._mid_sentence and full not in self.persons and is_common_word(full)

    def is_place(self, name: str) -> bool:
        """A country, or a name the body writes after "in" or "at", before an office it is the
        jurisdiction of, or before an institution named after it, and nothing marks it a person (a
        title, an honorific, a pronoun tied to it): "Florida is one of the swing states" is no "she"
        (a US state or a Canadian province is a place however the text writes it)."""
        if name in self.persons or name in self.gender:
            return False
        return name in self._located or is_country(name) or is_state(name) or is_city(name) or _street(name) or self._state_in_address(name)

    def _state_in_address(self, name: str) -> bool:
        """``name`` is a US state as news style abbreviates it ("Mich", "Tex") and the body writes
        it with its period after a town and a comma ("in Flint, Mich., asked"): an address's last
        part, no one a "he" could mean."""
        if not is_abbreviated_state(name):
            return False
        if name not in self._states_in_address:
            self._states_in_address[name] = re.search(rf"[{UPPER}][\w.’'-]*,\s+{re.escape(name)}\.", self._body) is not None
        return self._states_in_address[name]

    def titled(self, name: str) -> bool:
        """The body writes ``name`` with a title or an honorific ("Sen.", "Mr.")."""
        return any(n == name or self.fullest(n, 1 << 30) == name for _, _, n, _ in self._titled)

    def who_after(self, name: str) -> bool:
        """The body writes "who" right after ``name`` ("Chase Church, who heads …"): a person's
        relative pronoun, which an organisation's name ("Trinity Church, which …") does not take."""
        return has_word(self._body, name, _WHO_AFTER)

    def person_noun_before(self, name: str) -> bool:
        """The body writes a person's noun right before ``name`` ("their son Malachi", "spokesman
        Okafor"): a person's name, never a firm's, whatever else the text leaves unsaid of them."""
        return any(not comma and word.rsplit("-", 1)[-1] in PERSON_NOUNS for word, comma in self._words_before(name))

    def in_first_paragraph(self, pos: int) -> bool:
        """``pos`` falls in the body's first paragraph (a headline, when the page has one)."""
        end = self._body.find("\n\n")
        return end < 0 or pos < end

    def titled_or_gendered(self, name: str) -> bool:
        """The text proves ``name`` a person: a title or an honorific, a speaker's name, a given
        name or a pronoun tied to it."""
        return name in self.persons or self.titled(name) or self.gender_of(name) is not None

    @property
    def body(self) -> str:
        """The article's text the registry read (quotes blanked only where given)."""
        return self._body

    def add_person(self, name: str) -> None:
        self.persons.add(name)
