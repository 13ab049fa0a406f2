"""From mentions to speakers: names to their fullest form, titles to the person introduced with
them, pronouns to the most recent fitting referent, in text order over the whole article.

Also the dependency-parse last resort (optional spaCy) for quotes that no rule attributed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .captions import credit_only, short_headline
from .comment_threads import comment_headers, in_comment_thread
from .document_attribution import fronted_document
from .found_quotes import Found, Masks, block_offsets
from .headline_echo import title_case
from .joint_phrases import joint_heads, joint_speakers
from .list_entries import entry_subject
from .masked_sentences import WORD, last_sentence
from .masking import MASK, as_written
from .mention import Mention
from .models import Block, BriefingOptions
from .name_cleaning import (
    SHARED_SURNAME_COUPLE,
    SURNAME_TITLES,
)
from .named_in_words import named_in_quote
from .names import NameRegistry
from .not_speech import title_cased
from .referents import person_description
from .reported_within import reported_inside_report, she_of_office_holder, source_over_subject
from .salience import SubjectIndex
from .speaker_kinds import kind_of
from .speaker_labels import turn_label
from .speaker_turns import addressed_person, answerer_of, narrated_answerer
from .speech_lexicon import (
    PERSON_ONLY_VERBS,
)
from .title_resolution import AMBIGUOUS
from .wordlists import is_common_word

#: How many paragraphs before a pronoun quote are read for sentence subjects (``SubjectIndex``).
_SPEAKER_MEMORY_PARAGRAPHS = 3


def parse_speakers(blocks: Sequence[Block], found: list[Found], options: BriefingOptions) -> None:
    """Last resort for quotes no rule gave a mention: a dependency parse of the quote's sentence
    (``parse_fallback``, imported only here: spaCy is optional). A quote continuing one the
    parse attributed ("…" over two paragraphs) takes the same mention."""
    from .parse_fallback import speaker_by_parse

    offsets = block_offsets(blocks)
    previous: Found | None = None
    for f in found:
        if f.mention is None and not f.labelled and not title_cased(f.text):
            if f.continues and previous is not None and previous.mention is not None:
                f.mention, f.verb = previous.mention, previous.verb
            elif len(WORD.findall(f.text)) >= options.scare_quote_max_words:
                at = offsets[f.paragraph]
                quoted = [(g.start - at, g.start - at + len(g.text)) for g in found if g.paragraph == f.paragraph]
                parsed = speaker_by_parse(blocks[f.paragraph].text, f.start - at, f.start - at + len(f.text), quoted)
                if parsed is not None:
                    f.mention, f.verb = parsed
        previous = f


#: The speaker of a quote the article's own narrator says or asks ('I asked him: “…”').
AUTHOR = "the author"


def resolve_speakers(
    blocks: Sequence[Block], found: list[Found], masks: Masks, registry: NameRegistry
) -> None:
    """Turn each quote's mention into a speaker, in text order: names to their fullest form,
    titles to the person introduced with them, pronouns to the most recent fitting referent."""
    offsets = block_offsets(blocks)
    index = SubjectIndex(registry)
    headers: list[int] | None = None  # the comment headers, found on the first "I"
    last: Found | None = None
    #: people whose gender is only that of a he or she that went to them over someone the text
    #: gives that gender (``SubjectIndex.rival_of_known_gender``): a guess a later quote may undo
    guessed: set[str] = set()
    nicknamed = {g.paragraph for g in found if _nickname_subject(g, blocks[g.paragraph].text, g.start - offsets[g.paragraph])}
    for f in found:
        m = f.mention
        if f.paragraph in nicknamed and (m is None or m.kind == "pronoun" or _nickname_subject(f, blocks[f.paragraph].text, f.start - offsets[f.paragraph])):
            # '“Perry” chimed in: “…,” he said': the he is the man the paragraph opens on, whom
            # the text names only in quote marks (no name the registry holds); neither the quoted
            # name nor his words are anyone's we could name
            f.speaker = None
            f.kind = kind_of(None, None, resolved_to_person=False, known_person=False)
            continue
        if m is not None and MASK in m.text:
            # 'an “Idol” insider tells': a word quoted inside the phrase is the mask's dots as the
            # rules read it; shown as the paragraph writes it at the same offsets, or not at all
            # (or the paragraph before, whose colon or cue introduced the quote)
            written = as_written(m.text, masks[f.paragraph], blocks[f.paragraph].text, f.start - offsets[f.paragraph])
            if written is None and f.paragraph > 0:
                written = as_written(m.text, masks[f.paragraph - 1], blocks[f.paragraph - 1].text, len(blocks[f.paragraph - 1].text))
            m = f.mention = Mention(m.kind, written) if written is not None else None
        if m is not None and m.kind == "pronoun":
            for p in range(max(0, f.paragraph - _SPEAKER_MEMORY_PARAGRAPHS), f.paragraph + 1):
                captioned = p + 1 < len(blocks) and credit_only(blocks[p + 1].text)
                headline = p == 0 and (title_case(blocks[p].text) or len(blocks) > 1 and short_headline(blocks[p].text))
                index.add_paragraph(p, masks[p], offsets[p], headline=headline, captioned=captioned)
        if m is not None and m.kind == "name" and not f.labelled and title_case(blocks[f.paragraph].text):
            m = _known_part(m, registry, offsets[f.paragraph], offsets[f.paragraph + 1])
        words = f.text
        if m is not None and m.kind == "pronoun" and m.text == "they":
            # '“On one day,” they testified, “I saw …”': the two halves are one utterance, whose
            # person (one speaker or many) either half may show
            words = " ".join(g.text for g in found if g.paragraph == f.paragraph and g.mention == m)
        at = f.start if f.mentioned_at is None else f.mentioned_at
        f.speaker = _resolve(
            m, at, registry, last, index, words, spoken=f.verb is not None, last_near=_near(last, f),
            before_sentence=_opened_before(f, masks, offsets), before_quote=not f.from_tail,
        )  # fmt: skip
        if m is not None and m.kind == "name" and f.speaker is not None:
            f.speaker = _surname_of_last_speaker(m.text, f.speaker, last, f, registry)
        if m is not None and m.kind == "pronoun" and m.text == "it" and f.speaker is None and not f.from_tail:
            # 'In his biography on the group’s website it says he was “…”': an "it" with no referent
            # after the document the sentence opens on is that document
            document = fronted_document(last_sentence(masks[f.paragraph][: f.start - offsets[f.paragraph]]))
            if document is not None:
                m = f.mention = document
                f.speaker = document.text
        if m is not None and m.is_he_or_she and f.speaker is not None and f.speaker == addressed_person(f, masks, registry):
            # 'She asked Richards “…”': the one asked is never the "she" who asks; the asker is
            # whoever else the pronoun may mean, or no one
            f.speaker = index.resolve(m.text, at, words, exclude=f.speaker)
        if m is not None and m.is_he_or_she and f.speaker is not None and named_in_quote(f.speaker, f.text):
            # '“I've had a quiet word with Olof,” he said': the person the quote names so is not the
            # speaker; whoever else the pronoun may mean
            f.speaker = index.resolve(m.text, at, words, exclude=f.speaker)
        if m is not None and m.kind == "pronoun" and m.text == "i" and turn_label(blocks[f.paragraph].text) is None:
            # 'I asked him: “…”' outside the quote marks: the narrator's own words. Not in a turn
            # ('A: I said it in March …'), whose "I" is the guest's, named there or unsure; nor
            # under a reader's comment ('Kelly Ames — July 11th, 2012, 10:53 am'), the commenter's
            if headers is None:
                headers = comment_headers(blocks)
            f.speaker = None if in_comment_thread(headers, f.paragraph) else AUTHOR
        if m is not None and m.kind == "pronoun" and f.speaker is not None and _common_word_taken_for_name(f.speaker):
            # 'That ALONE makes the difference. … it says': the pronoun found a shouted word, no one
            f.speaker = None
        if m is not None and m.is_he_or_she and f.speaker is not None and _walk_back_unsure(f, f.speaker, blocks[f.paragraph].text, offsets[f.paragraph]):
            f.speaker = None
        if m is not None and m.kind == "name" and f.verb is None and f.speaker is not None and _names_in_third_person(f.text, f.speaker):
            # 'Ms. Ann Weller has not criticized the plan. “Has Ann Weller ever called it a mistake?
            # No.”': a name read from a sentence with no speech verb, of whom the quote speaks as
            # of someone else; someone else's words
            f.speaker = None
        answerer = answerer_of(f, last, masks, registry) if m is not None and m.is_he_or_she else None
        if answerer is not None:
            f.speaker = None if answerer is AMBIGUOUS else answerer  # '“Why?” a reporter asked Ann Weller. “Because …,” she replied.'
        elif m is not None and m.is_he_or_she:
            narrated = narrated_answerer(f, masks, registry, last.speaker if last is not None else None)
            if narrated is not None:
                f.speaker = None if narrated is AMBIGUOUS else narrated  # 'Ann Roe asked Tom Kell about it. “…,” he said.'
        office_holder = she_of_office_holder(f, last, masks, registry) if m is not None else None
        if office_holder is not None:
            # '… spokesman Mei Lanfang said the talks were “…”. “…,” she said': the role noun, no
            # given name, made her a man; the she goes on with her turn
            f.speaker = office_holder
            registry.gender[office_holder] = "f"
        if m is not None and m.is_he_or_she and (reported_inside_report(f, last, masks, registry) or source_over_subject(f, last, masks, registry)):
            # 'Kell said he had visited Marsh, who had told him “…”. He added: “…”': Marsh is named
            # only inside Kell's report; the he is Kell's as likely as his, so no one's for sure
            f.speaker = None
        if m is not None and m.is_he_or_she and f.speaker is None and _guess_undone(f, last, registry, guessed):
            # "Ngozi Eze works there. “…,” he said. … “…,” Eze said. “…,” she added": the "he" that
            # made Eze a man was a guess over a man the text named (``guessed``); the "she" right
            # after Eze's own quote says otherwise, and is hers
            assert last is not None
            f.speaker = last.speaker
            guessed.discard(last.speaker or "")
            registry.gender.pop(last.speaker or "", None)
        if m is not None and m.is_he_or_she:
            opens, subject = entry_subject(blocks, offsets, registry, f.paragraph, f.start, m.text, "f" if m.text == "she" else "m")
            if opens:
                # "1. He said …" in a numbered list about the one person its lead-in names: that
                # person, not the last one named in the entry before (none when unsure)
                f.speaker = subject
        if m is not None and m.is_he_or_she and f.speaker is not None and registry.gender_of(f.speaker) is None:
            # the text has told us: after "Jo Walton explained. “…,” she said", Jo Walton is no later "he"
            registry.gender[f.speaker] = "f" if m.text == "she" else "m"
            if index.rival_of_known_gender(m.text, f.start if f.mentioned_at is None else f.mentioned_at, f.speaker):
                guessed.add(f.speaker)  # the latest person, of no gender we know, over one the text gives it
        to_person = (
            m is not None
            and m.kind == "description"
            and f.speaker not in {None, m.text}
            and not _THE_NAME.fullmatch(m.text)  # "the Post" -> "Washington Post" is no person
        )
        known = f.speaker is not None and (
            f.speaker in registry.gender or registry.titled(f.speaker) or (f.verb or "").lower() in PERSON_ONLY_VERBS
        )  # "“…,” Sanders jabbed": a verb only a person does
        shortened = m is not None and _THE_NAME.fullmatch(m.text) and f.speaker not in {None, m.text}
        kind_mention = Mention("name", f.speaker) if shortened and f.speaker else m
        f.kind = kind_of(kind_mention, f.speaker, resolved_to_person=to_person, known_person=known)
        if m is not None:
            plural = m.kind == "pronoun" and m.text in {"they", "we"} and f.speaker is not None and f.speaker[:1].islower()
            # '“Let her speak,” they chanted' (hundreds of protesters): a group is never a later
            # "he" as the name of a person would be; the narrator is never a later "he" either
            if f.speaker is not None and f.speaker != AUTHOR and not plural:
                # a "they" speaker described in common words is a group again, not a person coming
                # after it: 'They said: “A.' / '“B.”' (or '“C,” they added.') is still the family's;
                # a body's name stays a name, so a body named later ('The company that runs the
                # awards, Dick Clark Productions, denies it. “…,” they said') is not passed over
                # and so are the people of a joint ("Senators Ann Roe and Bill Tate said …. “A,” they
                # said. “B.”"), whom a "they" means together, never one of them
                group = m.text == "they" and (f.speaker.split()[-1][:1].islower() or joint_speakers(f.speaker))
                spoken = Mention("description" if group else "name", f.speaker)
                index.add(f.start, m if m.kind != "pronoun" else spoken, f.speaker)
            last = f


def _guess_undone(f: Found, last: Found | None, registry: NameRegistry, guessed: set[str]) -> bool:
    """``f``'s he or she found no one, right after a quote of the same paragraph whose speaker the
    text names, whose gender, the other one, is only a guess (``guessed``): "“…,” Eze said.
    “…,” she added" is Eze's."""
    if last is None or last.speaker not in guessed or last.mention is None or last.mention.kind != "name":
        return False
    assert f.mention is not None
    return last.paragraph == f.paragraph and registry.gender.get(last.speaker) != ("f" if f.mention.text == "she" else "m")


def _walk_back_unsure(f: Found, speaker: str, paragraph: str, offset: int) -> bool:
    """The person a he/she quote's walk-back found is not whom the words are from, as far as the
    text shows."""
    if speaker[:1].islower() and f.mentioned_at is None:
        before = paragraph[max(0, f.start - offset - 160) : f.start - offset]
        if _REPORTED_CUE.search(before):
            # "Tom Brandt called twice. The clerk who took the call recalled that he said, “…”":
            # the walk-back found the role reporting the words, which a writer would have quoted
            # with "the clerk said" were they the clerk's; whose they are (the caller's, most
            # likely) the sentence does not say. "Tom Kline recalled that he said …" stays Kline's,
            # a named person speaking of himself
            return True
    # "Klopp chats with a defender He said: “… I think Jurgen Klopp has proved that he's
    # top-level”": the quote speaks of the man the walk-back found, so it is someone else's
    return _names_in_third_person(f.text, speaker)


def _surname_of_last_speaker(surname: str, speaker: str, last: Found | None, f: Found, registry: NameRegistry) -> str:
    """A bare surname that two people of the text bear goes to the first one introduced
    (``NameRegistry.fullest``), unless the other just spoke: 'Bill Clinton said his wife “…”.
    … “…,” Clinton told reporters' is still Bill, the last speaker, in this paragraph or the one
    before, not Hillary, whom the text named first. Only two names the text wrote in full before
    the quote, neither a longer form of the other ("Ann Roe", "Ann Marie Roe" are one person), and
    not when the last speaker was called by the given name alone: a writer who calls one of two
    namesakes "Tom" keeps the bare surname for the other ('“…,” Tom told a neighbour. “…,” Ebeling
    said' is Betsy Ebeling's)."""
    if " " in surname or not _near(last, f) or last is None or last.speaker is None or last.speaker == speaker:
        return speaker
    other, default = last.speaker.split(), speaker.split()
    if len(other) < 2 or len(default) < 2 or other[-1] != surname or default[-1] != surname:
        return speaker
    if last.mention is not None and last.mention.text == other[0]:
        return speaker
    if other[-len(default) :] == default or default[-len(other) :] == other or not registry.written_in_full_before(last.speaker, f.start):
        return speaker
    return last.speaker


def _near(last: Found | None, f: Found) -> bool:
    """The quote before ``f`` stands in ``f``'s paragraph or the one right before: near enough for
    an "it" to pass on a described person's document ("His physician wrote a letter. According to
    it, …"), which paragraphs later it is not ("On his website, … “…,” it now says" is the
    website's, not the senator's quoted three paragraphs up)."""
    return last is not None and f.paragraph - last.paragraph <= 1


def _nickname_subject(f: Found, text: str, at: int) -> bool:
    """``f`` opens its paragraph and is one or two capitalised words no dictionary has, with no
    sentence inside: a person named in quote marks, the subject of what follows ('“Perry” chimed
    in', '“Deshawn,” a friend of his, shook his head'), not a quote."""
    if text[:at].strip(_OPENING_MARKS) or not _NICKNAME.fullmatch(f.text.strip(" ,")):
        return False
    if _PRONOUN_NEXT.match(text, at + len(f.text)):
        return False  # '“Claire,” she recalls his saying': a name called out, a quote
    return not any(is_common_word(w.lower()) for w in f.text.strip(" ,").split())


_OPENING_MARKS = " \"“‘'"
_PRONOUN_NEXT = re.compile(r"[\s”’\"',]*(?:he|she|I|we|they|you)\b")
#: The end of a sentence (or nothing) right before a quote's opening mark: the quote opens its sentence.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:][”’\"')\]]*)\s*$")


def _opened_before(f: Found, masks: Masks, offsets: list[int]) -> int:
    """For a quote a cue after it attributes ('The plan was “…,” it said'), where the sentence it
    stands inside starts, in body offsets: what comes before the quote in that sentence is what
    the words are about, not who spoke them. -1 when the quote opens its sentence or has no tail."""
    if not f.from_tail:
        return -1
    masked = masks[f.paragraph]
    before = masked[: f.span.mark_start]
    if _OPENS_SENTENCE.search(before[-40:]):
        return -1
    return offsets[f.paragraph] + len(before) - len(last_sentence(before))


#: One or two capitalised words, nothing else: "Perry", "Big Mike".
_NICKNAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _known_part(mention: Mention, registry: NameRegistry, start: int, end: int) -> Mention | None:
    """In a title-case headline, the part of a name the body also writes ("Spurns" is not a
    name; "Claim Clinton" is Clinton); None when the body names no one so."""
    known = registry.known_words(start, end)
    words = mention.text.split()
    for k in range(len(words)):
        if words[-1] in known and all(w in known for w in words[k:]):
            return Mention("name", " ".join(words[k:]))
    return None


#: Conjunctions and articles a sentence may open on, read as a one-word name by mistake.
_FUNCTION_WORDS = frozenset("and but or nor so yet then also the a an if as".split())


def _resolve(
    mention: Mention | None,
    pos: int,
    registry: NameRegistry,
    last: Found | None,
    index: SubjectIndex,
    quote: str = "",
    *,
    spoken: bool = True,
    last_near: bool = True,
    before_sentence: int = -1,
    before_quote: bool = False,
) -> str | None:
    if mention is None:
        return None
    if mention.kind == "name":
        if mention.text.lower() in _FUNCTION_WORDS:
            return None  # 'And according to …': a conjunction opening the sentence, never "U.S. And"
        if not registry.is_proper_name(mention.text, pos + 1):
            # a capital that only starts sentences ("Preceded by …"), a dateline; but a word of
            # the language a headline's label gives ("Will: …", "King: …") is the one person the
            # body names so in full ("Speaker Paul Will"), as "Ryan: …" is "Paul Ryan"
            if not registry.in_first_paragraph(pos):
                return None
            later = registry.fullest(mention.text, pos + 1, ahead=True)
            return later if later != mention.text and registry.titled_or_gendered(later) else None
        return registry.fullest(mention.text, pos + 1, ahead=True)
    if mention.kind == "pronoun":
        if mention.text == "it" and last is not None and last.mention and last.mention.kind == "description":
            described = person_description(last.mention)
            bound = before_sentence < 0 and index.it_after_own_subject(pos)
            thing = None
            if described or bound:
                thing = index.resolve_it(pos, since=last.start)
            elif before_sentence < 0:
                # after a body's quote, a body or document the text turned to in a sentence since
                # ("The Embassy said …. The ministry met on Monday. “…,” it said") is the nearer
                # "it", as after a named body's quote; not when the "it" cues after a quote inside a
                # sentence of its own ("Officials liked the editorial, entitled “…,” when it
                # posted"), whose own words may hold what it means
                thing = index.resolve_it(pos, since=index.end_of_sentence(last.start))
            if described and not last_near or bound:
                # no person's "it" paragraphs after their quote, nor an "it" its own sentence's
                # subject binds ("Vance summoned the envoy over what it called “…”"): a thing's
                # or no one's
                return thing
            # "the ministry" may be the "it"; after "the judge" quoted, a document or body the text
            # turned to since ("The parole board decision said …. It also said") is, not the judge
            # (but "His physician wrote a letter. According to it, …" is still the physician's)
            return thing or last.speaker
        if mention.text == "they":
            return index.resolve_they(pos, quote, before_sentence=before_sentence)
        return index.resolve_it(pos, spoken=spoken, before_sentence=before_sentence) if mention.text == "it" else index.resolve(mention.text, pos, quote)
    if mention.kind == "description":
        if joint_speakers(mention.text):
            # "the mayor and the sheriff": both, never the one sheriff named before; each name in
            # its fullest form ("Netanyahu and other …" -> "Benjamin Netanyahu and other …")
            text = mention.text
            # (a firm's name joined by "&" is shown as written: "Scott & Scott" after a Suzanne
            # Scott is no "Suzanne Scott & Scott")
            for head in joint_heads(mention) if " & " not in text else ():
                if head.kind == "name" and registry.is_proper_name(head.text, pos + 1):
                    full = registry.fullest(head.text, pos + 1, ahead=True)
                    # (not where the fuller form stands already: "the SENATE PANEL and …", whose
                    # head the capitals cut to "PANEL", is never "the SENATE SENATE PANEL")
                    if full != head.text and full.endswith(head.text.split()[-1]) and full not in text:
                        text = re.sub(rf"(?<![\w’'-]){re.escape(head.text)}(?![\w’'-])", full, text, count=1)
            return text
        person = registry.resolve_title(mention.text, pos)
        if person is AMBIGUOUS:
            return mention.text  # "the senator" after two senators: show what the text says
        short = _THE_NAME.fullmatch(mention.text)
        if person is None and short is not None:  # "the Post" after "The Washington Post"
            full = registry.fullest(short.group(1), pos)
            # (not a title that is also a surname: "the Bishop" after "Rep. Rob Bishop" is a
            # bishop, the title's holder, not the man whose surname it is; "the Trump we all knew"
            # is still Donald Trump)
            titled = short.group(1) in SURNAME_TITLES
            return full if full != short.group(1) and not titled else mention.text
        return person or mention.text
    if mention.kind == "unnamed" and SHARED_SURNAME_COUPLE.fullmatch(mention.text):
        return mention.text  # "David and Jeanne Heidler": the two of them, as the text names them
    return None  # "one of them", "another", "Mr. and Mrs. Hale": someone, but no one we can name


def _names_in_third_person(quote: str, speaker: str) -> bool:
    """``quote`` writes the speaker's full name (their given name, or any capitalised word when only
    the surname is known) before a verb or a possessive, as one speaks of somebody else: "I think
    Jurgen Klopp has proved …", "Jurgen Klopp's side". A namesake ("My brother Dan Weller has")
    is someone else."""
    words = speaker.split()
    if not words or not words[0][:1].isupper() or words[-1] not in quote:
        return False
    given = re.escape(words[0]) if len(words) > 1 else r"[A-Z][\w’'-]+"
    name = rf"(?<![\w’'-]){given}\s+(?:[A-Z][\w’'.-]*\s+)*?{re.escape(words[-1])}"
    verb = r"(?:has|had|is|was|will|would|can|could|did|does|[a-z]+ed|[a-z]+s)"
    return re.search(rf"{name}(?:[’']s\b|\s+(?:(?:ever|never|also|just|really|even|still)\s+)?{verb}\b)", quote) is not None


#: A he or she and a speech verb reported by another speaker's verb and "that", right before the
#: quote: "The clerk recalled that he said, “…”", "She testified that he told her: “…”".
_REPORTED_CUE = re.compile(
    r"\b(?:recalled|remembered|said|says|testified|told\s+\w+|claimed|alleged|recounted|wrote)\s+that\s+"
    r"(?:he|she)\s+(?:had\s+)?(?:said|told\s+\w+|shouted|yelled|wrote|added|asked|warned|replied)[,:]?\s*[“\"‘']$"
)

#: A definite description that is a shortened name: "the Post", "the Times".
_THE_NAME = re.compile(r"the ([A-Z][\w’'-]+)")


#: Fewest letters of a shouted common word that is no acronym ("ALONE", not "NATO"'s like).
_SHOUTED_LETTERS = 4


def _common_word_taken_for_name(speaker: str) -> bool:
    """``speaker`` (a pronoun's referent) is one common word written in capitals for stress ("That
    ALONE makes …"): no one a pronoun can mean. (A common word that only opens sentences may be a
    surname all the same: "Trump, the nominee, told reporters he …".)"""
    return " " not in speaker and speaker.isupper() and len(speaker) >= _SHOUTED_LETTERS and is_common_word(speaker)
